/**
 * Strategy canary on the platform services run on (ALB through the AWS Load Balancer Controller, an HPA), under
 * users' load through the ALB (50 requests per simulated second): what users got at each step, the weights and
 * the objects left in the cluster. Virtual time: verdicts do not depend on how busy the machine is.
 */
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { parseCanarySteps, type CanarySettings } from '../src/lib/deploy/canary-settings.js';
import type { TimelineEvent } from '../src/lib/deploy/timeline.js';
import { LABEL } from '../src/lib/k8s/manifests.js';
import type { Deployment, KubeObject, Service } from '../src/lib/k8s/types.js';
import { startLoad, summarizeLoad, type Load, type LoadAnswer } from '../src/sim/load.js';
import { albUrl, deployWith, harness, writePlatformApp, type Harness } from './deploy/harness.js';

jest.setTimeout(300_000);

function errorOf(fn: () => unknown): Error {
  try {
    fn();
  } catch (e) {
    return e as Error;
  }
  throw new Error('expected an error');
}

let h: Harness;
let load: Load | undefined;
beforeEach(async () => {
  h = await harness({ gates: true });
  load = undefined;
});
afterEach(async () => {
  await load?.stop();
  await h.close();
});

const RPS = 50;
const IMAGE = (tag: string): string => `registry.example/web:${tag}`;

const dep = (name: string): Deployment | undefined =>
  h.kube.objects.get('Deployment', 'default', name) as Deployment | undefined;
const replicas = (name: string): number | undefined => dep(name)?.spec?.replicas;
const image = (name: string): string | undefined => dep(name)?.spec?.template?.spec?.containers?.[0]?.image;
const selector = (): Record<string, string> | undefined =>
  (h.kube.objects.get('Service', 'default', 'web') as Service | undefined)?.spec?.selector;
const hpaSpec = (): { scaleTargetRef?: { name?: string }; minReplicas?: number } | undefined =>
  (h.kube.objects.get('HorizontalPodAutoscaler', 'default', 'web') as KubeObject | undefined)?.spec as
    { scaleTargetRef?: { name?: string }; minReplicas?: number } | undefined;
const weights = (): Record<string, number> => {
  const ing = h.kube.objects.get('Ingress', 'default', 'web');
  const action = JSON.parse(ing?.metadata.annotations?.['alb.ingress.kubernetes.io/actions.web'] ?? '{}') as {
    forwardConfig?: { targetGroups?: { serviceName: string; weight: number }[] };
  };
  return Object.fromEntries((action.forwardConfig?.targetGroups ?? []).map((t) => [t.serviceName, t.weight]));
};

function canary(steps: string, over: Partial<CanarySettings> = {}, stepMs = 30_000): CanarySettings {
  return {
    steps: parseCanarySteps('steps', steps, stepMs),
    analysisIntervalMs: 5_000,
    failureLimit: 2,
    action: 'run',
    ...over,
  };
}

/** v1 live on blue through the ALB (HPA min 3), then users arrive (50 req/s). */
async function liveV1WithUsers(opts: { hpa?: boolean; replicas?: number } = {}): Promise<void> {
  writePlatformApp(h.dir, IMAGE('v1'), opts);
  const r = await deployWith(h, {
    version: 'v1',
    verifyWindowMs: 10_000,
    scaleDownDelayMs: 0,
    healthChecks: '',
  });
  if (r.result.result !== 'promoted') throw new Error(`setup: v1 not promoted: ${r.result.rollbackReason}`);
  const url = await albUrl(h);
  load = startLoad(h.clock, () => url, { rps: RPS });
  await h.clock.sleep(10_000);
}

async function stopLoad(): Promise<LoadAnswer[]> {
  const answers = await (load as Load).stop();
  load = undefined;
  return answers;
}

/** Users' requests answered by `version` between two clock times, as a share of all answered. */
function share(answers: LoadAnswer[], version: string, from: number, to: number): number {
  const inside = answers.filter((a) => a.at >= from && a.at < to && a.version);
  return inside.filter((a) => a.version === version).length / Math.max(1, inside.length);
}

function stepEvents(events: readonly TimelineEvent[]): TimelineEvent[] {
  return events.filter((e) => e.phase === 'step');
}

describe('canary through the ALB', () => {
  it('walks 10 % → 50 % → 100 %: users get each share once the ALB shows it, no request fails, stable drains, the HPA follows', async () => {
    await liveV1WithUsers();
    writePlatformApp(h.dir, IMAGE('v2'));
    const r = await deployWith(h, {
      version: 'v2',
      strategy: 'canary',
      canary: canary('10,50,100'),
      healthChecks: '',
      scaleDownDelayMs: 0,
    });
    await h.clock.sleep(5_000);
    const answers = await stopLoad();
    const saw = summarizeLoad(answers);
    expect(r.result).toMatchObject({ result: 'promoted', liveColor: 'green', previousVersion: 'v1' });
    expect(r.result.canary?.maxWeight).toBe(100);
    expect(saw.errors).toBe(0);

    const steps = stepEvents(r.timeline.events);
    expect(steps.map((e) => e.message.replace(/ \(.*$/, ''))).toEqual([
      'step 1/3: v2 takes 10% of users',
      'step 2/3: v2 takes 50% of users',
      'step 3/3: v2 takes 100% of users',
    ]);
    const [s1, s2, s3] = steps.map((e) => e.at) as [number, number, number];
    // Users' share during each step, measured on their own requests through the ALB.
    expect(share(answers, 'v2', s1 + 2_000, s2 - 2_000)).toBeGreaterThan(0.07);
    expect(share(answers, 'v2', s1 + 2_000, s2 - 2_000)).toBeLessThan(0.13);
    expect(share(answers, 'v2', s2 + 2_000, s3 - 10_000)).toBeGreaterThan(0.45);
    expect(share(answers, 'v2', s2 + 2_000, s3 - 10_000)).toBeLessThan(0.55);
    // Nobody got v2 before step 1 was on the ALB; everybody got it after step 3.
    expect(share(answers, 'v2', 0, s1 - 3_000)).toBe(0);
    expect(share(answers, 'v2', s3 + 3_000, Infinity)).toBe(1);
    // Each step was analysed for its 30 s before the next.
    expect(s2 - s1).toBeGreaterThanOrEqual(30_000);

    expect(weights()).toEqual({ 'web-blue': 0, 'web-green': 100 });
    expect(selector()).toEqual({ app: 'web', [LABEL.color]: 'green' });
    expect(hpaSpec()).toMatchObject({ scaleTargetRef: { name: 'web-green' }, minReplicas: 3 });
    expect(replicas('web-blue')).toBe(0);
    expect(replicas('web-green')).toBeGreaterThanOrEqual(3);
    expect(image('web-green')).toBe(IMAGE('v2'));
    expect(dep('web-blue')?.metadata.annotations?.['keelson.dev/canary']).toBeDefined();
    expect(dep('web-green')?.metadata.annotations?.['keelson.dev/canary']).toBeUndefined();
  });

  it('with no configured checks, a canary failing 30 % of requests is caught at its 10 % step: users back on stable at once, the canary scaled down after', async () => {
    await liveV1WithUsers();
    writePlatformApp(h.dir, IMAGE('v2-errors-30'));
    const r = await deployWith(h, {
      version: 'v2',
      strategy: 'canary',
      canary: canary('10,50,100'),
      healthChecks: '',
    });
    await h.clock.sleep(5_000);
    const answers = await stopLoad();
    const saw = summarizeLoad(answers);
    expect(r.result).toMatchObject({ result: 'rolled-back', liveColor: 'blue' });
    expect(r.result.rollbackReason).toMatch(/^step 1\/3 \(10%\): analysis failed: check 2 \('requests'\)/);
    expect(r.result.canary?.maxWeight).toBe(10);
    expect(r.result.canary?.exposure).toBeLessThanOrEqual(0.1);
    // Users: only the 10 % share ever saw v2, and the switch mechanics failed nobody.
    expect(saw.errorsByCause['load-balancer'] ?? 0).toBe(0);
    expect(saw.byVersion.v2 ?? 0).toBeLessThan(saw.requests * 0.1);
    const rollback = r.timeline.events.find((e) => e.phase === 'rollback') as TimelineEvent;
    expect(share(answers, 'v2', rollback.at + 1_000, Infinity)).toBe(0);
    // Detect (first failing probe → verdict) + weights confirmed back ≤ one interval + 10 s.
    expect((r.result.detectSeconds ?? 99) + (r.result.rollbackSeconds ?? 99)).toBeLessThanOrEqual(15);

    expect(weights()).toEqual({ 'web-blue': 100, 'web-green': 0 });
    expect(selector()).toEqual({ app: 'web', [LABEL.color]: 'blue' });
    expect(hpaSpec()).toMatchObject({ scaleTargetRef: { name: 'web-blue' }, minReplicas: 3 });
    expect(replicas('web-green')).toBe(0);
    expect(replicas('web-blue')).toBeGreaterThanOrEqual(3);
    expect(image('web-blue')).toBe(IMAGE('v1'));
    // The canary went to 0 only after its weight was 0 on the ALB and requests in flight drained.
    const scaled = r.timeline.events.find((e) => e.message === 'green scaled to 0') as TimelineEvent;
    expect(scaled.at - rollback.at).toBeGreaterThanOrEqual(10_000);
  });
});

describe('canary inputs', () => {
  it('parses per-step pauses and manual gates, appends the 100 % step, and names the input on bad values', () => {
    expect(parseCanarySteps('steps', '5:2m,25:5m,50:manual,100', 60_000)).toEqual([
      { weight: 5, pause: 120_000 },
      { weight: 25, pause: 300_000 },
      { weight: 50, pause: 'manual' },
      { weight: 100, pause: 60_000 },
    ]);
    expect(parseCanarySteps('steps', '10,50', 30_000)).toEqual([
      { weight: 10, pause: 30_000 },
      { weight: 50, pause: 30_000 },
      { weight: 100, pause: 0 },
    ]);
    for (const bad of ['50,10', '0,50', '10:soon', '', '10,,50', '101']) {
      expect(errorOf(() => parseCanarySteps('steps', bad, 1000)).message).toBe(
        `Invalid input 'steps': '${bad}'. Expected a comma-separated list of increasing percentages from 1 to 100, each optionally with its pause (a duration or manual), such as 5:2m,25:5m,50:manual,100.`,
      );
    }
  });
});
