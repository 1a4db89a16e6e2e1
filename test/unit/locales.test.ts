// Every UI string comes from _locales in zh_CN (default), zh_TW and en; a missing key fails.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../..');
const load = (loc: string) => JSON.parse(fs.readFileSync(path.join(ROOT, 'assets/_locales', loc, 'messages.json'), 'utf8')) as Record<string, { message: string }>;
const locales = ['zh_CN', 'zh_TW', 'en'];

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? sourceFiles(p) : /\.(ts|json)$/.test(e.name) ? [p] : [];
  });
}

describe('locales', () => {
  const zh = load('zh_CN');
  it.each(locales)('%s has exactly the zh_CN keys, none empty, same placeholders', (loc) => {
    const m = load(loc);
    expect(Object.keys(m).sort()).toEqual(Object.keys(zh).sort());
    for (const [k, v] of Object.entries(m)) {
      expect(v.message.trim(), `${loc}.${k}`).not.toBe('');
      expect(v.message.match(/\$\d/g)?.sort() ?? [], `${loc}.${k} placeholders`).toEqual(zh[k]?.message.match(/\$\d/g)?.sort() ?? []);
    }
  });
  it('every key the code uses exists', () => {
    const used = new Set<string>();
    const files = [...sourceFiles(path.join(ROOT, 'src')), ...sourceFiles(path.join(ROOT, 'entrypoints')), path.join(ROOT, 'wxt.config.ts')];
    for (const f of files) {
      const src = fs.readFileSync(f, 'utf8');
      for (const m of src.matchAll(/\bt\(\s*'([A-Za-z0-9_]+)'/g)) used.add(m[1] as string);
      for (const m of src.matchAll(/__MSG_([A-Za-z0-9_]+)__/g)) used.add(m[1] as string);
      for (const m of src.matchAll(/'((?:sb|pop|opt|err|menu|cmd|cat|kind|mode|variant)[A-Z][A-Za-z]+)'/g)) used.add(m[1] as string);
    }
    const missing = [...used].filter((k) => !(k in zh));
    expect(missing).toEqual([]);
    expect(used.size).toBeGreaterThan(60);
  });
});
