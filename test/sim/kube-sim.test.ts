import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import http from 'node:http';
import { ScaledClock } from '../../src/lib/clock.js';
import { VirtualClock } from '../../src/sim/clock.js';
import type { KubeEmulator, KubeObject } from '../../src/sim/kube/index.js';
import { parseBehaviourTag, startKubeEmulator, versionFromTag } from '../../src/sim/kube/index.js';
import { api as kubeApi } from './helpers.js';

type Condition = { type: string; status: string; reason?: string };
type DeploymentStatus = {
  observedGeneration?: number;
  replicas?: number;
  updatedReplicas?: number;
  readyReplicas?: number;
  availableReplicas?: number;
  unavailableReplicas?: number;
  conditions?: Condition[];
};
type ContainerStatus = {
  ready: boolean;
  restartCount: number;
  state: { waiting?: { reason?: string }; running?: unknown };
  lastState: { terminated?: { exitCode: number; reason: string } };
};

const clock = new ScaledClock(200);
let kube: KubeEmulator;

const api = (
  method: string,
  path: string,
  body?: unknown,
  contentType?: string,
): ReturnType<typeof kubeApi<KubeObject>> => kubeApi<KubeObject>(kube, method, path, body, contentType);

function app(
  ns: string,
  name: string,
  image: string,
  opts: {
    replicas?: number;
    probe?: boolean;
    deadline?: number;
    maxSurge?: number;
    maxUnavailable?: number;
    preStopSeconds?: number;
  } = {},
): KubeObject[] {
  return [
    {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name, namespace: ns },
      spec: {
        replicas: opts.replicas ?? 1,
        ...(opts.deadline ? { progressDeadlineSeconds: opts.deadline } : {}),
        strategy: {
          type: 'RollingUpdate',
          rollingUpdate: { maxSurge: opts.maxSurge ?? 1, maxUnavailable: opts.maxUnavailable ?? 0 },
        },
        selector: { matchLabels: { app: name } },
        template: {
          metadata: { labels: { app: name } },
          spec: {
            containers: [
              {
                name: 'app',
                image,
                ports: [{ name: 'http', containerPort: 8080 }],
                ...(opts.probe === false
                  ? {}
                  : { readinessProbe: { httpGet: { path: '/healthz', port: 8080 } } }),
                ...(opts.preStopSeconds
                  ? { lifecycle: { preStop: { exec: { command: ['sleep', String(opts.preStopSeconds)] } } } }
                  : {}),
              },
            ],
          },
        },
      },
    },
    {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name, namespace: ns },
      spec: { selector: { app: name }, ports: [{ name: 'http', port: 80, targetPort: 'http' }] },
    },
  ];
}

/** GET on a new connection (a new user: kube-proxy balances per connection). */
function getFresh(url: string): Promise<{ status: number; version: string; body: string }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { agent: false }, (res) => {
        let body = '';
        res.on('data', (c: Buffer) => (body += c.toString()));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, version: String(res.headers['x-version']), body }),
        );
      })
      .on('error', reject);
  });
}

async function deploy(objs: KubeObject[]): Promise<void> {
  for (const o of objs) {
    const plural = o.kind === 'Deployment' ? 'apis/apps/v1' : 'api/v1';
    const kind = o.kind === 'Deployment' ? 'deployments' : 'services';
    const r = await api(
      'PATCH',
      `/${plural}/namespaces/${o.metadata.namespace}/${kind}/${o.metadata.name}?fieldManager=keelson&force=true`,
      o,
      'application/apply-patch+yaml',
    );
    expect([200, 201]).toContain(r.status);
  }
}

function status(ns: string, name: string): DeploymentStatus {
  return (kube.objects.get('Deployment', ns, name)?.status ?? {}) as DeploymentStatus;
}

function complete(ns: string, name: string): boolean {
  const d = kube.objects.get('Deployment', ns, name);
  const s = (d?.status ?? {}) as DeploymentStatus;
  const replicas = (d?.spec as { replicas: number }).replicas;
  return (
    s.observedGeneration === d?.metadata.generation &&
    s.updatedReplicas === replicas &&
    s.availableReplicas === replicas &&
    s.replicas === replicas &&
    (s.conditions ?? []).some((c) => c.type === 'Progressing' && c.reason === 'NewReplicaSetAvailable')
  );
}

function pods(ns: string, app: string): KubeObject[] {
  return kube.objects.list('Pod', ns, `app=${app}`);
}

/** Wait for a condition; an hour of emulator time (18 s real at 200x) leaves room for a busy machine. */
function settle(predicate: () => boolean): Promise<void> {
  return kube.sim.until(predicate, 3_600_000);
}

beforeAll(async () => {
  kube = await startKubeEmulator({ clock, namespaces: ['sim'] });
});

afterAll(async () => {
  await kube.close();
});

describe('kube emulator: deployment simulator', () => {
  it('rolls a Deployment out to healthy and switches the traffic of its Service to the new version', async () => {
    // Its own emulator on virtual time: what users see during the rollout must not depend on machine speed.
    const shared = kube;
    const vclock = new VirtualClock();
    kube = await startKubeEmulator({ clock: vclock, namespaces: ['sim'] });
    try {
      await rollsOut(vclock);
    } finally {
      await kube.close();
      vclock.stop();
      kube = shared;
    }
  });

  async function rollsOut(vclock: VirtualClock): Promise<void> {
    kube.sim.behaviour('registry.example.com/shop:v2', { readyAfterMs: 20_000 });
    await deploy(app('sim', 'shop', 'registry.example.com/shop:v1', { replicas: 3, preStopSeconds: 5 }));
    await settle(() => complete('sim', 'shop'));
    expect(status('sim', 'shop')).toMatchObject({
      replicas: 3,
      updatedReplicas: 3,
      readyReplicas: 3,
      availableReplicas: 3,
      unavailableReplicas: 0,
    });
    expect(status('sim', 'shop').conditions).toEqual([
      expect.objectContaining({ type: 'Available', status: 'True', reason: 'MinimumReplicasAvailable' }),
      expect.objectContaining({ type: 'Progressing', status: 'True', reason: 'NewReplicaSetAvailable' }),
    ]);
    const podList = pods('sim', 'shop');
    expect(podList).toHaveLength(3);
    expect(podList[0].metadata.labels?.['pod-template-hash']).toMatch(
      /^[bcdfghjklmnpqrstvwxz2456789]{6,10}$/,
    );
    expect(kube.objects.list('EndpointSlice', 'sim', 'kubernetes.io/service-name=shop')[0]).toMatchObject({
      addressType: 'IPv4',
      ports: [{ name: 'http', port: 8080, protocol: 'TCP' }],
    });

    await vclock.sleep(2_000); // kube-proxy programs the new Service's endpoints
    const url = await kube.sim.serviceUrl('sim', 'shop');
    // New users (a new connection each): kube-proxy picks an endpoint per connection.
    const hit = async (): Promise<string> => {
      const r = await getFresh(`${url}/`);
      const body = JSON.parse(r.body) as { version: string; pod: string; image: string };
      expect(r.status).toBe(200);
      expect(r.version).toBe(body.version);
      return body.version;
    };
    const before = await Promise.all(Array.from({ length: 9 }, hit));
    expect(new Set(before)).toEqual(new Set(['v1']));

    const v2 = app('sim', 'shop', 'registry.example.com/shop:v2', { replicas: 3, preStopSeconds: 5 });
    await deploy(v2.slice(0, 1));
    const seen: string[] = [];
    let failures = 0;
    while (!complete('sim', 'shop')) {
      try {
        seen.push(await hit());
      } catch {
        failures++;
      }
      await vclock.sleep(200);
    }
    await vclock.sleep(7_000); // the old pods' preStop (5 s) and kube-proxy's delay
    const after = await Promise.all(Array.from({ length: 9 }, hit));
    expect(new Set(after)).toEqual(new Set(['v2']));
    expect(seen).toContain('v1');
    expect(seen).toContain('v2');
    expect(failures).toBe(0);

    const rss = kube.objects.list('ReplicaSet', 'sim', 'app=shop');
    expect(
      rss
        .map((rs) => [
          (rs.spec as { replicas: number }).replicas,
          rs.metadata.annotations?.['deployment.kubernetes.io/revision'],
        ])
        .sort(),
    ).toEqual([
      [0, '1'],
      [3, '2'],
    ]);
    const traffic = kube.sim.traffic('sim', 'shop').byVersion();
    expect(traffic.v2.requests).toBeGreaterThanOrEqual(9);
    expect(traffic.v1.errors + traffic.v2.errors).toBe(0);
  }

  it('counts restarts of a crash-looping container with CrashLoopBackOff', async () => {
    await deploy(app('sim', 'crashy', 'registry.example.com/crashy:v3-crashloop', { deadline: 120 }));
    await settle(() => {
      const cs = (pods('sim', 'crashy')[0]?.status as { containerStatuses?: ContainerStatus[] } | undefined)
        ?.containerStatuses?.[0];
      return (cs?.restartCount ?? 0) >= 3 && cs?.state.waiting?.reason === 'CrashLoopBackOff';
    });
    const pod = pods('sim', 'crashy')[0];
    const cs = (pod.status as { containerStatuses: ContainerStatus[] }).containerStatuses[0];
    expect(cs).toMatchObject({ ready: false, lastState: { terminated: { exitCode: 1, reason: 'Error' } } });
    const listed = await api('GET', '/api/v1/namespaces/sim/pods?labelSelector=app%3Dcrashy', undefined);
    const restarts = (listed.json.items as { status: { containerStatuses: ContainerStatus[] } }[])[0].status
      .containerStatuses[0].restartCount;
    expect(restarts).toBeGreaterThanOrEqual(3);
    const logs = await fetch(
      `${kube.url}/api/v1/namespaces/sim/pods/${pod.metadata.name}/log?previous=true`,
      {
        headers: { authorization: `Bearer ${kube.token}` },
      },
    );
    expect(await logs.text()).toContain('simulated crash');
    expect(status('sim', 'crashy')).toMatchObject({ availableReplicas: 0, unavailableReplicas: 1 });
  });

  it('reports ProgressDeadlineExceeded for a version that never becomes ready', async () => {
    await deploy(app('sim', 'stuck', 'registry.example.com/stuck:v1-never-ready', { deadline: 30 }));
    await settle(() =>
      (status('sim', 'stuck').conditions ?? []).some((c) => c.reason === 'ProgressDeadlineExceeded'),
    );
    const progressing = (status('sim', 'stuck').conditions ?? []).find((c) => c.type === 'Progressing');
    expect(progressing).toMatchObject({ status: 'False', reason: 'ProgressDeadlineExceeded' });
    expect((progressing as { message?: string }).message).toMatch(
      /^ReplicaSet "stuck-[a-z0-9]+" has timed out progressing\.$/,
    );
    expect(status('sim', 'stuck')).toMatchObject({ replicas: 1, readyReplicas: 0, availableReplicas: 0 });
  });

  it('answers HTTP 500 on about 30 % of requests for an errors-30 image', async () => {
    await deploy(app('sim', 'flaky', 'registry.example.com/flaky:errors-30', { replicas: 2 }));
    await settle(() => complete('sim', 'flaky') && kube.sim.serving('sim', 'flaky') === 2);
    const url = await kube.sim.serviceUrl('sim', 'flaky');
    let errors = 0;
    for (let i = 0; i < 200; i++) {
      const r = await fetch(`${url}/orders`);
      const body = (await r.json()) as { version: string };
      expect(body.version).toBe('errors-30');
      if (r.status === 500) errors++;
      else expect(r.status).toBe(200);
    }
    expect(errors).toBeGreaterThanOrEqual(40);
    expect(errors).toBeLessThanOrEqual(80);
    expect(kube.sim.traffic('sim', 'flaky').byVersion()['errors-30']).toEqual({ requests: 200, errors });
  });

  it('applies a behaviour registered at run time to pods already serving', async () => {
    await deploy(app('sim', 'steady', 'registry.example.com/steady:v4', { replicas: 2, probe: false }));
    await settle(() => complete('sim', 'steady') && kube.sim.serving('sim', 'steady') === 2);
    const url = await kube.sim.serviceUrl('sim', 'steady');
    const statuses = async (n: number): Promise<number[]> => {
      const out: number[] = [];
      for (let i = 0; i < n; i++) out.push((await fetch(url)).status);
      return out;
    };
    expect(new Set(await statuses(10))).toEqual(new Set([200]));
    kube.sim.behaviour('registry.example.com/steady:v4', { errorRate: 1 });
    expect(new Set(await statuses(10))).toEqual(new Set([500]));
    kube.sim.behaviour('v4', { version: 'v4-hotfix' });
    kube.sim.behaviour('steady:v4', { errorRate: 0 });
    const r = await fetch(url);
    expect(r.status).toBe(500); // the full reference still says errorRate 1
    kube.sim.behaviour('registry.example.com/steady:v4', { errorRate: 0 });
    const ok = await fetch(url);
    expect([ok.status, ok.headers.get('x-version')]).toEqual([200, 'v4-hotfix']);
  });

  it('reads behaviour from the image tag and reports the tag without behaviour tokens as the version', () => {
    expect(parseBehaviourTag('v2-errors-30-slow-200')).toEqual({ errorRate: 0.3, latencyMs: 200 });
    expect(parseBehaviourTag('never-ready')).toEqual({ neverReady: true });
    expect(parseBehaviourTag('v3-crashloop')).toEqual({ crashLoop: true });
    expect(parseBehaviourTag('migrate-exit-2-run-500')).toEqual({ exitCode: 2, runMs: 500 });
    expect(parseBehaviourTag('1.4.2')).toEqual({});
    expect(versionFromTag('v2-errors-30')).toBe('v2');
    expect(versionFromTag('v1-never-ready')).toBe('v1');
    expect(versionFromTag('errors-30')).toBe('errors-30');
    expect(versionFromTag('sha-1a2b3c')).toBe('sha-1a2b3c');
  });

  it('proxies to a Service through the API server like kube-apiserver does', async () => {
    await deploy(app('sim', 'shop', 'registry.example.com/shop:v2', { replicas: 3 }));
    await settle(() => complete('sim', 'shop'));
    const viaProxy = async (spec: string, path = 'healthz'): Promise<Response> =>
      fetch(`${kube.url}/api/v1/namespaces/sim/services/${spec}/proxy/${path}`, {
        headers: { authorization: `Bearer ${kube.token}` },
      });
    for (const spec of ['shop:80', 'shop:http', 'http:shop:80', 'shop']) {
      const r = await viaProxy(spec);
      expect({ spec, status: r.status }).toEqual({ spec, status: 200 });
      expect(await r.json()).toMatchObject({
        version: 'v2',
        path: '/healthz',
        image: 'registry.example.com/shop:v2',
      });
    }
    const q = await viaProxy('shop:80', 'api/items?limit=5');
    expect(await q.json()).toMatchObject({ path: '/api/items' });
    const none = await viaProxy('stuck:80');
    expect(none.status).toBe(503);
    expect(await none.json()).toMatchObject({
      kind: 'Status',
      reason: 'ServiceUnavailable',
      message: 'no endpoints available for service "stuck:80"',
    });
    const missing = await viaProxy('ghost:80');
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ reason: 'NotFound', message: 'services "ghost" not found' });
    const noToken = await fetch(`${kube.url}/api/v1/namespaces/sim/services/shop:80/proxy/healthz`);
    expect(noToken.status).toBe(401);
    expect(kube.sim.traffic('sim', 'shop').samples.some((s) => s.via === 'proxy')).toBe(true);
  });

  it('adds latency on the emulator clock for slow images and never answers for hang', async () => {
    await deploy(app('sim', 'slow', 'registry.example.com/slow:slow-1500', { probe: false }));
    await deploy(app('sim', 'hung', 'registry.example.com/hung:hang', { probe: false }));
    await settle(
      () => complete('sim', 'slow') && complete('sim', 'hung') && kube.sim.serving('sim', 'slow') === 1,
    );
    const slow = await fetch(await kube.sim.serviceUrl('sim', 'slow'));
    expect(slow.status).toBe(200);
    expect(kube.sim.traffic('sim', 'slow').samples[0].latencyMs).toBeGreaterThanOrEqual(1500);
    await expect(
      fetch(await kube.sim.serviceUrl('sim', 'hung'), { signal: AbortSignal.timeout(150) }),
    ).rejects.toThrow();
    // with a readiness probe a hanging app never becomes ready
    await deploy(app('sim', 'hung-probed', 'registry.example.com/hung:hang', { deadline: 20 }));
    await settle(() =>
      (status('sim', 'hung-probed').conditions ?? []).some((c) => c.reason === 'ProgressDeadlineExceeded'),
    );
  });

  it('runs Jobs to Complete or Failed by image', async () => {
    const job = (name: string, image: string): KubeObject => ({
      apiVersion: 'batch/v1',
      kind: 'Job',
      metadata: { name, namespace: 'sim' },
      spec: {
        backoffLimit: 1,
        template: { spec: { restartPolicy: 'Never', containers: [{ name: 'migrate', image }] } },
      },
    });
    expect(
      (
        await api(
          'POST',
          '/apis/batch/v1/namespaces/sim/jobs',
          job('migrate-ok', 'registry.example.com/migrate:v7'),
        )
      ).status,
    ).toBe(201);
    expect(
      (
        await api(
          'POST',
          '/apis/batch/v1/namespaces/sim/jobs',
          job('migrate-bad', 'registry.example.com/migrate:v8-exit-3'),
        )
      ).status,
    ).toBe(201);
    const cond = (name: string, type: string): Condition | undefined =>
      (
        (kube.objects.get('Job', 'sim', name)?.status as { conditions?: Condition[] } | undefined)
          ?.conditions ?? []
      ).find((c) => c.type === type && c.status === 'True');
    await settle(() => !!cond('migrate-ok', 'Complete') && !!cond('migrate-bad', 'Failed'));
    expect(kube.objects.get('Job', 'sim', 'migrate-ok')?.status).toMatchObject({
      succeeded: 1,
      active: 0,
      completionTime: expect.any(String),
    });
    expect(cond('migrate-bad', 'Failed')).toMatchObject({ reason: 'BackoffLimitExceeded' });
    expect(kube.objects.get('Job', 'sim', 'migrate-bad')?.status).toMatchObject({ failed: 2 });
    const failedPods = kube.objects.list('Pod', 'sim', 'job-name=migrate-bad');
    expect(failedPods.map((p) => (p.status as { phase: string }).phase)).toEqual(['Failed', 'Failed']);
    expect(
      (failedPods[0].status as { containerStatuses: { state: { terminated: { exitCode: number } } }[] })
        .containerStatuses[0].state.terminated.exitCode,
    ).toBe(3);
  });

  it('replaces every pod at once with the Recreate strategy', async () => {
    const [d, svc] = app('sim', 'batch', 'registry.example.com/batch:v1', { replicas: 2, probe: false });
    (d.spec as { strategy: unknown }).strategy = { type: 'Recreate' };
    await deploy([d, svc]);
    await settle(() => complete('sim', 'batch'));
    const v2 = structuredClone(d);
    (
      v2.spec as { template: { spec: { containers: { image: string }[] } } }
    ).template.spec.containers[0].image = 'registry.example.com/batch:v2';
    await deploy([v2]);
    const sawMixed: boolean[] = [];
    await settle(() => {
      const images = new Set(
        pods('sim', 'batch').map((p) => (p.spec as { containers: { image: string }[] }).containers[0].image),
      );
      sawMixed.push(images.size > 1);
      return complete('sim', 'batch');
    });
    expect(sawMixed).not.toContain(true);
    expect(
      pods('sim', 'batch').map((p) => (p.spec as { containers: { image: string }[] }).containers[0].image),
    ).toEqual(['registry.example.com/batch:v2', 'registry.example.com/batch:v2']);
  });

  it('gives LoadBalancer Services and Ingresses an AWS load balancer hostname', async () => {
    const lb = await api('POST', '/api/v1/namespaces/sim/services', {
      metadata: { name: 'public' },
      spec: { type: 'LoadBalancer', selector: { app: 'shop' }, ports: [{ port: 443, targetPort: 8080 }] },
    });
    expect(lb.json.spec).toMatchObject({ type: 'LoadBalancer', ports: [{ nodePort: expect.any(Number) }] });
    const ing = await api('POST', '/apis/networking.k8s.io/v1/namespaces/sim/ingresses', {
      metadata: { name: 'shop' },
      spec: {
        ingressClassName: 'alb',
        rules: [
          {
            host: 'shop.example.com',
            http: {
              paths: [
                {
                  path: '/',
                  pathType: 'Prefix',
                  backend: { service: { name: 'shop', port: { number: 80 } } },
                },
              ],
            },
          },
        ],
      },
    });
    expect(ing.status).toBe(201);
    const hostname = (kind: string, name: string): string | undefined =>
      (
        kube.objects.get(kind, 'sim', name)?.status as
          { loadBalancer?: { ingress?: { hostname?: string }[] } } | undefined
      )?.loadBalancer?.ingress?.[0]?.hostname;
    await settle(() => !!hostname('Service', 'public') && !!hostname('Ingress', 'shop'));
    expect(hostname('Service', 'public')).toMatch(
      /^k8s-sim-public-[0-9a-f]{10}\.elb\.us-east-1\.amazonaws\.com$/,
    );
    expect(hostname('Ingress', 'shop')).toMatch(
      /^k8s-sim-shop-[0-9a-f]{10}-[0-9a-f]{10}\.us-east-1\.elb\.amazonaws\.com$/,
    );
    const badIngress = await api('POST', '/apis/networking.k8s.io/v1/namespaces/sim/ingresses', {
      metadata: { name: 'bad' },
      spec: {
        rules: [
          { http: { paths: [{ path: '/', backend: { service: { name: 'shop', port: { number: 80 } } } }] } },
        ],
      },
    });
    expect(badIngress.status).toBe(422);
  });

  it('garbage-collects ReplicaSets and Pods when a Deployment is deleted', async () => {
    const r = await api('DELETE', '/apis/apps/v1/namespaces/sim/deployments/flaky');
    expect(r.json).toMatchObject({ kind: 'Status', status: 'Success' });
    await settle(
      () =>
        kube.objects.list('ReplicaSet', 'sim', 'app=flaky').length === 0 && pods('sim', 'flaky').length === 0,
    );
    const slice = kube.objects.list('EndpointSlice', 'sim', 'kubernetes.io/service-name=flaky')[0] as {
      endpoints?: unknown[];
    };
    expect(slice.endpoints ?? []).toEqual([]);
  });
});

describe('kube emulator: fault injection', () => {
  it('fails matching requests with injected statuses, as a plain fetch client sees them', async () => {
    kube.inject({ status: 409, method: 'PUT', path: '/configmaps/', times: 1 });
    kube.inject({
      status: 429,
      method: 'GET',
      path: /\/namespaces\/sim\/configmaps$/,
      times: 1,
      retryAfterSeconds: 2,
    });
    kube.inject({ status: 500, method: 'GET', path: 'fault-me', times: 2 });
    kube.inject({ status: 503, method: 'DELETE', times: 1 });

    const created = await api('POST', '/api/v1/namespaces/sim/configmaps', {
      metadata: { name: 'fault-me' },
      data: {},
    });
    expect(created.status).toBe(201);
    const raw = await fetch(`${kube.url}/api/v1/namespaces/sim/configmaps`, {
      headers: { authorization: `Bearer ${kube.token}` },
    });
    expect(raw.status).toBe(429);
    expect(raw.headers.get('retry-after')).toBe('2');
    expect(await raw.json()).toMatchObject({
      kind: 'Status',
      reason: 'TooManyRequests',
      code: 429,
      details: { retryAfterSeconds: 2 },
    });
    expect((await api('GET', '/api/v1/namespaces/sim/configmaps')).status).toBe(200);

    const put1 = await api('PUT', '/api/v1/namespaces/sim/configmaps/fault-me', {
      ...created.json,
      data: { a: '1' },
    });
    expect(put1.status).toBe(409);
    expect(put1.json).toMatchObject({ kind: 'Status', reason: 'Conflict', code: 409 });
    expect(
      (await api('PUT', '/api/v1/namespaces/sim/configmaps/fault-me', { ...created.json, data: { a: '1' } }))
        .status,
    ).toBe(200);

    expect((await api('GET', '/api/v1/namespaces/sim/configmaps/fault-me')).json).toMatchObject({
      reason: 'InternalError',
      code: 500,
    });
    expect((await api('GET', '/api/v1/namespaces/sim/configmaps/fault-me')).status).toBe(500);
    expect((await api('GET', '/api/v1/namespaces/sim/configmaps/fault-me')).status).toBe(200);
    expect((await api('DELETE', '/api/v1/namespaces/sim/configmaps/fault-me')).status).toBe(503);
    expect((await api('DELETE', '/api/v1/namespaces/sim/configmaps/fault-me')).status).toBe(200);
    expect(kube.requests.filter((r) => r.fault).map((r) => `${r.method} ${r.status}`)).toEqual([
      'GET 429',
      'PUT 409',
      'GET 500',
      'GET 500',
      'DELETE 503',
    ]);
  });

  it('resets every connection during an outage measured on the emulator clock', async () => {
    expect((await api('GET', '/api/v1/namespaces')).status).toBe(200);
    const startedAt = clock.now();
    kube.outage(120_000);
    await expect(
      fetch(`${kube.url}/api/v1/namespaces`, { headers: { authorization: `Bearer ${kube.token}` } }),
    ).rejects.toThrow(/fetch failed/);
    let recovered = false;
    while (!recovered) {
      try {
        recovered = (await api('GET', '/api/v1/namespaces')).status === 200;
      } catch {
        await clock.sleep(1000);
      }
    }
    expect(clock.now() - startedAt).toBeGreaterThanOrEqual(120_000);
  });
});
