/**
 * Trivy's JSON report (SchemaVersion 2, `trivy <image|fs|config> --format json`): the shape Keelson reads, the
 * validation that turns a wrong file into one line, and the flat list of findings everything else is derived
 * from (counts, SARIF, the gate, the job summary). Nothing here filters: every listed entry is a finding, except
 * misconfigurations that did not fail (`Status` other than FAIL), which are checks that passed.
 */
import { isAscii } from 'node:buffer';
import { readFileSync } from 'node:fs';
import { InputError } from '../errors.js';

export const SEVERITIES = ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW', 'UNKNOWN'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const KINDS = ['vulnerabilities', 'misconfigurations', 'secrets'] as const;
export type Kind = (typeof KINDS)[number];

/** CRITICAL → 0 … UNKNOWN → 4: sorts the most severe first. */
export const SEVERITY_RANK: Record<Severity, number> = {
  CRITICAL: 0,
  HIGH: 1,
  MEDIUM: 2,
  LOW: 3,
  UNKNOWN: 4,
};

export function severityOf(raw: unknown): Severity {
  return typeof raw === 'string' && raw in SEVERITY_RANK ? (raw as Severity) : 'UNKNOWN';
}

export interface TrivyVulnerability {
  VulnerabilityID: string;
  PkgID?: string;
  PkgName?: string;
  PkgPath?: string;
  PkgIdentifier?: { PURL?: string; UID?: string };
  InstalledVersion?: string;
  FixedVersion?: string;
  Status?: string;
  Severity?: string;
  SeveritySource?: string;
  Title?: string;
  Description?: string;
  PrimaryURL?: string;
  CVSS?: Record<string, { V3Score?: number; V2Score?: number; V3Vector?: string; V40Score?: number }>;
}

export interface TrivyMisconfiguration {
  Type?: string;
  ID: string;
  AVDID?: string;
  Title?: string;
  Description?: string;
  Message?: string;
  Resolution?: string;
  Severity?: string;
  PrimaryURL?: string;
  Status?: string;
  CauseMetadata?: { Resource?: string; StartLine?: number; EndLine?: number };
}

export interface TrivySecret {
  RuleID: string;
  Category?: string;
  Severity?: string;
  Title?: string;
  StartLine?: number;
  EndLine?: number;
  Match?: string;
}

export interface TrivyPackage {
  Name?: string;
  Version?: string;
  FilePath?: string;
  Locations?: { StartLine?: number; EndLine?: number }[];
}

export interface TrivyResult {
  Target: string;
  Class?: string;
  Type?: string;
  Packages?: TrivyPackage[] | null;
  Vulnerabilities?: TrivyVulnerability[] | null;
  Misconfigurations?: TrivyMisconfiguration[] | null;
  Secrets?: TrivySecret[] | null;
}

export interface TrivyReport {
  SchemaVersion?: number;
  Trivy?: { Version?: string };
  ArtifactName?: string;
  ArtifactType?: string;
  Metadata?: {
    ImageID?: string;
    RepoTags?: string[] | null;
    RepoDigests?: string[] | null;
    OS?: { Family?: string; Name?: string };
  };
  Results?: TrivyResult[] | null;
}

/** One finding, flattened, with a reference to the entry it came from. */
export interface Finding {
  kind: Kind;
  /** The rule id code scanning and ignore files use: VulnerabilityID, the check ID, the secret RuleID. */
  id: string;
  /** Other ids the ignore file may use for the same finding (a check's AVDID). */
  aliases: string[];
  severity: Severity;
  /** The Result's Target (an image's OS line, a lock file, an IaC file). */
  target: string;
  resultClass: string;
  resultType: string;
  title: string;
  pkgName?: string;
  pkgPath?: string;
  installedVersion?: string;
  fixedVersion?: string;
  purl?: string;
  /** True when a fixed version exists (Trivy `Status: fixed`, or a FixedVersion in reports without Status). */
  fixable: boolean;
  /** Lines in `target` (misconfigurations, secrets) where known. */
  startLine?: number;
  endLine?: number;
  /** The check's message (misconfigurations), the redacted match (secrets). */
  message?: string;
  resource?: string;
  url?: string;
  /** Rule text for SARIF: the advisory's or check's description. */
  description?: string;
  /** CVSS v3 score from the vendor Trivy took the severity from (vulnerabilities). */
  cvss?: number;
  /** The check's type and resolution (misconfigurations), the rule's category (secrets). */
  checkType?: string;
  resolution?: string;
  category?: string;
  /** Package locations in the target file (lock files, with --list-all-pkgs). */
  locations?: { startLine: number; endLine: number }[];
}

export type SeverityCounts = Record<Severity, number>;
/** The `trivy-summary --format json` contract. */
export type Summary = Record<Kind, SeverityCounts>;

export function emptyCounts(): SeverityCounts {
  return { CRITICAL: 0, HIGH: 0, MEDIUM: 0, LOW: 0, UNKNOWN: 0 };
}

export function emptySummary(): Summary {
  return { vulnerabilities: emptyCounts(), misconfigurations: emptyCounts(), secrets: emptyCounts() };
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function arrayOrNone(v: unknown, where: string, source: string): unknown[] {
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v)) throw notReport(source, `${where} is not a list`);
  return v;
}

function notReport(source: string, why: string): InputError {
  return new InputError(
    'report',
    `'${source}' is not a Trivy JSON report: ${why}. Expected the output of 'trivy <image|fs|config> --format json' (SchemaVersion 2).`,
  );
}

/**
 * Checks the shape Keelson relies on and returns the report. A bad file gives one line naming it and what is
 * wrong; entries are not copied (a 100 MB report stays one object graph).
 */
export function validateReport(value: unknown, source: string): TrivyReport {
  if (!isObject(value)) throw notReport(source, 'the top level is not an object');
  if (value.SchemaVersion !== undefined && value.SchemaVersion !== 2) {
    throw notReport(source, `SchemaVersion is ${JSON.stringify(value.SchemaVersion)}`);
  }
  if (value.SchemaVersion === undefined && value.Results === undefined && value.ArtifactName === undefined) {
    throw notReport(source, 'it has neither SchemaVersion, ArtifactName nor Results');
  }
  const results = arrayOrNone(value.Results, 'Results', source);
  for (let i = 0; i < results.length; i++) {
    const r = results[i];
    if (!isObject(r) || typeof r.Target !== 'string') {
      throw notReport(source, `Results[${i}] has no Target`);
    }
    checkEntries(r.Vulnerabilities, `Results[${i}].Vulnerabilities`, 'VulnerabilityID', source);
    checkEntries(r.Misconfigurations, `Results[${i}].Misconfigurations`, 'ID', source);
    checkEntries(r.Secrets, `Results[${i}].Secrets`, 'RuleID', source);
  }
  return value as TrivyReport;
}

function checkEntries(v: unknown, where: string, idKey: string, source: string): void {
  const list = arrayOrNone(v, where, source);
  for (let j = 0; j < list.length; j++) {
    const e = list[j];
    if (!isObject(e) || typeof e[idKey] !== 'string' || e[idKey] === '') {
      throw notReport(source, `${where}[${j}] has no ${idKey}`);
    }
  }
}

export function parseReport(text: string, source: string): TrivyReport {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    const why = e instanceof Error ? e.message.split('\n')[0] : String(e);
    throw notReport(source, `not JSON (${why})`);
  }
  return validateReport(value, source);
}

export function readReportFile(file: string, shown = file): TrivyReport {
  let text: string;
  try {
    // Most reports are ASCII (Trivy writes JSON escapes for little, but advisories are mostly English): then
    // the bytes are the text as they are, and Node keeps a large Latin-1 string outside V8's heap. That skips
    // decoding 100 MB of UTF-8, and a string that size outside the heap does not count toward the limit at
    // which V8 starts a full garbage collection of the parsed report. Anything else is decoded as UTF-8.
    const bytes = readFileSync(file);
    text = isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? 'unreadable';
    throw new InputError('report', `Cannot read Trivy report '${shown}': ${code}.`);
  }
  return parseReport(text, shown);
}

export function failedMisconfiguration(m: TrivyMisconfiguration): boolean {
  return m.Status === undefined || m.Status === 'FAIL';
}

function isFixable(v: TrivyVulnerability): boolean {
  if (v.Status !== undefined && v.Status !== '') return v.Status === 'fixed';
  return typeof v.FixedVersion === 'string' && v.FixedVersion !== '';
}

function positive(n: unknown): number | undefined {
  return typeof n === 'number' && Number.isInteger(n) && n > 0 ? n : undefined;
}

function cvssOf(v: TrivyVulnerability): number | undefined {
  const score = v.SeveritySource ? v.CVSS?.[v.SeveritySource]?.V3Score : undefined;
  return typeof score === 'number' ? score : undefined;
}

/** What SARIF and the summary need of the report besides its findings. */
export interface ReportMeta {
  artifactName: string;
  artifactType: string;
  trivyVersion: string;
  imageId: string;
  repoTags: string[] | null;
  repoDigests: string[] | null;
}

export function metaOf(report: TrivyReport): ReportMeta {
  return {
    artifactName: report.ArtifactName ?? '',
    artifactType: report.ArtifactType ?? '',
    trivyVersion: report.Trivy?.Version ?? '',
    imageId: report.Metadata?.ImageID ?? '',
    repoTags: report.Metadata?.RepoTags ?? null,
    repoDigests: report.Metadata?.RepoDigests ?? null,
  };
}

/**
 * A report reduced to what Keelson uses. The parsed report itself is not kept: findings hold only the strings
 * they need, so the rest of a large report (references, CVSS vectors, layers) can be collected while the SARIF
 * is built.
 */
export interface ReportData {
  meta: ReportMeta;
  findings: Finding[];
  /** Results in the report: 0 means Trivy scanned nothing. */
  scanned: number;
}

export function reportData(report: TrivyReport): ReportData {
  return { meta: metaOf(report), findings: findingsOf(report), scanned: scannedTargets(report) };
}

export function parseReportData(text: string, source: string): ReportData {
  return reportData(parseReport(text, source));
}

export function readReportData(file: string, shown = file): ReportData {
  return reportData(readReportFile(file, shown));
}

const NO_ALIASES: string[] = [];

/**
 * Every Finding has the same properties in the same order (absent ones undefined): one object shape, so code that
 * walks 50,000 of them stays monomorphic. Built directly (no options object per finding: a report's worth of
 * short-lived objects is most of the garbage collector's work here).
 */
function finding(
  kind: Kind,
  id: string,
  aliases: string[],
  severity: Severity,
  target: string,
  resultClass: string,
  resultType: string,
  title: string,
  pkgName: string | undefined,
  pkgPath: string | undefined,
  installedVersion: string | undefined,
  fixedVersion: string | undefined,
  purl: string | undefined,
  fixable: boolean,
  startLine: number | undefined,
  endLine: number | undefined,
  message: string | undefined,
  resource: string | undefined,
  url: string | undefined,
  description: string | undefined,
  cvss: number | undefined,
  checkType: string | undefined,
  resolution: string | undefined,
  category: string | undefined,
  locations: { startLine: number; endLine: number }[] | undefined,
): Finding {
  return {
    kind,
    id,
    aliases,
    severity,
    target,
    resultClass,
    resultType,
    title,
    pkgName,
    pkgPath,
    installedVersion,
    fixedVersion,
    purl,
    fixable,
    startLine,
    endLine,
    message,
    resource,
    url,
    description,
    cvss,
    checkType,
    resolution,
    category,
    locations,
  };
}

/** Every finding of the report, in report order. */
export function findingsOf(report: TrivyReport): Finding[] {
  const out: Finding[] = [];
  for (const r of report.Results ?? []) {
    const target = r.Target;
    const resultClass = r.Class ?? '';
    const resultType = r.Type ?? '';
    let pkgLocations: Map<string, { startLine: number; endLine: number }[]> | undefined;
    for (const v of r.Vulnerabilities ?? []) {
      let locations: { startLine: number; endLine: number }[] | undefined;
      if (r.Packages && r.Packages.length > 0) {
        if (!pkgLocations) {
          pkgLocations = new Map();
          for (const p of r.Packages) {
            if (!p.Locations || p.Locations.length === 0) continue;
            const key = `${p.Name ?? ''}@${p.Version ?? ''}`;
            if (pkgLocations.has(key)) continue;
            const locs: { startLine: number; endLine: number }[] = [];
            for (const l of p.Locations) {
              const s = positive(l.StartLine);
              if (s !== undefined) locs.push({ startLine: s, endLine: positive(l.EndLine) ?? s });
            }
            if (locs.length > 0) pkgLocations.set(key, locs);
          }
        }
        locations = pkgLocations.get(`${v.PkgName ?? ''}@${v.InstalledVersion ?? ''}`);
      }
      out.push(
        finding(
          'vulnerabilities',
          v.VulnerabilityID,
          NO_ALIASES,
          severityOf(v.Severity),
          target,
          resultClass,
          resultType,
          v.Title || v.VulnerabilityID,
          v.PkgName,
          v.PkgPath,
          v.InstalledVersion,
          v.FixedVersion || undefined,
          v.PkgIdentifier?.PURL,
          isFixable(v),
          undefined,
          undefined,
          undefined,
          undefined,
          v.PrimaryURL,
          v.Description || undefined,
          cvssOf(v),
          undefined,
          undefined,
          undefined,
          locations,
        ),
      );
    }
    for (const m of r.Misconfigurations ?? []) {
      if (!failedMisconfiguration(m)) continue;
      out.push(
        finding(
          'misconfigurations',
          m.ID,
          m.AVDID && m.AVDID !== m.ID ? [m.AVDID] : NO_ALIASES,
          severityOf(m.Severity),
          target,
          resultClass,
          resultType,
          m.Title || m.ID,
          undefined,
          undefined,
          undefined,
          undefined,
          undefined,
          true,
          positive(m.CauseMetadata?.StartLine),
          positive(m.CauseMetadata?.EndLine),
          m.Message,
          m.CauseMetadata?.Resource,
          m.PrimaryURL,
          m.Description || undefined,
          undefined,
          m.Type,
          m.Resolution || undefined,
          undefined,
          undefined,
        ),
      );
    }
    for (const s of r.Secrets ?? []) {
      out.push(
        finding(
          'secrets',
          s.RuleID,
          NO_ALIASES,
          severityOf(s.Severity),
          target,
          resultClass,
          resultType,
          s.Title || s.RuleID,
          undefined,
          undefined,
          undefined,
          undefined,
          undefined,
          true,
          positive(s.StartLine),
          positive(s.EndLine),
          s.Match,
          undefined,
          undefined,
          undefined,
          undefined,
          undefined,
          undefined,
          s.Category,
          undefined,
        ),
      );
    }
  }
  return out;
}

/** Counts per kind and severity: every listed entry; a misconfiguration only when it failed. */
export function summarize(findings: readonly Finding[]): Summary {
  const s = emptySummary();
  for (const f of findings) s[f.kind][f.severity]++;
  return s;
}

/** Totals per severity over every kind. */
export function totalsBySeverity(summary: Summary): SeverityCounts {
  const t = emptyCounts();
  for (const k of KINDS) for (const sev of SEVERITIES) t[sev] += summary[k][sev];
  return t;
}

export function total(counts: SeverityCounts): number {
  let n = 0;
  for (const sev of SEVERITIES) n += counts[sev];
  return n;
}

/** Whether Trivy looked at anything: a report with no Results scanned nothing (no OS, no lock file, no IaC). */
export function scannedTargets(report: TrivyReport): number {
  return (report.Results ?? []).length;
}

/** The most severe first; report order within a severity (a stable sort). */
export function bySeverity(a: Finding, b: Finding): number {
  return SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity];
}
