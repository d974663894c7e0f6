/**
 * How Keelson reaches a cluster: EKS (DescribeCluster for endpoint + CA, a bearer token minted in-process and
 * refreshed before it expires — no aws CLI) or any kubeconfig (file or content). A kubeconfig whose user runs
 * `aws eks get-token` is served by the in-process minter too.
 */
import { accessSync, constants, existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { errorMessage, InputError } from '../errors.js';
import type { Clock } from '../clock.js';
import type { KubeAccess } from './client.js';
import { defaultCredentials, type AwsCredentials } from '../aws/json-client.js';

type Env = Record<string, string | undefined>;

export interface EksTarget {
  clusterName: string;
  region: string;
}

/** A token source that mints EKS tokens and refreshes them a minute before their 14-minute validity ends. */
/** Registers a credential with the runner and the run's masker before anything can print it. */
export type SetSecret = (value: string) => void;

export function eksTokenSource(
  target: EksTarget,
  clock: Clock,
  setSecret: SetSecret,
  credentials?: () => Promise<AwsCredentials>,
): ((refresh?: boolean) => Promise<string>) & { identity: () => string } {
  let current: { token: string; expiresAt: number } | undefined;
  let keyId: string | undefined;
  const source = async (refresh = false): Promise<string> => {
    if (!current || refresh || clock.now() >= current.expiresAt - 60_000) {
      const { mintEksToken } = await import('../aws/eks-token.js');
      const creds = await (credentials ?? ambientCredentials)();
      keyId = creds.accessKeyId;
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
  // The access key ID names the IAM identity (it is not a secret); the cluster must map that identity.
  const identity = (): string =>
    `an EKS token for cluster '${target.clusterName}' signed by AWS access key ${keyId ?? '(none yet)'}`;
  return Object.assign(source, { identity });
}

/**
 * The run's AWS credentials: keys in the step's environment (what configure-aws-credentials exports), else the
 * default chain (web identity from OIDC, profiles, IMDS).
 */
export async function ambientCredentials(env: Env = process.env): Promise<AwsCredentials> {
  return defaultCredentials('aws-region', env, ', or pass a kubeconfig');
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
  const token = eksTokenSource(target, clock, setSecret, () => ambientCredentials(env));
  return {
    server: cluster.endpoint,
    caData: cluster.certificateAuthority?.data,
    token,
    identity: token.identity,
  };
}

interface KubeconfigCluster {
  server?: unknown;
  'certificate-authority-data'?: string;
  'certificate-authority'?: string;
  'insecure-skip-tls-verify'?: boolean;
}

interface KubeconfigUser {
  token?: string;
  'token-file'?: string;
  'client-certificate-data'?: string;
  'client-key-data'?: string;
  'client-certificate'?: string;
  'client-key'?: string;
  exec?: { command: string; args?: string[]; env?: { name: string; value: string }[] };
}

type Named<K extends string, T> = { name: string } & Record<K, T>;

const kindOf = (v: unknown): string =>
  v === null ? 'null' : Array.isArray(v) ? 'a list' : typeof v === 'object' ? 'a mapping' : `a ${typeof v}`;

/** The kubeconfig input: a path to a file, or the YAML itself. Every path it names is checked here, before any network call. */
export async function kubeconfigAccess(
  raw: string,
  clock: Clock,
  opts: { context?: string; input?: string; setSecret: SetSecret; env?: Env },
): Promise<{ access: KubeAccess; namespace?: string }> {
  const input = opts.input ?? 'kubeconfig';
  const bad = (message: string): InputError => new InputError(input, `Invalid input '${input}': ${message}`);
  // Content (YAML, or JSON — which is YAML — on one line) or a path to a file.
  const isContent = /\n/.test(raw) || /^\s*(\{|(apiVersion|clusters|kind)\s*:)/.test(raw);
  const text = isContent ? raw : readKubeconfigFile(raw, input);
  // kubectl resolves relative paths in a kubeconfig file against the file's directory.
  const base = isContent ? process.cwd() : dirname(resolve(raw));
  const { parse } = await import('yaml');
  let doc: Record<string, unknown>;
  try {
    doc = parse(text) as Record<string, unknown>;
  } catch (e) {
    throw bad(`not valid YAML (${errorMessage(e).split('\n')[0]}).`);
  }
  if (!doc || typeof doc !== 'object' || !Array.isArray(doc.clusters)) {
    throw bad('expected a kubeconfig with clusters, users and contexts.');
  }
  /** A top-level list of `{ name, <key>: { … } }` entries. */
  const list = <K extends string, T>(field: string, key: K): Named<K, T>[] => {
    const v = doc[field];
    if (v === undefined || v === null) return [];
    if (!Array.isArray(v))
      throw bad(`field '${field}' is ${kindOf(v)}. Expected a list of entries with 'name' and '${key}'.`);
    v.forEach((e: unknown, i) => {
      const entry = e as Record<string, unknown> | null;
      if (!entry || typeof entry !== 'object' || Array.isArray(entry) || typeof entry.name !== 'string')
        throw bad(
          `field '${field}' entry ${i + 1} has no 'name'. Expected entries with 'name' and '${key}'.`,
        );
      const body = entry[key];
      if (body !== undefined && (body === null || typeof body !== 'object' || Array.isArray(body)))
        throw bad(
          `${field.replace(/s$/, '')} '${entry.name}' field '${key}' is ${kindOf(body)}. Expected a mapping.`,
        );
    });
    return v as Named<K, T>[];
  };
  const clusters = list<'cluster', KubeconfigCluster>('clusters', 'cluster');
  const users = list<'user', KubeconfigUser>('users', 'user');
  const contexts = list<'context', { cluster: string; user: string; namespace?: string }>(
    'contexts',
    'context',
  );
  const current = doc['current-context'];
  const ctxName = opts.context || (typeof current === 'string' ? current : '');
  const ctx =
    contexts.find((c) => c.name === ctxName)?.context ??
    (contexts.length === 1 ? contexts[0]?.context : undefined);
  if (!ctx) {
    const names = contexts.map((c) => c.name).filter(Boolean);
    throw bad(
      ctxName
        ? `context '${ctxName}' not found in the kubeconfig (it has: ${names.join(', ') || 'no contexts'}).`
        : `the kubeconfig has no current-context and ${names.length} contexts; set 'context' to one of: ${names.join(', ') || '(none)'}.`,
    );
  }
  const cluster = clusters.find((c) => c.name === ctx.cluster)?.cluster;
  if (!cluster)
    throw bad(
      `context '${ctxName || contexts[0]?.name}' names cluster '${ctx.cluster}', which is not in 'clusters'.`,
    );
  if (!cluster.server) throw bad(`cluster '${ctx.cluster}' has no server.`);
  const server = String(cluster.server);
  if (!isHttpUrl(server))
    throw bad(
      `cluster '${ctx.cluster}' field 'server': '${server.slice(0, 80)}' is not a URL. Expected the API server's URL, such as https://host:6443.`,
    );
  const user = users.find((u) => u.name === ctx.user)?.user ?? {};
  for (const field of [
    'token',
    'token-file',
    'client-certificate-data',
    'client-key-data',
    'client-certificate',
    'client-key',
  ] as const) {
    const v: unknown = user[field];
    if (v !== undefined && v !== null && typeof v !== 'string') {
      // Not repeated: these fields hold credentials.
      throw bad(`user '${ctx.user}' field '${field}' is ${kindOf(v)}. Expected text.`);
    }
  }
  /** A file the kubeconfig names: it must exist and be a readable file, now, before anything is sent. */
  const file = (owner: string, field: string, path: string): string => {
    const abs = resolve(base, path);
    let why: string | undefined;
    try {
      if (!statSync(abs).isFile()) why = 'is not a file';
      else accessSync(abs, constants.R_OK);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      why =
        code === 'ENOENT' || code === 'ENOTDIR'
          ? 'does not exist'
          : `cannot be read (${code ?? errorMessage(e)})`;
    }
    if (why) throw bad(`${owner} field '${field}': '${path}' ${why}.`);
    return abs;
  };
  const clusterOwner = `cluster '${ctx.cluster}'`;
  const userOwner = `user '${ctx.user}'`;
  const caData =
    cluster['certificate-authority-data'] ??
    (cluster['certificate-authority']
      ? readFileSync(file(clusterOwner, 'certificate-authority', cluster['certificate-authority'])).toString(
          'base64',
        )
      : undefined);
  const clientCertData =
    user['client-certificate-data'] ??
    (user['client-certificate']
      ? readFileSync(file(userOwner, 'client-certificate', user['client-certificate'])).toString('base64')
      : undefined);
  const clientKeyData =
    user['client-key-data'] ??
    (user['client-key']
      ? readFileSync(file(userOwner, 'client-key', user['client-key'])).toString('base64')
      : undefined);
  const access: KubeAccess = {
    server,
    caData,
    insecureSkipTlsVerify: cluster['insecure-skip-tls-verify'] === true,
    clientCertData,
    clientKeyData,
    identity: () =>
      clientCertData
        ? `the client certificate of kubeconfig ${userOwner}`
        : `kubeconfig ${userOwner} (no credentials)`,
  };
  if (clientKeyData) opts.setSecret(clientKeyData);
  if (user.token) {
    opts.setSecret(user.token);
    const token = user.token;
    access.token = async () => token;
    access.identity = () => `the bearer token of kubeconfig ${userOwner}`;
  } else if (user['token-file']) {
    const path = file(userOwner, 'token-file', user['token-file']);
    access.token = async () => {
      let token: string;
      try {
        token = readFileSync(path, 'utf8').trim();
      } catch (e) {
        throw bad(
          `${userOwner} field 'token-file': '${user['token-file']}' cannot be read (${(e as NodeJS.ErrnoException).code ?? errorMessage(e)}).`,
        );
      }
      opts.setSecret(token);
      return token;
    };
    access.identity = () => `the token in '${user['token-file']}' (kubeconfig ${userOwner})`;
  } else if (user.exec) {
    const eks = eksFromExec(user.exec);
    if (!eks) {
      throw bad(
        `user '${ctx.user}' runs '${user.exec.command}' for credentials; Keelson serves only ` +
          "'aws eks get-token' (and its own 'keelson eks-token') in-process. Use a token or client certificate.",
      );
    }
    const source = eksTokenSource(eks, clock, opts.setSecret, () => ambientCredentials(opts.env));
    access.token = source;
    access.identity = source.identity;
  }
  return { access, namespace: ctx.namespace };
}

function isHttpUrl(v: string): boolean {
  try {
    const u = new URL(v);
    return (u.protocol === 'https:' || u.protocol === 'http:') && u.hostname !== '';
  } catch {
    return false;
  }
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
