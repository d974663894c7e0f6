/**
 * The canary through the ALB (the AWS Load Balancer Controller and ELBv2 emulated, on the virtual clock): the restore
 * action the post step needs is saved before the first weight, a version that lost its users drains 10 s before it
 * goes, and a failed canary's exposure ends when users are confirmed back on stable, not after the drain. Apart from
 * the fast step units: each test deploys v1 behind the ALB first.
 */
import { describe, expect, it } from '@jest/globals';
import { readFileSync, writeFileSync } from 'node:fs';
import {
  deployWith,
  harness,
  writePlatformApp,
  canaryOf as canary,
  timelineLines as lines,
} from './deploy/harness.js';

describe('through the ALB', () => {
  it('the restore action is saved before the first weight (a run dying in step 1 is put back), stable drains its 10 s', async () => {
    const p = await harness({ gates: true });
    try {
      writePlatformApp(p.dir, 'registry.example/web:v1', { hpa: false, replicas: 2 });
      const v1 = await deployWith(p, { version: 'v1', verifyWindowMs: 6_000, scaleDownDelayMs: 0 });
      expect(v1.result.result).toBe('promoted');
      writePlatformApp(p.dir, 'registry.example/web:v2', { hpa: false, replicas: 2 });
      const state: Record<string, string> = {};
      const atStep1: Record<string, string>[] = [];
      const r = await deployWith(p, {
        version: 'v2',
        strategy: 'canary',
        canary: canary('50:0,100:0'),
        scaleDownDelayMs: 0,
        saveState: (k, v) => (state[k] = v),
        onEvent: (e) => {
          if (e.phase === 'weights' && atStep1.length === 0) atStep1.push({ ...state });
        },
      });
      expect(r.result).toMatchObject({ result: 'promoted', liveColor: 'green' });
      expect(atStep1[0]).toMatchObject({
        'bg-action': 'alb.ingress.kubernetes.io/actions.web',
        'bg-ingress': 'web',
        'bg-phase': 'switching',
      });
      expect(JSON.parse(atStep1[0]?.['bg-restore-action'] ?? '{}').forwardConfig.targetGroups).toEqual([
        { serviceName: 'web-blue', servicePort: '80', weight: 100 },
        { serviceName: 'web-green', servicePort: '80', weight: 0 },
      ]);
      const at = (message: string) => r.timeline.events.find((e) => e.message === message)?.at ?? NaN;
      expect(at('blue scaled to 0') - at('blue has no ALB weight; 10s for requests in flight')).toBe(10_000);
    } finally {
      await p.close();
    }
  });

  it('a failed canary: its exposure ends when users are confirmed back, not after the drain', async () => {
    const p = await harness({ gates: true });
    try {
      writePlatformApp(p.dir, 'registry.example/web:v1', { hpa: false, replicas: 2 });
      const v1 = await deployWith(p, { version: 'v1', verifyWindowMs: 6_000, scaleDownDelayMs: 0 });
      expect(v1.result.result).toBe('promoted');
      writePlatformApp(p.dir, 'registry.example/web:v2', { hpa: false, replicas: 2 });
      const r = await deployWith(p, {
        version: 'v2',
        strategy: 'canary',
        canary: canary('50,100'),
        scaleDownDelayMs: 0,
        onEvent: (e) => {
          if (e.phase === 'step') p.kube.sim.behaviour('registry.example/web:v2', { errorRate: 1 });
        },
      });
      expect(r.result).toMatchObject({ result: 'rolled-back', liveColor: 'blue', canary: { maxWeight: 50 } });
      const at = (phase: string, message: string) =>
        r.timeline.events.find((e) => e.phase === phase && e.message.startsWith(message))?.at ?? NaN;
      const since = at('step', 'step 1/2');
      const back = at('rollback', '');
      const end = at('scale-down', 'green scaled to 0');
      // v2 had half of the users from its first step until they were confirmed back on blue, none during the drain.
      expect(end - back).toBe(10_000);
      expect(r.result.canary?.exposure).toBe(
        Math.round((0.5 * (back - since) * 10_000) / (end - since)) / 10_000,
      );
    } finally {
      await p.close();
    }
  });

  it('cancelled while the ALB takes the first weight: every user back on v1, the canary goes', async () => {
    const p = await harness({ gates: true });
    try {
      writePlatformApp(p.dir, 'registry.example/web:v1', { hpa: false, replicas: 2 });
      const v1 = await deployWith(p, { version: 'v1', verifyWindowMs: 6_000, scaleDownDelayMs: 0 });
      expect(v1.result.result).toBe('promoted');
      writePlatformApp(p.dir, 'registry.example/web:v2', { hpa: false, replicas: 2 });
      const ac = new AbortController();
      const r = await deployWith(p, {
        version: 'v2',
        strategy: 'canary',
        canary: canary('50,100'),
        scaleDownDelayMs: 0,
        signal: ac.signal,
        onEvent: (e) => {
          if (e.phase === 'weights') ac.abort();
        },
      });
      expect(r.result).toMatchObject({
        result: 'rolled-back',
        rollbackReason: 'cancelled at step 1/2',
        liveColor: 'blue',
        canary: { maxWeight: 0 },
      });
      // The weight may have landed: 0 was asked for and confirmed before the canary went.
      expect(r.result.rollbackSeconds).toBeDefined();
      expect(lines(r.timeline.events, 'step', 'rollback', 'scale-down')).toEqual([
        'error rollback: cancelled at step 1/2; every user is back on blue (v1)',
        'info scale-down: green has no ALB weight; 10s for requests in flight',
        'info scale-down: green scaled to 0',
      ]);
      const ing = p.kube.objects.get('Ingress', 'default', 'web');
      const action = JSON.parse(ing?.metadata.annotations?.['alb.ingress.kubernetes.io/actions.web'] ?? '{}');
      expect(action.forwardConfig.targetGroups).toEqual([
        { serviceName: 'web-blue', servicePort: '80', weight: 100 },
        { serviceName: 'web-green', servicePort: '80', weight: 0 },
      ]);
    } finally {
      await p.close();
    }
  });

  it('canary targets that never pass the ALB health check (no readiness gates): aborted before any weight', async () => {
    const p = await harness({ gates: false });
    try {
      writePlatformApp(p.dir, 'registry.example/web:v1', { hpa: false, replicas: 2 });
      const v1 = await deployWith(p, { version: 'v1', verifyWindowMs: 6_000, scaleDownDelayMs: 0 });
      expect(v1.result.result).toBe('promoted');
      const file = writePlatformApp(p.dir, 'registry.example/web:v2', { hpa: false, replicas: 2 });
      writeFileSync(
        file,
        readFileSync(file, 'utf8').replace(
          'healthcheck-path: /healthz',
          'healthcheck-path: /healthz\n    alb.ingress.kubernetes.io/success-codes: "204"',
        ),
      );
      const r = await deployWith(p, {
        version: 'v2',
        strategy: 'canary',
        canary: canary('50,100'),
        scaleDownDelayMs: 0,
        readyTimeoutMs: 20_000,
      });
      expect(r.result).toMatchObject({ result: 'rolled-back', liveColor: 'blue', canary: { maxWeight: 0 } });
      expect(r.result.rollbackReason).toMatch(
        /^green not healthy on the ALB within 20s: 0 of \d+ targets? healthy \((initial|unhealthy)\) at step 1\/2$/,
      );
      // No weight was asked for: none to take back.
      expect(lines(r.timeline.events, 'weights', 'step')).toEqual([]);
      expect(r.result.rollbackSeconds).toBeUndefined();
      // The release is put back: v2's ALB settings (they apply to stable's target group too) leave the Ingress.
      const ing = p.kube.objects.get('Ingress', 'default', 'web');
      expect(ing?.metadata.annotations?.['alb.ingress.kubernetes.io/success-codes']).toBeUndefined();
      const action = JSON.parse(ing?.metadata.annotations?.['alb.ingress.kubernetes.io/actions.web'] ?? '{}');
      expect(action.forwardConfig.targetGroups).toEqual([
        { serviceName: 'web-blue', servicePort: '80', weight: 100 },
        { serviceName: 'web-green', servicePort: '80', weight: 0 },
      ]);
    } finally {
      await p.close();
    }
  });
});
