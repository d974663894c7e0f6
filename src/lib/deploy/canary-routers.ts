/**
 * How a canary's share of users is set and confirmed, on top of the traffic routers of blue-green (routing.ts):
 *
 * - `alb`: the weighted forward of the ALB Ingress (AlbRouter): stable's and canary's target groups with weights
 *   `100 - w` and `w`; a weight counts once the ALB's rules (ELBv2 DescribeRules) show it.
 * - `gateway-api`: the users' HTTPRoute with backendRefs weights (GatewayRouter); a weight counts once the route's
 *   status.parents accept that generation (Accepted and ResolvedRefs True).
 * - `replicas`: no router — the live Service selects both versions' pods and kube-proxy spreads connections over
 *   the ready ones, so the share is ready canary pods / all ready pods. That share is reported as it is
 *   ("requested 10 %, actual 25 % with 1 of 4 pods"), never as the step's number.
 *
 * Backends are the colors of blue-green: the stable color keeps running untouched (its pods never restart), the
 * canary is the other color, and promotion moves every user to it.
 */
import { ConfigurationError, InputError } from '../errors.js';
import { KubeApiError } from '../k8s/client.js';
import { LABEL } from '../k8s/manifests.js';
import type { KubeObject, Pod, Service } from '../k8s/types.js';
import { selectorString, waitEndpoints } from './common.js';
import { AlbRouter, RouterError, albFront, routerFor } from './routing.js';
import { GATEWAY_API, GatewayRouter, routesTo, type HTTPRoute } from './gateway-router.js';
import type { DeployContext } from './types.js';

export type CanaryRouterKind = 'alb' | 'gateway-api' | 'replicas';

/** What the router delivered: the canary's share of new requests, in percent, and how, for the timeline. */
export interface Delivered {
  weight: number;
  detail: string;
}

export interface CanaryRouter {
  readonly kind: CanaryRouterKind;
  describe(): string;
  /** Objects to apply before the canary's pods start: every user on `stable`. */
  objects(): KubeObject[];
  /** Canary pods for a `weight` % step next to `stable` ready stable pods. */
  canaryReplicas(weight: number, stable: number): number;
  /** Gives the canary `weight` % (0: every user on stable, 100: every user on canary), confirmed; RouterError if not. */
  setWeight(weight: number, signal: AbortSignal): Promise<Delivered>;
  /** Resolves when the canary's pods are all healthy where users' traffic enters (undefined), or why not. */
  healthy(signal: AbortSignal, timeoutMs: number): Promise<string | undefined>;
  /**
   * After the release's and the router's objects are applied, before the canary's pods start: why the router cannot
   * carry the canary (the abort then restores what was there), or undefined.
   */
  prepare?(signal: AbortSignal): Promise<string | undefined>;
  /** Seconds a version that lost its users needs before its pods may go. */
  drainSeconds(color: string): Promise<number>;
  /** The Service of one version (for `${TARGET_URL}` / `${STABLE_URL}`). */
  serviceOf(color: string): string;
  /** For the post step: the state (`bg-*` keys) that lets it put every user back on stable, when the router has one. */
  restore?(): Record<string, string>;
  /** Behind an ALB: the load balancer's and both target groups' ARNs (CloudWatch's dimensions). */
  albArns?(): Promise<{ loadBalancer?: string; canary?: string; stable?: string }>;
}

/** Service `<svc>-<color>`: the live Service's selector plus the color, its ports. */
export function colorService(svc: Service, color: string, namespace: string): Service {
  const spec = svc.spec ?? {};
  return {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: {
      name: `${svc.metadata.name}-${color}`,
      namespace,
      labels: { ...svc.metadata.labels, [LABEL.color]: color, [LABEL.track]: 'backend' },
    },
    spec: {
      type: 'ClusterIP',
      selector: { ...spec.selector, [LABEL.color]: color },
      ports: (spec.ports ?? []).map(({ name, port, targetPort }) => ({ name, port, targetPort })),
    },
  };
}

class AlbCanaryRouter implements CanaryRouter {
  readonly kind = 'alb';
  constructor(
    private readonly alb: AlbRouter,
    private readonly stable: string,
    private readonly canary: string,
    private readonly ingressName: string,
  ) {}
  describe(): string {
    return this.alb.describe();
  }
  objects(): KubeObject[] {
    return this.alb.objects(this.stable, [this.stable, this.canary]);
  }
  canaryReplicas(weight: number, stable: number): number {
    // At 100 % this is stable's count (at least 1).
    return Math.max(1, Math.ceil((stable * weight) / 100));
  }
  async setWeight(weight: number, signal: AbortSignal): Promise<Delivered> {
    if (weight >= 100) await this.alb.shift(this.canary, signal);
    else if (weight <= 0) await this.alb.shift(this.stable, signal);
    else await this.alb.setWeights({ [this.stable]: 100 - weight, [this.canary]: weight }, signal);
    return {
      weight,
      detail: `the ALB's rules forward ${weight}% to ${this.alb.backendService(this.canary)}, ${100 - weight}% to ${this.alb.backendService(this.stable)}`,
    };
  }
  healthy(signal: AbortSignal, timeoutMs: number): Promise<string | undefined> {
    return this.alb.healthy(this.canary, signal, timeoutMs);
  }
  drainSeconds(color: string): Promise<number> {
    return this.alb.drainSeconds(color);
  }
  serviceOf(color: string): string {
    return this.alb.backendService(color);
  }
  restore(): Record<string, string> {
    return {
      'bg-action': this.alb.actionKey,
      'bg-ingress': this.ingressName,
      'bg-restore-action': this.alb.actionFor({ [this.stable]: 100, [this.canary]: 0 }),
    };
  }
  waitBinding(signal: AbortSignal): Promise<boolean> {
    return this.alb.waitBinding(this.canary, signal);
  }
  async albArns(): Promise<{ loadBalancer?: string; canary?: string; stable?: string }> {
    const [loadBalancer, canary, stable] = await Promise.all([
      this.alb.loadBalancerArn(),
      this.alb.targetGroup(this.canary),
      this.alb.targetGroup(this.stable),
    ]);
    return { loadBalancer, canary, stable };
  }
}

class GatewayCanaryRouter implements CanaryRouter {
  readonly kind = 'gateway-api';
  constructor(
    private readonly ctx: DeployContext,
    private readonly gw: GatewayRouter,
    private readonly svc: Service,
    private readonly stable: string,
    private readonly canary: string,
  ) {}
  describe(): string {
    return this.gw.describe();
  }
  objects(): KubeObject[] {
    const ns = this.ctx.settings.namespace;
    return [colorService(this.svc, this.stable, ns), colorService(this.svc, this.canary, ns)];
  }
  canaryReplicas(weight: number, stable: number): number {
    if (weight >= 100) return Math.max(1, stable);
    return Math.max(1, Math.ceil((stable * weight) / 100));
  }
  async setWeight(weight: number, signal: AbortSignal): Promise<Delivered> {
    const w = Math.min(100, Math.max(0, weight));
    const status = await this.gw.setWeights({ [this.stable]: 100 - w, [this.canary]: w }, signal);
    const to = (c: string): string => this.gw.backendService(c);
    return {
      weight: w,
      detail:
        w <= 0 || w >= 100
          ? `HTTPRoute ${this.gw.name} is back to its own rules, Service ${this.svc.metadata.name} on ${w <= 0 ? this.stable : this.canary}: ${status}`
          : `HTTPRoute ${this.gw.name} weighs ${w} for ${to(this.canary)}, ${100 - w} for ${to(this.stable)}: ${status}`,
    };
  }
  healthy(signal: AbortSignal, timeoutMs: number): Promise<string | undefined> {
    return this.gw.healthy(this.canary, signal, timeoutMs);
  }
  prepare(signal: AbortSignal): Promise<string | undefined> {
    return this.gw.prepared(signal);
  }
  async drainSeconds(): Promise<number> {
    return 0;
  }
  serviceOf(color: string): string {
    return this.gw.backendService(color);
  }
  restore(): Record<string, string> {
    return this.gw.restoreState();
  }
}

interface SliceLike extends KubeObject {
  endpoints?: { conditions?: { ready?: boolean }; targetRef?: { name?: string } }[];
}

class ReplicasCanaryRouter implements CanaryRouter {
  readonly kind = 'replicas';
  constructor(
    private readonly ctx: DeployContext,
    private readonly svc: Service,
    private readonly stable: string,
    private readonly canary: string,
  ) {}
  private get name(): string {
    return this.svc.metadata.name ?? '';
  }
  describe(): string {
    return `Service ${this.name} over both versions' pods (no router: the share is the share of ready pods)`;
  }
  objects(): KubeObject[] {
    const ns = this.ctx.settings.namespace;
    return [colorService(this.svc, this.stable, ns), colorService(this.svc, this.canary, ns)];
  }
  canaryReplicas(weight: number, stable: number): number {
    if (weight >= 100) return Math.max(1, stable);
    return Math.max(1, Math.round((stable * weight) / (100 - weight)));
  }
  private async select(color: string | null): Promise<void> {
    await this.ctx.kube.patch(
      { apiVersion: 'v1', kind: 'Service', name: this.name, namespace: this.ctx.settings.namespace },
      { spec: { selector: { [LABEL.color]: color } } },
    );
  }
  async setWeight(weight: number, signal: AbortSignal): Promise<Delivered> {
    const base = this.svc.spec?.selector ?? {};
    if (weight <= 0 || weight >= 100) {
      const color = weight <= 0 ? this.stable : this.canary;
      await this.select(color);
      if (!(await waitEndpoints(this.ctx, this.name, { ...base, [LABEL.color]: color }, signal)))
        throw new RouterError(`Service ${this.name}'s endpoints did not settle on ${color}'s pods`);
      return { weight, detail: `Service ${this.name} selects only ${color}'s pods` };
    }
    await this.select(null);
    const until = this.ctx.clock.now() + this.ctx.settings.switchTimeoutMs;
    for (;;) {
      const share = await this.share();
      if (share && share.canary > 0) {
        const actual = Math.round((1000 * share.canary) / share.total) / 10;
        return {
          weight: actual,
          detail:
            `requested ${weight}%, actual ${actual}% with ${share.canary} of ${share.total} pods` +
            (Math.abs(actual - weight) >= 1 ? ' (no router: the share moves in whole pods)' : ''),
        };
      }
      if (this.ctx.clock.now() >= until)
        throw new RouterError(
          `Service ${this.name} did not list a ready canary pod within ${Math.round(this.ctx.settings.switchTimeoutMs / 1000)}s`,
        );
      await this.ctx.clock.sleep(1_000, signal);
    }
  }
  /** Ready endpoints of the live Service, by version. */
  private async share(): Promise<{ canary: number; total: number } | undefined> {
    const ns = this.ctx.settings.namespace;
    const [slices, pods] = await Promise.all([
      this.ctx.kube.list<SliceLike>('discovery.k8s.io/v1', 'EndpointSlice', ns, {
        labelSelector: `kubernetes.io/service-name=${this.name}`,
      }),
      this.ctx.kube.list<Pod>('v1', 'Pod', ns, {
        labelSelector: selectorString({ ...this.svc.spec?.selector, [LABEL.color]: this.canary }),
      }),
    ]);
    const canaryPods = new Set(pods.map((p) => p.metadata.name));
    const ready = slices.flatMap((s) => (s.endpoints ?? []).filter((e) => e.conditions?.ready !== false));
    if (ready.length === 0) return undefined;
    return {
      canary: ready.filter((e) => canaryPods.has(e.targetRef?.name)).length,
      total: ready.length,
    };
  }
  async healthy(): Promise<string | undefined> {
    return undefined;
  }
  async drainSeconds(): Promise<number> {
    return 0;
  }
  serviceOf(color: string): string {
    return `${this.name}-${color}`;
  }
}

/**
 * The canary's router: `alb` when an ALB Ingress of the manifests fronts the service (or `router: alb`), else
 * `gateway-api` when one HTTPRoute of the manifests routes to it (or `router: gateway-api`), otherwise `replicas`.
 * `router: service` moves every user at once and cannot run a canary.
 */
export async function canaryRouterFor(
  ctx: DeployContext,
  svc: Service,
  stable: string,
  canary: string,
  colors: string[],
): Promise<CanaryRouter> {
  const wanted = ctx.settings.router;
  if (wanted === 'service')
    throw new InputError(
      'router',
      `Invalid input 'router': 'service'. Expected alb, gateway-api or replicas with strategy canary (a Service's selector moves every user at once).`,
    );
  if (wanted === 'gateway-api')
    return new GatewayCanaryRouter(ctx, await gatewayRouterFor(ctx, svc), svc, stable, canary);
  if (wanted !== 'replicas') {
    const r = await routerFor(ctx, svc, colors);
    if (r instanceof AlbRouter)
      return new AlbCanaryRouter(
        r,
        stable,
        canary,
        albFront(ctx.objects, svc.metadata.name ?? '')?.ingress.metadata.name ?? '',
      );
    // No ALB: users who reach the service through one HTTPRoute of the manifests get the route's weights.
    if (
      wanted === 'auto' &&
      routesTo(ctx.objects, svc.metadata.name ?? '', ctx.settings.namespace).length === 1
    )
      return new GatewayCanaryRouter(ctx, await gatewayRouterFor(ctx, svc), svc, stable, canary);
  }
  return new ReplicasCanaryRouter(ctx, svc, stable, canary);
}

/**
 * The users' HTTPRoute for `router: gateway-api`: `http-route` names it (from the manifests, or already in the
 * cluster), or the manifests hold exactly one HTTPRoute routing to the Service. It must send traffic to the
 * Service through a backendRef, and the cluster must serve the Gateway API.
 */
async function gatewayRouterFor(ctx: DeployContext, svc: Service): Promise<GatewayRouter> {
  const ns = ctx.settings.namespace;
  const service = svc.metadata.name ?? '';
  const name = ctx.settings.httpRoute;
  try {
    await ctx.kube.resource(GATEWAY_API, 'HTTPRoute');
  } catch (e) {
    if (e instanceof KubeApiError && e.status === 404)
      throw new ConfigurationError(
        `router gateway-api: the cluster does not serve HTTPRoute (${GATEWAY_API}): install the Gateway API CRDs and a controller, or use router alb or replicas.`,
      );
    throw e;
  }
  let route: HTTPRoute | undefined;
  if (name) {
    route =
      ctx.objects.find(
        (o): o is HTTPRoute =>
          o.kind === 'HTTPRoute' && o.apiVersion === GATEWAY_API && o.metadata.name === name,
      ) ?? (await ctx.kube.get<HTTPRoute>(GATEWAY_API, 'HTTPRoute', name, ns));
    if (!route)
      throw new InputError(
        'http-route',
        `Invalid input 'http-route': '${name}'. Expected an HTTPRoute in the manifests or in namespace ${ns}; none is named so.`,
      );
    if (routesTo([route], service, ns).length === 0)
      throw new InputError(
        'http-route',
        `Invalid input 'http-route': '${name}'. Expected an HTTPRoute with a backendRef to Service ${service}; its rules send nothing there.`,
      );
  } else {
    const found = routesTo(ctx.objects, service, ns);
    if (found.length !== 1)
      throw new InputError(
        'http-route',
        found.length === 0
          ? `Input 'http-route' is required with router gateway-api: name the HTTPRoute whose backendRefs send users to Service ${service} (none in the manifests does).`
          : `Input 'http-route' is required with router gateway-api: ${found.length} HTTPRoutes of the manifests send users to Service ${service} (${found.map((r) => r.metadata.name).join(', ')}); name one.`,
      );
    route = found[0] as HTTPRoute;
  }
  const router = new GatewayRouter(ctx, svc, structuredClone(route));
  // A route from the cluster that its Gateway does not serve cannot carry a canary (nor take users back), and
  // nothing in this release changes it. A route of the manifests is checked once applied (prepare).
  const refused = ctx.objects.includes(route) ? undefined : await router.refused();
  if (refused)
    throw new ConfigurationError(
      `HTTPRoute ${router.name} is not served as it is in the cluster: ${refused}. Fix the route or its Gateway before a canary.`,
    );
  return router;
}

export function isAlbCanary(
  r: CanaryRouter,
): r is CanaryRouter & { waitBinding(signal: AbortSignal): Promise<boolean> } {
  return r instanceof AlbCanaryRouter;
}
