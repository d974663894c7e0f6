/**
 * Keelson's service-deploy.yml executed through the local runner on the sample service, against the environment
 * `keelson workflow run` starts: configure-aws-credentials (stand-in) → the deploy action in-process against the
 * simulated EKS cluster (ALB, HPA) → outputs across the nested workflow into the caller, the Deployment record on
 * GitHub, the objects left in the cluster.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import type { CliIO } from '../../src/cli/command.js';
import { parseWorkflowRunArgs, runWorkflowCommand } from '../../src/cli/commands/workflow.js';
import { Masker, maskExcept } from '../../src/lib/mask.js';
import type { LocalEnvironment } from '../../src/sim/workflow/environment.js';
import type { WorkflowRunResult } from '../../src/lib/workflows/run/types.js';
import { job, keelsonRoot, tempRepo, type Repo } from './helpers.js';

let repo: Repo;
afterEach(() => repo?.cleanup());

const DIGEST = 'sha256:' + 'ab'.repeat(32);
const IMAGE = `111122223333.dkr.ecr.us-east-1.amazonaws.com/sample-service@${DIGEST}`;

function sampleRepo(workflow: string): Repo {
  const r = tempRepo();
  cpSync(join(keelsonRoot, 'examples/sample-service'), r.dir, {
    recursive: true,
    filter: (src) => !/node_modules|junit\.xml$/.test(src),
  });
  r.write('.github/workflows/deploy.yml', workflow);
  return r;
}

async function runIt(
  r: Repo,
  argv: string[],
  behaviours: Record<string, { errorRate: number }> | undefined,
  inspect?: (env: LocalEnvironment, result: WorkflowRunResult) => Promise<void> | void,
): Promise<{ result: WorkflowRunResult; out: string }> {
  let out = '';
  const masker = new Masker();
  const io: CliIO = {
    masker,
    stdout: (t, keep = []) => void (out += maskExcept(masker, t, keep)),
    stderr: (t) => void (out += masker.mask(t)),
    env: {},
    cwd: r.dir,
    isTTY: false,
  };
  const f = parseWorkflowRunArgs(
    ['run', '.github/workflows/deploy.yml', '--repository', 'acme/sample-service', ...argv],
    io,
  );
  const result = await runWorkflowCommand({ ...f, behaviours }, io, async (env, res) => {
    if (env && inspect) await inspect(env, res);
  });
  return { result, out };
}

const caller = (extra = ''): string => `name: deploy
on: workflow_dispatch
jobs:
  staging:
    uses: keelson-dev/keelson/.github/workflows/service-deploy.yml@v1
    with:
      service: sample-service
      environment: staging
      image: ${IMAGE}
      image-name: app
      strategy: blue-green
      manifests: |
        k8s/deployment.yaml
        k8s/service.yaml
        k8s/hpa.yaml
        k8s/ingress.yaml
      verify-window: 30s
      scale-down-delay: 0s
${extra}
  report:
    needs: staging
    if: always()
    runs-on: ubuntu-latest
    steps:
      - run: echo "result=\${{ needs.staging.outputs.result }} version=\${{ needs.staging.outputs.version }}"
`;

describe('service-deploy.yml through the runner', () => {
  it('deploys the image to the simulated cluster, records the Deployment, and wires its outputs into the caller', async () => {
    repo = sampleRepo(caller());
    let deployments: ReturnType<LocalEnvironment['left']>['deployments'] = [];
    let images: string[] = [];
    let gatewayApi = false;
    const { result, out } = await runIt(repo, [], undefined, (env) => {
      deployments = env.left().deployments;
      const cluster = env.clusters.get('us-east-1')!;
      // the cluster serves the Gateway API too (a canary with router gateway-api)
      gatewayApi = cluster.sim.gateways !== undefined;
      images = cluster.objects
        .list('Deployment', 'staging')
        .flatMap((d) =>
          (
            (d.spec as { template: { spec: { containers: { image: string }[] } } }).template.spec
              .containers ?? []
          ).map((c) => c.image),
        );
    });
    expect(result.errors).toEqual([]);
    const deploy = job(result, 'staging / deploy sample-service to staging');
    expect(deploy.steps.map((s) => [s.name, s.conclusion])).toEqual(
      expect.arrayContaining([
        ['Run actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1', 'success'],
        ["AWS credentials (OIDC, the environment's role)", 'success'],
        ['Migrations', 'skipped'],
        ['Rollout', 'success'],
      ]),
    );
    expect(job(result, 'staging').outputs).toMatchObject({ result: 'promoted' });
    expect(out).toContain(`result=promoted version=`);
    expect(images).toContain(IMAGE);
    expect(gatewayApi).toBe(true);
    expect(deployments).toHaveLength(1);
    expect(deployments[0]).toMatchObject({ environment: 'staging', state: 'success' });
    expect(deployments[0]!.payload).toContain(DIGEST);
    expect(result.conclusion).toBe('success');
  }, 120_000);

  it('a release that fails under traffic is rolled back; migrations ran first; failure() cleanup runs, the rest is skipped', async () => {
    const BAD = `111122223333.dkr.ecr.us-east-1.amazonaws.com/sample-service@sha256:${'cd'.repeat(32)}`;
    const deploy = (id: string, image: string, needs = ''): string => `
  ${id}:${needs ? `\n    needs: ${needs}` : ''}
    uses: keelson-dev/keelson/.github/workflows/service-deploy.yml@v1
    with:
      service: sample-service
      environment: staging
      image: ${image}
      image-name: app
      strategy: blue-green
      manifests: |
        k8s/deployment.yaml
        k8s/service.yaml
        k8s/hpa.yaml
        k8s/ingress.yaml
      verify-window: 60s
      scale-down-delay: 0s
      migrate: true
    secrets: inherit`;
    repo = sampleRepo(`name: deploy
on: workflow_dispatch
jobs:${deploy('good', IMAGE)}${deploy('bad', BAD, 'good')}
  after-bad:
    needs: bad
    runs-on: ubuntu-latest
    steps:
      - run: echo never
  cleanup:
    needs: bad
    if: failure()
    runs-on: ubuntu-latest
    steps:
      - run: echo "cleanup after \${{ needs.bad.result }}"
`);
    // A migration PostgreSQL takes real time over: the cluster's virtual clock must not run during it (it did, and
    // migrate's 30-minute timeout fired at once).
    repo.write('migrations/0004_slow_backfill.sql', 'SELECT pg_sleep(1);\n');
    let tables: string[] = [];
    const { result, out } = await runIt(repo, [], { [BAD]: { errorRate: 0.5 } }, async (env) => {
      const pg = env.postgres()!;
      const dbs = await pg.query<{ datname: string }>(
        "SELECT datname FROM pg_database WHERE datname LIKE 'app%'",
      );
      tables = (
        await pg.query<{ tablename: string }>(
          "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1",
          dbs[0]!.datname,
        )
      ).map((t) => t.tablename);
    });
    expect(result.errors).toEqual([]);
    expect(job(result, 'good').outputs).toMatchObject({ result: 'promoted', 'migrate-status': 'migrated' });
    expect(job(result, 'bad').result).toBe('failure');
    expect(job(result, 'bad').outputs).toMatchObject({
      result: 'rolled-back',
      'migrate-status': 'up-to-date',
    });
    expect(job(result, 'after-bad').result).toBe('skipped');
    expect(job(result, 'cleanup').result).toBe('success');
    expect(out).toContain('cleanup after failure');
    expect(tables).toContain('greetings');
    expect(result.conclusion).toBe('failure');
  }, 240_000);

  it("a with: key service-deploy does not have, or an output it does not have, stops the run with the caller's line", async () => {
    repo = sampleRepo(
      caller().replace('      scale-down-delay: 0s', '      scale-down-delay: 0s\n      canary-steps: 10,50'),
    );
    const bad = await runIt(repo, [], undefined);
    expect(bad.result.jobs).toEqual([]);
    // GitHub's own parser refuses it, with GitHub's words.
    expect(bad.result.errors).toEqual([
      '.github/workflows/deploy.yml (Line: 19, Col: 21): Invalid input, canary-steps is not defined in the referenced workflow.',
    ]);
    repo.cleanup();
    repo = sampleRepo(
      caller().replace('needs.staging.outputs.result', 'needs.staging.outputs.rollout-result'),
    );
    const missing = await runIt(repo, [], undefined);
    expect(missing.result.jobs).toEqual([]);
    expect(missing.result.errors).toEqual([
      expect.stringMatching(/^\.github\/workflows\/deploy\.yml:\d+: .*rollout-result/),
    ]);
  }, 60_000);
});
