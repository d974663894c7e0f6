export const id = 2415;
export const ids = [2415];
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

/***/ 2415:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.command = void 0;
const node_fs_1 = __webpack_require__(73024);
const node_path_1 = __webpack_require__(76760);
const errors_js_1 = __webpack_require__(97268);
const counts_js_1 = __webpack_require__(25758);
const plan_js_1 = __webpack_require__(45297);
const report_js_1 = __webpack_require__(37312);
const sensitive_js_1 = __webpack_require__(8108);
const settings_js_1 = __webpack_require__(62947);
const args_js_1 = __webpack_require__(77593);
const help = `Usage: keelson plan-summary [--format json|markdown] [--label LABEL] [--plan-text FILE] PLAN_JSON

Summarises a Terraform or OpenTofu plan (the output of 'terraform show -json <planfile>', format 1.x) with the
same code as the terraform-plan action. Counting follows Terraform's own "Plan:" line.

  --format json       {add, change, destroy, replace, import, move, forget, read, drift, outputs, errored, changes}
  --format markdown   exactly the PR comment body terraform-plan writes (default)
  --label LABEL       the comment's label (default: root)
  --plan-text FILE    human plan text ('terraform show -no-color <planfile>') to include, as the action does

Values the plan marks sensitive are never printed. Exit status: 0, or 1 when the file is not a plan.`;
exports.command = {
    name: 'plan-summary',
    summary: 'Summarise a Terraform/OpenTofu plan JSON (json counts, or the PR comment as markdown)',
    help,
    async run(argv, io) {
        const args = (0, args_js_1.parseCommandArgs)('plan-summary', argv, {
            format: { type: 'string' },
            label: { type: 'string' },
            'plan-text': { type: 'string' },
        });
        const format = args.inputs.enum('format', ['json', 'markdown'], 'markdown');
        const label = (0, settings_js_1.parseLabel)('label', args.inputs.string('label', { default: 'root' }));
        const textFile = args.inputs.string('plan-text');
        if (args.positionals.length !== 1) {
            throw new errors_js_1.InputError('PLAN_JSON', `Expected one PLAN_JSON file, got ${args.positionals.length}.`);
        }
        const plan = (0, plan_js_1.readPlanFile)((0, node_path_1.resolve)(io.cwd, args.positionals[0]));
        const counts = (0, counts_js_1.countPlan)(plan);
        if (format === 'json') {
            const out = {};
            for (const k of counts_js_1.COUNT_KEYS)
                out[k] = counts[k];
            io.stdout(JSON.stringify(out) + '\n');
            return 0;
        }
        for (const v of (0, sensitive_js_1.collectSensitive)(plan))
            io.masker.add(v);
        let planText;
        if (textFile) {
            try {
                planText = (0, node_fs_1.readFileSync)((0, node_path_1.resolve)(io.cwd, textFile), 'utf8');
            }
            catch {
                throw errors_js_1.InputError.invalid('plan-text', textFile, 'a readable file holding the plan text');
            }
        }
        const manifest = (0, report_js_1.manifestFor)(plan);
        const set = (0, report_js_1.renderComment)({ plan, counts, manifest, label, planText });
        const { body } = (0, report_js_1.assembleComment)(set, (t) => t, []);
        io.stdout(body, [set.marker, set.manifest, manifest.hash, manifest.hash.slice(0, 12)]);
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


/***/ })

};
