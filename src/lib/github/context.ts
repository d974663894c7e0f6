/** The run's GitHub context, read once from the runner's environment (never from module-level constants). */
import { readFileSync } from 'node:fs';
import { InputError } from '../errors.js';
import type { Env } from '../core.js';

export interface RepoRef {
  owner: string;
  repo: string;
}

export interface GitHubContext {
  eventName: string;
  repo: RepoRef | undefined;
  sha: string;
  ref: string;
  runId: string;
  runAttempt: string;
  serverUrl: string;
  apiUrl: string;
  workspace: string;
  runnerTemp: string;
  /** The pull request number for pull_request / pull_request_target events. */
  prNumber: number | undefined;
  /** The pull request's head commit (a pull_request run's GITHUB_SHA is a test merge commit, not this). */
  headSha: string | undefined;
  /** True when the PR's head repository differs from the base (a fork: the token is read-only). */
  fromFork: boolean;
  payload: Record<string, unknown>;
  runUrl: string | undefined;
}

export function parseRepo(name: string, raw: string): RepoRef {
  const m = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/.exec(raw);
  if (!m) throw InputError.invalid(name, raw, 'the form {owner}/{repo}');
  return { owner: m[1] as string, repo: m[2] as string };
}

function obj(v: unknown): Record<string, unknown> | undefined {
  return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
}

export function readContext(env: Env = process.env): GitHubContext {
  let payload: Record<string, unknown> = {};
  const eventPath = env.GITHUB_EVENT_PATH;
  if (eventPath) {
    try {
      payload = obj(JSON.parse(readFileSync(eventPath, 'utf8'))) ?? {};
    } catch {
      payload = {};
    }
  }
  const repo = env.GITHUB_REPOSITORY ? parseRepo('GITHUB_REPOSITORY', env.GITHUB_REPOSITORY) : undefined;
  const pr = obj(payload.pull_request);
  const prNumber = typeof pr?.number === 'number' ? pr.number : undefined;
  const headRepo = obj(obj(pr?.head)?.repo);
  const baseRepo = obj(obj(pr?.base)?.repo);
  const fromFork =
    headRepo !== undefined && baseRepo !== undefined && headRepo.full_name !== baseRepo.full_name;
  const serverUrl = env.GITHUB_SERVER_URL ?? 'https://github.com';
  const runId = env.GITHUB_RUN_ID ?? '';
  return {
    eventName: env.GITHUB_EVENT_NAME ?? '',
    repo,
    sha: env.GITHUB_SHA ?? '',
    ref: env.GITHUB_REF ?? '',
    runId,
    runAttempt: env.GITHUB_RUN_ATTEMPT ?? '1',
    serverUrl,
    apiUrl: env.GITHUB_API_URL ?? 'https://api.github.com',
    workspace: env.GITHUB_WORKSPACE ?? process.cwd(),
    runnerTemp: env.RUNNER_TEMP ?? '',
    prNumber,
    headSha: typeof obj(pr?.head)?.sha === 'string' ? (obj(pr?.head)?.sha as string) : undefined,
    fromFork,
    payload,
    runUrl: repo && runId ? `${serverUrl}/${repo.owner}/${repo.repo}/actions/runs/${runId}` : undefined,
  };
}
