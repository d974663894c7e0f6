/**
 * The emulated ECR registry endpoint (`<account>.dkr.ecr.<region>.amazonaws.com` in AWS; a loopback port
 * here) in front of a real registry. It does what ECR adds to the distribution API: Basic authentication with
 * the password from GetAuthorizationToken, repositories that must be created first, tag immutability on
 * manifest pushes, and blob mounting only when the registry's BLOB_MOUNTING setting allows it (same registry,
 * same encryption). Every request is recorded, so tests and the bench count blob uploads and bytes moved.
 */
import { createHash } from 'node:crypto';
import http from 'node:http';
import { LoopbackServer } from '../loopback.js';
import type { Clock } from '../../lib/clock.js';
import { TAG, tagIsImmutable, type SimRegistry } from './state.js';
import { errorMessage } from '../../lib/errors.js';

export interface RegistryRequest {
  method: string;
  /** Path without the query. */
  path: string;
  query: string;
  repository?: string;
  kind: 'base' | 'manifest' | 'blob' | 'upload' | 'tags' | 'other';
  status: number;
  /** Request body bytes received (uploaded). */
  bytesIn: number;
  /** Response body bytes sent (downloaded). */
  bytesOut: number;
  /** For an upload POST with `mount=`: whether the blob was mounted (201) rather than an upload started. */
  mounted?: boolean;
}

const ROUTE =
  /^\/v2\/((?:[a-z0-9]+(?:[._-][a-z0-9]+)*\/)*[a-z0-9]+(?:[._-][a-z0-9]+)*)\/(manifests|blobs|tags)\/(.*)$/;

function registryError(res: http.ServerResponse, status: number, code: string, message: string): void {
  const body = JSON.stringify({ errors: [{ code, message, detail: null }] });
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(body),
  });
  res.end(body);
}

export class RegistryEndpoint {
  readonly requests: RegistryRequest[] = [];
  private server?: LoopbackServer;

  constructor(
    readonly registry: SimRegistry,
    private readonly clock: Clock,
  ) {}

  async start(): Promise<string> {
    const server = http.createServer((req, res) => {
      this.handle(req, res).catch((e: unknown) => {
        if (!res.headersSent) registryError(res, 500, 'UNKNOWN', errorMessage(e));
        else res.destroy();
      });
    });
    this.server = new LoopbackServer(server);
    const port = await this.server.listen();
    this.registry.host = `127.0.0.1:${port}`;
    return this.registry.host;
  }

  async close(): Promise<void> {
    await this.server?.close();
  }

  /** Blob uploads: upload POSTs that did not end in a mount, PATCHes and PUTs. */
  blobWrites(since = 0): RegistryRequest[] {
    return this.requests
      .slice(since)
      .filter((r) => r.kind === 'upload' && !(r.method === 'POST' && r.mounted));
  }

  private authorized(req: http.IncomingMessage): boolean {
    const m = /^Basic\s+(\S+)$/i.exec(req.headers.authorization ?? '');
    if (!m) return false;
    const decoded = Buffer.from(m[1] as string, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon < 0 || decoded.slice(0, colon) !== 'AWS') return false;
    const expires = this.registry.passwords.get(decoded.slice(colon + 1));
    return expires !== undefined && expires > this.clock.now();
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://registry');
    const record: RegistryRequest = {
      method: req.method ?? 'GET',
      path: url.pathname,
      query: url.search,
      kind: 'other',
      status: 0,
      bytesIn: 0,
      bytesOut: 0,
    };
    this.requests.push(record);
    res.on('finish', () => (record.status = res.statusCode));

    if (!this.authorized(req)) {
      res.writeHead(401, {
        'content-type': 'text/plain; charset=utf-8',
        'www-authenticate': `Basic realm="https://${this.registry.host}/",service="ecr.amazonaws.com"`,
      });
      res.end('Not Authorized\n');
      return;
    }
    if (url.pathname === '/v2/' || url.pathname === '/v2') {
      record.kind = 'base';
      res.writeHead(200, {
        'content-type': 'application/json',
        'docker-distribution-api-version': 'registry/2.0',
      });
      res.end('{}');
      return;
    }
    const m = ROUTE.exec(url.pathname);
    if (!m) {
      registryError(res, 404, 'UNSUPPORTED', 'The operation is unsupported.');
      return;
    }
    const [, name, area, rest] = m as unknown as [string, string, string, string];
    record.repository = name;
    record.kind =
      area === 'manifests'
        ? 'manifest'
        : area === 'tags'
          ? 'tags'
          : rest.startsWith('uploads')
            ? 'upload'
            : 'blob';
    const repo = this.registry.repositories.get(name);
    if (!repo) {
      registryError(
        res,
        404,
        'NAME_UNKNOWN',
        `The repository with name '${name}' does not exist in the registry with id '${this.registry.accountId}'`,
      );
      return;
    }

    let forwardPath = url.pathname + url.search;
    if (record.kind === 'upload' && req.method === 'POST' && url.searchParams.has('mount')) {
      const from = this.registry.repositories.get(url.searchParams.get('from') ?? '');
      const sameKeys =
        from !== undefined &&
        from.encryptionConfiguration.encryptionType === repo.encryptionConfiguration.encryptionType &&
        from.encryptionConfiguration.kmsKey === repo.encryptionConfiguration.kmsKey;
      if (!this.registry.blobMounting || !sameKeys) {
        // As ECR without blob mounting: the mount parameters are ignored and an upload session starts (202).
        url.searchParams.delete('mount');
        url.searchParams.delete('from');
        forwardPath = url.pathname + url.search;
      }
    }

    if (record.kind === 'manifest' && req.method === 'PUT') {
      const body = await readBody(req);
      record.bytesIn = body.length;
      const digest = `sha256:${createHash('sha256').update(body).digest('hex')}`;
      const reference = rest;
      if (TAG.test(reference) && tagIsImmutable(repo, reference)) {
        const existing = await this.registry.backend.resolve(name, reference);
        if (existing !== undefined) {
          registryError(
            res,
            400,
            'TAG_INVALID',
            `The image tag '${reference}' already exists in the '${name}' repository and cannot be overwritten because the tag is immutable.`,
          );
          return;
        }
      }
      const headers: Record<string, string> = { 'content-length': String(body.length) };
      if (req.headers['content-type']) headers['content-type'] = req.headers['content-type'];
      const r = await this.registry.backend.request('PUT', forwardPath, { headers, body });
      if (r.status === 201) this.registry.markPushed(repo, digest, this.clock.now());
      const out: Record<string, string> = {};
      for (const [k, v] of Object.entries(r.headers))
        if (typeof v === 'string' && k !== 'connection') out[k] = v;
      res.writeHead(r.status, out);
      res.end(r.body);
      return;
    }

    await this.forward(req, res, forwardPath, record);
  }

  private forward(
    req: http.IncomingMessage,
    res: http.ServerResponse,
    path: string,
    record: RegistryRequest,
  ): Promise<void> {
    const headers = { ...req.headers };
    delete headers.authorization;
    delete headers.host;
    return new Promise((resolve, reject) => {
      const up = http.request(
        `${this.registry.backend.url}${path}`,
        { method: req.method, headers },
        (ur) => {
          if (record.kind === 'upload' && req.method === 'POST' && /[?&]mount=/.test(path)) {
            record.mounted = ur.statusCode === 201;
          }
          const out = { ...ur.headers };
          delete out.connection;
          res.writeHead(ur.statusCode ?? 502, out);
          ur.on('data', (c: Buffer) => (record.bytesOut += c.length));
          ur.pipe(res);
          ur.on('end', resolve);
          ur.on('error', reject);
        },
      );
      up.on('error', reject);
      req.on('data', (c: Buffer) => (record.bytesIn += c.length));
      req.pipe(up);
    });
  }
}

function readBody(req: http.IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}
