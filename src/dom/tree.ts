// Walks a document the way conversion and repair need: text nodes in document order, through
// open shadow roots and same-origin iframes, skipping what must never be touched.
import { elementsWhere } from './walk';

export interface TreeOptions {
  /** Skip lang="ja…" subtrees (Japanese shares Han characters). */
  skipJapanese?: boolean;
  /** Enter open shadow roots. */
  shadow?: boolean;
  /** Enter same-origin iframes (cross-origin ones are skipped silently). */
  frames?: boolean;
  /** Extra subtrees to skip (the extension's own UI, hidden blocks…). */
  ignore?: (el: Element) => boolean;
  maxNodes?: number;
}

export interface TreeVisitor {
  text?: (node: Text) => void;
  element?: (el: Element) => void;
  /** A shadow root or frame document that was entered (for observers). */
  root?: (root: ShadowRoot | Document) => void;
}

/** Never converted or repaired: code, scripts, user-editable text. */
const NEVER = new Set(['script', 'style', 'noscript', 'template', 'code', 'kbd', 'samp', 'textarea', 'var', 'svg', 'math', 'head']);

export function isEditable(el: Element): boolean {
  const v = el.getAttribute('contenteditable');
  return v !== null && v !== 'false';
}

export function skipElement(el: Element, opts: TreeOptions): boolean {
  return NEVER.has(el.localName) || skipByAttribute(el, opts) || !!opts.ignore?.(el);
}

function frameDocument(el: Element): Document | null {
  try {
    const doc = (el as HTMLIFrameElement).contentDocument;
    // A cross-origin frame gives null or throws; about:blank placeholders have no body yet.
    return doc && doc.body ? doc : null;
  } catch {
    return null;
  }
}

/** Elements under root that attributes alone exclude (editable, translate=no, notranslate, ja). */
const ATTR_SKIP = '[contenteditable],[translate],[class~="notranslate" i],[class~="ignore-opencc" i]';

/** The elements under root that skipElement excludes by an attribute (see elementsWhere). */
function attrSkipped(root: ParentNode, opts: TreeOptions): Set<Element> | null {
  // Only a lang that starts like "ja" can skip (a converted page's blocks carry zh-Hans marks).
  return elementsWhere(root, opts.skipJapanese ? `${ATTR_SKIP},[lang^="ja" i]` : ATTR_SKIP, (el) => skipByAttribute(el, opts));
}

function skipByAttribute(el: Element, opts: TreeOptions): boolean {
  if (isEditable(el)) return true;
  if (el.getAttribute('translate') === 'no') return true;
  const cls = el.getAttribute('class');
  if (cls && /(^|\s)(notranslate|ignore-opencc)(\s|$)/.test(cls)) return true;
  if (opts.skipJapanese) {
    const lang = el.getAttribute('lang');
    if (lang && /^ja\b/i.test(lang)) return true;
  }
  return false;
}

interface Scope {
  walker: TreeWalker;
  skipped: Set<Element> | null;
}

/**
 * Text and elements in document order, entering open shadow roots (before the host's light
 * children, as they render) and same-origin frames. Each tree is read by a native TreeWalker;
 * a shadow root or frame met on the way is walked next and then the outer walk resumes, with
 * an explicit stack of walkers, so nesting of any depth cannot overflow the call stack.
 */
export function visitTree(start: Node, visitor: TreeVisitor, opts: TreeOptions = {}): { nodes: number; truncated: boolean } {
  const max = opts.maxNodes ?? 1_000_000;
  if (start.nodeType === 3) {
    visitor.text?.(start as Text);
    return { nodes: 1, truncated: false };
  }
  const doc = start.nodeType === 9 ? (start as Document) : start.ownerDocument;
  if (!doc) return { nodes: 0, truncated: false };
  // Trees being walked, innermost last: a shadow root or frame met on the way goes on top.
  const pending: Scope[] = [];
  const open = (root: Node, d: Document) => {
    pending.push({ walker: d.createTreeWalker(root, 5 /* SHOW_ELEMENT | SHOW_TEXT */), skipped: attrSkipped(root as unknown as ParentNode, opts) });
  };
  const { text, element, root: onRoot } = visitor;
  const { ignore, frames } = opts;
  const shadows = !!opts.shadow;
  /**
   * An element was entered (tag is its localName, read once): the frame or shadow tree it
   * holds goes on top of the stack, to be walked before what follows. Returns whether its own
   * children are walked (a frame's children are fallback content).
   */
  const enter = (el: Element, tag: string): boolean => {
    element?.(el);
    if (frames && (tag === 'iframe' || tag === 'frame')) {
      const fd = frameDocument(el);
      if (fd) {
        onRoot?.(fd);
        const html = fd.documentElement;
        if (html && !skipElement(html, opts)) {
          element?.(html);
          open(html, fd);
        }
      }
      return false;
    }
    const shadow = shadows ? (el as Element & { shadowRoot: ShadowRoot | null }).shadowRoot : null;
    if (shadow) {
      onRoot?.(shadow);
      open(shadow, doc);
    }
    return true;
  };
  // The start itself is never skipped; its shadow tree (if any) comes before its children.
  open(start, doc);
  if (start.nodeType === 1 && !enter(start as Element, (start as Element).localName)) pending.splice(0, 1);
  let nodes = 1;
  while (pending.length) {
    const depth = pending.length;
    const { walker, skipped } = pending[depth - 1] as Scope;
    // Walk this tree until it ends or a tree met on the way (pushed by enter) goes first.
    let node: Node | null = walker.nextNode();
    for (; node; node = walker.nextNode()) {
      if (++nodes > max) return { nodes, truncated: true };
      if (node.nodeType === 3) {
        text?.(node as Text);
        continue;
      }
      const el = node as Element;
      const tag = el.localName;
      const byAttr = skipped ? skipped.size !== 0 && skipped.has(el) : skipByAttribute(el, opts);
      if (NEVER.has(tag) || byAttr || ignore?.(el) || !enter(el, tag)) skipSubtree(walker);
      if (pending.length !== depth) break;
    }
    if (!node) pending.splice(depth - 1, 1);
  }
  return { nodes, truncated: false };
}

/** Leaves the walker on the last node of the current node's subtree, so nextNode() goes past it. */
function skipSubtree(walker: TreeWalker): void {
  while (walker.lastChild()) {
    /* descend to the subtree's last node */
  }
}
