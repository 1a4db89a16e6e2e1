import { describe, expect, it } from 'vitest';
import { detect } from '../../src/detect/score';
import { quickCheck } from '../../src/detect/quick';
import { fixtureNames, openFixture } from '../helpers/fixtures';

const names = fixtureNames();

describe('detect over every fixture', () => {
  it.each(names)('%s', async (name) => {
    const f = openFixture(name);
    try {
      const quick = quickCheck(f.url, f.document);
      const d = detect(f.url, f.document);
      const expected = f.expected.scriptsRequired ? false : f.expected.isCppcc;
      // Stage one may let negatives through (the full score decides) but never drops a positive.
      if (expected) expect(quick.pass, 'stage one passes').toBe(true);
      expect(d.isCppcc, `${d.score} ${d.reasons.join(' | ')}`).toBe(expected);
      expect(d.reasons.length).toBeGreaterThan(0);
    } finally {
      await f.close();
    }
  });
});
