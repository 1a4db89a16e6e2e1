// Batched conversion: many strings in one converter call, joined by a separator that no
// dictionary entry contains (a private-use character absent from the batch), so no phrase
// can span two strings and the output splits back exactly.
export type ConvertFn = (s: string) => string;

const SURROGATE = /[\uD800-\uDFFF]/;
const SEPARATORS = ['\uE000', '\uE001', '\uE002', '\uE003', '\uF8F0', '\uF8FF'];
/** Characters no dictionary phrase contains: safe points to cut a very long string. */
const CUT = /[\n。！？；]/g;
export const MAX_PIECE = 50_000;

/** How many times the one-unit string sep occurs in s. */
function countOf(s: string, sep: string): number {
  let n = 0;
  for (let i = s.indexOf(sep); i >= 0; i = s.indexOf(sep, i + 1)) n++;
  return n;
}

export function convertBatch(texts: readonly string[], convert: ConvertFn): string[] {
  if (texts.length === 0) return [];
  if (texts.length === 1) return [convertLong(texts[0] as string, convert)];
  let total = 0;
  for (const t of texts) total += t.length;
  if (total <= MAX_PIECE * 4) {
    for (const sep of SEPARATORS) {
      const joined = texts.join(sep);
      // A text that contains the separator would split wrong: take the next one.
      if (countOf(joined, sep) !== texts.length - 1) continue;
      const out = convert(joined).split(sep);
      if (out.length === texts.length) return out;
      break;
    }
  }
  return texts.map((t) => convertLong(t, convert));
}

/** Converts a string of any size in pieces cut at phrase-safe points. */
export function convertLong(text: string, convert: ConvertFn): string {
  if (text.length <= MAX_PIECE) return convert(text);
  let out = '';
  for (const piece of splitSafe(text, MAX_PIECE)) out += convert(piece);
  return out;
}

/** Pieces of at most ~max characters, each ending at a safe cut point when there is one. */
export function splitSafe(text: string, max: number): string[] {
  const pieces: string[] = [];
  let start = 0;
  while (text.length - start > max) {
    let cut = -1;
    CUT.lastIndex = start + Math.floor(max / 2);
    for (let m = CUT.exec(text); m && m.index < start + max; m = CUT.exec(text)) cut = m.index + 1;
    if (cut <= start) {
      // No punctuation: cut between two code points, never inside a surrogate pair.
      cut = start + max;
      const c = text.charCodeAt(cut - 1);
      if (c >= 0xd800 && c <= 0xdbff) cut--;
    }
    pieces.push(text.slice(start, cut));
    start = cut;
  }
  pieces.push(text.slice(start));
  return pieces;
}

/**
 * Converts runs of adjacent text (e.g. the nodes of one paragraph: <b>著</b>名) as one string
 * so phrases across inline elements convert as opencc-js would convert the joined text, then
 * slices the result back by the original lengths. A run is texts[starts[r]] up to the next
 * start. In the t2cn dictionaries every mapping that changes length has an astral
 * (surrogate-pair) character on one side, so a run with no surrogates before or after
 * conversion kept every position; otherwise each text of the run is converted on its own.
 */
export function convertRuns(texts: readonly string[], starts: readonly number[], convert: ConvertFn): string[] {
  const ends = (r: number) => (r + 1 < starts.length ? (starts[r + 1] as number) : texts.length);
  const joined = starts.map((a, r) => (ends(r) - a === 1 ? (texts[a] as string) : texts.slice(a, ends(r)).join('')));
  const converted = convertBatch(joined, convert);
  const out = new Array<string>(texts.length);
  starts.forEach((a, r) => {
    const b = ends(r);
    const whole = converted[r] as string;
    if (b - a === 1) {
      out[a] = whole;
      return;
    }
    const run = texts.slice(a, b);
    if (whole.length !== (joined[r] as string).length || SURROGATE.test(whole) || SURROGATE.test(joined[r] as string)) {
      convertBatch(run, convert).forEach((s, k) => (out[a + k] = s));
      return;
    }
    let at = 0;
    run.forEach((s, k) => {
      out[a + k] = whole.slice(at, at + s.length);
      at += s.length;
    });
  });
  return out;
}
