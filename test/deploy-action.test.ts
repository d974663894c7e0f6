/**
 * The deploy, eks-kubeconfig and health-check actions driven through the runner protocol (INPUT_*, GITHUB_*
 * files), on the wall clock: EKS access end to end (DescribeCluster, an in-process token the emulator's
 * authenticator verifies), the post step, and every bad input's one line.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import http from 'node:http';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { run as deploy, runPost } from '../src/actions/deploy/main.js';
import { run as eksKubeconfig } from '../src/actions/eks-kubeconfig/main.js';
import { run as healthCheck } from '../src/actions/health-check/main.js';
import { runLocally, type LocalRun } from '../src/lib/local-runner.js';
import { LABEL } from '../src/lib/k8s/manifests.js';
import type { Deployment, Service } from '../src/lib/k8s/types.js';
import { KubeClient } from '../src/lib/k8s/client.js';
import { realClock } from '../src/lib/clock.js';
import { restorable } from '../src/lib/deploy/release.js';
import { TEST_CREDENTIALS, startKubeEmulator, type KubeEmulator } from '../src/sim/kube/index.js';
import { writeApp } from './deploy/harness.js';

const root = fileURLToPath(new URL('..', import.meta.url));
let kube: KubeEmulator;
let dir: string;
let awsEnv: Record<string, string>;

beforeAll(async () => {
  kube = await startKubeEmulator({ clusterName: 'prod-eu', region: 'eu-west-1', tls: true, tickMs: 200 });
  dir = mkdtempSync(join(tmpdir(), 'keelson-action-'));
  const cred = TEST_CREDENTIALS[0]!;
  awsEnv = {
    AWS_ACCESS_KEY_ID: cred.accessKeyId,
    AWS_SECRET_ACCESS_KEY: cred.secretAccessKey,
    AWS_ENDPOINT_URL_EKS: kube.eksEndpoint,
    AWS_REGION: 'eu-west-1',
    AWS_EC2_METADATA_DISABLED: 'true',
  };
  // The AWS SDK reads credentials and endpoints from the process environment, as it does on a runner.
  Object.assign(process.env, awsEnv);
});
afterAll(async () => {
  for (const k of Object.keys(awsEnv)) delete process.env[k];
  await kube.close();
  rmSync(dir, { recursive: true, force: true });
});

/** The versions 20 new users of the live Service get (new connections, through the emulator's kube-proxy). */
async function versions(): Promise<Record<string, number>> {
  const url = new URL(await kube.sim.serviceUrl('default', 'web'));
  const counts: Record<string, number> = {};
  for (let i = 0; i < 20; i++) {
    const v = await new Promise<string>((resolve) => {
      http
        .get({ host: url.hostname, port: url.port, path: '/', agent: false }, (res) => {
          res.resume();
          res.on('end', () => resolve(String(res.headers['x-version'] ?? `HTTP ${res.statusCode}`)));
        })
        .on('error', () => resolve('connection refused'));
    });
    counts[v] = (counts[v] ?? 0) + 1;
  }
  return counts;
}

/** Polls (wall clock: these tests run the runner protocol for real) until `ok`, at most 30 s. */
async function waitFor(ok: () => Promise<boolean>): Promise<void> {
  for (let i = 0; i < 300; i++) {
    if (await ok()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('condition not reached in 30s');
}

const errors = (r: LocalRun): string[] =>
  r.annotations.filter((a) => a.command === 'error').map((a) => a.message);

const FAST = {
  'health-checks': `
- name: pods
  kind: kubernetes
  namespace: \${NAMESPACE}
  selector: \${SELECTOR}
  interval: 500ms
  timeout: 500ms
  failure-threshold: 2
- name: healthz
  kind: http
  url: \${TARGET_URL}/healthz
  interval: 500ms
  timeout: 500ms
  failure-threshold: 2
`,
  'verify-window': '2s',
  'scale-down-delay': '0',
  'ready-timeout': '30s',
};

function deployInputs(image: string, over: Record<string, string> = {}): Record<string, string> {
  writeApp(dir, image, { replicas: 1 });
  return {
    'cluster-name': 'prod-eu',
    'aws-region': 'eu-west-1',
    service: 'web',
    strategy: 'blue-green',
    manifests: 'app.yaml',
    ...FAST,
    ...over,
  };
}

describe('deploy action on EKS', () => {
  it('reaches the cluster with an in-process EKS token, promotes, and writes outputs and the summary', async () => {
    const r = await runLocally(deploy, {
      inputs: deployInputs('registry.example/web:v1', { version: 'v1' }),
      env: { ...awsEnv, GITHUB_WORKSPACE: dir },
    });
    expect(errors(r)).toEqual([]);
    expect(r.outputs).toMatchObject({
      result: 'promoted',
      version: 'v1',
      'live-color': 'blue',
      'rollback-reason': '',
    });
    expect(r.summary).toContain('### ✅ Promoted: web v1 (blue-green, default)');
    expect(r.summary).toContain('#### Timeline');
    // Every API call was authenticated as the IAM identity behind the token the emulator verified.
    const users = new Set(kube.requests.filter((q) => !q.path.startsWith('/version')).map((q) => q.user));
    expect([...users]).toEqual([expect.stringMatching(/^arn:aws:iam::\d+:user\//)]);
    // The token was masked before it could be printed.
    expect(r.log.some((l) => l.startsWith('::add-mask::k8s-aws-v1.'))).toBe(true);
  });

  it('rolls back a bad version and fails the step with one line', async () => {
    const r = await runLocally(deploy, {
      inputs: deployInputs('registry.example/web:v2-never-ready', { version: 'v2', 'ready-timeout': '4s' }),
      env: { ...awsEnv, GITHUB_WORKSPACE: dir },
    });
    expect(r.failed).toBe(true);
    expect(r.outputs).toMatchObject({
      result: 'rolled-back',
      version: 'v2',
      'previous-version': 'v1',
      'live-color': 'blue',
    });
    expect(errors(r)).toEqual([
      expect.stringMatching(/^Rolled back: green did not become ready: no progress for 4s/),
    ]);
    expect((kube.objects.get('Service', 'default', 'web') as Service).spec?.selector?.[LABEL.color]).toBe(
      'blue',
    );
  });

  it('an unknown cluster is one line naming it', async () => {
    const r = await runLocally(deploy, {
      inputs: deployInputs('registry.example/web:v1', { 'cluster-name': 'nope' }),
      env: { ...awsEnv, GITHUB_WORKSPACE: dir },
    });
    expect(errors(r)).toEqual(["EKS cluster 'nope' was not found in eu-west-1."]);
  });

  it('the post step restores traffic after a killed run and releases the Lease', async () => {
    // Its own starting point: v1 live on one color, then what a run killed right after the switch leaves: v2 on the
    // other color taking every user, nothing verified, the Lease still held.
    const first = await runLocally(deploy, {
      inputs: deployInputs('registry.example/web:v1', { version: 'v1' }),
      env: { ...awsEnv, GITHUB_WORKSPACE: dir },
    });
    expect(first.outputs.result).toBe('promoted');
    const old = (kube.objects.get('Service', 'default', 'web') as Service).spec?.selector?.[
      LABEL.color
    ] as string;
    const fresh = old === 'blue' ? 'green' : 'blue';
    const api = new KubeClient(
      { server: kube.url, caData: kube.caData, token: async () => kube.token },
      { clock: realClock },
    );
    try {
      const live = (await api.get<Deployment>(
        'apps/v1',
        'Deployment',
        `web-${old}`,
        'default',
      )) as Deployment;
      const killed = restorable(live);
      killed.metadata = {
        name: `web-${fresh}`,
        namespace: 'default',
        labels: { app: 'web', [LABEL.color]: fresh },
      };
      const spec = structuredClone(live.spec) as NonNullable<Deployment['spec']>;
      spec.selector = { matchLabels: { app: 'web', [LABEL.color]: fresh } };
      spec.template = { ...spec.template, metadata: { labels: { app: 'web', [LABEL.color]: fresh } } };
      const container = spec.template.spec?.containers?.[0];
      if (container) container.image = 'registry.example/web:v2';
      killed.spec = spec;
      await api.apply(killed);
      await api.patch(
        { apiVersion: 'v1', kind: 'Service', name: 'web', namespace: 'default' },
        { spec: { selector: { [LABEL.color]: fresh } } },
      );
      await kube.sim.until(
        () =>
          (
            kube.objects.get('Deployment', 'default', `web-${fresh}`)?.status as
              { readyReplicas?: number } | undefined
          )?.readyReplicas === 1,
      );
      await waitFor(async () => (await versions()).v2 === 20);
    } finally {
      api.close();
    }
    kube.objects.create({
      apiVersion: 'coordination.k8s.io/v1',
      kind: 'Lease',
      metadata: { name: 'keelson-web', namespace: 'default' },
      spec: { holderIdentity: 'github-run-5-1', leaseDurationSeconds: 60 },
    });
    const state = {
      namespace: 'default',
      service: 'web',
      'lease-holder': 'github-run-5-1',
      'bg-service': 'web',
      'bg-old-color': old,
      'bg-new-color': fresh,
      'bg-base': 'web',
      'bg-phase': 'switched',
    };
    const r = await runLocally(runPost, {
      inputs: deployInputs('registry.example/web:v1'),
      env: { ...awsEnv, GITHUB_WORKSPACE: dir },
      state,
    });
    expect(errors(r)).toEqual([]);
    expect(r.log).toEqual(
      expect.arrayContaining([
        `post: the rollout was interrupted after the switch; live Service web is back on ${old}.`,
        `post: web-${fresh} scaled to 0.`,
        'post: released the rollout Lease of web.',
      ]),
    );
    // What the cluster is left with: users on the old color, which kept its replicas and image; the new one at 0.
    expect((kube.objects.get('Service', 'default', 'web') as Service).spec?.selector).toEqual({
      app: 'web',
      [LABEL.color]: old,
    });
    const dep = (c: string) => kube.objects.get('Deployment', 'default', `web-${c}`) as Deployment;
    expect(dep(old).spec?.replicas).toBe(1);
    expect(dep(old).spec?.template?.spec?.containers?.map((c) => c.image)).toEqual([
      'registry.example/web:v1',
    ]);
    expect(dep(fresh).spec?.replicas).toBe(0);
    await waitFor(async () => (await versions()).v1 === 20);
    expect(kube.objects.get('Lease', 'default', 'keelson-web')).toBeUndefined();
  });

  it('the post step does nothing when the main step finished', async () => {
    const r = await runLocally(runPost, { inputs: {}, state: { namespace: 'default', phase: 'done' } });
    expect(r.log).toEqual([]);
    expect(r.failed).toBe(false);
  });
});

describe('deploy action: every bad input gives one line', () => {
  const base = {
    'cluster-name': 'prod-eu',
    'aws-region': 'eu-west-1',
    service: 'web',
    manifests: 'app.yaml',
  };
  it.each([
    [
      { 'cluster-name': '' },
      "Input 'cluster-name' is required: the EKS cluster to deploy to (or give 'kubeconfig' for another cluster).",
    ],
    [
      { 'cluster-name': 'bad name!' },
      "Invalid input 'cluster-name': 'bad name!'. Expected an EKS cluster name (letters, digits, - and _; at most 100 characters).",
    ],
    [{ kubeconfig: 'x' }, "Give either 'cluster-name' (EKS) or 'kubeconfig', not both."],
    [
      { 'aws-region': 'europe' },
      "Invalid input 'aws-region': 'europe'. Expected an AWS region such as eu-west-1.",
    ],
    [{ service: '' }, "Input 'service' is required: a Kubernetes name."],
    [
      { service: 'Web_App' },
      "Invalid input 'service': 'Web_App'. Expected a lowercase DNS label (a-z, 0-9, -; at most 63 characters).",
    ],
    [
      { namespace: 'Prod' },
      "Invalid input 'namespace': 'Prod'. Expected a lowercase DNS label (a-z, 0-9, -; at most 63 characters).",
    ],
    [{ strategy: 'a-b' }, "Invalid input 'strategy': 'a-b'. Expected one of: rolling | blue-green | canary."],
    [
      { strategy: 'canary', steps: '50,10' },
      "Invalid input 'steps': '50,10'. Expected a comma-separated list of increasing percentages from 1 to 100, each optionally with its pause (a duration or manual), such as 5:2m,25:5m,50:manual,100.",
    ],
    [
      { strategy: 'canary', 'failure-limit': '0' },
      "Invalid input 'failure-limit': '0'. Expected a whole number from 1 to 100.",
    ],
    [
      { strategy: 'canary', action: 'resume' },
      "Invalid input 'action': 'resume'. Expected one of: run | promote | abort.",
    ],
    [
      { images: 'web=repo:latest' },
      "Invalid input 'images': 'web=repo:latest'. Expected lines of name=repository@sha256:<64 hex digits> (pinned by digest).",
    ],
    [
      { 'verify-window': '5 minutes' },
      "Invalid input 'verify-window': '5 minutes'. Expected a duration such as 90s, 5m or 1h30m (units h, m, s, ms; from 0s to 6h).",
    ],
    [
      { 'ready-timeout': '0' },
      "Invalid input 'ready-timeout': '0'. Expected a duration such as 90s, 5m or 1h30m (units h, m, s, ms; from 1s to 6h).",
    ],
    [
      { 'scale-down-delay': '-1m' },
      "Invalid input 'scale-down-delay': '-1m'. Expected a duration such as 90s, 5m or 1h30m (units h, m, s, ms; from 0s to 24h).",
    ],
    [
      { 'wait-for-lock': 'forever' },
      "Invalid input 'wait-for-lock': 'forever'. Expected a duration such as 90s, 5m or 1h30m (units h, m, s, ms; from 0s to 6h).",
    ],
    [{ 'preview-url': 'ftp://x' }, "Invalid input 'preview-url': 'ftp://x'. Expected an http(s) URL."],
    [
      { version: 'has space' },
      "Invalid input 'version': 'has space'. Expected a version such as v1.4.2, a commit SHA or sha256:… (letters, digits, . _ - : @ +).",
    ],
  ])('%j', async (over, message) => {
    const r = await runLocally(deploy, { inputs: { ...base, ...over }, env: { GITHUB_WORKSPACE: dir } });
    expect(r.failed).toBe(true);
    expect(errors(r)).toEqual([message]);
  });
  it.each([
    [{ manifests: '' }, 'Give exactly one of manifests, kustomize or helm-chart.'],
    [{ manifests: 'missing/*.yaml' }, "Invalid input 'manifests': 'missing/*.yaml' matched no file."],
    [
      { 'health-checks': '- kind: http\n  url: nope' },
      "Invalid input 'health-checks': check 1 ('http-1') field 'url': 'nope'. Expected an http or https URL such as https://api.example.com/healthz.",
    ],
    [
      // A file in the workspace holding the checks (what the reusable workflows pass) is read, not parsed as YAML.
      { 'health-checks': 'checks/bad.yaml' },
      "Invalid input 'health-checks': check 1 ('from-file') field 'url': 'nope'. Expected an http or https URL such as https://api.example.com/healthz.",
    ],
    [
      { 'health-checks': 'checks/missing.yaml' },
      "Invalid input 'health-checks': file 'checks/missing.yaml' not found (relative to <dir>). Expected checks YAML or the path of a file holding it.",
    ],
    [
      { images: `worker=r/w@sha256:${'b'.repeat(64)}` },
      "Invalid input 'images': no container is named or uses the image 'worker'.",
    ],
  ])('%j (found after reading the manifests, before touching the cluster)', async (over, message) => {
    writeApp(dir, 'registry.example/web:v1');
    mkdirSync(join(dir, 'checks'), { recursive: true });
    writeFileSync(join(dir, 'checks/bad.yaml'), '- name: from-file\n  kind: http\n  url: nope\n');
    kube.clearRequests();
    const r = await runLocally(deploy, {
      inputs: { ...base, ...over },
      env: { ...awsEnv, GITHUB_WORKSPACE: dir },
    });
    expect(errors(r)).toEqual([message.replace('<dir>', dir)]);
    expect(kube.requests).toEqual([]);
  });
});

describe('eks-kubeconfig action', () => {
  it('writes a 0600 kubeconfig that the real kubectl uses through `keelson eks-token`', async () => {
    const path = join(dir, 'kc');
    const r = await runLocally(eksKubeconfig, {
      inputs: { 'cluster-name': 'prod-eu', 'aws-region': 'eu-west-1', path },
      env: { ...awsEnv, GITHUB_WORKSPACE: dir },
    });
    expect(errors(r)).toEqual([]);
    expect(r.outputs).toEqual({ kubeconfig: path, endpoint: kube.url });
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(readFileSync(path, 'utf8')).toContain('eks-token');
    // Asynchronously: the emulator answers from this process.
    const kubectl = await new Promise<{ stdout: string; stderr: string }>((resolve) => {
      execFile(
        join(root, '.cache/bin/kubectl'),
        ['get', 'namespaces', '-o', 'name'],
        { env: { PATH: process.env.PATH, HOME: dir, KUBECONFIG: path, ...awsEnv } },
        (_err, stdout, stderr) => resolve({ stdout, stderr }),
      );
    });
    expect(kubectl.stderr).toBe('');
    expect(kubectl.stdout.split('\n')).toContain('namespace/kube-system');
  });
  it.each(['../outside/kc', '/etc/kubeconfig'])(
    'refuses a path outside the workspace and runner temp: %s',
    async (path) => {
      const before = kube.requests.length;
      const r = await runLocally(eksKubeconfig, {
        inputs: { 'cluster-name': 'prod-eu', 'aws-region': 'eu-west-1', path },
        env: { ...awsEnv, GITHUB_WORKSPACE: dir },
      });
      expect(errors(r)).toEqual([
        `Invalid input 'path': '${path}'. Expected a path inside the workspace (${dir}) or the runner's temp directory.`,
      ]);
      expect(r.outputs).toEqual({});
      expect(kube.requests.length).toBe(before);
    },
  );
  it('without cluster-name says so, and suggests no input it does not have', async () => {
    const r = await runLocally(eksKubeconfig, { inputs: { 'aws-region': 'eu-west-1' } });
    expect(r.annotations.map((a) => a.message)).toEqual([
      "Input 'cluster-name' is required: the EKS cluster to write a kubeconfig for.",
    ]);
  });
  it('refuses a kubeconfig input', async () => {
    const r = await runLocally(eksKubeconfig, { inputs: { 'cluster-name': 'x', kubeconfig: 'y' } });
    expect(errors(r)).toEqual([
      "eks-kubeconfig writes a kubeconfig for 'cluster-name'; it takes no 'kubeconfig'.",
    ]);
  });
});

describe('health-check action', () => {
  it('passes, with the table in the summary and outputs', async () => {
    const file = join(dir, 'checks.yaml');
    writeFileSync(file, '');
    const r = await runLocally(healthCheck, {
      inputs: {
        checks: `- name: api\n  kind: tcp\n  host: ${new URL(kube.url).host}\n  interval: 200ms\n  timeout: 200ms\n`,
        duration: '10s',
      },
    });
    expect(errors(r)).toEqual([]);
    expect(r.outputs).toMatchObject({ result: 'passed', 'failed-check': '' });
    expect(r.summary).toContain('| api |');
  });
  it('fails with one line naming the check', async () => {
    const r = await runLocally(healthCheck, {
      inputs: {
        checks:
          '- name: db\n  kind: tcp\n  host: 127.0.0.1:1\n  interval: 200ms\n  timeout: 200ms\n  failure-threshold: 2\n',
        duration: '10s',
      },
    });
    expect(r.failed).toBe(true);
    expect(r.outputs['failed-check']).toBe('db');
    expect(errors(r)).toEqual([
      "Health checks failed: check 1 ('db') failed 2 consecutive probes: connect ECONNREFUSED 127.0.0.1:1",
    ]);
  });
  it.each([
    [
      {},
      "Input 'checks' is required: health checks as YAML, or the path of a file holding them (see docs/health-checks.md).",
    ],
    [
      { checks: '- kind: tcp\n  host: x:1', mode: 'forever' },
      "Invalid input 'mode': 'forever'. Expected one of: until-healthy | watch.",
    ],
    [
      { checks: '- kind: tcp\n  host: x:1', duration: '0' },
      "Invalid input 'duration': '0'. Expected a duration such as 90s, 5m or 1h30m (units h, m, s, ms; from 1s to 6h).",
    ],
    [
      { checks: '- kind: kubernetes\n  namespace: a\n  selector: b=c' },
      "Kubernetes checks and k8s-service:// URLs need 'cluster-name' (EKS) or 'kubeconfig'.",
    ],
  ])('%j', async (inputs, message) => {
    const r = await runLocally(healthCheck, { inputs });
    expect(errors(r)).toEqual([message]);
  });
});
