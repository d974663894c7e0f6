export const id = 5584;
export const ids = [5584];
export const modules = {

/***/ 77593:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.parseCommandArgs = parseCommandArgs;
exports.fileOrText = fileOrText;
const node_fs_1 = __webpack_require__(73024);
const node_path_1 = __webpack_require__(76760);
const node_util_1 = __webpack_require__(57975);
const errors_js_1 = __webpack_require__(97268);
const inputs_js_1 = __webpack_require__(51662);
/**
 * Flags are parsed into the same `Inputs` the actions use, so `--fail-on-failure maybe` gets the same one-line
 * error as `fail-on-failure: maybe` in a workflow.
 */
function parseCommandArgs(command, argv, spec) {
    let parsed;
    try {
        parsed = (0, node_util_1.parseArgs)({
            args: argv,
            options: { ...spec, help: { type: 'boolean', short: 'h' } },
            allowPositionals: true,
            strict: true,
        });
    }
    catch (e) {
        const msg = (0, errors_js_1.errorMessage)(e)
            .split(/\. (?=[A-Z])/)[0]
            ?.replace(/\.?$/, '.');
        throw new errors_js_1.InputError('argv', `${msg} See 'keelson ${command} --help'.`);
    }
    const flags = parsed.values;
    const inputs = new inputs_js_1.Inputs((name) => {
        const v = flags[name];
        if (v === undefined)
            return '';
        if (Array.isArray(v))
            return v.join('\n');
        return String(v);
    });
    return { inputs, flags, positionals: parsed.positionals, help: flags.help === true };
}
/** A flag that takes a file or the text itself (checks YAML): a one-line value naming a file reads the file. */
function fileOrText(cwd, value) {
    const file = value && !value.includes('\n') ? (0, node_path_1.resolve)(cwd, value) : '';
    return file && (0, node_fs_1.existsSync)(file) ? (0, node_fs_1.readFileSync)(file, 'utf8') : value;
}


/***/ }),

/***/ 75584:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.command = void 0;
const node_path_1 = __webpack_require__(76760);
const errors_js_1 = __webpack_require__(97268);
const collect_js_1 = __webpack_require__(35478);
const totals_js_1 = __webpack_require__(47617);
const render_js_1 = __webpack_require__(18190);
const args_js_1 = __webpack_require__(77593);
const help = `Usage: keelson junit-summary [--format json|markdown] [--name NAME] FILE...

Counts JUnit XML reports from any runner with the same contract as the test action: one <testcase> is one
result; failed if it has <failure> or <error>, else skipped if it has <skipped>, else passed; passed after
<flakyFailure>/<rerunFailure> counts as flaky. Suite-level count attributes are ignored.

  --format json       one object over all files: total, passed, failed, errors, skipped, flaky, durationSeconds
  --format markdown   the job summary body the test action writes (default)
  --name NAME         title used in the markdown headline (default: Tests)

Exit status: 0 when every file parsed (whatever the tests' results), 1 on an unreadable or non-JUnit file.`;
exports.command = {
    name: 'junit-summary',
    summary: 'Count and summarise JUnit XML reports (json or markdown)',
    help,
    async run(argv, io) {
        const args = (0, args_js_1.parseCommandArgs)('junit-summary', argv, {
            format: { type: 'string' },
            name: { type: 'string' },
        });
        const format = args.inputs.enum('format', ['json', 'markdown'], 'markdown');
        const name = args.inputs.string('name', { default: 'Tests' });
        if (args.positionals.length === 0)
            throw new errors_js_1.InputError('FILE', 'Expected at least one JUnit XML file.');
        const files = args.positionals.map((f) => (0, node_path_1.resolve)(io.cwd, f));
        const reports = await (0, collect_js_1.readReports)(files, io.cwd);
        const t = (0, totals_js_1.totals)(reports.flatMap((r) => r.cases));
        if (format === 'json')
            io.stdout(JSON.stringify(t) + '\n');
        else
            io.stdout((0, render_js_1.renderMarkdown)(reports, t, name));
        return 0;
    },
};


/***/ }),

/***/ 51662:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Inputs = void 0;
exports.parseBoolean = parseBoolean;
exports.parseInteger = parseInteger;
exports.parseDuration = parseDuration;
exports.formatDuration = formatDuration;
exports.parsePercentList = parsePercentList;
exports.parseRatio = parseRatio;
exports.parseEnum = parseEnum;
exports.parseList = parseList;
exports.parseMap = parseMap;
exports.parseGlobs = parseGlobs;
exports.confinedPath = confinedPath;
/**
 * One parser per kind of input, shared by every action (INPUT_* env) and by the CLI (flags). A bad value is an
 * InputError that names the input, repeats the value and says what is allowed; nothing falls back silently.
 */
const node_fs_1 = __webpack_require__(73024);
const node_path_1 = __webpack_require__(76760);
const errors_js_1 = __webpack_require__(97268);
const TRUE = ['true', 'True', 'TRUE'];
const FALSE = ['false', 'False', 'FALSE'];
/** YAML 1.2 core schema booleans, as `core.getBooleanInput` accepts. */
function parseBoolean(name, raw) {
    if (TRUE.includes(raw))
        return true;
    if (FALSE.includes(raw))
        return false;
    throw errors_js_1.InputError.invalid(name, raw, 'a boolean: true | True | TRUE | false | False | FALSE');
}
function parseInteger(name, raw, range = {}) {
    const { min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER } = range;
    const expected = `a whole number from ${min} to ${max}`;
    if (!/^[+-]?\d+$/.test(raw))
        throw errors_js_1.InputError.invalid(name, raw, expected);
    const n = Number(raw);
    if (!Number.isSafeInteger(n) || n < min || n > max)
        throw errors_js_1.InputError.invalid(name, raw, expected);
    return n;
}
const UNIT_MS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };
/** `250ms`, `90s`, `5m`, `1h30m`, `0`; units in descending order, each at most once. Returns milliseconds. */
function parseDuration(name, raw, range = {}) {
    const expected = 'a duration such as 90s, 5m or 1h30m (units h, m, s, ms' +
        (range.min !== undefined || range.max !== undefined
            ? `; from ${formatDuration(range.min ?? 0)}${range.max !== undefined ? ` to ${formatDuration(range.max)}` : ''}`
            : '') +
        ')';
    if (raw === '0')
        return checkRange(0);
    const re = /(\d+(?:\.\d+)?)(ms|h|m|s)/gy;
    let total = 0;
    let pos = 0;
    let lastRank = -1;
    const rank = ['h', 'm', 's', 'ms'];
    for (let m = re.exec(raw); m; m = re.exec(raw)) {
        const r = rank.indexOf(m[2]);
        if (r <= lastRank)
            throw errors_js_1.InputError.invalid(name, raw, expected);
        lastRank = r;
        total += Number(m[1]) * UNIT_MS[m[2]];
        pos = re.lastIndex;
    }
    if (pos === 0 || pos !== raw.length)
        throw errors_js_1.InputError.invalid(name, raw, expected);
    return checkRange(Math.round(total));
    function checkRange(ms) {
        if ((range.min !== undefined && ms < range.min) || (range.max !== undefined && ms > range.max)) {
            throw errors_js_1.InputError.invalid(name, raw, expected);
        }
        return ms;
    }
}
function formatDuration(ms) {
    if (ms === 0)
        return '0s';
    const parts = [];
    let rest = ms;
    for (const [unit, size] of [
        ['h', 3_600_000],
        ['m', 60_000],
        ['s', 1000],
    ]) {
        if (rest >= size) {
            parts.push(`${Math.floor(rest / size)}${unit}`);
            rest %= size;
        }
    }
    if (rest > 0)
        parts.push(`${rest}ms`);
    return parts.join('');
}
/** `5,25,50,100`: strictly increasing percentages in 1..100. */
function parsePercentList(name, raw) {
    const expected = 'a comma-separated list of increasing percentages from 1 to 100, such as 5,25,50,100';
    const items = raw.split(',').map((s) => s.trim().replace(/%$/, ''));
    const out = [];
    for (const item of items) {
        if (!/^\d+$/.test(item))
            throw errors_js_1.InputError.invalid(name, raw, expected);
        const n = Number(item);
        if (n < 1 || n > 100 || (out.length > 0 && n <= out[out.length - 1])) {
            throw errors_js_1.InputError.invalid(name, raw, expected);
        }
        out.push(n);
    }
    return out;
}
/** A ratio from 0 to 1: `0.05`, or a percentage `5%`. */
function parseRatio(name, raw) {
    const text = raw.trim();
    const m = /^(\d*\.?\d+)\s*(%?)$/.exec(text);
    const n = m ? Number(m[1]) / (m[2] ? 100 : 1) : NaN;
    if (!Number.isFinite(n) || n < 0 || n > 1) {
        throw errors_js_1.InputError.invalid(name, raw, 'a ratio from 0 to 1 such as 0.05 (or a percentage such as 5%)');
    }
    return n;
}
function parseEnum(name, raw, allowed) {
    if (allowed.includes(raw))
        return raw;
    throw errors_js_1.InputError.invalid(name, raw, `one of: ${allowed.join(' | ')}`);
}
/** Newline- or comma-separated; blanks dropped. `# comments` on their own line are dropped too. */
function parseList(raw, separators = 'newline-or-comma') {
    const splitter = separators === 'newline' ? /\r?\n/ : /\r?\n|,/;
    return raw
        .split(splitter)
        .map((s) => s.trim())
        .filter((s) => s !== '' && !s.startsWith('#'));
}
/** A YAML or JSON mapping (JSON is YAML). Async: the YAML parser is loaded only when a map is given. */
async function parseMap(name, raw) {
    const { parse: parseYaml } = await __webpack_require__.e(/* import() */ 8815).then(__webpack_require__.t.bind(__webpack_require__, 38815, 19));
    const expected = 'a YAML or JSON mapping such as `key: value` lines or {"key": "value"}';
    let value;
    try {
        value = parseYaml(raw);
    }
    catch (e) {
        const why = e instanceof Error ? e.message.split('\n')[0] : String(e);
        throw new errors_js_1.InputError(name, `Invalid input '${name}': not valid YAML (${why}). Expected ${expected}.`);
    }
    if (value === null || value === undefined)
        return {};
    if (typeof value !== 'object' || Array.isArray(value)) {
        // The value is not repeated: a map input can hold secrets (variables, headers).
        const kind = Array.isArray(value) ? 'a list' : `a ${typeof value}`;
        throw new errors_js_1.InputError(name, `Invalid input '${name}': ${kind}, not a mapping. Expected ${expected}.`);
    }
    return value;
}
/** Glob patterns, one per line; `!pattern` excludes. Absolute paths and `..` are refused: globs stay inside. */
function parseGlobs(name, raw) {
    const globs = parseList(raw, 'newline');
    for (const g of globs) {
        const body = g.startsWith('!') ? g.slice(1) : g;
        if (body === '')
            throw errors_js_1.InputError.invalid(name, raw, 'glob patterns such as reports/**/*.xml, one per line');
        if ((0, node_path_1.isAbsolute)(body) || /^[A-Za-z]:/.test(body) || body.split(/[\\/]/).includes('..')) {
            throw errors_js_1.InputError.invalid(name, g, 'glob patterns relative to the working directory, without .. or an absolute path');
        }
    }
    return globs;
}
function inside(path, root) {
    const rel = (0, node_path_1.relative)(root, path);
    return rel === '' || (!rel.startsWith('..') && !(0, node_path_1.isAbsolute)(rel));
}
/** `path`, or the real path of its nearest existing ancestor joined with the rest (symlinks followed). */
function realish(path) {
    let head = path;
    const tail = [];
    while (!(0, node_fs_1.existsSync)(head)) {
        const parent = (0, node_path_1.resolve)(head, '..');
        if (parent === head)
            return path;
        tail.unshift(head.slice(parent.length + (parent.endsWith(node_path_1.sep) ? 0 : 1)));
        head = parent;
    }
    return (0, node_path_1.resolve)((0, node_fs_1.realpathSync)(head), ...tail);
}
/**
 * Resolves a path input against `base` (default: the workspace) and refuses one that leaves the workspace and
 * the runner's temp directory — by `..`, an absolute path, or a symlink — with one line naming the input.
 */
function confinedPath(name, raw, roots, base = roots.workspace) {
    const abs = (0, node_path_1.resolve)(base, raw);
    const allowed = [roots.workspace, ...(roots.temp ? [roots.temp] : [])];
    const real = realish(abs);
    const ok = allowed.some((r) => inside(abs, r) && inside(real, realish(r)));
    if (!ok) {
        throw errors_js_1.InputError.invalid(name, raw, `a path inside the workspace (${roots.workspace})${roots.temp ? ` or the runner's temp directory` : ''}`);
    }
    return abs;
}
/** Typed access to one action's inputs (or one CLI command's flags) with defaults. */
class Inputs {
    source;
    constructor(source) {
        this.source = source;
    }
    raw(name) {
        return this.source(name).trim();
    }
    has(name) {
        return this.raw(name) !== '';
    }
    string(name, opts = {}) {
        const v = this.raw(name);
        if (v !== '')
            return v;
        if (opts.required)
            throw errors_js_1.InputError.required(name, opts.expected);
        return opts.default ?? '';
    }
    boolean(name, fallback) {
        const v = this.raw(name);
        return v === '' ? fallback : parseBoolean(name, v);
    }
    integer(name, fallback, range) {
        const v = this.raw(name);
        return v === '' ? fallback : parseInteger(name, v, range);
    }
    duration(name, fallback, range) {
        const v = this.raw(name);
        return parseDuration(name, v === '' ? fallback : v, range);
    }
    percentList(name, fallback) {
        const v = this.raw(name);
        return parsePercentList(name, v === '' ? fallback : v);
    }
    enum(name, allowed, fallback) {
        const v = this.raw(name);
        return v === '' ? fallback : parseEnum(name, v, allowed);
    }
    list(name, fallback = []) {
        const v = this.raw(name);
        return v === '' ? fallback : parseList(v);
    }
    lines(name, fallback = []) {
        const v = this.raw(name);
        return v === '' ? fallback : parseList(v, 'newline');
    }
    async map(name) {
        const v = this.raw(name);
        return v === '' ? {} : parseMap(name, v);
    }
    /** Environment variable names, comma- or newline-separated. */
    envNames(name) {
        const list = this.list(name);
        for (const n of list) {
            if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(n))
                throw errors_js_1.InputError.invalid(name, n, 'environment variable names such as GITHUB_TOKEN');
        }
        return list;
    }
    globs(name, fallback) {
        const v = this.raw(name);
        return v === '' ? fallback : parseGlobs(name, v);
    }
}
exports.Inputs = Inputs;


/***/ }),

/***/ 35478:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.DEFAULT_REPORT_GLOBS = void 0;
exports.findReports = findReports;
exports.matchesDefault = matchesDefault;
exports.readReports = readReports;
const promises_1 = __webpack_require__(51455);
const node_path_1 = __webpack_require__(76760);
const errors_js_1 = __webpack_require__(97268);
/**
 * Files matching the globs under `cwd` (node_modules and .git excluded; directories starting with a dot are
 * searched only when a pattern names them), absolute and sorted. Node 24's built-in `fs.glob` where it exists
 * (the action's runtime: no glob library to load at start-up), tinyglobby elsewhere, with the same semantics.
 */
async function findReports(globs, cwd) {
    if (sameList(globs, exports.DEFAULT_REPORT_GLOBS))
        return walkDefault(cwd);
    const patterns = globs.filter((g) => !g.startsWith('!'));
    const ignore = [
        '**/node_modules/**',
        '**/.git/**',
        ...globs.filter((g) => g.startsWith('!')).map((g) => g.slice(1)),
    ];
    const nodeGlob = (await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 51455, 23))).glob;
    if (Number(process.versions.node.split('.')[0]) >= 24 && typeof nodeGlob === 'function') {
        const files = new Set();
        for await (const entry of nodeGlob(patterns, { cwd, exclude: ignore, withFileTypes: true })) {
            if (entry.isFile())
                files.add((0, node_path_1.join)(entry.parentPath, entry.name));
        }
        return [...files].sort();
    }
    const { glob } = await __webpack_require__.e(/* import() */ 3382).then(__webpack_require__.bind(__webpack_require__, 73382));
    const files = await glob(patterns, {
        cwd,
        ignore,
        absolute: true,
        onlyFiles: true,
        dot: false,
        followSymbolicLinks: false,
    });
    return files.sort();
}
/**
 * The default report patterns, as the test action declares them (testing/settings.ts keeps the same list for
 * its input parsing; a test holds them equal).
 */
exports.DEFAULT_REPORT_GLOBS = [
    '**/junit*.xml',
    '**/*-junit.xml',
    '**/*.junit.xml',
    '**/TEST-*.xml',
    '**/test-results/**/*.xml',
    '**/test-reports/**/*.xml',
    '**/surefire-reports/*.xml',
    '**/nextest/**/junit.xml',
];
function sameList(a, b) {
    return a.length === b.length && a.every((x, i) => x === b[i]);
}
/** Whether `name` in a directory with path segments `dirs` matches one of DEFAULT_REPORT_GLOBS. */
function matchesDefault(dirs, name) {
    if (!name.endsWith('.xml'))
        return false;
    if (name.startsWith('junit') || name.endsWith('-junit.xml') || name.endsWith('.junit.xml'))
        return true;
    if (name.startsWith('TEST-'))
        return true;
    if (dirs.includes('test-results') || dirs.includes('test-reports'))
        return true;
    if (dirs.at(-1) === 'surefire-reports')
        return true;
    return name === 'junit.xml' && dirs.includes('nextest');
}
/**
 * The default patterns without a glob engine (the common case, and the action's cold start): one walk that
 * never enters node_modules, .git or a directory whose name starts with a dot, and follows no symlink — the
 * same files the patterns find.
 */
async function walkDefault(cwd) {
    const out = [];
    const walk = async (dir, dirs) => {
        let entries;
        try {
            entries = await (0, promises_1.readdir)(dir, { withFileTypes: true });
        }
        catch {
            return;
        }
        for (const e of entries) {
            if (e.isDirectory()) {
                if (e.name === 'node_modules' || e.name.startsWith('.'))
                    continue;
                await walk((0, node_path_1.join)(dir, e.name), [...dirs, e.name]);
            }
            else if (e.isFile() && !e.name.startsWith('.') && matchesDefault(dirs, e.name)) {
                out.push((0, node_path_1.join)(dir, e.name));
            }
        }
    };
    await walk(cwd, []);
    return out.sort();
}
async function readReports(files, cwd) {
    if (files.length === 0)
        return [];
    const { parseJUnit } = await Promise.all(/* import() */[__webpack_require__.e(591), __webpack_require__.e(6527)]).then(__webpack_require__.bind(__webpack_require__, 86527));
    return Promise.all(files.map(async (f) => {
        const name = (0, node_path_1.relative)(cwd, f) || f;
        let xml;
        try {
            xml = await (0, promises_1.readFile)(f, 'utf8');
        }
        catch (e) {
            throw new errors_js_1.InputError('reports', `Cannot read report '${name}': ${e.code ?? String(e)}.`);
        }
        return parseJUnit(xml, name);
    }));
}


/***/ }),

/***/ 18190:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.excerptLines = excerptLines;
exports.headline = headline;
exports.formatSeconds = formatSeconds;
exports.caseTitle = caseTitle;
exports.renderMarkdown = renderMarkdown;
exports.locate = locate;
exports.annotations = annotations;
const summary_js_1 = __webpack_require__(11119);
const node_fs_1 = __webpack_require__(73024);
const node_path_1 = __webpack_require__(76760);
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

/***/ 47617:
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


/***/ })

};
