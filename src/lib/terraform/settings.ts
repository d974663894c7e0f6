/**
 * The inputs of terraform-plan and terraform-apply, parsed once into one typed settings object. Every bad value
 * is an InputError naming the input, the value and what is allowed.
 */
import { existsSync, statSync } from 'node:fs';
import { isAbsolute, relative, sep } from 'node:path';
import { InputError } from '../errors.js';
import { confinedPath, type Inputs, type PathRoots } from '../inputs.js';
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
  /** Logins whose plan comments count (Keelson's own identity), lower-cased. */
  trustedPlanAuthors: string[];
  /** Encrypts the saved plan for the artifact (plan), decrypts it (apply). */
  planEncryptionKey: string;
  /** Variables from the runner's environment passed to terraform although they are normally withheld. */
  passEnv: string[];
}

export interface ApplySettings extends PlanSettings {
  /** Absolute path of the saved plan from the plan job, or undefined to plan again. */
  planFile: string | undefined;
  prNumber: number | undefined;
  allowUnreviewed: boolean;
  requireApproval: boolean;
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

/** The workspace and runner temp of a run: every path input must stay inside them. */
export interface RunDirs {
  workspace: string;
  runnerTemp: string;
}

function roots(dirs: RunDirs): PathRoots {
  return { workspace: dirs.workspace, temp: dirs.runnerTemp || undefined };
}

function directory(name: string, raw: string, base: string, dirs: RunDirs): string {
  const abs = confinedPath(name, raw, roots(dirs), base);
  if (!existsSync(abs) || !statSync(abs).isDirectory()) {
    throw InputError.invalid(name, raw, `an existing directory (relative to ${base})`);
  }
  return abs;
}

function file(name: string, raw: string, base: string, expected: string, dirs: RunDirs): string {
  const abs = confinedPath(name, raw, roots(dirs), base);
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
  dirs: RunDirs,
  kind: 'plan' | 'apply' = 'plan',
): Promise<PlanSettings> {
  const workspaceDir = dirs.workspace;
  const path = directory(
    'path',
    inputs.string('path', {
      required: true,
      expected: 'the root module directory, relative to the workspace (. for the repository root)',
    }),
    workspaceDir,
    dirs,
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
            dirs,
          ),
    );
  const varFiles = inputs
    .lines('var-files')
    .map((f) =>
      file('var-files', f, path, `existing .tfvars or .tfvars.json files (relative to ${path})`, dirs),
    );
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
    mask: await parseMask('mask', inputs.lines('mask')),
    githubToken: inputs.string('github-token'),
    trustedPlanAuthors: trustedAuthors(inputs),
    planEncryptionKey: inputs.string('plan-encryption-key'),
    passEnv: inputs.envNames('pass-env'),
  };
}

const LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\[bot\])?$/;

function trustedAuthors(inputs: Inputs): string[] {
  const raw = inputs.list('trusted-plan-authors');
  const list = raw.length > 0 ? raw : ['github-actions[bot]'];
  for (const login of list) {
    if (!LOGIN.test(login)) {
      throw InputError.invalid(
        'trusted-plan-authors',
        login,
        'GitHub logins such as github-actions[bot] or my-app[bot] (the identity that posts the plan comments)',
      );
    }
  }
  return list.map((l) => l.toLowerCase());
}

export async function readApplySettings(inputs: Inputs, dirs: RunDirs): Promise<ApplySettings> {
  const workspaceDir = dirs.workspace;
  const base = await readPlanSettings(inputs, dirs, 'apply');
  const rawPlan = inputs.string('plan-file');
  return {
    ...base,
    planFile: rawPlan
      ? file(
          'plan-file',
          rawPlan,
          workspaceDir,
          `an existing saved plan file (relative to ${workspaceDir})`,
          dirs,
        )
      : undefined,
    prNumber: inputs.has('pr-number') ? inputs.integer('pr-number', 0, { min: 1 }) : undefined,
    allowUnreviewed: inputs.boolean('allow-unreviewed', false),
    requireApproval: inputs.boolean('require-approval', true),
  };
}
