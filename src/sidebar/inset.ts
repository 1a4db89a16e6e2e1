// Room for the open sidebar. In a window wide enough, the page's root element gets a right
// margin as wide as the sidebar, so the article is read beside it, not under it (as the
// browser's own side panel narrows the page). It is one style element of ours: taking it out
// gives the page back exactly. In a narrow window the sidebar overlays the page as before.
export const INSET_ATTR = 'data-cppcc-lens-inset';
/** The sidebar's width (styles.css, .lens). */
export const SIDEBAR_WIDTH = 360;
/** The page keeps at least this width beside the sidebar, or it is not pushed at all. */
export const MIN_PAGE_WIDTH = 640;

export class PageInset {
  private style: HTMLStyleElement | null = null;

  /** write: the session's own-writes wrapper (its observer ignores what happens inside). */
  constructor(
    private readonly doc: Document,
    private readonly write: <T>(fn: () => T) => T,
  ) {}

  /** Pushes the page aside while the sidebar is open and the window has room; whether it is. */
  update(open: boolean): boolean {
    const width = this.doc.defaultView?.innerWidth ?? 0;
    const want = open && width - SIDEBAR_WIDTH >= MIN_PAGE_WIDTH;
    if (want === !!this.style?.isConnected) return want;
    this.write(() => {
      if (want) {
        const style = this.doc.createElement('style');
        style.setAttribute(INSET_ATTR, '');
        style.setAttribute('data-cppcc-lens-ui', '');
        style.textContent = `html{margin-right:${SIDEBAR_WIDTH}px!important}`;
        (this.doc.head ?? this.doc.documentElement)?.appendChild(style);
        this.style = style;
      } else {
        this.style?.remove();
        this.style = null;
      }
    });
    return want;
  }
}
