// Data tables: rows of short cells, names and numbers (类别 | 件数 | 占比 over 经济建设 | 186 |
// 36.3%). A work report sets its figures out in them, so they are the article's content, as its
// paragraphs are. A layout table (long cells, tables inside), a calendar (numbers with no names)
// or a grid of links is none.
const MAX_CELL = 40;
const MAX_ROWS = 300;
/** A cell that is a value: a number first (36.3%, 96件, 约120人), either script. */
export const NUMBER_FIRST = /^(?:约|約|近|超|逾|累计|累計)?[-+−－]?[0-9０-９]/;
const HAN_G = /\p{Script=Han}/gu;

/**
 * How much of an article a data table is (half its Han characters in names, plus two for each
 * number), or 0 when it is no data table.
 */
export function dataTableWeight(table: Element): number {
  let rows = 0;
  let named = 0;
  let values = 0;
  let han = 0;
  let cells = 0;
  let linkCells = 0;
  for (const tr of table.querySelectorAll('tr')) {
    if (tr.closest('table') !== table) return 0; // a table inside a cell: layout
    if (++rows > MAX_ROWS) break;
    const texts: [Element, string][] = [];
    for (const cell of tr.children) {
      if (cell.localName !== 'td' && cell.localName !== 'th') continue;
      const text = (cell.textContent ?? '').replace(/\s+/g, '');
      if (text) texts.push([cell, text]);
    }
    if (texts.some(([, text]) => text.length > MAX_CELL)) {
      // A long cell alone in its row is the table's title or its note (注：…); beside others, layout.
      if (texts.length > 1) return 0;
      rows--;
      continue;
    }
    let hasName = false;
    for (const [cell, text] of texts) {
      cells++;
      if (cell.querySelector('a[href]')) linkCells++;
      if (NUMBER_FIRST.test(text)) values++;
      else {
        const n = text.match(HAN_G)?.length ?? 0;
        if (n) {
          hasName = true;
          han += n;
        }
      }
    }
    if (hasName) named++;
  }
  // (Most rows name what they count; few cells are links: a list of titles and dates is none.)
  if (rows < 2 || values < 3 || named * 2 < rows || linkCells * 3 > cells) return 0;
  return han / 2 + values * 2;
}
