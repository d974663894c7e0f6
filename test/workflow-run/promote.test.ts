/**
 * Keelson's promote.yml through the runner, on one local platform shared by two runs as on GitHub: a push run
 * builds the sample service (service-ci: buildah → ECR emulator) and deploys it to staging (service-deploy: the
 * simulated EKS cluster, a GitHub Deployment recording the image); then a workflow_dispatch run promotes what runs
 * in staging to production — the digest comes from that Deployment record, not from an input.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import type { CliIO } from '../../src/cli/command.js';
import {
  parseWorkflowRunArgs,
  runWorkflowCommand,
  startEnvironmentFor,
} from '../../src/cli/commands/workflow.js';
import { Masker, maskExcept } from '../../src/lib/mask.js';
import type { LocalEnvironment } from '../../src/sim/workflow/environment.js';
import { job, keelsonRoot, tempRepo, type Repo } from './helpers.js';

let repo: Repo;
let env: LocalEnvironment;
let out = '';
const masker = new Masker();
const io = (): CliIO => ({
  masker,
  stdout: (t, keep = []) => void (out += maskExcept(masker, t, keep)),
  stderr: (t) => void (out += masker.mask(t)),
  env: {},
  cwd: repo.dir,
  isTTY: false,
});
const TRIVY = join(keelsonRoot, 'test/fixtures/trivy/image-alpine-39.json');
const flags = (file: string, ...more: string[]) =>
  parseWorkflowRunArgs(
    ['run', file, '--repository', 'acme/sample-service', '--trivy-report', TRIVY, ...more],
    io(),
  );

beforeAll(async () => {
  repo = tempRepo();
  cpSync(join(keelsonRoot, 'examples/sample-service'), repo.dir, {
    recursive: true,
    filter: (src) => !/node_modules|junit\.xml$/.test(src),
  });
  repo.write('Dockerfile.local', 'FROM scratch\nCOPY package.json /app/package.json\n');
  const deployWith = `      image-name: app
      strategy: blue-green
      manifests: |
        k8s/deployment.yaml
        k8s/service.yaml
        k8s/hpa.yaml
        k8s/ingress.yaml
      verify-window: 30s`;
  repo.write(
    '.github/workflows/main.yml',
    `name: main
on: push
jobs:
  ci:
    uses: keelson-dev/keelson/.github/workflows/service-ci.yml@v1
    with:
      service: sample-service
      test-command: node --test --test-reporter=junit --test-reporter-destination=junit.xml test/app.test.js
      dockerfile: Dockerfile.local
      iac-path: ''
      scan-fail-on: none
  staging:
    needs: ci
    uses: keelson-dev/keelson/.github/workflows/service-deploy.yml@v1
    with:
      service: sample-service
      environment: staging
      image: \${{ needs.ci.outputs.image }}
${deployWith}
`,
  );
  repo.write(
    '.github/workflows/promote.yml',
    `name: promote
on:
  workflow_dispatch:
    inputs:
      to:
        type: string
        required: true
jobs:
  promote:
    uses: keelson-dev/keelson/.github/workflows/promote.yml@v1
    with:
      service: sample-service
      from: staging
      to: \${{ inputs.to }}
${deployWith.replace('      verify-window: 30s', '      verify-window: 30s').replace(/^ {6}strategy.*\n/m, '')}
`,
  );
  const f = flags('.github/workflows/main.yml');
  env = await startEnvironmentFor(f, io(), {
    token: 'ghs_localsharedtoken000000000000000000',
    note: () => undefined,
    extraFiles: [join(repo.dir, '.github/workflows/promote.yml')],
  });
}, 60_000);

afterAll(async () => {
  await env?.close();
  repo?.cleanup();
});

describe('promote.yml through the runner', () => {
  it('promotes the digest the staging Deployment records, tags it in ECR and deploys it to production', async () => {
    const first = await runWorkflowCommand(flags('.github/workflows/main.yml'), io(), undefined, env);
    expect(first.errors).toEqual([]);
    expect(first.conclusion).toBe('success');
    const image = job(first, 'ci').outputs.image!;
    expect(image).toMatch(/@sha256:[0-9a-f]{64}$/);
    const digest = image.split('@')[1]!;

    const second = await runWorkflowCommand(
      flags('.github/workflows/promote.yml', '--input', 'to=production'),
      io(),
      undefined,
      env,
    );
    expect(second.errors).toEqual([]);
    const resolve = job(second, 'promote / what runs in staging');
    expect(resolve.outputs).toMatchObject({ image, digest, tag: `production-${digest.slice(7, 19)}` });
    expect(job(second, 'promote').outputs).toMatchObject({ digest, result: 'promoted' });
    expect(job(second, 'promote').outputs.image).toContain(digest);
    const deployments = env.left().deployments;
    expect(deployments.map((d) => [d.environment, d.state])).toEqual([
      ['staging', 'success'],
      ['production', 'success'],
    ]);
    expect(deployments[1]!.payload).toContain(digest);
    expect(job(second, 'promote / audit').summary).toContain(`| digest | \`${digest}\` |`);
    // Staging and production are separate namespaces of the cluster (each environment's K8S_NAMESPACE).
    const cluster = env.clusters.get('us-east-1')!;
    const images = (ns: string) =>
      cluster.objects
        .list('Deployment', ns)
        .flatMap(
          (d) =>
            (d.spec as { template: { spec: { containers: { image: string }[] } } }).template.spec.containers,
        )
        .map((c) => c.image);
    expect(images('staging')).toContain(image);
    expect(images('production').some((i) => i.endsWith(digest))).toBe(true);
    expect(second.conclusion).toBe('success');
  }, 300_000);
});
