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

describe('a short brief: two paragraphs and a table of figures', () => {
  const brief = (title: string, headline: string) => {
    document.title = title;
    document.body.innerHTML =
      `<div><h1>${headline}</h1><p>发布时间：2024-01-20 来源：市政协提案委员会</p>` +
      '<p>市政协十四届三次会议期间，共收到提案358件。经审查，立案322件，其中集体提案46件，委员个人提案276件。</p>' +
      '<table><tr><th>类别</th><th>件数</th></tr><tr><td>经济建设类</td><td>96件</td></tr><tr><td>社会事业类</td><td>132件</td></tr></table>' +
      '<p>不予立案的36件，经提案人同意，转为意见建议交有关部门参考。</p></div>';
    return detect('http://example.com/a.html', document);
  };
  it('is an article when its headline is the page title, and not when the headline says something else', () => {
    const d = brief('市政协十四届三次会议提案审查情况报告_某某政协网', '市政协十四届三次会议提案审查情况报告');
    expect(d.isCppcc, d.reasons.join(' | ')).toBe(true);
    expect(d.reasons.join(' | ')).toMatch(/2 段/);
    expect(brief('某某政协网', '政协要闻').signals.some((s) => s.id === 'no-article')).toBe(true);
  });
});
