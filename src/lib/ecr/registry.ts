/**
 * A small OCI distribution-spec client for ECR registry endpoints: manifests by digest or tag in all four
 * manifest media types, blob existence, cross-repository mount, and streamed blob copies (GET from one
 * registry, POST/PATCH/PUT into another, the sha256 checked on the way). Basic auth with the password from
 * GetAuthorizationToken; redirects to other hosts (ECR serves layers from S3) are followed without it.
 * Counts requests and bytes so promotions can report what they moved.
 */
import { createHash } from 'node:crypto';
import http from 'node:http';
import https from 'node:https';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { ACCEPTED_MANIFEST_TYPES } from './api.js';

export class RegistryError extends Error {
  override readonly name: string = 'RegistryError';
  constructor(
    message: string,
    readonly status: number,
    readonly code?: string,
  ) {
    super(message);
  }
}

export interface RegistryStats {
  requests: number;
  /** Upload requests that carried or committed blob data (POST without mount, PATCH, PUT). */
  blobUploads: number;
  mounts: number;
  bytesUploaded: number;
  bytesDownloaded: number;
}

export interface Manifest {
  digest: string;
  mediaType: string;
  bytes: Buffer;
}

interface Response {
  status: number;
  headers: http.IncomingHttpHeaders;
  stream: http.IncomingMessage;
}

export function sha256(bytes: Buffer | string): string {
  return `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
}

export class RegistryClient {
  readonly stats: RegistryStats = {
    requests: 0,
    blobUploads: 0,
    mounts: 0,
    bytesUploaded: 0,
    bytesDownloaded: 0,
  };
  readonly base: URL;
  private readonly auth: string;
  private readonly agent: http.Agent;

  constructor(endpoint: string, credentials: { username: string; password: string }) {
    this.base = new URL(endpoint.includes('://') ? endpoint : `https://${endpoint}`);
    this.auth = `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64')}`;
    this.agent =
      this.base.protocol === 'http:'
        ? new http.Agent({ keepAlive: true })
        : new https.Agent({ keepAlive: true });
  }

  get host(): string {
    return this.base.host;
  }

  close(): void {
    this.agent.destroy();
  }

  private request(
    method: string,
    target: string | URL,
    opts: { headers?: Record<string, string>; body?: Buffer | Readable; redirects?: number } = {},
  ): Promise<Response> {
    const url = typeof target === 'string' ? new URL(target, this.base) : target;
    const sameHost = url.host === this.base.host;
    const mod = url.protocol === 'http:' ? http : https;
    const headers: Record<string, string> = { ...opts.headers };
    if (sameHost) headers.authorization = this.auth;
    this.stats.requests++;
    return new Promise<Response>((resolve, reject) => {
      const req = mod.request(
        url,
        { method, headers, agent: sameHost ? this.agent : undefined, timeout: 120_000 },
        (res) => {
          const status = res.statusCode ?? 0;
          const location = res.headers.location;
          if (
            [301, 302, 303, 307, 308].includes(status) &&
            location &&
            (method === 'GET' || method === 'HEAD')
          ) {
            res.resume();
            if ((opts.redirects ?? 0) >= 5)
              return reject(new RegistryError(`too many redirects for ${url.pathname}`, status));
            this.request(method, new URL(location, url), {
              headers: opts.headers,
              redirects: (opts.redirects ?? 0) + 1,
            }).then(resolve, reject);
            return;
          }
          resolve({ status, headers: res.headers, stream: res });
        },
      );
      req.on('timeout', () => req.destroy(new Error(`${method} ${url.pathname}: no answer in 120 s`)));
      req.on('error', reject);
      const body = opts.body;
      if (body === undefined) req.end();
      else if (Buffer.isBuffer(body)) req.end(body);
      else body.pipe(req);
    });
  }

  private async text(res: Response): Promise<string> {
    const chunks: Buffer[] = [];
    for await (const c of res.stream) chunks.push(c as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  }

  private async failure(res: Response, what: string): Promise<RegistryError> {
    const text = await this.text(res);
    let code: string | undefined;
    let message = text.trim().slice(0, 300);
    try {
      const doc = JSON.parse(text) as { errors?: { code?: string; message?: string }[] };
      code = doc.errors?.[0]?.code;
      message = doc.errors?.map((e) => `${e.code}: ${e.message}`).join('; ') ?? message;
    } catch {
      // plain text body
    }
    return new RegistryError(`${what}: HTTP ${res.status}${message ? ` ${message}` : ''}`, res.status, code);
  }

  async getManifest(repository: string, reference: string): Promise<Manifest | undefined> {
    const res = await this.request('GET', `/v2/${repository}/manifests/${reference}`, {
      headers: { accept: ACCEPTED_MANIFEST_TYPES.join(', ') },
    });
    if (res.status === 404) {
      res.stream.resume();
      return undefined;
    }
    if (res.status !== 200) throw await this.failure(res, `GET manifest ${repository}:${reference}`);
    const chunks: Buffer[] = [];
    for await (const c of res.stream) chunks.push(c as Buffer);
    const bytes = Buffer.concat(chunks);
    this.stats.bytesDownloaded += bytes.length;
    const digest = sha256(bytes);
    if (reference.startsWith('sha256:') && digest !== reference) {
      throw new RegistryError(
        `GET manifest ${repository}@${reference}: the bytes served hash to ${digest}`,
        200,
      );
    }
    const mediaType =
      String(res.headers['content-type'] ?? '')
        .split(';')[0]
        ?.trim() ||
      ((JSON.parse(bytes.toString('utf8')) as { mediaType?: string }).mediaType ?? '');
    return { digest, mediaType, bytes };
  }

  /** PUTs a manifest; returns the digest the registry reports (checked against the bytes' own). */
  async putManifest(
    repository: string,
    reference: string,
    m: { bytes: Buffer; mediaType: string },
  ): Promise<string> {
    const res = await this.request('PUT', `/v2/${repository}/manifests/${reference}`, {
      headers: { 'content-type': m.mediaType, 'content-length': String(m.bytes.length) },
      body: m.bytes,
    });
    if (res.status !== 201) throw await this.failure(res, `PUT manifest ${repository}:${reference}`);
    res.stream.resume();
    this.stats.bytesUploaded += m.bytes.length;
    const digest = String(res.headers['docker-content-digest'] ?? sha256(m.bytes));
    if (digest !== sha256(m.bytes)) {
      throw new RegistryError(`PUT manifest ${repository}:${reference}: the registry stored ${digest}`, 201);
    }
    return digest;
  }

  async blobExists(repository: string, digest: string): Promise<boolean> {
    const res = await this.request('HEAD', `/v2/${repository}/blobs/${digest}`);
    res.stream.resume();
    if (res.status === 200) return true;
    if (res.status === 404) return false;
    throw new RegistryError(`HEAD blob ${repository}@${digest}: HTTP ${res.status}`, res.status);
  }

  /**
   * Asks the registry to mount `digest` from `from` (same registry). Returns true when mounted; otherwise the
   * upload session the registry started instead (OCI distribution spec: 202 means "upload, please").
   */
  async mountBlob(
    repository: string,
    digest: string,
    from: string,
  ): Promise<{ mounted: true } | { mounted: false; location: string }> {
    const q = new URLSearchParams({ mount: digest, from });
    const res = await this.request('POST', `/v2/${repository}/blobs/uploads/?${q.toString()}`, {
      headers: { 'content-length': '0' },
    });
    if (res.status === 201) {
      res.stream.resume();
      this.stats.mounts++;
      return { mounted: true };
    }
    if (res.status === 202) {
      res.stream.resume();
      this.stats.blobUploads++;
      return { mounted: false, location: String(res.headers.location ?? '') };
    }
    throw await this.failure(res, `mount ${digest} from ${from} into ${repository}`);
  }

  async startUpload(repository: string): Promise<string> {
    const res = await this.request('POST', `/v2/${repository}/blobs/uploads/`, {
      headers: { 'content-length': '0' },
    });
    if (res.status !== 202) throw await this.failure(res, `start upload into ${repository}`);
    res.stream.resume();
    this.stats.blobUploads++;
    return String(res.headers.location ?? '');
  }

  /** Opens a blob for reading (following ECR's redirect to its layer store). */
  async openBlob(repository: string, digest: string): Promise<{ stream: Readable; size: number }> {
    const res = await this.request('GET', `/v2/${repository}/blobs/${digest}`);
    if (res.status !== 200) throw await this.failure(res, `GET blob ${repository}@${digest}`);
    res.stream.on('data', (c: Buffer) => (this.stats.bytesDownloaded += c.length));
    return { stream: res.stream, size: Number(res.headers['content-length'] ?? -1) };
  }

  /**
   * Streams `source` into the upload session at `location` (one PATCH), checks the sha256 of what went
   * through, then commits it under `digest` (PUT). A mismatch cancels the upload and throws.
   */
  async upload(location: string, source: { stream: Readable; size: number }, digest: string): Promise<void> {
    const hash = createHash('sha256');
    let sent = 0;
    const tap = new Transform({
      transform(chunk: Buffer, _enc, cb) {
        hash.update(chunk);
        sent += chunk.length;
        cb(null, chunk);
      },
    });
    const feed = pipeline(source.stream, tap).catch((e: unknown) => tap.destroy(e as Error));
    // One streamed PATCH (no Content-Range), as docker and containers/image push to ECR.
    const headers: Record<string, string> = { 'content-type': 'application/octet-stream' };
    if (source.size >= 0) headers['content-length'] = String(source.size);
    const patch = await this.request('PATCH', location, { headers, body: tap });
    await feed;
    if (patch.status !== 202) throw await this.failure(patch, `PATCH upload of ${digest}`);
    patch.stream.resume();
    this.stats.blobUploads++;
    this.stats.bytesUploaded += sent;
    const next = String(patch.headers.location ?? location);
    const got = `sha256:${hash.digest('hex')}`;
    if (got !== digest) {
      const del = await this.request('DELETE', next);
      del.stream.resume();
      throw new RegistryError(
        `blob ${digest}: the source served ${sent} bytes hashing to ${got}; upload cancelled`,
        0,
      );
    }
    const url = new URL(next, this.base);
    url.searchParams.set('digest', digest);
    const put = await this.request('PUT', url, { headers: { 'content-length': '0' } });
    if (put.status !== 201) throw await this.failure(put, `commit upload of ${digest}`);
    put.stream.resume();
    this.stats.blobUploads++;
  }
}
