/**
 * What a canary's analysis asks CloudWatch: GetMetricData (MetricStat queries) and DescribeAlarms, over the small
 * signed AWS JSON client (`json-client.ts`, AWS JSON 1.0 with `X-Amz-Target: GraniteServiceVersion20100801.*`, the
 * protocol @aws-sdk/client-cloudwatch speaks). The endpoint is `monitoring.<region>.amazonaws.com`, or
 * AWS_ENDPOINT_URL_CLOUDWATCH / AWS_ENDPOINT_URL as with the SDK; credentials come from the SDK's default chain.
 */
import type { Clock } from '../clock.js';
import { AwsJsonClient, type AwsCredentials } from './json-client.js';

export interface MetricQuery {
  /** Lower-case letters, digits and `_`, starting with a letter (CloudWatch's rule for query ids). */
  id: string;
  namespace: string;
  metricName: string;
  dimensions: Record<string, string>;
  /** Sum, Average, Maximum, Minimum, SampleCount, or a percentile such as p99. */
  stat: string;
  periodSeconds: number;
}

export interface MetricSeries {
  id: string;
  /** Newest first, in ms. */
  timestamps: number[];
  values: number[];
  /** Complete, PartialData, InternalError, Forbidden. */
  status: string;
}

export type AlarmStateValue = 'OK' | 'ALARM' | 'INSUFFICIENT_DATA';

export interface AlarmDescription {
  name: string;
  state: AlarmStateValue;
  reason: string;
  composite: boolean;
}

/** The two CloudWatch calls the analysis makes; tests and the simulator can pass any implementation. */
export interface CloudWatch {
  readonly region: string;
  getMetricData(
    queries: MetricQuery[],
    range: { start: number; end: number },
    signal?: AbortSignal,
  ): Promise<MetricSeries[]>;
  describeAlarms(names: string[], signal?: AbortSignal): Promise<AlarmDescription[]>;
}

export interface CloudWatchAccess {
  region: string;
  clock: Clock;
  env?: Record<string, string | undefined>;
  credentials?: () => Promise<AwsCredentials>;
}

/** `arn:…:loadbalancer/app/web/abc` → `app/web/abc`; `arn:…:targetgroup/k8s-…/def` → `targetgroup/k8s-…/def`. */
export function albDimension(arnOrValue: string): string {
  const m = /:(?:loadbalancer\/)?((?:app|targetgroup)\/[^/]+\/[^/]+)$/.exec(arnOrValue);
  return m?.[1] ?? arnOrValue;
}

interface RawResult {
  Id?: string;
  Timestamps?: number[];
  Values?: number[];
  StatusCode?: string;
}

interface RawAlarm {
  AlarmName?: string;
  StateValue?: string;
  StateReason?: string;
}

export function cloudWatchClient(access: CloudWatchAccess): CloudWatch {
  const client = new AwsJsonClient({
    service: 'monitoring',
    endpointPrefix: 'monitoring',
    targetPrefix: 'GraniteServiceVersion20100801',
    endpointEnv: 'CLOUDWATCH',
    jsonVersion: '1.0',
    region: access.region,
    clock: access.clock,
    env: access.env,
    credentials: access.credentials,
    // The analysis runs on the deploy's clock (simulated time under the simulator); AWS checks signatures on the wall's.
    signingTime: Date.now,
    // A probe has a few seconds: one retry, then the analysis decides (inconclusive).
    maxAttempts: 2,
  });
  return {
    region: access.region,
    async getMetricData(queries, range, signal) {
      const out = new Map<string, MetricSeries>();
      let next: string | undefined;
      for (let page = 0; page < 20; page++) {
        const r = await client.call<{ MetricDataResults?: RawResult[]; NextToken?: string }>(
          'GetMetricData',
          {
            StartTime: Math.floor(range.start / 1000),
            EndTime: Math.ceil(range.end / 1000),
            ScanBy: 'TimestampDescending',
            MetricDataQueries: queries.map((q) => ({
              Id: q.id,
              ReturnData: true,
              MetricStat: {
                Metric: {
                  Namespace: q.namespace,
                  MetricName: q.metricName,
                  Dimensions: Object.entries(q.dimensions).map(([Name, Value]) => ({ Name, Value })),
                },
                Period: q.periodSeconds,
                Stat: q.stat,
              },
            })),
            ...(next ? { NextToken: next } : {}),
          },
          { signal },
        );
        for (const m of r.MetricDataResults ?? []) {
          const id = m.Id ?? '';
          const s = out.get(id) ?? { id, timestamps: [], values: [], status: m.StatusCode ?? 'Complete' };
          s.timestamps.push(...(m.Timestamps ?? []).map((t) => Number(t) * 1000));
          s.values.push(...(m.Values ?? []).map(Number));
          s.status = m.StatusCode ?? s.status;
          out.set(id, s);
        }
        next = r.NextToken;
        if (!next) break;
      }
      return queries.map(
        (q) => out.get(q.id) ?? { id: q.id, timestamps: [], values: [], status: 'Complete' },
      );
    },
    async describeAlarms(names, signal) {
      const r = await client.call<{ MetricAlarms?: RawAlarm[]; CompositeAlarms?: RawAlarm[] }>(
        'DescribeAlarms',
        { AlarmNames: names, AlarmTypes: ['MetricAlarm', 'CompositeAlarm'], MaxRecords: 100 },
        { signal },
      );
      const of = (a: RawAlarm, composite: boolean): AlarmDescription => ({
        name: a.AlarmName ?? '',
        state: (a.StateValue ?? 'INSUFFICIENT_DATA') as AlarmStateValue,
        reason: a.StateReason ?? '',
        composite,
      });
      return [
        ...(r.MetricAlarms ?? []).map((a) => of(a, false)),
        ...(r.CompositeAlarms ?? []).map((a) => of(a, true)),
      ];
    },
  };
}
