import { itemKey, listTypeFor } from './patch.js';
import type { JsonObject, KubeObject, ManagedFieldsEntry } from './types.js';
import { clone, isRecord, jsonEqual } from './types.js';

/**
 * Field ownership (metadata.managedFields, FieldsV1) and the server-side apply merge. A field path is a list of
 * segments as FieldsV1 writes them: `f:<field>`, `k:<json of merge keys>` for an item of an associative list,
 * `v:<json>` for a member of a set. Only leaves and list items are recorded, which is what FieldsV1 holds.
 */
type Segments = string[];

const META_FIELDS = ['labels', 'annotations', 'finalizers', 'ownerReferences'];

function enc(segs: Segments): string {
  return JSON.stringify(segs);
}
function dec(key: string): Segments {
  return JSON.parse(key) as Segments;
}

function walk(value: unknown, names: string[], segs: Segments, out: Set<string>): void {
  if (isRecord(value)) {
    const keys = Object.keys(value).filter((k) => value[k] !== undefined && value[k] !== null);
    if (keys.length === 0) {
      if (segs.length) out.add(enc(segs));
      return;
    }
    for (const k of keys) walk(value[k], [...names, k], [...segs, `f:${k}`], out);
    return;
  }
  if (Array.isArray(value)) {
    const lt = listTypeFor(names);
    if (lt === 'atomic' || value.length === 0) {
      out.add(enc(segs));
    } else if (lt === 'set') {
      for (const v of value) out.add(enc([...segs, `v:${JSON.stringify(v)}`]));
    } else {
      for (const item of value) {
        const itemSegs = [...segs, `k:${itemKey(item, lt.keys)}`];
        out.add(enc(itemSegs));
        walk(item, names, itemSegs, out);
      }
    }
    return;
  }
  out.add(enc(segs));
}

/**
 * The fields of `obj` a write through the main resource or a subresource can own: `status` owns the status,
 * `scale` only `.spec.replicas` (the Scale object's one writable field, recorded on the parent's path).
 */
export function fieldSet(obj: KubeObject, subresource?: string): Set<string> {
  const out = new Set<string>();
  if (subresource === 'status') {
    if (obj.status !== undefined) walk(obj.status, ['status'], ['f:status'], out);
    return out;
  }
  if (subresource === 'scale') {
    const spec = obj.spec;
    if (isRecord(spec) && spec.replicas !== undefined && spec.replicas !== null)
      out.add(enc(['f:spec', 'f:replicas']));
    return out;
  }
  for (const [k, v] of Object.entries(obj)) {
    if (k === 'apiVersion' || k === 'kind' || k === 'status' || v === undefined) continue;
    if (k === 'metadata') {
      for (const m of META_FIELDS) {
        const mv = obj.metadata[m as keyof typeof obj.metadata];
        if (mv !== undefined) walk(mv, ['metadata', m], ['f:metadata', `f:${m}`], out);
      }
      continue;
    }
    walk(v, [k], [`f:${k}`], out);
  }
  return out;
}

function step(cur: unknown, seg: string): unknown {
  if (seg.startsWith('f:')) return isRecord(cur) ? cur[seg.slice(2)] : undefined;
  if (!Array.isArray(cur)) return undefined;
  if (seg.startsWith('v:')) {
    const want: unknown = JSON.parse(seg.slice(2));
    return cur.find((x) => jsonEqual(x, want));
  }
  const want = seg.slice(2);
  const keys = Object.keys(JSON.parse(want) as Record<string, unknown>);
  return cur.find((x) => itemKey(x, keys) === want);
}

function valueAt(obj: unknown, segs: Segments): unknown {
  let cur = obj;
  for (const s of segs) cur = step(cur, s);
  return cur;
}

function removePath(obj: unknown, segs: Segments): void {
  const parent = valueAt(obj, segs.slice(0, -1));
  const last = segs[segs.length - 1];
  if (last.startsWith('f:')) {
    if (isRecord(parent)) delete parent[last.slice(2)];
    return;
  }
  if (!Array.isArray(parent)) return;
  const target = step(parent, last);
  const i = parent.indexOf(target);
  if (i >= 0) parent.splice(i, 1);
}

// ---- FieldsV1 <-> sets ---------------------------------------------------------------------------------

export function toFieldsV1(set: Set<string>): JsonObject {
  const root: JsonObject = {};
  for (const key of [...set].sort()) {
    const segs = dec(key);
    let node = root;
    for (const s of segs) {
      const next = node[s];
      if (isRecord(next)) node = next as JsonObject;
      else {
        const created: JsonObject = {};
        node[s] = created;
        node = created;
      }
    }
    if (segs[segs.length - 1]?.startsWith('k:')) node['.'] = {};
  }
  return root;
}

export function fromFieldsV1(tree: unknown, prefix: Segments = [], out = new Set<string>()): Set<string> {
  if (!isRecord(tree)) return out;
  const keys = Object.keys(tree);
  if (keys.length === 0 && prefix.length) out.add(enc(prefix));
  for (const k of keys) {
    if (k === '.') out.add(enc(prefix));
    else fromFieldsV1(tree[k], [...prefix, k], out);
  }
  return out;
}

interface Entry {
  manager: string;
  operation: 'Apply' | 'Update';
  subresource?: string;
  apiVersion: string;
  time: string;
  set: Set<string>;
}

function readEntries(obj: KubeObject | undefined): Entry[] {
  return (obj?.metadata.managedFields ?? []).map((m) => ({
    manager: m.manager,
    operation: m.operation,
    subresource: m.subresource,
    apiVersion: m.apiVersion,
    time: m.time,
    set: fromFieldsV1(m.fieldsV1),
  }));
}

function writeEntries(obj: KubeObject, entries: Entry[]): void {
  const kept = entries.filter((e) => e.set.size > 0);
  const managed: ManagedFieldsEntry[] = kept.map((e) => ({
    manager: e.manager,
    operation: e.operation,
    apiVersion: e.apiVersion,
    time: e.time,
    fieldsType: 'FieldsV1',
    fieldsV1: toFieldsV1(e.set),
    ...(e.subresource ? { subresource: e.subresource } : {}),
  }));
  if (managed.length) obj.metadata.managedFields = managed;
  else delete obj.metadata.managedFields;
}

function entryFor(
  entries: Entry[],
  manager: string,
  op: 'Apply' | 'Update',
  sub: string | undefined,
  apiVersion: string,
  time: string,
): Entry {
  let e = entries.find((x) => x.manager === manager && x.operation === op && x.subresource === sub);
  if (!e) {
    e = { manager, operation: op, subresource: sub, apiVersion, time, set: new Set() };
    entries.push(e);
  }
  e.time = time;
  e.apiVersion = apiVersion;
  return e;
}

function isItemNode(key: string): boolean {
  const segs = dec(key);
  return segs[segs.length - 1].startsWith('k:');
}

/** Record an Update-operation write of `next` (replacing `old`) by `manager` in next.metadata.managedFields. */
export function recordUpdate(
  old: KubeObject | undefined,
  next: KubeObject,
  manager: string,
  apiVersion: string,
  time: string,
  subresource?: string,
): void {
  const entries = readEntries(old);
  const before = old ? fieldSet(old, subresource) : new Set<string>();
  const after = fieldSet(next, subresource);
  const changed = new Set<string>();
  for (const p of after) {
    if (!before.has(p)) changed.add(p);
    else if (!isItemNode(p) && !jsonEqual(valueAt(old, dec(p)), valueAt(next, dec(p)))) changed.add(p);
  }
  const removed = [...before].filter((p) => !after.has(p));
  for (const e of entries) {
    for (const p of changed) e.set.delete(p);
    for (const p of removed) e.set.delete(p);
  }
  if (changed.size) {
    const mine = entryFor(entries, manager, 'Update', subresource, apiVersion, time);
    for (const p of changed) mine.set.add(p);
  }
  writeEntries(next, entries);
}

export interface ApplyConflict {
  manager: string;
  operation: 'Apply' | 'Update';
  subresource?: string;
  apiVersion: string;
  field: string;
}

/**
 * How kube-apiserver names a manager in conflicts (apimachinery's printManager over the manager identifier,
 * which never carries the time): `"kubectl"`, `"kube-controller-manager" with subresource "scale" using apps/v1`.
 */
export function printManager(
  c: Pick<ApplyConflict, 'manager' | 'operation' | 'subresource' | 'apiVersion'>,
): string {
  let out = JSON.stringify(c.manager);
  if (c.subresource) out += ` with subresource ${JSON.stringify(c.subresource)}`;
  if (c.operation === 'Update') out += ` using ${c.apiVersion}`;
  return out;
}

/** `.spec.template.spec.containers[name="app"].image`, the way apply conflicts name a field. */
export function describePath(key: string): string {
  let out = '';
  for (const s of dec(key)) {
    if (s.startsWith('f:')) out += `.${s.slice(2)}`;
    else if (s.startsWith('k:')) {
      const keys = JSON.parse(s.slice(2)) as Record<string, unknown>;
      out += `[${Object.entries(keys)
        .map(([k, v]) => `${k}=${JSON.stringify(v)}`)
        .join(',')}]`;
    } else out += `[=${s.slice(2)}]`;
  }
  return out;
}

function dropNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(dropNulls);
  if (!isRecord(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) if (v !== null && v !== undefined) out[k] = dropNulls(v);
  return out;
}

function mergeApplied(live: unknown, applied: unknown, names: string[]): unknown {
  if (isRecord(applied)) {
    const out: Record<string, unknown> = isRecord(live) ? clone(live) : {};
    for (const [k, v] of Object.entries(applied)) out[k] = mergeApplied(out[k], v, [...names, k]);
    return out;
  }
  if (Array.isArray(applied)) {
    const lt = listTypeFor(names);
    if (lt === 'atomic' || !Array.isArray(live)) return clone(applied);
    if (lt === 'set') {
      const out = clone(live);
      for (const v of applied) if (!out.some((x) => jsonEqual(x, v))) out.push(clone(v));
      return out;
    }
    const out = clone(live);
    for (const item of applied) {
      const key = itemKey(item, lt.keys);
      const i = out.findIndex((x) => itemKey(x, lt.keys) === key);
      if (i >= 0) out[i] = mergeApplied(out[i], item, names);
      else out.push(clone(item));
    }
    return out;
  }
  return applied;
}

/**
 * Server-side apply of `config` by `manager` onto `live` (absent: the object is created from the config).
 * Returns the merged object (before defaulting) with managedFields updated, or the conflicts when another
 * manager owns a field the config would change and `force` is off.
 */
export function applyConfig(
  live: KubeObject | undefined,
  config: KubeObject,
  manager: string,
  force: boolean,
  apiVersion: string,
  time: string,
  subresource?: string,
): { merged: KubeObject; conflicts: ApplyConflict[] } {
  const applied = dropNulls(config) as KubeObject;
  const entries = readEntries(live);
  const appliedSet = fieldSet(applied, subresource);
  const conflicts: ApplyConflict[] = [];
  // A manager is (name, operation, subresource): every other one can conflict, whatever subresource it wrote
  // through (the HPA owns .spec.replicas through /scale; the same name's Update is another manager too).
  const isMine = (e: Entry): boolean =>
    e.manager === manager && e.operation === 'Apply' && e.subresource === subresource;
  const others = entries.filter((e) => !isMine(e));
  if (live) {
    for (const p of appliedSet) {
      if (isItemNode(p)) continue;
      const same = jsonEqual(valueAt(live, dec(p)), valueAt(applied, dec(p)));
      if (same) continue;
      for (const e of others) {
        if (!e.set.has(p)) continue;
        if (force) e.set.delete(p);
        else
          conflicts.push({
            manager: e.manager,
            operation: e.operation,
            subresource: e.subresource,
            apiVersion: e.apiVersion,
            field: describePath(p),
          });
      }
    }
  }
  if (conflicts.length) return { merged: live as KubeObject, conflicts };

  let merged: KubeObject;
  if (!live) merged = clone(applied);
  else if (subresource === 'status')
    merged = { ...clone(live), status: mergeApplied(live.status, applied.status, ['status']) };
  else {
    const body: Record<string, unknown> = { ...applied };
    delete body.status;
    merged = mergeApplied(live, body, []) as KubeObject;
  }

  const mine = entryFor(entries, manager, 'Apply', subresource, apiVersion, time);
  const previous = mine.set;
  const removed = [...previous]
    .filter((p) => !appliedSet.has(p))
    .sort((a, b) => dec(b).length - dec(a).length);
  for (const p of removed) {
    const ownedElsewhere = entries.some(
      (e) => e !== mine && [...e.set].some((q) => q === p || q.startsWith(p.slice(0, -1) + ',')),
    );
    if (!ownedElsewhere) removePath(merged, dec(p));
  }
  mine.set = appliedSet;
  writeEntries(merged, entries);
  return { merged, conflicts };
}
