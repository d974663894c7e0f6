/**
 * Workflows and the actions and reusable workflows they call, read the way GitHub reads them: each workflow is
 * parsed by GitHub's own parser (@actions/workflow-parser: schema, expressions, and the inputs and secrets of
 * the reusable workflows it calls) and by `yaml` for the plain structure Keelson's checks walk. `uses:`
 * references resolve through one `Resolver`, which knows where Keelson's own actions and workflows are for a
 * caller in another repository. The local workflow runner reuses this.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { WorkflowTemplate } from '@actions/workflow-parser';
import type { TemplateToken } from '@actions/workflow-parser/templates/tokens/template-token';
import { join, normalize } from 'node:path';
import { parse } from 'yaml';

export interface ActionMeta {
  kind: 'action';
  /** Where it was read from, for messages. */
  file: string;
  /** The key of actions/permissions.yml: a Keelson action's folder name, or owner/repo[/path]. */
  key: string;
  inputs: Map<string, { required: boolean; hasDefault: boolean; default?: string }>;
  outputs: Set<string>;
  /** runs.using, runs.post and runs.post-if, for the local runner. */
  runs?: { using?: string; post?: string; postIf?: string };
}

export interface WorkflowInput {
  type: string;
  required: boolean;
  hasDefault: boolean;
  description?: string;
  default?: unknown;
  options?: string[];
}

export interface RawStep {
  id?: string;
  name?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, unknown>;
  if?: unknown;
  [k: string]: unknown;
}

export interface RawJob {
  name?: string;
  uses?: string;
  with?: Record<string, unknown>;
  secrets?: Record<string, unknown> | 'inherit';
  needs?: string | string[];
  if?: unknown;
  permissions?: unknown;
  outputs?: Record<string, unknown>;
  steps?: RawStep[];
  strategy?: { matrix?: unknown; 'max-parallel'?: unknown; 'fail-fast'?: unknown };
  concurrency?: unknown;
  environment?: unknown;
  [k: string]: unknown;
}

export interface RawWorkflow {
  name?: string;
  on?: unknown;
  permissions?: unknown;
  jobs?: Record<string, RawJob>;
  [k: string]: unknown;
}

export interface WorkflowMeta {
  kind: 'workflow';
  file: string;
  raw: RawWorkflow;
  text: string;
  /** on.workflow_call, when the workflow is reusable. */
  call?: {
    inputs: Map<string, WorkflowInput>;
    secrets: Map<string, { required: boolean; description?: string }>;
    outputs: Map<string, { description?: string; value?: string }>;
  };
  /** on.workflow_dispatch inputs, when it can be dispatched. */
  dispatch?: Map<string, WorkflowInput>;
}

/** Where `uses:` references lead. */
export interface Resolver {
  /** `owner/name` of Keelson as callers write it (`keelson-dev/keelson`). */
  keelsonRepository: string;
  /** This checkout of Keelson: its actions/ and .github/workflows/ answer every ref of keelsonRepository. */
  keelsonRoot: string;
  /** Stored action.yml files of outside actions: `<dir>/<owner>/<repo>[/<path>]/<sha>/action.yml`. */
  thirdPartyCatalog?: string;
  /**
   * Keelson actions not in this checkout yet (`<dir>/<name>/action.yml`): their metadata as written on the
   * branch that builds them, so workflows can be checked against it while that branch is in flight.
   */
  pendingActions?: string;
  /**
   * Metadata of outside actions known without a stored action.yml (the local runner's stand-ins), by
   * `owner/repo[/path]` in lower case; consulted before `thirdPartyCatalog`.
   */
  outsideAction?: (key: string, ref: string) => ActionMeta | undefined;
}

export type UsesTarget =
  | { kind: 'local'; path: string }
  | { kind: 'keelson'; path: string; ref: string }
  | { kind: 'remote'; owner: string; repo: string; path: string; ref: string }
  | { kind: 'docker'; image: string };

/** Splits a `uses:` value the way the runner does. */
export function parseUses(uses: string, r: Resolver): UsesTarget | undefined {
  if (uses.startsWith('docker://')) return { kind: 'docker', image: uses.slice(9) };
  if (uses.startsWith('./')) return { kind: 'local', path: normalize(uses.slice(2)).replace(/\/$/, '') };
  const at = uses.lastIndexOf('@');
  if (at <= 0) return undefined;
  const [owner, repo, ...rest] = uses.slice(0, at).split('/');
  const ref = uses.slice(at + 1);
  if (!owner || !repo || !ref) return undefined;
  if (`${owner}/${repo}`.toLowerCase() === r.keelsonRepository.toLowerCase())
    return { kind: 'keelson', path: rest.join('/'), ref };
  return { kind: 'remote', owner, repo, path: rest.join('/'), ref };
}

function readYaml(file: string): unknown {
  return parse(readFileSync(file, 'utf8'));
}

function actionFile(dir: string): string | undefined {
  for (const f of ['action.yml', 'action.yaml']) if (existsSync(join(dir, f))) return join(dir, f);
  return undefined;
}

export function readActionMeta(file: string, key: string): ActionMeta {
  const doc = (readYaml(file) ?? {}) as {
    inputs?: Record<string, { required?: unknown; default?: unknown } | null>;
    outputs?: Record<string, unknown>;
    runs?: Record<string, unknown>;
  };
  const inputs = new Map<string, { required: boolean; hasDefault: boolean; default?: string }>();
  for (const [k, v] of Object.entries(doc.inputs ?? {}))
    inputs.set(k, {
      required: v?.required === true || v?.required === 'true',
      hasDefault: v?.default !== undefined,
      default: v?.default === undefined || v.default === null ? undefined : String(v.default),
    });
  const runs = doc.runs ?? {};
  const text = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
  return {
    kind: 'action',
    file,
    key,
    inputs,
    outputs: new Set(Object.keys(doc.outputs ?? {})),
    runs: { using: text(runs.using), post: text(runs.post), postIf: text(runs['post-if']) },
  };
}

function workflowInputs(v: unknown): Map<string, WorkflowInput> {
  const out = new Map<string, WorkflowInput>();
  for (const [k, d] of Object.entries((v ?? {}) as Record<string, Record<string, unknown> | null>)) {
    out.set(k, {
      type: typeof d?.type === 'string' ? d.type : 'string',
      required: d?.required === true,
      hasDefault: d?.default !== undefined,
      description: typeof d?.description === 'string' ? d.description : undefined,
      default: d?.default,
      options: Array.isArray(d?.options) ? (d.options as string[]) : undefined,
    });
  }
  return out;
}

/** The events a workflow's `on:` names, with their configuration (null when given without one). */
export function eventsOf(on: unknown): Map<string, Record<string, unknown> | null> {
  const events = new Map<string, Record<string, unknown> | null>();
  if (typeof on === 'string') events.set(on, null);
  else if (Array.isArray(on)) for (const e of on) events.set(String(e), null);
  else if (on && typeof on === 'object')
    for (const [k, v] of Object.entries(on as Record<string, unknown>))
      events.set(k, v && typeof v === 'object' ? (v as Record<string, unknown>) : null);
  return events;
}

export function readWorkflowMeta(file: string, text = readFileSync(file, 'utf8')): WorkflowMeta {
  const raw = (parse(text) ?? {}) as RawWorkflow;
  const events = eventsOf(raw.on);
  const meta: WorkflowMeta = { kind: 'workflow', file, raw, text };
  if (events.has('workflow_call')) {
    const c = events.get('workflow_call') ?? {};
    const secrets = new Map<string, { required: boolean; description?: string }>();
    for (const [k, v] of Object.entries((c.secrets ?? {}) as Record<string, Record<string, unknown> | null>))
      secrets.set(k, {
        required: v?.required === true,
        description: typeof v?.description === 'string' ? v.description : undefined,
      });
    const outputs = new Map<string, { description?: string; value?: string }>();
    for (const [k, v] of Object.entries((c.outputs ?? {}) as Record<string, Record<string, unknown> | null>))
      outputs.set(k, {
        description: typeof v?.description === 'string' ? v.description : undefined,
        value: typeof v?.value === 'string' ? v.value : undefined,
      });
    meta.call = { inputs: workflowInputs(c.inputs), secrets, outputs };
  }
  if (events.has('workflow_dispatch'))
    meta.dispatch = workflowInputs(events.get('workflow_dispatch')?.inputs);
  return meta;
}

export type Callee = ActionMeta | WorkflowMeta;

/**
 * What a `uses:` leads to, seen from a workflow in `repoRoot`: an action (a step's `uses`) or a reusable
 * workflow (a job's `uses`), or a sentence saying why it does not resolve.
 */
export function resolveUses(
  uses: string,
  as: 'step' | 'job',
  repoRoot: string,
  r: Resolver,
): { callee: Callee; target: UsesTarget } | { error: string; target?: UsesTarget } {
  const target = parseUses(uses, r);
  if (!target)
    return { error: `'${uses}' is not a valid reference (owner/repo[/path]@ref, ./path or docker://)` };
  if (target.kind === 'docker') {
    return as === 'step'
      ? { error: `'${uses}': docker:// actions are not used by Keelson (no image digest review)`, target }
      : { error: `'${uses}' cannot be a reusable workflow`, target };
  }
  const base =
    target.kind === 'local'
      ? repoRoot
      : target.kind === 'keelson'
        ? r.keelsonRoot
        : r.thirdPartyCatalog
          ? join(r.thirdPartyCatalog, target.owner, target.repo, target.path, target.ref)
          : undefined;
  const path = target.kind === 'remote' ? '' : target.path;
  if (as === 'job') {
    if (!/^\.github\/workflows\/[^/]+\.ya?ml$/.test(path) || target.kind === 'remote' || !base) {
      return {
        error:
          target.kind === 'remote'
            ? `'${uses}' is a reusable workflow outside Keelson; only Keelson's own are checked and allowed`
            : `'${uses}' is not a workflow in .github/workflows/`,
        target,
      };
    }
    const file = join(base, path);
    if (!existsSync(file)) return { error: `'${uses}': ${path} does not exist`, target };
    const meta = readWorkflowMeta(file);
    if (!meta.call) return { error: `'${uses}': ${path} is not callable (no on.workflow_call)`, target };
    return { callee: meta, target };
  }
  if (target.kind === 'remote' && r.outsideAction) {
    const key = [target.owner, target.repo, target.path].filter(Boolean).join('/').toLowerCase();
    const known = r.outsideAction(key, target.ref);
    if (known) return { callee: known, target };
  }
  if (!base)
    return {
      error: `'${uses}': no stored action.yml for outside actions (thirdPartyCatalog not set)`,
      target,
    };
  const dir = target.kind === 'remote' ? base : join(base, path);
  let file = actionFile(dir);
  if (!file && target.kind === 'keelson' && r.pendingActions && path.startsWith('actions/'))
    file = actionFile(join(r.pendingActions, path.slice('actions/'.length)));
  if (!file) {
    return {
      error:
        target.kind === 'remote'
          ? `'${uses}': no stored action.yml for ${target.owner}/${target.repo}${target.path ? '/' + target.path : ''} at ${target.ref}`
          : `'${uses}': ${path || '.'}/action.yml does not exist${target.kind === 'keelson' ? ' in Keelson' : ''}`,
      target,
    };
  }
  const key =
    target.kind === 'remote'
      ? [target.owner, target.repo, target.path].filter(Boolean).join('/')
      : path.replace(/^actions\//, '');
  return { callee: readActionMeta(file, key), target };
}

export interface GitHubParse {
  /** GitHub's model of the workflow (undefined when the file did not parse). */
  template?: WorkflowTemplate;
  /** The whole document as GitHub's template tokens (every key, with its line). */
  root?: TemplateToken;
  /** Every error GitHub's parser reported, each with its file, line and column. */
  errors: string[];
}

/**
 * Parses a workflow with GitHub's own parser (@actions/workflow-parser), the reusable workflows it calls fetched
 * through the resolver (so their inputs and secrets are checked against the call). `shown` is the name used in
 * messages (`.github/workflows/x.yml (Line: 3, Col: 5): …`).
 */
export async function parseWithGitHub(
  shown: string,
  text: string,
  repoRoot: string,
  r: Resolver,
): Promise<GitHubParse> {
  const { parseWorkflow, convertWorkflowTemplate, NoOperationTraceWriter } =
    await import('@actions/workflow-parser');
  const parsed = parseWorkflow({ name: shown, content: text }, new NoOperationTraceWriter());
  if (!parsed.value) return { errors: parsed.context.errors.getErrors().map((e) => e.message) };
  const provider = {
    getFileContent: async (ref: { path: string; owner?: string; repository?: string }) => {
      const root =
        ref.owner === undefined
          ? repoRoot
          : `${ref.owner}/${ref.repository}`.toLowerCase() === r.keelsonRepository.toLowerCase()
            ? r.keelsonRoot
            : undefined;
      if (!root) throw new Error(`not Keelson: ${ref.owner}/${ref.repository}`);
      const name = join(root, ref.path);
      return { name, content: readFileSync(name, 'utf8') };
    },
  };
  const template = await convertWorkflowTemplate(parsed.context, parsed.value, provider, {
    fetchReusableWorkflowDepth: 1,
    maxReusableWorkflowDepth: 4,
  });
  return { template, root: parsed.value, errors: (template.errors ?? []).map((e) => e.Message) };
}
