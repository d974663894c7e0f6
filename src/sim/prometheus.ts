/**
 * A real Prometheus (Debian's `prometheus` binary) scraping the simulated pods: every running pod serves
 * `/metrics` (its `http_requests_total{code,version}` counters, see kube/backend.ts) and the simulator keeps a
 * file_sd target list of them — one target group per pod, labelled with its namespace, name and labels, its path
 * on the pods' shared loopback server in `__metrics_path__`. Prometheus scrapes on the wall clock (every second
 * here), so queries about "the last 30 s" look at real seconds, not simulated ones. Because of that, virtual
 * time is paced while Prometheus runs: at most `pace` simulated seconds per wall-clock second (default 10, so a
 * 1 s scrape is a 10 s scrape in simulated time, close to the 15 s real clusters use). Without the pace a busy
 * machine lets a whole analysis window pass between two scrapes, and the canary sees no data at all.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { createServer, type Socket } from 'node:net';
import { join } from 'node:path';
import type { Clock } from '../lib/clock.js';
import { touchClock, VirtualClock } from './clock.js';
import type { KubeEmulator } from './kube/index.js';

export interface FileSdGroup {
  targets: string[];
  labels: Record<string, string>;
}

/** Prometheus label names: `[a-zA-Z_][a-zA-Z0-9_]*`; Kubernetes label keys are mapped as kube-prometheus does. */
function labelName(key: string): string {
  return key.replace(/[^a-zA-Z0-9_]/g, '_').replace(/^([0-9])/, '_$1');
}

/** The pods a Service-less scrape sees: running, not terminating, with an IP. */
export function podTargets(kube: KubeEmulator): FileSdGroup[] {
  const out: FileSdGroup[] = [];
  for (const pod of kube.objects.list('Pod')) {
    const phase = (pod.status as { phase?: string } | undefined)?.phase;
    if (phase !== 'Running' || pod.metadata.deletionTimestamp) continue;
    const ns = pod.metadata.namespace ?? 'default';
    const name = pod.metadata.name ?? '';
    const url = new URL(kube.sim.podUrl(ns, name));
    const labels: Record<string, string> = {
      __metrics_path__: `${url.pathname}/metrics`,
      namespace: ns,
      pod: name,
    };
    for (const [k, v] of Object.entries(pod.metadata.labels ?? {})) labels[labelName(k)] = v;
    out.push({ targets: [url.host], labels });
  }
  return out.sort((a, b) => (a.labels.pod ?? '').localeCompare(b.labels.pod ?? ''));
}

export interface PrometheusServer {
  /** Where queries go: the process itself behind a loopback proxy that holds virtual time while it answers. */
  url: string;
  /** The process's own address. */
  directUrl: string;
  /** Stops the process (and the target writer); the proxy stays, resetting connections (Prometheus is down). */
  stop(): Promise<void>;
  /** Stops everything. */
  close(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

/**
 * Starts `prometheus` (from PATH, or `bin`) with a data directory under `dir`, scraping the emulator's pods every
 * second; resolves once its /-/ready answers.
 */
export async function startPrometheus(
  kube: KubeEmulator,
  dir: string,
  opts: { bin?: string; scrapeSeconds?: number; clock?: Clock; pace?: number } = {},
): Promise<PrometheusServer> {
  mkdirSync(join(dir, 'data'), { recursive: true });
  const sd = join(dir, 'pods.json');
  let last = '';
  const writeTargets = (): void => {
    const text = JSON.stringify(podTargets(kube), null, 1);
    if (text === last) return;
    last = text;
    writeFileSync(`${sd}.tmp`, text);
    renameSync(`${sd}.tmp`, sd);
  };
  writeTargets();
  const every = opts.scrapeSeconds ?? 1;
  writeFileSync(
    join(dir, 'prometheus.yml'),
    [
      'global:',
      `  scrape_interval: ${every}s`,
      `  scrape_timeout: ${every}s`,
      'scrape_configs:',
      '  - job_name: pods',
      '    file_sd_configs:',
      `      - files: ['${sd}']`,
      '        refresh_interval: 1s',
      '',
    ].join('\n'),
  );
  const port = await freePort();
  const child: ChildProcess = spawn(
    opts.bin ?? 'prometheus',
    [
      `--config.file=${join(dir, 'prometheus.yml')}`,
      `--storage.tsdb.path=${join(dir, 'data')}`,
      `--web.listen-address=127.0.0.1:${port}`,
      '--log.level=warn',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'], env: { PATH: process.env.PATH ?? '/usr/bin:/bin' } },
  );
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => {
    stderr = (stderr + d.toString()).slice(-4000);
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const timer = setInterval(writeTargets, 250);
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      const r = await fetch(`${url}/-/ready`);
      if (r.ok) break;
    } catch {
      // not listening yet
    }
    if (child.exitCode !== null || Date.now() > deadline) {
      clearInterval(timer);
      child.kill('SIGKILL');
      throw new Error(`prometheus did not start: ${stderr.trim().split('\n').slice(-3).join(' | ')}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  const proxy = await holdingProxy(url, opts.clock);
  const pacer = opts.clock instanceof VirtualClock ? pace(opts.clock, opts.pace ?? 10) : undefined;
  return {
    url: proxy.url,
    directUrl: url,
    stop: async () => {
      clearInterval(timer);
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        await exited;
      }
    },
    close: async () => {
      pacer?.stop();
      clearInterval(timer);
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        await exited;
      }
      await proxy.close();
    },
  };
}

/**
 * Holds `clock` whenever simulated time has run more than `speed` times the wall clock since the pacer started,
 * and releases it once the wall clock has caught up.
 */
function pace(clock: VirtualClock, speed: number): { stop(): void } {
  const wall0 = Date.now();
  const virtual0 = clock.now();
  let held = false;
  const tick = setInterval(() => {
    const ahead = clock.now() - virtual0 > (Date.now() - wall0) * speed;
    if (ahead && !held) clock.hold();
    else if (!ahead && held) clock.release();
    held = ahead;
  }, 20);
  tick.unref();
  return {
    stop: () => {
      clearInterval(tick);
      if (held) clock.release();
      held = false;
    },
  };
}

/**
 * A loopback proxy to a process outside the simulation: while it waits for an answer, virtual time stands still
 * (the clock is touched every turn), so a query that takes Prometheus 20 real ms takes no simulated time — as on a
 * real runner, where it is fast next to an analysis interval. A process that is gone resets the connection.
 */
async function holdingProxy(
  upstream: string,
  clock: Clock | undefined,
): Promise<{ url: string; close(): Promise<void> }> {
  const sockets = new Set<Socket>();
  const server = http.createServer((req, res) => {
    let waiting = true;
    const hold = (): void => {
      if (!waiting || !clock) return;
      touchClock(clock);
      setImmediate(hold);
    };
    hold();
    const up = http.request(
      `${upstream}${req.url ?? '/'}`,
      { method: req.method, headers: { ...req.headers, host: new URL(upstream).host }, agent: false },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
        answer.on('end', () => {
          waiting = false;
        });
      },
    );
    up.on('error', () => {
      waiting = false;
      req.socket.destroy();
    });
    req.pipe(up);
  });
  server.on('connection', (s: Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  const port = await new Promise<number>((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve((server.address() as { port: number }).port)),
  );
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
