export const id = 3576;
export const ids = [3576,3909];
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

/***/ 73576:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.analyzeReport = analyzeReport;
exports.activeIgnore = activeIgnore;
/**
 * Everything Keelson derives from one Trivy JSON report, in one pass over its findings: counts, the gate, the
 * SARIF and the job summary. The action, the CLI (`trivy-summary`, `trivy-sarif`, `trivy-gate`) and anything
 * that wants the scan stage without running Trivy (the demo, on a fixture report) call this.
 */
const gate_js_1 = __webpack_require__(15761);
const ignore_js_1 = __webpack_require__(22292);
const render_js_1 = __webpack_require__(66290);
const report_js_1 = __webpack_require__(4352);
const sarif_js_1 = __webpack_require__(65949);
async function analyzeReport(data, o) {
    const { findings, scanned, meta } = data;
    const summary = (0, report_js_1.summarize)(findings);
    const gate = (0, gate_js_1.evaluateGate)(findings, scanned, o.gate);
    const ignored = new Map(gate.ignored.map((x) => [x.finding, x.entry]));
    const sarif = o.sarif === false
        ? undefined
        : await (0, sarif_js_1.buildSarif)([
            {
                meta,
                findings,
                category: o.category,
                pathPrefix: o.pathPrefix,
                ignoredBy: ignored.size > 0 ? (f) => ignored.get(f) : undefined,
            },
        ], o.sarifLimits);
    const input = {
        title: o.title,
        summary,
        gate,
        findings,
        top: o.top,
        sarifNote: sarif?.note,
        footer: o.footer,
    };
    return {
        findings,
        summary,
        totals: (0, report_js_1.totalsBySeverity)(summary),
        scanned,
        gate,
        sarif,
        markdown: (0, render_js_1.renderSummary)(input),
        headline: (0, render_js_1.headline)(input),
    };
}
/** The ignore entry (active) that covers a finding: for callers building SARIF runs themselves. */
function activeIgnore(o) {
    return (f) => {
        const m = (0, ignore_js_1.matchIgnore)(o.ignore, f, o.now);
        return m && !m.expired ? m.entry : undefined;
    };
}


/***/ }),

/***/ 15761:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.kindLabel = kindLabel;
exports.severityList = severityList;
exports.evaluateGate = evaluateGate;
/**
 * The severity gate: decided from the same findings as the SARIF, never by cutting them. A finding fails the gate
 * when its kind is gated, its severity is in `fail-on`, no active ignore entry covers it, and (with
 * `ignore-unfixed`) a fixed version exists. A scan that looked at nothing fails unless `allow-empty` says so.
 */
const ignore_js_1 = __webpack_require__(22292);
const report_js_1 = __webpack_require__(4352);
const KIND_ONE = {
    vulnerabilities: 'vulnerability',
    misconfigurations: 'misconfiguration',
    secrets: 'secret',
};
function kindLabel(kind, n) {
    return n === 1 ? KIND_ONE[kind] : kind;
}
/** `2 CRITICAL, 1 HIGH` for the given findings (severity order), or '' when none. */
function severityList(findings) {
    const counts = new Map();
    for (const f of findings)
        counts.set(f.severity, (counts.get(f.severity) ?? 0) + 1);
    return report_js_1.SEVERITIES.filter((s) => counts.has(s))
        .map((s) => `${counts.get(s)} ${s}`)
        .join(', ');
}
function evaluateGate(findings, scanned, o) {
    const failOn = new Set(o.failOn);
    const kinds = new Set(o.kinds);
    const failing = [];
    const ignored = [];
    const expiredMatches = [];
    let unfixed = 0;
    for (const f of findings) {
        const m = (0, ignore_js_1.matchIgnore)(o.ignore, f, o.now);
        if (m && !m.expired) {
            ignored.push({ finding: f, entry: m.entry });
            continue;
        }
        if (m?.expired)
            expiredMatches.push({ finding: f, entry: m.entry });
        if (!kinds.has(f.kind) || !failOn.has(f.severity))
            continue;
        if (o.ignoreUnfixed && f.kind === 'vulnerabilities' && !f.fixable) {
            unfixed++;
            continue;
        }
        failing.push(f);
    }
    failing.sort(report_js_1.bySeverity);
    const expired = (0, ignore_js_1.expiredEntries)(o.ignore, o.now);
    const empty = scanned === 0;
    const threshold = o.failOn.length > 0 ? report_js_1.SEVERITIES.filter((s) => failOn.has(s)).join(',') : 'none';
    const gated = [...kinds].join(', ');
    let verdict;
    let reason;
    if (empty && !o.allowEmpty) {
        verdict = 'fail';
        reason =
            'Nothing was scanned: the report has no results (Trivy found no OS packages, lock files, IaC or files to ' +
                "check). Check the image or path, or set 'allow-empty: true' if an empty scan is expected.";
    }
    else if (failing.length > 0) {
        verdict = 'fail';
        const byKind = ['vulnerabilities', 'misconfigurations', 'secrets']
            .map((k) => [k, failing.filter((f) => f.kind === k).length])
            .filter(([, n]) => n > 0)
            .map(([k, n]) => `${n} ${kindLabel(k, n)}`)
            .join(', ');
        reason = `Gate failed: ${severityList(failing)} (${byKind}; fail-on ${threshold}).`;
    }
    else {
        verdict = 'pass';
        const notes = [];
        if (ignored.length)
            notes.push(`${ignored.length} ignored`);
        if (unfixed)
            notes.push(`${unfixed} without a fix`);
        reason =
            o.failOn.length === 0
                ? `Gate passed: fail-on is none (report only)${notes.length ? `; ${notes.join(', ')}` : ''}.`
                : `Gate passed: no ${threshold.split(',').join(' or ')} finding in ${gated}` +
                    `${notes.length ? ` (${notes.join(', ')})` : ''}.`;
    }
    return { verdict, reason, failing, ignored, expired, expiredMatches, unfixed, empty };
}


/***/ }),

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


/***/ })

};
