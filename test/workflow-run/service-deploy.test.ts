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
  const result = await runWorkflowCommand(f, io, async (env, res) => {
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
    const { result, out } = await runIt(repo, [], (env) => {
      deployments = env.left().deployments;
      const cluster = env.clusters.get('us-east-1')!;
      images = cluster.objects
        .list('Deployment', 'sample-service')
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
    expect(deployments).toHaveLength(1);
    expect(deployments[0]).toMatchObject({ environment: 'staging', state: 'success' });
    expect(deployments[0]!.payload).toContain(DIGEST);
    expect(result.conclusion).toBe('success');
  }, 120_000);
});
