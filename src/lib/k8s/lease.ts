/**
 * One rollout per service and namespace: a coordination.k8s.io/v1 Lease named `keelson-<service>`, held by the
 * run and renewed while it works. A second run fails fast naming the holder, or waits for it when asked.
 */
import type { Clock } from '../clock.js';
import { PolicyError } from '../errors.js';
import { KubeApiError, type Kube } from './client.js';
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
        await kube.create({
          apiVersion: 'coordination.k8s.io/v1',
          kind: 'Lease',
          metadata: { name, namespace: o.namespace },
          spec,
        });
        break;
      }
      if (current.spec?.holderIdentity === o.holder || expired(current, now)) {
        await kube.replace({
          ...current,
          spec: {
            ...spec,
            leaseTransitions:
              (current.spec?.leaseTransitions ?? 0) + (current.spec?.holderIdentity === o.holder ? 0 : 1),
          },
        });
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

  let stopped = false;
  const ac = new AbortController();
  const renew = async (): Promise<void> => {
    while (!stopped) {
      try {
        await o.clock.sleep((duration * 1000) / 3, ac.signal);
      } catch {
        return;
      }
      if (stopped) return;
      try {
        await kube.patch(
          { apiVersion: 'coordination.k8s.io/v1', kind: 'Lease', name, namespace: o.namespace },
          { spec: { renewTime: micro(o.clock.now()) } },
        );
      } catch {
        // A missed renewal is survivable (the lease lasts 3 renewal periods); the next one tries again.
      }
    }
  };
  void renew();
  const stop = (): void => {
    stopped = true;
    ac.abort();
  };
  return {
    name,
    holder: o.holder,
    stop,
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
