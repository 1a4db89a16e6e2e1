// Stored-settings history. v1 and v2 are the shapes the 0.0.x prototypes wrote; saved copies
// of both live in test/unit/settings-fixtures/ and every migration is tested on them.
import { SETTINGS_VERSION, type Settings, sanitiseSettings } from './schema';

/** v1 (prototype): flat flags, a comma-separated spam word string, site rules 'on'/'off'/'auto'. */
export interface SettingsV1 {
  autoClean?: boolean;
  autoConvert?: boolean;
  convertFrom?: string;
  openSidebar?: boolean;
  copyFormat?: string;
  spamWords?: string;
  siteRules?: Record<string, string>;
}

/** v2: renamed fields, arrays for terms, site rules as objects but still 'on'/'off'. */
export interface SettingsV2 {
  enabled?: boolean;
  cleanup?: boolean;
  convert?: boolean;
  variant?: string;
  sidebarAutoOpen?: boolean;
  copyFormat?: string;
  spamTerms?: string[];
  sites?: Record<string, { mode?: string; convert?: boolean }>;
}

export function migrateV1toV2(old: SettingsV1): SettingsV2 {
  const o = old ?? {};
  const format = o.copyFormat === 'markdown' ? 'md' : o.copyFormat;
  const sites: SettingsV2['sites'] = {};
  for (const [host, rule] of Object.entries(o.siteRules ?? {})) sites[host] = { mode: rule };
  return {
    enabled: true,
    cleanup: o.autoClean,
    convert: o.autoConvert,
    variant: o.convertFrom,
    sidebarAutoOpen: o.openSidebar,
    copyFormat: format,
    spamTerms: typeof o.spamWords === 'string' ? o.spamWords.split(/[,，\s]+/).filter(Boolean) : [],
    sites,
  };
}

export function migrateV2toV3(old: SettingsV2): Settings {
  const o = old ?? {};
  const sites: Record<string, unknown> = {};
  for (const [host, rule] of Object.entries(o.sites ?? {})) {
    const mode = rule?.mode === 'on' ? 'always' : rule?.mode === 'off' ? 'never' : rule?.mode;
    sites[host] = { ...rule, mode };
  }
  return sanitiseSettings({ ...o, sites, showHidden: false, groupFigures: false, cppccTerms: [] });
}

/** For WXT's storage item: version -> migration to that version. */
export const MIGRATIONS: Record<number, (old: any) => unknown> = {
  2: migrateV1toV2,
  3: migrateV2toV3,
};

export { SETTINGS_VERSION };
