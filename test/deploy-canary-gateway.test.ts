/**
 * Strategy canary with `router: gateway-api`: the users' HTTPRoute splits the service's traffic with backendRefs
 * weights, and a step counts once the route's status.parents accept the written generation. Users' load (50
 * requests per simulated second) comes in through the Gateway's listener of the simulator's Gateway API
 * controller; the tests assert the weights the route carried, the route and the objects left behind, and what
 * users got. Virtual time.
 */
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCanarySteps, type CanarySettings } from '../src/lib/deploy/canary-settings.js';
import { reconcile } from '../src/lib/deploy/post.js';
import { readDeployInputs } from '../src/lib/deploy/settings.js';
import type { TimelineEvent } from '../src/lib/deploy/timeline.js';
import { Inputs } from '../src/lib/inputs.js';
import { LABEL } from '../src/lib/k8s/manifests.js';
import type { KubeObject } from '../src/lib/k8s/types.js';
import { startLoad, summarizeLoad, type Load, type LoadAnswer } from '../src/sim/load.js';
import { deployWith, harness, writePlatformApp, type Harness, clusterReads } from './deploy/harness.js';

jest.setTimeout(300_000);

let h: Harness;
const { dep, replicas, selector } = clusterReads(() => h);
let load: Load | undefined;
beforeEach(async () => {
  h = await harness({ gates: true, gatewayLagMs: 2_000 });
  load = undefined;
});
afterEach(async () => {
  await load?.stop();
  await h.close();
});

const RPS = 50;
const IMAGE = (tag: string): string => `registry.example/web:${tag}`;
const MANIFESTS = ['app.yaml', 'route.yaml'];

interface Ref {
  name: string;
  port?: number;
  weight?: number;
}
interface Route extends KubeObject {
  spec: { parentRefs: { name: string }[]; rules: { backendRefs?: Ref[] }[] };
  status?: {
    parents?: {
      controllerName: string;
      conditions: { type: string; status: string; reason: string; observedGeneration?: number }[];
    }[];
  };
}

const route = (): Route => h.kube.objects.get('HTTPRoute', 'default', 'web') as Route;
/** The route's backendRefs as `service:weight`, rule by rule. */
const refs = (): string[][] =>
  route().spec.rules.map((r) => (r.backendRefs ?? []).map((b) => `${b.name}:${b.weight}`));

/** The users' HTTPRoute: every request to the Gateway goes to Service web (port 80). */
function writeRoute(parent = 'gw'): void {
  writeFileSync(
    join(h.dir, 'route.yaml'),
    `apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata:
  name: web
spec:
  parentRefs:
    - name: ${parent}
  rules:
    - matches:
        - path:
            type: PathPrefix
            value: /
      backendRefs:
        - name: web
          port: 80
`,
  );
}

function canary(steps: string, stepMs = 30_000, over: Partial<CanarySettings> = {}): CanarySettings {
  return {
    steps: parseCanarySteps('steps', steps, stepMs),
    analysisIntervalMs: 5_000,
    failureLimit: 2,
    action: 'run',
    ...over,
  };
}

/** The platform's Gateway (class keelson-sim), v1 live behind the users' HTTPRoute, then users arrive. */
async function liveV1WithUsers(): Promise<string> {
  h.kube.objects.create({
    apiVersion: 'gateway.networking.k8s.io/v1',
    kind: 'Gateway',
    metadata: { name: 'gw', namespace: 'default' },
    spec: { gatewayClassName: 'keelson-sim', listeners: [{ name: 'http', port: 80, protocol: 'HTTP' }] },
  });
  writePlatformApp(h.dir, IMAGE('v1'), { ingress: false });
  writeRoute();
  const r = await deployWith(h, {
    version: 'v1',
    strategy: 'canary',
    router: 'gateway-api',
    manifests: MANIFESTS,
    verifyWindowMs: 10_000,
    scaleDownDelayMs: 0,
    healthChecks: '',
  });
  if (r.result.result !== 'promoted') throw new Error(`setup: v1 not promoted: ${r.result.rollbackReason}`);
  await h.kube.sim.until(() =>
    (route().status?.parents ?? []).some((p) =>
      p.conditions.some((c) => c.type === 'Accepted' && c.status === 'True'),
    ),
  );
  const url = (await h.kube.sim.gatewayUrl('default', 'gw')) ?? '';
  load = startLoad(h.clock, () => url, { rps: RPS });
  await h.clock.sleep(10_000);
  return url;
}

async function stopLoad(): Promise<LoadAnswer[]> {
  const answers = await (load as Load).stop();
  load = undefined;
  return answers;
}

function share(answers: LoadAnswer[], version: string, from: number, to: number): number {
  const inside = answers.filter((a) => a.at >= from && a.at < to && a.version);
  return inside.filter((a) => a.version === version).length / Math.max(1, inside.length);
}

const stepEvents = (events: readonly TimelineEvent[]): TimelineEvent[] =>
  events.filter((e) => e.phase === 'step');

const ORIGINAL = [['web:1']];

describe('canary through an HTTPRoute (router gateway-api)', () => {
  it('walks 10 % → 50 % → 100 %: the route carries each weight, users get each share once the status accepts it, the route ends as the users wrote it', async () => {
    await liveV1WithUsers();
    expect(refs()).toEqual(ORIGINAL);
    writePlatformApp(h.dir, IMAGE('v2'), { ingress: false });
    const atSteps: string[][][] = [];
    const r = await deployWith(h, {
      version: 'v2',
      strategy: 'canary',
      router: 'gateway-api',
      manifests: MANIFESTS,
      canary: canary('10,50,100'),
      healthChecks: '',
      scaleDownDelayMs: 0,
      onEvent: (e) => {
        if (e.phase === 'step') atSteps.push(refs());
      },
    });
    await h.clock.sleep(5_000);
    const answers = await stopLoad();
    expect(r.result).toMatchObject({ result: 'promoted', liveColor: 'green', previousVersion: 'v1' });
    expect(r.result.canary?.maxWeight).toBe(100);
    expect(summarizeLoad(answers).errors).toBe(0);

    // What the route carried while each step counted.
    expect(atSteps).toEqual([[['web-blue:90', 'web-green:10']], [['web-blue:50', 'web-green:50']], ORIGINAL]);
    const steps = stepEvents(r.timeline.events);
    expect(steps.map((e) => e.message.replace(/ \(.*$/, ''))).toEqual([
      'step 1/3: v2 takes 10% of users',
      'step 2/3: v2 takes 50% of users',
      'step 3/3: v2 takes 100% of users',
    ]);
    expect(steps[0]?.message).toMatch(
      /HTTPRoute web weighs 10 for web-green, 90 for web-blue: Accepted and ResolvedRefs at generation \d+ \(gateway\.keelson\.dev\/simulator\)/,
    );
    const [s1, s2, s3] = steps.map((e) => e.at) as [number, number, number];
    // Users' share during each step, on their own requests through the Gateway.
    expect(share(answers, 'v2', s1 + 1_000, s2 - 1_000)).toBeGreaterThan(0.07);
    expect(share(answers, 'v2', s1 + 1_000, s2 - 1_000)).toBeLessThan(0.13);
    expect(share(answers, 'v2', s2 + 1_000, s3 - 10_000)).toBeGreaterThan(0.45);
    expect(share(answers, 'v2', s2 + 1_000, s3 - 10_000)).toBeLessThan(0.55);
    expect(share(answers, 'v2', 0, s1 - 3_000)).toBe(0);
    expect(share(answers, 'v2', s3 + 3_000, Infinity)).toBe(1);
    expect(s2 - s1).toBeGreaterThanOrEqual(30_000);

    // Left behind: the users' route, the live Service on the new color, the old color at 0.
    expect(refs()).toEqual(ORIGINAL);
    expect(selector()).toEqual({ app: 'web', [LABEL.color]: 'green' });
    expect(replicas('web-blue')).toBe(0);
    expect(replicas('web-green')).toBeGreaterThanOrEqual(3);
    const parent = route().status?.parents?.[0];
    expect(parent?.controllerName).toBe('gateway.keelson.dev/simulator');
    expect(parent?.conditions.map((c) => [c.type, c.status, c.observedGeneration])).toEqual([
      ['Accepted', 'True', route().metadata.generation],
      ['ResolvedRefs', 'True', route().metadata.generation],
    ]);
  });

  it('a canary failing 30 % of requests is caught at its 10 % step: weight 0 confirmed, the route as the users wrote it, the canary scaled down', async () => {
    await liveV1WithUsers();
    const before = structuredClone(route().spec);
    writePlatformApp(h.dir, IMAGE('v2-errors-30'), { ingress: false });
    const r = await deployWith(h, {
      version: 'v2',
      strategy: 'canary',
      router: 'gateway-api',
      manifests: MANIFESTS,
      canary: canary('10,50,100'),
      healthChecks: '',
    });
    await h.clock.sleep(5_000);
    const answers = await stopLoad();
    const saw = summarizeLoad(answers);
    expect(r.result).toMatchObject({ result: 'rolled-back', liveColor: 'blue' });
    expect(r.result.rollbackReason).toMatch(/^step 1\/3 \(10%\): analysis failed: check 2 \('requests'\)/);
    expect(r.result.canary?.maxWeight).toBe(10);
    expect(r.result.canary?.exposure).toBeLessThanOrEqual(0.1);
    expect(saw.errorsByCause['load-balancer'] ?? 0).toBe(0);
    expect(saw.byVersion.v2 ?? 0).toBeLessThan(saw.requests * 0.1);
    const rollback = r.timeline.events.find((e) => e.phase === 'rollback') as TimelineEvent;
    expect(share(answers, 'v2', rollback.at + 1_000, Infinity)).toBe(0);
    expect((r.result.detectSeconds ?? 99) + (r.result.rollbackSeconds ?? 99)).toBeLessThanOrEqual(15);

    expect(route().spec).toEqual(before);
    expect(selector()).toEqual({ app: 'web', [LABEL.color]: 'blue' });
    expect(replicas('web-green')).toBe(0);
    expect(replicas('web-blue')).toBeGreaterThanOrEqual(3);
  });

  it('the controller lagging: a step counts only once the status accepts its generation; users get nothing of v2 before', async () => {
    await liveV1WithUsers();
    writePlatformApp(h.dir, IMAGE('v2'), { ingress: false });
    let resumed = 0;
    let held: string[][] = [];
    const r = await deployWith(h, {
      version: 'v2',
      strategy: 'canary',
      router: 'gateway-api',
      manifests: MANIFESTS,
      canary: canary('10,100'),
      healthChecks: '',
      scaleDownDelayMs: 0,
      onEvent: (e) => {
        if (e.phase === 'weights' && e.message.startsWith('step 1/2')) {
          h.kube.sim.gateways?.pause();
          void h.clock.sleep(40_000).then(() => {
            held = refs();
            resumed = h.clock.now();
            h.kube.sim.gateways?.resume();
          });
        }
      },
    });
    const answers = await stopLoad();
    expect(r.result.result).toBe('promoted');
    // While the controller was down the route already said 10 %, but nothing counted and no user got v2.
    expect(held).toEqual([['web-blue:90', 'web-green:10']]);
    const [s1, s2] = stepEvents(r.timeline.events).map((e) => e.at) as [number, number];
    expect(resumed).toBeGreaterThan(0);
    expect(s1).toBeGreaterThanOrEqual(resumed);
    expect(s2 - s1).toBeGreaterThanOrEqual(30_000);
    expect(share(answers, 'v2', 0, resumed)).toBe(0);
    expect(summarizeLoad(answers).errors).toBe(0);
  });

  it('a backend Service that is gone: ResolvedRefs False fails the step in one line, the route goes back as it was', async () => {
    await liveV1WithUsers();
    const before = structuredClone(route().spec);
    writePlatformApp(h.dir, IMAGE('v2'), { ingress: false });
    const r = await deployWith(h, {
      version: 'v2',
      strategy: 'canary',
      router: 'gateway-api',
      manifests: MANIFESTS,
      canary: canary('10,50,100'),
      healthChecks: '',
      onEvent: (e) => {
        // Something deletes the canary's Service just before the weights are written.
        if (e.phase === 'weights' && e.message.startsWith('step 1/3'))
          void h.client.delete({
            apiVersion: 'v1',
            kind: 'Service',
            name: 'web-green',
            namespace: 'default',
          });
      },
    });
    const answers = await stopLoad();
    expect(r.result).toMatchObject({ result: 'rolled-back', liveColor: 'blue' });
    expect(r.result.rollbackReason).toMatch(
      /^step 1\/3 \(10%\) did not take: HTTPRoute web \(generation \d+\): ResolvedRefs is False on Gateway default\/gw \(BackendNotFound: Service default\/web-green not found\)$/,
    );
    expect(r.result.canary?.maxWeight).toBe(0);
    // Weight 0 was confirmed on the route before the canary went: the users' rules, accepted and resolved.
    expect(r.result.rollbackSeconds).toBeGreaterThan(0);
    expect(route().spec).toEqual(before);
    expect(route().status?.parents?.[0]?.conditions.map((c) => [c.type, c.status])).toEqual([
      ['Accepted', 'True'],
      ['ResolvedRefs', 'True'],
    ]);
    expect(selector()).toEqual({ app: 'web', [LABEL.color]: 'blue' });
    expect(replicas('web-green')).toBe(0);
    expect(replicas('web-blue')).toBeGreaterThanOrEqual(3);
    // No user got v2; the unresolvable backend's share was answered 500 only until the route went back.
    const saw = summarizeLoad(answers);
    expect(saw.byVersion.v2 ?? 0).toBe(0);
    const rollback = r.timeline.events.find((e) => e.phase === 'rollback') as TimelineEvent;
    expect(answers.filter((a) => a.status >= 500 && a.at > rollback.at + 1_000)).toEqual([]);
  });

  it('a route in the cluster its Gateway does not accept (named by http-route) stops the canary before anything is written', async () => {
    await liveV1WithUsers();
    // The route now names a Gateway that does not exist: the controller says so in its status.
    await h.client.patch(
      { apiVersion: 'gateway.networking.k8s.io/v1', kind: 'HTTPRoute', name: 'web', namespace: 'default' },
      { spec: { parentRefs: [{ name: 'gw-typo' }] } },
    );
    await h.kube.sim.until(() =>
      (route().status?.parents ?? []).some((p) => p.conditions.some((c) => c.reason === 'NoMatchingParent')),
    );
    writePlatformApp(h.dir, IMAGE('v2'), { ingress: false });
    const generation = route().metadata.generation;
    await expect(
      deployWith(h, {
        version: 'v2',
        strategy: 'canary',
        router: 'gateway-api',
        httpRoute: 'web',
        manifests: ['app.yaml'],
        canary: canary('10,100'),
        healthChecks: '',
      }),
    ).rejects.toThrow(
      'HTTPRoute web is not served as it is in the cluster: Accepted is False on Gateway default/gw-typo (NoMatchingParent: Gateway default/gw-typo not found). Fix the route or its Gateway before a canary.',
    );
    await stopLoad();
    expect(route().metadata.generation).toBe(generation);
    expect(dep('web-green')?.spec?.replicas ?? 0).toBe(0);
    expect(selector()).toEqual({ app: 'web', [LABEL.color]: 'blue' });
  });

  it('a release whose HTTPRoute its Gateway refuses: no canary pod starts, the route and the release go back as they were', async () => {
    await liveV1WithUsers();
    const before = structuredClone(route().spec);
    writePlatformApp(h.dir, IMAGE('v2'), { ingress: false });
    writeRoute('gw-typo');
    const r = await deployWith(h, {
      version: 'v2',
      strategy: 'canary',
      router: 'gateway-api',
      manifests: MANIFESTS,
      canary: canary('10,100'),
      healthChecks: '',
    });
    await h.clock.sleep(10_000);
    const answers = await stopLoad();
    expect(r.result).toMatchObject({ result: 'rolled-back', liveColor: 'blue' });
    expect(r.result.rollbackReason).toMatch(
      /^HTTPRoute web cannot carry the canary: HTTPRoute web \(generation \d+\): Accepted is False on Gateway default\/gw-typo \(NoMatchingParent: Gateway default\/gw-typo not found\)$/,
    );
    expect(r.result.canary?.maxWeight).toBe(0);
    expect(route().spec).toEqual(before);
    expect(replicas('web-green') ?? 0).toBe(0);
    expect(h.kube.objects.list('Pod', 'default', 'keelson.dev/color=green')).toEqual([]);
    expect(summarizeLoad(answers).byVersion.v2 ?? 0).toBe(0);
    // Users are served again through the route as it was.
    expect(answers.filter((a) => a.at > h.clock.now() - 3_000).every((a) => a.version === 'v1')).toBe(true);
  });

  it('a release that fixes a refused route in the cluster runs its canary (router auto picks the route)', async () => {
    await liveV1WithUsers();
    await h.client.patch(
      { apiVersion: 'gateway.networking.k8s.io/v1', kind: 'HTTPRoute', name: 'web', namespace: 'default' },
      { spec: { parentRefs: [{ name: 'gw-typo' }] } },
    );
    await h.kube.sim.until(() =>
      (route().status?.parents ?? []).some((p) => p.conditions.some((c) => c.reason === 'NoMatchingParent')),
    );
    writePlatformApp(h.dir, IMAGE('v2'), { ingress: false });
    // router auto: no ALB Ingress, one HTTPRoute of the manifests to the service — the route's weights.
    const r = await deployWith(h, {
      version: 'v2',
      strategy: 'canary',
      manifests: MANIFESTS,
      canary: canary('10,100'),
      healthChecks: '',
      scaleDownDelayMs: 0,
    });
    await stopLoad();
    expect(r.result).toMatchObject({ result: 'promoted', liveColor: 'green' });
    expect(stepEvents(r.timeline.events)[0]?.message).toMatch(
      /^step 1\/2: v2 takes 10% of users \(HTTPRoute web weighs 10 for web-green, 90 for web-blue/,
    );
    expect(route().spec.parentRefs).toMatchObject([{ name: 'gw' }]);
    expect(refs()).toEqual(ORIGINAL);
  });
});

describe('canary through an HTTPRoute: refusals, manual gates, the post step', () => {
  it("weights the controller refuses (Accepted False) abort with the controller's reason; the route goes back as it was", async () => {
    await liveV1WithUsers();
    const before = structuredClone(route().spec);
    writePlatformApp(h.dir, IMAGE('v2'), { ingress: false });
    const ctl = h.kube.sim.gateways;
    if (!ctl) throw new Error('no Gateway API controller');
    ctl.rejectRoute = (r) =>
      /"name":"web-green","port":80,"weight":50/.test(JSON.stringify(r.spec))
        ? 'weight 50 exceeds the canary budget of this Gateway'
        : undefined;
    const r = await deployWith(h, {
      version: 'v2',
      strategy: 'canary',
      router: 'gateway-api',
      manifests: MANIFESTS,
      canary: canary('10,50,100'),
      healthChecks: '',
    });
    const answers = await stopLoad();
    expect(r.result).toMatchObject({ result: 'rolled-back', liveColor: 'blue' });
    expect(r.result.rollbackReason).toMatch(
      /^step 2\/3 \(50%\) did not take: HTTPRoute web \(generation \d+\): Accepted is False on Gateway default\/gw \(UnsupportedValue: weight 50 exceeds the canary budget of this Gateway\)$/,
    );
    expect(r.result.canary?.maxWeight).toBe(10);
    // Users stayed on what the Gateway had (10 %), then went back to stable; nobody got an error.
    const s1 = stepEvents(r.timeline.events)[0] as TimelineEvent;
    expect(share(answers, 'v2', s1.at + 1_000, Infinity)).toBeLessThan(0.13);
    expect(summarizeLoad(answers).errors).toBe(0);
    expect(route().spec).toEqual(before);
    expect(replicas('web-green')).toBe(0);
  });

  it('a manual step holds 50 % on the route; a second run with action promote confirms it again and finishes', async () => {
    await liveV1WithUsers();
    writePlatformApp(h.dir, IMAGE('v2'), { ingress: false });
    const first = await deployWith(h, {
      version: 'v2',
      strategy: 'canary',
      router: 'gateway-api',
      manifests: MANIFESTS,
      canary: canary('10,50:manual,100'),
      healthChecks: '',
    });
    expect(first.result).toMatchObject({ result: 'paused', liveColor: 'blue' });
    expect(first.result.canary?.pausedAt).toBe(50);
    expect(refs()).toEqual([['web-blue:50', 'web-green:50']]);
    const t = h.clock.now();
    await h.clock.sleep(20_000);
    const held = share((load as Load).answers as LoadAnswer[], 'v2', t, h.clock.now());
    expect(held).toBeGreaterThan(0.4);
    expect(held).toBeLessThan(0.6);

    const r = await deployWith(h, {
      version: 'v2',
      strategy: 'canary',
      router: 'gateway-api',
      manifests: MANIFESTS,
      canary: canary('10,50:manual,100', 30_000, { action: 'promote' }),
      healthChecks: '',
      scaleDownDelayMs: 0,
    });
    await h.clock.sleep(5_000);
    const answers = await stopLoad();
    expect(r.result).toMatchObject({ result: 'promoted', liveColor: 'green' });
    expect(stepEvents(r.timeline.events).map((e) => e.message.replace(/ \(.*$/, ''))).toEqual([
      'step 2/3: v2 takes 50% of users',
      'step 3/3: v2 takes 100% of users',
    ]);
    expect(summarizeLoad(answers).errors).toBe(0);
    expect(refs()).toEqual(ORIGINAL);
    expect(selector()).toEqual({ app: 'web', [LABEL.color]: 'green' });
    expect(replicas('web-blue')).toBe(0);
  });

  it("a regression that starts at the 100 % step: the route sends everyone to stable's Service, the live Service moves back, then the users' route", async () => {
    await liveV1WithUsers();
    const before = structuredClone(route().spec);
    writePlatformApp(h.dir, IMAGE('v2'), { ingress: false });
    const at100: unknown[] = [];
    const r = await deployWith(h, {
      version: 'v2',
      strategy: 'canary',
      router: 'gateway-api',
      manifests: MANIFESTS,
      canary: canary('10,50,100'),
      healthChecks: '',
      onEvent: (e) => {
        if (e.phase === 'step' && e.message.startsWith('step 3/3')) {
          // At 100 % the users' route is back and the live Service selects the canary.
          at100.push(refs(), selector());
          h.kube.sim.behaviour(IMAGE('v2'), { errorRate: 0.4 });
        }
      },
    });
    await h.clock.sleep(5_000);
    const answers = await stopLoad();
    expect(at100).toEqual([ORIGINAL, { app: 'web', [LABEL.color]: 'green' }]);
    expect(r.result).toMatchObject({ result: 'rolled-back', liveColor: 'blue' });
    expect(r.result.rollbackReason).toMatch(/^step 3\/3 \(100%\): analysis failed: check 2 \('requests'\)/);
    expect(r.result.canary?.maxWeight).toBe(100);
    const rollback = r.timeline.events.find((e) => e.phase === 'rollback') as TimelineEvent;
    expect(share(answers, 'v2', rollback.at + 1_000, Infinity)).toBe(0);
    expect(summarizeLoad(answers).errorsByCause['load-balancer'] ?? 0).toBe(0);
    expect(route().spec).toEqual(before);
    expect(selector()).toEqual({ app: 'web', [LABEL.color]: 'blue' });
    expect(replicas('web-green')).toBe(0);
    expect(replicas('web-blue')).toBeGreaterThanOrEqual(3);
  });

  it('cancelled mid-step: weight 0 on the route, confirmed; the canary scaled down', async () => {
    await liveV1WithUsers();
    const before = structuredClone(route().spec);
    writePlatformApp(h.dir, IMAGE('v2'), { ingress: false });
    const ac = new AbortController();
    const r = await deployWith(h, {
      version: 'v2',
      strategy: 'canary',
      router: 'gateway-api',
      manifests: MANIFESTS,
      canary: canary('10,50,100'),
      healthChecks: '',
      signal: ac.signal,
      onEvent: (e) => {
        if (e.phase === 'step' && e.message.startsWith('step 2/3'))
          void h.clock.sleep(10_000).then(() => ac.abort(new Error('cancelled')));
      },
    });
    const answers = await stopLoad();
    expect(r.result).toMatchObject({ result: 'rolled-back', liveColor: 'blue' });
    expect(r.result.rollbackReason).toMatch(/^cancelled during step 2\/3/);
    const rollback = r.timeline.events.find((e) => e.phase === 'rollback') as TimelineEvent;
    expect(share(answers, 'v2', rollback.at + 1_000, Infinity)).toBe(0);
    expect(summarizeLoad(answers).errors).toBe(0);
    expect(route().spec).toEqual(before);
    expect(replicas('web-green')).toBe(0);
  });

  it("the runner dies mid-step: the post step puts the users' route back and every user on stable", async () => {
    await liveV1WithUsers();
    const before = structuredClone(route().spec);
    writePlatformApp(h.dir, IMAGE('v2'), { ingress: false });
    const state = new Map<string, string>();
    let snapshot: Map<string, string> | undefined;
    await expect(
      deployWith(h, {
        version: 'v2',
        strategy: 'canary',
        router: 'gateway-api',
        manifests: MANIFESTS,
        canary: canary('10,50,100'),
        healthChecks: '',
        saveState: (k, v) => state.set(k, v),
        onEvent: (e) => {
          if (e.phase === 'step' && e.message.startsWith('step 2/3')) {
            snapshot = new Map(state);
            throw new Error('runner killed');
          }
        },
      }),
    ).rejects.toThrow('runner killed');
    expect(refs()).toEqual([['web-blue:50', 'web-green:50']]);
    const logged: string[] = [];
    await reconcile(
      h.client,
      (k) => snapshot?.get(k) ?? '',
      (m) => logged.push(m),
    );
    expect(logged).toContain('post: HTTPRoute web is back to its own rules, sending users to web on blue.');
    await h.clock.sleep(10_000);
    const answers = await stopLoad();
    expect(route().spec).toEqual(before);
    expect(selector()).toEqual({ app: 'web', [LABEL.color]: 'blue' });
    expect(replicas('web-green')).toBe(0);
    expect(share(answers, 'v2', h.clock.now() - 5_000, Infinity)).toBe(0);
  });
});

describe('router gateway-api inputs', () => {
  const read = (values: Record<string, string>): unknown => {
    try {
      return readDeployInputs(
        new Inputs((n) => ({ kubeconfig: 'x', service: 'web', ...values })[n] ?? ''),
        {},
      );
    } catch (e) {
      return (e as Error).message;
    }
  };

  it('names the input on every bad combination', () => {
    expect(read({ strategy: 'blue-green', router: 'gateway-api' })).toBe(
      "Invalid input 'router': 'gateway-api'. Expected auto, service or alb with strategy blue-green (the gateway-api router runs canaries: strategy canary).",
    );
    expect(read({ strategy: 'canary', router: 'alb', 'http-route': 'web' })).toBe(
      "Invalid input 'http-route': 'web'. Expected it only with router gateway-api (router is alb).",
    );
    expect(read({ strategy: 'canary', 'http-route': 'web' })).toMatchObject({ router: 'gateway-api' });
    expect(read({ strategy: 'blue-green', 'http-route': 'web' })).toBe(
      "Invalid input 'http-route': 'web'. Expected it only with strategy canary and router gateway-api (strategy is blue-green).",
    );
    expect(read({ strategy: 'canary', router: 'gateway-api', 'http-route': 'Web Route' })).toBe(
      "Invalid input 'http-route': 'Web Route'. Expected the name of an HTTPRoute (a DNS subdomain such as web).",
    );
    expect(read({ strategy: 'canary', router: 'gateway-api', 'http-route': 'web' })).toMatchObject({
      router: 'gateway-api',
      httpRoute: 'web',
    });
  });

  it('without an HTTPRoute to the service: one error naming http-route, nothing deployed', async () => {
    await liveV1WithUsers();
    writePlatformApp(h.dir, IMAGE('v2'), { ingress: false });
    await expect(
      deployWith(h, {
        version: 'v2',
        strategy: 'canary',
        router: 'gateway-api',
        manifests: ['app.yaml'],
        canary: canary('10,100'),
        healthChecks: '',
      }),
    ).rejects.toThrow(
      "Input 'http-route' is required with router gateway-api: name the HTTPRoute whose backendRefs send users to Service web (none in the manifests does).",
    );
    await stopLoad();
    expect(refs()).toEqual(ORIGINAL);
    expect(dep('web-green')?.spec?.replicas ?? 0).toBe(0);
  });
});
