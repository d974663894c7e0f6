export const id = 9590;
export const ids = [9590,4352,1971];
export const modules = {

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


/***/ })

};
