/**
 * Cluster access and Kubernetes names as inputs: shared by every action that reaches a cluster (deploy,
 * health-check, migrate's job mode, eks-kubeconfig), so none of them imports another's settings.
 */
import { InputError } from '../errors.js';
import type { Inputs } from '../inputs.js';

/** How to reach the cluster: EKS by name and region, or a kubeconfig (path or content). */
export type ClusterAccess =
  | { kind: 'eks'; clusterName: string; region: string }
  | { kind: 'kubeconfig'; kubeconfig: string; context?: string };

const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
export const REGION = /^[a-z]{2}(-[a-z]+)+-\d+$/;

export function dnsLabel(inputs: Inputs, name: string, fallback?: string): string {
  const v = inputs.string(name, {
    required: fallback === undefined,
    default: fallback,
    expected: 'a Kubernetes name',
  });
  if (!DNS_LABEL.test(v) || v.length > 63)
    throw InputError.invalid(name, v, 'a lowercase DNS label (a-z, 0-9, -; at most 63 characters)');
  return v;
}

export function readAccess(
  inputs: Inputs,
  env: Record<string, string | undefined> = process.env,
): ClusterAccess {
  const clusterName = inputs.string('cluster-name');
  const kubeconfig = inputs.string('kubeconfig');
  if (clusterName && kubeconfig)
    throw new InputError('kubeconfig', "Give either 'cluster-name' (EKS) or 'kubeconfig', not both.");
  if (kubeconfig) return { kind: 'kubeconfig', kubeconfig, context: inputs.string('context') || undefined };
  if (!clusterName)
    throw InputError.required(
      'cluster-name',
      "the EKS cluster to deploy to (or give 'kubeconfig' for another cluster)",
    );
  if (!/^[0-9A-Za-z][A-Za-z0-9\-_]{0,99}$/.test(clusterName)) {
    throw InputError.invalid(
      'cluster-name',
      clusterName,
      'an EKS cluster name (letters, digits, - and _; at most 100 characters)',
    );
  }
  const region = inputs.string('aws-region', {
    default: env.AWS_REGION ?? env.AWS_DEFAULT_REGION ?? '',
  });
  if (!region) throw InputError.required('aws-region', 'the AWS region of the cluster (or set AWS_REGION)');
  if (!REGION.test(region)) throw InputError.invalid('aws-region', region, 'an AWS region such as eu-west-1');
  return { kind: 'eks', clusterName, region };
}
