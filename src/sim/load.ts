/**
 * Users' traffic for a simulation: `rps` requests per simulated second from `users` clients, each on its own
 * keep-alive connection (as browsers and service clients do: a connection stays on the pod or load-balancer
 * node it reached), paced by the simulation clock. Every answer is classified the way an operator reads it:
 * the version answered (its own errors count against it), or the switch mechanics failed the request (a reset
 * or refused connection, or a 502/503/504 the load balancer produced itself) — "load-balancer".
 */
import { setMaxListeners } from 'node:events';
import http from 'node:http';
import type { Clock } from '../lib/clock.js';

export interface LoadAnswer {
  /** Simulation time the request was sent. */
  at: number;
  /** HTTP status; 0 when the connection failed. */
  status: number;
  /** The `x-version` that answered, when a version did. */
  version?: string;
  /** `ok`, `version:<v>` for a 5xx the version answered, or `load-balancer`. */
  cause: string;
}

export interface LoadSummary {
  requests: number;
  errors: number;
  byVersion: Record<string, number>;
  errorsByVersion: Record<string, number>;
  /** `{"version:<v>": n, "load-balancer": n}`: why requests failed. */
  errorsByCause: Record<string, number>;
}

export interface Load {
  readonly answers: readonly LoadAnswer[];
  /** Stops sending, waits for requests in flight, and returns every answer. */
  stop(): Promise<LoadAnswer[]>;
}

export interface LoadOptions {
  /** Requests per simulated second (all users together). */
  rps: number;
  /** Clients, each with one keep-alive connection (default min(rps, 20)). */
  users?: number;
  path?: string;
  headers?: http.OutgoingHttpHeaders;
  /** Simulated time a request may take before the user gives up (default 60 s); counts as load-balancer. */
  timeoutMs?: number;
  /**
   * Requests a client sends on one connection before it closes it and opens a new one (default 10): clients
   * recycle connections (idle timeouts, connection limits), which is how users move to new endpoints.
   */
  requestsPerConnection?: number;
}

function classify(status: number, headers: http.IncomingHttpHeaders): { version?: string; cause: string } {
  const v = headers['x-version'];
  const version = typeof v === 'string' ? v : undefined;
  if (status === 0) return { cause: 'load-balancer' };
  if (status < 500) return { version, cause: 'ok' };
  if (version) return { version, cause: `version:${version}` };
  return { cause: 'load-balancer' };
}

/**
 * One request. Like browsers and HTTP client libraries, a request that fails on a reused keep-alive connection
 * before any answer (the server closed it as the request went out) is sent once more on a new connection.
 */
async function once(
  clock: Clock,
  url: string,
  agent: http.Agent,
  o: LoadOptions,
): Promise<{ status: number; headers: http.IncomingHttpHeaders }> {
  const first = await attempt(clock, url, agent, o);
  return first.reusedSocket && first.status === 0 ? attempt(clock, url, agent, o) : first;
}

function attempt(
  clock: Clock,
  url: string,
  agent: http.Agent,
  o: LoadOptions,
): Promise<{ status: number; headers: http.IncomingHttpHeaders; reusedSocket?: boolean }> {
  return new Promise((resolve) => {
    let done = false;
    const timer = new AbortController();
    const finish = (status: number, headers: http.IncomingHttpHeaders = {}): void => {
      if (done) return;
      done = true;
      timer.abort();
      resolve({ status, headers, reusedSocket: req.reusedSocket && status === 0 && !answered });
    };
    let answered = false;
    const req = http.get(`${url}${o.path ?? '/'}`, { agent, headers: o.headers }, (res) => {
      answered = true;
      res.resume();
      res.on('end', () => finish(res.statusCode ?? 0, res.headers));
      res.on('error', () => finish(0));
    });
    req.on('error', () => finish(0));
    clock.sleep(o.timeoutMs ?? 60_000, timer.signal).then(
      () => {
        req.destroy();
        finish(0);
      },
      () => undefined,
    );
  });
}

export function startLoad(clock: Clock, url: () => string, o: LoadOptions): Load {
  const answers: LoadAnswer[] = [];
  const users = Math.max(1, Math.min(o.users ?? Math.min(20, Math.ceil(o.rps)), Math.ceil(o.rps * 10)));
  const period = (1000 * users) / o.rps;
  const stopping = new AbortController();
  // Every user waits on it: that many listeners is expected.
  setMaxListeners(0, stopping.signal);
  const agents: http.Agent[] = [];
  const perConnection = o.requestsPerConnection ?? 10;
  const start = clock.now();
  const loops = Array.from({ length: users }, async () => {
    let agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    agents.push(agent);
    let sent = 0;
    try {
      // Users send on a shared beat (every `period`, all together): `users` concurrent requests at a time.
      while (!stopping.signal.aborted) {
        if (sent > 0 && sent % perConnection === 0) {
          agent.destroy();
          agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
          agents.push(agent);
        }
        sent++;
        const at = clock.now();
        const r = await once(clock, url(), agent, o);
        answers.push({ at, status: r.status, ...classify(r.status, r.headers) });
        // The next beat strictly after now (a period that is not a whole number of ms must not round onto now).
        const beat = (Math.floor((clock.now() - start) / period + 1e-6) + 1) * period + start;
        await clock.sleep(Math.max(0, beat - clock.now()), stopping.signal);
      }
    } catch {
      // stopped
    }
  });
  return {
    answers,
    stop: async () => {
      stopping.abort(new Error('load stopped'));
      await Promise.all(loops);
      for (const a of agents) a.destroy();
      return [...answers].sort((a, b) => a.at - b.at);
    },
  };
}

export function summarizeLoad(answers: readonly LoadAnswer[]): LoadSummary {
  const sum: LoadSummary = {
    requests: answers.length,
    errors: 0,
    byVersion: {},
    errorsByVersion: {},
    errorsByCause: {},
  };
  for (const a of answers) {
    const v = a.version ?? 'no answer';
    sum.byVersion[v] = (sum.byVersion[v] ?? 0) + 1;
    if (a.cause !== 'ok') {
      sum.errors++;
      sum.errorsByVersion[v] = (sum.errorsByVersion[v] ?? 0) + 1;
      sum.errorsByCause[a.cause] = (sum.errorsByCause[a.cause] ?? 0) + 1;
    }
  }
  return sum;
}
