/**
 * The migrate action through the runner protocol (INPUT_*, GITHUB_OUTPUT, the job summary, annotations) on a
 * real PostgreSQL 15, with Secrets Manager and RDS emulators: outputs and summary, lint findings as
 * annotations on the migration's lines, an external migrator (a golang-migrate stand-in) under Keelson's
 * lock with only the environment it needs, secrets read and masked, a snapshot before migrating, and every
 * bad input's one line — with the database password nowhere in the output.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { run } from '../src/actions/migrate/main.js';
import { runLocally, type LocalRun } from '../src/lib/local-runner.js';
import { startAwsEmulator, type AwsEmulator } from './emulators/aws/index.js';
import { startPostgres, type TestPostgres } from './helpers/postgres.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const DOUBLE = join(root, 'test/doubles/golang-migrate.mjs');
let db: TestPostgres;
let aws: AwsEmulator;
const dirs: string[] = [];

const savedEnv: Record<string, string | undefined> = {};
beforeAll(async () => {
  [db, aws] = await Promise.all([startPostgres(), startAwsEmulator({ snapshotCreatingMs: 0 })]);
  // The AWS SDK's credential chain reads the process environment, as it does on a runner.
  for (const [k, v] of Object.entries(aws.env)) {
    savedEnv[k] = process.env[k];
    process.env[k] = v;
  }
}, 60_000);
afterAll(async () => {
  for (const [k, v] of Object.entries(savedEnv)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
  await Promise.all([db?.stop(), aws?.close()]);
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'keelson-migrate-action-'));
  dirs.push(dir);
  for (const [name, sql] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), sql);
  }
  return dir;
}

const errors = (r: LocalRun): string[] =>
  r.annotations.filter((a) => a.command === 'error').map((a) => a.message);
/** What a user can see: the log (without the ::add-mask:: lines the runner consumes), summary and outputs. */
const everything = (r: LocalRun): string =>
  [...r.log.filter((l) => !l.startsWith('::add-mask::')), r.summary, JSON.stringify(r.outputs)].join('\n');

async function action(
  ws: string,
  inputs: Record<string, string>,
  env: Record<string, string> = {},
): Promise<LocalRun> {
  return runLocally(run, {
    inputs,
    env: { GITHUB_WORKSPACE: ws, GITHUB_RUN_ID: '4242', GITHUB_RUN_ATTEMPT: '1', ...env },
  });
}

const MIGRATIONS = {
  'migrations/0001_users.sql': 'CREATE TABLE users (id bigserial PRIMARY KEY, email text);\n',
  'migrations/0002_email_index.sql':
    '-- keelson:no-transaction\nDROP INDEX CONCURRENTLY IF EXISTS users_email_idx;\nCREATE INDEX CONCURRENTLY users_email_idx ON users (email);\n',
};

describe('migrate action: built-in migrator', () => {
  it('applies the migrations, sets the outputs and writes the summary; the password never prints', async () => {
    const { url } = await db.createDatabase('action');
    const ws = workspace(MIGRATIONS);
    const r = await action(ws, { 'database-url': url });
    expect(errors(r)).toEqual([]);
    expect(r.failed).toBe(false);
    expect(r.outputs).toMatchObject({
      status: 'migrated',
      applied: '["0001_users.sql","0002_email_index.sql"]',
      'pending-before': '2',
      'snapshot-id': '',
      'lint-findings': '0',
    });
    expect(Number(r.outputs['duration-seconds'])).toBeGreaterThanOrEqual(0);
    expect(r.summary).toContain('### ✅ Migrated: 2 migrations applied (postgres@127.0.0.1:');
    expect(r.summary).toMatch(/\| `0002_email_index\.sql` \| no transaction \| 2 \|/);
    expect(r.summary).toContain('No findings in 2 files.');
    // the URL was registered with the runner first, and neither it nor the password appears anywhere
    expect(r.log[0]).toBe(`::add-mask::${url}`);
    expect(everything(r)).not.toContain(db.password);

    const again = await action(ws, { 'database-url': url });
    expect(again.outputs).toMatchObject({ status: 'up-to-date', applied: '[]', 'pending-before': '0' });
  });

  it('refuses destructive statements before taking the lock: annotations on their lines, one line for the step', async () => {
    const { name, url } = await db.createDatabase('lint');
    const ws = workspace({
      ...MIGRATIONS,
      'migrations/0003_contract.sql':
        '-- drop the old column\nALTER TABLE users\n  DROP COLUMN email;\nCREATE INDEX users_id_idx ON users (id);\n',
    });
    await action(workspace(MIGRATIONS), { 'database-url': url });
    const r = await action(ws, { 'database-url': url });
    expect(r.failed).toBe(true);
    expect(r.outputs).toMatchObject({
      status: 'refused',
      applied: '[]',
      'pending-before': '1',
      'lint-findings': '2',
    });
    const anns = r.annotations.filter((a) => a.command === 'error');
    expect(anns.map((a) => [a.props.file, a.props.line, a.props.title])).toEqual([
      ['migrations/0003_contract.sql', '3', 'keelson migrate lint: drop-column'],
      ['migrations/0003_contract.sql', '4', 'keelson migrate lint: create-index-concurrently'],
      [undefined, undefined, undefined],
    ]);
    expect(anns[2]?.message).toMatch(
      /^The expand–contract lint found 2 statements .* \(drop-column, create-index-concurrently\); nothing was migrated\./,
    );
    expect(r.summary).toContain('| migrations/0003_contract.sql:3 | `drop-column` |');
    const cols = await db.query(
      "SELECT column_name FROM information_schema.columns WHERE table_name = 'users' ORDER BY 1",
      name,
    );
    expect(cols.map((c) => c.column_name)).toEqual(['email', 'id']);

    const allowed = await action(ws, { 'database-url': url, 'allow-destructive': 'true' });
    expect(allowed.failed).toBe(false);
    expect(allowed.annotations.filter((a) => a.command === 'warning').map((a) => a.props.line)).toEqual([
      '3',
      '4',
    ]);
    expect(allowed.outputs.applied).toBe('["0003_contract.sql"]');
  });

  it('a failing migration ends the step with one error on the file and line', async () => {
    const { url } = await db.createDatabase('fail');
    const ws = workspace({
      'migrations/1_bad.sql': 'CREATE TABLE a (id int);\n\nSELECT no_such_column\n  FROM a;\n',
    });
    const r = await action(ws, { 'database-url': url });
    expect(r.failed).toBe(true);
    expect(r.annotations.filter((a) => a.command === 'error')).toEqual([
      {
        command: 'error',
        props: { title: 'keelson migrate', file: 'migrations/1_bad.sql', line: '3' },
        message:
          'migrations/1_bad.sql:3: column "no_such_column" does not exist (SQLSTATE 42703). The migration was rolled back; the ledger is unchanged.',
      },
    ]);
    expect(r.outputs.status).toBe('failed');
    expect(r.summary).toContain('### ❌ Migration failed');
  });
});

describe('migrate action: external migrator on the runner', () => {
  const GOLANG_MIGRATE = {
    'db/migrations/1_create_users.up.sql': 'CREATE TABLE users (id bigserial PRIMARY KEY);',
    'db/migrations/1_create_users.down.sql': 'DROP TABLE users;',
    'db/migrations/2_add_email.up.sql': 'ALTER TABLE users ADD COLUMN email text;',
  };

  it('runs the command under the lock with only the environment it needs; its output is masked and cannot forge commands', async () => {
    const { name, url } = await db.createDatabase('external');
    const ws = workspace(GOLANG_MIGRATE);
    const r = await action(
      ws,
      {
        'database-url': url,
        command: `${process.execPath} ${DOUBLE} -path db/migrations -database \${DATABASE_URL} up`,
        dir: 'db/migrations',
        env: 'MIGRATE_DOUBLE_PRINT: "::error::forged by the migrator; url=${{ secrets.db }}"\nTZ: UTC',
      },
      {
        GITHUB_TOKEN: 'ghs_notForTheMigrator',
        AWS_SECRET_ACCESS_KEY: 'notForTheMigratorEither',
        ACTIONS_RUNTIME_TOKEN: 'runtime',
      },
    );
    expect(errors(r)).toEqual([]);
    expect(r.outputs).toMatchObject({ status: 'migrated', 'pending-before': '', 'lint-findings': '0' });
    const log = r.log.join('\n');
    expect(log).toMatch(/keelson-lock: held by pid \d+/);
    expect(log).toContain('1/u create_users');
    expect(log).toContain('2/u add_email');
    const envLine = r.log.find((l) => l.startsWith('env: '));
    expect(envLine?.slice(5).split(',')).toEqual(
      expect.arrayContaining([
        'DATABASE_URL',
        'PGHOST',
        'PGPASSWORD',
        'PATH',
        'KEELSON_MIGRATE_LOCK',
        'TZ',
        'MIGRATE_DOUBLE_PRINT',
      ]),
    );
    expect(envLine).not.toMatch(/GITHUB_|AWS_|ACTIONS_|INPUT_|RUNNER_/);
    // the migrator's ::error:: line is plain text inside ::stop-commands::, neutralised, not an annotation
    expect(log).toContain('error::forged by the migrator');
    expect(r.log.some((l) => l.startsWith('::error::forged'))).toBe(false);
    expect(everything(r)).not.toContain(db.password);
    const version = await db.query('SELECT version, dirty FROM schema_migrations', name);
    expect(version).toEqual([{ version: '2', dirty: false }]);
    // the lock was released: nothing of Keelson's is left in the database
    expect(await db.query("SELECT 1 FROM pg_locks WHERE locktype = 'advisory'", name)).toEqual([]);
  });

  it("lints the external migrator's SQL (not its down files) and fails when nothing matches", async () => {
    const { url } = await db.createDatabase('extlint');
    const ws = workspace({
      ...GOLANG_MIGRATE,
      'db/migrations/3_rename.up.sql': 'ALTER TABLE users RENAME COLUMN email TO mail;',
    });
    const command = `${process.execPath} ${DOUBLE} -path db/migrations -database \${DATABASE_URL} up`;
    const r = await action(ws, { 'database-url': url, command, dir: 'db/migrations' });
    expect(r.outputs.status).toBe('refused');
    expect(r.annotations.filter((a) => a.props.file).map((a) => `${a.props.file}:${a.props.line}`)).toEqual([
      'db/migrations/3_rename.up.sql:1',
    ]);
    const none = await action(ws, { 'database-url': url, command, dir: 'elsewhere' });
    expect(errors(none)).toEqual([
      "The lint found no SQL migrations matching elsewhere/**/*.sql, !**/*.down.sql. Point 'lint-paths' at your migrator's SQL files, or set 'lint: false' for a migrator whose migrations are not SQL.",
    ]);
  });

  it('a failing external migrator fails the step with its exit code and last line', async () => {
    const { url } = await db.createDatabase('extfail');
    const ws = workspace({ 'db/migrations/1_bad.up.sql': 'CREATE TABLE t (id int); SELECT nope FROM t;' });
    const r = await action(ws, {
      'database-url': url,
      command: `${process.execPath} ${DOUBLE} -path db/migrations -database \${DATABASE_URL} up`,
      lint: 'false',
    });
    expect(errors(r)).toEqual([
      'The migrator exited with code 1: error: migration failed in line 0: 1_bad.up.sql (details: pq: column "nope" does not exist)',
    ]);
  });
});

describe('migrate action: Secrets Manager and RDS', () => {
  it('reads the RDS JSON secret, masks it, snapshots the instance under the lock, then migrates', async () => {
    const { name } = await db.createDatabase('secret');
    aws.putSecret(
      'prod/orders/db',
      JSON.stringify({
        engine: 'postgres',
        host: '127.0.0.1',
        port: db.port,
        dbname: name,
        username: 'postgres',
        password: db.password,
        dbInstanceIdentifier: 'orders-db',
      }),
    );
    aws.addInstance('orders-db');
    const ws = workspace(MIGRATIONS);
    const r = await action(ws, { 'database-secret-id': 'prod/orders/db', snapshot: 'true' }, aws.env);
    expect(errors(r)).toEqual([]);
    expect(r.outputs['snapshot-id']).toMatch(/^keelson-orders-db-\d{14}-run-4242-1$/);
    expect(aws.snapshots.get(r.outputs['snapshot-id'] as string)?.source).toBe('orders-db');
    const order = r.log
      .filter((l) => /Holding the migration lock|Creating RDS DB snapshot|Applying/.test(l))
      .map((l) => l.split(' ')[0]);
    expect(order).toEqual(['Holding', 'Creating', 'Applying', 'Applying']);
    expect(r.log.filter((l) => l.startsWith('::add-mask::')).length).toBeGreaterThanOrEqual(2);
    expect(everything(r)).not.toContain(db.password);
    expect(r.summary).toContain(`| RDS snapshot | \`${r.outputs['snapshot-id']}\` |`);
  });

  it('a secret with only username and password takes the host and database from a credential-less URL', async () => {
    const { name } = await db.createDatabase('partial');
    aws.putSecret('prod/orders/master', JSON.stringify({ username: 'postgres', password: db.password }));
    const r = await action(
      workspace(MIGRATIONS),
      {
        'database-secret-id': 'prod/orders/master',
        'database-url': `postgres://127.0.0.1:${db.port}/${name}`,
      },
      aws.env,
    );
    expect(errors(r)).toEqual([]);
    expect(r.outputs.status).toBe('migrated');
  });
});

describe('migrate action: bad inputs, one line each, no password anywhere', () => {
  let good: string;
  beforeAll(async () => {
    good = (await db.createDatabase('inputs')).url;
    aws.putSecret(
      'prod/wrong-shape',
      JSON.stringify({ user: 'postgres', pass: db.password, endpoint: '127.0.0.1' }),
    );
    aws.putSecret('prod/not-json', `host=127.0.0.1 password=${db.password}`);
  });
  const wrongPassword = (): string => good.replace(encodeURIComponent(db.password), 'not-the-password');
  const cases: [string, () => Record<string, string>, RegExp | string][] = [
    [
      'no database',
      () => ({}),
      "Input 'database-url' is required: the database to migrate, as postgres://user:password@host:5432/dbname (or give 'database-secret-id', a Secrets Manager secret).",
    ],
    [
      'a URL that is not postgres://',
      () => ({ 'database-url': `mysql://root:${db.password}@db/app` }),
      "Invalid input 'database-url': the scheme is 'mysql'. Expected a PostgreSQL URL such as postgres://user:password@host:5432/dbname (the value is not shown).",
    ],
    [
      'unreachable host',
      () => ({ 'database-url': `postgres://postgres:${encodeURIComponent(db.password)}@127.0.0.1:1/app` }),
      "Cannot reach the database at 127.0.0.1:1 (from 'database-url'): ECONNREFUSED. Check the host and port, and that this runner can reach it (VPC, security group).",
    ],
    [
      'wrong password',
      () => ({ 'database-url': wrongPassword() }),
      /^Password authentication failed for user 'postgres' at postgres@127\.0\.0\.1:\d+\/inputs_\d+_\d+ \(from 'database-url'\)\.$/,
    ],
    [
      'missing database',
      () => ({ 'database-url': good.replace(/\/[^/]+$/, '/nope') }),
      /^Database 'nope' does not exist at postgres@127\.0\.0\.1:\d+\/nope \(from 'database-url'\)\.$/,
    ],
    [
      'wrong secret shape',
      () => ({ 'database-secret-id': 'prod/wrong-shape' }),
      `Secret 'prod/wrong-shape' has no username, password, host, dbname (its keys: endpoint, pass, user). Expected the JSON RDS writes: {"username", "password", "host", "port", "dbname"}.`,
    ],
    [
      'a secret that is neither JSON nor a URL',
      () => ({ 'database-secret-id': 'prod/not-json' }),
      /^Secret 'prod\/not-json' is neither JSON nor a postgres:\/\/ URL\./,
    ],
    [
      'a secret that does not exist',
      () => ({ 'database-secret-id': 'prod/nope' }),
      "Secret 'prod/nope' was not found in eu-west-1. Check 'database-secret-id' and 'aws-region'.",
    ],
    [
      'a missing dir',
      () => ({ 'database-url': good, dir: 'db/nope' }),
      "Invalid input 'dir': 'db/nope' is not a directory. Expected the folder of <version>_<name>.sql migrations.",
    ],
    [
      'a bad lock-timeout',
      () => ({ 'database-url': good, 'lock-timeout': 'soon' }),
      /^Invalid input 'lock-timeout': 'soon'\. Expected a duration/,
    ],
    [
      'command with the built-in migrator',
      () => ({ 'database-url': good, migrator: 'keelson', command: 'migrate up' }),
      /^Input 'command' runs an external migrator, but 'migrator' is 'keelson'/,
    ],
    [
      'job mode without a command',
      () => ({ 'database-url': good, mode: 'job' }),
      /^Input 'command' is required: job mode runs the migrator inside the release image/,
    ],
    [
      'snapshot without an instance',
      () => ({ 'database-url': good, snapshot: 'true' }),
      /^Input 'db-instance-identifier' is required: 'snapshot: true' needs the RDS DB instance/,
    ],
  ];
  it.each(cases)('%s', async (_name, inputs, expected) => {
    const r = await action(workspace(MIGRATIONS), inputs(), aws.env);
    expect(r.failed).toBe(true);
    const errs = errors(r);
    expect(errs).toHaveLength(1);
    if (typeof expected === 'string') expect(errs[0]).toBe(expected);
    else expect(errs[0]).toMatch(expected);
    expect(everything(r)).not.toContain(db.password);
    expect(everything(r)).not.toContain(encodeURIComponent(db.password));
  });
});
