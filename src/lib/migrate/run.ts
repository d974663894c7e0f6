/**
 * The migrate flow, shared by the action, `keelson migrate` and (later) the demo:
 *
 *   database (URL or Secrets Manager, masked first) → files and lint inputs read → built-in: ledger compared
 *   with the files (edited/missing refused) → expand–contract lint (findings stop the run before anything is
 *   locked or changed) → dry-run stops here → the advisory lock on Keelson's own connection → built-in:
 *   ledger read again under the lock (another run may have applied it all) → optional RDS snapshot → the
 *   migrator (built-in, a command on the runner, or a Kubernetes Job) under a timeout → sessions the migrator
 *   left behind ended → lock released.
 *
 * Returns data (the result and the job summary's Markdown); the caller writes outputs and annotations.
 */
import type { Client } from 'pg';
import type { Clock } from '../clock.js';
import { InputError, PolicyError, describeError, errorMessage } from '../errors.js';
import { formatDuration } from '../inputs.js';
import type { Kube } from '../k8s/client.js';
import type { Masker } from '../mask.js';
import { expandArgs, migratorEnv, runMigrator } from './command.js';
import { loadPg, openClient } from './connect.js';
import {
  describeTarget,
  parseDatabaseUrl,
  rdsFromHost,
  secretsOf,
  targetFromSecret,
  type DatabaseTarget,
} from './database-url.js';
import { displayPath, readMigrations, type MigrationFile } from './files.js';
import { lint, type LintFile, type LintResult } from './lint.js';
import { acquireLock, describeHolder, heldBy, lockKey, type HeldLock } from './lock.js';
import {
  applyMigrations,
  describeFailure,
  planMigrations,
  readLedger,
  type AppliedMigration,
} from './migrator.js';
import type { DatabaseSettings, MigrateSettings } from './settings.js';
import { splitStatements, SqlSyntaxError } from './sql.js';
import { renderMigrateSummary } from './summary.js';

export interface MigrateDeps {
  clock: Clock;
  signal?: AbortSignal;
  /** Paths in messages and annotations are relative to it. */
  workspace: string;
  /** Who runs (github-run-<id>-<attempt>, or cli <user>@<host>): application_name and the ledger's applied_by. */
  holder: string;
  /** The parent environment: AWS settings, and PATH/HOME/… for an external migrator. */
  env: Record<string, string | undefined>;
  masker: Masker;
  /** Registers a secret with the runner before it can be printed. */
  setSecret: (value: string) => void;
  log: (line: string) => void;
  warn?: (message: string) => void;
  /** Wraps migrator output (the action: `::stop-commands::` so it cannot forge workflow commands). */
  output?: <T>(fn: (write: (chunk: string) => void) => Promise<T>) => Promise<T>;
  /** A connected Kubernetes client for job mode (tests, the simulator); otherwise made from the settings. */
  kube?: Kube;
  /** State for the post step (the running Job, so it is deleted if this process dies first). */
  saveState?: (key: string, value: string) => void;
  runUrl?: string;
}

export type MigrateStatus = 'migrated' | 'up-to-date' | 'dry-run' | 'failed' | 'refused';

export interface PendingMigration {
  name: string;
  display: string;
  transactional: boolean;
  statements: number;
}

export interface MigrateResult {
  status: MigrateStatus;
  mode: MigrateSettings['mode'];
  migrator: MigrateSettings['migrator'];
  /** user@host:port/db */
  target: string;
  /** Built-in migrator: how many were pending before this run (undefined for external migrators). */
  pendingBefore?: number;
  /** Built-in migrator: what was (dry-run: would be) applied, in order. */
  pending: PendingMigration[];
  applied: AppliedMigration[];
  lockName: string;
  lockWaitMs?: number;
  /** Real time to take the lock (one round trip when it is free). */
  lockAcquireMs?: number;
  snapshotId?: string;
  durationMs: number;
  lint: LintResult & { files: number; enabled: boolean };
  /** The one line the step fails with. */
  failure?: string;
  /** Where the failure is (a migration's line), for the error annotation. */
  failureAt?: { file: string; line: number };
  /** External migrator / Job: exit code. */
  exitCode?: number;
  /** The command or Job that ran (masked). */
  ran?: string;
}

export interface MigrateRun {
  result: MigrateResult;
  markdown: string;
  /** Set when the step must fail: InputError/PolicyError/ToolError with the one line. */
  error?: Error;
}

/** The database target, every form of its password registered as a secret before anything can print it. */
export async function resolveTarget(
  db: DatabaseSettings,
  deps: Pick<MigrateDeps, 'setSecret' | 'env' | 'clock' | 'signal'>,
): Promise<DatabaseTarget> {
  let base: DatabaseTarget | undefined;
  if (db.url) {
    deps.setSecret(db.url);
    base = parseDatabaseUrl('database-url', db.url, { credentials: db.secretId ? 'optional' : 'required' });
    for (const s of secretsOf(base)) deps.setSecret(s);
  }
  if (!db.secretId) return base as DatabaseTarget;
  const { getSecretValue, regionOfSecretArn } = await import('../aws/secrets-manager.js');
  const region = regionOfSecretArn(db.secretId) ?? db.region;
  if (!region) {
    throw InputError.required(
      'aws-region',
      "the AWS region of 'database-secret-id' (or set AWS_REGION, or give the secret's ARN)",
    );
  }
  const secret = await getSecretValue(db.secretId, {
    input: 'database-secret-id',
    region,
    env: deps.env,
    clock: deps.clock,
  });
  deps.setSecret(secret.secretString);
  const target = targetFromSecret('database-secret-id', db.secretId, secret.secretString, base);
  for (const s of secretsOf(target)) deps.setSecret(s);
  return target;
}

/** SQL files for the lint when an external migrator runs them (its tool decides about transactions). */
export async function readLintFiles(globs: string[], workspace: string): Promise<LintFile[]> {
  const { glob } = await import('tinyglobby');
  const { readFileSync } = await import('node:fs');
  const files = (await glob(globs, { cwd: workspace, absolute: true, onlyFiles: true })).sort();
  return files.map((path) => {
    const display = displayPath(path, workspace);
    const sql = readFileSync(path, 'utf8');
    try {
      return {
        display,
        statements: splitStatements(sql),
        transactional: /^\s*--\s*keelson:no-transaction\b/m.test(sql) ? false : undefined,
        report: true,
      };
    } catch (e) {
      if (e instanceof SqlSyntaxError)
        throw new InputError('lint-paths', `${display}:${e.line}: ${e.message}.`);
      throw e;
    }
  });
}

function pendingOf(f: MigrationFile): PendingMigration {
  return {
    name: f.name,
    display: f.display,
    transactional: f.transactional,
    statements: f.statements.length,
  };
}

function lintBuiltIn(files: MigrationFile[], pending: Set<string>): LintResult {
  return lint(
    files.map((f) => ({
      display: f.display,
      statements: f.statements,
      transactional: f.transactional,
      report: pending.has(f.version),
    })),
    { newTables: 'reported' },
  );
}

/** Sessions a stopped migrator left running (its PGAPPNAME): terminated and waited for, up to 30 s. */
async function endLeftoverSessions(client: Client, appName: string, clock: Clock): Promise<number> {
  const deadline = clock.now() + 30_000;
  let ended = 0;
  for (;;) {
    const rows = (
      await client.query<{ pid: number }>(
        `SELECT pid FROM pg_stat_activity WHERE application_name = $1 AND pid <> pg_backend_pid()`,
        [appName.slice(0, 63)],
      )
    ).rows;
    if (rows.length === 0 || clock.now() >= deadline) return ended;
    for (const r of rows) {
      await client.query('SELECT pg_terminate_backend($1)', [r.pid]);
      ended++;
    }
    await clock.sleep(200);
  }
}

function snapshotSource(s: MigrateSettings, t: DatabaseTarget): { kind: 'instance' | 'cluster'; id: string } {
  const host = rdsFromHost(t.host);
  if (s.snapshot?.instance) return { kind: 'instance', id: s.snapshot.instance };
  if (s.snapshot?.cluster) return { kind: 'cluster', id: s.snapshot.cluster };
  if (t.dbInstanceIdentifier) return { kind: 'instance', id: t.dbInstanceIdentifier };
  if (t.dbClusterIdentifier) return { kind: 'cluster', id: t.dbClusterIdentifier };
  if (host.instance) return { kind: 'instance', id: host.instance };
  if (host.cluster) return { kind: 'cluster', id: host.cluster };
  throw InputError.required(
    'db-instance-identifier',
    "'snapshot: true' needs the RDS DB instance (or 'db-cluster-identifier' for Aurora) to snapshot; the database host is not an RDS endpoint and the secret names neither",
  );
}

function stamp(ms: number): string {
  return new Date(ms).toISOString().replace(/[-:T]/g, '').slice(0, 14);
}

export async function runMigrate(s: MigrateSettings, deps: MigrateDeps): Promise<MigrateRun> {
  const { clock } = deps;
  const started = clock.now();
  const result: MigrateResult = {
    status: 'failed',
    mode: s.mode,
    migrator: s.migrator,
    target: '',
    pending: [],
    applied: [],
    lockName: s.lockName,
    durationMs: 0,
    lint: { findings: [], allowed: [], files: 0, enabled: s.lint },
  };
  let work: Client | undefined;
  let lockClient: Client | undefined;
  let workP: Promise<Client> | undefined;
  let lockP: Promise<Client> | undefined;
  let lock: HeldLock | undefined;
  let error: Error | undefined;
  const appName = `keelson-migrate ${deps.holder}`;
  const childApp = `keelson-migrate-child ${deps.holder}`;
  try {
    const target = await resolveTarget(s.database, deps);
    result.target = describeTarget(target);
    const connect = (applicationName: string, pipeline = false): Promise<Client> =>
      openClient(target, { applicationName, source: s.database.source, pipeline });
    /** Runs `fn` on Keelson's lock connection, or on a fresh one when that is gone (or nested: never had). */
    const control = async <T>(fn: (c: Client) => Promise<T>): Promise<T> => {
      if (lockClient && !lock?.lost.aborted) {
        try {
          return await fn(lockClient);
        } catch {
          // fall through to a fresh connection
        }
      }
      const c = await connect(`${appName} control`);
      try {
        return await fn(c);
      } finally {
        await c.end().catch(() => undefined);
      }
    };

    // A nested run (keelson migrate inside a Job or a command Keelson started) under its parent's lock.
    const parentPid = Number(deps.env.KEELSON_MIGRATE_LOCK_PID ?? '');
    const parentLock = deps.env.KEELSON_MIGRATE_LOCK === s.lockName && parentPid > 0 ? parentPid : undefined;
    // The connections' handshakes overlap reading and linting the files; a bad input still wins (below).
    const needWork = s.migrator === 'keelson' || parentLock !== undefined;
    const needLock = !s.dryRun && parentLock === undefined;
    // node-postgres first, and one turn of the event loop after starting the connections: their sockets are
    // connecting (the server starting a backend for each) while the files are read, not after.
    if (needWork || needLock) await loadPg();
    workP = needWork ? connect(`${appName} migrator`, true) : undefined;
    lockP = needLock ? connect(appName) : undefined;
    for (const p of [workP, lockP]) p?.catch(() => undefined);
    if (needWork || needLock) await new Promise((resolve) => setImmediate(resolve));

    // Read everything the user gave before using the database.
    const files =
      s.migrator === 'keelson' ? readMigrations(s.dir, { input: 'dir', root: deps.workspace }) : undefined;
    let lintFiles: LintFile[] | undefined;
    if (s.lint && s.migrator === 'external') {
      lintFiles = await readLintFiles(s.lintPaths, deps.workspace);
      if (lintFiles.length === 0) {
        throw new InputError(
          'lint-paths',
          `The lint found no SQL migrations matching ${s.lintPaths.join(', ')}. Point 'lint-paths' at your migrator's SQL files, or set 'lint: false' for a migrator whose migrations are not SQL.`,
        );
      }
    }
    const source = s.snapshot ? snapshotSource(s, target) : undefined;
    const snapshotRegion = source ? (s.database.region ?? rdsFromHost(target.host).region) : undefined;
    if (source && !snapshotRegion) {
      throw InputError.required(
        'aws-region',
        'the AWS region of the database to snapshot (or set AWS_REGION)',
      );
    }

    let underParent = false;
    if (workP) work = await workP;
    if (work && parentLock !== undefined) underParent = await heldBy(work, lockKey(s.lockName), parentLock);
    if (files && work) {
      const plan = planMigrations(files, (await readLedger(work)) ?? [], {
        outOfOrder: s.outOfOrder,
        dir: displayPath(s.dir, deps.workspace),
      });
      result.pendingBefore = plan.pending.length;
      result.pending = plan.pending.map(pendingOf);
      // a nested run's parent linted the same files already
      if (s.lint && !underParent && plan.pending.length > 0) {
        result.lint = {
          ...lintBuiltIn(files, new Set(plan.pending.map((f) => f.version))),
          files: plan.pending.length,
          enabled: true,
        };
      }
    } else if (lintFiles && !underParent) {
      result.lint = {
        ...lint(lintFiles, { newTables: 'same-file' }),
        files: lintFiles.length,
        enabled: true,
      };
    }
    if (result.lint.findings.length > 0 && !s.allowDestructive) {
      result.status = 'refused';
      const n = result.lint.findings.length;
      throw new PolicyError(
        `The expand–contract lint found ${n} statement${n === 1 ? '' : 's'} that would make a rollback of the app need a rollback of the schema, or lock a table in use ` +
          `(${[...new Set(result.lint.findings.map((f) => f.rule))].join(', ')}); nothing was migrated. ` +
          "Fix them, accept each with '-- keelson:allow <rule> <reason>', or set 'allow-destructive: true'.",
      );
    }

    if (s.dryRun) {
      result.status = 'dry-run';
      if (s.command) result.ran = deps.masker.mask(s.command.join(' '));
      return finish();
    }

    // The lock: our own connection, or the parent's when this run is nested inside it.
    if (underParent) {
      deps.log(`Running under the lock '${s.lockName}' held by the parent run (pid ${parentLock}).`);
    } else {
      lockClient = await (lockP ?? connect(appName));
      deps.log(
        `Taking the migration lock '${s.lockName}' on ${result.target} (lock-timeout ${formatDuration(s.lockTimeoutMs)})…`,
      );
      lock = await acquireLock(lockClient, {
        name: s.lockName,
        timeoutMs: s.lockTimeoutMs,
        clock,
        applicationName: appName,
        signal: deps.signal,
        onWait: (holder, waited) =>
          deps.log(
            `Waiting for the migration lock '${s.lockName}': ${holder ? describeHolder(holder) : 'held by another session'} (waited ${formatDuration(waited)}).`,
          ),
      });
      result.lockWaitMs = lock.waitedMs;
      result.lockAcquireMs = lock.acquireMs;
      deps.log(`Holding the migration lock '${s.lockName}' (waited ${formatDuration(lock.waitedMs)}).`);
    }

    // Under the lock, the ledger is the truth: another run may have applied everything while we waited.
    let pending: MigrationFile[] = [];
    let workPid: number | undefined;
    let ledgerExists = false;
    if (files && work) {
      const w = work;
      // one round trip on the pipelined connection: the ledger and the backend pid (for cancelling)
      const [ledger, pidRow] = await Promise.all([
        readLedger(w),
        w.query<{ pid: number }>('SELECT pg_backend_pid() AS pid'),
      ]);
      workPid = pidRow.rows[0]?.pid;
      ledgerExists = ledger !== undefined;
      const plan = planMigrations(files, ledger ?? [], {
        outOfOrder: s.outOfOrder,
        dir: displayPath(s.dir, deps.workspace),
      });
      pending = plan.pending;
      result.pending = pending.map(pendingOf);
      if (pending.length === 0) {
        result.status = 'up-to-date';
        deps.log(`Nothing to migrate: all ${files.length} migrations are applied.`);
        return finish();
      }
    }

    if (source) {
      const { createSnapshot, waitForSnapshot, snapshotId } = await import('../aws/rds.js');
      const id = snapshotId([
        'keelson',
        source.id,
        stamp(clock.now()),
        deps.holder.replace(/^github-run-/, 'run-'),
      ]);
      const opts = {
        region: snapshotRegion as string,
        env: deps.env,
        clock,
        signal: deps.signal,
        input: 'snapshot',
      };
      deps.log(
        `Creating RDS ${source.kind === 'instance' ? 'DB' : 'DB cluster'} snapshot ${id} of ${source.id}…`,
      );
      await createSnapshot(
        source,
        id,
        { 'keelson:holder': deps.holder, ...(deps.runUrl ? { 'keelson:run-url': deps.runUrl } : {}) },
        opts,
      );
      result.snapshotId = id;
      await waitForSnapshot(source, id, {
        ...opts,
        timeoutMs: s.snapshot?.timeoutMs ?? 3_600_000,
        onProgress: (snap, waited) =>
          deps.log(`Snapshot ${id} is ${snap.status} (${formatDuration(waited)}).`),
      });
      deps.log(`Snapshot ${id} is available.`);
    }

    // The migrator, stopped by a cancel, the timeout, or losing the lock.
    const stop = new AbortController();
    const stopTimer = new AbortController();
    const abortWith = (reason: unknown): void => {
      if (!stop.signal.aborted) stop.abort(reason instanceof Error ? reason : new Error(String(reason)));
    };
    const onCancel = (): void => abortWith(deps.signal?.reason ?? new Error('cancelled'));
    const onLost = (): void => abortWith(lock?.lost.reason);
    deps.signal?.addEventListener('abort', onCancel, { once: true });
    lock?.lost.addEventListener('abort', onLost, { once: true });
    if (deps.signal?.aborted) onCancel();
    void clock.sleep(s.timeoutMs, stopTimer.signal).then(
      () => abortWith(new Error(`timed out after ${formatDuration(s.timeoutMs)} (timeout)`)),
      () => undefined,
    );
    try {
      if (files && work) {
        const applied = await applyMigrations(work, pending, {
          ledgerExists,
          clock,
          signal: stop.signal,
          appliedBy: deps.holder,
          cancel: async () => {
            if (workPid) await control((c) => c.query('SELECT pg_cancel_backend($1)', [workPid]));
          },
          onStart: (batch) => {
            const f = batch[0] as MigrationFile;
            const n = (x: number, what: string): string => `${x} ${what}${x === 1 ? '' : 's'}`;
            deps.log(
              batch.length === 1
                ? `Applying ${f.display} (${f.transactional ? 'one transaction' : 'no transaction'}, ${n(f.statements.length, 'statement')})`
                : `Applying ${f.display} … ${batch[batch.length - 1]?.display} (${n(batch.length, 'migration')}, one transaction each, sent together)`,
            );
          },
          onApplied: (m) => deps.log(`Applied ${m.display} in ${formatDuration(Math.round(m.durationMs))}`),
        });
        result.applied = applied.applied;
        if (applied.failure) {
          result.failureAt = { file: applied.failure.file.display, line: applied.failure.line };
          throw new PolicyError(describeFailure(applied.failure));
        }
        result.status = 'migrated';
      } else if (s.mode === 'command' && s.command) {
        const env = migratorEnv(
          deps.env,
          target,
          lock ? { name: s.lockName, pid: lock.pid } : undefined,
          childApp,
          s.env,
        );
        const argv = s.command[0] === 'bash' ? s.command : expandArgs('command', s.command, env);
        result.ran = deps.masker.mask(s.command.join(' '));
        deps.log(`Running ${result.ran}`);
        const wrap =
          deps.output ?? (async <T>(fn: (write: (c: string) => void) => Promise<T>) => fn(() => undefined));
        const child = await wrap((write) =>
          runMigrator(argv, {
            cwd: s.workingDirectory,
            env,
            masker: deps.masker,
            onOutput: write,
            signal: stop.signal,
          }),
        );
        result.exitCode = child.exitCode;
        const ended = await control((c) => endLeftoverSessions(c, childApp, clock));
        if (ended > 0) deps.log(`Ended ${ended} database session(s) the migrator left running.`);
        if (child.stopped) {
          throw new PolicyError(
            `The migrator was stopped: ${child.stopped}. Its database sessions were ended before the lock was released.`,
          );
        }
        if (child.exitCode !== 0) {
          throw new PolicyError(
            `The migrator exited with code ${child.exitCode}${child.signal ? ` (${child.signal})` : ''}${child.tail.length ? `: ${child.tail[child.tail.length - 1]}` : ''}`,
          );
        }
        result.status = 'migrated';
      } else if (s.mode === 'job') {
        const { runMigrationJob } = await import('./job.js');
        const job = await runMigrationJob(s, {
          clock,
          signal: stop.signal,
          kube: deps.kube,
          masker: deps.masker,
          setSecret: deps.setSecret,
          log: deps.log,
          output: deps.output,
          workspace: deps.workspace,
          holder: deps.holder,
          lock: lock ? { name: s.lockName, pid: lock.pid } : undefined,
          appName: childApp,
          saveState: deps.saveState,
        });
        result.exitCode = job.exitCode;
        result.ran = job.name;
        const ended = await control((c) => endLeftoverSessions(c, childApp, clock));
        if (ended > 0) deps.log(`Ended ${ended} database session(s) the migration Job left running.`);
        if (job.failure) throw new PolicyError(job.failure);
        result.status = 'migrated';
      }
    } finally {
      stopTimer.abort();
      deps.signal?.removeEventListener('abort', onCancel);
      lock?.lost.removeEventListener('abort', onLost);
    }
    return finish();
  } catch (e) {
    if (result.status !== 'refused') result.status = 'failed';
    error = e instanceof Error ? e : new Error(errorMessage(e));
    const described = describeError(error);
    if (described.expected) result.failure = described.message;
    return finish();
  } finally {
    // the migrator's connection closes while the lock is released
    const closing = (async () => {
      work ??= await workP?.catch(() => undefined);
      if (work) await work.end().catch(() => undefined);
    })();
    if (lock) {
      const ok = await lock.release();
      if (!ok) deps.warn?.(`The migration lock '${s.lockName}' had already been lost when it was released.`);
      else deps.log(`Released the migration lock '${s.lockName}'.`);
    } else {
      lockClient ??= await lockP?.catch(() => undefined);
      if (lockClient) await lockClient.end().catch(() => undefined);
    }
    await closing;
  }

  function finish(): MigrateRun {
    result.durationMs = clock.now() - started;
    return { result, markdown: renderMigrateSummary(result), error };
  }
}

export interface StatusRow {
  version: string;
  name: string;
  state: 'applied' | 'pending' | 'edited' | 'missing';
  appliedAt?: Date;
}

/** Every migration's state against the ledger (applied, pending, edited, missing); changes nothing. */
export async function migrationStatus(
  s: MigrateSettings,
  deps: Pick<MigrateDeps, 'setSecret' | 'env' | 'clock' | 'signal' | 'workspace' | 'holder'>,
): Promise<{ target: string; rows: StatusRow[] }> {
  const target = await resolveTarget(s.database, deps);
  const files = readMigrations(s.dir, { input: 'dir', root: deps.workspace });
  const client = await openClient(target, {
    applicationName: `keelson-migrate ${deps.holder} status`,
    source: s.database.source,
  });
  try {
    const ledger = new Map(((await readLedger(client)) ?? []).map((r) => [r.version, r]));
    const rows: StatusRow[] = files.map((f) => {
      const row = ledger.get(f.version);
      ledger.delete(f.version);
      if (!row) return { version: f.version, name: f.name, state: 'pending' };
      return {
        version: f.version,
        name: f.name,
        state: row.checksum === f.checksum ? 'applied' : 'edited',
        appliedAt: row.appliedAt,
      };
    });
    for (const row of ledger.values()) {
      rows.push({ version: row.version, name: row.name, state: 'missing', appliedAt: row.appliedAt });
    }
    rows.sort((a, b) =>
      BigInt(a.version) < BigInt(b.version) ? -1 : BigInt(a.version) > BigInt(b.version) ? 1 : 0,
    );
    return { target: describeTarget(target), rows };
  } finally {
    await client.end().catch(() => undefined);
  }
}
