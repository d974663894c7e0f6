/**
 * An external migrator (golang-migrate, Flyway, Prisma, Alembic, Rails, Django, a script) run on the runner
 * as an argv array, under Keelson's lock. The child gets only what it needs: PATH, HOME, the locale, temp
 * dirs, the database (DATABASE_URL and libpq's PG* variables) and the `env` input — no GITHUB_ or ACTIONS_
 * runtime tokens, no AWS credentials, no INPUT_* values. `${NAME}` in an argument is replaced by that
 * variable of the child's environment (no shell involved), so `-database ${DATABASE_URL}` works without
 * `shell: bash`. On timeout or cancel the child gets SIGTERM, then SIGKILL, and is waited for: the lock is
 * only released once it is gone.
 */
import type { Masker } from '../mask.js';
import { ToolError } from '../errors.js';
import { formatDatabaseUrl, type DatabaseTarget } from './database-url.js';

const PASS_THROUGH = [
  'PATH',
  'HOME',
  'USER',
  'LOGNAME',
  'LANG',
  'LANGUAGE',
  'TZ',
  'TMPDIR',
  'TEMP',
  'TMP',
  'SSL_CERT_FILE',
  'SSL_CERT_DIR',
  'NODE_EXTRA_CA_CERTS',
  'JAVA_HOME',
  'SYSTEMROOT',
  'COMSPEC',
];

export interface LockEnv {
  name: string;
  pid: number;
}

/** The migrator's environment: the pass-through list, the database, the lock it runs under, then `extra`. */
export function migratorEnv(
  parent: Record<string, string | undefined>,
  target: DatabaseTarget,
  lock: LockEnv | undefined,
  appName: string,
  extra: Record<string, string>,
): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(parent)) {
    if (v !== undefined && (PASS_THROUGH.includes(k) || k.startsWith('LC_'))) env[k] = v;
  }
  Object.assign(env, databaseEnv(target));
  env.PGAPPNAME = appName.slice(0, 63);
  if (lock) {
    env.KEELSON_MIGRATE_LOCK = lock.name;
    env.KEELSON_MIGRATE_LOCK_PID = String(lock.pid);
  }
  return { ...env, ...extra };
}

/** DATABASE_URL and libpq's variables for a target. */
export function databaseEnv(t: DatabaseTarget): Record<string, string> {
  const env: Record<string, string> = {
    DATABASE_URL: formatDatabaseUrl(t),
    PGHOST: t.host,
    PGPORT: String(t.port),
    PGDATABASE: t.database,
    PGUSER: t.user,
  };
  // prefer is libpq's default; left unset, since some clients (node-postgres) read PGSSLMODE=prefer as require
  if (t.sslmode !== 'prefer') env.PGSSLMODE = t.sslmode;
  if (t.password !== undefined) env.PGPASSWORD = t.password;
  if (t.sslrootcert) env.PGSSLROOTCERT = t.sslrootcert;
  return env;
}

/** `${NAME}` → env[NAME] in each argument; an unknown name is an error (never an empty string). */
export function expandArgs(input: string, argv: string[], env: Record<string, string>): string[] {
  return argv.map((arg) =>
    arg.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g, (_, name: string) => {
      const v = env[name];
      if (v === undefined) {
        throw new ToolError(
          `'${input}' uses \${${name}}, which is not set for the migrator. Known: ${Object.keys(env).sort().join(', ')}.`,
        );
      }
      return v;
    }),
  );
}

export interface ChildResult {
  exitCode: number;
  signal?: NodeJS.Signals;
  durationMs: number;
  /** The last lines of output, masked (for the error message). */
  tail: string[];
  /** Why it was stopped (timeout, cancel, lost lock), if it was. */
  stopped?: string;
}

/** Runs argv; streams masked output; on `signal` abort sends SIGTERM, SIGKILL after `graceMs`, and waits. */
export async function runMigrator(
  argv: string[],
  opts: {
    cwd: string;
    env: Record<string, string>;
    masker: Masker;
    onOutput?: (chunk: string) => void;
    signal?: AbortSignal;
    graceMs?: number;
  },
): Promise<ChildResult> {
  const { spawn } = await import('node:child_process');
  const started = performance.now();
  return new Promise((resolve, reject) => {
    let child: ReturnType<typeof spawn>;
    try {
      child = spawn(argv[0] as string, argv.slice(1), {
        cwd: opts.cwd,
        env: opts.env,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
    } catch (e) {
      reject(e);
      return;
    }
    const tail: string[] = [];
    let pending = '';
    let stopped: string | undefined;
    let killTimer: NodeJS.Timeout | undefined;
    const onData = (buf: Buffer): void => {
      const text = opts.masker.mask(buf.toString('utf8'));
      opts.onOutput?.(text);
      const lines = (pending + text).split(/\r?\n/);
      pending = lines.pop() ?? '';
      for (const l of lines) if (l.trim()) tail.push(l);
      if (tail.length > 20) tail.splice(0, tail.length - 20);
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    const onAbort = (): void => {
      const reason: unknown = opts.signal?.reason;
      stopped = reason instanceof Error ? reason.message : 'cancelled';
      child.kill('SIGTERM');
      killTimer = setTimeout(() => child.kill('SIGKILL'), opts.graceMs ?? 10_000);
    };
    if (opts.signal?.aborted) onAbort();
    else opts.signal?.addEventListener('abort', onAbort, { once: true });
    child.on('error', (err: NodeJS.ErrnoException) => {
      opts.signal?.removeEventListener('abort', onAbort);
      if (killTimer) clearTimeout(killTimer);
      if (err.code === 'ENOENT') {
        reject(
          new ToolError(
            `Migrator command not found: '${argv[0]}'. Install it on the runner or put it on PATH.`,
          ),
        );
      } else if (err.code === 'EACCES') {
        reject(new ToolError(`Migrator command '${argv[0]}' is not executable.`));
      } else reject(err);
    });
    child.on('close', (code, signal) => {
      opts.signal?.removeEventListener('abort', onAbort);
      if (killTimer) clearTimeout(killTimer);
      if (pending.trim()) tail.push(pending);
      resolve({
        exitCode: code ?? 128,
        signal: signal ?? undefined,
        durationMs: performance.now() - started,
        tail: tail.slice(-10),
        stopped,
      });
    });
  });
}
