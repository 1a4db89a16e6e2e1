// npm run report:figures — per-fixture precision and recall of the key figures against each
// fixture's hand labels (expected.json), through the same pipeline the extension runs, and
// every miss: extra figures, missed figures and wrong labels.
import { analyse } from '../src/page/pipeline';
import { fixtureNames, openFixture, readExpected } from '../test/helpers/fixtures';
import { score } from '../test/helpers/score';

const ratio = (a: number, b: number) => (b ? (a / b).toFixed(3) : '—');
let tp = 0;
let fp = 0;
let fn = 0;
let labels = 0;
let negativesWithFigures = 0;
console.log(`${'fixture'.padEnd(30)} ${'want'.padStart(5)} ${'got'.padStart(5)} ${'P'.padStart(6)} ${'R'.padStart(6)} ${'label'.padStart(6)}`);
for (const name of fixtureNames()) {
  const e = readExpected(name);
  if (e.scriptsRequired) {
    console.log(`${name.padEnd(30)} (needs the page's scripts: covered by the browser tests)`);
    continue;
  }
  const f = openFixture(name);
  try {
    const figures = analyse(f.url, f.document).figures?.figures ?? [];
    if (!e.isCppcc) {
      if (figures.length) negativesWithFigures++;
      console.log(`${name.padEnd(30)} ${'0'.padStart(5)} ${String(figures.length).padStart(5)}   negative page${figures.length ? ': ' + figures.map((x) => x.raw).join(' ') : ''}`);
      continue;
    }
    const s = score(figures, e.figures);
    tp += s.tp;
    fp += s.fp;
    fn += s.fn;
    labels += s.labels;
    console.log(`${name.padEnd(30)} ${String(e.figures.length).padStart(5)} ${String(figures.length).padStart(5)} ${ratio(s.tp, s.tp + s.fp).padStart(6)} ${ratio(s.tp, s.tp + s.fn).padStart(6)} ${ratio(s.labels, s.tp).padStart(6)}`);
    for (const m of s.misses) console.log(`    ${m}`);
  } finally {
    await f.close();
  }
}
console.log(`\nall fixtures: precision ${ratio(tp, tp + fp)}, recall ${ratio(tp, tp + fn)}, label exact ${ratio(labels, tp)} (${tp} matched, ${fp} extra, ${fn} missed); negative pages with figures: ${negativesWithFigures}`);
