// Walks a document the way conversion and repair need: text nodes in document order, through
// open shadow roots and same-origin iframes, skipping what must never be touched.

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
  if (NEVER.has(el.localName)) return true;
  if (isEditable(el)) return true;
  if (el.getAttribute('translate') === 'no') return true;
  const cls = el.getAttribute('class');
  if (cls && /(^|\s)(notranslate|ignore-opencc)(\s|$)/.test(cls)) return true;
  if (opts.skipJapanese) {
    const lang = el.getAttribute('lang');
    if (lang && /^ja\b/i.test(lang)) return true;
  }
  return !!opts.ignore?.(el);
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

export function visitTree(start: Node, visitor: TreeVisitor, opts: TreeOptions = {}): { nodes: number; truncated: boolean } {
  const max = opts.maxNodes ?? 1_000_000;
  const stack: Node[] = [start];
  let nodes = 0;
  while (stack.length) {
    if (++nodes > max) return { nodes, truncated: true };
    const node = stack.pop() as Node;
    if (node.nodeType === 3) {
      visitor.text?.(node as Text);
      continue;
    }
    if (node.nodeType === 1) {
      const el = node as Element;
      if (node !== start && skipElement(el, opts)) continue;
      visitor.element?.(el);
      if (opts.frames && (el.localName === 'iframe' || el.localName === 'frame')) {
        const doc = frameDocument(el);
        if (doc) {
          visitor.root?.(doc);
          if (doc.documentElement) stack.push(doc.documentElement);
        }
        continue;
      }
      const shadow = opts.shadow ? (el as Element & { shadowRoot: ShadowRoot | null }).shadowRoot : null;
      // Push light children first so the shadow tree (what renders) is visited first.
      for (let c = el.lastChild; c; c = c.previousSibling) stack.push(c);
      if (shadow) {
        visitor.root?.(shadow);
        for (let c = shadow.lastChild; c; c = c.previousSibling) stack.push(c);
      }
      continue;
    }
    if (node.nodeType === 9 || node.nodeType === 11) for (let c = node.lastChild; c; c = c.previousSibling) stack.push(c);
  }
  return { nodes, truncated: false };
}
