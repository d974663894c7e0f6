import { randomUUID } from 'node:crypto';
import http from 'node:http';
import https from 'node:https';
import { parse as parseYaml } from 'yaml';
import type { Clock } from '../../lib/clock.js';
import { watchServer } from '../clock.js';
import { LoopbackServer } from '../loopback.js';
import type { TestCredential } from './auth.js';
import { AuthError, verifyEksToken } from './auth.js';
import { ProxyError } from './backend.js';
import type { StatusError } from './errors.js';
import {
  badRequest,
  isStatusError,
  methodNotSupported,
  notFound,
  pageNotFound,
  StatusError as StatusErr,
  unauthorized,
} from './errors.js';
import type { DeleteOptions, PatchType, Registry } from './registry.js';
import type { ResourceType } from './resources.js';
import { RESOURCES, byKind, byPlural, groupVersion, groups, resourceList } from './resources.js';
import type { FieldRequirement, Requirement } from './selectors.js';
import {
  SelectorError,
  matchFields,
  matchRequirements,
  parseFieldSelector,
  parseLabelSelector,
  selectorToString,
} from './selectors.js';
import type { Simulator } from './simulator.js';
import type { StoreEvent } from './store.js';
import { toTable, wantsTable } from './table.js';
import type { KubeObject, LabelSelector } from './types.js';
import { isRecord } from './types.js';
import { errorMessage } from '../../lib/errors.js';

export interface FaultSpec {
  status: 409 | 429 | 500 | 503;
  /** Only requests with this method (any when omitted). */
  method?: string;
  /** Only requests whose path+query contains this string / matches this RegExp. */
  path?: string | RegExp;
  /** How many matching requests fail (default 1). */
  times?: number;
  /** Retry-After for 429 (default 1). */
  retryAfterSeconds?: number;
}

/** An RBAC rule that is missing for the caller: matching requests are Forbidden, as the authorizer says it. */
export interface ForbidRule {
  /** Kind (`PodDisruptionBudget`) or plural (`poddisruptionbudgets`). */
  kind: string;
  /** get, list, watch, create, update, patch, delete (default: every write). */
  verbs?: string[];
  namespace?: string;
}

/** A validating admission webhook that rejects matching writes (dry runs included). */
export interface AdmissionDenial {
  kind: string;
  /** create, update, patch, delete (default: all). */
  verbs?: string[];
  /** The webhook's name, as the rejection names it (default `validate.policy.example.com`). */
  webhook?: string;
  /** What the webhook said. */
  message: string;
  /** The code the webhook answered with (the API server turns anything under 400 into 400). */
  code?: number;
  reason?: string;
}

export interface RequestRecord {
  /** Emulator time the request arrived. */
  at: number;
  method: string;
  /** Path without the query. */
  path: string;
  /** The query string without `?`. */
  query: string;
  contentType?: string;
  status: number;
  user?: string;
  /** Why authentication failed, when it did (the response only says Unauthorized). */
  authError?: string;
  /** True when an injected fault answered. */
  fault?: boolean;
  /** The parsed request body, when there was one. */
  body?: unknown;
  /** Emulator time the client hung up before the answer was complete (a request it gave up on), when it did. */
  hungUpAt?: number;
}

export interface ApiServerOptions {
  clock: Clock;
  registry: Registry;
  sim: Simulator;
  clusterName: string;
  credentials: TestCredential[];
  staticTokens: string[];
  tls?: { key: string; cert: string };
  gitVersion: string;
}

interface Route {
  rt: ResourceType;
  ns?: string;
  name?: string;
  sub?: string;
  /** Raw path after `/proxy` for proxy subresources. */
  proxyPath?: string;
}

const PATCH_TYPES: Record<string, PatchType> = {
  'application/merge-patch+json': 'merge',
  'application/json-patch+json': 'json',
  'application/strategic-merge-patch+json': 'strategic',
  'application/apply-patch+yaml': 'apply',
  'application/apply-patch+cbor': 'apply',
};

const MAX_BODY = 3 * 1024 * 1024;

function withTypeMeta(rt: ResourceType, o: KubeObject): KubeObject {
  const { apiVersion: _a, kind: _k, ...rest } = o;
  return { apiVersion: groupVersion(rt), kind: rt.kind, ...rest } as KubeObject;
}

function withoutTypeMeta(o: KubeObject): KubeObject {
  const { apiVersion: _a, kind: _k, ...rest } = o;
  return rest as KubeObject;
}

function mediaType(header: string | undefined): string {
  return (header ?? '').split(';')[0].trim().toLowerCase();
}

/** The kube-apiserver HTTP surface: discovery, REST verbs, watch, subresources, proxy, auth, faults. */
export class ApiServer {
  private server?: LoopbackServer;
  private readonly watches = new Set<() => void>();
  private readonly faults: (FaultSpec & { left: number })[] = [];
  readonly forbidden: ForbidRule[] = [];
  /**
   * Pod ports the control plane cannot reach (EKS: the cluster security group does not allow them): the service
   * proxy's dial times out after `proxyDialTimeoutMs` and it answers 503, as kube-apiserver does.
   */
  readonly unreachablePorts = new Set<number>();
  proxyDialTimeoutMs = 30_000;
  readonly denials: AdmissionDenial[] = [];
  private outageUntil = -Infinity;
  /** Bearer tokens accepted as cluster-admin under their own user name (to tell clients apart in the log). */
  readonly namedTokens = new Map<string, string>();
  /** Bearer token → emulator time until which that client is cut off (its requests are reset, never seen). */
  private readonly partitions = new Map<string, number>();
  readonly requests: RequestRecord[] = [];
  url = '';

  constructor(private readonly opts: ApiServerOptions) {}

  /** Built-in resources always; a custom resource while its CustomResourceDefinition is Established. */
  private readonly served = (rt: ResourceType): boolean => {
    if (!rt.crd) return true;
    const crd = this.opts.registry.find(byKind('CustomResourceDefinition'), undefined, rt.crd);
    const conditions =
      isRecord(crd?.status) && Array.isArray(crd.status.conditions) ? crd.status.conditions : [];
    return conditions.some((c: unknown) => isRecord(c) && c.type === 'Established' && c.status === 'True');
  };

  async start(): Promise<string> {
    const handler = (req: http.IncomingMessage, res: http.ServerResponse): void => {
      this.handle(req, res).catch((e: unknown) => {
        if (!res.headersSent)
          this.sendError(
            res,
            new StatusErr(500, 'InternalError', `Internal error occurred: ${errorMessage(e)}`),
          );
        else res.destroy();
      });
    };
    const server = this.opts.tls
      ? https.createServer({ key: this.opts.tls.key, cert: this.opts.tls.cert }, handler)
      : http.createServer(handler);
    watchServer(server, this.opts.clock);
    this.server = new LoopbackServer(server, () => this.inOutage());
    const port = await this.server.listen();
    this.url = `${this.opts.tls ? 'https' : 'http'}://127.0.0.1:${port}`;
    return this.url;
  }

  async close(): Promise<void> {
    for (const stop of [...this.watches]) stop();
    await this.server?.close();
  }

  /** Client connections open right now (keep-alive ones included): a client that hung up has none left. */
  get openConnections(): number {
    return this.server?.sockets.size ?? 0;
  }

  inject(f: FaultSpec): void {
    this.faults.push({ ...f, left: f.times ?? 1 });
  }

  /** Refuse and reset every connection for `ms` of emulator time. */
  outage(ms: number): void {
    this.outageUntil = this.opts.clock.now() + ms;
    for (const stop of [...this.watches]) stop();
    this.server?.resetConnections();
  }

  private inOutage(): boolean {
    return this.opts.clock.now() < this.outageUntil;
  }

  /**
   * Cut one client (by its bearer token) off for `ms` of emulator time, as a network partition between one
   * runner and the API server: its connections are reset and its requests never arrive (nor reach the log).
   */
  partition(token: string, ms: number): void {
    this.partitions.set(token, this.opts.clock.now() + ms);
  }

  private partitioned(req: http.IncomingMessage): boolean {
    const token = /^Bearer\s+(\S+)\s*$/i.exec(req.headers.authorization ?? '')?.[1];
    return token !== undefined && this.opts.clock.now() < (this.partitions.get(token) ?? -Infinity);
  }

  // ---- plumbing ---------------------------------------------------------------------------------------

  private send(
    res: http.ServerResponse,
    code: number,
    body: unknown,
    headers: Record<string, string> = {},
  ): void {
    const text = JSON.stringify(body);
    res.writeHead(code, {
      'content-type': 'application/json',
      'cache-control': 'no-cache, private',
      'audit-id': randomUUID(),
      ...headers,
    });
    res.end(text);
  }

  private sendError(res: http.ServerResponse, e: StatusError): void {
    const headers: Record<string, string> = {};
    if (e.details?.retryAfterSeconds !== undefined)
      headers['retry-after'] = String(e.details.retryAfterSeconds);
    this.send(res, e.code, e.toStatus(), headers);
  }

  private readBody(req: http.IncomingMessage): Promise<Buffer> {
    return new Promise((resolve, reject) => {
      const chunks: Buffer[] = [];
      let size = 0;
      req.on('data', (c: Buffer) => {
        size += c.length;
        if (size > MAX_BODY) {
          reject(new StatusErr(413, 'RequestEntityTooLarge', 'Request entity too large: limit is 3145728'));
          req.destroy();
          return;
        }
        chunks.push(c);
      });
      req.on('end', () => resolve(Buffer.concat(chunks)));
      req.on('error', reject);
    });
  }

  private parseBody(buf: Buffer, type: string): unknown {
    const text = buf.toString('utf8');
    if (text.trim() === '') return undefined;
    try {
      if (type.includes('yaml')) return parseYaml(text) as unknown;
      return JSON.parse(text) as unknown;
    } catch (e: unknown) {
      throw badRequest(`error decoding request body: ${errorMessage(e)}`);
    }
  }

  private authenticate(req: http.IncomingMessage, record: RequestRecord): boolean {
    const header = req.headers.authorization ?? '';
    const m = /^Bearer\s+(\S+)\s*$/i.exec(header);
    if (!m) {
      record.authError = header ? 'unsupported Authorization scheme' : 'no bearer token';
      return false;
    }
    const token = m[1];
    const named = this.namedTokens.get(token);
    if (named) {
      record.user = named;
      return true;
    }
    if (this.opts.staticTokens.includes(token)) {
      record.user = 'kubernetes-admin';
      return true;
    }
    if (token.startsWith('k8s-aws-v1.')) {
      try {
        const id = verifyEksToken(token, {
          clusterName: this.opts.clusterName,
          credentials: this.opts.credentials,
          now: this.opts.clock.now(),
        });
        record.user = id.arn;
        return true;
      } catch (e: unknown) {
        record.authError = e instanceof AuthError ? e.message : String(e);
        return false;
      }
    }
    record.authError = 'unknown bearer token';
    return false;
  }

  private takeFault(method: string, pathAndQuery: string): FaultSpec | undefined {
    for (const f of this.faults) {
      if (f.left <= 0) continue;
      if (f.method && f.method.toUpperCase() !== method) continue;
      if (f.path !== undefined) {
        const ok = typeof f.path === 'string' ? pathAndQuery.includes(f.path) : f.path.test(pathAndQuery);
        if (!ok) continue;
      }
      f.left--;
      return f;
    }
    return undefined;
  }

  private faultError(f: FaultSpec): StatusError {
    switch (f.status) {
      case 409:
        return new StatusErr(
          409,
          'Conflict',
          'Operation cannot be fulfilled: the object has been modified; please apply your changes to the latest version and try again (injected)',
        );
      case 429:
        return new StatusErr(429, 'TooManyRequests', 'Too many requests, please try again later.', {
          retryAfterSeconds: f.retryAfterSeconds ?? 1,
        });
      case 503:
        return new StatusErr(
          503,
          'ServiceUnavailable',
          'The server is currently unable to handle the request (injected)',
        );
      default:
        return new StatusErr(500, 'InternalError', 'Internal error occurred: injected fault');
    }
  }

  // ---- request entry --------------------------------------------------------------------------------

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    if (this.inOutage() || this.partitioned(req)) {
      req.socket.destroy();
      return;
    }
    const url = new URL(req.url ?? '/', 'http://localhost');
    const method = (req.method ?? 'GET').toUpperCase();
    const record: RequestRecord = {
      at: this.opts.clock.now(),
      method,
      path: url.pathname,
      query: url.search.replace(/^\?/, ''),
      contentType: req.headers['content-type'],
      status: 0,
    };
    this.requests.push(record);
    res.on('finish', () => {
      record.status = res.statusCode;
    });
    res.on('close', () => {
      if (!res.writableFinished) record.hungUpAt = this.opts.clock.now();
    });
    const path = url.pathname.replace(/\/+$/, '') || '/';
    if (method === 'GET' && ['/healthz', '/livez', '/readyz'].includes(path)) {
      res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('ok');
      return;
    }
    if (method === 'GET' && path === '/version') {
      this.send(res, 200, this.version());
      return;
    }
    if (!this.authenticate(req, record)) {
      this.sendError(res, unauthorized());
      return;
    }
    const fault = this.takeFault(method, url.pathname + url.search);
    if (fault) {
      record.fault = true;
      req.resume();
      this.sendError(res, this.faultError(fault));
      return;
    }
    try {
      await this.route(req, res, url, method, record);
    } catch (e: unknown) {
      if (res.headersSent) {
        res.destroy();
        return;
      }
      if (isStatusError(e)) this.sendError(res, e);
      else if (e instanceof SelectorError) this.sendError(res, badRequest(e.message));
      else throw e;
    }
  }

  private version(): Record<string, string> {
    const m = /^v(\d+)\.(\d+)/.exec(this.opts.gitVersion);
    return {
      major: m?.[1] ?? '1',
      minor: `${m?.[2] ?? '31'}+`,
      gitVersion: this.opts.gitVersion,
      gitCommit: '0000000000000000000000000000000000000000',
      gitTreeState: 'clean',
      buildDate: '2026-01-01T00:00:00Z',
      goVersion: 'go1.23.0',
      compiler: 'gc',
      platform: 'linux/amd64',
    };
  }

  private discovery(path: string): unknown {
    if (path === '/api') {
      return {
        kind: 'APIVersions',
        versions: ['v1'],
        serverAddressByClientCIDRs: [
          { clientCIDR: '0.0.0.0/0', serverAddress: this.url.replace(/^https?:\/\//, '') },
        ],
      };
    }
    if (path === '/api/v1') return resourceList('', 'v1', this.served);
    const groupJson = (g: { name: string; versions: string[] }): Record<string, unknown> => ({
      name: g.name,
      versions: g.versions.map((v) => ({ groupVersion: `${g.name}/${v}`, version: v })),
      preferredVersion: { groupVersion: `${g.name}/${g.versions[0]}`, version: g.versions[0] },
    });
    if (path === '/apis')
      return { kind: 'APIGroupList', apiVersion: 'v1', groups: groups(this.served).map(groupJson) };
    const m = /^\/apis\/([^/]+)(?:\/([^/]+))?$/.exec(path);
    if (m) {
      const g = groups(this.served).find((x) => x.name === m[1]);
      if (!g) return undefined;
      if (!m[2]) return { kind: 'APIGroup', apiVersion: 'v1', ...groupJson(g) };
      if (!g.versions.includes(m[2])) return undefined;
      return resourceList(m[1], m[2], this.served);
    }
    return undefined;
  }

  /**
   * A skeletal OpenAPI v3: the root index and, per group-version, the item paths with their operations,
   * `x-kubernetes-group-version-kind` and query parameters. Enough for kubectl to see that the server does
   * field validation; no schemas (clients fall back to their compiled-in types).
   */
  private openapi(path: string): unknown {
    const gvs = new Map<string, ResourceType[]>();
    for (const rt of RESOURCES.filter(this.served)) {
      const key = rt.group ? `apis/${rt.group}/${rt.version}` : `api/${rt.version}`;
      gvs.set(key, [...(gvs.get(key) ?? []), rt]);
    }
    if (path === '/openapi/v3') {
      const paths: Record<string, unknown> = {};
      for (const key of gvs.keys())
        paths[key] = {
          serverRelativeURL: `/openapi/v3/${key}?hash=${this.opts.gitVersion.replace(/\W/g, '')}`,
        };
      return { paths };
    }
    const rts = gvs.get(path.slice('/openapi/v3/'.length));
    if (!rts) return undefined;
    const param = (name: string): Record<string, unknown> => ({
      name,
      in: 'query',
      schema: { type: 'string', uniqueItems: true },
    });
    const paths: Record<string, unknown> = {};
    for (const rt of rts) {
      const gvk = { group: rt.group, version: rt.version, kind: rt.kind };
      const base = `/${rt.group ? `apis/${rt.group}` : 'api'}/${rt.version}${rt.namespaced ? '/namespaces/{namespace}' : ''}/${rt.plural}`;
      const op = (action: string, params: string[]): Record<string, unknown> => ({
        operationId: `${action}${rt.kind}`,
        'x-kubernetes-action': action,
        'x-kubernetes-group-version-kind': gvk,
        parameters: params.map(param),
        responses: { '200': { description: 'OK' } },
      });
      paths[base] = {
        get: op('list', ['labelSelector', 'fieldSelector', 'limit', 'continue', 'watch']),
        post: op('post', ['dryRun', 'fieldManager', 'fieldValidation']),
      };
      paths[`${base}/{name}`] = {
        get: op('get', []),
        put: op('put', ['dryRun', 'fieldManager', 'fieldValidation']),
        patch: op('patch', ['dryRun', 'fieldManager', 'fieldValidation', 'force']),
        delete: op('delete', ['dryRun', 'gracePeriodSeconds', 'propagationPolicy']),
      };
    }
    return {
      openapi: '3.0.0',
      info: { title: 'Kubernetes', version: this.opts.gitVersion },
      paths,
      components: { schemas: {} },
    };
  }

  private parseRoute(pathname: string): Route | undefined {
    const segs = pathname.split('/').slice(1);
    let group = '';
    let version: string;
    let rest: string[];
    if (segs[0] === 'api') {
      version = segs[1];
      rest = segs.slice(2);
    } else if (segs[0] === 'apis') {
      group = segs[1];
      version = segs[2];
      rest = segs.slice(3);
    } else return undefined;
    if (!version || rest.length === 0) return undefined;
    if (rest[0] === 'watch') rest = rest.slice(1);
    let ns: string | undefined;
    if (
      rest[0] === 'namespaces' &&
      rest.length >= 3 &&
      !(rest.length === 3 && ['status', 'finalize'].includes(rest[2]))
    ) {
      ns = decodeURIComponent(rest[1]);
      rest = rest.slice(2);
    }
    const rt = byPlural(group, version, rest[0], this.served);
    if (!rt) return undefined;
    if (ns !== undefined && !rt.namespaced) return undefined;
    const route: Route = { rt, ns };
    if (rest[1] !== undefined && rest[1] !== '') route.name = decodeURIComponent(rest[1]);
    if (rest[2] !== undefined) {
      route.sub = rest[2];
      if (route.sub === 'proxy') {
        const marker = `/${rest[0]}/${rest[1]}/proxy`;
        const idx = pathname.indexOf(marker);
        route.proxyPath = idx >= 0 ? pathname.slice(idx + marker.length) || '/' : '/';
      } else if (rest.length > 3) return undefined;
    }
    return route;
  }

  private async route(
    req: http.IncomingMessage,
    res: http.ServerResponse,
    url: URL,
    method: string,
    record: RequestRecord,
  ): Promise<void> {
    const path = url.pathname.replace(/\/+$/, '') || '/';
    if (method === 'GET') {
      const d = this.discovery(path);
      if (d !== undefined) {
        this.send(res, 200, d);
        return;
      }
    }
    if (method === 'GET' && path.startsWith('/openapi/v3')) {
      const doc = this.openapi(path);
      if (doc !== undefined) {
        this.send(res, 200, doc);
        return;
      }
    }
    const route = this.parseRoute(url.pathname);
    if (!route) throw pageNotFound();
    const { rt, name, sub } = route;
    if (sub && !route.rt.subresources.includes(sub)) throw pageNotFound();
    this.authorize(route, method, url, record);
    if (sub === 'proxy') {
      await this.proxy(route, req, res, url);
      return;
    }
    const q = url.searchParams;
    const dryRunValues = q.getAll('dryRun');
    for (const v of dryRunValues) if (v !== 'All') throw badRequest(`Invalid dry run value: ${v}`);
    const dryRun = dryRunValues.length > 0;
    const userAgent = (req.headers['user-agent'] ?? '').split('/')[0].slice(0, 128);
    const manager = q.get('fieldManager') ?? userAgent;
    const type = mediaType(req.headers['content-type']);
    const hasBody = method === 'POST' || method === 'PUT' || method === 'PATCH' || method === 'DELETE';
    const raw = hasBody ? await this.readBody(req) : Buffer.alloc(0);
    let body: unknown;
    if (method === 'PATCH') {
      if (!PATCH_TYPES[type]) {
        throw new StatusErr(
          415,
          'UnsupportedMediaType',
          `the body of the request was in an unknown format - accepted media types include: application/json-patch+json, application/merge-patch+json, application/apply-patch+yaml, application/strategic-merge-patch+json`,
        );
      }
      body = this.parseBody(raw, PATCH_TYPES[type] === 'apply' ? 'yaml' : 'json');
    } else if (hasBody) {
      if (type && type !== 'application/json' && !type.includes('yaml') && raw.length) {
        throw new StatusErr(
          415,
          'UnsupportedMediaType',
          `the body of the request was in an unknown format - accepted media types include: application/json, application/yaml, application/vnd.kubernetes.protobuf`,
        );
      }
      body = this.parseBody(raw, type);
    }
    record.body = body;
    const ns = route.ns;
    if (rt.namespaced && name !== undefined && ns === undefined) throw pageNotFound();

    switch (method) {
      case 'GET': {
        if (name === undefined) {
          const labels = parseLabelSelector(q.get('labelSelector') ?? '');
          const fields = parseFieldSelector(q.get('fieldSelector') ?? '', rt.kind);
          if (q.get('watch') === 'true' || q.get('watch') === '1' || url.pathname.includes(`/watch/`)) {
            this.watch(rt, ns, labels, fields, q, res);
            return;
          }
          this.list(rt, ns, labels, fields, q, req, res);
          return;
        }
        if (sub === 'scale') {
          this.send(res, 200, this.scaleOf(this.opts.registry.get(rt, ns, name)));
          return;
        }
        if (sub === 'log') {
          this.log(ns ?? '', name, q, res);
          return;
        }
        const fields = parseFieldSelector(q.get('fieldSelector') ?? '', rt.kind);
        if (q.get('watch') === 'true' || q.get('watch') === '1') {
          this.watch(rt, ns, [], [...fields, { field: 'metadata.name', negate: false, value: name }], q, res);
          return;
        }
        const obj = this.opts.registry.get(rt, ns, name);
        if (wantsTable(req.headers.accept) && !sub) {
          const meta = { resourceVersion: obj.metadata.resourceVersion };
          this.send(
            res,
            200,
            toTable(rt, [obj], this.opts.clock.now(), q.get('includeObject') ?? 'Metadata', meta),
          );
          return;
        }
        this.send(res, 200, withTypeMeta(rt, obj));
        return;
      }
      case 'POST': {
        if (sub === 'eviction' && name !== undefined) {
          this.eviction(ns ?? '', name, body, dryRun, res);
          return;
        }
        if (name !== undefined) throw methodNotSupported(rt, 'create');
        const created = this.opts.registry.create(rt, ns, body, { manager, dryRun });
        this.send(res, 201, withTypeMeta(rt, created));
        return;
      }
      case 'PUT': {
        if (name === undefined) throw methodNotSupported(rt, 'update');
        if (sub === 'scale') {
          this.send(res, 200, this.updateScale(rt, ns, name, body, manager, dryRun));
          return;
        }
        const updated = this.opts.registry.update(rt, ns, name, body, {
          manager,
          dryRun,
          subresource: sub === 'status' ? 'status' : undefined,
        });
        this.send(res, 200, withTypeMeta(rt, updated));
        return;
      }
      case 'PATCH': {
        if (name === undefined) throw methodNotSupported(rt, 'patch');
        const ptype = PATCH_TYPES[type];
        const force = q.get('force') === 'true';
        if (q.has('force') && ptype !== 'apply')
          throw badRequest('force may not be specified for non-apply patch');
        if (sub === 'scale') {
          const scaleManager = ptype === 'apply' ? (q.get('fieldManager') ?? '') : manager;
          if (ptype === 'apply' && !scaleManager)
            throw badRequest(
              'PATCH apply requires a field manager: fieldManager is required for apply requests',
            );
          this.send(res, 200, this.patchScale(rt, ns, name, ptype, body, scaleManager, dryRun, force));
          return;
        }
        const applyManager = ptype === 'apply' ? (q.get('fieldManager') ?? '') : manager;
        const { object, created } = this.opts.registry.patch(rt, ns, name, ptype, body, {
          manager: applyManager,
          dryRun,
          force,
          subresource: sub === 'status' ? 'status' : undefined,
        });
        this.send(res, created ? 201 : 200, withTypeMeta(rt, object));
        return;
      }
      case 'DELETE': {
        const opts = this.deleteOptions(q, body);
        opts.dryRun = opts.dryRun || dryRun;
        if (name === undefined) {
          const labels = parseLabelSelector(q.get('labelSelector') ?? '');
          const fields = parseFieldSelector(q.get('fieldSelector') ?? '', rt.kind);
          const items: KubeObject[] = [];
          for (const o of this.opts.registry.list(rt, ns, { labels, fields })) {
            try {
              items.push(
                withoutTypeMeta(
                  this.opts.registry.delete(rt, o.metadata.namespace, o.metadata.name ?? '', opts).object,
                ),
              );
            } catch (e: unknown) {
              if (!isStatusError(e) || e.code !== 404) throw e;
            }
          }
          this.send(res, 200, {
            kind: `${rt.kind}List`,
            apiVersion: groupVersion(rt),
            metadata: { resourceVersion: String(this.opts.registry.store.resourceVersion) },
            items,
          });
          return;
        }
        const { object, lingering } = this.opts.registry.delete(rt, ns, name, opts);
        if (lingering || rt.kind === 'Pod') {
          this.send(res, 200, withTypeMeta(rt, object));
          return;
        }
        this.send(res, 200, {
          kind: 'Status',
          apiVersion: 'v1',
          metadata: {},
          status: 'Success',
          details: {
            name,
            ...(rt.group ? { group: rt.group } : {}),
            kind: rt.plural,
            uid: object.metadata.uid,
          },
        });
        return;
      }
      default:
        throw new StatusErr(
          405,
          'MethodNotAllowed',
          `the server does not allow this method on the requested resource`,
        );
    }
  }

  private deleteOptions(q: URLSearchParams, body: unknown): DeleteOptions {
    const opts: DeleteOptions = {};
    const b = isRecord(body) ? body : {};
    const policy =
      q.get('propagationPolicy') ??
      (typeof b.propagationPolicy === 'string' ? b.propagationPolicy : undefined);
    if (policy !== undefined) {
      if (policy !== 'Background' && policy !== 'Foreground' && policy !== 'Orphan') {
        throw badRequest(
          `propagationPolicy: Unsupported value: "${policy}": supported values: "Foreground", "Background", "Orphan"`,
        );
      }
      opts.propagationPolicy = policy;
    }
    if (q.get('orphanDependents') === 'true' || b.orphanDependents === true)
      opts.propagationPolicy = 'Orphan';
    const grace =
      q.get('gracePeriodSeconds') ??
      (typeof b.gracePeriodSeconds === 'number' ? String(b.gracePeriodSeconds) : undefined);
    if (grace !== undefined) {
      if (!/^-?\d+$/.test(grace)) throw badRequest(`invalid gracePeriodSeconds: ${grace}`);
      opts.gracePeriodSeconds = Math.max(0, Number(grace));
    }
    if (isRecord(b.preconditions)) {
      opts.preconditions = {
        uid: typeof b.preconditions.uid === 'string' ? b.preconditions.uid : undefined,
        resourceVersion:
          typeof b.preconditions.resourceVersion === 'string' ? b.preconditions.resourceVersion : undefined,
      };
    }
    if (Array.isArray(b.dryRun) && b.dryRun.includes('All')) opts.dryRun = true;
    return opts;
  }

  // ---- list / watch ---------------------------------------------------------------------------------

  private list(
    rt: ResourceType,
    ns: string | undefined,
    labels: Requirement[],
    fields: FieldRequirement[],
    q: URLSearchParams,
    req: http.IncomingMessage,
    res: http.ServerResponse,
  ): void {
    let items = this.opts.registry.list(rt, ns, { labels, fields });
    const rv = String(this.opts.registry.store.resourceVersion);
    const limitText = q.get('limit');
    const cont = q.get('continue');
    const metadata: Record<string, unknown> = { resourceVersion: rv };
    if (cont) {
      let start: string;
      try {
        const parsed = JSON.parse(Buffer.from(cont, 'base64url').toString('utf8')) as unknown;
        if (!isRecord(parsed) || typeof parsed.start !== 'string') throw new Error('bad');
        start = parsed.start;
      } catch {
        throw badRequest(
          'continue key is not valid: incorrect encoded start resourceVersion (version meta.k8s.io/v1)',
        );
      }
      items = items.filter((o) => `${o.metadata.namespace ?? ''}/${o.metadata.name}` > start);
    }
    if (limitText && /^\d+$/.test(limitText) && Number(limitText) > 0 && items.length > Number(limitText)) {
      const limit = Number(limitText);
      const last = items[limit - 1];
      metadata.continue = Buffer.from(
        JSON.stringify({
          v: 'meta.k8s.io/v1',
          rv: Number(rv),
          start: `${last.metadata.namespace ?? ''}/${last.metadata.name}`,
        }),
      ).toString('base64url');
      metadata.remainingItemCount = items.length - limit;
      items = items.slice(0, limit);
    }
    if (wantsTable(req.headers.accept)) {
      this.send(
        res,
        200,
        toTable(rt, items, this.opts.clock.now(), q.get('includeObject') ?? 'Metadata', metadata),
      );
      return;
    }
    this.send(res, 200, {
      kind: `${rt.kind}List`,
      apiVersion: groupVersion(rt),
      metadata,
      items: items.map(withoutTypeMeta),
    });
  }

  private watch(
    rt: ResourceType,
    ns: string | undefined,
    labels: Requirement[],
    fields: FieldRequirement[],
    q: URLSearchParams,
    res: http.ServerResponse,
  ): void {
    const store = this.opts.registry.store;
    const matches = (o: KubeObject): boolean =>
      (ns === undefined || o.metadata.namespace === ns) &&
      matchRequirements(labels, o.metadata.labels) &&
      matchFields(fields, o);
    const key = (o: KubeObject): string => `${o.metadata.namespace ?? ''}/${o.metadata.name}`;
    res.writeHead(200, {
      'content-type': 'application/json',
      'cache-control': 'no-cache, private',
      'transfer-encoding': 'chunked',
    });
    res.flushHeaders();
    const send = (type: string, o: unknown): void => {
      res.write(`${JSON.stringify({ type, object: o })}\n`);
    };
    const visible = new Set<string>();
    const onEvent = (e: StoreEvent): void => {
      if (e.rt !== rt) return;
      const k = key(e.object);
      if (e.type === 'DELETED') {
        if (visible.has(k) || matches(e.object)) send('DELETED', withTypeMeta(rt, e.object));
        visible.delete(k);
      } else if (matches(e.object)) {
        send(e.type === 'ADDED' || !visible.has(k) ? 'ADDED' : 'MODIFIED', withTypeMeta(rt, e.object));
        visible.add(k);
      } else if (visible.has(k)) {
        visible.delete(k);
        send('DELETED', withTypeMeta(rt, e.object));
      }
    };
    const rvParam = q.get('resourceVersion');
    let stopped = false;
    const abort = new AbortController();
    const stop = (): void => {
      if (stopped) return;
      stopped = true;
      unsubscribe();
      abort.abort();
      this.watches.delete(stop);
      res.end();
    };
    const current = store.list(rt, ns).filter(matches);
    if (q.get('sendInitialEvents') === 'true') {
      // Streaming list (client-go's WatchList, used by kubectl rollout status): the current objects as ADDED,
      // then a BOOKMARK annotated k8s.io/initial-events-end that tells the client the initial list is complete.
      for (const o of current) {
        send('ADDED', withTypeMeta(rt, o));
        visible.add(key(o));
      }
      send('BOOKMARK', {
        apiVersion: rt.group ? `${rt.group}/${rt.version}` : rt.version,
        kind: rt.kind,
        metadata: {
          resourceVersion: String(store.resourceVersion),
          annotations: { 'k8s.io/initial-events-end': 'true' },
        },
      });
    } else if (!rvParam || rvParam === '0') {
      for (const o of current) {
        send('ADDED', withTypeMeta(rt, o));
        visible.add(key(o));
      }
    } else {
      const events = /^\d+$/.test(rvParam) ? store.eventsSince(Number(rvParam)) : 'expired';
      if (events === 'expired') {
        send(
          'ERROR',
          new StatusErr(
            410,
            'Expired',
            `too old resource version: ${rvParam} (${store.resourceVersion})`,
          ).toStatus(),
        );
        res.end();
        return;
      }
      const changed = new Set(events.map((e) => key(e.object)));
      for (const o of current) if (!changed.has(key(o))) visible.add(key(o));
      for (const e of events) {
        if (e.type !== 'ADDED' && !visible.has(key(e.object)) && matches(e.object))
          visible.add(key(e.object));
        onEvent(e);
      }
    }
    const unsubscribe = store.subscribe(onEvent);
    this.watches.add(stop);
    res.on('close', stop);
    const timeout = Number(q.get('timeoutSeconds') ?? '1800');
    this.opts.clock.sleep(Math.max(1, timeout) * 1000, abort.signal).then(stop, () => undefined);
  }

  // ---- subresources ---------------------------------------------------------------------------------

  /** RBAC (the rules a test removed) and validating admission (the webhooks a test installed). */
  private authorize(route: Route, method: string, url: URL, record: RequestRecord): void {
    const { rt, name, ns } = route;
    const watching = url.searchParams.get('watch') === 'true' || url.searchParams.get('watch') === '1';
    const verb =
      method === 'GET'
        ? name === undefined
          ? watching
            ? 'watch'
            : 'list'
          : 'get'
        : method === 'POST'
          ? 'create'
          : method === 'PUT'
            ? 'update'
            : method === 'PATCH'
              ? 'patch'
              : method === 'DELETE'
                ? name === undefined
                  ? 'deletecollection'
                  : 'delete'
                : method.toLowerCase();
    const kindMatches = (k: string): boolean => k === rt.kind || k === rt.plural;
    const writes = ['create', 'update', 'patch', 'delete', 'deletecollection'];
    const resource = route.sub && route.sub !== 'proxy' ? `${rt.plural}/${route.sub}` : rt.plural;
    for (const f of this.forbidden) {
      if (!kindMatches(f.kind) || !(f.verbs ?? writes).includes(verb)) continue;
      if (f.namespace && f.namespace !== ns) continue;
      const who = `User "${record.user ?? 'system:anonymous'}"`;
      const where = ns ? ` in the namespace "${ns}"` : ' at the cluster scope';
      const what = `${rt.group ? `${rt.plural}.${rt.group}` : rt.plural}${name ? ` "${name}"` : ''}`;
      throw new StatusErr(
        403,
        'Forbidden',
        `${what} is forbidden: ${who} cannot ${verb} resource "${resource}" in API group "${rt.group}"${where}`,
        { ...(name ? { name } : {}), group: rt.group, kind: rt.plural },
      );
    }
    if (!writes.includes(verb) || route.sub === 'status') return;
    for (const d of this.denials) {
      if (!kindMatches(d.kind) || !(d.verbs ?? writes).includes(verb)) continue;
      const webhook = d.webhook ?? 'validate.policy.example.com';
      throw new StatusErr(
        Math.max(400, d.code ?? 400),
        d.reason ?? '',
        `admission webhook "${webhook}" denied the request: ${d.message}`,
      );
    }
  }

  /** `ip:port` the proxy would dial when that port is unreachable from the control plane. */
  private unreachableTarget(
    kind: string,
    ns: string,
    name: string,
    port: string | undefined,
  ): string | undefined {
    if (this.unreachablePorts.size === 0) return undefined;
    const pods = this.opts.registry.list(byKind('Pod'), ns) as (KubeObject & {
      spec?: { containers?: { ports?: { name?: string; containerPort: number }[] }[] };
      status?: { podIP?: string };
    })[];
    let candidates = pods.filter((p) => p.metadata.name === name);
    let targetPort: number | string | undefined = port && /^\d+$/.test(port) ? Number(port) : port;
    if (kind === 'Service') {
      const svc = this.opts.registry.find(byKind('Service'), ns, name) as
        | (KubeObject & {
            spec?: {
              selector?: Record<string, string>;
              ports?: { name?: string; port: number; targetPort?: number | string }[];
            };
          })
        | undefined;
      const sp = (svc?.spec?.ports ?? []).find(
        (p) => port === undefined || p.name === port || String(p.port) === port,
      );
      targetPort = sp?.targetPort ?? sp?.port;
      const sel = svc?.spec?.selector ?? {};
      candidates = pods.filter((p) => Object.entries(sel).every(([k, v]) => p.metadata.labels?.[k] === v));
    }
    for (const p of candidates) {
      const ports = (p.spec?.containers ?? []).flatMap((c) => c.ports ?? []);
      const number =
        typeof targetPort === 'number'
          ? targetPort
          : (ports.find((x) => x.name === targetPort)?.containerPort ?? ports[0]?.containerPort);
      if (number !== undefined && this.unreachablePorts.has(number) && p.status?.podIP)
        return `${p.status.podIP}:${number}`;
    }
    return undefined;
  }

  private scaleOf(o: KubeObject): Record<string, unknown> {
    const spec = isRecord(o.spec) ? o.spec : {};
    const status = isRecord(o.status) ? o.status : {};
    return {
      kind: 'Scale',
      apiVersion: 'autoscaling/v1',
      metadata: {
        name: o.metadata.name,
        namespace: o.metadata.namespace,
        uid: o.metadata.uid,
        resourceVersion: o.metadata.resourceVersion,
        creationTimestamp: o.metadata.creationTimestamp,
      },
      spec: { replicas: typeof spec.replicas === 'number' ? spec.replicas : 0 },
      status: {
        replicas: typeof status.replicas === 'number' ? status.replicas : 0,
        selector: selectorToString(spec.selector as LabelSelector | undefined),
      },
    };
  }

  private updateScale(
    rt: ResourceType,
    ns: string | undefined,
    name: string,
    body: unknown,
    manager: string,
    dryRun: boolean,
  ): Record<string, unknown> {
    const live = this.opts.registry.get(rt, ns, name);
    if (!isRecord(body) || !isRecord(body.spec) || typeof body.spec.replicas !== 'number') {
      throw new StatusErr(
        422,
        'Invalid',
        `Scale.autoscaling "${name}" is invalid: spec.replicas: Invalid value: must be an integer`,
        {
          name,
          group: 'autoscaling',
          kind: 'Scale',
          causes: [
            {
              reason: 'FieldValueInvalid',
              message: 'Invalid value: must be an integer',
              field: 'spec.replicas',
            },
          ],
        },
      );
    }
    const meta = isRecord(body.metadata) ? body.metadata : {};
    if (
      typeof meta.resourceVersion === 'string' &&
      meta.resourceVersion &&
      meta.resourceVersion !== live.metadata.resourceVersion
    ) {
      throw new StatusErr(
        409,
        'Conflict',
        `Operation cannot be fulfilled on ${rt.plural}.${rt.group} "${name}": the object has been modified; please apply your changes to the latest version and try again`,
        {
          name,
          group: rt.group,
          kind: rt.plural,
        },
      );
    }
    const next = {
      ...live,
      spec: { ...(isRecord(live.spec) ? live.spec : {}), replicas: body.spec.replicas },
    };
    // Recorded as the parent's .spec.replicas, owned by `manager` with subresource "scale" (as the HPA's
    // kube-controller-manager appears in a Deployment's managedFields).
    const updated = this.opts.registry.update(rt, ns, name, next, { manager, dryRun, subresource: 'scale' });
    return this.scaleOf(updated);
  }

  private patchScale(
    rt: ResourceType,
    ns: string | undefined,
    name: string,
    type: PatchType,
    body: unknown,
    manager: string,
    dryRun: boolean,
    force: boolean,
  ): Record<string, unknown> {
    const live = this.opts.registry.get(rt, ns, name);
    const scale = this.scaleOf(live);
    if (type === 'apply') {
      // Server-side apply of a Scale: the parent's .spec.replicas, with conflicts like any apply.
      if (!isRecord(body) || !isRecord(body.spec) || typeof body.spec.replicas !== 'number')
        throw badRequest('the apply configuration of a Scale needs spec.replicas');
      const config = {
        apiVersion: groupVersion(rt),
        kind: rt.kind,
        metadata: { name },
        spec: { replicas: body.spec.replicas },
      };
      const { object } = this.opts.registry.apply(rt, ns, name, config, {
        manager,
        dryRun,
        force,
        subresource: 'scale',
      });
      return this.scaleOf(object);
    }
    let patched: unknown;
    if (type === 'json') {
      patched = this.jsonPatchScale(scale, body);
    } else if (isRecord(body)) {
      const spec = isRecord(body.spec) ? body.spec : {};
      patched = { ...scale, spec: { ...(scale.spec as Record<string, unknown>), ...spec } };
    } else throw badRequest('invalid patch');
    return this.updateScale(rt, ns, name, patched, manager, dryRun);
  }

  private jsonPatchScale(scale: Record<string, unknown>, body: unknown): unknown {
    if (!Array.isArray(body)) throw badRequest('json patch must be an array');
    const out = structuredClone(scale);
    for (const op of body) {
      if (isRecord(op) && (op.op === 'replace' || op.op === 'add') && op.path === '/spec/replicas') {
        (out.spec as Record<string, unknown>).replicas = op.value;
      }
    }
    return out;
  }

  /** policy/v1 Eviction: 201 when the pod may go, 429 when a PodDisruptionBudget forbids it. */
  private eviction(ns: string, name: string, body: unknown, dryRun: boolean, res: http.ServerResponse): void {
    const b = isRecord(body) ? body : {};
    const meta = isRecord(b.metadata) ? b.metadata : {};
    if (meta.name !== undefined && meta.name !== name)
      throw badRequest(`name in URL does not match name in Eviction object`);
    const opts = isRecord(b.deleteOptions) ? b.deleteOptions : {};
    const grace = typeof opts.gracePeriodSeconds === 'number' ? opts.gracePeriodSeconds : undefined;
    if (dryRun) {
      this.opts.registry.get(byKind('Pod'), ns, name);
      this.send(res, 201, { kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Success', code: 201 });
      return;
    }
    const r = this.opts.sim.evict(ns, name, grace);
    if (!r.ok) {
      throw new StatusErr(
        429,
        'TooManyRequests',
        "Cannot evict pod as it would violate the pod's disruption budget.",
        {
          causes: [{ reason: 'DisruptionBudget', message: r.message }],
        },
      );
    }
    this.send(res, 201, { kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Success', code: 201 });
  }

  private log(ns: string, name: string, q: URLSearchParams, res: http.ServerResponse): void {
    this.opts.registry.get(byKind('Pod'), ns, name);
    const out = this.opts.sim.logs(ns, name, q.get('container') ?? undefined, q.get('previous') === 'true');
    if ('error' in out) throw badRequest(out.error);
    let lines = out.lines;
    const tail = q.get('tailLines');
    if (tail && /^\d+$/.test(tail)) lines = lines.slice(Math.max(0, lines.length - Number(tail)));
    res.writeHead(200, { 'content-type': 'text/plain', 'cache-control': 'no-cache, private' });
    if (q.get('follow') !== 'true') {
      res.end(lines.map((l) => `${l}\n`).join(''));
      return;
    }
    // follow: what is there, then each new line as the container writes it, until it ends (or the pod goes)
    const container = q.get('container') ?? undefined;
    let source = out.lines;
    let sent = source.length;
    res.write(lines.map((l) => `${l}\n`).join(''));
    const timer = setInterval(() => {
      const now = this.opts.sim.logs(ns, name, container, false);
      if ('lines' in now) {
        if (now.lines !== source) {
          source = now.lines;
          sent = 0;
        }
        if (source.length > sent)
          res.write(
            source
              .slice(sent)
              .map((l) => `${l}\n`)
              .join(''),
          );
        sent = source.length;
      }
      if ('error' in now || this.opts.sim.containerFinished(ns, name, container)) {
        clearInterval(timer);
        res.end();
      }
    }, 25);
    res.on('close', () => clearInterval(timer));
  }

  private async proxy(
    route: Route,
    req: http.IncomingMessage,
    res: http.ServerResponse,
    url: URL,
  ): Promise<void> {
    const ns = route.ns ?? '';
    const parts = (route.name ?? '').split(':');
    let port: string | undefined;
    let name = parts[0];
    if (parts.length === 3) {
      name = parts[1];
      port = parts[2];
    } else if (parts.length === 2) {
      if (parts[0] === 'http' || parts[0] === 'https') name = parts[1];
      else port = parts[1];
    }
    const path = (route.proxyPath ?? '/') + url.search;
    const blocked = this.unreachableTarget(route.rt.kind, ns, name, port);
    if (blocked) {
      await this.opts.clock.sleep(this.proxyDialTimeoutMs).catch(() => undefined);
      throw new StatusErr(
        503,
        'ServiceUnavailable',
        `error trying to reach service: dial tcp ${blocked}: i/o timeout`,
      );
    }
    try {
      if (route.rt.kind === 'Service') {
        await this.opts.sim.dataPlane.forwardService(ns, name, port || undefined, path, req, res, 'proxy');
      } else {
        if (!this.opts.registry.find(route.rt, ns, name)) throw notFound(route.rt, name);
        if (!this.opts.sim.podExists(ns, name)) {
          throw new StatusErr(
            503,
            'ServiceUnavailable',
            `error trying to reach service: pod ${name} has no IP yet`,
          );
        }
        await this.opts.sim.dataPlane.forwardPod(ns, name, path, req, res, 'proxy');
      }
    } catch (e: unknown) {
      if (e instanceof ProxyError) {
        if (res.headersSent) {
          res.destroy();
          return;
        }
        if (e.code === 404) throw notFound(byKind('Service'), name);
        throw new StatusErr(503, 'ServiceUnavailable', e.message);
      }
      throw e;
    }
  }
}
