// Baseline for the lock-acquisition row: the least any advisory lock takes — one
// `SELECT pg_try_advisory_lock(k)` round trip on a fresh node-postgres connection, timed the way Keelson times
// its own acquisition (performance.now around the call). Prints {"ms": …}. Usage: DATABASE_URL=… node pg-try-lock.mjs
import { performance } from 'node:perf_hooks';
import pg from 'pg';

const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
await client.connect();
const t0 = performance.now();
const r = await client.query('SELECT pg_try_advisory_lock($1::bigint) AS ok', ['4242']);
const ms = performance.now() - t0;
if (r.rows[0]?.ok !== true) throw new Error('the lock was not free');
await client.query('SELECT pg_advisory_unlock($1::bigint)', ['4242']);
await client.end();
process.stdout.write(`${JSON.stringify({ ms })}\n`);
