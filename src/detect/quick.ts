// Stage one: runs in the always-injected content script on every page, so it must stay tiny.
// It only asks "could this be CPPCC news?"; the full scoring (./score.ts) decides.
import { knownCppccHost, hostOf } from './hosts';

/** 政协 / 政協, also when a pinyin annotation splits it: 政協(xié) still contains 政協. */
export const CPPCC_MARK = /政[协協]|人民政治[协協]商/;
const SAMPLE_CHARS = 6000;
const SAMPLE_NODES = 3000;

export interface QuickVerdict {
  pass: boolean;
  reason: string;
}

export function quickCheck(url: string, doc: Document): QuickVerdict {
  const root = doc.documentElement;
  if (!root || root.namespaceURI !== 'http://www.w3.org/1999/xhtml') return { pass: false, reason: 'not-html' };
  if (CPPCC_MARK.test(doc.title)) return { pass: true, reason: 'title' };
  const h1 = doc.getElementsByTagName('h1')[0];
  if (h1 && CPPCC_MARK.test((h1.textContent ?? '').slice(0, 300))) return { pass: true, reason: 'h1' };
  const host = knownCppccHost(hostOf(url));
  if (host) return { pass: true, reason: 'host' };
  const body = doc.body;
  if (!body) return { pass: false, reason: 'no-body' };
  return CPPCC_MARK.test(sampleText(body)) ? { pass: true, reason: 'text' } : { pass: false, reason: 'no-mark' };
}

/** The first few KB of text under root, reading at most SAMPLE_NODES text nodes. */
export function sampleText(root: Node, maxChars = SAMPLE_CHARS): string {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  let out = '';
  for (let n = 0; n < SAMPLE_NODES; n++) {
    const node = walker.nextNode();
    if (!node) break;
    const parent = node.parentNode as Element | null;
    const tag = parent?.localName;
    if (tag === 'script' || tag === 'style' || tag === 'noscript') continue;
    out += (node as Text).data.slice(0, maxChars - out.length);
    if (out.length >= maxChars) break;
  }
  return out;
}
