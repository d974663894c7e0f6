/**
 * SARIF 2.1.0 from Trivy's JSON, with every finding: vulnerabilities, failed misconfigurations and secrets. Rule
 * ids, rule names, levels and artifact URIs follow Trivy's own SARIF writer (pkg/report/sarif.go) so alerts keep
 * their identity when a repository moves from `trivy -f sarif` to Keelson; what differs:
 *  - nothing is cut by the gate's severity filter (the gate is separate);
 *  - `security-severity` always agrees with Trivy's severity (a CVSS score outside the severity's band is not
 *    used), so code scanning and the gate never disagree about how bad a finding is;
 *  - a rule's help describes the rule, not the first package it was seen in;
 *  - ignored findings carry a SARIF suppression with the ignore file's reason;
 *  - fs/config locations are repository-relative (`%SRCROOT%`), prefixed with the scanned path;
 *  - every result has a stable `partialFingerprints` entry of its own (rule, target, package, path, resource);
 *  - GitHub's upload limits are kept (20 runs, 25,000 results and rules per run, 1,000 locations per result,
 *    10 MB gzipped): beyond them the least severe results are left out and the caller is told how many.
 */
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import type { IgnoreEntry } from './ignore.js';
import { SEVERITY_RANK, type Finding, type Severity, type TrivyReport } from './report.js';

export const SARIF_SCHEMA =
  'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';

/** GitHub code scanning's hard limits on one uploaded file. */
export const GITHUB_LIMITS = {
  runs: 20,
  resultsPerRun: 25_000,
  rulesPerRun: 25_000,
  locationsPerResult: 1_000,
  gzipBytes: 10 * 1024 * 1024,
};

export interface SarifLimits {
  resultsPerRun: number;
  gzipBytes: number;
}

export interface SarifRunInput {
  report: TrivyReport;
  findings: readonly Finding[];
  /** Code scanning category of this run (`automationDetails.id` is `<category>/`). */
  category: string;
  /** Repository-relative directory the fs/config scan ran in ('' for the repository root). */
  pathPrefix?: string;
  /** The ignore entry that ignores a finding (active entries only), for SARIF suppressions. */
  ignoredBy?: (f: Finding) => IgnoreEntry | undefined;
}

export interface SarifRunStats {
  category: string;
  findings: number;
  results: number;
  rules: number;
  /** Findings left out to stay within GitHub's limits (the least severe). */
  omitted: number;
  suppressed: number;
}

export interface SarifOutput {
  text: string;
  runs: SarifRunStats[];
  /** Bytes of `text` gzipped at the fastest level (an upper bound of what the upload sends), when it was measured. */
  gzipBytes?: number;
  /** Why results were left out, one sentence, or undefined when every finding is in the file. */
  note?: string;
}

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = {
  CRITICAL: 'error',
  HIGH: 'error',
  MEDIUM: 'warning',
  LOW: 'note',
  UNKNOWN: 'note',
};

/** Trivy's severity → score mapping, and the band of CVSS scores GitHub reads as the same severity. */
const SCORE: Record<Severity, { score: string; min: number; max: number }> = {
  CRITICAL: { score: '9.5', min: 9.0, max: 10 },
  HIGH: { score: '8.0', min: 7.0, max: 8.9 },
  MEDIUM: { score: '5.5', min: 4.0, max: 6.9 },
  LOW: { score: '2.0', min: 0.1, max: 3.9 },
  UNKNOWN: { score: '0.0', min: 0, max: 0 },
};

const RULE_NAME: Record<string, string> = {
  'os-pkgs': 'OsPackageVulnerability',
  'lang-pkgs': 'LanguageSpecificPackageVulnerability',
  config: 'Misconfiguration',
  secret: 'Secret',
};

/** `security-severity` for a finding: its CVSS v3 score when inside its severity's band, else Trivy's score. */
export function securitySeverity(f: Finding): string {
  const band = SCORE[f.severity];
  const v = f.vulnerability;
  if (v?.CVSS && v.SeveritySource) {
    const s = v.CVSS[v.SeveritySource]?.V3Score;
    if (typeof s === 'number' && s >= band.min && s <= band.max) return s.toFixed(1);
  }
  return band.score;
}

const COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;

/**
 * What Trivy's SARIF uses as the URI of an OS-package finding: the target without its `(distro version)` suffix,
 * as an image repository path when it parses as an image reference (`alpine:3.10` → `library/alpine`).
 */
export function imageRepositoryPath(target: string): string {
  let input = target.replace(/\s*\([^)]*\).*$/, '');
  const at = input.indexOf('@');
  if (at >= 0) input = input.slice(0, at);
  const parts = input.split('/');
  let registry = 'index.docker.io';
  const first = parts[0] ?? '';
  if (parts.length > 1 && (first.includes('.') || first.includes(':') || first === 'localhost')) {
    registry = first;
    parts.shift();
  }
  const last = parts.length - 1;
  const colon = (parts[last] ?? '').lastIndexOf(':');
  if (colon > 0) parts[last] = (parts[last] as string).slice(0, colon);
  if (parts.length === 0 || !parts.every((p) => COMPONENT.test(p))) return clearUri(target);
  if (registry === 'index.docker.io' && parts.length === 1) parts.unshift('library');
  return parts.join('/');
}

/** Trivy's clearURI: forward slashes, and Terraform module sources turned into browsable paths. */
export function clearUri(s: string): string {
  let out = s.replace(/\\/g, '/');
  if (out.startsWith('git@github.com:')) {
    out = out.replace('git@github.com:', 'github.com/').replace(/\.git/g, '').replace('?ref=', '/tree/');
  } else if (out.startsWith('git::https:/') && !out.startsWith('git::https://')) {
    out = out.slice('git::https:/'.length).replace(/\.git/g, '');
  } else if (out.startsWith('git::ssh://')) {
    const at = out.indexOf('@');
    if (at >= 0) out = out.slice(at + 1);
    out = out.replace(/\.git/g, '');
  } else if (out.startsWith('git::')) {
    out = out.slice(5).replace(/\.git/g, '');
  } else if (out.startsWith('hg::')) {
    out = out.slice(4).replace(/\.hg/g, '');
  } else if (out.startsWith('s3::')) {
    out = out.slice(4);
  } else if (out.startsWith('gcs::')) {
    out = out.slice(5);
  }
  return out;
}

function isRemote(uri: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(uri) || uri.startsWith('github.com/');
}

/** The artifact URI of a finding, as Trivy writes it; `repoFile` says whether it is a file in the repository. */
export function artifactUri(
  f: Finding,
  report: TrivyReport,
  pathPrefix: string,
): { uri: string; repoFile: boolean } {
  const image = report.ArtifactType === 'container_image' || report.ArtifactType === 'vm';
  let uri: string;
  if (f.kind === 'vulnerabilities') {
    const path = f.pkgPath || f.target;
    uri = !f.pkgPath && f.resultClass === 'os-pkgs' ? imageRepositoryPath(f.target) : clearUri(path);
  } else {
    uri = clearUri(f.target);
  }
  if (uri === '') uri = clearUri(report.ArtifactName ?? '') || '.';
  const repoFile = !image && !isRemote(uri) && !uri.startsWith('/');
  if (repoFile && pathPrefix) uri = `${pathPrefix.replace(/\/+$/, '')}/${uri.replace(/^\.\//, '')}`;
  return { uri, repoFile };
}

function ruleText(f: Finding): {
  short: string;
  full: string;
  helpText: string;
  helpMarkdown: string;
} {
  const url = f.url ?? '';
  const link = url ? `[${f.id}](${url})` : f.id;
  if (f.kind === 'vulnerabilities') {
    const v = f.vulnerability;
    const description = v?.Description || v?.Title || f.id;
    return {
      short: v?.Title || f.id,
      full: description,
      helpText: `Vulnerability ${f.id}\nSeverity: ${f.severity}\nLink: ${link}\n${description}`,
      helpMarkdown: `**Vulnerability ${f.id}**\n| Severity | Link |\n| --- | --- |\n|${f.severity}|${link}|\n\n${description}`,
    };
  }
  if (f.kind === 'misconfigurations') {
    const m = f.misconfiguration;
    const description = m?.Description || m?.Title || f.id;
    const resolution = m?.Resolution ? `\nResolution: ${m.Resolution}` : '';
    return {
      short: m?.Title || f.id,
      full: description,
      helpText:
        `Misconfiguration ${f.id}\nType: ${m?.Type ?? ''}\nSeverity: ${f.severity}\nCheck: ${m?.Title ?? f.id}` +
        `${resolution}\nLink: ${link}\n${description}`,
      helpMarkdown:
        `**Misconfiguration ${f.id}**\n| Type | Severity | Check | Link |\n| --- | --- | --- | --- |\n` +
        `|${m?.Type ?? ''}|${f.severity}|${m?.Title ?? f.id}|${link}|\n\n${description}` +
        (m?.Resolution ? `\n\n**Resolution:** ${m.Resolution}` : ''),
    };
  }
  const s = f.secret;
  const title = s?.Title || f.id;
  return {
    short: title,
    full: `${title}${s?.Category ? ` (${s.Category})` : ''}`,
    helpText: `Secret ${title}\nSeverity: ${f.severity}\nRule: ${f.id}`,
    helpMarkdown: `**Secret ${title}**\n| Severity | Rule |\n| --- | --- |\n|${f.severity}|${f.id}|`,
  };
}

function resultMessage(f: Finding, uri: string): string {
  const link = f.url ? `[${f.id}](${f.url})` : f.id;
  if (f.kind === 'vulnerabilities') {
    return (
      `Package: ${f.pkgName ?? ''}\nInstalled Version: ${f.installedVersion ?? ''}\nVulnerability ${f.id}\n` +
      `Severity: ${f.severity}\nFixed Version: ${f.fixedVersion ?? ''}\nLink: ${link}`
    );
  }
  if (f.kind === 'misconfigurations') {
    return (
      `Artifact: ${uri}\nType: ${f.resultType}\nVulnerability ${f.id}\nSeverity: ${f.severity}\n` +
      `Message: ${f.message ?? ''}\nLink: ${link}`
    );
  }
  return `Artifact: ${uri}\nType: ${f.resultType}\nSecret ${f.title}\nSeverity: ${f.severity}\nMatch: ${f.message ?? ''}`;
}

/** A stable identity for a finding, independent of line numbers (those move when unrelated lines change). */
export function fingerprint(f: Finding): string {
  const parts =
    f.kind === 'vulnerabilities'
      ? [f.kind, f.id, f.target, f.pkgPath ?? '', f.pkgName ?? '', f.installedVersion ?? '']
      : f.kind === 'misconfigurations'
        ? [f.kind, f.id, f.target, f.resource ?? '', f.message ?? '']
        : [f.kind, f.id, f.target, f.message ?? ''];
  return createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 32);
}

interface BuiltRun {
  stats: SarifRunStats;
  head: string;
  rules: string[];
  /** For each rule, the index of the first result that uses it (increasing: rules are listed in first-use order). */
  ruleFirstResult: number[];
  /** Result JSON strings, most severe first, with the severity rank of each. */
  results: { json: string; rank: number }[];
  tail: string;
}

function region(start: number | undefined, end: number | undefined): Record<string, number> {
  const s = start ?? 1;
  const e = end && end >= s ? end : s;
  return { startLine: s, startColumn: 1, endLine: e, endColumn: 1 };
}

function buildRun(input: SarifRunInput, maxResults: number): BuiltRun {
  const { report, findings } = input;
  const prefix = (input.pathPrefix ?? '').replace(/^\.\/?$/, '');
  const order = findings.map((f, i) => ({ f, i }));
  order.sort((a, b) => SEVERITY_RANK[a.f.severity] - SEVERITY_RANK[b.f.severity] || a.i - b.i);
  const kept = order.slice(0, maxResults);
  const ruleIndex = new Map<string, number>();
  const ruleFindings: Finding[] = [];
  const ruleSeverity: Severity[] = [];
  const ruleFirstResult: number[] = [];
  const results: { json: string; rank: number }[] = [];
  let suppressed = 0;
  for (const { f } of kept) {
    let idx = ruleIndex.get(f.id);
    if (idx === undefined) {
      if (ruleFindings.length >= GITHUB_LIMITS.rulesPerRun) continue;
      idx = ruleFindings.length;
      ruleIndex.set(f.id, idx);
      ruleFindings.push(f);
      ruleSeverity.push(f.severity);
      ruleFirstResult.push(results.length);
    } else if (SEVERITY_RANK[f.severity] < SEVERITY_RANK[ruleSeverity[idx] as Severity]) {
      ruleSeverity[idx] = f.severity;
    }
    const { uri, repoFile } = artifactUri(f, report, prefix);
    const where =
      f.kind === 'vulnerabilities' ? `${uri}: ${f.pkgName ?? ''}@${f.installedVersion ?? ''}` : uri;
    const spans =
      f.kind === 'vulnerabilities'
        ? (f.locations ?? [{ startLine: 1, endLine: 1 }]).slice(0, GITHUB_LIMITS.locationsPerResult)
        : [{ startLine: f.startLine ?? 1, endLine: f.endLine ?? f.startLine ?? 1 }];
    const artifactLocation: Record<string, string> = { uri };
    if (repoFile) artifactLocation.uriBaseId = '%SRCROOT%';
    const result: Record<string, unknown> = {
      ruleId: f.id,
      ruleIndex: idx,
      level: LEVEL[f.severity],
      message: { text: resultMessage(f, uri) },
      locations: spans.map((s) => ({
        physicalLocation: { artifactLocation, region: region(s.startLine, s.endLine) },
        message: { text: where },
      })),
      partialFingerprints: { 'keelsonFinding/v1': fingerprint(f) },
      properties: resultProperties(f),
    };
    const ignored = input.ignoredBy?.(f);
    if (ignored) {
      suppressed++;
      result.suppressions = [
        {
          kind: 'external',
          status: 'accepted',
          justification:
            `${ignored.reason ?? 'Ignored'} (${ignored.where}` +
            `${ignored.expires ? `, until ${ignored.expires.text}` : ''})`,
        },
      ];
    }
    results.push({ json: JSON.stringify(result), rank: SEVERITY_RANK[f.severity] });
  }
  const rules = ruleFindings.map((f, i) => {
    const sev = ruleSeverity[i] as Severity;
    const t = ruleText(f);
    const rule: Record<string, unknown> = {
      id: f.id,
      name: RULE_NAME[f.resultClass] ?? (f.kind === 'secrets' ? 'Secret' : 'UnknownIssue'),
      shortDescription: { text: t.short },
      fullDescription: { text: t.full },
      defaultConfiguration: { level: LEVEL[sev] },
      help: { text: t.helpText, markdown: t.helpMarkdown },
      properties: {
        tags: [
          f.kind === 'vulnerabilities'
            ? 'vulnerability'
            : f.kind === 'secrets'
              ? 'secret'
              : 'misconfiguration',
          'security',
          sev,
        ],
        precision: 'very-high',
        'security-severity': sev === f.severity ? securitySeverity(f) : SCORE[sev].score,
      },
    };
    if (f.url) rule.helpUri = f.url;
    return JSON.stringify(rule);
  });
  const driver = {
    name: 'Trivy',
    fullName: 'Trivy Vulnerability Scanner',
    informationUri: 'https://github.com/aquasecurity/trivy',
    version: report.Trivy?.Version || 'unknown',
  };
  const run: Record<string, unknown> = {
    automationDetails: { id: `${input.category}/` },
    columnKind: 'utf16CodeUnits',
  };
  if (report.ArtifactType === 'container_image') {
    run.properties = {
      imageName: report.ArtifactName ?? '',
      repoTags: report.Metadata?.RepoTags ?? null,
      repoDigests: report.Metadata?.RepoDigests ?? null,
      imageID: report.Metadata?.ImageID ?? '',
    };
  }
  const driverJson = JSON.stringify(driver);
  return {
    stats: {
      category: input.category,
      findings: findings.length,
      results: results.length,
      rules: rules.length,
      omitted: findings.length - results.length,
      suppressed,
    },
    head: `{"tool":{"driver":${driverJson.slice(0, -1)},"rules":[`,
    rules,
    ruleFirstResult,
    results,
    tail: `],${JSON.stringify(run).slice(1)}`,
  };
}

function resultProperties(f: Finding): Record<string, unknown> {
  const p: Record<string, unknown> = { severity: f.severity, kind: f.kind };
  if (f.kind === 'vulnerabilities') {
    p.package = f.pkgName ?? '';
    p.installedVersion = f.installedVersion ?? '';
    p.fixedVersion = f.fixedVersion ?? '';
    if (f.pkgPath) p.packagePath = f.pkgPath;
    if (f.purl) p.purl = f.purl;
  } else if (f.resource) {
    p.resource = f.resource;
  }
  return p;
}

function assemble(runs: BuiltRun[], keep: number[]): string {
  const parts: string[] = [`{"version":"2.1.0","$schema":${JSON.stringify(SARIF_SCHEMA)},"runs":[`];
  runs.forEach((r, i) => {
    if (i > 0) parts.push(',');
    const n = keep[i] as number;
    // Keeping the first n results keeps exactly the rules they use: a prefix of the rules list.
    let rules = 0;
    while (rules < r.rules.length && (r.ruleFirstResult[rules] as number) < n) rules++;
    parts.push(r.head, r.rules.slice(0, rules).join(','), ']}},"results":[');
    for (let j = 0; j < n; j++) {
      if (j > 0) parts.push(',');
      parts.push((r.results[j] as { json: string }).json);
    }
    parts.push(r.tail);
  });
  parts.push(']}');
  return parts.join('');
}

/**
 * Builds the SARIF log for one or more scans (one run each). The text is compact JSON; the rules of a run list
 * only rules that have a result in the file.
 */
export function buildSarif(inputs: readonly SarifRunInput[], limits: Partial<SarifLimits> = {}): SarifOutput {
  if (inputs.length > GITHUB_LIMITS.runs) {
    throw new RangeError(
      `SARIF: ${inputs.length} runs; GitHub accepts at most ${GITHUB_LIMITS.runs} per file`,
    );
  }
  const maxResults = Math.min(
    limits.resultsPerRun ?? GITHUB_LIMITS.resultsPerRun,
    GITHUB_LIMITS.resultsPerRun,
  );
  const maxGzip = limits.gzipBytes ?? GITHUB_LIMITS.gzipBytes;
  const runs = inputs.map((i) => buildRun(i, maxResults));
  let keep = runs.map((r) => r.results.length);
  let text = assemble(runs, keep);
  let gzipBytes: number | undefined;
  // Gzip can only shrink text below its UTF-8 size (plus a few header bytes): measure only when it might not fit.
  if (Buffer.byteLength(text, 'utf8') > maxGzip - 64) {
    gzipBytes = gzipSync(text, { level: 1 }).length;
    if (gzipBytes > maxGzip) {
      // Drop the least severe results across all runs until it fits: binary search on how many to keep.
      const all = runs
        .flatMap((r, ri) => r.results.map((x, j) => ({ ri, j, rank: x.rank })))
        .sort((a, b) => a.rank - b.rank || a.j - b.j);
      const keepFor = (n: number): number[] => {
        const k = runs.map(() => 0);
        for (let i = 0; i < n; i++) {
          const e = all[i] as { ri: number; j: number };
          k[e.ri] = Math.max(k[e.ri] as number, e.j + 1);
        }
        return k;
      };
      const attempt = (n: number): { keep: number[]; text: string; gz: number } => {
        const k = keepFor(n);
        const t = assemble(runs, k);
        return { keep: k, text: t, gz: gzipSync(t, { level: 1 }).length };
      };
      // Invariant: keeping `lo` results fits (none always does), keeping more than `hi` does not.
      let lo = 0;
      let hi = all.length - 1;
      let best = attempt(0);
      while (lo < hi) {
        const mid = Math.ceil((lo + hi) / 2);
        const a = attempt(mid);
        if (a.gz <= maxGzip) {
          best = a;
          lo = mid;
        } else {
          hi = mid - 1;
        }
      }
      keep = best.keep;
      text = best.text;
      gzipBytes = best.gz;
    }
  }
  const stats = runs.map((r, i) => {
    const results = keep[i] as number;
    const rules = r.ruleFirstResult.filter((first) => first < results).length;
    return { ...r.stats, results, rules, omitted: r.stats.findings - results };
  });
  const omitted = stats.reduce((n, s) => n + s.omitted, 0);
  const total = stats.reduce((n, s) => n + s.findings, 0);
  let note: string | undefined;
  if (omitted > 0) {
    const byResults = runs.some((r) => r.stats.omitted > 0);
    const bySize = gzipBytes !== undefined && runs.some((r, i) => (keep[i] as number) < r.results.length);
    const why = [
      byResults ? `${GITHUB_LIMITS.resultsPerRun.toLocaleString('en-US')} results per run` : '',
      bySize ? `${Math.round(maxGzip / 1024 / 1024)} MB gzipped per file` : '',
    ]
      .filter(Boolean)
      .join(' and ');
    note =
      `The SARIF file holds the ${(total - omitted).toLocaleString('en-US')} most severe of ` +
      `${total.toLocaleString('en-US')} findings (GitHub accepts at most ${why}); the JSON report has all of them.`;
  }
  return { text, runs: stats, gzipBytes, note };
}
