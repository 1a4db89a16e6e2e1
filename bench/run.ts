// npm run bench — prints every speed and size number the issues ask for, measured in Debian's
// Chromium (and the CLI in Node), each against its goal. Results also go to bench-output/.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
import type { AddressInfo } from 'node:net';
import * as esbuild from 'esbuild';
import { chromium, type Page } from 'playwright-core';
import { startServer } from '../test/e2e/server';
import { browserPath } from '../test/e2e/browsers';
import { heavy10x, nonCppcc1mb, traditional1m } from './pages';

const ROOT = path.resolve(HERE, '..');
const FIX = path.join(ROOT, 'test/fixtures');
const OUT = path.join(ROOT, 'bench-output');
const results: Record<string, unknown> = {};
const rows: string[] = [];
const misses: string[] = [];

const f1 = (n: number) => (Number.isFinite(n) ? n.toFixed(n < 1 ? 3 : n < 10 ? 2 : 1) : String(n));
function line(label: string, value: string, goal?: string, ok?: boolean) {
  const mark = goal === undefined ? '' : ok ? '  ok' : '  MISS';
  if (goal !== undefined && !ok) misses.push(label);
  rows.push(`${label.padEnd(58)} ${value.padStart(14)}${goal ? `   (goal ${goal})${mark}` : ''}`);
}
function section(title: string) {
  rows.push('', `== ${title}`);
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1] as number;

function fixtures(filter: (e: { isCppcc: boolean; script: string; kind?: string; scriptsRequired?: boolean }) => boolean): string[] {
  return fs
    .readdirSync(FIX)
    .filter((n) => !n.startsWith('_') && fs.existsSync(path.join(FIX, n, 'expected.json')))
    .filter((n) => filter(JSON.parse(fs.readFileSync(path.join(FIX, n, 'expected.json'), 'utf8'))))
    .sort();
}

async function main() {
  const exe = browserPath('chromium');
  if (!exe) throw new Error('bench needs Chromium: apt-get install -y chromium (or set CHROMIUM_PATH)');
  if (process.env.LENS_SKIP_BUILD !== '1') execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  const bundle = (await esbuild.build({ entryPoints: [path.join(HERE, 'page-entry.ts')], bundle: true, format: 'iife', write: false, charset: 'utf8', define: { __SIDEBAR_CSS__: JSON.stringify(fs.readFileSync(path.join(ROOT, 'src/sidebar/styles.css'), 'utf8')) }, minify: true, logLevel: 'error' })).outputFiles[0]?.text as string;

  // Fixture server plus the synthetic pages.
  const fx = await startServer(FIX);
  const trad = traditional1m();
  const synthetic: Record<string, string> = { 'noncppcc-1mb': nonCppcc1mb(), 'heavy-10x': heavy10x(), 'trad-1m': trad.html };
  const synth = http.createServer((req, res) => {
    const body = synthetic[(req.url ?? '').replace(/^\//, '')];
    if (!body) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(body);
  });
  await new Promise<void>((r) => synth.listen(0, '127.0.0.1', r));
  const synthUrl = (n: string) => `http://127.0.0.1:${(synth.address() as AddressInfo).port}/${n}`;

  const args = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
  const plain = await chromium.launchPersistentContext(fs.mkdtempSync(path.join(os.tmpdir(), 'bench-plain-')), { executablePath: exe, headless: true, args, viewport: { width: 1280, height: 900 } });
  const ext = path.join(ROOT, '.output/chrome-mv3');
  const launchWith = (extDir?: string) =>
    chromium.launchPersistentContext(fs.mkdtempSync(path.join(os.tmpdir(), 'bench-ctx-')), {
      executablePath: exe,
      headless: true,
      args: extDir ? [...args, `--disable-extensions-except=${extDir}`, `--load-extension=${extDir}`] : args,
      viewport: { width: 1280, height: 900 },
    });
  // Calibration: an extension that declares an empty content script at document_start. It shows
  // what declaring any content script costs a page's load, which is why ours declares none.
  const emptyDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-empty-ext-'));
  fs.writeFileSync(path.join(emptyDir, 'manifest.json'), JSON.stringify({ manifest_version: 3, name: 'empty', version: '1', content_scripts: [{ matches: ['<all_urls>'], js: ['c.js'], run_at: 'document_start' }] }));
  fs.writeFileSync(path.join(emptyDir, 'c.js'), 'void 0;\n');
  const withExt = await launchWith(ext);
  // Load times get two browsers per setting: one browser instance alone can run ~10% slower than
  // another for minutes at a time (the plain-vs-plain line prints that noise).
  const loadCtx = { plain: [plain, await launchWith()], ext: [withExt, await launchWith(ext)], empty: [await launchWith(emptyDir)] };

  async function open(url: string): Promise<Page> {
    const page = await plain.newPage();
    await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
    await page.addScriptTag({ content: bundle });
    return page;
  }
  const call = <T>(page: Page, expr: string): Promise<T> => page.evaluate(expr) as Promise<T>;
  /** The browsers, the calibration extension and both servers. */
  const closeAll = async () => {
    await plain.close();
    await withExt.close();
    fs.rmSync(emptyDir, { recursive: true, force: true });
    synth.close();
    await fx.close();
  };

  // ---------------- conversion (issue 5) ----------------
  async function conversionSection(): Promise<void> {
    section('Conversion (Chromium)');
    const conversion: Record<string, unknown> = {};
    type ConvResult = { chars: number; raw: number; engineRaw: number; identical: boolean; dom: number; wall: number; ratio: number; engineRatio: number; floorRatio: number; engineFloorRatio: number; restore: number; restoreRatio: number; longest: number };
    const convRow = (label: string, r: ConvResult) => {
      line(`${label}: DOM ÷ raw opencc-js converter (${r.chars} chars)`, `${f1(r.ratio)}  (${f1(r.dom)} / ${f1(r.raw)} ms)`, '≤ 1.5', r.ratio <= 1.5);
      // The extension converts with src/convert/fast.ts (opencc-js's dictionaries and output).
      line(`${label}: our engine, raw, on the same text (output identical)`, `${f1(r.engineRaw)} ms (${r.identical ? 'yes' : 'NO'})`, 'identical', r.identical);
      line(`${label}: DOM ÷ raw engine (what the DOM side adds)`, f1(r.engineRatio));
      line(`${label}: floor: (find, read, write the nodes + raw) ÷ raw, opencc-js / engine`, `${f1(r.floorRatio)} / ${f1(r.engineFloorRatio)}`);
      line(`${label}: wall time incl. the browser's relayout between chunks`, `${f1(r.wall)} ms`);
      line(`${label}: restore ÷ conversion`, f1(r.restoreRatio), '≤ 1', r.restoreRatio <= 1);
      line(`${label}: longest task`, r.longest ? `${f1(r.longest)} ms` : '< 50 ms', '≤ 50 ms', r.longest <= 50);
    };
    {
      const page = await open(synthUrl('trad-1m'));
      const r = await call<ConvResult>(page, '__lensBench.convert()');
      conversion['trad-1m'] = r;
      convRow('1,000,000-char page', r);
      // The baseline for the longest-task lines: what this page's own frame costs once the text on
      // screen changes, with nothing of ours running (median of 3).
      const own = await call<{ paragraphs: number; longest: number; render: number }>(page, '__lensBench.textChangeFrame()');
      conversion['trad-1m-own-frame'] = own;
      line(`1,000,000-char page, no extension: the ${own.paragraphs} paragraphs on screen changed → longest task / style+layout`, `${own.longest ? `${f1(own.longest)} ms` : '< 50 ms'} / ${f1(own.render)} ms`);
      await page.close();
    }
    for (const n of fixtures((e) => e.isCppcc && e.script === 'traditional' && !e.scriptsRequired)) {
      const page = await open(fx.url(`${n}/source.html`));
      const r = await call<ConvResult>(page, '__lensBench.convert()');
      conversion[n] = r;
      line(`${n}: DOM ÷ raw opencc-js, ÷ raw engine, restore ÷ conversion`, `${f1(r.ratio)}, ${f1(r.engineRatio)}, ${f1(r.restoreRatio)}`, 'identical', r.identical);
      await page.close();
    }
    // The real extension: trigger → viewport Simplified, dictionary load included; longest task.
    {
      const page = await withExt.newPage();
      await page.goto(synthUrl('trad-1m'), { waitUntil: 'load', timeout: 120_000 });
      await page.waitForFunction(() => !!document.querySelector('cppcc-lens-sidebar')?.shadowRoot?.querySelector('input[data-action=convert]'), null, { timeout: 60_000 });
      // A reader switches the script once the page is up, not while the lens is still cleaning
      // a 1M-character page: wait until a whole second passes without a long task.
      await page.evaluate(async () => {
        let last = performance.now();
        new PerformanceObserver(() => (last = performance.now())).observe({ type: 'longtask', buffered: true });
        while (performance.now() - last < 1000) await new Promise((res) => setTimeout(res, 100));
      });
      const r = await page.evaluate(async () => {
        let longest = 0;
        let longestScript = 0;
        let longestRender = 0;
        let longestFrame = 0;
        const po = new PerformanceObserver((l) => l.getEntries().forEach((e) => (longest = Math.max(longest, e.duration))));
        po.observe({ type: 'longtask' });
        const loaf = new PerformanceObserver((l) =>
          l.getEntries().forEach((e) => {
            const f = e as PerformanceEntry & { scripts?: { duration: number }[]; styleAndLayoutStart?: number };
            for (const sc of f.scripts ?? []) longestScript = Math.max(longestScript, sc.duration);
            if (f.styleAndLayoutStart) longestRender = Math.max(longestRender, f.startTime + f.duration - f.styleAndLayoutStart);
            longestFrame = Math.max(longestFrame, f.duration);
          }),
        );
        try {
          loaf.observe({ type: 'long-animation-frame', buffered: false });
        } catch {
          /* no LoAF */
        }
        // (no named function in here: the bench runs through tsx, whose helpers the page lacks)
        const sidebar = document.querySelector('cppcc-lens-sidebar')?.shadowRoot;
        const visible = Array.from(document.querySelectorAll('.article p')).find((p) => p.getBoundingClientRect().top > 0) as HTMLElement;
        const before = visible.textContent;
        const t0 = performance.now();
        (sidebar?.querySelector('input[data-action=convert]') as HTMLInputElement).click();
        while (visible.textContent === before) await new Promise((res) => requestAnimationFrame(res));
        const viewport = performance.now() - t0;
        const last = document.querySelector('.article p:last-child') as HTMLElement;
        const lastBefore = last.textContent;
        while (last.textContent === lastBefore && performance.now() - t0 < 30_000) await new Promise((res) => setTimeout(res, 5));
        const total = performance.now() - t0;
        await new Promise((res) => setTimeout(res, 800));
        // (entries not yet delivered still belong to the conversion)
        for (const e of loaf.takeRecords()) longestFrame = Math.max(longestFrame, e.duration);
        const converted = { longest, longestScript, longestRender, longestFrame };
        // And back: the same switch restores the page (its lang too).
        longestFrame = 0;
        const lastConverted = last.textContent;
        const t1 = performance.now();
        (sidebar?.querySelector('input[data-action=convert]') as HTMLInputElement).click();
        while (last.textContent === lastConverted && performance.now() - t1 < 30_000) await new Promise((res) => setTimeout(res, 5));
        const restore = performance.now() - t1;
        await new Promise((res) => setTimeout(res, 800));
        po.disconnect();
        loaf.disconnect();
        return { viewport, total, ...converted, restore, restoreFrame: longestFrame, restored: last.textContent === lastBefore && document.documentElement.lang === 'zh-Hant' };
      });
      conversion.extension = r;
      line('extension: trigger → viewport Simplified (dictionary load incl.)', `${f1(r.viewport)} ms`, '≤ 100 ms', r.viewport <= 100);
      line('extension: trigger → whole 1M-char page converted', `${f1(r.total)} ms`);
      line('extension: longest task during conversion (PerformanceObserver)', r.longest ? `${f1(r.longest)} ms` : '< 50 ms', '≤ 50 ms', r.longest <= 50);
      line('  longest script run long-animation-frame lists (page-world scripts; it does not list content scripts)', `${f1(r.longestScript)} ms`);
      line('  of which: longest style+layout (the browser re-lays out)', `${f1(r.longestRender)} ms`);
      line('extension: longest frame during conversion / restore (long-animation-frame, all work)', `${f1(r.longestFrame)} / ${f1(r.restoreFrame)} ms`);
      line('extension: trigger → whole page restored (its lang too)', `${f1(r.restore)} ms`, 'restored', r.restored);
      await page.close();
    }
    results.conversion = conversion;
  }

  if (process.env.BENCH_ONLY === 'conversion') {
    // For working on conversion alone: `BENCH_ONLY=conversion npm run bench` runs only its section.
    await conversionSection();
    for (const c of [...loadCtx.plain.slice(1), ...loadCtx.ext.slice(1), ...loadCtx.empty]) await c.close();
    await closeAll();
    return report();
  }

  // ---------------- detection (issue 3) ----------------
  section('Detection (Chromium)');
  // Nothing is declared or injected as a file on every page: the background sends the first
  // look's source text (src/detect/quick.ts). Bundled alone and minified as the build does it
  // (a few bytes of wrapper included); tsx's own toString() would carry its __name helpers.
  const lookBundle = await esbuild.build({
    stdin: { contents: "import { firstLook } from './src/detect/quick'; globalThis.firstLook = firstLook;", resolveDir: ROOT, loader: 'ts' },
    bundle: true,
    minify: true,
    write: false,
    charset: 'utf8',
    format: 'iife',
    logLevel: 'error',
  });
  const size = lookBundle.outputFiles[0]?.contents.byteLength ?? 0;
  if (!size) throw new Error('bench: could not build the first look');
  line('always-injected code (the first look function, minified)', `${(size / 1024).toFixed(2)} KB`, '≤ 20 KB', size <= 20 * 1024);
  results.firstLookBytes = size;
  const all = fixtures(() => true);
  const stage1: Record<string, number> = {};
  const full: Record<string, number> = {};
  for (const n of all) {
    const page = await open(fx.url(`${n}/source.html`));
    stage1[n] = await call<number>(page, '__lensBench.stage1(30)');
    const e = JSON.parse(fs.readFileSync(path.join(FIX, n, 'expected.json'), 'utf8'));
    if (e.isCppcc && !e.scriptsRequired) full[n] = await call<number>(page, '__lensBench.detect(15)');
    await page.close();
  }
  {
    const page = await open(synthUrl('noncppcc-1mb'));
    stage1['synthetic 1 MB non-CPPCC page'] = await call<number>(page, '__lensBench.stage1(30)');
    await page.close();
  }
  for (const [n, ms] of Object.entries(stage1)) line(`first stage, median: ${n}`, `${f1(ms)} ms`, '≤ 1 ms', ms <= 1);
  for (const [n, ms] of Object.entries(full)) line(`full detection, median: ${n}`, `${f1(ms)} ms`);
  results.stage1 = stage1;
  results.fullDetection = full;

  // Page load with the extension ÷ without, same run. Every browser loads each fixture in turn,
  // in a shuffled order, each through one reused tab (so no tab opens or closes mid-measurement).
  // After each load the tab goes back to about:blank and the next load waits a moment, so work a
  // page starts after its load (our lens on a CPPCC page) never lands inside another browser's
  // measured load on this 2-core machine.
  const loadTabs = new Map<unknown, Page>();
  const loadOnce = async (ctx: typeof plain, url: string) => {
    let page = loadTabs.get(ctx);
    if (!page) loadTabs.set(ctx, (page = await ctx.newPage()));
    await new Promise((r) => setTimeout(r, 40));
    await page.goto(url, { waitUntil: 'load' });
    const ms = await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      return nav.loadEventEnd - nav.startTime;
    });
    await page.goto('about:blank');
    return ms;
  };
  let seed = 12345;
  const shuffled = <T,>(xs: T[]): T[] => {
    const out = [...xs];
    for (let i = out.length - 1; i > 0; i--) {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      const j = seed % (i + 1);
      [out[i], out[j]] = [out[j] as T, out[i] as T];
    }
    return out;
  };
  const runs = [...loadCtx.plain.map((c, i) => ({ set: 'plain', i, c })), ...loadCtx.ext.map((c, i) => ({ set: 'ext', i, c })), ...loadCtx.empty.map((c, i) => ({ set: 'empty', i, c }))];
  const loadRatios: Record<string, number> = {};
  const aa: number[] = [];
  const emptyRatios: number[] = [];
  const groups = { cppcc: [] as number[], other: [] as number[] };
  for (const n of all) {
    const url = fx.url(`${n}/source.html`);
    const times = new Map<string, number[]>(runs.map((r) => [`${r.set}${r.i}`, []]));
    for (const r of runs) await loadOnce(r.c, url);
    for (let k = 0; k < 15; k++) for (const r of shuffled(runs)) times.get(`${r.set}${r.i}`)?.push(await loadOnce(r.c, url));
    const pooled = (set: string) => median(runs.filter((r) => r.set === set).flatMap((r) => times.get(`${r.set}${r.i}`) ?? []));
    loadRatios[n] = pooled('ext') / pooled('plain');
    aa.push(median(times.get('plain0') ?? []) / median(times.get('plain1') ?? []));
    emptyRatios.push(pooled('empty') / pooled('plain'));
    const e = JSON.parse(fs.readFileSync(path.join(FIX, n, 'expected.json'), 'utf8'));
    groups[e.isCppcc ? 'cppcc' : 'other'].push(loadRatios[n] as number);
    line(`page load with ÷ without extension: ${n}`, `${f1(loadRatios[n] as number)} (${f1(pooled('plain'))} ms)`);
  }
  // A CPPCC page whose load waits 1 s on an image: checked while it loads (src/detect/when.ts).
  {
    const url = fx.url('bad/slow-cppcc?ms=1000');
    const slow = new Map<string, number[]>([['plain', []], ['ext', []]]);
    for (let k = 0; k < 4; k++) for (const r of shuffled(runs.filter((x) => x.set !== 'empty'))) slow.get(r.set)?.push(await loadOnce(r.c, url));
    const page = await withExt.newPage();
    await page.goto(url, { waitUntil: 'commit' });
    const shown = await page.waitForFunction(() => (document.querySelector('cppcc-lens-sidebar') ? performance.now() : 0), undefined, { polling: 10, timeout: 10_000 }).then((h) => h.jsonValue());
    await page.waitForLoadState('load');
    const loadEnd = await page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd);
    await page.close();
    const ratio = median(slow.get('ext') ?? []) / median(slow.get('plain') ?? []);
    line('CPPCC page waiting 1 s on an image: load with ÷ without', f1(ratio));
    line('  … sidebar shown / load event ends (ms from navigation)', `${f1(shown)} / ${f1(loadEnd)}`);
    results.slowPage = { ratio, sidebarShownMs: shown, loadEndMs: loadEnd };
  }
  // The same ratio when each load gets a new tab (a link opened in a new tab), on every fourth
  // fixture: one-off runs put the reused tab's extra cost on a renderer our first look already ran in.
  const freshRatios: number[] = [];
  {
    const loadFresh = async (ctx: typeof plain, url: string) => {
      await new Promise((r) => setTimeout(r, 300));
      const page = await ctx.newPage();
      await page.goto(url, { waitUntil: 'load' });
      const ms = await page.evaluate(() => {
        const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
        return nav.loadEventEnd - nav.startTime;
      });
      await page.close();
      return ms;
    };
    const pair = runs.filter((r) => r.set !== 'empty');
    for (const n of all.filter((_, i) => i % 4 === 0)) {
      const url = fx.url(`${n}/source.html`);
      const times = new Map<string, number[]>([['plain', []], ['ext', []]]);
      for (let k = 0; k < 5; k++) for (const r of shuffled(pair)) times.get(r.set)?.push(await loadFresh(r.c, url));
      freshRatios.push(median(times.get('ext') ?? []) / median(times.get('plain') ?? []));
    }
  }
  const overall = median(Object.values(loadRatios));
  line('page load with ÷ without extension, median over fixtures', f1(overall), '≤ 1.05', overall <= 1.05);
  line(`  … a new tab per load, median over ${freshRatios.length} fixtures`, f1(median(freshRatios)));
  results.loadFreshTab = median(freshRatios);
  line('  … over non-CPPCC fixtures / CPPCC fixtures', `${f1(median(groups.other))} / ${f1(median(groups.cppcc))}`);
  line('noise: one plain browser ÷ another, median (no extension in either)', f1(median(aa)));
  line('empty content script at document_start ÷ no extension, median', f1(median(emptyRatios)));
  for (const c of [...loadCtx.plain.slice(1), ...loadCtx.ext.slice(1), ...loadCtx.empty]) await c.close();
  for (const p of loadTabs.values()) await p.close().catch(() => undefined);
  results.loadRatios = loadRatios;
  results.loadNoiseAA = median(aa);
  results.loadEmptyContentScript = median(emptyRatios);
  if (process.env.BENCH_ONLY === 'detection') {
    // For working on detection alone: `BENCH_ONLY=detection npm run bench` stops here.
    await closeAll();
    return report();
  }

  // ---------------- cleanup (issue 4) ----------------
  section('Cleanup (Chromium): apply = classify + hide + repair, as on a fresh page; time in our own tasks, medians');
  type CleanupResult = { apply: number; applyWall: number; toggle: number; restore: number; longest: number; elements: number; nodes: number };
  // Article fixtures have the per-page goal; the foundation's 50,000-node page (kind "heavy")
  // has the goal issue 4 sets for a page of that size, next to the 10× synthetic page.
  const articles = fixtures((e) => e.isCppcc && !e.scriptsRequired && e.kind !== 'heavy');
  const heavy = fixtures((e) => e.isCppcc && !e.scriptsRequired && e.kind === 'heavy');
  const cleanup: Record<string, unknown> = {};
  for (const n of articles) {
    const page = await open(fx.url(`${n}/source.html`));
    const r = await call<CleanupResult>(page, '__lensBench.cleanup(7)');
    cleanup[n] = r;
    line(`cleanup apply / toggle on / restore: ${n}`, `${f1(r.apply)} / ${f1(r.toggle)} / ${f1(r.restore)} ms`, '≤ 10 ms', r.apply <= 10);
    await page.close();
  }
  const heavyRow = (label: string, r: CleanupResult) => {
    line(`cleanup, ${label} (${r.nodes} nodes, ${r.elements} elements)`, `${f1(r.apply)} ms`, '≤ 100 ms', r.apply <= 100);
    line('  wall time, incl. the browser restyling the page between our tasks', `${f1(r.applyWall)} ms`);
    line('  toggled on again, page unchanged', `${f1(r.toggle)} ms`);
    line('  longest single task', r.longest ? `${f1(r.longest)} ms` : '< 50 ms', '≤ 50 ms', r.longest <= 50);
    line('  restore', `${f1(r.restore)} ms`);
  };
  for (const n of heavy) {
    const page = await open(fx.url(`${n}/source.html`));
    const r = await call<CleanupResult>(page, '__lensBench.cleanup(7)');
    cleanup[n] = r;
    heavyRow(`fixture ${n}`, r);
    await page.close();
  }
  {
    const page = await open(synthUrl('heavy-10x'));
    const r = await call<CleanupResult>(page, '__lensBench.cleanup(5)');
    cleanup['heavy-10x'] = r;
    heavyRow('10× synthetic page', r);
    await page.close();
  }
  results.cleanup = cleanup;

  await conversionSection();

  // ---------------- figures (issue 6) ----------------
  section('Key figures (Chromium)');
  const extraction: Record<string, unknown> = {};
  let worst = 0;
  for (const n of [...articles, ...heavy].sort()) {
    const page = await open(fx.url(`${n}/source.html`));
    const r = await page.evaluate('(() => __lensBench.extract(__lensBench.articleText(), 20))()') as { chars: number; ms: number; per10k: number; first: number; figures: number };
    extraction[n] = r;
    worst = Math.max(worst, r.per10k);
    line(`extraction per 10,000 chars (warm): ${n}`, `${f1(r.per10k)} ms`, '≤ 5 ms', r.per10k <= 5);
    line(`  … first call on the page, whole text (${r.chars} chars)`, `${f1(r.first)} ms`);
    await page.close();
  }
  {
    // Texts no article is written like: 150,000 characters with no sentence end (one run of
    // clauses, and none at all), 1,000 figures each. A figure's sentence, and every look back
    // from it, stays within its clause, so the cost follows the figures, not the text's length.
    const page = await open(fx.url('tibet-000-semantic/source.html'));
    for (const [name, unit] of [['clauses only', '围绕{i}项课题开展调研{k}次，'], ['no punctuation', '委员{k}名提案{i}件活动']] as const) {
      const r = (await page.evaluate(`(() => { let t = ''; for (let i = 0; t.length < 150000; i++) t += ${JSON.stringify(unit)}.replace('{i}', String(i)).replace('{k}', String(i % 50 + 2)); return __lensBench.extract(t, 5); })()`)) as { chars: number; ms: number; per10k: number; figures: number };
      extraction[`pathological: ${name}`] = r;
      line(`extraction, ${r.chars} chars with no sentence end (${name}), ${r.figures} figures`, `${f1(r.ms)} ms (${f1(r.per10k)} per 10,000 chars)`);
    }
    await page.close();
  }
  {
    const page = await open(fx.url('tibet-000-semantic/source.html'));
    const ms = await call<number>(page, '__lensBench.sidebar(200, 15)');
    results.sidebarRender200 = ms;
    line('sidebar render, 200 figures (incl. style and layout)', `${f1(ms)} ms`, '≤ 16 ms', ms <= 16);
    await page.close();
  }
  results.extraction = extraction;
  await closeAll();

  // ---------------- CLI (issue 8) ----------------
  section('Command-line companion (Node)');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-cli-'));
  const sources = all.map((n) => path.join(FIX, n, 'source.html'));
  for (let i = 0; i < 500; i++) fs.copyFileSync(sources[i % sources.length] as string, path.join(dir, `page-${String(i).padStart(3, '0')}.html`));
  const run = spawnSync(path.join(ROOT, 'node_modules/.bin/tsx'), ['src/cli/bin.ts', dir, '--format', 'json', '--stats', '--out', path.join(dir, 'out.json')], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  fs.rmSync(dir, { recursive: true, force: true });
  const m = /(\d+) pages in ([\d.]+) s \(([\d.]+) pages\/s\), peak RSS (\d+) MB/.exec(run.stderr);
  const stats = m ? { pages: Number(m[1]), seconds: Number(m[2]), pagesPerSecond: Number(m[3]), peakRssMB: Number(m[4]) } : { error: run.stderr.slice(-500) };
  if (m) {
    line(`CLI throughput over ${m[1]} pages (all fixtures repeated)`, `${m[3]} pages/s`);
    line('CLI peak memory (max RSS)', `${m[4]} MB`);
  } else line('CLI run', 'failed: ' + run.stderr.slice(-200));
  results.cli = stats;

  report();
}

function report(): void {
  fs.mkdirSync(OUT, { recursive: true });
  fs.writeFileSync(path.join(OUT, process.env.BENCH_ONLY ? `bench-${process.env.BENCH_ONLY}.json` : 'bench.json'), JSON.stringify(results, null, 2));
  console.log(rows.join('\n'));
  console.log(`\n${misses.length ? `${misses.length} goal(s) missed: ${misses.join('; ')}` : 'All goals met.'}  (full numbers: bench-output/)`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
