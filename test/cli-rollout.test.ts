/**
 * `keelson rollout --simulate` as users and scripts use it: the JSON contract (trafficDuring.errorsByCause,
 * final with replicasLow), users' traffic through the ALB when an ALB Ingress is in the manifests, and the exit
 * codes (0 promoted, 1 rolled back or failed, 2 usage or input error).
 */
import { describe, expect, it, jest } from '@jest/globals';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cliIn } from './helpers/cli.js';

jest.setTimeout(180_000);

const sample = fileURLToPath(new URL('../examples/sample-service/', import.meta.url));
const ALB = [
  '--manifests',
  'k8s/deployment.yaml',
  '--manifests',
  'k8s/service.yaml',
  '--manifests',
  'k8s/hpa.yaml',
  '--manifests',
  'k8s/ingress.yaml',
];
const PLAIN = ['--manifests', 'k8s/deployment.yaml', '--manifests', 'k8s/service.yaml'];

interface Out {
  result: string;
  rollbackReason?: string;
  trafficDuring: {
    requests: number;
    errors: number;
    byVersion: Record<string, number>;
    errorsByCause: Record<string, number>;
  };
  trafficAfter: Record<string, number>;
  final: {
    deployments: Record<
      string,
      { replicas: number; readyReplicas: number; replicasLow: number; images: string[] }
    >;
    hpas: Record<string, { target: string; currentReplicas: number; desiredReplicas: number }>;
    services: Record<string, { selector: Record<string, string> }>;
    release: Record<
      string,
      { deployment: string | null; images: string[]; replicas: number; readyReplicas: number }
    >;
  };
  timeline: { phase: string; message: string }[];
}

async function rollout(...args: string[]): Promise<{ code: number; json: Out; err: string }> {
  const r = await cliIn(
    sample,
    'rollout',
    '--simulate',
    '--format',
    'json',
    '--service',
    'sample-service',
    // These cases are about blue-green; the CLI's default is rolling, as the action's.
    ...(args.includes('--strategy') ? [] : ['--strategy', 'blue-green']),
    ...args,
  );
  return { code: r.code, json: (r.out ? JSON.parse(r.out) : {}) as Out, err: r.err };
}

describe('keelson rollout --simulate --format json', () => {
  it('rolls out with the rolling strategy unless told otherwise, as the deploy action does', async () => {
    const r = await cliIn(
      sample,
      'rollout',
      '--simulate',
      '--format',
      'json',
      '--service',
      'sample-service',
      ...PLAIN,
      '--set-image',
      'ghcr.io/acme/sample-service:v1',
      '--verify-window',
      '2s',
    );
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out) as Out;
    expect(json.timeline[0]?.message).toMatch(/^rolling rollout of sample-service /);
    expect(Object.keys(json.final.deployments)).toEqual(['sample-service']);
    const help = await cliIn(sample, 'rollout', '--help');
    expect(help.out).toContain(
      '--strategy rolling|blue-green|canary     (default rolling, as the deploy action)',
    );
  });

  it("a new user's first try: Deployment + Service only, no checks configured, a version failing 30 % — rolled back, exit 1", async () => {
    const r = await rollout(
      ...PLAIN,
      '--previous-image',
      'ghcr.io/acme/sample-service:v1',
      '--set-image',
      'ghcr.io/acme/sample-service:v2-errors-30',
      '--traffic',
      '20',
    );
    expect(r.code).toBe(1);
    expect(r.json.result).toBe('rolled-back');
    expect(r.json.rollbackReason).toMatch(/^pre-switch checks failed: check 2 \('requests'\)/);
    expect(r.json.trafficDuring.errors).toBe(0);
    expect(r.json.trafficAfter).toEqual({ v1: 50 });
    expect(r.json.final.services['sample-service'].selector).toEqual({
      app: 'sample-service',
      'keelson.dev/color': 'blue',
    });
  });

  it('through the ALB with an HPA: promoted with no failed request; final shows the cluster left behind; exit 0', async () => {
    const r = await rollout(
      ...ALB,
      '--previous-image',
      'ghcr.io/acme/sample-service:v1',
      '--set-image',
      'ghcr.io/acme/sample-service:v2',
      '--traffic',
      '50',
      '--verify-window',
      '30s',
      '--scale-down-delay',
      '0',
    );
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.json.result).toBe('promoted');
    expect(r.json.trafficDuring.requests).toBeGreaterThan(50 * 30);
    expect(r.json.trafficDuring.errors).toBe(0);
    expect(r.json.trafficDuring.errorsByCause).toEqual({});
    expect(r.json.trafficAfter).toEqual({ v2: 50 });
    const green = r.json.final.deployments['sample-service-green'];
    expect(green.images).toEqual(['ghcr.io/acme/sample-service:v2']);
    expect(green.readyReplicas).toBeGreaterThanOrEqual(3); // the HPA may be adding pods under the load
    expect(green.replicasLow).toBeGreaterThanOrEqual(3);
    expect(r.json.final.deployments['sample-service-blue']).toMatchObject({ replicas: 0, replicasLow: 0 });
    expect(r.json.final.hpas['sample-service']).toMatchObject({ target: 'sample-service-green' });
    expect(r.json.final.hpas['sample-service'].desiredReplicas).toBeGreaterThanOrEqual(3);
    expect(r.json.final.services['sample-service'].selector).toEqual({
      app: 'sample-service',
      'keelson.dev/color': 'green',
    });
    expect(
      r.json.timeline.some((e) => e.phase === 'switch' && /the ALB sends all users to green/.test(e.message)),
    ).toBe(true);
  });

  it('a regression under live traffic: errorsByCause blames the version, not the load balancer', async () => {
    const r = await rollout(
      ...ALB,
      '--previous-image',
      'ghcr.io/acme/sample-service:v1',
      '--set-image',
      'ghcr.io/acme/sample-service:v2',
      '--fail-after-switch',
      '0.3',
      '--traffic',
      '50',
      '--verify-window',
      '60s',
    );
    expect(r.code).toBe(1);
    expect(r.json.result).toBe('rolled-back');
    expect(r.json.trafficDuring.errorsByCause['version:v2']).toBeGreaterThan(0);
    expect(r.json.trafficDuring.errorsByCause['load-balancer']).toBeUndefined();
    expect(r.json.trafficAfter).toEqual({ v1: 50 });
    expect(r.json.final.hpas['sample-service'].target).toBe('sample-service-blue');
    expect(r.json.final.deployments['sample-service-blue'].replicasLow).toBeGreaterThanOrEqual(3);
  });

  it('final.release: every Deployment of the manifests (a worker too) with the one that runs it and its images', async () => {
    // The sample service plus a worker reading the same image: a rollback must leave both on v1, visibly.
    const dir = mkdtempSync(join(tmpdir(), 'keelson-cli-release-'));
    try {
      mkdirSync(join(dir, 'k8s'));
      for (const f of ['deployment.yaml', 'service.yaml'])
        writeFileSync(join(dir, 'k8s', f), readFileSync(join(sample, 'k8s', f)));
      writeFileSync(
        join(dir, 'k8s', 'worker.yaml'),
        `apiVersion: apps/v1
kind: Deployment
metadata:
  name: sample-worker
spec:
  replicas: 1
  selector:
    matchLabels:
      app: sample-worker
  template:
    metadata:
      labels:
        app: sample-worker
    spec:
      containers:
        - name: worker
          image: ghcr.io/acme/sample-service:v1
`,
      );
      const r = await cliIn(
        dir,
        'rollout',
        '--simulate',
        '--format',
        'json',
        '--service',
        'sample-service',
        ...PLAIN,
        '--manifests',
        'k8s/worker.yaml',
        '--previous-image',
        'ghcr.io/acme/sample-service:v1',
        '--set-image',
        'ghcr.io/acme/sample-service:v2',
        '--fail-after-switch',
        '1',
        '--verify-window',
        '30s',
        '--prune', // never on a failure: the rollback below keeps everything
        '--strategy',
        'blue-green',
      );
      const json = JSON.parse(r.out) as Out;
      expect(r.code).toBe(1);
      expect(json.result).toBe('rolled-back');
      expect(json.final.release).toEqual({
        'sample-service': {
          deployment: 'sample-service-blue',
          images: ['ghcr.io/acme/sample-service:v1'],
          replicas: expect.any(Number),
          readyReplicas: expect.any(Number),
        },
        'sample-worker': {
          deployment: 'sample-worker-blue',
          images: ['ghcr.io/acme/sample-service:v1'],
          replicas: 1,
          readyReplicas: 1,
        },
      });
      expect(json.final.deployments['sample-worker-green']).toMatchObject({
        replicas: 0,
        images: ['ghcr.io/acme/sample-service:v2'],
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it.each([
    [['--traffic', '500'], "Invalid input 'traffic'"],
    [['--strategy', 'a-b'], "Invalid input 'strategy'"],
    [['--strategy', 'canary', '--analysis-interval', '100ms'], "Invalid input 'analysis-interval'"],
    [['--bogus'], "Unknown option '--bogus'"],
  ])('%j is a usage error: one line, exit 2', async (extra, line) => {
    const r = await cliIn(sample, 'rollout', '--simulate', '--service', 'sample-service', ...PLAIN, ...extra);
    expect(r.code).toBe(2);
    expect(r.err).toContain(line);
    expect(r.err.trim().split('\n')).toHaveLength(1);
  });
});
