/**
 * The ALB's data plane: a real HTTP listener on loopback per load balancer listener. Each request is matched
 * against the listener's rules in priority order (host-header, path-pattern, http-header conditions), and a
 * forward action picks a target group by weight (smooth weighted round robin, so shares are exact), then a
 * target among the group's healthy ones (round robin), or — when none is healthy — among the unhealthy ones
 * (ALB fails open). With nothing to route to it answers 503 itself; a target that refuses or resets the
 * connection gives 502, one that does not answer within the idle timeout 504 — the load balancer's own HTML
 * pages with `Server: awselb/2.0`, as users see them.
 */
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import type { Clock } from '../../../lib/clock.js';
import { watchServer } from '../../clock.js';
import type { Elbv2, Listener, LoadBalancer, Rule, Target, TargetGroup } from './model.js';
import { pathMatches } from './model.js';
import { forwardedHeaders } from '../../loopback.js';

export interface Forwarded {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

export interface AlbSample {
  at: number;
  status: number;
  version?: string;
  target?: string;
  targetGroup?: string;
  /** The load balancer answered itself (no target, or the target failed). */
  elb: boolean;
  /** How long the target took to answer (simulated ms), for CloudWatch's TargetResponseTime. */
  ms?: number;
}

export interface AlbHooks {
  /** Send the request to a target; rejects with a `PodRefused` (reset/refused) or a `TimeoutError`. */
  forward(
    target: { id: string; port: number },
    request: { method: string; path: string; headers: http.IncomingHttpHeaders; body: Buffer },
    timeoutMs: number,
  ): Promise<Forwarded>;
}

const PAGES: Record<number, string> = {
  502: '502 Bad Gateway',
  503: '503 Service Temporarily Unavailable',
  504: '504 Gateway Time-out',
  404: '404 Not Found',
};

function page(code: number): string {
  const title = PAGES[code] ?? String(code);
  return `<html>\r\n<head><title>${title}</title></head>\r\n<body>\r\n<center><h1>${title}</h1></center>\r\n</body>\r\n</html>\r\n`;
}

function priority(r: Rule): number {
  return r.priority === 'default' ? Number.MAX_SAFE_INTEGER : r.priority;
}

function ruleMatches(r: Rule, host: string, path: string, headers: http.IncomingHttpHeaders): boolean {
  return r.conditions.every((c) => {
    if (c.Field === 'path-pattern') return c.Values.some((v) => pathMatches(v, path));
    if (c.Field === 'host-header')
      return c.Values.some((v) => pathMatches(v.toLowerCase(), host.toLowerCase()));
    const value = headers[c.HttpHeaderName.toLowerCase()];
    const values = Array.isArray(value) ? value : value === undefined ? [] : [value];
    return c.Values.some((v) => values.some((x) => pathMatches(v, x)));
  });
}

export class AlbDataPlane {
  private readonly servers = new Map<string, { server: http.Server; port: number }>();
  private readonly sockets = new Set<Socket>();
  private readonly rr = new Map<string, number>();
  private readonly starting = new Set<string>();
  readonly samples = new Map<string, AlbSample[]>();

  constructor(
    private readonly clock: Clock,
    private readonly elbv2: Elbv2,
    private readonly hooks: AlbHooks,
  ) {}

  /** The loopback URL of a listener that is already listening. */
  urlNow(listener: Listener): string | undefined {
    const s = this.servers.get(listener.arn);
    return s ? `http://127.0.0.1:${s.port}` : undefined;
  }

  /** Start a listener now, so its URL is known before anyone asks. */
  ensure(listener: Listener): void {
    if (!this.servers.has(listener.arn) && !this.starting.has(listener.arn)) {
      this.starting.add(listener.arn);
      void this.url(listener).finally(() => this.starting.delete(listener.arn));
    }
  }

  /** The loopback URL of a listener (started on first use). */
  async url(listener: Listener): Promise<string> {
    let s = this.servers.get(listener.arn);
    if (!s) {
      const server = http.createServer((req, res) => void this.handle(listener.arn, req, res));
      server.on('connection', (sock: Socket) => {
        this.sockets.add(sock);
        sock.on('close', () => this.sockets.delete(sock));
      });
      watchServer(server, this.clock);
      const port = await new Promise<number>((resolve, reject) => {
        server.once('error', reject);
        server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port));
      });
      s = { server, port };
      this.servers.set(listener.arn, s);
    }
    return `http://127.0.0.1:${s.port}`;
  }

  /** What users of a load balancer got, in order. */
  log(lb: LoadBalancer): AlbSample[] {
    let l = this.samples.get(lb.arn);
    if (!l) {
      l = [];
      this.samples.set(lb.arn, l);
    }
    return l;
  }

  private find(listenerArn: string): { lb: LoadBalancer; listener: Listener } | undefined {
    for (const lb of this.elbv2.loadBalancers.values()) {
      const listener = lb.listeners.find((l) => l.arn === listenerArn);
      if (listener) return { lb, listener };
    }
    return undefined;
  }

  private async handle(
    listenerArn: string,
    req: http.IncomingMessage,
    res: http.ServerResponse,
  ): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const body = Buffer.concat(chunks);
    const found = this.find(listenerArn);
    const at = this.clock.now();
    const reply = (status: number, lb?: LoadBalancer, extra: Partial<AlbSample> = {}): void => {
      if (lb) this.log(lb).push({ at, status, elb: true, ...extra });
      res.writeHead(status, { server: 'awselb/2.0', 'content-type': 'text/html', connection: 'keep-alive' });
      res.end(page(status));
    };
    if (!found) return reply(503);
    const { lb, listener } = found;
    const url = new URL(req.url ?? '/', 'http://alb');
    const host = String(req.headers.host ?? '').replace(/:\d+$/, '');
    const rule = [...listener.rules]
      .sort((a, b) => priority(a) - priority(b))
      .find((r) => ruleMatches(r, host, url.pathname, req.headers));
    const action = rule?.actions[0];
    if (!rule || !action) return reply(503, lb);
    if (action.Type === 'fixed-response') {
      const status = Number(action.StatusCode);
      this.log(lb).push({ at, status, elb: true });
      res.writeHead(status, { server: 'awselb/2.0', 'content-type': action.ContentType ?? 'text/plain' });
      res.end(action.MessageBody ?? '');
      return;
    }
    const tg = this.pickGroup(rule, action.TargetGroups);
    if (!tg) return reply(503, lb);
    const target = this.pickTarget(tg);
    if (!target) return reply(503, lb, { targetGroup: tg.name });
    const idle = Number(lb.attributes['idle_timeout.timeout_seconds'] ?? '60') * 1000;
    try {
      const r = await this.hooks.forward(
        target,
        { method: req.method ?? 'GET', path: `${url.pathname}${url.search}`, headers: req.headers, body },
        idle,
      );
      const version = typeof r.headers['x-version'] === 'string' ? r.headers['x-version'] : undefined;
      this.log(lb).push({
        at,
        status: r.status,
        version,
        target: target.id,
        targetGroup: tg.name,
        elb: false,
        ms: this.clock.now() - at,
      });
      res.writeHead(r.status, forwardedHeaders(r.headers));
      res.end(r.body);
    } catch (e: unknown) {
      const timeout = e instanceof Error && e.name === 'TimeoutError';
      reply(timeout ? 504 : 502, lb, { target: target.id, targetGroup: tg.name });
    }
  }

  /** Smooth weighted round robin over the forward's target groups (weight 0 never chosen). */
  private pickGroup(
    rule: Rule,
    groups: { TargetGroupArn: string; Weight: number }[],
  ): TargetGroup | undefined {
    const live = groups.map((g) => ({
      tg: this.elbv2.targetGroups.get(g.TargetGroupArn),
      w: Math.max(0, g.Weight),
    }));
    const total = live.reduce((n, g) => n + (g.tg ? g.w : 0), 0);
    if (total === 0) return live.length === 1 ? live[0].tg : undefined;
    if (!rule.current || rule.current.length !== live.length) rule.current = live.map(() => 0);
    let best = -1;
    for (let i = 0; i < live.length; i++) {
      if (!live[i].tg || live[i].w === 0) continue;
      rule.current[i] += live[i].w;
      if (best < 0 || rule.current[i] > rule.current[best]) best = i;
    }
    rule.current[best] -= total;
    return live[best].tg;
  }

  private pickTarget(tg: TargetGroup): Target | undefined {
    const targets = this.elbv2.routable(tg).sort((a, b) => a.id.localeCompare(b.id) || a.port - b.port);
    if (targets.length === 0) return undefined;
    const n = this.rr.get(tg.arn) ?? 0;
    this.rr.set(tg.arn, n + 1);
    return targets[n % targets.length];
  }

  async close(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    await Promise.all(
      [...this.servers.values()].map(
        ({ server }) =>
          new Promise<void>((resolve) => {
            server.close(() => resolve());
            server.closeAllConnections();
          }),
      ),
    );
  }
}
