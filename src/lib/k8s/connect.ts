import type { Clock } from '../clock.js';
import { eksAccess, kubeconfigAccess, type SetSecret } from './access.js';
import { KubeClient, type Kube, type KubeOptions } from './client.js';
import type { ClusterAccess } from './settings.js';

/** A client for the cluster the inputs name (EKS or kubeconfig). */
export async function connect(
  access: ClusterAccess,
  clock: Clock,
  opts: Omit<KubeOptions, 'clock'> & { setSecret: SetSecret },
): Promise<{ kube: Kube; namespace?: string }> {
  if (access.kind === 'eks') {
    return {
      kube: new KubeClient(
        await eksAccess({ clusterName: access.clusterName, region: access.region }, clock, opts.setSecret),
        { ...opts, clock },
      ),
    };
  }
  const { access: a, namespace } = await kubeconfigAccess(access.kubeconfig, clock, {
    context: access.context,
    setSecret: opts.setSecret,
  });
  return { kube: new KubeClient(a, { ...opts, clock }), namespace };
}
