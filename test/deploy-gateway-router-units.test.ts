/**
 * The gateway-api canary router on a cluster, fast: the route written for a split and the users' route put back,
 * the live Service moved only once the route sends nobody through it, and the route's status read per parent and
 * generation — the verdicts and the one line for each refusal — on the Kubernetes emulator with the simulator's
 * Gateway API controller (status written by the controller, or by hand with the controller paused), on virtual
 * time. The router's pure parts (rules, names): test/deploy-gateway-router-rules-units.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { GATEWAY_API, GatewayRouter, type HTTPRoute } from '../src/lib/deploy/gateway-router.js';
import { RouterError } from '../src/lib/deploy/routing.js';
import { Timeline } from '../src/lib/deploy/timeline.js';
import type { DeployContext, DeploySettings } from '../src/lib/deploy/types.js';
import { kubePodSource } from '../src/lib/health/kube-transport.js';
import type { Service } from '../src/lib/k8s/types.js';
import { KubeClient } from '../src/lib/k8s/client.js';
import { VirtualClock } from '../src/sim/clock.js';
import { GATEWAY_CONTROLLER, startKubeEmulator, type KubeEmulator } from '../src/sim/kube/index.js';

const COLOR = 'keelson.dev/color';
const LAG = 1_000;

/** The emulator with the simulator's Gateway API controller (no load balancer controller), on virtual time. */
let h: { kube: KubeEmulator; client: KubeClient; clock: VirtualClock };
beforeAll(async () => {
  const clock = new VirtualClock();
  const kube = await startKubeEmulator({ clock, tickMs: 2_000, gatewayApi: { reconcileLagMs: LAG } });
  h = {
    kube,
    clock,
    client: new KubeClient({ server: kube.url, token: async () => kube.token }, { clock, retryFor: 60_000 }),
  };
  h.kube.objects.create({
    apiVersion: GATEWAY_API,
    kind: 'Gateway',
    metadata: { name: 'gw', namespace: 'default' },
    spec: { gatewayClassName: 'keelson-sim', listeners: [{ name: 'http', port: 80, protocol: 'HTTP' }] },
  });
});
afterAll(async () => {
  h.client.close();
  await h.kube.close();
  h.clock.stop();
});

const gateways = (): NonNullable<KubeEmulator['sim']['gateways']> => {
  const g = h.kube.sim.gateways;
  if (!g) throw new Error('no Gateway API controller');
  return g;
};

function context(over: Partial<DeploySettings> = {}): DeployContext {
  return {
    kube: h.client,
    clock: h.clock,
    signal: new AbortController().signal,
    settings: {
      strategy: 'canary',
      namespace: 'default',
      service: 'web',
      version: 'v2',
      readyTimeoutMs: 60_000,
      verifyWindowMs: 10_000,
      scaleDownDelayMs: 0,
      switchTimeoutMs: 20_000,
      router: 'gateway-api',
      checks: [],
      ...over,
    },
    objects: [],
    timeline: new Timeline(h.clock),
    pods: kubePodSource(h.client),
    saveState: () => undefined,
    serviceUrl: (name) => `k8s-service://default/${name}`,
    loadBalancerUrl: (dns) => `http://${dns}`,
  };
}

/** The live Service `svc` (selector app=<svc>, plus the color when given), and its per-color Services. */
function services(svc: string, color?: string, colors: string[] = ['blue', 'green']): Service {
  const live: Service = {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name: svc, namespace: 'default' },
    spec: {
      selector: { app: svc, ...(color ? { [COLOR]: color } : {}) },
      ports: [{ name: 'http', port: 80, targetPort: 8080 } as never],
    },
  };
  h.kube.objects.create(structuredClone(live) as never);
  for (const c of colors)
    h.kube.objects.create({
      ...structuredClone(live),
      metadata: { name: `${svc}-${c}`, namespace: 'default' },
      spec: { ...structuredClone(live.spec), selector: { app: svc, [COLOR]: c } },
    } as never);
  return live;
}

/** Ready pods of `svc` in `color` (a Deployment the simulator runs). */
function pods(svc: string, color: string, replicas = 1): void {
  const labels = { app: svc, [COLOR]: color };
  h.kube.objects.create({
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: `${svc}-${color}`, namespace: 'default' },
    spec: {
      replicas,
      selector: { matchLabels: labels },
      template: {
        metadata: { labels },
        spec: {
          containers: [{ name: 'web', image: 'registry.example/web:v1', ports: [{ containerPort: 8080 }] }],
        },
      },
    },
  });
}

/** The users' HTTPRoute `name` to Service `svc` on Gateway gw, created in the cluster; returned as they wrote it. */
function route(name: string, svc: string, spec: Partial<NonNullable<HTTPRoute['spec']>> = {}): HTTPRoute {
  const r: HTTPRoute = {
    apiVersion: GATEWAY_API,
    kind: 'HTTPRoute',
    metadata: { name, namespace: 'default' },
    spec: {
      parentRefs: [{ name: 'gw' }],
      rules: [
        { matches: [{ path: { type: 'PathPrefix', value: '/' } }], backendRefs: [{ name: svc, port: 80 }] },
      ],
      ...spec,
    },
  };
  h.kube.objects.create(structuredClone(r) as never);
  return r;
}

const live = (name: string): HTTPRoute => h.kube.objects.get('HTTPRoute', 'default', name) as HTTPRoute;
/** The route's backendRefs in the cluster as `service:weight`, rule by rule. */
const refs = (name: string): string[][] =>
  (live(name).spec?.rules ?? []).map((r) => (r.backendRefs ?? []).map((b) => `${b.name}:${b.weight ?? '-'}`));

/** Writes `status.parents` by hand (the controller paused, so it stays as written). */
async function setStatus(name: string, parents: NonNullable<HTTPRoute['status']>['parents']): Promise<void> {
  const res = await fetch(
    `${h.kube.url}/apis/gateway.networking.k8s.io/v1/namespaces/default/httproutes/${name}/status`,
    {
      method: 'PATCH',
      headers: { authorization: `Bearer ${h.kube.token}`, 'content-type': 'application/merge-patch+json' },
      body: JSON.stringify({ status: { parents } }),
    },
  );
  if (res.status !== 200) throw new Error(`status patch: ${res.status} ${await res.text()}`);
}

const cond = (
  type: string,
  status: string,
  observedGeneration?: number,
  reason?: string,
  message?: string,
): {
  type: string;
  status: string;
  observedGeneration?: number;
  reason: string;
  message: string;
  lastTransitionTime: string;
} => ({
  type,
  status,
  ...(observedGeneration === undefined ? {} : { observedGeneration }),
  reason: reason ?? type,
  message: message ?? '',
  lastTransitionTime: '2026-01-01T00:00:00Z',
});

async function errorOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(RouterError);
    return (e as Error).message;
  }
  throw new Error('expected a RouterError');
}

/** Waits (virtual time) until the controller has accepted the route's current generation. */
async function served(name: string): Promise<void> {
  await h.kube.sim.until(() => {
    const r = live(name);
    return (r.status?.parents ?? []).some((p) =>
      (p.conditions ?? []).some(
        (c) => c.type === 'Accepted' && c.observedGeneration === r.metadata.generation,
      ),
    );
  });
}

describe('the route it writes', () => {
  it('writes the split on the route in the cluster (labels, annotations, parents, hostnames kept) and confirms it', async () => {
    const svc = services('w1', 'blue');
    const users = route('w1', 'w1', { hostnames: ['shop.example'] });
    await served('w1');
    const mine = {
      ...users,
      metadata: { ...users.metadata, labels: { team: 'shop' }, annotations: { owner: 'shop@example' } },
    };
    const g = new GatewayRouter(context(), svc, mine);
    const t0 = h.clock.now();
    const gen = live('w1').metadata.generation ?? 0;
    const said = await g.setWeights({ blue: 90, green: 10 }, new AbortController().signal);
    expect(said).toBe(`Accepted and ResolvedRefs at generation ${gen + 1} (${GATEWAY_CONTROLLER})`);
    // Confirmed only once the controller (2 s behind) wrote its status for that generation.
    expect(h.clock.now() - t0).toBeGreaterThanOrEqual(LAG);
    expect(refs('w1')).toEqual([['w1-blue:90', 'w1-green:10']]);
    const r = live('w1');
    expect(r.metadata.labels).toMatchObject({ team: 'shop' });
    expect(r.metadata.annotations).toMatchObject({ owner: 'shop@example' });
    expect(r.spec?.hostnames).toEqual(['shop.example']);
    expect(r.spec?.parentRefs).toMatchObject([{ name: 'gw' }]);
    expect(r.spec?.rules?.[0]?.matches).toEqual([{ path: { type: 'PathPrefix', value: '/' } }]);
  });

  it('a route written without a namespace goes to the settings’ namespace, without labels or annotations', async () => {
    const svc = services('w2', 'blue');
    const users = route('w2', 'w2');
    await served('w2');
    const g = new GatewayRouter(context(), svc, { ...users, metadata: { name: 'w2' } });
    await g.setWeights({ blue: 50, green: 50 }, new AbortController().signal);
    expect(refs('w2')).toEqual([['w2-blue:50', 'w2-green:50']]);
    expect(live('w2').metadata.labels ?? {}).toEqual({});
    expect(live('w2').metadata.annotations ?? {}).toEqual({});
  });
});

describe('weight 100: the users’ route back, the live Service on the color that keeps every user', () => {
  it('to the canary: the route sends everyone to its Service first, then the live Service moves, then the users’ route', async () => {
    const svc = services('w3', 'blue');
    pods('w3', 'blue');
    pods('w3', 'green');
    const users = route('w3', 'w3');
    await served('w3');
    const g = new GatewayRouter(context(), svc, structuredClone(users));
    await g.setWeights({ blue: 90, green: 10 }, new AbortController().signal);
    const seen: string[] = [];
    const sample = () => {
      const s = (h.kube.objects.get('Service', 'default', 'w3') as Service).spec?.selector?.[COLOR] ?? '';
      const step = `${refs('w3').flat().join(',')} selector=${s}`;
      if (seen[seen.length - 1] !== step) seen.push(step);
    };
    // The state before the call, taken now: the first write may land before the timer's first tick.
    sample();
    const watch = setInterval(sample, 0);
    try {
      const said = await g.setWeights({ blue: 0, green: 100 }, new AbortController().signal);
      expect(said).toMatch(
        /^Accepted and ResolvedRefs at generation \d+ \(gateway\.keelson\.dev\/simulator\)$/,
      );
    } finally {
      clearInterval(watch);
    }
    expect(seen).toEqual([
      'w3-blue:90,w3-green:10 selector=blue',
      'w3-green:100 selector=blue',
      'w3-green:100 selector=green',
      'w3:1 selector=green',
    ]);
    expect(live('w3').spec?.rules?.[0]?.matches).toEqual(users.spec?.rules?.[0]?.matches);
    expect((h.kube.objects.get('Service', 'default', 'w3') as Service).spec?.selector).toEqual({
      app: 'w3',
      [COLOR]: 'green',
    });
    // The users' route came back only once the live Service's endpoints were green's pods alone.
    const endpoints = h.kube.objects
      .list('EndpointSlice', 'default', 'kubernetes.io/service-name=w3')
      .flatMap((e) =>
        ((e as { endpoints?: { targetRef?: { name?: string } }[] }).endpoints ?? []).map(
          (x) => x.targetRef?.name ?? '',
        ),
      );
    expect(endpoints.length).toBeGreaterThan(0);
    expect(endpoints.filter((n) => !n.startsWith('w3-green-'))).toEqual([]);
  });

  it('back to stable, which the live Service already selects: the users’ route at once, the Service untouched', async () => {
    const svc = services('w4', 'blue');
    const users = route('w4', 'w4');
    await served('w4');
    const g = new GatewayRouter(context(), svc, structuredClone(users));
    await g.setWeights({ blue: 90, green: 10 }, new AbortController().signal);
    const before = (h.kube.objects.get('Service', 'default', 'w4') as Service).metadata.resourceVersion;
    await g.setWeights({ blue: 100, green: 0 }, new AbortController().signal);
    // The users' backendRef (the API server defaults its weight to 1).
    expect(refs('w4')).toEqual([['w4:1']]);
    expect((h.kube.objects.get('Service', 'default', 'w4') as Service).metadata.resourceVersion).toBe(before);
  });

  it('the live Service whose endpoints do not settle on the color’s pods (none ready, cancelled while waiting): one line, the route on that color', async () => {
    const svc = services('w5', 'blue');
    pods('w5', 'blue');
    const users = route('w5', 'w5');
    await served('w5');
    const g = new GatewayRouter(context(), svc, structuredClone(users));
    const ac = new AbortController();
    const failed = errorOf(g.setWeights({ green: 100 }, ac.signal));
    // The route is confirmed within a few seconds; then the endpoints are awaited (60 s at most): stop waiting.
    await h.clock.sleep(6_000);
    ac.abort();
    expect(await failed).toBe("Service w5's endpoints did not settle on green's pods");
    expect(refs('w5')).toEqual([['w5-green:100']]);
    expect((h.kube.objects.get('Service', 'default', 'w5') as Service).spec?.selector).toEqual({
      app: 'w5',
      [COLOR]: 'green',
    });
  });
});

describe('the route’s status, as the controller writes it', () => {
  it('a backend Service that does not exist: ResolvedRefs False fails the step with the controller’s reason', async () => {
    const svc = services('w6', 'blue', ['blue']);
    const users = route('w6', 'w6');
    await served('w6');
    const g = new GatewayRouter(context(), svc, structuredClone(users));
    const gen = (live('w6').metadata.generation ?? 0) + 1;
    expect(await errorOf(g.setWeights({ blue: 90, green: 10 }, new AbortController().signal))).toBe(
      `HTTPRoute w6 (generation ${gen}): ResolvedRefs is False on Gateway default/gw (BackendNotFound: Service default/w6-green not found)`,
    );
    // What the route carries is the failed write: putting it back is the caller's (the canary's abort).
    expect(refs('w6')).toEqual([['w6-blue:90', 'w6-green:10']]);
    expect(await g.refused()).toBe(
      'ResolvedRefs is False on Gateway default/gw (BackendNotFound: Service default/w6-green not found)',
    );
  });

  it('weights the controller refuses: Accepted False with its reason; prepared() and refused() say the same', async () => {
    const svc = services('w7', 'blue');
    const users = route('w7', 'w7');
    await served('w7');
    const g = new GatewayRouter(context(), svc, structuredClone(users));
    expect(await g.prepared(new AbortController().signal)).toBeUndefined();
    expect(await g.refused()).toBeUndefined();
    gateways().rejectRoute = (r) =>
      r.metadata.name === 'w7' && JSON.stringify(r.spec).includes('w7-green')
        ? 'weights are not supported'
        : undefined;
    try {
      const gen = (live('w7').metadata.generation ?? 0) + 1;
      const line = 'Accepted is False on Gateway default/gw (UnsupportedValue: weights are not supported)';
      expect(await errorOf(g.setWeights({ blue: 90, green: 10 }, new AbortController().signal))).toBe(
        `HTTPRoute w7 (generation ${gen}): ${line}`,
      );
      expect(await g.prepared(new AbortController().signal)).toBe(
        `HTTPRoute w7 (generation ${gen}): ${line}`,
      );
      expect(await g.refused()).toBe(line);
    } finally {
      gateways().rejectRoute = undefined;
    }
  });

  it('a route whose Gateway does not exist: prepared() names NoMatchingParent', async () => {
    const svc = services('w8', 'blue');
    const users = route('w8', 'w8', { parentRefs: [{ name: 'nope' }] });
    await served('w8');
    const g = new GatewayRouter(context(), svc, structuredClone(users));
    expect(await g.prepared(new AbortController().signal)).toBe(
      `HTTPRoute w8 (generation ${live('w8').metadata.generation}): Accepted is False on Gateway default/nope (NoMatchingParent: Gateway default/nope not found)`,
    );
  });

  it('a route not in the cluster: prepared() says so, refused() has nothing to say', async () => {
    const g = new GatewayRouter(context(), services('w9'), {
      apiVersion: GATEWAY_API,
      kind: 'HTTPRoute',
      metadata: { name: 'w9' },
    });
    expect(await g.prepared(new AbortController().signal)).toBe('HTTPRoute w9 is not in namespace default');
    expect(await g.refused()).toBeUndefined();
  });

  it('a route without parentRefs: no Gateway serves it', async () => {
    const svc = services('w10', 'blue');
    const users = route('w10', 'w10', { parentRefs: [] });
    const g = new GatewayRouter(context(), svc, structuredClone(users));
    expect(await g.refused()).toBe('spec.parentRefs is empty: no Gateway serves the route');
    expect(await g.prepared(new AbortController().signal)).toBe(
      `HTTPRoute w10 (generation ${live('w10').metadata.generation}): spec.parentRefs is empty: no Gateway serves the route`,
    );
  });

  it('the controller down: the step times out after switch-timeout naming the generation it last saw', async () => {
    const svc = services('w11', 'blue');
    const users = route('w11', 'w11');
    await served('w11');
    const seen = live('w11').metadata.generation ?? 0;
    const g = new GatewayRouter(context({ switchTimeoutMs: 3_000 }), svc, structuredClone(users));
    gateways().pause();
    try {
      const t0 = h.clock.now();
      expect(await errorOf(g.setWeights({ blue: 90, green: 10 }, new AbortController().signal))).toBe(
        `the Gateway API controller did not accept generation ${seen + 1} of HTTPRoute w11 within 3s (status.parents for Gateway default/gw at generation ${seen}): is it running?`,
      );
      expect(h.clock.now() - t0).toBeGreaterThanOrEqual(3_000);
      // Polled every second: the first poll at or past the deadline gives up.
      expect(h.clock.now() - t0).toBeLessThan(4_000);
      // Refused? Not yet reported is not a refusal.
      expect(await g.refused()).toBeUndefined();
    } finally {
      gateways().resume();
    }
  });

  it('cancelled while waiting for the status: the abort, not a RouterError', async () => {
    const svc = services('w12', 'blue');
    const users = route('w12', 'w12');
    await served('w12');
    const g = new GatewayRouter(context(), svc, structuredClone(users));
    gateways().pause();
    try {
      const ac = new AbortController();
      const p = g.prepared(ac.signal);
      // The route as it is is served: prepared() answers at once even with the controller down.
      expect(await p).toBeUndefined();
      const write = g.setWeights({ blue: 90, green: 10 }, ac.signal);
      await h.clock.sleep(1_500);
      ac.abort();
      await expect(write).rejects.toThrow('aborted');
      await expect(write).rejects.not.toBeInstanceOf(RouterError);
      // prepared() passes the abort on too (a route not yet reported, waited for).
      await h.client.apply({ ...users, spec: { ...users.spec, hostnames: ['x.example'] } } as HTTPRoute);
      const ac2 = new AbortController();
      const q = g.prepared(ac2.signal);
      await h.clock.sleep(1_500);
      ac2.abort();
      await expect(q).rejects.toThrow('aborted');
      await expect(q).rejects.not.toBeInstanceOf(RouterError);
    } finally {
      gateways().resume();
    }
  });

  it('a route deleted while its status is awaited: the route is gone', async () => {
    const svc = services('w13', 'blue');
    const users = route('w13', 'w13');
    await served('w13');
    const g = new GatewayRouter(context(), svc, structuredClone(users));
    gateways().pause();
    try {
      const write = errorOf(g.setWeights({ blue: 90, green: 10 }, new AbortController().signal));
      await h.clock.sleep(2_500);
      await h.client.delete({
        apiVersion: GATEWAY_API,
        kind: 'HTTPRoute',
        name: 'w13',
        namespace: 'default',
      });
      expect(await write).toMatch(/^HTTPRoute w13 \(generation \d+\): the route is gone$/);
    } finally {
      gateways().resume();
    }
  });
});

describe('the route’s status, per parent and generation (written by hand, the controller paused)', () => {
  /** A route with `parentRefs`, created, the controller paused; the router for it. */
  async function handRoute(
    name: string,
    parentRefs: NonNullable<HTTPRoute['spec']>['parentRefs'],
    switchTimeoutMs: number,
  ): Promise<GatewayRouter> {
    const svc = services(name, 'blue');
    gateways().pause();
    const users = route(name, name, { parentRefs });
    return new GatewayRouter(context({ switchTimeoutMs }), svc, structuredClone(users));
  }
  const ok = (gen: number): ReturnType<typeof cond>[] => [
    cond('Accepted', 'True', gen),
    cond('ResolvedRefs', 'True', gen),
  ];

  it('every parentRef must be accepted; each controller that did is named', async () => {
    const g = await handRoute(
      's1',
      [{ name: 'gw' }, { name: 'gw2', namespace: 'infra', sectionName: 'https' }],
      2_000,
    );
    try {
      await setStatus('s1', [
        { parentRef: { name: 'gw' }, controllerName: 'a.example/gw', conditions: ok(1) },
      ]);
      expect(await g.prepared(new AbortController().signal)).toBe(
        'the Gateway API controller did not accept generation 1 of HTTPRoute s1 within 2s (status.parents for Gateway infra/gw2 at generation none): is it running?',
      );
      // Another listener of gw2 (sectionName http) is not the parentRef's.
      await setStatus('s1', [
        { parentRef: { name: 'gw' }, controllerName: 'a.example/gw', conditions: ok(1) },
        {
          parentRef: { name: 'gw2', namespace: 'infra', sectionName: 'http' },
          controllerName: 'b.example/gw',
          conditions: ok(1),
        },
      ]);
      expect(await g.prepared(new AbortController().signal)).toMatch(
        /\(status\.parents for Gateway infra\/gw2 at generation none\)/,
      );
      await setStatus('s1', [
        {
          parentRef: { name: 'gw', kind: 'Gateway', namespace: 'default' },
          controllerName: 'a.example/gw',
          conditions: ok(1),
        },
        {
          parentRef: { name: 'gw2', namespace: 'infra', sectionName: 'https' },
          controllerName: 'b.example/gw',
          conditions: ok(1),
        },
      ]);
      expect(await g.prepared(new AbortController().signal)).toBeUndefined();
      // A new generation: confirmed once both parents show it, naming each controller once.
      const write = g.setWeights({ blue: 90, green: 10 }, new AbortController().signal);
      await h.clock.sleep(1_500);
      await setStatus('s1', [
        { parentRef: { name: 'gw' }, controllerName: 'a.example/gw', conditions: ok(2) },
        { parentRef: { name: 'gw' }, controllerName: 'a.example/gw', conditions: ok(2) },
        {
          parentRef: { name: 'gw2', namespace: 'infra', sectionName: 'https' },
          controllerName: 'b.example/gw',
          conditions: ok(2),
        },
      ]);
      expect(await write).toBe('Accepted and ResolvedRefs at generation 2 (a.example/gw, b.example/gw)');
    } finally {
      gateways().resume();
    }
  });

  it('conditions of an older generation are waited for; a False one of the written generation fails with its reason', async () => {
    const g = await handRoute('s2', [{ name: 'gw' }], 10_000);
    try {
      await setStatus('s2', [
        {
          parentRef: { name: 'gw' },
          controllerName: 'a.example/gw',
          conditions: [cond('Accepted', 'True', 1), cond('ResolvedRefs', 'True', 1)],
        },
      ]);
      const write = g.setWeights({ blue: 90, green: 10 }, new AbortController().signal);
      const failed = errorOf(write);
      await h.clock.sleep(2_500);
      // Accepted True for generation 2, ResolvedRefs still of generation 1: waiting (another condition of
      // generation 2 does not stand in for ResolvedRefs).
      await setStatus('s2', [
        {
          parentRef: { name: 'gw' },
          controllerName: 'a.example/gw',
          conditions: [
            cond('Accepted', 'True', 2),
            cond('ResolvedRefs', 'True', 1),
            cond('PartiallyInvalid', 'False', 2),
          ],
        },
      ]);
      await h.clock.sleep(1_500);
      await setStatus('s2', [
        {
          parentRef: { name: 'gw' },
          controllerName: 'a.example/gw',
          conditions: [
            cond('Accepted', 'True', 2),
            cond('ResolvedRefs', 'False', 2, 'RefNotPermitted', 'no ReferenceGrant'),
          ],
        },
      ]);
      expect(await failed).toBe(
        'HTTPRoute s2 (generation 2): ResolvedRefs is False on Gateway default/gw (RefNotPermitted: no ReferenceGrant)',
      );
      // Unknown is not True either.
      await setStatus('s2', [
        {
          parentRef: { name: 'gw' },
          controllerName: 'a.example/gw',
          conditions: [cond('Accepted', 'Unknown', 2, 'Pending'), cond('ResolvedRefs', 'True', 2)],
        },
      ]);
      expect(await g.refused()).toBe('Accepted is Unknown on Gateway default/gw (Pending: )');
      // Conditions without observedGeneration count as generation 0: never fresh.
      await setStatus('s2', [
        {
          parentRef: { name: 'gw' },
          controllerName: 'a.example/gw',
          conditions: [cond('Accepted', 'False', undefined, 'Nope'), cond('ResolvedRefs', 'True')],
        },
      ]);
      expect(await g.refused()).toBeUndefined();
    } finally {
      gateways().resume();
    }
  });
  it('a status entry counts only for its own parentRef: name, namespace, kind, listener and port', async () => {
    const g = await handRoute('s3', [{ name: 'gw', sectionName: 'http', port: 80 }], 2_000);
    try {
      const parent = { name: 'gw', sectionName: 'http', port: 80 };
      await setStatus('s3', [
        { parentRef: { ...parent, name: 'gw2' }, controllerName: 'a.example/gw', conditions: ok(1) },
        { parentRef: { ...parent, namespace: 'infra' }, controllerName: 'a.example/gw', conditions: ok(1) },
        { parentRef: { ...parent, kind: 'ListenerSet' }, controllerName: 'a.example/gw', conditions: ok(1) },
        { parentRef: { ...parent, sectionName: 'https' }, controllerName: 'a.example/gw', conditions: ok(1) },
        { parentRef: { name: 'gw', sectionName: 'http' }, controllerName: 'a.example/gw', conditions: ok(1) },
        { parentRef: { ...parent, port: 8080 }, controllerName: 'a.example/gw', conditions: ok(1) },
      ]);
      expect(await g.prepared(new AbortController().signal)).toBe(
        'the Gateway API controller did not accept generation 1 of HTTPRoute s3 within 2s (status.parents for Gateway default/gw at generation none): is it running?',
      );
      await setStatus('s3', [
        {
          parentRef: { ...parent, namespace: 'default', kind: 'Gateway' },
          controllerName: 'a.example/gw',
          conditions: ok(1),
        },
      ]);
      expect(await g.prepared(new AbortController().signal)).toBeUndefined();
    } finally {
      gateways().resume();
    }
  });
});

describe('where users enter: the color’s own Service', () => {
  it('healthy: every ready pod of the color listed by its Service, or the line naming the Service', async () => {
    const svc = services('w14', 'blue');
    pods('w14', 'blue');
    const g = new GatewayRouter(context(), svc, route('w14', 'w14'));
    expect(await g.healthy('blue', new AbortController().signal, 30_000)).toBeUndefined();
    const t0 = h.clock.now();
    expect(await g.healthy('green', new AbortController().signal, 3_000)).toBe(
      'has no ready endpoint in Service w14-green',
    );
    expect(h.clock.now() - t0).toBeGreaterThanOrEqual(3_000);
  });

  it('the live Service gone: the write to it fails as the API server says, not as a crash', async () => {
    const svc = services('w15', 'blue', ['green']);
    await h.client.delete({ apiVersion: 'v1', kind: 'Service', name: 'w15', namespace: 'default' });
    const users = route('w15', 'w15');
    await served('w15');
    const g = new GatewayRouter(context(), svc, structuredClone(users));
    await expect(g.setWeights({ green: 100 }, new AbortController().signal)).rejects.toThrow(/not found/);
    expect(refs('w15')).toEqual([['w15-green:100']]);
  });
});
