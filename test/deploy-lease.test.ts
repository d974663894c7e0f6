/**
 * One rollout at a time, for real: the Lease is renewed with a resourceVersion precondition and a holder check,
 * and a run that lost it stops before its next write. Two runs (two clients with their own tokens) against the
 * Kubernetes emulator on virtual time; the emulator's request log says who wrote what, and when.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { KubeClient } from '../src/lib/k8s/client.js';
import { acquireLease, LeaseLostError } from '../src/lib/k8s/lease.js';
import type { Lease } from '../src/lib/k8s/types.js';
import { deployWith, harness, liveV1, traffic, writeApp, type Harness } from './deploy/harness.js';

let h: Harness;
const clients: KubeClient[] = [];
beforeEach(async () => {
  h = await harness();
});
afterEach(async () => {
  for (const c of clients.splice(0)) c.close();
  await h.close();
});

/** A run's own client, logged in the emulator as `user`. */
function runner(user: string): { h: Harness; token: string } {
  const token = `token-${user}`;
  h.kube.addToken(token, user);
  const client = new KubeClient(
    { server: h.kube.url, token: async () => token },
    { clock: h.clock, retryFor: 60_000 },
  );
  clients.push(client);
  return { h: { ...h, client }, token };
}

const writes = (user: string, from = -Infinity): string[] =>
  h.kube.requests
    .filter((q) => q.user === user && q.method !== 'GET' && q.at >= from)
    .map((q) => `${q.method} ${q.path}`);

const lease = (): Lease | undefined =>
  h.kube.objects.get('Lease', 'default', 'keelson-web') as Lease | undefined;

describe('the rollout Lease', () => {
  it('a run cut off from the API for 70 s while another waits for the lock makes no write after the other acquires it', async () => {
    await liveV1(h);
    writeApp(h.dir, 'registry.example/web:v2');
    const live = await h.kube.sim.serviceUrl('default', 'web');
    // Checks that do not go through the API server: run A keeps verifying while it is cut off from it.
    const checks = `
- name: live
  kind: http
  url: ${live}/healthz
  interval: 2s
  timeout: 2s
  failure-threshold: 2
`;
    const a = runner('run-a');
    const b = runner('run-b');
    let second: Promise<Awaited<ReturnType<typeof deployWith>>> | undefined;
    let cutAt: number | undefined;
    const first = deployWith(a.h, {
      version: 'v2',
      holder: 'run-a',
      healthChecks: checks,
      verifyWindowMs: 120_000,
      scaleDownDelayMs: 0,
      onEvent: (e) => {
        if (e.phase === 'lock' && e.message.startsWith('holding') && !second) {
          writeApp(h.dir, 'registry.example/web:v3');
          second = deployWith(b.h, {
            version: 'v3',
            holder: 'run-b',
            healthChecks: checks,
            verifyWindowMs: 20_000,
            scaleDownDelayMs: 0,
            waitForLockMs: 600_000,
          });
        }
        if (e.phase === 'switch' && e.level === 'ok' && cutAt === undefined) {
          cutAt = h.clock.now();
          h.kube.partition(a.token, 70_000);
        }
      },
    }).catch((x: unknown) => x);

    const errA = (await first) as Error;
    const r2 = await second!;
    expect(cutAt).toBeDefined();
    expect(errA).toBeInstanceOf(LeaseLostError);
    expect(errA.message).toMatch(
      /^Lost the rollout Lease keelson-web in 'default': it (is now held by 'run-b' since \S+|was deleted \(last renewed \S+\))\. This run stopped before its next write; another rollout of 'web' may be in progress\.$/,
    );
    expect(r2.result).toMatchObject({ result: 'promoted', version: 'v3' });

    const acquiredByB = h.kube.requests.find(
      (q) =>
        q.user === 'run-b' &&
        q.path.includes('/leases') &&
        (q.method === 'PUT' || q.method === 'POST') &&
        q.status < 300,
    );
    expect(acquiredByB).toBeDefined();
    // B took the Lease only once it had expired: after A was cut off.
    expect(acquiredByB!.at).toBeGreaterThan(cutAt!);
    expect(writes('run-a').length).toBeGreaterThan(0); // A did write while it held the Lease…
    expect(writes('run-a', acquiredByB!.at)).toEqual([]); // …and nothing at all once B held it.
    // B's release is the last word: v3 serves every user, B's color untouched by A.
    expect(await traffic(h)).toEqual({ v3: 40 });
    expect(lease()).toBeUndefined();
  });

  it('renewal is a PUT on the resourceVersion the run last wrote: a Lease taken meanwhile is not overwritten', async () => {
    const a = runner('run-a');
    const held = await acquireLease(a.h.client, {
      namespace: 'default',
      service: 'web',
      holder: 'run-a',
      clock: h.clock,
    });
    expect(await held.fence()).toBe(50_000); // 60 s Lease, 10 s margin for another runner's clock
    const rv = lease()?.metadata.resourceVersion;
    h.kube.clearRequests();
    await h.clock.sleep(21_000); // one renewal period: read, check the holder, PUT on what was read
    const renewal = h.kube.requests.filter((q) => q.user === 'run-a');
    expect(renewal.map((q) => `${q.method} ${q.status}`)).toEqual(['GET 200', 'PUT 200']);
    expect((renewal[1]?.body as Lease).metadata.resourceVersion).toBe(rv);
    expect(lease()?.metadata.resourceVersion).not.toBe(rv);
    expect(await held.fence()).toBe(49_000);
    // Another run takes the Lease behind A's back (as after an expiry A did not see): read, PUT on what was
    // read, again on a 409 (A may renew in between: virtual time moves while this test's request is on its way).
    let taken = -1;
    for (let i = 0; i < 5 && taken < 0; i++) {
      const current = structuredClone(lease()!);
      current.spec = {
        ...current.spec,
        holderIdentity: 'run-b',
        acquireTime: '2026-01-01T00:00:01.000000Z',
      };
      const at = h.kube.requests.length;
      const put = await fetch(
        `${h.kube.url}/apis/coordination.k8s.io/v1/namespaces/default/leases/keelson-web`,
        {
          method: 'PUT',
          headers: { authorization: `Bearer ${h.kube.token}`, 'content-type': 'application/json' },
          body: JSON.stringify(current),
        },
      );
      if (put.status === 200) taken = at;
      else expect(put.status).toBe(409);
    }
    expect(taken).toBeGreaterThanOrEqual(0);
    await h.clock.sleep(21_000); // one renewal period
    // The holder check came first: no PUT that could have overwritten run-b's Lease.
    const after = (): string[] =>
      h.kube.requests
        .slice(taken)
        .filter((q) => q.user === 'run-a')
        .map((q) => q.method);
    expect(after()).toEqual(['GET']);
    expect(lease()?.spec?.holderIdentity).toBe('run-b');
    expect(held.lost).toBe("it is now held by 'run-b' since 2026-01-01T00:00:01.000000Z");
    await expect(held.fence()).rejects.toThrow(LeaseLostError);
    // Stopped renewing: nothing more from A.
    await h.clock.sleep(60_000);
    expect(after()).toEqual(['GET']);
    await held.release();
    expect(lease()?.spec?.holderIdentity).toBe('run-b');
  });

  it('a run that could not renew for longer than the Lease allows stops at its next write; one whose renewal got through in time goes on', async () => {
    const a = runner('run-a');
    const held = await acquireLease(a.h.client, {
      namespace: 'default',
      service: 'web',
      holder: 'run-a',
      clock: h.clock,
    });
    const guarded = a.h.client.withWriteGuard(() => held.fence());
    h.kube.partition(a.token, 55_000);
    await h.clock.sleep(51_000);
    h.kube.clearRequests();
    const cm = { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'c', namespace: 'default' } };
    await expect(guarded.create(cm)).rejects.toThrow(
      /^Lost the rollout Lease keelson-web in 'default': it could not be renewed since 2026-01-01T00:00:\d\d\.\d+Z \(5\ds; it lasts 60s\), so another run may have taken it\. This run stopped before its next write/,
    );
    expect(h.kube.requests.filter((q) => q.user === 'run-a')).toEqual([]);
    held.stop();

    // The same, but the API answers again before the next write: the renewal (on A's resourceVersion) succeeds.
    await held.release();
    const again = await acquireLease(a.h.client, {
      namespace: 'default',
      service: 'web',
      holder: 'run-a',
      clock: h.clock,
    });
    const g2 = a.h.client.withWriteGuard(() => again.fence());
    h.kube.partition(a.token, 45_000);
    await h.clock.sleep(52_000);
    await g2.create(cm);
    expect(again.lost).toBeUndefined();
    expect(h.kube.objects.get('ConfigMap', 'default', 'c')).toBeDefined();
    await again.release();
  });
});
