/**
 * The horizontal-pod-autoscaler controller (autoscaling/v2), as kube-controller-manager runs it: every sync
 * period (15 s) it reads the target's /scale, the pods' CPU utilisation, computes the replica count the way
 * pkg/controller/podautoscaler does (tolerance 0.1, not-yet-ready pods, missing metrics), stabilises it over
 * the behaviour's windows (scale-up 0 s, scale-down 300 s by default), limits the rate by the behaviour's
 * policies (up: max(4 pods, 100 %) per 15 s; down: 100 % per 15 s), clamps to min/max, and writes /scale as
 * manager `kube-controller-manager` (so it owns `.spec.replicas` with subresource "scale").
 *
 * CPU comes from the data plane: a simulated pod uses, of its CPU request, the share its served request rate is
 * of its capacity (behaviour `capacity-<rps>`, default 10 req/s): a pod serving 8 req/s of a capacity of 10 is
 * at 80 % of its request.
 */
import type { ControllerHost } from './registry.js';
import { byKind } from './resources.js';
import { matchesSelector } from './selectors.js';
import type { Condition, Deployment, KubeObject, LabelSelector, Pod } from './types.js';
import { clone, isRecord, isoSeconds } from './types.js';

export const HPA_MANAGER = 'kube-controller-manager';
const SYNC_MS = 15_000;
const TOLERANCE = 0.1;
/** metrics-server's window: usage is the mean over the last 30 s (less for a younger pod). */
const USAGE_WINDOW_MS = 30_000;

export interface HpaHost extends ControllerHost {
  isReady(p: Pod): boolean;
  /** Requests per second a pod served over the last `windowMs`, and the rate at which its CPU request is full. */
  podLoad(ns: string, pod: string, windowMs: number): { rps: number; capacityRps: number } | undefined;
}

interface Policy {
  type: 'Pods' | 'Percent';
  value: number;
  periodSeconds: number;
}
interface Rules {
  stabilizationWindowSeconds: number;
  selectPolicy: 'Max' | 'Min' | 'Disabled';
  policies: Policy[];
}

interface Hpa extends KubeObject {
  spec: {
    scaleTargetRef: { apiVersion?: string; kind: string; name: string };
    minReplicas?: number;
    maxReplicas: number;
    metrics?: {
      type: string;
      resource?: {
        name: string;
        target: { type: string; averageUtilization?: number; averageValue?: string };
      };
    }[];
    behavior?: { scaleUp?: Partial<Rules>; scaleDown?: Partial<Rules> };
  };
  status?: Record<string, unknown>;
}

const SCALE_UP: Rules = {
  stabilizationWindowSeconds: 0,
  selectPolicy: 'Max',
  policies: [
    { type: 'Pods', value: 4, periodSeconds: 15 },
    { type: 'Percent', value: 100, periodSeconds: 15 },
  ],
};
const SCALE_DOWN: Rules = {
  stabilizationWindowSeconds: 300,
  selectPolicy: 'Max',
  policies: [{ type: 'Percent', value: 100, periodSeconds: 15 }],
};

function rules(given: Partial<Rules> | undefined, defaults: Rules): Rules {
  return {
    stabilizationWindowSeconds: given?.stabilizationWindowSeconds ?? defaults.stabilizationWindowSeconds,
    selectPolicy: given?.selectPolicy ?? defaults.selectPolicy,
    policies: given?.policies?.length ? given.policies : defaults.policies,
  };
}

/** CPU quantities: `250m`, `0.5`, `1` → millicores. */
export function milliCpu(q: unknown): number | undefined {
  if (typeof q === 'number') return q * 1000;
  if (typeof q !== 'string') return undefined;
  const m = /^(\d+(?:\.\d+)?)(m?)$/.exec(q.trim());
  if (!m) return undefined;
  return m[2] ? Number(m[1]) : Number(m[1]) * 1000;
}

interface State {
  nextSync: number;
  recommendations: { at: number; replicas: number }[];
  events: { at: number; delta: number }[];
}

export class HpaController {
  private readonly state = new Map<string, State>();

  constructor(private readonly host: HpaHost) {}

  reconcile(): void {
    const now = this.host.clock.now();
    const seen = new Set<string>();
    for (const hpa of this.host.list<Hpa>('HorizontalPodAutoscaler')) {
      if (hpa.metadata.deletionTimestamp) continue;
      const key = hpa.metadata.uid ?? '';
      seen.add(key);
      let st = this.state.get(key);
      if (!st) {
        // maybeInitScaleDownStabilizationWindow: a new HPA remembers the target's current count, so it does not
        // scale down before a whole window has passed.
        const t = hpa.spec.scaleTargetRef;
        const kind = t.kind === 'Deployment' || t.kind === 'ReplicaSet' ? t.kind : undefined;
        const target = kind
          ? (this.host.registry.find(byKind(kind), hpa.metadata.namespace, t.name) as Deployment | undefined)
          : undefined;
        st = {
          nextSync: now,
          recommendations: target ? [{ at: now, replicas: target.spec.replicas ?? 1 }] : [],
          events: [],
        };
        this.state.set(key, st);
      }
      if (now < st.nextSync) {
        this.host.wake(st.nextSync);
        continue;
      }
      st.nextSync = now + SYNC_MS;
      this.host.wake(st.nextSync);
      try {
        this.sync(clone(hpa), st, now);
      } catch (e: unknown) {
        if (process.env.KUBE_EMULATOR_DEBUG) console.error('kube emulator hpa:', e);
      }
    }
    for (const key of this.state.keys()) if (!seen.has(key)) this.state.delete(key);
  }

  private sync(hpa: Hpa, st: State, now: number): void {
    const ns = hpa.metadata.namespace ?? '';
    const ref = hpa.spec.scaleTargetRef;
    const min = hpa.spec.minReplicas ?? 1;
    const max = hpa.spec.maxReplicas;
    const prev = isRecord(hpa.status) ? hpa.status : {};
    const conditions: Condition[] = [];
    const at = isoSeconds(now);
    const keep = (c: Condition): Condition => {
      const old = (Array.isArray(prev.conditions) ? (prev.conditions as Condition[]) : []).find(
        (x) => x.type === c.type,
      );
      return { ...c, lastTransitionTime: old && old.status === c.status ? old.lastTransitionTime : at };
    };
    const writeStatus = (extra: Record<string, unknown>): void => {
      const status = {
        ...(prev.lastScaleTime ? { lastScaleTime: prev.lastScaleTime } : {}),
        currentReplicas: (prev.currentReplicas as number | undefined) ?? 0,
        desiredReplicas: (prev.desiredReplicas as number | undefined) ?? 0,
        ...extra,
        conditions: conditions.map(keep),
      };
      this.host.writeStatus('HorizontalPodAutoscaler', hpa, status, HPA_MANAGER);
    };

    const kinds: Record<string, string> = { Deployment: 'Deployment', ReplicaSet: 'ReplicaSet' };
    const kind = kinds[ref.kind];
    const target = kind
      ? (this.host.registry.find(byKind(kind), ns, ref.name) as Deployment | undefined)
      : undefined;
    if (!target) {
      const plural = kind ? byKind(kind).plural : `${ref.kind.toLowerCase()}s`;
      const message = `the HPA controller was unable to get the target's current scale: ${plural}/scale.apps "${ref.name}" not found`;
      conditions.push({ type: 'AbleToScale', status: 'False', reason: 'FailedGetScale', message });
      this.host.event(
        hpa,
        'Warning',
        'FailedGetScale',
        `${plural}/scale.apps "${ref.name}" not found`,
        'horizontal-pod-autoscaler',
      );
      writeStatus({});
      return;
    }
    const current = target.spec.replicas ?? 1;
    const statusReplicas = target.status?.replicas ?? 0;
    conditions.push({
      type: 'AbleToScale',
      status: 'True',
      reason: 'SucceededGetScale',
      message: "the HPA controller was able to get the target's current scale",
    });
    if (current === 0 && min !== 0) {
      conditions.push({
        type: 'ScalingActive',
        status: 'False',
        reason: 'ScalingDisabled',
        message: 'scaling is disabled since the replica count of the target is zero',
      });
      writeStatus({ currentReplicas: statusReplicas, desiredReplicas: 0 });
      return;
    }

    const metric = this.cpuRecommendation(hpa, target, current);
    if ('error' in metric) {
      conditions.push({
        type: 'ScalingActive',
        status: 'False',
        reason: metric.reason,
        message: metric.error,
      });
      this.host.event(hpa, 'Warning', metric.reason, metric.error, 'horizontal-pod-autoscaler');
      writeStatus({ currentReplicas: statusReplicas, desiredReplicas: current });
      return;
    }
    conditions.push({
      type: 'ScalingActive',
      status: 'True',
      reason: 'ValidMetricFound',
      message:
        'the HPA was able to successfully calculate a replica count from cpu resource utilization (percentage of request)',
    });

    // normalizeDesiredReplicasWithBehaviors
    const up = rules(hpa.spec.behavior?.scaleUp, SCALE_UP);
    const down = rules(hpa.spec.behavior?.scaleDown, SCALE_DOWN);
    st.recommendations.push({ at: now, replicas: metric.replicas });
    let upRec = metric.replicas;
    let downRec = metric.replicas;
    for (const r of st.recommendations) {
      if (r.at > now - up.stabilizationWindowSeconds * 1000) upRec = Math.min(upRec, r.replicas);
      if (r.at > now - down.stabilizationWindowSeconds * 1000) downRec = Math.max(downRec, r.replicas);
    }
    const keepFor = Math.max(up.stabilizationWindowSeconds, down.stabilizationWindowSeconds) * 1000;
    st.recommendations = st.recommendations.filter((r) => r.at > now - keepFor);
    let stabilized = current;
    if (stabilized < upRec) stabilized = upRec;
    if (stabilized > downRec) stabilized = downRec;

    let desired = stabilized;
    let limited: Condition | undefined;
    if (stabilized > current) {
      const limit = this.scaleUpLimit(current, st, up, now);
      if (limit < desired) {
        desired = Math.max(current, limit);
        limited = {
          type: 'ScalingLimited',
          status: 'True',
          reason: 'ScaleUpLimit',
          message: 'the desired replica count is increasing faster than the maximum scale rate',
        };
      }
    } else if (stabilized < current) {
      const limit = this.scaleDownLimit(current, st, down, now);
      if (limit > desired) {
        desired = Math.min(current, limit);
        limited = {
          type: 'ScalingLimited',
          status: 'True',
          reason: 'ScaleDownLimit',
          message: 'the desired replica count is decreasing faster than the maximum scale rate',
        };
      }
    }
    if (desired > max) {
      desired = max;
      limited = {
        type: 'ScalingLimited',
        status: 'True',
        reason: 'TooManyReplicas',
        message: 'the desired replica count is more than the maximum replica count',
      };
    } else if (desired < min) {
      desired = min;
      limited = {
        type: 'ScalingLimited',
        status: 'True',
        reason: 'TooFewReplicas',
        message: 'the desired replica count is less than the minimum replica count',
      };
    }
    conditions.push(
      limited ?? {
        type: 'ScalingLimited',
        status: 'False',
        reason: 'DesiredWithinRange',
        message: 'the desired count is within the acceptable range',
      },
    );
    if (stabilized !== metric.replicas && desired === stabilized && !limited) {
      conditions[0] = {
        type: 'AbleToScale',
        status: 'True',
        reason: 'ScaleDownStabilized',
        message:
          'recent recommendations were higher than current one, applying the highest recent recommendation',
      };
    }

    const extra: Record<string, unknown> = {
      currentReplicas: statusReplicas,
      desiredReplicas: desired,
      currentMetrics: [
        {
          type: 'Resource',
          resource: {
            name: 'cpu',
            current: { averageUtilization: metric.utilization, averageValue: `${metric.averageMilli}m` },
          },
        },
      ],
    };
    if (desired !== current) {
      const scaled = clone(target);
      scaled.spec.replicas = desired;
      this.host.registry.update(byKind(kind), ns, ref.name, scaled, {
        manager: HPA_MANAGER,
        subresource: 'scale',
      });
      st.events.push({ at: now, delta: desired - current });
      const direction = desired > current ? 'above' : 'below';
      this.host.event(
        hpa,
        'Normal',
        'SuccessfulRescale',
        `New size: ${desired}; reason: cpu resource utilization (percentage of request) ${direction} target`,
        'horizontal-pod-autoscaler',
      );
      extra.lastScaleTime = at;
    }
    writeStatus(extra);
  }

  private scaleUpLimit(current: number, st: State, r: Rules, now: number): number {
    if (r.selectPolicy === 'Disabled') return current;
    let result = r.selectPolicy === 'Min' ? Infinity : -Infinity;
    for (const p of r.policies) {
      const added = st.events
        .filter((e) => e.delta > 0 && e.at > now - p.periodSeconds * 1000)
        .reduce((n, e) => n + e.delta, 0);
      const start = current - added;
      const proposed = p.type === 'Pods' ? start + p.value : Math.ceil(start * (1 + p.value / 100));
      result = r.selectPolicy === 'Min' ? Math.min(result, proposed) : Math.max(result, proposed);
    }
    return result;
  }

  private scaleDownLimit(current: number, st: State, r: Rules, now: number): number {
    if (r.selectPolicy === 'Disabled') return current;
    let result = r.selectPolicy === 'Min' ? -Infinity : Infinity;
    for (const p of r.policies) {
      const removed = st.events
        .filter((e) => e.delta < 0 && e.at > now - p.periodSeconds * 1000)
        .reduce((n, e) => n - e.delta, 0);
      const start = current + removed;
      const proposed = p.type === 'Pods' ? start - p.value : Math.floor(start * (1 - p.value / 100));
      result = r.selectPolicy === 'Min' ? Math.max(result, proposed) : Math.min(result, proposed);
    }
    return result;
  }

  /** replica_calculator.go GetResourceReplicas for a CPU Utilization target. */
  private cpuRecommendation(
    hpa: Hpa,
    target: Deployment,
    current: number,
  ): { replicas: number; utilization: number; averageMilli: number } | { error: string; reason: string } {
    const metrics = hpa.spec.metrics?.length
      ? hpa.spec.metrics
      : [
          {
            type: 'Resource',
            resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 80 } },
          },
        ];
    const cpu = metrics.find((m) => m.type === 'Resource' && m.resource?.name === 'cpu');
    const targetUtil = cpu?.resource?.target.averageUtilization;
    if (!cpu || cpu.resource?.target.type !== 'Utilization' || typeof targetUtil !== 'number') {
      return {
        reason: 'FailedGetResourceMetric',
        error:
          'the simulator scales on cpu Utilization targets only (metrics: [{type: Resource, resource: {name: cpu, target: {type: Utilization}}}])',
      };
    }
    const ns = target.metadata.namespace ?? '';
    const selector: LabelSelector = target.spec.selector;
    const pods = this.host
      .list<Pod>('Pod', ns)
      .filter((p) => matchesSelector(selector, p.metadata.labels))
      .filter(
        (p) =>
          !p.metadata.deletionTimestamp && p.status?.phase !== 'Failed' && p.status?.phase !== 'Succeeded',
      );
    if (pods.length === 0)
      return {
        reason: 'FailedGetResourceMetric',
        error: 'failed to get cpu utilization: no pods returned by selector',
      };
    const requests = new Map<string, number>();
    for (const p of pods) {
      let total = 0;
      for (const c of p.spec.containers ?? []) {
        const req = milliCpu(
          (c.resources as { requests?: Record<string, unknown> } | undefined)?.requests?.cpu,
        );
        if (req === undefined)
          return {
            reason: 'FailedGetResourceMetric',
            error: `failed to get cpu utilization: missing request for cpu in container ${c.name} of Pod ${p.metadata.name}`,
          };
        total += req;
      }
      requests.set(p.metadata.name ?? '', total);
    }
    const usage = new Map<string, number>();
    const unready = new Set<string>();
    const missing = new Set<string>();
    for (const p of pods) {
      const name = p.metadata.name ?? '';
      if (p.status?.phase === 'Pending' || !this.host.isReady(p)) {
        unready.add(name);
        continue;
      }
      const load = this.host.podLoad(ns, name, USAGE_WINDOW_MS);
      if (!load) {
        missing.add(name);
        continue;
      }
      const share = Math.min(3, load.rps / Math.max(0.001, load.capacityRps));
      usage.set(name, (requests.get(name) ?? 0) * (0.05 + share));
    }
    const ratio = (m: Map<string, number>): { ratio: number; util: number; avg: number } => {
      let u = 0;
      let r = 0;
      for (const [name, v] of m) {
        u += v;
        r += requests.get(name) ?? 0;
      }
      const util = r > 0 ? Math.round((u * 100) / r) : 0;
      return { ratio: util / targetUtil, util, avg: m.size ? Math.round(u / m.size) : 0 };
    };
    if (usage.size === 0 && missing.size === 0)
      return {
        reason: 'FailedGetResourceMetric',
        error:
          'failed to get cpu utilization: did not receive metrics for targeted pods (pods might be unready)',
      };
    const first = ratio(usage);
    const readyCount = usage.size;
    const scaleUpWithUnready = unready.size > 0 && first.ratio > 1;
    if (!scaleUpWithUnready && missing.size === 0) {
      if (Math.abs(1 - first.ratio) <= TOLERANCE)
        return { replicas: current, utilization: first.util, averageMilli: first.avg };
      return {
        replicas: Math.ceil(first.ratio * readyCount),
        utilization: first.util,
        averageMilli: first.avg,
      };
    }
    const adjusted = new Map(usage);
    if (missing.size > 0) {
      for (const name of missing) {
        const fallback = first.ratio < 1 ? ((requests.get(name) ?? 0) * Math.max(targetUtil, 100)) / 100 : 0;
        adjusted.set(name, fallback);
      }
    }
    if (scaleUpWithUnready) for (const name of unready) adjusted.set(name, 0);
    const second = ratio(adjusted);
    if (
      Math.abs(1 - second.ratio) <= TOLERANCE ||
      (first.ratio < 1 && second.ratio > 1) ||
      (first.ratio > 1 && second.ratio < 1)
    )
      return { replicas: current, utilization: first.util, averageMilli: first.avg };
    const next = Math.ceil(second.ratio * adjusted.size);
    if ((second.ratio < 1 && next > current) || (second.ratio > 1 && next < current))
      return { replicas: current, utilization: first.util, averageMilli: first.avg };
    return { replicas: next, utilization: first.util, averageMilli: first.avg };
  }
}
