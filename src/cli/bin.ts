// Entry point for `npm run lens`.
import { EXIT, main } from './main';

try {
  process.exitCode = main(process.argv.slice(2));
} catch (e) {
  process.stderr.write(`lens: internal error: ${(e as Error)?.stack ?? String(e)}\n`);
  process.exitCode = EXIT.internal;
}
