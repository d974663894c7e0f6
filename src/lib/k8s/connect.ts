import type { Clock } from '../clock.js';
import { eksAccess, kubeconfigAccess, type SetSecret } from './access.js';
import { KubeClient, type Kube, type KubeOptions } from './client.js';
import type { ClusterAccess } from './settings.js';

/** A client for the cluster the inputs name (EKS or kubeconfig). */
export async function connect(
  access: ClusterAccess,
  clock: Clock,
  opts: Omit<KubeOptions, 'clock'> & {
    setSecret: SetSecret;
    /** The step's environment (AWS credentials and endpoints); default this process's. */
    env?: Record<string, string | undefined>;
  },
): Promise<{ kube: Kube; namespace?: string }> {
  const { env, ...kubeOpts } = opts;
  if (access.kind === 'eks') {
    return {
      kube: new KubeClient(
        await eksAccess(
          { clusterName: access.clusterName, region: access.region },
          clock,
          opts.setSecret,
          env,
        ),
        { ...kubeOpts, clock },
      ),
    };
  }
  const { access: a, namespace } = await kubeconfigAccess(access.kubeconfig, clock, {
    context: access.context,
    setSecret: opts.setSecret,
    env,
  });
  return { kube: new KubeClient(a, { ...kubeOpts, clock }), namespace };
}
