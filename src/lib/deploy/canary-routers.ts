/**
 * How a canary's share of users is set and confirmed, on top of the traffic routers of blue-green (routing.ts):
 *
 * - `alb`: the weighted forward of the ALB Ingress (AlbRouter): stable's and canary's target groups with weights
 *   `100 - w` and `w`; a weight counts once the ALB's rules (ELBv2 DescribeRules) show it.
 * - `replicas`: no router — the live Service selects both versions' pods and kube-proxy spreads connections over
 *   the ready ones, so the share is ready canary pods / all ready pods. That share is reported as it is
 *   ("requested 10 %, actual 25 % with 1 of 4 pods"), never as the step's number.
 *
 * Backends are the colors of blue-green: the stable color keeps running untouched (its pods never restart), the
 * canary is the other color, and promotion moves every user to it.
 */
import { InputError } from '../errors.js';
import { LABEL } from '../k8s/manifests.js';
import type { KubeObject, Pod, Service } from '../k8s/types.js';
import { selectorString, waitEndpoints } from './common.js';
import { AlbRouter, RouterError, albFront, routerFor } from './routing.js';
import type { DeployContext } from './types.js';

export type CanaryRouterKind = 'alb' | 'replicas';

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
  /** Seconds a version that lost its users needs before its pods may go. */
  drainSeconds(color: string): Promise<number>;
  /** The Service of one version (for `${TARGET_URL}` / `${STABLE_URL}`). */
  serviceOf(color: string): string;
  /** For the post step: the Ingress annotation that puts every user back on stable, when the router has one. */
  restore?(): { ingress: string; annotation: string; action: string };
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
  restore(): { ingress: string; annotation: string; action: string } {
    return {
      ingress: this.ingressName,
      annotation: this.alb.actionKey,
      action: this.alb.actionFor({ [this.stable]: 100, [this.canary]: 0 }),
    };
  }
  waitBinding(signal: AbortSignal): Promise<boolean> {
    return this.alb.waitBinding(this.canary, signal);
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
 * The canary's router: `alb` when an ALB Ingress of the manifests fronts the service (or `router: alb`),
 * otherwise `replicas`. `router: service` moves every user at once and cannot run a canary.
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
      `Invalid input 'router': 'service'. Expected alb or replicas with strategy canary (a Service's selector moves every user at once).`,
    );
  if (wanted !== 'replicas') {
    const r = await routerFor(ctx, svc, colors);
    if (r instanceof AlbRouter)
      return new AlbCanaryRouter(
        r,
        stable,
        canary,
        albFront(ctx.objects, svc.metadata.name ?? '')?.ingress.metadata.name ?? '',
      );
  }
  return new ReplicasCanaryRouter(ctx, svc, stable, canary);
}

export function isAlbCanary(
  r: CanaryRouter,
): r is CanaryRouter & { waitBinding(signal: AbortSignal): Promise<boolean> } {
  return r instanceof AlbCanaryRouter;
}
