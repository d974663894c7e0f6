import { realClock } from '../../lib/clock.js';
import { InputError } from '../../lib/errors.js';
import { parseCommandArgs } from '../args.js';
import type { Command } from '../command.js';

const help = `Usage: keelson eks-token --cluster-name NAME [--aws-region REGION]

Prints a client.authentication.k8s.io/v1beta1 ExecCredential with an EKS bearer token minted in-process from
the ambient AWS credentials (the same token 'aws eks get-token' prints), for kubeconfig exec plugins.

  --aws-region REGION   the cluster's region (default: AWS_REGION or AWS_DEFAULT_REGION); --region is
                        accepted too (kubeconfigs written by earlier releases use it)`;

export const command: Command = {
  name: 'eks-token',
  summary: 'Print an EKS bearer token as an ExecCredential (kubeconfig exec plugin, no aws CLI)',
  help,
  async run(argv, io) {
    const args = parseCommandArgs('eks-token', argv, {
      'cluster-name': { type: 'string' },
      'aws-region': { type: 'string' },
      region: { type: 'string' },
    });
    const clusterName = args.inputs.string('cluster-name', { required: true });
    const region =
      args.inputs.string('aws-region') ||
      args.inputs.string('region', { default: io.env.AWS_REGION ?? io.env.AWS_DEFAULT_REGION ?? '' });
    if (!region) throw InputError.required('aws-region', 'the AWS region of the cluster (or set AWS_REGION)');
    const { ambientCredentials } = await import('../../lib/k8s/access.js');
    const { mintEksToken } = await import('../../lib/aws/eks-token.js');
    const t = await mintEksToken({
      clusterName,
      region,
      credentials: await ambientCredentials(),
      clock: realClock,
    });
    io.stdout(
      JSON.stringify({
        kind: 'ExecCredential',
        apiVersion: 'client.authentication.k8s.io/v1beta1',
        spec: {},
        status: {
          expirationTimestamp: new Date(t.expiresAt).toISOString().replace(/\.\d{3}Z$/, 'Z'),
          token: t.token,
        },
      }) + '\n',
    );
    return 0;
  },
};
