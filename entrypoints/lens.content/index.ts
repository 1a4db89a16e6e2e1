// The heavy part, injected by the background only into pages that passed the cheap check (or
// when the user asks): full detection, cleanup, figures, sidebar, conversion.
import DOMPurify from 'dompurify';
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import sidebarCss from '../../src/sidebar/styles.css?inline';
import { PageSession, type MountedUi } from '../../src/page/session';
import { loadSettings, updateSite, watchSettings } from '../../src/settings/store';
import { pageMode, type Settings } from '../../src/settings/schema';
import { isMessage, type BackgroundMessage, type PageState, type TabMessage } from '../../src/messages';
import type { OpenCCModule } from '../../src/convert/engine';
import { t, uiLang } from '../../src/i18n';
import { logOnce } from '../../src/log';

declare global {
  // eslint-disable-next-line no-var
  var __cppccLensSession: PageSession | undefined;
  // eslint-disable-next-line no-var
  var __cppccLensOpenCC: OpenCCModule | undefined;
}

export default defineContentScript({
  matches: ['<all_urls>'],
  registration: 'runtime',
  noScriptStartedPostMessage: true,
  main(ctx) {
    if (globalThis.__cppccLensSession) return;
    let settings: Settings | null = null;
    const ready = loadSettings().then((s) => {
      settings = s;
    });
    const current = (): Settings => {
      if (!settings) throw new Error('settings not loaded');
      return settings;
    };
    // State goes to the background (badge, menus) only when it changed, at most twice a second:
    // a page that rewrites itself every frame must not keep the background awake.
    let lastSent = '';
    let pending: PageState | null = null;
    let timer = 0;
    const flushReport = () => {
      timer = 0;
      if (!pending) return;
      const key = JSON.stringify([pending.stage, pending.isCppcc, pending.figures, pending.convert.on, pending.cleanup, pending.sidebar.open, pending.url]);
      const state = pending;
      pending = null;
      if (key === lastSent) return;
      lastSent = key;
      void browser.runtime.sendMessage({ type: 'state', state } satisfies BackgroundMessage).catch(() => undefined);
    };
    const reporter = (state: PageState) => {
      pending = state;
      if (!timer) timer = ctx.setTimeout(flushReport, lastSent ? 500 : 0);
    };
    const session = new PageSession({
      doc: document,
      url: () => location.href,
      settings: current,
      saveSite: async (change) => {
        settings = await updateSite(location.hostname, change);
      },
      loadOpenCC: async () => {
        if (!globalThis.__cppccLensOpenCC) await browser.runtime.sendMessage({ type: 'load-converter' } satisfies BackgroundMessage);
        const mod = globalThis.__cppccLensOpenCC;
        if (!mod) throw new Error('converter did not load');
        return mod;
      },
      report: (state) => reporter(state),
      openOptions: () => void browser.runtime.sendMessage({ type: 'open-options' } satisfies BackgroundMessage).catch(() => undefined),
      mountUi: () => mountUi(ctx),
      shortcuts: async () => ((await browser.runtime.sendMessage({ type: 'get-shortcuts' } satisfies BackgroundMessage).catch(() => null)) as Record<string, string> | null) ?? {},
      sanitize: (html) => DOMPurify.sanitize(html, { ALLOWED_TAGS: ['table', 'caption', 'tr', 'th', 'td'], ALLOWED_ATTR: [] }),
      t,
      lang: uiLang(),
      log: (e) => logOnce('lens', e),
      yieldFn: () => new Promise<void>((r) => ctx.setTimeout(r, 0)),
      frame: (fn) => {
        let done = false;
        const run = () => {
          if (done) return;
          done = true;
          fn();
        };
        const raf = ctx.requestAnimationFrame(run);
        // Background tabs get no frames: a short timer keeps late content handled there too.
        const timer = ctx.setTimeout(run, 120);
        return () => {
          done = true;
          cancelAnimationFrame(raf);
          clearTimeout(timer);
        };
      },
    });
    globalThis.__cppccLensSession = session;

    // Registered before anything is awaited: the background's 'start' may arrive at once.
    browser.runtime.onMessage.addListener((message: unknown) => {
      if (!isMessage<TabMessage>(message)) return undefined;
      return ready.then(() => handle(message));
    });
    function handle(message: TabMessage): Promise<unknown> | undefined {
      switch (message.type) {
        case 'get-state':
          return Promise.resolve(session.state());
        case 'start':
          return session
            .start(message.force)
            .then(() => session.state())
            .catch((e) => {
              logOnce('lens', e);
              return session.state();
            });
        case 'command':
          return (async () => {
            if (!session.isActive && message.command !== 'copy-selection-simplified') await session.start(true);
            return session.command(message.command, { format: message.format, text: message.text, deliver: message.deliver });
          })().catch((e) => {
            logOnce('lens', e);
            return { ok: false, message: 'error', detail: String(e) };
          });
      }
      return undefined;
    }

    const unwatch = watchSettings((next) => {
      const prev = settings ?? next;
      settings = next;
      // Switched off, or this site set to 'never': the page goes back as it was now.
      if (pageMode(next, location.hostname) === 'off') {
        if (session.isActive) session.stop();
      } else void session.settingsChanged(prev, next).catch((e) => logOnce('lens', e));
    });
    ctx.onInvalidated(() => {
      unwatch();
      session.stop();
      globalThis.__cppccLensSession = undefined;
    });

    // Single-page sites: evaluate again after navigation, with a bounded retry while the new
    // article is still arriving.
    let navTimer = 0;
    watchLocation(ctx, () => {
      clearTimeout(navTimer);
      navTimer = ctx.setTimeout(() => {
        session.restart();
        let tries = 0;
        const retry = () => {
          if (session.isActive || ++tries > 3) return;
          session.restart();
          ctx.setTimeout(retry, 1000 * tries);
        };
        ctx.setTimeout(retry, 800);
      }, 300);
    });
  },
});

/**
 * URL changes of a single-page site. Polling is the one signal every browser gives a content
 * script (the Navigation API's events do not reach isolated worlds reliably); popstate makes
 * back/forward immediate.
 */
export function watchLocation(ctx: ContentScriptContext, onChange: () => void): void {
  let last = location.href;
  const check = () => {
    if (location.href === last) return;
    last = location.href;
    onChange();
  };
  ctx.setInterval(check, 500);
  ctx.addEventListener(window, 'popstate', check);
}

async function mountUi(ctx: ContentScriptContext): Promise<MountedUi> {
  let container: HTMLElement | null = null;
  const ui = await createShadowRootUi(ctx, {
    name: 'cppcc-lens-sidebar',
    position: 'inline',
    anchor: 'body',
    append: 'last',
    css: sidebarCss,
    isolateEvents: ['keydown', 'keyup', 'keypress', 'wheel'],
    onMount: (root) => {
      container = root;
    },
  });
  ui.mount();
  ui.shadowHost.setAttribute('data-cppcc-lens-ui', '');
  if (!container) throw new Error('sidebar did not mount');
  return { container, host: ui.shadowHost, remove: () => ui.remove() };
}
