export const id = 557;
export const ids = [557];
export const modules = {

/***/ 9253:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.splitCommand = splitCommand;
exports.commandArgv = commandArgv;
const errors_js_1 = __webpack_require__(7268);
const OPERATORS = ['&&', '||', '|', ';', '>', '<', '$(', '`', '&'];
/**
 * Splits a command line into argv the way a POSIX shell tokenises words (quotes and backslashes), with no
 * expansion and no operators: a command that needs pipes or `&&` must say `shell: bash`.
 */
function splitCommand(name, raw) {
    const out = [];
    let cur = '';
    let inWord = false;
    let i = 0;
    const fail = (why) => {
        throw new errors_js_1.InputError(name, `Invalid input '${name}': ${why}.`);
    };
    while (i < raw.length) {
        const ch = raw[i];
        if (ch === "'") {
            const end = raw.indexOf("'", i + 1);
            if (end < 0)
                fail(`unterminated single quote in '${raw}'`);
            cur += raw.slice(i + 1, end);
            inWord = true;
            i = end + 1;
        }
        else if (ch === '"') {
            i++;
            let closed = false;
            while (i < raw.length) {
                const c = raw[i];
                if (c === '\\' && i + 1 < raw.length && '"\\$`'.includes(raw[i + 1])) {
                    cur += raw[i + 1];
                    i += 2;
                }
                else if (c === '"') {
                    closed = true;
                    i++;
                    break;
                }
                else {
                    cur += c;
                    i++;
                }
            }
            if (!closed)
                fail(`unterminated double quote in '${raw}'`);
            inWord = true;
        }
        else if (ch === '\\') {
            if (i + 1 < raw.length) {
                if (raw[i + 1] !== '\n')
                    cur += raw[i + 1];
                inWord = raw[i + 1] !== '\n' || inWord;
            }
            i += 2;
        }
        else if (/\s/.test(ch)) {
            if (inWord)
                out.push(cur);
            cur = '';
            inWord = false;
            i++;
        }
        else {
            const op = OPERATORS.find((o) => raw.startsWith(o, i));
            if (op)
                fail(`'${raw}' uses the shell operator '${op}'. Expected a plain command, or set 'shell: bash' to run it through bash`);
            cur += ch;
            inWord = true;
            i++;
        }
    }
    if (inWord)
        out.push(cur);
    if (out.length === 0)
        fail('the command is empty');
    return out;
}
/** argv for a command: split into words, or run by bash with -e -o pipefail when `shell` is 'bash'. */
function commandArgv(name, raw, shell) {
    if (shell === 'bash')
        return ['bash', '--noprofile', '--norc', '-e', '-o', 'pipefail', '-c', raw];
    return splitCommand(name, raw);
}


/***/ }),

/***/ 766:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.childEnv = childEnv;
exports.run = run;
exports.runChecked = runChecked;
exports.displayArgv = displayArgv;
/**
 * Runs commands as argv arrays (never a shell string built from inputs), captures output, and leaves the exit
 * code to the caller: `run` never throws on a non-zero exit, `runChecked` throws a ToolError naming the command.
 * Everything streamed or kept passes through the masker.
 */
const errors_js_1 = __webpack_require__(7268);
/**
 * Runner variables that carry credentials a child process was not given: every action input (the
 * `github-token` default among them), post-step state, GITHUB_TOKEN, and the runner's own tokens for the
 * cache, artifact and OIDC services.
 */
const WITHHELD = /^(INPUT_.*|STATE_.*|GITHUB_TOKEN|ACTIONS_RUNTIME_TOKEN|ACTIONS_RUNTIME_URL|ACTIONS_RESULTS_URL|ACTIONS_CACHE_URL|ACTIONS_ID_TOKEN_REQUEST_TOKEN|ACTIONS_ID_TOKEN_REQUEST_URL)$/i;
/**
 * The environment for a child process (terraform and its providers, the test command): `env` without the
 * withheld variables, except those named in `pass` (the `pass-env` input).
 */
function childEnv(env, pass = []) {
    const keep = new Set(pass.map((n) => n.toUpperCase()));
    const out = {};
    for (const [k, v] of Object.entries(env)) {
        if (v === undefined)
            continue;
        if (WITHHELD.test(k) && !keep.has(k.toUpperCase()))
            continue;
        out[k] = v;
    }
    return out;
}
async function run(argv, opts = {}) {
    if (argv.length === 0 || !argv[0])
        throw new errors_js_1.ToolError('exec: empty command');
    const { spawn } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 1421, 23));
    const m = opts.masker ?? { mask: (t) => t };
    const max = opts.maxBuffer ?? 64 * 1024 * 1024;
    return new Promise((resolve, reject) => {
        const child = spawn(argv[0], argv.slice(1), {
            cwd: opts.cwd,
            env: childEnv(opts.env ?? process.env, opts.passEnv),
            shell: false,
            stdio: ['pipe', 'pipe', 'pipe'],
            signal: opts.signal,
        });
        const out = { stdout: '', stderr: '', truncated: false };
        const collect = (stream) => (buf) => {
            const text = buf.toString('utf8');
            opts.onOutput?.(m.mask(text), stream);
            let next = out[stream] + text;
            if (next.length > max) {
                next = next.slice(next.length - max);
                out.truncated = true;
            }
            out[stream] = next;
        };
        child.stdout.on('data', collect('stdout'));
        child.stderr.on('data', collect('stderr'));
        child.on('error', (err) => {
            if (err.code === 'ENOENT') {
                reject(new errors_js_1.ToolError(`Command not found: '${argv[0]}'. Install it or put it on PATH.`));
            }
            else if (err.name === 'AbortError') {
                reject(new errors_js_1.ToolError(`Command '${argv[0]}' was cancelled.`));
            }
            else {
                reject(err);
            }
        });
        child.on('close', (code, signal) => {
            resolve({
                argv: [...argv],
                exitCode: code ?? 128,
                signal: signal ?? undefined,
                stdout: m.mask(out.stdout),
                stderr: m.mask(out.stderr),
                truncated: out.truncated,
            });
        });
        child.stdin.on('error', () => undefined);
        child.stdin.end(opts.input ?? '');
    });
}
/** Like run, but a non-zero exit (outside `okCodes`) is a ToolError with the command and its last stderr lines. */
async function runChecked(argv, opts = {}) {
    const result = await run(argv, opts);
    const ok = opts.okCodes ?? [0];
    if (!ok.includes(result.exitCode)) {
        const tail = (result.stderr.trim() || result.stdout.trim()).split('\n').slice(-10).join('\n');
        throw new errors_js_1.ToolError(`'${displayArgv(argv)}' failed with exit code ${result.exitCode}${result.signal ? ` (${result.signal})` : ''}` +
            (tail ? `:\n${tail}` : ''));
    }
    return result;
}
/** For logs only: quotes arguments with spaces (printing masks secrets). */
function displayArgv(argv) {
    return argv.map((a) => (/^[\w@%+=:,./-]+$/.test(a) ? a : JSON.stringify(a))).join(' ');
}


/***/ }),

/***/ 8190:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.excerptLines = excerptLines;
exports.headline = headline;
exports.formatSeconds = formatSeconds;
exports.caseTitle = caseTitle;
exports.renderMarkdown = renderMarkdown;
exports.locate = locate;
exports.annotations = annotations;
const summary_js_1 = __webpack_require__(1119);
const node_fs_1 = __webpack_require__(3024);
const node_path_1 = __webpack_require__(6760);
const HEAD_LINES = 6;
const TAIL_LINES = 6;
/** Lines that say what was expected: pytest's `E` lines, assertion errors, jest's Expected/Received. */
const ASSERTION = /^\s*(E\s|>\s|AssertionError|assert\b|Expected\b|Received\b|expected\b|Error:)/;
/**
 * The head and the tail of a long message or stack, and every assertion line in between (pytest writes the
 * assertion at the bottom of its traceback), with "… N more lines" where lines were left out.
 */
function excerptLines(lines, head = HEAD_LINES, tail = TAIL_LINES) {
    if (lines.length <= head + tail + 1)
        return [...lines];
    const keep = new Set();
    for (let i = 0; i < head; i++)
        keep.add(i);
    for (let i = lines.length - tail; i < lines.length; i++)
        keep.add(i);
    let extra = 0;
    for (let i = head; i < lines.length - tail && extra < 20; i++) {
        if (ASSERTION.test(lines[i])) {
            keep.add(i);
            extra++;
        }
    }
    const out = [];
    let skipped = 0;
    for (let i = 0; i < lines.length; i++) {
        if (keep.has(i)) {
            if (skipped > 0)
                out.push(`… ${skipped} more line${skipped === 1 ? '' : 's'}`);
            skipped = 0;
            out.push(lines[i]);
        }
        else
            skipped++;
    }
    if (skipped > 0)
        out.push(`… ${skipped} more line${skipped === 1 ? '' : 's'}`);
    return out;
}
function headline(t, name) {
    const icon = t.failed > 0 ? '❌' : t.total === 0 ? '⚠️' : '✅';
    const parts = [`${t.passed} passed`, `${t.failed} failed`];
    if (t.skipped)
        parts.push(`${t.skipped} skipped`);
    if (t.flaky)
        parts.push(`${t.flaky} flaky`);
    return `${icon} ${name}: ${parts.join(', ')} (${t.total} total, ${formatSeconds(t.durationSeconds)})`;
}
function formatSeconds(s) {
    if (s < 1)
        return `${Math.round(s * 1000)}ms`;
    if (s < 60)
        return `${s.toFixed(1)}s`;
    const m = Math.floor(s / 60);
    return `${m}m${Math.round(s - m * 60)}s`;
}
function caseTitle(c) {
    const scope = c.classname && c.classname !== c.suite ? c.classname : c.suite;
    // jest-junit's default writes the same "describe title" as classname and name: say it once.
    if (scope && scope === c.name)
        return c.suite && c.suite !== c.name ? `${c.suite} › ${c.name}` : c.name;
    return scope ? `${scope} › ${c.name}` : c.name;
}
function failureBlock(c) {
    const lines = [];
    lines.push(`<details><summary>${c.error ? '💥' : '❌'} ${(0, summary_js_1.cell)(caseTitle(c))}</summary>`, '');
    if (c.message)
        lines.push(`**${(0, summary_js_1.cell)(c.message.split('\n')[0] ?? '')}**`, '');
    if (c.details)
        lines.push((0, summary_js_1.codeBlock)(excerptLines(c.details.split('\n')).join('\n')));
    lines.push(`<sub>${(0, summary_js_1.cell)(c.report)}${c.file ? ` · ${(0, summary_js_1.cell)(c.file)}${c.line ? `:${c.line}` : ''}` : ''}</sub>`, '', '</details>');
    return lines.join('\n');
}
/** The job summary body: headline, totals table, failures first, then flaky and per-report counts. */
function renderMarkdown(reports, t, name, limit = summary_js_1.SUMMARY_LIMIT) {
    const out = [];
    out.push(`### ${headline(t, name)}`, '');
    out.push((0, summary_js_1.table)(['Total', 'Passed', 'Failed', 'Errors', 'Skipped', 'Flaky', 'Duration'], [[t.total, t.passed, t.failed, t.errors, t.skipped, t.flaky, formatSeconds(t.durationSeconds)]]), '');
    const failed = reports.flatMap((r) => r.cases.filter((c) => c.status === 'failed'));
    if (failed.length > 0) {
        out.push(`#### Failures (${failed.length})`, '');
        for (const c of failed)
            out.push(failureBlock(c), '');
    }
    const flaky = reports.flatMap((r) => r.cases.filter((c) => c.flaky));
    if (flaky.length > 0) {
        out.push(`#### Flaky: passed on retry (${flaky.length})`, '');
        for (const c of flaky)
            out.push(`- ${(0, summary_js_1.cell)(caseTitle(c))}`);
        out.push('');
    }
    if (reports.length > 0) {
        out.push('<details><summary>Reports</summary>', '');
        out.push((0, summary_js_1.table)(['Report', 'Tests', 'Failed', 'Skipped'], reports.map((r) => {
            const failedCount = r.cases.filter((c) => c.status === 'failed').length;
            const skipped = r.cases.filter((c) => c.status === 'skipped').length;
            return [`\`${(0, summary_js_1.cell)(r.path)}\``, r.cases.length, failedCount, skipped];
        })), '', '</details>');
    }
    return (0, summary_js_1.cutMarkdown)(out.join('\n') + '\n', limit, {
        measure: 'bytes',
        note: (cut) => `\n> [!NOTE]\n> Summary cut to fit GitHub's 1 MiB limit: ${cut} bytes of failure details left out; see the step log.\n`,
    }).text;
}
const STACK_REF = /(?:^|[\s(@])((?:[A-Za-z]:)?[\w./\\~-]*\.[A-Za-z]{1,8}):(\d+)(?::(\d+))?/gm;
/**
 * Where a failure points into the workspace: the report's file/line attributes, else the first stack frame
 * whose file exists under the workspace (node_modules excluded).
 */
function locate(c, workspace, baseDir) {
    const inWorkspace = (p) => {
        const norm = p.replace(/\\/g, '/');
        for (const base of [baseDir, workspace]) {
            const abs = (0, node_path_1.isAbsolute)(norm) ? norm : (0, node_path_1.resolve)(base, norm);
            const rel = (0, node_path_1.relative)(workspace, abs);
            if (rel.startsWith('..') || (0, node_path_1.isAbsolute)(rel) || rel.split(node_path_1.sep).includes('node_modules'))
                continue;
            if ((0, node_fs_1.existsSync)(abs))
                return rel.split(node_path_1.sep).join('/');
        }
        return undefined;
    };
    if (c.file) {
        const f = inWorkspace(c.file);
        if (f)
            return { file: f, line: c.line ?? lineFromStack(c, f) };
    }
    const text = `${c.details ?? ''}\n${c.message ?? ''}`;
    for (const m of text.matchAll(STACK_REF)) {
        const f = inWorkspace(m[1]);
        if (f)
            return { file: f, line: Number(m[2]) };
    }
    return undefined;
}
function lineFromStack(c, file) {
    const text = c.details ?? '';
    for (const m of text.matchAll(STACK_REF)) {
        if (m[1].replace(/\\/g, '/').endsWith(file))
            return Number(m[2]);
    }
    return undefined;
}
/** One error annotation per failed test, up to `max`; the rest are counted in a final notice by the caller. */
function annotations(reports, workspace, baseDir, max) {
    const out = [];
    for (const r of reports) {
        for (const c of r.cases) {
            if (c.status !== 'failed')
                continue;
            if (out.length >= max)
                return out;
            const where = locate(c, workspace, baseDir);
            const body = [c.message, ...excerptLines((c.details ?? '').split('\n'), 4, 4)]
                .filter((x) => !!x)
                .filter((x, i, a) => a.indexOf(x) === i)
                .join('\n');
            out.push({
                level: 'error',
                message: body || 'Test failed',
                props: { title: caseTitle(c), ...(where ? { file: where.file, startLine: where.line } : {}) },
            });
        }
    }
    return out;
}


/***/ }),

/***/ 7617:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.totals = totals;
function totals(cases) {
    const t = { total: 0, passed: 0, failed: 0, errors: 0, skipped: 0, flaky: 0, durationSeconds: 0 };
    let ms = 0;
    for (const c of cases) {
        t.total++;
        t[c.status]++;
        if (c.error)
            t.errors++;
        if (c.flaky)
            t.flaky++;
        ms += c.seconds * 1000;
    }
    t.durationSeconds = Math.round(ms) / 1000;
    return t;
}


/***/ }),

/***/ 1119:
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

/***/ 4557:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

var __webpack_unused_export__;

__webpack_unused_export__ = ({ value: true });
exports.runTests = runTests;
/**
 * The `test` action's logic, shared with `keelson demo`: run the command (keeping its exit code), read every
 * JUnit report, count, render, and decide. Pure of the runner: returns what to print; the caller prints.
 */
const node_fs_1 = __webpack_require__(3024);
const argv_js_1 = __webpack_require__(9253);
const errors_js_1 = __webpack_require__(7268);
const exec_js_1 = __webpack_require__(766);
const collect_js_1 = __webpack_require__(5478);
const render_js_1 = __webpack_require__(8190);
const totals_js_1 = __webpack_require__(7617);
async function runTests(s, opts) {
    if (!(0, node_fs_1.existsSync)(s.workingDirectory) || !(0, node_fs_1.statSync)(s.workingDirectory).isDirectory()) {
        throw new errors_js_1.InputError('working-directory', `Invalid input 'working-directory': '${s.workingDirectory}' is not a directory.`);
    }
    let exitCode;
    const argv = s.command ? (0, argv_js_1.commandArgv)('command', s.command, s.shell) : undefined;
    if (argv) {
        const result = await (0, exec_js_1.run)(argv, {
            cwd: s.workingDirectory,
            env: opts.env,
            passEnv: s.passEnv,
            onOutput: opts.onOutput ? (chunk) => opts.onOutput?.(chunk) : undefined,
            maxBuffer: 1024 * 1024,
        });
        exitCode = result.exitCode;
    }
    const files = await (0, collect_js_1.findReports)(s.reports, s.workingDirectory);
    const warnings = [];
    const reports = await (0, collect_js_1.readReports)(files, s.workingDirectory);
    const t = (0, totals_js_1.totals)(reports.flatMap((r) => r.cases));
    const anns = (0, render_js_1.annotations)(reports, opts.workspace, s.workingDirectory, s.maxAnnotations);
    const outcome = {
        exitCode,
        reports,
        totals: t,
        markdown: (0, render_js_1.renderMarkdown)(reports, t, s.name),
        headline: (0, render_js_1.headline)(t, s.name),
        annotations: anns,
        annotationsOmitted: Math.max(0, t.failed - anns.length),
        failure: undefined,
        warnings,
    };
    const globs = s.reports.join(', ');
    if (files.length === 0) {
        const msg = `No JUnit report matched ${globs} under ${s.workingDirectory}.`;
        if (s.failOnEmpty)
            outcome.failure = new errors_js_1.InputError('reports', msg);
        else
            warnings.push(msg);
    }
    else if (t.total === 0) {
        const msg = `The ${files.length} report(s) matched by ${globs} contain no test cases.`;
        if (s.failOnEmpty)
            outcome.failure = new errors_js_1.PolicyError(msg);
        else
            warnings.push(msg);
    }
    if (!outcome.failure && t.failed > 0 && s.failOnFailure) {
        outcome.failure = new errors_js_1.PolicyError(`${t.failed} of ${t.total} tests failed${t.errors ? ` (${t.errors} with errors)` : ''}.`);
    }
    if (!outcome.failure && exitCode !== undefined && exitCode !== 0) {
        // A runner that exits non-zero because tests failed is fine when fail-on-failure is off; any other
        // non-zero exit (crash, compile error, no tests run) fails the step.
        if (!(t.failed > 0 && !s.failOnFailure)) {
            outcome.failure = new errors_js_1.PolicyError(`The command exited with code ${exitCode}${t.failed === 0 ? ' although no test failed' : ''}.`);
        }
    }
    return outcome;
}


/***/ })

};
