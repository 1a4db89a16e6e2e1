// A faster engine over opencc-js's own dictionaries, with opencc-js's exact output.
//
// opencc-js (dist/esm-lib/core.js) converts with a trie of Maps keyed by code point: at every
// position it reads a code point, looks it up in a Map of ~4,000 entries, allocates a match
// object and pushes single characters to an array. Here the same dictionaries, loaded with the
// same precedence, go into flat tables: one byte per UTF-16 code unit says whether a
// one-unit key or a longer key starts with it, a one-unit key's value is one array read, and
// only longer keys (phrases, astral characters) walk a small trie. Output goes into one reused
// code unit buffer, decoded once.
//
// The semantics copied from opencc-js, all of which the unit tests compare against it:
//  - a group of dictionaries loads last to first, so an earlier dictionary's value wins;
//  - longest match from each position, left to right; matching starts only on code point
//    boundaries, and a key matches only whole code points (keys are well-formed UTF-16);
//  - at an ideographic description sequence (U+2FF0–U+2FFF) with no match, the whole sequence
//    is copied unconverted;
//  - a config's normalization chain runs first; with a segmentation dictionary, the text is cut
//    into its matches and the runs between them, and every converter in the chain converts each
//    segment on its own.
// matchesReference checks it against opencc-js on every dictionary key; engine.ts falls back to
// opencc-js's converter if a future version of the dictionaries or the algorithm disagrees.
import type { ConvertFn } from './batch';
import type { OpenCCModule, SourceVariant } from './engine';

type Dict = string | readonly (readonly [string, string])[] | readonly string[][];
type DictGroup = readonly Dict[];
interface Config {
  normalizationChain?: readonly DictGroup[];
  segmentation?: Dict | DictGroup;
  conversionChain: readonly DictGroup[];
}
export interface OpenCCLocale {
  configs?: Record<string, Config | undefined>;
}

interface Node {
  val?: string;
  next?: Map<number, Node>;
}

function entriesOf(d: Dict): [string, string][] {
  if (typeof d === 'string') {
    if (!d) return [];
    return d.split('|').map((line) => {
      const [l, r] = line.split(' ');
      if (typeof l !== 'string' || typeof r !== 'string') throw new TypeError('opencc dictionary entry without a value');
      return [l, r];
    });
  }
  return d.map((e) => [String(e[0]), String(e[1])]);
}

const SINGLE = 1;
const LONGER = 2;

/** One dictionary group as opencc-js's Trie holds it, in flat tables. */
export class FastTrie {
  private readonly head = new Uint8Array(0x10000);
  private readonly single: (string | undefined)[] = new Array(0x10000);
  /** A one-unit key's value when that is one unit too (0: none, or longer). */
  private readonly code = new Uint16Array(0x10000);
  private readonly root = new Map<number, Node>();

  constructor(group: readonly Dict[]) {
    // opencc-js: group.slice().reverse().forEach(loadDict), each addWord overwriting.
    for (const d of [...group].reverse()) for (const [k, v] of entriesOf(d)) this.add(k, v);
  }

  private add(key: string, val: string): void {
    if (!key) return; // opencc-js stores it on the root, where no match ever reads it
    const c = key.charCodeAt(0);
    if (key.length === 1) {
      this.head[c] = (this.head[c] as number) | SINGLE;
      this.single[c] = val;
      this.code[c] = val.length === 1 ? val.charCodeAt(0) : 0;
      return;
    }
    this.head[c] = (this.head[c] as number) | LONGER;
    let map = this.root;
    let node: Node | undefined;
    for (let i = 0; i < key.length; i++) {
      const u = key.charCodeAt(i);
      node = map.get(u);
      if (!node) map.set(u, (node = {}));
      if (i < key.length - 1) map = node.next ??= new Map();
    }
    (node as Node).val = val;
  }

  /** Longest key starting at i: its end, with the value in this.found; 0 when none. */
  private found = '';
  private match(s: string, i: number, h: number): number {
    let end = 0;
    if (h & LONGER) {
      let map: Map<number, Node> | undefined = this.root;
      for (let j = i; map && j < s.length; j++) {
        const node: Node | undefined = map.get(s.charCodeAt(j));
        if (!node) break;
        if (node.val !== undefined) {
          end = j + 1;
          this.found = node.val;
        }
        map = node.next;
      }
    }
    if (!end && h & SINGLE) {
      this.found = this.single[s.charCodeAt(i)] as string;
      end = i + 1;
    }
    return end;
  }

  convert(s: string): string {
    const n = s.length;
    const head = this.head;
    const code = this.code;
    // Most strings through a normalization pass, and many short ones, have no key at all.
    let first = 0;
    while (first < n && head[s.charCodeAt(first)] === 0) first++;
    if (first === n) return s;
    // Output goes into a code unit buffer, turned into one flat string at the end (a string
    // built by += is a rope that the next reader pays to flatten).
    let buf = scratch(n + 64);
    let w = 0;
    let changed = false;
    let surrogates = false;
    for (let i = 0; i < n; ) {
      const c = s.charCodeAt(i);
      const h = head[c] as number;
      if (h === 0) {
        // Neither a key's start, nor an ideographic description character, nor a surrogate.
        if (c < 0x2ff0 || (c > 0x2fff && (c < 0xd800 || c > 0xdfff))) {
          buf[w++] = c;
          i++;
          continue;
        }
        if (c >= 0xd800) surrogates = true;
      } else if (h === SINGLE && code[c]) {
        // The common case: a one-unit key with a one-unit value.
        buf[w++] = code[c] as number;
        changed = true;
        i++;
        continue;
      }
      const end = h ? this.match(s, i, h) : 0;
      if (end) {
        const v = this.found;
        if (w + v.length + (n - end) > buf.length) buf = grow(buf, w, w + v.length + (n - end) + 64);
        for (let k = 0; k < v.length; k++) {
          const u = v.charCodeAt(k);
          if (u >= 0xd800 && u <= 0xdfff) surrogates = true;
          buf[w++] = u;
        }
        changed = true;
        i = end;
      } else {
        const len = unmatchedLength(s, i, c);
        for (let k = 0; k < len; k++) {
          const u = s.charCodeAt(i + k);
          if (u >= 0xd800 && u <= 0xdfff) surrogates = true;
          buf[w++] = u;
        }
        i += len;
      }
    }
    return changed ? decode(buf, w, surrogates) : s;
  }

  /** opencc-js's Trie.segment: each match alone, and each run between matches as one piece. */
  segment(s: string): string[] {
    const n = s.length;
    const head = this.head;
    const out: string[] = [];
    let run = -1;
    for (let i = 0; i < n; ) {
      const c = s.charCodeAt(i);
      const h = head[c] as number;
      const end = h ? this.match(s, i, h) : 0;
      if (end) {
        if (run >= 0) out.push(s.slice(run, i));
        run = -1;
        out.push(s.slice(i, end));
        i = end;
      } else {
        if (run < 0) run = i;
        i += unmatchedLength(s, i, c);
      }
    }
    if (run >= 0) out.push(s.slice(run, n));
    return out;
  }
}

let shared = new Uint16Array(1024);
/** Kept between calls up to 512 KB; a longer string gets a buffer of its own. */
const KEEP = 1 << 18;
/** A buffer of at least n code units, reused between calls. */
function scratch(n: number): Uint16Array {
  if (n > KEEP) return new Uint16Array(n);
  if (shared.length < n) shared = new Uint16Array(Math.min(KEEP, Math.max(n, shared.length * 2)));
  return shared;
}
function grow(buf: Uint16Array, used: number, need: number): Uint16Array {
  const next = new Uint16Array(Math.max(need, buf.length * 2));
  next.set(buf.subarray(0, used));
  if (buf === shared && next.length <= KEEP) shared = next;
  return next;
}
const utf16 = typeof TextDecoder === 'function' ? new TextDecoder('utf-16le') : null;
/**
 * The first `len` code units as a string. TextDecoder is fastest but turns a lone surrogate into
 * U+FFFD, so text with any surrogate goes through String.fromCharCode, which keeps every unit.
 */
function decode(buf: Uint16Array, len: number, surrogates: boolean): string {
  if (utf16 && !surrogates) return utf16.decode(buf.subarray(0, len));
  const STEP = 1024;
  if (len <= STEP) return String.fromCharCode.apply(null, buf.subarray(0, len) as unknown as number[]);
  const parts: string[] = [];
  for (let i = 0; i < len; i += STEP) parts.push(String.fromCharCode.apply(null, buf.subarray(i, Math.min(len, i + STEP)) as unknown as number[]));
  return parts.join('');
}

function codePointLength(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
    const d = s.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return 2;
  }
  return 1;
}

function idsArity(cp: number): number {
  if (cp >= 0x2ff0 && cp <= 0x2ff1) return 2;
  if (cp >= 0x2ff2 && cp <= 0x2ff3) return 3;
  if (cp >= 0x2ff4 && cp <= 0x2fff) return 2;
  return 0;
}

/** opencc-js's getIdeographicDescriptionSequenceEnd. */
function idsEnd(s: string, i: number): number {
  const arity = idsArity(s.charCodeAt(i));
  if (arity === 0) return 0;
  let end = i + codePointLength(s, i);
  for (let k = 0; k < arity; k++) {
    if (end >= s.length) return 0;
    const child = idsEnd(s, end);
    end = child || end + codePointLength(s, end);
  }
  return end;
}

/** How far an unmatched position advances (opencc-js's getUnmatchedLength). */
function unmatchedLength(s: string, i: number, c: number): number {
  if (c < 0x2ff0) return 1;
  if (c <= 0x2fff) {
    const e = idsEnd(s, i);
    return e > i ? e - i : 1;
  }
  return c >= 0xd800 && c <= 0xdbff ? codePointLength(s, i) : 1;
}

/** opencc-js's segmentation setting: a group of serialized dictionaries, or one dictionary. */
function segmentationGroup(seg: Dict | DictGroup): Dict[] {
  return Array.isArray(seg) && seg.every((d) => typeof d === 'string') ? (seg as Dict[]) : [seg as Dict];
}

function probeText(config: Config): string {
  const dicts: Dict[] = [];
  for (const g of config.normalizationChain ?? []) dicts.push(...g);
  for (const g of config.conversionChain) dicts.push(...g);
  if (config.segmentation) dicts.push(...segmentationGroup(config.segmentation));
  return dicts.flatMap((d) => entriesOf(d).map(([k]) => k)).join('\n');
}

export interface CompiledFast {
  convert: ConvertFn;
  /** Every key of the config's dictionaries, newline-joined: the self-check's text. */
  probe(): string;
}

/**
 * The fast converter for from → cn, built from the module's Locale.configs without checking it
 * (see matchesReference), or null when the module has no such config.
 */
export function compileFast(mod: OpenCCModule & { Locale?: OpenCCLocale }, from: SourceVariant): CompiledFast | null {
  // opencc-js's ConverterBuilder names the config for from → cn this way.
  const config = mod.Locale?.configs?.[`${from}2s`];
  if (!config || !Array.isArray(config.conversionChain)) return null;
  const normalize = (config.normalizationChain ?? []).map((g) => new FastTrie(g));
  const segmenter = config.segmentation ? new FastTrie(segmentationGroup(config.segmentation)) : null;
  const chain = config.conversionChain.map((g) => new FastTrie(g));
  const convert = (input: string): string => {
    let s = input;
    for (const t of normalize) s = t.convert(s);
    if (!segmenter) {
      for (const t of chain) s = t.convert(s);
      return s;
    }
    let parts = segmenter.segment(s);
    for (const t of chain) parts = parts.map((p) => t.convert(p));
    return parts.join('');
  };
  return { convert, probe: () => probeText(config) };
}

/** Whether the compiled converter gives opencc-js's output on every dictionary key. */
export function matchesReference(compiled: CompiledFast, reference: (s: string) => string): boolean {
  const probe = compiled.probe();
  return compiled.convert(probe) === reference(probe);
}

/** compileFast, kept only when it matches opencc-js's own converter. */
export function buildFastConverter(mod: OpenCCModule & { Locale?: OpenCCLocale }, from: SourceVariant, reference: (s: string) => string): ConvertFn | null {
  const compiled = compileFast(mod, from);
  return compiled && matchesReference(compiled, reference) ? compiled.convert : null;
}
