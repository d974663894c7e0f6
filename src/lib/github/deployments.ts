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
