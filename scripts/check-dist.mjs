// Clean rebuild of every bundle, then dist/ must match what is committed (untracked files count too).
// `--no-build` only compares (used by the test of this script's failure path); `--root DIR` checks another tree.
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

const args = process.argv.slice(2);
const rootArg = args.indexOf('--root');
const root = rootArg >= 0 ? resolve(args[rootArg + 1] ?? '.') : new URL('..', import.meta.url).pathname;
if (!args.includes('--no-build')) {
  execFileSync(process.execPath, ['scripts/build.mjs'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}
const status = execFileSync('git', ['status', '--porcelain', '--untracked-files=all', '--', 'dist'], {
  cwd: root,
  encoding: 'utf8',
});
if (status.trim() !== '') {
  console.error('dist/ is stale: the bundles built from src/ differ from the committed ones:');
  console.error(status.trimEnd());
  console.error("Run 'npm run build' and commit dist/.");
  process.exit(1);
}
console.log('dist/ is in sync with src/.');
