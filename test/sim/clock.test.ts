import { describe, expect, it } from '@jest/globals';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { VirtualClock, touchClock } from '../../src/sim/clock.js';

const START = Date.UTC(2026, 0, 1);

describe('VirtualClock', () => {
  it('wakes sleepers in time order, at exactly their time', async () => {
    const clock = new VirtualClock(START);
    const woke: [string, number][] = [];
    await Promise.all(
      [
        ['c', 3000],
        ['a', 1000],
        ['b', 2000],
        ['a2', 1000],
      ].map(async ([name, ms]) => {
        await clock.sleep(ms as number);
        woke.push([name as string, clock.now() - START]);
      }),
    );
    expect(woke).toEqual([
      ['a', 1000],
      ['a2', 1000],
      ['b', 2000],
      ['c', 3000],
    ]);
  });

  it('an aborted sleep rejects and never fires', async () => {
    const clock = new VirtualClock(START);
    const ac = new AbortController();
    const aborted = clock.sleep(5000, ac.signal);
    ac.abort(new Error('stop'));
    await expect(aborted).rejects.toThrow('stop');
    await clock.sleep(10);
    expect(clock.now() - START).toBe(10);
    expect(clock.pending).toBe(0);
  });

  it('no simulated time passes while an HTTP exchange on loopback is in flight', async () => {
    const clock = new VirtualClock(START);
    const server = http.createServer((req, res) => {
      touchClock(clock);
      req.resume();
      req.on('end', () => res.end(String(clock.now() - START)));
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const port = (server.address() as AddressInfo).port;
    const agent = new http.Agent({ keepAlive: true });
    try {
      // A far-off sleeper that would let time jump if the clock thought the process idle.
      const watchdog = clock.sleep(60_000).then(() => clock.now() - START);
      const seen: number[] = [];
      for (let i = 0; i < 40; i++) {
        const body = await new Promise<string>((resolve, reject) => {
          http
            .get({ host: '127.0.0.1', port, path: '/', agent }, (res) => {
              let text = '';
              res.on('data', (c: Buffer) => (text += c.toString()));
              res.on('end', () => resolve(text));
            })
            .on('error', reject);
        });
        seen.push(Number(body));
        await clock.sleep(20);
      }
      // 40 requests, 20 ms apart in simulated time; each answered in zero simulated time.
      expect(seen).toEqual(Array.from({ length: 40 }, (_, i) => i * 20));
      expect(await watchdog).toBe(60_000);
    } finally {
      agent.destroy();
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
    }
  });

  it('a held clock does not move until released (holds nest)', async () => {
    const clock = new VirtualClock(START);
    let woke = false;
    clock.hold();
    clock.hold();
    const slept = clock.sleep(1000).then(() => (woke = true));
    await new Promise((r) => setTimeout(r, 50));
    clock.release();
    await new Promise((r) => setTimeout(r, 50));
    expect([woke, clock.now()]).toEqual([false, START]);
    clock.release();
    await slept;
    expect(clock.now()).toBe(START + 1000);
  });

  it('a stopped clock refuses new sleeps', async () => {
    const clock = new VirtualClock(START);
    clock.stop();
    await expect(clock.sleep(1)).rejects.toThrow('stopped');
  });
});
