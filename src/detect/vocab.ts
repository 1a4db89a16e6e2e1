// Vocabularies in matching form (Simplified; see text/han matchForm). Weights reflect how
// specific a term is to CPPCC work: 政协 is decisive, 委员 and 协商 are shared with other bodies.
export interface Term {
  term: string;
  weight: number;
}

export const CPPCC_TERMS: readonly Term[] = [
  { term: '政协', weight: 3 },
  { term: '政治协商', weight: 3 },
  { term: '委员', weight: 1 },
  { term: '提案', weight: 1.5 },
  { term: '协商', weight: 1 },
  { term: '履职', weight: 1.5 },
  { term: '常委会', weight: 0.5 },
  { term: '专委会', weight: 2 },
  { term: '专门委员会', weight: 1 },
  { term: '界别', weight: 2.5 },
  { term: '社情民意', weight: 2.5 },
  { term: '参政议政', weight: 2.5 },
  { term: '民主监督', weight: 2 },
  { term: '建言', weight: 1 },
  { term: '议政', weight: 1.5 },
  { term: '统一战线', weight: 1.5 },
  { term: '统战', weight: 1.5 },
  { term: '主席会议', weight: 1.5 },
  { term: '民主党派', weight: 1.5 },
  { term: '文史', weight: 1 },
];

export const NPC_TERMS: readonly Term[] = [
  { term: '人大', weight: 3 },
  { term: '人民代表大会', weight: 3 },
  { term: '代表', weight: 0.5 },
  { term: '议案', weight: 2 },
  { term: '立法', weight: 1 },
  { term: '法规', weight: 1 },
  { term: '审议', weight: 1 },
  { term: '表决', weight: 1 },
  { term: '任免', weight: 1 },
];

export interface Weighed {
  score: number;
  /** Characters covered by the terms, for density. */
  chars: number;
  /** Terms found, most frequent first. */
  top: string[];
}

export function weigh(counts: Map<string, number>, terms: readonly Term[]): Weighed {
  let score = 0;
  let chars = 0;
  for (const { term, weight } of terms) {
    const n = counts.get(term) ?? 0;
    score += n * weight;
    chars += n * term.length;
  }
  const top = [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([t]) => t);
  return { score, chars, top };
}
