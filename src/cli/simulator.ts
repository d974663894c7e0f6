/**
 * The in-process platform behind `keelson rollout --simulate` and `keelson demo`: the Kubernetes emulator with its
 * controllers (HPA, the AWS Load Balancer Controller and ALBs, the ELBv2 API), real HTTP on 127.0.0.1, on
 * virtual time by default. It also answers what users saw and what the cluster looks like afterwards.
 */
import http from 'node:http';
import { cloudWatchClient, type CloudWatch } from '../lib/aws/cloudwatch.js';
import type { Elbv2 } from '../lib/aws/elbv2.js';
import { CloudWatchApi } from '../sim/aws/cloudwatch.js';
import { sdkElbv2 } from '../lib/aws/elbv2.js';
import { ScaledClock, type Clock } from '../lib/clock.js';
import { KubeClient, type Kube } from '../lib/k8s/client.js';
import { VirtualClock } from '../sim/clock.js';
import {
  TEST_CREDENTIALS,
  startKubeEmulator,
  type KubeEmulator,
  type KubeObject,
} from '../sim/kube/index.js';

export interface Simulation {
  clock: Clock;
  emulator: KubeEmulator;
  kube: Kube;
  /** The simulated ELBv2 API, read the way the deploy action reads AWS. */
  elbv2: Elbv2;
  /** CloudWatch computed from the ALBs' request log, read the way the deploy action reads AWS. */
  cloudwatch: CloudWatch;
  /** The emulator behind it (alarms a simulation sets or defines). */
  cloudwatchApi: CloudWatchApi;
  loadBalancerUrl(dnsName: string): string;
  /** The ARN of the ALB in front of `service` (an ALB Ingress routes to it), once the controller made it. */
  loadBalancerArn(namespace: string, service: string): string | undefined;
  /** Where users reach `service`: the ALB of the ALB Ingress that routes to it, else its ClusterIP. */
  userUrl(namespace: string, service: string): Promise<{ url: string; via: string }>;
  /** Sends `n` requests on new connections (new users) and counts the versions that answered. */
  traffic(url: string, n?: number): Promise<Record<string, number>>;
  close(): Promise<void>;
}

/** The ALB Ingress whose rules route to `service`, if one does. */
function albIngressOf(emulator: KubeEmulator, ns: string, service: string): KubeObject | undefined {
  return emulator.objects.list('Ingress', ns).find((ing) => {
    if (!emulator.sim.lbc?.isAlb(ing)) return false;
    const rules =
      (ing.spec as { rules?: { http?: { paths?: { backend?: { service?: { name?: string } } }[] } }[] })
        .rules ?? [];
    return rules.some((r) => (r.http?.paths ?? []).some((p) => p.backend?.service?.name === service));
  });
}

export interface FinalState {
  deployments: Record<
    string,
    { replicas: number; readyReplicas: number; replicasLow: number; images: string[] }
  >;
  hpas: Record<string, { target: string; currentReplicas: number; desiredReplicas: number }>;
  services: Record<string, { selector: Record<string, string> }>;
  /**
   * The release: each Deployment of the manifests, by its manifest name, with the Deployment that runs it now (the
   * live color's in blue-green) and that one's images and replicas; `deployment: null` when none exists.
   */
  release: Record<
    string,
    { deployment: string | null; images: string[]; replicas: number; readyReplicas: number }
  >;
}

/**
 * `speed` undefined: virtual time (the default: as fast as the machine computes it, and the same outcome on a
 * busy machine as on an idle one); a number: that many times the wall clock, to watch it happen. The namespace
 * exists and is labelled for the load balancer controller's pod readiness gates, as platform teams set it up.
 */
export async function startSimulation(speed?: number, namespace = 'default'): Promise<Simulation> {
  const clock: Clock = speed === undefined ? new VirtualClock() : new ScaledClock(speed);
  const emulator = await startKubeEmulator({
    clock,
    tickMs: 500,
    namespaces: namespace === 'default' ? [] : [namespace],
    awsLoadBalancerController: true,
    gatewayApi: true,
  });
  const kube = new KubeClient(
    { server: emulator.url, token: async () => emulator.token },
    { clock, retryFor: 60_000 },
  );
  await kube.patch(
    { apiVersion: 'v1', kind: 'Namespace', name: namespace },
    { metadata: { labels: { 'elbv2.k8s.aws/pod-readiness-gate-inject': 'enabled' } } },
  );
  const elbv2 = sdkElbv2({
    region: emulator.region,
    endpoint: emulator.elbv2Endpoint,
    credentials: TEST_CREDENTIALS[0],
  });
  if (!emulator.sim.elbv2 || !emulator.sim.alb) throw new Error('the simulation has no ALBs');
  // ALB metrics as AWS publishes them: per minute, about a minute after the minute ends.
  const cloudwatchApi = new CloudWatchApi(clock, emulator.sim.elbv2, emulator.sim.alb, TEST_CREDENTIALS, {
    publishDelayMs: 60_000,
  });
  const key = TEST_CREDENTIALS[0] as (typeof TEST_CREDENTIALS)[number];
  const cloudwatch = cloudWatchClient({
    region: emulator.region,
    clock,
    env: { AWS_ENDPOINT_URL_CLOUDWATCH: await cloudwatchApi.start() },
    credentials: async () => key,
  });
  return {
    clock,
    emulator,
    kube,
    elbv2,
    cloudwatch,
    cloudwatchApi,
    loadBalancerUrl: (dns) => emulator.sim.loadBalancerUrl(dns),
    loadBalancerArn: (ns, service) => {
      const ingress = albIngressOf(emulator, ns, service);
      return ingress ? emulator.sim.lbc?.loadBalancerOf(ns, ingress.metadata.name ?? '')?.arn : undefined;
    },
    userUrl: async (ns, service) => {
      const ingress = albIngressOf(emulator, ns, service);
      if (ingress) {
        const url = await emulator.sim.albUrl(ns, ingress.metadata.name ?? '');
        const dns = emulator.sim.lbc?.loadBalancerOf(ns, ingress.metadata.name ?? '')?.dnsName;
        if (url) return { url, via: `the ALB of Ingress ${ingress.metadata.name} (${dns})` };
      }
      // An HTTPRoute to the service: users come in through its Gateway's listener.
      const route = emulator.objects.list('HTTPRoute', ns).find((r) => {
        const rules = (r.spec as { rules?: { backendRefs?: { name?: string }[] }[] }).rules ?? [];
        return rules.some((x) => (x.backendRefs ?? []).some((b) => b.name === service));
      });
      const parent = (route?.spec as { parentRefs?: { name: string; namespace?: string }[] } | undefined)
        ?.parentRefs?.[0];
      if (route && parent) {
        const url = await emulator.sim.gatewayUrl(parent.namespace ?? ns, parent.name);
        if (url)
          return {
            url,
            via: `Gateway ${parent.name} (HTTPRoute ${route.metadata.name})`,
          };
      }
      return { url: await emulator.sim.serviceUrl(ns, service), via: `Service ${service}` };
    },
    traffic: async (url, n = 100) => {
      const counts: Record<string, number> = {};
      for (let i = 0; i < n; i++) {
        const v = await new Promise<string>((resolve) => {
          http
            .get(`${url}/`, { agent: false }, (res) => {
              res.resume();
              res.on('end', () => {
                const status = res.statusCode ?? 0;
                const version = res.headers['x-version'];
                resolve(status >= 500 || typeof version !== 'string' ? `HTTP ${status}` : version);
              });
            })
            .on('error', () => resolve('connection refused'));
        });
        counts[v] = (counts[v] ?? 0) + 1;
      }
      return counts;
    },
    close: async () => {
      kube.close();
      await cloudwatchApi.close();
      await emulator.close();
      if (clock instanceof VirtualClock) clock.stop();
    },
  };
}

/** The cluster as a rollout left it: Deployments (with the lowest replicas seen), HPAs and Services. */
export function finalState(
  emulator: KubeEmulator,
  namespace: string,
  low: (name: string) => number | undefined,
  release: { deployments: string[]; liveColor?: string } = { deployments: [] },
): FinalState {
  const out: FinalState = { deployments: {}, hpas: {}, services: {}, release: {} };
  for (const d of emulator.objects.list('Deployment', namespace)) {
    const spec = d.spec as { replicas?: number; template?: { spec?: { containers?: { image?: string }[] } } };
    const replicas = spec.replicas ?? 0;
    out.deployments[d.metadata.name ?? ''] = {
      replicas,
      readyReplicas: (d.status as { readyReplicas?: number } | undefined)?.readyReplicas ?? 0,
      replicasLow: Math.min(replicas, low(d.metadata.name ?? '') ?? replicas),
      images: (spec.template?.spec?.containers ?? []).map((c) => c.image ?? ''),
    };
  }
  for (const name of release.deployments) {
    const live = release.liveColor ? `${name}-${release.liveColor}` : name;
    const d = out.deployments[live];
    out.release[name] = d
      ? { deployment: live, images: d.images, replicas: d.replicas, readyReplicas: d.readyReplicas }
      : { deployment: null, images: [], replicas: 0, readyReplicas: 0 };
  }
  for (const h of emulator.objects.list('HorizontalPodAutoscaler', namespace)) {
    const st = (h.status ?? {}) as { currentReplicas?: number; desiredReplicas?: number };
    out.hpas[h.metadata.name ?? ''] = {
      target: (h.spec as { scaleTargetRef?: { name?: string } }).scaleTargetRef?.name ?? '',
      currentReplicas: st.currentReplicas ?? 0,
      desiredReplicas: st.desiredReplicas ?? 0,
    };
  }
  for (const s of emulator.objects.list('Service', namespace) as KubeObject[]) {
    if (namespace === 'default' && s.metadata.name === 'kubernetes') continue;
    out.services[s.metadata.name ?? ''] = {
      selector: (s.spec as { selector?: Record<string, string> }).selector ?? {},
    };
  }
  return out;
}

export function describeTraffic(counts: Record<string, number>): string {
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  return Object.entries(counts)
    .sort((a, b) => b[1] - a[1])
    .map(([v, n]) => `${Math.round((n / total) * 100)}% ${v}`)
    .join(', ');
}

/**
 * Seconds from `switchAt` until every pod that took users at the switch (the live Service's pods at the end that
 * existed then) was a healthy target of the target group the ALB sends users to (0 when they already were);
 * undefined when no ALB fronts the service or they never all were.
 */
export function liveTargetsHealthyAfter(
  emulator: KubeEmulator,
  namespace: string,
  service: string,
  switchAt: number,
): number | undefined {
  const elbv2 = emulator.sim.elbv2;
  if (!elbv2) return undefined;
  const svc = emulator.objects.get('Service', namespace, service);
  const selector = (svc?.spec as { selector?: Record<string, string> } | undefined)?.selector;
  if (!selector) return undefined;
  const ingress = emulator.objects
    .list('Ingress', namespace)
    .find((i) => i.metadata.annotations?.[`alb.ingress.kubernetes.io/actions.${service}`] !== undefined);
  let backend = service;
  const action = ingress?.metadata.annotations?.[`alb.ingress.kubernetes.io/actions.${service}`];
  if (action) {
    const groups =
      (JSON.parse(action) as { forwardConfig?: { targetGroups?: { serviceName: string; weight: number }[] } })
        .forwardConfig?.targetGroups ?? [];
    backend = groups.find((g) => g.weight > 0)?.serviceName ?? service;
  }
  const tgb = emulator.objects
    .list('TargetGroupBinding', namespace)
    .find((t) => (t.spec as { serviceRef?: { name?: string } }).serviceRef?.name === backend);
  const arn = (tgb?.spec as { targetGroupARN?: string } | undefined)?.targetGroupARN;
  if (!arn) return undefined;
  // The pods that took users at the switch: selected by the live Service at the end and created before it (an
  // HPA may have added some since, which have their own way to becoming healthy).
  const ips = emulator.objects
    .list('Pod', namespace)
    .filter(
      (p) =>
        !p.metadata.deletionTimestamp &&
        Object.entries(selector).every(([k, v]) => p.metadata.labels?.[k] === v) &&
        Date.parse(p.metadata.creationTimestamp ?? '') <= switchAt,
    )
    .map((p) => (p.status as { podIP?: string } | undefined)?.podIP)
    .filter((ip): ip is string => !!ip);
  if (ips.length === 0) return undefined;
  const state = new Map<string, string>();
  const allHealthy = (): boolean => ips.every((ip) => state.get(ip) === 'healthy');
  const events = elbv2.history.filter((e) => e.targetGroupArn === arn);
  let i = 0;
  for (; i < events.length && events[i].at <= switchAt; i++) state.set(events[i].id, events[i].state);
  if (allHealthy()) return 0;
  for (; i < events.length; i++) {
    state.set(events[i].id, events[i].state);
    if (allHealthy()) return (events[i].at - switchAt) / 1000;
  }
  return undefined;
}
