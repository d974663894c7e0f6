/**
 * The trivy-scan action end to end: the real `run()` with INPUT_* / GITHUB_* env, Trivy installed from a fake
 * release on a local HTTP server (verified with trivy-sha256), the vulnerability DB from a local registry, and
 * the Trivy test double writing a real report for the argv it gets (and recording argv and env).
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { run } from '../src/actions/trivy-scan/main.js';
import { runLocally, type LocalRun } from '../src/lib/local-runner.js';
import { sarifErrors } from './helpers/sarif.js';
import { tempDir } from './helpers/tmp.js';
import {
  calls,
  serveRelease,
  startFakeServer,
  TRIVY_DATA,
  TRIVY_FIXTURES,
  writeTrivyDouble,
  type Call,
  type DoubleConfig,
  type FakeServer,
} from './helpers/trivy.js';

const VERSION = '9.9.9';
let root: { dir: string; cleanup: () => void };
let ws: string;
let server: FakeServer;
let log: string;
let configFile: string;
let digest: string;
let seen = 0;

beforeEach(async () => {
  root = tempDir('keelson-trivy-action-');
  ws = join(root.dir, 'workspace');
  mkdirSync(ws);
  log = join(root.dir, 'calls.jsonl');
  server = await startFakeServer();
  const double = writeTrivyDouble(join(root.dir, 'double'), {
    version: VERSION,
    log,
    reports: { '*': TRIVY_FIXTURES + 'image-alpine-39.json' },
  });
  configFile = double.configFile;
  digest = serveRelease(server, root.dir, VERSION, double.binary).digest;
  server.registry.set('aquasec/trivy-db', [200]);
  seen = 0;
});
afterEach(async () => {
  await server.close();
  root.cleanup();
});

/** What the double answers from now on. */
function double(config: Partial<DoubleConfig>): void {
  writeFileSync(configFile, JSON.stringify({ version: VERSION, log, ...config }));
}

function base(): Record<string, string> {
  return {
    'trivy-version': VERSION,
    'trivy-sha256': digest,
    'trivy-release-url': server.url,
    'db-repositories': `${server.host}/aquasec/trivy-db:2`,
    'cache-dir': join(root.dir, 'trivy-cache'),
  };
}

function act(inputs: Record<string, string>, env: Record<string, string> = {}): Promise<LocalRun> {
  return runLocally(run, {
    inputs: { ...base(), ...inputs },
    env: {
      GITHUB_WORKSPACE: ws,
      RUNNER_TEMP: join(root.dir, 'runner-temp'),
      RUNNER_TOOL_CACHE: join(root.dir, 'tool-cache'),
      HOME: join(root.dir, 'home'),
      ...env,
    },
  });
}

/** The double's calls since the last look. */
function fresh(): Call[] {
  const all = calls(log);
  const out = all.slice(seen);
  seen = all.length;
  return out;
}

const errors = (r: LocalRun): string[] =>
  r.annotations.filter((a) => a.command === 'error').map((a) => a.message);
const warnings = (r: LocalRun): string[] =>
  r.annotations.filter((a) => a.command === 'warning').map((a) => a.message);

/** Log lines the runner would read as workflow commands (outside ::stop-commands:: blocks). */
function commandLines(r: LocalRun): string[] {
  const out: string[] = [];
  let stop: string | undefined;
  for (const line of r.log) {
    if (stop) {
      if (line === `::${stop}::`) stop = undefined;
      continue;
    }
    const m = /^::stop-commands::(.+)$/.exec(line);
    if (m) stop = m[1];
    else if (line.trimStart().startsWith('::') || line.includes('##[')) out.push(line);
  }
  return out;
}

describe('trivy-scan', () => {
  it('image: installs a verified Trivy, updates the DB, scans once to JSON, writes SARIF, outputs, summary, and fails on CRITICAL', async () => {
    const r = await act({ 'image-ref': 'ghcr.io/acme/app:1.2.3' });
    expect(errors(r)).toEqual(['Gate failed: 2 CRITICAL (2 vulnerabilities; fail-on CRITICAL,HIGH).']);
    expect(r.failed).toBe(true);
    const jsonFile = join(root.dir, 'runner-temp', 'keelson-trivy', 'trivy-image_ghcr.io_acme_app.json');
    const sarifFile = jsonFile.replace(/\.json$/, '.sarif');
    const trivyPath = join(root.dir, 'tool-cache', 'trivy', VERSION, process.arch, 'trivy');
    expect(r.outputs).toEqual({
      gate: 'fail',
      critical: '2',
      high: '0',
      medium: '4',
      low: '0',
      unknown: '0',
      counts: JSON.stringify({
        vulnerabilities: { CRITICAL: 2, HIGH: 0, MEDIUM: 4, LOW: 0, UNKNOWN: 0 },
        misconfigurations: { CRITICAL: 0, HIGH: 0, MEDIUM: 0, LOW: 0, UNKNOWN: 0 },
        secrets: { CRITICAL: 0, HIGH: 0, MEDIUM: 0, LOW: 0, UNKNOWN: 0 },
      }),
      failing: '2',
      ignored: '0',
      'json-file': jsonFile,
      'sarif-file': sarifFile,
      'sarif-category': 'trivy-image:ghcr.io/acme/app',
      'trivy-version': VERSION,
      'trivy-path': trivyPath,
    });
    expect(readFileSync(jsonFile, 'utf8')).toBe(
      readFileSync(TRIVY_FIXTURES + 'image-alpine-39.json', 'utf8'),
    );
    const sarif = JSON.parse(readFileSync(sarifFile, 'utf8')) as {
      runs: { results: unknown[]; automationDetails: { id: string } }[];
    };
    expect(sarifErrors(sarif)).toEqual([]);
    expect(sarif.runs[0]!.results).toHaveLength(6); // every finding, MEDIUM included
    expect(sarif.runs[0]!.automationDetails.id).toBe('trivy-image:ghcr.io/acme/app/');

    const [version, db, scan, ...more] = fresh();
    expect(more).toEqual([]);
    expect(version!.argv).toEqual(['--version']);
    expect(db!.argv).toEqual([
      'image',
      '--download-db-only',
      '--db-repository',
      `${server.host}/aquasec/trivy-db:2`,
      '--cache-dir',
      join(root.dir, 'trivy-cache'),
      '--no-progress',
      '--skip-version-check',
      '--disable-telemetry',
    ]);
    const argv = scan!.argv;
    const config = argv[argv.indexOf('--config') + 1]!;
    const ignorefile = argv[argv.indexOf('--ignorefile') + 1]!;
    expect(argv).toEqual([
      'image',
      '--format',
      'json',
      '--output',
      jsonFile,
      '--cache-dir',
      join(root.dir, 'trivy-cache'),
      '--config',
      config,
      '--ignorefile',
      ignorefile,
      '--no-progress',
      '--skip-version-check',
      '--disable-telemetry',
      '--timeout',
      '600s',
      '--scanners',
      'vuln,secret',
      '--skip-db-update',
      '--java-db-repository',
      'mirror.gcr.io/aquasec/trivy-java-db:1,ghcr.io/aquasecurity/trivy-java-db:1,public.ecr.aws/aquasecurity/trivy-java-db:1',
      'ghcr.io/acme/app:1.2.3',
    ]);
    expect(dirname(config)).toBe(dirname(ignorefile)); // Keelson's own empty files, not the workspace's
    expect(scan!.cwd).toBe(ws);

    expect(r.summary).toContain(
      '### ❌ Trivy image scan of ghcr.io/acme/app:1.2.3: 6 vulnerabilities, 0 misconfigurations, 0 secrets — gate failed',
    );
    expect(r.summary).toContain('| Vulnerabilities | 2 | 0 | 4 | 0 | 0 | 6 |');
    expect(r.summary).toContain('#### Failing the gate (2)');
    expect(r.summary).toContain(
      '| 🟥 CRITICAL | [CVE-2019-14697](https://avd.aquasec.com/nvd/cve-2019-14697) | musl | 1.1.20-r4 | 1.1.20-r5 ✅ fix available |',
    );
    expect(r.summary).toContain('🩹 **6 of 6 vulnerabilities have a fix available**');
    expect(r.summary).toContain(
      `Trivy ${VERSION} (downloaded, verified against trivy-sha256) · DB from ${server.host}/aquasec/trivy-db:2`,
    );
  });

  it('image-tarball: scans the archive with --input and passes on a fixed report below the threshold', async () => {
    writeFileSync(join(ws, 'app.tar'), 'not really an image');
    double({ reports: { [join(ws, 'app.tar')]: TRIVY_DATA + 'image-alpine-310.json' } });
    const r = await act({ 'image-tarball': 'app.tar', summary: 'false' });
    expect(r.failed).toBe(false);
    expect(r.summary).toBe('');
    expect(r.outputs).toMatchObject({ gate: 'pass', medium: '4', 'sarif-category': 'trivy-image:app' });
    const scan = fresh().find((c) => c.argv.includes('--output'))!;
    expect(scan.argv.slice(-2)).toEqual(['--input', join(ws, 'app.tar')]);
    expect(r.log).toContain(
      '✅ Trivy image scan of ' +
        join(ws, 'app.tar') +
        ': 4 vulnerabilities, 0 misconfigurations, 0 secrets — gate passed',
    );
  });

  it('fs: scans a directory, SARIF locations are repository paths under it, kinds to gate decide', async () => {
    mkdirSync(join(ws, 'services', 'api'), { recursive: true });
    double({ reports: { [join(ws, 'services', 'api')]: TRIVY_DATA + 'fs-secrets.json' } });
    const r = await act({ 'scan-type': 'fs', path: 'services/api' });
    expect(errors(r)).toEqual(['Gate failed: 1 CRITICAL, 1 HIGH (2 secrets; fail-on CRITICAL,HIGH).']);
    const sarif = JSON.parse(readFileSync(r.outputs['sarif-file']!, 'utf8')) as {
      runs: {
        results: {
          locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId: string } } }[];
        }[];
      }[];
    };
    expect(sarif.runs[0]!.results.map((x) => x.locations[0]!.physicalLocation.artifactLocation)).toEqual([
      { uri: 'services/api/deploy.sh', uriBaseId: '%SRCROOT%' },
      { uri: 'services/api/deploy.sh', uriBaseId: '%SRCROOT%' },
    ]);
    const scan = fresh().find((c) => c.argv.includes('--output'))!;
    expect(scan.argv).toContain('--list-all-pkgs');
    expect(scan.argv.at(-1)).toBe(join(ws, 'services', 'api'));

    const onlyVulns = await act({ 'scan-type': 'fs', path: 'services/api', 'gate-kinds': 'vulnerabilities' });
    expect(onlyVulns.failed).toBe(false);
    expect(onlyVulns.outputs.gate).toBe('pass');
    expect(onlyVulns.outputs.critical).toBe('1'); // counted, not gated
  });

  it('config: IaC checks only (no DB), HIGH fails by default, fail-on CRITICAL passes', async () => {
    mkdirSync(join(ws, 'infra'));
    double({ reports: { [join(ws, 'infra')]: TRIVY_FIXTURES + 'config-terraform-trivy-action.json' } });
    const r = await act({ 'scan-type': 'config', path: 'infra' });
    expect(errors(r)).toEqual(['Gate failed: 5 HIGH (5 misconfigurations; fail-on CRITICAL,HIGH).']);
    const argvs = fresh().map((c) => c.argv);
    expect(argvs.map((a) => a[0])).toEqual(['--version', 'config']); // no DB download for IaC
    expect(argvs[1]).not.toContain('--scanners');
    expect(argvs[1]).not.toContain('--skip-db-update');
    expect(r.summary).toContain('| Misconfigurations | 0 | 5 | 1 | 2 | 0 | 8 |');
    expect(r.summary).toContain(
      '| 🟧 HIGH | [AWS-0086](https://avd.aquasec.com/misconfig/aws-0086) | aws&#95;s3&#95;bucket.bucket |'.replace(
        /&#95;/g,
        '_',
      ),
    );

    const pass = await act({ 'scan-type': 'config', path: 'infra', 'fail-on': 'CRITICAL' });
    expect(pass.failed).toBe(false);
    expect(pass.outputs).toMatchObject({ gate: 'pass', high: '5', failing: '0' });
    expect(pass.summary).toContain('#### Top findings (8 of 8, below the gate)');
    const sarif = JSON.parse(readFileSync(pass.outputs['sarif-file']!, 'utf8')) as {
      runs: { results: unknown[] }[];
    };
    expect(sarif.runs[0]!.results).toHaveLength(8); // the gate's threshold never cuts the SARIF
  });

  it('the ignore file in the workspace: ignored findings listed with their reason; an expired entry counts again and is flagged', async () => {
    writeFileSync(
      join(ws, '.trivyignore'),
      [
        '# accepted risks',
        'CVE-2019-14697  # musl: the service never calls the affected function',
        'CVE-2019-1549 exp:2025-06-30  # openssl RNG: accepted until the base image bump',
      ].join('\n'),
    );
    const r = await act({ 'image-ref': 'ghcr.io/acme/app:1.2.3', 'fail-on': 'CRITICAL,HIGH,MEDIUM' });
    expect(errors(r)).toEqual(['Gate failed: 4 MEDIUM (4 vulnerabilities; fail-on CRITICAL,HIGH,MEDIUM).']);
    expect(r.outputs).toMatchObject({ ignored: '2', failing: '4', critical: '2' });
    expect(warnings(r)).toEqual([
      'Ignore entry CVE-2019-1549 (.trivyignore:3) expired on 2025-06-30: it no longer ignores anything.',
    ]);
    expect(r.summary).toContain('#### Ignored (2)');
    expect(r.summary).toContain(
      '| CRITICAL | CVE-2019-14697 | musl | testdata/fixtures/images/alpine-39.tar.gz (alpine 3.9.4) | musl: the service never calls the affected function | — | .trivyignore:2 |',
    );
    expect(r.summary).toContain('#### ⏰ Expired ignore entries (1): they no longer ignore anything');
    expect(r.summary).toContain(
      '- `CVE-2019-1549` (.trivyignore:3) expired on 2025-06-30 — openssl RNG: accepted until the base image bump: 2 findings count again',
    );
    expect(r.log).toContain('Ignore file: .trivyignore (found in the workspace), 2 entries.');
    // The ignore file is Keelson's: Trivy gets an empty one and reports everything.
    const scan = fresh().find((c) => c.argv.includes('--output'))!;
    expect(readFileSync(join(ws, '.trivyignore'), 'utf8')).toContain('CVE-2019-14697');
    expect(scan.argv[scan.argv.indexOf('--ignorefile') + 1]).not.toBe(join(ws, '.trivyignore'));
    const sarif = JSON.parse(readFileSync(r.outputs['sarif-file']!, 'utf8')) as {
      runs: { results: { suppressions?: unknown[] }[] }[];
    };
    expect(sarif.runs[0]!.results.filter((x) => x.suppressions)).toHaveLength(2);
    expect(sarif.runs[0]!.results).toHaveLength(6);
  });

  it('a YAML ignore file given as input', async () => {
    mkdirSync(join(ws, 'security'));
    writeFileSync(
      join(ws, 'security', 'ignore.yaml'),
      'vulnerabilities:\n  - id: CVE-2019-14697\n    expires: 2099-01-01\n    reason: fixed upstream, waiting for the rebuild\n',
    );
    const r = await act({ 'image-ref': 'app:1', 'ignore-file': 'security/ignore.yaml' });
    expect(r.failed).toBe(false);
    expect(r.outputs).toMatchObject({ gate: 'pass', ignored: '2' });
    expect(r.summary).toContain(
      '| fixed upstream, waiting for the rebuild | 2099-01-01 | security/ignore.yaml: vulnerabilities&#91;0&#93; |',
    );
  });

  it('two invocations in one job do not share inputs, nor leak them through the environment', async () => {
    writeFileSync(join(root.dir, 'github-env'), '');
    const first = await act(
      {
        'image-ref': 'ghcr.io/acme/api:1',
        'fail-on': 'critical,high,medium,low',
        'ignore-unfixed': 'true',
        scanners: 'vuln',
        timeout: '20m',
      },
      { GITHUB_ENV: join(root.dir, 'github-env') },
    );
    expect(errors(first)).toEqual([
      'Gate failed: 2 CRITICAL, 4 MEDIUM (6 vulnerabilities; fail-on CRITICAL,HIGH,MEDIUM,LOW).',
    ]);
    const firstScan = fresh().find((c) => c.argv.includes('--output'))!;
    expect(firstScan.argv).toEqual(expect.arrayContaining(['--scanners', 'vuln', '--timeout', '1200s']));
    // The gate's settings never reach Trivy: its JSON keeps every finding.
    expect(firstScan.argv.filter((a) => /severity|unfixed|ignore-status/.test(a))).toEqual([]);
    expect(readFileSync(join(root.dir, 'github-env'), 'utf8')).toBe(''); // nothing exported for later steps

    double({ reports: { '*': TRIVY_DATA + 'image-alpine-310.json' } });
    const downloads = server.requests.filter((p) => p.endsWith('.tar.gz')).length;
    const second = await act(
      { 'image-ref': 'ghcr.io/acme/web:2' },
      { GITHUB_ENV: join(root.dir, 'github-env') },
    );
    expect(second.failed).toBe(false); // fail-on is CRITICAL,HIGH again: 4 MEDIUM pass
    expect(second.outputs).toMatchObject({ gate: 'pass', 'sarif-category': 'trivy-image:ghcr.io/acme/web' });
    const secondScan = fresh().find((c) => c.argv.includes('--output'))!;
    expect(secondScan.argv).toEqual(
      expect.arrayContaining(['--scanners', 'vuln,secret', '--timeout', '600s']),
    );
    expect(second.outputs['json-file']).not.toBe(first.outputs['json-file']);
    expect(server.requests.filter((p) => p.endsWith('.tar.gz')).length).toBe(downloads); // the cached binary
    expect(second.log.join('\n')).toContain(`Trivy ${VERSION} (tool cache, verified against trivy-sha256).`);
  });

  it('Trivy gets an allowlisted environment: no TRIVY_* left by other steps, no tokens it does not need', async () => {
    const leak = {
      TRIVY_SEVERITY: 'LOW',
      TRIVY_IGNOREFILE: '/tmp/elsewhere',
      TRIVY_EXIT_CODE: '0',
      GITHUB_TOKEN: 'ghs_not_for_trivy',
      NPM_TOKEN: 'npm_not_for_trivy',
      AWS_ACCESS_KEY_ID: 'AKIAEXAMPLEEXAMPLE',
      HTTPS_PROXY: 'http://proxy.internal:3128',
    };
    const image = await act(
      { 'image-ref': 'app:1', 'registry-username': 'robot', 'registry-password': 'hunter2-registry' },
      leak,
    );
    const scan = fresh().find((c) => c.argv.includes('--output'))!;
    const names = Object.keys(scan.env);
    expect(names.filter((n) => n.startsWith('TRIVY_')).sort()).toEqual(['TRIVY_PASSWORD', 'TRIVY_USERNAME']);
    expect(scan.env).toMatchObject({
      TRIVY_USERNAME: 'robot',
      AWS_ACCESS_KEY_ID: 'AKIAEXAMPLEEXAMPLE',
      HTTPS_PROXY: 'http://proxy.internal:3128',
    });
    expect(names).not.toContain('GITHUB_TOKEN');
    expect(names).not.toContain('NPM_TOKEN');
    expect(image.log).toContain('::add-mask::hunter2-registry'); // registered before anything is printed
    expect(image.log.filter((l) => l.includes('hunter2-registry'))).toEqual(['::add-mask::hunter2-registry']);

    mkdirSync(join(ws, 'src'));
    double({ reports: { '*': TRIVY_DATA + 'fs-secrets.json' } });
    await act({ 'scan-type': 'fs', path: 'src', 'registry-password': 'hunter2-registry' }, leak);
    const fsScan = fresh().find((c) => c.argv.includes('--output'))!;
    expect(Object.keys(fsScan.env).filter((n) => n.startsWith('TRIVY_') || n.startsWith('AWS_'))).toEqual([]);
  });

  it('nothing from the scanned image can forge a workflow command', async () => {
    const report = JSON.parse(readFileSync(TRIVY_FIXTURES + 'image-alpine-39.json', 'utf8')) as {
      Results: {
        Target: string;
        Vulnerabilities: {
          PkgName: string;
          Title: string;
          InstalledVersion: string;
          FixedVersion: string;
          PkgPath?: string;
        }[];
      }[];
    };
    const v = report.Results[0]!.Vulnerabilities;
    v[4]!.PkgName = '::error::forged by a package name';
    v[4]!.Title = '##[error]forged by a title';
    v[5]!.PkgName = 'pkg ##[warning]forged inline';
    v[5]!.InstalledVersion = '1.0\n::error::forged after a newline';
    v[5]!.FixedVersion = '  ::notice::indented';
    v[5]!.PkgPath = 'usr/lib/##[group]x';
    report.Results[0]!.Target = '::warning file=a::target';
    const evil = join(root.dir, 'evil.json');
    writeFileSync(evil, JSON.stringify(report));
    double({ reports: { '*': evil } });
    const r = await act({ 'image-ref': 'app:1' });
    expect(r.annotations.map((a) => [a.command, a.message])).toEqual([
      ['error', 'Gate failed: 2 CRITICAL (2 vulnerabilities; fail-on CRITICAL,HIGH).'],
    ]);
    // Outside ::stop-commands:: blocks, only Keelson's own commands appear.
    for (const line of commandLines(r)) {
      expect(line).toMatch(/^::(group|endgroup|set-output|add-mask|error|warning|debug)( [^:]*)?::/);
      expect(line).not.toContain('forged');
    }
    expect(r.log.join('\n')).toContain('forged by a package name'); // printed, inertly
    expect(r.summary).not.toContain('##[');
    expect(r.summary).toContain('pkg ##&#91;warning&#93;forged inline');
  });

  it('trivy-version: path runs the trivy on PATH, and refuses a malicious or too old one', async () => {
    const onPath = join(root.dir, 'path-bin');
    writeTrivyDouble(onPath, {
      version: '0.74.0',
      log,
      reports: { '*': TRIVY_DATA + 'image-alpine-310.json' },
    });
    const env = { PATH: `${onPath}${delimiter}/usr/bin${delimiter}/bin` };
    const r = await act({ 'image-ref': 'app:1', 'trivy-version': 'path', 'trivy-sha256': '' }, env);
    expect(r.failed).toBe(false);
    expect(r.outputs).toMatchObject({ 'trivy-version': '0.74.0', 'trivy-path': join(onPath, 'trivy') });
    expect(server.requests.filter((p) => p.startsWith('v9'))).toEqual([]); // nothing downloaded

    writeTrivyDouble(onPath, { version: '0.69.4', log });
    const bad = await act({ 'image-ref': 'app:1', 'trivy-version': 'path', 'trivy-sha256': '' }, env);
    expect(errors(bad)).toEqual([
      `Refusing to run Trivy 0.69.4 (${join(onPath, 'trivy')}): it was a malicious release (GHSA-69fq-xp46-6x23 / CVE-2026-33634).`,
    ]);
    writeTrivyDouble(onPath, { version: '0.50.0', log });
    const old = await act({ 'image-ref': 'app:1', 'trivy-version': 'path', 'trivy-sha256': '' }, env);
    expect(errors(old)).toEqual(['Trivy 0.50.0 on PATH is too old: Keelson needs 0.63.0 or later.']);
  });

  it('skip-db-update scans with the cached DB and never downloads', async () => {
    const first = await act({ 'image-ref': 'app:1', 'fail-on': 'none' });
    expect(first.outputs.gate).toBe('pass');
    fresh();
    server.registry.set('aquasec/trivy-db', [500]);
    const r = await act({ 'image-ref': 'app:1', 'fail-on': 'none', 'skip-db-update': 'true' });
    expect(r.failed).toBe(false);
    const argvs = fresh().map((c) => c.argv);
    expect(argvs.some((a) => a.includes('--download-db-only'))).toBe(false);
    expect(argvs.at(-1)).toEqual(expect.arrayContaining(['--skip-db-update', '--skip-java-db-update']));
    expect(r.summary).toContain('Gate passed: fail-on is none (report only).');
  });

  it('a failed Trivy run is one line with its error; a DB outage on every mirror too', async () => {
    double({
      scanExit: 1,
      scanError: 'scan error: image scan error: unable to find the specified image "app:1"',
    });
    const r = await act({ 'image-ref': 'app:1' });
    expect(errors(r)).toEqual([
      'Trivy image scan failed with exit code 1: scan error: image scan error: unable to find the specified image "app:1"',
    ]);
    server.registry.set('aquasec/trivy-db', [503]);
    const db = await act({ 'image-ref': 'app:1' });
    expect(errors(db)).toEqual([
      `Could not download the Trivy vulnerability DB from any mirror (${server.host}/aquasec/trivy-db:2: init error: DB error: failed to download vulnerability DB: OCI artifact error: OCI repository error: GET http://${server.host}/v2/aquasec/trivy-db/manifests/2: unexpected status code 503). Set 'db-repositories' to a mirror you can reach, or restore a cached DB into 'cache-dir' and set 'skip-db-update: true'.`,
    ]);
  });

  it('an image in which nothing was scanned fails unless allow-empty', async () => {
    double({ reports: { '*': TRIVY_FIXTURES + 'image-alpine-39-no-results.json' } });
    const r = await act({ 'image-ref': 'scratch-app:1' });
    expect(errors(r)).toEqual([
      "Nothing was scanned: the report has no results (Trivy found no OS packages, lock files, IaC or files to check). Check the image or path, or set 'allow-empty: true' if an empty scan is expected.",
    ]);
    expect(r.outputs.gate).toBe('fail');
    const ok = await act({ 'image-ref': 'scratch-app:1', 'allow-empty': 'true' });
    expect(ok.failed).toBe(false);
  });
});

describe('trivy-scan: every bad input gives one line', () => {
  const bool = (name: string, v: string) =>
    `Invalid input '${name}': '${v}'. Expected a boolean: true | True | TRUE | false | False | FALSE.`;
  it.each([
    [{ 'scan-type': 'repo' }, "Invalid input 'scan-type': 'repo'. Expected one of: image | fs | config."],
    [
      {},
      "Input 'image-ref' is required: scan-type image needs 'image-ref' (such as ghcr.io/acme/app:1.2.3) or 'image-tarball' (a docker save archive).",
    ],
    [
      { 'image-ref': 'a:1', 'image-tarball': 'a.tar' },
      "Inputs 'image-ref' and 'image-tarball' exclude each other: give one.",
    ],
    [
      { 'image-ref': '--config=/etc/passwd' },
      "Invalid input 'image-ref': '--config=/etc/passwd'. Expected an image reference such as ghcr.io/acme/app:1.2.3 or app@sha256:….",
    ],
    [
      { 'scan-type': 'fs', 'image-ref': 'a:1' },
      "Input 'image-ref' applies to scan-type image only; scan-type is fs.",
    ],
    [
      { 'scan-type': 'config', scanners: 'vuln' },
      "Input 'scanners' does not apply to scan-type config (it checks misconfigurations only).",
    ],
    [
      { 'image-ref': 'a:1', scanners: 'vuln,license' },
      "Invalid input 'scanners': 'vuln,license'. Expected scanners from vuln, secret, misconfig, comma-separated.",
    ],
    [
      { 'image-ref': 'a:1', 'fail-on': 'HIGH' },
      "Invalid input 'fail-on': 'HIGH' would let CRITICAL through. Expected every severity from CRITICAL down to the lowest that fails: CRITICAL,HIGH.",
    ],
    [
      { 'image-ref': 'a:1', 'fail-on': 'SEVERE' },
      "Invalid input 'fail-on': 'SEVERE'. Expected severities from CRITICAL, HIGH, MEDIUM, LOW, UNKNOWN, comma-separated (or none).",
    ],
    [{ 'image-ref': 'a:1', 'ignore-unfixed': 'yes' }, bool('ignore-unfixed', 'yes')],
    [{ 'image-ref': 'a:1', 'allow-empty': 'maybe' }, bool('allow-empty', 'maybe')],
    [{ 'image-ref': 'a:1', 'skip-db-update': '1' }, bool('skip-db-update', '1')],
    [{ 'image-ref': 'a:1', summary: 'on' }, bool('summary', 'on')],
    [
      { 'image-ref': 'a:1', 'gate-kinds': 'cves' },
      "Invalid input 'gate-kinds': 'cves'. Expected kinds from vulnerabilities, misconfigurations, secrets, comma-separated.",
    ],
    [
      { 'image-ref': 'a:1', 'trivy-version': 'latest' },
      "Invalid input 'trivy-version': 'latest'. Expected a Trivy release version such as 0.74.0, or 'path'.",
    ],
    [
      { 'image-ref': 'a:1', 'trivy-version': '0.69.4' },
      "Invalid input 'trivy-version': '0.69.4'. Trivy 0.69.4 was a malicious release (GHSA-69fq-xp46-6x23 / CVE-2026-33634); Keelson never installs or runs it. Expected another version, such as 0.74.0.",
    ],
    [
      { 'image-ref': 'a:1', 'trivy-sha256': 'abc' },
      "Invalid input 'trivy-sha256': 'abc'. Expected a SHA-256 digest: 64 hexadecimal characters.",
    ],
    [
      { 'image-ref': 'a:1', 'trivy-version': 'path' },
      "Input 'trivy-sha256' verifies a downloaded release; it does not apply to 'trivy-version: path'.",
    ],
    [
      { 'image-ref': 'a:1', 'trivy-release-url': 'ftp://mirror/trivy' },
      "Invalid input 'trivy-release-url': 'ftp://mirror/trivy'. Expected an http(s) URL under which v<version>/<archive> is served.",
    ],
    [
      { 'image-ref': 'a:1', 'db-repositories': 'ghcr.io/aquasecurity/trivy-db:2\nnot a repo' },
      "Invalid input 'db-repositories': 'not a repo'. Expected OCI repositories such as mirror.gcr.io/aquasec/trivy-db:2, one per line or comma-separated.",
    ],
    [
      { 'image-ref': 'a:1', timeout: '5' },
      "Invalid input 'timeout': '5'. Expected a duration such as 90s, 5m or 1h30m (units h, m, s, ms; from 10s to 6h).",
    ],
    [
      { 'image-ref': 'a:1', 'sarif-category': 'my scan' },
      "Invalid input 'sarif-category': 'my scan'. Expected up to 200 characters from A-Z a-z 0-9 . _ - / : @ +.",
    ],
  ])('%j', async (inputs, message) => {
    const r = await act(inputs);
    expect(r.failed).toBe(true);
    expect(errors(r)).toEqual([message]);
    expect(r.log.join('\n')).not.toMatch(/\n\s+at /);
  });

  it('files that do not exist name the input and the workspace', async () => {
    expect(errors(await act({ 'image-tarball': 'nope.tar' }))).toEqual([
      `Invalid input 'image-tarball': 'nope.tar'. Expected an existing file (relative to ${ws}).`,
    ]);
    expect(errors(await act({ 'scan-type': 'fs', path: 'missing' }))).toEqual([
      `Invalid input 'path': 'missing'. Expected an existing file or directory (relative to ${ws}).`,
    ]);
    expect(errors(await act({ 'image-ref': 'a:1', 'ignore-file': '.trivyignore' }))).toEqual([
      `Invalid input 'ignore-file': '.trivyignore'. Expected an existing file (relative to ${ws}).`,
    ]);
  });

  it('a bad ignore file stops the step before any scan', async () => {
    writeFileSync(join(ws, '.trivyignore'), 'CVE-2024-0001 exp:31/12/2026\n');
    const r = await act({ 'image-ref': 'a:1' });
    expect(errors(r)).toEqual([
      "Invalid ignore file '.trivyignore' (line 1): 'exp:31/12/2026' is not a date; expected exp:YYYY-MM-DD.",
    ]);
    expect(fresh()).toEqual([]);
  });

  it('skip-db-update with no DB in cache-dir', async () => {
    const r = await act({ 'image-ref': 'a:1', 'skip-db-update': 'true' });
    expect(errors(r)).toEqual([
      `Input 'skip-db-update' is true but '${join(root.dir, 'trivy-cache')}' holds no vulnerability DB (db/trivy.db). Restore the cached DB into 'cache-dir' first, or set 'skip-db-update: false'.`,
    ]);
  });

  it('an unknown version without trivy-sha256', async () => {
    const r = await act({ 'image-ref': 'a:1', 'trivy-sha256': '' });
    expect(errors(r)[0]).toMatch(
      /^Input 'trivy-sha256' is required: Trivy 9\.9\.9 is not in Keelson's table of verified releases/,
    );
  });
});
