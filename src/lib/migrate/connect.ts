/**
 * PostgreSQL connections for the migrate flow (node-postgres, loaded on first use). TLS follows libpq's
 * sslmode semantics — including its default `prefer`, which RDS (rds.force_ssl) relies on — and every
 * connection failure becomes one line that says what to fix, with the target as user@host:port/db and never
 * the password.
 */
import { readFileSync } from 'node:fs';
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

function tlsOptions(t: DatabaseTarget, source: string): ClientConfig['ssl'] {
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
      return ca ? { ca, checkServerIdentity: () => undefined } : { rejectUnauthorized: false };
    case 'verify-ca':
      if (!ca) {
        throw new DatabaseError(
          `sslmode=verify-ca needs sslrootcert (from '${source}'): the CA bundle that signed the server's certificate.`,
        );
      }
      return { ca, checkServerIdentity: () => undefined };
    case 'verify-full':
      return ca ? { ca } : {};
  }
}

/** Opens a connection; one retry without TLS for sslmode=prefer when the server does not offer TLS. */
export async function openClient(t: DatabaseTarget, opts: ConnectOptions): Promise<Client> {
  const pg = await loadPg();
  const base: ClientConfig = {
    host: t.host,
    port: t.port,
    database: t.database,
    user: t.user,
    password: t.password ?? '',
    application_name: opts.applicationName.slice(0, 63),
    connectionTimeoutMillis: opts.connectTimeoutMs ?? 30_000,
    keepAlive: true,
    keepAliveInitialDelayMillis: 10_000,
    // every connection pipelines: concurrent queries (a heartbeat beside a cancel) are sent, not refused
    pipeline: opts.pipeline !== false,
  };
  const attempt = async (ssl: ClientConfig['ssl']): Promise<Client> => {
    const client = new pg.Client({ ...base, ssl });
    // a connection that dies while idle emits 'error'; the owner listens too, this keeps it from crashing
    client.on('error', () => undefined);
    try {
      await client.connect();
      return client;
    } catch (e) {
      await client.end().catch(() => undefined);
      throw e;
    }
  };
  const ssl = tlsOptions(t, opts.source);
  try {
    return await attempt(ssl);
  } catch (e) {
    const msg = errorMessage(e);
    if (t.sslmode === 'prefer' && /does not support SSL/i.test(msg)) {
      try {
        return await attempt(false);
      } catch (e2) {
        throw connectionError(e2, t, opts);
      }
    }
    if (t.sslmode === 'allow' && pgCode(e) === '28000') {
      try {
        return await attempt({ rejectUnauthorized: false });
      } catch (e2) {
        throw connectionError(e2, t, opts);
      }
    }
    throw connectionError(e, t, opts);
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
    return new DatabaseError(
      `TLS to ${t.host}:${t.port} failed ${from}: ${msg}. For RDS, pass the CA bundle as sslrootcert (or use sslmode=require).`,
    );
  }
  return new DatabaseError(
    `Cannot connect to the database at ${where} ${from}: ${code ? `${code} ` : ''}${msg}`,
  );
}
