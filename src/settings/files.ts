// Settings export/import. An import is checked whole before anything is written: a malformed,
// future-version or enormous file is rejected with a reason and the current settings stay.
import { MIGRATIONS } from './migrations';
import { SETTINGS_VERSION, sanitiseSettings, type Settings } from './schema';

export const MAX_IMPORT_BYTES = 256 * 1024;
const APP = 'cppcc-lens';

export function exportSettings(s: Settings, now = new Date()): string {
  return JSON.stringify({ app: APP, version: SETTINGS_VERSION, exported: now.toISOString(), settings: s }, null, 2) + '\n';
}

export type ImportResult = { ok: true; settings: Settings } | { ok: false; error: string; subs?: (string | number)[] };

export function parseImport(text: string): ImportResult {
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > MAX_IMPORT_BYTES) return { ok: false, error: 'errTooLarge', subs: [MAX_IMPORT_BYTES / 1024] };
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, error: 'errNotJson' };
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) return { ok: false, error: 'errNotSettings' };
  const o = data as { app?: unknown; version?: unknown; settings?: unknown };
  if (o.app !== APP || typeof o.version !== 'number' || !Number.isInteger(o.version) || o.version < 1) return { ok: false, error: 'errNotSettings' };
  if (!o.settings || typeof o.settings !== 'object' || Array.isArray(o.settings)) return { ok: false, error: 'errNotSettings' };
  if (o.version > SETTINGS_VERSION) return { ok: false, error: 'errFutureVersion', subs: [o.version] };
  let value: unknown = o.settings;
  for (let v = o.version + 1; v <= SETTINGS_VERSION; v++) value = MIGRATIONS[v]?.(value) ?? value;
  return { ok: true, settings: sanitiseSettings(value) };
}
