// One iterative depth-first walk over a DOM subtree that knows, for every text node, its
// nearest block ancestor and whether it sits inside a link or page chrome. Iterative on
// purpose: depth-5,000 nesting must not overflow the stack, and the node budget keeps a
// 100,000-node page bounded. It runs over every node of a page the classifier judges, so each
// element costs one tag lookup and, for links only, one attribute read.

export const SKIP_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'frame', 'object', 'embed',
  'select', 'option', 'textarea', 'input', 'button', 'canvas', 'video', 'audio', 'head', 'title', 'meta', 'link',
]);
export const BLOCK_TAGS = new Set([
  'p', 'div', 'td', 'th', 'li', 'dd', 'dt', 'article', 'section', 'main', 'blockquote', 'pre', 'h1', 'h2',
  'h3', 'h4', 'h5', 'h6', 'figcaption', 'figure', 'header', 'footer', 'nav', 'aside', 'form', 'center',
  'marquee', 'table', 'tr', 'tbody', 'ul', 'ol', 'dl', 'body', 'address', 'details', 'summary', 'fieldset',
]);
/** HTML5 chrome elements: navigation and page furniture by the page's own declaration. */
export const CHROME_TAGS = new Set(['nav', 'header', 'footer', 'aside']);

const SKIP = 1;
const BLOCK = 2;
const CHROME = 4;
const LINK = 8;
const HIDDEN = 16;
/** The three sets above (and links) as one lookup per element; the same bits mark contexts. */
const TAG_FLAGS = new Map<string, number>();
const flag = (tags: Iterable<string>, bit: number) => {
  for (const t of tags) TAG_FLAGS.set(t, (TAG_FLAGS.get(t) ?? 0) | bit);
};
flag(SKIP_TAGS, SKIP);
flag(BLOCK_TAGS, BLOCK);
flag(CHROME_TAGS, CHROME);
flag(['a'], LINK);

export interface TextContext {
  /** Nearest block-level ancestor (the text's "paragraph"). */
  block: Element;
  inLink: boolean;
  inChrome: boolean;
  /** Hidden by the `hidden` attribute or an inline display:none (cheap checks only). */
  hidden: boolean;
}

export interface WalkOptions {
  maxNodes?: number;
  /** Return true to skip an element and its subtree. */
  skip?: (el: Element) => boolean;
  /** Called when the walk enters an element (not the root, not skipped ones). */
  enter?: (el: Element) => void;
  /** Called when the walk leaves an element it entered (children first, the root last). */
  leave?: (el: Element) => void;
}

export interface WalkResult {
  nodes: number;
  truncated: boolean;
}

const INLINE_HIDDEN = /display\s*:\s*none|visibility\s*:\s*hidden/i;

export function isCheaplyHidden(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  const style = el.getAttribute('style');
  return !!style && INLINE_HIDDEN.test(style);
}

/**
 * The elements under root (root itself excluded) that match selector and pass keep, found by
 * one selector query; null when the query fails (a DOM whose selector engine recurses, on very
 * deep nesting), and the caller then checks each element itself.
 */
export function elementsWhere(root: ParentNode, selector: string, keep: (el: Element) => boolean): Set<Element> | null {
  try {
    const out = new Set<Element>();
    for (const el of Array.from(root.querySelectorAll(selector))) if (keep(el)) out.add(el);
    return out;
  } catch {
    return null;
  }
}

/**
 * A native TreeWalker hands over elements and text in document order (one call per node, no
 * JS stack of children). The elements entered sit on a stack with their nearest block and
 * their link/chrome/hidden bits; a node whose parent is not on top means the walk has left the
 * elements above it. Nothing is allocated per node: the context handed to visit is one object,
 * refilled before each call, so a visitor reads it during the call and does not keep it.
 */
export function walkText(root: Element, visit: (text: Text, ctx: TextContext) => void, opts: WalkOptions = {}): WalkResult {
  const maxNodes = opts.maxNodes ?? 250_000;
  const { skip, enter, leave } = opts;
  const ctx: TextContext = { block: root, inLink: false, inChrome: false, hidden: false };
  const hidden = elementsWhere(root, '[hidden],[style]', isCheaplyHidden);
  const els: Node[] = [root];
  const blocks: Element[] = [root];
  const bits: number[] = [0];
  let top: Node = root;
  const pop = () => {
    leave?.(top as Element);
    els.pop();
    blocks.pop();
    bits.pop();
    top = els[els.length - 1] as Node;
  };
  const walker = (root.ownerDocument ?? (root as unknown as Document)).createTreeWalker(root, 5 /* SHOW_ELEMENT | SHOW_TEXT */);
  let nodes = 0;
  let truncated = false;
  let node = walker.nextNode();
  while (node) {
    if (++nodes > maxNodes) {
      truncated = true;
      break;
    }
    const parent = node.parentNode;
    while (parent !== top && els.length > 1) pop();
    const depth = els.length - 1;
    if (node.nodeType === 3) {
      const b = bits[depth] as number;
      ctx.block = blocks[depth] as Element;
      ctx.inLink = (b & LINK) !== 0;
      ctx.inChrome = (b & CHROME) !== 0;
      ctx.hidden = (b & HIDDEN) !== 0;
      visit(node as Text, ctx);
      node = walker.nextNode();
      continue;
    }
    const el = node as Element;
    const flags = TAG_FLAGS.get(el.localName) ?? 0;
    if (flags & SKIP || skip?.(el)) {
      node = nextOutside(walker);
      continue;
    }
    let b = (bits[depth] as number) | (flags & CHROME);
    if (flags & LINK && el.hasAttribute('href')) b |= LINK;
    if (hidden ? hidden.size !== 0 && hidden.has(el) : isCheaplyHidden(el)) b |= HIDDEN;
    enter?.(el);
    els.push(el);
    blocks.push(flags & BLOCK ? el : (blocks[depth] as Element));
    bits.push(b);
    top = el;
    node = walker.nextNode();
  }
  while (els.length > 1) pop();
  leave?.(root);
  return { nodes, truncated };
}

/** Moves the walker past the current node's subtree; the next node, or null at the end. */
function nextOutside(walker: TreeWalker): Node | null {
  for (;;) {
    const sibling = walker.nextSibling();
    if (sibling) return sibling;
    if (!walker.parentNode()) return null;
  }
}
