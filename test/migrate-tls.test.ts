/**
 * libpq's sslmode semantics on real PostgreSQL 15 servers: one without TLS (a CI service container) and one that
 * accepts TLS connections only, with a certificate signed by a test CA (RDS with rds.force_ssl=1 and the RDS CA).
 * Each run records, from inside its own migration, whether the migrator's connection used TLS
 * (pg_stat_ssl); connections are counted from the server's own log (log_connections).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { createConnection, createServer, type Socket } from 'node:net';
import { dirname, join } from 'node:path';
import { createServer as createTlsServer } from 'node:tls';
import { parseDatabaseUrl, targetFromSecret } from '../src/lib/migrate/database-url.js';
import { repoRoot } from './helpers/cli.js';
import { migrate, removeWorkspaces, workspace } from './helpers/migrate.js';
import { startPostgres, type TestPostgres } from './helpers/postgres.js';
import { makeCa, type TestCa } from './helpers/tls.js';
import { tempDir } from './helpers/tmp.js';

let plain: TestPostgres;
let tlsOnly: TestPostgres;
let ca: TestCa;
let otherCa: TestCa;
let serverCert: { cert: string; key: string };
const certs = tempDir('keelson-tls-');

beforeAll(async () => {
  ca = makeCa(certs.dir, 'test');
  otherCa = makeCa(certs.dir, 'other');
  // the certificate names the host `localhost` only: verify-full by IP address must fail
  serverCert = ca.issue(['localhost']);
  [plain, tlsOnly] = await Promise.all([startPostgres(), startPostgres({ tls: serverCert, tlsOnly: true })]);
}, 60_000);
afterAll(async () => {
  await Promise.all([plain?.stop(), tlsOnly?.stop()]);
  removeWorkspaces();
  certs.cleanup();
});

/** A migration that records how its own connection is secured. */
const RECORD_TLS = {
  '1_tls.sql':
    'CREATE TABLE seen_tls AS SELECT ssl, version, cipher FROM pg_stat_ssl WHERE pid = pg_backend_pid();\n',
};

async function seenTls(db: TestPostgres, name: string) {
  const [row] = await db.query<{ ssl: boolean; version: string | null }>(
    'SELECT ssl, version FROM seen_tls',
    name,
  );
  return row;
}

/** What the server logs while `fn` runs: its log grows only by appending. */
async function serverLogDuring(db: TestPostgres, fn: () => Promise<unknown>): Promise<string> {
  const before = statSync(db.logFile).size;
  await fn();
  // the server writes its log lines asynchronously to the logging collector's file
  await new Promise((r) => setTimeout(r, 200));
  return readFileSync(db.logFile).subarray(before).toString('utf8');
}

const connectionsIn = (log: string): number =>
  (log.match(/connection received: host=127\.0\.0\.1/g) ?? []).length;

const isSslRequest = (b: Buffer): boolean => b.length === 8 && b.readUInt32BE(4) === 80877103;

/**
 * A server on loopback in front of the plain cluster: `onSslRequest` gets every connection that asks for TLS
 * (after its 8 bytes); a plain startup is passed on to PostgreSQL. `seen` lists what each connection began with.
 */
async function frontOfPlain(onSslRequest: (c: Socket) => void) {
  const seen: string[] = [];
  const server = createServer((client: Socket) => {
    client.on('error', () => undefined);
    client.once('data', (first: Buffer) => {
      if (isSslRequest(first)) {
        seen.push('SSLRequest');
        onSslRequest(client);
        return;
      }
      seen.push('startup');
      const upstream = createConnection({ host: plain.host, port: plain.port }, () => {
        upstream.write(first);
        client.pipe(upstream).pipe(client);
      });
      upstream.on('error', () => client.destroy());
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as { port: number }).port;
  return {
    seen,
    /** `url` (on the plain cluster) through this server. */
    via: (url: string) => url.replace(`:${plain.port}/`, `:${port}/`),
    port,
    close: () => new Promise((r) => server.close(r)),
  };
}

function withParams(url: string, params: Record<string, string>): string {
  const u = new URL(url);
  for (const [k, v] of Object.entries(params)) u.searchParams.set(k, v);
  return u.toString();
}

describe('sslmode=prefer (the default)', () => {
  it('goes on in plain text on the same connection when the server offers no TLS: one connection each, not two', async () => {
    const { name, url } = await plain.createDatabase('prefer_plain');
    const ws = workspace(RECORD_TLS);
    let run: Awaited<ReturnType<typeof migrate>> | undefined;
    const log = await serverLogDuring(plain, async () => {
      run = await migrate(ws, url);
    });
    expect(run?.error).toBeUndefined();
    expect(run?.result.status).toBe('migrated');
    expect(await seenTls(plain, name)).toEqual({ ssl: false, version: null });
    // the lock's connection and the migrator's: each asked for TLS, was told 'N', and went on
    expect(connectionsIn(log)).toBe(2);
  });

  it('uses TLS when the server offers it (a server that takes TLS only, like RDS with rds.force_ssl)', async () => {
    const { name, url } = await tlsOnly.createDatabase('prefer_tls');
    const run = await migrate(workspace(RECORD_TLS), url);
    expect(run.error).toBeUndefined();
    expect(await seenTls(tlsOnly, name)).toEqual({
      ssl: true,
      version: expect.stringMatching(/^TLSv1\.[23]$/),
    });
  });

  it('tries again without TLS when the TLS handshake fails, as libpq does', async () => {
    // 'S', then garbage where the server's TLS hello should be
    const front = await frontOfPlain((c) => {
      c.write('S');
      c.once('data', () => c.end(Buffer.from('this is not a TLS server hello\n')));
    });
    try {
      const { name, url } = await plain.createDatabase('prefer_handshake');
      const run = await migrate(workspace(RECORD_TLS), front.via(url));
      expect(run.error).toBeUndefined();
      expect(await seenTls(plain, name)).toEqual({ ssl: false, version: null });
      expect(front.seen.sort()).toEqual(['SSLRequest', 'SSLRequest', 'startup', 'startup']);
    } finally {
      await front.close();
    }
  });

  it('tries again without TLS when the server ends TLS after the handshake (it requires a client certificate)', async () => {
    // PgBouncer with client_tls_sslmode=verify-full: TLS 1.3 completes, then the server sends a fatal alert
    const strict = createTlsServer({ ...serverCert, requestCert: true, rejectUnauthorized: true });
    strict.on('tlsClientError', () => undefined);
    const front = await frontOfPlain((c) => {
      c.write('S');
      strict.emit('connection', c);
    });
    try {
      const { name, url } = await plain.createDatabase('prefer_alert');
      const run = await migrate(workspace(RECORD_TLS), front.via(url));
      expect(run.error).toBeUndefined();
      expect(await seenTls(plain, name)).toEqual({ ssl: false, version: null });
      expect(front.seen.sort()).toEqual(['SSLRequest', 'SSLRequest', 'startup', 'startup']);
    } finally {
      await front.close();
      strict.close();
    }
  });

  it('tries again without TLS when the answer to the SSLRequest makes no sense', async () => {
    const front = await frontOfPlain((c) => c.end(Buffer.from('S and more bytes than one')));
    try {
      const { name, url } = await plain.createDatabase('prefer_garbage');
      const run = await migrate(workspace(RECORD_TLS), front.via(url));
      expect(run.error).toBeUndefined();
      expect(await seenTls(plain, name)).toEqual({ ssl: false, version: null });
    } finally {
      await front.close();
    }
  });

  it('sends the host name as SNI, and no SNI for an IP address', async () => {
    const names: (string | false)[] = [];
    const tlsServer = createTlsServer(serverCert, (s) => {
      names.push(s.servername ?? false);
      s.destroy();
    });
    tlsServer.on('tlsClientError', () => undefined);
    const front = await frontOfPlain((c) => {
      c.write('S');
      tlsServer.emit('connection', c);
    });
    try {
      const url = front.via(plain.url('sni'));
      await migrate(
        workspace(RECORD_TLS),
        withParams(url.replace('127.0.0.1', 'localhost'), { sslmode: 'verify-full', sslrootcert: ca.caFile }),
      );
      await migrate(workspace(RECORD_TLS), withParams(url, { sslmode: 'require' }));
      expect(names).toEqual(['localhost', 'localhost', false, false]);
    } finally {
      await front.close();
      tlsServer.close();
    }
  });
});

describe('a Unix socket', () => {
  it('never asks for TLS, as libpq: the default and sslmode=require both connect over the socket', async () => {
    const { name } = await plain.createDatabase('unix');
    const socketDir = dirname(plain.logFile);
    const url = `postgres:///${name}?host=${encodeURIComponent(socketDir)}&port=${plain.port}&user=postgres`;
    const first = await migrate(workspace(RECORD_TLS), url);
    expect(first.error).toBeUndefined();
    expect(first.result.status).toBe('migrated');
    expect(await seenTls(plain, name)).toEqual({ ssl: false, version: null });
    const again = await migrate(workspace(RECORD_TLS), withParams(url, { sslmode: 'require' }));
    expect(again.error).toBeUndefined();
    expect(again.result.status).toBe('up-to-date');
  });
});

describe('a server that does not answer', () => {
  it("gives up after the URL's connect_timeout, before and during the TLS handshake", async () => {
    const silent = createServer((c) => c.on('error', () => undefined));
    // answers 'S', then never says anything more
    const stalls = createServer((c) => {
      c.on('error', () => undefined);
      c.once('data', () => c.write('S'));
    });
    await Promise.all([silent, stalls].map((s) => new Promise<void>((r) => s.listen(0, '127.0.0.1', r))));
    try {
      const ports = [silent, stalls].map((s) => (s.address() as { port: number }).port);
      const runs = await Promise.all(
        ports.map((port) =>
          migrate(workspace(RECORD_TLS), `postgres://app:s3cret-pw@127.0.0.1:${port}/app?connect_timeout=2`),
        ),
      );
      runs.forEach((run, i) =>
        expect(run.error?.message).toBe(
          `Timed out connecting to the database at 127.0.0.1:${ports[i]} (from 'database-url') after 2s. Check that this runner can reach it (VPC, security group).`,
        ),
      );
    } finally {
      silent.close();
      stalls.close();
    }
  });

  it('takes connect_timeout as libpq does, in whole seconds, and names a bad one', () => {
    expect(parseDatabaseUrl('database-url', 'postgres://u@h/db?connect_timeout=1').connectTimeoutMs).toBe(
      2000,
    );
    expect(parseDatabaseUrl('database-url', 'postgres://u@h/db?connect_timeout=0').connectTimeoutMs).toBe(0);
    expect(() => parseDatabaseUrl('database-url', 'postgres://u:pw@h/db?connect_timeout=soon')).toThrow(
      "Invalid input 'database-url': connect_timeout 'soon' is not a whole number of seconds (0 waits indefinitely).",
    );
  });
});

describe('a secret for the database', () => {
  it("connects as the database-url input says (TLS, connect_timeout), whatever form the secret's own value takes", () => {
    const base = parseDatabaseUrl(
      'database-url',
      'postgres://db.internal:6432/app?sslmode=verify-full&sslrootcert=/etc/rds-ca.pem&connect_timeout=5',
      { credentials: 'optional' },
    );
    const how = { sslmode: 'verify-full', sslrootcert: '/etc/rds-ca.pem', connectTimeoutMs: 5000 };
    const rdsJson = JSON.stringify({ username: 'app', password: 'pw' });
    expect(targetFromSecret('database-secret-id', 'db', rdsJson, base)).toMatchObject({
      host: 'db.internal',
      ...how,
    });
    const url = 'postgres://app:pw@other.internal/app?sslmode=disable&connect_timeout=60';
    expect(targetFromSecret('database-secret-id', 'db', url, base)).toMatchObject({
      host: 'other.internal',
      ...how,
    });
    // without the input, the secret's URL is all there is
    expect(targetFromSecret('database-secret-id', 'db', url, undefined)).toMatchObject({
      sslmode: 'disable',
      connectTimeoutMs: 60_000,
    });
    // an input without connect_timeout leaves the secret URL's
    const plainBase = parseDatabaseUrl('database-url', 'postgres://db.internal/app', {
      credentials: 'optional',
    });
    expect(targetFromSecret('database-secret-id', 'db', url, plainBase)).toMatchObject({
      sslmode: 'prefer',
      connectTimeoutMs: 60_000,
    });
  });
});

describe('a server that is not what it should be', () => {
  it('hangs up before answering the SSLRequest: one line, no retry loop', async () => {
    let connections = 0;
    const server = createServer((c) => {
      connections++;
      c.destroy();
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    try {
      const port = (server.address() as { port: number }).port;
      const run = await migrate(workspace(RECORD_TLS), `postgres://app:s3cret-pw@127.0.0.1:${port}/app`);
      expect(run.error?.message).toBe(
        `Cannot connect to the database at app@127.0.0.1:${port}/app (from 'database-url'): Connection terminated unexpectedly`,
      );
      expect(JSON.stringify(run)).not.toContain('s3cret-pw');
      // the lock's connection and the migrator's, once each
      expect(connections).toBe(2);
    } finally {
      await new Promise((r) => server.close(r));
    }
  });
});

describe('sslmode that requires TLS', () => {
  it('verify-full with the CA as sslrootcert: TLS, the certificate checked against the host name', async () => {
    const { name, url } = await tlsOnly.createDatabase('verify_full');
    const u = withParams(url.replace('127.0.0.1', 'localhost'), {
      sslmode: 'verify-full',
      sslrootcert: ca.caFile,
    });
    const run = await migrate(workspace(RECORD_TLS), u);
    expect(run.error).toBeUndefined();
    expect((await seenTls(tlsOnly, name))?.ssl).toBe(true);
  });

  it('verify-full refuses a certificate for another host name, in one line without the password', async () => {
    const { url } = await tlsOnly.createDatabase('verify_name');
    const run = await migrate(
      workspace(RECORD_TLS),
      withParams(url, { sslmode: 'verify-full', sslrootcert: ca.caFile }),
    );
    expect(run.result.status).toBe('failed');
    expect(run.error?.message).toBe(
      `TLS to 127.0.0.1:${tlsOnly.port} failed (from 'database-url'): Hostname/IP does not match certificate's altnames: IP: 127.0.0.1 is not in the cert's list: . For RDS, pass the CA bundle as sslrootcert (or use sslmode=require).`,
    );
    expect(JSON.stringify(run)).not.toContain(tlsOnly.password);
  });

  it('verify-ca checks the CA, not the name: the same certificate by IP address is accepted', async () => {
    const { name, url } = await tlsOnly.createDatabase('verify_ca');
    const run = await migrate(
      workspace(RECORD_TLS),
      withParams(url, { sslmode: 'verify-ca', sslrootcert: ca.caFile }),
    );
    expect(run.error).toBeUndefined();
    expect((await seenTls(tlsOnly, name))?.ssl).toBe(true);
  });

  it('verify-ca refuses a certificate another CA signed', async () => {
    const { url } = await tlsOnly.createDatabase('verify_other');
    const run = await migrate(
      workspace(RECORD_TLS),
      withParams(url, { sslmode: 'verify-ca', sslrootcert: otherCa.caFile }),
    );
    expect(run.error?.message).toBe(
      `TLS to 127.0.0.1:${tlsOnly.port} failed (from 'database-url'): unable to verify the first certificate. For RDS, pass the CA bundle as sslrootcert (or use sslmode=require).`,
    );
  });

  it('checks certificates even when NODE_TLS_REJECT_UNAUTHORIZED=0 is in the environment', async () => {
    // Node reads that variable from the real environment, which a test's own process.env is not: a real CLI run
    const { url } = await tlsOnly.createDatabase('reject_env');
    const ws = workspace(RECORD_TLS);
    const keelson = (u: string) =>
      spawnSync(
        process.execPath,
        [join(repoRoot, 'bin/keelson.js'), 'migrate', '--database-url', u, '--dir', 'migrations'],
        {
          cwd: ws,
          encoding: 'utf8',
          env: { PATH: process.env.PATH, NODE_TLS_REJECT_UNAUTHORIZED: '0' },
        },
      );
    const otherCaRun = keelson(withParams(url, { sslmode: 'verify-ca', sslrootcert: otherCa.caFile }));
    expect(otherCaRun.status).not.toBe(0);
    expect(otherCaRun.stderr).toContain(
      `TLS to 127.0.0.1:${tlsOnly.port} failed (from 'database-url'): unable to verify the first certificate.`,
    );
    const wrongName = keelson(withParams(url, { sslmode: 'verify-full', sslrootcert: ca.caFile }));
    expect(wrongName.status).not.toBe(0);
    expect(wrongName.stderr).toContain("Hostname/IP does not match certificate's altnames");
    expect(otherCaRun.stdout + otherCaRun.stderr + wrongName.stdout + wrongName.stderr).not.toContain(
      tlsOnly.password,
    );
  });

  it('require on a server without TLS fails in one line instead of sending the password in plain text', async () => {
    const { url } = await plain.createDatabase('require_plain');
    let run: Awaited<ReturnType<typeof migrate>> | undefined;
    const log = await serverLogDuring(plain, async () => {
      run = await migrate(workspace(RECORD_TLS), withParams(url, { sslmode: 'require' }));
    });
    expect(run?.error?.message).toBe(
      `The database at 127.0.0.1:${plain.port} does not offer TLS, but sslmode=require requires it (from 'database-url').`,
    );
    // nothing got as far as authenticating
    expect(log).not.toMatch(/connection authorized|authenticated/);
  });
});

describe('sslmode without TLS first', () => {
  it('disable on a server that takes TLS only: the server refuses, in one line', async () => {
    const { name, url } = await tlsOnly.createDatabase('disable');
    const run = await migrate(workspace(RECORD_TLS), withParams(url, { sslmode: 'disable' }));
    expect(run.error?.message).toBe(
      `The server refused postgres@127.0.0.1:${tlsOnly.port}/${name} (from 'database-url'): no pg_hba.conf entry for host "127.0.0.1", user "postgres", database "${name}", no encryption.`,
    );
  });

  it('allow on a server that takes TLS only: plain text is refused, then TLS is used', async () => {
    const { name, url } = await tlsOnly.createDatabase('allow');
    const run = await migrate(workspace(RECORD_TLS), withParams(url, { sslmode: 'allow' }));
    expect(run.error).toBeUndefined();
    expect((await seenTls(tlsOnly, name))?.ssl).toBe(true);
  });
});
