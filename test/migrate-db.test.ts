/**
 * The built-in migrator and the advisory lock on a real PostgreSQL 15 (a throwaway cluster for this file):
 * exactly once across concurrent runners, the lock holder named on timeout, a failure mid-file rolled back
 * with the ledger unchanged and the file's line named, edited/missing/out-of-order migrations refused,
 * no-transaction files, dry-run, timeouts and a lost lock. Every test builds its own database.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { realClock } from '../src/lib/clock.js';
import { acquireLock } from '../src/lib/migrate/lock.js';
import { migrate, removeWorkspaces, workspace } from './helpers/migrate.js';
import { startPostgres, type TestPostgres } from './helpers/postgres.js';

let db: TestPostgres;

beforeAll(async () => {
  db = await startPostgres();
}, 60_000);
afterAll(async () => {
  await db?.stop();
  removeWorkspaces();
});

async function ledger(name: string): Promise<string[]> {
  const rows = await db.query<{ name: string }>(
    'SELECT name FROM keelson_schema_migrations ORDER BY version::numeric',
    name,
  );
  return rows.map((r) => r.name);
}

async function tables(name: string): Promise<string[]> {
  const rows = await db.query<{ t: string }>(
    "SELECT table_name AS t FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1",
    name,
  );
  return rows.map((r) => r.t);
}

const BASE = {
  '0001_create_users.sql':
    "CREATE TABLE users (id bigserial PRIMARY KEY, email text);\nCREATE TABLE runs_log (migration text);\nINSERT INTO runs_log VALUES ('0001');\n",
  '0002_add_name.sql':
    "ALTER TABLE users ADD COLUMN name text DEFAULT '';\nINSERT INTO runs_log VALUES ('0002');\n",
  'README.md': 'not a migration',
};

describe('built-in migrator', () => {
  it('applies pending migrations in version order, records them with checksums, then has nothing to do', async () => {
    const { name, url } = await db.createDatabase('apply');
    const ws = workspace({ ...BASE, '10_later.sql': "INSERT INTO runs_log VALUES ('10');" });
    const first = await migrate(ws, url);
    expect(first.error).toBeUndefined();
    expect(first.result).toMatchObject({ status: 'migrated', pendingBefore: 3 });
    expect(first.result.applied.map((a) => a.name)).toEqual([
      '0001_create_users.sql',
      '0002_add_name.sql',
      '10_later.sql',
    ]);
    expect(await ledger(name)).toEqual(['0001_create_users.sql', '0002_add_name.sql', '10_later.sql']);
    const rows = await db.query<{ checksum: string; applied_by: string; transactional: boolean }>(
      "SELECT checksum, applied_by, transactional FROM keelson_schema_migrations WHERE version = '1'",
      name,
    );
    expect(rows[0]).toEqual({
      checksum: expect.stringMatching(/^[0-9a-f]{64}$/),
      applied_by: 'test-runner',
      transactional: true,
    });
    expect(first.markdown).toContain('### ✅ Migrated: 3 migrations applied');

    const again = await migrate(ws, url);
    expect(again.result).toMatchObject({ status: 'up-to-date', pendingBefore: 0, applied: [] });
    expect((await db.query('SELECT * FROM runs_log', name)).length).toBe(3);
  });

  it('rolls back a file that fails in the middle, keeps the ledger unchanged and names the file and line', async () => {
    const { name, url } = await db.createDatabase('midfile');
    const ws = workspace({
      ...BASE,
      '0003_orders.sql': [
        '-- orders for users',
        'CREATE TABLE orders (id bigserial PRIMARY KEY, user_id bigint);',
        '',
        'INSERT INTO orders (user_id)',
        '  SELECT id FROM user_accounts;',
        "INSERT INTO runs_log VALUES ('0003');",
      ].join('\n'),
      // sent in the same pipeline as 0001–0003: it must not run after 0003 failed
      '0004_after.sql': 'CREATE TABLE after_failure (id int);\n',
    });
    const r = await migrate(ws, url);
    expect(r.result.status).toBe('failed');
    expect(r.error?.message).toBe(
      'migrations/0003_orders.sql:5: relation "user_accounts" does not exist (SQLSTATE 42P01). The migration was rolled back; the ledger is unchanged.',
    );
    expect(r.result.failureAt).toEqual({ file: 'migrations/0003_orders.sql', line: 5 });
    // the two earlier files stay applied; nothing of 0003 survived
    expect(r.result.applied.map((a) => a.name)).toEqual(['0001_create_users.sql', '0002_add_name.sql']);
    expect(await ledger(name)).toEqual(['0001_create_users.sql', '0002_add_name.sql']);
    expect(await tables(name)).toEqual(['keelson_schema_migrations', 'runs_log', 'users']);
  });

  it("names the line of a runtime error (no position) as the failing statement's first line", async () => {
    const { url } = await db.createDatabase('runtime');
    const ws = workspace({
      '1_a.sql':
        'CREATE TABLE t (id int PRIMARY KEY);\nINSERT INTO t VALUES (1);\nINSERT INTO t\n  VALUES (1);\n',
    });
    const r = await migrate(ws, url);
    expect(r.error?.message).toMatch(
      /^migrations\/1_a\.sql:3: duplicate key value violates unique constraint "t_pkey" \(SQLSTATE 23505\)/,
    );
  });

  it('names the line of a syntax error, counting characters as PostgreSQL does (an emoji earlier in the file)', async () => {
    const { name, url } = await db.createDatabase('syntax');
    const ws = workspace({
      '0001_ok.sql': 'CREATE TABLE ok (id int);\n',
      // PostgreSQL parses a file's whole message before running it: nothing of 0002 may run
      '0002_typo.sql': [
        "CREATE TABLE notes (body text DEFAULT '🚀 launch');",
        "INSERT INTO notes VALUES ('😀');",
        'ALTER TABLE notes',
        '  ADD COLUMN author text NOT',
        'NUL;',
      ].join('\n'),
      '0003_after.sql': 'CREATE TABLE after_typo (id int);\n',
    });
    const r = await migrate(ws, url);
    expect(r.error?.message).toBe(
      'migrations/0002_typo.sql:5: syntax error at or near "NUL" (SQLSTATE 42601). The migration was rolled back; the ledger is unchanged.',
    );
    expect(r.result.failureAt).toEqual({ file: 'migrations/0002_typo.sql', line: 5 });
    expect(await ledger(name)).toEqual(['0001_ok.sql']);
    expect(await tables(name)).toEqual(['keelson_schema_migrations', 'ok']);
  });

  it('a file that fails at COMMIT (a deferred constraint) stops the files sent after it', async () => {
    const { name, url } = await db.createDatabase('commitfail');
    const ws = workspace({
      '0001_parent.sql': 'CREATE TABLE parent (id int PRIMARY KEY);\n',
      '0002_child.sql': [
        'CREATE TABLE child (parent_id int REFERENCES parent (id) DEFERRABLE INITIALLY DEFERRED);',
        'INSERT INTO child VALUES (42);',
      ].join('\n'),
      // sent in the same round trip; the failed COMMIT ends 0002's transaction, so only the guard stops it
      '0003_after.sql': 'CREATE TABLE after_commit (id int);\n',
    });
    const r = await migrate(ws, url);
    expect(r.error?.message).toMatch(
      /^migrations\/0002_child\.sql:\d+: insert or update on table "child" violates foreign key constraint "child_parent_id_fkey" \(SQLSTATE 23503\)\. The migration was rolled back; the ledger is unchanged\.$/,
    );
    expect(r.result.applied.map((a) => a.name)).toEqual(['0001_parent.sql']);
    expect(await ledger(name)).toEqual(['0001_parent.sql']);
    expect(await tables(name)).toEqual(['keelson_schema_migrations', 'parent']);
  });

  it('records a no-transaction file before the next files run, and keeps it when one of them fails', async () => {
    const { name, url } = await db.createDatabase('notxcarry');
    const ws = workspace({
      '0001_t.sql': 'CREATE TABLE t (id int, email text);\n',
      '0002_index.sql':
        '-- keelson:no-transaction\nDROP INDEX CONCURRENTLY IF EXISTS t_email_idx;\nCREATE INDEX CONCURRENTLY t_email_idx ON t (email);\n',
      '0003_seed.sql': "INSERT INTO t VALUES (1, 'a@example.com');\n",
      '0004_bad.sql': 'INSERT INTO t VALUES (2, 3, 4);\n',
    });
    const r = await migrate(ws, url);
    expect(r.error?.message).toMatch(
      /^migrations\/0004_bad\.sql:1: INSERT has more expressions than target columns/,
    );
    expect(r.result.applied.map((a) => [a.name, a.transactional])).toEqual([
      ['0001_t.sql', true],
      ['0002_index.sql', false],
      ['0003_seed.sql', true],
    ]);
    expect(await ledger(name)).toEqual(['0001_t.sql', '0002_index.sql', '0003_seed.sql']);
    const rows = await db.query<{ transactional: boolean; statements: number }>(
      "SELECT transactional, statements FROM keelson_schema_migrations WHERE version = '2'",
      name,
    );
    expect(rows).toEqual([{ transactional: false, statements: 2 }]);
    // fixed, the run applies only what is left
    writeFileSync(join(ws, 'migrations/0004_bad.sql'), "INSERT INTO t VALUES (2, 'b@example.com');\n");
    expect((await migrate(ws, url)).result.applied.map((a) => a.name)).toEqual(['0004_bad.sql']);
  });

  it('refuses an applied migration that was edited, or removed, before applying anything', async () => {
    const { name, url } = await db.createDatabase('edited');
    const ws = workspace(BASE);
    expect((await migrate(ws, url)).result.status).toBe('migrated');
    writeFileSync(
      join(ws, 'migrations/0002_add_name.sql'),
      "ALTER TABLE users ADD COLUMN name text DEFAULT 'x';\n",
    );
    writeFileSync(join(ws, 'migrations/0003_more.sql'), 'CREATE TABLE more (id int);');
    const edited = await migrate(ws, url);
    expect(edited.result.status).toBe('failed');
    expect(edited.error?.message).toMatch(
      /^Refusing to migrate: migrations\/0002_add_name\.sql was edited after it was applied on \d{4}-\d\d-\d\dT[\d:]+Z \(checksum [0-9a-f]{12}… then, [0-9a-f]{12}… now\)\. Revert the edit/,
    );
    expect(await tables(name)).not.toContain('more');

    // CRLF line endings alone are not an edit
    writeFileSync(join(ws, 'migrations/0002_add_name.sql'), BASE['0002_add_name.sql'].replace(/\n/g, '\r\n'));
    unlinkSync(join(ws, 'migrations/0001_create_users.sql'));
    const missing = await migrate(ws, url);
    expect(missing.error?.message).toMatch(
      /^Refusing to migrate: 0001_create_users\.sql \(version 1\) was applied on .* but is missing from migrations\./,
    );
    expect(await ledger(name)).toEqual(['0001_create_users.sql', '0002_add_name.sql']);
  });

  it('refuses a new migration older than the newest applied one unless out-of-order is set', async () => {
    const { name, url } = await db.createDatabase('order');
    const ws = workspace({
      '0001_a.sql': 'CREATE TABLE a (id int);',
      '0003_c.sql': 'CREATE TABLE c (id int);',
    });
    await migrate(ws, url);
    writeFileSync(join(ws, 'migrations/0002_b.sql'), 'CREATE TABLE b (id int);');
    const refused = await migrate(ws, url);
    expect(refused.error?.message).toMatch(
      /migrations\/0002_b\.sql is older than 0003_c\.sql, which was already applied/,
    );
    const allowed = await migrate(ws, url, { 'out-of-order': 'true' });
    expect(allowed.result.applied.map((a) => a.name)).toEqual(['0002_b.sql']);
    expect(await ledger(name)).toEqual(['0001_a.sql', '0002_b.sql', '0003_c.sql']);
  });

  it('runs a keelson:no-transaction file statement by statement (CREATE INDEX CONCURRENTLY) and records it', async () => {
    const { name, url } = await db.createDatabase('notx');
    const ws = workspace({
      ...BASE,
      '0003_index.sql':
        '-- keelson:no-transaction\nDROP INDEX CONCURRENTLY IF EXISTS users_email_idx;\nCREATE INDEX CONCURRENTLY users_email_idx ON users (email);\n',
    });
    const r = await migrate(ws, url);
    expect(r.error).toBeUndefined();
    expect(r.result.applied.find((a) => a.name === '0003_index.sql')).toMatchObject({
      transactional: false,
      statements: 2,
    });
    const idx = await db.query<{ valid: boolean }>(
      "SELECT indisvalid AS valid FROM pg_index WHERE indexrelid = 'users_email_idx'::regclass",
      name,
    );
    expect(idx).toEqual([{ valid: true }]);
    const rows = await db.query(
      "SELECT transactional FROM keelson_schema_migrations WHERE version = '3'",
      name,
    );
    expect(rows).toEqual([{ transactional: false }]);
  });

  it('a failing no-transaction file keeps its earlier statements, says so, and re-runs from the top once fixed', async () => {
    const { name, url } = await db.createDatabase('notxfail');
    const ws = workspace({
      '0001_t.sql': 'CREATE TABLE t (id int);',
      '0002_backfill.sql':
        '-- keelson:no-transaction\nALTER TABLE t ADD COLUMN IF NOT EXISTS x int;\nUPDATE t SET y = 1;\n',
    });
    const r = await migrate(ws, url);
    expect(r.error?.message).toBe(
      'migrations/0002_backfill.sql:3: column "y" of relation "t" does not exist (SQLSTATE 42703). This is a keelson:no-transaction migration: 1 statement(s) before line 3 were applied and stay applied; the file runs again from its first statement next time, so each statement must be idempotent.',
    );
    expect(await ledger(name)).toEqual(['0001_t.sql']);
    expect(
      (
        await db.query(
          "SELECT 1 FROM information_schema.columns WHERE table_name = 't' AND column_name = 'x'",
          name,
        )
      ).length,
    ).toBe(1);
    writeFileSync(
      join(ws, 'migrations/0002_backfill.sql'),
      '-- keelson:no-transaction\nALTER TABLE t ADD COLUMN IF NOT EXISTS x int;\nUPDATE t SET x = 1;\n',
    );
    expect((await migrate(ws, url)).result.applied.map((a) => a.name)).toEqual(['0002_backfill.sql']);
  });

  it('refuses transaction control inside a migration Keelson wraps in a transaction', async () => {
    const { url } = await db.createDatabase('txctl');
    const ws = workspace({ '1_a.sql': 'BEGIN;\nCREATE TABLE a (id int);\nCOMMIT;\n' });
    const r = await migrate(ws, url);
    expect(r.error?.message).toMatch(/^migrations\/1_a\.sql:1: 'BEGIN' controls the transaction/);
  });

  it('dry-run lists what would run and changes nothing (no ledger table either)', async () => {
    const { name, url } = await db.createDatabase('dry');
    const ws = workspace(BASE);
    const r = await migrate(ws, url, { 'dry-run': 'true' });
    expect(r.result.status).toBe('dry-run');
    expect(r.result.pending.map((p) => [p.name, p.statements])).toEqual([
      ['0001_create_users.sql', 3],
      ['0002_add_name.sql', 2],
    ]);
    expect(r.markdown).toContain('#### Would apply');
    expect(await tables(name)).toEqual([]);
  });

  it('stops a migration at its timeout: the running statement is cancelled and the file rolled back', async () => {
    const { name, url } = await db.createDatabase('timeout');
    const ws = workspace({ '1_slow.sql': 'CREATE TABLE slow (id int);\nSELECT pg_sleep(20);\n' });
    const r = await migrate(ws, url, { timeout: '1s' });
    expect(r.error?.message).toBe(
      'migrations/1_slow.sql:2: stopped: timed out after 1s (timeout). The migration was rolled back; the ledger is unchanged.',
    );
    expect(await tables(name)).toEqual(['keelson_schema_migrations']);
  });
});

describe('the migration lock', () => {
  it('two concurrent runners: each migration is applied exactly once; the second waits, then finds nothing to do', async () => {
    const { name, url } = await db.createDatabase('concurrent');
    const ws = workspace({
      ...BASE,
      '0003_slow.sql': "SELECT pg_sleep(1.5);\nINSERT INTO runs_log VALUES ('0003');",
      // CREATE INDEX CONCURRENTLY while the other runner waits for the lock: polling, not a blocked
      // pg_advisory_lock, so the index build does not wait on the waiter's snapshot (no deadlock)
      '0004_index.sql':
        '-- keelson:no-transaction\nDROP INDEX CONCURRENTLY IF EXISTS users_email_idx;\nCREATE INDEX CONCURRENTLY users_email_idx ON users (email);\n',
    });
    const [a, b] = await Promise.all([
      migrate(ws, url, {}, { holder: 'runner-a' }),
      new Promise((r) => setTimeout(r, 300)).then(() => migrate(ws, url, {}, { holder: 'runner-b' })),
    ]);
    expect(a.error).toBeUndefined();
    expect(b.error).toBeUndefined();
    expect(a.result.applied.map((m) => m.name)).toEqual([
      '0001_create_users.sql',
      '0002_add_name.sql',
      '0003_slow.sql',
      '0004_index.sql',
    ]);
    expect(b.result).toMatchObject({ status: 'up-to-date', applied: [] });
    expect(b.lines.join('\n')).toMatch(
      /Waiting for the migration lock 'keelson-migrate': held by pid \d+ since \d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ \(application_name 'keelson-migrate runner-a'/,
    );
    expect(b.result.lockWaitMs).toBeGreaterThan(0);
    const log = await db.query<{ migration: string }>('SELECT migration FROM runs_log ORDER BY 1', name);
    expect(log.map((r) => r.migration)).toEqual(['0001', '0002', '0003']);
    expect(await ledger(name)).toHaveLength(4);
  }, 30_000);

  it('gives up after lock-timeout naming the holder: pid, since when, application_name', async () => {
    const { name, url } = await db.createDatabase('locktimeout');
    const holder = new pg.Client({
      connectionString: url,
      application_name: 'keelson-migrate github-run-7-1',
    });
    await holder.connect();
    const held = await acquireLock(holder, {
      name: 'keelson-migrate',
      timeoutMs: 0,
      clock: realClock,
      applicationName: 'keelson-migrate github-run-7-1',
    });
    try {
      const ws = workspace(BASE);
      const r = await migrate(ws, url, { 'lock-timeout': '500ms' });
      expect(r.result.status).toBe('failed');
      expect(r.error?.message).toMatch(
        new RegExp(
          `^The migration lock 'keelson-migrate' is held by pid ${held.pid} since \\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ ` +
            `\\(application_name 'keelson-migrate github-run-7-1', user postgres, client 127\\.0\\.0\\.1\\); gave up after 500ms \\(lock-timeout\\)\\.`,
        ),
      );
      expect(await tables(name)).toEqual([]);
    } finally {
      await held.release();
    }
  });

  it('stops the migrator when the lock connection is lost, and rolls the file back', async () => {
    const { name, url } = await db.createDatabase('lost');
    const ws = workspace({ '1_slow.sql': 'CREATE TABLE half (id int);\nSELECT pg_sleep(20);\n' });
    const killer = (async () => {
      for (let i = 0; i < 100; i++) {
        const rows = await db.query<{ pid: number }>(
          "SELECT pid FROM pg_stat_activity WHERE application_name LIKE 'keelson-migrate test-runner since=%'",
          name,
        );
        if (rows[0]) {
          await db.query('SELECT pg_terminate_backend($1)', name, [rows[0].pid]);
          return;
        }
        await new Promise((r) => setTimeout(r, 50));
      }
    })();
    const r = await migrate(ws, url);
    await killer;
    expect(r.error?.message).toMatch(
      /^migrations\/1_slow\.sql:2: stopped: lost the migration lock 'keelson-migrate': .*The migration was rolled back/,
    );
    expect(await tables(name)).toEqual(['keelson_schema_migrations']);
    expect(r.lines).toContain(
      "warning: The migration lock 'keelson-migrate' had already been lost when it was released.",
    );
  });
});
