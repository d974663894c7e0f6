/**
 * The local stand-ins for outside actions, run through the engine as a workflow uses them: each says it is a
 * stand-in, does the equivalent here (files copied, artifacts and caches in the run's folder, SARIF validated and
 * stored, AWS keys exported and masked), and refuses what it cannot emulate with one line. Their inputs and outputs
 * are those of the real action.yml at the versions Keelson's workflows pin.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { standInMeta, STAND_INS } from '../../src/lib/workflows/run/stand-ins.js';
import { KEELSON_ACTIONS } from '../../src/sim/workflow/actions.js';
import { emptyHost, job, keelsonRoot, run, stepText, tempRepo, type Repo } from './helpers.js';

let repo: Repo;
afterEach(() => repo?.cleanup());

const resolver = {
  keelsonRepository: 'keelson-dev/keelson',
  keelsonRoot,
  outsideAction: standInMeta(STAND_INS),
};
const host = (over = {}) => emptyHost({ standIns: STAND_INS, ...over });

describe('stand-in metadata', () => {
  const catalog = join(keelsonRoot, 'test/data/third-party-actions');
  const pinned: Record<string, string> = {};
  for (const f of [
    'service-ci.yml',
    'service-deploy.yml',
    'service-pipeline.yml',
    'terraform.yml',
    'promote.yml',
  ]) {
    const text = readFileSync(join(keelsonRoot, '.github/workflows', f), 'utf8');
    for (const m of text.matchAll(/uses: ([\w-]+\/[\w./-]+)@([0-9a-f]{40})/g))
      pinned[m[1]!.toLowerCase()] = m[2]!;
  }

  it.each(STAND_INS.filter((s) => s.key !== 'actions/cache').map((s) => [s.key]))(
    '%s has the inputs, defaults and outputs of the real action.yml',
    (key) => {
      const s = STAND_INS.find((x) => x.key === key)!;
      const sha =
        pinned[key] ?? readdirSync(join(catalog, key)).find((d) => /^[0-9a-f]{40}$/.test(d)) ?? 'missing';
      const real = parse(readFileSync(join(catalog, key, sha, 'action.yml'), 'utf8')) as {
        inputs?: Record<string, { default?: unknown; required?: boolean }>;
        outputs?: Record<string, unknown>;
      };
      expect([...s.meta.inputs.keys()].sort()).toEqual(Object.keys(real.inputs ?? {}).sort());
      for (const [k, v] of Object.entries(real.inputs ?? {}))
        expect([k, s.meta.inputs.get(k)?.default]).toEqual([
          k,
          v.default === undefined ? undefined : String(v.default),
        ]);
      expect([...s.meta.outputs].sort()).toEqual(Object.keys(real.outputs ?? {}).sort());
    },
  );

  it('every Keelson action has an in-process entry, with a post step where its action.yml has one', () => {
    const folders = readdirSync(join(keelsonRoot, 'actions'), { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
      .sort();
    expect(Object.keys(KEELSON_ACTIONS).sort()).toEqual(folders);
    for (const name of folders) {
      const yml = parse(readFileSync(join(keelsonRoot, 'actions', name, 'action.yml'), 'utf8')) as {
        runs: { post?: string };
      };
      expect([name, Boolean(KEELSON_ACTIONS[name]!.post)]).toEqual([name, Boolean(yml.runs.post)]);
    }
  });
});

describe('stand-ins in a run', () => {
  it('checkout copies the repository; artifacts and caches pass between jobs through the run folder', async () => {
    repo = tempRepo({
      'src/app.txt': 'hello\n',
      '.github/workflows/a.yml': `on: push
jobs:
  make:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/cache@v4
        id: cache
        with:
          path: deps
          key: deps-1
      - shell: bash
        run: |
          test "\${{ steps.cache.outputs.cache-hit }}" = false
          mkdir -p deps out && echo built > deps/lib && cp src/app.txt out/app.txt
      - uses: actions/upload-artifact@v4
        with:
          name: bundle
          path: out
  use:
    needs: make
    runs-on: ubuntu-latest
    steps:
      - uses: actions/cache@v4
        id: cache
        with:
          path: deps
          key: deps-1
      - uses: actions/download-artifact@v4
        with:
          name: bundle
          path: got
      - shell: bash
        run: |
          test "\${{ steps.cache.outputs.cache-hit }}" = true
          cat deps/lib got/app.txt
`,
    });
    const r = await run(repo, '.github/workflows/a.yml', { host: host(), resolver });
    expect(r.errors).toEqual([]);
    expect(job(r, 'make').result).toBe('success');
    expect(stepText(job(r, 'make'), 'Run actions/checkout@v4')).toContain(
      'Local stand-in for actions/checkout: copies the repository',
    );
    expect(job(r, 'make').steps.map((s) => s.name)).toContain('Post Run actions/cache@v4');
    expect(stepText(job(r, 'use'), '__run')).toContain('built\nhello');
    expect(r.artifacts.map((a) => [a.kind, a.name])).toEqual([
      ['artifact', 'bundle'],
      ['cache', 'deps-1'],
    ]);
    expect(job(r, 'use').result).toBe('success');
  });

  it('upload-sarif stores a valid SARIF and fails on an invalid one with the reason', async () => {
    repo = tempRepo({
      'good.sarif': readFileSync(join(keelsonRoot, 'test/fixtures/trivy/image-alpine-310.sarif'), 'utf8'),
      'bad.sarif': JSON.stringify({ version: '2.0.0', runs: [{ tool: { driver: {} }, results: [{}] }] }),
      '.github/workflows/s.yml': `on: push
jobs:
  scan:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: github/codeql-action/upload-sarif@v3
        id: good
        with:
          sarif_file: good.sarif
          category: trivy-image
      - uses: github/codeql-action/upload-sarif@v3
        with:
          sarif_file: bad.sarif
`,
    });
    const r = await run(repo, '.github/workflows/s.yml', { host: host(), resolver });
    const scan = job(r, 'scan');
    expect(scan.steps[1]!.conclusion).toBe('success');
    expect(scan.steps[1]!.outputs['sarif-id']).toMatch(/^[0-9a-f]{36}$/);
    const stored = r.artifacts.find((a) => a.kind === 'sarif')!;
    expect(stored.name).toBe('trivy-image');
    expect(readFileSync(stored.path, 'utf8')).toBe(
      readFileSync(join(keelsonRoot, 'test/fixtures/trivy/image-alpine-310.sarif'), 'utf8'),
    );
    expect(scan.steps[2]!.conclusion).toBe('failure');
    expect(scan.steps[2]!.log.at(-1)).toMatch(
      /^::error::.*bad\.sarif: Invalid SARIF\. Expected version 2\.1\.0, got "2\.0\.0"\. Invalid SARIF\. runs\[0\]\.tool\.driver\.name is required\. Invalid SARIF\. runs\[0\]\.results\[0\]\.message needs text or id\.$/,
    );
  });

  it('configure-aws-credentials exports the emulated keys (masked) and refuses what it cannot emulate', async () => {
    repo = tempRepo({
      '.github/workflows/c.yml': `on: push
jobs:
  aws:
    runs-on: ubuntu-latest
    steps:
      - uses: aws-actions/configure-aws-credentials@v4
        id: creds
        with:
          role-to-assume: arn:aws:iam::123456789012:role/deployer
          aws-region: eu-west-1
      - run: echo "$AWS_REGION $AWS_ACCESS_KEY_ID $AWS_SECRET_ACCESS_KEY $AWS_ENDPOINT_URL \${{ steps.creds.outputs.aws-account-id }}"
  keys:
    runs-on: ubuntu-latest
    steps:
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          aws-access-key-id: AKIA0000
          aws-secret-access-key: abc
          aws-region: eu-west-1
`,
    });
    const assumed: string[] = [];
    const r = await run(repo, '.github/workflows/c.yml', {
      resolver,
      host: host({
        assumeRole: (role: string, region: string) => {
          assumed.push(`${role} ${region}`);
          return {
            accountId: '123456789012',
            env: {
              AWS_ACCESS_KEY_ID: 'AKIALOCALEMULATED01',
              AWS_SECRET_ACCESS_KEY: 'local-secret-key-value',
              AWS_ENDPOINT_URL: 'http://127.0.0.1:4566',
            },
          };
        },
      }),
    });
    expect(assumed).toEqual(['arn:aws:iam::123456789012:role/deployer eu-west-1']);
    expect(stepText(job(r, 'aws'), '__run')).toBe('eu-west-1 *** *** http://127.0.0.1:4566 123456789012');
    expect(job(r, 'keys').result).toBe('failure');
    expect(job(r, 'keys').steps[0]!.log.at(-1)).toBe(
      "::error::not runnable locally: configure-aws-credentials without 'role-to-assume' (the local runner emulates OIDC role assumption only)",
    );
  });

  it('a with: key the real action does not have stops the run before it starts, with the line', async () => {
    repo = tempRepo({
      '.github/workflows/w.yml': `on: push
jobs:
  x:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with:
          fetch_depth: 0
`,
    });
    const r = await run(repo, '.github/workflows/w.yml', { host: host(), resolver });
    expect(r.jobs).toEqual([]);
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatch(/^\.github\/workflows\/w\.yml:6: jobs\.x\.steps\[0\]: .*fetch_depth/);
  });

  it("setup-node uses this machine's Node.js when it satisfies node-version, and refuses one it cannot provide", async () => {
    const major = process.versions.node.split('.')[0]!;
    repo = tempRepo({
      '.github/workflows/n.yml': `on: push
jobs:
  same:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/setup-node@v4
        id: node
        with:
          node-version: '${major}.x'
      - run: echo "\${{ steps.node.outputs.node-version }} $(node --version)"
  other:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/setup-node@v4
        with:
          node-version: '99'
`,
    });
    const r = await run(repo, '.github/workflows/n.yml', { host: host(), resolver });
    expect(stepText(job(r, 'same'), '__run')).toBe(`${process.version} ${process.version}`);
    expect(job(r, 'other').steps[0]!.log.at(-1)).toBe(
      `::error::not runnable locally: actions/setup-node node-version 99 (this machine has Node.js ${process.version}; nothing is downloaded)`,
    );
  });
});
