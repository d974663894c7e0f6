/** GitHub Deployments and their statuses: the environment page shows each rollout and where it went. */
import type { GitHubApi } from './client.js';
import type { RepoRef } from './context.js';

export type DeploymentState =
  'in_progress' | 'success' | 'failure' | 'error' | 'inactive' | 'queued' | 'pending';

export interface GitHubDeployment {
  id: number;
  setStatus(
    state: DeploymentState,
    o?: { description?: string; environmentUrl?: string; logUrl?: string },
  ): Promise<void>;
}

export async function startDeployment(
  api: GitHubApi,
  repo: RepoRef,
  o: {
    ref: string;
    environment: string;
    description: string;
    payload?: Record<string, unknown>;
    logUrl?: string;
  },
): Promise<GitHubDeployment> {
  const res = await api.rest.repos.createDeployment({
    ...repo,
    ref: o.ref,
    environment: o.environment,
    description: o.description.slice(0, 140),
    auto_merge: false,
    required_contexts: [],
    payload: o.payload ?? {},
    production_environment: /^prod/i.test(o.environment),
  });
  const id = (res.data as { id?: number }).id;
  if (typeof id !== 'number')
    throw new Error(
      `GitHub did not create a deployment for ${o.ref}: ${JSON.stringify(res.data).slice(0, 200)}`,
    );
  const deployment: GitHubDeployment = {
    id,
    setStatus: async (state, s = {}) => {
      await api.rest.repos.createDeploymentStatus({
        ...repo,
        deployment_id: id,
        state,
        description: s.description?.slice(0, 140),
        environment_url: s.environmentUrl,
        log_url: s.logUrl ?? o.logUrl,
        auto_inactive: state === 'success',
      });
    },
  };
  await deployment.setStatus('in_progress', { description: o.description });
  return deployment;
}

/**
 * What deploy records in a Deployment's payload (`keelson: 1` marks Keelson's own records): the version, the
 * strategy and the images it rolled out, each pinned by digest. `image` is the service's own image (the first
 * pinned container of the Deployment named like the service, else the first pinned one), the one promote.yml
 * carries to the next environment.
 */
export interface DeploymentPayload {
  [key: string]: unknown;
  keelson: 1;
  version: string;
  strategy: string;
  service: string;
  image?: string;
  digest?: string;
  images: string[];
}

const PINNED = /^[^\s@]+@(sha256:[a-f0-9]{64})$/;

export function deploymentPayload(o: {
  version: string;
  strategy: string;
  service: string;
  /** Images in the order of preference (the service's own container first); unpinned ones are left out. */
  images: string[];
}): DeploymentPayload {
  const images = [...new Set(o.images.filter((i) => PINNED.test(i)))];
  const image = images[0];
  return {
    keelson: 1,
    version: o.version,
    strategy: o.strategy,
    service: o.service,
    ...(image ? { image, digest: PINNED.exec(image)?.[1] } : {}),
    images,
  };
}

/** The image a Deployment's payload records, when it is one of Keelson's with a digest-pinned image. */
export function payloadImage(
  payload: unknown,
): { image: string; digest: string; version?: string } | undefined {
  let p = payload;
  if (typeof p === 'string') {
    try {
      p = JSON.parse(p);
    } catch {
      return undefined;
    }
  }
  if (!p || typeof p !== 'object') return undefined;
  const { image, version } = p as { image?: unknown; version?: unknown };
  if (typeof image !== 'string') return undefined;
  const m = PINNED.exec(image);
  if (!m) return undefined;
  return { image, digest: m[1]!, ...(typeof version === 'string' ? { version } : {}) };
}

export interface DeployedImage {
  image: string;
  digest: string;
  version?: string;
  deploymentId: number;
  /** The commit that was deployed. */
  sha: string;
  createdAt: string;
  url?: string;
}

/**
 * What runs in an environment: the newest Deployment of `environment` whose latest status is `success` and whose
 * payload records a digest-pinned image. Deployments that failed, were rolled back, are still in progress, or
 * were made by another tool are skipped; `inactive` (a newer success replaced it) is skipped too, so the answer
 * is the deployment GitHub shows as active. Looks at the newest `limit` deployments.
 */
export async function findDeployedImage(
  api: GitHubApi,
  repo: RepoRef,
  environment: string,
  o: { limit?: number } = {},
): Promise<DeployedImage | undefined> {
  const limit = o.limit ?? 100;
  let seen = 0;
  for (let page = 1; seen < limit; page++) {
    const res = await api.rest.repos.listDeployments({ ...repo, environment, per_page: 30, page });
    const list = res.data as {
      id: number;
      sha: string;
      payload: unknown;
      created_at: string;
      environment?: string;
    }[];
    for (const d of list) {
      if (++seen > limit) break;
      const recorded = payloadImage(d.payload);
      if (!recorded) continue;
      const statuses = await api.rest.repos.listDeploymentStatuses({
        ...repo,
        deployment_id: d.id,
        per_page: 1,
      });
      const latest = (statuses.data as { state: string; environment_url?: string }[])[0];
      if (latest?.state !== 'success') continue;
      return {
        ...recorded,
        deploymentId: d.id,
        sha: d.sha,
        createdAt: d.created_at,
        ...(latest.environment_url ? { url: latest.environment_url } : {}),
      };
    }
    if (list.length < 30) break;
  }
  return undefined;
}
