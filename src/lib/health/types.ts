/**
 * Typed health-check specs (parsed from YAML by `parse.ts`), the outside-system interfaces a check needs
 * (`PodSource`, `DnsResolver`) and the results the runner returns.
 *
 * Times: `interval`, `timeout`, `max-latency` and every timestamp are in milliseconds of the Clock passed to
 * the runner (the wall clock in production, a scaled or manual clock in tests).
 */

export type CheckKind = 'http' | 'dns' | 'tls' | 'tcp' | 'prometheus' | 'cloudwatch' | 'kubernetes';

export type HttpMethod = 'GET' | 'HEAD' | 'POST' | 'PUT' | 'PATCH' | 'DELETE' | 'OPTIONS';

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** One segment of a simple JSON path: an object key or an array index. */
export type PathSegment = string | number;

/** Inclusive range of HTTP status codes; a single code is `{ min: code, max: code }`. */
export interface StatusRange {
  min: number;
  max: number;
}

export type ThresholdOp = '<' | '<=' | '>' | '>=' | '==';

export interface Timing {
  /** Time between the starts of two probes. */
  interval: number;
  /** A probe still running after this long fails (and is aborted). Never longer than `interval`. */
  timeout: number;
  /** Consecutive successful probes that make the check pass. */
  successThreshold: number;
  /** Consecutive failed probes that make the check fail. */
  failureThreshold: number;
}

interface BaseCheck extends Timing {
  /** 1-based position in the YAML list. */
  index: number;
  /** Unique; defaults to `<kind>-<index>`. */
  name: string;
}

export interface HttpCheck extends BaseCheck {
  kind: 'http';
  url: string;
  method: HttpMethod;
  headers: Record<string, string>;
  expectStatus: StatusRange[];
  maxLatency?: number;
  bodyContains?: string;
  json?: { path: string; segments: PathSegment[]; equals: JsonValue };
  insecure: boolean;
  /** Requests per probe (sent together); the probe fails when more than maxErrorRatio of them fail. */
  samples: number;
  maxErrorRatio: number;
}

export interface DnsCheck extends BaseCheck {
  kind: 'dns';
  hostname: string;
  recordType: 'A' | 'AAAA';
  expectAddress?: string[];
  /** `ip` or `ip:port` of the DNS server to ask (then `resolver` is `dns`). */
  server?: string;
  /**
   * `system`: the operating system's resolver (getaddrinfo: /etc/hosts, search domains, nsswitch), as the
   * service's own clients resolve; `dns`: ask DNS servers directly (`server`, else the system's nameservers).
   */
  resolver: 'system' | 'dns';
}

export interface TlsCheck extends BaseCheck {
  kind: 'tls';
  /** `host`, `host:port` or an https URL; port 443 when not given. */
  host: string;
  servername?: string;
  minDays: number;
  insecure: boolean;
  caFile?: string;
}

export interface TcpCheck extends BaseCheck {
  kind: 'tcp';
  /** `host:port` (or a URL with a port). */
  host: string;
}

export interface PrometheusCheck extends BaseCheck {
  kind: 'prometheus';
  url: string;
  query: string;
  threshold: { op: ThresholdOp; value: number };
  onEmpty: 'pass' | 'fail';
  headers: Record<string, string>;
  insecure: boolean;
}

/** The ALB's per-target-group metrics a cloudwatch check reads (`5xx-ratio`: 5XX count / RequestCount). */
export const CLOUDWATCH_METRICS = [
  '5xx-ratio',
  'RequestCount',
  'HTTPCode_Target_2XX_Count',
  'HTTPCode_Target_4XX_Count',
  'HTTPCode_Target_5XX_Count',
  'HTTPCode_ELB_5XX_Count',
  'TargetResponseTime',
] as const;

export type CloudWatchMetric = (typeof CLOUDWATCH_METRICS)[number];

/**
 * `value op limit` where limit is `offset`, or `factor × stable + offset` when `factor` is set (the same metric of
 * the stable version's target group over the same window).
 */
export interface CloudWatchThreshold {
  op: ThresholdOp;
  offset: number;
  factor?: number;
}

/**
 * CloudWatch: either a threshold on one of the ALB's per-target-group metrics over a trailing `window`
 * (GetMetricData), or `alarms` (DescribeAlarms: one in ALARM fails the probe). CloudWatch unreachable, throttling,
 * access denied and no datapoints are inconclusive, never a pass.
 */
export interface CloudWatchCheck extends BaseCheck {
  kind: 'cloudwatch';
  metric?: CloudWatchMetric;
  /** Sum, Average, Maximum, Minimum, SampleCount or pNN; absent for 5xx-ratio. */
  stat?: string;
  /** The trailing window, one CloudWatch period: whole minutes (the ALB's metrics are per minute). */
  window: number;
  /** `canary` / `stable` (a canary on the ALB fills them in), or a target group's ARN or `targetgroup/<name>/<id>`. */
  targetGroup: string;
  /** The load balancer's ARN or `app/<name>/<id>` (found by the deploy on the ALB path). */
  loadBalancer?: string;
  threshold?: CloudWatchThreshold;
  /** Alarm names (`{{canary}}` / `{{stable}}` templated by a canary). */
  alarms: string[];
  /** The CloudWatch dimensions, once known: set from the fields, or by the canary from the ALB. */
  dimensions?: { loadBalancer: string; targetGroup: string; stableTargetGroup?: string };
  /**
   * Clock time the window may not reach back before (a canary: when its target group got users in this rollout; a
   * target group's metrics do not say which version answered, and a previous canary's errors are not this one's).
   */
  since?: number;
}

export interface KubernetesCheck extends BaseCheck {
  kind: 'kubernetes';
  namespace: string;
  selector: string;
  /** Container restarts allowed above the baseline before a probe fails. */
  maxRestarts: number;
  /** `first-probe`: restart counts seen by the first probe; `zero`: every restart counts. */
  restartBaseline: 'first-probe' | 'zero';
  /** Fewer matching pods than this fails the probe. */
  minPods: number;
  /**
   * A pod not Ready for less than this (new, rescheduled after an eviction, added by an autoscaler) is starting:
   * the probe is inconclusive rather than failed. Crash loops and restarts fail at once whatever its age.
   */
  notReadyGrace: number;
}

export type CheckSpec =
  HttpCheck | DnsCheck | TlsCheck | TcpCheck | PrometheusCheck | CloudWatchCheck | KubernetesCheck;

// ---- outside systems --------------------------------------------------------------------------------------

/** The few fields of a core/v1 Pod that the kubernetes check reads (structurally a subset of V1Pod). */
export interface PodLike {
  metadata?: {
    name?: string;
    uid?: string;
    deletionTimestamp?: string | Date | null;
    creationTimestamp?: string | Date | null;
  };
  status?: {
    phase?: string;
    conditions?: { type: string; status: string; lastTransitionTime?: string | Date | null }[];
    containerStatuses?: ContainerStatusLike[];
    initContainerStatuses?: ContainerStatusLike[];
  };
}

export interface ContainerStatusLike {
  name: string;
  ready?: boolean;
  restartCount?: number;
  state?: { waiting?: { reason?: string; message?: string } | null } | null;
}

/** Cluster access for `kubernetes` checks; the deploy engine backs it with the Kubernetes API. */
export interface PodSource {
  listPods(namespace: string, labelSelector: string, signal?: AbortSignal): Promise<PodLike[]>;
}

/** The part of `node:dns/promises` `Resolver` that the dns check uses. */
export interface DnsResolver {
  resolve4(hostname: string): Promise<string[]>;
  resolve6(hostname: string): Promise<string[]>;
  cancel?(): void;
}

/**
 * Makes a resolver for one probe: `server` is the check's `server` field, `timeout` the probe timeout,
 * `mode` its `resolver` field.
 */
export type DnsResolverFactory = (
  server: string | undefined,
  timeout: number,
  mode: 'system' | 'dns',
) => DnsResolver;

// ---- results ----------------------------------------------------------------------------------------------

export type CheckStatus = 'passed' | 'failed' | 'pending';

export interface ProbeOutcome {
  ok: boolean;
  /** Why it failed, or what it saw when it passed (`HTTP 200`, `value 0.002`). One line. */
  message: string;
  /**
   * The probe could not look (the Kubernetes API server it goes through was unreachable): it says nothing
   * about the target, so it counts neither as a success nor as a failure.
   */
  inconclusive?: boolean;
}

/** Thrown by a probe's transport when the observer, not the target, failed (e.g. the API server is down). */
export class Inconclusive extends Error {
  override readonly name: string = 'Inconclusive';
}

export function isInconclusive(e: unknown): boolean {
  return typeof e === 'object' && e !== null && (e as { name?: unknown }).name === 'Inconclusive';
}

export interface ProbeEvent {
  check: string;
  index: number;
  ok: boolean;
  message: string;
  /** The probe could not look; it did not count. */
  inconclusive?: boolean;
  /** Clock time the probe started. */
  at: number;
  latency: number;
  /** Status of the check after this probe. */
  status: CheckStatus;
  consecutiveSuccesses: number;
  consecutiveFailures: number;
}

export interface CheckResult {
  index: number;
  name: string;
  kind: CheckKind;
  /** What was probed, for people: `GET https://…/healthz`, `db.internal:5432`, the PromQL query. */
  target: string;
  status: CheckStatus;
  probes: number;
  /** Failed probes in total (not only consecutive ones). */
  failures: number;
  /** Probes that could not look (the API server was unreachable); counted in neither direction. */
  inconclusive?: number;
  consecutiveSuccesses: number;
  consecutiveFailures: number;
  /** Message of the last failed probe. */
  lastError?: string;
  /** Message of the last probe, failed or not. */
  lastMessage?: string;
  latency: { p50?: number; max?: number };
  /** Clock time the first failed probe of the run started. */
  firstFailureAt?: number;
  /** Clock time the current run of consecutive failures started (unset when the last probe passed). */
  failingSince?: number;
  /** Clock time the check reached `passed` or `failed`. */
  verdictAt?: number;
}

export type RunMode = 'until-healthy' | 'watch';

export interface RunResult {
  status: 'passed' | 'failed' | 'cancelled';
  mode: RunMode;
  /** One line for people: what passed, or which check failed and why. */
  reason: string;
  startedAt: number;
  verdictAt: number;
  /**
   * For a failed verdict caused by a check: clock time the first probe of the failure streak that reached
   * failure-threshold started. `verdictAt - firstFailureAt` is the detection time.
   */
  firstFailureAt?: number;
  /** `verdictAt - firstFailureAt` when both are set. */
  detectMs?: number;
  /** The check that decided a failed verdict. */
  failedCheck?: string;
  checks: CheckResult[];
}
