// npm run lens -- <files or folders…> [--format tsv|csv|md|json] [--convert] [--text] [--out FILE]
// The extension's pipeline over saved pages, headless. See README "Command-line companion".
import fs from 'node:fs';
import path from 'node:path';
import { cell, toJsonFigure, type Format } from '../figures/format';
import { processPage, type PageResult } from './page';

export const EXIT = { ok: 0, internal: 1, usage: 2, unreadable: 3 } as const;

const USAGE = `Usage: npm run lens -- <files or folders…> [options]

  Reads saved HTML pages (.html, .htm; folders are searched recursively) and prints
  each page's CPPCC verdict and key figures.

Options:
  --format tsv|csv|md|json   figures format (default tsv)
  --convert                  Traditional → Simplified first
  --text                     print the cleaned article text instead of figures
  --out FILE                 write the output to FILE instead of stdout
  --all                      extract figures even from pages judged not CPPCC news
  --stats                    print pages per second and peak memory on stderr
  -h, --help                 this help

Exit codes: 0 all pages processed; 2 usage error; 3 some files could not be read or parsed
(each is reported on stderr; the others are still processed); 1 internal error.`;

export interface CliOptions {
  inputs: string[];
  format: Format;
  convert: boolean;
  text: boolean;
  out: string | null;
  all: boolean;
  stats: boolean;
}

export function parseArgs(argv: string[]): CliOptions | { error: string } | { help: true } {
  const o: CliOptions = { inputs: [], format: 'tsv', convert: false, text: false, out: null, all: false, stats: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === '-h' || a === '--help') return { help: true };
    else if (a === '--convert') o.convert = true;
    else if (a === '--text') o.text = true;
    else if (a === '--all') o.all = true;
    else if (a === '--stats') o.stats = true;
    else if (a === '--format' || a.startsWith('--format=')) {
      const v = a.includes('=') ? a.split('=')[1] : argv[++i];
      if (v !== 'tsv' && v !== 'csv' && v !== 'md' && v !== 'json') return { error: `--format must be tsv, csv, md or json (got ${v ?? 'nothing'})` };
      o.format = v;
    } else if (a === '--out' || a.startsWith('--out=')) {
      const v = a.includes('=') ? a.split('=')[1] : argv[++i];
      if (!v) return { error: '--out needs a file name' };
      o.out = v;
    } else if (a.startsWith('-')) return { error: `unknown option ${a}` };
    else o.inputs.push(a);
  }
  if (!o.inputs.length) return { error: 'no files or folders given' };
  return o;
}

/** .html/.htm files under the inputs, sorted; missing inputs are reported, other files skipped. */
export function expandInputs(inputs: string[], report: (p: string, why: string) => void): string[] {
  const out: string[] = [];
  const walk = (p: string) => {
    const st = fs.statSync(p);
    if (st.isDirectory()) {
      for (const e of fs.readdirSync(p).sort()) walk(path.join(p, e));
    } else if (/\.html?$/i.test(p)) out.push(p);
  };
  for (const input of inputs) {
    try {
      walk(input);
    } catch (e) {
      report(input, (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or folder' : String(e));
    }
  }
  return out;
}

const TSV_HEAD = ['file', 'title', 'value', 'max', 'unit', 'qualifier', 'label', 'raw', 'category', 'sentence'];

function figureRows(r: PageResult): string[][] {
  return r.figures.map((f) => [r.file, r.title, String(f.value), f.max === undefined ? '' : String(f.max), f.unit, f.qualifier ?? '', f.label, f.raw, f.category, f.sentence]);
}

const csvCell = (s: string) => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
const mdCell = (s: string) => s.replace(/\|/g, '\\|').replace(/[\r\n]+/g, ' ');

export function render(results: PageResult[], o: CliOptions): string {
  if (o.text) return results.map((r) => `==> ${r.file} <==\n${r.isCppcc || o.all ? r.text : '(not CPPCC news)'}\n`).join('\n');
  switch (o.format) {
    case 'json':
      return (
        JSON.stringify(
          results.map((r) => ({ file: r.file, title: r.title, isCppcc: r.isCppcc, score: r.score, reasons: r.reasons, figures: r.figures.map(toJsonFigure) })),
          null,
          2,
        ) + '\n'
      );
    case 'tsv':
      return [TSV_HEAD, ...results.flatMap(figureRows)].map((row) => row.map(cell).join('\t')).join('\n') + '\n';
    case 'csv':
      return '\uFEFF' + [TSV_HEAD, ...results.flatMap(figureRows)].map((row) => row.map((c) => csvCell(cell(c))).join(',')).join('\r\n') + '\r\n';
    case 'md':
      return results
        .map((r) => {
          const head = `## ${mdCell(r.title)}\n\n\`${r.file}\` — ${r.isCppcc ? 'CPPCC' : 'not CPPCC'} (score ${r.score}): ${r.reasons.join('；')}\n`;
          if (!r.figures.length) return head;
          const rows = r.figures.map((f) => `| ${mdCell(String(f.value))} | ${mdCell(f.unit)} | ${mdCell(f.qualifier ?? '')} | ${mdCell(f.label)} | ${mdCell(f.raw)} |`);
          return `${head}\n| value | unit | qualifier | label | raw |\n| --- | --- | --- | --- | --- |\n${rows.join('\n')}\n`;
        })
        .join('\n');
  }
}

function progress(done: number, total: number): void {
  const width = 30;
  const filled = Math.round((done / total) * width);
  process.stderr.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total}`);
  if (done === total) process.stderr.write('\n');
}

export async function main(argv: string[]): Promise<number> {
  const parsed = parseArgs(argv);
  if ('help' in parsed) {
    process.stdout.write(USAGE + '\n');
    return EXIT.ok;
  }
  if ('error' in parsed) {
    process.stderr.write(`lens: ${parsed.error}\n\n${USAGE}\n`);
    return EXIT.usage;
  }
  const o = parsed;
  let failures = 0;
  const fail = (p: string, why: string) => {
    failures++;
    process.stderr.write(`lens: ${p}: ${why}\n`);
  };
  const files = expandInputs(o.inputs, fail);
  if (!files.length && !failures) {
    process.stderr.write('lens: no .html or .htm files found\n');
    return EXIT.usage;
  }
  const showProgress = files.length > 5 && !!process.stderr.isTTY;
  const results: PageResult[] = [];
  const t0 = performance.now();
  for (const [i, file] of files.entries()) {
    try {
      const bytes = fs.readFileSync(file);
      const r = await processPage(file, bytes, { convert: o.convert, force: o.all });
      if (!r.isCppcc && !o.all) r.figures = [];
      for (const w of r.warnings) process.stderr.write(`lens: ${file}: warning: ${w}\n`);
      if (!showProgress) process.stderr.write(`# ${file}: ${r.isCppcc ? 'CPPCC news' : 'not CPPCC news'} (score ${r.score}) — ${r.reasons.join('；')}\n`);
      results.push(r);
    } catch (e) {
      fail(file, (e as Error)?.message ?? String(e));
    }
    if (showProgress) progress(i + 1, files.length);
    // Pages are independent: collect between them when the heap grows (npm run lens exposes gc).
    const gc = (globalThis as { gc?: () => void }).gc;
    if (gc && process.memoryUsage().heapUsed > 192 * 1024 * 1024) gc();
  }
  const out = render(results, o);
  if (o.out) fs.writeFileSync(o.out, out);
  else process.stdout.write(out);
  if (o.stats) {
    const secs = (performance.now() - t0) / 1000;
    process.stderr.write(`lens: ${results.length} pages in ${secs.toFixed(2)} s (${(results.length / secs).toFixed(1)} pages/s), peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB\n`);
  }
  return failures ? EXIT.unreadable : EXIT.ok;
}
