/**
 * The GitHub REST client, loaded lazily (Octokit is the heaviest import Keelson has; an action that fails on
 * an input never pays for it). Honours GITHUB_API_URL so GHES and the test emulator work.
 */
import type { getOctokit } from '@actions/github';

export type GitHubApi = ReturnType<typeof getOctokit>;

export async function createGitHubApi(token: string, baseUrl: string): Promise<GitHubApi> {
  const { getOctokit: make } = await import('@actions/github');
  return make(token, { baseUrl, request: { retries: 0 } });
}

/** The HTTP status of an Octokit RequestError, or undefined. */
export function httpStatus(error: unknown): number | undefined {
  if (error && typeof error === 'object' && 'status' in error) {
    const s = (error as { status: unknown }).status;
    return typeof s === 'number' ? s : undefined;
  }
  return undefined;
}
