/** Building blocks shared by every strategy (rolling, blue-green; canary builds on the same). */
import { Inconclusive, runChecks, type CheckSpec, type RunResult } from '../health/index.js';
import { ConfigurationError, errorMessage, ToolError } from '../errors.js';
import { serviceProxyTransport } from '../health/kube-transport.js';
import { parseServiceUrl, type HttpTransport } from '../health/probes/http-request.js';
import { resolveChecks } from '../health/variables.js';
import { KubeApiError } from '../k8s/client.js';
import { ANNOTATION, LABEL } from '../k8s/manifests.js';
import { waitForRollout } from '../k8s/rollout-status.js';
import { BAD_WAITING_REASONS } from '../health/probes/kubernetes.js';
import {
  describeRef,
  refOf,
  type Deployment,
  type KubeObject,
  type Pod,
  type Service,
} from '../k8s/types.js';
import type { DeployContext } from './types.js';

export function deploymentsOf(objects: KubeObject[]): Deployment[] {
  return objects.filter((o): o is Deployment => o.kind === 'Deployment' && o.apiVersion === 'apps/v1');
}

/** The workload Deployment: the one named like the service, or the only one. */
export function mainDeployment(objects: KubeObject[], service: string): Deployment {
  const all = deploymentsOf(objects);
  const found = all.find((d) => d.metadata.name === service) ?? (all.length === 1 ? all[0] : undefined);
  if (!found) {
    throw new Error(
      all.length === 0
        ? 'The manifests contain no apps/v1 Deployment to roll out.'
        : `The manifests contain ${all.length} Deployments and none is named '${service}': set 'service' to the one to roll out.`,
    );
  }
  return found;
}

/** The Service fronting a Deployment: named like the service, else the one whose selector matches its pods. */
export function frontService(objects: KubeObject[], service: string, d: Deployment): Service | undefined {
  const services = objects.filter((o): o is Service => o.kind === 'Service');
  const labels = d.spec?.template?.metadata?.labels ?? {};
  return (
    services.find((s) => s.metadata.name === service) ??
    services.find((s) => {
      const sel = Object.entries(s.spec?.selector ?? {}).filter(([k]) => k !== LABEL.color);
      return sel.length > 0 && sel.every(([k, v]) => labels[k] === v);
    })
  );
}

/** The first port of a Service, for k8s-service:// URLs. */
export function firstPort(s: Service | undefined): number | undefined {
  return s?.spec?.ports?.[0]?.port;
}

export function selectorString(labels: Record<string, string>): string {
  return Object.entries(labels)
    .map(([k, v]) => `${k}=${v}`)
    .join(',');
}

export function images(d: Deployment | undefined): string[] {
  return (d?.spec?.template?.spec?.containers ?? []).map((c) => `${c.name}=${c.image ?? ''}`);
}

export function sameImages(a: Deployment | undefined, b: Deployment | undefined): boolean {
  return !!a && !!b && JSON.stringify(images(a)) === JSON.stringify(images(b));
}

export function versionOfLive(d: Deployment | undefined): string | undefined {
  return d?.metadata.annotations?.[ANNOTATION.version];
}

/** Applies objects in order (conflicts handled by applyObject); a failure names the object. */
export async function applyAll(ctx: DeployContext, objects: KubeObject[]): Promise<void> {
  for (const o of objects) {
    try {
      await applyObject(ctx, o);
    } catch (e) {
      const why = errorMessage(e);
      throw new ApplyError(`Applying ${describeRef(refOf(o))} failed: ${why}`);
    }
  }
  ctx.timeline.add('apply', `applied ${objects.length} object(s): ${summarize(objects)}`);
}

const CONFLICT_MANAGER = /^conflict with "([^"]+)"(?: with subresource "([^"]+)")?/;

/**
 * Server-side apply without forcing; a conflict is handled field by field, the way the server-side-apply
 * documentation describes: `.spec.replicas` owned by another manager (an HPA through /scale, someone's
 * `kubectl scale`) is left to it — the field is dropped from Keelson's configuration — while a field Keelson's
 * own managers hold, or that someone changed by hand (drift from the manifests), is taken over and said so.
 */
export async function applyObject(
  ctx: Pick<DeployContext, 'kube' | 'timeline'>,
  obj: KubeObject,
): Promise<void> {
  try {
    await ctx.kube.apply(obj, { force: false });
    return;
  } catch (e) {
    if (!(e instanceof KubeApiError) || e.status !== 409 || e.causes.length === 0) throw e;
    const what = describeRef(refOf(obj));
    let next = obj;
    const taken: string[] = [];
    for (const c of e.causes) {
      const m = CONFLICT_MANAGER.exec(c.message ?? '');
      const manager = m?.[1] ?? 'another manager';
      const own = manager === ctx.kube.fieldManager || manager.startsWith(`${ctx.kube.fieldManager}-`);
      if (c.field === '.spec.replicas' && !own) {
        next = structuredClone(next);
        delete (next.spec as { replicas?: number } | undefined)?.replicas;
        ctx.timeline.add(
          'apply',
          `${what}: .spec.replicas belongs to ${manager}${m?.[2] ? ` (through /${m[2]})` : ''}; Keelson leaves it alone`,
          'warn',
        );
      } else if (!own) taken.push(`${c.field ?? '?'} (from ${manager})`);
    }
    if (taken.length)
      ctx.timeline.add('apply', `${what}: the manifests take back ${taken.join(', ')}`, 'warn');
    await ctx.kube.apply(next, { force: true });
  }
}

/** The readinessProbe path of the workload's first container (what users' health looks like), else `/`. */
export function probePath(d: Deployment): string {
  const c = d.spec?.template?.spec?.containers?.[0] as
    { readinessProbe?: { httpGet?: { path?: string } } } | undefined;
  const path = c?.readinessProbe?.httpGet?.path;
  return path && path.startsWith('/') ? path : '/';
}

/** The API server refused an object (invalid, forbidden, denied by admission): one line naming it, not a bug. */
export class ApplyError extends ToolError {
  override readonly name: string = 'ApplyError';
}

function summarize(objects: KubeObject[]): string {
  const counts = new Map<string, number>();
  for (const o of objects) counts.set(o.kind, (counts.get(o.kind) ?? 0) + 1);
  return [...counts].map(([k, n]) => (n > 1 ? `${n} ${plural(k)}` : k)).join(', ');
}

/** A kind counted as people read it: Services, Ingresses, NetworkPolicies. */
const plural = (kind: string): string =>
  /(s|x|ch|sh)$/.test(kind) ? `${kind}es` : /[^aeiou]y$/.test(kind) ? `${kind.slice(0, -1)}ies` : `${kind}s`;

/** Restarts of a new pod's container that mean it will not come up healthy, even before CrashLoopBackOff shows. */
export const MAX_ROLLOUT_RESTARTS = 3;

/**
 * Waits for a Deployment to be rolled out: fails when it makes no progress for `ready-timeout`, and at once when
 * a pod of its newest ReplicaSet crash-loops, cannot pull its image, or keeps restarting.
 */
export async function waitReady(
  ctx: DeployContext,
  name: string,
  signal: AbortSignal = ctx.signal,
): Promise<string | undefined> {
  const { settings, clock, timeline } = ctx;
  const r = await waitForRollout(
    ctx.kube,
    { name, namespace: settings.namespace },
    {
      clock,
      timeoutMs: settings.readyTimeoutMs,
      pollMs: 1_000,
      signal,
      onProgress: (m) => timeline.add('rollout', `${name}: ${m}`),
      inspect: (d) => brokenPod(ctx, d),
    },
  );
  return r.ok ? undefined : r.reason;
}

/** Why a pod of the Deployment's newest ReplicaSet will not become healthy, if one will not. */
async function brokenPod(ctx: DeployContext, d: Deployment): Promise<string | undefined> {
  const labels = d.spec?.selector?.matchLabels;
  if (!labels) return undefined;
  const ns = ctx.settings.namespace;
  const rss = await ctx.kube.list<KubeObject>('apps/v1', 'ReplicaSet', ns, {
    labelSelector: selectorString(labels),
  });
  const revision = d.metadata.annotations?.['deployment.kubernetes.io/revision'];
  const newest = rss.find(
    (rs) =>
      rs.metadata.ownerReferences?.some((o) => o.uid === d.metadata.uid) &&
      rs.metadata.annotations?.['deployment.kubernetes.io/revision'] === revision,
  );
  const hash = newest?.metadata.labels?.['pod-template-hash'];
  if (!hash) return undefined;
  const pods = await ctx.kube.list<Pod>('v1', 'Pod', ns, {
    labelSelector: selectorString({ ...labels, 'pod-template-hash': hash }),
  });
  for (const p of pods) {
    if (p.metadata.deletionTimestamp) continue;
    for (const c of p.status?.containerStatuses ?? []) {
      const waiting = c.state?.waiting;
      if (waiting?.reason && BAD_WAITING_REASONS.includes(waiting.reason))
        return `pod ${p.metadata.name} container ${c.name} is ${waiting.reason}${waiting.message ? `: ${waiting.message.split('\n')[0]}` : ''}`.slice(
          0,
          300,
        );
      if (c.restartCount >= MAX_ROLLOUT_RESTARTS)
        return `pod ${p.metadata.name} container ${c.name} restarted ${c.restartCount} times`;
    }
  }
  return undefined;
}

export async function checks(
  ctx: DeployContext,
  phase: string,
  mode: 'until-healthy' | 'watch',
  durationMs: number,
  variables: Record<string, string>,
  transports?: Readonly<Record<string, HttpTransport>>,
  specs: CheckSpec[] = ctx.settings.checks,
): Promise<RunResult | undefined> {
  if (specs.length === 0 || durationMs <= 0) return undefined;
  const { clock, timeline } = ctx;
  timeline.add(
    phase,
    `${mode === 'watch' ? 'watching' : 'checking'} ${specs.length} health check(s) for ${Math.round(durationMs / 1000)}s`,
  );
  let lastFail = '';
  const proxy = serviceProxyTransport(ctx.kube);
  // Alongside the checks: can the API server reach the pods at all? Only consulted when the checks fail.
  const stopPreflight = new AbortController();
  const reachability = preflight(ctx, resolveChecks(specs, variables), stopPreflight.signal);
  const result = await runChecks(specs, {
    clock,
    mode,
    signal: ctx.signal,
    deadline: clock.now() + durationMs,
    variables,
    pods: ctx.pods,
    cloudwatch: ctx.cloudwatch,
    transports,
    serviceProxy: async (url, o) => {
      // The API server answers for the pod (its status, even a 5xx); a connection that fails is the API server
      // itself, which says nothing about the new version.
      try {
        return await proxy(url, o);
      } catch (e) {
        if (o.signal.aborted) throw e;
        throw new Inconclusive(`the Kubernetes API server could not be reached: ${errorMessage(e)}`);
      }
    },
    onProbe: (p) => {
      if (p.inconclusive) {
        if (p.message !== lastFail) timeline.add(phase, `${p.check}: ${p.message} (not counted)`, 'warn');
        lastFail = p.message;
      } else if (!p.ok && p.message !== lastFail) {
        lastFail = p.message;
        timeline.add(phase, `${p.check}: ${p.message} (${p.consecutiveFailures} in a row)`, 'warn');
      }
    },
  });
  if (result.status === 'failed') {
    const unreachable = await reachability;
    if (unreachable) {
      timeline.add(phase, unreachable.message, 'error');
      throw unreachable;
    }
  }
  stopPreflight.abort(new Error('checks finished'));
  timeline.add(phase, result.reason, result.status === 'passed' ? 'ok' : 'error');
  return result;
}

/** How long kube-apiserver's service proxy takes to give up dialling a pod it cannot reach (and then some). */
const PROXY_DIAL_WAIT_MS = 45_000;

/**
 * Beside checks that go through the API server's service proxy: one request per Service they target, waited for
 * as long as the API server takes to dial. A 503 `error trying to reach service: dial tcp <ip>:<port>: …` means the
 * control plane cannot reach the pods' port (on EKS, the cluster security group): a cluster configuration
 * error naming the port — the checks could not say anything about the new version.
 */
async function preflight(
  ctx: DeployContext,
  specs: CheckSpec[],
  stop: AbortSignal,
): Promise<ConfigurationError | undefined> {
  const seen = new Set<string>();
  const waited = new AbortController();
  const onStop = (): void => waited.abort(stop.reason);
  // Both listeners go in the finally below (a long canary runs checks many times on the same job signal).
  stop.addEventListener('abort', onStop);
  ctx.signal.addEventListener('abort', onStop);
  ctx.clock.sleep(PROXY_DIAL_WAIT_MS, waited.signal).then(
    () => waited.abort(new Error('preflight waited long enough')),
    () => undefined,
  );
  try {
    for (const spec of specs) {
      if (spec.kind !== 'http') continue;
      const t = parseServiceUrl(spec.url);
      if (!t) continue;
      const key = `${t.namespace}/${t.service}:${t.port ?? ''}`;
      if (seen.has(key)) continue;
      seen.add(key);
      let res;
      try {
        res = await ctx.kube.proxyGet(t.namespace, t.service, t.port ?? '', t.path, {
          signal: waited.signal,
          timeoutMs: 10 * PROXY_DIAL_WAIT_MS,
        });
      } catch {
        if (waited.signal.aborted) return undefined;
        continue; // the API server itself is unreachable: the checks report that as inconclusive
      }
      if (res.status !== 503) continue;
      const message = (res.body as { message?: unknown } | undefined)?.message;
      const m =
        typeof message === 'string'
          ? /error trying to reach service: dial tcp ([^:\s]+):(\d+): (.+)$/.exec(message)
          : null;
      if (!m) continue;
      return new ConfigurationError(
        `The Kubernetes API server cannot reach port ${m[2]} of the pods behind Service ${t.service} (${m[3]} dialling ${m[1]}:${m[2]}), so health checks through its service proxy cannot see the new version: allow the control plane to reach port ${m[2]} (on EKS, an inbound rule from the cluster security group to the nodes on port ${m[2]}), or set preview-url and live-url to URLs this runner can reach.`,
      );
    }
    return undefined;
  } finally {
    stop.removeEventListener('abort', onStop);
    ctx.signal.removeEventListener('abort', onStop);
    if (!waited.signal.aborted) waited.abort(new Error('preflight done'));
  }
}

/** Scales a Deployment (merge patch of spec.replicas); a missing one is fine. */
export async function scale(ctx: DeployContext, name: string, replicas: number): Promise<void> {
  try {
    await ctx.kube.patch(
      { apiVersion: 'apps/v1', kind: 'Deployment', name, namespace: ctx.settings.namespace },
      { spec: { replicas } },
    );
  } catch (e) {
    if (e instanceof KubeApiError && e.status === 404) return;
    throw e;
  }
}

/** How long kube-proxy may take to program an EndpointSlice change on every node, beyond what we can observe. */
export const PROPAGATION_MARGIN_MS = 3_000;

interface SliceLike extends KubeObject {
  endpoints?: { conditions?: { ready?: boolean }; targetRef?: { name?: string } }[];
}

/**
 * After a selector change: waits until the Service's EndpointSlices list only pods matching `labels` as ready
 * (and at least one), then the kube-proxy propagation margin, so that users' new connections reach those pods.
 * Gives up after `timeoutMs` (the caller goes on: the selector is right, only the observation is late).
 */
export async function waitEndpoints(
  ctx: Pick<DeployContext, 'kube' | 'clock' | 'settings'>,
  service: string,
  labels: Record<string, string>,
  signal: AbortSignal,
  timeoutMs = 60_000,
): Promise<boolean> {
  const ns = ctx.settings.namespace;
  const until = ctx.clock.now() + timeoutMs;
  for (;;) {
    const [slices, pods] = await Promise.all([
      ctx.kube.list<SliceLike>('discovery.k8s.io/v1', 'EndpointSlice', ns, {
        labelSelector: `kubernetes.io/service-name=${service}`,
      }),
      ctx.kube.list<KubeObject>('v1', 'Pod', ns, { labelSelector: selectorString(labels) }),
    ]);
    const wanted = new Set(pods.map((p) => p.metadata.name));
    const ready = slices.flatMap((s) => (s.endpoints ?? []).filter((e) => e.conditions?.ready !== false));
    const settled = ready.length > 0 && ready.every((e) => wanted.has(e.targetRef?.name));
    if (settled || ctx.clock.now() >= until) {
      await ctx.clock.sleep(PROPAGATION_MARGIN_MS, signal).catch(() => undefined);
      return settled;
    }
    try {
      await ctx.clock.sleep(1_000, signal);
    } catch {
      return false;
    }
  }
}

/** Waits until no pod matches `selector` any more (terminating ones included): they have drained and exited. */
export async function waitPodsGone(
  ctx: Pick<DeployContext, 'kube' | 'clock' | 'settings'>,
  selector: string,
  signal: AbortSignal,
  accept: (pod: KubeObject) => boolean = () => true,
  timeoutMs = 120_000,
): Promise<boolean> {
  const until = ctx.clock.now() + timeoutMs;
  for (;;) {
    const pods = await ctx.kube.list<KubeObject>('v1', 'Pod', ctx.settings.namespace, {
      labelSelector: selector,
    });
    if (!pods.some(accept)) return true;
    if (ctx.clock.now() >= until) return false;
    try {
      await ctx.clock.sleep(1_000, signal);
    } catch {
      return false;
    }
  }
}

/** A signal for clean-up work that must run even after the job was cancelled. */
export function cleanupSignal(): AbortSignal {
  return new AbortController().signal;
}

export function seconds(ms: number | undefined): number | undefined {
  return ms === undefined ? undefined : Math.round(ms / 100) / 10;
}
