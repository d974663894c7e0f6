/**
 * The in-process Kubernetes simulator behind `keelson rollout --simulate` and `keelson demo`: the same
 * emulator the tests use (real HTTP on 127.0.0.1, pods served by real backends), on an accelerated clock.
 */
import http from 'node:http';
import { ScaledClock, type Clock } from '../lib/clock.js';
import { VirtualClock } from '../sim/clock.js';
import { KubeClient } from '../lib/k8s/client.js';
import { startKubeEmulator, type KubeEmulator } from '../sim/kube/index.js';

export interface Simulation {
  clock: Clock;
  emulator: KubeEmulator;
  kube: KubeClient;
  /** Sends `n` requests to the live Service and counts the versions that answered. */
  traffic(namespace: string, service: string, n?: number): Promise<Record<string, number>>;
  close(): Promise<void>;
}

/**
 * `speed` undefined: virtual time (the default: as fast as the machine computes it, and the same outcome on a
 * busy machine as on an idle one); a number: that many times the wall clock, to watch it happen.
 */
export async function startSimulation(speed?: number): Promise<Simulation> {
  const clock: Clock = speed === undefined ? new VirtualClock() : new ScaledClock(speed);
  const emulator = await startKubeEmulator({ clock, tickMs: 500 });
  const kube = new KubeClient(
    { server: emulator.url, token: async () => emulator.token },
    { clock, retryFor: 60_000 },
  );
  return {
    clock,
    emulator,
    kube,
    traffic: async (namespace, service, n = 100) => {
      const url = await emulator.sim.serviceUrl(namespace, service);
      const counts: Record<string, number> = {};
      for (let i = 0; i < n; i++) {
        // A new connection per request: new users, balanced by kube-proxy per connection.
        const v = await new Promise<string>((resolve) => {
          http
            .get(`${url}/`, { agent: false }, (res) => {
              res.resume();
              res.on('end', () => {
                const status = res.statusCode ?? 0;
                const version = res.headers['x-version'];
                resolve(status >= 500 || typeof version !== 'string' ? `HTTP ${status}` : version);
              });
            })
            .on('error', () => resolve('connection refused'));
        });
        counts[v] = (counts[v] ?? 0) + 1;
      }
      return counts;
    },
    close: async () => {
      kube.close();
      await emulator.close();
      if (clock instanceof VirtualClock) clock.stop();
    },
  };
}

export function describeTraffic(counts: Record<string, number>): string {
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  return Object.entries(counts)
    .sort((a, b) => b[1] - a[1])
    .map(([v, n]) => `${Math.round((n / total) * 100)}% ${v}`)
    .join(', ');
}
