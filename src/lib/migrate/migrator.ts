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
  const exists = await client.query<{ t: string | null }>(`SELECT to_regclass($1)::text AS t`, [LEDGER]);
  if (!exists.rows[0]?.t) return undefined;
  const res = await client.query<{
    version: string;
    name: string;
    checksum: string;
    applied_at: Date;
    execution_ms: number;
    transactional: boolean;
    applied_by: string;
  }>(`SELECT version, name, checksum, applied_at, execution_ms, transactional, applied_by FROM ${LEDGER}`);
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
  /** Aborting cancels the running statement (through `cancel`) and stops before the next one. */
  signal?: AbortSignal;
  /** Cancels the statement running on the migration connection (pg_cancel_backend from another session). */
  cancel?: () => Promise<void>;
  appliedBy: string;
  onStart?: (f: MigrationFile) => void;
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

/** Applies `pending` in order on `client` (not the lock's connection). Stops at the first failure. */
export async function applyMigrations(
  client: Client,
  pending: MigrationFile[],
  deps: ApplyDeps,
): Promise<ApplyResult> {
  const applied: AppliedMigration[] = [];
  let running = false;
  const onAbort = (): void => {
    if (running) void deps.cancel?.().catch(() => undefined);
  };
  deps.signal?.addEventListener('abort', onAbort);
  try {
    if (pending.length > 0) await ensureLedger(client);
    for (const file of pending) {
      if (deps.signal?.aborted) break;
      deps.onStart?.(file);
      const started = deps.clock.now();
      let index = 0;
      let inTx = false;
      try {
        if (file.transactional) {
          await client.query('BEGIN');
          inTx = true;
        }
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
        await client.query(
          `INSERT INTO ${LEDGER} (version, name, checksum, transactional, statements, execution_ms, applied_by)
           VALUES ($1, $2, $3, $4, $5, $6, $7)`,
          [
            file.version,
            file.name,
            file.checksum,
            file.transactional,
            file.statements.length,
            Math.round(durationMs),
            deps.appliedBy.slice(0, 200),
          ],
        );
        if (inTx) await client.query('COMMIT');
        inTx = false;
        const m: AppliedMigration = {
          version: file.version,
          name: file.name,
          display: file.display,
          transactional: file.transactional,
          statements: file.statements.length,
          durationMs,
        };
        applied.push(m);
        deps.onApplied?.(m);
      } catch (e) {
        const cancelled = deps.signal?.aborted === true;
        let rolledBack = false;
        if (inTx) {
          try {
            await client.query('ROLLBACK');
            rolledBack = true;
          } catch {
            // the connection is gone: the server rolls the transaction back
            rolledBack = true;
          }
        }
        const atStatement = Math.min(index, Math.max(0, file.statements.length - 1));
        const reason = cancelled ? errorMessage(deps.signal?.reason) : errorMessage(e);
        return {
          applied,
          failure: {
            file,
            line:
              index < file.statements.length
                ? errorLine(file, atStatement, e)
                : (file.statements.at(-1)?.line ?? 1),
            message: (reason.split('\n')[0] ?? '').trim(),
            code: cancelled ? undefined : pgCode(e),
            rolledBack: file.transactional ? rolledBack : false,
            completedStatements: file.transactional ? 0 : index,
            cancelled,
          },
        };
      }
    }
    return { applied };
  } finally {
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
