/**
 * `keelson rollout --simulate --strategy canary` as users and scripts use it: the JSON contract (canary.maxWeight,
 * canary.exposure measured on users' own requests, trafficDuring, final) on the ALB path of the sample service.
 */
import { describe, expect, it, jest } from '@jest/globals';
import { fileURLToPath } from 'node:url';
import { cliIn } from './helpers/cli.js';

jest.setTimeout(180_000);

const sample = fileURLToPath(new URL('../examples/sample-service/', import.meta.url));
const ALB = ['k8s/deployment.yaml', 'k8s/service.yaml', 'k8s/hpa.yaml', 'k8s/ingress.yaml'].flatMap((f) => [
  '--manifests',
  f,
]);

interface Out {
  result: string;
  rollbackReason?: string;
  canary?: { maxWeight: number; exposure: number };
  trafficDuring: {
    requests: number;
    errors: number;
    byVersion: Record<string, number>;
    errorsByCause: Record<string, number>;
  };
  final: {
    services: Record<string, { selector: Record<string, string> }>;
    deployments: Record<string, { replicas: number }>;
  };
  timeline: { phase: string; message: string }[];
}

async function canary(image: string, ...extra: string[]): Promise<{ code: number; json: Out; err: string }> {
  const r = await cliIn(
    sample,
    'rollout',
    '--simulate',
    '--format',
    'json',
    '--service',
    'sample-service',
    '--strategy',
    'canary',
    ...ALB,
    '--previous-image',
    'ghcr.io/acme/sample-service:v1',
    '--set-image',
    image,
    '--traffic',
    '50',
    ...extra,
  );
  return { code: r.code, json: (r.out ? JSON.parse(r.out) : {}) as Out, err: r.err };
}

describe('keelson rollout --simulate --strategy canary', () => {
  it('a bad canary is caught at its first step on the ALB: exit 1, exposure within the first step, no request failed by the mechanics', async () => {
    const r = await canary(
      'ghcr.io/acme/sample-service:v2-errors-30',
      '--steps',
      '10,50,100',
      '--analysis-interval',
      '10s',
    );
    expect(r.code).toBe(1);
    expect(r.json.result).toBe('rolled-back');
    expect(r.json.rollbackReason).toMatch(/^step 1\/3 \(10%\): analysis failed/);
    expect(r.json.canary?.maxWeight).toBe(10);
    expect(r.json.canary?.exposure).toBeGreaterThan(0);
    expect(r.json.canary?.exposure).toBeLessThanOrEqual(0.1);
    expect(r.json.trafficDuring.errorsByCause['load-balancer'] ?? 0).toBe(0);
    expect(r.json.final.services['sample-service'].selector['keelson.dev/color']).toBe('blue');
  });

  it('a good canary walks its steps and is promoted: exit 0, max weight 100', async () => {
    const r = await canary(
      'ghcr.io/acme/sample-service:v2',
      '--steps',
      '20,100',
      '--step-duration',
      '30s',
      '--scale-down-delay',
      '0',
    );
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.json.result).toBe('promoted');
    expect(r.json.canary?.maxWeight).toBe(100);
    expect(r.json.trafficDuring.errors).toBe(0);
    expect(
      r.json.timeline.filter((e) => e.phase === 'step').map((e) => e.message.replace(/ \(.*$/, '')),
    ).toEqual(['step 1/2: v2 takes 20% of users', 'step 2/2: v2 takes 100% of users']);
    expect(r.json.final.services['sample-service'].selector['keelson.dev/color']).toBe('green');
  });

  it('a bad --steps is one error line naming the flag, exit 2', async () => {
    const r = await canary('ghcr.io/acme/sample-service:v2', '--steps', '50,10');
    expect(r.code).toBe(2);
    expect(r.err).toContain(
      "Invalid input 'steps': '50,10'. Expected a comma-separated list of increasing percentages",
    );
  });
});
