import { browser } from 'wxt/browser';
(globalThis as any).lensBrowser = browser;
