/**
 * GitHub's published OpenAPI description (npm `@octokit/openapi`, api.github.com.json), loaded once per test
 * process (module) on first use, and the request/response validators compiled from it — one operation at a
 * time, on first use, so a test that calls three routes never compiles the other eight hundred.
 *
 * OpenAPI 3.0 is not JSON Schema: `nullable`, `example`, `discriminator`, `readOnly`, `x-*` and `$ref`s into
 * `#/components/schemas` are converted here; each referenced component is registered with ajv under its own
 * id (lazily, transitively) so recursive and shared schemas compile once.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormatsImport from 'ajv-formats';
import type { ApiDescription, ParamType, RouteMatch } from './description.js';

export type JsonObject = Record<string, unknown>;

export interface OpenApiParameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: unknown;
  'x-multi-segment'?: boolean;
}

export interface OpenApiOperation {
  operationId: string;
  summary?: string;
  parameters?: unknown[];
  requestBody?: unknown;
  responses?: Record<string, unknown>;
  externalDocs?: { url?: string };
}

interface OpenApiSpec {
  paths: Record<string, Record<string, unknown>>;
  components: {
    schemas: Record<string, unknown>;
    parameters: Record<string, unknown>;
    responses: Record<string, unknown>;
    requestBodies?: Record<string, unknown>;
  };
}

export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

export function isObject(v: unknown): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

// ---------------------------------------------------------------------------------------------------------
// Loading

let spec: OpenApiSpec | undefined;
/** How long reading + parsing the 13 MB description took in this process (0 until loaded). */
export const specStats = { loadMs: 0, compiledValidators: 0, registeredComponents: 0 };

export function specPath(): string {
  return createRequire(import.meta.url).resolve('@octokit/openapi/generated/api.github.com.json');
}

export function loadSpec(): OpenApiSpec {
  if (spec) return spec;
  const started = performance.now();
  const parsed: unknown = JSON.parse(readFileSync(specPath(), 'utf8'));
  if (!isObject(parsed) || !isObject(parsed.paths) || !isObject(parsed.components)) {
    throw new Error('@octokit/openapi: api.github.com.json has no paths/components');
  }
  spec = parsed as unknown as OpenApiSpec;
  specStats.loadMs = Math.round(performance.now() - started);
  return spec;
}

/** Resolves a `{ $ref: '#/components/...' }` object against the spec (one level, repeated). */
export function deref(value: unknown): unknown {
  let v = value;
  for (let i = 0; i < 10 && isObject(v) && typeof v.$ref === 'string'; i++) {
    const ref = v.$ref;
    if (!ref.startsWith('#/')) throw new Error(`unsupported $ref ${ref}`);
    let node: unknown = loadSpec();
    for (const part of ref.slice(2).split('/')) {
      node = isObject(node) ? node[part.replace(/~1/g, '/').replace(/~0/g, '~')] : undefined;
    }
    if (node === undefined) throw new Error(`dangling $ref ${ref}`);
    v = node;
  }
  return v;
}

// ---------------------------------------------------------------------------------------------------------
// Route index: method + concrete path -> operation

interface RouteEntry {
  template: string;
  regex: RegExp;
  paramNames: string[];
  /** Segment kinds, 0 literal / 1 param / 2 multi-segment param: lower sorts first (more specific). */
  rank: number[];
  literals: number;
  item: Record<string, unknown>;
}

let routes: RouteEntry[] | undefined;

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function multiSegmentParams(item: Record<string, unknown>): Set<string> {
  const names = new Set<string>();
  const lists: unknown[] = [item.parameters];
  for (const m of HTTP_METHODS) {
    const op = item[m];
    if (isObject(op)) lists.push(op.parameters);
  }
  for (const list of lists) {
    if (!Array.isArray(list)) continue;
    for (const p of list) {
      const param = deref(p);
      if (isObject(param) && param.in === 'path' && param['x-multi-segment'] === true) {
        names.add(String(param.name));
      }
    }
  }
  return names;
}

function buildRoutes(): RouteEntry[] {
  if (routes) return routes;
  const s = loadSpec();
  const entries: RouteEntry[] = [];
  for (const [template, item] of Object.entries(s.paths)) {
    const multi = multiSegmentParams(item);
    const paramNames: string[] = [];
    const rank: number[] = [];
    let literals = 0;
    const source = template
      .split('/')
      .slice(1)
      .map((segment) => {
        const m = /^\{([^}]+)\}$/.exec(segment);
        if (!m) {
          rank.push(0);
          literals++;
          // A literal segment may still embed a parameter, e.g. `/repos/{owner}/{repo}/{archive_format}`.
          return segment
            .split(/(\{[^}]+\})/)
            .map((part) => {
              const inner = /^\{([^}]+)\}$/.exec(part);
              if (!inner) return escapeRegex(part);
              paramNames.push(inner[1] as string);
              return '([^/]+)';
            })
            .join('');
        }
        const name = m[1] as string;
        paramNames.push(name);
        rank.push(multi.has(name) ? 2 : 1);
        return multi.has(name) ? '(.+)' : '([^/]+)';
      })
      .join('/');
    entries.push({ template, regex: new RegExp(`^/${source}/?$`), paramNames, rank, literals, item });
  }
  routes = entries;
  return entries;
}

function compareRank(a: RouteEntry, b: RouteEntry): number {
  if (a.literals !== b.literals) return b.literals - a.literals;
  for (let i = 0; i < Math.min(a.rank.length, b.rank.length); i++) {
    const d = (a.rank[i] as number) - (b.rank[i] as number);
    if (d !== 0) return d;
  }
  return a.rank.length - b.rank.length;
}

export interface MatchedOperation {
  template: string;
  method: string;
  operationId: string;
  operation: OpenApiOperation;
  /** Decoded path parameters, as strings. */
  params: Record<string, string>;
  parameters: OpenApiParameter[];
  docsUrl: string;
}

export type RouteLookup =
  | { kind: 'found'; match: MatchedOperation }
  | { kind: 'no-path' }
  | { kind: 'no-method'; template: string; allowed: string[] };

/** Finds the operation for `method` on the raw (still percent-encoded) `path`. */
export function findOperation(method: string, rawPath: string): RouteLookup {
  const m = method.toLowerCase();
  const candidates = buildRoutes().filter((r) => r.regex.test(rawPath));
  if (candidates.length === 0) return { kind: 'no-path' };
  candidates.sort(compareRank);
  const withMethod = candidates.find((r) => isObject(r.item[m]));
  if (!withMethod) {
    const best = candidates[0] as RouteEntry;
    const allowed = HTTP_METHODS.filter((x) => isObject(best.item[x])).map((x) => x.toUpperCase());
    return { kind: 'no-method', template: best.template, allowed };
  }
  const values = withMethod.regex.exec(rawPath) as RegExpExecArray;
  const params: Record<string, string> = {};
  withMethod.paramNames.forEach((name, i) => {
    const raw = values[i + 1] ?? '';
    try {
      params[name] = decodeURIComponent(raw);
    } catch {
      params[name] = raw;
    }
  });
  const operation = withMethod.item[m] as OpenApiOperation;
  return {
    kind: 'found',
    match: {
      template: withMethod.template,
      method: m.toUpperCase(),
      operationId: operation.operationId,
      operation,
      params,
      parameters: operationParameters(withMethod.item, operation),
      docsUrl: operation.externalDocs?.url ?? 'https://docs.github.com/rest',
    },
  };
}

function operationParameters(item: Record<string, unknown>, op: OpenApiOperation): OpenApiParameter[] {
  const byKey = new Map<string, OpenApiParameter>();
  for (const list of [item.parameters, op.parameters]) {
    if (!Array.isArray(list)) continue;
    for (const p of list) {
      const param = deref(p);
      if (isObject(param) && typeof param.name === 'string' && typeof param.in === 'string') {
        byKey.set(`${param.in}:${param.name}`, param as unknown as OpenApiParameter);
      }
    }
  }
  return [...byKey.values()];
}

// ---------------------------------------------------------------------------------------------------------
// OpenAPI 3.0 schema -> JSON Schema (draft-07, as ajv takes it)

const SCHEMA_ID_BASE = 'https://keelson.invalid/github-openapi/components/schemas/';
const DROPPED = new Set([
  'example',
  'examples',
  'xml',
  'externalDocs',
  'discriminator',
  'readOnly',
  'writeOnly',
  'deprecated',
  'nullable',
  'description',
  'title',
]);

function convertSchema(schema: unknown, refs: Set<string>): unknown {
  if (Array.isArray(schema)) return schema.map((s) => convertSchema(s, refs));
  if (!isObject(schema)) return schema;
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(schema)) {
    if (DROPPED.has(key) || key.startsWith('x-')) continue;
    switch (key) {
      case '$ref': {
        const ref = String(value);
        const prefix = '#/components/schemas/';
        if (!ref.startsWith(prefix)) throw new Error(`unsupported schema $ref ${ref}`);
        const name = ref.slice(prefix.length);
        refs.add(name);
        out.$ref = SCHEMA_ID_BASE + encodeURIComponent(name);
        break;
      }
      case 'properties':
      case 'patternProperties':
        out[key] = Object.fromEntries(
          Object.entries(isObject(value) ? value : {}).map(([k, v]) => [k, convertSchema(v, refs)]),
        );
        break;
      case 'items':
      case 'additionalProperties':
      case 'not':
        out[key] = isObject(value) || Array.isArray(value) ? convertSchema(value, refs) : value;
        break;
      case 'allOf':
      case 'anyOf':
        out[key] = convertSchema(value, refs);
        break;
      case 'oneOf':
        // GitHub's description uses oneOf for overlapping alternatives (an object or a string, two object
        // shapes that share properties): exclusivity would reject values GitHub accepts, so it means anyOf.
        out.anyOf = convertSchema(value, refs);
        break;
      default:
        out[key] = value;
    }
  }
  if (schema.nullable === true) {
    if (typeof out.type === 'string') {
      out.type = [out.type, 'null'];
      if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
      return out;
    }
    return { anyOf: [out, { type: 'null' }] };
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// ajv

let ajv: Ajv | undefined;
const registered = new Set<string>();
const validators = new Map<string, ValidateFunction>();

function isUri(s: string): boolean {
  // GitHub returns "" for unset URL fields whose schema says `format: uri` (target_url, environment_url).
  if (s === '') return true;
  return /^[a-z][a-z0-9+.-]*:[^\s]*$/i.test(s);
}

function getAjv(): Ajv {
  if (ajv) return ajv;
  const instance = new Ajv({ allErrors: true, strict: false, validateFormats: true });
  // ajv-formats is CommonJS: from ESM its default import is module.exports (the plugin, with .default too).
  const plugin: unknown = addFormatsImport;
  const addFormats = (typeof plugin === 'function' ? plugin : (plugin as { default: unknown }).default) as (
    a: Ajv,
  ) => Ajv;
  addFormats(instance);
  instance.addFormat('uri', isUri);
  instance.addFormat('int32', {
    type: 'number',
    validate: (n: number) => Number.isInteger(n) && n >= -2147483648 && n <= 2147483647,
  });
  instance.addFormat('int64', { type: 'number', validate: (n: number) => Number.isInteger(n) });
  instance.addFormat('double', { type: 'number', validate: () => true });
  instance.addFormat('timestamp', { type: 'number', validate: () => true });
  instance.addFormat('repo.nwo', /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/);
  instance.addFormat('binary', true);
  instance.addFormat('uri-template', true);
  ajv = instance;
  return instance;
}

function registerComponent(name: string): void {
  if (registered.has(name)) return;
  registered.add(name);
  const raw = loadSpec().components.schemas[name];
  if (raw === undefined) throw new Error(`@octokit/openapi: no components.schemas.${name}`);
  const refs = new Set<string>();
  const converted = convertSchema(raw, refs);
  getAjv().addSchema(converted as JsonObject, SCHEMA_ID_BASE + encodeURIComponent(name));
  specStats.registeredComponents++;
  for (const r of refs) registerComponent(r);
}

/** Compiles (once, under `key`) the JSON Schema for an OpenAPI schema object. */
export function validatorFor(key: string, openApiSchema: unknown): ValidateFunction {
  const cached = validators.get(key);
  if (cached) return cached;
  const refs = new Set<string>();
  const converted = convertSchema(openApiSchema, refs);
  for (const r of refs) registerComponent(r);
  const fn = getAjv().compile(isObject(converted) ? converted : {});
  validators.set(key, fn);
  specStats.compiledValidators++;
  return fn;
}

// ---------------------------------------------------------------------------------------------------------
// Request / response validation

export interface ValidationProblem {
  where: 'path' | 'query' | 'body' | 'response';
  message: string;
}

/** GitHub-flavoured one-line messages for ajv errors. */
export function describeErrors(errors: ErrorObject[] | null | undefined, root: string): string[] {
  const lines: string[] = [];
  for (const e of errors ?? []) {
    const at = root + e.instancePath.replace(/\//g, '.');
    const label = at === '' ? '(root)' : `"${at.replace(/^\./, '')}"`;
    if (e.keyword === 'required') {
      const prop = String((e.params as { missingProperty?: unknown }).missingProperty);
      const full = at === '' ? prop : `${at.replace(/^\./, '')}.${prop}`;
      lines.push(`"${full}" wasn't supplied.`);
    } else if (e.keyword === 'enum') {
      const allowed = (e.params as { allowedValues?: unknown[] }).allowedValues ?? [];
      lines.push(`${label} is not a member of [${allowed.map((a) => JSON.stringify(a)).join(', ')}].`);
    } else if (e.keyword === 'additionalProperties') {
      const prop = String((e.params as { additionalProperty?: unknown }).additionalProperty);
      lines.push(`${label} has an unknown property "${prop}".`);
    } else {
      lines.push(`${label} ${e.message ?? 'is invalid'}.`);
    }
  }
  return [...new Set(lines)];
}

function schemaType(schema: unknown): string | undefined {
  const s = deref(schema);
  if (!isObject(s)) return undefined;
  if (typeof s.type === 'string') return s.type;
  for (const key of ['oneOf', 'anyOf', 'allOf']) {
    const list = s[key];
    if (Array.isArray(list)) {
      for (const alt of list) {
        const t = schemaType(alt);
        if (t && t !== 'array') return t;
      }
    }
  }
  return undefined;
}

/** Turns a path/query string into the value the parameter's schema describes (as GitHub's router does). */
export function coerceParam(raw: string, schema: unknown): unknown {
  const t = schemaType(schema);
  if (t === 'integer') return /^-?\d+$/.test(raw) ? Number(raw) : raw;
  if (t === 'number') return raw.trim() !== '' && Number.isFinite(Number(raw)) ? Number(raw) : raw;
  if (t === 'boolean') return raw === 'true' ? true : raw === 'false' ? false : raw;
  if (t === 'array') return raw === '' ? [] : raw.split(',');
  return raw;
}

export interface ValidatedRequest {
  problems: ValidationProblem[];
  /** Query parameters the description does not define (GitHub ignores them; we record them). */
  unknownQuery: string[];
}

export function validateRequest(
  match: MatchedOperation,
  query: Record<string, string>,
  body: unknown,
  hasBody: boolean,
): ValidatedRequest {
  const problems: ValidationProblem[] = [];
  const unknownQuery: string[] = [];
  const opId = match.operationId;
  for (const p of match.parameters) {
    if (p.in !== 'path' && p.in !== 'query') continue;
    const raw = p.in === 'path' ? match.params[p.name] : query[p.name];
    if (raw === undefined) {
      if (p.required) problems.push({ where: p.in, message: `"${p.name}" wasn't supplied.` });
      continue;
    }
    if (p.schema === undefined) continue;
    const validate = validatorFor(`${opId}:${p.in}:${p.name}`, p.schema);
    if (!validate(coerceParam(raw, p.schema))) {
      for (const line of describeErrors(validate.errors, p.name))
        problems.push({ where: p.in, message: line });
    }
  }
  for (const name of Object.keys(query)) {
    if (!match.parameters.some((p) => p.in === 'query' && p.name === name)) unknownQuery.push(name);
  }
  const requestBody = deref(match.operation.requestBody);
  const content = isObject(requestBody) && isObject(requestBody.content) ? requestBody.content : undefined;
  const json = content && isObject(content['application/json']) ? content['application/json'] : undefined;
  if (json) {
    if (!hasBody && isObject(requestBody) && requestBody.required === true) {
      const schema = deref(json.schema);
      const needs = isObject(schema) && Array.isArray(schema.required) ? schema.required : [];
      const emptyObjectIsValid = isObject(schema) && schema.type === 'object' && needs.length === 0;
      if (!emptyObjectIsValid) {
        const lines = needs.length
          ? needs.map((n) => `"${String(n)}" wasn't supplied.`)
          : ['Request body is required.'];
        for (const message of lines) problems.push({ where: 'body', message });
      }
    } else if (hasBody && json.schema !== undefined) {
      const validate = validatorFor(`${opId}:body`, json.schema);
      if (!validate(body)) {
        for (const line of describeErrors(validate.errors, ''))
          problems.push({ where: 'body', message: line });
      }
    }
  } else if (hasBody && match.method !== 'GET' && match.method !== 'HEAD') {
    const types = content ? Object.keys(content).join(', ') : 'no body';
    problems.push({ where: 'body', message: `${match.method} ${match.template} takes ${types}, not JSON.` });
  }
  return { problems, unknownQuery };
}

/** Checks a response the emulator is about to send against the documented schema for its status. */
export function validateResponse(match: MatchedOperation, status: number, body: unknown): string[] {
  const responses = match.operation.responses ?? {};
  const documented = responses[String(status)];
  if (documented === undefined) {
    if (status >= 400) return [];
    return [`status ${status} is not documented for ${match.method} ${match.template}`];
  }
  const response = deref(documented);
  const content = isObject(response) && isObject(response.content) ? response.content : undefined;
  const json = content && isObject(content['application/json']) ? content['application/json'] : undefined;
  if (!json || json.schema === undefined) return [];
  const validate = validatorFor(`${match.operationId}:response:${status}`, json.schema);
  return validate(body) ? [] : describeErrors(validate.errors, '');
}

/** A RouteParameter's type from an OpenAPI parameter schema. */
function paramType(schema: unknown): ParamType | undefined {
  const t = schemaType(schema);
  return t === 'integer' || t === 'number' || t === 'boolean' || t === 'array' || t === 'string'
    ? t
    : undefined;
}

/**
 * GitHub's whole OpenAPI description as the emulator's `ApiDescription`: any of its ~800 paths is recognised
 * (others: 404 and an `unknown-route` violation; known but unhandled: 501 `not-emulated`), every request's path,
 * query and body and every 2xx response checked against the documented schemas. Loads 13 MB of JSON on first use.
 */
export function openApiDescription(): ApiDescription {
  const full = new WeakMap<RouteMatch, MatchedOperation>();
  const of = (m: RouteMatch): MatchedOperation => {
    const f = full.get(m);
    if (!f) throw new Error('openApiDescription: a match from another description');
    return f;
  };
  return {
    kind: 'openapi',
    find(method, rawPath) {
      const lookup = findOperation(method, rawPath);
      if (lookup.kind !== 'found') return lookup;
      const m = lookup.match;
      const match: RouteMatch = {
        template: m.template,
        method: m.method,
        operationId: m.operationId,
        params: m.params,
        parameters: m.parameters.map((p) => ({
          name: p.name,
          in: p.in,
          required: p.required,
          type: paramType(p.schema),
        })),
        docsUrl: m.docsUrl,
      };
      full.set(match, m);
      return { kind: 'found', match };
    },
    validateRequest: (match, query, body, hasBody) => validateRequest(of(match), query, body, hasBody),
    validateResponse: (match, status, body) => validateResponse(of(match), status, body),
  };
}
