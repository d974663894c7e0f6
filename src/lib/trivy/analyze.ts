/**
 * Everything Keelson derives from one Trivy JSON report, in one pass over its findings: counts, the gate, the
 * SARIF and the job summary. The action, the CLI (`trivy-summary`, `trivy-sarif`, `trivy-gate`) and anything
 * that wants the scan stage without running Trivy (the demo, on a fixture report) call this.
 */
import { evaluateGate, type GateOptions, type GateResult } from './gate.js';
import { matchIgnore } from './ignore.js';
import { headline, renderSummary } from './render.js';
import {
  summarize,
  totalsBySeverity,
  type Finding,
  type ReportData,
  type SeverityCounts,
  type Summary,
} from './report.js';
import { buildSarif, type SarifLimits, type SarifOutput } from './sarif.js';

export interface AnalyzeOptions {
  gate: GateOptions;
  /** Code scanning category for the SARIF run. */
  category: string;
  /** Repository-relative directory of an fs/config scan, prefixed to SARIF locations. */
  pathPrefix?: string;
  /** Title of the summary (trusted text). */
  title: string;
  /** Rows of findings in the summary. */
  top?: number;
  /** Skip building the SARIF (trivy-summary, trivy-gate without --sarif). */
  sarif?: boolean;
  sarifLimits?: Partial<SarifLimits>;
  footer?: string;
}

export interface Analysis {
  findings: Finding[];
  summary: Summary;
  totals: SeverityCounts;
  scanned: number;
  gate: GateResult;
  sarif: SarifOutput | undefined;
  markdown: string;
  headline: string;
}

export async function analyzeReport(data: ReportData, o: AnalyzeOptions): Promise<Analysis> {
  const { findings, scanned, meta } = data;
  const summary = summarize(findings);
  const gate = evaluateGate(findings, scanned, o.gate);
  const ignored = new Map(gate.ignored.map((x) => [x.finding, x.entry]));
  const sarif =
    o.sarif === false
      ? undefined
      : await buildSarif(
          [
            {
              meta,
              findings,
              category: o.category,
              pathPrefix: o.pathPrefix,
              ignoredBy: ignored.size > 0 ? (f) => ignored.get(f) : undefined,
            },
          ],
          o.sarifLimits,
        );
  const input = {
    title: o.title,
    summary,
    gate,
    findings,
    top: o.top,
    sarifNote: sarif?.note,
    footer: o.footer,
  };
  return {
    findings,
    summary,
    totals: totalsBySeverity(summary),
    scanned,
    gate,
    sarif,
    markdown: renderSummary(input),
    headline: headline(input),
  };
}

/** The ignore entry (active) that covers a finding: for callers building SARIF runs themselves. */
export function activeIgnore(o: GateOptions) {
  return (f: Finding) => {
    const m = matchIgnore(o.ignore, f, o.now);
    return m && !m.expired ? m.entry : undefined;
  };
}
