/**
 * A simple JSON path: `$.status`, `$.checks[0].ok`, `checks[0].ok`, `$['key.with.dots']`, `$.items[-1]`
 * (negative index counts from the end). No wildcards, filters or recursive descent.
 */
import type { JsonValue, PathSegment } from './types.js';

/** Segments of `path`, or undefined when it is not a simple path. */
export function parseJsonPath(path: string): PathSegment[] | undefined {
  let rest = path.trim();
  if (rest === '' || rest === '$') return rest === '$' ? [] : undefined;
  const out: PathSegment[] = [];
  if (rest.startsWith('$')) rest = rest.slice(1);
  else {
    const first = /^[A-Za-z_][\w-]*/.exec(rest);
    if (!first) return undefined;
    out.push(first[0]);
    rest = rest.slice(first[0].length);
  }
  while (rest !== '') {
    let m: RegExpExecArray | null;
    if ((m = /^\.([A-Za-z_][\w-]*)/.exec(rest))) out.push(m[1] as string);
    else if ((m = /^\[(-?\d+)\]/.exec(rest))) out.push(Number(m[1]));
    else if ((m = /^\['((?:[^'\\]|\\.)*)'\]/.exec(rest)) || (m = /^\["((?:[^"\\]|\\.)*)"\]/.exec(rest))) {
      out.push((m[1] as string).replace(/\\(.)/g, '$1'));
    } else return undefined;
    rest = rest.slice(m[0].length);
  }
  return out;
}

/** The value at `segments`, or `{ found: false }`. */
export function getJsonPath(
  value: unknown,
  segments: PathSegment[],
): { found: true; value: unknown } | { found: false } {
  let current: unknown = value;
  for (const seg of segments) {
    if (typeof seg === 'number') {
      if (!Array.isArray(current)) return { found: false };
      const i = seg < 0 ? current.length + seg : seg;
      if (i < 0 || i >= current.length) return { found: false };
      current = current[i];
    } else {
      if (current === null || typeof current !== 'object' || Array.isArray(current)) return { found: false };
      if (!Object.prototype.hasOwnProperty.call(current, seg)) return { found: false };
      current = (current as Record<string, unknown>)[seg];
    }
  }
  return { found: true, value: current };
}

/** Deep equality of JSON values (object key order ignored; no type coercion: 1 is not "1"). */
export function jsonEqual(a: unknown, b: JsonValue): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((v, i) => jsonEqual(v, b[i] as JsonValue));
  }
  const ao = a as Record<string, unknown>;
  const bo = b as Record<string, JsonValue>;
  const ak = Object.keys(ao);
  const bk = Object.keys(bo);
  return (
    ak.length === bk.length &&
    bk.every((k) => Object.prototype.hasOwnProperty.call(ao, k) && jsonEqual(ao[k], bo[k] as JsonValue))
  );
}
