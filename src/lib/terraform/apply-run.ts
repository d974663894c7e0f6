/**
 * terraform-apply: apply only the plan that was reviewed *and approved*.
 *
 * 1. The plan comment: the newest comment with the label's marker written by a trusted plan author
 *    (Keelson's own identity, never a human), never edited by anyone else.
 * 2. The approval (require-approval, default on): see github/approval.ts. On `push`, the pull request must be
 *    merged as the commit being applied.
 * 3. The plan: a saved plan file must have the SHA-256 the comment records; its canonical hash (or a fresh
 *    plan's) must equal the comment's hash, or nothing is applied and the difference is shown.
 * Only then `apply -input=false <planfile>` — never a fresh auto-approved plan. Outputs are read (and sensitive
 * ones registered as secrets) before any apply output is printed. Returns data; the entry writes outputs.
 */
import type { Log } from '../core.js';
import { PolicyError, ToolError } from '../errors.js';
import { maskExcept } from '../mask.js';
import { codeBlock } from '../summary.js';
import type { Clock } from '../clock.js';
import { realClock } from '../clock.js';
import { judgeApproval, judgeBinding, readApprovalFacts, type PullFacts } from '../github/approval.js';
import type { GitHubApi } from '../github/client.js';
import {
  authoredBy,
  commentEditors,
  findComment,
  upsertComment,
  type IssueComment,
  type IssueRef,
} from '../github/comments.js';
import { planLine } from './counts.js';
import { hashPlan } from './hash.js';
import { decodeManifest, diffManifests, formatDiff } from './diff.js';
import { decryptPlanFile, isEncrypted, protect, sha256File } from './plan-file.js';
import {
  commentSafely,
  countOutputs,
  githubError,
  planToFile,
  prepare,
  readSavedPlan,
  type PlannedFile,
  type RunDeps,
  type StepReport,
} from './plan-run.js';
import { renderApplyStatus, renderSummary, type ApplyResult } from './report.js';
import {
  applyMarker,
  applyMarkerKey,
  markerKey,
  readManifestText,
  readMarker,
  toolTitle,
  type PlanMarker,
} from './render.js';
import { registerValues } from './secrets.js';
import type { ApplySettings } from './settings.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { labelFileName } from './settings.js';

export type ApplyDeps = RunDeps & { clock?: Clock };

interface Review {
  issue: IssueRef;
  comment: IssueComment;
  marker: PlanMarker;
  /** When GitHub last wrote the plan comment: its creation, its last update or its last edit, the latest. */
  writtenAt: string | undefined;
}

interface PullSummary {
  number: number;
  merged_at?: string | null;
  merge_commit_sha?: string | null;
}

/**
 * The pull request merged as `sha` (GET /repos/{owner}/{repo}/commits/{sha}/pulls): only one whose merge
 * commit is `sha` counts; any other association (an open pull request containing the commit) does not.
 */
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
  return pulls.find((p) => p.merged_at && p.merge_commit_sha === sha)?.number;
}

async function findReview(
  s: ApplySettings,
  deps: ApplyDeps,
  api: GitHubApi | undefined,
): Promise<Review | undefined> {
  const { ctx, log } = deps;
  const unreviewed = (why: string): undefined => {
    if (!s.allowUnreviewed) {
      throw new PolicyError(
        `${why} Nothing was applied. Run terraform-plan on the pull request first, or set allow-unreviewed.`,
      );
    }
    log.warning(`${why} Applying anyway: allow-unreviewed is true.`);
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
      return unreviewed(
        `Commit ${ctx.sha.slice(0, 12)} is not the merge commit of a merged pull request; set pr-number for this run.`,
      );
    }
    log.info(`Commit ${ctx.sha.slice(0, 12)} is the merge of pull request #${number}.`);
  }
  const issue = { ...ctx.repo, number };
  const trusted = authoredBy(s.trustedPlanAuthors);
  let comment: IssueComment | undefined;
  try {
    comment = await findComment(api, issue, markerKey(s.label), trusted);
  } catch (e) {
    throw githubError(`read the comments of pull request #${number}`, e);
  }
  const marker = comment?.body ? readMarker(comment.body, s.label) : undefined;
  if (!comment || !marker) {
    return unreviewed(
      `No plan comment for label '${s.label}' by ${s.trustedPlanAuthors.join(' or ')} on pull request #${number}.`,
    );
  }
  if (!/^[0-9a-f]{64}$/.test(marker.hash)) {
    throw new PolicyError(
      `The last plan for label '${s.label}' on pull request #${number} failed, so there is no reviewed plan to apply. ` +
        'Nothing was applied.',
    );
  }
  let editors: { login: string; editedAt: string }[];
  try {
    editors = await commentEditors(api, comment.node_id);
  } catch (e) {
    throw githubError(`read the edit history of the plan comment on #${number}`, e);
  }
  const stranger = editors.find((e) => !s.trustedPlanAuthors.includes(e.login.toLowerCase()));
  if (stranger) {
    throw new PolicyError(
      stranger.login.startsWith('(')
        ? `The plan comment on #${number} has more edits than Keelson can check ${stranger.login}; run terraform-plan with comment: recreate. Nothing was applied.`
        : `The plan comment on #${number} was edited by ${stranger.login}, who is not a trusted plan author; ` +
            'run terraform-plan again so the comment is Keelson’s own. Nothing was applied.',
    );
  }
  log.info(
    `Reviewed plan for '${s.label}': pull request #${number}, plan hash ${marker.hash} (${comment.html_url}).`,
  );
  const times = [comment.created_at, comment.updated_at, ...editors.map((e) => e.editedAt)].filter(
    (t): t is string => Boolean(t) && Number.isFinite(Date.parse(t as string)),
  );
  const writtenAt = times.sort((a, b) => Date.parse(a) - Date.parse(b)).at(-1);
  return { issue, comment, marker, writtenAt };
}

/** The approval and merge rules; throws a PolicyError naming the rule that failed. */
async function checkApproval(s: ApplySettings, deps: ApplyDeps, api: GitHubApi, review: Review) {
  const { ctx, log } = deps;
  const repo = ctx.repo as { owner: string; repo: string };
  let facts;
  try {
    facts = await readApprovalFacts(api, repo, review.issue.number);
  } catch (e) {
    throw githubError(`read the reviews of pull request #${review.issue.number}`, e);
  }
  const refuse = (why: string): never => {
    throw new PolicyError(`${why} Nothing was applied.`);
  };
  const bound = judgeBinding(facts.pull as PullFacts, {
    eventName: ctx.eventName,
    sha: ctx.sha,
    headSha: ctx.headSha,
  });
  if (bound) refuse(bound);
  if (!s.requireApproval) {
    log.warning('require-approval is false: the pull request’s reviews were not checked.');
    return;
  }
  const why = judgeApproval(
    { repo: `${repo.owner}/${repo.repo}`, sha: review.marker.sha, writtenAt: review.writtenAt },
    facts,
  );
  if (why) refuse(why);
  log.info(`Pull request #${review.issue.number} is approved for commit ${review.marker.sha?.slice(0, 12)}.`);
}

/** The plan file to apply: decrypted when encrypted, checked against the digest the comment records. */
function planFileToApply(s: ApplySettings, review: Review | undefined, tempDir: string): string {
  const given = s.planFile as string;
  let file = given;
  const encrypted = isEncrypted(readFileSync(given).subarray(0, 32));
  if (encrypted && !s.planEncryptionKey) {
    throw new PolicyError(
      `The plan file '${given}' is encrypted; set 'plan-encryption-key' to the key the plan job used. Nothing was applied.`,
    );
  }
  if (s.planEncryptionKey) {
    file = join(tempDir, `${labelFileName(s.label)}.apply.tfplan`);
    decryptPlanFile(given, s.planEncryptionKey, file);
  } else {
    protect(given);
  }
  if (review) {
    const expected = review.marker.planSha256;
    if (!expected) {
      throw new PolicyError(
        `The plan comment on #${review.issue.number} records no plan file digest, so '${given}' cannot be checked; ` +
          'run terraform-plan again. Nothing was applied.',
      );
    }
    const actual = sha256File(file);
    if (actual !== expected) {
      throw new PolicyError(
        `The plan file '${given}' is not the one reviewed on #${review.issue.number}: its SHA-256 is ${actual}, the ` +
          `comment records ${expected}. Nothing was applied.`,
      );
    }
  }
  return file;
}

export interface ApplyOutcome extends StepReport {
  planned?: PlannedFile;
  review?: Review;
  result?: ApplyResult;
}

export async function runTerraformApply(s: ApplySettings, deps: ApplyDeps): Promise<ApplyOutcome> {
  const { log } = deps;
  const clock = deps.clock ?? realClock;
  log.setSecret(s.githubToken);
  log.setSecret(s.planEncryptionKey);
  const api = s.githubToken && deps.ctx.repo ? await deps.github(s.githubToken, deps.ctx.apiUrl) : undefined;
  const review = await findReview(s, deps, api);
  if (review && api) await checkApproval(s, deps, api, review);

  const p = await prepare(s, deps);
  const cleanup: string[] = [];
  let planFile: string;
  if (s.planFile) {
    planFile = planFileToApply(s, review, p.tempDir);
    if (planFile !== s.planFile) cleanup.push(planFile);
  } else {
    const fresh = await planToFile(s, p, log);
    p.log.add(`${p.tf.tool} plan`, fresh.output);
    planFile = fresh.planFile;
    cleanup.push(planFile);
  }
  const planned = await readSavedPlan(planFile, p, log, false);
  cleanup.push(planned.jsonFile);
  const { manifest, counts } = planned;
  const tool = p.tf.tool;
  const base = { tool, runUrl: deps.ctx.runUrl };
  const report = { plan: planned.plan, counts, manifest, label: s.label, tool, runUrl: deps.ctx.runUrl };
  const keep = [manifest.hash, manifest.hash.slice(0, 12)];
  const summary: StepReport['summary'] = [];

  const outputs = (applied: boolean, commentUrl: string): StepReport['outputs'] => ({
    applied,
    ...countOutputs(counts),
    'plan-hash': manifest.hash,
    'pr-number': review ? String(review.issue.number) : '',
    'comment-url': commentUrl,
  });
  const record = async (result: ApplyResult): Promise<string> => {
    const status = renderApplyStatus(result);
    summary.push({ markdown: renderSummary({ ...report, status }), keep });
    if (!review || !api || s.comment === 'off') return review?.comment.html_url ?? '';
    // A comment of its own, never an edit of the plan comment: GitHub's time of the plan comment's last write
    // is what an approval must follow, so apply leaves that comment exactly as it was reviewed.
    const prose =
      `## ${toolTitle(tool)} apply: \`${s.label}\`\n\n${status}\n\n` +
      `The reviewed plan: [plan comment](${review.comment.html_url}).\n`;
    const posted = await commentSafely(log, 'write the apply result', review.issue, () =>
      upsertComment(api, review.issue, {
        key: applyMarkerKey(s.label),
        body: `${applyMarker(s.label, manifest.hash)}\n${maskExcept(log, prose, keep)}`,
        parts: [],
        mode: 'update',
        trust: authoredBy(s.trustedPlanAuthors),
      }),
    );
    return posted?.url ?? review.comment.html_url;
  };

  if (review && review.marker.hash !== manifest.hash) {
    const reviewed = decodeManifest(readManifestText(review.comment.body ?? '') ?? '');
    const details =
      reviewed && reviewed.hash === review.marker.hash
        ? formatDiff(
            diffManifests(reviewed, manifest.detailed ? manifest : hashPlan(planned.plan)),
            review.marker.hash,
            manifest.hash,
          )
        : `Reviewed plan hash: ${review.marker.hash}\nCurrent plan hash:  ${manifest.hash}\n\n` +
          'The reviewed comment keeps no list of its resources (the plan was too large), so only the current plan ' +
          `can be described: ${planLine(counts)}`;
    const message =
      `The plan for '${s.label}' differs from the one reviewed on pull request #${review.issue.number}; nothing was applied. ` +
      'Run terraform-plan again and review the new plan.';
    summary.push({ markdown: `### Plan changed since review\n\n${codeBlock(details)}\n`, keep: [] });
    const url = await record({
      ...base,
      state: 'refused',
      message: 'The differences are in the job summary.',
    });
    return {
      planned,
      review,
      outputs: outputs(false, url),
      summary,
      cleanup,
      failure: new PolicyError(message, details),
    };
  }

  log.info(
    review
      ? `Plan matches the reviewed plan (${manifest.hash}); applying.`
      : `Applying unreviewed plan ${manifest.hash}.`,
  );
  const started = clock.now();
  let out: { stdout: string; stderr: string };
  try {
    out = await p.tf.apply(planFile, { parallelism: s.parallelism, lockTimeout: s.lockTimeout });
  } catch (e) {
    const message = e instanceof ToolError ? e.message.split('\n').slice(-10).join('\n') : undefined;
    const url = await record({ ...base, state: 'failed', durationMs: clock.now() - started, message });
    return { planned, review, outputs: outputs(false, url), summary, cleanup, failure: e as Error };
  }
  const durationMs = clock.now() - started;
  // Outputs first: a sensitive output known only after apply is registered before the apply log is printed.
  const values = await readOutputs(p.tf, log);
  await log.group(`${tool} apply`, async () => {
    log.info((out.stdout + out.stderr).replace(/\s+$/, ''));
  });
  const result: ApplyResult = { ...base, state: 'applied', durationMs, outputs: values };
  const url = await record(result);
  return { planned, review, result, outputs: outputs(true, url), summary, cleanup };
}

/** Output values after apply; sensitive ones are registered as secrets and shown as (sensitive). */
async function readOutputs(
  tf: { outputs(): Promise<Record<string, { sensitive: boolean; value: unknown }>> },
  log: Log,
) {
  let values: Record<string, { sensitive: boolean; value: unknown }>;
  try {
    values = await tf.outputs();
  } catch (e) {
    log.warning(
      `Could not read the outputs after apply: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`,
    );
    return [];
  }
  const out: { name: string; value: string | undefined }[] = [];
  for (const [name, o] of Object.entries(values).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (o.sensitive) {
      registerValues(log, leafStrings(o.value));
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
