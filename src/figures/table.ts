// Figures in the article's data tables. The text reads a table one cell to a line, so a cell's
// figure finds neither its name nor, often, its unit in its sentence: both are in the heads
// (类别 | 件数 | 占比 over 经济建设 | 186 | 36.3%). Tables are read here as grids (colspan and
// rowspan spread): a figure that is all of its cell is named by its row's head and its column's
// head, and a bare number takes its unit from the heads (件数 → 件, 金额（万元） → 元 × 10,000,
// 占比 → %) or from the table's own 单位：… line.
import { NUMBER_FIRST } from '../dom/table';
import { foldScript } from '../text/han';
import { currencyOf } from './currency';
import type { Figure } from './extract';
import { toHalfWidth } from './number';
import { locate, type TextSource } from './source';
import { unitAt, type Category } from './units';

const MAX_ROWS = 500;
const MAX_COLS = 40;
const MAX_SPAN = 50;
/** Head rows read above the first row of values (a title row, then one or two rows of heads). */
const MAX_HEAD_ROWS = 4;
/** Longest cell text read as a head or a row's name. */
const MAX_NAME = 20;
const MAX_SENTENCE = 200;
const MAX_TABLE_FIGURES = 1000;

/** Each row's slots hold the cell covering them (a spanning cell fills several). */
type Grid = Element[][];

interface Cell {
  el: Element;
  row: number;
  col: number;
  /** Its text, white space taken out (the page's script). */
  text: string;
}

interface Table {
  grid: Grid;
  width: number;
  /** Rows above the first row with a value: heads (and title rows). */
  heads: number;
  /** Where each cell starts. */
  at: Map<Element, Cell>;
  /** 单位：万元 written above, under or in the table. */
  unit: HeadUnit | null;
  /** Columns that take a whole's unit as its parts (partUnits), found when first asked. */
  parts?: Map<number, HeadUnit>;
}

interface HeadUnit {
  unit: string;
  category: Category;
  /** 万元 → 10,000 (the value folds it in, as 1800万元 does in text). */
  scale: number;
  /** 万 or 亿 as the head writes it: the sidebar shows the value in it. */
  magnitude?: string;
}

const compact = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, '');
/** A number alone: 186, 1,234, 36.3, -2.1 (half-width). */
const BARE = /^[-+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;
/** A year (2023, 2023年, 2023年度, 2023年1-6月) heads a row or a column: it is no value. */
const YEAR = /^(?:19|20)\d\d(?:年(?:度|上半年|下半年|[\d\-—至~]+月份?)?)?$/;
/** A value: a number first (dom/table), short, and not a year. */
const isValue = (text: string): boolean => NUMBER_FIRST.test(text) && !YEAR.test(toHalfWidth(text)) && text.length <= MAX_NAME;

function span(cell: Element, name: string): number {
  const n = parseInt(cell.getAttribute(name) ?? '', 10);
  return n >= 1 ? Math.min(n, MAX_SPAN) : 1;
}

function readTable(table: Element): Table | null {
  const grid: Grid = [];
  const at = new Map<Element, Cell>();
  let r = 0;
  let width = 0;
  for (const tr of table.querySelectorAll('tr')) {
    if (tr.closest('table') !== table) continue; // a row of a table inside a cell
    if (r >= MAX_ROWS) break;
    const row = (grid[r] ??= []);
    let c = 0;
    for (const cell of tr.children) {
      if (cell.localName !== 'td' && cell.localName !== 'th') continue;
      while (row[c]) c++;
      if (c >= MAX_COLS) break;
      const cols = span(cell, 'colspan');
      const rows = span(cell, 'rowspan');
      for (let i = 0; i < rows && r + i < MAX_ROWS; i++) {
        const line = (grid[r + i] ??= []);
        for (let j = 0; j < cols && c + j < MAX_COLS; j++) line[c + j] = cell;
      }
      at.set(cell, { el: cell, row: r, col: c, text: compact(cell.textContent) });
      c += cols;
    }
    width = Math.max(width, row.length);
    r++;
  }
  grid.length = Math.min(grid.length, r);
  if (r < 2 || width < 2) return null;
  let heads = 0;
  while (heads < Math.min(MAX_HEAD_ROWS, grid.length - 1) && !(grid[heads] as Element[]).some((el) => el && isValue((at.get(el) as Cell).text))) heads++;
  return { grid, width, heads, at, unit: tableUnit(table, grid, heads, at) };
}

// ---------------- units ----------------

/** 单位：万元 / 单位:件 (in folded text). */
const UNIT_LINE = /单位\s*[:：]\s*([^\s,，;；、)）]{1,6})/;
/** （万元）, (件), （单位：人）. */
const UNIT_BRACKET = /[（(]\s*(?:单位\s*[:：]\s*)?([^()（）\s]{1,6})\s*[)）]/;
/** A count head: 件数 → 件, 提案件数 → 件, 人数 → 人. */
const COUNT_WORD = /([件人次个户项家篇条场名所批])数$/;
/** A share or a rate: its values are percentages. */
const RATE_WORD = /(?:占比|比例|比重|百分比|率)$/;

/** A written unit, with a magnitude before it (万元, 亿元, 万人次, %), or null. */
export function unitFrom(written: string): HeadUnit | null {
  const s = toHalfWidth(foldScript(compact(written)));
  if (s === '%' || s === '百分比' || s === '百分点') return { unit: s === '百分点' ? '个百分点' : '%', category: 'percent', scale: 1 };
  // (A unit that starts like a magnitude is that unit: 千米, 千克, 千瓦时.)
  const whole = unitAt(s, 0);
  if (whole && whole.unit === s && whole.category !== 'percent' && !currencyOf(s)) return { unit: s, category: whole.category, scale: 1 };
  const m = /^([万亿千百]?)(.+)$/.exec(s);
  if (!m) return null;
  const mag = m[1] as string;
  const rest = m[2] as string;
  const info = unitAt(rest, 0);
  const money = currencyOf(rest);
  if (!money && (!info || info.unit !== rest || info.category === 'percent')) return null;
  const scale = { '': 1, 百: 100, 千: 1e3, 万: 1e4, 亿: 1e8 }[mag] ?? 1;
  const unit = money ? money.unit : rest;
  const category: Category = money ? 'money' : (info as { category: Category }).category;
  // (The magnitude in the page's script: 萬 stays 萬.)
  const magnitude = mag === '万' || mag === '亿' ? (compact(written).match(/^[万萬亿億]/)?.[0] ?? mag) : undefined;
  return magnitude ? { unit, category, scale, magnitude } : { unit, category, scale };
}

/** The unit a pattern's first group finds in text (matched in folded, half-width text: one character for one). */
function unitIn(text: string, re: RegExp): HeadUnit | null {
  const m = re.exec(toHalfWidth(foldScript(text)));
  if (!m) return null;
  const at = m.index + m[0].lastIndexOf(m[1] as string);
  return unitFrom(text.slice(at, at + (m[1] as string).length));
}

/** A unit the head states outright: （万元）, 单位：件. */
function statedUnit(text: string): HeadUnit | null {
  return unitIn(text, UNIT_BRACKET) ?? unitIn(text, UNIT_LINE);
}

/** A unit the head's words imply: 件数 → 件, 占比 → %. */
function impliedUnit(text: string): HeadUnit | null {
  const f = foldScript(text).replace(UNIT_BRACKET, '');
  const count = COUNT_WORD.exec(f);
  if (count) return unitFrom(count[1] as string);
  const end = unitAt(f, Math.max(0, f.length - 2));
  if (end && (end.unit === '人次' || end.unit === '场次' || end.unit === '件次') && f.endsWith(end.unit)) return unitFrom(end.unit);
  return RATE_WORD.test(f) ? { unit: '%', category: 'percent', scale: 1 } : null;
}

/** 单位：万元 in the caption, in a row above the heads or in a corner cell, or in the line right before (or after) the table. */
function tableUnit(table: Element, grid: Grid, heads: number, at: Map<Element, Cell>): HeadUnit | null {
  const texts: string[] = [];
  const caption = table.querySelector('caption');
  if (caption && caption.closest('table') === table) texts.push(compact(caption.textContent));
  for (let r = 0; r < heads; r++) for (const el of new Set(grid[r])) if (el) texts.push((at.get(el) as Cell).text);
  // (Above the table as a rule; a note under it says the same.)
  for (const near of [table.previousElementSibling, table.nextElementSibling]) {
    const text = compact(near?.textContent);
    if (text.length <= 40) texts.push(text);
  }
  for (const t of texts) {
    const unit = unitIn(t, UNIT_LINE);
    if (unit) return unit;
  }
  return null;
}

// ---------------- names ----------------

/** Heads that say only that the column counts (件数, 数量): they add nothing to a row's name. */
const PURE_COUNT = /^(?:[件人次个户项家篇条场名所批]数|数量|数目|数额|数值|数据|计数|金额|值)$/;

/** A head's name: its text less the unit it states. */
function headName(text: string): string {
  let name = text;
  const f = foldScript(name);
  const m = UNIT_BRACKET.exec(f) ?? UNIT_LINE.exec(f);
  if (m) name = name.slice(0, m.index) + name.slice(m.index + m[0].length);
  return name.length <= MAX_NAME && name.length >= 1 && !/^[-—–/\\]+$/.test(name) ? name : '';
}

/** The row's head: the nearest cell left of col that names something (a year does). */
function rowHeads(t: Table, row: number, col: number): Cell[] {
  const out: Cell[] = [];
  const line = t.grid[row] as Element[];
  let last: Element | null = null;
  for (let c = col - 1; c >= 0; c--) {
    const el = line[c];
    if (!el || el === last || el === line[col]) continue;
    last = el;
    const cell = t.at.get(el) as Cell;
    if (cell.text && !isValue(cell.text) && cell.text.length <= MAX_NAME) out.push(cell);
  }
  return out;
}

/** The heads over the cell: one per head row, each covering exactly the cell's columns (a title row across the table is none). */
function columnHeads(t: Table, cell: Cell): Cell[] {
  const cols = span(cell.el, 'colspan');
  const out: Cell[] = [];
  for (let r = 0; r < t.heads; r++) {
    const line = t.grid[r] as Element[];
    const el = line[cell.col];
    if (!el || out.some((h) => h.el === el)) continue;
    let same = true;
    for (let j = 1; j < cols; j++) if (line[cell.col + j] !== el) same = false;
    const head = t.at.get(el) as Cell;
    // (A head wider than the cell heads a group of columns: 2023年 over 件数 | 占比.)
    if (!same || span(el, 'colspan') >= t.width) continue;
    if (head.text) out.push(head);
  }
  return out;
}

function labelOf(t: Table, cell: Cell): string {
  const row = rowHeads(t, cell.row, cell.col)[0];
  const name = row && (headName(row.text) || row.text);
  const parts = name ? [name] : [];
  for (const h of columnHeads(t, cell)) {
    const head = headName(h.text);
    if (head && !PURE_COUNT.test(foldScript(head)) && !parts.includes(head)) parts.push(head);
  }
  return parts.join('·');
}

/** The head of a column that numbers the rows. Folded text. */
const ROW_NUMBER = /^(?:序号|编号|序|行次|no\.?)$/i;

/** The row as a line: its names, then each value after its head (经济建设：件数 186，占比 36.3%). */
function rowSentence(t: Table, row: number): string {
  const names: string[] = [];
  const values: string[] = [];
  for (const el of new Set(t.grid[row])) {
    if (!el) continue;
    const cell = t.at.get(el) as Cell;
    if (!cell.text) continue;
    if (!isValue(cell.text)) names.push(cell.text);
    else {
      const heads = columnHeads(t, cell).map((h) => h.text);
      // (A row's number in the table, 序号 1, says nothing about it.)
      if (heads.some((h) => ROW_NUMBER.test(foldScript(h)))) continue;
      const head = heads.join(' ');
      values.push(head ? `${head} ${cell.text}` : cell.text);
    }
  }
  const line = names.length ? `${names.join(' ')}：${values.join('，')}` : values.join('，');
  return line.length > MAX_SENTENCE ? line.slice(0, MAX_SENTENCE) + '…' : line;
}

/** The first unit read finds in these heads' texts. */
function firstUnit(texts: readonly string[], read: (text: string) => HeadUnit | null): HeadUnit | null {
  for (const text of texts) {
    const u = read(text);
    if (u) return u;
  }
  return null;
}

/** A bare number's unit: stated by its row's heads, then its column's (nearest first), then implied by the column's words, then the row's; else the table's. */
function unitOf(t: Table, cell: Cell): HeadUnit | null {
  const rows = rowHeads(t, cell.row, cell.col).map((h) => h.text);
  const cols = columnHeads(t, cell).reverse().map((h) => h.text);
  return firstUnit(rows, statedUnit) ?? firstUnit(cols, statedUnit) ?? firstUnit(cols, impliedUnit) ?? firstUnit(rows, impliedUnit) ?? t.unit ?? (t.parts ??= partUnits(t)).get(cell.col) ?? null;
}

/** A number alone in its own cell at (row, col) (not one spanning from another slot); NaN for anything else, null for an empty cell. */
function numberAt(t: Table, row: number, col: number): number | null {
  const el = t.grid[row]?.[col];
  const cell = el && t.at.get(el);
  if (!cell || cell.row !== row || cell.col !== col) return NaN;
  if (!cell.text) return null;
  const plain = toHalfWidth(cell.text).replace(/[−－]/g, '-');
  return BARE.test(plain) ? Number(plain.replace(/,/g, '')) : NaN;
}

/** The unit a column's heads give it, nearest head first. */
function columnUnit(t: Table, col: number): HeadUnit | null {
  const heads: string[] = [];
  for (let r = t.heads - 1; r >= 0; r--) {
    const el = t.grid[r]?.[col];
    const head = el && t.at.get(el);
    if (head?.text && !heads.includes(head.text)) heads.push(head.text);
  }
  return firstUnit(heads, statedUnit) ?? firstUnit(heads, impliedUnit);
}

/**
 * Columns with no unit of their own whose numbers add up, in every row, to a column that has
 * one (承办件数 = 已解决 + 正在解决 + 留作参考): the parts are counted in the whole's unit.
 */
function partUnits(t: Table): Map<number, HeadUnit> {
  const out = new Map<number, HeadUnit>();
  if (!t.heads) return out;
  const units: (HeadUnit | null)[] = [];
  const bare: boolean[] = [];
  for (let c = 0; c < t.width; c++) {
    units.push(columnUnit(t, c));
    let numbers = 0;
    let other = false;
    for (let r = t.heads; r < t.grid.length && !other; r++) {
      const v = numberAt(t, r, c);
      if (v === null) continue;
      if (Number.isNaN(v)) other = true;
      else numbers++;
    }
    bare.push(!units[c] && !other && numbers > 0);
  }
  for (let start = 0; start < t.width; start++) {
    if (!bare[start]) continue;
    let end = start;
    while (end + 1 < t.width && bare[end + 1]) end++;
    if (end > start) {
      for (let whole = 0; whole < t.width; whole++) {
        const unit = units[whole];
        if (!unit || unit.category !== 'count') continue;
        let rows = 0;
        let ok = true;
        for (let r = t.heads; r < t.grid.length && ok; r++) {
          const total = numberAt(t, r, whole);
          if (total === null || Number.isNaN(total)) continue;
          let sum = 0;
          for (let c = start; c <= end; c++) sum += numberAt(t, r, c) ?? 0;
          if (Math.abs(sum - total) > 1e-6) ok = false;
          else rows++;
        }
        if (ok && rows >= 2) {
          for (let c = start; c <= end; c++) out.set(c, unit);
          break;
        }
      }
    }
    start = end;
  }
  return out;
}

// ---------------- figures ----------------

/** Offsets of a cell's text in the source (null: none of it is read, a hidden cell). */
function cellSpan(cell: Element, source: TextSource, segs: Map<Text, { start: number; end: number }>): [number, number] | null {
  const walker = cell.ownerDocument.createTreeWalker(cell, 4 /* SHOW_TEXT */);
  let start = -1;
  let end = -1;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const seg = segs.get(n as Text);
    if (!seg) continue;
    if (start < 0) start = seg.start;
    end = seg.end;
  }
  if (start < 0) return null;
  const s = source.text.slice(start, end);
  const lead = s.length - s.trimStart().length;
  return [start + lead, start + s.trimEnd().length];
}

/**
 * The article's figures with its tables read: a figure that is all of its cell takes the
 * table's name for it, and bare numbers under a head that gives their unit become figures.
 * Figures come back in text order.
 */
export function tableFigures(figures: Figure[], source: TextSource): Figure[] {
  const tables = source.roots.flatMap((root) => [...(root.localName === 'table' ? [root] : []), ...root.querySelectorAll('table')]);
  if (!tables.length) return figures;
  const segs = new Map(source.segments.map((s) => [s.node, s] as const));
  const cellOf = (fig: Figure): Element | null => locate(source, fig.start)?.node.parentElement?.closest('td,th') ?? null;
  const read = new Map<Element, Table | null>();
  const tableOf = (el: Element): Table | null => {
    const table = el.closest('table');
    if (!table) return null;
    if (!read.has(table)) read.set(table, readTable(table));
    return read.get(table) ?? null;
  };
  // A figure that is all of its cell and found no name in the text.
  const out = figures.map((fig) => {
    if (fig.label) return fig;
    const el = cellOf(fig);
    const t = el && tableOf(el);
    const cell = t?.at.get(el as Element);
    if (!t || !cell || cell.row < t.heads || cell.text.length > compact(fig.raw).length + 4) return fig;
    const label = labelOf(t, cell);
    return label ? { ...fig, label, sentence: rowSentence(t, cell.row) } : fig;
  });
  // Bare numbers.
  const added: Figure[] = [];
  for (const table of tables) {
    const t = tableOf(table);
    if (!t || t.grid.length <= t.heads) continue;
    for (const cell of t.at.values()) {
      if (cell.row < t.heads || added.length >= MAX_TABLE_FIGURES) continue;
      const plain = toHalfWidth(cell.text).replace(/[−－]/g, '-');
      if (!BARE.test(plain)) continue;
      const unit = unitOf(t, cell);
      if (!unit) continue;
      const at = cellSpan(cell.el, source, segs);
      if (!at) continue;
      const raw = source.text.slice(at[0], at[1]);
      if (compact(raw) !== cell.text) continue; // part of the cell is hidden or repaired
      const value = Number(plain.replace(/,/g, '')) * unit.scale;
      const fig: Figure = {
        raw,
        value: Number(value.toPrecision(15)),
        unit: unit.unit,
        qualifier: null,
        label: labelOf(t, cell),
        category: unit.category,
        sentence: rowSentence(t, cell.row),
        start: at[0],
        end: at[1],
      };
      if (unit.magnitude) fig.magnitude = unit.magnitude;
      added.push(fig);
    }
  }
  if (!added.length) return out;
  return [...out, ...added].sort((a, b) => a.start - b.start);
}
