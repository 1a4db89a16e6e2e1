// The settings model, its defaults, and a per-field sanitiser: a corrupt or unknown stored
// value falls back to its default without touching the other fields.

export type SiteMode = 'auto' | 'always' | 'never';
export type Variant = 'auto' | 't' | 'tw' | 'hk';
export type CopyFormat = 'tsv' | 'csv' | 'md' | 'json';

export interface SiteRule {
  mode: SiteMode;
  /** Convert this site to Simplified on load (overrides the global default when set). */
  convert?: boolean;
  /** Sidebar state remembered for the site. */
  sidebar?: 'open' | 'collapsed';
  /** Fingerprints of blocks the user chose to keep visible on this site. */
  unhidden?: string[];
}

export interface Settings {
  /** Global on/off. */
  enabled: boolean;
  cleanup: boolean;
  showHidden: boolean;
  /** Convert every detected page to Simplified on load. */
  convert: boolean;
  variant: Variant;
  sidebarAutoOpen: boolean;
  copyFormat: CopyFormat;
  groupFigures: boolean;
  spamTerms: string[];
  cppccTerms: string[];
  sites: Record<string, SiteRule>;
}

export const SETTINGS_VERSION = 3;

export const DEFAULTS: Readonly<Settings> = Object.freeze({
  enabled: true,
  cleanup: true,
  showHidden: false,
  convert: false,
  variant: 'auto',
  sidebarAutoOpen: true,
  copyFormat: 'tsv',
  groupFigures: false,
  spamTerms: [],
  cppccTerms: [],
  sites: {},
});

export const VARIANTS: readonly Variant[] = ['auto', 't', 'tw', 'hk'];
export const COPY_FORMATS: readonly CopyFormat[] = ['tsv', 'csv', 'md', 'json'];
export const SITE_MODES: readonly SiteMode[] = ['auto', 'always', 'never'];

const MAX_TERMS = 500;
const MAX_TERM_LENGTH = 40;
const MAX_SITES = 5000;
const MAX_UNHIDDEN = 200;

/** A host as users type it: letters, digits, dots and dashes, optionally with a leading *. */
const HOST_RE = /^(\*\.)?([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)*[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/;

/** Normalises a site pattern typed by a user; null if it is not a host. */
export function normaliseHost(input: string): string | null {
  let h = input.trim().toLowerCase();
  if (!h) return null;
  if (/^[a-z][a-z0-9+.-]*:\/\//.test(h)) {
    try {
      h = new URL(h).hostname;
    } catch {
      return null;
    }
  }
  h = h.replace(/^www\./, '').replace(/\.$/, '');
  if (h.length > 253 || !HOST_RE.test(h)) return null;
  if (!h.includes('.') && h !== 'localhost') return null;
  return h;
}

const bool = (v: unknown, d: boolean): boolean => (typeof v === 'boolean' ? v : d);
const oneOf = <T extends string>(v: unknown, all: readonly T[], d: T): T => (all.includes(v as T) ? (v as T) : d);

export function sanitiseTerms(v: unknown): string[] {
  if (!Array.isArray(v)) return [];
  const out: string[] = [];
  for (const t of v) {
    if (typeof t !== 'string') continue;
    const term = t.trim();
    if (term && term.length <= MAX_TERM_LENGTH && !out.includes(term)) out.push(term);
    if (out.length >= MAX_TERMS) break;
  }
  return out;
}

function sanitiseSite(v: unknown): SiteRule | null {
  if (!v || typeof v !== 'object') return null;
  const o = v as Record<string, unknown>;
  const rule: SiteRule = { mode: oneOf(o.mode, SITE_MODES, 'auto') };
  if (typeof o.convert === 'boolean') rule.convert = o.convert;
  if (o.sidebar === 'open' || o.sidebar === 'collapsed') rule.sidebar = o.sidebar;
  if (Array.isArray(o.unhidden)) {
    const list = o.unhidden.filter((x): x is string => typeof x === 'string' && x.length <= 64).slice(0, MAX_UNHIDDEN);
    if (list.length) rule.unhidden = [...new Set(list)];
  }
  return rule;
}

export function sanitiseSites(v: unknown): Record<string, SiteRule> {
  const out: Record<string, SiteRule> = {};
  if (!v || typeof v !== 'object' || Array.isArray(v)) return out;
  let n = 0;
  for (const [host, rule] of Object.entries(v as Record<string, unknown>)) {
    const h = normaliseHost(host);
    const r = sanitiseSite(rule);
    // A rule that says nothing beyond "auto" is the same as no rule.
    if (r && r.mode === 'auto' && r.convert === undefined && !r.sidebar && !r.unhidden) continue;
    if (h && r) {
      out[h] = r;
      if (++n >= MAX_SITES) break;
    }
  }
  return out;
}

/** Every field checked on its own; anything unusable takes its default. */
export function sanitiseSettings(v: unknown): Settings {
  const o = v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
  return {
    enabled: bool(o.enabled, DEFAULTS.enabled),
    cleanup: bool(o.cleanup, DEFAULTS.cleanup),
    showHidden: bool(o.showHidden, DEFAULTS.showHidden),
    convert: bool(o.convert, DEFAULTS.convert),
    variant: oneOf(o.variant, VARIANTS, DEFAULTS.variant),
    sidebarAutoOpen: bool(o.sidebarAutoOpen, DEFAULTS.sidebarAutoOpen),
    copyFormat: oneOf(o.copyFormat, COPY_FORMATS, DEFAULTS.copyFormat),
    groupFigures: bool(o.groupFigures, DEFAULTS.groupFigures),
    spamTerms: sanitiseTerms(o.spamTerms),
    cppccTerms: sanitiseTerms(o.cppccTerms),
    sites: sanitiseSites(o.sites),
  };
}

/** The rule for a hostname: exact host first, then its parent domains, then *.parent patterns. */
export function siteRuleFor(settings: Settings, hostname: string): SiteRule {
  const host = hostname.toLowerCase().replace(/^www\./, '');
  const direct = settings.sites[host];
  if (direct) return direct;
  const parts = host.split('.');
  for (let i = 1; i < parts.length - 1; i++) {
    const parent = parts.slice(i).join('.');
    const r = settings.sites['*.' + parent] ?? settings.sites[parent];
    if (r) return r;
  }
  return { mode: 'auto' };
}

export function siteKey(hostname: string): string {
  return hostname.toLowerCase().replace(/^www\./, '');
}

/** What the extension does on a host: nothing (off, or 'never'), look first ('auto'), or always. */
export function pageMode(settings: Settings, hostname: string): 'off' | 'auto' | 'always' {
  if (!settings.enabled) return 'off';
  const mode = siteRuleFor(settings, hostname).mode;
  return mode === 'never' ? 'off' : mode;
}

/**
 * After a settings change, whether an open page on this host should be looked at again, and how:
 * its mode moved to 'auto' or 'always' (the extension or the site switched back on, or the site
 * moved between the two). Pages the change turns off are the lens's own business (it stops).
 */
export function recheckAfter(prev: Settings, next: Settings, hostname: string): 'auto' | 'always' | null {
  const was = pageMode(prev, hostname);
  const now = pageMode(next, hostname);
  if (now === was || now === 'off') return null;
  return now;
}
