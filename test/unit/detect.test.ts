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

describe('a report of one paragraph and its data tables (a 通报 of 提案 by 承办单位)', () => {
  const report = (tables: string) => {
    document.title = '市政协关于2023年度提案办理情况的通报';
    document.body.innerHTML =
      '<div><h2>市政协关于2023年度提案办理情况的通报</h2><p>发布日期：2024-03-02</p>' +
      '<div><p>2023年，市政协共立案提案486件，交由68家承办单位办理。截至目前，已全部办复，办复率100%。</p>' +
      `<p>一、各承办单位办理情况</p>${tables}</div></div>`;
    return detect('http://example.com/a.html', document);
  };
  const data =
    '<table><tr><th>承办单位</th><th>承办件数</th><th>满意率（%）</th></tr><tr><td>市发展改革委</td><td>42</td><td>97.6</td></tr>' +
    '<tr><td>市教育局</td><td>38</td><td>100</td></tr><tr><td>市卫生健康委</td><td>35</td><td>94.3</td></tr></table>';
  it('is an article with a data table, and not without one, nor with a table of links or a calendar', () => {
    const d = report(data);
    expect(d.isCppcc, d.reasons.join(' | ')).toBe(true);
    expect(report('').signals.some((s) => s.id === 'no-article')).toBe(true);
    const links = '<table>' + ['提案工作会议召开', '委员视察重点项目', '市政协召开主席会议'].map((t, i) => `<tr><td><a href="/a${i}">${t}</a></td><td>2024-03-0${i + 1}</td></tr>`).join('') + '</table>';
    expect(report(links).signals.some((s) => s.id === 'no-article')).toBe(true);
    const calendar = '<table><tr><th>日</th><th>一</th><th>二</th></tr><tr><td>1</td><td>2</td><td>3</td></tr><tr><td>8</td><td>9</td><td>10</td></tr></table>';
    expect(report(calendar).signals.some((s) => s.id === 'no-article')).toBe(true);
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
