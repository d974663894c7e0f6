import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import type { Clock } from '../../lib/clock.js';
import { watchServer } from '../clock.js';

/**
 * The data plane: one shared HTTP server stands for every pod (routed by `/<namespace>/<pod>/<path>`), and
 * one loopback listener per Service (its "ClusterIP") that balances like kube-proxy: per connection. A client
 * connection is pinned to the ready endpoint chosen when it opened (conntrack), so a keep-alive client stays on
 * the pod it reached until that pod stops taking requests, and then its connection is reset. The endpoints it
 * chooses from are kube-proxy's view, which lags the EndpointSlices by the propagation delay. The API server's
 * `…/proxy/…` paths and the load balancer reach pods through the same pod server.
 *
 * A pod takes a request only while it is accepting (running, and not yet told to stop); requests it accepted
 * finish even if it starts shutting down meanwhile (graceful shutdown), and the data plane counts them so the
 * kubelet knows when a stopping pod is idle.
 */
export interface PodTarget {
  /** Running and taking new requests; false while starting, after SIGTERM, or when gone (connections reset). */
  accepting: boolean;
  version: string;
  image: string;
  errorRate: number;
  latencyMs: number;
  hang: boolean;
  /** What the container was configured with: its environment and the files its ConfigMap/Secret volumes hold. */
  config?: () => { env: Record<string, string>; files: Record<string, string> };
}

export interface DataPlaneHooks {
  /** The pod's serving container, or undefined when the pod does not exist. */
  pod(ns: string, name: string): PodTarget | undefined;
  /** kube-proxy's ready endpoints of a Service (pod names); undefined when the Service does not exist. */
  endpoints(ns: string, service: string, port?: string): { pods: string[] } | undefined;
  /** The API server's view of the same (EndpointSlices as stored): what the service proxy picks from. */
  serverEndpoints(ns: string, service: string, port?: string): { pods: string[] } | undefined;
  random(): number;
  /** The last request a stopping pod had accepted has finished. */
  idle(ns: string, pod: string): void;
}

export interface TrafficSample {
  /** Emulator time the response finished. */
  at: number;
  version: string;
  pod: string;
  status: number;
  latencyMs: number;
  via: 'service' | 'proxy' | 'alb';
}

export interface TrafficLog {
  readonly samples: readonly TrafficSample[];
  /** Requests and 5xx responses per version, optionally only samples at or after `since` (emulator ms). */
  byVersion(since?: number): Record<string, { requests: number; errors: number }>;
  clear(): void;
}

export class Traffic implements TrafficLog {
  samples: TrafficSample[] = [];
  byVersion(since = -Infinity): Record<string, { requests: number; errors: number }> {
    const out: Record<string, { requests: number; errors: number }> = {};
    for (const s of this.samples) {
      if (s.at < since) continue;
      const v = (out[s.version] ??= { requests: 0, errors: 0 });
      v.requests++;
      if (s.status >= 500) v.errors++;
    }
    return out;
  }
  clear(): void {
    this.samples = [];
  }
}

function listen(server: http.Server): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port));
  });
}

function closeServer(server: http.Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}

const ACCEPT_HEADER = 'x-kube-emulator-accepted';

export class ProxyError extends Error {
  constructor(
    readonly code: number,
    message: string,
  ) {
    super(message);
  }
}

/** A pod refused the connection (not running, or shutting down): what a client sees as a reset. */
export class PodRefused extends Error {
  override readonly name = 'PodRefused';
}

export interface PodResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

/** Requests served per pod, in one-second buckets, for the autoscaler's CPU model. */
class Served {
  private readonly buckets = new Map<number, number>();
  record(at: number): void {
    const s = Math.floor(at / 1000);
    this.buckets.set(s, (this.buckets.get(s) ?? 0) + 1);
    if (this.buckets.size > 400) {
      const cut = s - 300;
      for (const k of this.buckets.keys()) if (k < cut) this.buckets.delete(k);
    }
  }
  /** Requests in [from, to) (ms). */
  count(from: number, to: number): number {
    let n = 0;
    for (const [s, c] of this.buckets) if (s * 1000 >= from && s * 1000 < to) n += c;
    return n;
  }
}

export class DataPlane {
  private podServer?: http.Server;
  private podPort = 0;
  private readonly gateways = new Map<string, Promise<{ server: http.Server; port: number }>>();
  private readonly rr = new Map<string, number>();
  private readonly logs = new Map<string, Traffic>();
  private readonly hung = new Set<http.ServerResponse>();
  private readonly agent = new http.Agent({ keepAlive: true });
  private readonly abort = new AbortController();
  private readonly sockets = new Set<Socket>();
  private readonly accepted = new Map<string, PodTarget>();
  private readonly pinned = new WeakMap<Socket, string>();
  /** Client connections pinned to each pod, and which of them have a request in flight. */
  private readonly podSockets = new Map<string, Set<Socket>>();
  private readonly busy = new WeakMap<Socket, number>();
  private readonly served = new Map<string, Served>();
  private readonly inflight = new Map<string, number>();
  /** Requests each pod answered, by status code: what its /metrics exposes. */
  private readonly codes = new Map<string, Map<number, number>>();
  private nextAccept = 1;

  constructor(
    private readonly clock: Clock,
    private readonly hooks: DataPlaneHooks,
  ) {}

  async start(): Promise<void> {
    this.podServer = http.createServer((req, res) => void this.servePod(req, res));
    this.podServer.on('connection', (s: Socket) => this.track(s));
    watchServer(this.podServer, this.clock);
    this.podPort = await listen(this.podServer);
  }

  private track(s: Socket): void {
    this.sockets.add(s);
    s.on('close', () => this.sockets.delete(s));
  }

  podUrl(ns: string, pod: string): string {
    return `http://127.0.0.1:${this.podPort}/${encodeURIComponent(ns)}/${encodeURIComponent(pod)}`;
  }

  traffic(ns: string, service: string): TrafficLog {
    return this.log(`${ns}/${service}`);
  }

  /** The log of one named stream of traffic (a Service, or a load balancer's `alb:<ns>/<ingress>`). */
  log(key: string): Traffic {
    let t = this.logs.get(key);
    if (!t) {
      t = new Traffic();
      this.logs.set(key, t);
    }
    return t;
  }

  /** Requests the pod served in the last `windowMs` (emulator time). */
  servedCount(ns: string, pod: string, windowMs: number): number {
    const now = this.clock.now();
    return this.served.get(`${ns}/${pod}`)?.count(now - windowMs, now + 1) ?? 0;
  }

  /** Requests the pod accepted that have not finished yet. */
  inFlight(ns: string, pod: string): number {
    return this.inflight.get(`${ns}/${pod}`) ?? 0;
  }

  /** A loopback URL that behaves like the Service's ClusterIP:port. */
  async serviceUrl(ns: string, service: string, port?: string): Promise<string> {
    const key = `${ns}/${service}/${port ?? ''}`;
    let g = this.gateways.get(key);
    if (!g) {
      const server = http.createServer((req, res) => {
        this.forwardService(ns, service, port, req.url ?? '/', req, res, 'service').catch(() => {
          req.socket.destroy();
        });
      });
      server.on('connection', (s: Socket) => this.track(s));
      watchServer(server, this.clock);
      g = listen(server).then((p) => ({ server, port: p }));
      this.gateways.set(key, g);
    }
    return `http://127.0.0.1:${(await g).port}`;
  }

  /**
   * Forward to a ready endpoint. Through the ClusterIP (`service`) the choice is per connection, from
   * kube-proxy's view; through the API server (`proxy`) per request, from the stored EndpointSlices. Throws
   * ProxyError when the API server has nothing to forward to.
   */
  async forwardService(
    ns: string,
    service: string,
    port: string | undefined,
    path: string,
    req: http.IncomingMessage,
    res: http.ServerResponse,
    via: 'service' | 'proxy',
  ): Promise<void> {
    const log = this.log(`${ns}/${service}`);
    if (via === 'service') {
      const pinned = this.pinned.get(req.socket);
      if (pinned !== undefined) {
        await this.forwardPod(ns, pinned, path, req, res, via, log);
        return;
      }
    }
    const eps =
      via === 'service'
        ? this.hooks.endpoints(ns, service, port)
        : this.hooks.serverEndpoints(ns, service, port);
    if (!eps) {
      if (via === 'service') {
        req.socket.destroy();
        return;
      }
      throw new ProxyError(404, `services "${service}" not found`);
    }
    if (eps.pods.length === 0) {
      if (via === 'service') {
        // kube-proxy rejects connections to a Service without ready endpoints.
        req.socket.destroy();
        return;
      }
      throw new ProxyError(503, `no endpoints available for service "${service}${port ? `:${port}` : ''}"`);
    }
    const key = `${ns}/${service}`;
    const n = this.rr.get(key) ?? 0;
    this.rr.set(key, n + 1);
    const pod = eps.pods[n % eps.pods.length];
    if (via === 'service') this.pin(req.socket, ns, pod);
    await this.forwardPod(ns, pod, path, req, res, via, log);
  }

  private pin(socket: Socket, ns: string, pod: string): void {
    this.pinned.set(socket, pod);
    const key = `${ns}/${pod}`;
    let set = this.podSockets.get(key);
    if (!set) {
      set = new Set();
      this.podSockets.set(key, set);
    }
    set.add(socket);
    socket.once('close', () => {
      const s = this.podSockets.get(key);
      s?.delete(socket);
      if (s?.size === 0) this.podSockets.delete(key);
    });
  }

  /**
   * The pod got SIGTERM: like a server's graceful shutdown, it closes its idle keep-alive connections (a client
   * then opens a new one to another endpoint) and finishes the requests it is answering.
   */
  podStopping(ns: string, pod: string): void {
    for (const socket of this.podSockets.get(`${ns}/${pod}`) ?? []) {
      if ((this.busy.get(socket) ?? 0) === 0) socket.end();
    }
  }

  /** Stream one request to a pod and its answer back; a pod that refuses resets the client's connection. */
  async forwardPod(
    ns: string,
    pod: string,
    path: string,
    req: http.IncomingMessage,
    res: http.ServerResponse,
    via: 'service' | 'proxy',
    log?: Traffic,
  ): Promise<void> {
    const started = this.clock.now();
    const headers: http.OutgoingHttpHeaders = { ...req.headers };
    delete headers.host;
    delete headers.authorization;
    delete headers.connection;
    const id = this.accept(ns, pod);
    if (id === undefined) {
      if (via === 'service') {
        req.socket.destroy();
        return;
      }
      throw new ProxyError(
        503,
        `error trying to reach service: dial tcp ${pod}: connect: connection refused`,
      );
    }
    headers[ACCEPT_HEADER] = id;
    const client = req.socket;
    this.busy.set(client, (this.busy.get(client) ?? 0) + 1);
    res.once('close', () => {
      const left = (this.busy.get(client) ?? 1) - 1;
      this.busy.set(client, left);
      // A connection to a pod that stopped meanwhile closes once its last answer is out.
      if (left === 0 && via === 'service' && !this.hooks.pod(ns, pod)?.accepting) client.end();
    });
    await new Promise<void>((resolve, reject) => {
      const upstream = http.request(
        {
          host: '127.0.0.1',
          port: this.podPort,
          method: req.method,
          path: `/${encodeURIComponent(ns)}/${encodeURIComponent(pod)}${path.startsWith('/') ? path : `/${path}`}`,
          headers,
          agent: this.agent,
        },
        (up) => {
          const out: Record<string, string | string[]> = {};
          for (const [k, v] of Object.entries(up.headers)) {
            if (v !== undefined && k !== 'connection' && k !== 'keep-alive' && k !== 'transfer-encoding')
              out[k] = v;
          }
          res.writeHead(up.statusCode ?? 502, out);
          up.pipe(res);
          up.on('end', () => {
            if (log) {
              const version = up.headers['x-version'];
              log.samples.push({
                at: this.clock.now(),
                version: typeof version === 'string' ? version : 'unknown',
                pod,
                status: up.statusCode ?? 0,
                latencyMs: this.clock.now() - started,
                via,
              });
            }
            resolve();
          });
          up.on('error', reject);
        },
      );
      upstream.on('error', (e) => {
        this.accepted.delete(id);
        if (via === 'service') req.socket.destroy();
        reject(new ProxyError(503, `error trying to reach service: ${e.message}`));
      });
      res.on('close', () => {
        if (!res.writableFinished) upstream.destroy();
      });
      req.pipe(upstream);
    });
  }

  /**
   * One request to a pod, answer buffered (the load balancer's forwarding and health checks). Rejects with
   * PodRefused when the pod does not take the connection; `timeoutMs` (emulator time) aborts a pod that does
   * not answer, rejecting with a TimeoutError.
   */
  async requestPod(
    ns: string,
    pod: string,
    r: { method?: string; path: string; headers?: http.OutgoingHttpHeaders; body?: Buffer },
    timeoutMs: number,
  ): Promise<PodResponse> {
    const id = this.accept(ns, pod);
    if (id === undefined) throw new PodRefused(`pod ${ns}/${pod} refused the connection`);
    const headers: http.OutgoingHttpHeaders = { ...r.headers, [ACCEPT_HEADER]: id };
    delete headers.host;
    delete headers.connection;
    const timer = new AbortController();
    return new Promise<PodResponse>((resolve, reject) => {
      let settled = false;
      const done = (f: () => void): void => {
        if (settled) return;
        settled = true;
        timer.abort();
        f();
      };
      const upstream = http.request(
        {
          host: '127.0.0.1',
          port: this.podPort,
          method: r.method ?? 'GET',
          path: `/${encodeURIComponent(ns)}/${encodeURIComponent(pod)}${r.path.startsWith('/') ? r.path : `/${r.path}`}`,
          headers,
          agent: this.agent,
        },
        (up) => {
          const chunks: Buffer[] = [];
          up.on('data', (c: Buffer) => chunks.push(c));
          up.on('end', () =>
            done(() =>
              resolve({ status: up.statusCode ?? 0, headers: up.headers, body: Buffer.concat(chunks) }),
            ),
          );
          up.on('error', (e) => done(() => reject(new PodRefused(e.message))));
        },
      );
      upstream.on('error', (e) => {
        this.accepted.delete(id);
        done(() => reject(new PodRefused(e.message)));
      });
      this.clock.sleep(timeoutMs, timer.signal).then(
        () =>
          done(() => {
            upstream.destroy();
            reject(Object.assign(new Error(`no answer within ${timeoutMs} ms`), { name: 'TimeoutError' }));
          }),
        () => undefined,
      );
      upstream.end(r.body);
    });
  }

  /** The pod takes the connection now (or not: undefined); the pod server honours the id even if it stops meanwhile. */
  private accept(ns: string, pod: string): string | undefined {
    const target = this.hooks.pod(ns, pod);
    if (!target?.accepting) return undefined;
    const id = String(this.nextAccept++);
    this.accepted.set(id, target);
    return id;
  }

  private async servePod(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const m = /^\/([^/]+)\/([^/?]+)(.*)$/.exec(req.url ?? '');
    const ns = m ? decodeURIComponent(m[1]) : '';
    const name = m ? decodeURIComponent(m[2]) : '';
    const acceptId = req.headers[ACCEPT_HEADER];
    const accepted = typeof acceptId === 'string' ? this.accepted.get(acceptId) : undefined;
    if (typeof acceptId === 'string') this.accepted.delete(acceptId);
    const current = m ? this.hooks.pod(ns, name) : undefined;
    const target = accepted ?? (current?.accepting ? current : undefined);
    if (!target) {
      req.socket.destroy();
      return;
    }
    const key = `${ns}/${name}`;
    this.inflight.set(key, (this.inflight.get(key) ?? 0) + 1);
    let finished = false;
    const finish = (): void => {
      if (finished) return;
      finished = true;
      const left = (this.inflight.get(key) ?? 1) - 1;
      if (left > 0) this.inflight.set(key, left);
      else {
        this.inflight.delete(key);
        this.hooks.idle(ns, name);
      }
    };
    res.once('close', finish);
    res.once('finish', finish);
    req.resume();
    const path = (m?.[3] || '/').split('?')[0] || '/';
    if (target.hang) {
      this.hung.add(res);
      res.on('close', () => this.hung.delete(res));
      return;
    }
    if (target.latencyMs > 0) {
      try {
        await this.clock.sleep(target.latencyMs, this.abort.signal);
      } catch {
        res.destroy();
        return;
      }
    }
    if (path === '/metrics' && req.method === 'GET') {
      // Prometheus's scrape: the pod's own request counters in the text exposition format.
      res.writeHead(200, { 'content-type': 'text/plain; version=0.0.4' });
      res.end(this.exposition(key, target.version));
      return;
    }
    let served = this.served.get(key);
    if (!served) {
      served = new Served();
      this.served.set(key, served);
    }
    served.record(this.clock.now());
    const failed = target.errorRate > 0 && this.hooks.random() < target.errorRate;
    const codes = this.codes.get(key) ?? new Map<number, number>();
    this.codes.set(key, codes);
    codes.set(failed ? 500 : 200, (codes.get(failed ? 500 : 200) ?? 0) + 1);
    // GET /config: the app echoes its configuration (environment and mounted ConfigMap/Secret files).
    const config = !failed && path === '/config' ? target.config?.() : undefined;
    const body = failed
      ? { error: 'simulated failure', version: target.version, pod: name, image: target.image, path }
      : { version: target.version, pod: name, image: target.image, path, method: req.method, ...config };
    res.writeHead(failed ? 500 : 200, {
      'content-type': 'application/json',
      'x-version': target.version,
      'x-pod': name,
    });
    res.end(JSON.stringify(body));
  }

  /** `http_requests_total{code,version}` of one pod, as a Prometheus client library exposes a counter. */
  private exposition(key: string, version: string): string {
    const lines = [
      '# HELP http_requests_total HTTP requests the pod answered, by status code.',
      '# TYPE http_requests_total counter',
    ];
    const codes = this.codes.get(key) ?? new Map<number, number>([[200, 0]]);
    if (!codes.has(500)) codes.set(500, 0);
    const v = version.replace(/["\\\n]/g, '_');
    for (const [code, n] of [...codes].sort((a, b) => a[0] - b[0]))
      lines.push(`http_requests_total{code="${code}",version="${v}"} ${n}`);
    return `${lines.join('\n')}\n`;
  }

  async close(): Promise<void> {
    this.abort.abort(new Error('kube emulator closed'));
    for (const res of this.hung) res.destroy();
    this.hung.clear();
    const servers: http.Server[] = [];
    if (this.podServer) servers.push(this.podServer);
    for (const g of this.gateways.values()) {
      try {
        servers.push((await g).server);
      } catch {
        // never listened
      }
    }
    for (const s of this.sockets) s.destroy();
    await Promise.all(servers.map(closeServer));
    this.agent.destroy();
  }
}
