#!/usr/bin/env node
// TEST DOUBLE — this is NOT golang-migrate. It stands in for its CLI (`migrate -path DIR -database URL up`) in
// Keelson's tests: a real process against the real PostgreSQL, with golang-migrate's ledger
// (`schema_migrations(version bigint, dirty boolean)`, one row holding the current version), its
// `<version>_<name>.up.sql` files each run as one multi-statement query, and its output lines
// (`1/u create_users (12.3ms)`). It also reports what a migrator sees from Keelson, on stderr:
//
//   keelson-lock: held by pid N            KEELSON_MIGRATE_LOCK_PID holds an advisory lock (pg_locks)
//   env: A,B,C                             the names of its environment variables
//
//   MIGRATE_DOUBLE_SLEEP=ms   sleep before applying (to overlap with another run)
//   MIGRATE_DOUBLE_PRINT=x    print x (to check masking and workflow-command injection)
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout } from 'node:timers';
import pg from 'pg';

const args = process.argv.slice(2);
const flag = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const dir = flag('-path');
const url = flag('-database');
const command = args[args.length - 1];
if (!dir || !url || command !== 'up') {
  console.error('usage: migrate -path DIR -database URL up');
  process.exit(2);
}

const client = new pg.Client({ connectionString: url });
try {
  await client.connect();
} catch (e) {
  console.error(`error: failed to open database: ${e.message}`);
  process.exit(1);
}
const lockPid = Number(process.env.KEELSON_MIGRATE_LOCK_PID ?? '0');
if (lockPid) {
  const held = await client.query(
    "SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND granted AND pid = $1",
    [lockPid],
  );
  console.error(`keelson-lock: ${held.rowCount ? `held by pid ${lockPid}` : 'NOT held'}`);
} else console.error('keelson-lock: none');
console.error(`env: ${Object.keys(process.env).sort().join(',')}`);
if (process.env.MIGRATE_DOUBLE_PRINT) console.log(process.env.MIGRATE_DOUBLE_PRINT);
if (process.env.MIGRATE_DOUBLE_SLEEP)
  await new Promise((r) => setTimeout(r, Number(process.env.MIGRATE_DOUBLE_SLEEP)));

await client.query(
  'CREATE TABLE IF NOT EXISTS schema_migrations (version bigint NOT NULL PRIMARY KEY, dirty boolean NOT NULL)',
);
const current = Number(
  (await client.query('SELECT version FROM schema_migrations LIMIT 1')).rows[0]?.version ?? 0,
);
const files = readdirSync(dir)
  .map((f) => /^(\d+)_(.+)\.up\.sql$/.exec(f))
  .filter(Boolean)
  .map((m) => ({ version: Number(m[1]), name: m[2], file: m[0] }))
  .sort((a, b) => a.version - b.version);
let applied = 0;
for (const f of files) {
  if (f.version <= current) continue;
  const started = performance.now();
  try {
    await client.query('BEGIN');
    await client.query(readFileSync(join(dir, f.file), 'utf8'));
    await client.query('DELETE FROM schema_migrations');
    await client.query('INSERT INTO schema_migrations (version, dirty) VALUES ($1, false)', [f.version]);
    await client.query('COMMIT');
  } catch (e) {
    await client.query('ROLLBACK').catch(() => undefined);
    console.error(`error: migration failed in line 0: ${f.file} (details: pq: ${e.message})`);
    await client.end();
    process.exit(1);
  }
  applied++;
  console.log(`${f.version}/u ${f.name} (${(performance.now() - started).toFixed(1)}ms)`);
}
if (applied === 0) console.log('no change');
await client.end();
