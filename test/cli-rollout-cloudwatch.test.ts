/**
 * `keelson rollout --simulate --strategy canary --analysis cloudwatch`: the canary is judged on the ALB's own
 * per-target-group metrics, from the simulator's CloudWatch (computed from the ALB's request log), as a platform team
 * would judge it in AWS.
 */
import { describe, expect, it, jest } from '@jest/globals';
import { fileURLToPath } from 'node:url';
import { cliIn } from './helpers/cli.js';

jest.setTimeout(180_000);

const sample = fileURLToPath(new URL('../examples/sample-service/', import.meta.url));
const ALB = ['k8s/deployment.yaml', 'k8s/service.yaml', 'k8s/hpa.yaml', 'k8s/ingress.yaml'].flatMap((f) => [
  '--manifests',
  f,
]);

interface Out {
  result: string;
  rollbackReason?: string;
  canary?: { maxWeight: number; exposure: number };
  trafficDuring: { errorsByCause: Record<string, number> };
  final: { services: Record<string, { selector: Record<string, string> }> };
  timeline: { phase: string; message: string; t: number }[];
}

async function rollout(image: string, ...extra: string[]): Promise<{ code: number; json: Out; err: string }> {
  const r = await cliIn(
    sample,
    'rollout',
    '--simulate',
    '--format',
    'json',
    '--service',
    'sample-service',
    ...ALB,
    '--previous-image',
    'ghcr.io/acme/sample-service:v1',
    '--set-image',
    image,
    '--traffic',
    '50',
    ...extra,
  );
  return { code: r.code, json: (r.out ? JSON.parse(r.out) : {}) as Out, err: r.err };
}

describe('keelson rollout --simulate --analysis cloudwatch', () => {
  it('a canary failing 30 % of requests is caught by its target group 5xx ratio at its first step; a good one is promoted', async () => {
    const bad = await rollout(
      'ghcr.io/acme/sample-service:v2-errors-30',
      '--strategy',
      'canary',
      '--analysis',
      'cloudwatch',
      '--steps',
      '10,50,100',
      '--step-duration',
      '4m',
      '--analysis-interval',
      '10s',
    );
    expect(bad.code).toBe(1);
    expect(bad.json.result).toBe('rolled-back');
    expect(bad.json.rollbackReason).toMatch(
      /^step 1\/3 \(10%\): analysis failed: check 2 \('alb-5xx-ratio'\) failed 2 consecutive probes: HTTPCode_Target_5XX_Count\/RequestCount of canary targetgroup\/\S+ over 5m: 0\.\d+ \(\d+ of \d+ requests\) is not <= 1\.5 × stable 0 \(0 of \d+ requests\) \+ 0\.01 = 0\.01$/,
    );
    // The simulator's CloudWatch publishes the ALB's metrics per minute, a minute after the minute ends: until then
    // the probes are inconclusive, and the verdict comes once the canary's first minute is published.
    const at = (phase: string): number => bad.json.timeline.find((e) => e.phase === phase)?.t ?? NaN;
    expect(
      bad.json.timeline.some((e) =>
        /^alb-5xx-ratio: CloudWatch has no datapoints of .* \(not counted\)$/.test(e.message),
      ),
    ).toBe(true);
    expect(at('rollback') - at('step')).toBeGreaterThan(60);
    expect(at('rollback') - at('step')).toBeLessThan(240);
    expect(bad.json.canary?.maxWeight).toBe(10);
    expect(bad.json.canary?.exposure).toBeLessThanOrEqual(0.1);
    expect(bad.json.trafficDuring.errorsByCause['load-balancer'] ?? 0).toBe(0);
    expect(bad.json.final.services['sample-service'].selector['keelson.dev/color']).toBe('blue');

    const good = await rollout(
      'ghcr.io/acme/sample-service:v2',
      '--strategy',
      'canary',
      '--analysis',
      'cloudwatch',
      '--steps',
      '20,100',
      '--step-duration',
      '3m',
      '--scale-down-delay',
      '0',
    );
    expect([good.code, good.json.result, good.json.rollbackReason ?? '']).toEqual([0, 'promoted', '']);
    expect(good.json.final.services['sample-service'].selector['keelson.dev/color']).toBe('green');
  });

  it('an alarm the simulation defines on the ALB goes to ALARM under the bad canary and fails its step', async () => {
    const r = await rollout(
      'ghcr.io/acme/sample-service:v2-errors-30',
      '--strategy',
      'canary',
      '--health-checks=- {name: alarms, kind: cloudwatch, alarms: [web-5xx]}',
      '--alarm',
      'web-5xx=HTTPCode_Target_5XX_Count>5',
      '--steps',
      '10,100',
      '--step-duration',
      '4m',
    );
    expect(r.code).toBe(1);
    expect(r.json.rollbackReason).toMatch(
      /^step 1\/2 \(10%\): analysis failed: check 1 \('alarms'\) failed 2 consecutive probes: alarm 'web-5xx' is in ALARM: Threshold Crossed: 1 datapoint\(s\) \[\d+ \(\S+\)\] greater than the threshold \(5\)\.$/,
    );
    expect(r.json.canary?.maxWeight).toBe(10);
    expect(r.json.final.services['sample-service'].selector['keelson.dev/color']).toBe('blue');
  });

  it.each([
    [
      ['--strategy', 'blue-green', '--analysis', 'cloudwatch'],
      "Invalid input 'analysis': 'cloudwatch'. Expected default with strategy blue-green (cloudwatch compares the canary's target group with stable's: strategy canary).",
    ],
    [
      ['--strategy', 'canary', '--analysis', 'cloudwatch', '--health-checks=- {kind: tcp, host: "a:1"}'],
      "Invalid input 'analysis': 'cloudwatch'. Expected default when health-checks is given (add kind: cloudwatch checks to health-checks instead).",
    ],
    [
      ['--strategy', 'canary', '--alarm', 'web-5xx=Latency>5'],
      "Invalid input 'alarm': 'web-5xx=Latency>5'. Expected NAME=METRIC>THRESHOLD such as web-5xx=HTTPCode_Target_5XX_Count>5, METRIC one of RequestCount, HTTPCode_Target_2XX_Count, HTTPCode_Target_4XX_Count, HTTPCode_Target_5XX_Count, HTTPCode_ELB_5XX_Count, TargetResponseTime.",
    ],
    [
      ['--strategy', 'canary', '--analysis', 'datadog'],
      "Invalid input 'analysis': 'datadog'. Expected one of: default | cloudwatch.",
    ],
  ])('%j is one error line naming the flag, exit 2', async (flags, line) => {
    const r = await rollout('ghcr.io/acme/sample-service:v2', ...flags);
    expect(r.code).toBe(2);
    expect(r.err.trim().split('\n')[0]).toContain(line);
  });
});
