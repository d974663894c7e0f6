/**
 * The trivy-scan flow: a verified Trivy, the vulnerability DB through the mirror chain, one Trivy run writing
 * JSON, then everything derived from that JSON (SARIF file, counts, gate, summary). Returns data; the caller
 * (the action's main.ts, or anything else that wants the scan stage) writes outputs and the summary and decides
 * what a failed gate does. Progress goes to `log` (Keelson's own words); Trivy's own output goes to `output`,
 * which the action prints with workflow commands switched off (it echoes names from the scanned image).
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Clock } from '../clock.js';
import { InputError, ToolError } from '../errors.js';
import { which } from '../terraform/tool.js';
import { analyzeReport, type Analysis } from './analyze.js';
import { writeSarif } from './sarif.js';
import { downloadDb, hasDb, type DbDownload } from './db.js';
import { parseIgnoreFile, type IgnoreRules } from './ignore.js';
import { installTrivy, runnerPlatform, type Platform } from './install.js';
import {
  KNOWN_RELEASES,
  MALICIOUS_RELEASES,
  MIN_TRIVY_VERSION,
  type KnownReleases,
} from './known-releases.js';
import { text } from './render.js';
import { parseReportData } from './report.js';
import { slug, type TrivyScanSettings } from './settings.js';
import { createTrivy, lastError, parseVersionOutput, trivyEnv, type Env, type Trivy } from './tool.js';
import { compareVersions } from './versions.js';

export interface ScanDeps {
  /** The runner's environment (HOME, PATH, RUNNER_TEMP, registry credentials for image pulls). */
  env: Env;
  workspace: string;
  clock: Clock;
  log: (line: string) => void;
  output: (chunk: string) => void;
  platform?: Platform;
  known?: KnownReleases;
  fetch?: typeof fetch;
  /** DB backoff schedule (default: db.ts RATE_LIMIT_BACKOFF_MS). */
  dbBackoffMs?: number[];
}

export interface ScanOutcome {
  analysis: Analysis;
  jsonFile: string;
  sarifFile: string;
  trivy: { binary: string; version: string; source: string };
  db?: DbDownload;
  ignore?: IgnoreRules;
  /** The step outputs, by name. */
  outputs: Record<string, string>;
}

function logIgnore(s: TrivyScanSettings, ignore: IgnoreRules | undefined, log: (line: string) => void): void {
  if (!ignore) return;
  log(
    `Ignore file: ${ignore.file}${s.ignoreFileSource === 'found' ? ' (found in the workspace)' : ''}, ${ignore.entries.length} entr${ignore.entries.length === 1 ? 'y' : 'ies'}.`,
  );
}

async function readIgnore(s: TrivyScanSettings, workspace: string): Promise<IgnoreRules | undefined> {
  if (!s.ignoreFile) return undefined;
  const shown = s.ignoreFile.startsWith(workspace + '/')
    ? s.ignoreFile.slice(workspace.length + 1)
    : s.ignoreFile;
  return parseIgnoreFile(readFileSync(s.ignoreFile, 'utf8'), shown, 'ignore-file');
}

async function resolveTrivy(
  s: TrivyScanSettings,
  deps: ScanDeps,
): Promise<{ binary: string; expected?: string; source: string }> {
  if (s.trivyVersion === 'path') {
    const found = which('trivy', deps.env);
    if (!found)
      throw new ToolError(
        "'trivy-version: path' but no 'trivy' is on PATH. Install it first, or give a version.",
      );
    return { binary: found, source: `from PATH (${found})` };
  }
  const installed = await installTrivy({
    version: s.trivyVersion,
    sha256: s.trivySha256,
    releaseUrl: s.releaseUrl,
    toolCache: s.toolCache,
    platform: deps.platform ?? runnerPlatform(),
    known: deps.known ?? KNOWN_RELEASES,
    clock: deps.clock,
    fetch: deps.fetch,
    log: deps.log,
  });
  const how = installed.verifiedBy === 'keelson' ? "Keelson's known-good digest" : 'trivy-sha256';
  return {
    binary: installed.binary,
    expected: installed.version,
    source: `${installed.cached ? 'tool cache' : 'downloaded'}, verified against ${how}`,
  };
}

async function checkVersion(trivy: Trivy, expected: string | undefined): Promise<string> {
  const r = await trivy.run(['--version']);
  const version = parseVersionOutput(r.stdout);
  if (r.exitCode !== 0 || !version) {
    throw new ToolError(
      `'${trivy.binary} --version' did not report a version (exit ${r.exitCode}): ${lastError(r.stdout + r.stderr)}`,
    );
  }
  const bad = MALICIOUS_RELEASES[version];
  if (bad)
    throw new ToolError(
      `Refusing to run Trivy ${version} (${trivy.binary}): it was a malicious release (${bad}).`,
    );
  if (expected && version !== expected) {
    throw new ToolError(
      `The Trivy binary installed as ${expected} reports version ${version}; refusing a mislabelled release.`,
    );
  }
  if (compareVersions(version, MIN_TRIVY_VERSION) < 0) {
    throw new ToolError(`Trivy ${version} on PATH is too old: Keelson needs ${MIN_TRIVY_VERSION} or later.`);
  }
  return version;
}

function uniqueFile(dir: string, base: string, ext: string): string {
  for (let i = 1; ; i++) {
    const f = join(dir, `${base}${i === 1 ? '' : `-${i}`}${ext}`);
    if (!existsSync(f)) return f;
  }
}

/** Trivy's argv for the scan (after the binary). */
export function scanArgs(
  s: TrivyScanSettings,
  files: { json: string; config: string; ignore: string },
): string[] {
  const args: string[] = [s.scanType];
  args.push('--format', 'json', '--output', files.json, '--cache-dir', s.cacheDir);
  args.push('--config', files.config, '--ignorefile', files.ignore);
  args.push(
    '--no-progress',
    '--skip-version-check',
    '--disable-telemetry',
    '--timeout',
    `${Math.ceil(s.timeoutMs / 1000)}s`,
  );
  if (s.scanType !== 'config') {
    args.push('--scanners', s.scanners.join(','));
    if (s.scanners.includes('vuln')) {
      args.push('--skip-db-update', '--java-db-repository', s.javaDbRepositories.join(','));
      if (s.skipDbUpdate) args.push('--skip-java-db-update');
    }
    if (s.scanType === 'fs') args.push('--list-all-pkgs');
  }
  if (s.scanType === 'image') {
    if (s.imageTarball) args.push('--input', s.imageTarball);
    else args.push(s.imageRef as string);
  } else {
    args.push(s.path);
  }
  return args;
}

export async function runTrivyScan(s: TrivyScanSettings, deps: ScanDeps): Promise<ScanOutcome> {
  // A bad ignore file stops here, before a long scan.
  const ignore = await readIgnore(s, deps.workspace);
  logIgnore(s, ignore, deps.log);
  const needsDb = s.scanType !== 'config' && s.scanners.includes('vuln');
  if (needsDb && s.skipDbUpdate && !hasDb(s.cacheDir)) {
    throw new InputError(
      'skip-db-update',
      `Input 'skip-db-update' is true but '${s.cacheDir}' holds no vulnerability DB (db/trivy.db). Restore the cached DB into 'cache-dir' first, or set 'skip-db-update: false'.`,
    );
  }

  const resolved = await resolveTrivy(s, deps);
  const extra: Env = {};
  if (s.scanType === 'image' && s.registryUsername) extra.TRIVY_USERNAME = s.registryUsername;
  if (s.scanType === 'image' && s.registryPassword) extra.TRIVY_PASSWORD = s.registryPassword;
  const trivy = createTrivy(resolved.binary, {
    cwd: deps.workspace,
    env: trivyEnv(deps.env, { image: s.scanType === 'image', extra }),
  });
  const version = await checkVersion(trivy, resolved.expected);
  deps.log(`Trivy ${version} (${resolved.source}).`);

  let db: DbDownload | undefined;
  if (needsDb && !s.skipDbUpdate) {
    mkdirSync(s.cacheDir, { recursive: true });
    db = await downloadDb(trivy, {
      repositories: s.dbRepositories,
      cacheDir: s.cacheDir,
      clock: deps.clock,
      backoffMs: deps.dbBackoffMs,
      timeoutMs: s.timeoutMs,
      onOutput: deps.output,
      log: deps.log,
    });
  }

  mkdirSync(s.outputDir, { recursive: true });
  const base = slug(s.category);
  const jsonFile = uniqueFile(s.outputDir, base, '.json');
  const sarifFile = jsonFile.replace(/\.json$/, '.sarif');
  // Trivy would otherwise read trivy.yaml and .trivyignore from the working directory: this run reads neither.
  const scratch = mkdtempSync(join(s.outputDir, '.keelson-'));
  const files = { json: jsonFile, config: join(scratch, 'trivy.yaml'), ignore: join(scratch, 'trivyignore') };
  writeFileSync(files.config, '# Keelson runs Trivy with its settings on the command line only.\n');
  writeFileSync(files.ignore, '');
  let result;
  try {
    deps.log(`trivy ${s.scanType} → ${jsonFile}`);
    result = await trivy.run(scanArgs(s, files), { onOutput: deps.output, timeoutMs: s.timeoutMs + 60_000 });
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  if (result.exitCode !== 0) {
    throw new ToolError(
      `Trivy ${s.scanType} scan failed with exit code ${result.exitCode}: ${lastError(result.stdout + result.stderr)}`,
    );
  }
  let json: string;
  try {
    json = readFileSync(jsonFile, 'utf8');
  } catch {
    throw new ToolError(`Trivy exited 0 but wrote no report to ${jsonFile}.`);
  }
  const data = parseReportData(json, jsonFile);
  return finishScan(s, data, {
    clock: deps.clock,
    jsonFile,
    sarifFile,
    version,
    source: resolved.source,
    binary: resolved.binary,
    db,
    ignore,
  });
}

/** Everything derived from one Trivy report: analysis (counts, gate, summary), the SARIF file, the outputs. */
async function finishScan(
  s: TrivyScanSettings,
  data: ReturnType<typeof parseReportData>,
  o: {
    clock: Clock;
    jsonFile: string;
    sarifFile: string;
    version: string;
    source: string;
    binary: string;
    db?: DbDownload;
    ignore?: IgnoreRules;
  },
): Promise<ScanOutcome> {
  const { jsonFile, sarifFile, version, db, ignore } = o;
  const what = s.scanType === 'image' ? (s.imageRef ?? s.imageTarball ?? '') : s.pathInWorkspace || '.';
  const analysis = await analyzeReport(data, {
    gate: {
      failOn: s.failOn,
      ignoreUnfixed: s.ignoreUnfixed,
      kinds: s.gateKinds,
      ignore,
      now: o.clock.now(),
      allowEmpty: s.allowEmpty,
    },
    category: s.category,
    pathPrefix: s.scanType === 'image' ? '' : (s.pathInWorkspace ?? ''),
    title: `Trivy ${s.scanType} scan of ${text(what, 200)}`,
    footer:
      `Trivy ${version} (${o.source})${db ? ` · DB from ${db.repository}` : ''} · ` +
      `SARIF category <code>${s.category}</code> · fail-on ${s.failOn.join(',') || 'none'}` +
      `${s.ignoreUnfixed ? ' · ignore-unfixed' : ''}${ignore ? ` · ignore file ${ignore.file.replace(/[<>&]/g, '')}` : ''}`,
  });
  if (analysis.sarif) writeSarif(sarifFile, analysis.sarif);
  const outputs: Record<string, string> = {
    gate: analysis.gate.verdict,
    critical: String(analysis.totals.CRITICAL),
    high: String(analysis.totals.HIGH),
    medium: String(analysis.totals.MEDIUM),
    low: String(analysis.totals.LOW),
    unknown: String(analysis.totals.UNKNOWN),
    counts: JSON.stringify(analysis.summary),
    failing: String(analysis.gate.failing.length),
    ignored: String(analysis.gate.ignored.length),
    'json-file': jsonFile,
    'sarif-file': sarifFile,
    'sarif-category': s.category,
    'trivy-version': version,
    'trivy-path': o.binary,
  };
  return {
    analysis,
    jsonFile,
    sarifFile,
    trivy: { binary: o.binary, version, source: o.source },
    db,
    ignore,
    outputs,
  };
}

/**
 * The scan stage on a Trivy JSON report that already exists (a report from another runner, or the local workflow
 * runner's fixture where no Trivy is installed): the ignore file, then the same analysis, SARIF and outputs as a
 * scan. `source` says where the report came from, in the summary's footer.
 */
export async function analyzeExistingReport(
  s: TrivyScanSettings,
  deps: Pick<ScanDeps, 'workspace' | 'clock' | 'log'>,
  report: { file: string; source: string },
): Promise<ScanOutcome> {
  const ignore = await readIgnore(s, deps.workspace);
  logIgnore(s, ignore, deps.log);
  let json: string;
  try {
    json = readFileSync(report.file, 'utf8');
  } catch {
    throw new ToolError(`No Trivy report at ${report.file} (${report.source}).`);
  }
  const data = parseReportData(json, report.file);
  mkdirSync(s.outputDir, { recursive: true });
  const jsonFile = uniqueFile(s.outputDir, slug(s.category), '.json');
  writeFileSync(jsonFile, json);
  deps.log(`Report: ${report.file} → ${jsonFile}`);
  const version = (JSON.parse(json) as { Trivy?: { Version?: string } }).Trivy?.Version ?? 'unknown';
  return finishScan(s, data, {
    clock: deps.clock,
    jsonFile,
    sarifFile: jsonFile.replace(/\.json$/, '.sarif'),
    version,
    source: report.source,
    binary: '',
    ignore,
  });
}
