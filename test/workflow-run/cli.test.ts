/**
 * `keelson workflow run` as a user runs it: a repository written here, the real command in-process, what it
 * prints (jobs, steps with status and duration, folded groups, the rendered job summary, the not-runnable line)
 * and its exit status.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import { cliIn } from '../helpers/cli.js';
import { tempRepo, type Repo } from './helpers.js';

let repo: Repo;
afterEach(() => repo?.cleanup());

const strip = (s: string): string => s.replace(/\d+(\.\d+)?s\b/g, 'Ns').replace(/\d+m \d+s/g, 'Ns');

describe('keelson workflow run', () => {
  it('prints jobs and steps as GitHub shows them, runs Keelson actions in-process and stops at an unknown action', async () => {
    repo = tempRepo({
      'test/unit.test.js': `import test from 'node:test';\ntest('adds', () => { if (1 + 1 !== 2) throw new Error('math'); });\n`,
      '.github/workflows/ci.yml': `
name: ci
on: [push, pull_request]
jobs:
  build:
    runs-on: ubuntu-latest
    outputs:
      passed: \${{ steps.test.outputs.passed }}
    steps:
      - uses: actions/checkout@v4
      - name: Prepare
        shell: bash
        run: |
          echo "::group::Preparing"
          echo one
          echo two
          echo "::endgroup::"
          echo "## Built on \${{ github.event_name }}" >> "$GITHUB_STEP_SUMMARY"
          test -f test/unit.test.js
      - name: Tests
        id: test
        uses: keelson-dev/keelson/actions/test@v1
        with:
          command: node --test --test-reporter=junit --test-reporter-destination=junit.xml test/unit.test.js
          name: unit
  ship:
    needs: build
    runs-on: ubuntu-latest
    steps:
      - run: echo "passed=\${{ needs.build.outputs.passed }}"
      - uses: acme/ship-it@v2
      - run: echo never
`,
    });
    const r = await cliIn(
      repo.dir,
      'workflow',
      'run',
      '.github/workflows/ci.yml',
      '--repository',
      'acme/web',
    );
    const out = strip(r.out);
    expect(r.err).toBe('');
    expect(r.code).toBe(1);
    expect(out).toContain('● build\n');
    expect(out).toContain('  ✓ Run actions/checkout@v4  Ns\n');
    expect(out).toContain('Local stand-in for actions/checkout: copies the repository');
    expect(out).toContain('  ✓ Prepare  Ns\n      ▸ Preparing (2 lines)\n');
    expect(out).not.toContain('      one\n');
    expect(out).toContain('  ✓ Tests  Ns\n');
    expect(out).toContain('✓ build  success  Ns\n');
    expect(out).toContain('      passed=1\n');
    expect(out).toContain(
      '  ✗ Run acme/ship-it@v2  Ns\n      Error: not runnable locally: acme/ship-it@v2\n',
    );
    expect(out).toContain('  - Run echo never  skipped\n');
    expect(out).not.toContain('      never');
    expect(out).toContain('✗ ship  failure  Ns\n');
    // The report: the job tree, the summary rendered (the heading without its #), the annotation.
    expect(out).toContain('ci · push · failure in Ns');
    expect(out).toContain('Summary · build\n');
    expect(out).toContain('\nBuilt on push\n');
    expect(out).toMatch(/Error ship › Run acme\/ship-it@v2: not runnable locally: acme\/ship-it@v2/);
  });

  it('a failed step opens its groups; --event and --input are checked against the workflow', async () => {
    repo = tempRepo({
      '.github/workflows/d.yml': `
on:
  workflow_dispatch:
    inputs:
      region:
        type: choice
        options: [eu-west-1, us-east-1]
        required: true
jobs:
  go:
    runs-on: ubuntu-latest
    steps:
      - shell: bash
        run: |
          echo "::group::Setting up \${{ inputs.region }}"
          echo inside
          echo "::endgroup::"
          false | true
          exit 3 # not reached: pipefail
`,
    });
    const bad = await cliIn(repo.dir, 'workflow', 'run', '.github/workflows/d.yml', '--input', 'region=mars');
    expect(bad.code).toBe(1);
    expect(bad.out).toContain("Error: --input region: 'mars' is not one of eu-west-1, us-east-1");
    const wrongEvent = await cliIn(repo.dir, 'workflow', 'run', '.github/workflows/d.yml', '--event', 'push');
    expect(wrongEvent.out).toContain('does not run on push (its on: has workflow_dispatch)');
    const badFlag = await cliIn(repo.dir, 'workflow', 'run', '.github/workflows/d.yml', '--input', 'region');
    expect(badFlag.code).toBe(2);
    expect(badFlag.err).toBe("keelson workflow: Invalid input 'input': 'region'. Expected NAME=VALUE.\n");
    const r = await cliIn(
      repo.dir,
      'workflow',
      'run',
      '.github/workflows/d.yml',
      '--input',
      'region=us-east-1',
    );
    expect(r.code).toBe(1);
    expect(r.out).toContain('      ▾ Setting up us-east-1\n        inside\n');
    expect(r.out).toContain('  ✗ Run echo "::group::Setting up ${{ inputs.region }}"');
    expect(r.out).toContain('Error: Process completed with exit code 1.');
  });

  it('--env passes only the variables named, and a secret is masked in what is printed', async () => {
    repo = tempRepo({
      '.github/workflows/e.yml': `
on: push
jobs:
  go:
    runs-on: ubuntu-latest
    steps:
      - env:
          TOKEN: \${{ secrets.DEPLOY_TOKEN }}
        run: |
          echo "greeting=$GREETING shell=\${FROM_SHELL:-unset} other=\${OTHER:-unset}"
          echo "token=$TOKEN"
`,
    });
    const r = await cliIn(
      repo.dir,
      'workflow',
      'run',
      '.github/workflows/e.yml',
      '--env',
      'GREETING=hi',
      '--secret',
      'DEPLOY_TOKEN=s3cr3t-value',
    );
    expect(r.code).toBe(0);
    expect(r.out).toContain('greeting=hi shell=unset other=unset');
    expect(r.out).toContain('token=***');
    expect(r.out).not.toContain('s3cr3t-value');
  });

  it('--help says what is emulated and what is not', async () => {
    const r = await cliIn(process.cwd(), 'workflow', '--help');
    expect(r.code).toBe(0);
    expect(r.out).toContain('Usage: keelson workflow run FILE');
    expect(r.out).toContain('Not emulated:');
    expect(r.out).toContain('not runnable locally: <action>');
  });
});
