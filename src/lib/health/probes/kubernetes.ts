import type { Clock } from '../../clock.js';
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
 * restarts rose by more than max-restarts since the baseline; a pod is not Ready for longer than not-ready-grace.
 * A pod not Ready for less (just created, rescheduled, added by an autoscaler) makes the probe inconclusive.
 * Terminating pods are ignored.
 */
export function kubernetesProber(
  spec: KubernetesCheck,
  pods: PodSource,
  clock: Clock,
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
    const now = clock.now();
    const waiting = live.filter((p) => !isReady(p));
    const starting = waiting.filter((p) => now - notReadySince(p) < spec.notReadyGrace);
    const notReady = waiting.filter((p) => !starting.includes(p)).map(podName);
    const list = (names: string[]): string =>
      names.slice(0, 3).join(', ') + (names.length > 3 ? `, +${names.length - 3} more` : '');
    if (notReady.length > 0) {
      return { ok: false, message: `${notReady.length} of ${live.length} pods not Ready: ${list(notReady)}` };
    }
    if (starting.length > 0) {
      return {
        ok: false,
        inconclusive: true,
        message: `${live.length - starting.length}/${live.length} pods Ready, ${starting.length} starting: ${list(starting.map(podName))}`,
      };
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

/** When a pod last became not Ready (its Ready condition's transition, else its creation); -∞ when unknown. */
function notReadySince(p: PodLike): number {
  const ready = p.status?.conditions?.find((c) => c.type === 'Ready');
  const at = ready?.lastTransitionTime ?? p.metadata?.creationTimestamp;
  const ms = at ? new Date(at).getTime() : NaN;
  return Number.isNaN(ms) ? -Infinity : ms;
}

function isReady(p: PodLike): boolean {
  return p.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True') ?? false;
}
