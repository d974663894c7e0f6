/**
 * How Keelson reaches a cluster: EKS (DescribeCluster for endpoint + CA, a bearer token minted in-process and
 * refreshed before it expires — no aws CLI) or any kubeconfig (file or content). A kubeconfig whose user runs
 * `aws eks get-token` is served by the in-process minter too.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { errorMessage, InputError } from '../errors.js';
import type { Clock } from '../clock.js';
import type { KubeAccess } from './client.js';

type Env = Record<string, string | undefined>;

export interface EksTarget {
  clusterName: string;
  region: string;
}

interface AwsCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
}

/** A token source that mints EKS tokens and refreshes them a minute before their 14-minute validity ends. */
/** Registers a credential with the runner and the run's masker before anything can print it. */
export type SetSecret = (value: string) => void;

export function eksTokenSource(
  target: EksTarget,
  clock: Clock,
  setSecret: SetSecret,
  credentials?: () => Promise<AwsCredentials>,
): (refresh?: boolean) => Promise<string> {
  let current: { token: string; expiresAt: number } | undefined;
  return async (refresh = false) => {
    if (!current || refresh || clock.now() >= current.expiresAt - 60_000) {
      const { mintEksToken } = await import('../aws/eks-token.js');
      const creds = await (credentials ?? ambientCredentials)();
      current = await mintEksToken({
        clusterName: target.clusterName,
        region: target.region,
        credentials: creds,
        clock,
      });
      setSecret(current.token);
    }
    return current.token;
  };
}

/**
 * The run's AWS credentials: keys in the step's environment (what configure-aws-credentials exports), else the
 * default chain (web identity from OIDC, profiles, IMDS).
 */
export async function ambientCredentials(env: Env = process.env): Promise<AwsCredentials> {
  if (env.AWS_ACCESS_KEY_ID && env.AWS_SECRET_ACCESS_KEY) {
    return {
      accessKeyId: env.AWS_ACCESS_KEY_ID,
      secretAccessKey: env.AWS_SECRET_ACCESS_KEY,
      ...(env.AWS_SESSION_TOKEN ? { sessionToken: env.AWS_SESSION_TOKEN } : {}),
    };
  }
  const { defaultProvider } = await import('@aws-sdk/credential-provider-node');
  try {
    const c = await defaultProvider()();
    return { accessKeyId: c.accessKeyId, secretAccessKey: c.secretAccessKey, sessionToken: c.sessionToken };
  } catch (e) {
    throw new InputError(
      'aws-region',
      `No AWS credentials found (${e instanceof Error ? e.message.split('\n')[0] : String(e)}). ` +
        'Run aws-actions/configure-aws-credentials before this step, or pass a kubeconfig.',
    );
  }
}

/**
 * EKS DescribeCluster → endpoint and CA, with the credentials and AWS_ENDPOINT_URL_EKS of `env` (the step's
 * environment: an action run in-process by the local runner has one of its own).
 */
export async function eksAccess(
  target: EksTarget,
  clock: Clock,
  setSecret: SetSecret,
  env: Env = process.env,
): Promise<KubeAccess> {
  const { EKSClient, DescribeClusterCommand } = await import('@aws-sdk/client-eks');
  const endpoint = env.AWS_ENDPOINT_URL_EKS || env.AWS_ENDPOINT_URL;
  const client = new EKSClient({
    region: target.region,
    ...(endpoint ? { endpoint } : {}),
    ...(env.AWS_ACCESS_KEY_ID ? { credentials: () => ambientCredentials(env) } : {}),
  });
  let cluster;
  try {
    cluster = (await client.send(new DescribeClusterCommand({ name: target.clusterName }))).cluster;
  } catch (e) {
    const name = (e as { name?: string }).name ?? 'Error';
    const why = errorMessage(e);
    if (name === 'ResourceNotFoundException') {
      throw new InputError(
        'cluster-name',
        `EKS cluster '${target.clusterName}' was not found in ${target.region}.`,
      );
    }
    throw new InputError(
      'cluster-name',
      `DescribeCluster for '${target.clusterName}' in ${target.region} failed: ${name}: ${why}`,
    );
  } finally {
    client.destroy();
  }
  if (!cluster?.endpoint) {
    throw new InputError(
      'cluster-name',
      `EKS cluster '${target.clusterName}' has no endpoint yet (status ${cluster?.status ?? 'unknown'}).`,
    );
  }
  return {
    server: cluster.endpoint,
    caData: cluster.certificateAuthority?.data,
    token: eksTokenSource(target, clock, setSecret, () => ambientCredentials(env)),
  };
}

interface KubeconfigDoc {
  'current-context'?: string;
  contexts?: { name: string; context: { cluster: string; user: string; namespace?: string } }[];
  clusters?: {
    name: string;
    cluster: {
      server: string;
      'certificate-authority-data'?: string;
      'certificate-authority'?: string;
      'insecure-skip-tls-verify'?: boolean;
    };
  }[];
  users?: {
    name: string;
    user: {
      token?: string;
      'token-file'?: string;
      'client-certificate-data'?: string;
      'client-key-data'?: string;
      exec?: { command: string; args?: string[]; env?: { name: string; value: string }[] };
    };
  }[];
}

/** The kubeconfig input: a path to a file, or the YAML itself. */
export async function kubeconfigAccess(
  raw: string,
  clock: Clock,
  opts: { context?: string; input?: string; setSecret: SetSecret; env?: Env },
): Promise<{ access: KubeAccess; namespace?: string }> {
  const input = opts.input ?? 'kubeconfig';
  // Content (YAML, or JSON — which is YAML — on one line) or a path to a file.
  const isContent = /\n/.test(raw) || /^\s*(\{|(apiVersion|clusters|kind)\s*:)/.test(raw);
  const text = isContent ? raw : readKubeconfigFile(raw, input);
  const { parse } = await import('yaml');
  let doc: KubeconfigDoc;
  try {
    doc = parse(text) as KubeconfigDoc;
  } catch (e) {
    throw new InputError(
      input,
      `Invalid input '${input}': not valid YAML (${e instanceof Error ? e.message.split('\n')[0] : String(e)}).`,
    );
  }
  if (!doc || typeof doc !== 'object' || !Array.isArray(doc.clusters)) {
    throw new InputError(
      input,
      `Invalid input '${input}': expected a kubeconfig with clusters, users and contexts.`,
    );
  }
  const ctxName = opts.context || doc['current-context'];
  const ctx =
    doc.contexts?.find((c) => c.name === ctxName)?.context ??
    (doc.contexts?.length === 1 ? doc.contexts[0]?.context : undefined);
  if (!ctx) {
    const names = (doc.contexts ?? []).map((c) => c.name).filter(Boolean);
    throw new InputError(
      input,
      ctxName
        ? `Invalid input '${input}': context '${ctxName}' not found in the kubeconfig (it has: ${names.join(', ') || 'no contexts'}).`
        : `Invalid input '${input}': the kubeconfig has no current-context and ${names.length} contexts; set 'context' to one of: ${names.join(', ') || '(none)'}.`,
    );
  }
  const cluster = doc.clusters.find((c) => c.name === ctx.cluster)?.cluster;
  if (!cluster?.server)
    throw new InputError(input, `Invalid input '${input}': cluster '${ctx.cluster}' has no server.`);
  const user = doc.users?.find((u) => u.name === ctx.user)?.user ?? {};
  for (const field of ['token', 'token-file', 'client-certificate-data', 'client-key-data'] as const) {
    const v: unknown = user[field];
    if (v !== undefined && v !== null && typeof v !== 'string') {
      // Not repeated: these fields hold credentials.
      throw new InputError(
        input,
        `Invalid input '${input}': user '${ctx.user}' field '${field}' is ${Array.isArray(v) ? 'a list' : `a ${typeof v}`}. Expected text.`,
      );
    }
  }
  const caData =
    cluster['certificate-authority-data'] ??
    (cluster['certificate-authority']
      ? readFileSync(cluster['certificate-authority']).toString('base64')
      : undefined);
  const access: KubeAccess = {
    server: cluster.server,
    caData,
    insecureSkipTlsVerify: cluster['insecure-skip-tls-verify'] === true,
    clientCertData: user['client-certificate-data'],
    clientKeyData: user['client-key-data'],
  };
  if (user['client-key-data']) opts.setSecret(user['client-key-data']);
  if (user.token) {
    opts.setSecret(user.token);
    const token = user.token;
    access.token = async () => token;
  } else if (user['token-file']) {
    const file = user['token-file'];
    access.token = async () => {
      const token = readFileSync(file, 'utf8').trim();
      opts.setSecret(token);
      return token;
    };
  } else if (user.exec) {
    const eks = eksFromExec(user.exec);
    if (!eks) {
      throw new InputError(
        input,
        `Invalid input '${input}': user '${ctx.user}' runs '${user.exec.command}' for credentials; Keelson serves only ` +
          "'aws eks get-token' (and its own 'keelson eks-token') in-process. Use a token or client certificate.",
      );
    }
    access.token = eksTokenSource(eks, clock, opts.setSecret, () => ambientCredentials(opts.env));
  }
  return { access, namespace: ctx.namespace };
}

/** Never repeats the value: a kubeconfig input that is neither a path nor a kubeconfig may still be a credential. */
function readKubeconfigFile(path: string, input: string): string {
  const expected = 'the path of a kubeconfig file, or the kubeconfig itself (YAML or JSON)';
  if (!existsSync(path) || !statSync(path).isFile())
    throw new InputError(
      input,
      `Invalid input '${input}': no such file, and not kubeconfig content. Expected ${expected}.`,
    );
  return readFileSync(path, 'utf8');
}

/**
 * Recognises `aws eks get-token --cluster-name X --region R` and `keelson eks-token --cluster-name X
 * --aws-region R` (or `--region R`, as kubeconfigs written by earlier releases say).
 */
export function eksFromExec(exec: {
  command: string;
  args?: string[];
  env?: { name: string; value: string }[];
}): EksTarget | undefined {
  const args = exec.args ?? [];
  const eksAt = args.indexOf('eks');
  const isAws = /(^|\/)aws$/.test(exec.command) && eksAt >= 0 && args[eksAt + 1] === 'get-token';
  const isKeelson = args.includes('eks-token');
  if ((!isAws && !isKeelson) || args.includes('--role-arn')) return undefined;
  const flag = (name: string): string | undefined => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : args.find((a) => a.startsWith(`${name}=`))?.slice(name.length + 1);
  };
  const clusterName = flag('--cluster-name') ?? flag('--cluster-id');
  const region =
    flag('--aws-region') ??
    flag('--region') ??
    exec.env?.find((e) => e.name === 'AWS_REGION' || e.name === 'AWS_DEFAULT_REGION')?.value;
  return clusterName && region ? { clusterName, region } : undefined;
}

/** A kubeconfig for later kubectl/helm steps: the token comes from `keelson eks-token` (no aws CLI needed). */
export function renderEksKubeconfig(
  target: EksTarget,
  access: KubeAccess,
  cliPath: string,
  nodePath = process.execPath,
): string {
  const name = `eks_${target.region}_${target.clusterName}`;
  const lines = [
    'apiVersion: v1',
    'kind: Config',
    'preferences: {}',
    `current-context: ${name}`,
    'clusters:',
    `  - name: ${name}`,
    '    cluster:',
    `      server: ${access.server}`,
    ...(access.caData ? [`      certificate-authority-data: ${access.caData}`] : []),
    'contexts:',
    `  - name: ${name}`,
    '    context:',
    `      cluster: ${name}`,
    `      user: ${name}`,
    'users:',
    `  - name: ${name}`,
    '    user:',
    '      exec:',
    '        apiVersion: client.authentication.k8s.io/v1beta1',
    `        command: ${JSON.stringify(nodePath)}`,
    '        args:',
    `          - ${JSON.stringify(cliPath)}`,
    '          - eks-token',
    '          - --cluster-name',
    `          - ${JSON.stringify(target.clusterName)}`,
    '          - --aws-region',
    `          - ${JSON.stringify(target.region)}`,
    '        interactiveMode: Never',
    '',
  ];
  return lines.join('\n');
}
