// Keelson releases. A reusable workflow called from another repository cannot reach Keelson's actions with
// `./actions/x` (that is the caller's checkout), so .github/workflows/ names them as
// `keelson-dev/keelson/actions/<x>@main` on main, and a release pins every such reference to its own tag.
//
//   node scripts/release.mjs prepare 1.4.0 [--repository owner/name]
//       on a clean, up-to-date main: a release commit on top of HEAD (not on main) whose only change is every
//       Keelson reference in .github/workflows/ rewritten to @v1.4.0 (and to owner/name when Keelson is
//       published elsewhere), and the annotated tag v1.4.0 on it. Push the tag: the release workflow does the rest.
//   node scripts/release.mjs verify v1.4.0 [--repository owner/name]
//       what the release workflow runs: the tag is vMAJOR.MINOR.PATCH on a commit whose parent is on the
//       default branch, and that commit differs from its parent exactly by the pinning above.
//
// The rewrite is done by a person, not by the workflow: GITHUB_TOKEN may not push commits that change
// .github/workflows/ (GitHub refuses without the `workflows` permission, which the token cannot be given).
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const HOME = 'keelson-dev/keelson';
const git = (...args) => execFileSync('git', args, { cwd: root, encoding: 'utf8' }).trim();
const fail = (message) => {
  console.error(message);
  process.exit(1);
};

/** Every `keelson-dev/keelson/...@main` reference pinned to `tag` (and moved to `repository`). */
function pin(text, tag, repository = HOME) {
  return text.replace(
    /(uses:\s+)keelson-dev\/keelson\/((?:actions\/[\w-]+)|(?:\.github\/workflows\/[\w-]+\.ya?ml))@main\b/g,
    (_, uses, path) => `${uses}${repository}/${path}@${tag}`,
  );
}

function args() {
  const [cmd, version, ...rest] = process.argv.slice(2);
  const i = rest.indexOf('--repository');
  const repository = i >= 0 ? rest[i + 1] : HOME;
  if (!/^[\w.-]+\/[\w.-]+$/.test(repository ?? ''))
    fail(`--repository must be owner/name, not '${repository}'.`);
  return { cmd, version, repository };
}

const workflowFiles = () =>
  readdirSync(join(root, '.github/workflows'))
    .filter((f) => /\.ya?ml$/.test(f))
    .map((f) => `.github/workflows/${f}`);

const { cmd, version, repository } = args();
if (cmd === 'prepare') {
  const m = /^v?(\d+)\.(\d+)\.(\d+)$/.exec(version ?? '');
  if (!m) fail(`Usage: release.mjs prepare MAJOR.MINOR.PATCH (got '${version ?? ''}').`);
  const tag = `v${m[1]}.${m[2]}.${m[3]}`;
  if (git('status', '--porcelain')) fail('The work tree has changes; release from a clean checkout of main.');
  if (git('tag', '--list', tag)) fail(`Tag ${tag} exists already.`);
  let changed = 0;
  for (const f of workflowFiles()) {
    const text = readFileSync(join(root, f), 'utf8');
    const pinned = pin(text, tag, repository);
    if (pinned !== text) {
      writeFileSync(join(root, f), pinned);
      changed++;
    }
  }
  if (!changed) fail('No Keelson reference at @main in .github/workflows/: nothing to pin.');
  const head = git('rev-parse', 'HEAD');
  git('add', '.github/workflows');
  const tree = git('write-tree');
  const commit = git(
    'commit-tree',
    tree,
    '-p',
    head,
    '-m',
    `Release ${tag}: Keelson's workflows use its actions at ${tag}`,
  );
  git('checkout', head, '--', '.github/workflows');
  git('tag', '-a', tag, commit, '-m', `Keelson ${tag}`);
  console.log(`Tagged ${tag} at ${commit} (parent ${head}, ${changed} workflow files pinned).`);
  console.log(`Push it: git push origin ${tag}`);
} else if (cmd === 'verify') {
  const tag = version ?? '';
  if (!/^v\d+\.\d+\.\d+$/.test(tag)) fail(`'${tag}' is not a release tag (vMAJOR.MINOR.PATCH).`);
  const commit = git('rev-parse', `${tag}^{commit}`);
  const parent = git('rev-parse', `${commit}^`);
  const branch = process.env.DEFAULT_BRANCH || 'main';
  try {
    git('merge-base', '--is-ancestor', parent, `origin/${branch}`);
  } catch {
    fail(`The parent of ${tag} (${parent.slice(0, 12)}) is not on ${branch}: release only what main has.`);
  }
  const changed = git('diff', '--name-only', parent, commit).split('\n').filter(Boolean);
  const problems = [];
  for (const f of changed)
    if (!f.startsWith('.github/workflows/')) problems.push(`${f} changed (only workflow pins may)`);
  for (const f of workflowFiles()) {
    const before = git('show', `${parent}:${f}`);
    const expected = pin(before, tag, repository);
    if (git('show', `${commit}:${f}`) !== expected.trimEnd())
      problems.push(`${f} is not exactly the pinned form of its parent`);
    if (/keelson-dev\/keelson\/[^\s@]+@main\b/.test(git('show', `${commit}:${f}`)))
      problems.push(`${f} still uses Keelson at @main`);
  }
  if (problems.length) fail(`${tag} is not a release commit:\n  ${problems.join('\n  ')}`);
  console.log(
    `${tag}: ${commit.slice(0, 12)} is ${parent.slice(0, 12)} (on ${branch}) with Keelson pinned to ${tag}.`,
  );
} else {
  fail('Usage: release.mjs prepare MAJOR.MINOR.PATCH | verify vMAJOR.MINOR.PATCH [--repository owner/name]');
}
