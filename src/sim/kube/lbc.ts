/**
 * The AWS Load Balancer Controller, as far as Keelson's rollouts meet it (kubernetes-sigs/aws-load-balancer-
 * controller v2, its documented annotations and behaviour):
 *
 * - Ingresses of class `alb` (`spec.ingressClassName: alb`, an IngressClass of controller `ingress.k8s.aws/alb`,
 *   or the `kubernetes.io/ingress.class: alb` annotation) become an Application Load Balancer: a listener per
 *   `listen-ports` entry, a rule per Ingress path (host-header and path-pattern conditions, plus
 *   `conditions.<name>`), forward actions to a target group per Service port, or the `actions.<name>` annotation
 *   (forward with weighted `forwardConfig.targetGroups`, `targetGroupARN`, fixed-response) when the backend port
 *   is `use-annotation`. Target groups take the health-check annotations (`healthcheck-path`,
 *   `healthcheck-interval-seconds`, `healthcheck-timeout-seconds`, `healthy-threshold-count`,
 *   `unhealthy-threshold-count`, `success-codes`) and `target-group-attributes`, from the Ingress or (first)
 *   the Service. Only `target-type: ip` is simulated.
 * - Each target group gets a TargetGroupBinding; the controller registers the Service's endpoints as IP targets
 *   (ready endpoints, and not-ready ones whose containers are ready when the pod waits on a readiness gate) and
 *   deregisters the rest (they drain).
 * - In namespaces labelled `elbv2.k8s.aws/pod-readiness-gate-inject: enabled`, pods created while a
 *   TargetGroupBinding's Service selects them get the readiness gate `target-health.elbv2.k8s.aws/<binding>`,
 *   whose condition mirrors their target's health.
 * - Everything the controller does happens `reconcileLagMs` after the change it reacts to, and not at all while
 *   it is paused (an LBC that is down or throttled).
 */
import { createHash } from 'node:crypto';
import type {
  Action,
  Condition,
  Elbv2,
  HealthCheckConfig,
  LoadBalancer,
  TargetGroup,
} from '../aws/elbv2/model.js';
import type { ControllerHost } from './registry.js';
import { byKind } from './resources.js';
import { matchesSelector } from './selectors.js';
import type { Condition as KubeCondition, EndpointSlice, KubeObject, Pod, Service } from './types.js';
import { clone, isRecord, isoSeconds } from './types.js';
import { lagDue, type Pending } from './lag.js';

export const LBC_MANAGER = 'aws-load-balancer-controller';
const PREFIX = 'alb.ingress.kubernetes.io/';
const GATE_PREFIX = 'target-health.elbv2.k8s.aws/';
export const GATE_INJECT_LABEL = 'elbv2.k8s.aws/pod-readiness-gate-inject';

export interface LbcHost extends ControllerHost {
  tryWrite(fn: () => void): void;
}

interface TgSpec {
  key: string;
  service: string;
  /** The Ingress's service port: a number or a port name. */
  port: number | string;
  health: HealthCheckConfig;
  attributes: Record<string, string>;
}

interface RuleSpec {
  priority: number | 'default';
  conditions: Condition[];
  action:
    | { type: 'forward'; groups: { tg?: string; arn?: string; weight: number }[] }
    | { type: 'fixed-response'; statusCode: string; contentType?: string; messageBody?: string };
}

interface StackModel {
  scheme: LoadBalancer['scheme'];
  listeners: { port: number; protocol: string }[];
  rules: RuleSpec[];
  tgs: TgSpec[];
  idleTimeout: string;
}

function ann(o: KubeObject | undefined, name: string): string | undefined {
  return o?.metadata.annotations?.[PREFIX + name];
}

function hash(text: string, n: number): string {
  return createHash('sha256').update(text).digest('hex').slice(0, n);
}

function shortName(ns: string, name: string, seed: string): string {
  const clean = (s: string): string => s.replace(/[^a-zA-Z0-9-]/g, '').slice(0, 8);
  return `k8s-${clean(ns)}-${clean(name)}-${hash(seed, 10)}`;
}

/** `k1=v1,k2=v2` (stringMap annotations). */
function stringMap(text: string | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of (text ?? '').split(',')) {
    const i = part.indexOf('=');
    if (i > 0) out[part.slice(0, i).trim()] = part.slice(i + 1).trim();
  }
  return out;
}

class ModelError extends Error {}

/** ELBv2's rule validation of weighted forwards: weights are whole numbers from 0 to 999. */
function refusedWeights(model: StackModel): string | undefined {
  for (const r of model.rules) {
    if (r.action.type !== 'forward') continue;
    for (const g of r.action.groups) {
      if (!Number.isInteger(g.weight) || g.weight < 0 || g.weight > 999)
        return `ValidationError: Target group weight '${g.weight}' must be an integer from 0 to 999`;
    }
  }
  return undefined;
}

export class LoadBalancerController {
  paused = false;
  /**
   * A fault for simulations: when it returns a message for an Ingress, ELBv2 refuses that Ingress's rules with it
   * (the controller emits FailedDeployModel and the ALB keeps what it had).
   */
  rejectDeploy?: (ing: KubeObject) => string | undefined;
  private readonly stacks = new Map<string, Pending & { lb?: string; tgs: Map<string, string> }>();
  private readonly bindings = new Map<string, Pending>();

  constructor(
    private readonly host: LbcHost,
    readonly elbv2: Elbv2,
    private readonly opts: { clusterName: string; reconcileLagMs: number },
  ) {}

  /** Stop reconciling (the controller is down); `resume()` catches up with everything that changed. */
  pause(): void {
    this.paused = true;
  }

  resume(): void {
    this.paused = false;
    this.host.wake(this.host.clock.now());
  }

  isAlb(ing: KubeObject): boolean {
    const spec = isRecord(ing.spec) ? ing.spec : {};
    const cls = typeof spec.ingressClassName === 'string' ? spec.ingressClassName : undefined;
    if (cls) {
      const ic = this.host.registry.find(byKind('IngressClass'), undefined, cls);
      return (isRecord(ic?.spec) && ic.spec.controller === 'ingress.k8s.aws/alb') || (!ic && cls === 'alb');
    }
    return ing.metadata.annotations?.['kubernetes.io/ingress.class'] === 'alb';
  }

  /** The load balancer of an Ingress, once the controller made it. */
  loadBalancerOf(ns: string, name: string): LoadBalancer | undefined {
    const arn = this.stacks.get(`${ns}/${name}`)?.lb;
    return arn ? this.elbv2.loadBalancers.get(arn) : undefined;
  }

  reconcile(): void {
    const now = this.host.clock.now();
    const seen = new Set<string>();
    for (const ing of this.host.list<KubeObject>('Ingress')) {
      if (ing.metadata.deletionTimestamp || !this.isAlb(ing)) continue;
      const key = `${ing.metadata.namespace}/${ing.metadata.name}`;
      seen.add(key);
      let st = this.stacks.get(key);
      if (!st) {
        st = { tgs: new Map() };
        this.stacks.set(key, st);
      }
      let model: StackModel | undefined;
      let error: string | undefined;
      try {
        model = this.buildModel(ing);
      } catch (e: unknown) {
        if (!(e instanceof ModelError)) throw e;
        error = e.message;
      }
      const fp = error ?? JSON.stringify(model);
      if (!this.due(st, fp, now)) continue;
      if (error || !model) {
        this.host.event(ing, 'Warning', 'FailedBuildModel', `Failed build model due to ${error}`, 'ingress');
      } else {
        // ELBv2 refuses the rules (ModifyRule's ValidationError, or a fault the simulation injects): the controller
        // reports it and retries, as the real one requeues the Ingress with backoff.
        const refused = refusedWeights(model) ?? this.rejectDeploy?.(ing);
        if (refused) {
          this.host.event(
            ing,
            'Warning',
            'FailedDeployModel',
            `Failed deploy model due to ${refused}`,
            'ingress',
          );
          st.dueAt = now + this.opts.reconcileLagMs;
          this.host.wake(st.dueAt);
          continue;
        }
        this.applyStack(ing, st, model);
      }
      st.applied = fp;
    }
    for (const [key, st] of this.stacks) {
      if (seen.has(key)) continue;
      if (!this.due(st, 'deleted', now)) continue;
      if (st.lb) this.elbv2.deleteLoadBalancer(st.lb);
      for (const arn of st.tgs.values()) this.dropTargetGroup(key.split('/')[0], arn);
      this.stacks.delete(key);
    }
    this.reconcileBindings(now);
  }

  /** True when `fp` differs from what was applied and the controller's lag has passed (waking it then). */
  private due(st: Pending, fp: string, now: number): boolean {
    return lagDue(st, fp, now, {
      lagMs: this.opts.reconcileLagMs,
      paused: this.paused,
      wake: (at) => this.host.wake(at),
    });
  }

  // ---- Ingress → model ------------------------------------------------------------------------------

  private buildModel(ing: KubeObject): StackModel {
    const ns = ing.metadata.namespace ?? '';
    const spec = (isRecord(ing.spec) ? ing.spec : {}) as {
      rules?: {
        host?: string;
        http?: {
          paths?: {
            path?: string;
            pathType?: string;
            backend?: { service?: { name: string; port?: { number?: number; name?: string } } };
          }[];
        };
      }[];
      defaultBackend?: { service?: { name: string; port?: { number?: number; name?: string } } };
    };
    const tgs = new Map<string, TgSpec>();
    const tgFor = (service: string, port: number | string): string => {
      const svc = this.host.registry.find(byKind('Service'), ns, service);
      if (!svc) throw new ModelError(`ingress: ${ns}/${ing.metadata.name}: Service "${service}" not found`);
      const targetType = ann(svc, 'target-type') ?? ann(ing, 'target-type') ?? 'instance';
      if (targetType !== 'ip')
        throw new ModelError(
          `target-type ${targetType} for Service ${service}: the simulator models alb.ingress.kubernetes.io/target-type: ip`,
        );
      const pick = (name: string): string | undefined => ann(svc, name) ?? ann(ing, name);
      const num = (name: string, def: number): number => {
        const v = pick(name);
        if (v === undefined) return def;
        if (!/^\d+$/.test(v)) throw new ModelError(`failed to parse annotation ${PREFIX}${name}: ${v}`);
        return Number(v);
      };
      const key = `${service}:${port}`;
      tgs.set(key, {
        key,
        service,
        port,
        health: {
          path: pick('healthcheck-path') ?? '/',
          port: pick('healthcheck-port') ?? 'traffic-port',
          protocol: pick('healthcheck-protocol') ?? 'HTTP',
          intervalSeconds: num('healthcheck-interval-seconds', 15),
          timeoutSeconds: num('healthcheck-timeout-seconds', 5),
          healthyThreshold: num('healthy-threshold-count', 2),
          unhealthyThreshold: num('unhealthy-threshold-count', 2),
          matcher: pick('success-codes') ?? '200',
        },
        attributes: {
          ...stringMap(ann(ing, 'target-group-attributes')),
          ...stringMap(ann(svc, 'target-group-attributes')),
        },
      });
      return key;
    };
    const action = (
      backend: { service?: { name: string; port?: { number?: number; name?: string } } } | undefined,
    ): RuleSpec['action'] => {
      const svc = backend?.service;
      if (!svc) throw new ModelError('a backend without a service is not supported');
      if (svc.port?.name === 'use-annotation') {
        const raw = ann(ing, `actions.${svc.name}`);
        if (!raw)
          throw new ModelError(`ingress: ${ns}/${ing.metadata.name}: missing actions for ${svc.name}`);
        let a: Record<string, unknown>;
        try {
          a = JSON.parse(raw) as Record<string, unknown>;
        } catch {
          throw new ModelError(`failed to load json for action ${svc.name}`);
        }
        if (a.type === 'fixed-response') {
          const c = (a.fixedResponseConfig ?? {}) as Record<string, unknown>;
          return {
            type: 'fixed-response',
            statusCode: String(c.statusCode ?? '200'),
            contentType: c.contentType as string | undefined,
            messageBody: c.messageBody as string | undefined,
          };
        }
        if (a.type !== 'forward')
          throw new ModelError(`unsupported action type ${String(a.type)} for ${svc.name}`);
        if (typeof a.targetGroupARN === 'string')
          return { type: 'forward', groups: [{ arn: a.targetGroupARN, weight: 1 }] };
        const groups = (
          (a.forwardConfig as { targetGroups?: Record<string, unknown>[] } | undefined)?.targetGroups ?? []
        ).map((g) => {
          const weight = typeof g.weight === 'number' ? g.weight : 1;
          if (typeof g.targetGroupARN === 'string') return { arn: g.targetGroupARN, weight };
          if (typeof g.serviceName !== 'string' || g.servicePort === undefined)
            throw new ModelError(
              `forward config of ${svc.name}: each target group needs serviceName and servicePort, or targetGroupARN`,
            );
          const port =
            typeof g.servicePort === 'number' || /^\d+$/.test(String(g.servicePort))
              ? Number(g.servicePort)
              : String(g.servicePort);
          return { tg: tgFor(g.serviceName, port), weight };
        });
        if (groups.length === 0) throw new ModelError(`forward config of ${svc.name} has no target groups`);
        return { type: 'forward', groups };
      }
      const port = svc.port?.number ?? svc.port?.name;
      if (port === undefined) throw new ModelError(`backend service ${svc.name} needs a port`);
      return { type: 'forward', groups: [{ tg: tgFor(svc.name, port), weight: 1 }] };
    };
    const rules: RuleSpec[] = [];
    let priority = 1;
    for (const r of spec.rules ?? []) {
      for (const p of r.http?.paths ?? []) {
        const path = p.path ?? '/';
        const patterns =
          p.pathType === 'Exact'
            ? [path]
            : p.pathType === 'Prefix'
              ? path === '/'
                ? ['/*']
                : [path.replace(/\/$/, ''), `${path.replace(/\/$/, '')}/*`]
              : [path];
        const conditions: Condition[] = [];
        if (r.host) conditions.push({ Field: 'host-header', Values: [r.host] });
        conditions.push({ Field: 'path-pattern', Values: patterns });
        const extra = p.backend?.service ? ann(ing, `conditions.${p.backend.service.name}`) : undefined;
        if (extra) {
          try {
            for (const c of JSON.parse(extra) as Record<string, unknown>[]) {
              const h = c.httpHeaderConfig as { httpHeaderName?: string; values?: string[] } | undefined;
              if (c.field === 'http-header' && h?.httpHeaderName)
                conditions.push({
                  Field: 'http-header',
                  HttpHeaderName: h.httpHeaderName,
                  Values: h.values ?? [],
                });
            }
          } catch {
            throw new ModelError(`failed to load json for conditions ${p.backend?.service?.name}`);
          }
        }
        rules.push({ priority: priority++, conditions, action: action(p.backend) });
      }
    }
    rules.push(
      spec.defaultBackend
        ? { priority: 'default', conditions: [], action: action(spec.defaultBackend) }
        : {
            priority: 'default',
            conditions: [],
            action: { type: 'fixed-response', statusCode: '404', contentType: 'text/plain' },
          },
    );
    let listeners: { port: number; protocol: string }[] = [{ port: 80, protocol: 'HTTP' }];
    const lp = ann(ing, 'listen-ports');
    if (lp) {
      try {
        listeners = (JSON.parse(lp) as Record<string, number>[]).flatMap((o) =>
          Object.entries(o).map(([protocol, port]) => ({ port, protocol })),
        );
      } catch {
        throw new ModelError(`failed to parse annotation ${PREFIX}listen-ports: ${lp}`);
      }
    }
    const scheme = ann(ing, 'scheme') ?? 'internal';
    if (scheme !== 'internal' && scheme !== 'internet-facing')
      throw new ModelError(`unknown scheme: ${scheme}`);
    return {
      scheme,
      listeners,
      rules,
      tgs: [...tgs.values()],
      idleTimeout: stringMap(ann(ing, 'load-balancer-attributes'))['idle_timeout.timeout_seconds'] ?? '60',
    };
  }

  // ---- model → ELBv2 and TargetGroupBindings -------------------------------------------------------------

  private applyStack(
    ing: KubeObject,
    st: { lb?: string; tgs: Map<string, string> },
    model: StackModel,
  ): void {
    const ns = ing.metadata.namespace ?? '';
    const name = ing.metadata.name ?? '';
    const stack = `${ns}/${name}`;
    let lb = st.lb ? this.elbv2.loadBalancers.get(st.lb) : undefined;
    const tags = {
      'elbv2.k8s.aws/cluster': this.opts.clusterName,
      'ingress.k8s.aws/stack': stack,
      'ingress.k8s.aws/resource': 'LoadBalancer',
    };
    if (lb && lb.scheme !== model.scheme) {
      // The scheme cannot change in place: a new load balancer replaces the old one.
      this.elbv2.deleteLoadBalancer(lb.arn);
      lb = undefined;
    }
    const lbName = ann(ing, 'load-balancer-name') ?? shortName(ns, name, `${this.opts.clusterName}/${stack}`);
    lb ??= this.elbv2.createLoadBalancer(lbName, model.scheme, tags);
    lb.attributes['idle_timeout.timeout_seconds'] = model.idleTimeout;
    st.lb = lb.arn;

    const arns = new Map<string, string>();
    for (const spec of model.tgs) {
      let tg = st.tgs.get(spec.key) ? this.elbv2.targetGroups.get(st.tgs.get(spec.key) ?? '') : undefined;
      const svc = this.host.registry.find(byKind('Service'), ns, spec.service) as Service | undefined;
      const sp = (svc?.spec?.ports ?? []).find((p) => p.port === spec.port || p.name === spec.port);
      // A named targetPort: the port is not on the data path, the controller writes 1 (targets carry their own).
      const tgPort = typeof sp?.targetPort === 'number' ? sp.targetPort : 1;
      if (!tg) {
        const tgName = shortName(ns, spec.service, `${this.opts.clusterName}/${stack}/${spec.key}/ip`);
        tg = this.elbv2.createTargetGroup(
          tgName,
          { port: tgPort, protocol: 'HTTP', targetType: 'ip', health: spec.health },
          {
            'elbv2.k8s.aws/cluster': this.opts.clusterName,
            'ingress.k8s.aws/stack': stack,
            'ingress.k8s.aws/resource': `${stack}-${spec.service}:${spec.port}`,
            'ingress.k8s.aws/tgb': `${ns}/${tgName}`,
          },
        );
      }
      tg.health = spec.health;
      tg.attributes = { ...tg.attributes, ...spec.attributes };
      arns.set(spec.key, tg.arn);
      this.ensureBinding(ing, tg, spec);
    }
    for (const [key, arn] of st.tgs) if (!arns.has(key)) this.dropTargetGroup(ns, arn);
    st.tgs = arns;

    const want = new Set(model.listeners.map((l) => l.port));
    lb.listeners = lb.listeners.filter((l) => want.has(l.port));
    for (const ls of model.listeners) {
      const listener = this.elbv2.listener(lb, ls.port, ls.protocol);
      this.elbv2.setRules(
        listener,
        model.rules.map((r) => ({
          priority: r.priority,
          conditions: r.conditions,
          actions: [this.toAction(r.action, arns)],
        })),
      );
    }
    this.host.writeStatus(
      'Ingress',
      ing,
      { loadBalancer: { ingress: [{ hostname: lb.dnsName }] } },
      LBC_MANAGER,
    );
    this.host.event(ing, 'Normal', 'SuccessfullyReconciled', 'Successfully reconciled', 'ingress');
  }

  private toAction(a: RuleSpec['action'], arns: Map<string, string>): Action {
    if (a.type === 'fixed-response')
      return {
        Type: 'fixed-response',
        StatusCode: a.statusCode,
        ContentType: a.contentType,
        MessageBody: a.messageBody,
      };
    return {
      Type: 'forward',
      TargetGroups: a.groups
        .map((g) => ({ TargetGroupArn: g.arn ?? arns.get(g.tg ?? '') ?? '', Weight: g.weight }))
        .filter((g) => g.TargetGroupArn),
    };
  }

  private ensureBinding(ing: KubeObject, tg: TargetGroup, spec: TgSpec): void {
    const ns = ing.metadata.namespace ?? '';
    const rt = byKind('TargetGroupBinding');
    const body = {
      apiVersion: 'elbv2.k8s.aws/v1beta1',
      kind: 'TargetGroupBinding',
      metadata: {
        name: tg.name,
        namespace: ns,
        labels: {
          'ingress.k8s.aws/stack-name': ing.metadata.name ?? '',
          'ingress.k8s.aws/stack-namespace': ns,
        },
      },
      spec: {
        serviceRef: { name: spec.service, port: spec.port },
        targetGroupARN: tg.arn,
        targetType: 'ip',
        ipAddressType: 'ipv4',
      },
    };
    this.host.tryWrite(() => {
      this.host.registry.apply(rt, ns, tg.name, body, { manager: LBC_MANAGER, force: true });
    });
  }

  private dropTargetGroup(ns: string, arn: string): void {
    const tg = this.elbv2.targetGroups.get(arn);
    if (!tg) return;
    this.elbv2.deleteTargetGroup(arn);
    this.host.tryWrite(() => this.host.registry.delete(byKind('TargetGroupBinding'), ns, tg.name, {}));
  }

  // ---- TargetGroupBindings → targets and readiness gates -----------------------------------------------

  private reconcileBindings(now: number): void {
    const seen = new Set<string>();
    for (const tgb of this.host.list<KubeObject>('TargetGroupBinding')) {
      const ns = tgb.metadata.namespace ?? '';
      const key = `${ns}/${tgb.metadata.name}`;
      seen.add(key);
      const spec = (tgb.spec ?? {}) as {
        serviceRef?: { name: string; port: number | string };
        targetGroupARN?: string;
      };
      const tg = spec.targetGroupARN ? this.elbv2.targetGroups.get(spec.targetGroupARN) : undefined;
      let st = this.bindings.get(key);
      if (!st) {
        st = {};
        this.bindings.set(key, st);
      }
      const desired =
        tg && spec.serviceRef ? this.endpoints(ns, spec.serviceRef.name, spec.serviceRef.port) : [];
      const gate = GATE_PREFIX + (tgb.metadata.name ?? '');
      const gated = this.host
        .list<Pod>('Pod', ns)
        .filter((p) =>
          ((p.spec.readinessGates as { conditionType: string }[] | undefined) ?? []).some(
            (g) => g.conditionType === gate,
          ),
        );
      const health = (ip: string, port: number): string =>
        tg?.targets.get(`${ip}:${port}`)?.health.State ??
        (desired.some((d) => d.ip === ip) ? 'pending' : 'none');
      const fp = JSON.stringify({
        tg: tg?.arn,
        desired: desired.map((d) => `${d.ip}:${d.port}`),
        gates: gated.map((p) => [
          p.metadata.name,
          p.status?.podIP,
          health(p.status?.podIP ?? '', desired.find((d) => d.pod === p.metadata.name)?.port ?? 0),
        ]),
      });
      if (!this.due(st, fp, now)) continue;
      st.applied = fp;
      if (!tg) {
        if (spec.targetGroupARN)
          this.host.event(
            tgb,
            'Warning',
            'FailedReconcile',
            `TargetGroupNotFound: target group ${spec.targetGroupARN} not found`,
            'targetGroupBinding',
          );
        continue;
      }
      const want = new Set(desired.map((d) => `${d.ip}:${d.port}`));
      const stale = [...tg.targets.values()].filter(
        (t) => t.health.State !== 'draining' && !want.has(`${t.id}:${t.port}`),
      );
      if (stale.length) this.elbv2.deregisterTargets(tg, stale);
      const fresh = desired.filter((d) => {
        const t = tg.targets.get(`${d.ip}:${d.port}`);
        return !t || t.health.State === 'draining';
      });
      if (fresh.length)
        this.elbv2.registerTargets(
          tg,
          fresh.map((d) => ({ id: d.ip, port: d.port })),
        );
      for (const pod of gated)
        this.mirrorGate(
          pod,
          gate,
          tg,
          desired.find((d) => d.pod === pod.metadata.name),
        );
      if (
        (tgb.status as { observedGeneration?: number } | undefined)?.observedGeneration !==
        tgb.metadata.generation
      )
        this.host.writeStatus(
          'TargetGroupBinding',
          tgb,
          { observedGeneration: tgb.metadata.generation },
          LBC_MANAGER,
        );
    }
    for (const key of this.bindings.keys()) if (!seen.has(key)) this.bindings.delete(key);
  }

  /** The pod condition of a readiness gate mirrors its target: True only when healthy. */
  private mirrorGate(
    pod: Pod,
    gate: string,
    tg: TargetGroup,
    endpoint: { ip: string; port: number } | undefined,
  ): void {
    const target = endpoint ? tg.targets.get(`${endpoint.ip}:${endpoint.port}`) : undefined;
    if (!endpoint) return;
    const health = target?.health ?? {
      State: 'initial',
      Reason: 'Elb.RegistrationInProgress',
      Description: 'Target registration is in progress',
    };
    const status: KubeCondition['status'] = health.State === 'healthy' ? 'True' : 'False';
    const conditions = pod.status?.conditions ?? [];
    const old = conditions.find((c) => c.type === gate);
    if (old && old.status === status && (old.reason ?? '') === (health.Reason ?? '')) return;
    const next: KubeCondition = {
      type: gate,
      status,
      ...(health.Reason ? { reason: health.Reason } : {}),
      ...(health.Description ? { message: health.Description } : {}),
      lastProbeTime: null,
      lastTransitionTime:
        old && old.status === status ? old.lastTransitionTime : isoSeconds(this.host.clock.now()),
    };
    const fresh = clone(pod);
    fresh.status = { ...fresh.status, conditions: [...conditions.filter((c) => c.type !== gate), next] };
    this.host.writeStatus('Pod', pod, fresh.status, LBC_MANAGER);
  }

  /** The LBC's endpoint resolver for IP targets. */
  private endpoints(
    ns: string,
    service: string,
    port: number | string,
  ): { ip: string; port: number; pod: string }[] {
    const svc = this.host.registry.find(byKind('Service'), ns, service) as Service | undefined;
    const sp = (svc?.spec?.ports ?? []).find((p) => p.port === port || p.name === port);
    if (!svc || !sp) return [];
    const out: { ip: string; port: number; pod: string }[] = [];
    for (const slice of this.host.list<EndpointSlice>('EndpointSlice', ns)) {
      if (slice.metadata.labels?.['kubernetes.io/service-name'] !== service) continue;
      const epPort = (slice.ports ?? []).find((p) => (sp.name ? p.name === sp.name : true))?.port;
      if (epPort === undefined) continue;
      for (const e of slice.endpoints ?? []) {
        const podName = e.targetRef?.name;
        const ip = e.addresses[0];
        if (!podName || !ip) continue;
        if (e.conditions?.ready === false) {
          if (e.conditions.terminating) continue;
          const pod = this.host.registry.find(byKind('Pod'), ns, podName) as Pod | undefined;
          const containersReady = pod?.status?.conditions?.some(
            (c) => c.type === 'ContainersReady' && c.status === 'True',
          );
          if (!containersReady) continue;
        }
        out.push({ ip, port: epPort, pod: podName });
      }
    }
    return out.sort((a, b) => a.ip.localeCompare(b.ip));
  }

  // ---- the pod mutating webhook ---------------------------------------------------------------------

  /** mpod.elbv2.k8s.aws: readiness gates for pods created in labelled namespaces, per selecting binding. */
  mutatePod(pod: KubeObject): void {
    const ns = pod.metadata.namespace ?? '';
    const namespace = this.host.registry.find(byKind('Namespace'), undefined, ns);
    if (namespace?.metadata.labels?.[GATE_INJECT_LABEL] !== 'enabled') return;
    const spec = (isRecord(pod.spec) ? pod.spec : {}) as { readinessGates?: { conditionType: string }[] };
    for (const tgb of this.host.list<KubeObject>('TargetGroupBinding', ns)) {
      const s = (tgb.spec ?? {}) as { serviceRef?: { name: string }; targetType?: string };
      if (s.targetType !== 'ip' || !s.serviceRef) continue;
      const svc = this.host.registry.find(byKind('Service'), ns, s.serviceRef.name) as Service | undefined;
      const selector = svc?.spec?.selector;
      if (!selector || Object.keys(selector).length === 0) continue;
      if (!matchesSelector({ matchLabels: selector }, pod.metadata.labels)) continue;
      const type = GATE_PREFIX + (tgb.metadata.name ?? '');
      spec.readinessGates ??= [];
      if (!spec.readinessGates.some((g) => g.conditionType === type))
        spec.readinessGates.push({ conditionType: type });
    }
    pod.spec = spec;
  }
}
