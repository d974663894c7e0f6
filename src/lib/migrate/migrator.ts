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
import { loadPg, pgCode } from './connect.js';
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

/** The JS index of PostgreSQL's 1-based character `position` (code points, not UTF-16 units) in `text`. */
function indexOfPosition(text: string, position: number): number {
  let i = 0;
  for (let cp = 1; cp < position && i < text.length; cp++) {
    const c = text.charCodeAt(i);
    i += c >= 0xd800 && c <= 0xdbff && i + 1 < text.length ? 2 : 1;
  }
  return i;
}

/** PostgreSQL's `position` of an error (1-based, in characters of the query text), if it has one. */
function positionOf(e: unknown): number | undefined {
  const pos = Number((e as { position?: unknown } | null)?.position);
  return Number.isFinite(pos) && pos > 0 ? pos : undefined;
}

/**
 * The line a PostgreSQL error points at: where it points inside the statement (`at`, an index into the
 * statement's text, or the error's position when the statement was sent alone), else the statement's first line.
 */
function errorLine(file: MigrationFile, statementIndex: number, e: unknown, at?: number): number {
  const st = file.statements[statementIndex];
  if (!st) return 1;
  if (at !== undefined) return lineOf(file.sql, st.start + at);
  const pos = positionOf(e);
  if (pos !== undefined) return lineOf(file.sql, st.start + indexOfPosition(st.text, pos));
  return st.line;
}

/** A SQL string literal (node-postgres' escaping: doubled quotes, E'' when there is a backslash). */
function literal(value: string): string {
  const quoted = `'${value.replace(/'/g, "''")}'`;
  return value.includes('\\') ? ` E${quoted.replace(/\\/g, '\\\\')}` : quoted;
}

/**
 * The session setting that names the last migration whose ledger row this connection committed. Set by the
 * ledger INSERT itself, inside the migration's transaction: PostgreSQL undoes a setting made in a transaction
 * that does not commit, so it moves only when the migration and its row are both committed.
 */
const LAST_COMMITTED = 'keelson.last_committed';

function ledgerInsert(file: MigrationFile, executionMs: string, appliedBy: string): string {
  return (
    `INSERT INTO ${LEDGER} (version, name, checksum, transactional, statements, execution_ms, applied_by) VALUES (` +
    `${literal(file.version)}, ${literal(file.name)}, ${literal(file.checksum)}, ${file.transactional}, ` +
    `${file.statements.length}, ${executionMs}, ${literal(appliedBy.slice(0, 200))}) ` +
    `RETURNING execution_ms, set_config('${LAST_COMMITTED}', version, false)`
  );
}

/**
 * Stops the rest of a pipeline (a division by zero) unless `version` is the last migration this connection
 * committed. It reads a session setting, not the ledger: a tenth of a millisecond less per file on the server.
 */
function guard(version: string): string {
  return `SELECT 1 / (current_setting('${LAST_COMMITTED}', true) IS NOT DISTINCT FROM ${literal(version)})::integer AS guard`;
}

/** A simple-protocol message: its statements joined, and where each starts (to map an error back). */
interface Script {
  text: string;
  starts: number[];
}

function script(parts: string[]): Script {
  const starts: number[] = [];
  let at = 0;
  for (const p of parts) {
    starts.push(at);
    at += p.length + 2;
  }
  return { text: parts.join(';\n'), starts };
}

interface ScriptOutcome {
  /** Statements of the message that completed (the failing one is the next). */
  completed: number;
  error?: unknown;
  results: { command: string; rows: Record<string, unknown>[] }[];
}

type PgModule = Awaited<ReturnType<typeof loadPg>>;
type QueryCtor = new (
  config: { text: string },
  values: undefined,
  callback: (err: Error | null, res: unknown) => void,
) => { completed: number };

const counting = new WeakMap<object, QueryCtor>();

/** node-postgres' Query, counting the statements of a multi-statement message as they complete. */
function countingQuery(pg: PgModule): QueryCtor {
  let ctor = counting.get(pg);
  if (!ctor) {
    const Base = pg.Query as unknown as new (...args: unknown[]) => {
      handleCommandComplete(msg: unknown, con: unknown): void;
    };
    class CountingQuery extends Base {
      completed = 0;
      override handleCommandComplete(msg: unknown, con: unknown): void {
        this.completed++;
        super.handleCommandComplete(msg, con);
      }
    }
    ctor = CountingQuery as unknown as QueryCtor;
    counting.set(pg, ctor);
  }
  return ctor;
}

/** Sends one message (pipelined behind what was sent before); resolves, never rejects. */
function send(client: Client, Query: QueryCtor, text: string): Promise<ScriptOutcome> {
  return new Promise((resolve) => {
    const q = new Query({ text }, undefined, (err, res) => {
      if (err) resolve({ completed: q.completed, error: err, results: [] });
      else
        resolve({
          completed: q.completed,
          results: (Array.isArray(res) ? res : [res]) as ScriptOutcome['results'],
        });
    });
    void client.query(q as never);
  });
}

type BatchOutcome =
  | { file: MigrationFile; durationMs: number }
  | { file: MigrationFile; failedAt: number; error: unknown; at?: number };

/** A no-transaction file whose statements all ran: its ledger row is sent ahead of the next batch. */
interface Carry {
  file: MigrationFile;
  durationMs: number;
}

/**
 * Consecutive transactional files in one round trip: each file is one simple-protocol message —
 * `BEGIN; (a guard;) its statements; its ledger row; COMMIT` — and the messages are sent together (pipelined).
 * PostgreSQL runs a message's statements in order and stops at the first error, leaving the transaction
 * aborted: nothing of the file stays, and every later message fails until the ROLLBACK sent after them. Every
 * later file first checks that the previous file was the last one committed (its ledger INSERT records that in
 * a session setting), so nothing after a failure commits (also when COMMIT itself fails). A no-transaction
 * file's ledger row (`carry`) goes first, as its own message. The failing statement is the one after the last
 * that completed (or the one an error's position points into).
 * Each file's time is measured by the server (clock_timestamp() − now(), the transaction's start) and returned
 * by its ledger INSERT.
 */
async function applyBatch(
  client: Client,
  pg: PgModule,
  files: MigrationFile[],
  deps: ApplyDeps,
  carry: Carry | undefined,
): Promise<{ carried?: unknown; outcomes: BatchOutcome[] }> {
  const Query = countingQuery(pg);
  const carried = carry
    ? send(client, Query, ledgerInsert(carry.file, String(Math.round(carry.durationMs)), deps.appliedBy))
    : undefined;
  const plan = files.map((file, i) => {
    const prev = i > 0 ? files[i - 1]?.version : carry?.file.version;
    const head = prev === undefined ? ['BEGIN'] : ['BEGIN', guard(prev)];
    const s = script([
      ...head,
      ...file.statements.map((st) => st.text),
      ledgerInsert(file, '(extract(epoch FROM clock_timestamp() - now()) * 1000)::integer', deps.appliedBy),
      'COMMIT',
    ]);
    return { file, first: head.length, script: s, outcome: send(client, Query, s.text) };
  });
  const settle = async (): Promise<void> => {
    await Promise.all(plan.map((p) => p.outcome));
    // the failed file left its transaction aborted (or open, when a cancel landed between statements)
    await client.query('ROLLBACK').catch(() => undefined);
  };
  if (carried) {
    const c = await carried;
    if (c.error !== undefined) {
      await settle();
      return { carried: c.error, outcomes: [] };
    }
  }
  const out: BatchOutcome[] = [];
  for (const { file, first, script: s, outcome } of plan) {
    const o = await outcome;
    if (o.error !== undefined) {
      await settle();
      const pos = positionOf(o.error);
      if (pos === undefined) {
        out.push({ file, failedAt: o.completed - first, error: o.error });
        return { outcomes: out };
      }
      // The error points into the message (a syntax error fails it before anything runs): find the part.
      const at = indexOfPosition(s.text, pos);
      let part = 0;
      while (part + 1 < s.starts.length && (s.starts[part + 1] as number) <= at) part++;
      out.push({ file, failedAt: part - first, error: o.error, at: at - (s.starts[part] as number) });
      return { outcomes: out };
    }
    const commit = o.results[o.results.length - 1];
    if (commit?.command !== 'COMMIT') {
      await settle();
      out.push({
        file,
        failedAt: file.statements.length - 1,
        error: new Error(`COMMIT answered ${commit?.command ?? 'nothing'}`),
      });
      return { outcomes: out };
    }
    const insert = o.results[o.results.length - 2];
    out.push({ file, durationMs: Number(insert?.rows[0]?.execution_ms ?? 0) });
  }
  return { outcomes: out };
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
  const doneCarry = (c: Carry): void =>
    done({
      version: c.file.version,
      name: c.file.name,
      display: c.file.display,
      transactional: false,
      statements: c.file.statements.length,
      durationMs: c.durationMs,
    });
  const failure = (
    file: MigrationFile,
    index: number,
    e: unknown,
    completed: number,
    at?: number,
  ): ApplyResult => {
    const cancelled = deps.signal?.aborted === true;
    const reason = cancelled ? errorMessage(deps.signal?.reason) : errorMessage(e);
    const atStatement = Math.min(Math.max(0, index), Math.max(0, file.statements.length - 1));
    return {
      applied,
      failure: {
        file,
        line:
          index >= 0 && index < file.statements.length
            ? errorLine(file, atStatement, e, at)
            : (file.statements[atStatement]?.line ?? 1),
        message: (reason.split('\n')[0] ?? '').trim(),
        code: cancelled ? undefined : pgCode(e),
        rolledBack: file.transactional,
        completedStatements: file.transactional ? 0 : completed,
        cancelled,
      },
    };
  };
  /** A no-transaction file's ledger row on its own (before another no-transaction file, or at the end). */
  const record = async (c: Carry): Promise<ApplyResult | undefined> => {
    try {
      await client.query(ledgerInsert(c.file, String(Math.round(c.durationMs)), deps.appliedBy));
    } catch (e) {
      const n = c.file.statements.length;
      return failure(c.file, n, e, n);
    }
    doneCarry(c);
    return undefined;
  };
  try {
    if (pending.length === 0) return { applied };
    const pg = await loadPg();
    if (!deps.ledgerExists) await ensureLedger(client);
    let carry: Carry | undefined;
    for (let i = 0; i < pending.length; i++) {
      const file = pending[i] as MigrationFile;
      if (deps.signal?.aborted) {
        if (carry) return (await record(carry)) ?? failure(file, 0, deps.signal.reason, 0);
        return failure(file, 0, deps.signal.reason, 0);
      }
      if (file.transactional) {
        const batch = [file];
        for (let k = i + 1; k < pending.length && pending[k]?.transactional; k++)
          batch.push(pending[k] as MigrationFile);
        i += batch.length - 1;
        deps.onStart?.(batch);
        running = true;
        const sent = carry;
        carry = undefined;
        const { carried, outcomes } = await applyBatch(client, pg, batch, deps, sent).finally(
          () => (running = false),
        );
        if (sent) {
          const n = sent.file.statements.length;
          if (carried !== undefined) return failure(sent.file, n, carried, n);
          doneCarry(sent);
        }
        for (const o of outcomes) {
          if ('failedAt' in o) return failure(o.file, o.failedAt, o.error, 0, o.at);
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
      if (carry) {
        const failed = await record(carry);
        carry = undefined;
        if (failed) return failed;
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
      } catch (e) {
        return failure(file, index, e, index);
      }
      // recorded with the next batch's round trip (or on its own)
      carry = { file, durationMs: deps.clock.now() - started };
    }
    if (carry) {
      const failed = await record(carry);
      if (failed) return failed;
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
