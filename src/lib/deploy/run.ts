/**
 * One rollout, end to end: take the service's Lease, open a GitHub Deployment, run the strategy, and always
 * release the Lease and close the Deployment with the outcome. Pure of the runner: the action and the CLI
 * supply the clients, the clock, the cancel signal and where events go.
 */
import type { Clock } from '../clock.js';
import { errorMessage } from '../errors.js';
import type { GitHubApi } from '../github/client.js';
import type { RepoRef } from '../github/context.js';
import { deploymentPayload, startDeployment, type GitHubDeployment } from '../github/deployments.js';
import type { PodSource } from '../health/index.js';
import { kubePodSource } from '../health/kube-transport.js';
import type { Kube } from '../k8s/client.js';
import type { CloudWatch } from '../aws/cloudwatch.js';
import type { Elbv2 } from '../aws/elbv2.js';
import { acquireLease } from '../k8s/lease.js';
import type { KubeObject } from '../k8s/types.js';
import { blueGreen } from './blue-green.js';
import { canary, refuseWhilePaused } from './canary.js';
import { deployedImages } from './record.js';
import { prepareRelease } from './release.js';
import { rolling } from './rolling.js';
import { Timeline, type TimelineEvent } from './timeline.js';
import type { DeployContext, DeployResult, DeploySettings } from './types.js';

export interface DeployOptions {
  kube: Kube;
  clock: Clock;
  signal: AbortSignal;
  settings: DeploySettings;
  objects: KubeObject[];
  /** Who holds the Lease: the run (`github-run-<id>-<attempt>`) or the CLI session. */
  holder: string;
  waitForLockMs: number;
  github?: {
    api: GitHubApi;
    repo: RepoRef;
    ref: string;
    environment: string;
    environmentUrl?: string;
    logUrl?: string;
  };
  saveState?: (key: string, value: string) => void;
  onEvent?: (e: TimelineEvent, t: Timeline) => void;
  onWarning?: (message: string) => void;
  /** ELBv2 access, for services an ALB Ingress fronts. */
  elbv2?: Elbv2;
  cloudwatch?: CloudWatch;
  /** Where this runner reaches a load balancer's DNS name (default `http://<name>`). */
  loadBalancerUrl?: (dnsName: string) => string;
}

/** Pods for `kubernetes` checks: the same source the health-check action uses (see kubePodSource). */
export function podSource(kube: Kube): PodSource {
  return kubePodSource(kube);
}

/** `k8s-service://<namespace>/<service>`: health checks reach it through the API server's service proxy. */
export function serviceUrl(namespace: string, service: string, port?: number): string {
  return `k8s-service://${namespace}/${service}${port ? `:${port}` : ''}`;
}

export async function deploy(o: DeployOptions): Promise<{ result: DeployResult; timeline: Timeline }> {
  const timeline = new Timeline(o.clock, o.onEvent);
  const save = o.saveState ?? (() => undefined);
  const { settings } = o;
  timeline.add(
    'start',
    `${settings.strategy} rollout of ${settings.service} ${settings.version} in ${settings.namespace}`,
  );
  const lease = await acquireLease(o.kube, {
    namespace: settings.namespace,
    service: settings.service,
    holder: o.holder,
    clock: o.clock,
    waitMs: o.waitForLockMs,
  });
  save('lease-holder', o.holder);
  save('namespace', settings.namespace);
  save('service', settings.service);
  timeline.add('lock', `holding Lease ${lease.name}`);

  let gh: GitHubDeployment | undefined;
  if (o.github) {
    try {
      gh = await startDeployment(o.github.api, o.github.repo, {
        ref: o.github.ref,
        environment: o.github.environment,
        description: `${settings.strategy} ${settings.version}`,
        logUrl: o.github.logUrl,
        payload: deploymentPayload({
          version: settings.version,
          strategy: settings.strategy,
          service: settings.service,
          images: deployedImages(o.objects, settings.service),
        }),
      });
      save('github-deployment-id', String(gh.id));
    } catch (e) {
      o.onWarning?.(`Could not create a GitHub Deployment (${errorMessage(e)}); the rollout goes on.`);
    }
  }

  const release = prepareRelease(o.objects, settings.service, settings.namespace);
  // Every write of the rollout first makes sure this run still holds the Lease (see acquireLease).
  const kube = o.kube.withWriteGuard(() => lease.fence());
  const ctx: DeployContext = {
    kube,
    clock: o.clock,
    signal: o.signal,
    settings,
    objects: release.objects,
    release,
    timeline,
    pods: podSource(kube),
    saveState: save,
    serviceUrl: (name, port) => serviceUrl(settings.namespace, name, port),
    elbv2: o.elbv2,
    cloudwatch: o.cloudwatch,
    loadBalancerUrl: o.loadBalancerUrl ?? ((dns) => `http://${dns}`),
  };
  let result: DeployResult | undefined;
  try {
    if (settings.strategy !== 'canary') await refuseWhilePaused(ctx);
    result =
      settings.strategy === 'canary'
        ? await canary(ctx)
        : settings.strategy === 'blue-green'
          ? await blueGreen(ctx)
          : await rolling(ctx);
    return { result, timeline };
  } finally {
    save('phase', 'done');
    const released = await lease.release().then(
      () => true,
      (e: unknown) => {
        o.onWarning?.(`Could not release Lease ${lease.name}: ${errorMessage(e)}`);
        return false;
      },
    );
    if (lease.lost) timeline.add('lock', `lost Lease ${lease.name}: ${lease.lost}`, 'error');
    else if (released) timeline.add('lock', `released Lease ${lease.name}`);
    if (gh) {
      const state =
        result?.result === 'promoted' ? 'success' : result?.result === 'paused' ? 'in_progress' : 'failure';
      const description = result
        ? (result.rollbackReason ?? `${result.result}: ${result.version}`)
        : 'the rollout stopped with an error';
      await gh
        .setStatus(state, {
          description,
          environmentUrl: result?.result === 'promoted' ? o.github?.environmentUrl : undefined,
        })
        .catch((e: unknown) => o.onWarning?.(`Could not update the GitHub Deployment: ${errorMessage(e)}`));
    }
  }
}
