/**
 * Canary analysis against a real Prometheus (Debian's `prometheus`, installed by the test command) scraping the
 * simulated pods' /metrics through file_sd targets the simulator writes; Keelson asks it real PromQL, templated per
 * version. Prometheus down is inconclusive, and a step with nothing conclusive fails.
 */
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { parseCanarySteps } from '../src/lib/deploy/canary-settings.js';
import { startLoad, summarizeLoad, type Load } from '../src/sim/load.js';
import { startPrometheus, type PrometheusServer } from '../src/sim/prometheus.js';
import {
  albUrl,
  deployWith,
  harness,
  writePlatformApp,
  type Harness,
  clusterReads,
} from './deploy/harness.js';

jest.setTimeout(240_000);

let h: Harness;
const { replicas } = clusterReads(() => h);
let load: Load | undefined;
let prom: PrometheusServer | undefined;
beforeEach(async () => {
  h = await harness({ gates: true });
  load = undefined;
  // At most 3 simulated seconds per wall second while Prometheus scrapes every wall second: a 30 s step sees
  // about ten scrapes even when both cores are busy (at 10 it saw none on a loaded CI machine).
  prom = await startPrometheus(h.kube, h.dir, { clock: h.clock, pace: 3 });
});
afterEach(async () => {
  await load?.stop();
  await prom?.close();
  await h.close();
});

const IMAGE = (tag: string): string => `registry.example/web:${tag}`;

/** The canary's share of 5xx over its lifetime, from the pods' own counters. */
const checks = (url: string): string => `
- name: canary-5xx
  kind: prometheus
  url: ${url}
  query: sum(http_requests_total{version="{{canary}}",code=~"5.."}) / clamp_min(sum(http_requests_total{version="{{canary}}"}), 1)
  threshold: '< 0.05'
`;

async function liveV1WithUsers(): Promise<void> {
  writePlatformApp(h.dir, IMAGE('v1'));
  const r = await deployWith(h, {
    version: 'v1',
    verifyWindowMs: 10_000,
    scaleDownDelayMs: 0,
    healthChecks: '',
  });
  if (r.result.result !== 'promoted') throw new Error(`setup: v1 not promoted: ${r.result.rollbackReason}`);
  const url = await albUrl(h);
  load = startLoad(h.clock, () => url, { rps: 50 });
  await h.clock.sleep(10_000);
}

const canary = {
  steps: parseCanarySteps('steps', '10,100', 30_000),
  analysisIntervalMs: 5_000,
  failureLimit: 2,
  action: 'run' as const,
};

describe('canary analysis with a real Prometheus', () => {
  it('the pods expose per-version counters that Prometheus scrapes', async () => {
    await liveV1WithUsers();
    const server = prom as PrometheusServer;
    let value = 0;
    for (let i = 0; i < 100 && value === 0; i++) {
      await new Promise((r) => setTimeout(r, 200));
      const r = await fetch(
        `${server.url}/api/v1/query?query=${encodeURIComponent('sum(http_requests_total{version="v1"})')}`,
      );
      const body = (await r.json()) as { status: string; data: { result: { value: [number, string] }[] } };
      expect(body.status).toBe('success');
      value = Number(body.data.result[0]?.value[1] ?? 0);
    }
    expect(value).toBeGreaterThan(0);
  });

  it('a canary failing 30 % of requests is caught by the PromQL check at 10 %; a good one is promoted', async () => {
    await liveV1WithUsers();
    const server = prom as PrometheusServer;
    writePlatformApp(h.dir, IMAGE('v2-errors-30'));
    const bad = await deployWith(h, {
      version: 'v2',
      strategy: 'canary',
      canary,
      healthChecks: checks(server.url),
    });
    expect(bad.result).toMatchObject({ result: 'rolled-back', liveColor: 'blue' });
    expect(bad.result.rollbackReason).toMatch(
      /^step 1\/2 \(10%\): analysis failed: check 1 \('canary-5xx'\).*value 0\.\d+ is not < 0\.05/,
    );
    expect(replicas('web-green')).toBe(0);

    writePlatformApp(h.dir, IMAGE('v3'));
    const good = await deployWith(h, {
      version: 'v3',
      strategy: 'canary',
      canary,
      healthChecks: checks(server.url),
    });
    expect([good.result.result, good.result.liveColor, good.result.rollbackReason ?? '']).toEqual([
      'promoted',
      'green',
      '',
    ]);
    const saw = summarizeLoad(await (load as Load).stop());
    load = undefined;
    expect(saw.errorsByCause['load-balancer'] ?? 0).toBe(0);
  });

  it('Prometheus down: every probe inconclusive, and the step fails rather than passes', async () => {
    await liveV1WithUsers();
    const server = prom as PrometheusServer;
    await server.stop();
    writePlatformApp(h.dir, IMAGE('v2'));
    const r = await deployWith(h, {
      version: 'v2',
      strategy: 'canary',
      canary,
      healthChecks: checks(server.url),
    });
    expect(r.result).toMatchObject({ result: 'rolled-back', liveColor: 'blue' });
    // No probe could conclude anything in the step's 30 s: that fails the step, it does not pass it.
    expect(r.result.rollbackReason).toBe(
      "step 1/2 (10%): analysis failed: the window (30s) ended before check 1 ('canary-5xx') completed a probe",
    );
    expect(
      r.timeline.events.some((e) =>
        /^canary-5xx: the metrics backend http:\/\/127\.0\.0\.1:\d+ could not be reached: .* \(not counted\)$/.test(
          e.message,
        ),
      ),
    ).toBe(true);
    expect(replicas('web-green')).toBe(0);
    expect(replicas('web-blue')).toBeGreaterThanOrEqual(3);
  });
});
