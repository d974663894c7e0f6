/**
 * The inputs of ecr-push and ecr-promote, parsed once into typed settings. Every bad value is one InputError
 * naming the input and what was expected, before anything is called.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { InputError } from '../errors.js';
import type { Env } from '../core.js';
import type { Inputs } from '../inputs.js';
import type { GitHubContext } from '../github/context.js';
import { parseRegion } from '../aws/regions.js';
import type { BuilderName } from './builders.js';
import type { PromoteRequest } from './promote.js';
import type { PushSettings } from './push.js';
import { parseImageRef, parseRepositoryName } from './refs.js';
import { computeTags, parseTagTemplates, TAG_MUTABILITIES, type TagMutability } from './tags.js';

/** Build-arg names are environment variable names here (values travel in the builder's environment). */
const BUILD_ARG_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

export function readRegion(inputs: Inputs, env: Env, input = 'aws-region'): string {
  const raw = inputs.string(input) || env.AWS_REGION || env.AWS_DEFAULT_REGION || '';
  if (!raw) {
    throw InputError.required(input, 'the AWS region of the registry, such as eu-west-1 (or set AWS_REGION)');
  }
  return parseRegion(input, raw);
}

function readAccount(inputs: Inputs, input: string): string | undefined {
  const raw = inputs.string(input);
  if (!raw) return undefined;
  if (!/^\d{12}$/.test(raw)) throw InputError.invalid(input, raw, 'a 12-digit AWS account ID');
  return raw;
}

/** `KEY=VALUE` lines (values may contain `=` and be empty); keys checked by `key`. */
function readPairs(inputs: Inputs, input: string, key: RegExp, expected: string): Record<string, string> {
  const out: Record<string, string> = {};
  const raw = inputs.raw(input);
  if (!raw) return out;
  for (const line of raw.split(/\r?\n/)) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    const eq = line.indexOf('=');
    const k = (eq < 0 ? line : line.slice(0, eq)).trim();
    if (eq < 0 || !key.test(k)) throw InputError.invalid(input, eq < 0 ? line : k, expected);
    out[k] = line.slice(eq + 1);
  }
  return out;
}

function inside(workspace: string, p: string): string {
  return isAbsolute(p) ? p : resolve(workspace, p);
}

export function readPushSettings(
  inputs: Inputs,
  ctx: GitHubContext,
  env: Env,
): PushSettings & { region: string } {
  const region = readRegion(inputs, env);
  const name = parseRepositoryName(
    'repository',
    inputs.string('repository', { required: true, expected: 'an ECR repository name such as team/web' }),
  );
  const registryId = readAccount(inputs, 'registry-id');
  const builder = inputs.enum<BuilderName>('builder', ['docker', 'buildah'], 'docker');
  const context = inside(ctx.workspace, inputs.string('context', { default: '.' }));
  if (!existsSync(context) || !statSync(context).isDirectory()) {
    throw InputError.invalid(
      'context',
      inputs.string('context', { default: '.' }),
      'a directory (the build context) in the workspace',
    );
  }
  const dockerfileRaw = inputs.string('dockerfile');
  const dockerfile = dockerfileRaw ? inside(ctx.workspace, dockerfileRaw) : join(context, 'Dockerfile');
  if (!existsSync(dockerfile)) {
    throw InputError.invalid(
      'dockerfile',
      dockerfileRaw || join(inputs.string('context', { default: '.' }), 'Dockerfile'),
      'an existing Dockerfile (default: <context>/Dockerfile)',
    );
  }
  const platforms = inputs.list('platforms');
  for (const p of platforms) {
    if (!/^[a-z0-9]+\/[a-z0-9_]+(\/[a-z0-9]+)?$/.test(p)) {
      throw InputError.invalid(
        'platforms',
        p,
        'platforms such as linux/amd64, linux/arm64 (comma or newline separated)',
      );
    }
  }
  const buildArgs = readPairs(
    inputs,
    'build-args',
    BUILD_ARG_NAME,
    'KEY=VALUE lines, KEY a name of letters, digits and _',
  );
  const secrets = readPairs(
    inputs,
    'secrets',
    /^[A-Za-z0-9_.-]+$/,
    'id=value lines, id of letters, digits, _ . -',
  );
  const secretFiles = readPairs(
    inputs,
    'secret-files',
    /^[A-Za-z0-9_.-]+$/,
    'id=path lines, id of letters, digits, _ . -',
  );
  for (const [id, p] of Object.entries(secretFiles)) {
    const full = inside(ctx.workspace, p.trim());
    if (!existsSync(full))
      throw InputError.invalid('secret-files', `${id}=${p}`, 'id=path lines naming existing files');
    secretFiles[id] = full;
  }
  const labels = readPairs(inputs, 'labels', /^[A-Za-z0-9_.\-/]+$/, 'KEY=VALUE lines');
  if (ctx.repo) {
    labels['org.opencontainers.image.source'] ??= `${ctx.serverUrl}/${ctx.repo.owner}/${ctx.repo.repo}`;
  }
  if (ctx.sha) labels['org.opencontainers.image.revision'] ??= ctx.sha;

  const suffix = inputs.string('tag-suffix');
  if (suffix && !/^[A-Za-z0-9_.-]{1,40}$/.test(suffix)) {
    throw InputError.invalid(
      'tag-suffix',
      suffix,
      'up to 40 letters, digits, _ . - appended to every tag (such as -worker)',
    );
  }
  const templates = parseTagTemplates(
    'tags',
    inputs.lines('tags', ['{{version}}']).flatMap((l) =>
      l
        .split(',')
        .map((t) => t.trim())
        .filter(Boolean),
    ),
  );
  const tags = computeTags(
    templates,
    { sha: ctx.sha, ref: ctx.ref, headRef: env.GITHUB_HEAD_REF || undefined, prNumber: ctx.prNumber },
    { latest: inputs.boolean('latest', false), suffix },
  );

  const mutabilityRaw = inputs.string('image-tag-mutability');
  const tagMutability = mutabilityRaw
    ? inputs.enum<TagMutability>('image-tag-mutability', TAG_MUTABILITIES, 'IMMUTABLE')
    : undefined;
  const exclusions = inputs.has('image-tag-mutability-exclusions')
    ? inputs.list('image-tag-mutability-exclusions')
    : undefined;
  for (const f of exclusions ?? []) {
    if (!/^[0-9a-zA-Z._*-]{1,128}$/.test(f)) {
      throw InputError.invalid(
        'image-tag-mutability-exclusions',
        f,
        'wildcard filters of letters, digits, . _ - and *, such as main, pr-*, latest',
      );
    }
  }
  if (exclusions?.length && !tagMutability?.endsWith('_WITH_EXCLUSION')) {
    throw new InputError(
      'image-tag-mutability-exclusions',
      "Input 'image-tag-mutability-exclusions' needs image-tag-mutability IMMUTABLE_WITH_EXCLUSION or MUTABLE_WITH_EXCLUSION.",
    );
  }
  if (tagMutability?.endsWith('_WITH_EXCLUSION') && !exclusions?.length) {
    throw InputError.required('image-tag-mutability-exclusions', `wildcard filters for ${tagMutability}`);
  }
  const kmsKey = inputs.string('kms-key') || undefined;
  let lifecyclePolicy: { text: string; file: string } | undefined;
  const policyFile = inputs.string('lifecycle-policy');
  if (policyFile) {
    const full = inside(ctx.workspace, policyFile);
    let text: string;
    try {
      text = readFileSync(full, 'utf8');
    } catch {
      throw InputError.invalid(
        'lifecycle-policy',
        policyFile,
        'a JSON file with an ECR lifecycle policy ({"rules": [...]})',
      );
    }
    try {
      JSON.parse(text);
    } catch (e) {
      throw InputError.invalid('lifecycle-policy', policyFile, `a JSON file (${(e as Error).message})`);
    }
    lifecyclePolicy = { text, file: policyFile };
  }
  const cacheRepository = inputs.string('cache-repository');
  if (cacheRepository && builder !== 'docker') {
    throw new InputError(
      'cache-repository',
      "Input 'cache-repository' is for builder 'docker' (buildx registry cache).",
    );
  }
  const provenance = inputs.boolean('provenance', false);
  const sbom = inputs.boolean('sbom', false);
  if ((provenance || sbom) && builder !== 'docker') {
    throw new InputError(
      provenance ? 'provenance' : 'sbom',
      `Input '${provenance ? 'provenance' : 'sbom'}' is for builder 'docker' (BuildKit attestations).`,
    );
  }
  const storageRoot = inputs.string('buildah-storage-root');
  return {
    region,
    repository: {
      name,
      registryId,
      tagMutability,
      tagMutabilityExclusions: exclusions,
      scanOnPush: inputs.has('scan-on-push') ? inputs.boolean('scan-on-push', true) : undefined,
      kmsKey,
      lifecyclePolicy,
    },
    tags,
    skipExisting: inputs.boolean('skip-existing', true),
    build: {
      builder,
      context,
      dockerfile,
      target: inputs.string('target') || undefined,
      platforms,
      buildArgs,
      secrets,
      secretFiles,
      labels,
      provenance,
      sbom,
      cacheRepository: cacheRepository ? parseRepositoryName('cache-repository', cacheRepository) : undefined,
      buildah: {
        storageDriver: inputs.enum('buildah-storage-driver', ['vfs', 'overlay'], 'vfs'),
        isolation: inputs.enum('buildah-isolation', ['chroot', 'oci', 'rootless'], 'chroot'),
        root: storageRoot ? inside(ctx.workspace, storageRoot) : undefined,
      },
    },
  };
}

export function readPromoteSettings(inputs: Inputs, env: Env): PromoteRequest {
  const source = parseImageRef(
    'image',
    inputs.string('image', {
      required: true,
      expected: 'the image to promote, pinned by digest: <registry>/<repository>@sha256:…',
    }),
  );
  const sourceRegion = source.ecr?.region ?? readRegion(inputs, env);
  const sourceRegistryId = source.ecr?.accountId ?? readAccount(inputs, 'registry-id');
  const targetRegion = inputs.has('target-region')
    ? parseRegion('target-region', inputs.string('target-region'))
    : sourceRegion;
  const targetRegistryId = readAccount(inputs, 'target-registry-id');
  const repository = inputs.has('repository')
    ? parseRepositoryName('repository', inputs.string('repository'))
    : source.repository;
  const tags = inputs.list('tags');
  for (const t of tags) {
    if (!/^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/.test(t)) {
      throw InputError.invalid(
        'tags',
        t,
        'image tags of up to 128 letters, digits, _ . - (not starting with . or -)',
      );
    }
  }
  const sameRepository =
    repository === source.repository &&
    targetRegion === sourceRegion &&
    (targetRegistryId === undefined || targetRegistryId === sourceRegistryId);
  if (tags.length === 0 && sameRepository) {
    throw InputError.required(
      'tags',
      'the tags to put on the image (such as staging), or a repository to copy it to',
    );
  }
  return {
    source,
    sourceRegion,
    sourceRegistryId,
    target: { repository, region: targetRegion, registryId: targetRegistryId, tags: [...new Set(tags)] },
  };
}
