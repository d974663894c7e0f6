/**
 * Ignore files, read by Keelson (Trivy itself is run with its ignore file switched off, so the JSON and the SARIF
 * keep every finding and only the gate skips ignored ones).
 *
 * Two forms, both compatible with Trivy's own:
 *  - `.trivyignore`: one id per line, `exp:YYYY-MM-DD` to expire, `#` comments; Keelson also reads the text after
 *    a `#` on an entry's line as its reason. Applies to every kind.
 *  - YAML (`.yaml`/`.yml`): `vulnerabilities:`, `misconfigurations:`, `secrets:` lists of `{id, paths, purls,
 *    expires (or expired_at), reason (or statement)}`.
 * An entry expires at 00:00 UTC of its date, as in Trivy. Expired entries stop ignoring and are reported; a date
 * Keelson cannot read is an error naming the file and line (Trivy only warns and drops the entry).
 */
import { errorMessage, InputError } from '../errors.js';
import type { Finding, Kind } from './report.js';
import { KINDS } from './report.js';

export interface Purl {
  type: string;
  namespace: string;
  name: string;
  version: string;
  qualifiers: Record<string, string>;
}

export interface IgnoreEntry {
  /** The kinds this entry applies to (a `.trivyignore` line applies to all). */
  kinds: readonly Kind[];
  id: string;
  /** Glob patterns matched against the finding's target (and package path); empty: everywhere. */
  paths: string[];
  pathMatchers: RegExp[];
  purls: Purl[];
  /** The date as written and its instant (ms since epoch, 00:00 UTC). */
  expires?: { text: string; at: number };
  reason?: string;
  /** Where it was written: `file:line` (text) or `file: kind[i]` (YAML). */
  where: string;
}

export interface IgnoreRules {
  file: string;
  entries: IgnoreEntry[];
}

export interface IgnoreMatch {
  entry: IgnoreEntry;
  expired: boolean;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function parseDate(text: string): number | undefined {
  const m = DATE.exec(text);
  if (!m) return undefined;
  const at = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  const d = new Date(at);
  // Reject dates that roll over (2026-02-30).
  if (
    d.getUTCFullYear() !== Number(m[1]) ||
    d.getUTCMonth() !== Number(m[2]) - 1 ||
    d.getUTCDate() !== Number(m[3])
  )
    return undefined;
  return at;
}

function bad(input: string, file: string, where: string, why: string): InputError {
  return new InputError(input, `Invalid ignore file '${file}' (${where}): ${why}.`);
}

/** Glob → RegExp with doublestar semantics: `**` crosses directories, `*` and `?` do not; `{a,b}`, `[abc]`. */
export function globToRegExp(glob: string): RegExp {
  let re = '';
  let depth = 0;
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i] as string;
    if (c === '*') {
      if (glob[i + 1] === '*') {
        const before = i === 0 || glob[i - 1] === '/';
        const after = glob[i + 2] === '/' || i + 2 === glob.length;
        i++;
        if (before && glob[i + 1] === '/') {
          re += '(?:.*/)?';
          i++;
        } else if (before && after) {
          re += '.*';
        } else {
          re += '[^/]*';
        }
      } else {
        re += '[^/]*';
      }
    } else if (c === '?') {
      re += '[^/]';
    } else if (c === '{') {
      depth++;
      re += '(?:';
    } else if (c === '}' && depth > 0) {
      depth--;
      re += ')';
    } else if (c === ',' && depth > 0) {
      re += '|';
    } else if (c === '[') {
      const end = glob.indexOf(']', i + 1);
      if (end < 0) {
        re += '\\[';
      } else {
        let body = glob.slice(i + 1, end);
        if (body.startsWith('!')) body = '^' + body.slice(1);
        re += `[${body.replace(/\\/g, '\\\\')}]`;
        i = end;
      }
    } else {
      re += c.replace(/[.+^$()|\\\]]/g, '\\$&');
    }
  }
  if (depth > 0) throw new Error(`unclosed '{' in '${glob}'`);
  return new RegExp(`^${re}$`);
}

export function parsePurl(text: string): Purl | undefined {
  const m = /^pkg:([A-Za-z.+-][A-Za-z0-9.+-]*)\/([^?#]+?)(?:\?([^#]*))?(?:#.*)?$/.exec(text);
  if (!m) return undefined;
  let path = m[2] as string;
  let version = '';
  const at = path.lastIndexOf('@');
  if (at > 0) {
    version = decodeURIComponent(path.slice(at + 1));
    path = path.slice(0, at);
  }
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  const name = parts.pop();
  if (!name) return undefined;
  const qualifiers: Record<string, string> = {};
  for (const pair of (m[3] ?? '').split('&').filter(Boolean)) {
    const eq = pair.indexOf('=');
    if (eq > 0) qualifiers[pair.slice(0, eq).toLowerCase()] = decodeURIComponent(pair.slice(eq + 1));
  }
  return { type: (m[1] as string).toLowerCase(), namespace: parts.join('/'), name, version, qualifiers };
}

/** A pattern purl matches a package purl when type, namespace and name agree, and version/qualifiers if given. */
function purlMatches(pattern: Purl, target: Purl): boolean {
  if (pattern.type !== target.type || pattern.namespace !== target.namespace || pattern.name !== target.name)
    return false;
  if (pattern.version && pattern.version !== target.version) return false;
  for (const [k, v] of Object.entries(pattern.qualifiers)) if (target.qualifiers[k] !== v) return false;
  return true;
}

function compilePaths(paths: string[], input: string, file: string, where: string): RegExp[] {
  return paths.map((p) => {
    try {
      return globToRegExp(p);
    } catch (e) {
      throw bad(input, file, where, errorMessage(e));
    }
  });
}

/** `.trivyignore`: `ID [exp:YYYY-MM-DD] [# reason]`. */
export function parseIgnoreText(text: string, file: string, input = 'ignore-file'): IgnoreRules {
  const entries: IgnoreEntry[] = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const raw = (lines[i] as string).trim();
    if (raw === '' || raw.startsWith('#')) continue;
    const hash = raw.search(/\s#/);
    const body = hash >= 0 ? raw.slice(0, hash).trim() : raw;
    const reason =
      hash >= 0
        ? raw
            .slice(hash)
            .trim()
            .replace(/^#+\s*/, '')
        : '';
    const fields = body.split(/\s+/);
    const id = fields[0] as string;
    const where = `line ${i + 1}`;
    let expires: IgnoreEntry['expires'];
    for (const f of fields.slice(1)) {
      if (!f.startsWith('exp:')) continue;
      const t = f.slice(4);
      const at = parseDate(t);
      if (at === undefined) throw bad(input, file, where, `'${f}' is not a date; expected exp:YYYY-MM-DD`);
      expires = { text: t, at };
    }
    entries.push({
      kinds: KINDS,
      id,
      paths: [],
      pathMatchers: [],
      purls: [],
      expires,
      reason: reason || undefined,
      where: `${file}:${i + 1}`,
    });
  }
  return { file, entries };
}

const YAML_KINDS: Record<string, Kind | null> = {
  vulnerabilities: 'vulnerabilities',
  misconfigurations: 'misconfigurations',
  secrets: 'secrets',
  licenses: null,
};
const ENTRY_KEYS = ['id', 'paths', 'purls', 'expires', 'expired_at', 'reason', 'statement'];

function dateText(v: unknown): string | undefined {
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'string') return v.trim();
  return undefined;
}

function stringList(v: unknown): string[] | undefined {
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v) || v.some((x) => typeof x !== 'string' || x === '')) return undefined;
  return v as string[];
}

/** The YAML form (Trivy's `.trivyignore.yaml`, with `expires`/`reason` accepted beside `expired_at`/`statement`). */
export async function parseIgnoreYaml(
  text: string,
  file: string,
  input = 'ignore-file',
): Promise<IgnoreRules> {
  const { parse } = await import('yaml');
  let doc: unknown;
  try {
    doc = parse(text);
  } catch (e) {
    throw bad(input, file, 'YAML', errorMessage(e).split('\n')[0] as string);
  }
  const entries: IgnoreEntry[] = [];
  if (doc === null || doc === undefined) return { file, entries };
  if (typeof doc !== 'object' || Array.isArray(doc)) {
    throw bad(
      input,
      file,
      'top level',
      'expected a mapping with vulnerabilities, misconfigurations, secrets',
    );
  }
  for (const [key, list] of Object.entries(doc as Record<string, unknown>)) {
    if (!(key in YAML_KINDS)) {
      throw bad(input, file, key, `unknown section; expected ${Object.keys(YAML_KINDS).join(', ')}`);
    }
    const kind = YAML_KINDS[key];
    if (list === null || list === undefined) continue;
    if (!Array.isArray(list)) throw bad(input, file, key, 'expected a list of entries with an id');
    list.forEach((item: unknown, i: number) => {
      const where = `${key}[${i}]`;
      if (typeof item !== 'object' || item === null || Array.isArray(item)) {
        throw bad(input, file, where, 'expected a mapping with an id');
      }
      const e = item as Record<string, unknown>;
      for (const k of Object.keys(e)) {
        if (!ENTRY_KEYS.includes(k))
          throw bad(input, file, where, `unknown key '${k}'; expected ${ENTRY_KEYS.join(', ')}`);
      }
      if (typeof e.id !== 'string' || e.id.trim() === '') throw bad(input, file, where, 'id is missing');
      const paths = stringList(e.paths);
      if (!paths) throw bad(input, file, where, 'paths must be a list of glob patterns');
      const purlTexts = stringList(e.purls);
      if (!purlTexts) throw bad(input, file, where, 'purls must be a list of package URLs');
      const purls = purlTexts.map((p) => {
        const parsed = parsePurl(p);
        if (!parsed)
          throw bad(input, file, where, `'${p}' is not a package URL (pkg:type/namespace/name@version)`);
        return parsed;
      });
      const rawDate = e.expires ?? e.expired_at;
      let expires: IgnoreEntry['expires'];
      if (rawDate !== undefined && rawDate !== null) {
        const t = dateText(rawDate);
        const at = t === undefined ? undefined : parseDate(t.slice(0, 10));
        if (t === undefined || at === undefined) {
          throw bad(input, file, where, `expires '${String(rawDate)}' is not a date; expected YYYY-MM-DD`);
        }
        expires = { text: t.slice(0, 10), at };
      }
      const reason = e.reason ?? e.statement;
      if (reason !== undefined && reason !== null && typeof reason !== 'string') {
        throw bad(input, file, where, 'reason must be text');
      }
      if (!kind) return; // licenses: Keelson does not scan licenses; the section is accepted for Trivy files
      entries.push({
        kinds: [kind],
        id: e.id.trim(),
        paths,
        pathMatchers: compilePaths(paths, input, file, where),
        purls,
        expires,
        reason: typeof reason === 'string' && reason.trim() ? reason.trim() : undefined,
        where: `${file}: ${where}`,
      });
    });
  }
  return { file, entries };
}

export async function parseIgnoreFile(
  text: string,
  file: string,
  input = 'ignore-file',
): Promise<IgnoreRules> {
  return /\.ya?ml$/i.test(file) ? parseIgnoreYaml(text, file, input) : parseIgnoreText(text, file, input);
}

function entryMatches(e: IgnoreEntry, f: Finding): boolean {
  if (!e.kinds.includes(f.kind)) return false;
  if (e.id !== f.id && !f.aliases.includes(e.id)) return false;
  if (e.pathMatchers.length > 0) {
    const candidates = [f.target, f.pkgPath].filter((p): p is string => !!p);
    if (!candidates.some((p) => e.pathMatchers.some((re) => re.test(p)))) return false;
  }
  if (e.purls.length > 0 && f.purl) {
    const target = parsePurl(f.purl);
    if (target && !e.purls.some((p) => purlMatches(p, target))) return false;
  }
  return true;
}

/** The active entry that ignores `f`, else an expired one that would have, else undefined. */
export function matchIgnore(
  rules: IgnoreRules | undefined,
  f: Finding,
  now: number,
): IgnoreMatch | undefined {
  if (!rules) return undefined;
  let expired: IgnoreEntry | undefined;
  for (const e of rules.entries) {
    if (!entryMatches(e, f)) continue;
    if (e.expires && e.expires.at <= now) {
      expired ??= e;
      continue;
    }
    return { entry: e, expired: false };
  }
  return expired ? { entry: expired, expired: true } : undefined;
}

/** Entries whose date has passed (listed whether or not they matched anything). */
export function expiredEntries(rules: IgnoreRules | undefined, now: number): IgnoreEntry[] {
  return (rules?.entries ?? []).filter((e) => e.expires !== undefined && e.expires.at <= now);
}
