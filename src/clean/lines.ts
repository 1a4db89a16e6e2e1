// Text hidden line by line: an article written as text and <br> has lines with no element of
// their own, so a line of boilerplate (or spam: see classify's findSpam) among them is hidden by
// blanking its texts through the text layer and hiding the <br> that ends it.
import { matchForm, measureText, type TextMeasure } from '../text/han';
import type { BlockKind, ClassifiedBlock } from './classify';
import { fingerprint } from './fingerprint';
import { BOILERPLATE_ANY, boilerplateKind, isBylineLine, isMetadataLine } from './lexicon';
import { boilerplateReason } from './reasons';

// What shows without text of its own (the text walk skips controls, so they are listed here).
export const MEDIA = 'img,picture,video,audio,iframe,object,embed,svg,math,canvas,button,select,textarea,input:not([type=hidden])';

/** One text node of a hidden line. */
export interface TextLine {
  node: Text;
  kind: BlockKind;
  sub: string;
  reason: string;
  /** What a user's "keep this" choice is remembered by; the texts of one boilerplate line share it. */
  fingerprint: string;
  /** The line's text, for the list of hidden parts. */
  excerpt: string;
  unhidden: boolean;
}

/** A hidden line's <br> and what the line is made of. */
export interface LineGap {
  br: Element;
  texts: Text[];
  parts: Element[];
}

/** One line of a block's own text (see ownLines). */
export interface OwnLine {
  /** All the line's text. */
  all: string;
  /** Its text outside links, in match form. */
  prose: string;
  /** Its text nodes that are children of the block itself (no element around them). */
  bare: Text[];
  /** All its text nodes, and the images, frames and controls in it. */
  texts: Text[];
  media: Element[];
  /** The <br> that ends it, and the one before it. */
  end: Element | null;
  start: Element | null;
}

/**
 * The block's own text (outside child blocks), cut into lines at <br> and at child blocks:
 * how an article written as text and <br> reads, line by line.
 */
export function ownLines(block: Element, blocks: Map<Element, unknown>, ignore: (el: Element) => boolean = () => false): OwnLine[] {
  const lines: OwnLine[] = [];
  let lastBr: Element | null = null;
  const fresh = (): OwnLine => ({ all: '', prose: '', bare: [], texts: [], media: [], end: null, start: lastBr });
  let line = fresh();
  const endLine = (br: Element | null) => {
    if (line.all.trim() || line.media.length) lines.push({ ...line, end: br });
    lastBr = br;
    line = fresh();
  };
  const walker = block.ownerDocument.createTreeWalker(block, 5 /* SHOW_ELEMENT | SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (n.nodeType === 3) {
      const t = n as Text;
      line.all += t.data;
      line.texts.push(t);
      const link = t.parentElement?.closest('a');
      if (!link || !block.contains(link)) line.prose += t.data;
      if (t.parentNode === block) line.bare.push(t);
      continue;
    }
    const el = n as Element;
    const tag = el.localName;
    if (tag === 'br') endLine(el);
    else if (blocks.has(el) || tag === 'script' || tag === 'style' || tag === 'template' || ignore(el)) {
      // A child block is judged on its own; scripts and our own UI are not text.
      endLine(null);
      let last: Node = el;
      while (last.lastChild) last = last.lastChild;
      walker.currentNode = last;
    } else if (el.matches(MEDIA)) line.media.push(el);
  }
  endLine(null);
  for (const l of lines) l.prose = matchForm(l.prose);
  return lines;
}

/**
 * The boilerplate lines of the blocks in the kept areas (`within`) that no hidden element holds
 * (see boilerplateLines). The headline is never one.
 */
export function findBoilerplateLines(
  within: readonly Element[],
  headline: Element | null,
  blockStats: Map<Element, { chars: number; linkChars: number }>,
  blockText: Map<Element, string>,
  marked: (el: Element) => boolean,
  blockAt: (el: Element) => ClassifiedBlock | undefined,
  ignore: (el: Element) => boolean,
  unhidden: ReadonlySet<string> | undefined,
  out: (l: TextLine) => void,
  markGap: (g: LineGap) => void,
): void {
  const hiddenBy = (n: Node): Element | null => {
    for (let e = n.parentElement; e; e = e.parentElement) if (marked(e)) return e;
    return null;
  };
  // The blocks in the kept areas (found from them: a page's comments and lists outside cost nothing).
  const blocks = new Set<Element>();
  for (const k of within) {
    if (blockStats.has(k)) blocks.add(k);
    const all = k.getElementsByTagName('*');
    for (let i = 0; i < all.length; i++) if (blockStats.has(all[i] as Element)) blocks.add(all[i] as Element);
  }
  for (const block of blocks) {
    const s = blockStats.get(block) as { chars: number; linkChars: number };
    if (!s.chars || s.chars > 20_000) continue;
    // (A menu written as a line of links need not say so: 政协动态 | 通知公告 | 联系我们.)
    if (!s.linkChars && !BOILERPLATE_ANY.test(blockText.get(block) ?? '')) continue;
    if (headline?.contains(block) || marked(block) || hiddenBy(block)) continue;
    boilerplateLines(ownLines(block, blockStats, ignore), (n) => hiddenBy(n) ?? (headline?.contains(n) ? headline : null), unhidden, out, markGap, blockAt);
  }
}

/** A line that ends as a sentence does: an article's words, unless its kind says otherwise. */
const SENTENCE_END = /[。！？!?][”"」』）)]?$/;

/**
 * The block's lines that are boilerplate by what they say (当前位置：首页 > 要闻, 【打印本页】【关闭窗口】,
 * 上一篇：…, 版权所有：…), judged as a short widget element is: not prose, not the metadata or
 * byline line, and not a sentence (更多委员参与其中。) unless it is a notice (版权, 备案). Their
 * texts are blanked (the ones an element of the page's does not already hide) and their line
 * breaks hidden with them. A line with an image or control of its own stays.
 */
function boilerplateLines(
  own: readonly OwnLine[],
  hiddenBy: (n: Node) => Element | null,
  unhidden: ReadonlySet<string> = new Set(),
  out: (l: TextLine) => void,
  markGap: (g: LineGap) => void,
  blockAt: (el: Element) => ClassifiedBlock | undefined = () => undefined,
): void {
  const m: TextMeasure = { chars: 0, han: 0, punct: 0 };
  // The related-news heading the lines after it may be the list of (相关链接：<br><a>…</a><br>…).
  let list: { fp: string; excerpt: string } | null = null;
  const blank = (texts: readonly Text[], kind: string, fp: string, excerpt: string) => {
    for (const node of texts) out({ node, kind: 'boilerplate', sub: kind, reason: boilerplateReason(kind), fingerprint: fp, excerpt, unhidden: unhidden.has(fp) });
  };
  for (const line of own) {
    const all = line.all.replace(/\s+/g, ' ').trim();
    if (!all || all.length > 300 || line.media.some((e) => !hiddenBy(e))) {
      list = null;
      continue;
    }
    const text = matchForm(all);
    if (list && isLinkLine(line, all) && !(BOILERPLATE_ANY.test(text) && boilerplateKind(text))) {
      // One more item of the list: hidden, listed and kept with its heading.
      const texts = line.texts.filter((t) => t.data.trim() && !hiddenBy(t));
      blank(texts, 'related', list.fp, list.excerpt);
      const br = line.end ?? line.start;
      if (br && texts.length) markGap({ br, texts, parts: [] });
      continue;
    }
    list = null;
    const menu = isMenuLine(line, all);
    if (!menu && !BOILERPLATE_ANY.test(text)) continue;
    const kind = menu ? 'nav' : boilerplateKind(text);
    if (!kind || isMetadataLine(text) || isBylineLine(text)) continue;
    measureText(all, undefined, m);
    if (m.han >= 40 && m.punct >= 2) continue;
    if (kind !== 'copyright' && kind !== 'footer' && m.han >= 8 && SENTENCE_END.test(all)) continue;
    const texts: Text[] = [];
    const parts = new Set<Element>();
    for (const t of line.texts) {
      if (!t.data.trim()) continue;
      const by = hiddenBy(t);
      if (by) parts.add(by);
      else texts.push(t);
    }
    if (!texts.length) {
      // (A heading the page already hides as an element still heads its list.)
      const b = kind === 'related' && parts.size === 1 ? blockAt([...parts][0] as Element) : undefined;
      if (b) list = { fp: b.fingerprint, excerpt: all.slice(0, 80) };
      continue;
    }
    const fp = fingerprint('boilerplate', all.slice(0, 300));
    const reason = boilerplateReason(kind);
    blank(texts, kind, fp, all.slice(0, 80));
    if (kind === 'related') list = { fp, excerpt: all.slice(0, 80) };
    // A widget of the line hidden as an element of its own (【<a>打印本页</a>】) is part of the
    // line: listed, counted and kept with it.
    for (const part of parts) {
      const b = blockAt(part);
      if (!b || b.kind !== 'boilerplate' || !everyTextIn(part, line.texts)) continue;
      Object.assign(b, { sub: kind, reason, fingerprint: fp, unhidden: unhidden.has(fp) });
    }
    const br = line.end ?? line.start;
    if (br) markGap({ br, texts, parts: [...parts] });
  }
}

/** A line that is one short link (or a few), with at most a bullet or a date beside it. */
function isLinkLine(line: OwnLine, all: string): boolean {
  if (all.length > 80 || line.prose.length === all.length) return false;
  return !line.prose.replace(/\d{2,4}[-./年]\d{1,2}(?:[-./月]\d{1,2}日?)?|[\s·•●○■□◆◇▪▸►>»\-—|｜()（）\[\]【】]/g, '');
}

/** A line of three or more short links and nothing but separators between them: a menu. */
function isMenuLine(line: OwnLine, all: string): boolean {
  if (all.length > 120 || line.prose.replace(/[\s|｜丨·•/\\>»\-—]/g, '')) return false;
  const links = new Set<Element>();
  for (const t of line.texts) {
    const a = t.parentElement?.closest('a');
    if (!a || !t.data.trim()) continue;
    if ((a.textContent ?? '').trim().length > 10) return false;
    links.add(a);
  }
  return links.size >= 3;
}

/** Are all of el's texts among these? */
function everyTextIn(el: Element, texts: readonly Text[]): boolean {
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* SHOW_TEXT */);
  for (let t = walker.nextNode(); t; t = walker.nextNode()) if (!texts.includes(t as Text)) return false;
  return true;
}

/**
 * Lines with nothing left to show once their spam is hidden (every text blanked or inside a
 * hidden part, no image or control): their <br> goes with them, so no empty line stays behind.
 * The break that ends the line, or for the last line the one before it.
 */
export function lineGaps(lines: readonly OwnLine[], parts: readonly Element[], blanked: ReadonlySet<Text>, markGap: (g: LineGap) => void): void {
  if (!parts.length && !blanked.size) return;
  const inPart = (n: Node) => parts.find((p) => p.contains(n));
  for (const line of lines) {
    const br = line.end ?? line.start;
    if (!br || line.media.some((m) => !inPart(m))) continue;
    const texts: Text[] = [];
    const owners = new Set<Element>();
    let empty = true;
    for (const t of line.texts) {
      if (!t.data.trim()) continue;
      if (blanked.has(t)) texts.push(t);
      else {
        const p = inPart(t);
        if (!p) {
          empty = false;
          break;
        }
        owners.add(p);
      }
    }
    if (empty && (texts.length || owners.size)) markGap({ br, texts, parts: [...owners] });
  }
}
