// One iterative depth-first walk over a DOM subtree that knows, for every text node, its
// nearest block ancestor and whether it sits inside a link or page chrome. Iterative on
// purpose: depth-5,000 nesting must not overflow the stack, and the node budget keeps a
// 100,000-node page bounded.

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

export function walkText(root: Element, visit: (text: Text, ctx: TextContext) => void, opts: WalkOptions = {}): WalkResult {
  const maxNodes = opts.maxNodes ?? 250_000;
  const rootCtx: TextContext = { block: root, inLink: false, inChrome: false, hidden: false };
  // Two parallel stacks instead of a {node, ctx} object per node: no allocation per node.
  const nodeStack: Node[] = [];
  const ctxStack: TextContext[] = [];
  for (let c = root.lastChild; c; c = c.previousSibling) {
    nodeStack.push(c);
    ctxStack.push(rootCtx);
  }
  let nodes = 0;
  while (nodeStack.length) {
    if (++nodes > maxNodes) return { nodes, truncated: true };
    const node = nodeStack.pop() as Node;
    const ctx = ctxStack.pop() as TextContext;
    if (node.nodeType === 3) {
      visit(node as Text, ctx);
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    const tag = el.localName;
    if (SKIP_TAGS.has(tag) || opts.skip?.(el)) continue;
    let next = ctx;
    const isBlock = BLOCK_TAGS.has(tag);
    const isLink = tag === 'a' && el.hasAttribute('href');
    const isChrome = CHROME_TAGS.has(tag);
    const hidden = isCheaplyHidden(el);
    if (isBlock || isLink || isChrome || hidden) {
      next = {
        block: isBlock ? el : ctx.block,
        inLink: ctx.inLink || isLink,
        inChrome: ctx.inChrome || isChrome,
        hidden: ctx.hidden || hidden,
      };
    }
    for (let c = el.lastChild; c; c = c.previousSibling) {
      nodeStack.push(c);
      ctxStack.push(next);
    }
  }
  return { nodes, truncated: false };
}
