// DOM side of conversion: which text and attributes to convert, in what order (viewport
// first), in chunks that yield before a task gets long. Writes go through the page layers,
// so restore is exact and the page's own later edits win.
import { skipElement, visitTree, type TreeOptions } from '../dom/tree';
import { BLOCK_TAGS } from '../dom/walk';
import type { AttrLayer, TextLayer } from '../page/layers';
import { convertRuns, type ConvertFn } from './batch';
import { simplifiedLang } from './engine';

export const CONVERTED_ATTRS = ['title', 'alt', 'placeholder', 'aria-label'] as const;
const BUTTON_TYPES = /^(button|submit|reset)$/i;

export interface Collected {
  texts: Text[];
  elements: Element[];
  roots: (ShadowRoot | Document)[];
}

/**
 * Text nodes and attribute-bearing elements under a document, its open shadow roots and
 * same-origin frames. With attributes: false only the text nodes are gathered (cleanup).
 */
export function collect(doc: Document, opts: TreeOptions, { attributes = true, langMark }: { attributes?: boolean; langMark?: (el: Element) => boolean } = {}): Collected {
  const texts: Text[] = [];
  const elements: Element[] = [];
  const roots: (ShadowRoot | Document)[] = [doc];
  const title = doc.querySelector('title');
  if (title?.firstChild?.nodeType === 3) texts.push(title.firstChild as Text);
  const visit = (root: Node) =>
    visitTree(
      root,
      {
        text: (n) => {
          if (n.data.trim()) texts.push(n);
        },
        element: attributes
          ? (el) => {
              if (hasConvertibleAttr(el, langMark)) elements.push(el);
            }
          : undefined,
        root: (r) => {
          roots.push(r);
          if (r.nodeType === 9) {
            const t = (r as Document).querySelector('title');
            if (t?.firstChild?.nodeType === 3) texts.push(t.firstChild as Text);
          }
        },
      },
      { shadow: true, frames: true, ...opts },
    );
  if (doc.documentElement) {
    if (attributes) elements.push(doc.documentElement);
    if (doc.body) visit(doc.body);
  }
  return { texts, elements, roots };
}

/** langMark: a lang attribute that is the session's own mark (LangMarks), not the page's. */
function hasConvertibleAttr(el: Element, langMark?: (el: Element) => boolean): boolean {
  if (!el.hasAttributes()) return false; // most elements: one call
  for (const a of CONVERTED_ATTRS) if (el.hasAttribute(a)) return true;
  if (el.localName === 'input' && BUTTON_TYPES.test(el.getAttribute('type') ?? '') && el.hasAttribute('value')) return true;
  return el.hasAttribute('lang') && !langMark?.(el);
}

/** Nearest block ancestor of an element (itself when it is one): one run of text per block. */
export function blockOf(parent: Element, cache: Map<Element, Element | null>): Element | null {
  if (BLOCK_TAGS.has(parent.localName)) return parent; // most text sits right in its block
  const cached = cache.get(parent);
  if (cached !== undefined) return cached;
  let e: Element | null = parent.parentElement;
  while (e && !BLOCK_TAGS.has(e.localName)) e = e.parentElement;
  cache.set(parent, e);
  return e;
}

/** The block of each text node (null for one out of the document); inline parents are cached. */
export function blocksOf(nodes: readonly Text[], cache: Map<Element, Element | null>): (Element | null)[] {
  const out = new Array<Element | null>(nodes.length);
  let lastParent: Element | null = null;
  let lastBlock: Element | null = null;
  for (let i = 0; i < nodes.length; i++) {
    const parent = (nodes[i] as Text).parentElement;
    // Siblings under one parent share its block; otherwise look the block up.
    const block: Element | null = parent === null ? null : parent === lastParent ? lastBlock : blockOf(parent, cache);
    out[i] = block;
    lastParent = parent;
    lastBlock = block;
  }
  return out;
}

/**
 * A TextLayer transform that converts batches, keeping inline runs together: consecutive
 * nodes (in document order) under the same block element are one run (<b>乾</b>隆). Nodes of
 * a nested block sit between them in the list, so runs never cross a block boundary. The
 * blocks come with the nodes when the caller found them already (blocksOf).
 */
export function runTransform(convert: () => ConvertFn | null): (texts: string[], nodes: Text[], blocks?: readonly (Element | null)[]) => string[] {
  return (texts, nodes, blocks = blocksOf(nodes, new Map())) => {
    const fn = convert();
    if (!fn) return texts;
    const starts: number[] = [];
    let last: Element | null = null;
    for (let i = 0; i < nodes.length; i++) {
      const block = blocks[i] ?? null;
      if (i === 0 || block === null || block !== last) starts.push(i);
      last = block;
    }
    return convertRuns(texts, starts, fn);
  };
}

/** Converts attributes (and lang) of the given elements through the attribute layer. */
export function convertAttributes(elements: Element[], attrs: AttrLayer, fn: ConvertFn | null): number {
  let n = 0;
  for (const el of elements) {
    if (!el.isConnected) continue;
    for (const name of [...CONVERTED_ATTRS, 'value', 'lang']) {
      if (name === 'value' && !(el.localName === 'input' && BUTTON_TYPES.test(el.getAttribute('type') ?? ''))) continue;
      const base = attrs.baseOf(el, name);
      if (base === null) continue;
      const want = !fn ? base : name === 'lang' ? (simplifiedLang(base) ?? base) : fn(base);
      attrs.set(el, name, base, want);
      if (want !== base) n++;
    }
  }
  return n;
}

/**
 * The text nodes on screen, found without walking the whole page: from the element at the top
 * of the viewport forward in document order, until past the viewport's bottom. Converting
 * these first puts Simplified text on screen before the full pass starts.
 */
export function viewportTexts(doc: Document, opts: TreeOptions, max = 1200): Text[] {
  const view = doc.defaultView;
  const body = doc.body;
  if (!view || !body || typeof doc.elementFromPoint !== 'function') return [];
  let start: Element | null = null;
  for (const y of [8, view.innerHeight * 0.25, view.innerHeight * 0.5]) {
    const el = doc.elementFromPoint(Math.min(view.innerWidth * 0.3, 420), y);
    if (el && el !== body && el !== doc.documentElement && !opts.ignore?.(el)) {
      start = el;
      break;
    }
  }
  if (!start) return [];
  const skipped = (n: Node): boolean => {
    for (let e = n.parentElement; e && e !== body; e = e.parentElement) if (skipElement(e, opts)) return true;
    return false;
  };
  // The probe can land below the top of the screen (it skips a margin or a gap): take the text
  // above it that is still on screen too.
  const above: Text[] = [];
  const back = doc.createTreeWalker(body, 4 /* SHOW_TEXT */);
  back.currentNode = start;
  for (let n = back.previousNode(); n && above.length < 400; n = back.previousNode()) {
    const t = n as Text;
    if (!t.data.trim() || skipped(t)) continue;
    if ((t.parentElement?.getBoundingClientRect().bottom ?? 0) < 0) break;
    above.push(t);
  }
  const walker = doc.createTreeWalker(body, 4 /* SHOW_TEXT */);
  walker.currentNode = start;
  const out: Text[] = above.reverse();
  const bottom = view.innerHeight * 1.2;
  for (let n = walker.nextNode(); n && out.length < max; n = walker.nextNode()) {
    const t = n as Text;
    if (!t.data.trim() || skipped(t)) continue;
    out.push(t);
    if (out.length % 40 === 0 && (t.parentElement?.getBoundingClientRect().top ?? 0) > bottom) break;
  }
  return out;
}

/** Index range [lo, hi) of nodes whose parent box meets the viewport (document order ≈ vertical order). */
export function viewportRange(nodes: Text[], view: Window | null): [number, number] {
  if (!view || !nodes.length) return [0, Math.min(nodes.length, 400)];
  const height = view.innerHeight || 800;
  const top = (i: number): number => {
    const el = (nodes[i] as Text).parentElement;
    if (!el || el.ownerDocument !== view.document) return 0;
    const r = el.getBoundingClientRect();
    return r.bottom === 0 && r.top === 0 ? Number.NaN : r.top;
  };
  const first = (pred: (t: number) => boolean): number => {
    let lo = 0;
    let hi = nodes.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const t = top(mid);
      if (Number.isNaN(t) || !pred(t)) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const start = Math.max(0, first((t) => t >= -height) - 50);
  const end = Math.min(nodes.length, first((t) => t > height * 1.5) + 50);
  return start < end ? [start, end] : [0, Math.min(nodes.length, 400)];
}

export interface ChunkOptions {
  /** Stop and yield once a chunk has run this long. */
  budgetMs: number;
  /** At most this many nodes per chunk: the browser re-lays out what changed after each one. */
  maxNodes?: number;
  /** When the current task began (so work done before the call counts against the first chunk). */
  startedAt?: number;
  yieldFn: () => Promise<void>;
  signal?: { aborted: boolean };
  now?: () => number;
}

/** Renders nodes in chunks: the viewport first, then the rest; yields between chunks. */
export interface ChunkStats {
  chunks: number;
  longestMs: number;
  /** Time spent in the chunks themselves (not waiting between them). */
  workMs: number;
}

export async function renderChunked(layer: Pick<TextLayer, 'render'>, nodes: Text[], order: [number, number], opts: ChunkOptions): Promise<ChunkStats> {
  const now = opts.now ?? (() => performance.now());
  const maxNodes = opts.maxNodes ?? 800;
  const [a, b] = order;
  const sequence = [nodes.slice(a, b), nodes.slice(b), nodes.slice(0, a)].filter((p) => p.length);
  let chunks = 0;
  let longest = 0;
  let work = 0;
  let size = 200;
  let taskStart = opts.startedAt ?? now();
  // Work done earlier in this task (walking the page) has used half the budget already: let the
  // browser in before the first chunk rather than after it.
  if (nodes.length && now() - taskStart >= opts.budgetMs / 2) {
    longest = work = now() - taskStart;
    await opts.yieldFn();
    if (opts.signal?.aborted) return { chunks, longestMs: longest, workMs: work };
    taskStart = now();
  }
  for (const [p, part] of sequence.entries()) {
    let i = 0;
    while (i < part.length) {
      if (opts.signal?.aborted) return { chunks, longestMs: longest, workMs: work };
      const t0 = taskStart;
      let spent = 0;
      let done = 0;
      // Grow or shrink the batch so each chunk stays well inside the budget.
      while (i < part.length && spent < opts.budgetMs && done < maxNodes) {
        const slice = part.slice(i, i + Math.min(size, maxNodes - done));
        done += slice.length;
        const s0 = now();
        layer.render(slice);
        const dt = now() - s0;
        i += slice.length;
        spent = now() - t0;
        if (dt < opts.budgetMs / 8 && size < maxNodes) size *= 2;
        else if (dt > opts.budgetMs / 2 && size > 20) size = Math.max(20, size >> 1);
      }
      longest = Math.max(longest, now() - t0);
      work += now() - t0;
      chunks++;
      // Yield only when more work follows, so a small page finishes in the task it began in.
      if (i < part.length || p < sequence.length - 1) {
        await opts.yieldFn();
        taskStart = now();
      }
    }
  }
  return { chunks, longestMs: longest, workMs: work };
}
