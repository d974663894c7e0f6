/**
 * What the simulator models because it breaks real rollouts: the HPA (autoscaling/v2) scaling by served load,
 * graceful termination (preStop, SIGTERM, grace period), kube-proxy balancing per connection with a
 * propagation delay, PodDisruptionBudgets with the Eviction API and node drains, pod readiness gates, and
 * custom resources served only once their CRD is established. Virtual time: every number is exact.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import http from 'node:http';
import { VirtualClock } from '../../src/sim/clock.js';
import type { KubeEmulator, KubeObject } from '../../src/sim/kube/index.js';
import { startKubeEmulator } from '../../src/sim/kube/index.js';
import { api, apply, deployment, get, service, steadyLoad, type Json } from './helpers.js';

let kube: KubeEmulator;
let clock: VirtualClock;
beforeEach(async () => {
  clock = new VirtualClock();
  kube = await startKubeEmulator({ clock, namespaces: ['p'] });
});
afterEach(async () => {
  await kube.close();
  clock.stop();
});

const replicas = (name: string): number | undefined =>
  (kube.objects.get('Deployment', 'p', name)?.spec as { replicas?: number } | undefined)?.replicas;
const ready = (name: string): number =>
  (kube.objects.get('Deployment', 'p', name)?.status as { readyReplicas?: number } | undefined)
    ?.readyReplicas ?? 0;
const pods = (selector: string): KubeObject[] => kube.objects.list('Pod', 'p', selector);

function hpa(name: string, target: string, min: number, max: number, extra: Json = {}): KubeObject {
  return {
    apiVersion: 'autoscaling/v2',
    kind: 'HorizontalPodAutoscaler',
    metadata: { name, namespace: 'p' },
    spec: {
      scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: target },
      minReplicas: min,
      maxReplicas: max,
      metrics: [
        {
          type: 'Resource',
          resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 50 } },
        },
      ],
      ...extra,
    },
  };
}

describe('HorizontalPodAutoscaler controller', () => {
  it('scales up on served load at the default rate, writes /scale as kube-controller-manager, and scales down only after the 300 s window', async () => {
    await apply(kube, deployment('p', 'api', 'registry/api:v1-capacity-5', { replicas: 2, cpu: '100m' }));
    await apply(kube, service('p', 'api'));
    await apply(kube, hpa('api', 'api', 2, 10));
    await kube.sim.until(() => ready('api') === 2);
    const url = await kube.sim.serviceUrl('p', 'api');
    const load = steadyLoad(clock, () => url, 20, 10);
    const seen: number[] = [];
    const started = clock.now();
    while (clock.now() - started < 120_000) {
      await clock.sleep(5_000);
      seen.push(replicas('api') ?? 0);
    }
    await load.stop();
    // 20 req/s on 2 pods of capacity 5 req/s: 205 % of the request against a 50 % target. The first step is
    // capped by the default scale-up policies (max of +4 pods and +100 % per 15 s): 2 → 6; it then settles where
    // utilisation is within the 10 % tolerance of the target: 8 pods (55 %) or 9 (49 %), depending on the path.
    const steps = seen.filter((n, i) => i === 0 || n !== seen[i - 1]);
    expect(steps.slice(0, 2)).toEqual([2, 6]);
    const settled = steps[steps.length - 1];
    expect([8, 9]).toContain(settled);
    expect(steps).toEqual([...steps].sort((x, y) => x - y));
    const fields = (kube.objects.get('Deployment', 'p', 'api')?.metadata.managedFields ??
      []) as unknown as Json[];
    expect(fields).toContainEqual(
      expect.objectContaining({
        manager: 'kube-controller-manager',
        subresource: 'scale',
        operation: 'Update',
      }),
    );
    const status = kube.objects.get('HorizontalPodAutoscaler', 'p', 'api')?.status as Json;
    expect(status).toMatchObject({ desiredReplicas: settled, currentReplicas: settled });
    const events = kube.objects.list('Event', 'p').map((e) => e.message);
    expect(events).toContain(
      'New size: 6; reason: cpu resource utilization (percentage of request) above target',
    );

    // No load: the recommendation drops to the minimum at once, but the scale-down window holds 9 for 300 s.
    const idleFrom = clock.now();
    await clock.sleep(280_000);
    expect(replicas('api')).toBe(settled);
    await kube.sim.until(() => replicas('api') === 2, 120_000);
    expect(clock.now() - idleFrom).toBeGreaterThanOrEqual(300_000);
  });

  it('an HPA whose target does not exist says so and scales nothing; a target at 0 replicas is not autoscaled', async () => {
    await apply(kube, hpa('ghost', 'web', 3, 10));
    await kube.sim.until(() => {
      const c = (kube.objects.get('HorizontalPodAutoscaler', 'p', 'ghost')?.status as Json | undefined)
        ?.conditions;
      return Array.isArray(c) && c.length > 0;
    });
    expect(
      (kube.objects.get('HorizontalPodAutoscaler', 'p', 'ghost')?.status as Json).conditions,
    ).toContainEqual(
      expect.objectContaining({
        type: 'AbleToScale',
        status: 'False',
        reason: 'FailedGetScale',
        message:
          'the HPA controller was unable to get the target\'s current scale: deployments/scale.apps "web" not found',
      }),
    );
    await apply(kube, deployment('p', 'idle', 'registry/idle:v1', { replicas: 0, cpu: '100m' }));
    await apply(kube, hpa('idle', 'idle', 3, 10));
    await clock.sleep(40_000);
    expect(replicas('idle')).toBe(0);
    expect(
      (kube.objects.get('HorizontalPodAutoscaler', 'p', 'idle')?.status as Json).conditions,
    ).toContainEqual(
      expect.objectContaining({ type: 'ScalingActive', status: 'False', reason: 'ScalingDisabled' }),
    );
  });

  it('honours a configured behaviour: a 60 s scale-down window and 1 pod per 15 s', async () => {
    await apply(kube, deployment('p', 'b', 'registry/b:v1', { replicas: 5, cpu: '100m' }));
    const from = clock.now();
    await apply(
      kube,
      hpa('b', 'b', 1, 10, {
        behavior: {
          scaleDown: {
            stabilizationWindowSeconds: 60,
            policies: [{ type: 'Pods', value: 1, periodSeconds: 15 }],
          },
        },
      }),
    );
    await kube.sim.until(() => ready('b') === 5);
    await kube.sim.until(() => replicas('b') === 4, 120_000);
    const first = clock.now() - from;
    await kube.sim.until(() => replicas('b') === 3, 120_000);
    expect(first).toBeGreaterThanOrEqual(60_000);
    expect(clock.now() - from - first).toBeGreaterThanOrEqual(15_000);
    expect(kube.objects.get('HorizontalPodAutoscaler', 'p', 'b')?.spec).toMatchObject({
      behavior: { scaleUp: { stabilizationWindowSeconds: 0, selectPolicy: 'Max' } },
    });
  });
});

describe('termination and kube-proxy', () => {
  it('balances per connection: a keep-alive client stays on its pod, new connections spread', async () => {
    await apply(kube, deployment('p', 'w', 'registry/w:v1', { replicas: 3 }));
    await apply(kube, service('p', 'w'));
    await kube.sim.until(() => ready('w') === 3);
    await clock.sleep(2_000); // kube-proxy programs the endpoints
    const url = await kube.sim.serviceUrl('p', 'w');
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    const sticky = new Set<string>();
    for (let i = 0; i < 9; i++) sticky.add((await get(url, agent)).pod);
    agent.destroy();
    const fresh = new Set<string>();
    for (let i = 0; i < 9; i++) fresh.add((await get(url)).pod);
    expect(sticky.size).toBe(1);
    expect(fresh.size).toBe(3);
  });

  it('without preStop, new connections reach a terminating pod while kube-proxy catches up; with preStop none fail', async () => {
    for (const [name, preStop] of [
      ['bare', 0],
      ['hooked', 5],
    ] as const) {
      await apply(kube, deployment('p', name, `registry/${name}:v1`, { replicas: 2, preStop }));
      await apply(kube, service('p', name));
      await kube.sim.until(() => ready(name) === 2);
      await clock.sleep(2_000);
    }
    const results: Record<string, number> = {};
    for (const name of ['bare', 'hooked']) {
      const url = await kube.sim.serviceUrl('p', name);
      const load = steadyLoad(clock, () => url, 50, 10);
      await clock.sleep(3_000);
      const victim = pods(`app=${name}`)[0].metadata.name ?? '';
      await api(kube, 'DELETE', `/api/v1/namespaces/p/pods/${victim}`);
      await clock.sleep(10_000);
      await load.stop();
      results[name] = load.answers.filter((a) => a.status !== 200).length;
    }
    expect(results.bare).toBeGreaterThan(0);
    expect(results.hooked).toBe(0);
  });

  it('a request accepted before SIGTERM finishes; the pod exits once idle, or at the end of its grace period', async () => {
    await apply(kube, deployment('p', 'slow', 'registry/slow:v1-slow-4000', { replicas: 1, grace: 30 }));
    await apply(
      kube,
      deployment('p', 'stuck', 'registry/stuck:v1-hang', { replicas: 1, grace: 20, probe: false }),
    );
    await kube.sim.until(() => ready('slow') === 1 && ready('stuck') === 1);
    const slowPod = pods('app=slow')[0].metadata.name ?? '';
    const answer = get(`${kube.sim.podUrl('p', slowPod)}/`);
    await clock.sleep(1_000);
    const deletedAt = clock.now();
    await api(kube, 'DELETE', `/api/v1/namespaces/p/pods/${slowPod}`);
    expect((await answer).status).toBe(200);
    await kube.sim.until(() => pods('app=slow').every((p) => p.metadata.name !== slowPod));
    expect(clock.now() - deletedAt).toBeLessThan(5_000);

    const stuckPod = pods('app=stuck')[0].metadata.name ?? '';
    const from = clock.now();
    await api(kube, 'DELETE', `/api/v1/namespaces/p/pods/${stuckPod}`);
    await kube.sim.until(() => pods('app=stuck').every((p) => p.metadata.name !== stuckPod));
    expect(clock.now() - from).toBeGreaterThanOrEqual(20_000);
  });
});

describe('disruption budgets, eviction, node drain', () => {
  it('evictions honour a PodDisruptionBudget; a drained node empties and its pods come back elsewhere', async () => {
    await apply(kube, deployment('p', 'db', 'registry/db:v1', { replicas: 3 }));
    await apply(kube, {
      apiVersion: 'policy/v1',
      kind: 'PodDisruptionBudget',
      metadata: { name: 'db', namespace: 'p' },
      spec: { minAvailable: 2, selector: { matchLabels: { app: 'db' } } },
    });
    await kube.sim.until(() => ready('db') === 3);
    await kube.sim.until(
      () => (kube.objects.get('PodDisruptionBudget', 'p', 'db')?.status as Json).disruptionsAllowed === 1,
    );
    const [a, b] = pods('app=db').map((p) => p.metadata.name ?? '');
    const evict = (name: string) =>
      api(kube, 'POST', `/api/v1/namespaces/p/pods/${name}/eviction`, {
        apiVersion: 'policy/v1',
        kind: 'Eviction',
        metadata: { name, namespace: 'p' },
      });
    expect((await evict(a)).status).toBe(201);
    const refused = await evict(b);
    expect(refused.status).toBe(429);
    expect(refused.json).toMatchObject({
      reason: 'TooManyRequests',
      message: "Cannot evict pod as it would violate the pod's disruption budget.",
      details: {
        causes: [
          {
            reason: 'DisruptionBudget',
            message: 'The disruption budget db needs 2 healthy pods and has 2 currently',
          },
        ],
      },
    });
    await kube.sim.until(() => ready('db') === 3 && pods('app=db').length === 3);

    const node = kube.sim.nodes[0].name;
    const before = pods('app=db').filter((p) => (p.spec as Json).nodeName === node).length;
    const evicted = await kube.sim.drainNode(node);
    expect(evicted).toHaveLength(before);
    await kube.sim.until(() => ready('db') === 3 && pods('app=db').length === 3);
    expect(pods('app=db').some((p) => (p.spec as Json).nodeName === node)).toBe(false);
    expect(kube.sim.nodes[0].unschedulable).toBe(true);
  });
});

describe('readiness gates and custom resources', () => {
  it('a pod with a readiness gate is Ready only once the gate condition is True', async () => {
    const d = deployment('p', 'gated', 'registry/gated:v1', { replicas: 1 });
    (d.spec as { template: { spec: Json } }).template.spec.readinessGates = [
      { conditionType: 'example.com/lb' },
    ];
    await apply(kube, d);
    await clock.sleep(10_000);
    const pod = pods('app=gated')[0];
    const conditions = (pod.status as { conditions: Json[] }).conditions;
    expect(conditions).toContainEqual(expect.objectContaining({ type: 'ContainersReady', status: 'True' }));
    expect(conditions).toContainEqual(
      expect.objectContaining({ type: 'Ready', status: 'False', reason: 'ReadinessGatesNotReady' }),
    );
    const patched = await api(
      kube,
      'PATCH',
      `/api/v1/namespaces/p/pods/${pod.metadata.name}/status`,
      { status: { conditions: [{ type: 'example.com/lb', status: 'True' }] } },
      'application/strategic-merge-patch+json',
    );
    expect(patched.status).toBe(200);
    await kube.sim.until(() => ready('gated') === 1);
    const after = (pods('app=gated')[0].status as { conditions: Json[] }).conditions;
    expect(after).toContainEqual(expect.objectContaining({ type: 'example.com/lb', status: 'True' }));
  });

  it('TargetGroupBinding is served only once its CustomResourceDefinition is established', async () => {
    const tgb = {
      apiVersion: 'elbv2.k8s.aws/v1beta1',
      kind: 'TargetGroupBinding',
      metadata: { name: 'x', namespace: 'p' },
      spec: {
        serviceRef: { name: 'x', port: 80 },
        targetGroupARN: 'arn:aws:elasticloadbalancing:us-east-1:1:targetgroup/x/1',
      },
    };
    expect((await api(kube, 'GET', '/apis/elbv2.k8s.aws/v1beta1')).status).toBe(404);
    expect(
      (await api(kube, 'POST', '/apis/elbv2.k8s.aws/v1beta1/namespaces/p/targetgroupbindings', tgb)).status,
    ).toBe(404);
    const { crdObject, byKind } = await import('../../src/sim/kube/resources.js');
    const crd = await api(
      kube,
      'POST',
      '/apis/apiextensions.k8s.io/v1/customresourcedefinitions',
      crdObject(byKind('TargetGroupBinding')),
    );
    expect(crd.status).toBe(201);
    await kube.sim.until(() => {
      const c = (
        kube.objects.get('CustomResourceDefinition', undefined, 'targetgroupbindings.elbv2.k8s.aws')
          ?.status as Json | undefined
      )?.conditions;
      return Array.isArray(c) && c.some((x) => (x as Json).type === 'Established');
    });
    const discovery = await api(kube, 'GET', '/apis/elbv2.k8s.aws/v1beta1');
    expect(discovery.json.resources).toContainEqual(
      expect.objectContaining({ name: 'targetgroupbindings', kind: 'TargetGroupBinding' }),
    );
    expect(
      (await api(kube, 'POST', '/apis/elbv2.k8s.aws/v1beta1/namespaces/p/targetgroupbindings', tgb)).status,
    ).toBe(201);
  });
});

describe('RBAC and admission injected per kind', () => {
  it('a missing RBAC permission answers 403 as the authorizer words it; an admission webhook denial names the webhook; dry runs too', async () => {
    const pdb = {
      apiVersion: 'policy/v1',
      kind: 'PodDisruptionBudget',
      metadata: { name: 'web', namespace: 'p' },
      spec: { minAvailable: 1, selector: { matchLabels: { app: 'web' } } },
    };
    kube.forbid({ kind: 'PodDisruptionBudget', verbs: ['patch'] });
    const forbidden = await api(
      kube,
      'PATCH',
      '/apis/policy/v1/namespaces/p/poddisruptionbudgets/web?fieldManager=keelson&dryRun=All',
      pdb,
      'application/apply-patch+yaml',
    );
    expect(forbidden.status).toBe(403);
    expect(forbidden.json).toMatchObject({
      reason: 'Forbidden',
      message:
        'poddisruptionbudgets.policy "web" is forbidden: User "kubernetes-admin" cannot patch resource "poddisruptionbudgets" in API group "policy" in the namespace "p"',
      details: { name: 'web', group: 'policy', kind: 'poddisruptionbudgets' },
    });
    expect((await api(kube, 'GET', '/apis/policy/v1/namespaces/p/poddisruptionbudgets')).status).toBe(200);
    kube.allowAll();
    kube.denyAdmission({
      kind: 'Ingress',
      webhook: 'validate.kyverno.svc-fail',
      message: 'require-tls: Ingress must use TLS',
      code: 422,
    });
    const denied = await api(kube, 'POST', '/apis/networking.k8s.io/v1/namespaces/p/ingresses?dryRun=All', {
      apiVersion: 'networking.k8s.io/v1',
      kind: 'Ingress',
      metadata: { name: 'web' },
      spec: {},
    });
    expect(denied.status).toBe(422);
    expect(denied.json).toEqual({
      kind: 'Status',
      apiVersion: 'v1',
      metadata: {},
      status: 'Failure',
      message:
        'admission webhook "validate.kyverno.svc-fail" denied the request: require-tls: Ingress must use TLS',
      code: 422,
    });
    expect(kube.objects.list('Ingress', 'p')).toEqual([]);
  });
});

describe('control plane reachability', () => {
  it('a pod port the control plane cannot reach: the service proxy times out dialling and answers 503', async () => {
    await apply(kube, deployment('p', 'sg', 'registry/sg:v1', { replicas: 1 }));
    await apply(kube, service('p', 'sg'));
    await kube.sim.until(() => ready('sg') === 1);
    expect((await api(kube, 'GET', '/api/v1/namespaces/p/services/sg:80/proxy/healthz')).status).toBe(200);
    kube.blockControlPlaneTo(8080);
    const from = clock.now();
    const r = await api(kube, 'GET', '/api/v1/namespaces/p/services/sg:80/proxy/healthz');
    const ip = (pods('app=sg')[0].status as { podIP: string }).podIP;
    expect(r.status).toBe(503);
    expect(r.json).toMatchObject({
      reason: 'ServiceUnavailable',
      message: `error trying to reach service: dial tcp ${ip}:8080: i/o timeout`,
    });
    expect(clock.now() - from).toBe(30_000);
  });
});
