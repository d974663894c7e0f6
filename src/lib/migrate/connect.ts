/**
 * PostgreSQL connections for the migrate flow (node-postgres, loaded on first use). TLS follows libpq's
 * sslmode semantics — including its default `prefer`, which RDS (rds.force_ssl) relies on — and every
 * connection failure becomes one line that says what to fix, with the target as user@host:port/db and never
 * the password.
 */
import { readFileSync } from 'node:fs';
import { connect as netConnect, isIP, type Socket } from 'node:net';
import { connect as tlsConnect, TLSSocket, type ConnectionOptions } from 'node:tls';
import type { Client, ClientConfig } from 'pg';
import { ToolError, errorMessage } from '../errors.js';
import { describeTarget, type DatabaseTarget } from './database-url.js';

/** A database the user pointed at could not be used: unreachable, wrong password, missing database. */
export class DatabaseError extends ToolError {
  override readonly name: string = 'DatabaseError';
}

export interface ConnectOptions {
  applicationName: string;
  /** The input the target came from, named in errors (`database-url`, `database-secret-id`). */
  source: string;
  connectTimeoutMs?: number;
  /** Send queries without waiting for each answer (node-postgres pipeline mode). Default true. */
  pipeline?: boolean;
}

type PgModule = typeof import('pg');

let pgModule: PgModule | undefined;
export async function loadPg(): Promise<PgModule> {
  if (!pgModule) {
    // When it loads, node-postgres asks whether it runs on Cloudflare Workers: `navigator.userAgent`, or else
    // a fetch Response with a `cf` option. Node 20 has no `navigator`, so that builds a Response, which loads
    // Node's bundled undici (~15 ms, a tenth of a whole migrate run). Node 21+ defines `navigator` itself;
    // on Node 20 the same answer is given for the duration of the import.
    const g = globalThis as { navigator?: unknown };
    const shim = g.navigator === undefined;
    if (shim) {
      Object.defineProperty(globalThis, 'navigator', {
        value: { userAgent: `Node.js/${process.versions.node.split('.')[0]}` },
        configurable: true,
        writable: true,
      });
    }
    try {
      const m = (await import('pg')) as PgModule & { default?: PgModule };
      pgModule = m.default ?? m;
    } finally {
      if (shim) delete g.navigator;
    }
  }
  return pgModule;
}

function tlsOptions(t: DatabaseTarget, source: string): ConnectionOptions | false {
  let ca: string | undefined;
  if (t.sslrootcert && t.sslrootcert !== 'system') {
    try {
      ca = readFileSync(t.sslrootcert, 'utf8');
    } catch {
      throw new DatabaseError(
        `Cannot read sslrootcert '${t.sslrootcert}' (from '${source}'): expected a PEM CA bundle file.`,
      );
    }
  }
  switch (t.sslmode) {
    case 'disable':
    case 'allow':
      return false;
    case 'prefer':
      return { rejectUnauthorized: false };
    case 'require':
      // libpq: require with a root certificate behaves like verify-ca
      return ca
        ? { ca, rejectUnauthorized: true, checkServerIdentity: () => undefined }
        : { rejectUnauthorized: false };
    case 'verify-ca':
      if (!ca) {
        throw new DatabaseError(
          `sslmode=verify-ca needs sslrootcert (from '${source}'): the CA bundle that signed the server's certificate.`,
        );
      }
      return { ca, rejectUnauthorized: true, checkServerIdentity: () => undefined };
    case 'verify-full':
      // explicit: NODE_TLS_REJECT_UNAUTHORIZED=0 in the runner's environment must not turn verification off
      return ca ? { ca, rejectUnauthorized: true } : { rejectUnauthorized: true };
  }
}

/** The SSLRequest message: length 8, then the code 80877103 (1234 in the high 16 bits, 5679 in the low). */
const SSL_REQUEST = Buffer.from([0, 0, 0, 8, 0x04, 0xd2, 0x16, 0x2f]);

/** The server answered the SSLRequest with something other than 'S': it does not offer TLS (the socket is closed). */
class NoTls extends Error {
  constructor(
    message: string,
    /** The answer was 'N', the protocol's "no TLS here" (else it made no sense). */
    readonly refused: boolean,
  ) {
    super(message);
  }
}

/**
 * TLS was agreed ('S') but failed: the handshake (a bad certificate, an alert, the server hanging up), or the
 * server refused the login over TLS (pg_hba's `hostnossl`, SQLSTATE 28000). Keeps the cause's message and code.
 */
class TlsFailed extends Error {
  readonly code?: string;
  constructor(cause: unknown) {
    super(errorMessage(cause), { cause });
    this.code = pgCode(cause);
  }
}

/** The connect timeout ran out (node-postgres' own words for it, which connectionError recognises). */
class TimedOut extends Error {
  constructor() {
    super('timeout expired');
  }
}

/**
 * libpq's TLS negotiation on one socket: connect, send an SSLRequest, and read the server's one-byte answer. 'S':
 * the TLS handshake runs on that socket. 'N' (the server offers no TLS): with `plainOk` (sslmode=prefer) the same
 * socket goes on in plain text — node-postgres would close it and fail, which costs a second connection (and a
 * second server backend) per connection on every server without TLS, such as a CI service container — else the
 * attempt fails. Resolves with the socket ready for the startup message; `timeoutMs` 0 waits indefinitely.
 */
function negotiateTls(
  t: DatabaseTarget,
  tlsOpts: ConnectionOptions,
  plainOk: boolean,
  timeoutMs: number,
): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const raw = netConnect({ host: t.host, port: t.port });
    raw.setNoDelay(true);
    let current: Socket = raw;
    let agreed = false;
    let settled = false;
    const fail = (e: Error): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      current.destroy();
      raw.destroy();
      // after 'S', a failure is TLS's (a timeout stays a timeout: the connection as a whole ran out of time)
      reject(agreed && !(e instanceof TimedOut) ? new TlsFailed(e) : e);
    };
    const done = (s: Socket): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      s.off('error', fail);
      s.off('close', closed);
      raw.off('error', fail);
      raw.off('close', closed);
      resolve(s);
    };
    const timer = timeoutMs > 0 ? setTimeout(() => fail(new TimedOut()), timeoutMs) : undefined;
    const closed = (): void => fail(new Error('Connection terminated unexpectedly'));
    raw.once('error', fail);
    raw.once('close', closed);
    raw.once('connect', () => raw.write(SSL_REQUEST));
    // the server sends nothing after its answer until it gets the next message: nothing is lost between here
    // and node-postgres (or TLS) taking over the socket
    raw.once('data', (answer: Buffer) => {
      const code = String.fromCharCode(answer[0] ?? 0);
      if (code === 'N' && answer.length === 1) {
        if (plainOk) {
          done(raw);
        } else {
          fail(new NoTls('The server does not support SSL connections', true));
        }
        return;
      }
      if (code !== 'S' || answer.length !== 1) {
        fail(new NoTls('There was an error establishing an SSL connection', false));
        return;
      }
      agreed = true;
      const secure = tlsConnect({
        ...tlsOpts,
        socket: raw,
        host: t.host,
        // SNI carries a host name, never an IP address (RFC 6066)
        ...(isIP(t.host) === 0 ? { servername: t.host } : {}),
      });
      current = secure;
      secure.once('error', fail);
      secure.once('close', closed);
      secure.once('secureConnect', () => done(secure));
    });
  });
}

/**
 * A socket node-postgres takes as its stream when the connection is already open: its `connect()` only
 * announces it (node-postgres calls connect(), then waits for 'connect').
 */
function asOpenStream(s: Socket): Socket {
  Object.defineProperty(s, 'connect', {
    configurable: true,
    value(): Socket {
      process.nextTick(() => s.emit('connect'));
      return s;
    },
  });
  return s;
}

/**
 * Opens a connection with libpq's sslmode semantics: `disable` plain; `allow` plain, then TLS when the server
 * refuses plain text; `prefer` TLS when the server offers it, else plain text on the same socket (and plain text
 * on a new one when TLS was agreed but failed); `require`/`verify-ca`/`verify-full` TLS or nothing. A Unix
 * socket (a host that is a directory) never uses TLS, as in libpq. The connect timeout (the URL's
 * connect_timeout, else `connectTimeoutMs`, else 30 s) covers every attempt together.
 */
export async function openClient(t: DatabaseTarget, opts: ConnectOptions): Promise<Client> {
  const pg = await loadPg();
  const timeoutMs = t.connectTimeoutMs ?? opts.connectTimeoutMs ?? 30_000;
  const deadline = Date.now() + timeoutMs;
  // 0 is "wait indefinitely" for both node-postgres and negotiateTls
  const left = (): number => (timeoutMs === 0 ? 0 : Math.max(1, deadline - Date.now()));
  const base: ClientConfig = {
    host: t.host,
    port: t.port,
    database: t.database,
    user: t.user,
    password: t.password ?? '',
    application_name: opts.applicationName.slice(0, 63),
    keepAlive: true,
    keepAliveInitialDelayMillis: 10_000,
    // every connection pipelines: concurrent queries (a heartbeat beside a cancel) are sent, not refused
    pipeline: opts.pipeline !== false,
    ssl: false,
  };
  const startup = async (stream?: Socket): Promise<Client> => {
    const client = new pg.Client({
      ...base,
      connectionTimeoutMillis: left(),
      ...(stream ? { stream: () => asOpenStream(stream) } : {}),
    });
    // a connection that dies while idle emits 'error'; the owner listens too, this keeps it from crashing
    client.on('error', () => undefined);
    try {
      await client.connect();
      return client;
    } catch (e) {
      // a TLS socket can report a fatal alert after its handshake without closing: end() would wait forever
      stream?.destroy();
      await client.end().catch(() => undefined);
      throw e;
    }
  };
  const overTls = async (tlsOpts: ConnectionOptions, plainOk: boolean): Promise<Client> => {
    const stream = await negotiateTls(t, tlsOpts, plainOk, left());
    try {
      return await startup(stream);
    } catch (e) {
      // over TLS: the session failed below the protocol (a fatal alert after the handshake, such as a client
      // certificate the server requires), or the server refused this login over TLS (pg_hba hostnossl)
      const refusedLogin = e instanceof pg.DatabaseError && pgCode(e) === '28000';
      if (stream instanceof TLSSocket && (refusedLogin || !(e instanceof pg.DatabaseError)))
        throw new TlsFailed(e);
      throw e;
    }
  };
  const tls = tlsOptions(t, opts.source);
  try {
    if (t.host.startsWith('/')) return await startup();
    if (tls === false) {
      try {
        return await startup();
      } catch (e) {
        // allow: a server that refuses plain text (hostssl only, rds.force_ssl) gets TLS
        if (t.sslmode !== 'allow' || pgCode(e) !== '28000') throw e;
        return await overTls({ rejectUnauthorized: false }, false);
      }
    }
    if (t.sslmode !== 'prefer') return await overTls(tls, false);
    try {
      return await overTls(tls, true);
    } catch (e) {
      // prefer, as libpq: TLS agreed but failed, or an answer that made no sense, is tried again without TLS
      if (!(e instanceof TlsFailed) && !(e instanceof NoTls)) throw e;
      return await startup();
    }
  } catch (e) {
    throw connectionError(e, t, { ...opts, connectTimeoutMs: timeoutMs });
  }
}

export function pgCode(e: unknown): string | undefined {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** One line for a failed connection attempt. */
export function connectionError(e: unknown, t: DatabaseTarget, opts: ConnectOptions): DatabaseError {
  const where = describeTarget(t);
  const from = `(from '${opts.source}')`;
  const code = pgCode(e);
  const msg = errorMessage(e).split('\n')[0] ?? '';
  if (code === '28P01') {
    return new DatabaseError(`Password authentication failed for user '${t.user}' at ${where} ${from}.`);
  }
  if (code === '3D000')
    return new DatabaseError(`Database '${t.database}' does not exist at ${where} ${from}.`);
  if (code === '28000') return new DatabaseError(`The server refused ${where} ${from}: ${msg}.`);
  if (code === '57P03')
    return new DatabaseError(`The database at ${where} is starting up or shutting down ${from}; try again.`);
  if (code === '53300')
    return new DatabaseError(`The database at ${where} has no free connection slots ${from}: ${msg}.`);
  if (
    [
      'ECONNREFUSED',
      'ENOTFOUND',
      'EAI_AGAIN',
      'EHOSTUNREACH',
      'ENETUNREACH',
      'ECONNRESET',
      'ETIMEDOUT',
    ].includes(code ?? '')
  ) {
    return new DatabaseError(
      `Cannot reach the database at ${t.host}:${t.port} ${from}: ${code}. Check the host and port, and that this runner can reach it (VPC, security group).`,
    );
  }
  if (/timeout/i.test(msg)) {
    return new DatabaseError(
      `Timed out connecting to the database at ${t.host}:${t.port} ${from} after ${Math.round((opts.connectTimeoutMs ?? 30_000) / 1000)}s. Check that this runner can reach it (VPC, security group).`,
    );
  }
  if (/does not support SSL/i.test(msg)) {
    return new DatabaseError(
      `The database at ${t.host}:${t.port} does not offer TLS, but sslmode=${t.sslmode} requires it ${from}.`,
    );
  }
  if (/certificate|self[- ]signed|altnames|SSL|TLS/i.test(msg)) {
    // Node 24 appends advice about its own command-line flags, which is not what a Keelson user can act on
    const why = msg.replace(/;\s*if the root CA is installed locally.*$/, '');
    return new DatabaseError(
      `TLS to ${t.host}:${t.port} failed ${from}: ${why}. For RDS, pass the CA bundle as sslrootcert (or use sslmode=require).`,
    );
  }
  return new DatabaseError(
    `Cannot connect to the database at ${where} ${from}: ${code ? `${code} ` : ''}${msg}`,
  );
}
