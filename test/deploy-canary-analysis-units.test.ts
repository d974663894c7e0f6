/**
 * The canary's step analysis on the emulator's virtual clock, against a metrics backend that answers what each test
 * scripts (a Prometheus HTTP API answer per probe): a flapping check fails, a check whose last probe failed holds the weight for one more round, and CloudWatch checks without an ALB are
 * refused before anything is written. Each test asserts the result line, the timeline and what is left in the
 * cluster (selector, replicas).
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { CanarySettings } from '../src/lib/deploy/canary-settings.js';
import type { TimelineEvent } from '../src/lib/deploy/timeline.js';
import {
  deployWith,
  harness,
  liveV1,
  writeApp,
  type Harness,
  canaryOf as canary,
  timelineLines as lines,
  clusterReads,
} from './deploy/harness.js';

const COLOR = 'keelson.dev/color';
let h: Harness;
const { dep, replicas, selector } = clusterReads(() => h);
beforeEach(async () => {
  h = await harness();
});
afterEach(async () => {
  await h.close();
});

/** The metrics backend: each probe gets the next scripted value (the last one repeats); `null` = no series. */
let script: (number | null)[] = [];
let asked = 0;
let server: http.Server;
let backend: string;
beforeAll(async () => {
  server = http.createServer((_req, res) => {
    const v = script[Math.min(asked, script.length - 1)];
    asked++;
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(
      JSON.stringify({
        status: 'success',
        data: { resultType: 'vector', result: v === null ? [] : [{ metric: {}, value: [0, String(v)] }] },
      }),
    );
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  backend = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise<void>((r) => server.close(() => r()));
});
beforeEach(() => {
  asked = 0;
});

const CHECK = () => `
- name: error-rate
  kind: prometheus
  url: ${backend}
  query: sum(rate(http_errors{version="{{canary}}"}[1m]))
  threshold: '< 1'
  interval: 2s
  timeout: 1s
`;

async function run(c: CanarySettings, healthChecks = CHECK(), onEvent?: (e: TimelineEvent) => void) {
  writeApp(h.dir, 'registry.example/web:v2');
  return deployWith(h, {
    version: 'v2',
    strategy: 'canary',
    canary: c,
    scaleDownDelayMs: 0,
    healthChecks,
    onEvent,
  });
}

/** How many probes the first step's window takes on this clock: a clean canary, counted up to step 2. */
async function probesInFirstWindow(): Promise<number> {
  await liveV1(h);
  script = [0];
  let n = 0;
  const first = await run(canary('50,100'), CHECK(), (e) => {
    if (e.phase === 'weights' && e.message.startsWith('step 2/2')) n = asked;
  });
  expect(first.result.result).toBe('promoted');
  await h.close();
  h = await harness();
  asked = 0;
  return n;
}

describe('canary step analysis', () => {
  it('a check failing every other probe never fails twice in a row, yet fails the step as flapping', async () => {
    await liveV1(h);
    script = Array.from({ length: 40 }, (_, i) => (i % 2 === 0 ? 0 : 5));
    const r = await run(canary('50:20s,100'));
    expect(r.result).toMatchObject({ result: 'rolled-back', liveColor: 'blue' });
    expect(r.result.rollbackReason).toMatch(
      /^step 1\/2 \(50%\): analysis failed: check 'error-rate' failed \d+ times in this step, never 2 in a row \(flapping\): value 5 is not < 1$/,
    );
    expect(Number(/failed (\d+) times/.exec(r.result.rollbackReason ?? '')?.[1])).toBeGreaterThan(2);
    expect(selector()).toEqual({ app: 'web', [COLOR]: 'blue' });
    expect([replicas('web-blue'), replicas('web-green')]).toEqual([2, 0]);
  });

  it('two failures spread over the step are not yet flapping: the limit is more than failure-limit', async () => {
    await liveV1(h);
    // fail, pass, fail, then passes: 2 failures in the step, never 2 in a row, the last probe clean.
    script = [5, 0, 5, 0];
    const r = await run(canary('50:20s,100'));
    expect([r.result.result, r.result.rollbackReason ?? '']).toEqual(['promoted', '']);
    expect(lines(r.timeline.events, 'analysis 50%').filter((l) => l.includes('holding'))).toEqual([]);
    expect(selector()).toEqual({ app: 'web', [COLOR]: 'green' });
  });

  it('a last probe that failed holds the weight for one more round, which decides: pass', async () => {
    await liveV1(h);
    // Probes pass until the window's last one, which fails; the round after passes.
    const perWindow = await probesInFirstWindow();
    expect(perWindow).toBeGreaterThan(1);
    await liveV1(h);
    script = [...Array.from({ length: perWindow - 1 }, () => 0), 5, 0];
    const r = await run(canary('50,100'));
    expect([r.result.result, r.result.rollbackReason ?? '']).toEqual(['promoted', '']);
    expect(lines(r.timeline.events, 'analysis 50%').filter((l) => l.includes('holding'))).toEqual([
      "warn analysis 50%: holding the weight: 'error-rate' failed its last probe",
    ]);
    // The hold came before the weight rose to 100 %.
    const at = (needle: string) => r.timeline.events.findIndex((e) => e.message.includes(needle));
    expect(at('holding the weight')).toBeLessThan(at('step 2/2: v2 takes 100%'));
    expect(asked).toBeGreaterThan(perWindow);
    expect(selector()).toEqual({ app: 'web', [COLOR]: 'green' });
  });

  it('a last probe that failed and the next one too: the step fails at the failure limit', async () => {
    await liveV1(h);
    const perWindow = await probesInFirstWindow();
    await liveV1(h);
    script = [...Array.from({ length: perWindow - 1 }, () => 0), 5];
    const r = await run(canary('50,100'));
    expect(r.result).toMatchObject({ result: 'rolled-back', liveColor: 'blue' });
    expect(r.result.rollbackReason).toMatch(
      /^step 1\/2 \(50%\): analysis failed: check 1 \('error-rate'\) failed 2 consecutive probes: /,
    );
    expect(selector()).toEqual({ app: 'web', [COLOR]: 'blue' });
    expect(replicas('web-green')).toBe(0);
  });
});

describe('CloudWatch analysis needs the canary behind an ALB', () => {
  it('analysis cloudwatch with the replicas router: one line naming the input, nothing written', async () => {
    await liveV1(h);
    writeApp(h.dir, 'registry.example/web:v2');
    await expect(
      deployWith(h, {
        version: 'v2',
        strategy: 'canary',
        canary: canary('50,100'),
        analysis: 'cloudwatch',
        healthChecks: '',
        awsRegion: 'eu-west-1',
      }),
    ).rejects.toThrow(
      "Invalid input 'analysis': 'cloudwatch'. Expected default: the canary of web has no ALB (router replicas), so no target group of its own to read from CloudWatch",
    );
    expect(dep('web-green')).toBeUndefined();
    expect(selector()).toEqual({ app: 'web', [COLOR]: 'blue' });
  });

  it('a CloudWatch metric check without a target group, with the replicas router: the check and field named', async () => {
    await liveV1(h);
    writeApp(h.dir, 'registry.example/web:v2');
    await expect(
      deployWith(h, {
        version: 'v2',
        strategy: 'canary',
        canary: canary('50,100'),
        awsRegion: 'eu-west-1',
        healthChecks: `
- name: alb-5xx
  kind: cloudwatch
  metric: 5xx-ratio
  window: 1m
  threshold: '< 0.05'
`,
      }),
    ).rejects.toThrow(
      /^Invalid input 'health-checks': check 1 \('alb-5xx'\) field 'target-group': '.*'\. Expected a target group ARN with load-balancer: the canary of web has no ALB \(router replicas\), so it has no target group of its own\.$/,
    );
    expect(dep('web-green')).toBeUndefined();
  });
});
