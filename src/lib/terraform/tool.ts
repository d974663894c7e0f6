/**
 * The Terraform seam: every call Keelson makes to `terraform` or `tofu`, as argv arrays through the exec wrapper.
 * Actions and tests receive a `Terraform`; nothing deeper reaches for a binary on its own.
 */
import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { ToolError } from '../errors.js';
import { run, runChecked, type ExecResult } from '../exec.js';
import { Masker } from '../mask.js';

export type ToolName = 'terraform' | 'tofu';
export const TOOLS: readonly ToolName[] = ['terraform', 'tofu'];

export interface PlanArgs {
  out: string;
  destroy?: boolean;
  targets?: string[];
  replace?: string[];
  varFiles?: string[];
  parallelism?: number;
  /** Seconds. */
  lockTimeout?: number;
}

export interface PlanResult {
  /** 0 no changes, 2 changes (-detailed-exitcode), anything else: the plan failed. */
  exitCode: number;
  /** True when the plan has changes (-detailed-exitcode 2). */
  changes: boolean;
  stdout: string;
  stderr: string;
}

export interface OutputValue {
  sensitive: boolean;
  value: unknown;
}

export interface Terraform {
  readonly tool: ToolName;
  init(backendConfig: string[], lockTimeout?: number): Promise<ExecResult>;
  selectWorkspace(name: string): Promise<ExecResult>;
  /** Files `fmt -check -recursive` would change ([] when formatted). */
  fmtCheck(): Promise<string[]>;
  validate(): Promise<ExecResult>;
  plan(args: PlanArgs): Promise<PlanResult>;
  showJson(planFile: string): Promise<string>;
  showText(planFile: string): Promise<string>;
  apply(planFile: string, opts: { parallelism?: number; lockTimeout?: number }): Promise<ExecResult>;
  outputs(): Promise<Record<string, OutputValue>>;
}

export interface TerraformOptions {
  cwd: string;
  env: Record<string, string | undefined>;
  /** Withheld runner variables to pass anyway (the `pass-env` input). */
  passEnv?: readonly string[];
  /** Streams live output (init, validate, apply). Plan output is never streamed: secrets are known only after. */
  onOutput?: (chunk: string) => void;
}

function isExecutable(file: string): boolean {
  try {
    if (!statSync(file).isFile()) return false;
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The full path of `name` on PATH, or undefined. */
export function which(name: string, env: Record<string, string | undefined>): string | undefined {
  const exts = process.platform === 'win32' ? (env.PATHEXT ?? '.EXE;.CMD').split(';') : [''];
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    for (const ext of exts) {
      const file = join(dir, name + ext);
      if (isExecutable(file)) return file;
    }
  }
  return undefined;
}

/** The tool asked for, or whichever of terraform / tofu is on PATH (terraform first). None → one clear error. */
export function resolveTool(wanted: ToolName | undefined, env: Record<string, string | undefined>): ToolName {
  if (wanted) {
    if (!which(wanted, env)) {
      throw new ToolError(
        `'${wanted}' is not on PATH. Install it first (${wanted === 'tofu' ? 'opentofu/setup-opentofu' : 'hashicorp/setup-terraform'}).`,
      );
    }
    return wanted;
  }
  for (const t of TOOLS) if (which(t, env)) return t;
  throw new ToolError(
    "Neither 'terraform' nor 'tofu' is on PATH. Install one (hashicorp/setup-terraform or opentofu/setup-opentofu) " +
      "before this step, or set the 'tool' input.",
  );
}

export function createTerraform(tool: ToolName, o: TerraformOptions): Terraform {
  const env = { ...o.env, TF_IN_AUTOMATION: '1', TF_INPUT: '0' };
  const opts = { cwd: o.cwd, env, passEnv: o.passEnv };
  // JSON is read, never printed: it must reach the parser unmasked (a masked value would corrupt it or its hash).
  const raw = { ...opts, masker: new Masker() };
  const live = { ...opts, onOutput: o.onOutput };
  const lock = (s: number | undefined): string[] => (s === undefined ? [] : [`-lock-timeout=${s}s`]);
  const par = (n: number | undefined): string[] => (n === undefined ? [] : [`-parallelism=${n}`]);
  return {
    tool,
    init: (backendConfig, lockTimeout) =>
      runChecked(
        [
          tool,
          'init',
          '-input=false',
          '-no-color',
          ...lock(lockTimeout),
          ...backendConfig.map((b) => `-backend-config=${b}`),
        ],
        live,
      ),
    selectWorkspace: (name) => runChecked([tool, 'workspace', 'select', '-or-create=true', name], live),
    async fmtCheck() {
      const r = await runChecked([tool, 'fmt', '-check', '-recursive', '-list=true', '-no-color'], {
        ...opts,
        okCodes: [0, 3],
      });
      return r.exitCode === 0
        ? []
        : r.stdout
            .split('\n')
            .map((l) => l.trim())
            .filter(Boolean);
    },
    validate: () => runChecked([tool, 'validate', '-no-color'], live),
    async plan(a) {
      const argv = [tool, 'plan', '-input=false', '-no-color', '-detailed-exitcode', `-out=${a.out}`];
      if (a.destroy) argv.push('-destroy');
      for (const t of a.targets ?? []) argv.push(`-target=${t}`);
      for (const r of a.replace ?? []) argv.push(`-replace=${r}`);
      for (const f of a.varFiles ?? []) argv.push(`-var-file=${f}`);
      argv.push(...par(a.parallelism), ...lock(a.lockTimeout));
      const r = await run(argv, opts);
      return { exitCode: r.exitCode, changes: r.exitCode === 2, stdout: r.stdout, stderr: r.stderr };
    },
    async showJson(planFile) {
      return (await runChecked([tool, 'show', '-json', planFile], raw)).stdout;
    },
    async showText(planFile) {
      return (await runChecked([tool, 'show', '-no-color', planFile], opts)).stdout;
    },
    apply: (planFile, a) =>
      runChecked(
        [tool, 'apply', '-input=false', '-no-color', ...lock(a.lockTimeout), ...par(a.parallelism), planFile],
        live,
      ),
    async outputs() {
      const r = await runChecked([tool, 'output', '-json', '-no-color'], raw);
      const v: unknown = JSON.parse(r.stdout || '{}');
      return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, OutputValue>) : {};
    },
  };
}
