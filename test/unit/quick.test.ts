import { describe, expect, it } from 'vitest';
import { quickCheck, sampleText } from '../../src/detect/quick';
import { detect } from '../../src/detect/score';
import { knownCppccHost } from '../../src/detect/hosts';

const html = (s: string) => new DOMParser().parseFromString(s, 'text/html');

describe('stage one (always injected)', () => {
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
  it('reads only the first few KB of a huge page', () => {
    const doc = html(`<p>${'新闻'.repeat(10000)}</p><p>政协</p>`);
    expect(sampleText(doc.body).length).toBe(6000);
    expect(quickCheck('http://a.cn/', doc).pass).toBe(false);
  });
  it('knows CPPCC hosts, and a host alone never decides', () => {
    expect(knownCppccHost('www.cppcc.gov.cn')).toBe('cppcc.gov.cn');
    expect(knownCppccHost('www.bjzx.gov.cn')).toBeTruthy();
    expect(knownCppccHost('www.tibet.cn')).toBeNull();
    const d = detect('http://www.cppcc.gov.cn/a', html('<title>天气预报</title><p>今天晴，明天多云。</p>'));
    expect(d.isCppcc).toBe(false);
  });
});
