// UI strings come from _locales (zh_CN default, zh_TW, en) through browser.i18n.
import { browser } from 'wxt/browser';
import type { HeaderLang } from './figures/format';

export function t(key: string, subs?: string | number | (string | number)[]): string {
  const list = subs === undefined ? undefined : (Array.isArray(subs) ? subs : [subs]).map(String);
  try {
    return browser.i18n.getMessage(key as never, list) || key;
  } catch {
    return key;
  }
}

/** The language UI text is in, following the browser's UI language. */
export function uiLang(): HeaderLang {
  let l = '';
  try {
    l = browser.i18n.getUILanguage().toLowerCase();
  } catch {
    /* outside an extension */
  }
  if (/^zh-(tw|hk|mo|hant)/.test(l)) return 'zh-TW';
  if (l.startsWith('zh')) return 'zh-CN';
  return 'en';
}
