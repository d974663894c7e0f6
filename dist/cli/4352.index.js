export const id = 4352;
export const ids = [4352];
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
        text = (0, node_fs_1.readFileSync)(file, 'utf8');
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
 * walks 50,000 of them stays monomorphic.
 */
function finding(kind, id, severity, target, resultClass, resultType, o) {
    return {
        kind,
        id,
        aliases: o.aliases ?? NO_ALIASES,
        severity,
        target,
        resultClass,
        resultType,
        title: o.title,
        pkgName: o.pkgName,
        pkgPath: o.pkgPath,
        installedVersion: o.installedVersion,
        fixedVersion: o.fixedVersion,
        purl: o.purl,
        fixable: o.fixable ?? true,
        startLine: o.startLine,
        endLine: o.endLine,
        message: o.message,
        resource: o.resource,
        url: o.url,
        description: o.description,
        cvss: o.cvss,
        checkType: o.checkType,
        resolution: o.resolution,
        category: o.category,
        locations: o.locations,
    };
}
/** Every finding of the report, in report order. */
function findingsOf(report) {
    const out = [];
    for (const r of report.Results ?? []) {
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
            out.push(finding('vulnerabilities', v.VulnerabilityID, severityOf(v.Severity), r.Target, resultClass, resultType, {
                title: v.Title || v.VulnerabilityID,
                pkgName: v.PkgName,
                pkgPath: v.PkgPath,
                installedVersion: v.InstalledVersion,
                fixedVersion: v.FixedVersion || undefined,
                purl: v.PkgIdentifier?.PURL,
                fixable: isFixable(v),
                url: v.PrimaryURL,
                description: v.Description || undefined,
                cvss: cvssOf(v),
                locations,
            }));
        }
        for (const m of r.Misconfigurations ?? []) {
            if (!failedMisconfiguration(m))
                continue;
            out.push(finding('misconfigurations', m.ID, severityOf(m.Severity), r.Target, resultClass, resultType, {
                aliases: m.AVDID && m.AVDID !== m.ID ? [m.AVDID] : NO_ALIASES,
                title: m.Title || m.ID,
                startLine: positive(m.CauseMetadata?.StartLine),
                endLine: positive(m.CauseMetadata?.EndLine),
                message: m.Message,
                resource: m.CauseMetadata?.Resource,
                url: m.PrimaryURL,
                description: m.Description || undefined,
                checkType: m.Type,
                resolution: m.Resolution || undefined,
            }));
        }
        for (const s of r.Secrets ?? []) {
            out.push(finding('secrets', s.RuleID, severityOf(s.Severity), r.Target, resultClass, resultType, {
                title: s.Title || s.RuleID,
                startLine: positive(s.StartLine),
                endLine: positive(s.EndLine),
                message: s.Match,
                category: s.Category,
            }));
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
