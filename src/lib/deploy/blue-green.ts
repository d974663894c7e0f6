/**
 * Blue-green: the new version runs as the other color beside the live one, at the live color's replica count
 * (what an HPA made of it), is checked through a preview Service (behind an ALB: a rule of the ALB that only
 * Keelson's requests match, so the checks take the path users will), then takes all users at once through the
 * traffic router — the live Service's selector, or the weights of the ALB's target groups when an ALB Ingress
 * fronts the service — and is watched for the verify window through the way users reach it. The HPA follows the
 * live color. Any failure (or a cancel) routes users back to the old color, which kept running, and the rejected
 * color goes away only once it no longer gets requests.
 */
import { ConfigurationError } from '../errors.js';
import type { RunResult } from '../health/index.js';
import { ANNOTATION, LABEL } from '../k8s/manifests.js';
import type { Deployment, KubeObject, Service } from '../k8s/types.js';
import {
  ApplyError,
  applyAll,
  checks,
  cleanupSignal,
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
import { hpaFor, retarget, startingReplicas, type Hpa } from './hpa.js';
import {
  AlbRouter,
  RouterError,
  isAlbIngress,
  routerFor,
  type PreviewRoute,
  type TrafficRouter,
} from './routing.js';
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
  const oldName = liveColor ? `${base}-${liveColor}` : undefined;
  const oldDep = oldName ? await kube.get<Deployment>('apps/v1', 'Deployment', oldName, ns) : undefined;
  const previousVersion = versionOfLive(oldDep);
  const checkResults: RunResult[] = [];

  // Re-running a finished deploy changes nothing.
  if (
    liveColor &&
    oldDep &&
    previousVersion === settings.version &&
    sameImages(oldDep, colored(dep, liveColor, undefined))
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

  const newColor: Color = liveColor ? other(liveColor) : 'blue';
  const newName = `${base}-${newColor}`;
  const hpa = hpaFor(ctx.objects, base);
  const liveHpa = hpa
    ? await kube.get<Hpa>('autoscaling/v2', 'HorizontalPodAutoscaler', hpa.metadata.name ?? '', ns)
    : undefined;
  const router = await routerFor(ctx, svc, COLORS);
  const replicas = startingReplicas(oldDep, liveHpa, dep, hpa);
  timeline.add(
    'plan',
    (liveColor
      ? `${previousVersion ?? 'unknown'} is live on ${liveColor}; deploying ${settings.version} as ${newColor}`
      : `first deploy: ${settings.version} as ${newColor}`) +
      ` with ${replicas} replica${replicas === 1 ? '' : 's'}` +
      (hpa && liveColor
        ? ` (what ${liveColor} runs now: HPA ${hpa.metadata.name} scales the live color)`
        : '') +
      `; users reach it through ${router.describe()}`,
  );
  ctx.saveState('bg-service', svcName);
  ctx.saveState('bg-old-color', liveColor ?? '');
  ctx.saveState('bg-new-color', newColor);
  ctx.saveState('bg-base', base);
  if (hpa) ctx.saveState('bg-hpa', hpa.metadata.name ?? '');

  const rest = ctx.objects.filter(
    (o) => o !== dep && o !== svc && o !== hpa && !(isAlbIngress(o) && router.kind === 'alb'),
  );
  const newDep = colored(dep, newColor, previousVersion);
  newDep.spec ??= {};
  newDep.spec.replicas = replicas;
  const previewSvc = withColor(svc, newColor, previewName);
  const toApply: KubeObject[] = [
    ...rest.filter((o) => o.kind !== 'Deployment' && o.kind !== 'Ingress'),
    previewSvc,
    // With an ALB, a rule for Keelson's own requests reaches the new color before the switch (unless preview-url).
    ...router.objects(liveColor, COLORS, settings.previewUrl ? undefined : newColor),
    ...rest.filter((o) => o.kind === 'Ingress'),
  ];
  // The live Service keeps selecting the old color until the switch; on a first deploy it is created at the switch.
  if (liveColor) toApply.push(withColor(svc, liveColor));
  // The HPA scales whichever color serves: the live one until the switch (the new color on a first deploy).
  if (hpa) toApply.push(retarget(hpa, liveColor ? `${base}-${liveColor}` : newName));
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
  await applyAll(ctx, [newDep, ...rest.filter((o) => o.kind === 'Deployment')]);

  // The preview Service through the API server; before the switch, the ALB's preview rule when there is one.
  const previewService = settings.previewUrl ?? ctx.serviceUrl(previewName, firstPort(svc));
  let preview = previewService;
  let liveUrl = settings.liveUrl ?? ctx.serviceUrl(svcName, firstPort(svc));
  let transports: PreviewRoute['transports'] | undefined;
  const variables = (target: string, live: string): Record<string, string> => ({
    NAMESPACE: ns,
    SELECTOR: selectorString(newDep.spec?.selector?.matchLabels ?? {}),
    PREVIEW_URL: preview,
    LIVE_URL: live,
    TARGET_URL: target,
    PROBE_PATH: probePath(dep),
    VERSION: settings.version,
  });

  /** Before the switch: drop the new color (and its preview rule); traffic never moved. */
  const abandon = async (reason: string): Promise<DeployResult> => {
    timeline.add(
      'rollback',
      `${reason}; ${newColor} is scaled to 0, traffic stays on ${liveColor ?? 'nothing'}`,
      'error',
    );
    await scale({ ...ctx, signal: cleanupSignal() }, newName, 0);
    if (router.endPreview && !settings.previewUrl) {
      await router.endPreview(liveColor).catch((e: unknown) => {
        timeline.add(
          'rollback',
          `the preview rule stays on the Ingress until the next deploy: ${e instanceof Error ? e.message : String(e)}`,
          'warn',
        );
      });
    }
    return {
      result: liveColor ? 'rolled-back' : 'failed',
      rollbackReason: reason,
      version: settings.version,
      previousVersion,
      liveColor,
      checks: checkResults,
    };
  };

  const notReady = await waitReady(ctx, newName);
  if (notReady) return abandon(`${newColor} did not become ready: ${notReady}`);
  timeline.add('rollout', `${newColor} is ready (${replicas} pod${replicas === 1 ? '' : 's'})`, 'ok');
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

  // The switch: users move to the new color (ALB weights or the Service's selector), then the HPA follows.
  ctx.saveState('bg-phase', 'switching');
  if (router instanceof AlbRouter) {
    ctx.saveState('bg-action', router.actionKey);
    ctx.saveState('bg-ingress', (ctx.objects.find(isAlbIngress) as KubeObject).metadata.name ?? '');
    ctx.saveState('bg-restore-action', router.actionFor({ [liveColor ?? newColor]: 100 }));
  }
  timeline.add('switch', `moving users to ${newColor} through ${router.describe()}`);
  try {
    if (!liveColor) await kube.apply(withColor(svc, newColor));
    await router.shift(newColor, ctx.signal);
  } catch (e) {
    if (!(e instanceof RouterError) && !ctx.signal.aborted) throw e;
    const reason =
      e instanceof RouterError ? `the switch did not take: ${e.message}` : 'cancelled during the switch';
    // Users stay on (or go back to) the old color; it keeps running and nothing of it is scaled down.
    if (liveColor) await router.shift(liveColor, cleanupSignal()).catch(() => undefined);
    return abandon(reason);
  }
  ctx.saveState('bg-phase', 'switched');
  if (hpa) await applyAll(ctx, [retarget(hpa, newName)]);
  timeline.add(
    'switch',
    `${router.kind === 'alb' ? 'the ALB sends' : `live Service ${svcName} sends`} all users to ${newColor} (${settings.version})` +
      (hpa ? `; HPA ${hpa.metadata.name} now scales ${newName}` : ''),
    'ok',
  );

  let verify: RunResult | undefined;
  try {
    // The preview rule went with the switch: ${PREVIEW_URL} is the preview Service again.
    preview = previewService;
    verify = await checks(ctx, 'verify', 'watch', settings.verifyWindowMs, variables(liveUrl, liveUrl));
  } catch (e) {
    if (e instanceof ConfigurationError && liveColor) {
      const cleanup = { ...ctx, signal: cleanupSignal() };
      await switchBack(cleanup, router, svc, liveColor);
      if (hpa) await applyAll(cleanup, [retarget(hpa, `${base}-${liveColor}`)]);
      await retire(cleanup, router, newColor, newName);
    }
    throw e;
  }
  if (verify) checkResults.push(verify);
  if (ctx.signal.aborted || (verify && verify.status !== 'passed')) {
    const reason = ctx.signal.aborted
      ? 'cancelled during the verify window'
      : `verify window failed: ${verify?.reason}`;
    const verdictAt = verify?.verdictAt ?? clock.now();
    if (!liveColor) {
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
    const cleanup = { ...ctx, signal: cleanupSignal() };
    await switchBack(cleanup, router, svc, liveColor);
    const restored = clock.now();
    if (hpa) await applyAll(cleanup, [retarget(hpa, `${base}-${liveColor}`)]);
    timeline.add(
      'rollback',
      `${reason}; users are back on ${liveColor} (${previousVersion ?? 'previous'})` +
        (hpa ? `, HPA ${hpa.metadata.name} scales ${base}-${liveColor} again` : ''),
      'error',
    );
    await retire(cleanup, router, newColor, newName);
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

  if (liveColor) {
    if (settings.scaleDownDelayMs > 0) {
      timeline.add(
        'scale-down',
        `${liveColor} keeps running for ${Math.round(settings.scaleDownDelayMs / 1000)}s before it scales down`,
      );
      try {
        await clock.sleep(settings.scaleDownDelayMs, ctx.signal);
      } catch {
        // Cancelled while waiting: the new color is verified and live; scale the old one down now.
      }
    }
    await retire({ ...ctx, signal: cleanupSignal() }, router, liveColor, `${base}-${liveColor}`);
  }
  ctx.saveState('bg-phase', 'done');
  return {
    result: 'promoted',
    version: settings.version,
    previousVersion,
    liveColor: newColor,
    checks: checkResults,
  };
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
): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await router.shift(color, ctx.signal);
      return;
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
          return;
        }
        throw e;
      }
    }
  }
}

/**
 * A color that lost its users goes to 0 only once nothing reaches it any more: behind an ALB its target group's
 * weight is 0 on the load balancer (requests in flight get a moment to finish); behind a Service kube-proxy
 * already sends new connections elsewhere (the switch waited for it), and its pods drain by their preStop.
 */
async function retire(ctx: DeployContext, router: TrafficRouter, color: Color, name: string): Promise<void> {
  if (router.kind === 'alb') {
    const drain = Math.min(await router.drainSeconds(color), 10);
    if (drain > 0) {
      ctx.timeline.add('scale-down', `${color} has no ALB weight; ${drain}s for requests in flight`);
      await ctx.clock.sleep(drain * 1000, ctx.signal).catch(() => undefined);
    }
  }
  await scale(ctx, name, 0);
  ctx.timeline.add('scale-down', `${color} scaled to 0`);
}
