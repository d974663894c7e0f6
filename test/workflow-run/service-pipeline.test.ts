/**
 * Keelson's service-pipeline.yml through the runner with production over two regions: the region list split by a
 * run: step, its JSON output expanded as the production-regions matrix (fromJSON of a job output), each matrix
 * job calling service-deploy.yml in its region's cluster after the primary region is healthy.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import type { CliIO } from '../../src/cli/command.js';
import { parseWorkflowRunArgs, runWorkflowCommand } from '../../src/cli/commands/workflow.js';
import { Masker, maskExcept } from '../../src/lib/mask.js';
import { job, keelsonRoot, tempRepo, type Repo } from './helpers.js';

let repo: Repo;
afterEach(() => repo?.cleanup());

describe('service-pipeline.yml through the runner', () => {
  it('deploys the primary region, then each other region through the matrix, one cluster per region', async () => {
    repo = tempRepo();
    cpSync(join(keelsonRoot, 'examples/sample-service'), repo.dir, {
      recursive: true,
      filter: (src) => !/node_modules|junit\.xml$|\.github/.test(src),
    });
    repo.write(
      '.github/workflows/pipeline.yml',
      `name: pipeline
on: push
jobs:
  pipeline:
    uses: keelson-dev/keelson/.github/workflows/service-pipeline.yml@v1
    with:
      service: sample-service
      test-command: npm test
      dockerfile: local/Dockerfile
      iac-path: ''
      image-name: app
      strategy: rolling
      regions: us-east-1,us-west-2
      manifests: |
        k8s/deployment.yaml
        k8s/service.yaml
        k8s/hpa.yaml
        k8s/ingress.yaml
      verify-window: 30s
`,
    );
    let out = '';
    const masker = new Masker();
    const io: CliIO = {
      masker,
      stdout: (t, keep = []) => void (out += maskExcept(masker, t, keep)),
      stderr: (t) => void (out += masker.mask(t)),
      env: {},
      cwd: repo.dir,
      isTTY: false,
    };
    const f = parseWorkflowRunArgs(
      [
        'run',
        '.github/workflows/pipeline.yml',
        '--repository',
        'acme/sample-service',
        '--trivy-report',
        'local/trivy-report.json',
      ],
      io,
    );
    const images: Record<string, string[]> = {};
    const result = await runWorkflowCommand(f, io, (env) => {
      for (const [region, c] of env?.clusters ?? [])
        images[region] = c.objects
          .list('Deployment', 'production')
          .flatMap(
            (d) =>
              (d.spec as { template: { spec: { containers: { image: string }[] } } }).template.spec
                .containers,
          )
          .map((x) => x.image);
    });
    if (result.conclusion !== 'success') console.log(out.slice(-4000));
    expect(result.errors).toEqual([]);
    expect(job(result, 'pipeline / production regions').outputs).toEqual({
      primary: 'us-east-1',
      others: '["us-west-2"]',
    });
    const image = job(result, 'pipeline / CI').outputs.image!;
    expect(job(result, 'pipeline / production (us-west-2)').result).toBe('success');
    expect(job(result, 'pipeline / production (us-west-2)').matrix).toEqual({ region: 'us-west-2' });
    expect(images['us-east-1']).toContain(image);
    expect(images['us-west-2']).toContain(image);
    expect(result.conclusion).toBe('success');
  }, 300_000);
});
