import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if ((message as { type?: string }).type === 'open') {
      void browser.tabs.create({ url: browser.runtime.getURL('/popup.html') + '?tab=' + sender.tab?.id });
      return Promise.resolve({ ok: true });
    }
    return undefined;
  });
});
