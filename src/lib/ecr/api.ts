/**
 * `Ecr`: the ECR control-plane operations Keelson uses, as a small interface (the seam tests and the CLI
 * pass in), and its implementation over the signed JSON 1.1 client. Shapes follow the ECR API reference;
 * timestamps are epoch milliseconds.
 */
import type { Clock } from '../clock.js';
import { AwsJsonClient, type AwsCredentials } from '../aws/json-client.js';

import type { TagMutability } from './tags.js';
export type { TagMutability } from './tags.js';

export interface Repository {
  repositoryName: string;
  repositoryArn: string;
  registryId: string;
  repositoryUri: string;
  imageTagMutability: TagMutability;
  imageTagMutabilityExclusionFilters: string[];
  scanOnPush: boolean;
  encryptionType: 'AES256' | 'KMS' | 'KMS_DSSE';
  kmsKey?: string;
}

export interface ImageDetail {
  registryId: string;
  repositoryName: string;
  digest: string;
  tags: string[];
  sizeInBytes?: number;
  pushedAt?: number;
  mediaType?: string;
}

export interface ImageManifest {
  digest: string;
  /** The manifest exactly as stored (its sha256 is the digest). */
  manifest: string;
  mediaType: string;
}

export interface AuthorizationData {
  /** `AWS` */
  username: string;
  password: string;
  /** e.g. https://111122223333.dkr.ecr.eu-west-1.amazonaws.com */
  proxyEndpoint: string;
  expiresAt: number;
}

export interface CreateRepositoryInput {
  repositoryName: string;
  registryId?: string;
  imageTagMutability: TagMutability;
  imageTagMutabilityExclusionFilters: string[];
  scanOnPush: boolean;
  encryptionType: 'AES256' | 'KMS';
  kmsKey?: string;
  tags?: { Key: string; Value: string }[];
}

export interface Ecr {
  readonly region: string;
  describeRepository(name: string, registryId?: string): Promise<Repository | undefined>;
  createRepository(input: CreateRepositoryInput): Promise<Repository>;
  getLifecyclePolicy(name: string, registryId?: string): Promise<string | undefined>;
  putLifecyclePolicy(name: string, text: string, registryId?: string): Promise<void>;
  /** Deletes an empty repository (used to undo a creation whose lifecycle policy ECR refused). */
  deleteRepository(name: string, registryId?: string): Promise<void>;
  getAuthorizationToken(registryId?: string): Promise<AuthorizationData>;
  /** The image under `tag` or `digest`, or undefined when there is none. */
  describeImage(
    repository: string,
    id: { tag?: string; digest?: string },
    registryId?: string,
  ): Promise<ImageDetail | undefined>;
  /** The manifest under a digest (or tag), in whichever of the four manifest media types it was stored. */
  getManifest(
    repository: string,
    id: { tag?: string; digest?: string },
    registryId?: string,
  ): Promise<ImageManifest | undefined>;
  putImage(input: {
    repository: string;
    registryId?: string;
    manifest: string;
    mediaType: string;
    tag?: string;
    digest: string;
  }): Promise<void>;
  /** Operations called so far (audit and bench). */
  readonly calls: readonly string[];
}

/** Every manifest media type ECR stores (BatchGetImage acceptedMediaTypes). */
export const ACCEPTED_MANIFEST_TYPES = [
  'application/vnd.docker.distribution.manifest.v2+json',
  'application/vnd.docker.distribution.manifest.list.v2+json',
  'application/vnd.oci.image.manifest.v1+json',
  'application/vnd.oci.image.index.v1+json',
];

interface RepositoryJson {
  repositoryName: string;
  repositoryArn: string;
  registryId: string;
  repositoryUri: string;
  imageTagMutability?: TagMutability;
  imageTagMutabilityExclusionFilters?: { filter: string }[];
  imageScanningConfiguration?: { scanOnPush?: boolean };
  encryptionConfiguration?: { encryptionType?: 'AES256' | 'KMS' | 'KMS_DSSE'; kmsKey?: string };
}

function toRepository(r: RepositoryJson): Repository {
  return {
    repositoryName: r.repositoryName,
    repositoryArn: r.repositoryArn,
    registryId: r.registryId,
    repositoryUri: r.repositoryUri,
    imageTagMutability: r.imageTagMutability ?? 'MUTABLE',
    imageTagMutabilityExclusionFilters: (r.imageTagMutabilityExclusionFilters ?? []).map((f) => f.filter),
    scanOnPush: r.imageScanningConfiguration?.scanOnPush === true,
    encryptionType: r.encryptionConfiguration?.encryptionType ?? 'AES256',
    kmsKey: r.encryptionConfiguration?.kmsKey,
  };
}

function isCode(e: unknown, ...codes: string[]): boolean {
  return codes.includes((e as { code?: string })?.code ?? '');
}

const reg = (registryId?: string): Record<string, string> => (registryId ? { registryId } : {});

export function createEcr(opts: {
  region: string;
  clock: Clock;
  env?: Record<string, string | undefined>;
  credentials?: () => Promise<AwsCredentials>;
  regionInput?: string;
}): Ecr {
  const client = new AwsJsonClient({
    service: 'ecr',
    endpointPrefix: 'api.ecr',
    targetPrefix: 'AmazonEC2ContainerRegistry_V20150921',
    region: opts.region,
    clock: opts.clock,
    env: opts.env,
    credentials: opts.credentials,
    regionInput: opts.regionInput,
  });
  return {
    region: opts.region,
    calls: client.calls,
    async describeRepository(name, registryId) {
      try {
        const out = await client.call<{ repositories?: RepositoryJson[] }>('DescribeRepositories', {
          ...reg(registryId),
          repositoryNames: [name],
        });
        const r = out.repositories?.[0];
        return r ? toRepository(r) : undefined;
      } catch (e) {
        if (isCode(e, 'RepositoryNotFoundException')) return undefined;
        throw e;
      }
    },
    async createRepository(input) {
      const out = await client.call<{ repository: RepositoryJson }>('CreateRepository', {
        ...reg(input.registryId),
        repositoryName: input.repositoryName,
        imageTagMutability: input.imageTagMutability,
        ...(input.imageTagMutabilityExclusionFilters.length > 0
          ? {
              imageTagMutabilityExclusionFilters: input.imageTagMutabilityExclusionFilters.map((filter) => ({
                filterType: 'WILDCARD',
                filter,
              })),
            }
          : {}),
        imageScanningConfiguration: { scanOnPush: input.scanOnPush },
        encryptionConfiguration: {
          encryptionType: input.encryptionType,
          ...(input.kmsKey ? { kmsKey: input.kmsKey } : {}),
        },
        ...(input.tags?.length ? { tags: input.tags } : {}),
      });
      return toRepository(out.repository);
    },
    async getLifecyclePolicy(name, registryId) {
      try {
        const out = await client.call<{ lifecyclePolicyText?: string }>('GetLifecyclePolicy', {
          ...reg(registryId),
          repositoryName: name,
        });
        return out.lifecyclePolicyText;
      } catch (e) {
        if (isCode(e, 'LifecyclePolicyNotFoundException')) return undefined;
        throw e;
      }
    },
    async putLifecyclePolicy(name, text, registryId) {
      await client.call('PutLifecyclePolicy', {
        ...reg(registryId),
        repositoryName: name,
        lifecyclePolicyText: text,
      });
    },
    async deleteRepository(name, registryId) {
      await client.call('DeleteRepository', { ...reg(registryId), repositoryName: name });
    },
    async getAuthorizationToken(registryId) {
      const out = await client.call<{
        authorizationData?: { authorizationToken?: string; proxyEndpoint?: string; expiresAt?: number }[];
      }>('GetAuthorizationToken', registryId ? { registryIds: [registryId] } : {});
      const d = out.authorizationData?.[0];
      const decoded = Buffer.from(d?.authorizationToken ?? '', 'base64').toString('utf8');
      const colon = decoded.indexOf(':');
      if (!d?.proxyEndpoint || colon < 0) {
        throw new Error('GetAuthorizationToken returned no usable authorization data');
      }
      return {
        username: decoded.slice(0, colon),
        password: decoded.slice(colon + 1),
        proxyEndpoint: d.proxyEndpoint,
        expiresAt: Math.round((d.expiresAt ?? 0) * 1000),
      };
    },
    async describeImage(repository, id, registryId) {
      try {
        const out = await client.call<{
          imageDetails?: {
            registryId: string;
            repositoryName: string;
            imageDigest: string;
            imageTags?: string[];
            imageSizeInBytes?: number;
            imagePushedAt?: number;
            imageManifestMediaType?: string;
          }[];
        }>('DescribeImages', {
          ...reg(registryId),
          repositoryName: repository,
          imageIds: [
            { ...(id.digest ? { imageDigest: id.digest } : {}), ...(id.tag ? { imageTag: id.tag } : {}) },
          ],
        });
        const d = out.imageDetails?.[0];
        if (!d) return undefined;
        return {
          registryId: d.registryId,
          repositoryName: d.repositoryName,
          digest: d.imageDigest,
          tags: d.imageTags ?? [],
          sizeInBytes: d.imageSizeInBytes,
          pushedAt: d.imagePushedAt !== undefined ? Math.round(d.imagePushedAt * 1000) : undefined,
          mediaType: d.imageManifestMediaType,
        };
      } catch (e) {
        if (isCode(e, 'ImageNotFoundException')) return undefined;
        throw e;
      }
    },
    async getManifest(repository, id, registryId) {
      const out = await client.call<{
        images?: {
          imageId?: { imageDigest?: string };
          imageManifest?: string;
          imageManifestMediaType?: string;
        }[];
        failures?: { failureCode?: string; failureReason?: string }[];
      }>('BatchGetImage', {
        ...reg(registryId),
        repositoryName: repository,
        imageIds: [
          { ...(id.digest ? { imageDigest: id.digest } : {}), ...(id.tag ? { imageTag: id.tag } : {}) },
        ],
        acceptedMediaTypes: ACCEPTED_MANIFEST_TYPES,
      });
      const img = out.images?.[0];
      if (!img?.imageManifest) {
        const f = out.failures?.[0];
        if (!f || f.failureCode === 'ImageNotFound') return undefined;
        throw new Error(`BatchGetImage: ${f.failureCode}: ${f.failureReason}`);
      }
      return {
        digest: img.imageId?.imageDigest ?? '',
        manifest: img.imageManifest,
        mediaType: img.imageManifestMediaType ?? '',
      };
    },
    async putImage(input) {
      await client.call('PutImage', {
        ...reg(input.registryId),
        repositoryName: input.repository,
        imageManifest: input.manifest,
        imageManifestMediaType: input.mediaType,
        imageDigest: input.digest,
        ...(input.tag ? { imageTag: input.tag } : {}),
      });
    },
  };
}
