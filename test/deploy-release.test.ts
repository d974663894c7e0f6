/**
 * A rollout is a release, not one Deployment: a worker and the config both read move with the service, a failure
 * puts every object back as it was, and a verified rollout cleans up config versions (and, with prune, what
 * left the manifests).
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { writeFileSync } from 'node:fs';
import http from 'node:http';
import { join } from 'node:path';
import { LABEL } from '../src/lib/k8s/manifests.js';
import type { KubeObject } from '../src/lib/k8s/types.js';
import { APPLYSET, applySetId } from '../src/lib/deploy/release.js';
import { reconcile } from '../src/lib/deploy/post.js';
import { deployWith, harness, traffic, type Harness } from './deploy/harness.js';

let h: Harness;
beforeEach(async () => {
  h = await harness();
});
afterEach(async () => h.close());

/**
 * The service `web` and a `worker` Deployment, both reading ConfigMap `web-config` (web: as env and as a volume;
 * the worker: envFrom), an HPA for web, and optionally a PodDisruptionBudget for the worker.
 */
function writeRelease(
  version: string,
  greeting: string,
  opts: { pdb?: boolean; webImage?: string } = {},
): void {
  const docs = [
    `apiVersion: v1
kind: ConfigMap
metadata:
  name: web-config
data:
  GREETING: ${greeting}`,
    `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 2
  progressDeadlineSeconds: 60
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
          env:
            - name: GREETING
              valueFrom:
                configMapKeyRef:
                  name: web-config
                  key: GREETING
          volumeMounts:
            - name: config
              mountPath: /etc/web
          readinessProbe:
            httpGet:
              path: /healthz
              port: 8080
      volumes:
        - name: config
          configMap:
            name: web-config`,
    `apiVersion: apps/v1
kind: Deployment
metadata:
  name: worker
spec:
  replicas: 1
  progressDeadlineSeconds: 60
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
          image: registry.example/worker:${version}
          envFrom:
            - configMapRef:
                name: web-config`,
    `apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  selector:
    app: web
  ports:
    - name: http
      port: 80
      targetPort: 8080`,
  ];
  if (opts.pdb)
    docs.push(`apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  name: worker
spec:
  maxUnavailable: 1
  selector:
    matchLabels:
      app: worker`);
  writeFileSync(join(h.dir, 'app.yaml'), docs.join('\n---\n') + '\n');
}

/** What the release is in the cluster: every object Keelson manages, without status and server-owned fields. */
function releaseState(): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const kind of [
    'Deployment',
    'ConfigMap',
    'Secret',
    'Service',
    'HorizontalPodAutoscaler',
    'PodDisruptionBudget',
  ]) {
    for (const o of h.kube.objects.list(kind, 'default') as KubeObject[]) {
      if (o.metadata.labels?.[LABEL.managedBy] !== 'keelson') continue;
      const { metadata, status: _s, ...rest } = structuredClone(o) as KubeObject & { status?: unknown };
      const annotations = { ...metadata.annotations };
      delete annotations['deployment.kubernetes.io/revision']; // the Deployment controller's
      out[`${kind}/${metadata.name}`] = { labels: metadata.labels, annotations, ...rest };
    }
  }
  return out;
}

/** GET /config from `n` new connections to the live Service: the GREETING each pod has as env and as a file. */
async function configs(n = 10): Promise<Record<string, number>> {
  const url = new URL(await h.kube.sim.serviceUrl('default', 'web'));
  const counts: Record<string, number> = {};
  for (let i = 0; i < n; i++) {
    const body = await new Promise<string>((resolve, reject) => {
      http
        .get({ host: url.hostname, port: url.port, path: '/config', agent: false }, (res) => {
          let b = '';
          res.on('data', (c: Buffer) => (b += c.toString()));
          res.on('end', () => resolve(b));
        })
        .on('error', reject);
    });
    const c = JSON.parse(body) as {
      version: string;
      env?: Record<string, string>;
      files?: Record<string, string>;
    };
    const key = `${c.version} env=${c.env?.GREETING} file=${c.files?.['/etc/web/GREETING']}`;
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
}

/** The images of the running (not terminating) pods of `app`. */
function podImages(app: string): string[] {
  return (h.kube.objects.list('Pod', 'default') as KubeObject[])
    .filter((p) => p.metadata.labels?.app === app && !p.metadata.deletionTimestamp)
    .map((p) => (p.spec as { containers: { image: string }[] }).containers[0].image)
    .sort();
}

async function v1(strategy: 'rolling' | 'blue-green', opts: { pdb?: boolean } = {}): Promise<void> {
  writeRelease('v1', 'hello-from-v1', opts);
  const r = await deployWith(h, { version: 'v1', strategy, verifyWindowMs: 6_000, scaleDownDelayMs: 0 });
  if (r.result.result !== 'promoted')
    throw new Error(`setup: v1 was not promoted: ${r.result.rollbackReason}`);
}

/** v2 fails its verify window: every request errors once it took the users. */
async function failingV2(strategy: 'rolling' | 'blue-green', opts: { pdb?: boolean } = {}) {
  writeRelease('v2', 'hello-from-v2', opts);
  return deployWith(h, {
    version: 'v2',
    strategy,
    verifyWindowMs: 30_000,
    onEvent: (e) => {
      if (e.phase === 'verify' && e.message.startsWith('watching'))
        h.kube.sim.behaviour('registry.example/web:v2', { errorRate: 1 });
    },
  });
}

describe.each(['blue-green', 'rolling'] as const)('%s: a rollback restores the whole release', (strategy) => {
  it('worker + ConfigMap (env and volume), v2 fails: every object equals its pre-deploy state, pods echo v1 config', async () => {
    await v1(strategy, { pdb: true });
    const before = releaseState();
    expect(await configs()).toEqual({ 'v1 env=hello-from-v1 file=hello-from-v1': 10 });

    const r = await failingV2(strategy, { pdb: true });
    expect(r.result).toMatchObject({ result: 'rolled-back', previousVersion: 'v1' });
    expect(r.result.rollbackReason).toMatch(/^verify window failed/);

    const after = releaseState();
    // What existed before is as it was; blue-green keeps the rejected color, at 0 replicas, and nothing else.
    for (const k of Object.keys(before)) expect([k, after[k]]).toEqual([k, before[k]]);
    const added = Object.keys(after).filter((k) => !(k in before));
    if (strategy === 'blue-green') {
      expect(added.sort()).toEqual(['Deployment/web-green', 'Deployment/worker-green']);
      for (const k of added) expect(after[k]).toMatchObject({ spec: { replicas: 0 } });
    } else expect(added).toEqual([]);

    await h.clock.sleep(3_000);
    expect(await configs()).toEqual({ 'v1 env=hello-from-v1 file=hello-from-v1': 10 });
    expect(await traffic(h)).toEqual({ v1: 40 });
    expect(podImages('worker')).toEqual(['registry.example/worker:v1']);
  });

  it('v2 is promoted with its own config version; the previous one is kept, older ones are deleted', async () => {
    await v1(strategy);
    const versions = (): string[] =>
      (h.kube.objects.list('ConfigMap', 'default') as KubeObject[])
        .filter((c) => c.metadata.labels?.['keelson.dev/config-of'] === 'web-config')
        .map((c) => (c as KubeObject & { data: { GREETING: string } }).data.GREETING)
        .sort();
    expect(versions()).toEqual(['hello-from-v1']);
    for (const [v, greeting] of [
      ['v2', 'hello-from-v2'],
      ['v3', 'hello-from-v3'],
    ]) {
      writeRelease(v, greeting);
      const r = await deployWith(h, { version: v, strategy, verifyWindowMs: 6_000, scaleDownDelayMs: 0 });
      expect(r.result.result).toBe('promoted');
    }
    expect(versions()).toEqual(['hello-from-v2', 'hello-from-v3']);
    await h.clock.sleep(3_000);
    expect(await configs()).toEqual({ 'v3 env=hello-from-v3 file=hello-from-v3': 10 });
    // No unversioned copy is written: the manifests' name only lives on as the label.
    expect(h.kube.objects.get('ConfigMap', 'default', 'web-config')).toBeUndefined();
  });

  it('prune deletes members that left the manifests after a verified rollout, never on failure', async () => {
    await v1(strategy, { pdb: true });
    const id = applySetId('keelson-release-web', 'default');
    const parent = h.kube.objects.get('ConfigMap', 'default', 'keelson-release-web');
    expect(parent?.metadata.labels?.[APPLYSET.id]).toBe(id);
    expect(parent?.metadata.annotations?.[APPLYSET.groupKinds]).toBe(
      'ConfigMap,Deployment.apps,PodDisruptionBudget.policy,Service',
    );
    expect(
      h.kube.objects.get('PodDisruptionBudget', 'default', 'worker')?.metadata.labels?.[APPLYSET.partOf],
    ).toBe(id);

    // The PDB leaves the manifests, but v2 fails: nothing is pruned.
    const failed = await failingV2(strategy);
    expect(failed.result.result).toBe('rolled-back');
    expect(h.kube.objects.get('PodDisruptionBudget', 'default', 'worker')).toBeDefined();

    // Without prune a verified rollout leaves it too; with prune it goes, and the parent lists what is left.
    h.kube.sim.behaviour('registry.example/web:v2', { errorRate: 0 });
    writeRelease('v2', 'hello-from-v2');
    const kept = await deployWith(h, { version: 'v2', strategy, verifyWindowMs: 6_000, scaleDownDelayMs: 0 });
    expect(kept.result.result).toBe('promoted');
    expect(h.kube.objects.get('PodDisruptionBudget', 'default', 'worker')).toBeDefined();
    writeRelease('v3', 'hello-from-v3');
    const pruned = await deployWith(h, {
      version: 'v3',
      strategy,
      prune: true,
      verifyWindowMs: 6_000,
      scaleDownDelayMs: 0,
    });
    expect(pruned.result.result).toBe('promoted');
    expect(h.kube.objects.get('PodDisruptionBudget', 'default', 'worker')).toBeUndefined();
    expect(pruned.timeline.events.filter((e) => e.phase === 'prune').map((e) => e.message)).toContain(
      'deleted what left the manifests: PodDisruptionBudget/worker',
    );
    expect(
      h.kube.objects.get('ConfigMap', 'default', 'keelson-release-web')?.metadata.annotations?.[
        APPLYSET.groupKinds
      ],
    ).toBe('ConfigMap,Deployment.apps,Service');
    // The live release is whole: the new color (or Deployment) and the worker serve v3.
    expect(await traffic(h)).toEqual({ v3: 40 });
    expect(podImages('worker')).toEqual(['registry.example/worker:v3']);
  });
});

describe('post step (the job was killed after the switch)', () => {
  it('puts every Deployment of the release back: the worker’s new color scales to 0 with the service’s', async () => {
    await v1('blue-green');
    writeRelease('v2', 'hello-from-v2');
    const state: Record<string, string> = {};
    const run = deployWith(h, {
      version: 'v2',
      verifyWindowMs: 600_000,
      holder: 'github-run-9-1',
      saveState: (k, v) => {
        state[k] = v;
      },
    }).catch((e: unknown) => e);
    await h.kube.sim.until(
      () =>
        (
          h.kube.objects.get('Service', 'default', 'web') as KubeObject & {
            spec?: { selector?: Record<string, string> };
          }
        )?.spec?.selector?.[LABEL.color] === 'green',
    );
    const killed = { ...state };
    expect(JSON.parse(killed['bg-workloads'] ?? '[]')).toEqual([{ base: 'worker', hpa: '' }]);
    const log: string[] = [];
    await reconcile(
      h.client,
      (k) => killed[k] ?? '',
      (m) => log.push(m),
    );
    expect(log).toEqual([
      'post: the rollout was interrupted after the switch; live Service web is back on blue.',
      'post: web-green scaled to 0.',
      'post: worker-green scaled to 0.',
      'post: released the rollout Lease of web.',
    ]);
    const replicas = (n: string): number | undefined =>
      (h.kube.objects.get('Deployment', 'default', n)?.spec as { replicas?: number } | undefined)?.replicas;
    expect([
      replicas('web-blue'),
      replicas('web-green'),
      replicas('worker-blue'),
      replicas('worker-green'),
    ]).toEqual([2, 0, 1, 0]);
    await h.clock.sleep(5_000);
    expect(await traffic(h)).toEqual({ v1: 40 });
    expect(podImages('worker')).toEqual(['registry.example/worker:v1']);
    await run;
  });
});
