/**
 * The local workflow runner's engine on workflows written here: jobs in needs order, matrices, if: with the status
 * functions, step and job outputs, reusable workflows, the contract checks that stop a run with the workflow's
 * line, and what a step may see.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import { emptyHost, job, run, stepText, tempRepo, type Repo } from './helpers.js';

let repo: Repo;
afterEach(() => repo?.cleanup());

describe('jobs, needs and outputs', () => {
  it('runs jobs in needs order and wires step outputs into job outputs and needs', async () => {
    repo = tempRepo({
      '.github/workflows/ci.yml': `
on: push
jobs:
  second:
    needs: first
    runs-on: ubuntu-latest
    steps:
      - id: echo
        env:
          GOT: \${{ needs.first.outputs.greeting }}
        run: |
          echo "got=$GOT" >> "$GITHUB_OUTPUT"
          echo "second saw $GOT"
  first:
    runs-on: ubuntu-latest
    outputs:
      greeting: \${{ steps.make.outputs.value }}-\${{ github.ref_name }}
    steps:
      - id: make
        run: echo "value=hello" >> "$GITHUB_OUTPUT"
`,
    });
    const r = await run(repo, '.github/workflows/ci.yml');
    expect(r.errors).toEqual([]);
    expect(r.jobs.map((j) => [j.id, j.result])).toEqual([
      ['first', 'success'],
      ['second', 'success'],
    ]);
    expect(job(r, 'first').outputs).toEqual({ greeting: 'hello-main' });
    expect(job(r, 'second').steps[0]?.outputs).toEqual({ got: 'hello-main' });
    expect(stepText(job(r, 'second'), 'echo')).toContain('second saw hello-main');
    expect(r.conclusion).toBe('success');
  });

  it('expands a matrix (include, exclude) and names each job as GitHub does', async () => {
    repo = tempRepo({
      '.github/workflows/m.yml': `
on: push
jobs:
  build:
    strategy:
      matrix:
        os: [linux, mac]
        node: [20, 24]
        exclude:
          - os: mac
            node: 20
        include:
          - os: linux
            experimental: true
          - os: windows
            node: 22
    runs-on: ubuntu-latest
    steps:
      - env:
          OS: \${{ matrix.os }}
          NODE: \${{ matrix.node }}
          EXP: \${{ matrix.experimental }}
          IDX: \${{ strategy.job-index }}/\${{ strategy.job-total }}
        run: echo "$OS $NODE exp=$EXP $IDX"
`,
    });
    const r = await run(repo, '.github/workflows/m.yml');
    expect(r.jobs.map((j) => j.name)).toEqual([
      'build (linux, 20, true)',
      'build (linux, 24, true)',
      'build (mac, 24)',
      'build (windows, 22)',
    ]);
    expect(r.jobs.map((j) => stepText(j, j.steps[0]!.name).split('\n').at(-1))).toEqual([
      'linux 20 exp=true 0/4',
      'linux 24 exp=true 1/4',
      'mac 24 exp= 2/4',
      'windows 22 exp= 3/4',
    ]);
  });
});

describe('if: and the status functions', () => {
  it('skips the rest after a failure, runs failure() and always() cleanup, and fails the run', async () => {
    repo = tempRepo({
      '.github/workflows/f.yml': `
on: push
jobs:
  work:
    runs-on: ubuntu-latest
    steps:
      - id: boom
        run: |
          echo "about to fail"
          exit 3
      - name: never
        run: echo "should not run"
      - name: on failure
        if: failure() && steps.boom.outcome == 'failure'
        run: echo "cleaning up after $OUTCOME"
        env:
          OUTCOME: \${{ steps.boom.conclusion }}
      - name: always
        if: always()
        run: echo "always ran"
  after:
    needs: work
    runs-on: ubuntu-latest
    steps:
      - run: echo "after"
  report:
    needs: work
    if: failure()
    runs-on: ubuntu-latest
    steps:
      - run: echo "reporting \${{ needs.work.result }}"
  finally:
    needs: [work, after]
    if: always()
    runs-on: ubuntu-latest
    steps:
      - env:
          RESULTS: \${{ needs.work.result }}/\${{ needs.after.result }}
        run: echo "results $RESULTS"
`,
    });
    const r = await run(repo, '.github/workflows/f.yml');
    const work = job(r, 'work');
    expect(work.result).toBe('failure');
    expect(work.steps.map((s) => [s.name, s.conclusion])).toEqual([
      ['Run echo "about to fail"', 'failure'],
      ['never', 'skipped'],
      ['on failure', 'success'],
      ['always', 'success'],
    ]);
    expect(stepText(work, 'boom')).toContain('::error::Process completed with exit code 3.');
    expect(stepText(work, 'on failure')).toContain('cleaning up after failure');
    expect(job(r, 'after').result).toBe('skipped');
    expect(job(r, 'report').result).toBe('success');
    expect(job(r, 'finally').result).toBe('success');
    expect(stepText(job(r, 'finally'), job(r, 'finally').steps[0]!.id)).toContain('results failure/skipped');
    expect(r.conclusion).toBe('failure');
  });

  it('continue-on-error keeps the job green while the outcome says failure', async () => {
    repo = tempRepo({
      '.github/workflows/c.yml': `
on: push
jobs:
  j:
    runs-on: ubuntu-latest
    steps:
      - id: flaky
        continue-on-error: true
        run: exit 1
      - env:
          O: \${{ steps.flaky.outcome }}/\${{ steps.flaky.conclusion }}
        run: echo "flaky was $O"
`,
    });
    const r = await run(repo, '.github/workflows/c.yml');
    expect(job(r, 'j').result).toBe('success');
    expect(job(r, 'j').steps[1]!.log.join('\n')).toContain('flaky was failure/success');
  });

  it('fail-fast cancels the matrix jobs not started yet; fail-fast: false runs them all', async () => {
    const wf = (failFast: boolean) => `
on: push
jobs:
  m:
    strategy:
      fail-fast: ${failFast}
      max-parallel: 1
      matrix:
        n: [1, 2, 3]
    runs-on: ubuntu-latest
    steps:
      - env:
          N: \${{ matrix.n }}
        run: test "$N" != 2
`;
    repo = tempRepo({ '.github/workflows/a.yml': wf(true), '.github/workflows/b.yml': wf(false) });
    const a = await run(repo, '.github/workflows/a.yml');
    expect(a.jobs.map((j) => j.result)).toEqual(['success', 'failure', 'cancelled']);
    const b = await run(repo, '.github/workflows/b.yml');
    expect(b.jobs.map((j) => j.result)).toEqual(['success', 'failure', 'success']);
  });
});

describe('reusable workflows', () => {
  it('calls a local reusable workflow, types its inputs, maps secrets and returns its outputs', async () => {
    repo = tempRepo({
      '.github/workflows/caller.yml': `
on: push
jobs:
  build:
    uses: ./.github/workflows/build.yml
    with:
      name: web
      replicas: 3
      push: true
    secrets:
      token: \${{ secrets.DEPLOY_TOKEN }}
  use:
    needs: build
    runs-on: ubuntu-latest
    steps:
      - env:
          IMAGE: \${{ needs.build.outputs.image }}
        run: echo "deploying $IMAGE"
`,
      '.github/workflows/build.yml': `
on:
  workflow_call:
    inputs:
      name: { type: string, required: true }
      replicas: { type: number, default: 1 }
      push: { type: boolean, default: false }
      region: { type: string, default: eu-west-1 }
    secrets:
      token: { required: true }
    outputs:
      image:
        value: \${{ jobs.make.outputs.image }}
jobs:
  make:
    name: make \${{ inputs.name }}
    runs-on: ubuntu-latest
    outputs:
      image: \${{ steps.tag.outputs.image }}
    steps:
      - id: tag
        env:
          NAME: \${{ inputs.name }}
          KINDS: \${{ format('{0}/{1}/{2}', inputs.replicas > 2, inputs.push && 'push' || 'no-push', inputs.region) }}
          TOKEN: \${{ secrets.token }}
        run: |
          echo "image=registry/$NAME:1" >> "$GITHUB_OUTPUT"
          echo "kinds $KINDS token $TOKEN"
`,
    });
    const r = await run(repo, '.github/workflows/caller.yml', {
      secrets: { DEPLOY_TOKEN: 'very-secret-deploy-token' },
    });
    expect(r.errors).toEqual([]);
    const make = job(r, 'build / make web');
    expect(make.result).toBe('success');
    const text = stepText(make, 'tag');
    expect(text).toContain('kinds true/push/eu-west-1 token ***');
    expect(text).not.toContain('very-secret-deploy-token');
    expect(job(r, 'build').outputs).toEqual({ image: 'registry/web:1' });
    expect(stepText(job(r, 'use'), job(r, 'use').steps[0]!.id)).toContain('deploying registry/web:1');
  });

  it('refuses a with: key the called workflow does not declare, naming the caller line', async () => {
    repo = tempRepo({
      '.github/workflows/caller.yml': `on: push
jobs:
  build:
    uses: ./.github/workflows/build.yml
    with:
      name: web
      colour: blue
`,
      '.github/workflows/build.yml': `on:
  workflow_call:
    inputs:
      name: { type: string, required: true }
jobs:
  make:
    runs-on: ubuntu-latest
    steps:
      - run: echo hi
`,
    });
    const r = await run(repo, '.github/workflows/caller.yml');
    expect(r.conclusion).toBe('failure');
    expect(r.jobs).toEqual([]);
    expect(r.errors.join('\n')).toMatch(/\.github\/workflows\/caller\.yml \(Line: 7, Col: \d+\).*colour/);
  });

  it('refuses a reference to an output that does not exist, with the file and line', async () => {
    repo = tempRepo({
      '.github/workflows/o.yml': `on: push
jobs:
  a:
    runs-on: ubuntu-latest
    outputs:
      v: \${{ steps.s.outputs.v }}
    steps:
      - id: s
        run: echo "v=1" >> "$GITHUB_OUTPUT"
  b:
    needs: a
    runs-on: ubuntu-latest
    steps:
      - env:
          V: \${{ needs.a.outputs.value }}
        run: echo "$V"
`,
    });
    const r = await run(repo, '.github/workflows/o.yml');
    expect(r.jobs).toEqual([]);
    expect(r.errors).toEqual([
      ".github/workflows/o.yml:14: jobs.b.steps[0]: needs.a.outputs.value: job 'a' has no output 'value' (it has: v)",
    ]);
  });
});

describe('what a step sees', () => {
  it('gets the runner variables and not the tokens or AWS keys of the person running it', async () => {
    repo = tempRepo({
      '.github/workflows/e.yml': `on: push
jobs:
  e:
    runs-on: ubuntu-latest
    steps:
      - run: env | sort
`,
    });
    const saved = { ...process.env };
    process.env.AWS_SECRET_ACCESS_KEY = 'developer-aws-secret-key-000';
    process.env.GITHUB_TOKEN = 'ghp_developertoken000000000000';
    try {
      const r = await run(repo, '.github/workflows/e.yml');
      const text = stepText(job(r, 'e'), job(r, 'e').steps[0]!.id);
      expect(text).toContain('GITHUB_REPOSITORY=acme/web');
      expect(text).toContain('GITHUB_EVENT_NAME=push');
      expect(text).toMatch(/GITHUB_WORKSPACE=\/.*\/web$/m);
      expect(text).not.toContain('developer-aws-secret-key');
      expect(text).not.toContain('ghp_developertoken');
      expect(text).not.toMatch(/^GITHUB_TOKEN=/m);
    } finally {
      process.env = saved;
    }
  });

  it('stops the job at an action it cannot run here, with one line', async () => {
    repo = tempRepo({
      '.github/workflows/x.yml': `on: push
jobs:
  x:
    runs-on: ubuntu-latest
    steps:
      - uses: some-org/some-action@0123456789abcdef0123456789abcdef01234567
      - run: echo next
`,
    });
    const r = await run(repo, '.github/workflows/x.yml');
    const x = job(r, 'x');
    expect(x.result).toBe('failure');
    expect(x.steps[0]!.log).toEqual([
      '::error::not runnable locally: some-org/some-action@0123456789abcdef0123456789abcdef01234567',
    ]);
    expect(x.steps[1]!.conclusion).toBe('skipped');
  });

  it('refuses a job with container: or services:, naming the line', async () => {
    repo = tempRepo({
      '.github/workflows/c.yml': `on: push
jobs:
  db:
    runs-on: ubuntu-latest
    services:
      pg:
        image: postgres:15
    steps:
      - run: echo never
`,
    });
    const r = await run(repo, '.github/workflows/c.yml');
    expect(job(r, 'db').result).toBe('failure');
    expect(job(r, 'db').error).toBe(
      '.github/workflows/c.yml:6: not runnable locally: a job with services: (no container engine here)',
    );
    expect(job(r, 'db').steps).toEqual([]);
  });

  it('masks ::add-mask:: values and keeps stop-commands text inert', async () => {
    repo = tempRepo({
      '.github/workflows/m.yml': `on: push
jobs:
  m:
    runs-on: ubuntu-latest
    steps:
      - run: |
          echo "::add-mask::hunter2-secret"
          echo "password is hunter2-secret"
          echo "::stop-commands::tok123"
          echo "::error::forged"
          echo "::tok123::"
          echo "::warning::real warning"
`,
    });
    const r = await run(repo, '.github/workflows/m.yml');
    const m = job(r, 'm');
    const text = m.steps[0]!.log.join('\n');
    expect(text).toContain('password is ***');
    expect(text).not.toContain('hunter2-secret');
    expect(r.annotations.map((a) => [a.command, a.message])).toEqual([['warning', 'real warning']]);
  });
});

describe('what the CLI bundle needs', () => {
  it("mirrors @actions/workflow-parser's TokenType (only exported from a subpath the bundle cannot load)", async () => {
    const { TokenType: real } = await import('@actions/workflow-parser/templates/tokens/types');
    const { TokenType: mirror } = await import('../../src/lib/workflows/run/expressions.js');
    for (const [name, value] of Object.entries(mirror))
      expect([name, real[name as keyof typeof real]]).toEqual([name, value]);
  });
});

describe('the host around Keelson steps', () => {
  it("gives the host a step's inputs around its post step too (job-mode migrate's cleanup runs on the cluster clock)", async () => {
    repo = tempRepo({
      '.github/workflows/m.yml': `on: push
jobs:
  m:
    runs-on: ubuntu-latest
    steps:
      - uses: keelson-dev/keelson/actions/migrate@v1
        with:
          mode: job
          database-url: postgres://app:pw@db.internal:5432/app
`,
    });
    const seen: { phase: string; action?: string; inputs?: Record<string, string> }[] = [];
    let phase = 'main';
    const r = await run(repo, '.github/workflows/m.yml', {
      host: emptyHost({
        actions: {
          migrate: {
            main: async () => async (ctx) => {
              ctx.saveState('migrate-job', 'keelson-migrate-1');
              phase = 'post';
            },
            post: async () => async () => undefined,
          },
        },
        aroundStep: async (info, fn) => {
          seen.push({ phase, action: info.action, inputs: info.inputs });
          return fn();
        },
      }),
    });
    const m = job(r, 'm');
    expect(m.steps.map((s) => `${s.name}: ${s.conclusion}`)).toEqual([
      'Run keelson-dev/keelson/actions/migrate@v1: success',
      'Post Run keelson-dev/keelson/actions/migrate@v1: success',
    ]);
    expect(seen.map((s) => [s.phase, s.action, s.inputs?.mode])).toEqual([
      ['main', 'migrate', 'job'],
      ['post', 'migrate', 'job'],
    ]);
  });
});
