// Bundled into an IIFE and added to benchmark pages: the extension's own modules, timed where
// they run — in the browser, on the page. Exposes window.__lensBench.
import * as OpenCC from 'opencc-js/t2cn';
import { quickCheck } from '../src/detect/quick';
import { detect } from '../src/detect/score';
import { extractFigures } from '../src/figures/extract';
import { getConverter, openccConverter, variantForLang } from '../src/convert/engine';
import { SidebarView } from '../src/sidebar/view';
import { PageSession, type SessionEnv } from '../src/page/session';
import { DEFAULTS, type Settings } from '../src/settings/schema';
import { collect } from '../src/convert/dom';
import { classifyPage } from '../src/clean/classify';
import { figureSourceOf } from '../src/page/pipeline';

/** The sidebar's stylesheet, inlined by bench/run.ts (the extension imports it with ?inline). */
declare const __SIDEBAR_CSS__: string;

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? (s[s.length >> 1] as number) : ((s[s.length / 2 - 1] as number) + (s[s.length / 2] as number)) / 2;
};

/**
 * Median time of one call to fn. performance.now() is coarsened in pages (0.1 ms in Chromium),
 * so a call that is faster than that is timed in batches long enough to read, then divided.
 */
function time(fn: () => unknown, runs: number): number {
  let batch = 1;
  for (;;) {
    const t0 = performance.now();
    for (let i = 0; i < batch; i++) fn();
    if (performance.now() - t0 >= 5 || batch >= 1 << 14) break;
    batch *= 4;
  }
  const xs: number[] = [];
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    for (let i = 0; i < batch; i++) fn();
    xs.push((performance.now() - t0) / batch);
  }
  return median(xs);
}

/** Longest main-thread task seen while fn runs (PerformanceObserver 'longtask'; 0 if none ≥ 50 ms). */
async function withLongTasks<T>(fn: () => Promise<T>): Promise<{ result: T; longest: number }> {
  let longest = 0;
  const po = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) longest = Math.max(longest, e.duration);
  });
  try {
    po.observe({ type: 'longtask', buffered: false });
  } catch {
    /* no longtask support */
  }
  const result = await fn();
  await new Promise((r) => setTimeout(r, 60));
  for (const e of po.takeRecords()) longest = Math.max(longest, e.duration);
  po.disconnect();
  return { result, longest };
}

/** Two frames drawn and a task after them: whatever was written has been laid out. */
const settle = () => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 0))));
const yieldTask = () => new Promise<void>((r) => {
  const ch = new MessageChannel();
  ch.port1.onmessage = () => r();
  ch.port2.postMessage(0);
});

function session(over: Partial<Settings> = {}): PageSession {
  const settings: Settings = { ...DEFAULTS, sidebarAutoOpen: false, ...over } as Settings;
  const env: SessionEnv = {
    doc: document,
    url: () => location.href,
    settings: () => settings,
    saveSite: async () => undefined,
    loadOpenCC: async () => OpenCC,
    report: () => undefined,
    openOptions: () => undefined,
    mountUi: async () => {
      const host = document.createElement('cppcc-lens-sidebar');
      host.setAttribute('data-cppcc-lens-ui', '');
      const shadow = host.attachShadow({ mode: 'open' });
      // The extension's own sidebar styles (it is fixed on the right, out of the page's flow).
      const style = document.createElement('style');
      style.textContent = __SIDEBAR_CSS__;
      const container = document.createElement('div');
      shadow.append(style, container);
      document.body.appendChild(host);
      return { container, host, remove: () => host.remove() };
    },
    shortcuts: async () => ({}),
    sanitize: (h) => h,
    t: (k) => k,
    lang: 'zh-CN',
    log: (e) => console.error(e),
    // The extension yields with a 0 ms timer (ctx.setTimeout); the same here.
    yieldFn: () => new Promise<void>((r) => setTimeout(r, 0)),
    frame: (fn) => {
      const id = requestAnimationFrame(fn);
      return () => cancelAnimationFrame(id);
    },
  };
  return new PageSession(env);
}

const bench = {
  /** The article text the figure extractor reads on this page. */
  articleText: () => figureSourceOf(classifyPage(document))?.text ?? '',
  stage1: (runs = 200) => time(() => quickCheck(location.href, document), runs),
  detect: (runs = 20) => time(() => detect(location.href, document), runs),

  /**
   * Cleanup apply and restore through the session, plus the longest task of one apply. Times
   * are the session's own work (its tasks, as for conversion); a cleanup that yields lets the
   * browser restyle the page in between, which the wall time (also returned) includes.
   */
  async cleanup(runs = 7) {
    const s = session({ cleanup: false });
    await s.start(true);
    const apply: number[] = [];
    const applyWall: number[] = [];
    const toggle: number[] = [];
    const restore: number[] = [];
    // The page changes a little, so cleanup classifies it again as it does on a fresh page.
    const touchPage = async () => {
      document.body.appendChild(document.createComment('bench')).remove();
      await yieldTask(); // the session's observer sees it
    };
    for (let i = 0; i < runs; i++) {
      await touchPage();
      await s.setCleanup(true, false); // classify, hide, repair
      apply.push(s.lastCleanupStats.workMs);
      applyWall.push(s.lastCleanupStats.ms);
      await s.setCleanup(false, false);
      restore.push(s.lastCleanupStats.workMs);
      await s.setCleanup(true, false); // the page did not change: its classification is kept
      toggle.push(s.lastCleanupStats.workMs);
      await s.setCleanup(false, false);
    }
    await touchPage();
    const { longest } = await withLongTasks(async () => {
      await s.setCleanup(true, false);
      await yieldTask();
      await s.setCleanup(false, false);
    });
    s.stop();
    let nodes = 0;
    const all = document.createTreeWalker(document, 0xffffffff);
    while (all.nextNode()) nodes++;
    return { apply: median(apply), applyWall: median(applyWall), toggle: median(toggle), restore: median(restore), longest, elements: document.getElementsByTagName('*').length, nodes };
  },

  /** DOM conversion vs one raw converter call over the same text, restore, longest task. */
  async convert() {
    const variant = variantForLang(document.documentElement.getAttribute('lang'));
    // The goal's denominator is opencc-js's own converter on the whole text. The extension
    // converts with src/convert/fast.ts (same dictionaries, same output: checked here too), so
    // its raw time is printed beside it: DOM ÷ that is what walking and writing the DOM adds.
    const opencc = openccConverter(OpenCC, variant);
    const engine = getConverter(OpenCC, variant);
    const text = collect(document, {}).texts.map((n) => n.data).join('');
    // A converter's speed moves with the JIT and the heap (30-60 ms for opencc-js on the same 1M
    // chars from one page load to the next): warm each twice, then time them before and after
    // the DOM runs and take the median of all, so both sides of the ratio see the same converter.
    for (let i = 0; i < 2; i++) {
      opencc(text);
      engine(text);
    }
    const identical = engine(text) === opencc(text);
    // A fixture's text converts faster than the page's timer resolution (0.1 ms): time enough
    // calls together to read (at least 2 ms), then divide. The 1M-char text takes one call.
    const batchOf = (fn: (s: string) => string): number => {
      for (let k = 1; ; k *= 2) {
        const t0 = performance.now();
        for (let i = 0; i < k; i++) fn(text);
        if (performance.now() - t0 >= 2 || k >= 4096) return k;
      }
    };
    const kRaw = batchOf(opencc);
    const kEngine = batchOf(engine);
    const rawRuns: number[] = [];
    const engineRuns: number[] = [];
    const timeRaw = () => {
      for (let i = 0; i < 5; i++) {
        let t0 = performance.now();
        for (let k = 0; k < kRaw; k++) opencc(text);
        rawRuns.push((performance.now() - t0) / kRaw);
        t0 = performance.now();
        for (let k = 0; k < kEngine; k++) engine(text);
        engineRuns.push((performance.now() - t0) / kEngine);
      }
    };
    timeRaw();
    const s = session({ cleanup: false });
    await s.start(true);
    await s.setConvert(true); // warm-up run
    await s.setConvert(false);
    const conversions: number[] = [];
    const restores: number[] = [];
    const walls: number[] = [];
    let longest = 0;
    for (let i = 0; i < 3; i++) {
      // A person toggles after the page has been drawn, not in the same frame as the last
      // toggle: let the browser lay out what the previous run wrote before timing the next.
      await settle();
      const r = await withLongTasks(async () => {
        await s.setConvert(true);
        const c = { ...s.lastConvertStats };
        await settle();
        await s.setConvert(false);
        return { c, r: { ...s.lastConvertStats } };
      });
      conversions.push(r.result.c.workMs);
      walls.push(r.result.c.ms);
      restores.push(r.result.r.workMs);
      longest = Math.max(longest, r.longest, r.result.c.longestMs);
    }
    s.stop();
    await settle();
    timeRaw();
    const raw = median(rawRuns);
    const engineRaw = median(engineRuns);
    // The floor for any DOM conversion: find the same text nodes, read them and write each one
    // once, converting nothing (a zero-width space stands in for the converted text).
    await settle();
    const f0 = performance.now();
    const nodes = collect(document, {}).texts;
    const before = nodes.map((n) => n.data);
    for (let i = 0; i < nodes.length; i++) (nodes[i] as Text).data = '\u200b' + (before[i] as string);
    const floor = performance.now() - f0;
    for (let i = 0; i < nodes.length; i++) (nodes[i] as Text).data = before[i] as string;
    await settle();
    const c = median(conversions);
    return { chars: text.length, raw, engineRaw, identical, dom: c, wall: median(walls), ratio: c / raw, engineRatio: c / engineRaw, floorRatio: (floor + raw) / raw, engineFloorRatio: (floor + engineRaw) / engineRaw, restore: median(restores), restoreRatio: median(restores) / c, longest };
  },

  /**
   * The page's own cost of a text change, no extension code involved: the text of every
   * paragraph on screen is changed (then put back), and the longest task and style+layout of the
   * frame that follows are read. Converting the screen writes at least this much in one go, so
   * the browser pays this frame whatever the converter does.
   */
  async textChangeFrame(runs = 3) {
    const texts = Array.from(document.querySelectorAll('p'))
      .filter((p) => {
        const b = p.getBoundingClientRect();
        return b.bottom > 0 && b.top < innerHeight;
      })
      .map((p) => p.firstChild)
      .filter((n): n is Text => n?.nodeType === Node.TEXT_NODE && (n as Text).data.length > 1);
    const tasks: number[] = [];
    const renders: number[] = [];
    const renderOf = (list: PerformanceEntryList, into: number) =>
      list.reduce((m, e) => {
        const f = e as PerformanceEntry & { styleAndLayoutStart?: number };
        return f.styleAndLayoutStart ? Math.max(m, f.startTime + f.duration - f.styleAndLayoutStart) : m;
      }, into);
    for (let i = 0; i < runs; i++) {
      await settle();
      let render = 0;
      const loaf = new PerformanceObserver((l) => (render = renderOf(l.getEntries(), render)));
      try {
        loaf.observe({ type: 'long-animation-frame', buffered: false });
      } catch {
        /* no LoAF */
      }
      const before = texts.map((t) => t.data);
      const { longest } = await withLongTasks(async () => {
        texts.forEach((t, k) => (t.data = (before[k] as string).slice(1) + (before[k] as string).slice(0, 1)));
        await settle();
      });
      render = renderOf(loaf.takeRecords(), render);
      loaf.disconnect();
      texts.forEach((t, k) => (t.data = before[k] as string));
      tasks.push(longest);
      renders.push(render);
      await settle();
    }
    return { paragraphs: texts.length, longest: median(tasks), render: median(renders) };
  },

  /**
   * Extraction time per 10,000 characters of the page's article text: the median once the
   * extractor is warm (200 ms of calls first: on a fresh page the JIT is still compiling it, and
   * the same text measured 0.5 and 1.5 ms on two pages of one run), plus the first call alone.
   */
  extract(text: string, runs = 20) {
    let t0 = performance.now();
    const figures = extractFigures(text).length;
    const first = performance.now() - t0;
    t0 = performance.now();
    while (performance.now() - t0 < 200) extractFigures(text);
    const ms = time(() => extractFigures(text), runs);
    return { chars: text.length, ms, per10k: (ms / text.length) * 10_000, first, figures };
  },

  /** Sidebar render time for n figures (fresh view each run, in a shadow root). */
  sidebar(n = 200, runs = 15) {
    const base = extractFigures('提出提案114件，办复率99.4%，投资7500余亿元，委员8053名，开展调研活动1800多次。');
    const figures = Array.from({ length: n }, (_, i) => ({ ...(base[i % base.length] as (typeof base)[number]) }));
    const host = document.createElement('div');
    document.body.appendChild(host);
    const root = host.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = __SIDEBAR_CSS__;
    const container = document.createElement('div');
    root.append(style, container);
    const noop = () => undefined;
    const actions = { toggleCleanup: noop, toggleShowHidden: noop, toggleConvert: noop, copyAll: noop, copyOne: noop, find: noop, setGroup: noop, setFormat: noop, toggleBlock: noop, openOptions: noop, setCollapsed: noop };
    const model = { isCppcc: true, forced: false, score: 12, reasons: ['标题含"政协"'], cleanup: true, showHidden: false, counts: { spam: 1, boilerplate: 5, artifacts: 0 }, convert: false, converting: false, figures, group: false, format: 'tsv' as const, hidden: [], collapsed: false, shortcuts: {} };
    const xs: number[] = [];
    for (let i = 0; i < runs; i++) {
      container.replaceChildren();
      const t0 = performance.now();
      const v = new SidebarView(document, container, actions, (k) => k);
      v.render(model);
      void container.getBoundingClientRect(); // include style and layout
      xs.push(performance.now() - t0);
    }
    host.remove();
    return median(xs);
  },
};

(window as unknown as { __lensBench: typeof bench }).__lensBench = bench;
