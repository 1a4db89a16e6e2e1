// Issue: convert Traditional to Simplified on demand and reverse it exactly, in Chromium and
// Firefox: every trigger, every surface (shadow roots, frames, attributes, title, lang), and
// the page's later content.
import * as OpenCC from 'opencc-js/t2cn';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import type { LensBrowser, LensPage } from './browsers';
import { availableBrowsers, backgroundCommand, badUrl, fixtureUrl, launch, openFixture, serializeDom } from './harness';
import { fixtureNames, readExpected } from '../helpers/fixtures';
import { variantForLang } from '../../src/convert/engine';

const traditional = fixtureNames().filter((n) => {
  const e = readExpected(n);
  return e.isCppcc && e.script === 'traditional' && !e.scriptsRequired;
});

const converterFor = (lang: string | null) => OpenCC.Converter({ from: variantForLang(lang), to: 'cn' });

function convertToggle(page: LensPage): Promise<boolean> {
  return page.evaluate(() => {
    const i = document.querySelector('cppcc-lens-sidebar')?.shadowRoot?.querySelector('input[data-action=convert]') as HTMLInputElement | null;
    return !!i && i.checked && !/…/.test(i.parentElement?.textContent ?? '');
  });
}

async function waitConverted(page: LensPage, on: boolean): Promise<void> {
  await page.waitFor(
    (want: boolean) => {
      const i = document.querySelector('cppcc-lens-sidebar')?.shadowRoot?.querySelector('input[data-action=convert]') as HTMLInputElement | null;
      const label = i?.parentElement?.textContent ?? '';
      return !!i && i.checked === want && !/…|converting|正在/i.test(label);
    },
    on,
    20_000,
  );
}

/** Visible text, minus what conversion must leave alone (code, Japanese, editable regions). */
function visibleText(page: LensPage): Promise<string> {
  return page.evaluate(() => {
    let t = document.body.innerText;
    for (const sel of ['code', '[lang=ja]', '[contenteditable]', 'textarea', 'cppcc-lens-sidebar']) {
      document.querySelectorAll(sel).forEach((el) => {
        const s = (el as HTMLElement).innerText;
        if (s) t = t.split(s).join('');
      });
    }
    return t;
  });
}

describe.each(availableBrowsers())('%s: conversion', (name) => {
  let browser: LensBrowser;
  beforeAll(async () => {
    browser = await launch(name, inject('outputDir'));
  });
  afterAll(async () => browser?.close());

  it.each(traditional)('%s: sidebar toggle converts every visible character and restores exactly', async (fixture) => {
    const e = readExpected(fixture);
    const f = await openFixture(browser, fixture, { expectCppcc: true });
    try {
      const before = await serializeDom(f.page);
      await f.page.click('sidebar:input[data-action=convert]');
      await waitConverted(f.page, true);
      const text = await visibleText(f.page);
      const conv = converterFor(e.lang);
      const left = [...text].filter((ch, i, all) => conv(ch) !== ch && conv(all.slice(Math.max(0, i - 3), i + 4).join('')) !== all.slice(Math.max(0, i - 3), i + 4).join(''));
      expect(left.join(''), 'Traditional characters opencc-js would still convert').toBe('');
      expect(conv(text)).toBe(text);
      expect(await f.page.evaluate(() => document.title)).toBe(conv(e.title.clean));
      await f.page.click('sidebar:input[data-action=convert]');
      await waitConverted(f.page, false);
      expect((await serializeDom(f.page)) === before, 'restore is byte-for-byte').toBe(true);
    } finally {
      await f.page.close();
    }
  });

  it('converts shadow roots, same-origin frames, attributes, title and lang; leaves code, inputs, Japanese and editable text', async () => {
    const f = await openFixture(browser, 'iframe-shadow', { expectCppcc: true });
    try {
      const before = await serializeDom(f.page);
      const snapshot = () =>
        f.page.evaluate(() => {
          const frame = (document.getElementById('same-origin') as HTMLIFrameElement).contentDocument;
          const btn = document.getElementById('btn') as HTMLInputElement;
          const editable = document.getElementById('editable') as HTMLInputElement;
          return {
            lang: document.documentElement.lang,
            shadow: document.getElementById('shadow-host')?.shadowRoot?.getElementById('in-shadow')?.textContent,
            frame: frame?.getElementById('in-frame')?.textContent,
            frameAlt: frame?.querySelector('img')?.getAttribute('alt'),
            placeholder: editable.getAttribute('placeholder'),
            editableValue: editable.value,
            buttonValue: btn.value,
            aria: btn.getAttribute('aria-label'),
            iframeTitle: document.getElementById('same-origin')?.getAttribute('title'),
            textarea: (document.getElementById('ta') as HTMLTextAreaElement).value,
            code: document.getElementById('code')?.textContent,
            ja: document.getElementById('ja')?.textContent,
            ce: document.getElementById('ce')?.textContent,
            split: document.getElementById('split')?.textContent,
          };
        });
      const orig = await snapshot();
      await f.page.click('sidebar:input[data-action=convert]');
      await waitConverted(f.page, true);
      const now = await snapshot();
      expect(now.lang).toBe('zh-Hans');
      expect(now.shadow).toContain('委员履职服务网络');
      expect(now.frame).toBe('政协委员联系界别群众，积极建言献策。'.replace('，', ','));
      expect(now.frameAlt).toBe('扫码关注西藏政协');
      expect(now.placeholder).toBe('请输入关键词');
      expect(now.buttonValue).toBe('提交意见');
      expect(now.aria).toBe('提交您的意见');
      expect(now.iframeTitle).toBe('委员风采');
      // Never touched: what the user types, code, Japanese, editable regions.
      expect(now.editableValue).toBe(orig.editableValue);
      expect(now.textarea).toBe(orig.textarea);
      expect(now.code).toBe(orig.code);
      expect(now.ja).toBe(orig.ja);
      expect(now.ce).toBe(orig.ce);
      // Text split across inline elements converts as one phrase: <b>乾</b>隆 stays 乾隆
      // (乾 alone would become 干).
      expect(now.split).toBe('故宫展出乾隆年间的文物');
      await f.page.click('sidebar:input[data-action=convert]');
      await waitConverted(f.page, false);
      expect(await snapshot()).toEqual(orig);
      expect((await serializeDom(f.page)) === before).toBe(true);
    } finally {
      await f.page.close();
    }
  });

  it('converts paragraphs the page adds after conversion within one batched pass', async () => {
    const f = await openFixture(browser, 'hk-001-semantic', { expectCppcc: true });
    try {
      await f.page.click('sidebar:input[data-action=convert]');
      await waitConverted(f.page, true);
      const ms = await f.page.evaluate(async () => {
        const p = document.createElement('p');
        p.id = 'late';
        p.textContent = '後續報導：政協委員們繼續深入基層調研。';
        document.querySelector('.article-body')?.appendChild(p);
        const t0 = performance.now();
        while (p.textContent !== '后续报导：政协委员们继续深入基层调研。' && performance.now() - t0 < 2000) await new Promise((r) => requestAnimationFrame(r));
        return performance.now() - t0;
      });
      expect(ms).toBeLessThan(500);
    } finally {
      await f.page.close();
    }
  });

  it('does not fight a page that keeps rewriting its own text', async () => {
    const page = await browser.newPage();
    try {
      await page.goto(badUrl('rewrite'));
      await page.waitFor(() => !!document.querySelector('cppcc-lens-sidebar')?.shadowRoot?.querySelector('input[data-action=convert]'));
      await page.click('sidebar:input[data-action=convert]');
      await waitConverted(page, true);
      const r = await page.evaluate(async () => {
        let changes = 0;
        const live = document.getElementById('live') as HTMLElement;
        const mo = new MutationObserver((recs) => (changes += recs.length));
        mo.observe(live, { characterData: true, subtree: true, childList: true });
        await new Promise((res) => setTimeout(res, 1500));
        const first = changes;
        await new Promise((res) => setTimeout(res, 1500));
        mo.disconnect();
        return { first, second: changes - first, text: live.textContent };
      });
      // After the extension gives up on the node the page owns it: the ping-pong stops.
      expect(r.second).toBeLessThan(10);
      expect(r.text).toBe('政協委員聯繫群眾');
    } finally {
      await page.close();
    }
  });

  it('converts what is on screen in its first pass, before the rest of a long page', async () => {
    const page = await browser.newPage();
    try {
      await page.goto(badUrl('long-traditional'));
      await page.waitFor(() => !!document.querySelector('cppcc-lens-sidebar')?.shadowRoot?.querySelector('input[data-action=convert]'));
      // The page numbers each batch of changes it sees and notes the batch that changed each paragraph.
      await page.evaluate(() => {
        const ps = Array.from(document.querySelectorAll('.article p'));
        const index = new Map(ps.map((p, i) => [p, i]));
        const when = ps.map(() => 0);
        let batch = 0;
        (window as unknown as { __when: number[] }).__when = when;
        new MutationObserver((records) => {
          batch++;
          for (const r of records) {
            const i = index.get(r.target.parentElement as Element);
            if (i !== undefined && !when[i]) when[i] = batch;
          }
        }).observe(document.querySelector('.article') as Element, { characterData: true, subtree: true });
      });
      await page.click('sidebar:input[data-action=convert]');
      await page.waitFor(() => (window as unknown as { __when: number[] }).__when.every((b) => b > 0), undefined, 30_000);
      const r = await page.evaluate(() => {
        const when = (window as unknown as { __when: number[] }).__when;
        const ps = Array.from(document.querySelectorAll('.article p'));
        const onScreen = ps.flatMap((p, i) => {
          const b = p.getBoundingClientRect();
          return b.bottom > 0 && b.top < innerHeight ? [when[i] as number] : [];
        });
        return { onScreen, last: when[when.length - 1] as number, batches: Math.max(...when) };
      });
      expect(r.onScreen.length).toBeGreaterThan(5);
      expect(r.batches).toBeGreaterThan(1); // the page is long enough to need more than one pass
      expect(new Set(r.onScreen)).toEqual(new Set([1])); // every paragraph on screen, in the first
      expect(r.last).toBeGreaterThan(1);
      expect(await page.evaluate(() => document.querySelector('.article p')?.textContent)).toBe('第1段：政协委员围绕乡村振兴开展调研，提出意见建议，积极履职尽责。');
    } finally {
      await page.close();
    }
  });

  it('runs from the popup, the shortcut command and the context menu', async () => {
    const url = fixtureUrl('tibet-002-divsoup');
    const f = await openFixture(browser, 'tibet-002-divsoup', { expectCppcc: true });
    try {
      // Shortcut: the commands API handler runs this command on the active tab.
      expect((await backgroundCommand(browser, url, 'toggle-convert'))?.ok).toBe(true);
      await waitConverted(f.page, true);
      expect(await convertToggle(f.page)).toBe(true);
      // Context menu: "Restore original script".
      expect((await backgroundCommand(browser, url, 'convert-off'))?.ok).toBe(true);
      await waitConverted(f.page, false);
      // Context menu: "Convert page to Simplified".
      expect((await backgroundCommand(browser, url, 'convert-on'))?.ok).toBe(true);
      await waitConverted(f.page, true);
      // Popup: its convert switch, on the popup page for this tab.
      const tabId = await (await browser.extensionPage(url)).evaluate(async (u: string) => {
        const g = globalThis as unknown as { browser?: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } }; chrome?: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } } };
        const tabs = await (g.browser ?? g.chrome)!.tabs.query({});
        return tabs.find((t) => t.url === u)?.id;
      }, url);
      const popup = await browser.extensionPage(url, `?tab=${tabId}`);
      await popup.evaluate(() => (location.href = location.href.replace('options.html', 'popup.html')));
      await new Promise((r) => setTimeout(r, 600));
      await popup.waitFor(() => !!document.querySelector('input[data-action=convert]'));
      expect(await popup.evaluate(() => (document.querySelector('input[data-action=convert]') as HTMLInputElement).checked)).toBe(true);
      await popup.click('input[data-action=convert]');
      await waitConverted(f.page, false);
      await popup.evaluate(() => (location.href = location.href.replace('popup.html', 'options.html').replace(/\?.*/, '')));
    } finally {
      await f.page.close();
    }
  });
});
