// The main text as the figure extractor reads it, with a way back to the DOM: each figure's
// offsets become a Range over the page's own text nodes (for click-to-find and highlights).
import { repairWithMap } from '../clean/artifacts';
import { BLOCK_TAGS } from '../dom/walk';
import { MAX_TEXT, type Figure } from './extract';

interface Segment {
  node: Text;
  /** Offsets of this node's (normalised) text in the joined text. */
  start: number;
  end: number;
  /** normalised index -> index in node.data */
  map: number[] | null;
}

export interface TextSource {
  text: string;
  segments: Segment[];
  /** The containers read (their tables are read again as tables: figures/table.ts). */
  roots: Element[];
}

const SKIP = new Set(['script', 'style', 'noscript', 'template', 'textarea', 'select', 'option', 'button', 'svg', 'math', 'iframe']);

function blockOf(node: Node, root: Element): Element {
  for (let e = node.parentElement; e && e !== root; e = e.parentElement) if (BLOCK_TAGS.has(e.localName) || e.localName === 'br') return e;
  return root;
}

/** The node after the walker's current node and everything inside it (null past the root). */
function nextOutside(walker: TreeWalker): Node | null {
  for (;;) {
    const next = walker.nextSibling();
    if (next) return next;
    if (!walker.parentNode()) return null;
  }
}

/**
 * Text of the given containers in document order, skipping hidden blocks (and the text nodes
 * skipText names: spam lines cleanup blanks), with artifacts repaired virtually (the DOM may
 * still carry them when cleanup is off).
 */
export function buildSource(roots: readonly Element[], isHidden: (el: Element) => boolean, skipText: (t: Text) => boolean = () => false): TextSource {
  const segments: Segment[] = [];
  // Parts joined once at the end: testing or appending to one growing string would flatten
  // it on every paragraph (quadratic on a 20,000-paragraph page).
  const parts: string[] = [];
  let length = 0;
  let endsWithBreak = true;
  const push = (s: string) => {
    parts.push(s);
    length += s.length;
    endsWithBreak = s.endsWith('\n');
  };
  let lastBlock: Element | null = null;
  // A root inside another (the headline inside the article's container) is read with it, once.
  const tops = roots.filter((r) => !roots.some((o) => o !== r && o.contains(r)));
  outer: for (const root of tops) {
    const doc = root.ownerDocument;
    // No NodeFilter: a filter is a call from the browser into JS for every node, which costs
    // far more from a content script's isolated world (skipped subtrees are stepped over instead).
    const walker = doc.createTreeWalker(root, 1 | 4 /* SHOW_ELEMENT | SHOW_TEXT */);
    for (let n = walker.nextNode(); n; ) {
      if (n.nodeType === 1) {
        const el = n as Element;
        // A <br> ends a line as a block does (text-and-<br> articles: one line per paragraph).
        if (el.localName === 'br' && length && !endsWithBreak) push('\n');
        n = SKIP.has(el.localName) || isHidden(el) ? nextOutside(walker) : walker.nextNode();
        continue;
      }
      const node = n as Text;
      n = walker.nextNode();
      if (!node.data || skipText(node)) continue;
      const block = blockOf(node, root);
      if (lastBlock && block !== lastBlock && !endsWithBreak) push('\n');
      lastBlock = block;
      const { text: norm, map } = repairWithMap(node.data);
      const plain = norm.replace(/\n/g, ' ');
      segments.push({ node, start: length, end: length + plain.length, map });
      push(plain);
      if (length >= MAX_TEXT) break outer; // the extractor reads no further anyway
    }
    if (!endsWithBreak) push('\n');
    lastBlock = null;
  }
  return { text: parts.join(''), segments, roots: tops };
}

export interface Located {
  node: Text;
  offset: number;
}

/** The DOM position of a text offset (end positions are exclusive). */
export function locate(source: TextSource, offset: number, isEnd = false): Located | null {
  const segs = source.segments;
  let lo = 0;
  let hi = segs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = segs[mid] as Segment;
    if (offset < s.start || (isEnd ? offset > s.end : offset >= s.end)) {
      if (offset < s.start) hi = mid - 1;
      else lo = mid + 1;
      continue;
    }
    const local = offset - s.start;
    if (!s.map) return { node: s.node, offset: local };
    if (isEnd) {
      const last = s.map[local - 1];
      return { node: s.node, offset: last === undefined ? 0 : last + 1 };
    }
    return { node: s.node, offset: s.map[local] ?? s.node.data.length };
  }
  return null;
}

export function rangeFor(source: TextSource, start: number, end: number): Range | null {
  const a = locate(source, start);
  const b = locate(source, end, true);
  if (!a || !b) return null;
  try {
    const range = a.node.ownerDocument.createRange();
    range.setStart(a.node, a.offset);
    range.setEnd(b.node, b.offset);
    return range;
  } catch {
    return null;
  }
}

export interface FiguresResult {
  figures: Figure[];
  source: TextSource;
}
