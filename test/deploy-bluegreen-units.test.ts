/**
 * Blue-green, as a user reads it, on the emulator's virtual clock: the timeline lines of each path (first deploy,
 * upgrade with an HPA and a worker, re-run, every failure before and after the switch, a cancel at each step,
 * changing strategy from rolling) and what each leaves in the cluster (the live Service's selector, each color's
 * replicas and images, the HPA's target, the result and the state the post step reads).
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { colored, withColor } from '../src/lib/deploy/blue-green.js';
import type { DeployRun } from '../src/lib/deploy/action.js';
import type { TimelineEvent } from '../src/lib/deploy/timeline.js';
import { ANNOTATION, LABEL } from '../src/lib/k8s/manifests.js';
import type { Deployment, KubeObject, Service } from '../src/lib/k8s/types.js';
import {
  deployWith,
  harness,
  traffic,
  writePlatformApp,
  type DeployExtras,
  type Harness,
} from './deploy/harness.js';
import type { DeployInputs } from '../src/lib/deploy/settings.js';

let h: Harness;
beforeEach(async () => {
  h = await harness();
});
afterEach(async () => h.close());

const COLOR = LABEL.color;

/**
 * The release of service `web`: its Deployment (readiness on /healthz, no preStop), its Service, a ConfigMap web
 * reads, optionally a `worker` Deployment and an HPA for web (min 2).
 */
function writeRelease(
  version: string,
  opts: {
    replicas?: number;
    worker?: boolean;
    hpa?: boolean;
    service?: boolean;
    greeting?: string;
    webImage?: string;
    workerImage?: string;
  } = {},
): void {
  const docs = [
    `apiVersion: v1
kind: ConfigMap
metadata:
  name: web-config
data:
  GREETING: ${opts.greeting ?? 'hello'}`,
    `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: ${opts.replicas ?? 2}
  progressDeadlineSeconds: 20
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
      containers:
        - name: web
          image: ${opts.webImage ?? `registry.example/web:${version}`}
          envFrom:
            - configMapRef:
                name: web-config
          ports:
            - containerPort: 8080
          readinessProbe:
            httpGet:
              path: /healthz
              port: 8080`,
  ];
  if (opts.service !== false)
    docs.push(`apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  selector:
    app: web
  ports:
    - name: http
      port: 80
      targetPort: 8080`);
  if (opts.worker)
    docs.push(`apiVersion: apps/v1
kind: Deployment
metadata:
  name: worker
spec:
  replicas: 1
  progressDeadlineSeconds: 20
  selector:
    matchLabels:
      app: worker
  template:
    metadata:
      labels:
        app: worker
    spec:
      containers:
        - name: worker
          image: ${opts.workerImage ?? `registry.example/worker:${version}`}`);
  if (opts.hpa)
    docs.push(`apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: web
spec:
  scaleTargetRef:
    apiVersion: apps/v1
    kind: Deployment
    name: web
  minReplicas: 2
  maxReplicas: 4
  metrics:
    - type: Resource
      resource:
        name: cpu
        target:
          type: Utilization
          averageUtilization: 50`);
  writeFileSync(join(h.dir, 'app.yaml'), docs.join('\n---\n') + '\n');
}

/** One HTTP check on the target, every 2 s: fails after 2 failed probes. */
const CHECKS = `
- name: healthz
  kind: http
  url: \${TARGET_URL}/healthz
  interval: 2s
  timeout: 2s
  failure-threshold: 2
`;

type Over = Partial<DeployInputs> & DeployExtras;
const deploy = (version: string, over: Over = {}): Promise<DeployRun> =>
  deployWith(h, { version, healthChecks: CHECKS, verifyWindowMs: 4_000, scaleDownDelayMs: 0, ...over });

/** v1 live on blue (with the worker and the HPA when asked), as a finished first deploy leaves it. */
async function live(
  opts: Parameters<typeof writeRelease>[1] = {},
  strategy: 'blue-green' | 'rolling' = 'blue-green',
) {
  writeRelease('v1', opts);
  const r = await deploy('v1', { strategy });
  if (r.result.result !== 'promoted')
    throw new Error(`setup: v1 was not promoted: ${r.result.rollbackReason}`);
}

const said = (r: DeployRun, ...phases: string[]): string[] =>
  r.timeline.events.filter((e) => phases.includes(e.phase)).map((e) => `${e.phase} ${e.level} ${e.message}`);
const get = <T extends KubeObject>(kind: string, name: string): T | undefined =>
  h.kube.objects.get(kind, 'default', name) as T | undefined;
const selector = (name = 'web'): Record<string, string> | undefined =>
  get<Service>('Service', name)?.spec?.selector;
const hpaTarget = (): string | undefined =>
  (get<KubeObject>('HorizontalPodAutoscaler', 'web')?.spec as { scaleTargetRef?: { name?: string } })
    ?.scaleTargetRef?.name;
/** Each Deployment as `replicas × images`. */
const deployments = (): Record<string, string> =>
  Object.fromEntries(
    (h.kube.objects.list('Deployment', 'default') as Deployment[]).map((d) => [
      d.metadata.name,
      `${d.spec?.replicas} × ${(d.spec?.template?.spec?.containers ?? []).map((c) => c.image).join(',')}`,
    ]),
  );
/** The versions of ConfigMap web-config in the cluster. */
const configs = (): string[] =>
  (h.kube.objects.list('ConfigMap', 'default') as KubeObject[])
    .map((c) => c.metadata.name ?? '')
    .filter((n) => n.startsWith('web-config'))
    .sort();
/** Calls `f` once, at the first event matching. */
const at = (phase: string, start: string, f: (e: TimelineEvent) => void) => {
  let done = false;
  return (e: TimelineEvent): void => {
    if (!done && e.phase === phase && e.message.startsWith(start)) {
      done = true;
      f(e);
    }
  };
};
const failV2 = (): void => h.kube.sim.behaviour('registry.example/web:v2', { errorRate: 1 });

describe('colored and withColor', () => {
  it('a color of a Deployment: its name, labels, selector and pod labels carry the color; the manifest is untouched', () => {
    const d: Deployment = {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'web', labels: { team: 'a' }, annotations: { note: 'x' } },
      spec: {
        replicas: 3,
        selector: { matchLabels: { app: 'web' } },
        template: { metadata: { labels: { app: 'web' }, annotations: { t: '1' } }, spec: { containers: [] } },
      },
    };
    const before = structuredClone(d);
    const g = colored(d, 'green', 'v1');
    expect(d).toEqual(before);
    expect(g.metadata).toEqual({
      name: 'web-green',
      labels: { team: 'a', [COLOR]: 'green' },
      annotations: { note: 'x', [ANNOTATION.previousVersion]: 'v1' },
    });
    expect(g.spec).toEqual({
      replicas: 3,
      selector: { matchLabels: { app: 'web', [COLOR]: 'green' } },
      template: {
        metadata: { labels: { app: 'web', [COLOR]: 'green' }, annotations: { t: '1' } },
        spec: { containers: [] },
      },
    });
    // No previous version: no annotation added.
    expect(colored(d, 'blue', undefined).metadata.annotations).toEqual({ note: 'x' });
    // A bare Deployment still gets a name, a selector and pod labels.
    const bare = colored({ apiVersion: 'apps/v1', kind: 'Deployment', metadata: {} }, 'blue', undefined);
    expect(bare.metadata).toEqual({ name: 'app-blue', labels: { [COLOR]: 'blue' } });
    expect(bare.spec).toEqual({
      selector: { matchLabels: { [COLOR]: 'blue' } },
      template: { metadata: { labels: { [COLOR]: 'blue' } } },
    });
  });

  it('a Service with a color selects it; the preview Service is a plain ClusterIP copy of its selector and ports', () => {
    const s: Service = {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name: 'web', namespace: 'prod', labels: { app: 'web' }, annotations: { a: 'b' } },
      spec: {
        type: 'LoadBalancer',
        selector: { app: 'web' },
        ports: [{ name: 'http', port: 80, targetPort: 8080, nodePort: 30080, protocol: 'TCP' }],
      } as unknown as Service['spec'],
    };
    const before = structuredClone(s);
    expect(withColor(s, 'green')).toEqual({
      ...before,
      spec: { ...before.spec, selector: { app: 'web', [COLOR]: 'green' } },
    });
    expect(withColor(s, 'blue', 'web-preview')).toEqual({
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name: 'web-preview', namespace: 'prod', labels: { app: 'web', [LABEL.track]: 'preview' } },
      spec: {
        selector: { app: 'web', [COLOR]: 'blue' },
        ports: [{ name: 'http', port: 80, targetPort: 8080 }],
        type: 'ClusterIP',
      },
    });
    expect(s).toEqual(before);
    const bare = withColor(
      { apiVersion: 'v1', kind: 'Service', metadata: { name: 'x' } },
      'blue',
      'x-preview',
    );
    expect(bare.spec).toEqual({ selector: { [COLOR]: 'blue' }, ports: [], type: 'ClusterIP' });
  });
});

describe('blue-green, as the timeline tells it', () => {
  it('a first deploy: the new color is checked through the preview Service; the live Service comes at the switch', async () => {
    writeRelease('v1', { replicas: 1 });
    const state: string[] = [];
    let before: { live?: unknown; preview?: Record<string, string> } = {};
    const r = await deploy('v1', {
      saveState: (k, v) => state.push(`${k}=${v}`),
      onEvent: at('pre-switch', 'checking', () => {
        before = { live: get('Service', 'web'), preview: selector('web-preview') };
      }),
    });
    expect(r.result).toMatchObject({ result: 'promoted', version: 'v1', liveColor: 'blue' });
    expect(r.result.previousVersion).toBeUndefined();
    expect(r.result.checks.map((c) => `${c.mode} ${c.status}`)).toEqual([
      'until-healthy passed',
      'watch passed',
    ]);
    expect(before).toEqual({ live: undefined, preview: { app: 'web', [COLOR]: 'blue' } });
    expect(said(r, 'plan', 'rollout', 'switch', 'verify', 'scale-down', 'rollback')).toEqual([
      'plan info first deploy: v1 as blue with 1 replica; users reach it through Service web',
      'rollout info web-blue: 0 of 1 updated replicas available',
      'rollout info web-blue: 1 of 1 replicas available',
      'rollout ok blue is ready (1 pod)',
      'switch info moving users to blue through Service web',
      'switch ok live Service web sends all users to blue (v1)',
      'verify info watching 1 health check(s) for 4s',
      'verify ok the check stayed healthy for 4s (2 probes)',
      'verify ok v1 passed the verify window',
    ]);
    expect(state.filter((s) => s.startsWith('bg-'))).toEqual([
      'bg-service=web',
      'bg-old-color=',
      'bg-new-color=blue',
      'bg-base=web',
      'bg-phase=switching',
      'bg-phase=switched',
      'bg-phase=verified',
      'bg-phase=done',
    ]);
    expect(selector()).toEqual({ app: 'web', [COLOR]: 'blue' });
    const preview = get<Service>('Service', 'web-preview');
    expect(preview?.metadata.labels?.[LABEL.track]).toBe('preview');
    expect(preview?.spec?.type).toBe('ClusterIP');
    expect(deployments()).toEqual({ 'web-blue': '1 × registry.example/web:v1' });
    expect(
      get<Deployment>('Deployment', 'web-blue')?.metadata.annotations?.[ANNOTATION.previousVersion],
    ).toBe(undefined);
    expect(await traffic(h, 10)).toEqual({ v1: 10 });
  });

  it('an upgrade with an HPA and a worker: both move to green, the HPA follows the switch, blue scales to 0', async () => {
    await live({ worker: true, hpa: true });
    expect(hpaTarget()).toBe('web-blue');
    writeRelease('v2', { worker: true, hpa: true });
    const state: string[] = [];
    const seen: Record<string, unknown> = {};
    const r = await deploy('v2', {
      scaleDownDelayMs: 7_000,
      saveState: (k, v) => state.push(`${k}=${v}`),
      onEvent: (e) => {
        if (e.phase === 'pre-switch' && e.message.startsWith('checking'))
          seen.pre = { hpa: hpaTarget(), live: selector(), preview: selector('web-preview') };
        if (e.phase === 'scale-down' && e.message.includes('keeps running')) seen.delayFrom = e.at;
        if (e.phase === 'scale-down' && e.message.includes('scaled to 0')) seen.delayTo = e.at;
      },
    });
    expect(r.result).toMatchObject({
      result: 'promoted',
      version: 'v2',
      previousVersion: 'v1',
      liveColor: 'green',
    });
    expect(seen.pre).toEqual({
      hpa: 'web-blue',
      live: { app: 'web', [COLOR]: 'blue' },
      preview: { app: 'web', [COLOR]: 'green' },
    });
    // Before the new colors: the config, the preview and live Services, the HPA (still on blue); after the switch, the HPA.
    expect(said(r, 'apply').filter((l) => !l.startsWith('apply info dry run'))).toEqual([
      'apply info applied 4 object(s): ConfigMap, 2 Services, HorizontalPodAutoscaler',
      'apply info applied 2 object(s): 2 Deployments',
      'apply info applied 1 object(s): HorizontalPodAutoscaler',
    ]);
    expect(said(r, 'plan', 'switch', 'scale-down')).toEqual([
      'plan info v1 is live on blue; deploying v2 as green with 2 replicas (what blue runs now: HPA web scales the live color); worker-green moves with it; users reach it through Service web',
      'switch info moving users to green through Service web',
      'switch ok live Service web sends all users to green (v2); HPA web now scales web-green',
      'scale-down info blue keeps running for 7s before it scales down',
      'scale-down info blue scaled to 0 (web-blue, worker-blue)',
    ]);
    expect(said(r, 'rollout').filter((l) => l.startsWith('rollout ok'))).toEqual([
      'rollout ok green is ready (2 pods, and worker-green)',
    ]);
    expect((seen.delayTo as number) - (seen.delayFrom as number)).toBe(7_000);
    expect(state.filter((s) => s.startsWith('bg-') && !s.startsWith('bg-phase'))).toEqual([
      'bg-service=web',
      'bg-old-color=blue',
      'bg-new-color=green',
      'bg-base=web',
      'bg-hpa=web',
      'bg-workloads=[{"base":"worker","hpa":""}]',
    ]);
    expect(hpaTarget()).toBe('web-green');
    expect(selector()).toEqual({ app: 'web', [COLOR]: 'green' });
    expect(deployments()).toEqual({
      'web-blue': '0 × registry.example/web:v1',
      'worker-blue': '0 × registry.example/worker:v1',
      'web-green': '2 × registry.example/web:v2',
      'worker-green': '1 × registry.example/worker:v2',
    });
    for (const n of ['web-green', 'worker-green'])
      expect(get<Deployment>('Deployment', n)?.metadata.annotations?.[ANNOTATION.previousVersion]).toBe('v1');
    expect(await traffic(h, 10)).toEqual({ v2: 10 });
  });

  it('re-running the live version changes nothing; another image or another config under the same version is a change', async () => {
    await live();
    h.kube.clearRequests();
    const again = await deploy('v1');
    expect(again.result).toEqual({
      result: 'promoted',
      version: 'v1',
      previousVersion: 'v1',
      liveColor: 'blue',
      unchanged: true,
      checks: [],
    });
    expect(said(again, 'plan')).toEqual(['plan ok v1 is already live on blue: nothing to change']);
    expect(h.kube.requests.filter((q) => q.method !== 'GET' && !q.path.includes('/leases'))).toEqual([]);
    // The same images and config under another version name: deployed.
    const renamed = await deploy('v1.0');
    expect(renamed.result).toMatchObject({ result: 'promoted', previousVersion: 'v1', liveColor: 'green' });
    expect(renamed.result.unchanged).toBeUndefined();
    expect(said(renamed, 'scale-down')).toEqual(['scale-down info blue scaled to 0']);
    // Same version, other config: deployed.
    writeRelease('v1', { greeting: 'bonjour' });
    const reconfigured = await deploy('v1.0');
    expect(reconfigured.result).toMatchObject({
      result: 'promoted',
      previousVersion: 'v1.0',
      liveColor: 'blue',
    });
    expect(said(reconfigured, 'plan')[0]).toMatch(
      /^plan info v1\.0 is live on green; deploying v1\.0 as blue/,
    );
    // The config green (the previous release) reads is kept beside the new one.
    expect(configs()).toHaveLength(2);
    const bonjour = (
      get<Deployment>('Deployment', 'web-blue')?.spec?.template?.spec?.containers?.[0] as {
        envFrom?: { configMapRef?: { name?: string } }[];
      }
    ).envFrom?.[0]?.configMapRef?.name;
    // Same version, same config, another image: deployed.
    writeRelease('v1', { greeting: 'bonjour', webImage: 'registry.example/web:v1-rebuilt' });
    const rebuilt = await deploy('v1.0');
    expect(rebuilt.result).toMatchObject({ result: 'promoted', liveColor: 'green' });
    expect(deployments()['web-green']).toBe('2 × registry.example/web:v1-rebuilt');
    // Both colors read the new config now: the old version is collected.
    expect(configs()).toEqual([bonjour]);
  });
});

describe('what the checks are given', () => {
  it('every variable: the namespace, the new color’s selector, the preview and live Services, the probe path, the version', async () => {
    await live();
    writeRelease('v2');
    const checks = `
- name: pods
  kind: kubernetes
  namespace: \${NAMESPACE}
  selector: \${SELECTOR}
  interval: 2s
- name: preview
  kind: http
  url: \${PREVIEW_URL}\${PROBE_PATH}?v=\${VERSION}
  interval: 2s
- name: live
  kind: http
  url: \${LIVE_URL}/
  interval: 2s
- name: target
  kind: http
  url: \${TARGET_URL}/
  interval: 2s
`;
    const r = await deploy('v2', { healthChecks: checks });
    expect(r.result.result).toBe('promoted');
    expect(r.result.checks.map((c) => [c.mode, ...c.checks.map((x) => x.target)])).toEqual([
      [
        'until-healthy',
        'pods app=web,keelson.dev/color=green in default',
        'GET k8s-service://default/web-preview:80/healthz?v=v2',
        'GET k8s-service://default/web:80/',
        'GET k8s-service://default/web-preview:80/',
      ],
      [
        'watch',
        'pods app=web,keelson.dev/color=green in default',
        'GET k8s-service://default/web-preview:80/healthz?v=v2',
        'GET k8s-service://default/web:80/',
        'GET k8s-service://default/web:80/',
      ],
    ]);
  });

  it('preview-url and live-url, when set, are where the checks go', async () => {
    await live();
    writeRelease('v2');
    const previewUrl = await h.kube.sim.serviceUrl('default', 'web-preview');
    const liveUrl = await h.kube.sim.serviceUrl('default', 'web');
    const r = await deploy('v2', { previewUrl, liveUrl });
    expect(r.result.result).toBe('promoted');
    expect(r.result.checks.map((c) => c.checks.map((x) => x.target))).toEqual([
      [`GET ${previewUrl}/healthz`],
      [`GET ${liveUrl}/healthz`],
    ]);
  });
});

describe('blue-green failures before the switch: users never leave blue', () => {
  it('a new color that never becomes ready is scaled to 0; the worker goes with it', async () => {
    await live({ worker: true });
    writeRelease('v2', { worker: true, webImage: 'registry.example/web:v2-never-ready' });
    const state: string[] = [];
    const r = await deploy('v2', { saveState: (k, v) => state.push(`${k}=${v}`) });
    const reason = r.result.rollbackReason ?? '';
    expect(reason).toMatch(/^green did not become ready: .*progress deadline exceeded/);
    expect(r.result).toEqual({
      result: 'rolled-back',
      rollbackReason: reason,
      version: 'v2',
      previousVersion: 'v1',
      liveColor: 'blue',
      checks: [],
    });
    expect(said(r, 'rollback')).toEqual([
      `rollback error ${reason}; green is scaled to 0, traffic stays on blue`,
    ]);
    expect(state).not.toContain('bg-phase=switching');
    expect(selector()).toEqual({ app: 'web', [COLOR]: 'blue' });
    expect(deployments()).toEqual({
      'web-blue': '2 × registry.example/web:v1',
      'worker-blue': '1 × registry.example/worker:v1',
      'web-green': '0 × registry.example/web:v2-never-ready',
      'worker-green': '0 × registry.example/worker:v2',
    });
  });

  it('a worker that never becomes ready is named; the config the old color reads is back', async () => {
    await live({ worker: true });
    const before = configs();
    writeRelease('v2', {
      worker: true,
      greeting: 'v2',
      workerImage: 'registry.example/worker:v2-never-ready',
    });
    const r = await deploy('v2');
    expect(r.result.result).toBe('rolled-back');
    expect(r.result.rollbackReason).toMatch(/^worker-green did not become ready: /);
    expect(selector()).toEqual({ app: 'web', [COLOR]: 'blue' });
    expect(deployments()['worker-green']).toBe('0 × registry.example/worker:v2-never-ready');
    expect(configs()).toEqual(before);
  });

  it('a first deploy that never becomes ready fails; no live Service is created', async () => {
    writeRelease('v1', { webImage: 'registry.example/web:v1-never-ready' });
    const r = await deploy('v1');
    const reason = r.result.rollbackReason ?? '';
    expect(reason).toMatch(/^blue did not become ready: /);
    expect(r.result).toEqual({
      result: 'failed',
      rollbackReason: reason,
      version: 'v1',
      liveColor: undefined,
      checks: [],
    });
    expect(said(r, 'rollback')).toEqual([
      `rollback error ${reason}; blue is scaled to 0, traffic stays on nothing`,
    ]);
    expect(get('Service', 'web')).toBeUndefined();
    expect(deployments()).toEqual({ 'web-blue': '0 × registry.example/web:v1-never-ready' });
  });

  it('failing pre-switch checks: the reason and the check result are kept', async () => {
    await live();
    writeRelease('v2');
    // Ready, then every request fails: the checks see it before the readiness probe does.
    const r = await deploy('v2', {
      readyTimeoutMs: 20_000,
      onEvent: at('rollout', 'green is ready', failV2),
    });
    expect(r.result).toMatchObject({ result: 'rolled-back', previousVersion: 'v1', liveColor: 'blue' });
    expect(r.result.rollbackReason).toMatch(/^pre-switch checks failed: /);
    expect(r.result.checks.map((c) => `${c.mode} ${c.status}`)).toEqual(['until-healthy failed']);
    expect(said(r, 'rollback')).toEqual([
      `rollback error ${r.result.rollbackReason}; green is scaled to 0, traffic stays on blue`,
    ]);
    expect(selector()).toEqual({ app: 'web', [COLOR]: 'blue' });
    expect(deployments()['web-green']).toBe('0 × registry.example/web:v2');
    expect(await traffic(h, 10)).toEqual({ v1: 10 });
  });

  it('cancelled during the pre-switch checks: nothing moved', async () => {
    await live();
    writeRelease('v2');
    const ac = new AbortController();
    const r = await deploy('v2', {
      signal: ac.signal,
      onEvent: at('pre-switch', 'checking', () => ac.abort()),
    });
    expect(r.result).toMatchObject({ result: 'rolled-back', rollbackReason: 'cancelled before the switch' });
    expect(said(r, 'switch')).toEqual([]);
    expect(selector()).toEqual({ app: 'web', [COLOR]: 'blue' });
    expect(deployments()['web-green']).toBe('0 × registry.example/web:v2');
  });

  it('a write refused after the dry run: what was written goes back, with the server’s reason', async () => {
    await live();
    writeRelease('v2');
    const r = await deploy('v2', {
      onEvent: (e) => {
        if (e.phase === 'apply' && e.message.startsWith('applied'))
          h.kube.forbid({ kind: 'Deployment', verbs: ['create', 'patch'] });
        if (e.phase === 'rollback') h.kube.allowAll();
      },
    });
    expect(r.result).toMatchObject({ result: 'rolled-back', previousVersion: 'v1', liveColor: 'blue' });
    expect(r.result.rollbackReason).toMatch(
      /^Applying Deployment\/web-green in default failed: The Kubernetes API server at \S+ does not allow patch deployments.apps "web-green"/,
    );
    expect(said(r, 'rollback')[0]).toBe(
      `rollback error ${r.result.rollbackReason}; green is scaled to 0, traffic stays on blue`,
    );
    expect(selector()).toEqual({ app: 'web', [COLOR]: 'blue' });
    h.kube.allowAll();
    expect(await traffic(h, 10)).toEqual({ v1: 10 });
  });

  it('checks that cannot see the new version: one configuration error, and blue keeps the users', async () => {
    await live();
    writeRelease('v2');
    h.kube.blockControlPlaneTo(8080);
    const rollback: string[] = [];
    const err = await deploy('v2', {
      onEvent: (e) => {
        if (e.phase === 'rollback') rollback.push(`${e.level} ${e.message}`);
      },
    }).then(
      () => undefined,
      (e: unknown) => e as Error,
    );
    expect(err?.name).toBe('ConfigurationError');
    expect(err?.message).toMatch(
      /^The Kubernetes API server cannot reach port 8080 of the pods behind Service web-preview/,
    );
    expect(rollback).toEqual([
      'error the checks cannot reach the new version; green is scaled to 0, traffic stays on blue',
    ]);
    expect(selector()).toEqual({ app: 'web', [COLOR]: 'blue' });
    expect(deployments()).toEqual({
      'web-blue': '2 × registry.example/web:v1',
      'web-green': '0 × registry.example/web:v2',
    });
  });

  it('manifests without the Service that fronts the Deployment: one line, nothing written', async () => {
    writeRelease('v1', { service: false });
    h.kube.clearRequests();
    const err = await deploy('v1').then(
      () => undefined,
      (e: unknown) => e as Error,
    );
    expect(err?.message).toBe('Blue-green needs the Service that fronts Deployment web in the manifests.');
    expect(h.kube.requests.filter((q) => q.method !== 'GET' && !q.path.includes('/leases'))).toEqual([]);
  });
});

describe('blue-green failures at and after the switch: users back on blue', () => {
  it('verify window fails: users back on blue, the HPA scales blue again, green retired; timings reported', async () => {
    await live({ hpa: true });
    writeRelease('v2', { hpa: true });
    const state: string[] = [];
    const r = await deploy('v2', {
      verifyWindowMs: 30_000,
      saveState: (k, v) => state.push(`${k}=${v}`),
      onEvent: at('verify', 'watching', failV2),
    });
    const reason = r.result.rollbackReason ?? '';
    expect(reason).toMatch(/^verify window failed: /);
    expect(r.result).toMatchObject({
      result: 'rolled-back',
      version: 'v2',
      previousVersion: 'v1',
      liveColor: 'blue',
    });
    const verify = r.result.checks[1]!;
    expect(r.result.checks.map((c) => `${c.mode} ${c.status}`)).toEqual([
      'until-healthy passed',
      'watch failed',
    ]);
    expect(r.result.detectSeconds).toBe(Math.round((verify.verdictAt - verify.firstFailureAt!) / 100) / 10);
    const back = r.timeline.events.find((e) => e.phase === 'rollback')!;
    expect(r.result.rollbackSeconds).toBe(Math.round((back.at - verify.verdictAt) / 100) / 10);
    expect(said(r, 'rollback', 'scale-down')).toEqual([
      `rollback error ${reason}; users are back on blue (v1), HPA web scales web-blue again`,
      'scale-down info green scaled to 0',
    ]);
    expect(state.at(-2)).toBe('bg-phase=rolled-back');
    expect(hpaTarget()).toBe('web-blue');
    expect(selector()).toEqual({ app: 'web', [COLOR]: 'blue' });
    expect(deployments()['web-green']).toBe('0 × registry.example/web:v2');
    expect(await traffic(h, 10)).toEqual({ v1: 10 });
  });

  it('a first deploy failing its verify window has nothing to go back to: it fails and stays', async () => {
    writeRelease('v2');
    const r = await deploy('v2', { verifyWindowMs: 30_000, onEvent: at('verify', 'watching', failV2) });
    const reason = r.result.rollbackReason ?? '';
    expect(reason).toMatch(/^verify window failed: /);
    const verify = r.result.checks[1]!;
    expect(r.result).toEqual({
      result: 'failed',
      rollbackReason: reason,
      version: 'v2',
      liveColor: 'blue',
      checks: r.result.checks,
      detectSeconds: Math.round((verify.verdictAt - verify.firstFailureAt!) / 100) / 10,
    });
    expect(said(r, 'rollback', 'scale-down')).toEqual([
      `rollback error ${reason}; nothing to switch back to on a first deploy`,
    ]);
    expect(selector()).toEqual({ app: 'web', [COLOR]: 'blue' });
    expect(deployments()).toEqual({ 'web-blue': '2 × registry.example/web:v2' });
  });

  it('cancelled during the switch: users back on blue', async () => {
    await live();
    writeRelease('v2');
    const ac = new AbortController();
    const r = await deploy('v2', {
      signal: ac.signal,
      onEvent: (e) => {
        // The switch's write fails as the run is cancelled; the API is back for the rollback.
        if (e.phase === 'switch' && e.message.startsWith('moving')) {
          h.kube.forbid({ kind: 'Service', verbs: ['patch'] });
          ac.abort();
        }
        if (e.phase === 'rollback') h.kube.allowAll();
      },
    });
    expect(r.result).toMatchObject({ result: 'rolled-back', rollbackReason: 'cancelled during the switch' });
    expect(said(r, 'rollback')).toEqual([
      'rollback error cancelled during the switch; green is scaled to 0, traffic stays on blue',
    ]);
    expect(selector()).toEqual({ app: 'web', [COLOR]: 'blue' });
    expect(deployments()['web-green']).toBe('0 × registry.example/web:v2');
    expect(await traffic(h, 10)).toEqual({ v1: 10 });
  });

  it('the switch refused by the API server: that error, and users stay on blue', async () => {
    await live();
    writeRelease('v2');
    const err = await deploy('v2', {
      onEvent: at('switch', 'moving', () => h.kube.forbid({ kind: 'Service', verbs: ['patch'] })),
    }).then(
      () => undefined,
      (e: unknown) => e as Error,
    );
    expect(err?.message).toMatch(
      /^The Kubernetes API server at \S+ does not allow patch services "web" in namespace 'default' \(403 Forbidden\)/,
    );
    expect(selector()).toEqual({ app: 'web', [COLOR]: 'blue' });
    h.kube.allowAll();
    expect(await traffic(h, 10)).toEqual({ v1: 10 });
  });

  it('checks that lose sight of the new version in the verify window: users back on blue, then the error', async () => {
    await live();
    writeRelease('v2');
    const err = await deploy('v2', {
      verifyWindowMs: 30_000,
      onEvent: at('verify', 'watching', () => h.kube.blockControlPlaneTo(8080)),
    }).then(
      () => undefined,
      (e: unknown) => e as Error,
    );
    expect(err?.name).toBe('ConfigurationError');
    expect(err?.message).toMatch(
      /^The Kubernetes API server cannot reach port 8080 of the pods behind Service web/,
    );
    expect(selector()).toEqual({ app: 'web', [COLOR]: 'blue' });
    expect(deployments()).toEqual({
      'web-blue': '2 × registry.example/web:v1',
      'web-green': '0 × registry.example/web:v2',
    });
  });

  it('the same on a first deploy: nothing to go back to, the new color stays live', async () => {
    writeRelease('v1');
    const err = await deploy('v1', {
      verifyWindowMs: 30_000,
      onEvent: at('verify', 'watching', () => h.kube.blockControlPlaneTo(8080)),
    }).then(
      () => undefined,
      (e: unknown) => e as Error,
    );
    expect(err?.name).toBe('ConfigurationError');
    expect(selector()).toEqual({ app: 'web', [COLOR]: 'blue' });
    expect(deployments()).toEqual({ 'web-blue': '2 × registry.example/web:v1' });
  });

  it('cancelled during the verify window: a rolled-back result with no detect time', async () => {
    await live();
    writeRelease('v2');
    const ac = new AbortController();
    const r = await deploy('v2', {
      verifyWindowMs: 30_000,
      signal: ac.signal,
      onEvent: at('verify', 'watching', () => ac.abort()),
    });
    expect(r.result).toMatchObject({
      result: 'rolled-back',
      rollbackReason: 'cancelled during the verify window',
    });
    expect(r.result.detectSeconds).toBeUndefined();
    expect(said(r, 'rollback')).toEqual([
      'rollback error cancelled during the verify window; users are back on blue (v1)',
    ]);
    expect(selector()).toEqual({ app: 'web', [COLOR]: 'blue' });
    expect(deployments()['web-green']).toBe('0 × registry.example/web:v2');
  });

  it('cancelled right after the switch with no verify window: users back on blue, no detect time', async () => {
    await live();
    writeRelease('v2');
    const ac = new AbortController();
    const r = await deploy('v2', {
      verifyWindowMs: 0,
      signal: ac.signal,
      onEvent: at('switch', 'live Service web sends', () => ac.abort()),
    });
    expect(r.result).toMatchObject({
      result: 'rolled-back',
      rollbackReason: 'cancelled during the verify window',
    });
    expect(r.result.detectSeconds).toBeUndefined();
    expect(r.result.checks.map((c) => c.mode)).toEqual(['until-healthy']);
    expect(said(r, 'rollback')).toEqual([
      'rollback error cancelled during the verify window; users are back on blue (v1)',
    ]);
    expect(selector()).toEqual({ app: 'web', [COLOR]: 'blue' });
    expect(deployments()['web-green']).toBe('0 × registry.example/web:v2');
  });

  it('cancelled while the old color waits to scale down: green stays live, blue goes to 0 at once', async () => {
    await live();
    writeRelease('v2');
    const ac = new AbortController();
    const r = await deploy('v2', {
      scaleDownDelayMs: 60_000,
      signal: ac.signal,
      onEvent: at('scale-down', 'blue keeps running', () => ac.abort()),
    });
    expect(r.result).toMatchObject({ result: 'promoted', liveColor: 'green' });
    const lines = r.timeline.events.filter((e) => e.phase === 'scale-down');
    expect(lines.map((e) => e.message)).toEqual([
      'blue keeps running for 60s before it scales down',
      'blue scaled to 0',
    ]);
    expect(lines[1]!.at - lines[0]!.at).toBeLessThan(60_000);
    expect(deployments()).toEqual({
      'web-blue': '0 × registry.example/web:v1',
      'web-green': '2 × registry.example/web:v2',
    });
  });
});

describe('blue-green, more of what users see', () => {
  /** A third Deployment in the release: `cron`, one replica. */
  const withCron = (version: string): void =>
    appendFileSync(
      join(h.dir, 'app.yaml'),
      `---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: cron
spec:
  replicas: 1
  progressDeadlineSeconds: 20
  selector:
    matchLabels:
      app: cron
  template:
    metadata:
      labels:
        app: cron
    spec:
      containers:
        - name: cron
          image: registry.example/cron:${version}
`,
    );
  /** Writes to the API server from request `from` on (no dry runs, leases, events): `VERB resource/name`. */
  const writes = (from: number): string[] =>
    h.kube.requests
      .slice(from)
      .filter(
        (q) =>
          q.method !== 'GET' &&
          !q.query.includes('dryRun') &&
          !q.path.includes('/leases') &&
          !q.path.includes('/events'),
      )
      .map(
        (q) =>
          `${q.method} ${q.path.split('/').slice(-2).join('/')}${q.status >= 400 ? ` (${q.status})` : ''}`,
      );

  it('one other Deployment "moves", two "move"; each is named when ready; the switch writes only the selector', async () => {
    await live({ worker: true });
    writeRelease('v2', { worker: true });
    const one = await deploy('v2');
    expect(said(one, 'plan')).toEqual([
      'plan info v1 is live on blue; deploying v2 as green with 2 replicas; worker-green moves with it; users reach it through Service web',
    ]);
    writeRelease('v3', { worker: true });
    withCron('v3');
    let mark = 0;
    const two = await deploy('v3', {
      onEvent: at('switch', 'moving', () => (mark = h.kube.requests.length)),
    });
    expect(two.result).toMatchObject({ result: 'promoted', previousVersion: 'v2', liveColor: 'blue' });
    expect(said(two, 'plan', 'rollout').filter((l) => !l.startsWith('rollout info'))).toEqual([
      'plan info v2 is live on green; deploying v3 as blue with 2 replicas; worker-blue, cron-blue move with it; users reach it through Service web',
      'rollout ok blue is ready (2 pods, and worker-blue, cron-blue)',
    ]);
    // No HPA: nothing to retarget at the switch; the live Service is patched, not applied again.
    expect(said(two, 'apply')).toEqual([
      'apply info dry run: the API server accepts all 7 object(s)',
      'apply info applied 3 object(s): ConfigMap, 2 Services',
      'apply info applied 3 object(s): 3 Deployments',
    ]);
    expect(writes(mark).slice(0, 2)).toEqual(['PATCH services/web', 'PATCH deployments/web-green']);
    expect(deployments()).toEqual({
      'cron-blue': '1 × registry.example/cron:v3',
      'web-blue': '2 × registry.example/web:v3',
      'web-green': '0 × registry.example/web:v2',
      'worker-blue': '1 × registry.example/worker:v3',
      'worker-green': '0 × registry.example/worker:v2',
    });
  });

  it('re-running the live version with only the worker’s image changed is a change', async () => {
    await live({ worker: true });
    writeRelease('v1', { worker: true, workerImage: 'registry.example/worker:v1-hotfix' });
    const r = await deploy('v1');
    expect(r.result).toMatchObject({ result: 'promoted', previousVersion: 'v1', liveColor: 'green' });
    expect(r.result.unchanged).toBeUndefined();
    expect(deployments()).toEqual({
      'web-blue': '0 × registry.example/web:v1',
      'web-green': '2 × registry.example/web:v1',
      'worker-blue': '0 × registry.example/worker:v1',
      'worker-green': '1 × registry.example/worker:v1-hotfix',
    });
  });

  it('a first deploy has no old color to keep running: no scale-down wait', async () => {
    writeRelease('v1');
    const r = await deploy('v1', { scaleDownDelayMs: 5_000 });
    expect(r.result).toMatchObject({ result: 'promoted', liveColor: 'blue' });
    expect(said(r, 'scale-down')).toEqual([]);
  });

  it('verify-window 0: no verify checks run, only the pre-switch ones are reported', async () => {
    await live();
    writeRelease('v2');
    const r = await deploy('v2', { verifyWindowMs: 0 });
    expect(r.result).toMatchObject({ result: 'promoted', liveColor: 'green' });
    expect(r.result.checks.map((c) => `${c.mode} ${c.status}`)).toEqual(['until-healthy passed']);
    expect(said(r, 'verify')).toEqual(['verify ok v2 passed the verify window']);
  });

  it('a failed upgrade puts the live Service back as it was (its selector still on blue)', async () => {
    await live();
    writeRelease('v2', { webImage: 'registry.example/web:v2-never-ready' });
    const file = join(h.dir, 'app.yaml');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace(
        'kind: Service\nmetadata:\n  name: web\n',
        'kind: Service\nmetadata:\n  name: web\n  annotations:\n    team: payments\n',
      ),
    );
    let during: string | undefined;
    const r = await deploy('v2', {
      onEvent: at('rollout', 'web-green', () => {
        during = get<Service>('Service', 'web')?.metadata.annotations?.team;
      }),
    });
    expect(r.result).toMatchObject({ result: 'rolled-back', liveColor: 'blue' });
    expect(during).toBe('payments');
    expect(get<Service>('Service', 'web')?.metadata.annotations?.team).toBeUndefined();
    expect(selector()).toEqual({ app: 'web', [COLOR]: 'blue' });
  });

  it('a failed first deploy keeps what it created besides the colors: its config and the preview Service', async () => {
    writeRelease('v1', { webImage: 'registry.example/web:v1-never-ready' });
    const r = await deploy('v1');
    expect(r.result).toMatchObject({ result: 'failed' });
    expect(said(r, 'rollback')).toEqual([
      `rollback error ${r.result.rollbackReason}; blue is scaled to 0, traffic stays on nothing`,
    ]);
    expect(configs()).toHaveLength(1);
    expect(selector('web-preview')).toEqual({ app: 'web', [COLOR]: 'blue' });
    expect(get('Service', 'web')).toBeUndefined();
  });

  it('a first deploy cancelled during the switch: the live Service is not written again, blue goes to 0', async () => {
    writeRelease('v1');
    const ac = new AbortController();
    let mark = 0;
    const r = await deploy('v1', {
      signal: ac.signal,
      onEvent: (e) => {
        // The switch's write fails as the run is cancelled; the API is back for the rollback.
        if (e.phase === 'switch' && e.message.startsWith('moving')) {
          mark = h.kube.requests.length;
          h.kube.forbid({ kind: 'Service', verbs: ['patch'] });
          ac.abort();
        }
        if (e.phase === 'rollback') h.kube.allowAll();
      },
    });
    expect(r.result).toMatchObject({ result: 'failed', rollbackReason: 'cancelled during the switch' });
    expect(said(r, 'rollback')).toEqual([
      'rollback error cancelled during the switch; blue is scaled to 0, traffic stays on nothing',
    ]);
    expect(writes(mark)).toEqual(['PATCH services/web (403)', 'PATCH deployments/web-blue']);
    expect(get('Service', 'web')).toBeUndefined();
    expect(deployments()).toEqual({ 'web-blue': '0 × registry.example/web:v1' });
  });
});

describe('rolling → blue-green', () => {
  it('the uncolored Deployment keeps the users (pinned to its pods) until the switch, then is retired', async () => {
    await live({}, 'rolling');
    writeRelease('v2');
    const state: string[] = [];
    let pinned: Record<string, string> | undefined;
    const r = await deploy('v2', {
      saveState: (k, v) => state.push(`${k}=${v}`),
      onEvent: at('pre-switch', 'checking', () => (pinned = selector())),
    });
    expect(r.result).toMatchObject({ result: 'promoted', previousVersion: 'v1', liveColor: 'blue' });
    const hash = state.find((s) => s.startsWith('bg-legacy-hash='))?.split('=')[1];
    expect(hash).toMatch(/^[0-9a-z]+$/);
    expect(pinned).toEqual({ app: 'web', 'pod-template-hash': hash });
    expect(
      said(r, 'plan', 'apply', 'switch', 'scale-down').filter(
        (l) => !l.startsWith('apply info applied') && !l.startsWith('apply info dry run'),
      ),
    ).toEqual([
      'plan info v1 is live on Deployment web (deployed without colors); deploying v2 as blue, web keeps the users until the switch with 2 replicas; users reach it through Service web',
      "apply info live Service web selects only web's current pods until the switch",
      'switch info moving users to blue through Service web',
      'switch ok live Service web sends all users to blue (v2)',
      'scale-down info web (deployed without colors) is retired',
    ]);
    expect(selector()).toEqual({ app: 'web', [COLOR]: 'blue' });
    expect(get<Service>('Service', 'web')?.metadata.labels?.[LABEL.managedBy]).toBe('keelson');
    expect(deployments()).toEqual({ 'web-blue': '2 × registry.example/web:v2' });
    expect(await traffic(h, 10)).toEqual({ v2: 10 });
  });

  it('the version the uncolored Deployment runs, deployed again with colors, is a change', async () => {
    await live({}, 'rolling');
    writeRelease('v1');
    const r = await deploy('v1');
    expect(r.result).toMatchObject({ result: 'promoted', previousVersion: 'v1', liveColor: 'blue' });
    expect(r.result.unchanged).toBeUndefined();
    expect(deployments()).toEqual({ 'web-blue': '2 × registry.example/web:v1' });
  });

  it('the pin is the pod-template-hash of the newest ReplicaSet, not of an older one', async () => {
    await live({}, 'rolling');
    writeRelease('v1', { webImage: 'registry.example/web:v1b' });
    expect((await deploy('v1b', { strategy: 'rolling' })).result.result).toBe('promoted');
    const current = (h.kube.objects.list('ReplicaSet', 'default') as KubeObject[]).find(
      (rs) =>
        rs.metadata.annotations?.['deployment.kubernetes.io/revision'] === '2' &&
        rs.metadata.ownerReferences?.[0]?.name === 'web',
    );
    const hash = current?.metadata.labels?.['pod-template-hash'];
    expect(hash).toMatch(/^[0-9a-z]+$/);
    writeRelease('v2');
    let pinned: Record<string, string> | undefined;
    const r = await deploy('v2', { onEvent: at('pre-switch', 'checking', () => (pinned = selector())) });
    expect(r.result).toMatchObject({ result: 'promoted', previousVersion: 'v1b' });
    expect(pinned).toEqual({ app: 'web', 'pod-template-hash': hash });
  });

  it('a new color failing before the switch: the Service selects the uncolored Deployment again, unpinned', async () => {
    await live({}, 'rolling');
    writeRelease('v2', { webImage: 'registry.example/web:v2-never-ready' });
    const r = await deploy('v2');
    expect(r.result).toMatchObject({ result: 'rolled-back', previousVersion: 'v1' });
    expect(r.result.liveColor).toBeUndefined();
    expect(said(r, 'rollback')).toEqual([
      `rollback error ${r.result.rollbackReason}; blue is scaled to 0, traffic stays on web`,
    ]);
    expect(selector()).toEqual({ app: 'web' });
    expect(deployments()).toEqual({
      web: '2 × registry.example/web:v1',
      'web-blue': '0 × registry.example/web:v2-never-ready',
    });
    expect(await traffic(h, 10)).toEqual({ v1: 10 });
  });

  it('a new color failing its verify window: users back on the uncolored Deployment, which kept running', async () => {
    await live({}, 'rolling');
    writeRelease('v2');
    const state: string[] = [];
    let back: Record<string, string> | undefined;
    const r = await deploy('v2', {
      verifyWindowMs: 30_000,
      saveState: (k, v) => state.push(`${k}=${v}`),
      onEvent: (e) => {
        if (e.phase === 'verify' && e.message.startsWith('watching')) failV2();
        // Users are back on web's pods (pinned to them) before the new color is retired.
        if (e.phase === 'rollback') back = selector();
      },
    });
    expect(r.result).toMatchObject({ result: 'rolled-back', previousVersion: 'v1' });
    const hash = state.find((s) => s.startsWith('bg-legacy-hash='))?.split('=')[1];
    expect(back).toEqual({ app: 'web', 'pod-template-hash': hash });
    expect(said(r, 'rollback')).toEqual([
      `rollback error ${r.result.rollbackReason}; users are back on web (v1)`,
    ]);
    expect(selector()).toEqual({ app: 'web' });
    expect(deployments()).toEqual({
      web: '2 × registry.example/web:v1',
      'web-blue': '0 × registry.example/web:v2',
    });
    expect(await traffic(h, 10)).toEqual({ v1: 10 });
  });

  it('cancelled during the switch: the Service is told to select the uncolored Deployment’s pods, then unpinned', async () => {
    await live({}, 'rolling');
    writeRelease('v2');
    const ac = new AbortController();
    let mark = 0;
    const r = await deploy('v2', {
      signal: ac.signal,
      onEvent: (e) => {
        // The switch's patch is refused as the run is cancelled; the API is back for the rollback.
        if (e.phase === 'switch' && e.message.startsWith('moving')) {
          h.kube.forbid({ kind: 'Service', verbs: ['patch'] });
          mark = h.kube.requests.length;
          ac.abort();
        }
        if (e.phase === 'rollback') h.kube.allowAll();
      },
    });
    expect(r.result).toMatchObject({ result: 'rolled-back', rollbackReason: 'cancelled during the switch' });
    const patches = h.kube.requests
      .slice(mark)
      .filter((q) => q.method === 'PATCH' && q.path.endsWith('/services/web'))
      .map((q) => `${q.status} ${q.status < 400 ? JSON.stringify(q.body) : 'refused'}`);
    expect(patches).toEqual([
      // The switch, then back to web's current pods: both refused (the API server refuses the bodies unread).
      '403 refused',
      '403 refused',
      // Once blue is gone, the Service selects web's labels only.
      `200 {"spec":{"selector":{"${COLOR}":null,"pod-template-hash":null}}}`,
    ]);
    expect(said(r, 'rollback')).toEqual([
      'rollback error cancelled during the switch; blue is scaled to 0, traffic stays on web',
    ]);
    expect(selector()).toEqual({ app: 'web' });
    expect(deployments()).toEqual({
      web: '2 × registry.example/web:v1',
      'web-blue': '0 × registry.example/web:v2',
    });
  });

  it('the Service of the manifests, changed in this release, is applied with the switch', async () => {
    await live({}, 'rolling');
    writeRelease('v2');
    const file = join(h.dir, 'app.yaml');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace(
        'kind: Service\nmetadata:\n  name: web\n',
        'kind: Service\nmetadata:\n  name: web\n  annotations:\n    team: payments\n',
      ),
    );
    const r = await deploy('v2');
    expect(r.result).toMatchObject({ result: 'promoted', liveColor: 'blue' });
    expect(get<Service>('Service', 'web')?.metadata.annotations?.team).toBe('payments');
    expect(selector()).toEqual({ app: 'web', [COLOR]: 'blue' });
  });

  it('a failed change of strategy puts the config back: only the version the uncolored Deployment reads is left', async () => {
    await live({}, 'rolling');
    const before = configs();
    writeRelease('v2', { greeting: 'bonjour', webImage: 'registry.example/web:v2-never-ready' });
    const r = await deploy('v2');
    expect(r.result).toMatchObject({ result: 'rolled-back', previousVersion: 'v1' });
    expect(configs()).toEqual(before);
  });

  it('a worker new in this release has no uncolored Deployment to retire', async () => {
    await live({}, 'rolling');
    writeRelease('v2', { worker: true });
    const r = await deploy('v2');
    expect(r.result).toMatchObject({ result: 'promoted', liveColor: 'blue' });
    expect(said(r, 'scale-down')).toEqual(['scale-down info web (deployed without colors) is retired']);
    expect(deployments()).toEqual({
      'web-blue': '2 × registry.example/web:v2',
      'worker-blue': '1 × registry.example/worker:v2',
    });
  });
});

describe('behind an ALB', () => {
  it('the checks take the ALB’s preview rule, the switch moves the target groups’ weights, blue drains then scales to 0', async () => {
    await h.close();
    h = await harness({});
    writePlatformApp(h.dir, 'registry.example/web:v1', { hpa: false });
    const first = await deploy('v1');
    expect(first.result).toMatchObject({ result: 'promoted', liveColor: 'blue' });
    writePlatformApp(h.dir, 'registry.example/web:v2', { hpa: false });
    const state: string[] = [];
    const r = await deploy('v2', { saveState: (k, v) => state.push(`${k}=${v}`) });
    expect(r.result).toMatchObject({ result: 'promoted', previousVersion: 'v1', liveColor: 'green' });
    expect(
      said(r, 'plan', 'pre-switch', 'switch', 'scale-down').filter((l) => !l.includes('health check')),
    ).toEqual([
      'plan info v1 is live on blue; deploying v2 as green with 1 replica; users reach it through ALB Ingress web',
      'pre-switch info the checks reach green through the ALB (requests with header X-Keelson-Preview), as users will',
      'pre-switch ok the check is healthy after 0ms',
      'switch info moving users to green through ALB Ingress web',
      'switch ok the ALB sends all users to green (v2)',
      'scale-down info blue has no ALB weight; 10s for requests in flight',
      'scale-down info blue scaled to 0',
    ]);
    expect(said(r, 'rollout').filter((l) => l.startsWith('rollout ok'))).toEqual([
      'rollout ok green is ready (1 pod)',
      'rollout ok every green target is healthy in its target group',
    ]);
    expect(r.result.checks[0]?.checks[0]?.target).toMatch(/^GET alb-preview:\/\/127\.0\.0\.1:\d+\/healthz$/);
    expect(r.result.checks[1]?.checks[0]?.target).toMatch(/^GET http:\/\/127\.0\.0\.1:\d+\/healthz$/);
    const restore = {
      type: 'forward',
      forwardConfig: {
        targetGroups: [
          { serviceName: 'web-blue', servicePort: '80', weight: 100 },
          { serviceName: 'web-green', servicePort: '80', weight: 0 },
        ],
      },
    };
    expect(state.filter((s) => /^bg-(action|ingress|restore-action)=/.test(s))).toEqual([
      'bg-action=alb.ingress.kubernetes.io/actions.web',
      'bg-ingress=web',
      `bg-restore-action=${JSON.stringify(restore)}`,
    ]);
    expect(deployments()).toEqual({
      'web-blue': '0 × registry.example/web:v1',
      'web-green': '1 × registry.example/web:v2',
    });
  });

  it('a new color failing its checks behind an ALB: the preview rule leaves the Ingress, all weight stays on blue', async () => {
    await h.close();
    h = await harness({});
    writePlatformApp(h.dir, 'registry.example/web:v1', { hpa: false });
    expect((await deploy('v1')).result.result).toBe('promoted');
    writePlatformApp(h.dir, 'registry.example/web:v2', { hpa: false });
    const annotations = (): Record<string, string> =>
      get<KubeObject>('Ingress', 'web')?.metadata.annotations ?? {};
    let during: string[] = [];
    const r = await deploy('v2', {
      onEvent: (e) => {
        if (e.phase === 'pre-switch' && e.message.startsWith('the checks reach')) {
          during = Object.keys(annotations()).filter((k) => k.includes('web-preview'));
          failV2();
        }
      },
    });
    expect(r.result).toMatchObject({ result: 'rolled-back', previousVersion: 'v1', liveColor: 'blue' });
    expect(r.result.rollbackReason).toMatch(/^pre-switch checks failed: /);
    expect(during.sort()).toEqual([
      'alb.ingress.kubernetes.io/actions.web-preview',
      'alb.ingress.kubernetes.io/conditions.web-preview',
    ]);
    expect(Object.keys(annotations()).filter((k) => k.includes('web-preview'))).toEqual([]);
    expect(JSON.parse(annotations()['alb.ingress.kubernetes.io/actions.web'] ?? '{}')).toEqual({
      type: 'forward',
      forwardConfig: {
        targetGroups: [
          { serviceName: 'web-blue', servicePort: '80', weight: 100 },
          { serviceName: 'web-green', servicePort: '80', weight: 0 },
        ],
      },
    });
    expect(deployments()).toEqual({
      'web-blue': '1 × registry.example/web:v1',
      'web-green': '0 × registry.example/web:v2',
    });
  });
});
