// The settings storage item (storage.local, versioned, migrated) and helpers around it.
import { storage } from 'wxt/utils/storage';
import { DEFAULTS, SETTINGS_VERSION, type Settings, type SiteRule, sanitiseSettings, siteKey } from './schema';
import { MIGRATIONS } from './migrations';

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULTS as Settings,
  version: SETTINGS_VERSION,
  migrations: MIGRATIONS,
});

export async function loadSettings(): Promise<Settings> {
  return sanitiseSettings(await settingsItem.getValue());
}

/** Read-modify-write; errors (quota, invalid context) propagate so callers can show them. */
export async function updateSettings(change: (s: Settings) => Settings | void): Promise<Settings> {
  const current = await loadSettings();
  const next = sanitiseSettings(change(current) ?? current);
  await settingsItem.setValue(next);
  return next;
}

export async function updateSite(hostname: string, change: (r: SiteRule) => SiteRule | null): Promise<Settings> {
  return updateSettings((s) => {
    const key = siteKey(hostname);
    const next = change({ ...(s.sites[key] ?? { mode: 'auto' }) });
    const sites = { ...s.sites };
    if (next && (next.mode !== 'auto' || next.convert !== undefined || next.sidebar || next.unhidden?.length)) sites[key] = next;
    else delete sites[key];
    return { ...s, sites };
  });
}

export function watchSettings(cb: (s: Settings) => void): () => void {
  return settingsItem.watch((v) => cb(sanitiseSettings(v)));
}
