// Stage two: is this page a CPPCC news article? Pure: (url, Document) -> Detection.
// Signals are weighed together; every signal that moved the score becomes a reason.
import { dataTableWeight } from '../dom/table';
import { walkText } from '../dom/walk';
import { countScripts, countTerms, isChineseText, matchForm, countPunct } from '../text/han';
import { CPPCC_MARK } from './quick';
import { hostOf, knownCppccHost } from './hosts';
import { CPPCC_TERMS, NPC_TERMS, weigh } from './vocab';

export type SignalId =
  | 'not-html'
  | 'not-chinese'
  | 'title'
  | 'headline'
  | 'body-mentions'
  | 'density'
  | 'host'
  | 'npc'
  | 'no-article'
  | 'link-page'
  | 'article'
  | 'no-mention';

export interface Signal {
  id: SignalId;
  /** Contribution to the score (0 for informative signals). */
  weight: number;
  value?: string | number;
  /** zh-CN text, e.g. 标题含"政协". The UI may localise by id. */
  text: string;
}

export interface Detection {
  isCppcc: boolean;
  score: number;
  reasons: string[];
  signals: Signal[];
}

export interface DetectOptions {
  /** User-added CPPCC terms (options page). */
  extraTerms?: readonly string[];
  maxNodes?: number;
}

export const THRESHOLD = 6;
const MAX_TEXT = 400_000;

interface ContentStats {
  text: string;
  han: number;
  linkChars: number;
  textChars: number;
  longestBlock: number;
  proseBlocks: number;
}

/** Visible-ish body text outside links and page chrome, with the page's prose shape. */
export function contentStats(body: Element, maxNodes?: number): ContentStats {
  // Per block: its Han and punctuation, and the prose lines among its <br>-separated lines
  // (old CMS pages write a whole article as text and <br> in one cell).
  const perBlock = new Map<Element, { han: number; punct: number; lines: number; lineHan: number; linePunct: number }>();
  const closeLine = (b: { lines: number; lineHan: number; linePunct: number }) => {
    if (isProse(b.lineHan, b.linePunct)) b.lines++;
    b.lineHan = b.linePunct = 0;
  };
  let lineBreak = false;
  const parts: string[] = [];
  let size = 0;
  let linkChars = 0;
  let textChars = 0;
  walkText(
    body,
    (node, ctx) => {
      if (ctx.hidden) return;
      const data = node.data;
      const len = data.trim().length;
      if (!len) return;
      textChars += len;
      if (ctx.inLink) {
        linkChars += len;
        return;
      }
      if (ctx.inChrome) return;
      if (size < MAX_TEXT) {
        const piece = data.length > MAX_TEXT - size ? data.slice(0, MAX_TEXT - size) : data;
        parts.push(piece);
        size += piece.length;
      }
      const sample = data.length > 20_000 ? data.slice(0, 20_000) : data;
      let b = perBlock.get(ctx.block);
      if (!b) perBlock.set(ctx.block, (b = { han: 0, punct: 0, lines: 0, lineHan: 0, linePunct: 0 }));
      if (lineBreak) closeLine(b);
      lineBreak = false;
      const han = countScripts(sample).han;
      const punct = countPunct(sample);
      b.han += han;
      b.punct += punct;
      b.lineHan += han;
      b.linePunct += punct;
    },
    {
      maxNodes,
      enter: (el) => {
        if (el.localName === 'br') lineBreak = true;
      },
    },
  );
  // Prose blocks: enough Han text, punctuated like sentences (menus and lists are not).
  // News paragraphs are short, so the article is measured on the container that holds them.
  let proseBlocks = 0;
  const containers = new Map<Element, number>();
  for (const [el, b] of perBlock) {
    if (!isProse(b.han, b.punct)) continue;
    closeLine(b);
    proseBlocks += Math.max(1, b.lines);
    containers.set(el, (containers.get(el) ?? 0) + b.han);
    const parent = el.parentElement;
    if (parent) containers.set(parent, (containers.get(parent) ?? 0) + b.han);
  }
  let longestBlock = 0;
  for (const han of containers.values()) longestBlock = Math.max(longestBlock, han);
  const text = parts.join('\n');
  return { text, han: countScripts(text).han, linkChars, textChars, longestBlock, proseBlocks };
}

/** A data table in the page (dom/table: names and numbers, not layout, not links). */
function hasDataTable(body: Element): boolean {
  for (const table of body.querySelectorAll('table')) if (dataTableWeight(table) > 0) return true;
  return false;
}

/** Enough Han text, punctuated like sentences (menus and lists are not). */
function isProse(han: number, punct: number): boolean {
  return han >= 20 && punct >= 1 && punct * 60 >= han;
}

function headlineText(doc: Document): string {
  const h = doc.querySelector('h1') ?? doc.querySelector('h2');
  return (h?.textContent ?? '').trim().slice(0, 300);
}

export function detect(url: string, doc: Document, opts: DetectOptions = {}): Detection {
  const signals: Signal[] = [];
  const done = (isCppcc: boolean): Detection => {
    const score = Math.round(signals.reduce((s, x) => s + x.weight, 0) * 10) / 10;
    return { isCppcc, score, reasons: signals.map((s) => s.text), signals };
  };
  const root = doc.documentElement;
  if (!root || root.namespaceURI !== 'http://www.w3.org/1999/xhtml' || !doc.body) {
    signals.push({ id: 'not-html', weight: 0, text: '不是 HTML 文章页面' });
    return done(false);
  }
  const stats = contentStats(doc.body, opts.maxNodes);
  const scripts = countScripts(stats.text);
  if (scripts.han + scripts.latin < 50) {
    signals.push({ id: 'no-article', weight: 0, text: '页面几乎没有正文' });
    return done(false);
  }
  if (!isChineseText(scripts)) {
    const lang = root.getAttribute('lang') || '';
    signals.push({ id: 'not-chinese', weight: 0, value: lang, text: `不是中文页面${lang ? `（lang=${lang}）` : ''}` });
    return done(false);
  }

  const title = matchForm(doc.title);
  const headline = matchForm(headlineText(doc));
  const body = matchForm(stats.text);
  let mark = false;
  if (CPPCC_MARK.test(title)) {
    mark = true;
    signals.push({ id: 'title', weight: 3, text: '标题含"政协"' });
  }
  if (CPPCC_MARK.test(headline)) {
    mark = true;
    signals.push({ id: 'headline', weight: signals.length ? 1 : 3, text: '大标题含"政协"' });
  }
  const mentions = (body.match(/政协/g) ?? []).length;
  if (mentions) signals.push({ id: 'body-mentions', weight: Math.min(mentions, 8) * 0.6, value: mentions, text: `正文"政协"出现 ${mentions} 次` });

  const terms = [...CPPCC_TERMS, ...(opts.extraTerms ?? []).map((t) => ({ term: matchForm(t), weight: 1 }))];
  const cppcc = weigh(countTerms(body, terms.map((t) => t.term)), terms);
  const npc = weigh(countTerms(body, NPC_TERMS.map((t) => t.term)), NPC_TERMS);
  const densityPermille = stats.han ? (cppcc.chars / stats.han) * 1000 : 0;
  if (densityPermille >= 0.5)
    signals.push({
      id: 'density',
      weight: Math.min(densityPermille, 40) / 8,
      value: Number(densityPermille.toFixed(1)),
      text: `${cppcc.top.slice(0, 3).join('/') || '政协'} 等术语密度 ${densityPermille.toFixed(1)}‰`,
    });
  if (!mark && mentions < 2) signals.push({ id: 'no-mention', weight: 0, value: mentions, text: mentions ? '正文只提到一次"政协"' : '标题和正文都没有提到"政协"' });
  const host = knownCppccHost(hostOf(url));
  if (host) signals.push({ id: 'host', weight: 1, value: host, text: `站点 ${host}` });
  if (npc.score > cppcc.score && npc.score >= 3) {
    signals.push({ id: 'npc', weight: -Math.min(6, (npc.score - cppcc.score) / 2), value: npc.score, text: `人大术语（${npc.top.slice(0, 3).join('/')}）多于政协术语` });
  }
  const linkShare = stats.textChars ? stats.linkChars / stats.textChars : 0;
  // A short brief (two paragraphs and a table of figures) is an article when its headline is the
  // page's title: an index page's snippets do not carry one.
  const titled = headline.replace(/\s+/g, '').length >= 8 && title.replace(/\s+/g, '').includes(headline.replace(/\s+/g, ''));
  const byProse = stats.proseBlocks >= 2 && (stats.longestBlock >= 100 || (titled && stats.longestBlock >= 50));
  // So is a titled report of a paragraph or two and data tables (a 通报 of 提案 by 承办单位).
  const article = byProse || (titled && stats.proseBlocks >= 1 && stats.longestBlock >= 20 && hasDataTable(doc.body));
  if (!article) signals.push({ id: 'no-article', weight: -4, text: '没有成段的正文（可能是列表或首页）' });
  else signals.push({ id: 'article', weight: 0, value: stats.han, text: `正文约 ${stats.han} 字，${stats.proseBlocks} 段` });
  if (linkShare > 0.6 && stats.longestBlock < 400) signals.push({ id: 'link-page', weight: -2, value: Math.round(linkShare * 100), text: `链接文字占 ${Math.round(linkShare * 100)}%` });

  const total = signals.reduce((s, x) => s + x.weight, 0);
  return done(article && total >= THRESHOLD && (mark || mentions >= 2) && !signals.some((s) => s.id === 'npc' && s.weight <= -3));
}
