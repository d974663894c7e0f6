/**
 * The GitHub Actions runner protocol (workflow commands and environment files), without @actions/core's
 * dependency tree: importing @actions/core costs ~70 ms of start-up (it pulls an HTTP client for OIDC), more
 * than a whole Keelson action needs to reach its first input error. Every write goes through the masker.
 */
import { appendFileSync, writeSync } from 'node:fs';
import { EOL } from 'node:os';
import { masker } from './mask.js';

export type Env = Record<string, string | undefined>;

export interface AnnotationProps {
  title?: string;
  file?: string;
  startLine?: number;
  endLine?: number;
  startColumn?: number;
  endColumn?: number;
}

/** Where this process writes; replaced in tests. */
export const io = {
  env: process.env as Env,
  write: (line: string): void => writeLine(line + EOL),
};

/**
 * Writes straight to fd 1: creating process.stdout costs a few milliseconds of start-up that an action
 * failing on its first input should not pay. Falls back to the stream if the fd is non-blocking and full.
 */
function writeLine(text: string): void {
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

function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function issueCommand(
  command: string,
  props: Record<string, string | number | undefined>,
  message: string,
): void {
  const p = Object.entries(props)
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => `${k}=${escapeProperty(masker.mask(String(v)))}`)
    .join(',');
  io.write(
    `::${command}${p ? ' ' + p : ''}::${escapeData(command === 'add-mask' ? message : masker.mask(message))}`,
  );
}

/** Raw input value (trimmed), '' when unset. Names are matched like the runner sets them: INPUT_<NAME>. */
export function getInput(name: string, env: Env = io.env): string {
  const key = `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
  return (env[key] ?? '').trim();
}

export function setSecret(value: string | undefined): void {
  if (!value) return;
  const before = masker.size;
  masker.add(value);
  if (masker.size === before) return;
  for (const line of value.split(/\r?\n/)) if (line.trim()) issueCommand('add-mask', {}, line);
}

function fileCommand(envVar: string, key: string, value: string): boolean {
  const file = io.env[envVar];
  if (!file) return false;
  const delimiter = `ghadelimiter_${token()}`;
  appendFileSync(file, `${key}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`, 'utf8');
  return true;
}

export function setOutput(name: string, value: string | number | boolean): void {
  const v = masker.mask(String(value));
  if (!fileCommand('GITHUB_OUTPUT', name, v)) io.write(`${name}=${v}`);
}

export function saveState(name: string, value: string): void {
  if (!fileCommand('GITHUB_STATE', name, value)) io.env[`STATE_${name}`] = value;
}

export function getState(name: string): string {
  return io.env[`STATE_${name}`] ?? '';
}

export function exportVariable(name: string, value: string): void {
  io.env[name] = value;
  fileCommand('GITHUB_ENV', name, value);
}

export function isDebug(): boolean {
  return io.env.RUNNER_DEBUG === '1';
}

export function info(message: string): void {
  io.write(masker.mask(message));
}
export function debug(message: string): void {
  issueCommand('debug', {}, message);
}
function annotate(kind: 'error' | 'warning' | 'notice', message: string, props: AnnotationProps = {}): void {
  issueCommand(
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
export const error = (m: string, p?: AnnotationProps): void => annotate('error', m, p);
export const warning = (m: string, p?: AnnotationProps): void => annotate('warning', m, p);
export const notice = (m: string, p?: AnnotationProps): void => annotate('notice', m, p);

export function setFailed(message: string): void {
  process.exitCode = 1;
  error(message);
}

/** Runs fn inside a collapsible log group; the group is closed however fn ends. */
export async function group<T>(name: string, fn: () => Promise<T>): Promise<T> {
  io.write(`::group::${escapeData(masker.mask(name))}`);
  try {
    return await fn();
  } finally {
    io.write('::endgroup::');
  }
}

/** Appends Markdown to the job summary (GITHUB_STEP_SUMMARY). Returns false when there is no summary file. */
export function appendSummary(markdown: string): boolean {
  const file = io.env.GITHUB_STEP_SUMMARY;
  if (!file) return false;
  appendFileSync(file, masker.mask(markdown) + EOL, 'utf8');
  return true;
}

/**
 * Streams a child process's output into the log line by line, with workflow commands switched off
 * (`::stop-commands::`) so a test that prints `::error::` or `::add-mask::` cannot forge them.
 */
export async function passThrough<T>(fn: (write: (chunk: string) => void) => Promise<T>): Promise<T> {
  const stop = token();
  let pending = '';
  io.write(`::stop-commands::${stop}`);
  try {
    return await fn((chunk) => {
      const lines = (pending + chunk).split(/\r?\n/);
      pending = lines.pop() ?? '';
      for (const line of lines) io.write(masker.mask(line));
    });
  } finally {
    if (pending) io.write(masker.mask(pending));
    io.write(`::${stop}::`);
  }
}
