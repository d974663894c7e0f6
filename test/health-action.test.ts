/** The health-check action's inputs as a new user meets them: files, vars, bounds, up-front field errors. */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { run as healthCheck } from '../src/actions/health-check/main.js';
import { checksFromValue, runChecks } from '../src/lib/health/index.js';
import { realClock } from '../src/lib/clock.js';
import { runLocally, type LocalRun } from '../src/lib/local-runner.js';
import { tempDir } from './helpers/tmp.js';

let ws: { dir: string; cleanup: () => void };
let server: http.Server;
let url: string;
const seen: (string | undefined)[] = [];
beforeEach(async () => {
  ws = tempDir();
  seen.length = 0;
  server = http.createServer((req, res) => {
    seen.push(req.headers.authorization);
    res.writeHead(req.headers.authorization === 'Bearer s3cr3t-api-token' ? 200 : 401);
    res.end('ok');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/healthz`;
});
afterEach(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  ws.cleanup();
});

const act = (inputs: Record<string, string>): Promise<LocalRun> =>
  runLocally(healthCheck, { inputs: { duration: '5s', ...inputs }, env: { GITHUB_WORKSPACE: ws.dir } });
const errors = (r: LocalRun): string[] =>
  r.annotations.filter((a) => a.command === 'error').map((a) => a.message);

describe('health-check action inputs', () => {
  it('checks may be the path of a file in the workspace; vars fill ${NAME} and secret values are masked', async () => {
    writeFileSync(
      join(ws.dir, 'checks.yaml'),
      `- name: api\n  kind: http\n  url: \${API_URL}\n  headers: {Authorization: 'Bearer \${API_TOKEN}'}\n`,
    );
    const r = await act({ checks: 'checks.yaml', vars: `API_URL: ${url}\nAPI_TOKEN: s3cr3t-api-token` });
    expect(errors(r)).toEqual([]);
    expect(r.outputs.result).toBe('passed');
    expect(seen).toContain('Bearer s3cr3t-api-token');
    expect(r.log).toContain('::add-mask::s3cr3t-api-token');
    expect(r.log.filter((l) => !l.startsWith('::add-mask::')).join('\n')).not.toContain('s3cr3t');
  });

  it.each([
    [
      { checks: 'missing.yaml' },
      "Invalid input 'checks': file 'missing.yaml' not found (relative to WS). Expected checks YAML or the path of a file holding it.",
    ],
    [
      { checks: `- {kind: http, url: '\${API_URL}'}` },
      "Invalid input 'checks': check 1 ('http-1') field 'url': '${API_URL}'. Expected a value for ${API_URL} (no variables were given).",
    ],
    [
      { checks: '- {kind: dns, hostname: api..example.com}' },
      "Invalid input 'checks': check 1 ('dns-1') field 'hostname': 'api..example.com'. Expected a DNS name such as api.example.com.",
    ],
    [
      { checks: '- {kind: dns, hostname: -bad.example}' },
      "Invalid input 'checks': check 1 ('dns-1') field 'hostname': '-bad.example'. Expected a DNS name such as api.example.com.",
    ],
    [
      { checks: `- {kind: dns, hostname: ${'a'.repeat(64)}.example}` },
      `Invalid input 'checks': check 1 ('dns-1') field 'hostname': '${'a'.repeat(64)}.example'. Expected a DNS name such as api.example.com.`,
    ],
    [
      { checks: '- {kind: dns, hostname: api.example.com, resolver: system, server: 10.0.0.2}' },
      "Invalid input 'checks': check 1 ('dns-1') field 'resolver': 'system'. Expected 'dns' when a server is given (the system resolver asks its own).",
    ],
    [
      { checks: '- {kind: tls, host: api.example.com, ca-file: ca/missing.pem}' },
      `Invalid input 'checks': check 1 ('tls-1') field 'ca-file': 'ca/missing.pem'. Expected an existing PEM file of trusted certificates (not found from ${process.cwd()}).`,
    ],
    [
      { checks: '- {kind: tcp, host: a:1}', vars: '- a' },
      'Invalid input \'vars\': a list, not a mapping. Expected a YAML or JSON mapping such as `key: value` lines or {"key": "value"}.',
    ],
  ])('%j: one line, before any probe', async (inputs, message) => {
    const r = await act(inputs);
    expect(errors(r)).toEqual([message.replace('WS', ws.dir)]);
    expect(seen).toEqual([]);
  });

  it('bounds the checks: a huge file and a list of hundreds of checks are input errors, not a hung runner', async () => {
    writeFileSync(join(ws.dir, 'huge.yaml'), '- {kind: tcp, host: "a:1"}\n'.repeat(40_000));
    expect(errors(await act({ checks: 'huge.yaml' }))).toEqual([
      "Invalid input 'checks': file 'huge.yaml' is 1055 KiB. Expected checks YAML of at most 256 KiB.",
    ]);
    const many = Array.from({ length: 101 }, (_, i) => `- {name: c${i}, kind: tcp, host: "a:1"}`).join('\n');
    expect(errors(await act({ checks: many }))).toEqual([
      "Invalid input 'checks': 101 checks. Expected at most 100 (each one probes on its own interval).",
    ]);
  });
});

describe('dns checks resolve the way clients do', () => {
  it('by default through the system resolver, so /etc/hosts names resolve', async () => {
    const specs = checksFromValue([{ kind: 'dns', hostname: 'localhost', 'expect-address': '127.0.0.1' }]);
    expect(specs[0]).toMatchObject({ resolver: 'system' });
    const r = await runChecks(specs, {
      clock: realClock,
      mode: 'until-healthy',
      deadline: Date.now() + 10_000,
    });
    expect(r.status).toBe('passed');
    expect(r.checks[0]?.lastMessage).toBe('localhost → 127.0.0.1');
  });
});

describe('health-check action: Kubernetes API outage', () => {
  it('pods checks during an outage are inconclusive, not retried past the probe, and the gate fails', async () => {
    const { startKubeEmulator } = await import('../src/sim/kube/index.js');
    const kube = await startKubeEmulator({ tickMs: 200 });
    try {
      const config = join(ws.dir, 'kubeconfig.yaml');
      await kube.writeKubeconfig(config);
      kube.outage(600_000);
      const r = await act({
        kubeconfig: config,
        duration: '3s',
        checks: `
- name: pods
  kind: kubernetes
  namespace: default
  selector: app=web
  interval: 500ms
  timeout: 500ms
`,
      });
      expect(r.failed).toBe(true);
      expect(errors(r)).toEqual([
        expect.stringMatching(
          /^Health checks failed: not healthy within \d+(\.\d+)?s: check 1 \('pods'\) 0\/1 successes, no probe completed$/,
        ),
      ]);
      // Each probe said why, at once (one attempt within the probe, no retries outliving it).
      const probes = r.log.filter((l) => l.startsWith('pods: '));
      expect(probes.length).toBeGreaterThanOrEqual(2);
      expect(new Set(probes)).toEqual(
        new Set([
          expect.stringMatching(
            /^pods: FAIL the Kubernetes API could not be asked: Cannot reach the Kubernetes API server at http:\/\/127\.0\.0\.1:\d+: the connection was reset \(ECONNRESET\)\.$/,
          ),
        ]),
      );
    } finally {
      await kube.close();
    }
  }, 60_000);
});
