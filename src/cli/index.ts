import { main, processIO } from './main.js';

// A bundled dependency of the simulator (uri-js, under the Kubernetes object validator) loads Node's
// deprecated `punycode`, and the bundled AWS SDK announces that its future versions need Node 22: both are
// about our bundle (its SDK version is pinned), not the user's setup, so they are not printed.
process.removeAllListeners('warning');
process.on('warning', (w: Error & { code?: string }) => {
  if (w.code === 'DEP0040' || w.message.startsWith('NodeVersionSupportWarning')) return;
  process.stderr.write(`${w.name}: ${w.message}\n`);
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
