import { clone, isRecord, jsonEqual } from './types.js';

export class PatchError extends Error {
  constructor(
    message: string,
    /** A JSON patch `test` operation failed: the apiserver answers 422 rather than 400. */
    readonly testFailed = false,
  ) {
    super(message);
  }
}

/**
 * How a list is merged by strategic merge patch and server-side apply, from the `patchMergeKey` /
 * `x-kubernetes-list-map-keys` markers of the types Keelson writes. `names` is the path of field names.
 * Lists not named here are atomic (replaced whole).
 */
export function listTypeFor(names: string[]): { keys: string[] } | 'set' | 'atomic' {
  const last = names[names.length - 1];
  const parent = names[names.length - 2];
  switch (last) {
    case 'containers':
    case 'initContainers':
    case 'ephemeralContainers':
    case 'volumes':
    case 'imagePullSecrets':
    case 'resourceClaims':
      return { keys: ['name'] };
    case 'env':
      return { keys: ['name'] };
    case 'volumeMounts':
      return { keys: ['mountPath'] };
    case 'volumeDevices':
      return { keys: ['devicePath'] };
    case 'hostAliases':
      return { keys: ['ip'] };
    case 'conditions':
      return { keys: ['type'] };
    case 'ownerReferences':
      return parent === 'metadata' ? { keys: ['uid'] } : 'atomic';
    case 'finalizers':
      return parent === 'metadata' ? 'set' : 'atomic';
    case 'topologySpreadConstraints':
      return { keys: ['topologyKey', 'whenUnsatisfiable'] };
    case 'ports':
      if (names.includes('containers') || names.includes('initContainers'))
        return { keys: ['containerPort', 'protocol'] };
      if (parent === 'spec' && names.length === 2) return { keys: ['port', 'protocol'] };
      return 'atomic';
    default:
      return 'atomic';
  }
}

/** The identity of a list item under its merge keys (missing `protocol` means TCP, as the schema defaults). */
export function itemKey(item: unknown, keys: string[]): string {
  const picked: Record<string, unknown> = {};
  for (const k of keys) {
    let v = isRecord(item) ? item[k] : undefined;
    if (v === undefined && k === 'protocol') v = 'TCP';
    if (v !== undefined) picked[k] = v;
  }
  return JSON.stringify(picked);
}

/** RFC 7386 JSON merge patch. */
export function mergePatch(target: unknown, patch: unknown): unknown {
  if (!isRecord(patch)) return clone(patch);
  const out: Record<string, unknown> = isRecord(target) ? clone(target) : {};
  for (const [k, v] of Object.entries(patch)) {
    if (v === null) delete out[k];
    else out[k] = mergePatch(out[k], v);
  }
  return out;
}

/** Kubernetes strategic merge patch: merge patch, but associative lists merge item by item by their key. */
export function strategicMergePatch(target: unknown, patch: unknown, names: string[] = []): unknown {
  if (!isRecord(patch)) return clone(patch);
  if (patch.$patch === 'replace') {
    const rest = { ...patch };
    delete rest.$patch;
    return stripDirectives(rest);
  }
  if (patch.$patch === 'delete') return undefined;
  const out: Record<string, unknown> = isRecord(target) ? clone(target) : {};
  const retain = Array.isArray(patch.$retainKeys) ? patch.$retainKeys.map(String) : undefined;
  for (const [k, v] of Object.entries(patch)) {
    if (k.startsWith('$')) continue;
    if (k.startsWith('$setElementOrder/') || k.startsWith('$deleteFromPrimitiveList/')) continue;
    if (v === null) {
      delete out[k];
      continue;
    }
    const path = [...names, k];
    const deleteList = patch[`$deleteFromPrimitiveList/${k}`];
    if (Array.isArray(v)) {
      const lt = listTypeFor(path);
      if (lt === 'atomic') out[k] = stripDirectives(v);
      else if (lt === 'set') {
        const current = Array.isArray(out[k]) ? (out[k] as unknown[]) : [];
        const merged = [...current];
        for (const item of v) if (!merged.some((m) => jsonEqual(m, item))) merged.push(item);
        out[k] = merged;
      } else out[k] = mergeKeyedList(Array.isArray(out[k]) ? (out[k] as unknown[]) : [], v, lt.keys, path);
    } else {
      const merged = strategicMergePatch(out[k], v, path);
      if (merged === undefined) delete out[k];
      else out[k] = merged;
    }
    if (Array.isArray(deleteList) && Array.isArray(out[k])) {
      out[k] = (out[k] as unknown[]).filter((x) => !deleteList.some((d) => jsonEqual(d, x)));
    }
  }
  for (const [k, v] of Object.entries(patch)) {
    if (!k.startsWith('$deleteFromPrimitiveList/')) continue;
    const field = k.slice('$deleteFromPrimitiveList/'.length);
    if (Array.isArray(v) && Array.isArray(out[field]) && !(field in patch)) {
      out[field] = (out[field] as unknown[]).filter((x) => !v.some((d) => jsonEqual(d, x)));
    }
  }
  if (retain) for (const k of Object.keys(out)) if (!retain.includes(k)) delete out[k];
  return out;
}

function mergeKeyedList(current: unknown[], patch: unknown[], keys: string[], path: string[]): unknown[] {
  const out = clone(current);
  for (const item of patch) {
    if (isRecord(item) && item.$patch === 'replace')
      return patch.filter((p) => !(isRecord(p) && p.$patch)).map(stripDirectives);
    const key = itemKey(item, keys);
    const idx = out.findIndex((c) => itemKey(c, keys) === key);
    if (isRecord(item) && item.$patch === 'delete') {
      if (idx >= 0) out.splice(idx, 1);
      continue;
    }
    if (idx >= 0) out[idx] = strategicMergePatch(out[idx], item, path);
    else out.push(stripDirectives(item));
  }
  return out;
}

function stripDirectives(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stripDirectives);
  if (!isRecord(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) if (!k.startsWith('$')) out[k] = stripDirectives(v);
  return out;
}

// ---- RFC 6902 JSON patch --------------------------------------------------------------------------------

function parsePointer(pointer: string): string[] {
  if (pointer === '') return [];
  if (!pointer.startsWith('/')) throw new PatchError(`invalid JSON pointer "${pointer}"`);
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function getAt(doc: unknown, path: string[]): unknown {
  let cur = doc;
  for (const seg of path) {
    if (Array.isArray(cur)) {
      const i = Number(seg);
      if (!/^\d+$/.test(seg) || i >= cur.length)
        throw new PatchError(`jsonpatch operation does not apply: doc is missing path: "/${path.join('/')}"`);
      cur = cur[i];
    } else if (isRecord(cur) && seg in cur) cur = cur[seg];
    else
      throw new PatchError(
        `jsonpatch operation does not apply: doc is missing path: "/${path.join('/')}": missing value`,
      );
  }
  return cur;
}

function parentOf(doc: unknown, path: string[], op: string): { parent: unknown; last: string } {
  if (path.length === 0) throw new PatchError(`${op} operation on the document root is not supported`);
  const parent = getAt(doc, path.slice(0, -1));
  return { parent, last: path[path.length - 1] };
}

function addAt(doc: unknown, path: string[], value: unknown, op: string): unknown {
  if (path.length === 0) return clone(value);
  const { parent, last } = parentOf(doc, path, op);
  if (Array.isArray(parent)) {
    const i = last === '-' ? parent.length : Number(last);
    if (!/^\d+$/.test(last) && last !== '-')
      throw new PatchError(`${op} operation: invalid array index "${last}"`);
    if (i > parent.length) throw new PatchError(`${op} operation: index out of bounds: ${i}`);
    parent.splice(i, 0, clone(value));
  } else if (isRecord(parent)) parent[last] = clone(value);
  else
    throw new PatchError(
      `jsonpatch ${op} operation does not apply: doc is missing path: "/${path.join('/')}"`,
    );
  return doc;
}

function removeAt(doc: unknown, path: string[], op: string): unknown {
  const { parent, last } = parentOf(doc, path, op);
  if (Array.isArray(parent)) {
    const i = Number(last);
    if (!/^\d+$/.test(last) || i >= parent.length)
      throw new PatchError(
        `jsonpatch ${op} operation does not apply: doc is missing path: "/${path.join('/')}"`,
      );
    parent.splice(i, 1);
  } else if (isRecord(parent) && last in parent) delete parent[last];
  else
    throw new PatchError(
      `jsonpatch ${op} operation does not apply: doc is missing path: "/${path.join('/')}": missing value`,
    );
  return doc;
}

export function jsonPatch(target: unknown, ops: unknown): unknown {
  if (!Array.isArray(ops)) throw new PatchError('json patch must be an array of operations');
  let doc = clone(target);
  for (const raw of ops) {
    if (!isRecord(raw) || typeof raw.op !== 'string' || typeof raw.path !== 'string') {
      throw new PatchError('json patch operation must have "op" and "path"');
    }
    const path = parsePointer(raw.path);
    switch (raw.op) {
      case 'add':
        if (!('value' in raw)) throw new PatchError('add operation missing "value"');
        doc = addAt(doc, path, raw.value, 'add');
        break;
      case 'remove':
        doc = removeAt(doc, path, 'remove');
        break;
      case 'replace':
        if (!('value' in raw)) throw new PatchError('replace operation missing "value"');
        getAt(doc, path);
        if (path.length === 0) doc = clone(raw.value);
        else {
          doc = removeAt(doc, path, 'replace');
          doc = addAt(doc, path, raw.value, 'replace');
        }
        break;
      case 'move':
      case 'copy': {
        if (typeof raw.from !== 'string') throw new PatchError(`${raw.op} operation missing "from"`);
        const from = parsePointer(raw.from);
        const value = clone(getAt(doc, from));
        if (raw.op === 'move') doc = removeAt(doc, from, 'move');
        doc = addAt(doc, path, value, raw.op);
        break;
      }
      case 'test': {
        const actual = getAt(doc, path);
        if (!jsonEqual(actual, raw.value))
          throw new PatchError(`testing value ${raw.path} failed: test failed`, true);
        break;
      }
      default:
        throw new PatchError(`Unexpected kind: ${String(raw.op)}`);
    }
  }
  return doc;
}
