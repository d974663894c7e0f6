/**
 * Runs an action's `run()` in this process the way the GitHub runner would: INPUT_* variables, GITHUB_OUTPUT,
 * GITHUB_STEP_SUMMARY and GITHUB_STATE files, workflow commands on stdout. Used by the CLI (dry runs, the
 * demo) and by tests, so both exercise the real protocol rather than reaching into an action's internals.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Clock } from './clock.js';
import { ActionContext, type Env } from './core.js';
import type { Masker } from './mask.js';

export interface LocalRun {
  /** Every line the action wrote (workflow commands included), already masked. */
  log: string[];
  outputs: Record<string, string>;
  summary: string;
  /** State saved for a post step. */
  state: Record<string, string>;
  failed: boolean;
  /** The ::error:: / ::warning:: / ::notice:: lines, parsed. */
  annotations: ParsedCommand[];
  /** Variables the action exported for later steps (GITHUB_ENV), and directories it added to PATH (GITHUB_PATH). */
  exported: Record<string, string>;
  path: string[];
}

export interface ParsedCommand {
  command: string;
  props: Record<string, string>;
  message: string;
}

function unescape(s: string): string {
  return s
    .replace(/%0A/g, '\n')
    .replace(/%0D/g, '\r')
    .replace(/%3A/g, ':')
    .replace(/%2C/g, ',')
    .replace(/%25/g, '%');
}

/** Parses a `::command k=v,k=v::message` line; undefined for plain log lines. */
export function parseWorkflowCommand(line: string): ParsedCommand | undefined {
  const m = /^::([\w-]+)(?: ([^:]*))?::(.*)$/s.exec(line);
  if (!m) return undefined;
  const props: Record<string, string> = {};
  for (const pair of (m[2] ?? '').split(',').filter(Boolean)) {
    const eq = pair.indexOf('=');
    if (eq > 0) props[pair.slice(0, eq)] = unescape(pair.slice(eq + 1));
  }
  return { command: m[1] as string, props, message: unescape(m[3] as string) };
}

/** Reads a GITHUB_OUTPUT / GITHUB_STATE file (`name<<delimiter` blocks or `name=value` lines). */
export function parseEnvFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, key, delim] = heredoc;
      const body: string[] = [];
      for (i++; i < lines.length && lines[i] !== delim; i++) body.push(lines[i] as string);
      out[key as string] = body.join('\n');
    } else if (line.includes('=')) {
      const eq = line.indexOf('=');
      out[line.slice(0, eq)] = line.slice(eq + 1);
    }
  }
  return out;
}

/** The workflow commands in a log, honouring `::stop-commands::` (lines inside are plain text). */
export function commandsOf(log: string[]): ParsedCommand[] {
  const out: ParsedCommand[] = [];
  let stop: string | undefined;
  for (const line of log) {
    if (stop) {
      if (line === `::${stop}::`) stop = undefined;
      continue;
    }
    const c = parseWorkflowCommand(line);
    if (!c) continue;
    if (c.command === 'stop-commands') stop = c.message;
    else out.push(c);
  }
  return out;
}

export function inputEnv(inputs: Record<string, string>): Env {
  const env: Env = {};
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.replace(/ /g, '_').toUpperCase()}`] = v;
  return env;
}

export interface LocalRunOptions {
  inputs?: Record<string, string>;
  env?: Env;
  state?: Record<string, string>;
  echo?: (line: string) => void;
  /** The run's masker (default: a new one, so nothing registered by another run leaks into this one). */
  masker?: Masker;
  /** The environment the step starts from (default this process's, minus INPUT_* and STATE_*). */
  baseEnv?: Env;
  /** The run's clock (default the wall clock). */
  clock?: Clock;
  /** How the run reaches host names it cannot resolve (ActionContext.hostUrl). */
  hostUrl?: (host: string) => string | undefined;
}

/**
 * Runs `fn` with a context of its own: its own environment (this process's, minus INPUT_* and STATE_*, plus the
 * runner's files, `env`, `state` and `inputs`), its own log and its own masker. Runs may overlap.
 */
export async function runLocally(
  fn: (ctx: ActionContext) => Promise<void>,
  opts: LocalRunOptions = {},
): Promise<LocalRun> {
  const dir = mkdtempSync(join(tmpdir(), 'keelson-run-'));
  const files = {
    output: join(dir, 'output'),
    summary: join(dir, 'summary'),
    state: join(dir, 'state'),
    env: join(dir, 'env'),
    path: join(dir, 'path'),
  };
  for (const f of Object.values(files)) writeFileSync(f, '');
  const base: Env = {};
  for (const [k, v] of Object.entries(opts.baseEnv ?? process.env))
    if (!k.startsWith('INPUT_') && !k.startsWith('STATE_')) base[k] = v;
  const stateEnv: Env = {};
  for (const [k, v] of Object.entries(opts.state ?? {})) stateEnv[`STATE_${k}`] = v;
  const env: Env = {
    ...base,
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_STATE: files.state,
    GITHUB_ENV: files.env,
    GITHUB_PATH: files.path,
    RUNNER_TEMP: dir,
    ...opts.env,
    ...stateEnv,
    ...inputEnv(opts.inputs ?? {}),
  };
  const log: string[] = [];
  const ctx = new ActionContext({
    env,
    masker: opts.masker,
    clock: opts.clock,
    hostUrl: opts.hostUrl,
    write: (line) => {
      log.push(line);
      opts.echo?.(line);
    },
  });
  try {
    await fn(ctx);
    return {
      log,
      outputs: parseEnvFile(readFileSync(files.output, 'utf8')),
      summary: readFileSync(files.summary, 'utf8'),
      state: parseEnvFile(readFileSync(files.state, 'utf8')),
      failed: ctx.failed,
      annotations: commandsOf(log).filter((c) => ['error', 'warning', 'notice'].includes(c.command)),
      exported: parseEnvFile(readFileSync(files.env, 'utf8')),
      path: readFileSync(files.path, 'utf8')
        .split(/\r?\n/)
        .filter((l) => l.trim() !== ''),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
