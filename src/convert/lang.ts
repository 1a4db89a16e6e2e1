// Switching a page's lang between zh-Hant and zh-Hans makes the browser lay out every line
// again (the locale picks the font's glyphs): one frame of 0.4-0.75 s on a 1M-character page. So
// each block takes, with its converted text, the lang it will inherit once the page's own lang
// attributes have switched; that cost is then spread over the chunks the browser lays out
// anyway. The marks stay while the page is converted (each says what its block shows, and
// taking 20,000 of them off would cost a conversion as much as the marks' own upkeep). Restore
// switches the page's lang back first, the marks holding the blocks still converted, and takes
// each mark off as its block's text comes back: the block then inherits the page's lang again.
import { blocksOf } from './dom';

/** The lang an element carrying a lang attribute (a scope) will have once the switch is done. */
export type FinalLang = (scope: Element) => string | null;

export class LangMarks {
  /** Where a block keeps the lang we gave it (null once taken off): on the element itself, a property load where a Map would hash. */
  private readonly key = Symbol('cppcc-lens lang mark');
  /** Every block marked since the last release (some unmarked since). */
  private list: Element[] = [];
  private blocks = new Map<Element, Element | null>();
  /** Per parent element: the lang it will inherit at the end, and the one it inherits now. */
  private finals = new Map<Element, string | null>();
  private nows = new Map<Element, string | null>();

  constructor(private readonly write: <T>(fn: () => T) => T) {}

  private markOf(el: Element): string | null | undefined {
    return (el as Element & Record<symbol, string | null | undefined>)[this.key];
  }

  private setMark(el: Element, lang: string | null | undefined): void {
    (el as Element & Record<symbol, string | null | undefined>)[this.key] = lang;
  }

  /** Whether this element's lang attribute is one of our marks (not the page's). */
  isMark(el: Element): boolean {
    return typeof this.markOf(el) === 'string';
  }

  /**
   * Gives each block of these text nodes, now, the lang it will inherit at the end (finalOf).
   * blocks[i] is the block of nodes[i] (blocksOf: found once for the marks and the converter's runs).
   */
  mark(nodes: readonly Text[], finalOf: FinalLang, blocks: readonly (Element | null)[]): void {
    const todo: [Element, string][] = [];
    let last: Element | null = null;
    // Most blocks share their parent with the block before (the paragraphs of one article).
    let lastUp: Element | null = null;
    let end: string | null = null;
    let now: string | null = null;
    for (let i = 0; i < nodes.length; i++) {
      const block = blocks[i] ?? null;
      // A block just seen is skipped; the body switches with the page itself.
      if (!block || block === last || block.localName === 'body') continue;
      last = block;
      const up = block.parentElement;
      if (!up) continue;
      const mark = this.markOf(block);
      const own = typeof mark !== 'string' && block.hasAttribute('lang');
      // A block with a lang of its own (the page's) switches itself, with the page.
      if (own) continue;
      if (up !== lastUp) {
        lastUp = up;
        end = this.finalOf(up, finalOf);
        now = this.nowOf(up);
      }
      if (end !== null && end !== (typeof mark === 'string' ? mark : now)) todo.push([block, end]);
    }
    if (!todo.length) return;
    this.write(() => {
      for (const [el, lang] of todo) {
        el.setAttribute('lang', lang);
        if (this.markOf(el) === undefined) this.list.push(el);
        this.setMark(el, lang);
      }
    });
    this.nows.clear(); // what the blocks below a marked one inherit has changed
  }

  /** Takes the marks off the blocks of these text nodes: their text is back, and so is the lang they inherit. */
  unmark(nodes: readonly Text[]): void {
    const todo: Element[] = [];
    let last: Element | null = null;
    for (const block of blocksOf(nodes, this.blocks)) {
      if (!block || block === last) continue;
      last = block;
      if (this.isMark(block)) todo.push(block);
    }
    if (todo.length) this.write(() => todo.forEach((el) => this.takeOff(el)));
  }

  /** Takes every mark off (a mark the page has changed since is the page's and stays). */
  release(): void {
    const list = this.list;
    this.list = [];
    this.forget();
    const marked = list.filter((el) => this.isMark(el));
    if (marked.length) this.write(() => marked.forEach((el) => this.takeOff(el)));
    for (const el of list) this.setMark(el, undefined); // unlisted: a later mark lists it again
  }

  /** Forgets what was found about the page's structure (it may have changed since). */
  forget(): void {
    this.blocks.clear();
    this.finals.clear();
    this.nows.clear();
  }

  private takeOff(el: Element): void {
    if (el.getAttribute('lang') === this.markOf(el)) el.removeAttribute('lang');
    this.setMark(el, null);
  }

  /** Nearest element at or above el with a lang attribute of the page's own (not a mark), then finalOf it. */
  private finalOf(el: Element, finalOf: FinalLang): string | null {
    const cached = this.finals.get(el);
    if (cached !== undefined) return cached;
    let scope: Element | null = el;
    while (scope && !(scope.hasAttribute('lang') && !this.isMark(scope))) scope = scope.parentElement;
    const lang = scope ? finalOf(scope) : null;
    this.finals.set(el, lang);
    return lang;
  }

  private nowOf(el: Element): string | null {
    const cached = this.nows.get(el);
    if (cached !== undefined) return cached;
    const lang = el.closest('[lang]')?.getAttribute('lang') ?? null;
    this.nows.set(el, lang);
    return lang;
  }
}
