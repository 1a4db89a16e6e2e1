// opencc-js's Traditional→Simplified dictionaries (the 109 KB t2cn entry point), injected into
// a tab only at its first conversion. It registers the module for the lens script, which runs
// in the same isolated world.
import * as OpenCC from 'opencc-js/t2cn';
import { defineContentScript } from 'wxt/utils/define-content-script';

export default defineContentScript({
  matches: ['<all_urls>'],
  registration: 'runtime',
  noScriptStartedPostMessage: true,
  main() {
    (globalThis as { __cppccLensOpenCC?: unknown }).__cppccLensOpenCC = OpenCC;
  },
});
