// The text and attribute overlays the page session writes through (Dark Reader-style): every
// node the extension changes keeps its original ("base") and what was written. A node whose
// current value is not what we wrote was changed by the page since: the page's text wins and
// becomes the new base, and restore() never writes a stale original over it.

export type Prepare = (base: string, node: Text) => string;
export type Transform = (texts: string[], nodes: Text[]) => string[];

interface Entry {
  base: string;
  written: string;
}

export interface WriteHooks {
  /** Called around every batch of writes so the mutation observer can ignore them. */
  write<T>(fn: () => T): T;
}

export class TextLayer {
  private entries = new Map<Text, Entry>();
  /** Per-node repair and title cleanup (cleanup on). */
  prepare: Prepare | null = null;
  /** Batch conversion (convert on). */
  transform: Transform | null = null;

  constructor(private readonly hooks: WriteHooks) {}

  /** The base of a node whose current text is `cur` (read once by the caller). */
  private base(node: Text, cur: string): string {
    const e = this.entries.get(node);
    if (e) {
      if (cur === e.written) return e.base;
      this.entries.delete(node); // the page rewrote it: its text is the new base
    }
    return cur;
  }

  /**
   * Desired text for each node from its base, through prepare then transform; each node's
   * current text goes into `current` (read once, for the writes that follow).
   */
  private plan(nodes: Text[], current: string[]): { bases: string[]; out: string[] } {
    const bases = new Array<string>(nodes.length);
    for (let i = 0; i < nodes.length; i++) {
      const node = nodes[i] as Text;
      const cur = node.data;
      current[i] = cur;
      bases[i] = this.entries.size ? this.base(node, cur) : cur;
    }
    const prepared = this.prepare ? bases.map((b, i) => (this.prepare as Prepare)(b, nodes[i] as Text)) : bases;
    const out = this.transform ? this.transform(prepared, nodes) : prepared;
    return { bases, out };
  }

  /** Renders nodes; returns how many were written. */
  render(nodes: Text[]): number {
    if (!nodes.length) return 0;
    const current = new Array<string>(nodes.length);
    const { bases, out } = this.plan(nodes, current);
    let writes = 0;
    this.hooks.write(() => {
      for (let i = 0; i < nodes.length; i++) writes += this.put(nodes[i] as Text, bases[i] as string, out[i] as string, current[i] as string);
    });
    return writes;
  }

  /** Shows `text` in a node whose base is `base` and whose text is now `cur`. */
  private put(node: Text, base: string, text: string, cur: string): number {
    if (text === base) {
      if (this.entries.delete(node) && cur !== base) {
        node.data = base;
        return 1;
      }
      return 0;
    }
    this.entries.set(node, { base, written: text });
    if (cur === text) return 0;
    node.data = text;
    return 1;
  }

  /** Every node currently holding text we wrote. */
  touched(): Text[] {
    return [...this.entries.keys()];
  }

  has(node: Text): boolean {
    return this.entries.has(node);
  }

  /** Puts back every original the page has not changed since; forgets the rest. */
  restore(filter?: (n: Text) => boolean): number {
    let n = 0;
    this.hooks.write(() => {
      for (const [node, e] of this.entries) {
        if (filter && !filter(node)) continue;
        if (node.data === e.written) {
          node.data = e.base;
          n++;
        }
        this.entries.delete(node);
      }
    });
    return n;
  }

  /** Drops entries for nodes no longer in any document (keeps memory bounded). */
  prune(): void {
    for (const node of this.entries.keys()) if (!node.isConnected) this.entries.delete(node);
  }

  get size(): number {
    return this.entries.size;
  }
}

/** The same bookkeeping for attributes (title, alt, placeholder, aria-label, button values, lang). */
export class AttrLayer {
  private entries = new Map<Element, Map<string, Entry>>();

  constructor(private readonly hooks: WriteHooks) {}

  baseOf(el: Element, name: string): string | null {
    const e = this.entries.get(el)?.get(name);
    const cur = el.getAttribute(name);
    if (e) {
      if (cur === e.written) return e.base;
      this.entries.get(el)?.delete(name);
    }
    return cur;
  }

  set(el: Element, name: string, base: string, value: string): void {
    let m = this.entries.get(el);
    if (value === base) {
      if (m?.delete(name)) this.hooks.write(() => el.setAttribute(name, base));
      return;
    }
    if (!m) this.entries.set(el, (m = new Map()));
    m.set(name, { base, written: value });
    if (el.getAttribute(name) !== value) this.hooks.write(() => el.setAttribute(name, value));
  }

  restore(): number {
    let n = 0;
    this.hooks.write(() => {
      for (const [el, m] of this.entries)
        for (const [name, e] of m)
          if (el.getAttribute(name) === e.written) {
            el.setAttribute(name, e.base);
            n++;
          }
    });
    this.entries.clear();
    return n;
  }

  get size(): number {
    let n = 0;
    for (const m of this.entries.values()) n += m.size;
    return n;
  }
}
