import * as OpenCC from 'opencc-js/t2cn';
import * as L from 'opencc-js/preset/t2cn';
import { describe, expect, it } from 'vitest';
import { convertBatch, convertLong, convertRuns, MAX_PIECE, splitSafe } from '../../src/convert/batch';
import { getConverter, openccConverter, resolveVariant, simplifiedLang, variantForLang } from '../../src/convert/engine';
import { fixtureNames, openFixture, readExpected } from '../helpers/fixtures';
import { collect } from '../../src/convert/dom';

const t = getConverter(OpenCC, 't');

/** The dictionaries of the three converters the extension uses: t2s, tw2s, hk2s. */
function dictionaries(): string[] {
  const out: string[] = [];
  const walk = (d: unknown) => {
    if (typeof d === 'string') out.push(d);
    else if (Array.isArray(d)) d.forEach(walk);
    else if (d && typeof d === 'object') Object.values(d).forEach(walk);
  };
  const configs = (L as unknown as { configs: Record<string, unknown> }).configs;
  for (const name of ['t2s', 'tw2s', 'hk2s']) walk(configs[name]);
  return [...new Set(out)];
}

describe('conversion engine', () => {
  it('picks the source variant from lang', () => {
    expect(variantForLang('zh-TW')).toBe('tw');
    expect(variantForLang('zh-Hant-TW')).toBe('tw');
    expect(variantForLang('zh-HK')).toBe('hk');
    expect(variantForLang('zh-MO')).toBe('hk');
    expect(variantForLang('zh-CN')).toBe('t');
    expect(variantForLang(null)).toBe('t');
    expect(resolveVariant('hk', 'zh-TW')).toBe('hk');
    expect(simplifiedLang('zh-Hant')).toBe('zh-Hans');
    expect(simplifiedLang('zh-TW')).toBe('zh-Hans');
    expect(simplifiedLang('en')).toBeNull();
  });

  it('no dictionary key contains a batch separator or a cut point; every length change involves a surrogate pair', () => {
    for (const d of dictionaries())
      for (const entry of d.split('|')) {
        const [from, to] = entry.split(' ') as [string, string];
        expect(/[\uE000-\uF8FF\n。！？；]/.test(from), entry).toBe(false);
        if (to.length !== from.length) expect(/[\uD800-\uDFFF]/.test(from + to), `${entry} changes length without an astral character`).toBe(true);
      }
  });

  it('batched output equals opencc-js on each string, for every text node of every fixture', async () => {
    for (const name of fixtureNames().filter((n) => readExpected(n).script === 'traditional')) {
      const f = openFixture(name);
      const texts = collect(f.document, {}).texts.map((n) => n.data);
      // The extension's engine, batched, against opencc-js's own converter on each string.
      expect(convertBatch(texts, t), name).toEqual(texts.map((s) => openccConverter(OpenCC, 't')(s)));
      await f.close();
    }
  });

  it('keeps phrases across inline runs and falls back per node when lengths change', () => {
    expect(convertRuns(['故宮展出', '乾', '隆年間的文物'], [0], t)).toEqual(['故宫展出', '乾', '隆年间的文物']);
    // Two runs: 乾 alone is 干; a run boundary keeps the phrase from forming.
    expect(convertRuns(['乾', '隆', '會'], [0, 1, 2], t)).toEqual(['干', '隆', '会']);
    expect(t('乾')).toBe('干');
    // 㗲 → 𠵾 grows by one code unit: each node converts on its own.
    expect(convertRuns(['㗲', '國', '乾隆'], [0, 2], t)).toEqual([t('㗲'), '国', '乾隆']);
  });

  it('lone surrogates pass through and pairs are never cut', () => {
    const s = '政協\uD800委員\uDC00𠵾國';
    expect(convertBatch([s, '會議'], t)).toEqual([t(s), '会议']);
    const big = '𠵾'.repeat(MAX_PIECE);
    for (const piece of splitSafe(big, 1001)) expect(/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/.test(piece)).toBe(false);
    expect(convertLong(big, t)).toBe(t(big));
  });

  it('a 5 MB string converts in safe pieces to the same result', () => {
    const line = '政協委員積極履職盡責，提出提案114件。'.repeat(10) + '\n';
    const big = line.repeat(Math.ceil(5_000_000 / line.length));
    expect(convertLong(big, t)).toBe(t(big));
  });

  it('100,000 tiny strings in one batch', () => {
    const tiny = Array.from({ length: 100_000 }, (_, i) => (i % 2 ? '會' : `${i}國`));
    expect(convertBatch(tiny, t)).toEqual(tiny.map((s) => t(s)));
  });

  it('a string that contains the first separator still splits back exactly', () => {
    expect(convertBatch(['甲\uE000國', '會'], t)).toEqual([t('甲\uE000國'), '会']);
  });

  it('mixed Simplified and Traditional text: Simplified stays, Traditional converts', () => {
    expect(t('政协委员和政協委員')).toBe('政协委员和政协委员');
  });
});
