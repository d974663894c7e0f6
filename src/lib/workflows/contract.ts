/**
 * The contract every Keelson workflow and starter keeps, checked statically:
 *
 * - GitHub's own parser accepts it (schema, expressions, the called workflows' inputs and secrets);
 * - every `uses:` resolves — Keelson's actions and workflows for a caller in another repository, `./` paths in
 *   the workflow's repository, outside actions pinned by full commit SHA with the version in a comment;
 * - every `with:` key is an input of the callee, and every required input without a default is given;
 * - every `steps.*.outputs.*`, `needs.*.outputs.*` and `jobs.*.outputs.*` names an output that exists, of a step
 *   that ran before or a job listed in `needs`;
 * - every `inputs.*` is declared; in a reusable workflow every `secrets.*` is declared; no `secrets: inherit`;
 * - no `${{ }}` inside `run:` (values reach scripts through `env:`);
 * - each job states its permissions: at least what its steps require (or, for a call, what the called jobs
 *   ask for), and nothing that none of them documents it needs (actions/permissions.yml).
 *
 * Findings are data (file, where, message); callers decide how to show them.
 */
import { dirname } from 'node:path';
import {
  eventsOf,
  parseWithGitHub,
  readWorkflowMeta,
  resolveUses,
  type Callee,
  type RawJob,
  type RawStep,
  type Resolver,
  type WorkflowMeta,
} from './load.js';
import {
  exceeding,
  format,
  grantOf,
  union,
  type Permissions,
  type PermissionsCatalog,
} from './permissions.js';

export interface Finding {
  file: string;
  where: string;
  message: string;
  /** What kind of rule it breaks (the local workflow runner stops on some, not on others). */
  rule: FindingRule;
}

export type FindingRule =
  | 'parser'
  | 'uses'
  | 'pin'
  | 'keelson-ref'
  | 'with'
  | 'reference'
  | 'needs'
  | 'permissions'
  | 'called-permissions'
  | 'secrets-inherit'
  | 'run-expression'
  | 'catalog';

export interface ContractOptions extends Resolver {
  /** Where `./` references of this workflow resolve (its repository's root). */
  repoRoot: string;
  permissions: PermissionsCatalog;
  /** Every reference to Keelson's actions and workflows must use this ref (main on main, vX.Y.Z in a release). */
  keelsonRef?: string;
  /** Permissions `run:` steps need with the token, by `job` id, with the reason (such as `gh release create`). */
  runStepPermissions?: Record<string, Permissions>;
  /** Require `secrets.*` to be declared even when the workflow is not only reusable. */
  requireDeclaredSecrets?: boolean;
}

const EXPR = /\$\{\{([\s\S]*?)\}\}/g;
const SHA = /^[0-9a-f]{40}$/;

/** Expression text with string literals blanked, so `'steps.x'` in a literal is not a reference. */
function code(expr: string): string {
  return expr.replace(/'(?:[^']|'')*'/g, "''");
}

/** Every expression in a value: `${{ }}` in strings, and the bare `if:` conditions. */
function expressions(value: unknown, isIf = false): string[] {
  if (typeof value === 'string') {
    const found = [...value.matchAll(EXPR)].map((m) => code(m[1] ?? ''));
    if (isIf && found.length === 0) return [code(value)];
    return found;
  }
  if (typeof value === 'boolean' || typeof value === 'number' || value == null) return [];
  if (Array.isArray(value)) return value.flatMap((v) => expressions(v));
  return Object.values(value as Record<string, unknown>).flatMap((v) => expressions(v));
}

interface Ref {
  ctx: 'steps' | 'needs' | 'jobs' | 'inputs' | 'secrets';
  name: string;
  output?: string;
}

function references(exprs: string[]): Ref[] {
  const out: Ref[] = [];
  for (const e of exprs) {
    for (const m of e.matchAll(
      /(?<![\w.-])(steps|needs|jobs)\.([A-Za-z_][\w-]*)\.outputs\.([A-Za-z_][\w-]*)/g,
    ))
      out.push({ ctx: m[1] as Ref['ctx'], name: m[2]!, output: m[3]! });
    for (const m of e.matchAll(/(?<![\w.-])(inputs|secrets)\.([A-Za-z_][\w-]*)/g))
      out.push({ ctx: m[1] as Ref['ctx'], name: m[2]! });
  }
  return out;
}

/** Outputs a `run:` step writes (`name=` on lines that append to $GITHUB_OUTPUT, or inside a block that does). */
export function runStepOutputs(script: string): Set<string> {
  const names = new Set<string>();
  const lines = script.split('\n');
  let block: string[] = [];
  for (const line of lines) {
    block.push(line);
    if (/GITHUB_OUTPUT/.test(line)) {
      for (const l of block) for (const m of l.matchAll(/(?:^|[\s"'])([A-Za-z_][\w-]*)=/g)) names.add(m[1]!);
      block = [];
    } else if (!/^\s*[{(]?\s*$|\\$/.test(line) && !/^\s*(echo|printf)\b/.test(line)) {
      block = [];
    }
  }
  return names;
}

function needsOf(job: RawJob): string[] {
  return job.needs === undefined ? [] : Array.isArray(job.needs) ? job.needs : [job.needs];
}

function lineOf(text: string, needle: string): string | undefined {
  return text.split('\n').find((l) => l.includes(needle));
}

/** GitHub's parser: schema errors, bad expressions, and the called workflows' inputs and secrets. */
export async function githubParserErrors(meta: WorkflowMeta, o: ContractOptions): Promise<string[]> {
  return (await parseWithGitHub(meta.file, meta.text, o.repoRoot, o)).errors;
}

export async function checkWorkflow(file: string, o: ContractOptions): Promise<Finding[]> {
  /** Paths in messages: relative to Keelson or to the workflow's repository. */
  const rel = (base: string, f: string) => {
    const b = base.replace(/\/+$/, '') + '/';
    return f.startsWith(b) ? f.slice(b.length) : undefined;
  };
  const show = (f: string) => rel(o.keelsonRoot, f) ?? rel(o.repoRoot, f) ?? f;
  const findings: Finding[] = [];
  const meta = readWorkflowMeta(file);
  const add = (where: string, message: string, rule: FindingRule) =>
    findings.push({ file, where, message, rule });
  for (const e of await githubParserErrors(meta, o)) add('GitHub parser', e, 'parser');
  const wf = meta.raw;
  const jobs = wf.jobs ?? {};
  const events = eventsOf(wf.on);
  const reusableOnly = events.size === 1 && events.has('workflow_call');
  const declaredInputs = new Set([...(meta.call?.inputs.keys() ?? []), ...(meta.dispatch?.keys() ?? [])]);
  const declaredSecrets = new Set([...(meta.call?.secrets.keys() ?? [])].map((s) => s.toLowerCase()));

  const callees = new Map<string, Callee>();
  const calleeOf = (uses: string, as: 'step' | 'job', where: string): Callee | undefined => {
    const r = resolveUses(uses, as, o.repoRoot, o);
    if ('error' in r) {
      add(where, r.error, 'uses');
      return undefined;
    }
    const t = r.target;
    if (t.kind === 'remote') {
      if (!SHA.test(t.ref)) add(where, `'${uses}' is not pinned by a full commit SHA`, 'pin');
      const line = lineOf(meta.text, uses);
      if (!line || !/#\s*v\d+(\.\d+){0,2}\b/.test(line))
        add(where, `'${uses}' has no version comment (# vX.Y.Z) after the SHA`, 'pin');
    }
    if (t.kind === 'keelson' && o.keelsonRef !== undefined && t.ref !== o.keelsonRef)
      add(
        where,
        `'${uses}' uses Keelson at '${t.ref}'; every Keelson reference must be '@${o.keelsonRef}' (one release)`,
        'keelson-ref',
      );
    return r.callee;
  };

  const checkWith = (callee: Callee, given: Record<string, unknown> | undefined, where: string) => {
    const inputs =
      callee.kind === 'action'
        ? callee.inputs
        : new Map(
            [...callee.call!.inputs].map(([k, v]) => [k, { required: v.required, hasDefault: v.hasDefault }]),
          );
    const keys = Object.keys(given ?? {});
    for (const k of keys)
      if (!inputs.has(k))
        add(
          where,
          `with: '${k}' is not an input of ${show(callee.file)} (inputs: ${[...inputs.keys()].join(', ')})`,
          'with',
        );
    for (const [k, v] of inputs)
      if (v.required && !v.hasDefault && !keys.includes(k))
        add(where, `required input '${k}' of ${show(callee.file)} is not given`, 'with');
  };

  const jobOutputs = (id: string): Set<string> | undefined => {
    const job = jobs[id];
    if (!job) return undefined;
    if (job.uses) {
      const c = callees.get(id);
      return c?.kind === 'workflow' ? new Set(c.call!.outputs.keys()) : undefined;
    }
    return new Set(Object.keys(job.outputs ?? {}));
  };

  const checkRefs = (
    refs: Ref[],
    where: string,
    scope: { job?: string; steps?: Map<string, Set<string> | undefined> },
  ) => {
    for (const r of refs) {
      if (r.ctx === 'inputs') {
        if (!declaredInputs.has(r.name)) add(where, `inputs.${r.name} is not a declared input`, 'reference');
      } else if (r.ctx === 'secrets') {
        if (r.name.toUpperCase() === 'GITHUB_TOKEN') continue;
        if ((reusableOnly || o.requireDeclaredSecrets) && !declaredSecrets.has(r.name.toLowerCase()))
          add(where, `secrets.${r.name} is not declared in on.workflow_call.secrets`, 'reference');
      } else if (r.ctx === 'steps') {
        if (!scope.steps)
          add(where, `steps.${r.name}.outputs.${r.output} is not available here`, 'reference');
        else if (!scope.steps.has(r.name))
          add(where, `steps.${r.name} is not a step before this one in job '${scope.job}'`, 'reference');
        else {
          const outs = scope.steps.get(r.name);
          if (outs && !outs.has(r.output!))
            add(
              where,
              `steps.${r.name}.outputs.${r.output}: step '${r.name}' has no output '${r.output}' (it has: ${[...outs].join(', ') || 'none'})`,
              'reference',
            );
        }
      } else if (r.ctx === 'needs') {
        const job = scope.job ? jobs[scope.job] : undefined;
        if (!job || !needsOf(job).includes(r.name))
          add(where, `needs.${r.name}: '${r.name}' is not in this job's needs`, 'reference');
        else {
          const outs = jobOutputs(r.name);
          if (outs && !outs.has(r.output!))
            add(
              where,
              `needs.${r.name}.outputs.${r.output}: job '${r.name}' has no output '${r.output}' (it has: ${[...outs].join(', ') || 'none'})`,
              'reference',
            );
        }
      } else if (r.ctx === 'jobs') {
        const outs = jobOutputs(r.name);
        if (!outs) add(where, `jobs.${r.name}: no job '${r.name}' in this workflow`, 'reference');
        else if (!outs.has(r.output!))
          add(
            where,
            `jobs.${r.name}.outputs.${r.output}: job '${r.name}' has no output '${r.output}'`,
            'reference',
          );
      }
    }
  };

  // Resolve every job's callee first: needs.<job>.outputs of a call job are the called workflow's outputs.
  for (const [id, job] of Object.entries(jobs)) {
    if (job.uses) {
      const c = calleeOf(job.uses, 'job', `jobs.${id}`);
      if (c) callees.set(id, c);
    }
  }

  for (const [id, job] of Object.entries(jobs)) {
    const where = `jobs.${id}`;
    for (const n of needsOf(job))
      if (!jobs[n]) add(where, `needs '${n}', which is not a job of this workflow`, 'needs');
    const jobLevel = { ...job, steps: undefined, outputs: undefined, with: undefined, secrets: undefined };
    checkRefs(references([...expressions(jobLevel), ...expressions(job.if, true)]), where, { job: id });
    // A job without its own permissions gets the workflow's; with neither, the repository's default (unknown).
    const granted = grantOf(job.permissions) ?? grantOf(wf.permissions);
    if (granted === undefined)
      add(
        where,
        'states no permissions: (neither the job nor the workflow says what its token may do)',
        'permissions',
      );

    if (job.uses) {
      const callee = callees.get(id);
      if (job.secrets === 'inherit')
        add(where, "uses 'secrets: inherit'; map each secret explicitly", 'secrets-inherit');
      checkRefs(references([...expressions(job.with), ...expressions(job.secrets)]), `${where}.with`, {
        job: id,
      });
      if (callee?.kind === 'workflow') {
        checkWith(callee, job.with, `${where}.with`);
        const asked = union(...Object.values(callee.raw.jobs ?? {}).map((j) => grantOf(j.permissions) ?? {}));
        if (granted) {
          const missing = exceeding(asked, granted);
          if (missing.length)
            add(
              where,
              `grants ${format(granted)} but ${show(callee.file)} asks for ${missing.join(', ')} (the called job would not start)`,
              'called-permissions',
            );
          const extra = exceeding(granted, asked);
          if (extra.length)
            add(
              where,
              `grants ${extra.join(', ')}, which no job of ${show(callee.file)} asks for`,
              'permissions',
            );
        }
      }
      continue;
    }

    const steps = job.steps ?? [];
    const seen = new Map<string, Set<string> | undefined>();
    const all = new Map<string, Set<string> | undefined>();
    let required: Permissions = {};
    let allowed: Permissions = o.runStepPermissions?.[id] ?? {};
    const stepInfo: { step: RawStep; where: string; outputs: Set<string> | undefined }[] = [];
    steps.forEach((step, i) => {
      const sw = `${where}.steps[${step.id ?? i}]`;
      let outputs: Set<string> | undefined;
      if (step.uses) {
        const callee = calleeOf(step.uses, 'step', sw);
        if (callee?.kind === 'action') {
          checkWith(callee, step.with, sw);
          outputs = callee.outputs;
          const p = o.permissions.get(callee.key);
          if (!p)
            add(
              sw,
              `${callee.key} has no entry in actions/permissions.yml (what token permissions does it need?)`,
              'catalog',
            );
          else {
            required = union(required, p.required);
            allowed = union(allowed, p.required, p.optional);
          }
        }
      } else if (typeof step.run === 'string') {
        if (EXPR.test(step.run))
          add(sw, 'has ${{ }} inside run: (pass values through env:)', 'run-expression');
        EXPR.lastIndex = 0;
        outputs = runStepOutputs(step.run);
      }
      stepInfo.push({ step, where: sw, outputs });
      if (step.id) all.set(step.id, outputs);
    });
    for (const { step, where: sw, outputs } of stepInfo) {
      const { if: cond, ...rest } = step;
      checkRefs(references([...expressions(rest), ...expressions(cond, true)]), sw, {
        job: id,
        steps: new Map(seen),
      });
      if (step.id) seen.set(step.id, outputs);
    }
    checkRefs(references(expressions(job.outputs)), `${where}.outputs`, { job: id, steps: all });
    if (granted) {
      const missing = exceeding(required, granted);
      if (missing.length)
        add(
          where,
          `its steps need ${missing.join(', ')} but the job grants ${format(granted)}`,
          'permissions',
        );
      const extra = exceeding(granted, allowed);
      if (extra.length)
        add(where, `grants ${extra.join(', ')}, which none of its steps documents it needs`, 'permissions');
    }
  }

  for (const [name, out] of meta.call?.outputs ?? [])
    checkRefs(references(expressions(out.value)), `on.workflow_call.outputs.${name}`, {});
  return findings;
}

/** The reusable workflows a workflow reaches (itself first), to check GitHub's nesting and count limits. */
export function callTree(file: string, o: ContractOptions): { depth: number; unique: Set<string> } {
  const unique = new Set<string>();
  const walk = (f: string, root: string, depth: number): number => {
    const meta = readWorkflowMeta(f);
    let deepest = depth;
    for (const job of Object.values(meta.raw.jobs ?? {})) {
      if (!job.uses) continue;
      const r = resolveUses(job.uses, 'job', root, o);
      if ('error' in r || r.callee.kind !== 'workflow') continue;
      unique.add(r.callee.file);
      deepest = Math.max(
        deepest,
        walk(r.callee.file, r.target?.kind === 'local' ? root : o.keelsonRoot, depth + 1),
      );
    }
    return deepest;
  };
  const depth = walk(file, o.repoRoot, 1);
  return { depth, unique };
}

export function repoRootOf(workflowFile: string): string {
  return dirname(dirname(dirname(workflowFile)));
}
