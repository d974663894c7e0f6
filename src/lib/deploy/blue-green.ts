/**
 * Blue-green: the live Service selects a color. The new version runs as the other color beside the old one,
 * is checked through a preview Service, takes all traffic in one selector patch, and is watched for the verify
 * window; any failure (or a cancel) puts the selector back on the old color, which was kept running.
 */
import { ANNOTATION, LABEL } from '../k8s/manifests.js';
import type { Deployment, KubeObject, Service } from '../k8s/types.js';
import type { RunResult } from '../health/index.js';
import {
  ApplyError,
  applyAll,
  checks,
  cleanupSignal,
  firstPort,
  frontService,
  mainDeployment,
  sameImages,
  scale,
  seconds,
  selectorString,
  versionOfLive,
  waitEndpoints,
  waitReady,
} from './common.js';
import type { DeployContext, DeployResult } from './types.js';

export type Color = 'blue' | 'green';
const other = (c: Color): Color => (c === 'blue' ? 'green' : 'blue');

function colored(d: Deployment, color: Color, previousVersion: string | undefined): Deployment {
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

function withColor(s: Service, color: Color, name?: string): Service {
  const copy = structuredClone(s);
  if (name) {
    copy.metadata = {
      name,
      namespace: s.metadata.namespace,
      labels: { ...s.metadata.labels, [LABEL.track]: 'preview' },
      annotations: s.metadata.annotations,
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
  const oldDep = liveColor
    ? await kube.get<Deployment>('apps/v1', 'Deployment', `${base}-${liveColor}`, ns)
    : undefined;
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
  timeline.add(
    'plan',
    liveColor
      ? `${previousVersion ?? 'unknown'} is live on ${liveColor}; deploying ${settings.version} as ${newColor}`
      : `first deploy: ${settings.version} as ${newColor}`,
  );
  ctx.saveState('bg-service', svcName);
  ctx.saveState('bg-old-color', liveColor ?? '');
  ctx.saveState('bg-new-color', newColor);
  ctx.saveState('bg-base', base);

  const rest = ctx.objects.filter((o) => o !== dep && o !== svc);
  const newDep = colored(dep, newColor, previousVersion);
  const previewSvc = withColor(svc, newColor, previewName);
  const toApply: KubeObject[] = [...rest.filter((o) => o.kind !== 'Deployment'), previewSvc];
  // The live Service keeps selecting the old color until the switch; on a first deploy it is created at the switch.
  if (liveColor) toApply.push(withColor(svc, liveColor));
  await applyAll(ctx, toApply);
  await applyAll(ctx, [newDep, ...rest.filter((o) => o.kind === 'Deployment')]);

  const variables = (target: string): Record<string, string> => ({
    NAMESPACE: ns,
    SELECTOR: selectorString(newDep.spec?.selector?.matchLabels ?? {}),
    PREVIEW_URL: settings.previewUrl ?? ctx.serviceUrl(previewName, firstPort(svc)),
    LIVE_URL: settings.liveUrl ?? ctx.serviceUrl(svcName, firstPort(svc)),
    TARGET_URL: target,
    VERSION: settings.version,
  });
  const previewVars = variables(settings.previewUrl ?? ctx.serviceUrl(previewName, firstPort(svc)));
  const liveVars = variables(settings.liveUrl ?? ctx.serviceUrl(svcName, firstPort(svc)));

  /** Before the switch: drop the new color; traffic never moved. */
  const abandon = async (reason: string): Promise<DeployResult> => {
    timeline.add(
      'rollback',
      `${reason}; ${newColor} is scaled to 0, traffic stays on ${liveColor ?? 'nothing'}`,
      'error',
    );
    await scale({ ...ctx, signal: cleanupSignal() }, newName, 0);
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
  timeline.add('rollout', `${newColor} is ready`, 'ok');

  const pre = await checks(ctx, 'pre-switch', 'until-healthy', settings.readyTimeoutMs, previewVars);
  if (pre) checkResults.push(pre);
  if (ctx.signal.aborted) return abandon('cancelled before the switch');
  if (pre && pre.status !== 'passed') return abandon(`pre-switch checks failed: ${pre.reason}`);

  // The switch: one patch of the live selector (or the Service's creation on a first deploy).
  ctx.saveState('bg-phase', 'switched');
  if (liveColor) {
    await kube.patch(
      { apiVersion: 'v1', kind: 'Service', name: svcName, namespace: ns },
      { spec: { selector: { [LABEL.color]: newColor } } },
    );
  } else {
    await kube.apply(withColor(svc, newColor));
  }
  timeline.add('switch', `live Service ${svcName} now selects ${newColor} (${settings.version})`, 'ok');

  const verify = await checks(ctx, 'verify', 'watch', settings.verifyWindowMs, liveVars);
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
    await switchBack(ctx, svcName, liveColor);
    // Users' new connections reach the old color only once kube-proxy has the change: keep the new color
    // serving until then, and count traffic restored from that moment.
    await waitEndpoints(ctx, svcName, { ...svc.spec?.selector, [LABEL.color]: liveColor }, cleanupSignal());
    const restored = clock.now();
    timeline.add(
      'rollback',
      `${reason}; traffic is back on ${liveColor} (${previousVersion ?? 'previous'})`,
      'error',
    );
    await scale({ ...ctx, signal: cleanupSignal() }, newName, 0);
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
    await scale({ ...ctx, signal: cleanupSignal() }, `${base}-${liveColor}`, 0);
    timeline.add('scale-down', `${liveColor} scaled to 0`);
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

/** Puts the live selector back on `color`; returns the clock time it took effect. Retries through API faults. */
export async function switchBack(
  ctx: Pick<DeployContext, 'kube' | 'settings' | 'clock'>,
  svcName: string,
  color: string,
): Promise<number> {
  await ctx.kube.patch(
    { apiVersion: 'v1', kind: 'Service', name: svcName, namespace: ctx.settings.namespace },
    { spec: { selector: { [LABEL.color]: color } } },
  );
  return ctx.clock.now();
}
