/**
 * The CloudWatch API as far as a canary's analysis meets it (AWS JSON 1.0, `X-Amz-Target:
 * GraniteServiceVersion20100801.<Operation>`, SigV4 for service `monitoring`, what @aws-sdk/client-cloudwatch
 * speaks), computed from the simulated ALBs' real request log:
 *
 * - GetMetricData with MetricStat queries on `AWS/ApplicationELB`: `RequestCount`, `HTTPCode_Target_2XX_Count`,
 *   `HTTPCode_Target_4XX_Count`, `HTTPCode_Target_5XX_Count`, `HTTPCode_ELB_5XX_Count` and `TargetResponseTime`
 *   (seconds), with the statistics Sum, Average, Minimum, Maximum, SampleCount and percentiles (`p99`, nearest
 *   rank), by `LoadBalancer` (`app/<name>/<id>`) and optionally `TargetGroup` (`targetgroup/<name>/<id>`), in
 *   buckets of `Period` seconds from StartTime; a bucket with no request has no datapoint, as in CloudWatch.
 *   Metric math (`Expression`) is refused with InvalidParameterValue naming the query.
 * - DescribeAlarms: alarms a simulation sets to a state (`setAlarm`, as SetAlarmState would), or defines as
 *   CloudWatch would (`defineAlarm`: a threshold on one of those metrics over the last evaluation periods of the
 *   same request log, evaluated when asked).
 * - `publishDelayMs` (the simulator sets it): as the ALB's metrics really are, per minute (standard resolution) and
 *   published that long after their minute ends; a period that is not whole minutes has no datapoint, and a range
 *   starts at its minute (CloudWatch rounds StartTime down). Without it, any period from the log as it is now.
 * - `outage`: answers every call with a throttling or access-denied error, as an over-used or misconfigured
 *   account would.
 */
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { Clock } from '../../lib/clock.js';
import { errorMessage } from '../../lib/errors.js';
import { watchServer } from '../clock.js';
import type { TestCredential } from '../kube/auth.js';
import { LoopbackServer, withBody } from '../loopback.js';
import type { AlbSample } from './elbv2/listener.js';
import type { Elbv2, LoadBalancer, TargetGroup } from './elbv2/model.js';
import { SigV4Error, signedRequest, verifySigV4 } from './sigv4.js';

const TARGET_PREFIX = 'GraniteServiceVersion20100801.';

export interface AlarmState {
  name: string;
  state: 'OK' | 'ALARM' | 'INSUFFICIENT_DATA';
  reason: string;
  metricName?: string;
  namespace?: string;
}

/** A metric alarm over the ALB's request log, evaluated as CloudWatch does when DescribeAlarms asks. */
export interface MetricAlarmDefinition {
  name: string;
  metricName: string;
  /** `LoadBalancer` and optionally `TargetGroup` (dimension values or ARNs). */
  loadBalancer: string;
  targetGroup?: string;
  stat: string;
  periodSeconds: number;
  evaluationPeriods: number;
  comparison:
    | 'GreaterThanThreshold'
    | 'GreaterThanOrEqualToThreshold'
    | 'LessThanThreshold'
    | 'LessThanOrEqualToThreshold';
  threshold: number;
  /** `missing` (CloudWatch's default): periods without data leave the alarm INSUFFICIENT_DATA; `notBreaching`: OK. */
  treatMissingData?: 'missing' | 'notBreaching';
}

export interface AlbLogSource {
  log(lb: LoadBalancer): AlbSample[];
}

/** The Smithy error shapes behind CloudWatch's Query error codes (the JSON protocol's `__type`). */
const SHAPES: Record<string, string> = {
  InvalidParameterValue: 'InvalidParameterValueException',
  InvalidParameterCombination: 'InvalidParameterCombinationException',
  MissingParameter: 'MissingRequiredParameterException',
};

class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

interface Dimension {
  Name?: string;
  Value?: string;
}

interface MetricDataQuery {
  Id?: string;
  Label?: string;
  ReturnData?: boolean;
  Expression?: string;
  MetricStat?: {
    Metric?: { Namespace?: string; MetricName?: string; Dimensions?: Dimension[] };
    Period?: number;
    Stat?: string;
  };
}

/** `arn:…:loadbalancer/app/web/abc` → `app/web/abc`; `arn:…:targetgroup/k8s-…/def` → `targetgroup/k8s-…/def`. */
export function dimensionOf(arn: string): string {
  const m = /:(?:loadbalancer\/)?((?:app|targetgroup)\/[^/]+\/[^/]+)$/.exec(arn);
  return m?.[1] ?? arn;
}

const METRICS: Record<string, { stat: 'Sum' | 'Average'; pick: (s: AlbSample) => number | undefined }> = {
  RequestCount: { stat: 'Sum', pick: (s) => (s.elb && !s.targetGroup ? undefined : 1) },
  HTTPCode_Target_5XX_Count: { stat: 'Sum', pick: (s) => (!s.elb && s.status >= 500 ? 1 : undefined) },
  HTTPCode_Target_2XX_Count: {
    stat: 'Sum',
    pick: (s) => (!s.elb && s.status >= 200 && s.status < 300 ? 1 : undefined),
  },
  HTTPCode_Target_4XX_Count: {
    stat: 'Sum',
    pick: (s) => (!s.elb && s.status >= 400 && s.status < 500 ? 1 : undefined),
  },
  HTTPCode_ELB_5XX_Count: { stat: 'Sum', pick: (s) => (s.elb && s.status >= 500 ? 1 : undefined) },
  TargetResponseTime: {
    stat: 'Average',
    pick: (s) => (s.elb || s.ms === undefined ? undefined : s.ms / 1000),
  },
};

export class CloudWatchApi {
  private server?: LoopbackServer;
  private readonly alarms = new Map<string, AlarmState & { at: number }>();
  private readonly defined = new Map<string, MetricAlarmDefinition>();
  /** Every call answers this error while set (ThrottlingException: 400, AccessDenied: 403). */
  outage?: 'ThrottlingException' | 'AccessDenied';
  readonly requests: { at: number; operation: string; status: number }[] = [];
  url = '';

  constructor(
    private readonly clock: Clock,
    private readonly elbv2: Elbv2,
    private readonly alb: AlbLogSource,
    private readonly credentials: TestCredential[],
    private readonly opts: { publishDelayMs?: number } = {},
  ) {}

  async start(): Promise<string> {
    const server = http.createServer(withBody((req, body, res) => this.handle(req, body, res)));
    watchServer(server, this.clock);
    this.server = new LoopbackServer(server);
    this.url = `http://127.0.0.1:${await this.server.listen()}`;
    return this.url;
  }

  async close(): Promise<void> {
    await this.server?.close();
  }

  /** Sets an alarm's state (created when new), as CloudWatch's evaluation or SetAlarmState would. */
  setAlarm(a: AlarmState): void {
    this.defined.delete(a.name);
    this.alarms.set(a.name, { ...a, at: this.clock.now() });
  }

  /** Defines a metric alarm whose state is computed from the request log whenever it is described. */
  defineAlarm(d: MetricAlarmDefinition): void {
    this.alarms.delete(d.name);
    this.defined.set(d.name, d);
  }

  private handle(req: http.IncomingMessage, body: Buffer, res: http.ServerResponse): void {
    const target = String(req.headers['x-amz-target'] ?? '');
    const operation = target.startsWith(TARGET_PREFIX) ? target.slice(TARGET_PREFIX.length) : target;
    const record = { at: this.clock.now(), operation, status: 0 };
    this.requests.push(record);
    const send = (status: number, doc: unknown, headers: Record<string, string> = {}): void => {
      record.status = status;
      res.writeHead(status, {
        'content-type': 'application/x-amz-json-1.0',
        'x-amzn-requestid': randomUUID(),
        ...headers,
      });
      res.end(JSON.stringify(doc));
    };
    try {
      try {
        verifySigV4(signedRequest(req, body), {
          credentials: this.credentials,
          service: 'monitoring',
          region: this.elbv2.region,
          now: Date.now(),
        });
      } catch (e: unknown) {
        if (e instanceof SigV4Error) throw new ApiError(403, e.code, e.message);
        throw e;
      }
      if (this.outage === 'ThrottlingException') throw new ApiError(400, 'Throttling', 'Rate exceeded');
      if (this.outage === 'AccessDenied')
        throw new ApiError(
          403,
          'AccessDenied',
          `User: arn:aws:iam::123456789012:user/keelson is not authorized to perform: cloudwatch:${operation}`,
        );
      let input: Record<string, unknown>;
      try {
        input = JSON.parse(body.toString('utf8') || '{}') as Record<string, unknown>;
      } catch {
        throw new ApiError(400, 'SerializationException', 'the body is not JSON');
      }
      if (operation === 'GetMetricData') return send(200, this.getMetricData(input));
      if (operation === 'DescribeAlarms') return send(200, this.describeAlarms(input));
      throw new ApiError(400, 'UnknownOperationException', `unsupported operation ${target}`);
    } catch (e: unknown) {
      const err = e instanceof ApiError ? e : new ApiError(500, 'InternalFailure', errorMessage(e));
      send(
        err.status,
        { __type: `com.amazonaws.cloudwatch#${SHAPES[err.code] ?? err.code}`, message: err.message },
        { 'x-amzn-query-error': `${err.code};${err.status >= 500 ? 'Receiver' : 'Sender'}` },
      );
    }
  }

  private getMetricData(input: Record<string, unknown>): unknown {
    const queries = (input.MetricDataQueries ?? []) as MetricDataQuery[];
    const start = Number(input.StartTime) * 1000;
    const end = Number(input.EndTime) * 1000;
    if (!Number.isFinite(start) || !Number.isFinite(end) || end <= start)
      throw new ApiError(
        400,
        'InvalidParameterValue',
        'The parameter EndTime must be greater than StartTime.',
      );
    if (queries.length === 0 || queries.length > 500)
      throw new ApiError(400, 'InvalidParameterValue', 'MetricDataQueries must hold 1 to 500 queries.');
    const descending = input.ScanBy !== 'TimestampAscending';
    const results = queries.map((q) => {
      if (q.Expression !== undefined || !q.MetricStat)
        throw new ApiError(
          400,
          'InvalidParameterValue',
          `The simulation answers MetricStat queries only (query ${q.Id}).`,
        );
      const { Metric, Period, Stat } = q.MetricStat;
      const metric = METRICS[Metric?.MetricName ?? ''];
      const period = Number(Period);
      if (!Number.isInteger(period) || period < 1 || (![1, 5, 10, 30].includes(period) && period % 60 !== 0))
        throw new ApiError(
          400,
          'InvalidParameterValue',
          `The parameter Period of query ${q.Id} must be 1, 5, 10, 30 or a multiple of 60.`,
        );
      // An unknown statistic is refused whether or not the window has data.
      aggregate([0], Stat ?? metric?.stat ?? 'Sum');
      const dims = Object.fromEntries((Metric?.Dimensions ?? []).map((d) => [d.Name, d.Value]));
      const points = this.series(
        Metric?.Namespace === 'AWS/ApplicationELB' ? (Metric.MetricName ?? '') : '',
        dims,
        Stat ?? metric?.stat ?? 'Sum',
        { start, end, period },
      ).sort((a, b) => (descending ? b[0] - a[0] : a[0] - b[0]));
      return {
        Id: q.Id,
        Label: q.Label ?? Metric?.MetricName,
        Timestamps: points.map(([t]) => t / 1000),
        Values: points.map(([, v]) => v),
        StatusCode: 'Complete',
      };
    });
    return { MetricDataResults: results.filter((_, i) => queries[i]?.ReturnData !== false), Messages: [] };
  }

  /** `[bucket start ms, value]` of a metric in buckets of `period` seconds from `start`; empty buckets left out. */
  private series(
    metricName: string,
    dims: Record<string, string | undefined>,
    stat: string,
    range: { start: number; end: number; period: number },
  ): (readonly [number, number])[] {
    const metric = METRICS[metricName];
    if (!metric) return [];
    const width = range.period * 1000;
    const delay = this.opts.publishDelayMs;
    let start = range.start;
    if (delay !== undefined) {
      // Standard resolution: minutes only, each visible once published.
      if (width % 60_000 !== 0) return [];
      start = Math.floor(start / 60_000) * 60_000;
    }
    const now = this.clock.now();
    const buckets = new Map<number, number[]>();
    for (const s of this.samples(dims)) {
      if (s.at < start || s.at >= range.end) continue;
      if (delay !== undefined && Math.floor(s.at / 60_000) * 60_000 + 60_000 + delay > now) continue;
      const v = metric.pick(s);
      if (v === undefined) continue;
      const b = start + Math.floor((s.at - start) / width) * width;
      const list = buckets.get(b) ?? [];
      list.push(v);
      buckets.set(b, list);
    }
    return [...buckets].map(([t, vs]) => [t, aggregate(vs, stat)] as const);
  }

  /** A defined alarm's state now: ALARM when every one of its last evaluation periods breaches. */
  private evaluate(d: MetricAlarmDefinition): AlarmState {
    const width = d.periodSeconds * 1000;
    // The last periods published (as CloudWatch evaluates an alarm on the data it has).
    const end = Math.floor((this.clock.now() - (this.opts.publishDelayMs ?? 0)) / width) * width;
    const start = end - d.evaluationPeriods * width;
    const points = this.series(
      d.metricName,
      { LoadBalancer: dimensionOf(d.loadBalancer), TargetGroup: d.targetGroup && dimensionOf(d.targetGroup) },
      d.stat,
      { start, end, period: d.periodSeconds },
    ).sort((a, b) => a[0] - b[0]);
    const base = { name: d.name, metricName: d.metricName, namespace: 'AWS/ApplicationELB' };
    if (points.length < d.evaluationPeriods && d.treatMissingData !== 'notBreaching')
      return {
        ...base,
        state: 'INSUFFICIENT_DATA',
        reason: `Insufficient Data: ${points.length} datapoint(s) in the last ${d.evaluationPeriods} period(s).`,
      };
    const breach = (v: number): boolean =>
      d.comparison === 'GreaterThanThreshold'
        ? v > d.threshold
        : d.comparison === 'GreaterThanOrEqualToThreshold'
          ? v >= d.threshold
          : d.comparison === 'LessThanThreshold'
            ? v < d.threshold
            : v <= d.threshold;
    const words = d.comparison
      .replace('Threshold', '')
      .replace(/([A-Z])/g, ' $1')
      .trim()
      .toLowerCase();
    const shown = points.map(([t, v]) => `${v} (${new Date(t).toISOString()})`).join(', ');
    return points.length === d.evaluationPeriods && points.every(([, v]) => breach(v))
      ? {
          ...base,
          state: 'ALARM',
          reason: `Threshold Crossed: ${points.length} datapoint(s) [${shown}] ${words} the threshold (${d.threshold}).`,
        }
      : {
          ...base,
          state: 'OK',
          reason: `Threshold Crossed: ${points.length} datapoint(s) [${shown}] not ${words} the threshold (${d.threshold}).`,
        };
  }

  /** The request log of the load balancer (and target group) the dimensions name. */
  private samples(dims: Record<string, string | undefined>): AlbSample[] {
    const lb = [...this.elbv2.loadBalancers.values()].find((l) => dimensionOf(l.arn) === dims.LoadBalancer);
    if (!lb) return [];
    const all = this.alb.log(lb);
    if (!dims.TargetGroup) return all;
    const tg = [...this.elbv2.targetGroups.values()].find(
      (t: TargetGroup) => dimensionOf(t.arn) === dims.TargetGroup,
    );
    return tg ? all.filter((s) => s.targetGroup === tg.name) : [];
  }

  private describeAlarms(input: Record<string, unknown>): unknown {
    const names = (input.AlarmNames ?? []) as string[];
    const now = this.clock.now();
    const all = [
      ...this.alarms.values(),
      ...[...this.defined.values()].map((d) => ({ ...this.evaluate(d), at: now })),
    ];
    const alarms = all.filter((a) => names.length === 0 || names.includes(a.name));
    return {
      MetricAlarms: alarms.map((a) => ({
        AlarmName: a.name,
        AlarmArn: `arn:aws:cloudwatch:${this.elbv2.region}:123456789012:alarm:${a.name}`,
        StateValue: a.state,
        StateReason: a.reason,
        StateUpdatedTimestamp: a.at / 1000,
        ...(a.metricName ? { MetricName: a.metricName } : {}),
        ...(a.namespace ? { Namespace: a.namespace } : {}),
      })),
      CompositeAlarms: [],
    };
  }
}

function aggregate(values: number[], stat: string): number {
  const p = /^p(\d{1,2}(?:\.\d+)?|100)$/.exec(stat);
  if (p) {
    // Nearest rank.
    const sorted = [...values].sort((a, b) => a - b);
    const rank = Math.ceil((Number(p[1]) / 100) * sorted.length);
    return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] as number;
  }
  if (stat === 'Sum') return values.reduce((a, b) => a + b, 0);
  if (stat === 'Average') return values.reduce((a, b) => a + b, 0) / values.length;
  if (stat === 'Maximum') return Math.max(...values);
  if (stat === 'Minimum') return Math.min(...values);
  if (stat === 'SampleCount') return values.length;
  throw new ApiError(
    400,
    'InvalidParameterValue',
    `The statistic ${stat} is not supported by the simulation.`,
  );
}
