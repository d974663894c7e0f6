import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { Masker } from '../src/lib/mask.js';
import { main } from '../src/cli/main.js';
import type { CliIO } from '../src/cli/command.js';
import { cli } from './helpers/cli.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const fixture = (p: string): string => fileURLToPath(new URL(`./fixtures/junit/${p}`, import.meta.url));

describe('keelson junit-summary', () => {
  it('prints one JSON object over all files with exactly the contract keys', async () => {
    const r = await cli(
      'junit-summary',
      '--format',
      'json',
      fixture('jest-junit-failures.xml'),
      fixture('pytest-junitxml.xml'),
    );
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out) as Record<string, number>;
    expect(Object.keys(json)).toEqual([
      'total',
      'passed',
      'failed',
      'errors',
      'skipped',
      'flaky',
      'durationSeconds',
    ]);
    expect(json).toEqual({
      total: 9,
      passed: 2,
      failed: 6,
      errors: 0,
      skipped: 1,
      flaky: 0,
      durationSeconds: 0.009,
    });
  });
  it('prints the job summary body as markdown by default', async () => {
    const r = await cli(
      'junit-summary',
      '--name',
      'Surefire',
      fixture('maven-surefire-TEST-StringUtilsTest.xml'),
    );
    expect(r.out.split('\n')[0]).toBe('### ❌ Surefire: 2 passed, 2 failed, 1 skipped (5 total, 7ms)');
  });
  it('has --help', async () => {
    const r = await cli('junit-summary', '--help');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Usage: keelson junit-summary/);
  });
  it.each([
    [
      ['junit-summary', '--format', 'xml', 'a.xml'],
      "keelson junit-summary: Invalid input 'format': 'xml'. Expected one of: json | markdown.\n",
    ],
    [['junit-summary'], 'keelson junit-summary: Expected at least one JUnit XML file.\n'],
    [
      ['junit-summary', '--bogus', 'a.xml'],
      /^keelson junit-summary: Unknown option '--bogus'.*See 'keelson junit-summary --help'.\n$/,
    ],
    [['junit-summary', 'missing.xml'], "keelson junit-summary: Cannot read report 'missing.xml': ENOENT.\n"],
  ])('%j gives one line and exit 2 (usage and input errors)', async (argv, message) => {
    const r = await cli(...argv);
    expect(r.code).toBe(2);
    if (typeof message === 'string') expect(r.err).toBe(message);
    else expect(r.err).toMatch(message);
  });
});

describe('keelson eks-token', () => {
  it('takes --aws-region like every other command; without a region: exit 2 naming it', async () => {
    const r = await cli('eks-token', '--cluster-name', 'prod');
    expect(r).toEqual({
      code: 2,
      out: '',
      err: "keelson eks-token: Input 'aws-region' is required: the AWS region of the cluster (or set AWS_REGION).\n",
    });
    expect((await cli('eks-token', '--help')).out).toContain('--aws-region REGION');
  });
});

describe('keelson', () => {
  it('lists commands with --help and refuses unknown ones', async () => {
    expect((await cli('--help')).out).toContain('junit-summary');
    const r = await cli('frobnicate');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^keelson: unknown command 'frobnicate'\. Expected one of: /);
  });
  it('every command has --help', async () => {
    const list = (await cli('--help')).out;
    const names = [...list.matchAll(/^ {2}(\S+) {2,}/gm)].map((m) => m[1] as string);
    expect(names.length).toBeGreaterThan(1);
    for (const name of names) {
      const r = await cli(name, '--help');
      expect({ name, code: r.code, usage: r.out.startsWith(`Usage: keelson ${name}`) }).toEqual({
        name,
        code: 0,
        usage: true,
      });
    }
  });
});

describe('the committed CLI bundle (what `npx keelson` runs)', () => {
  it('keelson demo runs the sample service pipeline through keelson workflow run, from pull request to the DR region', () => {
    const r = spawnSync(process.execPath, ['bin/keelson.js', 'demo'], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
      timeout: 300_000,
    });
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('① Pull request #1');
    expect(r.stdout).toMatch(/✓ Run actions\/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1 {2}\d/);
    expect(r.stdout).toMatch(/Local stand-in for aws-actions\/configure-aws-credentials/);
    expect(r.stdout).toMatch(/Deployment #\d+ → production-dr {2}success/);
    expect(r.stdout).toContain('  ✓ pull request #1: CI passed\n');
    expect(r.stdout).toContain('  ✓ merge: staging and production promoted\n');
    expect(r.stdout).toContain('  ✓ second change: rolled back in production\n');
    // Production is a canary: the second change is caught at its first step (10 %) and users go back to stable.
    expect(r.stdout).toMatch(/↩️ Rolled back: sample-service sha256:[0-9a-f]{12} \(canary, production\)/);
    expect(r.stdout).toContain('Rolled back: step 1/3 (10%): analysis failed');
    expect(r.stdout).toContain('  ✓ promotion: production-dr runs the good digest\n');
    expect(r.status).toBe(0);
  });

  it('keelson demo --only cd starts at the merge of pull request #1 (no pull_request run before it)', () => {
    const r = spawnSync(process.execPath, ['bin/keelson.js', 'demo', '--only', 'cd'], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
      timeout: 300_000,
    });
    // On a failure, the end of the demo's own report says which check failed.
    expect({ status: r.status, stderr: r.stderr, end: r.status === 0 ? '' : r.stdout.slice(-4000) }).toEqual({
      status: 0,
      stderr: '',
      end: '',
    });
    expect(r.stdout).not.toContain('① Pull request #1');
    expect(r.stdout).toContain('  ✓ merge: staging and production promoted\n');
    expect(r.stdout).toContain('  ✓ second change: rolled back in production\n');
    expect(r.status).toBe(0);
  });

  it('keelson demo --classic runs CI (the test action) and CD (blue-green with an automatic rollback) on the sample service', () => {
    const r = spawnSync(process.execPath, ['bin/keelson.js', 'demo', '--classic'], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
      timeout: 120_000,
    });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('✅ sample-service unit tests: 4 passed, 0 failed, 1 skipped (5 total');
    expect(r.stdout).toMatch(/total {13}5\n/);
    expect(r.stdout).toContain('| Total | Passed | Failed | Errors | Skipped | Flaky | Duration |');
    expect(r.stdout).toMatch(
      /users arrive through the ALB of Ingress sample-service \(k8s-default-sample-s-\w+-\d+\.us-east-1\.elb\.amazonaws\.com\): 50 requests per second/,
    );
    expect(r.stdout).toMatch(
      /switch +the ALB sends all users to green \(v2\); HPA sample-service now scales sample-service-green/,
    );
    expect(r.stdout).toMatch(/users during the rollout: \d+ requests \(\d+ v1, \d+ v2\), 0 failed\n/);
    expect(r.stdout).toMatch(/rollback +verify window failed: .*users are back on green \(v2\)/);
    expect(r.stdout).toMatch(
      /users during the rollout: \d+ requests \(\d+ v2, \d+ v3\), \d+ failed: \d+ version:v3\n/,
    );
    expect(r.stdout).toContain('live traffic after the rollback: 100% v2');
    // v4, a canary through the ALB's weights, is caught at its 10 % step.
    expect(r.stdout).toMatch(/step +step 1\/3: v4 takes 10% of users \(the ALB's rules forward 10% to/);
    expect(r.stdout).toMatch(
      /rollback +step 1\/3 \(10%\): analysis failed: .*every user is back on green \(v2\)/,
    );
    expect(r.stdout).toMatch(
      /users during the canary: \d+ requests \(\d+ v2, \d+ v4\), \d+ failed: \d+ version:v4\n/,
    );
    expect(r.stdout).toMatch(/result +rolled-back\n/);
    expect(r.stdout).toMatch(
      /✔ v3 was caught and rolled back automatically, the v4 canary was caught at its 10 % step \(\d+ requests answered by it\), no request failed because of the switches, and every request is answered by v2 again\./,
    );
  });
});

describe('the root action (uses: org/keelson@v1 with: command: <action>)', () => {
  const runRoot = (env: Record<string, string>, cwd: string) =>
    spawnSync(process.execPath, [`${root}dist/root/index.js`], {
      cwd,
      encoding: 'utf8',
      env: { PATH: process.env.PATH, GITHUB_WORKSPACE: cwd, ...env },
    });
  it('refuses an unknown command, listing the actions there are', () => {
    const r = runRoot({ INPUT_COMMAND: 'deploi' }, root);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/^::error::Invalid input 'command': 'deploi'\. Expected one of: .*test.*\.$/m);
  });
  it('requires a command', () => {
    const r = runRoot({}, root);
    expect(r.stdout).toMatch(/^::error::Input 'command' is required: one of .*test/m);
  });
  it('refuses an input the chosen action does not have, naming it and the command', () => {
    const r = runRoot(
      { INPUT_COMMAND: 'health-check', INPUT_RUN: 'foo', INPUT_CHECKS: '- {kind: tcp, host: a:1}' },
      root,
    );
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(
      /^::error::Input 'run' is not an input of command 'health-check'\. Its inputs: .*checks.*\.$/m,
    );
    const other = runRoot({ INPUT_COMMAND: 'test', 'INPUT_HEALTH-CHECKS': '- {kind: tcp, host: a:1}' }, root);
    expect(other.stdout).toMatch(/^::error::Input 'health-checks' is not an input of command 'test'\./m);
  });
  it('an input left at its root default (the runner sets every one) is not counted as given', () => {
    const dir = fileURLToPath(new URL('./data/junit/', import.meta.url));
    const r = runRoot(
      {
        INPUT_COMMAND: 'test',
        INPUT_RUN: '',
        INPUT_STRATEGY: 'rolling',
        INPUT_NAMESPACE: 'default',
        INPUT_REPORTS: 'nextest-retries.xml',
        'INPUT_FAIL-ON-FAILURE': 'false',
      },
      dir,
    );
    expect(r.stdout).not.toContain('::error::');
    expect(r.status).toBe(0);
  });
  it('runs the named action with `run` as its command', () => {
    const dir = fileURLToPath(new URL('./data/junit/', import.meta.url));
    const r = runRoot(
      {
        INPUT_COMMAND: 'test',
        INPUT_RUN: '',
        INPUT_REPORTS: 'nextest-retries.xml',
        'INPUT_FAIL-ON-FAILURE': 'false',
      },
      dir,
    );
    expect(r.stdout).toContain('flaky=1');
    expect(r.stdout).toContain('total=4');
    expect(r.status).toBe(0);
  });
});

describe('keelson rollout --simulate', () => {
  it('puts the previous image live, then rolls a crash-looping version back', async () => {
    const cwd = fileURLToPath(new URL('../examples/sample-service/', import.meta.url));
    let out = '';
    const io: CliIO = {
      masker: new Masker(),
      stdout: (t) => void (out += t),
      stderr: () => undefined,
      env: {},
      cwd,
      isTTY: false,
    };
    const code = await main(
      [
        'rollout',
        '--simulate',
        '--service',
        'sample-service',
        '--manifests',
        'k8s/deployment.yaml',
        '--manifests',
        'k8s/service.yaml',
        '--previous-image',
        'ghcr.io/acme/sample-service:v1',
        '--set-image',
        'ghcr.io/acme/sample-service:v2-crashloop',
        '--ready-timeout',
        '40s',
        '--verify-window',
        '10s',
        '--strategy',
        'blue-green',
      ],
      io,
    );
    expect(code).toBe(1);
    expect(out).toMatch(/plan +v1 is live on blue; deploying v2-crashloop as green/);
    expect(out).toContain('### ↩️ Rolled back: sample-service v2-crashloop (blue-green, default)');
    expect(out).toContain('Live traffic after the rollout (through Service sample-service): 100% v1');
  });
  it('refuses a cluster together with --simulate', async () => {
    const r = await cli(
      'rollout',
      '--simulate',
      '--cluster-name',
      'x',
      '--service',
      'web',
      '--manifests',
      'a.yaml',
    );
    expect(r.err).toBe(
      'keelson rollout: --simulate runs against the built-in simulator: drop --cluster-name and --kubeconfig.\n',
    );
  });
});
