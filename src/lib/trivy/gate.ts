/**
 * The severity gate: decided from the same findings as the SARIF, never by cutting them. A finding fails the gate
 * when its kind is gated, its severity is in `fail-on`, no active ignore entry covers it, and (with
 * `ignore-unfixed`) a fixed version exists. A scan that looked at nothing fails unless `allow-empty` says so.
 */
import { expiredEntries, matchIgnore, type IgnoreEntry, type IgnoreRules } from './ignore.js';
import { bySeverity, SEVERITIES, type Finding, type Kind, type Severity } from './report.js';

export interface GateOptions {
  /** Severities that fail; empty: report only (`fail-on: none`). */
  failOn: readonly Severity[];
  ignoreUnfixed: boolean;
  kinds: readonly Kind[];
  ignore?: IgnoreRules;
  /** Milliseconds since the epoch: when ignore entries expire is decided against this. */
  now: number;
  /** Pass a report without Results (nothing scanned). Default false. */
  allowEmpty?: boolean;
}

export interface IgnoredFinding {
  finding: Finding;
  entry: IgnoreEntry;
}

export interface GateResult {
  verdict: 'pass' | 'fail';
  /** One line: why the gate passed or failed. */
  reason: string;
  /** Findings that fail the gate, most severe first. */
  failing: Finding[];
  /** Findings an active ignore entry covers (whatever their severity). */
  ignored: IgnoredFinding[];
  /** Entries past their date: they ignore nothing. */
  expired: IgnoreEntry[];
  /** Findings only an expired entry covers: they count again. */
  expiredMatches: IgnoredFinding[];
  /** Vulnerabilities at a fail-on severity not counted because no fix exists (ignore-unfixed). */
  unfixed: number;
  /** True when the report had no Results. */
  empty: boolean;
}

const KIND_ONE: Record<Kind, string> = {
  vulnerabilities: 'vulnerability',
  misconfigurations: 'misconfiguration',
  secrets: 'secret',
};

export function kindLabel(kind: Kind, n: number): string {
  return n === 1 ? KIND_ONE[kind] : kind;
}

/** `2 CRITICAL, 1 HIGH` for the given findings (severity order), or '' when none. */
export function severityList(findings: readonly Finding[]): string {
  const counts = new Map<Severity, number>();
  for (const f of findings) counts.set(f.severity, (counts.get(f.severity) ?? 0) + 1);
  return SEVERITIES.filter((s) => counts.has(s))
    .map((s) => `${counts.get(s)} ${s}`)
    .join(', ');
}

export function evaluateGate(findings: readonly Finding[], scanned: number, o: GateOptions): GateResult {
  const failOn = new Set(o.failOn);
  const kinds = new Set(o.kinds);
  const failing: Finding[] = [];
  const ignored: IgnoredFinding[] = [];
  const expiredMatches: IgnoredFinding[] = [];
  let unfixed = 0;
  for (const f of findings) {
    const m = matchIgnore(o.ignore, f, o.now);
    if (m && !m.expired) {
      ignored.push({ finding: f, entry: m.entry });
      continue;
    }
    if (m?.expired) expiredMatches.push({ finding: f, entry: m.entry });
    if (!kinds.has(f.kind) || !failOn.has(f.severity)) continue;
    if (o.ignoreUnfixed && f.kind === 'vulnerabilities' && !f.fixable) {
      unfixed++;
      continue;
    }
    failing.push(f);
  }
  failing.sort(bySeverity);
  const expired = expiredEntries(o.ignore, o.now);
  const empty = scanned === 0;
  const threshold = o.failOn.length > 0 ? SEVERITIES.filter((s) => failOn.has(s)).join(',') : 'none';
  const gated = [...kinds].join(', ');
  let verdict: 'pass' | 'fail';
  let reason: string;
  if (empty && !o.allowEmpty) {
    verdict = 'fail';
    reason =
      'Nothing was scanned: the report has no results (Trivy found no OS packages, lock files, IaC or files to ' +
      "check). Check the image or path, or set 'allow-empty: true' if an empty scan is expected.";
  } else if (failing.length > 0) {
    verdict = 'fail';
    const byKind = (['vulnerabilities', 'misconfigurations', 'secrets'] as const)
      .map((k) => [k, failing.filter((f) => f.kind === k).length] as const)
      .filter(([, n]) => n > 0)
      .map(([k, n]) => `${n} ${kindLabel(k, n)}`)
      .join(', ');
    reason = `Gate failed: ${severityList(failing)} (${byKind}; fail-on ${threshold}).`;
  } else {
    verdict = 'pass';
    const notes: string[] = [];
    if (ignored.length) notes.push(`${ignored.length} ignored`);
    if (unfixed) notes.push(`${unfixed} without a fix`);
    reason =
      o.failOn.length === 0
        ? `Gate passed: fail-on is none (report only)${notes.length ? `; ${notes.join(', ')}` : ''}.`
        : `Gate passed: no ${threshold.split(',').join(' or ')} finding in ${gated}` +
          `${notes.length ? ` (${notes.join(', ')})` : ''}.`;
  }
  return { verdict, reason, failing, ignored, expired, expiredMatches, unfixed, empty };
}
