/**
 * The `test` action's logic, shared with `keelson demo`: run the command (keeping its exit code), read every
 * JUnit report, count, render, and decide. Pure of the runner: returns what to print; the caller prints.
 */
import { existsSync, statSync } from 'node:fs';
import { commandArgv } from '../argv.js';
import { PolicyError, InputError } from '../errors.js';
import { run } from '../exec.js';
import { findReports, readReports } from '../junit/collect.js';
import { annotations, renderMarkdown, headline, type Annotation } from '../junit/render.js';
import { totals, type Report, type Totals } from '../junit/totals.js';
import type { TestSettings } from './settings.js';

export interface TestOutcome {
  exitCode: number | undefined;
  reports: Report[];
  totals: Totals;
  markdown: string;
  headline: string;
  annotations: Annotation[];
  /** Failed tests beyond max-annotations. */
  annotationsOmitted: number;
  /** Why the step fails, or undefined when it passes. */
  failure: Error | undefined;
  warnings: string[];
}

export async function runTests(
  s: TestSettings,
  opts: { workspace: string; env?: Record<string, string | undefined>; onOutput?: (chunk: string) => void },
): Promise<TestOutcome> {
  if (!existsSync(s.workingDirectory) || !statSync(s.workingDirectory).isDirectory()) {
    throw new InputError(
      'working-directory',
      `Invalid input 'working-directory': '${s.workingDirectory}' is not a directory.`,
    );
  }
  let exitCode: number | undefined;
  const argv = s.command ? commandArgv('command', s.command, s.shell) : undefined;
  if (argv) {
    const result = await run(argv, {
      cwd: s.workingDirectory,
      env: opts.env,
      passEnv: s.passEnv,
      onOutput: opts.onOutput ? (chunk) => opts.onOutput?.(chunk) : undefined,
      maxBuffer: 1024 * 1024,
    });
    exitCode = result.exitCode;
  }
  const files = await findReports(s.reports, s.workingDirectory);
  const warnings: string[] = [];
  const reports = await readReports(files, s.workingDirectory);
  const t = totals(reports.flatMap((r) => r.cases));
  const anns = annotations(reports, opts.workspace, s.workingDirectory, s.maxAnnotations);
  const outcome: TestOutcome = {
    exitCode,
    reports,
    totals: t,
    markdown: renderMarkdown(reports, t, s.name),
    headline: headline(t, s.name),
    annotations: anns,
    annotationsOmitted: Math.max(0, t.failed - anns.length),
    failure: undefined,
    warnings,
  };
  const globs = s.reports.join(', ');
  if (files.length === 0) {
    const msg = `No JUnit report matched ${globs} under ${s.workingDirectory}.`;
    if (s.failOnEmpty) outcome.failure = new InputError('reports', msg);
    else warnings.push(msg);
  } else if (t.total === 0) {
    const msg = `The ${files.length} report(s) matched by ${globs} contain no test cases.`;
    if (s.failOnEmpty) outcome.failure = new PolicyError(msg);
    else warnings.push(msg);
  }
  if (!outcome.failure && t.failed > 0 && s.failOnFailure) {
    outcome.failure = new PolicyError(
      `${t.failed} of ${t.total} tests failed${t.errors ? ` (${t.errors} with errors)` : ''}.`,
    );
  }
  if (!outcome.failure && exitCode !== undefined && exitCode !== 0) {
    // A runner that exits non-zero because tests failed is fine when fail-on-failure is off; any other
    // non-zero exit (crash, compile error, no tests run) fails the step.
    if (!(t.failed > 0 && !s.failOnFailure)) {
      outcome.failure = new PolicyError(
        `The command exited with code ${exitCode}${t.failed === 0 ? ' although no test failed' : ''}.`,
      );
    }
  }
  return outcome;
}
