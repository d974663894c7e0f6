/**
 * Puts a plan's parts together within GitHub's budgets: the PR comment (65,536 characters; plan text that does
 * not fit goes into continuation comments, cut with a pointer to the job summary past `maxParts`), the job
 * summary (1 MiB), and the apply result that terraform-apply writes into the reviewed comment.
 */
import { COMMENT_LIMIT, SUMMARY_LIMIT, cutMarkdown, size } from '../summary.js';
import { isReported, type PlanCounts } from './counts.js';
import { encodeManifest } from './diff.js';
import { hashPlan, type PlanManifest } from './hash.js';
import type { Plan } from './plan.js';
import {
  code,
  footer,
  manifestComment,
  marker,
  planTextBlock,
  renderHead,
  splitText,
  toolTitle,
  type PlanMarker,
} from './render.js';

export interface PlanReport {
  plan: Plan;
  counts: PlanCounts;
  manifest: PlanManifest;
  label: string;
  tool?: string;
  /** `show -no-color` of the plan file, already masked by the caller. */
  planText?: string;
  runUrl?: string;
  /** Markdown shown right after the title (apply result). */
  status?: string;
  /** The `-target` addresses the plan was made with, for the notice that the plan is partial. */
  targets?: readonly string[];
  /** What the marker records besides label and hash: the planned commit, the plan file digest, the time. */
  provenance?: Omit<PlanMarker, 'label' | 'hash'>;
}

/**
 * A comment in its three layers: the marker (first line) and the manifest (last) are protocol and never pass
 * through the masker; `body` between them is for people and is masked by `assembleComment`.
 */
export interface CommentSet {
  marker: string;
  body: string;
  manifest: string;
  /** Continuation comments, in order (without their markers; the comment upsert adds them). */
  parts: string[];
  /** Characters of plan text left out of the comments (0 when all of it is there). */
  cut: number;
}

/** The manifest is kept in the comment when it fits this many characters (about 1,500 resources). */
export const MANIFEST_LIMIT = 20_000;
/** Beyond this many reported resources the manifest cannot fit, so its digests are not even computed. */
export const MANIFEST_MAX_RESOURCES = 2_500;

/** The plan hash, with the per-address manifest when it could fit in a comment. */
export function manifestFor(plan: Plan): PlanManifest {
  const reported = plan.resource_changes.filter(isReported).length;
  return hashPlan(plan, { digests: reported <= MANIFEST_MAX_RESOURCES });
}
const LIST_BUDGET_COMMENT = 24_000;
const LIST_BUDGET_SUMMARY = 400_000;
const PART_OVERHEAD = 600;

function manifestPart(m: PlanManifest): string {
  if (!m.detailed || m.resources.size > MANIFEST_MAX_RESOURCES) return '';
  const encoded = encodeManifest(m);
  return encoded.length <= MANIFEST_LIMIT ? manifestComment(encoded) + '\n' : '';
}

export function renderComment(r: PlanReport, opts: { limit?: number; maxParts?: number } = {}): CommentSet {
  const limit = opts.limit ?? COMMENT_LIMIT;
  const maxParts = opts.maxParts ?? 5;
  const mark = marker({ label: r.label, hash: r.manifest.hash, ...r.provenance });
  const head = renderHead(r.plan, {
    label: r.label,
    hash: r.manifest.hash,
    counts: r.counts,
    tool: r.tool,
    listBudget: Math.min(LIST_BUDGET_COMMENT, Math.floor(limit / 3)),
    more: 'in the job summary',
    status: r.status,
    targets: r.targets,
  });
  const tail = footer({
    hash: r.manifest.hash,
    tool: r.tool,
    version: r.plan.terraform_version,
    runUrl: r.runUrl,
  });
  let manifest = manifestPart(r.manifest);
  if (size(mark + head + tail + manifest, 'chars') > limit - 300) manifest = '';
  const room = limit - size(mark, 'chars') - 1;
  const text = r.planText?.replace(/\s+$/, '');
  if (!text) return { marker: mark, body: `${head}\n${tail}`, manifest, parts: [], cut: 0 };
  const whole = `${head}\n${planTextBlock(text)}\n${tail}`;
  if (size(whole + manifest, 'chars') <= room)
    return { marker: mark, body: whole, manifest, parts: [], cut: 0 };

  const chunks = splitText(text, Math.max(1000, limit - PART_OVERHEAD - r.label.length * 2));
  const shown = chunks.slice(0, maxParts);
  const cut = chunks.slice(maxParts).reduce((n, c) => n + c.length, 0);
  const n = shown.length;
  const where = r.runUrl ? `the [job summary](${r.runUrl})` : 'the job summary';
  const note =
    `_The plan text is in the ${n === 1 ? 'comment' : `${n} comments`} below` +
    (cut > 0 ? `; ${cut.toLocaleString('en-US')} more characters are only in ${where}` : '') +
    '._\n';
  const parts = shown.map((chunk, i) => {
    let part = `**${toolTitle(r.tool)} plan text: ${code(r.label)} (part ${i + 1} of ${n})**\n\n`;
    part += planTextBlock(chunk, `Plan text, part ${i + 1} of ${n}`);
    if (i === n - 1 && cut > 0)
      part += `\n_Cut here: ${cut.toLocaleString('en-US')} more characters are in ${where}._\n`;
    return part;
  });
  return { marker: mark, body: `${head}\n${note}\n${tail}`, manifest, parts, cut };
}

/**
 * The comment's text as posted: the marker, the masked body, the manifest. Protocol values shown in the body
 * (the plan hash, the commit) are kept as they are: masking a registered value that happens to occur inside a
 * hash would corrupt it, and they are not secret.
 */
export function assembleComment(
  set: Pick<CommentSet, 'marker' | 'body' | 'manifest' | 'parts'>,
  mask: (text: string, keep: readonly string[]) => string,
  keep: readonly string[],
): { body: string; parts: string[] } {
  return {
    body: `${set.marker}\n${mask(set.body, keep)}${set.manifest}`,
    parts: set.parts.map((p) => mask(p, keep)),
  };
}

/** The job summary: the same head with longer lists, then the plan text (cut to fit 1 MiB, pointing at the log). */
export function renderSummary(r: PlanReport): string {
  const head = renderHead(r.plan, {
    label: r.label,
    hash: r.manifest.hash,
    counts: r.counts,
    tool: r.tool,
    listBudget: LIST_BUDGET_SUMMARY,
    more: 'in the plan text',
    status: r.status,
    targets: r.targets,
  });
  const tail = footer({
    hash: r.manifest.hash,
    tool: r.tool,
    version: r.plan.terraform_version,
    runUrl: r.runUrl,
  });
  const text = r.planText?.replace(/\s+$/, '');
  if (!text) return `${head}\n${tail}`;
  const room = SUMMARY_LIMIT - size(head + tail, 'bytes') - 1024;
  const block = cutMarkdown(planTextBlock(text), room, {
    measure: 'bytes',
    note: (n) =>
      `\n_Plan text cut to fit the job summary: ${n.toLocaleString('en-US')} bytes left out; see the step log._\n`,
  }).text;
  return `${head}\n${block}\n${tail}`;
}

export type ApplyState = 'applied' | 'failed' | 'refused';

export interface ApplyResult {
  state: ApplyState;
  durationMs?: number;
  /** Output values after apply; sensitive ones are passed as undefined and shown as (sensitive). */
  outputs?: { name: string; value: string | undefined }[];
  message?: string;
  runUrl?: string;
  tool?: string;
}

const STATUS_OPEN = '<!-- keelson:apply-result -->';
const STATUS_CLOSE = '<!-- /keelson:apply-result -->';

function seconds(ms: number): string {
  return ms < 60_000
    ? `${(ms / 1000).toFixed(1)} s`
    : `${Math.floor(ms / 60_000)} min ${Math.round((ms % 60_000) / 1000)} s`;
}

export function renderApplyStatus(a: ApplyResult): string {
  const title = toolTitle(a.tool);
  const head =
    a.state === 'applied'
      ? `> [!NOTE]\n> **Applied.** ${title} applied this plan`
      : a.state === 'failed'
        ? `> [!WARNING]\n> **Apply failed.** ${title} started applying this plan and failed`
        : `> [!WARNING]\n> **Apply refused.** The plan changed since this comment was written; nothing was applied`;
  const bits = [
    head +
      (a.durationMs !== undefined ? ` in ${seconds(a.durationMs)}` : '') +
      (a.runUrl ? ` ([run](${a.runUrl}))` : '') +
      '.',
  ];
  if (a.message) bits.push(`> ${a.message.replace(/\n/g, '\n> ')}`);
  const lines = [STATUS_OPEN, ...bits];
  const outs = a.outputs ?? [];
  if (outs.length > 0) {
    lines.push('', '| Output | Value |', '| --- | --- |');
    let used = 0;
    let shown = 0;
    for (const o of outs) {
      const v =
        o.value === undefined
          ? '(sensitive)'
          : code(o.value.length > 80 ? o.value.slice(0, 79) + '…' : o.value);
      const line = `| ${code(o.name)} | ${v.replace(/\|/g, '\\|')} |`;
      if (used + line.length > 4000) {
        lines.push(`| … | ${outs.length - shown} more |`);
        break;
      }
      used += line.length;
      shown++;
      lines.push(line);
    }
  }
  lines.push(STATUS_CLOSE);
  return lines.join('\n');
}
