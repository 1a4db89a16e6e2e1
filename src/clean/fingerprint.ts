// A stable id for a block across page loads (for "keep this block visible on this site").
import { matchForm } from '../text/han';

export function fnv1a(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36);
}

/** Kind plus the first 200 characters of the block's text, whitespace and script folded. */
export function fingerprint(kind: string, text: string): string {
  return kind[0] + fnv1a(matchForm(text.replace(/\s+/g, '')).slice(0, 200));
}
