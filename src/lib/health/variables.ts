/**
 * `${NAME}` placeholders in a check's target fields (url, host, hostname, headers, query, namespace, selector),
 * filled from a map at run time: the deploy action points the same checks at the preview Service and then at
 * the live one. Also the address helpers that validate a field once its placeholders are filled.
 */
import { InputError } from '../errors.js';
import { ALB_PREVIEW_SCHEME, parseServiceUrl } from './probes/http-request.js';
import type { CheckSpec } from './types.js';

const PLACEHOLDER = /\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g;

export function placeholders(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((m) => m[1] as string);
}

export function hasPlaceholders(text: string): boolean {
  return placeholders(text).length > 0;
}

function fill(text: string, vars: Readonly<Record<string, string>>): { text: string; missing: string[] } {
  const missing: string[] = [];
  const out = text.replace(PLACEHOLDER, (whole, name: string) => {
    const v = vars[name];
    if (v === undefined) {
      missing.push(name);
      return whole;
    }
    return v;
  });
  return { text: out, missing };
}

/** `host`, `host:port`, `[v6]:port` or a URL; `defaultPort` when none is given (undefined: port required). */
export function parseHostPort(
  raw: string,
  defaultPort?: number,
): { hostname: string; port: number } | undefined {
  const text = raw.trim();
  if (text === '' || /\s/.test(text)) return undefined;
  let url: URL;
  try {
    url = new URL(text.includes('://') ? text : `tcp://${text}`);
  } catch {
    return undefined;
  }
  const isUrl = text.includes('://');
  if (!isUrl && url.pathname !== '' && url.pathname !== '/') return undefined;
  if (url.username || url.password) return undefined;
  const hostname = url.hostname.replace(/^\[(.*)\]$/, '$1');
  if (hostname === '') return undefined;
  const schemePort = url.protocol === 'https:' ? 443 : url.protocol === 'http:' ? 80 : undefined;
  const port = url.port !== '' ? Number(url.port) : isUrl ? (schemePort ?? defaultPort) : defaultPort;
  if (port === undefined || !Number.isInteger(port) || port < 1 || port > 65535) return undefined;
  return { hostname, port };
}

/**
 * An absolute http(s) URL (or a k8s-service:// URL, reached through the API server, or an alb-preview:// URL,
 * the deploy engine's preview rule on an ALB), or undefined.
 */
export function parseHttpUrl(raw: string): URL | undefined {
  try {
    const url = new URL(raw);
    if (url.protocol === 'k8s-service:') return parseServiceUrl(raw) ? url : undefined;
    if (url.protocol === ALB_PREVIEW_SCHEME) return url.host ? url : undefined;
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : undefined;
  } catch {
    return undefined;
  }
}

export const EXPECTED = {
  url: 'an http or https URL such as https://api.example.com/healthz',
  prometheusUrl: 'the Prometheus base URL such as http://prometheus.monitoring:9090',
  tlsHost: 'host, host:port or an https URL such as api.example.com:443',
  tcpHost: 'host:port such as db.internal:5432',
  hostname: 'a DNS name such as api.example.com',
};

/**
 * How a bad field value is quoted in an error line: never for headers (they carry credentials), URL passwords
 * replaced by ***, one line, at most 80 characters.
 */
export function excerpt(field: string, value: unknown): string {
  if (field.startsWith('headers') || SENSITIVE_HEADER.test(field))
    return ' (value not shown: it may hold a credential)';
  let text: string;
  if (typeof value === 'string') text = value;
  else {
    try {
      text = JSON.stringify(value) ?? String(value);
    } catch {
      text = String(value);
    }
  }
  const flat = redactUserinfo(text.slice(0, 240)).replace(/\r\n|\r|\n/g, '\\n');
  return `: '${flat.length > 80 || text.length > 240 ? `${flat.slice(0, 80)}…` : flat}'`;
}

/**
 * Hides the password of anything shaped like `user:password@host` — with any scheme, a typo'd one, or none —
 * up to the last `@` before the path (passwords hold `@` too); a `user:` whose `@` lies beyond the text (cut
 * short) hides everything after the colon. Works on a bounded prefix, so it stays linear.
 */
export function redactUserinfo(text: string): string {
  return text
    .replace(/(^|\/\/|\s)([^\s/@:]*):([^\s/]*)@/g, '$1$2:***@')
    .replace(/(\/\/[^\s/@:]*):(?![^\s/]*@)[^\s/]*$/, '$1:***');
}

export function fieldError(
  input: string,
  spec: { index: number; name: string },
  field: string,
  value: string,
  expected: string,
): InputError {
  return new InputError(
    input,
    `Invalid input '${input}': check ${spec.index} ('${spec.name}') field '${field}'${excerpt(field, value)}. Expected ${expected}.`,
  );
}

/**
 * A DNS name as resolvers accept it: labels of 1–63 letters, digits, `-` and `_` (not starting or ending with
 * `-`), at most 253 characters, an optional final dot. `api..example.com` or a 64-character label would only
 * fail at probe time, over and over until the deadline.
 */
export function isDnsName(value: string): boolean {
  const name = value.endsWith('.') ? value.slice(0, -1) : value;
  if (name === '' || name.length > 253) return false;
  return name.split('.').every((l) => /^[A-Za-z0-9_](?:[A-Za-z0-9_-]{0,61}[A-Za-z0-9_])?$/.test(l));
}

/** Validates a filled target field; returns the expected text when it is wrong. */
export function checkTarget(spec: CheckSpec, field: string, value: string): string | undefined {
  switch (`${spec.kind}:${field}`) {
    case 'http:url':
      return parseHttpUrl(value) ? undefined : EXPECTED.url;
    case 'prometheus:url':
      return parseHttpUrl(value) ? undefined : EXPECTED.prometheusUrl;
    case 'tls:host':
      return parseHostPort(value, 443) ? undefined : EXPECTED.tlsHost;
    case 'tcp:host':
      return parseHostPort(value) ? undefined : EXPECTED.tcpHost;
    case 'dns:hostname':
      return isDnsName(value) ? undefined : EXPECTED.hostname;
    default:
      return value.trim() === '' ? 'a non-empty value' : undefined;
  }
}

/** The string fields of each kind that may hold `${NAME}` placeholders. */
export const TEMPLATED: Record<CheckSpec['kind'], string[]> = {
  http: ['url'],
  dns: ['hostname'],
  tls: ['host'],
  tcp: ['host'],
  prometheus: ['url', 'query'],
  cloudwatch: [],
  kubernetes: ['namespace', 'selector'],
};

/**
 * Fills every `${NAME}` in the checks' target fields and header values from `vars` and validates the result.
 * A placeholder with no value is an InputError naming the check and the field. Returns new specs; the
 * parsed ones can be resolved again with other values.
 */
export function resolveChecks(
  specs: readonly CheckSpec[],
  vars: Readonly<Record<string, string>>,
  input = 'health-checks',
): CheckSpec[] {
  return specs.map((spec) => {
    const out = { ...spec } as CheckSpec & Record<string, unknown>;
    for (const field of TEMPLATED[spec.kind]) {
      const raw = out[field] as string;
      const { text, missing } = fill(raw, vars);
      if (missing.length > 0) throw missingError(input, spec, field, raw, missing, vars);
      const wrong = checkTarget(spec, field, text);
      if (wrong) throw fieldError(input, spec, field, text, wrong);
      out[field] = text;
    }
    if (spec.kind === 'http' || spec.kind === 'prometheus') {
      const headers: Record<string, string> = {};
      for (const [k, v] of Object.entries(spec.headers)) {
        const { text, missing } = fill(v, vars);
        if (missing.length > 0) throw missingError(input, spec, `headers.${k}`, v, missing, vars);
        headers[k] = text;
      }
      out.headers = headers;
    }
    return out;
  });
}

function missingError(
  input: string,
  spec: CheckSpec,
  field: string,
  raw: string,
  missing: string[],
  vars: Readonly<Record<string, string>>,
): InputError {
  const known = Object.keys(vars);
  const given = known.length > 0 ? `variables given: ${known.join(', ')}` : 'no variables were given';
  return fieldError(input, spec, field, raw, `a value for \${${missing[0]}} (${given})`);
}

const SENSITIVE_HEADER = /authorization|cookie|token|secret|password|api-?key|auth/i;

/**
 * Values that must be masked before anything is printed: sensitive header values (Authorization, Cookie,
 * *token*, *secret*, *key*) and passwords in URLs. Call on resolved specs and pass each to `setSecret`.
 */
export function sensitiveValues(specs: readonly CheckSpec[]): string[] {
  const out = new Set<string>();
  for (const spec of specs) {
    if (spec.kind === 'http' || spec.kind === 'prometheus') {
      for (const [k, v] of Object.entries(spec.headers)) {
        if (!SENSITIVE_HEADER.test(k)) continue;
        out.add(v);
        const token = /^\S+\s+(\S.*)$/.exec(v)?.[1];
        if (token) out.add(token);
      }
      const url = parseHttpUrl(spec.url);
      if (url?.password) out.add(decodeURIComponent(url.password));
    }
  }
  return [...out];
}
