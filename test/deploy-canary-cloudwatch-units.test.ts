/**
 * The canary's CloudWatch analysis set-up on its own, fast: what CloudWatch is asked before anything is written
 * (DescribeAlarms for every alarm once, GetMetricData on the ALB over the last 5 minutes), the one line for a
 * refusal and the warning for a CloudWatch that cannot answer now, the checks a first deploy runs, and the
 * dimensions filled in from the router's target groups — through Keelson's CloudWatch client against the
 * CloudWatch emulator (SigV4, AWS JSON 1.0), on virtual time.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import {
  cloudWatchClient,
  type AlarmDescription,
  type CloudWatch,
  type MetricQuery,
} from '../src/lib/aws/cloudwatch.js';
import { AwsServiceError } from '../src/lib/aws/json-client.js';
import {
  cloudWatchPreflight,
  firstDeployChecks,
  versionedCloudWatch,
  withDimensions,
} from '../src/lib/deploy/canary-cloudwatch.js';
import type { CanaryRouter } from '../src/lib/deploy/canary-routers.js';
import { Timeline } from '../src/lib/deploy/timeline.js';
import type { DeployContext } from '../src/lib/deploy/types.js';
import { ConfigurationError, InputError } from '../src/lib/errors.js';
import { parseHealthChecks, type CheckSpec } from '../src/lib/health/index.js';
import { Elbv2 } from '../src/sim/aws/elbv2/model.js';
import { CloudWatchApi } from '../src/sim/aws/cloudwatch.js';
import { VirtualClock } from '../src/sim/clock.js';
import { TEST_CREDENTIALS } from '../src/sim/kube/index.js';

const REGION = 'eu-west-1';
const LB = 'arn:aws:elasticloadbalancing:eu-west-1:123456789012:loadbalancer/app/k8s-web/50dc6c495c0c9188';
const CANARY_TG =
  'arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/k8s-web-green/73e2d6bc24d8a067';
const STABLE_TG =
  'arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/k8s-web-blue/2453ed029918f21f';
const NO_ACCESS = 'User: arn:aws:iam::123456789012:user/keelson is not authorized to perform: cloudwatch:';

const clock = new VirtualClock();
let api: CloudWatchApi;
let endpoint: string;
beforeAll(async () => {
  // A region with no load balancer yet: every metric is empty, alarms are what a test sets.
  const elbv2 = new Elbv2(clock, REGION, { probe: async () => 200, changed: () => undefined });
  api = new CloudWatchApi(clock, elbv2, { log: () => [] }, TEST_CREDENTIALS);
  endpoint = await api.start();
});
afterAll(async () => {
  await api.close();
  clock.stop();
});
beforeEach(() => {
  api.outage = undefined;
  api.requests.length = 0;
});

const key = TEST_CREDENTIALS[0] as { accessKeyId: string; secretAccessKey: string };

/** Keelson's client on the emulator, recording what it was asked. */
function client(credentials = key): {
  cw: CloudWatch;
  asked: { queries?: MetricQuery[]; range?: { start: number; end: number }; alarms?: string[] }[];
} {
  const real = cloudWatchClient({
    region: REGION,
    clock,
    env: { AWS_ENDPOINT_URL_CLOUDWATCH: endpoint },
    credentials: async () => credentials,
  });
  const asked: { queries?: MetricQuery[]; range?: { start: number; end: number }; alarms?: string[] }[] = [];
  return {
    asked,
    cw: {
      region: real.region,
      getMetricData: (queries, range, signal) => {
        asked.push({ queries, range });
        return real.getMetricData(queries, range, signal);
      },
      describeAlarms: (names, signal) => {
        asked.push({ alarms: names });
        return real.describeAlarms(names, signal);
      },
    },
  };
}

/** A CloudWatch that answers every call with `error` (the cases the emulator has no fault for). */
const failing = (error: unknown): CloudWatch => ({
  region: REGION,
  getMetricData: () => Promise.reject(error),
  describeAlarms: (): Promise<AlarmDescription[]> => Promise.reject(error),
});

/** The router's side: the ALB's ARNs as a canary behind an ALB knows them, counting the calls. */
function router(arns?: { loadBalancer?: string; canary?: string; stable?: string }): CanaryRouter & {
  calls: number;
} {
  const r = {
    calls: 0,
    kind: 'alb',
    ...(arns
      ? {
          albArns: async () => {
            r.calls++;
            return arns;
          },
        }
      : {}),
  };
  return r as unknown as CanaryRouter & { calls: number };
}

/** A deploy's context without a cluster (no `kube`, no `pods`): these functions never reach one. */
function context(cw: CloudWatch | undefined, checks: CheckSpec[] = []): DeployContext {
  const ctx: Omit<DeployContext, 'kube' | 'pods'> = {
    clock,
    signal: new AbortController().signal,
    settings: {
      strategy: 'canary',
      namespace: 'default',
      service: 'web',
      version: 'v2',
      readyTimeoutMs: 60_000,
      verifyWindowMs: 60_000,
      scaleDownDelayMs: 0,
      switchTimeoutMs: 60_000,
      router: 'alb',
      checks,
    },
    objects: [],
    timeline: new Timeline(clock),
    saveState: () => undefined,
    serviceUrl: (name) => `k8s-service://default/${name}`,
    loadBalancerUrl: (dns) => `http://${dns}`,
    ...(cw ? { cloudwatch: cw } : {}),
  };
  return ctx as DeployContext;
}

const checks = (yaml: string): Promise<CheckSpec[]> => parseHealthChecks(yaml);
const events = (ctx: DeployContext): string[] =>
  ctx.timeline.events.map((e) => `${e.phase} ${e.level}: ${e.message}`);

async function thrown(p: Promise<unknown>): Promise<Error> {
  try {
    await p;
  } catch (e) {
    return e as Error;
  }
  throw new Error('expected an error');
}

const METRIC = "- {name: errors, kind: cloudwatch, metric: 5xx-ratio, threshold: '< 0.05'}";
const EXPLICIT = `- name: other
  kind: cloudwatch
  metric: RequestCount
  threshold: '> 0'
  load-balancer: arn:aws:elasticloadbalancing:eu-west-1:123456789012:loadbalancer/app/other/0123456789abcdef
  target-group: targetgroup/other/fedcba9876543210`;

describe('versionedCloudWatch: the metric checks whose target group the canary fills in', () => {
  it('metric checks without dimensions; not alarms, not explicit target groups, not other kinds', async () => {
    const specs = await checks(`${METRIC}
- {name: latency, kind: cloudwatch, metric: TargetResponseTime, stat: p99, target-group: stable, threshold: '< 1'}
- {name: alarms, kind: cloudwatch, alarms: [web-5xx]}
${EXPLICIT}
- {name: pods, kind: kubernetes, namespace: default, selector: app=web}`);
    expect(versionedCloudWatch(specs).map((s) => s.name)).toEqual(['errors', 'latency']);
  });
});

describe('cloudWatchPreflight: CloudWatch asked once before anything is written', () => {
  it('no CloudWatch access, or no cloudwatch check: nothing asked', async () => {
    const r = router({ loadBalancer: LB });
    await cloudWatchPreflight(context(undefined), await checks(METRIC), r);
    const { cw, asked } = client();
    await cloudWatchPreflight(
      context(cw),
      await checks('- {name: pods, kind: kubernetes, namespace: default, selector: app=web}'),
      r,
    );
    expect([asked, api.requests, r.calls]).toEqual([[], [], 0]);
  });

  it('every alarm asked for once; the ones that do not exist named in one line', async () => {
    api.setAlarm({ name: 'web-5xx', state: 'OK', reason: 'fine' });
    api.setAlarm({ name: 'web-latency', state: 'ALARM', reason: 'Threshold Crossed' });
    const { cw, asked } = client();
    const specs = await checks(`- {name: a, kind: cloudwatch, alarms: [web-5xx, web-latency]}
- {name: b, kind: cloudwatch, alarms: [web-latency, web-gone]}`);
    const r = router({ loadBalancer: LB });
    const e = await thrown(cloudWatchPreflight(context(cw, specs), specs, r));
    expect(e).toBeInstanceOf(InputError);
    expect((e as InputError).input).toBe('health-checks');
    expect(e.message).toBe(
      "Invalid input 'health-checks': no CloudWatch alarm named 'web-gone' in eu-west-1. Expected the names of existing alarms (an alarm that does not exist checks nothing).",
    );
    expect(asked).toEqual([{ alarms: ['web-5xx', 'web-latency', 'web-gone'] }]);
    const two = await checks('- {kind: cloudwatch, alarms: [web-gone, web-5xx, web-none]}');
    expect((await thrown(cloudWatchPreflight(context(cw, two), two, r))).message).toBe(
      "Invalid input 'health-checks': no CloudWatch alarm named 'web-gone', 'web-none' in eu-west-1. Expected the names of existing alarms (an alarm that does not exist checks nothing).",
    );
    // An alarm in ALARM exists: the preflight asks whether CloudWatch can be read, not how the alarms are.
    const ok = await checks('- {kind: cloudwatch, alarms: [web-latency, web-5xx]}');
    const ctx = context(cw, ok);
    await cloudWatchPreflight(ctx, ok, r);
    expect(api.requests.map((q) => `${q.operation} ${q.status}`)).toEqual([
      'DescribeAlarms 200',
      'DescribeAlarms 200',
      'DescribeAlarms 200',
    ]);
    // Alarm checks alone need no load balancer: the router is not asked, no metric either.
    expect([r.calls, events(ctx)]).toEqual([0, []]);
  });

  it("metric checks on the canary: the router's load balancer, RequestCount over the last 5 minutes", async () => {
    const { cw, asked } = client();
    const specs = await checks(METRIC);
    const r = router({ loadBalancer: LB, canary: CANARY_TG, stable: STABLE_TG });
    const ctx = context(cw, specs);
    await clock.sleep(600_000);
    const now = clock.now();
    await cloudWatchPreflight(ctx, specs, r);
    expect(asked).toEqual([
      {
        queries: [
          {
            id: 'preflight',
            namespace: 'AWS/ApplicationELB',
            metricName: 'RequestCount',
            dimensions: { LoadBalancer: 'app/k8s-web/50dc6c495c0c9188' },
            stat: 'Sum',
            periodSeconds: 60,
          },
        ],
        range: { start: now - 300_000, end: now },
      },
    ]);
    expect(api.requests.map((q) => `${q.operation} ${q.status}`)).toEqual(['GetMetricData 200']);
    expect([r.calls, events(ctx)]).toEqual([1, []]);
  });

  it('alarms and metric checks: the alarms first, then the metrics on the load balancer', async () => {
    api.setAlarm({ name: 'web-5xx', state: 'OK', reason: 'fine' });
    const { cw, asked } = client();
    const specs = await checks(`- {kind: cloudwatch, alarms: [web-5xx]}\n${METRIC}`);
    const r = router({ loadBalancer: LB });
    await cloudWatchPreflight(context(cw, specs), specs, r);
    expect(asked.map((a) => a.alarms ?? a.queries?.[0]?.dimensions)).toEqual([
      ['web-5xx'],
      { LoadBalancer: 'app/k8s-web/50dc6c495c0c9188' },
    ]);
    expect(r.calls).toBe(1);
  });

  it('a check with its own load balancer: that one, and the router is not asked', async () => {
    const { cw, asked } = client();
    const specs = await checks(`${METRIC}\n${EXPLICIT}`);
    const r = router({ loadBalancer: LB });
    await cloudWatchPreflight(context(cw, specs), specs, r);
    expect(asked.map((a) => a.queries?.[0]?.dimensions)).toEqual([
      { LoadBalancer: 'app/other/0123456789abcdef' },
    ]);
    expect(r.calls).toBe(0);
  });

  it('no load balancer known (a router without an ALB, or none yet): no metric asked', async () => {
    const { cw, asked } = client();
    const specs = await checks(METRIC);
    const none = context(cw, specs);
    await cloudWatchPreflight(none, specs, router());
    const r = router({});
    const notYet = context(cw, specs);
    await cloudWatchPreflight(notYet, specs, r);
    expect([asked, api.requests, r.calls]).toEqual([[], [], 1]);
    // Nothing to warn about either: CloudWatch was not asked, so it did not fail.
    expect([...events(none), ...events(notYet)]).toEqual([]);
  });

  it('access denied: one line naming the operation refused; nothing was changed', async () => {
    api.outage = 'AccessDenied';
    const { cw } = client();
    const alarms = await checks(`- {kind: cloudwatch, alarms: [web-5xx]}\n${METRIC}`);
    const e = await thrown(cloudWatchPreflight(context(cw, alarms), alarms, router({ loadBalancer: LB })));
    expect(e).toBeInstanceOf(ConfigurationError);
    expect(e.message).toBe(
      `CloudWatch refused DescribeAlarms in eu-west-1: AccessDenied: ${NO_ACCESS}DescribeAlarms. The canary's analysis needs cloudwatch:GetMetricData and cloudwatch:DescribeAlarms; nothing was changed.`,
    );
    const metric = await checks(METRIC);
    expect(
      (await thrown(cloudWatchPreflight(context(cw, metric), metric, router({ loadBalancer: LB })))).message,
    ).toBe(
      `CloudWatch refused GetMetricData in eu-west-1: AccessDenied: ${NO_ACCESS}GetMetricData. The canary's analysis needs cloudwatch:GetMetricData and cloudwatch:DescribeAlarms; nothing was changed.`,
    );
  });

  it('credentials CloudWatch does not know: refused, in one line', async () => {
    const { cw } = client({ accessKeyId: 'AKIAIOSFODNN7NOTREAL', secretAccessKey: 'x'.repeat(40) });
    const specs = await checks('- {kind: cloudwatch, alarms: [web-5xx]}');
    const e = await thrown(cloudWatchPreflight(context(cw, specs), specs, router()));
    expect(e).toBeInstanceOf(ConfigurationError);
    expect(e.message).toBe(
      "CloudWatch refused DescribeAlarms in eu-west-1: UnrecognizedClientException: The security token included in the request is invalid. The canary's analysis needs cloudwatch:GetMetricData and cloudwatch:DescribeAlarms; nothing was changed.",
    );
  });

  it('a client error other than throttling is a refusal (its first line); a 5xx is a warning', async () => {
    const specs = await checks('- {kind: cloudwatch, alarms: [web-5xx]}');
    const invalid = new AwsServiceError(
      'InvalidParameterValue',
      'Bad name web.5xx.\nMore detail.',
      400,
      'DescribeAlarms',
    );
    expect((await thrown(cloudWatchPreflight(context(failing(invalid)), specs, router()))).message).toBe(
      "CloudWatch refused DescribeAlarms in eu-west-1: InvalidParameterValue: Bad name web.5xx. The canary's analysis needs cloudwatch:GetMetricData and cloudwatch:DescribeAlarms; nothing was changed.",
    );
    const gone = new AwsServiceError('ResourceNotFound', 'no such thing', 499, 'DescribeAlarms');
    expect(await thrown(cloudWatchPreflight(context(failing(gone)), specs, router()))).toBeInstanceOf(
      ConfigurationError,
    );
    const ctx = context(failing(new AwsServiceError('InternalFailure', 'oops', 500, 'DescribeAlarms')));
    await cloudWatchPreflight(ctx, specs, router());
    expect(events(ctx)).toEqual([
      'plan warn: CloudWatch could not be asked before the canary (InternalFailure: oops): its probes count as inconclusive until it answers',
    ]);
    const moved = context(
      failing(new AwsServiceError('PermanentRedirect', 'elsewhere', 301, 'DescribeAlarms')),
    );
    await cloudWatchPreflight(moved, specs, router());
    expect(events(moved)).toEqual([
      'plan warn: CloudWatch could not be asked before the canary (PermanentRedirect: elsewhere): its probes count as inconclusive until it answers',
    ]);
  });

  it('throttled now: a warning, the canary goes on (its probes count as inconclusive)', async () => {
    api.outage = 'ThrottlingException';
    const { cw } = client();
    const specs = await checks(METRIC);
    const ctx = context(cw, specs);
    await cloudWatchPreflight(ctx, specs, router({ loadBalancer: LB }));
    expect(events(ctx)).toEqual([
      'plan warn: CloudWatch could not be asked before the canary (Throttling: Rate exceeded): its probes count as inconclusive until it answers',
    ]);
    expect(api.requests.every((q) => q.operation === 'GetMetricData' && q.status === 400)).toBe(true);
  });

  it('unreachable: a warning naming why', async () => {
    const closed = cloudWatchClient({
      region: REGION,
      clock,
      env: { AWS_ENDPOINT_URL_CLOUDWATCH: 'http://127.0.0.1:9' },
      credentials: async () => key,
    });
    const alarms = await checks('- {kind: cloudwatch, alarms: [web-5xx]}');
    const real = context(closed);
    await cloudWatchPreflight(real, alarms, router());
    expect(events(real)).toHaveLength(1);
    expect(events(real)[0]).toMatch(
      /^plan warn: CloudWatch could not be asked before the canary \((?!undefined)[^)]*\S[^)]*\): its probes count as inconclusive until it answers$/,
    );
    const specs = await checks('- {kind: cloudwatch, alarms: [web-5xx]}');
    const ctx = context(failing(new TypeError('fetch failed: connect ECONNREFUSED 127.0.0.1:9')));
    await cloudWatchPreflight(ctx, specs, router());
    expect(events(ctx)).toEqual([
      'plan warn: CloudWatch could not be asked before the canary (fetch failed: connect ECONNREFUSED 127.0.0.1:9): its probes count as inconclusive until it answers',
    ]);
  });
});

describe('firstDeployChecks: no canary, no stable target group yet', () => {
  it('nothing versioned: the checks as they are, nothing said', async () => {
    const specs = await checks(`- {kind: cloudwatch, alarms: [web-5xx]}\n${EXPLICIT}`);
    const ctx = context(undefined, specs);
    expect(firstDeployChecks(ctx)).toBe(specs);
    expect(events(ctx)).toEqual([]);
  });

  it('the versioned checks wait for the next canary; the rest runs', async () => {
    const specs = await checks(`${METRIC}
- {name: pods, kind: kubernetes, namespace: default, selector: app=web}`);
    const ctx = context(undefined, specs);
    expect(firstDeployChecks(ctx)).toEqual([specs[1]]);
    expect(events(ctx)).toEqual([
      "plan info: 'errors' compares a canary's target group with stable's: from the next canary on",
    ]);
    const two = await checks(`${METRIC}
- {name: latency, kind: cloudwatch, metric: TargetResponseTime, threshold: '< 1'}
- {name: alarms, kind: cloudwatch, alarms: [web-5xx]}`);
    const ctx2 = context(undefined, two);
    expect(firstDeployChecks(ctx2).map((s) => s.name)).toEqual(['alarms']);
    expect(events(ctx2)).toEqual([
      "plan info: 'errors', 'latency' compare a canary's target group with stable's: from the next canary on",
    ]);
  });

  it('nothing left: the new pods are checked', async () => {
    const ctx = context(undefined, await checks(METRIC));
    expect(firstDeployChecks(ctx)).toEqual([
      {
        index: 1,
        name: 'pods',
        kind: 'kubernetes',
        namespace: '${NAMESPACE}',
        selector: '${SELECTOR}',
        maxRestarts: 0,
        restartBaseline: 'first-probe',
        minPods: 1,
        notReadyGrace: 30_000,
        interval: 5_000,
        timeout: 5_000,
        successThreshold: 1,
        failureThreshold: 2,
      },
    ]);
  });
});

describe("withDimensions: the canary's and stable's target groups from the router", () => {
  it('nothing versioned: the checks as they are, the router not asked', async () => {
    const specs = await checks(`- {kind: cloudwatch, alarms: [web-5xx]}\n${EXPLICIT}`);
    const r = router({ loadBalancer: LB, canary: CANARY_TG, stable: STABLE_TG });
    expect(await withDimensions(specs, r, 1)).toBe(specs);
    expect(r.calls).toBe(0);
  });

  it('a target group not known yet: why, naming what is known', async () => {
    const specs = await checks(METRIC);
    const why = (lb: string, canary: string, stable: string): string =>
      `the ALB's target groups are not known yet (load balancer ${lb}, canary ${canary}, stable ${stable}): the cloudwatch checks cannot ask for their metrics`;
    expect(await withDimensions(specs, router(), 1)).toBe(why('none', 'none', 'none'));
    expect(await withDimensions(specs, router({ canary: CANARY_TG, stable: STABLE_TG }), 1)).toBe(
      why('none', CANARY_TG, STABLE_TG),
    );
    expect(await withDimensions(specs, router({ loadBalancer: LB, stable: STABLE_TG }), 1)).toBe(
      why(LB, 'none', STABLE_TG),
    );
    expect(await withDimensions(specs, router({ loadBalancer: LB, canary: CANARY_TG }), 1)).toBe(
      why(LB, CANARY_TG, 'none'),
    );
  });

  it("canary checks compare with stable's target group; stable checks read stable's; the others untouched", async () => {
    const specs = await checks(`${METRIC}
- {name: latency, kind: cloudwatch, metric: TargetResponseTime, stat: p99, target-group: stable, threshold: '< 1'}
- {name: alarms, kind: cloudwatch, alarms: [web-5xx]}
${EXPLICIT}
- {name: pods, kind: kubernetes, namespace: default, selector: app=web}`);
    const out = await withDimensions(
      specs,
      router({ loadBalancer: LB, canary: CANARY_TG, stable: STABLE_TG }),
      1234,
    );
    if (typeof out === 'string') throw new Error(out);
    expect(out[0]).toEqual({
      ...specs[0],
      since: 1234,
      dimensions: {
        loadBalancer: 'app/k8s-web/50dc6c495c0c9188',
        targetGroup: 'targetgroup/k8s-web-green/73e2d6bc24d8a067',
        stableTargetGroup: 'targetgroup/k8s-web-blue/2453ed029918f21f',
      },
    });
    expect(out[1]).toEqual({
      ...specs[1],
      since: 1234,
      dimensions: {
        loadBalancer: 'app/k8s-web/50dc6c495c0c9188',
        targetGroup: 'targetgroup/k8s-web-blue/2453ed029918f21f',
      },
    });
    expect(Object.keys((out[1] as { dimensions: object }).dimensions)).toEqual([
      'loadBalancer',
      'targetGroup',
    ]);
    expect(out.slice(2)).toEqual(specs.slice(2));
    expect(out[2]).toBe(specs[2]);
    expect(out[3]).toBe(specs[3]);
    expect(out[4]).toBe(specs[4]);
  });
});
