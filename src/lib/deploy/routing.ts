/**
 * How users' traffic is moved between two sets of pods (the blue and green colors; canary's stable and canary
 * later), behind one small interface so the strategies do not care what fronts the service:
 *
 * - `service`: the live Service's selector (kube-proxy). A move is one selector patch, live once the
 *   EndpointSlices list only the new pods and kube-proxy had time to program them.
 * - `alb`: an ALB Ingress (AWS Load Balancer Controller, IP targets). Each backend has its own Service and so its
 *   own target group, and the Ingress rules that pointed at the live Service forward to both target groups with
 *   weights (the controller's `actions.<service>` annotation). A move changes the weights; it is live once the
 *   ALB's rules (ELBv2 DescribeRules) show them — both target groups stay registered and healthy, so the switch
 *   and the switch back drop nothing.
 */
import { ConfigurationError, InputError } from '../errors.js';
import type { Elbv2, RuleDescription } from '../aws/elbv2.js';
import { KubeApiError } from '../k8s/client.js';
import { LABEL } from '../k8s/manifests.js';
import { randomBytes } from 'node:crypto';
import { ALB_PREVIEW_SCHEME, httpRequest, type HttpTransport } from '../health/probes/http-request.js';
import type { KubeObject, Pod, Service } from '../k8s/types.js';
import { selectorString, waitEndpoints } from './common.js';
import type { DeployContext } from './types.js';

export const ALB_PREFIX = 'alb.ingress.kubernetes.io/';
const GATE_PREFIX = 'target-health.elbv2.k8s.aws/';

export interface TrafficRouter {
  readonly kind: 'service' | 'alb';
  /** What routes traffic, for the timeline (`Service web`, `ALB Ingress web (k8s-…elb.amazonaws.com)`). */
  describe(): string;
  /**
   * Objects the router needs in the cluster, routing all traffic to `live` (undefined on a first deploy), and
   * Keelson's own requests to `preview` when given.
   */
  objects(live: string | undefined, backends: string[], preview?: string): KubeObject[];
  /** Send every user to `backend`; resolves when they get it, throws RouterError when that cannot be confirmed. */
  shift(backend: string, signal: AbortSignal): Promise<void>;
  /** Resolves when `backend`'s pods are all healthy where users' traffic enters (undefined), or why not. */
  healthy(backend: string, signal: AbortSignal, timeoutMs: number): Promise<string | undefined>;
  /** The URL users reach the live service at, when it is not the API server's service proxy. */
  liveUrl(): Promise<string | undefined>;
  /**
   * `backend` before it takes users, on the path users take (an ALB rule that only Keelson's requests match), or
   * undefined: the checks then reach it through the preview Service and the API server. Needs `objects(…,
   * preview)` applied.
   */
  preview?(backend: string, signal: AbortSignal): Promise<PreviewRoute | undefined>;
  /** Removes what `objects(…, preview)` added; users stay on `live`. */
  endPreview?(live: string | undefined): Promise<void>;
  /** Seconds a backend that lost its traffic needs before its pods may go (requests in flight). */
  drainSeconds(backend: string): Promise<number>;
  /** True while users' traffic still reaches `backend` where it enters (an ALB rule with weight on it). */
  sendsTo?(backend: string): Promise<boolean>;
}

/** How the checks reach a backend before the switch: `url` for `${PREVIEW_URL}`, sent through `transports`. */
export interface PreviewRoute {
  url: string;
  transports: Record<string, HttpTransport>;
  /** For the timeline: `the ALB (requests with header x-keelson-preview)`. */
  via: string;
}

/** The header an ALB's preview rule matches (its value is a random token per deploy). */
export const PREVIEW_HEADER = 'X-Keelson-Preview';

export class RouterError extends Error {
  override readonly name: string = 'RouterError';
}

/** `service: { selector: …, keelson.dev/color: <backend> }`. */
export class ServiceRouter implements TrafficRouter {
  readonly kind = 'service';
  constructor(
    private readonly ctx: DeployContext,
    private readonly svc: Service,
  ) {}

  private get name(): string {
    return this.svc.metadata.name ?? '';
  }

  describe(): string {
    return `Service ${this.name}`;
  }

  objects(): KubeObject[] {
    return [];
  }

  async shift(backend: string, signal: AbortSignal): Promise<void> {
    await this.ctx.kube.patch(
      { apiVersion: 'v1', kind: 'Service', name: this.name, namespace: this.ctx.settings.namespace },
      // One patch: the color, and no pin to an uncolored Deployment's pods (changing strategy) any more.
      { spec: { selector: { [LABEL.color]: backend, 'pod-template-hash': null } } },
    );
    await waitEndpoints(this.ctx, this.name, { ...this.svc.spec?.selector, [LABEL.color]: backend }, signal);
  }

  async healthy(): Promise<string | undefined> {
    return undefined;
  }

  async liveUrl(): Promise<string | undefined> {
    return undefined;
  }

  async drainSeconds(): Promise<number> {
    return 0;
  }
}

export interface AlbFront {
  ingress: KubeObject;
  /** The port the Ingress rules use for the live Service (number or name). */
  port: number | string;
}

interface IngressPath {
  path?: string;
  pathType?: string;
  backend?: { service?: { name: string; port?: { number?: number; name?: string } } };
}

interface IngressSpec {
  rules?: { host?: string; http?: { paths?: IngressPath[] } }[];
}

function paths(ing: KubeObject): IngressPath[] {
  const spec = (ing.spec ?? {}) as IngressSpec;
  return (spec.rules ?? []).flatMap((r) => r.http?.paths ?? []);
}

/** An Ingress the AWS Load Balancer Controller serves (class `alb`). */
export function isAlbIngress(o: KubeObject): boolean {
  if (o.kind !== 'Ingress') return false;
  const spec = (o.spec ?? {}) as { ingressClassName?: string };
  return spec.ingressClassName === 'alb' || o.metadata.annotations?.['kubernetes.io/ingress.class'] === 'alb';
}

/** The ALB Ingress among the manifests whose rules send users to Service `service`. */
export function albFront(objects: KubeObject[], service: string): AlbFront | undefined {
  for (const ing of objects.filter(isAlbIngress)) {
    const p = paths(ing).find((x) => x.backend?.service?.name === service);
    const port = p?.backend?.service?.port;
    if (port && port.name !== 'use-annotation') return { ingress: ing, port: port.number ?? port.name ?? 80 };
  }
  return undefined;
}

/**
 * The ALB router. Backend `c` is Service `<svc>-<c>` (the live Service's selector plus the color, its ports and
 * its `alb.ingress.kubernetes.io/*` annotations); the Ingress rules for `<svc>` forward to both with weights.
 */
export class AlbRouter implements TrafficRouter {
  readonly kind = 'alb';
  /** The value of the preview header this deploy's preview rule matches: nobody else sends it. */
  private readonly previewToken = randomBytes(12).toString('hex');
  /** The load balancer's URL once looked up (undefined inside: this runner cannot reach it). */
  private base?: { url: string | undefined };

  constructor(
    private readonly ctx: DeployContext,
    private readonly svc: Service,
    private readonly front: AlbFront,
    private readonly elbv2: Elbv2,
    private readonly backends: string[],
  ) {}

  private get name(): string {
    return this.svc.metadata.name ?? '';
  }

  private get ns(): string {
    return this.ctx.settings.namespace;
  }

  backendService(backend: string): string {
    return `${this.name}-${backend}`;
  }

  describe(): string {
    return `ALB Ingress ${this.front.ingress.metadata.name}`;
  }

  /** The annotation key the controller reads the weighted forward from. */
  get actionKey(): string {
    return `${ALB_PREFIX}actions.${this.name}`;
  }

  actionFor(weights: Record<string, number>): string {
    return JSON.stringify({
      type: 'forward',
      forwardConfig: {
        targetGroups: this.backends.map((b) => ({
          serviceName: this.backendService(b),
          servicePort: String(this.front.port),
          weight: weights[b] ?? 0,
        })),
      },
    });
  }

  /** The name of the preview rule's action (`actions.<svc>-preview`, `conditions.<svc>-preview`). */
  private get previewAction(): string {
    return `${this.name}-preview`;
  }

  /**
   * The Ingress as applied: rules for the live Service go through the weighted action; with `preview`, each is
   * preceded by the same rule for requests carrying the preview header, forwarding to `preview`'s target group.
   */
  ingress(weights: Record<string, number>, preview?: string): KubeObject {
    const ing = structuredClone(this.front.ingress);
    for (const rule of (ing.spec as IngressSpec | undefined)?.rules ?? []) {
      const list = rule.http?.paths;
      if (!list) continue;
      for (let i = 0; i < list.length; i++) {
        const p = list[i] as IngressPath;
        if (p.backend?.service?.name !== this.name) continue;
        p.backend.service.port = { name: 'use-annotation' };
        if (preview) {
          list.splice(i, 0, {
            ...structuredClone(p),
            backend: { service: { name: this.previewAction, port: { name: 'use-annotation' } } },
          });
          i++;
        }
      }
    }
    ing.metadata.annotations = { ...ing.metadata.annotations, [this.actionKey]: this.actionFor(weights) };
    if (preview) {
      ing.metadata.annotations[`${ALB_PREFIX}actions.${this.previewAction}`] = JSON.stringify({
        type: 'forward',
        forwardConfig: {
          targetGroups: [{ serviceName: this.backendService(preview), servicePort: String(this.front.port) }],
        },
      });
      ing.metadata.annotations[`${ALB_PREFIX}conditions.${this.previewAction}`] = JSON.stringify([
        {
          field: 'http-header',
          httpHeaderConfig: { httpHeaderName: PREVIEW_HEADER, values: [this.previewToken] },
        },
      ]);
    }
    return ing;
  }

  private weightsFor(live: string | undefined): Record<string, number> {
    const weights = Object.fromEntries(this.backends.map((b) => [b, b === live ? 100 : 0]));
    // A first deploy sends the first backend its traffic from the start: there is nobody to protect yet.
    if (!live && this.backends[0]) weights[this.backends[0]] = 100;
    return weights;
  }

  private serviceFor(backend: string): Service {
    const spec = this.svc.spec ?? {};
    const albAnnotations = Object.fromEntries(
      Object.entries(this.svc.metadata.annotations ?? {}).filter(([k]) => k.startsWith(ALB_PREFIX)),
    );
    return {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: {
        name: this.backendService(backend),
        namespace: this.ns,
        labels: { ...this.svc.metadata.labels, [LABEL.color]: backend, [LABEL.track]: 'backend' },
        ...(Object.keys(albAnnotations).length ? { annotations: albAnnotations } : {}),
      },
      spec: {
        type: 'ClusterIP',
        selector: { ...spec.selector, [LABEL.color]: backend },
        ports: (spec.ports ?? []).map(({ name, port, targetPort }) => ({ name, port, targetPort })),
      },
    };
  }

  objects(live: string | undefined, backends: string[], preview?: string): KubeObject[] {
    return [...backends.map((b) => this.serviceFor(b)), this.ingress(this.weightsFor(live), preview)];
  }

  async preview(backend: string, signal: AbortSignal): Promise<PreviewRoute | undefined> {
    const base = await this.url();
    if (!base) return undefined;
    const timeout = this.ctx.settings.switchTimeoutMs;
    const until = this.ctx.clock.now() + timeout;
    while (!(await this.previewOnAlb(backend))) {
      if (this.ctx.clock.now() >= until) {
        this.ctx.timeline.add(
          'pre-switch',
          `the ALB did not take the preview rule for ${backend} within ${Math.round(timeout / 1000)}s: the checks reach it through the API server's service proxy instead`,
          'warn',
        );
        return undefined;
      }
      await this.ctx.clock.sleep(2_000, signal);
    }
    const host = new URL(base).host;
    const prefix = `${ALB_PREVIEW_SCHEME}//${host}`;
    const token = this.previewToken;
    return {
      url: prefix,
      via: `the ALB (requests with header ${PREVIEW_HEADER})`,
      transports: {
        [ALB_PREVIEW_SCHEME]: (url, o) => {
          if (!url.startsWith(prefix)) return Promise.reject(new Error(`not this deploy's preview: ${url}`));
          return httpRequest(`${base}${url.slice(prefix.length)}`, {
            ...o,
            headers: { ...o.headers, [PREVIEW_HEADER]: token },
          });
        },
      },
    };
  }

  async endPreview(live: string | undefined): Promise<void> {
    await this.ctx.kube.apply(this.ingress(this.weightsFor(live)));
  }

  /** True when a listener has this deploy's preview rule, forwarding to `backend`'s target group only. */
  private async previewOnAlb(backend: string): Promise<boolean> {
    const host = await this.hostname();
    const arn = await this.targetGroup(backend);
    const lb = host && arn ? await this.elbv2.loadBalancerByDns(host) : undefined;
    if (!lb || !arn) return false;
    const condition = `${PREVIEW_HEADER}=${this.previewToken}`.toLowerCase();
    for (const l of lb.listeners) {
      for (const r of await this.elbv2.rules(l.arn)) {
        if (!r.conditions.some((c) => c.toLowerCase() === condition)) continue;
        if (r.forward.length > 0 && r.forward.every((f) => f.targetGroupArn === arn || f.weight === 0))
          return true;
      }
    }
    return false;
  }

  /** The target group of a backend's Service (its TargetGroupBinding), once the controller made it. */
  async targetGroup(backend: string): Promise<string | undefined> {
    const tgbs = await this.ctx.kube.list<KubeObject>('elbv2.k8s.aws/v1beta1', 'TargetGroupBinding', this.ns);
    const tgb = tgbs.find(
      (t) => (t.spec as { serviceRef?: { name?: string } }).serviceRef?.name === this.backendService(backend),
    );
    return (tgb?.spec as { targetGroupARN?: string } | undefined)?.targetGroupARN;
  }

  /** The ARN of the load balancer of the Ingress, once it has one (for CloudWatch's LoadBalancer dimension). */
  async loadBalancerArn(): Promise<string | undefined> {
    const host = await this.hostname();
    return host ? (await this.elbv2.loadBalancerByDns(host))?.arn : undefined;
  }

  /** Waits for the controller to make the backend's TargetGroupBinding (pods created after it get its gate). */
  async waitBinding(backend: string, signal: AbortSignal, timeoutMs = 120_000): Promise<boolean> {
    const until = this.ctx.clock.now() + timeoutMs;
    while (this.ctx.clock.now() < until) {
      if (await this.targetGroup(backend)) return true;
      try {
        await this.ctx.clock.sleep(2_000, signal);
      } catch {
        return false;
      }
    }
    return false;
  }

  async hostname(): Promise<string | undefined> {
    const live = await this.ctx.kube.get<KubeObject>(
      'networking.k8s.io/v1',
      'Ingress',
      this.front.ingress.metadata.name ?? '',
      this.ns,
    );
    const st = live?.status as { loadBalancer?: { ingress?: { hostname?: string }[] } } | undefined;
    return st?.loadBalancer?.ingress?.[0]?.hostname;
  }

  /**
   * True while a rule of the ALB for users (not a preview rule) forwards to `backend`'s target group with a weight:
   * the weights the Ingress asks for are not what the ALB does until the controller has applied them.
   */
  async sendsTo(backend: string): Promise<boolean> {
    const arn = await this.targetGroup(backend);
    if (!arn) return false;
    return (await this.usersRules()).some((r) =>
      r.forward.some((f) => f.targetGroupArn === arn && f.weight > 0),
    );
  }

  /** The rules of the Ingress's ALB that take users' requests: every listener's, without preview rules. */
  private async usersRules(): Promise<RuleDescription[]> {
    const host = await this.hostname();
    const lb = host ? await this.elbv2.loadBalancerByDns(host) : undefined;
    const rules: RuleDescription[] = [];
    for (const l of lb?.listeners ?? []) {
      for (const r of await this.elbv2.rules(l.arn)) {
        // A preview rule (this deploy's or a leftover) only takes requests with the preview header.
        if (!r.conditions.some((c) => c.toLowerCase().startsWith(`${PREVIEW_HEADER.toLowerCase()}=`)))
          rules.push(r);
      }
    }
    return rules;
  }

  /** True when every ALB rule that forwards to the backends' target groups has exactly `weights`. */
  private async appliedOnAlb(weights: Record<string, number>): Promise<boolean> {
    const arns: Record<string, string> = {};
    for (const b of this.backends) {
      const arn = await this.targetGroup(b);
      if (!arn) return false;
      arns[arn] = b;
    }
    let seen = 0;
    for (const r of await this.usersRules()) {
      if (!r.forward.some((f) => arns[f.targetGroupArn])) continue;
      seen++;
      for (const b of this.backends) {
        const tg = Object.keys(arns).find((a) => arns[a] === b);
        const got = r.forward.find((f) => f.targetGroupArn === tg)?.weight ?? 0;
        if (got !== (weights[b] ?? 0)) return false;
      }
    }
    return seen > 0;
  }

  /**
   * Sets the backends' weights (canary steps); resolves once the ALB's rules show them, throws RouterError when
   * the controller reports it could not apply them or they do not show within switch-timeout.
   */
  async setWeights(weights: Record<string, number>, signal: AbortSignal): Promise<void> {
    const before = await this.rejections();
    await this.ctx.kube.apply(this.ingress(weights));
    const timeout = this.ctx.settings.switchTimeoutMs;
    const until = this.ctx.clock.now() + timeout;
    for (;;) {
      if (await this.appliedOnAlb(weights)) break;
      const rejected = await this.rejection(before);
      if (rejected)
        throw new RouterError(
          `the AWS Load Balancer Controller could not apply the weights of Ingress ${this.front.ingress.metadata.name}: ${rejected}`,
        );
      if (this.ctx.clock.now() >= until)
        throw new RouterError(
          `the ALB of Ingress ${this.front.ingress.metadata.name} did not take the new weights within ${Math.round(timeout / 1000)}s (is the AWS Load Balancer Controller reconciling?)`,
        );
      await this.ctx.clock.sleep(2_000, signal);
    }
  }

  /** The controller's Warning events on the Ingress (FailedBuildModel, FailedDeployModel): name → count. */
  private async rejections(): Promise<Map<string, { count: number; text: string }>> {
    const events = await this.ctx.kube
      .list<KubeObject & { reason?: string; message?: string; count?: number; type?: string }>(
        'v1',
        'Event',
        this.ns,
      )
      .catch(() => []);
    const name = this.front.ingress.metadata.name;
    const out = new Map<string, { count: number; text: string }>();
    for (const e of events) {
      const involved = (e as { involvedObject?: { kind?: string; name?: string } }).involvedObject;
      if (
        e.type === 'Warning' &&
        (e.reason === 'FailedDeployModel' || e.reason === 'FailedBuildModel') &&
        involved?.kind === 'Ingress' &&
        involved.name === name
      )
        out.set(e.metadata.name ?? '', { count: e.count ?? 1, text: `${e.reason}: ${e.message ?? ''}` });
    }
    return out;
  }

  /** A rejection reported after `before` was taken (a new event, or one seen again), if any. */
  private async rejection(before: Map<string, { count: number; text: string }>): Promise<string | undefined> {
    for (const [name, e] of await this.rejections()) {
      if (e.count > (before.get(name)?.count ?? 0)) return e.text;
    }
    return undefined;
  }

  async shift(backend: string, signal: AbortSignal): Promise<void> {
    const weights = Object.fromEntries(this.backends.map((b) => [b, b === backend ? 100 : 0]));
    await this.setWeights(weights, signal);
    // In-cluster clients use the live Service: it follows once the ALB has.
    await this.ctx.kube.patch(
      { apiVersion: 'v1', kind: 'Service', name: this.name, namespace: this.ns },
      { spec: { selector: { [LABEL.color]: backend } } },
    );
  }

  async healthy(backend: string, signal: AbortSignal, timeoutMs: number): Promise<string | undefined> {
    return waitTargetsHealthy(
      this.ctx,
      this.elbv2,
      this.backendService(backend),
      { ...this.svc.spec?.selector, [LABEL.color]: backend },
      signal,
      timeoutMs,
    );
  }

  async liveUrl(): Promise<string | undefined> {
    return this.url();
  }

  /** The load balancer's URL when this runner can reach it; looked up (and any warning given) once. */
  private async url(): Promise<string | undefined> {
    if (this.base) return this.base.url;
    const host = await this.hostname();
    if (!host) return undefined;
    this.base = { url: await reachableUrl(this.ctx, host) };
    return this.base.url;
  }

  async drainSeconds(backend: string): Promise<number> {
    const arn = await this.targetGroup(backend);
    if (!arn) return 0;
    const attrs = await this.elbv2.targetGroupAttributes(arn).catch(() => ({}) as Record<string, string>);
    return Number(attrs['deregistration_delay.timeout_seconds'] ?? '300');
  }

  /** Pods of `backend` carry the readiness gate of its target group: Ready then means healthy on the ALB. */
  static gated(pod: Pod): boolean {
    return ((pod.spec?.readinessGates as { conditionType: string }[] | undefined) ?? []).some((g) =>
      g.conditionType.startsWith(GATE_PREFIX),
    );
  }
}

/**
 * The URL users reach an Ingress's load balancer at, once it has one and this runner can reach it: an internal
 * ALB, or one whose security groups do not admit the runner, cannot be checked from here — the checks then go
 * through the API server's service proxy, and the timeline says so.
 */
export async function ingressUrl(ctx: DeployContext, name: string): Promise<string | undefined> {
  const live = await ctx.kube.get<KubeObject>(
    'networking.k8s.io/v1',
    'Ingress',
    name,
    ctx.settings.namespace,
  );
  const st = live?.status as { loadBalancer?: { ingress?: { hostname?: string }[] } } | undefined;
  const host = st?.loadBalancer?.ingress?.[0]?.hostname;
  return host ? reachableUrl(ctx, host) : undefined;
}

/** `http://<load balancer>` when it answers this runner; otherwise undefined, and the timeline says why. */
async function reachableUrl(ctx: DeployContext, host: string): Promise<string | undefined> {
  const url = ctx.loadBalancerUrl(host);
  if (await reachable(ctx, url)) return url;
  ctx.timeline.add(
    'plan',
    `the ALB ${host} does not answer this runner (internal, or its security groups): checks go through the API server's service proxy instead`,
    'warn',
  );
  return undefined;
}

/** One request within 10 s of the clock: any HTTP answer means the URL is reachable from here. */
async function reachable(ctx: DeployContext, url: string): Promise<boolean> {
  const ac = new AbortController();
  const timer = new AbortController();
  ctx.clock.sleep(10_000, timer.signal).then(
    () => ac.abort(new Error('timeout')),
    () => undefined,
  );
  try {
    await httpRequest(`${url}/`, {
      method: 'GET',
      headers: {},
      insecure: false,
      signal: ac.signal,
      maxBody: 1024,
    });
    return true;
  } catch {
    return false;
  } finally {
    timer.abort();
  }
}

/** The target group of Service `service` (its TargetGroupBinding), once the load balancer controller made it. */
export async function targetGroupOf(ctx: DeployContext, service: string): Promise<string | undefined> {
  const tgbs = await ctx.kube.list<KubeObject>(
    'elbv2.k8s.aws/v1beta1',
    'TargetGroupBinding',
    ctx.settings.namespace,
  );
  const tgb = tgbs.find((t) => (t.spec as { serviceRef?: { name?: string } }).serviceRef?.name === service);
  return (tgb?.spec as { targetGroupARN?: string } | undefined)?.targetGroupARN;
}

/**
 * Waits until every running pod matching `labels` is a healthy target of Service `service`'s target group
 * (ELBv2 DescribeTargetHealth); returns why not after `timeoutMs`.
 */
export async function waitTargetsHealthy(
  ctx: DeployContext,
  elbv2: Elbv2,
  service: string,
  labels: Record<string, string>,
  signal: AbortSignal,
  timeoutMs: number,
): Promise<string | undefined> {
  const until = ctx.clock.now() + timeoutMs;
  let last = 'no target group yet';
  for (;;) {
    const arn = await targetGroupOf(ctx, service);
    if (arn) {
      const pods = await ctx.kube.list<Pod>('v1', 'Pod', ctx.settings.namespace, {
        labelSelector: selectorString(labels),
      });
      const ips = pods
        .filter((p) => !p.metadata.deletionTimestamp && (p.status as { podIP?: string } | undefined)?.podIP)
        .map((p) => (p.status as { podIP: string }).podIP);
      const targets = await elbv2.targetHealth(arn);
      const states = ips.map((ip) => targets.find((t) => t.id === ip)?.state ?? 'not registered');
      const healthy = states.filter((st) => st === 'healthy').length;
      if (ips.length > 0 && healthy === ips.length) return undefined;
      const others = [...new Set(states.filter((st) => st !== 'healthy'))].join(', ') || 'no pods';
      last = `${healthy} of ${ips.length} targets healthy (${others})`;
    }
    if (ctx.clock.now() >= until)
      return `not healthy on the ALB within ${Math.round(timeoutMs / 1000)}s: ${last}`;
    try {
      await ctx.clock.sleep(2_000, signal);
    } catch {
      return 'cancelled';
    }
  }
}

/**
 * The router for a Service: the ALB when an ALB Ingress of the manifests fronts it (the cluster must run the AWS
 * Load Balancer Controller, and Keelson must be able to read ELBv2), else the Service itself.
 */
export async function routerFor(
  ctx: DeployContext,
  svc: Service,
  backends: string[],
): Promise<TrafficRouter> {
  const front = albFront(ctx.objects, svc.metadata.name ?? '');
  if (ctx.settings.router === 'alb' && !front)
    throw new InputError(
      'router',
      `Invalid input 'router': 'alb'. Expected an ALB Ingress (class alb) in the manifests routing to Service ${svc.metadata.name}.`,
    );
  if (!front || ctx.settings.router === 'service') return new ServiceRouter(ctx, svc);
  const ingName = front.ingress.metadata.name;
  try {
    await ctx.kube.resource('elbv2.k8s.aws/v1beta1', 'TargetGroupBinding');
  } catch (e) {
    if (e instanceof KubeApiError && e.status === 404)
      throw new ConfigurationError(
        `Ingress ${ingName} is of class alb, but the cluster does not serve TargetGroupBinding (elbv2.k8s.aws/v1beta1): install the AWS Load Balancer Controller, or remove the Ingress from the manifests.`,
      );
    throw e;
  }
  if (!ctx.elbv2)
    throw new ConfigurationError(
      `Ingress ${ingName} puts an ALB in front of ${svc.metadata.name}: Keelson reads the ALB's rules and target health to switch without dropping requests, and needs the AWS region ('aws-region' or AWS_REGION) and credentials allowed elasticloadbalancing:Describe*.`,
    );
  return new AlbRouter(ctx, svc, front, ctx.elbv2, backends);
}
