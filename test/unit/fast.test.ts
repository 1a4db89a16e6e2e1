// src/convert/fast.ts must give opencc-js's output for every string: the extension converts
// with it, and issue 5 asks for output equal to opencc-js's.
import fs from 'node:fs';
import path from 'node:path';
import * as OpenCC from 'opencc-js/t2cn';
import { describe, expect, it } from 'vitest';
import { buildFastConverter, FastTrie } from '../../src/convert/fast';
import { getConverter, openccConverter, quickConverter, settleConverter, type SourceVariant } from '../../src/convert/engine';
import { fixtureNames } from '../helpers/fixtures';

const VARIANTS: SourceVariant[] = ['t', 'tw', 'hk'];
const FIXTURES = path.resolve(__dirname, '../fixtures');
type Config = { normalizationChain?: string[][]; segmentation?: string[]; conversionChain: string[][] };
const configs = (OpenCC as unknown as { Locale: { configs: Record<string, Config> } }).Locale.configs;
const keysOf = (c: Config) =>
  [...(c.normalizationChain ?? []).flat(), ...c.conversionChain.flat(), ...(c.segmentation ?? [])].flatMap((d) => d.split('|').map((e) => e.split(' ')[0] as string));

/** A fixed-seed generator, so a failure names a string that can be reproduced. */
function rng(seed: number): () => number {
  let x = seed;
  return () => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return x / 2147483648;
  };
}

describe('fast converter = opencc-js', () => {
  const pairs = VARIANTS.map((v) => ({ v, fast: getConverter(OpenCC, v), ref: openccConverter(OpenCC, v) }));

  it('is built for every variant (it is not opencc-js itself)', () => {
    for (const { v, fast, ref } of pairs) expect(fast, v).not.toBe(ref);
  });

  // The fixtures are built from the seeds; the seeds themselves live outside the repository.
  it('on every fixture page, whole', () => {
    const texts = fixtureNames().map((n) => fs.readFileSync(path.join(FIXTURES, n, 'source.html'), 'utf8'));
    expect(texts.length).toBeGreaterThan(20);
    for (const { v, fast, ref } of pairs) for (const [i, s] of texts.entries()) expect(fast(s) === ref(s), `${v} text ${i}`).toBe(true);
  });

  it('on every dictionary key alone, and between neighbours that could extend it', () => {
    for (const { v, fast, ref } of pairs) {
      const keys = keysOf(configs[`${v}2s`] as Config);
      expect(keys.length).toBeGreaterThan(4000);
      for (let i = 0; i < keys.length; i++) {
        const k = keys[i] as string;
        const s = `${keys[(i + 7) % keys.length]}${k}${keys[(i + 13) % keys.length]}`;
        if (fast(k) !== ref(k) || fast(s) !== ref(s)) expect({ v, k, s, fast: [fast(k), fast(s)] }).toEqual({ v, k, s, fast: [ref(k), ref(s)] });
      }
    }
  });

  it('on 6,000 random strings of key pieces, surrogates (lone too), ideographic description sequences and compatibility ideographs', () => {
    const next = rng(20261121);
    const keys = keysOf(configs.t2s as Config);
    const atoms = ['\uD840', '\uDC00', '𠀀', '⿰', '⿱', '⿲', '⿻', '\u2FF5', '豈', '\uF900', '\uFA6D', '\uD87E\uDC00', 'a', ' ', '\n', '。', '\uE000', '1', '%'];
    for (const { v, fast, ref } of pairs) {
      for (let n = 0; n < 2000; n++) {
        let s = '';
        const len = Math.floor(next() * 24);
        for (let k = 0; k < len; k++) {
          const r = next();
          if (r < 0.55) {
            const key = keys[Math.floor(next() * keys.length)] as string;
            // Whole keys, and prefixes of phrases (a match that has to give up half way).
            s += next() < 0.7 ? key : key.slice(0, Math.max(1, Math.floor(next() * key.length)));
          } else s += atoms[Math.floor(next() * atoms.length)];
        }
        if (fast(s) !== ref(s)) expect({ v, s, out: fast(s) }).toEqual({ v, s, out: ref(s) });
      }
    }
  });

  it('on the edges: empty, a lone surrogate at either end, an unfinished description sequence', () => {
    for (const { v, fast, ref } of pairs)
      for (const s of ['', '\uD800', '\uDC00國', '國\uD800', '⿰', '⿰國', '⿰⿱國', '⿰國會議', '國⿰', '\uFA6D\uFA6D']) expect(fast(s), `${v} ${JSON.stringify(s)}`).toBe(ref(s));
  });

  it('when the output grows past its buffer (㗲 → 𠵾 doubles each character), short and past the kept size', () => {
    const fast = getConverter(OpenCC, 't');
    const ref = openccConverter(OpenCC, 't');
    expect(fast('㗲')).toBe('𠵾');
    for (const n of [100, 5_000, 300_000]) {
      const s = '國㗲'.repeat(n);
      expect(fast(s) === ref(s), String(n)).toBe(true);
      expect(fast(s).length).toBe(s.length + n);
    }
  });

  it('keeps opencc-js precedence: in a group, the earlier dictionary wins', () => {
    const t = new FastTrie(['甲 一|甲乙 二', '甲 三|乙 四']);
    expect(t.convert('甲乙甲丙乙')).toBe('二一丙四');
    const ref = OpenCC.ConverterFactory([['甲 一|甲乙 二', '甲 三|乙 四']]);
    expect(ref('甲乙甲丙乙')).toBe('二一丙四');
  });

  it('is not used when the module has no dictionaries, or when it disagrees with opencc-js', () => {
    const ref = openccConverter(OpenCC, 't');
    expect(buildFastConverter({ Converter: OpenCC.Converter }, 't', ref)).toBeNull();
    expect(buildFastConverter(OpenCC, 't', (s) => ref(s).replace('国', '國'))).toBeNull();
    expect(buildFastConverter(OpenCC, 't', ref)?.('國會')).toBe('国会');
    // And getConverter then falls back to opencc-js's own converter.
    const bare = { Converter: OpenCC.Converter };
    expect(getConverter(bare, 't')).toBe(openccConverter(bare, 't'));
  });

  it('starts a page with the unchecked fast converter, and settles on opencc-js when the check fails', async () => {
    let pauses = 0;
    const pause = async () => void pauses++;
    // A module object of its own, so nothing is cached for it yet.
    const agreeing = { ...OpenCC };
    const quick = quickConverter(agreeing, 't');
    expect(quick).not.toBe(openccConverter(agreeing, 't'));
    expect(await settleConverter(agreeing, 't', pause)).toBe(quick);
    expect(pauses).toBe(1);
    expect(await settleConverter(agreeing, 't', pause)).toBe(quick); // known: no second check
    expect(pauses).toBe(1);
    const disagreeing = { ...OpenCC, Converter: (o: { from: string; to: string }) => { const f = OpenCC.Converter(o); return (s: string) => f(s).replace(/国/g, '國'); } };
    const early = quickConverter(disagreeing, 't');
    expect(early('國')).toBe('国');
    const settled = await settleConverter(disagreeing, 't', pause);
    expect(settled).toBe(openccConverter(disagreeing, 't'));
    expect(settled('國會')).toBe('國会');
    expect(quickConverter(disagreeing, 't')).toBe(settled);
  });
});
