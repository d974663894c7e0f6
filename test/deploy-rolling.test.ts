/** Rolling strategy, the post step, and the GitHub Deployment record, against the emulators. */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { reconcile } from '../src/lib/deploy/post.js';
import { ANNOTATION, LABEL } from '../src/lib/k8s/manifests.js';
import type { Service } from '../src/lib/k8s/types.js';
import { runDeploy } from '../src/lib/deploy/action.js';
import { startGitHubEmulator, type GitHubEmulator } from '../src/sim/github/validated.js';
import {
  deployWith,
  harness,
  inputs,
  liveV1,
  traffic,
  writeApp,
  type Harness,
  clusterReads,
} from './deploy/harness.js';

let h: Harness;
const { dep, image } = clusterReads(() => h);
beforeEach(async () => {
  h = await harness();
});
afterEach(async () => h.close());

describe('rolling', () => {
  it('rolls v2 out, records the previous spec and promotes', async () => {
    await liveV1(h, 'rolling');
    writeApp(h.dir, 'registry.example/web:v2');
    const r = await deployWith(h, { version: 'v2', strategy: 'rolling', verifyWindowMs: 10_000 });
    expect(r.result).toMatchObject({ result: 'promoted', version: 'v2', previousVersion: 'v1' });
    expect(image('web')).toBe('registry.example/web:v2');
    expect(JSON.parse(dep('web')?.metadata.annotations?.[ANNOTATION.previous] ?? '{}')).toMatchObject({
      spec: { containers: [{ image: 'registry.example/web:v1' }] },
    });
    expect(await traffic(h)).toEqual({ v2: 40 });
  });

  it('a crash-looping v2 is rolled back to v1, which serves again', async () => {
    await liveV1(h, 'rolling');
    writeApp(h.dir, 'registry.example/web:v2-crashloop', { progressDeadlineSeconds: 600 });
    const r = await deployWith(h, { version: 'v2', strategy: 'rolling', readyTimeoutMs: 600_000 });
    expect(r.result).toMatchObject({ result: 'rolled-back', previousVersion: 'v1' });
    expect(r.result.rollbackReason).toMatch(
      /^web did not finish rolling out: pod web-\w+-\w+ container web is CrashLoopBackOff/,
    );
    const at = (phase: string): number => r.timeline.events.find((e) => e.phase === phase)?.at ?? NaN;
    expect(at('rollback') - at('apply')).toBeLessThanOrEqual(8_000);
    expect(image('web')).toBe('registry.example/web:v1');
    expect(await traffic(h)).toEqual({ v1: 40 });
  });

  it('errors that start after the rollout are rolled back within the verify window', async () => {
    await liveV1(h, 'rolling');
    writeApp(h.dir, 'registry.example/web:v2');
    const checks = `
- name: error-ratio
  kind: http
  url: \${TARGET_URL}/
  samples: 20
  max-error-ratio: 5%
  interval: 2s
  failure-threshold: 2
`;
    const r = await deployWith(h, {
      version: 'v2',
      strategy: 'rolling',
      healthChecks: checks,
      verifyWindowMs: 60_000,
      onEvent: (e) => {
        if (e.phase === 'verify' && e.message.startsWith('watching'))
          h.kube.sim.behaviour('registry.example/web:v2', { errorRate: 0.3 });
      },
    });
    expect(r.result.result).toBe('rolled-back');
    expect(r.result.detectSeconds).toBeLessThanOrEqual(5);
    expect(image('web')).toBe('registry.example/web:v1');
    expect(await traffic(h)).toEqual({ v1: 40 });
  });

  it('a first deploy that never becomes ready fails: there is nothing to restore', async () => {
    writeApp(h.dir, 'registry.example/web:v1-never-ready', { progressDeadlineSeconds: 15 });
    const r = await deployWith(h, { version: 'v1', strategy: 'rolling' });
    expect(r.result.result).toBe('failed');
    expect(r.result.rollbackReason).toContain('progress deadline exceeded');
  });

  it('re-running a finished rolling deploy changes nothing', async () => {
    await liveV1(h, 'rolling');
    h.kube.clearRequests();
    const r = await deployWith(h, { version: 'v1', strategy: 'rolling' });
    expect(r.result).toMatchObject({ result: 'promoted', unchanged: true });
    expect(h.kube.requests.filter((q) => q.method !== 'GET' && !q.path.includes('/leases'))).toEqual([]);
  });
});

describe('post step (the job was killed mid-rollout)', () => {
  it('puts a switched-but-unverified blue-green back on the old color and releases the Lease', async () => {
    await liveV1(h);
    writeApp(h.dir, 'registry.example/web:v2');
    const state: Record<string, string> = {};
    // Run until the switch, then stop answering: as if the runner killed the process there.
    const r = deployWith(h, {
      version: 'v2',
      verifyWindowMs: 600_000,
      holder: 'github-run-9-1',
      saveState: (k, v) => {
        state[k] = v;
      },
    });
    await h.kube.sim.until(
      () =>
        (h.kube.objects.get('Service', 'default', 'web') as Service | undefined)?.spec?.selector?.[
          LABEL.color
        ] === 'green',
    );
    const killed = { ...state };
    expect(killed['bg-phase']).toMatch(/^switch(ing|ed)$/);
    expect(killed).toMatchObject({
      'bg-old-color': 'blue',
      'lease-holder': 'github-run-9-1',
    });
    expect(killed.phase).toBeUndefined();
    const log: string[] = [];
    await reconcile(
      h.client,
      (k) => killed[k] ?? '',
      (m) => log.push(m),
    );
    expect(log).toEqual([
      'post: the rollout was interrupted after the switch; live Service web is back on blue.',
      'post: web-green scaled to 0.',
      'post: released the rollout Lease of web.',
    ]);
    await h.clock.sleep(3_000); // kube-proxy programs the selector change
    expect(await traffic(h)).toEqual({ v1: 40 });
    expect(h.kube.objects.get('Lease', 'default', 'keelson-web')).toBeUndefined();
    // The "killed" process is still running in this test: let it finish (its Lease is gone, so it cannot renew).
    await r.catch(() => undefined);
  });

  it('does nothing after a finished rollout', async () => {
    await liveV1(h);
    h.kube.clearRequests();
    const log: string[] = [];
    await reconcile(
      h.client,
      (k) => ({ namespace: 'default', service: 'web', phase: 'done', 'lease-holder': 'x' })[k] ?? '',
      (m) => log.push(m),
    );
    expect(log).toEqual([]);
    expect(h.kube.requests.filter((q) => q.method !== 'GET')).toEqual([]);
  });
});

describe('GitHub Deployment record', () => {
  let gh: GitHubEmulator;
  beforeEach(async () => {
    gh = await startGitHubEmulator({ repos: ['acme/web'] });
  });
  afterEach(async () => gh.close());

  async function run(image: string, version: string) {
    writeApp(h.dir, image);
    return runDeploy(
      inputs({
        version,
        githubToken: 'gh-token',
        environment: 'production',
        environmentUrl: 'https://web.example.com',
        verifyWindowMs: 6_000,
      }),
      {
        clock: h.clock,
        setSecret: () => undefined,
        signal: new AbortController().signal,
        context: {
          eventName: 'push',
          repo: { owner: 'acme', repo: 'web' },
          sha: 'a'.repeat(40),
          ref: 'refs/heads/main',
          runId: '77',
          runAttempt: '1',
          serverUrl: 'https://github.com',
          apiUrl: gh.url,
          workspace: h.dir,
          runnerTemp: h.dir,
          prNumber: undefined,
          headSha: undefined,
          fromFork: false,
          payload: {},
          runUrl: 'https://github.com/acme/web/actions/runs/77',
        },
        cwd: h.dir,
        kube: h.client,
        holder: 'github-run-77-1',
      },
    );
  }

  it('records in_progress then success with the environment URL', async () => {
    const r = await run('registry.example/web:v1', 'v1');
    expect(r.result.result).toBe('promoted');
    const [d] = gh.state.deployments('acme', 'web');
    expect(d).toMatchObject({ environment: 'production', ref: 'a'.repeat(40) });
    const statuses = gh.state
      .deploymentStatuses('acme', 'web', d!.id)
      .map((s) => [s.state, s.environmentUrl]);
    expect(statuses).toEqual([
      ['in_progress', ''],
      ['success', 'https://web.example.com'],
    ]);
    gh.assertNoViolations();
  });

  it('records failure with the rollback reason', async () => {
    await liveV1(h);
    const r = await run('registry.example/web:v2-never-ready', 'v2');
    expect(r.result.result).toBe('rolled-back');
    const [d] = gh.state.deployments('acme', 'web');
    const last = gh.state.deploymentStatuses('acme', 'web', d!.id).at(-1);
    expect(last).toMatchObject({ state: 'failure' });
    expect(last?.description).toMatch(/^green did not become ready/);
  });

  it('a GitHub outage does not stop the rollout', async () => {
    gh.inject({ method: 'POST', path: '/repos/{owner}/{repo}/deployments', status: 503, times: 1 });
    const r = await run('registry.example/web:v1', 'v1');
    expect(r.result.result).toBe('promoted');
  });
});
