/**
 * Health checks from YAML: a list of mappings, one per check. Every bad field is one InputError naming the
 * input, the check (1-based index and name) and the field:
 *
 *   Invalid input 'health-checks': check 2 ('api') field 'expect-status': 'abc'. Expected a status code or
 *   range like 200-299.
 *
 * The grammar and defaults are documented in docs/health-checks.md.
 */
import { existsSync, statSync } from 'node:fs';
import { albDimension } from '../aws/cloudwatch.js';
import { InputError } from '../errors.js';
import { formatDuration, parseDuration, parseInteger, parseRatio } from '../inputs.js';
import { errorText } from './format.js';
import { parseJsonPath } from './json-path.js';
import {
  CLOUDWATCH_METRICS,
  type CheckKind,
  type CloudWatchCheck,
  type CloudWatchThreshold,
  type CheckSpec,
  type HttpMethod,
  type JsonValue,
  type StatusRange,
  type ThresholdOp,
  type Timing,
} from './types.js';
import {
  EXPECTED,
  checkTarget,
  excerpt,
  fieldError,
  hasPlaceholders,
  placeholders,
  TEMPLATED,
} from './variables.js';

/** Defaults for every check; a check's own fields override them. */
export const DEFAULT_TIMING: Readonly<Timing> = {
  interval: 10_000,
  timeout: 5_000,
  successThreshold: 1,
  failureThreshold: 3,
};

export const DEFAULT_EXPECT_STATUS: readonly StatusRange[] = [{ min: 200, max: 399 }];
export const DEFAULT_MIN_DAYS = 14;

const KINDS = ['http', 'https', 'dns', 'tls', 'tcp', 'prometheus', 'cloudwatch', 'kubernetes'] as const;
const METHODS: readonly HttpMethod[] = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];
const OPS: readonly ThresholdOp[] = ['<=', '>=', '==', '<', '>'];

const COMMON = ['name', 'kind', 'interval', 'timeout', 'success-threshold', 'failure-threshold'];
const FIELDS: Record<CheckKind, string[]> = {
  http: [
    'url',
    'method',
    'headers',
    'expect-status',
    'max-latency',
    'body-contains',
    'json-path',
    'json-equals',
    'insecure',
    'samples',
    'max-error-ratio',
  ],
  dns: ['hostname', 'record-type', 'expect-address', 'server', 'resolver'],
  tls: ['host', 'servername', 'min-days', 'insecure', 'ca-file'],
  tcp: ['host'],
  prometheus: ['url', 'query', 'threshold', 'on-empty', 'headers', 'insecure'],
  cloudwatch: ['metric', 'stat', 'window', 'threshold', 'target-group', 'load-balancer', 'alarms'],
  kubernetes: ['namespace', 'selector', 'max-restarts', 'restart-baseline', 'min-pods', 'not-ready-grace'],
};

export interface ParseOptions {
  /** Input (or CLI flag) name used in error messages. Default `health-checks`. */
  input?: string;
  /**
   * Names of the `${VARIABLES}` the caller will provide. When given, any other placeholder is an error now
   * rather than when the checks run.
   */
  variables?: readonly string[];
  /** Said after "no checks" (deploy: leave the input empty for the default checks). */
  emptyHint?: string;
}

/**
 * Parses the YAML text of a checks input. Text that holds no check at all — empty, `[]`, `null`, `~`, `---` or
 * only comments — is an input error: a gate with nothing to check must fail, not pass.
 */
export async function parseHealthChecks(raw: string, options: ParseOptions = {}): Promise<CheckSpec[]> {
  const input = options.input ?? 'health-checks';
  if (raw.trim() === '') throw noChecks(input, options.emptyHint);
  const { parse: parseYaml } = await import('yaml');
  let value: unknown;
  try {
    value = parseYaml(raw);
  } catch (e) {
    const why = errorText(e);
    throw new InputError(
      input,
      `Invalid input '${input}': not valid YAML (${why}). Expected ${LIST_EXPECTED}.`,
    );
  }
  return checksFromValue(value, options);
}

/** More checks than this in one gate is a mistake (a generated list gone wrong), not a health gate. */
export const MAX_CHECKS = 100;

const LIST_EXPECTED = 'a YAML list of checks such as `- kind: http` with `url: https://…/healthz`';

/** Builds specs from already-parsed YAML/JSON (for example a section of a config file). */
function noChecks(input: string, hint?: string): InputError {
  return new InputError(
    input,
    `Invalid input '${input}': no checks. Expected ${LIST_EXPECTED}; a gate with nothing to check would pass anything.` +
      (hint ? ` ${hint}` : ''),
  );
}

export function checksFromValue(value: unknown, options: ParseOptions = {}): CheckSpec[] {
  const input = options.input ?? 'health-checks';
  if (value === null || value === undefined || (Array.isArray(value) && value.length === 0)) {
    throw noChecks(input, options.emptyHint);
  }
  if (Array.isArray(value) && value.length > MAX_CHECKS) {
    throw new InputError(
      input,
      `Invalid input '${input}': ${value.length} checks. Expected at most ${MAX_CHECKS} (each one probes on its own interval).`,
    );
  }
  if (!Array.isArray(value)) {
    // Not repeated: a mapping given where a list belongs can hold headers with credentials.
    const kind = typeof value === 'object' ? 'a mapping' : `a ${typeof value}`;
    throw new InputError(input, `Invalid input '${input}': ${kind}, not a list. Expected ${LIST_EXPECTED}.`);
  }
  const specs: CheckSpec[] = [];
  const names = new Map<string, number>();
  value.forEach((item: unknown, i: number) => {
    const spec = parseCheck(item, i + 1, input);
    const clash = names.get(spec.name);
    if (clash !== undefined) {
      throw fieldError(
        input,
        spec,
        'name',
        spec.name,
        `a name not used by another check (check ${clash} has it)`,
      );
    }
    names.set(spec.name, spec.index);
    if (options.variables) checkKnownVariables(spec, options.variables, input);
    specs.push(spec);
  });
  return specs;
}

function checkKnownVariables(spec: CheckSpec, known: readonly string[], input: string): void {
  const fields: [string, string][] = TEMPLATED[spec.kind].map((f) => [
    f,
    (spec as unknown as Record<string, string>)[f] as string,
  ]);
  if (spec.kind === 'http' || spec.kind === 'prometheus') {
    for (const [k, v] of Object.entries(spec.headers)) fields.push([`headers.${k}`, v]);
  }
  for (const [field, text] of fields) {
    const unknown = placeholders(text).find((p) => !known.includes(p));
    if (unknown !== undefined) {
      const list = known.length > 0 ? known.map((k) => `\${${k}}`).join(', ') : 'none';
      throw fieldError(
        input,
        spec,
        field,
        text,
        `only the variables this step provides (${list}), not \${${unknown}}`,
      );
    }
  }
}

type Obj = Record<string, unknown>;

class Fields {
  constructor(
    readonly input: string,
    readonly index: number,
    private _name: string,
    readonly obj: Obj,
    private named: boolean,
  ) {}

  get name(): string {
    return this._name;
  }

  /** Names the check once its kind gives the default name. */
  rename(name: string): void {
    this._name = name;
    this.named = true;
  }

  private where(): string {
    const name = this.name.replace(/\r\n|\r|\n/g, '\\n');
    return this.named ? `check ${this.index} ('${name}')` : `check ${this.index}`;
  }

  error(field: string, value: unknown, expected: string): InputError {
    return new InputError(
      this.input,
      `Invalid input '${this.input}': ${this.where()} field '${field}'${excerpt(field, value)}. Expected ${expected}.`,
    );
  }

  required(field: string, expected: string): InputError {
    return new InputError(
      this.input,
      `Invalid input '${this.input}': ${this.where()} field '${field}' is required. Expected ${expected}.`,
    );
  }

  has(field: string): boolean {
    return this.obj[field] !== undefined && this.obj[field] !== null;
  }

  /** A scalar as text (YAML may give a number or boolean where a string is meant). */
  string(field: string, expected: string, required: true): string;
  string(field: string, expected: string, required?: false): string | undefined;
  string(field: string, expected: string, required = false): string | undefined {
    const v = this.obj[field];
    if (v === undefined || v === null) {
      if (required) throw this.required(field, expected);
      return undefined;
    }
    if (typeof v !== 'string' && typeof v !== 'number' && typeof v !== 'boolean')
      throw this.error(field, v, expected);
    const s = String(v).trim();
    if (s === '') throw this.error(field, v, expected);
    return s;
  }

  duration(field: string, fallback: number, range: { min?: number; max?: number } = {}): number {
    const v = this.obj[field];
    if (v === undefined || v === null) return fallback;
    const raw = typeof v === 'string' ? v.trim() : show(v);
    try {
      return parseDuration(field, raw, range);
    } catch (e) {
      throw this.error(field, v, expectedOf(e) ?? 'a duration such as 5s, 500ms or 1m30s');
    }
  }

  integer(field: string, fallback: number, range: { min: number; max: number }): number {
    const v = this.obj[field];
    if (v === undefined || v === null) return fallback;
    const expected = `a whole number from ${range.min} to ${range.max}`;
    if (typeof v !== 'number' && typeof v !== 'string') throw this.error(field, v, expected);
    try {
      return parseInteger(field, String(v).trim(), range);
    } catch {
      throw this.error(field, v, expected);
    }
  }

  ratio(field: string, fallback: number): number {
    const v = this.obj[field];
    if (v === undefined || v === null) return fallback;
    try {
      if (typeof v !== 'number' && typeof v !== 'string') throw new Error('not a ratio');
      return parseRatio(field, String(v));
    } catch {
      throw this.error(field, v, 'a ratio from 0 to 1 such as 0.05 (or a percentage such as 5%)');
    }
  }

  boolean(field: string, fallback: boolean): boolean {
    const v = this.obj[field];
    if (v === undefined || v === null) return fallback;
    if (typeof v === 'boolean') return v;
    throw this.error(field, v, 'true or false');
  }

  enumOf<T extends string>(
    field: string,
    allowed: readonly T[],
    fallback: T,
    transform = (s: string) => s,
  ): T {
    const v = this.obj[field];
    if (v === undefined || v === null) return fallback;
    const s = typeof v === 'string' ? transform(v.trim()) : undefined;
    if (s !== undefined && (allowed as readonly string[]).includes(s)) return s as T;
    throw this.error(field, v, `one of: ${allowed.join(' | ')}`);
  }

  headers(field: string): Record<string, string> {
    const v = this.obj[field];
    if (v === undefined || v === null) return {};
    const expected = 'a mapping of header names to values, such as `Authorization: Bearer ${TOKEN}`';
    if (typeof v !== 'object' || Array.isArray(v)) throw this.error(field, v, expected);
    const out: Record<string, string> = {};
    for (const [k, val] of Object.entries(v as Obj)) {
      if (!/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(k))
        throw this.error(`${field}.${k}`, k, 'a valid HTTP header name');
      if (typeof val !== 'string' && typeof val !== 'number' && typeof val !== 'boolean') {
        throw this.error(`${field}.${k}`, val, 'a text value');
      }
      const s = String(val);
      if (/[\r\n\0]/.test(s)) throw this.error(`${field}.${k}`, s, 'a single-line value');
      out[k] = s;
    }
    return out;
  }

  /** A templated target field: validated now unless it holds `${...}` placeholders (then at resolve time). */
  target(spec: { kind: CheckKind }, field: string, expected: string): string {
    const s = this.string(field, expected, true);
    if (!hasPlaceholders(s)) {
      const wrong = checkTarget(spec as CheckSpec, field, s);
      if (wrong) throw this.error(field, s, wrong);
    }
    return s;
  }
}

function show(v: unknown): string {
  if (typeof v === 'string') return v;
  try {
    return JSON.stringify(v) ?? String(v);
  } catch {
    return String(v);
  }
}

/** The "Expected …" part of an InputError from a shared parser, so it can be re-worded for a field. */
function expectedOf(e: unknown): string | undefined {
  if (!(e instanceof InputError)) return undefined;
  const m = /\. Expected (.*)\.$/s.exec(e.message);
  return m?.[1];
}

function parseCheck(item: unknown, index: number, input: string): CheckSpec {
  if (item === null || typeof item !== 'object' || Array.isArray(item)) {
    throw new InputError(
      input,
      // Not repeated: a list item that is not a mapping is often a header line that lost its indentation.
      `Invalid input '${input}': check ${index} is ${item === null ? 'empty' : Array.isArray(item) ? 'a list' : `a ${typeof item}`}, not a mapping. ` +
        `Expected a mapping with at least \`kind\` (${KINDS.join(' | ')}).`,
    );
  }
  const obj = item as Obj;
  const rawName = obj.name;
  const named = typeof rawName === 'string' || typeof rawName === 'number';
  const f = new Fields(input, index, named ? String(rawName) : '', obj, named);
  if (rawName !== undefined && rawName !== null) {
    if (
      !named ||
      String(rawName).trim() === '' ||
      String(rawName).length > 100 ||
      /[\r\n]/.test(String(rawName))
    ) {
      throw f.error('name', rawName, 'a single-line name of at most 100 characters');
    }
  }
  const rawKind = f.string('kind', `one of: ${KINDS.join(' | ')}`, true);
  if (!(KINDS as readonly string[]).includes(rawKind))
    throw f.error('kind', rawKind, `one of: ${KINDS.join(' | ')}`);
  const kind: CheckKind = rawKind === 'https' ? 'http' : (rawKind as CheckKind);
  if (!named) f.rename(`${kind}-${index}`);

  const allowed = [...COMMON, ...FIELDS[kind]];
  for (const key of Object.keys(obj)) {
    if (!allowed.includes(key)) {
      throw new InputError(
        input,
        `Invalid input '${input}': check ${index} ('${f.name}') has unknown field '${key}'. ` +
          `Expected one of: ${allowed.join(', ')}.`,
      );
    }
  }

  const interval = f.duration('interval', DEFAULT_TIMING.interval, { min: 1 });
  const timeoutDefault = Math.min(DEFAULT_TIMING.timeout, interval);
  const timeout = f.duration('timeout', timeoutDefault, { min: 1 });
  if (timeout > interval) {
    throw f.error(
      'timeout',
      obj.timeout,
      `a duration no longer than the interval (${formatDuration(interval)})`,
    );
  }
  const base = {
    index,
    name: f.name,
    interval,
    timeout,
    successThreshold: f.integer('success-threshold', DEFAULT_TIMING.successThreshold, { min: 1, max: 100 }),
    failureThreshold: f.integer('failure-threshold', DEFAULT_TIMING.failureThreshold, { min: 1, max: 100 }),
  };

  switch (kind) {
    case 'http': {
      const url = f.target({ kind }, 'url', EXPECTED.url);
      const method = f.enumOf('method', METHODS, 'GET', (s) => s.toUpperCase());
      const jsonPath = f.string('json-path', 'a path such as $.status or $.checks[0].ok');
      let json: { path: string; segments: (string | number)[]; equals: JsonValue } | undefined;
      if (jsonPath !== undefined) {
        const segments = parseJsonPath(jsonPath);
        if (!segments)
          throw f.error('json-path', jsonPath, "a simple path such as $.status, $.checks[0].ok or $['a.b']");
        if (!f.has('json-equals'))
          throw f.required('json-equals', 'the value expected at json-path, such as ok or true');
        json = { path: jsonPath, segments, equals: obj['json-equals'] as JsonValue };
      } else if (f.has('json-equals')) {
        throw f.required('json-path', 'a path such as $.status when json-equals is given');
      }
      const maxLatency = f.has('max-latency') ? f.duration('max-latency', 0, { min: 1 }) : undefined;
      const bodyContains = f.has('body-contains')
        ? f.string('body-contains', 'a text to find in the body')
        : undefined;
      return {
        ...base,
        kind,
        url,
        method,
        headers: f.headers('headers'),
        expectStatus: parseStatuses(f, obj['expect-status']),
        ...(maxLatency !== undefined ? { maxLatency } : {}),
        ...(bodyContains !== undefined ? { bodyContains } : {}),
        ...(json ? { json } : {}),
        insecure: f.boolean('insecure', false),
        samples: f.integer('samples', 1, { min: 1, max: 200 }),
        maxErrorRatio: f.ratio('max-error-ratio', 0),
      };
    }
    case 'dns': {
      const hostname = f.target({ kind }, 'hostname', EXPECTED.hostname);
      const recordType = f.enumOf('record-type', ['A', 'AAAA'] as const, 'A', (s) => s.toUpperCase());
      const expectAddress = parseAddresses(f, obj['expect-address'], recordType);
      const server = f.string('server', 'a DNS server address such as 10.0.0.2 or 10.0.0.2:53');
      if (server !== undefined && !isServer(server)) {
        throw f.error('server', server, 'a DNS server address such as 10.0.0.2, 10.0.0.2:53 or [fd00::2]:53');
      }
      const resolver = f.enumOf(
        'resolver',
        ['system', 'dns'] as const,
        server !== undefined ? 'dns' : 'system',
      );
      if (resolver === 'system' && server !== undefined) {
        throw f.error(
          'resolver',
          'system',
          "'dns' when a server is given (the system resolver asks its own)",
        );
      }
      return {
        ...base,
        kind,
        hostname,
        recordType,
        ...(expectAddress ? { expectAddress } : {}),
        ...(server !== undefined ? { server } : {}),
        resolver,
      };
    }
    case 'tls': {
      const host = f.target({ kind }, 'host', EXPECTED.tlsHost);
      const servername = f.string('servername', 'the server name to send (SNI), such as api.example.com');
      const caFile = f.string('ca-file', 'a path to a PEM file of trusted certificates');
      if (caFile !== undefined && !(existsSync(caFile) && statSync(caFile).isFile())) {
        throw f.error(
          'ca-file',
          caFile,
          `an existing PEM file of trusted certificates (not found from ${process.cwd()})`,
        );
      }
      return {
        ...base,
        kind,
        host,
        ...(servername !== undefined ? { servername } : {}),
        minDays: f.integer('min-days', DEFAULT_MIN_DAYS, { min: 0, max: 3650 }),
        insecure: f.boolean('insecure', false),
        ...(caFile !== undefined ? { caFile } : {}),
      };
    }
    case 'tcp':
      return { ...base, kind, host: f.target({ kind }, 'host', EXPECTED.tcpHost) };
    case 'prometheus': {
      const url = f.target({ kind }, 'url', EXPECTED.prometheusUrl);
      const query = f.string(
        'query',
        'a PromQL instant query such as sum(rate(http_requests_total[1m]))',
        true,
      );
      const threshold = parseThreshold(f, obj.threshold);
      const onEmpty = f.enumOf('on-empty', ['pass', 'fail'] as const, 'fail');
      return {
        ...base,
        kind,
        url,
        query,
        threshold,
        onEmpty,
        headers: f.headers('headers'),
        insecure: f.boolean('insecure', false),
      };
    }
    case 'cloudwatch':
      return { ...base, ...parseCloudWatch(f) };
    case 'kubernetes': {
      const namespace = f.string('namespace', 'a namespace such as prod', true);
      if (!hasPlaceholders(namespace) && !/^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/.test(namespace)) {
        throw f.error('namespace', namespace, 'a Kubernetes namespace name such as prod');
      }
      const selector = parseSelector(f, obj.selector);
      return {
        ...base,
        kind,
        namespace,
        selector,
        maxRestarts: f.integer('max-restarts', 0, { min: 0, max: 10_000 }),
        restartBaseline: f.enumOf('restart-baseline', ['first-probe', 'zero'] as const, 'first-probe'),
        minPods: f.integer('min-pods', 1, { min: 0, max: 10_000 }),
        notReadyGrace: f.duration('not-ready-grace', 30_000, { min: 0 }),
      };
    }
  }
}

const CW_TARGET_GROUP =
  'canary, stable, a target group ARN or targetgroup/<name>/<id> (canary and stable: the versions of a canary on the ALB)';
const CW_LOAD_BALANCER = 'a load balancer ARN or app/<name>/<id>';
const CW_STAT = 'Sum, Average, Maximum, Minimum, SampleCount or a percentile such as p99';

function parseCloudWatch(f: Fields): Omit<CloudWatchCheck, keyof Timing | 'index' | 'name'> {
  const hasMetric = f.has('metric');
  const hasAlarms = f.has('alarms');
  if (hasMetric === hasAlarms) {
    if (hasMetric)
      throw f.error('alarms', f.obj.alarms, 'no alarms in a check that has a metric (one check each)');
    throw f.required(
      'metric',
      `one of: ${CLOUDWATCH_METRICS.join(' | ')} (or alarms: a list of alarm names)`,
    );
  }
  if (hasAlarms) {
    for (const field of ['stat', 'window', 'threshold', 'target-group', 'load-balancer'])
      if (f.has(field))
        throw f.error(field, f.obj[field], 'no such field with alarms (it belongs to a metric check)');
    return { kind: 'cloudwatch', window: 300_000, targetGroup: 'canary', alarms: parseAlarmNames(f) };
  }
  const metric = f.enumOf('metric', CLOUDWATCH_METRICS, '5xx-ratio');
  const stat = f.string('stat', CW_STAT);
  if (stat !== undefined && metric === '5xx-ratio')
    throw f.error('stat', stat, 'no stat for 5xx-ratio (the 5XX count over RequestCount, both Sum)');
  if (stat !== undefined && !/^(Sum|Average|Maximum|Minimum|SampleCount|p(100|\d{1,2}(\.\d+)?))$/.test(stat))
    throw f.error('stat', stat, CW_STAT);
  // The ALB publishes its metrics per minute (standard resolution): a shorter period has nothing to show.
  // Longer than the metrics' publication delay (a minute or so): a 1-minute window sees nothing published yet.
  const window = f.duration('window', 300_000, { min: 1_000, max: 3 * 3_600_000 });
  if (window % 60_000 !== 0)
    throw f.error(
      'window',
      f.obj.window,
      "whole minutes from 1m to 3h (the ALB's metrics are published per minute)",
    );
  const targetGroup = f.string('target-group', CW_TARGET_GROUP) ?? 'canary';
  if (
    !['canary', 'stable'].includes(targetGroup) &&
    !/^(arn:aws[\w-]*:elasticloadbalancing:[^:]*:\d*:)?targetgroup\/[^/]+\/[^/]+$/.test(targetGroup)
  )
    throw f.error('target-group', targetGroup, CW_TARGET_GROUP);
  const loadBalancer = f.string('load-balancer', CW_LOAD_BALANCER);
  if (
    loadBalancer !== undefined &&
    !/^(arn:aws[\w-]*:elasticloadbalancing:[^:]*:\d*:loadbalancer\/)?app\/[^/]+\/[^/]+$/.test(loadBalancer)
  )
    throw f.error('load-balancer', loadBalancer, CW_LOAD_BALANCER);
  const explicit = !['canary', 'stable'].includes(targetGroup);
  if (explicit && loadBalancer === undefined)
    throw f.required(
      'load-balancer',
      `${CW_LOAD_BALANCER} (CloudWatch keys the ALB's target group metrics by both)`,
    );
  const threshold = parseCloudWatchThreshold(f, f.obj.threshold);
  if (threshold.factor !== undefined && targetGroup !== 'canary')
    throw f.error(
      'threshold',
      f.obj.threshold,
      "an absolute comparison such as '<= 0.05' (relative to stable needs target-group: canary)",
    );
  return {
    kind: 'cloudwatch',
    metric,
    ...(stat !== undefined ? { stat } : {}),
    window,
    targetGroup,
    ...(loadBalancer !== undefined ? { loadBalancer } : {}),
    threshold,
    alarms: [],
    ...(explicit
      ? {
          dimensions: {
            loadBalancer: albDimension(loadBalancer as string),
            targetGroup: albDimension(targetGroup),
          },
        }
      : {}),
  };
}

function parseAlarmNames(f: Fields): string[] {
  const v = f.obj.alarms;
  const expected = 'a list of CloudWatch alarm names (at most 100), such as [web-5xx, web-latency]';
  const items = Array.isArray(v) ? v : typeof v === 'string' ? v.split(',') : undefined;
  if (!items || items.length === 0 || items.length > 100) throw f.error('alarms', v, expected);
  return items.map((item) => {
    const s = typeof item === 'string' ? item.trim() : '';
    if (s === '' || s.length > 255 || /[\r\n\0]/.test(s)) throw f.error('alarms', item, expected);
    return s;
  });
}

const CW_THRESHOLD_EXPECTED =
  "a comparison such as '<= 0.05', or relative to stable such as '<= 1.5 * stable + 0.01' (operators <, <=, >, >=, ==; quote it in YAML)";

function parseCloudWatchThreshold(f: Fields, v: unknown): CloudWatchThreshold {
  if (v === undefined || v === null) throw f.required('threshold', CW_THRESHOLD_EXPECTED);
  if (typeof v !== 'string') throw f.error('threshold', v, CW_THRESHOLD_EXPECTED);
  const num = '([0-9]*\\.?[0-9]+(?:e[-+]?\\d+)?)';
  const abs = new RegExp(`^\\s*(<=|>=|==|<|>)\\s*(-?${num.slice(1, -1)})\\s*$`, 'i').exec(v);
  if (abs) {
    const offset = Number(abs[2]);
    if (Number.isFinite(offset)) return { op: abs[1] as ThresholdOp, offset };
  }
  const rel = new RegExp(
    `^\\s*(<=|>=|==|<|>)\\s*(?:${num}\\s*[*×x]\\s*)?stable\\s*(?:([-+])\\s*${num})?\\s*$`,
    'i',
  ).exec(v);
  if (rel) {
    const factor = rel[2] !== undefined ? Number(rel[2]) : 1;
    const offset = rel[4] !== undefined ? Number(rel[4]) * (rel[3] === '-' ? -1 : 1) : 0;
    if (Number.isFinite(factor) && Number.isFinite(offset))
      return { op: rel[1] as ThresholdOp, offset, factor };
  }
  throw f.error('threshold', v, CW_THRESHOLD_EXPECTED);
}

const STATUS_EXPECTED = 'a status code or range like 200-299';

function parseStatuses(f: Fields, v: unknown): StatusRange[] {
  if (v === undefined || v === null) return DEFAULT_EXPECT_STATUS.map((r) => ({ ...r }));
  const items: unknown[] = Array.isArray(v) ? v : typeof v === 'string' ? v.split(',') : [v];
  if (items.length === 0) throw f.error('expect-status', v, STATUS_EXPECTED);
  const out: StatusRange[] = [];
  for (const item of items) {
    const s = typeof item === 'number' ? String(item) : typeof item === 'string' ? item.trim() : undefined;
    const m = s !== undefined ? /^([1-5]\d\d)(?:\s*-\s*([1-5]\d\d))?$/.exec(s) : null;
    const xx = s !== undefined ? /^([1-5])xx$/i.exec(s) : null;
    if (xx) {
      out.push({ min: Number(xx[1]) * 100, max: Number(xx[1]) * 100 + 99 });
      continue;
    }
    if (!m) throw f.error('expect-status', Array.isArray(v) ? item : v, STATUS_EXPECTED);
    const min = Number(m[1]);
    const max = m[2] !== undefined ? Number(m[2]) : min;
    if (max < min) throw f.error('expect-status', Array.isArray(v) ? item : v, STATUS_EXPECTED);
    out.push({ min, max });
  }
  return out;
}

export function describeStatuses(ranges: readonly StatusRange[]): string {
  return ranges.map((r) => (r.min === r.max ? String(r.min) : `${r.min}-${r.max}`)).join(', ');
}

function parseThreshold(f: Fields, v: unknown): { op: ThresholdOp; value: number } {
  const expected = "a comparison such as '< 0.01' (operators <, <=, >, >=, ==; quote it in YAML)";
  if (v === undefined || v === null) throw f.required('threshold', expected);
  if (typeof v !== 'string') throw f.error('threshold', v, expected);
  const m = /^\s*(<=|>=|==|<|>)\s*(\S+)\s*$/.exec(v);
  const value = m ? Number(m[2]) : NaN;
  if (!m || !Number.isFinite(value)) throw f.error('threshold', v, expected);
  const op = OPS.find((o) => o === m[1]) as ThresholdOp;
  return { op, value };
}

function parseAddresses(f: Fields, v: unknown, type: 'A' | 'AAAA'): string[] | undefined {
  if (v === undefined || v === null) return undefined;
  const expected = `an ${type === 'A' ? 'IPv4' : 'IPv6'} address or a list of them`;
  const items = Array.isArray(v) ? v : [v];
  if (items.length === 0) throw f.error('expect-address', v, expected);
  return items.map((item) => {
    if (typeof item !== 'string' || !isIp(item.trim(), type === 'A' ? 4 : 6))
      throw f.error('expect-address', item, expected);
    return normalizeIp(item.trim());
  });
}

function isIp(s: string, family: 4 | 6): boolean {
  if (family === 4) return /^(25[0-5]|2[0-4]\d|1?\d?\d)(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}$/.test(s);
  try {
    return s.includes(':') && new URL(`http://[${s}]/`).hostname !== '';
  } catch {
    return false;
  }
}

/** IPv6 in the compressed lower-case form the resolver returns (`::1`, not `0:0:0:0:0:0:0:1`). */
export function normalizeIp(s: string): string {
  return s.includes(':') ? new URL(`http://[${s}]/`).hostname.replace(/^\[|\]$/g, '') : s;
}

function isServer(s: string): boolean {
  const v6 = /^\[([0-9A-Fa-f:.]+)\](?::(\d{1,5}))?$/.exec(s);
  if (v6) return isIp(v6[1] as string, 6) && (v6[2] === undefined || Number(v6[2]) <= 65535);
  const v4 = /^([\d.]+)(?::(\d{1,5}))?$/.exec(s);
  if (v4)
    return (
      isIp(v4[1] as string, 4) && (v4[2] === undefined || (Number(v4[2]) >= 1 && Number(v4[2]) <= 65535))
    );
  return isIp(s, 6);
}

function parseSelector(f: Fields, v: unknown): string {
  const expected = 'a label selector such as app=api,color=green (or a mapping of labels)';
  if (v === undefined || v === null) throw f.required('selector', expected);
  if (typeof v === 'object' && !Array.isArray(v)) {
    const pairs = Object.entries(v as Obj);
    if (pairs.length === 0) throw f.error('selector', v, expected);
    return pairs
      .map(([k, val]) => {
        if (typeof val !== 'string' && typeof val !== 'number' && typeof val !== 'boolean')
          throw f.error('selector', v, expected);
        return `${k}=${String(val)}`;
      })
      .join(',');
  }
  if (typeof v !== 'string' || v.trim() === '') throw f.error('selector', v, expected);
  const s = v.trim();
  if (!hasPlaceholders(s)) {
    const term = /^\s*!?[A-Za-z0-9./_-]+\s*(?:(?:==?|!=)\s*[A-Za-z0-9._-]*|\s+(?:in|notin)\s+\([^)]*\))?\s*$/;
    if (!splitTerms(s).every((t) => term.test(t))) throw f.error('selector', s, expected);
  }
  return s;
}

/** Splits a selector at commas outside `in (a,b)` sets. */
function splitTerms(s: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of s) {
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    if (ch === ',' && depth === 0) {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out;
}
