/**
 * Putting tags on an image that is already in a repository: PutImage with the image's exact manifest bytes
 * and media type (no layer moves). Tags already on the image are left alone (idempotent re-runs, also in
 * immutable repositories where ECR refuses even the same image again); a tag on another image moves in a
 * mutable repository and is one PolicyError, before anything changed, where ECR keeps it immutable.
 */
import { PolicyError } from '../errors.js';
import type { AwsServiceError } from '../aws/json-client.js';
import type { Ecr, ImageManifest, Repository } from './api.js';
import { tagIsImmutable } from './tags.js';

export interface TagChange {
  tag: string;
  action: 'created' | 'moved' | 'unchanged';
  /** The digest a moved tag pointed at before. */
  previous?: string;
}

export function short(digest: string): string {
  return digest.replace(/^sha256:/, '').slice(0, 12);
}

export async function planTags(
  ecr: Ecr,
  repo: Repository,
  digest: string,
  tags: string[],
): Promise<TagChange[]> {
  const changes: TagChange[] = [];
  const conflicts: { tag: string; holds: string }[] = [];
  for (const tag of tags) {
    const current = await ecr.describeImage(repo.repositoryName, { tag }, repo.registryId);
    if (!current) changes.push({ tag, action: 'created' });
    else if (current.digest === digest) changes.push({ tag, action: 'unchanged' });
    else if (tagIsImmutable(repo, tag)) conflicts.push({ tag, holds: current.digest });
    else changes.push({ tag, action: 'moved', previous: current.digest });
  }
  if (conflicts.length > 0) {
    const list = conflicts.map((c) => `'${c.tag}' (on sha256:${short(c.holds)}…)`).join(', ');
    throw new PolicyError(
      `Tag${conflicts.length > 1 ? 's' : ''} ${list} already exist${conflicts.length > 1 ? '' : 's'} in ` +
        `repository '${repo.repositoryName}', whose tags are immutable (${repo.imageTagMutability}); ` +
        `${conflicts.length > 1 ? 'they' : 'it'} cannot be moved to sha256:${short(digest)}…. Nothing was changed. ` +
        'Promote under a new tag, or exclude moving tags from immutability (IMMUTABLE_WITH_EXCLUSION).',
    );
  }
  return changes;
}

/** Applies planned changes with PutImage; a race lost to the same image counts as unchanged. */
export async function applyTags(
  ecr: Ecr,
  repo: Repository,
  image: ImageManifest,
  changes: TagChange[],
): Promise<TagChange[]> {
  const out: TagChange[] = [];
  for (const c of changes) {
    if (c.action === 'unchanged') {
      out.push(c);
      continue;
    }
    try {
      await ecr.putImage({
        repository: repo.repositoryName,
        registryId: repo.registryId,
        manifest: image.manifest,
        mediaType: image.mediaType,
        digest: image.digest,
        tag: c.tag,
      });
      out.push(c);
    } catch (e) {
      const code = (e as AwsServiceError).code;
      if (code === 'ImageAlreadyExistsException') out.push({ tag: c.tag, action: 'unchanged' });
      else if (code === 'ImageTagAlreadyExistsException') {
        throw new PolicyError(
          `Tag '${c.tag}' was created on another image in '${repo.repositoryName}' while this step ran, and ` +
            `the repository's tags are immutable: ${(e as Error).message}`,
        );
      } else throw e;
    }
  }
  return out;
}
