// The floor for the migrate rows: what any Node migrator built on node-postgres pays at least — Node start-up,
// loading node-postgres, one connection, and the files sent the fastest way the protocol allows: each file as
// one message, every message sent without waiting for the one before (pipelined), a `-- keelson:no-transaction`
// file's statements as separate messages (CREATE INDEX CONCURRENTLY cannot share one). No ledger, no lock, no
// lint, no transaction per file, no stopping at a failure. The statements of a no-transaction file are split at
// a `;` that ends a line (the bench's files have no `;` inside a statement); its `--` comment lines are dropped.
// Usage: DATABASE_URL=… node pg-apply-files.mjs file.sql…
import { readFileSync } from 'node:fs';
import pg from 'pg';

const client = new pg.Client({ connectionString: process.env.DATABASE_URL, pipeline: true });
await client.connect();
const sent = [];
for (const file of process.argv.slice(2)) {
  const sql = readFileSync(file, 'utf8');
  if (!sql.startsWith('-- keelson:no-transaction')) {
    sent.push(client.query(sql));
    continue;
  }
  const body = sql
    .split('\n')
    .filter((l) => !l.startsWith('--'))
    .join('\n');
  for (const st of body.split(/;\s*\n/)) if (st.trim() !== '') sent.push(client.query(st));
}
await Promise.all(sent);
await client.end();
process.stdout.write(`${JSON.stringify({ messages: sent.length })}\n`);
