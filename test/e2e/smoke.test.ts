import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { availableBrowsers, fixtureUrl, launch, openFixture, tabState } from './harness';
import type { LensBrowser } from './browsers';
import { inject } from 'vitest';

describe.each(availableBrowsers())('%s: the built extension runs', (name) => {
  let browser: LensBrowser;
  beforeAll(async () => {
    browser = await launch(name, inject('outputDir'));
  });
  afterAll(async () => browser?.close());

  it('activates on a CPPCC page and shows the sidebar', async () => {
    const f = await openFixture(browser, 'tibet-000-semantic', { expectCppcc: true });
    const sb = await f.sidebar();
    expect(sb.verdict).toBe('cppcc');
    expect(sb.figures.length).toBeGreaterThan(0);
    const text = await f.text();
    expect(text).toContain('卓嘎作為全國政協委員');
    await f.page.close();
  });

  it('leaves a negative page alone, and says why', async () => {
    const f = await openFixture(browser, 'neg-news-simplified');
    await new Promise((r) => setTimeout(r, 1500));
    expect((await f.sidebar()).present).toBe(false);
    const state = await tabState(browser, fixtureUrl('neg-news-simplified'));
    expect(state?.stage).toBe('stage1-no');
    await f.page.close();
  });
});
