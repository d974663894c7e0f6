/**
 * Ensure the repository ecr-push pushes to: create it with the requested settings when it is missing; an
 * existing repository is never changed — each setting the inputs asked for that differs is reported instead
 * (the platform team's Terraform, not a build step, owns a repository once it exists).
 */
import { InputError } from '../errors.js';
import type { AwsServiceError } from '../aws/json-client.js';
import type { Ecr, Repository, TagMutability } from './api.js';

export interface RepositorySettings {
  name: string;
  registryId?: string;
  /** Requested settings; undefined = not asked for (creation uses the default after ??). */
  tagMutability?: TagMutability;
  tagMutabilityExclusions?: string[];
  scanOnPush?: boolean;
  kmsKey?: string;
  /** Lifecycle policy JSON text (from the lifecycle-policy file), and that file's path for messages. */
  lifecyclePolicy?: { text: string; file: string };
}

export interface RepositoryDifference {
  setting: string;
  input: string;
  wanted: string;
  actual: string;
}

export interface EnsuredRepository {
  repository: Repository;
  created: boolean;
  /** Set on creation: whether the lifecycle policy was applied. */
  lifecyclePolicyApplied: boolean;
  differences: RepositoryDifference[];
}

export const DEFAULT_TAG_MUTABILITY: TagMutability = 'IMMUTABLE';

function canonicalJson(text: string): string {
  const sort = (v: unknown): unknown =>
    Array.isArray(v)
      ? v.map(sort)
      : v && typeof v === 'object'
        ? Object.fromEntries(
            Object.keys(v as object)
              .sort()
              .map((k) => [k, sort((v as Record<string, unknown>)[k])]),
          )
        : v;
  try {
    return JSON.stringify(sort(JSON.parse(text)));
  } catch {
    return text;
  }
}

function fromApi(e: unknown, s: RepositorySettings): never {
  const code = (e as AwsServiceError).code;
  const message = (e as Error).message;
  if (code === 'InvalidParameterException' && /LifecyclePolicyText|Lifecycle policy/i.test(message)) {
    throw new InputError(
      'lifecycle-policy',
      `Invalid input 'lifecycle-policy': ECR refused ${s.lifecyclePolicy?.file}: ${message}`,
    );
  }
  if (code === 'InvalidParameterException' && /repositoryName/.test(message)) {
    throw new InputError('repository', `Invalid input 'repository': '${s.name}'. ${message}`);
  }
  if (code === 'KmsException')
    throw new InputError('kms-key', `Invalid input 'kms-key': '${s.kmsKey}'. ${message}`);
  if (code === 'InvalidParameterException' && /exclusion/i.test(message)) {
    throw new InputError(
      'image-tag-mutability-exclusions',
      `Invalid input 'image-tag-mutability-exclusions': ${message}`,
    );
  }
  throw e;
}

export async function ensureRepository(ecr: Ecr, s: RepositorySettings): Promise<EnsuredRepository> {
  const existing = await ecr.describeRepository(s.name, s.registryId);
  if (!existing) {
    let repository: Repository;
    try {
      repository = await ecr.createRepository({
        repositoryName: s.name,
        registryId: s.registryId,
        imageTagMutability: s.tagMutability ?? DEFAULT_TAG_MUTABILITY,
        imageTagMutabilityExclusionFilters: s.tagMutabilityExclusions ?? [],
        scanOnPush: s.scanOnPush ?? true,
        encryptionType: s.kmsKey ? 'KMS' : 'AES256',
        kmsKey: s.kmsKey,
      });
    } catch (e) {
      if ((e as AwsServiceError).code === 'RepositoryAlreadyExistsException') {
        // Created by a concurrent run between our describe and create: treat as existing.
        return ensureRepository(ecr, s);
      }
      fromApi(e, s);
    }
    if (s.lifecyclePolicy) {
      try {
        await ecr.putLifecyclePolicy(s.name, s.lifecyclePolicy.text, repository.registryId);
      } catch (e) {
        // Leave things as they were: the repository this step just made (still empty) goes again.
        await ecr.deleteRepository(s.name, repository.registryId).catch(() => undefined);
        fromApi(e, s);
      }
    }
    return { repository, created: true, lifecyclePolicyApplied: Boolean(s.lifecyclePolicy), differences: [] };
  }

  const differences: RepositoryDifference[] = [];
  const diff = (setting: string, input: string, wanted: string, actual: string): void => {
    if (wanted !== actual) differences.push({ setting, input, wanted, actual });
  };
  if (s.tagMutability)
    diff('imageTagMutability', 'image-tag-mutability', s.tagMutability, existing.imageTagMutability);
  if (s.tagMutabilityExclusions) {
    diff(
      'imageTagMutabilityExclusionFilters',
      'image-tag-mutability-exclusions',
      [...s.tagMutabilityExclusions].sort().join(', ') || '(none)',
      [...existing.imageTagMutabilityExclusionFilters].sort().join(', ') || '(none)',
    );
  }
  if (s.scanOnPush !== undefined)
    diff('scanOnPush', 'scan-on-push', String(s.scanOnPush), String(existing.scanOnPush));
  if (s.kmsKey) {
    diff(
      'encryption',
      'kms-key',
      `KMS ${s.kmsKey}`,
      existing.encryptionType === 'AES256'
        ? 'AES256'
        : `${existing.encryptionType} ${existing.kmsKey ?? ''}`.trim(),
    );
  }
  if (s.lifecyclePolicy) {
    const actual = await ecr.getLifecyclePolicy(s.name, existing.registryId);
    if (actual === undefined) {
      differences.push({
        setting: 'lifecyclePolicy',
        input: 'lifecycle-policy',
        wanted: s.lifecyclePolicy.file,
        actual: '(none)',
      });
    } else if (canonicalJson(actual) !== canonicalJson(s.lifecyclePolicy.text)) {
      differences.push({
        setting: 'lifecyclePolicy',
        input: 'lifecycle-policy',
        wanted: s.lifecyclePolicy.file,
        actual: 'a different policy',
      });
    }
  }
  return { repository: existing, created: false, lifecyclePolicyApplied: false, differences };
}
