/**
 * Fast, fair verdicts, on the manual clock (no I/O, no timing slack): the kubernetes check calls a pod that has
 * not been Ready for less than not-ready-grace "starting" (inconclusive) — an evicted pod's replacement or an HPA
 * scale-up does not fail a healthy version — while a crash loop fails at once; `ready-timeout` is a progress
 * deadline; a broken pod fails the wait at the next poll.
 */
import { describe, expect, it } from '@jest/globals';
import { ManualClock } from '../src/lib/clock.js';
import { checksFromValue, runChecks } from '../src/lib/health/index.js';
import type { PodLike } from '../src/lib/health/types.js';
import type { Kube } from '../src/lib/k8s/client.js';
import { waitForRollout } from '../src/lib/k8s/rollout-status.js';
import type { Deployment } from '../src/lib/k8s/types.js';
import { MemoryPods, pod } from './health/servers.js';

const START = Date.UTC(2026, 0, 1);

function notReadySince(name: string, at: number): PodLike {
  const p = pod(name, { ready: false });
  (p.status?.conditions ?? []).forEach((c) => {
    if (c.type === 'Ready') c.lastTransitionTime = new Date(at).toISOString();
  });
  return p;
}

describe('kubernetes check: starting pods', () => {
  const spec = {
    kind: 'kubernetes',
    namespace: 'prod',
    selector: 'app=api',
    interval: '5s',
    'failure-threshold': 2,
  };

  it('an evicted pod replaced during the window: inconclusive while it starts, then healthy — the window passes', async () => {
    const clock = new ManualClock(START);
    const pods = new MemoryPods();
    const ready3 = [pod('api-1'), pod('api-2'), pod('api-3')];
    const replaced = [pod('api-1'), pod('api-2'), notReadySince('api-4', START + 10_000)];
    pods.script = [ready3, ready3, replaced, replaced, replaced, replaced, ready3];
    const run = runChecks(checksFromValue([spec]), { clock, mode: 'watch', deadline: START + 40_000, pods });
    await clock.advance(40_000);
    const r = await run;
    expect(r.status).toBe('passed');
    expect(r.checks[0]).toMatchObject({ failures: 0, inconclusive: 4 });
  });

  it('a pod not Ready for longer than the grace fails; a crash loop fails at once, however young', async () => {
    const clock = new ManualClock(START + 60_000);
    const old = new MemoryPods([pod('api-1'), notReadySince('api-2', START)]);
    const r = await runChecks(checksFromValue([{ ...spec, 'failure-threshold': 1 }]), {
      clock,
      mode: 'until-healthy',
      pods: old,
    });
    expect(r.status).toBe('failed');
    expect(r.checks[0].lastError).toBe('1 of 2 pods not Ready: api-2');

    const young = pod('api-3', { ready: false, waiting: 'CrashLoopBackOff' });
    young.status?.conditions?.forEach((c) => {
      if (c.type === 'Ready') c.lastTransitionTime = new Date(START + 59_000).toISOString();
    });
    const crash = await runChecks(checksFromValue([{ ...spec, 'failure-threshold': 1 }]), {
      clock,
      mode: 'until-healthy',
      pods: new MemoryPods([pod('api-1'), young]),
    });
    expect(crash.status).toBe('failed');
    expect(crash.checks[0].lastError).toMatch(/^pod api-3 container app is waiting: CrashLoopBackOff/);
  });

  it('not-ready-grace: 0 restores the strict check', async () => {
    const clock = new ManualClock(START + 1_000);
    const r = await runChecks(
      checksFromValue([{ ...spec, 'not-ready-grace': '0s', 'failure-threshold': 1 }]),
      {
        clock,
        mode: 'until-healthy',
        pods: new MemoryPods([notReadySince('api-1', START)]),
      },
    );
    expect(r.checks[0].lastError).toBe('1 of 1 pods not Ready: api-1');
  });
});

/** A Kube whose Deployment `get` answers from a script (one status per poll, the last repeated). */
function scripted(statuses: Deployment['status'][]): Kube {
  let i = 0;
  return {
    get: async () => ({
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'web', generation: 1 },
      spec: { replicas: 8 },
      status: statuses[Math.min(i++, statuses.length - 1)],
    }),
  } as unknown as Kube;
}

describe('ready-timeout is a progress deadline', () => {
  const at = (n: number): Deployment['status'] => ({
    observedGeneration: 1,
    replicas: 8,
    updatedReplicas: 8,
    readyReplicas: n,
    availableReplicas: n,
  });

  it('slow but steady (one more pod ready every 50 s) succeeds past a 60 s ready-timeout', async () => {
    const clock = new ManualClock(START);
    const statuses: Deployment['status'][] = [];
    for (let n = 0; n <= 8; n++) for (let k = 0; k < 50; k++) statuses.push(at(n));
    const wait = waitForRollout(
      scripted(statuses),
      { name: 'web', namespace: 'prod' },
      { clock, timeoutMs: 60_000, pollMs: 1_000 },
    );
    await clock.advance(500_000);
    expect(await wait).toEqual({ ok: true });
  });

  it('no progress for the ready-timeout fails then, and says what it was waiting for', async () => {
    const clock = new ManualClock(START);
    const wait = waitForRollout(
      scripted([at(3)]),
      { name: 'web', namespace: 'prod' },
      { clock, timeoutMs: 60_000, pollMs: 1_000 },
    );
    await clock.advance(59_000);
    let settled = false;
    void wait.then(() => (settled = true));
    await clock.advance(0);
    expect(settled).toBe(false);
    await clock.advance(1_000);
    expect(await wait).toEqual({
      ok: false,
      reason: 'no progress for 60s: 3 of 8 updated replicas available',
    });
  });

  it('a broken pod fails the wait at the next poll', async () => {
    const clock = new ManualClock(START);
    let polls = 0;
    const wait = waitForRollout(
      scripted([at(0)]),
      { name: 'web', namespace: 'prod' },
      {
        clock,
        timeoutMs: 600_000,
        pollMs: 1_000,
        inspect: async () => (++polls >= 3 ? 'pod web-1 container app is CrashLoopBackOff' : undefined),
      },
    );
    await clock.advance(2_000);
    expect(await wait).toEqual({ ok: false, reason: 'pod web-1 container app is CrashLoopBackOff' });
    expect(clock.now() - START).toBe(2_000);
  });
});
