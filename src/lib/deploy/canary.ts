/**
 * Canary: the new version runs as the other color beside the stable one and takes a growing share of users in
 * steps (`steps: 5,25,50,100`) through the traffic router — the ALB's weighted forward, or no router at all
 * (`replicas`: the share of ready pods, reported as it really is). A step counts only once the router shows its
 * weight (the ALB's rules through ELBv2) and the canary's targets are healthy; then the canary is analysed every
 * `analysis-interval` for the step's pause. A failing probe holds the weight where it is; `failure-limit`
 * consecutive failures of a check abort: every user back on stable at once (confirmed on the router), the canary
 * scaled down only after its requests drained. The stable color is never touched during the canary — its pods do
 * not restart, and its HPA may scale it up but not below what it ran at the start (an HPA-shrunk stable is never
 * handed 100 % back). Promotion: the canary is scaled to stable's size, takes 100 %, the HPA moves to it, and the
 * old color goes once drained. The release's other Deployments (a worker) move as in blue-green: each runs in the
 * canary's color beside stable's from the start; stable's goes on promotion, the canary's on abort.
 */
import { ConfigurationError, InputError, PolicyError, errorMessage } from '../errors.js';
import { Inconclusive, type CheckSpec, type RunResult } from '../health/index.js';
import { httpRequest, type HttpTransport } from '../health/probes/http-request.js';
import { LABEL } from '../k8s/manifests.js';
import type { Deployment, Service } from '../k8s/types.js';
import {
  blueGreen,
  colored,
  liveWorkload,
  notRestored,
  retire,
  withColor,
  type Color,
  type LiveWorkload,
} from './blue-green.js';
import { CANARY_DEFAULTS, describeSteps, parseCanarySteps, type CanarySettings } from './canary-settings.js';
import { canaryRouterFor, isAlbCanary, type CanaryRouter } from './canary-routers.js';
import {
  cloudWatchPreflight,
  firstDeployChecks,
  versionedCloudWatch,
  withDimensions,
} from './canary-cloudwatch.js';
import {
  ApplyError,
  applyAll,
  checks,
  cleanupSignal,
  deploymentsOf,
  firstPort,
  frontService,
  mainDeployment,
  probePath,
  sameImages,
  scale,
  seconds,
  selectorString,
  versionOfLive,
  waitReady,
} from './common.js';
import { hpaFor, retarget, type Hpa } from './hpa.js';
import { beginRelease, configReadBy, finishRelease, restoreSnapshot, type Snapshot } from './release.js';
import { RouterError, isAlbIngress } from './routing.js';
import type { DeployContext, DeployResult } from './types.js';

const COLORS: Color[] = ['blue', 'green'];
const other = (c: Color): Color => (c === 'blue' ? 'green' : 'blue');

/** The canary settings, or the defaults (`10,50,100`, 2 minutes a step, every 10 s, 2 failures). */
export function canarySettings(ctx: DeployContext): CanarySettings {
  return (
    ctx.settings.canary ?? {
      steps: parseCanarySteps('steps', CANARY_DEFAULTS.steps, 120_000),
      analysisIntervalMs: 10_000,
      failureLimit: CANARY_DEFAULTS.failureLimit,
      action: 'run',
    }
  );
}

/**
 * The checks as the canary runs them: every check probes once per `analysis-interval` (its timeout within it) and
 * fails the canary after `failure-limit` consecutive failures.
 */
export function analysisSpecs(
  specs: CheckSpec[],
  c: CanarySettings,
  versions: { canary: string; stable: string },
): CheckSpec[] {
  return specs.map((s) => {
    const timing = {
      interval: c.analysisIntervalMs,
      timeout: Math.min(s.timeout, c.analysisIntervalMs),
      failureThreshold: c.failureLimit,
      successThreshold: 1,
    };
    const version = (text: string): string =>
      text
        .replaceAll('{{canary}}', versions.canary)
        .replaceAll('{{version}}', versions.canary)
        .replaceAll('{{stable}}', versions.stable);
    // Alarm names templated per version.
    if (s.kind === 'cloudwatch') return { ...s, ...timing, alarms: s.alarms.map(version) };
    if (s.kind !== 'prometheus') return { ...s, ...timing };
    // PromQL templated per version.
    return { ...s, ...timing, query: version(s.query) };
  });
}

/**
 * How the analysis reaches its metrics backends (the prometheus checks' URLs): a connection that fails, a timeout,
 * or a 5xx of the backend itself says nothing about the canary — inconclusive, never a pass and never a failure
 * of the canary. Every other URL is reached as usual.
 */
export function metricsTransports(specs: CheckSpec[]): Record<string, HttpTransport> {
  const backends = specs.flatMap((s) => (s.kind === 'prometheus' ? [s.url.replace(/\/+$/, '')] : []));
  const strictEmpty = new Set(
    specs.flatMap((s) =>
      s.kind === 'prometheus' && s.onEmpty === 'fail' ? [s.url.replace(/\/+$/, '')] : [],
    ),
  );
  const transport: HttpTransport = async (url, o) => {
    const backend = backends.find((b) => url.startsWith(`${b}/`));
    if (!backend) return httpRequest(url, o);
    let answer;
    try {
      answer = await httpRequest(url, o);
    } catch (e) {
      if (o.signal.aborted) throw e;
      throw new Inconclusive(`the metrics backend ${backend} could not be reached: ${errorMessage(e)}`);
    }
    if (answer.status >= 500)
      throw new Inconclusive(`the metrics backend ${backend} answered HTTP ${answer.status}`);
    // No series at all (the canary's pods not scraped yet) is not knowing, unless a check says empty passes.
    if (strictEmpty.has(backend) && emptyResult(answer.body))
      throw new Inconclusive(`the metrics backend ${backend} has no series for the query yet`);
    return answer;
  };
  return { 'http:': transport, 'https:': transport };
}

/** The HPA of stable during the canary: it may scale stable up, never below what stable ran at the start. */
function pinned(hpa: Hpa, target: string, floor: number): Hpa {
  const copy = retarget(hpa, target);
  copy.spec ??= {};
  const max = copy.spec.maxReplicas ?? floor;
  copy.spec.minReplicas = Math.min(max, Math.max(copy.spec.minReplicas ?? 1, floor));
  return copy;
}

interface Exposure {
  /** Integral of the delivered weight (percent × ms) since the first step. */
  weighted: number;
  since?: number;
  weight: number;
  at: number;
  max: number;
}

export async function canary(ctx: DeployContext): Promise<DeployResult> {
  const { kube, settings, timeline, clock } = ctx;
  const c = canarySettings(ctx);
  const ns = settings.namespace;
  const dep = mainDeployment(ctx.objects, settings.service);
  const svc = frontService(ctx.objects, settings.service, dep);
  if (!svc)
    throw new ApplyError(
      `A canary needs the Service that fronts Deployment ${dep.metadata.name} in the manifests.`,
    );
  const svcName = svc.metadata.name as string;
  const base = dep.metadata.name as string;

  const live = await kube.get<Service>('v1', 'Service', svcName, ns);
  // A canary paused at a manual step: its stable color is where the state is kept.
  const paused = await pausedCanary(ctx, base);
  const stableColor = (paused?.stable ?? live?.spec?.selector?.[LABEL.color]) as Color | undefined;
  const stableName = stableColor ? `${base}-${stableColor}` : undefined;
  const stableDep = stableName
    ? await kube.get<Deployment>('apps/v1', 'Deployment', stableName, ns)
    : undefined;
  const previousVersion = versionOfLive(stableDep);
  if (c.action !== 'run' && !paused)
    throw new InputError(
      'action',
      `Invalid input 'action': '${c.action}'. Expected run: no canary of ${settings.service} is paused at a manual step.`,
    );
  if (paused && c.action === 'run')
    throw new PolicyError(
      `A canary of ${settings.service} (${paused.state.version}) is paused at ${paused.state.weight}%: run the deploy with action promote or abort first.`,
    );
  if (paused && paused.state.version !== settings.version)
    throw new InputError(
      'action',
      `Invalid input 'action': '${c.action}'. Expected the version of the paused canary (${paused.state.version}); this run deploys ${settings.version}.`,
    );

  if (!paused && (!stableColor || !stableDep || (stableDep.spec?.replicas ?? 0) === 0)) {
    // Nothing serves users yet: there is no stable version to give a share to. The first version is checked before
    // it takes users and watched after, as blue-green does.
    timeline.add(
      'plan',
      `first deploy of ${settings.service}: no stable version to split traffic with, so ${settings.version} is checked and then takes every user`,
    );
    return blueGreen({
      ...ctx,
      settings: {
        ...settings,
        router: settings.router === 'alb' ? 'alb' : 'auto',
        checks: firstDeployChecks(ctx),
      },
    });
  }
  if (!stableColor || !stableDep)
    throw new Error('unreachable: a paused canary without its stable Deployment');
  const canaryColor = other(stableColor);
  const others = await otherWorkloads(ctx, dep, stableColor, canaryColor, previousVersion);
  if (
    !paused &&
    previousVersion === settings.version &&
    sameImages(stableDep, colored(dep, stableColor, undefined)) &&
    others.every((w) => sameImages(w.old, colored(w.manifest, stableColor, undefined)))
  ) {
    timeline.add('plan', `${settings.version} is already live on ${stableColor}: nothing to change`, 'ok');
    return {
      result: 'promoted',
      version: settings.version,
      previousVersion,
      liveColor: stableColor,
      unchanged: true,
      checks: [],
    };
  }

  const canaryName = `${base}-${canaryColor}`;
  const hpa = hpaFor(ctx.objects, base);
  const router = await canaryRouterFor(ctx, svc, stableColor, canaryColor, COLORS);
  const startStable = paused?.state.startStable ?? stableDep.spec?.replicas ?? 1;
  const onAlb = versionedCloudWatch(settings.checks)[0];
  if (onAlb && router.kind !== 'alb' && settings.analysis === 'cloudwatch')
    throw InputError.invalid(
      'analysis',
      'cloudwatch',
      `default: the canary of ${settings.service} has no ALB (router ${router.kind}), so no target group of its own to read from CloudWatch`,
    );
  if (onAlb && router.kind !== 'alb')
    throw new InputError(
      'health-checks',
      `Invalid input 'health-checks': check ${onAlb.index} ('${onAlb.name}') field 'target-group': '${onAlb.targetGroup}'. Expected a target group ARN with load-balancer: the canary of ${settings.service} has no ALB (router ${router.kind}), so it has no target group of its own.`,
    );
  let specs = analysisSpecs(settings.checks, c, {
    canary: settings.version,
    stable: previousVersion ?? '',
  });
  await cloudWatchPreflight(ctx, specs, router);
  timeline.add(
    'plan',
    `${previousVersion ?? 'unknown'} is live on ${stableColor} (${startStable} pod${startStable === 1 ? '' : 's'}); canary ${settings.version} as ${canaryColor}: ${describeSteps(c.steps)}; users reach it through ${router.describe()}; ${specs.length} check(s) every ${Math.round(c.analysisIntervalMs / 1000)}s, abort after ${c.failureLimit} failure(s) in a row` +
      (others.length
        ? `; ${others.map((w) => w.next.metadata.name).join(', ')} run${others.length === 1 ? 's' : ''} beside stable's until the canary ends`
        : ''),
  );
  // The post step reads these to put users back on stable if this process dies (as for blue-green).
  ctx.saveState('bg-service', svcName);
  ctx.saveState('bg-old-color', stableColor);
  ctx.saveState('bg-new-color', canaryColor);
  ctx.saveState('bg-base', base);
  if (hpa) ctx.saveState('bg-hpa', hpa.metadata.name ?? '');
  if (others.length)
    ctx.saveState(
      'bg-workloads',
      JSON.stringify(others.map((w) => ({ base: w.base, hpa: w.hpa?.metadata.name ?? '' }))),
    );

  // The Deployments and their HPAs are the colors' (above); the manifests' ALB Ingress is the router's.
  const hpas = new Set([hpa, ...others.map((w) => w.hpa)]);
  const rest = ctx.objects.filter(
    (o) =>
      o.kind !== 'Deployment' && o !== svc && !hpas.has(o) && !(isAlbIngress(o) && router.kind === 'alb'),
  );
  const first = c.steps[0]?.weight ?? 100;
  const canaryDep = colored(dep, canaryColor, previousVersion);
  canaryDep.metadata.labels = { ...canaryDep.metadata.labels, [LABEL.track]: 'canary' };
  canaryDep.spec ??= {};
  canaryDep.spec.replicas = router.canaryReplicas(first, startStable);

  // A resumed canary keeps what it has in the cluster: re-applying would reset the router to stable.
  let snapshot: Snapshot | undefined;
  let unready: string | undefined;
  let weightsAsked = false;
  if (!paused) {
    const toApply = [
      ...rest.filter((o) => o.kind !== 'Ingress'),
      ...router.objects(),
      ...rest.filter((o) => o.kind === 'Ingress'),
      withColor(svc, stableColor),
      ...(hpa ? [pinned(hpa, stableName as string, startStable)] : []),
    ];
    const deployments = [canaryDep, ...others.map((w) => w.next)];
    // Nothing is written before the API server accepted every object; what was there is kept to put it back.
    snapshot = await beginRelease(ctx, [...toApply, ...deployments]);
    await applyAll(ctx, toApply);
    if (hpa)
      timeline.add(
        'plan',
        `HPA ${hpa.metadata.name} keeps scaling ${stableName}, not below ${startStable} until the canary ends: stable can take every user back at once`,
      );
    if (isAlbCanary(router) && !(await router.waitBinding(ctx.signal)))
      timeline.add(
        'apply',
        `no TargetGroupBinding for ${router.serviceOf(canaryColor)} yet: the AWS Load Balancer Controller is slow`,
        'warn',
      );
    // A router that cannot carry the canary: no canary pod starts, and the abort below restores the release.
    unready = await router.prepare?.(ctx.signal);
    if (!unready) await applyAll(ctx, deployments);
  }

  const checkResults: RunResult[] = [];
  const exposure: Exposure = paused
    ? {
        weighted: 0,
        weight: paused.state.weight,
        at: clock.now(),
        since: clock.now(),
        max: paused.state.weight,
      }
    : { weighted: 0, weight: 0, at: clock.now(), max: 0 };
  const setExposure = (w: number): void => {
    const now = clock.now();
    if (exposure.since !== undefined) exposure.weighted += exposure.weight * (now - exposure.at);
    exposure.since ??= now;
    exposure.weight = w;
    exposure.at = now;
    exposure.max = Math.max(exposure.max, w);
  };
  const canaryOutputs = (): NonNullable<DeployResult['canary']> => {
    setExposure(exposure.weight);
    const span = clock.now() - (exposure.since ?? clock.now());
    return {
      maxWeight: exposure.max,
      exposure: span > 0 ? Math.round((exposure.weighted / span / 100) * 10_000) / 10_000 : 0,
    };
  };
  const stableUrl = ctx.serviceUrl(router.serviceOf(stableColor), firstPort(svc));
  const canaryUrl = ctx.serviceUrl(router.serviceOf(canaryColor), firstPort(svc));
  const variables: Record<string, string> = {
    NAMESPACE: ns,
    SELECTOR: selectorString(canaryDep.spec.selector?.matchLabels ?? {}),
    TARGET_URL: canaryUrl,
    PREVIEW_URL: canaryUrl,
    STABLE_URL: stableUrl,
    LIVE_URL: settings.liveUrl ?? ctx.serviceUrl(svcName, firstPort(svc)),
    PROBE_PATH: probePath(dep),
    VERSION: settings.version,
    STABLE_VERSION: previousVersion ?? '',
  };

  /** Every user back on stable (confirmed), HPA as before, then the canary goes once its requests drained. */
  const abort = async (
    reason: string,
    verdictAt = clock.now(),
    detectSeconds?: number,
  ): Promise<DeployResult> => {
    const cleanup = { ...ctx, signal: cleanupSignal() };
    let restored: number | undefined;
    // Weights were asked for (even if the router never confirmed them, they may have landed): 0, confirmed.
    if (exposure.max > 0 || exposure.since !== undefined || weightsAsked) {
      for (let attempt = 1; ; attempt++) {
        try {
          await router.setWeight(0, cleanup.signal);
          restored = clock.now();
          setExposure(0);
          break;
        } catch (e) {
          if (!(e instanceof RouterError)) throw e;
          if (attempt >= 3) {
            // The canary keeps running: scaling it down while the router may still send it users would fail them.
            timeline.add(
              'rollback',
              `${reason}; users could not be confirmed back on ${stableColor}: ${e.message}. ${canaryName} keeps running until they are`,
              'error',
            );
            return {
              result: 'failed',
              rollbackReason: `${reason}; the router did not confirm users back on ${stableColor}: ${e.message}`,
              version: settings.version,
              previousVersion,
              liveColor: stableColor,
              detectSeconds,
              checks: checkResults,
              canary: canaryOutputs(),
            };
          }
        }
      }
    }
    if (hpa) await applyAll(cleanup, [retarget(hpa, stableName as string)]);
    // Every other object of the release as it was (users are on stable already).
    if (snapshot) await restoreSnapshot(cleanup, snapshot, { skip: notRestored(ctx, router.kind) });
    timeline.add(
      'rollback',
      `${reason}; every user is back on ${stableColor} (${previousVersion ?? 'previous'})` +
        (hpa ? `, HPA ${hpa.metadata.name} scales ${stableName} as before` : ''),
      'error',
    );
    await retire(cleanup, router, canaryColor, [
      canaryName,
      ...others.map((w) => w.next.metadata.name as string),
    ]);
    await clearStep(cleanup, stableName as string);
    ctx.saveState('bg-phase', 'rolled-back');
    return {
      result: 'rolled-back',
      rollbackReason: reason,
      version: settings.version,
      previousVersion,
      liveColor: stableColor,
      detectSeconds,
      rollbackSeconds: restored !== undefined ? seconds(restored - verdictAt) : undefined,
      checks: checkResults,
      canary: canaryOutputs(),
    };
  };

  const total = c.steps.length;
  if (unready) return abort(`${router.describe()} cannot carry the canary: ${unready}`);
  if (paused) {
    timeline.add(
      'resume',
      `${settings.version} holds ${paused.state.weight}% at step ${paused.state.step + 1}/${total} (a manual step); action: ${c.action}`,
    );
    if (c.action === 'abort')
      return abort(`aborted at the manual step ${paused.state.step + 1}/${total} (action: abort)`);
  }
  for (let i = paused ? paused.state.step : 0; i < total; i++) {
    const step = c.steps[i] as (typeof c.steps)[number];
    const label = `step ${i + 1}/${total}`;
    // The step a paused canary resumes from: its weight is confirmed again, the promote was its approval.
    const resumed = paused !== undefined && i === paused.state.step;
    if (ctx.signal.aborted) return abort(`cancelled before ${label}`);
    // The canary's size follows stable's (which its HPA may have grown): enough pods for the share, all of stable's
    // count before it takes every user.
    const stableNow = (await kube.get<Deployment>('apps/v1', 'Deployment', stableName as string, ns))?.spec
      ?.replicas;
    const want = router.canaryReplicas(step.weight, Math.max(stableNow ?? startStable, 1));
    const current = (await kube.get<Deployment>('apps/v1', 'Deployment', canaryName, ns))?.spec?.replicas;
    if (current !== want) {
      await scale(ctx, canaryName, want);
      timeline.add(
        'rollout',
        `${canaryName} scaled to ${want} pod${want === 1 ? '' : 's'} for ${step.weight}%`,
      );
    }
    const notReady = await waitReady(ctx, canaryName);
    if (notReady) return abort(`${canaryColor} did not become ready at ${label}: ${notReady}`);
    const unhealthy = await router.healthy(ctx.signal, settings.readyTimeoutMs);
    if (unhealthy) return abort(`${canaryColor} ${unhealthy} at ${label}`);
    if (ctx.signal.aborted) return abort(`cancelled at ${label}`);

    ctx.saveState('bg-phase', 'switching');
    if (i === 0 || resumed) saveAlbRestore(ctx, router);
    timeline.add('weights', `${label}: asking ${router.describe()} for ${step.weight}% on ${canaryColor}`);
    let delivered;
    try {
      weightsAsked = true;
      delivered = await router.setWeight(step.weight, ctx.signal);
    } catch (e) {
      if (!(e instanceof RouterError) && !ctx.signal.aborted) throw e;
      return abort(
        e instanceof RouterError
          ? `${label} (${step.weight}%) did not take: ${e.message}`
          : `cancelled at ${label}`,
      );
    }
    setExposure(delivered.weight);
    ctx.saveState('bg-phase', 'switched');
    await recordStep(ctx, stableName as string, {
      version: settings.version,
      canary: canaryColor,
      step: i,
      weight: delivered.weight,
      startStable,
    });
    timeline.add(
      'step',
      `${label}: ${settings.version} takes ${delivered.weight}% of users (${delivered.detail})`,
      Math.abs(delivered.weight - step.weight) >= 1 ? 'warn' : 'ok',
    );

    if (step.pause === 'manual' && !resumed && step.weight < 100) {
      await recordStep(ctx, stableName as string, {
        version: settings.version,
        canary: canaryColor,
        step: i,
        weight: delivered.weight,
        startStable,
        paused: true,
      });
      ctx.saveState('bg-phase', 'paused');
      timeline.add(
        'pause',
        `${settings.version} holds ${delivered.weight}% of users at ${label} (a manual step). To go on, run the deploy again with action: promote; to put every user back on ${stableColor}, action: abort (service-deploy: input canary-action, e.g. from a workflow_dispatch).`,
        'ok',
      );
      return {
        result: 'paused',
        version: settings.version,
        previousVersion,
        liveColor: stableColor,
        checks: checkResults,
        canary: { ...canaryOutputs(), pausedAt: delivered.weight },
      };
    }
    const pause = step.pause === 'manual' || resumed ? 0 : step.pause;
    if (pause > 0 && specs.length === 0)
      return abort(
        `${label}: nothing to analyse (health-checks is empty), and a gate with nothing to check fails`,
      );
    if (pause > 0) {
      const ready = await withDimensions(specs, router, exposure.since ?? clock.now());
      if (typeof ready === 'string') return abort(`${label} (${step.weight}%): ${ready}`);
      specs = ready;
      const verdict = await analyse(ctx, `analysis ${step.weight}%`, pause, specs, c, variables);
      if (verdict.result) checkResults.push(verdict.result);
      if (ctx.signal.aborted) return abort(`cancelled during ${label}`);
      if (verdict.failed)
        return abort(`${label} (${step.weight}%): ${verdict.failed}`, verdict.at, verdict.detectSeconds);
    }
  }

  // Every user is on the canary: the HPAs follow it (the other workloads' too), the old color goes once drained.
  const retargeted = [
    ...(hpa ? [retarget(hpa, canaryName)] : []),
    ...others.flatMap((w) => (w.hpa ? [retarget(w.hpa, w.next.metadata.name as string)] : [])),
  ];
  if (retargeted.length) await applyAll(ctx, retargeted);
  // Old config versions (beyond what stable reads) go, and with prune what left the manifests.
  await finishRelease(ctx, configReadBy([stableDep, ...others.map((w) => w.old)]));
  await clearStep(ctx, stableName as string);
  timeline.add(
    'promote',
    `${settings.version} on ${canaryColor} serves every user` +
      (hpa ? `; HPA ${hpa.metadata.name} now scales ${canaryName}` : ''),
    'ok',
  );
  const outputs = canaryOutputs();
  if (settings.scaleDownDelayMs > 0) {
    timeline.add(
      'scale-down',
      `${stableColor} keeps running for ${Math.round(settings.scaleDownDelayMs / 1000)}s before it scales down`,
    );
    await clock.sleep(settings.scaleDownDelayMs, ctx.signal).catch(() => undefined);
  }
  await retire({ ...ctx, signal: cleanupSignal() }, router, stableColor, [
    stableName as string,
    ...others.flatMap((w) => (w.old ? [`${w.base}-${stableColor}`] : [])),
  ]);
  ctx.saveState('bg-phase', 'done');
  return {
    result: 'promoted',
    version: settings.version,
    previousVersion,
    liveColor: canaryColor,
    checks: checkResults,
    canary: outputs,
  };
}

/** What the post step needs to put the router's weights back on stable if this process dies mid-canary. */
function saveAlbRestore(ctx: DeployContext, router: CanaryRouter): void {
  for (const [k, v] of Object.entries(router.restore?.() ?? {})) ctx.saveState(k, v);
}

export const CANARY_ANNOTATION = 'keelson.dev/canary';

/** The canary's progress as kept on the stable Deployment. */
interface CanaryState {
  version: string;
  canary: string;
  step: number;
  weight: number;
  startStable: number;
  paused?: boolean;
}

/**
 * Any other rollout of a service whose canary is paused at a manual step is refused: it would take the canary's
 * color and the router from under it. Promote or abort the canary first.
 */
export async function refuseWhilePaused(ctx: DeployContext): Promise<void> {
  // The colors are named after the Deployment the service rolls out (the only one, when it is named otherwise).
  const paused = await pausedCanary(
    ctx,
    mainDeployment(ctx.objects, ctx.settings.service).metadata.name as string,
  );
  if (paused)
    throw new PolicyError(
      `A canary of ${ctx.settings.service} (${paused.state.version}) is paused at ${paused.state.weight}%: run the deploy with strategy canary and action promote or abort first.`,
    );
}

/** The canary paused at a manual step of this service, if one is: its stable color and its state. */
async function pausedCanary(
  ctx: DeployContext,
  base: string,
): Promise<{ stable: Color; state: CanaryState } | undefined> {
  for (const color of COLORS) {
    const d = await ctx.kube.get<Deployment>(
      'apps/v1',
      'Deployment',
      `${base}-${color}`,
      ctx.settings.namespace,
    );
    const raw = d?.metadata.annotations?.[CANARY_ANNOTATION];
    if (!raw) continue;
    try {
      const state = JSON.parse(raw) as CanaryState;
      if (state.paused) return { stable: color, state };
    } catch {
      // not ours to read: ignored
    }
  }
  return undefined;
}

/** The canary's progress, on the stable Deployment: what a later run (promote, abort) resumes from. */
async function recordStep(ctx: DeployContext, stableName: string, state: CanaryState): Promise<void> {
  await ctx.kube
    .patch(
      { apiVersion: 'apps/v1', kind: 'Deployment', name: stableName, namespace: ctx.settings.namespace },
      { metadata: { annotations: { [CANARY_ANNOTATION]: JSON.stringify(state) } } },
    )
    .catch(() => undefined);
}

async function clearStep(ctx: DeployContext, name: string): Promise<void> {
  await ctx.kube
    .patch(
      { apiVersion: 'apps/v1', kind: 'Deployment', name, namespace: ctx.settings.namespace },
      { metadata: { annotations: { [CANARY_ANNOTATION]: null } } },
    )
    .catch(() => undefined);
}

interface Verdict {
  result?: RunResult;
  /** Why the step failed, when it did. */
  failed?: string;
  at: number;
  detectSeconds?: number;
}

/**
 * Analyses the canary for `pauseMs`: fails at `failure-limit` consecutive failures of a check, or when a check
 * failed more than `failure-limit` times in the step at all (a flapping metric does not get promoted by never
 * failing twice in a row). The weight rises only after a clean last probe: while the latest probe of a check
 * failed, the step is held for more probes. A window in which a check concluded nothing (every probe
 * inconclusive: the metrics backend or the API server unreachable) fails in the health runner (a watch that ends
 * before a check completed a probe is a failure): it is not a pass.
 */
async function analyse(
  ctx: DeployContext,
  phase: string,
  pauseMs: number,
  specs: CheckSpec[],
  c: CanarySettings,
  variables: Record<string, string>,
): Promise<Verdict> {
  let window = pauseMs;
  let last: RunResult | undefined;
  const failures = new Map<string, number>();
  for (let round = 0; ; round++) {
    let r: RunResult | undefined;
    try {
      r = await checks(ctx, phase, 'watch', window, variables, metricsTransports(specs), specs);
    } catch (e) {
      if (e instanceof ConfigurationError)
        return { failed: e.message.replace(/\.$/, ''), at: ctx.clock.now() };
      throw e;
    }
    if (!r) return { at: ctx.clock.now() };
    last = r;
    if (r.status === 'cancelled') return { result: r, at: ctx.clock.now() };
    if (r.status === 'failed')
      return {
        result: r,
        failed: `analysis failed: ${r.reason}`,
        at: r.verdictAt,
        detectSeconds: r.detectMs !== undefined ? seconds(r.detectMs) : undefined,
      };
    for (const k of r.checks) failures.set(k.name, (failures.get(k.name) ?? 0) + k.failures);
    const flapping = r.checks.find((k) => (failures.get(k.name) ?? 0) > c.failureLimit);
    if (flapping)
      return {
        result: r,
        failed: `analysis failed: check '${flapping.name}' failed ${failures.get(flapping.name)} times in this step, never ${c.failureLimit} in a row (flapping): ${flapping.lastError ?? ''}`,
        at: ctx.clock.now(),
      };
    const failing = r.checks.filter((k) => k.consecutiveFailures > 0);
    if (failing.length === 0) return { result: last, at: ctx.clock.now() };
    ctx.timeline.add(
      phase,
      `holding the weight: ${failing.map((k) => `'${k.name}' failed its last probe`).join(', ')}`,
      'warn',
    );
    // One more round of probes decides: pass, or reach the failure limit.
    window = c.analysisIntervalMs * c.failureLimit;
  }
}

/**
 * A Deployment of the release other than the service's (a worker): `old` is stable's color of it, if it runs (a
 * worker new in this release has none); `next` the canary's, at the size stable's runs (or the manifests').
 */
interface OtherWorkload extends LiveWorkload {
  next: Deployment;
}

async function otherWorkloads(
  ctx: DeployContext,
  main: Deployment,
  stableColor: Color,
  canaryColor: Color,
  previousVersion: string | undefined,
): Promise<OtherWorkload[]> {
  const out: OtherWorkload[] = [];
  for (const d of deploymentsOf(ctx.objects)) {
    if (d === main) continue;
    const w = await liveWorkload(ctx, d, `${d.metadata.name}-${stableColor}`);
    const next = colored(d, canaryColor, previousVersion);
    next.spec ??= {};
    next.spec.replicas = w.replicas;
    out.push({ ...w, next });
  }
  return out;
}

function emptyResult(body: Buffer): boolean {
  try {
    const doc = JSON.parse(body.toString('utf8')) as { status?: string; data?: { result?: unknown } };
    return doc.status === 'success' && Array.isArray(doc.data?.result) && doc.data.result.length === 0;
  } catch {
    return false;
  }
}
