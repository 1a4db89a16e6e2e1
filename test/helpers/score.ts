// Figure scoring against a fixture's hand labels, shared by the unit tier and
// `npm run report:figures`.
import type { Figure } from '../../src/figures/extract';
import type { ExpectedFigure } from './fixtures';

/** Multiset match on (raw, value, unit, qualifier); label compared on matched pairs. */
export function score(got: Figure[], want: ExpectedFigure[]) {
  const left = [...want];
  let tp = 0;
  let labels = 0;
  const misses: string[] = [];
  for (const g of got) {
    const k = left.findIndex((x) => x.raw === g.raw && Math.abs(x.value - g.value) < 1e-6 && x.unit === g.unit && x.qualifier === g.qualifier);
    if (k < 0) {
      misses.push(`extra ${g.raw} (${g.value} ${g.unit}${g.qualifier ? ' ' + g.qualifier : ''})`);
      continue;
    }
    tp++;
    if ((left[k] as ExpectedFigure).label === g.label) labels++;
    else misses.push(`label ${g.raw}: ${g.label || '—'} ≠ ${(left[k] as ExpectedFigure).label}`);
    left.splice(k, 1);
  }
  for (const x of left) misses.push(`missed ${x.raw} (${x.value} ${x.unit}${x.qualifier ? ' ' + x.qualifier : ''})`);
  return { tp, fp: got.length - tp, fn: left.length, labels, misses };
}
