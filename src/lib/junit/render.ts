import { SUMMARY_LIMIT, cell, codeBlock, cutMarkdown, table } from '../summary.js';
import type { AnnotationProps } from '../core.js';
import { existsSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import type { Report, TestCase, Totals } from './totals.js';

const HEAD_LINES = 6;
const TAIL_LINES = 6;
/** Lines that say what was expected: pytest's `E` lines, assertion errors, jest's Expected/Received. */
const ASSERTION = /^\s*(E\s|>\s|AssertionError|assert\b|Expected\b|Received\b|expected\b|Error:)/;

/**
 * The head and the tail of a long message or stack, and every assertion line in between (pytest writes the
 * assertion at the bottom of its traceback), with "… N more lines" where lines were left out.
 */
export function excerptLines(lines: readonly string[], head = HEAD_LINES, tail = TAIL_LINES): string[] {
  if (lines.length <= head + tail + 1) return [...lines];
  const keep = new Set<number>();
  for (let i = 0; i < head; i++) keep.add(i);
  for (let i = lines.length - tail; i < lines.length; i++) keep.add(i);
  let extra = 0;
  for (let i = head; i < lines.length - tail && extra < 20; i++) {
    if (ASSERTION.test(lines[i] as string)) {
      keep.add(i);
      extra++;
    }
  }
  const out: string[] = [];
  let skipped = 0;
  for (let i = 0; i < lines.length; i++) {
    if (keep.has(i)) {
      if (skipped > 0) out.push(`… ${skipped} more line${skipped === 1 ? '' : 's'}`);
      skipped = 0;
      out.push(lines[i] as string);
    } else skipped++;
  }
  if (skipped > 0) out.push(`… ${skipped} more line${skipped === 1 ? '' : 's'}`);
  return out;
}

export function headline(t: Totals, name: string): string {
  const icon = t.failed > 0 ? '❌' : t.total === 0 ? '⚠️' : '✅';
  const parts = [`${t.passed} passed`, `${t.failed} failed`];
  if (t.skipped) parts.push(`${t.skipped} skipped`);
  if (t.flaky) parts.push(`${t.flaky} flaky`);
  return `${icon} ${name}: ${parts.join(', ')} (${t.total} total, ${formatSeconds(t.durationSeconds)})`;
}

export function formatSeconds(s: number): string {
  if (s < 1) return `${Math.round(s * 1000)}ms`;
  if (s < 60) return `${s.toFixed(1)}s`;
  const m = Math.floor(s / 60);
  return `${m}m${Math.round(s - m * 60)}s`;
}

export function caseTitle(c: TestCase): string {
  const scope = c.classname && c.classname !== c.suite ? c.classname : c.suite;
  // jest-junit's default writes the same "describe title" as classname and name: say it once.
  if (scope && scope === c.name) return c.suite && c.suite !== c.name ? `${c.suite} › ${c.name}` : c.name;
  return scope ? `${scope} › ${c.name}` : c.name;
}

function failureBlock(c: TestCase): string {
  const lines: string[] = [];
  lines.push(`<details><summary>${c.error ? '💥' : '❌'} ${cell(caseTitle(c))}</summary>`, '');
  if (c.message) lines.push(`**${cell(c.message.split('\n')[0] ?? '')}**`, '');
  if (c.details) lines.push(codeBlock(excerptLines(c.details.split('\n')).join('\n')));
  lines.push(
    `<sub>${cell(c.report)}${c.file ? ` · ${cell(c.file)}${c.line ? `:${c.line}` : ''}` : ''}</sub>`,
    '',
    '</details>',
  );
  return lines.join('\n');
}

/** The job summary body: headline, totals table, failures first, then flaky and per-report counts. */
export function renderMarkdown(reports: Report[], t: Totals, name: string, limit = SUMMARY_LIMIT): string {
  const out: string[] = [];
  out.push(`### ${headline(t, name)}`, '');
  out.push(
    table(
      ['Total', 'Passed', 'Failed', 'Errors', 'Skipped', 'Flaky', 'Duration'],
      [[t.total, t.passed, t.failed, t.errors, t.skipped, t.flaky, formatSeconds(t.durationSeconds)]],
    ),
    '',
  );
  const failed = reports.flatMap((r) => r.cases.filter((c) => c.status === 'failed'));
  if (failed.length > 0) {
    out.push(`#### Failures (${failed.length})`, '');
    for (const c of failed) out.push(failureBlock(c), '');
  }
  const flaky = reports.flatMap((r) => r.cases.filter((c) => c.flaky));
  if (flaky.length > 0) {
    out.push(`#### Flaky: passed on retry (${flaky.length})`, '');
    for (const c of flaky) out.push(`- ${cell(caseTitle(c))}`);
    out.push('');
  }
  if (reports.length > 0) {
    out.push('<details><summary>Reports</summary>', '');
    out.push(
      table(
        ['Report', 'Tests', 'Failed', 'Skipped'],
        reports.map((r) => {
          const failedCount = r.cases.filter((c) => c.status === 'failed').length;
          const skipped = r.cases.filter((c) => c.status === 'skipped').length;
          return [`\`${cell(r.path)}\``, r.cases.length, failedCount, skipped];
        }),
      ),
      '',
      '</details>',
    );
  }
  return cutMarkdown(out.join('\n') + '\n', limit, {
    measure: 'bytes',
    note: (cut) =>
      `\n> [!NOTE]\n> Summary cut to fit GitHub's 1 MiB limit: ${cut} bytes of failure details left out; see the step log.\n`,
  }).text;
}

const STACK_REF = /(?:^|[\s(@])((?:[A-Za-z]:)?[\w./\\~-]*\.[A-Za-z]{1,8}):(\d+)(?::(\d+))?/gm;

/**
 * Where a failure points into the workspace: the report's file/line attributes, else the first stack frame
 * whose file exists under the workspace (node_modules excluded).
 */
export function locate(
  c: TestCase,
  workspace: string,
  baseDir: string,
): { file: string; line?: number } | undefined {
  const inWorkspace = (p: string): string | undefined => {
    const norm = p.replace(/\\/g, '/');
    for (const base of [baseDir, workspace]) {
      const abs = isAbsolute(norm) ? norm : resolve(base, norm);
      const rel = relative(workspace, abs);
      if (rel.startsWith('..') || isAbsolute(rel) || rel.split(sep).includes('node_modules')) continue;
      if (existsSync(abs)) return rel.split(sep).join('/');
    }
    return undefined;
  };
  if (c.file) {
    const f = inWorkspace(c.file);
    if (f) return { file: f, line: c.line ?? lineFromStack(c, f) };
  }
  const text = `${c.details ?? ''}\n${c.message ?? ''}`;
  for (const m of text.matchAll(STACK_REF)) {
    const f = inWorkspace(m[1] as string);
    if (f) return { file: f, line: Number(m[2]) };
  }
  return undefined;
}

function lineFromStack(c: TestCase, file: string): number | undefined {
  const text = c.details ?? '';
  for (const m of text.matchAll(STACK_REF)) {
    if ((m[1] as string).replace(/\\/g, '/').endsWith(file)) return Number(m[2]);
  }
  return undefined;
}

export interface Annotation {
  level: 'error' | 'warning';
  message: string;
  props: AnnotationProps;
}

/** One error annotation per failed test, up to `max`; the rest are counted in a final notice by the caller. */
export function annotations(
  reports: Report[],
  workspace: string,
  baseDir: string,
  max: number,
): Annotation[] {
  const out: Annotation[] = [];
  for (const r of reports) {
    for (const c of r.cases) {
      if (c.status !== 'failed') continue;
      if (out.length >= max) return out;
      const where = locate(c, workspace, baseDir);
      const body = [c.message, ...excerptLines((c.details ?? '').split('\n'), 4, 4)]
        .filter((x): x is string => !!x)
        .filter((x, i, a) => a.indexOf(x) === i)
        .join('\n');
      out.push({
        level: 'error',
        message: body || 'Test failed',
        props: { title: caseTitle(c), ...(where ? { file: where.file, startLine: where.line } : {}) },
      });
    }
  }
  return out;
}
