/**
 * A job's `strategy.matrix`, expanded as GitHub expands it: the cartesian product of the vectors (in key order),
 * minus every combination an `exclude` entry matches, then each `include` entry added to every combination whose
 * original values it does not change (or appended as a combination of its own when it fits none). At most 256.
 */
import { WorkflowError, type Json } from './expressions.js';

export type Combination = Record<string, Json>;

const MAX_JOBS = 256;

function equal(a: Json | undefined, b: Json | undefined): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function isObject(v: Json | undefined): v is Record<string, Json> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Partial match: every key of `entry` that the combination has, with an equal value (objects: recursively). */
function matches(combo: Combination, entry: Record<string, Json>): boolean {
  return Object.entries(entry).every(([k, v]) => {
    const c = combo[k];
    if (isObject(v) && isObject(c)) return matches(c, v);
    return equal(c, v);
  });
}

export function expandMatrix(matrix: Json, where: { file?: string; line?: number } = {}): Combination[] {
  const fail = (m: string): never => {
    throw new WorkflowError(m, where.file, where.line);
  };
  if (!isObject(matrix)) return fail(`strategy.matrix must be a mapping (got ${JSON.stringify(matrix)})`);
  const vectors: [string, Json[]][] = [];
  let include: Json[] = [];
  let exclude: Json[] = [];
  for (const [k, v] of Object.entries(matrix)) {
    if (k === 'include' || k === 'exclude') {
      if (!Array.isArray(v)) fail(`strategy.matrix.${k} must be a list of mappings`);
      if (k === 'include') include = v as Json[];
      else exclude = v as Json[];
      continue;
    }
    if (!Array.isArray(v)) fail(`strategy.matrix.${k} must be a list (got ${JSON.stringify(v)})`);
    if ((v as Json[]).length === 0) fail(`Matrix vector '${k}' does not contain any values`);
    vectors.push([k, v as Json[]]);
  }
  let combos: Combination[] = vectors.length ? [{}] : [];
  for (const [k, values] of vectors) {
    const next: Combination[] = [];
    for (const c of combos) for (const v of values) next.push({ ...c, [k]: v });
    combos = next;
    if (combos.length > MAX_JOBS * 16) fail(`the matrix generates more than ${MAX_JOBS} jobs`);
  }
  for (const e of exclude) {
    if (!isObject(e)) fail('strategy.matrix.exclude entries must be mappings');
    combos = combos.filter((c) => !matches(c, e as Record<string, Json>));
  }
  const original = combos.map((c) => ({ ...c }));
  const vectorKeys = new Set(vectors.map(([k]) => k));
  for (const inc of include) {
    if (!isObject(inc)) fail('strategy.matrix.include entries must be mappings');
    const entry = inc as Record<string, Json>;
    let added = false;
    combos.forEach((c, i) => {
      const base = original[i] as Combination;
      // An include may add keys and overwrite keys added by earlier includes, never an original value.
      const fits = Object.entries(entry).every(([k, v]) => !vectorKeys.has(k) || equal(base[k], v));
      if (fits && vectors.length > 0) {
        Object.assign(c, entry);
        added = true;
      }
    });
    if (!added) {
      combos.push({ ...entry });
      original.push({ ...entry });
    }
  }
  if (combos.length === 0) fail('the matrix has no combinations left (every one was excluded)');
  if (combos.length > MAX_JOBS)
    fail(`the matrix generates ${combos.length} jobs; GitHub runs at most ${MAX_JOBS}`);
  return combos;
}

/** GitHub's display of a matrix job: `job (a, b)` with the combination's values. */
export function matrixLabel(combo: Combination): string {
  const show = (v: Json): string => (isObject(v) || Array.isArray(v) ? JSON.stringify(v) : String(v));
  return Object.values(combo).map(show).join(', ');
}
