// Options: global defaults, per-site rules, user terms, settings files. Every change is saved
// at once and reaches open tabs through the storage watcher (no reload).
import { browser } from 'wxt/browser';
import { t } from '../../src/i18n';
import { COPY_FORMATS, DEFAULTS, SITE_MODES, VARIANTS, normaliseHost, sanitiseTerms, type Settings, type SiteMode } from '../../src/settings/schema';
import { loadSettings, settingsItem, updateSettings, watchSettings } from '../../src/settings/store';
import { MAX_IMPORT_BYTES, exportSettings, parseImport, type ImportResult } from '../../src/settings/files';

const app = document.getElementById('app') as HTMLElement;
const status = document.getElementById('status') as HTMLElement;
let statusTimer = 0;

function say(text: string, error = false): void {
  status.textContent = text;
  status.className = error ? 'error' : '';
  clearTimeout(statusTimer);
  statusTimer = window.setTimeout(() => (status.textContent = ''), error ? 8000 : 2500);
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, cls?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (text !== undefined) e.textContent = text;
  if (cls) e.className = cls;
  return e;
}

/** Saves; a quota or other storage error is shown to the user, not swallowed. */
async function save(change: (s: Settings) => Settings): Promise<boolean> {
  try {
    await updateSettings(change);
    say(t('optSaved'));
    return true;
  } catch (e) {
    const quota = /quota/i.test(String(e));
    say(t('optSaveFailed', quota ? t('errQuota') : String((e as Error)?.message ?? e)), true);
    return false;
  }
}

function checkbox(name: keyof Settings, text: string, s: Settings): HTMLLabelElement {
  const label = el('label');
  const input = el('input');
  input.type = 'checkbox';
  input.name = name;
  input.checked = s[name] as boolean;
  input.addEventListener('change', () => void save((x) => ({ ...x, [name]: input.checked })));
  label.append(input, el('span', text));
  return label;
}

function select<T extends string>(name: string, text: string, values: readonly T[], labels: Record<T, string>, current: T, onChange: (v: T) => void, ariaLabel?: string): HTMLLabelElement {
  const label = el('label');
  const sel = el('select');
  sel.name = name;
  for (const v of values) {
    const o = el('option', labels[v]);
    o.value = v;
    o.selected = v === current;
    sel.append(o);
  }
  sel.addEventListener('change', () => onChange(sel.value as T));
  // (A select with no visible text of its own, in the sites table or the add-site row, still has a name.)
  if (!text) sel.setAttribute('aria-label', ariaLabel ?? name);
  label.append(el('span', text), sel);
  return label;
}

function defaults(s: Settings): HTMLElement {
  const sec = el('section');
  sec.append(
    el('h2', t('optDefaults')),
    checkbox('enabled', t('optEnabled'), s),
    checkbox('cleanup', t('optCleanup'), s),
    checkbox('showHidden', t('optShowHidden'), s),
    checkbox('convert', t('optConvert'), s),
    select('variant', t('optVariant'), VARIANTS, { auto: t('variantAuto'), t: t('variantT'), tw: t('variantTw'), hk: t('variantHk') }, s.variant, (v) => void save((x) => ({ ...x, variant: v }))),
    checkbox('sidebarAutoOpen', t('optSidebarAuto'), s),
    select('copyFormat', t('optCopyFormat'), COPY_FORMATS, { tsv: 'TSV', csv: 'CSV', md: 'Markdown', json: 'JSON' }, s.copyFormat, (v) => void save((x) => ({ ...x, copyFormat: v }))),
    checkbox('groupFigures', t('optGroup'), s),
  );
  return sec;
}

function sites(s: Settings): HTMLElement {
  const sec = el('section');
  sec.id = 'sites';
  sec.append(el('h2', t('optSites')));
  const modes: Record<SiteMode, string> = { auto: t('modeAuto'), always: t('modeAlways'), never: t('modeNever') };
  const entries = Object.entries(s.sites);
  if (!entries.length) sec.append(el('p', t('optNoSites'), 'help'));
  else {
    const table = el('table');
    const head = el('tr');
    for (const h of [t('optSiteHost'), t('optSiteMode'), t('optSiteConvert'), t('optSiteUnhidden'), '']) head.append(el('th', h));
    table.append(head);
    for (const [host, rule] of entries) {
      const tr = el('tr');
      tr.dataset.host = host;
      tr.append(el('td', host));
      const modeCell = el('td');
      modeCell.append(select(`mode-${host}`, '', SITE_MODES, modes, rule.mode, (m) => void save((x) => ({ ...x, sites: { ...x.sites, [host]: { ...rule, mode: m } } })), `${t('optSiteMode')} ${host}`));
      const conv = el('input');
      conv.type = 'checkbox';
      conv.checked = !!rule.convert;
      conv.setAttribute('aria-label', `${t('optSiteConvert')} ${host}`);
      conv.addEventListener('change', () => void save((x) => ({ ...x, sites: { ...x.sites, [host]: { ...rule, convert: conv.checked } } })));
      const convCell = el('td');
      convCell.append(conv);
      const unCell = el('td', String(rule.unhidden?.length ?? 0));
      if (rule.unhidden?.length) {
        const clear = el('button', t('optSiteClearUnhidden'));
        clear.addEventListener('click', () => void save((x) => ({ ...x, sites: { ...x.sites, [host]: { ...rule, unhidden: [] } } })).then(render));
        unCell.append(' ', clear);
      }
      const rm = el('button', t('optRemove'));
      rm.dataset.action = 'remove-site';
      rm.addEventListener('click', () =>
        void save((x) => {
          const next = { ...x.sites };
          delete next[host];
          return { ...x, sites: next };
        }).then(render),
      );
      const rmCell = el('td');
      rmCell.append(rm);
      tr.append(modeCell, convCell, unCell, rmCell);
      table.append(tr);
    }
    sec.append(table);
  }
  const form = el('form', undefined, 'add-site');
  const input = el('input');
  input.name = 'new-host';
  input.placeholder = 'cppcc.gov.cn';
  input.setAttribute('aria-label', t('optSiteHost'));
  const mode = select('new-mode', '', SITE_MODES, modes, 'always', () => undefined, t('optSiteMode'));
  const add = el('button', t('optAddSite'), 'primary');
  add.type = 'submit';
  const err = el('p', '', 'error');
  err.id = 'host-error';
  err.setAttribute('role', 'alert');
  form.append(input, mode, add, err);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const host = normaliseHost(input.value);
    if (!host) {
      err.textContent = t('optBadHost', input.value);
      input.setAttribute('aria-invalid', 'true');
      return;
    }
    const m = (mode.querySelector('select') as HTMLSelectElement).value as SiteMode;
    void save((x) => ({ ...x, sites: { ...x.sites, [host]: { ...(x.sites[host] ?? {}), mode: m } } })).then(render);
  });
  sec.append(form);
  return sec;
}

function terms(s: Settings): HTMLElement {
  const sec = el('section');
  sec.append(el('h2', t('optTerms')));
  const spam = el('textarea');
  spam.name = 'spamTerms';
  spam.value = s.spamTerms.join('\n');
  const cppcc = el('textarea');
  cppcc.name = 'cppccTerms';
  cppcc.value = s.cppccTerms.join('\n');
  const l1 = el('label');
  l1.style.display = 'grid';
  l1.append(el('span', t('optSpamTerms')), spam);
  const l2 = el('label');
  l2.style.display = 'grid';
  l2.append(el('span', t('optCppccTerms')), cppcc);
  const b = el('button', t('optTermsSave'), 'primary');
  b.dataset.action = 'save-terms';
  b.addEventListener('click', () =>
    void save((x) => ({ ...x, spamTerms: sanitiseTerms(spam.value.split('\n')), cppccTerms: sanitiseTerms(cppcc.value.split('\n')) })),
  );
  sec.append(l1, l2, b);
  return sec;
}

function files(s: Settings): HTMLElement {
  const sec = el('section');
  sec.append(el('h2', t('optFiles')));
  const exp = el('button', t('optExport'));
  exp.dataset.action = 'export';
  exp.addEventListener('click', () => {
    const blob = new Blob([exportSettings(s)], { type: 'application/json' });
    const a = el('a');
    a.href = URL.createObjectURL(blob);
    a.download = `cppcc-lens-settings-${new Date().toISOString().slice(0, 10)}.json`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 1000);
  });
  const file = el('input');
  file.type = 'file';
  file.accept = 'application/json,.json';
  file.name = 'import';
  file.setAttribute('aria-label', t('optImport'));
  const err = el('p', '', 'error');
  err.id = 'import-error';
  err.setAttribute('role', 'alert');
  file.addEventListener('change', async () => {
    const f = file.files?.[0];
    if (!f) return;
    err.textContent = '';
    // Enormous files are refused before they are read.
    const result: ImportResult = f.size > MAX_IMPORT_BYTES ? { ok: false, error: 'errTooLarge', subs: [MAX_IMPORT_BYTES / 1024] } : parseImport(await f.text());
    if (!result.ok) {
      err.textContent = t('optImportFailed', t(result.error, result.subs));
      return;
    }
    try {
      await settingsItem.setValue(result.settings);
      say(t('optImported'));
      await render();
    } catch (e) {
      err.textContent = t('optSaveFailed', /quota/i.test(String(e)) ? t('errQuota') : String(e));
    }
  });
  const reset = el('button', t('optReset'));
  reset.dataset.action = 'reset';
  reset.addEventListener('click', () => {
    if (!confirm(t('optResetConfirm'))) return;
    void save(() => ({ ...DEFAULTS, sites: {}, spamTerms: [], cppccTerms: [] })).then(render);
  });
  const importLabel = el('label');
  importLabel.append(el('span', t('optImport')), file);
  sec.append(exp, importLabel, err, reset, el('p', t('optShortcutsHelp'), 'help'));
  return sec;
}

const CLIPBOARD = { permissions: ['clipboardWrite'] } as { permissions: ['clipboardWrite'] };

/**
 * Firefox only (where the manifest declares it optional): whether shortcuts and menu items may
 * write the clipboard. Granting happens here or on the first such copy; the sidebar and popup
 * buttons copy without it.
 */
async function permissionsSection(): Promise<HTMLElement | null> {
  if (!(browser.runtime.getManifest().optional_permissions ?? []).includes('clipboardWrite' as never)) return null;
  const sec = el('section');
  sec.dataset.section = 'permissions';
  const granted = await browser.permissions.contains(CLIPBOARD).catch(() => false);
  const state = el('p', granted ? t('optClipboardOn') : t('optClipboardOff'), 'help');
  state.dataset.granted = String(granted);
  const btn = el('button', granted ? t('optClipboardRevoke') : t('optClipboardGrant'));
  btn.type = 'button';
  btn.dataset.action = granted ? 'clipboard-revoke' : 'clipboard-grant';
  btn.addEventListener('click', () => {
    // Called synchronously in the click: browsers only show the prompt for a user's action.
    const done = granted ? browser.permissions.remove(CLIPBOARD) : browser.permissions.request(CLIPBOARD);
    void done.then(
      () => render(),
      (e) => say(String((e as Error)?.message ?? e), true),
    );
  });
  sec.append(el('h2', t('optPermissions')), el('p', t('optClipboardWhy'), 'help'), state, btn);
  return sec;
}

async function render(): Promise<void> {
  const s = await loadSettings();
  const frag = document.createDocumentFragment();
  frag.append(el('h1', t('optTitle')), defaults(s), sites(s), terms(s));
  const perms = await permissionsSection();
  if (perms) frag.append(perms);
  frag.append(files(s));
  app.replaceChildren(frag);
}

document.documentElement.lang = browser.i18n.getUILanguage();
document.title = t('optTitle');
void render();
// Another tab (the popup, a sidebar) may change settings: show them.
watchSettings(() => {
  if (!document.activeElement || document.activeElement === document.body) void render();
});
