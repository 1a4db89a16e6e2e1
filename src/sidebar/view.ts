// The sidebar, in plain DOM inside a shadow root. Page-derived strings (figures, sentences,
// reasons, titles) reach the DOM through textContent only; nothing here parses HTML.
import type { Figure } from '../figures/extract';
import type { Format } from '../figures/format';

export interface HiddenBlockView {
  id: string;
  kind: 'spam' | 'boilerplate';
  reason: string;
  excerpt: string;
  unhidden: boolean;
}

export interface SidebarModel {
  isCppcc: boolean;
  forced: boolean;
  score: number | null;
  reasons: string[];
  cleanup: boolean;
  showHidden: boolean;
  counts: { spam: number; boilerplate: number; artifacts: number };
  convert: boolean;
  converting: boolean;
  figures: readonly Figure[];
  group: boolean;
  format: Format;
  hidden: readonly HiddenBlockView[];
  collapsed: boolean;
  shortcuts: Record<string, string>;
}

export interface SidebarActions {
  toggleCleanup(): void;
  toggleShowHidden(): void;
  toggleConvert(): void;
  copyAll(format: Format): void;
  copyOne(index: number): void;
  find(index: number): void;
  setGroup(group: boolean): void;
  setFormat(format: Format): void;
  toggleBlock(id: string): void;
  openOptions(): void;
  setCollapsed(collapsed: boolean): void;
}

type T = (key: string, subs?: string | number | (string | number)[]) => string;

const CATEGORIES: Figure['category'][] = ['count', 'percent', 'money', 'measure'];
const CAT_KEY: Record<Figure['category'], string> = { count: 'catCount', percent: 'catPercent', money: 'catMoney', measure: 'catMeasure' };
const FORMATS: Format[] = ['tsv', 'csv', 'md', 'json'];

function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, cls?: string, text?: string): HTMLElementTagNameMap[K] {
  const e = doc.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
}

function button(doc: Document, cls: string, text: string, label: string, onClick: () => void): HTMLButtonElement {
  const b = el(doc, 'button', cls, text);
  b.type = 'button';
  b.setAttribute('aria-label', label);
  b.addEventListener('click', (e) => {
    e.stopPropagation();
    onClick();
  });
  return b;
}

/** A switch that stays in the panel across renders: a click or the focus on it survives a re-render. */
interface Toggle {
  label: HTMLLabelElement;
  input: HTMLInputElement;
  text: HTMLElement;
  hint: HTMLElement;
}

function toggle(doc: Document, name: string, onChange: () => void): Toggle {
  const label = el(doc, 'label', 'switch');
  const input = el(doc, 'input');
  input.type = 'checkbox';
  input.dataset.action = name;
  input.addEventListener('change', onChange);
  const text = el(doc, 'span', 'switch-text');
  const hint = el(doc, 'span', 'hint');
  hint.hidden = true;
  label.append(input, text, hint);
  return { label, input, text, hint };
}

/** Writes only what changed (a write the same as before still costs the browser a style pass). */
function setToggle(tg: Toggle, checked: boolean, text: string, hint = ''): void {
  if (tg.input.checked !== checked) tg.input.checked = checked;
  setText(tg.text, text);
  setText(tg.hint, hint);
  tg.hint.hidden = !hint;
}

function setText(e: HTMLElement, text: string): void {
  if (e.textContent !== text) e.textContent = text;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Two overlapping sheets: drawn, not a font glyph (⧉ is missing from many CJK fonts). */
function copyIcon(doc: Document): SVGSVGElement {
  const svg = doc.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('viewBox', '0 0 16 16');
  svg.setAttribute('width', '14');
  svg.setAttribute('height', '14');
  svg.setAttribute('aria-hidden', 'true');
  for (const [x, y] of [[5, 1], [1, 5]] as const) {
    const r = doc.createElementNS(SVG_NS, 'rect');
    r.setAttribute('x', String(x));
    r.setAttribute('y', String(y));
    r.setAttribute('width', '10');
    r.setAttribute('height', '10');
    r.setAttribute('rx', '1.5');
    r.setAttribute('fill', x === 1 ? 'currentColor' : 'none');
    r.setAttribute('fill-opacity', x === 1 ? '0.15' : '1');
    r.setAttribute('stroke', 'currentColor');
    r.setAttribute('stroke-width', '1.5');
    svg.append(r);
  }
  return svg;
}

/** "8053名" with the number marked, built from text nodes. */
function figureSentence(doc: Document, f: Figure): HTMLElement {
  const p = el(doc, 'p', 'sentence');
  const at = f.sentence.indexOf(f.raw);
  if (at < 0) {
    p.textContent = f.sentence;
    return p;
  }
  p.append(doc.createTextNode(f.sentence.slice(0, at)), el(doc, 'mark', undefined, f.raw), doc.createTextNode(f.sentence.slice(at + f.raw.length)));
  return p;
}

const grouped = (v: number) => (Number.isInteger(v) ? v.toLocaleString('en-US') : String(Number(v.toPrecision(12))));

/**
 * The value as a reader expects it: in the magnitude the article wrote (7500余亿元 shows
 * 7,500亿, 2.9萬 shows 2.9萬, in the raw text's script), otherwise the plain number. Copies
 * and data-value keep the exact number.
 */
export function formatValue(f: Figure): string {
  const big = /[亿億]/.exec(f.magnitude ?? f.raw)?.[0];
  const tenK = /[万萬]/.exec(f.magnitude ?? f.raw)?.[0];
  const [div, suffix] = big && f.value >= 1e8 ? [1e8, big] : tenK && f.value >= 1e4 ? [1e4, tenK] : [1, ''];
  const n = grouped(f.value / div);
  return f.max !== undefined ? `${n}–${grouped(f.max / div)}${suffix}` : n + suffix;
}

/** Figure rows built per task. */
const LIST_CHUNK = 150;

export class SidebarView {
  readonly root: HTMLElement;
  private status: HTMLElement;
  private body: HTMLElement;
  private tab: HTMLButtonElement;
  private expanded = new Set<number>();
  private model: SidebarModel | null = null;
  /** The figure list is rebuilt only when the figures (or their grouping) change. */
  private listCache: { figures: readonly Figure[]; group: boolean; expanded: string; nodes: Node[] } | null = null;
  /**
   * The panel's parts. The controls (switches, the format menu, copy-all) are built once and
   * updated in place, so a click, or the keyboard focus, on one survives a re-render (the page
   * re-renders the panel when its counts or figures change). The verdict and the list of hidden
   * parts are rebuilt when they change; the figure list stays in the page unless it changed, so
   * toggling a switch does not make the browser style and lay out hundreds of list items again.
   */
  private verdictBox: HTMLElement;
  private hiddenBox: HTMLElement;
  private verdictKey = '';
  private shownHidden: readonly HiddenBlockView[] | null = null;
  private switches: Record<'cleanup' | 'showHidden' | 'convert' | 'group', Toggle>;
  private figCount: HTMLElement;
  private format: HTMLSelectElement;
  private copyAll: HTMLButtonElement;
  private listBox: HTMLElement;
  private shownList: Node[] | null = null;

  constructor(
    private readonly doc: Document,
    container: HTMLElement,
    private readonly actions: SidebarActions,
    private readonly t: T,
  ) {
    this.root = el(doc, 'aside', 'lens');
    this.root.setAttribute('role', 'complementary');
    this.root.setAttribute('aria-label', t('sbTitle'));
    this.root.tabIndex = -1;
    this.root.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') {
        e.stopPropagation();
        this.actions.setCollapsed(true);
      }
    });
    this.tab = button(doc, 'tab', t('sbTab'), t('sbExpand'), () => this.actions.setCollapsed(false));
    this.tab.dataset.action = 'expand';
    this.body = el(doc, 'div', 'panel');

    // Header: title and tools; the verdict and its reasons under it.
    const head = el(doc, 'header', 'head');
    const tools = el(doc, 'div', 'head-tools');
    const options = button(doc, 'icon', '⚙', t('sbOptions'), () => this.actions.openOptions());
    options.dataset.action = 'options';
    const collapse = button(doc, 'icon', '⇥', t('sbCollapse'), () => this.actions.setCollapsed(true));
    collapse.dataset.action = 'collapse';
    tools.append(options, collapse);
    head.append(el(doc, 'h2', 'title', t('sbTitle')), tools);
    this.verdictBox = el(doc, 'div', 'part');

    // Controls.
    this.switches = {
      cleanup: toggle(doc, 'cleanup', () => this.actions.toggleCleanup()),
      showHidden: toggle(doc, 'show-hidden', () => this.actions.toggleShowHidden()),
      convert: toggle(doc, 'convert', () => this.actions.toggleConvert()),
      group: toggle(doc, 'group', () => this.actions.setGroup(!this.model?.group)),
    };
    const controls = el(doc, 'section', 'controls');
    controls.append(this.switches.cleanup.label, this.switches.showHidden.label, this.switches.convert.label);
    this.hiddenBox = el(doc, 'div', 'part');

    // Figures: count, grouping, format and copy-all, then the list.
    const figHead = el(doc, 'div', 'fig-head');
    this.figCount = el(doc, 'h3');
    figHead.append(this.figCount, this.switches.group.label);
    const copyRow = el(doc, 'div', 'copy-row');
    this.format = el(doc, 'select');
    this.format.setAttribute('aria-label', t('sbFormat'));
    this.format.dataset.action = 'format';
    for (const f of FORMATS) {
      const o = el(doc, 'option', undefined, f.toUpperCase());
      o.value = f;
      this.format.append(o);
    }
    this.format.addEventListener('change', () => this.actions.setFormat(this.format.value as Format));
    this.copyAll = button(doc, 'primary', t('sbCopyAll'), t('sbCopyAll'), () => this.actions.copyAll(this.format.value as Format));
    this.copyAll.dataset.action = 'copy-all';
    copyRow.append(this.format, this.copyAll);
    this.listBox = el(doc, 'div', 'part');
    const figs = el(doc, 'section', 'figures');
    figs.append(figHead, copyRow, this.listBox);
    this.body.append(head, this.verdictBox, controls, this.hiddenBox, figs);
    this.status = el(doc, 'div', 'status');
    this.status.setAttribute('role', 'status');
    this.status.setAttribute('aria-live', 'polite');
    this.root.append(this.tab, this.body, this.status);
    container.append(this.root);
  }

  announce(text: string): void {
    this.status.textContent = text;
  }

  render(model: SidebarModel): void {
    this.model = model;
    const { t } = this;
    this.root.classList.toggle('collapsed', model.collapsed);
    this.tab.hidden = !model.collapsed;
    this.body.hidden = model.collapsed;
    if (model.collapsed) return;

    const verdictKey = JSON.stringify([model.isCppcc, model.forced, model.score, model.reasons]);
    if (verdictKey !== this.verdictKey) {
      this.verdictKey = verdictKey;
      this.verdictBox.replaceChildren(...this.verdict(model));
    }

    const sw = this.switches;
    setToggle(sw.cleanup, model.cleanup, t('sbCleanup'), t('sbCounts', [model.counts.spam, model.counts.boilerplate, model.counts.artifacts]));
    sw.cleanup.hint.dataset.spam = String(model.counts.spam);
    sw.cleanup.hint.dataset.boilerplate = String(model.counts.boilerplate);
    sw.cleanup.hint.dataset.artifacts = String(model.counts.artifacts);
    setToggle(sw.showHidden, model.showHidden, t('sbShowHidden'));
    setToggle(sw.convert, model.convert, model.converting ? t('sbConverting') : t('sbConvert'), model.shortcuts['toggle-convert'] || undefined);

    const hidden = model.showHidden && model.hidden.length ? model.hidden : null;
    if (hidden !== this.shownHidden) {
      this.shownHidden = hidden;
      // (The focus on a part's keep/hide button moves to the same part's new button.)
      const focused = (this.root.getRootNode() as Document | ShadowRoot).activeElement as HTMLElement | null;
      const focusId = focused && this.hiddenBox.contains(focused) ? focused.dataset.id : undefined;
      this.hiddenBox.replaceChildren(...(hidden ? [this.hiddenList(hidden)] : []));
      if (focusId !== undefined) Array.from(this.hiddenBox.querySelectorAll<HTMLElement>('[data-id]')).find((b) => b.dataset.id === focusId)?.focus();
    }

    setText(this.figCount, t('sbFigures', model.figures.length));
    setToggle(sw.group, model.group, t('sbGroup'));
    if (this.format.value !== model.format) this.format.value = model.format;
    if (this.copyAll.disabled !== (model.figures.length === 0)) this.copyAll.disabled = model.figures.length === 0;
    const nodes = this.figureNodes(model);
    if (nodes !== this.shownList) {
      this.listBox.replaceChildren(...nodes);
      this.shownList = nodes;
    }
  }

  private verdict(model: SidebarModel): HTMLElement[] {
    const { doc, t } = this;
    const verdict = el(doc, 'div', model.isCppcc ? 'verdict yes' : 'verdict no');
    verdict.dataset.verdict = model.isCppcc ? 'cppcc' : 'not-cppcc';
    verdict.append(
      el(doc, 'strong', undefined, model.isCppcc ? t('sbVerdictYes') : model.forced ? t('sbVerdictForced') : t('sbVerdictNo')),
      el(doc, 'span', 'score', model.score === null ? '' : t('sbScore', model.score)),
    );
    const reasons = el(doc, 'ul', 'reasons');
    reasons.setAttribute('aria-label', t('sbReasons'));
    for (const r of model.reasons) reasons.append(el(doc, 'li', undefined, r));
    return [verdict, reasons];
  }

  private figureNodes(model: SidebarModel): Node[] {
    const { doc, t } = this;
    const expanded = [...this.expanded].join(',');
    const c = this.listCache;
    if (c && c.figures === model.figures && c.group === model.group && c.expanded === expanded) return c.nodes;
    const nodes: Node[] = [];
    if (!model.figures.length) nodes.push(el(doc, 'p', 'empty', t('sbNoFigures')));
    else if (model.group) {
      for (const cat of CATEGORIES) {
        const items = model.figures.map((f, i) => [f, i] as const).filter(([f]) => f.category === cat);
        if (!items.length) continue;
        nodes.push(el(doc, 'h4', 'cat', `${t(CAT_KEY[cat])} · ${items.length}`), this.list(items));
      }
    } else nodes.push(this.list(model.figures.map((f, i) => [f, i] as const)));
    this.listCache = { figures: model.figures, group: model.group, expanded, nodes };
    return nodes;
  }

  /**
   * The list, first rows at once and the rest in later tasks (LIST_CHUNK rows each), so a page
   * with hundreds of figures never builds them all in one long task.
   */
  private list(items: readonly (readonly [Figure, number])[]): HTMLOListElement {
    const ol = el(this.doc, 'ol', 'fig-list');
    const fill = (from: number) => {
      const end = Math.min(items.length, from + LIST_CHUNK);
      for (let k = from; k < end; k++) ol.append(this.row(...(items[k] as readonly [Figure, number])));
      if (end < items.length) this.doc.defaultView?.setTimeout(() => this.listCache?.nodes.some((n) => n === ol || n.contains(ol)) && fill(end), 0);
    };
    fill(0);
    return ol;
  }

  private row(f: Figure, i: number): HTMLLIElement {
    const { doc, t } = this;
    const li = el(doc, 'li', 'fig');
    li.dataset.index = String(i);
    li.dataset.value = f.max !== undefined ? `${f.value}-${f.max}` : String(f.value);
    const main = el(doc, 'button', 'fig-main');
    main.type = 'button';
    main.dataset.action = 'find';
    main.setAttribute('aria-label', `${f.label} ${f.raw} — ${t('sbFind')}`);
    const value = el(doc, 'span', 'value', formatValue(f));
    const unit = el(doc, 'span', 'unit', f.unit);
    const label = el(doc, 'span', 'label', f.label || '—');
    main.append(value, unit);
    if (f.qualifier) main.append(el(doc, 'span', 'qualifier', f.qualifier));
    main.append(label);
    main.addEventListener('click', () => this.actions.find(i));
    const more = button(doc, 'icon small', this.expanded.has(i) ? '▾' : '▸', t('sbSentence'), () => {
      if (this.expanded.has(i)) this.expanded.delete(i);
      else this.expanded.add(i);
      if (this.model) this.render(this.model);
    });
    more.setAttribute('aria-expanded', String(this.expanded.has(i)));
    const copy = button(doc, 'icon small', '', `${t('sbCopyOne')} ${f.raw}`, () => this.actions.copyOne(i));
    copy.append(copyIcon(doc));
    copy.dataset.action = 'copy-one';
    li.append(main, more, copy);
    if (this.expanded.has(i)) li.append(figureSentence(doc, f));
    return li;
  }

  private hiddenList(hidden: readonly HiddenBlockView[]): HTMLElement {
    const { doc, t } = this;
    const box = el(doc, 'section', 'hidden-blocks');
    box.append(el(doc, 'h3', undefined, t('sbHiddenList')));
    const ul = el(doc, 'ul');
    for (const b of hidden) {
      const li = el(doc, 'li', b.unhidden ? 'block kept' : 'block');
      li.dataset.kind = b.kind;
      li.append(el(doc, 'span', `kind ${b.kind}`, t(b.kind === 'spam' ? 'kindSpam' : 'kindBoilerplate')), el(doc, 'span', 'reason', b.reason), el(doc, 'span', 'excerpt', b.excerpt));
      const keep = button(doc, 'small', b.unhidden ? t('sbHideBlock') : t('sbKeepBlock'), b.unhidden ? t('sbHideBlock') : t('sbKeepBlock'), () => this.actions.toggleBlock(b.id));
      keep.dataset.action = 'toggle-block';
      keep.dataset.id = b.id;
      li.append(keep);
      ul.append(li);
    }
    box.append(ul);
    return box;
  }
}
