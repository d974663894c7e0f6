/**
 * Markdown for the job summary and the CLI: totals per kind and severity, the findings that fail the gate (or the
 * top findings when it passes) with package, installed and fixed version, what is ignored and why, and expired
 * ignore entries. Every value that comes from a scanned image or repository (package names, titles, paths) goes
 * through `text()`: it cannot break the table, open a link, or spell a workflow command (`##[`, `::` at a line
 * start), wherever the Markdown ends up being printed.
 */
import { SUMMARY_LIMIT, cell, cutMarkdown, table } from '../summary.js';
import type { GateResult } from './gate.js';
import {
  KINDS,
  SEVERITIES,
  total,
  type Finding,
  type Kind,
  type Summary,
  type SeverityCounts,
} from './report.js';

/** Escapes untrusted text for Markdown (tables, inline) and neutralises workflow-command syntax. */
export function text(value: string | undefined, max = 120): string {
  // Control characters (ESC sequences included) would reach terminals that print the CLI's output.
  // eslint-disable-next-line no-control-regex
  let v = (value ?? '').replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '');
  if (v.length > max) v = v.slice(0, max - 1) + '…';
  return cell(v).replace(/\[/g, '&#91;').replace(/\]/g, '&#93;').replace(/`/g, '&#96;');
}

const KIND_TITLE: Record<Kind, string> = {
  vulnerabilities: 'Vulnerabilities',
  misconfigurations: 'Misconfigurations',
  secrets: 'Secrets',
};

const ICON: Record<string, string> = { CRITICAL: '🟥', HIGH: '🟧', MEDIUM: '🟨', LOW: '🟦', UNKNOWN: '⬜' };

export function totalsTable(summary: Summary): string {
  const rows: (string | number)[][] = KINDS.map((k) => [
    KIND_TITLE[k],
    ...SEVERITIES.map((s) => summary[k][s]),
    total(summary[k]),
  ]);
  const sum: SeverityCounts = { CRITICAL: 0, HIGH: 0, MEDIUM: 0, LOW: 0, UNKNOWN: 0 };
  for (const k of KINDS) for (const s of SEVERITIES) sum[s] += summary[k][s];
  rows.push(['**Total**', ...SEVERITIES.map((s) => `**${sum[s]}**`), `**${total(sum)}**`]);
  return table(['', ...SEVERITIES, 'Total'], rows);
}

function where(f: Finding): string {
  const path = f.pkgPath || f.target;
  const line = f.kind !== 'vulnerabilities' && f.startLine ? `:${f.startLine}` : '';
  return text(`${path}${line}`, 80);
}

/** One row per finding: severity, id (linked to its advisory), package/resource, installed, fixed, where. */
export function findingsTable(findings: readonly Finding[]): string {
  return table(
    ['Severity', 'ID', 'Package / check', 'Installed', 'Fixed', 'Where'],
    findings.map((f) => {
      const id =
        f.url && /^https:\/\/[A-Za-z0-9._~:/?#@!$&'*+,;=%-]+$/.test(f.url)
          ? `[${text(f.id, 60)}](${f.url})`
          : text(f.id, 60);
      if (f.kind === 'vulnerabilities') {
        const fixed = f.fixedVersion ? `${text(f.fixedVersion, 40)} ✅ fix available` : '— no fix yet';
        return [
          `${ICON[f.severity]} ${f.severity}`,
          id,
          text(f.pkgName, 60),
          text(f.installedVersion, 40),
          fixed,
          where(f),
        ];
      }
      const what = f.kind === 'misconfigurations' ? f.resource || f.title : f.title;
      return [
        `${ICON[f.severity]} ${f.severity}`,
        id,
        text(what, 60),
        '—',
        f.kind === 'secrets' ? 'rotate and remove' : '—',
        where(f),
      ];
    }),
  );
}

export interface SummaryInput {
  title: string;
  summary: Summary;
  gate: GateResult;
  findings: readonly Finding[];
  /** Rows in the findings table. */
  top?: number;
  sarifNote?: string;
  footer?: string;
}

export function headline(i: { title: string; summary: Summary; gate: GateResult }): string {
  const icon = i.gate.verdict === 'fail' ? '❌' : '✅';
  const parts = KINDS.map((k) => `${total(i.summary[k])} ${k}`);
  return `${icon} ${i.title}: ${parts.join(', ')} — gate ${i.gate.verdict === 'fail' ? 'failed' : 'passed'}`;
}

/** The job summary body. `title` is trusted text (the action builds it from inputs, escaped by the caller). */
export function renderSummary(i: SummaryInput, limit = SUMMARY_LIMIT): string {
  const top = i.top ?? 25;
  const out: string[] = [];
  out.push(`### ${headline(i)}`, '', i.gate.reason.replace(/'/g, '`'), '', totalsTable(i.summary), '');
  const vulns = i.findings.filter((f) => f.kind === 'vulnerabilities');
  const fixable = vulns.filter((f) => f.fixedVersion).length;
  if (vulns.length > 0) {
    out.push(
      fixable > 0
        ? `🩹 **${fixable} of ${vulns.length} vulnerabilities have a fix available**: upgrading those packages clears them.`
        : `No fix is available yet for any of the ${vulns.length} vulnerabilities.`,
      '',
    );
  }
  if (i.gate.failing.length > 0) {
    const shown = i.gate.failing.slice(0, top);
    out.push(`#### Failing the gate (${i.gate.failing.length})`, '', findingsTable(shown), '');
    if (i.gate.failing.length > shown.length) {
      out.push(`… and ${i.gate.failing.length - shown.length} more in the JSON report and the SARIF.`, '');
    }
  } else if (i.findings.length > 0) {
    const ignored = new Set(i.gate.ignored.map((x) => x.finding));
    const rest = [...i.findings].filter((f) => !ignored.has(f));
    rest.sort((a, b) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity));
    if (rest.length > 0) {
      const shown = rest.slice(0, top);
      out.push(
        `#### Top findings (${shown.length} of ${rest.length}, below the gate)`,
        '',
        findingsTable(shown),
        '',
      );
    }
  }
  if (i.gate.ignored.length > 0) {
    out.push(`#### Ignored (${i.gate.ignored.length})`, '');
    out.push(
      table(
        ['Severity', 'ID', 'Package / check', 'Where', 'Reason', 'Until', 'Entry'],
        i.gate.ignored
          .slice(0, 100)
          .map(({ finding: f, entry: e }) => [
            f.severity,
            text(f.id, 60),
            text(f.kind === 'vulnerabilities' ? f.pkgName : f.resource || f.title, 60),
            where(f),
            e.reason ? text(e.reason, 200) : '_no reason given_',
            e.expires?.text ?? '—',
            text(e.where, 80),
          ]),
      ),
      '',
    );
    if (i.gate.ignored.length > 100) out.push(`… and ${i.gate.ignored.length - 100} more.`, '');
  }
  if (i.gate.expired.length > 0) {
    out.push(`#### ⏰ Expired ignore entries (${i.gate.expired.length}): they no longer ignore anything`, '');
    for (const e of i.gate.expired) {
      const n = i.gate.expiredMatches.filter((m) => m.entry === e).length;
      out.push(
        `- \`${text(e.id, 60)}\` (${text(e.where, 80)}) expired on ${e.expires?.text}` +
          `${e.reason ? ` — ${text(e.reason, 200)}` : ''}${n ? `: ${n} finding${n === 1 ? '' : 's'} count again` : ''}`,
      );
    }
    out.push('');
  }
  if (i.sarifNote) out.push(`> [!NOTE]\n> ${i.sarifNote}`, '');
  if (i.footer) out.push(`<sub>${i.footer}</sub>`, '');
  return cutMarkdown(out.join('\n'), limit, { measure: 'bytes' }).text;
}

/** What the CLI gate prints: the verdict line and the table of what failed. */
export function renderGate(gate: GateResult, top = 1000): string {
  const out = [gate.reason];
  if (gate.failing.length > 0) {
    out.push('', findingsTable(gate.failing.slice(0, top)));
    if (gate.failing.length > top) out.push('', `… and ${gate.failing.length - top} more.`);
  }
  if (gate.expired.length > 0) {
    out.push(
      '',
      `Expired ignore entries: ${gate.expired.map((e) => `${text(e.id, 60)} (${text(e.where, 80)}, ${e.expires?.text})`).join(', ')}.`,
    );
  }
  if (gate.ignored.length > 0) out.push('', `${gate.ignored.length} finding(s) ignored by the ignore file.`);
  return out.join('\n') + '\n';
}
