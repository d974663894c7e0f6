/**
 * How the GitHub emulator knows GitHub's API: which operation a request is, and (optionally) whether the request
 * and the emulator's answer match GitHub's published description.
 *
 * Two implementations:
 * - `routeTable()` (what ships: `keelson workflow run`, the demo): the emulated operations only, from
 *   `routes-table.ts`, generated from GitHub's OpenAPI description (`node scripts/gen-github-routes.mjs`; a test
 *   keeps it equal). Paths, methods, parameter types and required parameters; no body or response schemas. It
 *   costs nothing at start-up.
 * - `openApiDescription()` in `openapi.ts` (the tests, through `validated.ts`): the whole of `@octokit/openapi`
 *   (13 MB of JSON, ~120 ms and ~50 MB to load): every request and 2xx response validated. It is never imported by
 *   product code, so the description is not bundled into dist/cli.
 */
import { ROUTES, type TableRoute } from './routes-table.js';

export type ParamType = 'integer' | 'number' | 'boolean' | 'array' | 'string';

export interface RouteParameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  type?: ParamType;
}

export interface RouteMatch {
  template: string;
  method: string;
  operationId: string;
  /** Decoded path parameters, as strings. */
  params: Record<string, string>;
  parameters: RouteParameter[];
  docsUrl: string;
}

export type RouteLookup =
  | { kind: 'found'; match: RouteMatch }
  | { kind: 'no-path' }
  | { kind: 'no-method'; template: string; allowed: string[] };

export interface ValidationProblem {
  where: 'path' | 'query' | 'body' | 'response';
  message: string;
}

export interface ValidatedRequest {
  problems: ValidationProblem[];
  /** Query parameters the description does not define (GitHub ignores them; the emulator records them). */
  unknownQuery: string[];
}

export interface ApiDescription {
  /** `routes` (the emulated operations, no schemas) or `openapi` (GitHub's whole description). */
  readonly kind: 'routes' | 'openapi';
  find(method: string, rawPath: string): RouteLookup;
  validateRequest(
    match: RouteMatch,
    query: Record<string, string>,
    body: unknown,
    hasBody: boolean,
  ): ValidatedRequest;
  /** Problems with a 2xx answer the emulator is about to send (none when the description has no schemas). */
  validateResponse(match: RouteMatch, status: number, body: unknown): string[];
}

/** Turns a path/query string into the value the parameter's type describes (as GitHub's router does). */
export function coerce(raw: string, type: ParamType | undefined): unknown {
  if (type === 'integer') return /^-?\d+$/.test(raw) ? Number(raw) : raw;
  if (type === 'number') return raw.trim() !== '' && Number.isFinite(Number(raw)) ? Number(raw) : raw;
  if (type === 'boolean') return raw === 'true' ? true : raw === 'false' ? false : raw;
  if (type === 'array') return raw === '' ? [] : raw.split(',');
  return raw;
}

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

interface Compiled extends TableRoute {
  regex: RegExp;
  names: string[];
  literals: number;
}

let compiled: Compiled[] | undefined;

function compile(): Compiled[] {
  if (compiled) return compiled;
  compiled = ROUTES.map((r) => {
    const names: string[] = [];
    let literals = 0;
    const source = r.template
      .split('/')
      .slice(1)
      .map((segment) => {
        if (!segment.includes('{')) {
          literals++;
          return escapeRegex(segment);
        }
        return segment
          .split(/(\{[^}]+\})/)
          .map((part) => {
            const inner = /^\{([^}]+)\}$/.exec(part);
            if (!inner) return escapeRegex(part);
            names.push(inner[1] as string);
            return '([^/]+)';
          })
          .join('');
      })
      .join('/');
    return { ...r, regex: new RegExp(`^/${source}/?$`), names, literals };
  });
  return compiled;
}

/** The emulated operations, from the generated table: routing and parameter checks, no schemas. */
export function routeTable(): ApiDescription {
  return {
    kind: 'routes',
    find(method, rawPath) {
      const candidates = compile()
        .filter((r) => r.regex.test(rawPath))
        .sort((a, b) => b.literals - a.literals);
      if (candidates.length === 0) return { kind: 'no-path' };
      const m = method.toUpperCase();
      const hit = candidates.find((r) => r.method === m);
      if (!hit) {
        const best = candidates[0] as Compiled;
        const allowed = compile()
          .filter((r) => r.template === best.template)
          .map((r) => r.method);
        return { kind: 'no-method', template: best.template, allowed };
      }
      const values = hit.regex.exec(rawPath) as RegExpExecArray;
      const params: Record<string, string> = {};
      hit.names.forEach((name, i) => {
        const raw = values[i + 1] ?? '';
        try {
          params[name] = decodeURIComponent(raw);
        } catch {
          params[name] = raw;
        }
      });
      return {
        kind: 'found',
        match: {
          template: hit.template,
          method: hit.method,
          operationId: hit.operationId,
          params,
          parameters: hit.parameters,
          docsUrl: hit.docsUrl,
        },
      };
    },
    validateRequest(match, query) {
      const problems: ValidationProblem[] = [];
      for (const p of match.parameters) {
        if (p.in !== 'path' && p.in !== 'query') continue;
        const raw = p.in === 'path' ? match.params[p.name] : query[p.name];
        if (raw === undefined) {
          if (p.required) problems.push({ where: p.in, message: `"${p.name}" wasn't supplied.` });
          continue;
        }
        if (p.type === 'integer' && typeof coerce(raw, 'integer') !== 'number')
          problems.push({ where: p.in, message: `"${p.name}" is not an integer.` });
      }
      const unknownQuery = Object.keys(query).filter(
        (name) => !match.parameters.some((p) => p.in === 'query' && p.name === name),
      );
      return { problems, unknownQuery };
    },
    validateResponse() {
      return [];
    },
  };
}
