// Loads the fixture pages (test/fixtures/<name>/{source.html,expected.json}) for the unit tier.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Window } from 'happy-dom';
import { decodeHtml } from '../../src/dom/charset';
import { parseHtml } from '../../src/cli/page';

export const FIXTURES_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures');

export interface ExpectedFigure {
  raw: string;
  value: number;
  unit: string;
  qualifier: string | null;
  label: string;
  max?: number;
}
export interface ExpectedBlock {
  kind: string;
  text: string;
}
export interface Expected {
  name: string;
  description: string;
  isCppcc: boolean;
  kind: 'positive' | 'negative' | 'hostile' | 'heavy' | 'dynamic';
  seed?: string;
  script: 'simplified' | 'traditional';
  lang: string | null;
  charset: string;
  scriptsRequired?: boolean;
  title: { source: string; clean: string };
  headline: string;
  metadata: string;
  main: string[];
  spam: ExpectedBlock[];
  boilerplate: ExpectedBlock[];
  artifacts: { pinyin: number; punctuation: number; debris: number };
  figures: ExpectedFigure[];
  lateMain?: string[];
  lateSpam?: ExpectedBlock[];
  lateFigures?: ExpectedFigure[];
  afterLoad?: { headline: string; title: string; main: string[]; figures: ExpectedFigure[] };
}

export function fixtureNames(): string[] {
  return fs
    .readdirSync(FIXTURES_DIR)
    .filter((n) => !n.startsWith('_') && fs.existsSync(path.join(FIXTURES_DIR, n, 'expected.json')))
    .sort();
}

export function readExpected(name: string): Expected {
  return JSON.parse(fs.readFileSync(path.join(FIXTURES_DIR, name, 'expected.json'), 'utf8')) as Expected;
}

export function readSource(name: string): string {
  return decodeHtml(new Uint8Array(fs.readFileSync(path.join(FIXTURES_DIR, name, 'source.html')))).text;
}

export const fixtureUrl = (name: string): string => `http://127.0.0.1:8080/${name}/source.html`;

/** A happy-dom window holding the fixture as served (page scripts do not run). */
export function openFixture(name: string): { window: Window; document: Document; expected: Expected; url: string; close: () => Promise<void> } {
  const url = fixtureUrl(name);
  // Parsed exactly as the command-line companion parses a saved page.
  const { window, document } = parseHtml(readSource(name), url);
  return {
    window,
    document,
    expected: readExpected(name),
    url,
    close: () => window.happyDOM.close(),
  };
}

/** Whitespace-free form for substring checks against rendered text. */
export const squash = (s: string): string => s.replace(/\s+/g, '');
