/**
 * `keelson rollout --simulate --strategy canary --router gateway-api`: the JSON contract (canary.maxWeight,
 * canary.exposure measured on users' own requests through the Gateway, trafficDuring, final) with the sample
 * service behind an HTTPRoute of the simulator's Gateway API controller, and the one error line without a route.
 */
import { describe, expect, it, jest } from '@jest/globals';
import { fileURLToPath } from 'node:url';
import { cliIn } from './helpers/cli.js';

jest.setTimeout(180_000);

const sample = fileURLToPath(new URL('../examples/sample-service/', import.meta.url));
const APP = ['k8s/deployment.yaml', 'k8s/service.yaml', 'k8s/hpa.yaml'].flatMap((f) => ['--manifests', f]);

/** The simulator's Gateway and the sample's HTTPRoute to sample-service (examples/sample-service/k8s). */
const GATEWAY = ['--manifests', 'k8s/gateway.yaml', '--manifests', 'k8s/httproute.yaml'];

interface Out {
  result: string;
  rollbackReason?: string;
  canary?: { maxWeight: number; exposure: number };
  trafficDuring: { requests: number; errors: number; byVersion: Record<string, number> };
  final: { services: Record<string, { selector: Record<string, string> }> };
  timeline: { phase: string; message: string }[];
}

async function rollout(
  image: string,
  ...extra: string[]
): Promise<{ code: number; json: Out; out: string; err: string }> {
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
    '--router',
    'gateway-api',
    ...APP,
    '--previous-image',
    'ghcr.io/acme/sample-service:v1',
    '--set-image',
    image,
    '--traffic',
    '50',
    ...extra,
  );
  let json = {} as Out;
  try {
    json = JSON.parse(r.out) as Out;
  } catch {
    // not JSON: the test reads out/err
  }
  return { code: r.code, json, out: r.out, err: r.err };
}

describe('keelson rollout --simulate --strategy canary --router gateway-api', () => {
  it('a bad canary is caught at its first step: exit 1, max weight 10, exposure within the first step, users back on v1', async () => {
    const r = await rollout(
      'ghcr.io/acme/sample-service:v2-errors-30',
      ...GATEWAY,
      '--steps',
      '10,50,100',
      '--analysis-interval',
      '10s',
    );
    expect(r.err).toBe('');
    expect(r.code).toBe(1);
    expect(r.json.result).toBe('rolled-back');
    expect(r.json.rollbackReason).toMatch(/^step 1\/3 \(10%\): analysis failed/);
    expect(r.json.canary?.maxWeight).toBe(10);
    expect(r.json.canary?.exposure).toBeGreaterThan(0);
    expect(r.json.canary?.exposure).toBeLessThanOrEqual(0.1);
    expect(r.json.trafficDuring.requests).toBeGreaterThan(500);
    expect(r.json.final.services['sample-service']?.selector['keelson.dev/color']).toBe('blue');
    expect(r.json.timeline.find((e) => e.phase === 'step')?.message).toMatch(
      /^step 1\/3: v2-errors-30 takes 10% of users \(HTTPRoute sample-service weighs 10 for sample-service-green, 90 for sample-service-blue: Accepted and ResolvedRefs at generation \d+/,
    );
  });

  it('a good canary walks its steps: exit 0, max weight 100, no request failed', async () => {
    const r = await rollout(
      'ghcr.io/acme/sample-service:v2',
      ...GATEWAY,
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
    expect(r.json.canary?.exposure).toBeGreaterThan(0.1);
    expect(r.json.trafficDuring.errors).toBe(0);
    expect(r.json.trafficDuring.byVersion.v2).toBeGreaterThan(0);
    expect(r.json.final.services['sample-service']?.selector['keelson.dev/color']).toBe('green');
  });

  it('without an HTTPRoute to the service: one line naming http-route', async () => {
    const r = await rollout('ghcr.io/acme/sample-service:v2', '--steps', '10,100');
    expect(r.code).not.toBe(0);
    expect(r.err.trim()).toBe(
      "keelson rollout: Input 'http-route' is required with router gateway-api: name the HTTPRoute whose backendRefs send users to Service sample-service (none in the manifests does).",
    );
  });
});
