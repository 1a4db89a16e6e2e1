// The page session: the only place that knows the order of the steps. It runs
// detect -> clean -> figures, converts on demand, and undoes everything by toggle. One
// MutationObserver, batched per frame, keeps late content in line and ignores our own writes.
import { repairText } from '../clean/artifacts';
import { BlockHider, HIDE_ATTR, STYLE_ATTR } from '../clean/apply';
import { INSET_ATTR, PageInset } from '../sidebar/inset';
import { cutWidgets } from '../clean/lexicon';
import { classifyAdded, classifyPage, imagesOf, titleShown, type Classification, type ClassifiedBlock, type TextLine } from '../clean/classify';
import { LangMarks, type FinalLang } from '../convert/lang';
import { blocksOf, collect, convertAttributes, renderChunked, runTransform, viewportRange, viewportTexts, type ChunkStats } from '../convert/dom';
import { getConverter, quickConverter, resolveVariant, settleConverter, simplifiedLang, type OpenCCModule, type SourceVariant } from '../convert/engine';
import type { ConvertFn } from '../convert/batch';
import { detect, type Detection } from '../detect/score';
import { visitTree, type TreeOptions } from '../dom/tree';
import { extractFigures, extractFiguresSliced, FIGURE_SLICE, type Figure } from '../figures/extract';
import { figuresTable, formatFigures, formatOne, type Format, type HeaderLang } from '../figures/format';
import { rangeFor, type TextSource } from '../figures/source';
import { tableFigures } from '../figures/table';
import type { CommandId, CommandResult, PageState } from '../messages';
import type { Settings, SiteRule } from '../settings/schema';
import { siteRuleFor } from '../settings/schema';
import { Highlighter } from '../sidebar/highlight';
import { SidebarView, type SidebarModel } from '../sidebar/view';
import { copyToClipboard } from './clipboard';
import { AttrLayer, TextLayer } from './layers';
import { figureSourceOf } from './pipeline';
import { guessScript, type ScriptGuess } from '../text/han';

/** One entry of what cleanup hides: where it is, and its excerpt when the list shows it. */
interface HiddenItem {
  id: string;
  kind: 'spam' | 'boilerplate';
  reason: string;
  unhidden: boolean;
  at: Node;
  excerpt: () => string;
}

export interface MountedUi {
  /** Where the sidebar renders (inside the shadow root). */
  container: HTMLElement;
  /** The page element hosting the shadow root (ignored by every pass). */
  host: Element;
  remove(): void;
}

export interface SessionEnv {
  doc: Document;
  url(): string;
  settings(): Settings;
  saveSite(change: (r: SiteRule) => SiteRule | null): Promise<void>;
  loadOpenCC(): Promise<OpenCCModule>;
  report(state: PageState): void;
  openOptions(): void;
  mountUi(): Promise<MountedUi>;
  shortcuts(): Promise<Record<string, string>>;
  sanitize(html: string): string;
  t(key: string, subs?: string | number | (string | number)[]): string;
  lang: HeaderLang;
  log(err: unknown): void;
  /** Yields to the event loop between conversion chunks. */
  yieldFn(): Promise<void>;
  /** Runs fn on the next frame (or soon, in a background tab); returns a canceller. */
  frame(fn: () => void): () => void;
}

const FLUSH_TEXT_BUDGET = 3000;
const OBSERVE: MutationObserverInit = { childList: true, subtree: true, characterData: true };
const VOLATILE_WRITES = 20;
const VOLATILE_WINDOW_MS = 10_000;

export class PageSession {
  detection: Detection | null = null;
  classification: Classification | null = null;
  /** The page changed (not by our writes) since it was last classified. */
  private classificationStale = true;
  figures: Figure[] = [];
  private source: TextSource | null = null;
  /** Bumped by each refreshFigures: a sliced extraction that finishes after a newer one began is dropped. */
  private figureJob = 0;
  private active = false;
  private forced = false;
  private cleanupOn = false;
  private showHidden = false;
  private convertOn = false;
  private converting = false;
  private opencc: OpenCCModule | null = null;
  private convertFn: ConvertFn | null = null;
  private variant: SourceVariant = 't';
  private script: ScriptGuess = 'unknown';
  private collapsed = false;
  /** The page's room beside the open sidebar. */
  private readonly inset: PageInset;
  private group = false;
  private format: Format = 'tsv';
  private hider: BlockHider;
  private text: TextLayer;
  private attrs: AttrLayer;
  private langMarks: LangMarks;
  private observer: MutationObserver | null = null;
  private observed = new Set<Node>();
  private queue: MutationRecord[] = [];
  private cancelFrame: (() => void) | null = null;
  private figuresTimer: (() => void) | null = null;
  private repairs = new Map<Text, number>();
  /**
   * Lines of text with no element to hide (classifyPage's textLines: bare-text spam, boilerplate
   * lines among the article's lines), blanked while cleanup hides them; each line is listed with
   * the hidden blocks and can be kept visible like one.
   */
  private hiddenLines = new Map<Text, TextLine>();
  /** Elements known to sit inside (true) or outside (false) a hidden block; forgotten whenever
   * we write (the hidden blocks may have changed) or the page changes. */
  private hiddenMemo = new Map<Element, boolean>();
  private writesSeen = new WeakMap<Text, { n: number; since: number }>();
  private volatile = new WeakSet<Text>();
  private ui: MountedUi | null = null;
  private view: SidebarView | null = null;
  private highlighter: Highlighter | null = null;
  private shortcutMap: Record<string, string> = {};
  private pendingText: Text[] = [];
  private convertRun = { aborted: false };
  private cleanupRun = { aborted: false };
  /** Last conversion or restore: wall time, time in our own tasks, chunks, longest chunk. */
  lastConvertStats = { ms: 0, workMs: 0, chunks: 0, longestMs: 0, nodes: 0 };
  /** Last cleanup on or off: wall time, and time in our own tasks (not the waits between them). */
  lastCleanupStats = { ms: 0, workMs: 0 };

  constructor(private readonly env: SessionEnv) {
    const hooks = { write: <T>(fn: () => T): T => this.write(fn) };
    this.hider = new BlockHider(env.doc);
    this.text = new TextLayer(hooks);
    this.attrs = new AttrLayer(hooks);
    this.langMarks = new LangMarks(hooks.write);
    this.inset = new PageInset(env.doc, hooks.write);
  }

  get isActive(): boolean {
    return this.active;
  }

  /**
   * Our own writes happen with the observer switched off (GUIDE §5): the page's pending changes
   * are taken first and kept, then nothing we write is ever recorded.
   */
  private write<T>(fn: () => T): T {
    this.hiddenMemo.clear();
    const observer = this.observer;
    if (!observer) return fn();
    this.queue.push(...observer.takeRecords());
    observer.disconnect();
    try {
      return fn();
    } finally {
      for (const root of this.observed) observer.observe(root, OBSERVE);
    }
  }

  /**
   * Ours: the sidebar's host (its UI lives in its shadow root) and the style elements we add
   * (hiding, highlight, the page's room beside the sidebar).
   * Called on every element of every walk, so the tag name is read first: hosts are custom
   * elements (a hyphen in the name), and only those and <style> need an attribute read.
   */
  private isOurs = (el: Element): boolean => {
    const tag = el.localName;
    if (tag === 'style') return el.hasAttribute(STYLE_ATTR) || el.hasAttribute('data-cppcc-lens-highlight') || el.hasAttribute(INSET_ATTR);
    return el === this.ui?.host || (tag.includes('-') && el.hasAttribute('data-cppcc-lens-ui'));
  };

  private isLangMark = (el: Element): boolean => this.langMarks.isMark(el);

  /** Ours, or a block cleanup hides: the text the reader does not see is not repaired. */
  private isOursOrHidden = (el: Element): boolean => this.isOurs(el) || this.hider.isMarked(el);

  private site(): SiteRule {
    return siteRuleFor(this.env.settings(), new URL(this.env.url()).hostname);
  }

  // ---------------- lifecycle ----------------

  private starting: Promise<void> | null = null;

  /** Starts once; a second call while starting or active waits for the first (or upgrades to forced). */
  start(force: boolean): Promise<void> {
    if (this.starting) return this.starting;
    if (this.active) return Promise.resolve();
    this.starting = this.doStart(force).finally(() => {
      this.starting = null;
    });
    return this.starting;
  }

  private async doStart(force: boolean): Promise<void> {
    const s = this.env.settings();
    const doc = this.env.doc;
    this.forced = force;
    this.detection = detect(this.env.url(), doc, { extraTerms: s.cppccTerms });
    if (!this.detection.isCppcc && !force) {
      this.report();
      return;
    }
    this.active = true;
    this.group = s.groupFigures;
    this.format = s.copyFormat;
    this.showHidden = s.showHidden;
    this.classify();
    this.script = this.readScript();
    if (s.cleanup) await this.setCleanup(true, false);
    this.observe();
    const site = this.site();
    this.collapsed = site.sidebar === 'collapsed' || (!s.sidebarAutoOpen && !force && site.sidebar !== 'open');
    await this.openSidebar();
    this.refreshFigures();
    if (site.convert ?? s.convert) await this.setConvert(true);
    this.report();
  }

  /** Restores the page exactly and removes the UI. */
  stop(): void {
    this.convertRun.aborted = true;
    this.cleanupRun.aborted = true;
    this.observer?.disconnect();
    this.observer = null;
    this.cancelFrame?.();
    this.figuresTimer?.();
    this.figureJob++; // a sliced extraction still running finds nothing to show
    this.hider.restore();
    this.text.restore();
    this.attrs.restore();
    this.langMarks.release();
    this.highlighter?.destroy();
    this.ui?.remove();
    this.ui = null;
    this.inset.update(false);
    this.env.doc.defaultView?.removeEventListener('resize', this.onResize);
    this.view = null;
    this.active = false;
    this.cleanupOn = false;
    this.convertOn = false;
    this.repairs.clear();
    this.hiddenLines.clear();
  }

  /** The article's script as loaded: headline and main text, at most 20,000 characters read. */
  private readScript(): ScriptGuess {
    const c = this.classification;
    const doc = this.env.doc;
    let text = doc.title;
    for (const root of [c?.headline, c?.main ?? doc.body]) {
      if (!root) continue;
      const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n && text.length < 20_000; n = walker.nextNode()) text += (n as Text).data.slice(0, 20_000);
    }
    return guessScript(text);
  }

  private classify(): void {
    this.classificationStale = false;
    const s = this.env.settings();
    const unhidden = new Set(this.site().unhidden ?? []);
    this.classification = classifyPage(this.env.doc, { spamTerms: s.spamTerms, unhidden, ignore: this.isOurs });
    this.hiddenLines = new Map(this.classification.textLines.map((l) => [l.node, l]));
  }

  // ---------------- cleanup ----------------

  /**
   * Cleanup on or off. Classifying and hiding run in one task; repairing text follows in
   * chunks after a yield, so a large page never holds the main thread for long.
   */
  async setCleanup(on: boolean, render = true): Promise<void> {
    if (!this.classification) return;
    this.cleanupOn = on;
    const run = { aborted: false };
    this.cleanupRun.aborted = true;
    this.cleanupRun = run;
    const started = performance.now();
    let stats: ChunkStats;
    if (on) {
      // The page may have changed while cleanup was off: judge what is there now (a page that
      // did not change keeps its classification; classifying a 50,000-node page costs ~20 ms).
      // Lines blanked before are judged again as the page serves them.
      const blanked = [...this.hiddenLines.keys()];
      if (this.classificationStale) {
        if (blanked.length) this.text.restore((n) => this.hiddenLines.has(n));
        this.classify();
      }
      this.write(() => this.hider.apply(this.classification?.blocks ?? [], (b) => this.blockLabel(b)));
      this.syncGaps();
      this.hider.setMode(this.showHidden ? 'outline' : 'hide');
      this.text.prepare = (base, node) => this.repairNode(base, node);
      // Text repaired earlier in blocks hidden now (the page changed and was judged again)
      // goes back to how it was served, as all hidden text is.
      const texts = this.allText().concat(
        [...this.repairs.keys()].filter((n) => this.inHiddenBlock(n)),
        blanked.filter((n) => n.isConnected && !n.data.trim()),
      );
      // Repairs continue in this task when there is time left, in later tasks otherwise (the
      // first chunk's budget counts from the start of this task).
      stats = await renderChunked(this.text, texts, [0, texts.length], { budgetMs: 30, maxNodes: 5000, yieldFn: this.env.yieldFn, signal: run, startedAt: started });
    } else {
      this.write(() => this.hider.restore());
      this.text.prepare = null;
      const touched = this.text.touched();
      stats = await renderChunked(this.text, touched, [0, touched.length], { budgetMs: 30, maxNodes: 5000, yieldFn: this.env.yieldFn, signal: run, startedAt: started });
      this.repairs.clear();
    }
    if (run.aborted) return;
    // With nothing to render no chunk ran: the work is what this task did before it.
    this.lastCleanupStats = { ms: performance.now() - started, workMs: stats.chunks ? stats.workMs : performance.now() - started };
    if (render) {
      this.refreshFigures();
      this.report();
    }
  }

  /** Is the node inside a block cleanup hides? Memoised along the path, so a pass over a page
   * reads each element once. */
  private inHiddenBlock(node: Text): boolean {
    if (!this.hider.size) return false;
    const path: Element[] = [];
    let hidden = false;
    for (let e = node.parentElement; e; e = e.parentElement) {
      const known = this.hiddenMemo.get(e);
      if (known !== undefined) {
        hidden = known;
        break;
      }
      path.push(e);
      if (this.hider.isMarked(e)) {
        hidden = true;
        break;
      }
    }
    for (const e of path) this.hiddenMemo.set(e, hidden);
    return hidden;
  }

  /** Cleanup's text: repaired where the reader sees it; in a hidden block, as served. */
  private repairNode(base: string, node: Text): string {
    if (this.volatile.has(node)) return base;
    // A spam line with no element to hide is blanked (shown as served while hidden blocks are).
    const line = this.hiddenLines.get(node);
    if (line) {
      this.repairs.delete(node);
      return this.showHidden || line.unhidden ? base : '';
    }
    if (this.inHiddenBlock(node)) {
      this.repairs.delete(node);
      return base;
    }
    const isTitle = node.parentElement?.localName === 'title';
    let out = base;
    const r = repairText(base);
    if (r.text !== base) {
      out = r.text;
      this.repairs.set(node, r.pinyin + r.punctuation + r.debris);
    } else this.repairs.delete(node);
    // 发布时间：… 来源：…【字体：大 中 小】【打印】【关闭】: widgets written as text in the metadata
    // line leave it (the date and source stay).
    const meta = this.classification?.meta;
    const widgetless = meta && !isTitle ? cutWidgets(out) : null;
    if (widgetless !== null && meta?.contains(node)) out = widgetless;
    if (isTitle) {
      // Judged on the page's own title (base), so a title the page changes later is judged again.
      const shown = titleShown(base, this.classification?.headline ?? null, this.env.settings().spamTerms);
      if (shown !== null) out = repairText(shown).text;
    }
    return out;
  }

  /** A hidden line's <br> hides while everything in that line is hidden. */
  private syncGaps(): void {
    const all = this.classification?.lineGaps ?? [];
    if (!all.length && !this.hider.gapCount) return; // most pages: no write, no observer round trip
    const gaps = all.filter(
      (g) =>
        g.br.isConnected &&
        g.parts.every((p) => this.hider.isMarked(p)) &&
        g.texts.every((t) => {
          const line = this.hiddenLines.get(t);
          return !!line && !line.unhidden && t.isConnected && !this.volatile.has(t);
        }),
    );
    this.write(() => this.hider.setGaps(gaps.map((g) => g.br)));
  }

  private blockLabel(b: ClassifiedBlock): string {
    return `${this.env.t(b.kind === 'spam' ? 'kindSpam' : 'kindBoilerplate')} · ${b.reason}`;
  }

  setShowHidden(on: boolean): void {
    this.showHidden = on;
    this.hider.setMode(on ? 'outline' : 'hide');
    if (this.cleanupOn && this.hiddenLines.size) this.text.render([...this.hiddenLines.keys()].filter((n) => n.isConnected));
    this.render();
    this.report();
  }

  async toggleBlock(id: string): Promise<void> {
    const blocks = this.classification?.blocks.filter((b) => b.fingerprint === id) ?? [];
    const lines = [...this.hiddenLines].filter(([, l]) => l.fingerprint === id);
    if (!blocks.length && !lines.length) return;
    const unhide = !(blocks[0] ?? lines[0]?.[1])?.unhidden;
    for (const b of blocks) b.unhidden = unhide;
    for (const [, l] of lines) l.unhidden = unhide;
    if (this.cleanupOn && lines.length) this.text.render(lines.map(([n]) => n).filter((n) => n.isConnected));
    if (this.cleanupOn && blocks.length) {
      this.write(() => this.hider.apply(blocks, (b) => this.blockLabel(b)));
      // The block's text follows: repaired while the reader sees it, as served while hidden.
      const texts: Text[] = [];
      for (const b of blocks) visitTree(b.el, { text: (t) => void (t.data.trim() && texts.push(t)) }, { ignore: this.isOursOrHidden });
      this.text.render(texts);
    }
    if (this.cleanupOn) this.syncGaps();
    await this.env
      .saveSite((r) => {
        const list = new Set(r.unhidden ?? []);
        if (unhide) list.add(id);
        else list.delete(id);
        return { ...r, unhidden: [...list] };
      })
      .catch((e) => this.env.log(e));
    this.refreshFigures();
    this.report();
  }

  // ---------------- conversion ----------------

  async setConvert(on: boolean): Promise<void> {
    if (on === this.convertOn && !this.converting) return;
    const doc = this.env.doc;
    const s = this.env.settings();
    this.convertRun.aborted = true;
    const run = { aborted: false };
    this.convertRun = run;
    const t0 = performance.now();
    // A long article's figures still being read are read again once the page is converted.
    this.figureJob++;
    // The text on screen is found before the switch shows busy: updating the sidebar first would
    // leave the page's layout dirty, and finding what is on screen would then lay it out again.
    let w0 = performance.now();
    const treeOpts = this.convertScope();
    const first = on ? viewportTexts(doc, treeOpts) : [];
    let work = performance.now() - w0;
    // Busy until the last chunk is written, either way (the switch shows it).
    this.converting = true;
    this.render();
    if (on) {
      if (!this.opencc) this.opencc = await this.env.loadOpenCC();
      if (run.aborted) return;
      this.variant = resolveVariant(s.variant, doc.documentElement.getAttribute('lang'));
      this.convertFn = quickConverter(this.opencc, this.variant);
      this.convertOn = true;
      this.text.transform = runTransform(() => this.convertFn);
      this.langMarks.forget(); // the page may have changed since the last switch
      // What is on screen first, then the whole page (already converted nodes are skipped).
      // Each block takes the lang it will inherit, with its text (LangMarks).
      const target = this.withLang((scope) => {
        const lang = scope.getAttribute('lang') as string;
        return simplifiedLang(lang) ?? lang;
      });
      w0 = performance.now();
      target.render(first);
      const done = new Set<Text>(first);
      work += performance.now() - w0;
      // Let the browser paint the converted screen before walking the rest of the page.
      if (first.length) await new Promise<void>((r) => this.env.frame(r));
      await this.env.yieldFn();
      if (run.aborted) return;
      w0 = performance.now();
      const found = collect(doc, treeOpts, { langMark: this.isLangMark });
      if (done.size) found.texts = found.texts.filter((t) => !done.has(t));
      for (const r of found.roots) this.observeRoot(r);
      // The screen is done when the quick pass found it; otherwise order by the viewport.
      const order: [number, number] = done.size ? [0, found.texts.length] : viewportRange(found.texts, doc.defaultView);
      // Walking the page counts against the first chunk's budget (they share a task), and so
      // is part of stats.workMs.
      const stats = await renderChunked(target, found.texts, order, { budgetMs: 30, yieldFn: this.env.yieldFn, signal: run, startedAt: w0 });
      if (run.aborted) return;
      w0 = performance.now();
      // The page's own lang switches last; the marked blocks already show it.
      this.write(() => convertAttributes(found.elements, this.attrs, this.convertFn));
      work += performance.now() - w0 + stats.workMs;
      this.lastConvertStats = { ms: performance.now() - t0, workMs: work, chunks: stats.chunks, longestMs: stats.longestMs, nodes: found.texts.length + first.length };
    } else {
      this.convertOn = false;
      this.text.transform = null;
      w0 = performance.now();
      const touched = this.text.touched();
      // The page's own lang switches back first: each marked block keeps the lang of its
      // converted text until that text is back, then loses its mark and inherits the page's.
      this.attrs.restore();
      this.langMarks.forget();
      const target = {
        render: (nodes: Text[]) => {
          const n = this.text.render(nodes);
          this.langMarks.unmark(nodes);
          return n;
        },
      };
      const stats = await renderChunked(target, touched, [0, touched.length], { budgetMs: 30, yieldFn: this.env.yieldFn, signal: run, startedAt: w0 });
      if (run.aborted) return; // a newer run (or stop) owns the page now
      w0 = performance.now();
      this.langMarks.release(); // blocks whose text needed no conversion
      this.lastConvertStats = { ms: performance.now() - t0, workMs: stats.workMs + performance.now() - w0, chunks: stats.chunks, longestMs: stats.longestMs, nodes: touched.length };
    }
    this.converting = false;
    await this.env.yieldFn(); // figures and the sidebar in a task of their own
    if (run.aborted) return;
    this.refreshFigures();
    this.report();
    if (on) await this.checkConverter(run);
  }

  /** Renders text through the layer, giving each block the lang it will have at the end (LangMarks). */
  private withLang(finalOf: FinalLang): { render(nodes: Text[]): number } {
    const cache = new Map<Element, Element | null>();
    return {
      render: (nodes) => {
        const blocks = blocksOf(nodes, cache); // found once, for the marks and the converter's runs
        this.langMarks.mark(nodes, finalOf, blocks);
        return this.text.render(nodes, blocks);
      },
    };
  }

  /** What conversion walks: not our UI; Japanese text only when the user forces a variant. */
  private convertScope(): TreeOptions {
    return { skipJapanese: this.env.settings().variant === 'auto', ignore: this.isOurs };
  }

  /**
   * The fast converter's check against opencc-js, once per page and variant, after the page is
   * converted and shown. Should it ever disagree, opencc-js's converter redoes the page.
   */
  private async checkConverter(run: { aborted: boolean }): Promise<void> {
    if (!this.opencc) return;
    const checked = await settleConverter(this.opencc, this.variant, this.env.yieldFn);
    if (run.aborted || checked === this.convertFn) return;
    this.env.log(new Error('CPPCC Lens: the fast converter disagrees with opencc-js; using opencc-js'));
    this.convertFn = checked;
    const found = collect(this.env.doc, this.convertScope(), { langMark: this.isLangMark });
    // Everything converted so far (the page's later additions included), and what the fast
    // converter may have left as it was.
    const all = [...new Set([...found.texts, ...this.text.touched()])];
    await renderChunked(this.text, all, [0, all.length], { budgetMs: 30, yieldFn: this.env.yieldFn, signal: run });
    if (run.aborted) return;
    this.write(() => convertAttributes(found.elements, this.attrs, this.convertFn));
    this.refreshFigures();
    this.report();
  }

  /** Converts a selection string for the context menu (same converter, same variant). */
  async convertString(text: string): Promise<string> {
    if (!this.opencc) this.opencc = await this.env.loadOpenCC();
    const s = this.env.settings();
    const v = resolveVariant(s.variant, this.env.doc.documentElement.getAttribute('lang'));
    return getConverter(this.opencc, v).call(null, text);
  }

  // ---------------- text scope ----------------

  /** The page's text for cleanup's repairs: everything but our UI and the blocks it hides. */
  private allText(): Text[] {
    return collect(this.env.doc, { ignore: this.isOursOrHidden, shadow: false, frames: false }, { attributes: false }).texts;
  }

  // ---------------- observer ----------------

  private observe(): void {
    if (this.observer) return;
    const view = this.env.doc.defaultView;
    if (!view) return;
    this.observer = new view.MutationObserver((records) => {
      // Our own writes are made with the observer off; the sidebar's host is ours too.
      if (!this.classificationStale && records.some((r) => !this.ourRecord(r))) this.classificationStale = true;
      this.queue.push(...records);
      this.scheduleFlush();
    });
    this.observeRoot(this.env.doc);
  }

  private ourRecord(r: MutationRecord): boolean {
    const el = r.target.nodeType === 1 ? (r.target as Element) : r.target.parentElement;
    if (el && this.isOurs(el)) return true;
    if (r.type !== 'childList') return false;
    const ours = (n: Node) => n.nodeType === 1 && this.isOurs(n as Element);
    return Array.from(r.addedNodes).every(ours) && Array.from(r.removedNodes).every(ours);
  }

  private observeRoot(root: Node): void {
    if (!this.observer || this.observed.has(root)) return;
    this.observed.add(root);
    this.observer.observe(root, OBSERVE);
  }

  private scheduleFlush(): void {
    if (this.cancelFrame) return;
    this.cancelFrame = this.env.frame(() => {
      this.cancelFrame = null;
      try {
        this.flush();
      } catch (e) {
        this.env.log(e);
      }
    });
  }

  /** One batched pass over what the page changed since the last frame. */
  flush(): void {
    this.hiddenMemo.clear();
    const records = this.queue.splice(0);
    if (!this.active) return;
    const added: Element[] = [];
    const texts = new Set<Text>(this.pendingText.splice(0));
    let mainTouched = false;
    let linesAdded = false;
    const main = this.classification?.main;
    if (main && !main.isConnected) {
      this.restart();
      return;
    }
    for (const r of records) {
      const target = r.target;
      const el = target.nodeType === 1 ? (target as Element) : target.parentElement;
      if (el && this.isOurs(el)) continue;
      if (r.type === 'characterData') {
        if (target.nodeType === 3) texts.add(target as Text);
      } else {
        for (const n of Array.from(r.addedNodes)) {
          if (n.nodeType === 3) texts.add(n as Text);
          else if (n.nodeType === 1 && !this.isOurs(n as Element)) added.push(n as Element);
        }
      }
      if (main && el && main.contains(el)) mainTouched = true;
    }
    // Only the outermost added elements: their subtrees are handled with them.
    const roots = added.filter((e, i) => e.isConnected && !added.some((o, j) => j !== i && o.contains(e)));
    if (roots.length && this.classification) {
      if (this.cleanupOn) {
        const c = this.classification;
        const unhidden = new Set(this.site().unhidden ?? []);
        const lines: TextLine[] = [];
        const blocks = classifyAdded(
          this.env.doc,
          roots,
          c,
          { spamTerms: this.env.settings().spamTerms, unhidden, ignore: this.isOurs },
          { text: (t) => lines.push(t), gap: (g) => c.lineGaps.push(g) },
        );
        if (blocks.length) {
          c.blocks.push(...blocks);
          this.write(() => this.hider.apply(blocks, (b) => this.blockLabel(b)));
        }
        // Spam and boilerplate lines in what was added are blanked as the page's first ones are
        // (the texts of the added roots are rendered below).
        for (const l of lines) {
          if (this.hiddenLines.has(l.node)) continue;
          c.textLines.push(l);
          this.hiddenLines.set(l.node, l);
          linesAdded = true;
        }
      }
      for (const r of roots) {
        if (main && (main.contains(r) || r.contains(main))) mainTouched = true;
        visitTree(r, { text: (t) => texts.add(t), root: (sr) => this.observeRoot(sr) }, { shadow: true, frames: false, ignore: this.isOurs, skipJapanese: this.env.settings().variant === 'auto' });
      }
    }
    if ((this.cleanupOn || this.convertOn) && texts.size) {
      const list = [...texts].filter((t) => t.isConnected && t.data.trim() && !this.volatile.has(t) && !this.markVolatile(t));
      // Bounded per frame: the rest waits for the next frame.
      const now = list.slice(0, FLUSH_TEXT_BUDGET);
      this.pendingText.push(...list.slice(FLUSH_TEXT_BUDGET));
      this.text.render(now);
      if (this.pendingText.length) this.scheduleFlush();
    }
    if (linesAdded) this.syncGaps(); // their line breaks hide with them
    this.text.prune();
    this.hider.prune();
    if (this.classification && this.classification.blocks.length > 500) this.classification.blocks = this.classification.blocks.filter((b) => b.el.isConnected);
    // (A page that keeps adding and dropping spam lines does not grow these for ever.)
    if (this.classification && this.classification.textLines.length > 500) {
      const c = this.classification;
      c.textLines = c.textLines.filter((l) => l.node.isConnected);
      c.lineGaps = c.lineGaps.filter((g) => g.br.isConnected);
      for (const t of this.hiddenLines.keys()) if (!t.isConnected) this.hiddenLines.delete(t);
    }
    if (mainTouched || roots.length) this.scheduleFigures();
    this.report();
  }

  /** A node the page rewrites again and again after we write it: stop fighting over it. */
  private markVolatile(t: Text): boolean {
    if (!this.text.has(t)) return false;
    const now = Date.now();
    const seen = this.writesSeen.get(t);
    if (!seen || now - seen.since > VOLATILE_WINDOW_MS) {
      this.writesSeen.set(t, { n: 1, since: now });
      return false;
    }
    seen.n++;
    if (seen.n > VOLATILE_WRITES) {
      this.volatile.add(t);
      this.text.restore((n) => n === t);
      return true;
    }
    return false;
  }

  private scheduleFigures(): void {
    if (this.figuresTimer) return;
    const view = this.env.doc.defaultView;
    if (!view) return;
    const id = view.setTimeout(() => {
      this.figuresTimer = null;
      this.refreshFigures();
    }, 250);
    this.figuresTimer = () => view.clearTimeout(id);
  }

  /** SPA navigation or the article replaced: undo everything and evaluate the page again. */
  restart(): void {
    const wasForced = this.forced;
    this.stop();
    void this.start(wasForced).catch((e) => this.env.log(e));
  }

  // ---------------- figures and sidebar ----------------

  refreshFigures(): void {
    if (!this.classification) return;
    const job = ++this.figureJob;
    const source = figureSourceOf(this.classification, (t) => this.hiddenLines.get(t)?.unhidden === true);
    if (!source || source.text.length <= FIGURE_SLICE * 2) {
      this.showFigures(source ? extractFigures(source.text) : [], source);
      return;
    }
    // A long article: its figures come in slices, one task each (the list keeps the previous
    // figures until they are all in; a newer refresh wins).
    extractFiguresSliced(source.text, this.env.yieldFn, FIGURE_SLICE, () => job !== this.figureJob)
      .then((figures) => {
        if (job === this.figureJob) this.showFigures(figures, source);
      })
      .catch((e) => this.env.log(e));
  }

  private showFigures(figures: Figure[], source: TextSource | null): void {
    this.figures = source ? tableFigures(figures, source) : figures;
    this.source = source;
    if (this.figures.length > 300) {
      // A very long list renders in the next task.
      const view = this.env.doc.defaultView;
      view?.setTimeout(() => this.render(), 0);
    } else this.render();
  }

  private async openSidebar(): Promise<void> {
    if (this.ui) return;
    this.ui = await this.env.mountUi();
    this.shortcutMap = await this.env.shortcuts().catch(() => ({}));
    this.highlighter = new Highlighter(this.env.doc, this.ui.container);
    this.env.doc.defaultView?.addEventListener('resize', this.onResize);
    this.view = new SidebarView(
      this.env.doc,
      this.ui.container,
      {
        toggleCleanup: () => void this.setCleanup(!this.cleanupOn).catch((e) => this.env.log(e)),
        toggleShowHidden: () => this.setShowHidden(!this.showHidden),
        toggleConvert: () => void this.setConvert(!this.convertOn).catch((e) => this.env.log(e)),
        copyAll: (f) => void this.copyFigures(f),
        copyOne: (i) => void this.copyOne(i),
        find: (i) => this.find(i),
        setGroup: (g) => {
          this.group = g;
          this.render();
        },
        setFormat: (f) => {
          this.format = f;
        },
        toggleBlock: (id) => void this.toggleBlock(id),
        openOptions: () => this.env.openOptions(),
        setCollapsed: (c) => this.setCollapsed(c),
      },
      (k, s) => this.env.t(k, s),
    );
    this.render();
  }

  setCollapsed(collapsed: boolean): void {
    this.collapsed = collapsed;
    this.render();
    if (!collapsed) this.view?.root.focus();
    void this.env.saveSite((r) => ({ ...r, sidebar: collapsed ? 'collapsed' : 'open' })).catch((e) => this.env.log(e));
    this.report();
  }

  async toggleSidebar(): Promise<void> {
    if (!this.ui) {
      this.collapsed = false;
      await this.openSidebar();
      this.report();
      return;
    }
    this.setCollapsed(!this.collapsed);
  }

  /**
   * What cleanup hides, one entry per id: a block, or a line however many texts and widgets it
   * is made of (they share the id, and are kept visible together). A line's entry comes first,
   * so the whole line is its excerpt.
   */
  private hiddenItems(): HiddenItem[] {
    const out = new Map<string, HiddenItem>();
    for (const l of this.hiddenLines.values()) {
      const key = l.kind + l.fingerprint;
      if (l.node.isConnected && !out.has(key)) out.set(key, { id: l.fingerprint, kind: l.kind, reason: l.reason, unhidden: l.unhidden, at: l.node, excerpt: () => l.excerpt });
    }
    for (const b of this.classification?.blocks ?? []) {
      const key = b.kind + b.fingerprint;
      if (b.el.isConnected && !out.has(key)) out.set(key, { id: b.fingerprint, kind: b.kind, reason: b.reason, unhidden: b.unhidden, at: b.el, excerpt: () => (b.el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 80) || imagesOf(b.el) });
    }
    return [...out.values()];
  }

  private counts() {
    const c = { spam: 0, boilerplate: 0 };
    if (this.cleanupOn) for (const item of this.hiddenItems()) if (!item.unhidden) c[item.kind]++;
    let artifacts = 0;
    for (const n of this.repairs.values()) artifacts += n;
    return { ...c, artifacts };
  }

  private model(): SidebarModel {
    const d = this.detection;
    return {
      isCppcc: !!d?.isCppcc,
      forced: this.forced,
      score: d?.score ?? null,
      reasons: d?.reasons ?? [],
      cleanup: this.cleanupOn,
      showHidden: this.showHidden,
      counts: this.counts(),
      convert: this.convertOn,
      converting: this.converting,
      figures: this.figures,
      group: this.group,
      format: this.format,
      // (Listed only while the hidden parts are shown, in page order.)
      hidden: this.showHidden
        ? this.hiddenItems()
            .slice(0, 400)
            .sort((a, b) => (a.at.compareDocumentPosition(b.at) & 4 /* following */ ? -1 : 1))
            .map((i) => ({ id: i.id, kind: i.kind, reason: i.reason, excerpt: i.excerpt(), unhidden: i.unhidden }))
        : [],
      collapsed: this.collapsed,
      shortcuts: this.shortcutMap,
    };
  }

  private render(): void {
    if (!this.view) return;
    try {
      this.view.render(this.model());
      this.inset.update(!this.collapsed);
    } catch (e) {
      this.env.log(e);
    }
  }

  /** The window was resized: the page keeps its room beside the sidebar only while it has it. */
  private onResize = (): void => {
    if (this.view) this.inset.update(!this.collapsed);
  };

  find(index: number): boolean {
    const f = this.figures[index];
    if (!f || !this.source || !this.highlighter) return false;
    const range = rangeFor(this.source, f.start, f.end);
    if (!range) return false;
    this.highlighter.show(range);
    return true;
  }

  private pageInfo() {
    return { title: this.env.doc.title, url: this.env.url(), time: new Date().toISOString() };
  }

  async copyFigures(format: Format = this.format, deliver = false): Promise<CommandResult> {
    if (!this.figures.length) {
      this.view?.announce(this.env.t('sbNoFigures'));
      return { ok: false, message: 'nothing-to-copy' };
    }
    const page = this.pageInfo();
    const text = formatFigures(this.figures, format, page, this.env.lang);
    const table = figuresTable(this.env.doc, this.figures, page, this.env.lang);
    const html = this.env.sanitize(table.outerHTML);
    if (deliver) return { ok: true, message: 'delivered', detail: String(this.figures.length), text, html };
    const ok = await copyToClipboard(this.env.doc, { text, html });
    this.view?.announce(ok ? this.env.t('sbCopied', [this.figures.length, format.toUpperCase()]) : this.env.t('sbCopyFailed'));
    return { ok, message: ok ? 'copied' : 'copy-failed', detail: String(this.figures.length) };
  }

  private async copyOne(index: number): Promise<void> {
    const f = this.figures[index];
    if (!f) return;
    const ok = await copyToClipboard(this.env.doc, { text: formatOne(f) + '\n' });
    this.view?.announce(ok ? this.env.t('sbCopiedOne', f.raw) : this.env.t('sbCopyFailed'));
  }

  // ---------------- commands and state ----------------

  async command(cmd: CommandId, extra: { format?: Format; text?: string; deliver?: boolean } = {}): Promise<CommandResult> {
    switch (cmd) {
      case 'toggle-cleanup':
        await this.setCleanup(!this.cleanupOn);
        return { ok: true };
      case 'toggle-show-hidden':
        this.setShowHidden(!this.showHidden);
        return { ok: true };
      case 'toggle-convert':
        await this.setConvert(!this.convertOn);
        return { ok: true };
      case 'convert-on':
        await this.setConvert(true);
        return { ok: true };
      case 'convert-off':
        await this.setConvert(false);
        return { ok: true };
      case 'toggle-sidebar':
        await this.toggleSidebar();
        return { ok: true };
      case 'copy-figures':
        return this.copyFigures(extra.format, extra.deliver);
      case 'copy-selection-simplified': {
        const text = extra.text ?? this.env.doc.getSelection()?.toString() ?? '';
        if (!text) return { ok: false, message: 'nothing-to-copy' };
        const ok = await copyToClipboard(this.env.doc, { text: await this.convertString(text) });
        return { ok, message: ok ? 'copied' : 'copy-failed' };
      }
      default:
        return { ok: false, message: 'unknown-command' };
    }
  }

  /** Applies a settings change to this open tab without a reload. */
  async settingsChanged(prev: Settings, next: Settings): Promise<void> {
    if (!this.active) return;
    if (prev.cleanup !== next.cleanup) await this.setCleanup(next.cleanup);
    if (prev.showHidden !== next.showHidden) this.setShowHidden(next.showHidden);
    if (prev.variant !== next.variant && this.convertOn) {
      await this.setConvert(false);
      await this.setConvert(true);
    }
    const spamChanged = prev.spamTerms.join('\n') !== next.spamTerms.join('\n');
    if (spamChanged && this.cleanupOn) {
      await this.setCleanup(false, false);
      this.classify();
      await this.setCleanup(true);
    }
    if (prev.groupFigures !== next.groupFigures) this.group = next.groupFigures;
    if (prev.copyFormat !== next.copyFormat) this.format = next.copyFormat;
    this.render();
    this.report();
  }

  state(): PageState {
    const d = this.detection;
    const s = this.env.settings();
    const url = this.env.url();
    return {
      url,
      host: new URL(url).hostname,
      stage: this.active ? 'active' : d ? 'not-cppcc' : 'none',
      isCppcc: !!d?.isCppcc,
      score: d?.score ?? null,
      reasons: d?.reasons ?? [],
      signals: d?.signals ?? [],
      siteMode: this.site().mode,
      cleanup: { on: this.cleanupOn, showHidden: this.showHidden, ...this.counts() },
      script: this.script,
      convert: { on: this.convertOn, variant: s.variant, source: this.variant, busy: this.converting },
      sidebar: { open: !!this.ui && !this.collapsed },
      figures: this.figures.length,
    };
  }

  private report(): void {
    try {
      this.env.report(this.state());
    } catch (e) {
      this.env.log(e);
    }
  }

  /** For tests and benchmarks: the marks currently on the page. */
  hiddenElements(): Element[] {
    return Array.from(this.env.doc.querySelectorAll(`[${HIDE_ATTR}]`));
  }
}
