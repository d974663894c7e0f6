/**
 * The release as a whole: what a rollout writes besides the workload, and how it is put back or cleaned up.
 *
 * - ConfigMaps and Secrets that a pod template reads (env, envFrom, volumes, projected volumes) are versioned
 *   per release: named `<name>-<hash of their content>`, the way kustomize's generators do it, with the
 *   references rewritten. The pods of the previous release keep reading their own config; after a successful
 *   verify, the versions neither this release nor the previous one reads are deleted.
 * - Every object carries the release's ApplySet labels (Kubernetes ApplySet, KEP-3659): the parent ConfigMap
 *   `keelson-release-<service>` holds `applyset.kubernetes.io/id`, the tooling and the group-kinds its members
 *   have; each member has `applyset.kubernetes.io/part-of`. With `prune`, members no longer in the manifests are
 *   deleted after a successful verify, never on failure.
 * - A snapshot of every object before the first write, so that a failure restores each changed object to its
 *   previous applied state and deletes what the rollout created.
 */
import { createHash } from 'node:crypto';
import { errorMessage } from '../errors.js';
import { KubeApiError, type Kube } from '../k8s/client.js';
import { LABEL } from '../k8s/manifests.js';
import { describeRef, refOf, type Deployment, type KubeObject, type PodTemplate } from '../k8s/types.js';
import { applyObject } from './common.js';
import { dryRunAll } from './preflight.js';
import type { DeployContext } from './types.js';

export const APPLYSET = {
  id: 'applyset.kubernetes.io/id',
  partOf: 'applyset.kubernetes.io/part-of',
  tooling: 'applyset.kubernetes.io/tooling',
  groupKinds: 'applyset.kubernetes.io/contains-group-kinds',
} as const;
/** Which API versions the member group-kinds are listed at (the ApplySet annotation names group-kinds only). */
const RESOURCES_ANNOTATION = 'keelson.dev/applyset-resources';
/** The manifest object a written object was made from (`Kind/name`): a colored Deployment names its base. */
export const SOURCE_ANNOTATION = 'keelson.dev/source';
/** On a versioned ConfigMap/Secret: the name the manifests give it. */
export const CONFIG_OF_LABEL = 'keelson.dev/config-of';
/** On a versioned ConfigMap/Secret: the service whose release it belongs to. */
export const SERVICE_LABEL = 'keelson.dev/service';

export interface Release {
  /** The manifests' objects as they are written: config versioned, references rewritten, ApplySet labels. */
  objects: KubeObject[];
  /** The ApplySet parent. */
  parent: KubeObject;
  id: string;
}

type Source = 'ConfigMap' | 'Secret';

interface PodSpecRefs {
  containers?: ContainerRefs[];
  initContainers?: ContainerRefs[];
  volumes?: {
    configMap?: { name?: string };
    secret?: { secretName?: string };
    projected?: { sources?: { configMap?: { name?: string }; secret?: { name?: string } }[] };
  }[];
}
interface ContainerRefs {
  env?: { valueFrom?: { configMapKeyRef?: { name?: string }; secretKeyRef?: { name?: string } } }[];
  envFrom?: { configMapRef?: { name?: string }; secretRef?: { name?: string } }[];
}

function templateOf(o: KubeObject): PodTemplate | undefined {
  const spec = o.spec as
    { template?: PodTemplate; jobTemplate?: { spec?: { template?: PodTemplate } } } | undefined;
  return spec?.template ?? spec?.jobTemplate?.spec?.template;
}

/** Calls `visit` with every ConfigMap/Secret name reference of a pod template; `visit` returns the new name. */
function eachReference(t: PodTemplate | undefined, visit: (kind: Source, name: string) => string): void {
  const spec = t?.spec as PodSpecRefs | undefined;
  if (!spec) return;
  const ref = (kind: Source, holder: { name?: string } | undefined): void => {
    if (holder?.name) holder.name = visit(kind, holder.name);
  };
  for (const c of [...(spec.initContainers ?? []), ...(spec.containers ?? [])]) {
    for (const e of c.env ?? []) {
      ref('ConfigMap', e.valueFrom?.configMapKeyRef);
      ref('Secret', e.valueFrom?.secretKeyRef);
    }
    for (const f of c.envFrom ?? []) {
      ref('ConfigMap', f.configMapRef);
      ref('Secret', f.secretRef);
    }
  }
  for (const v of spec.volumes ?? []) {
    ref('ConfigMap', v.configMap);
    if (v.secret?.secretName) v.secret.secretName = visit('Secret', v.secret.secretName);
    for (const s of v.projected?.sources ?? []) {
      ref('ConfigMap', s.configMap);
      ref('Secret', s.secret);
    }
  }
}

/** The ConfigMap/Secret names a set of workloads reads. */
export function referencedConfig(objects: KubeObject[]): Set<string> {
  const out = new Set<string>();
  for (const o of objects)
    eachReference(templateOf(o), (kind, name) => {
      out.add(`${kind}/${name}`);
      return name;
    });
  return out;
}

/** The content hash of a ConfigMap/Secret: what the pods read (data, binaryData, stringData, type). */
export function contentHash(o: KubeObject): string {
  const x = o as KubeObject & Record<string, unknown>;
  const content = JSON.stringify(
    [o.kind, x.type ?? null, x.data ?? {}, x.binaryData ?? {}, x.stringData ?? {}],
    (_k, v: unknown) =>
      v && typeof v === 'object' && !Array.isArray(v)
        ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1)))
        : v,
  );
  return createHash('sha256').update(content).digest('hex').slice(0, 10);
}

/** KEP-3659's ID of a parent: `applyset-<base64url(sha256(<name>.<namespace>.<kind>.<group>))>-v1`. */
export function applySetId(name: string, namespace: string, kind = 'ConfigMap', group = ''): string {
  const digest = createHash('sha256').update(`${name}.${namespace}.${kind}.${group}`).digest('base64url');
  return `applyset-${digest}-v1`;
}

const groupKind = (o: KubeObject): string => {
  const slash = o.apiVersion.indexOf('/');
  return slash > 0 ? `${o.kind}.${o.apiVersion.slice(0, slash)}` : o.kind;
};
const sourceOf = (o: KubeObject): string => `${o.kind}/${o.metadata.name ?? ''}`;

/**
 * The manifests as a release of `service`: ConfigMaps/Secrets the pod templates read get their content-hash
 * name (references rewritten), every object its ApplySet membership and the manifest object it comes from.
 */
export function prepareRelease(objects: KubeObject[], service: string, namespace: string): Release {
  const parentName = `keelson-release-${service}`;
  const id = applySetId(parentName, namespace);
  const read = referencedConfig(objects);
  const renamed = new Map<string, string>();
  const out = objects.map((o) => {
    const copy = structuredClone(o);
    copy.metadata.labels = { ...copy.metadata.labels, [APPLYSET.partOf]: id };
    copy.metadata.annotations = { ...copy.metadata.annotations, [SOURCE_ANNOTATION]: sourceOf(o) };
    if ((o.kind === 'ConfigMap' || o.kind === 'Secret') && o.apiVersion === 'v1' && read.has(sourceOf(o))) {
      const name = `${o.metadata.name}-${contentHash(o)}`;
      renamed.set(sourceOf(o), name);
      copy.metadata.name = name;
      copy.metadata.labels = {
        ...copy.metadata.labels,
        [CONFIG_OF_LABEL]: o.metadata.name ?? '',
        [SERVICE_LABEL]: service,
      };
    }
    return copy;
  });
  for (const o of out) eachReference(templateOf(o), (kind, name) => renamed.get(`${kind}/${name}`) ?? name);
  const parent: KubeObject = {
    apiVersion: 'v1',
    kind: 'ConfigMap',
    metadata: {
      name: parentName,
      namespace,
      labels: { [APPLYSET.id]: id, [LABEL.managedBy]: 'keelson' },
      annotations: { [APPLYSET.tooling]: 'keelson/v1' },
    },
  };
  return { objects: out, parent, id };
}

function resourcesOf(objects: KubeObject[]): Map<string, string> {
  const m = new Map<string, string>();
  for (const o of objects) m.set(groupKind(o), `${o.apiVersion} ${o.kind}`);
  return m;
}

function parentWith(parent: KubeObject, resources: Map<string, string>): KubeObject {
  const copy = structuredClone(parent);
  const gks = [...resources.keys()].sort();
  copy.metadata.annotations = {
    ...copy.metadata.annotations,
    [APPLYSET.groupKinds]: gks.join(','),
    [RESOURCES_ANNOTATION]: gks.map((gk) => resources.get(gk)).join(','),
  };
  return copy;
}

async function liveParentResources(kube: Kube, parent: KubeObject): Promise<Map<string, string>> {
  const live = await kube.get<KubeObject>(
    'v1',
    'ConfigMap',
    parent.metadata.name ?? '',
    parent.metadata.namespace,
  );
  const m = new Map<string, string>();
  for (const r of (live?.metadata.annotations?.[RESOURCES_ANNOTATION] ?? '').split(',')) {
    const [apiVersion, kind] = r.split(' ');
    if (apiVersion && kind) m.set(groupKind({ apiVersion, kind, metadata: {} }), r);
  }
  return m;
}

/** What was in the cluster before the first write: each object's live state, or undefined if it did not exist. */
export type Snapshot = Map<string, { obj: KubeObject; live: KubeObject | undefined }>;

const key = (o: KubeObject): string =>
  `${o.apiVersion} ${o.kind} ${o.metadata.namespace ?? ''}/${o.metadata.name}`;

/**
 * Before the first write: the dry run of everything (the ApplySet parent included), the snapshot of every object
 * that will be written, then the parent with the group-kinds of both the previous and this release (KEP-3659: the
 * parent lists a superset of its members' group-kinds before they are written).
 */
export async function beginRelease(ctx: DeployContext, planned: KubeObject[]): Promise<Snapshot> {
  const parent = ctx.release?.parent;
  const previous = parent ? await liveParentResources(ctx.kube, parent) : new Map<string, string>();
  const withParent = parent
    ? [parentWith(parent, new Map([...previous, ...resourcesOf(planned)])), ...planned]
    : planned;
  await dryRunAll(ctx, withParent);
  const snapshot: Snapshot = new Map();
  for (const o of planned) {
    if (snapshot.has(key(o))) continue;
    const live = await ctx.kube.get<KubeObject>(
      o.apiVersion,
      o.kind,
      o.metadata.name ?? '',
      o.metadata.namespace,
    );
    snapshot.set(key(o), { obj: o, live });
  }
  if (parent) await ctx.kube.apply(withParent[0] as KubeObject);
  return snapshot;
}

const SERVER_METADATA = ['name', 'namespace', 'labels'] as const;
const CONTROLLER_ANNOTATIONS = [
  'deployment.kubernetes.io/revision',
  'kubectl.kubernetes.io/last-applied-configuration',
];

/** The applyable part of a live object: what was there before, without status and server-owned metadata. */
export function restorable<T extends KubeObject>(live: T): T {
  const { metadata, status: _status, ...rest } = structuredClone(live) as T & { status?: unknown };
  const meta: Record<string, unknown> = {};
  for (const k of SERVER_METADATA) if (metadata[k] !== undefined) meta[k] = metadata[k];
  // Annotations controllers and kubectl write are theirs, not part of what was applied.
  if (metadata.annotations) {
    const annotations = { ...metadata.annotations };
    for (const a of CONTROLLER_ANNOTATIONS) delete annotations[a];
    meta.annotations = annotations;
  }
  return { ...rest, metadata: meta } as unknown as T;
}

/**
 * Puts every object of the snapshot back: one that existed is applied as it was (fields this rollout added are
 * dropped, since Keelson's manager owned them), one the rollout created is deleted. `skip` leaves objects to the
 * strategy (a color, the router's Service). Returns the objects that could not be restored, named.
 */
export async function restoreSnapshot(
  ctx: DeployContext,
  snapshot: Snapshot,
  opts: { skip?: (o: KubeObject) => boolean; config?: (d: Deployment, prev: KubeObject) => KubeObject } = {},
): Promise<string[]> {
  const failed: string[] = [];
  // Workloads first (they stop reading what is deleted next), in the reverse of the apply order.
  for (const { obj, live } of [...snapshot.values()].reverse()) {
    if (opts.skip?.(obj)) continue;
    try {
      if (live) {
        const prev = restorable(live);
        await applyObject(
          ctx,
          obj.kind === 'Deployment' && opts.config ? opts.config(obj as Deployment, prev) : prev,
        );
      } else {
        await ctx.kube.delete(refOf(obj));
      }
    } catch (e) {
      failed.push(`${describeRef(refOf(obj))}: ${errorMessage(e)}`);
    }
  }
  if (failed.length) ctx.timeline.add('rollback', `could not restore ${failed.join('; ')}`, 'warn');
  return failed;
}

/**
 * After a successful verify: delete the config versions neither this release nor the previous one reads (`keep`:
 * `Kind/name` the previous release's workloads read), and with `prune`, the ApplySet's members that are no
 * longer in the manifests; then the parent lists this release's group-kinds only.
 */
export async function finishRelease(ctx: DeployContext, keep: Set<string>): Promise<void> {
  const release = ctx.release;
  if (!release) return;
  const ns = ctx.settings.namespace;
  const current = new Set(release.objects.map((o) => `${o.kind}/${o.metadata.name}`));
  const sources = new Set(release.objects.map((o) => o.metadata.annotations?.[SOURCE_ANNOTATION]));
  const gone: string[] = [];
  const remove = async (o: KubeObject): Promise<void> => {
    try {
      if (await ctx.kube.delete(refOf(o))) gone.push(`${o.kind}/${o.metadata.name}`);
    } catch (e) {
      ctx.timeline.add('clean-up', `could not delete ${describeRef(refOf(o))}: ${errorMessage(e)}`, 'warn');
    }
  };
  for (const kind of ['ConfigMap', 'Secret'] as const) {
    const versions = await ctx.kube.list<KubeObject>('v1', kind, ns, {
      labelSelector: `${SERVICE_LABEL}=${ctx.settings.service},${CONFIG_OF_LABEL}`,
    });
    for (const v of versions) {
      const name = `${kind}/${v.metadata.name}`;
      // List items need not carry their kind: name it for the delete.
      if (!current.has(name) && !keep.has(name)) await remove({ ...v, apiVersion: 'v1', kind });
    }
  }
  if (gone.length) ctx.timeline.add('clean-up', `old config versions deleted: ${gone.join(', ')}`);
  const resources = await liveParentResources(ctx.kube, release.parent);
  if (ctx.settings.prune) {
    const pruned: string[] = [];
    for (const r of resources.values()) {
      const [apiVersion, kind] = r.split(' ') as [string, string];
      const members = await ctx.kube
        .list<KubeObject>(apiVersion, kind, ns, { labelSelector: `${APPLYSET.partOf}=${release.id}` })
        .catch((e: unknown) => {
          if (e instanceof KubeApiError && e.status === 404) return [];
          throw e;
        });
      for (const m of members) {
        const source = m.metadata.annotations?.[SOURCE_ANNOTATION];
        // Only what Keelson wrote for this release (it names its source) and whose source left the manifests;
        // config versions are the clean-up's above.
        if (!source || sources.has(source) || m.metadata.labels?.[CONFIG_OF_LABEL]) continue;
        const before = gone.length;
        await remove({ ...m, apiVersion, kind });
        if (gone.length > before) pruned.push(`${kind}/${m.metadata.name}`);
      }
    }
    ctx.timeline.add(
      'prune',
      pruned.length ? `deleted what left the manifests: ${pruned.join(', ')}` : 'nothing left the manifests',
    );
  }
  // Pruned, the parent lists this release's group-kinds only; otherwise members of other kinds may still exist,
  // and it keeps listing them (KEP-3659: a superset of its members' group-kinds).
  const now = resourcesOf(release.objects);
  await ctx.kube.apply(
    parentWith(release.parent, ctx.settings.prune ? now : new Map([...resources, ...now])),
  );
}

/** The config versions the live workloads read now (the previous release's, kept by the clean-up). */
export function configReadBy(live: (KubeObject | undefined)[]): Set<string> {
  return referencedConfig(live.filter((d): d is KubeObject => !!d));
}
