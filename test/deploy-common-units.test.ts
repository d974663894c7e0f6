/**
 * The strategies' shared building blocks on their own: which Deployment and Service a release rolls out, how a
 * server-side apply conflict is settled (and what the user is told), and the waits on the emulator's virtual clock.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { getEventListeners } from 'node:events';
import {
  ApplyError,
  applyAll,
  applyObject,
  checks,
  firstPort,
  frontService,
  images,
  mainDeployment,
  probePath,
  sameImages,
  scale,
  seconds,
  selectorString,
  versionOfLive,
  waitEndpoints,
  waitPodsGone,
  waitReady,
} from '../src/lib/deploy/common.js';
import { Timeline } from '../src/lib/deploy/timeline.js';
import type { DeployContext } from '../src/lib/deploy/types.js';
import { podSource } from '../src/lib/deploy/run.js';
import { KubeClient } from '../src/lib/k8s/client.js';
import { ConfigurationError } from '../src/lib/errors.js';
import { parseHealthChecks } from '../src/lib/health/parse.js';
import type { Deployment, KubeObject, Service } from '../src/lib/k8s/types.js';
import type { VirtualClock } from '../src/sim/clock.js';
import { harness, type Harness } from './deploy/harness.js';

const dep = (
  name: string,
  opts: { apiVersion?: string; labels?: Record<string, string>; image?: string } = {},
) =>
  ({
    apiVersion: opts.apiVersion ?? 'apps/v1',
    kind: 'Deployment',
    metadata: { name, namespace: 'default' },
    spec: {
      replicas: 2,
      selector: { matchLabels: opts.labels ?? { app: name } },
      template: {
        metadata: { labels: opts.labels ?? { app: name } },
        spec: { containers: [{ name: 'app', image: opts.image ?? `registry.example/${name}:v1` }] },
      },
    },
  }) as Deployment;
const svc = (name: string, selector?: Record<string, string>, port = 80): Service =>
  ({
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name, namespace: 'default' },
    spec: { ...(selector ? { selector } : {}), ports: [{ port }, { port: 9090 }] },
  }) as Service;
const cm = (name: string): KubeObject =>
  ({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name, namespace: 'default' }, data: {} }) as KubeObject;

/** Waits (real time, at most 2 s) for what sockets do on their own: a request given up reaching the server. */
async function until(done: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !done(); i++) await new Promise((r) => setTimeout(r, 10));
}

describe('what a release rolls out', () => {
  it('the Deployment named like the service, else the only one; none or an ambiguous set is one clear line', () => {
    const web = dep('web');
    const worker = dep('worker');
    expect(mainDeployment([worker, web, svc('web')], 'web')).toBe(web);
    expect(mainDeployment([worker, svc('web')], 'web')).toBe(worker);
    // Other apps/v1 workloads are not Deployments: the only Deployment is still the one.
    const db = { apiVersion: 'apps/v1', kind: 'StatefulSet', metadata: { name: 'db' } } as KubeObject;
    expect(mainDeployment([db, worker], 'web')).toBe(worker);
    expect(() =>
      mainDeployment([svc('web'), dep('web', { apiVersion: 'extensions/v1beta1' })], 'web'),
    ).toThrow(/^The manifests contain no apps\/v1 Deployment to roll out\.$/);
    expect(() => mainDeployment([worker, dep('cron')], 'web')).toThrow(
      /^The manifests contain 2 Deployments and none is named 'web': set 'service' to the one to roll out\.$/,
    );
  });

  it('the Service named like the service, else the one selecting its pods (the color label aside)', () => {
    const web = dep('web', { labels: { app: 'web', tier: 'front' } });
    const named = svc('web', { app: 'other' });
    const selecting = svc('front', { app: 'web', 'keelson.dev/color': 'blue' });
    expect(frontService([selecting, named], 'web', web)).toBe(named);
    expect(frontService([cm('x'), svc('other', { app: 'nope' }), selecting], 'web', web)).toBe(selecting);
    // A Service with no selector (or only the color) selects nothing; one that asks for more labels neither.
    expect(
      frontService([svc('bare'), svc('color', { 'keelson.dev/color': 'blue' })], 'web', web),
    ).toBeUndefined();
    expect(frontService([svc('more', { app: 'web', tier: 'back' })], 'web', web)).toBeUndefined();
    expect(frontService([svc('front', { app: 'web' })], 'web', dep('web', { labels: {} }))).toBeUndefined();
    expect(firstPort(selecting)).toBe(80);
    expect(firstPort(undefined)).toBeUndefined();
    // Only Services front anything, whatever else is named like the service; objects missing parts select nothing.
    expect(frontService([cm('web'), selecting], 'web', web)).toBe(selecting);
    const bare = { apiVersion: 'v1', kind: 'Service', metadata: { name: 'bare' } } as Service;
    expect(frontService([bare], 'web', { ...web, spec: undefined } as unknown as Deployment)).toBeUndefined();
    expect(firstPort(bare)).toBeUndefined();
    expect(firstPort({ ...bare, spec: { ports: [] } } as Service)).toBeUndefined();
    expect(firstPort({ ...bare, spec: {} } as Service)).toBeUndefined();
    // A Deployment without a template, or a template without labels, has no pods a selector could match.
    const selectsWeb = svc('front', { app: 'web' });
    expect(frontService([selectsWeb], 'web', { ...web, spec: {} } as Deployment)).toBeUndefined();
    expect(
      frontService([selectsWeb], 'web', {
        ...web,
        spec: { ...web.spec, template: { spec: web.spec?.template?.spec } },
      } as Deployment),
    ).toBeUndefined();
  });

  it('images, versions, probe paths and seconds as the timeline prints them', () => {
    expect(selectorString({ app: 'web', tier: 'front' })).toBe('app=web,tier=front');
    const a = dep('web');
    const noImage = structuredClone(a);
    delete noImage.spec!.template!.spec!.containers![0]!.image;
    expect(images(a)).toEqual(['app=registry.example/web:v1']);
    expect(images(noImage)).toEqual(['app=']);
    expect(images(undefined)).toEqual([]);
    expect(sameImages(a, structuredClone(a))).toBe(true);
    expect(sameImages(a, dep('web', { image: 'registry.example/web:v2' }))).toBe(false);
    expect(sameImages(a, undefined)).toBe(false);
    expect(sameImages(undefined, a)).toBe(false);
    expect(sameImages(undefined, undefined)).toBe(false);
    const shell = { apiVersion: 'apps/v1', kind: 'Deployment', metadata: {} } as Deployment;
    expect(images(shell)).toEqual([]);
    expect(images({ ...shell, spec: { template: {} } } as Deployment)).toEqual([]);
    expect(images({ ...shell, spec: {} } as Deployment)).toEqual([]);
    // Nothing live is never the same as what is rolled out, even a Deployment without containers.
    expect(sameImages(shell, undefined)).toBe(false);
    expect(versionOfLive(shell)).toBeUndefined();
    expect(probePath(shell)).toBe('/');
    expect(versionOfLive({ ...a, metadata: { annotations: { 'keelson.dev/version': 'v7' } } })).toBe('v7');
    expect(versionOfLive(undefined)).toBeUndefined();
    const probed = structuredClone(a);
    (probed.spec!.template!.spec!.containers![0] as Record<string, unknown>).readinessProbe = {
      httpGet: { path: '/healthz' },
    };
    expect(probePath(probed)).toBe('/healthz');
    (probed.spec!.template!.spec!.containers![0] as Record<string, unknown>).readinessProbe = {
      httpGet: { path: 'healthz' },
    };
    expect(probePath(probed)).toBe('/');
    expect(probePath(a)).toBe('/');
    (probed.spec!.template!.spec!.containers![0] as Record<string, unknown>).readinessProbe = {
      exec: { command: ['true'] },
    };
    expect(probePath(probed)).toBe('/');
    expect(seconds(1_249)).toBe(1.2);
    expect(seconds(1_250)).toBe(1.3);
    expect(seconds(undefined)).toBeUndefined();
  });
});

describe('on the cluster', () => {
  let h: Harness;
  let ctx: DeployContext;
  beforeEach(async () => {
    h = await harness();
    ctx = {
      kube: h.client,
      clock: h.clock,
      signal: new AbortController().signal,
      settings: {
        strategy: 'rolling',
        namespace: 'default',
        service: 'web',
        version: 'v2',
        readyTimeoutMs: 30_000,
        verifyWindowMs: 0,
        scaleDownDelayMs: 0,
        switchTimeoutMs: 60_000,
        router: 'auto',
        checks: [],
      },
      objects: [],
      timeline: new Timeline(h.clock),
      pods: podSource(h.client),
      saveState: () => undefined,
      serviceUrl: (s) => `k8s-service://default/${s}`,
      loadBalancerUrl: (dns) => `http://${dns}`,
    };
  });
  afterEach(async () => {
    await h.close();
  });
  const lines = (phase: string): string[] =>
    ctx.timeline.events.filter((e) => e.phase === phase).map((e) => `${e.level} ${e.message}`);
  const live = (name: string): Deployment | undefined =>
    h.kube.objects.get('Deployment', 'default', name) as Deployment | undefined;
  function other(fieldManager: string): KubeClient {
    const c = new KubeClient(
      { server: h.kube.url, token: async () => h.kube.token },
      { clock: h.clock, retryFor: 0, fieldManager },
    );
    return c;
  }

  it('applyAll says what it applied, counted by kind; a refused object is an ApplyError naming it', async () => {
    await applyAll(ctx, [cm('a'), cm('b'), dep('web')]);
    expect(lines('apply')).toEqual(['info applied 3 object(s): 2 ConfigMaps, Deployment']);
    h.kube.forbid({ kind: 'Deployment' });
    const err = await applyAll(ctx, [cm('c'), dep('web')]).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApplyError);
    expect((err as Error).name).toBe('ApplyError');
    expect((err as Error).message).toMatch(/^Applying Deployment\/web in default failed: .*403/);
    expect(lines('apply')).toHaveLength(1);
  });

  it('replicas another manager set through /scale are left to it, and the user is told', async () => {
    await applyObject(ctx, dep('web'));
    const res = await fetch(
      `${h.kube.url}/apis/apps/v1/namespaces/default/deployments/web/scale?fieldManager=kubectl`,
      {
        method: 'PATCH',
        headers: { authorization: `Bearer ${h.kube.token}`, 'content-type': 'application/merge-patch+json' },
        body: JSON.stringify({ spec: { replicas: 5 } }),
      },
    );
    expect(res.status).toBe(200);
    await applyObject(ctx, dep('web', { image: 'registry.example/web:v2' }));
    expect(live('web')?.spec?.replicas).toBe(5);
    expect(live('web')?.spec?.template?.spec?.containers?.[0]?.image).toBe('registry.example/web:v2');
    expect(lines('apply')).toEqual([
      'warn Deployment/web in default: .spec.replicas belongs to kubectl (through /scale); Keelson leaves it alone',
    ]);
  });

  it('a field someone changed by hand is taken back and named; one Keelson’s own managers hold is taken quietly', async () => {
    await applyObject(ctx, dep('web'));
    const edit = other('kubectl-edit');
    await edit.apply(dep('web', { image: 'registry.example/web:hotfix' }), { force: true });
    edit.close();
    await applyObject(ctx, dep('web'));
    expect(live('web')?.spec?.template?.spec?.containers?.[0]?.image).toBe('registry.example/web:v1');
    expect(lines('apply')).toEqual([
      expect.stringMatching(
        /^warn Deployment\/web in default: the manifests take back \.spec\.template\.spec\.containers\S*image \(from kubectl-edit\)$/,
      ),
    ]);

    const post = other('keelson-post');
    await post.apply({ ...dep('web'), spec: { ...dep('web').spec!, replicas: 4 } } as KubeObject, {
      force: true,
    });
    post.close();
    const before = lines('apply').length;
    await applyObject(ctx, dep('web'));
    expect(live('web')?.spec?.replicas).toBe(2);
    expect(lines('apply')).toHaveLength(before);
  });

  it('an object the API server finds invalid, or a conflict it gives no field for, is not forced: the error stands', async () => {
    const invalid = { ...cm('bad'), data: { count: 1 } } as KubeObject;
    const err = await applyObject(ctx, invalid).catch((e: unknown) => e);
    expect((err as Error).message).toMatch(/ 422 /);
    expect(h.kube.objects.get('ConfigMap', 'default', 'bad')).toBeUndefined();
    await applyObject(ctx, { ...cm('cfg'), data: { a: '1' } } as KubeObject);
    h.kube.inject({ status: 409, method: 'PATCH', path: '/configmaps/cfg' });
    const conflict = await applyObject(ctx, { ...cm('cfg'), data: { a: '2' } } as KubeObject).catch(
      (e: unknown) => e,
    );
    expect((conflict as Error).message).toMatch(/ 409 /);
    expect(h.kube.objects.get('ConfigMap', 'default', 'cfg')?.data).toEqual({ a: '1' });
    expect(lines('apply')).toEqual([]);
  });

  it('every field someone changed by hand is named when the manifests take them back', async () => {
    await applyObject(ctx, { ...cm('cfg'), data: { a: '1', b: '2' } } as KubeObject);
    const edit = other('kubectl-edit');
    await edit.apply({ ...cm('cfg'), data: { a: 'x', b: 'y' } } as KubeObject, { force: true });
    edit.close();
    await applyObject(ctx, { ...cm('cfg'), data: { a: '1', b: '2' } } as KubeObject);
    expect(h.kube.objects.get('ConfigMap', 'default', 'cfg')?.data).toEqual({ a: '1', b: '2' });
    expect(lines('apply')).toEqual([
      'warn ConfigMap/cfg in default: the manifests take back .data.a (from kubectl-edit), .data.b (from kubectl-edit)',
    ]);
  });

  it('scale sets the replicas of a Deployment; a missing one is fine, a refusal is not', async () => {
    await applyObject(ctx, dep('web'));
    await scale(ctx, 'web', 0);
    expect(live('web')?.spec?.replicas).toBe(0);
    await scale(ctx, 'gone', 3);
    expect(live('gone')).toBeUndefined();
    h.kube.forbid({ kind: 'Deployment', verbs: ['patch'] });
    await expect(scale(ctx, 'web', 1)).rejects.toThrow(/403/);
  });

  it('waitPodsGone: at once when none match; false after its timeout, or when cancelled', async () => {
    await applyObject(ctx, dep('web', { image: 'registry.example/web:v1' }));
    expect(await waitReady(ctx, 'web')).toBeUndefined();
    const t0 = h.clock.now();
    expect(await waitPodsGone(ctx, 'app=nothing', ctx.signal)).toBe(true);
    expect(h.clock.now()).toBe(t0);
    expect(lines('rollout').at(-1)).toBe('info web: 2 of 2 replicas available');
    const t1 = h.clock.now();
    expect(await waitPodsGone(ctx, 'app=web', ctx.signal, () => true, 5_000)).toBe(false);
    expect(h.clock.now() - t1).toBe(5_000);
    // Pods that do not count are as good as gone.
    expect(await waitPodsGone(ctx, 'app=web', ctx.signal, () => false)).toBe(true);
    const ac = new AbortController();
    const waiting = waitPodsGone(ctx, 'app=web', ac.signal);
    await h.clock.sleep(2_500);
    ac.abort();
    expect(await waiting).toBe(false);
  });

  it('waitReady names a new pod that cannot pull its image, in one line of at most 300 characters', async () => {
    h.kube.sim.behaviour('registry.example/web:broken', { unpullable: true });
    await applyObject(ctx, dep('web', { image: 'registry.example/web:broken' }));
    expect(await waitReady(ctx, 'web')).toMatch(
      /^pod web-\S+ container app is (ErrImagePull: failed to pull and unpack image "registry\.example\/web:broken": not found|ImagePullBackOff: Back-off pulling image "registry\.example\/web:broken")$/,
    );
    const long = `registry.example/${'a'.repeat(230)}:broken`;
    h.kube.sim.behaviour(long, { unpullable: true });
    await applyObject(ctx, dep('api', { image: long }));
    const why = await waitReady(ctx, 'api');
    expect(why).toHaveLength(300);
    expect(why).toMatch(
      /^pod api-\S+ container app is (ErrImagePull: failed to pull and unpack|ImagePullBackOff: Back-off pulling) image "registry\.example\/a+$/,
    );
  });
  /** The service `web` on v1 (readiness on /healthz), ready; `image` picks its behaviour in the simulator. */
  async function liveWeb(image = 'registry.example/web:v1'): Promise<void> {
    const d = dep('web', { image });
    (d.spec!.template!.spec!.containers![0] as Record<string, unknown>).ports = [{ containerPort: 8080 }];
    (d.spec!.template!.spec!.containers![0] as Record<string, unknown>).readinessProbe = {
      httpGet: { path: '/healthz', port: 8080 },
    };
    await applyObject(ctx, d);
    await applyObject(ctx, {
      ...svc('web', { app: 'web' }),
      spec: { selector: { app: 'web' }, ports: [{ port: 80, targetPort: 8080 }] },
    } as KubeObject);
    expect(await waitReady(ctx, 'web')).toBeUndefined();
    await h.clock.sleep(3_000); // kube-proxy programs the new endpoints
  }
  const httpCheck = (
    url: string,
  ): Promise<ReturnType<typeof parseHealthChecks> extends Promise<infer T> ? T : never> =>
    parseHealthChecks(
      `- name: live\n  kind: http\n  url: ${url}\n  interval: 2s\n  timeout: 2s\n  failure-threshold: 2\n`,
    );

  it('checks: none configured, or no time to run them, is no result', async () => {
    const specs = await httpCheck('http://127.0.0.1:1/healthz');
    expect(await checks(ctx, 'verify', 'watch', 10_000, {}, undefined, [])).toBeUndefined();
    expect(await checks(ctx, 'verify', 'watch', 0, {}, undefined, specs)).toBeUndefined();
    expect(ctx.timeline.events).toEqual([]);
  });

  it('checks: watching a healthy version for the window passes; the timeline says what ran and the verdict', async () => {
    await liveWeb();
    const url = await h.kube.sim.serviceUrl('default', 'web');
    const specs = await httpCheck(`${url}/healthz`);
    const sleepers = (): number => (h.clock as VirtualClock).pending;
    const before = sleepers();
    const r = await checks(ctx, 'verify', 'watch', 10_400, {}, undefined, specs);
    // No timer of the checks is left running (on the real clock, one would keep the step's process alive).
    expect(sleepers()).toBe(before);
    expect(r?.status).toBe('passed');
    expect(r?.reason).toBe('the check stayed healthy for 10.4s (6 probes)');
    expect(lines('verify')).toEqual(['info watching 1 health check(s) for 10s', `ok ${r?.reason}`]);
  });

  it('checks: a failing version is said once per new failure, with the count, then the verdict', async () => {
    await liveWeb('registry.example/web:bad');
    h.kube.sim.behaviour('registry.example/web:bad', { errorRate: 1 });
    const url = await h.kube.sim.serviceUrl('default', 'web');
    const r = await checks(
      ctx,
      'verify',
      'until-healthy',
      20_000,
      {},
      undefined,
      await httpCheck(`${url}/healthz`),
    );
    expect(r?.status).toBe('failed');
    const said = lines('verify');
    expect(said[0]).toBe('info checking 1 health check(s) for 20s');
    expect(said.slice(1, -1)).toEqual([expect.stringMatching(/^warn live: .*500.* \(1 in a row\)$/)]);
    expect(said.at(-1)).toBe(`error ${r?.reason}`);
  });

  it("checks through the API server's service proxy when it cannot dial the pods' port: a configuration error naming the port", async () => {
    await liveWeb();
    h.kube.blockControlPlaneTo(8080);
    const specs = await httpCheck('k8s-service://default/web:80/healthz');
    const err = await checks(ctx, 'verify', 'watch', 30_000, {}, undefined, specs).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConfigurationError);
    expect((err as Error).message).toMatch(
      /^The Kubernetes API server cannot reach port 8080 of the pods behind Service web \(i\/o timeout dialling [\d.]+:8080\), so health checks through its service proxy cannot see the new version: allow the control plane to reach port 8080 \(on EKS, an inbound rule from the cluster security group to the nodes on port 8080\), or set preview-url and live-url to URLs this runner can reach\.$/,
    );
    expect(lines('verify').at(-1)).toBe(`error ${(err as Error).message}`);
  });
  it('a preflight the API server keeps dialling past 45 s is given up: the checks’ own failure is the verdict', async () => {
    await liveWeb();
    h.kube.blockControlPlaneTo(8080, { dialTimeoutMs: 60_000 });
    const specs = await httpCheck('k8s-service://default/web:80/healthz');
    const t0 = h.clock.now();
    const r = await checks(ctx, 'verify', 'until-healthy', 20_000, {}, undefined, specs);
    expect(r?.status).toBe('failed');
    expect(h.clock.now() - t0).toBe(45_000);
    expect(lines('verify').at(-1)).toBe(`error ${r?.reason}`);
    expect(r?.reason).toMatch(/timed out|timeout/i);
  });

  it("checks through the service proxy while the API server drops connections: said once as not counted, and the verdict is the pods'", async () => {
    await liveWeb();
    const specs = await httpCheck('k8s-service://default/web:80/healthz');
    h.kube.outage(5_000);
    const r = await checks(ctx, 'verify', 'watch', 12_000, {}, undefined, specs);
    expect(r?.status).toBe('passed');
    expect(lines('verify')).toEqual([
      'info watching 1 health check(s) for 12s',
      expect.stringMatching(
        /^warn live: the Kubernetes API server could not be reached: .+ \(not counted\)$/,
      ),
      `ok ${r?.reason}`,
    ]);
    expect(r?.checks[0]).toMatchObject({ status: 'passed', failures: 0, inconclusive: 3 });
  });

  it('checks that end before the API server has dialled leave no request of theirs behind', async () => {
    await liveWeb();
    h.kube.blockControlPlaneTo(8080);
    // The checks do not go through the proxy (a URL this runner reaches); the preflight does, and is still dialling.
    const url = await h.kube.sim.serviceUrl('default', 'web');
    const specs = await parseHealthChecks(
      `- {name: direct, kind: http, url: '${url}/healthz', interval: 2s, timeout: 2s}\n` +
        '- {name: proxied, kind: http, url: "k8s-service://default/web:80/healthz", interval: 2s, timeout: 2s, failure-threshold: 10}\n',
    );
    h.kube.clearRequests();
    const t0 = h.clock.now();
    const r = await checks(ctx, 'verify', 'watch', 6_000, {}, undefined, specs);
    expect(r?.status).toBe('passed');
    const proxied = (): typeof h.kube.requests =>
      h.kube.requests.filter((q) => q.path === '/api/v1/namespaces/default/services/web:80/proxy/healthz');
    // A probe that times out counts against the version; the API server answered nothing in time.
    expect(r?.checks[1]).toMatchObject({ name: 'proxied', failures: 2 });
    expect(r?.checks[1]?.inconclusive ?? 0).toBe(0);
    await until(() => proxied().every((q) => q.hungUpAt !== undefined));
    // Nothing of the checks listens to the job's signal any more.
    expect(getEventListeners(ctx.signal, 'abort')).toEqual([]);
    // The preflight's request is given up when the checks end; each probe's, at its 2 s timeout.
    const held = proxied().map((q) => [q.at - t0, (q.hungUpAt ?? NaN) - q.at]);
    expect(held.sort((a, b) => (a[0] ?? 0) - (b[0] ?? 0) || (a[1] ?? 0) - (b[1] ?? 0))).toEqual([
      [0, 2_000],
      [0, 6_000],
      [2_000, 2_000],
      [4_000, 2_000],
    ]);
  });

  it('a job cancelled during the checks: the preflight gives up its request at once', async () => {
    await liveWeb();
    h.kube.blockControlPlaneTo(8080);
    const specs = await httpCheck('k8s-service://default/web:80/healthz');
    const job = new AbortController();
    h.kube.clearRequests();
    const t0 = h.clock.now();
    const running = checks(
      { ...ctx, signal: job.signal },
      'verify',
      'watch',
      20_000,
      {},
      undefined,
      specs,
    ).catch((e: unknown) => e);
    await h.clock.sleep(5_000);
    job.abort(new Error('the job was cancelled'));
    await running;
    const proxied = (): typeof h.kube.requests =>
      h.kube.requests.filter((q) => q.path === '/api/v1/namespaces/default/services/web:80/proxy/healthz');
    await until(() => proxied().every((q) => q.hungUpAt !== undefined));
    // The preflight's request arrived first and is given up when the job is cancelled, 5 s later.
    expect(proxied().some((q) => q.at === t0 && q.hungUpAt === t0 + 5_000)).toBe(true);
    expect(proxied().every((q) => q.hungUpAt !== undefined && q.hungUpAt <= t0 + 5_000)).toBe(true);
    expect(getEventListeners(job.signal, 'abort')).toEqual([]);
  });

  it('each Service is asked once beside the checks; the one the API server cannot reach is named', async () => {
    await liveWeb();
    const api = dep('api');
    (api.spec!.template!.spec!.containers![0] as Record<string, unknown>).ports = [{ containerPort: 8081 }];
    await applyObject(ctx, api);
    await applyObject(ctx, {
      ...svc('api'),
      spec: { selector: { app: 'api' }, ports: [{ port: 80, targetPort: 8081 }] },
    } as KubeObject);
    expect(await waitReady(ctx, 'api')).toBeUndefined();
    await h.clock.sleep(3_000);
    // Two checks on one Service: one request of the preflight for both, beside the checks' own.
    const both = await parseHealthChecks(
      '- {name: a, kind: http, url: "k8s-service://default/api:80/", interval: 2s, timeout: 2s}\n' +
        '- {name: b, kind: http, url: "k8s-service://default/api:80/healthz", interval: 2s, timeout: 2s}\n',
    );
    h.kube.clearRequests();
    const r = await checks(ctx, 'verify', 'watch', 4_000, {}, undefined, both);
    expect(r?.status).toBe('passed');
    const probes = (r?.checks ?? []).reduce((n, c) => n + c.probes, 0);
    expect(h.kube.requests.filter((q) => q.path.includes('/services/api:80/proxy/'))).toHaveLength(
      probes + 1,
    );
    // The API server reaches api's pods, not web's: web is named.
    h.kube.blockControlPlaneTo(8080);
    const two = await parseHealthChecks(
      '- {name: api, kind: http, url: "k8s-service://default/api:80/", interval: 2s, timeout: 2s}\n' +
        '- {name: web, kind: http, url: "k8s-service://default/web:80/healthz", interval: 2s, timeout: 2s}\n',
    );
    const err = await checks(ctx, 'verify', 'watch', 30_000, {}, undefined, two).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConfigurationError);
    expect((err as Error).message).toMatch(
      /^The Kubernetes API server cannot reach port 8080 of the pods behind Service web /,
    );
  });

  it('a Service with no ready pod answers 503 through the proxy: that is the version failing, not the cluster', async () => {
    await applyObject(ctx, {
      ...svc('web'),
      spec: { selector: { app: 'web' }, ports: [{ port: 80, targetPort: 8080 }] },
    } as KubeObject);
    const specs = await httpCheck('k8s-service://default/web:80/healthz');
    const r = await checks(ctx, 'verify', 'until-healthy', 10_000, {}, undefined, specs);
    expect(r?.status).toBe('failed');
    expect(lines('verify')).toEqual([
      'info checking 1 health check(s) for 10s',
      expect.stringMatching(/^warn live: .*503.* \(1 in a row\)$/),
      `error ${r?.reason}`,
    ]);
  });

  it('waitEndpoints: true once only the selected pods are ready endpoints, after the propagation margin', async () => {
    await liveWeb();
    // Another service's ready endpoints (its own pods) do not count for this one.
    await applyObject(ctx, dep('api'));
    await applyObject(ctx, {
      ...svc('api'),
      spec: { selector: { app: 'api' }, ports: [{ port: 80 }] },
    } as KubeObject);
    expect(await waitReady(ctx, 'api')).toBeUndefined();
    await h.clock.sleep(3_000);
    const t0 = h.clock.now();
    expect(await waitEndpoints(ctx, 'web', { app: 'web' }, ctx.signal)).toBe(true);
    expect(h.clock.now() - t0).toBe(3_000);
    // Some endpoints of the selected pods is not enough: every ready endpoint must be one of them.
    await applyObject(ctx, dep('web-canary', { labels: { app: 'web', track: 'canary' } }));
    expect(await waitReady(ctx, 'web-canary')).toBeUndefined();
    await h.clock.sleep(3_000);
    expect(await waitEndpoints(ctx, 'web', { app: 'web', track: 'canary' }, ctx.signal, 2_000)).toBe(false);
    // Endpoints of other pods than the selected ones: not settled; it gives up after its timeout (and the margin).
    const t1 = h.clock.now();
    expect(await waitEndpoints(ctx, 'web', { app: 'web', track: 'none' }, ctx.signal, 5_000)).toBe(false);
    expect(h.clock.now() - t1).toBe(8_000);
    // A Service with no endpoints at all is not settled either.
    await applyObject(ctx, {
      ...svc('empty'),
      spec: { selector: { app: 'nothing' }, ports: [{ port: 80 }] },
    } as KubeObject);
    const t2 = h.clock.now();
    expect(await waitEndpoints(ctx, 'empty', { app: 'nothing' }, ctx.signal, 2_000)).toBe(false);
    expect(h.clock.now() - t2).toBe(5_000);
    const ac = new AbortController();
    const waiting = waitEndpoints(ctx, 'empty', { app: 'nothing' }, ac.signal);
    await h.clock.sleep(1_500);
    ac.abort();
    expect(await waiting).toBe(false);
  });

  it('waitEndpoints: endpoints that are not ready (pods that never came up) do not hold the switch back', async () => {
    h.kube.sim.behaviour('registry.example/shop:broken', { unpullable: true });
    await applyObject(ctx, dep('shop-stable', { labels: { app: 'shop', track: 'stable' } }));
    await applyObject(
      ctx,
      dep('shop-broken', { labels: { app: 'shop', track: 'broken' }, image: 'registry.example/shop:broken' }),
    );
    await applyObject(ctx, {
      ...svc('shop'),
      spec: { selector: { app: 'shop' }, ports: [{ port: 80 }] },
    } as KubeObject);
    expect(await waitReady(ctx, 'shop-stable')).toBeUndefined();
    await h.clock.sleep(3_000);
    const endpoints = h.kube.objects
      .list('EndpointSlice', 'default', 'kubernetes.io/service-name=shop')
      .flatMap((e) => (e as { endpoints?: { conditions?: { ready?: boolean } }[] }).endpoints ?? []);
    expect(endpoints.map((e) => e.conditions?.ready).sort()).toEqual([false, false, true, true]);
    const t0 = h.clock.now();
    expect(await waitEndpoints(ctx, 'shop', { app: 'shop', track: 'stable' }, ctx.signal, 10_000)).toBe(true);
    expect(h.clock.now() - t0).toBe(3_000);
  });

  it('waitReady judges only the newest ReplicaSet: an old broken one does not fail a healthy new version', async () => {
    h.kube.sim.behaviour('registry.example/web:broken', { unpullable: true });
    await applyObject(ctx, dep('web', { image: 'registry.example/web:broken' }));
    expect(await waitReady(ctx, 'web')).toMatch(
      /^pod web-\S+ container app is (ErrImagePull|ImagePullBackOff)/,
    );
    await applyObject(ctx, dep('web', { image: 'registry.example/web:v2' }));
    expect(await waitReady(ctx, 'web')).toBeUndefined();
  });

  it('waitReady stops at a pod that keeps restarting', async () => {
    h.kube.sim.behaviour('registry.example/web:crashy', { crashLoop: true, crashAfterMs: 1_000 });
    await applyObject(ctx, dep('web', { image: 'registry.example/web:crashy' }));
    expect(await waitReady(ctx, 'web')).toMatch(
      /^pod web-\S+ container app (is CrashLoopBackOff|restarted [3-9] times)/,
    );
  });
});
