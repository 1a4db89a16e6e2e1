// Entry point for `npm run lens`.
import { EXIT, main } from './main';

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    process.stderr.write(`lens: internal error: ${(e as Error)?.stack ?? String(e)}\n`);
    process.exitCode = EXIT.internal;
  },
);
