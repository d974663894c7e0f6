/**
 * The release's cluster operations on their own, against the Kubernetes emulator: what `beginRelease` writes and
 * records before the first write, what `restoreSnapshot` puts back, and what `finishRelease` deletes — asserted on
 * the objects left in the cluster and the timeline lines a user reads.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import {
  APPLYSET,
  CONFIG_OF_LABEL,
  SERVICE_LABEL,
  SOURCE_ANNOTATION,
  beginRelease,
  configReadBy,
  finishRelease,
  prepareRelease,
  restoreSnapshot,
} from '../src/lib/deploy/release.js';
import { ApplyError } from '../src/lib/deploy/common.js';
import { Timeline } from '../src/lib/deploy/timeline.js';
import type { DeployContext } from '../src/lib/deploy/types.js';
import type { KubeObject } from '../src/lib/k8s/types.js';
import { podSource } from '../src/lib/deploy/run.js';
import { harness, type Harness } from './deploy/harness.js';

let h: Harness;
beforeEach(async () => {
  h = await harness();
});
afterEach(async () => {
  await h.close();
});

const cm = (
  name: string,
  data: Record<string, string>,
  meta: Partial<KubeObject['metadata']> = {},
): KubeObject =>
  ({
    apiVersion: 'v1',
    kind: 'ConfigMap',
    metadata: { name, namespace: 'default', ...meta },
    data,
  }) as KubeObject;
const pdb = (name: string, meta: Partial<KubeObject['metadata']> = {}): KubeObject =>
  ({
    apiVersion: 'policy/v1',
    kind: 'PodDisruptionBudget',
    metadata: { name, namespace: 'default', ...meta },
    spec: { minAvailable: 1, selector: { matchLabels: { app: name } } },
  }) as KubeObject;
const worker = (config: string): KubeObject =>
  ({
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'worker', namespace: 'default' },
    spec: {
      replicas: 1,
      selector: { matchLabels: { app: 'worker' } },
      template: {
        metadata: { labels: { app: 'worker' } },
        spec: {
          containers: [
            {
              name: 'worker',
              image: 'registry.example/worker:v1',
              envFrom: [{ configMapRef: { name: config } }],
            },
          ],
        },
      },
    },
  }) as KubeObject;

function context(objects: KubeObject[], opts: { prune?: boolean; bare?: boolean } = {}): DeployContext {
  const release = prepareRelease(objects, 'web', 'default');
  return {
    kube: h.client,
    clock: h.clock,
    signal: new AbortController().signal,
    settings: {
      strategy: 'rolling',
      namespace: 'default',
      service: 'web',
      version: 'v2',
      readyTimeoutMs: 60_000,
      verifyWindowMs: 0,
      scaleDownDelayMs: 0,
      switchTimeoutMs: 60_000,
      router: 'auto',
      checks: [],
      prune: opts.prune,
    },
    objects: opts.bare ? objects : release.objects,
    ...(opts.bare ? {} : { release }),
    timeline: new Timeline(h.clock),
    pods: podSource(h.client),
    saveState: () => undefined,
    serviceUrl: (s) => `k8s-service://default/${s}`,
    loadBalancerUrl: (dns) => `http://${dns}`,
  };
}

const get = (kind: string, name: string): KubeObject | undefined =>
  h.kube.objects.get(kind, 'default', name) as KubeObject | undefined;
const parentAnnotations = (): Record<string, string> | undefined =>
  get('ConfigMap', 'keelson-release-web')?.metadata.annotations;
const lines = (ctx: DeployContext, phase: string): string[] =>
  ctx.timeline.events.filter((e) => e.phase === phase).map((e) => `${e.level} ${e.message}`);

describe('beginRelease', () => {
  it('snapshots each object once (live or absent) and writes the parent listing the previous and the new group-kinds', async () => {
    await h.client.apply(cm('settings', { a: '1' }));
    // The previous release had a PodDisruptionBudget; its parent says at which version.
    await h.client.apply({
      ...cm('keelson-release-web', {}),
      metadata: {
        name: 'keelson-release-web',
        namespace: 'default',
        annotations: { 'keelson.dev/applyset-resources': 'policy/v1 PodDisruptionBudget,nonsense' },
      },
    });
    const ctx = context([cm('settings', { a: '2' }), cm('extra', { b: '1' })]);
    const planned = [...ctx.objects, ctx.objects[0] as KubeObject];
    const snapshot = await beginRelease(ctx, planned);
    expect([...snapshot.keys()]).toEqual(['v1 ConfigMap default/settings', 'v1 ConfigMap default/extra']);
    expect(snapshot.get('v1 ConfigMap default/settings')?.live).toMatchObject({ data: { a: '1' } });
    expect(snapshot.get('v1 ConfigMap default/extra')?.live).toBeUndefined();
    expect(parentAnnotations()).toMatchObject({
      [APPLYSET.groupKinds]: 'ConfigMap,PodDisruptionBudget.policy',
      [APPLYSET.tooling]: 'keelson/v1',
      'keelson.dev/applyset-resources': 'v1 ConfigMap,policy/v1 PodDisruptionBudget',
    });
    expect(get('ConfigMap', 'keelson-release-web')?.metadata.labels?.[APPLYSET.id]).toBe(ctx.release?.id);
    // Nothing of the release itself is written yet: only its snapshot was read.
    expect(get('ConfigMap', 'settings')).toMatchObject({ data: { a: '1' } });
    expect(get('ConfigMap', 'extra')).toBeUndefined();
    expect(lines(ctx, 'apply')).toEqual(['info dry run: the API server accepts all 4 object(s)']);
  });

  it('a first release lists only its own group-kinds; without a release (bare objects) no parent is written', async () => {
    const ctx = context([cm('settings', { a: '2' }), pdb('web')]);
    await beginRelease(ctx, ctx.objects);
    expect(parentAnnotations()?.[APPLYSET.groupKinds]).toBe('ConfigMap,PodDisruptionBudget.policy');
    await h.client.delete({
      apiVersion: 'v1',
      kind: 'ConfigMap',
      name: 'keelson-release-web',
      namespace: 'default',
    });

    const bare = context([cm('settings', { a: '2' })], { bare: true });
    const snapshot = await beginRelease(bare, bare.objects);
    expect(snapshot.size).toBe(1);
    expect(get('ConfigMap', 'keelson-release-web')).toBeUndefined();
    expect(lines(bare, 'apply')).toEqual(['info dry run: the API server accepts all 1 object(s)']);
  });

  it('an object the API server refuses stops it before any write, the parent included', async () => {
    h.kube.forbid({ kind: 'PodDisruptionBudget' });
    const ctx = context([cm('settings', { a: '2' }), pdb('web')]);
    await expect(beginRelease(ctx, ctx.objects)).rejects.toThrow(ApplyError);
    expect(get('ConfigMap', 'keelson-release-web')).toBeUndefined();
  });
});

describe('restoreSnapshot', () => {
  it('applies what existed as it was, deletes what the rollout created, leaves what it is told to skip', async () => {
    await h.client.apply(cm('settings', { a: '1' }, { labels: { team: 'x' } }));
    await h.client.apply(cm('kept', { k: '1' }));
    const ctx = context(
      [cm('settings', { a: '2', extra: 'y' }), cm('created', { c: '1' }), cm('kept', { k: '2' })],
      {
        bare: true,
      },
    );
    const snapshot = await beginRelease(ctx, ctx.objects);
    for (const o of ctx.objects) await h.client.apply(o);
    const failed = await restoreSnapshot(ctx, snapshot, { skip: (o) => o.metadata.name === 'kept' });
    expect(failed).toEqual([]);
    expect(get('ConfigMap', 'settings')).toMatchObject({
      data: { a: '1' },
      metadata: { labels: { team: 'x' } },
    });
    expect((get('ConfigMap', 'settings') as KubeObject & { data: object }).data).toEqual({ a: '1' });
    expect(get('ConfigMap', 'created')).toBeUndefined();
    expect(get('ConfigMap', 'kept')).toMatchObject({ data: { k: '2' } });
    expect(lines(ctx, 'rollback')).toEqual([]);
  });

  it('a Deployment goes back through `config`; other kinds do not', async () => {
    await h.client.apply(worker('one'));
    await h.client.apply(cm('one', { a: '1' }));
    const ctx = context([worker('two'), cm('one', { a: '2' })], { bare: true });
    const snapshot = await beginRelease(ctx, ctx.objects);
    for (const o of ctx.objects) await h.client.apply(o);
    const seen: string[] = [];
    await restoreSnapshot(ctx, snapshot, {
      config: (d, prev) => {
        seen.push(`${d.metadata.name}`);
        const copy = structuredClone(prev) as KubeObject & { spec: { replicas?: number } };
        copy.spec.replicas = 3;
        return copy;
      },
    });
    expect(seen).toEqual(['worker']);
    expect(get('Deployment', 'worker')).toMatchObject({
      spec: {
        replicas: 3,
        template: { spec: { containers: [{ envFrom: [{ configMapRef: { name: 'one' } }] }] } },
      },
    });
    expect(get('ConfigMap', 'one')).toMatchObject({ data: { a: '1' } });
  });

  it('puts back in the reverse of the apply order, and names each object it could not restore', async () => {
    await h.client.apply(cm('first', { a: '1' }));
    const ctx = context([cm('first', { a: '2' }), cm('second', { b: '1' })], { bare: true });
    const snapshot = await beginRelease(ctx, ctx.objects);
    for (const o of ctx.objects) await h.client.apply(o);
    h.kube.forbid({ kind: 'ConfigMap' });
    const n = h.kube.requests.length;
    const failed = await restoreSnapshot(ctx, snapshot);
    expect(failed).toHaveLength(2);
    expect(failed[0]).toMatch(/^ConfigMap\/second in default: .*403/);
    expect(failed[1]).toMatch(/^ConfigMap\/first in default: .*403/);
    expect(lines(ctx, 'rollback')).toEqual([`warn could not restore ${failed.join('; ')}`]);
    expect(h.kube.requests.slice(n).map((q) => `${q.method} ${q.path.split('/').pop()}`)).toEqual([
      'DELETE second',
      'PATCH first',
    ]);
  });
});

describe('finishRelease', () => {
  /** A config version of `of`, as an earlier release of `service` wrote it. */
  const version = (kind: 'ConfigMap' | 'Secret', name: string, of: string, service = 'web'): KubeObject =>
    ({
      apiVersion: 'v1',
      kind,
      metadata: { name, namespace: 'default', labels: { [CONFIG_OF_LABEL]: of, [SERVICE_LABEL]: service } },
      data: {},
    }) as KubeObject;

  it('deletes the config versions neither this release nor the previous one reads, of this service only', async () => {
    const ctx = context([worker('app-config'), cm('app-config', { a: '3' })]);
    const current = ctx.objects.find((o) => o.kind === 'ConfigMap')!;
    await h.client.apply(current);
    for (const o of [
      version('ConfigMap', 'app-config-prev', 'app-config'),
      version('ConfigMap', 'app-config-old', 'app-config'),
      version('Secret', 'token-old', 'token'),
      version('Secret', 'token-prev', 'token'),
      version('ConfigMap', 'other-old', 'app-config', 'other'),
    ])
      await h.client.apply(o);
    await finishRelease(ctx, new Set(['ConfigMap/app-config-prev', 'Secret/token-prev']));
    expect(get('ConfigMap', current.metadata.name!)).toBeDefined();
    expect(get('ConfigMap', 'app-config-prev')).toBeDefined();
    expect(get('ConfigMap', 'app-config-old')).toBeUndefined();
    expect(get('Secret', 'token-old')).toBeUndefined();
    expect(get('Secret', 'token-prev')).toBeDefined();
    expect(get('ConfigMap', 'other-old')).toBeDefined();
    expect(lines(ctx, 'clean-up')).toEqual([
      'info old config versions deleted: ConfigMap/app-config-old, Secret/token-old',
    ]);
    expect(lines(ctx, 'prune')).toEqual([]);
    // Not pruning: the parent keeps listing what it listed, plus this release's group-kinds.
    expect(parentAnnotations()?.[APPLYSET.groupKinds]).toBe('ConfigMap,Deployment.apps');
  });

  it('nothing to delete says nothing; a delete refused is a warning naming the object', async () => {
    const ctx = context([cm('plain', { a: '1' })]);
    await finishRelease(ctx, new Set());
    expect(lines(ctx, 'clean-up')).toEqual([]);
    await h.client.apply(version('ConfigMap', 'x-old', 'x'));
    h.kube.forbid({ kind: 'ConfigMap', verbs: ['delete'] });
    await finishRelease(ctx, new Set());
    expect(get('ConfigMap', 'x-old')).toBeDefined();
    expect(lines(ctx, 'clean-up')).toEqual([
      expect.stringMatching(/^warn could not delete ConfigMap\/x-old in default: .*403/),
    ]);
  });

  it('with prune, deletes the members whose source left the manifests, and only those; the parent lists what is left', async () => {
    const v1 = context([cm('plain', { a: '1' }), pdb('web'), pdb('worker')]);
    await beginRelease(v1, v1.objects);
    for (const o of v1.objects) await h.client.apply(o);
    // A member without a source (written by hand with the label), and a config version: never pruned.
    const id = v1.release!.id;
    await h.client.apply(pdb('by-hand', { labels: { [APPLYSET.partOf]: id } }));
    await h.client.apply({
      ...version('ConfigMap', 'cfg-1234', 'cfg'),
      metadata: {
        ...version('ConfigMap', 'cfg-1234', 'cfg').metadata,
        labels: { [APPLYSET.partOf]: id, [CONFIG_OF_LABEL]: 'cfg', [SERVICE_LABEL]: 'other' },
        annotations: { [SOURCE_ANNOTATION]: 'ConfigMap/cfg' },
      },
    });
    // The parent also lists a kind the cluster no longer serves (its CRD was removed).
    const parent = get('ConfigMap', 'keelson-release-web')!;
    const annotations = parent.metadata.annotations!;
    await h.client.apply({
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: {
        name: 'keelson-release-web',
        namespace: 'default',
        annotations: {
          ...annotations,
          'keelson.dev/applyset-resources': `${annotations['keelson.dev/applyset-resources']},example.com/v1 Widget`,
        },
      },
    });

    const v2 = context([cm('plain', { a: '2' }), pdb('web')], { prune: true });
    await finishRelease(v2, new Set());
    expect(get('PodDisruptionBudget', 'worker')).toBeUndefined();
    expect(get('PodDisruptionBudget', 'web')).toBeDefined();
    expect(get('PodDisruptionBudget', 'by-hand')).toBeDefined();
    expect(get('ConfigMap', 'cfg-1234')).toBeDefined();
    expect(get('ConfigMap', 'plain')).toBeDefined();
    expect(lines(v2, 'prune')).toEqual(['info deleted what left the manifests: PodDisruptionBudget/worker']);
    expect(parentAnnotations()).toMatchObject({
      [APPLYSET.groupKinds]: 'ConfigMap,PodDisruptionBudget.policy',
      'keelson.dev/applyset-resources': 'v1 ConfigMap,policy/v1 PodDisruptionBudget',
    });

    // Again: nothing left the manifests; a member whose delete is refused is not reported as pruned.
    await finishRelease(v2, new Set());
    expect(lines(v2, 'prune')[1]).toBe('info nothing left the manifests');
    const v3 = context([cm('plain', { a: '3' })], { prune: true });
    h.kube.forbid({ kind: 'PodDisruptionBudget', verbs: ['delete'] });
    await finishRelease(v3, new Set());
    expect(get('PodDisruptionBudget', 'web')).toBeDefined();
    expect(lines(v3, 'prune')).toEqual(['info nothing left the manifests']);
    expect(lines(v3, 'clean-up')).toEqual([
      expect.stringMatching(/^warn could not delete PodDisruptionBudget\/web in default: .*403/),
    ]);
  });

  it('without a release (bare objects) does nothing', async () => {
    await h.client.apply(version('ConfigMap', 'x-old', 'x'));
    const ctx = context([cm('plain', { a: '1' })], { bare: true });
    await finishRelease(ctx, new Set());
    expect(get('ConfigMap', 'x-old')).toBeDefined();
    expect(get('ConfigMap', 'keelson-release-web')).toBeUndefined();
  });
});

describe('configReadBy', () => {
  it('is what the live workloads read; absent ones read nothing', () => {
    expect([...configReadBy([undefined, worker('one'), undefined])]).toEqual(['ConfigMap/one']);
  });
});
