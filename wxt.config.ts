import { defineConfig } from 'wxt';

// Manifest and build settings. Every permission is justified in README.md ("Permissions").
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  publicDir: 'assets',
  imports: false,
  manifestVersion: 3,
  // The sources zip AMO reviewers rebuild from: no local outputs or scratch files.
  zip: { excludeSources: ['demo-output/**', 'bench-output/**', 'scratch/**'] },
  hooks: {
    // WXT asks esbuild for ASCII output; Chinese text escaped as \uXXXX doubles opencc-js's
    // dictionaries (the opencc script goes from 211 KB to ~120 KB as UTF-8). Browsers load
    // UTF-8 content scripts; the e2e tier proves it in Chromium and Firefox.
    'vite:build:extendConfig': (entries, config) => {
      if (config.esbuild) config.esbuild.charset = 'utf8';
      // The always-injected script uses the browser's own promise API (chrome.* in MV3,
      // browser.* in Firefox) instead of webextension-polyfill: it runs on every page, and the
      // polyfill is two thirds of its size and all of its start-up work.
      if (entries.some((e) => e.name === 'content')) {
        const alias = config.resolve?.alias;
        const native = '@wxt-dev/browser';
        if (Array.isArray(alias)) {
          for (const a of alias) if (a.find === 'wxt/browser') a.replacement = native;
        } else if (alias && typeof alias === 'object') (alias as Record<string, string>)['wxt/browser'] = native;
      }
    },
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    short_name: 'CPPCC Lens',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    permissions: ['storage', 'scripting', 'contextMenus'],
    host_permissions: ['<all_urls>'],
    action: { default_title: '__MSG_extName__' },
    commands: {
      'toggle-convert': { suggested_key: { default: 'Alt+Shift+J' }, description: '__MSG_cmdToggleConvert__' },
      'toggle-cleanup': { suggested_key: { default: 'Alt+Shift+K' }, description: '__MSG_cmdToggleCleanup__' },
      'toggle-sidebar': { suggested_key: { default: 'Alt+Shift+Y' }, description: '__MSG_cmdToggleSidebar__' },
      'copy-figures': { suggested_key: { default: 'Alt+Shift+U' }, description: '__MSG_cmdCopyFigures__' },
    },
    ...(browser === 'firefox'
      ? {
          // Firefox lets a content script write the clipboard without a click only with this
          // permission; it is asked for the first time a shortcut or menu item copies. Chrome
          // writes through navigator.clipboard in the focused tab and needs nothing.
          optional_permissions: ['clipboardWrite'],
          browser_specific_settings: {
            gecko: {
              id: 'cppcc-lens@cppcc-lens.dev',
              // 140 (the current ESR line) is the first to read data_collection_permissions.
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
