/**
 * The canary's analysis set-up on its own, fast: the defaults a canary runs with, the checks as the analysis runs
 * them (cadence, failure limit, PromQL templated per version), and how a metrics backend that cannot answer is
 * told apart from a failing canary (inconclusive, never a pass, never a failure) — against real HTTP servers on
 * loopback.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { analysisSpecs, canarySettings, metricsTransports } from '../src/lib/deploy/canary.js';
import type { CanarySettings } from '../src/lib/deploy/canary-settings.js';
import type { DeployContext } from '../src/lib/deploy/types.js';
import type { HttpCheck, PrometheusCheck } from '../src/lib/health/index.js';

const timing = { interval: 30_000, timeout: 20_000, successThreshold: 3, failureThreshold: 5 };
const httpCheck: HttpCheck = {
  kind: 'http',
  index: 1,
  name: 'healthz',
  url: '${TARGET_URL}/healthz',
  method: 'GET',
  headers: {},
  expectStatus: [{ min: 200, max: 299 }],
  insecure: false,
  samples: 1,
  maxErrorRatio: 0,
  ...timing,
};
const promCheck = (url: string, onEmpty: 'pass' | 'fail' = 'fail'): PrometheusCheck => ({
  kind: 'prometheus',
  index: 2,
  name: 'errors',
  url,
  query:
    'sum(rate(http_errors{version="{{canary}}"}[1m])) / sum(rate(http_requests{version="{{version}}"}[1m])) > on() sum(rate(http_errors{version="{{stable}}"}[1m]))',
  threshold: { op: '<', value: 0.01 },
  onEmpty,
  headers: {},
  insecure: false,
  ...timing,
});

describe('canary settings', () => {
  it('without canary settings: 10,50,100 every 2 minutes, analysed every 10 s, 2 failures, run', () => {
    const ctx = { settings: {} } as DeployContext;
    expect(canarySettings(ctx)).toEqual({
      steps: [
        { weight: 10, pause: 120_000 },
        { weight: 50, pause: 120_000 },
        { weight: 100, pause: 120_000 },
      ],
      analysisIntervalMs: 10_000,
      failureLimit: 2,
      action: 'run',
    });
  });
  it('the given settings as they are', () => {
    const c: CanarySettings = {
      steps: [{ weight: 100, pause: 0 }],
      analysisIntervalMs: 1000,
      failureLimit: 7,
      action: 'abort',
    };
    expect(canarySettings({ settings: { canary: c } } as unknown as DeployContext)).toBe(c);
  });
});

describe('the checks as the analysis runs them', () => {
  const c: CanarySettings = { steps: [], analysisIntervalMs: 10_000, failureLimit: 3, action: 'run' };
  it('each check probes once per analysis interval, its timeout within it, and fails after failure-limit', () => {
    const [h] = analysisSpecs([httpCheck], c, { canary: 'v2', stable: 'v1' });
    expect(h).toEqual({
      ...httpCheck,
      interval: 10_000,
      timeout: 10_000,
      failureThreshold: 3,
      successThreshold: 1,
    });
    const [short] = analysisSpecs([{ ...httpCheck, timeout: 2_000 }], c, { canary: 'v2', stable: 'v1' });
    expect(short?.timeout).toBe(2_000);
  });
  it('PromQL templated with the canary and stable versions; the rest of the check kept', () => {
    const [, p] = analysisSpecs([httpCheck, promCheck('http://prometheus:9090')], c, {
      canary: 'v2',
      stable: 'v1',
    });
    expect(p).toEqual({
      ...promCheck('http://prometheus:9090'),
      interval: 10_000,
      timeout: 10_000,
      failureThreshold: 3,
      successThreshold: 1,
      query:
        'sum(rate(http_errors{version="v2"}[1m])) / sum(rate(http_requests{version="v2"}[1m])) > on() sum(rate(http_errors{version="v1"}[1m]))',
    });
  });
});

describe('reaching the metrics backends', () => {
  let server: http.Server;
  let base: string;
  let answer: { status: number; body: string } = { status: 200, body: '' };
  beforeAll(async () => {
    server = http.createServer((_req, res) => {
      res.writeHead(answer.status, { 'content-type': 'application/json' });
      res.end(answer.body);
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise<void>((r) => server.close(() => r()));
  });
  const get = (t: ReturnType<typeof metricsTransports>, url: string, signal = new AbortController().signal) =>
    (t[new URL(url).protocol] as NonNullable<(typeof t)[string]>)(url, {
      method: 'GET',
      headers: {},
      insecure: false,
      signal,
    });
  const EMPTY = JSON.stringify({ status: 'success', data: { resultType: 'vector', result: [] } });
  const ONE = JSON.stringify({
    status: 'success',
    data: { resultType: 'vector', result: [{ value: [0, '0.5'] }] },
  });

  it('http and https both go through it', () => {
    expect(Object.keys(metricsTransports([]))).toEqual(['http:', 'https:']);
  });
  it('an answer with series passes through', async () => {
    answer = { status: 200, body: ONE };
    const r = await get(metricsTransports([promCheck(`${base}/`)]), `${base}/api/v1/query?query=up`);
    expect(r.status).toBe(200);
    expect(JSON.parse(r.body.toString())).toEqual(JSON.parse(ONE));
  });
  it('a 5xx of the backend is inconclusive; a 4xx is an answer', async () => {
    answer = { status: 503, body: 'overloaded' };
    const t = metricsTransports([promCheck(`${base}//`)]);
    await expect(get(t, `${base}/api/v1/query?query=up`)).rejects.toMatchObject({
      name: 'Inconclusive',
      message: `the metrics backend ${base} answered HTTP 503`,
    });
    answer = { status: 500, body: '' };
    await expect(get(t, `${base}/api/v1/query`)).rejects.toMatchObject({ name: 'Inconclusive' });
    answer = { status: 499, body: '' };
    expect((await get(t, `${base}/api/v1/query`)).status).toBe(499);
  });
  it('no series yet is inconclusive when the check fails on empty, an answer when empty passes', async () => {
    answer = { status: 200, body: EMPTY };
    await expect(
      get(metricsTransports([promCheck(`${base}//`, 'fail')]), `${base}/api/v1/query`),
    ).rejects.toMatchObject({
      name: 'Inconclusive',
      message: `the metrics backend ${base} has no series for the query yet`,
    });
    await expect(
      get(metricsTransports([promCheck(base, 'fail')]), `${base}/api/v1/query`),
    ).rejects.toMatchObject({
      name: 'Inconclusive',
      message: `the metrics backend ${base} has no series for the query yet`,
    });
    expect((await get(metricsTransports([promCheck(base, 'pass')]), `${base}/api/v1/query`)).status).toBe(
      200,
    );
    // A body that is not a Prometheus answer, or one that failed, is not "empty".
    for (const body of [
      'not json',
      JSON.stringify({ status: 'error', data: { result: [] } }),
      JSON.stringify({ status: 'success', data: {} }),
      JSON.stringify({ status: 'success', data: { result: {} } }),
    ]) {
      answer = { status: 200, body };
      expect((await get(metricsTransports([promCheck(base, 'fail')]), `${base}/api/v1/query`)).status).toBe(
        200,
      );
    }
  });
  it('a backend that cannot be reached is inconclusive, naming it', async () => {
    const closed = 'http://127.0.0.1:9';
    await expect(get(metricsTransports([promCheck(closed)]), `${closed}/api/v1/query`)).rejects.toMatchObject(
      {
        name: 'Inconclusive',
        message: expect.stringMatching(
          /^the metrics backend http:\/\/127\.0\.0\.1:9 could not be reached: .*ECONNREFUSED/,
        ),
      },
    );
  });
  it('a request cancelled by the run stays a cancellation', async () => {
    const ac = new AbortController();
    ac.abort(new Error('job cancelled'));
    const e = await get(metricsTransports([promCheck(base)]), `${base}/api/v1/query`, ac.signal).catch(
      (x: unknown) => x,
    );
    expect((e as Error).name).not.toBe('Inconclusive');
  });
  it('other URLs (the service under test, another check) are reached as usual: their errors are theirs', async () => {
    answer = { status: 503, body: '' };
    // An http check on the same host is the service's own answer, not a metrics backend's.
    expect((await get(metricsTransports([{ ...httpCheck, url: base }]), `${base}/healthz`)).status).toBe(503);
    const t = metricsTransports([httpCheck, promCheck(`${base}/prom`)]);
    expect((await get(t, `${base}/healthz`)).status).toBe(503);
    // The backend is matched on its whole path: /prometheus is not under /prom.
    expect((await get(t, `${base}/prometheus/api`)).status).toBe(503);
    await expect(get(metricsTransports([httpCheck]), 'http://127.0.0.1:9/healthz')).rejects.toThrow(
      /ECONNREFUSED/,
    );
  });
});
