/**
 * One rollout end to end (deploy/run.ts), fast: the GitHub Deployment it records for each outcome (promoted,
 * rolled back, paused canary, stopped by an error) and when GitHub fails, the strategy it dispatches to, the
 * Lease it takes, releases, or loses — each from a state the test sets up, on the emulators' virtual clock.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { parseCanarySteps } from '../src/lib/deploy/canary-settings.js';
import { deploy, serviceUrl, type DeployOptions } from '../src/lib/deploy/run.js';
import type { TimelineEvent } from '../src/lib/deploy/timeline.js';
import type { DeploySettings } from '../src/lib/deploy/types.js';
import { createGitHubApi } from '../src/lib/github/client.js';
import { parseHealthChecks } from '../src/lib/health/index.js';
import { parseManifests } from '../src/lib/k8s/manifests.js';
import type { KubeObject } from '../src/lib/k8s/types.js';
import { startGitHubEmulator, type GitHubEmulator } from '../src/sim/github/validated.js';
import { sdkElbv2 } from '../src/lib/aws/elbv2.js';
import { TEST_CREDENTIALS } from '../src/sim/kube/index.js';
import {
  HTTP_CHECKS,
  harness,
  liveV1,
  writeApp,
  writePlatformApp,
  type Harness,
  clusterReads,
} from './deploy/harness.js';

let h: Harness;
const { image } = clusterReads(() => h);
let gh: GitHubEmulator;
beforeEach(async () => {
  h = await harness();
  gh = await startGitHubEmulator({ repos: ['acme/web'] });
});
afterEach(async () => {
  await gh.close();
  await h.close();
});

const SHA = 'c'.repeat(40);
const leaseHolder = (): string | undefined =>
  (h.kube.objects.get('Lease', 'default', 'keelson-web')?.spec as { holderIdentity?: string } | undefined)
    ?.holderIdentity;

interface Run {
  events: TimelineEvent[];
  warnings: string[];
  state: Record<string, string>;
}

/** deploy() of the manifests `writeApp` wrote for `tag`, with a GitHub Deployment unless `github: false`. */
async function rollout(
  tag: string,
  settings: Partial<DeploySettings> = {},
  over: Partial<Omit<DeployOptions, 'github'>> & { github?: DeployOptions['github'] | false } = {},
): Promise<Run & { outcome: Awaited<ReturnType<typeof deploy>> | Error }> {
  writeApp(h.dir, `registry.example/web:${tag}`);
  const objects = await parseManifests(readFileSync(join(h.dir, 'app.yaml'), 'utf8'), 'app.yaml');
  for (const o of objects) o.metadata.namespace = 'default';
  const run: Run = { events: [], warnings: [], state: {} };
  const { github, onEvent, ...rest } = over;
  const outcome = await deploy({
    kube: h.client,
    clock: h.clock,
    signal: new AbortController().signal,
    settings: {
      strategy: 'rolling',
      namespace: 'default',
      service: 'web',
      version: tag,
      readyTimeoutMs: 60_000,
      verifyWindowMs: 6_000,
      scaleDownDelayMs: 0,
      switchTimeoutMs: 60_000,
      router: 'auto',
      checks: await parseHealthChecks(HTTP_CHECKS),
      ...settings,
    },
    objects,
    holder: 'run-1',
    waitForLockMs: 0,
    github:
      github === false
        ? undefined
        : (github ?? {
            api: await createGitHubApi('gh-token', gh.url, { attempts: 1 }),
            repo: { owner: 'acme', repo: 'web' },
            ref: SHA,
            environment: 'production',
            environmentUrl: 'https://web.example.com',
            logUrl: 'https://github.com/acme/web/actions/runs/5',
          }),
    saveState: (k, v) => (run.state[k] = v),
    onEvent: (e, t) => {
      run.events.push(e);
      onEvent?.(e, t);
    },
    onWarning: (m) => run.warnings.push(m),
    ...rest,
  }).catch((e: unknown) => e as Error);
  return { ...run, outcome };
}

/** deploy() of the platform manifests (Deployment, Service, ALB Ingress) for `tag`, rolling, no GitHub. */
async function platformRollout(tag: string, over: Partial<Omit<DeployOptions, 'github'>>) {
  writePlatformApp(h.dir, `registry.example/web:${tag}`, { hpa: false, replicas: 2 });
  const objects = await parseManifests(readFileSync(join(h.dir, 'app.yaml'), 'utf8'), 'app.yaml');
  for (const o of objects) o.metadata.namespace = 'default';
  const run: Run = { events: [], warnings: [], state: {} };
  const outcome = await deploy({
    kube: h.client,
    clock: h.clock,
    signal: new AbortController().signal,
    settings: {
      strategy: 'rolling',
      namespace: 'default',
      service: 'web',
      version: tag,
      readyTimeoutMs: 60_000,
      verifyWindowMs: 6_000,
      scaleDownDelayMs: 0,
      switchTimeoutMs: 60_000,
      router: 'auto',
      checks: await parseHealthChecks(HTTP_CHECKS),
    },
    objects,
    holder: 'run-1',
    waitForLockMs: 0,
    onEvent: (e) => run.events.push(e),
    ...over,
  }).catch((e: unknown) => e as Error);
  return { ...run, outcome };
}

const statuses = (): string[][] => {
  const [d] = gh.state.deployments('acme', 'web');
  return gh.state
    .deploymentStatuses('acme', 'web', d!.id)
    .map((s) => [s.state, s.description, s.environmentUrl, s.logUrl]);
};
const said = (r: Run, ...phases: string[]): string[] =>
  r.events.filter((e) => phases.includes(e.phase)).map((e) => `${e.phase} ${e.level} ${e.message}`);
const LOG = 'https://github.com/acme/web/actions/runs/5';

describe('the GitHub Deployment of a rollout', () => {
  it('promoted: created for the commit in the environment, in_progress then success with the environment URL', async () => {
    const r = await rollout('v1');
    expect(r.outcome).toMatchObject({ result: { result: 'promoted', version: 'v1' } });
    const all = gh.state.deployments('acme', 'web');
    expect(all).toHaveLength(1);
    expect(all[0]).toMatchObject({
      ref: SHA,
      sha: SHA,
      environment: 'production',
      description: 'rolling v1',
      productionEnvironment: true,
      payload: { keelson: 1, version: 'v1', strategy: 'rolling', service: 'web', images: [] },
    });
    expect(statuses()).toEqual([
      ['in_progress', 'rolling v1', '', LOG],
      ['success', 'promoted: v1', 'https://web.example.com', LOG],
    ]);
    // What the post step reads if the runner dies mid-rollout: the Lease, where, and this record's id.
    expect(r.state).toMatchObject({
      'lease-holder': 'run-1',
      namespace: 'default',
      service: 'web',
      'github-deployment-id': String(all[0]!.id),
      phase: 'done',
    });
    expect(r.warnings).toEqual([]);
    gh.assertNoViolations();
  });

  it('rolled back: failure with the rollback reason, and no environment URL', async () => {
    await liveV1(h, 'rolling');
    const r = await rollout('v2-never-ready', { version: 'v2', readyTimeoutMs: 20_000 });
    const result = (r.outcome as Awaited<ReturnType<typeof deploy>>).result;
    expect(result).toMatchObject({ result: 'rolled-back', version: 'v2', previousVersion: 'v1' });
    expect(result.rollbackReason).toMatch(/^web did not finish rolling out: /);
    expect(statuses()).toEqual([
      ['in_progress', 'rolling v2', '', LOG],
      ['failure', result.rollbackReason!.slice(0, 140), '', LOG],
    ]);
    expect(image('web')).toBe('registry.example/web:v1');
  });

  it('a failed first deploy with nothing to restore is a failure too', async () => {
    const r = await rollout('v1-never-ready', { version: 'v1', readyTimeoutMs: 20_000 });
    expect(r.outcome).toMatchObject({ result: { result: 'failed', version: 'v1' } });
    expect(statuses().map((s) => s[0])).toEqual(['in_progress', 'failure']);
  });

  it('stopped by an error: failure saying so, the error goes on to the caller, the Lease is released', async () => {
    // A canary of web is paused at a manual step: a rolling deploy is refused before anything is written.
    await liveV1(h);
    const paused = await rollout(
      'v2',
      {
        strategy: 'canary',
        version: 'v2',
        canary: {
          steps: parseCanarySteps('steps', '50:manual,100', 6_000),
          analysisIntervalMs: 2_000,
          failureLimit: 2,
          action: 'run',
        },
      },
      { github: false },
    );
    expect(paused.outcome).toMatchObject({ result: { result: 'paused' } });
    const r = await rollout('v3', { version: 'v3' });
    expect((r.outcome as Error).message).toBe(
      'A canary of web (v2) is paused at 50%: run the deploy with strategy canary and action promote or abort first.',
    );
    expect(statuses()).toEqual([
      ['in_progress', 'rolling v3', '', LOG],
      ['failure', 'the rollout stopped with an error', '', LOG],
    ]);
    expect(said(r, 'lock')).toEqual([
      'lock info holding Lease keelson-web',
      'lock info released Lease keelson-web',
    ]);
    expect(leaseHolder()).toBeUndefined();
    expect(r.state.phase).toBe('done');
    expect(image('web-green')).toBe('registry.example/web:v2');
    expect(h.kube.objects.get('Deployment', 'default', 'web')).toBeUndefined();
    // The canary itself is not refused: promote finishes it.
    const promoted = await rollout(
      'v2',
      {
        strategy: 'canary',
        version: 'v2',
        canary: {
          steps: parseCanarySteps('steps', '50:manual,100', 6_000),
          analysisIntervalMs: 2_000,
          failureLimit: 2,
          action: 'promote',
        },
      },
      { github: false },
    );
    expect(promoted.outcome).toMatchObject({ result: { result: 'promoted', liveColor: 'green' } });
  });

  it('a canary paused at a manual step stays in_progress, its description says it is paused', async () => {
    await liveV1(h);
    const r = await rollout('v2', {
      strategy: 'canary',
      version: 'v2',
      canary: {
        steps: parseCanarySteps('steps', '50:manual,100', 6_000),
        analysisIntervalMs: 2_000,
        failureLimit: 2,
        action: 'run',
      },
    });
    expect(r.outcome).toMatchObject({ result: { result: 'paused', liveColor: 'blue' } });
    expect(statuses()).toEqual([
      ['in_progress', 'canary v2', '', LOG],
      ['in_progress', 'paused: v2', '', LOG],
    ]);
  });

  it('GitHub failing to create the Deployment: one warning, the rollout goes on, no status written', async () => {
    gh.inject({ method: 'POST', path: '/repos/{owner}/{repo}/deployments', status: 503, times: 1 });
    const r = await rollout('v1');
    expect(r.outcome).toMatchObject({ result: { result: 'promoted' } });
    expect(r.warnings).toHaveLength(1);
    expect(r.warnings[0]).toMatch(
      /^Could not create a GitHub Deployment \(.*Service Unavailable.*\); the rollout goes on\.$/,
    );
    expect(gh.state.deployments('acme', 'web')).toEqual([]);
    expect(r.state['github-deployment-id']).toBeUndefined();
    expect(image('web')).toBe('registry.example/web:v1');
  });

  it('GitHub failing on the final status: one warning, the outcome stands', async () => {
    const r = await rollout(
      'v1',
      {},
      {
        onEvent: (e) => {
          if (e.phase === 'verify' && e.message.startsWith('watching'))
            gh.inject({
              method: 'POST',
              path: '/repos/{owner}/{repo}/deployments/{deployment_id}/statuses',
              status: 500,
              times: 1,
            });
        },
      },
    );
    expect(r.outcome).toMatchObject({ result: { result: 'promoted' } });
    expect(r.warnings).toHaveLength(1);
    expect(r.warnings[0]).toMatch(/^Could not update the GitHub Deployment: .*Server Error/);
    expect(statuses().map((s) => s[0])).toEqual(['in_progress']);
  });
});

describe('without a warning sink (onWarning unset)', () => {
  it('GitHub failing to create the Deployment does not stop the rollout', async () => {
    gh.inject({ method: 'POST', path: '/repos/{owner}/{repo}/deployments', status: 503, times: 1 });
    const r = await rollout('v1', {}, { onWarning: undefined });
    expect(r.outcome).toMatchObject({ result: { result: 'promoted' } });
    expect(image('web')).toBe('registry.example/web:v1');
  });

  it('GitHub failing on the final status and the Lease not released do not change the outcome', async () => {
    const r = await rollout(
      'v1',
      {},
      {
        onWarning: undefined,
        onEvent: (e) => {
          if (e.phase === 'verify' && e.level === 'ok') {
            gh.inject({
              method: 'POST',
              path: '/repos/{owner}/{repo}/deployments/{deployment_id}/statuses',
              status: 500,
              times: 1,
            });
            h.kube.forbid({ kind: 'Lease', verbs: ['delete'] });
          }
        },
      },
    );
    expect(r.outcome).toMatchObject({ result: { result: 'promoted' } });
    expect(statuses().map((s) => s[0])).toEqual(['in_progress']);
    expect(leaseHolder()).toBe('run-1');
  });
});

describe('the strategy, the Lease', () => {
  it('dispatches on the strategy: blue-green makes colors, rolling the Deployment itself', async () => {
    const bg = await rollout('v1', { strategy: 'blue-green' }, { github: false });
    expect(bg.outcome).toMatchObject({ result: { result: 'promoted', liveColor: 'blue' } });
    expect(said(bg, 'start')).toEqual(['start info blue-green rollout of web v1 in default']);
    expect(image('web-blue')).toBe('registry.example/web:v1');
    expect(h.kube.objects.get('Deployment', 'default', 'web')).toBeUndefined();
  });

  it('checks reach the Service through the API server proxy, on its port', async () => {
    const r = await rollout('v1', {}, { github: false });
    const result = (r.outcome as Awaited<ReturnType<typeof deploy>>).result;
    expect(result.checks[0]?.checks.map((c) => c.target)).toEqual([
      'pods app=web in default',
      'GET k8s-service://default/web:80/healthz',
    ]);
    expect(serviceUrl('ns', 'api')).toBe('k8s-service://ns/api');
    expect(serviceUrl('ns', 'api', 8080)).toBe('k8s-service://ns/api:8080');
  });

  it('a Lease taken over by another run: this run makes no write after that, says so, and leaves it to the other', async () => {
    await liveV1(h, 'rolling');
    const r = await rollout(
      'v2',
      { version: 'v2', verifyWindowMs: 60_000 },
      {
        github: false,
        onEvent: (e) => {
          if (e.phase === 'verify' && e.message.startsWith('watching')) {
            // Another run takes the Lease (this one was cut off); 25 s later (a renewal saw it) v2 starts failing:
            // the rollback would write.
            const lease = h.kube.objects.get('Lease', 'default', 'keelson-web') as KubeObject;
            void h.client.patch(
              {
                apiVersion: 'coordination.k8s.io/v1',
                kind: 'Lease',
                name: 'keelson-web',
                namespace: 'default',
              },
              { spec: { ...(lease.spec as object), holderIdentity: 'run-2' } },
            );
            void h.clock
              .sleep(25_000)
              .then(() => h.kube.sim.behaviour('registry.example/web:v2', { errorRate: 1 }));
          }
        },
      },
    );
    // Not rolled back: the restore's writes were refused, and the result and the timeline say so.
    const result = (r.outcome as Awaited<ReturnType<typeof deploy>>).result;
    expect(result).toMatchObject({ result: 'failed', version: 'v2', previousVersion: 'v1' });
    expect(result.rollbackReason).toMatch(/^verify window failed: /);
    const rollback = said(r, 'rollback');
    expect(rollback).toHaveLength(2);
    expect(rollback[1]).toMatch(
      /^rollback warn could not restore .*Deployment\/web in default: Lost the rollout Lease keelson-web in 'default': it is now held by 'run-2'.* This run stopped before its next write/,
    );
    expect(said(r, 'lock').at(-1)).toMatch(/^lock error lost Lease keelson-web: it is now held by 'run-2'/);
    // Nothing was written after the Lease went: v2 is still there, for the run holding the Lease to decide.
    expect(image('web')).toBe('registry.example/web:v2');
    expect(leaseHolder()).toBe('run-2');
  });

  it('a Lease that cannot be released: one warning, the outcome stands, the timeline does not claim it', async () => {
    const r = await rollout(
      'v1',
      {},
      {
        github: false,
        onEvent: (e) => {
          if (e.phase === 'verify' && e.level === 'ok') h.kube.forbid({ kind: 'Lease', verbs: ['delete'] });
        },
      },
    );
    expect(r.outcome).toMatchObject({ result: { result: 'promoted' } });
    expect(r.warnings).toHaveLength(1);
    expect(r.warnings[0]).toMatch(/^Could not release Lease keelson-web: .*forbidden/i);
    expect(said(r, 'lock')).toEqual(['lock info holding Lease keelson-web']);
    expect(leaseHolder()).toBe('run-1');
  });
});

describe('behind an ALB', () => {
  it('the load balancer as this runner reaches it: the checks go through it; by default its DNS name', async () => {
    await h.close();
    h = await harness({});
    const elbv2 = sdkElbv2({
      region: h.kube.region,
      endpoint: h.kube.elbv2Endpoint!,
      credentials: TEST_CREDENTIALS[0],
    });
    const asked: string[] = [];
    const r = await platformRollout('v1', {
      elbv2,
      loadBalancerUrl: (dns) => {
        asked.push(dns);
        return h.kube.sim.loadBalancerUrl(dns);
      },
    });
    expect(r.outcome).toMatchObject({ result: { result: 'promoted' } });
    const dns = h.kube.sim.lbc?.loadBalancerOf('default', 'web')?.dnsName ?? '';
    expect(asked).toEqual([dns]);
    const result = (r.outcome as Awaited<ReturnType<typeof deploy>>).result;
    expect(result.checks[0]?.checks.map((c) => c.target)[1]).toBe(
      `GET ${h.kube.sim.loadBalancerUrl(dns)}/healthz`,
    );
    // Without a mapping, the runner tries http://<DNS name>: not resolvable here, so the checks fall back.
    const plain = await platformRollout('v2', { elbv2 });
    expect(plain.outcome).toMatchObject({ result: { result: 'promoted' } });
    expect(said(plain, 'plan')).toContain(
      `plan warn the ALB ${dns} does not answer this runner (internal, or its security groups): checks go through the API server's service proxy instead`,
    );
  });
});
