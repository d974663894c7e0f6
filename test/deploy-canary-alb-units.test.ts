/**
 * A canary through the ALB (AWS Load Balancer Controller) with a whole release around it, on the emulator's virtual
 * clock: what is written and in which order (nothing a pod reads arrives after the pod; the router's own Ingress
 * replaces the manifests' ALB Ingress, other Ingresses are applied as they are), and what an aborted canary puts
 * back (the release's other objects as they were, the ALB's weights on stable).
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Deployment, KubeObject } from '../src/lib/k8s/types.js';
import {
  canaryOf as canary,
  deployWith,
  harness,
  timelineLines as lines,
  writePlatformApp,
  type Harness,
} from './deploy/harness.js';

let h: Harness;
beforeEach(async () => {
  h = await harness({ gates: true });
});
afterEach(async () => {
  await h.close();
});

/** The writes (not dry runs) the rollout made since request `from`, as `kind/name` in order; Lease renewals left out. */
const writesSince = (from: number) =>
  h.kube.requests
    .slice(from)
    .filter((q) => q.method !== 'GET' && !q.query.includes('dryRun') && !q.path.includes('/leases'))
    .map((q) => q.path.replace(/^.*\/namespaces\/default\//, ''));
const dryRunsSince = (from: number) =>
  h.kube.requests
    .slice(from)
    .filter((q) => q.query.includes('dryRun=All'))
    .map((q) => q.path.replace(/^.*\/namespaces\/default\//, ''));
const get = <T extends KubeObject>(kind: string, name: string) =>
  h.kube.objects.get(kind, 'default', name) as T | undefined;
const deployments = () =>
  h.kube.objects
    .list('Deployment', 'default')
    .map((o) => {
      const d = o as Deployment;
      return `${d.metadata.name} ${d.spec?.replicas} ${d.spec?.template?.spec?.containers?.[0]?.image}`;
    })
    .sort();
const weights = () =>
  (
    JSON.parse(get('Ingress', 'web')?.metadata.annotations?.['alb.ingress.kubernetes.io/actions.web'] ?? '{}')
      .forwardConfig?.targetGroups ?? []
  ).map((t: { serviceName: string; weight: number }) => `${t.serviceName}=${t.weight}`);

/** The platform app (Deployment, Service, HPA, ALB Ingress) plus a worker, a ConfigMap, an internal Ingress and two NetworkPolicies. */
interface ReleaseOpts {
  workerHpa?: boolean;
  /** The worker's image tag (default the release's); false: no worker. */
  worker?: string | false;
  /** A second worker, with this image tag. */
  worker2?: string;
  /** The worker reads ConfigMap worker-config (envFrom) with this `level`. */
  workerConfig?: string;
}

const workerDoc = (name: string, tag: string, config?: string) => `---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${name}
spec:
  replicas: 1
  selector:
    matchLabels:
      app: ${name}
  template:
    metadata:
      labels:
        app: ${name}
    spec:
      containers:
        - name: ${name}
          image: registry.example/${name}:${tag}${
            config === undefined
              ? ''
              : `
          envFrom:
            - configMapRef:
                name: worker-config
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: worker-config
data:
  level: ${config}`
          }
`;

function writeRelease(tag: string, opts: ReleaseOpts = {}): void {
  const file = writePlatformApp(h.dir, `registry.example/web:${tag}`, { hpa: true, replicas: 2 });
  if (opts.workerHpa)
    appendFileSync(
      file,
      `---
apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: worker
spec:
  scaleTargetRef:
    apiVersion: apps/v1
    kind: Deployment
    name: worker
  minReplicas: 2
  maxReplicas: 4
  metrics:
    - type: Resource
      resource:
        name: cpu
        target:
          type: Utilization
          averageUtilization: 50
`,
    );
  appendFileSync(
    file,
    `---
apiVersion: v1
kind: ConfigMap
metadata:
  name: settings
data:
  mode: ${tag}
---
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: web-internal
  labels:
    release: ${tag}
spec:
  ingressClassName: internal
  rules:
    - http:
        paths:
          - path: /
            pathType: Prefix
            backend:
              service:
                name: web
                port:
                  number: 80
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: web-in
spec:
  podSelector:
    matchLabels:
      app: web
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: worker-in
spec:
  podSelector:
    matchLabels:
      app: worker
`,
  );
  if (opts.worker !== false) appendFileSync(file, workerDoc('worker', opts.worker ?? tag, opts.workerConfig));
  if (opts.worker2 !== undefined) appendFileSync(file, workerDoc('worker2', opts.worker2));
}

async function liveV1(opts: ReleaseOpts = {}): Promise<void> {
  writeRelease('v1', opts);
  const v1 = await deployWith(h, { version: 'v1', verifyWindowMs: 6_000, scaleDownDelayMs: 0 });
  expect(v1.result.result).toBe('promoted');
}

describe('an ALB canary with a whole release', () => {
  it('writes what pods read and the routes first, the live Service and HPA next, the Deployments last; the manifests’ ALB Ingress is the router’s', async () => {
    await liveV1();
    writeRelease('v2');
    const from = h.kube.requests.length;
    const state: Record<string, string> = {};
    const r = await deployWith(h, {
      version: 'v2',
      strategy: 'canary',
      canary: canary('50:0,100:0'),
      scaleDownDelayMs: 0,
      saveState: (k, v) => (state[k] = v),
    });
    expect(r.result.result).toBe('promoted');
    // What the post step needs to scale the worker's canary color down if the runner dies (it has no HPA).
    expect(JSON.parse(state['bg-workloads'] ?? '')).toEqual([{ base: 'worker', hpa: '' }]);
    expect(lines(r.timeline.events, 'apply').slice(0, 3)).toEqual([
      'info apply: dry run: the API server accepts all 12 object(s)',
      'info apply: applied 9 object(s): 2 NetworkPolicies, ConfigMap, 3 Services, 2 Ingresses, HorizontalPodAutoscaler',
      'info apply: applied 2 object(s): 2 Deployments',
    ]);
    const release = [
      'configmaps/keelson-release-web',
      'networkpolicies/web-in',
      'networkpolicies/worker-in',
      'configmaps/settings',
      'services/web-blue',
      'services/web-green',
      'ingresses/web',
      'ingresses/web-internal',
      'services/web',
      'horizontalpodautoscalers/web',
      'deployments/web-green',
      'deployments/worker-green',
    ];
    expect(dryRunsSince(from)).toEqual(release);
    expect(writesSince(from).slice(0, release.length)).toEqual(release);
    // The internal Ingress as the manifests have it; the ALB's Ingress carries the router's weights.
    expect(get('Ingress', 'web-internal')?.metadata.labels?.release).toBe('v2');
    expect(get('Ingress', 'web-internal')?.spec).toMatchObject({ ingressClassName: 'internal' });
    expect(weights()).toEqual(['web-blue=0', 'web-green=100']);
    // In-cluster clients (the live Service) follow: the next deploy reads the live color there.
    expect((get('Service', 'web')?.spec as { selector?: Record<string, string> }).selector).toEqual({
      app: 'web',
      'keelson.dev/color': 'green',
    });
    // The worker moved with the release: v2 in green, v1's blue retired with web-blue; nothing uncolored.
    expect(deployments()).toEqual([
      'web-blue 0 registry.example/web:v1',
      'web-green 3 registry.example/web:v2',
      'worker-blue 0 registry.example/worker:v1',
      'worker-green 1 registry.example/worker:v2',
    ]);
    expect(lines(r.timeline.events, 'scale-down').at(-1)).toBe(
      'info scale-down: blue scaled to 0 (web-blue, worker-blue)',
    );
  });

  it('a canary that fails its analysis puts the whole release back: config, the other Ingress, the worker, the HPA, every ALB user on stable', async () => {
    await liveV1();
    const before = {
      settings: get('ConfigMap', 'settings')?.data,
      internal: get('Ingress', 'web-internal')?.metadata.labels,
      hpa: get('HorizontalPodAutoscaler', 'web')?.spec,
    };
    writeRelease('v2');
    const r = await deployWith(h, {
      version: 'v2',
      strategy: 'canary',
      canary: canary('50,100'),
      scaleDownDelayMs: 0,
      // Healthy until it takes its first users, then every request fails.
      onEvent: (e) => {
        if (e.phase === 'step') h.kube.sim.behaviour('registry.example/web:v2', { errorRate: 1 });
      },
    });
    expect(r.result).toMatchObject({ result: 'rolled-back', liveColor: 'blue', canary: { maxWeight: 50 } });
    expect(lines(r.timeline.events, 'rollback')).toEqual([
      `error rollback: ${r.result.rollbackReason}; every user is back on blue (v1), HPA web scales web-blue as before`,
    ]);
    expect(weights()).toEqual(['web-blue=100', 'web-green=0']);
    expect(get('ConfigMap', 'settings')?.data).toEqual(before.settings);
    expect(before.settings).toEqual({ mode: 'v1' });
    expect(get('Ingress', 'web-internal')?.metadata.labels).toEqual(before.internal);
    expect(get('HorizontalPodAutoscaler', 'web')?.spec).toEqual(before.hpa);
    expect(deployments()).toEqual([
      'web-blue 3 registry.example/web:v1',
      'web-green 0 registry.example/web:v2',
      'worker-blue 1 registry.example/worker:v1',
      'worker-green 0 registry.example/worker:v2',
    ]);
  });

  it('a load balancer controller that is slow to bind the canary’s target group: a warning, then the canary goes on', async () => {
    await liveV1();
    writeRelease('v2');
    // v2 changes the ALB's health check (the controller has the stack to deploy again); the controller is down, and
    // web-green's TargetGroupBinding is gone (as after a manual clean-up): it comes back once the controller does.
    const file = join(h.dir, 'app.yaml');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace(
        'healthcheck-interval-seconds: "5"',
        'healthcheck-interval-seconds: "10"',
      ),
    );
    h.kube.sim.lbc?.pause();
    const tgbs = await h.client.list<KubeObject>('elbv2.k8s.aws/v1beta1', 'TargetGroupBinding', 'default');
    const green = tgbs.filter(
      (t) => (t.spec as { serviceRef: { name: string } }).serviceRef.name === 'web-green',
    );
    expect(green).toHaveLength(1);
    for (const t of green)
      await h.client.delete({
        apiVersion: 'elbv2.k8s.aws/v1beta1',
        kind: 'TargetGroupBinding',
        name: t.metadata.name ?? '',
        namespace: 'default',
      });
    const r = await deployWith(h, {
      version: 'v2',
      strategy: 'canary',
      canary: canary('50:0,100:0'),
      scaleDownDelayMs: 0,
      onEvent: (e) => {
        if (e.phase === 'apply' && e.level === 'warn') h.kube.sim.lbc?.resume();
      },
    });
    expect(lines(r.timeline.events, 'apply').filter((l) => l.startsWith('warn'))).toEqual([
      'warn apply: no TargetGroupBinding for web-green yet: the AWS Load Balancer Controller is slow',
    ]);
    expect(r.result).toMatchObject({ result: 'promoted', liveColor: 'green' });
    expect(weights()).toEqual(['web-blue=0', 'web-green=100']);
  });

  it('a worker with its own HPA: named in the plan, kept for the post step, scaled by its HPA on stable until the canary is promoted', async () => {
    await liveV1({ workerHpa: true });
    // Its HPA grew stable's worker to 3 pods: the canary's starts at that size.
    await h.client.patch(
      { apiVersion: 'apps/v1', kind: 'Deployment', name: 'worker-blue', namespace: 'default' },
      { spec: { replicas: 3 } },
    );
    writeRelease('v2', { workerHpa: true });
    const state: Record<string, string> = {};
    const during: (string | undefined)[] = [];
    const target = () =>
      (get('HorizontalPodAutoscaler', 'worker')?.spec as { scaleTargetRef?: { name?: string } } | undefined)
        ?.scaleTargetRef?.name;
    const r = await deployWith(h, {
      version: 'v2',
      strategy: 'canary',
      canary: canary('50:0,100:0'),
      scaleDownDelayMs: 0,
      saveState: (k, v) => (state[k] = v),
      onEvent: (e) => {
        if (e.phase === 'step') during.push(target());
      },
    });
    expect(r.result.result).toBe('promoted');
    expect(lines(r.timeline.events, 'plan')[0]).toMatch(
      /; worker-green runs beside stable's until the canary ends$/,
    );
    expect(JSON.parse(state['bg-workloads'] ?? '[]')).toEqual([{ base: 'worker', hpa: 'worker' }]);
    // On promotion both HPAs move to the canary's colors in one apply.
    expect(lines(r.timeline.events, 'apply').at(-1)).toBe(
      'info apply: applied 2 object(s): 2 HorizontalPodAutoscalers',
    );
    expect(during).toEqual(['worker-blue', 'worker-blue']);
    expect(target()).toBe('worker-green');
    expect(
      (get('HorizontalPodAutoscaler', 'web')?.spec as { scaleTargetRef?: { name?: string } }).scaleTargetRef
        ?.name,
    ).toBe('web-green');
    expect(deployments()).toEqual([
      'web-blue 0 registry.example/web:v1',
      'web-green 3 registry.example/web:v2',
      'worker-blue 0 registry.example/worker:v1',
      'worker-green 3 registry.example/worker:v2',
    ]);
  });

  it('a canary paused at a manual step and aborted by a later run: the worker’s canary color goes too', async () => {
    await liveV1();
    writeRelease('v2');
    const paused = await deployWith(h, {
      version: 'v2',
      strategy: 'canary',
      canary: canary('50:manual,100'),
      scaleDownDelayMs: 0,
    });
    expect(paused.result.result).toBe('paused');
    expect(deployments()).toContain('worker-green 1 registry.example/worker:v2');
    const r = await deployWith(h, {
      version: 'v2',
      strategy: 'canary',
      canary: canary('50:manual,100', { action: 'abort' }),
      scaleDownDelayMs: 0,
    });
    expect(r.result).toMatchObject({ result: 'rolled-back', liveColor: 'blue' });
    expect(lines(r.timeline.events, 'scale-down').at(-1)).toBe(
      'info scale-down: green scaled to 0 (web-green, worker-green)',
    );
    expect(deployments()).toEqual([
      'web-blue 3 registry.example/web:v1',
      'web-green 0 registry.example/web:v2',
      'worker-blue 1 registry.example/worker:v1',
      'worker-green 0 registry.example/worker:v2',
    ]);
    expect(weights()).toEqual(['web-blue=100', 'web-green=0']);
  });

  it('a canary paused on a Deployment named otherwise than the service refuses the other strategies', async () => {
    // One Deployment, 'api', behind Service 'web': the service input 'web' rolls out 'api' (colors api-blue/green).
    const rename = () => {
      const file = join(h.dir, 'app.yaml');
      writeFileSync(
        file,
        readFileSync(file, 'utf8')
          .replace('kind: Deployment\nmetadata:\n  name: web\n', 'kind: Deployment\nmetadata:\n  name: api\n')
          .replace('    kind: Deployment\n    name: web\n', '    kind: Deployment\n    name: api\n'),
      );
    };
    writePlatformApp(h.dir, 'registry.example/web:v1', { hpa: false, replicas: 2 });
    rename();
    expect(
      (await deployWith(h, { version: 'v1', verifyWindowMs: 6_000, scaleDownDelayMs: 0 })).result.result,
    ).toBe('promoted');
    writePlatformApp(h.dir, 'registry.example/web:v2', { hpa: false, replicas: 2 });
    rename();
    const paused = await deployWith(h, {
      version: 'v2',
      strategy: 'canary',
      canary: canary('50:manual,100'),
      scaleDownDelayMs: 0,
    });
    expect(paused.result.result).toBe('paused');
    expect(deployments()).toEqual([
      'api-blue 2 registry.example/web:v1',
      'api-green 1 registry.example/web:v2',
    ]);
    await expect(deployWith(h, { version: 'v3', strategy: 'blue-green' })).rejects.toThrow(
      'A canary of web (v2) is paused at 50%: run the deploy with strategy canary and action promote or abort first.',
    );
    expect(deployments()).toEqual([
      'api-blue 2 registry.example/web:v1',
      'api-green 1 registry.example/web:v2',
    ]);
  });

  it('the same release again changes nothing; a change to one of two workers is rolled out, both named in the plan', async () => {
    await liveV1({ worker2: 'v1' });
    writeRelease('v1', { worker2: 'v1' });
    const same = await deployWith(h, {
      version: 'v1',
      strategy: 'canary',
      canary: canary('100:0'),
      scaleDownDelayMs: 0,
    });
    expect(same.result).toMatchObject({ result: 'promoted', liveColor: 'blue', unchanged: true });
    expect(lines(same.timeline.events, 'plan')).toEqual([
      'ok plan: v1 is already live on blue: nothing to change',
    ]);

    writeRelease('v1', { worker2: 'v1.1' });
    const r = await deployWith(h, {
      version: 'v1',
      strategy: 'canary',
      canary: canary('100:0'),
      scaleDownDelayMs: 0,
    });
    expect(r.result).toMatchObject({ result: 'promoted', liveColor: 'green' });
    expect(lines(r.timeline.events, 'plan')[0]).toMatch(
      /; worker-green, worker2-green run beside stable's until the canary ends$/,
    );
    expect(deployments()).toContain('worker2-green 1 registry.example/worker2:v1.1');
  });

  it('a worker new in this release starts in the canary’s color; there is no stable one of it to retire', async () => {
    await liveV1({ worker: false });
    writeRelease('v2');
    const r = await deployWith(h, {
      version: 'v2',
      strategy: 'canary',
      canary: canary('100:0'),
      scaleDownDelayMs: 0,
    });
    expect(r.result.result).toBe('promoted');
    expect(lines(r.timeline.events, 'scale-down').at(-1)).toBe('info scale-down: blue scaled to 0');
    expect(deployments()).toEqual([
      'web-blue 0 registry.example/web:v1',
      'web-green 3 registry.example/web:v2',
      'worker-green 1 registry.example/worker:v2',
    ]);
  });

  it('after a promotion the config version the previous release’s worker reads stays (a rollback needs it)', async () => {
    await liveV1({ workerConfig: 'info' });
    const configs = () =>
      h.kube.objects
        .list('ConfigMap', 'default')
        .filter((c) => c.metadata.name?.startsWith('worker-config'))
        .map((c) => (c as { data?: Record<string, string> }).data?.level)
        .sort();
    expect(configs()).toEqual(['info']);
    writeRelease('v2', { workerConfig: 'debug' });
    const r = await deployWith(h, {
      version: 'v2',
      strategy: 'canary',
      canary: canary('100:0'),
      scaleDownDelayMs: 0,
    });
    expect(r.result.result).toBe('promoted');
    expect(configs()).toEqual(['debug', 'info']);
    writeRelease('v3', { workerConfig: 'warn' });
    const r3 = await deployWith(h, {
      version: 'v3',
      strategy: 'canary',
      canary: canary('100:0'),
      scaleDownDelayMs: 0,
    });
    expect(r3.result.result).toBe('promoted');
    // v1's version goes: neither v3 nor v2 (the previous release) reads it.
    expect(configs()).toEqual(['debug', 'warn']);
  });
});
