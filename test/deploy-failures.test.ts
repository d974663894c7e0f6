/**
 * Failures users will meet, each one line (issue 9, part 5): the API server unreachable (refused, DNS, TLS), the
 * credentials refused (401 naming whose they are, 403 naming the verb and resource), every kubeconfig problem
 * naming its field, eks-kubeconfig's path, and a service that names no Deployment. Each case asserts the exact
 * line, that it is not reported as a bug, and that nothing was written to the cluster.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { run as deploy } from '../src/actions/deploy/main.js';
import { run as eksKubeconfig } from '../src/actions/eks-kubeconfig/main.js';
import { main } from '../src/cli/main.js';
import { runDeploy } from '../src/lib/deploy/action.js';
import { describeError } from '../src/lib/errors.js';
import { Masker } from '../src/lib/mask.js';
import { runLocally, type LocalRun } from '../src/lib/local-runner.js';
import { VirtualClock } from '../src/sim/clock.js';
import { TEST_CREDENTIALS, startKubeEmulator, type KubeEmulator } from '../src/sim/kube/index.js';
import { inputs, writeApp } from './deploy/harness.js';

let kube: KubeEmulator;
let tlsKube: KubeEmulator;
let clock: VirtualClock;
let dir: string;

beforeAll(async () => {
  clock = new VirtualClock();
  kube = await startKubeEmulator({ clock, tickMs: 500 });
  tlsKube = await startKubeEmulator({ clock, tickMs: 500, tls: true });
  dir = mkdtempSync(join(tmpdir(), 'keelson-failures-'));
  writeApp(dir, 'registry.example/web:v1', { replicas: 1 });
});
afterAll(async () => {
  await kube.close();
  await tlsKube.close();
  clock.stop();
  rmSync(dir, { recursive: true, force: true });
});

function kubeconfig(cluster: Record<string, unknown>, user: Record<string, unknown>): string {
  return stringify({
    apiVersion: 'v1',
    kind: 'Config',
    clusters: [{ name: 'c', cluster }],
    users: [{ name: 'ci', user }],
    contexts: [{ name: 'ctx', context: { cluster: 'c', user: 'ci' } }],
    'current-context': 'ctx',
  });
}

/** The rollout as the action runs it (connecting from the kubeconfig), on virtual time; the one line it ends with. */
async function rollout(config: string, warnings: string[] = []): Promise<string> {
  const e = await runDeploy(
    inputs({ access: { kind: 'kubeconfig', kubeconfig: config }, strategy: 'rolling', apiTimeoutMs: 60_000 }),
    {
      clock,
      signal: new AbortController().signal,
      setSecret: () => undefined,
      onWarning: (m) => warnings.push(m),
      cwd: dir,
      holder: 'test',
      context: {
        eventName: 'push',
        repo: undefined,
        sha: '',
        ref: '',
        runId: '1',
        runAttempt: '1',
        serverUrl: '',
        apiUrl: '',
        workspace: dir,
        runnerTemp: dir,
        prNumber: undefined,
        headSha: undefined,
        fromFork: false,
        payload: {},
        runUrl: undefined,
      },
    },
  ).then(
    () => undefined,
    (x: unknown) => x,
  );
  const { message, expected } = describeError(e);
  expect(expected).toBe(true); // never "a bug in Keelson"
  return message;
}

/** Writes that reached (and changed) the cluster. */
const written = (k: KubeEmulator): string[] =>
  k.requests.filter((q) => q.method !== 'GET' && q.status < 300).map((q) => `${q.method} ${q.path}`);

async function closedPort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', () => r()));
  const port = (s.address() as { port: number }).port;
  await new Promise<void>((r) => s.close(() => r()));
  return port;
}

describe('the API server cannot be reached or refuses us: one line naming the server and the cause', () => {
  it('connection refused: retried for api-timeout, one warning, then one line', async () => {
    const port = await closedPort();
    const warnings: string[] = [];
    const line = await rollout(kubeconfig({ server: `http://127.0.0.1:${port}` }, { token: 't' }), warnings);
    expect(line).toBe(
      `Cannot reach the Kubernetes API server at http://127.0.0.1:${port}: connection refused (ECONNREFUSED), retried for 60s (api-timeout).`,
    );
    expect(warnings).toEqual([
      'Kubernetes API GET /apis/coordination.k8s.io/v1/namespaces/default/leases/keelson-web answered ECONNREFUSED; retrying for up to 60s (api-timeout)',
    ]);
  });

  it('DNS: a host name that does not resolve', async () => {
    const line = await rollout(kubeconfig({ server: 'https://kube.keelson.invalid:6443' }, { token: 't' }));
    expect(line).toBe(
      "Cannot reach the Kubernetes API server at https://kube.keelson.invalid:6443: DNS: the host name 'kube.keelson.invalid' does not resolve (ENOTFOUND).",
    );
  });

  it('TLS: a server certificate the kubeconfig gives no authority for', async () => {
    tlsKube.clearRequests();
    const line = await rollout(kubeconfig({ server: tlsKube.url }, { token: tlsKube.token }));
    expect(line).toMatch(
      new RegExp(
        `^Cannot reach the Kubernetes API server at ${tlsKube.url.replace(/\./g, '\\.')}: TLS: .+ \\((UNABLE_TO_VERIFY_LEAF_SIGNATURE|SELF_SIGNED_CERT_IN_CHAIN|UNABLE_TO_GET_ISSUER_CERT_LOCALLY)\\); check the cluster's certificate authority \\(certificate-authority-data in the kubeconfig, or the EKS cluster\\)\\.$`,
      ),
    );
    expect(tlsKube.requests).toEqual([]);
  });

  it('401: names whose credentials were refused', async () => {
    kube.clearRequests();
    const line = await rollout(kubeconfig({ server: kube.url }, { token: 'not-a-valid-token' }));
    expect(line).toBe(
      `The Kubernetes API server at ${kube.url} rejected the credentials (401 Unauthorized) of the bearer token of kubeconfig user 'ci': they are not valid for this cluster.`,
    );
    expect(kube.requests.map((q) => q.status)).toEqual([401, 401]); // the first, and one after a token refresh
    expect(written(kube)).toEqual([]);
  });

  it('401 with an EKS token: names the cluster and the AWS access key', async () => {
    const config = kubeconfig(
      { server: kube.url },
      {
        exec: {
          apiVersion: 'client.authentication.k8s.io/v1beta1',
          command: 'aws',
          args: ['eks', 'get-token', '--cluster-name', 'other-cluster', '--region', 'us-east-1'],
        },
      },
    );
    const cred = TEST_CREDENTIALS[0]!;
    Object.assign(process.env, {
      AWS_ACCESS_KEY_ID: cred.accessKeyId,
      AWS_SECRET_ACCESS_KEY: cred.secretAccessKey,
      AWS_EC2_METADATA_DISABLED: 'true',
    });
    try {
      kube.clearRequests();
      const line = await rollout(config);
      expect(line).toBe(
        `The Kubernetes API server at ${kube.url} rejected the credentials (401 Unauthorized) of an EKS token for cluster 'other-cluster' signed by AWS access key ${cred.accessKeyId}: they are not valid for this cluster.`,
      );
      expect(written(kube)).toEqual([]);
    } finally {
      for (const k of ['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_EC2_METADATA_DISABLED'])
        delete process.env[k];
    }
  });

  it('403: names the verb and the resource', async () => {
    kube.forbid({ kind: 'Lease', verbs: ['create'] });
    try {
      kube.clearRequests();
      const line = await rollout(kubeconfig({ server: kube.url }, { token: kube.token }));
      expect(line).toBe(
        `The Kubernetes API server at ${kube.url} does not allow create leases.coordination.k8s.io in namespace 'default' (403 Forbidden): ` +
          'leases.coordination.k8s.io is forbidden: User "kubernetes-admin" cannot create resource "leases" in API group "coordination.k8s.io" in the namespace "default"',
      );
      expect(written(kube)).toEqual([]);
      expect(kube.objects.get('Lease', 'default', 'keelson-web')).toBeUndefined();
    } finally {
      kube.allowAll();
    }
  });
});

const errors = (r: LocalRun): string[] =>
  r.annotations.filter((a) => a.command === 'error').map((a) => a.message);

describe('kubeconfig problems: one line naming the field, checked before any network call', () => {
  const base = { service: 'web', strategy: 'rolling', manifests: 'app.yaml' };
  const cases: [string, () => string, string][] = [
    [
      'server that is not a URL',
      () => kubeconfig({ server: 'not a url' }, { token: 't' }),
      "Invalid input 'kubeconfig': cluster 'c' field 'server': 'not a url' is not a URL. Expected the API server's URL, such as https://host:6443.",
    ],
    [
      'token-file that does not exist',
      () => kubeconfig({ server: kube.url }, { 'token-file': '/nonexistent/keelson/token' }),
      "Invalid input 'kubeconfig': user 'ci' field 'token-file': '/nonexistent/keelson/token' does not exist.",
    ],
    [
      'contexts that are not a list',
      () =>
        stringify({
          clusters: [{ name: 'c', cluster: { server: kube.url } }],
          users: [{ name: 'ci', user: { token: 't' } }],
          contexts: { ctx: { cluster: 'c', user: 'ci' } },
          'current-context': 'ctx',
        }),
      "Invalid input 'kubeconfig': field 'contexts' is a mapping. Expected a list of entries with 'name' and 'context'.",
    ],
    [
      'certificate-authority file that does not exist (relative to the kubeconfig file)',
      () => kubeconfig({ server: kube.url, 'certificate-authority': 'certs/ca.crt' }, { token: 't' }),
      "Invalid input 'kubeconfig': cluster 'c' field 'certificate-authority': 'certs/ca.crt' does not exist.",
    ],
    [
      'certificate-authority that is a directory',
      () => kubeconfig({ server: kube.url, 'certificate-authority': '.' }, { token: 't' }),
      "Invalid input 'kubeconfig': cluster 'c' field 'certificate-authority': '.' is not a file.",
    ],
  ];
  it.each(cases)('%s', async (_name, make, message) => {
    const file = join(dir, 'kubeconfig.yaml');
    writeFileSync(file, make());
    kube.clearRequests();
    const r = await runLocally(deploy, {
      inputs: { ...base, kubeconfig: file },
      env: { GITHUB_WORKSPACE: dir },
    });
    expect(r.failed).toBe(true);
    expect(errors(r)).toEqual([message]);
    expect(kube.requests).toEqual([]);
  });
});

describe("eks-kubeconfig's path: checked before any network call", () => {
  const env = (): Record<string, string> => ({
    GITHUB_WORKSPACE: dir,
    RUNNER_TEMP: '/proc',
    AWS_REGION: 'us-east-1',
    AWS_ENDPOINT_URL_EKS: kube.eksEndpoint,
    AWS_EC2_METADATA_DISABLED: 'true',
  });
  it.each([
    [
      'a directory',
      () => join(dir, 'kc-dir'),
      (p: string) =>
        `Invalid input 'path': '${p}' is a directory. Expected the path of the kubeconfig file to write.`,
    ],
    [
      'a place that cannot be created',
      () => '/proc/nope/x',
      () =>
        "Invalid input 'path': '/proc/nope/x' cannot be written (ENOENT). Expected the path of the kubeconfig file to write.",
    ],
  ])('%s', async (_name, pathOf, message) => {
    const path = pathOf();
    if (path.endsWith('kc-dir')) mkdirSync(path, { recursive: true });
    kube.clearRequests();
    const r = await runLocally(eksKubeconfig, {
      inputs: { 'cluster-name': kube.clusterName, 'aws-region': 'us-east-1', path },
      env: env(),
    });
    expect(errors(r)).toEqual([message(path)]);
    expect(kube.eksRequests).toEqual([]);
    expect(kube.requests).toEqual([]);
  });
});

describe('a service that names no Deployment of the manifests', () => {
  const line =
    "Invalid input 'service': 'api' matches no Deployment in the manifests (found: web). Expected the name of the Deployment to roll out.";

  it('the action: an input error before any write', async () => {
    const file = join(dir, 'kubeconfig.yaml');
    await kube.writeKubeconfig(file);
    kube.clearRequests();
    const r = await runLocally(deploy, {
      inputs: { service: 'api', strategy: 'rolling', manifests: 'app.yaml', kubeconfig: file },
      env: { GITHUB_WORKSPACE: dir },
    });
    expect(errors(r)).toEqual([line]);
    expect(kube.requests).toEqual([]);
  });

  it.each([
    ['against a cluster', ['--kubeconfig', 'kubeconfig.yaml']],
    ['simulated', ['--simulate']],
  ])('the CLI (%s): exit 2 at once with the same line', async (_name, extra) => {
    await kube.writeKubeconfig(join(dir, 'kubeconfig.yaml'));
    kube.clearRequests();
    const out: string[] = [];
    const err: string[] = [];
    const code = await main(['rollout', '--service', 'api', '--manifests', 'app.yaml', ...extra], {
      masker: new Masker(),
      stdout: (t) => void out.push(t),
      stderr: (t) => void err.push(t),
      env: {},
      cwd: dir,
      isTTY: false,
    });
    expect(code).toBe(2);
    expect(err.join('')).toBe(`keelson rollout: ${line}\n`);
    expect(out.join('')).toBe('');
    expect(kube.requests).toEqual([]);
  });

  it('a Helm release named after the service is its only Deployment and matches by label', async () => {
    const file = join(dir, 'kubeconfig.yaml');
    await kube.writeKubeconfig(file);
    writeFileSync(
      join(dir, 'helm.yaml'),
      stringify({
        apiVersion: 'apps/v1',
        kind: 'Deployment',
        metadata: { name: 'api-chart' },
        spec: {
          selector: { matchLabels: { 'app.kubernetes.io/instance': 'api' } },
          template: {
            metadata: { labels: { 'app.kubernetes.io/instance': 'api' } },
            spec: { containers: [{ name: 'a', image: 'registry.example/api:v1' }] },
          },
        },
      }),
    );
    const { checkServiceDeployment } = await import('../src/lib/deploy/settings.js');
    const { loadManifests } = await import('../src/lib/k8s/manifests.js');
    const objects = await loadManifests({
      manifests: ['helm.yaml'],
      helmValues: [],
      namespace: 'default',
      cwd: dir,
    });
    expect(() => checkServiceDeployment(objects, 'api')).not.toThrow();
    expect(() => checkServiceDeployment(objects, 'web')).toThrow(
      "Invalid input 'service': 'web' matches no Deployment in the manifests (found: api-chart). Expected the name of the Deployment to roll out.",
    );
  });
});
