// When the background runs the first check (content.js) in a tab. No script is declared in the
// manifest: a declared content script, even an empty one, makes Chromium build an isolated world
// while the page loads (+15–25% load time on small pages, `npm run bench`). Instead:
//  - a page whose title or host already looks like CPPCC news is checked as soon as its title
//    arrives, so its cleanup lands at DOMContentLoaded, as before;
//  - every other page is checked once it has loaded, outside its load time;
//  - a page still loading after STALLED_MS is checked anyway (a hanging image must not keep
//    the lens off a CPPCC page);
//  - a same-document navigation (a single-page site changing its URL) is checked again.
import { knownCppccHost, hostOf } from './hosts';
import { CPPCC_MARK } from './quick';

export const STALLED_MS = 4000;

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
  | { run: 'now' } // inject content.js at once
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
    if (change.title !== undefined && !checked && looksCppcc(tab.url, change.title)) return { run: 'now' };
    return { run: 'none' };
  }
  // Loaded, and the URL changed without a new document: a single-page site navigated.
  if (change.url !== undefined) return { run: 'now' };
  return { run: 'none' };
}
