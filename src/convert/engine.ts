// The opencc-js side of conversion. The dictionary module is handed in (the extension loads
// opencc-js/t2cn lazily, the CLI and tests import it), so this file stays free of it.
import type { ConvertFn } from './batch';
import { compileFast, matchesReference, type CompiledFast } from './fast';

export type SourceVariant = 't' | 'tw' | 'hk';

export interface OpenCCModule {
  Converter(opts: { from: string; to: string }): (s: string) => string;
}

/** auto: the page's lang decides: zh-TW → tw, zh-HK / zh-MO → hk, anything else → t. */
export function variantForLang(lang: string | null | undefined): SourceVariant {
  const l = (lang ?? '').toLowerCase();
  if (/^zh-(hant-)?tw\b/.test(l)) return 'tw';
  if (/^zh-(hant-)?(hk|mo)\b/.test(l)) return 'hk';
  return 't';
}

export function resolveVariant(setting: string, lang: string | null | undefined): SourceVariant {
  return setting === 't' || setting === 'tw' || setting === 'hk' ? setting : variantForLang(lang);
}

const cache = new WeakMap<OpenCCModule, Map<string, unknown>>();

function cached<T>(mod: OpenCCModule, key: string, make: () => T): T {
  let m = cache.get(mod);
  if (!m) cache.set(mod, (m = new Map()));
  if (!m.has(key)) m.set(key, make());
  return m.get(key) as T;
}

function known(mod: OpenCCModule, key: string): ConvertFn | undefined {
  return cache.get(mod)?.get(key) as ConvertFn | undefined;
}

/** opencc-js's own converter for variant → cn (opencc-js builds its tries on creation). */
export function openccConverter(mod: OpenCCModule, variant: SourceVariant): ConvertFn {
  return cached(mod, `opencc:${variant}`, () => mod.Converter({ from: variant, to: 'cn' }));
}

function compiled(mod: OpenCCModule, variant: SourceVariant): CompiledFast | null {
  return cached(mod, `compiled:${variant}`, () => compileFast(mod, variant));
}

/**
 * The converter the extension uses for variant → cn: src/convert/fast.ts over opencc-js's own
 * dictionaries, with opencc-js's exact output (checked against it when built), or opencc-js's
 * converter itself when the module has no dictionaries to build from or the check fails.
 */
export function getConverter(mod: OpenCCModule, variant: SourceVariant): ConvertFn {
  return cached(mod, `checked:${variant}`, () => {
    const reference = openccConverter(mod, variant);
    const fast = compiled(mod, variant);
    return fast && matchesReference(fast, reference) ? fast.convert : reference;
  });
}

/**
 * The converter to start a page with: getConverter's when it is known, else the fast one before
 * its check. Building opencc-js's converter and checking take 20-60 ms on a cold page, which is
 * kept off the path to the first converted screen; settleConverter does them afterwards.
 */
export function quickConverter(mod: OpenCCModule, variant: SourceVariant): ConvertFn {
  return known(mod, `checked:${variant}`) ?? compiled(mod, variant)?.convert ?? getConverter(mod, variant);
}

/** getConverter, with a pause between building opencc-js's converter and the check (two shorter tasks). */
export async function settleConverter(mod: OpenCCModule, variant: SourceVariant, pause: () => Promise<void>): Promise<ConvertFn> {
  const done = known(mod, `checked:${variant}`);
  if (done) return done;
  openccConverter(mod, variant);
  await pause();
  return getConverter(mod, variant);
}

/** lang="zh-Hant…", zh-TW, zh-HK, zh-MO: what a Simplified page should say instead. */
export function simplifiedLang(lang: string): string | null {
  return /^zh-(hant\b|tw\b|hk\b|mo\b)/i.test(lang) ? 'zh-Hans' : null;
}
