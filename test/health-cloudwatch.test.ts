/**
 * `kind: cloudwatch` checks: what the YAML turns into, one error line per bad field, and the probe's verdicts
 * through Keelson's own CloudWatch client against the CloudWatch emulator (whose answers the AWS SDK parses in
 * test/sim/cloudwatch.test.ts) on the ALB's real request log.
 */
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { cloudWatchClient, type CloudWatch } from '../src/lib/aws/cloudwatch.js';
import { InputError } from '../src/lib/errors.js';
import { parseHealthChecks, runChecks, type CheckSpec } from '../src/lib/health/index.js';
import { realClock } from '../src/lib/clock.js';
import { probeCloudWatch } from '../src/lib/health/probes/cloudwatch.js';
import type { CloudWatchCheck } from '../src/lib/health/types.js';
import { CloudWatchApi, dimensionOf } from '../src/sim/aws/cloudwatch.js';
import { TEST_CREDENTIALS } from '../src/sim/kube/index.js';
import { startLoad } from '../src/sim/load.js';
import { albUrl, deployWith, harness, writePlatformApp, type Harness } from './deploy/harness.js';

jest.setTimeout(120_000);

async function parseOne(yaml: string): Promise<CheckSpec> {
  const [spec] = await parseHealthChecks(yaml);
  return spec as CheckSpec;
}

async function errorOf(yaml: string): Promise<string> {
  try {
    await parseHealthChecks(yaml);
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    return (e as Error).message;
  }
  throw new Error('expected an InputError');
}

describe('parsing kind: cloudwatch', () => {
  it('a metric check: defaults, and thresholds absolute or relative to stable', async () => {
    expect(await parseOne("- {kind: cloudwatch, metric: 5xx-ratio, threshold: '<= 0.05'}")).toMatchObject({
      name: 'cloudwatch-1',
      kind: 'cloudwatch',
      metric: '5xx-ratio',
      window: 300_000,
      targetGroup: 'canary',
      threshold: { op: '<=', offset: 0.05 },
      alarms: [],
    });
    const rel = (await parseOne(
      "- {kind: cloudwatch, metric: TargetResponseTime, stat: p99, window: 5m, threshold: '<= 1.2 * stable + 0.05'}",
    )) as CloudWatchCheck;
    expect([rel.stat, rel.window, rel.threshold]).toEqual([
      'p99',
      300_000,
      { op: '<=', offset: 0.05, factor: 1.2 },
    ]);
    const plain = (await parseOne(
      "- {kind: cloudwatch, metric: RequestCount, threshold: '>= stable'}",
    )) as CloudWatchCheck;
    expect(plain.threshold).toEqual({ op: '>=', offset: 0, factor: 1 });
    const explicit = (await parseOne(`
- kind: cloudwatch
  metric: HTTPCode_Target_5XX_Count
  threshold: '< 10'
  target-group: arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/web/0123456789abcdef
  load-balancer: arn:aws:elasticloadbalancing:eu-west-1:123456789012:loadbalancer/app/web/fedcba9876543210
`)) as CloudWatchCheck;
    expect(explicit.dimensions).toEqual({
      loadBalancer: 'app/web/fedcba9876543210',
      targetGroup: 'targetgroup/web/0123456789abcdef',
    });
  });

  it('an alarms check takes a list or a comma-separated text', async () => {
    expect(await parseOne('- {kind: cloudwatch, alarms: [web-5xx, "{{canary}}-latency"]}')).toMatchObject({
      alarms: ['web-5xx', '{{canary}}-latency'],
    });
    expect(await parseOne('- {kind: cloudwatch, alarms: "a, b"}')).toMatchObject({ alarms: ['a', 'b'] });
  });

  it.each([
    [
      '- {kind: cloudwatch}',
      "Invalid input 'health-checks': check 1 ('cloudwatch-1') field 'metric' is required. Expected one of: 5xx-ratio | RequestCount | HTTPCode_Target_2XX_Count | HTTPCode_Target_4XX_Count | HTTPCode_Target_5XX_Count | HTTPCode_ELB_5XX_Count | TargetResponseTime (or alarms: a list of alarm names).",
    ],
    [
      "- {kind: cloudwatch, metric: Latency, threshold: '< 1'}",
      "Invalid input 'health-checks': check 1 ('cloudwatch-1') field 'metric': 'Latency'. Expected one of: 5xx-ratio | RequestCount | HTTPCode_Target_2XX_Count | HTTPCode_Target_4XX_Count | HTTPCode_Target_5XX_Count | HTTPCode_ELB_5XX_Count | TargetResponseTime.",
    ],
    [
      '- {kind: cloudwatch, metric: 5xx-ratio}',
      "Invalid input 'health-checks': check 1 ('cloudwatch-1') field 'threshold' is required. Expected a comparison such as '<= 0.05', or relative to stable such as '<= 1.5 * stable + 0.01' (operators <, <=, >, >=, ==; quote it in YAML).",
    ],
    [
      "- {kind: cloudwatch, metric: 5xx-ratio, threshold: '<= 2 * canary'}",
      "Invalid input 'health-checks': check 1 ('cloudwatch-1') field 'threshold': '<= 2 * canary'. Expected a comparison such as '<= 0.05', or relative to stable such as '<= 1.5 * stable + 0.01' (operators <, <=, >, >=, ==; quote it in YAML).",
    ],
    [
      "- {kind: cloudwatch, metric: 5xx-ratio, stat: p99, threshold: '< 1'}",
      "Invalid input 'health-checks': check 1 ('cloudwatch-1') field 'stat': 'p99'. Expected no stat for 5xx-ratio (the 5XX count over RequestCount, both Sum).",
    ],
    [
      "- {kind: cloudwatch, metric: TargetResponseTime, stat: median, threshold: '< 1'}",
      "Invalid input 'health-checks': check 1 ('cloudwatch-1') field 'stat': 'median'. Expected Sum, Average, Maximum, Minimum, SampleCount or a percentile such as p99.",
    ],
    [
      "- {kind: cloudwatch, metric: RequestCount, window: 45s, threshold: '> 0'}",
      "Invalid input 'health-checks': check 1 ('cloudwatch-1') field 'window': '45s'. Expected whole minutes from 1m to 3h (the ALB's metrics are published per minute).",
    ],
    [
      "- {kind: cloudwatch, metric: RequestCount, target-group: web, threshold: '> 0'}",
      "Invalid input 'health-checks': check 1 ('cloudwatch-1') field 'target-group': 'web'. Expected canary, stable, a target group ARN or targetgroup/<name>/<id> (canary and stable: the versions of a canary on the ALB).",
    ],
    [
      "- {kind: cloudwatch, metric: RequestCount, target-group: targetgroup/web/abc, threshold: '> 0'}",
      "Invalid input 'health-checks': check 1 ('cloudwatch-1') field 'load-balancer' is required. Expected a load balancer ARN or app/<name>/<id> (CloudWatch keys the ALB's target group metrics by both).",
    ],
    [
      "- {kind: cloudwatch, metric: RequestCount, target-group: stable, threshold: '> stable'}",
      "Invalid input 'health-checks': check 1 ('cloudwatch-1') field 'threshold': '> stable'. Expected an absolute comparison such as '<= 0.05' (relative to stable needs target-group: canary).",
    ],
    [
      "- {kind: cloudwatch, metric: RequestCount, alarms: [a], threshold: '> 0'}",
      "Invalid input 'health-checks': check 1 ('cloudwatch-1') field 'alarms': '[\"a\"]'. Expected no alarms in a check that has a metric (one check each).",
    ],
    [
      '- {kind: cloudwatch, alarms: []}',
      "Invalid input 'health-checks': check 1 ('cloudwatch-1') field 'alarms': '[]'. Expected a list of CloudWatch alarm names (at most 100), such as [web-5xx, web-latency].",
    ],
    [
      '- {kind: cloudwatch, alarms: [a], window: 1m}',
      "Invalid input 'health-checks': check 1 ('cloudwatch-1') field 'window': '1m'. Expected no such field with alarms (it belongs to a metric check).",
    ],
  ])('%s → one line naming the field', async (yaml, line) => {
    expect(await errorOf(yaml)).toBe(line);
  });
});

describe('without AWS access', () => {
  it('runChecks refuses a cloudwatch check with one line (the health-check action has no AWS access)', async () => {
    const specs = await parseHealthChecks('- {kind: cloudwatch, alarms: [web-5xx]}');
    await expect(runChecks(specs, { clock: realClock, mode: 'until-healthy', deadline: 0 })).rejects.toThrow(
      "Invalid input 'health-checks': check 1 ('cloudwatch-1') field 'kind': 'cloudwatch'. Expected AWS access for cloudwatch checks: the deploy action with 'aws-region' (or AWS_REGION) and credentials allowed cloudwatch:GetMetricData and cloudwatch:DescribeAlarms.",
    );
  });
});

describe('the cloudwatch probe through Keelson’s client, on the emulator', () => {
  let h: Harness;
  let api: CloudWatchApi;
  let cw: CloudWatch;
  beforeEach(async () => {
    h = await harness({ gates: true });
    const sim = h.kube.sim;
    if (!sim.elbv2 || !sim.alb) throw new Error('no ALB in the simulation');
    api = new CloudWatchApi(h.clock, sim.elbv2, sim.alb, TEST_CREDENTIALS);
    const key = TEST_CREDENTIALS[0] as { accessKeyId: string; secretAccessKey: string };
    cw = cloudWatchClient({
      region: h.kube.region,
      clock: h.clock,
      env: { AWS_ENDPOINT_URL_CLOUDWATCH: await api.start() },
      credentials: async () => key,
    });
  });
  afterEach(async () => {
    await api.close();
    await h.close();
  });

  it('reads the live target group: 5xx ratio, a p99, alarms OK / ALARM / missing / without data', async () => {
    writePlatformApp(h.dir, 'registry.example/web:v1');
    const r = await deployWith(h, {
      version: 'v1',
      verifyWindowMs: 6_000,
      scaleDownDelayMs: 0,
      healthChecks: '',
    });
    expect(r.result.result).toBe('promoted');
    const url = await albUrl(h);
    // The deploy's own probes leave the trailing minute: only users' requests in it.
    await h.clock.sleep(60_000);
    const load = startLoad(h.clock, () => url, { rps: 50 });
    h.kube.sim.behaviour('registry.example/web:v1', { errorRate: 0.2 });
    await h.clock.sleep(30_000);
    const answers = await load.stop();
    const lb = h.kube.sim.lbc?.loadBalancerOf('default', 'web');
    const tgb = h.kube.objects
      .list('TargetGroupBinding', 'default')
      .find((t) => (t.spec as { serviceRef?: { name?: string } }).serviceRef?.name === 'web-blue');
    const tg = (tgb?.spec as { targetGroupARN?: string } | undefined)?.targetGroupARN ?? '';
    const dimensions = { loadBalancer: dimensionOf(lb?.arn ?? ''), targetGroup: dimensionOf(tg) };
    const signal = new AbortController().signal;
    const check = async (yaml: string): Promise<CheckSpec & { kind: 'cloudwatch' }> =>
      ({ ...(await parseOne(yaml)), dimensions }) as CheckSpec & { kind: 'cloudwatch' };

    const served = answers.filter((a) => a.version === 'v1');
    const errors = served.filter((a) => a.status >= 500).length;
    const ratio = await probeCloudWatch(
      await check("- {kind: cloudwatch, metric: 5xx-ratio, window: 1m, threshold: '< 0.05'}"),
      cw,
      h.clock,
      signal,
    );
    expect(ratio.ok).toBe(false);
    expect(ratio.message).toBe(
      `HTTPCode_Target_5XX_Count/RequestCount of canary ${dimensions.targetGroup} over 1m: ${Number((errors / served.length).toPrecision(4))} (${errors} of ${served.length} requests) is not < 0.05`,
    );
    const p99 = await probeCloudWatch(
      await check(
        "- {kind: cloudwatch, metric: TargetResponseTime, stat: p99, window: 1m, threshold: '< 5'}",
      ),
      cw,
      h.clock,
      signal,
    );
    expect(p99).toMatchObject({ ok: true });
    expect(p99.message).toMatch(/^TargetResponseTime p99 of canary targetgroup\/\S+ over 1m: [\d.e-]+ < 5$/);

    // The ALB publishes no 4XX count when there was none: with requests in the window, that is 0, not "no data".
    const none = await probeCloudWatch(
      await check("- {kind: cloudwatch, metric: HTTPCode_Target_4XX_Count, window: 1m, threshold: '< 1'}"),
      cw,
      h.clock,
      signal,
    );
    expect(none).toEqual({
      ok: true,
      message: `HTTPCode_Target_4XX_Count Sum of canary ${dimensions.targetGroup} over 1m: 0 < 1`,
    });

    api.setAlarm({ name: 'web-ok', state: 'OK', reason: 'fine' });
    api.setAlarm({ name: 'web-5xx', state: 'ALARM', reason: 'Threshold Crossed' });
    api.setAlarm({
      name: 'web-new',
      state: 'INSUFFICIENT_DATA',
      reason: 'Unchecked: Initial alarm creation',
    });
    const alarms = async (names: string): Promise<unknown> =>
      probeCloudWatch(await check(`- {kind: cloudwatch, alarms: [${names}]}`), cw, h.clock, signal).catch(
        (e: Error) => ({ threw: e.name, message: e.message }),
      );
    expect(await alarms('web-ok, web-new')).toEqual({ ok: true, message: '1 alarm OK, 1 INSUFFICIENT_DATA' });
    expect(await alarms('web-ok, web-5xx')).toEqual({
      ok: false,
      message: "alarm 'web-5xx' is in ALARM: Threshold Crossed",
    });
    expect(await alarms('web-ok, web-gone')).toEqual({
      ok: false,
      message: `no CloudWatch alarm named 'web-gone' in ${h.kube.region}: an alarm that does not exist checks nothing`,
    });
    expect(await alarms('web-new')).toEqual({
      threw: 'Inconclusive',
      message: "every alarm is INSUFFICIENT_DATA ('web-new'): no data to judge by",
    });
    api.outage = 'ThrottlingException';
    expect(await alarms('web-ok')).toEqual({
      threw: 'Inconclusive',
      message: `CloudWatch DescribeAlarms in ${h.kube.region}: Throttling: Rate exceeded`,
    });
    // Credentials that lost the permission mid-rollout: the observer cannot look, the canary is not to blame.
    api.outage = 'AccessDenied';
    expect(await alarms('web-ok')).toEqual({
      threw: 'Inconclusive',
      message: `CloudWatch DescribeAlarms in ${h.kube.region}: AccessDenied: User: arn:aws:iam::123456789012:user/keelson is not authorized to perform: cloudwatch:DescribeAlarms`,
    });
  });
});
