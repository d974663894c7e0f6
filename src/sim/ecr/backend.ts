/**
 * The emulator's view of the real registry behind it: tags, manifests and blobs read through the OCI
 * distribution API on loopback. Nothing about images is stored by the emulator itself.
 */
import { createHash } from 'node:crypto';
import http from 'node:http';

export const MANIFEST_TYPES = [
  'application/vnd.oci.image.index.v1+json',
  'application/vnd.docker.distribution.manifest.list.v2+json',
  'application/vnd.oci.image.manifest.v1+json',
  'application/vnd.docker.distribution.manifest.v2+json',
] as const;

export const INDEX_TYPES = new Set<string>([MANIFEST_TYPES[0], MANIFEST_TYPES[1]]);

export interface BackendResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

export interface StoredManifest {
  digest: string;
  mediaType: string;
  bytes: Buffer;
}

export interface ManifestJson {
  mediaType?: string;
  config?: { mediaType?: string; digest: string; size: number };
  layers?: { mediaType?: string; digest: string; size: number; urls?: string[] }[];
  manifests?: {
    mediaType?: string;
    digest: string;
    size: number;
    platform?: { os?: string; architecture?: string; variant?: string };
  }[];
  artifactType?: string;
}

export function sha256Digest(bytes: Buffer | string): string {
  return `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
}

export class Backend {
  constructor(readonly url: string) {}

  request(
    method: string,
    path: string,
    opts: { headers?: Record<string, string>; body?: Buffer } = {},
  ): Promise<BackendResponse> {
    return new Promise((resolve, reject) => {
      const req = http.request(`${this.url}${path}`, { method, headers: opts.headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
        );
        res.on('error', reject);
      });
      req.on('error', reject);
      req.end(opts.body);
    });
  }

  async tags(repo: string): Promise<string[]> {
    const r = await this.request('GET', `/v2/${repo}/tags/list?n=10000`);
    if (r.status === 404) return [];
    if (r.status !== 200) throw new Error(`registry tags/list ${repo}: HTTP ${r.status}`);
    const doc = JSON.parse(r.body.toString('utf8')) as { tags?: string[] | null };
    return (doc.tags ?? []).sort();
  }

  async manifest(repo: string, reference: string): Promise<StoredManifest | undefined> {
    const r = await this.request('GET', `/v2/${repo}/manifests/${reference}`, {
      headers: { accept: MANIFEST_TYPES.join(', ') },
    });
    if (r.status === 404) return undefined;
    if (r.status !== 200) throw new Error(`registry GET manifest ${repo}:${reference}: HTTP ${r.status}`);
    const digest = sha256Digest(r.body);
    const mediaType =
      String(r.headers['content-type'] ?? '').split(';')[0] ||
      ((JSON.parse(r.body.toString('utf8')) as ManifestJson).mediaType ?? '');
    return { digest, mediaType, bytes: r.body };
  }

  /** The digest a tag points at, or undefined. */
  async resolve(repo: string, tag: string): Promise<string | undefined> {
    const r = await this.request('HEAD', `/v2/${repo}/manifests/${tag}`, {
      headers: { accept: MANIFEST_TYPES.join(', ') },
    });
    if (r.status === 404) return undefined;
    if (r.status !== 200) throw new Error(`registry HEAD manifest ${repo}:${tag}: HTTP ${r.status}`);
    return String(r.headers['docker-content-digest'] ?? '');
  }

  async blobSize(repo: string, digest: string): Promise<number | undefined> {
    const r = await this.request('HEAD', `/v2/${repo}/blobs/${digest}`);
    if (r.status === 404) return undefined;
    if (r.status !== 200) throw new Error(`registry HEAD blob ${repo}@${digest}: HTTP ${r.status}`);
    return Number(r.headers['content-length'] ?? 0);
  }

  async putManifest(
    repo: string,
    reference: string,
    mediaType: string,
    bytes: Buffer,
  ): Promise<BackendResponse> {
    return this.request('PUT', `/v2/${repo}/manifests/${reference}`, {
      headers: { 'content-type': mediaType, 'content-length': String(bytes.length) },
      body: bytes,
    });
  }

  async deleteManifest(repo: string, digest: string): Promise<number> {
    return (await this.request('DELETE', `/v2/${repo}/manifests/${digest}`)).status;
  }
}

export function parseManifest(bytes: Buffer): ManifestJson | undefined {
  try {
    const doc = JSON.parse(bytes.toString('utf8')) as unknown;
    return doc && typeof doc === 'object' && !Array.isArray(doc) ? (doc as ManifestJson) : undefined;
  } catch {
    return undefined;
  }
}
