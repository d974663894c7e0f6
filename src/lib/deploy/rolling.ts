/**
 * Rolling: apply, wait for every Deployment to finish (observedGeneration, updated/available replicas,
 * progress deadline), then watch the checks for the verify window. Failure restores each Deployment's previous
 * spec (read from the cluster before the apply) and waits until it is healthy again.
 */
import type { RunResult } from '../health/index.js';
import { ANNOTATION } from '../k8s/manifests.js';
import type { Deployment, KubeObject } from '../k8s/types.js';
import {
  applyAll,
  checks,
  cleanupSignal,
  deploymentsOf,
  firstPort,
  frontService,
  mainDeployment,
  sameImages,
  seconds,
  selectorString,
  versionOfLive,
  waitPodsGone,
  waitReady,
} from './common.js';
import type { DeployContext, DeployResult } from './types.js';

/** The applyable part of a live object: what was there before, without server-owned fields. */
export function restorable(live: Deployment): Deployment {
  const { apiVersion, kind } = live;
  const m = live.metadata;
  return {
    apiVersion,
    kind,
    metadata: { name: m.name, namespace: m.namespace, labels: m.labels, annotations: m.annotations },
    spec: structuredClone(live.spec),
  };
}

/** Waits until only pods of the Deployment's newest ReplicaSet remain (the others terminated and exited). */
async function waitOldPodsGone(ctx: DeployContext, name: string): Promise<void> {
  const ns = ctx.settings.namespace;
  const d = await ctx.kube.get<Deployment>('apps/v1', 'Deployment', name, ns);
  const labels = d?.spec?.selector?.matchLabels;
  if (!d || !labels) return;
  const rss = await ctx.kube.list<KubeObject>('apps/v1', 'ReplicaSet', ns, {
    labelSelector: selectorString(labels),
  });
  const revision = (rs: KubeObject): number =>
    Number(rs.metadata.annotations?.['deployment.kubernetes.io/revision'] ?? 0);
  const newest = rss
    .filter((rs) => rs.metadata.ownerReferences?.some((o) => o.uid === d.metadata.uid))
    .sort((a, b) => revision(b) - revision(a))[0];
  const hash = newest?.metadata.labels?.['pod-template-hash'];
  if (!hash) return;
  await waitPodsGone(
    ctx,
    selectorString(labels),
    ctx.signal,
    (p) => p.metadata.labels?.['pod-template-hash'] !== hash,
  );
}

export async function rolling(ctx: DeployContext): Promise<DeployResult> {
  const { kube, settings, timeline, clock } = ctx;
  const ns = settings.namespace;
  const main = mainDeployment(ctx.objects, settings.service);
  const deps = deploymentsOf(ctx.objects);
  const before = new Map<string, Deployment | undefined>();
  for (const d of deps)
    before.set(
      d.metadata.name as string,
      await kube.get<Deployment>('apps/v1', 'Deployment', d.metadata.name as string, ns),
    );
  const liveMain = before.get(main.metadata.name as string);
  const previousVersion = versionOfLive(liveMain);
  const checkResults: RunResult[] = [];

  if (
    liveMain &&
    previousVersion === settings.version &&
    deps.every((d) => sameImages(d, before.get(d.metadata.name as string)))
  ) {
    timeline.add('plan', `${settings.version} is already live: nothing to change`, 'ok');
    return { result: 'promoted', version: settings.version, previousVersion, unchanged: true, checks: [] };
  }
  timeline.add(
    'plan',
    liveMain
      ? `rolling ${previousVersion ?? 'unknown'} → ${settings.version}`
      : `first deploy of ${settings.version}`,
  );

  // Record the previous spec on the object itself (and in the post step's state) so it can be restored.
  const objects: KubeObject[] = ctx.objects.map((o) => {
    const prev = o.kind === 'Deployment' ? before.get(o.metadata.name as string) : undefined;
    if (!prev) return o;
    const copy = structuredClone(o);
    copy.metadata.annotations = {
      ...copy.metadata.annotations,
      [ANNOTATION.previous]: JSON.stringify(restorable(prev).spec?.template ?? {}),
      ...(previousVersion ? { [ANNOTATION.previousVersion]: previousVersion } : {}),
    };
    return copy;
  });
  ctx.saveState('rolling-deployments', JSON.stringify([...before.keys()]));
  await applyAll(ctx, objects);

  const restore = async (reason: string, verify?: RunResult): Promise<DeployResult> => {
    const verdictAt = verify?.verdictAt ?? clock.now();
    const prevs = [...before.values()].filter((d): d is Deployment => !!d);
    if (prevs.length === 0) {
      timeline.add('rollback', `${reason}; nothing to restore on a first deploy`, 'error');
      return { result: 'failed', rollbackReason: reason, version: settings.version, checks: checkResults };
    }
    timeline.add('rollback', `${reason}; restoring ${previousVersion ?? 'the previous spec'}`, 'error');
    const cleanup = { ...ctx, signal: cleanupSignal() };
    for (const prev of prevs) await kube.apply(restorable(prev));
    let healthy = true;
    for (const prev of prevs) {
      const notReady = await waitReady(cleanup, prev.metadata.name as string, cleanup.signal);
      if (notReady) {
        healthy = false;
        timeline.add('rollback', `${prev.metadata.name} did not recover: ${notReady}`, 'error');
        continue;
      }
      // The rejected version's pods drain (preStop, in-flight requests) before they are gone: until then some
      // users still reach it.
      await waitOldPodsGone(cleanup, prev.metadata.name as string);
    }
    const done = clock.now();
    if (healthy) timeline.add('rollback', `${previousVersion ?? 'previous version'} is serving again`, 'ok');
    return {
      result: healthy ? 'rolled-back' : 'failed',
      rollbackReason: reason,
      version: settings.version,
      previousVersion,
      detectSeconds:
        verify && verify.firstFailureAt !== undefined
          ? seconds(verify.verdictAt - verify.firstFailureAt)
          : undefined,
      rollbackSeconds: seconds(done - verdictAt),
      checks: checkResults,
    };
  };

  for (const d of deps) {
    const notReady = await waitReady(ctx, d.metadata.name as string);
    if (notReady) return restore(`${d.metadata.name} did not finish rolling out: ${notReady}`);
  }
  timeline.add('rollout', `${settings.version} is rolled out`, 'ok');

  const svc = frontService(ctx.objects, settings.service, main);
  const liveUrl =
    settings.liveUrl ?? (svc ? ctx.serviceUrl(svc.metadata.name as string, firstPort(svc)) : '');
  const vars = {
    NAMESPACE: ns,
    SELECTOR: selectorString(main.spec?.selector?.matchLabels ?? {}),
    TARGET_URL: liveUrl,
    LIVE_URL: liveUrl,
    PREVIEW_URL: liveUrl,
    VERSION: settings.version,
  };
  const verify = await checks(ctx, 'verify', 'watch', settings.verifyWindowMs, vars);
  if (verify) checkResults.push(verify);
  if (ctx.signal.aborted) return restore('cancelled during the verify window', verify);
  if (verify && verify.status !== 'passed') return restore(`verify window failed: ${verify.reason}`, verify);
  return { result: 'promoted', version: settings.version, previousVersion, checks: checkResults };
}
