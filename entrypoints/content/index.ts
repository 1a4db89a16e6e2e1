// The first check, injected by the background into every web page (src/detect/when.ts says when:
// after load, or earlier while a CPPCC-looking page is still loading). It only runs the cheap check
// (src/detect/quick.ts) and, when the page could be CPPCC news, asks the background to inject
// the lens. Everything heavy (full scoring, cleanup, opencc-js, figures, the sidebar) lives in
// the lens, not here. Each injection is a fresh check: WXT stops the previous instance.
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { quickCheck, type QuickVerdict } from '../../src/detect/quick';
import type { BackgroundMessage } from '../../src/messages';
import { siteRuleFor, type Settings } from '../../src/settings/schema';

const GROWTH_CHECKS = [1200, 3000, 6000];

export default defineContentScript({
  matches: ['<all_urls>'],
  registration: 'runtime',
  noScriptStartedPostMessage: true,
  main(ctx) {
    const go = () => {
      try {
        run(ctx);
      } catch (e) {
        console.warn('[CPPCC Lens] first check failed:', e);
      }
    };
    if (document.readyState === 'loading') ctx.addEventListener(document, 'DOMContentLoaded', go, { once: true });
    else go();
  },
});

/** A site the user set to "always": read from storage directly, no round trip through the background. */
async function alwaysHere(): Promise<boolean> {
  try {
    const { settings } = (await browser.storage.local.get('settings')) as { settings?: Settings };
    return !!settings && settings.enabled !== false && !!settings.sites && siteRuleFor(settings, location.hostname).mode === 'always';
  } catch {
    return false;
  }
}

function lensLoaded(): boolean {
  return !!(globalThis as { __cppccLensSession?: unknown }).__cppccLensSession;
}

function run(ctx: ContentScriptContext): void {
  // Checked again after the lens started (a late load event, an SPA URL change): the lens
  // follows the page itself from then on.
  if (lensLoaded()) return;
  let verdict: QuickVerdict = quickCheck(location.href, document);
  // When this check ran and when the page's load event had ended by then (0: not yet), both in
  // ms from navigation start, sent with the state answer (the e2e tier asserts on them).
  const checkedAt = Math.round(performance.now());
  const loadEnd = Math.round((performance.getEntriesByType?.('navigation')[0] as PerformanceNavigationTiming | undefined)?.loadEventEnd ?? 0);
  const activate = (reason: 'stage1' | 'retry' | 'override') =>
    browser.runtime.sendMessage({ type: 'activate', reason } satisfies BackgroundMessage).catch(() => undefined);
  if (verdict.pass) void activate('stage1');
  else {
    watchGrowth();
    void alwaysHere().then((yes) => yes && activate('override'));
  }

  // The popup asks a tab for its state; until the lens is loaded this script answers.
  // (sendResponse, not a returned promise: this script uses the browser's native API.)
  const answer = (message: unknown, _sender: unknown, sendResponse: (r: unknown) => void) => {
    if ((message as { type?: string })?.type !== 'get-state' || lensLoaded()) return undefined;
    sendResponse({ url: location.href, host: location.hostname, stage: verdict.pass ? 'none' : 'stage1-no', quick: verdict.reason, checkedAt, loadEnd });
    return undefined;
  };
  browser.runtime.onMessage.addListener(answer);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(answer));
  // Single-page sites: the background injects this script again when the URL changes.

  /** An article that arrives after the first paint: check again a few times while the body grows. */
  function watchGrowth(): void {
    // Element count is a cheap proxy for growth (textContent would copy a 5 MB text node).
    const size = () => document.body?.getElementsByTagName('*').length ?? 0;
    let last = size();
    for (const delay of GROWTH_CHECKS)
      ctx.setTimeout(() => {
        if (verdict.pass || lensLoaded()) return;
        const now = size();
        if (now - last < 5) return;
        last = now;
        verdict = quickCheck(location.href, document);
        if (verdict.pass) void activate('retry');
      }, delay);
  }
}
