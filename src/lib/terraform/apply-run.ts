/**
 * terraform-apply: apply only the reviewed plan. The PR comment of the label holds the reviewed plan hash; the
 * plan about to be applied (the saved plan file, or a fresh plan) must hash the same, or nothing is applied and
 * the difference is shown. A match applies that saved plan file (`apply -input=false <planfile>`), never a fresh
 * auto-approved plan, then writes the result into the comment and the job summary.
 */
import * as core from '../core.js';
import { PolicyError, ToolError } from '../errors.js';
import { masker } from '../mask.js';
import { codeBlock } from '../summary.js';
import type { Clock } from '../clock.js';
import { realClock } from '../clock.js';
import type { GitHubApi } from '../github/client.js';
import { editComment, findComment, type IssueComment, type IssueRef } from '../github/comments.js';
import { planLine, COUNT_FIELDS } from './counts.js';
import { hashPlan } from './hash.js';
import { decodeManifest, diffManifests, formatDiff } from './diff.js';
import {
  commentSafely,
  githubError,
  planToFile,
  prepare,
  readSavedPlan,
  type PlannedFile,
  type RunDeps,
} from './plan-run.js';
import { renderApplyStatus, renderSummary, withApplyStatus, type ApplyResult } from './report.js';
import { markerKey, readManifestText, readMarkerHash } from './render.js';
import { registerMask, registerValues } from './secrets.js';
import type { ApplySettings } from './settings.js';

export interface ApplyDeps extends RunDeps {
  clock?: Clock;
}

interface Review {
  issue: IssueRef;
  comment: IssueComment;
  hash: string;
}

interface PullSummary {
  number: number;
  merged_at?: string | null;
  merge_commit_sha?: string | null;
  state?: string;
}

/** The PR merged with `sha` (GET /repos/{owner}/{repo}/commits/{sha}/pulls), or undefined. */
export async function findMergedPull(
  api: GitHubApi,
  owner: string,
  repo: string,
  sha: string,
): Promise<number | undefined> {
  const r = await api.rest.repos.listPullRequestsAssociatedWithCommit({
    owner,
    repo,
    commit_sha: sha,
    per_page: 100,
  });
  const pulls = r.data as PullSummary[];
  const merged = pulls.filter((p) => p.merged_at);
  const exact = merged.find((p) => p.merge_commit_sha === sha);
  return (exact ?? merged[0] ?? pulls[0])?.number;
}

async function findReview(
  s: ApplySettings,
  deps: ApplyDeps,
  api: GitHubApi | undefined,
): Promise<Review | undefined> {
  const { ctx } = deps;
  const unreviewed = (why: string): undefined => {
    if (!s.allowUnreviewed) {
      throw new PolicyError(
        `${why} Nothing was applied. Run terraform-plan on the pull request first, or set allow-unreviewed.`,
      );
    }
    core.warning(`${why} Applying anyway: allow-unreviewed is true.`);
    return undefined;
  };
  if (!api || !ctx.repo)
    return unreviewed("No reviewed plan can be looked up: no 'github-token' or repository.");
  let number = s.prNumber;
  if (number === undefined && ctx.prNumber !== undefined) number = ctx.prNumber;
  if (number === undefined) {
    if (!ctx.sha) return unreviewed('No pull request to look up: no pr-number and no GITHUB_SHA.');
    const repo = ctx.repo;
    try {
      number = await findMergedPull(api, repo.owner, repo.repo, ctx.sha);
    } catch (e) {
      throw githubError(`find the pull request of commit ${ctx.sha}`, e);
    }
    if (number === undefined) {
      return unreviewed(`No pull request is associated with commit ${ctx.sha}; set pr-number for this run.`);
    }
    core.info(`Commit ${ctx.sha.slice(0, 12)} came from pull request #${number}.`);
  }
  const issue = { ...ctx.repo, number };
  let comment: IssueComment | undefined;
  try {
    comment = await findComment(api, issue, markerKey(s.label));
  } catch (e) {
    throw githubError(`read the comments of pull request #${number}`, e);
  }
  const hash = comment?.body ? readMarkerHash(comment.body, s.label) : undefined;
  if (!comment || !hash) {
    return unreviewed(
      `No reviewed plan for label '${s.label}' on pull request #${number}: no plan comment with its marker.`,
    );
  }
  if (!/^[0-9a-f]{64}$/.test(hash)) {
    throw new PolicyError(
      `The last plan for label '${s.label}' on pull request #${number} failed, so there is no reviewed plan to apply. ` +
        'Nothing was applied.',
    );
  }
  core.info(
    `Reviewed plan for '${s.label}': pull request #${number}, plan hash ${hash} (${comment.html_url}).`,
  );
  return { issue, comment, hash };
}

export interface ApplyOutcome {
  planned: PlannedFile;
  review: Review | undefined;
  result: ApplyResult;
}

export async function runTerraformApply(s: ApplySettings, deps: ApplyDeps): Promise<ApplyOutcome> {
  const clock = deps.clock ?? realClock;
  registerMask(s.mask);
  core.setSecret(s.githubToken);
  const api = s.githubToken && deps.ctx.repo ? await deps.github(s.githubToken, deps.ctx.apiUrl) : undefined;
  const review = await findReview(s, deps, api);

  const p = await prepare(s, deps);
  let planFile = s.planFile;
  if (!planFile) {
    const fresh = await planToFile(s, p);
    p.log.add(`${p.tf.tool} plan`, fresh.output);
    planFile = fresh.planFile;
  }
  const planned = await readSavedPlan(planFile, p, false);
  const { manifest, counts } = planned;
  const tool = p.tf.tool;
  const base = { tool, runUrl: deps.ctx.runUrl };
  const report = { plan: planned.plan, counts, manifest, label: s.label, tool, runUrl: deps.ctx.runUrl };

  const setOutputs = (applied: boolean, commentUrl: string): void => {
    core.setOutput('applied', applied);
    core.setOutput('changes', counts.changes);
    for (const k of COUNT_FIELDS) {
      core.setOutput(k, counts[k]);
    }
    core.setOutput('plan-hash', manifest.hash);
    core.setOutput('pr-number', review ? String(review.issue.number) : '');
    core.setOutput('comment-url', commentUrl);
  };
  const record = async (result: ApplyResult): Promise<string> => {
    const status = renderApplyStatus(result);
    core.appendSummary(renderSummary({ ...report, status }));
    if (!review || !api || s.comment === 'off') return review?.comment.html_url ?? '';
    const body = masker.mask(withApplyStatus(review.comment.body ?? '', status));
    const edited = await commentSafely('update the plan comment', review.issue, () =>
      editComment(api, review.issue, review.comment.id, body),
    );
    return edited?.html_url ?? review.comment.html_url;
  };

  if (review && review.hash !== manifest.hash) {
    const reviewed = decodeManifest(readManifestText(review.comment.body ?? '') ?? '');
    const details =
      reviewed && reviewed.hash === review.hash
        ? formatDiff(
            diffManifests(reviewed, manifest.detailed ? manifest : hashPlan(planned.plan)),
            review.hash,
            manifest.hash,
          )
        : `Reviewed plan hash: ${review.hash}\nCurrent plan hash:  ${manifest.hash}\n\n` +
          'The reviewed comment keeps no list of its resources (the plan was too large), so only the current plan ' +
          `can be described: ${planLine(counts)}`;
    const message =
      `The plan for '${s.label}' differs from the one reviewed on pull request #${review.issue.number}; nothing was applied. ` +
      'Run terraform-plan again and review the new plan.';
    const result: ApplyResult = {
      ...base,
      state: 'refused',
      message: 'The differences are in the job summary.',
    };
    core.appendSummary(`### Plan changed since review\n\n${codeBlock(details)}\n`);
    const url = await record(result);
    setOutputs(false, url);
    throw new PolicyError(message, details);
  }

  core.info(
    review
      ? `Plan matches the reviewed plan (${manifest.hash}); applying.`
      : `Applying unreviewed plan ${manifest.hash}.`,
  );
  const started = clock.now();
  try {
    await core.group(`${tool} apply`, async () => {
      const out = await p.tf.apply(planFile, { parallelism: s.parallelism, lockTimeout: s.lockTimeout });
      core.info((out.stdout + out.stderr).replace(/\s+$/, ''));
    });
  } catch (e) {
    const message = e instanceof ToolError ? e.message.split('\n').slice(-10).join('\n') : undefined;
    const url = await record({ ...base, state: 'failed', durationMs: clock.now() - started, message });
    setOutputs(false, url);
    throw e;
  }
  const durationMs = clock.now() - started;
  const outputs = await readOutputs(p.tf);
  const result: ApplyResult = { ...base, state: 'applied', durationMs, outputs };
  const url = await record(result);
  setOutputs(true, url);
  return { planned, review, result };
}

/** Output values after apply; sensitive ones are registered as secrets and shown as (sensitive). */
async function readOutputs(tf: {
  outputs(): Promise<Record<string, { sensitive: boolean; value: unknown }>>;
}) {
  let values: Record<string, { sensitive: boolean; value: unknown }>;
  try {
    values = await tf.outputs();
  } catch (e) {
    core.warning(
      `Could not read the outputs after apply: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`,
    );
    return [];
  }
  const out: { name: string; value: string | undefined }[] = [];
  for (const [name, o] of Object.entries(values).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (o.sensitive) {
      registerValues(leafStrings(o.value));
      out.push({ name, value: undefined });
    } else {
      out.push({ name, value: typeof o.value === 'string' ? o.value : JSON.stringify(o.value) });
    }
  }
  return out;
}

function leafStrings(v: unknown, out: string[] = []): string[] {
  if (typeof v === 'string') out.push(v);
  else if (typeof v === 'number') out.push(String(v));
  else if (Array.isArray(v)) for (const x of v) leafStrings(x, out);
  else if (v && typeof v === 'object') for (const x of Object.values(v)) leafStrings(x, out);
  return out;
}
