/**
 * The vulnerability DB, downloaded before the scan through a chain of mirrors: each repository is tried in turn;
 * a 429 (rate limit) is retried on the same mirror after a backoff on the injected clock, any other failure moves
 * on to the next mirror. The scan then runs with `--skip-db-update`, so Trivy never downloads on its own. When
 * the cache already holds a fresh DB, Trivy's `--download-db-only` returns without touching the network.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Clock } from '../clock.js';
import { ToolError } from '../errors.js';
import { lastError, type Trivy } from './tool.js';

/** Waits before the 2nd and 3rd attempt on a mirror that answered 429. */
export const RATE_LIMIT_BACKOFF_MS = [10_000, 30_000];

export function isRateLimited(output: string): boolean {
  return /TOOMANYREQUESTS|429 Too Many Requests|status code 429|\b429\b.*rate/i.test(output);
}

/** True when `cacheDir` holds a vulnerability DB Trivy can scan with (`--skip-db-update`). */
export function hasDb(cacheDir: string): boolean {
  return existsSync(join(cacheDir, 'db', 'trivy.db')) && existsSync(join(cacheDir, 'db', 'metadata.json'));
}

export interface DbAttempt {
  repository: string;
  outcome: 'ok' | 'rate-limited' | 'failed';
  message: string;
}

export interface DbDownload {
  repository: string;
  attempts: DbAttempt[];
}

export async function downloadDb(
  trivy: Trivy,
  o: {
    repositories: string[];
    cacheDir: string;
    clock: Clock;
    backoffMs?: number[];
    timeoutMs?: number;
    onOutput?: (chunk: string) => void;
    log?: (message: string) => void;
  },
): Promise<DbDownload> {
  const backoff = o.backoffMs ?? RATE_LIMIT_BACKOFF_MS;
  const attempts: DbAttempt[] = [];
  for (const repository of o.repositories) {
    for (let i = 0; ; i++) {
      o.log?.(`Vulnerability DB from ${repository}${i > 0 ? ` (attempt ${i + 1})` : ''}…`);
      const r = await trivy.run(
        [
          'image',
          '--download-db-only',
          '--db-repository',
          repository,
          '--cache-dir',
          o.cacheDir,
          '--no-progress',
          '--skip-version-check',
          '--disable-telemetry',
        ],
        { onOutput: o.onOutput, timeoutMs: o.timeoutMs },
      );
      const output = `${r.stdout}\n${r.stderr}`;
      if (r.exitCode === 0) {
        attempts.push({ repository, outcome: 'ok', message: '' });
        return { repository, attempts };
      }
      const limited = isRateLimited(output);
      attempts.push({ repository, outcome: limited ? 'rate-limited' : 'failed', message: lastError(output) });
      if (!limited || i >= backoff.length) break;
      const wait = backoff[i] as number;
      o.log?.(
        `${repository} answered 429 Too Many Requests; waiting ${wait / 1000}s before trying it again.`,
      );
      await o.clock.sleep(wait);
    }
  }
  const per = o.repositories.map((repo) => {
    const mine = attempts.filter((a) => a.repository === repo);
    const last = mine[mine.length - 1];
    const limited = mine.filter((a) => a.outcome === 'rate-limited').length;
    return limited === mine.length && limited > 0
      ? `${repo}: 429 Too Many Requests ×${limited}`
      : `${repo}: ${last?.message || 'failed'}`;
  });
  throw new ToolError(
    `Could not download the Trivy vulnerability DB from any mirror (${per.join('; ')}). ` +
      "Set 'db-repositories' to a mirror you can reach, or restore a cached DB into 'cache-dir' and set 'skip-db-update: true'.",
  );
}
