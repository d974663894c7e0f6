/**
 * The in-process Kubernetes simulator behind `keelson rollout --simulate` and `keelson demo`: the same
 * emulator the tests use (real HTTP on 127.0.0.1, pods served by real backends), on an accelerated clock.
 */
import { ScaledClock } from '../lib/clock.js';
import { KubeClient } from '../lib/k8s/client.js';
import { startKubeEmulator, type KubeEmulator } from '../sim/kube/index.js';

export interface Simulation {
  clock: ScaledClock;
  emulator: KubeEmulator;
  kube: KubeClient;
  /** Sends `n` requests to the live Service and counts the versions that answered. */
  traffic(namespace: string, service: string, n?: number): Promise<Record<string, number>>;
  close(): Promise<void>;
}

export async function startSimulation(speed: number): Promise<Simulation> {
  const clock = new ScaledClock(speed);
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
        const res = await fetch(`${url}/`);
        await res.arrayBuffer();
        const v =
          res.status >= 500 ? `HTTP ${res.status}` : (res.headers.get('x-version') ?? `HTTP ${res.status}`);
        counts[v] = (counts[v] ?? 0) + 1;
      }
      return counts;
    },
    close: async () => {
      kube.close();
      await emulator.close();
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

export interface LoadSample {
  at: number;
  version: string;
  status: number;
}

/**
 * Steady user traffic against a Service while a rollout runs: one request every `everyMs` of the simulated
 * clock. Answers what users would have seen: which version served them and how many errors they got.
 */
export function startLoad(
  sim: Simulation,
  namespace: string,
  service: string,
  everyMs: number,
): { stop(): Promise<LoadSample[]> } {
  const samples: LoadSample[] = [];
  let running = true;
  const loop = (async () => {
    const url = await sim.emulator.sim.serviceUrl(namespace, service);
    while (running) {
      const at = sim.clock.now();
      try {
        const res = await fetch(`${url}/`, { signal: AbortSignal.timeout(2_000) });
        await res.arrayBuffer();
        samples.push({ at, version: res.headers.get('x-version') ?? '', status: res.status });
      } catch {
        samples.push({ at, version: '', status: 0 });
      }
      await sim.clock.sleep(everyMs);
    }
  })();
  return {
    stop: async () => {
      running = false;
      await loop;
      return samples;
    },
  };
}
