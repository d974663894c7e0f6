/**
 * Elastic Load Balancing v2 as the simulator's AWS Load Balancer Controller drives it and Keelson reads it:
 * Application Load Balancers with listeners, rules (host, path and header conditions; fixed-response and
 * weighted forward actions), target groups with IP targets, and target health as ELB reports it.
 *
 * Target health follows the documented life cycle: a registered target is `initial` (Elb.RegistrationInProgress,
 * then Elb.InitialHealthChecking) until it passes one real HTTP health check (`healthy`) or fails the unhealthy
 * threshold (`unhealthy`); a healthy target turns unhealthy after UnhealthyThresholdCount consecutive failures and
 * back after HealthyThresholdCount successes; a deregistered target is `draining` for the deregistration delay
 * (deregistration_delay.timeout_seconds, default 300), gets no new requests, then is gone. Health checks and
 * every delay run on the simulation clock.
 */
import { createHash } from 'node:crypto';
import type { Clock } from '../../../lib/clock.js';

export type TargetState = 'initial' | 'healthy' | 'unhealthy' | 'draining';

export interface TargetHealth {
  State: TargetState;
  Reason?: string;
  Description?: string;
}

export interface Target {
  id: string;
  port: number;
  az: string;
  health: TargetHealth;
  /** Clock time the registration completes and health checks start. */
  checksFrom: number;
  nextCheckAt: number;
  okStreak: number;
  failStreak: number;
  drainUntil?: number;
  checking?: boolean;
}

export interface HealthCheckConfig {
  path: string;
  port: string;
  protocol: string;
  intervalSeconds: number;
  timeoutSeconds: number;
  healthyThreshold: number;
  unhealthyThreshold: number;
  /** Matcher HttpCode: `200`, `200,202`, `200-299`. */
  matcher: string;
}

export interface TargetGroup {
  arn: string;
  name: string;
  port: number;
  protocol: string;
  targetType: 'ip' | 'instance';
  health: HealthCheckConfig;
  attributes: Record<string, string>;
  tags: Record<string, string>;
  targets: Map<string, Target>;
  loadBalancerArns: Set<string>;
}

export type Condition =
  | { Field: 'path-pattern'; Values: string[] }
  | { Field: 'host-header'; Values: string[] }
  | { Field: 'http-header'; HttpHeaderName: string; Values: string[] };

export type Action =
  | { Type: 'forward'; TargetGroups: { TargetGroupArn: string; Weight: number }[] }
  | { Type: 'fixed-response'; StatusCode: string; ContentType?: string; MessageBody?: string };

export interface Rule {
  arn: string;
  /** 1..50000, or 'default' for the listener's default action. */
  priority: number | 'default';
  conditions: Condition[];
  actions: Action[];
  /** Smooth weighted round-robin state for a weighted forward. */
  current?: number[];
}

export interface Listener {
  arn: string;
  loadBalancerArn: string;
  port: number;
  protocol: string;
  rules: Rule[];
}

export interface LoadBalancer {
  arn: string;
  name: string;
  dnsName: string;
  scheme: 'internal' | 'internet-facing';
  createdAt: number;
  /** provisioning until `activeAt`, then active. */
  activeAt: number;
  tags: Record<string, string>;
  attributes: Record<string, string>;
  listeners: Listener[];
}

export interface Elbv2Hooks {
  /** One health check of a target: the HTTP status, or why it failed. */
  probe(
    target: { id: string; port: number },
    path: string,
    timeoutMs: number,
  ): Promise<number | 'refused' | 'timeout'>;
  /** Target health changed (the load balancer controller mirrors it into readiness gates). */
  changed(): void;
}

export const ACCOUNT = '123456789012';
export const VPC = 'vpc-0a1b2c3d4e5f60004';
const ZONES = ['a', 'b', 'c'];

function hex(seed: string, n: number): string {
  return createHash('sha256').update(seed).digest('hex').slice(0, n);
}

/** Does `code` satisfy a matcher like `200`, `200,202` or `200-299`? */
export function matches(matcher: string, code: number): boolean {
  return matcher.split(',').some((part) => {
    const [lo, hi] = part.trim().split('-').map(Number);
    return hi === undefined ? code === lo : code >= lo && code <= hi;
  });
}

/** ALB path-pattern: case-sensitive, `*` any characters, `?` one character. */
export function pathMatches(pattern: string, path: string): boolean {
  const re = new RegExp(
    `^${pattern
      .replace(/[.+^${}()|[\]\\]/g, '\\$&')
      .replace(/\*/g, '.*')
      .replace(/\?/g, '.')}$`,
  );
  return re.test(path);
}

export class Elbv2 {
  readonly loadBalancers = new Map<string, LoadBalancer>();
  readonly targetGroups = new Map<string, TargetGroup>();
  /** Every target state change, in order (for reports: when did the new targets become healthy?). */
  readonly history: { at: number; targetGroupArn: string; id: string; state: TargetState | 'gone' }[] = [];
  private seq = 0;
  private sleeper?: AbortController;
  private sleepingUntil = Infinity;
  private stopped = false;
  private loop?: Promise<void>;

  constructor(
    private readonly clock: Clock,
    readonly region: string,
    private readonly hooks: Elbv2Hooks,
    /** Elb.RegistrationInProgress before health checks start (simulated ms). */
    private readonly registrationMs = 3_000,
  ) {}

  start(): void {
    this.loop = this.run();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.sleeper?.abort();
    await this.loop;
  }

  private record(tg: TargetGroup, id: string, state: TargetState | 'gone'): void {
    this.history.push({ at: this.clock.now(), targetGroupArn: tg.arn, id, state });
    if (this.history.length > 100_000) this.history.splice(0, this.history.length - 100_000);
  }

  private id(): string {
    return hex(`${this.region}/${++this.seq}`, 16);
  }

  // ---- load balancers, listeners, rules ------------------------------------------------------------

  createLoadBalancer(
    name: string,
    scheme: LoadBalancer['scheme'],
    tags: Record<string, string>,
  ): LoadBalancer {
    const id = this.id();
    const now = this.clock.now();
    const lb: LoadBalancer = {
      arn: `arn:aws:elasticloadbalancing:${this.region}:${ACCOUNT}:loadbalancer/app/${name}/${id}`,
      name,
      dnsName: `${name}-${parseInt(id.slice(0, 8), 16) % 1_000_000_000}.${this.region}.elb.amazonaws.com`,
      scheme,
      createdAt: now,
      activeAt: now + 30_000,
      tags,
      attributes: { 'idle_timeout.timeout_seconds': '60' },
      listeners: [],
    };
    this.loadBalancers.set(lb.arn, lb);
    return lb;
  }

  deleteLoadBalancer(arn: string): void {
    const lb = this.loadBalancers.get(arn);
    if (!lb) return;
    for (const tg of this.targetGroups.values()) tg.loadBalancerArns.delete(arn);
    this.loadBalancers.delete(arn);
  }

  /** Creates the listener on `port` or returns the existing one. */
  listener(lb: LoadBalancer, port: number, protocol: string): Listener {
    let l = lb.listeners.find((x) => x.port === port);
    if (!l) {
      const [, name, lbId] = /loadbalancer\/app\/([^/]+)\/([^/]+)$/.exec(lb.arn) ?? [];
      const id = this.id();
      l = {
        arn: `arn:aws:elasticloadbalancing:${this.region}:${ACCOUNT}:listener/app/${name}/${lbId}/${id}`,
        loadBalancerArn: lb.arn,
        port,
        protocol,
        rules: [],
      };
      lb.listeners.push(l);
    }
    l.protocol = protocol;
    return l;
  }

  /** Replaces a listener's rules (the default one included); a rule that did not change keeps its ARN and state. */
  setRules(l: Listener, rules: Omit<Rule, 'arn'>[]): void {
    const [, name, lbId, listenerId] = /listener\/app\/([^/]+)\/([^/]+)\/([^/]+)$/.exec(l.arn) ?? [];
    const key = (r: Omit<Rule, 'arn'>): string => JSON.stringify([r.priority, r.conditions]);
    const previous = new Map(l.rules.map((r) => [key(r), r]));
    l.rules = rules.map((r) => {
      const old = previous.get(key(r));
      const same = old && JSON.stringify(old.actions) === JSON.stringify(r.actions);
      return {
        ...r,
        arn:
          old?.arn ??
          `arn:aws:elasticloadbalancing:${this.region}:${ACCOUNT}:listener-rule/app/${name}/${lbId}/${listenerId}/${this.id()}`,
        current: same ? old.current : undefined,
      };
    });
    for (const r of l.rules)
      for (const a of r.actions)
        if (a.Type === 'forward')
          for (const t of a.TargetGroups)
            this.targetGroups.get(t.TargetGroupArn)?.loadBalancerArns.add(l.loadBalancerArn);
  }

  // ---- target groups and targets ------------------------------------------------------------------

  createTargetGroup(
    name: string,
    spec: { port: number; protocol: string; targetType: 'ip' | 'instance'; health: HealthCheckConfig },
    tags: Record<string, string>,
  ): TargetGroup {
    const tg: TargetGroup = {
      arn: `arn:aws:elasticloadbalancing:${this.region}:${ACCOUNT}:targetgroup/${name}/${this.id()}`,
      name,
      port: spec.port,
      protocol: spec.protocol,
      targetType: spec.targetType,
      health: spec.health,
      attributes: {
        'deregistration_delay.timeout_seconds': '300',
        'load_balancing.algorithm.type': 'round_robin',
      },
      tags,
      targets: new Map(),
      loadBalancerArns: new Set(),
    };
    this.targetGroups.set(tg.arn, tg);
    return tg;
  }

  /** Deleting a target group drops its targets at once: no draining (what LBC docs warn about). */
  deleteTargetGroup(arn: string): void {
    this.targetGroups.delete(arn);
    for (const lb of this.loadBalancers.values())
      for (const l of lb.listeners)
        for (const r of l.rules)
          for (const a of r.actions)
            if (a.Type === 'forward') a.TargetGroups = a.TargetGroups.filter((t) => t.TargetGroupArn !== arn);
    this.hooks.changed();
  }

  registerTargets(tg: TargetGroup, targets: { id: string; port: number }[]): void {
    const now = this.clock.now();
    for (const t of targets) {
      const key = `${t.id}:${t.port}`;
      const existing = tg.targets.get(key);
      if (existing && existing.health.State !== 'draining') continue;
      const az = `${this.region}${ZONES[Number(t.id.split('.').pop() ?? 0) % ZONES.length]}`;
      tg.targets.set(key, {
        id: t.id,
        port: t.port,
        az,
        health: {
          State: 'initial',
          Reason: 'Elb.RegistrationInProgress',
          Description: 'Target registration is in progress',
        },
        checksFrom: now + this.registrationMs,
        nextCheckAt: now + this.registrationMs,
        okStreak: 0,
        failStreak: 0,
      });
      this.record(tg, t.id, 'initial');
    }
    this.wake(now + this.registrationMs);
    this.hooks.changed();
  }

  deregisterTargets(tg: TargetGroup, targets: { id: string; port: number }[]): void {
    const now = this.clock.now();
    const delay = Number(tg.attributes['deregistration_delay.timeout_seconds'] ?? '300') * 1000;
    for (const t of targets) {
      const target = tg.targets.get(`${t.id}:${t.port}`);
      if (!target || target.health.State === 'draining') continue;
      target.health = {
        State: 'draining',
        Reason: 'Target.DeregistrationInProgress',
        Description: 'Target deregistration is in progress',
      };
      target.drainUntil = now + delay;
      this.record(tg, t.id, 'draining');
      this.wake(target.drainUntil);
    }
    this.hooks.changed();
  }

  /** Targets a request may go to: the healthy ones, else (fail open) the unhealthy ones; none → 503. */
  routable(tg: TargetGroup): Target[] {
    const all = [...tg.targets.values()];
    const healthy = all.filter((t) => t.health.State === 'healthy');
    if (healthy.length > 0) return healthy;
    return all.filter((t) => t.health.State === 'unhealthy');
  }

  // ---- health checking ----------------------------------------------------------------------------

  private wake(t: number): void {
    if (t < this.sleepingUntil) this.sleeper?.abort();
  }

  private async run(): Promise<void> {
    while (!this.stopped) {
      const now = this.clock.now();
      let next = now + 60_000;
      for (const tg of this.targetGroups.values()) {
        for (const [key, t] of tg.targets) {
          if (t.health.State === 'draining') {
            if (now >= (t.drainUntil ?? now)) {
              tg.targets.delete(key);
              this.record(tg, t.id, 'gone');
              this.hooks.changed();
            } else next = Math.min(next, t.drainUntil ?? now);
            continue;
          }
          if (now >= t.nextCheckAt && !t.checking) void this.check(tg, t);
          next = Math.min(next, t.nextCheckAt);
        }
      }
      this.sleeper = new AbortController();
      this.sleepingUntil = Math.max(next, now + 1);
      try {
        await this.clock.sleep(this.sleepingUntil - now, this.sleeper.signal);
      } catch {
        // woken early
      }
      this.sleepingUntil = Infinity;
    }
  }

  private async check(tg: TargetGroup, t: Target): Promise<void> {
    t.checking = true;
    const h = tg.health;
    t.nextCheckAt = this.clock.now() + h.intervalSeconds * 1000;
    if (t.health.Reason === 'Elb.RegistrationInProgress')
      t.health = {
        State: 'initial',
        Reason: 'Elb.InitialHealthChecking',
        Description: 'Initial health checks in progress',
      };
    let outcome: number | 'refused' | 'timeout';
    try {
      outcome = await this.hooks.probe(t, h.path, h.timeoutSeconds * 1000);
    } catch {
      outcome = 'refused';
    } finally {
      t.checking = false;
    }
    if (t.health.State === 'draining' || !tg.targets.has(`${t.id}:${t.port}`)) return;
    const before = JSON.stringify(t.health);
    const ok = typeof outcome === 'number' && matches(h.matcher, outcome);
    if (ok) {
      t.okStreak++;
      t.failStreak = 0;
      // A new target is healthy after one passing check; an unhealthy one after the healthy threshold.
      if (
        t.health.State === 'initial' ||
        (t.health.State === 'unhealthy' && t.okStreak >= h.healthyThreshold)
      )
        t.health = { State: 'healthy' };
    } else {
      t.failStreak++;
      t.okStreak = 0;
      if (t.failStreak >= h.unhealthyThreshold && t.health.State !== 'unhealthy') {
        t.health =
          outcome === 'timeout'
            ? { State: 'unhealthy', Reason: 'Target.Timeout', Description: 'Request timed out' }
            : outcome === 'refused'
              ? {
                  State: 'unhealthy',
                  Reason: 'Target.FailedHealthChecks',
                  Description: 'Health checks failed',
                }
              : {
                  State: 'unhealthy',
                  Reason: 'Target.ResponseCodeMismatch',
                  Description: `Health checks failed with these codes: [${outcome}]`,
                };
      }
    }
    if (JSON.stringify(t.health) !== before) {
      this.record(tg, t.id, t.health.State);
      this.hooks.changed();
    }
  }
}
