/**
 * The fault matrix on the platform services run on: an ALB through the AWS Load Balancer Controller (IP targets,
 * readiness gates), an HPA, preStop hooks, evictions — every case under constant users' load through the ALB
 * (50 requests per simulated second), asserting what users got and the cluster left behind. Virtual time: the
 * outcome does not depend on how fast or busy the machine is.
 */
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { ConfigurationError } from '../src/lib/errors.js';
import { LABEL } from '../src/lib/k8s/manifests.js';
import type { KubeObject } from '../src/lib/k8s/types.js';
import { startLoad, summarizeLoad, type Load } from '../src/sim/load.js';
import {
  albUrl,
  deployWith,
  harness,
  writePlatformApp,
  type Harness,
  clusterReads,
} from './deploy/harness.js';

// Real time only bounds a test on a very busy machine: every verdict is on the simulation's virtual clock.
jest.setTimeout(300_000);

let h: Harness;
const { dep, replicas, image, selector } = clusterReads(() => h);
let load: Load | undefined;
beforeEach(async () => {
  h = await harness({ gates: true });
  load = undefined;
});
afterEach(async () => {
  await load?.stop();
  await h.close();
});

const RPS = 50;
const IMAGE = (tag: string): string => `registry.example/web:${tag}`;

const ready = (name: string): number =>
  (dep(name)?.status as { readyReplicas?: number } | undefined)?.readyReplicas ?? 0;
const hpaTarget = (): string | undefined =>
  (
    (h.kube.objects.get('HorizontalPodAutoscaler', 'default', 'web') as KubeObject | undefined)?.spec as
      { scaleTargetRef?: { name?: string } } | undefined
  )?.scaleTargetRef?.name;
const weights = (): Record<string, number> => {
  const ing = h.kube.objects.get('Ingress', 'default', 'web');
  const action = JSON.parse(ing?.metadata.annotations?.['alb.ingress.kubernetes.io/actions.web'] ?? '{}') as {
    forwardConfig?: { targetGroups?: { serviceName: string; weight: number }[] };
  };
  return Object.fromEntries((action.forwardConfig?.targetGroups ?? []).map((t) => [t.serviceName, t.weight]));
};

/** The preview rule's traces on the Ingress: its paths and its annotations. */
const previewRule = (): { paths: number; annotations: string[] } => {
  const ing = h.kube.objects.get('Ingress', 'default', 'web');
  const rules =
    (ing?.spec as { rules?: { http?: { paths?: { backend?: { service?: { name?: string } } }[] } }[] })
      ?.rules ?? [];
  return {
    paths: rules.flatMap((x) => x.http?.paths ?? []).filter((p) => p.backend?.service?.name === 'web-preview')
      .length,
    annotations: Object.keys(ing?.metadata.annotations ?? {})
      .filter((k) => k.endsWith('.web-preview'))
      .sort(),
  };
};

/** v1 live on blue through the ALB, then users start arriving (50 req/s). */
async function liveV1WithUsers(opts: { tag?: string } = {}): Promise<void> {
  writePlatformApp(h.dir, IMAGE(opts.tag ?? 'v1'));
  const r = await deployWith(h, {
    version: 'v1',
    verifyWindowMs: 10_000,
    scaleDownDelayMs: 0,
    healthChecks: '',
  });
  if (r.result.result !== 'promoted') throw new Error(`setup: v1 not promoted: ${r.result.rollbackReason}`);
  const url = await albUrl(h);
  load = startLoad(h.clock, () => url, { rps: RPS });
  await h.clock.sleep(10_000);
}

async function usersSaw(): Promise<ReturnType<typeof summarizeLoad>> {
  const answers = await (load as Load).stop();
  load = undefined;
  return summarizeLoad(answers);
}

describe('blue-green through the ALB with an HPA', () => {
  it('promotes with no failed request; the HPA then scales the live color; the old color goes after the drain', async () => {
    await liveV1WithUsers();
    writePlatformApp(h.dir, IMAGE('v2'));
    const r = await deployWith(h, {
      version: 'v2',
      verifyWindowMs: 30_000,
      scaleDownDelayMs: 5_000,
      healthChecks: '',
    });
    await h.clock.sleep(5_000);
    const saw = await usersSaw();
    expect(r.result).toMatchObject({ result: 'promoted', liveColor: 'green', previousVersion: 'v1' });
    expect(saw.requests).toBeGreaterThan(RPS * 60);
    expect(saw.errors).toBe(0);
    expect(saw.byVersion.v2).toBeGreaterThan(RPS * 30);
    expect(weights()).toEqual({ 'web-blue': 0, 'web-green': 100 });
    expect(selector()).toEqual({ app: 'web', [LABEL.color]: 'green' });
    expect(hpaTarget()).toBe('web-green');
    expect(replicas('web-blue')).toBe(0);
    expect(replicas('web-green')).toBeGreaterThanOrEqual(3);
    expect(image('web-green')).toBe(IMAGE('v2'));
    // The switch waited for the ALB to show the new weights and for every green target to be healthy.
    const phases = r.timeline.events.map((e) => `${e.phase}: ${e.message}`);
    expect(phases.findIndex((m) => /every green target is healthy/.test(m))).toBeLessThan(
      phases.findIndex((m) => /^switch: the ALB sends all users to green/.test(m)),
    );
  });

  it('a regression after the switch is rolled back with no request failed by the switch mechanics', async () => {
    await liveV1WithUsers();
    writePlatformApp(h.dir, IMAGE('v2'));
    const r = await deployWith(h, {
      version: 'v2',
      verifyWindowMs: 60_000,
      healthChecks: '',
      onEvent: (e) => {
        if (e.phase === 'switch' && e.level === 'ok') h.kube.sim.behaviour(IMAGE('v2'), { errorRate: 0.3 });
      },
    });
    await h.clock.sleep(5_000);
    const saw = await usersSaw();
    expect(r.result).toMatchObject({ result: 'rolled-back', liveColor: 'blue' });
    expect(r.result.rollbackReason).toMatch(/^verify window failed: check 2 \('requests'\)/);
    expect(saw.errorsByCause['load-balancer'] ?? 0).toBe(0);
    expect(saw.errorsByCause['version:v2']).toBeGreaterThan(0);
    expect(weights()).toEqual({ 'web-blue': 100, 'web-green': 0 });
    expect(selector()).toEqual({ app: 'web', [LABEL.color]: 'blue' });
    expect(hpaTarget()).toBe('web-blue');
    expect(replicas('web-green')).toBe(0);
    expect(replicas('web-blue')).toBeGreaterThanOrEqual(3);
  });

  it('an HPA driven to its maximum of 8 by load: green has 8 ready pods before the switch; the HPA follows the live color through promote and rollback', async () => {
    writePlatformApp(h.dir, IMAGE('v1-capacity-5'), { maxReplicas: 8 });
    await deployWith(h, { version: 'v1', verifyWindowMs: 10_000, scaleDownDelayMs: 0, healthChecks: '' });
    const url = await albUrl(h);
    load = startLoad(h.clock, () => url, { rps: RPS });
    await h.kube.sim.until(() => replicas('web-blue') === 8 && ready('web-blue') === 8, 300_000);

    writePlatformApp(h.dir, IMAGE('v2-capacity-5'), { maxReplicas: 8 });
    let readyAtSwitch = -1;
    const promote = await deployWith(h, {
      version: 'v2',
      verifyWindowMs: 30_000,
      scaleDownDelayMs: 5_000,
      healthChecks: '',
      onEvent: (e) => {
        if (e.phase === 'switch' && e.level === 'ok') readyAtSwitch = ready('web-green');
      },
    });
    expect(promote.result.result).toBe('promoted');
    expect(readyAtSwitch).toBeGreaterThanOrEqual(8);
    expect(hpaTarget()).toBe('web-green');
    expect(replicas('web-green')).toBe(8);

    writePlatformApp(h.dir, IMAGE('v3-capacity-5'), { maxReplicas: 8 });
    const rollback = await deployWith(h, {
      version: 'v3',
      verifyWindowMs: 60_000,
      healthChecks: '',
      onEvent: (e) => {
        if (e.phase === 'switch' && e.level === 'ok')
          h.kube.sim.behaviour(IMAGE('v3-capacity-5'), { errorRate: 0.5 });
      },
    });
    const saw = await usersSaw();
    expect(rollback.result).toMatchObject({ result: 'rolled-back', liveColor: 'green' });
    expect(hpaTarget()).toBe('web-green');
    // Never below what the HPA asked for: deploy → rollback kept green at 8.
    expect(replicas('web-green')).toBe(8);
    expect(saw.errorsByCause['load-balancer'] ?? 0).toBe(0);
  }, 120_000);

  it('with the load balancer controller paused, the switch cannot be confirmed: users stay on blue, which is not scaled down', async () => {
    await liveV1WithUsers();
    const before = replicas('web-blue');
    writePlatformApp(h.dir, IMAGE('v2'));
    const r = await deployWith(h, {
      version: 'v2',
      verifyWindowMs: 30_000,
      switchTimeoutMs: 30_000,
      healthChecks: '',
      onEvent: (e) => {
        if (e.phase === 'pre-switch' && e.level === 'ok') h.kube.sim.lbc?.pause();
      },
    });
    await h.clock.sleep(5_000);
    const saw = await usersSaw();
    expect(r.result).toMatchObject({ result: 'rolled-back', liveColor: 'blue' });
    expect(r.result.rollbackReason).toMatch(
      /the switch did not take: the ALB of Ingress web did not take the new weights within 30s/,
    );
    // Not scaled down: what it ran before, or more (its HPA kept scaling it under the users' load; with the
    // controller paused the new pods' readiness gates stay closed, but every pod that served still does).
    expect(replicas('web-blue')).toBeGreaterThanOrEqual(before ?? 0);
    expect(ready('web-blue')).toBeGreaterThanOrEqual(before ?? 0);
    expect(selector()).toEqual({ app: 'web', [LABEL.color]: 'blue' });
    expect(weights()).toEqual({ 'web-blue': 100, 'web-green': 0 });
    expect(saw.errors).toBe(0);
    expect(Object.keys(saw.byVersion)).toEqual(['v1']);
  });

  it('an ALB this runner cannot reach (internal): the checks go through the service proxy, and the timeline says so', async () => {
    await liveV1WithUsers();
    writePlatformApp(h.dir, IMAGE('v2'));
    const r = await deployWith(h, {
      version: 'v2',
      verifyWindowMs: 20_000,
      scaleDownDelayMs: 0,
      healthChecks: '',
      // Nothing listens on port 1 of this machine: as a runner outside the VPC of an internal ALB sees it.
      loadBalancerUrl: () => 'http://127.0.0.1:1',
    });
    const saw = await usersSaw();
    expect(r.result).toMatchObject({ result: 'promoted', liveColor: 'green' });
    const warned = r.timeline.events.filter((e) => e.level === 'warn').map((e) => e.message);
    expect(warned.some((m) => /does not answer this runner .* service proxy instead/.test(m))).toBe(true);
    expect(weights()).toEqual({ 'web-blue': 0, 'web-green': 100 });
    expect(saw.errors).toBe(0);
  });

  it('an eviction in the verify window does not fail a healthy version', async () => {
    await liveV1WithUsers();
    writePlatformApp(h.dir, IMAGE('v2'));
    let evicted = '';
    const r = await deployWith(h, {
      version: 'v2',
      verifyWindowMs: 60_000,
      scaleDownDelayMs: 0,
      healthChecks: '',
      onEvent: (e) => {
        if (e.phase === 'verify' && e.message.startsWith('watching')) {
          const pod = h.kube.objects.list('Pod', 'default', `app=web,${LABEL.color}=green`)[0];
          evicted = pod.metadata.name ?? '';
          h.kube.sim.evict('default', evicted);
        }
      },
    });
    await h.clock.sleep(5_000);
    const saw = await usersSaw();
    expect(evicted).not.toBe('');
    expect(r.result).toMatchObject({ result: 'promoted', liveColor: 'green' });
    expect(saw.errors).toBe(0);
    expect(
      h.kube.objects.list('Pod', 'default', `app=web,${LABEL.color}=green`).map((p) => p.metadata.name),
    ).not.toContain(evicted);
    expect(ready('web-green')).toBe(replicas('web-green'));
  });

  it('a crash-looping version is rejected as soon as it crash-loops, before users see it', async () => {
    await liveV1WithUsers();
    writePlatformApp(h.dir, IMAGE('v2-crashloop'));
    const r = await deployWith(h, { version: 'v2', healthChecks: '', readyTimeoutMs: 600_000 });
    const saw = await usersSaw();
    expect(r.result).toMatchObject({ result: 'rolled-back', liveColor: 'blue' });
    expect(r.result.rollbackReason).toMatch(/CrashLoopBackOff/);
    const at = (phase: string, match: RegExp): number =>
      r.timeline.events.find((e) => e.phase === phase && match.test(e.message))?.at ?? NaN;
    expect(at('rollback', /CrashLoopBackOff/) - at('apply', /Deployment/)).toBeLessThanOrEqual(8_000);
    expect(saw.errors).toBe(0);
    expect(replicas('web-green')).toBe(0);
  });

  it('with no configured checks, a version that fails 30 % of requests is rolled back before users get it', async () => {
    await liveV1WithUsers();
    writePlatformApp(h.dir, IMAGE('v2-errors-30'));
    const r = await deployWith(h, { version: 'v2', healthChecks: '' });
    const saw = await usersSaw();
    expect(r.result).toMatchObject({ result: 'rolled-back', liveColor: 'blue' });
    expect(r.result.rollbackReason).toMatch(
      /^pre-switch checks failed: check 2 \('requests'\) failed 2 consecutive probes: \d+ of 20 requests failed/,
    );
    expect(saw.errors).toBe(0);
    expect(selector()).toEqual({ app: 'web', [LABEL.color]: 'blue' });
  });

  it("when the control plane cannot reach the pods' port and the ALB is internal, the rollout stops with a configuration error naming it", async () => {
    await liveV1WithUsers();
    h.kube.blockControlPlaneTo(8080);
    writePlatformApp(h.dir, IMAGE('v2'));
    const err = await deployWith(h, {
      version: 'v2',
      healthChecks: '',
      loadBalancerUrl: () => 'http://127.0.0.1:1',
    }).then(
      () => undefined,
      (e: unknown) => e,
    );
    const saw = await usersSaw();
    expect(err).toBeInstanceOf(ConfigurationError);
    expect((err as Error).message).toMatch(
      /^The Kubernetes API server cannot reach port 8080 of the pods behind Service web-preview \(i\/o timeout dialling [\d.]+:8080\)/,
    );
    expect(selector()).toEqual({ app: 'web', [LABEL.color]: 'blue' });
    expect(replicas('web-green')).toBe(0);
    expect(saw.errors).toBe(0);
    expect(h.kube.objects.get('Lease', 'default', 'keelson-web')).toBeUndefined();
    expect(previewRule()).toEqual({ paths: 0, annotations: [] });
  });

  it('the checks take the path users take: through the ALB (its preview rule before the switch), so a control plane that cannot reach the pods does not matter', async () => {
    await liveV1WithUsers();
    h.kube.blockControlPlaneTo(8080);
    writePlatformApp(h.dir, IMAGE('v2'));
    let switchedAt = Infinity;
    let ruleBeforeSwitch: ReturnType<typeof previewRule> | undefined;
    const r = await deployWith(h, {
      version: 'v2',
      verifyWindowMs: 20_000,
      scaleDownDelayMs: 0,
      healthChecks: '',
      onEvent: (e) => {
        if (e.phase === 'switch' && e.level === 'info') {
          switchedAt = h.clock.now();
          ruleBeforeSwitch = previewRule();
        }
      },
    });
    const saw = await usersSaw();
    expect(r.result).toMatchObject({ result: 'promoted', liveColor: 'green' });
    expect(r.timeline.events.map((e) => e.message)).toContain(
      'the checks reach green through the ALB (requests with header X-Keelson-Preview), as users will',
    );
    // Before the switch the ALB had a rule for Keelson's requests (a header no user sends) in front of the users' one…
    expect(ruleBeforeSwitch).toEqual({
      paths: 1,
      annotations: [
        'alb.ingress.kubernetes.io/actions.web-preview',
        'alb.ingress.kubernetes.io/conditions.web-preview',
      ],
    });
    // …which answered the pre-switch checks (one probe of 20 requests) from green's target group, while users got
    // only v1 until the switch.
    const greenArn = (
      h.kube.objects
        .list('TargetGroupBinding', 'default')
        .find((t) => (t.spec as { serviceRef?: { name?: string } }).serviceRef?.name === 'web-green')
        ?.spec as { targetGroupARN?: string } | undefined
    )?.targetGroupARN;
    const green = h.kube.sim.elbv2?.targetGroups.get(greenArn ?? '')?.name;
    expect(green).toBeDefined();
    const alb = [...(h.kube.sim.elbv2?.loadBalancers.values() ?? [])][0];
    const early = (alb ? h.kube.sim.alb?.log(alb) : [])?.filter(
      (x) => x.at <= switchedAt && x.targetGroup === green,
    );
    expect(early?.length).toBeGreaterThanOrEqual(20);
    expect(early?.every((x) => x.version === 'v2')).toBe(true);
    expect(saw.errors).toBe(0);
    // The switch took the preview rule away.
    expect(previewRule()).toEqual({ paths: 0, annotations: [] });
  });

  it('a version that fails its pre-switch checks through the ALB preview never reaches users, and the preview rule goes', async () => {
    await liveV1WithUsers();
    writePlatformApp(h.dir, IMAGE('v2-errors-30'));
    const r = await deployWith(h, { version: 'v2', healthChecks: '' });
    const saw = await usersSaw();
    expect(r.result).toMatchObject({ result: 'rolled-back', liveColor: 'blue' });
    expect(r.result.rollbackReason).toMatch(/^pre-switch checks failed: check 2 \('requests'\)/);
    expect(Object.keys(saw.byVersion)).toEqual(['v1']);
    expect(saw.errors).toBe(0);
    expect(previewRule()).toEqual({ paths: 0, annotations: [] });
    expect(weights()).toEqual({ 'web-blue': 100, 'web-green': 0 });
  });
});

describe('rolling through the ALB', () => {
  it('promotes with no failed request: readiness gates hold old pods until new targets are healthy', async () => {
    writePlatformApp(h.dir, IMAGE('v1'), { hpa: false, replicas: 3 });
    const first = await deployWith(h, {
      version: 'v1',
      strategy: 'rolling',
      verifyWindowMs: 10_000,
      healthChecks: '',
    });
    expect(first.result.result).toBe('promoted');
    const url = await albUrl(h);
    load = startLoad(h.clock, () => url, { rps: RPS });
    await h.clock.sleep(10_000);
    writePlatformApp(h.dir, IMAGE('v2'), { hpa: false, replicas: 3 });
    const r = await deployWith(h, {
      version: 'v2',
      strategy: 'rolling',
      verifyWindowMs: 30_000,
      healthChecks: '',
    });
    await h.clock.sleep(5_000);
    const saw = await usersSaw();
    expect(r.result).toMatchObject({ result: 'promoted', previousVersion: 'v1' });
    expect(saw.errors).toBe(0);
    expect(saw.byVersion.v2).toBeGreaterThan(RPS * 20);
    expect(image('web')).toBe(IMAGE('v2'));
    expect(r.timeline.events.some((e) => /every target of web is healthy on the ALB/.test(e.message))).toBe(
      true,
    );
  });

  it('an HPA keeps its count across deploy, rollback and redeploy (Keelson never writes replicas it owns)', async () => {
    writePlatformApp(h.dir, IMAGE('v1-capacity-5'), { maxReplicas: 9 });
    await deployWith(h, { version: 'v1', strategy: 'rolling', verifyWindowMs: 10_000, healthChecks: '' });
    const url = await albUrl(h);
    load = startLoad(h.clock, () => url, { rps: RPS });
    await h.kube.sim.until(() => replicas('web') === 9, 300_000);
    const tracked = h.kube.trackReplicas('default');
    try {
      writePlatformApp(h.dir, IMAGE('v2-capacity-5-errors-50'), { maxReplicas: 9 });
      const bad = await deployWith(h, {
        version: 'v2',
        strategy: 'rolling',
        verifyWindowMs: 30_000,
        healthChecks: '',
      });
      expect(bad.result.result).toBe('rolled-back');
      writePlatformApp(h.dir, IMAGE('v3-capacity-5'), { maxReplicas: 9 });
      const good = await deployWith(h, {
        version: 'v3',
        strategy: 'rolling',
        verifyWindowMs: 10_000,
        healthChecks: '',
      });
      expect(good.result.result).toBe('promoted');
    } finally {
      tracked.stop();
    }
    await usersSaw();
    expect(tracked.low('web')).toBe(9);
    expect(replicas('web')).toBe(9);
    const owners = (
      (dep('web')?.metadata.managedFields ?? []) as {
        manager: string;
        fieldsV1?: { 'f:spec'?: Record<string, unknown> };
      }[]
    )
      .filter((m) => m.fieldsV1?.['f:spec']?.['f:replicas'] !== undefined)
      .map((m) => m.manager);
    expect(owners).not.toContain('keelson');
  }, 120_000);
});
