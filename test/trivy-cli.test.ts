/**
 * The CLI contract of `keelson trivy-summary`, `trivy-sarif` and `trivy-gate` on the real Trivy reports.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli, cliIn } from './helpers/cli.js';
import { sarifErrors } from './helpers/sarif.js';
import { tempDir } from './helpers/tmp.js';
import { TRIVY_DATA, TRIVY_FIXTURES } from './helpers/trivy.js';

let tmp: { dir: string; cleanup: () => void };
beforeEach(() => {
  tmp = tempDir('keelson-trivy-cli-');
});
afterEach(() => tmp.cleanup());

const S = (o: Partial<Record<'CRITICAL' | 'HIGH' | 'MEDIUM' | 'LOW' | 'UNKNOWN', number>> = {}) => ({
  CRITICAL: 0,
  HIGH: 0,
  MEDIUM: 0,
  LOW: 0,
  UNKNOWN: 0,
  ...o,
});

describe('keelson trivy-summary', () => {
  it.each([
    [
      'image-alpine-39.json',
      { vulnerabilities: S({ CRITICAL: 2, MEDIUM: 4 }), misconfigurations: S(), secrets: S() },
    ],
    ['image-alpine-39-no-results.json', { vulnerabilities: S(), misconfigurations: S(), secrets: S() }],
    [
      'image-spring4shell-jre11.json',
      { vulnerabilities: S({ CRITICAL: 1 }), misconfigurations: S(), secrets: S() },
    ],
    ['config-dockerfile.json', { vulnerabilities: S(), misconfigurations: S({ HIGH: 1 }), secrets: S() }],
    [
      'config-helm-testchart.json',
      { vulnerabilities: S(), misconfigurations: S({ HIGH: 1, MEDIUM: 3, LOW: 2 }), secrets: S() },
    ],
    [
      'config-terraform-trivy-action.json',
      { vulnerabilities: S(), misconfigurations: S({ HIGH: 5, MEDIUM: 1, LOW: 2 }), secrets: S() },
    ],
  ])('--format json on %s is exactly the contract', async (file, expected) => {
    const r = await cli('trivy-summary', '--format', 'json', TRIVY_FIXTURES + file);
    expect(r.code).toBe(0);
    expect(r.out).toBe(JSON.stringify(expected) + '\n'); // keys and their order included
  });

  it('markdown (default) is the job summary the action writes', async () => {
    const r = await cli('trivy-summary', TRIVY_DATA + 'fs-secrets.json');
    expect(r.code).toBe(0);
    expect(r.out.split('\n')[0]).toBe(
      '### ❌ Trivy: testdata/fixtures/repo/secrets: 0 vulnerabilities, 0 misconfigurations, 2 secrets — gate failed',
    );
    expect(r.out).toContain('| Secrets | 1 | 1 | 0 | 0 | 0 | 2 |');
  });

  it.each([
    [['trivy-summary'], 'keelson trivy-summary: Expected one REPORT_JSON file, got 0.\n'],
    [
      ['trivy-summary', '--format', 'yaml', 'r.json'],
      "keelson trivy-summary: Invalid input 'format': 'yaml'. Expected one of: json | markdown.\n",
    ],
    [
      ['trivy-summary', 'missing.json'],
      "keelson trivy-summary: Cannot read Trivy report 'missing.json': ENOENT.\n",
    ],
    [
      ['trivy-summary', TRIVY_FIXTURES + 'image-alpine-310.sarif'],
      `keelson trivy-summary: '${TRIVY_FIXTURES}image-alpine-310.sarif' is not a Trivy JSON report: it has neither SchemaVersion, ArtifactName nor Results. Expected the output of 'trivy <image|fs|config> --format json' (SchemaVersion 2).\n`,
    ],
  ])('%j gives one line and exit 2 (usage or input error)', async (argv, message) => {
    const r = await cli(...argv);
    expect({ code: r.code, err: r.err }).toEqual({ code: 2, err: message });
  });
});

describe('keelson trivy-sarif', () => {
  it('writes valid SARIF with every finding of every report, one run each', async () => {
    const r = await cli(
      'trivy-sarif',
      TRIVY_FIXTURES + 'image-alpine-39.json',
      TRIVY_FIXTURES + 'config-helm-testchart.json',
    );
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    const log = JSON.parse(r.out) as { runs: { results: unknown[]; automationDetails: { id: string } }[] };
    expect(sarifErrors(log)).toEqual([]);
    expect(log.runs.map((x) => [x.automationDetails.id, x.results.length])).toEqual([
      ['trivy-image:testdata/fixtures/images/alpine-39.tar.gz/', 6],
      ['trivy-fs:testdata/fixtures/repo/helm_testchart/', 6],
    ]);
  });

  it('--category, --path-prefix and --ignore-file', async () => {
    writeFileSync(join(tmp.dir, '.trivyignore'), 'KSV-0118 # the chart sets this per environment\n');
    const r = await cliIn(
      tmp.dir,
      'trivy-sarif',
      '--category',
      'helm',
      '--path-prefix',
      'charts/app/',
      '--ignore-file',
      '.trivyignore',
      TRIVY_FIXTURES + 'config-helm-testchart.json',
    );
    const log = JSON.parse(r.out) as {
      runs: {
        automationDetails: { id: string };
        results: {
          ruleId: string;
          suppressions?: { justification: string }[];
          locations: { physicalLocation: { artifactLocation: { uri: string } } }[];
        }[];
      }[];
    };
    expect(log.runs[0]!.automationDetails.id).toBe('helm/');
    expect(
      new Set(log.runs[0]!.results.map((x) => x.locations[0]!.physicalLocation.artifactLocation.uri)),
    ).toEqual(new Set(['charts/app/templates/deployment.yaml']));
    expect(
      log.runs[0]!.results.filter((x) => x.suppressions).map((x) => [
        x.ruleId,
        x.suppressions![0]!.justification,
      ]),
    ).toEqual([['KSV-0118', 'the chart sets this per environment (.trivyignore:1)']]);
  });

  it('more than 20 reports is refused (GitHub takes 20 runs per file)', async () => {
    const r = await cli(
      'trivy-sarif',
      ...Array.from({ length: 21 }, () => TRIVY_FIXTURES + 'config-dockerfile.json'),
    );
    expect(r.err).toBe(
      'keelson trivy-sarif: Expected at most 20 REPORT_JSON files (GitHub accepts 20 runs per SARIF file), got 21.\n',
    );
  });
});

describe('keelson trivy-gate', () => {
  it('exit 1 with the table of what failed', async () => {
    const r = await cli('trivy-gate', '--fail-on', 'CRITICAL,HIGH', TRIVY_FIXTURES + 'image-alpine-39.json');
    expect(r.code).toBe(1);
    expect(r.out).toBe(
      [
        'Gate failed: 2 CRITICAL (2 vulnerabilities; fail-on CRITICAL,HIGH).',
        '',
        '| Severity | ID | Package / check | Installed | Fixed | Where |',
        '| --- | --- | --- | --- | --- | --- |',
        '| 🟥 CRITICAL | [CVE-2019-14697](https://avd.aquasec.com/nvd/cve-2019-14697) | musl | 1.1.20-r4 | 1.1.20-r5 ✅ fix available | testdata/fixtures/images/alpine-39.tar.gz (alpine 3.9.4) |',
        '| 🟥 CRITICAL | [CVE-2019-14697](https://avd.aquasec.com/nvd/cve-2019-14697) | musl-utils | 1.1.20-r4 | 1.1.20-r5 ✅ fix available | testdata/fixtures/images/alpine-39.tar.gz (alpine 3.9.4) |',
        '',
      ].join('\n'),
    );
  });

  it('exit 0 when it passes', async () => {
    const r = await cli(
      'trivy-gate',
      '--fail-on',
      'CRITICAL',
      TRIVY_FIXTURES + 'config-terraform-trivy-action.json',
    );
    expect(r).toEqual({
      code: 0,
      out: 'Gate passed: no CRITICAL finding in vulnerabilities, misconfigurations, secrets.\n',
      err: '',
    });
  });

  it('--ignore-unfixed and --ignore-file (with an expired entry)', async () => {
    const report = JSON.parse(readFileSync(TRIVY_FIXTURES + 'image-alpine-39.json', 'utf8')) as {
      Results: { Vulnerabilities: { PkgName: string; Status?: string; FixedVersion?: string }[] }[];
    };
    for (const v of report.Results[0]!.Vulnerabilities) {
      if (v.PkgName === 'musl') {
        v.Status = 'affected';
        delete v.FixedVersion;
      }
    }
    writeFileSync(join(tmp.dir, 'r.json'), JSON.stringify(report));
    writeFileSync(join(tmp.dir, 'ignore'), 'CVE-2019-14697 exp:2020-01-01 # expired long ago\n');
    const r = await cliIn(tmp.dir, 'trivy-gate', '--ignore-unfixed', '--ignore-file', 'ignore', 'r.json');
    expect(r.code).toBe(1);
    expect(r.out.split('\n')[0]).toBe('Gate failed: 1 CRITICAL (1 vulnerability; fail-on CRITICAL,HIGH).');
    expect(r.out).toContain('| musl-utils |');
    expect(r.out).not.toContain('| musl |');
    expect(r.out).toContain('Expired ignore entries: CVE-2019-14697 (ignore:1, 2020-01-01).');
  });

  it('--sarif and --summary write the SARIF and the summary from the same pass', async () => {
    const r = await cliIn(
      tmp.dir,
      'trivy-gate',
      '--sarif',
      'out.sarif',
      '--summary',
      'out.md',
      TRIVY_DATA + 'image-alpine-310.json',
    );
    expect(r.code).toBe(0);
    const sarif = JSON.parse(readFileSync(join(tmp.dir, 'out.sarif'), 'utf8')) as {
      runs: { results: unknown[] }[];
    };
    expect(sarifErrors(sarif)).toEqual([]);
    expect(sarif.runs[0]!.results).toHaveLength(4);
    expect(readFileSync(join(tmp.dir, 'out.md'), 'utf8')).toContain(
      '| Vulnerabilities | 0 | 0 | 4 | 0 | 0 | 4 |',
    );
  });

  it('a report in which nothing was scanned fails unless --allow-empty', async () => {
    const file = TRIVY_FIXTURES + 'image-alpine-39-no-results.json';
    expect((await cli('trivy-gate', file)).code).toBe(1);
    expect((await cli('trivy-gate', '--allow-empty', file)).code).toBe(0);
  });

  it.each([
    [
      ['trivy-gate', '--fail-on', 'HIGH', 'r.json'],
      "keelson trivy-gate: Invalid input 'fail-on': 'HIGH' would let CRITICAL through. Expected every severity from CRITICAL down to the lowest that fails: CRITICAL,HIGH.\n",
    ],
    [
      ['trivy-gate', '--kinds', 'licenses', 'r.json'],
      "keelson trivy-gate: Invalid input 'kinds': 'licenses'. Expected kinds from vulnerabilities, misconfigurations, secrets, comma-separated.\n",
    ],
    [
      ['trivy-gate', '--ignore-file', 'nope', TRIVY_FIXTURES + 'image-alpine-39.json'],
      "keelson trivy-gate: Invalid input 'ignore-file': 'nope'. Expected a readable .trivyignore or YAML ignore file.\n",
    ],
    [['trivy-gate', 'a.json', 'b.json'], 'keelson trivy-gate: Expected one REPORT_JSON file, got 2.\n'],
    [
      ['trivy-gate', '--severity', 'HIGH', 'a.json'],
      /^keelson trivy-gate: Unknown option '--severity'.*See 'keelson trivy-gate --help'\.\n$/,
    ],
  ])('%j gives one line and exit 2', async (argv, message) => {
    const r = await cli(...argv);
    expect(r.code).toBe(2);
    if (typeof message === 'string') expect(r.err).toBe(message);
    else expect(r.err).toMatch(message);
  });
});

describe('nothing a scanned image names can forge a workflow command in CLI output', () => {
  it('summary, gate table and SARIF on stdout', async () => {
    const report = JSON.parse(readFileSync(TRIVY_FIXTURES + 'image-alpine-39.json', 'utf8')) as {
      ArtifactName: string;
      Results: {
        Target: string;
        Vulnerabilities: { PkgName: string; Title: string; InstalledVersion: string }[];
      }[];
    };
    const v = report.Results[0]!.Vulnerabilities;
    v[4]!.PkgName = '::error::forged';
    v[4]!.Title = '##[error]forged';
    v[5]!.InstalledVersion = '1\n::warning::forged\u001b[31m';
    report.Results[0]!.Target = '##[group]target';
    report.ArtifactName = '::error::artifact ##[error]x';
    writeFileSync(join(tmp.dir, 'evil.json'), JSON.stringify(report));
    const outs = [
      await cliIn(tmp.dir, 'trivy-summary', 'evil.json'),
      await cliIn(tmp.dir, 'trivy-gate', 'evil.json'),
      await cliIn(tmp.dir, 'trivy-sarif', 'evil.json'),
    ];
    for (const r of outs) {
      expect(r.out).not.toContain('##[');
      expect(r.out).not.toContain('\u001b');
      for (const line of r.out.split('\n')) expect(line.trimStart().startsWith('::')).toBe(false);
    }
    // The SARIF still says what Trivy said: `##\u005b` is `##[` to a JSON parser.
    const sarif = JSON.parse(outs[2]!.out) as {
      runs: { tool: { driver: { rules: { shortDescription: { text: string } }[] } } }[];
    };
    expect(sarif.runs[0]!.tool.driver.rules.map((r) => r.shortDescription.text)).toContain('##[error]forged');
  });
});
