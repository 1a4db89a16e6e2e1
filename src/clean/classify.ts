// Classifies a page's blocks as main, boilerplate or spam, each with a reason. Pure: it reads
// the DOM (and computed styles for hiding tricks) and returns data; ./apply.ts touches the page.
//
// Main text is found with a text- and punctuation-density model that works for Chinese:
// each prose block scores its Han characters, damped when it is thin on punctuation or made
// of links; its parent gets the full score and its grandparent half (as Readability does, but
// with no English class-name regexes). The best-scoring container is the article body.
import { dataTableWeight } from '../dom/table';
import { walkText } from '../dom/walk';
import { dropInvisible, matchForm, measureText, type TextMeasure } from '../text/han';
import { HiddenProbe } from './hidden';
import { BOILERPLATE_ANY, boilerplateKind, SHARE_TARGET, FULL_DATE, isBylineLine, isMetadataLine, isPlaceList, isSolicitation, isSpamText, LIST_HINT, mayHaveSpamTerm, spamScore, SPAM_ANY, SPIDER_POOL, type BoilerplateKind } from './lexicon';
import { fingerprint } from './fingerprint';
import { findBoilerplateLines, lineGaps, MEDIA, ownLines, type LineGap, type OwnLine, type TextLine } from './lines';
import { boilerplateReason, REASONS } from './reasons';

export type { LineGap, TextLine } from './lines';

export type BlockKind = 'spam' | 'boilerplate';

export interface ClassifiedBlock {
  el: Element;
  kind: BlockKind;
  /** spam: keywords | spider-pool | hidden-links | marquee | links; boilerplate: a BoilerplateKind or 'chrome'. */
  sub: string;
  reason: string;
  fingerprint: string;
  /** The user chose to keep this block visible on this site. */
  unhidden: boolean;
}

export interface TitleSpam {
  clean: string;
  cut: string[];
}

export interface Classification {
  main: Element | null;
  headline: Element | null;
  /** Headline, subtitle, metadata line and main container: what the reader keeps. */
  keep: Element[];
  /** The date/source line (in keep too), when it stands apart from the article. */
  meta: Element | null;
  blocks: ClassifiedBlock[];
  title: TitleSpam | null;
  /**
   * Text hidden line by line, having no element of its own to hide: spam written as bare text
   * (before the page's first tag, or among an article's text-and-<br> lines), and boilerplate
   * lines among the article's lines (当前位置：<a>首页</a> > …). Cleanup blanks them through the
   * text layer, which puts them back exactly.
   */
  textLines: TextLine[];
  /**
   * Line breaks that would leave an empty line where a whole line of spam is hidden: hidden with
   * it while every part of that line is hidden (blanked texts, hidden inline elements).
   */
  lineGaps: LineGap[];
}

export interface ClassifyOptions {
  spamTerms?: readonly string[];
  /** Fingerprints of blocks the user unhid on this site. */
  unhidden?: ReadonlySet<string>;
  /** Elements to leave alone entirely (the extension's own UI). */
  ignore?: (el: Element) => boolean;
  maxNodes?: number;
}

interface Stats {
  chars: number;
  linkChars: number;
  han: number;
  punct: number;
  links: number;
}

/** Characters of each block kept for the lexicon checks. */
const SAMPLE = 1200;
const HAN_G = /\p{Script=Han}/gu;
const INERT = new Set(['script', 'style', 'noscript', 'template', 'link', 'meta', 'base', 'title', 'head']);

const newStats = (): Stats => ({ chars: 0, linkChars: 0, han: 0, punct: 0, links: 0 });

/** At least the first max characters of el's textContent (whitespace dropped when squash),
 * read node by node: a 200 KB comment section costs what its first lines cost. */
function textHead(el: Element, max: number, squash = false): string {
  let t = '';
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* SHOW_TEXT */);
  for (let n = walker.nextNode(); n && t.length < max; n = walker.nextNode()) t += squash ? (n as Text).data.replace(/\s+/g, '') : (n as Text).data;
  return t;
}

/** The first max characters of el's textContent, whitespace collapsed. */
function textOf(el: Element, max = 2000): string {
  const t = textHead(el, max);
  return (t.length > max ? t.slice(0, max) : t).replace(/\s+/g, ' ').trim();
}

/**
 * Collects classified blocks: one per element, spam outranking boilerplate, each with the
 * fingerprint a user's "keep this block" choice is remembered by.
 */
function blockMarker(unhidden: ReadonlySet<string> = new Set()) {
  const blocks: ClassifiedBlock[] = [];
  const marked = new Map<Element, ClassifiedBlock>();
  const mark = (el: Element, kind: BlockKind, sub: string, reason: string) => {
    const prev = marked.get(el);
    if (prev && (prev.kind === 'spam' || kind === 'boilerplate')) return;
    const fp = fingerprint(kind, textOf(el, 300) || imagesOf(el) || el.localName);
    const block: ClassifiedBlock = { el, kind, sub, reason, fingerprint: fp, unhidden: unhidden.has(fp) };
    if (prev) blocks.splice(blocks.indexOf(prev), 1, block);
    else blocks.push(block);
    marked.set(el, block);
  };
  return { blocks, mark, marked: (el: Element) => marked.has(el), blockAt: (el: Element) => marked.get(el) };
}

export function classifyPage(doc: Document, opts: ClassifyOptions = {}): Classification {
  const body = doc.body;
  const empty: Classification = { main: null, headline: null, keep: [], meta: null, blocks: [], title: null, textLines: [], lineGaps: [] };
  if (!body) return empty;
  const ignore = opts.ignore ?? (() => false);
  const probe = new HiddenProbe(doc.defaultView as Window | null);
  const blockStats = new Map<Element, Stats>();
  const elemStats = new Map<Element, Stats>();
  const blockText = new Map<Element, string>();

  // ---- A. one walk: per-block and per-ancestor text statistics ----
  collectStats(body, blockStats, elemStats, { ...opts, ignore }, blockText);

  // ---- B. score prose blocks into their containers ----
  const scores = new Map<Element, number>();
  // (Only the body and what is in it: an article written as the body's own text bumps the
  // body's parent, <html>, which would take <title> for the headline.)
  const bump = (el: Element | null, v: number) => {
    if (el && v > 0 && el !== doc.documentElement) scores.set(el, (scores.get(el) ?? 0) + v);
  };
  for (const [block, s] of blockStats) {
    if (s.han < 15 || s.punct === 0) continue;
    const linkRatio = s.chars ? s.linkChars / s.chars : 0;
    const prose = s.han * Math.min(1, (s.punct * 25) / s.han) * (1 - linkRatio);
    if (prose <= 0) continue;
    bump(block, prose);
    bump(block.parentElement, prose);
    bump(block.parentElement?.parentElement ?? null, prose / 2);
  }
  // Data tables are the article's content as its paragraphs are (a report sets its figures out
  // in them): each adds to the nearest container above it that holds prose.
  const proseless = scores.size === 0;
  let heaviest: Element | null = null;
  let heaviestWeight = 0;
  for (const table of body.querySelectorAll('table')) {
    const w = dataTableWeight(table);
    if (!w) continue;
    if (w > heaviestWeight) {
      heaviestWeight = w;
      heaviest = table;
    }
    for (let e = table.parentElement, up = 0; e && up < 3; e = e.parentElement, up++) {
      if (scores.has(e)) {
        bump(e, w);
        break;
      }
    }
  }
  let main: Element | null = null;
  let best = 0;
  for (const [el, score] of scores) {
    const s = elemStats.get(el);
    const linkDensity = s && s.chars ? s.linkChars / s.chars : 0;
    const v = score * (1 - linkDensity);
    // (A paragraph is no article's container: on a tie its container is, with what else it holds.)
    if (v > best || (v === best && main?.localName === 'p' && el.contains(main))) {
      best = v;
      main = el;
    }
  }
  if (best < 40) main = null;
  // (A page of no prose at all whose content is a data table, opened with the lens forced on: the
  // table's container is the article.)
  if (proseless && heaviest && heaviestWeight >= 20) main = heaviest.parentElement === body ? body : heaviest.parentElement;

  const { blocks, mark, marked, blockAt } = blockMarker(opts.unhidden);
  const lines = new Map<Text, TextLine>();
  const lineGaps: LineGap[] = [];

  // ---- C. headline, subtitle, metadata line ----
  const title = titleSpam(doc.title, opts.spamTerms);
  const keep: Element[] = [];
  let headline: Element | null = null;
  let meta: Element | null = null;
  if (main) {
    headline = findHeadline(doc, main, title, opts.spamTerms ?? []);
    meta = findMetadata(main, headline);
    const subtitle = headline ? findSubtitle(headline, main, meta) : null;
    for (const k of [headline, subtitle, meta, ...findBylines(main)]) if (k && !keep.includes(k) && !k.contains(main)) keep.push(k);
    if (meta?.contains(main)) meta = null;
    keep.push(main);

    // ---- D. boilerplate: everything beside the path from <body> to the kept elements ----
    const path = new Set<Element>();
    for (const k of keep) for (let e: Element | null = k; e && e !== body; e = e.parentElement) path.add(e);
    const isKeptOrInside = (el: Element) => keep.some((k) => k === el || k.contains(el));
    for (const p of [body, ...path]) {
      if (isKeptOrInside(p)) continue;
      for (let c = p.firstElementChild; c; c = c.nextElementSibling) {
        if (path.has(c) || isKeptOrInside(c) || INERT.has(c.localName) || ignore(c)) continue;
        if (!hasVisibleContent(c, elemStats.get(c))) continue;
        const text = textOf(c, 400);
        const kind = boilerplateKind(matchForm(text)) ?? chromeKind(c, elemStats.get(c));
        mark(c, 'boilerplate', kind, boilerplateReason(kind));
      }
    }
    // ---- E. boilerplate inside the kept areas (share bars, copyright lines, link lists, widgets) ----
    for (const k of keep) sweepInside(k, k === main, elemStats, mark, ignore, blockText);
    // Boilerplate written as lines of text among the article's own lines.
    const within = keep.filter((k) => k !== headline);
    findBoilerplateLines(within, headline, blockStats, blockText, marked, blockAt, ignore, opts.unhidden, (l) => lines.set(l.node, l), (g) => lineGaps.push(g));
    // (When the article is the body, a link list above its headline is the site's menu, not
    // related news.)
    if (main === body && headline) {
      for (const b of blocks) {
        if (b.kind === 'boilerplate' && b.sub === 'related' && b.el.compareDocumentPosition(headline) & 4 /* following */) {
          b.sub = 'nav';
          b.reason = boilerplateReason('nav');
        }
      }
    }
  }

  // ---- F. spam, anywhere on the page ----
  // (A text in a boilerplate line that is spam too is listed as spam.)
  findSpam(doc, body, blockStats, probe, opts, mark, ignore, blockText, (t) => lines.set(t, spamLine(t, opts.unhidden)), (g) => lineGaps.push(g));
  return { main, headline, keep, meta, blocks, title, textLines: [...lines.values()], lineGaps };
}

/** Text (its measured non-whitespace characters) or media: something a reader would see. */
function hasVisibleContent(el: Element, s: Stats | undefined): boolean {
  return !!s?.chars || !!el.querySelector(MEDIA);
}

function chromeKind(el: Element, s: Stats | undefined): string {
  const tag = el.localName;
  if (tag === 'nav' || tag === 'header' || tag === 'footer' || tag === 'aside') return tag === 'aside' ? 'related' : tag === 'nav' ? 'nav' : tag;
  if (s && s.chars && s.linkChars / s.chars > 0.5) return 'nav';
  return 'chrome';
}

/** Top-down inside a kept element: hide link lists and short self-describing widgets. */
function sweepInside(
  root: Element,
  isMain: boolean,
  elemStats: Map<Element, Stats>,
  mark: (el: Element, kind: BlockKind, sub: string, reason: string) => void,
  ignore: (el: Element) => boolean,
  blockText?: Map<Element, string>,
): void {
  const stack: Element[] = [];
  for (let c = root.lastElementChild; c; c = c.previousElementSibling) stack.push(c);
  let visited = 0;
  // The last element hidden as a related-news heading or as a link after one: the links that
  // follow it, one per paragraph (往期回顾 <p><a>…</a></p> <p><a>…</a></p>), are its list.
  let relatedRun: Element | null = null;
  // The last element hidden as a share bar or a share target after one: the targets that follow
  // it, each an element of its own (分享至 微信 微博 QQ空间), are its bar.
  let shareRun: Element | null = null;
  while (stack.length && visited++ < 20_000) {
    const el = stack.pop() as Element;
    if (INERT.has(el.localName) || ignore(el)) continue;
    const s = elemStats.get(el);
    if (!s || !s.chars) {
      // (<p><img alt="二维码"></p> beside 长按识别二维码关注我们: a QR code of its own is the promo's.)
      if (isQrBlock(el)) mark(el, 'boilerplate', 'promo', boilerplateReason('promo'));
      continue;
    }
    if (shareRun && previousWithText(el) === shareRun && SHARE_TARGET.test((el.textContent ?? '').trim())) {
      mark(el, 'boilerplate', 'share', boilerplateReason('share'));
      shareRun = el;
      continue;
    }
    shareRun = null;
    const sample = blockText?.get(el);
    const text = sample !== undefined && s.chars <= sample.length ? sample.replace(/\s+/g, ' ').trim() : textOf(el, 400);
    const linkRatio = s.linkChars / s.chars;
    const afterRelated = relatedRun !== null && el.previousElementSibling === relatedRun;
    relatedRun = null;
    if (isMain && ((linkRatio > 0.6 && s.chars < 1500 && el.getElementsByTagName('a').length >= 3) || (afterRelated && linkRatio >= 0.8 && s.chars < 200))) {
      mark(el, 'boilerplate', 'related', boilerplateReason('related'));
      if (afterRelated) relatedRun = el;
      continue;
    }
    if (s.chars < 300 && BOILERPLATE_ANY.test(text)) {
      const kind = boilerplateKind(matchForm(text));
      // Keep the metadata line itself, whatever else shares its element (【字体：大 中 小】【打印】,
      // 分享到): the date and source stay; widgets that are its children get swept below.
      // (So does an editor line beside a widget: 【纠错】 【责任编辑:王五】.)
      // (A comment widget's lines add up to prose-like text: its counts and prompts say what it is.)
      if (kind && !isMetadataLine(matchForm(text)) && !isBylineLine(matchForm(text)) && (!isProse(s, text) || (kind === 'comments' && COMMENT_WIDGET.test(matchForm(text))))) {
        mark(el, 'boilerplate', kind, boilerplateReason(kind));
        if (kind === 'related') relatedRun = el;
        if (kind === 'share') shareRun = el;
        continue;
      }
    }
    if (isProse(s, text) && s.chars < 3000) continue;
    for (let c = el.lastElementChild; c; c = c.previousElementSibling) stack.push(c);
  }
}

/** The images a block is or holds. */
function imagesIn(el: Element): Element[] {
  return el.localName === 'img' ? [el] : Array.from(el.getElementsByTagName('img'));
}

/** What a block of images only shows: each image's alt text, or else its file name (二维码, qr.png). */
export function imagesOf(el: Element): string {
  const imgs = imagesIn(el).slice(0, 4);
  return imgs.map((img) => (img.getAttribute('alt') ?? '').trim() || ((img.getAttribute('src') ?? '').split('?')[0]?.split('/').pop() ?? '')).filter(Boolean).join(' ').slice(0, 80);
}

/** A block of images only, every one of them a QR code by its alt, title or file name. */
const QR_HINT = /二维码|二維碼|qr[-_ ]?code|(?:^|[/_.-])qr(?:[-_.]|\d|$)|wechat[-_]?code|weixin[-_]?code|gzh/i;
function isQrBlock(el: Element): boolean {
  const imgs = imagesIn(el);
  if (!imgs.length || imgs.length > 4 || el.getElementsByTagName('*').length > 8) return false;
  return imgs.every((img) => QR_HINT.test(`${img.getAttribute('alt') ?? ''} ${img.getAttribute('title') ?? ''} ${(img.getAttribute('src') ?? '').split('?')[0]}`));
}

/** The element before el among its siblings, passing over ones with no text (icons). */
function previousWithText(el: Element): Element | null {
  let p = el.previousElementSibling;
  for (let k = 0; p && k < 4 && !(p.textContent ?? '').trim(); k++) p = p.previousElementSibling;
  return p;
}

/** What only a comment widget says (0人参与, 0条评论, 抢沙发, 查看更多精彩评论). Match form. */
const COMMENT_WIDGET = /\d+\s*人参与|\d+\s*条评论|抢沙发|查看更多(?:精彩)?评论/;

/** Sentences, not labels: enough Han text with clause punctuation. */
function isProse(s: Stats, text: string): boolean {
  return s.han >= 40 && s.punct >= 2 && !/^(版权|版權|免责声明|免責聲明|分享|(?:特别|特別)?(?:声明|聲明)[:：])/.test(text);
}

/** The start of el's text without whitespace, in match form (pinyin artifacts shrink text, so
 * ten times what is kept is read). */
function squashed(el: Element): string {
  return matchForm(textHead(el, 2000, true)).slice(0, 200);
}

/**
 * The headline: a heading at the top of the article container, or else the element before the
 * article that best matches the page title (longest match, headings preferred, nearer is better).
 */
function findHeadline(doc: Document, main: Element, whole: TitleSpam | null, spamTerms: readonly string[]): Element | null {
  // (A hacked page's <h1> of porn keywords, its <title> too, is no headline.)
  const spam = (t: string): boolean => isSpamText(spamScore(matchForm(t), spamTerms));
  const inside = main.querySelector('h1,h2');
  if (inside && squashed(inside).length >= 4 && leadsContainer(main, inside) && !spam(squashed(inside))) return inside;
  const title = whole && !whole.clean ? '' : matchForm(doc.title.replace(/\s+/g, ''));
  // Old table pages: the headline is bold text at the top of the article's cell
  // (<td><font><b>headline</b></font><br>date…), the start of the page title.
  const lead = leadingTitleText(main, title);
  if (lead) return lead;
  const candidates: Element[] = [];
  const walker = doc.createTreeWalker(doc.body as Node, 1 /* SHOW_ELEMENT */);
  let n = 0;
  // (When the article is the body itself, the headline is among the elements before its prose.)
  const flat = main === doc.body;
  for (let e = walker.nextNode() as Element | null; e && n < 5000; e = walker.nextNode() as Element | null, n++) {
    if (!flat && (e === main || main.contains(e))) break;
    if (flat && !e.firstElementChild && hanCount(e.textContent ?? '') >= 40) break;
    candidates.push(e);
  }
  let best: Element | null = null;
  let bestScore = 0;
  // With no title to match (none, or a hacked one), the nearest heading before the article.
  let nearest: Element | null = null;
  let plain: Element | null = null;
  for (let i = candidates.length - 1, dist = 0; i >= 0 && dist < 400; i--, dist++) {
    const e = candidates[i] as Element;
    if (INERT.has(e.localName) || e.children.length > 3) continue;
    const t = squashed(e);
    if (t.length < 4 || t.length > 100 || spam(t)) continue;
    if (!nearest && (!title || whole) && /^h[1-3]$/.test(e.localName) && !e.closest('a')) nearest = e;
    // (No heading either: the nearest short line of its own before the article that reads as a
    // title — no link, no sentence end, not a date line or page furniture.)
    if (!plain && (!title || whole) && dist < 40 && !e.firstElementChild && !e.closest('a') && t.length >= 6 && t.length <= 60 && hanCount(t) >= 4 && !/[。！？；]$/.test(t) && !isMetadataLine(matchForm(t)) && !boilerplateKind(matchForm(t))) plain = e;
    // The page title repeats the headline; an <h1> may stand alone; other headings must match.
    const inTitle = !!title && title.includes(t);
    const h1 = e.localName === 'h1';
    if (!inTitle && !h1) continue;
    // Titles put the headline first (headline - channel - site): a match at the title's start
    // beats a longer one further in (a subtitle the title also carries). A link that matches
    // only the title's tail is the channel's or the site's name in a menu (新闻中心).
    const first = inTitle && title.startsWith(t);
    if (!first && !h1 && e.closest('a')) continue;
    const score = t.length * (inTitle ? 3 : 1) * (h1 ? 1.5 : 1) * (first ? 1.5 : 1) - dist * 0.2;
    if (score > bestScore) {
      bestScore = score;
      best = e;
    }
  }
  best ??= nearest ?? plain;
  return best ? highestSameText(best, squashed(best)) : inside && squashed(inside).length >= 4 && !spam(squashed(inside)) ? inside : null;
}

/**
 * The element at the top of container whose whole text starts the page title (4+ characters), if
 * any. A short line of links and bare text may come first (当前位置：<a>首页</a> > <a>要闻</a><br>).
 */
function leadingTitleText(container: Element, title: string): Element | null {
  if (title.length < 4) return null;
  const walker = container.ownerDocument.createTreeWalker(container, 4 /* SHOW_TEXT */);
  let before = 0;
  let el: Element | null = null;
  for (let t = walker.nextNode(); t && before <= 60; t = walker.nextNode()) {
    const text = (t.nodeValue ?? '').trim();
    if (!text) continue;
    // The container's first text in an element of its own (not a link) that starts the title.
    el = t.parentElement;
    if (el && el !== container && !el.closest('a')) break;
    before += text.length;
    el = null;
  }
  if (!el) return null;
  const text = squashed(el);
  return text.length >= 4 && title.startsWith(text) && (text.length >= 8 || text.length * 2 >= title.length) ? highestSameText(el, text) : null;
}

/** Is el among the first few elements of container (nothing but short labels before it)? */
function leadsContainer(container: Element, el: Element): boolean {
  const walker = container.ownerDocument.createTreeWalker(container, 4 /* SHOW_TEXT */);
  let before = 0;
  for (let t = walker.nextNode(); t; t = walker.nextNode()) {
    if (el.contains(t)) return true;
    before += (t.nodeValue ?? '').trim().length;
    if (before > 80) return false;
  }
  return false;
}

/** Climb while the parent shows the same text (e.g. <td><font><b>headline</b></font></td>). */
function highestSameText(el: Element, text: string): Element {
  let e = el;
  while (e.parentElement && e.parentElement !== e.ownerDocument.body && squashed(e.parentElement) === text) e = e.parentElement;
  return e;
}

/** The date/source line: between the headline and the article, or at the article's top. */
function findMetadata(main: Element, headline: Element | null): Element | null {
  const from = headline ?? main;
  const doc = main.ownerDocument;
  const walker = doc.createTreeWalker(doc.body as Node, 1);
  walker.currentNode = from;
  for (let i = 0, e = walker.nextNode() as Element | null; e && i < 60; i++, e = walker.nextNode() as Element | null) {
    if (e === main) continue;
    if (main.contains(e) && i > 20) break;
    const t = matchForm(textOf(e, 300));
    // (Up to 16 children: authors as links and a share bar of targets sit in the line too.)
    if (isMetadataLine(t) && e.children.length <= 16) return metaContainer(e, main);
    // The line right under the headline that is a date and little else (某某日报 2024-01-12 18:30).
    if (headline && i < 6 && !headline.contains(e) && !main.contains(e) && t.trim().length <= 60 && FULL_DATE.test(t) && e.children.length <= 8) return metaContainer(e, main);
    if (!main.contains(e) && main.compareDocumentPosition(e) & 4 /* following */) break;
  }
  return null;
}

/**
 * The source, editor or author lines right after the article (来源：…, 编辑：李某 审核：王某), found
 * next to it or next to one of its two nearest ancestors; at most three in a row.
 */
function findBylines(main: Element): Element[] {
  const nextOf = (e: Element) => {
    let n = e.nextElementSibling;
    while (n && (INERT.has(n.localName) || !(n.textContent ?? '').trim())) n = n.nextElementSibling;
    return n;
  };
  for (let e: Element | null = main, depth = 0; e && depth < 3 && e.localName !== 'body'; e = e.parentElement, depth++) {
    if (!nextOf(e)) continue;
    const lines: Element[] = [];
    for (let n = nextOf(e); n && lines.length < 3 && isBylineLine(matchForm(textOf(n, 100))); n = nextOf(n)) lines.push(n);
    return lines;
  }
  return [];
}

/** The smallest element holding the whole metadata line (its widgets included, swept later). */
function metaContainer(e: Element, main: Element): Element {
  let el = e;
  while (el.parentElement && !el.parentElement.contains(main) && textOf(el.parentElement, 400).length <= 200) el = el.parentElement;
  return el;
}

function findSubtitle(headline: Element, main: Element, meta: Element | null): Element | null {
  const next = headline.nextElementSibling;
  if (!next || next === main || next === meta || next.contains(main)) return null;
  const t = textOf(next, 200);
  if (t.length < 4 || t.length > 80 || isMetadataLine(matchForm(t))) return null;
  if (/^h[2-4]$/.test(next.localName) || /^——|^—/.test(t)) return next;
  return null;
}

// ---------------- spam ----------------

function hostOf(href: string, base: string): string {
  try {
    return new URL(href, base).hostname;
  } catch {
    return '';
  }
}

function findSpam(
  doc: Document,
  root: Element,
  blockStats: Map<Element, Stats>,
  probe: HiddenProbe,
  opts: ClassifyOptions,
  mark: (el: Element, kind: BlockKind, sub: string, reason: string) => void,
  ignore: (el: Element) => boolean,
  blockText: Map<Element, string>,
  markText: (t: Text) => void = () => undefined,
  markGap: (g: LineGap) => void = () => undefined,
): void {
  const userTerms = (opts.spamTerms ?? []).map(matchForm);
  const userAny = userTermsPattern(opts);
  // 1. Link farms: containers of external links that are hidden by CSS or named like spam.
  const base = doc.location?.href ?? doc.URL;
  const pageHost = hostOf(base, base);
  const counts = new Map<Element, number>();
  const body = doc.body ?? root;
  const anchors = root.getElementsByTagName('a');
  for (let i = 0; i < anchors.length && i < 20_000; i++) {
    const a = anchors[i] as HTMLAnchorElement;
    const href = a.getAttribute('href') ?? '';
    if (!/^(https?:)?\/\//i.test(href)) continue;
    const host = hostOf(href, base);
    if (!host || host === pageHost) continue;
    let e: Element | null = a.parentElement;
    for (let d = 0; e && e !== body && d < 4; d++, e = e.parentElement) {
      counts.set(e, (counts.get(e) ?? 0) + 1);
      if (e === root) break;
    }
  }
  const farms = [...counts].filter(([, n]) => n >= 3).map(([el]) => el);
  for (const el of farms) {
    const n = counts.get(el) as number;
    // Keep the tightest container: skip el when a descendant already holds most of its links.
    if (farms.some((o) => o !== el && el.contains(o) && (counts.get(o) as number) * 2 >= n)) continue;
    if (ignore(el)) continue;
    const trick = probe.hiddenBy(el) ?? firstLinkTrick(el, probe);
    if (trick) {
      mark(el, 'spam', 'hidden-links', `隐藏的外链（${trick}）`);
      continue;
    }
    const s = linkShare(el);
    if (s > 0.6 && isSpamText(spamScore(matchForm(textOf(el, 2000)), userTerms))) mark(el, 'spam', 'links', '垃圾外链');
  }
  // 2. Lexicon and list shape, block by block (hidden blocks included).
  for (const block of blockStats.keys()) {
    // The body's own text (spam a hacked page prints before its first tag lands there) can
    // only lose its spam lines: hiding the body would hide the page.
    const isBody = block === body;
    const raw = blockText.get(block) ?? '';
    // A cheap look first: most blocks carry no spam word and no list separators.
    const listy = LIST_HINT.test(raw);
    if (!listy && !(mayHaveSpamTerm(raw) && SPAM_ANY.test(raw)) && !(userAny && userAny.test(matchForm(raw)))) continue;
    const text = matchForm(raw.replace(/\s+/g, ' '));
    if (!isBody && listy && (SPIDER_POOL.test(text) || isPlaceList(text))) {
      mark(block, 'spam', 'spider-pool', '蜘蛛池地名列表');
      continue;
    }
    const score = spamScore(text, userTerms);
    if (!isSpamText(score)) continue;
    if (isBody) {
      const own = ownLines(block, blockStats, ignore);
      lineGaps(own, [], spamLines(own, userTerms, markText), markGap);
      continue;
    }
    const reason = `垃圾词：${score.terms.slice(0, 3).join('、')}`;
    // A real paragraph with spam links inside: hide only the spam parts. Text that is still
    // spam once the links are taken out (keyword stuffing) hides whole. A block with prose of
    // its own never hides whole either: prose in its child blocks (spam injected into the
    // article's container), or prose lines among its own lines (an article written as text
    // and <br>, with spam lines put between them).
    // (The block's own Han count from the walk: `raw` is only a sample of its text.)
    const childHan = hanCount(block.textContent ?? '') - (blockStats.get(block)?.han ?? hanCount(raw));
    let lines: OwnLine[] | null = null;
    const mixed = (): boolean => {
      if (childHan >= 60) return true;
      const residual = matchForm(residualText(block));
      const residualHan = hanCount(residual);
      if (residualHan >= 60 && !isSpamText(spamScore(residual, userTerms))) return true;
      // Prose that only talks about gambling or pornography (委员建议打击地下六合彩、网络赌场…)
      // is prose too: sentences, with few of its characters in spam terms.
      if (readsAsProse(residual, residualHan)) return true;
      lines = ownLines(block, blockStats, ignore);
      return proseHan(lines, userTerms) >= 60;
    };
    if (mixed()) {
      // The block's own inline parts (a child block is judged on its own), outermost first.
      const parts: Element[] = [];
      for (const a of Array.from(block.querySelectorAll(INLINE_PARTS))) {
        if (parts.some((p) => p.contains(a)) || ownerBlock(a, block, blockStats) !== block) continue;
        if (isSpamText(spamScore(matchForm(a.textContent ?? ''), userTerms))) {
          mark(a, 'spam', 'keywords', reason);
          parts.push(a);
        }
      }
      const own = lines ?? ownLines(block, blockStats, ignore);
      lineGaps(own, parts, spamLines(own, userTerms, markText), markGap);
    } else mark(outermostSpam(block, userTerms), 'spam', 'keywords', reason);
  }
  // 3. Marquees: spam when they carry spam words or external links, otherwise a ticker.
  const marquees: Element[] = Array.from(root.getElementsByTagName('marquee'));
  if (root.localName === 'marquee') marquees.push(root);
  for (const m of marquees) {
    const text = matchForm(textOf(m, 2000));
    const external = (counts.get(m) ?? 0) >= 2 || Array.from(m.querySelectorAll('a[href]')).filter((a) => hostOf(a.getAttribute('href') ?? '', base) !== pageHost).length >= 2;
    if (isSpamText(spamScore(text, userTerms)) || external) mark(m, 'spam', 'marquee', '滚动字幕里的垃圾链接');
    else mark(m, 'boilerplate', 'ticker', boilerplateReason('ticker'));
  }
}

/** One pattern for the user's own spam terms (in match form), or null when there are none. */
function userTermsPattern(opts: ClassifyOptions): RegExp | null {
  const terms = (opts.spamTerms ?? []).map(matchForm).filter(Boolean);
  return terms.length ? new RegExp(terms.map((t) => t.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|'), 'i') : null;
}

function linkShare(el: Element): number {
  const all = (el.textContent ?? '').replace(/\s+/g, '').length;
  let links = 0;
  for (const a of Array.from(el.getElementsByTagName('a'))) links += (a.textContent ?? '').replace(/\s+/g, '').length;
  return all ? links / all : 0;
}

function firstLinkTrick(el: Element, probe: HiddenProbe): string | null {
  const links = Array.from(el.getElementsByTagName('a')).slice(0, 3);
  if (!links.length) return null;
  const tricks = links.map((a) => probe.ownTrick(a) ?? probe.colourTrick(a));
  return tricks.every((t) => t) ? (tricks[0] as string) : null;
}

/** The nearest block holding el, up to `block`. */
function ownerBlock(el: Element, block: Element, blocks: Map<Element, unknown>): Element {
  for (let e = el.parentElement; e && e !== block; e = e.parentElement) if (blocks.has(e)) return e;
  return block;
}

function hanCount(s: string): number {
  return s.match(HAN_G)?.length ?? 0;
}

/** Inline elements that can carry an injected spam run inside a block with prose. */
const INLINE_PARTS = 'a,span,font,em,b,strong,i,u,small,big,label,strike,s,ins,mark';
/** Chinese sentence punctuation: a line of prose has some, a line of stuffed keywords rarely. */
const PROSE_PUNCT = /[，。；：、！？]/;
/** A sentence ends in it: a line of keywords has none. */
const SENTENCE_PUNCT = /[。；！？]/;
const SPAM_ALL = new RegExp(SPAM_ANY.source, 'gi');

/**
 * Sentences that mention spam words, not spam: 30+ Han characters (20+ with no way to reach a
 * seller: 首季博彩毛收入574亿，按季升6%。), a sentence end, and under a third of the characters
 * inside spam terms (stuffed keywords are all terms; an injected spam sentence names its casino
 * and its bonus in every phrase). Text in match form.
 */
function readsAsProse(text: string, han = hanCount(text)): boolean {
  if (han < 20 || (han < 30 && isSolicitation(text, true)) || !SENTENCE_PUNCT.test(text)) return false;
  let inTerms = 0;
  for (const m of text.matchAll(SPAM_ALL)) inTerms += m[0].length;
  return inTerms / han < 1 / 3;
}

/**
 * Han characters in the block's own prose lines (link text left out). A line is prose when it
 * has no strong spam term and reads as sentences (punctuation); lines of stuffed keywords, each
 * too short to be spam on its own, therefore never add up to prose.
 */
function proseHan(lines: readonly OwnLine[], userTerms: string[]): number {
  let han = 0;
  for (const { prose } of lines) {
    const h = hanCount(prose);
    if (h >= 10 && PROSE_PUNCT.test(prose) && (spamScore(prose, userTerms).strong === 0 || readsAsProse(prose, h))) han += h;
  }
  return han;
}

/**
 * The block's own lines of spam written as bare text: the line reads as spam, has no sentence
 * in it, and its bare text carries a spam term itself (a link of spam in a line of text is an
 * element, hidden as one).
 */
function spamLines(lines: readonly OwnLine[], userTerms: string[], markText: (t: Text) => void): Set<Text> {
  const marked = new Set<Text>();
  for (const line of lines) {
    if (!line.bare.length || SENTENCE_PUNCT.test(line.all) || !isSpamText(spamScore(matchForm(line.all), userTerms))) continue;
    const bare = matchForm(line.bare.map((t) => t.data).join(' '));
    if (spamScore(bare, userTerms).strong === 0) continue;
    for (const t of line.bare) {
      if (!t.data.trim()) continue;
      markText(t);
      marked.add(t);
    }
  }
  return marked;
}

/** A spam line's text: listed, counted and kept by its own text. */
function spamLine(node: Text, unhidden: ReadonlySet<string> = new Set()): TextLine {
  const text = node.data.replace(/\s+/g, ' ').trim();
  const fp = fingerprint('spam', text.slice(0, 300));
  return { node, kind: 'spam', sub: 'keywords', reason: REASONS.textSpam as string, fingerprint: fp, excerpt: text.slice(0, 80), unhidden: unhidden.has(fp) };
}

/** The block's text without the text of its links. */
function residualText(block: Element): string {
  let out = '';
  walkText(block, (node, ctx) => {
    if (!ctx.inLink) out += node.data;
  });
  return out;
}

/** Climb to the outermost ancestor that is still nothing but this spam. */
function outermostSpam(block: Element, userTerms: string[]): Element {
  let el = block;
  const own = (el.textContent ?? '').replace(/\s+/g, '');
  while (el.parentElement && el.parentElement.localName !== 'body') {
    const p = el.parentElement;
    if ((p.textContent ?? '').replace(/\s+/g, '') !== own) break;
    el = p;
  }
  void userTerms;
  return el;
}

/** Words that sell a site (its official address, its app, signing up). Match form. */
const SITE_SELLING = /官网|官方网站|网址|入口|app|注册|登录|开户/i;

/**
 * The title a reader is shown with cleanup on: its spam segments cut, or, when it is nothing but
 * spam, the article's headline (or nothing). Null when the title has no spam.
 */
export function titleShown(title: string, headline: Element | null, spamTerms: readonly string[] = []): string | null {
  const cut = titleSpam(title, spamTerms);
  if (!cut) return null;
  return cut.clean || (headline?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Spam words in the title: segments between - _ | , separators that read as spam. */
export function titleSpam(title: string, spamTerms: readonly string[] = []): TitleSpam | null {
  if (!title) return null;
  const parts = title.split(/(\s*[-_|｜丨,，]\s*)/);
  // parts alternates text, separator, text...
  const segs: { text: string; sep: string }[] = [];
  for (let i = 0; i < parts.length; i += 2) segs.push({ text: parts[i] as string, sep: i === 0 ? '' : (parts[i - 1] as string) });
  const user = spamTerms.map(matchForm);
  // A segment of spam keywords (澳门葡京娱乐城, 百家乐, 澳门新葡京官网), not a headline that names
  // one (政府修改博彩法, 委员建议打击网络赌场): spam as any text is, or a strong term that makes up
  // a quarter of it or comes with a word that sells a site.
  const bad = segs.map((s) => {
    const text = matchForm(s.text);
    const sc = spamScore(text, user);
    if (isSpamText(sc)) return true;
    if (sc.strong < 1) return false;
    if (SITE_SELLING.test(text)) return true;
    let inTerms = 0;
    for (const m of text.matchAll(SPAM_ALL)) inTerms += m[0].length;
    return inTerms * 4 >= Math.max(1, hanCount(text));
  });
  if (!bad.some(Boolean)) return null;
  // (久久久这里只有免费精品29 beside segments of porn: words that are spam only in company have it.)
  segs.forEach((s, i) => {
    if (!bad[i] && spamScore(matchForm(s.text), user).weak >= 2 && !/[。！？]/.test(s.text)) bad[i] = true;
  });
  // (All of it spam: clean is empty; the page's headline stands in for it where there is one.)
  if (bad.every(Boolean)) return { clean: '', cut: segs.map((s) => s.text) };
  let out = '';
  const cut: string[] = [];
  segs.forEach((s, i) => {
    if (bad[i]) cut.push(s.text);
    else out += (out ? s.sep : '') + s.text;
  });
  return { clean: out, cut };
}

export type { BoilerplateKind };

/**
 * Blocks added after the first pass (the page's own scripts): spam anywhere in them; inside the
 * article, the same widget sweep; outside the kept areas, furniture to hide. Bounded by the
 * size of what was added, not of the page.
 */
export function classifyAdded(
  doc: Document,
  added: readonly Element[],
  c: Classification,
  opts: ClassifyOptions = {},
  /** Lines of spam and boilerplate in what was added, with no element to hide, and the breaks that go with them (as classifyPage's textLines and lineGaps). */
  found: { text?: (l: TextLine) => void; gap?: (g: LineGap) => void } = {},
): ClassifiedBlock[] {
  const ignore = opts.ignore ?? (() => false);
  const probe = new HiddenProbe(doc.defaultView as Window | null);
  const { blocks: out, mark, marked, blockAt } = blockMarker(opts.unhidden);
  const hiddenBefore = new Set(c.blocks.filter((b) => !b.unhidden).map((b) => b.el));
  const isHidden = (el: Element) => marked(el) || hiddenBefore.has(el);
  for (const root of added) {
    if (!root.isConnected || ignore(root)) continue;
    const blockStats = new Map<Element, Stats>();
    const elemStats = new Map<Element, Stats>();
    const blockText = new Map<Element, string>();
    collectStats(root, blockStats, elemStats, opts, blockText);
    findSpam(doc, root, blockStats, probe, opts, mark, ignore, blockText, (t) => found.text?.(spamLine(t, opts.unhidden)), found.gap);
    if (marked(root)) continue;
    const inKept = c.keep.some((k) => k === root || k.contains(root));
    if (inKept) {
      // A single new block inside the article: judge the block itself, then its children.
      const s = elemStats.get(root);
      const text = textOf(root, 400);
      if (s && s.chars < 300) {
        const kind = boilerplateKind(matchForm(text));
        if (kind && !isProse(s, text)) mark(root, 'boilerplate', kind, boilerplateReason(kind));
      }
      if (!marked(root)) sweepInside(root, c.main === root || !!c.main?.contains(root), elemStats, mark, ignore, blockText);
      if (found.text) findBoilerplateLines([root], c.headline, blockStats, blockText, isHidden, blockAt, ignore, opts.unhidden, found.text, found.gap ?? (() => undefined));
    } else if (c.main && hasVisibleContent(root, elemStats.get(root)) && !c.keep.some((k) => root.contains(k))) {
      const kind = boilerplateKind(matchForm(textOf(root, 400))) ?? chromeKind(root, elemStats.get(root));
      mark(root, 'boilerplate', kind, boilerplateReason(kind));
    }
  }
  return out;
}

/**
 * One walk: each text node is measured once (no regex) and added to its block and to its
 * parent; when the walk leaves an element, the element's sums flow into its parent's, so every
 * ancestor gets its subtree's totals in one pass at any depth. Each block also keeps a text
 * sample for the lexicon checks, so no block's textContent is built again later.
 */
function collectStats(root: Element, blockStats: Map<Element, Stats>, elemStats: Map<Element, Stats>, opts: ClassifyOptions, blockText?: Map<Element, string>): void {
  const userAny = userTermsPattern(opts);
  // Sums of the elements the walk is inside, innermost last (null until one has text).
  const open: (Stats | null)[] = [null];
  const m: TextMeasure = { chars: 0, han: 0, punct: 0 };
  // Neighbouring text nodes mostly share a block: its sums are looked up once for the run.
  let lastBlock: Element | null = null;
  let b = newStats();
  walkText(
    root,
    (node, ctx) => {
      const data = node.data;
      measureText(data, undefined, m);
      if (!m.chars) return;
      const han = ctx.inLink ? 0 : m.han;
      const punct = ctx.inLink ? 0 : m.punct;
      const linkChars = ctx.inLink ? m.chars : 0;
      const block = ctx.block;
      if (block !== lastBlock) {
        lastBlock = block;
        const known = blockStats.get(block);
        if (known) b = known;
        else blockStats.set(block, (b = newStats()));
      }
      b.chars += m.chars;
      b.linkChars += linkChars;
      b.han += han;
      b.punct += punct;
      if (blockText) {
        const prev = blockText.get(block);
        const room = SAMPLE - (prev?.length ?? 0);
        // (Invisible characters between a spam word's characters are left out of the sample.)
        let piece = room > 0 ? dropInvisible(data.slice(0, room)).trim() : '';
        // Spam put in the middle of a long block (a line among an article's lines) is beyond
        // the sample: the part around a spam term joins it, so the lexicon checks see it.
        // (At most a few such parts per block: a block that is all spam is spam from its sample.)
        if (data.length > room && (prev?.length ?? 0) < 4 * SAMPLE) {
          let rest = dropInvisible(room > 0 ? data.slice(room) : data);
          let at = mayHaveSpamTerm(rest) ? rest.search(SPAM_ANY) : -1;
          if (at < 0 && userAny) at = (rest = matchForm(rest)).search(userAny);
          if (at >= 0) piece += ' ' + rest.slice(Math.max(0, at - 200), at + SAMPLE / 2).trim();
        }
        if (piece) blockText.set(block, prev ? prev + ' ' + piece : piece);
      }
      // The text's parent is the innermost element the walk is in.
      const top = open.length - 1;
      let p = open[top];
      if (!p) open[top] = p = newStats();
      p.chars += m.chars;
      p.linkChars += linkChars;
      p.han += han;
      p.punct += punct;
    },
    {
      maxNodes: opts.maxNodes,
      skip: opts.ignore,
      enter: () => void open.push(null),
      leave: (el) => {
        const s = open.pop();
        if (!s) return;
        elemStats.set(el, s);
        const top = open.length - 1;
        if (top < 0) return;
        const p = open[top];
        if (!p) open[top] = { ...s };
        else {
          p.chars += s.chars;
          p.linkChars += s.linkChars;
          p.han += s.han;
          p.punct += s.punct;
        }
      },
    },
  );
}
