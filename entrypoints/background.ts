// Messaging hub: runs the cheap first look in each tab (src/detect/when.ts says when,
// src/detect/quick.ts what), injects the lens into pages that passed it, runs commands
// (shortcuts, context menus, popup), keeps the badge, loads opencc-js into a tab on demand.
import { browser, type Browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { isMessage, type BackgroundMessage, type CommandId, type CommandResult, type PageState, type TabMessage } from '../src/messages';
import { loadSettings, settingsItem } from '../src/settings/store';
import { recheckAfter, sanitiseSettings, siteRuleFor } from '../src/settings/schema';
import { t } from '../src/i18n';
import { logOnce } from '../src/log';
import { checkable, EARLY_MS, firstCheckStep, LOOK_AGAIN_MS, STALLED_MS, untilParsed } from '../src/detect/when';
import { firstLook, validLook, withHost, type FirstLook } from '../src/detect/quick';
import { hostOf } from '../src/detect/hosts';

const SWEEP_AGAIN_MS = 1500;
const LENS = '/content-scripts/lens.js';
const OPENCC = '/content-scripts/opencc.js';
const MENU = {
  convert: 'lens-convert',
  restore: 'lens-restore',
  copy: 'lens-copy-figures',
  selection: 'lens-copy-selection',
} as const;

export default defineBackground(() => {
  const states = new Map<number, PageState>();

  async function hasLens(tabId: number): Promise<boolean> {
    const [res] = await browser.scripting.executeScript({
      target: { tabId, frameIds: [0] },
      func: () => !!(globalThis as { __cppccLensSession?: unknown }).__cppccLensSession,
    });
    return !!res?.result;
  }

  /** Injects the lens (once per page, even when two triggers race) and starts it; force skips the verdict. */
  const injecting = new Map<number, Promise<void>>();
  async function startLens(tabId: number, force: boolean): Promise<PageState | null> {
    let pending = injecting.get(tabId);
    if (!pending) {
      pending = (async () => {
        const doc = docOf(tabId);
        if (!(await hasLens(tabId))) await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [LENS] });
        lensIn.set(tabId, doc);
      })().finally(() => injecting.delete(tabId));
      injecting.set(tabId, pending);
    }
    await pending;
    return (await browser.tabs.sendMessage(tabId, { type: 'start', force } satisfies TabMessage, { frameId: 0 })) as PageState | null;
  }

  async function runCommand(tabId: number, command: CommandId, extra: { format?: string; text?: string; deliver?: boolean } = {}): Promise<CommandResult> {
    try {
      if (command === 'activate') {
        const state = await startLens(tabId, true);
        return { ok: !!state };
      }
      if (!(await hasLens(tabId))) await startLens(tabId, true);
      return (await browser.tabs.sendMessage(tabId, { type: 'command', command, ...extra } as TabMessage, { frameId: 0 })) as CommandResult;
    } catch (e) {
      return { ok: false, message: 'restricted', detail: String(e) };
    }
  }

  async function activeTabId(): Promise<number | undefined> {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    return tab?.id;
  }

  function updateBadge(tabId: number, state: PageState | null): void {
    const on = !!state && state.stage === 'active';
    const text = on ? (state.figures ? String(Math.min(state.figures, 999)) : '✓') : '';
    void browser.action.setBadgeText({ tabId, text }).catch(() => undefined);
    if (on) void browser.action.setBadgeBackgroundColor({ tabId, color: '#a31515' }).catch(() => undefined);
    void browser.action.setTitle({ tabId, title: on ? t('badgeTitle', [state.figures]) : t('extName') }).catch(() => undefined);
  }

  async function updateMenus(state: PageState | null): Promise<void> {
    const converted = !!state?.convert.on;
    await browser.contextMenus.update(MENU.convert, { visible: !converted }).catch(() => undefined);
    await browser.contextMenus.update(MENU.restore, { visible: converted }).catch(() => undefined);
  }

  async function createMenus(): Promise<void> {
    await browser.contextMenus.removeAll();
    browser.contextMenus.create({ id: MENU.convert, title: t('menuConvert'), contexts: ['page'] });
    browser.contextMenus.create({ id: MENU.restore, title: t('menuRestore'), contexts: ['page'], visible: false });
    browser.contextMenus.create({ id: MENU.copy, title: t('menuCopyFigures'), contexts: ['page'] });
    browser.contextMenus.create({ id: MENU.selection, title: t('menuCopySelection'), contexts: ['selection'] });
  }

  async function shortcuts(): Promise<Record<string, string>> {
    const out: Record<string, string> = {};
    for (const c of await browser.commands.getAll()) if (c.name) out[c.name] = c.shortcut ?? '';
    return out;
  }

  browser.runtime.onInstalled.addListener(() => {
    void createMenus().catch((e) => logOnce('menus', e));
    checkLoadedTabs();
    // Runs the settings migrations once, here, before any tab reads them.
    void settingsItem.getValue().catch((e) => logOnce('settings', e));
  });
  browser.runtime.onStartup?.addListener(() => {
    void createMenus().catch((e) => logOnce('menus', e));
    checkLoadedTabs();
  });

  // Where the build declares clipboardWrite as optional (Firefox), a copy started by a shortcut
  // or a menu item asks for it the first time. permissions.request must be called synchronously
  // inside the user's action, and resolves at once, without a prompt, once granted.
  const clipboardOptional = (browser.runtime.getManifest().optional_permissions ?? []).includes('clipboardWrite' as never);
  function clipboardFirst(command: CommandId): Promise<unknown> {
    if (!clipboardOptional || (command !== 'copy-figures' && command !== 'copy-selection-simplified')) return Promise.resolve();
    try {
      return browser.permissions.request({ permissions: ['clipboardWrite'] }).catch((e) => logOnce('clipboard-permission', e));
    } catch (e) {
      logOnce('clipboard-permission', e);
      return Promise.resolve();
    }
  }

  browser.contextMenus.onClicked.addListener((info, tab) => {
    const id = tab?.id;
    if (id === undefined) return;
    const map: Record<string, [CommandId, { text?: string }]> = {
      [MENU.convert]: ['convert-on', {}],
      [MENU.restore]: ['convert-off', {}],
      [MENU.copy]: ['copy-figures', {}],
      [MENU.selection]: ['copy-selection-simplified', { text: info.selectionText ?? '' }],
    };
    const entry = map[String(info.menuItemId)];
    if (entry) void clipboardFirst(entry[0]).then(() => runCommand(id, entry[0], entry[1]));
  });

  browser.commands.onCommand.addListener((command) => {
    const asked = clipboardFirst(command as CommandId);
    void asked.then(activeTabId).then((id) => (id === undefined ? undefined : runCommand(id, command as CommandId)));
  });

  // The first look (src/detect/when.ts says when, src/detect/quick.ts what). Per tab: `checked`,
  // its current document was looked at; `docs`, which document it is on (counted up at each new
  // load, so an answer or a timer from an earlier document is dropped); `lensIn`, the document
  // the lens was injected into; `looks`, the last answer, for the popup. All of it lives only as
  // long as this worker: a lost entry costs one more look (~0.01 ms), never a missed one.
  const checked = new Set<number>();
  const docs = new Map<number, number>();
  const lensIn = new Map<number, number>();
  const looks = new Map<number, { url: string; look: FirstLook }>();
  const docOf = (tabId: number) => docs.get(tabId) ?? 0;
  // Each tab has at most one load timer, due at `due`, and the later looks after a "no".
  const timers = new Map<number, { id: ReturnType<typeof setTimeout>; due: number }>();
  const lookAgain = new Map<number, ReturnType<typeof setTimeout>[]>();
  function cancelTimer(tabId: number): void {
    clearTimeout(timers.get(tabId)?.id);
    timers.delete(tabId);
  }
  function cancelLookAgain(tabId: number): void {
    for (const id of lookAgain.get(tabId) ?? []) clearTimeout(id);
    lookAgain.delete(tabId);
  }
  /** Checks the tab in `ms` if it is still loading then, unless a timer is already due sooner. */
  function checkIfStillLoading(tabId: number, ms: number, afterParse = false): void {
    const due = Date.now() + ms;
    const have = timers.get(tabId);
    if (have && have.due <= due) return;
    cancelTimer(tabId);
    const id = setTimeout(() => {
      timers.delete(tabId);
      const doc = docOf(tabId);
      void browser.tabs
        .get(tabId)
        .then(async (t) => {
          if (t.status !== 'loading' || checked.has(tabId)) return;
          // (Early: not before the HTML is parsed. A page still parsing after EARLY_MS — a long
          // one, or one that streams — would have its look, and the lens's first pass, inside
          // its parsing: they would lengthen its load and see half of it.)
          if (afterParse) {
            await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, func: untilParsed, args: [STALLED_MS], injectImmediately: true }).catch(() => undefined);
            if (docOf(tabId) !== doc || checked.has(tabId)) return;
          }
          firstCheck(tabId);
        })
        .catch(() => undefined);
    }, ms);
    timers.set(tabId, { id, due });
  }
  /**
   * Tabs opened before the install (or update), and pages that finished loading while the
   * worker was first starting (seen in Chromium with a fresh profile: the first page's tab
   * events never reached the listener), get their first check now and once more a little later.
   */
  function checkLoadedTabs(): void {
    const sweep = () =>
      browser.tabs
        .query({})
        .then((tabs) => {
          for (const tab of tabs) if (tab.id !== undefined && tab.status === 'complete' && !checked.has(tab.id) && checkable(tab.url)) firstCheck(tab.id);
        })
        .catch((e) => logOnce('install-check', e));
    void sweep();
    setTimeout(() => void sweep(), SWEEP_AGAIN_MS);
  }

  /**
   * Runs firstLook in the page's own world (no isolated world: see src/detect/quick.ts) and
   * keeps what it may trust of the answer. Null on pages no extension may script (browser
   * pages, the PDF viewer, the web store).
   */
  async function lookAt(tabId: number, url: string): Promise<FirstLook | null> {
    let answer: unknown;
    try {
      const [res] = await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, world: 'MAIN', func: firstLook, injectImmediately: true });
      answer = res?.result;
    } catch {
      return null;
    }
    const look = validLook(answer) ?? { pass: false, reason: 'error', checkedAt: 0, loadEnd: 0 };
    return withHost(look, url);
  }

  /** The user's settings for this page: off, never, always, or auto (look first). */
  async function modeFor(url: string): Promise<'disabled' | 'never' | 'always' | 'auto'> {
    const settings = await loadSettings();
    if (!settings.enabled) return 'disabled';
    return siteRuleFor(settings, hostOf(url)).mode;
  }

  function firstCheck(tabId: number): void {
    checked.add(tabId);
    cancelTimer(tabId);
    cancelLookAgain(tabId);
    const doc = docOf(tabId);
    // The lens follows its page itself (a single-page site changing its URL).
    if (lensIn.get(tabId) === doc) return;
    void (async () => {
      const url = (await browser.tabs.get(tabId)).url ?? '';
      const mode = await modeFor(url);
      if (docOf(tabId) !== doc || mode === 'disabled' || mode === 'never') return;
      if (mode === 'always') return void (await startLens(tabId, true));
      const look = await lookAt(tabId, url);
      if (!look || docOf(tabId) !== doc) return;
      looks.set(tabId, { url, look });
      if (look.pass) await startLens(tabId, false);
      else lookAgainLater(tabId, doc, url);
    })().catch((e) => logOnce('first-check', e));
  }

  /** An article that arrives after the first paint: look again a few times (LOOK_AGAIN_MS). */
  function lookAgainLater(tabId: number, doc: number, url: string): void {
    const ids = LOOK_AGAIN_MS.map((ms) =>
      setTimeout(() => {
        if (docOf(tabId) !== doc || lensIn.get(tabId) === doc) return;
        void browser.tabs
          .get(tabId)
          // Still on that page (about:blank and the like do not count as a new document).
          .then((tab) => (tab.url === url ? lookAt(tabId, url) : null))
          .then(async (look) => {
            if (!look || docOf(tabId) !== doc || lensIn.get(tabId) === doc) return;
            looks.set(tabId, { url, look });
            if (look.pass) {
              cancelLookAgain(tabId);
              await startLens(tabId, false);
            }
          })
          .catch((e) => logOnce('first-check', e));
      }, ms),
    );
    lookAgain.set(tabId, ids);
  }

  /**
   * What the popup shows for a tab the lens is not in: the last look; a fresh one for a loaded
   * page whose look this worker no longer keeps; null while the page is loading, not looked at yet.
   */
  async function firstLookState(tabId: number): Promise<Record<string, unknown> | null> {
    const tab = await browser.tabs.get(tabId);
    const url = tab.url ?? '';
    const host = hostOf(url);
    const mode = await modeFor(url);
    if (mode === 'disabled' || mode === 'never') return { url, host, stage: mode };
    let look = looks.get(tabId)?.url === url ? looks.get(tabId)!.look : null;
    if (!look && tab.status === 'complete' && checkable(url)) {
      look = await lookAt(tabId, url);
      if (look) looks.set(tabId, { url, look });
    }
    if (!look) return null;
    return { url, host, stage: look.pass ? 'none' : 'stage1-no', quick: look.reason, checkedAt: look.checkedAt, loadEnd: look.loadEnd };
  }

  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    const step = firstCheckStep(change, tab, checked.has(tabId));
    if (step.run === 'now') firstCheck(tabId);
    else if (step.run === 'soon') checkIfStillLoading(tabId, EARLY_MS, true);
    else if (step.run === 'arm') {
      docs.set(tabId, docOf(tabId) + 1);
      checked.delete(tabId);
      looks.delete(tabId);
      cancelTimer(tabId);
      cancelLookAgain(tabId);
      checkIfStillLoading(tabId, STALLED_MS);
    }
  });

  // Switched back on (the extension, or a site that was 'never'), or a site set to 'always':
  // open pages are looked at again without a reload. Turning off is the lens's own business.
  settingsItem.watch((nextRaw, prevRaw) => {
    const next = sanitiseSettings(nextRaw);
    const prev = sanitiseSettings(prevRaw);
    void browser.tabs
      .query({})
      .then((tabs) => {
        for (const tab of tabs) {
          if (tab.id === undefined || tab.status !== 'complete' || !checkable(tab.url)) continue;
          const mode = recheckAfter(prev, next, hostOf(tab.url ?? ''));
          if (!mode) continue;
          if (lensIn.get(tab.id) === docOf(tab.id)) void startLens(tab.id, mode === 'always').catch((e) => logOnce('recheck', e));
          else firstCheck(tab.id);
        }
      })
      .catch((e) => logOnce('recheck', e));
  });

  browser.tabs.onRemoved.addListener((tabId) => {
    for (const m of [states, docs, lensIn, looks]) m.delete(tabId);
    checked.delete(tabId);
    cancelTimer(tabId);
    cancelLookAgain(tabId);
  });
  browser.tabs.onActivated.addListener(({ tabId }) => void updateMenus(states.get(tabId) ?? null));

  browser.runtime.onMessage.addListener((message: unknown, sender: Browser.runtime.MessageSender) => {
    if (!isMessage<BackgroundMessage>(message)) return undefined;
    const tabId = sender.tab?.id;
    switch (message.type) {
      case 'first-look':
        if (typeof message.tabId !== 'number') return undefined;
        return firstLookState(message.tabId).catch(() => null);
      case 'state':
        if (tabId === undefined) return undefined;
        states.set(tabId, message.state);
        updateBadge(tabId, message.state);
        if (sender.tab?.active) void updateMenus(message.state);
        return undefined;
      case 'command': {
        const target = message.tabId ?? tabId;
        return (target === undefined ? activeTabId() : Promise.resolve(target)).then((id) =>
          id === undefined ? { ok: false, message: 'no-tab' } : runCommand(id, message.command, { format: message.format, text: message.text, deliver: message.deliver }),
        );
      }
      case 'open-options':
        return browser.runtime.openOptionsPage().then(() => ({ ok: true }));
      case 'load-converter':
        if (tabId === undefined) return undefined;
        return browser.scripting
          .executeScript({ target: { tabId, frameIds: [sender.frameId ?? 0] }, files: [OPENCC] })
          .then(() => ({ ok: true }));
      case 'get-shortcuts':
        return shortcuts();
    }
    return undefined;
  });
});
