/**
 * terraform-plan: init, optional fmt/validate, plan to a saved file, read it back as JSON, register its secrets,
 * then report: the job summary (always) and, on pull requests, one comment per label whose hidden marker
 * records the plan hash, the planned commit, the plan file's SHA-256 and when it was written. Returns data;
 * the action's entry writes outputs and the summary.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Log } from '../core.js';
import { errorMessage, PolicyError, ToolError } from '../errors.js';
import { maskExcept } from '../mask.js';
import { codeBlock } from '../summary.js';
import type { GitHubApi } from '../github/client.js';
import { GitHubUnreachable, httpStatus, isRateLimit } from '../github/client.js';
import type { GitHubContext } from '../github/context.js';
import { authoredBy, upsertComment, type IssueRef, type UpsertResult } from '../github/comments.js';
import type { Clock } from '../clock.js';
import { countPlan, type PlanCounts, COUNT_FIELDS } from './counts.js';
import type { PlanManifest } from './hash.js';
import { encryptPlanFile, protect, sha256File } from './plan-file.js';
import { parsePlan, type Plan } from './plan.js';
import { assembleComment, manifestFor, renderComment, renderSummary } from './report.js';
import { marker, markerKey, readMarker, toolTitle } from './render.js';
import { HeldLog, registerMask, registerValues } from './secrets.js';
import { collectSensitive } from './sensitive.js';
import { labelFileName, type PlanSettings } from './settings.js';
import {
  createTerraform,
  resolveTool,
  type Terraform,
  type TerraformOptions,
  type ToolName,
} from './tool.js';

export interface RunDeps {
  ctx: GitHubContext;
  /** The environment terraform runs with (the caller strips runner tokens from it). */
  env: Record<string, string | undefined>;
  log: Log;
  /** Creates the GitHub client; called only when a comment is read or written. */
  github: (token: string, apiUrl: string) => Promise<GitHubApi>;
  /** The Terraform seam; default: the real binary through the exec wrapper. */
  terraform?: (tool: ToolName, opts: TerraformOptions) => Terraform;
  clock?: Clock;
}

/** What a terraform step hands back to its entry: outputs, job summary parts, files to remove, the failure. */
export interface StepReport {
  outputs: Record<string, string | number | boolean>;
  /** Markdown for the job summary, in order, with the protocol values to keep unmasked. */
  summary: { markdown: string; keep: string[] }[];
  /** Files holding plan values in clear: removed by the post step. */
  cleanup: string[];
  failure?: Error;
}

export interface Prepared {
  tf: Terraform;
  log: HeldLog;
  tempDir: string;
}

/** Registers the mask, finds the tool, runs init (+ workspace, fmt, validate). Output is held back. */
export async function prepare(s: PlanSettings, deps: RunDeps): Promise<Prepared> {
  registerMask(deps.log, s.mask);
  deps.log.setSecret(s.githubToken);
  const tool = resolveTool(s.tool, deps.env);
  const tf = (deps.terraform ?? createTerraform)(tool, { cwd: s.path, env: deps.env, passEnv: s.passEnv });
  const held = new HeldLog(deps.log);
  const tempDir = deps.ctx.runnerTemp || tmpdir();
  mkdirSync(tempDir, { recursive: true });
  const step = async <T>(title: string, fn: () => Promise<T>): Promise<T> => {
    deps.log.info(`${tool} ${title} (${s.label})…`);
    try {
      return await fn();
    } catch (e) {
      await held.flush();
      throw e;
    }
  };
  const init = await step('init', () => tf.init(s.backendConfig, s.lockTimeout));
  held.add(`${tool} init`, init.stdout + init.stderr);
  if (s.workspace !== 'default') {
    const ws = await step(`workspace select ${s.workspace}`, () => tf.selectWorkspace(s.workspace));
    held.add(`${tool} workspace select ${s.workspace}`, ws.stdout + ws.stderr);
  }
  if (s.fmtCheck) {
    const files = await step('fmt -check', () => tf.fmtCheck());
    if (files.length > 0) {
      await held.flush();
      throw new PolicyError(
        `fmt-check: ${files.length} file${files.length === 1 ? ' is' : 's are'} not formatted: ${files.slice(0, 20).join(', ')}` +
          `${files.length > 20 ? ', …' : ''}. Run '${tool} fmt -recursive' and commit the result.`,
      );
    }
  }
  if (s.validate) {
    const v = await step('validate', () => tf.validate());
    held.add(`${tool} validate`, v.stdout + v.stderr);
  }
  return { tf, log: held, tempDir };
}

/** `-var-file` for the `vars` input: written as JSON (never on the command line), readable only by us. */
export function varFiles(s: PlanSettings, tempDir: string): string[] {
  if (Object.keys(s.vars).length === 0) return s.varFiles;
  const file = join(tempDir, `${labelFileName(s.label)}.keelson.tfvars.json`);
  writeFileSync(file, JSON.stringify(s.vars, null, 2), { mode: 0o600 });
  return [...s.varFiles, file];
}

export interface PlannedFile {
  plan: Plan;
  json: string;
  jsonFile: string;
  planFile: string;
  counts: PlanCounts;
  manifest: PlanManifest;
  planText: string;
}

/** Plans into `<temp>/<label>.tfplan` (0600); a failed plan is reported (summary, comment) by the caller. */
export async function planToFile(
  s: PlanSettings,
  p: Prepared,
  log: Log,
): Promise<{ planFile: string; output: string }> {
  const planFile = join(p.tempDir, `${labelFileName(s.label)}.tfplan`);
  log.info(`${p.tf.tool} plan (${s.label})…`);
  const r = await p.tf.plan({
    out: planFile,
    destroy: s.destroy,
    targets: s.targets,
    replace: s.replace,
    varFiles: varFiles(s, p.tempDir),
    parallelism: s.parallelism,
    lockTimeout: s.lockTimeout,
  });
  if (r.exitCode !== 0 && r.exitCode !== 2) {
    p.log.add(`${p.tf.tool} plan`, r.stdout + r.stderr);
    await p.log.flush();
    const tail = (r.stderr.trim() || r.stdout.trim()).split('\n').slice(-20).join('\n');
    throw new PlanFailed(
      `${p.tf.tool} plan failed with exit code ${r.exitCode}${tail ? `:\n${tail}` : ''}`,
      tail,
    );
  }
  protect(planFile);
  return { planFile, output: r.stdout + r.stderr };
}

export class PlanFailed extends ToolError {
  constructor(
    message: string,
    readonly tail: string,
  ) {
    super(message);
  }
}

/** Reads the saved plan as JSON, registers every sensitive value, then releases the held log. */
export async function readSavedPlan(
  planFile: string,
  p: Prepared,
  log: Log,
  withText: boolean,
): Promise<PlannedFile> {
  const json = await p.tf.showJson(planFile);
  const plan = parsePlan(json, `${p.tf.tool} show -json ${planFile}`);
  registerValues(log, collectSensitive(plan));
  await p.log.flush();
  const jsonFile = `${planFile}.json`;
  writeFileSync(jsonFile, json, { mode: 0o600 });
  protect(jsonFile);
  const planText = withText ? await p.tf.showText(planFile) : '';
  return { plan, json, jsonFile, planFile, counts: countPlan(plan), manifest: manifestFor(plan), planText };
}

export function isPullRequestEvent(ctx: GitHubContext): boolean {
  return (
    (ctx.eventName === 'pull_request' || ctx.eventName === 'pull_request_target') &&
    ctx.prNumber !== undefined
  );
}

/** The HTTP status of a REST error, or 403 for a GraphQL FORBIDDEN (GitHub answers those with HTTP 200). */
function statusOf(e: unknown): number | undefined {
  const status = httpStatus(e);
  if (status !== undefined) return status;
  const errors = e && typeof e === 'object' && 'errors' in e ? (e as { errors: unknown }).errors : undefined;
  if (Array.isArray(errors) && errors.some((x) => (x as { type?: unknown })?.type === 'FORBIDDEN'))
    return 403;
  return undefined;
}

/** A GitHub API failure as one line naming what was being done (never "a bug in Keelson"). */
export function githubError(what: string, e: unknown): unknown {
  if (e instanceof GitHubUnreachable) return new ToolError(`Could not ${what}: ${e.message}`);
  const status = statusOf(e);
  if (status === undefined) return e;
  const why = errorMessage(e).split('\n')[0];
  return new ToolError(`Could not ${what}: GitHub answered HTTP ${status} (${why}).`);
}

/**
 * Runs a comment operation; a token that may not write (fork PRs: 403) gives one warning, never a failure.
 * Any other API failure is one error line.
 */
export async function commentSafely<T>(
  log: Log,
  what: string,
  issue: IssueRef,
  fn: () => Promise<T>,
): Promise<T | undefined> {
  try {
    return await fn();
  } catch (e) {
    const status = statusOf(e);
    if ((status === 403 || status === 404 || status === 401) && !isRateLimit(e)) {
      log.warning(
        `Could not ${what} on pull request #${issue.number} (HTTP ${status}): the token cannot write comments here ` +
          '(a pull request from a fork gets a read-only token). The plan is in the job summary.',
      );
      return undefined;
    }
    throw githubError(`${what} on pull request #${issue.number}`, e);
  }
}

/** The plan's counts as step outputs (shared by plan and apply). */
export function countOutputs(counts: PlanCounts): Record<string, number | boolean> {
  const out: Record<string, number | boolean> = { changes: counts.changes };
  for (const k of COUNT_FIELDS) out[k] = counts[k];
  return out;
}

export interface PlanOutcome extends StepReport {
  planned?: PlannedFile;
  comment?: UpsertResult;
}

export async function runTerraformPlan(s: PlanSettings, deps: RunDeps): Promise<PlanOutcome> {
  const { log } = deps;
  const p = await prepare(s, deps);
  const cleanup: string[] = [];
  let planFile: string;
  let output: string;
  try {
    ({ planFile, output } = await planToFile(s, p, log));
  } catch (e) {
    if (!(e instanceof PlanFailed)) throw e;
    const summary = await reportFailure(s, deps, p.tf.tool, e.tail);
    return { outputs: {}, summary: [{ markdown: summary, keep: [] }], cleanup, failure: e };
  }
  cleanup.push(planFile);
  p.log.add(`${p.tf.tool} plan`, output);
  const planned = await readSavedPlan(planFile, p, log, true);
  cleanup.push(planned.jsonFile);
  const { counts, manifest } = planned;
  const planSha256 = sha256File(planFile);
  let uploadFile = planFile;
  if (s.planEncryptionKey) {
    uploadFile = encryptPlanFile(planFile, s.planEncryptionKey);
    cleanup.push(uploadFile);
  }
  log.info(`${s.label}: ${counts.changes ? 'changes' : 'no changes'}; plan hash ${manifest.hash}`);

  // No time of our own in the marker: apply judges approvals against GitHub's times of the comment.
  const provenance = { sha: deps.ctx.headSha ?? (deps.ctx.sha || undefined), planSha256 };
  const report = {
    plan: planned.plan,
    counts,
    manifest,
    label: s.label,
    tool: p.tf.tool,
    planText: planned.planText,
    runUrl: deps.ctx.runUrl,
    targets: s.targets,
    provenance,
  };
  const keep = [manifest.hash, manifest.hash.slice(0, 12)];

  const summary = [{ markdown: renderSummary(report), keep }];
  let comment: UpsertResult | undefined;
  let failure: Error | undefined;
  if (s.comment !== 'off' && isPullRequestEvent(deps.ctx) && deps.ctx.repo) {
    const issue = { ...deps.ctx.repo, number: deps.ctx.prNumber as number };
    if (!s.githubToken) {
      log.warning("No 'github-token': the plan is in the job summary only.");
    } else {
      const { body, parts } = assembleComment(renderComment(report), (t, k) => maskExcept(log, t, k), keep);
      try {
        const api = await deps.github(s.githubToken, deps.ctx.apiUrl);
        comment = await commentSafely(log, 'comment', issue, () =>
          upsertComment(api, issue, {
            key: markerKey(s.label),
            body,
            parts,
            mode: s.comment === 'recreate' ? 'recreate' : 'update',
            trust: authoredBy(s.trustedPlanAuthors),
            // The same plan of the same commit and file as the comment holds: leave the comment as it is (a write
            // would move GitHub's time of it, and an approval given since would no longer count).
            adjust: (existing) => {
              const old = existing?.body ? readMarker(existing.body, s.label) : undefined;
              if (!old || old.hash !== manifest.hash || old.sha !== provenance.sha) return undefined;
              if (old.planSha256 !== provenance.planSha256) return undefined;
              return { body: existing?.body ?? body, parts };
            },
          }),
        );
        if (comment) log.info(`Plan comment ${comment.action}: ${comment.url}`);
      } catch (e) {
        failure = e instanceof Error ? e : new Error(String(e));
      }
    }
  }

  return {
    planned,
    comment,
    failure,
    outputs: {
      ...countOutputs(counts),
      'plan-file': uploadFile,
      'plan-json-file': planned.jsonFile,
      'plan-hash': manifest.hash,
      'plan-sha256': planSha256,
      'comment-url': comment?.url ?? '',
    },
    summary,
    cleanup,
  };
}

/** A failed plan still says so where people look: the summary and the PR comment (hash=failed, never applied). */
async function reportFailure(s: PlanSettings, deps: RunDeps, tool: ToolName, tail: string): Promise<string> {
  const prose =
    `## ${toolTitle(tool)} plan: \`${s.label}\`\n\n**Planning failed.**\n\n${codeBlock(tail)}\n` +
    (deps.ctx.runUrl ? `\n<sub>[workflow run](${deps.ctx.runUrl})</sub>\n` : '');
  if (s.comment !== 'off' && isPullRequestEvent(deps.ctx) && deps.ctx.repo && s.githubToken) {
    const issue = { ...deps.ctx.repo, number: deps.ctx.prNumber as number };
    const api = await deps.github(s.githubToken, deps.ctx.apiUrl);
    await commentSafely(deps.log, 'comment', issue, () =>
      upsertComment(api, issue, {
        key: markerKey(s.label),
        body: `${marker({ label: s.label, hash: 'failed' })}\n${deps.log.mask(prose)}`,
        parts: [],
        mode: s.comment === 'recreate' ? 'recreate' : 'update',
        trust: authoredBy(s.trustedPlanAuthors),
      }),
    );
  }
  return prose;
}
