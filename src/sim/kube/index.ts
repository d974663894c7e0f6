import { writeFile } from 'node:fs/promises';
import { stringify as toYaml } from 'yaml';
import type { Clock } from '../../lib/clock.js';
import { realClock } from '../../lib/clock.js';
import type { AdmissionDenial, FaultSpec, ForbidRule, RequestRecord } from './apiserver.js';
import { ApiServer } from './apiserver.js';
import type { TestCredential } from './auth.js';
import type { EksRequestRecord } from './eks.js';
import { EksControlPlane } from './eks.js';
import { Registry } from './registry.js';
import { Elbv2Api, type Elbv2RequestRecord } from '../aws/elbv2/api.js';
import { byKind, crdObject } from './resources.js';
import { parseLabelSelector } from './selectors.js';
import { Simulator } from './simulator.js';
import { GATEWAY_CLASS, GATEWAY_CONTROLLER } from './gateway-api.js';
import { Store } from './store.js';
import { makeSimTls } from '../tls.js';
import type { KubeObject } from './types.js';
import { seededRandom } from '../random.js';

export type { Behaviour } from './behaviour.js';
export { parseBehaviourTag, versionFromTag } from './behaviour.js';
export type { TrafficLog, TrafficSample } from './backend.js';
export type { AdmissionDenial, FaultSpec, ForbidRule, RequestRecord } from './apiserver.js';
export type { TestCredential } from './auth.js';
export { verifyEksToken, AuthError } from './auth.js';
export type { KubeObject } from './types.js';
export type { Simulator } from './simulator.js';
export type { EksRequestRecord } from './eks.js';
export type { Elbv2RequestRecord } from '../aws/elbv2/api.js';
export type { LoadBalancerController } from './lbc.js';
export type { GatewayApiController, GatewaySample } from './gateway-api.js';
export { GATEWAY_CLASS, GATEWAY_CONTROLLER } from './gateway-api.js';

/** The AWS test credentials the emulator knows unless told otherwise (never valid anywhere real). */
export const TEST_CREDENTIALS: TestCredential[] = [
  { accessKeyId: 'AKIAKEELSONTEST00001', secretAccessKey: 'keelsonTestSecretKey/0000000000000000000001' },
];

/** The static bearer token accepted unless `staticTokens` says otherwise. */
export const TEST_TOKEN = 'keelson-emulator-admin-token';

export interface KubeEmulatorOptions {
  /** Drives every controller, readiness delay, back-off, latency and token expiry. Default: the wall clock. */
  clock?: Clock;
  clusterName?: string;
  region?: string;
  /** AWS keys whose EKS tokens are accepted (and that may call the EKS API). Default TEST_CREDENTIALS. */
  credentials?: TestCredential[];
  /** Bearer tokens accepted as cluster-admin. Default [TEST_TOKEN]. */
  staticTokens?: string[];
  /** Serve HTTPS with a CA and server certificate (localhost, 127.0.0.1) generated at start-up. */
  tls?: boolean;
  /** Emulator milliseconds between controller passes (default 1000). */
  tickMs?: number;
  /** Seed for the error-injection PRNG (default 1). */
  seed?: number;
  /** Namespaces to create besides default, kube-system, kube-public and kube-node-lease. */
  namespaces?: string[];
  /** Kubernetes version reported by /version and DescribeCluster (default v1.31.4-eks-keelson). */
  gitVersion?: string;
  /** kube-proxy's delay in programming an EndpointSlice change (default 1000 ms). */
  endpointPropagationMs?: number;
  /**
   * Install the AWS Load Balancer Controller (its TargetGroupBinding CRD, the `alb` IngressClass, the pod
   * webhook) with ALBs on loopback and the ELBv2 API at `elbv2Endpoint`. Lag: from a change to the load
   * balancer (default 2000 ms); registration: ELB's registration before health checks (default 3000 ms).
   */
  awsLoadBalancerController?: boolean | { reconcileLagMs?: number; registrationMs?: number };
  /**
   * Install the Gateway API (its standard CRDs: GatewayClass, Gateway, HTTPRoute) and a controller for the
   * GatewayClass `keelson-sim`, whose Gateways listen on loopback. Lag: from a change to the status and the
   * listeners' routing (default 2000 ms).
   */
  gatewayApi?: boolean | { reconcileLagMs?: number };
}

export interface ObjectsView {
  get(kind: string, namespace: string | undefined, name: string): KubeObject | undefined;
  list(kind: string, namespace?: string, labelSelector?: string): KubeObject[];
  /** Create an object directly (as the `test` field manager), bypassing HTTP but not validation. */
  create(obj: KubeObject): KubeObject;
}

export interface KubeEmulator {
  /** API server base URL (http, or https when `tls`). */
  url: string;
  /** Base64 PEM of the CA that signed the server certificate (kubeconfig certificate-authority-data). */
  caData?: string;
  /** The CA as PEM text, for https.Agent({ ca }). */
  caPem?: string;
  /** A valid static bearer token. */
  token: string;
  clusterName: string;
  region: string;
  /** Endpoint for @aws-sdk/client-eks (`new EKSClient({ endpoint })`). */
  eksEndpoint: string;
  credentials: TestCredential[];
  sim: Simulator;
  /** Endpoint for @aws-sdk/client-elastic-load-balancing-v2, when the load balancer controller is installed. */
  elbv2Endpoint?: string;
  readonly elbv2Requests: Elbv2RequestRecord[];
  inject(fault: FaultSpec): void;
  /** Take an RBAC permission away: matching requests answer 403 Forbidden, as the authorizer words it. */
  forbid(rule: ForbidRule): void;
  /** Install a validating admission webhook that rejects matching writes (dry runs too). */
  denyAdmission(denial: AdmissionDenial): void;
  /** Drop every forbid and admission denial. */
  allowAll(): void;
  /**
   * Records every `spec.replicas` each Deployment of `namespace` has from now on (every stored write):
   * `low(name)` is the lowest seen, including the value at the start.
   */
  trackReplicas(namespace: string): { low(name: string): number | undefined; stop(): void };
  /**
   * The control plane cannot reach this pod port (an EKS cluster security group without the rule): the API
   * server's service and pod proxy to it times out and answers 503 `error trying to reach service: dial tcp …`.
   */
  blockControlPlaneTo(
    port: number,
    opts?: {
      /** How long the dial hangs before the 503 (default 30 s, kube-apiserver's; a proxy in front may hold it longer). */
      dialTimeoutMs?: number;
    },
  ): void;
  /** Reset/refuse every connection for `ms` of emulator time. */
  outage(ms: number): void;
  /** Accept `token` as cluster-admin, logged as `user` (to tell two clients apart in `requests`). */
  addToken(token: string, user: string): void;
  /** Cut off the client using `token` for `ms` of emulator time: its requests are reset and never arrive. */
  partition(token: string, ms: number): void;
  /** Client connections to the API server open right now: a client that was closed leaves none behind. */
  readonly openConnections: number;
  /** Every API request, in arrival order (live array). */
  readonly requests: RequestRecord[];
  readonly eksRequests: EksRequestRecord[];
  clearRequests(): void;
  objects: ObjectsView;
  /** Write a kubeconfig (static token unless `token` is given) for kubectl-like clients. */
  writeKubeconfig(path: string, opts?: { token?: string; namespace?: string }): Promise<void>;
  close(): Promise<void>;
}

export async function startKubeEmulator(opts: KubeEmulatorOptions = {}): Promise<KubeEmulator> {
  const clock = opts.clock ?? realClock;
  const clusterName = opts.clusterName ?? 'keelson-test';
  const region = opts.region ?? 'us-east-1';
  const credentials = opts.credentials ?? TEST_CREDENTIALS;
  const staticTokens = opts.staticTokens ?? [TEST_TOKEN];
  const gitVersion = opts.gitVersion ?? 'v1.31.4-eks-keelson';
  // A CA and server certificate made for this emulator alone; the CA's key is discarded at once.
  const made = opts.tls ? makeSimTls() : undefined;
  const tls = made ? { key: made.key, cert: made.cert } : undefined;
  const caPem = made?.caPem;
  const caData = caPem ? Buffer.from(caPem, 'utf8').toString('base64') : undefined;

  const store = new Store();
  const names = seededRandom((opts.seed ?? 1) ^ 0x9e3779b9);
  const registry = new Registry(store, clock, names);
  const lbcOpts = opts.awsLoadBalancerController;
  const sim = new Simulator({
    clock,
    registry,
    region,
    tickMs: opts.tickMs ?? 1000,
    seed: opts.seed ?? 1,
    endpointPropagationMs: opts.endpointPropagationMs,
    lbc: lbcOpts ? { clusterName, ...(typeof lbcOpts === 'object' ? lbcOpts : {}) } : undefined,
    gatewayApi: opts.gatewayApi ? (typeof opts.gatewayApi === 'object' ? opts.gatewayApi : {}) : undefined,
  });
  const nsRt = byKind('Namespace');
  for (const ns of ['default', 'kube-system', 'kube-public', 'kube-node-lease', ...(opts.namespaces ?? [])]) {
    registry.create(
      nsRt,
      undefined,
      { apiVersion: 'v1', kind: 'Namespace', metadata: { name: ns } },
      { manager: 'kube-apiserver' },
    );
  }
  registry.create(
    byKind('Service'),
    'default',
    {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name: 'kubernetes', labels: { component: 'apiserver', provider: 'kubernetes' } },
      spec: { ports: [{ name: 'https', port: 443, targetPort: 443, protocol: 'TCP' }] },
    },
    { manager: 'kube-apiserver' },
  );

  const api = new ApiServer({
    clock,
    registry,
    sim,
    clusterName,
    credentials,
    staticTokens,
    tls,
    gitVersion,
  });
  const url = await api.start();
  const eks = new EksControlPlane(
    {
      name: clusterName,
      region,
      endpoint: () => url,
      caData:
        caData ??
        Buffer.from('-----BEGIN CERTIFICATE-----\nnot-used-over-http\n-----END CERTIFICATE-----\n').toString(
          'base64',
        ),
      version: /^v(\d+\.\d+)/.exec(gitVersion)?.[1] ?? '1.31',
      createdAt: clock.now(),
    },
    credentials,
  );
  const eksEndpoint = await eks.start();
  let elbv2Api: Elbv2Api | undefined;
  if (sim.elbv2) {
    // What installing the controller leaves in the cluster: its CRD and IngressClass.
    registry.create(byKind('CustomResourceDefinition'), undefined, crdObject(byKind('TargetGroupBinding')), {
      manager: 'helm',
    });
    registry.create(
      byKind('IngressClass'),
      undefined,
      {
        apiVersion: 'networking.k8s.io/v1',
        kind: 'IngressClass',
        metadata: { name: 'alb', labels: { 'app.kubernetes.io/name': 'aws-load-balancer-controller' } },
        spec: { controller: 'ingress.k8s.aws/alb' },
      },
      { manager: 'helm' },
    );
    elbv2Api = new Elbv2Api(clock, sim.elbv2, credentials);
    await elbv2Api.start();
  }
  if (sim.gateways) {
    // What installing the Gateway API's standard channel and an implementation leaves in the cluster.
    for (const kind of ['GatewayClass', 'Gateway', 'HTTPRoute'])
      registry.create(byKind('CustomResourceDefinition'), undefined, crdObject(byKind(kind)), {
        manager: 'kubectl',
      });
    registry.create(
      byKind('GatewayClass'),
      undefined,
      {
        apiVersion: 'gateway.networking.k8s.io/v1',
        kind: 'GatewayClass',
        metadata: { name: GATEWAY_CLASS },
        spec: { controllerName: GATEWAY_CONTROLLER },
      },
      { manager: 'helm' },
    );
  }
  await sim.start();

  const objects: ObjectsView = {
    get: (kind, namespace, name) => registry.find(byKind(kind), namespace, name),
    list: (kind, namespace, selector) =>
      registry.list(byKind(kind), namespace, { labels: parseLabelSelector(selector ?? '') }),
    create: (obj) => {
      const rt = byKind(obj.kind ?? '');
      return registry.create(rt, obj.metadata.namespace ?? (rt.namespaced ? 'default' : undefined), obj, {
        manager: 'test',
      });
    },
  };

  let closed = false;
  return {
    url,
    caData,
    caPem,
    token: staticTokens[0] ?? '',
    clusterName,
    region,
    eksEndpoint,
    elbv2Endpoint: elbv2Api?.url,
    get elbv2Requests() {
      return elbv2Api?.requests ?? [];
    },
    credentials,
    sim,
    inject: (f) => api.inject(f),
    forbid: (r) => api.forbidden.push(r),
    denyAdmission: (d) => api.denials.push(d),
    blockControlPlaneTo: (port, o = {}) => {
      api.unreachablePorts.add(port);
      if (o.dialTimeoutMs !== undefined) api.proxyDialTimeoutMs = o.dialTimeoutMs;
    },
    trackReplicas: (namespace) => {
      const lows = new Map<string, number>();
      const seen = (o: KubeObject): void => {
        const n = (o.spec as { replicas?: number } | undefined)?.replicas;
        const name = o.metadata.name ?? '';
        if (typeof n === 'number') lows.set(name, Math.min(n, lows.get(name) ?? Infinity));
      };
      const rt = byKind('Deployment');
      for (const d of registry.list(rt, namespace)) seen(d);
      const stop = store.subscribe((e) => {
        if (e.rt === rt && e.type !== 'DELETED' && e.object.metadata.namespace === namespace) seen(e.object);
      });
      return { low: (name) => lows.get(name), stop };
    },
    allowAll: () => {
      api.forbidden.length = 0;
      api.denials.length = 0;
    },
    outage: (ms) => api.outage(ms),
    addToken: (token, user) => api.namedTokens.set(token, user),
    partition: (token, ms) => api.partition(token, ms),
    get openConnections() {
      return api.openConnections;
    },
    get requests() {
      return api.requests;
    },
    get eksRequests() {
      return eks.requests;
    },
    clearRequests: () => {
      api.requests.length = 0;
      eks.requests.length = 0;
    },
    objects,
    writeKubeconfig: async (path, o = {}) => {
      const cluster: Record<string, string> = { server: url };
      if (caData) cluster['certificate-authority-data'] = caData;
      const config = {
        apiVersion: 'v1',
        kind: 'Config',
        clusters: [{ name: clusterName, cluster }],
        users: [{ name: `${clusterName}-admin`, user: { token: o.token ?? staticTokens[0] ?? '' } }],
        contexts: [
          {
            name: clusterName,
            context: {
              cluster: clusterName,
              user: `${clusterName}-admin`,
              ...(o.namespace ? { namespace: o.namespace } : {}),
            },
          },
        ],
        'current-context': clusterName,
        preferences: {},
      };
      await writeFile(path, toYaml(config), { mode: 0o600 });
    },
    close: async () => {
      if (closed) return;
      closed = true;
      await sim.stop();
      await api.close();
      await eks.close();
      await elbv2Api?.close();
    },
  };
}
