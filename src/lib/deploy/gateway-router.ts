/**
 * The `gateway-api` canary router: the users' HTTPRoute (gateway.networking.k8s.io/v1) splits the service's
 * traffic with `backendRefs` weights between `<service>-<stable>` and `<service>-<canary>`.
 *
 * At rest the HTTPRoute is the users' own: its rules send the service's share to the live Service. For a step,
 * every backendRef to the live Service in every rule becomes two — stable's Service with `100 - w`, the canary's
 * with `w` (other backendRefs of the rule keep their proportion) — and the step counts only once the route's
 * `status.parents` show, for the written generation (`observedGeneration`), `Accepted` and `ResolvedRefs` True on
 * every parent. That status is what a router outside the cluster can see: conformant implementations write it once
 * they have translated the route; the share users really got is measured by `keelson rollout --simulate` on their
 * own requests. A False condition for that generation fails the step with the controller's reason.
 *
 * Weight 0 and 100 end where they started: the route back to the users' rules exactly, with the live Service
 * selecting the version that keeps every user (moved only while the route sends nobody through it).
 */
import { LABEL } from '../k8s/manifests.js';
import type { KubeObject, Service } from '../k8s/types.js';
import { waitEndpoints } from './common.js';
import { RouterError } from './routing.js';
import type { DeployContext } from './types.js';

export const GATEWAY_API = 'gateway.networking.k8s.io/v1';

export interface BackendRef {
  group?: string;
  kind?: string;
  name: string;
  namespace?: string;
  port?: number;
  weight?: number;
}

interface ParentRef {
  group?: string;
  kind?: string;
  namespace?: string;
  name: string;
  sectionName?: string;
  port?: number;
}

export interface HTTPRoute extends KubeObject {
  spec?: {
    parentRefs?: ParentRef[];
    hostnames?: string[];
    rules?: { backendRefs?: BackendRef[]; [k: string]: unknown }[];
    [k: string]: unknown;
  };
  status?: {
    parents?: {
      parentRef: ParentRef;
      controllerName: string;
      conditions?: {
        type: string;
        status: string;
        reason?: string;
        message?: string;
        observedGeneration?: number;
      }[];
    }[];
  };
}

/** True when a backendRef points at Service `name` of the route's namespace. */
export function refersTo(b: BackendRef, name: string, ns: string): boolean {
  return (
    b.name === name &&
    (b.group ?? '') === '' &&
    (b.kind ?? 'Service') === 'Service' &&
    (b.namespace ?? ns) === ns
  );
}

/** The HTTPRoutes among `objects` whose rules send traffic to Service `service`. */
export function routesTo(objects: KubeObject[], service: string, ns: string): HTTPRoute[] {
  return objects.filter(
    (o): o is HTTPRoute =>
      o.kind === 'HTTPRoute' &&
      o.apiVersion === GATEWAY_API &&
      ((o as HTTPRoute).spec?.rules ?? []).some((r) =>
        (r.backendRefs ?? []).some((b) => refersTo(b, service, o.metadata.namespace ?? ns)),
      ),
  );
}

const sameParent = (a: ParentRef, b: ParentRef, ns: string): boolean =>
  a.name === b.name &&
  (a.namespace ?? ns) === (b.namespace ?? ns) &&
  (a.kind ?? 'Gateway') === (b.kind ?? 'Gateway') &&
  (a.sectionName ?? '') === (b.sectionName ?? '') &&
  (a.port ?? 0) === (b.port ?? 0);

export class GatewayRouter {
  constructor(
    private readonly ctx: DeployContext,
    private readonly svc: Service,
    /** The users' HTTPRoute as they wrote it (the manifests' copy, or the cluster's before the canary). */
    private readonly original: HTTPRoute,
  ) {}

  get name(): string {
    return this.original.metadata.name ?? '';
  }

  private get service(): string {
    return this.svc.metadata.name ?? '';
  }

  private get ns(): string {
    return this.ctx.settings.namespace;
  }

  backendService(color: string): string {
    return `${this.service}-${color}`;
  }

  describe(): string {
    return `HTTPRoute ${this.name}`;
  }

  /** The users' rules, with each backendRef to the live Service split by `weights` (color → percent). */
  rules(weights: Record<string, number>): NonNullable<NonNullable<HTTPRoute['spec']>['rules']> {
    const colors = Object.keys(weights).filter((c) => (weights[c] ?? 0) > 0);
    return (this.original.spec?.rules ?? []).map((rule) => {
      const refs = rule.backendRefs;
      if (!refs?.some((b) => refersTo(b, this.service, this.ns))) return structuredClone(rule);
      const out: BackendRef[] = [];
      for (const b of refs) {
        const w = b.weight ?? 1;
        if (!refersTo(b, this.service, this.ns)) {
          // Others keep their proportion to the service's share: everything is scaled by 100.
          out.push({ ...structuredClone(b), weight: w * 100 });
          continue;
        }
        for (const c of colors)
          out.push({ ...structuredClone(b), name: this.backendService(c), weight: w * (weights[c] ?? 0) });
      }
      return { ...structuredClone(rule), backendRefs: out };
    });
  }

  /** The route as Keelson writes it: the users' route with `rules`. */
  private route(rules: NonNullable<NonNullable<HTTPRoute['spec']>['rules']>): HTTPRoute {
    const { name, namespace, labels, annotations } = this.original.metadata;
    return {
      apiVersion: GATEWAY_API,
      kind: 'HTTPRoute',
      metadata: {
        name,
        namespace: namespace ?? this.ns,
        ...(labels ? { labels } : {}),
        ...(annotations ? { annotations } : {}),
      },
      spec: { ...structuredClone(this.original.spec), rules },
    };
  }

  /** What the post step needs to put the users' route back if the runner dies mid-canary. */
  restoreState(): Record<string, string> {
    return {
      'bg-route': this.name,
      'bg-route-rules': JSON.stringify(this.original.spec?.rules ?? []),
    };
  }

  /**
   * `weights` (color → percent) on the route, confirmed by its status; weight 100 for one color ends with the
   * users' own route and the live Service on that color.
   */
  async setWeights(weights: Record<string, number>, signal: AbortSignal): Promise<string> {
    const only = Object.keys(weights).find((c) => weights[c] === 100);
    if (!only) return this.write(this.rules(weights), signal);
    const live = await this.ctx.kube.get<Service>('v1', 'Service', this.service, this.ns);
    if (live?.spec?.selector?.[LABEL.color] !== only) {
      // The route first sends everyone to the color's own Service; only then does the live Service move to it.
      await this.write(this.rules({ [only]: 100 }), signal);
      await this.ctx.kube.patch(
        { apiVersion: 'v1', kind: 'Service', name: this.service, namespace: this.ns },
        { spec: { selector: { [LABEL.color]: only } } },
      );
      if (
        !(await waitEndpoints(
          this.ctx,
          this.service,
          { ...this.svc.spec?.selector, [LABEL.color]: only },
          signal,
        ))
      )
        throw new RouterError(`Service ${this.service}'s endpoints did not settle on ${only}'s pods`);
    }
    return this.write(structuredClone(this.original.spec?.rules ?? []), signal);
  }

  /** Writes the route and waits for its status to accept that generation. */
  private async write(
    rules: NonNullable<NonNullable<HTTPRoute['spec']>['rules']>,
    signal: AbortSignal,
  ): Promise<string> {
    const written = await this.ctx.kube.apply<HTTPRoute>(this.route(rules));
    return this.confirm(written.metadata.generation ?? 0, signal);
  }

  /**
   * Before the canary's pods start: the route as the release applied it must be served (Accepted and ResolvedRefs
   * for its generation), or the canary could neither take users nor give them back. Why not, or undefined.
   */
  async prepared(signal: AbortSignal): Promise<string | undefined> {
    const live = await this.ctx.kube.get<HTTPRoute>(GATEWAY_API, 'HTTPRoute', this.name, this.ns);
    if (!live) return `HTTPRoute ${this.name} is not in namespace ${this.ns}`;
    try {
      await this.confirm(live.metadata.generation ?? 0, signal);
      return undefined;
    } catch (e) {
      if (e instanceof RouterError) return e.message;
      throw e;
    }
  }

  /** Waits for the route's status to accept `generation`; the controller that did, for the timeline. */
  private async confirm(generation: number, signal: AbortSignal): Promise<string> {
    const timeout = this.ctx.settings.switchTimeoutMs;
    const until = this.ctx.clock.now() + timeout;
    let last = 'no status.parents yet';
    for (;;) {
      const live = await this.ctx.kube.get<HTTPRoute>(GATEWAY_API, 'HTTPRoute', this.name, this.ns);
      const verdict = this.verdict(live, generation);
      if (verdict.ok) return verdict.ok;
      if (verdict.failed)
        throw new RouterError(`HTTPRoute ${this.name} (generation ${generation}): ${verdict.failed}`);
      last = verdict.waiting ?? last;
      if (this.ctx.clock.now() >= until)
        throw new RouterError(
          `the Gateway API controller did not accept generation ${generation} of HTTPRoute ${this.name} within ${Math.round(timeout / 1000)}s (${last}): is it running?`,
        );
      await this.ctx.clock.sleep(1_000, signal);
    }
  }

  /**
   * Why the users' route as it is in the cluster now is not served (a condition False for its current generation),
   * or undefined: the route is served, not yet reported, or not in the cluster yet (the manifests bring it).
   */
  async refused(): Promise<string | undefined> {
    const live = await this.ctx.kube.get<HTTPRoute>(GATEWAY_API, 'HTTPRoute', this.name, this.ns);
    if (!live) return undefined;
    return this.verdict(live, live.metadata.generation ?? 0).failed;
  }

  /** Accepted and ResolvedRefs True for `generation` on every parentRef, a False one, or what is still missing. */
  private verdict(
    live: HTTPRoute | undefined,
    generation: number,
  ): { ok?: string; failed?: string; waiting?: string } {
    if (!live) return { failed: 'the route is gone' };
    const refs = live.spec?.parentRefs ?? [];
    if (refs.length === 0) return { failed: 'spec.parentRefs is empty: no Gateway serves the route' };
    const controllers = new Set<string>();
    for (const ref of refs) {
      const parent = `${ref.kind ?? 'Gateway'} ${ref.namespace ?? this.ns}/${ref.name}`;
      const entries = (live.status?.parents ?? []).filter((p) => sameParent(p.parentRef, ref, this.ns));
      const fresh = entries.filter((p) =>
        ['Accepted', 'ResolvedRefs'].every((t) =>
          (p.conditions ?? []).some((c) => c.type === t && (c.observedGeneration ?? 0) >= generation),
        ),
      );
      if (fresh.length === 0) {
        const seen = Math.max(
          0,
          ...entries.flatMap((p) => (p.conditions ?? []).map((c) => c.observedGeneration ?? 0)),
        );
        return { waiting: `status.parents for ${parent} at generation ${seen || 'none'}` };
      }
      for (const p of fresh) {
        for (const type of ['Accepted', 'ResolvedRefs']) {
          const c = (p.conditions ?? []).find((x) => x.type === type);
          if (c?.status !== 'True')
            return {
              failed: `${type} is ${c?.status ?? 'missing'} on ${parent} (${c?.reason ?? 'no reason'}: ${c?.message ?? ''})`,
            };
        }
        controllers.add(p.controllerName);
      }
    }
    return { ok: `Accepted and ResolvedRefs at generation ${generation} (${[...controllers].join(', ')})` };
  }

  /** Every ready canary pod listed by its own Service (what the Gateway's data plane forwards to). */
  async healthy(color: string, signal: AbortSignal, timeoutMs: number): Promise<string | undefined> {
    const ok = await waitEndpoints(
      this.ctx,
      this.backendService(color),
      { ...this.svc.spec?.selector, [LABEL.color]: color },
      signal,
      timeoutMs,
    );
    return ok ? undefined : `has no ready endpoint in Service ${this.backendService(color)}`;
  }
}
