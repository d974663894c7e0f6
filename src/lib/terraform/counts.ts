/**
 * What a plan will do, counted the way Terraform's own "Plan:" line counts it
 * (internal/command/jsonformat/plan.go, renderHuman): no-ops are skipped unless the resource moves or is
 * imported, deleted data sources are skipped, and each remaining entry counts once under its action.
 */
import type { Plan, ResourceChange } from './plan.js';

export type Action =
  | 'no-op'
  | 'create'
  | 'read'
  | 'update'
  | 'delete'
  | 'delete-then-create'
  | 'create-then-delete'
  | 'forget'
  | 'create-then-forget'
  | 'unknown';

/** The single action of a change's `actions` list, as jsonplan.UnmarshalActions reads it. */
export function actionOf(actions: readonly string[]): Action {
  const [a, b] = actions;
  if (actions.length === 1) {
    switch (a) {
      case 'no-op':
      case 'create':
      case 'read':
      case 'update':
      case 'delete':
      case 'forget':
        return a;
      default:
        return 'unknown';
    }
  }
  if (actions.length === 2) {
    if (a === 'delete' && b === 'create') return 'delete-then-create';
    if (a === 'create' && b === 'delete') return 'create-then-delete';
    if (a === 'create' && b === 'forget') return 'create-then-forget';
  }
  return 'unknown';
}

export function isReplace(a: Action): boolean {
  return a === 'delete-then-create' || a === 'create-then-delete';
}

export function isMoved(rc: ResourceChange): boolean {
  return (
    rc.previous_address !== undefined && rc.previous_address !== '' && rc.previous_address !== rc.address
  );
}

export function isImporting(rc: ResourceChange): boolean {
  return rc.change.importing !== undefined;
}

/** True for the entries Terraform lists under "Terraform will perform the following actions". */
export function isReported(rc: ResourceChange): boolean {
  const a = actionOf(rc.change.actions);
  if (a === 'no-op' && !isMoved(rc) && !isImporting(rc)) return false;
  if (a === 'delete' && rc.mode !== 'managed') return false;
  return true;
}

export interface PlanCounts {
  add: number;
  change: number;
  destroy: number;
  replace: number;
  import: number;
  move: number;
  forget: number;
  read: number;
  drift: number;
  outputs: number;
  errored: boolean;
  changes: boolean;
}

/** The numeric counts, in the order of Terraform's "Plan:" line and of the comment's table. */
export const COUNT_FIELDS = [
  'add',
  'change',
  'destroy',
  'replace',
  'import',
  'move',
  'forget',
  'read',
  'drift',
  'outputs',
] as const;

/** The key order of `keelson plan-summary --format json`. */
export const COUNT_KEYS = [...COUNT_FIELDS, 'errored', 'changes'] as const;

export function countPlan(plan: Plan): PlanCounts {
  const c: PlanCounts = {
    add: 0,
    change: 0,
    destroy: 0,
    replace: 0,
    import: 0,
    move: 0,
    forget: 0,
    read: 0,
    drift: plan.resource_drift.length,
    outputs: 0,
    errored: plan.errored,
    changes: false,
  };
  for (const rc of plan.resource_changes) {
    if (!isReported(rc)) continue;
    if (isImporting(rc)) c.import++;
    if (isMoved(rc)) c.move++;
    switch (actionOf(rc.change.actions)) {
      case 'create':
        c.add++;
        break;
      case 'update':
        c.change++;
        break;
      case 'delete':
        c.destroy++;
        break;
      case 'delete-then-create':
      case 'create-then-delete':
        c.add++;
        c.destroy++;
        c.replace++;
        break;
      case 'create-then-forget':
        c.add++;
        c.forget++;
        break;
      case 'forget':
        c.forget++;
        break;
      case 'read':
        c.read++;
        break;
      default:
        break;
    }
  }
  for (const o of plan.output_changes) if (actionOf(o.actions) !== 'no-op') c.outputs++;
  c.changes = c.add + c.change + c.destroy + c.import + c.move + c.forget + c.outputs > 0;
  return c;
}

/** Terraform's own wording: `Plan: 1 to import, 2 to add, 0 to change, 1 to destroy.` */
export function planLine(c: PlanCounts): string {
  let line = 'Plan: ';
  if (c.import > 0) line += `${c.import} to import, `;
  return line + `${c.add} to add, ${c.change} to change, ${c.destroy} to destroy.`;
}

/** Output changes by kind: Terraform's `+` (create), `~` (update) and `-` (delete) under "Changes to Outputs". */
export interface OutputCounts {
  add: number;
  change: number;
  remove: number;
}

export function countOutputChanges(plan: Plan): OutputCounts {
  const o: OutputCounts = { add: 0, change: 0, remove: 0 };
  for (const out of plan.output_changes) {
    const a = actionOf(out.actions);
    if (a === 'create') o.add++;
    else if (a === 'delete') o.remove++;
    else if (a !== 'no-op') o.change++;
  }
  return o;
}

/** `['1 output to add', '2 outputs to change']`; empty when no output changes. */
export function outputExtras(o: OutputCounts): string[] {
  const n = (k: number, verb: string) => `${k} output${k === 1 ? '' : 's'} to ${verb}`;
  const out: string[] = [];
  if (o.add > 0) out.push(n(o.add, 'add'));
  if (o.change > 0) out.push(n(o.change, 'change'));
  if (o.remove > 0) out.push(n(o.remove, 'remove'));
  return out;
}

/** What the "Plan:" line leaves out: `1 to replace · 2 to read · 1 output to add`, or ''. */
export function planExtras(c: PlanCounts, outputs: OutputCounts): string {
  const extra: string[] = [];
  if (c.replace > 0) extra.push(`${c.replace} to replace`);
  if (c.move > 0) extra.push(`${c.move} to move`);
  if (c.forget > 0) extra.push(`${c.forget} to forget`);
  if (c.read > 0) extra.push(`${c.read} to read`);
  extra.push(...outputExtras(outputs));
  return extra.join(' · ');
}

function hasManagedResources(module: unknown): boolean {
  if (typeof module !== 'object' || module === null) return false;
  const m = module as { resources?: unknown; child_modules?: unknown };
  if (Array.isArray(m.resources) && m.resources.some((r) => (r as { mode?: unknown })?.mode === 'managed'))
    return true;
  return Array.isArray(m.child_modules) && m.child_modules.some(hasManagedResources);
}

/**
 * Whether the plan was made with `-refresh-only`. The plan JSON does not record the mode, but a normal or
 * destroy plan lists every managed resource instance of the state in `resource_changes` (no-ops included),
 * while a refresh-only plan lists none and reports what changed (moves included) in `resource_drift`.
 */
export function isRefreshOnly(plan: Plan): boolean {
  if (plan.resource_changes.length > 0) return false;
  if (plan.resource_drift.length > 0) return true;
  const prior = plan.raw.prior_state;
  const values =
    typeof prior === 'object' && prior !== null && !Array.isArray(prior) ? prior.values : undefined;
  const root =
    typeof values === 'object' && values !== null && !Array.isArray(values) ? values.root_module : undefined;
  return plan.complete !== false && hasManagedResources(root);
}

/**
 * Whether the plan covers only part of the configuration because of `-target`: Terraform marks a plan that
 * succeeded without deferred changes as incomplete only when targets were given
 * (internal/terraform/context_plan.go, "Plan is incomplete").
 */
export function isTargeted(plan: Plan): boolean {
  return plan.complete === false && !plan.errored && plan.deferred === 0;
}
