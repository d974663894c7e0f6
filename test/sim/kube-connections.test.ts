/** What the Kubernetes emulator tells about its clients' connections: how many are open, which requests were given up. */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import http from 'node:http';
import { VirtualClock } from '../../src/sim/clock.js';
import { startKubeEmulator, type KubeEmulator } from '../../src/sim/kube/index.js';

/** Waits (real time, at most 2 s) for sockets to close on their own. */
async function until(done: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !done(); i++) await new Promise((r) => setTimeout(r, 10));
}

describe('kube emulator: client connections', () => {
  let kube: KubeEmulator;
  let clock: VirtualClock;
  let agent: http.Agent;
  beforeEach(async () => {
    clock = new VirtualClock();
    kube = await startKubeEmulator({ clock });
    agent = new http.Agent({ keepAlive: true });
  });
  afterEach(async () => {
    agent.destroy();
    await kube.close();
    clock.stop();
  });

  /** GET `path`; resolves with the status, or 'gave up' when `signal` aborts it first. */
  const get = (path: string, signal?: AbortSignal): Promise<number | 'gave up'> =>
    new Promise((resolve) => {
      const req = http.get(
        `${kube.url}${path}`,
        { agent, signal, headers: { authorization: `Bearer ${kube.token}` } },
        (res) => {
          res.resume();
          res.on('end', () => resolve(res.statusCode ?? 0));
          res.on('error', () => resolve('gave up'));
        },
      );
      req.on('error', () => resolve('gave up'));
    });

  it('counts keep-alive connections until the client closes them', async () => {
    expect(kube.openConnections).toBe(0);
    expect(await get('/api/v1/namespaces/default/configmaps')).toBe(200);
    expect(kube.openConnections).toBe(1);
    expect(await get('/api/v1/namespaces/default/configmaps')).toBe(200);
    expect(kube.openConnections).toBe(1);
    agent.destroy();
    await until(() => kube.openConnections === 0);
    expect(kube.openConnections).toBe(0);
  });

  it('records when a client gave up on a request, and nothing for one it was answered', async () => {
    expect(await get('/api/v1/namespaces/default/configmaps')).toBe(200);
    const ac = new AbortController();
    const watching = get('/api/v1/namespaces/default/configmaps?watch=1', ac.signal);
    await until(() => kube.requests.length === 2);
    const t0 = clock.now();
    await clock.sleep(7_000);
    ac.abort();
    expect(await watching).toBe('gave up');
    await until(() => kube.requests[1]?.hungUpAt !== undefined);
    expect(
      kube.requests.map((r) => [r.query, r.hungUpAt === undefined ? 'answered' : r.hungUpAt - t0]),
    ).toEqual([
      ['', 'answered'],
      ['watch=1', 7_000],
    ]);
  });
});
