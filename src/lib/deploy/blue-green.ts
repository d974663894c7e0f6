/**
 * Blue-green: the new version runs as the other color beside the live one, at the live color's replica count
 * (what an HPA made of it), is checked through a preview Service (behind an ALB: a rule of the ALB that only
 * Keelson's requests match, so the checks take the path users will), then takes all users at once through the
 * traffic router — the live Service's selector, or the weights of the ALB's target groups when an ALB Ingress
 * fronts the service — and is watched for the verify window through the way users reach it. The HPA follows the
 * live color. Any failure (or a cancel) routes users back to the old color, which kept running, and the rejected
 * color goes away only once it no longer gets requests.
 */
import { ConfigurationError, PolicyError, errorMessage } from '../errors.js';
import type { RunResult } from '../health/index.js';
import { ANNOTATION, LABEL } from '../k8s/manifests.js';
import type { Deployment, KubeObject, Service } from '../k8s/types.js';
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
  waitEndpoints,
  waitPodsGone,
  waitReady,
} from './common.js';
import { hpaFor, retarget, startingReplicas, type Hpa } from './hpa.js';
import {
  AlbRouter,
  RouterError,
  isAlbIngress,
  routerFor,
  type PreviewRoute,
  type TrafficRouter,
} from './routing.js';
import { beginRelease, configReadBy, finishRelease, referencedConfig, restoreSnapshot } from './release.js';
import type { DeployContext, DeployResult } from './types.js';

export type Color = 'blue' | 'green';
const COLORS: Color[] = ['blue', 'green'];
const other = (c: Color): Color => (c === 'blue' ? 'green' : 'blue');

export function colored(d: Deployment, color: Color, previousVersion: string | undefined): Deployment {
  const copy = structuredClone(d);
  const base = d.metadata.name ?? 'app';
  copy.metadata.name = `${base}-${color}`;
  copy.metadata.labels = { ...copy.metadata.labels, [LABEL.color]: color };
  if (previousVersion)
    copy.metadata.annotations = {
      ...copy.metadata.annotations,
      [ANNOTATION.previousVersion]: previousVersion,
    };
  copy.spec ??= {};
  copy.spec.selector = { matchLabels: { ...copy.spec.selector?.matchLabels, [LABEL.color]: color } };
  copy.spec.template ??= {};
  copy.spec.template.metadata = { ...copy.spec.template.metadata };
  copy.spec.template.metadata.labels = { ...copy.spec.template.metadata.labels, [LABEL.color]: color };
  return copy;
}

export function withColor(s: Service, color: Color, name?: string): Service {
  const copy = structuredClone(s);
  if (name) {
    copy.metadata = {
      name,
      namespace: s.metadata.namespace,
      labels: { ...s.metadata.labels, [LABEL.track]: 'preview' },
    };
    const spec = copy.spec ?? {};
    copy.spec = {
      selector: spec.selector,
      ports: (spec.ports ?? []).map(({ name: n, port, targetPort }) => ({ name: n, port, targetPort })),
      type: 'ClusterIP',
    };
  }
  copy.spec = { ...copy.spec, selector: { ...copy.spec?.selector, [LABEL.color]: color } };
  return copy;
}

/** One Deployment of the manifests as it runs now: its HPA, what serves of it, and the size a new color starts at. */
export interface LiveWorkload {
  base: string;
  manifest: Deployment;
  hpa?: Hpa;
  /** The live color's Deployment (or, changing strategy, the uncolored one that serves now). */
  old?: Deployment;
  replicas: number;
}

/** `d` of the manifests, with `oldName` (what serves of it now, if anything) and its HPA read from the cluster. */
export async function liveWorkload(
  ctx: DeployContext,
  d: Deployment,
  oldName: string | undefined,
): Promise<LiveWorkload> {
  const ns = ctx.settings.namespace;
  const base = d.metadata.name as string;
  const old = oldName ? await ctx.kube.get<Deployment>('apps/v1', 'Deployment', oldName, ns) : undefined;
  const hpa = hpaFor(ctx.objects, base);
  const liveHpa = hpa
    ? await ctx.kube.get<Hpa>('autoscaling/v2', 'HorizontalPodAutoscaler', hpa.metadata.name ?? '', ns)
    : undefined;
  return { base, manifest: d, hpa, old, replicas: startingReplicas(old, liveHpa, d, hpa) };
}

/** One Deployment of the release in blue-green: its colors, its HPA, and how many replicas the new color starts at. */
interface Workload extends LiveWorkload {
  oldName?: string;
  next: Deployment;
  nextName: string;
}

/** The pod-template-hash of a Deployment's newest ReplicaSet: a label only its current pods carry. */
async function currentTemplateHash(ctx: DeployContext, d: Deployment): Promise<string | undefined> {
  const labels = d.spec?.selector?.matchLabels;
  if (!labels) return undefined;
  const rss = await ctx.kube.list<KubeObject>('apps/v1', 'ReplicaSet', ctx.settings.namespace, {
    labelSelector: selectorString(labels),
  });
  const revision = d.metadata.annotations?.['deployment.kubernetes.io/revision'];
  return rss.find(
    (rs) =>
      rs.metadata.ownerReferences?.some((o) => o.uid === d.metadata.uid) &&
      rs.metadata.annotations?.['deployment.kubernetes.io/revision'] === revision,
  )?.metadata.labels?.[TEMPLATE_HASH];
}

const TEMPLATE_HASH = 'pod-template-hash';

export async function blueGreen(ctx: DeployContext): Promise<DeployResult> {
  const { kube, settings, timeline, clock } = ctx;
  const ns = settings.namespace;
  const dep = mainDeployment(ctx.objects, settings.service);
  const svc = frontService(ctx.objects, settings.service, dep);
  if (!svc)
    throw new ApplyError(
      `Blue-green needs the Service that fronts Deployment ${dep.metadata.name} in the manifests.`,
    );
  const svcName = svc.metadata.name as string;
  const previewName = `${svcName}-preview`;
  const base = dep.metadata.name as string;

  const live = await kube.get<Service>('v1', 'Service', svcName, ns);
  const liveColor = live?.spec?.selector?.[LABEL.color] as Color | undefined;
  // Changing strategy: the live Service has no color (a rolling deploy made it) and selects the uncolored
  // Deployment's pods. Until the switch it selects only that Deployment's current pods (their pod-template-hash),
  // so the new color's pods, which carry the Service's labels too, take no users before the switch.
  const legacy =
    !liveColor && live ? await kube.get<Deployment>('apps/v1', 'Deployment', base, ns) : undefined;
  const newColor: Color = liveColor ? other(liveColor) : 'blue';
  const router = await routerFor(ctx, svc, COLORS);
  if (legacy && router.kind === 'alb')
    throw new ConfigurationError(
      `Service ${svcName} was deployed without colors (strategy rolling) behind ${router.describe()}: deploy once with strategy blue-green and router 'service', or keep strategy rolling.`,
    );
  // A switch back that never took (the previous run failed saying so): the ALB's users are on the color the live
  // Service does not select, the one this run would replace.
  if (liveColor && (await router.sendsTo?.(newColor)))
    throw new PolicyError(
      `The ALB still sends users to ${newColor}, which the live Service ${svcName} does not select (a switch back that did not take): deploying ${settings.version} there would replace what they use. Put the ALB's weights back on ${liveColor}, then deploy again.`,
    );

  const workloads: Workload[] = [];
  for (const d of deploymentsOf(ctx.objects)) {
    const name = d.metadata.name as string;
    const oldName = liveColor ? `${name}-${liveColor}` : legacy ? name : undefined;
    const w = await liveWorkload(ctx, d, oldName);
    workloads.push({ ...w, oldName: w.old ? oldName : undefined, next: d, nextName: `${name}-${newColor}` });
  }
  const main = workloads.find((w) => w.manifest === dep) as Workload;
  const oldDep = main.old;
  const previousVersion = versionOfLive(oldDep);
  const checkResults: RunResult[] = [];

  // Re-running a finished deploy changes nothing: every Deployment already runs these images and this config.
  if (
    liveColor &&
    oldDep &&
    previousVersion === settings.version &&
    workloads.every((w) => {
      const want = colored(w.manifest, liveColor, undefined);
      return (
        sameImages(w.old, want) &&
        JSON.stringify([...referencedConfig(w.old ? [w.old] : [])].sort()) ===
          JSON.stringify([...referencedConfig([want])].sort())
      );
    })
  ) {
    timeline.add('plan', `${settings.version} is already live on ${liveColor}: nothing to change`, 'ok');
    return {
      result: 'promoted',
      version: settings.version,
      previousVersion,
      liveColor,
      unchanged: true,
      checks: [],
    };
  }

  const newName = main.nextName;
  const hpa = main.hpa;
  for (const w of workloads) {
    w.next = colored(w.manifest, newColor, previousVersion);
    w.next.spec ??= {};
    w.next.spec.replicas = w.replicas;
  }
  const replicas = main.replicas;
  const others = workloads.filter((w) => w !== main);
  timeline.add(
    'plan',
    (liveColor
      ? `${previousVersion ?? 'unknown'} is live on ${liveColor}; deploying ${settings.version} as ${newColor}`
      : legacy
        ? `${previousVersion ?? 'unknown'} is live on Deployment ${base} (deployed without colors); deploying ${settings.version} as ${newColor}, ${base} keeps the users until the switch`
        : `first deploy: ${settings.version} as ${newColor}`) +
      ` with ${replicas} replica${replicas === 1 ? '' : 's'}` +
      (hpa && liveColor
        ? ` (what ${liveColor} runs now: HPA ${hpa.metadata.name} scales the live color)`
        : '') +
      (others.length
        ? `; ${others.map((w) => w.nextName).join(', ')} move${others.length === 1 ? 's' : ''} with it`
        : '') +
      `; users reach it through ${router.describe()}`,
  );
  ctx.saveState('bg-service', svcName);
  ctx.saveState('bg-old-color', liveColor ?? '');
  ctx.saveState('bg-new-color', newColor);
  ctx.saveState('bg-base', base);
  if (hpa) ctx.saveState('bg-hpa', hpa.metadata.name ?? '');
  if (others.length)
    ctx.saveState(
      'bg-workloads',
      JSON.stringify(others.map((w) => ({ base: w.base, hpa: w.hpa?.metadata.name ?? '' }))),
    );

  const hpas = new Set(workloads.map((w) => w.hpa).filter((x): x is Hpa => !!x));
  const rest = ctx.objects.filter(
    (o) =>
      o.kind !== 'Deployment' &&
      o !== svc &&
      !hpas.has(o as Hpa) &&
      !(isAlbIngress(o) && router.kind === 'alb'),
  );
  const previewSvc = withColor(svc, newColor, previewName);
  const toApply: KubeObject[] = [
    ...rest.filter((o) => o.kind !== 'Ingress'),
    previewSvc,
    // With an ALB, a rule for Keelson's own requests reaches the new color before the switch (unless preview-url).
    ...router.objects(liveColor, COLORS, settings.previewUrl ? undefined : newColor),
    ...rest.filter((o) => o.kind === 'Ingress'),
  ];
  // The live Service keeps selecting the old color until the switch; on a first deploy it is created at the switch.
  if (liveColor) toApply.push(withColor(svc, liveColor));
  // Each HPA scales whichever color serves: the live one until the switch (the new color on a first deploy).
  const serving = (w: Workload): string => w.oldName ?? w.nextName;
  const retargeted = (to: (w: Workload) => string): Hpa[] =>
    workloads.filter((w) => w.hpa).map((w) => retarget(w.hpa as Hpa, to(w)));
  toApply.push(...retargeted(serving));
  const newDeps = workloads.map((w) => w.next);
  // Nothing is written before the API server accepted every object; what was there is kept to put it back.
  const snapshot = await beginRelease(ctx, [...toApply, ...newDeps]);
  /**
   * Every object the rollout changed besides the colors and the router's backends goes back to its previous state
   * (the live Service after users are back on the old pods, so its selector is what it was).
   */
  const restoreRest = async (): Promise<void> => {
    if (!liveColor && !legacy) return; // a first deploy: nothing to go back to
    await restoreSnapshot({ ...ctx, signal: cleanupSignal() }, snapshot, {
      skip: notRestored(ctx, router.kind),
    });
  };

  const pinned = legacy ? await currentTemplateHash(ctx, legacy) : undefined;
  /** Changing strategy: the live Service selects the uncolored Deployment's pods again, then only its labels. */
  const unpin = async (): Promise<void> => {
    if (!legacy) return;
    const c = { ...ctx, signal: cleanupSignal() };
    for (const w of workloads)
      await waitPodsGone(
        c,
        selectorString({ [LABEL.color]: newColor, ...w.next.spec?.selector?.matchLabels }),
        c.signal,
      );
    await kube.patch(
      { apiVersion: 'v1', kind: 'Service', name: svcName, namespace: ns },
      { spec: { selector: { [LABEL.color]: null, [TEMPLATE_HASH]: null } } },
    );
  };
  if (legacy && pinned) {
    ctx.saveState('bg-legacy-hash', pinned);
    await kube.patch(
      { apiVersion: 'v1', kind: 'Service', name: svcName, namespace: ns },
      { spec: { selector: { [TEMPLATE_HASH]: pinned } } },
    );
    await waitEndpoints(ctx, svcName, { ...live?.spec?.selector, [TEMPLATE_HASH]: pinned }, ctx.signal);
    timeline.add('apply', `live Service ${svcName} selects only ${base}'s current pods until the switch`);
  }

  const newNames = workloads.map((w) => w.nextName);
  /** Before the switch: drop the new color (and its preview rule); traffic never moved. */
  const abandon = async (reason: string): Promise<DeployResult> => {
    timeline.add(
      'rollback',
      `${reason}; ${newColor} is scaled to 0, traffic stays on ${liveColor ?? (legacy ? base : 'nothing')}`,
      'error',
    );
    const cleanup = { ...ctx, signal: cleanupSignal() };
    for (const n of newNames) await scale(cleanup, n, 0);
    if (router.endPreview && !settings.previewUrl) {
      await router.endPreview(liveColor).catch((e: unknown) => {
        timeline.add(
          'rollback',
          `the preview rule stays on the Ingress until the next deploy: ${errorMessage(e)}`,
          'warn',
        );
      });
    }
    await unpin();
    await restoreRest();
    return {
      result: liveColor || legacy ? 'rolled-back' : 'failed',
      rollbackReason: reason,
      version: settings.version,
      previousVersion,
      liveColor,
      checks: checkResults,
    };
  };

  try {
    await applyAll(ctx, toApply);
    if (router instanceof AlbRouter) {
      // Pods get their readiness gate only if the TargetGroupBinding exists when they are created.
      if (!(await router.waitBinding(newColor, ctx.signal)))
        timeline.add(
          'apply',
          `no TargetGroupBinding for ${router.backendService(newColor)} yet: the AWS Load Balancer Controller is slow`,
          'warn',
        );
    }
    await applyAll(ctx, newDeps);
  } catch (e) {
    // A write the dry run accepted failed after all: what was written goes back.
    if (e instanceof ApplyError) return abandon(e.message);
    throw e;
  }

  // The preview Service through the API server; before the switch, the ALB's preview rule when there is one.
  const previewService = settings.previewUrl ?? ctx.serviceUrl(previewName, firstPort(svc));
  let preview = previewService;
  let liveUrl = settings.liveUrl ?? ctx.serviceUrl(svcName, firstPort(svc));
  let transports: PreviewRoute['transports'] | undefined;
  const newDep = main.next;
  const variables = (target: string, live: string): Record<string, string> => ({
    NAMESPACE: ns,
    SELECTOR: selectorString(newDep.spec?.selector?.matchLabels ?? {}),
    PREVIEW_URL: preview,
    LIVE_URL: live,
    TARGET_URL: target,
    PROBE_PATH: probePath(dep),
    VERSION: settings.version,
  });

  for (const w of workloads) {
    const notReady = await waitReady(ctx, w.nextName);
    if (notReady) return abandon(`${w === main ? newColor : w.nextName} did not become ready: ${notReady}`);
  }
  timeline.add(
    'rollout',
    `${newColor} is ready (${replicas} pod${replicas === 1 ? '' : 's'}${others.length ? `, and ${others.map((w) => w.nextName).join(', ')}` : ''})`,
    'ok',
  );
  if (router.kind === 'alb') {
    const unhealthy = await router.healthy(newColor, ctx.signal, settings.readyTimeoutMs);
    if (unhealthy) return abandon(`${newColor} ${unhealthy}`);
    timeline.add('rollout', `every ${newColor} target is healthy in its target group`, 'ok');
  }
  // Where the checks reach both versions, now that the load balancer (if any) has the new color's targets.
  if (!settings.liveUrl) liveUrl = (await router.liveUrl()) ?? liveUrl;
  const route =
    !settings.previewUrl && router.preview ? await router.preview(newColor, ctx.signal) : undefined;
  if (route) {
    preview = route.url;
    transports = route.transports;
    timeline.add('pre-switch', `the checks reach ${newColor} through ${route.via}, as users will`);
  }

  let pre: RunResult | undefined;
  try {
    pre = await checks(
      ctx,
      'pre-switch',
      'until-healthy',
      settings.readyTimeoutMs,
      variables(preview, liveUrl),
      transports,
    );
  } catch (e) {
    // The checks cannot see the new version (the cluster is set up so): nothing moved, drop it and say why.
    if (e instanceof ConfigurationError) await abandon('the checks cannot reach the new version');
    throw e;
  }
  if (pre) checkResults.push(pre);
  if (ctx.signal.aborted) return abandon('cancelled before the switch');
  if (pre && pre.status !== 'passed') return abandon(`pre-switch checks failed: ${pre.reason}`);

  // The switch: users move to the new color (ALB weights or the Service's selector), then the HPAs follow.
  ctx.saveState('bg-phase', 'switching');
  if (router instanceof AlbRouter) {
    ctx.saveState('bg-action', router.actionKey);
    ctx.saveState('bg-ingress', (ctx.objects.find(isAlbIngress) as KubeObject).metadata.name ?? '');
    ctx.saveState('bg-restore-action', router.actionFor({ [liveColor ?? newColor]: 100 }));
  }
  timeline.add('switch', `moving users to ${newColor} through ${router.describe()}`);
  try {
    // A first deploy creates the live Service now; changing strategy, the selector moves in one patch instead.
    if (!liveColor && !legacy) await kube.apply(withColor(svc, newColor));
    await router.shift(newColor, ctx.signal);
  } catch (e) {
    if (!(e instanceof RouterError) && !ctx.signal.aborted) throw e;
    const reason =
      e instanceof RouterError ? `the switch did not take: ${e.message}` : 'cancelled during the switch';
    // Users stay on (or go back to) the old color; it keeps running and nothing of it is scaled down.
    if (liveColor) await router.shift(liveColor, cleanupSignal()).catch(() => undefined);
    else if (legacy) await switchToLegacy(ctx, svc, pinned).catch(() => undefined);
    return abandon(reason);
  }
  ctx.saveState('bg-phase', 'switched');
  if (hpas.size)
    await applyAll(
      ctx,
      retargeted((w) => w.nextName),
    );
  if (legacy) await kube.apply(withColor(svc, newColor)); // the manifests' Service, now Keelson's applied one
  timeline.add(
    'switch',
    `${router.kind === 'alb' ? 'the ALB sends' : `live Service ${svcName} sends`} all users to ${newColor} (${settings.version})` +
      (hpa ? `; HPA ${hpa.metadata.name} now scales ${newName}` : ''),
    'ok',
  );

  /** After the switch: users back on the old color (or the uncolored Deployment), the new color retired. */
  /** Returns why users could not be confirmed back (the router's refusal), when they could not. */
  const rollBack = async (): Promise<string | undefined> => {
    const cleanup = { ...ctx, signal: cleanupSignal() };
    if (liveColor) return switchBack(cleanup, router, svc, liveColor);
    await switchToLegacy(cleanup, svc, pinned);
    return undefined;
  };
  const retireNew = async (): Promise<void> => {
    const cleanup = { ...ctx, signal: cleanupSignal() };
    if (hpas.size) await applyAll(cleanup, retargeted(serving));
    await retire(cleanup, router, newColor, newNames);
    await unpin();
    await restoreRest();
  };

  let verify: RunResult | undefined;
  try {
    // The preview rule went with the switch: ${PREVIEW_URL} is the preview Service again.
    preview = previewService;
    verify = await checks(ctx, 'verify', 'watch', settings.verifyWindowMs, variables(liveUrl, liveUrl));
  } catch (e) {
    if (e instanceof ConfigurationError && (liveColor || legacy)) {
      await rollBack();
      await retireNew();
    }
    throw e;
  }
  if (verify) checkResults.push(verify);
  if (ctx.signal.aborted || (verify && verify.status !== 'passed')) {
    const reason = ctx.signal.aborted
      ? 'cancelled during the verify window'
      : `verify window failed: ${verify?.reason}`;
    const verdictAt = verify?.verdictAt ?? clock.now();
    if (!liveColor && !legacy) {
      timeline.add('rollback', `${reason}; nothing to switch back to on a first deploy`, 'error');
      return {
        result: 'failed',
        rollbackReason: reason,
        version: settings.version,
        liveColor: newColor,
        checks: checkResults,
        detectSeconds: detect(verify),
      };
    }
    const stuck = await rollBack();
    const restored = clock.now();
    if (stuck) {
      // The router kept the users on the new color: it keeps running (retire leaves it), and the run fails saying so.
      timeline.add(
        'rollback',
        `${reason}; users could not be confirmed back on ${liveColor}: ${stuck}. ${newColor} keeps running until they are`,
        'error',
      );
      await retireNew();
      return {
        result: 'failed',
        rollbackReason: `${reason}; the router did not confirm users back on ${liveColor}: ${stuck}`,
        version: settings.version,
        previousVersion,
        liveColor: newColor,
        detectSeconds: detect(verify),
        checks: checkResults,
      };
    }
    timeline.add(
      'rollback',
      `${reason}; users are back on ${liveColor ?? base} (${previousVersion ?? 'previous'})` +
        (hpa ? `, HPA ${hpa.metadata.name} scales ${main.oldName} again` : ''),
      'error',
    );
    await retireNew();
    ctx.saveState('bg-phase', 'rolled-back');
    return {
      result: 'rolled-back',
      rollbackReason: reason,
      version: settings.version,
      previousVersion,
      liveColor,
      detectSeconds: detect(verify),
      rollbackSeconds: seconds(restored - verdictAt),
      checks: checkResults,
    };
  }
  ctx.saveState('bg-phase', 'verified');
  timeline.add('verify', `${settings.version} passed the verify window`, 'ok');

  if (liveColor || legacy) {
    if (settings.scaleDownDelayMs > 0) {
      timeline.add(
        'scale-down',
        `${liveColor ?? base} keeps running for ${Math.round(settings.scaleDownDelayMs / 1000)}s before it scales down`,
      );
      try {
        await clock.sleep(settings.scaleDownDelayMs, ctx.signal);
      } catch {
        // Cancelled while waiting: the new color is verified and live; scale the old one down now.
      }
    }
    const cleanup = { ...ctx, signal: cleanupSignal() };
    if (liveColor)
      await retire(
        cleanup,
        router,
        liveColor,
        workloads.map((w) => `${w.base}-${liveColor}`),
      );
    else {
      // Changing strategy: the uncolored Deployments are retired; the colors take over from now on.
      for (const w of workloads) {
        if (!w.old) continue;
        await kube.delete({ apiVersion: 'apps/v1', kind: 'Deployment', name: w.base, namespace: ns });
        timeline.add('scale-down', `${w.base} (deployed without colors) is retired`);
      }
    }
  }
  // Verified: old config versions (beyond the previous release's) go, and with prune what left the manifests.
  await finishRelease(ctx, configReadBy(workloads.map((w) => w.old)));
  ctx.saveState('bg-phase', 'done');
  return {
    result: 'promoted',
    version: settings.version,
    previousVersion,
    liveColor: newColor,
    checks: checkResults,
  };
}

/**
 * What a rollback leaves out of the snapshot's restore (blue-green's and the canary's): the colors, which the strategy
 * scales and switches, and the ALB's backend Services, which are the router's. The ALB's Ingress goes back as it was
 * once users are back (v2's settings of it, shared by the old color's target group, go with it).
 */
export function notRestored(ctx: DeployContext, routerKind: string): (o: KubeObject) => boolean {
  return (o) =>
    o.kind === 'Deployment' || (routerKind === 'alb' && o.kind === 'Service' && !ctx.objects.includes(o));
}

/** Changing strategy, back: the live Service selects the uncolored Deployment's current pods again. */
async function switchToLegacy(ctx: DeployContext, svc: Service, hash: string | undefined): Promise<void> {
  const name = svc.metadata.name ?? '';
  await ctx.kube.patch(
    { apiVersion: 'v1', kind: 'Service', name, namespace: ctx.settings.namespace },
    { spec: { selector: { [LABEL.color]: null, [TEMPLATE_HASH]: hash ?? null } } },
  );
  const selector: Record<string, string> = {
    ...svc.spec?.selector,
    ...(hash ? { [TEMPLATE_HASH]: hash } : {}),
  };
  delete selector[LABEL.color];
  await waitEndpoints(ctx, name, selector, ctx.signal);
}

function detect(r: RunResult | undefined): number | undefined {
  if (!r || r.status !== 'failed' || r.firstFailureAt === undefined) return undefined;
  return seconds(r.verdictAt - r.firstFailureAt);
}

/**
 * Users back on `color`: through the router (ALB weights confirmed on the load balancer, or the selector with
 * kube-proxy caught up). Retries through API faults: this must happen.
 */
async function switchBack(
  ctx: DeployContext,
  router: TrafficRouter,
  svc: Service,
  color: Color,
): Promise<string | undefined> {
  for (let attempt = 1; ; attempt++) {
    try {
      await router.shift(color, ctx.signal);
      return undefined;
    } catch (e) {
      if (!(e instanceof RouterError) || attempt >= 3) {
        // The router could not confirm: at least the live Service selects the old color.
        await ctx.kube.patch(
          {
            apiVersion: 'v1',
            kind: 'Service',
            name: svc.metadata.name ?? '',
            namespace: ctx.settings.namespace,
          },
          { spec: { selector: { [LABEL.color]: color } } },
        );
        if (e instanceof RouterError) {
          ctx.timeline.add('rollback', e.message, 'warn');
          return e.message;
        }
        throw e;
      }
    }
  }
}

/**
 * A color that lost its users goes to 0 only once nothing reaches it any more (blue-green's and the canary's):
 * behind an ALB its target group's weight is 0 on the load balancer (requests in flight get a moment to finish);
 * behind a Service kube-proxy already sends new connections elsewhere (the switch waited for it), and its pods
 * drain by their preStop. An ALB that still sends it users (the controller did not apply the switch back) keeps
 * it running. Routers without a load balancer drain 0 s.
 */
export async function retire(
  ctx: DeployContext,
  router: Pick<TrafficRouter, 'drainSeconds' | 'sendsTo'>,
  color: Color,
  names: string[],
): Promise<void> {
  if (await router.sendsTo?.(color)) {
    ctx.timeline.add(
      'scale-down',
      `${color} keeps running (${names.join(', ')}): the ALB still sends it users`,
      'warn',
    );
    return;
  }
  const drain = Math.min(await router.drainSeconds(color), 10);
  if (drain > 0) {
    ctx.timeline.add('scale-down', `${color} has no ALB weight; ${drain}s for requests in flight`);
    await ctx.clock.sleep(drain * 1000, ctx.signal).catch(() => undefined);
  }
  for (const name of names) await scale(ctx, name, 0);
  ctx.timeline.add('scale-down', `${color} scaled to 0${names.length > 1 ? ` (${names.join(', ')})` : ''}`);
}
