/**
 * The traffic routers on their own, fast: what they apply (the ALB Ingress's weighted forward, the per-colour
 * Services, the preview rule), which router a service gets and the one line when it cannot get one, and — on the
 * Kubernetes emulator with the AWS Load Balancer Controller and ELBv2 — weights confirmed on the ALB's rules, a
 * controller's refusal, a controller that does not reconcile, target health, draining and the preview route.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { sdkElbv2, type Elbv2 } from '../src/lib/aws/elbv2.js';
import { ConfigurationError, InputError } from '../src/lib/errors.js';
import { ManualClock } from '../src/lib/clock.js';
import { colorService, canaryRouterFor, isAlbCanary } from '../src/lib/deploy/canary-routers.js';
import {
  ALB_PREFIX,
  AlbRouter,
  PREVIEW_HEADER,
  RouterError,
  ServiceRouter,
  albFront,
  ingressUrl,
  isAlbIngress,
  routerFor,
  waitTargetsHealthy,
  type AlbFront,
} from '../src/lib/deploy/routing.js';
import { Timeline } from '../src/lib/deploy/timeline.js';
import type { DeployContext, DeploySettings } from '../src/lib/deploy/types.js';
import { kubePodSource } from '../src/lib/health/kube-transport.js';
import type { Kube } from '../src/lib/k8s/client.js';
import type { KubeObject, Pod, Service } from '../src/lib/k8s/types.js';
import { TEST_CREDENTIALS } from '../src/sim/kube/index.js';
import { harness, type Harness } from './deploy/harness.js';

const COLOR = 'keelson.dev/color';

const settings = (over: Partial<DeploySettings> = {}): DeploySettings => ({
  strategy: 'blue-green',
  namespace: 'default',
  service: 'web',
  version: 'v2',
  readyTimeoutMs: 60_000,
  verifyWindowMs: 10_000,
  scaleDownDelayMs: 0,
  switchTimeoutMs: 20_000,
  router: 'auto',
  checks: [],
  ...over,
});

function context(
  kube: Kube,
  clock: DeployContext['clock'],
  over: Partial<DeployContext> & { settings?: DeploySettings } = {},
): DeployContext {
  return {
    kube,
    clock,
    signal: new AbortController().signal,
    settings: settings(),
    objects: [],
    timeline: new Timeline(clock),
    pods: kubePodSource(kube),
    saveState: () => undefined,
    serviceUrl: (name) => `k8s-service://default/${name}`,
    loadBalancerUrl: (dns) => `http://${dns}`,
    ...over,
  };
}

const service: Service = {
  apiVersion: 'v1',
  kind: 'Service',
  metadata: {
    name: 'web',
    namespace: 'default',
    labels: { app: 'web' },
    annotations: {
      'alb.ingress.kubernetes.io/healthcheck-path': '/healthz',
      'prometheus.io/scrape': 'true',
    },
  },
  spec: {
    selector: { app: 'web' },
    ports: [{ name: 'http', port: 80, targetPort: 8080, protocol: 'TCP' } as never],
  },
};

const ingress = (
  over: { className?: string; annotationClass?: string; port?: Record<string, unknown> } = {},
): KubeObject => ({
  apiVersion: 'networking.k8s.io/v1',
  kind: 'Ingress',
  metadata: {
    name: 'web',
    namespace: 'default',
    annotations: {
      'alb.ingress.kubernetes.io/target-type': 'ip',
      'alb.ingress.kubernetes.io/scheme': 'internet-facing',
      ...(over.annotationClass ? { 'kubernetes.io/ingress.class': over.annotationClass } : {}),
    },
  },
  spec: {
    ...(over.annotationClass ? {} : { ingressClassName: over.className ?? 'alb' }),
    rules: [
      {
        http: {
          paths: [
            {
              path: '/static',
              pathType: 'Prefix',
              backend: { service: { name: 'static', port: { number: 80 } } },
            },
            {
              path: '/',
              pathType: 'Prefix',
              backend: { service: { name: 'web', port: over.port ?? { number: 80 } } },
            },
          ],
        },
      },
      { host: 'admin.example' },
    ],
  },
});

describe('which Ingress puts an ALB in front of a service', () => {
  it('isAlbIngress: class alb by ingressClassName or the legacy annotation', () => {
    expect(isAlbIngress(ingress())).toBe(true);
    expect(isAlbIngress(ingress({ annotationClass: 'alb' }))).toBe(true);
    expect(isAlbIngress(ingress({ className: 'nginx' }))).toBe(false);
    expect(isAlbIngress(ingress({ annotationClass: 'nginx' }))).toBe(false);
    expect(isAlbIngress({ ...ingress(), kind: 'Service' })).toBe(false);
    expect(
      isAlbIngress({ apiVersion: 'networking.k8s.io/v1', kind: 'Ingress', metadata: { name: 'x' } }),
    ).toBe(false);
  });
  it('albFront: the ALB Ingress whose rules send users to the service, with their port', () => {
    const other: KubeObject = { ...ingress(), metadata: { name: 'other' } };
    (other.spec as { rules: unknown[] }).rules = [];
    expect(albFront([service, other, ingress()], 'web')).toEqual({ ingress: ingress(), port: 80 });
    expect(albFront([ingress({ port: { name: 'http' } })], 'web')?.port).toBe('http');
    expect(albFront([ingress({ port: {} })], 'web')?.port).toBe(80);
    expect(albFront([ingress()], 'static')?.port).toBe(80);
    expect(albFront([ingress()], 'api')).toBeUndefined();
    expect(albFront([ingress({ className: 'nginx' })], 'web')).toBeUndefined();
    // Already routed through an action annotation (use-annotation): not a plain backend Keelson can weigh.
    expect(albFront([ingress({ port: { name: 'use-annotation' } })], 'web')).toBeUndefined();
    expect(albFront([{ ...ingress(), spec: undefined }], 'web')).toBeUndefined();
  });
});

describe('what the ALB router applies', () => {
  const clock = new ManualClock();
  const front: AlbFront = { ingress: ingress(), port: 80 };
  const router = new AlbRouter(
    context({} as Kube, clock, { settings: settings({ namespace: 'shop' }) }),
    service,
    front,
    {} as Elbv2,
    ['blue', 'green'],
  );
  it('names: the Ingress, the backend Services, the action annotation', () => {
    expect(router.kind).toBe('alb');
    expect(router.describe()).toBe('ALB Ingress web');
    expect(router.backendService('green')).toBe('web-green');
    expect(router.actionKey).toBe('alb.ingress.kubernetes.io/actions.web');
  });
  it('the weighted forward: every backend, 0 when not given', () => {
    expect(JSON.parse(router.actionFor({ green: 25, blue: 75 }))).toEqual({
      type: 'forward',
      forwardConfig: {
        targetGroups: [
          { serviceName: 'web-blue', servicePort: '80', weight: 75 },
          { serviceName: 'web-green', servicePort: '80', weight: 25 },
        ],
      },
    });
    expect(JSON.parse(router.actionFor({ green: 100 })).forwardConfig.targetGroups[0].weight).toBe(0);
  });
  it('objects: a Service per backend (selector + colour, ports, ALB annotations only) and the Ingress on the action', () => {
    const [blue, green, ing] = router.objects('green', ['blue', 'green']) as [Service, Service, KubeObject];
    expect(blue).toEqual({
      apiVersion: 'v1',
      kind: 'Service',
      metadata: {
        name: 'web-blue',
        namespace: 'shop',
        labels: { app: 'web', [COLOR]: 'blue', 'keelson.dev/track': 'backend' },
        annotations: { 'alb.ingress.kubernetes.io/healthcheck-path': '/healthz' },
      },
      spec: {
        type: 'ClusterIP',
        selector: { app: 'web', [COLOR]: 'blue' },
        ports: [{ name: 'http', port: 80, targetPort: 8080 }],
      },
    });
    expect(green.metadata.name).toBe('web-green');
    const paths = (ing.spec as { rules: { http?: { paths: unknown[] } }[] }).rules[0]?.http?.paths;
    expect(paths).toEqual([
      { path: '/static', pathType: 'Prefix', backend: { service: { name: 'static', port: { number: 80 } } } },
      {
        path: '/',
        pathType: 'Prefix',
        backend: { service: { name: 'web', port: { name: 'use-annotation' } } },
      },
    ]);
    const weights = JSON.parse(ing.metadata.annotations?.[`${ALB_PREFIX}actions.web`] ?? '{}').forwardConfig
      .targetGroups;
    expect(weights.map((t: { weight: number }) => t.weight)).toEqual([0, 100]);
    expect(ing.metadata.annotations?.['alb.ingress.kubernetes.io/target-type']).toBe('ip');
    // The manifest's Ingress is not changed.
    expect(
      (front.ingress.spec as { rules: { http: { paths: { backend: unknown }[] } }[] }).rules[0]?.http.paths[1]
        ?.backend,
    ).toEqual({
      service: { name: 'web', port: { number: 80 } },
    });
  });
  it('a Service without annotations, ports or selector gets plain backend Services', () => {
    const bare: Service = { apiVersion: 'v1', kind: 'Service', metadata: { name: 'web' } };
    const r = new AlbRouter(context({} as Kube, clock), bare, front, {} as Elbv2, ['blue', 'green']);
    const [blue] = r.objects(undefined, ['blue']) as [Service];
    expect(blue.metadata).toEqual({
      name: 'web-blue',
      namespace: 'default',
      labels: { [COLOR]: 'blue', 'keelson.dev/track': 'backend' },
    });
    expect(blue.spec).toEqual({ type: 'ClusterIP', selector: { [COLOR]: 'blue' }, ports: [] });
  });
  it('a first deploy (no live backend) sends the first backend every user', () => {
    const ing = router.objects(undefined, ['blue', 'green']).at(-1) as KubeObject;
    const weights = JSON.parse(ing.metadata.annotations?.[`${ALB_PREFIX}actions.web`] ?? '{}').forwardConfig
      .targetGroups;
    expect(weights.map((t: { weight: number }) => t.weight)).toEqual([100, 0]);
    const none = new AlbRouter(context({} as Kube, clock), service, front, {} as Elbv2, []);
    expect(
      JSON.parse(none.ingress({}).metadata.annotations?.[`${ALB_PREFIX}actions.web`] ?? '{}').forwardConfig
        .targetGroups,
    ).toEqual([]);
  });
  it('a preview: the same rule first, for requests with the preview header, forwarding to the preview backend', () => {
    const ing = router.objects('blue', ['blue', 'green'], 'green').at(-1) as KubeObject;
    const paths = (ing.spec as { rules: { http?: { paths: unknown[] } }[] }).rules[0]?.http?.paths;
    expect(paths).toEqual([
      { path: '/static', pathType: 'Prefix', backend: { service: { name: 'static', port: { number: 80 } } } },
      {
        path: '/',
        pathType: 'Prefix',
        backend: { service: { name: 'web-preview', port: { name: 'use-annotation' } } },
      },
      {
        path: '/',
        pathType: 'Prefix',
        backend: { service: { name: 'web', port: { name: 'use-annotation' } } },
      },
    ]);
    const a = ing.metadata.annotations ?? {};
    expect(JSON.parse(a[`${ALB_PREFIX}actions.web-preview`] ?? '')).toEqual({
      type: 'forward',
      forwardConfig: { targetGroups: [{ serviceName: 'web-green', servicePort: '80' }] },
    });
    const conditions = JSON.parse(a[`${ALB_PREFIX}conditions.web-preview`] ?? '');
    expect(conditions).toEqual([
      {
        field: 'http-header',
        httpHeaderConfig: {
          httpHeaderName: PREVIEW_HEADER,
          values: [expect.stringMatching(/^[0-9a-f]{24}$/)],
        },
      },
    ]);
    expect(PREVIEW_HEADER).toBe('X-Keelson-Preview');
    // Without a preview, no preview annotations.
    const plain = router.objects('blue', ['blue', 'green']).at(-1) as KubeObject;
    expect(Object.keys(plain.metadata.annotations ?? {}).filter((k) => k.includes('preview'))).toEqual([]);
  });
  it('gated: pods carrying a target-health readiness gate', () => {
    const pod = (gates?: string[]): Pod => ({
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: 'p' },
      spec: gates ? { readinessGates: gates.map((conditionType) => ({ conditionType })) } : {},
    });
    expect(AlbRouter.gated(pod(['target-health.elbv2.k8s.aws/k8s-web-abc']))).toBe(true);
    expect(AlbRouter.gated(pod(['example.com/ready']))).toBe(false);
    expect(AlbRouter.gated(pod())).toBe(false);
  });
});

describe('the Service router', () => {
  it('needs nothing applied, is healthy at once, reaches users through the cluster, drains nothing', async () => {
    const r = new ServiceRouter(context({} as Kube, new ManualClock()), service);
    expect(r.kind).toBe('service');
    expect(r.describe()).toBe('Service web');
    expect(r.objects()).toEqual([]);
    expect(await r.healthy()).toBeUndefined();
    expect(await r.liveUrl()).toBeUndefined();
    expect(await r.drainSeconds()).toBe(0);
  });
});

describe('which router a service gets', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await harness();
  });
  afterAll(async () => {
    await h.close();
  });
  it('no ALB Ingress: the Service router; router alb then is one clear line', async () => {
    const ctx = context(h.client, h.clock, { objects: [service] });
    expect(await routerFor(ctx, service, ['blue', 'green'])).toBeInstanceOf(ServiceRouter);
    await expect(
      routerFor(
        context(h.client, h.clock, { objects: [service], settings: settings({ router: 'alb' }) }),
        service,
        [],
      ),
    ).rejects.toThrow(
      new InputError(
        'router',
        "Invalid input 'router': 'alb'. Expected an ALB Ingress (class alb) in the manifests routing to Service web.",
      ),
    );
  });
  it('the Service router moves every user with one selector patch (and drops a pin to an uncoloured Deployment)', async () => {
    const blue = {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'shop-blue', namespace: 'default' },
      spec: {
        replicas: 1,
        selector: { matchLabels: { app: 'shop', [COLOR]: 'blue' } },
        template: {
          metadata: { labels: { app: 'shop', [COLOR]: 'blue' } },
          spec: {
            containers: [
              { name: 'shop', image: 'registry.example/shop:v1', ports: [{ containerPort: 8080 }] },
            ],
          },
        },
      },
    };
    const shop: Service = {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name: 'shop', namespace: 'default' },
      spec: {
        selector: { app: 'shop', 'pod-template-hash': 'abc123' },
        ports: [{ port: 80, targetPort: 8080 } as never],
      },
    };
    await h.client.apply(blue);
    await h.client.apply(shop);
    await new ServiceRouter(context(h.client, h.clock), shop).shift('blue', new AbortController().signal);
    const live = await h.client.get<Service>('v1', 'Service', 'shop', 'default');
    expect(live?.spec?.selector).toEqual({ app: 'shop', [COLOR]: 'blue' });
    const slices = await h.client.list<KubeObject & { endpoints?: unknown[] }>(
      'discovery.k8s.io/v1',
      'EndpointSlice',
      'default',
      {
        labelSelector: 'kubernetes.io/service-name=shop',
      },
    );
    expect(slices.flatMap((x) => x.endpoints ?? [])).toHaveLength(1);
    expect(new RouterError('x').name).toBe('RouterError');
  });

  it('an ALB Ingress with router service: the Service router', async () => {
    const ctx = context(h.client, h.clock, {
      objects: [service, ingress()],
      settings: settings({ router: 'service' }),
    });
    expect(await routerFor(ctx, service, [])).toBeInstanceOf(ServiceRouter);
  });
  it('an ALB Ingress on a cluster without the AWS Load Balancer Controller: a configuration error naming it', async () => {
    const ctx = context(h.client, h.clock, { objects: [service, ingress()] });
    const e = await routerFor(ctx, service, []).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(ConfigurationError);
    expect((e as Error).message).toBe(
      'Ingress web is of class alb, but the cluster does not serve TargetGroupBinding (elbv2.k8s.aws/v1beta1): install the AWS Load Balancer Controller, or remove the Ingress from the manifests.',
    );
  });
  it('canary: router service is refused; no ALB: the replicas router', async () => {
    const ctx = context(h.client, h.clock, { objects: [service], settings: settings({ router: 'service' }) });
    await expect(canaryRouterFor(ctx, service, 'blue', 'green', ['blue', 'green'])).rejects.toThrow(
      "Invalid input 'router': 'service'. Expected alb, gateway-api or replicas with strategy canary (a Service's selector moves every user at once).",
    );
    for (const router of ['auto', 'replicas'] as const) {
      const r = await canaryRouterFor(
        context(h.client, h.clock, { objects: [service, ingress()], settings: settings({ router }) }),
        service,
        'blue',
        'green',
        ['blue', 'green'],
      ).catch((x: unknown) => x);
      if (router === 'auto') {
        // auto looks for the ALB: this cluster has no controller.
        expect(r).toBeInstanceOf(ConfigurationError);
        continue;
      }
      expect(isAlbCanary(r as never)).toBe(false);
      expect((r as { kind: string }).kind).toBe('replicas');
    }
  });
});

describe('the replicas canary router (no router)', () => {
  const r = () =>
    canaryRouterFor(
      context({} as Kube, new ManualClock(), {
        objects: [service],
        settings: settings({ router: 'replicas', namespace: 'shop' }),
      }),
      service,
      'blue',
      'green',
      ['blue', 'green'],
    );
  it('describes itself, applies a Service per colour, never drains, is healthy at once', async () => {
    const router = await r();
    expect(router.describe()).toBe(
      "Service web over both versions' pods (no router: the share is the share of ready pods)",
    );
    expect(router.objects()).toEqual([
      colorService(service, 'blue', 'shop'),
      colorService(service, 'green', 'shop'),
    ]);
    expect(router.serviceOf('green')).toBe('web-green');
    expect(await router.drainSeconds('blue')).toBe(0);
    expect(await router.healthy(new AbortController().signal, 1000)).toBeUndefined();
    expect(router.restore).toBeUndefined();
  });
  it('canary pods for a share of ready pods: stable × w / (100 − w), at least 1; 100 %: as many as stable', async () => {
    const router = await r();
    expect([10, 20, 25, 50, 75, 100].map((w) => router.canaryReplicas(w, 4))).toEqual([1, 1, 1, 4, 12, 4]);
    expect(router.canaryReplicas(100, 0)).toBe(1);
    expect(router.canaryReplicas(50, 0)).toBe(1);
  });
  it('colorService: selector plus colour, ports without protocol, labels of the live Service', () => {
    expect(colorService(service, 'green', 'shop')).toEqual({
      apiVersion: 'v1',
      kind: 'Service',
      metadata: {
        name: 'web-green',
        namespace: 'shop',
        labels: { app: 'web', [COLOR]: 'green', 'keelson.dev/track': 'backend' },
      },
      spec: {
        type: 'ClusterIP',
        selector: { app: 'web', [COLOR]: 'green' },
        ports: [{ name: 'http', port: 80, targetPort: 8080 }],
      },
    });
    expect(
      colorService({ apiVersion: 'v1', kind: 'Service', metadata: { name: 'web' } }, 'blue', 'x').spec,
    ).toEqual({
      type: 'ClusterIP',
      selector: { [COLOR]: 'blue' },
      ports: [],
    });
  });
});

/** ALB on the emulator: the AWS Load Balancer Controller reconciles, ELBv2 answers on loopback. */
describe('the ALB router on the emulator (AWS Load Balancer Controller, ELBv2)', () => {
  let h: Harness;
  let elbv2: Elbv2;
  let ctx: DeployContext;
  let alb: AlbRouter;
  const signal = new AbortController().signal;
  const deployment = (color: string, replicas: number): KubeObject => ({
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: `web-${color}`, namespace: 'default', labels: { app: 'web', [COLOR]: color } },
    spec: {
      replicas,
      selector: { matchLabels: { app: 'web', [COLOR]: color } },
      template: {
        metadata: { labels: { app: 'web', [COLOR]: color } },
        spec: {
          containers: [
            {
              name: 'web',
              image: `registry.example/web:${color}`,
              ports: [{ containerPort: 8080 }],
              readinessProbe: { httpGet: { path: '/healthz', port: 8080 } },
            },
          ],
        },
      },
    },
  });
  const liveService: Service = {
    ...service,
    spec: { ...service.spec, selector: { app: 'web', [COLOR]: 'blue' } },
  };
  /** The weights of the ALB's rules that forward to the backends (preview rules left out). */
  async function albWeights(): Promise<Record<string, number>[]> {
    const host = (await alb.hostname()) as string;
    const lb = await elbv2.loadBalancerByDns(host);
    const names: Record<string, string> = {};
    for (const b of ['blue', 'green']) names[(await alb.targetGroup(b)) as string] = b;
    const out: Record<string, number>[] = [];
    for (const l of lb?.listeners ?? []) {
      for (const r of await elbv2.rules(l.arn)) {
        if (r.conditions.some((c) => c.toLowerCase().startsWith('x-keelson-preview='))) continue;
        if (!r.forward.some((f) => names[f.targetGroupArn])) continue;
        out.push(Object.fromEntries(r.forward.map((f) => [names[f.targetGroupArn], f.weight])));
      }
    }
    return out;
  }

  beforeAll(async () => {
    h = await harness({ gates: false });
    elbv2 = sdkElbv2({
      region: h.kube.region,
      endpoint: h.kube.elbv2Endpoint as string,
      credentials: TEST_CREDENTIALS[0],
    });
    ctx = context(h.client, h.clock, {
      objects: [service, ingress()],
      elbv2,
      loadBalancerUrl: (dns) => h.kube.sim.loadBalancerUrl(dns),
    });
    const r = await routerFor(ctx, liveService, ['blue', 'green']);
    expect(r).toBeInstanceOf(AlbRouter);
    alb = r as AlbRouter;
    await h.client.apply(deployment('blue', 2));
    await h.client.apply(liveService);
    await h.client.apply({
      ...service,
      metadata: { name: 'static', namespace: 'default' },
      spec: { selector: { app: 'static' }, ports: [{ port: 80 }] },
    });
    for (const o of alb.objects('blue', ['blue', 'green'])) await h.client.apply(o);
    expect(await alb.waitBinding('blue', signal)).toBe(true);
    expect(await alb.waitBinding('green', signal)).toBe(true);
    expect(await alb.healthy('blue', signal, 120_000)).toBeUndefined();
  });
  afterAll(async () => {
    await h.close();
  });

  it('the load balancer: its DNS name, reachable from this runner', async () => {
    const host = await alb.hostname();
    expect(host).toMatch(/elb\.amazonaws\.com$/);
    expect(await alb.liveUrl()).toBe(h.kube.sim.loadBalancerUrl(host as string));
    expect(await ingressUrl(ctx, 'web')).toBe(h.kube.sim.loadBalancerUrl(host as string));
    expect(await ingressUrl(ctx, 'no-such-ingress')).toBeUndefined();
    expect(await alb.targetGroup('red')).toBeUndefined();
  });

  it('an ALB this runner cannot reach: no URL, and the timeline says why', async () => {
    const timeline = new Timeline(h.clock);
    const closed = context(h.client, h.clock, { timeline, loadBalancerUrl: () => 'http://127.0.0.1:9' });
    expect(await ingressUrl(closed, 'web')).toBeUndefined();
    const host = await alb.hostname();
    expect(timeline.events.map((e) => [e.phase, e.level, e.message])).toEqual([
      [
        'plan',
        'warn',
        `the ALB ${host} does not answer this runner (internal, or its security groups): checks go through the API server's service proxy instead`,
      ],
    ]);
  });

  it('setWeights: resolves once the ALB rules forward with those weights', async () => {
    await alb.setWeights({ blue: 90, green: 10 }, signal);
    expect(await albWeights()).toEqual([{ blue: 90, green: 10 }]);
    const canary = alb.ingress({ blue: 90, green: 10 });
    const live = await h.client.get<KubeObject>('networking.k8s.io/v1', 'Ingress', 'web', 'default');
    expect(live?.metadata.annotations?.[alb.actionKey]).toBe(canary.metadata.annotations?.[alb.actionKey]);
  });

  it('setWeights: weights ELBv2 refuses are one RouterError with the controller’s event', async () => {
    const e = await alb.setWeights({ blue: 0, green: 1000 }, signal).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(RouterError);
    expect((e as Error).message).toBe(
      "the AWS Load Balancer Controller could not apply the weights of Ingress web: FailedDeployModel: Failed deploy model due to ValidationError: Target group weight '1000' must be an integer from 0 to 999",
    );
    // The ALB kept what it had.
    expect(await albWeights()).toEqual([{ blue: 90, green: 10 }]);
  });

  it('setWeights: a controller that does not reconcile times out after switch-timeout', async () => {
    h.kube.sim.lbc?.pause();
    try {
      const started = h.clock.now();
      const e = await alb.setWeights({ blue: 50, green: 50 }, signal).catch((x: unknown) => x);
      expect(e).toBeInstanceOf(RouterError);
      expect((e as Error).message).toBe(
        'the ALB of Ingress web did not take the new weights within 20s (is the AWS Load Balancer Controller reconciling?)',
      );
      expect(h.clock.now() - started).toBeGreaterThanOrEqual(20_000);
      expect(h.clock.now() - started).toBeLessThan(25_000);
    } finally {
      h.kube.sim.lbc?.resume();
    }
  });

  it('shift: every user to one backend on the ALB, then the live Service follows', async () => {
    await alb.setWeights({ blue: 100, green: 0 }, signal);
    await alb.shift('blue', signal);
    expect(await albWeights()).toEqual([{ blue: 100, green: 0 }]);
    const svc = await h.client.get<Service>('v1', 'Service', 'web', 'default');
    expect(svc?.spec?.selector).toEqual({ app: 'web', [COLOR]: 'blue' });
  });

  it('healthy: a backend without pods is not healthy, with the reason after the timeout', async () => {
    expect(await alb.healthy('green', signal, 6_000)).toBe(
      'not healthy on the ALB within 6s: 0 of 0 targets healthy (no pods)',
    );
    expect(await waitTargetsHealthy(ctx, elbv2, 'web-red', { app: 'web' }, signal, 4_000)).toBe(
      'not healthy on the ALB within 4s: no target group yet',
    );
    const ac = new AbortController();
    ac.abort();
    expect(await waitTargetsHealthy(ctx, elbv2, 'web-red', { app: 'web' }, ac.signal, 60_000)).toBe(
      'cancelled',
    );
  });

  it('drainSeconds: the target group’s deregistration delay; 0 without a target group', async () => {
    expect(await alb.drainSeconds('blue')).toBe(300);
    expect(await alb.drainSeconds('red')).toBe(0);
  });

  it('waitBinding: false when the controller never makes the binding, or the run is cancelled', async () => {
    expect(await alb.waitBinding('red', signal, 4_000)).toBe(false);
    const ac = new AbortController();
    ac.abort();
    expect(await alb.waitBinding('red', ac.signal)).toBe(false);
  });

  it('preview: Keelson’s own requests reach the new backend through the ALB; endPreview removes the rule', async () => {
    await h.client.apply(deployment('green', 1));
    for (const o of alb.objects('blue', ['blue', 'green'], 'green')) await h.client.apply(o);
    expect(await alb.healthy('green', signal, 120_000)).toBeUndefined();
    const route = await alb.preview('green', signal);
    expect(route?.via).toBe('the ALB (requests with header X-Keelson-Preview)');
    const [scheme, transport] = Object.entries(route?.transports ?? {})[0] ?? [];
    expect(route?.url.startsWith(`${scheme}//`)).toBe(true);
    const res = await transport?.(`${route?.url}/`, {
      method: 'GET',
      headers: {},
      insecure: false,
      signal,
      maxBody: 1024,
    });
    expect(res?.headers['x-version']).toBe('green');
    await expect(
      transport?.('http://elsewhere.example/', {
        method: 'GET',
        headers: {},
        insecure: false,
        signal,
        maxBody: 1024,
      }),
    ).rejects.toThrow("not this deploy's preview: http://elsewhere.example/");
    // Users without the header stay on blue.
    expect(await albWeights()).toEqual([{ blue: 100, green: 0 }]);
    await alb.endPreview('blue');
    const live = await h.client.get<KubeObject>('networking.k8s.io/v1', 'Ingress', 'web', 'default');
    expect(Object.keys(live?.metadata.annotations ?? {}).filter((k) => k.includes('preview'))).toEqual([]);
  });

  it('canaryRouterFor: the ALB canary router sets weights and restores stable', async () => {
    const r = await canaryRouterFor(ctx, liveService, 'blue', 'green', ['blue', 'green']);
    expect(isAlbCanary(r)).toBe(true);
    expect(r.kind).toBe('alb');
    expect(r.describe()).toBe('ALB Ingress web');
    expect(r.serviceOf('green')).toBe('web-green');
    expect([10, 25, 50, 99, 100].map((w) => r.canaryReplicas(w, 4))).toEqual([1, 1, 2, 4, 4]);
    expect(r.canaryReplicas(100, 0)).toBe(1);
    expect(r.objects()).toEqual(alb.objects('blue', ['blue', 'green']));
    expect(await r.setWeight(25, signal)).toEqual({
      weight: 25,
      detail: "the ALB's rules forward 25% to web-green, 75% to web-blue",
    });
    expect(await albWeights()).toEqual([{ blue: 75, green: 25 }]);
    const liveSelector = async () =>
      (await h.client.get<Service>('v1', 'Service', 'web', 'default'))?.spec?.selector;
    expect((await r.setWeight(100, signal)).weight).toBe(100);
    expect(await albWeights()).toEqual([{ blue: 0, green: 100 }]);
    expect(await liveSelector()).toEqual({ app: 'web', [COLOR]: 'green' });
    expect((await r.setWeight(0, signal)).weight).toBe(0);
    expect(await albWeights()).toEqual([{ blue: 100, green: 0 }]);
    expect(await liveSelector()).toEqual({ app: 'web', [COLOR]: 'blue' });
    expect(r.restore?.()).toEqual({
      'bg-ingress': 'web',
      'bg-action': 'alb.ingress.kubernetes.io/actions.web',
      'bg-restore-action': alb.actionFor({ blue: 100, green: 0 }),
    });
    expect(await r.healthy(signal, 60_000)).toBeUndefined();
    expect(await r.drainSeconds('blue')).toBe(300);
    if (isAlbCanary(r)) expect(await r.waitBinding(signal)).toBe(true);
  });

  it('another object’s warnings, or the Ingress’s other events, are not a rejection of the weights', async () => {
    h.kube.sim.lbc?.pause();
    const pending = alb.setWeights({ blue: 80, green: 20 }, signal);
    await h.clock.sleep(1_000);
    const event = (name: string, type: string, reason: string, kind: string, of: string) =>
      h.kube.objects.create({
        apiVersion: 'v1',
        kind: 'Event',
        metadata: { name, namespace: 'default' },
        type,
        reason,
        message: 'not the weights',
        involvedObject: { kind, name: of, namespace: 'default' },
      } as never);
    event('e1', 'Warning', 'FailedDeployModel', 'Service', 'web');
    event('e2', 'Normal', 'FailedDeployModel', 'Ingress', 'web');
    event('e3', 'Warning', 'FailedReconcile', 'Ingress', 'web');
    event('e4', 'Warning', 'FailedBuildModel', 'Ingress', 'other');
    await h.clock.sleep(3_000);
    h.kube.sim.lbc?.resume();
    await pending;
    expect(await albWeights()).toEqual([{ blue: 80, green: 20 }]);
  });

  it('a backend whose Service does not exist: the controller cannot build the model, one RouterError', async () => {
    const three = new AlbRouter(ctx, liveService, { ingress: ingress(), port: 80 }, elbv2, [
      'blue',
      'green',
      'red',
    ]);
    const e = await three.setWeights({ blue: 100 }, signal).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(RouterError);
    expect((e as Error).message).toBe(
      'the AWS Load Balancer Controller could not apply the weights of Ingress web: FailedBuildModel: Failed build model due to ingress: default/web: Service "web-red" not found',
    );
    await alb.setWeights({ blue: 100, green: 0 }, signal);
  });

  it('an Ingress the controller has not given a load balancer yet: no hostname, the weights time out', async () => {
    h.kube.sim.lbc?.pause();
    try {
      const apiIngress = { ...ingress(), metadata: { ...ingress().metadata, name: 'api' } };
      await h.client.apply(apiIngress);
      const api = new AlbRouter(ctx, liveService, { ingress: apiIngress, port: 80 }, elbv2, [
        'blue',
        'green',
      ]);
      expect(await api.hostname()).toBeUndefined();
      expect(await api.liveUrl()).toBeUndefined();
      expect(await api.preview('green', signal)).toBeUndefined();
      await expect(api.setWeights({ blue: 100, green: 0 }, signal)).rejects.toThrow(
        'the ALB of Ingress api did not take the new weights within 20s (is the AWS Load Balancer Controller reconciling?)',
      );
    } finally {
      await h.client.delete({
        apiVersion: 'networking.k8s.io/v1',
        kind: 'Ingress',
        name: 'api',
        namespace: 'default',
      });
      h.kube.sim.lbc?.resume();
    }
  });

  it('preview: an ALB that does not take the preview rule within switch-timeout: the checks use the service proxy, the timeline says so', async () => {
    const timeline = new Timeline(h.clock);
    const fresh = new AlbRouter({ ...ctx, timeline }, liveService, { ingress: ingress(), port: 80 }, elbv2, [
      'blue',
      'green',
    ]);
    h.kube.sim.lbc?.pause();
    try {
      for (const o of fresh.objects('blue', ['blue', 'green'], 'green')) await h.client.apply(o);
      const started = h.clock.now();
      expect(await fresh.preview('green', signal)).toBeUndefined();
      expect(h.clock.now() - started).toBeGreaterThanOrEqual(20_000);
      expect(timeline.events.map((e) => [e.phase, e.level, e.message])).toEqual([
        [
          'pre-switch',
          'warn',
          "the ALB did not take the preview rule for green within 20s: the checks reach it through the API server's service proxy instead",
        ],
      ]);
    } finally {
      h.kube.sim.lbc?.resume();
      await fresh.endPreview('blue');
    }
  });

  it('preview: an ALB this runner cannot reach gives no preview route', async () => {
    const timeline = new Timeline(h.clock);
    const hidden = new AlbRouter(
      { ...ctx, timeline, loadBalancerUrl: () => 'http://127.0.0.1:9' },
      liveService,
      { ingress: ingress(), port: 80 },
      elbv2,
      ['blue', 'green'],
    );
    expect(await hidden.preview('green', signal)).toBeUndefined();
    expect(await hidden.liveUrl()).toBeUndefined();
    // Looked up once: one warning for both.
    expect(timeline.events.filter((e) => e.level === 'warn')).toHaveLength(1);
  });

  it('no ELBv2 access: a configuration error saying what Keelson needs', async () => {
    const e = await routerFor({ ...ctx, elbv2: undefined }, liveService, []).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(ConfigurationError);
    expect((e as Error).message).toBe(
      "Ingress web puts an ALB in front of web: Keelson reads the ALB's rules and target health to switch without dropping requests, and needs the AWS region ('aws-region' or AWS_REGION) and credentials allowed elasticloadbalancing:Describe*.",
    );
  });
});
