/**
 * Real servers on 127.0.0.1 for the health-check tests: an HTTP(S) service with statuses, latency, bodies, a
 * hanging route and a scripted status sequence; a TCP listener; a TLS server; a fake Prometheus HTTP API; a
 * UDP DNS server answering A/AAAA queries; and an in-memory PodSource.
 */
import { execFileSync } from 'node:child_process';
import dgram from 'node:dgram';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import tls from 'node:tls';
import type { PodLike, PodSource } from '../../src/lib/health/index.js';

export interface Closable {
  port: number;
  url: string;
  close(): Promise<void>;
}

function listen(server: net.Server): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve((server.address() as net.AddressInfo).port));
  });
}

function closer(server: net.Server, sockets: Set<net.Socket>): () => Promise<void> {
  return () =>
    new Promise((resolve) => {
      for (const s of sockets) s.destroy();
      server.close(() => resolve());
    });
}

function track(server: net.Server): Set<net.Socket> {
  const sockets = new Set<net.Socket>();
  server.on('connection', (s: net.Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  server.on('secureConnection', (s: net.Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  return sockets;
}

export interface Service extends Closable {
  /** Statuses served one per request by `/script` (the last one repeats). */
  script: number[];
  /** Status served by `/flip` (change it mid-test). */
  flip: number;
  /** When true, `/flip` hangs instead of answering. */
  flipHangs: boolean;
  /** Resolves when a `/hang` request's connection is closed by the client. */
  hangClosed(): Promise<void>;
  hangOpened(): Promise<void>;
  requests: { path: string; method: string; headers: http.IncomingHttpHeaders }[];
}

/**
 * Routes: `/ok` (JSON), `/status/<code>`, `/slow/<ms>`, `/hang`, `/text`, `/redirect`, `/script`, `/flip`,
 * `/big` (2 MiB).
 */
export async function startService(options: { tls?: { key: Buffer; cert: Buffer } } = {}): Promise<Service> {
  const waiters = { closed: [] as (() => void)[], opened: [] as (() => void)[] };
  let hangsClosed = 0;
  let hangsOpened = 0;
  const handler = (req: http.IncomingMessage, res: http.ServerResponse): void => {
    const path = (req.url ?? '/').split('?')[0] as string;
    svc.requests.push({ path, method: req.method ?? 'GET', headers: req.headers });
    const json = (status: number, body: unknown): void => {
      res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    };
    let m: RegExpExecArray | null;
    if (path === '/ok')
      return json(200, { status: 'ok', version: 'v2', checks: [{ name: 'db', ok: true }], count: 3 });
    if ((m = /^\/status\/(\d{3})$/.exec(path))) return json(Number(m[1]), { status: 'down' });
    if ((m = /^\/slow\/(\d+)$/.exec(path))) {
      const t = setTimeout(() => json(200, { status: 'ok' }), Number(m[1]));
      res.on('close', () => clearTimeout(t));
      return;
    }
    if (path === '/hang' || (path === '/flip' && svc.flipHangs)) {
      hangsOpened++;
      waiters.opened.splice(0).forEach((w) => w());
      req.socket.on('close', () => {
        hangsClosed++;
        waiters.closed.splice(0).forEach((w) => w());
      });
      return;
    }
    if (path === '/text')
      return void res.writeHead(200, { 'content-type': 'text/plain' }).end('all systems nominal\n');
    if (path === '/redirect') return void res.writeHead(302, { location: '/ok' }).end();
    if (path === '/script') {
      const status = svc.script.length > 1 ? (svc.script.shift() as number) : (svc.script[0] ?? 200);
      return json(status, { status });
    }
    if (path === '/flip') return json(svc.flip, { status: svc.flip });
    if (path === '/big') return void res.writeHead(200).end(Buffer.alloc(2 * 1024 * 1024, 'a'));
    json(404, { error: 'not found' });
  };
  const server = options.tls
    ? https.createServer({ key: options.tls.key, cert: options.tls.cert }, handler)
    : http.createServer(handler);
  const sockets = track(server);
  const port = await listen(server);
  const svc: Service = {
    port,
    url: `${options.tls ? 'https' : 'http'}://127.0.0.1:${port}`,
    script: [200],
    flip: 200,
    flipHangs: false,
    requests: [],
    close: closer(server, sockets),
    hangClosed: () => (hangsClosed > 0 ? Promise.resolve() : new Promise((r) => waiters.closed.push(r))),
    hangOpened: () => (hangsOpened > 0 ? Promise.resolve() : new Promise((r) => waiters.opened.push(r))),
  };
  return svc;
}

/** A TCP listener that accepts and never speaks (a TLS probe against it must time out). */
export async function startSilentTcp(): Promise<Closable> {
  const server = net.createServer(() => undefined);
  const sockets = track(server);
  const port = await listen(server);
  return { port, url: `127.0.0.1:${port}`, close: closer(server, sockets) };
}

/** A port on 127.0.0.1 with nothing listening. */
export async function closedPort(): Promise<number> {
  const server = net.createServer();
  const port = await listen(server);
  await new Promise<void>((r) => server.close(() => r()));
  return port;
}

export async function startTls(pair: { key: Buffer; cert: Buffer }): Promise<Closable> {
  const server = tls.createServer({ key: pair.key, cert: pair.cert }, (s) => s.end());
  const sockets = track(server);
  const port = await listen(server);
  return { port, url: `127.0.0.1:${port}`, close: closer(server, sockets) };
}

export interface CertPair {
  key: Buffer;
  cert: Buffer;
  certFile: string;
}

/** Self-signed EC certificates made with openssl for this run: for 127.0.0.1 and localhost. */
export function makeCerts(): { fresh: CertPair; soon: CertPair; wrongName: CertPair; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'keelson-health-tls-'));
  const make = (name: string, days: number, san: string, cn: string): CertPair => {
    const key = join(dir, `${name}-key.pem`);
    const cert = join(dir, `${name}.pem`);
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'ec',
        '-pkeyopt',
        'ec_paramgen_curve:prime256v1',
        '-nodes',
        '-keyout',
        key,
        '-out',
        cert,
        '-days',
        String(days),
        '-subj',
        `/CN=${cn}`,
        '-addext',
        `subjectAltName=${san}`,
      ],
      { stdio: 'pipe' },
    );
    return { key: readFileSync(key), cert: readFileSync(cert), certFile: cert };
  };
  return {
    fresh: make('fresh', 90, 'IP:127.0.0.1,DNS:localhost', 'keelson-test'),
    soon: make('soon', 2, 'IP:127.0.0.1,DNS:localhost', 'keelson-soon'),
    wrongName: make('wrong', 90, 'DNS:other.example', 'other.example'),
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** A fake Prometheus HTTP API: `/api/v1/query` answers by the query text, with real response shapes. */
export async function startPrometheus(): Promise<Closable & { queries: string[] }> {
  const queries: string[] = [];
  const vector = (result: unknown[]): unknown => ({
    status: 'success',
    data: { resultType: 'vector', result },
  });
  const sample = (value: string, metric: Record<string, string> = {}): unknown => ({
    metric,
    value: [1700000000, value],
  });
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const send = (status: number, body: unknown): void => {
      res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    };
    if (url.pathname !== '/prom/api/v1/query' || req.method !== 'GET')
      return send(404, { status: 'error', error: 'not found' });
    const q = url.searchParams.get('query') ?? '';
    queries.push(q);
    if (q.startsWith('sum(rate(http_requests_total{code=~"5.."}')) return send(200, vector([sample('0.02')]));
    if (q === 'error_ratio_ok') return send(200, vector([sample('0.002')]));
    if (q === 'empty') return send(200, vector([]));
    if (q === 'nan') return send(200, vector([sample('NaN')]));
    if (q === 'inf') return send(200, vector([sample('+Inf')]));
    if (q === 'per_pod')
      return send(200, vector([sample('0.001', { pod: 'api-a' }), sample('0.05', { pod: 'api-b' })]));
    if (q === 'scalar(1)')
      return send(200, { status: 'success', data: { resultType: 'scalar', result: [1700000000, '1'] } });
    if (q === 'hang') return;
    send(400, {
      status: 'error',
      errorType: 'bad_data',
      error: `1:1: parse error: unexpected identifier "${q}"`,
    });
  });
  const sockets = track(server);
  const port = await listen(server);
  return { port, url: `http://127.0.0.1:${port}/prom`, queries, close: closer(server, sockets) };
}

/** A UDP DNS server: `records` maps names to IPv4/IPv6 addresses; `silent` names get no answer at all. */
export async function startDns(
  records: Record<string, string[]>,
  silent: string[] = [],
): Promise<Closable & { server: string }> {
  const socket = dgram.createSocket('udp4');
  socket.on('message', (msg, rinfo) => {
    if (msg.length < 12) return;
    let off = 12;
    const labels: string[] = [];
    while (off < msg.length && msg[off] !== 0) {
      const len = msg[off] as number;
      labels.push(msg.subarray(off + 1, off + 1 + len).toString('ascii'));
      off += len + 1;
    }
    const qEnd = off + 5;
    const name = labels.join('.').toLowerCase();
    const qtype = msg.readUInt16BE(off + 1);
    if (silent.includes(name)) return;
    const known = records[name];
    const answers = (known ?? []).filter((a) =>
      qtype === 1 ? !a.includes(':') : qtype === 28 ? a.includes(':') : false,
    );
    const header = Buffer.alloc(12);
    msg.copy(header, 0, 0, 2);
    header.writeUInt16BE(known ? 0x8180 : 0x8183, 2); // response, recursion available; NXDOMAIN when unknown
    header.writeUInt16BE(1, 4);
    header.writeUInt16BE(answers.length, 6);
    const parts: Buffer[] = [header, msg.subarray(12, qEnd)];
    for (const a of answers) {
      const rdata = a.includes(':') ? ipv6Bytes(a) : Buffer.from(a.split('.').map(Number));
      const rr = Buffer.alloc(12);
      rr.writeUInt16BE(0xc00c, 0);
      rr.writeUInt16BE(qtype, 2);
      rr.writeUInt16BE(1, 4);
      rr.writeUInt32BE(60, 6);
      rr.writeUInt16BE(rdata.length, 10);
      parts.push(rr, rdata);
    }
    socket.send(Buffer.concat(parts), rinfo.port, rinfo.address);
  });
  await new Promise<void>((r) => socket.bind(0, '127.0.0.1', () => r()));
  const port = socket.address().port;
  return {
    port,
    url: `127.0.0.1:${port}`,
    server: `127.0.0.1:${port}`,
    close: () => new Promise((r) => socket.close(() => r())),
  };
}

function ipv6Bytes(a: string): Buffer {
  const [head, tail] = a.split('::') as [string, string | undefined];
  const h = head ? head.split(':') : [];
  const t = tail ? tail.split(':') : [];
  const groups = tail === undefined ? h : [...h, ...Array<string>(8 - h.length - t.length).fill('0'), ...t];
  const out = Buffer.alloc(16);
  groups.forEach((g, i) => out.writeUInt16BE(parseInt(g, 16), i * 2));
  return out;
}

export interface PodOptions {
  ready?: boolean;
  restarts?: number;
  waiting?: string;
  terminating?: boolean;
}

/** A core/v1 Pod shaped object with one container `app`. */
export function pod(name: string, o: PodOptions = {}): PodLike {
  return {
    metadata: {
      name,
      uid: `uid-${name}`,
      ...(o.terminating ? { deletionTimestamp: '2026-01-01T00:00:00Z' } : {}),
    },
    status: {
      phase: 'Running',
      conditions: [
        { type: 'PodScheduled', status: 'True' },
        { type: 'Ready', status: o.ready === false ? 'False' : 'True' },
      ],
      containerStatuses: [
        {
          name: 'app',
          ready: o.ready !== false,
          restartCount: o.restarts ?? 0,
          state: o.waiting
            ? {
                waiting: {
                  reason: o.waiting,
                  message: `back-off 40s restarting failed container=app pod=${name}`,
                },
              }
            : {},
        },
      ],
    },
  };
}

/**
 * An in-memory PodSource. `pods` is what the next call returns; `script` (when not empty) gives one pod list
 * per call, the last one repeating.
 */
export class MemoryPods implements PodSource {
  calls: { namespace: string; selector: string }[] = [];
  script: PodLike[][] = [];
  constructor(public pods: PodLike[] = []) {}
  async listPods(namespace: string, labelSelector: string): Promise<PodLike[]> {
    this.calls.push({ namespace, selector: labelSelector });
    if (this.script.length > 1) return this.script.shift() as PodLike[];
    if (this.script.length === 1) return this.script[0] as PodLike[];
    return this.pods;
  }
}
