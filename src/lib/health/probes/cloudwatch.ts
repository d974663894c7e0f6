/**
 * `kind: cloudwatch`: a threshold on the ALB's per-target-group metrics (GetMetricData over a trailing window, one
 * period), or alarms (DescribeAlarms: one in ALARM fails). What says nothing about the version is inconclusive,
 * never a pass: CloudWatch unreachable, throttling, access denied, no datapoints in the window, every alarm without
 * data.
 */
import type { CloudWatch, MetricQuery, MetricSeries } from '../../aws/cloudwatch.js';
import { AwsServiceError } from '../../aws/json-client.js';
import type { Clock } from '../../clock.js';
import { Inconclusive, type CloudWatchCheck, type ProbeOutcome } from '../types.js';
import { compare } from './prometheus.js';

/** AWS's throttling error codes: CloudWatch asked too often, not a verdict on anything. */
export const THROTTLED: ReadonlySet<string> = new Set([
  'Throttling',
  'ThrottlingException',
  'TooManyRequestsException',
  'RequestLimitExceeded',
  'LimitExceeded',
  'LimitExceededException',
]);

/** Service errors that say nothing about the version: the observer could not look. */
const INCONCLUSIVE = new Set([
  'AccessDenied',
  'AccessDeniedException',
  ...THROTTLED,
  'InternalFailure',
  'InternalServiceFault',
  'ServiceUnavailable',
  'UnrecognizedClientException',
  'InvalidClientTokenId',
  'ExpiredToken',
  'ExpiredTokenException',
  'SignatureDoesNotMatch',
]);

const NAMESPACE = 'AWS/ApplicationELB';

export async function probeCloudWatch(
  spec: CloudWatchCheck,
  cw: CloudWatch,
  clock: Clock,
  signal: AbortSignal,
): Promise<ProbeOutcome> {
  return spec.metric === undefined ? probeAlarms(spec, cw, signal) : probeMetric(spec, cw, clock, signal);
}

/** Runs one CloudWatch call: what the observer could not do is Inconclusive; a refused request is the message. */
async function ask<T>(
  cw: CloudWatch,
  operation: string,
  signal: AbortSignal,
  call: () => Promise<T>,
): Promise<T> {
  try {
    return await call();
  } catch (e) {
    if (signal.aborted) throw e;
    if (e instanceof AwsServiceError) {
      if (INCONCLUSIVE.has(e.code) || e.status >= 500 || e.status === 429)
        throw new Inconclusive(`CloudWatch ${operation} in ${cw.region}: ${e.code}: ${oneLine(e.message)}`);
      throw new Refused(`CloudWatch refused ${operation}: ${e.code}: ${oneLine(e.message)}`);
    }
    const code = (e as NodeJS.ErrnoException | undefined)?.code;
    if (typeof code === 'string' && /^E[A-Z]+$/.test(code))
      throw new Inconclusive(`CloudWatch in ${cw.region} could not be reached (${code})`);
    throw e;
  }
}

class Refused extends Error {}

function oneLine(s: string): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length > 200 ? `${flat.slice(0, 200)}…` : flat;
}

function fmt(v: number): string {
  return Number.isFinite(v) ? String(Number(v.toPrecision(4))) : String(v);
}

function windowText(ms: number): string {
  return ms % 60_000 === 0 ? `${ms / 60_000}m` : `${ms / 1000}s`;
}

interface Reading {
  value: number;
  detail: string;
}

async function probeMetric(
  spec: CloudWatchCheck,
  cw: CloudWatch,
  clock: Clock,
  signal: AbortSignal,
): Promise<ProbeOutcome> {
  const dims = spec.dimensions;
  if (!dims)
    return {
      ok: false,
      message: `target-group '${spec.targetGroup}' is only known during a canary on the ALB router (elsewhere give the target group's ARN and load-balancer)`,
    };
  const threshold = spec.threshold as NonNullable<CloudWatchCheck['threshold']>;
  const relative = threshold.factor !== undefined;
  if (relative && !dims.stableTargetGroup)
    return { ok: false, message: "a threshold relative to stable needs the stable version's target group" };
  const groups = relative ? [dims.targetGroup, dims.stableTargetGroup as string] : [dims.targetGroup];
  const metric = spec.metric as NonNullable<CloudWatchCheck['metric']>;
  const period = spec.window / 1000;
  const query = (id: string, tg: string, metricName: string, stat: string): MetricQuery => ({
    id,
    namespace: NAMESPACE,
    metricName,
    dimensions: { LoadBalancer: dims.loadBalancer, TargetGroup: tg },
    stat,
    periodSeconds: period,
  });
  const counted =
    metric === '5xx-ratio' || (metric.startsWith('HTTPCode_') && (spec.stat ?? 'Sum') === 'Sum');
  const queries = groups.flatMap((tg, i) => [
    ...(metric === '5xx-ratio'
      ? [query(`e${i}`, tg, 'HTTPCode_Target_5XX_Count', 'Sum')]
      : [query(`m${i}`, tg, metric, spec.stat ?? defaultStat(metric))]),
    // ALB publishes a count only when it is not zero: RequestCount tells "none" from "no data".
    ...(counted ? [query(`r${i}`, tg, 'RequestCount', 'Sum')] : []),
  ]);
  const end = clock.now();
  let series: MetricSeries[];
  try {
    series = await ask(cw, 'GetMetricData', signal, () =>
      // Never before `since`, and at least a second (CloudWatch refuses an empty range).
      cw.getMetricData(
        queries,
        { start: Math.min(Math.max(end - spec.window, spec.since ?? -Infinity), end - 1000), end },
        signal,
      ),
    );
  } catch (e) {
    if (e instanceof Refused) return { ok: false, message: e.message };
    throw e;
  }
  const byId = new Map(series.map((s) => [s.id, s]));
  const sum = (id: string): number | undefined => {
    const s = byId.get(id);
    return s && s.values.length > 0 ? s.values.reduce((a, b) => a + b, 0) : undefined;
  };
  const name =
    metric === '5xx-ratio'
      ? 'HTTPCode_Target_5XX_Count/RequestCount'
      : `${metric} ${spec.stat ?? defaultStat(metric)}`;
  const read = (i: number): Reading | undefined => {
    if (metric === '5xx-ratio') {
      const requests = sum(`r${i}`);
      if (!requests) return undefined;
      const errors = sum(`e${i}`) ?? 0;
      return { value: errors / requests, detail: ` (${fmt(errors)} of ${fmt(requests)} requests)` };
    }
    const s = byId.get(`m${i}`);
    if ((spec.stat ?? defaultStat(metric)) === 'Sum') {
      const v = sum(`m${i}`);
      if (v !== undefined) return { value: v, detail: '' };
      return counted && sum(`r${i}`) ? { value: 0, detail: '' } : undefined;
    }
    const latest = s?.values[0];
    return latest === undefined ? undefined : { value: latest, detail: '' };
  };
  const canary = read(0);
  const who = (i: number): string =>
    `${i === 0 ? (spec.targetGroup === 'stable' ? 'stable ' : spec.targetGroup === 'canary' ? 'canary ' : '') : 'stable '}${groups[i]}`;
  if (!canary)
    throw new Inconclusive(
      `CloudWatch has no datapoints of ${name} for ${who(0)} in the last ${windowText(spec.window)}`,
    );
  let limit = threshold.offset;
  let want = `${threshold.op} ${fmt(threshold.offset)}`;
  if (relative) {
    const stable = read(1);
    if (!stable)
      throw new Inconclusive(
        `CloudWatch has no datapoints of ${name} for ${who(1)} in the last ${windowText(spec.window)}`,
      );
    limit = (threshold.factor as number) * stable.value + threshold.offset;
    want = `${threshold.op} ${fmt(threshold.factor as number)} × stable ${fmt(stable.value)}${stable.detail} + ${fmt(threshold.offset)} = ${fmt(limit)}`;
  }
  const shown = `${name} of ${who(0)} over ${windowText(spec.window)}: ${fmt(canary.value)}${canary.detail}`;
  return compare(canary.value, threshold.op, limit)
    ? { ok: true, message: `${shown} ${want}` }
    : { ok: false, message: `${shown} is not ${want}` };
}

function defaultStat(metric: string): string {
  return metric === 'TargetResponseTime' ? 'Average' : 'Sum';
}

async function probeAlarms(
  spec: CloudWatchCheck,
  cw: CloudWatch,
  signal: AbortSignal,
): Promise<ProbeOutcome> {
  let alarms;
  try {
    alarms = await ask(cw, 'DescribeAlarms', signal, () => cw.describeAlarms(spec.alarms, signal));
  } catch (e) {
    if (e instanceof Refused) return { ok: false, message: e.message };
    throw e;
  }
  const firing = alarms.filter((a) => a.state === 'ALARM');
  if (firing.length > 0)
    return {
      ok: false,
      message: firing.map((a) => `alarm '${a.name}' is in ALARM: ${oneLine(a.reason)}`).join('; '),
    };
  const found = new Set(alarms.map((a) => a.name));
  const missing = spec.alarms.filter((n) => !found.has(n));
  if (missing.length > 0)
    return {
      ok: false,
      message: `no CloudWatch alarm named ${missing.map((n) => `'${n}'`).join(', ')} in ${cw.region}: an alarm that does not exist checks nothing`,
    };
  const ok = alarms.filter((a) => a.state === 'OK');
  if (ok.length === 0)
    throw new Inconclusive(
      `every alarm is INSUFFICIENT_DATA (${alarms.map((a) => `'${a.name}'`).join(', ')}): no data to judge by`,
    );
  const waiting = alarms.length - ok.length;
  return {
    ok: true,
    message: `${ok.length} alarm${ok.length === 1 ? '' : 's'} OK${waiting ? `, ${waiting} INSUFFICIENT_DATA` : ''}`,
  };
}
