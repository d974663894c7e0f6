/**
 * The PR comment and job summary for a plan. Summary first (the plan line and the counts), then destroy and
 * replace warnings with their reasons, resources grouped by action and module, drift, output changes, and the
 * human plan text collapsed at the end. Values marked sensitive are never rendered; everything is masked again
 * by the caller before it leaves the process.
 */
import { codeBlock, longestRun, size } from '../summary.js';
import {
  actionOf,
  countOutputChanges,
  isImporting,
  isMoved,
  isRefreshOnly,
  isReported,
  isReplace,
  isTargeted,
  outputExtras,
  planExtras,
  planLine,
  type Action,
  type PlanCounts,
  COUNT_FIELDS,
} from './counts.js';
import { moduleOf, type Json, type OutputChange, type Plan, type ResourceChange } from './plan.js';

export const MARKER_PREFIX = 'keelson:terraform-plan';

/**
 * What the hidden marker on the first line of a plan comment records: the canonical plan hash, the commit that
 * was planned (the pull request's head), the SHA-256 of the saved plan file (what the plan job hands to apply)
 * and when this plan was written (the approval must come after it). `failed` instead of a hash: the plan failed.
 */
export interface PlanMarker {
  label: string;
  hash: string;
  sha?: string;
  planSha256?: string;
  /** ISO time the plan job wrote this plan. */
  at?: string;
}

/** The hidden marker that identifies the comment of one label and carries what apply checks. */
export function marker(m: PlanMarker): string {
  const bits = [`${MARKER_PREFIX} label=${m.label}`, `hash=${m.hash}`];
  if (m.sha) bits.push(`sha=${m.sha}`);
  if (m.planSha256) bits.push(`plan-sha256=${m.planSha256}`);
  if (m.at) bits.push(`at=${m.at}`);
  return `<!-- ${bits.join(' ')} -->`;
}

/** The apply result's own comment (one per label, updated in place): never the plan comment. */
export function applyMarker(label: string, hash: string): string {
  return `<!-- keelson:terraform-apply label=${label} hash=${hash} -->`;
}

export function applyMarkerKey(label: string): string {
  return `keelson:terraform-apply label=${label}`;
}

/** The search key for `findComment`: matches the marker of `label` whatever its hash. */
export function markerKey(label: string): string {
  return `${MARKER_PREFIX} label=${label}`;
}

/** Reads the marker back from the first line of a comment body holding the marker of `label`. */
export function readMarker(body: string, label: string): PlanMarker | undefined {
  const first = body.split('\n', 1)[0] as string;
  if (!first.startsWith(`<!-- ${markerKey(label)} `) || !first.endsWith(' -->')) return undefined;
  const fields = new Map<string, string>();
  for (const word of first.slice(5, -4).split(' ').slice(1)) {
    const eq = word.indexOf('=');
    if (eq > 0) fields.set(word.slice(0, eq), word.slice(eq + 1));
  }
  const hash = fields.get('hash');
  if (!hash) return undefined;
  return {
    label,
    hash,
    sha: fields.get('sha'),
    planSha256: fields.get('plan-sha256'),
    at: fields.get('at'),
  };
}

/** Reads `hash=` back from the marker of `label`. */
export function readMarkerHash(body: string, label: string): string | undefined {
  return readMarker(body, label)?.hash;
}

const MANIFEST_OPEN = '<!-- keelson:terraform-plan-manifest v1 ';

export function manifestComment(encoded: string): string {
  return `${MANIFEST_OPEN}${encoded} -->`;
}

export function readManifestText(body: string): string | undefined {
  const start = body.lastIndexOf(MANIFEST_OPEN);
  if (start < 0) return undefined;
  const end = body.indexOf(' -->', start);
  return end < 0 ? undefined : body.slice(start + MANIFEST_OPEN.length, end);
}

export function toolTitle(tool: string | undefined): string {
  return tool === 'tofu' ? 'OpenTofu' : 'Terraform';
}

/** Inline code that survives backticks in the text. */
export function code(text: string): string {
  const fence = '`'.repeat(longestRun(text, '`') + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text.replace(/\r?\n/g, ' ')}${pad}${fence}`;
}

const REASONS: Record<string, string> = {
  replace_because_cannot_update: 'an argument that cannot be updated in place changed',
  replace_because_tainted: 'the object is tainted',
  replace_by_request: 'replacement was requested (-replace)',
  replace_by_triggers: 'replace_triggered_by fired',
  delete_because_no_resource_config: 'its resource block is no longer in the configuration',
  delete_because_wrong_repetition: 'count/for_each changed how the resource repeats',
  delete_because_count_index: 'its count index is out of range',
  delete_because_each_key: 'its for_each key is no longer present',
  delete_because_no_module: 'its module is no longer in the configuration',
  delete_because_no_move_target: 'its moved block points nowhere',
};

/**
 * Why a data source is read during apply, in Terraform's own words (internal/command/jsonformat/plan.go,
 * resourceChangeComment, case plans.Read).
 */
const READ_REASONS: Record<string, string> = {
  read_because_config_unknown: 'config refers to values not yet known',
  read_because_dependency_pending: 'depends on a resource or a module with changes pending',
  read_because_check_nested: 'config will be reloaded to verify a check block',
};

/**
 * Notes Terraform adds under a resource's heading (internal/command/jsonformat/plan.go, resourceChangeComment).
 */
export const DEPOSED_NOTE = 'left over from a partially-failed replacement of this instance';
export const IMPORT_REPLACE_WARNING = 'Warning: this will destroy the imported resource';

/** `tags["Name"]`, `ingress[0].cidr` from a replace_paths entry. */
export function formatPath(path: Json): string {
  if (!Array.isArray(path)) return JSON.stringify(path);
  let out = '';
  for (const step of path) {
    if (typeof step === 'number') out += `[${step}]`;
    else if (typeof step === 'string' && /^[A-Za-z_][\w-]*$/.test(step))
      out += out === '' ? step : `.${step}`;
    else out += `[${JSON.stringify(step)}]`;
  }
  return out;
}

interface Group {
  key: string;
  title: string;
  entries: ResourceChange[];
}

const GROUP_ORDER: { key: string; title: string }[] = [
  { key: 'replace', title: 'Replace' },
  { key: 'delete', title: 'Destroy' },
  { key: 'forget', title: 'Forget (removed from state, object kept)' },
  { key: 'create-then-forget', title: 'Replace, old object kept (create, then forget)' },
  { key: 'create', title: 'Create' },
  { key: 'update', title: 'Update in place' },
  { key: 'import', title: 'Import' },
  { key: 'move', title: 'Move' },
  { key: 'read', title: 'Read (data sources)' },
  { key: 'unknown', title: 'Other' },
];

function groupKey(rc: ResourceChange): string {
  const a = actionOf(rc.change.actions);
  if (isReplace(a)) return 'replace';
  if (a === 'no-op') return isImporting(rc) ? 'import' : 'move';
  return a;
}

function annotate(rc: ResourceChange, a: Action): string {
  const notes: string[] = [];
  if (isReplace(a)) notes.push(a === 'delete-then-create' ? 'destroy, then create' : 'create, then destroy');
  if (isMoved(rc)) notes.push(`moved from ${code(rc.previous_address as string)}`);
  if (isImporting(rc)) {
    const id = rc.change.importing?.id;
    notes.push(typeof id === 'string' ? `import id ${code(id)}` : 'imported');
  }
  if (rc.deposed) notes.push(`deposed object ${code(rc.deposed)}`);
  if (rc.deposed && (a === 'delete' || a === 'forget')) notes.push(DEPOSED_NOTE);
  if (isImporting(rc) && isReplace(a)) notes.push(`**${IMPORT_REPLACE_WARNING}**`);
  const why = a === 'read' ? READ_REASONS[rc.action_reason ?? ''] : undefined;
  if (why) notes.push(why);
  return notes.length > 0 ? ` (${notes.join('; ')})` : '';
}

function reasonText(rc: ResourceChange): string {
  const parts: string[] = [];
  if (rc.action_reason) {
    const words = REASONS[rc.action_reason];
    parts.push(words ? `${words} (${code(rc.action_reason)})` : code(rc.action_reason));
  }
  const paths = rc.change.replace_paths ?? [];
  if (paths.length > 0) parts.push(`forced by ${paths.map((p) => code(formatPath(p))).join(', ')}`);
  return parts.length > 0 ? `: ${parts.join('; ')}` : '';
}

/** Adds lines while they fit `budget` characters; says how many were left out. */
class Budget {
  used = 0;
  constructor(readonly limit: number) {}
  fits(line: string): boolean {
    return this.used + line.length + 1 <= this.limit;
  }
  take(line: string): void {
    this.used += line.length + 1;
  }
}

function warnings(plan: Plan, budget: Budget): string[] {
  const risky = plan.resource_changes.filter((rc) => {
    if (!isReported(rc)) return false;
    const a = actionOf(rc.change.actions);
    return a === 'delete' || isReplace(a) || a === 'create-then-forget';
  });
  if (risky.length === 0) return [];
  const destroys = risky.filter((rc) => actionOf(rc.change.actions) === 'delete').length;
  const replaces = risky.length - destroys;
  const what = [destroys > 0 ? `destroys ${destroys}` : '', replaces > 0 ? `replaces ${replaces}` : '']
    .filter(Boolean)
    .join(' and ');
  const out = ['> [!CAUTION]', `> **This plan ${what} resource${risky.length === 1 ? '' : 's'}.**`];
  let shown = 0;
  for (const rc of risky) {
    const a = actionOf(rc.change.actions);
    const verb =
      a === 'delete' ? 'destroyed' : a === 'create-then-forget' ? 'replaced, old object kept' : 'replaced';
    const line = `> - ${code(rc.address)} will be **${verb}**${annotate(rc, a)}${reasonText(rc)}`;
    if (!budget.fits(line)) break;
    budget.take(line);
    out.push(line);
    shown++;
  }
  if (shown < risky.length) out.push(`> - … and ${risky.length - shown} more, listed below`);
  return out;
}

function resourceGroups(plan: Plan, budget: Budget, more: string): string[] {
  const groups = new Map<string, Group>(GROUP_ORDER.map((g) => [g.key, { ...g, entries: [] }]));
  for (const rc of plan.resource_changes) if (isReported(rc)) groups.get(groupKey(rc))?.entries.push(rc);
  const out: string[] = [];
  for (const g of groups.values()) {
    if (g.entries.length === 0) continue;
    const byModule = new Map<string, ResourceChange[]>();
    for (const rc of g.entries) {
      const mod = moduleOf(rc);
      const list = byModule.get(mod);
      if (list) list.push(rc);
      else byModule.set(mod, [rc]);
    }
    const modules = [...byModule.keys()].sort();
    out.push(
      `<details${g.entries.length <= 25 ? ' open' : ''}><summary><b>${g.title}: ${g.entries.length}</b></summary>`,
      '',
    );
    let shown = 0;
    for (const mod of modules) {
      const list = byModule.get(mod) as ResourceChange[];
      const heading = mod === '' ? '**Root module**' : `**${code(mod)}**`;
      if (!budget.fits(heading)) break;
      budget.take(heading);
      out.push(heading);
      for (const rc of list) {
        const line = `- ${code(rc.address)}${annotate(rc, actionOf(rc.change.actions))}`;
        if (!budget.fits(line)) break;
        budget.take(line);
        out.push(line);
        shown++;
      }
      out.push('');
    }
    if (shown < g.entries.length) out.push(`_… and ${g.entries.length - shown} more ${more}._`, '');
    out.push('</details>', '');
  }
  return out;
}

/**
 * One drifted object in Terraform's words (internal/command/jsonformat/plan.go, resourceChangeComment with
 * detectedDrift): "has changed", "has been deleted", "has moved to".
 */
function driftLine(rc: ResourceChange): string {
  const a = actionOf(rc.change.actions);
  const prev = rc.previous_address as string;
  if (a === 'no-op' && isMoved(rc)) return `- ${code(prev)} has moved to ${code(rc.address)}`;
  const addr = code(rc.address) + (rc.deposed ? ` (deposed object ${code(rc.deposed)})` : '');
  const what =
    a === 'update'
      ? ' has changed'
      : a === 'delete'
        ? ' has been deleted'
        : `: ${rc.change.actions.join(', ')}`;
  return `- ${addr}${what}${isMoved(rc) ? ` (moved from ${code(prev)})` : ''}`;
}

/** How the plan relates to the objects changed outside of Terraform. */
type DriftContext = 'refresh-only' | 'planned' | 'nothing-planned';

function drift(
  plan: Plan,
  budget: Budget,
  more: string,
  tool: string | undefined,
  context: DriftContext,
): string[] {
  if (plan.resource_drift.length === 0) return [];
  const title = toolTitle(tool);
  // internal/command/jsonformat/plan.go, renderHumanDiffDrift and renderHuman ("No changes." with drift).
  const out = [
    `### Changed outside of ${title}: ${plan.resource_drift.length}`,
    '',
    `${title} detected the following changes made outside of ${title} since the last "${tool ?? 'terraform'} apply"` +
      (context === 'nothing-planned' ? ':' : ' which may have affected this plan:'),
    '',
  ];
  let shown = 0;
  for (const rc of plan.resource_drift) {
    const line = driftLine(rc);
    if (!budget.fits(line)) break;
    budget.take(line);
    out.push(line);
    shown++;
  }
  if (shown < plan.resource_drift.length)
    out.push(`- _… and ${plan.resource_drift.length - shown} more ${more}._`);
  out.push('');
  if (context === 'refresh-only') {
    out.push(
      'If you were expecting these changes then you can apply this plan to record the updated values in the ' +
        `${title} state without changing any remote objects.`,
    );
  } else if (context === 'planned') {
    out.push(
      'Unless you have made equivalent changes to your configuration, or ignored the relevant attributes using ' +
        'ignore_changes, the plan above may include actions to undo or respond to these changes.',
    );
  } else {
    out.push(
      "Your configuration already matches the changes detected above. If you'd like to update the " +
        `${title} state to match, create and apply a refresh-only plan.`,
    );
  }
  out.push('');
  return out;
}

function hasMarker(marker: Json): boolean {
  if (marker === true) return true;
  if (Array.isArray(marker)) return marker.some(hasMarker);
  if (marker && typeof marker === 'object') return Object.values(marker).some(hasMarker);
  return false;
}

function shortValue(v: Json): string {
  const text = typeof v === 'string' ? v : JSON.stringify(v);
  return text.length > 80 ? `${code(text.slice(0, 79))}…` : code(text);
}

/** One side of an output change: the value, `(sensitive)`, `(known after apply)`, or '' when it does not exist. */
export function outputSide(o: OutputChange, side: 'before' | 'after'): string {
  const a = actionOf(o.actions);
  if (side === 'before' && a === 'create') return '';
  if (side === 'after' && a === 'delete') return '';
  // Either side sensitive hides both, as Terraform's output differ does: an output that just became sensitive
  // would otherwise show its old value.
  if (hasMarker(o.before_sensitive) || hasMarker(o.after_sensitive)) return '(sensitive)';
  if (side === 'after' && o.after_unknown === true) return '(known after apply)';
  const text = shortValue(side === 'before' ? o.before : o.after);
  return side === 'after' && hasMarker(o.after_unknown) ? `${text} (partly known after apply)` : text;
}

const OUTPUT_VERB: Record<string, string> = { create: 'add', update: 'change', delete: 'remove' };

function outputs(plan: Plan, budget: Budget): string[] {
  const changed = plan.output_changes.filter((o) => actionOf(o.actions) !== 'no-op');
  if (changed.length === 0) return [];
  const out = [
    `### Output changes: ${changed.length}`,
    '',
    '| Output | Action | Before | After |',
    '| --- | --- | --- | --- |',
  ];
  const cell = (t: string) => t.replace(/\|/g, '\\|');
  let shown = 0;
  for (const o of changed) {
    const a = actionOf(o.actions);
    const verb = OUTPUT_VERB[a] ?? o.actions.join(', ');
    const line = `| ${cell(code(o.name))} | ${verb} | ${cell(outputSide(o, 'before'))} | ${cell(outputSide(o, 'after'))} |`;
    if (!budget.fits(line)) break;
    budget.take(line);
    out.push(line);
    shown++;
  }
  if (shown < changed.length) out.push(`| … | ${changed.length - shown} more | | |`);
  out.push('');
  return out;
}

/**
 * The headline, in Terraform's words (internal/command/jsonformat/plan.go, renderHuman): the "Plan:" line
 * whenever Terraform lists actions (data-source reads and move- or import-only plans included), "Planning
 * failed." for an errored plan, "No changes." only when there is nothing at all to do.
 */
function headline(plan: Plan, c: PlanCounts, tool: string | undefined, refreshOnly: boolean): string[] {
  const title = toolTitle(tool);
  const listed = plan.resource_changes.some(isReported);
  const byKind = countOutputChanges(plan);
  const outs = outputExtras(byKind);
  const lines: string[] = [];
  if (c.errored) {
    lines.push(
      listed
        ? `**Planning failed.** ${title} planned the following actions, but then encountered a problem.`
        : `**Planning failed.** ${title} encountered an error while generating this plan.`,
    );
  }
  if (listed) {
    const extras = planExtras(c, byKind);
    lines.push(`**${planLine(c)}**${extras ? ` ${extras}` : ''}`);
  } else if (outs.length > 0) {
    lines.push(
      `**Changes to Outputs:** ${outs.join(' · ')}.` +
        (c.errored
          ? ''
          : ` You can apply this plan to save these new output values to the ${title} state, without changing any ` +
            'real infrastructure.'),
    );
  } else if (c.errored) {
    // "Planning failed." says it all; Terraform prints no "Plan:" line here.
  } else if (plan.deferred > 0) {
    lines.push('**No current changes.** This plan requires another plan to be applied first.');
  } else if (refreshOnly && plan.resource_drift.length > 0) {
    lines.push(
      `**Note: Objects have changed outside of ${title}.** This is a refresh-only plan, so ${title} will not ` +
        'take any actions to undo these.',
    );
  } else if (refreshOnly) {
    lines.push(
      '**No changes.** Your infrastructure still matches the configuration.',
      '',
      `${title} has checked that the real remote objects still match the result of your most recent changes, ` +
        'and found no differences.',
    );
  } else {
    lines.push('**No changes.** Your infrastructure matches the configuration.');
  }
  return lines.flatMap((l) => [l, '']);
}

/**
 * The notice that the plan is partial (internal/terraform/context_plan.go, "Resource targeting is in effect";
 * internal/command/jsonformat/plan.go, renderHumanDeferredChanges).
 */
function partialNotice(plan: Plan, targets: readonly string[]): string[] {
  const out: string[] = [];
  if (targets.length > 0 || isTargeted(plan)) {
    out.push(
      '> [!WARNING]',
      '> **Resource targeting is in effect.** This plan was created with the -target option, which means that ' +
        'the result of this plan may not represent all of the changes requested by the current configuration.',
    );
    if (targets.length > 0) out.push(`> Targets: ${targets.map(code).join(', ')}`);
    out.push('');
  }
  if (plan.deferred > 0 && !plan.errored) {
    out.push(
      '> [!NOTE]',
      `> **This is a partial plan, parts can only be known in the next plan / apply cycle.** ${plan.deferred} ` +
        `deferred change${plan.deferred === 1 ? '' : 's'}.`,
      '',
    );
  }
  return out;
}

export interface HeadOptions {
  label: string;
  hash: string;
  counts: PlanCounts;
  tool?: string;
  /** Characters allowed for the lists (warnings, resources, drift, outputs). */
  listBudget: number;
  /** Where the lists that do not fit can be read: "in the job summary", "in the plan text". */
  more?: string;
  /** Markdown placed right after the title (the apply result). */
  status?: string;
  /** The `-target` addresses the plan was made with (the plan JSON does not list them). */
  targets?: readonly string[];
}

/** The title, plan line, counts, warnings, resource groups, drift and outputs (the marker is the caller's). */
export function renderHead(plan: Plan, o: HeadOptions): string {
  const c = o.counts;
  const budget = new Budget(o.listBudget);
  const more = o.more ?? 'in the plan text';
  const refreshOnly = isRefreshOnly(plan);
  const lines = [`## ${toolTitle(o.tool)} plan: ${code(o.label)}`, ''];
  if (o.status) lines.push(o.status, '');
  lines.push(...partialNotice(plan, o.targets ?? []));
  lines.push(...headline(plan, c, o.tool, refreshOnly));
  lines.push(
    `| ${COUNT_FIELDS.join(' | ')} |`,
    `| ${COUNT_FIELDS.map(() => '---:').join(' | ')} |`,
    `| ${COUNT_FIELDS.map((k) => c[k]).join(' | ')} |`,
    '',
  );
  const warn = warnings(plan, budget);
  if (warn.length > 0) lines.push(...warn, '');
  const groups = resourceGroups(plan, budget, more);
  if (groups.length > 0) lines.push('### Resource changes', '', ...groups);
  const planned = plan.resource_changes.some(isReported) || c.outputs > 0;
  lines.push(
    ...drift(
      plan,
      budget,
      more,
      o.tool,
      refreshOnly ? 'refresh-only' : planned ? 'planned' : 'nothing-planned',
    ),
  );
  lines.push(...outputs(plan, budget));
  return lines.join('\n').replace(/\n{3,}/g, '\n\n');
}

/** The human plan text, collapsed. */
export function planTextBlock(text: string, title = 'Plan text'): string {
  return `<details><summary>${title}</summary>\n\n${codeBlock(text.replace(/\s+$/, ''))}\n\n</details>\n`;
}

export function footer(o: { hash: string; tool?: string; version?: string; runUrl?: string }): string {
  const bits = [`Plan hash ${code(o.hash.slice(0, 12))}`];
  if (o.version) bits.push(`${o.tool ?? 'terraform'} ${o.version}`);
  if (o.runUrl) bits.push(`[workflow run](${o.runUrl})`);
  return `<sub>${bits.join(' · ')}</sub>\n`;
}

/**
 * Splits plan text into chunks of at most `limit` characters each, preferring blank lines (between resource
 * blocks), then line ends; a single line longer than `limit` is cut hard as a last resort.
 */
export function splitText(text: string, limit: number): string[] {
  const chunks: string[] = [];
  let rest = text;
  while (size(rest, 'chars') > limit) {
    const window = rest.slice(0, limit);
    let at = window.lastIndexOf('\n\n');
    if (at < limit / 2) at = window.lastIndexOf('\n');
    if (at <= 0) at = limit;
    chunks.push(rest.slice(0, at));
    rest = rest.slice(at).replace(/^\n+/, '');
  }
  if (rest.length > 0 || chunks.length === 0) chunks.push(rest);
  return chunks;
}
