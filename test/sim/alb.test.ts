/**
 * The AWS Load Balancer Controller and the ALB: Ingress → load balancer, rules, target groups and
 * TargetGroupBindings; IP targets through initial → healthy → draining with real HTTP health checks; pod
 * readiness gates; weighted forward actions; the ALB's own 502/503 and fail-open; the controller's lag and a
 * paused controller; and the ELBv2 Query API as the AWS SDK parses it. Virtual time.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import {
  DescribeListenersCommand,
  DescribeLoadBalancersCommand,
  DescribeRulesCommand,
  DescribeTagsCommand,
  DescribeTargetGroupAttributesCommand,
  DescribeTargetGroupsCommand,
  DescribeTargetHealthCommand,
  ElasticLoadBalancingV2Client,
} from '@aws-sdk/client-elastic-load-balancing-v2';
import { VirtualClock } from '../../src/sim/clock.js';
import type { KubeEmulator, KubeObject } from '../../src/sim/kube/index.js';
import { TEST_CREDENTIALS, startKubeEmulator } from '../../src/sim/kube/index.js';
import { api, apply, deployment, get, service, steadyLoad, type Json } from './helpers.js';

let kube: KubeEmulator;
let clock: VirtualClock;
let elb: ElasticLoadBalancingV2Client;

beforeEach(async () => {
  clock = new VirtualClock();
  kube = await startKubeEmulator({
    clock,
    namespaces: ['shop'],
    awsLoadBalancerController: { reconcileLagMs: 2_000, registrationMs: 3_000 },
  });
  elb = new ElasticLoadBalancingV2Client({
    region: 'us-east-1',
    endpoint: kube.elbv2Endpoint,
    credentials: TEST_CREDENTIALS[0],
  });
});
afterEach(async () => {
  elb.destroy();
  await kube.close();
  clock.stop();
});

function ingress(name: string, annotations: Record<string, string>, paths: Json[]): KubeObject {
  return {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'Ingress',
    metadata: {
      name,
      namespace: 'shop',
      annotations: {
        'alb.ingress.kubernetes.io/scheme': 'internet-facing',
        'alb.ingress.kubernetes.io/target-type': 'ip',
        'alb.ingress.kubernetes.io/healthcheck-path': '/healthz',
        'alb.ingress.kubernetes.io/healthcheck-interval-seconds': '5',
        'alb.ingress.kubernetes.io/target-group-attributes': 'deregistration_delay.timeout_seconds=30',
        ...annotations,
      },
    },
    spec: { ingressClassName: 'alb', rules: [{ http: { paths } }] },
  };
}

const path = (svc: string, port: Json = { number: 80 }): Json => ({
  path: '/',
  pathType: 'Prefix',
  backend: { service: { name: svc, port } },
});

async function targets(tgArn: string): Promise<{ id: string; state: string; reason?: string }[]> {
  const r = await elb.send(new DescribeTargetHealthCommand({ TargetGroupArn: tgArn }));
  return (r.TargetHealthDescriptions ?? []).map((d) => ({
    id: d.Target?.Id ?? '',
    state: d.TargetHealth?.State ?? '',
    reason: d.TargetHealth?.Reason,
  }));
}

async function albUrl(name: string): Promise<string> {
  await kube.sim.until(() => !!kube.sim.lbc?.loadBalancerOf('shop', name));
  return (await kube.sim.albUrl('shop', name)) ?? '';
}

const podIPs = (selector: string): string[] =>
  kube.objects
    .list('Pod', 'shop', selector)
    .filter((p) => !p.metadata.deletionTimestamp)
    .map((p) => (p.status as { podIP: string }).podIP)
    .sort();

describe('AWS Load Balancer Controller and ALB', () => {
  it('makes an ALB for an Ingress; its IP targets go initial → healthy; users reach the pods through it; the SDK reads it all', async () => {
    await apply(kube, deployment('shop', 'web', 'registry/web:v1', { replicas: 3 }));
    await apply(kube, service('shop', 'web'));
    await apply(kube, ingress('web', {}, [path('web')]));
    const url = await albUrl('web');
    const lb = kube.sim.lbc?.loadBalancerOf('shop', 'web');
    expect(kube.objects.get('Ingress', 'shop', 'web')?.status).toEqual({
      loadBalancer: { ingress: [{ hostname: lb?.dnsName }] },
    });
    const tgb = kube.objects.list('TargetGroupBinding', 'shop')[0];
    expect(tgb.spec).toMatchObject({ serviceRef: { name: 'web', port: 80 }, targetType: 'ip' });
    const tgArn = (tgb.spec as { targetGroupARN: string }).targetGroupARN;

    await kube.sim.until(() => kube.objects.list('Pod', 'shop', 'app=web').length === 3);
    const registered = await (async () => {
      for (;;) {
        const t = await targets(tgArn);
        if (t.length === 3) return t;
        await clock.sleep(500);
      }
    })();
    expect(registered.every((t) => t.state === 'initial')).toBe(true);
    const start = clock.now();
    while ((await targets(tgArn)).some((t) => t.state !== 'healthy')) await clock.sleep(500);
    // Registration (3 s) then one passing health check: healthy within registration + one interval.
    expect(clock.now() - start).toBeLessThanOrEqual(3_000 + 5_000);
    expect((await targets(tgArn)).map((t) => t.id).sort()).toEqual(podIPs('app=web'));

    const answers = await Promise.all(Array.from({ length: 6 }, () => get(`${url}/`)));
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 200, 200, 200]);
    expect(new Set(answers.map((a) => a.pod)).size).toBe(3);

    const lbs = await elb.send(new DescribeLoadBalancersCommand({}));
    expect(lbs.LoadBalancers?.[0]).toMatchObject({
      DNSName: lb?.dnsName,
      Scheme: 'internet-facing',
      Type: 'application',
      State: { Code: 'provisioning' },
    });
    const listeners = await elb.send(new DescribeListenersCommand({ LoadBalancerArn: lb?.arn }));
    expect(listeners.Listeners?.[0]).toMatchObject({
      Port: 80,
      Protocol: 'HTTP',
      DefaultActions: [{ Type: 'fixed-response', FixedResponseConfig: { StatusCode: '404' } }],
    });
    const rules = await elb.send(
      new DescribeRulesCommand({ ListenerArn: listeners.Listeners?.[0].ListenerArn }),
    );
    expect(rules.Rules?.[0]).toMatchObject({
      Priority: '1',
      Conditions: [{ Field: 'path-pattern', Values: ['/*'] }],
      Actions: [{ Type: 'forward', ForwardConfig: { TargetGroups: [{ TargetGroupArn: tgArn, Weight: 1 }] } }],
    });
    const tgs = await elb.send(new DescribeTargetGroupsCommand({ LoadBalancerArn: lb?.arn }));
    expect(tgs.TargetGroups?.[0]).toMatchObject({
      TargetGroupArn: tgArn,
      TargetType: 'ip',
      Port: 1, // a named targetPort: the controller's placeholder
      HealthCheckPath: '/healthz',
      HealthCheckIntervalSeconds: 5,
      HealthyThresholdCount: 2,
      UnhealthyThresholdCount: 2,
      Matcher: { HttpCode: '200' },
    });
    const attrs = await elb.send(new DescribeTargetGroupAttributesCommand({ TargetGroupArn: tgArn }));
    expect(attrs.Attributes).toContainEqual({ Key: 'deregistration_delay.timeout_seconds', Value: '30' });
    const tags = await elb.send(new DescribeTagsCommand({ ResourceArns: [lb?.arn ?? '', tgArn] }));
    expect(tags.TagDescriptions?.[0].Tags).toContainEqual({
      Key: 'ingress.k8s.aws/stack',
      Value: 'shop/web',
    });
    expect(tags.TagDescriptions?.[1].ResourceArn).toBe(tgArn);
  });

  it('drains a deregistered target for the deregistration delay, sends it nothing new, then forgets it', async () => {
    await apply(kube, deployment('shop', 'web', 'registry/web:v1', { replicas: 2, preStop: 40, grace: 60 }));
    await apply(kube, service('shop', 'web'));
    await apply(kube, ingress('web', {}, [path('web')]));
    const url = await albUrl('web');
    await kube.sim.until(() => kube.objects.list('TargetGroupBinding', 'shop').length === 1);
    const tgArn = (kube.objects.list('TargetGroupBinding', 'shop')[0].spec as { targetGroupARN: string })
      .targetGroupARN;
    while ((await targets(tgArn)).filter((t) => t.state === 'healthy').length < 2) await clock.sleep(1_000);
    const victim = kube.objects.list('Pod', 'shop', 'app=web')[0];
    const victimIP = (victim.status as { podIP: string }).podIP;
    const load = steadyLoad(clock, () => url, 20, 5);
    await clock.sleep(2_000);
    await api(kube, 'DELETE', `/api/v1/namespaces/shop/pods/${victim.metadata.name}`);
    while (!(await targets(tgArn)).some((t) => t.id === victimIP && t.state === 'draining'))
      await clock.sleep(500);
    const drainingAt = clock.now();
    expect((await targets(tgArn)).find((t) => t.id === victimIP)?.reason).toBe(
      'Target.DeregistrationInProgress',
    );
    while ((await targets(tgArn)).some((t) => t.id === victimIP)) await clock.sleep(1_000);
    expect(clock.now() - drainingAt).toBeGreaterThanOrEqual(30_000);
    await load.stop();
    // With preStop covering the controller's lag, users saw no error.
    expect(load.answers.filter((a) => a.status !== 200)).toEqual([]);
    const after = load.answers.filter((a) => a.at > drainingAt + 1_000);
    expect(after.some((a) => a.pod === victim.metadata.name)).toBe(false);
  });

  it('503 with no target, fail-open when every target is unhealthy, 502 when a target refuses', async () => {
    await apply(kube, service('shop', 'web'));
    await apply(kube, ingress('web', {}, [path('web')]));
    const url = await albUrl('web');
    const empty = await get(`${url}/`);
    expect(empty.status).toBe(503);
    expect(empty.headers.server).toBe('awselb/2.0');

    // Health checks fail (errors-100 on every path) but the pods answer: ALB fails open.
    await apply(kube, deployment('shop', 'web', 'registry/web:v1-errors-100', { replicas: 2, probe: false }));
    await kube.sim.until(() => kube.objects.list('TargetGroupBinding', 'shop').length === 1);
    const tgArn = (kube.objects.list('TargetGroupBinding', 'shop')[0].spec as { targetGroupARN: string })
      .targetGroupARN;
    while ((await targets(tgArn)).filter((t) => t.state === 'unhealthy').length < 2) await clock.sleep(1_000);
    const open = await get(`${url}/`);
    expect(open.status).toBe(500);
    expect(open.version).toBe('v1');

    // A pod that stops without preStop is still a target for the controller's lag: the ALB gets refused.
    kube.sim.behaviour('registry/web:v1-errors-100', { errorRate: 0 });
    while ((await targets(tgArn)).filter((t) => t.state === 'healthy').length < 2) await clock.sleep(1_000);
    kube.sim.lbc?.pause();
    const pods = kube.objects.list('Pod', 'shop', 'app=web');
    for (const p of pods) await api(kube, 'DELETE', `/api/v1/namespaces/shop/pods/${p.metadata.name}`);
    await clock.sleep(1_000);
    const refused = await get(`${url}/`);
    expect(refused.status).toBe(502);
    expect(refused.headers.server).toBe('awselb/2.0');
  });

  it('readiness gates: pods in a labelled namespace are Ready only once their target is healthy', async () => {
    await api(
      kube,
      'PATCH',
      '/api/v1/namespaces/shop',
      {
        metadata: { labels: { 'elbv2.k8s.aws/pod-readiness-gate-inject': 'enabled' } },
      },
      'application/merge-patch+json',
    );
    await apply(kube, service('shop', 'web'));
    await apply(kube, ingress('web', {}, [path('web')]));
    await kube.sim.until(() => kube.objects.list('TargetGroupBinding', 'shop').length === 1);
    const tgb = kube.objects.list('TargetGroupBinding', 'shop')[0];
    const gate = `target-health.elbv2.k8s.aws/${tgb.metadata.name}`;
    await apply(kube, deployment('shop', 'web', 'registry/web:v1', { replicas: 2 }));
    await kube.sim.until(() => kube.objects.list('Pod', 'shop', 'app=web').length === 2);
    const pod = kube.objects.list('Pod', 'shop', 'app=web')[0];
    expect((pod.spec as Json).readinessGates).toEqual([{ conditionType: gate }]);
    const conditions = (): Json[] =>
      (kube.objects.get('Pod', 'shop', pod.metadata.name ?? '')?.status as { conditions?: Json[] })
        .conditions ?? [];
    await kube.sim.until(() => conditions().some((c) => c.type === 'ContainersReady' && c.status === 'True'));
    const containersReadyAt = clock.now();
    expect(conditions()).toContainEqual(expect.objectContaining({ type: 'Ready', status: 'False' }));
    await kube.sim.until(() => conditions().some((c) => c.type === 'Ready' && c.status === 'True'));
    expect(conditions()).toContainEqual(expect.objectContaining({ type: gate, status: 'True' }));
    // Ready only after: the controller's lag, registration, one health check, and the controller's lag again.
    expect(clock.now() - containersReadyAt).toBeGreaterThanOrEqual(2_000 + 3_000 + 2_000);
    const tgArn = (tgb.spec as { targetGroupARN: string }).targetGroupARN;
    const podIP = (kube.objects.get('Pod', 'shop', pod.metadata.name ?? '')?.status as { podIP: string })
      .podIP;
    expect((await targets(tgArn)).find((t) => t.id === podIP)?.state).toBe('healthy');
  });

  it('splits by the weights of an actions.<name> forward config, and a paused controller changes nothing', async () => {
    for (const v of ['v1', 'v2']) {
      await apply(kube, deployment('shop', `web-${v}`, `registry/web:${v}`, { replicas: 2 }));
      await apply(kube, service('shop', `web-${v}`));
    }
    const split = (w1: number, w2: number): string =>
      JSON.stringify({
        type: 'forward',
        forwardConfig: {
          targetGroups: [
            { serviceName: 'web-v1', servicePort: '80', weight: w1 },
            { serviceName: 'web-v2', servicePort: 80, weight: w2 },
          ],
        },
      });
    await apply(
      kube,
      ingress('web', { 'alb.ingress.kubernetes.io/actions.web': split(80, 20) }, [
        path('web', { name: 'use-annotation' }),
      ]),
    );
    const url = await albUrl('web');
    await kube.sim.until(() => kube.objects.list('TargetGroupBinding', 'shop').length === 2);
    for (const tgb of kube.objects.list('TargetGroupBinding', 'shop')) {
      const arn = (tgb.spec as { targetGroupARN: string }).targetGroupARN;
      while ((await targets(arn)).filter((t) => t.state === 'healthy').length < 2) await clock.sleep(1_000);
    }
    const count = async (n: number): Promise<Record<string, number>> => {
      const out: Record<string, number> = {};
      for (let i = 0; i < n; i++) {
        const v = (await get(`${url}/`)).version;
        out[v] = (out[v] ?? 0) + 1;
      }
      return out;
    };
    expect(await count(100)).toEqual({ v1: 80, v2: 20 });

    kube.sim.lbc?.pause();
    await apply(
      kube,
      ingress('web', { 'alb.ingress.kubernetes.io/actions.web': split(0, 100) }, [
        path('web', { name: 'use-annotation' }),
      ]),
    );
    await clock.sleep(60_000);
    expect(await count(10)).toEqual({ v1: 8, v2: 2 });
    const lb = kube.sim.lbc?.loadBalancerOf('shop', 'web');
    const listeners = await elb.send(new DescribeListenersCommand({ LoadBalancerArn: lb?.arn }));
    const rules = await elb.send(
      new DescribeRulesCommand({ ListenerArn: listeners.Listeners?.[0].ListenerArn }),
    );
    expect(rules.Rules?.[0].Actions?.[0].ForwardConfig?.TargetGroups?.map((t) => t.Weight)).toEqual([80, 20]);

    const resumed = clock.now();
    kube.sim.lbc?.resume();
    for (;;) {
      const r = await elb.send(
        new DescribeRulesCommand({ ListenerArn: listeners.Listeners?.[0].ListenerArn }),
      );
      if (r.Rules?.[0].Actions?.[0].ForwardConfig?.TargetGroups?.[0].Weight === 0) break;
      await clock.sleep(250);
    }
    expect(clock.now() - resumed).toBeLessThanOrEqual(2_500);
    expect(await count(10)).toEqual({ v2: 10 });
  });

  it('refuses ELBv2 calls signed with unknown credentials', async () => {
    const bad = new ElasticLoadBalancingV2Client({
      region: 'us-east-1',
      endpoint: kube.elbv2Endpoint,
      credentials: { accessKeyId: 'AKIANOTKNOWN0000000', secretAccessKey: 'x' },
    });
    try {
      await expect(bad.send(new DescribeLoadBalancersCommand({}))).rejects.toMatchObject({
        $metadata: { httpStatusCode: 403 },
      });
    } finally {
      bad.destroy();
    }
    await expect(
      elb.send(
        new DescribeTargetHealthCommand({
          TargetGroupArn: 'arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/nope/0',
        }),
      ),
    ).rejects.toMatchObject({ name: 'TargetGroupNotFoundException' });
  });
});
