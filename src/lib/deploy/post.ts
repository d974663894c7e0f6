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
      // The other Deployments of the release move with the service's: each has its colors and maybe an HPA.
      const workloads = [
        { base, hpa: state('bg-hpa') },
        ...(JSON.parse(state('bg-workloads') || '[]') as { base: string; hpa: string }[]),
      ];
      const legacyHash = state('bg-legacy-hash');
      if (switched && !old && legacyHash) {
        // Changing strategy: users go back to the uncolored Deployment's pods, which kept running.
        await kube.patch(
          { apiVersion: 'v1', kind: 'Service', name: svc, namespace },
          { spec: { selector: { [LABEL.color]: null, 'pod-template-hash': legacyHash } } },
        );
        log(`post: the rollout was interrupted after the switch; live Service ${svc} is back on ${base}.`);
        for (const w of workloads) await retargetHpa(kube, namespace, w.hpa, w.base, log);
      }
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
        const route = state('bg-route');
        const routeRules = state('bg-route-rules');
        if (route && routeRules) {
          // The live Service first, then the users' own rules, which send its share through it.
          await kube.patch(
            { apiVersion: 'v1', kind: 'Service', name: svc, namespace },
            { spec: { selector: { [LABEL.color]: old } } },
          );
          await kube.patch(
            { apiVersion: 'gateway.networking.k8s.io/v1', kind: 'HTTPRoute', name: route, namespace },
            { spec: { rules: JSON.parse(routeRules) as unknown } },
          );
          log(`post: HTTPRoute ${route} is back to its own rules, sending users to ${svc} on ${old}.`);
        }
        await kube.patch(
          { apiVersion: 'v1', kind: 'Service', name: svc, namespace },
          { spec: { selector: { [LABEL.color]: old } } },
        );
        log(`post: the rollout was interrupted after the switch; live Service ${svc} is back on ${old}.`);
        for (const w of workloads) await retargetHpa(kube, namespace, w.hpa, `${w.base}-${old}`, log);
      }
      if ((old || legacyHash) && (switched || state('bg-phase') === '')) {
        for (const w of workloads) {
          await kube
            .patch(
              { apiVersion: 'apps/v1', kind: 'Deployment', name: `${w.base}-${fresh}`, namespace },
              { spec: { replicas: 0 } },
            )
            .catch(() => undefined);
          log(`post: ${w.base}-${fresh} scaled to 0.`);
        }
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

async function retargetHpa(
  kube: Kube,
  namespace: string,
  hpa: string,
  deployment: string,
  log: (m: string) => void,
): Promise<void> {
  if (!hpa) return;
  await kube
    .patch(
      { apiVersion: 'autoscaling/v2', kind: 'HorizontalPodAutoscaler', name: hpa, namespace },
      { spec: { scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: deployment } } },
    )
    .catch(() => undefined);
  log(`post: HPA ${hpa} scales ${deployment} again.`);
}
