import type { ContainerStatusLike, KubernetesCheck, PodLike, PodSource, ProbeOutcome } from '../types.js';

/** Waiting reasons that mean the pod will not become healthy on its own. */
export const BAD_WAITING_REASONS = [
  'CrashLoopBackOff',
  'ImagePullBackOff',
  'ErrImagePull',
  'InvalidImageName',
  'CreateContainerConfigError',
  'CreateContainerError',
  'RunContainerError',
];

/**
 * A prober for one kubernetes check. It remembers restart counts from its first probe (the baseline) and
 * fails a probe when: fewer than min-pods pods match; a container waits with a reason in BAD_WAITING_REASONS;
 * restarts rose by more than max-restarts since the baseline; a pod is not Ready. Terminating pods are ignored.
 */
export function kubernetesProber(
  spec: KubernetesCheck,
  pods: PodSource,
): (signal: AbortSignal) => Promise<ProbeOutcome> {
  let baseline: Map<string, number> | undefined;
  return async (signal) => {
    const listed = await pods.listPods(spec.namespace, spec.selector, signal);
    const live = listed.filter((p) => !p.metadata?.deletionTimestamp);
    const counts = restartCounts(live);
    if (!baseline) baseline = spec.restartBaseline === 'zero' ? new Map() : counts;
    const where = `${spec.namespace}/${spec.selector}`;
    if (live.length < spec.minPods) {
      return {
        ok: false,
        message: `${live.length} pod${live.length === 1 ? '' : 's'} match ${where}, expected at least ${spec.minPods}`,
      };
    }
    for (const pod of live) {
      for (const c of containers(pod)) {
        const reason = c.state?.waiting?.reason;
        if (reason && BAD_WAITING_REASONS.includes(reason)) {
          const msg = c.state?.waiting?.message ? `: ${c.state.waiting.message.split('\n')[0]}` : '';
          return {
            ok: false,
            message: `pod ${podName(pod)} container ${c.name} is waiting: ${reason}${msg}`.slice(0, 300),
          };
        }
      }
    }
    let rose = 0;
    const risers: string[] = [];
    for (const [key, n] of counts) {
      const before = baseline.get(key) ?? 0;
      if (n > before) {
        rose += n - before;
        risers.push(`${key} ${before}→${n}`);
      }
    }
    if (rose > spec.maxRestarts) {
      const shown = risers.slice(0, 3).join(', ') + (risers.length > 3 ? `, +${risers.length - 3} more` : '');
      return { ok: false, message: `restarts rose by ${rose} since the baseline (${shown})` };
    }
    const notReady = live.filter((p) => !isReady(p)).map(podName);
    if (notReady.length > 0) {
      const shown =
        notReady.slice(0, 3).join(', ') + (notReady.length > 3 ? `, +${notReady.length - 3} more` : '');
      return { ok: false, message: `${notReady.length} of ${live.length} pods not Ready: ${shown}` };
    }
    return {
      ok: true,
      message: `${live.length}/${live.length} pods Ready, ${rose} restart${rose === 1 ? '' : 's'} since the baseline`,
    };
  };
}

function podName(p: PodLike): string {
  return p.metadata?.name ?? p.metadata?.uid ?? '(unnamed)';
}

function containers(p: PodLike): ContainerStatusLike[] {
  return [...(p.status?.initContainerStatuses ?? []), ...(p.status?.containerStatuses ?? [])];
}

function restartCounts(pods: PodLike[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const p of pods) {
    const id = podName(p);
    for (const c of containers(p))
      out.set(`${id}/${c.name}`, (out.get(`${id}/${c.name}`) ?? 0) + (c.restartCount ?? 0));
  }
  return out;
}

function isReady(p: PodLike): boolean {
  return p.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True') ?? false;
}
