// The command-line companion runs the extension's modules over saved pages. Its figures must
// equal the unit-tier extraction and its verdicts the browser verdicts (expected.json, which
// the e2e tier asserts in Chromium and Firefox), so the CLI and the extension cannot drift.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import * as OpenCC from 'opencc-js/t2cn';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/page/pipeline';
import { toJsonFigure } from '../../src/figures/format';
import { FIXTURES_DIR, fixtureNames, openFixture, readExpected, squash } from '../helpers/fixtures';
import { articleLine, articleLineSimplified } from '../helpers/lines';

const run = promisify(execFile);
const ROOT = path.resolve(__dirname, '../..');
const TSX = path.join(ROOT, 'node_modules/.bin/tsx');

async function lens(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const r = await run(TSX, ['src/cli/bin.ts', ...args], { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, stdout: r.stdout, stderr: r.stderr };
  } catch (e) {
    const x = e as { code: number; stdout: string; stderr: string };
    return { code: x.code, stdout: x.stdout, stderr: x.stderr };
  }
}

describe('lens CLI', () => {
  it('agrees with the unit-tier extraction and the browser verdict on every fixture', async () => {
    const r = await lens([FIXTURES_DIR, '--format', 'json']);
    expect(r.code).toBe(0);
    const pages = JSON.parse(r.stdout) as { file: string; isCppcc: boolean; figures: unknown[] }[];
    const byName = new Map(pages.map((p) => [path.basename(path.dirname(p.file)), p]));
    for (const name of fixtureNames()) {
      const page = byName.get(name);
      expect(page, name).toBeDefined();
      const e = readExpected(name);
      expect(page?.isCppcc, `${name} verdict`).toBe(e.scriptsRequired ? false : e.isCppcc);
      const f = openFixture(name);
      const a = analyse(f.url, f.document);
      expect(page?.figures, `${name} figures`).toEqual(a.detection.isCppcc ? (a.figures?.figures ?? []).map(toJsonFigure) : []);
      await f.close();
    }
    // Files that are not .html/.htm (frame.html is one; images, json) are skipped or read alike.
    expect(pages.some((p) => p.file.endsWith('expected.json'))).toBe(false);
  }, 120_000);

  it('prints the cleaned article with --text, Simplified with --convert', async () => {
    const r = await lens([path.join(FIXTURES_DIR, 'ningming-004-gov/source.html'), '--text', '--convert']);
    expect(r.code).toBe(0);
    const e = readExpected('ningming-004-gov');
    const conv = OpenCC.Converter({ from: 't', to: 'cn' });
    for (const p of e.main) expect(squash(r.stdout)).toContain(squash(conv(p)));
    expect(r.stdout).not.toContain('版權所有');
    expect(r.stdout).not.toContain('分享到');
  });

  it('leaves spam lines written as bare text out of --text, as the extension blanks them', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lens-sl-'));
    const line = articleLineSimplified;
    const file = path.join(dir, 'a.html');
    fs.writeFileSync(
      file,
      `<!doctype html><html><head><meta charset="utf-8"><title>县政协召开提案工作总结会</title></head><body><div id="zoom">${line(186)}<br>${line(172)}<br>` +
        `北京赛车pk10开奖直播 时时彩计划网 欧美日韩国产精品一区二区<br>${line(42)}<br></div></body></html>`,
    );
    const r = await lens([file, '--text', '--all']); // (too short a page to pass detection)
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('共收到委员提案172件');
    expect(r.stdout).not.toContain('时时彩');
  });

  it('prints --text with the metadata line less its widgets and one line per <br> line, as the page shows them', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lens-mw-'));
    const line = articleLine;
    const file = path.join(dir, 'm.html');
    fs.writeFileSync(
      file,
      '<!doctype html><html lang="zh-Hant"><head><meta charset="utf-8"><title>縣政協召開提案工作總結會</title></head><body><table>' +
        '<tr><td><b>縣政協召開提案工作總結會</b></td></tr>' +
        '<tr><td id="meta">發布時間：2024-12-20　來源：縣政協辦公室　瀏覽次數：356　【字體：大 中 小】【打印】【關閉】</td></tr>' +
        `<tr><td><div id="zoom">${line(186)}<br>${line(172)}</div></td></tr></table></body></html>`,
    );
    const r = await lens([file, '--text', '--all']);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines).toContain('發布時間：2024-12-20　來源：縣政協辦公室　瀏覽次數：356');
    expect(r.stdout).not.toContain('打印');
    expect(lines).toContain(line(172).trim());
    expect(lines).toContain(line(186).trim());
  });

  it('prints --text in reading order: an editor line after the article comes after it', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lens-order-'));
    const file = path.join(dir, 'o.html');
    fs.writeFileSync(
      file,
      '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>县政协召开提案工作总结会</title></head><body>' +
        '<h1>县政协召开提案工作总结会</h1><div>发布时间：2024-12-20 来源：县政协办公室</div>' +
        `<div id="txt"><p>${articleLine(186)}</p><p>${articleLine(172)}</p></div><p>（责任编辑：曹某某）</p></body></html>`,
    );
    const r = await lens([file, '--text', '--all']);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n').filter((l) => l && !l.startsWith('#') && !l.startsWith('==>'));
    expect(lines[0]).toBe('县政协召开提案工作总结会');
    expect(lines.at(-1)).toBe('（责任编辑：曹某某）');
  });

  it('reads charsets from the BOM, <meta charset> and http-equiv; warns when none is declared', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lens-cs-'));
    const gbk = fs.readFileSync(path.join(FIXTURES_DIR, 'chinatibetnews-001-table-gbk/source.html'));
    fs.writeFileSync(path.join(dir, 'meta-gbk.html'), gbk);
    fs.writeFileSync(path.join(dir, 'http-equiv.htm'), Buffer.from(gbk.toString('latin1').replace('<meta charset="gbk">', '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">'), 'latin1'));
    const utf8 = fs.readFileSync(path.join(FIXTURES_DIR, 'tibet-002-divsoup/source.html'), 'utf8').replace('<meta charset="utf-8">', '');
    fs.writeFileSync(path.join(dir, 'bom.html'), '\uFEFF' + utf8);
    fs.writeFileSync(path.join(dir, 'none.html'), utf8);
    fs.writeFileSync(path.join(dir, 'notes.txt'), 'skip me');
    const r = await lens([dir, '--format', 'json']);
    expect(r.code).toBe(0);
    const pages = JSON.parse(r.stdout) as { file: string; isCppcc: boolean; figures: { raw: string }[] }[];
    expect(pages.map((p) => path.basename(p.file)).sort()).toEqual(['bom.html', 'http-equiv.htm', 'meta-gbk.html', 'none.html']);
    for (const p of pages) {
      expect(p.isCppcc, p.file).toBe(true);
      expect(p.figures.length, p.file).toBeGreaterThan(20);
    }
    expect(r.stderr).toMatch(/none\.html: warning: no charset declared/);
    expect(r.stderr).not.toMatch(/bom\.html: warning/);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('exit codes: 2 for usage errors, 3 when a file cannot be read (the rest still processed)', async () => {
    expect((await lens([])).code).toBe(2);
    expect((await lens(['--format', 'xlsx', FIXTURES_DIR])).code).toBe(2);
    expect((await lens(['--bogus', FIXTURES_DIR])).code).toBe(2);
    const r = await lens(['/no/such/page.html', path.join(FIXTURES_DIR, 'tibet-000-semantic/source.html')]);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('/no/such/page.html: no such file or folder');
    expect(r.stdout.trim().split('\n').length).toBe(1 + readExpected('tibet-000-semantic').figures.length);
  });

  it('TSV carries the file name and page title on every row', async () => {
    const r = await lens([path.join(FIXTURES_DIR, 'wuzhou-003-hacked')]);
    const rows = r.stdout.trim().split('\n').map((l) => l.split('\t'));
    expect(rows[0]?.slice(0, 3)).toEqual(['file', 'title', 'value']);
    expect(rows.slice(1).every((row) => row[0]?.endsWith('wuzhou-003-hacked/source.html') && row[1] === '自治區政協2023年十件履職大事_梧州零距離網')).toBe(true);
  });
});
