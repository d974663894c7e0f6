/**
 * GITHUB_TOKEN permissions as data: parse a `permissions:` value, compare grants, and read what each action
 * documents it needs (actions/permissions.yml). Used by the workflow contract checks and the generated docs.
 */
import { parse } from 'yaml';

export type Level = 'none' | 'read' | 'write';
export type Permissions = Record<string, Level>;

/** Every scope `permissions:` accepts (the permissions-mapping of @actions/workflow-parser's schema; a test keeps them equal). */
export const SCOPES = [
  'actions',
  'artifact-metadata',
  'attestations',
  'checks',
  'code-quality',
  'contents',
  'copilot-requests',
  'deployments',
  'discussions',
  'drives',
  'id-token',
  'issues',
  'models',
  'packages',
  'pages',
  'pull-requests',
  'repository-projects',
  'security-events',
  'statuses',
  'vulnerability-alerts',
] as const;

const RANK: Record<Level, number> = { none: 0, read: 1, write: 2 };

export interface ActionPermissions {
  required: Permissions;
  optional: Permissions;
}

/** `actions/permissions.yml`: action key (a Keelson action's folder, or owner/repo[/path]) → its needs. */
export type PermissionsCatalog = Map<string, ActionPermissions>;

function levels(v: unknown, where: string): Permissions {
  if (v === undefined || v === null) return {};
  if (typeof v !== 'object' || Array.isArray(v))
    throw new Error(`${where}: expected a mapping of scope: level`);
  const out: Permissions = {};
  for (const [scope, level] of Object.entries(v as Record<string, unknown>)) {
    if (!(SCOPES as readonly string[]).includes(scope)) throw new Error(`${where}: unknown scope '${scope}'`);
    if (level !== 'read' && level !== 'write' && level !== 'none')
      throw new Error(`${where}: '${scope}' must be read, write or none`);
    out[scope] = level;
  }
  return out;
}

export function parsePermissionsCatalog(text: string): PermissionsCatalog {
  const doc = parse(text) as Record<string, { required?: unknown; optional?: unknown } | null>;
  const catalog: PermissionsCatalog = new Map();
  for (const [key, v] of Object.entries(doc ?? {})) {
    catalog.set(key, {
      required: levels(v?.required, `${key}.required`),
      optional: levels(v?.optional, `${key}.optional`),
    });
  }
  return catalog;
}

/**
 * A job's `permissions:` as a map. `read-all`/`write-all` expand to every scope; `{}` is nothing; an absent
 * value is `undefined` (the repository's default token permissions — which Keelson's workflows never rely on).
 */
export function grantOf(value: unknown): Permissions | undefined {
  if (value === undefined || value === null) return undefined;
  if (value === 'read-all' || value === 'write-all') {
    const level = value === 'read-all' ? 'read' : 'write';
    return Object.fromEntries(SCOPES.map((s) => [s, level])) as Permissions;
  }
  const out: Permissions = {};
  for (const [scope, level] of Object.entries(levels(value, 'permissions')))
    if (level !== 'none') out[scope] = level;
  return out;
}

/** The larger of two grants, scope by scope. */
export function union(...grants: Permissions[]): Permissions {
  const out: Permissions = {};
  for (const g of grants)
    for (const [scope, level] of Object.entries(g))
      if (level !== 'none' && RANK[level] > RANK[out[scope] ?? 'none']) out[scope] = level;
  return out;
}

/** The scopes where `a` grants more than `b` allows, as `scope: level` strings. */
export function exceeding(a: Permissions, b: Permissions): string[] {
  return Object.entries(a)
    .filter(([scope, level]) => RANK[level] > RANK[b[scope] ?? 'none'])
    .map(([scope, level]) => `${scope}: ${level}`)
    .sort();
}

export function format(p: Permissions): string {
  const entries = Object.entries(p).sort(([x], [y]) => x.localeCompare(y));
  return entries.length ? entries.map(([s, l]) => `${s}: ${l}`).join(', ') : '{}';
}
