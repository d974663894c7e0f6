import { createHash } from 'node:crypto';
import type { Clock } from '../../lib/clock.js';
import type { Behaviour } from './behaviour.js';
import { BehaviourRegistry, imageTag, versionFromTag } from './behaviour.js';
import type { PodTarget, TrafficLog } from './backend.js';
import { DataPlane, PodRefused } from './backend.js';
import type { Registry } from './registry.js';
import { RESOURCES, byKind } from './resources.js';
import { AlbDataPlane } from '../aws/elbv2/listener.js';
import { Elbv2 } from '../aws/elbv2/model.js';
import { HpaController } from './hpa.js';
import { LoadBalancerController } from './lbc.js';
import { GatewayApiController } from './gateway-api.js';
import { matchesSelector } from './selectors.js';
import { notFound } from './errors.js';
import { ProcessImages, startProcess, type ProcessMapper, type RunningProcess } from './processes.js';
import type {
  Condition,
  Container,
  ContainerStatus,
  Deployment,
  EndpointSlice,
  Job,
  KubeObject,
  LabelSelector,
  OwnerReference,
  Pod,
  PodTemplateSpec,
  ReplicaSet,
  Service,
} from './types.js';
import { clone, isoSeconds, jsonEqual, stableStringify } from './types.js';
import { seededRandom } from '../random.js';

const CONTROLLER = 'kube-controller-manager';
const REVISION = 'deployment.kubernetes.io/revision';
const HASH_LABEL = 'pod-template-hash';
const SAFE = 'bcdfghjklmnpqrstvwxz2456789';
const NODES = ['ip-10-0-1-17.ec2.internal', 'ip-10-0-2-34.ec2.internal', 'ip-10-0-3-51.ec2.internal'];
/** Pod condition types the kubelet owns; any other condition (a readiness gate's) is kept as written. */
const KUBELET_CONDITIONS = new Set([
  'PodReadyToStartContainers',
  'Initialized',
  'Ready',
  'ContainersReady',
  'PodScheduled',
]);

interface ContainerRun {
  name: string;
  image: string;
  behaviour: Behaviour;
  hasProbe: boolean;
  probeDelayMs: number;
  env: Record<string, string>;
  state: 'creating' | 'pullerror' | 'running' | 'backoff' | 'terminated';
  waitingReason: string;
  waitingMessage?: string;
  startedAt?: number;
  readyAt: number;
  exitAt: number;
  nextAt: number;
  ready: boolean;
  restarts: number;
  containerId: string;
  last?: { exitCode: number; reason: string; startedAt: number; finishedAt: number; containerId: string };
  done?: { exitCode: number; reason: string; startedAt: number; finishedAt: number; containerId: string };
  logs: string[];
  previousLogs: string[];
  /** The container spec (env references are resolved when a real process starts). */
  spec: Container;
  /** A real process (sim.process) and its exit code once it ended. */
  proc?: RunningProcess;
  procExit?: number;
}

interface PodRun {
  uid: string;
  ns: string;
  name: string;
  nodeName: string;
  podIP: string;
  scheduledAt: number;
  restartPolicy: string;
  containers: ContainerRun[];
  readySince?: number;
  readyChangedAt: number;
  terminatingSeen?: number;
  /** End of the preStop hook: SIGTERM, the app stops taking new requests and exits once idle. */
  preStopEnd?: number;
  sigterm?: boolean;
  /** SIGKILL: terminationGracePeriodSeconds after the deletion. */
  graceEnd?: number;
  removeAt?: number;
}

export interface Node {
  name: string;
  ip: string;
  /** Cordoned: the scheduler puts no new pod there. */
  unschedulable: boolean;
}

export interface SimulatorOptions {
  clock: Clock;
  registry: Registry;
  region: string;
  /** Emulator milliseconds between controller passes. */
  tickMs: number;
  seed: number;
  /** How long kube-proxy takes to program an EndpointSlice change on the nodes (default 1000 ms). */
  endpointPropagationMs?: number;
  /** Run the AWS Load Balancer Controller and the ALBs it makes. */
  lbc?: { clusterName: string; reconcileLagMs?: number; registrationMs?: number };
  /** Run a Gateway API controller (GatewayClass `keelson-sim`) with its Gateways' listeners on loopback. */
  gatewayApi?: { reconcileLagMs?: number };
}

/** The seconds a container's preStop hook holds the pod before SIGTERM (`sleep N` exec hooks, the sleep action). */
export function preStopSeconds(c: Container): number {
  const preStop = (c.lifecycle as { preStop?: Record<string, unknown> } | undefined)?.preStop;
  if (!preStop) return 0;
  const sleep = preStop.sleep as { seconds?: unknown } | undefined;
  if (typeof sleep?.seconds === 'number') return sleep.seconds;
  const command = (preStop.exec as { command?: unknown } | undefined)?.command;
  if (Array.isArray(command)) {
    const text = command.map(String).join(' ');
    const m = /(?:^|[\s;&|/])sleep\s+(\d+(?:\.\d+)?)/.exec(text);
    if (m) return Number(m[1]);
  }
  return 0;
}

/** fnv-32a, as the deployment controller hashes pod templates. */
function fnv32a(text: string): number {
  let h = 0x811c9dc5;
  for (const b of Buffer.from(text, 'utf8')) {
    h ^= b;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

export function podTemplateHash(template: PodTemplateSpec | undefined, collisionCount = 0): string {
  const digits = String(
    fnv32a(stableStringify(template ?? {}) + (collisionCount ? String(collisionCount) : '')),
  );
  return [...digits].map((c) => SAFE[c.charCodeAt(0) % SAFE.length]).join('');
}

function intOrPercent(v: number | string | undefined, total: number, roundUp: boolean): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'string' && v.endsWith('%')) {
    const x = (Number(v.slice(0, -1)) * total) / 100;
    return roundUp ? Math.ceil(x) : Math.floor(x);
  }
  return 0;
}

function controllerOf(o: KubeObject): OwnerReference | undefined {
  return (o.metadata.ownerReferences ?? []).find((r) => r.controller);
}

function ownerRef(owner: KubeObject): OwnerReference {
  return {
    apiVersion: owner.apiVersion ?? '',
    kind: owner.kind ?? '',
    name: owner.metadata.name ?? '',
    uid: owner.metadata.uid ?? '',
    controller: true,
    blockOwnerDeletion: true,
  };
}

function setCondition(conditions: Condition[], next: Condition, now: string): Condition[] {
  const out = conditions.filter((c) => c.type !== next.type);
  const prev = conditions.find((c) => c.type === next.type);
  const merged: Condition = {
    ...next,
    lastTransitionTime: prev && prev.status === next.status ? prev.lastTransitionTime : now,
  };
  if ('lastUpdateTime' in next) merged.lastUpdateTime = next.lastUpdateTime ?? now;
  const idx = conditions.findIndex((c) => c.type === next.type);
  if (idx >= 0) out.splice(idx, 0, merged);
  else out.push(merged);
  return out;
}

function hex(n: number): string {
  return createHash('sha256').update(String(n)).digest('hex');
}

/**
 * The controllers and kubelet: Deployments → ReplicaSets → Pods with readiness, restarts and per-image
 * behaviour, Jobs, EndpointSlices, Service/Ingress load-balancer status, namespace deletion and garbage
 * collection. State changes are written through the Registry like a real controller would (status
 * subresource, managedFields, events). Runs on the injected Clock.
 */
export class Simulator {
  readonly behaviours = new BehaviourRegistry();
  /** Images whose run-to-completion containers run a real local process (see processes.ts). */
  readonly processes = new ProcessImages();
  readonly dataPlane: DataPlane;
  readonly clock: Clock;
  readonly registry: Registry;
  readonly nodes: Node[] = NODES.map((name, i) => ({
    name,
    ip: `10.0.${i + 1}.${17 * (i + 1)}`,
    unschedulable: false,
  }));
  private readonly random: () => number;
  private readonly hpa: HpaController;
  private readonly propagationMs: number;
  /** Ready endpoints per Service over time: kube-proxy programs each change `propagationMs` after it. */
  private readonly endpointHistory = new Map<string, { at: number; pods: string[] }[]>();
  private sleeper?: AbortController;
  private forceNext = false;
  /** The AWS Load Balancer Controller, the ELBv2 state it drives and the ALBs' listeners (when enabled). */
  readonly lbc?: LoadBalancerController;
  readonly elbv2?: Elbv2;
  readonly alb?: AlbDataPlane;
  /** The Gateway API controller and its Gateways' data plane (when enabled). */
  readonly gateways?: GatewayApiController;
  private sleepingUntil = Infinity;
  private readonly runs = new Map<string, PodRun>();
  private nextPodIP = 10;
  private nextEventSweep = 0;
  private wakeAt = 0;
  private lastRv = -1;
  private lastPass = -Infinity;
  private nodeIndex = 0;
  private containerSeq = 1;
  private stopped = false;
  private reconciling = false;
  private immediate?: NodeJS.Immediate;
  private readonly abort = new AbortController();
  private loop?: Promise<void>;
  private readonly waiters = new Set<() => void>();

  constructor(private readonly opts: SimulatorOptions) {
    this.clock = opts.clock;
    this.registry = opts.registry;
    this.random = seededRandom(opts.seed);
    this.propagationMs = opts.endpointPropagationMs ?? 1000;
    this.dataPlane = new DataPlane(this.clock, {
      pod: (ns, name) => this.podTarget(ns, name),
      endpoints: (ns, svc, port) => this.kubeProxyEndpoints(ns, svc, port),
      serverEndpoints: (ns, svc, port) => this.readyEndpoints(ns, svc, port),
      random: () => this.random(),
      idle: () => this.kick(true),
    });
    this.hpa = new HpaController(this);
    this.registry.onWrite = () => this.kick();
    if (opts.lbc) {
      const elbv2 = new Elbv2(
        this.clock,
        opts.region,
        {
          probe: (t, path, timeoutMs) => this.probeTarget(t, path, timeoutMs),
          changed: () => this.kick(true),
        },
        opts.lbc.registrationMs ?? 3_000,
      );
      this.elbv2 = elbv2;
      const lbc = new LoadBalancerController(this, elbv2, {
        clusterName: opts.lbc.clusterName,
        reconcileLagMs: opts.lbc.reconcileLagMs ?? 2_000,
      });
      this.lbc = lbc;
      this.alb = new AlbDataPlane(this.clock, elbv2, {
        forward: (t, r, timeoutMs) => {
          const pod = this.podByIP(t.id);
          if (!pod) return Promise.reject(new PodRefused(`no pod has IP ${t.id}`));
          return this.dataPlane.requestPod(pod.ns, pod.name, r, timeoutMs);
        },
      });
      this.registry.mutators.push((rt, obj) => {
        if (rt.kind === 'Pod') lbc.mutatePod(obj);
      });
    }
    if (opts.gatewayApi)
      this.gateways = new GatewayApiController(
        this,
        {
          endpoints: (ns, svc, port) => this.kubeProxyEndpoints(ns, svc, port),
          requestPod: (ns, pod, r, timeoutMs) => this.dataPlane.requestPod(ns, pod, r, timeoutMs),
        },
        { reconcileLagMs: opts.gatewayApi.reconcileLagMs ?? 2_000, region: opts.region },
      );
  }

  /** The loopback URL of a Gateway's listener, once the Gateway API controller serves it. */
  async gatewayUrl(ns: string, gateway: string): Promise<string | undefined> {
    const gw = this.registry.find(byKind('Gateway'), ns, gateway);
    return gw && this.gateways ? this.gateways.url(gw) : undefined;
  }

  /** A pod by its IP (what a load balancer target is). */
  podByIP(ip: string): { ns: string; name: string } | undefined {
    for (const r of this.runs.values()) if (r.podIP === ip) return { ns: r.ns, name: r.name };
    return undefined;
  }

  private async probeTarget(
    t: { id: string; port: number },
    path: string,
    timeoutMs: number,
  ): Promise<number | 'refused' | 'timeout'> {
    const pod = this.podByIP(t.id);
    if (!pod) return 'timeout';
    try {
      const r = await this.dataPlane.requestPod(
        pod.ns,
        pod.name,
        { path, headers: { 'user-agent': 'ELB-HealthChecker/2.0' } },
        timeoutMs,
      );
      return r.status;
    } catch (e: unknown) {
      return e instanceof Error && e.name === 'TimeoutError' ? 'timeout' : 'refused';
    }
  }

  /**
   * Where a load balancer's DNS name is reached from this machine: its first listener on loopback (what a client
   * outside the cluster would resolve and connect to), or `http://<dns>` for a name the simulator does not serve.
   */
  loadBalancerUrl(dnsName: string): string {
    const lb = [...(this.elbv2?.loadBalancers.values() ?? [])].find((x) => x.dnsName === dnsName);
    const listener = lb?.listeners[0];
    const alb = listener && this.alb?.urlNow(listener);
    if (alb) return alb;
    const gw = this.gateways?.gatewayByHostname(dnsName);
    return gw ? (this.gateways?.urlNow(gw) ?? `http://${dnsName}`) : `http://${dnsName}`;
  }

  /** The loopback URL of an ALB Ingress's first listener, once the load balancer controller made it. */
  async albUrl(ns: string, ingress: string): Promise<string | undefined> {
    const lb = this.lbc?.loadBalancerOf(ns, ingress);
    const listener = lb?.listeners[0];
    return listener && this.alb ? this.alb.url(listener) : undefined;
  }

  async start(): Promise<void> {
    await this.dataPlane.start();
    this.elbv2?.start();
    this.loop = this.run();
  }

  /**
   * The control loop: sleeps until the next timed transition is due (at most `tickMs` late, at most 10 s), or
   * until a write kicks it; a wake-up earlier than the current sleep cuts the sleep short.
   */
  private async run(): Promise<void> {
    while (!this.stopped) {
      const now = this.clock.now();
      const until = Math.min(this.wakeAt, now + 10_000);
      const ms = Math.max(Math.min(this.opts.tickMs, 50), until - now);
      this.sleeper = new AbortController();
      this.sleepingUntil = now + ms;
      try {
        await this.clock.sleep(ms, this.sleeper.signal);
      } catch {
        if (this.stopped) return;
      }
      this.sleepingUntil = Infinity;
      this.reconcile();
    }
  }

  /** Schedule a controller pass soon (after the current request finishes); `force` even if nothing was written. */
  kick(force = false): void {
    if (force) this.forceNext = true;
    if (this.stopped || this.immediate) return;
    this.immediate = setImmediate(() => {
      this.immediate = undefined;
      const forced = this.forceNext;
      this.forceNext = false;
      if (this.reconciling) {
        this.kick(forced);
        return;
      }
      this.reconcile(forced);
    });
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.abort.abort(new Error('kube emulator closed'));
    this.sleeper?.abort();
    for (const run of this.runs.values()) for (const c of run.containers) c.proc?.kill('SIGKILL');
    if (this.immediate) clearImmediate(this.immediate);
    this.immediate = undefined;
    await this.loop;
    await this.elbv2?.stop();
    await this.alb?.close();
    await this.gateways?.close();
    await this.dataPlane.close();
    for (const w of this.waiters) w();
  }

  // ---- public helpers --------------------------------------------------------------------------------

  /**
   * Run-to-completion containers (Jobs) of `image` (a reference or a repository) run the local process `map`
   * returns for their command, args and resolved env: real output, real exit code, SIGTERM on deletion.
   */
  process(image: string, map: ProcessMapper): void {
    this.processes.register(image, map);
  }

  /** True when the container has ended for good, or its pod is gone (a log follower stops then). */
  containerFinished(ns: string, pod: string, container: string | undefined): boolean {
    const run = [...this.runs.values()].find((r) => r.ns === ns && r.name === pod);
    const c = container ? run?.containers.find((x) => x.name === container) : run?.containers[0];
    return !run || !c || c.state === 'terminated';
  }

  /** Register how an image (full reference, `app:tag`, or bare tag) behaves. */
  behaviour(imageOrTag: string, behaviour: Partial<Behaviour>): void {
    this.behaviours.set(imageOrTag, behaviour);
    // How requests are served (errors, latency, hanging) changes at once in running pods too: a regression
    // that starts under load, after the pods were already Ready.
    const serving: Partial<Behaviour> = {};
    if (behaviour.errorRate !== undefined) serving.errorRate = behaviour.errorRate;
    if (behaviour.latencyMs !== undefined) serving.latencyMs = behaviour.latencyMs;
    if (behaviour.hang !== undefined) serving.hang = behaviour.hang;
    for (const run of this.runs.values()) {
      for (const c of run.containers) {
        if (c.image === imageOrTag || imageTag(c.image) === imageOrTag)
          c.behaviour = { ...c.behaviour, ...serving };
      }
    }
  }

  serviceUrl(ns: string, service: string, port?: string): Promise<string> {
    return this.dataPlane.serviceUrl(ns, service, port);
  }

  /**
   * How many pods kube-proxy sends a Service's new connections to now: its ready endpoints as they were
   * `endpointPropagationMs` ago (a rollout can be complete a moment before its Service serves it).
   */
  serving(ns: string, service: string): number {
    return this.kubeProxyEndpoints(ns, service)?.pods.length ?? 0;
  }

  podUrl(ns: string, pod: string): string {
    return this.dataPlane.podUrl(ns, pod);
  }

  traffic(ns: string, service: string): TrafficLog {
    return this.dataPlane.traffic(ns, service);
  }

  /** Logs of a container (for the pods/log subresource). */
  logs(
    ns: string,
    pod: string,
    container: string | undefined,
    previous: boolean,
  ): { lines: string[] } | { error: string } {
    const run = [...this.runs.values()].find((r) => r.ns === ns && r.name === pod);
    if (!run) return { error: `pods "${pod}" not found` };
    let c: ContainerRun | undefined;
    if (container) c = run.containers.find((x) => x.name === container);
    else if (run.containers.length === 1) c = run.containers[0];
    else
      return {
        error: `a container name must be specified for pod ${pod}, choose one of: [${run.containers.map((x) => x.name).join(' ')}]`,
      };
    if (!c) return { error: `container ${container} is not valid for pod ${pod}` };
    if (previous) {
      if (!c.last) return { error: `previous terminated container "${c.name}" in pod "${pod}" not found` };
      return { lines: c.previousLogs };
    }
    if (c.state === 'creating' || c.state === 'pullerror') {
      return { error: `container "${c.name}" in pod "${pod}" is waiting to start: ${c.waitingReason}` };
    }
    return { lines: c.logs };
  }

  /** Run controller passes now (useful with a ManualClock after advance()). */
  tick(): void {
    this.reconcile(true);
  }

  /** Resolve when `predicate` holds after a controller pass, or reject after `timeoutMs` of emulator time. */
  async until(predicate: () => boolean, timeoutMs = 600_000): Promise<void> {
    const deadline = this.clock.now() + timeoutMs;
    while (!predicate()) {
      if (this.stopped) throw new Error('kube emulator closed');
      if (this.clock.now() > deadline)
        throw new Error(`condition not met within ${timeoutMs} ms of emulator time`);
      await new Promise<void>((resolve) => {
        this.waiters.add(resolve);
        void this.clock.sleep(this.opts.tickMs, this.abort.signal).then(resolve, resolve);
      });
    }
  }

  // ---- reconcile ------------------------------------------------------------------------------------

  /** Schedule the next pass no later than `t` (emulator ms): a timed transition is due then. */
  wake(t: number): void {
    if (t < this.wakeAt) this.wakeAt = t;
    if (t < this.sleepingUntil) this.sleeper?.abort();
  }

  /**
   * One controller pass, repeated until nothing changes. Skipped when nothing was written since the last
   * pass and no timed transition (readiness, crash, back-off, deadline…) is due; a full pass still runs at
   * least every 10 s of emulator time as a safety net.
   */
  reconcile(force = false): void {
    if (this.stopped || this.reconciling) return;
    const now = this.clock.now();
    const idle =
      this.registry.store.resourceVersion === this.lastRv &&
      now < this.wakeAt &&
      now - this.lastPass < 10_000;
    if (!force && idle) {
      this.notifyWaiters();
      return;
    }
    this.reconciling = true;
    this.wakeAt = Infinity;
    this.lastPass = now;
    try {
      for (let i = 0; i < 12; i++) {
        const before = this.registry.store.resourceVersion;
        this.namespaces();
        this.garbageCollect();
        this.deployments();
        this.replicaSets();
        this.jobs();
        this.kubelet();
        this.endpointSlices();
        this.recordEndpoints();
        this.disruptionBudgets();
        this.customResourceDefinitions();
        this.hpa.reconcile();
        this.lbc?.reconcile();
        this.gateways?.reconcile();
        if (this.alb && this.elbv2)
          for (const lb of this.elbv2.loadBalancers.values())
            for (const l of lb.listeners) this.alb.ensure(l);
        this.loadBalancers();
        if (this.registry.store.resourceVersion === before) break;
      }
    } finally {
      this.reconciling = false;
      this.lastRv = this.registry.store.resourceVersion;
    }
    this.notifyWaiters();
  }

  private notifyWaiters(): void {
    const waiters = [...this.waiters];
    this.waiters.clear();
    for (const w of waiters) w();
  }

  /** The stored objects, not copies: clone before changing one (see Store.listShared). */
  list<T extends KubeObject>(kind: string, ns?: string): T[] {
    return [...this.registry.listShared(byKind(kind), ns)] as T[];
  }

  private now(): string {
    return isoSeconds(this.clock.now());
  }

  tryWrite(fn: () => void): void {
    try {
      fn();
    } catch (e: unknown) {
      // a concurrent write won (409) or the object went away (404): the next pass retries, like a controller
      if (process.env.KUBE_EMULATOR_DEBUG) console.error('kube emulator controller:', e);
    }
  }

  writeStatus(kind: string, obj: KubeObject, status: unknown, manager = CONTROLLER): void {
    if (jsonEqual(obj.status, status)) return;
    this.tryWrite(() => {
      this.registry.update(
        byKind(kind),
        obj.metadata.namespace,
        obj.metadata.name ?? '',
        { ...obj, status },
        { manager, subresource: 'status' },
      );
    });
  }

  event(
    obj: KubeObject,
    type: 'Normal' | 'Warning',
    reason: string,
    message: string,
    component: string,
  ): void {
    this.registry.recordEvent(obj, type, reason, message, component);
  }

  // ---- namespace controller and garbage collector ---------------------------------------------------

  private namespaces(): void {
    for (const ns of this.list('Namespace')) {
      if (!ns.metadata.deletionTimestamp) continue;
      const name = ns.metadata.name ?? '';
      for (const rt of RESOURCES) {
        if (!rt.namespaced) continue;
        for (const o of this.registry.list(rt, name)) this.registry.finalize(rt, name, o.metadata.name ?? '');
      }
      for (const [uid, run] of this.runs) if (run.ns === name) this.runs.delete(uid);
      this.registry.finalize(byKind('Namespace'), undefined, name);
    }
  }

  private garbageCollect(): void {
    // events live for an hour (kube-apiserver --event-ttl)
    this.wake(Math.max(this.nextEventSweep, this.clock.now() + 60_000));
    if (this.clock.now() >= this.nextEventSweep) {
      this.nextEventSweep = this.clock.now() + 60_000;
      const evRt = byKind('Event');
      for (const e of this.list('Event')) {
        const last = typeof e.lastTimestamp === 'string' ? Date.parse(e.lastTimestamp) : NaN;
        if (!Number.isNaN(last) && last + 3_600_000 < this.clock.now()) {
          this.registry.finalize(evRt, e.metadata.namespace, e.metadata.name ?? '');
        }
      }
    }
    const uids = new Set<string>();
    for (const kind of ['Deployment', 'ReplicaSet', 'Job', 'Service', 'Pod']) {
      for (const o of this.list(kind)) uids.add(o.metadata.uid ?? '');
    }
    const known = new Set(['Deployment', 'ReplicaSet', 'Job', 'Service', 'Pod']);
    for (const kind of ['ReplicaSet', 'Pod', 'EndpointSlice', 'Job']) {
      const rt = byKind(kind);
      for (const o of this.list(kind)) {
        const refs = (o.metadata.ownerReferences ?? []).filter((r) => known.has(r.kind));
        if (refs.length === 0 || o.metadata.deletionTimestamp) continue;
        if (refs.every((r) => !uids.has(r.uid))) {
          this.tryWrite(() =>
            this.registry.delete(rt, o.metadata.namespace, o.metadata.name ?? '', {
              propagationPolicy: 'Background',
            }),
          );
        }
      }
    }
  }

  // ---- deployment controller ------------------------------------------------------------------------

  private deployments(): void {
    for (const d of this.list<Deployment>('Deployment')) {
      if (d.metadata.deletionTimestamp) continue;
      this.tryWrite(() => this.syncDeployment(clone(d)));
    }
  }

  private ownedBy<T extends KubeObject>(kind: string, owner: KubeObject): T[] {
    return this.list<T>(kind, owner.metadata.namespace).filter(
      (o) => controllerOf(o)?.uid === owner.metadata.uid,
    );
  }

  private syncDeployment(d: Deployment): void {
    const ns = d.metadata.namespace ?? '';
    const rsRt = byKind('ReplicaSet');
    const rss = this.ownedBy<ReplicaSet>('ReplicaSet', d).map((rs) => clone(rs));
    const template = clone(d.spec.template);
    const hash = podTemplateHash(template, d.status?.collisionCount);
    let newRS = rss.find((rs) => rs.metadata.labels?.[HASH_LABEL] === hash);
    const olds = rss.filter((rs) => rs !== newRS);
    const maxRevision = Math.max(0, ...olds.map((rs) => Number(rs.metadata.annotations?.[REVISION] ?? '0')));
    const replicas = d.spec.replicas ?? 1;
    const strategy = d.spec.strategy?.type ?? 'RollingUpdate';
    const maxSurge =
      strategy === 'RollingUpdate'
        ? intOrPercent(d.spec.strategy?.rollingUpdate?.maxSurge, replicas, true)
        : 0;
    let maxUnavailable =
      strategy === 'RollingUpdate'
        ? intOrPercent(d.spec.strategy?.rollingUpdate?.maxUnavailable, replicas, false)
        : 0;
    if (strategy === 'RollingUpdate' && maxSurge === 0 && maxUnavailable === 0) maxUnavailable = 1;
    if (maxUnavailable > replicas) maxUnavailable = replicas;
    const annotations = {
      [REVISION]: String(maxRevision + 1),
      'deployment.kubernetes.io/desired-replicas': String(replicas),
      'deployment.kubernetes.io/max-replicas': String(replicas + maxSurge),
    };
    let created = false;

    if (!d.spec.paused && !newRS) {
      const labels = { ...(template.metadata?.labels ?? {}), [HASH_LABEL]: hash };
      let initial = 0;
      if (strategy === 'RollingUpdate') {
        const total = olds.reduce((n, rs) => n + (rs.spec.replicas ?? 0), 0);
        initial = Math.max(0, Math.min(replicas, replicas + maxSurge - total));
      } else if (olds.every((rs) => (rs.spec.replicas ?? 0) === 0 && (rs.status?.replicas ?? 0) === 0))
        initial = replicas;
      const rs: ReplicaSet = {
        apiVersion: 'apps/v1',
        kind: 'ReplicaSet',
        metadata: {
          name: `${d.metadata.name}-${hash}`,
          namespace: ns,
          labels,
          annotations: { ...annotations },
          ownerReferences: [ownerRef(d)],
        },
        spec: {
          replicas: initial,
          minReadySeconds: d.spec.minReadySeconds ?? 0,
          selector: {
            ...d.spec.selector,
            matchLabels: { ...(d.spec.selector.matchLabels ?? {}), [HASH_LABEL]: hash },
          },
          template: { ...template, metadata: { ...template.metadata, labels } },
        },
      };
      newRS = this.registry.create(rsRt, ns, rs, { manager: CONTROLLER }) as ReplicaSet;
      created = true;
      if (initial > 0)
        this.event(
          d,
          'Normal',
          'ScalingReplicaSet',
          `Scaled up replica set ${rs.metadata.name} from 0 to ${initial}`,
          'deployment-controller',
        );
    } else if (newRS && !d.spec.paused) {
      const rev = Number(newRS.metadata.annotations?.[REVISION] ?? '0');
      const want = {
        ...newRS.metadata.annotations,
        ...annotations,
        [REVISION]: rev > maxRevision ? String(rev) : String(maxRevision + 1),
      };
      if (
        !jsonEqual(want, newRS.metadata.annotations) ||
        (newRS.spec.minReadySeconds ?? 0) !== (d.spec.minReadySeconds ?? 0)
      ) {
        newRS.metadata.annotations = want;
        newRS.spec.minReadySeconds = d.spec.minReadySeconds ?? 0;
        newRS = this.registry.update(rsRt, ns, newRS.metadata.name ?? '', newRS, {
          manager: CONTROLLER,
        }) as ReplicaSet;
      }
    }

    // the Deployment carries the revision of its newest ReplicaSet (kubectl rollout undo/history rely on it)
    const revision = newRS?.metadata.annotations?.[REVISION];
    if (revision && d.metadata.annotations?.[REVISION] !== revision) {
      d.metadata.annotations = { ...d.metadata.annotations, [REVISION]: revision };
      Object.assign(
        d,
        this.registry.update(byKind('Deployment'), ns, d.metadata.name ?? '', d, { manager: CONTROLLER }),
      );
    }

    const scale = (rs: ReplicaSet, to: number): void => {
      const from = rs.spec.replicas ?? 0;
      if (from === to) return;
      rs.spec.replicas = to;
      rs.metadata.annotations = {
        ...rs.metadata.annotations,
        'deployment.kubernetes.io/desired-replicas': String(replicas),
        'deployment.kubernetes.io/max-replicas': String(replicas + maxSurge),
      };
      const updated = this.registry.update(rsRt, ns, rs.metadata.name ?? '', rs, {
        manager: CONTROLLER,
      }) as ReplicaSet;
      Object.assign(rs, updated);
      this.event(
        d,
        'Normal',
        'ScalingReplicaSet',
        `Scaled ${to > from ? 'up' : 'down'} replica set ${rs.metadata.name} from ${from} to ${to}`,
        'deployment-controller',
      );
    };

    if (!d.spec.paused && newRS) {
      const all = [newRS, ...olds];
      if (strategy === 'Recreate') {
        for (const rs of olds) scale(rs, 0);
        const oldPods = olds.reduce((n, rs) => n + this.ownedBy<Pod>('Pod', rs).length, 0);
        if (oldPods === 0) scale(newRS, replicas);
      } else {
        // reconcileNewReplicaSet
        const cur = newRS.spec.replicas ?? 0;
        if (cur > replicas) scale(newRS, replicas);
        else if (cur < replicas) {
          const total = all.reduce((n, rs) => n + (rs.spec.replicas ?? 0), 0);
          const up = Math.min(replicas + maxSurge - total, replicas - cur);
          if (up > 0) scale(newRS, cur + up);
        }
        // reconcileOldReplicaSets
        const allPods = all.reduce((n, rs) => n + (rs.status?.replicas ?? 0), 0);
        const minAvailable = replicas - maxUnavailable;
        const newUnavailable = (newRS.spec.replicas ?? 0) - (newRS.status?.availableReplicas ?? 0);
        let maxScaledDown = allPods - minAvailable - newUnavailable;
        const oldest = [...olds].sort((a, b) =>
          (a.metadata.creationTimestamp ?? '').localeCompare(b.metadata.creationTimestamp ?? ''),
        );
        if (maxScaledDown > 0) {
          // cleanupUnhealthyReplicas
          for (const rs of oldest) {
            if (maxScaledDown <= 0) break;
            const target = rs.spec.replicas ?? 0;
            const unhealthy = target - (rs.status?.availableReplicas ?? 0);
            if (target === 0 || unhealthy <= 0) continue;
            const down = Math.min(maxScaledDown, unhealthy);
            scale(rs, target - down);
            maxScaledDown -= down;
          }
          // scaleDownOldReplicaSetsForRollingUpdate
          const available = all.reduce((n, rs) => n + (rs.status?.availableReplicas ?? 0), 0);
          let budget = available - minAvailable;
          for (const rs of oldest) {
            if (budget <= 0) break;
            const target = rs.spec.replicas ?? 0;
            if (target === 0) continue;
            const down = Math.min(target, budget);
            scale(rs, target - down);
            budget -= down;
          }
        }
      }
      // cleanupDeployment: old ReplicaSets beyond revisionHistoryLimit
      const limit = d.spec.revisionHistoryLimit ?? 10;
      const idle = olds
        .filter(
          (rs) =>
            (rs.spec.replicas ?? 0) === 0 &&
            (rs.status?.replicas ?? 0) === 0 &&
            !rs.metadata.deletionTimestamp,
        )
        .sort(
          (a, b) =>
            Number(a.metadata.annotations?.[REVISION] ?? 0) - Number(b.metadata.annotations?.[REVISION] ?? 0),
        );
      for (const rs of idle.slice(0, Math.max(0, idle.length - limit))) {
        this.registry.delete(rsRt, ns, rs.metadata.name ?? '', {});
      }
    }

    this.syncDeploymentStatus(d, newRS, olds, maxUnavailable, created);
  }

  private syncDeploymentStatus(
    d: Deployment,
    newRS: ReplicaSet | undefined,
    olds: ReplicaSet[],
    maxUnavailable: number,
    created: boolean,
  ): void {
    const all = [...(newRS ? [newRS] : []), ...olds];
    const replicas = d.spec.replicas ?? 1;
    const sum = (f: (rs: ReplicaSet) => number): number => all.reduce((n, rs) => n + f(rs), 0);
    const prev = d.status ?? {};
    const specTotal = sum((rs) => rs.spec.replicas ?? 0);
    const available = sum((rs) => rs.status?.availableReplicas ?? 0);
    const status: NonNullable<Deployment['status']> = {
      observedGeneration: d.metadata.generation,
      replicas: sum((rs) => rs.status?.replicas ?? 0),
      updatedReplicas: newRS?.status?.replicas ?? 0,
      readyReplicas: sum((rs) => rs.status?.readyReplicas ?? 0),
      availableReplicas: available,
      unavailableReplicas: Math.max(0, specTotal - available),
      ...(prev.collisionCount ? { collisionCount: prev.collisionCount } : {}),
    };
    const now = this.now();
    let conditions = [...(prev.conditions ?? [])];
    conditions = setCondition(
      conditions,
      available >= replicas - maxUnavailable
        ? {
            type: 'Available',
            status: 'True',
            reason: 'MinimumReplicasAvailable',
            message: 'Deployment has minimum availability.',
            lastUpdateTime: now,
          }
        : {
            type: 'Available',
            status: 'False',
            reason: 'MinimumReplicasUnavailable',
            message: 'Deployment does not have minimum availability.',
            lastUpdateTime: now,
          },
      now,
    );
    const prevAvail = (prev.conditions ?? []).find((c) => c.type === 'Available');
    const nextAvail = conditions.find((c) => c.type === 'Available');
    if (
      prevAvail &&
      nextAvail &&
      prevAvail.status === nextAvail.status &&
      prevAvail.reason === nextAvail.reason
    ) {
      nextAvail.lastUpdateTime = prevAvail.lastUpdateTime;
    }
    const rsName = newRS?.metadata.name ?? '';
    const progressing = (prev.conditions ?? []).find((c) => c.type === 'Progressing');
    const setProgressing = (c: Condition): void => {
      conditions = setCondition(conditions, c, now);
    };
    if (d.spec.paused) {
      setProgressing({
        type: 'Progressing',
        status: 'Unknown',
        reason: 'DeploymentPaused',
        message: 'Deployment is paused',
        lastUpdateTime: now,
      });
    } else if (created) {
      setProgressing({
        type: 'Progressing',
        status: 'True',
        reason: 'NewReplicaSetCreated',
        message: `Created new replica set "${rsName}"`,
        lastUpdateTime: now,
      });
    } else {
      const complete =
        status.updatedReplicas === replicas &&
        status.replicas === replicas &&
        status.availableReplicas === replicas &&
        (status.observedGeneration ?? 0) >= (d.metadata.generation ?? 0);
      const progressed =
        (status.updatedReplicas ?? 0) > (prev.updatedReplicas ?? 0) ||
        (status.readyReplicas ?? 0) > (prev.readyReplicas ?? 0) ||
        (status.availableReplicas ?? 0) > (prev.availableReplicas ?? 0) ||
        (status.replicas ?? 0) - (status.updatedReplicas ?? 0) <
          (prev.replicas ?? 0) - (prev.updatedReplicas ?? 0) ||
        (prev.observedGeneration ?? 0) < (status.observedGeneration ?? 0);
      const deadline = d.spec.progressDeadlineSeconds;
      const last = progressing?.lastUpdateTime ? Date.parse(progressing.lastUpdateTime) : NaN;
      if (!complete && typeof deadline === 'number' && !Number.isNaN(last))
        this.wake(last + deadline * 1000 + 1000);
      if (complete) {
        if (
          progressing?.reason !== 'NewReplicaSetAvailable' ||
          progressing.message !== `ReplicaSet "${rsName}" has successfully progressed.`
        ) {
          setProgressing({
            type: 'Progressing',
            status: 'True',
            reason: 'NewReplicaSetAvailable',
            message: `ReplicaSet "${rsName}" has successfully progressed.`,
            lastUpdateTime: now,
          });
        }
      } else if (progressed || !progressing) {
        setProgressing({
          type: 'Progressing',
          status: 'True',
          reason: 'ReplicaSetUpdated',
          message: `ReplicaSet "${rsName}" is progressing.`,
          lastUpdateTime: now,
        });
      } else if (
        typeof deadline === 'number' &&
        progressing.reason !== 'ProgressDeadlineExceeded' &&
        !Number.isNaN(last) &&
        this.clock.now() > last + deadline * 1000
      ) {
        setProgressing({
          type: 'Progressing',
          status: 'False',
          reason: 'ProgressDeadlineExceeded',
          message: `ReplicaSet "${rsName}" has timed out progressing.`,
          lastUpdateTime: now,
        });
      }
    }
    status.conditions = conditions;
    this.writeStatus('Deployment', d, status);
  }

  // ---- replicaset controller ------------------------------------------------------------------------

  private replicaSets(): void {
    for (const rs of this.list<ReplicaSet>('ReplicaSet')) {
      if (rs.metadata.deletionTimestamp) continue;
      this.tryWrite(() => this.syncReplicaSet(rs));
    }
  }

  isReady(p: Pod): boolean {
    return (p.status?.conditions ?? []).some((c) => c.type === 'Ready' && c.status === 'True');
  }

  private isAvailable(p: Pod, minReadySeconds: number): boolean {
    const ready = (p.status?.conditions ?? []).find((c) => c.type === 'Ready' && c.status === 'True');
    if (!ready) return false;
    if (minReadySeconds <= 0) return true;
    const at = Date.parse(ready.lastTransitionTime ?? '') + minReadySeconds * 1000;
    if (at > this.clock.now()) this.wake(at);
    return at <= this.clock.now();
  }

  private active(p: Pod): boolean {
    return !p.metadata.deletionTimestamp && p.status?.phase !== 'Succeeded' && p.status?.phase !== 'Failed';
  }

  private createPod(
    owner: KubeObject,
    template: PodTemplateSpec | undefined,
    prefix: string,
    component: string,
  ): void {
    const pod = {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: {
        generateName: `${prefix}-`,
        namespace: owner.metadata.namespace,
        labels: { ...(template?.metadata?.labels ?? {}) },
        ...(template?.metadata?.annotations ? { annotations: { ...template.metadata.annotations } } : {}),
        ownerReferences: [ownerRef(owner)],
      },
      spec: clone(template?.spec),
    };
    const created = this.registry.create(byKind('Pod'), owner.metadata.namespace, pod, {
      manager: CONTROLLER,
    });
    this.event(owner, 'Normal', 'SuccessfulCreate', `Created pod: ${created.metadata.name}`, component);
  }

  private syncReplicaSet(rs: ReplicaSet): void {
    const podRt = byKind('Pod');
    const pods = this.ownedBy<Pod>('Pod', rs);
    const active = pods.filter((p) => this.active(p));
    const want = rs.spec.replicas ?? 0;
    const ns = rs.metadata.namespace ?? '';
    if (active.length < want) {
      for (let i = active.length; i < want; i++) {
        this.createPod(rs, rs.spec.template, rs.metadata.name ?? '', 'replicaset-controller');
      }
    } else if (active.length > want) {
      const rank = (p: Pod): number[] => [
        p.spec.nodeName ? 1 : 0,
        p.status?.phase === 'Pending' ? 0 : 1,
        this.isReady(p) ? 1 : 0,
        -(p.status?.containerStatuses ?? []).reduce((n, c) => n + c.restartCount, 0),
        -Date.parse(p.metadata.creationTimestamp ?? '') || 0,
      ];
      const victims = [...active]
        .sort((a, b) => {
          const ra = rank(a);
          const rb = rank(b);
          for (let i = 0; i < ra.length; i++) if (ra[i] !== rb[i]) return ra[i] - rb[i];
          return (b.metadata.name ?? '').localeCompare(a.metadata.name ?? '');
        })
        .slice(0, active.length - want);
      for (const p of victims) {
        this.tryWrite(() => this.registry.delete(podRt, ns, p.metadata.name ?? '', {}));
        this.event(
          rs,
          'Normal',
          'SuccessfulDelete',
          `Deleted pod: ${p.metadata.name}`,
          'replicaset-controller',
        );
      }
    }
    const now = this.ownedBy<Pod>('Pod', rs).filter((p) => this.active(p));
    const minReady = rs.spec.minReadySeconds ?? 0;
    const status = {
      replicas: now.length,
      fullyLabeledReplicas: now.length,
      readyReplicas: now.filter((p) => this.isReady(p)).length,
      availableReplicas: now.filter((p) => this.isAvailable(p, minReady)).length,
      observedGeneration: rs.metadata.generation,
    };
    const fresh = this.registry.find(byKind('ReplicaSet'), ns, rs.metadata.name ?? '');
    if (fresh) this.writeStatus('ReplicaSet', fresh, status);
  }

  // ---- job controller -------------------------------------------------------------------------------

  private jobs(): void {
    for (const j of this.list<Job>('Job')) {
      if (j.metadata.deletionTimestamp) continue;
      this.tryWrite(() => this.syncJob(j));
    }
  }

  private syncJob(j: Job): void {
    const ns = j.metadata.namespace ?? '';
    const status = clone(j.status ?? {});
    const conditions = status.conditions ?? [];
    const finished = conditions.some(
      (c) => (c.type === 'Complete' || c.type === 'Failed') && c.status === 'True',
    );
    const now = this.now();
    if (finished) {
      const done = conditions.find((c) => c.type === 'Complete' || c.type === 'Failed');
      const ttl = j.spec.ttlSecondsAfterFinished;
      if (typeof ttl === 'number' && done?.lastTransitionTime)
        this.wake(Date.parse(done.lastTransitionTime) + ttl * 1000);
      if (
        typeof ttl === 'number' &&
        done?.lastTransitionTime &&
        Date.parse(done.lastTransitionTime) + ttl * 1000 <= this.clock.now()
      ) {
        this.registry.delete(byKind('Job'), ns, j.metadata.name ?? '', { propagationPolicy: 'Background' });
      }
      return;
    }
    if (j.spec.suspend) return;
    status.startTime ??= now;
    if (typeof j.spec.activeDeadlineSeconds === 'number') {
      this.wake(Date.parse(status.startTime) + j.spec.activeDeadlineSeconds * 1000);
    }
    const pods = this.ownedBy<Pod>('Pod', j);
    const succeeded = pods.filter((p) => p.status?.phase === 'Succeeded').length;
    // with restartPolicy OnFailure the container restarts in place; each restart counts as a failure
    const restarts = pods
      .filter((p) => this.active(p) && p.spec.restartPolicy === 'OnFailure')
      .reduce((n, p) => n + (p.status?.containerStatuses ?? []).reduce((m, c) => m + c.restartCount, 0), 0);
    const failed = pods.filter((p) => p.status?.phase === 'Failed').length + restarts;
    const active = pods.filter((p) => this.active(p));
    const completions = j.spec.completions ?? 1;
    const parallelism = j.spec.parallelism ?? 1;
    const backoffLimit = j.spec.backoffLimit ?? 6;
    const deadline = j.spec.activeDeadlineSeconds;
    let outcome: Condition | undefined;
    if (failed > backoffLimit) {
      outcome = {
        type: 'Failed',
        status: 'True',
        reason: 'BackoffLimitExceeded',
        message: 'Job has reached the specified backoff limit',
        lastProbeTime: now,
      };
    } else if (
      typeof deadline === 'number' &&
      Date.parse(status.startTime) + deadline * 1000 <= this.clock.now()
    ) {
      outcome = {
        type: 'Failed',
        status: 'True',
        reason: 'DeadlineExceeded',
        message: 'Job was active longer than specified deadline',
        lastProbeTime: now,
      };
    } else if (succeeded >= completions) {
      outcome = { type: 'Complete', status: 'True', lastProbeTime: now };
    }
    if (outcome) {
      for (const p of active)
        this.tryWrite(() =>
          this.registry.delete(byKind('Pod'), ns, p.metadata.name ?? '', { gracePeriodSeconds: 0 }),
        );
      const interim: Condition =
        outcome.type === 'Complete'
          ? {
              type: 'SuccessCriteriaMet',
              status: 'True',
              reason: 'CompletionsReached',
              message: 'Reached expected number of succeeded pods',
              lastProbeTime: now,
            }
          : {
              type: 'FailureTarget',
              status: 'True',
              reason: outcome.reason,
              message: outcome.message,
              lastProbeTime: now,
            };
      status.conditions = setCondition(setCondition(conditions, interim, now), outcome, now);
      if (outcome.type === 'Complete') status.completionTime = now;
      this.event(
        j,
        outcome.type === 'Complete' ? 'Normal' : 'Warning',
        outcome.type === 'Complete' ? 'Completed' : (outcome.reason ?? 'Failed'),
        outcome.type === 'Complete' ? 'Job completed' : (outcome.message ?? ''),
        'job-controller',
      );
      status.active = 0;
    } else {
      const lastFailure = pods
        .filter((p) => p.status?.phase === 'Failed')
        .map((p) => Date.parse(p.metadata.creationTimestamp ?? '') || 0)
        .reduce((a, b) => Math.max(a, b), 0);
      const backoff = failed > 0 ? Math.min(10_000 * 2 ** (failed - 1), 360_000) : 0;
      const want = Math.min(parallelism, completions - succeeded);
      if (active.length < want && failed > 0) this.wake(lastFailure + backoff);
      if (active.length < want && (failed === 0 || this.clock.now() >= lastFailure + backoff)) {
        for (let i = active.length; i < want; i++)
          this.createPod(j, j.spec.template, j.metadata.name ?? '', 'job-controller');
      }
      status.active = this.ownedBy<Pod>('Pod', j).filter((p) => this.active(p)).length;
    }
    status.ready = active.filter((p) => this.isReady(p)).length;
    status.succeeded = succeeded;
    status.failed = failed;
    status.terminating = 0;
    status.uncountedTerminatedPods = {};
    if (!status.succeeded) delete status.succeeded;
    if (!status.failed) delete status.failed;
    this.writeStatus('Job', j, status);
  }

  // ---- scheduler + kubelet --------------------------------------------------------------------------

  private containerRun(c: Container, now: number): ContainerRun {
    const behaviour = this.behaviours.resolve(c.image ?? '');
    const env: Record<string, string> = {};
    for (const e of c.env ?? []) if (typeof e.value === 'string') env[e.name] = e.value;
    const probe = c.readinessProbe;
    return {
      name: c.name,
      image: c.image ?? '',
      behaviour,
      hasProbe: !!probe,
      probeDelayMs: (probe?.initialDelaySeconds ?? 0) * 1000,
      env,
      state: 'creating',
      waitingReason: 'ContainerCreating',
      readyAt: Infinity,
      exitAt: Infinity,
      nextAt: now + behaviour.startMs,
      ready: false,
      restarts: 0,
      containerId: '',
      logs: [],
      previousLogs: [],
      spec: c,
    };
  }

  /** The env the kubelet gives a container: values, Secret/ConfigMap keys (valueFrom) and envFrom. */
  private resolveEnv(spec: Container, ns: string): { env: Record<string, string> } | { error: string } {
    type Ref = { name?: string; key?: string; optional?: boolean };
    const env: Record<string, string> = {};
    const source = (kind: 'Secret' | 'ConfigMap', name: string): Record<string, string> | undefined => {
      const o = this.registry.find(byKind(kind), ns, name) as
        { data?: Record<string, string>; stringData?: Record<string, string> } | undefined;
      if (!o) return undefined;
      const data = o.data ?? {};
      return kind === 'Secret'
        ? Object.fromEntries(
            Object.entries(data).map(([k, v]) => [k, Buffer.from(v, 'base64').toString('utf8')]),
          )
        : { ...data };
    };
    const envFrom = (spec.envFrom ?? []) as { prefix?: string; secretRef?: Ref; configMapRef?: Ref }[];
    for (const f of envFrom) {
      const kind = f.secretRef ? 'Secret' : 'ConfigMap';
      const ref = (f.secretRef ?? f.configMapRef) as Ref;
      const data = source(kind, ref.name ?? '');
      if (!data) {
        if (ref.optional) continue;
        return { error: `${kind === 'Secret' ? 'secret' : 'configmap'} "${ref.name}" not found` };
      }
      for (const [k, v] of Object.entries(data)) env[`${f.prefix ?? ''}${k}`] = v;
    }
    const vars = (spec.env ?? []) as {
      name: string;
      value?: string;
      valueFrom?: { secretKeyRef?: Ref; configMapKeyRef?: Ref };
    }[];
    for (const e of vars) {
      // $(VAR) in a value refers to a variable defined before it ($$(VAR) stays literal), as the kubelet expands it
      if (typeof e.value === 'string') {
        env[e.name] = e.value.replace(/\$\$\(|\$\(([A-Za-z_][A-Za-z0-9_]*)\)/g, (m, v?: string) =>
          v === undefined ? '$(' : (env[v] ?? m),
        );
      }
      const ref = e.valueFrom?.secretKeyRef ?? e.valueFrom?.configMapKeyRef;
      if (!ref) continue;
      const kind = e.valueFrom?.secretKeyRef ? 'Secret' : 'ConfigMap';
      const value = source(kind, ref.name ?? '')?.[ref.key ?? ''];
      if (value === undefined) {
        if (ref.optional) continue;
        return {
          error: source(kind, ref.name ?? '')
            ? `couldn't find key ${ref.key} in ${kind} ${ns}/${ref.name}`
            : `${kind === 'Secret' ? 'secret' : 'configmap'} "${ref.name}" not found`,
        };
      }
      env[e.name] = value;
    }
    return { env };
  }

  /** A run-to-completion container of a registered image: start its real process. */
  private startProcessContainer(c: ContainerRun, map: ProcessMapper): void {
    const logs: string[] = [];
    c.logs = logs;
    c.exitAt = Infinity;
    c.nextAt = c.readyAt;
    // the kubelet expands $(VAR) from the container's environment ($$(VAR) stays literal)
    const expand = (a: string): string =>
      a.replace(/\$\$\(|\$\(([A-Za-z_][A-Za-z0-9_]*)\)/g, (m, v?: string) =>
        v === undefined ? '$(' : (c.env[v] ?? m),
      );
    const command = ((c.spec.command ?? []) as string[]).map(expand);
    const args = ((c.spec.args ?? []) as string[]).map(expand);
    const spec = map({ name: c.name, image: c.image, command, args, env: c.env });
    c.proc = startProcess(
      spec,
      (line) => logs.push(line),
      (code) => {
        c.procExit = code;
        c.exitAt = this.clock.now();
        c.nextAt = Math.min(c.nextAt, c.exitAt);
        this.wake(c.exitAt);
        this.kick();
      },
    );
  }

  private startContainer(run: PodRun, c: ContainerRun, t: number): void {
    c.behaviour = this.behaviours.resolve(c.image);
    const b = c.behaviour;
    c.state = 'running';
    c.waitingReason = '';
    c.waitingMessage = undefined;
    c.startedAt = t;
    c.ready = false;
    c.containerId = `containerd://${hex(this.containerSeq++)}`;
    c.previousLogs = c.logs;
    c.logs = [`${new Date(t).toISOString()} starting ${c.image} (version ${this.versionOf(c)})`];
    const runToCompletion = run.restartPolicy !== 'Always';
    const canBeReady =
      !b.neverReady && !b.crashLoop && !(b.hang && c.hasProbe) && !(b.errorRate >= 1 && c.hasProbe);
    const readyDelay = c.hasProbe ? Math.max(b.readyAfterMs, c.probeDelayMs) : 0;
    c.readyAt = canBeReady ? t + readyDelay : Infinity;
    c.exitAt = b.crashLoop ? t + b.crashAfterMs : runToCompletion ? t + b.runMs : Infinity;
    if (!canBeReady && c.hasProbe && !b.crashLoop) {
      c.logs.push(`${new Date(t).toISOString()} readiness probe failing`);
    }
    if (c.readyAt <= t) {
      c.ready = true;
      c.readyAt = Infinity;
      c.logs.push(`${new Date(t).toISOString()} listening on :8080`);
    }
    c.nextAt = Math.min(c.readyAt, c.exitAt);
    const map = runToCompletion ? this.processes.find(c.image) : undefined;
    if (map) this.startProcessContainer(c, map);
  }

  private exitContainer(run: PodRun, c: ContainerRun, t: number, code: number): void {
    const term = {
      exitCode: code,
      reason: code === 0 ? 'Completed' : 'Error',
      startedAt: c.startedAt ?? t,
      finishedAt: t,
      containerId: c.containerId,
    };
    if (c.proc) c.proc = undefined;
    else
      c.logs.push(
        code === 0
          ? `${new Date(t).toISOString()} done`
          : `${new Date(t).toISOString()} fatal: ${c.behaviour.crashLoop ? 'simulated crash' : 'simulated failure'} (exit ${code})`,
      );
    c.ready = false;
    c.readyAt = Infinity;
    c.exitAt = Infinity;
    const restart = run.restartPolicy === 'Always' || (run.restartPolicy === 'OnFailure' && code !== 0);
    if (!restart) {
      c.state = 'terminated';
      c.done = term;
      c.nextAt = Infinity;
      return;
    }
    c.last = term;
    const delay = c.restarts === 0 ? 0 : Math.min(10_000 * 2 ** (c.restarts - 1), 300_000);
    c.state = 'backoff';
    c.waitingReason = 'CrashLoopBackOff';
    c.waitingMessage = `back-off ${Math.round(delay / 1000)}s restarting failed container=${c.name} pod=${run.name}_${run.ns}(${run.uid})`;
    c.nextAt = t + delay;
    if (delay > 0) {
      const pod = this.registry.find(byKind('Pod'), run.ns, run.name);
      if (pod)
        this.event(
          pod,
          'Warning',
          'BackOff',
          `Back-off restarting failed container ${c.name} in pod ${run.name}_${run.ns}(${run.uid})`,
          'kubelet',
        );
    }
  }

  private advance(run: PodRun, c: ContainerRun, now: number): void {
    for (let guard = 0; guard < 1000 && c.nextAt <= now; guard++) {
      const t = c.nextAt;
      switch (c.state) {
        case 'creating':
          // The kubelet resolves the environment (ConfigMap and Secret references) when it creates a container.
          if (!c.behaviour.unpullable) {
            const resolved = this.resolveEnv(c.spec, run.ns);
            if ('error' in resolved) {
              c.waitingReason = 'CreateContainerConfigError';
              c.waitingMessage = resolved.error;
              c.nextAt = t + 10_000;
              break;
            }
            c.env = resolved.env;
          }
          if (c.behaviour.unpullable) {
            c.state = 'pullerror';
            c.waitingReason = 'ErrImagePull';
            c.waitingMessage = `failed to pull and unpack image "${c.image}": not found`;
            c.nextAt = t + 5000;
          } else this.startContainer(run, c, t);
          break;
        case 'pullerror':
          c.waitingReason = 'ImagePullBackOff';
          c.waitingMessage = `Back-off pulling image "${c.image}"`;
          c.nextAt = Infinity;
          break;
        case 'backoff':
          c.restarts++;
          this.startContainer(run, c, t);
          break;
        case 'running':
          if (c.readyAt <= t && c.readyAt <= c.exitAt) {
            c.ready = true;
            c.readyAt = Infinity;
            c.logs.push(`${new Date(t).toISOString()} listening on :8080`);
          } else if (c.exitAt <= t) {
            this.exitContainer(
              run,
              c,
              t,
              c.procExit ?? (c.behaviour.crashLoop ? c.behaviour.exitCode || 1 : c.behaviour.exitCode),
            );
          }
          c.nextAt = c.state === 'running' ? Math.min(c.readyAt, c.exitAt) : c.nextAt;
          break;
        default:
          c.nextAt = Infinity;
      }
    }
  }

  private versionOf(c: ContainerRun, b: Behaviour = c.behaviour): string {
    return b.version ?? c.env.VERSION ?? versionFromTag(imageTag(c.image));
  }

  private kubelet(): void {
    const podRt = byKind('Pod');
    const now = this.clock.now();
    const seen = new Set<string>();
    for (const shared of this.list<Pod>('Pod')) {
      let pod = shared;
      const uid = pod.metadata.uid ?? '';
      seen.add(uid);
      const ns = pod.metadata.namespace ?? '';
      const name = pod.metadata.name ?? '';
      let run = this.runs.get(uid);
      if (!run) {
        if (pod.metadata.deletionTimestamp) {
          this.registry.finalize(podRt, ns, name);
          continue;
        }
        // scheduler: bind to a schedulable node, round-robin
        const nodeName = pod.spec.nodeName ?? this.schedule();
        if (!nodeName) {
          this.wake(now + 1000);
          continue;
        }
        const n = this.nextPodIP++;
        run = {
          uid,
          ns,
          name,
          nodeName,
          podIP: `10.0.${1 + (n >> 8)}.${n & 255}`,
          scheduledAt: now,
          restartPolicy: pod.spec.restartPolicy ?? 'Always',
          containers: (pod.spec.containers ?? []).map((c) => this.containerRun(c, now)),
          readyChangedAt: now,
        };
        this.runs.set(uid, run);
        if (!pod.spec.nodeName) {
          const bound = clone(pod);
          bound.spec.nodeName = nodeName;
          pod = this.registry.store.put(podRt, bound, 'MODIFIED') as Pod;
        }
        this.event(
          pod,
          'Normal',
          'Scheduled',
          `Successfully assigned ${ns}/${name} to ${nodeName}`,
          'default-scheduler',
        );
      }
      // image changes on a live pod restart the container with the new image
      for (const spec of pod.spec.containers ?? []) {
        const c = run.containers.find((x) => x.name === spec.name);
        if (c && spec.image && spec.image !== c.image) {
          const fresh = this.containerRun(spec, now);
          Object.assign(c, { ...fresh, restarts: c.restarts + 1, last: c.last, nextAt: now });
        }
      }
      if (pod.metadata.deletionTimestamp) {
        // Graceful termination: the preStop hook runs (the app still serves), then SIGTERM: the app stops taking
        // new requests and exits once its accepted requests are done; SIGKILL at the end of the grace period.
        if (run.terminatingSeen === undefined) {
          run.terminatingSeen = now;
          // The kubelet times the grace period from when it starts the kill.
          const grace =
            pod.metadata.deletionGracePeriodSeconds ?? pod.spec.terminationGracePeriodSeconds ?? 30;
          const graceEnd = now + grace * 1000;
          run.graceEnd = graceEnd;
          const running = run.containers.some((c) => c.state === 'running');
          const hook = running ? Math.max(0, ...(pod.spec.containers ?? []).map(preStopSeconds)) * 1000 : 0;
          run.preStopEnd = Math.min(graceEnd, now + hook);
          for (const c of run.containers) c.ready = false;
          this.event(
            pod,
            'Normal',
            'Killing',
            `Stopping container ${run.containers.map((c) => c.name).join(', ')}`,
            'kubelet',
          );
        }
        const graceEnd = run.graceEnd ?? now;
        const preStopEnd = run.preStopEnd ?? now;
        if (now >= preStopEnd && !run.sigterm) {
          run.sigterm = true;
          this.dataPlane.podStopping(ns, name);
          for (const c of run.containers) c.proc?.kill('SIGTERM');
        }
        if (run.removeAt === undefined && now >= preStopEnd) {
          const hangs = run.containers.some((c) => c.behaviour.hang && c.state === 'running');
          // a real process (a Job's) ends on SIGTERM in its own time; the kubelet waits for it up to the grace end
          const processes = run.containers.some((c) => c.proc && !c.proc.exited);
          if (!hangs && !processes && this.dataPlane.inFlight(ns, name) === 0) run.removeAt = now;
        }
        this.wake(Math.min(preStopEnd > now ? preStopEnd : graceEnd, run.removeAt ?? Infinity));
        if (now >= Math.min(graceEnd, run.removeAt ?? Infinity)) {
          for (const c of run.containers) c.proc?.kill('SIGKILL');
          this.runs.delete(uid);
          this.registry.finalize(podRt, ns, name);
          continue;
        }
      } else {
        for (const c of run.containers) {
          this.advance(run, c, now);
          this.wake(c.nextAt);
        }
      }
      this.writePodStatus(pod, run, now);
    }
    for (const uid of this.runs.keys()) if (!seen.has(uid)) this.runs.delete(uid);
  }

  private containerStatus(c: ContainerRun): ContainerStatus {
    const iso = (ms: number): string => isoSeconds(ms);
    let state: ContainerStatus['state'];
    if (c.state === 'running') state = { running: { startedAt: iso(c.startedAt ?? 0) } };
    else if (c.state === 'terminated' && c.done) {
      state = {
        terminated: {
          exitCode: c.done.exitCode,
          reason: c.done.reason,
          startedAt: iso(c.done.startedAt),
          finishedAt: iso(c.done.finishedAt),
          containerID: c.done.containerId,
        },
      };
    } else
      state = {
        waiting: { reason: c.waitingReason, ...(c.waitingMessage ? { message: c.waitingMessage } : {}) },
      };
    const last = c.last
      ? {
          terminated: {
            exitCode: c.last.exitCode,
            reason: c.last.reason,
            startedAt: iso(c.last.startedAt),
            finishedAt: iso(c.last.finishedAt),
            containerID: c.last.containerId,
          },
        }
      : {};
    const digest = createHash('sha256').update(c.image).digest('hex');
    const repo = c.image.replace(/[:@].*$/, '');
    return {
      name: c.name,
      state,
      lastState: last,
      ready: c.ready,
      restartCount: c.restarts,
      image: c.image,
      imageID: c.state === 'creating' || c.state === 'pullerror' ? '' : `${repo}@sha256:${digest}`,
      ...(c.containerId && c.state !== 'creating' && c.state !== 'pullerror'
        ? { containerID: c.containerId }
        : {}),
      started: c.state === 'running',
    };
  }

  private writePodStatus(pod: Pod, run: PodRun, now: number): void {
    const terminating = !!pod.metadata.deletionTimestamp;
    const containersReady = !terminating && run.containers.every((c) => c.ready);
    // Pod readiness gates: Ready also needs every gate's condition True (set by whoever owns it, e.g. the load
    // balancer controller once the pod's target is healthy).
    const gates = ((pod.spec.readinessGates as { conditionType: string }[] | undefined) ?? []).map(
      (g) => g.conditionType,
    );
    const foreign = (pod.status?.conditions ?? []).filter((c) => !KUBELET_CONDITIONS.has(c.type));
    const gatesOpen = gates.every((g) => foreign.some((c) => c.type === g && c.status === 'True'));
    const ready = containersReady && gatesOpen;
    const wasReady = run.readySince !== undefined;
    if (containersReady !== wasReady) {
      run.readyChangedAt = now;
      run.readySince = containersReady ? now : undefined;
    }
    const started = run.containers.some((c) => c.startedAt !== undefined);
    const allDone = run.containers.every((c) => c.state === 'terminated');
    let phase = 'Pending';
    if (allDone) phase = run.containers.every((c) => c.done?.exitCode === 0) ? 'Succeeded' : 'Failed';
    else if (started) phase = 'Running';
    const prev = pod.status ?? {};
    const at = (ms: number): string => isoSeconds(ms);
    const keep = (type: string, status: Condition['status'], fallback: number): string => {
      const p = (prev.conditions ?? []).find((c) => c.type === type);
      return p && p.status === status && p.lastTransitionTime ? p.lastTransitionTime : at(fallback);
    };
    const unready = run.containers.filter((c) => !c.ready).map((c) => c.name);
    const notReady = allDone ? 'PodCompleted' : 'ContainersNotReady';
    const closedGates = gates.filter((g) => !foreign.some((c) => c.type === g && c.status === 'True'));
    const notReadyWhy =
      containersReady && closedGates.length > 0
        ? {
            reason: 'ReadinessGatesNotReady',
            message: `corresponding condition of pod readiness gate "${closedGates[0]}" does not exist.`,
          }
        : {
            reason: notReady,
            ...(allDone ? {} : { message: `containers with unready status: [${unready.join(' ')}]` }),
          };
    const containersReadyAt = containersReady ? (run.readySince ?? run.readyChangedAt) : run.readyChangedAt;
    const conditions: Condition[] = [
      {
        type: 'PodReadyToStartContainers',
        status: 'True',
        lastProbeTime: null,
        lastTransitionTime: keep('PodReadyToStartContainers', 'True', run.scheduledAt),
      },
      {
        type: 'Initialized',
        status: 'True',
        lastProbeTime: null,
        lastTransitionTime: keep('Initialized', 'True', run.scheduledAt),
      },
      ready
        ? {
            type: 'Ready',
            status: 'True',
            lastProbeTime: null,
            lastTransitionTime: keep('Ready', 'True', now),
          }
        : {
            type: 'Ready',
            status: 'False',
            lastProbeTime: null,
            lastTransitionTime: keep('Ready', 'False', now),
            ...notReadyWhy,
          },
      containersReady
        ? {
            type: 'ContainersReady',
            status: 'True',
            lastProbeTime: null,
            lastTransitionTime: keep('ContainersReady', 'True', containersReadyAt),
          }
        : {
            type: 'ContainersReady',
            status: 'False',
            lastProbeTime: null,
            lastTransitionTime: keep('ContainersReady', 'False', run.readyChangedAt),
            reason: notReady,
            ...(allDone ? {} : { message: `containers with unready status: [${unready.join(' ')}]` }),
          },
      {
        type: 'PodScheduled',
        status: 'True',
        lastProbeTime: null,
        lastTransitionTime: keep('PodScheduled', 'True', run.scheduledAt),
      },
      ...foreign,
    ];
    const status = {
      phase,
      conditions,
      hostIP: this.nodeIP(run.nodeName),
      hostIPs: [{ ip: this.nodeIP(run.nodeName) }],
      podIP: run.podIP,
      podIPs: [{ ip: run.podIP }],
      startTime: at(run.scheduledAt),
      containerStatuses: run.containers.map((c) => this.containerStatus(c)),
      qosClass: prev.qosClass ?? 'BestEffort',
    };
    for (const c of run.containers) {
      const before = (prev.containerStatuses ?? []).find((x) => x.name === c.name);
      const pod_ = pod;
      if (c.state === 'running' && !before?.state.running)
        this.event(pod_, 'Normal', 'Started', `Started container ${c.name}`, 'kubelet');
      if (c.state === 'pullerror' && !before?.state.waiting?.reason?.includes('Image')) {
        this.event(pod_, 'Warning', 'Failed', `Failed to pull image "${c.image}": not found`, 'kubelet');
      }
    }
    this.writeStatus('Pod', pod, status, 'kubelet');
  }

  /**
   * The files a container's ConfigMap and Secret volumes show it (`<mountPath>/<key>` → content), read now: the
   * kubelet keeps such volumes in sync with the objects (subPath mounts aside), so a ConfigMap changed in place
   * reaches pods that are already running.
   */
  private mountedFiles(ns: string, podName: string, c: ContainerRun): Record<string, string> {
    type Source = { name?: string; secretName?: string; items?: { key: string; path: string }[] };
    const pod = this.registry.find(byKind('Pod'), ns, podName) as
      { spec?: { volumes?: { name: string; configMap?: Source; secret?: Source }[] } } | undefined;
    const files: Record<string, string> = {};
    const mounts = (c.spec.volumeMounts ?? []) as { name: string; mountPath: string; subPath?: string }[];
    for (const m of mounts) {
      const v = pod?.spec?.volumes?.find((x) => x.name === m.name);
      const src = v?.configMap ?? v?.secret;
      if (!v || !src || m.subPath) continue;
      const kind = v.configMap ? 'ConfigMap' : 'Secret';
      const o = this.registry.find(byKind(kind), ns, (v.configMap ? src.name : src.secretName) ?? '') as
        { data?: Record<string, string> } | undefined;
      const data = Object.fromEntries(
        Object.entries(o?.data ?? {}).map(([k, x]) => [
          k,
          kind === 'Secret' ? Buffer.from(x, 'base64').toString('utf8') : x,
        ]),
      );
      const items = src.items ?? Object.keys(data).map((key) => ({ key, path: key }));
      for (const it of items)
        if (data[it.key] !== undefined) files[`${m.mountPath.replace(/\/$/, '')}/${it.path}`] = data[it.key];
    }
    return files;
  }

  private podTarget(ns: string, name: string): PodTarget | undefined {
    const run = [...this.runs.values()].find((r) => r.ns === ns && r.name === name);
    if (!run) return undefined;
    const c = run.containers[0];
    const b = this.behaviours.resolve(c.image);
    const now = this.clock.now();
    return {
      config: () => ({ env: { ...c.env }, files: this.mountedFiles(ns, name, c) }),
      // a terminating pod takes new requests through its preStop hook; after SIGTERM only what it accepted finishes
      accepting: c.state === 'running' && (run.preStopEnd === undefined || now < run.preStopEnd),
      version: this.versionOf(c, b),
      image: c.image,
      errorRate: b.errorRate,
      latencyMs: b.latencyMs,
      hang: b.hang,
    };
  }

  // ---- endpointslice controller ---------------------------------------------------------------------

  private endpointSlices(): void {
    const rt = byKind('EndpointSlice');
    for (const svc of this.list<Service>('Service')) {
      const selector = svc.spec?.selector;
      if (!selector || svc.metadata.deletionTimestamp) continue;
      const ns = svc.metadata.namespace ?? '';
      const name = svc.metadata.name ?? '';
      const pods = this.list<Pod>('Pod', ns).filter(
        (p) => matchesSelector({ matchLabels: selector }, p.metadata.labels) && p.status?.podIP,
      );
      const endpoints = pods.map((p) => {
        const terminating = !!p.metadata.deletionTimestamp;
        const ready = this.isReady(p);
        return {
          addresses: [p.status?.podIP ?? ''],
          conditions: { ready: ready && !terminating, serving: ready, terminating },
          targetRef: { kind: 'Pod', namespace: ns, name: p.metadata.name ?? '', uid: p.metadata.uid ?? '' },
          nodeName: p.spec.nodeName,
        };
      });
      const firstPod = pods[0];
      const ports = (svc.spec?.ports ?? []).map((sp) => {
        let port = typeof sp.targetPort === 'number' ? sp.targetPort : sp.port;
        if (typeof sp.targetPort === 'string') {
          const named = (firstPod?.spec.containers ?? [])
            .flatMap((c) => c.ports ?? [])
            .find((p) => p.name === sp.targetPort);
          port = named?.containerPort ?? sp.port;
        }
        return { name: sp.name ?? '', port, protocol: sp.protocol ?? 'TCP' };
      });
      const found = this.list<EndpointSlice>('EndpointSlice', ns).find(
        (s) =>
          s.metadata.labels?.['kubernetes.io/service-name'] === name &&
          controllerOf(s)?.uid === svc.metadata.uid,
      );
      const labels = {
        'endpointslice.kubernetes.io/managed-by': 'endpointslice-controller.k8s.io',
        'kubernetes.io/service-name': name,
        ...(svc.metadata.labels ?? {}),
      };
      const existing = found ? clone(found) : undefined;
      if (!existing) {
        const slice: EndpointSlice = {
          apiVersion: 'discovery.k8s.io/v1',
          kind: 'EndpointSlice',
          metadata: {
            generateName: `${name}-`,
            namespace: ns,
            labels,
            annotations: { 'endpoints.kubernetes.io/last-change-trigger-time': this.now() },
            ownerReferences: [ownerRef(svc)],
          },
          addressType: 'IPv4',
          endpoints,
          ports,
        };
        this.tryWrite(() => this.registry.create(rt, ns, slice, { manager: 'endpointslice-controller' }));
      } else if (!jsonEqual(existing.endpoints ?? [], endpoints) || !jsonEqual(existing.ports ?? [], ports)) {
        existing.endpoints = endpoints;
        existing.ports = ports;
        existing.metadata.annotations = {
          ...existing.metadata.annotations,
          'endpoints.kubernetes.io/last-change-trigger-time': this.now(),
        };
        this.tryWrite(() =>
          this.registry.update(rt, ns, existing.metadata.name ?? '', existing, {
            manager: 'endpointslice-controller',
          }),
        );
      }
    }
  }

  /** Records each Service's ready endpoints when they change, for kube-proxy's delayed view. */
  private recordEndpoints(): void {
    const now = this.clock.now();
    const seen = new Set<string>();
    for (const svc of this.list<Service>('Service')) {
      const key = `${svc.metadata.namespace ?? ''}/${svc.metadata.name ?? ''}`;
      seen.add(key);
      const pods = this.readyEndpoints(svc.metadata.namespace ?? '', svc.metadata.name ?? '')?.pods ?? [];
      const history = this.endpointHistory.get(key) ?? [];
      const last = history[history.length - 1];
      if (last && jsonEqual(last.pods, pods)) continue;
      history.push({ at: now, pods });
      // Keep what kube-proxy may still be using: entries newer than the propagation delay and the one before.
      const cut = history.findIndex((h) => h.at > now - this.propagationMs);
      if (cut > 1) history.splice(0, cut - 1);
      this.endpointHistory.set(key, history);
    }
    for (const key of this.endpointHistory.keys()) if (!seen.has(key)) this.endpointHistory.delete(key);
  }

  /** kube-proxy's view of a Service's ready endpoints: the EndpointSlices as they were `propagationMs` ago. */
  private kubeProxyEndpoints(ns: string, service: string, port?: string): { pods: string[] } | undefined {
    const current = this.readyEndpoints(ns, service, port);
    if (!current || (current.pods.length === 0 && port)) return current;
    const history = this.endpointHistory.get(`${ns}/${service}`) ?? [];
    const visible = this.clock.now() - this.propagationMs;
    let view: string[] = [];
    for (const h of history) if (h.at <= visible) view = h.pods;
    return { pods: view };
  }

  /** Requests per second a pod served recently (for the autoscaler), over `windowMs` or its life if shorter. */
  podLoad(ns: string, pod: string, windowMs: number): { rps: number; capacityRps: number } | undefined {
    const run = [...this.runs.values()].find((r) => r.ns === ns && r.name === pod);
    const c = run?.containers[0];
    if (!run || !c || c.state !== 'running' || c.startedAt === undefined) return undefined;
    const span = Math.min(windowMs, this.clock.now() - c.startedAt);
    if (span < 1000) return undefined;
    const served = this.dataPlane.servedCount(ns, pod, span);
    return { rps: served / (span / 1000), capacityRps: this.behaviours.resolve(c.image).capacityRps };
  }

  // ---- nodes, disruption budgets, eviction ----------------------------------------------------------

  private schedule(): string | undefined {
    const ready = this.nodes.filter((n) => !n.unschedulable);
    if (ready.length === 0) return undefined;
    return ready[this.nodeIndex++ % ready.length]?.name;
  }

  private nodeIP(name: string): string {
    return this.nodes.find((n) => n.name === name)?.ip ?? '10.0.0.1';
  }

  /** A new node joins (Karpenter or a spot replacement) and takes pods from now on. */
  addNode(name?: string): Node {
    const i = this.nodes.length + 1;
    const node = {
      name: name ?? `ip-10-0-${i}-${(17 * i) % 250}.ec2.internal`,
      ip: `10.0.${i}.${(17 * i) % 250}`,
      unschedulable: false,
    };
    this.nodes.push(node);
    this.kick();
    return node;
  }

  /**
   * `kubectl drain`: cordon the node, then evict its pods through the Eviction API, retrying evictions a
   * PodDisruptionBudget refuses every 5 s until `timeoutMs`. Resolves with the pods evicted.
   */
  async drainNode(name: string, timeoutMs = 300_000): Promise<string[]> {
    const node = this.nodes.find((n) => n.name === name);
    if (!node) throw new Error(`no node ${name}`);
    node.unschedulable = true;
    const deadline = this.clock.now() + timeoutMs;
    const evicted: string[] = [];
    for (;;) {
      const left = this.list<Pod>('Pod').filter(
        (p) => p.spec.nodeName === name && !p.metadata.deletionTimestamp,
      );
      if (left.length === 0) return evicted;
      for (const p of left) {
        const r = this.evict(p.metadata.namespace ?? '', p.metadata.name ?? '');
        if (r.ok) evicted.push(p.metadata.name ?? '');
      }
      if (this.clock.now() >= deadline) return evicted;
      await this.clock.sleep(5_000, this.abort.signal);
    }
  }

  /**
   * The Eviction API (POST pods/{name}/eviction): refused when a PodDisruptionBudget selecting the pod allows
   * no disruption (a pod that is not Ready may always go); otherwise the pod is deleted gracefully.
   */
  evict(
    ns: string,
    name: string,
    gracePeriodSeconds?: number,
  ): { ok: true } | { ok: false; budget: string; message: string } {
    const pod = this.registry.find(byKind('Pod'), ns, name) as Pod | undefined;
    if (!pod) throw notFound(byKind('Pod'), name);
    if (pod.metadata.deletionTimestamp) return { ok: true };
    if (this.isReady(pod)) {
      for (const pdb of this.list<KubeObject>('PodDisruptionBudget', ns)) {
        const sel = (pdb.spec as { selector?: LabelSelector } | undefined)?.selector;
        if (!sel || !matchesSelector(sel, pod.metadata.labels)) continue;
        const st = (pdb.status ?? {}) as {
          disruptionsAllowed?: number;
          desiredHealthy?: number;
          currentHealthy?: number;
        };
        if ((st.disruptionsAllowed ?? 0) <= 0) {
          return {
            ok: false,
            budget: pdb.metadata.name ?? '',
            message: `The disruption budget ${pdb.metadata.name} needs ${st.desiredHealthy ?? 0} healthy pods and has ${st.currentHealthy ?? 0} currently`,
          };
        }
        this.writeStatus('PodDisruptionBudget', pdb, {
          ...st,
          disruptionsAllowed: (st.disruptionsAllowed ?? 1) - 1,
        });
      }
    }
    this.registry.delete(
      byKind('Pod'),
      ns,
      name,
      gracePeriodSeconds === undefined ? {} : { gracePeriodSeconds },
    );
    this.event(pod, 'Normal', 'Evicted', 'Evicted by the Eviction API', 'kube-apiserver');
    return { ok: true };
  }

  /** The disruption controller: each PodDisruptionBudget's healthy count and the disruptions it allows. */
  private disruptionBudgets(): void {
    for (const pdb of this.list<KubeObject>('PodDisruptionBudget')) {
      const spec = (pdb.spec ?? {}) as {
        selector?: LabelSelector;
        minAvailable?: number | string;
        maxUnavailable?: number | string;
      };
      const pods = spec.selector
        ? this.list<Pod>('Pod', pdb.metadata.namespace).filter(
            (p) =>
              !p.metadata.deletionTimestamp &&
              matchesSelector(spec.selector as LabelSelector, p.metadata.labels),
          )
        : [];
      const expected = pods.length;
      const healthy = pods.filter((p) => this.isReady(p)).length;
      let desired = 0;
      if (spec.minAvailable !== undefined) desired = intOrPercent(spec.minAvailable, expected, true);
      else if (spec.maxUnavailable !== undefined)
        desired = Math.max(0, expected - intOrPercent(spec.maxUnavailable, expected, true));
      const allowed = Math.max(0, healthy - desired);
      const status = {
        observedGeneration: pdb.metadata.generation,
        disruptionsAllowed: allowed,
        currentHealthy: healthy,
        desiredHealthy: desired,
        expectedPods: expected,
        conditions: [
          {
            type: 'DisruptionAllowed',
            status: allowed > 0 ? 'True' : 'False',
            reason: allowed > 0 ? 'SufficientPods' : 'InsufficientPods',
            message: '',
            observedGeneration: pdb.metadata.generation,
            lastTransitionTime: this.now(),
          },
        ],
      };
      const prev = (pdb.status ?? {}) as Record<string, unknown>;
      const same =
        prev.disruptionsAllowed === allowed &&
        prev.currentHealthy === healthy &&
        prev.desiredHealthy === desired &&
        prev.expectedPods === expected &&
        prev.observedGeneration === pdb.metadata.generation;
      if (!same) this.writeStatus('PodDisruptionBudget', pdb, status, 'kube-controller-manager');
    }
  }

  /** The apiextensions controller: a CustomResourceDefinition becomes NamesAccepted and Established. */
  private customResourceDefinitions(): void {
    for (const crd of this.list<KubeObject>('CustomResourceDefinition')) {
      const conditions = (crd.status as { conditions?: Condition[] } | undefined)?.conditions ?? [];
      if (conditions.some((c) => c.type === 'Established' && c.status === 'True')) continue;
      const now = this.now();
      const names = (crd.spec as { names?: Record<string, unknown> } | undefined)?.names ?? {};
      this.writeStatus(
        'CustomResourceDefinition',
        crd,
        {
          acceptedNames: names,
          storedVersions: ((crd.spec as { versions?: { name: string; storage?: boolean }[] }).versions ?? [])
            .filter((v) => v.storage)
            .map((v) => v.name),
          conditions: [
            {
              type: 'NamesAccepted',
              status: 'True',
              reason: 'NoConflicts',
              message: 'no conflicts found',
              lastTransitionTime: now,
            },
            {
              type: 'Established',
              status: 'True',
              reason: 'InitialNamesAccepted',
              message: 'the initial names have been accepted',
              lastTransitionTime: now,
            },
          ],
        },
        'kube-apiserver',
      );
    }
  }

  private readyEndpoints(ns: string, service: string, port?: string): { pods: string[] } | undefined {
    const svc = this.registry.find(byKind('Service'), ns, service) as Service | undefined;
    if (!svc) return undefined;
    if (port !== undefined && port !== '') {
      const match = (svc.spec?.ports ?? []).some((p) => p.name === port || String(p.port) === port);
      if (!match) return { pods: [] };
    }
    const slices = this.list<EndpointSlice>('EndpointSlice', ns).filter(
      (s) => s.metadata.labels?.['kubernetes.io/service-name'] === service,
    );
    const pods: string[] = [];
    for (const s of slices) {
      for (const e of s.endpoints ?? [])
        if (e.conditions?.ready && e.targetRef?.name) pods.push(e.targetRef.name);
    }
    return { pods: pods.sort() };
  }

  // ---- AWS load balancer status ---------------------------------------------------------------------

  private loadBalancers(): void {
    const host = (o: KubeObject, kind: string): string => {
      const h = createHash('sha256')
        .update(o.metadata.uid ?? '')
        .digest('hex');
      const base = `k8s-${(o.metadata.namespace ?? '').slice(0, 8)}-${(o.metadata.name ?? '').slice(0, 8)}-${h.slice(0, 10)}`;
      return kind === 'Ingress'
        ? `${base}-${h.slice(10, 20)}.${this.opts.region}.elb.amazonaws.com`
        : `${base}.elb.${this.opts.region}.amazonaws.com`;
    };
    for (const svc of this.list<Service>('Service')) {
      if (svc.spec?.type !== 'LoadBalancer') continue;
      const status = { loadBalancer: { ingress: [{ hostname: host(svc, 'Service') }] } };
      this.writeStatus('Service', svc, status, 'aws-load-balancer-controller');
    }
    for (const ing of this.list('Ingress')) {
      // With the load balancer controller installed, only it gives its Ingresses an address.
      if (this.lbc) continue;
      const status = { loadBalancer: { ingress: [{ hostname: host(ing, 'Ingress') }] } };
      this.writeStatus('Ingress', ing, status, 'aws-load-balancer-controller');
    }
  }

  /** Used by the API layer for `pods/{name}/proxy`. */
  podExists(ns: string, name: string): boolean {
    return [...this.runs.values()].some((r) => r.ns === ns && r.name === name);
  }
}
