/**
 * The deploy flow's own parts, fast: the version a rollout is named by (from the inputs, the image tag or the
 * commit), the job summary's Markdown for each outcome, and the one line a failed rollout fails the step with.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { failureOf, renderDeploySummary, runDeploy, withImage } from '../src/lib/deploy/action.js';
import { Timeline } from '../src/lib/deploy/timeline.js';
import type { DeployResult } from '../src/lib/deploy/types.js';
import { PolicyError } from '../src/lib/errors.js';
import type { KubeObject } from '../src/lib/k8s/types.js';
import { harness, inputs, writeApp, type Harness } from './deploy/harness.js';

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
        leaseDurationSeconds: 3600,
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
    expect(renderDeploySummary(s, { ...r, result: 'failed' }, timeline())).toMatch(/^### ❌ Failed: web v2/);
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
