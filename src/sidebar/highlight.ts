// Click-to-find: scroll to a figure and highlight it. The CSS Custom Highlight API marks the
// range without touching the page DOM; where the browser lacks it, an overlay box inside the
// extension's own shadow root is drawn over the range instead.
const NAME = 'cppcc-lens-figure';
const STYLE_ATTR = 'data-cppcc-lens-highlight';

interface HighlightRegistry {
  set(name: string, h: unknown): void;
  delete(name: string): void;
}

function registry(view: Window): HighlightRegistry | null {
  const css = (view as unknown as { CSS?: { highlights?: HighlightRegistry } }).CSS;
  const Ctor = (view as unknown as { Highlight?: unknown }).Highlight;
  return css?.highlights && Ctor ? css.highlights : null;
}

export class Highlighter {
  private style: HTMLStyleElement | null = null;
  private timer = 0;

  constructor(
    private readonly doc: Document,
    /** An element in the extension's shadow root for the overlay fallback. */
    private readonly overlayHost: HTMLElement,
  ) {}

  show(range: Range): 'highlight' | 'overlay' {
    const view = this.doc.defaultView as Window;
    const target = range.startContainer.parentElement;
    target?.scrollIntoView({ block: 'center', behavior: 'auto' });
    this.clear();
    const reg = registry(view);
    if (reg) {
      if (!this.style?.isConnected) {
        this.style = this.doc.createElement('style');
        this.style.setAttribute(STYLE_ATTR, '');
        this.style.textContent = `::highlight(${NAME}){background-color:#ffd54a;color:#000}`;
        (this.doc.head ?? this.doc.documentElement).appendChild(this.style);
      }
      const H = (view as unknown as { Highlight: new (...r: Range[]) => unknown }).Highlight;
      reg.set(NAME, new H(range));
      this.timer = view.setTimeout(() => this.clear(), 6000);
      return 'highlight';
    }
    for (const rect of Array.from(range.getClientRects())) {
      const box = this.doc.createElement('div');
      box.className = 'find-box';
      box.style.cssText = `position:fixed;left:${rect.left - 2}px;top:${rect.top - 2}px;width:${rect.width + 4}px;height:${rect.height + 4}px;background:rgba(255,213,74,.45);outline:2px solid #e0a800;pointer-events:none;z-index:2147483645`;
      this.overlayHost.appendChild(box);
    }
    this.timer = view.setTimeout(() => this.clear(), 3000);
    return 'overlay';
  }

  clear(): void {
    const view = this.doc.defaultView;
    if (view) {
      view.clearTimeout(this.timer);
      registry(view)?.delete(NAME);
    }
    this.overlayHost.querySelectorAll('.find-box').forEach((b) => b.remove());
  }

  destroy(): void {
    this.clear();
    this.style?.remove();
    this.style = null;
  }
}
