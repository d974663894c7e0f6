/**
 * The deploy flow's own parts, fast: the version a rollout is named by (from the inputs, the image tag or the
 * commit), the job summary's Markdown for each outcome, and the one line a failed rollout fails the step with.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { cpSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  failureOf,
  renderDeploySummary,
  runDeploy,
  withImage,
  type RunDeployDeps,
} from '../src/lib/deploy/action.js';
import type { DeployInputs } from '../src/lib/deploy/settings.js';
import type { Kube } from '../src/lib/k8s/client.js';
import { Timeline } from '../src/lib/deploy/timeline.js';
import type { DeployResult } from '../src/lib/deploy/types.js';
import { InputError, PolicyError } from '../src/lib/errors.js';
import type { KubeObject } from '../src/lib/k8s/types.js';
import { CloudWatchApi } from '../src/sim/aws/cloudwatch.js';
import { startGitHubEmulator, type GitHubEmulator } from '../src/sim/github/validated.js';
import { harness, inputs, writeApp, writePlatformApp, type Harness } from './deploy/harness.js';

/** Waits (real time, at most 2 s) for what sockets do on their own: a closed client's connections ending. */
async function until(done: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !done(); i++) await new Promise((r) => setTimeout(r, 10));
}

describe('the version a rollout is named by', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await harness();
    // Another run holds the Lease: each rollout below stops right after saying what it rolls out.
    await h.client.create({
      apiVersion: 'coordination.k8s.io/v1',
      kind: 'Lease',
      metadata: { name: 'keelson-web', namespace: 'default' },
      spec: {
        holderIdentity: 'other-run',
        // Held for good: helm and kubectl run as child processes, and virtual time moves on while they do.
        leaseDurationSeconds: 2_147_483_647,
        renewTime: '2026-01-01T00:00:00.000000Z',
      },
    } as KubeObject);
  });
  afterAll(async () => h.close());

  async function started(image: string, over: { version?: string; sha?: string } = {}) {
    writeApp(h.dir, image);
    const lines: string[] = [];
    const err = await runDeploy(inputs({ strategy: 'rolling', version: over.version }), {
      clock: h.clock,
      setSecret: () => undefined,
      signal: new AbortController().signal,
      context: {
        eventName: 'push',
        repo: undefined,
        sha: over.sha ?? '',
        ref: '',
        runId: '1',
        runAttempt: '1',
        serverUrl: '',
        apiUrl: '',
        workspace: h.dir,
        runnerTemp: h.dir,
        prNumber: undefined,
        headSha: undefined,
        fromFork: false,
        payload: {},
        runUrl: undefined,
      },
      cwd: h.dir,
      kube: h.client,
      holder: 'test-run',
      onEvent: (e) => lines.push(e.message),
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PolicyError);
    return lines[0]?.replace(/^rolling rollout of web (\S+) in default$/, '$1');
  }

  it('the version input, else the image tag, else the commit, else "unversioned"', async () => {
    expect(await started('registry.example/web:v1.4.2', { version: 'release-7', sha: 'abc' })).toBe(
      'release-7',
    );
    expect(await started('registry.example/web:v1.4.2', { sha: '0123456789abcdef0123' })).toBe('v1.4.2');
    expect(await started('registry.example:5000/web:v2@sha256:' + 'a'.repeat(64))).toBe('v2');
    expect(await started('registry.example/web:latest', { sha: '0123456789abcdef0123' })).toBe(
      '0123456789ab',
    );
    expect(await started('registry.example/web', { sha: '0123456789abcdef0123' })).toBe('0123456789ab');
    expect(await started('registry.example/web')).toBe('unversioned');
  });

  it('checks that are there but empty are one line naming the input, with the way to the default checks', async () => {
    writeApp(h.dir, 'registry.example/web:v1');
    const err = await runDeploy(inputs({ strategy: 'rolling', healthChecks: '[]' }), {
      clock: h.clock,
      setSecret: () => undefined,
      signal: new AbortController().signal,
      context: { sha: '', repo: undefined, runUrl: undefined } as never,
      cwd: h.dir,
      kube: h.client,
      holder: 'test-run',
    }).catch((e: unknown) => e);
    expect((err as Error).message).toMatch(
      /^Invalid input 'health-checks': no checks\..*Leave it empty for the default checks\.$/,
    );
  });

  /** A runDeploy of `over` on the manifests in h.dir, with the emulator's client unless `deps` says otherwise. */
  async function attempt(
    over: Partial<DeployInputs>,
    deps: Partial<RunDeployDeps> = {},
  ): Promise<{ error: unknown; lines: string[]; warnings: string[] }> {
    const lines: string[] = [];
    const warnings: string[] = [];
    const error = await runDeploy(inputs({ strategy: 'rolling', ...over }), {
      clock: h.clock,
      setSecret: () => undefined,
      signal: new AbortController().signal,
      context: { sha: 'feedface0123456789', repo: undefined, runUrl: undefined } as never,
      cwd: h.dir,
      kube: h.client,
      holder: 'test-run',
      onEvent: (e) => lines.push(e.message),
      onWarning: (m) => warnings.push(m),
      ...deps,
    }).then(
      () => undefined,
      (e: unknown) => e,
    );
    return { error, lines, warnings };
  }
  const writeManifests = (...docs: object[]): void =>
    writeFileSync(join(h.dir, 'app.yaml'), docs.map((d) => JSON.stringify(d)).join('\n---\n'));
  const deployment = (name: string, containers: object[]) => ({
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name },
    spec: {
      selector: { matchLabels: { app: name } },
      template: { metadata: { labels: { app: name } }, spec: { containers } },
    },
  });

  it('the version is the tag of a Deployment’s image, never of a Job’s; a Deployment without containers has none', async () => {
    writeManifests(
      {
        apiVersion: 'batch/v1',
        kind: 'Job',
        metadata: { name: 'migrate' },
        spec: {
          template: {
            spec: {
              restartPolicy: 'Never',
              containers: [{ name: 'm', image: 'registry.example/migrate:m7' }],
            },
          },
        },
      },
      deployment('web', [{ name: 'web', image: 'registry.example/web:v1.4.2' }]),
    );
    expect((await attempt({})).lines[0]).toBe('rolling rollout of web v1.4.2 in default');
    writeManifests(deployment('web', []));
    expect((await attempt({})).lines[0]).toBe('rolling rollout of web feedface0123 in default');
  });

  it('pinned images name the version; a service that names no Deployment is refused before the cluster is asked', async () => {
    writeApp(h.dir, 'registry.example/web:v1');
    const pinned = await attempt({ images: [{ name: 'web', ref: 'registry.example/web:v3.1' }] });
    expect(pinned.lines[0]).toBe('rolling rollout of web v3.1 in default');
    h.kube.clearRequests();
    const { error, lines } = await attempt({ service: 'api' });
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toBe(
      "Invalid input 'service': 'api' matches no Deployment in the manifests (found: web). Expected the name of the Deployment to roll out.",
    );
    expect(lines).toEqual([]);
    expect(h.kube.requests).toEqual([]);
  });

  it('a Helm chart is released under the service’s name unless helm-release names it', async () => {
    cpSync(fileURLToPath(new URL('./data/k8s/chart', import.meta.url)), join(h.dir, 'chart'), {
      recursive: true,
    });
    // The project's helm (scripts/ensure-tools.sh); under Stryker the tests run in .stryker-tmp/sandbox-*/, without .cache.
    const helm = ['../.cache/bin/helm', '../../../.cache/bin/helm']
      .map((p) => fileURLToPath(new URL(p, import.meta.url)))
      .find((p) => existsSync(p));
    const named = await attempt({ manifests: [], helmChart: 'chart' }, { helm });
    expect(named.error).toBeInstanceOf(PolicyError);
    expect(named.lines[0]).toBe('rolling rollout of web feedface0123 in default');
    const other = await attempt({ manifests: [], helmChart: 'chart', helmRelease: 'web-prod' }, { helm });
    expect((other.error as Error).message).toBe(
      "Invalid input 'service': 'web' matches no Deployment in the manifests (found: web-prod). Expected the name of the Deployment to roll out.",
    );
  });

  it('health-checks may name a file of the workspace; a missing one is one line naming the input', async () => {
    writeApp(h.dir, 'registry.example/web:v1');
    mkdirSync(join(h.dir, 'k8s'), { recursive: true });
    writeFileSync(
      join(h.dir, 'k8s', 'checks.yaml'),
      "- {name: errors, kind: cloudwatch, metric: 5xx-ratio, threshold: '< 0.01'}\n",
    );
    const fromFile = await attempt({ healthChecks: 'k8s/checks.yaml' });
    expect((fromFile.error as Error).message).toMatch(/^Invalid input 'health-checks': check 1 \('errors'\)/);
    const missing = await attempt({ healthChecks: 'k8s/missing.yaml' });
    expect(missing.error).toBeInstanceOf(InputError);
    expect((missing.error as Error).message).toBe(
      `Invalid input 'health-checks': file 'k8s/missing.yaml' not found (relative to ${h.dir}). Expected checks YAML or the path of a file holding it.`,
    );
  });

  it('a CloudWatch metric of the canary’s target group outside a canary is refused, naming the check; one with its own target group is not', async () => {
    writeApp(h.dir, 'registry.example/web:v1');
    h.kube.clearRequests();
    const checksOf = (cw: string): string =>
      `- {name: pods, kind: kubernetes, namespace: default, selector: app=web}\n- ${cw}\n`;
    const versioned = await attempt({
      strategy: 'blue-green',
      healthChecks: checksOf("{name: errors, kind: cloudwatch, metric: 5xx-ratio, threshold: '< 0.01'}"),
    });
    expect(versioned.error).toBeInstanceOf(InputError);
    expect((versioned.error as InputError).input).toBe('health-checks');
    expect((versioned.error as Error).message).toBe(
      "Invalid input 'health-checks': check 2 ('errors') field 'target-group': 'canary'. Expected a target group ARN with load-balancer: canary and stable are the target groups of strategy canary (this deploy is blue-green).",
    );
    expect(h.kube.requests).toEqual([]);
    // With its own target group and load balancer, or as alarms, it reads CloudWatch: that needs a region.
    const tg = 'arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web/0123456789abcdef';
    const lb = 'arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/web/fedcba9876543210';
    const noRegion = (n: number, name: string): string =>
      `Invalid input 'aws-region': ''. Expected the AWS region CloudWatch is read in (check ${n} ('${name}') is of kind cloudwatch), or AWS_REGION.`;
    for (const cw of [
      `{name: errors, kind: cloudwatch, metric: 5xx-ratio, threshold: '< 0.01', target-group: '${tg}', load-balancer: '${lb}'}`,
      '{name: errors, kind: cloudwatch, alarms: [web-5xx]}',
    ]) {
      const { error } = await attempt({ healthChecks: checksOf(cw) });
      expect(error).toBeInstanceOf(InputError);
      expect((error as Error).message).toBe(noRegion(2, 'errors'));
    }
    expect(h.kube.requests).toEqual([]);
    // A canary's own target groups are what a canary compares.
    const canary = await attempt({
      strategy: 'canary',
      healthChecks: checksOf("{name: errors, kind: cloudwatch, metric: 5xx-ratio, threshold: '< 0.01'}"),
    });
    expect((canary.error as Error).message).toBe(noRegion(2, 'errors'));
  });

  it('analysis cloudwatch with no checks configured runs CloudWatch’s default checks, which need a region', async () => {
    writeApp(h.dir, 'registry.example/web:v1');
    const { error } = await attempt({ strategy: 'canary', analysis: 'cloudwatch', healthChecks: '' });
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).input).toBe('aws-region');
    expect((error as Error).message).toBe(
      "Invalid input 'aws-region': ''. Expected the AWS region CloudWatch is read in (check 2 ('alb-5xx-ratio') is of kind cloudwatch), or AWS_REGION.",
    );
    // Checks that are configured win over the analysis' defaults.
    const configured = await attempt({ strategy: 'canary', analysis: 'cloudwatch' });
    expect(configured.error).toBeInstanceOf(PolicyError);
  });

  it('from the kubeconfig input: one warning per call that retries, and the client it made is closed', async () => {
    writeApp(h.dir, 'registry.example/web:v1');
    const kubeconfig = join(h.dir, 'kubeconfig.yaml');
    await h.kube.writeKubeconfig(kubeconfig);
    // No connection is left of the tests' own client: what is open after the rollout is the rollout's.
    expect(h.kube.openConnections).toBeGreaterThan(0);
    h.client.close();
    await until(() => h.kube.openConnections === 0);
    h.kube.inject({ status: 503, method: 'GET', path: '/leases/keelson-web', times: 3 });
    const { error, warnings } = await attempt(
      { access: { kind: 'kubeconfig', kubeconfig }, apiTimeoutMs: 45_000 },
      { kube: undefined },
    );
    expect((error as Error).message).toMatch(
      /^Another rollout of 'web' in 'default' is in progress: Lease keelson-web is held by 'other-run'/,
    );
    expect(warnings).toEqual([
      'Kubernetes API GET /apis/coordination.k8s.io/v1/namespaces/default/leases/keelson-web answered 503; retrying for up to 45s (api-timeout)',
    ]);
    expect(h.kube.requests.filter((r) => r.fault)).toHaveLength(3);
    await until(() => h.kube.openConnections === 0);
    expect(h.kube.openConnections).toBe(0);
    // A caller that takes no warnings (the simulator) still gets the retries.
    h.kube.inject({ status: 503, method: 'GET', path: '/leases/keelson-web', times: 1 });
    const quiet = await attempt(
      { access: { kind: 'kubeconfig', kubeconfig }, apiTimeoutMs: 45_000 },
      { kube: undefined, onWarning: undefined },
    );
    expect((quiet.error as Error).message).toMatch(/^Another rollout of 'web' in 'default' is in progress/);
  });

  it('a client the caller passed is the caller’s: left open', async () => {
    writeApp(h.dir, 'registry.example/web:v1');
    let closed = 0;
    const kube = Object.create(h.client, { close: { value: () => void closed++ } }) as Kube;
    const { error } = await attempt({}, { kube });
    expect(error).toBeInstanceOf(PolicyError);
    expect(closed).toBe(0);
  });

  it('withImage sets every container of the Deployments, nothing else', () => {
    const objects = [
      {
        apiVersion: 'apps/v1',
        kind: 'Deployment',
        metadata: { name: 'web' },
        spec: {
          template: {
            spec: {
              containers: [
                { name: 'a', image: 'x:1' },
                { name: 'b', image: 'y:1' },
              ],
            },
          },
        },
      },
      {
        apiVersion: 'v1',
        kind: 'Pod',
        metadata: { name: 'p' },
        spec: { containers: [{ name: 'c', image: 'z:1' }] },
      },
      {
        apiVersion: 'batch/v1',
        kind: 'Job',
        metadata: { name: 'j' },
        spec: { template: { spec: { containers: [{ name: 'm', image: 'm:1' }] } } },
      },
    ] as unknown as KubeObject[];
    withImage('registry.example/web:v9')(objects);
    expect(JSON.stringify(objects)).toBe(
      JSON.stringify([
        {
          apiVersion: 'apps/v1',
          kind: 'Deployment',
          metadata: { name: 'web' },
          spec: {
            template: {
              spec: {
                containers: [
                  { name: 'a', image: 'registry.example/web:v9' },
                  { name: 'b', image: 'registry.example/web:v9' },
                ],
              },
            },
          },
        },
        {
          apiVersion: 'v1',
          kind: 'Pod',
          metadata: { name: 'p' },
          spec: { containers: [{ name: 'c', image: 'z:1' }] },
        },
        {
          apiVersion: 'batch/v1',
          kind: 'Job',
          metadata: { name: 'j' },
          spec: { template: { spec: { containers: [{ name: 'm', image: 'm:1' }] } } },
        },
      ]),
    );
  });
});

describe('the job summary', () => {
  const clock = { now: () => Date.UTC(2026, 0, 1), sleep: async () => undefined };
  const timeline = (): Timeline => {
    const t = new Timeline(clock);
    t.add('plan', 'rolling v1 → v2');
    return t;
  };
  const s = inputs({ strategy: 'rolling' });

  it('promoted, and already live', () => {
    const r: DeployResult = { result: 'promoted', version: 'v2', previousVersion: 'v1', checks: [] };
    const md = renderDeploySummary(s, r, timeline());
    expect(md.split('\n').slice(0, 2)).toEqual(['### ✅ Promoted: web v2 (rolling, default)', '']);
    expect(md).toContain('| previous version | v1 |');
    expect(md).toContain('#### Timeline');
    expect(md).toContain('rolling v1 → v2');
    expect(md).not.toContain('detected in');
    expect(md).not.toContain('> ');
    expect(renderDeploySummary(s, { ...r, previousVersion: undefined, unchanged: true }, timeline())).toMatch(
      /^### ✅ Promoted: web v2 \(rolling, default\) — already live, nothing changed\n[\s\S]*\| previous version \| — \|/,
    );
  });

  it('rolled back: the reason, how fast it was caught and undone', () => {
    const r: DeployResult = {
      result: 'rolled-back',
      version: 'v2',
      previousVersion: 'v1',
      rollbackReason: 'verify window failed: 30% errors',
      detectSeconds: 4.5,
      rollbackSeconds: 12,
      liveColor: 'blue',
      checks: [],
    };
    const md = renderDeploySummary(s, r, timeline());
    expect(md.split('\n').slice(0, 4)).toEqual([
      '### ↩️ Rolled back: web v2 (rolling, default)',
      '',
      '> verify window failed: 30% errors',
      '',
    ]);
    for (const row of [
      '| result | rolled-back |',
      '| live color | blue |',
      '| detected in | 4.5s |',
      '| traffic restored in | 12s |',
    ])
      expect(md).toContain(row);
    const failed = renderDeploySummary(
      s,
      { ...r, result: 'failed', rollbackSeconds: undefined, liveColor: undefined },
      timeline(),
    );
    expect(failed).toMatch(/^### ❌ Failed: web v2/);
    expect(failed).toContain('| detected in | 4.5s |');
    expect(failed).not.toContain('traffic restored in');
    expect(failed).not.toContain('live color');
  });

  it('the whole summary of a rollback, as the job summary shows it', () => {
    const r: DeployResult = {
      result: 'rolled-back',
      version: 'v2',
      previousVersion: 'v1',
      rollbackReason: 'r',
      detectSeconds: 4.5,
      rollbackSeconds: 12,
      checks: [{ status: 'failed', mode: 'watch', reason: 'x', startedAt: 0, verdictAt: 0, checks: [] }],
    };
    expect(renderDeploySummary(s, r, timeline())).toBe(
      [
        '### ↩️ Rolled back: web v2 (rolling, default)',
        '',
        '> r',
        '',
        '|  |  |',
        '| --- | --- |',
        '| result | rolled-back |',
        '| version | v2 |',
        '| previous version | v1 |',
        '| detected in | 4.5s |',
        '| traffic restored in | 12s |',
        '',
        '#### Timeline',
        '',
        '| T+ |  | Phase | Event |',
        '| --- | --- | --- | --- |',
        '| 0.0s | • | plan | rolling v1 → v2 |',
        '',
        '#### Checks through the verify window',
        '',
        '| Check | Kind | Target | Status | Probes | Failures | Latency p50 / max | Last result |',
        '| --- | --- | --- | --- | --- | --- | --- | --- |',
        '',
      ].join('\n'),
    );
  });

  it('a canary: its weights and where it paused', () => {
    const r: DeployResult = {
      result: 'paused',
      version: 'v2',
      checks: [],
      canary: { maxWeight: 25, exposure: 0.1234, pausedAt: 25 },
    };
    const md = renderDeploySummary(s, r, timeline());
    expect(md).toMatch(/^### ⏸️ Paused at a manual step: web v2/);
    for (const row of [
      '| canary max weight | 25% |',
      '| canary exposure | 12.3% of users over the rollout |',
      '| paused at | 25% |',
    ])
      expect(md).toContain(row);
    const running = renderDeploySummary(
      s,
      { ...r, result: 'promoted', canary: { maxWeight: 100, exposure: 0.5 } },
      timeline(),
    );
    expect(running).toContain('| canary exposure | 50% of users over the rollout |');
    expect(running).not.toContain('paused at');
  });

  it('one section per check run, named by when it ran', () => {
    const check = (mode: 'watch' | 'until-healthy') => ({
      status: 'passed' as const,
      mode,
      reason: 'ok',
      startedAt: 0,
      verdictAt: 0,
      checks: [],
    });
    const md = renderDeploySummary(
      s,
      { result: 'promoted', version: 'v2', checks: [check('until-healthy'), check('watch')] } as DeployResult,
      timeline(),
    );
    const headings = md.split('\n').filter((l) => l.startsWith('#### '));
    expect(headings).toEqual([
      '#### Timeline',
      '#### Checks before the switch',
      '#### Checks through the verify window',
    ]);
  });

  it('the step fails with one line for a rollback or a failure, not for a promotion or a pause', () => {
    const base = { version: 'v2', checks: [] };
    expect(failureOf({ ...base, result: 'promoted' })).toBeUndefined();
    expect(failureOf({ ...base, result: 'paused' })).toBeUndefined();
    const rolled = failureOf({ ...base, result: 'rolled-back', rollbackReason: 'verify window failed' });
    expect(rolled).toBeInstanceOf(PolicyError);
    expect(rolled?.message).toBe('Rolled back: verify window failed');
    expect(failureOf({ ...base, result: 'failed' })?.message).toBe('Deploy failed: see the timeline');
  });
});

describe('a whole rollout through runDeploy', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await harness();
  });
  afterAll(async () => h.close());

  it('with no checks configured runs the default ones, stamps the commit, and names the release’s Deployments', async () => {
    writeApp(h.dir, 'registry.example/web:v1');
    const run = await runDeploy(
      inputs({ strategy: 'rolling', healthChecks: '  \n', verifyWindowMs: 10_000 }),
      {
        clock: h.clock,
        setSecret: () => undefined,
        signal: new AbortController().signal,
        context: {
          eventName: 'push',
          repo: undefined,
          sha: '0123456789abcdef0123',
          ref: '',
          runId: '1',
          runAttempt: '1',
          serverUrl: '',
          apiUrl: '',
          workspace: h.dir,
          runnerTemp: h.dir,
          prNumber: undefined,
          headSha: undefined,
          fromFork: false,
          payload: {},
          runUrl: 'https://github.example/o/r/actions/runs/1',
        },
        cwd: h.dir,
        kube: h.client,
        holder: 'test-run',
      },
    );
    expect(run.result).toMatchObject({ result: 'promoted', version: 'v1' });
    expect(run.deployments).toEqual(['web']);
    expect(run.markdown).toMatch(/^### ✅ Promoted: web v1 \(rolling, default\)\n/);
    expect(run.result.checks[0]?.checks.map((c) => `${c.name} ${c.kind}`)).toEqual([
      'pods kubernetes',
      'requests http',
    ]);
    const live = h.kube.objects.get('Deployment', 'default', 'web');
    expect(live?.metadata.annotations).toMatchObject({
      'keelson.dev/version': 'v1',
      'keelson.dev/commit': '0123456789abcdef0123',
      'keelson.dev/run-url': 'https://github.example/o/r/actions/runs/1',
    });
  });
});

describe('a canary judged by CloudWatch needs an ALB', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await harness();
  });
  afterAll(async () => h.close());

  it('analysis cloudwatch with no ALB is one line naming the input; configured checks are named instead', async () => {
    writeApp(h.dir, 'registry.example/web:v1');
    const attempt = (over: Partial<DeployInputs>) =>
      runDeploy(inputs({ strategy: 'canary', version: 'v2', awsRegion: 'us-east-1', ...over }), {
        clock: h.clock,
        setSecret: () => undefined,
        signal: new AbortController().signal,
        context: { sha: '', repo: undefined, runUrl: undefined } as never,
        cwd: h.dir,
        kube: h.client,
        holder: 'test-run',
      }).then(
        () => new Error('expected an input error'),
        (e: unknown) => e as Error,
      );
    const first = await runDeploy(inputs({ strategy: 'canary', version: 'v1', verifyWindowMs: 0 }), {
      clock: h.clock,
      setSecret: () => undefined,
      signal: new AbortController().signal,
      context: { sha: '', repo: undefined, runUrl: undefined } as never,
      cwd: h.dir,
      kube: h.client,
      holder: 'test-run',
    });
    expect(first.result.result).toBe('promoted');
    writeApp(h.dir, 'registry.example/web:v2');
    const analysis = await attempt({ analysis: 'cloudwatch', healthChecks: '  \n' });
    expect(analysis).toBeInstanceOf(InputError);
    expect(analysis.message).toBe(
      "Invalid input 'analysis': 'cloudwatch'. Expected default: the canary of web has no ALB (router replicas), so no target group of its own to read from CloudWatch.",
    );
    const configured = await attempt({
      analysis: 'cloudwatch',
      healthChecks: "- {name: errors, kind: cloudwatch, metric: 5xx-ratio, threshold: '< 0.01'}\n",
    });
    expect(configured).toBeInstanceOf(InputError);
    expect(configured.message).toBe(
      "Invalid input 'health-checks': check 1 ('errors') field 'target-group': 'canary'. Expected a target group ARN with load-balancer: the canary of web has no ALB (router replicas), so it has no target group of its own.",
    );
  });
});

describe('behind an ALB, with AWS and GitHub reached from the step’s environment', () => {
  const KEYS = {
    accessKeyId: 'AKIAKEELSONSTEP00001',
    secretAccessKey: 'stepSecretKey/000000000000000000000000001',
  };
  const SESSION = {
    accessKeyId: 'ASIAKEELSONSTEP00002',
    secretAccessKey: 'stepSecretKey/000000000000000000000000002',
    sessionToken: 'step-session-token',
  };
  let h: Harness;
  let cw: CloudWatchApi;
  let gh: GitHubEmulator;
  beforeAll(async () => {
    h = await harness({ credentials: [KEYS, SESSION] });
    const sim = h.kube.sim;
    if (!sim.elbv2 || !sim.alb) throw new Error('no ALB in the simulation');
    cw = new CloudWatchApi(h.clock, sim.elbv2, sim.alb, [KEYS, SESSION]);
    await cw.start();
    cw.setAlarm({ name: 'web-5xx', state: 'OK', reason: 'fine' });
    gh = await startGitHubEmulator({ repos: ['acme/web'] });
  });
  afterAll(async () => {
    await gh.close();
    await cw.close();
    await h.close();
  });

  async function rollout(version: string, githubToken: string, env: Record<string, string>) {
    writePlatformApp(h.dir, `registry.example/web:${version}`, { hpa: false, replicas: 2 });
    const warnings: string[] = [];
    const run = await runDeploy(
      inputs({
        strategy: 'rolling',
        version,
        verifyWindowMs: 10_000,
        scaleDownDelayMs: 0,
        awsRegion: h.kube.region,
        githubToken,
        environmentUrl: 'https://web.example',
        healthChecks: `
- {name: pods, kind: kubernetes, namespace: default, selector: app=web, interval: 5s}
- {name: alarms, kind: cloudwatch, alarms: [web-5xx], interval: 5s}
`,
      }),
      {
        clock: h.clock,
        setSecret: () => undefined,
        signal: new AbortController().signal,
        context: {
          repo: { owner: 'acme', repo: 'web' },
          sha: 'c'.repeat(40),
          apiUrl: gh.url,
          runUrl: 'https://github.com/acme/web/actions/runs/9',
        } as never,
        cwd: h.dir,
        kube: h.client,
        holder: 'test-run',
        loadBalancerUrl: (dns) => h.kube.sim.loadBalancerUrl(dns),
        onWarning: (m) => warnings.push(m),
        env: { AWS_ENDPOINT_URL_CLOUDWATCH: cw.url, ...env },
      },
    );
    return { run, warnings };
  }

  it('ELBv2 and CloudWatch in aws-region with the step’s endpoints and keys; the GitHub Deployment records the outcome', async () => {
    const { run, warnings } = await rollout('v1', 'gh-token', {
      AWS_ENDPOINT_URL_ELASTIC_LOAD_BALANCING_V2: h.kube.elbv2Endpoint ?? '',
      AWS_ENDPOINT_URL: 'http://127.0.0.1:1',
      AWS_ACCESS_KEY_ID: KEYS.accessKeyId,
      AWS_SECRET_ACCESS_KEY: KEYS.secretAccessKey,
    });
    expect(warnings).toEqual([]);
    expect(run.result.result).toBe('promoted');
    expect(run.timeline.events.map((e) => e.message)).toContain('every target of web is healthy on the ALB');
    expect(run.result.checks.at(-1)?.checks.map((c) => `${c.name} ${c.status}`)).toEqual([
      'pods passed',
      'alarms passed',
    ]);
    expect(h.kube.elbv2Requests.length).toBeGreaterThan(0);
    expect(h.kube.elbv2Requests.every((r) => r.status === 200)).toBe(true);
    expect(cw.requests.map((r) => `${r.operation} ${r.status}`)).toContain('DescribeAlarms 200');
    const [d, ...more] = gh.state.deployments('acme', 'web');
    expect(more).toEqual([]);
    expect(d).toMatchObject({ environment: 'production', sha: 'c'.repeat(40), description: 'rolling v1' });
    expect(d?.statuses.at(-1)).toMatchObject({ state: 'success', environmentUrl: 'https://web.example' });
    gh.assertNoViolations();
  });

  it('the endpoint for every AWS service and a session’s keys; no GitHub Deployment without a token', async () => {
    const elbv2Before = h.kube.elbv2Requests.length;
    const { run, warnings } = await rollout('v2', '', {
      AWS_ENDPOINT_URL: h.kube.elbv2Endpoint ?? '',
      AWS_ACCESS_KEY_ID: SESSION.accessKeyId,
      AWS_SECRET_ACCESS_KEY: SESSION.secretAccessKey,
      AWS_SESSION_TOKEN: SESSION.sessionToken,
    });
    expect(warnings).toEqual([]);
    expect(run.result).toMatchObject({ result: 'promoted', previousVersion: 'v1' });
    expect(h.kube.elbv2Requests.length).toBeGreaterThan(elbv2Before);
    expect(h.kube.elbv2Requests.every((r) => r.status === 200)).toBe(true);
    expect(gh.state.deployments('acme', 'web')).toHaveLength(1);
  });
});
