import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import type { Clock } from '../../lib/clock.js';
import { watchServer } from '../clock.js';

/**
 * The data plane: one shared HTTP server stands for every pod (routed by `/<namespace>/<pod>/<path>`), and
 * one loopback listener per Service (its "ClusterIP") spreads connections round-robin over the ready
 * endpoints of the Service's EndpointSlices, like kube-proxy. The API server's `…/proxy/…` paths go
 * through the same forwarding.
 */
export interface PodTarget {
  /** False while the container is not running: connections are refused (reset). */
  serving: boolean;
  version: string;
  image: string;
  errorRate: number;
  latencyMs: number;
  hang: boolean;
}

export interface DataPlaneHooks {
  /** The pod's serving container, or undefined when the pod does not exist. */
  pod(ns: string, name: string): PodTarget | undefined;
  /** Ready endpoints (pod names) of a Service, in a stable order; undefined when the Service does not exist. */
  endpoints(ns: string, service: string, port?: string): { pods: string[] } | undefined;
  random(): number;
}

export interface TrafficSample {
  /** Emulator time the response finished. */
  at: number;
  version: string;
  pod: string;
  status: number;
  latencyMs: number;
  via: 'service' | 'proxy';
}

export interface TrafficLog {
  readonly samples: readonly TrafficSample[];
  /** Requests and 5xx responses per version, optionally only samples at or after `since` (emulator ms). */
  byVersion(since?: number): Record<string, { requests: number; errors: number }>;
  clear(): void;
}

class Traffic implements TrafficLog {
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
    const key = `${ns}/${service}`;
    let t = this.logs.get(key);
    if (!t) {
      t = new Traffic();
      this.logs.set(key, t);
    }
    return t;
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

  /** Pick the next ready endpoint (round-robin) and forward; throws ProxyError when there is none. */
  async forwardService(
    ns: string,
    service: string,
    port: string | undefined,
    path: string,
    req: http.IncomingMessage,
    res: http.ServerResponse,
    via: 'service' | 'proxy',
  ): Promise<void> {
    const eps = this.hooks.endpoints(ns, service, port);
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
    await this.forwardPod(ns, pod, path, req, res, via, this.traffic(ns, service));
  }

  async forwardPod(
    ns: string,
    pod: string,
    path: string,
    req: http.IncomingMessage,
    res: http.ServerResponse,
    via: 'service' | 'proxy',
    log?: Traffic | TrafficLog,
  ): Promise<void> {
    const started = this.clock.now();
    const headers: http.OutgoingHttpHeaders = { ...req.headers };
    delete headers.host;
    delete headers.authorization;
    delete headers.connection;
    // The connection is made now: a pod that starts shutting down while this hop is in flight still
    // answers it (graceful shutdown drains accepted connections).
    const target = this.hooks.pod(ns, pod);
    const id = String(this.nextAccept++);
    if (target?.serving) {
      this.accepted.set(id, target);
      headers[ACCEPT_HEADER] = id;
    }
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
            if (log instanceof Traffic) {
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
        reject(new ProxyError(503, `error trying to reach service: ${e.message}`));
      });
      res.on('close', () => {
        if (!res.writableFinished) upstream.destroy();
      });
      req.pipe(upstream);
    });
  }

  private async servePod(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const m = /^\/([^/]+)\/([^/?]+)(.*)$/.exec(req.url ?? '');
    const ns = m ? decodeURIComponent(m[1]) : '';
    const name = m ? decodeURIComponent(m[2]) : '';
    const acceptId = req.headers[ACCEPT_HEADER];
    const accepted = typeof acceptId === 'string' ? this.accepted.get(acceptId) : undefined;
    if (typeof acceptId === 'string') this.accepted.delete(acceptId);
    const target = accepted ?? (m ? this.hooks.pod(ns, name) : undefined);
    if (!target || !target.serving) {
      req.socket.destroy();
      return;
    }
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
    const failed = target.errorRate > 0 && this.hooks.random() < target.errorRate;
    const body = failed
      ? { error: 'simulated failure', version: target.version, pod: name, image: target.image, path }
      : { version: target.version, pod: name, image: target.image, path, method: req.method };
    res.writeHead(failed ? 500 : 200, {
      'content-type': 'application/json',
      'x-version': target.version,
      'x-pod': name,
    });
    res.end(JSON.stringify(body));
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
