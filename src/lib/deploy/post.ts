/**
 * The deploy action's post step: runs even when the job was cancelled or the main step was killed. If the
 * rollout did not finish, traffic goes back to the healthy version and the Lease is released.
 */
import { LABEL } from '../k8s/manifests.js';
import type { Kube } from '../k8s/client.js';
import { releaseLease } from '../k8s/lease.js';
import type { Deployment } from '../k8s/types.js';
import { ANNOTATION } from '../k8s/manifests.js';

export async function reconcile(
  kube: Kube,
  state: (key: string) => string,
  log: (m: string) => void,
): Promise<void> {
  const namespace = state('namespace');
  const service = state('service');
  const holder = state('lease-holder');
  if (!namespace || !service) return; // the main step never reached the cluster
  if (state('phase') !== 'done') {
    const old = state('bg-old-color');
    const fresh = state('bg-new-color');
    const base = state('bg-base');
    const svc = state('bg-service');
    if (fresh && base && svc) {
      // 'switching': the switch may have reached users; put it back as if it had.
      const switched = state('bg-phase') === 'switched' || state('bg-phase') === 'switching';
      if (switched && old) {
        const action = state('bg-action');
        const ingress = state('bg-ingress');
        const restoreAction = state('bg-restore-action');
        if (action && ingress && restoreAction) {
          await kube.patch(
            { apiVersion: 'networking.k8s.io/v1', kind: 'Ingress', name: ingress, namespace },
            { metadata: { annotations: { [action]: restoreAction } } },
          );
          log(`post: the ALB of Ingress ${ingress} sends users back to ${old}.`);
        }
        await kube.patch(
          { apiVersion: 'v1', kind: 'Service', name: svc, namespace },
          { spec: { selector: { [LABEL.color]: old } } },
        );
        log(`post: the rollout was interrupted after the switch; live Service ${svc} is back on ${old}.`);
        const hpa = state('bg-hpa');
        if (hpa) {
          await kube
            .patch(
              { apiVersion: 'autoscaling/v2', kind: 'HorizontalPodAutoscaler', name: hpa, namespace },
              {
                spec: {
                  scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: `${base}-${old}` },
                },
              },
            )
            .catch(() => undefined);
          log(`post: HPA ${hpa} scales ${base}-${old} again.`);
        }
      }
      if (old && (switched || state('bg-phase') === '')) {
        await kube
          .patch(
            { apiVersion: 'apps/v1', kind: 'Deployment', name: `${base}-${fresh}`, namespace },
            { spec: { replicas: 0 } },
          )
          .catch(() => undefined);
        log(`post: ${base}-${fresh} scaled to 0.`);
      }
    }
    const rollingRaw = state('rolling-deployments');
    if (rollingRaw) {
      for (const name of JSON.parse(rollingRaw) as string[]) {
        const live = await kube.get<Deployment>('apps/v1', 'Deployment', name, namespace);
        const prev = live?.metadata.annotations?.[ANNOTATION.previous];
        if (!live || !prev) continue;
        await kube.patch(
          { apiVersion: 'apps/v1', kind: 'Deployment', name, namespace },
          { spec: { template: JSON.parse(prev) as unknown } },
        );
        log(`post: the rollout was interrupted; ${name} is back on its previous spec.`);
      }
    }
  }
  if (holder && (await releaseLease(kube, namespace, service, holder)))
    log(`post: released the rollout Lease of ${service}.`);
}
