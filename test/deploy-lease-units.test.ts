/**
 * The rollout Lease on its own, against the Kubernetes emulator on virtual time: what a second run is told, when a
 * Lease counts as free, what is written on acquire and renewal, when renewals happen, and when a run stops.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { KubeApiError, KubeClient } from '../src/lib/k8s/client.js';
import { acquireLease, leaseName, LeaseLostError, releaseLease } from '../src/lib/k8s/lease.js';
import { PolicyError } from '../src/lib/errors.js';
import type { Lease } from '../src/lib/k8s/types.js';
import { harness, type Harness } from './deploy/harness.js';

let h: Harness;
const clients: KubeClient[] = [];
beforeEach(async () => {
  h = await harness();
});
afterEach(async () => {
  for (const c of clients.splice(0)) c.close();
  await h.close();
});

/** A client of its own, logged in the emulator as `user`; `once`: no retries, so a cut-off request fails at once. */
function client(user: string): { kube: KubeClient; token: string } {
  const token = `token-${user}`;
  h.kube.addToken(token, user);
  const kube = new KubeClient(
    { server: h.kube.url, token: async () => token },
    { clock: h.clock, retryFor: 0 },
  );
  clients.push(kube);
  return { kube, token };
}

const PATH = '/apis/coordination.k8s.io/v1/namespaces/default/leases/keelson-web';
const lease = (): Lease | undefined =>
  h.kube.objects.get('Lease', 'default', 'keelson-web') as Lease | undefined;
const micro = (ms: number): string => new Date(ms).toISOString().replace('Z', '000Z');
/** Now, and where the request log is: where `leaseRequests` starts looking. */
const mark = (): { at: number; n: number } => ({ at: h.clock.now(), n: h.kube.requests.length });
/** `user`'s requests to the Lease since `m`, at emulator-clock times relative to it. */
const leaseRequests = (user: string, m: { at: number; n: number }): string[] =>
  h.kube.requests
    .slice(m.n)
    .filter((q) => q.user === user && q.path === PATH)
    .map((q) => `${q.method} +${q.at - m.at}`);

/** Writes the Lease as another run (or an old Keelson) left it. */
async function seed(spec: Lease['spec'] | undefined): Promise<void> {
  await h.client.create<Lease>({
    apiVersion: 'coordination.k8s.io/v1',
    kind: 'Lease',
    metadata: { name: 'keelson-web', namespace: 'default' },
    ...(spec ? { spec } : {}),
  });
}

const opts = (holder: string, more: Partial<Parameters<typeof acquireLease>[1]> = {}) => ({
  namespace: 'default',
  service: 'web',
  holder,
  clock: h.clock,
  ...more,
});

describe('acquiring the rollout Lease', () => {
  it('is named keelson-<service>, cut to the 253 characters of an object name', () => {
    expect(leaseName('web')).toBe('keelson-web');
    expect(leaseName('s'.repeat(300))).toBe(`keelson-${'s'.repeat(245)}`);
  });

  it('creates it with the holder, the duration and microsecond times; a write may go on for the duration less a margin', async () => {
    const a = client('run-a');
    const t0 = h.clock.now();
    const held = await acquireLease(a.kube, opts('run-a', { durationSeconds: 12 }));
    expect(lease()?.spec).toEqual({
      holderIdentity: 'run-a',
      leaseDurationSeconds: 12,
      acquireTime: micro(t0),
      renewTime: micro(t0),
    });
    expect(lease()?.spec?.renewTime).toMatch(/^2026-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}000Z$/);
    // 12 s Lease: a sixth of it (2 s) is kept for another runner's clock running ahead.
    expect(await held.fence()).toBe(10_000);
    expect(held.name).toBe('keelson-web');
    expect(held.holder).toBe('run-a');
    await held.release();
    expect(lease()).toBeUndefined();
  });

  it('held by another run, fails at once naming the holder and since when', async () => {
    await seed({
      holderIdentity: 'run-b',
      acquireTime: '2026-01-01T00:00:00.000000Z',
      renewTime: micro(h.clock.now()),
      leaseDurationSeconds: 60,
    });
    const a = client('run-a');
    const err = await acquireLease(a.kube, opts('run-a')).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PolicyError);
    expect((err as Error).message).toBe(
      "Another rollout of 'web' in 'default' is in progress: Lease keelson-web is held by 'run-b' since 2026-01-01T00:00:00.000000Z. Set wait-for-lock to wait for it.",
    );
    expect(lease()?.spec?.holderIdentity).toBe('run-b');
  });

  it('held by another run that wrote no acquire time: the message says who, not since when', async () => {
    await seed({ holderIdentity: 'run-b', renewTime: micro(h.clock.now()), leaseDurationSeconds: 60 });
    const a = client('run-a');
    await expect(acquireLease(a.kube, opts('run-a'))).rejects.toThrow(
      /^Another rollout of 'web' in 'default' is in progress: Lease keelson-web is held by 'run-b'\. Set wait-for-lock/,
    );
  });

  it('waiting for the lock polls every poll interval and gives up exactly when the wait is over', async () => {
    await seed({ holderIdentity: 'run-b', renewTime: micro(h.clock.now()), leaseDurationSeconds: 600 });
    const a = client('run-a');
    const m = mark();
    const err = await acquireLease(a.kube, opts('run-a', { waitMs: 3_000, pollMs: 2_000 })).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(PolicyError);
    // Polls at 0 and 2 s, then the last second of the wait, not a whole poll interval past it.
    expect(leaseRequests('run-a', m)).toEqual(['GET +0', 'GET +2000', 'GET +3000']);
  });

  it('waiting for the lock takes it the first poll after the holder releases it', async () => {
    await seed({ holderIdentity: 'run-b', renewTime: micro(h.clock.now()), leaseDurationSeconds: 600 });
    const a = client('run-a');
    const m = mark();
    const t0 = m.at;
    const waiting = acquireLease(a.kube, opts('run-a', { waitMs: 60_000, pollMs: 5_000 }));
    await h.clock.sleep(7_000);
    expect(await releaseLease(h.client, 'default', 'web', 'run-b')).toBe(true);
    const held = await waiting;
    expect(leaseRequests('run-a', m)).toEqual(['GET +0', 'GET +5000', 'GET +10000']);
    expect(lease()?.spec).toMatchObject({ holderIdentity: 'run-a', acquireTime: micro(t0 + 10_000) });
    held.stop();
  });

  it('takes over an expired Lease as one more transition; the same holder again is no transition', async () => {
    const t0 = h.clock.now();
    await seed({
      holderIdentity: 'run-b',
      renewTime: micro(t0 - 61_000),
      leaseDurationSeconds: 60,
      leaseTransitions: 2,
    });
    const a = client('run-a');
    const held = await acquireLease(a.kube, opts('run-a'));
    expect(lease()?.spec).toMatchObject({ holderIdentity: 'run-a', leaseTransitions: 3 });
    held.stop();
    // A run that holds it (its post step took over, the job re-ran) may take it again, well before it expires.
    const again = await acquireLease(a.kube, opts('run-a'));
    expect(lease()?.spec).toMatchObject({ holderIdentity: 'run-a', leaseTransitions: 3 });
    again.stop();
  });

  it('a Lease with no holder, or no spec at all, is free: the first transition', async () => {
    await seed(undefined);
    const a = client('run-a');
    const held = await acquireLease(a.kube, opts('run-a'));
    expect(lease()?.spec).toMatchObject({ holderIdentity: 'run-a', leaseTransitions: 1 });
    held.stop();
  });

  it('a Lease that names no duration lasts 60 s', async () => {
    const t0 = h.clock.now();
    await seed({ holderIdentity: 'run-b', renewTime: micro(t0 - 59_000) });
    const a = client('run-a');
    await expect(acquireLease(a.kube, opts('run-a'))).rejects.toThrow(/is held by 'run-b'/);
    await h.clock.sleep(2_000);
    const held = await acquireLease(a.kube, opts('run-a'));
    expect(lease()?.spec?.holderIdentity).toBe('run-a');
    held.stop();
  });

  it('is still held at the very millisecond its duration ends, free the next poll', async () => {
    const t0 = h.clock.now();
    await seed({ holderIdentity: 'run-b', renewTime: micro(t0), leaseDurationSeconds: 10 });
    const a = client('run-a');
    const held = await acquireLease(a.kube, opts('run-a', { waitMs: 60_000, pollMs: 1_000 }));
    expect(lease()?.spec?.acquireTime).toBe(micro(t0 + 11_000));
    held.stop();
  });

  it('someone else writing it between the read and the create is read again (409), a refusal is not (403)', async () => {
    const a = client('run-a');
    h.kube.inject({ status: 409, method: 'POST', path: '/leases' });
    const held = await acquireLease(a.kube, opts('run-a'));
    expect(lease()?.spec?.holderIdentity).toBe('run-a');
    await held.release();

    h.kube.forbid({ kind: 'Lease', verbs: ['create'] });
    const err = await acquireLease(a.kube, opts('run-a')).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(KubeApiError);
    expect((err as KubeApiError).status).toBe(403);
    expect(lease()).toBeUndefined();
  });
});

describe('holding the rollout Lease', () => {
  it('renews it every third of its duration, and every 2 s once a renewal was missed', async () => {
    const a = client('run-a');
    const held = await acquireLease(a.kube, opts('run-a'));
    const m = mark();
    const t0 = m.at;
    h.kube.partition(a.token, 45_000);
    await h.clock.sleep(47_000);
    // 20 s and 40 s were cut off (never arrived), then 42, 44 too; 46 s gets through.
    expect(leaseRequests('run-a', m)).toEqual(['GET +46000', 'PUT +46000']);
    expect(lease()?.spec?.renewTime).toBe(micro(t0 + 46_000));
    held.stop();
  });

  it('a renewal missed exactly a third of the Lease ago is not late yet', async () => {
    const a = client('run-a');
    const held = await acquireLease(a.kube, opts('run-a'));
    const m = mark();
    h.kube.partition(a.token, 30_000);
    await h.clock.sleep(41_000);
    expect(leaseRequests('run-a', m)).toEqual(['GET +40000', 'PUT +40000']);
    held.stop();
  });

  it('a write exactly when the margin is reached renews first; cut off, the run stops', async () => {
    const a = client('run-a');
    const held = await acquireLease(a.kube, opts('run-a'));
    const t0 = h.clock.now();
    h.kube.partition(a.token, 120_000);
    await h.clock.sleep(50_000);
    await expect(held.fence()).rejects.toThrow(
      `Lost the rollout Lease keelson-web in 'default': it could not be renewed since ${micro(t0)} (50s; it lasts 60s), so another run may have taken it. This run stopped before its next write; another rollout of 'web' may be in progress.`,
    );
    expect(held.lost).toMatch(/^it could not be renewed since /);
  });

  it('a write past the margin whose renewal gets through goes on with a whole Lease', async () => {
    const a = client('run-a');
    const held = await acquireLease(a.kube, opts('run-a'));
    h.kube.partition(a.token, 51_000);
    await h.clock.sleep(51_000);
    expect(await held.fence()).toBe(50_000);
    expect(held.lost).toBeUndefined();
    held.stop();
  });

  it('a Lease deleted under the run is lost at the next renewal, and the next write says so', async () => {
    const a = client('run-a');
    const held = await acquireLease(a.kube, opts('run-a'));
    const t0 = h.clock.now();
    await h.client.delete({
      apiVersion: 'coordination.k8s.io/v1',
      kind: 'Lease',
      name: 'keelson-web',
      namespace: 'default',
    });
    await h.clock.sleep(21_000);
    expect(held.lost).toBe(`it was deleted (this run last renewed it at ${micro(t0)})`);
    const err = await held.fence().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(LeaseLostError);
    expect((err as Error).name).toBe('LeaseLostError');
    expect((err as Error).message).toBe(
      `Lost the rollout Lease keelson-web in 'default': it was deleted (this run last renewed it at ${micro(t0)}). This run stopped before its next write; another rollout of 'web' may be in progress.`,
    );
    // Lost: it stops renewing.
    const after = mark();
    await h.clock.sleep(60_000);
    expect(leaseRequests('run-a', after)).toEqual([]);
  });

  it('a Lease emptied under the run (no holder, no spec) is lost to "(nobody)"', async () => {
    const a = client('run-a');
    const held = await acquireLease(a.kube, opts('run-a'));
    const live = structuredClone(lease()!);
    delete live.spec;
    await h.client.replace(live);
    await h.clock.sleep(21_000);
    expect(held.lost).toBe("it is now held by '(nobody)'");
    expect(lease()?.spec).toBeUndefined();
  });

  it('stopped, it renews no more; released, it is deleted and nothing more is sent', async () => {
    const a = client('run-a');
    const held = await acquireLease(a.kube, opts('run-a'));
    const m = mark();
    held.stop();
    await h.clock.sleep(61_000);
    expect(leaseRequests('run-a', m)).toEqual([]);
    expect(held.lost).toBeUndefined();

    const again = await acquireLease(a.kube, opts('run-a'));
    await again.release();
    const t1 = mark();
    expect(lease()).toBeUndefined();
    await h.clock.sleep(61_000);
    expect(leaseRequests('run-a', t1)).toEqual([]);
    expect(again.lost).toBeUndefined();
  });

  it('releasing a Lease another run holds (or one without a spec) leaves it', async () => {
    await seed({ holderIdentity: 'run-b', renewTime: micro(h.clock.now()), leaseDurationSeconds: 60 });
    expect(await releaseLease(h.client, 'default', 'web', 'run-a')).toBe(false);
    expect(lease()?.spec?.holderIdentity).toBe('run-b');
    const live = structuredClone(lease()!);
    delete live.spec;
    await h.client.replace(live);
    expect(await releaseLease(h.client, 'default', 'web', 'run-a')).toBe(false);
    expect(lease()).toBeDefined();
    expect(await releaseLease(h.client, 'default', 'other', 'run-a')).toBe(false);
  });
});
