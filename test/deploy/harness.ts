/** Shared set-up for the deploy tests: the Kubernetes emulator on virtual time, manifests, inputs. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Clock } from '../../src/lib/clock.js';
import { VirtualClock } from '../../src/sim/clock.js';
import { runDeploy, type DeployRun } from '../../src/lib/deploy/action.js';
import { parseCanarySteps, type CanarySettings } from '../../src/lib/deploy/canary-settings.js';
import type { DeployInputs } from '../../src/lib/deploy/settings.js';
import type { TimelineEvent } from '../../src/lib/deploy/timeline.js';
import { KubeClient, type Kube } from '../../src/lib/k8s/client.js';
import type { Deployment, Service } from '../../src/lib/k8s/types.js';
import { sdkElbv2 } from '../../src/lib/aws/elbv2.js';
import { TEST_CREDENTIALS, startKubeEmulator, type KubeEmulator } from '../../src/sim/kube/index.js';
import type { TestCredential } from '../../src/sim/kube/index.js';

export interface Harness {
  kube: KubeEmulator;
  client: Kube;
  clock: Clock;
  dir: string;
  close(): Promise<void>;
}

/**
 * The emulator on virtual time: verdicts do not depend on how fast or busy the machine is. `platform`: with the
 * AWS Load Balancer Controller and ALBs (and the namespace labelled for pod readiness gates unless `gates: false`).
 */
export async function harness(platform?: {
  gates?: boolean;
  lbcLagMs?: number;
  /** Also run the simulator's Gateway API controller, with this lag (ms). */
  gatewayLagMs?: number;
  /** AWS keys the emulator's EKS and ELBv2 APIs accept (default TEST_CREDENTIALS). */
  credentials?: TestCredential[];
}): Promise<Harness> {
  const clock = new VirtualClock();
  const kube = await startKubeEmulator({
    clock,
    tickMs: 500,
    ...(platform?.credentials ? { credentials: platform.credentials } : {}),
    ...(platform ? { awsLoadBalancerController: { reconcileLagMs: platform.lbcLagMs ?? 2_000 } } : {}),
    ...(platform?.gatewayLagMs !== undefined
      ? { gatewayApi: { reconcileLagMs: platform.gatewayLagMs } }
      : {}),
  });
  if (platform && platform.gates !== false) {
    const ns = kube.objects.get('Namespace', undefined, 'default');
    if (ns) {
      ns.metadata.labels = { ...ns.metadata.labels, 'elbv2.k8s.aws/pod-readiness-gate-inject': 'enabled' };
      await fetch(`${kube.url}/api/v1/namespaces/default`, {
        method: 'PATCH',
        headers: { authorization: `Bearer ${kube.token}`, 'content-type': 'application/merge-patch+json' },
        body: JSON.stringify({ metadata: { labels: ns.metadata.labels } }),
      });
    }
  }
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
      clock.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function writeApp(
  dir: string,
  image: string,
  opts: {
    replicas?: number;
    progressDeadlineSeconds?: number;
    readinessProbe?: boolean;
    /** Seconds of preStop sleep, as platform teams set it so a terminating pod drains (default 5; 0: none). */
    preStop?: number;
  } = {},
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
              (opts.preStop ?? 5) > 0
                ? `
          lifecycle:
            preStop:
              exec:
                command: ["sleep", "${opts.preStop ?? 5}"]`
                : ''
            }${
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
    switchTimeoutMs: 120_000,
    router: 'auto',
    prune: false,
    waitForLockMs: 0,
    apiTimeoutMs: 60_000,
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
  /** Where the runner reaches a load balancer's DNS name (default: the simulated ALB). */
  loadBalancerUrl?: (dnsName: string) => string;
  /** The step's environment (AWS keys and endpoints); default this process's. */
  env?: Record<string, string | undefined>;
}

export async function deployWith(
  h: Harness,
  over: Partial<DeployInputs> & DeployExtras = {},
): Promise<DeployRun> {
  const { signal, holder, onEvent, saveState, loadBalancerUrl, env, ...rest } = over;
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
    ...(h.kube.elbv2Endpoint
      ? {
          elbv2: sdkElbv2({
            region: h.kube.region,
            endpoint: h.kube.elbv2Endpoint,
            credentials: TEST_CREDENTIALS[0],
          }),
          loadBalancerUrl: loadBalancerUrl ?? ((dns: string) => h.kube.sim.loadBalancerUrl(dns)),
        }
      : {}),
    holder: holder ?? 'test-run',
    onEvent: onEvent ? (e) => onEvent(e) : undefined,
    saveState,
    ...(env ? { env } : {}),
  });
}

/** Sends `n` real requests to the live Service, each on a new connection (new users), and counts the versions. */
export async function traffic(h: Harness, n = 40, service = 'web'): Promise<Record<string, number>> {
  const url = new URL(await h.kube.sim.serviceUrl('default', service));
  const counts: Record<string, number> = {};
  for (let i = 0; i < n; i++) {
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

/** v1 live on blue, as a finished first deploy leaves it. */
export async function liveV1(h: Harness, strategy: 'blue-green' | 'rolling' = 'blue-green'): Promise<void> {
  writeApp(h.dir, 'registry.example/web:v1');
  const r = await deployWith(h, { version: 'v1', strategy, verifyWindowMs: 6_000, scaleDownDelayMs: 0 });
  if (r.result.result !== 'promoted')
    throw new Error(`setup: v1 was not promoted: ${r.result.rollbackReason}`);
}

/**
 * The manifests of a service on the platform: a Deployment (CPU request, readinessProbe, preStop), its Service, an
 * HPA (cpu 50 %), and an ALB Ingress (IP targets, health checks on /healthz every 5 s, 30 s deregistration delay).
 */
export function writePlatformApp(
  dir: string,
  image: string,
  opts: {
    replicas?: number;
    minReplicas?: number;
    maxReplicas?: number;
    hpa?: boolean;
    ingress?: boolean;
  } = {},
): string {
  const file = join(dir, 'app.yaml');
  const docs = [
    `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
${opts.replicas === undefined ? '' : `  replicas: ${opts.replicas}\n`}  progressDeadlineSeconds: 120
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
      terminationGracePeriodSeconds: 30
      containers:
        - name: web
          image: ${image}
          ports:
            - name: http
              containerPort: 8080
          readinessProbe:
            httpGet:
              path: /healthz
              port: http
          lifecycle:
            preStop:
              exec:
                command: ["sleep", "5"]
          resources:
            requests:
              cpu: 100m`,
    `apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  selector:
    app: web
  ports:
    - name: http
      port: 80
      targetPort: http`,
  ];
  if (opts.hpa !== false)
    docs.push(`apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: web
spec:
  scaleTargetRef:
    apiVersion: apps/v1
    kind: Deployment
    name: web
  minReplicas: ${opts.minReplicas ?? 3}
  maxReplicas: ${opts.maxReplicas ?? 10}
  metrics:
    - type: Resource
      resource:
        name: cpu
        target:
          type: Utilization
          averageUtilization: 50`);
  if (opts.ingress !== false)
    docs.push(`apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: web
  annotations:
    alb.ingress.kubernetes.io/scheme: internet-facing
    alb.ingress.kubernetes.io/target-type: ip
    alb.ingress.kubernetes.io/healthcheck-path: /healthz
    alb.ingress.kubernetes.io/healthcheck-interval-seconds: "5"
    alb.ingress.kubernetes.io/healthy-threshold-count: "2"
    alb.ingress.kubernetes.io/unhealthy-threshold-count: "2"
    alb.ingress.kubernetes.io/target-group-attributes: deregistration_delay.timeout_seconds=30
spec:
  ingressClassName: alb
  rules:
    - http:
        paths:
          - path: /
            pathType: Prefix
            backend:
              service:
                name: web
                port:
                  number: 80`);
  writeFileSync(file, docs.join('\n---\n') + '\n');
  return file;
}

/** The loopback URL of the ALB of Ingress `web`, once the load balancer controller made it. */
export async function albUrl(h: Harness, ingress = 'web'): Promise<string> {
  await h.kube.sim.until(() => !!h.kube.sim.lbc?.loadBalancerOf('default', ingress));
  await h.clock.sleep(1);
  return (await h.kube.sim.albUrl('default', ingress)) ?? '';
}

/**
 * What the cluster holds now, for assertions: a Deployment, its replicas and first container's image, a
 * Service's selector (the live Service `web` unless named). `h` returns the test's current harness.
 */
export function clusterReads(h: () => Harness) {
  const dep = (name: string): Deployment | undefined =>
    h().kube.objects.get('Deployment', 'default', name) as Deployment | undefined;
  return {
    dep,
    replicas: (name: string): number | undefined => dep(name)?.spec?.replicas,
    image: (name: string): string | undefined => dep(name)?.spec?.template?.spec?.containers?.[0]?.image,
    selector: (name = 'web'): Record<string, string> | undefined =>
      (h().kube.objects.get('Service', 'default', name) as Service | undefined)?.spec?.selector,
  };
}

/** The timeline's lines of these phases as users read them: `level phase: message`. */
export const timelineLines = (events: readonly TimelineEvent[], ...phases: string[]): string[] =>
  events.filter((e) => phases.includes(e.phase)).map((e) => `${e.level} ${e.phase}: ${e.message}`);

/** Canary settings for the fast canary tests: steps of 6 s (virtual) unless a step says, probes every 2 s, abort after 2 failures in a row. */
export function canaryOf(steps: string, over: Partial<CanarySettings> = {}): CanarySettings {
  return {
    steps: parseCanarySteps('steps', steps, 6_000),
    analysisIntervalMs: 2_000,
    failureLimit: 2,
    action: 'run',
    ...over,
  };
}
