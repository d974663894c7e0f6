/**
 * The runner: consecutive thresholds, parallel checks on their own intervals, until-healthy and watch verdicts,
 * detection time in clock time, timeouts and aborts. ManualClock where the outside system is in memory,
 * ScaledClock where real servers answer.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ManualClock, ScaledClock } from '../src/lib/clock.js';
import { PolicyError } from '../src/lib/errors.js';
import { Masker } from '../src/lib/mask.js';
import {
  assertHealthy,
  checksFromValue,
  renderChecksSummary,
  renderChecksTable,
  runChecks,
  type PodLike,
  type PodSource,
  type ProbeEvent,
  type RunResult,
} from '../src/lib/health/index.js';
import { MemoryPods, pod, startService, type Service } from './health/servers.js';

const S = 1000;
const kube = { kind: 'kubernetes', namespace: 'prod', selector: 'app=api' };
const READY = [pod('api-1')];
const NOT_READY = [pod('api-1', { ready: false })];

/** Advances a manual clock in small steps until the run settles. */
async function drive<T>(clock: ManualClock, run: Promise<T>, step = S, maxSteps = 10_000): Promise<T> {
  let done = false;
  run.then(
    () => (done = true),
    () => (done = true),
  );
  for (let i = 0; i < maxSteps && !done; i++) await clock.advance(step);
  return run;
}

function scripted(...lists: PodLike[][]): MemoryPods {
  const pods = new MemoryPods();
  pods.script = lists;
  return pods;
}

describe('consecutive thresholds (ManualClock, in-memory pods)', () => {
  it('until-healthy passes once success-threshold probes in a row pass; a failure resets the count', async () => {
    const clock = new ManualClock();
    const start = clock.now();
    const specs = checksFromValue([
      { ...kube, interval: '10s', timeout: '5s', 'success-threshold': 3, 'failure-threshold': 3 },
    ]);
    const pods = scripted(READY, READY, NOT_READY, READY, READY, READY);
    const result = await drive(clock, runChecks(specs, { clock, mode: 'until-healthy', pods }));
    expect(result.status).toBe('passed');
    expect(result.reason).toBe('the check is healthy after 50s');
    expect(result.verdictAt - start).toBe(50 * S);
    expect(result.checks[0]).toMatchObject({
      status: 'passed',
      probes: 6,
      failures: 1,
      consecutiveSuccesses: 3,
      consecutiveFailures: 0,
      lastError: '1 of 1 pods not Ready: api-1',
      firstFailureAt: start + 20 * S,
      verdictAt: start + 50 * S,
    });
    expect(result.firstFailureAt).toBeUndefined();
  });

  it('watch fails only on failure-threshold failures in a row; a success resets the count', async () => {
    const clock = new ManualClock();
    const start = clock.now();
    const specs = checksFromValue([{ ...kube, interval: '10s', timeout: '5s', 'failure-threshold': 3 }]);
    const N = NOT_READY;
    const pods = scripted(N, N, READY, N, N, READY, N, N, N, READY);
    const result = await drive(
      clock,
      runChecks(specs, { clock, mode: 'watch', deadline: start + 10 * 60 * S, pods }),
    );
    expect(result.status).toBe('failed');
    expect(result.failedCheck).toBe('kubernetes-1');
    expect(result.reason).toBe(
      "check 1 ('kubernetes-1') failed 3 consecutive probes: 1 of 1 pods not Ready: api-1",
    );
    expect(result.checks[0]).toMatchObject({
      status: 'failed',
      probes: 9,
      failures: 7,
      firstFailureAt: start,
      failingSince: start + 60 * S,
    });
    // The streak that failed the check started at probe 7 (60 s); the verdict came with probe 9 (80 s).
    expect(result.firstFailureAt).toBe(start + 60 * S);
    expect(result.verdictAt).toBe(start + 80 * S);
    expect(result.detectMs).toBe(20 * S);
    expect(result.detectMs).toBeLessThanOrEqual(3 * 10 * S);
  });

  it('checks run in parallel, each on its own interval; until-healthy waits for the slowest', async () => {
    const clock = new ManualClock();
    const start = clock.now();
    const specs = checksFromValue([
      { ...kube, name: 'fast', interval: '5s', timeout: '1s' },
      { ...kube, name: 'slow', interval: '10s', timeout: '1s', 'success-threshold': 3 },
    ]);
    const events: ProbeEvent[] = [];
    const result = await drive(
      clock,
      runChecks(specs, {
        clock,
        mode: 'until-healthy',
        pods: new MemoryPods(READY),
        onProbe: (e) => events.push(e),
      }),
    );
    expect(result.status).toBe('passed');
    expect(result.reason).toBe('all 2 checks are healthy after 20s');
    expect(result.verdictAt - start).toBe(20 * S);
    const [fast, slow] = result.checks;
    expect(fast).toMatchObject({ status: 'passed', verdictAt: start });
    expect(fast?.probes).toBeGreaterThanOrEqual(4);
    expect(slow).toMatchObject({ status: 'passed', probes: 3, verdictAt: start + 20 * S });
    expect(
      events.filter((e) => e.check === 'slow').map((e) => [e.at - start, e.consecutiveSuccesses, e.status]),
    ).toEqual([
      [0, 1, 'pending'],
      [10 * S, 2, 'pending'],
      [20 * S, 3, 'passed'],
    ]);
  });

  it('a probe that ignores its AbortSignal still fails at its timeout and cannot hold the runner', async () => {
    const clock = new ManualClock();
    const start = clock.now();
    const stuck: PodSource = { listPods: () => new Promise<PodLike[]>(() => undefined) };
    const specs = checksFromValue([{ ...kube, interval: '10s', timeout: '5s', 'failure-threshold': 2 }]);
    const result = await drive(
      clock,
      runChecks(specs, { clock, mode: 'watch', deadline: start + 60 * S, pods: stuck }),
    );
    expect(result.status).toBe('failed');
    expect(result.checks[0]?.lastError).toBe('no answer within 5s (timeout)');
    expect(result.verdictAt - start).toBe(15 * S);
    expect(result.detectMs).toBe(15 * S);
    expect(clock.pending).toBe(0); // no sleeper left behind
  });

  it('until-healthy fails at the deadline, saying which check was not healthy', async () => {
    const clock = new ManualClock();
    const start = clock.now();
    const specs = checksFromValue([
      { ...kube, name: 'pods', interval: '10s', timeout: '5s', 'failure-threshold': 100 },
    ]);
    const result = await drive(
      clock,
      runChecks(specs, {
        clock,
        mode: 'until-healthy',
        deadline: start + 45 * S,
        pods: new MemoryPods(NOT_READY),
      }),
    );
    expect(result.status).toBe('failed');
    expect(result.verdictAt - start).toBe(45 * S);
    expect(result.reason).toBe(
      "not healthy within 45s: check 1 ('pods') 0/1 successes, last: 1 of 1 pods not Ready: api-1",
    );
    expect(result.checks[0]).toMatchObject({ status: 'pending', probes: 5, failures: 5 });
    expect(() => assertHealthy(result)).toThrow(PolicyError);
  });
});

describe('against a real HTTP service (ScaledClock)', () => {
  let svc: Service;
  beforeAll(async () => {
    svc = await startService();
  });
  afterAll(() => svc.close());

  const F = 3;
  const I = 5 * S;

  async function watchUntilBroken(
    breakIt: (s: Service) => void,
  ): Promise<{ result: RunResult; brokeAt: number }> {
    svc.flip = 200;
    svc.flipHangs = false;
    const clock = new ScaledClock(25, Date.now());
    const specs = checksFromValue([
      {
        name: 'api',
        kind: 'http',
        url: `${svc.url}/flip`,
        interval: '5s',
        timeout: '2s',
        'failure-threshold': F,
      },
      {
        name: 'home',
        kind: 'http',
        url: `${svc.url}/ok`,
        interval: '7s',
        timeout: '2s',
        'failure-threshold': F,
      },
    ]);
    let brokeAt = Infinity;
    let oks = 0;
    const result = await runChecks(specs, {
      clock,
      mode: 'watch',
      deadline: clock.now() + 10 * 60 * S,
      onProbe: (e) => {
        if (e.check === 'api' && e.ok && ++oks === 2) {
          breakIt(svc);
          brokeAt = clock.now();
        }
      },
    });
    svc.flip = 200;
    svc.flipHangs = false;
    return { result, brokeAt };
  }

  it('watch detects 5xx within failure-threshold × interval of the first failing probe', async () => {
    const { result, brokeAt } = await watchUntilBroken((s) => (s.flip = 503));
    expect(result.status).toBe('failed');
    expect(result.failedCheck).toBe('api');
    expect(result.reason).toBe("check 1 ('api') failed 3 consecutive probes: HTTP 503, expected 200-399");
    const first = result.firstFailureAt as number;
    expect(first).toBeGreaterThanOrEqual(brokeAt);
    expect(result.verdictAt - first).toBeLessThanOrEqual(F * I);
    expect(result.detectMs).toBe(result.verdictAt - first);
    expect(result.checks[1]).toMatchObject({ name: 'home', status: 'passed', failures: 0 });
  });

  it('watch detects a hanging health endpoint within failure-threshold × interval', async () => {
    const { result } = await watchUntilBroken((s) => (s.flipHangs = true));
    expect(result.status).toBe('failed');
    expect(result.checks[0]?.lastError).toBe('no answer within 2s (timeout)');
    expect(result.verdictAt - (result.firstFailureAt as number)).toBeLessThanOrEqual(F * I);
  });

  it('watch passes at the end of the window when nothing failed', async () => {
    const clock = new ScaledClock(25, Date.now());
    const start = clock.now();
    const specs = checksFromValue([
      { name: 'api', kind: 'http', url: `${svc.url}/ok`, interval: '5s', timeout: '5s' },
    ]);
    const result = await runChecks(specs, { clock, mode: 'watch', deadline: start + 30 * S });
    expect(result.status).toBe('passed');
    expect(result.verdictAt).toBeGreaterThanOrEqual(start + 30 * S);
    expect(result.reason).toMatch(/^the check stayed healthy for (29\.\d|3\d(\.\d)?)s \(\d+ probes\)$/);
    expect(result.checks[0]?.probes).toBeGreaterThanOrEqual(5);
    expect(result.checks[0]?.status).toBe('passed');
  });

  it('http thresholds count consecutive answers: 503 200 503 503 200 200 passes with F=3, S=2', async () => {
    svc.script = [503, 200, 503, 503, 200, 200];
    const clock = new ScaledClock(10, Date.now());
    const specs = checksFromValue([
      {
        name: 'api',
        kind: 'http',
        url: `${svc.url}/script`,
        interval: '1s',
        timeout: '1s',
        'success-threshold': 2,
        'failure-threshold': 3,
      },
    ]);
    const result = await runChecks(specs, { clock, mode: 'until-healthy' });
    expect(result.status).toBe('passed');
    expect(result.checks[0]).toMatchObject({ probes: 6, failures: 3, status: 'passed' });
  });

  it('the runner aborts probes still in flight when it returns', async () => {
    const own = await startService();
    try {
      const clock = new ScaledClock(10, Date.now());
      const specs = checksFromValue([
        { name: 'hang', kind: 'http', url: `${own.url}/hang`, interval: '1m', timeout: '1m' },
      ]);
      const result = await runChecks(specs, { clock, mode: 'watch', deadline: clock.now() + 2 * S });
      expect(result.status).toBe('failed');
      expect(result.reason).toMatch(/^the window \(2s\) ended before check 1 \('hang'\) completed a probe$/);
      await own.hangOpened();
      await own.hangClosed();
    } finally {
      await own.close();
    }
  });

  it('cancelling returns at once with status cancelled and closes the probes', async () => {
    const own = await startService();
    try {
      const clock = new ScaledClock(1, Date.now());
      const specs = checksFromValue([
        { name: 'hang', kind: 'http', url: `${own.url}/hang`, interval: '1m', timeout: '1m' },
      ]);
      const cancel = new AbortController();
      const run = runChecks(specs, { clock, mode: 'until-healthy', signal: cancel.signal });
      await own.hangOpened();
      cancel.abort(new Error('the job was cancelled'));
      const result = await run;
      expect(result.status).toBe('cancelled');
      expect(result.reason).toBe('cancelled: the job was cancelled');
      await own.hangClosed();
      expect(() => assertHealthy(result)).toThrow(
        'Health checks cancelled: cancelled: the job was cancelled',
      );
    } finally {
      await own.close();
    }
  });

  it("alb-preview:// URLs go through the deploy engine's transport, with the check's headers; without it they fail", async () => {
    const specs = checksFromValue([
      { name: 'preview', kind: 'http', url: 'alb-preview://lb.example/healthz', headers: { 'x-a': '1' } },
    ]);
    const seen: { url: string; headers: Record<string, string> }[] = [];
    const clock = new ManualClock(0);
    const ok = await runChecks(specs, {
      clock,
      mode: 'until-healthy',
      deadline: 10 * S,
      transports: {
        'alb-preview:': async (url, o) => {
          seen.push({ url, headers: o.headers });
          return { status: 200, headers: {}, body: Buffer.from('ok'), truncated: false };
        },
      },
    });
    expect(ok.status).toBe('passed');
    expect(seen[0]).toEqual({ url: 'alb-preview://lb.example/healthz', headers: { 'x-a': '1' } });
    const alone = await drive(
      clock,
      runChecks(specs, { clock, mode: 'until-healthy', deadline: clock.now() + 5 * S }),
    );
    expect(alone.status).toBe('failed');
    expect(alone.checks[0]?.lastError).toMatch(/only reachable while the deploy action checks a preview/);
  });

  it('watch mode needs a deadline', async () => {
    await expect(runChecks([], { clock: new ScaledClock(1), mode: 'watch' })).rejects.toThrow(
      'watch mode needs a deadline',
    );
  });
});

describe('renderChecksTable', () => {
  const result: RunResult = {
    status: 'failed',
    mode: 'watch',
    reason: "check 2 ('api') failed 3 consecutive probes: HTTP 503, expected 200-399",
    startedAt: 0,
    verdictAt: 42_000,
    firstFailureAt: 30_000,
    detectMs: 12_000,
    failedCheck: 'api',
    checks: [
      {
        index: 1,
        name: 'error-ratio',
        kind: 'prometheus',
        target: 'sum(rate(http_requests_total{code=~"5.."}[1m])) < 0.01',
        status: 'passed',
        probes: 5,
        failures: 0,
        consecutiveSuccesses: 5,
        consecutiveFailures: 0,
        lastMessage: 'value 0.002 < 0.01',
        latency: { p50: 12, max: 30 },
      },
      {
        index: 2,
        name: 'api',
        kind: 'http',
        target: 'GET https://api.example.com/healthz?token=s3cr3t-t0ken',
        status: 'failed',
        probes: 9,
        failures: 3,
        consecutiveSuccesses: 0,
        consecutiveFailures: 3,
        lastError: 'HTTP 503, expected 200-399',
        lastMessage: 'HTTP 503, expected 200-399',
        latency: { p50: 48, max: 2000 },
        firstFailureAt: 30_000,
        failingSince: 30_000,
        verdictAt: 42_000,
      },
      {
        index: 3,
        name: 'db',
        kind: 'tcp',
        target: 'db.internal:5432',
        status: 'pending',
        probes: 0,
        failures: 0,
        consecutiveSuccesses: 0,
        consecutiveFailures: 0,
        latency: {},
      },
    ],
  };

  it('renders one row per check, escaped and masked', () => {
    const masker = new Masker();
    masker.add('s3cr3t-t0ken');
    expect(renderChecksTable(result, masker)).toBe(
      [
        '| Check | Kind | Target | Status | Probes | Failures | Latency p50 / max | Last result |',
        '| --- | --- | --- | --- | --- | --- | --- | --- |',
        '| error-ratio | prometheus | sum(rate(http_requests_total{code=~"5.."}[1m])) &lt; 0.01 | ✅ passed | 5 | 0 | 12ms / 30ms | value 0.002 &lt; 0.01 |',
        '| api | http | GET https://api.example.com/healthz?token=*** | ❌ failed | 9 | 3 | 48ms / 2s | HTTP 503, expected 200-399 |',
        '| db | tcp | db.internal:5432 | ⏳ pending | 0 | 0 | – | – |',
      ].join('\n'),
    );
  });

  it('the summary leads with the verdict and the detection time', () => {
    const md = renderChecksSummary(result, new Masker());
    expect(md.split('\n')[0]).toBe(
      "❌ **Health checks failed**: check 2 ('api') failed 3 consecutive probes: HTTP 503, expected 200-399 Detected in 12s.",
    );
    expect(md).toContain('| api | http |');
  });

  it('a table from a real run', async () => {
    const clock = new ManualClock();
    const specs = checksFromValue([{ ...kube, name: 'pods' }]);
    const run = await drive(
      clock,
      runChecks(specs, { clock, mode: 'until-healthy', pods: new MemoryPods(READY) }),
    );
    expect(renderChecksTable(run.checks, new Masker()).split('\n')[2]).toBe(
      '| pods | kubernetes | pods app=api in prod | ✅ passed | 1 | 0 | 0ms / 0ms | 1/1 pods Ready, 0 restarts since the baseline |',
    );
  });
});
