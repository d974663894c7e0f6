/**
 * A canary router that stops confirming weights (the Gateway API controller paused mid-step, on the emulator's
 * virtual clock): the step fails, weight 0 cannot be confirmed either, so the canary keeps running and the run
 * fails — nothing that may still receive users is taken away. Separate from the fast analysis units: it waits out
 * three switch timeouts.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  deployWith,
  harness,
  writePlatformApp,
  type Harness,
  canaryOf as canary,
  timelineLines as lines,
  clusterReads,
} from './deploy/harness.js';

const COLOR = 'keelson.dev/color';
let h: Harness;
const { replicas, selector } = clusterReads(() => h);
beforeEach(async () => {
  h = await harness({ gates: true, gatewayLagMs: 2_000 });
});
afterEach(async () => {
  await h.close();
});

describe('a router that cannot confirm users back on stable', () => {
  it('the Gateway API controller stops answering at step 1: the step fails, weight 0 is not confirmed three times, the canary keeps running and the run fails', async () => {
    h.kube.objects.create({
      apiVersion: 'gateway.networking.k8s.io/v1',
      kind: 'Gateway',
      metadata: { name: 'gw', namespace: 'default' },
      spec: { gatewayClassName: 'keelson-sim', listeners: [{ name: 'http', port: 80, protocol: 'HTTP' }] },
    });
    const route = `apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata:
  name: web
spec:
  parentRefs:
    - name: gw
  rules:
    - backendRefs:
        - name: web
          port: 80
`;
    const gw = (tag: string) => {
      writePlatformApp(h.dir, `registry.example/web:${tag}`, { ingress: false });
      writeFileSync(join(h.dir, 'route.yaml'), route);
      return deployWith(h, {
        version: tag,
        strategy: 'canary',
        router: 'gateway-api',
        manifests: ['app.yaml', 'route.yaml'],
        canary: canary('50,100'),
        verifyWindowMs: 6_000,
        switchTimeoutMs: 10_000,
        scaleDownDelayMs: 0,
        healthChecks: '',
        onEvent: (e) => {
          if (tag === 'v2' && e.phase === 'weights' && e.message.startsWith('step 1/2'))
            h.kube.sim.gateways?.pause();
        },
      });
    };
    expect((await gw('v1')).result.result).toBe('promoted');
    const r = await gw('v2');
    expect(r.result).toMatchObject({ result: 'failed', liveColor: 'blue', previousVersion: 'v1' });
    expect(r.result.rollbackReason).toMatch(
      /^step 1\/2 \(50%\) did not take: .+; the router did not confirm users back on blue: .+$/,
    );
    expect(r.result.rollbackSeconds).toBeUndefined();
    expect(lines(r.timeline.events, 'rollback')).toEqual([
      expect.stringMatching(
        /^error rollback: step 1\/2 \(50%\) did not take: .+; users could not be confirmed back on blue: .+\. web-green keeps running until they are$/,
      ),
    ]);
    // Nothing that could still receive users was taken away: the canary runs, the Service still selects blue.
    expect(replicas('web-green')).toBeGreaterThan(0);
    expect(selector()).toEqual({ app: 'web', [COLOR]: 'blue' });
    h.kube.sim.gateways?.resume();
  });
});
