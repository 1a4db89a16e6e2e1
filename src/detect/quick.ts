// Stage one: "could this be CPPCC news?", asked of every page; the full scoring (./score.ts)
// decides. The background runs firstLook inside the page's own world (scripting.executeScript,
// world MAIN): Chromium then builds no isolated world for the page, and that world, even for an
// empty function, is what made page loads slower (`npm run bench` prints both).
//  - firstLook must be self-contained: executeScript sends only its source text, so nothing
//    outside its body exists when it runs. test/unit/quick.test.ts runs it from its source.
//  - The page's scripts can see and tamper with what it reads. That can only make the page look
//    more or less like CPPCC news, which the page could do with its own text anyway: a "yes" only
//    loads the lens, whose full check runs in the isolated world. The background accepts nothing
//    from the answer but a boolean, a reason from a fixed list and two finite numbers.
import { knownCppccHost, hostOf } from './hosts';

/** 政协 / 政協, also when a pinyin annotation splits it: 政協(xié) still contains 政協. */
export const CPPCC_MARK = /政[协協]|人民政治[协協]商/;

export const LOOK_REASONS = ['title', 'h1', 'text', 'host', 'not-html', 'no-body', 'no-mark', 'error'] as const;
export type LookReason = (typeof LOOK_REASONS)[number];

export interface QuickVerdict {
  pass: boolean;
  reason: LookReason;
}

export interface FirstLook extends QuickVerdict {
  /** When the look ran, and when the page's load event had ended by then (0: not yet), in ms from navigation start. */
  checkedAt: number;
  loadEnd: number;
}

/**
 * Title, h1, then the first 6,000 characters of text (at most 3,000 text nodes, outside
 * script/style/noscript). Self-contained (see the top of this file); never throws.
 */
export function firstLook(doc?: Document): FirstLook {
  const mark = /政[协協]|人民政治[协協]商/;
  const d = doc ?? document;
  const look = (pass: boolean, reason: LookReason): FirstLook => {
    let checkedAt = 0;
    let loadEnd = 0;
    try {
      checkedAt = Math.round(Number(performance.now()));
      loadEnd = Math.round(Number((performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined)?.loadEventEnd ?? 0));
    } catch {
      /* a page that broke performance: the timings are only informative */
    }
    return { pass: !!pass, reason, checkedAt: checkedAt || 0, loadEnd: loadEnd || 0 };
  };
  try {
    const root = d.documentElement;
    if (!root || root.namespaceURI !== 'http://www.w3.org/1999/xhtml') return look(false, 'not-html');
    if (mark.test(d.title)) return look(true, 'title');
    const h1 = d.getElementsByTagName('h1')[0];
    if (h1 && mark.test((h1.textContent ?? '').slice(0, 300))) return look(true, 'h1');
    const body = d.body;
    if (!body) return look(false, 'no-body');
    const walker = d.createTreeWalker(body, 4 /* NodeFilter.SHOW_TEXT */);
    let text = '';
    for (let n = 0; n < 3000 && text.length < 6000; n++) {
      const node = walker.nextNode();
      if (!node) break;
      const tag = (node.parentNode as Element | null)?.localName;
      if (tag === 'script' || tag === 'style' || tag === 'noscript') continue;
      text += (node as Text).data.slice(0, 6000 - text.length);
    }
    return mark.test(text) ? look(true, 'text') : look(false, 'no-mark');
  } catch {
    return look(false, 'error');
  }
}

/** The whole first stage: the page's look, then a known CPPCC host (the background knows the URL). */
export function withHost(look: FirstLook, url: string): FirstLook {
  if (look.pass || look.reason === 'not-html' || look.reason === 'error' || !knownCppccHost(hostOf(url))) return look;
  return { ...look, pass: true, reason: 'host' };
}

/** Stage one as a pure function of (url, document), for tests and the bench. */
export function quickCheck(url: string, doc: Document): QuickVerdict {
  const { pass, reason } = withHost(firstLook(doc), url);
  return { pass, reason };
}

/**
 * What the background accepts from a look that ran in the page's world: anything else
 * (a page that broke the look, a browser that returned nothing) is null.
 */
export function validLook(value: unknown): FirstLook | null {
  if (!value || typeof value !== 'object') return null;
  const v = value as Record<string, unknown>;
  const num = (x: unknown) => typeof x === 'number' && Number.isFinite(x) && x >= 0;
  if (typeof v.pass !== 'boolean' || !LOOK_REASONS.includes(v.reason as LookReason)) return null;
  if (!num(v.checkedAt) || !num(v.loadEnd)) return null;
  return { pass: v.pass, reason: v.reason as LookReason, checkedAt: v.checkedAt as number, loadEnd: v.loadEnd as number };
}
