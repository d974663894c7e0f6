/**
 * The plan hash: SHA-256 of a canonical form of what the plan will do. Per resource change (sorted by address,
 * entries Terraform does not report dropped — plain no-ops and deleted data sources): address, actions, before,
 * after, after_unknown, importing, previous_address (and the deposed key when there is one); plus every output
 * change that is not a no-op. Keys are sorted at every depth, so key order, whitespace, timestamps, versions and
 * prior state never change it. Values marked sensitive enter it as "(sensitive)": the hash is printed in the PR
 * comment, and a hash of a short secret could be guessed by trying candidates.
 *
 * The same pass yields a manifest (per address: actions and a short digest of its canonical entry) that the
 * apply side diffs against to say what changed.
 */
import { createHash } from 'node:crypto';
import { isReported, actionOf } from './counts.js';
import type { Json, Plan, ResourceChange } from './plan.js';

export const SENSITIVE = '(sensitive)';

/**
 * The value with every subtree marked sensitive replaced by SENSITIVE and object keys sorted at every depth.
 * Copies only what must change (unsorted keys, a redaction), so the common case costs one walk and no
 * allocation; `JSON.stringify` of the result is the canonical JSON.
 */
export function normalize(value: Json | undefined, marker?: Json): Json {
  if (value === undefined) return null;
  if (marker === true) return value === null ? null : SENSITIVE;
  if (value === null || typeof value !== 'object') return value;
  const mk = marker !== null && typeof marker === 'object' ? marker : undefined;
  if (Array.isArray(value)) {
    const ms = Array.isArray(mk) ? mk : undefined;
    let out: Json[] | undefined;
    for (let i = 0; i < value.length; i++) {
      const v = value[i] as Json;
      const n = normalize(v, ms?.[i]);
      if (!out && n !== v) out = value.slice(0, i);
      if (out) out.push(n);
    }
    return out ?? value;
  }
  const ms = mk && !Array.isArray(mk) ? mk : undefined;
  const keys = Object.keys(value);
  let sorted = true;
  for (let i = 1; i < keys.length; i++) {
    if ((keys[i - 1] as string) > (keys[i] as string)) {
      sorted = false;
      break;
    }
  }
  if (!sorted) keys.sort();
  let out: { [k: string]: Json } | undefined = sorted ? undefined : {};
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i] as string;
    const v = value[k] as Json;
    const n = normalize(v, ms?.[k]);
    if (!out && n !== v) {
      out = {};
      for (let j = 0; j < i; j++) out[keys[j] as string] = value[keys[j] as string] as Json;
    }
    if (out) out[k] = n;
  }
  return out ?? value;
}

/** JSON with keys sorted at every depth and no whitespace. */
export function canonicalJson(value: Json | undefined): string {
  return JSON.stringify(normalize(value));
}

export interface ManifestEntry {
  /** Comma-joined actions, e.g. `delete,create`. */
  actions: string;
  /** First 16 hex characters of the SHA-256 of the canonical entry. */
  digest: string;
}

export interface PlanManifest {
  hash: string;
  /** False when only the hash was computed (resources and outputs are then empty). */
  detailed: boolean;
  resources: Map<string, ManifestEntry>;
  outputs: Map<string, ManifestEntry>;
}

function keyOf(rc: ResourceChange): string {
  return rc.deposed ? `${rc.address} (deposed ${rc.deposed})` : rc.address;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The canonical JSON of one resource change (keys listed in sorted order, values normalized). */
export function resourceEntry(rc: ResourceChange): string {
  const c = rc.change;
  return JSON.stringify({
    actions: c.actions,
    address: rc.address,
    after: normalize(c.after, c.after_sensitive),
    after_unknown: normalize(c.after_unknown),
    before: normalize(c.before, c.before_sensitive),
    ...(rc.deposed ? { deposed: rc.deposed } : {}),
    importing: normalize(c.importing ?? null),
    previous_address: rc.previous_address ?? null,
  });
}

/**
 * The plan hash in one linear pass; with `digests` (default true) also the per-address manifest. Memory stays
 * one entry at a time beyond the plan itself.
 */
export function hashPlan(plan: Plan, opts: { digests?: boolean } = {}): PlanManifest {
  const withDigests = opts.digests ?? true;
  const h = createHash('sha256');
  const resources = new Map<string, ManifestEntry>();
  const outputs = new Map<string, ManifestEntry>();
  const changes = plan.resource_changes.filter(isReported);
  const order = (a: ResourceChange, b: ResourceChange): number =>
    compare(a.address, b.address) || compare(a.deposed ?? '', b.deposed ?? '');
  // Terraform already writes resource_changes sorted by address: check in one pass before sorting.
  let sorted = true;
  for (let i = 1; i < changes.length && sorted; i++)
    sorted = order(changes[i - 1] as ResourceChange, changes[i] as ResourceChange) <= 0;
  if (!sorted) changes.sort(order);
  h.update('{"resource_changes":[');
  changes.forEach((rc, i) => {
    const entry = resourceEntry(rc);
    h.update(i === 0 ? entry : ',' + entry);
    if (withDigests)
      resources.set(keyOf(rc), { actions: rc.change.actions.join(','), digest: digest(entry) });
  });
  h.update('],"output_changes":[');
  let first = true;
  for (const o of plan.output_changes) {
    if (actionOf(o.actions) === 'no-op') continue;
    const entry = JSON.stringify({
      actions: o.actions,
      after: normalize(o.after, o.after_sensitive),
      after_unknown: normalize(o.after_unknown),
      before: normalize(o.before, o.before_sensitive),
      name: o.name,
    });
    h.update(first ? entry : ',' + entry);
    first = false;
    if (withDigests) outputs.set(o.name, { actions: o.actions.join(','), digest: digest(entry) });
  }
  h.update(']}');
  return { hash: h.digest('hex'), resources, outputs, detailed: withDigests };
}

export function planHash(plan: Plan): string {
  return hashPlan(plan, { digests: false }).hash;
}

function digest(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}
