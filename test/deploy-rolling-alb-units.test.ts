/**
 * Rolling behind an ALB Ingress, fast (virtual clock, no load generator): what the timeline says about readiness
 * gates and target health, where the checks go (the ALB users reach), what users get through the ALB, the
 * rollback when the new pods never become healthy targets, and changing from blue-green there.
 */
import http from 'node:http';
import { afterEach, describe, expect, it } from '@jest/globals';
import type { DeployRun } from '../src/lib/deploy/action.js';
import { LABEL } from '../src/lib/k8s/manifests.js';
import {
  albUrl,
  deployWith,
  harness,
  writePlatformApp,
  type Harness,
  clusterReads,
} from './deploy/harness.js';

let h: Harness;
const { dep, image, selector } = clusterReads(() => h);
afterEach(async () => h.close());

const IMAGE = (tag: string): string => `registry.example/web:${tag}`;
const said = (r: DeployRun, ...phases: string[]): string[] =>
  r.timeline.events.filter((e) => phases.includes(e.phase)).map((e) => `${e.phase} ${e.level} ${e.message}`);
const GATES_WARNING =
  'plan warn namespace default has no pod readiness gates (label elbv2.k8s.aws/pod-readiness-gate-inject=enabled): a rolling update behind the ALB can retire old pods before the new ones are healthy targets';

/** `n` requests through the ALB of Ingress web, each on a new connection: the versions users got. */
async function viaAlb(n = 20): Promise<Record<string, number>> {
  const url = new URL(await albUrl(h));
  const counts: Record<string, number> = {};
  for (let i = 0; i < n; i++) {
    const v = await new Promise<string>((resolve) => {
      http
        .get({ host: url.hostname, port: url.port, path: '/', agent: false }, (res) => {
          res.resume();
          res.on('end', () => resolve(String(res.headers['x-version'] ?? `HTTP ${res.statusCode}`)));
        })
        .on('error', () => resolve('connection refused'));
    });
    counts[v] = (counts[v] ?? 0) + 1;
  }
  return counts;
}

describe('rolling behind an ALB', () => {
  it('with readiness gates: no warning, every new target healthy before the verify window, checked through the ALB', async () => {
    h = await harness({});
    writePlatformApp(h.dir, IMAGE('v1'), { hpa: false, replicas: 2 });
    const first = await deployWith(h, { version: 'v1', strategy: 'rolling', verifyWindowMs: 6_000 });
    expect(first.result).toMatchObject({ result: 'promoted', version: 'v1' });
    expect(said(first, 'plan')).toEqual(['plan info first deploy of v1']);
    writePlatformApp(h.dir, IMAGE('v2'), { hpa: false, replicas: 2 });
    const r = await deployWith(h, { version: 'v2', strategy: 'rolling', verifyWindowMs: 6_000 });
    expect(r.result).toMatchObject({ result: 'promoted', version: 'v2', previousVersion: 'v1' });
    expect(said(r, 'plan')).toEqual(['plan info rolling v1 → v2']);
    // Target health is waited for after the rollout, before the verify window starts.
    expect(said(r, 'rollout', 'verify').slice(-4)).toEqual([
      'rollout ok v2 is rolled out',
      'rollout ok every target of web is healthy on the ALB',
      'verify info watching 2 health check(s) for 6s',
      'verify ok all 2 checks stayed healthy for 6s (6 probes)',
    ]);
    // The checks reach the new version the way users do: through the load balancer.
    const alb = await albUrl(h);
    expect(r.result.checks[0]?.checks.map((c) => c.target)).toEqual([
      'pods app=web in default',
      `GET ${alb}/healthz`,
    ]);
    expect(image('web')).toBe(IMAGE('v2'));
    expect(await viaAlb()).toEqual({ v2: 20 });
  });

  it('without readiness gates the timeline warns; new pods that never become targets are rolled back', async () => {
    h = await harness({ gates: false });
    writePlatformApp(h.dir, IMAGE('v1'), { hpa: false, replicas: 2 });
    const first = await deployWith(h, { version: 'v1', strategy: 'rolling', verifyWindowMs: 6_000 });
    expect(first.result.result).toBe('promoted');
    expect(said(first, 'plan')).toEqual([GATES_WARNING, 'plan info first deploy of v1']);
    // The load balancer controller stops reconciling: v2's pods get Ready but are never registered.
    h.kube.sim.lbc?.pause();
    writePlatformApp(h.dir, IMAGE('v2'), { hpa: false, replicas: 2 });
    const r = await deployWith(h, {
      version: 'v2',
      strategy: 'rolling',
      verifyWindowMs: 6_000,
      readyTimeoutMs: 20_000,
    });
    const reason = 'v2 is not healthy on the ALB within 20s: 0 of 2 targets healthy (not registered)';
    expect(r.result).toMatchObject({
      result: 'rolled-back',
      version: 'v2',
      previousVersion: 'v1',
      rollbackReason: reason,
      checks: [],
    });
    // Rolled out, then rejected on target health: no verify window ran on a version users could not reach.
    const lines = said(r, 'rollout', 'rollback', 'verify');
    const rollback = `rollback error ${reason}; restoring v1 (every object the rollout changed)`;
    expect(lines.slice(lines.indexOf(rollback) - 1, lines.indexOf(rollback) + 1)).toEqual([
      'rollout ok v2 is rolled out',
      rollback,
    ]);
    expect(said(r, 'rollback')).toEqual([rollback, 'rollback ok v1 is serving again']);
    expect(said(r, 'verify')).toEqual([]);
    expect(image('web')).toBe(IMAGE('v1'));
    h.kube.sim.lbc?.resume();
    await h.clock.sleep(15_000);
    expect(await viaAlb()).toEqual({ v1: 20 });
  });

  it('a Deployment with no ALB in front: no target-health wait and no gates warning, even on the platform', async () => {
    h = await harness({ gates: false });
    writePlatformApp(h.dir, IMAGE('v1'), { hpa: false, ingress: false, replicas: 2 });
    const r = await deployWith(h, { version: 'v1', strategy: 'rolling', verifyWindowMs: 6_000 });
    expect(r.result.result).toBe('promoted');
    expect(said(r, 'plan', 'rollout')).toEqual([
      'plan info first deploy of v1',
      'rollout info web: 0 of 2 updated replicas available',
      'rollout info web: 2 of 2 replicas available',
      'rollout ok v1 is rolled out',
    ]);
    expect(r.result.checks[0]?.checks.map((c) => c.target)).toEqual([
      'pods app=web in default',
      'GET k8s-service://default/web:80/healthz',
    ]);
  });
});

describe('an ALB Ingress the cluster cannot serve', () => {
  it('without the load balancer controller: one line naming the Ingress, before any write', async () => {
    h = await harness();
    writePlatformApp(h.dir, IMAGE('v1'), { hpa: false, replicas: 2 });
    h.kube.clearRequests();
    const err = await deployWith(h, { version: 'v1', strategy: 'rolling' }).then(
      () => undefined,
      (e: unknown) => e as Error,
    );
    expect(err?.name).toBe('ConfigurationError');
    expect(err?.message).toBe(
      'Ingress web is of class alb, but the cluster does not serve TargetGroupBinding (elbv2.k8s.aws/v1beta1): install the AWS Load Balancer Controller, or remove the Ingress from the manifests.',
    );
    expect(h.kube.requests.filter((q) => q.method !== 'GET' && !q.path.includes('/leases'))).toEqual([]);
    expect(dep('web')).toBeUndefined();
  });
});

describe('from blue-green to rolling behind an ALB', () => {
  async function blueGreenV1(): Promise<void> {
    writePlatformApp(h.dir, IMAGE('v1'), { hpa: false, replicas: 2 });
    const r = await deployWith(h, {
      version: 'v1',
      router: 'service',
      verifyWindowMs: 6_000,
      scaleDownDelayMs: 0,
    });
    expect(r.result).toMatchObject({ result: 'promoted', liveColor: 'blue' });
    expect(selector()).toEqual({ app: 'web', [LABEL.color]: 'blue' });
  }

  it('router auto is refused with one line before any write', async () => {
    h = await harness({});
    await blueGreenV1();
    writePlatformApp(h.dir, IMAGE('v2'), { hpa: false, replicas: 2 });
    h.kube.clearRequests();
    const err = await deployWith(h, { version: 'v2', strategy: 'rolling' }).then(
      () => undefined,
      (e: unknown) => e as Error,
    );
    expect(err?.name).toBe('ConfigurationError');
    expect(err?.message).toBe(
      "Service web was deployed blue-green behind ALB Ingress web: keep strategy blue-green there, or move it to rolling with router 'service' first.",
    );
    expect(h.kube.requests.filter((q) => q.method !== 'GET' && !q.path.includes('/leases'))).toEqual([]);
    expect(selector()).toEqual({ app: 'web', [LABEL.color]: 'blue' });
    expect(dep('web')).toBeUndefined();
  });

  it("router 'service' (what the refusal advises) moves the Service off the colors, and the ALB follows", async () => {
    h = await harness({});
    await blueGreenV1();
    writePlatformApp(h.dir, IMAGE('v2'), { hpa: false, replicas: 2 });
    const r = await deployWith(h, {
      version: 'v2',
      strategy: 'rolling',
      router: 'service',
      verifyWindowMs: 6_000,
    });
    expect(r.result).toMatchObject({ result: 'promoted', version: 'v2', previousVersion: 'v1' });
    expect(said(r, 'plan', 'switch', 'clean-up')).toEqual([
      'plan info v1 is live on blue (deployed blue-green); rolling v2 out beside it, then Service web drops the color',
      'switch ok Service web sends users to web; blue is scaled to 0',
      'clean-up info the blue-green colors of web are retired',
    ]);
    expect(selector()).toEqual({ app: 'web' });
    expect(dep('web-blue')).toBeUndefined();
    await h.clock.sleep(15_000);
    expect(await viaAlb()).toEqual({ v2: 20 });
  });
});
