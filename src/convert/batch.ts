// Batched conversion: many strings in one converter call, joined by a separator that no
// dictionary entry contains (a private-use character absent from the batch), so no phrase
// can span two strings and the output splits back exactly.
export type ConvertFn = (s: string) => string;

const SURROGATE = /[\uD800-\uDFFF]/;
const SEPARATORS = ['\uE000', '\uE001', '\uE002', '\uE003', '\uF8F0', '\uF8FF'];
/** Characters no dictionary phrase contains: safe points to cut a very long string. */
const CUT = /[\n。！？；]/g;
export const MAX_PIECE = 50_000;

function pickSeparator(joinedProbe: string): string | null {
  for (const s of SEPARATORS) if (!joinedProbe.includes(s)) return s;
  return null;
}

export function convertBatch(texts: readonly string[], convert: ConvertFn): string[] {
  if (texts.length === 0) return [];
  if (texts.length === 1) return [convertLong(texts[0] as string, convert)];
  const probe = texts.join('');
  const sep = pickSeparator(probe);
  if (sep !== null && probe.length <= MAX_PIECE * 4) {
    const out = convert(texts.join(sep)).split(sep);
    if (out.length === texts.length) return out;
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
 * slices the result back by the original lengths. In the t2cn dictionaries every mapping that
 * changes length has an astral (surrogate-pair) character on one side, so a run with no
 * surrogates before or after conversion kept every position; otherwise each node of the run is
 * converted on its own.
 */
export function convertRuns(runs: readonly (readonly string[])[], convert: ConvertFn): string[][] {
  const joined = runs.map((r) => r.join(''));
  const out = convertBatch(joined, convert);
  return runs.map((run, i) => {
    const whole = out[i] as string;
    if (run.length === 1) return [whole];
    if (whole.length !== (joined[i] as string).length || SURROGATE.test(whole) || SURROGATE.test(joined[i] as string)) return convertBatch(run, convert);
    const parts: string[] = [];
    let at = 0;
    for (const s of run) {
      parts.push(whole.slice(at, at + s.length));
      at += s.length;
    }
    return parts;
  });
}
