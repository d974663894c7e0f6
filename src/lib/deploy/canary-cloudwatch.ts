/**
 * The canary's CloudWatch analysis around its checks (`kind: cloudwatch`, `analysis: cloudwatch`): the ALB's
 * dimensions of the canary's and stable's target groups filled in from the router, CloudWatch asked once before
 * anything is written, and a first deploy (no stable target group yet) run without the checks that need one.
 */
import { albDimension } from '../aws/cloudwatch.js';
import { AwsServiceError } from '../aws/json-client.js';
import { ConfigurationError, InputError, errorMessage } from '../errors.js';
import type { CheckSpec } from '../health/index.js';
import { THROTTLED } from '../health/probes/cloudwatch.js';
import type { CanaryRouter } from './canary-routers.js';
import type { DeployContext } from './types.js';

/** An AWS error message's first line without its closing period (the line goes on after it). */
const firstLine = (message: string): string => (message.split('\n')[0] ?? '').replace(/\.$/, '');

/** The cloudwatch metric checks that name the canary's or stable's target group (known from the ALB router). */
export function versionedCloudWatch(specs: CheckSpec[]): (CheckSpec & { kind: 'cloudwatch' })[] {
  return specs.flatMap((s) =>
    s.kind === 'cloudwatch' && s.metric !== undefined && !s.dimensions ? [s] : [],
  );
}

/**
 * Before anything is written: can CloudWatch be read with the step's credentials, and do the alarms exist? A refusal
 * (access denied, bad credentials, an alarm that does not exist) stops the deploy here with one line; CloudWatch
 * unreachable or throttled now is a warning (the analysis counts such probes as inconclusive).
 */
export async function cloudWatchPreflight(
  ctx: DeployContext,
  specs: CheckSpec[],
  router: CanaryRouter,
): Promise<void> {
  const cw = ctx.cloudwatch;
  const checks = specs.flatMap((s) => (s.kind === 'cloudwatch' ? [s] : []));
  if (!cw || checks.length === 0) return;
  const alarms = [...new Set(checks.flatMap((s) => s.alarms))];
  let operation = 'DescribeAlarms';
  try {
    if (alarms.length > 0) {
      const found = new Set((await cw.describeAlarms(alarms, ctx.signal)).map((a) => a.name));
      const missing = alarms.filter((a) => !found.has(a));
      if (missing.length > 0)
        throw new InputError(
          'health-checks',
          `Invalid input 'health-checks': no CloudWatch alarm named ${missing.map((a) => `'${a}'`).join(', ')} in ${cw.region}. Expected the names of existing alarms (an alarm that does not exist checks nothing).`,
        );
    }
    const lb =
      checks.find((s) => s.dimensions)?.dimensions?.loadBalancer ??
      (checks.some((s) => s.metric !== undefined) ? (await router.albArns?.())?.loadBalancer : undefined);
    if (lb) {
      operation = 'GetMetricData';
      const now = ctx.clock.now();
      await cw.getMetricData(
        [
          {
            id: 'preflight',
            namespace: 'AWS/ApplicationELB',
            metricName: 'RequestCount',
            dimensions: { LoadBalancer: albDimension(lb) },
            stat: 'Sum',
            periodSeconds: 60,
          },
        ],
        { start: now - 300_000, end: now },
        ctx.signal,
      );
    }
  } catch (e) {
    if (e instanceof InputError) throw e;
    if (e instanceof AwsServiceError && e.status >= 400 && e.status < 500 && !THROTTLED.has(e.code))
      throw new ConfigurationError(
        `CloudWatch refused ${operation} in ${cw.region}: ${e.code}: ${firstLine(e.message)}. The canary's analysis needs cloudwatch:GetMetricData and cloudwatch:DescribeAlarms; nothing was changed.`,
      );
    ctx.timeline.add(
      'plan',
      `CloudWatch could not be asked before the canary (${e instanceof AwsServiceError ? `${e.code}: ${e.message}` : errorMessage(e)}): its probes count as inconclusive until it answers`,
      'warn',
    );
  }
}

/**
 * A first deploy has no canary and no stable target group: checks on `target-group: canary | stable` cannot run
 * (they start with the next canary). What is left runs; with nothing left, the new pods are checked.
 */
export function firstDeployChecks(ctx: DeployContext): CheckSpec[] {
  const skipped = versionedCloudWatch(ctx.settings.checks);
  if (skipped.length === 0) return ctx.settings.checks;
  ctx.timeline.add(
    'plan',
    `${skipped.map((s) => `'${s.name}'`).join(', ')} compare${skipped.length === 1 ? 's' : ''} a canary's target group with stable's: from the next canary on`,
  );
  const rest = ctx.settings.checks.filter((s) => !skipped.includes(s as (typeof skipped)[number]));
  if (rest.length > 0) return rest;
  return [
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
  ];
}

/**
 * CloudWatch's dimensions for checks on `target-group: canary | stable`: the ALB's and the two target groups'
 * (`app/<name>/<id>`, `targetgroup/<name>/<id>`), read from the router once the canary's targets are registered.
 */
export async function withDimensions(
  specs: CheckSpec[],
  router: CanaryRouter,
  since: number,
): Promise<CheckSpec[] | string> {
  if (versionedCloudWatch(specs).length === 0) return specs;
  const arns = (await router.albArns?.()) ?? {};
  if (!arns.loadBalancer || !arns.canary || !arns.stable)
    return `the ALB's target groups are not known yet (load balancer ${arns.loadBalancer ?? 'none'}, canary ${arns.canary ?? 'none'}, stable ${arns.stable ?? 'none'}): the cloudwatch checks cannot ask for their metrics`;
  const loadBalancer = albDimension(arns.loadBalancer);
  const canary = albDimension(arns.canary);
  const stable = albDimension(arns.stable);
  return specs.map((s) =>
    s.kind === 'cloudwatch' && s.metric !== undefined && !s.dimensions
      ? {
          ...s,
          since,
          dimensions: {
            loadBalancer,
            targetGroup: s.targetGroup === 'stable' ? stable : canary,
            ...(s.targetGroup === 'canary' ? { stableTargetGroup: stable } : {}),
          },
        }
      : s,
  );
}
