// A PageSession over a happy-dom document with a fake environment (no extension APIs), for
// the unit tier's apply-and-restore tests and for the CLI-parity checks.
import * as OpenCC from 'opencc-js/t2cn';
import { PageSession, type SessionEnv } from '../../src/page/session';
import { DEFAULTS, type Settings } from '../../src/settings/schema';
import type { PageState } from '../../src/messages';

export interface TestSession {
  session: PageSession;
  reports: PageState[];
  settings: Settings;
}

export function makeSession(doc: Document, url: string, overrides: Partial<Settings> = {}, envOverrides: Partial<SessionEnv> = {}): TestSession {
  let settings: Settings = { ...DEFAULTS, sidebarAutoOpen: false, ...overrides } as Settings;
  const reports: PageState[] = [];
  const env: SessionEnv = {
    doc,
    url: () => url,
    settings: () => settings,
    saveSite: async (change) => {
      const host = new URL(url).hostname;
      const next = change({ ...(settings.sites[host] ?? { mode: 'auto' }) });
      settings = { ...settings, sites: { ...settings.sites, ...(next ? { [host]: next } : {}) } };
    },
    loadOpenCC: async () => OpenCC,
    report: (s) => reports.push(s),
    openOptions: () => undefined,
    mountUi: async () => {
      const host = doc.createElement('cppcc-lens-sidebar');
      host.setAttribute('data-cppcc-lens-ui', '');
      const shadow = host.attachShadow({ mode: 'open' });
      const container = doc.createElement('div');
      shadow.appendChild(container);
      doc.body.appendChild(host);
      return { container, host, remove: () => host.remove() };
    },
    shortcuts: async () => ({}),
    sanitize: (html) => html,
    t: (k) => k,
    lang: 'zh-CN',
    log: (e) => {
      throw e;
    },
    yieldFn: () => Promise.resolve(),
    frame: (fn) => {
      const id = setTimeout(fn, 0);
      return () => clearTimeout(id);
    },
    ...envOverrides,
  };
  return { session: new PageSession(env), reports, settings };
}

/** document title plus markup, without the extension's sidebar host. */
export function serialize(doc: Document): string {
  const clone = doc.documentElement.cloneNode(true) as HTMLElement;
  clone.querySelectorAll('cppcc-lens-sidebar, [data-cppcc-lens-ui]').forEach((e) => e.remove());
  return `${doc.title}\n${clone.outerHTML}`;
}
