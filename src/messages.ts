// The one message protocol between content scripts, the background and the extension pages.
import type { Signal } from './detect/score';
import type { CopyFormat, SiteMode, Variant } from './settings/schema';
import type { ScriptGuess } from './text/han';

export type CommandId =
  | 'toggle-convert'
  | 'toggle-cleanup'
  | 'toggle-sidebar'
  | 'toggle-show-hidden'
  | 'copy-figures'
  | 'convert-on'
  | 'convert-off'
  | 'copy-selection-simplified'
  | 'activate';

export interface PageState {
  url: string;
  host: string;
  /** none: nothing ran; stage1-no: the cheap check said no; active: the lens runs on a CPPCC page;
   *  not-cppcc: the full check said no; disabled: global off; never: site set to never. */
  stage: 'none' | 'stage1-no' | 'active' | 'not-cppcc' | 'disabled' | 'never';
  isCppcc: boolean;
  score: number | null;
  reasons: string[];
  signals: Signal[];
  siteMode: SiteMode;
  cleanup: { on: boolean; showHidden: boolean; spam: number; boilerplate: number; artifacts: number };
  /** The script the article was written in, as loaded (conversion does not change it). */
  script: ScriptGuess;
  convert: { on: boolean; variant: Variant; source: string; busy: boolean };
  sidebar: { open: boolean };
  figures: number;
}

// ---- to the background (runtime.sendMessage) ----
export type BackgroundMessage =
  /** The popup, for a tab the lens is not in: what the first look said (a fresh look if none is kept). */
  | { type: 'first-look'; tabId: number }
  | { type: 'state'; state: PageState }
  | { type: 'command'; command: CommandId; tabId?: number; format?: CopyFormat; text?: string; deliver?: boolean }
  | { type: 'open-options' }
  | { type: 'load-converter' }
  | { type: 'get-shortcuts' };

// ---- to a tab (tabs.sendMessage) ----
export type TabMessage =
  | { type: 'get-state' }
  | { type: 'start'; force: boolean }
  /** deliver: copy-figures returns the text instead of writing the clipboard (the popup writes it). */
  | { type: 'command'; command: CommandId; format?: CopyFormat; text?: string; deliver?: boolean };

export interface CommandResult {
  ok: boolean;
  /** Localisable message id for the user, e.g. copied, nothing-to-copy. */
  message?: string;
  detail?: string;
  /** With deliver: what would have been copied. */
  text?: string;
  html?: string;
}

export function isMessage<T extends { type: string }>(m: unknown): m is T {
  return !!m && typeof m === 'object' && typeof (m as { type?: unknown }).type === 'string';
}

export const COMMANDS: readonly CommandId[] = [
  'toggle-convert',
  'toggle-cleanup',
  'toggle-sidebar',
  'toggle-show-hidden',
  'copy-figures',
  'convert-on',
  'convert-off',
  'copy-selection-simplified',
  'activate',
];
