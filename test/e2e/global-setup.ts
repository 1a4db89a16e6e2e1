// Builds both extensions, serves the fixtures, and checks the browsers are there.
// Under CI=true a missing browser fails the run with install instructions; elsewhere the e2e
// tier is skipped with a loud notice and the unit tier still runs.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { browserPath, type BrowserName } from './browsers';
import { startServer } from './server';

declare module 'vitest' {
  export interface ProvidedContext {
    port: number;
    outputDir: string;
    browsers: BrowserName[];
    skipReason: string;
  }
}

const ROOT = path.resolve(__dirname, '../..');
const INSTALL = {
  chromium: 'sudo apt-get update && sudo apt-get install -y chromium   (or set CHROMIUM_PATH)',
  firefox: 'sudo apt-get update && sudo apt-get install -y firefox-esr   (or set FIREFOX_PATH)',
};

function build(target: 'chrome' | 'firefox'): void {
  const dir = path.join(ROOT, '.output', target === 'chrome' ? 'chrome-mv3' : 'firefox-mv3');
  if (process.env.LENS_SKIP_BUILD === '1' && fs.existsSync(path.join(dir, 'manifest.json'))) return;
  const args = ['wxt', 'build', ...(target === 'firefox' ? ['-b', 'firefox'] : [])];
  execFileSync('npx', args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
}

export default async function setup(project: TestProject) {
  const wanted: BrowserName[] = ['chromium', 'firefox'];
  const missing = wanted.filter((b) => !browserPath(b));
  if (missing.length && process.env.CI === 'true') {
    throw new Error(`e2e needs ${missing.join(' and ')}. Install with:\n${missing.map((b) => '  ' + INSTALL[b]).join('\n')}`);
  }
  const browsers = wanted.filter((b) => !missing.includes(b));
  let skipReason = '';
  if (missing.length) {
    skipReason = `missing ${missing.join(', ')}`;
    const bar = '!'.repeat(78);
    console.warn(`\n${bar}\n!! E2E SKIPPED for ${missing.join(' and ')}: browser not found.\n${missing.map((b) => '!!   ' + INSTALL[b]).join('\n')}\n${bar}\n`);
  }
  if (browsers.length) {
    build('chrome');
    build('firefox');
  }
  const server = await startServer(path.join(ROOT, 'test/fixtures'));
  project.provide('port', server.port);
  project.provide('outputDir', path.join(ROOT, '.output'));
  project.provide('browsers', browsers);
  project.provide('skipReason', skipReason);
  return async () => {
    await server.close();
  };
}
