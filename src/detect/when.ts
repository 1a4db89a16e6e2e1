// When the background runs the first look (src/detect/quick.ts) in a tab. No script is declared
// in the manifest: a declared content script, even an empty one, makes Chromium build an isolated
// world while every page loads (`npm run bench` prints what an empty one costs). Instead:
//  - a page is checked once it has loaded, outside its load time;
//  - a page whose title or host looks like CPPCC news and that is still loading EARLY_MS after
//    its title arrived (an article waiting on its photos) is checked then, once its HTML is
//    parsed (untilParsed), so its cleanup does not wait for the last image and never runs on
//    half a page or inside the parsing of a long one;
//  - any page still loading after STALLED_MS is checked anyway (a hanging request must not
//    keep the lens off a CPPCC page whose title gives nothing away);
//  - a same-document navigation (a single-page site changing its URL) is checked again;
//  - a page the look said no to is looked at again LOOK_AGAIN_MS ms later (an article that
//    arrives after the first paint).
import { knownCppccHost, hostOf } from './hosts';
import { CPPCC_MARK } from './quick';

export const EARLY_MS = 300;
export const STALLED_MS = 4000;
export const LOOK_AGAIN_MS = [1200, 3000, 6000];

export interface TabChange {
  status?: string;
  url?: string;
  title?: string;
}

export interface TabNow {
  status?: string;
  url?: string;
}

/** What the background does with one tabs.onUpdated event. */
export type FirstCheckStep =
  | { run: 'now' } // look at once
  | { run: 'soon' } // look EARLY_MS from now if the page is still loading then
  | { run: 'arm' } // a new document started loading: forget earlier checks, start the stall timer
  | { run: 'none' };

/** Only web pages: the browser refuses scripts on its own pages anyway, so do not try. */
export function checkable(url: string | undefined): boolean {
  return !!url && /^(https?|file):/i.test(url);
}

/** Title or host say "probably CPPCC": worth checking while the page is still loading. */
export function looksCppcc(url: string | undefined, title: string | undefined): boolean {
  return (!!title && CPPCC_MARK.test(title)) || (!!url && !!knownCppccHost(hostOf(url)));
}

/**
 * Decides from one tabs.onUpdated event. `checked` says whether the document now loading was
 * already checked (early, or by the stall timer), so that its load completing does not inject twice.
 */
export function firstCheckStep(change: TabChange, tab: TabNow, checked: boolean): FirstCheckStep {
  if (!checkable(tab.url ?? change.url)) return { run: 'none' };
  if (change.status === 'loading') return { run: 'arm' };
  if (change.status === 'complete') return checked ? { run: 'none' } : { run: 'now' };
  if (tab.status === 'loading') {
    // The title only arrives once the new document is parsing, so the script reaches that document.
    if (change.title !== undefined && !checked && looksCppcc(tab.url, change.title)) return { run: 'soon' };
    return { run: 'none' };
  }
  // Loaded, and the URL changed without a new document: a single-page site navigated.
  if (change.url !== undefined) return { run: 'now' };
  return { run: 'none' };
}

/**
 * Run in the page by scripting.executeScript (serialised: no imports, no closures): resolves once
 * the document's HTML is parsed (DOMContentLoaded), at once if it already is, and after maxMs at
 * the latest (false then: a page that streams for ever still gets its look).
 */
export function untilParsed(maxMs: number): Promise<boolean> {
  return new Promise<boolean>((resolve) => {
    if (document.readyState !== 'loading') return resolve(true);
    const done = () => {
      clearTimeout(timer);
      resolve(true);
    };
    const timer = setTimeout(() => {
      document.removeEventListener('DOMContentLoaded', done);
      resolve(false);
    }, maxMs);
    document.addEventListener('DOMContentLoaded', done, { once: true });
  });
}
