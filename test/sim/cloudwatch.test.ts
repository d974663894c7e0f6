/**
 * The CloudWatch emulator (src/sim/aws/cloudwatch.ts) as the AWS SDK sees it: @aws-sdk/client-cloudwatch signs the
 * requests, speaks AWS JSON 1.0 and parses the answers; the numbers are the simulated ALB's real request log, checked
 * against what the users' load generator itself got.
 */
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { CloudWatchClient, DescribeAlarmsCommand, GetMetricDataCommand } from '@aws-sdk/client-cloudwatch';
import { CloudWatchApi, dimensionOf } from '../../src/sim/aws/cloudwatch.js';
import { TEST_CREDENTIALS } from '../../src/sim/kube/index.js';
import { startLoad } from '../../src/sim/load.js';
import { albUrl, deployWith, harness, writePlatformApp, type Harness } from '../deploy/harness.js';

jest.setTimeout(120_000);

let h: Harness;
let cw: CloudWatchApi;
let client: CloudWatchClient;
beforeEach(async () => {
  h = await harness({ gates: true });
  const sim = h.kube.sim;
  if (!sim.elbv2 || !sim.alb) throw new Error('no ALB in the simulation');
  cw = new CloudWatchApi(h.clock, sim.elbv2, sim.alb, TEST_CREDENTIALS);
  client = new CloudWatchClient({
    region: h.kube.region,
    endpoint: await cw.start(),
    credentials: TEST_CREDENTIALS[0],
  });
});
afterEach(async () => {
  client.destroy();
  await cw.close();
  await h.close();
});

describe('CloudWatch GetMetricData from the ALB request log', () => {
  it('per-target-group RequestCount and HTTPCode_Target_5XX_Count equal what users got; TargetResponseTime is an average', async () => {
    writePlatformApp(h.dir, 'registry.example/web:v1');
    const r = await deployWith(h, {
      version: 'v1',
      verifyWindowMs: 6_000,
      scaleDownDelayMs: 0,
      healthChecks: '',
    });
    expect(r.result.result).toBe('promoted');
    const url = await albUrl(h);
    const t0 = Math.ceil(h.clock.now() / 1000) * 1000;
    await h.clock.sleep(t0 - h.clock.now());
    const load = startLoad(h.clock, () => url, { rps: 50 });
    await h.clock.sleep(20_000);
    h.kube.sim.behaviour('registry.example/web:v1', { errorRate: 0.2 });
    await h.clock.sleep(40_000);
    const answers = await load.stop();
    const t1 = h.clock.now() + 60_000;

    const lb = h.kube.sim.lbc?.loadBalancerOf('default', 'web');
    const tgb = h.kube.objects
      .list('TargetGroupBinding', 'default')
      .find((t) => (t.spec as { serviceRef?: { name?: string } }).serviceRef?.name === 'web-blue');
    const tgArn = (tgb?.spec as { targetGroupARN?: string } | undefined)?.targetGroupARN ?? '';
    expect(lb && tgArn).toBeTruthy();
    const dims = [
      { Name: 'LoadBalancer', Value: dimensionOf(lb?.arn ?? '') },
      { Name: 'TargetGroup', Value: dimensionOf(tgArn) },
    ];
    const stat = (MetricName: string, Stat: string) => ({
      Id: MetricName.toLowerCase(),
      MetricStat: {
        Metric: { Namespace: 'AWS/ApplicationELB', MetricName, Dimensions: dims },
        Period: 60,
        Stat,
      },
    });
    const out = await client.send(
      new GetMetricDataCommand({
        StartTime: new Date(t0),
        EndTime: new Date(t1),
        ScanBy: 'TimestampAscending',
        MetricDataQueries: [
          stat('RequestCount', 'Sum'),
          stat('HTTPCode_Target_5XX_Count', 'Sum'),
          stat('TargetResponseTime', 'Average'),
        ],
      }),
    );
    const byId = Object.fromEntries((out.MetricDataResults ?? []).map((m) => [m.Id, m]));
    const sum = (id: string): number => (byId[id]?.Values ?? []).reduce((a: number, b: number) => a + b, 0);
    const users = answers.filter((a) => a.version === 'v1');
    expect(sum('requestcount')).toBe(users.length);
    expect(sum('httpcode_target_5xx_count')).toBe(users.filter((a) => a.status >= 500).length);
    expect(sum('httpcode_target_5xx_count')).toBeGreaterThan(0);
    expect(byId.requestcount?.Timestamps?.[0]).toEqual(new Date(t0));
    expect(byId.requestcount?.StatusCode).toBe('Complete');
    expect(byId.targetresponsetime?.Values?.every((v: number) => v >= 0 && v < 1)).toBe(true);
  });

  it('an invalid request is the SDK error CloudWatch gives; DescribeAlarms returns the states set', async () => {
    await expect(
      client.send(
        new GetMetricDataCommand({
          StartTime: new Date(2_000_000),
          EndTime: new Date(1_000_000),
          MetricDataQueries: [{ Id: 'q', Expression: 'SUM(METRICS())' }],
        }),
      ),
    ).rejects.toMatchObject({
      name: 'InvalidParameterValueException',
      message: 'The parameter EndTime must be greater than StartTime.',
    });
    cw.setAlarm({ name: 'web-5xx', state: 'ALARM', reason: 'Threshold Crossed' });
    cw.setAlarm({ name: 'web-latency', state: 'OK', reason: 'fine' });
    const a = await client.send(new DescribeAlarmsCommand({ AlarmNames: ['web-5xx'] }));
    expect(a.MetricAlarms?.map((m) => [m.AlarmName, m.StateValue, m.StateReason])).toEqual([
      ['web-5xx', 'ALARM', 'Threshold Crossed'],
    ]);
  });

  it('metric math and unsupported periods or statistics are refused, naming the query; an outage is the error AWS gives', async () => {
    const at = new Date(Math.floor(h.clock.now() / 1000) * 1000);
    const window = { StartTime: new Date(at.getTime() - 60_000), EndTime: at };
    const metric = {
      Namespace: 'AWS/ApplicationELB',
      MetricName: 'RequestCount',
      Dimensions: [{ Name: 'LoadBalancer', Value: 'app/web/abc' }],
    };
    await expect(
      client.send(
        new GetMetricDataCommand({ ...window, MetricDataQueries: [{ Id: 'ratio', Expression: 'e / r' }] }),
      ),
    ).rejects.toMatchObject({
      name: 'InvalidParameterValueException',
      message: 'The simulation answers MetricStat queries only (query ratio).',
    });
    await expect(
      client.send(
        new GetMetricDataCommand({
          ...window,
          MetricDataQueries: [{ Id: 'q', MetricStat: { Metric: metric, Period: 45, Stat: 'Sum' } }],
        }),
      ),
    ).rejects.toMatchObject({
      name: 'InvalidParameterValueException',
      message: 'The parameter Period of query q must be 1, 5, 10, 30 or a multiple of 60.',
    });
    await expect(
      client.send(
        new GetMetricDataCommand({
          ...window,
          MetricDataQueries: [{ Id: 'q', MetricStat: { Metric: metric, Period: 60, Stat: 'tm99' } }],
        }),
      ),
    ).rejects.toMatchObject({ message: 'The statistic tm99 is not supported by the simulation.' });
    cw.outage = 'ThrottlingException';
    await expect(client.send(new DescribeAlarmsCommand({}))).rejects.toMatchObject({
      $metadata: { httpStatusCode: 400 },
      message: 'Rate exceeded',
    });
    cw.outage = 'AccessDenied';
    await expect(client.send(new DescribeAlarmsCommand({}))).rejects.toMatchObject({
      $metadata: { httpStatusCode: 403 },
    });
  });

  it('published as AWS publishes ALB metrics: per minute, a minute after the minute ends; no sub-minute period', async () => {
    writePlatformApp(h.dir, 'registry.example/web:v1');
    const r = await deployWith(h, {
      version: 'v1',
      verifyWindowMs: 6_000,
      scaleDownDelayMs: 0,
      healthChecks: '',
    });
    expect(r.result.result).toBe('promoted');
    const sim = h.kube.sim;
    if (!sim.elbv2 || !sim.alb) throw new Error('no ALB in the simulation');
    const late = new CloudWatchApi(h.clock, sim.elbv2, sim.alb, TEST_CREDENTIALS, {
      publishDelayMs: 60_000,
    });
    const lateClient = new CloudWatchClient({
      region: h.kube.region,
      endpoint: await late.start(),
      credentials: TEST_CREDENTIALS[0],
    });
    try {
      const url = await albUrl(h);
      await h.clock.sleep(60_000 - (h.clock.now() % 60_000));
      const m0 = h.clock.now();
      const load = startLoad(h.clock, () => url, { rps: 20 });
      await h.clock.sleep(30_000);
      const firstHalf = (await load.stop()).filter((a) => a.version).length;
      const lb = h.kube.sim.lbc?.loadBalancerOf('default', 'web');
      const count = async (period: number): Promise<number | undefined> => {
        const out = await lateClient.send(
          new GetMetricDataCommand({
            StartTime: new Date(m0 + 5_000),
            EndTime: new Date(h.clock.now() + 1_000),
            MetricDataQueries: [
              {
                Id: 'n',
                MetricStat: {
                  Metric: {
                    Namespace: 'AWS/ApplicationELB',
                    MetricName: 'RequestCount',
                    Dimensions: [{ Name: 'LoadBalancer', Value: dimensionOf(lb?.arn ?? '') }],
                  },
                  Period: period,
                  Stat: 'Sum',
                },
              },
            ],
          }),
        );
        const values = out.MetricDataResults?.[0]?.Values ?? [];
        return values.length === 0 ? undefined : values.reduce((x, y) => x + y, 0);
      };
      // 30 s into the minute, and 119 s after it started: not published yet.
      expect(await count(60)).toBeUndefined();
      await h.clock.sleep(89_000);
      expect(await count(60)).toBeUndefined();
      // Published 60 s after the minute ended; StartTime rounded down to the minute, as CloudWatch does.
      await h.clock.sleep(2_000);
      expect(await count(60)).toBe(firstHalf);
      expect(await count(10)).toBeUndefined();
    } finally {
      lateClient.destroy();
      await late.close();
    }
  });

  it('p99 and 4XX from the log; an alarm defined on the 5xx count goes to ALARM when users get errors', async () => {
    writePlatformApp(h.dir, 'registry.example/web:v1');
    const r = await deployWith(h, {
      version: 'v1',
      verifyWindowMs: 6_000,
      scaleDownDelayMs: 0,
      healthChecks: '',
    });
    expect(r.result.result).toBe('promoted');
    const url = await albUrl(h);
    const lb = h.kube.sim.lbc?.loadBalancerOf('default', 'web');
    if (!lb) throw new Error('no load balancer');
    cw.defineAlarm({
      name: 'web-5xx',
      metricName: 'HTTPCode_Target_5XX_Count',
      loadBalancer: lb.arn,
      stat: 'Sum',
      periodSeconds: 60,
      evaluationPeriods: 1,
      comparison: 'GreaterThanThreshold',
      threshold: 10,
      treatMissingData: 'notBreaching',
    });
    const state = async (): Promise<string | undefined> =>
      (await client.send(new DescribeAlarmsCommand({ AlarmNames: ['web-5xx'] }))).MetricAlarms?.[0]
        ?.StateValue;
    await h.clock.sleep(60_000 - (h.clock.now() % 60_000) + 1);
    const t0 = h.clock.now();
    const load = startLoad(h.clock, () => url, { rps: 50 });
    await h.clock.sleep(61_000);
    expect(await state()).toBe('OK');
    h.kube.sim.behaviour('registry.example/web:v1', { errorRate: 0.2 });
    await h.clock.sleep(60_000);
    const answers = await load.stop();
    expect(await state()).toBe('ALARM');

    const dims = [{ Name: 'LoadBalancer', Value: dimensionOf(lb.arn) }];
    const q = (Id: string, MetricName: string, Stat: string) => ({
      Id,
      MetricStat: {
        Metric: { Namespace: 'AWS/ApplicationELB', MetricName, Dimensions: dims },
        Period: 300,
        Stat,
      },
    });
    const out = await client.send(
      new GetMetricDataCommand({
        StartTime: new Date(t0),
        EndTime: new Date(h.clock.now() + 1),
        MetricDataQueries: [
          q('p99', 'TargetResponseTime', 'p99'),
          q('p50', 'TargetResponseTime', 'p50'),
          q('c4xx', 'HTTPCode_Target_4XX_Count', 'Sum'),
          q('n', 'RequestCount', 'SampleCount'),
        ],
      }),
    );
    const v = Object.fromEntries((out.MetricDataResults ?? []).map((m) => [m.Id, m.Values?.[0]]));
    expect(v.p99).toBeGreaterThanOrEqual(v.p50 as number);
    expect(v.p99).toBeLessThan(1);
    expect(v.c4xx).toBeUndefined();
    expect(v.n).toBe(answers.filter((a) => a.version).length);
  });
});
