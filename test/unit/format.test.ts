import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../src/figures/extract';
import { cell, figuresTable, formatFigures, toJsonFigure } from '../../src/figures/format';

const figures = extractFigures('提出提案114件，办复率99.4%，投资额7500余亿元，|管道|和"引号"。');
const page = { title: '自治区政协|工作"综述"', url: 'http://x.cn/a?b=1&c=2', time: '2024-01-21T00:00:00.000Z' };

describe('copy formats', () => {
  it('TSV: header plus one row per figure; title, URL and time on every row', () => {
    const rows = formatFigures(figures, 'tsv', page).trim().split('\n').map((l) => l.split('\t'));
    expect(rows[0]?.[0]).toBe('数值');
    expect(rows.slice(1).map((r) => r.slice(0, 6))).toEqual([
      ['114', '', '件', '', '提案', '114件'],
      ['99.4', '', '%', '', '办复率', '99.4%'],
      ['750000000000', '', '元', '余', '投资额', '7500余亿元'],
    ]);
    expect(rows.slice(1).every((r) => r[8] === page.title && r[9] === page.url && r[10] === page.time)).toBe(true);
  });
  it('CSV: UTF-8 BOM and RFC 4180 quoting', () => {
    const csv = formatFigures(figures, 'csv', page, 'en');
    expect(csv.startsWith('\uFEFFvalue,max,unit')).toBe(true);
    expect(csv).toContain('"自治区政协|工作""综述"""');
  });
  it('Markdown: pipes escaped, a heading line with title, URL and time', () => {
    const md = formatFigures(figures, 'md', page);
    expect(md.split('\n')[0]).toBe('**自治区政协\\|工作"综述"** — <http://x.cn/a?b=1&c=2> — 2024-01-21T00:00:00.000Z');
    expect(md.split('\n').filter((l) => l.startsWith('|'))).toHaveLength(2 + figures.length);
  });
  it('JSON: the documented Figure shape, no DOM offsets', () => {
    const j = JSON.parse(formatFigures(figures, 'json', page));
    expect(j.title).toBe(page.title);
    expect(j.figures[0]).toEqual({ raw: '114件', value: 114, unit: '件', qualifier: null, label: '提案', category: 'count', sentence: expect.stringContaining('114件') });
    expect(Object.keys(toJsonFigure(figures[0]!))).not.toContain('start');
  });
  it('spreadsheet cells: no tabs or newlines, no formula injection', () => {
    expect(cell('=HYPERLINK("http://evil")')).toBe('\'=HYPERLINK("http://evil")');
    expect(cell('+1+1')).toBe("'+1+1");
    expect(cell('-12.5')).toBe('-12.5');
    expect(cell('a\tb\nc')).toBe('a b c');
  });
  it('the rich table is built from text nodes (markup in page text stays text)', () => {
    const evil = extractFigures('提出提案33件<img src=x onerror=alert(1)>，开展协商7次。');
    const table = figuresTable(document, evil, { ...page, title: '<script>alert(1)</script>' });
    expect(table.querySelectorAll('img, script').length).toBe(0);
    expect(table.textContent).toContain('<img src=x onerror=alert(1)>');
  });
});
