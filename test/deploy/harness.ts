/** Shared set-up for the deploy tests: the Kubernetes emulator on a scaled clock, manifests, inputs. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ScaledClock, type Clock } from '../../src/lib/clock.js';
import { runDeploy, type DeployRun } from '../../src/lib/deploy/action.js';
import type { DeployInputs } from '../../src/lib/deploy/settings.js';
import type { TimelineEvent } from '../../src/lib/deploy/timeline.js';
import { KubeClient } from '../../src/lib/k8s/client.js';
import { startKubeEmulator, type KubeEmulator } from '../emulators/kube/index.js';

export const FACTOR = 40;

export interface Harness {
  kube: KubeEmulator;
  client: KubeClient;
  clock: Clock;
  dir: string;
  close(): Promise<void>;
}

export async function harness(factor = FACTOR): Promise<Harness> {
  const clock = new ScaledClock(factor);
  const kube = await startKubeEmulator({ clock, tickMs: 500 });
  const client = new KubeClient(
    { server: kube.url, token: async () => kube.token },
    { clock, retryFor: 60_000 },
  );
  const dir = mkdtempSync(join(tmpdir(), 'keelson-deploy-'));
  return {
    kube,
    client,
    clock,
    dir,
    close: async () => {
      client.close();
      await kube.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function writeApp(
  dir: string,
  image: string,
  opts: { replicas?: number; progressDeadlineSeconds?: number; readinessProbe?: boolean } = {},
): string {
  const file = join(dir, 'app.yaml');
  writeFileSync(
    file,
    `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: ${opts.replicas ?? 2}
  progressDeadlineSeconds: ${opts.progressDeadlineSeconds ?? 60}
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
      containers:
        - name: web
          image: ${image}
          ports:
            - containerPort: 8080${
              opts.readinessProbe === false
                ? ''
                : `
          readinessProbe:
            httpGet:
              path: /healthz
              port: 8080`
            }
---
apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  selector:
    app: web
  ports:
    - name: http
      port: 80
      targetPort: 8080
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: web-config
data:
  GREETING: hello
`,
  );
  return file;
}

export const HTTP_CHECKS = `
- name: pods
  kind: kubernetes
  namespace: \${NAMESPACE}
  selector: \${SELECTOR}
  interval: 2s
  timeout: 2s
  failure-threshold: 2
- name: healthz
  kind: http
  url: \${TARGET_URL}/healthz
  interval: 2s
  timeout: 2s
  failure-threshold: 2
`;

export function inputs(over: Partial<DeployInputs> = {}): DeployInputs {
  return {
    access: { kind: 'kubeconfig', kubeconfig: 'unused' },
    namespace: 'default',
    service: 'web',
    strategy: 'blue-green',
    manifests: ['app.yaml'],
    helmValues: [],
    images: [],
    healthChecks: HTTP_CHECKS,
    readyTimeoutMs: 60_000,
    verifyWindowMs: 30_000,
    scaleDownDelayMs: 5_000,
    waitForLockMs: 0,
    environment: 'production',
    githubToken: '',
    ...over,
  };
}

export interface DeployExtras {
  signal?: AbortSignal;
  holder?: string;
  onEvent?: (e: TimelineEvent) => void;
  saveState?: (k: string, v: string) => void;
}

export async function deployWith(
  h: Harness,
  over: Partial<DeployInputs> & DeployExtras = {},
): Promise<DeployRun> {
  const { signal, holder, onEvent, saveState, ...rest } = over;
  return runDeploy(inputs(rest), {
    clock: h.clock,
    setSecret: () => undefined,
    signal: signal ?? new AbortController().signal,
    context: {
      eventName: 'push',
      repo: undefined,
      sha: '',
      ref: '',
      runId: '1',
      runAttempt: '1',
      serverUrl: '',
      apiUrl: '',
      workspace: h.dir,
      runnerTemp: h.dir,
      prNumber: undefined,
      headSha: undefined,
      fromFork: false,
      payload: {},
      runUrl: undefined,
    },
    cwd: h.dir,
    kube: h.client,
    holder: holder ?? 'test-run',
    onEvent: onEvent ? (e) => onEvent(e) : undefined,
    saveState,
  });
}

/** Sends `n` real requests to the live Service and counts which version answered each. */
export async function traffic(h: Harness, n = 40, service = 'web'): Promise<Record<string, number>> {
  const url = await h.kube.sim.serviceUrl('default', service);
  const counts: Record<string, number> = {};
  for (let i = 0; i < n; i++) {
    const res = await fetch(`${url}/`);
    await res.arrayBuffer();
    const v = res.headers.get('x-version') ?? `HTTP ${res.status}`;
    counts[v] = (counts[v] ?? 0) + 1;
  }
  return counts;
}

/** v1 live on blue, as a finished first deploy leaves it. */
export async function liveV1(h: Harness, strategy: 'blue-green' | 'rolling' = 'blue-green'): Promise<void> {
  writeApp(h.dir, 'registry.example/web:v1');
  const r = await deployWith(h, { version: 'v1', strategy, verifyWindowMs: 6_000, scaleDownDelayMs: 0 });
  if (r.result.result !== 'promoted')
    throw new Error(`setup: v1 was not promoted: ${r.result.rollbackReason}`);
}
