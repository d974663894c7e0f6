/**
 * `keelson migrate` and `keelson migrate-lint`: the built-in migrator from a terminal on a real PostgreSQL,
 * and the lint's JSON contract.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { realClock } from '../src/lib/clock.js';
import { acquireLock } from '../src/lib/migrate/lock.js';
import { main } from '../src/cli/main.js';
import { Masker } from '../src/lib/mask.js';
import { cliIn, repoRoot } from './helpers/cli.js';
import { startPostgres, type TestPostgres } from './helpers/postgres.js';

let db: TestPostgres;
const dirs: string[] = [];
beforeAll(async () => {
  db = await startPostgres();
}, 60_000);
afterAll(async () => {
  await db?.stop();
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function project(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'keelson-migrate-cli-'));
  dirs.push(dir);
  for (const [name, sql] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), sql);
  }
  return dir;
}

const FILES = {
  'migrations/0001_users.sql': 'CREATE TABLE users (id bigserial PRIMARY KEY, email text, legacy text);\n',
  'migrations/0002_contract.sql':
    '-- keelson:allow drop-column nothing reads legacy since v12\nALTER TABLE users DROP COLUMN legacy;\n',
};

describe('keelson migrate-lint', () => {
  it('prints exactly {"findings": [{file, line, rule}]} and exits 1 when something is found', async () => {
    const dir = project({
      'migrations/0001_users.sql':
        'CREATE TABLE users (id bigint, email text);\nCREATE INDEX users_email ON users (email);\n',
      'migrations/0002_rename.sql': 'ALTER TABLE users RENAME COLUMN email TO mail;\n',
      'migrations/0003_ok.sql': '-- keelson:allow drop-table replaced in v3\nDROP TABLE users;\n',
      'migrations/0010_idx.sql': '\n\nCREATE INDEX users_id ON users (id);\n',
      'migrations/0002_rename.down.sql': 'DROP TABLE users;',
    });
    const r = await cliIn(dir, 'migrate-lint', '--dir', 'migrations', '--format', 'json');
    expect(r.code).toBe(1);
    expect(r.err).toBe('');
    expect(JSON.parse(r.out)).toEqual({
      findings: [
        { file: 'migrations/0002_rename.sql', line: 1, rule: 'rename' },
        { file: 'migrations/0010_idx.sql', line: 3, rule: 'create-index-concurrently' },
      ],
    });
  });

  it('text format says what to do; exit 0 with nothing found', async () => {
    const dir = project(FILES);
    const r = await cliIn(dir, 'migrate-lint');
    expect(r.code).toBe(0);
    expect(r.out).toBe(
      'migrations/0002_contract.sql:2: drop-column: allowed (nothing reads legacy since v12)\n0 findings, 1 allowed in 2 files.\n',
    );
    const json = await cliIn(dir, 'migrate-lint', '--format', 'json');
    expect(json.out).toBe('{"findings":[]}\n');
  });

  it('a missing --dir is one line', async () => {
    const r = await cliIn(project({}), 'migrate-lint', '--dir', 'nope');
    expect(r).toEqual({
      code: 2,
      out: '',
      err: "keelson migrate-lint: Invalid input 'dir': 'nope'. Expected a directory of SQL migrations.\n",
    });
  });
});

describe('the sample service', () => {
  it('has migrations that lint clean and apply with keelson migrate', async () => {
    const sample = join(repoRoot, 'examples/sample-service');
    const lint = await cliIn(sample, 'migrate-lint', '--format', 'json');
    expect(lint).toEqual({ code: 0, out: '{"findings":[]}\n', err: '' });
    const { name, url } = await db.createDatabase('sample');
    const r = await cliIn(sample, 'migrate', '--database-url', url, '--format', 'json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).applied).toEqual([
      '0001_create_greetings.sql',
      '0002_add_locale.sql',
      '0003_greetings_name_index.sql',
    ]);
    const idx = await db.query(
      "SELECT indisvalid FROM pg_index WHERE indexrelid = 'greetings_name_idx'::regclass",
      name,
    );
    expect(idx).toEqual([{ indisvalid: true }]);
  });
});

describe('keelson migrate', () => {
  it('applies, reports status and dry-run, with DATABASE_URL from the environment', async () => {
    const { url } = await db.createDatabase('cli');
    const dir = project(FILES);
    const dry = await cliIn(dir, 'migrate', '--database-url', url, '--dir', 'migrations', '--dry-run');
    expect(dry.code).toBe(0);
    expect(dry.out).toBe(
      'would apply migrations/0001_users.sql (one transaction, 1 statement)\nwould apply migrations/0002_contract.sql (one transaction, 1 statement)\n',
    );
    const applied = await cliIn(dir, 'migrate', '--database-url', url, '--lock-timeout', '30s');
    expect(applied.code).toBe(0);
    expect(applied.out).toMatch(
      /^applied migrations\/0001_users\.sql \(\d+(ms|s)\)\napplied migrations\/0002_contract\.sql \(\d+(ms|s)\)\n$/,
    );
    expect(applied.err).toContain("Holding the migration lock 'keelson-migrate'");
    // the lint runs first: a contract step on a table that is in use is refused before anything runs
    writeFileSync(join(dir, 'migrations/0003_drop_email.sql'), 'ALTER TABLE users DROP COLUMN email;\n');
    const refused = await cliIn(dir, 'migrate', '--database-url', url);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('migrations/0003_drop_email.sql:1: drop-column: DROP COLUMN users.email: ');
    expect(refused.err.trim().split('\n').pop()).toMatch(
      /^keelson migrate: The expand–contract lint found 1 statement .*nothing was migrated\./,
    );
    rmSync(join(dir, 'migrations/0003_drop_email.sql'));

    const json = await cliIn(dir, 'migrate', '--database-url', url, '--format', 'json');
    expect(json.code).toBe(0);
    expect(JSON.parse(json.out)).toEqual({
      status: 'up-to-date',
      target: expect.stringMatching(/^postgres@127\.0\.0\.1:\d+\/cli_/),
      applied: [],
      pending: [],
      pendingBefore: 0,
      lockWaitMs: expect.any(Number),
      lockAcquireMs: expect.any(Number),
      durationMs: expect.any(Number),
      findings: [],
      error: null,
    });

    // DATABASE_URL from the environment, as psql-like tools read it
    let out = '';
    const code = await main(['migrate', '--status'], {
      masker: new Masker(),
      stdout: (t) => void (out += t),
      stderr: () => undefined,
      env: { DATABASE_URL: url },
      cwd: dir,
      isTTY: false,
    });
    expect(code).toBe(0);
    const lines = out.trim().split('\n');
    expect(lines[0]).toMatch(/^postgres@127\.0\.0\.1:\d+\/cli_\d+_\d+$/);
    expect(lines[1]).toMatch(/^0001_users\.sql\s+applied {2}\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(lines[3]).toBe('2 applied, 0 pending, 0 edited, 0 missing');
    expect(out).not.toContain(db.password);
  });

  it('--lock-timeout: gives up naming the holder, in one line on stderr', async () => {
    const { url } = await db.createDatabase('clilock');
    const holder = new pg.Client({ connectionString: url });
    await holder.connect();
    const held = await acquireLock(holder, {
      name: 'keelson-migrate',
      timeoutMs: 0,
      clock: realClock,
      applicationName: 'keelson-migrate github-run-99-2',
    });
    try {
      const r = await cliIn(project(FILES), 'migrate', '--database-url', url, '--lock-timeout', '300ms');
      expect(r.code).toBe(1);
      expect(r.out).toBe('');
      const last = r.err.trim().split('\n').pop();
      expect(last).toMatch(
        new RegExp(
          `^keelson migrate: The migration lock 'keelson-migrate' is held by pid ${held.pid} since \\S+Z \\(application_name 'keelson-migrate github-run-99-2', user postgres, client 127\\.0\\.0\\.1\\); gave up after 300ms \\(lock-timeout\\)\\.`,
        ),
      );
    } finally {
      await held.release();
    }
  });

  it('a wrong password is one line without the password', async () => {
    const { url } = await db.createDatabase('clipw');
    const bad = url.replace(encodeURIComponent(db.password), 'wrong-secret-value');
    const r = await cliIn(project(FILES), 'migrate', '--database-url', bad);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(
      /^keelson migrate: Password authentication failed for user 'postgres' at postgres@127\.0\.0\.1:\d+\/clipw_\d+_\d+ \(from 'database-url'\)\.\n$/,
    );
    expect(r.err + r.out).not.toContain('wrong-secret-value');
  });
});
