import fs from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { MIGRATIONS, migrateV1toV2, migrateV2toV3 } from '../../src/settings/migrations';
import { DEFAULTS, SETTINGS_VERSION, normaliseHost, pageMode, recheckAfter, sanitiseSettings, siteRuleFor } from '../../src/settings/schema';
import { exportSettings, MAX_IMPORT_BYTES, parseImport } from '../../src/settings/files';

const fixture = (v: string) => JSON.parse(fs.readFileSync(path.join(__dirname, 'settings-fixtures', `${v}.json`), 'utf8'));

describe('settings migrations, on saved old-version settings', () => {
  it('v1 → v2 renames fields, splits spam words, turns site rules into objects', () => {
    const v2 = migrateV1toV2(fixture('v1'));
    expect(v2).toMatchObject({ cleanup: false, convert: true, variant: 'tw', sidebarAutoOpen: false, copyFormat: 'md' });
    expect(v2.spamTerms).toEqual(['澳门赌场', '一区二区', '伦理片']);
    expect(v2.sites?.['www.cppcc.gov.cn']).toEqual({ mode: 'on' });
  });
  it('v2 → v3 renames on/off to always/never and sanitises every field', () => {
    const v3 = migrateV2toV3(fixture('v2'));
    expect(v3.enabled).toBe(false);
    expect(v3.variant).toBe('hk');
    expect(v3.copyFormat).toBe('csv');
    expect(v3.spamTerms).toEqual(['彩票平台']);
    expect(v3.sites).toEqual({ 'gxzx.gov.cn': { mode: 'always', convert: true }, 'news.example.org': { mode: 'never' } });
  });
  it('v1 all the way to v3', () => {
    let v: unknown = fixture('v1');
    for (let n = 2; n <= SETTINGS_VERSION; n++) v = (MIGRATIONS[n] as (x: unknown) => unknown)(v);
    const s = sanitiseSettings(v);
    expect(s.sites).toEqual({ 'cppcc.gov.cn': { mode: 'always' }, 'tibet.cn': { mode: 'never' } });
    expect(s.convert).toBe(true);
  });
});

describe('stored settings through WXT storage (fakeBrowser)', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.resetModules(); // a fresh storage item (and migration run) per test
  });
  it('migrates a stored v1 value on first read', async () => {
    await fakeBrowser.storage.local.set({ settings: fixture('v1') });
    const { loadSettings } = await import('../../src/settings/store');
    const s = await loadSettings();
    expect(s.cleanup).toBe(false);
    expect(s.sites['tibet.cn']?.mode).toBe('never');
    expect((await fakeBrowser.storage.local.get('settings$'))['settings$']).toEqual({ v: SETTINGS_VERSION });
  });
  it('a corrupt field falls back alone; the others survive', async () => {
    await fakeBrowser.storage.local.set({ settings: { ...DEFAULTS, cleanup: 'yes', variant: 'klingon', spamTerms: 'x', convert: true }, settings$: { v: SETTINGS_VERSION } });
    const { loadSettings } = await import('../../src/settings/store');
    const s = await loadSettings();
    expect(s.cleanup).toBe(DEFAULTS.cleanup);
    expect(s.variant).toBe('auto');
    expect(s.spamTerms).toEqual([]);
    expect(s.convert).toBe(true);
  });
});

describe('site patterns', () => {
  it.each([
    ['www.cppcc.gov.cn', 'cppcc.gov.cn'],
    ['https://www.rmzxb.com.cn/c/2024/x.shtml', 'rmzxb.com.cn'],
    ['*.gxzx.gov.cn', '*.gxzx.gov.cn'],
    ['TIBET.CN', 'tibet.cn'],
    ['localhost', 'localhost'],
  ])('%s → %s', (input, host) => expect(normaliseHost(input)).toBe(host));
  it.each(['', 'not a host', 'http://', 'a..b', '-bad.com', 'cppcc', 'x'.repeat(300) + '.com', 'javascript:alert(1)'])('rejects %j', (input) => expect(normaliseHost(input)).toBeNull());
  it('applies parent-domain and wildcard rules', () => {
    const s = sanitiseSettings({ sites: { 'tibet.cn': { mode: 'never' }, '*.gxzx.gov.cn': { mode: 'always' } } });
    expect(siteRuleFor(s, 'www.tibet.cn').mode).toBe('never');
    expect(siteRuleFor(s, 'news.gxzx.gov.cn').mode).toBe('always');
    expect(siteRuleFor(s, 'example.com').mode).toBe('auto');
  });
});

describe('settings files', () => {
  const s = sanitiseSettings({ cleanup: false, spamTerms: ['彩票平台'], sites: { 'cppcc.gov.cn': { mode: 'always' } } });
  it('round-trips an export', () => {
    const r = parseImport(exportSettings(s));
    expect(r).toEqual({ ok: true, settings: s });
  });
  it('migrates an export from an older version', () => {
    const r = parseImport(JSON.stringify({ app: 'cppcc-lens', version: 1, settings: fixture('v1') }));
    expect(r.ok && r.settings.sites['tibet.cn']?.mode).toBe('never');
  });
  it.each([
    ['malformed', '{"app": nope', 'errNotJson'],
    ['not ours', JSON.stringify({ hello: 1 }), 'errNotSettings'],
    ['array', '[]', 'errNotSettings'],
    ['future version', JSON.stringify({ app: 'cppcc-lens', version: 99, settings: {} }), 'errFutureVersion'],
    ['enormous', JSON.stringify({ app: 'cppcc-lens', version: 3, settings: { spamTerms: ['x'.repeat(MAX_IMPORT_BYTES)] } }), 'errTooLarge'],
  ])('rejects a %s file with a reason', (_what, text, error) => {
    const r = parseImport(text);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toBe(error);
  });
});

describe('recheckAfter: open pages looked at again after a settings change', () => {
  const base = sanitiseSettings({});
  const off = { ...base, enabled: false };
  const never = { ...base, sites: { 'cppcc.gov.cn': { mode: 'never' as const } } };
  const always = { ...base, sites: { '*.cppcc.gov.cn': { mode: 'always' as const } } };
  it.each([
    ['switched back on', off, base, 'www.cppcc.gov.cn', 'auto'],
    ['switched on where the site is always', { ...always, enabled: false }, always, 'news.cppcc.gov.cn', 'always'],
    ['a site no longer never', never, base, 'cppcc.gov.cn', 'auto'],
    ['a site set to always', base, always, 'news.cppcc.gov.cn', 'always'],
    ['switched off', base, off, 'cppcc.gov.cn', null],
    ['a site set to never', base, never, 'cppcc.gov.cn', null],
    ['never stays never when the extension comes back on', { ...never, enabled: false }, never, 'cppcc.gov.cn', null],
    ['another site changed', base, always, 'example.com', null],
    ['nothing that matters changed', base, { ...base, cleanup: !base.cleanup }, 'cppcc.gov.cn', null],
  ] as const)('%s', (_, prev, next, host, want) => {
    expect(recheckAfter(prev, next, host)).toBe(want);
  });
  it('pageMode reads the global switch before the site rule', () => {
    expect(pageMode({ ...always, enabled: false }, 'news.cppcc.gov.cn')).toBe('off');
    expect(pageMode(always, 'news.cppcc.gov.cn')).toBe('always');
    expect(pageMode(never, 'www.cppcc.gov.cn')).toBe('off');
    expect(pageMode(base, 'example.com')).toBe('auto');
  });
});
