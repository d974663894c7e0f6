import type { Masker } from '../mask.js';

const NO_MASK: Pick<Masker, 'mask'> = { mask: (t) => t };
import { cell, table } from '../summary.js';
import { clip, formatMs } from './format.js';
import type { CheckResult, CheckStatus, RunResult } from './types.js';

const ICON: Record<CheckStatus, string> = { passed: '✅ passed', failed: '❌ failed', pending: '⏳ pending' };

/**
 * The checks as a Markdown table for the job summary: one row per check with its status, probe and failure
 * counts, latency p50 / max and the last result (the last error when the check is not passing). Every cell goes
 * through the masker.
 */
export function renderChecksTable(
  results: RunResult | readonly CheckResult[],
  masker: Pick<Masker, 'mask'> = NO_MASK,
): string {
  const checks = Array.isArray(results) ? (results as readonly CheckResult[]) : (results as RunResult).checks;
  const m = (s: string | number): string => cell(masker.mask(String(s)));
  const rows = checks.map((c) => {
    const last = c.status === 'passed' || c.lastError === undefined ? (c.lastMessage ?? '') : c.lastError;
    const latency =
      c.latency.p50 !== undefined && c.latency.max !== undefined
        ? `${formatMs(c.latency.p50)} / ${formatMs(c.latency.max)}`
        : '–';
    return [
      m(c.name),
      c.kind,
      m(clip(c.target, 100)),
      ICON[c.status],
      c.probes,
      c.failures,
      latency,
      last === '' ? '–' : m(clip(last, 200)),
    ];
  });
  return table(
    ['Check', 'Kind', 'Target', 'Status', 'Probes', 'Failures', 'Latency p50 / max', 'Last result'],
    rows,
  );
}

/** A heading line with the verdict, then the table. */
export function renderChecksSummary(result: RunResult, masker: Pick<Masker, 'mask'> = NO_MASK): string {
  const icon = result.status === 'passed' ? '✅' : result.status === 'failed' ? '❌' : '⚪';
  const detect = result.detectMs !== undefined ? ` Detected in ${formatMs(result.detectMs)}.` : '';
  const head = `${icon} **Health checks ${result.status}**: ${cell(masker.mask(result.reason))}${detect}`;
  return `${head}\n\n${renderChecksTable(result, masker)}\n`;
}
