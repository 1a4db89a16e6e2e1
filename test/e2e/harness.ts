// The fixture helper later tiers reuse: open a fixture in a real browser with the extension
// loaded and return what a person sees (document.body.innerText) and what the sidebar shows.
import { inject } from 'vitest';
import { launch, type BrowserName, type LensBrowser, type LensPage } from './browsers';

export const port = () => inject('port');
export const fixtureUrl = (name: string, file = 'source.html') => `http://127.0.0.1:${port()}/${name}/${file}`;
export const badUrl = (kind: string) => `http://127.0.0.1:${port()}/bad/${kind}`;
export const availableBrowsers = (): BrowserName[] => inject('browsers');

export interface SidebarSnapshot {
  present: boolean;
  collapsed: boolean;
  verdict: string | null;
  reasons: string[];
  counts: { spam: number; boilerplate: number; artifacts: number } | null;
  toggles: Record<string, boolean>;
  /** value is what the row shows (7,500亿); exact is the number it stands for (data-value). */
  figures: { value: string; exact: string; unit: string; qualifier: string; label: string }[];
  status: string;
}

/** Reads the sidebar from the page (its shadow root is open). */
export function readSidebar(page: LensPage): Promise<SidebarSnapshot> {
  return page.evaluate(() => {
    const root = document.querySelector('cppcc-lens-sidebar')?.shadowRoot;
    const empty = { present: false, collapsed: false, verdict: null, reasons: [], counts: null, toggles: {}, figures: [], status: '' };
    if (!root) return empty;
    const q = (s: string) => root.querySelector(s) as HTMLElement | null;
    const hint = q('.controls .hint');
    const toggles: Record<string, boolean> = {};
    root.querySelectorAll('input[type=checkbox][data-action]').forEach((i) => (toggles[(i as HTMLInputElement).dataset.action as string] = (i as HTMLInputElement).checked));
    return {
      present: true,
      collapsed: !!q('.lens')?.classList.contains('collapsed'),
      verdict: q('.verdict')?.dataset.verdict ?? null,
      reasons: Array.from(root.querySelectorAll('.reasons li')).map((li) => li.textContent ?? ''),
      counts: hint ? { spam: Number(hint.dataset.spam), boilerplate: Number(hint.dataset.boilerplate), artifacts: Number(hint.dataset.artifacts) } : null,
      toggles,
      figures: Array.from(root.querySelectorAll('li.fig')).map((li) => ({
        value: li.querySelector('.value')?.textContent ?? '',
        exact: (li as HTMLElement).dataset.value ?? '',
        unit: li.querySelector('.unit')?.textContent ?? '',
        qualifier: li.querySelector('.qualifier')?.textContent ?? '',
        label: li.querySelector('.label')?.textContent ?? '',
      })),
      status: q('.status')?.textContent ?? '',
    };
  });
}

export interface Opened {
  page: LensPage;
  /** What a person sees. */
  text(): Promise<string>;
  sidebar(): Promise<SidebarSnapshot>;
}

export interface OpenOptions {
  /** Wait until the lens has finished (sidebar rendered) or the page was judged not CPPCC. */
  expectCppcc?: boolean;
  timeoutMs?: number;
  file?: string;
}

export async function openFixture(browser: LensBrowser, name: string, opts: OpenOptions = {}): Promise<Opened> {
  const page = await browser.newPage();
  await page.goto(fixtureUrl(name, opts.file));
  const opened: Opened = {
    page,
    text: () => page.evaluate(() => document.body.innerText),
    sidebar: () => readSidebar(page),
  };
  if (opts.expectCppcc) {
    await page.waitFor(() => (document.querySelector('cppcc-lens-sidebar')?.shadowRoot?.querySelectorAll('.verdict').length ?? 0) > 0, undefined, opts.timeoutMs ?? 20_000);
  }
  return opened;
}

/** The slice of the extension API the tests use (browser.* in Firefox, chrome.* in Chromium). */
export interface ExtApi {
  tabs: {
    query(q: object): Promise<{ id?: number; url?: string }[]>;
    sendMessage(id: number, m: unknown, o?: object): Promise<unknown>;
    create(o: object): Promise<{ id?: number }>;
  };
  runtime: { sendMessage(m: unknown): Promise<unknown>; getURL(p: string): string };
  storage: { local: { get(k?: string | null): Promise<Record<string, unknown>>; set(v: object): Promise<void>; clear(): Promise<void> } };
  contextMenus?: unknown;
}

/** Runs fn in an extension page, where `(globalThis.browser ?? globalThis.chrome)` is the API. */
export async function withApi<R, A>(browser: LensBrowser, fn: (arg: A) => R | Promise<R>, arg: A): Promise<R> {
  const ext = await browser.extensionPage(fixtureUrl('tibet-000-semantic'));
  return ext.evaluate(fn, arg);
}

/** The lens's state for the tab showing url (as the popup reads it). */
export function tabState(browser: LensBrowser, url: string): Promise<Record<string, unknown> | null> {
  return withApi(
    browser,
    async (u: string) => {
      const g = globalThis as unknown as { browser?: ExtApi; chrome?: ExtApi };
      const api = (g.browser ?? g.chrome) as ExtApi;
      const tabs = await api.tabs.query({});
      const tab = tabs.find((t) => t.url === u);
      if (tab?.id === undefined) return null;
      // As the popup reads it: the lens, or else the background's first look.
      try {
        const state = (await api.tabs.sendMessage(tab.id, { type: 'get-state' }, { frameId: 0 })) as Record<string, unknown> | undefined;
        if (state) return state;
      } catch {
        /* no lens in this tab */
      }
      try {
        return ((await api.runtime.sendMessage({ type: 'first-look', tabId: tab.id })) as Record<string, unknown>) ?? null;
      } catch (e) {
        return { error: String(e) };
      }
    },
    url,
  );
}

/** Sends a command through the background, as the popup, shortcuts and context menus do. */
export function backgroundCommand(browser: LensBrowser, url: string, command: string, extra: Record<string, unknown> = {}): Promise<Record<string, unknown> | null> {
  return withApi(
    browser,
    async ({ u, command, extra }: { u: string; command: string; extra: Record<string, unknown> }) => {
      const g = globalThis as unknown as { browser?: ExtApi; chrome?: ExtApi };
      const api = (g.browser ?? g.chrome) as ExtApi;
      const tab = (await api.tabs.query({})).find((t) => t.url === u);
      if (tab?.id === undefined) return null;
      return (await api.runtime.sendMessage({ type: 'command', command, tabId: tab.id, ...extra })) as Record<string, unknown>;
    },
    { u: url, command, extra },
  );
}

export async function withBrowser(name: BrowserName, fn: (b: LensBrowser) => Promise<void>): Promise<void> {
  const b = await launch(name, inject('outputDir'));
  try {
    await fn(b);
  } finally {
    await b.close();
  }
}

export { launch };

/** Merges a change into the stored settings (as the options page would). */
export function patchSettings(browser: LensBrowser, patch: Record<string, unknown>): Promise<void> {
  return withApi(
    browser,
    async (p: Record<string, unknown>) => {
      const g = globalThis as unknown as { browser?: ExtApi; chrome?: ExtApi };
      const api = (g.browser ?? g.chrome) as ExtApi;
      const cur = ((await api.storage.local.get('settings')).settings ?? {}) as Record<string, unknown>;
      // WXT keeps the schema version beside the value; without it the value would be migrated as v1.
      await api.storage.local.set({ settings: { ...cur, ...p }, settings$: { v: 3 } });
    },
    patch,
  );
}

/** The page's DOM as markup, without the extension's own sidebar host. */
export function serializeDom(page: LensPage): Promise<string> {
  return page.evaluate(() => {
    const clone = document.documentElement.cloneNode(true) as HTMLElement;
    clone.querySelectorAll('cppcc-lens-sidebar, [data-cppcc-lens-ui]').forEach((e) => e.remove());
    return `${document.title}\n${clone.outerHTML}`;
  });
}
