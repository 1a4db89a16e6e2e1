// npm start — builds the extension, serves the demo pages (the fixtures) on 127.0.0.1 and shows
// the lens on them in Debian's Chromium.
//
// Every run writes, for each demo page, a "before" screenshot (Chromium without the extension)
// and an "after" screenshot (with it: cleanup on, Traditional pages converted, sidebar open) to
// demo-output/, plus summary.txt/summary.json/index.html, and prints one line per page saying
// what was detected, hidden, repaired, extracted and converted.
// With a display (DISPLAY or WAYLAND_DISPLAY) it then opens a real Chromium window with the
// extension on the demo index and waits until you close it. --headless skips the window;
// --only a,b limits the pages; --port N fixes the server port.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { browserPath, launchChromium, type LensBrowser, type LensPage } from '../test/e2e/browsers';
import { startServer } from '../test/e2e/server';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const FIX = path.join(ROOT, 'test/fixtures');
const OUT = path.join(ROOT, 'demo-output');
const EXT = path.join(ROOT, '.output/chrome-mv3');
const CHROME_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

interface Expected {
  isCppcc: boolean;
  script?: string;
  description?: string;
}

interface PageState {
  stage?: string;
  quick?: string;
  isCppcc?: boolean;
  score?: number | null;
  reasons?: string[];
  cleanup?: { on: boolean; spam: number; boilerplate: number; artifacts: number };
  script?: 'traditional' | 'simplified' | 'mixed' | 'unknown';
  convert?: { on: boolean; source: string | null; busy: boolean };
  figures?: number;
  error?: string;
}

interface Row {
  page: string;
  expectedCppcc: boolean;
  state: PageState | null;
  converted: boolean;
  ms: number;
  line: string;
  before: string;
  after: string;
}

function args() {
  const a = process.argv.slice(2);
  const val = (k: string) => {
    const i = a.indexOf(k);
    return i >= 0 ? a[i + 1] : undefined;
  };
  return {
    headless: a.includes('--headless') || !(process.env.DISPLAY || process.env.WAYLAND_DISPLAY),
    only: val('--only')?.split(',').filter(Boolean) ?? null,
    port: Number(val('--port') ?? 0) || 0,
  };
}

function demoPages(only: string[] | null): { name: string; e: Expected }[] {
  const all = fs
    .readdirSync(FIX)
    .filter((n) => !n.startsWith('_') && fs.existsSync(path.join(FIX, n, 'expected.json')))
    .map((name) => ({ name, e: JSON.parse(fs.readFileSync(path.join(FIX, name, 'expected.json'), 'utf8')) as Expected }))
    .sort((a, b) => Number(b.e.isCppcc) - Number(a.e.isCppcc) || a.name.localeCompare(b.name));
  if (!only) return all;
  const unknown = only.filter((n) => !all.some((p) => p.name === n));
  if (unknown.length) throw new Error(`unknown demo page(s): ${unknown.join(', ')}. Known: ${all.map((p) => p.name).join(', ')}`);
  return all.filter((p) => only.includes(p.name));
}

/** Asks the content script in the tab showing url for its state (as the popup does). */
async function stateOf(ext: LensPage, url: string): Promise<PageState | null> {
  return ext.evaluate(async (u: string) => {
    type Api = { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]>; sendMessage(id: number, m: unknown, o?: object): Promise<unknown> } };
    const api = (globalThis as unknown as { chrome: Api }).chrome;
    const tab = (await api.tabs.query({})).find((t) => t.url === u);
    if (tab?.id === undefined) return null;
    try {
      return (await api.tabs.sendMessage(tab.id, { type: 'get-state' }, { frameId: 0 })) as PageState;
    } catch (e) {
      return { error: String(e) };
    }
  }, url);
}

async function command(ext: LensPage, url: string, cmd: string): Promise<unknown> {
  return ext.evaluate(
    async ({ u, cmd }: { u: string; cmd: string }) => {
      type Api = { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> }; runtime: { sendMessage(m: unknown): Promise<unknown> } };
      const api = (globalThis as unknown as { chrome: Api }).chrome;
      const tab = (await api.tabs.query({})).find((t) => t.url === u);
      if (tab?.id === undefined) return null;
      return api.runtime.sendMessage({ type: 'command', command: cmd, tabId: tab.id });
    },
    { u: url, cmd },
  );
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Waits until the lens has settled on the page: active with its state unchanged for 400 ms,
 * judged not CPPCC, or turned away by the first check and still turned away after the
 * content script's last re-check of a growing page (6 s).
 */
async function settle(ext: LensPage, url: string, timeoutMs = 20_000): Promise<PageState | null> {
  const t0 = Date.now();
  let last = '';
  let since = Date.now();
  let state: PageState | null = null;
  while (Date.now() - t0 < timeoutMs) {
    state = await stateOf(ext, url);
    const key = JSON.stringify(state);
    if (key !== last) {
      last = key;
      since = Date.now();
    }
    const stable = Date.now() - since;
    if (state?.stage === 'active' && !state.convert?.busy && stable >= 400) return state;
    if (state?.stage === 'not-cppcc' && stable >= 400) return state;
    if (state?.stage === 'stage1-no' && Date.now() - t0 >= 6500) return state;
    await sleep(100);
  }
  return state;
}

function describe(p: { name: string; e: Expected }, s: PageState | null, converted: boolean): string {
  const name = p.name.padEnd(28);
  if (!s || s.error) return `${name} ✗ no answer from the content script${s?.error ? ` (${s.error})` : ''}`;
  const agree = (is: boolean) => (is === p.e.isCppcc ? '' : `  [expected ${p.e.isCppcc ? 'CPPCC' : 'not CPPCC'}]`);
  if (s.stage === 'stage1-no') return `${name} not CPPCC — first look: ${s.quick ?? '?'}; page untouched${agree(false)}`;
  if (s.stage !== 'active') {
    const why = (s.reasons ?? []).slice(0, 2).join('; ');
    return `${name} not CPPCC — score ${s.score ?? '?'}${why ? ` (${why})` : ''}; page untouched${agree(false)}`;
  }
  const c = s.cleanup;
  const hidden = c?.on ? `hidden ${c.spam} spam + ${c.boilerplate} boilerplate blocks, ${c.artifacts} artifacts repaired` : 'cleanup off';
  const script = converted ? `${s.script === 'mixed' ? 'mixed script' : 'Traditional'} → Simplified` : s.script === 'simplified' ? 'already Simplified' : `script ${s.script ?? '?'}, not converted`;
  const why = (s.reasons ?? []).slice(0, 2).join('; ');
  return `${name} CPPCC (score ${s.score}${why ? `: ${why}` : ''}) · ${hidden} · ${s.figures ?? 0} figures · ${script}${agree(true)}`;
}

async function screenshotsBefore(pages: { name: string }[], url: (n: string) => string): Promise<void> {
  const exe = browserPath('chromium') as string;
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'lens-demo-plain-'));
  const ctx = await chromium.launchPersistentContext(profile, { executablePath: exe, headless: true, args: CHROME_ARGS, viewport: { width: 1280, height: 900 } });
  try {
    const page = await ctx.newPage();
    for (const p of pages) {
      await page.goto(url(p.name), { waitUntil: 'load' });
      await page.screenshot({ path: path.join(OUT, `${p.name}-before.png`) });
    }
  } finally {
    await ctx.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
}

async function runOne(browser: LensBrowser, ext: LensPage, p: { name: string; e: Expected }, url: string): Promise<Row> {
  const t0 = Date.now();
  const page = await browser.newPage();
  try {
    await page.goto(url);
    let state = await settle(ext, url);
    let converted = false;
    if (state?.stage === 'active' && (state.script === 'traditional' || state.script === 'mixed') && !state.convert?.on) {
      await command(ext, url, 'convert-on');
      await sleep(150);
      state = await settle(ext, url);
      converted = !!state?.convert?.on;
    }
    const after = path.join(OUT, `${p.name}-after.png`);
    await page.screenshot(after);
    return { page: p.name, expectedCppcc: p.e.isCppcc, state, converted, ms: Date.now() - t0, line: describe(p, state, converted), before: `${p.name}-before.png`, after: `${p.name}-after.png` };
  } finally {
    await page.close();
  }
}

function writeReport(rows: Row[]): void {
  fs.writeFileSync(path.join(OUT, 'summary.txt'), rows.map((r) => r.line).join('\n') + '\n');
  fs.writeFileSync(path.join(OUT, 'summary.json'), JSON.stringify(rows, null, 2) + '\n');
  const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  const body = rows
    .map((r) => `<section><h2>${esc(r.page)}</h2><p>${esc(r.line)}</p><div class="pair"><figure><img src="${esc(r.before)}" alt="before"><figcaption>before</figcaption></figure><figure><img src="${esc(r.after)}" alt="after"><figcaption>after</figcaption></figure></div></section>`)
    .join('\n');
  fs.writeFileSync(
    path.join(OUT, 'index.html'),
    `<!DOCTYPE html><html><head><meta charset="utf-8"><title>CPPCC Lens demo</title><style>body{font:14px sans-serif;margin:2em}.pair{display:flex;gap:1em}figure{margin:0;flex:1}img{width:100%;border:1px solid #ccc}</style></head><body><h1>CPPCC Lens demo</h1>\n${body}\n</body></html>\n`,
  );
}

async function openWindow(indexUrl: string, firstPage: string | undefined): Promise<void> {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'lens-demo-window-'));
  const ctx = await chromium.launchPersistentContext(profile, {
    executablePath: browserPath('chromium') as string,
    headless: false,
    viewport: null,
    args: [`--disable-extensions-except=${EXT}`, `--load-extension=${EXT}`, ...CHROME_ARGS],
  });
  const [blank] = ctx.pages();
  const index = blank ?? (await ctx.newPage());
  await index.goto(indexUrl);
  if (firstPage) await (await ctx.newPage()).goto(firstPage);
  console.log(`\nChromium is open with CPPCC Lens on ${indexUrl}. Close the window (or press Ctrl+C) to stop.`);
  await new Promise<void>((resolve) => {
    ctx.on('close', () => resolve());
    process.once('SIGINT', () => resolve());
  });
  await ctx.close().catch(() => undefined);
  fs.rmSync(profile, { recursive: true, force: true });
}

async function main() {
  const opts = args();
  if (!browserPath('chromium')) {
    console.error('npm start needs Chromium. Install it with:\n  sudo apt-get update && sudo apt-get install -y chromium   (or set CHROMIUM_PATH)');
    process.exit(2);
  }
  const pages = demoPages(opts.only);
  if (process.env.LENS_SKIP_BUILD !== '1' || !fs.existsSync(path.join(EXT, 'manifest.json'))) {
    console.log('Building the extension (wxt build)…');
    execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  }
  fs.rmSync(OUT, { recursive: true, force: true });
  fs.mkdirSync(OUT, { recursive: true });
  const server = await startServer(FIX, opts.port);
  const url = (n: string) => server.url(`${encodeURIComponent(n)}/source.html`);
  console.log(`Demo pages on ${server.url('/')} — ${pages.length} pages (${pages.filter((p) => p.e.isCppcc).length} CPPCC, ${pages.filter((p) => !p.e.isCppcc).length} not).\n`);

  const rows: Row[] = [];
  try {
    await screenshotsBefore(pages, url);
    const browser = await launchChromium(EXT);
    try {
      const ext = await browser.extensionPage('');
      // Four tabs at a time; each page is judged on its own.
      const queue = [...pages];
      const done = new Map<string, Row>();
      await Promise.all(
        Array.from({ length: Math.min(4, queue.length) }, async () => {
          for (let p = queue.shift(); p; p = queue.shift()) {
            const row = await runOne(browser, ext, p, url(p.name));
            done.set(p.name, row);
            console.log(row.line);
          }
        }),
      );
      for (const p of pages) rows.push(done.get(p.name) as Row);
    } finally {
      await browser.close();
    }
    writeReport(rows);
    const wrong = rows.filter((r) => (r.state?.stage === 'active') !== r.expectedCppcc);
    console.log(`\n${rows.length} pages: ${rows.filter((r) => r.state?.stage === 'active').length} detected as CPPCC, ${wrong.length} disagree with their fixture label.`);
    console.log(`Screenshots (before/after), summary.txt, summary.json and index.html are in ${path.relative(process.cwd(), OUT) || '.'}/`);
    if (!opts.headless) await openWindow(server.url('/'), pages.find((p) => p.e.isCppcc) ? url((pages.find((p) => p.e.isCppcc) as { name: string }).name) : undefined);
    if (wrong.length) process.exitCode = 1;
  } finally {
    await server.close();
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
