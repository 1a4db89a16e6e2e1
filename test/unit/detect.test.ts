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

describe('an article written as text and <br> in one table cell (old CMS pages)', () => {
  it('counts its lines as paragraphs: the page is an article, and a cell of one line is not', () => {
    const line = '　　5月19日，自治區政協召開專題協商會，與會委員圍繞產業發展、園區建設等提出意見建議38條。';
    const page = (lines: number) =>
      `<table><tr><td><a href="/">網站首頁</a> <a href="/news">新聞中心</a></td></tr><tr><td><b>自治區政協召開專題協商會</b><br>${Array(lines).fill(line).join('<br>\n')}</td></tr></table>`;
    document.title = '自治區政協召開專題協商會 - 新聞中心';
    document.body.innerHTML = page(4);
    const d = detect('http://example.com/a.html', document);
    expect(d.isCppcc, d.reasons.join(' | ')).toBe(true);
    expect(d.reasons.join(' | ')).toMatch(/4 段/);
    document.body.innerHTML = page(1);
    expect(detect('http://example.com/a.html', document).signals.some((s) => s.id === 'no-article')).toBe(true);
  });
});
