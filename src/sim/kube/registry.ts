import { randomUUID } from 'node:crypto';
import type { Clock } from '../../lib/clock.js';
import type { StatusDetails } from './errors.js';
import {
  STALE,
  StatusError,
  alreadyExists,
  badRequest,
  conflict,
  forbidden,
  invalid,
  notFound,
} from './errors.js';
import { type ApplyConflict, applyConfig, printManager, recordUpdate } from './fields.js';
import { PatchError, jsonPatch, mergePatch, strategicMergePatch } from './patch.js';
import type { ResourceType } from './resources.js';
import { byKind, groupVersion } from './resources.js';
import type { FieldRequirement, Requirement } from './selectors.js';
import { matchFields, matchRequirements } from './selectors.js';
import type { Store } from './store.js';
import { WITH_GENERATION, applyDefaults, prepareForCreate, specChanged, validateObject } from './strategy.js';
import type { KubeObject, ObjectMeta } from './types.js';
import { clone, isRecord, isoSeconds, jsonEqual } from './types.js';

export interface WriteOptions {
  /** metadata.managedFields manager; the HTTP layer derives it from ?fieldManager or the User-Agent. */
  manager: string;
  subresource?: 'status' | 'scale';
  dryRun?: boolean;
}

export type PatchType = 'merge' | 'json' | 'strategic' | 'apply';

export interface DeleteOptions {
  propagationPolicy?: 'Background' | 'Foreground' | 'Orphan';
  gracePeriodSeconds?: number;
  preconditions?: { uid?: string; resourceVersion?: string };
  dryRun?: boolean;
}

export interface ListOptions {
  labels?: Requirement[];
  fields?: FieldRequirement[];
}

const SERVER_META: (keyof ObjectMeta)[] = [
  'uid',
  'creationTimestamp',
  'generation',
  'deletionTimestamp',
  'deletionGracePeriodSeconds',
  'managedFields',
  'resourceVersion',
];

const NAME_CHARS = 'bcdfghjklmnpqrstvwxz2456789';

export function randomSuffix(n = 5, random: () => number = Math.random): string {
  let out = '';
  for (let i = 0; i < n; i++) out += NAME_CHARS[Math.floor(random() * NAME_CHARS.length)];
  return out;
}

function withoutVolatile(o: KubeObject): KubeObject {
  const c = clone(o);
  delete c.metadata.resourceVersion;
  for (const m of c.metadata.managedFields ?? []) m.time = '';
  return c;
}

/**
 * The API server's generic registry: create / update / patch / apply / delete with the strategies, field
 * management, optimistic concurrency and deletion semantics, over the Store. The HTTP layer and the
 * simulated controllers both write through it.
 */
export class Registry {
  private nextServiceIP = 0;
  /** Called after every stored write (the simulator reconciles). */
  onWrite: () => void = () => undefined;
  /** Mutating admission for creates (the load balancer controller's pod webhook injects readiness gates). */
  readonly mutators: ((rt: ResourceType, obj: KubeObject) => void)[] = [];

  constructor(
    readonly store: Store,
    private readonly clock: Clock,
    /** Generated names come from this (seeded) source, so a simulation replays the same way. */
    private readonly random: () => number = Math.random,
  ) {}

  now(): string {
    return isoSeconds(this.clock.now());
  }

  private ctx() {
    return {
      allocateClusterIP: (): string => {
        const n = this.nextServiceIP++;
        return `172.20.${Math.floor(n / 250)}.${(n % 250) + 1}`;
      },
    };
  }

  find(rt: ResourceType, ns: string | undefined, name: string): KubeObject | undefined {
    return this.store.get(rt, ns, name);
  }

  get(rt: ResourceType, ns: string | undefined, name: string): KubeObject {
    const o = this.store.get(rt, ns, name);
    if (!o) throw notFound(rt, name);
    return o;
  }

  list(rt: ResourceType, ns: string | undefined, opts: ListOptions = {}): KubeObject[] {
    return this.store
      .list(rt, ns)
      .filter(
        (o) => matchRequirements(opts.labels ?? [], o.metadata.labels) && matchFields(opts.fields ?? [], o),
      );
  }

  /** Like list, but the stored objects themselves (read-only; see Store.listShared). */
  listShared(rt: ResourceType, ns: string | undefined, opts: ListOptions = {}): readonly KubeObject[] {
    return this.store
      .listShared(rt, ns)
      .filter(
        (o) => matchRequirements(opts.labels ?? [], o.metadata.labels) && matchFields(opts.fields ?? [], o),
      );
  }

  private checkNamespace(rt: ResourceType, ns: string | undefined, name: string): void {
    if (!rt.namespaced) return;
    const nsRt = byKind('Namespace');
    const n = this.store.get(nsRt, undefined, ns ?? '');
    if (!n) throw notFound(nsRt, ns ?? '');
    const status = n.status;
    if (n.metadata.deletionTimestamp || (isRecord(status) && status.phase === 'Terminating')) {
      throw forbidden(
        `${rt.plural}${rt.group ? `.${rt.group}` : ''} "${name}" is forbidden: unable to create new content in namespace ${ns} because it is being terminated`,
        { kind: rt.plural, ...(rt.group ? { group: rt.group } : {}) },
      );
    }
  }

  private checkTypeMeta(rt: ResourceType, body: KubeObject): void {
    const gv = groupVersion(rt);
    if (body.apiVersion !== undefined && body.apiVersion !== gv) {
      throw badRequest(
        `the API version in the data (${String(body.apiVersion)}) does not match the expected API version (${gv})`,
      );
    }
    if (body.kind !== undefined && body.kind !== rt.kind) {
      throw badRequest(
        `the kind in the data (${String(body.kind)}) does not match the expected kind (${rt.kind})`,
      );
    }
  }

  private normaliseBody(rt: ResourceType, ns: string | undefined, body: unknown): KubeObject {
    if (!isRecord(body))
      throw badRequest(
        'the body of the request was in an unknown format - accepted media types include: application/json, application/yaml',
      );
    const obj = clone(body) as KubeObject;
    if (!isRecord(obj.metadata)) obj.metadata = {};
    this.checkTypeMeta(rt, obj);
    obj.apiVersion = groupVersion(rt);
    obj.kind = rt.kind;
    if (rt.namespaced) {
      if (obj.metadata.namespace !== undefined && obj.metadata.namespace !== ns) {
        throw badRequest(
          'the namespace of the provided object does not match the namespace sent on the request',
        );
      }
      obj.metadata.namespace = ns;
    } else delete obj.metadata.namespace;
    if (rt.kind === 'Secret' && isRecord(obj.data)) {
      for (const [k, v] of Object.entries(obj.data)) {
        if (typeof v !== 'string' || !/^[A-Za-z0-9+/]*={0,2}$/.test(v) || v.length % 4 !== 0) {
          throw badRequest(
            `Secret in version "v1" cannot be handled as a Secret: illegal base64 data in data[${JSON.stringify(k)}]`,
          );
        }
      }
    }
    return obj;
  }

  create(rt: ResourceType, ns: string | undefined, body: unknown, opts: WriteOptions): KubeObject {
    const obj = this.normaliseBody(rt, ns, body);
    if (obj.metadata.resourceVersion) {
      throw new StatusError(
        500,
        'InternalError',
        'resourceVersion should not be set on objects to be created',
        {},
      );
    }
    return this.createObject(rt, obj, opts, true);
  }

  private createObject(
    rt: ResourceType,
    obj: KubeObject,
    opts: WriteOptions,
    recordFields: boolean,
  ): KubeObject {
    if (!obj.metadata.name && obj.metadata.generateName)
      obj.metadata.name = obj.metadata.generateName + randomSuffix(5, this.random);
    const managed = obj.metadata.managedFields;
    for (const k of SERVER_META) delete obj.metadata[k];
    const now = this.now();
    obj.metadata.uid = randomUUID();
    obj.metadata.creationTimestamp = now;
    prepareForCreate(rt, obj);
    for (const mutate of this.mutators) mutate(rt, obj);
    applyDefaults(rt, obj, undefined, this.ctx());
    const causes = validateObject(rt, obj);
    if (causes.length) throw invalid(rt, obj.metadata.name ?? '', causes);
    this.checkNamespace(rt, obj.metadata.namespace, obj.metadata.name ?? '');
    if (this.store.get(rt, obj.metadata.namespace, obj.metadata.name ?? ''))
      throw alreadyExists(rt, obj.metadata.name ?? '');
    if (recordFields) recordUpdate(undefined, obj, opts.manager, groupVersion(rt), now);
    else if (managed) obj.metadata.managedFields = managed;
    if (opts.dryRun) return obj;
    const stored = this.store.put(rt, obj, 'ADDED');
    this.onWrite();
    return stored;
  }

  update(
    rt: ResourceType,
    ns: string | undefined,
    name: string,
    body: unknown,
    opts: WriteOptions,
  ): KubeObject {
    const next = this.normaliseBody(rt, ns, body);
    if (next.metadata.name !== undefined && next.metadata.name !== name) {
      throw badRequest(
        `the name of the object (${next.metadata.name}) does not match the name on the URL (${name})`,
      );
    }
    next.metadata.name = name;
    const live = this.get(rt, ns, name);
    const rv = next.metadata.resourceVersion;
    if (rv && rv !== live.metadata.resourceVersion) throw conflict(rt, name, STALE);
    return this.commitUpdate(rt, live, next, opts, true);
  }

  /** The shared tail of update, patch and apply: PrepareForUpdate, defaults, validation, generation, store. */
  private commitUpdate(
    rt: ResourceType,
    live: KubeObject,
    incoming: KubeObject,
    opts: WriteOptions,
    recordFields: boolean,
  ): KubeObject {
    let next: KubeObject;
    if (opts.subresource === 'status') {
      next = clone(live);
      next.status = clone(incoming.status);
      if (!recordFields) next.metadata.managedFields = incoming.metadata.managedFields;
    } else if (opts.subresource === 'scale') {
      next = clone(live);
      const replicas = isRecord(incoming.spec) ? incoming.spec.replicas : undefined;
      next.spec = { ...(isRecord(live.spec) ? live.spec : {}), replicas };
      if (!recordFields) next.metadata.managedFields = incoming.metadata.managedFields;
    } else {
      next = clone(incoming);
      if (rt.subresources.includes('status')) {
        if (live.status === undefined) delete next.status;
        else next.status = clone(live.status);
      }
      for (const k of [
        'uid',
        'creationTimestamp',
        'generation',
        'deletionTimestamp',
        'deletionGracePeriodSeconds',
      ] as const) {
        if (live.metadata[k] === undefined) delete next.metadata[k];
        else (next.metadata as Record<string, unknown>)[k] = live.metadata[k];
      }
      if (recordFields) next.metadata.managedFields = live.metadata.managedFields;
      next.metadata.name = live.metadata.name;
      if (rt.namespaced) next.metadata.namespace = live.metadata.namespace;
      applyDefaults(rt, next, live, this.ctx());
    }
    next.metadata.resourceVersion = live.metadata.resourceVersion;
    const causes = validateObject(rt, next, opts.subresource ? undefined : live);
    if (causes.length) throw invalid(rt, live.metadata.name ?? '', causes);
    if (WITH_GENERATION.has(rt.kind) && opts.subresource !== 'status' && specChanged(live, next)) {
      next.metadata.generation = (live.metadata.generation ?? 0) + 1;
    }
    if (recordFields) recordUpdate(live, next, opts.manager, groupVersion(rt), this.now(), opts.subresource);
    if (jsonEqual(withoutVolatile(live), withoutVolatile(next))) return live;
    if (opts.dryRun) return next;
    if (next.metadata.deletionTimestamp && !(next.metadata.finalizers ?? []).length && rt.kind !== 'Pod') {
      const gone = this.store.remove(rt, next.metadata.namespace, live.metadata.name ?? '') ?? next;
      this.onWrite();
      return gone;
    }
    const stored = this.store.put(rt, next, 'MODIFIED');
    this.onWrite();
    return stored;
  }

  patch(
    rt: ResourceType,
    ns: string | undefined,
    name: string,
    type: PatchType,
    patchBody: unknown,
    opts: WriteOptions & { force?: boolean },
  ): { object: KubeObject; created: boolean } {
    if (type === 'apply') return this.apply(rt, ns, name, patchBody, opts);
    const live = this.get(rt, ns, name);
    let patched: unknown;
    try {
      if (type === 'json') patched = jsonPatch(live, patchBody);
      else {
        if (!isRecord(patchBody))
          throw badRequest(
            `json: cannot unmarshal ${Array.isArray(patchBody) ? 'array' : typeof patchBody} into Go value of type map[string]interface {}`,
          );
        patched = type === 'merge' ? mergePatch(live, patchBody) : strategicMergePatch(live, patchBody);
      }
    } catch (e: unknown) {
      if (e instanceof PatchError) {
        if (e.testFailed)
          throw new StatusError(
            422,
            'Invalid',
            'the server rejected our request due to an error in our request',
            { causes: [] },
          );
        throw badRequest(e.message);
      }
      throw e;
    }
    if (!isRecord(patched)) throw badRequest('the patch produced a document that is not an object');
    const next = this.normaliseBody(rt, ns, patched);
    const rv = next.metadata.resourceVersion;
    if (rv && rv !== live.metadata.resourceVersion) throw conflict(rt, name, STALE);
    if (next.metadata.name !== name)
      throw badRequest(
        `the name of the object (${String(next.metadata.name)}) does not match the name on the URL (${name})`,
      );
    return { object: this.commitUpdate(rt, live, next, opts, true), created: false };
  }

  apply(
    rt: ResourceType,
    ns: string | undefined,
    name: string,
    config: unknown,
    opts: WriteOptions & { force?: boolean },
  ): { object: KubeObject; created: boolean } {
    if (!opts.manager)
      throw badRequest('PATCH apply requires a field manager: fieldManager is required for apply requests');
    if (!isRecord(config)) throw badRequest('error decoding YAML: the apply configuration is not an object');
    if (typeof config.apiVersion !== 'string' || !config.apiVersion)
      throw badRequest(`Object 'apiVersion' is missing in '${JSON.stringify(config)}'`);
    if (typeof config.kind !== 'string' || !config.kind)
      throw badRequest(`Object 'Kind' is missing in '${JSON.stringify(config)}'`);
    const body = this.normaliseBody(rt, ns, config);
    if (body.metadata.name !== undefined && body.metadata.name !== name) {
      throw badRequest(
        `the name of the object (${body.metadata.name}) does not match the name on the URL (${name})`,
      );
    }
    body.metadata.name = name;
    if (body.metadata.managedFields !== undefined) throw badRequest('metadata.managedFields must be nil');
    const live = this.find(rt, ns, name);
    if (!live && opts.subresource) throw notFound(rt, name);
    const rv = body.metadata.resourceVersion;
    if (live && rv && rv !== live.metadata.resourceVersion) throw conflict(rt, name, STALE);
    if (!live && rv) throw conflict(rt, name, STALE);
    delete body.metadata.resourceVersion;
    const { merged, conflicts } = applyConfig(
      live,
      body,
      opts.manager,
      opts.force === true,
      groupVersion(rt),
      this.now(),
      opts.subresource,
    );
    if (conflicts.length) throw applyConflict(conflicts);
    if (!live) return { object: this.createObject(rt, merged, opts, false), created: true };
    return { object: this.commitUpdate(rt, live, merged, opts, false), created: false };
  }

  /** Deletes per DeleteOptions; returns the object when it lingers (finalizers, graceful pods, namespaces). */
  delete(
    rt: ResourceType,
    ns: string | undefined,
    name: string,
    opts: DeleteOptions = {},
  ): { object: KubeObject; lingering: boolean } {
    const live = this.get(rt, ns, name);
    const pre = opts.preconditions;
    if (pre?.uid && pre.uid !== live.metadata.uid) {
      throw conflict(
        rt,
        name,
        `Precondition failed: UID in precondition: ${pre.uid}, UID in object meta: ${live.metadata.uid}`,
      );
    }
    if (pre?.resourceVersion && pre.resourceVersion !== live.metadata.resourceVersion) {
      throw conflict(
        rt,
        name,
        `Precondition failed: ResourceVersion in precondition: ${pre.resourceVersion}, ResourceVersion in object meta: ${live.metadata.resourceVersion}`,
      );
    }
    if (opts.dryRun) return { object: live, lingering: false };
    const policy = opts.propagationPolicy ?? 'Background';
    if (policy === 'Orphan') this.orphanDependents(live.metadata.uid ?? '');
    if (policy === 'Foreground') this.deleteDependents(live.metadata.uid ?? '');
    if (live.metadata.deletionTimestamp) return { object: live, lingering: true };
    const now = this.now();
    if ((live.metadata.finalizers ?? []).length) {
      live.metadata.deletionTimestamp = now;
      live.metadata.deletionGracePeriodSeconds = 0;
      return { object: this.putAndNotify(rt, live), lingering: true };
    }
    if (rt.kind === 'Namespace') {
      live.metadata.deletionTimestamp = now;
      live.metadata.deletionGracePeriodSeconds = 0;
      live.status = { phase: 'Terminating' };
      return { object: this.putAndNotify(rt, live), lingering: true };
    }
    if (rt.kind === 'Pod') {
      const spec = isRecord(live.spec) ? live.spec : {};
      const grace =
        opts.gracePeriodSeconds ??
        (typeof spec.terminationGracePeriodSeconds === 'number' ? spec.terminationGracePeriodSeconds : 30);
      const status = isRecord(live.status) ? live.status : {};
      const running =
        typeof spec.nodeName === 'string' && status.phase !== 'Succeeded' && status.phase !== 'Failed';
      if (grace > 0 && running) {
        live.metadata.deletionTimestamp = isoSeconds(this.clock.now() + grace * 1000);
        live.metadata.deletionGracePeriodSeconds = grace;
        return { object: this.putAndNotify(rt, live), lingering: true };
      }
    }
    const gone = this.store.remove(rt, ns, name) ?? live;
    this.onWrite();
    return { object: gone, lingering: false };
  }

  /** Remove a terminating object for good (the kubelet after a pod's grace period, the namespace controller). */
  finalize(rt: ResourceType, ns: string | undefined, name: string): void {
    if (this.store.remove(rt, ns, name)) this.onWrite();
  }

  private putAndNotify(rt: ResourceType, obj: KubeObject): KubeObject {
    const stored = this.store.put(rt, obj, 'MODIFIED');
    this.onWrite();
    return stored;
  }

  private dependents(uid: string): { rt: ResourceType; obj: KubeObject }[] {
    const out: { rt: ResourceType; obj: KubeObject }[] = [];
    for (const kind of ['ReplicaSet', 'Pod', 'EndpointSlice', 'Job']) {
      const rt = byKind(kind);
      for (const o of this.store.list(rt))
        if ((o.metadata.ownerReferences ?? []).some((r) => r.uid === uid)) out.push({ rt, obj: o });
    }
    return out;
  }

  private orphanDependents(uid: string): void {
    for (const { rt, obj } of this.dependents(uid)) {
      obj.metadata.ownerReferences = (obj.metadata.ownerReferences ?? []).filter((r) => r.uid !== uid);
      if (!obj.metadata.ownerReferences.length) delete obj.metadata.ownerReferences;
      this.store.put(rt, obj, 'MODIFIED');
    }
  }

  private deleteDependents(uid: string): void {
    for (const { rt, obj } of this.dependents(uid)) {
      try {
        this.delete(rt, obj.metadata.namespace, obj.metadata.name ?? '', { propagationPolicy: 'Foreground' });
      } catch {
        // already gone
      }
    }
  }

  /** Record a core/v1 Event about `involved`, folding repeats into `count` the way the event recorder does. */
  recordEvent(
    involved: KubeObject,
    type: 'Normal' | 'Warning',
    reason: string,
    message: string,
    component: string,
  ): void {
    const rt = byKind('Event');
    const ns = involved.metadata.namespace ?? 'default';
    if (!this.store.get(byKind('Namespace'), undefined, ns)) return;
    const now = this.now();
    const existing = this.store
      .list(rt, ns)
      .find(
        (e) =>
          isRecord(e.involvedObject) &&
          e.involvedObject.uid === involved.metadata.uid &&
          e.reason === reason &&
          e.message === message,
      );
    if (existing) {
      existing.count = (typeof existing.count === 'number' ? existing.count : 1) + 1;
      existing.lastTimestamp = now;
      this.store.put(rt, existing, 'MODIFIED');
      return;
    }
    const ev: KubeObject = {
      apiVersion: 'v1',
      kind: 'Event',
      metadata: {
        name: `${involved.metadata.name}.${this.clock.now().toString(16)}${randomSuffix(3, this.random)}`,
        namespace: ns,
        uid: randomUUID(),
        creationTimestamp: now,
      },
      involvedObject: {
        kind: involved.kind,
        namespace: ns,
        name: involved.metadata.name,
        uid: involved.metadata.uid,
        apiVersion: involved.apiVersion,
        resourceVersion: involved.metadata.resourceVersion,
      },
      reason,
      message,
      source: { component },
      firstTimestamp: now,
      lastTimestamp: now,
      count: 1,
      type,
      eventTime: null,
      reportingComponent: component,
      reportingInstance: '',
    };
    this.store.put(rt, ev, 'ADDED');
  }
}

/** The 409 kube-apiserver answers for apply conflicts (apimachinery's NewConflictError and its message). */
export function applyConflict(conflicts: ApplyConflict[]): StatusError {
  let message: string;
  if (conflicts.length === 1) {
    const c = conflicts[0];
    message = `Apply failed with 1 conflict: conflict with ${printManager(c)}: ${c.field}`;
  } else {
    const byManager = new Map<string, { who: string; fields: string[] }>();
    for (const c of conflicts) {
      const key = JSON.stringify([c.manager, c.operation, c.subresource ?? '', c.apiVersion]);
      const entry = byManager.get(key) ?? { who: printManager(c), fields: [] };
      entry.fields.push(c.field);
      byManager.set(key, entry);
    }
    const lines: string[] = [];
    for (const key of [...byManager.keys()].sort()) {
      const entry = byManager.get(key) as { who: string; fields: string[] };
      lines.push(`conflicts with ${entry.who}:`, ...entry.fields.map((f) => `- ${f}`));
    }
    message = `Apply failed with ${conflicts.length} conflicts: ${lines.join('\n')}`;
  }
  const details: StatusDetails = {
    causes: conflicts.map((c) => ({
      type: 'FieldManagerConflict',
      message: `conflict with ${printManager(c)}`,
      field: c.field,
    })),
  };
  return new StatusError(409, 'Conflict', message, details);
}

/** What a controller of the simulator (HPA, load balancer controller) sees of the cluster it runs in. */
export interface ControllerHost {
  readonly clock: Clock;
  readonly registry: Registry;
  list<T extends KubeObject>(kind: string, ns?: string): T[];
  writeStatus(kind: string, obj: KubeObject, status: unknown, manager?: string): void;
  event(
    obj: KubeObject,
    type: 'Normal' | 'Warning',
    reason: string,
    message: string,
    component: string,
  ): void;
  wake(t: number): void;
}
