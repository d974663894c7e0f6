import { main, processIO } from './main.js';

// A bundled dependency of the simulator (uri-js, under the Kubernetes object validator) loads Node's
// deprecated `punycode`; that warning is about our bundle, not the user's setup, so it is not printed.
process.removeAllListeners('warning');
process.on('warning', (w: Error & { code?: string }) => {
  if (w.code !== 'DEP0040') process.stderr.write(`${w.name}: ${w.message}\n`);
});

main(process.argv.slice(2), processIO()).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`keelson: ${String(error)}\n`);
    process.exitCode = 70;
  },
);
