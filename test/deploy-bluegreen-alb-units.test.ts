/**
 * Blue-green behind an ALB (the AWS Load Balancer Controller of the emulator), on the virtual clock: what a
 * rollout writes and in which order, what a rollback leaves, and what happens when the controller is slow, down,
 * or refuses the weights (the switch, and the switch back).
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { join } from 'node:path';
import type { DeployRun } from '../src/lib/deploy/action.js';
import type { DeployInputs } from '../src/lib/deploy/settings.js';
import type { TimelineEvent } from '../src/lib/deploy/timeline.js';
import { LABEL } from '../src/lib/k8s/manifests.js';
import type { Deployment, KubeObject, Pod, Service } from '../src/lib/k8s/types.js';
import {
  albUrl,
  deployWith,
  harness,
  timelineLines,
  writePlatformApp,
  type DeployExtras,
  type Harness,
} from './deploy/harness.js';

let h: Harness;
beforeEach(async () => {
  h = await harness({ gates: true });
});
afterEach(async () => h.close());

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

/**
 * The platform app (Deployment, Service, ALB Ingress; an HPA when asked) plus a ConfigMap nobody mounts
 * (`web-flags`, MODE = the version) and an internal Ingress of another class that also reaches Service web.
 */
function writeRelease(version: string, opts: { hpa?: boolean; extras?: boolean } = {}): void {
  writePlatformApp(h.dir, `registry.example/web:${version}`, { hpa: opts.hpa ?? false, replicas: 1 });
  if (opts.extras === false) return;
  appendFileSync(
    join(h.dir, 'app.yaml'),
    `---
apiVersion: v1
kind: ConfigMap
metadata:
  name: web-flags
data:
  MODE: ${version}
---
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: web-internal
  annotations:
    release: ${version}
spec:
  ingressClassName: nginx
  rules:
    - host: web.internal
      http:
        paths:
          - path: /
            pathType: Prefix
            backend:
              service:
                name: web
                port:
                  number: 80
`,
  );
}

async function live(opts: Parameters<typeof writeRelease>[1] = {}): Promise<void> {
  writeRelease('v1', opts);
  const r = await deploy('v1');
  if (r.result.result !== 'promoted')
    throw new Error(`setup: v1 was not promoted: ${r.result.rollbackReason}`);
}

const COLOR = LABEL.color;
const get = <T extends KubeObject>(kind: string, name: string): T | undefined =>
  h.kube.objects.get(kind, 'default', name) as T | undefined;
const selector = (name = 'web'): Record<string, string> | undefined =>
  get<Service>('Service', name)?.spec?.selector;

/**
 * The writes Keelson sent to the API server from request `from` on (no dry runs, no lease renewals, no events):
 * `VERB resource/name`.
 */
const writes = (from = 0): string[] =>
  h.kube.requests
    .slice(from)
    .filter(
      (q) =>
        q.method !== 'GET' &&
        !q.query.includes('dryRun') &&
        !q.path.includes('/leases') &&
        !q.path.includes('/events'),
    )
    .map((q) => {
      const parts = q.path.split('/');
      return `${q.method} ${parts.slice(-2).join('/')}`;
    });

/** The weights the Ingress's weighted action gives each color's Service. */
const ingressWeights = (): Record<string, number> =>
  Object.fromEntries(
    (
      JSON.parse(get<KubeObject>('Ingress', 'web')?.metadata.annotations?.[ACTION] ?? '{}') as {
        forwardConfig?: { targetGroups?: { serviceName: string; weight: number }[] };
      }
    ).forwardConfig?.targetGroups?.map((t) => [t.serviceName, t.weight]) ?? [],
  );
const ACTION = 'alb.ingress.kubernetes.io/actions.web';

/** Sends `n` requests through the ALB, each on a new connection, and counts the versions that answered. */
async function albTraffic(n = 10): Promise<Record<string, number>> {
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

/** The readiness gates of the pods of a color. */
const gates = (color: string): string[][] =>
  (h.kube.objects.list('Pod', 'default', `${COLOR}=${color}`) as Pod[]).map((p) =>
    ((p.spec?.readinessGates as { conditionType: string }[] | undefined) ?? []).map((g) => g.conditionType),
  );

const lines = (r: DeployRun, ...phases: string[]): string[] => timelineLines(r.timeline.events, ...phases);
const failV2 = (): void => h.kube.sim.behaviour('registry.example/web:v2', { errorRate: 1 });
const hpaTarget = (): string | undefined =>
  (get<KubeObject>('HorizontalPodAutoscaler', 'web')?.spec as { scaleTargetRef?: { name?: string } })
    ?.scaleTargetRef?.name;
const lbc = () => h.kube.sim.lbc as NonNullable<typeof h.kube.sim.lbc>;

/** v2 failing its verify window (from its first probe); `also` runs at the same moment. */
const failVerify = (also: () => void = () => undefined) =>
  at('verify', 'watching', () => {
    failV2();
    also();
  });

/** Calls `f` once, at the first timeline event of `phase` whose message starts with `start`. */
function at(phase: string, start: string, f: () => void): (e: TimelineEvent) => void {
  let done = false;
  return (e) => {
    if (!done && e.phase === phase && e.message.startsWith(start)) {
      done = true;
      f();
    }
  };
}

/** The load balancer controller refuses every Ingress whose weighted action gives `service` all users. */
function refuseAllTo(service: string, times = Infinity): { refused: () => number } {
  let n = 0;
  lbc().rejectDeploy = (ing) => {
    const action = ing.metadata.annotations?.[ACTION] ?? '';
    if (!action.includes(`"serviceName":"${service}","servicePort":"80","weight":100`) || n >= times)
      return undefined;
    n++;
    return 'ValidationError: Rate exceeded (injected)';
  };
  return { refused: () => n };
}
const REFUSED =
  'the AWS Load Balancer Controller could not apply the weights of Ingress web: FailedDeployModel: Failed deploy model due to ValidationError: Rate exceeded (injected)';

describe('what an ALB blue-green writes, and in which order', () => {
  it('the manifests’ other objects, the preview Service, the backends and the ALB Ingress, other Ingresses, the live Service, then the new color', async () => {
    await live();
    writeRelease('v2');
    h.kube.clearRequests();
    const r = await deploy('v2');
    expect(r.result).toMatchObject({ result: 'promoted', previousVersion: 'v1', liveColor: 'green' });
    expect(lines(r, 'plan', 'apply')).toEqual([
      'info plan: v1 is live on blue; deploying v2 as green with 1 replica; users reach it through ALB Ingress web',
      'info apply: dry run: the API server accepts all 9 object(s)',
      'info apply: applied 7 object(s): ConfigMap, 4 Services, 2 Ingresses',
      'info apply: applied 1 object(s): Deployment',
    ]);
    expect(writes()).toEqual([
      'PATCH configmaps/keelson-release-web',
      'PATCH configmaps/web-flags',
      'PATCH services/web-preview',
      'PATCH services/web-blue',
      'PATCH services/web-green',
      'PATCH ingresses/web',
      'PATCH ingresses/web-internal',
      'PATCH services/web',
      'PATCH deployments/web-green',
      // The switch: the ALB's weights, then the live Service for in-cluster clients.
      'PATCH ingresses/web',
      'PATCH services/web',
      'PATCH deployments/web-blue',
      'PATCH configmaps/keelson-release-web',
    ]);
    expect(get<KubeObject>('ConfigMap', 'web-flags')?.data).toEqual({ MODE: 'v2' });
    expect(get<KubeObject>('Ingress', 'web-internal')?.metadata.annotations?.release).toBe('v2');
    expect(ingressWeights()).toEqual({ 'web-blue': 0, 'web-green': 100 });
    expect(selector()).toEqual({ app: 'web', [COLOR]: 'green' });
    // Blue drains for its deregistration delay (30 s, at most 10 s waited) before it goes to 0.
    const scaleDown = r.timeline.events.filter((e) => e.phase === 'scale-down');
    expect(scaleDown.map((e) => e.message)).toEqual([
      'blue has no ALB weight; 10s for requests in flight',
      'blue scaled to 0',
    ]);
    expect((scaleDown[1]?.at ?? 0) - (scaleDown[0]?.at ?? 0)).toBeGreaterThanOrEqual(10_000);
    expect(await albTraffic()).toEqual({ v2: 10 });
  });

  it('a target group without a deregistration delay: the old color goes to 0 at once', async () => {
    await live({ extras: false });
    writeRelease('v2', { extras: false });
    const file = join(h.dir, 'app.yaml');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace(
        'deregistration_delay.timeout_seconds=30',
        'deregistration_delay.timeout_seconds=0',
      ),
    );
    const r = await deploy('v2');
    expect(r.result).toMatchObject({ result: 'promoted', liveColor: 'green' });
    expect(lines(r, 'scale-down')).toEqual(['info scale-down: blue scaled to 0']);
  });

  it('a service deployed with strategy rolling behind an ALB: blue-green refuses, with what to do, and writes nothing', async () => {
    writeRelease('v1', { extras: false });
    expect((await deploy('v1', { strategy: 'rolling' })).result.result).toBe('promoted');
    writeRelease('v2', { extras: false });
    h.kube.clearRequests();
    const err = await deploy('v2').then(
      () => undefined,
      (e: unknown) => e as Error,
    );
    expect(err?.name).toBe('ConfigurationError');
    expect(err?.message).toBe(
      "Service web was deployed without colors (strategy rolling) behind ALB Ingress web: deploy once with strategy blue-green and router 'service', or keep strategy rolling.",
    );
    expect(writes()).toEqual([]);
  });

  it('a first deploy creates the TargetGroupBinding before the pods, so they wait on the target’s health', async () => {
    writeRelease('v1');
    const r = await deploy('v1');
    expect(r.result).toMatchObject({ result: 'promoted', liveColor: 'blue' });
    expect(lines(r, 'apply').filter((l) => !l.startsWith('info'))).toEqual([]);
    expect(gates('blue')).toEqual([
      [expect.stringMatching(/^target-health\.elbv2\.k8s\.aws\/k8s-default-web-blue-/)],
    ]);
  });

  it('the load balancer controller down for two minutes: the timeline says so, the pods come without the gate, the deploy still goes through', async () => {
    writeRelease('v1');
    const r = await deploy('v1', {
      onEvent: at('plan', 'first deploy', () => {
        lbc().pause();
        void h.clock.sleep(125_000).then(() => lbc().resume());
      }),
    });
    expect(r.result).toMatchObject({ result: 'promoted', liveColor: 'blue' });
    expect(lines(r, 'apply').filter((l) => !l.startsWith('info'))).toEqual([
      'warn apply: no TargetGroupBinding for web-blue yet: the AWS Load Balancer Controller is slow',
    ]);
    expect(gates('blue')).toEqual([[]]);
    expect(await albTraffic()).toEqual({ v1: 10 });
  });
});

describe('an ALB blue-green failing', () => {
  it('verify window fails: the ALB goes back to blue; the release is restored, the ALB’s Ingress as it was, the backend Services left to the router', async () => {
    await live();
    writeRelease('v2');
    // v2 also changes the ALB's success codes (which apply to blue's target group too): they go with the rollback.
    const file = join(h.dir, 'app.yaml');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace(
        'healthcheck-path: /healthz',
        'healthcheck-path: /healthz\n    alb.ingress.kubernetes.io/success-codes: "200-299"',
      ),
    );
    let mark = 0;
    const r = await deploy('v2', {
      verifyWindowMs: 30_000,
      onEvent: failVerify(() => (mark = h.kube.requests.length)),
    });
    expect(r.result).toMatchObject({ result: 'rolled-back', previousVersion: 'v1', liveColor: 'blue' });
    expect(lines(r, 'rollback', 'scale-down')).toEqual([
      `error rollback: ${r.result.rollbackReason}; users are back on blue (v1)`,
      'info scale-down: green has no ALB weight; 10s for requests in flight',
      'info scale-down: green scaled to 0',
    ]);
    // No HPA: nothing is retargeted, at the switch or back.
    expect(lines(r, 'apply')).toEqual([
      'info apply: dry run: the API server accepts all 9 object(s)',
      'info apply: applied 7 object(s): ConfigMap, 4 Services, 2 Ingresses',
      'info apply: applied 1 object(s): Deployment',
    ]);
    expect(writes(mark)).toEqual([
      'PATCH ingresses/web',
      'PATCH services/web',
      'PATCH deployments/web-green',
      // Restored, in the reverse of the apply order.
      'PATCH ingresses/web-internal',
      'PATCH ingresses/web',
      'PATCH configmaps/web-flags',
    ]);
    expect(
      get<KubeObject>('Ingress', 'web')?.metadata.annotations?.['alb.ingress.kubernetes.io/success-codes'],
    ).toBeUndefined();
    expect(get<KubeObject>('ConfigMap', 'web-flags')?.data).toEqual({ MODE: 'v1' });
    expect(get<KubeObject>('Ingress', 'web-internal')?.metadata.annotations?.release).toBe('v1');
    expect(ingressWeights()).toEqual({ 'web-blue': 100, 'web-green': 0 });
    expect(selector()).toEqual({ app: 'web', [COLOR]: 'blue' });
    expect(await albTraffic()).toEqual({ v1: 10 });
  });

  it('verify window fails with an HPA: the HPA scales blue again (the router’s objects are not restored, the HPA is retargeted)', async () => {
    await live({ hpa: true, extras: false });
    writeRelease('v2', { hpa: true, extras: false });
    let during: string | undefined;
    const r = await deploy('v2', {
      verifyWindowMs: 30_000,
      onEvent: failVerify(() => (during = hpaTarget())),
    });
    expect(r.result).toMatchObject({ result: 'rolled-back', liveColor: 'blue' });
    expect(during).toBe('web-green');
    expect(lines(r, 'rollback', 'apply').slice(-2)).toEqual([
      `error rollback: ${r.result.rollbackReason}; users are back on blue (v1), HPA web scales web-blue again`,
      'info apply: applied 1 object(s): HorizontalPodAutoscaler',
    ]);
    expect(hpaTarget()).toBe('web-blue');
  });

  it('the controller refuses the switch back twice: Keelson tries again, the third time the ALB takes it', async () => {
    await live({ extras: false });
    writeRelease('v2', { extras: false });
    let mark = 0;
    let refusals = { refused: () => 0 };
    const r = await deploy('v2', {
      verifyWindowMs: 30_000,
      onEvent: failVerify(() => {
        mark = h.kube.requests.length;
        refusals = refuseAllTo('web-blue', 2);
      }),
    });
    expect(r.result).toMatchObject({ result: 'rolled-back', liveColor: 'blue' });
    expect(refusals.refused()).toBe(2);
    expect(lines(r, 'rollback')).toEqual([
      `error rollback: ${r.result.rollbackReason}; users are back on blue (v1)`,
    ]);
    expect(writes(mark).slice(0, 4)).toEqual([
      'PATCH ingresses/web',
      'PATCH ingresses/web',
      'PATCH ingresses/web',
      'PATCH services/web',
    ]);
    expect(ingressWeights()).toEqual({ 'web-blue': 100, 'web-green': 0 });
    expect(selector()).toEqual({ app: 'web', [COLOR]: 'blue' });
    expect(await albTraffic()).toEqual({ v1: 10 });
  });

  it('the controller keeps refusing the switch back: three tries, the live Service selects blue, and the run fails — green keeps the ALB’s users and keeps running', async () => {
    await live({ extras: false });
    writeRelease('v2', { extras: false });
    let mark = 0;
    const r = await deploy('v2', {
      verifyWindowMs: 30_000,
      onEvent: failVerify(() => {
        mark = h.kube.requests.length;
        refuseAllTo('web-blue');
      }),
    });
    // Not "rolled-back": the ALB's users are still on green, and the outputs say so.
    expect(r.result).toMatchObject({
      result: 'failed',
      liveColor: 'green',
      previousVersion: 'v1',
      rollbackReason: `${r.result.rollbackReason?.split(';')[0]}; the router did not confirm users back on blue: ${REFUSED}`,
    });
    expect(r.result.rollbackReason).toMatch(/^verify window failed: /);
    expect(lines(r, 'rollback')[0]).toBe(`warn rollback: ${REFUSED}`);
    // Three tries on the Ingress, then one patch of the live Service's selector (in-cluster clients).
    expect(writes(mark).slice(0, 4)).toEqual([
      'PATCH ingresses/web',
      'PATCH ingresses/web',
      'PATCH ingresses/web',
      'PATCH services/web',
    ]);
    const patch = h.kube.requests
      .slice(mark)
      .find((q) => q.method === 'PATCH' && q.path.endsWith('/services/web'));
    expect(patch?.body).toEqual({ spec: { selector: { [COLOR]: 'blue' } } });
    expect(selector()).toEqual({ app: 'web', [COLOR]: 'blue' });
    // The ALB still sends users to green: it keeps running rather than leave them with no target.
    expect(lines(r, 'rollback', 'scale-down').slice(1)).toEqual([
      `error rollback: ${r.result.rollbackReason?.split(';')[0]}; users could not be confirmed back on blue: ${REFUSED}. green keeps running until they are`,
      'warn scale-down: green keeps running (web-green): the ALB still sends it users',
    ]);
    expect(get<Deployment>('Deployment', 'web-green')?.spec?.replicas).toBe(1);
    await h.clock.sleep(60_000);
    expect(await albTraffic(5)).toEqual({ v2: 5 });
    // The next deploy would put v3 on green, under the ALB's users: refused, with nothing written.
    writeRelease('v3', { extras: false });
    const before = h.kube.requests.length;
    await expect(deploy('v3')).rejects.toThrow(
      "The ALB still sends users to green, which the live Service web does not select (a switch back that did not take): deploying v3 there would replace what they use. Put the ALB's weights back on blue, then deploy again.",
    );
    expect(writes(before)).toEqual([]);
    expect(await albTraffic(5)).toEqual({ v2: 5 });
  });

  it('the API server refuses the switch back on the Ingress: the live Service selects blue, then that error', async () => {
    await live({ extras: false });
    writeRelease('v2', { extras: false });
    const err = await deploy('v2', {
      verifyWindowMs: 30_000,
      onEvent: failVerify(() => h.kube.forbid({ kind: 'Ingress', verbs: ['patch'] })),
    }).then(
      () => undefined,
      (e: unknown) => e as Error,
    );
    expect(err?.message).toMatch(
      /^The Kubernetes API server at \S+ does not allow patch ingresses\.networking\.k8s\.io "web" in namespace 'default' \(403 Forbidden\)/,
    );
    expect(selector()).toEqual({ app: 'web', [COLOR]: 'blue' });
    // Nothing of green was scaled down: the ALB still sends it the users.
    expect(ingressWeights()).toEqual({ 'web-blue': 0, 'web-green': 100 });
    expect(get<Deployment>('Deployment', 'web-green')?.spec?.replicas).toBe(1);
  });

  it('the controller refuses the switch: users stay on blue, green is dropped with the reason', async () => {
    await live({ extras: false });
    writeRelease('v2', { extras: false });
    let mark = 0;
    const r = await deploy('v2', {
      onEvent: at('switch', 'moving', () => {
        mark = h.kube.requests.length;
        refuseAllTo('web-green');
      }),
    });
    expect(r.result).toMatchObject({
      result: 'rolled-back',
      rollbackReason: `the switch did not take: ${REFUSED}`,
      liveColor: 'blue',
    });
    expect(lines(r, 'switch', 'rollback')).toEqual([
      'info switch: moving users to green through ALB Ingress web',
      `error rollback: the switch did not take: ${REFUSED}; green is scaled to 0, traffic stays on blue`,
    ]);
    expect(writes(mark)).toEqual([
      'PATCH ingresses/web',
      // Back on blue through the router: the weights, then the live Service.
      'PATCH ingresses/web',
      'PATCH services/web',
      'PATCH deployments/web-green',
      // The preview rule leaves the Ingress, then the Ingress is put back as it was.
      'PATCH ingresses/web',
      'PATCH ingresses/web',
    ]);
    expect(ingressWeights()).toEqual({ 'web-blue': 100, 'web-green': 0 });
    expect(selector()).toEqual({ app: 'web', [COLOR]: 'blue' });
    expect(await albTraffic()).toEqual({ v1: 10 });
  });

  it('the preview rule cannot leave the Ingress: the timeline says it stays until the next deploy', async () => {
    await live({ extras: false });
    writeRelease('v2', { extras: false });
    const r = await deploy('v2', {
      onEvent: (e) => {
        if (e.phase === 'pre-switch' && e.message.startsWith('the checks reach')) failV2();
        if (e.phase === 'rollback' && e.level === 'error')
          h.kube.denyAdmission({ kind: 'Ingress', verbs: ['patch'], message: 'change freeze' });
      },
    });
    expect(r.result).toMatchObject({ result: 'rolled-back', liveColor: 'blue' });
    expect(lines(r, 'rollback')).toEqual([
      `error rollback: ${r.result.rollbackReason}; green is scaled to 0, traffic stays on blue`,
      'warn rollback: the preview rule stays on the Ingress until the next deploy: Kubernetes API PATCH /apis/networking.k8s.io/v1/namespaces/default/ingresses/web: 400 admission webhook "validate.policy.example.com" denied the request: change freeze',
      'warn rollback: could not restore Ingress/web in default: Kubernetes API PATCH /apis/networking.k8s.io/v1/namespaces/default/ingresses/web: 400 admission webhook "validate.policy.example.com" denied the request: change freeze',
    ]);
    expect(
      Object.keys(get<KubeObject>('Ingress', 'web')?.metadata.annotations ?? {}).filter((k) =>
        k.includes('web-preview'),
      ),
    ).toEqual([
      'alb.ingress.kubernetes.io/actions.web-preview',
      'alb.ingress.kubernetes.io/conditions.web-preview',
    ]);
    expect(ingressWeights()).toEqual({ 'web-blue': 100, 'web-green': 0 });
    h.kube.allowAll();
    expect(await albTraffic()).toEqual({ v1: 10 });
    // The next deploy goes ahead: the preview rule left on the ALB (it forwards to green) is not users' traffic.
    writeRelease('v3', { extras: false });
    const next = await deploy('v3');
    expect(next.result).toMatchObject({ result: 'promoted', liveColor: 'green' });
    expect(await albTraffic()).toEqual({ v3: 10 });
  });

  it('green ready but its targets never healthy on the ALB: dropped before the switch, with the target health', async () => {
    // Without readiness gates a pod is Ready before the ALB calls its target healthy.
    await h.close();
    h = await harness({ gates: false });
    await live({ extras: false });
    writeRelease('v2', { extras: false });
    // The ALB's health checks fail from the moment green's pods are Ready.
    const r = await deploy('v2', {
      readyTimeoutMs: 30_000,
      onEvent: at('rollout', 'green is ready', failV2),
    });
    expect(r.result).toMatchObject({ result: 'rolled-back', previousVersion: 'v1', liveColor: 'blue' });
    expect(r.result.rollbackReason).toMatch(
      /^green not healthy on the ALB within 30s: 0 of 1 targets healthy \((unhealthy|draining|not registered)\)$/,
    );
    expect(lines(r, 'rollback')).toEqual([
      `error rollback: ${r.result.rollbackReason}; green is scaled to 0, traffic stays on blue`,
    ]);
    expect(r.result.checks).toEqual([]);
    expect(ingressWeights()).toEqual({ 'web-blue': 100, 'web-green': 0 });
    expect(selector()).toEqual({ app: 'web', [COLOR]: 'blue' });
    expect(await albTraffic()).toEqual({ v1: 10 });
  });
});

describe('where the checks go behind an ALB', () => {
  it('live-url, when set, is where the verify window looks (not the ALB Keelson found)', async () => {
    await live({ extras: false });
    writeRelease('v2', { extras: false });
    const alb = await albUrl(h);
    const r = await deploy('v2', { liveUrl: `${alb}/through-the-cdn` });
    expect(r.result).toMatchObject({ result: 'promoted', liveColor: 'green' });
    expect(r.result.checks.map((c) => c.checks[0]?.target)).toEqual([
      expect.stringMatching(/^GET alb-preview:\/\/127\.0\.0\.1:\d+\/healthz$/),
      `GET ${alb}/through-the-cdn/healthz`,
    ]);
  });

  it('router service with an ALB Ingress in the manifests: the Ingress is applied as written, the Service switches', async () => {
    writeRelease('v1', { extras: false });
    const r = await deploy('v1', { router: 'service' });
    expect(r.result).toMatchObject({ result: 'promoted', liveColor: 'blue' });
    expect(lines(r, 'plan')).toEqual([
      'info plan: first deploy: v1 as blue with 1 replica; users reach it through Service web',
    ]);
    const ing = get<KubeObject>('Ingress', 'web');
    expect(ing?.metadata.annotations?.[ACTION]).toBeUndefined();
    expect(JSON.stringify(ing?.spec)).toContain('"service":{"name":"web","port":{"number":80}}');
    expect(get<Service>('Service', 'web-blue')).toBeUndefined();
    expect(selector()).toEqual({ app: 'web', [COLOR]: 'blue' });
  });
});
