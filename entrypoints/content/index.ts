import { defineContentScript } from 'wxt/utils/define-content-script';
import { browser } from 'wxt/browser';
export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  main() {
    document.documentElement.setAttribute('data-cppcc-lens-probe', '1');
    if (location.hash === '#open') void browser.runtime.sendMessage({ type: 'open' });
  },
});
