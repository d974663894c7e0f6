// Trivy rows: `keelson trivy-gate --sarif --summary` (counts, the gate, the SARIF and the job summary from one
// pass over the report, what the trivy-scan action does after Trivy ran) on generated Trivy JSON reports with
// 50k and 100k findings, against a bare JSON.parse of the same file: wall time, linearity and peak memory.
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const SEVERITIES = ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW', 'UNKNOWN'];
const WORDS = (
  'buffer overflow in parser allows remote attackers to cause a denial of service via crafted input heap use ' +
  'after free out of bounds read integer overflow memory corruption certificate validation bypass request ' +
  'smuggling path traversal information disclosure privilege escalation'
).split(' ');

/**
 * A Trivy JSON report (SchemaVersion 2) shaped like a real image scan: OS-package and language-package results
 * whose vulnerabilities carry Trivy's fields (PURL, layer, data source, CVSS, references, dates), drawn from a
 * pool of n/6 CVE ids so rules repeat across packages (as in real images); plus IaC misconfigurations and secrets. 96 % vulnerabilities,
 * 3 % misconfigurations, 1 % secrets. Returns the report and its counts per severity over every kind.
 */
export function generate(lib, n, seed) {
  const pick = lib.rng(seed);
  const sentence = (k) => Array.from({ length: k }, () => WORDS[Math.floor(pick() * WORDS.length)]).join(' ');
  const sevOf = () => {
    const r = pick();
    return r < 0.04 ? 'CRITICAL' : r < 0.2 ? 'HIGH' : r < 0.65 ? 'MEDIUM' : r < 0.95 ? 'LOW' : 'UNKNOWN';
  };
  const counts = Object.fromEntries(SEVERITIES.map((s) => [s, 0]));
  const nVuln = Math.round(n * 0.96);
  const nMis = Math.round(n * 0.03);
  const nSec = n - nVuln - nMis;
  const pool = Math.max(1, Math.round(n / 6));
  const results = [];
  let made = 0;
  for (let t = 0; made < nVuln; t++) {
    const os = t % 4 === 0;
    const size = Math.min(nVuln - made, 800 + Math.floor(pick() * 800));
    const vulns = [];
    for (let i = 0; i < size; i++, made++) {
      // Packages share CVEs (a library vendored in many places, one advisory for a family of packages).
      const k = Math.floor(pick() * pool);
      const cve = `CVE-${2010 + (k % 16)}-${String(10_000 + k)}`;
      const sev = sevOf();
      counts[sev]++;
      const pkg = os ? `lib${sentence(1)}${i % 97}` : `com.example:${sentence(1)}-${i % 89}`;
      const ver = `${1 + (i % 5)}.${i % 13}.${i % 7}`;
      const fixed = pick() < 0.7;
      const score = sev === 'CRITICAL' ? 9.8 : sev === 'HIGH' ? 7.5 : sev === 'MEDIUM' ? 5.3 : 3.1;
      vulns.push({
        VulnerabilityID: cve,
        PkgID: `${pkg}@${ver}`,
        PkgName: pkg,
        ...(os ? {} : { PkgPath: `app/lib/${pkg.replace(/[:]/g, '-')}-${ver}.jar` }),
        PkgIdentifier: {
          PURL: os
            ? `pkg:deb/debian/${pkg}@${ver}?arch=amd64&distro=debian-12.5`
            : `pkg:maven/${pkg.replace(':', '/')}@${ver}`,
          UID: ((i * 2654435761) >>> 0).toString(16),
        },
        InstalledVersion: ver,
        ...(fixed ? { FixedVersion: `${ver}-1`, Status: 'fixed' } : { Status: 'affected' }),
        Layer: { Digest: `sha256:${'ab'.repeat(32)}`, DiffID: `sha256:${'cd'.repeat(32)}` },
        SeveritySource: 'nvd',
        PrimaryURL: `https://avd.aquasec.com/nvd/${cve.toLowerCase()}`,
        DataSource: {
          ID: os ? 'debian' : 'ghsa',
          Name: os ? 'Debian Security Tracker' : 'GitHub Security Advisory Maven',
          URL: 'https://security-tracker.debian.org/tracker/',
        },
        Title: `${pkg}: ${sentence(6)}`,
        Description: `${sentence(40)}.`,
        Severity: sev,
        CweIDs: ['CWE-787'],
        VendorSeverity: { nvd: 3, redhat: 2 },
        CVSS: { nvd: { V3Vector: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H', V3Score: score } },
        References: [
          `https://nvd.nist.gov/vuln/detail/${cve}`,
          `https://security-tracker.debian.org/tracker/${cve}`,
          `https://github.com/advisories?query=${cve}`,
        ],
        PublishedDate: '2024-03-01T12:15:00Z',
        LastModifiedDate: '2024-06-01T12:15:00Z',
      });
    }
    results.push({
      Target: os ? 'ghcr.io/acme/app:1.2.3 (debian 12.5)' : `app/lib/module-${t}.jar`,
      Class: os ? 'os-pkgs' : 'lang-pkgs',
      Type: os ? 'debian' : 'jar',
      Vulnerabilities: vulns,
    });
  }
  for (let made2 = 0, f = 0; made2 < nMis; f++) {
    const size = Math.min(nMis - made2, 50);
    const mis = [];
    for (let i = 0; i < size; i++, made2++) {
      const sev = sevOf();
      counts[sev]++;
      const id = `AWS-${String(1 + (i % 180)).padStart(4, '0')}`;
      mis.push({
        Type: 'Terraform Security Check',
        ID: id,
        Title: sentence(6),
        Description: sentence(25),
        Message: sentence(8),
        Namespace: `builtin.aws.s3.${id.toLowerCase()}`,
        Resolution: sentence(6),
        Severity: sev,
        PrimaryURL: `https://avd.aquasec.com/misconfig/${id.toLowerCase()}`,
        References: [`https://avd.aquasec.com/misconfig/${id.toLowerCase()}`],
        Status: 'FAIL',
        CauseMetadata: {
          Resource: `aws_s3_bucket.b${i}`,
          Provider: 'AWS',
          Service: 's3',
          StartLine: 1 + i * 4,
          EndLine: 3 + i * 4,
        },
      });
    }
    results.push({
      Target: `infra/module-${f}/main.tf`,
      Class: 'config',
      Type: 'terraform',
      MisconfSummary: { Successes: 40, Failures: size },
      Misconfigurations: mis,
    });
  }
  const secrets = [];
  for (let i = 0; i < nSec; i++) {
    const sev = sevOf();
    counts[sev]++;
    secrets.push({
      RuleID: 'aws-access-key-id',
      Category: 'AWS',
      Severity: sev,
      Title: 'AWS Access Key ID',
      StartLine: i + 1,
      EndLine: i + 1,
      Match: 'AWS_ACCESS_KEY_ID=********************',
    });
  }
  if (nSec > 0) results.push({ Target: 'app/config/settings.env', Class: 'secret', Secrets: secrets });
  const report = {
    SchemaVersion: 2,
    CreatedAt: '2026-06-01T12:00:00Z',
    ArtifactName: 'ghcr.io/acme/app:1.2.3',
    ArtifactType: 'container_image',
    Metadata: { ImageID: `sha256:${'ef'.repeat(32)}`, RepoTags: ['ghcr.io/acme/app:1.2.3'], RepoDigests: [] },
    Trivy: { Version: '0.74.0' },
    Results: results,
  };
  return { report, counts };
}

export default async function bench(lib) {
  const names = {
    t50: 'trivy-gate --sarif --summary, 50k findings',
    linear: 'trivy-gate linearity, 100k vs 50k findings',
    m50: 'trivy-gate peak memory, 50k findings',
  };
  const want = Object.fromEntries(Object.entries(names).map(([k, v]) => [k, lib.wants(v)]));
  if (!Object.values(want).some(Boolean)) return [];
  const dir = lib.tempDir('trivy');
  const sizes = { k50: 50_000, ...(want.linear ? { k100: 100_000 } : {}) };
  const cmd = {};
  const parse = {};
  const mb = {};
  for (const [k, n] of Object.entries(sizes)) {
    const { report, counts } = generate(lib, n, 7);
    const file = join(dir, `report-${k}.json`);
    writeFileSync(file, JSON.stringify(report, null, 2)); // Trivy writes indented JSON
    mb[k] = lib.mib(statSync(file).size);
    const failing = ['CRITICAL', 'HIGH'].filter((s) => counts[s] > 0);
    const sarif = join(dir, `out-${k}.sarif`);
    cmd[k] = {
      argv: [
        lib.node,
        join(lib.root, 'bin/keelson.js'),
        'trivy-gate',
        '--fail-on',
        'CRITICAL,HIGH',
        '--sarif',
        sarif,
        '--summary',
        join(dir, `out-${k}.md`),
        file,
      ],
      expect: (r) => {
        if (r.status !== 1) throw new Error(`exit ${r.status}, expected 1 (gate failed): ${r.stderr}`);
        const want = `Gate failed: ${failing.map((s) => `${counts[s]} ${s}`).join(', ')} `;
        if (!r.stdout.startsWith(want))
          throw new Error(`stdout does not start with '${want}': ${r.stdout.slice(0, 200)}`);
        const doc = JSON.parse(readFileSync(sarif, 'utf8'));
        const results = doc.runs[0].results.length;
        if (results !== Math.min(25_000, n)) throw new Error(`SARIF has ${results} results`);
      },
    };
    parse[k] = {
      argv: [lib.node, '-e', "JSON.parse(require('fs').readFileSync(process.argv[1], 'utf8'))", file],
      expect: { status: 0 },
    };
  }
  const base = 'bare `JSON.parse` of the same file (`node -e`)';
  const rows = [];
  const t = {};
  for (const k of Object.keys(sizes)) {
    if (k === 'k50' && !want.t50 && !want.linear) continue;
    lib.log(
      `trivy-gate on ${sizes[k].toLocaleString('en-US')} findings (${mb[k].toFixed(0)} MiB), interleaved`,
    );
    t[k] = lib.compare(cmd[k], parse[k], {
      reps: k === 'k50' ? 5 : 3,
      warmup: 1,
      env: lib.cleanEnv(),
      cwd: dir,
    });
  }
  if (want.t50) {
    rows.push({
      name: names.t50,
      subject: t.k50.subject,
      baseline: t.k50.baseline,
      unit: 'ms',
      goal: 2,
      baselineName: base,
      note:
        `${mb.k50.toFixed(0)} MiB Trivy JSON (96 % vulnerabilities with Trivy's fields, 3 % misconfigurations, 1 % ` +
        "secrets); one process counts, gates, writes the SARIF (the 25,000 most severe: GitHub's per-run limit, " +
        'size-checked) and the summary.',
      samples: t.k50.samples,
    });
  }
  if (want.linear) {
    rows.push({
      name: names.linear,
      subject: t.k100.subject,
      baseline: 2 * t.k50.subject,
      unit: 'ms',
      goal: 1.25,
      baselineName: '2 × the 50k run (linear)',
      note: `100k/50k wall-time ratio ${(t.k100.subject / t.k50.subject).toFixed(2)} (ideal 2; both SARIF files hold 25,000 results).`,
    });
  }
  if (want.m50) {
    lib.log('trivy-gate peak memory, 50k findings');
    const m = lib.comparePeakRss(cmd.k50, parse.k50, { reps: 3, env: lib.cleanEnv(), cwd: dir });
    rows.push({
      name: names.m50,
      subject: m.subject,
      baseline: m.baseline,
      unit: 'MiB',
      goal: 2,
      baselineName: 'the bare parse: peak RSS',
      note: 'Peak resident set (maxRSS) of the node process, median of 3, measured by bench/rss-probe.mjs.',
      samples: m.samples,
    });
  }
  return rows;
}
