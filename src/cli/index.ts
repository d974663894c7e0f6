import * as nodeModule from 'node:module';
import { main, processIO } from './main.js';

// Node 22.1+ keeps V8's compiled code of the CLI's bundle chunks on disk (the OS temp dir, or
// NODE_COMPILE_CACHE): a later `keelson` on the same machine skips compiling them again. Node 20 has no
// such cache; the call is skipped there. Chunks load on demand, after this line has run.
(nodeModule as { enableCompileCache?: () => unknown }).enableCompileCache?.();

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
