/**
 * libpq's sslmode semantics on real PostgreSQL 15 servers: one without TLS (a CI service container) and one that
 * accepts TLS connections only, with a certificate signed by a test CA (RDS with rds.force_ssl=1 and the RDS CA).
 * Each run records, from inside its own migration, whether the migrator's connection used TLS
 * (pg_stat_ssl); connections are counted from the server's own log (log_connections).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync, statSync } from 'node:fs';
import { createConnection, createServer, type Server, type Socket } from 'node:net';
import { migrate, removeWorkspaces, workspace } from './helpers/migrate.js';
import { startPostgres, type TestPostgres } from './helpers/postgres.js';
import { makeCa, type TestCa } from './helpers/tls.js';
import { tempDir } from './helpers/tmp.js';

let plain: TestPostgres;
let tlsOnly: TestPostgres;
let ca: TestCa;
let otherCa: TestCa;
const certs = tempDir('keelson-tls-');

beforeAll(async () => {
  ca = makeCa(certs.dir, 'test');
  otherCa = makeCa(certs.dir, 'other');
  // the certificate names the host `localhost` only: verify-full by IP address must fail
  const server = ca.issue(['localhost']);
  [plain, tlsOnly] = await Promise.all([startPostgres(), startPostgres({ tls: server, tlsOnly: true })]);
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
    // a proxy in front of the plain server that answers every SSLRequest with 'S' and then garbage
    const seen: string[] = [];
    const proxy: Server = createServer((client: Socket) => {
      client.once('data', (first: Buffer) => {
        if (first.length === 8 && first.readUInt32BE(4) === 80877103) {
          seen.push('SSLRequest');
          client.end(Buffer.from('S this is not a TLS server hello\n'));
          return;
        }
        seen.push('startup');
        const upstream = createConnection({ host: plain.host, port: plain.port }, () => {
          upstream.write(first);
          client.pipe(upstream).pipe(client);
        });
        upstream.on('error', () => client.destroy());
        client.on('error', () => upstream.destroy());
      });
    });
    await new Promise<void>((r) => proxy.listen(0, '127.0.0.1', r));
    try {
      const { name, url } = await plain.createDatabase('prefer_fallback');
      const port = (proxy.address() as { port: number }).port;
      const run = await migrate(workspace(RECORD_TLS), url.replace(`:${plain.port}/`, `:${port}/`));
      expect(run.error).toBeUndefined();
      expect(await seenTls(plain, name)).toEqual({ ssl: false, version: null });
      expect(seen.sort()).toEqual(['SSLRequest', 'SSLRequest', 'startup', 'startup']);
    } finally {
      await new Promise((r) => proxy.close(r));
    }
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
