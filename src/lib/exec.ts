/**
 * Runs commands as argv arrays (never a shell string built from inputs), captures output, and leaves the exit
 * code to the caller: `run` never throws on a non-zero exit, `runChecked` throws a ToolError naming the command.
 * Everything streamed or kept passes through the masker.
 */
import { ToolError } from './errors.js';
import type { Masker } from './mask.js';

export interface ExecOptions {
  cwd?: string;
  /** The child's environment (default: this process's); withheld variables are removed unless in `passEnv`. */
  env?: Record<string, string | undefined>;
  /** Withheld variables (see childEnv) the user asked to pass (the `pass-env` input). */
  passEnv?: readonly string[];
  input?: string;
  /** Called with each chunk of stdout/stderr, masked. Default: nothing streamed. */
  onOutput?: (chunk: string, stream: 'stdout' | 'stderr') => void;
  /** Keep at most this many characters of each stream (the tail is kept). Default 64 MiB. */
  maxBuffer?: number;
  signal?: AbortSignal;
  /** Masks what is streamed and kept (the run's masker). Default: nothing masked here — the log masks on print. */
  masker?: Masker;
}

export interface ExecResult {
  argv: string[];
  exitCode: number;
  /** Set when the process was ended by a signal. */
  signal?: NodeJS.Signals;
  stdout: string;
  stderr: string;
  /** True when output was cut to maxBuffer. */
  truncated: boolean;
}

/**
 * Runner variables that carry credentials a child process was not given: every action input (the
 * `github-token` default among them), post-step state, GITHUB_TOKEN, and the runner's own tokens for the
 * cache, artifact and OIDC services.
 */
const WITHHELD =
  /^(INPUT_.*|STATE_.*|GITHUB_TOKEN|ACTIONS_RUNTIME_TOKEN|ACTIONS_RUNTIME_URL|ACTIONS_RESULTS_URL|ACTIONS_CACHE_URL|ACTIONS_ID_TOKEN_REQUEST_TOKEN|ACTIONS_ID_TOKEN_REQUEST_URL)$/i;

/**
 * The environment for a child process (terraform and its providers, the test command): `env` without the
 * withheld variables, except those named in `pass` (the `pass-env` input).
 */
export function childEnv(
  env: Record<string, string | undefined>,
  pass: readonly string[] = [],
): Record<string, string | undefined> {
  const keep = new Set(pass.map((n) => n.toUpperCase()));
  const out: Record<string, string | undefined> = {};
  for (const [k, v] of Object.entries(env)) {
    if (v === undefined) continue;
    if (WITHHELD.test(k) && !keep.has(k.toUpperCase())) continue;
    out[k] = v;
  }
  return out;
}

export async function run(argv: readonly string[], opts: ExecOptions = {}): Promise<ExecResult> {
  if (argv.length === 0 || !argv[0]) throw new ToolError('exec: empty command');
  const { spawn } = await import('node:child_process');
  const m = opts.masker ?? { mask: (t: string) => t };
  const max = opts.maxBuffer ?? 64 * 1024 * 1024;
  return new Promise((resolve, reject) => {
    const child = spawn(argv[0] as string, argv.slice(1), {
      cwd: opts.cwd,
      env: childEnv(opts.env ?? process.env, opts.passEnv) as NodeJS.ProcessEnv,
      shell: false,
      stdio: ['pipe', 'pipe', 'pipe'],
      signal: opts.signal,
    });
    const out = { stdout: '', stderr: '', truncated: false };
    const collect = (stream: 'stdout' | 'stderr') => (buf: Buffer) => {
      const text = buf.toString('utf8');
      opts.onOutput?.(m.mask(text), stream);
      let next = out[stream] + text;
      if (next.length > max) {
        next = next.slice(next.length - max);
        out.truncated = true;
      }
      out[stream] = next;
    };
    child.stdout.on('data', collect('stdout'));
    child.stderr.on('data', collect('stderr'));
    child.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'ENOENT') {
        reject(new ToolError(`Command not found: '${argv[0]}'. Install it or put it on PATH.`));
      } else if (err.name === 'AbortError') {
        reject(new ToolError(`Command '${argv[0]}' was cancelled.`));
      } else {
        reject(err);
      }
    });
    child.on('close', (code, signal) => {
      resolve({
        argv: [...argv],
        exitCode: code ?? 128,
        signal: signal ?? undefined,
        stdout: m.mask(out.stdout),
        stderr: m.mask(out.stderr),
        truncated: out.truncated,
      });
    });
    child.stdin.on('error', () => undefined);
    child.stdin.end(opts.input ?? '');
  });
}

/** Like run, but a non-zero exit (outside `okCodes`) is a ToolError with the command and its last stderr lines. */
export async function runChecked(
  argv: readonly string[],
  opts: ExecOptions & { okCodes?: number[] } = {},
): Promise<ExecResult> {
  const result = await run(argv, opts);
  const ok = opts.okCodes ?? [0];
  if (!ok.includes(result.exitCode)) {
    const tail = (result.stderr.trim() || result.stdout.trim()).split('\n').slice(-10).join('\n');
    throw new ToolError(
      `'${displayArgv(argv)}' failed with exit code ${result.exitCode}${result.signal ? ` (${result.signal})` : ''}` +
        (tail ? `:\n${tail}` : ''),
    );
  }
  return result;
}

/** For logs only: quotes arguments with spaces (printing masks secrets). */
export function displayArgv(argv: readonly string[]): string {
  return argv.map((a) => (/^[\w@%+=:,./-]+$/.test(a) ? a : JSON.stringify(a))).join(' ');
}
