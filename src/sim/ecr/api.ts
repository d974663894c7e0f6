/**
 * The ECR control plane (AWS JSON 1.1, `X-Amz-Target: AmazonEC2ContainerRegistry_V20150921.<Operation>`) as
 * far as Keelson uses it, with SigV4 verified and the error codes and messages of the ECR API reference. Image
 * operations read and write the real registry behind each emulated registry.
 */
import { randomBytes } from 'node:crypto';
import type { Clock } from '../../lib/clock.js';
import { INDEX_TYPES, MANIFEST_TYPES, parseManifest, sha256Digest } from './backend.js';
import {
  DIGEST,
  REPOSITORY_NAME,
  TAG,
  tagIsImmutable,
  type SimRegistry,
  type SimRepository,
  type TagMutability,
} from './state.js';

export class EcrApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status = 400,
  ) {
    super(message);
  }
}

type Json = Record<string, unknown>;

export interface ApiContext {
  /** The caller's account (from the signing key). */
  accountId: string;
  /** The region the request was signed for. */
  region: string;
  registries: SimRegistry[];
  clock: Clock;
  tokenTtlMs: number;
}

const TARGET_PREFIX = 'AmazonEC2ContainerRegistry_V20150921.';

export const OPERATIONS: Record<string, (ctx: ApiContext, input: Json) => Promise<Json>> = {
  CreateRepository: createRepository,
  DescribeRepositories: describeRepositories,
  GetAuthorizationToken: getAuthorizationToken,
  DescribeImages: describeImages,
  BatchGetImage: batchGetImage,
  PutImage: putImage,
  BatchCheckLayerAvailability: batchCheckLayerAvailability,
  PutLifecyclePolicy: putLifecyclePolicy,
  GetLifecyclePolicy: getLifecyclePolicy,
  DeleteRepository: deleteRepository,
};

export function operationOf(target: string | undefined): string | undefined {
  if (!target?.startsWith(TARGET_PREFIX)) return undefined;
  return target.slice(TARGET_PREFIX.length);
}

// ---------------------------------------------------------------------------------------------------------
// Validation helpers: messages as AWS's shape validation words them.

function constraint(field: string, rule: string): EcrApiError {
  return new EcrApiError(
    'InvalidParameterException',
    `Invalid parameter at '${field}' failed to satisfy constraint: '${rule}'`,
  );
}

function str(input: Json, field: string, opts: { required?: boolean } = {}): string | undefined {
  const v = input[field];
  if (v === undefined || v === null) {
    if (opts.required) throw constraint(field, 'Member must not be null');
    return undefined;
  }
  if (typeof v !== 'string')
    throw new EcrApiError('SerializationException', `Expected a string for ${field}`);
  return v;
}

function repositoryName(input: Json): string {
  const name = str(input, 'repositoryName', { required: true }) as string;
  if (name.length < 2 || name.length > 256) {
    throw constraint('repositoryName', 'Member must have length between 2 and 256');
  }
  if (!REPOSITORY_NAME.test(name)) {
    throw constraint(
      'repositoryName',
      `must satisfy regular expression '${REPOSITORY_NAME.source.slice(1, -1)}'`,
    );
  }
  return name;
}

function registryFor(ctx: ApiContext, input: Json): SimRegistry {
  const id = str(input, 'registryId') ?? ctx.accountId;
  if (!/^[0-9]{12}$/.test(id)) throw constraint('registryId', "must satisfy regular expression '[0-9]{12}'");
  const reg = ctx.registries.find((r) => r.accountId === id && r.region === ctx.region);
  if (!reg) {
    throw new EcrApiError(
      'RegistryNotFoundException',
      `The registry with id '${id}' does not exist in ${ctx.region}.`,
    );
  }
  return reg;
}

function repositoryIn(reg: SimRegistry, name: string): SimRepository {
  const repo = reg.repositories.get(name);
  if (!repo) {
    throw new EcrApiError(
      'RepositoryNotFoundException',
      `The repository with name '${name}' does not exist in the registry with id '${reg.accountId}'`,
    );
  }
  return repo;
}

function epochSeconds(ms: number): number {
  return ms / 1000;
}

function repositoryJson(r: SimRepository): Json {
  return {
    repositoryArn: r.repositoryArn,
    registryId: r.registryId,
    repositoryName: r.repositoryName,
    repositoryUri: r.repositoryUri,
    createdAt: epochSeconds(r.createdAt),
    imageTagMutability: r.imageTagMutability,
    ...(r.imageTagMutabilityExclusionFilters.length > 0
      ? { imageTagMutabilityExclusionFilters: r.imageTagMutabilityExclusionFilters }
      : {}),
    imageScanningConfiguration: r.imageScanningConfiguration,
    encryptionConfiguration: r.encryptionConfiguration,
  };
}

const MUTABILITIES: TagMutability[] = [
  'MUTABLE',
  'IMMUTABLE',
  'MUTABLE_WITH_EXCLUSION',
  'IMMUTABLE_WITH_EXCLUSION',
];

// ---------------------------------------------------------------------------------------------------------
// Operations

async function createRepository(ctx: ApiContext, input: Json): Promise<Json> {
  const reg = registryFor(ctx, input);
  const name = repositoryName(input);
  const mutability = (str(input, 'imageTagMutability') ?? 'MUTABLE') as TagMutability;
  if (!MUTABILITIES.includes(mutability)) {
    throw constraint(
      'imageTagMutability',
      `Member must satisfy enum value set: [${MUTABILITIES.join(', ')}]`,
    );
  }
  const filtersRaw = input.imageTagMutabilityExclusionFilters;
  const filters: SimRepository['imageTagMutabilityExclusionFilters'] = [];
  if (filtersRaw !== undefined) {
    if (!Array.isArray(filtersRaw)) throw new EcrApiError('SerializationException', 'Expected a list');
    for (const f of filtersRaw as Json[]) {
      const filter = str(f, 'filter', { required: true }) as string;
      if (f.filterType !== 'WILDCARD')
        throw constraint('filterType', 'Member must satisfy enum value set: [WILDCARD]');
      if (!/^[0-9a-zA-Z._*-]{1,128}$/.test(filter)) {
        throw constraint('filter', "must satisfy regular expression '^[0-9a-zA-Z._*-]{1,128}'");
      }
      filters.push({ filterType: 'WILDCARD', filter });
    }
  }
  const withExclusion = mutability.endsWith('_WITH_EXCLUSION');
  if (withExclusion !== filters.length > 0) {
    throw new EcrApiError(
      'InvalidParameterException',
      withExclusion
        ? `imageTagMutabilityExclusionFilters must be specified when imageTagMutability is ${mutability}.`
        : `imageTagMutabilityExclusionFilters can only be specified with IMMUTABLE_WITH_EXCLUSION or MUTABLE_WITH_EXCLUSION.`,
    );
  }
  const scan = (input.imageScanningConfiguration as Json | undefined)?.scanOnPush;
  const enc = (input.encryptionConfiguration as Json | undefined) ?? {};
  const encryptionType = (enc.encryptionType as string | undefined) ?? 'AES256';
  if (!['AES256', 'KMS', 'KMS_DSSE'].includes(encryptionType)) {
    throw constraint('encryptionType', 'Member must satisfy enum value set: [AES256, KMS, KMS_DSSE]');
  }
  let kmsKey = enc.kmsKey as string | undefined;
  if (encryptionType === 'AES256' && kmsKey) {
    throw new EcrApiError(
      'InvalidParameterException',
      'A KMS key cannot be specified when the encryption type is AES256.',
    );
  }
  if (encryptionType !== 'AES256') {
    if (
      kmsKey !== undefined &&
      !/^(arn:aws[a-z-]*:kms:[a-z0-9-]+:\d{12}:(key|alias)\/.+|alias\/.+|[0-9a-f-]{36})$/.test(kmsKey)
    ) {
      throw new EcrApiError('KmsException', `Invalid KMS key '${kmsKey}'.`);
    }
    kmsKey ??= `arn:aws:kms:${reg.region}:${reg.accountId}:key/aws/ecr`;
  }
  if (reg.repositories.has(name)) {
    throw new EcrApiError(
      'RepositoryAlreadyExistsException',
      `The repository with name '${name}' already exists in the registry with id '${reg.accountId}'`,
    );
  }
  const repo: SimRepository = {
    repositoryName: name,
    repositoryArn: `arn:aws:ecr:${reg.region}:${reg.accountId}:repository/${name}`,
    registryId: reg.accountId,
    repositoryUri: `${reg.host}/${name}`,
    createdAt: ctx.clock.now(),
    imageTagMutability: mutability,
    imageTagMutabilityExclusionFilters: filters,
    imageScanningConfiguration: { scanOnPush: scan === true },
    encryptionConfiguration: { encryptionType: encryptionType as 'AES256', ...(kmsKey ? { kmsKey } : {}) },
    pushedAt: new Map(),
  };
  reg.repositories.set(name, repo);
  return { repository: repositoryJson(repo) };
}

async function describeRepositories(ctx: ApiContext, input: Json): Promise<Json> {
  const reg = registryFor(ctx, input);
  const names = input.repositoryNames as string[] | undefined;
  if (names !== undefined) {
    if (!Array.isArray(names) || names.length < 1 || names.length > 100) {
      throw constraint('repositoryNames', 'Member must have length between 1 and 100');
    }
    return { repositories: names.map((n) => repositoryJson(repositoryIn(reg, n))) };
  }
  return { repositories: [...reg.repositories.values()].map(repositoryJson) };
}

async function getAuthorizationToken(ctx: ApiContext, input: Json): Promise<Json> {
  const ids = (input.registryIds as string[] | undefined) ?? [ctx.accountId];
  const expiresAt = ctx.clock.now() + ctx.tokenTtlMs;
  const authorizationData = ids.map((id) => {
    const reg = registryFor(ctx, { registryId: id });
    const password = randomBytes(48).toString('base64url');
    reg.passwords.set(password, expiresAt);
    return {
      authorizationToken: Buffer.from(`AWS:${password}`).toString('base64'),
      expiresAt: epochSeconds(expiresAt),
      proxyEndpoint: reg.endpoint,
    };
  });
  return { authorizationData };
}

interface ImageId {
  imageDigest?: string;
  imageTag?: string;
}

function imageIds(input: Json, max: number): ImageId[] | undefined {
  const ids = input.imageIds;
  if (ids === undefined) return undefined;
  if (!Array.isArray(ids) || ids.length < 1 || ids.length > max) {
    throw constraint('imageIds', `Member must have length between 1 and ${max}`);
  }
  return ids as ImageId[];
}

async function describeImages(ctx: ApiContext, input: Json): Promise<Json> {
  const reg = registryFor(ctx, input);
  const repo = repositoryIn(reg, repositoryName(input));
  const all = await reg.images(repo);
  const ids = imageIds(input, 100);
  let selected = all;
  if (ids) {
    selected = [];
    for (const id of ids) {
      if (!id.imageDigest && !id.imageTag) {
        throw new EcrApiError(
          'InvalidParameterException',
          'Invalid parameter: imageId must have a digest or a tag',
        );
      }
      const hit = all.find(
        (i) =>
          (!id.imageDigest || i.digest === id.imageDigest) && (!id.imageTag || i.tags.includes(id.imageTag)),
      );
      if (!hit) {
        const what =
          id.imageTag && id.imageDigest
            ? `imageDigest=${id.imageDigest}, imageTag=${id.imageTag}`
            : id.imageTag
              ? `imageTag=${id.imageTag}`
              : `imageDigest=${id.imageDigest}`;
        throw new EcrApiError(
          'ImageNotFoundException',
          `The image with imageId {${what}} does not exist within the repository with name '${repo.repositoryName}' in the registry with id '${reg.accountId}'`,
        );
      }
      if (!selected.includes(hit)) selected.push(hit);
    }
  }
  const tagStatus = (input.filter as Json | undefined)?.tagStatus;
  if (tagStatus === 'TAGGED') selected = selected.filter((i) => i.tags.length > 0);
  if (tagStatus === 'UNTAGGED') selected = selected.filter((i) => i.tags.length === 0);
  return {
    imageDetails: selected.map((i) => ({
      registryId: reg.accountId,
      repositoryName: repo.repositoryName,
      imageDigest: i.digest,
      ...(i.tags.length > 0 ? { imageTags: i.tags } : {}),
      imageSizeInBytes: i.sizeInBytes,
      imagePushedAt: epochSeconds(i.pushedAt),
      imageManifestMediaType: i.mediaType,
      ...(i.artifactMediaType ? { artifactMediaType: i.artifactMediaType } : {}),
    })),
  };
}

async function batchGetImage(ctx: ApiContext, input: Json): Promise<Json> {
  const reg = registryFor(ctx, input);
  const repo = repositoryIn(reg, repositoryName(input));
  const ids = imageIds(input, 100);
  if (!ids) throw constraint('imageIds', 'Member must not be null');
  const accepted = (input.acceptedMediaTypes as string[] | undefined) ?? [
    'application/vnd.docker.distribution.manifest.v1+json',
  ];
  const images: Json[] = [];
  const failures: Json[] = [];
  for (const id of ids) {
    const fail = (failureCode: string, failureReason: string): void => {
      failures.push({ imageId: id, failureCode, failureReason });
    };
    if (!id.imageDigest && !id.imageTag) {
      fail('MissingDigestAndTag', 'Missing image digest and tag');
      continue;
    }
    if (id.imageDigest && !DIGEST.test(id.imageDigest)) {
      fail('InvalidImageDigest', 'Invalid image digest');
      continue;
    }
    if (id.imageTag && !TAG.test(id.imageTag)) {
      fail('InvalidImageTag', 'Invalid image tag');
      continue;
    }
    let digest = id.imageDigest;
    if (id.imageTag) {
      const tagged = await reg.backend.resolve(repo.repositoryName, id.imageTag);
      if (!tagged) {
        fail('ImageNotFound', 'Requested image not found');
        continue;
      }
      if (digest && tagged !== digest) {
        fail('ImageTagDoesNotMatchDigest', 'Provided tag does not match the given digest');
        continue;
      }
      digest = tagged;
    }
    const m = await reg.backend.manifest(repo.repositoryName, digest as string);
    if (!m) {
      fail('ImageNotFound', 'Requested image not found');
      continue;
    }
    if (!accepted.includes(m.mediaType)) {
      // ECR converts nothing but Docker v2 schema 2 → schema 1, which this emulator does not model.
      fail('ImageNotFound', `Requested image not found in an accepted media type (${accepted.join(', ')})`);
      continue;
    }
    images.push({
      registryId: reg.accountId,
      repositoryName: repo.repositoryName,
      imageId: { imageDigest: m.digest, ...(id.imageTag ? { imageTag: id.imageTag } : {}) },
      imageManifest: m.bytes.toString('utf8'),
      imageManifestMediaType: m.mediaType,
    });
  }
  return { images, failures };
}

async function putImage(ctx: ApiContext, input: Json): Promise<Json> {
  const reg = registryFor(ctx, input);
  const repo = repositoryIn(reg, repositoryName(input));
  const manifestText = str(input, 'imageManifest', { required: true }) as string;
  if (manifestText.length < 1 || manifestText.length > 4_194_304) {
    throw constraint('imageManifest', 'Member must have length between 1 and 4194304');
  }
  const bytes = Buffer.from(manifestText, 'utf8');
  const doc = parseManifest(bytes);
  if (!doc)
    throw new EcrApiError(
      'InvalidParameterException',
      "Invalid parameter at 'imageManifest': not valid JSON",
    );
  const mediaType = str(input, 'imageManifestMediaType') ?? doc.mediaType;
  if (!mediaType || !(MANIFEST_TYPES as readonly string[]).includes(mediaType)) {
    throw new EcrApiError(
      'InvalidParameterException',
      `Invalid parameter at 'imageManifestMediaType': unsupported media type '${mediaType ?? ''}'`,
    );
  }
  if (doc.mediaType && doc.mediaType !== mediaType) {
    throw new EcrApiError(
      'InvalidParameterException',
      `Invalid parameter at 'ImageManifest' failed to satisfy constraint: 'mediaType ${doc.mediaType} does not match imageManifestMediaType ${mediaType}'`,
    );
  }
  const digest = sha256Digest(bytes);
  const givenDigest = str(input, 'imageDigest');
  if (givenDigest && givenDigest !== digest) {
    throw new EcrApiError(
      'ImageDigestDoesNotMatchException',
      `The imageDigest '${givenDigest}' does not match the digest of the manifest, '${digest}'.`,
    );
  }
  const tag = str(input, 'imageTag');
  if (tag !== undefined && !TAG.test(tag)) {
    throw constraint('imageTag', 'Member must have length between 1 and 300 and match the tag format');
  }
  const reference = tag ?? digest;
  const existing = tag ? await reg.backend.resolve(repo.repositoryName, tag) : undefined;
  if (tag && existing === digest) {
    throw new EcrApiError(
      'ImageAlreadyExistsException',
      `Image with digest '${digest}' and tag '${tag}' already exists in the repository with name '${repo.repositoryName}' in registry with id '${reg.accountId}'`,
    );
  }
  if (!tag && (await reg.backend.manifest(repo.repositoryName, digest))) {
    throw new EcrApiError(
      'ImageAlreadyExistsException',
      `Image with digest '${digest}' already exists in the repository with name '${repo.repositoryName}' in registry with id '${reg.accountId}'`,
    );
  }
  if (tag && existing && tagIsImmutable(repo, tag)) {
    throw new EcrApiError(
      'ImageTagAlreadyExistsException',
      `The image tag '${tag}' already exists in the '${repo.repositoryName}' repository and cannot be overwritten because the tag is immutable.`,
    );
  }
  // Check references the way ECR does before storing: an index needs its manifests, an image its blobs.
  if (INDEX_TYPES.has(mediaType)) {
    const missing: string[] = [];
    for (const child of doc.manifests ?? []) {
      if (!(await reg.backend.manifest(repo.repositoryName, child.digest))) missing.push(child.digest);
    }
    if (missing.length > 0) {
      throw new EcrApiError(
        'ReferencedImagesNotFoundException',
        `The following referenced images were not found: ${missing.join(', ')}`,
      );
    }
  } else {
    const blobs = [doc.config, ...(doc.layers ?? []).filter((l) => !l.urls?.length)].filter(
      (b): b is { digest: string; size: number } => b !== undefined,
    );
    const missing: string[] = [];
    for (const b of blobs) {
      if ((await reg.backend.blobSize(repo.repositoryName, b.digest)) === undefined) missing.push(b.digest);
    }
    if (missing.length > 0) {
      throw new EcrApiError(
        'LayersNotFoundException',
        `Layers with digests '[${missing.join(', ')}]' required for pushing image into repository with name '${repo.repositoryName}' in the registry with id '${reg.accountId}' do not exist`,
      );
    }
  }
  const r = await reg.backend.putManifest(repo.repositoryName, reference, mediaType, bytes);
  if (r.status !== 201) {
    throw new EcrApiError(
      'InvalidParameterException',
      `Invalid parameter at 'imageManifest': the registry refused the manifest (${r.body.toString('utf8').slice(0, 300)})`,
    );
  }
  reg.markPushed(repo, digest, ctx.clock.now());
  return {
    image: {
      registryId: reg.accountId,
      repositoryName: repo.repositoryName,
      imageId: { imageDigest: digest, ...(tag ? { imageTag: tag } : {}) },
      imageManifest: manifestText,
      imageManifestMediaType: mediaType,
    },
  };
}

async function batchCheckLayerAvailability(ctx: ApiContext, input: Json): Promise<Json> {
  const reg = registryFor(ctx, input);
  const repo = repositoryIn(reg, repositoryName(input));
  const digests = input.layerDigests as string[] | undefined;
  if (!Array.isArray(digests) || digests.length < 1 || digests.length > 100) {
    throw constraint('layerDigests', 'Member must have length between 1 and 100');
  }
  const layers: Json[] = [];
  const failures: Json[] = [];
  for (const d of digests) {
    if (!DIGEST.test(d)) {
      failures.push({
        layerDigest: d,
        failureCode: 'InvalidLayerDigest',
        failureReason: 'Invalid layer digest',
      });
      continue;
    }
    const size = await reg.backend.blobSize(repo.repositoryName, d);
    layers.push(
      size === undefined
        ? { layerDigest: d, layerAvailability: 'UNAVAILABLE' }
        : { layerDigest: d, layerAvailability: 'AVAILABLE', layerSize: size },
    );
  }
  return { layers, failures };
}

function lifecycleError(why: string): EcrApiError {
  return new EcrApiError(
    'InvalidParameterException',
    `Invalid parameter at 'LifecyclePolicyText' failed to satisfy constraint: 'Lifecycle policy validation failure: ${why}'`,
  );
}

/** The rules ECR checks on a lifecycle policy document (ECR User Guide, lifecycle policy properties). */
export function validateLifecyclePolicy(text: string): void {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    throw lifecycleError('the policy is not valid JSON');
  }
  const rules = (doc as Json | null)?.rules;
  if (!Array.isArray(rules) || rules.length === 0)
    throw lifecycleError('object has missing required properties (["rules"])');
  const priorities = new Set<number>();
  for (const rule of rules as Json[]) {
    const p = rule.rulePriority;
    if (typeof p !== 'number' || !Number.isInteger(p) || p < 1)
      throw lifecycleError('rulePriority must be an integer >= 1');
    if (priorities.has(p)) throw lifecycleError(`rulePriority ${p} is used by more than one rule`);
    priorities.add(p);
    const sel = rule.selection as Json | undefined;
    if (!sel) throw lifecycleError('object has missing required properties (["selection"])');
    if (!['tagged', 'untagged', 'any'].includes(sel.tagStatus as string)) {
      throw lifecycleError(`tagStatus must be one of tagged, untagged, any`);
    }
    if (sel.tagStatus === 'tagged' && !sel.tagPrefixList && !sel.tagPatternList) {
      throw lifecycleError('tagPrefixList or tagPatternList is required when tagStatus is tagged');
    }
    if (sel.countType === 'imageCountMoreThan') {
      if (sel.countUnit !== undefined)
        throw lifecycleError('countUnit is not allowed with imageCountMoreThan');
    } else if (sel.countType === 'sinceImagePushed') {
      if (sel.countUnit !== 'days') throw lifecycleError('countUnit must be days with sinceImagePushed');
    } else {
      throw lifecycleError('countType must be imageCountMoreThan or sinceImagePushed');
    }
    if (typeof sel.countNumber !== 'number' || !Number.isInteger(sel.countNumber) || sel.countNumber < 1) {
      throw lifecycleError('countNumber must be an integer >= 1');
    }
    if ((rule.action as Json | undefined)?.type !== 'expire')
      throw lifecycleError('action.type must be expire');
  }
}

async function putLifecyclePolicy(ctx: ApiContext, input: Json): Promise<Json> {
  const reg = registryFor(ctx, input);
  const repo = repositoryIn(reg, repositoryName(input));
  const text = str(input, 'lifecyclePolicyText', { required: true }) as string;
  if (text.length < 100 || text.length > 30_720) {
    throw constraint('lifecyclePolicyText', 'Member must have length between 100 and 30720');
  }
  validateLifecyclePolicy(text);
  repo.lifecyclePolicyText = text;
  repo.lifecyclePolicyUpdatedAt = ctx.clock.now();
  return { registryId: reg.accountId, repositoryName: repo.repositoryName, lifecyclePolicyText: text };
}

async function getLifecyclePolicy(ctx: ApiContext, input: Json): Promise<Json> {
  const reg = registryFor(ctx, input);
  const repo = repositoryIn(reg, repositoryName(input));
  if (!repo.lifecyclePolicyText) {
    throw new EcrApiError(
      'LifecyclePolicyNotFoundException',
      `Lifecycle policy does not exist for the repository with name '${repo.repositoryName}' in the registry with id '${reg.accountId}'`,
    );
  }
  return {
    registryId: reg.accountId,
    repositoryName: repo.repositoryName,
    lifecyclePolicyText: repo.lifecyclePolicyText,
    lastEvaluatedAt: epochSeconds(repo.lifecyclePolicyUpdatedAt ?? repo.createdAt),
  };
}

async function deleteRepository(ctx: ApiContext, input: Json): Promise<Json> {
  const reg = registryFor(ctx, input);
  const repo = repositoryIn(reg, repositoryName(input));
  const images = await reg.images(repo);
  if (images.length > 0 && input.force !== true) {
    throw new EcrApiError(
      'RepositoryNotEmptyException',
      `The repository with name '${repo.repositoryName}' in registry with id '${reg.accountId}' cannot be deleted because it still contains images`,
    );
  }
  for (const i of images) await reg.backend.deleteManifest(repo.repositoryName, i.digest);
  reg.repositories.delete(repo.repositoryName);
  return { repository: repositoryJson(repo) };
}
