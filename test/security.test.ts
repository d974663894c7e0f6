/**
 * What an attacker with a pull request, a comment or a printed value could try: forge workflow commands through
 * any printing path, read the runner's tokens from a child process, escape the workspace with a path input,
 * hang the action with a regular expression or a pathological report, pass a gate that has nothing to check.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdirSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { run as testAction } from '../src/actions/test/main.js';
import { run as healthCheck } from '../src/actions/health-check/main.js';
import { run as deployAction } from '../src/actions/deploy/main.js';
import { runLocally, type LocalRun } from '../src/lib/local-runner.js';
import { nodeCommand, tempDir } from './helpers/tmp.js';

/**
 * The workflow commands the runner would see in a log, by its own rules: a line is split at \n, \r\n and a bare
 * \r; a line whose first non-blank characters are `::` is a command; `##[` anywhere is the legacy form. Lines
 * between `::stop-commands::T` and `::T::` are plain text.
 */
function runnerCommands(log: string[]): string[] {
  const out: string[] = [];
  let stop: string | undefined;
  for (const line of log.join('\n').split(/\r\n|\r|\n/)) {
    const t = line.trimStart();
    if (stop) {
      if (t === `::${stop}::`) stop = undefined;
      continue;
    }
    const v2 = /^::([A-Za-z-]+)[ :]/.exec(t);
    if (v2) {
      if (v2[1] === 'stop-commands') stop = /^::stop-commands::(.*)$/.exec(t)?.[1];
      out.push(v2[1] as string);
      continue;
    }
    const legacy = /##\[([A-Za-z-]+)/.exec(line);
    if (legacy) out.push(`legacy:${legacy[1]}`);
  }
  return out;
}

const FORGERY = 'x\r::add-mask::hijack\n  ::error::forged\n##[error]legacy forged\n##[add-mask]y';

let ws: { dir: string; cleanup: () => void };
beforeEach(() => {
  ws = tempDir();
});
afterEach(() => ws.cleanup());

describe('nothing printed can forge a workflow command', () => {
  it('info, warning, error, notice, debug and group neutralise ::, ##[ and a bare \\r', async () => {
    const r = await runLocally(async (ctx) => {
      ctx.info(FORGERY);
      ctx.warning(FORGERY, { title: FORGERY, file: 'a##[b' });
      ctx.error(FORGERY);
      ctx.notice(FORGERY);
      ctx.debug(FORGERY);
      await ctx.group(FORGERY, async () => ctx.info('inside'));
    });
    expect(runnerCommands(r.log)).toEqual(['warning', 'error', 'notice', 'debug', 'group', 'endgroup']);
    // What people read is still there (the neutraliser only adds an invisible character).
    expect(r.log.join('\n').replace(/\u200b/g, '')).toContain('::error::forged');
  });

  it('a child process’s output (the test command) cannot end stop-commands early or forge with \\r', async () => {
    const script = `process.stdout.write('ok\\r::error::cr-forged\\n'); process.stdout.write(${JSON.stringify(FORGERY)}); require('fs').writeFileSync('junit.xml', '<testsuite name="a"><testcase classname="a" name="b"/></testsuite>')`;
    const r = await runLocally(testAction, {
      inputs: { command: nodeCommand(script) },
      env: { GITHUB_WORKSPACE: ws.dir },
    });
    expect(r.failed).toBe(false);
    expect(runnerCommands(r.log).filter((c) => c !== 'stop-commands')).toEqual([]);
  });

  it('an HTTP body in a health-check result is printed inert, in the log and in the failure line', async () => {
    const server = http.createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.end(`\n::add-mask::hijack\r##[error]forged ${'z'.repeat(10)}`);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    try {
      const checks = `- {name: api, kind: http, url: '${url}', json-path: status, json-equals: ok, interval: 1s, failure-threshold: 1}`;
      const r = await runLocally(healthCheck, { inputs: { checks, duration: '5s' } });
      expect(r.failed).toBe(true);
      expect(runnerCommands(r.log)).toEqual(['error']);
      expect(r.annotations[0]?.message).toMatch(/^Health checks failed: .*body is not JSON/);
    } finally {
      server.close();
    }
  });
});

describe('child processes do not inherit tokens they were not given', () => {
  const show = nodeCommand(
    `const keys = Object.keys(process.env).filter((k) => /^(INPUT_|STATE_|GITHUB_TOKEN$|ACTIONS_)/i.test(k)).sort(); console.log('TOKENS=' + keys.join(',')); require('fs').writeFileSync('junit.xml', '<testsuite name="a"><testcase classname="a" name="b"/></testsuite>')`,
  );
  const env = {
    GITHUB_TOKEN: 'ghs_env_token',
    ACTIONS_RUNTIME_TOKEN: 'runtime-token',
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'oidc-token',
    ACTIONS_ID_TOKEN_REQUEST_URL: 'https://oidc.example/token',
    ACTIONS_CACHE_URL: 'https://cache.example/',
  };
  const tokens = (r: LocalRun): string | undefined =>
    r.log.find((l) => l.startsWith('TOKENS='))?.slice('TOKENS='.length);

  it('the test command gets no INPUT_* (the github-token among them), GITHUB_TOKEN or ACTIONS_* token', async () => {
    const r = await runLocally(testAction, {
      inputs: { command: show, 'github-token': 'ghs_input_token' },
      env: { GITHUB_WORKSPACE: ws.dir, ...env },
    });
    expect(r.failed).toBe(false);
    expect(tokens(r)).toBe('');
  });

  it('pass-env passes exactly the variables it names', async () => {
    const r = await runLocally(testAction, {
      inputs: { command: show, 'pass-env': 'GITHUB_TOKEN' },
      env: { GITHUB_WORKSPACE: ws.dir, ...env },
    });
    expect(tokens(r)).toBe('GITHUB_TOKEN');
  });
});

describe('path inputs stay inside the workspace', () => {
  const line = (r: LocalRun): string[] =>
    r.annotations.filter((a) => a.command === 'error').map((a) => a.message);

  it.each([
    [
      { 'working-directory': '..' },
      "Invalid input 'working-directory': '..'. Expected a path inside the workspace (WS) or the runner's temp directory.",
    ],
    [
      { 'working-directory': '/etc' },
      "Invalid input 'working-directory': '/etc'. Expected a path inside the workspace (WS) or the runner's temp directory.",
    ],
    [
      { reports: '../../**/*.xml' },
      "Invalid input 'reports': '../../**/*.xml'. Expected glob patterns relative to the working directory, without .. or an absolute path.",
    ],
    [
      { reports: '/var/log/**/*.xml' },
      "Invalid input 'reports': '/var/log/**/*.xml'. Expected glob patterns relative to the working directory, without .. or an absolute path.",
    ],
  ])('test action %j', async (inputs, message) => {
    const r = await runLocally(testAction, {
      inputs: { command: nodeCommand('process.exit(0)'), ...inputs },
      env: { GITHUB_WORKSPACE: ws.dir, RUNNER_TEMP: join(ws.dir, '.tmp') },
    });
    expect(line(r)).toEqual([message.replace('WS', ws.dir)]);
  });

  it('a symlink inside the workspace that points outside is refused too', async () => {
    const { symlinkSync } = await import('node:fs');
    symlinkSync('/etc', join(ws.dir, 'escape'));
    const r = await runLocally(testAction, {
      inputs: { command: nodeCommand('process.exit(0)'), 'working-directory': 'escape' },
      env: { GITHUB_WORKSPACE: ws.dir },
    });
    expect(line(r)).toEqual([
      `Invalid input 'working-directory': 'escape'. Expected a path inside the workspace (${ws.dir}) or the runner's temp directory.`,
    ]);
  });

  it.each([
    [
      { manifests: '../deploy/*.yaml' },
      "Invalid input 'manifests': '../deploy/*.yaml'. Expected glob patterns relative to the working directory, without .. or an absolute path.",
    ],
    [
      { kustomize: '../overlays/prod' },
      "Invalid input 'kustomize': '../overlays/prod'. Expected a path inside the workspace (WS).",
    ],
    [
      { 'helm-chart': '/charts/app' },
      "Invalid input 'helm-chart': '/charts/app'. Expected a path inside the workspace (WS).",
    ],
  ])('deploy %j', async (inputs, message) => {
    const r = await runLocally(deployAction, {
      inputs: { service: 'web', kubeconfig: 'kubeconfig.yaml', ...inputs },
      env: { GITHUB_WORKSPACE: ws.dir },
    });
    expect(line(r)).toEqual([message.replace('WS', ws.dir)]);
  });
});

describe('inputs that could hang or crash the action', () => {
  it('a 300 KB failure message made of 150,000 backtick runs is summarised (no spread over input-sized arrays)', async () => {
    const message = '`a'.repeat(150_000);
    const xml = `<testsuite name="s"><testcase classname="s" name="t"><failure message="boom">${message}</failure></testcase></testsuite>`;
    mkdirSync(join(ws.dir, 'out'));
    writeFileSync(join(ws.dir, 'out/junit.xml'), xml);
    const r = await runLocally(testAction, {
      inputs: { reports: 'out/junit.xml', 'fail-on-failure': 'false' },
      env: { GITHUB_WORKSPACE: ws.dir },
    });
    expect(r.annotations.filter((a) => a.command === 'error').map((a) => a.message)).toEqual([
      expect.stringMatching(/^boom/),
    ]);
    expect(r.failed).toBe(false);
    expect(r.outputs.failed).toBe('1');
    expect(r.summary).toContain('```\n`a`a`a');
  });
});

describe('a gate with nothing to check fails', () => {
  it.each(['[]', 'null', '~', '---', '# nothing here'])(
    'health-check checks: %j is an input error',
    async (checks) => {
      const r = await runLocally(healthCheck, { inputs: { checks } });
      expect(r.failed).toBe(true);
      expect(r.annotations.map((a) => a.message)).toEqual([
        "Invalid input 'checks': no checks. Expected a YAML list of checks such as `- kind: http` with `url: https://…/healthz`; a gate with nothing to check would pass anything.",
      ]);
    },
  );

  it("deploy health-checks: '[]' does not silently drop the default checks", async () => {
    mkdirSync(join(ws.dir, 'k8s'));
    writeFileSync(
      join(ws.dir, 'k8s/app.yaml'),
      'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\nspec:\n  selector: {matchLabels: {app: web}}\n  template:\n    metadata: {labels: {app: web}}\n    spec: {containers: [{name: app, image: registry.example/web:v1}]}\n',
    );
    const r = await runLocally(deployAction, {
      inputs: {
        service: 'web',
        kubeconfig: 'kubeconfig.yaml',
        manifests: 'k8s/*.yaml',
        'health-checks': '[]',
      },
      env: { GITHUB_WORKSPACE: ws.dir },
    });
    expect(r.annotations.map((a) => a.message)).toEqual([
      "Invalid input 'health-checks': no checks. Expected a YAML list of checks such as `- kind: http` with `url: https://…/healthz`; a gate with nothing to check would pass anything. Leave it empty for the default checks.",
    ]);
  });
});
