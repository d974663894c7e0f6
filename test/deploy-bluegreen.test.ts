/**
 * The blue-green fault matrix against the Kubernetes emulator (real HTTP, real traffic to pods, a clock 40×
 * faster than the wall). Each case ends with all traffic on a healthy version and the right outcome.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { LABEL } from '../src/lib/k8s/manifests.js';
import type { Deployment, Lease, Service } from '../src/lib/k8s/types.js';
import {
  HTTP_CHECKS,
  deployWith,
  harness,
  liveV1,
  traffic,
  writeApp,
  type Harness,
  clusterReads,
} from './deploy/harness.js';

let h: Harness;
const { replicas } = clusterReads(() => h);
beforeEach(async () => {
  h = await harness();
});
afterEach(async () => h.close());

const service = (): Service | undefined =>
  h.kube.objects.get('Service', 'default', 'web') as Service | undefined;
/** What a rollout left: the color the live Service selects, and each Deployment's replicas × image. */
const left = (): { color?: string; deployments: Record<string, string> } => ({
  color: service()?.spec?.selector?.[LABEL.color],
  deployments: Object.fromEntries(
    (h.kube.objects.list('Deployment', 'default') as Deployment[]).map((d) => [
      d.metadata.name,
      `${d.spec?.replicas} × ${(d.spec?.template?.spec?.containers ?? []).map((c) => c.image).join(',')}`,
    ]),
  ),
});
const lease = (): Lease | undefined =>
  h.kube.objects.get('Lease', 'default', 'keelson-web') as Lease | undefined;

describe('blue-green', () => {
  it('first-ever deploy: creates blue and the live Service after the checks pass', async () => {
    writeApp(h.dir, 'registry.example/web:v1');
    const r = await deployWith(h, { version: 'v1', verifyWindowMs: 6_000 });
    expect(r.result).toMatchObject({ result: 'promoted', version: 'v1', liveColor: 'blue' });
    expect(r.result.previousVersion).toBeUndefined();
    expect(service()?.spec?.selector).toEqual({ app: 'web', [LABEL.color]: 'blue' });
    expect(await traffic(h)).toEqual({ v1: 40 });
    expect(lease()).toBeUndefined();
    expect(r.markdown).toContain('### ✅ Promoted: web v1 (blue-green, default)');
    expect(left()).toEqual({ color: 'blue', deployments: { 'web-blue': '2 × registry.example/web:v1' } });
  });

  it('promotes a healthy v2: switch, verify, old color scaled down after the delay', async () => {
    await liveV1(h);
    writeApp(h.dir, 'registry.example/web:v2');
    const r = await deployWith(h, { version: 'v2', scaleDownDelayMs: 5_000 });
    expect(r.result).toMatchObject({
      result: 'promoted',
      version: 'v2',
      previousVersion: 'v1',
      liveColor: 'green',
    });
    expect(await traffic(h)).toEqual({ v2: 40 });
    expect(replicas('web-blue')).toBe(0);
    expect(replicas('web-green')).toBe(2);
    const phases = r.timeline.events.map((e) => e.phase);
    expect(phases.indexOf('pre-switch')).toBeLessThan(phases.indexOf('switch'));
    expect(phases.indexOf('switch')).toBeLessThan(phases.indexOf('verify'));
    expect(phases.indexOf('verify')).toBeLessThan(phases.indexOf('scale-down'));
    expect(left()).toEqual({
      color: 'green',
      deployments: { 'web-blue': '0 × registry.example/web:v1', 'web-green': '2 × registry.example/web:v2' },
    });
  });

  it('re-running a finished deploy changes nothing', async () => {
    await liveV1(h);
    h.kube.clearRequests();
    const r = await deployWith(h, { version: 'v1' });
    expect(r.result).toMatchObject({ result: 'promoted', unchanged: true, liveColor: 'blue' });
    const writes = h.kube.requests.filter((q) => q.method !== 'GET' && !q.path.includes('/leases'));
    expect(writes).toEqual([]);
    expect(await traffic(h)).toEqual({ v1: 40 });
    expect(left()).toEqual({ color: 'blue', deployments: { 'web-blue': '2 × registry.example/web:v1' } });
  });

  it('a crash-looping version never gets traffic, and is rejected as soon as it crash-loops', async () => {
    await liveV1(h);
    writeApp(h.dir, 'registry.example/web:v2-crashloop', { progressDeadlineSeconds: 600 });
    const r = await deployWith(h, { version: 'v2', readyTimeoutMs: 600_000 });
    expect(r.result.result).toBe('rolled-back');
    expect(r.result.rollbackReason).toMatch(
      /^green did not become ready: pod web-green-\w+-\w+ container web is CrashLoopBackOff: back-off 10s restarting failed container=web/,
    );
    // Started at 0.5 s, crashed at 3.5 s and 6.5 s: back-off from then; seen at the next poll (1 s), not at the
    // 10-minute deadline.
    const at = (phase: string, match: RegExp): number =>
      r.timeline.events.find((e) => e.phase === phase && match.test(e.message))?.at ?? NaN;
    expect(at('rollback', /CrashLoopBackOff/) - at('apply', /Deployment/)).toBeLessThanOrEqual(8_000);
    expect(service()?.spec?.selector?.[LABEL.color]).toBe('blue');
    expect(replicas('web-green')).toBe(0);
    expect(await traffic(h)).toEqual({ v1: 40 });
    expect(left()).toEqual({
      color: 'blue',
      deployments: {
        'web-blue': '2 × registry.example/web:v1',
        'web-green': '0 × registry.example/web:v2-crashloop',
      },
    });
  });

  it('a version that never becomes ready hits the progress deadline', async () => {
    await liveV1(h);
    writeApp(h.dir, 'registry.example/web:v2-never-ready', { progressDeadlineSeconds: 20 });
    const r = await deployWith(h, { version: 'v2' });
    expect(r.result).toMatchObject({ result: 'rolled-back', previousVersion: 'v1', liveColor: 'blue' });
    expect(r.result.rollbackReason).toContain('progress deadline exceeded');
    expect(await traffic(h)).toEqual({ v1: 40 });
    expect(left()).toEqual({
      color: 'blue',
      deployments: {
        'web-blue': '2 × registry.example/web:v1',
        'web-green': '0 × registry.example/web:v2-never-ready',
      },
    });
  });

  it('5xx on 30 % of requests is caught by a sampled check before the switch', async () => {
    await liveV1(h);
    writeApp(h.dir, 'registry.example/web:v2-errors-30', { readinessProbe: false });
    const checks = `
- name: error-ratio
  kind: http
  url: \${TARGET_URL}/
  samples: 20
  max-error-ratio: 5%
  interval: 2s
  failure-threshold: 2
`;
    const r = await deployWith(h, { version: 'v2', healthChecks: checks, readyTimeoutMs: 20_000 });
    expect(r.result.result).toBe('rolled-back');
    expect(r.result.rollbackReason).toMatch(/^pre-switch checks failed: .*requests failed/);
    expect(await traffic(h)).toEqual({ v1: 40 });
    expect(left()).toEqual({
      color: 'blue',
      deployments: {
        'web-blue': '2 × registry.example/web:v1',
        'web-green': '0 × registry.example/web:v2-errors-30',
      },
    });
  });

  it('5xx that starts after the switch is rolled back within the verify window', async () => {
    await liveV1(h);
    writeApp(h.dir, 'registry.example/web:v2');
    // Healthy through the pre-switch checks, then 30 % errors once it is live.
    const checks = `
- name: error-ratio
  kind: http
  url: \${TARGET_URL}/
  samples: 20
  max-error-ratio: 5%
  interval: 2s
  failure-threshold: 2
`;
    const r = await deployWith(h, {
      version: 'v2',
      healthChecks: checks,
      verifyWindowMs: 60_000,
      onEvent: (e) => {
        if (e.phase === 'switch' && e.level === 'ok')
          h.kube.sim.behaviour('registry.example/web:v2', { errorRate: 0.3 });
      },
    });
    expect(r.result).toMatchObject({ result: 'rolled-back', liveColor: 'blue', previousVersion: 'v1' });
    expect(r.result.rollbackReason).toMatch(/^verify window failed: /);
    expect(r.result.detectSeconds).toBeLessThanOrEqual(4 + 1); // failure-threshold × interval (+ probe time)
    expect(r.result.rollbackSeconds).toBeLessThan(10);
    expect(await traffic(h)).toEqual({ v1: 40 });
    expect(replicas('web-green')).toBe(0);
    expect(left()).toEqual({
      color: 'blue',
      deployments: { 'web-blue': '2 × registry.example/web:v1', 'web-green': '0 × registry.example/web:v2' },
    });
  });

  it('a version slower than max-latency is not switched to', async () => {
    await liveV1(h);
    writeApp(h.dir, 'registry.example/web:v2-slow-2000');
    const checks = `
- name: healthz
  kind: http
  url: \${TARGET_URL}/healthz
  interval: 5s
  timeout: 4s
  failure-threshold: 2
  max-latency: 1500ms
`;
    const r = await deployWith(h, { version: 'v2', readyTimeoutMs: 30_000, healthChecks: checks });
    expect(r.result.result).toBe('rolled-back');
    expect(r.result.rollbackReason).toMatch(/over max-latency 1\.5s/);
    expect(await traffic(h)).toEqual({ v1: 40 });
    expect(left()).toEqual({
      color: 'blue',
      deployments: {
        'web-blue': '2 × registry.example/web:v1',
        'web-green': '0 × registry.example/web:v2-slow-2000',
      },
    });
  });

  it('a health endpoint that hangs times out and is not switched to', async () => {
    await liveV1(h);
    writeApp(h.dir, 'registry.example/web:v2-hang', { readinessProbe: false });
    const r = await deployWith(h, { version: 'v2', readyTimeoutMs: 20_000 });
    expect(r.result.result).toBe('rolled-back');
    expect(r.result.rollbackReason).toMatch(/pre-switch checks failed: .*healthz/);
    expect(service()?.spec?.selector?.[LABEL.color]).toBe('blue');
    expect(left()).toEqual({
      color: 'blue',
      deployments: {
        'web-blue': '2 × registry.example/web:v1',
        'web-green': '0 × registry.example/web:v2-hang',
      },
    });
    expect(await traffic(h)).toEqual({ v1: 40 });
  });

  it('the API answering 409 and 500 during the switch is retried', async () => {
    await liveV1(h);
    h.kube.clearRequests();
    writeApp(h.dir, 'registry.example/web:v2');
    const r = await deployWith(h, {
      version: 'v2',
      onEvent: (e) => {
        if (e.phase === 'pre-switch' && e.level === 'ok') {
          h.kube.inject({ status: 409, method: 'PATCH', path: '/services/web?', times: 1 });
          h.kube.inject({ status: 500, method: 'PATCH', path: '/services/web?', times: 2 });
        }
      },
    });
    expect(r.result).toMatchObject({ result: 'promoted', liveColor: 'green' });
    const patches = h.kube.requests.filter(
      (q) =>
        q.method === 'PATCH' &&
        q.path === '/api/v1/namespaces/default/services/web' &&
        !q.query.includes('dryRun'),
    );
    // the apply that keeps the selector on blue, then the switch: 409, 500, 500, then through
    expect(patches.map((p) => p.status)).toEqual([200, 409, 500, 500, 200]);
    expect(await traffic(h)).toEqual({ v2: 40 });
    expect(left()).toEqual({
      color: 'green',
      deployments: { 'web-blue': '0 × registry.example/web:v1', 'web-green': '2 × registry.example/web:v2' },
    });
  });

  it('the API answering 500 while switching back still ends on the old color', async () => {
    await liveV1(h);
    writeApp(h.dir, 'registry.example/web:v2');
    const r = await deployWith(h, {
      version: 'v2',
      verifyWindowMs: 60_000,
      onEvent: (e) => {
        if (e.phase === 'switch' && e.level === 'ok') {
          h.kube.sim.behaviour('registry.example/web:v2', { errorRate: 1 });
          h.kube.inject({ status: 500, method: 'PATCH', path: '/services/web?', times: 3 });
        }
      },
    });
    expect(r.result).toMatchObject({ result: 'rolled-back', liveColor: 'blue' });
    expect(await traffic(h)).toEqual({ v1: 40 });
    expect(left()).toEqual({
      color: 'blue',
      deployments: { 'web-blue': '2 × registry.example/web:v1', 'web-green': '0 × registry.example/web:v2' },
    });
  });

  it('the API down for 10 s mid-rollout: the rollout waits it out and promotes', async () => {
    await liveV1(h);
    writeApp(h.dir, 'registry.example/web:v2');
    let cut = false;
    const r = await deployWith(h, {
      version: 'v2',
      onEvent: (e) => {
        if (e.phase === 'rollout' && !cut) {
          cut = true;
          h.kube.outage(10_000);
        }
      },
    });
    expect(cut).toBe(true);
    expect(r.result).toMatchObject({ result: 'promoted', liveColor: 'green' });
    expect(await traffic(h)).toEqual({ v2: 40 });
    expect(left()).toEqual({
      color: 'green',
      deployments: { 'web-blue': '0 × registry.example/web:v1', 'web-green': '2 × registry.example/web:v2' },
    });
  });

  it('the API down for 10 s during the verify window is not blamed on the new version', async () => {
    await liveV1(h);
    writeApp(h.dir, 'registry.example/web:v2');
    const r = await deployWith(h, {
      version: 'v2',
      healthChecks: HTTP_CHECKS,
      verifyWindowMs: 40_000,
      onEvent: (e) => {
        if (e.phase === 'verify' && e.message.startsWith('watching')) h.kube.outage(10_000);
      },
    });
    expect(r.result).toMatchObject({ result: 'promoted', liveColor: 'green' });
    expect(r.timeline.events.some((e) => e.phase === 'verify' && e.message.endsWith('(not counted)'))).toBe(
      true,
    );
    expect(await traffic(h)).toEqual({ v2: 40 });
    expect(left()).toEqual({
      color: 'green',
      deployments: { 'web-blue': '0 × registry.example/web:v1', 'web-green': '2 × registry.example/web:v2' },
    });
  });

  it('cancelled during the verify window: traffic back on the old color, Lease released', async () => {
    await liveV1(h);
    writeApp(h.dir, 'registry.example/web:v2');
    const cancel = new AbortController();
    const r = await deployWith(h, {
      version: 'v2',
      verifyWindowMs: 120_000,
      signal: cancel.signal,
      onEvent: (e) => {
        if (e.phase === 'verify' && e.message.startsWith('watching'))
          void h.clock.sleep(2_000).then(() => cancel.abort(new Error('cancelled')));
      },
    });
    expect(r.result).toMatchObject({
      result: 'rolled-back',
      rollbackReason: 'cancelled during the verify window',
      liveColor: 'blue',
    });
    expect(await traffic(h)).toEqual({ v1: 40 });
    expect(lease()).toBeUndefined();
    expect(left()).toEqual({
      color: 'blue',
      deployments: { 'web-blue': '2 × registry.example/web:v1', 'web-green': '0 × registry.example/web:v2' },
    });
  });

  it('a second rollout started concurrently fails fast naming the holder', async () => {
    await liveV1(h);
    writeApp(h.dir, 'registry.example/web:v2');
    let second: Promise<unknown> | undefined;
    const first = deployWith(h, {
      version: 'v2',
      holder: 'github-run-100-1',
      onEvent: (e) => {
        if (e.phase === 'lock' && e.message.startsWith('holding'))
          second = deployWith(h, { version: 'v3', holder: 'github-run-200-1' }).catch((x: unknown) => x);
      },
    });
    const r = await first;
    expect(r.result.result).toBe('promoted');
    const err = (await second) as Error;
    expect(err.message).toMatch(
      /^Another rollout of 'web' in 'default' is in progress: Lease keelson-web is held by 'github-run-100-1' since .+\. Set wait-for-lock to wait for it\.$/,
    );
    expect(await traffic(h)).toEqual({ v2: 40 });
    expect(left()).toEqual({
      color: 'green',
      deployments: { 'web-blue': '0 × registry.example/web:v1', 'web-green': '2 × registry.example/web:v2' },
    });
  });

  it('wait-for-lock waits for the other rollout, then deploys', async () => {
    await liveV1(h);
    writeApp(h.dir, 'registry.example/web:v2');
    let second: Promise<Awaited<ReturnType<typeof deployWith>>> | undefined;
    const first = deployWith(h, {
      version: 'v2',
      holder: 'run-a',
      verifyWindowMs: 10_000,
      onEvent: (e) => {
        if (e.phase === 'lock' && e.message.startsWith('holding') && !second) {
          second = deployWith(h, { version: 'v2', holder: 'run-b', waitForLockMs: 120_000 });
        }
      },
    });
    expect((await first).result.result).toBe('promoted');
    const r2 = await second!;
    expect(r2.result).toMatchObject({ result: 'promoted', unchanged: true });
    expect(left()).toEqual({
      color: 'green',
      deployments: { 'web-blue': '0 × registry.example/web:v1', 'web-green': '2 × registry.example/web:v2' },
    });
    expect(await traffic(h)).toEqual({ v2: 40 });
  });
});

describe('checks are required to be meaningful', () => {
  it('uses HTTP checks against the preview, then the live Service, through the API server proxy', async () => {
    await liveV1(h);
    writeApp(h.dir, 'registry.example/web:v2');
    h.kube.clearRequests();
    const r = await deployWith(h, { version: 'v2', healthChecks: HTTP_CHECKS });
    expect(r.result.result).toBe('promoted');
    const proxied = new Set(
      h.kube.requests.filter((q) => q.path.includes('/proxy/')).map((q) => q.path.split('/proxy/')[0]),
    );
    expect([...proxied].sort()).toEqual([
      '/api/v1/namespaces/default/services/web-preview:80',
      '/api/v1/namespaces/default/services/web:80',
    ]);
  });
});
