/** The release's pure parts: which config a pod template reads, content-hash names, the ApplySet's ID. */
import { describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import {
  APPLYSET,
  CONFIG_OF_LABEL,
  SERVICE_LABEL,
  SOURCE_ANNOTATION,
  applySetId,
  contentHash,
  prepareRelease,
  referencedConfig,
  restorable,
} from '../src/lib/deploy/release.js';
import type { KubeObject } from '../src/lib/k8s/types.js';

const cm = (name: string, data: Record<string, string>): KubeObject =>
  ({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name, namespace: 'default' }, data }) as KubeObject;
const secret = (name: string, data: Record<string, string>, type = 'Opaque'): KubeObject =>
  ({ apiVersion: 'v1', kind: 'Secret', metadata: { name, namespace: 'default' }, type, data }) as KubeObject;

/** A Deployment reading config every way a pod can: env, envFrom, volumes, projected volumes, init containers. */
function workload(kind = 'Deployment'): KubeObject {
  const template = {
    metadata: { labels: { app: 'web' } },
    spec: {
      initContainers: [{ name: 'init', envFrom: [{ secretRef: { name: 'init-secret' } }] }],
      containers: [
        {
          name: 'web',
          env: [
            { name: 'A', valueFrom: { configMapKeyRef: { name: 'env-cm', key: 'a' } } },
            { name: 'B', valueFrom: { secretKeyRef: { name: 'env-secret', key: 'b' } } },
            { name: 'C', value: 'plain' },
          ],
          envFrom: [{ configMapRef: { name: 'from-cm' } }],
        },
      ],
      volumes: [
        { name: 'v1', configMap: { name: 'vol-cm' } },
        { name: 'v2', secret: { secretName: 'vol-secret' } },
        {
          name: 'v3',
          projected: { sources: [{ configMap: { name: 'proj-cm' } }, { secret: { name: 'proj-secret' } }] },
        },
        { name: 'v4', emptyDir: {} },
      ],
    },
  };
  const spec = kind === 'CronJob' ? { jobTemplate: { spec: { template } } } : { template };
  return { apiVersion: 'apps/v1', kind, metadata: { name: 'web', namespace: 'default' }, spec } as KubeObject;
}

const ALL = [
  'ConfigMap/env-cm',
  'ConfigMap/from-cm',
  'ConfigMap/proj-cm',
  'ConfigMap/vol-cm',
  'Secret/env-secret',
  'Secret/init-secret',
  'Secret/proj-secret',
  'Secret/vol-secret',
];

describe('referencedConfig', () => {
  it.each(['Deployment', 'CronJob'])('finds every ConfigMap and Secret a %s pod reads', (kind) => {
    expect([...referencedConfig([workload(kind)])].sort()).toEqual(ALL);
  });
  it('objects without a pod template read nothing', () => {
    expect([...referencedConfig([cm('x', {}), { apiVersion: 'v1', kind: 'Service', metadata: {} }])]).toEqual(
      [],
    );
  });
});

describe('contentHash', () => {
  it('depends on the content only, not on key order or metadata', () => {
    const a = cm('a', { x: '1', y: '2' });
    const b = cm('b', { y: '2', x: '1' });
    expect(contentHash(a)).toBe(contentHash(b));
    expect(contentHash(a)).toMatch(/^[0-9a-f]{10}$/);
  });
  it('changes with a value, a key, the kind or the Secret type', () => {
    const base = contentHash(cm('a', { x: '1' }));
    expect(contentHash(cm('a', { x: '2' }))).not.toBe(base);
    expect(contentHash(cm('a', { z: '1' }))).not.toBe(base);
    expect(contentHash(secret('a', { x: '1' }))).not.toBe(contentHash(cm('a', { x: '1' })));
    expect(contentHash(secret('a', { x: '1' }, 'kubernetes.io/tls'))).not.toBe(
      contentHash(secret('a', { x: '1' })),
    );
    const bin = { ...cm('a', { x: '1' }), binaryData: { y: 'AA==' } } as KubeObject;
    expect(contentHash(bin)).not.toBe(base);
  });
});

describe('applySetId (KEP-3659)', () => {
  it('is applyset-<base64url(sha256(name.namespace.kind.group))>-v1, a valid label value', () => {
    const digest = createHash('sha256').update('keelson-release-web.prod.ConfigMap.').digest('base64url');
    const id = applySetId('keelson-release-web', 'prod');
    expect(id).toBe(`applyset-${digest}-v1`);
    expect(id).not.toMatch(/[+/=]/);
    expect(id.length).toBeLessThanOrEqual(63);
    expect(applySetId('keelson-release-web', 'staging')).not.toBe(id);
  });
});

describe('prepareRelease', () => {
  it('renames the config pods read by content hash, rewrites the references, and labels every object', () => {
    const objects = [
      cm('env-cm', { a: '1' }),
      secret('vol-secret', { s: 'c2VjcmV0' }),
      cm('unread', { u: '1' }),
      workload(),
    ];
    const r = prepareRelease(objects, 'web', 'default');
    const id = applySetId('keelson-release-web', 'default');
    expect(r.id).toBe(id);
    const [envCm, volSecret, unread, dep] = r.objects as [KubeObject, KubeObject, KubeObject, KubeObject];
    expect(envCm.metadata.name).toBe(`env-cm-${contentHash(objects[0] as KubeObject)}`);
    expect(volSecret.metadata.name).toBe(`vol-secret-${contentHash(objects[1] as KubeObject)}`);
    expect(unread.metadata.name).toBe('unread'); // no pod reads it: applied in place
    expect(envCm.metadata.labels).toMatchObject({
      [CONFIG_OF_LABEL]: 'env-cm',
      [SERVICE_LABEL]: 'web',
      [APPLYSET.partOf]: id,
    });
    expect(unread.metadata.labels?.[CONFIG_OF_LABEL]).toBeUndefined();
    for (const o of r.objects) {
      expect(o.metadata.labels?.[APPLYSET.partOf]).toBe(id);
      expect(o.metadata.annotations?.[SOURCE_ANNOTATION]).toMatch(/^(ConfigMap|Secret|Deployment)\//);
    }
    expect(dep.metadata.annotations?.[SOURCE_ANNOTATION]).toBe('Deployment/web');
    // The references follow; what the manifests do not define keeps its name.
    expect([...referencedConfig([dep])].sort()).toEqual(
      ALL.map((r) =>
        r === 'ConfigMap/env-cm'
          ? `ConfigMap/${envCm.metadata.name}`
          : r === 'Secret/vol-secret'
            ? `Secret/${volSecret.metadata.name}`
            : r,
      ).sort(),
    );
    // The input is left alone.
    expect(objects[0]?.metadata.name).toBe('env-cm');
    expect(r.parent).toMatchObject({
      kind: 'ConfigMap',
      metadata: {
        name: 'keelson-release-web',
        namespace: 'default',
        labels: { [APPLYSET.id]: id },
        annotations: { [APPLYSET.tooling]: 'keelson/v1' },
      },
    });
  });

  it('a Secret referenced as a ConfigMap (or the other way round) is not renamed', () => {
    const dep = workload();
    const r = prepareRelease([secret('env-cm', { a: 'MQ==' }), dep], 'web', 'default');
    expect(r.objects[0]?.metadata.name).toBe('env-cm');
  });
});

describe('restorable', () => {
  it('keeps what was applied, drops status, server metadata and controllers’ annotations', () => {
    const live = {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: {
        name: 'web',
        namespace: 'default',
        uid: 'u',
        resourceVersion: '7',
        generation: 3,
        managedFields: [{}],
        labels: { app: 'web' },
        annotations: {
          'deployment.kubernetes.io/revision': '4',
          'kubectl.kubernetes.io/last-applied-configuration': '{}',
          'keelson.dev/version': 'v1',
        },
      },
      spec: { replicas: 2 },
      status: { readyReplicas: 2 },
    } as KubeObject;
    expect(restorable(live)).toEqual({
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: {
        name: 'web',
        namespace: 'default',
        labels: { app: 'web' },
        annotations: { 'keelson.dev/version': 'v1' },
      },
      spec: { replicas: 2 },
    });
  });
});
