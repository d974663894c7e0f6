export const id = 3603;
export const ids = [3603,4352,1971,9590];
export const modules = {

/***/ 36346:
/***/ ((__unused_webpack_module, exports) => {


/**
 * Known-good SHA-256 digests of Trivy release archives, shipped inside Keelson. An install checks the downloaded
 * archive against this table AND checks that the release's checksums file agrees with this table on every
 * archive the table knows, so a release whose archive and checksums file were both replaced is refused.
 *
 * What the table holds, and why: no public source we could reach records the digest of a release's checksums
 * file itself (`trivy_<v>_checksums.txt`), so the table is built from per-archive digests, which several
 * independent sources do record. A platform missing from a version's row is not trusted through the checksums
 * file alone (an attacker could keep the known lines and change only that one); installing it needs
 * `trivy-sha256`. docs/trivy.md explains the model.
 *
 * Sources (each digest below was read from the first source; the second column of witnesses agrees with it):
 *  [H] cashapp/hermit-packages, trivy.hcl, commit f0517fd7532fc6adfd910cfba3ef2b4c59f662db (2026-08-22):
 *      `sha256sums` — Hermit computes them by downloading each archive from github.com/aquasecurity/trivy.
 *  [A] awslabs/automated-security-helper, automated_security_helper/utils/tool_downloads.py, commit
 *      7e11615eafde3b0afc7dee6a5f09f920be74da95: `_DIGESTS`, "transcribed verbatim from the checksums file"
 *      of v0.69.3 (all five archives, Windows included); agrees with [H] on the four Hermit lists.
 *  Further witnesses seen through code search (installer scripts pinning the Linux-64bit archive, not cited by
 *  path): 0.70.0 Linux-64bit/ARM64, 0.72.0 all four, 0.74.0 Linux-64bit/ARM64 — all equal to [H].
 *
 * Releases v0.69.4, v0.69.5 and v0.69.6 were malicious (GHSA-69fq-xp46-6x23, CVE-2026-33634, March 2026) and are
 * refused whatever digest is given. Older releases were withdrawn from GitHub after that incident.
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.MIN_TRIVY_VERSION = exports.MALICIOUS_RELEASES = exports.DEFAULT_TRIVY_VERSION = exports.KNOWN_RELEASES = void 0;
exports.KNOWN_RELEASES = {
    '0.69.3': {
        source: '[H] trivy.hcl lines 177-180; [A] _DIGESTS (windows-64bit from [A] only)',
        archives: {
            'Linux-64bit': '1816b632dfe529869c740c0913e36bd1629cb7688bd5634f4a858c1d57c88b75',
            'Linux-ARM64': '7e3924a974e912e57b4a99f65ece7931f8079584dae12eb7845024f97087bdfd',
            'macOS-64bit': 'fec4a9f7569b624dd9d044fca019e5da69e032700edbb1d7318972c448ec2f4e',
            'macOS-ARM64': 'a2f2179afd4f8bb265ca3c7aefb56a666bc4a9a411663bc0f22c3549fbc643a5',
            'windows-64bit': '74362dc711383255308230ecbeb587eb1e4e83a8d332be5b0259afac6e0c2224',
        },
    },
    '0.70.0': {
        source: '[H] trivy.hcl lines 181-184',
        archives: {
            'Linux-64bit': '8b4376d5d6befe5c24d503f10ff136d9e0c49f9127a4279fd110b727929a5aa9',
            'Linux-ARM64': '2f6bb988b553a1bbac6bdd1ce890f5e412439564e17522b88a4541b4f364fc8d',
            'macOS-64bit': '52d531452b19e7593da29366007d02a810e1e0080d02f9cf6a1afb46c35aaa93',
            'macOS-ARM64': '68e543c51dcc96e1c344053a4fde9660cf602c25565d9f09dc17dd41e13b838a',
        },
    },
    '0.71.0': {
        source: '[H] trivy.hcl lines 185-188',
        archives: {
            'Linux-64bit': '30a3d22b23f88c233f1658f562fb477cae3b3e8b4761109d515b7698daf85814',
            'Linux-ARM64': '2561be394a3199c911f82fced606cbc05e1cb23eb6ce1da6935540adb76f4252',
            'macOS-64bit': '4558afb13d017615ca85011901caab78b4f09196e320b05a56c9fdc5615a1428',
            'macOS-ARM64': '95d4e896b120816edd0995a2df8adca26a8621b7bf62036a89b1d54a7b718a74',
        },
    },
    '0.71.1': {
        source: '[H] trivy.hcl lines 189-192',
        archives: {
            'Linux-64bit': '3cbae37cd440cd8676e5ce9207fe460b5641c7579a17e9d00f8894928c41a88d',
            'Linux-ARM64': 'a7daaee66817d67a4963e8f9ddf15f5238ee021b55d3cd8695b1b7801afd34a7',
            'macOS-64bit': 'de123352f519c6310d5471b5271b029c02b04f3cce33597b87f60064e1760a3f',
            'macOS-ARM64': '5eb3576d4a41c9fa274dc8a62b2e6baebb2bf423eda908ed36d81d574e293c48',
        },
    },
    '0.71.2': {
        source: '[H] trivy.hcl lines 193-196',
        archives: {
            'Linux-64bit': '0510e71e2fd39bf863856d499c8dc19feb4e7336546394c502a8f5cc7ab27460',
            'Linux-ARM64': 'fe1c7106e15a5365d485b098a8c338f91e3b7ba71cb0e4963b98a3a098763cfc',
            'macOS-64bit': 'c27bcf4ddd281aecb7267eb5df804ec49ac0f8fa23fe018d33932e17f30a38bf',
            'macOS-ARM64': 'a9f585cad53542a54ef286b5fa4199d081e5a061f8894635bdf3ce2608ece7a9',
        },
    },
    '0.72.0': {
        source: '[H] trivy.hcl lines 197-200',
        archives: {
            'Linux-64bit': 'bbb64b9695866ce4a7a8f5c9592002c5961cab378577fa3f8a040df362b9b2ea',
            'Linux-ARM64': '2ca2c023109c2db6b2b77366b6717291452d4531167377d95c79547f0c8e3467',
            'macOS-64bit': 'ee5e60df8a98e5b89fd74a6d86f9e5c7e9a266a35002cb1e43291698b3bfee08',
            'macOS-ARM64': '88f208680dc05da2b459e19b4f5aa2b4dc7c2117892ba4aab2ae63baba330016',
        },
    },
    '0.73.0': {
        source: '[H] trivy.hcl lines 201-204',
        archives: {
            'Linux-64bit': '2edd39da482bb4e9831962487b68f68e3928ec3137794757f54d00383d79547b',
            'Linux-ARM64': '13833d97e8a1a5367471c372a173180157f593bece570e20d5d925fef552f5dd',
            'macOS-64bit': 'd39d1374dd3e35d48621b82df9b6625fe69f9920cc67d2739ed81bb679f16f51',
            'macOS-ARM64': '80cc25faaf6378e37701202d0b4f9f43d9e413d198d594ba60fdf559fe44a683',
        },
    },
    '0.74.0': {
        source: '[H] trivy.hcl lines 205-208',
        archives: {
            'Linux-64bit': '2ae6fe3ee734b7fdf11335663e18c75ea12dccc76062f09f164a3b0f8be4371a',
            'Linux-ARM64': 'b94ce1976bbf3c15b514b605ee88be7c6d94a29be2302847ff01cb794d47aad5',
            'macOS-64bit': '472816f6888dda689d075c30254d4210b4d1035acf365aa72332f584c2f60485',
            'macOS-ARM64': '1caada5e0e2091909357c7525d3aa76f4b660b13821bc143b190c7483e31cc11',
        },
    },
};
/** The version installed when `trivy-version` is not given: the newest release in the table. */
exports.DEFAULT_TRIVY_VERSION = '0.74.0';
/** Releases that were malicious: never installed, never run (also refused when found on PATH). */
exports.MALICIOUS_RELEASES = {
    '0.69.4': 'GHSA-69fq-xp46-6x23 / CVE-2026-33634',
    '0.69.5': 'GHSA-69fq-xp46-6x23 / CVE-2026-33634',
    '0.69.6': 'GHSA-69fq-xp46-6x23 / CVE-2026-33634',
};
/** The oldest Trivy Keelson drives (`--skip-version-check` and `--disable-telemetry` exist from 0.63.0). */
exports.MIN_TRIVY_VERSION = '0.63.0';


/***/ }),

/***/ 4352:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.SEVERITY_RANK = exports.KINDS = exports.SEVERITIES = void 0;
exports.severityOf = severityOf;
exports.emptyCounts = emptyCounts;
exports.emptySummary = emptySummary;
exports.validateReport = validateReport;
exports.parseReport = parseReport;
exports.readReportFile = readReportFile;
exports.failedMisconfiguration = failedMisconfiguration;
exports.metaOf = metaOf;
exports.reportData = reportData;
exports.parseReportData = parseReportData;
exports.readReportData = readReportData;
exports.findingsOf = findingsOf;
exports.summarize = summarize;
exports.totalsBySeverity = totalsBySeverity;
exports.total = total;
exports.scannedTargets = scannedTargets;
exports.bySeverity = bySeverity;
/**
 * Trivy's JSON report (SchemaVersion 2, `trivy <image|fs|config> --format json`): the shape Keelson reads, the
 * validation that turns a wrong file into one line, and the flat list of findings everything else is derived
 * from (counts, SARIF, the gate, the job summary). Nothing here filters: every listed entry is a finding, except
 * misconfigurations that did not fail (`Status` other than FAIL), which are checks that passed.
 */
const node_buffer_1 = __webpack_require__(4573);
const node_fs_1 = __webpack_require__(73024);
const errors_js_1 = __webpack_require__(97268);
exports.SEVERITIES = ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW', 'UNKNOWN'];
exports.KINDS = ['vulnerabilities', 'misconfigurations', 'secrets'];
/** CRITICAL → 0 … UNKNOWN → 4: sorts the most severe first. */
exports.SEVERITY_RANK = {
    CRITICAL: 0,
    HIGH: 1,
    MEDIUM: 2,
    LOW: 3,
    UNKNOWN: 4,
};
function severityOf(raw) {
    return typeof raw === 'string' && raw in exports.SEVERITY_RANK ? raw : 'UNKNOWN';
}
function emptyCounts() {
    return { CRITICAL: 0, HIGH: 0, MEDIUM: 0, LOW: 0, UNKNOWN: 0 };
}
function emptySummary() {
    return { vulnerabilities: emptyCounts(), misconfigurations: emptyCounts(), secrets: emptyCounts() };
}
function isObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
function arrayOrNone(v, where, source) {
    if (v === undefined || v === null)
        return [];
    if (!Array.isArray(v))
        throw notReport(source, `${where} is not a list`);
    return v;
}
function notReport(source, why) {
    return new errors_js_1.InputError('report', `'${source}' is not a Trivy JSON report: ${why}. Expected the output of 'trivy <image|fs|config> --format json' (SchemaVersion 2).`);
}
/**
 * Checks the shape Keelson relies on and returns the report. A bad file gives one line naming it and what is
 * wrong; entries are not copied (a 100 MB report stays one object graph).
 */
function validateReport(value, source) {
    if (!isObject(value))
        throw notReport(source, 'the top level is not an object');
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
    return value;
}
function checkEntries(v, where, idKey, source) {
    const list = arrayOrNone(v, where, source);
    for (let j = 0; j < list.length; j++) {
        const e = list[j];
        if (!isObject(e) || typeof e[idKey] !== 'string' || e[idKey] === '') {
            throw notReport(source, `${where}[${j}] has no ${idKey}`);
        }
    }
}
function parseReport(text, source) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (e) {
        const why = e instanceof Error ? e.message.split('\n')[0] : String(e);
        throw notReport(source, `not JSON (${why})`);
    }
    return validateReport(value, source);
}
function readReportFile(file, shown = file) {
    let text;
    try {
        // Most reports are ASCII (Trivy writes JSON escapes for little, but advisories are mostly English): then
        // the bytes are the text as they are, and Node keeps a large Latin-1 string outside V8's heap. That skips
        // decoding 100 MB of UTF-8, and a string that size outside the heap does not count toward the limit at
        // which V8 starts a full garbage collection of the parsed report. Anything else is decoded as UTF-8.
        const bytes = (0, node_fs_1.readFileSync)(file);
        text = (0, node_buffer_1.isAscii)(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
    }
    catch (e) {
        const code = e.code ?? 'unreadable';
        throw new errors_js_1.InputError('report', `Cannot read Trivy report '${shown}': ${code}.`);
    }
    return parseReport(text, shown);
}
function failedMisconfiguration(m) {
    return m.Status === undefined || m.Status === 'FAIL';
}
function isFixable(v) {
    if (v.Status !== undefined && v.Status !== '')
        return v.Status === 'fixed';
    return typeof v.FixedVersion === 'string' && v.FixedVersion !== '';
}
function positive(n) {
    return typeof n === 'number' && Number.isInteger(n) && n > 0 ? n : undefined;
}
function cvssOf(v) {
    const score = v.SeveritySource ? v.CVSS?.[v.SeveritySource]?.V3Score : undefined;
    return typeof score === 'number' ? score : undefined;
}
function metaOf(report) {
    return {
        artifactName: report.ArtifactName ?? '',
        artifactType: report.ArtifactType ?? '',
        trivyVersion: report.Trivy?.Version ?? '',
        imageId: report.Metadata?.ImageID ?? '',
        repoTags: report.Metadata?.RepoTags ?? null,
        repoDigests: report.Metadata?.RepoDigests ?? null,
    };
}
function reportData(report) {
    return { meta: metaOf(report), findings: findingsOf(report), scanned: scannedTargets(report) };
}
function parseReportData(text, source) {
    return reportData(parseReport(text, source));
}
function readReportData(file, shown = file) {
    return reportData(readReportFile(file, shown));
}
const NO_ALIASES = [];
/**
 * Every Finding has the same properties in the same order (absent ones undefined): one object shape, so code that
 * walks 50,000 of them stays monomorphic. Built directly (no options object per finding: a report's worth of
 * short-lived objects is most of the garbage collector's work here).
 */
function finding(kind, id, aliases, severity, target, resultClass, resultType, title, pkgName, pkgPath, installedVersion, fixedVersion, purl, fixable, startLine, endLine, message, resource, url, description, cvss, checkType, resolution, category, locations) {
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
function findingsOf(report) {
    const out = [];
    for (const r of report.Results ?? []) {
        const target = r.Target;
        const resultClass = r.Class ?? '';
        const resultType = r.Type ?? '';
        let pkgLocations;
        for (const v of r.Vulnerabilities ?? []) {
            let locations;
            if (r.Packages && r.Packages.length > 0) {
                if (!pkgLocations) {
                    pkgLocations = new Map();
                    for (const p of r.Packages) {
                        if (!p.Locations || p.Locations.length === 0)
                            continue;
                        const key = `${p.Name ?? ''}@${p.Version ?? ''}`;
                        if (pkgLocations.has(key))
                            continue;
                        const locs = [];
                        for (const l of p.Locations) {
                            const s = positive(l.StartLine);
                            if (s !== undefined)
                                locs.push({ startLine: s, endLine: positive(l.EndLine) ?? s });
                        }
                        if (locs.length > 0)
                            pkgLocations.set(key, locs);
                    }
                }
                locations = pkgLocations.get(`${v.PkgName ?? ''}@${v.InstalledVersion ?? ''}`);
            }
            out.push(finding('vulnerabilities', v.VulnerabilityID, NO_ALIASES, severityOf(v.Severity), target, resultClass, resultType, v.Title || v.VulnerabilityID, v.PkgName, v.PkgPath, v.InstalledVersion, v.FixedVersion || undefined, v.PkgIdentifier?.PURL, isFixable(v), undefined, undefined, undefined, undefined, v.PrimaryURL, v.Description || undefined, cvssOf(v), undefined, undefined, undefined, locations));
        }
        for (const m of r.Misconfigurations ?? []) {
            if (!failedMisconfiguration(m))
                continue;
            out.push(finding('misconfigurations', m.ID, m.AVDID && m.AVDID !== m.ID ? [m.AVDID] : NO_ALIASES, severityOf(m.Severity), target, resultClass, resultType, m.Title || m.ID, undefined, undefined, undefined, undefined, undefined, true, positive(m.CauseMetadata?.StartLine), positive(m.CauseMetadata?.EndLine), m.Message, m.CauseMetadata?.Resource, m.PrimaryURL, m.Description || undefined, undefined, m.Type, m.Resolution || undefined, undefined, undefined));
        }
        for (const s of r.Secrets ?? []) {
            out.push(finding('secrets', s.RuleID, NO_ALIASES, severityOf(s.Severity), target, resultClass, resultType, s.Title || s.RuleID, undefined, undefined, undefined, undefined, undefined, true, positive(s.StartLine), positive(s.EndLine), s.Match, undefined, undefined, undefined, undefined, undefined, undefined, s.Category, undefined));
        }
    }
    return out;
}
/** Counts per kind and severity: every listed entry; a misconfiguration only when it failed. */
function summarize(findings) {
    const s = emptySummary();
    for (const f of findings)
        s[f.kind][f.severity]++;
    return s;
}
/** Totals per severity over every kind. */
function totalsBySeverity(summary) {
    const t = emptyCounts();
    for (const k of exports.KINDS)
        for (const sev of exports.SEVERITIES)
            t[sev] += summary[k][sev];
    return t;
}
function total(counts) {
    let n = 0;
    for (const sev of exports.SEVERITIES)
        n += counts[sev];
    return n;
}
/** Whether Trivy looked at anything: a report with no Results scanned nothing (no OS, no lock file, no IaC). */
function scannedTargets(report) {
    return (report.Results ?? []).length;
}
/** The most severe first; report order within a severity (a stable sort). */
function bySeverity(a, b) {
    return exports.SEVERITY_RANK[a.severity] - exports.SEVERITY_RANK[b.severity];
}


/***/ }),

/***/ 53603:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.DEFAULT_JAVA_DB_REPOSITORIES = exports.DEFAULT_DB_REPOSITORIES = exports.SCANNERS = exports.SCAN_TYPES = void 0;
exports.parseRepositories = parseRepositories;
exports.parseSeverities = parseSeverities;
exports.parseKinds = parseKinds;
exports.stableImageName = stableImageName;
exports.slug = slug;
exports.readTrivyScanSettings = readTrivyScanSettings;
/**
 * The trivy-scan action's inputs, parsed once into one settings object, plus the parsers the CLI shares
 * (severities, kinds). Kept apart from the scan so an input error loads nothing else. Every invocation reads
 * only its own inputs: nothing here looks at TRIVY_* or any other variable a previous step may have left.
 */
const node_fs_1 = __webpack_require__(73024);
const node_os_1 = __webpack_require__(48161);
const node_path_1 = __webpack_require__(76760);
const errors_js_1 = __webpack_require__(97268);
const inputs_js_1 = __webpack_require__(51662);
const versions_js_1 = __webpack_require__(52295);
const known_releases_js_1 = __webpack_require__(36346);
const report_js_1 = __webpack_require__(4352);
exports.SCAN_TYPES = ['image', 'fs', 'config'];
exports.SCANNERS = ['vuln', 'secret', 'misconfig'];
exports.DEFAULT_DB_REPOSITORIES = [
    'mirror.gcr.io/aquasec/trivy-db:2',
    'ghcr.io/aquasecurity/trivy-db:2',
    'public.ecr.aws/aquasecurity/trivy-db:2',
];
exports.DEFAULT_JAVA_DB_REPOSITORIES = [
    'mirror.gcr.io/aquasec/trivy-java-db:1',
    'ghcr.io/aquasecurity/trivy-java-db:1',
    'public.ecr.aws/aquasecurity/trivy-java-db:1',
];
const REPOSITORY = /^[a-z0-9.-]+(?::\d+)?(?:\/[a-z0-9._-]+)+(?::[A-Za-z0-9._-]+|@sha256:[0-9a-f]{64})?$/;
function parseRepositories(name, list) {
    if (list.length === 0)
        throw errors_js_1.InputError.invalid(name, '', 'at least one OCI repository such as ghcr.io/aquasecurity/trivy-db:2');
    for (const r of list) {
        if (!REPOSITORY.test(r)) {
            throw errors_js_1.InputError.invalid(name, r, 'OCI repositories such as mirror.gcr.io/aquasec/trivy-db:2, one per line or comma-separated');
        }
    }
    return list;
}
const SEVERITY_EXPECTED = `severities from ${report_js_1.SEVERITIES.join(', ')}, comma-separated (or none)`;
/** `CRITICAL,HIGH` (any case); `none` alone: nothing fails (report only). */
function parseSeverities(name, raw) {
    const items = (0, inputs_js_1.parseList)(raw).map((s) => s.toUpperCase());
    if (items.length === 1 && items[0] === 'NONE')
        return [];
    if (items.length === 0)
        throw errors_js_1.InputError.invalid(name, raw, SEVERITY_EXPECTED);
    for (const i of items) {
        if (!report_js_1.SEVERITIES.includes(i))
            throw errors_js_1.InputError.invalid(name, raw, SEVERITY_EXPECTED);
    }
    const chosen = report_js_1.SEVERITIES.filter((s) => items.includes(s));
    // A gate that fails on HIGH but lets CRITICAL through is never what is meant: every severity above the lowest
    // one listed must be listed too (UNKNOWN stands apart).
    const ranked = chosen.filter((s) => s !== 'UNKNOWN');
    const lowest = ranked[ranked.length - 1];
    if (lowest) {
        const needed = report_js_1.SEVERITIES.slice(0, report_js_1.SEVERITIES.indexOf(lowest) + 1);
        const missing = needed.filter((s) => !chosen.includes(s));
        if (missing.length > 0) {
            throw new errors_js_1.InputError(name, `Invalid input '${name}': '${raw}' would let ${missing.join(' and ')} through. Expected every severity from CRITICAL down to the lowest that fails: ${needed.join(',')}.`);
        }
    }
    return chosen;
}
function parseKinds(name, raw) {
    const expected = `kinds from ${report_js_1.KINDS.join(', ')}, comma-separated`;
    const items = (0, inputs_js_1.parseList)(raw).map((s) => s.toLowerCase());
    if (items.length === 0)
        throw errors_js_1.InputError.invalid(name, raw, expected);
    for (const i of items)
        if (!report_js_1.KINDS.includes(i))
            throw errors_js_1.InputError.invalid(name, raw, expected);
    return report_js_1.KINDS.filter((k) => items.includes(k));
}
function parseScanners(name, raw) {
    const expected = `scanners from ${exports.SCANNERS.join(', ')}, comma-separated`;
    const items = (0, inputs_js_1.parseList)(raw).map((s) => s.toLowerCase());
    if (items.length === 0)
        throw errors_js_1.InputError.invalid(name, raw, expected);
    for (const i of items)
        if (!exports.SCANNERS.includes(i))
            throw errors_js_1.InputError.invalid(name, raw, expected);
    return exports.SCANNERS.filter((s) => items.includes(s));
}
const IMAGE_REF = /^[A-Za-z0-9][A-Za-z0-9._\-/:@+]{0,511}$/;
const CATEGORY = /^[A-Za-z0-9][A-Za-z0-9._\-/:@+]{0,199}$/;
function existing(name, raw, base, want) {
    const abs = (0, node_path_1.resolve)(base, raw);
    const ok = (0, node_fs_1.existsSync)(abs) && (want === 'any' || (0, node_fs_1.statSync)(abs).isFile());
    if (!ok)
        throw errors_js_1.InputError.invalid(name, raw, `an existing ${want === 'file' ? 'file' : 'file or directory'} (relative to ${base})`);
    return abs;
}
/** The repository path of an image reference, without tag or digest: a category that stays put across builds. */
function stableImageName(ref) {
    let r = ref;
    const at = r.indexOf('@');
    if (at >= 0)
        r = r.slice(0, at);
    const slash = r.lastIndexOf('/');
    const colon = r.lastIndexOf(':');
    if (colon > slash)
        r = r.slice(0, colon);
    return r;
}
function slug(text) {
    return (text
        .replace(/[^A-Za-z0-9._-]+/g, '_')
        .replace(/^_+|_+$/g, '')
        .slice(0, 120) || 'scan');
}
const DEFAULT_IGNORE_FILES = ['.trivyignore.yaml', '.trivyignore.yml', '.trivyignore'];
function readTrivyScanSettings(inputs, workspace, env) {
    const scanType = inputs.enum('scan-type', exports.SCAN_TYPES, 'image');
    let imageRef;
    let imageTarball;
    if (scanType === 'image') {
        const ref = inputs.string('image-ref');
        const tar = inputs.string('image-tarball');
        if (ref && tar) {
            throw new errors_js_1.InputError('image-ref', "Inputs 'image-ref' and 'image-tarball' exclude each other: give one.");
        }
        if (!ref && !tar) {
            throw errors_js_1.InputError.required('image-ref', "scan-type image needs 'image-ref' (such as ghcr.io/acme/app:1.2.3) or 'image-tarball' (a docker save archive)");
        }
        if (ref) {
            if (!IMAGE_REF.test(ref)) {
                throw errors_js_1.InputError.invalid('image-ref', ref, 'an image reference such as ghcr.io/acme/app:1.2.3 or app@sha256:…');
            }
            imageRef = ref;
        }
        else {
            imageTarball = existing('image-tarball', tar, workspace, 'file');
        }
    }
    else {
        for (const n of ['image-ref', 'image-tarball']) {
            if (inputs.has(n))
                throw new errors_js_1.InputError(n, `Input '${n}' applies to scan-type image only; scan-type is ${scanType}.`);
        }
    }
    const path = existing('path', inputs.string('path', { default: '.' }), workspace, 'any');
    const rel = (0, node_path_1.relative)(workspace, path);
    const pathInWorkspace = rel.startsWith('..') || (0, node_path_1.isAbsolute)(rel) ? undefined : rel.split(node_path_1.sep).join('/');
    let scanners;
    if (scanType === 'config') {
        if (inputs.has('scanners')) {
            throw new errors_js_1.InputError('scanners', "Input 'scanners' does not apply to scan-type config (it checks misconfigurations only).");
        }
        scanners = ['misconfig'];
    }
    else {
        scanners = inputs.has('scanners')
            ? parseScanners('scanners', inputs.raw('scanners'))
            : ['vuln', 'secret'];
    }
    let ignoreFile;
    let ignoreFileSource = 'none';
    if (inputs.has('ignore-file')) {
        ignoreFile = existing('ignore-file', inputs.raw('ignore-file'), workspace, 'file');
        ignoreFileSource = 'input';
    }
    else {
        const found = DEFAULT_IGNORE_FILES.map((f) => (0, node_path_1.join)(workspace, f)).find((f) => (0, node_fs_1.existsSync)(f));
        if (found) {
            ignoreFile = found;
            ignoreFileSource = 'found';
        }
    }
    const versionRaw = inputs.string('trivy-version', { default: known_releases_js_1.DEFAULT_TRIVY_VERSION });
    const trivyVersion = versionRaw === 'path' ? 'path' : (0, versions_js_1.parseTrivyVersion)('trivy-version', versionRaw);
    const trivySha256 = inputs.has('trivy-sha256')
        ? (0, versions_js_1.parseSha256)('trivy-sha256', inputs.raw('trivy-sha256'))
        : undefined;
    if (trivyVersion === 'path' && trivySha256) {
        throw new errors_js_1.InputError('trivy-sha256', "Input 'trivy-sha256' verifies a downloaded release; it does not apply to 'trivy-version: path'.");
    }
    const releaseUrl = inputs.string('trivy-release-url', { default: versions_js_1.DEFAULT_RELEASE_URL });
    if (!/^https?:\/\/[^\s/]+(\/[^\s]*)?$/.test(releaseUrl)) {
        throw errors_js_1.InputError.invalid('trivy-release-url', releaseUrl, 'an http(s) URL under which v<version>/<archive> is served');
    }
    const home = env.HOME || env.USERPROFILE || (0, node_os_1.homedir)();
    const cacheDir = (0, node_path_1.resolve)(workspace, inputs.string('cache-dir', { default: (0, node_path_1.join)(home, '.cache', 'trivy') }));
    const toolCache = env.RUNNER_TOOL_CACHE || (0, node_path_1.join)(home, '.cache', 'keelson', 'tool-cache');
    const runnerTemp = env.RUNNER_TEMP || (0, node_os_1.tmpdir)();
    const dbRepositories = parseRepositories('db-repositories', inputs.list('db-repositories', exports.DEFAULT_DB_REPOSITORIES));
    const javaDbRepositories = parseRepositories('java-db-repositories', inputs.list('java-db-repositories', exports.DEFAULT_JAVA_DB_REPOSITORIES));
    const target = scanType === 'image'
        ? imageRef
            ? stableImageName(imageRef)
            : (0, node_path_1.basename)(imageTarball).replace(/\.(tar|tar\.gz|tgz)$/, '')
        : (pathInWorkspace ?? path) || '.';
    const category = inputs.string('sarif-category', { default: `trivy-${scanType}:${target}` });
    if (!CATEGORY.test(category)) {
        throw errors_js_1.InputError.invalid('sarif-category', category, 'up to 200 characters from A-Z a-z 0-9 . _ - / : @ +');
    }
    return {
        scanType,
        imageRef,
        imageTarball,
        path,
        pathInWorkspace,
        scanners,
        failOn: parseSeverities('fail-on', inputs.string('fail-on', { default: 'CRITICAL,HIGH' })),
        ignoreUnfixed: inputs.boolean('ignore-unfixed', false),
        ignoreFile,
        ignoreFileSource,
        gateKinds: inputs.has('gate-kinds') ? parseKinds('gate-kinds', inputs.raw('gate-kinds')) : [...report_js_1.KINDS],
        allowEmpty: inputs.boolean('allow-empty', false),
        trivyVersion,
        trivySha256,
        releaseUrl,
        cacheDir,
        toolCache,
        dbRepositories,
        javaDbRepositories,
        skipDbUpdate: inputs.boolean('skip-db-update', false),
        timeoutMs: inputs.duration('timeout', '10m', { min: 10_000, max: 6 * 3_600_000 }),
        category,
        outputDir: (0, node_path_1.resolve)(workspace, inputs.string('output-dir', { default: (0, node_path_1.join)(runnerTemp, 'keelson-trivy') })),
        summary: inputs.boolean('summary', true),
        registryUsername: inputs.string('registry-username'),
        registryPassword: inputs.string('registry-password'),
    };
}


/***/ }),

/***/ 52295:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.DEFAULT_RELEASE_URL = void 0;
exports.parseTrivyVersion = parseTrivyVersion;
exports.parseSha256 = parseSha256;
exports.compareVersions = compareVersions;
/**
 * Trivy versions and digests as inputs: kept apart from the installer so that parsing inputs loads nothing else.
 */
const errors_js_1 = __webpack_require__(97268);
const known_releases_js_1 = __webpack_require__(36346);
exports.DEFAULT_RELEASE_URL = 'https://github.com/aquasecurity/trivy/releases/download';
const VERSION = /^\d+\.\d+\.\d+$/;
const SHA256 = /^[0-9a-f]{64}$/;
/** `0.69.3` (a leading v is accepted and dropped). */
function parseTrivyVersion(name, raw) {
    const v = raw.replace(/^v/, '');
    if (!VERSION.test(v))
        throw errors_js_1.InputError.invalid(name, raw, "a Trivy release version such as 0.74.0, or 'path'");
    const bad = known_releases_js_1.MALICIOUS_RELEASES[v];
    if (bad) {
        throw new errors_js_1.InputError(name, `Invalid input '${name}': '${raw}'. Trivy ${v} was a malicious release (${bad}); Keelson never installs or runs it. Expected another version, such as 0.74.0.`);
    }
    return v;
}
function parseSha256(name, raw) {
    const v = raw
        .trim()
        .toLowerCase()
        .replace(/^sha256:/, '');
    if (!SHA256.test(v))
        throw errors_js_1.InputError.invalid(name, raw, 'a SHA-256 digest: 64 hexadecimal characters');
    return v;
}
function compareVersions(a, b) {
    const pa = a.split('.').map(Number);
    const pb = b.split('.').map(Number);
    for (let i = 0; i < 3; i++) {
        const d = (pa[i] ?? 0) - (pb[i] ?? 0);
        if (d !== 0)
            return d;
    }
    return 0;
}


/***/ })

};
