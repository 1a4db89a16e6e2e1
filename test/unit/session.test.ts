// The DOM tier (Dark Reader's second tier): apply then restore on every fixture in happy-dom,
// through the same PageSession the extension runs.
import { describe, expect, it } from 'vitest';
import { fixtureNames, openFixture, readExpected, squash } from '../helpers/fixtures';
import { makeSession, serialize } from '../helpers/session';
import * as OpenCC from 'opencc-js/t2cn';
import { parseHtml } from '../../src/cli/page';
import { FIGURE_SLICE } from '../../src/figures/extract';
import { figuresOf } from '../../src/page/pipeline';
import { fingerprint } from '../../src/clean/fingerprint';
import type { PageSession } from '../../src/page/session';
import { articleLine as line } from '../helpers/lines';

const positives = fixtureNames().filter((n) => {
  const e = readExpected(n);
  return e.isCppcc && !e.scriptsRequired && n !== 'heavy-50k';
});

describe('PageSession apply and restore (happy-dom)', () => {
  it.each(positives)('%s', async (name) => {
    const f = openFixture(name);
    try {
      const before = serialize(f.document);
      const { session } = makeSession(f.document, f.url);
      await session.start(false);
      expect(session.isActive).toBe(true);
      expect(f.document.title).toBe(f.expected.title.clean);
      const spam = session.hiddenElements().filter((e) => e.getAttribute('data-cppcc-lens-hide') === 'spam').length;
      expect(spam).toBeGreaterThanOrEqual(f.expected.spam.filter((s) => s.kind !== 'title').length > 0 ? 1 : 0);
      // Repaired text is in the DOM while cleanup is on.
      const body = squash(f.document.body.textContent ?? '');
      for (const p of f.expected.main) expect(body).toContain(squash(p));
      // Converting and back, with cleanup on, returns exactly the cleaned page.
      const cleaned = serialize(f.document);
      await session.setConvert(true);
      await session.setConvert(false);
      expect(serialize(f.document)).toBe(cleaned);
      await session.setCleanup(false);
      expect(serialize(f.document)).toBe(before);
      session.stop();
      expect(serialize(f.document)).toBe(before);
    } finally {
      await f.close();
    }
  });
});

describe('PageSession classification across cleanup toggles', () => {
  it('keeps its classification while the page is unchanged and judges again after the page changes', async () => {
    const f = openFixture('tibet-000-semantic');
    try {
      const { session } = makeSession(f.document, f.url);
      await session.start(false);
      const first = session.classification;
      expect(first).not.toBeNull();
      await session.setCleanup(false);
      await session.setCleanup(true);
      expect(session.classification).toBe(first); // nothing changed: no second pass
      // The page adds a spam line while cleanup is off.
      await session.setCleanup(false);
      const p = f.document.createElement('p');
      p.textContent = '一区二区三区不卡视频在线观看 彩票娱乐城 体育投注 博彩 澳门赌场 无码伦理';
      f.document.body.append(p);
      await new Promise((r) => setTimeout(r, 0)); // the observer's records arrive
      await session.setCleanup(true);
      expect(session.classification).not.toBe(first);
      expect(p.getAttribute('data-cppcc-lens-hide')).toBe('spam');
      session.stop();
    } finally {
      await f.close();
    }
  });
});

describe('PageSession repairs what the reader sees', () => {
  it('leaves text in hidden blocks as served, repairs a block the user keeps, and restores exactly', async () => {
    const para = '自治區(qū)政協(xié)圍繞鄉村振興深入調研,,提出了切實可行的意見建議，得到有關部門的積極回應。';
    const html =
      '<!doctype html><html lang="zh-Hant"><head><title>自治區政協召開常委會議</title></head><body>' +
      '<div id="wrap"><article id="art"><h1>自治區政協召開常委會議</h1>' +
      `<p>${para}</p><p>${para}</p><p>${para}</p><p>${para}</p></article>` +
      '<div id="foot"><p>版權所有 自治區(qū)政協(xié)辦公廳 桂ICP備05000000號</p></div></div></body></html>';
    const { document, window } = parseHtml(html, 'http://127.0.0.1/a.html');
    try {
      const before = serialize(document);
      const { session } = makeSession(document, 'http://127.0.0.1/a.html');
      await session.start(true);
      const foot = document.getElementById('foot') as Element;
      const art = document.getElementById('art') as Element;
      expect(foot.getAttribute('data-cppcc-lens-hide')).toBe('boilerplate');
      expect(art.textContent).not.toContain('(qū)');
      expect(art.textContent).not.toContain(',,');
      expect(foot.textContent).toContain('自治區(qū)政協(xié)'); // hidden: not read, not rewritten
      // Converting and converting back, with cleanup on, returns exactly this cleaned page.
      const cleaned = serialize(document);
      await session.setConvert(true);
      expect(art.textContent).toContain('自治区政协围绕');
      await session.setConvert(false);
      expect(serialize(document)).toBe(cleaned);
      const block = session.classification?.blocks.find((b) => b.el === foot);
      await session.toggleBlock(block?.fingerprint as string);
      expect(foot.hasAttribute('data-cppcc-lens-hide')).toBe(false);
      expect(foot.textContent).toContain('自治區政協辦公廳'); // kept by the user: repaired like the rest
      await session.toggleBlock(block?.fingerprint as string); // hidden again: as served again
      expect(foot.getAttribute('data-cppcc-lens-hide')).toBe('boilerplate');
      expect(serialize(document)).toBe(cleaned);
      await session.toggleBlock(block?.fingerprint as string);
      await session.setCleanup(false);
      expect(serialize(document)).toBe(before);
      session.stop();
    } finally {
      await window.happyDOM.close();
    }
  });
});

describe('PageSession on a hacked page whose title is nothing but spam', () => {
  it('shows the headline as the title while cleanup is on (converted with the page), and puts the title back exactly', async () => {
    const spam = '歐美成人精品視頻在線不卡,久久久這裏只有免費精品29,六十路老熟婦亂子倫視頻日本';
    const html =
      `<!doctype html><html lang="zh-Hant"><head><title>${spam}</title></head><body><div id="top"><h1>${spam}</h1></div>` +
      `<div id="col"><h2>縣政協召開提案工作總結會</h2><div id="zoom"><p>${line(186)}</p><p>${line(172)}</p><p>${line(42)}</p></div></div></body></html>`;
    const { document, window } = parseHtml(html, 'http://127.0.0.1/t.html');
    try {
      const before = serialize(document);
      const { session } = makeSession(document, 'http://127.0.0.1/t.html');
      await session.start(true);
      expect(document.title).toBe('縣政協召開提案工作總結會');
      expect(session.hiddenElements().some((e) => e.id === 'top' || e.parentElement?.id === 'top')).toBe(true);
      await session.setConvert(true);
      expect(document.title).toBe('县政协召开提案工作总结会');
      await session.setConvert(false);
      await session.setCleanup(false);
      expect(document.title).toBe(spam);
      expect(serialize(document)).toBe(before);
      session.stop();
      expect(serialize(document)).toBe(before);
    } finally {
      await window.happyDOM.close();
    }
  });
});

describe('PageSession blanks spam lines that have no element to hide', () => {
  it('blanks them, shows them with the hidden blocks, keeps one the user keeps, and restores exactly', async () => {
    const html =
      '<!doctype html>澳門新葡京娛樂場 百家樂真人在線 網上賭場註冊送彩金<html lang="zh-Hant"><head><title>縣政協召開提案工作總結會</title></head><body>' +
      `<div id="zoom">${line(186)}<br>${line(172)}<br>北京賽車pk10開獎直播 時時彩計劃網 註冊送彩金88元 歐美日韓國產精品一區二區<br>${line(42)}<br></div></body></html>`;
    const { document, window } = parseHtml(html, 'http://127.0.0.1/b.html');
    try {
      const before = serialize(document);
      const { session, reports } = makeSession(document, 'http://127.0.0.1/b.html');
      await session.start(true);
      const text = () => (document.body.textContent ?? '').replace(/\s+/g, '');
      expect(text()).not.toContain('葡京');
      expect(text()).not.toContain('時時彩');
      expect(text()).toContain('共收到委員提案172件');
      expect(reports.at(-1)?.cleanup?.spam).toBe(2);
      // The blanked line's <br> hides too, so no empty line stays where it was.
      const gaps = () => Array.from(document.querySelectorAll('br[data-cppcc-lens-gap]'));
      expect(gaps()).toHaveLength(1);
      expect(gaps()[0]?.previousSibling?.textContent).toBe('');
      expect(gaps()[0]?.previousSibling?.previousSibling?.nodeName).toBe('BR');
      // Converting and back with cleanup on returns the cleaned page; the blank lines stay blank.
      const cleaned = serialize(document);
      await session.setConvert(true);
      expect(text()).toContain('县政协召开');
      expect(text()).not.toContain('时时彩');
      await session.setConvert(false);
      expect(serialize(document)).toBe(cleaned);
      // Shown with the hidden blocks, and kept by the user like a block.
      session.setShowHidden(true);
      expect(text()).toContain('時時彩');
      session.setShowHidden(false);
      expect(serialize(document)).toBe(cleaned);
      // (A line's id is its fingerprint, as a block's is: the site keeps it across loads.)
      const id = fingerprint('spam', '北京賽車pk10開獎直播 時時彩計劃網 註冊送彩金88元 歐美日韓國產精品一區二區');
      expect(session.figures.map((f) => f.raw)).not.toContain('88元');
      await session.toggleBlock(id);
      expect(text()).toContain('時時彩');
      expect(text()).not.toContain('葡京');
      expect(reports.at(-1)?.cleanup?.spam).toBe(1);
      expect(gaps()).toHaveLength(0);
      // A line the user keeps is article text again, for the figures too.
      expect(session.figures.map((f) => f.raw)).toContain('88元');
      await session.toggleBlock(id);
      expect(serialize(document)).toBe(cleaned);
      await session.setCleanup(false);
      expect(serialize(document)).toBe(before);
      session.stop();
    } finally {
      await window.happyDOM.close();
    }
  });
});

describe('PageSession hides boilerplate lines among the article\'s lines', () => {
  it('blanks each line whole, counts and lists it once, keeps one the user keeps, converts around it and restores exactly', async () => {
    const html =
      '<!doctype html><html lang="zh-Hant"><head><title>縣政協召開提案工作總結會</title></head><body><div id="zoom">' +
      '當前位置：<a href="/">首頁</a> &gt; <a href="/a">政協要聞</a><br><b>縣政協召開提案工作總結會</b><br>' +
      `${line(186)}<br>${line(172)}<br>【<a href="javascript:print()">打印本頁</a>】【<a href="javascript:close()">關閉窗口</a>】<br>` +
      `上一篇：縣政協開展委員進企業活動<br>${line(42)}</div></body></html>`;
    const { document, window } = parseHtml(html, 'http://127.0.0.1/p.html');
    try {
      const before = serialize(document);
      const { session, reports } = makeSession(document, 'http://127.0.0.1/p.html');
      await session.start(true);
      // What a reader sees: the text outside the elements cleanup hides.
      const text = () => {
        const copy = document.body.cloneNode(true) as Element;
        for (const e of Array.from(copy.querySelectorAll('[data-cppcc-lens-hide]'))) e.remove();
        return (copy.textContent ?? '').replace(/\s+/g, '');
      };
      for (const gone of ['當前位置', '首頁', '打印本頁', '上一篇']) expect(text()).not.toContain(gone);
      expect(text()).toContain('縣政協召開提案工作總結會');
      expect(text()).toContain('共收到委員提案172件');
      // Three lines, however many texts each is made of; each one's break hides with it.
      expect(reports.at(-1)?.cleanup?.boilerplate).toBe(3);
      expect(document.querySelectorAll('br[data-cppcc-lens-gap]')).toHaveLength(3);
      const cleaned = serialize(document);
      await session.setConvert(true);
      expect(text()).toContain('县政协召开提案工作总结会');
      expect(text()).not.toContain('当前位置');
      await session.setConvert(false);
      expect(serialize(document)).toBe(cleaned);
      // The user keeps the breadcrumb: all of it comes back, and only it.
      await session.toggleBlock(fingerprint('boilerplate', '當前位置：首頁 > 政協要聞'));
      expect(text()).toContain('當前位置：首頁>政協要聞');
      expect(text()).not.toContain('打印本頁');
      expect(reports.at(-1)?.cleanup?.boilerplate).toBe(2);
      expect(document.querySelectorAll('br[data-cppcc-lens-gap]')).toHaveLength(2);
      await session.setCleanup(false);
      expect(serialize(document)).toBe(before);
      session.stop();
      expect(serialize(document)).toBe(before);
    } finally {
      await window.happyDOM.close();
    }
  });
});

describe('PageSession blanks spam lines in content the page adds after load', () => {
  it('blanks a bare-text spam line in an added block, hides its break, and restores exactly', async () => {
    const html =
      '<!doctype html><html lang="zh-Hant"><head><title>縣政協召開提案工作總結會</title></head><body>' +
      `<div id="zoom">${line(186)}<br>${line(172)}<br></div></body></html>`;
    const { document, window } = parseHtml(html, 'http://127.0.0.1/c.html');
    try {
      const before = serialize(document);
      const { session, reports } = makeSession(document, 'http://127.0.0.1/c.html');
      await session.start(true);
      const text = () => (document.body.textContent ?? '').replace(/\s+/g, '');
      // The page's script adds more of the article, with a spam line among its lines.
      const more = document.createElement('div');
      more.innerHTML = `${line(42)}<br>北京賽車pk10開獎直播 時時彩計劃網 註冊送彩金88元 歐美日韓國產精品一區二區<br>${line(35)}<br>`;
      document.getElementById('zoom')?.append(more);
      await new Promise((r) => setTimeout(r, 0)); // the observer's records arrive
      await new Promise((r) => setTimeout(r, 0)); // the batched pass runs
      expect(text()).toContain('共收到委員提案42件');
      expect(text()).toContain('共收到委員提案35件');
      expect(text()).not.toContain('時時彩');
      expect(more.getAttribute('data-cppcc-lens-hide')).toBeNull(); // the article's lines stay
      expect(reports.at(-1)?.cleanup?.spam).toBe(1);
      expect(more.querySelectorAll('br[data-cppcc-lens-gap]')).toHaveLength(1);
      // And the rest of the page: the pager written as lines after the article hides the same way.
      const pager = document.createElement('div');
      pager.innerHTML = `${line(12)}<br>上一篇：<a href="/n/1.html">縣政協召開主席會議</a><br>下一篇：<a href="/n/2.html">縣政協開展專題調研</a>`;
      document.getElementById('zoom')?.append(pager);
      await new Promise((r) => setTimeout(r, 0));
      await new Promise((r) => setTimeout(r, 0));
      expect(text()).toContain('共收到委員提案12件');
      expect(text()).not.toContain('上一篇');
      expect(text()).not.toContain('縣政協開展專題調研');
      expect(reports.at(-1)?.cleanup?.boilerplate).toBe(2);
      // (The break between the two lines hides; the one ending the article's line stays.)
      expect(pager.querySelectorAll('br[data-cppcc-lens-gap]')).toHaveLength(1);
      expect(pager.querySelector('br:not([data-cppcc-lens-gap])')?.previousSibling?.textContent).toContain('12件');
      pager.remove();
      // Off and on again: the same line is blanked; off restores what the page wrote.
      await session.setCleanup(false);
      expect(text()).toContain('時時彩');
      expect(more.querySelectorAll('br[data-cppcc-lens-gap]')).toHaveLength(0);
      await session.setCleanup(true);
      expect(text()).not.toContain('時時彩');
      session.stop();
      more.remove();
      expect(serialize(document)).toBe(before);
    } finally {
      await window.happyDOM.close();
    }
  });
});

describe('PageSession takes widgets written as text out of the metadata line', () => {
  it('keeps the date and source, drops 【字體：大 中 小】【打印】【關閉】, and restores exactly', async () => {
    const html =
      '<!doctype html><html lang="zh-Hant"><head><title>縣政協召開提案工作總結會</title></head><body><table>' +
      '<tr><td><b>縣政協召開提案工作總結會</b></td></tr>' +
      '<tr><td id="meta">發布時間：2024-12-20　來源：縣政協辦公室　瀏覽次數：356　【字體：大 中 小】【打印】【關閉】</td></tr>' +
      `<tr><td><div id="zoom">${line(186)}<br>${line(172)}<br>${line(42)}</div></td></tr></table></body></html>`;
    const { document, window } = parseHtml(html, 'http://127.0.0.1/m.html');
    try {
      const before = serialize(document);
      const { session } = makeSession(document, 'http://127.0.0.1/m.html');
      await session.start(true);
      const meta = () => document.getElementById('meta')?.textContent ?? '';
      expect(meta()).toContain('來源：縣政協辦公室');
      expect(meta()).not.toMatch(/字體|打印|關閉/);
      await session.setConvert(true);
      expect(meta()).toContain('来源：县政协办公室');
      expect(meta()).not.toMatch(/字体|打印|关闭/);
      await session.setConvert(false);
      await session.setCleanup(false);
      expect(serialize(document)).toBe(before);
      session.stop();
    } finally {
      await window.happyDOM.close();
    }
  });
});

describe('PageSession checks its fast converter against opencc-js', () => {
  it('converts the screen with the fast converter, then redoes the page with opencc-js when the check fails', async () => {
    // A module whose own converter disagrees with its dictionaries (keeps 國), as a future
    // opencc-js might: the fast converter built from the dictionaries fails the check.
    const disagreeing = { ...OpenCC, Converter: (o: { from: string; to: string }) => { const f = OpenCC.Converter(o); return (s: string) => f(s).replace(/国/g, '國'); } };
    const html = '<!doctype html><html lang="zh-Hant"><head><title>全國政協</title></head><body><article><h1>全國政協召開會議</h1><p title="全國政協">全國政協委員提出提案</p><p>國家發展</p></article></body></html>';
    const { document, window } = parseHtml(html, 'http://127.0.0.1/b.html');
    try {
      const before = serialize(document);
      const logged: unknown[] = [];
      const { session } = makeSession(document, 'http://127.0.0.1/b.html', { cleanup: false }, { loadOpenCC: async () => disagreeing, log: (e) => logged.push(e) });
      await session.start(true);
      await session.setConvert(true);
      // opencc-js's output (here: 國 kept) everywhere, text and attributes, and one log line.
      expect(document.body.textContent).toContain('全國政协委员提出提案');
      expect(document.body.textContent).toContain('國家发展');
      expect(document.querySelector('p')?.getAttribute('title')).toBe('全國政协');
      expect(logged).toHaveLength(1);
      await session.setConvert(false);
      expect(serialize(document)).toBe(before);
      // The second time on the page, opencc-js's converter from the start; no second log.
      await session.setConvert(true);
      expect(document.body.textContent).toContain('國家发展');
      expect(logged).toHaveLength(1);
      session.stop();
      expect(serialize(document)).toBe(before);
    } finally {
      await window.happyDOM.close();
    }
  });
});

describe('PageSession switched back while the converter loads', () => {
  it('leaves the page as it was when conversion is switched off before opencc-js arrives', async () => {
    const html = '<!doctype html><html lang="zh-Hant"><head><title>全國政協</title></head><body><article><h1>全國政協召開會議</h1><p title="全國政協">全國政協委員提出提案</p></article></body></html>';
    const { document, window } = parseHtml(html, 'http://127.0.0.1/l.html');
    try {
      const before = serialize(document);
      let arrive: (m: typeof OpenCC) => void = () => undefined;
      const loading = new Promise<typeof OpenCC>((r) => (arrive = r));
      const { session } = makeSession(document, 'http://127.0.0.1/l.html', { cleanup: false }, { loadOpenCC: () => loading });
      await session.start(true);
      const on = session.setConvert(true); // waits for the dictionary
      await session.setConvert(false); // the reader changed their mind meanwhile
      arrive(OpenCC);
      await on;
      for (let i = 0; i < 5; i++) await new Promise((r) => setTimeout(r, 0));
      expect(session.state().convert).toMatchObject({ on: false, busy: false });
      expect(serialize(document)).toBe(before);
      // Switching on later converts as usual.
      await session.setConvert(true);
      expect(document.body.textContent).toContain('全国政协委员提出提案');
    } finally {
      await window.happyDOM.close();
    }
  });
});

describe('PageSession reads a long article\'s figures in slices', () => {
  it('shows what one extraction finds, and a refresh still running when the session stops shows nothing', async () => {
    const para = '全年共提出提案586件，立案率92.3%，委员参加调研活动1800多次，收到社情民意信息7500余条。';
    const body = Array.from({ length: 1200 }, (_, i) => `<p>第${i + 1}段：${para}</p>`).join('');
    const html = `<!doctype html><html lang="zh-CN"><head><title>市政协全年工作综述</title></head><body><article><h1>市政协全年工作综述</h1>${body}</article></body></html>`;
    const { document, window } = parseHtml(html, 'http://127.0.0.1/long.html');
    const flush = async () => {
      for (let i = 0; i < 20; i++) await new Promise((r) => setTimeout(r, 0));
    };
    try {
      const { session } = makeSession(document, 'http://127.0.0.1/long.html', { cleanup: false });
      await session.start(true);
      await flush();
      const c = session.classification as NonNullable<typeof session.classification>;
      const whole = figuresOf(c);
      expect(whole?.source.text.length).toBeGreaterThan(FIGURE_SLICE * 2); // long enough to be sliced
      expect(session.figures).toEqual(whole?.figures);
      const first = document.querySelector('article p') as Element;
      first.textContent = '政协委员共有649名。';
      session.refreshFigures();
      await flush();
      expect(session.figures[0]?.raw).toBe('649名');
      first.textContent = '召开座谈会32次。';
      session.refreshFigures();
      session.stop();
      await flush();
      expect(session.figures[0]?.raw).toBe('649名');
    } finally {
      await window.happyDOM.close();
    }
  });
});

describe('PageSession switches the lang of a Traditional page block by block', () => {
  // The page's own lang switches last; each block takes zh-Hans with its converted text, so
  // the browser lays every line out once (not all of them again when the root switches). The
  // marks stay while the page is converted; restore switches the page first.
  const paragraphs = Array.from({ length: 1000 }, (_, i) => `<p>第${i + 1}段：政協委員圍繞鄉村振興開展調研</p>`).join('');
  const html =
    '<!doctype html><html lang="zh-Hant"><head><title>政協會議</title></head><body><article><h1>全國政協召開會議</h1>' +
    `<div lang="ja"><p>漢字の読み方</p></div><p lang="en">CPPCC 會議</p><section lang="zh-TW"><p>臺灣同胞參與協商</p></section>${paragraphs}</article></body></html>`;
  /** Every paragraph whose text is converted inherits zh-Hans; one still Traditional inherits its own lang. */
  const consistent = (doc: Document): number => {
    let converted = 0;
    for (const p of Array.from(doc.querySelectorAll('article p'))) {
      const lang = p.closest('[lang]')?.getAttribute('lang');
      if (/政协|台湾|围绕/.test(p.textContent ?? '')) {
        converted++;
        expect(lang, p.outerHTML).toBe('zh-Hans');
      } else if (!p.closest('[lang=ja]') && !p.hasAttribute('lang')) expect(lang, p.outerHTML).toMatch(/^zh-(Hant|TW)$/);
    }
    return converted;
  };

  it('marks each block as its text converts, switches the page last, and back: the page first, each mark off with its text', async () => {
    const { document, window } = parseHtml(html, 'http://127.0.0.1/m.html');
    try {
      const before = serialize(document);
      const seen: number[] = [];
      const rootLangs = new Set<string | null>();
      const { session } = makeSession(document, 'http://127.0.0.1/m.html', { cleanup: false }, {
        yieldFn: async () => {
          seen.push(consistent(document));
          rootLangs.add(document.documentElement.getAttribute('lang'));
        },
      });
      await session.start(true);
      seen.length = 0;
      await session.setConvert(true);
      // Midway some blocks were converted and some not, and each had the lang of its text.
      expect(seen.some((n) => n > 0 && n < 1001)).toBe(true);
      expect(consistent(document)).toBe(1001); // the 1000 paragraphs and the zh-TW section's
      // Once done the page's own lang attributes have switched, and each converted block keeps
      // its zh-Hans mark: the 1000 paragraphs, the headline and the zh-TW section's paragraph.
      expect(document.documentElement.getAttribute('lang')).toBe('zh-Hans');
      expect(document.querySelector('section')?.getAttribute('lang')).toBe('zh-Hans');
      const langs = Array.from(document.querySelectorAll('[lang]'), (e) => e.getAttribute('lang'));
      expect(langs.filter((l) => l !== 'zh-Hans')).toEqual(['ja', 'en']);
      expect(langs).toHaveLength(4 + 1002);
      expect(document.querySelector('[lang=ja] p')?.textContent).toBe('漢字の読み方');
      // Back: the page's lang first, then each block's mark goes as its text comes back.
      seen.length = 0;
      rootLangs.clear();
      await session.setConvert(false);
      expect(seen.some((n) => n > 0 && n < 1001)).toBe(true);
      expect([...rootLangs]).toEqual(['zh-Hant']);
      expect(serialize(document)).toBe(before);
    } finally {
      await window.happyDOM.close();
    }
  });

  it('takes the marks off when conversion is switched off or the session stops midway', async () => {
    for (const end of ['off', 'stop'] as const) {
      const { document, window } = parseHtml(html, 'http://127.0.0.1/m.html');
      try {
        const before = serialize(document);
        let session: PageSession | null = null;
        let midway: Promise<void> | null = null;
        ({ session } = makeSession(document, 'http://127.0.0.1/m.html', { cleanup: false }, {
          yieldFn: async () => {
            // The reader changes their mind once some blocks are marked.
            if (!midway && session?.state().convert.busy && document.querySelector('p[lang=zh-Hans]')) midway = end === 'off' ? session.setConvert(false) : Promise.resolve(session.stop());
          },
        }));
        await session.start(true);
        await session.setConvert(true);
        expect(midway).not.toBeNull();
        await midway;
        if (end === 'off') expect(session.state().convert).toMatchObject({ on: false, busy: false });
        expect(serialize(document)).toBe(before);
      } finally {
        await window.happyDOM.close();
      }
    }
  });

  it('converts again from a restore switched back midway (some blocks still marked), and restores exactly', async () => {
    const { document, window } = parseHtml(html, 'http://127.0.0.1/m.html');
    try {
      const before = serialize(document);
      let session: PageSession | null = null;
      let again: Promise<void> | null = null;
      let restoring = false;
      ({ session } = makeSession(document, 'http://127.0.0.1/m.html', { cleanup: false }, {
        yieldFn: async () => {
          const marked = document.querySelectorAll('p[lang=zh-Hans]').length;
          // Midway through the restore: some blocks have their text (and lang) back, some not.
          if (restoring && !again && marked > 100 && marked < 900) {
            restoring = false; // (the switch below yields too)
            again = session?.setConvert(true) ?? null;
          }
        },
      }));
      await session.start(true);
      await session.setConvert(true);
      restoring = true;
      await session.setConvert(false);
      expect(again).not.toBeNull();
      await again;
      expect(session.state().convert).toMatchObject({ on: true, busy: false });
      expect(consistent(document)).toBe(1001);
      expect(document.documentElement.getAttribute('lang')).toBe('zh-Hans');
      await session.setConvert(false);
      expect(serialize(document)).toBe(before);
    } finally {
      await window.happyDOM.close();
    }
  });
});

describe('PageSession makes room for the open sidebar', () => {
  it('pushes the page aside in a wide window while the sidebar is open; not collapsed, not narrow; leaves nothing behind', async () => {
    const f = openFixture('tw-002-semantic');
    try {
      const win = f.window as unknown as Window & { happyDOM: { setViewport(v: { width: number; height: number }): void } };
      const resize = (width: number) => {
        win.happyDOM.setViewport({ width, height: 900 });
        win.dispatchEvent(new (f.window as unknown as { Event: typeof Event }).Event('resize'));
      };
      const inset = () => f.document.querySelector('style[data-cppcc-lens-inset]');
      const margin = () => win.getComputedStyle(f.document.documentElement).marginRight;
      const before = f.document.documentElement.outerHTML;
      const { session } = makeSession(f.document, f.url, { sidebarAutoOpen: true });
      await session.start(false);
      // 1280 px: 920 px of page beside the 360 px sidebar.
      expect(margin()).toBe('360px');
      expect(inset()?.hasAttribute('data-cppcc-lens-ui'), 'left out of the page as serialised').toBe(true);
      session.setCollapsed(true);
      expect(inset()).toBeNull();
      expect(margin()).not.toBe('360px');
      session.setCollapsed(false);
      expect(margin()).toBe('360px');
      // Under 1000 px the page would keep less than 640 px: the sidebar overlays it.
      resize(900);
      expect(inset()).toBeNull();
      resize(1280);
      expect(inset()).not.toBeNull();
      session.stop();
      expect(inset()).toBeNull();
      resize(1400); // no listener left behind
      expect(inset()).toBeNull();
      expect(f.document.documentElement.outerHTML).toBe(before);
    } finally {
      await f.close();
    }
  });
});
