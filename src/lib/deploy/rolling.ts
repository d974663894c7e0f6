/**
 * Rolling: apply, wait for every Deployment to finish (observedGeneration, updated/available replicas,
 * progress deadline), then watch the checks for the verify window. Failure restores each Deployment's previous
 * spec (read from the cluster before the apply) and waits until it is healthy again.
 */
import { ConfigurationError } from '../errors.js';
import type { RunResult } from '../health/index.js';
import { KubeApiError } from '../k8s/client.js';
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
  sameImages,
  seconds,
  selectorString,
  probePath,
  scale,
  versionOfLive,
  waitEndpoints,
  waitPodsGone,
  waitReady,
} from './common.js';
import { appliesReplicas, handOverReplicas, hpaFor, liveHpasFor } from './hpa.js';
import { albFront, ingressUrl, routerFor, waitTargetsHealthy } from './routing.js';
import { beginRelease, configReadBy, finishRelease, restorable, restoreSnapshot } from './release.js';
import type { DeployContext, DeployResult } from './types.js';

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
  // Changing strategy: a blue-green deploy left colored Deployments, the live Service selecting one color. The
  // uncolored Deployments roll out beside them, then the Service drops the color and the colors are retired.
  const svc = frontService(ctx.objects, settings.service, main);
  const svcName = svc?.metadata.name ?? '';
  const liveSvc = svc ? await kube.get<Service>('v1', 'Service', svcName, ns) : undefined;
  const fromColor = liveSvc?.spec?.selector?.[LABEL.color];
  const colored = new Map<string, Deployment>();
  if (fromColor)
    for (const d of deps) {
      const c = await kube.get<Deployment>('apps/v1', 'Deployment', `${d.metadata.name}-${fromColor}`, ns);
      if (c) colored.set(d.metadata.name as string, c);
    }
  const liveMain = before.get(main.metadata.name as string) ?? colored.get(main.metadata.name as string);
  const previousVersion = versionOfLive(liveMain);
  const checkResults: RunResult[] = [];

  if (
    liveMain &&
    !fromColor &&
    previousVersion === settings.version &&
    deps.every((d) => sameImages(d, before.get(d.metadata.name as string)))
  ) {
    timeline.add('plan', `${settings.version} is already live: nothing to change`, 'ok');
    return { result: 'promoted', version: settings.version, previousVersion, unchanged: true, checks: [] };
  }
  // Deployments an HPA scales (in the manifests or already in the cluster): Keelson never writes their replicas.
  const scaledBy = new Map<string, string>();
  for (const d of deps) {
    const name = d.metadata.name as string;
    const hpa = hpaFor(ctx.objects, name) ?? (await liveHpasFor(kube, ns, name))[0];
    if (hpa) scaledBy.set(name, hpa.metadata.name ?? '');
  }
  // Router 'service' moves users with the Service's selector alone, as for blue-green: the ALB in front then
  // follows the Service's endpoints and is neither waited for nor checked through.
  const front =
    svc && settings.router !== 'service' ? albFront(ctx.objects, svc.metadata.name ?? '') : undefined;
  if (front && fromColor)
    throw new ConfigurationError(
      `Service ${svcName} was deployed blue-green behind ALB Ingress ${front.ingress.metadata.name}: keep strategy blue-green there, or move it to rolling with router 'service' first.`,
    );
  if (front) {
    // Checks and target health need the load balancer controller and ELBv2, as for blue-green.
    await routerFor(ctx, svc as NonNullable<typeof svc>, []);
    const nsObj = await kube.get<KubeObject>('v1', 'Namespace', ns);
    if (nsObj?.metadata.labels?.['elbv2.k8s.aws/pod-readiness-gate-inject'] !== 'enabled')
      timeline.add(
        'plan',
        `namespace ${ns} has no pod readiness gates (label elbv2.k8s.aws/pod-readiness-gate-inject=enabled): a rolling update behind the ALB can retire old pods before the new ones are healthy targets`,
        'warn',
      );
  }
  timeline.add(
    'plan',
    (fromColor
      ? `${previousVersion ?? 'unknown'} is live on ${fromColor} (deployed blue-green); rolling ${settings.version} out beside it, then Service ${svcName} drops the color`
      : liveMain
        ? `rolling ${previousVersion ?? 'unknown'} → ${settings.version}`
        : `first deploy of ${settings.version}`) +
      [...scaledBy].map(([d, h]) => `; HPA ${h} scales ${d}, its replicas are left to it`).join(''),
  );

  // Record the previous spec on the object itself (and in the post step's state) so it can be restored.
  const objects: KubeObject[] = ctx.objects.map((o) => {
    const name = o.metadata.name as string;
    const prev = o.kind === 'Deployment' ? before.get(name) : undefined;
    if (!prev) return o;
    const copy = structuredClone(o);
    copy.metadata.annotations = {
      ...copy.metadata.annotations,
      [ANNOTATION.previous]: JSON.stringify(restorable(prev).spec?.template ?? {}),
      ...(previousVersion ? { [ANNOTATION.previousVersion]: previousVersion } : {}),
    };
    if (scaledBy.has(name)) delete (copy.spec as { replicas?: number }).replicas;
    return copy;
  });
  // Nothing is written before the API server accepted every object; what was there is kept to put it back.
  const snapshot = await beginRelease(ctx, objects);
  for (const [name] of scaledBy) {
    const prev = before.get(name);
    if (prev && (await handOverReplicas(kube, prev)))
      timeline.add('apply', `${name}: replicas handed over to the HPA at ${prev.spec?.replicas}`);
  }
  ctx.saveState('rolling-deployments', JSON.stringify([...before.keys()]));

  const restore = async (reason: string, verify?: RunResult): Promise<DeployResult> => {
    const verdictAt = verify?.verdictAt ?? clock.now();
    const prevs = [...before.values(), ...colored.values()].filter((d): d is Deployment => !!d);
    if (prevs.length === 0) {
      timeline.add('rollback', `${reason}; nothing to restore on a first deploy`, 'error');
      return { result: 'failed', rollbackReason: reason, version: settings.version, checks: checkResults };
    }
    timeline.add(
      'rollback',
      `${reason}; restoring ${previousVersion ?? 'the previous spec'} (every object the rollout changed)`,
      'error',
    );
    const cleanup = { ...ctx, signal: cleanupSignal() };
    if (fromColor && svc) {
      // Users back on the color that served: it gets its replicas back, then the Service selects it again.
      for (const c of colored.values())
        await scale(cleanup, c.metadata.name as string, c.spec?.replicas ?? 1);
      for (const c of colored.values()) await waitReady(cleanup, c.metadata.name as string, cleanup.signal);
      await kube.patch(
        { apiVersion: 'v1', kind: 'Service', name: svcName, namespace: ns },
        { spec: { selector: { [LABEL.color]: fromColor } } },
      );
      await waitEndpoints(
        cleanup,
        svcName,
        { ...svc.spec?.selector, [LABEL.color]: fromColor },
        cleanup.signal,
      );
    }
    const unrestored = await restoreSnapshot(cleanup, snapshot, {
      config: (d, config) => {
        const prev = before.get(d.metadata.name as string);
        // The count is not part of what is restored when someone else owns it (an HPA): the restore must not
        // take it over, or the next deploy without replicas would reset it.
        if (scaledBy.has(d.metadata.name as string) || !appliesReplicas(prev, kube.fieldManager))
          delete (config.spec as { replicas?: number }).replicas;
        return config;
      },
    });
    // A write of the restore that failed (the timeline names it; a lost Lease refuses them all) is no rollback.
    let healthy = unrestored.length === 0;
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

  try {
    // Changing strategy, the live Service keeps selecting the color until the new Deployments are ready.
    await applyAll(
      ctx,
      fromColor ? objects.filter((o) => !(o.kind === 'Service' && o.metadata.name === svcName)) : objects,
    );
  } catch (e) {
    // A write the dry run accepted failed after all (a quota, a webhook that changed its mind): put back what
    // was written.
    if (e instanceof ApplyError) return restore(e.message);
    throw e;
  }

  for (const d of deps) {
    const notReady = await waitReady(ctx, d.metadata.name as string);
    if (notReady) return restore(`${d.metadata.name} did not finish rolling out: ${notReady}`);
  }
  timeline.add('rollout', `${settings.version} is rolled out`, 'ok');
  if (fromColor && svc) {
    // The Service drops the color: users reach the new pods (and, for a moment, the color's), then the color goes.
    // Then the manifests' Service is applied as for any rollout (its ports, labels and annotations).
    try {
      await kube.patch(
        { apiVersion: 'v1', kind: 'Service', name: svcName, namespace: ns },
        { spec: { selector: { [LABEL.color]: null } } },
      );
      await applyAll(ctx, [svc]);
    } catch (e) {
      if (e instanceof ApplyError || e instanceof KubeApiError) return restore(e.message);
      throw e;
    }
    await waitEndpoints(ctx, svcName, svc.spec?.selector ?? {}, ctx.signal);
    for (const c of colored.values()) await scale(ctx, c.metadata.name as string, 0);
    await waitPodsGone(ctx, selectorString({ ...svc.spec?.selector, [LABEL.color]: fromColor }), ctx.signal);
    timeline.add(
      'switch',
      `Service ${svcName} sends users to ${main.metadata.name}; ${fromColor} is scaled to 0`,
      'ok',
    );
  }
  if (front && svc && ctx.elbv2) {
    const unhealthy = await waitTargetsHealthy(
      ctx,
      ctx.elbv2,
      svc.metadata.name ?? '',
      svc.spec?.selector ?? {},
      ctx.signal,
      settings.readyTimeoutMs,
    );
    if (unhealthy) return restore(`${settings.version} is ${unhealthy}`);
    timeline.add('rollout', `every target of ${svc.metadata.name} is healthy on the ALB`, 'ok');
  }

  const albUrl = front ? await ingressUrl(ctx, front.ingress.metadata.name ?? '') : undefined;
  const liveUrl =
    settings.liveUrl ?? albUrl ?? (svc ? ctx.serviceUrl(svc.metadata.name as string, firstPort(svc)) : '');
  const vars = {
    NAMESPACE: ns,
    SELECTOR: selectorString(main.spec?.selector?.matchLabels ?? {}),
    TARGET_URL: liveUrl,
    LIVE_URL: liveUrl,
    PREVIEW_URL: liveUrl,
    PROBE_PATH: probePath(main),
    VERSION: settings.version,
  };
  let verify: RunResult | undefined;
  try {
    verify = await checks(ctx, 'verify', 'watch', settings.verifyWindowMs, vars);
  } catch (e) {
    // Unverifiable is not verified: put the previous version back, then report the configuration.
    if (e instanceof ConfigurationError) await restore('the checks cannot reach the new version');
    throw e;
  }
  if (verify) checkResults.push(verify);
  if (ctx.signal.aborted) return restore('cancelled during the verify window', verify);
  if (verify && verify.status !== 'passed') return restore(`verify window failed: ${verify.reason}`, verify);
  if (fromColor) {
    // The colors and the preview Service of blue-green are retired: rolling owns the service from now on.
    for (const d of deps)
      for (const c of ['blue', 'green'])
        await kube.delete({
          apiVersion: 'apps/v1',
          kind: 'Deployment',
          name: `${d.metadata.name}-${c}`,
          namespace: ns,
        });
    await kube.delete({ apiVersion: 'v1', kind: 'Service', name: `${svcName}-preview`, namespace: ns });
    timeline.add(
      'clean-up',
      `the blue-green colors of ${deps.map((d) => d.metadata.name).join(', ')} are retired`,
    );
  }
  // Verified: old config versions (beyond the previous release's) go, and with prune what left the manifests.
  await finishRelease(ctx, configReadBy([...before.values(), ...colored.values()]));
  return { result: 'promoted', version: settings.version, previousVersion, checks: checkResults };
}
