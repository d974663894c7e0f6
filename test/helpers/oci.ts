/**
 * Writes real OCI images into a registry through the distribution API (POST + PUT blob uploads, manifest
 * PUT), for tests that need an image without building one. Layers are random bytes, so digests differ per run.
 */
import { createHash, randomBytes } from 'node:crypto';

export const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json';
export const OCI_INDEX = 'application/vnd.oci.image.index.v1+json';
export const DOCKER_MANIFEST = 'application/vnd.docker.distribution.manifest.v2+json';

export interface PushedImage {
  digest: string;
  mediaType: string;
  bytes: Buffer;
  blobs: { digest: string; size: number }[];
}

export function digestOf(bytes: Buffer | string): string {
  return `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
}

export interface Target {
  /** http://host:port */
  url: string;
  /** `AWS:<password>` for an ECR endpoint; none for a bare registry. */
  basic?: string;
}

function headers(t: Target, extra: Record<string, string> = {}): Record<string, string> {
  return {
    ...(t.basic ? { authorization: `Basic ${Buffer.from(t.basic).toString('base64')}` } : {}),
    ...extra,
  };
}

export async function pushBlob(t: Target, repo: string, data: Buffer): Promise<string> {
  const digest = digestOf(data);
  const start = await fetch(`${t.url}/v2/${repo}/blobs/uploads/`, { method: 'POST', headers: headers(t) });
  if (start.status !== 202) throw new Error(`blob upload POST: ${start.status} ${await start.text()}`);
  const location = new URL(start.headers.get('location') ?? '', t.url);
  location.searchParams.set('digest', digest);
  const put = await fetch(location, {
    method: 'PUT',
    headers: headers(t, { 'content-type': 'application/octet-stream' }),
    body: data,
  });
  if (put.status !== 201) throw new Error(`blob upload PUT: ${put.status} ${await put.text()}`);
  return digest;
}

export async function putManifest(
  t: Target,
  repo: string,
  reference: string,
  mediaType: string,
  bytes: Buffer,
): Promise<Response> {
  return fetch(`${t.url}/v2/${repo}/manifests/${reference}`, {
    method: 'PUT',
    headers: headers(t, { 'content-type': mediaType }),
    body: bytes,
  });
}

/** A single-platform image with random layers of the given sizes. */
export async function pushImage(
  t: Target,
  repo: string,
  opts: {
    layers?: number[];
    tag?: string;
    mediaType?: string;
    platform?: { os: string; architecture: string };
  } = {},
): Promise<PushedImage> {
  const docker = opts.mediaType === DOCKER_MANIFEST;
  const layers: { mediaType: string; digest: string; size: number }[] = [];
  for (const size of opts.layers ?? [2048]) {
    const data = randomBytes(size);
    layers.push({
      mediaType: docker
        ? 'application/vnd.docker.image.rootfs.diff.tar.gzip'
        : 'application/vnd.oci.image.layer.v1.tar+gzip',
      digest: await pushBlob(t, repo, data),
      size,
    });
  }
  const platform = opts.platform ?? { os: 'linux', architecture: 'amd64' };
  const config = Buffer.from(
    JSON.stringify({
      architecture: platform.architecture,
      os: platform.os,
      rootfs: { type: 'layers', diff_ids: layers.map((l) => l.digest) },
      config: { Labels: { nonce: randomBytes(8).toString('hex') } },
    }),
  );
  const configDigest = await pushBlob(t, repo, config);
  const mediaType = opts.mediaType ?? OCI_MANIFEST;
  const bytes = Buffer.from(
    JSON.stringify(
      {
        schemaVersion: 2,
        mediaType,
        config: {
          mediaType: docker
            ? 'application/vnd.docker.container.image.v1+json'
            : 'application/vnd.oci.image.config.v1+json',
          digest: configDigest,
          size: config.length,
        },
        layers,
      },
      null,
      3, // deliberately unusual whitespace: a re-serialised manifest would get another digest
    ),
  );
  const digest = digestOf(bytes);
  const r = await putManifest(t, repo, opts.tag ?? digest, mediaType, bytes);
  if (r.status !== 201) throw new Error(`manifest PUT: ${r.status} ${await r.text()}`);
  return {
    digest,
    mediaType,
    bytes,
    blobs: [
      { digest: configDigest, size: config.length },
      ...layers.map((l) => ({ digest: l.digest, size: l.size })),
    ],
  };
}

/** An OCI index over images already in `repo`. */
export async function pushIndex(
  t: Target,
  repo: string,
  children: { image: PushedImage; platform: { os: string; architecture: string } }[],
  tag?: string,
): Promise<PushedImage> {
  const bytes = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: OCI_INDEX,
      manifests: children.map((c) => ({
        mediaType: c.image.mediaType,
        digest: c.image.digest,
        size: c.image.bytes.length,
        platform: c.platform,
      })),
    }),
  );
  const digest = digestOf(bytes);
  const r = await putManifest(t, repo, tag ?? digest, OCI_INDEX, bytes);
  if (r.status !== 201) throw new Error(`index PUT: ${r.status} ${await r.text()}`);
  return { digest, mediaType: OCI_INDEX, bytes, blobs: children.flatMap((c) => c.image.blobs) };
}

/** Reads a blob through the registry API. */
export async function getBlob(t: Target, repo: string, digest: string): Promise<Buffer> {
  const r = await fetch(`${t.url}/v2/${repo}/blobs/${digest}`, { headers: headers(t) });
  if (r.status !== 200) throw new Error(`GET blob: ${r.status}`);
  return Buffer.from(await r.arrayBuffer());
}

/** The regular files in a (gzipped) tar layer: path → content. */
export async function layerFiles(layer: Buffer): Promise<Map<string, Buffer>> {
  const { gunzipSync } = await import('node:zlib');
  const tar = layer[0] === 0x1f && layer[1] === 0x8b ? gunzipSync(layer) : layer;
  const files = new Map<string, Buffer>();
  let off = 0;
  while (off + 512 <= tar.length) {
    const header = tar.subarray(off, off + 512);
    if (header.every((b) => b === 0)) break;
    const name = header.subarray(0, 100).toString('utf8').replace(/\0.*$/s, '');
    const prefix = header.subarray(345, 500).toString('utf8').replace(/\0.*$/s, '');
    const size = parseInt(header.subarray(124, 136).toString('utf8').replace(/\0.*$/s, '').trim() || '0', 8);
    const type = String.fromCharCode(header[156] ?? 48);
    const full = (prefix ? `${prefix}/${name}` : name).replace(/^\.?\//, '');
    if (type === '0' || type === '\0')
      files.set(full, Buffer.from(tar.subarray(off + 512, off + 512 + size)));
    off += 512 + Math.ceil(size / 512) * 512;
  }
  return files;
}
