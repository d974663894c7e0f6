export const id = 3909;
export const ids = [3909];
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


/***/ })

};
