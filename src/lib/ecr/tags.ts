/**
 * Image tags from one metadata step (the docker/metadata-action idea, for ECR): the commit tag always, then
 * templates with `{{branch}}`, `{{pr}}`, `{{version}}`, `{{major}}`, `{{minor}}`, `{{patch}}`, `{{sha}}`,
 * `{{short-sha}}`; a template whose value does not exist for this event (a version on a branch push) is
 * left out and reported. `latest` only on request. And ECR's tag immutability rules for a given tag.
 */
import { InputError } from '../errors.js';
import type { Repository } from './api.js';
import { parseTag } from './refs.js';

export interface TagContext {
  sha: string;
  /** GITHUB_REF */
  ref: string;
  /** GITHUB_HEAD_REF (pull requests) */
  headRef?: string;
  prNumber?: number;
}

export interface TagPlan {
  /** `sha-<40 hex>` + suffix: what identifies this commit's image (the re-run skip looks it up). */
  commitTag: string;
  /** Every tag, the commit tag first, without duplicates. */
  tags: string[];
  /** Templates left out, with why. */
  omitted: { template: string; reason: string }[];
}

export type TagMutability = 'MUTABLE' | 'IMMUTABLE' | 'MUTABLE_WITH_EXCLUSION' | 'IMMUTABLE_WITH_EXCLUSION';
export const TAG_MUTABILITIES: readonly TagMutability[] = [
  'IMMUTABLE',
  'MUTABLE',
  'IMMUTABLE_WITH_EXCLUSION',
  'MUTABLE_WITH_EXCLUSION',
];

const PLACEHOLDERS = ['sha', 'short-sha', 'branch', 'pr', 'version', 'major', 'minor', 'patch'] as const;
type Placeholder = (typeof PLACEHOLDERS)[number];
const SEMVER = /^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-([0-9A-Za-z.-]+))?(?:\+([0-9A-Za-z.-]+))?$/;

/** Checks templates once (unknown placeholders, characters a tag cannot have) so errors come before any work. */
export function parseTagTemplates(input: string, templates: string[]): string[] {
  for (const t of templates) {
    for (const m of t.matchAll(/\{\{\s*([^}]*?)\s*\}\}/g)) {
      if (!(PLACEHOLDERS as readonly string[]).includes(m[1] as string)) {
        throw InputError.invalid(
          input,
          t,
          `tags or templates using ${PLACEHOLDERS.map((p) => `{{${p}}}`).join(', ')}`,
        );
      }
    }
    const literal = t.replace(/\{\{[^}]*\}\}/g, 'x');
    if (!/^[A-Za-z0-9_.-]+$/.test(literal) || literal.length > 128) {
      parseTag(input, t);
    }
  }
  return templates;
}

function sanitize(value: string): string {
  return value
    .replace(/[^A-Za-z0-9_.-]+/g, '-')
    .replace(/^[.-]+/, '')
    .slice(0, 128);
}

export function computeTags(
  templates: string[],
  ctx: TagContext,
  opts: { latest: boolean; suffix: string; input?: string },
): TagPlan {
  const input = opts.input ?? 'tags';
  if (!/^[0-9a-f]{40}$/.test(ctx.sha)) {
    throw new InputError(
      'GITHUB_SHA',
      `The commit SHA '${ctx.sha}' is not a 40-character hex SHA; ecr-push tags every image with its commit.`,
    );
  }
  const semver = /^refs\/tags\/(.+)$/.exec(ctx.ref)?.[1];
  const sv = semver ? SEMVER.exec(semver) : null;
  const branch = ctx.headRef || /^refs\/heads\/(.+)$/.exec(ctx.ref)?.[1];
  const pr = ctx.prNumber ?? Number(/^refs\/pull\/(\d+)\//.exec(ctx.ref)?.[1] ?? Number.NaN);
  const values: Record<Placeholder, string | undefined> = {
    sha: ctx.sha,
    'short-sha': ctx.sha.slice(0, 7),
    branch: branch ? sanitize(branch) : undefined,
    pr: Number.isFinite(pr) ? String(pr) : undefined,
    version: sv
      ? `${sv[1]}.${sv[2]}.${sv[3]}${sv[4] ? `-${sv[4]}` : ''}${sv[5] ? `-${sv[5]}` : ''}`
      : undefined,
    major: sv && !sv[4] ? sv[1] : undefined,
    minor: sv && !sv[4] ? sv[2] : undefined,
    patch: sv ? sv[3] : undefined,
  };
  const why: Record<Placeholder, string> = {
    sha: '',
    'short-sha': '',
    branch: 'not a branch build',
    pr: 'not a pull request',
    version: 'the ref is not a semver tag (refs/tags/v1.2.3)',
    major: sv ? 'a pre-release gets only its full version' : 'the ref is not a semver tag (refs/tags/v1.2.3)',
    minor: sv ? 'a pre-release gets only its full version' : 'the ref is not a semver tag (refs/tags/v1.2.3)',
    patch: 'the ref is not a semver tag (refs/tags/v1.2.3)',
  };
  const commitTag = parseTag('tag-suffix', `sha-${ctx.sha}${opts.suffix}`);
  const tags = [commitTag];
  const omitted: TagPlan['omitted'] = [];
  for (const template of templates) {
    let missing: string | undefined;
    const tag = template.replace(/\{\{\s*([^}]*?)\s*\}\}/g, (_, name: Placeholder) => {
      const v = values[name];
      if (v === undefined) missing ??= why[name];
      return v ?? '';
    });
    if (missing) {
      omitted.push({ template, reason: missing });
      continue;
    }
    const full = parseTag(input, `${tag}${opts.suffix}`);
    if (!tags.includes(full)) tags.push(full);
  }
  if (opts.latest && !tags.includes(`latest${opts.suffix}`))
    tags.push(parseTag(input, `latest${opts.suffix}`));
  return { commitTag, tags, omitted };
}

/** ECR's wildcard filter: `*` matches any run of characters. */
function wildcard(filter: string, tag: string): boolean {
  const re = filter
    .split('*')
    .map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${re}$`).test(tag);
}

/** Whether ECR refuses to move `tag` once it exists in `repo` (imageTagMutability and its exclusion filters). */
export function tagIsImmutable(repo: Repository, tag: string): boolean {
  const excluded = repo.imageTagMutabilityExclusionFilters.some((f) => wildcard(f, tag));
  switch (repo.imageTagMutability) {
    case 'IMMUTABLE':
      return true;
    case 'IMMUTABLE_WITH_EXCLUSION':
      return !excluded;
    case 'MUTABLE_WITH_EXCLUSION':
      return excluded;
    default:
      return false;
  }
}
