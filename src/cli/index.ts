import { main, processIO } from './main.js';

main(process.argv.slice(2), processIO()).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`keelson: ${String(error)}\n`);
    process.exitCode = 70;
  },
);
