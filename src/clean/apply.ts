// Hides classified blocks in place: one data attribute per block, one injected stylesheet.
// Nothing is removed, moved, or changed in the page's own attributes; restore() undoes it all.
import type { ClassifiedBlock } from './classify';

export const HIDE_ATTR = 'data-cppcc-lens-hide';
export const LABEL_ATTR = 'data-cppcc-lens-label';
export const STYLE_ATTR = 'data-cppcc-lens-style';
/** On a <br> that would leave an empty line where a hidden line was. */
export const GAP_ATTR = 'data-cppcc-lens-gap';

export type HideMode = 'hide' | 'outline';

const CSS: Record<HideMode, string> = {
  hide: `[${HIDE_ATTR}],br[${GAP_ATTR}]{display:none!important}`,
  outline: `[${HIDE_ATTR}]{outline:2px dashed #b3261e!important;outline-offset:2px!important;opacity:.75!important}
[${HIDE_ATTR}="boilerplate"]{outline-color:#6b6b6b!important}
[${HIDE_ATTR}]::before{content:attr(${LABEL_ATTR});display:block!important;width:max-content!important;max-width:100%!important;margin:0 0 2px!important;padding:1px 6px!important;font:12px/1.5 system-ui,sans-serif!important;color:#fff!important;background:#b3261e!important;border-radius:3px!important;text-indent:0!important}
[${HIDE_ATTR}="boilerplate"]::before{background:#5c5c5c!important}`,
};

export interface HideCounts {
  spam: number;
  boilerplate: number;
}

export class BlockHider {
  private marked = new Set<Element>();
  private gaps = new Set<Element>();
  private style: HTMLStyleElement | null = null;
  private mode: HideMode = 'hide';

  constructor(private readonly doc: Document) {}

  /** Marks blocks (skipping the ones the user unhid); returns how many of each are hidden. */
  apply(blocks: readonly ClassifiedBlock[], label: (b: ClassifiedBlock) => string): HideCounts {
    for (const b of blocks) {
      if (b.unhidden) {
        this.unmark(b.el);
        continue;
      }
      if (b.el.getAttribute(HIDE_ATTR) !== b.kind) b.el.setAttribute(HIDE_ATTR, b.kind);
      const text = label(b);
      if (b.el.getAttribute(LABEL_ATTR) !== text) b.el.setAttribute(LABEL_ATTR, text);
      this.marked.add(b.el);
    }
    this.ensureStyle();
    return this.counts();
  }

  unmark(el: Element): void {
    if (!this.marked.has(el)) return;
    el.removeAttribute(HIDE_ATTR);
    el.removeAttribute(LABEL_ATTR);
    this.marked.delete(el);
  }

  counts(): HideCounts {
    let spam = 0;
    let boilerplate = 0;
    for (const el of this.marked) {
      if (el.getAttribute(HIDE_ATTR) === 'spam') spam++;
      else boilerplate++;
    }
    return { spam, boilerplate };
  }

  /** Hides exactly these line breaks (while hiding; outlined, the hidden lines show). */
  setGaps(brs: Iterable<Element>): void {
    const next = new Set(brs);
    for (const el of this.gaps) if (!next.has(el)) el.removeAttribute(GAP_ATTR);
    for (const el of next) if (!el.hasAttribute(GAP_ATTR)) el.setAttribute(GAP_ATTR, '');
    this.gaps = next;
    if (next.size) this.ensureStyle();
  }

  /** How many line breaks are hidden. */
  get gapCount(): number {
    return this.gaps.size;
  }

  /** Forgets blocks the page removed (a page that re-inserts spam must not grow memory). */
  prune(): void {
    for (const el of this.marked) if (!el.isConnected) this.marked.delete(el);
    for (const el of this.gaps) if (!el.isConnected) this.gaps.delete(el);
  }

  isMarked(el: Element): boolean {
    return this.marked.has(el);
  }

  /** How many blocks are marked. */
  get size(): number {
    return this.marked.size;
  }

  setMode(mode: HideMode): void {
    this.mode = mode;
    if (this.style) this.style.textContent = CSS[mode];
  }

  private ensureStyle(): void {
    if (this.style?.isConnected) return;
    const style = this.doc.createElement('style');
    style.setAttribute(STYLE_ATTR, '');
    style.textContent = CSS[this.mode];
    (this.doc.head ?? this.doc.documentElement).appendChild(style);
    this.style = style;
  }

  /** The style element, so the mutation observer can tell it apart from page changes. */
  get styleElement(): HTMLStyleElement | null {
    return this.style;
  }

  restore(): void {
    for (const el of this.marked) {
      el.removeAttribute(HIDE_ATTR);
      el.removeAttribute(LABEL_ATTR);
    }
    this.marked.clear();
    for (const el of this.gaps) el.removeAttribute(GAP_ATTR);
    this.gaps.clear();
    this.style?.remove();
    this.style = null;
  }
}
