/**
 * A throwaway PostgreSQL 15 cluster (the tests' database, and the one `keelson workflow run` starts for a
 * workflow's migrations): initdb + pg_ctl into a temp dir, on a free loopback
 * port, password authentication over TCP (so URLs carry a real password the tests can look for in output).
 * PostgreSQL refuses to run as root: as root the server binaries run as an unprivileged user (`nobody`, or
 * KEELSON_PG_USER) that owns the temp dir. The server binaries come from Debian's postgresql-15, which
 * `npm test` installs where missing (scripts/ensure-tools.sh). Stopped by `stop()`, or at process exit.
 */
import { execFile, execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chownSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { ToolError } from '../lib/errors.js';

const run = promisify(execFile);

export const PG_BIN = process.env.KEELSON_PG_BIN ?? '/usr/lib/postgresql/15/bin';

export interface LocalPostgres {
  host: string;
  port: number;
  user: string;
  password: string;
  /** A URL for `database` (default `postgres`). */
  url(database?: string): string;
  /** A fresh, empty database; returns its name and URL. */
  createDatabase(prefix?: string): Promise<{ name: string; url: string }>;
  /** Runs SQL on `database` (default postgres) with a short-lived connection. */
  query<T extends pg.QueryResultRow = pg.QueryResultRow>(
    sql: string,
    database?: string,
    values?: unknown[],
  ): Promise<T[]>;
  /** The server's log (connections are logged: `log_connections`). */
  logFile: string;
  stop(): Promise<void>;
}

export interface PostgresOptions {
  /** Serve TLS with this certificate and private key (PEM text), as RDS does. */
  tls?: { cert: string; key: string };
  /** Accept TCP connections over TLS only (`hostssl` in pg_hba.conf), as RDS with rds.force_ssl=1 does. */
  tlsOnly?: boolean;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const addr = s.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      s.close(() => resolve(port));
    });
  });
}

let seq = 0;

export async function startPostgres(options: PostgresOptions = {}): Promise<LocalPostgres> {
  if (!existsSync(join(PG_BIN, 'initdb'))) {
    throw new ToolError(
      `PostgreSQL 15 server binaries not found in ${PG_BIN}. 'npm test' installs Debian's postgresql-15 (scripts/ensure-tools.sh).`,
    );
  }
  const asRoot = process.getuid?.() === 0;
  const osUser = process.env.KEELSON_PG_USER ?? 'nobody';
  const wrap = (argv: string[]): string[] => (asRoot ? ['runuser', '-u', osUser, '--', ...argv] : argv);
  // as root, what the server reads belongs to the user it runs as
  const owner = asRoot
    ? {
        uid: Number(execFileSync('id', ['-u', osUser], { encoding: 'utf8' }).trim()),
        gid: Number(execFileSync('id', ['-g', osUser], { encoding: 'utf8' }).trim()),
      }
    : undefined;
  const giveToServer = (path: string): void => {
    if (owner) chownSync(path, owner.uid, owner.gid);
  };
  const dir = mkdtempSync(join(tmpdir(), 'keelson-pg-'));
  giveToServer(dir);
  const password = `pw-${randomBytes(9).toString('base64url')}`;
  const pwfile = join(dir, 'pwfile');
  writeFileSync(pwfile, password + '\n', { mode: 0o644 });
  const data = join(dir, 'data');
  const [cmd, ...args] = wrap([
    join(PG_BIN, 'initdb'),
    '-D',
    data,
    '-U',
    'postgres',
    `--pwfile=${pwfile}`,
    '--auth-local=trust',
    '--auth-host=scram-sha-256',
    '-E',
    'UTF8',
    '--locale=C',
    '-N',
  ]);
  await run(cmd as string, args);
  rmSync(pwfile);
  if (options.tls) {
    // the server reads its key only when the server's user owns it and nobody else can read it
    writeFileSync(join(data, 'server.crt'), options.tls.cert, { mode: 0o644 });
    writeFileSync(join(data, 'server.key'), options.tls.key, { mode: 0o600 });
    giveToServer(join(data, 'server.crt'));
    giveToServer(join(data, 'server.key'));
  }
  if (options.tlsOnly) {
    if (!options.tls) throw new ToolError('startPostgres: tlsOnly needs tls (a certificate and key)');
    const hba = join(data, 'pg_hba.conf');
    writeFileSync(hba, readFileSync(hba, 'utf8').replace(/^host(\s)/gm, 'hostssl$1'));
  }
  const log = join(dir, 'server.log');
  let port = 0;
  for (let attempt = 1; ; attempt++) {
    port = await freePort();
    const opts = [
      '-c listen_addresses=127.0.0.1',
      `-p ${port}`,
      `-c unix_socket_directories=${dir}`,
      '-c fsync=off',
      '-c synchronous_commit=off',
      '-c full_page_writes=off',
      '-c max_connections=60',
      '-c log_connections=on',
      ...(options.tls ? ['-c ssl=on'] : []),
    ].join(' ');
    const [c, ...a] = wrap([
      join(PG_BIN, 'pg_ctl'),
      '-D',
      data,
      '-l',
      log,
      '-w',
      '-t',
      '60',
      '-o',
      opts,
      'start',
    ]);
    try {
      await run(c as string, a);
      break;
    } catch (e) {
      if (attempt >= 3) {
        const tail = existsSync(log) ? readFileSync(log, 'utf8').split('\n').slice(-15).join('\n') : '';
        throw new ToolError(`pg_ctl start failed: ${(e as Error).message}\n${tail}`, { cause: e });
      }
    }
  }
  const stopSync = (): void => {
    try {
      const [c, ...a] = wrap([join(PG_BIN, 'pg_ctl'), '-D', data, '-m', 'immediate', '-w', 'stop']);
      execFileSync(c as string, a, { stdio: 'ignore' });
    } catch {
      // already stopped
    }
    rmSync(dir, { recursive: true, force: true });
  };
  process.once('exit', stopSync);
  const url = (database = 'postgres'): string =>
    `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;
  const query = async <T extends pg.QueryResultRow>(
    sql: string,
    database = 'postgres',
    values?: unknown[],
  ): Promise<T[]> => {
    const client = new pg.Client({
      connectionString: url(database),
      // the tests' own queries; what Keelson checks of the server's certificate is tested through Keelson
      ...(options.tls ? { ssl: { rejectUnauthorized: false } } : {}),
    });
    await client.connect();
    try {
      return (await client.query<T>(sql, values)).rows;
    } finally {
      await client.end();
    }
  };
  let stopped = false;
  return {
    host: '127.0.0.1',
    port,
    user: 'postgres',
    password,
    url,
    query,
    logFile: log,
    async createDatabase(prefix = 'test') {
      const name = `${prefix.replace(/[^a-z0-9_]/gi, '_').toLowerCase()}_${process.pid}_${++seq}`;
      await query(`CREATE DATABASE ${name}`);
      return { name, url: url(name) };
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      process.off('exit', stopSync);
      const [c, ...a] = wrap([join(PG_BIN, 'pg_ctl'), '-D', data, '-m', 'fast', '-w', 'stop']);
      await run(c as string, a).catch(() => undefined);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The tests' name for it. */
export type TestPostgres = LocalPostgres;
