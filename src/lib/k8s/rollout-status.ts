/** Waiting for a Deployment to finish rolling out, the way `kubectl rollout status` decides. */
import type { Clock } from '../clock.js';
import type { Kube } from './client.js';
import type { Deployment } from './types.js';

export type RolloutState =
  { done: true; message: string } | { done: false; failed: boolean; message: string };

export function rolloutState(d: Deployment): RolloutState {
  const generation = d.metadata.generation ?? 0;
  const st = d.status ?? {};
  const want = d.spec?.replicas ?? 1;
  if ((st.observedGeneration ?? 0) < generation)
    return { done: false, failed: false, message: 'waiting for the controller to observe the new spec' };
  const progressing = st.conditions?.find((c) => c.type === 'Progressing');
  if (progressing?.reason === 'ProgressDeadlineExceeded') {
    return {
      done: false,
      failed: true,
      message: `progress deadline exceeded: ${progressing.message ?? ''}`.trim(),
    };
  }
  const updated = st.updatedReplicas ?? 0;
  const available = st.availableReplicas ?? 0;
  const total = st.replicas ?? 0;
  if (updated < want)
    return { done: false, failed: false, message: `${updated} of ${want} updated replicas` };
  if (total > updated)
    return { done: false, failed: false, message: `${total - updated} old replicas pending termination` };
  if (available < updated)
    return { done: false, failed: false, message: `${available} of ${updated} updated replicas available` };
  return { done: true, message: `${available} of ${want} replicas available` };
}

/**
 * Waits like `kubectl rollout status`, with two differences that make verdicts fast and fair: `timeoutMs` is a
 * progress deadline (the rollout fails when nothing moved — generation observed, pods updated, ready or
 * available — for that long, however long it takes in all: an HPA may be adding pods), and `inspect` looks at
 * the new pods on every poll, so a crash loop fails the wait at once instead of at the deadline.
 */
export async function waitForRollout(
  kube: Kube,
  ref: { name: string; namespace: string },
  o: {
    clock: Clock;
    timeoutMs: number;
    pollMs?: number;
    signal?: AbortSignal;
    onProgress?: (m: string) => void;
    /** Returns why the rollout cannot succeed (a crash-looping pod), or undefined. */
    inspect?: (d: Deployment) => Promise<string | undefined>;
  },
): Promise<{ ok: true } | { ok: false; reason: string }> {
  let last = '';
  let progress = '';
  let progressAt = o.clock.now();
  for (;;) {
    if (o.signal?.aborted) return { ok: false, reason: 'cancelled' };
    const d = await kube.get<Deployment>('apps/v1', 'Deployment', ref.name, ref.namespace);
    if (!d) return { ok: false, reason: `Deployment ${ref.name} disappeared` };
    const s = rolloutState(d);
    if (s.message !== last) {
      last = s.message;
      o.onProgress?.(s.message);
    }
    if (s.done) return { ok: true };
    if (s.failed) return { ok: false, reason: s.message };
    const st = d.status ?? {};
    const key = [st.observedGeneration, st.updatedReplicas, st.readyReplicas, st.availableReplicas].join('/');
    if (key !== progress) {
      progress = key;
      progressAt = o.clock.now();
    }
    const broken = o.inspect ? await o.inspect(d) : undefined;
    if (broken) return { ok: false, reason: broken };
    if (o.clock.now() - progressAt >= o.timeoutMs)
      return { ok: false, reason: `no progress for ${Math.round(o.timeoutMs / 1000)}s: ${s.message}` };
    try {
      await o.clock.sleep(o.pollMs ?? 2_000, o.signal);
    } catch {
      return { ok: false, reason: 'cancelled' };
    }
  }
}
