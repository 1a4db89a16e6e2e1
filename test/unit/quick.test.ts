import { describe, expect, it } from 'vitest';
import { CPPCC_MARK, firstLook, quickCheck, validLook, withHost } from '../../src/detect/quick';
import { detect } from '../../src/detect/score';
import { knownCppccHost } from '../../src/detect/hosts';

const html = (s: string) => new DOMParser().parseFromString(s, 'text/html');

describe('stage one (the first look, run in every page)', () => {
  it('passes on 政协/政協 in title, h1 or early text, with or without pinyin artifacts', () => {
    expect(quickCheck('http://a.cn/', html('<title>市政協(xié)召開會議</title>')).reason).toBe('title');
    expect(quickCheck('http://a.cn/', html('<h1>政协委员提案</h1>')).reason).toBe('h1');
    expect(quickCheck('http://a.cn/', html('<p>新闻</p><p>全国政协开幕</p>')).reason).toBe('text');
    expect(quickCheck('http://www.gxzx.gov.cn/x', html('<p>新闻</p>')).reason).toBe('host');
    expect(quickCheck('http://a.cn/', html('<p>人大代表议案</p>')).pass).toBe(false);
  });
  it('says no, without throwing, to documents that are not HTML articles', () => {
    const xml = new DOMParser().parseFromString('<doc><title>政协</title></doc>', 'application/xml');
    expect(quickCheck('http://a.cn/x.xml', xml as unknown as Document).pass).toBe(false);
    const svg = new DOMParser().parseFromString('<svg xmlns="http://www.w3.org/2000/svg"><title>政协</title></svg>', 'image/svg+xml');
    expect(quickCheck('http://a.cn/x.svg', svg as unknown as Document).pass).toBe(false);
    const noBody = html('<title>新闻</title>');
    noBody.body.remove();
    expect(quickCheck('http://a.cn/', noBody)).toEqual({ pass: false, reason: 'no-body' });
    expect(detect('http://a.cn/', noBody).isCppcc).toBe(false);
  });
  it('reads only the first 6,000 characters of text, skipping scripts and styles', () => {
    expect(quickCheck('http://a.cn/', html(`<p>${'新'.repeat(5990)}</p><p>全国政协</p>`)).pass).toBe(true);
    expect(quickCheck('http://a.cn/', html(`<p>${'新'.repeat(5998)}</p><p>全国政协</p>`)).pass).toBe(false);
    expect(quickCheck('http://a.cn/', html(`<p>${'新闻'.repeat(10000)}</p><p>政协</p>`)).pass).toBe(false);
    expect(quickCheck('http://a.cn/', html('<script>var a="政协"</script><style>/*政协*/</style><noscript>政协</noscript><p>新闻</p>')).pass).toBe(false);
  });
  it('is self-contained: run from its source text alone (as executeScript sends it), it answers the same', () => {
    const source = firstLook.toString();
    const standalone = new Function(`return (${source});`)() as typeof firstLook;
    const docs = ['<title>市政協(xié)召開會議</title>', '<h1>政协委员提案</h1>', '<p>新闻</p><p>全国政协开幕</p>', '<p>人大代表议案</p>', '<p>中国人民政治協商會議</p>'].map(html);
    for (const d of docs) {
      const { pass, reason } = standalone(d);
      expect({ pass, reason }).toEqual(quickCheck('http://a.cn/', d));
    }
    // The mark it carries is the one the full check uses.
    for (const s of ['政协', '政協', '政協(xié)', '人民政治協商', '政治', '协商', '人大']) expect(standalone(html(`<title>${s}</title>`)).pass, s).toBe(CPPCC_MARK.test(s));
  });
  it('answers with its timings, and a page that breaks the DOM gets a "no", not an exception', () => {
    const look = firstLook(html('<p>新闻</p>'));
    expect(look.reason).toBe('no-mark');
    expect(look.checkedAt).toBeGreaterThanOrEqual(0);
    const broken = html('<p>政协</p>');
    Object.defineProperty(broken, 'title', { get: () => { throw new Error('page broke it'); } });
    expect(firstLook(broken)).toMatchObject({ pass: false, reason: 'error' });
  });
  it('the background trusts nothing in an answer but its shape, and adds the known host', () => {
    const good = { pass: false, reason: 'no-mark', checkedAt: 12, loadEnd: 10 };
    expect(validLook(good)).toEqual(good);
    expect(validLook({ ...good, extra: 'x'.repeat(10) })).toEqual(good);
    for (const bad of [null, undefined, 1, 'yes', {}, { ...good, pass: 'true' }, { ...good, reason: '<img>' }, { ...good, checkedAt: -1 }, { ...good, loadEnd: Infinity }, { ...good, checkedAt: '5' }])
      expect(validLook(bad), JSON.stringify(bad)).toBeNull();
    expect(withHost(good as never, 'http://www.gxzx.gov.cn/a')).toMatchObject({ pass: true, reason: 'host' });
    expect(withHost(good as never, 'http://www.tibet.cn/a')).toMatchObject({ pass: false, reason: 'no-mark' });
    expect(withHost({ ...good, reason: 'not-html' } as never, 'http://www.gxzx.gov.cn/a.xml').pass).toBe(false);
    expect(withHost(good as never, 'not a url').pass).toBe(false);
  });
  it('knows CPPCC hosts, and a host alone never decides', () => {
    expect(knownCppccHost('www.cppcc.gov.cn')).toBe('cppcc.gov.cn');
    expect(knownCppccHost('www.bjzx.gov.cn')).toBeTruthy();
    expect(knownCppccHost('www.tibet.cn')).toBeNull();
    const d = detect('http://www.cppcc.gov.cn/a', html('<title>天气预报</title><p>今天晴，明天多云。</p>'));
    expect(d.isCppcc).toBe(false);
  });
});
