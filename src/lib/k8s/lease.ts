/**
 * One rollout per service and namespace: a coordination.k8s.io/v1 Lease named `keelson-<service>`, held by the
 * run and renewed while it works. A second run fails fast naming the holder, or waits for it when asked.
 *
 * Renewal is a PUT with the resourceVersion this run last wrote (an optimistic-concurrency precondition) after a
 * holder check: it cannot overwrite a Lease another run has taken. A run that could not renew for longer than the
 * Lease lasts (minus a margin for clock skew between runners), or that finds the Lease taken or gone, has lost it:
 * every write of the rollout passes `fence()` first, which renews once more when it must and otherwise stops the
 * run with `LeaseLostError` before the write is sent — the other run may already be rolling out.
 */
import type { Clock } from '../clock.js';
import { PolicyError } from '../errors.js';
import { KubeApiError, type Kube } from './client.js';
import { builtinResource, objectPath } from './resources.js';
import type { Lease } from './types.js';

export interface LeaseOptions {
  namespace: string;
  service: string;
  holder: string;
  clock: Clock;
  durationSeconds?: number;
  /** How long to wait for another holder to finish; 0 = fail fast. */
  waitMs?: number;
  pollMs?: number;
}

export interface HeldLease {
  name: string;
  holder: string;
  release(): Promise<void>;
  /** Stops renewing (when the post step takes over) without releasing. */
  stop(): void;
  /**
   * Before a write: resolves with the milliseconds the Lease is still certainly held (renewing first when it
   * must), or rejects with `LeaseLostError` when this run no longer holds it.
   */
  fence(): Promise<number>;
  /** Why the Lease was lost, once it was. */
  readonly lost: string | undefined;
}

/** This run no longer holds its Lease: another run may be rolling out, so it stops before writing anything. */
export class LeaseLostError extends PolicyError {
  override readonly name: string = 'LeaseLostError';
}

const micro = (ms: number): string => new Date(ms).toISOString().replace(/\.(\d{3})Z$/, '.$1000Z');

export function leaseName(service: string): string {
  return `keelson-${service}`.slice(0, 253);
}

function expired(lease: Lease, now: number): boolean {
  const renew = lease.spec?.renewTime ? Date.parse(lease.spec.renewTime) : 0;
  return !lease.spec?.holderIdentity || renew + (lease.spec.leaseDurationSeconds ?? 60) * 1000 < now;
}

export async function acquireLease(kube: Kube, o: LeaseOptions): Promise<HeldLease> {
  const name = leaseName(o.service);
  const duration = o.durationSeconds ?? 60;
  const until = o.clock.now() + (o.waitMs ?? 0);
  let renewedAt: number;
  for (;;) {
    const now = o.clock.now();
    const current = await kube.get<Lease>('coordination.k8s.io/v1', 'Lease', name, o.namespace);
    const spec = {
      holderIdentity: o.holder,
      leaseDurationSeconds: duration,
      acquireTime: micro(now),
      renewTime: micro(now),
    };
    try {
      if (!current) {
        await kube.create<Lease>({
          apiVersion: 'coordination.k8s.io/v1',
          kind: 'Lease',
          metadata: { name, namespace: o.namespace },
          spec,
        });
        renewedAt = now;
        break;
      }
      if (current.spec?.holderIdentity === o.holder || expired(current, now)) {
        await kube.replace<Lease>({
          ...current,
          spec: {
            ...spec,
            leaseTransitions:
              (current.spec?.leaseTransitions ?? 0) + (current.spec?.holderIdentity === o.holder ? 0 : 1),
          },
        });
        renewedAt = now;
        break;
      }
    } catch (e) {
      // Someone else created or renewed it between our read and write: look again.
      if (e instanceof KubeApiError && (e.status === 409 || e.status === 422)) continue;
      throw e;
    }
    if (now >= until) {
      const since = current.spec?.acquireTime ? ` since ${current.spec.acquireTime}` : '';
      throw new PolicyError(
        `Another rollout of '${o.service}' in '${o.namespace}' is in progress: Lease ${name} is held by '${current.spec?.holderIdentity}'${since}. ` +
          'Set wait-for-lock to wait for it.',
      );
    }
    await o.clock.sleep(Math.min(o.pollMs ?? 2_000, Math.max(1, until - now)));
  }

  const durationMs = duration * 1000;
  // Another runner's clock may run ahead of ours: stop writing this long before the Lease could expire for it.
  const margin = Math.min(10_000, durationMs / 6);
  const path = objectPath(builtinResource('coordination.k8s.io/v1', 'Lease')!, name, o.namespace);
  let lost: string | undefined;
  let renewing: Promise<void> | undefined;
  const lose = (why: string): void => {
    lost ??= why;
    stop();
  };
  const lostError = (): LeaseLostError =>
    new LeaseLostError(
      `Lost the rollout Lease ${name} in '${o.namespace}': ${lost}. ` +
        'This run stopped before its next write; another rollout of ' +
        `'${o.service}' may be in progress.`,
    );

  /**
   * One renewal: read the Lease and check this run still holds it, then PUT it on the resourceVersion just read
   * (a precondition: a Lease written in between is a 409, and the next renewal looks again). Never throws.
   */
  const renewOnce = async (): Promise<void> => {
    try {
      const res = await kube.request('GET', path, { once: true, accept404: true });
      if (res.status === 404) return lose(`it was deleted (this run last renewed it at ${micro(renewedAt)})`);
      const live = res.body as Lease;
      if (live.spec?.holderIdentity !== o.holder) {
        return lose(
          `it is now held by '${live.spec?.holderIdentity || '(nobody)'}'` +
            (live.spec?.acquireTime ? ` since ${live.spec.acquireTime}` : ''),
        );
      }
      const sentAt = o.clock.now();
      const body: Lease = { ...live, spec: { ...live.spec, renewTime: micro(sentAt) } };
      await kube.request('PUT', path, { body, once: true });
      renewedAt = sentAt;
    } catch {
      // Unreachable, or written in between (409): the next renewal tries again.
    }
  };
  const renew = (): Promise<void> => {
    renewing ??= renewOnce().finally(() => (renewing = undefined));
    return renewing;
  };

  const ac = new AbortController();
  const loop = async (): Promise<void> => {
    for (;;) {
      // Every third of the Lease; every 2 s once a renewal was missed. Stopped: no renewal after the sleep.
      const late = o.clock.now() - renewedAt > durationMs / 3;
      const woke = await o.clock
        .sleep(late ? Math.min(2_000, durationMs / 3) : durationMs / 3, ac.signal)
        .then(
          () => !ac.signal.aborted,
          () => false,
        );
      if (!woke) return;
      await renew();
    }
  };
  void loop();
  const stop = (): void => ac.abort();
  const left = (): number => renewedAt + durationMs - margin - o.clock.now();
  return {
    name,
    holder: o.holder,
    stop,
    get lost() {
      return lost;
    },
    fence: async () => {
      if (lost) throw lostError();
      if (left() > 0) return left();
      await renew();
      // A renewal that found the Lease lost left renewedAt as it was: it is lost below, with the reason found.
      if (left() > 0) return left();
      lose(
        `it could not be renewed since ${micro(renewedAt)} (${Math.round((o.clock.now() - renewedAt) / 1000)}s; ` +
          `it lasts ${duration}s), so another run may have taken it`,
      );
      throw lostError();
    },
    release: async () => {
      stop();
      await releaseLease(kube, o.namespace, o.service, o.holder);
    },
  };
}

/** Deletes the Lease if `holder` still holds it (the post step calls this too). */
export async function releaseLease(
  kube: Kube,
  namespace: string,
  service: string,
  holder: string,
): Promise<boolean> {
  const name = leaseName(service);
  const current = await kube.get<Lease>('coordination.k8s.io/v1', 'Lease', name, namespace);
  if (!current || current.spec?.holderIdentity !== holder) return false;
  return kube.delete({ apiVersion: 'coordination.k8s.io/v1', kind: 'Lease', name, namespace });
}
