/** The project's own checks must be able to fail: check-dist on a stale dist/, actionlint on broken YAML. */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tempDir } from './helpers/tmp.js';

const root = fileURLToPath(new URL('..', import.meta.url));
let repo: { dir: string; cleanup: () => void };

beforeAll(() => {
  repo = tempDir('keelson-checkdist-');
  const git = (...a: string[]) => execFileSync('git', a, { cwd: repo.dir, stdio: 'ignore' });
  git('init', '-q');
  git('config', 'user.email', 't@example.com');
  git('config', 'user.name', 't');
  mkdirSync(join(repo.dir, 'dist/test'), { recursive: true });
  writeFileSync(join(repo.dir, 'dist/test/index.js'), 'built\n');
  git('add', '.');
  git('commit', '-qm', 'dist');
});
afterAll(() => repo.cleanup());

const checkDist = () =>
  spawnSync(process.execPath, [join(root, 'scripts/check-dist.mjs'), '--no-build', '--root', repo.dir], {
    encoding: 'utf8',
  });

describe('check-dist', () => {
  it('passes when dist/ matches the commit', () => {
    expect(checkDist()).toMatchObject({ status: 0, stdout: 'dist/ is in sync with src/.\n' });
  });
  it('fails on a changed bundle and on a new, untracked one', () => {
    writeFileSync(join(repo.dir, 'dist/test/index.js'), 'rebuilt differently\n');
    writeFileSync(join(repo.dir, 'dist/test/123.index.js'), 'new chunk\n');
    const r = checkDist();
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(' M dist/test/index.js');
    expect(r.stderr).toContain('?? dist/test/123.index.js');
    expect(r.stderr).toContain("Run 'npm run build' and commit dist/.");
  });
});

describe('actionlint script', () => {
  it('reports a YAML syntax error as a finding instead of crashing', () => {
    const d = tempDir('keelson-actionlint-');
    writeFileSync(join(d.dir, 'broken.yml'), 'on: push\njobs:\n  a:\n    runs-on: [ubuntu-latest\n');
    writeFileSync(
      join(d.dir, 'bad-expr.yml'),
      'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo "${{ github.event.pull_request.title }}"\n',
    );
    const r = spawnSync(process.execPath, [join(root, 'scripts/actionlint.mjs'), d.dir], {
      encoding: 'utf8',
    });
    d.cleanup();
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/broken\.yml:\d+:\d+: .*\[syntax-check\]/);
    expect(r.stdout).toMatch(
      /bad-expr\.yml:6:\d+: .*github\.event\.pull_request\.title.*potentially untrusted/,
    );
    expect(r.stderr).toMatch(/^actionlint: \d+ finding\(s\) in 2 workflow file\(s\)\.$/m);
  });
  it('is actionlint 1.7: `${{ vars.X }}` is known (1.6 reported it as undefined)', () => {
    const d = tempDir('keelson-actionlint-');
    writeFileSync(
      join(d.dir, 'vars.yml'),
      'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    env:\n      REGION: ${{ vars.AWS_REGION }}\n    steps:\n      - run: echo "$REGION"\n',
    );
    const r = spawnSync(process.execPath, [join(root, 'scripts/actionlint.mjs'), d.dir], {
      encoding: 'utf8',
    });
    d.cleanup();
    expect(r.stdout).toBe('actionlint: 1 workflow file(s), no findings.\n');
    expect(r.status).toBe(0);
  });
  it('passes the project workflows', () => {
    const r = spawnSync(process.execPath, [join(root, 'scripts/actionlint.mjs')], { encoding: 'utf8' });
    expect(r.status).toBe(0);
  });
});

describe('package-lock.json', () => {
  it('installs without EBADENGINE on the Node versions package.json allows (content-type is overridden to 2.x)', async () => {
    const require = createRequire(import.meta.url);
    const semver = require('semver') as {
      satisfies(v: string, r: string): boolean;
      minVersion(r: string): { version: string };
    };
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { engines: { node: string } };
    const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as {
      packages: Record<string, { engines?: { node?: string } | string[]; dev?: boolean }>;
    };
    const oldest = semver.minVersion(pkg.engines.node).version;
    const refused: string[] = [];
    for (const [name, p] of Object.entries(lock.packages)) {
      const range = Array.isArray(p.engines) ? undefined : p.engines?.node;
      if (!name || !range) continue;
      // What we ship must run on the oldest Node we accept; dev tools on the Node running these tests.
      const version = p.dev ? process.versions.node : oldest;
      if (!semver.satisfies(version, range)) refused.push(`${name} (node ${range}, not ${version})`);
    }
    expect(refused).toEqual([]);
  });
});

describe("the README's first two commands", () => {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const first = /```sh\n([^\n]*)\n([^\n]*)\n```/.exec(readme);
  const cmd = (line: string | undefined) => (line ?? '').split('#')[0]!.trim();
  const scripts = (
    JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }
  ).scripts;

  it('the demo: npm ci, then npm run demo installs what the pipeline demo needs and runs it', () => {
    expect(cmd(first?.[1])).toBe('npm ci && npm run demo');
    expect(scripts.demo).toBe('bash scripts/ensure-tools.sh && node bin/keelson.js demo');
    // npm ci leaves the marker ensure-tools.sh reads, so the demo does not install node_modules twice.
    expect(scripts.postinstall).toContain("'node_modules/.keelson-lock.sha256'");
    expect(readFileSync(join(root, 'scripts/ensure-tools.sh'), 'utf8')).toContain(
      'node_modules/.keelson-lock.sha256',
    );
  });

  it('the tests: npm test, which is what .ci/run runs', () => {
    expect(cmd(first?.[2])).toBe('npm test');
    expect(readFileSync(join(root, '.ci/run'), 'utf8')).toMatch(/^step "tests \(npm test\)" npm test$/m);
  });
});
