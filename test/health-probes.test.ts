/**
 * Each kind of check, passing and failing, against real servers on 127.0.0.1 (and an in-memory PodSource for
 * the kubernetes check). Each run uses success- and failure-threshold 1, so the verdict is the first probe.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { realClock } from '../src/lib/clock.js';
import { checksFromValue, runChecks, type CheckResult, type PodSource } from '../src/lib/health/index.js';
import {
  MemoryPods,
  closedPort,
  makeCerts,
  pod,
  startDns,
  startPrometheus,
  startService,
  startSilentTcp,
  startTls,
  type Closable,
  type Service,
} from './health/servers.js';

interface Once {
  status: string;
  message: string;
  check: CheckResult;
}

/** One probe of one check: the verdict and what the probe said. */
async function once(
  check: Record<string, unknown>,
  extra: { pods?: PodSource; variables?: Record<string, string> } = {},
): Promise<Once> {
  const specs = checksFromValue([{ interval: '2s', timeout: '2s', 'failure-threshold': 1, ...check }]);
  const result = await runChecks(specs, { clock: realClock, mode: 'until-healthy', ...extra });
  const c = result.checks[0] as CheckResult;
  return { status: result.status, message: c.lastMessage ?? '', check: c };
}

let svc: Service;
let secure: Service;
let silent: Closable;
let certs: ReturnType<typeof makeCerts>;

beforeAll(async () => {
  certs = makeCerts();
  svc = await startService();
  secure = await startService({ tls: certs.fresh });
  silent = await startSilentTcp();
});

afterAll(async () => {
  await Promise.all([svc.close(), secure.close(), silent.close()]);
  certs.cleanup();
});

describe('http', () => {
  it('passes on a 2xx with JSON path, body and latency conditions met', async () => {
    const r = await once({
      kind: 'http',
      url: `${svc.url}/ok`,
      'json-path': '$.checks[0].ok',
      'json-equals': true,
      'body-contains': '"version":"v2"',
      'max-latency': '1s',
      headers: { 'X-Probe': 'keelson' },
    });
    expect(r.status).toBe('passed');
    expect(r.message).toMatch(/^HTTP 200 in \d+ms$/);
    expect(svc.requests.at(-1)?.headers['x-probe']).toBe('keelson');
    expect(svc.requests.at(-1)?.headers['user-agent']).toBe('keelson-health-check');
  });

  it('fails on a status outside the expected ranges, naming both', async () => {
    expect(await once({ kind: 'http', url: `${svc.url}/status/503` })).toMatchObject({
      status: 'failed',
      message: 'HTTP 503, expected 200-399',
    });
    expect(await once({ kind: 'http', url: `${svc.url}/status/404`, 'expect-status': '404' })).toMatchObject({
      status: 'passed',
    });
  });

  it('does not follow redirects: a 302 is the answer', async () => {
    expect(await once({ kind: 'http', url: `${svc.url}/redirect` })).toMatchObject({
      status: 'passed',
      message: expect.stringMatching(/^HTTP 302/),
    });
    expect(await once({ kind: 'http', url: `${svc.url}/redirect`, 'expect-status': '2xx' })).toMatchObject({
      status: 'failed',
      message: 'HTTP 302, expected 200-299',
    });
  });

  it('fails when slower than max-latency', async () => {
    const r = await once({ kind: 'http', url: `${svc.url}/slow/150`, 'max-latency': '50ms' });
    expect(r.status).toBe('failed');
    expect(r.message).toMatch(/^HTTP 200 in \d+ms, over max-latency 50ms$/);
  });

  it('fails when the body lacks the text or the JSON value differs', async () => {
    expect(await once({ kind: 'http', url: `${svc.url}/text`, 'body-contains': 'degraded' })).toMatchObject({
      status: 'failed',
      message: "HTTP 200: body does not contain 'degraded'",
    });
    expect(await once({ kind: 'http', url: `${svc.url}/text`, 'body-contains': 'nominal' })).toMatchObject({
      status: 'passed',
    });
    expect(
      await once({ kind: 'http', url: `${svc.url}/ok`, 'json-path': '$.status', 'json-equals': 'degraded' }),
    ).toMatchObject({
      status: 'failed',
      message: 'HTTP 200: $.status is "ok", expected "degraded"',
    });
    expect(
      await once({ kind: 'http', url: `${svc.url}/ok`, 'json-path': 'count', 'json-equals': '3' }),
    ).toMatchObject({
      status: 'failed',
      message: 'HTTP 200: count is 3, expected "3"',
    });
    expect(
      await once({ kind: 'http', url: `${svc.url}/ok`, 'json-path': '$.missing[2]', 'json-equals': 1 }),
    ).toMatchObject({
      status: 'failed',
      message: 'HTTP 200: $.missing[2] not found in the body',
    });
    expect(
      await once({ kind: 'http', url: `${svc.url}/text`, 'json-path': '$.status', 'json-equals': 'ok' }),
    ).toMatchObject({
      status: 'failed',
      message: "HTTP 200: body is not JSON: 'all systems nominal'",
    });
  });

  it('reads at most 1 MiB of a large body', async () => {
    expect(await once({ kind: 'http', url: `${svc.url}/big`, 'body-contains': 'aaaa' })).toMatchObject({
      status: 'passed',
    });
  });

  it('HEAD and POST are sent as asked', async () => {
    await once({ kind: 'http', url: `${svc.url}/ok`, method: 'head' });
    expect(svc.requests.at(-1)?.method).toBe('HEAD');
    await once({ kind: 'http', url: `${svc.url}/ok`, method: 'POST' });
    expect(svc.requests.at(-1)?.method).toBe('POST');
  });

  it('fails fast on a closed port', async () => {
    const port = await closedPort();
    const r = await once({ kind: 'http', url: `http://127.0.0.1:${port}/healthz` });
    expect(r).toMatchObject({ status: 'failed', message: `connect ECONNREFUSED 127.0.0.1:${port}` });
  });

  it('a hanging endpoint fails at the timeout', async () => {
    const r = await once({ kind: 'http', url: `${svc.url}/hang`, interval: '300ms', timeout: '300ms' });
    expect(r).toMatchObject({ status: 'failed', message: 'no answer within 300ms (timeout)' });
    await svc.hangClosed(); // the probe's connection was closed, not left open
  });

  it('https: an untrusted certificate fails unless insecure', async () => {
    const r = await once({ kind: 'https', url: `${secure.url}/ok` });
    expect(r.status).toBe('failed');
    expect(r.message).toMatch(/self[- ]signed certificate/);
    expect(await once({ kind: 'https', url: `${secure.url}/ok`, insecure: true })).toMatchObject({
      status: 'passed',
    });
  });

  it('placeholders are filled from the variables given', async () => {
    const r = await once({ kind: 'http', url: '${LIVE_URL}/ok' }, { variables: { LIVE_URL: svc.url } });
    expect(r.status).toBe('passed');
    expect(r.check.target).toBe(`GET ${svc.url}/ok`);
  });
});

describe('tcp', () => {
  it('passes when the port accepts a connection', async () => {
    expect(await once({ kind: 'tcp', host: `127.0.0.1:${svc.port}` })).toMatchObject({
      status: 'passed',
      message: `connected to 127.0.0.1:${svc.port}`,
    });
  });
  it('fails on a closed port', async () => {
    const port = await closedPort();
    expect(await once({ kind: 'tcp', host: `127.0.0.1:${port}` })).toMatchObject({
      status: 'failed',
      message: `connect ECONNREFUSED 127.0.0.1:${port}`,
    });
  });
});

describe('tls', () => {
  let fresh: Closable;
  let soon: Closable;
  let wrong: Closable;
  beforeAll(async () => {
    [fresh, soon, wrong] = await Promise.all([
      startTls(certs.fresh),
      startTls(certs.soon),
      startTls(certs.wrongName),
    ]);
  });
  afterAll(async () => {
    await Promise.all([fresh.close(), soon.close(), wrong.close()]);
  });

  it('passes with a trusted certificate valid for longer than min-days', async () => {
    const r = await once({ kind: 'tls', host: fresh.url, 'ca-file': certs.fresh.certFile, 'min-days': 30 });
    expect(r.status).toBe('passed');
    expect(r.message).toMatch(/^CN=keelson-test valid until \d{4}-\d\d-\d\d \((89|90) days\)$/);
  });

  it('verifies the chain unless insecure', async () => {
    const r = await once({ kind: 'tls', host: fresh.url });
    expect(r.status).toBe('failed');
    expect(r.message).toBe('certificate not trusted: DEPTH_ZERO_SELF_SIGNED_CERT');
    expect(await once({ kind: 'tls', host: fresh.url, insecure: true })).toMatchObject({ status: 'passed' });
  });

  it('fails when the certificate expires within min-days', async () => {
    const r = await once({ kind: 'tls', host: soon.url, 'ca-file': certs.soon.certFile });
    expect(r.status).toBe('failed');
    expect(r.message).toMatch(
      /^CN=keelson-soon expires on \d{4}-\d\d-\d\d, in (1\.\d|2\.0) days \(min-days 14\)$/,
    );
    expect(
      await once({ kind: 'tls', host: soon.url, 'ca-file': certs.soon.certFile, 'min-days': 1 }),
    ).toMatchObject({ status: 'passed' });
  });

  it('fails when the certificate is not for the host', async () => {
    const r = await once({ kind: 'tls', host: wrong.url, 'ca-file': certs.wrongName.certFile });
    expect(r.status).toBe('failed');
    expect(r.message).toMatch(
      /^certificate does not match 127\.0\.0\.1: .*IP: 127\.0\.0\.1 is not in the cert's list/,
    );
  });

  it('accepts an https URL as the host', async () => {
    expect(await once({ kind: 'tls', host: `https://${fresh.url}/healthz`, insecure: true })).toMatchObject({
      status: 'passed',
    });
  });

  it('a server that never handshakes fails at the timeout; a closed port fails at once', async () => {
    expect(await once({ kind: 'tls', host: silent.url, interval: '200ms', timeout: '200ms' })).toMatchObject({
      status: 'failed',
      message: 'no answer within 200ms (timeout)',
    });
    const port = await closedPort();
    expect(await once({ kind: 'tls', host: `127.0.0.1:${port}` })).toMatchObject({
      status: 'failed',
      message: `connect ECONNREFUSED 127.0.0.1:${port}`,
    });
  });
});

describe('dns (a UDP DNS server on loopback)', () => {
  let dns: Closable & { server: string };
  beforeAll(async () => {
    dns = await startDns(
      { 'api.keelson.test': ['10.1.2.3', '10.1.2.4', 'fd00::a'], 'v4only.keelson.test': ['10.9.9.9'] },
      ['slow.keelson.test'],
    );
  });
  afterAll(() => dns.close());

  it('passes when the name resolves, and to the expected addresses', async () => {
    expect(await once({ kind: 'dns', hostname: 'api.keelson.test', server: dns.server })).toMatchObject({
      status: 'passed',
      message: 'api.keelson.test → 10.1.2.3, 10.1.2.4',
    });
    expect(
      await once({
        kind: 'dns',
        hostname: 'api.keelson.test',
        server: dns.server,
        'expect-address': '10.1.2.4',
      }),
    ).toMatchObject({
      status: 'passed',
    });
    expect(
      await once({
        kind: 'dns',
        hostname: 'api.keelson.test',
        server: dns.server,
        'record-type': 'AAAA',
        'expect-address': 'fd00:0::a',
      }),
    ).toMatchObject({
      status: 'passed',
      message: 'api.keelson.test → fd00::a',
    });
  });

  it('fails on NXDOMAIN, on no records of the type, and on other addresses', async () => {
    expect(await once({ kind: 'dns', hostname: 'gone.keelson.test', server: dns.server })).toMatchObject({
      status: 'failed',
      message: 'gone.keelson.test does not exist (NXDOMAIN)',
    });
    expect(
      await once({ kind: 'dns', hostname: 'v4only.keelson.test', server: dns.server, 'record-type': 'AAAA' }),
    ).toMatchObject({
      status: 'failed',
      message: 'v4only.keelson.test has no AAAA records',
    });
    expect(
      await once({
        kind: 'dns',
        hostname: 'api.keelson.test',
        server: dns.server,
        'expect-address': ['10.1.2.3', '10.0.0.9'],
      }),
    ).toMatchObject({
      status: 'failed',
      message: 'api.keelson.test resolves to 10.1.2.3, 10.1.2.4, not 10.0.0.9',
    });
  });

  it('a server that never answers fails at the timeout', async () => {
    expect(
      await once({
        kind: 'dns',
        hostname: 'slow.keelson.test',
        server: dns.server,
        interval: '300ms',
        timeout: '300ms',
      }),
    ).toMatchObject({
      status: 'failed',
      message: 'no answer within 300ms (timeout)',
    });
  });

  it('the resolver can be injected', async () => {
    const asked: (string | undefined)[] = [];
    const specs = checksFromValue([
      { kind: 'dns', hostname: 'svc.cluster.local', 'expect-address': '10.96.0.10' },
    ]);
    const result = await runChecks(specs, {
      clock: realClock,
      mode: 'until-healthy',
      dns: (server) => {
        asked.push(server);
        return { resolve4: async () => ['10.96.0.10'], resolve6: async () => [] };
      },
    });
    expect(result.status).toBe('passed');
    expect(asked).toEqual([undefined]);
  });
});

describe('prometheus (a fake HTTP API with real response shapes)', () => {
  let prom: Closable & { queries: string[] };
  beforeAll(async () => {
    prom = await startPrometheus();
  });
  afterAll(() => prom.close());
  const q5xx = 'sum(rate(http_requests_total{code=~"5.."}[1m])) / sum(rate(http_requests_total[1m]))';

  it('compares the value with the threshold', async () => {
    expect(await once({ kind: 'prometheus', url: prom.url, query: q5xx, threshold: '< 0.01' })).toMatchObject(
      {
        status: 'failed',
        message: 'value 0.02 is not < 0.01',
      },
    );
    expect(prom.queries.at(-1)).toBe(q5xx);
    expect(
      await once({ kind: 'prometheus', url: prom.url, query: q5xx, threshold: '<= 0.05' }),
    ).toMatchObject({
      status: 'passed',
      message: 'value 0.02 <= 0.05',
    });
    expect(
      await once({ kind: 'prometheus', url: `${prom.url}/`, query: 'error_ratio_ok', threshold: '< 0.01' }),
    ).toMatchObject({
      status: 'passed',
      message: 'value 0.002 < 0.01',
    });
    expect(
      await once({ kind: 'prometheus', url: prom.url, query: 'scalar(1)', threshold: '== 1' }),
    ).toMatchObject({ status: 'passed' });
    expect(
      await once({ kind: 'prometheus', url: prom.url, query: 'scalar(1)', threshold: '> 1' }),
    ).toMatchObject({ status: 'failed' });
    expect(await once({ kind: 'prometheus', url: prom.url, query: 'inf', threshold: '>= 1' })).toMatchObject({
      status: 'passed',
      message: 'value +Inf >= 1',
    });
  });

  it('every series must satisfy the threshold', async () => {
    expect(
      await once({ kind: 'prometheus', url: prom.url, query: 'per_pod', threshold: '< 0.01' }),
    ).toMatchObject({
      status: 'failed',
      message: '{pod="api-b"} value 0.05 is not < 0.01',
    });
    expect(
      await once({ kind: 'prometheus', url: prom.url, query: 'per_pod', threshold: '< 0.1' }),
    ).toMatchObject({
      status: 'passed',
      message: '2 series < 0.1',
    });
  });

  it('an empty result is handled as on-empty says; NaN always fails', async () => {
    expect(
      await once({ kind: 'prometheus', url: prom.url, query: 'empty', threshold: '< 0.01' }),
    ).toMatchObject({
      status: 'failed',
      message: 'empty result (on-empty: fail)',
    });
    expect(
      await once({
        kind: 'prometheus',
        url: prom.url,
        query: 'empty',
        threshold: '< 0.01',
        'on-empty': 'pass',
      }),
    ).toMatchObject({
      status: 'passed',
      message: 'empty result (on-empty: pass)',
    });
    expect(
      await once({
        kind: 'prometheus',
        url: prom.url,
        query: 'nan',
        threshold: '< 0.01',
        'on-empty': 'pass',
      }),
    ).toMatchObject({
      status: 'failed',
      message: 'value is NaN, expected < 0.01',
    });
  });

  it('a query error is reported with Prometheus own words', async () => {
    expect(await once({ kind: 'prometheus', url: prom.url, query: 'rate(', threshold: '< 1' })).toMatchObject(
      {
        status: 'failed',
        message:
          'Prometheus query failed (HTTP 400): bad_data: 1:1: parse error: unexpected identifier "rate("',
      },
    );
    expect(
      await once({
        kind: 'prometheus',
        url: prom.url.replace('/prom', '/other'),
        query: 'up',
        threshold: '< 1',
      }),
    ).toMatchObject({
      status: 'failed',
      message: 'Prometheus query failed (HTTP 404): error: not found',
    });
  });

  it('a hanging Prometheus fails at the timeout', async () => {
    expect(
      await once({
        kind: 'prometheus',
        url: prom.url,
        query: 'hang',
        threshold: '< 1',
        interval: '200ms',
        timeout: '200ms',
      }),
    ).toMatchObject({
      status: 'failed',
      message: 'no answer within 200ms (timeout)',
    });
  });
});

describe('kubernetes (an in-memory PodSource)', () => {
  const check = { kind: 'kubernetes', namespace: 'prod', selector: 'app=api,color=green' };

  it('passes when every pod is Ready with no new restarts, and asks with the namespace and selector', async () => {
    const pods = new MemoryPods([
      pod('api-1'),
      pod('api-2', { restarts: 4 }),
      pod('api-old', { ready: false, terminating: true }),
    ]);
    const r = await once(check, { pods });
    expect(r).toMatchObject({ status: 'passed', message: '2/2 pods Ready, 0 restarts since the baseline' });
    expect(pods.calls).toEqual([{ namespace: 'prod', selector: 'app=api,color=green' }]);
  });

  it('fails on a container waiting with CrashLoopBackOff or ImagePullBackOff', async () => {
    const crash = await once(check, {
      pods: new MemoryPods([pod('api-1'), pod('api-2', { ready: false, waiting: 'CrashLoopBackOff' })]),
    });
    expect(crash).toMatchObject({
      status: 'failed',
      message:
        'pod api-2 container app is waiting: CrashLoopBackOff: back-off 40s restarting failed container=app pod=api-2',
    });
    const pull = await once(check, {
      pods: new MemoryPods([pod('api-1', { ready: false, waiting: 'ImagePullBackOff' })]),
    });
    expect(pull.message).toMatch(/^pod api-1 container app is waiting: ImagePullBackOff/);
  });

  it('fails when pods are not Ready or none match', async () => {
    expect(
      await once(check, { pods: new MemoryPods([pod('api-1'), pod('api-2', { ready: false })]) }),
    ).toMatchObject({
      status: 'failed',
      message: '1 of 2 pods not Ready: api-2',
    });
    expect(await once(check, { pods: new MemoryPods([]) })).toMatchObject({
      status: 'failed',
      message: '0 pods match prod/app=api,color=green, expected at least 1',
    });
  });

  it('fails when restarts rise above the baseline (first probe) or above zero', async () => {
    const pods = new MemoryPods();
    pods.script = [[pod('api-1', { restarts: 2 })], [pod('api-1', { restarts: 3 })]];
    const specs = checksFromValue([
      { ...check, interval: '10ms', timeout: '10ms', 'failure-threshold': 1, 'success-threshold': 2 },
    ]);
    const result = await runChecks(specs, { clock: realClock, mode: 'until-healthy', pods });
    expect(result.status).toBe('failed');
    expect(result.checks[0]?.lastError).toBe('restarts rose by 1 since the baseline (api-1/app 2→3)');
    expect(
      await once(
        { ...check, 'restart-baseline': 'zero', 'max-restarts': 1 },
        { pods: new MemoryPods([pod('api-1', { restarts: 2 })]) },
      ),
    ).toMatchObject({
      status: 'failed',
      message: 'restarts rose by 2 since the baseline (api-1/app 0→2)',
    });
  });

  it('without cluster access a kubernetes check is an input error', async () => {
    const specs = checksFromValue([check]);
    await expect(runChecks(specs, { clock: realClock, mode: 'until-healthy' })).rejects.toThrow(
      "Invalid input 'health-checks': check 1 ('kubernetes-1') field 'kind': 'kubernetes'. Expected cluster access (cluster-name or kubeconfig) for kubernetes checks.",
    );
  });
});
