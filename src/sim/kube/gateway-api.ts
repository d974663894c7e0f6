/**
 * A Gateway API implementation (gateway.networking.k8s.io/v1), as far as Keelson's canaries meet one — the
 * behaviour the Gateway API specification requires of every conformant controller:
 *
 * - GatewayClasses whose `spec.controllerName` is this controller's get `Accepted`; their Gateways get an
 *   address, `Accepted` and `Programmed`, per-listener `attachedRoutes`, and a real HTTP listener on loopback.
 * - HTTPRoutes get one `status.parents[]` entry per parentRef with `parentRef`, `controllerName` and the
 *   conditions `Accepted` (False / `NoMatchingParent` when the Gateway does not exist, `NotAllowedByListeners`
 *   when its listeners do not admit routes from the route's namespace) and `ResolvedRefs` (False / `BackendNotFound`
 *   when a backendRef's Service does not exist, `InvalidKind` for a kind other than Service), each with the
 *   route's `observedGeneration`.
 * - Traffic: a request to a Gateway's listener is matched against its accepted routes' rules (hostnames, path
 *   `PathPrefix` / `Exact`, exact header matches), then a backendRef is picked by `weight` (smooth weighted round
 *   robin, weight 0 never), then one of the Service's ready endpoints (as kube-proxy sees them). A backendRef that
 *   cannot be resolved answers its share with 500, as the specification requires; a Service with no ready
 *   endpoint 503 `no healthy upstream`.
 * - Everything happens `reconcileLagMs` after the change it reacts to — status and the data plane together: the
 *   listener routes by the old weights until the status shows the new generation — and not at all while the
 *   controller is paused (down, or its leader election lost).
 */
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { watchServer } from '../clock.js';
import type { PodResponse } from './backend.js';
import type { ControllerHost } from './registry.js';
import { byKind } from './resources.js';
import type { KubeObject, Service } from './types.js';
import { isRecord, isoSeconds } from './types.js';
import { lagDue, type Pending } from './lag.js';
import { forwardedHeaders } from '../loopback.js';

/** The controllerName of the simulator's Gateway API implementation, and the GatewayClass it serves. */
export const GATEWAY_CONTROLLER = 'gateway.keelson.dev/simulator';
export const GATEWAY_CLASS = 'keelson-sim';
export const GATEWAY_GROUP = 'gateway.networking.k8s.io';

export interface ParentRef {
  group?: string;
  kind?: string;
  namespace?: string;
  name: string;
  sectionName?: string;
  port?: number;
}

export interface BackendRef {
  group?: string;
  kind?: string;
  name: string;
  namespace?: string;
  port?: number;
  weight?: number;
}

interface HttpMatch {
  path?: { type?: string; value?: string };
  headers?: { type?: string; name: string; value: string }[];
}

export interface RouteRule {
  matches?: HttpMatch[];
  backendRefs?: BackendRef[];
}

export interface HTTPRouteSpec {
  parentRefs?: ParentRef[];
  hostnames?: string[];
  rules?: RouteRule[];
}

interface GatewaySpec {
  gatewayClassName?: string;
  listeners?: {
    name: string;
    port: number;
    protocol: string;
    hostname?: string;
    allowedRoutes?: { namespaces?: { from?: string } };
  }[];
}

export interface RouteCondition {
  type: string;
  status: 'True' | 'False' | 'Unknown';
  reason: string;
  message: string;
  observedGeneration?: number;
  lastTransitionTime?: string;
}

export interface RouteParentStatus {
  parentRef: ParentRef;
  controllerName: string;
  conditions: RouteCondition[];
}

/** A route as the data plane runs it: the spec of one generation, and its backends as they resolved then. */
interface Programmed {
  ns: string;
  name: string;
  hostnames: string[];
  rules: { matches: HttpMatch[]; backends: { ref: BackendRef; resolved: boolean }[]; current: number[] }[];
}

export interface GatewaySample {
  at: number;
  status: number;
  version?: string;
  /** The backendRef (Service) the request went to. */
  backend?: string;
  route?: string;
}

export interface GatewayHooks {
  /** kube-proxy's ready endpoints of a Service port (pod names); undefined when the Service does not exist. */
  endpoints(ns: string, service: string, port?: string): { pods: string[] } | undefined;
  requestPod(
    ns: string,
    pod: string,
    r: { method?: string; path: string; headers?: http.OutgoingHttpHeaders; body?: Buffer },
    timeoutMs: number,
  ): Promise<PodResponse>;
}

const refKey = (p: ParentRef, routeNs: string): string =>
  `${p.namespace ?? routeNs}/${p.name}/${p.sectionName ?? ''}/${p.port ?? ''}`;

export class GatewayApiController {
  paused = false;
  /**
   * A fault for simulations: when it returns a message for a route, the controller refuses the route's new
   * generation (Accepted False, reason UnsupportedValue) and its listeners keep routing by what they had.
   */
  rejectRoute?: (route: KubeObject) => string | undefined;
  /** What users got through each Gateway, in order (`ns/name` → samples). */
  readonly samples = new Map<string, GatewaySample[]>();
  private readonly routeState = new Map<string, Pending>();
  private readonly gatewayState = new Map<string, Pending>();
  /** The programmed routes, per route (`ns/name`), with the Gateways (`ns/name`) they are attached to. */
  private readonly programmed = new Map<string, { gateways: Set<string>; route: Programmed }>();
  private readonly servers = new Map<string, Promise<{ server: http.Server; port: number }>>();
  private readonly sockets = new Set<Socket>();
  private readonly rr = new Map<string, number>();
  private readonly ports = new Map<string, number>();

  constructor(
    private readonly host: ControllerHost & { tryWrite(fn: () => void): void },
    private readonly hooks: GatewayHooks,
    private readonly opts: { reconcileLagMs: number; region: string },
  ) {}

  /** Stop reconciling (the controller is down); `resume()` catches up with everything that changed. */
  pause(): void {
    this.paused = true;
  }

  resume(): void {
    this.paused = false;
    this.host.wake(this.host.clock.now());
  }

  private ours(gw: KubeObject | undefined): boolean {
    if (!gw || gw.metadata.deletionTimestamp) return false;
    const cls = (gw.spec as GatewaySpec | undefined)?.gatewayClassName;
    const gc = cls ? this.host.registry.find(byKind('GatewayClass'), undefined, cls) : undefined;
    return (gc?.spec as { controllerName?: string } | undefined)?.controllerName === GATEWAY_CONTROLLER;
  }

  /** The DNS name of a Gateway's address (what status.addresses says and `url()` serves on loopback). */
  hostname(gw: KubeObject): string {
    return `${gw.metadata.name}.${gw.metadata.namespace}.gateway.${this.opts.region}.keelson.sim`;
  }

  reconcile(): void {
    const now = this.host.clock.now();
    for (const gc of this.host.list<KubeObject>('GatewayClass')) {
      if ((gc.spec as { controllerName?: string } | undefined)?.controllerName !== GATEWAY_CONTROLLER)
        continue;
      if (this.paused) continue;
      const accepted = condition(gc, 'Accepted', 'True', 'Accepted', 'Handled by the Keelson simulator', now);
      this.host.writeStatus('GatewayClass', gc, { conditions: [accepted] }, GATEWAY_CONTROLLER);
    }
    const routes = this.host.list<KubeObject>('HTTPRoute');
    for (const gw of this.host.list<KubeObject>('Gateway')) {
      if (!this.ours(gw)) continue;
      const key = `${gw.metadata.namespace}/${gw.metadata.name}`;
      let st = this.gatewayState.get(key);
      if (!st) this.gatewayState.set(key, (st = {}));
      const attached = routes.filter((r) =>
        ((r.status as { parents?: RouteParentStatus[] } | undefined)?.parents ?? []).some(
          (p) =>
            p.controllerName === GATEWAY_CONTROLLER &&
            (p.parentRef.namespace ?? r.metadata.namespace) === gw.metadata.namespace &&
            p.parentRef.name === gw.metadata.name &&
            p.conditions.some((c) => c.type === 'Accepted' && c.status === 'True'),
        ),
      ).length;
      if (!this.due(st, JSON.stringify([gw.metadata.generation, attached]), now)) continue;
      st.applied = JSON.stringify([gw.metadata.generation, attached]);
      void this.url(gw);
      const gen = gw.metadata.generation;
      const listeners = (gw.spec as GatewaySpec | undefined)?.listeners ?? [];
      this.host.writeStatus(
        'Gateway',
        gw,
        {
          addresses: [{ type: 'Hostname', value: this.hostname(gw) }],
          conditions: [
            condition(gw, 'Accepted', 'True', 'Accepted', 'The Gateway is accepted', now, gen),
            condition(gw, 'Programmed', 'True', 'Programmed', 'The Gateway is programmed', now, gen),
          ],
          listeners: listeners.map((l) => ({
            name: l.name,
            supportedKinds: [{ group: GATEWAY_GROUP, kind: 'HTTPRoute' }],
            attachedRoutes: attached,
            conditions: [
              condition(gw, 'Accepted', 'True', 'Accepted', 'The listener is accepted', now, gen),
              condition(gw, 'Programmed', 'True', 'Programmed', 'The listener is programmed', now, gen),
              condition(gw, 'ResolvedRefs', 'True', 'ResolvedRefs', 'References resolved', now, gen),
            ],
          })),
        },
        GATEWAY_CONTROLLER,
      );
    }
    const seen = new Set<string>();
    for (const route of routes) {
      if (route.metadata.deletionTimestamp) continue;
      const key = `${route.metadata.namespace}/${route.metadata.name}`;
      seen.add(key);
      let st = this.routeState.get(key);
      if (!st) this.routeState.set(key, (st = {}));
      const fp = this.fingerprint(route);
      if (!this.due(st, fp, now)) continue;
      st.applied = fp;
      this.reconcileRoute(route, now);
    }
    for (const key of [...this.routeState.keys()]) {
      if (seen.has(key)) continue;
      const st = this.routeState.get(key) as Pending;
      if (!this.due(st, 'deleted', now)) continue;
      this.routeState.delete(key);
      this.programmed.delete(key);
    }
  }

  /** True when `fp` differs from what was applied and the controller's lag has passed (waking it then). */
  private due(st: Pending, fp: string, now: number): boolean {
    return lagDue(st, fp, now, {
      lagMs: this.opts.reconcileLagMs,
      paused: this.paused,
      wake: (at) => this.host.wake(at),
    });
  }

  /** What a route's status and programming depend on: its spec, its parents and whether its backends exist. */
  private fingerprint(route: KubeObject): string {
    const ns = route.metadata.namespace ?? '';
    const spec = (route.spec ?? {}) as HTTPRouteSpec;
    const parents = (spec.parentRefs ?? []).map((p) => {
      const gw = this.host.registry.find(byKind('Gateway'), p.namespace ?? ns, p.name);
      return [this.ours(gw), gw?.metadata.generation];
    });
    const backends = (spec.rules ?? []).flatMap((r) =>
      (r.backendRefs ?? []).map(
        (b) => !!this.host.registry.find(byKind('Service'), b.namespace ?? ns, b.name),
      ),
    );
    return JSON.stringify([route.metadata.generation, spec, parents, backends, this.rejectRoute?.(route)]);
  }

  private reconcileRoute(route: KubeObject, now: number): void {
    const ns = route.metadata.namespace ?? '';
    const name = route.metadata.name ?? '';
    const gen = route.metadata.generation;
    const spec = (route.spec ?? {}) as HTTPRouteSpec;
    const old = (route.status as { parents?: RouteParentStatus[] } | undefined)?.parents ?? [];
    // Entries of other controllers are theirs to keep.
    const parents: RouteParentStatus[] = old.filter((p) => p.controllerName !== GATEWAY_CONTROLLER);
    const unresolved = this.unresolved(ns, spec);
    const rejected = this.rejectRoute?.(route);
    const gateways = new Set<string>();
    for (const ref of spec.parentRefs ?? []) {
      if ((ref.group ?? GATEWAY_GROUP) !== GATEWAY_GROUP || (ref.kind ?? 'Gateway') !== 'Gateway') continue;
      const gwNs = ref.namespace ?? ns;
      const gw = this.host.registry.find(byKind('Gateway'), gwNs, ref.name);
      const prev = old.find(
        (p) => p.controllerName === GATEWAY_CONTROLLER && refKey(p.parentRef, ns) === refKey(ref, ns),
      );
      const cond = (type: string, ok: boolean, reason: string, message: string): RouteCondition => {
        const status = ok ? 'True' : 'False';
        const before = prev?.conditions.find((c) => c.type === type);
        return {
          type,
          status,
          reason,
          message,
          observedGeneration: gen,
          lastTransitionTime:
            before?.status === status && before.lastTransitionTime
              ? before.lastTransitionTime
              : isoSeconds(now),
        };
      };
      let accepted: RouteCondition;
      if (!gw) {
        // A parent that is not there: this controller cannot tell whose it would be, and says so.
        accepted = cond('Accepted', false, 'NoMatchingParent', `Gateway ${gwNs}/${ref.name} not found`);
      } else if (!this.ours(gw)) {
        continue;
      } else if (!this.admits(gw, ns)) {
        accepted = cond(
          'Accepted',
          false,
          'NotAllowedByListeners',
          `No listener of Gateway ${gwNs}/${ref.name} admits routes from namespace ${ns}`,
        );
      } else if (rejected) {
        accepted = cond('Accepted', false, 'UnsupportedValue', rejected);
      } else {
        accepted = cond('Accepted', true, 'Accepted', 'Route is accepted');
        gateways.add(`${gwNs}/${ref.name}`);
      }
      const resolved = unresolved
        ? cond('ResolvedRefs', false, unresolved.reason, unresolved.message)
        : cond('ResolvedRefs', true, 'ResolvedRefs', 'Resolved all the Object references for the Route');
      parents.push({
        parentRef: { group: GATEWAY_GROUP, kind: 'Gateway', ...ref },
        controllerName: GATEWAY_CONTROLLER,
        conditions: [accepted, resolved],
      });
    }
    this.host.writeStatus(
      'HTTPRoute',
      route,
      { ...(isRecord(route.status) ? route.status : {}), parents },
      GATEWAY_CONTROLLER,
    );
    const key = `${ns}/${name}`;
    // A refused generation is not programmed: the listeners keep routing by the last accepted one.
    if (rejected && this.programmed.has(key)) return;
    if (gateways.size === 0) {
      this.programmed.delete(key);
      return;
    }
    this.programmed.set(key, {
      gateways,
      route: {
        ns,
        name,
        hostnames: spec.hostnames ?? [],
        rules: (spec.rules ?? []).map((r) => {
          const backends = (r.backendRefs ?? []).map((b) => ({
            ref: b,
            resolved:
              (b.kind ?? 'Service') === 'Service' &&
              !!this.host.registry.find(byKind('Service'), b.namespace ?? ns, b.name),
          }));
          return {
            matches: r.matches?.length ? r.matches : [{ path: { type: 'PathPrefix', value: '/' } }],
            backends,
            current: backends.map(() => 0),
          };
        }),
      },
    });
  }

  /** The first backendRef that cannot be resolved, as ResolvedRefs says it. */
  private unresolved(ns: string, spec: HTTPRouteSpec): { reason: string; message: string } | undefined {
    for (const r of spec.rules ?? []) {
      for (const b of r.backendRefs ?? []) {
        if ((b.group ?? '') !== '' || (b.kind ?? 'Service') !== 'Service')
          return { reason: 'InvalidKind', message: `Unsupported backendRef kind ${b.group ?? ''}/${b.kind}` };
        if ((b.namespace ?? ns) !== ns)
          return {
            reason: 'RefNotPermitted',
            message: `Backend ${b.namespace}/${b.name} is in another namespace and no ReferenceGrant allows it`,
          };
        if (!this.host.registry.find(byKind('Service'), ns, b.name))
          return { reason: 'BackendNotFound', message: `Service ${ns}/${b.name} not found` };
      }
    }
    return undefined;
  }

  /** Listeners admit routes from their own namespace (the default) or, with `from: All`, any. */
  private admits(gw: KubeObject, ns: string): boolean {
    const listeners = (gw.spec as GatewaySpec | undefined)?.listeners ?? [];
    return listeners.some((l) => {
      const from = l.allowedRoutes?.namespaces?.from ?? 'Same';
      return from === 'All' || (from === 'Same' && gw.metadata.namespace === ns);
    });
  }

  // ---- the data plane --------------------------------------------------------------------------------

  /** The loopback URL of a Gateway's listener that is already listening. */
  urlNow(gw: KubeObject): string | undefined {
    const port = this.ports.get(`${gw.metadata.namespace}/${gw.metadata.name}`);
    return port ? `http://127.0.0.1:${port}` : undefined;
  }

  /** The loopback URL of a Gateway's listener (started on first use). */
  async url(gw: KubeObject): Promise<string> {
    const key = `${gw.metadata.namespace}/${gw.metadata.name}`;
    let s = this.servers.get(key);
    if (!s) {
      s = new Promise((resolve, reject) => {
        const server = http.createServer((req, res) => void this.handle(key, req, res));
        server.on('connection', (sock: Socket) => {
          this.sockets.add(sock);
          sock.on('close', () => this.sockets.delete(sock));
        });
        watchServer(server, this.host.clock);
        server.once('error', reject);
        server.listen(0, '127.0.0.1', () => {
          const port = (server.address() as AddressInfo).port;
          this.ports.set(key, port);
          resolve({ server, port });
        });
      });
      this.servers.set(key, s);
    }
    return `http://127.0.0.1:${(await s).port}`;
  }

  /** The Gateway a DNS name of `status.addresses` belongs to, if the simulator serves it. */
  gatewayByHostname(hostname: string): KubeObject | undefined {
    return this.host.list<KubeObject>('Gateway').find((g) => this.ours(g) && this.hostname(g) === hostname);
  }

  /** What users of a Gateway got, in order. */
  log(gateway: string): GatewaySample[] {
    let l = this.samples.get(gateway);
    if (!l) this.samples.set(gateway, (l = []));
    return l;
  }

  private async handle(gateway: string, req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const at = this.host.clock.now();
    const url = new URL(req.url ?? '/', 'http://gateway');
    const host = String(req.headers.host ?? '').replace(/:\d+$/, '');
    const reply = (status: number, text: string, extra: Partial<GatewaySample> = {}): void => {
      this.log(gateway).push({ at, status, ...extra });
      res.writeHead(status, { 'content-type': 'text/plain', server: 'keelson-gateway' });
      res.end(text);
    };
    const found = this.match(gateway, host, url.pathname, req.headers);
    if (!found) return reply(404, 'no route matched\n');
    const { route, rule } = found;
    const picked = pickBackend(rule);
    if (!picked) return reply(500, 'no backend with a weight\n', { route: route.name });
    if (!picked.resolved)
      return reply(500, `backend ${picked.ref.name} cannot be resolved\n`, {
        route: route.name,
        backend: picked.ref.name,
      });
    const svc = this.host.registry.find(byKind('Service'), route.ns, picked.ref.name) as Service | undefined;
    const port = (svc?.spec?.ports ?? []).find((p) => p.port === picked.ref.port);
    const pods = this.hooks.endpoints(
      route.ns,
      picked.ref.name,
      port?.name ?? String(picked.ref.port ?? ''),
    )?.pods;
    if (!pods?.length)
      return reply(503, 'no healthy upstream\n', { route: route.name, backend: picked.ref.name });
    const rrKey = `${route.ns}/${picked.ref.name}`;
    const n = this.rr.get(rrKey) ?? 0;
    this.rr.set(rrKey, n + 1);
    const pod = pods[n % pods.length] as string;
    try {
      const r = await this.hooks.requestPod(
        route.ns,
        pod,
        {
          method: req.method ?? 'GET',
          path: `${url.pathname}${url.search}`,
          headers: req.headers,
          body: Buffer.concat(chunks),
        },
        15_000,
      );
      const version = typeof r.headers['x-version'] === 'string' ? r.headers['x-version'] : undefined;
      this.log(gateway).push({ at, status: r.status, version, backend: picked.ref.name, route: route.name });
      res.writeHead(r.status, forwardedHeaders(r.headers));
      res.end(r.body);
    } catch (e: unknown) {
      const timeout = e instanceof Error && e.name === 'TimeoutError';
      reply(
        timeout ? 504 : 503,
        timeout
          ? 'upstream request timeout\n'
          : 'upstream connect error or disconnect/reset before headers\n',
        { route: route.name, backend: picked.ref.name },
      );
    }
  }

  /** The most specific match among the routes attached to `gateway` (exact path, then the longest prefix). */
  private match(
    gateway: string,
    host: string,
    path: string,
    headers: http.IncomingHttpHeaders,
  ): { route: Programmed; rule: Programmed['rules'][number] } | undefined {
    let best: { route: Programmed; rule: Programmed['rules'][number]; score: number } | undefined;
    for (const { gateways, route } of this.programmed.values()) {
      if (!gateways.has(gateway)) continue;
      if (route.hostnames.length && !route.hostnames.some((h) => hostMatches(h, host))) continue;
      for (const rule of route.rules) {
        for (const m of rule.matches) {
          const score = matchScore(m, path, headers);
          if (score !== undefined && (!best || score > best.score)) best = { route, rule, score };
        }
      }
    }
    return best;
  }

  async close(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    await Promise.all(
      [...this.servers.values()].map(async (p) => {
        const { server } = await p;
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          server.closeAllConnections();
        });
      }),
    );
  }
}

function condition(
  obj: KubeObject,
  type: string,
  status: 'True' | 'False',
  reason: string,
  message: string,
  now: number,
  observedGeneration?: number,
): RouteCondition {
  const before = ((obj.status as { conditions?: RouteCondition[] } | undefined)?.conditions ?? []).find(
    (c) => c.type === type,
  );
  return {
    type,
    status,
    reason,
    message,
    ...(observedGeneration !== undefined ? { observedGeneration } : {}),
    lastTransitionTime:
      before?.status === status && before.lastTransitionTime ? before.lastTransitionTime : isoSeconds(now),
  };
}

function hostMatches(pattern: string, host: string): boolean {
  const p = pattern.toLowerCase();
  const h = host.toLowerCase();
  return p.startsWith('*.') ? h.endsWith(p.slice(1)) && h !== p.slice(2) : p === h;
}

/** How specific a match is (higher wins), or undefined when it does not match. */
function matchScore(m: HttpMatch, path: string, headers: http.IncomingHttpHeaders): number | undefined {
  const type = m.path?.type ?? 'PathPrefix';
  const value = m.path?.value ?? '/';
  let score: number;
  if (type === 'Exact') {
    if (path !== value) return undefined;
    score = 1_000_000;
  } else {
    const prefix = value.replace(/\/+$/, '');
    if (prefix && path !== prefix && !path.startsWith(`${prefix}/`)) return undefined;
    score = prefix.length * 100;
  }
  for (const h of m.headers ?? []) {
    if (String(headers[h.name.toLowerCase()] ?? '') !== h.value) return undefined;
    score += 1;
  }
  return score;
}

/** Smooth weighted round robin over a rule's backendRefs (weight defaults to 1; 0 is never picked). */
function pickBackend(
  rule: Programmed['rules'][number],
): Programmed['rules'][number]['backends'][number] | undefined {
  const weights = rule.backends.map((b) => Math.max(0, b.ref.weight ?? 1));
  const total = weights.reduce((a, b) => a + b, 0);
  if (total === 0) return undefined;
  let best = -1;
  for (let i = 0; i < weights.length; i++) {
    if ((weights[i] ?? 0) === 0) continue;
    rule.current[i] = (rule.current[i] ?? 0) + (weights[i] ?? 0);
    if (best < 0 || (rule.current[i] ?? 0) > (rule.current[best] ?? 0)) best = i;
  }
  rule.current[best] = (rule.current[best] ?? 0) - total;
  return rule.backends[best];
}
