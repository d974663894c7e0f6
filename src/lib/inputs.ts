/**
 * One parser per kind of input, shared by every action (INPUT_* env) and by the CLI (flags). A bad value is an
 * InputError that names the input, repeats the value and says what is allowed; nothing falls back silently.
 */
import { existsSync, realpathSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { InputError } from './errors.js';

const TRUE = ['true', 'True', 'TRUE'];
const FALSE = ['false', 'False', 'FALSE'];

/** YAML 1.2 core schema booleans, as `core.getBooleanInput` accepts. */
export function parseBoolean(name: string, raw: string): boolean {
  if (TRUE.includes(raw)) return true;
  if (FALSE.includes(raw)) return false;
  throw InputError.invalid(name, raw, 'a boolean: true | True | TRUE | false | False | FALSE');
}

export function parseInteger(name: string, raw: string, range: { min?: number; max?: number } = {}): number {
  const { min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER } = range;
  const expected = `a whole number from ${min} to ${max}`;
  if (!/^[+-]?\d+$/.test(raw)) throw InputError.invalid(name, raw, expected);
  const n = Number(raw);
  if (!Number.isSafeInteger(n) || n < min || n > max) throw InputError.invalid(name, raw, expected);
  return n;
}

const UNIT_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

/** `250ms`, `90s`, `5m`, `1h30m`, `0`; units in descending order, each at most once. Returns milliseconds. */
export function parseDuration(name: string, raw: string, range: { min?: number; max?: number } = {}): number {
  const expected =
    'a duration such as 90s, 5m or 1h30m (units h, m, s, ms' +
    (range.min !== undefined || range.max !== undefined
      ? `; from ${formatDuration(range.min ?? 0)}${range.max !== undefined ? ` to ${formatDuration(range.max)}` : ''}`
      : '') +
    ')';
  if (raw === '0') return checkRange(0);
  const re = /(\d+(?:\.\d+)?)(ms|h|m|s)/gy;
  let total = 0;
  let pos = 0;
  let lastRank = -1;
  const rank = ['h', 'm', 's', 'ms'];
  for (let m = re.exec(raw); m; m = re.exec(raw)) {
    const r = rank.indexOf(m[2] as string);
    if (r <= lastRank) throw InputError.invalid(name, raw, expected);
    lastRank = r;
    total += Number(m[1]) * (UNIT_MS[m[2] as string] as number);
    pos = re.lastIndex;
  }
  if (pos === 0 || pos !== raw.length) throw InputError.invalid(name, raw, expected);
  return checkRange(Math.round(total));

  function checkRange(ms: number): number {
    if ((range.min !== undefined && ms < range.min) || (range.max !== undefined && ms > range.max)) {
      throw InputError.invalid(name, raw, expected);
    }
    return ms;
  }
}

export function formatDuration(ms: number): string {
  if (ms === 0) return '0s';
  const parts: string[] = [];
  let rest = ms;
  for (const [unit, size] of [
    ['h', 3_600_000],
    ['m', 60_000],
    ['s', 1000],
  ] as const) {
    if (rest >= size) {
      parts.push(`${Math.floor(rest / size)}${unit}`);
      rest %= size;
    }
  }
  if (rest > 0) parts.push(`${rest}ms`);
  return parts.join('');
}

/** `5,25,50,100`: strictly increasing percentages in 1..100. */
export function parsePercentList(name: string, raw: string): number[] {
  const expected = 'a comma-separated list of increasing percentages from 1 to 100, such as 5,25,50,100';
  const items = raw.split(',').map((s) => s.trim().replace(/%$/, ''));
  const out: number[] = [];
  for (const item of items) {
    if (!/^\d+$/.test(item)) throw InputError.invalid(name, raw, expected);
    const n = Number(item);
    if (n < 1 || n > 100 || (out.length > 0 && n <= (out[out.length - 1] as number))) {
      throw InputError.invalid(name, raw, expected);
    }
    out.push(n);
  }
  return out;
}

/** A ratio from 0 to 1: `0.05`, or a percentage `5%`. */
export function parseRatio(name: string, raw: string): number {
  const text = raw.trim();
  const m = /^(\d*\.?\d+)\s*(%?)$/.exec(text);
  const n = m ? Number(m[1]) / (m[2] ? 100 : 1) : NaN;
  if (!Number.isFinite(n) || n < 0 || n > 1) {
    throw InputError.invalid(name, raw, 'a ratio from 0 to 1 such as 0.05 (or a percentage such as 5%)');
  }
  return n;
}

export function parseEnum<T extends string>(name: string, raw: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(raw)) return raw as T;
  throw InputError.invalid(name, raw, `one of: ${allowed.join(' | ')}`);
}

/** Newline- or comma-separated; blanks dropped. `# comments` on their own line are dropped too. */
export function parseList(
  raw: string,
  separators: 'newline' | 'newline-or-comma' = 'newline-or-comma',
): string[] {
  const splitter = separators === 'newline' ? /\r?\n/ : /\r?\n|,/;
  return raw
    .split(splitter)
    .map((s) => s.trim())
    .filter((s) => s !== '' && !s.startsWith('#'));
}

/** A YAML or JSON mapping (JSON is YAML). Async: the YAML parser is loaded only when a map is given. */
export async function parseMap(name: string, raw: string): Promise<Record<string, unknown>> {
  const { parse: parseYaml } = await import('yaml');
  const expected = 'a YAML or JSON mapping such as `key: value` lines or {"key": "value"}';
  let value: unknown;
  try {
    value = parseYaml(raw);
  } catch (e) {
    const why = e instanceof Error ? e.message.split('\n')[0] : String(e);
    throw new InputError(name, `Invalid input '${name}': not valid YAML (${why}). Expected ${expected}.`);
  }
  if (value === null || value === undefined) return {};
  if (typeof value !== 'object' || Array.isArray(value)) {
    // The value is not repeated: a map input can hold secrets (variables, headers).
    const kind = Array.isArray(value) ? 'a list' : `a ${typeof value}`;
    throw new InputError(name, `Invalid input '${name}': ${kind}, not a mapping. Expected ${expected}.`);
  }
  return value as Record<string, unknown>;
}

/** Glob patterns, one per line; `!pattern` excludes. Absolute paths and `..` are refused: globs stay inside. */
export function parseGlobs(name: string, raw: string): string[] {
  const globs = parseList(raw, 'newline');
  for (const g of globs) {
    const body = g.startsWith('!') ? g.slice(1) : g;
    if (body === '')
      throw InputError.invalid(name, raw, 'glob patterns such as reports/**/*.xml, one per line');
    if (isAbsolute(body) || /^[A-Za-z]:/.test(body) || body.split(/[\\/]/).includes('..')) {
      throw InputError.invalid(
        name,
        g,
        'glob patterns relative to the working directory, without .. or an absolute path',
      );
    }
  }
  return globs;
}

/** Where a path input may point: the workspace, and the runner's temp directory. */
export interface PathRoots {
  workspace: string;
  temp?: string;
}

function inside(path: string, root: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/** `path`, or the real path of its nearest existing ancestor joined with the rest (symlinks followed). */
function realish(path: string): string {
  let head = path;
  const tail: string[] = [];
  while (!existsSync(head)) {
    const parent = resolve(head, '..');
    if (parent === head) return path;
    tail.unshift(head.slice(parent.length + (parent.endsWith(sep) ? 0 : 1)));
    head = parent;
  }
  return resolve(realpathSync(head), ...tail);
}

/**
 * Resolves a path input against `base` (default: the workspace) and refuses one that leaves the workspace and
 * the runner's temp directory — by `..`, an absolute path, or a symlink — with one line naming the input.
 */
export function confinedPath(name: string, raw: string, roots: PathRoots, base = roots.workspace): string {
  const abs = resolve(base, raw);
  const allowed = [roots.workspace, ...(roots.temp ? [roots.temp] : [])];
  const real = realish(abs);
  const ok = allowed.some((r) => inside(abs, r) && inside(real, realish(r)));
  if (!ok) {
    throw InputError.invalid(
      name,
      raw,
      `a path inside the workspace (${roots.workspace})${roots.temp ? ` or the runner's temp directory` : ''}`,
    );
  }
  return abs;
}

export type InputSource = (name: string) => string;

/** Typed access to one action's inputs (or one CLI command's flags) with defaults. */
export class Inputs {
  constructor(private readonly source: InputSource) {}

  raw(name: string): string {
    return this.source(name).trim();
  }
  has(name: string): boolean {
    return this.raw(name) !== '';
  }
  string(name: string, opts: { required?: boolean; default?: string; expected?: string } = {}): string {
    const v = this.raw(name);
    if (v !== '') return v;
    if (opts.required) throw InputError.required(name, opts.expected);
    return opts.default ?? '';
  }
  boolean(name: string, fallback: boolean): boolean {
    const v = this.raw(name);
    return v === '' ? fallback : parseBoolean(name, v);
  }
  integer(name: string, fallback: number, range?: { min?: number; max?: number }): number {
    const v = this.raw(name);
    return v === '' ? fallback : parseInteger(name, v, range);
  }
  duration(name: string, fallback: string, range?: { min?: number; max?: number }): number {
    const v = this.raw(name);
    return parseDuration(name, v === '' ? fallback : v, range);
  }
  percentList(name: string, fallback: string): number[] {
    const v = this.raw(name);
    return parsePercentList(name, v === '' ? fallback : v);
  }
  enum<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
    const v = this.raw(name);
    return v === '' ? fallback : parseEnum(name, v, allowed);
  }
  list(name: string, fallback: string[] = []): string[] {
    const v = this.raw(name);
    return v === '' ? fallback : parseList(v);
  }
  lines(name: string, fallback: string[] = []): string[] {
    const v = this.raw(name);
    return v === '' ? fallback : parseList(v, 'newline');
  }
  async map(name: string): Promise<Record<string, unknown>> {
    const v = this.raw(name);
    return v === '' ? {} : parseMap(name, v);
  }
  /** Environment variable names, comma- or newline-separated. */
  envNames(name: string): string[] {
    const list = this.list(name);
    for (const n of list) {
      if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(n))
        throw InputError.invalid(name, n, 'environment variable names such as GITHUB_TOKEN');
    }
    return list;
  }
  globs(name: string, fallback: string[]): string[] {
    const v = this.raw(name);
    return v === '' ? fallback : parseGlobs(name, v);
  }
}
