// The floor for the migrate rows: what any Node migrator pays before doing anything of its own — Node start-up,
// loading node-postgres, one connection, then the files' statements sent one by one in autocommit exactly as
// `psql -f` sends them (no ledger, no lock, no lint, no transaction per file). The statements are split at a `;`
// that ends a line (the bench's files have no `;` inside a statement); `--` comment lines are dropped.
// Usage: DATABASE_URL=… node pg-apply-files.mjs file.sql…
import { readFileSync } from 'node:fs';
import pg from 'pg';

const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
await client.connect();
let statements = 0;
for (const file of process.argv.slice(2)) {
  const sql = readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => !l.startsWith('--'))
    .join('\n');
  for (const st of sql.split(/;\s*\n/)) {
    if (st.trim() === '') continue;
    await client.query(st);
    statements++;
  }
}
await client.end();
process.stdout.write(`${JSON.stringify({ statements })}\n`);
