/**
 * Keelson's built-in migrator: applies pending `migrations/*.sql` in version order, each file in one
 * transaction together with its row in the `keelson_schema_migrations` ledger (so a file is either applied
 * and recorded, or neither), statement by statement like `psql -f`, so a failure names the file and line.
 * `-- keelson:no-transaction` files run their statements one by one in autocommit (CREATE INDEX
 * CONCURRENTLY) and are recorded after the last one succeeds. An applied file that was edited or removed,
 * or a new file older than the newest applied one, stops the run before anything is applied.
 */
import type { Client } from 'pg';
import type { Clock } from '../clock.js';
import { PolicyError, errorMessage } from '../errors.js';
import { pgCode } from './connect.js';
import { compareVersions, type MigrationFile } from './files.js';
import { lineOf } from './sql.js';

export const LEDGER = 'keelson_schema_migrations';

export interface LedgerRow {
  version: string;
  name: string;
  checksum: string;
  appliedAt: Date;
  executionMs: number;
  transactional: boolean;
  appliedBy: string;
}

/** The ledger's rows, or undefined when the table does not exist yet (nothing was ever applied). */
export async function readLedger(client: Client): Promise<LedgerRow[] | undefined> {
  let res;
  try {
    res = await client.query<{
      version: string;
      name: string;
      checksum: string;
      applied_at: Date;
      execution_ms: number;
      transactional: boolean;
      applied_by: string;
    }>(`SELECT version, name, checksum, applied_at, execution_ms, transactional, applied_by FROM ${LEDGER}`);
  } catch (e) {
    if (pgCode(e) === '42P01') return undefined; // undefined_table: nothing was ever applied
    throw e;
  }
  return res.rows
    .map((r) => ({
      version: r.version,
      name: r.name,
      checksum: r.checksum,
      appliedAt: r.applied_at,
      executionMs: r.execution_ms,
      transactional: r.transactional,
      appliedBy: r.applied_by,
    }))
    .sort((a, b) => compareVersions(a.version, b.version));
}

export async function ensureLedger(client: Client): Promise<void> {
  await client.query(`CREATE TABLE IF NOT EXISTS ${LEDGER} (
    version       text PRIMARY KEY,
    name          text NOT NULL,
    checksum      text NOT NULL,
    transactional boolean NOT NULL,
    statements    integer NOT NULL,
    applied_at    timestamptz NOT NULL DEFAULT now(),
    execution_ms  integer NOT NULL,
    applied_by    text NOT NULL
  )`);
}

export interface MigrationPlan {
  files: MigrationFile[];
  /** Ledger rows; empty when the ledger does not exist. */
  ledger: LedgerRow[];
  applied: { file: MigrationFile; row: LedgerRow }[];
  pending: MigrationFile[];
}

function iso(d: Date): string {
  return d.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** Compares the files with the ledger. Throws PolicyError for an edited, missing or out-of-order migration. */
export function planMigrations(
  files: MigrationFile[],
  ledger: LedgerRow[],
  opts: { outOfOrder: boolean; dir: string },
): MigrationPlan {
  const byVersion = new Map(files.map((f) => [f.version, f]));
  const problems: string[] = [];
  const applied: MigrationPlan['applied'] = [];
  for (const row of ledger) {
    const file = byVersion.get(row.version);
    if (!file) {
      problems.push(
        `${row.name} (version ${row.version}) was applied on ${iso(row.appliedAt)} but is missing from ${opts.dir}. ` +
          'Restore it: applied migrations are history and stay in the folder.',
      );
    } else if (file.checksum !== row.checksum) {
      problems.push(
        `${file.display} was edited after it was applied on ${iso(row.appliedAt)} (checksum ${row.checksum.slice(0, 12)}… then, ${file.checksum.slice(0, 12)}… now). ` +
          'Revert the edit and put the change in a new migration.',
      );
    } else applied.push({ file, row });
  }
  const done = new Set(ledger.map((r) => r.version));
  const pending = files.filter((f) => !done.has(f.version));
  const newest = ledger[ledger.length - 1];
  if (newest && !opts.outOfOrder) {
    for (const f of pending) {
      if (compareVersions(f.version, newest.version) < 0) {
        problems.push(
          `${f.display} is older than ${newest.name}, which was already applied (${iso(newest.appliedAt)}): it would run out of order. ` +
            "Give it a version after the newest applied one, or set 'out-of-order: true' if it does not depend on the migrations in between.",
        );
      }
    }
  }
  if (problems.length > 0) {
    throw new PolicyError(
      problems.length === 1
        ? `Refusing to migrate: ${problems[0]}`
        : `Refusing to migrate (${problems.length} problems): ${problems.join(' ')}`,
    );
  }
  return { files, ledger, applied, pending };
}

export interface AppliedMigration {
  version: string;
  name: string;
  display: string;
  transactional: boolean;
  statements: number;
  durationMs: number;
}

export interface MigrationFailure {
  file: MigrationFile;
  line: number;
  /** PostgreSQL's message (first line) and SQLSTATE. */
  message: string;
  code?: string;
  /** True when the file's transaction was rolled back (nothing of it stayed). */
  rolledBack: boolean;
  /** no-transaction files: statements that had completed before the failing one. */
  completedStatements: number;
  cancelled: boolean;
}

export interface ApplyResult {
  applied: AppliedMigration[];
  failure?: MigrationFailure;
}

export interface ApplyDeps {
  clock: Clock;
  /** The ledger table exists already (no CREATE TABLE IF NOT EXISTS round trip). */
  ledgerExists?: boolean;
  /** Aborting cancels the running statement (through `cancel`) and stops before the next one. */
  signal?: AbortSignal;
  /** Cancels the statement running on the migration connection (pg_cancel_backend from another session). */
  cancel?: () => Promise<void>;
  appliedBy: string;
  /** Called with the files about to run together (consecutive transactional files are sent at once). */
  onStart?: (files: MigrationFile[]) => void;
  onApplied?: (m: AppliedMigration) => void;
}

/** The line a PostgreSQL error points at: its position inside the statement, else the statement's first line. */
function errorLine(file: MigrationFile, statementIndex: number, e: unknown): number {
  const st = file.statements[statementIndex];
  if (!st) return 1;
  const pos = Number((e as { position?: unknown }).position);
  if (Number.isFinite(pos) && pos > 0) return lineOf(file.sql, st.start + pos - 1);
  return st.line;
}

const LEDGER_INSERT = `INSERT INTO ${LEDGER} (version, name, checksum, transactional, statements, execution_ms, applied_by)
  VALUES ($1, $2, $3, $4, $5, $6, $7)`;

function ledgerValues(file: MigrationFile, durationMs: number, appliedBy: string): unknown[] {
  return [
    file.version,
    file.name,
    file.checksum,
    file.transactional,
    file.statements.length,
    Math.round(durationMs),
    appliedBy.slice(0, 200),
  ];
}

type BatchOutcome =
  { file: MigrationFile; durationMs: number } | { file: MigrationFile; failedAt: number; error: unknown };

/**
 * Consecutive transactional files in one round trip: for each, BEGIN, (a guard,) its statements, its ledger
 * row and COMMIT, all sent together (node-postgres pipeline mode on the migrator's connection; one by one
 * otherwise). After an error the server ignores the rest of that transaction and answers its COMMIT with
 * ROLLBACK, so nothing of the file stays. Every later file first checks that the previous file's ledger row
 * exists (a division by zero when it does not), so nothing after a failure commits. The first rejected
 * query is the failing statement. Each file's time is measured by the server (clock_timestamp() − now(), the
 * transaction's start) and returned by its ledger INSERT.
 */
async function applyBatch(client: Client, files: MigrationFile[], deps: ApplyDeps): Promise<BatchOutcome[]> {
  type Q = Promise<{ command: string; rows: { execution_ms?: number }[] }>;
  const plan = files.map((file, i) => {
    const queries: Q[] = [client.query('BEGIN')];
    const prev = files[i - 1];
    if (prev) {
      queries.push(
        client.query(`SELECT 1 / (SELECT count(*) FROM ${LEDGER} WHERE version = $1)::integer AS guard`, [
          prev.version,
        ]),
      );
    }
    const first = queries.length;
    for (const st of file.statements) queries.push(client.query(st.text));
    queries.push(
      client.query(
        `INSERT INTO ${LEDGER} (version, name, checksum, transactional, statements, execution_ms, applied_by)
         VALUES ($1, $2, $3, true, $4, (extract(epoch FROM clock_timestamp() - now()) * 1000)::integer, $5)
         RETURNING execution_ms`,
        [file.version, file.name, file.checksum, file.statements.length, deps.appliedBy.slice(0, 200)],
      ),
    );
    queries.push(client.query('COMMIT'));
    return { file, first, queries };
  });
  const out: BatchOutcome[] = [];
  for (const { file, first, queries } of plan) {
    const settled = await Promise.allSettled(queries);
    const failed = settled.findIndex((r) => r.status === 'rejected');
    if (failed >= 0) {
      // the rest of the pipeline is refused by the guards; wait for it before the next use of the connection
      await Promise.allSettled(plan.flatMap((p) => p.queries));
      out.push({ file, failedAt: failed - first, error: (settled[failed] as PromiseRejectedResult).reason });
      return out;
    }
    const commit = settled[settled.length - 1] as PromiseFulfilledResult<{ command: string }>;
    if (commit.value.command !== 'COMMIT') {
      await Promise.allSettled(plan.flatMap((p) => p.queries));
      out.push({
        file,
        failedAt: file.statements.length - 1,
        error: new Error(`COMMIT answered ${commit.value.command}`),
      });
      return out;
    }
    const insert = settled[settled.length - 2] as PromiseFulfilledResult<{
      rows: { execution_ms?: number }[];
    }>;
    out.push({ file, durationMs: Number(insert.value.rows[0]?.execution_ms ?? 0) });
  }
  return out;
}

/** Applies `pending` in order on `client` (not the lock's connection). Stops at the first failure. */
export async function applyMigrations(
  client: Client,
  pending: MigrationFile[],
  deps: ApplyDeps,
): Promise<ApplyResult> {
  const applied: AppliedMigration[] = [];
  let running = false;
  let cancelling: NodeJS.Timeout | undefined;
  const onAbort = (): void => {
    // keep cancelling until the running file gives up: a cancel that lands between two pipelined
    // statements finds nothing to cancel
    const tick = (): void => {
      if (running) void deps.cancel?.().catch(() => undefined);
    };
    tick();
    cancelling = setInterval(tick, 200);
  };
  deps.signal?.addEventListener('abort', onAbort);
  const done = (m: AppliedMigration): void => {
    applied.push(m);
    deps.onApplied?.(m);
  };
  const failure = (file: MigrationFile, index: number, e: unknown, completed: number): ApplyResult => {
    const cancelled = deps.signal?.aborted === true;
    const reason = cancelled ? errorMessage(deps.signal?.reason) : errorMessage(e);
    const atStatement = Math.min(Math.max(0, index), Math.max(0, file.statements.length - 1));
    return {
      applied,
      failure: {
        file,
        line:
          index >= 0 && index < file.statements.length
            ? errorLine(file, atStatement, e)
            : (file.statements[atStatement]?.line ?? 1),
        message: (reason.split('\n')[0] ?? '').trim(),
        code: cancelled ? undefined : pgCode(e),
        rolledBack: file.transactional,
        completedStatements: file.transactional ? 0 : completed,
        cancelled,
      },
    };
  };
  try {
    if (pending.length > 0 && !deps.ledgerExists) await ensureLedger(client);
    for (let i = 0; i < pending.length; i++) {
      const file = pending[i] as MigrationFile;
      if (deps.signal?.aborted) return failure(file, 0, deps.signal.reason, 0);
      if (file.transactional) {
        const batch = [file];
        for (let k = i + 1; k < pending.length && pending[k]?.transactional; k++)
          batch.push(pending[k] as MigrationFile);
        i += batch.length - 1;
        deps.onStart?.(batch);
        running = true;
        const outcomes = await applyBatch(client, batch, deps).finally(() => (running = false));
        for (const o of outcomes) {
          if ('failedAt' in o) return failure(o.file, o.failedAt, o.error, 0);
          done({
            version: o.file.version,
            name: o.file.name,
            display: o.file.display,
            transactional: true,
            statements: o.file.statements.length,
            durationMs: o.durationMs,
          });
        }
        continue;
      }
      // no-transaction: one statement at a time in autocommit; nothing after a failure runs
      deps.onStart?.([file]);
      const started = deps.clock.now();
      let index = 0;
      try {
        for (index = 0; index < file.statements.length; index++) {
          deps.signal?.throwIfAborted();
          running = true;
          try {
            await client.query((file.statements[index] as { text: string }).text);
          } finally {
            running = false;
          }
        }
        deps.signal?.throwIfAborted();
        const durationMs = deps.clock.now() - started;
        await client.query(LEDGER_INSERT, ledgerValues(file, durationMs, deps.appliedBy));
        done({
          version: file.version,
          name: file.name,
          display: file.display,
          transactional: false,
          statements: file.statements.length,
          durationMs,
        });
      } catch (e) {
        return failure(file, index, e, index);
      }
    }
    return { applied };
  } finally {
    if (cancelling) clearInterval(cancelling);
    deps.signal?.removeEventListener('abort', onAbort);
  }
}

/** The one line a failed migration ends the step with. */
export function describeFailure(f: MigrationFailure): string {
  const what = f.cancelled ? `stopped: ${f.message}` : `${f.message}${f.code ? ` (SQLSTATE ${f.code})` : ''}`;
  if (f.file.transactional) {
    return `${f.file.display}:${f.line}: ${what}. The migration was rolled back; the ledger is unchanged.`;
  }
  return (
    `${f.file.display}:${f.line}: ${what}. This is a keelson:no-transaction migration: ${f.completedStatements} statement(s) before line ${f.line} ` +
    'were applied and stay applied; the file runs again from its first statement next time, so each statement must be idempotent.'
  );
}
