import { describe, expect, it } from '@jest/globals';
import { InputError } from '../src/lib/errors.js';
import {
  DEFAULT_TIMING,
  parseHealthChecks,
  resolveChecks,
  sensitiveValues,
  type CheckSpec,
} from '../src/lib/health/index.js';

async function errorOf(p: Promise<unknown>): Promise<InputError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof InputError) return e;
    throw e;
  }
  throw new Error('expected an InputError');
}

function errorOfSync(fn: () => unknown): InputError {
  try {
    fn();
  } catch (e) {
    if (e instanceof InputError) return e;
    throw e;
  }
  throw new Error('expected an InputError');
}

const P = "Invalid input 'health-checks': ";

describe('parseHealthChecks: a valid list', () => {
  it('gives typed specs with documented defaults', async () => {
    const specs = await parseHealthChecks(`
- kind: http
  url: https://api.example.com/healthz
- name: api-json
  kind: https
  url: \${PREVIEW_URL}/status
  method: post
  headers: { Authorization: 'Bearer \${TOKEN}', X-Trace: 1 }
  expect-status: [200, "204", 300-302, 4xx]
  max-latency: 750ms
  body-contains: ok
  json-path: $.checks[0].ok
  json-equals: true
  insecure: true
  interval: 5s
  timeout: 2s
  success-threshold: 2
  failure-threshold: 4
- kind: dns
  hostname: api.example.com
  record-type: aaaa
  expect-address: ['fd00:0:0::1']
  server: '[fd00::53]:53'
- kind: tls
  host: https://api.example.com:8443/x
  min-days: 30
- kind: tcp
  host: db.internal:5432
  interval: 2s
- kind: prometheus
  url: http://prometheus.monitoring:9090
  query: sum(rate(http_requests_total{code=~"5.."}[1m])) / sum(rate(http_requests_total[1m]))
  threshold: '< 0.01'
  on-empty: pass
- kind: kubernetes
  namespace: prod
  selector: { app: api, color: green }
`);
    expect(specs.map((s) => [s.index, s.name, s.kind])).toEqual([
      [1, 'http-1', 'http'],
      [2, 'api-json', 'http'],
      [3, 'dns-3', 'dns'],
      [4, 'tls-4', 'tls'],
      [5, 'tcp-5', 'tcp'],
      [6, 'prometheus-6', 'prometheus'],
      [7, 'kubernetes-7', 'kubernetes'],
    ]);
    expect(specs[0]).toEqual({
      index: 1,
      name: 'http-1',
      kind: 'http',
      url: 'https://api.example.com/healthz',
      method: 'GET',
      headers: {},
      expectStatus: [{ min: 200, max: 399 }],
      insecure: false,
      samples: 1,
      maxErrorRatio: 0,
      ...DEFAULT_TIMING,
    });
    expect(DEFAULT_TIMING).toEqual({
      interval: 10_000,
      timeout: 5_000,
      successThreshold: 1,
      failureThreshold: 3,
    });
    expect(specs[1]).toMatchObject({
      method: 'POST',
      headers: { Authorization: 'Bearer ${TOKEN}', 'X-Trace': '1' },
      expectStatus: [
        { min: 200, max: 200 },
        { min: 204, max: 204 },
        { min: 300, max: 302 },
        { min: 400, max: 499 },
      ],
      maxLatency: 750,
      bodyContains: 'ok',
      json: { path: '$.checks[0].ok', segments: ['checks', 0, 'ok'], equals: true },
      insecure: true,
      interval: 5000,
      timeout: 2000,
      successThreshold: 2,
      failureThreshold: 4,
    });
    expect(specs[2]).toMatchObject({
      recordType: 'AAAA',
      expectAddress: ['fd00::1'],
      server: '[fd00::53]:53',
    });
    expect(specs[3]).toMatchObject({ host: 'https://api.example.com:8443/x', minDays: 30, insecure: false });
    expect(specs[4]).toMatchObject({ host: 'db.internal:5432', interval: 2000, timeout: 2000 });
    expect(specs[5]).toMatchObject({ threshold: { op: '<', value: 0.01 }, onEmpty: 'pass', headers: {} });
    expect(specs[6]).toMatchObject({
      selector: 'app=api,color=green',
      maxRestarts: 0,
      restartBaseline: 'first-probe',
      minPods: 1,
    });
  });

  it.each(['  \n', '[]', 'null', '~', '---', '# only a comment\n', '--- []'])(
    '%j holds no check: an input error, never a gate that passes',
    async (raw) => {
      await expect(parseHealthChecks(raw, { input: 'checks' })).rejects.toThrow(
        "Invalid input 'checks': no checks. Expected a YAML list of checks such as `- kind: http` with `url: https://…/healthz`; a gate with nothing to check would pass anything.",
      );
    },
  );

  it('JSON works too', async () => {
    const specs = await parseHealthChecks('[{"kind":"tcp","host":"127.0.0.1:6379","name":"redis"}]');
    expect(specs[0]).toMatchObject({ name: 'redis', kind: 'tcp', host: '127.0.0.1:6379' });
  });

  it('prometheus default on-empty is fail', async () => {
    const [s] = await parseHealthChecks(
      "- {kind: prometheus, url: 'http://p:9090', query: up, threshold: '>= 1'}",
    );
    expect(s).toMatchObject({ onEmpty: 'fail', threshold: { op: '>=', value: 1 } });
  });
});

describe('parseHealthChecks: one error per bad field', () => {
  const cases: [string, string, string][] = [
    [
      'bad status',
      "- {kind: http, url: 'http://a/'}\n- {name: api, kind: http, url: 'http://a/', expect-status: abc}",
      `${P}check 2 ('api') field 'expect-status': 'abc'. Expected a status code or range like 200-299.`,
    ],
    [
      'reversed range',
      "- {kind: http, url: 'http://a/', expect-status: 299-200}",
      `${P}check 1 ('http-1') field 'expect-status': '299-200'. Expected a status code or range like 200-299.`,
    ],
    [
      'status out of range in a list',
      "- {kind: http, url: 'http://a/', expect-status: [200, 600]}",
      `${P}check 1 ('http-1') field 'expect-status': '600'. Expected a status code or range like 200-299.`,
    ],
    [
      'missing kind',
      '- {name: api, url: x}',
      `${P}check 1 ('api') field 'kind' is required. Expected one of: http | https | dns | tls | tcp | prometheus | cloudwatch | kubernetes.`,
    ],
    [
      'unknown kind',
      '- {kind: ftp}',
      `${P}check 1 field 'kind': 'ftp'. Expected one of: http | https | dns | tls | tcp | prometheus | cloudwatch | kubernetes.`,
    ],
    [
      'unknown field',
      "- {name: api, kind: tcp, host: 'a:1', timout: 5s}",
      `${P}check 1 ('api') has unknown field 'timout'. Expected one of: name, kind, interval, timeout, success-threshold, failure-threshold, host.`,
    ],
    [
      'field of another kind',
      "- {kind: tcp, host: 'a:1', url: 'http://a/'}",
      `${P}check 1 ('tcp-1') has unknown field 'url'. Expected one of: name, kind, interval, timeout, success-threshold, failure-threshold, host.`,
    ],
    [
      'interval without unit',
      "- {kind: tcp, host: 'a:1', interval: 5}",
      `${P}check 1 ('tcp-1') field 'interval': '5'. Expected a duration such as 90s, 5m or 1h30m (units h, m, s, ms; from 1ms).`,
    ],
    [
      'timeout over interval',
      "- {kind: tcp, host: 'a:1', interval: 5s, timeout: 6s}",
      `${P}check 1 ('tcp-1') field 'timeout': '6s'. Expected a duration no longer than the interval (5s).`,
    ],
    [
      'success-threshold 0',
      "- {kind: tcp, host: 'a:1', success-threshold: 0}",
      `${P}check 1 ('tcp-1') field 'success-threshold': '0'. Expected a whole number from 1 to 100.`,
    ],
    [
      'failure-threshold text',
      "- {kind: tcp, host: 'a:1', failure-threshold: three}",
      `${P}check 1 ('tcp-1') field 'failure-threshold': 'three'. Expected a whole number from 1 to 100.`,
    ],
    [
      'url missing',
      '- {kind: http}',
      `${P}check 1 ('http-1') field 'url' is required. Expected an http or https URL such as https://api.example.com/healthz.`,
    ],
    [
      'url scheme',
      "- {kind: http, url: 'ftp://a/'}",
      `${P}check 1 ('http-1') field 'url': 'ftp://a/'. Expected an http or https URL such as https://api.example.com/healthz.`,
    ],
    [
      'method',
      "- {kind: http, url: 'http://a/', method: FETCH}",
      `${P}check 1 ('http-1') field 'method': 'FETCH'. Expected one of: GET | HEAD | POST | PUT | PATCH | DELETE | OPTIONS.`,
    ],
    [
      'headers as a list',
      "- {kind: http, url: 'http://a/', headers: [a]}",
      `${P}check 1 ('http-1') field 'headers' (value not shown: it may hold a credential). Expected a mapping of header names to values, such as \`Authorization: Bearer \${TOKEN}\`.`,
    ],
    [
      'header value on two lines',
      '- kind: http\n  url: \'http://a/\'\n  headers:\n    X-A: "a\\nb"',
      `${P}check 1 ('http-1') field 'headers.X-A' (value not shown: it may hold a credential). Expected a single-line value.`,
    ],
    [
      'max-latency',
      "- {kind: http, url: 'http://a/', max-latency: fast}",
      `${P}check 1 ('http-1') field 'max-latency': 'fast'. Expected a duration such as 90s, 5m or 1h30m (units h, m, s, ms; from 1ms).`,
    ],
    [
      'json-path syntax',
      "- {kind: http, url: 'http://a/', json-path: '$..x', json-equals: 1}",
      `${P}check 1 ('http-1') field 'json-path': '$..x'. Expected a simple path such as $.status, $.checks[0].ok or $['a.b'].`,
    ],
    [
      'json-path without json-equals',
      "- {kind: http, url: 'http://a/', json-path: $.status}",
      `${P}check 1 ('http-1') field 'json-equals' is required. Expected the value expected at json-path, such as ok or true.`,
    ],
    [
      'json-equals without json-path',
      "- {kind: http, url: 'http://a/', json-equals: ok}",
      `${P}check 1 ('http-1') field 'json-path' is required. Expected a path such as $.status when json-equals is given.`,
    ],
    [
      'insecure as text',
      "- {kind: http, url: 'http://a/', insecure: 'yes'}",
      `${P}check 1 ('http-1') field 'insecure': 'yes'. Expected true or false.`,
    ],
    [
      'dns hostname missing',
      '- {kind: dns}',
      `${P}check 1 ('dns-1') field 'hostname' is required. Expected a DNS name such as api.example.com.`,
    ],
    [
      'dns hostname',
      "- {kind: dns, hostname: 'http://a'}",
      `${P}check 1 ('dns-1') field 'hostname': 'http://a'. Expected a DNS name such as api.example.com.`,
    ],
    [
      'dns record-type',
      '- {kind: dns, hostname: a.b, record-type: MX}',
      `${P}check 1 ('dns-1') field 'record-type': 'MX'. Expected one of: A | AAAA.`,
    ],
    [
      'dns expect-address',
      '- {kind: dns, hostname: a.b, expect-address: 300.1.1.1}',
      `${P}check 1 ('dns-1') field 'expect-address': '300.1.1.1'. Expected an IPv4 address or a list of them.`,
    ],
    [
      'dns server',
      '- {kind: dns, hostname: a.b, server: dns.google}',
      `${P}check 1 ('dns-1') field 'server': 'dns.google'. Expected a DNS server address such as 10.0.0.2, 10.0.0.2:53 or [fd00::2]:53.`,
    ],
    [
      'tls host',
      "- {kind: tls, host: 'a b'}",
      `${P}check 1 ('tls-1') field 'host': 'a b'. Expected host, host:port or an https URL such as api.example.com:443.`,
    ],
    [
      'tls min-days',
      "- {kind: tls, host: 'a', min-days: -1}",
      `${P}check 1 ('tls-1') field 'min-days': '-1'. Expected a whole number from 0 to 3650.`,
    ],
    [
      'tls ca-file',
      "- {kind: tls, host: 'a', ca-file: [a, b]}",
      `${P}check 1 ('tls-1') field 'ca-file': '["a","b"]'. Expected a path to a PEM file of trusted certificates.`,
    ],
    [
      'tcp port missing',
      '- {kind: tcp, host: db.internal}',
      `${P}check 1 ('tcp-1') field 'host': 'db.internal'. Expected host:port such as db.internal:5432.`,
    ],
    [
      'tcp port out of range',
      "- {kind: tcp, host: 'db:70000'}",
      `${P}check 1 ('tcp-1') field 'host': 'db:70000'. Expected host:port such as db.internal:5432.`,
    ],
    [
      'prometheus threshold missing',
      "- {kind: prometheus, url: 'http://p:9090', query: up}",
      `${P}check 1 ('prometheus-1') field 'threshold' is required. Expected a comparison such as '< 0.01' (operators <, <=, >, >=, ==; quote it in YAML).`,
    ],
    [
      'prometheus threshold operator',
      "- {kind: prometheus, url: 'http://p:9090', query: up, threshold: '~ 1'}",
      `${P}check 1 ('prometheus-1') field 'threshold': '~ 1'. Expected a comparison such as '< 0.01' (operators <, <=, >, >=, ==; quote it in YAML).`,
    ],
    [
      'prometheus threshold as a number',
      "- {kind: prometheus, url: 'http://p:9090', query: up, threshold: 0.01}",
      `${P}check 1 ('prometheus-1') field 'threshold': '0.01'. Expected a comparison such as '< 0.01' (operators <, <=, >, >=, ==; quote it in YAML).`,
    ],
    [
      'prometheus on-empty',
      "- {kind: prometheus, url: 'http://p:9090', query: up, threshold: '> 0', on-empty: ignore}",
      `${P}check 1 ('prometheus-1') field 'on-empty': 'ignore'. Expected one of: pass | fail.`,
    ],
    [
      'prometheus query missing',
      "- {kind: prometheus, url: 'http://p:9090', threshold: '> 0'}",
      `${P}check 1 ('prometheus-1') field 'query' is required. Expected a PromQL instant query such as sum(rate(http_requests_total[1m])).`,
    ],
    [
      'kubernetes namespace',
      '- {kind: kubernetes, namespace: Prod_1, selector: app=api}',
      `${P}check 1 ('kubernetes-1') field 'namespace': 'Prod_1'. Expected a Kubernetes namespace name such as prod.`,
    ],
    [
      'kubernetes selector missing',
      '- {kind: kubernetes, namespace: prod}',
      `${P}check 1 ('kubernetes-1') field 'selector' is required. Expected a label selector such as app=api,color=green (or a mapping of labels).`,
    ],
    [
      'kubernetes selector syntax',
      "- {kind: kubernetes, namespace: prod, selector: 'app in prod'}",
      `${P}check 1 ('kubernetes-1') field 'selector': 'app in prod'. Expected a label selector such as app=api,color=green (or a mapping of labels).`,
    ],
    [
      'kubernetes max-restarts',
      '- {kind: kubernetes, namespace: prod, selector: app=api, max-restarts: -1}',
      `${P}check 1 ('kubernetes-1') field 'max-restarts': '-1'. Expected a whole number from 0 to 10000.`,
    ],
    [
      'duplicate names',
      "- {name: api, kind: tcp, host: 'a:1'}\n- {name: api, kind: tcp, host: 'b:1'}",
      `${P}check 2 ('api') field 'name': 'api'. Expected a name not used by another check (check 1 has it).`,
    ],
    [
      'name on two lines',
      '- {name: "a\\nb", kind: tcp, host: \'a:1\'}',
      `${P}check 1 ('a\\nb') field 'name': 'a\\nb'. Expected a single-line name of at most 100 characters.`,
    ],
    [
      'item not a mapping',
      '- just a string',
      `${P}check 1 is a string, not a mapping. Expected a mapping with at least \`kind\` (http | https | dns | tls | tcp | prometheus | cloudwatch | kubernetes).`,
    ],
    [
      'not a list',
      'kind: http',
      `Invalid input 'health-checks': a mapping, not a list. Expected a YAML list of checks such as \`- kind: http\` with \`url: https://…/healthz\`.`,
    ],
    [
      'a mapping with a credential, not a list: never repeated',
      'kind: http\nheaders: {Authorization: Bearer s3cr3t-token}',
      `Invalid input 'health-checks': a mapping, not a list. Expected a YAML list of checks such as \`- kind: http\` with \`url: https://…/healthz\`.`,
    ],
    [
      'a URL with a password: the password is not repeated',
      "- {kind: http, url: 'ftp://user:hunter2@host/x'}",
      `${P}check 1 ('http-1') field 'url': 'ftp://user:***@host/x'. Expected an http or https URL such as https://api.example.com/healthz.`,
    ],
  ];
  it.each(cases)('%s', async (_title, yaml, message) => {
    const e = await errorOf(parseHealthChecks(yaml));
    expect(e.message).toBe(message);
    expect(e.input).toBe('health-checks');
  });

  it('YAML syntax errors are one line naming the input', async () => {
    const e = await errorOf(parseHealthChecks('- kind: http\n  url: [', { input: 'verify-checks' }));
    expect(e.message).toMatch(
      /^Invalid input 'verify-checks': not valid YAML \(.+\)\. Expected a YAML list of checks/,
    );
    expect(e.message).not.toContain('\n');
    expect(e.input).toBe('verify-checks');
  });

  it('with the variables a step provides, an unknown placeholder is an error at parse time', async () => {
    const e = await errorOf(
      parseHealthChecks("- {name: api, kind: http, url: '${PREVEIW_URL}/healthz'}", {
        variables: ['PREVIEW_URL', 'LIVE_URL'],
      }),
    );
    expect(e.message).toBe(
      `${P}check 1 ('api') field 'url': '\${PREVEIW_URL}/healthz'. Expected only the variables this step provides (\${PREVIEW_URL}, \${LIVE_URL}), not \${PREVEIW_URL}.`,
    );
  });
});

describe('resolveChecks: ${VARIABLES} in target fields', () => {
  const yaml = `
- name: api
  kind: http
  url: \${TARGET_URL}/healthz
  headers: { Authorization: 'Bearer \${TOKEN}' }
- name: edge
  kind: tls
  host: \${TARGET_URL}
- name: pods
  kind: kubernetes
  namespace: \${NAMESPACE}
  selector: app=api,color=\${COLOR}
`;
  it('fills placeholders from the map and leaves the parsed specs alone', async () => {
    const specs = await parseHealthChecks(yaml);
    const preview = resolveChecks(specs, {
      TARGET_URL: 'http://api-preview.prod:8080',
      TOKEN: 't0k3n-abc',
      NAMESPACE: 'prod',
      COLOR: 'green',
    });
    const live = resolveChecks(specs, {
      TARGET_URL: 'https://api.example.com',
      TOKEN: 't0k3n-abc',
      NAMESPACE: 'prod',
      COLOR: 'blue',
    });
    expect(preview[0]).toMatchObject({
      url: 'http://api-preview.prod:8080/healthz',
      headers: { Authorization: 'Bearer t0k3n-abc' },
    });
    expect(preview[1]).toMatchObject({ host: 'http://api-preview.prod:8080' });
    expect(preview[2]).toMatchObject({ namespace: 'prod', selector: 'app=api,color=green' });
    expect(live[0]).toMatchObject({ url: 'https://api.example.com/healthz' });
    expect(live[2]).toMatchObject({ selector: 'app=api,color=blue' });
    expect((specs[0] as CheckSpec & { url: string }).url).toBe('${TARGET_URL}/healthz');
    expect(sensitiveValues(live)).toEqual(['Bearer t0k3n-abc', 't0k3n-abc']);
  });

  it('a placeholder with no value names the check, the field and the variables given', async () => {
    const specs = await parseHealthChecks(yaml);
    const e = errorOfSync(() => resolveChecks(specs, { LIVE_URL: 'http://x' }));
    expect(e.message).toBe(
      `${P}check 1 ('api') field 'url': '\${TARGET_URL}/healthz'. Expected a value for \${TARGET_URL} (variables given: LIVE_URL).`,
    );
  });

  it('a filled value is validated like a literal one', async () => {
    const specs = await parseHealthChecks(yaml);
    const e = errorOfSync(() =>
      resolveChecks(specs, { TARGET_URL: 'api.example.com', TOKEN: 'x', NAMESPACE: 'p', COLOR: 'c' }),
    );
    expect(e.message).toBe(
      `${P}check 1 ('api') field 'url': 'api.example.com/healthz'. Expected an http or https URL such as https://api.example.com/healthz.`,
    );
  });
});
