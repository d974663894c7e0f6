/**
 * Canary analysis against CloudWatch: the emulator (src/sim/aws/cloudwatch.ts) answers GetMetricData and
 * DescribeAlarms from the simulated ALB's own request log, reached the way the deploy action reaches AWS (its
 * region input, AWS_ENDPOINT_URL_CLOUDWATCH, SigV4 with the step's keys). Users' load goes through the ALB at 50
 * requests per simulated second; what users see is asserted: the result, the rollback reason, the ALB's weights,
 * the canary's pods, the share of requests the canary answered. Virtual time.
 */
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { parseCanarySteps } from '../src/lib/deploy/canary-settings.js';
import { CloudWatchApi } from '../src/sim/aws/cloudwatch.js';
import { TEST_CREDENTIALS } from '../src/sim/kube/index.js';
import { startLoad, type Load, type LoadAnswer } from '../src/sim/load.js';
import {
  albUrl,
  deployWith,
  harness,
  writePlatformApp,
  type Harness,
  clusterReads,
} from './deploy/harness.js';

jest.setTimeout(240_000);

let h: Harness;
const { replicas } = clusterReads(() => h);
let load: Load | undefined;
let cw: CloudWatchApi;
let env: Record<string, string>;
beforeEach(async () => {
  h = await harness({ gates: true });
  load = undefined;
  const sim = h.kube.sim;
  if (!sim.elbv2 || !sim.alb) throw new Error('no ALB in the simulation');
  cw = new CloudWatchApi(h.clock, sim.elbv2, sim.alb, TEST_CREDENTIALS);
  const key = TEST_CREDENTIALS[0] as { accessKeyId: string; secretAccessKey: string };
  env = {
    AWS_ENDPOINT_URL_CLOUDWATCH: await cw.start(),
    AWS_ACCESS_KEY_ID: key.accessKeyId,
    AWS_SECRET_ACCESS_KEY: key.secretAccessKey,
  };
});
afterEach(async () => {
  await load?.stop();
  await cw.close();
  await h.close();
});

const IMAGE = (tag: string): string => `registry.example/web:${tag}`;
const weights = (): Record<string, number> => {
  const ing = h.kube.objects.get('Ingress', 'default', 'web');
  const action = JSON.parse(ing?.metadata.annotations?.['alb.ingress.kubernetes.io/actions.web'] ?? '{}') as {
    forwardConfig?: { targetGroups?: { serviceName: string; weight: number }[] };
  };
  return Object.fromEntries((action.forwardConfig?.targetGroups ?? []).map((t) => [t.serviceName, t.weight]));
};

/** The canary's 5xx ratio on the ALB at most 1.5 × stable's + 2 points, over a trailing minute. */
const RATIO = `
- name: alb-5xx
  kind: cloudwatch
  metric: 5xx-ratio
  window: 1m
  threshold: '<= 1.5 * stable + 0.02'
`;

const canary = {
  steps: parseCanarySteps('steps', '10,100', 30_000),
  analysisIntervalMs: 5_000,
  failureLimit: 2,
  action: 'run' as const,
};

async function liveV1(users = true): Promise<void> {
  writePlatformApp(h.dir, IMAGE('v1'));
  const r = await deployWith(h, {
    version: 'v1',
    verifyWindowMs: 10_000,
    scaleDownDelayMs: 0,
    healthChecks: '',
  });
  if (r.result.result !== 'promoted') throw new Error(`setup: v1 not promoted: ${r.result.rollbackReason}`);
  if (!users) return;
  const url = await albUrl(h);
  load = startLoad(h.clock, () => url, { rps: 50 });
  await h.clock.sleep(10_000);
}

function deployCanary(tag: string, healthChecks: string) {
  writePlatformApp(h.dir, IMAGE(tag));
  return deployWith(h, {
    version: tag,
    strategy: 'canary',
    canary,
    healthChecks,
    scaleDownDelayMs: 0,
    awsRegion: h.kube.region,
    env,
  });
}

async function stopLoad(): Promise<LoadAnswer[]> {
  const answers = await (load as Load).stop();
  load = undefined;
  return answers;
}

describe('canary analysis with CloudWatch (the ALB per-target-group metrics)', () => {
  it('a canary failing 30 % of requests is caught by the 5xx ratio at its 10 % step; a good one is promoted', async () => {
    await liveV1();
    const bad = await deployCanary('v2-errors-30', RATIO);
    expect(bad.result).toMatchObject({ result: 'rolled-back', liveColor: 'blue' });
    expect(bad.result.rollbackReason).toMatch(
      /^step 1\/2 \(10%\): analysis failed: check 1 \('alb-5xx'\) failed 2 consecutive probes: HTTPCode_Target_5XX_Count\/RequestCount of canary targetgroup\/[^ ]+ over 1m: 0\.\d+ \(\d+ of \d+ requests\) is not <= 1\.5 × stable 0 \(0 of \d+ requests\) \+ 0\.02 = 0\.02$/,
    );
    const ratio = Number(/over 1m: (0\.\d+)/.exec(bad.result.rollbackReason ?? '')?.[1]);
    expect(ratio).toBeGreaterThan(0.05);
    expect(ratio).toBeLessThan(0.6);
    expect(bad.result.canary?.maxWeight).toBe(10);
    expect(weights()).toEqual({ 'web-blue': 100, 'web-green': 0 });
    expect(replicas('web-green')).toBe(0);

    const good = await deployCanary('v3', RATIO);
    const answers = await stopLoad();
    expect([good.result.result, good.result.liveColor, good.result.rollbackReason ?? '']).toEqual([
      'promoted',
      'green',
      '',
    ]);
    expect(weights()).toEqual({ 'web-blue': 0, 'web-green': 100 });
    // The bad canary answered about a tenth of users' requests while it ran, and only until it was caught.
    // (the simulated pods report the version without the image tag's behaviour suffix)
    const v2 = answers.filter((a) => a.version === 'v2');
    expect(v2.length).toBeGreaterThan(0);
    expect(v2.length).toBeLessThan(answers.length * 0.1);
  });

  it('an alarm in ALARM fails the step; the rollback reason names it', async () => {
    await liveV1();
    const lb = h.kube.sim.lbc?.loadBalancerOf('default', 'web');
    if (!lb) throw new Error('no load balancer');
    // As a platform team sets it up: the ALB's 5xx count over 10 s periods, missing data is not breaching.
    cw.defineAlarm({
      name: 'web-alb-5xx',
      metricName: 'HTTPCode_Target_5XX_Count',
      loadBalancer: lb.arn,
      stat: 'Sum',
      periodSeconds: 10,
      evaluationPeriods: 1,
      comparison: 'GreaterThanThreshold',
      threshold: 5,
      treatMissingData: 'notBreaching',
    });
    cw.setAlarm({ name: 'web-latency', state: 'OK', reason: 'fine' });
    const alarms = `
- name: alarms
  kind: cloudwatch
  alarms: [web-alb-5xx, web-latency]
`;
    const bad = await deployCanary('v2-errors-30', alarms);
    expect(bad.result).toMatchObject({ result: 'rolled-back', liveColor: 'blue' });
    expect(bad.result.rollbackReason).toMatch(
      /^step 1\/2 \(10%\): analysis failed: check 1 \('alarms'\) failed 2 consecutive probes: alarm 'web-alb-5xx' is in ALARM: Threshold Crossed: 1 datapoint\(s\) \[\d+ \(.*\)\] greater than the threshold \(5\)\.$/,
    );
    expect(weights()).toEqual({ 'web-blue': 100, 'web-green': 0 });
    expect(replicas('web-green')).toBe(0);

    const good = await deployCanary('v3', alarms);
    expect([good.result.result, good.result.rollbackReason ?? '']).toEqual(['promoted', '']);
  });

  it('CloudWatch unreachable: every probe inconclusive, and the step fails rather than passes', async () => {
    await liveV1();
    await cw.close();
    const r = await deployCanary('v2', RATIO);
    expect(r.result).toMatchObject({ result: 'rolled-back', liveColor: 'blue' });
    expect(r.result.rollbackReason).toBe(
      "step 1/2 (10%): analysis failed: the window (30s) ended before check 1 ('alb-5xx') completed a probe",
    );
    expect(r.timeline.events.map((e) => e.message)).toContain(
      `alb-5xx: CloudWatch in ${h.kube.region} could not be reached (ECONNREFUSED) (not counted)`,
    );
    expect(weights()).toEqual({ 'web-blue': 100, 'web-green': 0 });
    expect(replicas('web-green')).toBe(0);
  });

  it('throttled is inconclusive too, never a pass', async () => {
    await liveV1();
    cw.outage = 'ThrottlingException';
    const r = await deployCanary('v2', RATIO);
    expect(r.result).toMatchObject({ result: 'rolled-back', liveColor: 'blue' });
    expect(r.result.rollbackReason).toBe(
      "step 1/2 (10%): analysis failed: the window (30s) ended before check 1 ('alb-5xx') completed a probe",
    );
    const lines = r.timeline.events.map((e) => e.message);
    expect(lines).toContain(
      'CloudWatch could not be asked before the canary (Throttling: Rate exceeded): its probes count as inconclusive until it answers',
    );
    expect(lines).toContain(
      `alb-5xx: CloudWatch GetMetricData in ${h.kube.region}: Throttling: Rate exceeded (not counted)`,
    );
    expect(weights()).toEqual({ 'web-blue': 100, 'web-green': 0 });
    expect(replicas('web-green')).toBe(0);
  });

  it('access denied stops the deploy before anything is written, with one line', async () => {
    await liveV1(false);
    const before = weights();
    cw.outage = 'AccessDenied';
    await expect(deployCanary('v2', RATIO)).rejects.toThrow(
      `CloudWatch refused GetMetricData in ${h.kube.region}: AccessDenied: User: arn:aws:iam::123456789012:user/keelson is not authorized to perform: cloudwatch:GetMetricData. The canary's analysis needs cloudwatch:GetMetricData and cloudwatch:DescribeAlarms; nothing was changed.`,
    );
    expect(h.kube.objects.get('Deployment', 'default', 'web-green')).toBeUndefined();
    expect(weights()).toEqual(before);
  });

  it('no datapoints (no user reached the canary) is inconclusive: the step fails', async () => {
    await liveV1(false);
    const r = await deployCanary('v2', RATIO);
    expect(r.result).toMatchObject({ result: 'rolled-back', liveColor: 'blue' });
    expect(r.result.rollbackReason).toBe(
      "step 1/2 (10%): analysis failed: the window (30s) ended before check 1 ('alb-5xx') completed a probe",
    );
    expect(
      r.timeline.events.some((e) =>
        /^alb-5xx: CloudWatch has no datapoints of HTTPCode_Target_5XX_Count\/RequestCount for canary targetgroup\/\S+ in the last 1m \(not counted\)$/.test(
          e.message,
        ),
      ),
    ).toBe(true);
    expect(replicas('web-green')).toBe(0);
  });

  it('bad inputs are one line each: no region, canary target groups outside a canary on the ALB', async () => {
    await liveV1(false);
    writePlatformApp(h.dir, IMAGE('v2'));
    await expect(
      deployWith(h, { version: 'v2', strategy: 'canary', canary, healthChecks: RATIO, env }),
    ).rejects.toThrow(
      "Invalid input 'aws-region': ''. Expected the AWS region CloudWatch is read in (check 1 ('alb-5xx') is of kind cloudwatch), or AWS_REGION.",
    );
    expect(replicas('web-green') ?? 0).toBe(0);

    // canary / stable target groups exist only for a canary on the ALB.
    await expect(
      deployWith(h, {
        version: 'v2',
        strategy: 'blue-green',
        healthChecks: RATIO,
        awsRegion: h.kube.region,
        env,
      }),
    ).rejects.toThrow(
      "Invalid input 'health-checks': check 1 ('alb-5xx') field 'target-group': 'canary'. Expected a target group ARN with load-balancer: canary and stable are the target groups of strategy canary (this deploy is blue-green).",
    );
    await expect(
      deployWith(h, {
        version: 'v2',
        strategy: 'canary',
        canary,
        router: 'replicas',
        healthChecks: RATIO,
        awsRegion: h.kube.region,
        env,
      }),
    ).rejects.toThrow(
      "Invalid input 'health-checks': check 1 ('alb-5xx') field 'target-group': 'canary'. Expected a target group ARN with load-balancer: the canary of web has no ALB (router replicas), so it has no target group of its own.",
    );
    await expect(
      deployWith(h, {
        version: 'v2',
        strategy: 'canary',
        canary,
        router: 'replicas',
        analysis: 'cloudwatch',
        healthChecks: '',
        awsRegion: h.kube.region,
        env,
      }),
    ).rejects.toThrow(
      "Invalid input 'analysis': 'cloudwatch'. Expected default: the canary of web has no ALB (router replicas), so no target group of its own to read from CloudWatch.",
    );
    await expect(
      deployCanary('v2', "- {kind: cloudwatch, alarms: [web-5xx, 'web-{{canary}}-latency']}"),
    ).rejects.toThrow(
      `Invalid input 'health-checks': no CloudWatch alarm named 'web-5xx', 'web-v2-latency' in ${h.kube.region}. Expected the names of existing alarms (an alarm that does not exist checks nothing).`,
    );
    expect(replicas('web-green') ?? 0).toBe(0);
    expect(weights()).toEqual({ 'web-blue': 100, 'web-green': 0 });
  });
});
