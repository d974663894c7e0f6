/**
 * Canary rollouts without a router (`replicas`: the live Service over both versions' pods) on the Kubernetes
 * emulator and its virtual clock, small and fast: the plan and step lines users read, the result, what is left in
 * the cluster (selector, replicas, images, the progress annotation), the state the post step reads, and each way a
 * canary stops (analysis, readiness, nothing to analyse, a manual gate, promote, abort, cancel, refusals).
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CanarySettings } from '../src/lib/deploy/canary-settings.js';
import { CANARY_ANNOTATION } from '../src/lib/deploy/canary.js';
import { deploy } from '../src/lib/deploy/run.js';
import { parseManifests } from '../src/lib/k8s/manifests.js';
import {
  deployWith,
  harness,
  liveV1,
  writeApp,
  writePlatformApp,
  type Harness,
  canaryOf as canary,
  timelineLines as lines,
  clusterReads,
} from './deploy/harness.js';

const COLOR = 'keelson.dev/color';
let h: Harness;
const { dep, replicas, image, selector } = clusterReads(() => h);
beforeEach(async () => {
  h = await harness();
});
afterEach(async () => {
  await h.close();
});

const progress = () => dep('web-blue')?.metadata.annotations?.[CANARY_ANNOTATION];

async function run(tag: string, c: CanarySettings, over: Parameters<typeof deployWith>[1] = {}) {
  writeApp(h.dir, `registry.example/web:${tag}`);
  const state: Record<string, string> = {};
  const r = await deployWith(h, {
    version: 'v2',
    strategy: 'canary',
    canary: c,
    scaleDownDelayMs: 0,
    saveState: (k, v) => (state[k] = v),
    ...over,
  });
  return { ...r, state };
}

describe('canary without a router', () => {
  it('promotes v2 in steps: the plan, each step as delivered, every user on v2, v1 scaled down', async () => {
    await liveV1(h);
    const r = await run('v2', canary('50,100'));
    expect(r.result).toMatchObject({
      result: 'promoted',
      version: 'v2',
      previousVersion: 'v1',
      liveColor: 'green',
      canary: { maxWeight: 100 },
    });
    // The share of users v2 had on average since its first step: 50 % for a step, then 100 %.
    expect(r.result.canary?.exposure).toBeGreaterThan(0.5);
    expect(r.result.canary?.exposure).toBeLessThan(1);
    expect(r.result.checks.map((c) => c.status)).toEqual(['passed', 'passed']);
    expect(lines(r.timeline.events, 'plan', 'step', 'promote')).toEqual([
      "info plan: v1 is live on blue (2 pods); canary v2 as green: 50% for 6s, 100%; users reach it through Service web over both versions' pods (no router: the share is the share of ready pods); 2 check(s) every 2s, abort after 2 failure(s) in a row",
      'ok step: step 1/2: v2 takes 50% of users (requested 50%, actual 50% with 2 of 4 pods)',
      "ok step: step 2/2: v2 takes 100% of users (Service web selects only green's pods)",
      'ok promote: v2 on green serves every user',
    ]);
    expect(lines(r.timeline.events, 'scale-down')).toEqual(['info scale-down: blue scaled to 0']);
    expect(selector()).toEqual({ app: 'web', [COLOR]: 'green' });
    expect([replicas('web-blue'), replicas('web-green'), image('web-green')]).toEqual([
      0,
      2,
      'registry.example/web:v2',
    ]);
    expect(dep('web-green')?.metadata.labels?.['keelson.dev/track']).toBe('canary');
    expect(progress()).toBeUndefined();
    expect(r.state).toMatchObject({
      'bg-service': 'web',
      'bg-old-color': 'blue',
      'bg-new-color': 'green',
      'bg-base': 'web',
      'bg-phase': 'done',
    });
    expect(r.state['bg-hpa']).toBeUndefined();
    expect(r.state['bg-action']).toBeUndefined();
  });

  it('a canary failing every request once it has users fails its analysis at the first step: every user back on v1, the canary scaled down', async () => {
    await liveV1(h);
    // Healthy until it takes its first users, then every request fails.
    const r = await run('v2', canary('50,100'), {
      onEvent: (e) => {
        if (e.phase === 'step') h.kube.sim.behaviour('registry.example/web:v2', { errorRate: 1 });
      },
    });
    expect(r.result).toMatchObject({ result: 'rolled-back', liveColor: 'blue', previousVersion: 'v1' });
    expect(r.result.rollbackReason).toMatch(/^step 1\/2 \(50%\): analysis failed: /);
    expect(r.result.detectSeconds).toBeGreaterThanOrEqual(0);
    expect(r.result.rollbackSeconds).toBeGreaterThanOrEqual(0);
    expect(r.result.canary?.maxWeight).toBe(50);
    expect(lines(r.timeline.events, 'rollback')).toEqual([
      `error rollback: ${r.result.rollbackReason}; every user is back on blue (v1)`,
    ]);
    expect(selector()).toEqual({ app: 'web', [COLOR]: 'blue' });
    expect([replicas('web-blue'), replicas('web-green')]).toEqual([2, 0]);
    expect(r.state['bg-phase']).toBe('rolled-back');
  });

  it('a canary that never becomes ready never gets a user', async () => {
    await liveV1(h);
    const r = await run('v2-never-ready', canary('50,100'), { readyTimeoutMs: 20_000 });
    expect(r.result.result).toBe('rolled-back');
    expect(r.result.rollbackReason).toMatch(/^green did not become ready at step 1\/2: /);
    expect(r.result.canary).toEqual({ maxWeight: 0, exposure: 0 });
    expect(r.result.rollbackSeconds).toBeUndefined();
    expect(selector()).toEqual({ app: 'web', [COLOR]: 'blue' });
    expect(replicas('web-green')).toBe(0);
  });

  it('a step to analyse with no checks fails: a gate with nothing to check', async () => {
    await liveV1(h);
    writeApp(h.dir, 'registry.example/web:v2');
    const objects = await parseManifests(readFileSync(join(h.dir, 'app.yaml'), 'utf8'), 'app.yaml');
    for (const o of objects) o.metadata.namespace = 'default';
    const r = await deploy({
      kube: h.client,
      clock: h.clock,
      signal: new AbortController().signal,
      settings: {
        strategy: 'canary',
        namespace: 'default',
        service: 'web',
        version: 'v2',
        readyTimeoutMs: 60_000,
        verifyWindowMs: 0,
        scaleDownDelayMs: 0,
        switchTimeoutMs: 60_000,
        router: 'auto',
        checks: [],
        canary: canary('50,100'),
      },
      objects,
      holder: 'test',
      waitForLockMs: 0,
    });
    expect(r.result.rollbackReason).toBe(
      'step 1/2: nothing to analyse (health-checks is empty), and a gate with nothing to check fails',
    );
    expect(selector()).toEqual({ app: 'web', [COLOR]: 'blue' });
  });

  it('a metrics backend that never answers: the step fails, it does not pass', async () => {
    await liveV1(h);
    const r = await run('v2', canary('50,100'), {
      healthChecks: `
- name: error-rate
  kind: prometheus
  url: http://127.0.0.1:9
  query: sum(rate(http_errors{version="{{canary}}"}[1m]))
  threshold: '< 1'
  interval: 2s
  timeout: 1s
`,
    });
    expect(r.result.result).toBe('rolled-back');
    expect(r.result.rollbackReason).toBe(
      "step 1/2 (50%): analysis failed: the window (6s) ended before check 1 ('error-rate') completed a probe",
    );
    expect(selector()).toEqual({ app: 'web', [COLOR]: 'blue' });
  });

  it('a manifest set without the Service in front of the Deployment: one line before anything is written', async () => {
    await liveV1(h);
    const file = writeApp(h.dir, 'registry.example/web:v2');
    writeFileSync(file, readFileSync(file, 'utf8').split('---\n')[0] as string);
    await expect(run2()).rejects.toThrow(
      'A canary needs the Service that fronts Deployment web in the manifests.',
    );
    expect(h.kube.objects.get('Deployment', 'default', 'web-green')).toBeUndefined();
    async function run2() {
      return deployWith(h, { version: 'v2', strategy: 'canary', canary: canary('50,100') });
    }
  });

  it('steps without a pause are not analysed', async () => {
    await liveV1(h);
    const r = await run('v2', canary('50:0,100:0'));
    expect(r.result).toMatchObject({ result: 'promoted', liveColor: 'green', checks: [] });
  });

  it('the same version again changes nothing', async () => {
    await liveV1(h);
    writeApp(h.dir, 'registry.example/web:v1');
    const r = await deployWith(h, { version: 'v1', strategy: 'canary', canary: canary('50,100') });
    expect(r.result).toEqual({
      result: 'promoted',
      version: 'v1',
      previousVersion: 'v1',
      liveColor: 'blue',
      unchanged: true,
      checks: [],
    });
    expect(lines(r.timeline.events, 'plan')).toEqual([
      'ok plan: v1 is already live on blue: nothing to change',
    ]);
  });

  it('a first deploy has nothing to split with: checked, then it takes every user (as blue-green)', async () => {
    const r = await run('v2', canary('50,100'));
    expect(r.result).toMatchObject({ result: 'promoted', liveColor: 'blue' });
    expect(lines(r.timeline.events, 'plan')[0]).toBe(
      'info plan: first deploy of web: no stable version to split traffic with, so v2 is checked and then takes every user',
    );
    expect(selector()).toEqual({ app: 'web', [COLOR]: 'blue' });
  });

  it('a 10 % step on 2 pods is really 33.3 % (a warning); the canary grows to stable’s size for 100 %; stable kept for the delay', async () => {
    await liveV1(h);
    const r = await run('v2', canary('10:0,100:0'), { scaleDownDelayMs: 5_000 });
    expect(r.result).toMatchObject({ result: 'promoted', canary: { maxWeight: 100 } });
    expect(
      lines(r.timeline.events, 'step', 'scale-down').concat(
        lines(r.timeline.events, 'rollout').filter((l) => l.includes('scaled')),
      ),
    ).toEqual([
      'warn step: step 1/2: v2 takes 33.3% of users (requested 10%, actual 33.3% with 1 of 3 pods (no router: the share moves in whole pods))',
      "ok step: step 2/2: v2 takes 100% of users (Service web selects only green's pods)",
      'info scale-down: blue keeps running for 5s before it scales down',
      'info scale-down: blue scaled to 0',
      'info rollout: web-green scaled to 2 pods for 100%',
    ]);
  });

  it('cancelled while a step is analysed: every user back on v1', async () => {
    await liveV1(h);
    const ac = new AbortController();
    const r = await run('v2', canary('50,100'), {
      signal: ac.signal,
      onEvent: (e) => {
        if (e.phase === 'step') ac.abort();
      },
    });
    expect(r.result).toMatchObject({
      result: 'rolled-back',
      rollbackReason: 'cancelled during step 1/2',
      liveColor: 'blue',
    });
    expect(selector()).toEqual({ app: 'web', [COLOR]: 'blue' });
    expect(replicas('web-green')).toBe(0);
  });

  it('cancelled before the first step: users stay on v1, the canary goes', async () => {
    await liveV1(h);
    const ac = new AbortController();
    ac.abort();
    const r = await run('v2', canary('50,100'), { signal: ac.signal });
    expect(r.result).toMatchObject({ result: 'rolled-back', rollbackReason: 'cancelled before step 1/2' });
    expect(selector()).toEqual({ app: 'web', [COLOR]: 'blue' });
    expect(replicas('web-green')).toBe(0);
  });
});

describe('canary with an HPA', () => {
  const withHpa = (tag: string, minReplicas: number, maxReplicas: number) => {
    const file = writeApp(h.dir, `registry.example/web:${tag}`);
    appendFileSync(
      file,
      `---
apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: web
spec:
  scaleTargetRef:
    apiVersion: apps/v1
    kind: Deployment
    name: web
  minReplicas: ${minReplicas}
  maxReplicas: ${maxReplicas}
  metrics:
    - type: Resource
      resource:
        name: cpu
        target:
          type: Utilization
          averageUtilization: 50
`,
    );
  };
  const hpa = () =>
    h.kube.objects.get('HorizontalPodAutoscaler', 'default', 'web')?.spec as
      { scaleTargetRef?: { name?: string }; minReplicas?: number; maxReplicas?: number } | undefined;

  it('stable keeps its HPA, never below its size during the canary; the HPA follows the canary on promotion', async () => {
    withHpa('v1', 1, 5);
    const first = await deployWith(h, { version: 'v1', verifyWindowMs: 6_000, scaleDownDelayMs: 0 });
    expect(first.result.result).toBe('promoted');
    const state: Record<string, string> = {};
    const during: unknown[] = [];
    withHpa('v2', 1, 5);
    const r = await deployWith(h, {
      version: 'v2',
      strategy: 'canary',
      canary: canary('50,100'),
      scaleDownDelayMs: 0,
      saveState: (k, v) => (state[k] = v),
      onEvent: (e) => {
        if (e.phase === 'step' && during.length === 0) during.push(structuredClone(hpa()));
      },
    });
    expect(r.result).toMatchObject({ result: 'promoted', liveColor: 'green' });
    const stableSize = Number(/\((\d+) pods?\)/.exec(lines(r.timeline.events, 'plan')[0] ?? '')?.[1]);
    expect(during[0]).toMatchObject({
      scaleTargetRef: { name: 'web-blue' },
      minReplicas: Math.min(5, Math.max(1, stableSize)),
      maxReplicas: 5,
    });
    expect(lines(r.timeline.events, 'plan')[1]).toBe(
      `info plan: HPA web keeps scaling web-blue, not below ${stableSize} until the canary ends: stable can take every user back at once`,
    );
    expect(lines(r.timeline.events, 'promote')).toEqual([
      'ok promote: v2 on green serves every user; HPA web now scales web-green',
    ]);
    expect(hpa()?.scaleTargetRef?.name).toBe('web-green');
    expect(state['bg-hpa']).toBe('web');
  });

  it('an aborted canary gives the HPA back to stable as it was', async () => {
    withHpa('v1', 1, 5);
    expect(
      (await deployWith(h, { version: 'v1', verifyWindowMs: 6_000, scaleDownDelayMs: 0 })).result.result,
    ).toBe('promoted');
    withHpa('v2', 1, 5);
    await run('v2', canary('50:manual,100'));
    withHpa('v2', 1, 5);
    const r = await deployWith(h, {
      version: 'v2',
      strategy: 'canary',
      canary: canary('50:manual,100', { action: 'abort' }),
      scaleDownDelayMs: 0,
    });
    expect(r.result.result).toBe('rolled-back');
    expect(lines(r.timeline.events, 'rollback')).toEqual([
      'error rollback: aborted at the manual step 1/2 (action: abort); every user is back on blue (v1), HPA web scales web-blue as before',
    ]);
    expect(hpa()).toMatchObject({ scaleTargetRef: { name: 'web-blue' }, minReplicas: 1 });
  });
});

describe('canary manual gates', () => {
  it('pauses at a manual step; other runs are refused; promote finishes it', async () => {
    await liveV1(h);
    const paused = await run('v2', canary('50:manual,100'));
    expect(paused.result).toMatchObject({
      result: 'paused',
      liveColor: 'blue',
      canary: { pausedAt: 50, maxWeight: 50 },
    });
    expect(lines(paused.timeline.events, 'pause')).toEqual([
      'ok pause: v2 holds 50% of users at step 1/2 (a manual step). To go on, run the deploy again with action: promote; to put every user back on blue, action: abort (service-deploy: input canary-action, e.g. from a workflow_dispatch).',
    ]);
    expect(JSON.parse(progress() ?? '{}')).toEqual({
      version: 'v2',
      canary: 'green',
      step: 0,
      weight: 50,
      startStable: 2,
      paused: true,
    });
    expect(paused.state['bg-phase']).toBe('paused');

    await expect(run('v2', canary('50:manual,100'))).rejects.toThrow(
      'A canary of web (v2) is paused at 50%: run the deploy with action promote or abort first.',
    );
    await expect(run('v2', canary('50,100'), { strategy: 'blue-green' })).rejects.toThrow(
      'A canary of web (v2) is paused at 50%: run the deploy with strategy canary and action promote or abort first.',
    );
    await expect(
      run('v3', canary('50:manual,100', { action: 'promote' }), { version: 'v3' }),
    ).rejects.toThrow(
      "Invalid input 'action': 'promote'. Expected the version of the paused canary (v2); this run deploys v3.",
    );

    const done = await run('v2', canary('50:manual,100', { action: 'promote' }));
    expect(done.result).toMatchObject({ result: 'promoted', liveColor: 'green', previousVersion: 'v1' });
    expect(lines(done.timeline.events, 'resume', 'step')).toEqual([
      'info resume: v2 holds 50% at step 1/2 (a manual step); action: promote',
      'ok step: step 1/2: v2 takes 50% of users (requested 50%, actual 50% with 2 of 4 pods)',
      "ok step: step 2/2: v2 takes 100% of users (Service web selects only green's pods)",
    ]);
    expect(selector()).toEqual({ app: 'web', [COLOR]: 'green' });
    expect([replicas('web-blue'), replicas('web-green')]).toEqual([0, 2]);
    expect(dep('web-green')?.metadata.annotations?.[CANARY_ANNOTATION]).toBeUndefined();
  });

  it('abort puts every user back on stable and scales the canary down', async () => {
    await liveV1(h);
    await run('v2', canary('50:manual,100'));
    const r = await run('v2', canary('50:manual,100', { action: 'abort' }));
    expect(r.result).toMatchObject({
      result: 'rolled-back',
      rollbackReason: 'aborted at the manual step 1/2 (action: abort)',
      liveColor: 'blue',
      previousVersion: 'v1',
    });
    expect(selector()).toEqual({ app: 'web', [COLOR]: 'blue' });
    expect([replicas('web-blue'), replicas('web-green')]).toEqual([2, 0]);
    expect(progress()).toBeUndefined();
  });

  it('promote with nothing paused: one error naming the input', async () => {
    await liveV1(h);
    await expect(run('v2', canary('50,100', { action: 'promote' }))).rejects.toThrow(
      "Invalid input 'action': 'promote'. Expected run: no canary of web is paused at a manual step.",
    );
  });
});

describe('canary through the ALB', () => {
  it('each step on the ALB rules, the restore action saved for the post step, stable drained before it goes', async () => {
    const p = await harness({ gates: true });
    try {
      writePlatformApp(p.dir, 'registry.example/web:v1', { hpa: false, replicas: 2 });
      const v1 = await deployWith(p, { version: 'v1', verifyWindowMs: 6_000, scaleDownDelayMs: 0 });
      expect(v1.result.result).toBe('promoted');
      writePlatformApp(p.dir, 'registry.example/web:v2', { hpa: false, replicas: 2 });
      const state: Record<string, string> = {};
      const r = await deployWith(p, {
        version: 'v2',
        strategy: 'canary',
        canary: canary('50:0,100:0'),
        scaleDownDelayMs: 0,
        saveState: (k, v) => (state[k] = v),
      });
      expect(r.result).toMatchObject({ result: 'promoted', liveColor: 'green', canary: { maxWeight: 100 } });
      expect(lines(r.timeline.events, 'step', 'scale-down')).toEqual([
        "ok step: step 1/2: v2 takes 50% of users (the ALB's rules forward 50% to web-green, 50% to web-blue)",
        "ok step: step 2/2: v2 takes 100% of users (the ALB's rules forward 100% to web-green, 0% to web-blue)",
        'info scale-down: blue has no ALB weight; 10s for requests in flight',
        'info scale-down: blue scaled to 0',
      ]);
      expect(state).toMatchObject({
        'bg-action': 'alb.ingress.kubernetes.io/actions.web',
        'bg-ingress': 'web',
        'bg-phase': 'done',
      });
      expect(JSON.parse(state['bg-restore-action'] ?? '{}').forwardConfig.targetGroups).toEqual([
        { serviceName: 'web-blue', servicePort: '80', weight: 100 },
        { serviceName: 'web-green', servicePort: '80', weight: 0 },
      ]);
      const ing = p.kube.objects.get('Ingress', 'default', 'web');
      const action = JSON.parse(ing?.metadata.annotations?.['alb.ingress.kubernetes.io/actions.web'] ?? '{}');
      expect(action.forwardConfig.targetGroups.map((t: { weight: number }) => t.weight)).toEqual([0, 100]);
    } finally {
      await p.close();
    }
  });
});
