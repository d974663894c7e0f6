// Clean rebuild of every bundle, then dist/ must match what is committed (untracked files count too).
import { execFileSync } from 'node:child_process';

const root = new URL('..', import.meta.url).pathname;
execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
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
