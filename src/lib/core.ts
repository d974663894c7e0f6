/**
 * The GitHub Actions runner protocol (workflow commands and environment files), without @actions/core's
 * dependency tree: importing @actions/core costs ~70 ms of start-up (it pulls an HTTP client for OIDC), more
 * than a whole Keelson action needs to reach its first input error.
 *
 * Everything an action run owns — its environment, where its lines go, its masker — lives in one
 * `ActionContext`, passed down. There are no module globals: two actions can run in one process at once (the
 * local workflow runner does), and a secret registered by one run is never masked, or leaked, by another.
 *
 * Every line written is masked, and text that could be read as a workflow command (a line starting with `::`,
 * the legacy `##[` anywhere in a line, a bare `\r` that the runner takes for a line break) is neutralised, so a
 * value that ends up printed — a Prometheus label, an HTTP body, a Terraform output — cannot forge `::error`,
 * `::add-mask::` or `##[stop-commands]`.
 */
import { appendFileSync, writeSync } from 'node:fs';
import { EOL } from 'node:os';
import { realClock, type Clock } from './clock.js';
import { Masker, maskExcept, type MaskPattern } from './mask.js';

export type Env = Record<string, string | undefined>;

export interface AnnotationProps {
  title?: string;
  file?: string;
  startLine?: number;
  endLine?: number;
  startColumn?: number;
  endColumn?: number;
}

/**
 * What library code may do with the log: print (masked, neutralised), annotate, group, and register a secret
 * before it can be printed. Implemented by `ActionContext` for actions and by the CLI's IO.
 */
export interface Log {
  info(message: string): void;
  warning(message: string, props?: AnnotationProps): void;
  error(message: string, props?: AnnotationProps): void;
  notice(message: string, props?: AnnotationProps): void;
  debug(message: string): void;
  group<T>(name: string, fn: () => Promise<T>): Promise<T>;
  /** Registers a secret with the runner (`::add-mask::`) and this run's masker before anything can print it. */
  setSecret(value: string | undefined): void;
  /** Masks human-readable text bound for places the runner does not mask (comments, files, the CLI). */
  mask(text: string): string;
  /** Hides every match of a user's pattern (the `mask` input) in what this run prints. */
  addMaskPattern(pattern: MaskPattern): void;
}

/**
 * Writes straight to fd 1: creating process.stdout costs a few milliseconds of start-up that an action
 * failing on its first input should not pay. Falls back to the stream if the fd is non-blocking and full.
 */
function writeStdout(text: string): void {
  const buf = Buffer.from(text, 'utf8');
  let off = 0;
  try {
    while (off < buf.length) off += writeSync(1, buf, off);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EAGAIN') throw e;
    process.stdout.write(buf.subarray(off));
  }
}

/** A random token (Web Crypto, loaded on first use rather than at start-up). */
function token(): string {
  return globalThis.crypto.randomUUID();
}

/** A zero-width space: invisible in the log, but the runner no longer sees a command. */
const ZWSP = '\u200b';

/**
 * Makes one line of text inert for the runner's command parser: a line whose first non-blank characters are
 * `::` (the runner trims leading blanks before it looks) and every `##[` (the legacy form, matched anywhere).
 */
export function neutraliseLine(line: string): string {
  let out = line.includes('##[') ? line.split('##[').join(`#${ZWSP}#[`) : line;
  const start = LEADING_BLANKS.exec(out)?.[0].length ?? 0;
  if (out.startsWith('::', start)) out = `${out.slice(0, start)}:${ZWSP}${out.slice(start + 1)}`;
  return out;
}

/**
 * What the runner's `TrimStart()` (.NET `char.IsWhiteSpace`) removes before it looks for `::`: JavaScript's
 * white space plus U+0085 (NEL), which `String.prototype.trimStart` keeps.
 */
const LEADING_BLANKS = /^[\s\u0085]*/;

/** Splits text into lines the way the runner does (`\r\n`, `\n` and a bare `\r` each end a line). */
export function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

function escapeData(s: string): string {
  return escapeCommandData(neutraliseLine(s));
}

/** The runner's escaping of command data, and nothing else (an add-mask value must reach it as it is). */
function escapeCommandData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** Raw input value (trimmed), '' when unset. Names are matched like the runner sets them: INPUT_<NAME>. */
export function inputFrom(env: Env, name: string): string {
  const key = `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
  return (env[key] ?? '').trim();
}

export interface ActionContextOptions {
  env: Env;
  /** Receives each line (no line ending), already masked and neutralised. */
  write: (line: string) => void;
  masker?: Masker;
  /** Called once when the run is marked failed (the process context sets the exit code). */
  onFailed?: () => void;
  /** The time every wait of this run goes by (default the wall clock; the local runner's simulator has its own). */
  clock?: Clock;
  /**
   * How this runner reaches a host name it cannot resolve itself (the local runner's load balancers on
   * loopback): a base URL such as `http://127.0.0.1:41234`, or undefined to use the name as it is.
   */
  hostUrl?: (host: string) => string | undefined;
}

/** One action run: its environment, its output and its secrets. */
export class ActionContext implements Log {
  readonly env: Env;
  readonly masker: Masker;
  readonly clock: Clock;
  readonly hostUrl: (host: string) => string | undefined;
  private readonly out: (line: string) => void;
  private readonly onFailed: (() => void) | undefined;
  private failedFlag = false;

  constructor(o: ActionContextOptions) {
    this.env = o.env;
    this.out = o.write;
    this.masker = o.masker ?? new Masker();
    this.onFailed = o.onFailed;
    this.clock = o.clock ?? realClock;
    this.hostUrl = o.hostUrl ?? (() => undefined);
  }

  /** The context of an action started by the runner: process.env, stdout, the process exit code. */
  static fromProcess(): ActionContext {
    return new ActionContext({
      env: process.env,
      write: (line) => writeStdout(line + EOL),
      onFailed: () => {
        process.exitCode = 1;
      },
    });
  }

  /** True once setFailed was called. */
  get failed(): boolean {
    return this.failedFlag;
  }

  /** Raw input value (trimmed), '' when unset. */
  readonly getInput = (name: string): string => inputFrom(this.env, name);

  mask(text: string): string {
    return this.masker.mask(text);
  }

  /** Prints text (masked, each line neutralised). */
  info(message: string): void {
    for (const line of splitLines(this.masker.mask(message))) this.out(neutraliseLine(line));
  }

  /** Writes one workflow command; props and message are masked (the message of add-mask excepted) and escaped. */
  private command(name: string, props: Record<string, string | number | undefined>, message: string): void {
    const p = Object.entries(props)
      .filter(([, v]) => v !== undefined && v !== '')
      .map(([k, v]) => `${k}=${escapeProperty(this.masker.mask(String(v)))}`)
      .join(',');
    // The value of add-mask is escaped as the runner unescapes it, never neutralised: the runner must learn the
    // secret exactly as it is (the line starts with ::add-mask::, so nothing inside it can start a command).
    const data = name === 'add-mask' ? escapeCommandData(message) : escapeData(this.masker.mask(message));
    this.out(`::${name}${p ? ' ' + p : ''}::${data}`);
  }

  setSecret(value: string | undefined): void {
    if (!value) return;
    const before = this.masker.size;
    this.masker.add(value);
    if (this.masker.size === before || Masker.isShort(value)) return;
    for (const line of splitLines(value)) if (line.trim().length >= 3) this.command('add-mask', {}, line);
  }

  /**
   * Hides every match of a pattern in what this run prints. The runner has no pattern masks, so whatever the
   * pattern finds in text Keelson prints is masked here; values known in full should go to setSecret.
   */
  addMaskPattern(pattern: MaskPattern): void {
    this.masker.addPattern(pattern);
  }

  private fileCommand(envVar: string, key: string, value: string): boolean {
    const file = this.env[envVar];
    if (!file) return false;
    // A delimiter the value does not contain, so no value can end its block early and write another key.
    // Checked rather than random: Web Crypto costs start-up an action reaching its first error should not pay.
    let n = 0;
    let delimiter = 'ghadelimiter_keelson';
    while (value.includes(delimiter) || key.includes(delimiter)) delimiter = `ghadelimiter_keelson_${++n}`;
    appendFileSync(file, `${key}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`, 'utf8');
    return true;
  }

  /**
   * Sets a step output. Text meant for people is masked; protocol values (hashes, digests, ids, numbers,
   * booleans) are passed as they are with `raw`, since masking a registered value that happens to occur inside
   * a hash would corrupt it.
   */
  setOutput(name: string, value: string | number | boolean, o: { raw?: boolean } = {}): void {
    const v = o.raw || typeof value !== 'string' ? String(value) : this.masker.mask(value);
    if (!this.fileCommand('GITHUB_OUTPUT', name, v)) this.info(`${name}=${v}`);
  }

  saveState(name: string, value: string): void {
    if (!this.fileCommand('GITHUB_STATE', name, value)) this.env[`STATE_${name}`] = value;
  }

  getState(name: string): string {
    return this.env[`STATE_${name}`] ?? '';
  }

  exportVariable(name: string, value: string): void {
    this.env[name] = value;
    this.fileCommand('GITHUB_ENV', name, value);
  }

  isDebug(): boolean {
    return this.env.RUNNER_DEBUG === '1';
  }

  debug(message: string): void {
    this.command('debug', {}, message);
  }

  private annotate(kind: 'error' | 'warning' | 'notice', message: string, props: AnnotationProps = {}): void {
    this.command(
      kind,
      {
        title: props.title,
        file: props.file,
        line: props.startLine,
        endLine: props.endLine,
        col: props.startColumn,
        endColumn: props.endColumn,
      },
      message,
    );
  }
  error(message: string, props?: AnnotationProps): void {
    this.annotate('error', message, props);
  }
  warning(message: string, props?: AnnotationProps): void {
    this.annotate('warning', message, props);
  }
  notice(message: string, props?: AnnotationProps): void {
    this.annotate('notice', message, props);
  }

  /** Marks the run failed with its one error line (on a file's line when `props` says where). */
  setFailed(message: string, props?: AnnotationProps): void {
    if (!this.failedFlag) {
      this.failedFlag = true;
      this.onFailed?.();
    }
    this.error(message, props);
  }

  /** Runs fn inside a collapsible log group; the group is closed however fn ends. */
  async group<T>(name: string, fn: () => Promise<T>): Promise<T> {
    this.out(`::group::${escapeData(this.masker.mask(name))}`);
    try {
      return await fn();
    } finally {
      this.out('::endgroup::');
    }
  }

  /** Appends Markdown to the job summary (GITHUB_STEP_SUMMARY). Returns false when there is no summary file. */
  appendSummary(markdown: string, o: { keep?: readonly string[] } = {}): boolean {
    const file = this.env.GITHUB_STEP_SUMMARY;
    if (!file) return false;
    appendFileSync(file, maskExcept(this.masker, markdown, o.keep ?? []) + EOL, 'utf8');
    return true;
  }

  /**
   * Streams a child process's output into the log line by line, with workflow commands switched off
   * (`::stop-commands::`) so a test that prints `::error::` or `::add-mask::` cannot forge them. A bare `\r`
   * ends a line here as it does for the runner, and each line is neutralised too, so nothing inside can end
   * the stop early.
   */
  async passThrough<T>(fn: (write: (chunk: string) => void) => Promise<T>): Promise<T> {
    const stop = token();
    let pending = '';
    this.out(`::stop-commands::${stop}`);
    try {
      return await fn((chunk) => {
        let text = pending + chunk;
        // A chunk may end between \r and \n: hold a trailing \r until the next chunk says which it was.
        const carry = text.endsWith('\r') ? '\r' : '';
        if (carry) text = text.slice(0, -1);
        const lines = splitLines(text);
        pending = (lines.pop() ?? '') + carry;
        for (const line of lines) this.out(neutraliseLine(this.masker.mask(line)));
      });
    } finally {
      const rest = pending.replace(/\r$/, '');
      if (rest) this.out(neutraliseLine(this.masker.mask(rest)));
      this.out(`::${stop}::`);
    }
  }
}
