/**
 * Counts, SARIF and the gate on every real Trivy report in test/fixtures/trivy (plus test/data/trivy), the SARIF
 * validated against the OASIS SARIF 2.1.0 schema and compared with Trivy's own SARIF for the same scans.
 */
import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { analyzeReport } from '../src/lib/trivy/analyze.js';
import { evaluateGate } from '../src/lib/trivy/gate.js';
import { parseIgnoreFile } from '../src/lib/trivy/ignore.js';
import {
  findingsOf,
  metaOf,
  parseReport,
  readReportData,
  reportData,
  scannedTargets,
  summarize,
  type Summary,
  type TrivyReport,
} from '../src/lib/trivy/report.js';
import { buildSarif, imageRepositoryPath } from '../src/lib/trivy/sarif.js';
import { sarifErrors } from './helpers/sarif.js';

const fixture = (name: string): string => fileURLToPath(new URL(`./fixtures/trivy/${name}`, import.meta.url));
const data = (name: string): string => fileURLToPath(new URL(`./data/trivy/${name}`, import.meta.url));
const load = (file: string): TrivyReport => parseReport(readFileSync(file, 'utf8'), file);
const NOW = Date.UTC(2026, 5, 1);

const zero = { CRITICAL: 0, HIGH: 0, MEDIUM: 0, LOW: 0, UNKNOWN: 0 };
function counts(partial: Partial<Record<keyof Summary, Partial<typeof zero>>>): Summary {
  return {
    vulnerabilities: { ...zero, ...partial.vulnerabilities },
    misconfigurations: { ...zero, ...partial.misconfigurations },
    secrets: { ...zero, ...partial.secrets },
  };
}

/** Every report the fixtures hold, with its counts read off the file by hand. */
const REPORTS: [string, string, Summary, 'pass' | 'fail'][] = [
  [
    'image-alpine-39.json',
    fixture('image-alpine-39.json'),
    counts({ vulnerabilities: { CRITICAL: 2, MEDIUM: 4 } }),
    'fail',
  ],
  ['image-alpine-39-no-results.json', fixture('image-alpine-39-no-results.json'), counts({}), 'fail'],
  [
    'image-spring4shell-jre11.json',
    fixture('image-spring4shell-jre11.json'),
    counts({ vulnerabilities: { CRITICAL: 1 } }),
    'fail',
  ],
  [
    'config-dockerfile.json',
    fixture('config-dockerfile.json'),
    counts({ misconfigurations: { HIGH: 1 } }),
    'fail',
  ],
  [
    'config-helm-testchart.json',
    fixture('config-helm-testchart.json'),
    counts({ misconfigurations: { HIGH: 1, MEDIUM: 3, LOW: 2 } }),
    'fail',
  ],
  [
    'config-terraform-trivy-action.json',
    fixture('config-terraform-trivy-action.json'),
    counts({ misconfigurations: { HIGH: 5, MEDIUM: 1, LOW: 2 } }),
    'fail',
  ],
  [
    'image-alpine-310.json (test/data)',
    data('image-alpine-310.json'),
    counts({ vulnerabilities: { MEDIUM: 4 } }),
    'pass',
  ],
  [
    'fs-secrets.json (test/data)',
    data('fs-secrets.json'),
    counts({ secrets: { CRITICAL: 1, HIGH: 1 } }),
    'fail',
  ],
];

const GATE = {
  failOn: ['CRITICAL', 'HIGH'] as const,
  ignoreUnfixed: false,
  kinds: ['vulnerabilities', 'misconfigurations', 'secrets'] as const,
  now: NOW,
};

describe('reading a report file', () => {
  const report = (title: string, description: string): string =>
    JSON.stringify({
      SchemaVersion: 2,
      ArtifactName: 'app',
      Results: [
        {
          Target: 'package-lock.json',
          Class: 'lang-pkgs',
          Type: 'npm',
          Vulnerabilities: [
            {
              VulnerabilityID: 'CVE-2026-1',
              PkgName: 'left-pad',
              Severity: 'HIGH',
              Title: title,
              Description: description,
            },
          ],
        },
      ],
    });

  it('reads an ASCII report and a UTF-8 one (accents, CJK, emoji) to the same characters', () => {
    const dir = mkdtempSync(join(tmpdir(), 'keelson-trivy-read-'));
    try {
      const cases: [string, string][] = [
        ['plain ASCII title', 'a description with \\ and "quotes"'],
        ['Zürich façade — “quoted”', 'naïve café 日本語 🚀 descripción'],
      ];
      for (const [i, [title, description]] of cases.entries()) {
        const file = join(dir, `r${i}.json`);
        writeFileSync(file, report(title, description), 'utf8');
        const [f] = readReportData(file).findings;
        expect(f).toMatchObject({ id: 'CVE-2026-1', title, description });
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('counts on every fixture', () => {
  it.each(REPORTS)('%s', async (_name, file, expected) => {
    expect(summarize(findingsOf(load(file)))).toEqual(expected);
  });

  it('a misconfiguration counts only when it failed', async () => {
    const report = load(fixture('config-dockerfile.json'));
    const failed = report.Results![0]!.Misconfigurations![0]!;
    report.Results![0]!.Misconfigurations!.push(
      { ...failed, ID: 'DS-0026', Status: 'PASS' },
      { ...failed, ID: 'DS-0029', Status: 'EXCEPTION' },
    );
    expect(summarize(findingsOf(report)).misconfigurations).toEqual({ ...zero, HIGH: 1 });
  });

  it('refuses files that are not Trivy reports, naming them', async () => {
    expect(() => parseReport('{"SchemaVersion": 1, "Results": []}', 'old.json')).toThrow(
      "'old.json' is not a Trivy JSON report: SchemaVersion is 1. Expected the output of 'trivy <image|fs|config> --format json' (SchemaVersion 2).",
    );
    expect(() => parseReport('[]', 'list.json')).toThrow(
      "'list.json' is not a Trivy JSON report: the top level is not an object.",
    );
    expect(() =>
      parseReport(
        '{"SchemaVersion":2,"Results":[{"Target":"x","Vulnerabilities":[{"PkgName":"a"}]}]}',
        'r.json',
      ),
    ).toThrow("'r.json' is not a Trivy JSON report: Results[0].Vulnerabilities[0] has no VulnerabilityID.");
    expect(() => parseReport('{"Sche', 'cut.json')).toThrow(
      /^'cut\.json' is not a Trivy JSON report: not JSON \(/,
    );
  });
});

describe('SARIF', () => {
  it.each(REPORTS)('%s: valid SARIF 2.1.0 with every finding', async (_name, file) => {
    const report = load(file);
    const findings = findingsOf(report);
    const out = await buildSarif([{ meta: metaOf(report), findings, category: 'trivy-test' }]);
    const doc = JSON.parse(out.text) as {
      runs: { results: { ruleId: string }[]; tool: { driver: { rules: { id: string }[] } } }[];
    };
    expect(sarifErrors(doc)).toEqual([]);
    expect(doc.runs).toHaveLength(1);
    expect(doc.runs[0]!.results.map((r) => r.ruleId).sort()).toEqual(findings.map((f) => f.id).sort());
    expect(new Set(doc.runs[0]!.tool.driver.rules.map((r) => r.id))).toEqual(
      new Set(findings.map((f) => f.id)),
    );
    expect(out.note).toBeUndefined();
  });

  interface Result {
    ruleId: string;
    ruleIndex: number;
    level: string;
    message: { text: string };
    locations: {
      physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; endLine: number } };
      message: { text: string };
    }[];
  }
  interface Rule {
    id: string;
    name: string;
    defaultConfiguration: { level: string };
    properties: { 'security-severity': string; tags: string[] };
  }
  type Log = { runs: { results: Result[]; tool: { driver: { rules: Rule[] } } }[] };
  const view = (log: Log) => ({
    results: log.runs[0]!.results.map((r) => {
      const l = r.locations[0]!;
      return [
        r.ruleId,
        r.level,
        l.physicalLocation.artifactLocation.uri,
        l.physicalLocation.region.startLine,
        l.physicalLocation.region.endLine,
        l.message.text,
        r.message.text,
      ].join(' | ');
    }).sort(),
    rules: log.runs[0]!.tool.driver.rules.map((r) =>
      [
        r.id,
        r.name,
        r.defaultConfiguration.level,
        r.properties['security-severity'],
        r.properties.tags.join(','),
      ].join(' | '),
    ).sort(),
  });

  it.each([
    [
      'config scan (trivy-action, Trivy 0.72.0)',
      fixture('config-terraform-trivy-action.json'),
      fixture('config-terraform-trivy-action.sarif'),
    ],
    [
      'image scan (alpine 3.10, Trivy golden)',
      data('image-alpine-310.json'),
      fixture('image-alpine-310.sarif'),
    ],
  ])(
    "%s: the same findings, rule ids, levels and locations as Trivy's own SARIF",
    async (_name, json, sarif) => {
      const report = load(json);
      const ours = JSON.parse(
        (await buildSarif([{ meta: metaOf(report), findings: findingsOf(report), category: 'c' }])).text,
      ) as Log;
      const trivys = JSON.parse(readFileSync(sarif, 'utf8')) as Log;
      expect(sarifErrors(trivys)).toEqual([]); // the reference itself is valid against the same schema
      expect(view(ours)).toEqual(view(trivys));
      // Every result points at its rule.
      for (const r of ours.runs[0]!.results)
        expect(ours.runs[0]!.tool.driver.rules[r.ruleIndex]!.id).toBe(r.ruleId);
    },
  );

  it('secrets: locations at the secret lines, rule ids from Trivy rules', async () => {
    const report = load(data('fs-secrets.json'));
    const log = JSON.parse(
      (
        await buildSarif([
          { meta: metaOf(report), findings: findingsOf(report), category: 'secrets', pathPrefix: 'app' },
        ])
      ).text,
    ) as Log;
    expect(view(log).results).toEqual([
      'aws-access-key-id | error | app/deploy.sh | 3 | 3 | app/deploy.sh | Artifact: app/deploy.sh\nType: \nSecret AWS Access Key ID\nSeverity: CRITICAL\nMatch: export AWS_ACCESS_KEY_ID=********************',
      'mysecret | error | app/deploy.sh | 7 | 7 | app/deploy.sh | Artifact: app/deploy.sh\nType: \nSecret My Secret\nSeverity: HIGH\nMatch: echo ********',
    ]);
  });

  it('one run per scan, each with its category, so several upload side by side', async () => {
    const a = load(fixture('image-alpine-39.json'));
    const b = load(fixture('config-dockerfile.json'));
    const log = JSON.parse(
      (
        await buildSarif([
          { meta: metaOf(a), findings: findingsOf(a), category: 'trivy-image:ghcr.io/acme/app' },
          { meta: metaOf(b), findings: findingsOf(b), category: 'trivy-config:.' },
        ])
      ).text,
    ) as { runs: { automationDetails: { id: string }; results: unknown[] }[] };
    expect(sarifErrors(log)).toEqual([]);
    expect(log.runs.map((r) => [r.automationDetails.id, r.results.length])).toEqual([
      ['trivy-image:ghcr.io/acme/app/', 6],
      ['trivy-config:./', 1],
    ]);
  });

  it('security-severity follows Trivy severity; a CVSS score outside its band is not used', async () => {
    const report = load(fixture('image-alpine-39.json'));
    const findings = findingsOf(report);
    const musl = findings.find((f) => f.id === 'CVE-2019-14697')!;
    // NVD scores it 9.8 (CRITICAL band): kept. Claim it is MEDIUM and the score falls back to the band's 5.5.
    const log = async (fs: typeof findings) =>
      (
        JSON.parse((await buildSarif([{ meta: metaOf(report), findings: fs, category: 'c' }])).text) as Log
      ).runs[0]!.tool.driver.rules.find((r) => r.id === 'CVE-2019-14697')!.properties['security-severity'];
    expect(await log(findings)).toBe('9.8');
    expect(await log([{ ...musl, severity: 'MEDIUM' }])).toBe('5.5');
  });

  it("image OS findings point at the image's repository path, as Trivy's do", async () => {
    expect(imageRepositoryPath('alpine:3.10 (alpine 3.10.2)')).toBe('library/alpine');
    expect(imageRepositoryPath('ghcr.io/acme/app:1.2.3 (debian 12.5)')).toBe('acme/app');
    expect(imageRepositoryPath('localhost:5000/app@sha256:' + 'a'.repeat(64))).toBe('app');
    expect(imageRepositoryPath('testdata/fixtures/images/alpine-310.tar.gz (alpine 3.10.2)')).toBe(
      'testdata/fixtures/images/alpine-310.tar.gz',
    );
  });

  /** A report of `n` vulnerabilities cycling through the severities, built from a real fixture entry. */
  function bigReport(n: number): TrivyReport {
    const report = load(fixture('image-alpine-39.json'));
    const base = report.Results![0]!.Vulnerabilities![0]!;
    const sev = ['LOW', 'CRITICAL', 'MEDIUM', 'HIGH', 'UNKNOWN'];
    report.Results![0]!.Vulnerabilities = Array.from({ length: n }, (_, i) => ({
      ...base,
      VulnerabilityID: `CVE-2099-${String(i).padStart(5, '0')}`,
      PkgName: `pkg-${i}`,
      Severity: sev[i % sev.length],
    }));
    return report;
  }

  it("keeps GitHub's 25,000 results per run: the most severe, and says so", async () => {
    const report = bigReport(25_010);
    const findings = findingsOf(report);
    const out = await buildSarif([{ meta: metaOf(report), findings, category: 'big' }]);
    const run = (JSON.parse(out.text) as Log).runs[0]!;
    expect(run.results).toHaveLength(25_000);
    expect(run.tool.driver.rules).toHaveLength(25_000);
    // 5,002 UNKNOWN findings: the 10 left out are UNKNOWN; every CRITICAL..LOW is in.
    const levels = new Map<string, number>();
    for (const r of run.results) levels.set(r.level, (levels.get(r.level) ?? 0) + 1);
    expect(Object.fromEntries(levels)).toEqual({ error: 10_004, warning: 5_002, note: 9_994 });
    expect(out.runs[0]!.omitted).toBe(10);
    expect(out.note).toBe(
      'The SARIF file holds the 25,000 most severe of 25,010 findings (GitHub accepts at most 25,000 results per run); the JSON report has all of them.',
    );
  });

  it('stays under the gzipped size limit by leaving out the least severe', async () => {
    const report = bigReport(400);
    const findings = findingsOf(report);
    const full = await buildSarif([{ meta: metaOf(report), findings, category: 'size' }]);
    const limit = Math.floor(gzipSync(full.text, { level: 1 }).length / 3); // a third of the full file, gzipped
    const out = await buildSarif([{ meta: metaOf(report), findings, category: 'size' }], {
      gzipBytes: limit,
    });
    expect(out.gzipBytes).toBeLessThanOrEqual(limit);
    const kept = (JSON.parse(out.text) as Log).runs[0]!.results;
    expect(kept.length).toBeGreaterThan(0);
    expect(kept.length).toBeLessThan(400);
    const rank = { error: 0, warning: 1, note: 2 } as Record<string, number>;
    const worstKept = Math.max(...kept.map((r) => rank[r.level]!));
    // Nothing more severe than the least severe kept result was dropped.
    const keptIds = new Set(kept.map((r) => r.ruleId));
    const dropped = findings.filter((f) => !keptIds.has(f.id));
    const levelOf = { CRITICAL: 0, HIGH: 0, MEDIUM: 1, LOW: 2, UNKNOWN: 2 } as const;
    expect(dropped.every((f) => levelOf[f.severity] >= worstKept)).toBe(true);
    expect(out.note).toMatch(
      /^The SARIF file holds the \d+ most severe of 400 findings \(GitHub accepts at most 0 MB gzipped per file\)/,
    );
    expect(sarifErrors(JSON.parse(out.text))).toEqual([]);
  });
});

describe('the gate', () => {
  it.each(REPORTS)('%s with fail-on CRITICAL,HIGH', async (_name, file, _c, verdict) => {
    const report = load(file);
    expect(evaluateGate(findingsOf(report), scannedTargets(report), { ...GATE }).verdict).toBe(verdict);
  });

  it('names what failed in one line', async () => {
    const report = load(fixture('image-alpine-39.json'));
    const g = evaluateGate(findingsOf(report), 1, { ...GATE });
    expect(g.reason).toBe('Gate failed: 2 CRITICAL (2 vulnerabilities; fail-on CRITICAL,HIGH).');
    expect(g.failing.map((f) => `${f.id} ${f.pkgName}`)).toEqual([
      'CVE-2019-14697 musl',
      'CVE-2019-14697 musl-utils',
    ]);
  });

  it('a report in which nothing was scanned fails, unless allow-empty', async () => {
    const report = load(fixture('image-alpine-39-no-results.json'));
    const g = evaluateGate([], scannedTargets(report), { ...GATE });
    expect(g.reason).toMatch(/^Nothing was scanned: the report has no results/);
    expect(evaluateGate([], 0, { ...GATE, allowEmpty: true }).verdict).toBe('pass');
  });

  it('fail-on MEDIUM catches what CRITICAL,HIGH lets through; none reports only', async () => {
    const report = load(data('image-alpine-310.json'));
    const f = findingsOf(report);
    expect(evaluateGate(f, 1, { ...GATE, failOn: ['MEDIUM'] }).reason).toBe(
      'Gate failed: 4 MEDIUM (4 vulnerabilities; fail-on MEDIUM).',
    );
    expect(evaluateGate(f, 1, { ...GATE, failOn: [] }).reason).toBe(
      'Gate passed: fail-on is none (report only).',
    );
  });

  it('ignore-unfixed skips vulnerabilities without a fix, and only those', async () => {
    const report = load(fixture('image-alpine-39.json'));
    const musl = report.Results![0]!.Vulnerabilities!.find((v) => v.PkgName === 'musl')!;
    musl.Status = 'affected';
    delete musl.FixedVersion;
    const f = findingsOf(report);
    const g = evaluateGate(f, 1, { ...GATE, ignoreUnfixed: true });
    expect(g.failing.map((x) => x.pkgName)).toEqual(['musl-utils']);
    expect(g.unfixed).toBe(1);
    expect(evaluateGate(f, 1, { ...GATE }).failing).toHaveLength(2);
  });

  it('gates only the kinds asked for', async () => {
    const report = load(data('fs-secrets.json'));
    expect(evaluateGate(findingsOf(report), 1, { ...GATE, kinds: ['vulnerabilities'] }).verdict).toBe('pass');
    expect(evaluateGate(findingsOf(report), 1, { ...GATE, kinds: ['secrets'] }).reason).toBe(
      'Gate failed: 1 CRITICAL, 1 HIGH (2 secrets; fail-on CRITICAL,HIGH).',
    );
  });

  it('never cuts the SARIF: ignored and below-threshold findings are all there, ignored ones suppressed', async () => {
    const report = load(fixture('image-alpine-39.json'));
    const ignore = await parseIgnoreFile(
      'CVE-2019-14697 # musl: not reachable in this service\n',
      '.trivyignore',
    );
    const a = await analyzeReport(reportData(report), {
      gate: { ...GATE, ignore },
      category: 'c',
      title: 'T',
    });
    expect(a.gate.verdict).toBe('pass');
    expect(a.gate.ignored).toHaveLength(2);
    const results = (
      JSON.parse(a.sarif!.text) as {
        runs: { results: { ruleId: string; suppressions?: { justification: string }[] }[] }[];
      }
    ).runs[0]!.results;
    expect(results).toHaveLength(6);
    expect(
      results.filter((r) => r.suppressions).map((r) => [r.ruleId, r.suppressions![0]!.justification]),
    ).toEqual([
      ['CVE-2019-14697', 'musl: not reachable in this service (.trivyignore:1)'],
      ['CVE-2019-14697', 'musl: not reachable in this service (.trivyignore:1)'],
    ]);
    expect(sarifErrors(JSON.parse(a.sarif!.text))).toEqual([]);
  });
});

describe('ignore files', () => {
  const report = () => load(fixture('image-alpine-39.json'));

  it('.trivyignore: active entries ignore with their reason; expired entries stop ignoring and are listed', async () => {
    const rules = await parseIgnoreFile(
      [
        '# vulnerabilities we accept',
        'CVE-2019-14697 exp:2026-12-31  # musl: fix ships with the base image bump',
        'CVE-2019-1549 exp:2025-01-01 # openssl fork RNG, accepted until the migration',
        'DS-0002',
      ].join('\n'),
      '.trivyignore',
    );
    const g = evaluateGate(findingsOf(report()), 1, {
      ...GATE,
      failOn: ['CRITICAL', 'MEDIUM'],
      ignore: rules,
    });
    expect(g.ignored.map((x) => `${x.finding.id} ${x.finding.pkgName} ${x.entry.reason}`)).toEqual([
      'CVE-2019-14697 musl musl: fix ships with the base image bump',
      'CVE-2019-14697 musl-utils musl: fix ships with the base image bump',
    ]);
    expect(g.expired.map((e) => `${e.id} ${e.expires?.text} ${e.where}`)).toEqual([
      'CVE-2019-1549 2025-01-01 .trivyignore:3',
    ]);
    expect(g.expiredMatches.map((m) => m.finding.pkgName)).toEqual(['libcrypto1.1', 'libssl1.1']);
    expect(g.failing.map((f) => `${f.id} ${f.pkgName}`)).toEqual([
      'CVE-2019-1549 libcrypto1.1',
      'CVE-2019-1551 libcrypto1.1',
      'CVE-2019-1549 libssl1.1',
      'CVE-2019-1551 libssl1.1',
    ]);
  });

  it('an entry expires at 00:00 UTC of its date, as in Trivy', async () => {
    const rules = await parseIgnoreFile('CVE-2019-14697 exp:2026-06-01\n', '.trivyignore');
    const f = findingsOf(report());
    expect(evaluateGate(f, 1, { ...GATE, ignore: rules, now: Date.UTC(2026, 4, 31, 23, 59) }).verdict).toBe(
      'pass',
    );
    expect(evaluateGate(f, 1, { ...GATE, ignore: rules, now: Date.UTC(2026, 5, 1, 0, 0) }).verdict).toBe(
      'fail',
    );
  });

  it('YAML: ids per kind with paths, purls, expires and reason (Trivy spellings too)', async () => {
    const rules = await parseIgnoreFile(
      [
        'vulnerabilities:',
        '  - id: CVE-2019-14697',
        '    purls: ["pkg:apk/alpine/musl"]',
        '    expires: 2027-01-31',
        '    reason: musl is only in the build stage',
        '  - id: CVE-2019-1549',
        '    paths: ["other/**"]',
        'misconfigurations:',
        '  - id: DS-0002',
        '    expired_at: 2020-01-01',
        '    statement: old exception',
      ].join('\n'),
      '.trivyignore.yaml',
    );
    const g = evaluateGate(findingsOf(report()), 1, { ...GATE, ignore: rules });
    // The purl narrows the entry to musl: musl-utils still fails. The path does not match the image target.
    expect(g.ignored.map((x) => x.finding.pkgName)).toEqual(['musl']);
    expect(g.failing.map((x) => x.pkgName)).toEqual(['musl-utils']);
    expect(g.ignored[0]!.entry).toMatchObject({
      reason: 'musl is only in the build stage',
      where: '.trivyignore.yaml: vulnerabilities[0]',
    });
    expect(g.expired.map((e) => [e.id, e.reason])).toEqual([['DS-0002', 'old exception']]);

    const dockerfile = load(fixture('config-dockerfile.json'));
    const byPath = await parseIgnoreFile(
      'misconfigurations:\n  - id: DS-0002\n    paths: ["**/Dockerfile", "Dockerfile"]\n',
      'x.yml',
    );
    expect(evaluateGate(findingsOf(dockerfile), 1, { ...GATE, ignore: byPath }).verdict).toBe('pass');
  });

  it.each([
    [
      '.trivyignore',
      'CVE-1 exp:2026-13-01\n',
      "Invalid ignore file '.trivyignore' (line 1): 'exp:2026-13-01' is not a date; expected exp:YYYY-MM-DD.",
    ],
    [
      'i.yaml',
      'vulnerabilities:\n  - id: CVE-1\n    until: 2026-01-01\n',
      "Invalid ignore file 'i.yaml' (vulnerabilities[0]): unknown key 'until'; expected id, paths, purls, expires, expired_at, reason, statement.",
    ],
    [
      'i.yaml',
      'vulnerabilities:\n  - paths: [a]\n',
      "Invalid ignore file 'i.yaml' (vulnerabilities[0]): id is missing.",
    ],
    [
      'i.yaml',
      'vulns:\n  - id: x\n',
      "Invalid ignore file 'i.yaml' (vulns): unknown section; expected vulnerabilities, misconfigurations, secrets, licenses.",
    ],
    [
      'i.yaml',
      'secrets:\n  - id: x\n    expires: soon\n',
      "Invalid ignore file 'i.yaml' (secrets[0]): expires 'soon' is not a date; expected YYYY-MM-DD.",
    ],
    [
      'i.yaml',
      'vulnerabilities:\n  - id: x\n    purls: ["npm:lodash"]\n',
      "Invalid ignore file 'i.yaml' (vulnerabilities[0]): 'npm:lodash' is not a package URL (pkg:type/namespace/name@version).",
    ],
    ['i.yaml', 'vulnerabilities: [\n', /^Invalid ignore file 'i\.yaml' \(YAML\): /],
  ])('%s %j gives one line', async (file, text, message) => {
    await expect(parseIgnoreFile(text, file)).rejects.toThrow(message);
  });
});
