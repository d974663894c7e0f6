/**
 * Exactly once across concurrent runs: a PostgreSQL session advisory lock held on Keelson's own connection
 * for as long as any migrator runs.
 *
 * The lock is taken with pg_try_advisory_lock in a polling loop on the injected clock rather than a blocking
 * pg_advisory_lock: a blocked lock call is a running statement with a snapshot, and CREATE INDEX CONCURRENTLY
 * in the holder's migration waits for every such snapshot — the deadlock golang-migrate users hit between two
 * runners. Polling also gives the lock-timeout and lets the waiter name the holder: pid, since when and its
 * application_name. The lock connection sends a heartbeat so a proxy or idle timeout cannot drop it unseen;
 * losing the connection (and so the lock) aborts `lost`.
 */
import { createHash } from 'node:crypto';
import type { Client } from 'pg';
import type { Clock } from '../clock.js';
import { PolicyError, errorMessage } from '../errors.js';
import { formatDuration } from '../inputs.js';

/** The 64-bit advisory lock key for a lock name: the first 63 bits of sha256("keelson-migrate:" + name). */
export function lockKey(name: string): bigint {
  const digest = createHash('sha256').update(`keelson-migrate:${name}`).digest();
  return digest.readBigUInt64BE(0) & 0x7fff_ffff_ffff_ffffn;
}

/** pg_locks columns for a bigint advisory key: classid = high 32 bits, objid = low 32 bits, objsubid = 1. */
function lockTag(key: bigint): { classid: string; objid: string } {
  return { classid: String(key >> 32n), objid: String(key & 0xffff_ffffn) };
}

export interface LockHolder {
  pid: number;
  applicationName: string;
  /** When the holder took the lock (Keelson holders record it), else when its session started. */
  since?: Date;
  user?: string;
  clientAddr?: string;
}

const SINCE = / since=(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ)$/;

export function describeHolder(h: LockHolder): string {
  const app = h.applicationName.replace(SINCE, '');
  const parts = [`application_name ${app ? `'${app}'` : '(none)'}`];
  if (h.user) parts.push(`user ${h.user}`);
  if (h.clientAddr) parts.push(`client ${h.clientAddr}`);
  return `held by pid ${h.pid}${h.since ? ` since ${h.since.toISOString().replace(/\.\d{3}Z$/, 'Z')}` : ''} (${parts.join(', ')})`;
}

/** Who holds the lock now, if anyone (other than this session). */
export async function lockHolder(client: Client, key: bigint): Promise<LockHolder | undefined> {
  const { classid, objid } = lockTag(key);
  const res = await client.query<{
    pid: number;
    application_name: string | null;
    backend_start: Date | null;
    usename: string | null;
    client_addr: string | null;
  }>(
    `SELECT l.pid, a.application_name, a.backend_start, a.usename, host(a.client_addr) AS client_addr
       FROM pg_locks l LEFT JOIN pg_stat_activity a ON a.pid = l.pid
      WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 1
        AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())
        AND l.classid = $1::oid AND l.objid = $2::oid AND l.pid <> pg_backend_pid()
      LIMIT 1`,
    [classid, objid],
  );
  const row = res.rows[0];
  if (!row) return undefined;
  const app = row.application_name ?? '';
  const recorded = SINCE.exec(app)?.[1];
  return {
    pid: row.pid,
    applicationName: app,
    since: recorded ? new Date(recorded) : (row.backend_start ?? undefined),
    user: row.usename ?? undefined,
    clientAddr: row.client_addr ?? undefined,
  };
}

/** True when `pid` holds the advisory lock for `key` in this database (a nested migrator checking its parent). */
export async function heldBy(client: Client, key: bigint, pid: number): Promise<boolean> {
  const { classid, objid } = lockTag(key);
  const res = await client.query(
    `SELECT 1 FROM pg_locks
      WHERE locktype = 'advisory' AND granted AND objsubid = 1 AND pid = $3
        AND database = (SELECT oid FROM pg_database WHERE datname = current_database())
        AND classid = $1::oid AND objid = $2::oid`,
    [classid, objid, pid],
  );
  return (res.rowCount ?? 0) > 0;
}

export class LockTimeoutError extends PolicyError {
  override readonly name: string = 'LockTimeoutError';
  constructor(
    message: string,
    readonly holder: LockHolder | undefined,
  ) {
    super(message);
  }
}

export interface LockOptions {
  /** The lock's name (shown in messages); the key is derived from it. */
  name: string;
  /** How long to wait for another holder; 0 = try once. */
  timeoutMs: number;
  clock: Clock;
  /** `keelson-migrate <holder>`: set as application_name, with ` since=<time>` once the lock is held. */
  applicationName: string;
  signal?: AbortSignal;
  /** Called once when the lock is busy, then every `reportEveryMs` while waiting. */
  onWait?: (holder: LockHolder | undefined, waitedMs: number) => void;
  reportEveryMs?: number;
  heartbeatMs?: number;
}

export interface HeldLock {
  name: string;
  key: bigint;
  /** The backend pid holding the lock (handed to nested migrators). */
  pid: number;
  acquiredAt: number;
  /** Clock time spent waiting for another holder (0 when the lock was free). */
  waitedMs: number;
  /** Real time from the first attempt to holding the lock (one round trip when uncontended). */
  acquireMs: number;
  /** Aborted when the lock connection is lost: the lock is gone, the migrator must stop. */
  lost: AbortSignal;
  /** Releases the lock and closes the connection. Resolves false when the lock had already been lost. */
  release(): Promise<boolean>;
}

/**
 * Takes the advisory lock on `client` (Keelson's own connection, used for nothing else), waiting up to
 * `timeoutMs`. Throws LockTimeoutError naming the holder. The caller owns `client`; `release()` ends it.
 */
export async function acquireLock(client: Client, opts: LockOptions): Promise<HeldLock> {
  const { clock } = opts;
  const key = lockKey(opts.name);
  const started = clock.now();
  const startedReal = performance.now();
  let delay = 100;
  let reported = -Infinity;
  let pid: number;
  let acquiredAt: number;
  for (;;) {
    opts.signal?.throwIfAborted();
    // One round trip: try the lock and, only when it is ours, record since when in application_name.
    acquiredAt = clock.now();
    const since = new Date(acquiredAt).toISOString().replace(/\.\d{3}Z$/, 'Z');
    const app = `${opts.applicationName.slice(0, 63 - ' since='.length - since.length)} since=${since}`;
    const res = await client.query<{ app: string | null; pid: number }>(
      `SELECT CASE WHEN pg_try_advisory_lock($1::bigint) THEN set_config('application_name', $2, false) END AS app,
              pg_backend_pid() AS pid`,
      [String(key), app],
    );
    pid = res.rows[0]?.pid ?? 0;
    if (res.rows[0]?.app) break;
    const waited = clock.now() - started;
    const holder = await lockHolder(client, key);
    if (waited >= opts.timeoutMs) {
      throw new LockTimeoutError(
        `The migration lock '${opts.name}' is ${holder ? describeHolder(holder) : 'held by another session'}; ` +
          `gave up after ${formatDuration(opts.timeoutMs)} (lock-timeout). ` +
          'Another run is migrating this database: re-run when it is done, or raise lock-timeout.',
        holder,
      );
    }
    if (waited - reported >= (opts.reportEveryMs ?? 30_000)) {
      reported = waited;
      opts.onWait?.(holder, waited);
    }
    await clock.sleep(Math.min(delay, Math.max(1, opts.timeoutMs - waited)), opts.signal);
    delay = Math.min(Math.round(delay * 1.5), 2000);
  }
  const acquireMs = performance.now() - startedReal;

  const lostController = new AbortController();
  const onLost = (why: string): void => {
    if (!lostController.signal.aborted) {
      lostController.abort(new Error(`lost the migration lock '${opts.name}': ${why}`));
    }
  };
  const onError = (e: Error): void => onLost(errorMessage(e));
  const onEnd = (): void => onLost('the connection closed');
  client.on('error', onError);
  client.on('end', onEnd);
  const stopHeartbeat = new AbortController();
  const heartbeat = (async () => {
    for (;;) {
      try {
        await clock.sleep(opts.heartbeatMs ?? 30_000, stopHeartbeat.signal);
      } catch {
        return;
      }
      try {
        await client.query('SELECT 1');
      } catch (e) {
        onLost(errorMessage(e));
        return;
      }
    }
  })();
  let released = false;
  return {
    name: opts.name,
    key,
    pid,
    acquiredAt,
    waitedMs: acquiredAt - started,
    acquireMs,
    lost: lostController.signal,
    async release() {
      if (released) return !lostController.signal.aborted;
      released = true;
      stopHeartbeat.abort();
      await heartbeat;
      client.off('end', onEnd);
      const wasLost = lostController.signal.aborted;
      let ok = !wasLost;
      if (!wasLost) {
        try {
          const r = await client.query<{ ok: boolean }>('SELECT pg_advisory_unlock($1::bigint) AS ok', [
            String(key),
          ]);
          ok = r.rows[0]?.ok === true;
        } catch {
          ok = false;
        }
      }
      client.off('error', onError);
      await client.end().catch(() => undefined);
      return ok;
    },
  };
}
