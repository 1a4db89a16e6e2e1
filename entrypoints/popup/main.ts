// The popup: the current tab's verdict and reasons, its counts, toggles, the site rule, the
// shortcuts, and a link to the options page. Opened as popup.html?tab=<id> it targets that tab.
import { browser } from 'wxt/browser';
import { t } from '../../src/i18n';
import type { BackgroundMessage, CommandId, CommandResult, PageState } from '../../src/messages';
import { SITE_MODES, siteKey, siteRuleFor, type SiteMode } from '../../src/settings/schema';
import { loadSettings, updateSettings, updateSite } from '../../src/settings/store';
import { checkable } from '../../src/detect/when';

type TabState = Partial<PageState> & { stage?: string; quick?: string };

const app = document.getElementById('app') as HTMLElement;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, cls?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (text !== undefined) e.textContent = text;
  if (cls) e.className = cls;
  return e;
}

async function targetTab(): Promise<{ id: number | undefined; url: string | undefined }> {
  const param = new URLSearchParams(location.search).get('tab');
  if (param) {
    const tab = await browser.tabs.get(Number(param)).catch(() => null);
    return { id: Number(param), url: tab?.url };
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return { id: tab?.id, url: tab?.url };
}

/** The lens's state; in a tab the lens is not in, what the background's first look said. */
async function tabState(id: number): Promise<TabState | null> {
  try {
    const state = (await browser.tabs.sendMessage(id, { type: 'get-state' }, { frameId: 0 })) as TabState | undefined;
    if (state) return state;
  } catch {
    /* no lens in this tab */
  }
  try {
    return ((await browser.runtime.sendMessage({ type: 'first-look', tabId: id } satisfies BackgroundMessage)) as TabState) ?? null;
  } catch {
    return null;
  }
}

async function command(tabId: number, cmd: CommandId, extra: { deliver?: boolean } = {}): Promise<CommandResult> {
  return (await browser.runtime.sendMessage({ type: 'command', command: cmd, tabId, ...extra } satisfies BackgroundMessage)) as CommandResult;
}

/**
 * Copy all figures from the popup's own click: the tab hands over the text and the popup writes
 * it, which needs no clipboard permission in either browser. If the popup cannot write (the
 * click is too long ago, or no Clipboard API), the tab copies it instead.
 */
async function copyFigures(tabId: number): Promise<boolean> {
  const r = await command(tabId, 'copy-figures', { deliver: true });
  if (!r.ok || typeof r.text !== 'string') return false;
  const { text, html } = r;
  try {
    if (html && typeof ClipboardItem !== 'undefined') {
      await navigator.clipboard.write([new ClipboardItem({ 'text/plain': new Blob([text], { type: 'text/plain' }), 'text/html': new Blob([html], { type: 'text/html' }) })]);
    } else await navigator.clipboard.writeText(text);
    return true;
  } catch {
    /* the async Clipboard API wants focus; the copy event below only the click */
  }
  let done = false;
  const onCopy = (e: ClipboardEvent) => {
    if (!e.clipboardData) return;
    e.clipboardData.setData('text/plain', text);
    if (html) e.clipboardData.setData('text/html', html);
    e.preventDefault();
    done = true;
  };
  document.addEventListener('copy', onCopy);
  try {
    document.execCommand('copy');
  } catch {
    /* refused */
  } finally {
    document.removeEventListener('copy', onCopy);
  }
  return done || (await command(tabId, 'copy-figures')).ok;
}

function toggle(name: string, text: string, checked: boolean, onChange: (on: boolean) => void): HTMLLabelElement {
  const label = el('label');
  const input = el('input');
  input.type = 'checkbox';
  input.checked = checked;
  input.dataset.action = name;
  input.addEventListener('change', () => onChange(input.checked));
  label.append(input, el('span', text));
  return label;
}

/**
 * Runs a user's action, then shows the new state. #app carries data-pending (actions not yet
 * shown) so tests and assistive tools can tell when the popup has settled.
 */
let pending = 0;
let failure = '';
function act(action: () => Promise<unknown>): void {
  pending++;
  app.dataset.pending = String(pending);
  void action()
    .catch((e) => (failure = String((e as Error)?.message ?? e)))
    .then(render)
    .finally(() => (app.dataset.pending = String(--pending)));
}

async function render(): Promise<void> {
  const { id, url } = await targetTab();
  const settings = await loadSettings();
  const frag = document.createDocumentFragment();
  frag.append(el('h1', t('extName')));
  if (failure) {
    // A failed action (a storage quota error, a tab that went away) is shown, not swallowed.
    const p = el('p', t('optSaveFailed', failure), 'note error');
    p.setAttribute('role', 'alert');
    frag.append(p);
    failure = '';
  }
  frag.append(toggle('enabled', t('popEnabled'), settings.enabled, (on) => act(() => updateSettings((s) => ({ ...s, enabled: on })))));

  const web = checkable(url);
  const state = id !== undefined && web ? await tabState(id) : null;
  if (id === undefined || !web) {
    frag.append(el('p', t('popRestricted'), 'note restricted'));
  } else if (!state) {
    frag.append(el('p', t('popNotLoaded'), 'note'));
    const b = el('button', t('popEnable'), 'primary');
    b.dataset.action = 'activate';
    b.addEventListener('click', () => act(() => command(id, 'activate')));
    frag.append(b);
  } else {
    const verdict = el('div', undefined, 'verdict');
    verdict.dataset.stage = state.stage ?? 'none';
    const active = state.stage === 'active';
    const strong = el('strong', state.isCppcc ? t('sbVerdictYes') : active ? t('sbVerdictForced') : t('sbVerdictNo'), state.isCppcc ? 'yes' : 'no');
    verdict.append(strong);
    if (typeof state.score === 'number') verdict.append(el('span', ' ' + t('sbScore', state.score)));
    frag.append(verdict);
    if (state.reasons?.length) {
      const ul = el('ul');
      ul.setAttribute('aria-label', t('sbReasons'));
      for (const r of state.reasons) ul.append(el('li', r));
      frag.append(ul);
    } else if (state.stage === 'stage1-no') frag.append(el('p', t('popStage1No'), 'note'));
    if (active && state.cleanup && state.convert && state.sidebar) {
      frag.append(el('p', `${t('popFigures', state.figures ?? 0)} · ${t('popHidden', [state.cleanup.spam, state.cleanup.boilerplate])}`, 'note counts'));
      frag.append(
        toggle('cleanup', t('sbCleanup'), state.cleanup.on, () => act(() => command(id, 'toggle-cleanup'))),
        toggle('convert', t('sbConvert'), state.convert.on, () => act(() => command(id, 'toggle-convert'))),
        toggle('sidebar', t('popSidebar'), state.sidebar.open, () => act(() => command(id, 'toggle-sidebar'))),
      );
      const copy = el('button', t('popCopyFigures'), 'primary');
      copy.dataset.action = 'copy-figures';
      copy.disabled = !state.figures;
      copy.addEventListener('click', () => void copyFigures(id).then((ok) => (copy.textContent = ok ? t('popCopied') : t('popCopyFailed'))));
      frag.append(copy);
    } else {
      const b = el('button', t('popEnable'), 'primary');
      b.dataset.action = 'activate';
      b.addEventListener('click', () => act(() => command(id, 'activate')));
      frag.append(b);
    }
    // The site rule.
    const host = new URL(url as string).hostname;
    const row = el('label', undefined, 'row');
    row.append(el('span', t('popSite', siteKey(host))));
    const select = el('select');
    select.dataset.action = 'site-mode';
    const labels: Record<SiteMode, string> = { auto: t('modeAuto'), always: t('modeAlways'), never: t('modeNever') };
    for (const m of SITE_MODES) {
      const o = el('option', labels[m]);
      o.value = m;
      o.selected = siteRuleFor(settings, host).mode === m;
      select.append(o);
    }
    select.addEventListener('change', () => act(() => updateSite(host, (r) => ({ ...r, mode: select.value as SiteMode }))));
    row.append(select);
    frag.append(row);
  }

  // Shortcuts and options.
  const cmds = await browser.commands.getAll();
  const sc = el('div', undefined, 'shortcuts');
  sc.append(el('div', t('popShortcuts')));
  for (const c of cmds) {
    if (!c.name || c.name.startsWith('_')) continue;
    const line = el('div');
    line.append(el('kbd', c.shortcut || t('popNoShortcut')), document.createTextNode(' ' + (c.description ?? c.name)));
    sc.append(line);
  }
  frag.append(sc);
  const opts = el('button', t('popOptions'));
  opts.dataset.action = 'options';
  opts.addEventListener('click', () => void browser.runtime.openOptionsPage());
  frag.append(opts);
  app.replaceChildren(frag);
}

document.documentElement.lang = browser.i18n.getUILanguage();
app.dataset.pending = '0';
void render();
