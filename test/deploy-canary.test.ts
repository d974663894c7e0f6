/**
 * Strategy canary on the platform services run on (ALB through the AWS Load Balancer Controller, an HPA), under
 * users' load through the ALB (50 requests per simulated second): what users got at each step, the weights and
 * the objects left in the cluster. Virtual time: verdicts do not depend on how busy the machine is.
 */
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { parseCanarySteps, type CanarySettings } from '../src/lib/deploy/canary-settings.js';
import { reconcile } from '../src/lib/deploy/post.js';
import type { TimelineEvent } from '../src/lib/deploy/timeline.js';
import { LABEL } from '../src/lib/k8s/manifests.js';
import type { KubeObject } from '../src/lib/k8s/types.js';
import { startLoad, summarizeLoad, type Load, type LoadAnswer } from '../src/sim/load.js';
import { readFileSync, writeFileSync } from 'node:fs';
import {
  albUrl,
  deployWith,
  harness,
  writeApp,
  writePlatformApp,
  type Harness,
  clusterReads,
} from './deploy/harness.js';

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
const { dep, replicas, image, selector } = clusterReads(() => h);
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
    expect(dep('web-blue')?.metadata.annotations?.['keelson.dev/canary']).toBeUndefined();
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

describe('canary fault matrix (ALB)', () => {
  it.each([1, 2, 3])(
    'a regression that starts at step %i of 3 is rolled back from that step; users back on stable, canary at 0',
    async (at) => {
      await liveV1WithUsers();
      writePlatformApp(h.dir, IMAGE('v2'));
      const r = await deployWith(h, {
        version: 'v2',
        strategy: 'canary',
        canary: canary('10,50,100'),
        healthChecks: '',
        onEvent: (e) => {
          if (e.phase === 'step' && e.message.startsWith(`step ${at}/3`))
            h.kube.sim.behaviour(IMAGE('v2'), { errorRate: 0.4 });
        },
      });
      await h.clock.sleep(5_000);
      const answers = await stopLoad();
      const saw = summarizeLoad(answers);
      expect(r.result).toMatchObject({ result: 'rolled-back', liveColor: 'blue' });
      expect(r.result.rollbackReason).toMatch(
        new RegExp(
          `^step ${at}/3 \\(${[10, 50, 100][at - 1]}%\\): analysis failed: check 2 \\('requests'\\)`,
        ),
      );
      expect(r.result.canary?.maxWeight).toBe([10, 50, 100][at - 1]);
      expect(saw.errorsByCause['load-balancer'] ?? 0).toBe(0);
      const rollback = r.timeline.events.find((e) => e.phase === 'rollback') as TimelineEvent;
      expect(share(answers, 'v2', rollback.at + 1_000, Infinity)).toBe(0);
      expect(weights()).toEqual({ 'web-blue': 100, 'web-green': 0 });
      expect(selector()).toEqual({ app: 'web', [LABEL.color]: 'blue' });
      expect(hpaSpec()).toMatchObject({ scaleTargetRef: { name: 'web-blue' }, minReplicas: 3 });
      expect(replicas('web-green')).toBe(0);
      expect(replicas('web-blue')).toBeGreaterThanOrEqual(3);
    },
  );

  it('a flapping canary (errors every other interval, never twice in a row) is not promoted', async () => {
    await liveV1WithUsers();
    writePlatformApp(h.dir, IMAGE('v2'));
    let flapping = false;
    const flap = async (): Promise<void> => {
      for (let on = true; flapping; on = !on) {
        h.kube.sim.behaviour(IMAGE('v2'), { errorRate: on ? 0.5 : 0 });
        await h.clock.sleep(5_000);
      }
    };
    const r = await deployWith(h, {
      version: 'v2',
      strategy: 'canary',
      canary: canary('10,50,100', { failureLimit: 3 }, 60_000),
      healthChecks: '',
      onEvent: (e) => {
        if (e.phase === 'step' && !flapping) {
          flapping = true;
          void flap();
        }
      },
    });
    flapping = false;
    await stopLoad();
    expect(r.result).toMatchObject({ result: 'rolled-back', liveColor: 'blue' });
    expect(r.result.rollbackReason).toMatch(
      /^step 1\/3 \(10%\): analysis failed: check 'requests' failed \d+ times in this step, never 3 in a row \(flapping\)/,
    );
    expect(r.result.canary?.maxWeight).toBe(10);
    expect(weights()).toEqual({ 'web-blue': 100, 'web-green': 0 });
    expect(replicas('web-green')).toBe(0);
  });

  it('the router lagging: a step counts only once the ALB shows its weights; analysis time starts then', async () => {
    await liveV1WithUsers();
    writePlatformApp(h.dir, IMAGE('v2'));
    let resumed = 0;
    const r = await deployWith(h, {
      version: 'v2',
      strategy: 'canary',
      canary: canary('10,100'),
      healthChecks: '',
      onEvent: (e) => {
        if (e.phase === 'weights' && e.message.startsWith('step 1/2')) {
          h.kube.sim.lbc?.pause();
          void h.clock.sleep(40_000).then(() => {
            resumed = h.clock.now();
            h.kube.sim.lbc?.resume();
          });
        }
      },
    });
    const answers = await stopLoad();
    expect(r.result.result).toBe('promoted');
    const [s1, s2] = stepEvents(r.timeline.events).map((e) => e.at) as [number, number];
    expect(resumed).toBeGreaterThan(0);
    expect(s1).toBeGreaterThanOrEqual(resumed);
    expect(s2 - s1).toBeGreaterThanOrEqual(30_000);
    expect(share(answers, 'v2', 0, resumed)).toBe(0);
    expect(summarizeLoad(answers).errors).toBe(0);
  });

  it("weights the ALB rejects abort the canary with the controller's reason; users stay on what the ALB had, then stable", async () => {
    await liveV1WithUsers();
    writePlatformApp(h.dir, IMAGE('v2'));
    const lbc = h.kube.sim.lbc;
    if (!lbc) throw new Error('no load balancer controller');
    lbc.rejectDeploy = (ing) =>
      /"serviceName":"web-green","servicePort":"80","weight":50/.test(
        ing.metadata.annotations?.['alb.ingress.kubernetes.io/actions.web'] ?? '',
      )
        ? 'AccessDenied: User is not authorized to perform: elasticloadbalancing:ModifyRule'
        : undefined;
    const r = await deployWith(h, {
      version: 'v2',
      strategy: 'canary',
      canary: canary('10,50,100'),
      healthChecks: '',
    });
    const answers = await stopLoad();
    expect(r.result).toMatchObject({ result: 'rolled-back', liveColor: 'blue' });
    expect(r.result.rollbackReason).toBe(
      'step 2/3 (50%) did not take: the AWS Load Balancer Controller could not apply the weights of Ingress web: FailedDeployModel: Failed deploy model due to AccessDenied: User is not authorized to perform: elasticloadbalancing:ModifyRule',
    );
    expect(r.result.canary?.maxWeight).toBe(10);
    const s1 = stepEvents(r.timeline.events)[0] as TimelineEvent;
    expect(share(answers, 'v2', s1.at + 2_000, Infinity)).toBeLessThan(0.13);
    expect(weights()).toEqual({ 'web-blue': 100, 'web-green': 0 });
    expect(replicas('web-green')).toBe(0);
    expect(summarizeLoad(answers).errors).toBe(0);
  });

  it('a canary crash-looping at 5 % never gets a user', async () => {
    await liveV1WithUsers();
    writePlatformApp(h.dir, IMAGE('v2-crashloop'));
    const r = await deployWith(h, {
      version: 'v2',
      strategy: 'canary',
      canary: canary('5,50,100'),
      healthChecks: '',
    });
    const saw = summarizeLoad(await stopLoad());
    expect(r.result).toMatchObject({ result: 'rolled-back', liveColor: 'blue' });
    expect(r.result.rollbackReason).toMatch(
      /^green did not become ready at step 1\/3: pod web-green-\S+ container web is CrashLoopBackOff/,
    );
    expect(r.result.canary?.maxWeight).toBe(0);
    expect(saw.byVersion.v2 ?? 0).toBe(0);
    expect(saw.errors).toBe(0);
    expect(weights()).toEqual({ 'web-blue': 100, 'web-green': 0 });
    expect(replicas('web-green')).toBe(0);
  });

  it('cancelled mid-step: every user back on stable, the canary scaled down', async () => {
    await liveV1WithUsers();
    writePlatformApp(h.dir, IMAGE('v2'));
    const ac = new AbortController();
    const r = await deployWith(h, {
      version: 'v2',
      strategy: 'canary',
      canary: canary('10,50,100'),
      healthChecks: '',
      signal: ac.signal,
      onEvent: (e) => {
        if (e.phase === 'step' && e.message.startsWith('step 2/3'))
          void h.clock.sleep(10_000).then(() => ac.abort(new Error('cancelled')));
      },
    });
    const answers = await stopLoad();
    expect(r.result).toMatchObject({ result: 'rolled-back', liveColor: 'blue' });
    expect(r.result.rollbackReason).toMatch(/^cancelled during step 2\/3/);
    const rollback = r.timeline.events.find((e) => e.phase === 'rollback') as TimelineEvent;
    expect(share(answers, 'v2', rollback.at + 1_000, Infinity)).toBe(0);
    expect(weights()).toEqual({ 'web-blue': 100, 'web-green': 0 });
    expect(replicas('web-green')).toBe(0);
    expect(summarizeLoad(answers).errors).toBe(0);
  });

  it('HPA active on stable: stable grows under load and never shrinks below its start during the canary; the canary is stable-sized before it takes 100 %', async () => {
    writePlatformApp(h.dir, IMAGE('v1-capacity-5'), { maxReplicas: 8 });
    await deployWith(h, { version: 'v1', verifyWindowMs: 10_000, scaleDownDelayMs: 0, healthChecks: '' });
    const url = await albUrl(h);
    load = startLoad(h.clock, () => url, { rps: 30 });
    // 30 req/s on pods of capacity 5 at a 50 % target: the HPA grows stable beyond its minimum of 3.
    await h.kube.sim.until(() => (replicas('web-blue') ?? 0) >= 5, 300_000);
    const start = replicas('web-blue') as number;
    writePlatformApp(h.dir, IMAGE('v2-capacity-5'), { maxReplicas: 8 });
    const seen: { stable: number; min?: number }[] = [];
    let canaryAt100 = 0;
    let stableAt100 = 0;
    const r = await deployWith(h, {
      version: 'v2',
      strategy: 'canary',
      canary: canary('25,100'),
      healthChecks: '',
      onEvent: (e) => {
        if (e.phase === 'step') seen.push({ stable: replicas('web-blue') ?? 0, min: hpaSpec()?.minReplicas });
        if (e.phase === 'weights' && e.message.startsWith('step 2/2')) {
          canaryAt100 = replicas('web-green') ?? 0;
          stableAt100 = replicas('web-blue') ?? 0;
        }
      },
    });
    const saw = summarizeLoad(await stopLoad());
    expect(r.result).toMatchObject({ result: 'promoted', liveColor: 'green' });
    expect(seen.every((x) => x.stable >= start && x.min === start)).toBe(true);
    expect(canaryAt100).toBeGreaterThanOrEqual(stableAt100);
    expect(saw.errorsByCause['load-balancer'] ?? 0).toBe(0);
    expect(hpaSpec()).toMatchObject({ scaleTargetRef: { name: 'web-green' }, minReplicas: 3 });
  });
});

describe('canary: the runner dies mid-step', () => {
  it('the post step puts every user back on stable and scales the canary down', async () => {
    await liveV1WithUsers();
    writePlatformApp(h.dir, IMAGE('v2'));
    const state = new Map<string, string>();
    let snapshot: Map<string, string> | undefined;
    await expect(
      deployWith(h, {
        version: 'v2',
        strategy: 'canary',
        canary: canary('10,50,100'),
        healthChecks: '',
        saveState: (k, v) => state.set(k, v),
        onEvent: (e) => {
          if (e.phase === 'step' && e.message.startsWith('step 2/3')) {
            // The process is killed here: what GITHUB_STATE holds at that moment is all the post step gets.
            snapshot = new Map(state);
            throw new Error('runner killed');
          }
        },
      }),
    ).rejects.toThrow('runner killed');
    expect(weights()).toEqual({ 'web-blue': 50, 'web-green': 50 });
    await reconcile(
      h.client,
      (k) => snapshot?.get(k) ?? '',
      () => undefined,
    );
    await h.clock.sleep(10_000);
    const answers = await stopLoad();
    expect(weights()).toEqual({ 'web-blue': 100, 'web-green': 0 });
    expect(selector()).toEqual({ app: 'web', [LABEL.color]: 'blue' });
    expect(replicas('web-green')).toBe(0);
    expect(hpaSpec()).toMatchObject({ scaleTargetRef: { name: 'web-blue' } });
    expect(share(answers, 'v2', h.clock.now() - 5_000, Infinity)).toBe(0);
  });
});

describe('canary manual gates', () => {
  const paused = async (): Promise<void> => {
    await liveV1WithUsers();
    writePlatformApp(h.dir, IMAGE('v2'));
    const first = await deployWith(h, {
      version: 'v2',
      strategy: 'canary',
      canary: canary('10,50:manual,100'),
      healthChecks: '',
      scaleDownDelayMs: 0,
    });
    // The job ends successfully with the canary holding 50 %, and says how to go on.
    expect(first.result).toMatchObject({ result: 'paused', liveColor: 'blue' });
    expect(first.result.canary?.pausedAt).toBe(50);
    expect(first.markdown).toContain('⏸️ Paused at a manual step');
    expect(first.timeline.events.find((e) => e.phase === 'pause')?.message).toBe(
      'v2 holds 50% of users at step 2/3 (a manual step). To go on, run the deploy again with action: promote; to put every user back on blue, action: abort (service-deploy: input canary-action, e.g. from a workflow_dispatch).',
    );
    expect(weights()).toEqual({ 'web-blue': 50, 'web-green': 50 });
    expect(JSON.parse(dep('web-blue')?.metadata.annotations?.['keelson.dev/canary'] ?? '{}')).toMatchObject({
      version: 'v2',
      weight: 50,
      paused: true,
    });
    // Users keep getting v2 at 50 % while it waits.
    const t = h.clock.now();
    await h.clock.sleep(20_000);
    const share50 = share((load as Load).answers as LoadAnswer[], 'v2', t, h.clock.now());
    expect(share50).toBeGreaterThan(0.4);
    expect(share50).toBeLessThan(0.6);
    // Another rollout is refused while it is paused.
    writePlatformApp(h.dir, IMAGE('v3'));
    await expect(
      deployWith(h, { version: 'v3', strategy: 'canary', canary: canary('10,100'), healthChecks: '' }),
    ).rejects.toThrow(
      'A canary of web (v2) is paused at 50%: run the deploy with action promote or abort first.',
    );
    await expect(deployWith(h, { version: 'v3', strategy: 'blue-green', healthChecks: '' })).rejects.toThrow(
      'A canary of web (v2) is paused at 50%: run the deploy with strategy canary and action promote or abort first.',
    );
    expect(weights()).toEqual({ 'web-blue': 50, 'web-green': 50 });
    writePlatformApp(h.dir, IMAGE('v2'));
  };

  it('a manual step pauses the job green; a second run with action promote confirms the weights and finishes', async () => {
    await paused();
    const r = await deployWith(h, {
      version: 'v2',
      strategy: 'canary',
      canary: canary('10,50:manual,100', { action: 'promote' }),
      healthChecks: '',
      scaleDownDelayMs: 0,
    });
    await h.clock.sleep(5_000);
    const answers = await stopLoad();
    expect(r.result).toMatchObject({ result: 'promoted', liveColor: 'green', previousVersion: 'v1' });
    expect(stepEvents(r.timeline.events).map((e) => e.message.replace(/ \(.*$/, ''))).toEqual([
      'step 2/3: v2 takes 50% of users',
      'step 3/3: v2 takes 100% of users',
    ]);
    expect(summarizeLoad(answers).errors).toBe(0);
    expect(weights()).toEqual({ 'web-blue': 0, 'web-green': 100 });
    expect(replicas('web-blue')).toBe(0);
    expect(hpaSpec()).toMatchObject({ scaleTargetRef: { name: 'web-green' }, minReplicas: 3 });
    expect(dep('web-blue')?.metadata.annotations?.['keelson.dev/canary']).toBeUndefined();
  });

  it('… or with action abort puts every user back on stable and scales the canary down', async () => {
    await paused();
    const r = await deployWith(h, {
      version: 'v2',
      strategy: 'canary',
      canary: canary('10,50:manual,100', { action: 'abort' }),
      healthChecks: '',
    });
    const answers = await stopLoad();
    expect(r.result).toMatchObject({ result: 'rolled-back', liveColor: 'blue' });
    expect(r.result.rollbackReason).toBe('aborted at the manual step 2/3 (action: abort)');
    const rollback = r.timeline.events.find((e) => e.phase === 'rollback') as TimelineEvent;
    expect(share(answers, 'v2', rollback.at + 1_000, Infinity)).toBe(0);
    expect(summarizeLoad(answers).errors).toBe(0);
    expect(weights()).toEqual({ 'web-blue': 100, 'web-green': 0 });
    expect(replicas('web-green')).toBe(0);
    expect(hpaSpec()).toMatchObject({ scaleTargetRef: { name: 'web-blue' }, minReplicas: 3 });
    expect(dep('web-blue')?.metadata.annotations?.['keelson.dev/canary']).toBeUndefined();
  });

  it('action promote with nothing paused: one error naming the input', async () => {
    await liveV1WithUsers();
    writePlatformApp(h.dir, IMAGE('v2'));
    await expect(
      deployWith(h, { version: 'v2', strategy: 'canary', canary: canary('10,100', { action: 'promote' }) }),
    ).rejects.toThrow(
      "Invalid input 'action': 'promote'. Expected run: no canary of web is paused at a manual step.",
    );
  });
});

describe('canary without a router (replicas)', () => {
  it('on 3 replicas a 10 % step is really 25 % (1 of 4 pods): the timeline and max-weight say so, and users got about that', async () => {
    writePlatformApp(h.dir, IMAGE('v1'), { hpa: false, ingress: false, replicas: 3 });
    const first = await deployWith(h, {
      version: 'v1',
      verifyWindowMs: 6_000,
      scaleDownDelayMs: 0,
      healthChecks: '',
    });
    expect(first.result.result).toBe('promoted');
    const url = await h.kube.sim.serviceUrl('default', 'web');
    load = startLoad(h.clock, () => url, { rps: RPS });
    await h.clock.sleep(5_000);
    writePlatformApp(h.dir, IMAGE('v2'), { hpa: false, ingress: false, replicas: 3 });
    const r = await deployWith(h, {
      version: 'v2',
      strategy: 'canary',
      canary: canary('10,100', {}, 60_000),
      healthChecks: '',
      scaleDownDelayMs: 0,
    });
    await h.clock.sleep(5_000);
    const answers = await stopLoad();
    expect(r.result).toMatchObject({ result: 'promoted', liveColor: 'green' });
    const steps = stepEvents(r.timeline.events);
    expect(steps[0]?.message).toBe(
      'step 1/2: v2 takes 25% of users (requested 10%, actual 25% with 1 of 4 pods (no router: the share moves in whole pods))',
    );
    expect(steps[0]?.level).toBe('warn');
    expect(r.result.canary?.maxWeight).toBe(100);
    const [s1, s2] = steps.map((e) => e.at) as [number, number];
    const measured = share(answers, 'v2', s1 + 5_000, s2 - 5_000);
    expect(measured).toBeGreaterThan(0.12);
    expect(measured).toBeLessThan(0.4);
    expect(share(answers, 'v2', s2 + 5_000, Infinity)).toBe(1);
    expect(summarizeLoad(answers).errors).toBe(0);
    expect(selector()).toEqual({ app: 'web', [LABEL.color]: 'green' });
    expect(replicas('web-blue')).toBe(0);
    expect(replicas('web-green')).toBe(3);
  });

  it('an aborted canary puts the rest of the release back as it was (a ConfigMap the new version changed)', async () => {
    const file = writeApp(h.dir, IMAGE('v1'));
    expect(
      (await deployWith(h, { version: 'v1', verifyWindowMs: 6_000, scaleDownDelayMs: 0 })).result.result,
    ).toBe('promoted');
    writeApp(h.dir, IMAGE('v2-errors-30'));
    writeFileSync(file, readFileSync(file, 'utf8').replace('GREETING: hello', 'GREETING: hola'));
    const r = await deployWith(h, {
      version: 'v2',
      strategy: 'canary',
      canary: canary('25,100'),
      healthChecks: '',
    });
    expect(r.result).toMatchObject({ result: 'rolled-back', liveColor: 'blue' });
    expect(h.kube.objects.get('ConfigMap', 'default', 'web-config')?.data).toEqual({ GREETING: 'hello' });
    expect(selector()).toEqual({ app: 'web', [LABEL.color]: 'blue' });
    expect(replicas('web-green')).toBe(0);
  });

  it("router 'service' cannot run a canary: one error naming the input", async () => {
    writePlatformApp(h.dir, IMAGE('v1'), { hpa: false, ingress: false, replicas: 2 });
    await deployWith(h, { version: 'v1', verifyWindowMs: 6_000, scaleDownDelayMs: 0, healthChecks: '' });
    writePlatformApp(h.dir, IMAGE('v2'), { hpa: false, ingress: false, replicas: 2 });
    await expect(
      deployWith(h, { version: 'v2', strategy: 'canary', router: 'service', canary: canary('10,100') }),
    ).rejects.toThrow(
      "Invalid input 'router': 'service'. Expected alb, gateway-api or replicas with strategy canary (a Service's selector moves every user at once).",
    );
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
