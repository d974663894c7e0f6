/** Shared set-up for the deploy tests: the Kubernetes emulator on a scaled clock, manifests, inputs. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ScaledClock, type Clock } from '../../src/lib/clock.js';
import { runDeploy, type DeployRun } from '../../src/lib/deploy/action.js';
import type { DeployInputs } from '../../src/lib/deploy/settings.js';
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
  opts: { replicas?: number; progressDeadlineSeconds?: number } = {},
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
            - containerPort: 8080
          readinessProbe:
            httpGet:
              path: /healthz
              port: 8080
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
  max-latency: 1s
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

export async function deployWith(
  h: Harness,
  over: Partial<DeployInputs> & { signal?: AbortSignal; holder?: string } = {},
): Promise<DeployRun> {
  const { signal, holder, ...rest } = over;
  return runDeploy(inputs(rest), {
    clock: h.clock,
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
      fromFork: false,
      payload: {},
      runUrl: undefined,
    },
    cwd: h.dir,
    kube: h.client,
    holder: holder ?? 'test-run',
  });
}
