import { describe, expect, it } from 'vitest';
import { classifyPage, titleSpam } from '../../src/clean/classify';
import { repairText } from '../../src/clean/artifacts';
import { isPlaceList } from '../../src/clean/lexicon';
import { figuresOf } from '../../src/page/pipeline';
import { fixtureNames, fixtureUrl, openFixture, readExpected, readSource, squash } from '../helpers/fixtures';
import { parseHtml } from '../../src/cli/page';
import * as OpenCCFull from 'opencc-js';

const positives = fixtureNames().filter((n) => {
  const e = readExpected(n);
  return e.isCppcc && !e.scriptsRequired;
});

function hiddenText(blocks: { el: Element; unhidden: boolean }[]): Set<Element> {
  return new Set(blocks.filter((b) => !b.unhidden).map((b) => b.el));
}
const isInside = (el: Element, set: Set<Element>) => {
  for (let e: Element | null = el; e; e = e.parentElement) if (set.has(e)) return true;
  return false;
};
/** The deepest element whose text contains the snippet. */
function locate(doc: Document, text: string): Element | null {
  const want = squash(text).slice(0, 60);
  let best: Element | null = null;
  for (const el of Array.from(doc.body.querySelectorAll('*'))) if (squash(el.textContent ?? '').includes(want)) best = el;
  return best;
}

describe('classifyPage over positive fixtures', () => {
  it.each(positives)('%s', async (name) => {
    const f = openFixture(name);
    try {
      const c = classifyPage(f.document);
      expect(c.main, 'main found').not.toBeNull();
      const hidden = hiddenText(c.blocks);
      for (const p of f.expected.main) {
        const el = locate(f.document, p);
        if (!el) continue; // repaired text differs from the raw page; checked in the apply test
        expect(isInside(el, hidden), `main paragraph hidden: ${p.slice(0, 30)}`).toBe(false);
      }
      for (const s of f.expected.spam.filter((b) => b.kind !== 'title')) {
        // A line of bare text (no element of its own) is listed to be blanked.
        if (c.textLines.some((l) => l.kind === 'spam' && squash(l.node.data) === squash(s.text))) continue;
        const el = locate(f.document, s.text);
        expect(el, `spam present: ${s.text.slice(0, 20)}`).not.toBeNull();
        const block = c.blocks.find((b) => b.kind === 'spam' && (b.el === el || b.el.contains(el as Element) || (el as Element).contains(b.el)));
        expect(block, `spam marked: ${s.kind} ${s.text.slice(0, 30)}`).toBeTruthy();
      }
      // A line of text and links (no element of its own) is hidden when none of its text is
      // left to see: its texts blanked, its widgets hidden as elements.
      const blanked = new Set(c.textLines.map((l) => l.node));
      let shown = '';
      const walker = f.document.createTreeWalker(f.document.body, 4 /* SHOW_TEXT */);
      for (let t = walker.nextNode(); t; t = walker.nextNode()) {
        const parent = t.parentElement as Element;
        if (!blanked.has(t as Text) && !isInside(parent, hidden) && !parent.closest('script,style')) shown += (t as Text).data;
      }
      shown = squash(shown);
      let bpTotal = 0;
      let bpHidden = 0;
      for (const b of f.expected.boilerplate) {
        const el = locate(f.document, b.text);
        const n = squash(b.text).length;
        bpTotal += n;
        if ((el && isInside(el, hidden)) || !shown.includes(squash(b.text))) bpHidden += n;
      }
      expect(bpHidden / bpTotal, 'boilerplate hidden share').toBeGreaterThanOrEqual(0.95);
      // Spam segments are cut from the title; artifacts in it are repaired like any text.
      expect(repairText(c.title?.clean ?? f.document.title).text).toBe(f.expected.title.clean);
      if (!f.expected.spam.some((b) => b.kind === 'title')) expect(c.title).toBeNull();
      if (f.expected.metadata) {
        const meta = locate(f.document, f.expected.metadata);
        expect(meta && isInside(meta, hidden), 'metadata visible').toBe(false);
      }
    } finally {
      await f.close();
    }
  });
});

describe('classifyPage in either script', () => {
  // Every Simplified fixture as a Traditional mirror serves it (opencc-js cn→tw over the whole
  // page): the same article, headline and metadata, the same blocks hidden for the same reasons,
  // the same lines blanked.
  const toTraditional = OpenCCFull.Converter({ from: 'cn', to: 'tw' });
  const simplified = fixtureNames().filter((n) => readExpected(n).script === 'simplified');
  const pathOf = (el: Element | null): string => {
    const out: number[] = [];
    for (let e = el; e?.parentElement; e = e.parentElement) out.unshift(Array.from(e.parentElement.children).indexOf(e));
    return out.join('/');
  };
  const summary = (html: string, url: string): string[] => {
    const { document, window } = parseHtml(html, url);
    const c = classifyPage(document);
    const out = [`main ${pathOf(c.main)}`, `headline ${pathOf(c.headline)}`, `meta ${pathOf(c.meta)}`, ...c.blocks.map((b) => `${b.kind} ${b.sub} ${pathOf(b.el)}`), ...c.textLines.map((l) => `line ${l.kind} ${l.sub} ${pathOf(l.node.parentElement)}`)];
    void window.happyDOM.close();
    return out;
  };
  it('has Simplified fixtures to convert', () => expect(simplified.length).toBeGreaterThanOrEqual(5));
  it.each(simplified)('%s', (name) => {
    const html = readSource(name);
    const url = fixtureUrl(name);
    expect(toTraditional(html)).not.toBe(html);
    expect(summary(toTraditional(html), url)).toEqual(summary(html, url));
  });
});

describe('the metadata line', () => {
  it('stays when a font-size or print widget shares its element; a widget of its own hides', () => {
    document.title = '县政协召开2024年度提案工作总结会';
    const article = '<div id="zoom">　　12月18日，县政协召开2024年度提案工作总结会。县政协主席李某某出席并讲话。<br>　　会议通报了2024年度提案办理情况，共收到委员提案186件，经审查立案172件，办复率100%。<br>　　会议表彰了15件优秀提案和8个提案办理先进单位。</div>';
    const page = (meta: string) =>
      '<table><tr><td><a href="/">首页</a> | <a href="/zx">政协工作</a> | <a href="/xw">新闻中心</a></td></tr>' +
      '<tr><td align="center"><b>县政协召开2024年度提案工作总结会</b></td></tr>' +
      `<tr><td id="meta">${meta}</td></tr><tr><td>${article}</td></tr></table>`;
    const hidden = () => classifyPage(document).blocks.map((b) => b.el);
    document.body.innerHTML = page('发布时间：2024-12-20　来源：县政协办公室　浏览次数：356　【字体：大 中 小】【打印】【关闭】');
    const meta = document.getElementById('meta') as Element;
    expect(hidden().some((el) => el === meta || el.contains(meta))).toBe(false);
    document.body.innerHTML = page('发布时间：2024-12-20　来源：县政协办公室　<span id="w">【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】【<a href="#">打印</a>】【<a href="#">关闭</a>】</span>');
    expect(hidden().map((el) => el.id)).toContain('w');
    expect(hidden().some((el) => el.id === 'meta')).toBe(false);
  });
});

/** Classifies the page and checks which elements (by id) hide and which stay. */
function expectHiddenKept(title: string, html: string, hide: string[], keep: string[]): ReturnType<typeof classifyPage> {
  document.title = title;
  document.body.innerHTML = html;
  const c = classifyPage(document);
  const hidden = hiddenText(c.blocks);
  for (const id of hide) expect(isInside(document.getElementById(id) as Element, hidden), id).toBe(true);
  for (const id of keep) expect(isInside(document.getElementById(id) as Element, hidden), id).toBe(false);
  return c;
}
/** Two article paragraphs of a meeting report, with ids p1 and p2. */
const meeting =
  '<p id="p1">4月1日，市政协召开十四届第二十次主席会议，市政协主席李某某主持会议。会议传达学习了全国两会精神。</p>' +
  '<p id="p2">会议研究了市政协2024年协商工作计划，确定年度协商议题12个。会议还审议了其他事项。</p>';
/** The meeting report under its headline, with more of the article container's content after it. */
const inArticle = (html: string) => `<div><h1>市政协召开主席会议</h1><div id="text">${meeting}${html}</div></div>`;

describe('a QR code in the article', () => {
  it('hides a block of QR code images (by alt or file name) as a promo, each remembered apart, and keeps a photo', () => {
    const c = expectHiddenKept(
      '市政协召开主席会议',
      inArticle('<p id="photo"><img src="/upload/2024/0401/meeting.jpg" alt="会议现场"></p><p id="qr1"><img src="/img/qrcode.png" alt="二维码"></p><p id="qr2"><img src="/static/wx_qr.jpg"></p><p id="follow">长按识别二维码关注我们</p>'),
      ['qr1', 'qr2', 'follow'],
      ['p1', 'p2', 'photo'],
    );
    const fp = (id: string) => c.blocks.find((b) => b.el.id === id)?.fingerprint;
    expect(c.blocks.find((b) => b.el.id === 'qr1')?.sub).toBe('promo');
    expect(fp('qr1')).not.toBe(fp('qr2'));
  });
});

describe('an article that is a paragraph and its data tables', () => {
  const rows = (names: string[]) => names.map((n, i) => `<tr><td>${n}</td><td>${40 - i * 3}</td><td>${(97.6 - i).toFixed(1)}</td></tr>`).join('');
  it('keeps the tables (its container is the article), and the nav and footer still hide', () => {
    const c = expectHiddenKept(
      '市政协关于2023年度提案办理情况的通报',
      '<div id="nav"><a href="/">首页</a> | <a href="/a">政协要闻</a> | <a href="/b">提案工作</a></div><h2>市政协关于2023年度提案办理情况的通报</h2>' +
        '<div id="content"><p>2023年，市政协共立案提案486件，交由68家承办单位办理。截至目前，已全部办复，办复率100%。</p>' +
        '<p id="sub1">一、各承办单位办理情况</p><table id="t1"><tr><th>承办单位</th><th>承办件数</th><th>满意率（%）</th></tr>' +
        rows(['市发展改革委', '市教育局', '市卫生健康委']) +
        '</table><p id="sub2">二、重点项目推进情况</p><table id="t2"><tr><td>项目名称</td><td>总投资（万元）</td></tr><tr><td>城北污水处理厂</td><td>12,500</td></tr><tr><td>市民文化中心</td><td>36000</td></tr><tr><td>体育公园</td><td>8000</td></tr></table></div>' +
        '<div id="foot">版权所有 某市政协 备案号：桂ICP备12345678号</div>',
      ['nav', 'foot'],
      ['sub1', 't1', 'sub2', 't2'],
    );
    expect(c.main?.id).toBe('content');
  });
  it('a page of no prose at all whose content is a data table has the table\'s container for its article (the lens forced on)', () => {
    const c = expectHiddenKept(
      '2023年市政协委员界别分布统计表',
      '<div id="nav"><a href="/">首页</a> | <a href="/a">政协要闻</a> | <a href="/b">委员名录</a></div><div id="box"><h1>2023年市政协委员界别分布统计表</h1>' +
        '<table id="t"><tr><th>界别</th><th>委员人数</th><th>其中常委</th></tr><tr><td>中共</td><td>45</td><td>12</td></tr><tr><td>民革</td><td>8</td><td>2</td></tr><tr><td>经济界</td><td>36</td><td>6</td></tr></table></div>' +
        '<div id="foot">版权所有 某市政协</div>',
      ['nav', 'foot'],
      ['t'],
    );
    expect(c.main?.id).toBe('box');
    document.body.innerHTML = '<div id="nav"><a href="/">首页</a> | <a href="/a">政协要闻</a></div><div><h1>市政协委员名录</h1><table><tr><td>张某</td><td>经济界</td></tr><tr><td>李某</td><td>教育界</td></tr></table></div>';
    expect(classifyPage(document).main).toBeNull(); // (a table of names is no data table)
  });
  it('a lone paragraph is not the article: its container is, with the photo beside it', () => {
    const c = expectHiddenKept(
      '市政协召开主席会议',
      '<h1>市政协召开主席会议</h1><div id="art"><p>4月1日，市政协召开十四届第二十次主席会议，市政协主席李某某主持会议并讲话，会议研究了年度协商计划。</p>' +
        '<figure id="fig"><img src="a.jpg" width="600" height="400"><figcaption>会议现场</figcaption></figure></div>',
      [],
      ['fig'],
    );
    expect(c.main?.id).toBe('art');
  });
});

describe('what frames the article', () => {
  const body = [
    '1月12日上午，政协第十五届某某市委员会第三次会议圆满完成各项议程，在市会议中心胜利闭幕。',
    '会议应到委员421名，实到398名，符合规定人数。会议审议通过了常务委员会工作报告的决议和政治决议。',
    '大会期间，委员们共提交提案612件，经审查，立案538件，其中集体提案86件，占立案总数的16%。',
  ].map((p) => `<p>${p}</p>`).join('');
  const hiddenIds = () => classifyPage(document).blocks.map((b) => b.el.id || b.el.className);

  it('keeps the headline the title starts with, and the subtitle under it that the title carries too', () => {
    document.title = '市政协十五届三次会议胜利闭幕 全体委员围绕全市中心工作团结奋进履职尽责取得丰硕成果--政协频道--某某网';
    document.body.innerHTML =
      '<div id="nav"><a href="/">首页</a> | <a href="/zx">政协频道</a> | <a href="/yw">要闻</a></div>' +
      `<div id="col"><h1 id="h">市政协十五届三次会议胜利闭幕</h1><h3 id="sub">全体委员围绕全市中心工作团结奋进履职尽责取得丰硕成果</h3><div id="text">${body}</div></div>`;
    const c = classifyPage(document);
    expect(c.headline?.id).toBe('h');
    expect(hiddenIds()).not.toContain('h');
    expect(hiddenIds()).not.toContain('sub');
  });

  it('on a hacked page whose <title> and <h1> are porn keywords, keeps the real heading before the article and its date line; the <h1> hides as spam', () => {
    document.title = '欧美成人精品视频在线不卡,久久久这里只有免费精品29,六十路老熟妇乱子伦视频日本,在线观看精品国内';
    document.body.innerHTML =
      '<div id="top"><h1 id="spam">欧美成人精品视频在线不卡,久久久这里只有免费精品29,六十路老熟妇乱子伦视频日本</h1></div>' +
      '<div id="nav"><a href="/">首页</a> | <a href="/zx">政协·协商</a> | <a href="/dy">调研</a></div>' +
      `<div id="col"><h2 id="h">市政协十五届三次会议胜利闭幕</h2><div id="info">2024年1月12日 09:11 | 来源：人民政协网</div><div id="text">${body}</div></div>`;
    const c = classifyPage(document);
    expect(c.headline?.id).toBe('h');
    expect(c.meta?.id).toBe('info');
    expect(c.blocks.find((b) => b.el.id === 'top' || b.el.id === 'spam')?.kind).toBe('spam');
    expect(hiddenIds()).not.toContain('h');
    expect(hiddenIds()).not.toContain('info');
  });

  it('on a hacked page with no heading element, keeps the short title line right before the article (not the date line under it)', () => {
    document.title = '亚洲综合av永久无码精品一区二区_一本加勒比无码人妻_性无码一区二区三区在线观看';
    document.body.innerHTML =
      '<h1 id="spam" style="position:absolute;left:-9999px">亚洲综合av永久无码精品一区二区_性无码一区二区三区在线观看</h1>' +
      '<div id="pos">您的位置：<a href="/">中国台湾网</a> > <a href="/xw">新闻中心</a> > 正文</div>' +
      `<div id="content"><div id="t">政协大会8分钟发言百里挑一 制度追溯至1949年</div><div id="info">2013年03月12日 08:39 来源：新京报</div><div id="text">${body}</div></div>`;
    const c = classifyPage(document);
    expect(c.headline?.id).toBe('t');
    expect(c.meta?.id).toBe('info');
    expect(hiddenIds()).not.toContain('t');
    expect(hiddenIds()).toContain('pos');
  });

  it('with an ordinary title that matches no heading, takes no unmatched heading for the headline', () => {
    document.title = '某某市政协网';
    document.body.innerHTML = `<div id="side"><h2 id="side-h">热点新闻排行</h2></div><div id="col"><div id="text">${body}</div></div>`;
    expect(classifyPage(document).headline).toBeNull();
  });

  it('keeps a date line under the headline, the source and editor lines after the article; hides 展开全文 and 小字号', () => {
    document.title = '市政协十五届三次会议胜利闭幕';
    document.body.innerHTML =
      '<header id="head"><a href="/">某某新闻</a> <a href="/app">打开APP</a></header>' +
      '<article><h1>市政协十五届三次会议胜利闭幕</h1><div id="info"><span>某某日报</span> <span>2024-01-12 18:30</span> <a id="size">小字号</a></div>' +
      `<section id="text">${body}<div id="more">展开全文</div></section>` +
      '<p id="src">来源：某某市政协办公室</p><p id="ed">编辑：李某 审核：王某</p><div id="promo">打开某某新闻APP，阅读体验更佳</div></article>';
    const ids = hiddenIds();
    for (const kept of ['info', 'src', 'ed']) expect(ids, kept).not.toContain(kept);
    for (const gone of ['more', 'size', 'promo', 'head']) expect(ids, gone).toContain(gone);
  });

  it('hides a font-size bar under the byline (字體大小：A- A+, 字号：大 中 小, 字体：小中大 in any order), keeps the byline', () => {
    document.title = '全國政協港區委員聯誼會舉辦座談會 - 香港新聞';
    document.body.innerHTML =
      '<main><article><h1>全國政協港區委員聯誼會舉辦座談會</h1><div id="by">記者 陳大文 香港報道　2024年3月20日 星期三 06:00</div>' +
      `<div id="fs">字體大小：<button>A-</button><button>A+</button></div>${body}<div id="fs2">字号：<a>大</a> <a>中</a> <a>小</a></div>` +
      '<div id="fs3"><span>字体：</span><a>小</a><a>中</a><a>大</a> <span>分享到：</span></div></article></main>';
    const ids = hiddenIds();
    expect(ids).not.toContain('by');
    for (const gone of ['fs', 'fs2', 'fs3']) expect(ids, gone).toContain(gone);
  });

  it('hides the share targets after 分享至 and a 举报 link in the metadata line; keeps the date, source and authors', () => {
    document.title = '全国政协召开双周协商座谈会_新闻中心_网易新闻';
    document.body.innerHTML =
      '<div class="post_main"><h1>全国政协召开双周协商座谈会</h1>' +
      '<div id="info">2024-05-17 08:32:15　来源: <a id="src" href="/">人民政协网</a> 转自 <a id="wx0" href="/">微信</a> 作者：<a href="/">张三</a> <a href="/">李四</a> <a id="report" href="#c">举报</a> <span>0</span>' +
      '<span id="share">分享至</span> <a id="wx" href="#">微信</a> <a id="icon" href="#"></a> <a id="wb" href="#">微博</a> <a id="qq" href="#">QQ空间</a></div>' +
      `<div id="text">${body}</div></div>`;
    const ids = hiddenIds();
    // (Ten children and more: authors as links and the bar's targets are still the line; a
    // target not after a share bar is the page's own text: 转自微信.)
    for (const kept of ['info', 'src', 'text', 'wx0']) expect(ids, kept).not.toContain(kept);
    for (const gone of ['report', 'share', 'wx', 'wb', 'qq']) expect(ids, gone).toContain(gone);
  });

  it('hides a reading-time line (本文共3500字，阅读约需8分钟), in either script; keeps prose that mentions reading', () => {
    for (const [rt, prose] of [
      ['本文共3500字，阅读约需8分钟', '委员们认为，要深入开展全民阅读活动，推动书香社会建设，本次活动共发放图书三千余册。'],
      ['本文共3,500字 預計閱讀時間8分鐘', '委員們認為，要深入開展全民閱讀活動，推動書香社會建設，本次活動共發放圖書三千餘冊。'],
    ]) {
      document.title = '市政协召开全民阅读专题协商会';
      document.body.innerHTML = `<article><h1>市政协召开全民阅读专题协商会</h1><div id="rt">${rt}</div>${body}<p id="prose">${prose}</p></article>`;
      const ids = hiddenIds();
      expect(ids, rt).toContain('rt');
      expect(ids, rt).not.toContain('prose');
    }
  });

  it('keeps an editor line beside a 纠错 widget (the widget of its own hides), in either script', () => {
    for (const [title, h1, ed1, ed2] of [
      ['全国政协十四届二次会议在京开幕-新华网', '全国政协十四届二次会议在京开幕', '【纠错】 <span>【责任编辑:王五】</span>', '<a id="fix" href="#">【纠错】</a> <span>【责任编辑:王五】</span>'],
      ['全國政協十四屆二次會議在京開幕', '全國政協十四屆二次會議在京開幕', '【糾錯】 <span>【責任編輯:王五】</span>', '<a id="fix" href="#">【糾錯】</a> <span>【責任編輯:王五】</span>'],
    ]) {
      document.title = title as string;
      document.body.innerHTML = `<div id="detail"><h1>${h1}</h1>${body}<div id="ed1">${ed1}</div><div id="ed2">${ed2}</div></div>`;
      const ids = hiddenIds();
      expect(ids, title).not.toContain('ed1');
      expect(ids, title).not.toContain('ed2');
      expect(ids, title).toContain('fix');
    }
  });

  it('on a table page, keeps the bold headline at the top of the article cell, and hides the menu row whole (its channel link, which the title ends with, too)', () => {
    document.title = '市政協召開十五屆三次會議 - 新聞中心';
    const lines = body.replace(/<p>/g, '　　').replace(/<\/p>/g, '<br>');
    document.body.innerHTML =
      '<table><tr><td id="nav"><a href="/">網站首頁</a> <a href="/news">新聞中心</a> <a href="/about">關於我們</a></td></tr>' +
      `<tr><td id="cell"><font size="4"><b id="h">市政協(xié)召開十五屆三次會議</b></font><br>2024年01月12日 來源：某某網<br><br>${lines}</td></tr></table>`;
    const c = classifyPage(document);
    expect(c.main?.id).toBe('cell');
    expect(c.headline?.contains(document.getElementById('h'))).toBe(true); // <font><b> alike
    expect(c.main?.contains(c.headline as Element)).toBe(true);
    const hidden = hiddenText(c.blocks);
    expect(isInside(document.getElementById('nav') as Element, hidden)).toBe(true);
    expect(isInside(document.getElementById('h') as Element, hidden)).toBe(false);
  });
});

describe('a repost disclaimer, a related-news line and a bar of reader actions inside the article', () => {
  it('hide, in either script, long or short; a paragraph about 侵权 and 删除 in sentences stays', () => {
    expectHiddenKept(
      '县政协开展专题视察',
      '<article><h1>县政协开展专题视察</h1><div id="body">' +
        '<p id="p1">6月11日，县政协组织部分政协委员开展“委员进企业”专题视察活动，县政协主席王某某带队。视察组先后走访了5家重点企业。</p>' +
        '<p id="p2">委员们建议，要加强知识产权保护，督促平台对侵权内容及时删除，依法严厉打击各类侵权行为，切实维护企业合法权益。</p>' +
        '<p id="p3">座谈会上，委员们围绕优化营商环境提出意见建议23条。王某某强调，要持续深化“委员进企业”活动。</p>' +
        '<p id="short">声明：本文转自网络，版权归原作者所有，如有侵权请联系删除。</p>' +
        '<p id="long">聲明：本文來源於網絡，僅供學習交流，版權歸原作者所有。如涉及版權問題，請聯繫我們刪除，我們將在第一時間處理，謝謝！</p>' +
        '<p id="rel">【相關新聞】<a href="/1.html">港區委員熱議政府工作報告</a></p>' +
        '<div id="bar">點讚 35 | 在看 8 | 轉發</div><div id="bar2">点赞 12 · 收藏 · 分享</div></div></article>',
      ['short', 'long', 'rel', 'bar', 'bar2'],
      ['p1', 'p2', 'p3'],
    );
  });
});

describe('a WeChat account post mirrored with its template', () => {
  it('hides the follow prompts, the END mark and the 往期回顧 links; keeps the article, its caption, source and editor', () => {
    expectHiddenKept(
      '市政协召开十四届三次常委会议',
      '<div><h1>市政协召开十四届三次常委会议</h1><div id="js_content">' +
        '<p id="top">点击上方蓝字 关注我们</p>' +
        meeting +
        '<p id="cap">▲会议现场</p>' +
        '<p id="short">委员们高度关注民生问题。</p>' +
        '<p id="doc"><a href="/yd.html">《市政协2024年工作要点》</a></p>' +
        '<p id="p3">会议指出，过去一年市政协共收到提案312件，立案286件，组织委员开展视察调研48次，工作重点在于抓落实。</p>' +
        '<p id="src">来源：市政协办公室</p><p id="ed">編輯：黃某某 審核：韋某某</p>' +
        '<p id="hist">往期回顧</p><p id="l1"><a href="/a/1">市政協主席會議研究部署今年重點工作</a></p>' +
        '<p id="l2"><a href="/a/2">市政协开展“委员进社区”活动</a></p><p id="l3"><a href="/a/3">市政协召开机关干部大会</a></p>' +
        '<p id="qr">長按識別二維碼關注我們</p><p id="end">- END -</p><p id="zai">喜欢就点个“在看”吧</p></div></div>',
      ['top', 'hist', 'l1', 'l2', 'l3', 'qr', 'end', 'zai'],
      ['p1', 'p2', 'cap', 'short', 'doc', 'p3', 'src', 'ed'],
    );
  });
});

describe('advertisements injected into an article', () => {
  it('hide when they sell and say how to reach the seller (QQ, WeChat, a mobile number, a web address), whatever they sell', () => {
    expectHiddenKept(
      '市政协召开主席会议',
      inArticle(
        '<p id="casino">【澳門金沙】www.js88.com 註冊即送58元彩金，24小時在線客服，微信：js8888</p>' +
        '<p id="baby">代孕包成功 试管婴儿 供卵 微信同号13800138000</p>' +
        '<p id="p3">市民可登录www.szx.gov.cn或拨打热线电话12345在线留言，对政协工作提出意见建议，注册用户可查看办理进度。</p>' +
        '<p id="papers">办理各类证件 毕业证 学位证 身份证 驾驶证 联系QQ 12345678</p>' +
        '<p id="p4">会议强调，要认真做好提案督办工作，确保全年提案办复率达到100%。报名联系人：张某，13812345678。</p>'
      ),
      ['casino', 'baby', 'papers'],
      ['p1', 'p2', 'p3', 'p4'],
    );
  });
});

describe('an article whose paragraphs are the body\'s own children', () => {
  it('is the article: its paragraphs stay and give figures; the menu, link list and copyright line around them hide', () => {
    const c = expectHiddenKept(
      '市政协召开提案督办协商会_新闻中心',
      '<div id="nav"><a href="/">首页</a> <a href="/a">要闻</a> <a href="/b">政协</a></div>' +
        '<h1 id="h">市政协召开提案督办协商会</h1><p id="meta">来源：市政协办公室 2024-05-10</p>' +
        '<p id="p1">5月9日，市政协召开重点提案督办协商会，围绕加快养老服务体系建设等3件重点提案开展协商，12位提案者参加。</p>' +
        '<p id="p2">会上，承办单位通报了办理情况。今年以来全市新增养老床位1200张，建成社区养老服务站46个。</p>' +
        // (A short paragraph that names the 承办单位 in a sentence is no footer.)
        '<p id="p3">会议要求，各承办单位要加强沟通，推动提案办理成果落地见效。</p>' +
        '<div id="links">友情链接：<a href="http://a.example">人民政协网</a> <a href="http://b.example">新华网</a> <a href="http://c.example">人民网</a></div>' +
        '<p id="copy">Copyright © 2024 市政协 版权所有 备案号：蜀ICP备00000000号-1</p>' +
        '<p id="foot">主办单位：某某市政协办公室 联系电话：028-12345678</p>',
      ['nav', 'links', 'copy', 'foot'],
      ['h', 'meta', 'p1', 'p2', 'p3'],
    );
    expect(c.main).toBe(document.body);
    expect(c.headline?.id).toBe('h');
    // (The link list above the headline is the menu; the one after the article is not.)
    expect(c.blocks.find((b) => b.el.id === 'nav')?.sub).toBe('nav');
    expect(c.blocks.find((b) => b.el.id === 'links')?.sub).toBe('related');
    const figures = figuresOf(c)?.figures.map((f) => f.raw);
    expect(figures).toEqual(['3件', '12位', '1200张', '46个']);
  });
});

describe('an article written as the body\'s own text and <br>', () => {
  it('is the body (never <html>), its headline the bold line the title names (never <title>), and it gives figures', () => {
    document.title = '县政协召开常委会议';
    document.body.innerHTML =
      '<a href="/">首页</a> | <a href="/zx">政协动态</a><br><center id="h"><b>县政协召开常委会议</b></center><br>发布时间：2024-03-12 来源：县政协办公室<br>' +
      '3月11日，县政协召开十届十五次常委会议，应到常委32名，实到29名，符合规定人数。<br>会议审议通过了县政协2024年工作要点，确定年度协商议题8个。<br>';
    const c = classifyPage(document);
    expect(c.main).toBe(document.body);
    expect(c.headline?.id).toBe('h');
    expect(figuresOf(c)?.figures.map((f) => [f.raw, f.label])).toEqual([['32名', '应到常委'], ['29名', '实到常委'], ['8个', '年度协商议题']]);
  });
});

describe('a comment widget and a reading counter inside the article container', () => {
  it.each([
    ['Simplified', '评论一下', '评论 0人参与，0条评论', '还没有评论，快来抢沙发吧！', '最热评论', '已有12人参与，点击查看更多精彩评论', '阅读 1268 · 点赞 35'],
    ['Traditional', '評論一下', '評論 0人參與，0條評論', '還沒有評論，快來搶沙發吧！', '最熱評論', '已有12人參與，點擊查看更多精彩評論', '閱讀 1268 · 點讚 35'],
  ])('hide, in %s, though its lines add up to prose-like text; a sentence about comments stays', (_script, ...lines) => {
    expectHiddenKept(
      '市政协召开主席会议',
      inArticle(
        '<p id="p3">会上，委员们对报告草稿发表评论，提出修改意见12条，有36人参与讨论。</p>' +
        `<div id="cmt">${lines.slice(0, 5).map((l) => `<div>${l}</div>`).join('')}</div><div id="views">${lines[5]}</div>`
      ),
      ['cmt', 'views'],
      ['p1', 'p2', 'p3'],
    );
  });
});

describe('a mirrored WeChat post\'s closing lines', () => {
  it('hide the 阅读原文 prompt and a contribution mailbox, in either script; the byline and a sentence about 投稿 stay', () => {
    expectHiddenKept(
      '市政协召开主席会议',
      inArticle(
        '<p id="p3">会议要求，各专委会要做好委员投稿的编审工作，全年编发信息120期。</p>' +
        '<p id="more">点击阅读原文</p><p id="more2">閱讀原文</p><p id="ed">编辑 | 张三 审核 | 李四 监制 | 王五</p>' +
        '<p id="mail">投稿邮箱：zxbgs@163.com</p><p id="mail2">投稿信箱：zx@example.cn</p>'
      ),
      ['more', 'more2', 'mail', 'mail2'],
      ['p1', 'p2', 'p3', 'ed'],
    );
  });
});

describe('a portal\'s widgets inside the article container', () => {
  it('hide the QR prompt and the audio player, in either script; a sentence about scanning a code and listening stays', () => {
    expectHiddenKept(
      '市政协召开主席会议',
      inArticle(
        '<p id="p3">会议要求，委员可通过手机扫描二维码进入移动履职平台，收听本次会议录音，全年开展线上协商12次。</p>' +
        '<div id="qr">扫一扫在手机打开当前页</div><div id="qr2">掃一掃在手機打開當前頁</div><div id="qr3">用微信扫码，分享给朋友</div>' +
        '<div id="audio">听新闻</div><div id="audio2">聽新聞 00:00 / 03:21</div>'
      ),
      ['qr', 'qr2', 'qr3', 'audio', 'audio2'],
      ['p1', 'p2', 'p3'],
    );
  });
});

describe('footer words in an article\'s sentences', () => {
  it('keep a short paragraph that names the 承办单位 or a 联系电话 in a sentence; a footer line of labelled fields hides', () => {
    expectHiddenKept(
      '市政协召开主席会议',
      inArticle(
        '<p id="p3">会议要求，各承办单位要加强沟通，推动提案办理成果落地见效。</p>' +
        '<p id="p4">群众可拨打联系电话反映问题，主办单位将及时答复。</p>'
      ) + '<div id="foot">主办单位：某某市政协办公室 技术支持：某某网络</div>',
      ['foot'],
      ['p1', 'p2', 'p3', 'p4'],
    );
  });
});

describe('spam words spelled with invisible characters between their characters', () => {
  it('are spam like the words themselves (澳\u200b门\u200b新\u200b葡\u200b京); the article around them stays', () => {
    const zw = (s: string) => [...s].join('\u200b');
    expectHiddenKept(
      '市政协召开主席会议',
      inArticle(
        `<p id="zw">${zw('澳门新葡京娱乐城')} ${zw('官网')} ${zw('注册送38元')} ${zw('百家乐')}</p>` +
        `<p id="soft">${['六合彩', '时时彩', '北京赛车'].map((w) => [...w].join('\u00ad')).join(' ')}</p>`
      ),
      ['zw', 'soft'],
      ['p1', 'p2'],
    );
  });
});

describe('spider-pool lines injected into the article', () => {
  it('hide: a spaced list of place names and a line of search-engine spider terms; a spaced menu of short words is no place list', () => {
    const c = expectHiddenKept(
      '市政协召开主席会议',
      inArticle(
        '<p id="places">長洲區 萬秀區 龍圩區 蒼梧縣 藤縣 蒙山縣 岑溪市 興寧區 青秀區 江南區 西鄉塘區 良慶區</p>' +
        '<p id="spiders">百度蜘蛛 谷歌蜘蛛 360蜘蛛 搜狗蜘蛛 神马蜘蛛 泛目录 寄生虫程序</p>' +
        '<p id="p3">会议强调，要认真做好提案督办工作，确保全年提案办复率达到100%。</p>'
      ),
      ['places', 'spiders'],
      ['p1', 'p2', 'p3'],
    );
    expect(c.blocks.find((b) => b.el.id === 'places')?.sub).toBe('spider-pool');
  });

  it('isPlaceList: |-separated names (with or without a suffix) and spaced names with one; not a spaced menu', () => {
    expect(isPlaceList('苍梧|藤县|蒙山|岑溪|长洲|万秀|龙圩|兴宁|青秀')).toBe(true);
    expect(isPlaceList('长洲区 万秀区 龙圩区 苍梧县 藤县 蒙山县 岑溪市 兴宁区')).toBe(true);
    expect(isPlaceList('首页 新闻 政务 服务 互动 专题 视频 图片 文史')).toBe(false);
    expect(isPlaceList('长洲区 万秀区 龙圩区')).toBe(false);
  });
});

describe('spam injected into the article container', () => {
  it('hides the spam parts and child blocks, never the container with the article in it', () => {
    const para = (n: number) => `<p>区政协在某某街道开展“有事好商量”协商议事活动${n}，围绕老旧小区加装电梯问题进行协商，委员和居民代表共40余人参加，提出意见建议16条。</p>`;
    document.title = '区政协开展协商议事活动';
    document.body.innerHTML =
      '<div class="nav"><a href="/">首页</a> <a href="/a">政协动态</a> <a href="/b">委员风采</a></div>' +
      `<div id="article"><h1>区政协开展“有事好商量”协商议事活动</h1>${para(1)}` +
      '<div id="farm"><a>澳门葡京娱乐城</a> <a>北京赛车pk10</a> <a>体育投注</a> <a>真人百家乐</a></div>' +
      `${para(2)}<span id="inline"><a>网上赌场</a><a>时时彩计划</a><a>棋牌游戏平台</a></span>${para(3)}</div>`;
    const c = classifyPage(document);
    const spam = c.blocks.filter((b) => b.kind === 'spam').map((b) => b.el);
    const article = document.getElementById('article') as Element;
    expect(spam.some((el) => el === article || el.contains(article))).toBe(false);
    expect(spam).toContain(document.getElementById('farm'));
    expect(spam).toContain(document.getElementById('inline'));
    // One mark for the injected run, not one more for each of its links.
    expect(spam.filter((el) => document.getElementById('inline')?.contains(el))).toEqual([document.getElementById('inline')]);
    for (const p of Array.from(article.querySelectorAll('p'))) expect(spam.some((el) => el.contains(p))).toBe(false);
  });
});

describe('spam lines in an article written as text and <br>', () => {
  const prose = [
    '　　12月18日，县政协召开2024年度提案工作总结会。县政协主席出席并讲话。',
    '　　会议通报了2024年度提案办理情况。今年以来，县政协共收到委员提案186件，经审查立案172件，已全部交由42个承办单位办理。',
    '　　会议要求，要进一步提高提案质量，围绕县委、县政府中心工作，深入开展调查研究，切实发挥政协委员作用。',
  ];
  it('keeps the article and hides the spam lines that are elements of their own', () => {
    document.title = '县政协召开2024年度提案工作总结会';
    document.body.innerHTML =
      '<div class="nav"><a href="/">首页</a> <a href="/a">政协动态</a></div>' +
      `<table><tr><td><div id="zoom">${prose[0]}<br>${prose[1]}<br>` +
      '澳门新葡京娱乐场官网 百家乐真人在线 网上赌场注册送彩金 北京赛车pk10开奖直播<br>' +
      `<font id="line">欧美日韩国产精品一区二区 亚洲AV无码专区</font><br>${prose[2]}<br></div></td></tr></table>`;
    const c = classifyPage(document);
    const spam = c.blocks.filter((b) => b.kind === 'spam').map((b) => b.el);
    const zoom = document.getElementById('zoom') as Element;
    expect(spam.some((el) => el === zoom || el.contains(zoom))).toBe(false);
    expect(spam).toContain(document.getElementById('line'));
  });

  it('finds a spam line far into a long article block, built-in terms and the user\'s own, in either script', () => {
    document.title = '縣政協召開2024年度提案工作總結會';
    const long = Array.from({ length: 30 }, () => prose[1]).join('<br>');
    const spamIn = (line: string, spamTerms: string[] = []) => {
      document.body.innerHTML = `<div id="zoom">${long}<br>${line}<br>${prose[2]}</div>`;
      return classifyPage(document, { spamTerms }).blocks.filter((b) => b.kind === 'spam').map((b) => b.el.id);
    };
    expect(spamIn('<font id="builtin">北京賽車pk10開獎 真人百家樂官網 時時彩計劃網</font>')).toEqual(['builtin']);
    expect(spamIn('<span id="user">某某幣交易所 某某幣官方網站</span>', ['某某币'])).toEqual(['user']);
  });

  it('lists spam lines written as bare text, in the body and among the article lines, and no sentence', () => {
    document.title = '县政协召开2024年度提案工作总结会';
    const crackdown = '　　会议指出，要配合开展打击网上赌场、网络赌博和色情网站专项行动。';
    document.body.innerHTML =
      '澳门新葡京娱乐场 百家乐真人在线 网上赌场注册送彩金' +
      `<div class="nav"><a href="/">首页</a> <a href="/a">政协动态</a></div><div id="zoom">${prose[0]}<br>${prose[1]}<br>` +
      `北京赛车pk10开奖直播 时时彩计划网 欧美日韩国产精品一区二区<br>${crackdown}<br>${prose[2]}</div>`;
    const c = classifyPage(document);
    const texts = c.textLines.filter((l) => l.kind === 'spam').map((l) => l.node.data);
    expect(texts).toEqual(['澳门新葡京娱乐场 百家乐真人在线 网上赌场注册送彩金', '北京赛车pk10开奖直播 时时彩计划网 欧美日韩国产精品一区二区']);
    const zoom = document.getElementById('zoom') as Element;
    expect(c.blocks.some((b) => b.el === zoom || b.el.contains(zoom))).toBe(false);
  });

  it('hides the <br> of a line that has nothing left to show once its spam is hidden', () => {
    document.title = '县政协召开2024年度提案工作总结会';
    document.body.innerHTML =
      `<div id="zoom">${prose[0]}<br id="b0">${prose[1]}<br id="b1">` +
      '<font>欧美日韩国产精品一区二区 亚洲AV无码专区</font><br id="b2">' +
      '北京赛车pk10开奖直播 时时彩计划网 欧美日韩国产精品一区二区<br id="b3">' +
      '<img src="x.png" alt=""><font>澳门新葡京娱乐场 百家乐真人在线 网上赌场注册送彩金</font><br id="b4">' +
      `<font>欧美日韩国产精品一区二区 亚洲AV无码专区</font> <b>${prose[2]}</b><br id="b5">` +
      '网上赌场注册送彩金 北京赛车pk10开奖直播 时时彩计划网</div>';
    const c = classifyPage(document);
    // The <font> line and the bare line lose their breaks; the line keeping an image, and the
    // line keeping prose, keep theirs; the last line, with no break after it, takes the one before.
    expect(c.lineGaps.map((g) => g.br.id)).toEqual(['b2', 'b3', 'b5']);
    const [font, bare, last] = c.lineGaps;
    expect(font?.parts.map((p) => p.localName)).toEqual(['font']);
    expect(font?.texts).toEqual([]);
    expect(bare?.texts.map((t) => t.data)).toEqual(['北京赛车pk10开奖直播 时时彩计划网 欧美日韩国产精品一区二区']);
    expect(last?.texts).toHaveLength(1);
  });

  it('still hides a block of stuffed keyword lines whole, even when no line is spam alone', () => {
    document.title = '县政协召开2024年度提案工作总结会';
    const words = ['澳门赌场', '百家乐', '六合彩', '真人娱乐', '网上投注', '时时彩', '北京赛车', '老虎机', '彩票计划', '赌博网站', '博彩公司', '体育投注'];
    document.body.innerHTML =
      `<div id="article"><h1>县政协召开2024年度提案工作总结会</h1>${prose.map((p) => `<p>${p}</p>`).join('')}</div>` +
      `<div id="stuffed">${words.map((w) => `${w}平台官方网站首页最新地址`).join('<br>')}</div>`;
    const c = classifyPage(document);
    const spam = c.blocks.filter((b) => b.kind === 'spam').map((b) => b.el);
    expect(spam).toContain(document.getElementById('stuffed'));
  });
});

describe('boilerplate lines among an article\'s text-and-<br> lines', () => {
  const cell = (lines: string[]) => `<table><tr><td id="nav"><a href="/">网站首页</a> | <a href="/a">政协要闻</a> | <a href="/b">委员之窗</a></td></tr><tr><td id="cell">${lines.join('<br>')}<br></td></tr></table>`;
  // The headline and a line of the meeting report the cells are built around.
  const headline = '县政协召开十届三次常委会议';
  const meeting = '5月11日，县政协召开十届三次常委会议。会议应到常委35人，实到31人，符合规定人数。';
  const hiddenLines = (c: ReturnType<typeof classifyPage>) => {
    const byLine = new Map<string, string>();
    for (const l of c.textLines) byLine.set(l.excerpt, l.sub);
    return [...byLine];
  };

  it('lists the breadcrumb, widget, pager, share and related lines by kind; keeps the headline after the breadcrumb, the lines around them and a sentence', () => {
    document.title = '县政协召开十届三次常委会议_某县政协网';
    document.body.innerHTML = cell([
      '当前位置：<a href="/">首页</a> &gt; <a href="/a">政协要闻</a>',
      `<b id="h">${headline}</b>`,
      '发布时间：2023-05-12 来源：县政协办公室 浏览次数：1325',
      meeting,
      '【<a href="javascript:print()">打印本页</a>】【<a href="javascript:close()">关闭窗口</a>】',
      '更多委员参与其中。',
      '（来源：人民政协报）',
      '责任编辑：张三',
      '分享到：<a href="#">微信</a> <a href="#">微博</a>',
      '相关新闻：<a href="/x1">县政协开展专题调研</a> <a href="/x2">县政协召开主席会议</a>',
      '上一篇：县政协开展“委员进企业”活动',
    ]);
    const c = classifyPage(document);
    expect(c.main?.id).toBe('cell');
    expect(c.headline?.id).toBe('h');
    expect(hiddenLines(c)).toEqual([
      ['当前位置：首页 > 政协要闻', 'breadcrumb'],
      ['【打印本页】【关闭窗口】', 'tools'],
      ['分享到：微信 微博', 'share'],
      ['相关新闻：县政协开展专题调研 县政协召开主席会议', 'related'],
      ['上一篇：县政协开展“委员进企业”活动', 'pager'],
    ]);
    // Every text of a line goes, links too, and each line's break with it; one id per line.
    const crumb = c.textLines.filter((l) => l.sub === 'breadcrumb');
    expect(crumb.map((l) => l.node.data.trim())).toEqual(['当前位置：', '首页', '>', '政协要闻']);
    expect(new Set(crumb.map((l) => l.fingerprint)).size).toBe(1);
    expect(c.lineGaps).toHaveLength(5);
    expect(c.lineGaps.every((g) => g.br.localName === 'br' && g.texts.length > 0)).toBe(true);
    // What the figures read: the article, none of the hidden lines.
    expect(figuresOf(c)?.figures.map((f) => f.raw)).toEqual(['35人', '31人']);
  });

  it('works the same in Traditional script and when the article is the body', () => {
    document.title = '縣政協召開十屆三次常委會議';
    const lines = ['您現在的位置：<a href="/">首頁</a> &gt;&gt; <a href="/a">政協要聞</a>', '<b>縣政協召開十屆三次常委會議</b>', '5月11日，縣政協召開十屆三次常委會議。會議應到常委35人，實到31人，符合規定人數。', '【字體：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】【<a href="#">打印</a>】', '下一篇：縣政協主席帶隊調研'];
    document.body.innerHTML = lines.join('<br>');
    const c = classifyPage(document);
    expect(c.main).toBe(document.body);
    expect(hiddenLines(c).map(([, kind]) => kind)).toEqual(['breadcrumb', 'tools', 'pager']);
  });

  it('hides the link lines after a related-news heading line as its list, one item with it; a link line elsewhere stays', () => {
    document.title = '县政协开展委员履职培训';
    const article = '<p>4月9日，县政协举办委员履职能力提升培训班，全体县政协委员共120余人参加培训。今年以来，县政协已举办各类培训4期。</p>';
    const page = (heading: string) =>
      `<div id="c"><h1>县政协开展委员履职培训</h1>${article}<a id="own" href="/fj.doc">培训课程安排表</a><br>${article}${heading}<br>` +
      '<a href="/n1.html">县政协召开主席会议</a><br>· <a href="/n2.html">县政协开展专题视察</a> 2024-04-02<br><a href="/n3.html">县政协委员深入基层开展调研</a><br>' +
      '【<a href="#">关闭窗口</a>】</div>';
    document.body.innerHTML = page('相关链接：');
    let c = classifyPage(document);
    const listed = c.textLines.filter((l) => l.sub === 'related');
    expect(listed.map((l) => l.node.data.trim())).toEqual(['相关链接：', '县政协召开主席会议', '·', '县政协开展专题视察', '2024-04-02', '县政协委员深入基层开展调研']);
    expect(new Set(listed.map((l) => l.fingerprint)).size).toBe(1);
    expect(c.textLines.filter((l) => l.sub === 'tools').map((l) => l.node.data.trim())).toEqual(['【', '】']);
    expect(c.textLines.some((l) => l.node.parentElement?.id === 'own')).toBe(false);
    // A heading the page wraps in an element of its own heads the list too, under its id.
    document.body.innerHTML = page('<b>相关链接</b>');
    c = classifyPage(document);
    const heading = c.blocks.find((b) => b.el.localName === 'b');
    expect(heading?.sub).toBe('related');
    const items = c.textLines.filter((l) => l.sub === 'related');
    expect(items.map((l) => l.node.data.trim())).toContain('县政协委员深入基层开展调研');
    expect(items.every((l) => l.fingerprint === heading?.fingerprint)).toBe(true);
  });

  it('hides a line of three or more short links with only separators between them as a menu; links in a sentence or after a label stay', () => {
    document.title = '市政协召开常委会议';
    document.body.innerHTML =
      '<a href="/">网站首页</a> | <a href="/a">政协要闻</a> | <a href="/b">委员风采</a> | <a href="/c">提案工作</a><br><center><b>市政协召开常委会议</b></center><br>' +
      '3月11日，市政协召开十届十五次常委会议，应到常委32名，实到29名，符合规定人数。会议听取了关于提案工作的报告。<br>' +
      '会议审议通过了工作要点，确定年度协商议题8个，详见<a href="/f1">附件1</a>、<a href="/f2">附件2</a>、<a href="/f3">附件3</a>。<br>' +
      '会议要求，全体常委要带头履职尽责，深入调查研究，为全市高质量发展贡献政协力量。<br>' +
      '关键词：<a href="/t1">政协</a> <a href="/t2">提案</a> <a href="/t3">协商</a><br>' +
      '<a href="/x">政协动态</a> · <a href="/y">通知公告</a> · <a href="/z">联系我们</a>';
    const c = classifyPage(document);
    expect(c.main).toBe(document.body);
    const menus = new Map<string, string>();
    for (const l of c.textLines) menus.set(l.fingerprint, l.excerpt);
    expect([...menus.values()]).toEqual(['网站首页 | 政协要闻 | 委员风采 | 提案工作', '政协动态 · 通知公告 · 联系我们']);
    expect(c.textLines.every((l) => l.sub === 'nav')).toBe(true);
  });

  it('leaves a line an element of the page already hides, and a line with an image of its own', () => {
    document.title = headline;
    document.body.innerHTML = cell([
      `<b>${headline}</b>`,
      meeting,
      '<span id="tools">【打印本页】【关闭窗口】</span>',
      '分享到：<img src="wx.png" alt="微信"><img src="wb.png" alt="微博">',
    ]);
    const c = classifyPage(document);
    expect(c.blocks.map((b) => b.el.id)).toContain('tools');
    expect(c.textLines).toEqual([]);
  });
});

describe('prose that talks about gambling is not spam', () => {
  it('keeps paragraphs that mention casinos and lotteries in sentences, and hides spam sentences', () => {
    const news = [
      '会上，委员们围绕打击跨境赌博和电信网络诈骗建言献策。有委员提出，境外赌场通过网络招揽参赌人员，百家乐、六合彩等赌博形式花样翻新，要加强源头治理。',
      '委员建议，规范体育彩票和福利彩票销售网点管理，严厉打击私彩、地下六合彩等违法犯罪活动。',
      '政协委员深入调研国产精品品牌建设，提出加快培育一批国产精品和“老字号”品牌的建议。',
    ];
    const spam = [
      '澳门葡京娱乐场官网，注册送彩金，百家乐真人在线，欢迎您的光临！',
      '本站提供最新最全的亚洲欧美日韩国产精品一区二区视频在线观看，每日更新，高清无码免费观看。',
      '太阳城娱乐城是亚洲最大的在线博彩平台，提供百家乐、老虎机、体育投注等多种游戏，新会员注册即送彩金。',
    ];
    const intro = '<p>县政协召开常委会议，围绕推动高质量发展协商议政。会议听取了有关工作情况的通报，委员们踊跃发言，提出了许多有价值的意见建议。</p>';
    document.title = '县政协召开常委会议';
    document.body.innerHTML =
      `<div id="a"><h1>县政协召开常委会议</h1>${intro}${news.map((p, i) => `<p id="n${i}">${p}</p>`).join('')}` +
      `${spam.map((p, i) => `<p id="s${i}">${p}</p>`).join('')}</div>`;
    const hidden = classifyPage(document).blocks.map((b) => b.el.id);
    expect(hidden).toEqual(['s0', 's1', 's2']);
  });

  it('keeps a short news sentence with two gambling words (Macau news), and hides a short one that says how to reach the seller', () => {
    const intro = '<p>港澳地區全國政協委員聯組會昨日舉行，委員們圍繞經濟適度多元發展建言獻策，提出了許多有價值的意見建議。</p>';
    document.title = '澳區全國政協委員：推動經濟適度多元發展';
    document.body.innerHTML =
      `<div id="a"><h1>澳區全國政協委員：推動經濟適度多元發展</h1>${intro}` +
      '<p id="n0">首季博彩毛收入574億，按季升6%；中場百家樂毛收入佔總額六成。</p>' +
      '<p id="n1">委員建議，博彩業要朝向適度和健康發展，嚴厲打擊地下賭場。</p>' +
      '<p id="s0">百家樂真人娛樂城，首存送彩金，客服微信abc12345。</p>' +
      '<p id="s1">葡京娛樂城官網開戶，博彩平台加微信vip8888。</p></div>';
    const hidden = classifyPage(document).blocks.map((b) => b.el.id);
    expect(hidden).toEqual(['s0', 's1']);
  });
});

describe('titleSpam', () => {
  it.each([
    // A headline that names gambling is the page's own title.
    ['愛國愛澳者必須積極配合政府修改博彩法_風聞', null],
    ['委员建议打击网络赌场 - 人民政协网', null],
    ['首季博彩毛收入574億 按季升6%｜澳門日報', null],
    // Segments of spam keywords are cut.
    ['澳门葡京娱乐城_百家乐 - 政协委员履职', '政协委员履职'],
    ['太阳城官网 - 县政协召开常委会议', '县政协召开常委会议'],
    ['澳门新葡京官网_市政协召开常委会议-XX市政协网', '市政协召开常委会议-XX市政协网'],
    ['打击网络赌场平台专项行动 - 政协委员建言', null],
    // Nothing but spam: nothing is left (the headline stands in for it on the page); words that
    // are spam only in company (久久, 免费, 精品) have it there.
    ['欧美成人精品视频在线不卡,久久久这里只有免费精品29,六十路老熟妇乱子伦视频日本,在线观看精品国内', ''],
    ['久久久这里只有免费精品29_市政协召开常委会议', null],
    // (A cinema is spam only in company: 色97久久久综合影院 beside porn; 委员建议建设影院 is news.)
    ['少妇人妻中文字幕久久,男女猛烈无遮掩视频免费,在线看免费无码av天堂,色97久久久综合影院', ''],
    ['委员建议多建社区影院 - 市政协', null],
  ])('%s', (title, clean) => {
    expect(titleSpam(title)?.clean ?? null).toBe(clean);
  });
});
