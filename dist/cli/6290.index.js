export const id = 6290;
export const ids = [6290,4352,1971,9590,3909];
export const modules = {

/***/ 11119:
/***/ ((__unused_webpack_module, exports) => {


/**
 * Markdown builders with budgets. GitHub rejects a comment over 65,536 characters and a job summary over 1 MiB
 * per step; Keelson cuts at safe boundaries (between lines, closing any open code fence and <details> block)
 * and says what was cut, instead of letting the API call fail.
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.SUMMARY_LIMIT = exports.COMMENT_LIMIT = void 0;
exports.size = size;
exports.cutMarkdown = cutMarkdown;
exports.longestRun = longestRun;
exports.codeBlock = codeBlock;
exports.details = details;
exports.cell = cell;
exports.table = table;
exports.COMMENT_LIMIT = 65_536;
exports.SUMMARY_LIMIT = 1024 * 1024;
function size(text, measure) {
    return measure === 'chars' ? text.length : Buffer.byteLength(text, 'utf8');
}
const FENCE = /^ {0,3}(`{3,}|~{3,})(.*)$/;
function track(line, state) {
    const m = FENCE.exec(line);
    if (state.fence) {
        if (m && m[1][0] === state.fence[0] && m[1].length >= state.fence.length && m[2].trim() === '') {
            state.fence = undefined;
        }
        return;
    }
    if (m) {
        state.fence = m[1];
        return;
    }
    const opens = (line.match(/<details[\s>]/g) ?? []).length;
    const closes = (line.match(/<\/details>/g) ?? []).length;
    state.details = Math.max(0, state.details + opens - closes);
}
function closers(state) {
    let out = '';
    if (state.fence)
        out += state.fence + '\n';
    out += '\n</details>\n'.repeat(state.details);
    return out;
}
/**
 * Cuts `md` to fit `limit`, at a line boundary, closing open fences/<details>, and appends `note(cutUnits)`
 * (default: "… N characters cut"). Returns md unchanged when it fits.
 */
function cutMarkdown(md, limit, opts = {}) {
    const measure = opts.measure ?? 'chars';
    const total = size(md, measure);
    if (total <= limit)
        return { text: md, cut: 0 };
    const note = opts.note ??
        ((cut) => `\n> [!NOTE]\n> Output cut to fit: ${cut} ${measure === 'chars' ? 'characters' : 'bytes'} left out.\n`);
    const reserve = size(note(total), measure) + 64;
    const lines = md.split('\n');
    const state = { details: 0 };
    let used = 0;
    let kept = 0;
    for (const line of lines) {
        const s = size(line, measure) + 1;
        const after = { ...state };
        track(line, after);
        if (used + s + size(closers(after), measure) + reserve > limit)
            break;
        used += s;
        kept++;
        Object.assign(state, after);
        if (!after.fence)
            state.fence = undefined;
    }
    let text = lines.slice(0, kept).join('\n');
    if (kept > 0)
        text += '\n';
    text += closers(state);
    const cut = total - used;
    text += note(cut);
    // A single line longer than the whole budget: cut inside it as a last resort.
    if (size(text, measure) > limit)
        text = text.slice(0, Math.max(0, limit - 1)) + '…';
    return { text, cut };
}
/** The length of the longest run of `ch` in `text` (a loop: no spread over an input-sized array). */
function longestRun(text, ch) {
    let longest = 0;
    let run = 0;
    for (let i = 0; i < text.length; i++) {
        run = text[i] === ch ? run + 1 : 0;
        if (run > longest)
            longest = run;
    }
    return longest;
}
/** A fenced code block whose fence is longer than any backtick run inside `text`. */
function codeBlock(text, lang = '') {
    const fence = '`'.repeat(Math.max(2, longestRun(text, '`')) + 1);
    return `${fence}${lang}\n${text.replace(/\n$/, '')}\n${fence}`;
}
function details(summary, body, open = false) {
    return `<details${open ? ' open' : ''}><summary>${summary}</summary>\n\n${body}\n\n</details>`;
}
/** Escapes a value for a Markdown table cell (pipes, newlines, HTML). */
function cell(value) {
    return String(value)
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/\|/g, '\\|')
        .replace(/\r?\n/g, '<br>');
}
function table(headers, rows) {
    const head = `| ${headers.join(' | ')} |`;
    const sep = `| ${headers.map(() => '---').join(' | ')} |`;
    return [head, sep, ...rows.map((r) => `| ${r.map((c) => String(c)).join(' | ')} |`)].join('\n');
}


/***/ }),

/***/ 66290:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.text = text;
exports.totalsTable = totalsTable;
exports.findingsTable = findingsTable;
exports.headline = headline;
exports.renderSummary = renderSummary;
exports.renderGate = renderGate;
/**
 * Markdown for the job summary and the CLI: totals per kind and severity, the findings that fail the gate (or the
 * top findings when it passes) with package, installed and fixed version, what is ignored and why, and expired
 * ignore entries. Every value that comes from a scanned image or repository (package names, titles, paths) goes
 * through `text()`: it cannot break the table, open a link, or spell a workflow command (`##[`, `::` at a line
 * start), wherever the Markdown ends up being printed.
 */
const summary_js_1 = __webpack_require__(11119);
const report_js_1 = __webpack_require__(4352);
/** Escapes untrusted text for Markdown (tables, inline) and neutralises workflow-command syntax. */
function text(value, max = 120) {
    // Control characters (ESC sequences included) would reach terminals that print the CLI's output.
    // eslint-disable-next-line no-control-regex
    let v = (value ?? '').replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '');
    if (v.length > max)
        v = v.slice(0, max - 1) + '…';
    return (0, summary_js_1.cell)(v).replace(/\[/g, '&#91;').replace(/\]/g, '&#93;').replace(/`/g, '&#96;');
}
const KIND_TITLE = {
    vulnerabilities: 'Vulnerabilities',
    misconfigurations: 'Misconfigurations',
    secrets: 'Secrets',
};
const ICON = { CRITICAL: '🟥', HIGH: '🟧', MEDIUM: '🟨', LOW: '🟦', UNKNOWN: '⬜' };
function totalsTable(summary) {
    const rows = report_js_1.KINDS.map((k) => [
        KIND_TITLE[k],
        ...report_js_1.SEVERITIES.map((s) => summary[k][s]),
        (0, report_js_1.total)(summary[k]),
    ]);
    const sum = { CRITICAL: 0, HIGH: 0, MEDIUM: 0, LOW: 0, UNKNOWN: 0 };
    for (const k of report_js_1.KINDS)
        for (const s of report_js_1.SEVERITIES)
            sum[s] += summary[k][s];
    rows.push(['**Total**', ...report_js_1.SEVERITIES.map((s) => `**${sum[s]}**`), `**${(0, report_js_1.total)(sum)}**`]);
    return (0, summary_js_1.table)(['', ...report_js_1.SEVERITIES, 'Total'], rows);
}
function where(f) {
    const path = f.pkgPath || f.target;
    const line = f.kind !== 'vulnerabilities' && f.startLine ? `:${f.startLine}` : '';
    return text(`${path}${line}`, 80);
}
/** One row per finding: severity, id (linked to its advisory), package/resource, installed, fixed, where. */
function findingsTable(findings) {
    return (0, summary_js_1.table)(['Severity', 'ID', 'Package / check', 'Installed', 'Fixed', 'Where'], findings.map((f) => {
        const id = f.url && /^https:\/\/[A-Za-z0-9._~:/?#@!$&'*+,;=%-]+$/.test(f.url)
            ? `[${text(f.id, 60)}](${f.url})`
            : text(f.id, 60);
        if (f.kind === 'vulnerabilities') {
            const fixed = f.fixedVersion ? `${text(f.fixedVersion, 40)} ✅ fix available` : '— no fix yet';
            return [
                `${ICON[f.severity]} ${f.severity}`,
                id,
                text(f.pkgName, 60),
                text(f.installedVersion, 40),
                fixed,
                where(f),
            ];
        }
        const what = f.kind === 'misconfigurations' ? f.resource || f.title : f.title;
        return [
            `${ICON[f.severity]} ${f.severity}`,
            id,
            text(what, 60),
            '—',
            f.kind === 'secrets' ? 'rotate and remove' : '—',
            where(f),
        ];
    }));
}
function headline(i) {
    const icon = i.gate.verdict === 'fail' ? '❌' : '✅';
    const parts = report_js_1.KINDS.map((k) => `${(0, report_js_1.total)(i.summary[k])} ${k}`);
    return `${icon} ${i.title}: ${parts.join(', ')} — gate ${i.gate.verdict === 'fail' ? 'failed' : 'passed'}`;
}
/** The job summary body. `title` is trusted text (the action builds it from inputs, escaped by the caller). */
function renderSummary(i, limit = summary_js_1.SUMMARY_LIMIT) {
    const top = i.top ?? 25;
    const out = [];
    out.push(`### ${headline(i)}`, '', i.gate.reason.replace(/'/g, '`'), '', totalsTable(i.summary), '');
    const vulns = i.findings.filter((f) => f.kind === 'vulnerabilities');
    const fixable = vulns.filter((f) => f.fixedVersion).length;
    if (vulns.length > 0) {
        out.push(fixable > 0
            ? `🩹 **${fixable} of ${vulns.length} vulnerabilities have a fix available**: upgrading those packages clears them.`
            : `No fix is available yet for any of the ${vulns.length} vulnerabilities.`, '');
    }
    if (i.gate.failing.length > 0) {
        const shown = i.gate.failing.slice(0, top);
        out.push(`#### Failing the gate (${i.gate.failing.length})`, '', findingsTable(shown), '');
        if (i.gate.failing.length > shown.length) {
            out.push(`… and ${i.gate.failing.length - shown.length} more in the JSON report and the SARIF.`, '');
        }
    }
    else if (i.findings.length > 0) {
        const ignored = new Set(i.gate.ignored.map((x) => x.finding));
        const rest = [...i.findings].filter((f) => !ignored.has(f));
        rest.sort((a, b) => report_js_1.SEVERITIES.indexOf(a.severity) - report_js_1.SEVERITIES.indexOf(b.severity));
        if (rest.length > 0) {
            const shown = rest.slice(0, top);
            out.push(`#### Top findings (${shown.length} of ${rest.length}, below the gate)`, '', findingsTable(shown), '');
        }
    }
    if (i.gate.ignored.length > 0) {
        out.push(`#### Ignored (${i.gate.ignored.length})`, '');
        out.push((0, summary_js_1.table)(['Severity', 'ID', 'Package / check', 'Where', 'Reason', 'Until', 'Entry'], i.gate.ignored
            .slice(0, 100)
            .map(({ finding: f, entry: e }) => [
            f.severity,
            text(f.id, 60),
            text(f.kind === 'vulnerabilities' ? f.pkgName : f.resource || f.title, 60),
            where(f),
            e.reason ? text(e.reason, 200) : '_no reason given_',
            e.expires?.text ?? '—',
            text(e.where, 80),
        ])), '');
        if (i.gate.ignored.length > 100)
            out.push(`… and ${i.gate.ignored.length - 100} more.`, '');
    }
    if (i.gate.expired.length > 0) {
        out.push(`#### ⏰ Expired ignore entries (${i.gate.expired.length}): they no longer ignore anything`, '');
        for (const e of i.gate.expired) {
            const n = i.gate.expiredMatches.filter((m) => m.entry === e).length;
            out.push(`- \`${text(e.id, 60)}\` (${text(e.where, 80)}) expired on ${e.expires?.text}` +
                `${e.reason ? ` — ${text(e.reason, 200)}` : ''}${n ? `: ${n} finding${n === 1 ? '' : 's'} count again` : ''}`);
        }
        out.push('');
    }
    if (i.sarifNote)
        out.push(`> [!NOTE]\n> ${i.sarifNote}`, '');
    if (i.footer)
        out.push(`<sub>${i.footer}</sub>`, '');
    return (0, summary_js_1.cutMarkdown)(out.join('\n'), limit, { measure: 'bytes' }).text;
}
/** What the CLI gate prints: the verdict line and the table of what failed. */
function renderGate(gate, top = 1000) {
    const out = [gate.reason];
    if (gate.failing.length > 0) {
        out.push('', findingsTable(gate.failing.slice(0, top)));
        if (gate.failing.length > top)
            out.push('', `… and ${gate.failing.length - top} more.`);
    }
    if (gate.expired.length > 0) {
        out.push('', `Expired ignore entries: ${gate.expired.map((e) => `${text(e.id, 60)} (${text(e.where, 80)}, ${e.expires?.text})`).join(', ')}.`);
    }
    if (gate.ignored.length > 0)
        out.push('', `${gate.ignored.length} finding(s) ignored by the ignore file.`);
    return out.join('\n') + '\n';
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
