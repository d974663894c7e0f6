/**
 * Rolling, as a user reads it: the timeline lines of a first deploy, an upgrade, a rollback, a cancelled verify
 * window and an HPA-scaled Deployment, and the state each leaves (replicas, images, the result's timings); a write
 * or the checks failing; config versions. Blue-green → rolling: deploy-rolling-switch-units; behind an ALB:
 * deploy-rolling-alb-units.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import type { KubeObject } from '../src/lib/k8s/types.js';
import type { DeployRun } from '../src/lib/deploy/action.js';
import {
  deployWith,
  harness,
  traffic,
  writeApp,
  writePlatformApp,
  type Harness,
  clusterReads,
} from './deploy/harness.js';

let h: Harness;
const { dep } = clusterReads(() => h);
beforeEach(async () => {
  h = await harness();
});
afterEach(async () => h.close());

const said = (r: DeployRun, ...phases: string[]): string[] =>
  r.timeline.events.filter((e) => phases.includes(e.phase)).map((e) => `${e.phase} ${e.level} ${e.message}`);

const STEPS = ['plan', 'rollout', 'rollback', 'clean-up'];
/** The field managers that own `spec.replicas` of Deployment `name`. */
const replicaOwners = (name: string): string[] =>
  (
    (dep(name)?.metadata.managedFields ?? []) as {
      manager: string;
      fieldsV1?: { 'f:spec'?: Record<string, unknown> };
    }[]
  )
    .filter((m) => m.fieldsV1?.['f:spec']?.['f:replicas'] !== undefined)
    .map((m) => m.manager);
/** Pods running `image`, terminating ones included (they may still answer users). */
const podsOf = (image: string): number =>
  h.kube.objects
    .list('Pod', 'default')
    .filter((p) => (p.spec as { containers?: { image?: string }[] }).containers?.[0]?.image === image).length;

describe('rolling, as the timeline tells it', () => {
  it('a first deploy, then an upgrade: what is rolled out, from what', async () => {
    writeApp(h.dir, 'registry.example/web:v1');
    const state: string[] = [];
    const first = await deployWith(h, {
      version: 'v1',
      strategy: 'rolling',
      verifyWindowMs: 4_000,
      holder: 'run-7',
      saveState: (k, v) => state.push(`${k}=${v}`),
    });
    expect(first.result).toMatchObject({ result: 'promoted', version: 'v1' });
    expect(said(first, 'start', 'lock')).toEqual([
      'start info rolling rollout of web v1 in default',
      'lock info holding Lease keelson-web',
      'lock info released Lease keelson-web',
    ]);
    // What the post step reads if this process dies, saved before the first write; 'done' at the end.
    expect(state).toEqual([
      'lease-holder=run-7',
      'namespace=default',
      'service=web',
      'rolling-deployments=["web"]',
      'phase=done',
    ]);
    expect(h.kube.objects.get('Lease', 'default', 'keelson-web')).toBeUndefined();
    expect(first.result.previousVersion).toBeUndefined();
    expect(said(first, ...STEPS)).toEqual([
      'plan info first deploy of v1',
      'rollout info web: 0 of 2 updated replicas available',
      'rollout info web: 2 of 2 replicas available',
      'rollout ok v1 is rolled out',
    ]);
    // A first deploy records no previous spec.
    expect(dep('web')?.metadata.annotations?.['keelson.dev/previous-spec']).toBeUndefined();
    // The checks reach the Service through the API server's proxy, unless live-url says where users reach it.
    expect(first.result.checks[0]?.checks.map((c) => c.target)).toEqual([
      'pods app=web in default',
      'GET k8s-service://default/web:80/healthz',
    ]);
    const liveUrl = await h.kube.sim.serviceUrl('default', 'web');
    writeApp(h.dir, 'registry.example/web:v2');
    const second = await deployWith(h, {
      version: 'v2',
      strategy: 'rolling',
      verifyWindowMs: 4_000,
      liveUrl,
    });
    expect(second.result).toMatchObject({ result: 'promoted', version: 'v2', previousVersion: 'v1' });
    expect(second.result.checks[0]?.checks.map((c) => c.target)[1]).toBe(`GET ${liveUrl}/healthz`);
    expect(said(second, 'plan')).toEqual(['plan info rolling v1 → v2']);
    expect(said(second, 'rollout').at(-1)).toBe('rollout ok v2 is rolled out');
    expect(dep('web')?.metadata.annotations?.['keelson.dev/previous-version']).toBe('v1');
    // The previous spec recorded for the post step is v1's pod template; only Deployments carry one.
    const previous = JSON.parse(dep('web')?.metadata.annotations?.['keelson.dev/previous-spec'] ?? '{}') as {
      spec?: { containers?: { image?: string }[] };
    };
    expect(previous.spec?.containers?.[0]?.image).toBe('registry.example/web:v1');
    expect(
      h.kube.objects.get('Service', 'default', 'web')?.metadata.annotations?.['keelson.dev/previous-spec'],
    ).toBe(undefined);
    expect(await traffic(h)).toEqual({ v2: 40 });
  });

  it('a rollback says why, what it restores and that the previous version serves again', async () => {
    writeApp(h.dir, 'registry.example/web:v1');
    await deployWith(h, { version: 'v1', strategy: 'rolling', verifyWindowMs: 4_000 });
    writeApp(h.dir, 'registry.example/web:v2-crashloop', { progressDeadlineSeconds: 600 });
    const r = await deployWith(h, { version: 'v2', strategy: 'rolling', readyTimeoutMs: 600_000 });
    expect(r.result).toMatchObject({
      result: 'rolled-back',
      version: 'v2',
      previousVersion: 'v1',
      checks: [],
    });
    expect(r.result.detectSeconds).toBeUndefined();
    expect(r.result.rollbackSeconds).toBeGreaterThanOrEqual(0);
    const reason = r.result.rollbackReason ?? '';
    expect(reason).toMatch(/^web did not finish rolling out: pod web-\S+ container web is CrashLoopBackOff/);
    expect(said(r, 'rollback')).toEqual([
      `rollback error ${reason}; restoring v1 (every object the rollout changed)`,
      'rollback ok v1 is serving again',
    ]);
    expect(dep('web')?.spec?.template?.spec?.containers?.[0]?.image).toBe('registry.example/web:v1');
    // The restore is v1's apply again, replicas included: the count stays Keelson's, as before.
    expect(replicaOwners('web')).toContain('keelson');
  });

  it('cancelled during the verify window: v1 goes back and serves every user', async () => {
    writeApp(h.dir, 'registry.example/web:v1');
    await deployWith(h, { version: 'v1', strategy: 'rolling', verifyWindowMs: 4_000 });
    writeApp(h.dir, 'registry.example/web:v2');
    const ac = new AbortController();
    const r = await deployWith(h, {
      version: 'v2',
      strategy: 'rolling',
      verifyWindowMs: 60_000,
      signal: ac.signal,
      onEvent: (e) => {
        if (e.phase === 'verify' && e.message.startsWith('watching')) ac.abort();
      },
    });
    expect(r.result).toMatchObject({
      result: 'rolled-back',
      rollbackReason: 'cancelled during the verify window',
      previousVersion: 'v1',
    });
    expect(r.result.checks.map((c) => c.status)).toEqual(['cancelled']);
    expect(r.result.detectSeconds).toBeUndefined();
    expect(said(r, 'rollback')).toEqual([
      'rollback error cancelled during the verify window; restoring v1 (every object the rollout changed)',
      'rollback ok v1 is serving again',
    ]);
    expect(await traffic(h)).toEqual({ v1: 40 });
  });

  it('an HPA in the manifests takes the replicas over: Keelson says so and never writes them again', async () => {
    writeApp(h.dir, 'registry.example/web:v1', { replicas: 2 });
    await deployWith(h, { version: 'v1', strategy: 'rolling', verifyWindowMs: 4_000 });
    writePlatformApp(h.dir, 'registry.example/web:v2', { ingress: false, replicas: 2, minReplicas: 3 });
    const r = await deployWith(h, { version: 'v2', strategy: 'rolling', verifyWindowMs: 4_000 });
    expect(r.result).toMatchObject({ result: 'promoted', previousVersion: 'v1' });
    expect(said(r, 'plan')).toEqual([
      'plan info rolling v1 → v2; HPA web scales web, its replicas are left to it',
    ]);
    expect(said(r, 'apply')).toContain('apply info web: replicas handed over to the HPA at 2');
    // The HPA now owns the count: it raises it to its minimum, and Keelson's write did not fight it.
    expect(replicaOwners('web')).not.toContain('keelson');
    await h.clock.sleep(60_000);
    expect(dep('web')?.spec?.replicas).toBe(3);
  });

  it('an HPA someone added in the cluster (not in the manifests) keeps the replicas too', async () => {
    writePlatformApp(h.dir, 'registry.example/web:v1', { hpa: false, ingress: false, replicas: 2 });
    await deployWith(h, { version: 'v1', strategy: 'rolling', verifyWindowMs: 4_000 });
    await h.client.create({
      apiVersion: 'autoscaling/v2',
      kind: 'HorizontalPodAutoscaler',
      metadata: { name: 'web-hpa', namespace: 'default' },
      spec: {
        scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'web' },
        minReplicas: 3,
        maxReplicas: 5,
        metrics: [
          {
            type: 'Resource',
            resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 50 } },
          },
        ],
      },
    } as KubeObject);
    await h.clock.sleep(30_000);
    expect(dep('web')?.spec?.replicas).toBe(3);
    writePlatformApp(h.dir, 'registry.example/web:v2', { hpa: false, ingress: false, replicas: 2 });
    const r = await deployWith(h, { version: 'v2', strategy: 'rolling', verifyWindowMs: 4_000 });
    expect(r.result).toMatchObject({ result: 'promoted', previousVersion: 'v1' });
    expect(said(r, 'plan')).toEqual([
      'plan info rolling v1 → v2; HPA web-hpa scales web, its replicas are left to it',
    ]);
    expect(dep('web')?.spec?.replicas).toBe(3);
    expect(replicaOwners('web')).not.toContain('keelson');
  });
  it('a first deploy that never becomes ready fails with nothing to restore, and says so', async () => {
    writeApp(h.dir, 'registry.example/web:v1-never-ready', { progressDeadlineSeconds: 15 });
    const r = await deployWith(h, { version: 'v1', strategy: 'rolling' });
    expect(r.result).toMatchObject({ result: 'failed', version: 'v1', checks: [] });
    const reason = r.result.rollbackReason ?? '';
    expect(reason).toMatch(/^web did not finish rolling out: .*progress deadline exceeded/);
    expect(said(r, 'rollback')).toEqual([`rollback error ${reason}; nothing to restore on a first deploy`]);
    expect(r.result.rollbackSeconds).toBeUndefined();
  });

  it('the version already live with the same images: nothing is written, and the timeline says why', async () => {
    writeApp(h.dir, 'registry.example/web:v1');
    await deployWith(h, { version: 'v1', strategy: 'rolling', verifyWindowMs: 4_000 });
    const again = await deployWith(h, { version: 'v1', strategy: 'rolling', verifyWindowMs: 4_000 });
    expect(again.result).toEqual({
      result: 'promoted',
      version: 'v1',
      previousVersion: 'v1',
      unchanged: true,
      checks: [],
    });
    expect(said(again, 'plan')).toEqual(['plan ok v1 is already live: nothing to change']);
    // Same version name, another image: that is a change, rolled out.
    writeApp(h.dir, 'registry.example/web:v1-rebuilt');
    const rebuilt = await deployWith(h, { version: 'v1', strategy: 'rolling', verifyWindowMs: 4_000 });
    expect(rebuilt.result.unchanged).toBeUndefined();
    expect(said(rebuilt, 'plan')).toEqual(['plan info rolling v1 → v1']);
  });
  it('errors in the verify window: rolled back, with how long detecting and restoring took', async () => {
    const v2PodsAtServingAgain: number[] = [];
    writeApp(h.dir, 'registry.example/web:v1');
    await deployWith(h, { version: 'v1', strategy: 'rolling', verifyWindowMs: 4_000 });
    writeApp(h.dir, 'registry.example/web:v2');
    const r = await deployWith(h, {
      version: 'v2',
      strategy: 'rolling',
      verifyWindowMs: 60_000,
      onEvent: (e) => {
        if (e.phase === 'verify' && e.message.startsWith('watching'))
          h.kube.sim.behaviour('registry.example/web:v2', { errorRate: 0.5 });
        if (e.message === 'v1 is serving again') v2PodsAtServingAgain.push(podsOf('registry.example/web:v2'));
      },
    });
    expect(r.result).toMatchObject({ result: 'rolled-back', previousVersion: 'v1' });
    expect(r.result.rollbackReason).toMatch(/^verify window failed: /);
    expect(r.result.checks.map((c) => c.status)).toEqual(['failed']);
    // "Serving again" is said once the rejected version's pods have drained and exited, not before.
    expect(v2PodsAtServingAgain).toEqual([0]);
    expect(r.result.rollbackSeconds).toBeLessThan(30);
    const verify = r.result.checks[0]!;
    expect(r.result.detectSeconds).toBe(Math.round((verify.verdictAt - verify.firstFailureAt!) / 100) / 10);
    expect(r.result.detectSeconds).toBeGreaterThan(0);
    expect(r.result.rollbackSeconds).toBeGreaterThan(0);
    expect(said(r, 'rollback').at(-1)).toBe('rollback ok v1 is serving again');
    expect(await traffic(h)).toEqual({ v1: 40 });
  });
});

describe('rolling, when a write or the checks fail', () => {
  it('a write the dry run accepted fails after all: what was written goes back, and the reason names the object', async () => {
    writeApp(h.dir, 'registry.example/web:v1');
    await deployWith(h, { version: 'v1', strategy: 'rolling', verifyWindowMs: 4_000 });
    writeApp(h.dir, 'registry.example/web:v2');
    const r = await deployWith(h, {
      version: 'v2',
      strategy: 'rolling',
      onEvent: (e) => {
        // After the dry run, RBAC loses the Service (the Deployment is written first); back for the restore.
        if (e.phase === 'apply' && e.message.startsWith('dry run')) h.kube.forbid({ kind: 'Service' });
        if (e.phase === 'rollback') h.kube.allowAll();
      },
    });
    expect(r.result).toMatchObject({
      result: 'rolled-back',
      version: 'v2',
      previousVersion: 'v1',
      checks: [],
    });
    const reason = r.result.rollbackReason ?? '';
    expect(reason).toMatch(/^Applying Service\/web in default failed: .*forbidden/i);
    // Nothing was rolled out or verified: the rollback is the first thing after the apply.
    expect(said(r, 'rollback', 'rollout', 'verify').slice(0, 1)).toEqual([
      `rollback error ${reason}; restoring v1 (every object the rollout changed)`,
    ]);
    expect(said(r, 'rollback').at(-1)).toBe('rollback ok v1 is serving again');
    expect(dep('web')?.spec?.template?.spec?.containers?.[0]?.image).toBe('registry.example/web:v1');
    expect(await traffic(h)).toEqual({ v1: 40 });
  });

  it('checks that cannot reach the new version: v1 is put back, then the configuration error is the one line', async () => {
    writeApp(h.dir, 'registry.example/web:v1');
    await deployWith(h, { version: 'v1', strategy: 'rolling', verifyWindowMs: 4_000 });
    // The control plane cannot dial the pods' port: checks through the service proxy see nothing.
    h.kube.blockControlPlaneTo(8080);
    writeApp(h.dir, 'registry.example/web:v2');
    const events: string[] = [];
    const err = await deployWith(h, {
      version: 'v2',
      strategy: 'rolling',
      onEvent: (e) => events.push(`${e.phase} ${e.level} ${e.message}`),
    }).then(
      () => undefined,
      (e: unknown) => e as Error,
    );
    expect(err?.name).toBe('ConfigurationError');
    expect(err?.message).toMatch(
      /^The Kubernetes API server cannot reach port 8080 of the pods behind Service web /,
    );
    expect(events.filter((l) => l.startsWith('rollback'))).toEqual([
      'rollback error the checks cannot reach the new version; restoring v1 (every object the rollout changed)',
      'rollback ok v1 is serving again',
    ]);
    expect(dep('web')?.spec?.template?.spec?.containers?.[0]?.image).toBe('registry.example/web:v1');
  });

  it('a restore the API server refuses is no rollback: failed, and the timeline names what was not restored', async () => {
    writeApp(h.dir, 'registry.example/web:v1');
    await deployWith(h, { version: 'v1', strategy: 'rolling', verifyWindowMs: 4_000 });
    writeApp(h.dir, 'registry.example/web:v2');
    const r = await deployWith(h, {
      version: 'v2',
      strategy: 'rolling',
      verifyWindowMs: 30_000,
      onEvent: (e) => {
        if (e.phase === 'verify' && e.message.startsWith('watching'))
          h.kube.sim.behaviour('registry.example/web:v2', { errorRate: 1 });
        if (e.phase === 'rollback' && e.level === 'error') h.kube.forbid({ kind: 'Deployment' });
      },
    });
    expect(r.result).toMatchObject({ result: 'failed', version: 'v2', previousVersion: 'v1' });
    expect(r.result.rollbackReason).toMatch(/^verify window failed: /);
    const lines = said(r, 'rollback');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/^rollback warn could not restore Deployment\/web in default: .*forbidden/i);
    expect(dep('web')?.spec?.template?.spec?.containers?.[0]?.image).toBe('registry.example/web:v2');
  });

  it('a previous version that does not come back: failed, saying which Deployment did not recover', async () => {
    writeApp(h.dir, 'registry.example/web:v1', { progressDeadlineSeconds: 20 });
    await deployWith(h, { version: 'v1', strategy: 'rolling', verifyWindowMs: 4_000 });
    writeApp(h.dir, 'registry.example/web:v2', { progressDeadlineSeconds: 20 });
    const r = await deployWith(h, {
      version: 'v2',
      strategy: 'rolling',
      verifyWindowMs: 30_000,
      onEvent: (e) => {
        // v2 fails its verify window, and v1's new pods (its old ones are gone) never get Ready.
        if (e.phase === 'verify' && e.message.startsWith('watching')) {
          h.kube.sim.behaviour('registry.example/web:v2', { errorRate: 1 });
          h.kube.sim.behaviour('registry.example/web:v1', { neverReady: true });
        }
      },
    });
    expect(r.result).toMatchObject({ result: 'failed', version: 'v2', previousVersion: 'v1' });
    const lines = said(r, 'rollback');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/^rollback error web did not recover: /);
  });

  it('a rollback of a Deployment an HPA scales leaves the count to the HPA', async () => {
    writePlatformApp(h.dir, 'registry.example/web:v1', { ingress: false, minReplicas: 3 });
    await deployWith(h, { version: 'v1', strategy: 'rolling', verifyWindowMs: 4_000 });
    await h.clock.sleep(30_000);
    expect(dep('web')?.spec?.replicas).toBe(3);
    writePlatformApp(h.dir, 'registry.example/web:v2-crashloop', { ingress: false, minReplicas: 3 });
    const r = await deployWith(h, { version: 'v2', strategy: 'rolling' });
    expect(r.result).toMatchObject({ result: 'rolled-back', previousVersion: 'v1' });
    expect(dep('web')?.spec?.replicas).toBe(3);
    expect(dep('web')?.spec?.template?.spec?.containers?.[0]?.image).toBe('registry.example/web:v1');
    // Neither the apply nor the restore took the count: the next change of the HPA's is not fought.
    expect(replicaOwners('web')).not.toContain('keelson');
  });
});

describe('rolling a workload without a Service', () => {
  it('a queue worker (no Service): rolled out and checked by its pods, no URL to reach', async () => {
    writeFileSync(
      join(h.dir, 'app.yaml'),
      `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 2
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
          image: registry.example/web:v1
`,
    );
    const checks = `
- name: pods
  kind: kubernetes
  namespace: \${NAMESPACE}
  selector: \${SELECTOR}
  interval: 2s
  failure-threshold: 2
`;
    const r = await deployWith(h, {
      version: 'v1',
      strategy: 'rolling',
      verifyWindowMs: 4_000,
      healthChecks: checks,
    });
    expect(r.result).toMatchObject({ result: 'promoted', version: 'v1' });
    expect(r.result.checks[0]?.checks.map((c) => c.target)).toEqual(['pods app=web in default']);
    expect(said(r, 'plan')).toEqual(['plan info first deploy of v1']);
    expect(dep('web')?.spec?.replicas).toBe(2);
  });
});

describe('rolling, config versions', () => {
  /** web reading ConfigMap web-config (GREETING=`greeting`) as its environment. */
  function writeAppWithConfig(image: string, greeting: string): void {
    writeFileSync(
      join(h.dir, 'app.yaml'),
      readFileSync(writeApp(h.dir, image), 'utf8')
        .replace(
          '          ports:\n',
          '          envFrom:\n            - configMapRef:\n                name: web-config\n          ports:\n',
        )
        .replace('GREETING: hello', `GREETING: ${greeting}`),
    );
  }
  const configs = (): string[] =>
    h.kube.objects
      .list('ConfigMap', 'default')
      .filter((c) => c.metadata.labels?.['keelson.dev/config-of'] === 'web-config')
      .map((c) => (c as { data?: Record<string, string> }).data?.GREETING ?? '')
      .sort();

  it("after a verified rollout, the previous release's config version stays and older ones go", async () => {
    for (const [v, greeting] of [
      ['v1', 'one'],
      ['v2', 'two'],
    ]) {
      writeAppWithConfig('registry.example/web:v1', greeting!);
      const r = await deployWith(h, { version: v, strategy: 'rolling', verifyWindowMs: 4_000 });
      expect(r.result.result).toBe('promoted');
    }
    // v1's config stays: a rollback to v1 (or the post step) still finds what it reads.
    expect(configs()).toEqual(['one', 'two']);
    writeAppWithConfig('registry.example/web:v1', 'three');
    const third = await deployWith(h, { version: 'v3', strategy: 'rolling', verifyWindowMs: 4_000 });
    expect(third.result.result).toBe('promoted');
    expect(configs()).toEqual(['three', 'two']);
  });
});
