// The built extension loaded into real browsers: Debian's Chromium through playwright-core and
// Firefox ESR through puppeteer-core (WebDriver BiDi). One small interface over both.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page as PwPage } from 'playwright-core';
import puppeteer, { type Browser as PpBrowser, type Page as PpPage } from 'puppeteer-core';

export type BrowserName = 'chromium' | 'firefox';
export const FIREFOX_UUID = '6b1f2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
export const GECKO_ID = 'cppcc-lens@cppcc-lens.dev';

export interface LensPage {
  readonly browser: BrowserName;
  /** Resolves at the load event, or at DOMContentLoaded with `until: 'dom'`. */
  goto(url: string, until?: 'load' | 'dom'): Promise<void>;
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** A real (trusted) click at the centre of the element the selector finds; selectors may
   *  pierce the sidebar with the prefix "sidebar:". */
  click(selector: string): Promise<void>;
  press(key: string): Promise<void>;
  /** Brings the tab to the front, as the window a user is looking at. */
  focus(): Promise<void>;
  type(text: string): Promise<void>;
  waitFor<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A, timeoutMs?: number): Promise<R>;
  screenshot(file: string): Promise<void>;
  setViewport(width: number, height: number): Promise<void>;
  /** Sets a file input's file, as a user choosing it would. */
  upload(selector: string, file: string): Promise<void>;
  close(): Promise<void>;
  url(): string;
}

export interface LensBrowser {
  readonly name: BrowserName;
  newPage(): Promise<LensPage>;
  /** An extension page (options.html) where browser.* APIs are available to evaluate(). */
  extensionPage(bootstrapUrl: string, query?: string): Promise<LensPage>;
  close(): Promise<void>;
}

export function browserPath(name: BrowserName): string | null {
  const candidates =
    name === 'chromium'
      ? [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']
      : [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'];
  for (const c of candidates) if (c && fs.existsSync(c)) return c;
  return null;
}

/** Element centre for a selector; "sidebar:" selectors look inside the sidebar's shadow root. */
function centreOf(selector: string): { x: number; y: number } | null {
  const inSidebar = selector.startsWith('sidebar:');
  const root: ParentNode | null | undefined = inSidebar ? document.querySelector('cppcc-lens-sidebar')?.shadowRoot : document;
  const el = root?.querySelector(inSidebar ? selector.slice(8) : selector) as HTMLElement | null;
  if (!el) return null;
  el.scrollIntoView({ block: 'center', behavior: 'instant' }); // (a smooth scroll would move it after the click is aimed)
  const r = el.getBoundingClientRect();
  const x = r.left + r.width / 2;
  const y = r.top + r.height / 2;
  // Not yet: something else is over its centre (a list still rendering or scrolling).
  const top = (root as Document | ShadowRoot).elementFromPoint?.(x, y);
  if (top && !el.contains(top)) return null;
  return { x, y };
}

/** The centre once it holds still over two looks (a list still laying out, or a font swapped in, moves it under the click). */
async function steadyCentre(look: () => Promise<{ x: number; y: number } | null>, what: string): Promise<{ x: number; y: number }> {
  let last: { x: number; y: number } | null = null;
  return pollUntil(async () => {
    const c = await look();
    const same = c && last && c.x === last.x && c.y === last.y;
    last = c;
    return same ? c : null;
  }, 10_000, what);
}

async function pollUntil<R>(fn: () => Promise<R>, timeoutMs: number, what: string): Promise<NonNullable<R>> {
  const end = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const v = await fn();
      if (v) return v as NonNullable<R>;
      last = v;
    } catch (e) {
      last = e;
    }
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}: ${String(last)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

class PwLensPage implements LensPage {
  readonly browser = 'chromium' as const;
  constructor(readonly page: PwPage) {}
  async goto(url: string, until: 'load' | 'dom' = 'load') {
    await this.page.goto(url, { waitUntil: until === 'dom' ? 'domcontentloaded' : 'load' });
  }
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R> {
    return this.page.evaluate(fn as never, arg as never) as Promise<R>;
  }
  async click(selector: string) {
    const c = await steadyCentre(() => this.page.evaluate(centreOf, selector), selector);
    await this.page.mouse.click(c.x, c.y);
  }
  press(key: string) {
    return this.page.keyboard.press(key);
  }
  focus() {
    return this.page.bringToFront();
  }
  type(text: string) {
    return this.page.keyboard.type(text);
  }
  waitFor<R, A>(fn: (arg: A) => R | Promise<R>, arg?: A, timeoutMs = 15_000): Promise<R> {
    return pollUntil(() => this.page.evaluate(fn as never, arg as never) as Promise<R>, timeoutMs, fn.toString().slice(0, 80));
  }
  async screenshot(file: string) {
    await this.page.screenshot({ path: file, fullPage: false });
  }
  setViewport(width: number, height: number) {
    return this.page.setViewportSize({ width, height });
  }
  upload(selector: string, file: string) {
    return this.page.setInputFiles(selector, file);
  }
  close() {
    return this.page.close();
  }
  url() {
    return this.page.url();
  }
}

class PpLensPage implements LensPage {
  readonly browser = 'firefox' as const;
  constructor(readonly page: PpPage) {}
  async goto(url: string, until: 'load' | 'dom' = 'load') {
    await this.page.goto(url, { waitUntil: until === 'dom' ? 'domcontentloaded' : 'load' });
  }
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R> {
    return this.page.evaluate(fn as never, arg as never) as Promise<R>;
  }
  async click(selector: string) {
    const c = await steadyCentre(() => this.page.evaluate(centreOf, selector), selector);
    await this.page.mouse.click(c.x, c.y);
  }
  press(key: string) {
    return this.page.keyboard.press(key as never);
  }
  focus() {
    return this.page.bringToFront();
  }
  type(text: string) {
    return this.page.keyboard.type(text);
  }
  waitFor<R, A>(fn: (arg: A) => R | Promise<R>, arg?: A, timeoutMs = 15_000): Promise<R> {
    return pollUntil(() => this.page.evaluate(fn as never, arg as never) as Promise<R>, timeoutMs, fn.toString().slice(0, 80));
  }
  async screenshot(file: string) {
    await this.page.screenshot({ path: file as `${string}.png` });
  }
  setViewport(width: number, height: number) {
    return this.page.setViewport({ width, height });
  }
  async upload(selector: string, file: string) {
    const handle = await this.page.waitForSelector(selector);
    await (handle as unknown as { uploadFile(f: string): Promise<void> }).uploadFile(file);
  }
  close() {
    return this.page.close();
  }
  url() {
    return this.page.url();
  }
}

export async function launchChromium(extDir: string, opts: { headless?: boolean } = {}): Promise<LensBrowser> {
  const exe = browserPath('chromium');
  if (!exe) throw new Error('Chromium not found');
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'lens-chromium-'));
  const context: BrowserContext = await chromium.launchPersistentContext(profile, {
    executablePath: exe,
    headless: opts.headless ?? true,
    viewport: { width: 1280, height: 900 },
    args: [
      `--disable-extensions-except=${extDir}`,
      `--load-extension=${extDir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
  let worker = context.serviceWorkers()[0];
  if (!worker) worker = await context.waitForEvent('serviceworker', { timeout: 15_000 });
  const extId = new URL(worker.url()).host;
  await context.grantPermissions(['clipboard-read']);
  return {
    name: 'chromium',
    async newPage() {
      return new PwLensPage(await context.newPage());
    },
    async extensionPage(_bootstrap: string, query = '') {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extId}/options.html${query}`);
      return new PwLensPage(page);
    },
    async close() {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

export async function launchFirefox(extDir: string): Promise<LensBrowser> {
  const exe = browserPath('firefox');
  if (!exe) throw new Error('Firefox not found');
  const browser: PpBrowser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: exe,
    headless: true,
    protocol: 'webDriverBiDi',
    defaultViewport: { width: 1280, height: 900 },
    extraPrefsFirefox: {
      'xpinstall.signatures.required': false,
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
      'dom.events.testing.asyncClipboard': true,
      'dom.events.asyncClipboard.readText': true,
      // Optional permissions are granted without the doorhanger (the user clicking "Allow").
      'extensions.webextOptionalPermissionPrompts': false,
      'browser.shell.checkDefaultBrowser': false,
    },
  });
  await browser.installExtension(extDir);
  let extPage: LensPage | null = null;
  return {
    name: 'firefox',
    async newPage() {
      return new PpLensPage(await browser.newPage());
    },
    /**
     * WebDriver BiDi may not navigate to moz-extension: URLs, so a real user path opens the
     * extension's own page: a positive fixture's sidebar → ⚙ → the options page in a new tab.
     */
    async extensionPage(bootstrapUrl: string, query = '') {
      if (!extPage) {
        const before = new Set(await browser.pages());
        const page = await browser.newPage();
        await page.goto(bootstrapUrl, { waitUntil: 'load' });
        const lp = new PpLensPage(page);
        await lp.waitFor(() => !!document.querySelector('cppcc-lens-sidebar')?.shadowRoot?.querySelector('[data-action=options]'));
        await lp.click('sidebar:[data-action=options]');
        const opened = await pollUntil(
          async () => {
            for (const p of await browser.pages()) {
              if (before.has(p) || p === page) continue;
              const href = await p.evaluate(() => location.href).catch(() => '');
              if (href.startsWith('moz-extension://')) return p;
            }
            return null;
          },
          15_000,
          'options page',
        );
        await page.close();
        extPage = new PpLensPage(opened);
      }
      if (query) {
        await extPage.evaluate((q) => {
          location.href = location.href.replace(/\/[^/]*$/, '/options.html') + q;
        }, query);
        await new Promise((r) => setTimeout(r, 300));
      }
      return extPage;
    },
    async close() {
      await browser.close();
    },
  };
}

export function launch(name: BrowserName, outputDir: string): Promise<LensBrowser> {
  return name === 'chromium' ? launchChromium(path.join(outputDir, 'chrome-mv3')) : launchFirefox(path.join(outputDir, 'firefox-mv3'));
}
