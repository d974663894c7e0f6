/**
 * ecr-push: ensure the repository, skip the build when this commit's image is already there (a re-run,
 * also against an immutable repository, is a success that reports the existing digest), otherwise log in,
 * build and push under the commit tag, then put every other tag on that digest with PutImage (no second
 * upload). Tags that would have to move in an immutable repository fail before anything is built.
 */
import { PolicyError } from '../errors.js';
import type { Ecr, Repository } from './api.js';
import { build, type BuildSpec } from './builders.js';
import { formatImage } from './refs.js';
import { registryLogin } from './registry-login.js';
import { ensureRepository, type EnsuredRepository, type RepositorySettings } from './repository.js';
import { applyTags, planTags, short, type TagChange } from './tagging.js';
import { tagIsImmutable, type TagPlan } from './tags.js';

export interface PushSettings {
  repository: RepositorySettings;
  tags: TagPlan;
  skipExisting: boolean;
  build: Omit<BuildSpec, 'pushRef' | 'cacheRef'> & { cacheRepository?: string };
}

export interface PushDeps {
  ecr: Ecr;
  addSecret(value: string): void;
  log(line: string): void;
  /**
   * Runs the build with a writer for its output (masked). The action passes a writer that wraps the output in
   * `::stop-commands::`, so a build cannot forge workflow commands; secrets are registered before it starts.
   */
  streamBuild?<T>(fn: (write: (chunk: string) => void) => Promise<T>): Promise<T>;
  env?: Record<string, string | undefined>;
  tempDir?: string;
  signal?: AbortSignal;
}

export interface PushResult {
  image: string;
  digest: string;
  repositoryUri: string;
  tags: TagChange[];
  skipped: boolean;
  sizeInBytes?: number;
  mediaType?: string;
  ensured: EnsuredRepository;
  builder: string;
  commands: string[][];
}

async function conflictsBeforeBuild(ecr: Ecr, repo: Repository, tags: string[]): Promise<void> {
  const held: string[] = [];
  for (const tag of tags) {
    if (!tagIsImmutable(repo, tag)) continue;
    const current = await ecr.describeImage(repo.repositoryName, { tag }, repo.registryId);
    if (current) held.push(`'${tag}' (on sha256:${short(current.digest)}…)`);
  }
  if (held.length > 0) {
    throw new PolicyError(
      `Tag${held.length > 1 ? 's' : ''} ${held.join(', ')} already exist${held.length > 1 ? '' : 's'} in repository ` +
        `'${repo.repositoryName}', whose tags are immutable (${repo.imageTagMutability}), so this commit's image ` +
        'could not take them. Nothing was built or pushed. Use tags that never move (the commit tag, {{version}}), ' +
        'or exclude moving tags from immutability with image-tag-mutability-exclusions.',
    );
  }
}

export async function pushImage(s: PushSettings, deps: PushDeps): Promise<PushResult> {
  const { ecr, log } = deps;
  const ensured = await ensureRepository(ecr, s.repository);
  const repo = ensured.repository;
  const host = repo.repositoryUri.split('/')[0] as string;
  log(
    ensured.created
      ? `Created repository ${repo.repositoryUri} (${repo.imageTagMutability}, scan on push ${repo.scanOnPush}, ${repo.encryptionType}).`
      : `Repository ${repo.repositoryUri} exists (${repo.imageTagMutability}).`,
  );

  const existing = s.skipExisting
    ? await ecr.describeImage(repo.repositoryName, { tag: s.tags.commitTag }, repo.registryId)
    : undefined;
  let digest: string;
  let commands: string[][] = [];
  if (existing) {
    digest = existing.digest;
    log(`${s.tags.commitTag} is already in ${repo.repositoryName} as ${digest}: build skipped.`);
  } else {
    await conflictsBeforeBuild(ecr, repo, s.tags.tags);
    const login = await registryLogin(ecr, repo.registryId, deps.addSecret);
    const pushRef = `${host}/${repo.repositoryName}:${s.tags.commitTag}`;
    const cacheRef = s.build.cacheRepository ? `${host}/${s.build.cacheRepository}:buildcache` : undefined;
    log(`Building with ${s.build.builder} and pushing ${pushRef}.`);
    const stream =
      deps.streamBuild ?? (<T>(fn: (write: (chunk: string) => void) => Promise<T>) => fn(() => undefined));
    const built = await stream((write) =>
      build({ ...s.build, pushRef, cacheRef }, login, {
        onOutput: write,
        env: deps.env,
        tempDir: deps.tempDir,
        signal: deps.signal,
      }),
    );
    digest = built.digest;
    commands = built.commands;
  }

  const manifest = await ecr.getManifest(repo.repositoryName, { digest }, repo.registryId);
  if (!manifest) throw new Error(`${digest} was pushed but ECR does not return its manifest`);
  const plan = await planTags(ecr, repo, digest, s.tags.tags);
  const tags = await applyTags(ecr, repo, manifest, plan);
  const detail = await ecr.describeImage(repo.repositoryName, { digest }, repo.registryId);
  const missing = s.tags.tags.filter((t) => !detail?.tags.includes(t));
  if (!detail || missing.length > 0) {
    throw new Error(`After the push, ${repo.repositoryName}@${digest} lacks tags: ${missing.join(', ')}`);
  }
  return {
    image: formatImage(host, repo.repositoryName, digest),
    digest,
    repositoryUri: repo.repositoryUri,
    tags,
    skipped: existing !== undefined,
    sizeInBytes: detail.sizeInBytes,
    mediaType: manifest.mediaType,
    ensured,
    builder: s.build.builder,
    commands,
  };
}
