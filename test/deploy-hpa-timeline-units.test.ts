/**
 * Small pieces of the deploy engine, each through what a user sees: who owns `.spec.replicas` when an autoscaler
 * takes over (on the Kubernetes emulator: server-side apply, field managers, conflicts), the count a new colour
 * starts at, the timeline's lines and offsets, and the images a rollout records.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ManualClock } from '../src/lib/clock.js';
import {
  HANDOVER_MANAGER,
  appliesReplicas,
  handOverReplicas,
  hpaFor,
  isHpa,
  liveHpasFor,
  replicaOwners,
  retarget,
  startingReplicas,
  type Hpa,
} from '../src/lib/deploy/hpa.js';
import { deployedImages } from '../src/lib/deploy/record.js';
import { Timeline, formatOffset, type TimelineEvent } from '../src/lib/deploy/timeline.js';
import type { Kube } from '../src/lib/k8s/client.js';
import type { Deployment, KubeObject } from '../src/lib/k8s/types.js';
import { harness, type Harness } from './deploy/harness.js';

const hpa = (
  name: string,
  target?: { kind?: string; name?: string; apiVersion?: string },
  extra = {},
): Hpa => ({
  apiVersion: 'autoscaling/v2',
  kind: 'HorizontalPodAutoscaler',
  metadata: { name, namespace: 'default' },
  spec: { ...(target ? { scaleTargetRef: target } : {}), minReplicas: 2, maxReplicas: 10, ...extra },
});

const deployment = (name: string, replicas?: number): Deployment => ({
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name, namespace: 'default' },
  spec: {
    ...(replicas === undefined ? {} : { replicas }),
    selector: { matchLabels: { app: name } },
    template: {
      metadata: { labels: { app: name } },
      spec: { containers: [{ name: 'app', image: 'registry.example/app:v1' }] },
    },
  },
});

describe('which HPA scales a Deployment', () => {
  it('isHpa: any autoscaling/ version, nothing else', () => {
    expect(isHpa(hpa('a'))).toBe(true);
    expect(isHpa({ ...hpa('a'), apiVersion: 'autoscaling/v1' })).toBe(true);
    expect(isHpa({ ...hpa('a'), apiVersion: 'keda.sh/v1alpha1' })).toBe(false);
    expect(isHpa({ ...hpa('a'), kind: 'ScaledObject' })).toBe(false);
  });
  it('hpaFor: the one whose target is the Deployment (a target without a kind is a Deployment)', () => {
    const objects: KubeObject[] = [
      deployment('web'),
      hpa('other', { kind: 'Deployment', name: 'api' }),
      hpa('sts', { kind: 'StatefulSet', name: 'web' }),
      { ...hpa('keda', { kind: 'Deployment', name: 'web' }), apiVersion: 'keda.sh/v1alpha1' },
      hpa('web', { name: 'web' }),
    ];
    expect(hpaFor(objects, 'web')?.metadata.name).toBe('web');
    expect(hpaFor(objects, 'api')?.metadata.name).toBe('other');
    expect(hpaFor(objects, 'db')).toBeUndefined();
    expect(hpaFor([hpa('none')], 'web')).toBeUndefined();
    expect(hpaFor([{ ...hpa('bare'), spec: undefined }], 'web')).toBeUndefined();
  });
  it('retarget: a copy pointed at the other colour, the rest of the target kept', () => {
    const original = hpa('web', { apiVersion: 'apps/v1beta2', kind: 'Deployment', name: 'web-blue' });
    const copy = retarget(original, 'web-green');
    expect(copy.spec?.scaleTargetRef).toEqual({
      apiVersion: 'apps/v1beta2',
      kind: 'Deployment',
      name: 'web-green',
    });
    expect(copy.spec?.maxReplicas).toBe(10);
    expect(original.spec?.scaleTargetRef?.name).toBe('web-blue');
    expect(retarget(hpa('web', { name: 'web' }), 'web-green').spec?.scaleTargetRef).toEqual({
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      name: 'web-green',
    });
    expect(retarget({ ...hpa('web'), spec: undefined }, 'web-blue').spec).toEqual({
      scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'web-blue' },
    });
  });
});

describe('the count a new colour starts at', () => {
  const live = (replicas?: number) => deployment('web-blue', replicas);
  const liveHpa = (desired?: number): Hpa => ({
    ...hpa('web', { name: 'web-blue' }),
    status: desired === undefined ? {} : { desiredReplicas: desired },
  });
  it('first rollout: the manifest, or the HPA minimum if higher; 1 when neither says', () => {
    expect(startingReplicas(undefined, undefined, deployment('web', 3), undefined)).toBe(3);
    expect(startingReplicas(undefined, undefined, deployment('web', 3), hpa('web', { name: 'web' }))).toBe(3);
    expect(startingReplicas(undefined, undefined, deployment('web', 1), hpa('web', { name: 'web' }))).toBe(2);
    expect(startingReplicas(undefined, undefined, deployment('web'), undefined)).toBe(1);
    expect(startingReplicas(undefined, undefined, deployment('web'), { ...hpa('web'), spec: {} })).toBe(1);
  });
  it('no autoscaler: the manifest, or what serves when the manifest has no count', () => {
    expect(startingReplicas(live(4), undefined, deployment('web', 6), undefined)).toBe(6);
    expect(startingReplicas(live(4), undefined, deployment('web'), undefined)).toBe(4);
    expect(startingReplicas(live(), undefined, deployment('web'), undefined)).toBe(1);
  });
  it('objects without a spec or a status count as the defaults', () => {
    const bare = { ...deployment('web'), spec: undefined } as Deployment;
    const bareHpa = { ...hpa('web'), spec: undefined } as Hpa;
    expect(startingReplicas(undefined, undefined, bare, bareHpa)).toBe(1);
    expect(startingReplicas(bare, undefined, bare, undefined)).toBe(1);
    expect(startingReplicas({ ...live(3), spec: undefined } as Deployment, liveHpa(), bare, bareHpa)).toBe(1);
    expect(
      startingReplicas(live(3), { ...liveHpa(), status: undefined }, deployment('web', 9), bareHpa),
    ).toBe(3);
  });
  it('an autoscaler: the most of what serves, what it asks for and its minimum; never the manifest', () => {
    const next = hpa('web', { name: 'web' });
    expect(startingReplicas(live(4), liveHpa(7), deployment('web', 1), next)).toBe(7);
    expect(startingReplicas(live(5), liveHpa(3), deployment('web', 9), next)).toBe(5);
    expect(startingReplicas(live(1), liveHpa(), deployment('web', 9), next)).toBe(2);
    expect(startingReplicas(live(1), liveHpa(), deployment('web', 9), undefined)).toBe(1);
    expect(startingReplicas(live(3), undefined, deployment('web', 9), next)).toBe(3);
    expect(startingReplicas(live(), undefined, deployment('web', 9), { ...next, spec: {} })).toBe(1);
  });
});

describe('who owns .spec.replicas', () => {
  const withFields = (managedFields: unknown[]): KubeObject => ({
    ...deployment('web', 3),
    metadata: { name: 'web', managedFields: managedFields as never },
  });
  const replicasField = { 'f:spec': { 'f:replicas': {} } };
  it('replicaOwners lists the managers whose fields include it, with their subresource', () => {
    const live = withFields([
      { manager: 'keelson', operation: 'Apply', fieldsV1: replicasField },
      {
        manager: 'kube-controller-manager',
        operation: 'Update',
        subresource: 'scale',
        fieldsV1: replicasField,
      },
      { manager: 'kubectl', operation: 'Update', fieldsV1: { 'f:spec': { 'f:template': {} } } },
      { manager: 'nothing', operation: 'Update' },
      { fieldsV1: replicasField },
    ]);
    expect(replicaOwners(live)).toEqual([
      { manager: 'keelson', operation: 'Apply', subresource: undefined },
      { manager: 'kube-controller-manager', operation: 'Update', subresource: 'scale' },
      { manager: '', operation: '', subresource: undefined },
    ]);
    expect(replicaOwners(undefined)).toEqual([]);
    expect(replicaOwners(deployment('web'))).toEqual([]);
  });
  it('appliesReplicas: only the manager’s own Apply of the object, not an Update or a /scale apply', () => {
    expect(
      appliesReplicas(
        withFields([{ manager: 'keelson', operation: 'Apply', fieldsV1: replicasField }]),
        'keelson',
      ),
    ).toBe(true);
    expect(
      appliesReplicas(
        withFields([{ manager: 'keelson', operation: 'Apply', fieldsV1: replicasField }]),
        'other',
      ),
    ).toBe(false);
    expect(
      appliesReplicas(
        withFields([{ manager: 'keelson', operation: 'Update', fieldsV1: replicasField }]),
        'keelson',
      ),
    ).toBe(false);
    expect(
      appliesReplicas(
        withFields([
          { manager: 'keelson', operation: 'Apply', subresource: 'scale', fieldsV1: replicasField },
        ]),
        'keelson',
      ),
    ).toBe(false);
    expect(appliesReplicas(undefined, 'keelson')).toBe(false);
  });
});

describe('handing replicas over to an autoscaler (Kubernetes emulator)', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await harness();
  });
  afterAll(async () => {
    await h.close();
  });
  const get = (name: string) => h.client.get<Deployment>('apps/v1', 'Deployment', name, 'default');
  const owners = async (name: string) => replicaOwners(await get(name)).map((o) => o.manager);
  const withoutReplicas = (name: string): Deployment => {
    const d = deployment(name);
    return d;
  };

  it('Keelson applied replicas: a private manager shares them, so the next apply without them keeps the count', async () => {
    await h.client.apply(deployment('handover', 4));
    const live = (await get('handover')) as Deployment;
    expect(await handOverReplicas(h.client, live)).toBe(true);
    expect(await owners('handover')).toEqual(expect.arrayContaining(['keelson', HANDOVER_MANAGER]));
    await h.client.apply(withoutReplicas('handover'));
    const after = (await get('handover')) as Deployment;
    expect(after.spec?.replicas).toBe(4);
    expect(replicaOwners(after).map((o) => o.manager)).toEqual([HANDOVER_MANAGER]);
  });

  it('Keelson never applied replicas: nothing to hand over, no private manager', async () => {
    await h.client.apply(withoutReplicas('untouched'));
    const live = (await get('untouched')) as Deployment;
    expect(await handOverReplicas(h.client, live)).toBe(false);
    expect(await owners('untouched')).not.toContain(HANDOVER_MANAGER);
  });

  it('another manager applied them: nothing to hand over', async () => {
    await h.client.apply(deployment('theirs', 2), { fieldManager: 'argocd' });
    const live = (await get('theirs')) as Deployment;
    expect(await handOverReplicas(h.client, live)).toBe(false);
    expect(await owners('theirs')).toEqual(['argocd']);
  });

  it('a live object without a count: nothing is written', async () => {
    const applied = (await h.client.apply(deployment('nocount', 2))) as Deployment;
    const live = structuredClone(applied);
    delete live.spec?.replicas;
    expect(await handOverReplicas(h.client, live)).toBe(false);
    expect(await owners('nocount')).toEqual(['keelson']);
  });

  it('a live object without a spec: nothing is written', async () => {
    const live = (await get('nocount')) as Deployment;
    const bare = { ...live, spec: undefined } as Deployment;
    expect(await handOverReplicas(h.client, bare)).toBe(false);
  });

  it('the autoscaler took the field meanwhile (a conflict): nothing written, the handover counts as done', async () => {
    await h.client.apply(deployment('raced', 3));
    const stale = (await get('raced')) as Deployment;
    await h.client.apply(deployment('raced', 6), { fieldManager: 'kube-controller-manager' });
    expect(await handOverReplicas(h.client, stale)).toBe(true);
    const after = (await get('raced')) as Deployment;
    expect(after.spec?.replicas).toBe(6);
    expect(replicaOwners(after).map((o) => o.manager)).toEqual(['kube-controller-manager']);
  });

  it('liveHpasFor: the cluster’s HPAs that scale the Deployment', async () => {
    await h.client.apply(hpa('web', { apiVersion: 'apps/v1', kind: 'Deployment', name: 'handover' }));
    await h.client.apply(hpa('sts', { apiVersion: 'apps/v1', kind: 'StatefulSet', name: 'handover' }));
    await h.client.apply(hpa('api', { apiVersion: 'apps/v1', kind: 'Deployment', name: 'api' }));
    const names = (await liveHpasFor(h.client, 'default', 'handover')).map((x) => x.metadata.name).sort();
    expect(names).toEqual(['web']);
    expect(await liveHpasFor(h.client, 'other', 'handover')).toEqual([]);
  });

  it('liveHpasFor: a cluster that refuses to list HPAs (RBAC) reads as none', async () => {
    const refusing: Kube = Object.assign(Object.create(h.client) as Kube, {
      list: () => Promise.reject(new Error('horizontalpodautoscalers is forbidden')),
    });
    expect(await liveHpasFor(refusing, 'default', 'handover')).toEqual([]);
  });
});

describe('the timeline', () => {
  it('each event at its clock time; levels, phases and messages rendered as a table', async () => {
    const clock = new ManualClock();
    const seen: string[] = [];
    const t = new Timeline(clock, (e, tl) =>
      seen.push(`${tl.offset(e)} ${e.level} ${e.phase}: ${e.message}`),
    );
    expect(t.startedAt).toBe(clock.now());
    const first = t.add('apply', 'web applied');
    await clock.advance(1500);
    t.add('verify', 'checks pass', 'ok');
    await clock.advance(61_000);
    t.add('verify', 'p99 | <b>high</b>\nline 2', 'warn');
    await clock.advance(60_000);
    t.add('rollback', 'traffic back on v1', 'error');
    expect(first).toEqual({
      at: clock.now() - 122_500,
      level: 'info',
      phase: 'apply',
      message: 'web applied',
    });
    expect(t.events.map((e) => e.at - t.startedAt)).toEqual([0, 1500, 62_500, 122_500]);
    expect(seen).toEqual([
      '0.0s info apply: web applied',
      '1.5s ok verify: checks pass',
      '1m02s warn verify: p99 | <b>high</b>\nline 2',
      '2m02s error rollback: traffic back on v1',
    ]);
    expect(t.render()).toBe(
      [
        '| T+ |  | Phase | Event |',
        '| --- | --- | --- | --- |',
        '| 0.0s | • | apply | web applied |',
        '| 1.5s | ✅ | verify | checks pass |',
        '| 1m02s | ⚠️ | verify | p99 \\| &lt;b&gt;high&lt;/b&gt;<br>line 2 |',
        '| 2m02s | ❌ | rollback | traffic back on v1 |',
      ].join('\n'),
    );
  });
  it('works without a listener', () => {
    const t = new Timeline(new ManualClock());
    const e: TimelineEvent = t.add('lock', 'Lease taken');
    expect(t.events).toEqual([e]);
  });
  it.each([
    [-5, '0.0s'],
    [0, '0.0s'],
    [59_949, '59.9s'],
    [59_999, '60.0s'],
    [60_000, '1m00s'],
    [65_400, '1m05s'],
    [119_999, '1m59s'],
    [3_600_000, '60m00s'],
  ])('formatOffset(%d) is %s', (ms, text) => {
    expect(formatOffset(ms)).toBe(text);
  });
});

describe('the images a rollout records', () => {
  const pod = (containers: string[], init: string[] = []) => ({
    spec: {
      ...(init.length ? { initContainers: init.map((image, i) => ({ name: `init-${i}`, image })) } : {}),
      containers: containers.map((image, i) => ({ name: `c-${i}`, image })),
    },
  });
  it('the service’s own Deployment first, its containers before its init containers, then the other workloads', () => {
    const objects: KubeObject[] = [
      { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'web' } },
      {
        apiVersion: 'apps/v1',
        kind: 'Deployment',
        metadata: { name: 'worker' },
        spec: { template: pod(['r/worker:1', 'r/worker-sidecar:1']) },
      },
      {
        apiVersion: 'apps/v1',
        kind: 'Deployment',
        metadata: { name: 'empty' },
        spec: { template: { metadata: {} } },
      },
      { apiVersion: 'batch/v1', kind: 'CronJob', metadata: { name: 'a' }, spec: { jobTemplate: {} } },
      {
        apiVersion: 'batch/v1',
        kind: 'CronJob',
        metadata: { name: 'b' },
        spec: { jobTemplate: { spec: {} } },
      },
      {
        apiVersion: 'batch/v1',
        kind: 'CronJob',
        metadata: { name: 'c' },
        spec: { jobTemplate: { spec: { template: {} } } },
      },
      {
        apiVersion: 'apps/v1',
        kind: 'Deployment',
        spec: { template: pod(['r/nameless:1']) },
      } as unknown as KubeObject,
      {
        apiVersion: 'batch/v1',
        kind: 'CronJob',
        metadata: { name: 'web' },
        spec: { jobTemplate: { spec: { template: pod(['r/cron:1'], ['r/cron-init:1']) } } },
      },
      {
        apiVersion: 'apps/v1',
        kind: 'StatefulSet',
        metadata: { name: 'web' },
        spec: { template: pod(['r/sts:1']) },
      },
      {
        apiVersion: 'apps/v1',
        kind: 'Deployment',
        metadata: { name: 'web' },
        spec: { template: pod(['r/web:1', 'r/sidecar:1'], ['r/migrate:1']) },
      },
    ];
    expect(deployedImages(objects, 'web')).toEqual([
      'r/web:1',
      'r/sidecar:1',
      'r/migrate:1',
      'r/worker:1',
      'r/worker-sidecar:1',
      'r/nameless:1',
      'r/cron:1',
      'r/cron-init:1',
      'r/sts:1',
    ]);
  });
  it('a container without an image is left out; no workloads, no images', () => {
    const objects: KubeObject[] = [
      {
        apiVersion: 'apps/v1',
        kind: 'Deployment',
        metadata: { name: 'web' },
        spec: { template: { spec: { containers: [{ name: 'a' }, { name: 'b', image: 'r/web:2' }] } } },
      },
    ];
    expect(deployedImages(objects, 'web')).toEqual(['r/web:2']);
    expect(deployedImages([{ apiVersion: 'v1', kind: 'Service', metadata: { name: 'web' } }], 'web')).toEqual(
      [],
    );
  });
});
