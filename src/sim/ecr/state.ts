/**
 * What the ECR emulator keeps per emulated registry (one AWS account in one region): repository settings,
 * lifecycle policies, issued registry passwords and when each image was pushed. Images themselves live in
 * the real registry behind it (see backend.ts).
 */
import { Backend, INDEX_TYPES, parseManifest, type StoredManifest } from './backend.js';

export type TagMutability = 'MUTABLE' | 'IMMUTABLE' | 'MUTABLE_WITH_EXCLUSION' | 'IMMUTABLE_WITH_EXCLUSION';

export interface SimRepository {
  repositoryName: string;
  repositoryArn: string;
  registryId: string;
  repositoryUri: string;
  createdAt: number;
  imageTagMutability: TagMutability;
  imageTagMutabilityExclusionFilters: { filterType: 'WILDCARD'; filter: string }[];
  imageScanningConfiguration: { scanOnPush: boolean };
  encryptionConfiguration: { encryptionType: 'AES256' | 'KMS' | 'KMS_DSSE'; kmsKey?: string };
  lifecyclePolicyText?: string;
  lifecyclePolicyUpdatedAt?: number;
  /** digest → epoch ms of the push that created it. */
  pushedAt: Map<string, number>;
}

export interface SimImage {
  digest: string;
  tags: string[];
  mediaType: string;
  artifactMediaType?: string;
  sizeInBytes: number;
  pushedAt: number;
}

/** ECR's repository name constraint (API reference, CreateRepository). */
export const REPOSITORY_NAME = /^(?:[a-z0-9]+(?:[._-][a-z0-9]+)*\/)*[a-z0-9]+(?:[._-][a-z0-9]+)*$/;
/** A tag as the registry API accepts it. */
export const TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
export const DIGEST = /^sha256:[a-f0-9]{64}$/;

/** ECR's wildcard filters: `*` matches any run of characters, nothing else is special. */
export function wildcardMatch(filter: string, tag: string): boolean {
  const re = new RegExp(
    `^${filter
      .split('*')
      .map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
  );
  return re.test(tag);
}

export function tagIsImmutable(repo: SimRepository, tag: string): boolean {
  const excluded = repo.imageTagMutabilityExclusionFilters.some((f) => wildcardMatch(f.filter, tag));
  switch (repo.imageTagMutability) {
    case 'IMMUTABLE':
      return true;
    case 'MUTABLE':
      return false;
    case 'IMMUTABLE_WITH_EXCLUSION':
      return !excluded;
    case 'MUTABLE_WITH_EXCLUSION':
      return excluded;
  }
}

export class SimRegistry {
  readonly repositories = new Map<string, SimRepository>();
  /** Registry passwords issued by GetAuthorizationToken → expiry (epoch ms). */
  readonly passwords = new Map<string, number>();
  /** ECR's BLOB_MOUNTING account setting (default off, as in ECR). */
  blobMounting: boolean;
  /** `127.0.0.1:<port>` of the registry endpoint, set when it listens. */
  host = '';

  constructor(
    readonly accountId: string,
    readonly region: string,
    readonly backend: Backend,
    opts: { blobMounting?: boolean } = {},
  ) {
    // Off unless asked for, as in ECR (the BLOB_MOUNTING account setting defaults to DISABLED).
    this.blobMounting = opts.blobMounting ?? false;
  }

  get endpoint(): string {
    return `http://${this.host}`;
  }

  async images(repo: SimRepository): Promise<SimImage[]> {
    const byDigest = new Map<string, string[]>();
    for (const tag of await this.backend.tags(repo.repositoryName)) {
      const digest = await this.backend.resolve(repo.repositoryName, tag);
      if (digest) byDigest.set(digest, [...(byDigest.get(digest) ?? []), tag]);
    }
    for (const digest of repo.pushedAt.keys()) if (!byDigest.has(digest)) byDigest.set(digest, []);
    const out: SimImage[] = [];
    for (const [digest, tags] of byDigest) {
      const m = await this.backend.manifest(repo.repositoryName, digest);
      if (!m) {
        repo.pushedAt.delete(digest);
        continue;
      }
      out.push(await this.describe(repo, m, tags));
    }
    return out.sort((a, b) => a.pushedAt - b.pushedAt || a.digest.localeCompare(b.digest));
  }

  async describe(repo: SimRepository, m: StoredManifest, tags: string[]): Promise<SimImage> {
    const doc = parseManifest(m.bytes);
    return {
      digest: m.digest,
      tags,
      mediaType: m.mediaType,
      artifactMediaType: doc?.config?.mediaType,
      sizeInBytes: await this.sizeOf(repo, m),
      pushedAt: repo.pushedAt.get(m.digest) ?? repo.createdAt,
    };
  }

  /** ECR reports the compressed size of the layers; for an index, the sum over its platforms. */
  private async sizeOf(repo: SimRepository, m: StoredManifest): Promise<number> {
    const doc = parseManifest(m.bytes);
    if (!doc) return 0;
    if (INDEX_TYPES.has(m.mediaType)) {
      let total = 0;
      for (const child of doc.manifests ?? []) {
        const cm = await this.backend.manifest(repo.repositoryName, child.digest);
        if (cm) total += await this.sizeOf(repo, cm);
      }
      return total;
    }
    return (doc.layers ?? []).reduce((n, l) => n + (l.size ?? 0), 0);
  }

  markPushed(repo: SimRepository, digest: string, at: number): void {
    if (!repo.pushedAt.has(digest)) repo.pushedAt.set(digest, at);
  }
}
