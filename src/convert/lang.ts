// Switching a page's lang between zh-Hant and zh-Hans makes the browser lay out every line
// again (the locale picks the font's glyphs): one frame of 0.4-0.75 s on a 1M-character page. So
// each block takes, with its converted (or restored) text, the lang it will inherit once the
// page's own lang attributes have switched; that cost is then spread over the chunks the
// browser lays out anyway. Once the page's attributes have switched the marks go, and nothing
// is laid out twice: every marked block already had the lang it now inherits.
import { blockOf } from './dom';

/** The lang an element carrying a lang attribute (a scope) will have once the switch is done. */
export type FinalLang = (scope: Element) => string | null;

export class LangMarks {
  /** Blocks we gave a lang, and the lang we gave them. */
  private marks = new Map<Element, string>();
  private blocks = new Map<Element, Element | null>();
  /** Per parent element: the lang it will inherit at the end, and the one it inherits now. */
  private finals = new Map<Element, string | null>();
  private nows = new Map<Element, string | null>();

  constructor(private readonly write: <T>(fn: () => T) => T) {}

  /** Gives each block of these text nodes, now, the lang it will inherit at the end (finalOf). */
  mark(nodes: readonly Text[], finalOf: FinalLang): void {
    const todo: [Element, string][] = [];
    let last: Element | null = null;
    // Most blocks share their parent with the block before (the paragraphs of one article).
    let lastUp: Element | null = null;
    let end: string | null = null;
    let now: string | null = null;
    for (const node of nodes) {
      const parent = node.parentElement;
      const block = parent && blockOf(parent, this.blocks);
      // A block just seen is skipped; the body switches with the page itself.
      if (!block || block === last || block.localName === 'body') continue;
      last = block;
      const up = block.parentElement;
      if (!up) continue;
      const own = block.hasAttribute('lang');
      // A block with a lang of its own (the page's) switches itself, with the page.
      if (own && !this.marks.has(block)) continue;
      if (up !== lastUp) {
        lastUp = up;
        end = this.finalOf(up, finalOf);
        now = this.nowOf(up);
      }
      if (end !== null && end !== (own ? this.marks.get(block) : now)) todo.push([block, end]);
    }
    if (!todo.length) return;
    this.write(() => {
      for (const [el, lang] of todo) {
        el.setAttribute('lang', lang);
        this.marks.set(el, lang);
      }
    });
    this.nows.clear(); // what the blocks below a marked one inherit has changed
  }

  /** Takes the marks off once the page's own lang attributes have switched (a mark the page has changed since is the page's and stays). */
  release(): void {
    const marks = this.marks;
    this.marks = new Map();
    this.blocks.clear();
    this.finals.clear();
    this.nows.clear();
    if (!marks.size) return;
    this.write(() => {
      for (const [el, lang] of marks) if (el.getAttribute('lang') === lang) el.removeAttribute('lang');
    });
  }

  /** Nearest element at or above el with a lang attribute of the page's own (not a mark), then finalOf it. */
  private finalOf(el: Element, finalOf: FinalLang): string | null {
    const cached = this.finals.get(el);
    if (cached !== undefined) return cached;
    let scope: Element | null = el;
    while (scope && !(scope.hasAttribute('lang') && !this.marks.has(scope))) scope = scope.parentElement;
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
