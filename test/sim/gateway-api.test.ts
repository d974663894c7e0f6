/**
 * The simulator's Gateway API controller: Gateway and HTTPRoute (gateway.networking.k8s.io/v1) served as CRDs and
 * validated against the Gateway API schema; status.parents with Accepted / ResolvedRefs per parentRef and
 * observedGeneration; real requests through the Gateway's loopback listener split by backendRefs weights after the
 * controller's lag; 500 for an unresolvable backend's share; a paused controller and a refused route. Virtual time.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { VirtualClock } from '../../src/sim/clock.js';
import type { KubeEmulator, KubeObject } from '../../src/sim/kube/index.js';
import { startKubeEmulator } from '../../src/sim/kube/index.js';
import { api, apply, deployment, get, service, type Json } from './helpers.js';

let kube: KubeEmulator;
let clock: VirtualClock;

beforeEach(async () => {
  clock = new VirtualClock();
  kube = await startKubeEmulator({ clock, namespaces: ['shop'], gatewayApi: { reconcileLagMs: 2_000 } });
});
afterEach(async () => {
  await kube.close();
  clock.stop();
});

const ROUTES = '/apis/gateway.networking.k8s.io/v1/namespaces/shop/httproutes';

interface Parent {
  parentRef: Json;
  controllerName: string;
  conditions: { type: string; status: string; reason: string; message: string; observedGeneration: number }[];
}

function gateway(name = 'gw'): KubeObject {
  return {
    apiVersion: 'gateway.networking.k8s.io/v1',
    kind: 'Gateway',
    metadata: { name, namespace: 'shop' },
    spec: { gatewayClassName: 'keelson-sim', listeners: [{ name: 'http', port: 80, protocol: 'HTTP' }] },
  };
}

function route(backends: { name: string; weight?: number }[], parent = 'gw'): Json {
  return {
    apiVersion: 'gateway.networking.k8s.io/v1',
    kind: 'HTTPRoute',
    metadata: { name: 'web', namespace: 'shop' },
    spec: {
      parentRefs: [{ name: parent }],
      rules: [{ backendRefs: backends.map((b) => ({ ...b, port: 80 })) }],
    },
  };
}

async function applyRoute(body: Json): Promise<{ status: number; json: Json }> {
  return api(
    kube,
    'PATCH',
    `${ROUTES}/web?fieldManager=test&force=true`,
    body,
    'application/apply-patch+yaml',
  );
}

async function live(): Promise<{ generation: number; parents: Parent[]; spec: Json }> {
  const r = await api<{ metadata: { generation: number }; status?: { parents?: Parent[] }; spec: Json }>(
    kube,
    'GET',
    `${ROUTES}/web`,
  );
  return { generation: r.json.metadata.generation, parents: r.json.status?.parents ?? [], spec: r.json.spec };
}

/** Waits (simulated time) until the route's status reports its current generation. */
async function reported(): Promise<Parent[]> {
  for (let i = 0; i < 60; i++) {
    const r = await live();
    if (
      r.parents.length &&
      r.parents.every((p) => p.conditions.every((c) => c.observedGeneration === r.generation))
    )
      return r.parents;
    await clock.sleep(500);
  }
  throw new Error('the route status never reported its generation');
}

async function versions(url: string, n: number): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (let i = 0; i < n; i++) {
    const a = await get(url);
    const k = a.status === 200 ? a.version : `HTTP ${a.status}`;
    out[k] = (out[k] ?? 0) + 1;
  }
  return out;
}

/** Two versions of web behind their own Services, ready. */
async function twoVersions(): Promise<void> {
  for (const [name, tag] of [
    ['web-v1', 'v1'],
    ['web-v2', 'v2'],
  ] as const) {
    await apply(
      kube,
      deployment('shop', name, `registry.example/web:${tag}`, { replicas: 2, labels: { app: name } }),
    );
    await apply(kube, service('shop', name, { app: name }));
  }
  await kube.sim.until(
    () => kube.sim.serving('shop', 'web-v1') === 2 && kube.sim.serving('shop', 'web-v2') === 2,
  );
}

describe('Gateway API controller (simulator)', () => {
  it('serves the CRDs with the schema defaults and refuses what the schema refuses', async () => {
    const disc = await api<{ resources: { name: string }[] }>(
      kube,
      'GET',
      '/apis/gateway.networking.k8s.io/v1',
    );
    expect(disc.json.resources.map((r) => r.name)).toEqual(
      expect.arrayContaining(['gatewayclasses', 'gateways', 'httproutes', 'httproutes/status']),
    );
    expect((await applyRoute(route([{ name: 'web-v1' }]))).status).toBe(201);
    const { spec } = await live();
    expect(spec).toMatchObject({
      parentRefs: [{ group: 'gateway.networking.k8s.io', kind: 'Gateway', name: 'gw' }],
      rules: [
        {
          matches: [{ path: { type: 'PathPrefix', value: '/' } }],
          backendRefs: [{ group: '', kind: 'Service', name: 'web-v1', port: 80, weight: 1 }],
        },
      ],
    });
    const bad = await applyRoute(route([{ name: 'web-v1', weight: -1 }]));
    expect(bad.status).toBe(422);
    expect(JSON.stringify(bad.json)).toContain('spec.rules[0].backendRefs[0].weight');
  });

  it('routes real requests by backendRefs weights once the status shows the generation, and not before', async () => {
    await apply(kube, gateway());
    await twoVersions();
    await applyRoute(route([{ name: 'web-v1', weight: 100 }]));
    const parents = await reported();
    expect(parents).toEqual([
      expect.objectContaining({
        parentRef: { group: 'gateway.networking.k8s.io', kind: 'Gateway', name: 'gw' },
        controllerName: 'gateway.keelson.dev/simulator',
        conditions: [
          expect.objectContaining({
            type: 'Accepted',
            status: 'True',
            reason: 'Accepted',
            observedGeneration: 1,
          }),
          expect.objectContaining({
            type: 'ResolvedRefs',
            status: 'True',
            reason: 'ResolvedRefs',
            observedGeneration: 1,
          }),
        ],
      }),
    ]);
    const url = (await kube.sim.gatewayUrl('shop', 'gw')) ?? '';
    expect(await versions(url, 20)).toEqual({ v1: 20 });
    // The Gateway counts the route once it is accepted, within the controller's lag.
    await clock.sleep(2_500);
    const gw = await api<{
      status: { addresses: { value: string }[]; listeners: { attachedRoutes: number }[] };
    }>(kube, 'GET', '/apis/gateway.networking.k8s.io/v1/namespaces/shop/gateways/gw');
    expect(gw.json.status.listeners[0]?.attachedRoutes).toBe(1);
    expect(kube.sim.loadBalancerUrl(gw.json.status.addresses[0]?.value ?? '')).toBe(url);

    await applyRoute(
      route([
        { name: 'web-v1', weight: 75 },
        { name: 'web-v2', weight: 25 },
      ]),
    );
    // Within the controller's lag: generation 2 is not reported, and users still get the old weights.
    expect((await live()).parents[0]?.conditions[0]?.observedGeneration).toBe(1);
    expect(await versions(url, 8)).toEqual({ v1: 8 });
    await reported();
    expect(await versions(url, 40)).toEqual({ v1: 30, v2: 10 });
  });

  it('ResolvedRefs False (BackendNotFound) for a missing Service, whose share is answered 500', async () => {
    await apply(kube, gateway());
    await twoVersions();
    await applyRoute(
      route([
        { name: 'web-v1', weight: 1 },
        { name: 'web-gone', weight: 1 },
      ]),
    );
    const [p] = await reported();
    expect(p?.conditions.map((c) => [c.type, c.status, c.reason, c.message])).toEqual([
      ['Accepted', 'True', 'Accepted', 'Route is accepted'],
      ['ResolvedRefs', 'False', 'BackendNotFound', 'Service shop/web-gone not found'],
    ]);
    const url = (await kube.sim.gatewayUrl('shop', 'gw')) ?? '';
    expect(await versions(url, 20)).toEqual({ v1: 10, 'HTTP 500': 10 });
  });

  it('Accepted False (NoMatchingParent) when the parent Gateway does not exist', async () => {
    await twoVersions();
    await applyRoute(route([{ name: 'web-v1' }], 'nowhere'));
    const [p] = await reported();
    expect(p?.conditions[0]).toMatchObject({
      type: 'Accepted',
      status: 'False',
      reason: 'NoMatchingParent',
      message: 'Gateway shop/nowhere not found',
    });
  });

  it('a paused controller reports nothing and keeps routing by what it had; a refused generation is not programmed', async () => {
    await apply(kube, gateway());
    await twoVersions();
    await applyRoute(route([{ name: 'web-v1', weight: 100 }]));
    await reported();
    const url = (await kube.sim.gatewayUrl('shop', 'gw')) ?? '';
    const ctl = kube.sim.gateways;
    if (!ctl) throw new Error('no Gateway API controller');
    ctl.pause();
    await applyRoute(route([{ name: 'web-v2', weight: 100 }]));
    await clock.sleep(30_000);
    expect((await live()).parents[0]?.conditions[0]?.observedGeneration).toBe(1);
    expect(await versions(url, 10)).toEqual({ v1: 10 });
    ctl.resume();
    await reported();
    expect(await versions(url, 10)).toEqual({ v2: 10 });

    ctl.rejectRoute = (r) =>
      JSON.stringify(r.spec).includes('"weight":50') ? 'weights of 50 are not supported here' : undefined;
    await applyRoute(
      route([
        { name: 'web-v1', weight: 50 },
        { name: 'web-v2', weight: 50 },
      ]),
    );
    const [p] = await reported();
    expect(p?.conditions[0]).toMatchObject({
      type: 'Accepted',
      status: 'False',
      reason: 'UnsupportedValue',
      message: 'weights of 50 are not supported here',
    });
    expect(await versions(url, 10)).toEqual({ v2: 10 });
  });
});
