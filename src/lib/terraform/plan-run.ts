/**
 * terraform-plan: init, optional fmt/validate, plan to a saved file, read it back as JSON, register its secrets,
 * then report: outputs, the job summary (always) and, on pull requests, one comment per label.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as core from '../core.js';
import { PolicyError, ToolError } from '../errors.js';
import { masker } from '../mask.js';
import { codeBlock } from '../summary.js';
import type { GitHubApi } from '../github/client.js';
import { httpStatus } from '../github/client.js';
import type { GitHubContext } from '../github/context.js';
import { upsertComment, type IssueRef, type UpsertResult } from '../github/comments.js';
import { countPlan, type PlanCounts, COUNT_FIELDS } from './counts.js';
import type { PlanManifest } from './hash.js';
import { parsePlan, type Plan } from './plan.js';
import { manifestFor, renderComment, renderSummary } from './report.js';
import { marker, markerKey, toolTitle } from './render.js';
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
  env: Record<string, string | undefined>;
  /** Creates the GitHub client; called only when a comment is read or written. */
  github: (token: string, apiUrl: string) => Promise<GitHubApi>;
  /** The Terraform seam; default: the real binary through the exec wrapper. */
  terraform?: (tool: ToolName, opts: TerraformOptions) => Terraform;
}

export interface Prepared {
  tf: Terraform;
  log: HeldLog;
  tempDir: string;
}

/** Registers the mask, finds the tool, runs init (+ workspace, fmt, validate). Output is held back. */
export async function prepare(s: PlanSettings, deps: RunDeps): Promise<Prepared> {
  registerMask(s.mask);
  core.setSecret(s.githubToken);
  const tool = resolveTool(s.tool, deps.env);
  const tf = (deps.terraform ?? createTerraform)(tool, { cwd: s.path, env: deps.env });
  const log = new HeldLog();
  const tempDir = deps.ctx.runnerTemp || tmpdir();
  mkdirSync(tempDir, { recursive: true });
  const step = async <T>(title: string, fn: () => Promise<T>): Promise<T> => {
    core.info(`${tool} ${title} (${s.label})…`);
    try {
      return await fn();
    } catch (e) {
      await log.flush();
      throw e;
    }
  };
  const init = await step('init', () => tf.init(s.backendConfig, s.lockTimeout));
  log.add(`${tool} init`, init.stdout + init.stderr);
  if (s.workspace !== 'default') {
    const ws = await step(`workspace select ${s.workspace}`, () => tf.selectWorkspace(s.workspace));
    log.add(`${tool} workspace select ${s.workspace}`, ws.stdout + ws.stderr);
  }
  if (s.fmtCheck) {
    const files = await step('fmt -check', () => tf.fmtCheck());
    if (files.length > 0) {
      await log.flush();
      throw new PolicyError(
        `fmt-check: ${files.length} file${files.length === 1 ? ' is' : 's are'} not formatted: ${files.slice(0, 20).join(', ')}` +
          `${files.length > 20 ? ', …' : ''}. Run '${tool} fmt -recursive' and commit the result.`,
      );
    }
  }
  if (s.validate) {
    const v = await step('validate', () => tf.validate());
    log.add(`${tool} validate`, v.stdout + v.stderr);
  }
  return { tf, log, tempDir };
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

/** Plans into `<temp>/<label>.tfplan`; a failed plan is reported (summary, comment) by the caller's catch. */
export async function planToFile(
  s: PlanSettings,
  p: Prepared,
): Promise<{ planFile: string; output: string }> {
  const planFile = join(p.tempDir, `${labelFileName(s.label)}.tfplan`);
  core.info(`${p.tf.tool} plan (${s.label})…`);
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
export async function readSavedPlan(planFile: string, p: Prepared, withText: boolean): Promise<PlannedFile> {
  const json = await p.tf.showJson(planFile);
  const plan = parsePlan(json, `${p.tf.tool} show -json ${planFile}`);
  registerValues(collectSensitive(plan));
  await p.log.flush();
  const jsonFile = `${planFile}.json`;
  writeFileSync(jsonFile, json, { mode: 0o600 });
  const planText = withText ? masker.mask(await p.tf.showText(planFile)) : '';
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
  const status = statusOf(e);
  if (status === undefined) return e;
  const why = e instanceof Error ? e.message.split('\n')[0] : String(e);
  return new ToolError(`Could not ${what}: GitHub answered HTTP ${status} (${why}).`);
}

/**
 * Runs a comment operation; a token that may not write (fork PRs: 403) gives one warning, never a failure.
 * Any other API failure is one error line.
 */
export async function commentSafely<T>(
  what: string,
  issue: IssueRef,
  fn: () => Promise<T>,
): Promise<T | undefined> {
  try {
    return await fn();
  } catch (e) {
    const status = statusOf(e);
    if (status === 403 || status === 404 || status === 401) {
      core.warning(
        `Could not ${what} on pull request #${issue.number} (HTTP ${status}): the token cannot write comments here ` +
          '(a pull request from a fork gets a read-only token). The plan is in the job summary.',
      );
      return undefined;
    }
    throw githubError(`${what} on pull request #${issue.number}`, e);
  }
}

export interface PlanOutcome {
  planned: PlannedFile;
  comment: UpsertResult | undefined;
  summary: string;
}

export async function runTerraformPlan(s: PlanSettings, deps: RunDeps): Promise<PlanOutcome> {
  const p = await prepare(s, deps);
  let planFile: string;
  let output: string;
  try {
    ({ planFile, output } = await planToFile(s, p));
  } catch (e) {
    if (e instanceof PlanFailed) await reportFailure(s, deps, p.tf.tool, e.tail);
    throw e;
  }
  p.log.add(`${p.tf.tool} plan`, output);
  const planned = await readSavedPlan(planFile, p, true);
  const { counts, manifest } = planned;
  core.info(`${s.label}: ${counts.changes ? 'changes' : 'no changes'}; plan hash ${manifest.hash}`);

  const report = {
    plan: planned.plan,
    counts,
    manifest,
    label: s.label,
    tool: p.tf.tool,
    planText: planned.planText,
    runUrl: deps.ctx.runUrl,
  };
  const summary = renderSummary(report);
  core.appendSummary(summary);

  let comment: UpsertResult | undefined;
  if (s.comment !== 'off' && isPullRequestEvent(deps.ctx) && deps.ctx.repo) {
    const issue = { ...deps.ctx.repo, number: deps.ctx.prNumber as number };
    if (!s.githubToken) {
      core.warning("No 'github-token': the plan is in the job summary only.");
    } else {
      const set = renderComment(report);
      const api = await deps.github(s.githubToken, deps.ctx.apiUrl);
      comment = await commentSafely('comment', issue, () =>
        upsertComment(api, issue, {
          key: markerKey(s.label),
          body: masker.mask(set.body),
          parts: set.parts.map((x) => masker.mask(x)),
          mode: s.comment === 'recreate' ? 'recreate' : 'update',
        }),
      );
      if (comment) core.info(`Plan comment ${comment.action}: ${comment.url}`);
    }
  }

  core.setOutput('changes', counts.changes);
  for (const k of COUNT_FIELDS) {
    core.setOutput(k, counts[k]);
  }
  core.setOutput('plan-file', planFile);
  core.setOutput('plan-json-file', planned.jsonFile);
  core.setOutput('plan-hash', manifest.hash);
  core.setOutput('comment-url', comment?.url ?? '');
  return { planned, comment, summary };
}

/** A failed plan still says so where people look: the summary and the PR comment (hash=failed, never applied). */
async function reportFailure(s: PlanSettings, deps: RunDeps, tool: ToolName, tail: string): Promise<void> {
  const body =
    `${marker(s.label, 'failed')}\n## ${toolTitle(tool)} plan: \`${s.label}\`\n\n**Planning failed.**\n\n` +
    `${codeBlock(masker.mask(tail))}\n` +
    (deps.ctx.runUrl ? `\n<sub>[workflow run](${deps.ctx.runUrl})</sub>\n` : '');
  core.appendSummary(body);
  if (s.comment === 'off' || !isPullRequestEvent(deps.ctx) || !deps.ctx.repo || !s.githubToken) return;
  const issue = { ...deps.ctx.repo, number: deps.ctx.prNumber as number };
  const api = await deps.github(s.githubToken, deps.ctx.apiUrl);
  await commentSafely('comment', issue, () =>
    upsertComment(api, issue, {
      key: markerKey(s.label),
      body: masker.mask(body),
      parts: [],
      mode: s.comment === 'recreate' ? 'recreate' : 'update',
    }),
  );
}
