/**
 * The GitHub REST client, loaded lazily (Octokit is the heaviest import Keelson has; an action that fails on
 * an input never pays for it). Honours GITHUB_API_URL so GHES and the test emulator work.
 *
 * Requests are retried with backoff when GitHub cannot be reached or answers 5xx (idempotent requests only:
 * a POST is retried only when it never reached GitHub), and wait out a rate limit when GitHub says how long
 * (`retry-after`, or `x-ratelimit-reset` with `x-ratelimit-remaining: 0`) — up to a minute.
 */
import type { getOctokit } from '@actions/github';
import { realClock } from '../clock.js';
import { errorMessage, ToolError } from '../errors.js';

export type GitHubApi = ReturnType<typeof getOctokit>;

export interface GitHubClientOptions {
  /**
   * Waits between attempts (injectable: tests record the delays instead of waiting); rejects when `signal` (the
   * request's `request.signal`) aborts, so a cancelled request does not sleep out its backoff.
   */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  now?: () => number;
  /** Attempts per request, first included. */
  attempts?: number;
}

/** GitHub could not be reached at all (every attempt failed before an HTTP answer). */
export class GitHubUnreachable extends ToolError {
  constructor(
    readonly baseUrl: string,
    readonly reason: string,
    readonly attempts: number,
  ) {
    super(`GitHub at ${baseUrl} could not be reached (${reason}) after ${attempts} attempts.`);
  }
}

const BACKOFF_MS = [1_000, 2_000, 4_000, 8_000];
const MAX_RATE_LIMIT_WAIT_MS = 60_000;
const IDEMPOTENT = new Set(['GET', 'HEAD', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);

interface OctokitErrorLike {
  status?: number;
  response?: { headers?: Record<string, string | undefined> };
  request?: { method?: string; url?: string };
}

/** The wait before the next attempt, or undefined to give up. */
export function retryDelay(
  error: unknown,
  attempt: number,
  now: number,
  attempts: number,
): number | undefined {
  if (attempt >= attempts) return undefined;
  const e = (error ?? {}) as OctokitErrorLike;
  const method = (e.request?.method ?? 'GET').toUpperCase();
  const graphql = /\/graphql$/.test(e.request?.url ?? '');
  const headers = e.response?.headers ?? {};
  if (!e.response) return BACKOFF_MS[attempt - 1] ?? 8_000; // never reached GitHub: safe for any method
  const status = e.status ?? 0;
  if (isRateLimit(e)) {
    const after = Number(headers['retry-after']);
    const reset = Number(headers['x-ratelimit-reset']);
    const wait =
      Number.isFinite(after) && after > 0 ? after * 1000 : Number.isFinite(reset) ? reset * 1000 - now : NaN;
    if (!Number.isFinite(wait) || wait > MAX_RATE_LIMIT_WAIT_MS) return undefined;
    return Math.max(wait, 1_000);
  }
  if (status >= 500 && (IDEMPOTENT.has(method) || graphql)) return BACKOFF_MS[attempt - 1] ?? 8_000;
  return undefined;
}

export async function createGitHubApi(
  token: string,
  baseUrl: string,
  opts: GitHubClientOptions = {},
): Promise<GitHubApi> {
  const { getOctokit: make } = await import('@actions/github');
  const api = make(token, { baseUrl, request: { retries: 0 } });
  const sleep = opts.sleep ?? realClock.sleep;
  const now = opts.now ?? Date.now;
  const attempts = opts.attempts ?? 4;
  api.hook.wrap('request', async (request, options) => {
    const signal = (options.request as { signal?: AbortSignal } | undefined)?.signal;
    for (let attempt = 1; ; attempt++) {
      try {
        return await request(options);
      } catch (e) {
        const delay = signal?.aborted ? undefined : retryDelay(e, attempt, now(), attempts);
        if (delay === undefined) {
          if (!(e as OctokitErrorLike).response && httpStatus(e) !== undefined) {
            throw new GitHubUnreachable(baseUrl, networkReason(e), attempt);
          }
          throw e;
        }
        await sleep(delay, signal);
      }
    }
  });
  return api;
}

/**
 * Why a request never got an answer: the innermost cause (`connect ECONNREFUSED 127.0.0.1:1`, `getaddrinfo
 * ENOTFOUND api.example`), not fetch's "fetch failed" or Octokit's wrapper message.
 */
export function networkReason(error: unknown): string {
  let e: unknown = error;
  for (let depth = 0; depth < 5; depth++) {
    const next = (e as { cause?: unknown; errors?: unknown[] } | undefined)?.cause;
    const inner = Array.isArray((e as { errors?: unknown[] })?.errors)
      ? (e as { errors: unknown[] }).errors[0]
      : undefined;
    if (inner !== undefined && next === undefined) e = inner;
    else if (next !== undefined && next !== null) e = next;
    else break;
  }
  return errorMessage(e) || errorMessage(error);
}

/** True for GitHub's "rate limit exhausted" answers (primary: remaining 0; secondary: retry-after). */
export function isRateLimit(error: unknown): boolean {
  const e = (error ?? {}) as OctokitErrorLike;
  const h = e.response?.headers ?? {};
  return (
    e.status === 429 ||
    (e.status === 403 && (h['x-ratelimit-remaining'] === '0' || Boolean(h['retry-after'])))
  );
}

/** The HTTP status of an Octokit RequestError, or undefined. */
export function httpStatus(error: unknown): number | undefined {
  if (error && typeof error === 'object' && 'status' in error) {
    const s = (error as { status: unknown }).status;
    return typeof s === 'number' ? s : undefined;
  }
  return undefined;
}
