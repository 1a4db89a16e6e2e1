// Decodes saved HTML bytes the way a browser would: BOM, then <meta charset>, then the
// http-equiv Content-Type meta. Old gov.cn pages are often GBK / GB18030.

export interface Decoded {
  text: string;
  /** The encoding used (a WHATWG label). */
  charset: string;
  /** Where it came from; 'default' means nothing was declared. */
  source: 'bom' | 'meta' | 'http-equiv' | 'default';
}

const BOMS: [number[], string][] = [
  [[0xef, 0xbb, 0xbf], 'utf-8'],
  [[0xff, 0xfe], 'utf-16le'],
  [[0xfe, 0xff], 'utf-16be'],
];

function startsWith(bytes: Uint8Array, sig: number[]): boolean {
  return sig.every((b, i) => bytes[i] === b);
}

/** Normalises a declared label to one TextDecoder accepts (gb2312/gbk → gb18030, a superset). */
export function normaliseCharset(label: string): string | null {
  const l = label.trim().toLowerCase();
  const mapped = /^(gb2312|gbk|x-gbk|gb_2312-80|csgb2312|chinese|gb18030)$/.test(l) ? 'gb18030' : l;
  try {
    return new TextDecoder(mapped).encoding;
  } catch {
    return null;
  }
}

export function sniffCharset(bytes: Uint8Array): { charset: string; source: Decoded['source'] } | null {
  for (const [sig, cs] of BOMS) if (startsWith(bytes, sig)) return { charset: cs, source: 'bom' };
  // The prescan reads the first 1024 bytes as ASCII (HTML spec §13.2.3.2, simplified).
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  const meta = /<meta\s[^>]*charset\s*=\s*["']?\s*([\w-]+)/i.exec(head);
  if (meta?.[1]) {
    const isHttpEquiv = /http-equiv\s*=\s*["']?content-type/i.test(meta[0]);
    const cs = normaliseCharset(meta[1]);
    if (cs) return { charset: cs, source: isHttpEquiv ? 'http-equiv' : 'meta' };
  }
  return null;
}

export function decodeHtml(bytes: Uint8Array, fallback = 'utf-8'): Decoded {
  const found = sniffCharset(bytes);
  const charset = found?.charset ?? fallback;
  const text = new TextDecoder(charset).decode(bytes);
  return { text, charset, source: found?.source ?? 'default' };
}
