// Copy formats: TSV (pastes into Excel, WPS, Google Sheets), CSV (UTF-8 with BOM), Markdown,
// JSON, and an HTML table for rich paste. Every row carries the page title, URL and time so
// rows from many pages can be stacked into one sheet.
import type { Figure } from './extract';

export type Format = 'tsv' | 'csv' | 'md' | 'json';

export interface PageInfo {
  title: string;
  url: string;
  /** ISO 8601 time of the copy. */
  time: string;
}

export type HeaderLang = 'zh-CN' | 'zh-TW' | 'en';

const HEADERS: Record<HeaderLang, string[]> = {
  'zh-CN': ['数值', '上限', '单位', '修饰', '指标', '原文', '类别', '句子', '页面标题', '网址', '时间'],
  'zh-TW': ['數值', '上限', '單位', '修飾', '指標', '原文', '類別', '句子', '頁面標題', '網址', '時間'],
  en: ['value', 'max', 'unit', 'qualifier', 'label', 'raw', 'category', 'sentence', 'page title', 'url', 'time'],
};

/** The JSON shape (documented in README; the CLI prints the same objects): a figure without its offsets. */
export type FigureJson = Omit<Figure, 'start' | 'end'>;

export function toJsonFigure(f: Figure): FigureJson {
  const { start: _start, end: _end, ...json } = f;
  return json;
}

/** Spreadsheet cells: one line, no tabs, and no formula injection (=cmd|… from a hostile page). */
export function cell(v: unknown): string {
  let s = v === null || v === undefined ? '' : String(v);
  s = s.replace(/[\t\r\n]+/g, ' ');
  if (/^[=+\-@]/.test(s) && !/^-?\d+(\.\d+)?$/.test(s)) s = "'" + s;
  return s;
}

function rows(figures: readonly Figure[], page: PageInfo): string[][] {
  return figures.map((f) => [
    String(f.value),
    f.max !== undefined ? String(f.max) : '',
    f.unit,
    f.qualifier ?? '',
    f.label,
    f.raw,
    f.category,
    f.sentence,
    page.title,
    page.url,
    page.time,
  ]);
}

const csvCell = (s: string): string => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
const mdCell = (s: string): string => s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/[\r\n]+/g, ' ');

export function formatFigures(figures: readonly Figure[], format: Format, page: PageInfo, lang: HeaderLang = 'zh-CN'): string {
  const head = HEADERS[lang];
  switch (format) {
    case 'tsv':
      return [head, ...rows(figures, page)].map((r) => r.map(cell).join('\t')).join('\n') + '\n';
    case 'csv':
      return '\uFEFF' + [head, ...rows(figures, page)].map((r) => r.map((c) => csvCell(cell(c))).join(',')).join('\r\n') + '\r\n';
    case 'md': {
      const cols = [0, 1, 2, 3, 4, 5, 6];
      const lines = [
        `**${mdCell(page.title)}** — <${page.url.replace(/>/g, '%3E')}> — ${page.time}`,
        '',
        `| ${cols.map((i) => head[i]).join(' | ')} |`,
        `| ${cols.map(() => '---').join(' | ')} |`,
        ...rows(figures, page).map((r) => `| ${cols.map((i) => mdCell(r[i] as string)).join(' | ')} |`),
      ];
      return lines.join('\n') + '\n';
    }
    case 'json':
      return JSON.stringify({ title: page.title, url: page.url, time: page.time, figures: figures.map(toJsonFigure) }, null, 2) + '\n';
  }
}

/** A rich-text table built with DOM calls and textContent only (the caller sanitises the HTML). */
export function figuresTable(doc: Document, figures: readonly Figure[], page: PageInfo, lang: HeaderLang = 'zh-CN'): HTMLTableElement {
  const table = doc.createElement('table');
  const caption = doc.createElement('caption');
  caption.textContent = `${page.title} ${page.url} ${page.time}`;
  table.appendChild(caption);
  const tr = doc.createElement('tr');
  for (const h of HEADERS[lang].slice(0, 8)) {
    const th = doc.createElement('th');
    th.textContent = h;
    tr.appendChild(th);
  }
  table.appendChild(tr);
  for (const r of rows(figures, page)) {
    const row = doc.createElement('tr');
    for (const c of r.slice(0, 8)) {
      const td = doc.createElement('td');
      td.textContent = c;
      row.appendChild(td);
    }
    table.appendChild(row);
  }
  return table;
}

/** One figure as a short line for the single-figure copy button. */
export function formatOne(f: Figure): string {
  return `${f.label}\t${f.raw}\t${f.value}\t${f.unit}\t${f.qualifier ?? ''}`;
}
