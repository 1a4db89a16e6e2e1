import { describe, expect, it } from 'vitest';
import { extractFigures, type Figure } from '../../src/figures/extract';
import { buildSource } from '../../src/figures/source';
import { tableFigures, unitFrom } from '../../src/figures/table';
import { formatValue } from '../../src/sidebar/view';
import { dataTableWeight } from '../../src/dom/table';

/** The figures of an article holding this markup, through the text and then its tables. */
function figuresOf(html: string, hidden: (el: Element) => boolean = () => false): Figure[] {
  document.body.innerHTML = `<div id="art">${html}</div>`;
  const src = buildSource([document.getElementById('art') as Element], hidden);
  return tableFigures(extractFigures(src.text), src);
}
const brief = (f: Figure) => [f.raw, f.value, f.unit, f.label];
const table = (...rows: string[][]) => `<table>${rows.map((r) => `<tr>${r.map((c) => (c.startsWith('<') ? c : `<td>${c}</td>`)).join('')}</tr>`).join('')}</table>`;

describe('figures in a table', () => {
  it('a figure that is all of its cell takes the row\'s head as its label, and its column\'s head unless that only says it counts', () => {
    const got = figuresOf(
      '<p>会议期间共收到提案358件。</p>' +
        table(['类别', '件数', '占比'], ['經濟建設類', ' 96件 ', '29.8%'], ['生态文明类', '其中新增48件', '']),
    );
    expect(got.map((f) => [f.raw, f.label])).toEqual([
      ['358件', '提案'],
      ['96件', '經濟建設類'],
      ['29.8%', '經濟建設類·占比'],
      ['48件', expect.not.stringMatching(/生态文明类/)], // (a longer cell: the text names it)
    ]);
    expect(got[1]?.sentence).toBe('經濟建設類：件数 96件，占比 29.8%');
  });

  it('a bare number takes its unit from the column head: 件数 → 件, 占比 → %, 人次 → 人次', () => {
    const got = figuresOf(table(['类别', '件数', '占比', '参加人次'], ['经济建设', '186', '36.3', '1,200'], ['社会事业', '154', '30.1', '980'], ['合计', '340', '66.4', '2180']));
    expect(got.map(brief)).toEqual([
      ['186', 186, '件', '经济建设'],
      ['36.3', 36.3, '%', '经济建设·占比'],
      ['1,200', 1200, '人次', '经济建设·参加人次'],
      ['154', 154, '件', '社会事业'],
      ['30.1', 30.1, '%', '社会事业·占比'],
      ['980', 980, '人次', '社会事业·参加人次'],
      ['340', 340, '件', '合计'],
      ['66.4', 66.4, '%', '合计·占比'],
      ['2180', 2180, '人次', '合计·参加人次'],
    ]);
    expect(got.map((f) => f.category)).toEqual(['count', 'percent', 'count', 'count', 'percent', 'count', 'count', 'percent', 'count']);
  });

  it('a stated unit with a magnitude folds into the value, and the sidebar shows it in that magnitude, in the page\'s script', () => {
    const got = figuresOf(table(['項目', '金額（萬元）', '受益人數'], ['助學', '1800', '326'], ['助醫', '2.5', '48']));
    expect(got.map(brief)).toEqual([
      ['1800', 18_000_000, '元', '助學'], // (金額 only says it is an amount),
      ['326', 326, '人', '助學·受益人數'],
      ['2.5', 25_000, '元', '助醫'],
      ['48', 48, '人', '助醫·受益人數'],
    ]);
    expect(got[0]?.category).toBe('money');
    expect(formatValue(got[0] as Figure)).toBe('1,800萬');
    expect(formatValue(got[1] as Figure)).toBe('326');
  });

  it('reads a table turned on its side: the unit and the name in the row head, the year in the column head', () => {
    const got = figuresOf(table(['项目', '2022年', '2023年'], ['提案数（件）', '530', '586'], ['办复率', '98.5', '99.1']));
    expect(got.map(brief)).toEqual([
      ['530', 530, '件', '提案数·2022年'],
      ['586', 586, '件', '提案数·2023年'],
      ['98.5', 98.5, '%', '办复率·2022年'],
      ['99.1', 99.1, '%', '办复率·2023年'],
    ]);
  });

  it('takes the unit of the whole table from 单位： in the line above it, the line under it or a title row', () => {
    const above = figuresOf('<p>单位：万元</p>' + table(['县区', '2023年', '2024年'], ['城区', '320', '356.5']));
    expect(above.map(brief)).toEqual([
      ['320', 3_200_000, '元', '城区·2023年'],
      ['356.5', 3_565_000, '元', '城区·2024年'],
    ]);
    const below = figuresOf(table(['界别', '委员'], ['中共', '45'], ['民革', '8']) + '<p>单位：人</p>');
    expect(below.map(brief)).toEqual([
      ['45', 45, '人', '中共·委员'],
      ['8', 8, '人', '民革·委员'],
    ]);
    const title = figuresOf(
      '<table><tr><td colspan="3">各界别提交提案情况（单位：件）</td></tr>' +
        '<tr><td>界别</td><td>提交</td><td>立案</td></tr><tr><td>经济界</td><td>45</td><td>41</td></tr></table>',
    );
    expect(title.map(brief)).toEqual([
      ['45', 45, '件', '经济界·提交'],
      ['41', 41, '件', '经济界·立案'],
    ]);
  });

  it('reads heads over two rows: a year over 件数 | 占比 names both columns', () => {
    const got = figuresOf(
      '<table><tr><td rowspan="2">类别</td><td colspan="2">2023年</td><td colspan="2">2024年</td></tr>' +
        '<tr><td>件数</td><td>占比</td><td>件数</td><td>占比</td></tr>' +
        '<tr><td>经济</td><td>120</td><td>40.5</td><td>132</td><td>41.2</td></tr></table>',
    );
    expect(got.map(brief)).toEqual([
      ['120', 120, '件', '经济·2023年'],
      ['40.5', 40.5, '%', '经济·2023年·占比'],
      ['132', 132, '件', '经济·2024年'],
      ['41.2', 41.2, '%', '经济·2024年·占比'],
    ]);
  });

  it('columns with no unit that add up, row by row, to a column with one are its parts, in its unit', () => {
    const head =
      '<tr><th rowspan="2">承办单位</th><th rowspan="2">承办件数</th><th colspan="3">办理结果</th><th rowspan="2">满意率（%）</th></tr>' +
      '<tr><th>已解决</th><th>正在解决</th><th>留作参考</th></tr>';
    const got = figuresOf(`<table>${head}<tr><td>市发展改革委</td><td>42</td><td>30</td><td>10</td><td>2</td><td>97.6</td></tr><tr><td>市教育局</td><td>38</td><td>26</td><td>9</td><td>3</td><td>100</td></tr></table>`);
    expect(got.map(brief).slice(0, 5)).toEqual([
      ['42', 42, '件', '市发展改革委·承办件数'],
      ['30', 30, '件', '市发展改革委·办理结果·已解决'],
      ['10', 10, '件', '市发展改革委·办理结果·正在解决'],
      ['2', 2, '件', '市发展改革委·办理结果·留作参考'],
      ['97.6', 97.6, '%', '市发展改革委·满意率'],
    ]);
    expect(got).toHaveLength(10);
    // (Its sentence leaves out a column that only numbers the rows.)
    const numbered = figuresOf('<table><tr><th>序號</th><th>承办单位</th><th>承办件数</th></tr><tr><td>1</td><td>市教育局</td><td>38</td></tr><tr><td>2</td><td>市民政局</td><td>21</td></tr></table>');
    expect(numbered.map((f) => f.sentence)).toEqual(['市教育局：承办件数 38', '市民政局：承办件数 21']);
    // (When one row does not add up they are not parts of it: no unit, no figure.)
    const off = figuresOf(`<table>${head}<tr><td>市发展改革委</td><td>42</td><td>30</td><td>10</td><td>2</td><td>97.6</td></tr><tr><td>市教育局</td><td>38</td><td>20</td><td>9</td><td>3</td><td>100</td></tr></table>`);
    expect(off.map((f) => f.raw)).toEqual(['42', '97.6', '38', '100']);
  });

  it('makes no figure of a number whose unit no head gives (序号, 年份, 电话), of a layout table, or of a hidden cell', () => {
    expect(figuresOf(table(['序号', '姓名', '联系电话'], ['1', '张三', '13800000000'], ['2', '李四', '0774-1234567']))).toEqual([]);
    expect(figuresOf(table(['年份', '届次'], ['2023', '十三届'], ['2024', '十四届']))).toEqual([]);
    const layout = figuresOf(table(['<td>首页 | 政协要闻</td>', '<td><p>市政协召开常委会议，审议通过了工作报告。</p></td>'], ['<td>2024</td>', '<td>186</td>']));
    expect(layout).toEqual([]);
    const hid = figuresOf(table(['类别', '件数'], ['<td>经济</td>', '<td class="x">186</td>'], ['社会', '154']), (el) => el.classList.contains('x'));
    expect(hid.map(brief)).toEqual([['154', 154, '件', '社会']]);
  });

  it('points each figure at its cell (the offsets read back the raw text)', () => {
    document.body.innerHTML = `<div id="art"><p>共收到提案586件。</p>${table(['类别', '件数'], ['经济', ' 186 '])}</div>`;
    const src = buildSource([document.getElementById('art') as Element], () => false);
    const got = tableFigures(extractFigures(src.text), src);
    expect(got.map((f) => src.text.slice(f.start, f.end))).toEqual(['586件', '186']);
  });

  it('reads a number on the line after a number as its own (a table\'s next cell), not as one spaced number', () => {
    expect(extractFigures('经济建设\n186\n36.3%\n').map((f) => f.raw)).toEqual(['36.3%']);
    expect(extractFigures('共收到提案1 000 件').map((f) => f.value)).toEqual([1000]);
  });
});

describe('unitFrom', () => {
  it.each([
    ['万元', '元', 1e4, '万'],
    ['億元', '元', 1e8, '億'],
    ['%', '%', 1, undefined],
    ['人次', '人次', 1, undefined],
    ['万亩', '亩', 1e4, '万'],
    ['港元', '港元', 1, undefined],
    ['千米', '千米', 1, undefined],
  ])('%s → %s × %d', (written, unit, scale, magnitude) => {
    const got = unitFrom(written);
    expect(got).toMatchObject({ unit, scale });
    expect(got?.magnitude).toBe(magnitude);
  });
  it.each(['万', '9个', '民主党派', '', '元整'])('%s is no unit', (written) => {
    expect(unitFrom(written)).toBeNull();
  });
});

describe('dataTableWeight', () => {
  const weigh = (html: string) => {
    document.body.innerHTML = html;
    return dataTableWeight(document.querySelector('table') as Element);
  };
  it('weighs a table of names and numbers, in either script', () => {
    expect(weigh(table(['类别', '件数', '占比'], ['经济建设', '186', '36.3%'], ['社会事业', '154', '30.1%']))).toBeGreaterThan(0);
    expect(weigh(table(['類別', '件數'], ['經濟建設', '約186件'], ['社會事業', '154件'], ['其他', '12件']))).toBeGreaterThan(0);
  });
  it('reads past a title row or a note row of one long cell (注：…), which a layout table\'s long cell beside others is not', () => {
    const note = '<td colspan="3">注：比例按四舍五入计算，合计可能不等于100%。本表数据截至2024年3月9日12时，由提案委员会办公室统计。</td>';
    expect(weigh(table(['类别', '件数', '占比'], ['经济建设', '1,857', '35.8%'], ['社会建设', '1,615', '31.2%'], [note]))).toBeGreaterThan(0);
  });
  it('gives 0 to a layout table, a table holding a table, a calendar, a grid of links and a table with too few numbers', () => {
    expect(weigh(table(['<td>首页</td>', '<td>市政协召开常委会议，审议通过了工作报告和提案工作情况报告，会议由主席主持。</td>'], ['1', '2'], ['3', '4']))).toBe(0);
    expect(weigh(`<table><tr><td>${table(['类别', '件数'], ['经济', '1'], ['社会', '2'], ['文化', '3'])}</td></tr></table>`)).toBe(0);
    expect(weigh(table(['日', '一', '二', '三'], ['1', '2', '3', '4'], ['8', '9', '10', '11'], ['15', '16', '17', '18']))).toBe(0);
    expect(weigh(table(...['委员视察重点项目', '市政协召开主席会议', '提案工作会议'].map((t, i) => [`<td><a href="/a${i}">${t}</a></td>`, `2024-03-0${i + 1}`])))).toBe(0);
    expect(weigh(table(['姓名', '界别'], ['张某', '经济界'], ['李某', '教育界']))).toBe(0);
  });
});
