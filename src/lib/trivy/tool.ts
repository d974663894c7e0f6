/**
 * The Trivy seam: every call Keelson makes to the `trivy` binary, as argv arrays, with an environment built from
 * an allowlist. Trivy reads TRIVY_* variables as flags, so a variable left by an earlier step (trivy-action
 * exported them through GITHUB_ENV) would silently change this scan; tokens the scan does not need (GITHUB_TOKEN,
 * anything else) are not handed to a binary that parses attacker-controlled images.
 */
import { ToolError } from '../errors.js';
import { run, type ExecResult } from '../exec.js';
import { formatDuration } from '../inputs.js';
import { Masker } from '../mask.js';

export type Env = Record<string, string | undefined>;

const ALWAYS = new Set([
  'PATH',
  'HOME',
  'USER',
  'LOGNAME',
  'TMPDIR',
  'TEMP',
  'TMP',
  'TZ',
  'LANG',
  'SSL_CERT_FILE',
  'SSL_CERT_DIR',
  'HTTP_PROXY',
  'HTTPS_PROXY',
  'NO_PROXY',
  'ALL_PROXY',
  'http_proxy',
  'https_proxy',
  'no_proxy',
  'all_proxy',
  // Windows runners
  'SystemRoot',
  'SYSTEMROOT',
  'windir',
  'ComSpec',
  'PATHEXT',
  'USERPROFILE',
  'APPDATA',
  'LOCALAPPDATA',
  'ProgramData',
]);

/** What an image scan may additionally need to pull from a private registry (ECR, GAR, ACR, a Docker daemon). */
const IMAGE_ONLY =
  /^(AWS_[A-Z0-9_]+|GOOGLE_APPLICATION_CREDENTIALS|AZURE_[A-Z0-9_]+|DOCKER_CONFIG|DOCKER_HOST|DOCKER_CERT_PATH|DOCKER_TLS_VERIFY|CONTAINER_HOST|XDG_RUNTIME_DIR)$/;

/** The environment Trivy runs with: the allowlist from `base`, then `extra` (registry credentials). */
export function trivyEnv(base: Env, opts: { image: boolean; extra?: Env }): Env {
  const env: Env = {};
  for (const [k, v] of Object.entries(base)) {
    if (v === undefined) continue;
    if (ALWAYS.has(k) || /^LC_[A-Z]+$/.test(k) || (opts.image && IMAGE_ONLY.test(k))) env[k] = v;
  }
  for (const [k, v] of Object.entries(opts.extra ?? {})) if (v) env[k] = v;
  return env;
}

export interface Trivy {
  readonly binary: string;
  run(args: string[], opts?: { onOutput?: (chunk: string) => void; timeoutMs?: number }): Promise<ExecResult>;
}

export function createTrivy(binary: string, o: { cwd: string; env: Env; masker?: Masker }): Trivy {
  return {
    binary,
    async run(args, opts = {}) {
      const signal = opts.timeoutMs ? AbortSignal.timeout(opts.timeoutMs) : undefined;
      try {
        return await run([binary, ...args], {
          cwd: o.cwd,
          env: o.env,
          onOutput: opts.onOutput ? (chunk) => opts.onOutput?.(chunk) : undefined,
          maxBuffer: 4 * 1024 * 1024,
          signal,
          masker: o.masker,
        });
      } catch (e) {
        if (signal?.aborted && opts.timeoutMs) {
          throw new ToolError(
            `'trivy ${args[0] ?? ''}' did not finish within ${formatDuration(opts.timeoutMs)} and was stopped; raise 'timeout' if the scan needs longer.`,
          );
        }
        throw e;
      }
    },
  };
}

/** `Version: 0.69.3` from `trivy --version`. */
export function parseVersionOutput(stdout: string): string | undefined {
  const m = /^Version:\s*v?(\d+\.\d+\.\d+)/m.exec(stdout);
  return m?.[1];
}

/** The last FATAL/ERROR line of Trivy's log, without its timestamp and level, for one-line errors. */
export function lastError(output: string): string {
  const lines = output
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  const pick = [...lines].reverse().find((l) => /\b(FATAL|ERROR)\b/.test(l)) ?? lines[lines.length - 1] ?? '';
  const flat = pick
    .replace(/^\S*\d{4}-\d{2}-\d{2}T\S+\s+/, '')
    .replace(/^(FATAL|ERROR)\s+/, '')
    .replace(/^Fatal error\s+/, '')
    .replace(/\s+/g, ' ');
  return flat.length > 300 ? flat.slice(0, 299) + '…' : flat;
}
