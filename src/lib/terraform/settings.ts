/**
 * The inputs of terraform-plan and terraform-apply, parsed once into one typed settings object. Every bad value
 * is an InputError naming the input, the value and what is allowed.
 */
import { existsSync, statSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { InputError } from '../errors.js';
import type { Inputs } from '../inputs.js';
import { parseMask, type MaskRules } from './sensitive.js';
import { TOOLS, type ToolName } from './tool.js';

export type CommentSetting = 'update' | 'recreate' | 'off';

export interface PlanSettings {
  /** The root module, absolute. */
  path: string;
  workspace: string;
  /** `-backend-config=` values: `key=value`, or absolute file paths. */
  backendConfig: string[];
  /** Absolute paths. */
  varFiles: string[];
  vars: Record<string, unknown>;
  label: string;
  tool: ToolName | undefined;
  fmtCheck: boolean;
  validate: boolean;
  destroy: boolean;
  targets: string[];
  replace: string[];
  parallelism: number;
  /** Seconds. */
  lockTimeout: number;
  comment: CommentSetting;
  mask: MaskRules;
  githubToken: string;
}

export interface ApplySettings extends PlanSettings {
  /** Absolute path of the saved plan from the plan job, or undefined to plan again. */
  planFile: string | undefined;
  prNumber: number | undefined;
  allowUnreviewed: boolean;
}

const LABEL = /^[A-Za-z0-9][A-Za-z0-9._/:@+-]{0,99}$/;
const LABEL_EXPECTED = 'up to 100 characters from A-Z a-z 0-9 . _ / : @ + -, starting with a letter or digit';
const WORKSPACE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,89}$/;

export function parseLabel(name: string, raw: string): string {
  if (!LABEL.test(raw)) throw InputError.invalid(name, raw, LABEL_EXPECTED);
  return raw;
}

/** `environments/prod` for path environments/prod in workspace default; `environments/prod:blue` otherwise. */
export function deriveLabel(workspaceDir: string, modulePath: string, workspace: string): string {
  let rel = relative(workspaceDir, modulePath).split(sep).join('/');
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel))
    rel = rel === '' ? 'root' : modulePath.split(sep).join('/');
  let label = rel.replace(/[^A-Za-z0-9._/@+-]/g, '-').replace(/^[^A-Za-z0-9]+/, '');
  if (label === '') label = 'root';
  if (workspace !== 'default') label += `:${workspace}`;
  return label.slice(0, 100);
}

/** File name for the label's plan file: `<RUNNER_TEMP>/<label>.tfplan`, with / and : made safe. */
export function labelFileName(label: string): string {
  return label.replace(/[^A-Za-z0-9._-]/g, '_');
}

function directory(name: string, raw: string, base: string): string {
  const abs = resolve(base, raw);
  if (!existsSync(abs) || !statSync(abs).isDirectory()) {
    throw InputError.invalid(name, raw, `an existing directory (relative to ${base})`);
  }
  return abs;
}

function file(name: string, raw: string, base: string, expected: string): string {
  const abs = resolve(base, raw);
  if (!existsSync(abs) || !statSync(abs).isFile()) throw InputError.invalid(name, raw, expected);
  return abs;
}

const ADDRESS = /^[A-Za-z_][^\s]*$/;

function addresses(inputs: Inputs, name: string): string[] {
  const list = inputs.lines(name);
  for (const a of list) {
    if (!ADDRESS.test(a))
      throw InputError.invalid(
        name,
        a,
        'resource addresses such as aws_instance.web or module.app.aws_s3_bucket.this["logs"], one per line',
      );
  }
  return list;
}

export async function readPlanSettings(
  inputs: Inputs,
  workspaceDir: string,
  kind: 'plan' | 'apply' = 'plan',
): Promise<PlanSettings> {
  const path = directory(
    'path',
    inputs.string('path', {
      required: true,
      expected: 'the root module directory, relative to the workspace (. for the repository root)',
    }),
    workspaceDir,
  );
  const workspace = inputs.string('workspace', { default: 'default' });
  if (!WORKSPACE.test(workspace)) {
    throw InputError.invalid(
      'workspace',
      workspace,
      'a workspace name: letters, digits, . _ -, at most 90 characters',
    );
  }
  const backendConfig = inputs
    .lines('backend-config')
    .map((b) =>
      /^[A-Za-z_][A-Za-z0-9_-]*=/.test(b)
        ? b
        : file(
            'backend-config',
            b,
            path,
            `key=value lines or existing backend config files (relative to ${path})`,
          ),
    );
  const varFiles = inputs
    .lines('var-files')
    .map((f) => file('var-files', f, path, `existing .tfvars or .tfvars.json files (relative to ${path})`));
  const rawLabel = inputs.string('label');
  const toolRaw = inputs.string('tool');
  const tool = toolRaw === '' || toolRaw === 'auto' ? undefined : inputs.enum('tool', TOOLS, 'terraform');
  return {
    path,
    workspace,
    backendConfig,
    varFiles,
    vars: await inputs.map('vars'),
    label: rawLabel ? parseLabel('label', rawLabel) : deriveLabel(workspaceDir, path, workspace),
    tool,
    fmtCheck: inputs.boolean('fmt-check', false),
    validate: inputs.boolean('validate', kind === 'plan'),
    destroy: inputs.boolean('destroy', false),
    targets: addresses(inputs, 'targets'),
    replace: addresses(inputs, 'replace'),
    parallelism: inputs.integer('parallelism', 10, { min: 1, max: 256 }),
    lockTimeout: Math.ceil(inputs.duration('lock-timeout', '5m', { max: 3_600_000 }) / 1000),
    comment: inputs.enum('comment', ['update', 'recreate', 'off'] as const, 'update'),
    mask: parseMask('mask', inputs.lines('mask')),
    githubToken: inputs.string('github-token'),
  };
}

export async function readApplySettings(inputs: Inputs, workspaceDir: string): Promise<ApplySettings> {
  const base = await readPlanSettings(inputs, workspaceDir, 'apply');
  const rawPlan = inputs.string('plan-file');
  return {
    ...base,
    planFile: rawPlan
      ? file('plan-file', rawPlan, workspaceDir, `an existing saved plan file (relative to ${workspaceDir})`)
      : undefined,
    prNumber: inputs.has('pr-number') ? inputs.integer('pr-number', 0, { min: 1 }) : undefined,
    allowUnreviewed: inputs.boolean('allow-unreviewed', false),
  };
}
