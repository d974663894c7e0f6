/**
 * The canary's step loop and its guards on the Kubernetes emulator and its virtual clock, small and fast: which run
 * is a first deploy or changes nothing, what a resumed (promoted) canary does again and what it does not, how the
 * canary's size follows stable's, the state the post step reads at each step, and how an abort ends when the router
 * cannot confirm users back on stable. Each test asserts what users see: timeline lines, the result, the objects
 * left in the cluster, the state saved for the post step.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CanarySettings } from '../src/lib/deploy/canary-settings.js';
import { CANARY_ANNOTATION } from '../src/lib/deploy/canary.js';
import { deploy } from '../src/lib/deploy/run.js';
import type { TimelineEvent } from '../src/lib/deploy/timeline.js';
import { parseManifests } from '../src/lib/k8s/manifests.js';
import { watchServer } from '../src/sim/clock.js';
import {
  deployWith,
  harness,
  liveV1,
  writeApp,
  type Harness,
  canaryOf as canary,
  timelineLines as lines,
  clusterReads,
} from './deploy/harness.js';

const COLOR = 'keelson.dev/color';
let h: Harness;
const { dep, replicas, image, selector } = clusterReads(() => h);
beforeEach(async () => {
  h = await harness();
});
afterEach(async () => {
  await h.close();
});

const progress = () => dep('web-blue')?.metadata.annotations?.[CANARY_ANNOTATION];
const ref = (name: string) => ({ apiVersion: 'apps/v1', kind: 'Deployment', name, namespace: 'default' });

/** A canary run of `version` with image `registry.example/web:<tag>`; the state saved for the post step, in order. */
async function run(
  tag: string,
  c: CanarySettings,
  over: Parameters<typeof deployWith>[1] & { replicas?: number } = {},
) {
  const { replicas: n, ...rest } = over;
  writeApp(h.dir, `registry.example/web:${tag}`, n === undefined ? {} : { replicas: n });
  const state: Record<string, string> = {};
  const saved: [string, string][] = [];
  const r = await deployWith(h, {
    version: 'v2',
    strategy: 'canary',
    canary: c,
    scaleDownDelayMs: 0,
    saveState: (k, v) => {
      state[k] = v;
      saved.push([k, v]);
    },
    ...rest,
  });
  return { ...r, state, saved };
}

/** v1 live on blue with `n` pods (a finished blue-green deploy). */
async function liveV1With(n: number) {
  writeApp(h.dir, 'registry.example/web:v1', { replicas: n });
  const r = await deployWith(h, { version: 'v1', verifyWindowMs: 6_000, scaleDownDelayMs: 0 });
  if (r.result.result !== 'promoted')
    throw new Error(`setup: v1 was not promoted: ${r.result.rollbackReason}`);
}

describe('which run is a canary', () => {
  it('promote with nothing paused, and a promote of another version than the paused one: InputErrors naming action', async () => {
    await liveV1(h);
    const promote = run('v2', canary('50:manual,100', { action: 'promote' }));
    await expect(promote).rejects.toMatchObject({
      name: 'InputError',
      input: 'action',
      message:
        "Invalid input 'action': 'promote'. Expected run: no canary of web is paused at a manual step.",
    });
    expect((await run('v2', canary('50:manual,100'))).result.result).toBe('paused');
    await expect(
      run('v3', canary('50:manual,100', { action: 'abort' }), { version: 'v3' }),
    ).rejects.toMatchObject({
      name: 'InputError',
      input: 'action',
      message:
        "Invalid input 'action': 'abort'. Expected the version of the paused canary (v2); this run deploys v3.",
    });
  });

  it('the live Service selects a color whose Deployment is gone: nothing serves users, so a first deploy', async () => {
    await liveV1(h);
    await h.client.delete(ref('web-blue'));
    const r = await run('v2', canary('50,100'));
    expect(lines(r.timeline.events, 'plan')[0]).toBe(
      'info plan: first deploy of web: no stable version to split traffic with, so v2 is checked and then takes every user',
    );
    expect(r.result).toMatchObject({ result: 'promoted', version: 'v2' });
    expect(r.result.canary).toBeUndefined();
  });

  it('stable scaled to 0: nothing serves users, so a first deploy, not a canary beside 0 pods', async () => {
    await liveV1(h);
    await h.client.patch(ref('web-blue'), { spec: { replicas: 0 } });
    const r = await run('v2', canary('50,100'));
    expect(lines(r.timeline.events, 'plan')[0]).toBe(
      'info plan: first deploy of web: no stable version to split traffic with, so v2 is checked and then takes every user',
    );
    expect(lines(r.timeline.events, 'step')).toEqual([]);
    expect(r.result).toMatchObject({ result: 'promoted', version: 'v2' });
  });

  it('router alb on a first deploy: the blue-green it runs asks for the ALB Ingress too', async () => {
    await expect(run('v2', canary('50,100'), { router: 'alb' })).rejects.toThrow(
      "Invalid input 'router': 'alb'. Expected an ALB Ingress (class alb) in the manifests routing to Service web.",
    );
    expect(dep('web-blue')).toBeUndefined();
  });

  it('a new version with the same images as stable still runs a canary', async () => {
    await liveV1(h);
    const r = await run('v1', canary('50:0,100:0'));
    expect(lines(r.timeline.events, 'plan')[0]).toMatch(
      /^info plan: v1 is live on blue \(2 pods\); canary v2 as green: /,
    );
    expect(r.result).toMatchObject({ result: 'promoted', version: 'v2', liveColor: 'green' });
    expect(r.result.unchanged).toBeUndefined();
    expect(dep('web-green')?.metadata.annotations?.['keelson.dev/version']).toBe('v2');
  });

  it('the same version with other images runs a canary; its promote finishes it even when the manifests now equal stable', async () => {
    await liveV1(h);
    const paused = await run('v1-patched', canary('50:manual,100'), { version: 'v1' });
    expect(paused.result).toMatchObject({ result: 'paused', version: 'v1', previousVersion: 'v1' });
    // The promote run's manifests carry stable's image again: the paused canary still holds half of the users.
    const r = await run('v1', canary('50:manual,100', { action: 'promote' }), { version: 'v1' });
    expect(lines(r.timeline.events, 'resume')).toEqual([
      'info resume: v1 holds 50% at step 1/2 (a manual step); action: promote',
    ]);
    expect(r.result).toMatchObject({ result: 'promoted', liveColor: 'green' });
    expect(r.result.unchanged).toBeUndefined();
    expect(selector()).toEqual({ app: 'web', [COLOR]: 'green' });
    expect(image('web-green')).toBe('registry.example/web:v1-patched');
    expect(replicas('web-blue')).toBe(0);
  });

  it('CloudWatch target-group metrics without an ALB: one InputError, for analysis or for the check, before anything is written', async () => {
    await liveV1(h);
    await expect(
      run('v2', canary('50,100'), { analysis: 'cloudwatch', healthChecks: '', awsRegion: 'eu-west-1' }),
    ).rejects.toMatchObject({
      name: 'InputError',
      input: 'analysis',
      message:
        "Invalid input 'analysis': 'cloudwatch'. Expected default: the canary of web has no ALB (router replicas), so no target group of its own to read from CloudWatch.",
    });
    await expect(
      run('v2', canary('50,100'), {
        healthChecks: "- {name: errors, kind: cloudwatch, metric: 5xx-ratio, threshold: '< 0.05'}",
        awsRegion: 'eu-west-1',
      }),
    ).rejects.toMatchObject({
      name: 'InputError',
      input: 'health-checks',
      message:
        "Invalid input 'health-checks': check 1 ('errors') field 'target-group': 'canary'. Expected a target group ARN with load-balancer: the canary of web has no ALB (router replicas), so it has no target group of its own.",
    });
    expect(dep('web-green')).toBeUndefined();
    expect(selector()).toEqual({ app: 'web', [COLOR]: 'blue' });
  });
});

describe('the step loop', () => {
  it('stable with 1 pod: the plan says "1 pod"', async () => {
    await liveV1With(1);
    const r = await run('v2', canary('50:0,100:0'), { replicas: 1 });
    expect(lines(r.timeline.events, 'plan')[0]).toMatch(
      /^info plan: v1 is live on blue \(1 pod\); canary v2 as green: /,
    );
  });

  it('stable scaled down during the canary: the canary follows its size ("1 pod")', async () => {
    await liveV1(h);
    const r = await run('v2', canary('50,100'), {
      onEvent: (e) => {
        if (e.phase === 'step' && e.message.startsWith('step 1/2'))
          void h.client.patch(ref('web-blue'), { spec: { replicas: 1 } });
      },
    });
    expect(r.result).toMatchObject({ result: 'promoted', liveColor: 'green' });
    expect(lines(r.timeline.events, 'rollout').filter((l) => l.includes('scaled to'))).toEqual([
      'info rollout: web-green scaled to 1 pod for 100%',
    ]);
    expect(replicas('web-green')).toBe(1);
  });

  it('a delivered share off by exactly 1 % is a warning', async () => {
    await liveV1With(3);
    const r = await run('v2', canary('24:0,100:0'), { replicas: 3 });
    expect(lines(r.timeline.events, 'step')[0]).toBe(
      'warn step: step 1/2: v2 takes 25% of users (requested 24%, actual 25% with 1 of 4 pods (no router: the share moves in whole pods))',
    );
  });

  it('a manual step at 100 % does not pause: nothing is left to hold', async () => {
    await liveV1(h);
    const r = await run('v2', canary('50:0,100:manual'));
    expect(r.result).toMatchObject({ result: 'promoted', liveColor: 'green', checks: [] });
    expect(lines(r.timeline.events, 'pause')).toEqual([]);
    expect(progress()).toBeUndefined();
  });

  it('no checks and no step to analyse: promoted, there was nothing to gate', async () => {
    await liveV1(h);
    writeApp(h.dir, 'registry.example/web:v2');
    const objects = await parseManifests(readFileSync(join(h.dir, 'app.yaml'), 'utf8'), 'app.yaml');
    for (const o of objects) o.metadata.namespace = 'default';
    const r = await deploy({
      kube: h.client,
      clock: h.clock,
      signal: new AbortController().signal,
      settings: {
        strategy: 'canary',
        namespace: 'default',
        service: 'web',
        version: 'v2',
        readyTimeoutMs: 60_000,
        verifyWindowMs: 0,
        scaleDownDelayMs: 0,
        switchTimeoutMs: 60_000,
        router: 'auto',
        checks: [],
        canary: canary('50:0,100:0'),
      },
      objects,
      holder: 'test',
      waitForLockMs: 0,
    });
    expect(r.result).toMatchObject({ result: 'promoted', liveColor: 'green', checks: [] });
  });

  it('each step: the phase and the progress annotation saved before and after the weight, its analysis under its own phase', async () => {
    await liveV1(h);
    const during: unknown[] = [];
    const r = await run('v2', canary('50,100'), {
      onEvent: (e) => {
        if (e.phase === 'step') during.push(JSON.parse(progress() ?? '{}'));
      },
    });
    expect(r.result.result).toBe('promoted');
    expect(r.saved.filter(([k]) => k === 'bg-phase').map(([, v]) => v)).toEqual([
      'switching',
      'switched',
      'switching',
      'switched',
      'done',
    ]);
    expect(during).toEqual([
      { version: 'v2', canary: 'green', step: 0, weight: 50, startStable: 2 },
      { version: 'v2', canary: 'green', step: 1, weight: 100, startStable: 2 },
    ]);
    expect(lines(r.timeline.events, 'analysis 50%').length).toBeGreaterThan(0);
    expect(lines(r.timeline.events, 'analysis 100%').length).toBeGreaterThan(0);
  });

  it('promote of a paused canary: the step it resumes is not analysed again, the later steps are', async () => {
    await liveV1(h);
    expect((await run('v2', canary('50:manual,75,100'))).result.result).toBe('paused');
    const r = await run('v2', canary('50:manual,75,100', { action: 'promote' }));
    expect(r.result).toMatchObject({ result: 'promoted', liveColor: 'green' });
    expect(r.result.checks.map((c) => c.status)).toEqual(['passed', 'passed']);
    expect(lines(r.timeline.events, 'analysis 50%')).toEqual([]);
    expect(lines(r.timeline.events, 'analysis 75%').length).toBeGreaterThan(0);
    expect(lines(r.timeline.events, 'analysis 100%').length).toBeGreaterThan(0);
  });

  it('stable deleted by hand during the canary: the canary keeps the size stable started with and completes', async () => {
    await liveV1(h);
    const r = await run('v2', canary('50,100'), {
      onEvent: (e) => {
        if (e.phase === 'step' && e.message.startsWith('step 1/2')) void h.client.delete(ref('web-blue'));
      },
    });
    expect(r.result).toMatchObject({ result: 'promoted', liveColor: 'green', canary: { maxWeight: 100 } });
    expect(lines(r.timeline.events, 'step')).toEqual([
      'ok step: step 1/2: v2 takes 50% of users (requested 50%, actual 50% with 2 of 4 pods)',
      "ok step: step 2/2: v2 takes 100% of users (Service web selects only green's pods)",
    ]);
    expect(dep('web-blue')).toBeUndefined();
    expect(replicas('web-green')).toBe(2);
    expect(selector()).toEqual({ app: 'web', [COLOR]: 'green' });
  });
});

/** A Prometheus HTTP API on loopback (`/api/v1/query`) on the virtual clock: one series of `value`; the queries it was asked, decoded. */
async function metricsBackend(value: () => string) {
  const queries: string[] = [];
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname !== '/api/v1/query') {
      res.writeHead(404).end();
      return;
    }
    queries.push(url.searchParams.get('query') ?? '');
    res.writeHead(200, { 'content-type': 'application/json' }).end(
      JSON.stringify({
        status: 'success',
        data: { resultType: 'vector', result: [{ metric: {}, value: [0, value()] }] },
      }),
    );
  });
  // As the simulator's servers do: every connection, request and response is activity for the virtual clock.
  watchServer(server, h.clock);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url, queries, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

const promCheck = (url: string, query: string) => `
- name: errors
  kind: prometheus
  url: ${url}
  query: '${query}'
  threshold: '< 1'
  interval: 2s
  timeout: 1s
`;

describe('what the analysis asks the metrics backend', () => {
  it('the canary, stable and live URL as the checks name them', async () => {
    await liveV1(h);
    const prom = await metricsBackend(() => '0');
    try {
      const r = await run('v2', canary('50,100'), {
        liveUrl: 'https://web.example.com',
        healthChecks: promCheck(
          prom.url,
          'errors{canary="{{canary}}",stable="{{stable}}",was="${STABLE_VERSION}",live="${LIVE_URL}"}',
        ),
      });
      expect(r.result).toMatchObject({ result: 'promoted', liveColor: 'green' });
      expect(new Set(prom.queries)).toEqual(
        new Set(['errors{canary="v2",stable="v1",was="v1",live="https://web.example.com"}']),
      );
    } finally {
      await prom.close();
    }
  });

  it('a stable Deployment without its version annotation: "unknown" in the plan, empty stable versions, "previous" on rollback', async () => {
    await liveV1(h);
    await h.client.patch(ref('web-blue'), { metadata: { annotations: { 'keelson.dev/version': null } } });
    const prom = await metricsBackend(() => '5');
    try {
      const r = await run('v2', canary('50,100'), {
        healthChecks: promCheck(prom.url, 'errors{stable="{{stable}}",was="${STABLE_VERSION}"}'),
      });
      expect(lines(r.timeline.events, 'plan')[0]).toMatch(
        /^info plan: unknown is live on blue \(2 pods\); canary v2 as green: /,
      );
      expect(new Set(prom.queries)).toEqual(new Set(['errors{stable="",was=""}']));
      expect(r.result).toMatchObject({ result: 'rolled-back', liveColor: 'blue' });
      expect(r.result.previousVersion).toBeUndefined();
      expect(lines(r.timeline.events, 'rollback')).toEqual([
        `error rollback: ${r.result.rollbackReason}; every user is back on blue (previous)`,
      ]);
      expect(selector()).toEqual({ app: 'web', [COLOR]: 'blue' });
    } finally {
      await prom.close();
    }
  });

  it('two checks failing their last probe when the window ends: the weight is held for both', async () => {
    await liveV1(h);
    let n = 0;
    // Two rounds of probes pass, every later one fails.
    const prom = await metricsBackend(() => (++n > 4 ? '5' : '0'));
    try {
      const r = await run('v2', canary('50,100'), {
        healthChecks:
          promCheck(prom.url, 'errors{check="a"}').replace('name: errors', 'name: errors-a') +
          promCheck(prom.url, 'errors{check="b"}').replace('name: errors', 'name: errors-b'),
      });
      expect(lines(r.timeline.events, 'analysis 50%')).toContain(
        "warn analysis 50%: holding the weight: 'errors-a' failed its last probe, 'errors-b' failed its last probe",
      );
      expect(r.result).toMatchObject({ result: 'rolled-back', liveColor: 'blue' });
      expect(r.result.rollbackReason).toMatch(
        /^step 1\/2 \(50%\): analysis failed: check \d \('errors-[ab]'\) failed 2 consecutive probes: value 5 is not < 1$/,
      );
    } finally {
      await prom.close();
    }
  });
});

/** The app's manifests plus `extra` (YAML documents appended). */
function writeAppWith(tag: string, extra: string, opts: Parameters<typeof writeApp>[2] = {}) {
  const file = writeApp(h.dir, `registry.example/web:${tag}`, opts);
  appendFileSync(file, `---\n${extra}`);
}
const hpaYaml = (min: number, max: number) => `apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: web
spec:
  scaleTargetRef:
    apiVersion: apps/v1
    kind: Deployment
    name: web
  minReplicas: ${min}
  maxReplicas: ${max}
  metrics:
    - type: Resource
      resource:
        name: cpu
        target:
          type: Utilization
          averageUtilization: 50
`;
const hpa = () =>
  h.kube.objects.get('HorizontalPodAutoscaler', 'default', 'web')?.spec as
    { scaleTargetRef?: { name?: string }; minReplicas?: number; maxReplicas?: number } | undefined;
/** A canary of v2 whose manifests carry `extra`; the HPA as it was when step 1 took its users. */
async function canaryWith(extra: string, c: CanarySettings, onEvent?: (e: TimelineEvent) => void) {
  writeAppWith('v2', extra);
  const during: unknown[] = [];
  const r = await deployWith(h, {
    version: 'v2',
    strategy: 'canary',
    canary: c,
    scaleDownDelayMs: 0,
    onEvent: (e) => {
      if (e.phase === 'step' && during.length === 0) during.push(structuredClone(hpa()));
      onEvent?.(e);
    },
  });
  return { ...r, during };
}

describe('stable during the canary and after an abort', () => {
  it('an HPA asking more than stable runs: its floor stays its own', async () => {
    await liveV1(h);
    const r = await canaryWith(hpaYaml(3, 5), canary('50:0,100:0'));
    expect(r.result.result).toBe('promoted');
    expect(r.during[0]).toMatchObject({
      scaleTargetRef: { name: 'web-blue' },
      minReplicas: 3,
      maxReplicas: 5,
    });
  });

  it('an HPA whose maximum is below what stable runs: the floor never passes the maximum', async () => {
    await liveV1(h);
    const r = await canaryWith(hpaYaml(1, 1), canary('50:0,100:0'));
    expect(r.result.result).toBe('promoted');
    expect(r.during[0]).toMatchObject({
      scaleTargetRef: { name: 'web-blue' },
      minReplicas: 1,
      maxReplicas: 1,
    });
  });

  it('abort of a paused canary: the HPA pinned at stable’s 2 pods gets its own floor back', async () => {
    await liveV1(h);
    const paused = await canaryWith(hpaYaml(1, 5), canary('50:manual,100'));
    expect(paused.result.result).toBe('paused');
    expect(hpa()).toMatchObject({ scaleTargetRef: { name: 'web-blue' }, minReplicas: 2 });
    const r = await canaryWith(hpaYaml(1, 5), canary('50:manual,100', { action: 'abort' }));
    expect(r.result.result).toBe('rolled-back');
    expect(hpa()).toMatchObject({ scaleTargetRef: { name: 'web-blue' }, minReplicas: 1, maxReplicas: 5 });
  });

  it('a failed canary: every object of the release as it was, the rollback timed from the verdict', async () => {
    const greeting = (tag: string, text: string) => {
      const file = writeApp(h.dir, `registry.example/web:${tag}`);
      writeFileSync(file, readFileSync(file, 'utf8').replace('GREETING: hello', `GREETING: ${text}`));
    };
    greeting('v1', 'hello');
    expect(
      (await deployWith(h, { version: 'v1', verifyWindowMs: 6_000, scaleDownDelayMs: 0 })).result.result,
    ).toBe('promoted');
    greeting('v2', 'hi');
    const during: unknown[] = [];
    const r = await deployWith(h, {
      version: 'v2',
      strategy: 'canary',
      canary: canary('50,100'),
      scaleDownDelayMs: 0,
      onEvent: (e) => {
        if (e.phase === 'step') {
          during.push(h.kube.objects.get('ConfigMap', 'default', 'web-config')?.data);
          h.kube.sim.behaviour('registry.example/web:v2', { errorRate: 1 });
        }
      },
    });
    expect(r.result).toMatchObject({ result: 'rolled-back', liveColor: 'blue' });
    // From the verdict to every user confirmed back on blue, on the virtual clock.
    const verdictAt = r.result.checks[0]?.verdictAt ?? NaN;
    const back = r.timeline.events.find((e) => e.phase === 'rollback')?.at ?? NaN;
    expect(r.result.rollbackSeconds).toBe((back - verdictAt) / 1000);
    expect(r.result.rollbackSeconds).toBeLessThan(10);
    expect(during).toEqual([{ GREETING: 'hi' }]);
    expect(h.kube.objects.get('ConfigMap', 'default', 'web-config')?.data).toEqual({ GREETING: 'hello' });
  });

  it('after a promote, the config version stable read is kept (a rollback to it needs it)', async () => {
    const withConfig = (tag: string, greeting: string) => {
      const file = writeApp(h.dir, `registry.example/web:${tag}`);
      const text = readFileSync(file, 'utf8')
        .replace(
          '          ports:\n',
          '          envFrom:\n            - configMapRef:\n                name: web-config\n          ports:\n',
        )
        .replace('GREETING: hello', `GREETING: ${greeting}`);
      writeFileSync(file, text);
    };
    withConfig('v1', 'hello');
    expect(
      (await deployWith(h, { version: 'v1', verifyWindowMs: 6_000, scaleDownDelayMs: 0 })).result.result,
    ).toBe('promoted');
    const names = async () =>
      (await h.client.list('v1', 'ConfigMap', 'default'))
        .map((c) => c.metadata.name)
        .filter((n) => n !== 'keelson-release-web');
    const v1Config = await names();
    expect(v1Config).toEqual([expect.stringMatching(/^web-config-[0-9a-f]+$/)]);
    withConfig('v2', 'hi');
    const r = await deployWith(h, {
      version: 'v2',
      strategy: 'canary',
      canary: canary('50:0,100:0'),
      scaleDownDelayMs: 0,
    });
    expect(r.result).toMatchObject({ result: 'promoted', liveColor: 'green' });
    const after = await names();
    expect(after).toHaveLength(2);
    expect(after).toEqual(expect.arrayContaining(v1Config));
    expect(lines(r.timeline.events, 'clean-up')).toEqual([]);
  });
});

describe('an abort the router cannot confirm', () => {
  it('stable lost its pods while the canary was paused: weight 0 is asked three times, the canary keeps running, the run fails', async () => {
    await liveV1(h);
    expect((await run('v2', canary('50:manual,100'))).result.result).toBe('paused');
    await h.client.patch(ref('web-blue'), { spec: { replicas: 0 } });
    const r = await run('v2', canary('50:manual,100', { action: 'abort' }));
    const reason = "Service web's endpoints did not settle on blue's pods";
    expect(r.result).toMatchObject({
      result: 'failed',
      rollbackReason: `aborted at the manual step 1/2 (action: abort); the router did not confirm users back on blue: ${reason}`,
      version: 'v2',
      previousVersion: 'v1',
      liveColor: 'blue',
      checks: [],
      canary: { maxWeight: 50 },
    });
    expect(lines(r.timeline.events, 'rollback')).toEqual([
      `error rollback: aborted at the manual step 1/2 (action: abort); users could not be confirmed back on blue: ${reason}. web-green keeps running until they are`,
    ]);
    // Three attempts of 60 s each (the endpoints wait), not one, not four.
    const at = (phase: string) => r.timeline.events.find((e) => e.phase === phase)?.at ?? NaN;
    expect(at('rollback') - at('resume')).toBeGreaterThanOrEqual(180_000);
    expect(at('rollback') - at('resume')).toBeLessThan(240_000);
    expect(replicas('web-green')).toBe(2);
    expect(r.state['bg-phase']).toBeUndefined();
  });

  it('the API server refuses the Service patch of the abort: not a router that did not confirm, the run errors with that line', async () => {
    await liveV1(h);
    expect((await run('v2', canary('50:manual,100'))).result.result).toBe('paused');
    h.kube.forbid({ kind: 'Service', verbs: ['patch'] });
    const err = await run('v2', canary('50:manual,100', { action: 'abort' })).then(
      (r) => r.result,
      (e: unknown) => e as Error,
    );
    h.kube.allowAll();
    expect(err).toMatchObject({
      name: 'KubeApiError',
      status: 403,
      message: expect.stringMatching(
        /does not allow patch services "web" in namespace 'default' \(403 Forbidden\)/,
      ),
    });
    // Users may still reach the canary: it keeps running.
    expect(replicas('web-green')).toBe(2);
  });

  it('the API server refuses the Service patch of a step: not a cancel, the run errors with that line', async () => {
    await liveV1(h);
    const state: Record<string, string> = {};
    const err = await run('v2', canary('50,100'), {
      saveState: (k, v) => (state[k] = v),
      onEvent: (e) => {
        if (e.phase === 'weights') h.kube.forbid({ kind: 'Service', verbs: ['patch'] });
      },
    }).then(
      (r) => r.result,
      (e: unknown) => e as Error,
    );
    h.kube.allowAll();
    expect(err).toMatchObject({
      name: 'KubeApiError',
      status: 403,
      message: expect.stringMatching(
        /does not allow patch services "web" in namespace 'default' \(403 Forbidden\)/,
      ),
    });
    // The post step reads where the run stopped: users were being moved, it puts them back on blue.
    expect(state).toMatchObject({ 'bg-phase': 'switching', 'bg-old-color': 'blue', 'bg-new-color': 'green' });
    expect(selector()).toEqual({ app: 'web', [COLOR]: 'blue' });
  });
});

describe('the progress annotation', () => {
  it('a canary whose run died mid-step (not paused) does not hold later runs: a new canary runs', async () => {
    await liveV1(h);
    const died = { version: 'v2', canary: 'green', step: 0, weight: 50, startStable: 2 };
    await h.client.patch(ref('web-blue'), {
      metadata: { annotations: { [CANARY_ANNOTATION]: JSON.stringify(died) } },
    });
    const r = await run('v2', canary('50:0,100:0'));
    expect(r.result).toMatchObject({ result: 'promoted', liveColor: 'green' });
    expect(lines(r.timeline.events, 'resume')).toEqual([]);
  });
});

describe('cancelled during an analysis', () => {
  it('the cancelled analysis is among the results', async () => {
    await liveV1(h);
    const ac = new AbortController();
    const r = await run('v2', canary('50,100'), {
      signal: ac.signal,
      onEvent: (e) => {
        if (e.phase === 'step') ac.abort();
      },
    });
    expect(r.result).toMatchObject({ result: 'rolled-back', rollbackReason: 'cancelled during step 1/2' });
    expect(r.result.checks.map((c) => c.status)).toEqual(['cancelled']);
  });
});

describe('how an analysis ends', () => {
  it('cancelled while a check is failing its last probe: cancelled, not held for more probes', async () => {
    await liveV1(h);
    const ac = new AbortController();
    const r = await run('v2', canary('50,100'), {
      signal: ac.signal,
      onEvent: (e) => {
        if (e.phase === 'step') h.kube.sim.behaviour('registry.example/web:v2', { errorRate: 1 });
        if (e.phase === 'analysis 50%' && e.level === 'warn') ac.abort();
      },
    });
    expect(r.result).toMatchObject({ result: 'rolled-back', rollbackReason: 'cancelled during step 1/2' });
    expect(r.result.checks.map((c) => c.status)).toEqual(['cancelled']);
    expect(lines(r.timeline.events, 'analysis 50%')).toEqual([
      'info analysis 50%: watching 2 health check(s) for 6s',
      'warn analysis 50%: healthz: HTTP 500, expected 200-399 (1 in a row)',
      'error analysis 50%: cancelled: This operation was aborted',
    ]);
    expect(selector()).toEqual({ app: 'web', [COLOR]: 'blue' });
  });

  it('a failure without a first failed probe (no probe completed) has no detection time', async () => {
    await liveV1(h);
    const r = await run('v2', canary('50,100'), {
      healthChecks: `
- name: error-rate
  kind: prometheus
  url: http://127.0.0.1:9
  query: sum(rate(http_errors[1m]))
  threshold: '< 1'
  interval: 2s
  timeout: 1s
`,
    });
    expect(r.result).toMatchObject({
      result: 'rolled-back',
      rollbackReason:
        "step 1/2 (50%): analysis failed: the window (6s) ended before check 1 ('error-rate') completed a probe",
    });
    expect(r.result.detectSeconds).toBeUndefined();
  });

  it('checks that cannot see the canary (the control plane cannot reach its port): the step fails with that line, every user back on v1', async () => {
    await liveV1(h);
    const r = await run('v2', canary('50,100'), {
      onEvent: (e) => {
        if (e.phase === 'step') h.kube.blockControlPlaneTo(8080);
      },
    });
    h.kube.allowAll();
    const line =
      'The Kubernetes API server cannot reach port 8080 of the pods behind Service web-green (i/o timeout dialling ';
    expect(r.result).toMatchObject({ result: 'rolled-back', liveColor: 'blue', checks: [] });
    expect(r.result.rollbackReason?.startsWith(`step 1/2 (50%): ${line}`)).toBe(true);
    expect(lines(r.timeline.events, 'analysis 50%').at(-1)?.startsWith(`error analysis 50%: ${line}`)).toBe(
      true,
    );
    // One sentence per clause: the message's own period does not end up before "; every user is back".
    expect(lines(r.timeline.events, 'rollback')).toEqual([
      `error rollback: ${r.result.rollbackReason}; every user is back on blue (v1)`,
    ]);
    expect(r.result.rollbackReason).toMatch(
      /, or set preview-url and live-url to URLs this runner can reach$/,
    );
    expect(selector()).toEqual({ app: 'web', [COLOR]: 'blue' });
    expect(replicas('web-green')).toBe(0);
  });
});
