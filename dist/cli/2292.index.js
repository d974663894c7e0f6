export const id = 2292;
export const ids = [2292,4352,1971,9590];
export const modules = {

/***/ 22292:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.globToRegExp = globToRegExp;
exports.parsePurl = parsePurl;
exports.parseIgnoreText = parseIgnoreText;
exports.parseIgnoreYaml = parseIgnoreYaml;
exports.parseIgnoreFile = parseIgnoreFile;
exports.matchIgnore = matchIgnore;
exports.expiredEntries = expiredEntries;
/**
 * Ignore files, read by Keelson (Trivy itself is run with its ignore file switched off, so the JSON and the SARIF
 * keep every finding and only the gate skips ignored ones).
 *
 * Two forms, both compatible with Trivy's own:
 *  - `.trivyignore`: one id per line, `exp:YYYY-MM-DD` to expire, `#` comments; Keelson also reads the text after
 *    a `#` on an entry's line as its reason. Applies to every kind.
 *  - YAML (`.yaml`/`.yml`): `vulnerabilities:`, `misconfigurations:`, `secrets:` lists of `{id, paths, purls,
 *    expires (or expired_at), reason (or statement)}`.
 * An entry expires at 00:00 UTC of its date, as in Trivy. Expired entries stop ignoring and are reported; a date
 * Keelson cannot read is an error naming the file and line (Trivy only warns and drops the entry).
 */
const errors_js_1 = __webpack_require__(97268);
const report_js_1 = __webpack_require__(4352);
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
function parseDate(text) {
    const m = DATE.exec(text);
    if (!m)
        return undefined;
    const at = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
    const d = new Date(at);
    // Reject dates that roll over (2026-02-30).
    if (d.getUTCFullYear() !== Number(m[1]) ||
        d.getUTCMonth() !== Number(m[2]) - 1 ||
        d.getUTCDate() !== Number(m[3]))
        return undefined;
    return at;
}
function bad(input, file, where, why) {
    return new errors_js_1.InputError(input, `Invalid ignore file '${file}' (${where}): ${why}.`);
}
/** Glob → RegExp with doublestar semantics: `**` crosses directories, `*` and `?` do not; `{a,b}`, `[abc]`. */
function globToRegExp(glob) {
    let re = '';
    let depth = 0;
    for (let i = 0; i < glob.length; i++) {
        const c = glob[i];
        if (c === '*') {
            if (glob[i + 1] === '*') {
                const before = i === 0 || glob[i - 1] === '/';
                const after = glob[i + 2] === '/' || i + 2 === glob.length;
                i++;
                if (before && glob[i + 1] === '/') {
                    re += '(?:.*/)?';
                    i++;
                }
                else if (before && after) {
                    re += '.*';
                }
                else {
                    re += '[^/]*';
                }
            }
            else {
                re += '[^/]*';
            }
        }
        else if (c === '?') {
            re += '[^/]';
        }
        else if (c === '{') {
            depth++;
            re += '(?:';
        }
        else if (c === '}' && depth > 0) {
            depth--;
            re += ')';
        }
        else if (c === ',' && depth > 0) {
            re += '|';
        }
        else if (c === '[') {
            const end = glob.indexOf(']', i + 1);
            if (end < 0) {
                re += '\\[';
            }
            else {
                let body = glob.slice(i + 1, end);
                if (body.startsWith('!'))
                    body = '^' + body.slice(1);
                re += `[${body.replace(/\\/g, '\\\\')}]`;
                i = end;
            }
        }
        else {
            re += c.replace(/[.+^$()|\\\]]/g, '\\$&');
        }
    }
    if (depth > 0)
        throw new Error(`unclosed '{' in '${glob}'`);
    return new RegExp(`^${re}$`);
}
function parsePurl(text) {
    const m = /^pkg:([A-Za-z.+-][A-Za-z0-9.+-]*)\/([^?#]+?)(?:\?([^#]*))?(?:#.*)?$/.exec(text);
    if (!m)
        return undefined;
    let path = m[2];
    let version = '';
    const at = path.lastIndexOf('@');
    if (at > 0) {
        version = decodeURIComponent(path.slice(at + 1));
        path = path.slice(0, at);
    }
    const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
    const name = parts.pop();
    if (!name)
        return undefined;
    const qualifiers = {};
    for (const pair of (m[3] ?? '').split('&').filter(Boolean)) {
        const eq = pair.indexOf('=');
        if (eq > 0)
            qualifiers[pair.slice(0, eq).toLowerCase()] = decodeURIComponent(pair.slice(eq + 1));
    }
    return { type: m[1].toLowerCase(), namespace: parts.join('/'), name, version, qualifiers };
}
/** A pattern purl matches a package purl when type, namespace and name agree, and version/qualifiers if given. */
function purlMatches(pattern, target) {
    if (pattern.type !== target.type || pattern.namespace !== target.namespace || pattern.name !== target.name)
        return false;
    if (pattern.version && pattern.version !== target.version)
        return false;
    for (const [k, v] of Object.entries(pattern.qualifiers))
        if (target.qualifiers[k] !== v)
            return false;
    return true;
}
function compilePaths(paths, input, file, where) {
    return paths.map((p) => {
        try {
            return globToRegExp(p);
        }
        catch (e) {
            throw bad(input, file, where, (0, errors_js_1.errorMessage)(e));
        }
    });
}
/** `.trivyignore`: `ID [exp:YYYY-MM-DD] [# reason]`. */
function parseIgnoreText(text, file, input = 'ignore-file') {
    const entries = [];
    const lines = text.split(/\r?\n/);
    for (let i = 0; i < lines.length; i++) {
        const raw = lines[i].trim();
        if (raw === '' || raw.startsWith('#'))
            continue;
        const hash = raw.search(/\s#/);
        const body = hash >= 0 ? raw.slice(0, hash).trim() : raw;
        const reason = hash >= 0
            ? raw
                .slice(hash)
                .trim()
                .replace(/^#+\s*/, '')
            : '';
        const fields = body.split(/\s+/);
        const id = fields[0];
        const where = `line ${i + 1}`;
        let expires;
        for (const f of fields.slice(1)) {
            if (!f.startsWith('exp:'))
                continue;
            const t = f.slice(4);
            const at = parseDate(t);
            if (at === undefined)
                throw bad(input, file, where, `'${f}' is not a date; expected exp:YYYY-MM-DD`);
            expires = { text: t, at };
        }
        entries.push({
            kinds: report_js_1.KINDS,
            id,
            paths: [],
            pathMatchers: [],
            purls: [],
            expires,
            reason: reason || undefined,
            where: `${file}:${i + 1}`,
        });
    }
    return { file, entries };
}
const YAML_KINDS = {
    vulnerabilities: 'vulnerabilities',
    misconfigurations: 'misconfigurations',
    secrets: 'secrets',
    licenses: null,
};
const ENTRY_KEYS = ['id', 'paths', 'purls', 'expires', 'expired_at', 'reason', 'statement'];
function dateText(v) {
    if (v instanceof Date)
        return v.toISOString().slice(0, 10);
    if (typeof v === 'string')
        return v.trim();
    return undefined;
}
function stringList(v) {
    if (v === undefined || v === null)
        return [];
    if (!Array.isArray(v) || v.some((x) => typeof x !== 'string' || x === ''))
        return undefined;
    return v;
}
/** The YAML form (Trivy's `.trivyignore.yaml`, with `expires`/`reason` accepted beside `expired_at`/`statement`). */
async function parseIgnoreYaml(text, file, input = 'ignore-file') {
    const { parse } = await __webpack_require__.e(/* import() */ 8815).then(__webpack_require__.t.bind(__webpack_require__, 38815, 19));
    let doc;
    try {
        doc = parse(text);
    }
    catch (e) {
        throw bad(input, file, 'YAML', (0, errors_js_1.errorMessage)(e).split('\n')[0]);
    }
    const entries = [];
    if (doc === null || doc === undefined)
        return { file, entries };
    if (typeof doc !== 'object' || Array.isArray(doc)) {
        throw bad(input, file, 'top level', 'expected a mapping with vulnerabilities, misconfigurations, secrets');
    }
    for (const [key, list] of Object.entries(doc)) {
        if (!(key in YAML_KINDS)) {
            throw bad(input, file, key, `unknown section; expected ${Object.keys(YAML_KINDS).join(', ')}`);
        }
        const kind = YAML_KINDS[key];
        if (list === null || list === undefined)
            continue;
        if (!Array.isArray(list))
            throw bad(input, file, key, 'expected a list of entries with an id');
        list.forEach((item, i) => {
            const where = `${key}[${i}]`;
            if (typeof item !== 'object' || item === null || Array.isArray(item)) {
                throw bad(input, file, where, 'expected a mapping with an id');
            }
            const e = item;
            for (const k of Object.keys(e)) {
                if (!ENTRY_KEYS.includes(k))
                    throw bad(input, file, where, `unknown key '${k}'; expected ${ENTRY_KEYS.join(', ')}`);
            }
            if (typeof e.id !== 'string' || e.id.trim() === '')
                throw bad(input, file, where, 'id is missing');
            const paths = stringList(e.paths);
            if (!paths)
                throw bad(input, file, where, 'paths must be a list of glob patterns');
            const purlTexts = stringList(e.purls);
            if (!purlTexts)
                throw bad(input, file, where, 'purls must be a list of package URLs');
            const purls = purlTexts.map((p) => {
                const parsed = parsePurl(p);
                if (!parsed)
                    throw bad(input, file, where, `'${p}' is not a package URL (pkg:type/namespace/name@version)`);
                return parsed;
            });
            const rawDate = e.expires ?? e.expired_at;
            let expires;
            if (rawDate !== undefined && rawDate !== null) {
                const t = dateText(rawDate);
                const at = t === undefined ? undefined : parseDate(t.slice(0, 10));
                if (t === undefined || at === undefined) {
                    throw bad(input, file, where, `expires '${String(rawDate)}' is not a date; expected YYYY-MM-DD`);
                }
                expires = { text: t.slice(0, 10), at };
            }
            const reason = e.reason ?? e.statement;
            if (reason !== undefined && reason !== null && typeof reason !== 'string') {
                throw bad(input, file, where, 'reason must be text');
            }
            if (!kind)
                return; // licenses: Keelson does not scan licenses; the section is accepted for Trivy files
            entries.push({
                kinds: [kind],
                id: e.id.trim(),
                paths,
                pathMatchers: compilePaths(paths, input, file, where),
                purls,
                expires,
                reason: typeof reason === 'string' && reason.trim() ? reason.trim() : undefined,
                where: `${file}: ${where}`,
            });
        });
    }
    return { file, entries };
}
async function parseIgnoreFile(text, file, input = 'ignore-file') {
    return /\.ya?ml$/i.test(file) ? parseIgnoreYaml(text, file, input) : parseIgnoreText(text, file, input);
}
function entryMatches(e, f) {
    if (!e.kinds.includes(f.kind))
        return false;
    if (e.id !== f.id && !f.aliases.includes(e.id))
        return false;
    if (e.pathMatchers.length > 0) {
        const candidates = [f.target, f.pkgPath].filter((p) => !!p);
        if (!candidates.some((p) => e.pathMatchers.some((re) => re.test(p))))
            return false;
    }
    if (e.purls.length > 0 && f.purl) {
        const target = parsePurl(f.purl);
        if (target && !e.purls.some((p) => purlMatches(p, target)))
            return false;
    }
    return true;
}
/** The active entry that ignores `f`, else an expired one that would have, else undefined. */
function matchIgnore(rules, f, now) {
    if (!rules)
        return undefined;
    let expired;
    for (const e of rules.entries) {
        if (!entryMatches(e, f))
            continue;
        if (e.expires && e.expires.at <= now) {
            expired ??= e;
            continue;
        }
        return { entry: e, expired: false };
    }
    return expired ? { entry: expired, expired: true } : undefined;
}
/** Entries whose date has passed (listed whether or not they matched anything). */
function expiredEntries(rules, now) {
    return (rules?.entries ?? []).filter((e) => e.expires !== undefined && e.expires.at <= now);
}


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


/***/ })

};
