// The text and attribute overlays the page session writes through (Dark Reader-style): every
// node the extension changes keeps its original ("base") and what was written. A node whose
// current value is not what we wrote was changed by the page since: the page's text wins and
// becomes the new base, and restore() never writes a stale original over it.

export type Prepare = (base: string, node: Text) => string;
/** blocks: each node's block, when the caller has found them (see blocksOf in convert/dom). */
export type Transform = (texts: string[], nodes: Text[], blocks?: readonly (Element | null)[]) => string[];

interface Entry {
  base: string;
  written: string;
}

export interface WriteHooks {
  /** Called around every batch of writes so the mutation observer can ignore them. */
  write<T>(fn: () => T): T;
}

/**
 * A text node as the layer marks it: its base and what we wrote sit on the node itself, under
 * keys private to the layer (the page never sees them: they live on the extension's own view
 * of the node). Reading them costs a property load where a Map costs a hash lookup per node,
 * which matters when a conversion writes 20,000 nodes. `written` undefined: not in the list;
 * null: in the list, nothing written (kept until the list is compacted).
 */
type Marked = Text & Record<symbol, string | null | undefined>;

export class TextLayer {
  private readonly baseKey = Symbol('cppcc-lens base');
  private readonly writtenKey = Symbol('cppcc-lens written');
  /** Every node marked at some time, in the order first marked; unmarked ones are dropped when they pile up. */
  private list: Marked[] = [];
  private count = 0;
  /** Per-node repair and title cleanup (cleanup on). */
  prepare: Prepare | null = null;
  /** Batch conversion (convert on). */
  transform: Transform | null = null;

  constructor(private readonly hooks: WriteHooks) {}

  private written(node: Text): string | null | undefined {
    return (node as Marked)[this.writtenKey];
  }

  private mark(node: Text, base: string, written: string): void {
    const m = node as Marked;
    const had = m[this.writtenKey];
    if (had === undefined) this.list.push(m);
    if (typeof had !== 'string') this.count++;
    m[this.baseKey] = base;
    m[this.writtenKey] = written;
  }

  /** Forgets a node's entry; true when it had one. */
  private unmark(node: Text): boolean {
    const m = node as Marked;
    if (typeof m[this.writtenKey] !== 'string') return false;
    m[this.baseKey] = null;
    m[this.writtenKey] = null;
    this.count--;
    if (this.list.length > 2 * this.count + 1024) this.compact(() => true);
    return true;
  }

  /** Keeps the listed nodes that still have an entry and pass `keep`; unlists the rest. */
  private compact(keep: (n: Text) => boolean): void {
    const kept: Marked[] = [];
    for (const m of this.list) {
      if (typeof m[this.writtenKey] === 'string' && keep(m)) kept.push(m);
      else {
        if (typeof m[this.writtenKey] === 'string') this.count--;
        m[this.baseKey] = undefined;
        m[this.writtenKey] = undefined;
      }
    }
    this.list = kept;
  }

  /** The base of a node whose current text is `cur` (read once by the caller). */
  private base(node: Text, cur: string): string {
    const written = this.written(node);
    if (typeof written !== 'string') return cur;
    if (cur === written) return (node as Marked)[this.baseKey] as string;
    this.unmark(node); // the page rewrote it: its text is the new base
    return cur;
  }

  /**
   * Desired text for each node from its base, through prepare then transform; each node's
   * current text goes into `current` (read once, for the writes that follow).
   */
  private plan(nodes: Text[], current: string[], blocks?: readonly (Element | null)[]): { bases: string[]; out: string[] } {
    const bases = new Array<string>(nodes.length);
    for (let i = 0; i < nodes.length; i++) {
      const node = nodes[i] as Text;
      const cur = node.data;
      current[i] = cur;
      bases[i] = this.count ? this.base(node, cur) : cur;
    }
    const prepared = this.prepare ? bases.map((b, i) => (this.prepare as Prepare)(b, nodes[i] as Text)) : bases;
    const out = this.transform ? this.transform(prepared, nodes, blocks) : prepared;
    return { bases, out };
  }

  /** Renders nodes (blocks: theirs, passed on to the transform); returns how many were written. */
  render(nodes: Text[], blocks?: readonly (Element | null)[]): number {
    if (!nodes.length) return 0;
    const current = new Array<string>(nodes.length);
    const { bases, out } = this.plan(nodes, current, blocks);
    let writes = 0;
    this.hooks.write(() => {
      for (let i = 0; i < nodes.length; i++) writes += this.put(nodes[i] as Text, bases[i] as string, out[i] as string, current[i] as string);
    });
    return writes;
  }

  /** Shows `text` in a node whose base is `base` and whose text is now `cur`. */
  private put(node: Text, base: string, text: string, cur: string): number {
    if (text === base) {
      if (this.unmark(node) && cur !== base) {
        node.data = base;
        return 1;
      }
      return 0;
    }
    this.mark(node, base, text);
    if (cur === text) return 0;
    node.data = text;
    return 1;
  }

  /** Every node currently holding text we wrote. */
  touched(): Text[] {
    return this.list.filter((m) => typeof m[this.writtenKey] === 'string');
  }

  has(node: Text): boolean {
    return typeof this.written(node) === 'string';
  }

  /** Puts back every original the page has not changed since; forgets the rest. */
  restore(filter?: (n: Text) => boolean): number {
    let n = 0;
    this.hooks.write(() => {
      for (const m of this.list) {
        const written = m[this.writtenKey];
        if (typeof written !== 'string' || (filter && !filter(m))) continue;
        if (m.data === written) {
          m.data = m[this.baseKey] as string;
          n++;
        }
        m[this.baseKey] = null;
        m[this.writtenKey] = null;
        this.count--;
      }
    });
    // Unlist what no longer has an entry (all of it, without a filter).
    this.compact(() => true);
    return n;
  }

  /** Forgets nodes no longer in any document (keeps memory bounded). */
  prune(): void {
    this.compact((m) => m.isConnected);
  }

  get size(): number {
    return this.count;
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
