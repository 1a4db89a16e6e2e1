// The opencc-js side of conversion. The dictionary module is handed in (the extension loads
// opencc-js/t2cn lazily, the CLI and tests import it), so this file stays free of it.
import { buildFastConverter } from './fast';

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

const cache = new WeakMap<OpenCCModule, Map<string, (s: string) => string>>();

function cached(mod: OpenCCModule, key: string, make: () => (s: string) => string): (s: string) => string {
  let m = cache.get(mod);
  if (!m) cache.set(mod, (m = new Map()));
  let c = m.get(key);
  if (!c) m.set(key, (c = make()));
  return c;
}

/** opencc-js's own converter for variant → cn (opencc-js builds its tries on creation). */
export function openccConverter(mod: OpenCCModule, variant: SourceVariant): (s: string) => string {
  return cached(mod, `opencc:${variant}`, () => mod.Converter({ from: variant, to: 'cn' }));
}

/**
 * The converter the extension uses for variant → cn: src/convert/fast.ts over opencc-js's own
 * dictionaries, with opencc-js's exact output (checked against it when built), or opencc-js's
 * converter itself when the module has no dictionaries to build from or the check fails.
 */
export function getConverter(mod: OpenCCModule, variant: SourceVariant): (s: string) => string {
  return cached(mod, `fast:${variant}`, () => {
    const reference = openccConverter(mod, variant);
    return buildFastConverter(mod, variant, reference) ?? reference;
  });
}

/** lang="zh-Hant…", zh-TW, zh-HK, zh-MO: what a Simplified page should say instead. */
export function simplifiedLang(lang: string): string | null {
  return /^zh-(hant\b|tw\b|hk\b|mo\b)/i.test(lang) ? 'zh-Hans' : null;
}
