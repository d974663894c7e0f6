export const id = 7242;
export const ids = [7242,4517];
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

/***/ 7242:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.command = void 0;
const node_path_1 = __webpack_require__(76760);
const clock_js_1 = __webpack_require__(84517);
const args_js_1 = __webpack_require__(77593);
const help = `Usage: keelson health-check --checks FILE|YAML [--vars YAML] [--mode until-healthy|watch]
                            [--duration 5m] [--cluster-name NAME --aws-region REGION | --kubeconfig FILE]

Runs the health checks the deploy and health-check actions run (http, dns, tls, tcp, prometheus, kubernetes)
and prints the results table. Exit status 0 when they pass, 1 when one fails.`;
exports.command = {
    name: 'health-check',
    summary: 'Run health checks from YAML and print the results table',
    help,
    async run(argv, io) {
        const args = (0, args_js_1.parseCommandArgs)('health-check', argv, {
            checks: { type: 'string' },
            vars: { type: 'string' },
            mode: { type: 'string' },
            duration: { type: 'string' },
            'cluster-name': { type: 'string' },
            'aws-region': { type: 'string' },
            kubeconfig: { type: 'string' },
            context: { type: 'string' },
        });
        const { readHealthCheckSettings, runHealthChecks } = await Promise.all(/* import() */[__webpack_require__.e(7566), __webpack_require__.e(5802)]).then(__webpack_require__.bind(__webpack_require__, 80574));
        // From a terminal the operator may name any file: the workspace is the working directory, the rest is allowed.
        const settings = readHealthCheckSettings(args.inputs, { workspace: io.cwd, temp: (0, node_path_1.parse)(io.cwd).root });
        const { result, markdown } = await runHealthChecks(settings, {
            clock: clock_js_1.realClock,
            onProbe: (m) => io.stderr(m + '\n'),
        });
        io.stdout(markdown + '\n');
        return result.status === 'passed' ? 0 : 1;
    },
};


/***/ }),

/***/ 84517:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ManualClock = exports.TimerQueue = exports.ScaledClock = exports.realClock = void 0;
exports.abortError = abortError;
function abortError(signal) {
    const reason = signal.reason;
    return reason instanceof Error ? reason : new Error('aborted');
}
function realSleep(ms, signal) {
    return new Promise((resolve, reject) => {
        if (signal?.aborted)
            return reject(abortError(signal));
        const timer = setTimeout(() => {
            signal?.removeEventListener('abort', onAbort);
            resolve();
        }, Math.max(0, ms));
        const onAbort = () => {
            clearTimeout(timer);
            reject(abortError(signal));
        };
        signal?.addEventListener('abort', onAbort, { once: true });
    });
}
/** The wall clock. */
exports.realClock = {
    now: () => Date.now(),
    sleep: realSleep,
};
/**
 * A clock that runs `factor` times faster than the wall clock: `sleep(60_000)` with factor 600 takes 100 ms of
 * real time and `now()` advances by 60 s. Works with real I/O (emulators on loopback), unlike a manual clock.
 */
class ScaledClock {
    factor;
    start;
    realStart = performance.now();
    constructor(factor, start = Date.UTC(2026, 0, 1)) {
        this.factor = factor;
        this.start = start;
        if (!(factor > 0))
            throw new Error(`ScaledClock factor must be > 0, got ${factor}`);
    }
    now() {
        // performance.now() is sub-millisecond: at 100x, Date.now()'s 1 ms steps would be 100 ms jumps.
        return this.start + Math.floor((performance.now() - this.realStart) * this.factor);
    }
    /** Never wakes early in this clock's time (timers may fire a fraction of a millisecond early). */
    async sleep(ms, signal) {
        const until = this.now() + Math.max(0, ms);
        await realSleep(ms / this.factor, signal);
        while (this.now() < until)
            await realSleep(Math.max(0.1, (until - this.now()) / this.factor), signal);
    }
}
exports.ScaledClock = ScaledClock;
/**
 * Sleepers of a clock that moves by itself only when told to (ManualClock, the simulator's VirtualClock):
 * ordered by wake time, then by when they went to sleep; an aborted sleeper leaves the queue at once.
 */
class TimerQueue {
    seq = 0;
    timers = [];
    get length() {
        return this.timers.length;
    }
    /** The earliest wake time, if anyone sleeps. */
    get nextAt() {
        return this.timers[0]?.at;
    }
    /** Resolves when woken at or after `at`; rejects when `signal` aborts first. */
    wait(at, signal) {
        return new Promise((resolve, reject) => {
            if (signal?.aborted)
                return reject(abortError(signal));
            const timer = { at, seq: this.seq++, resolve: () => undefined };
            const onAbort = () => {
                this.timers = this.timers.filter((t) => t !== timer);
                reject(abortError(signal));
            };
            timer.resolve = () => {
                signal?.removeEventListener('abort', onAbort);
                resolve();
            };
            signal?.addEventListener('abort', onAbort, { once: true });
            this.insert(timer);
        });
    }
    /** Wakes the earliest sleeper if it is due by `now`; false when none is. */
    wakeOne(now) {
        const next = this.timers[0];
        if (!next || next.at > now)
            return false;
        this.timers.shift();
        next.resolve();
        return true;
    }
    /** Forgets every sleeper (they never wake). */
    clear() {
        this.timers = [];
    }
    insert(t) {
        let lo = 0;
        let hi = this.timers.length;
        while (lo < hi) {
            const mid = (lo + hi) >> 1;
            const m = this.timers[mid];
            if (m.at < t.at || (m.at === t.at && m.seq < t.seq))
                lo = mid + 1;
            else
                hi = mid;
        }
        this.timers.splice(lo, 0, t);
    }
}
exports.TimerQueue = TimerQueue;
/**
 * A clock that only moves when told to. `advance(ms)` fires every sleeper due by then, in order, letting
 * promise callbacks run between them. For unit tests of pure waiting logic.
 */
class ManualClock {
    current;
    timers = new TimerQueue();
    constructor(start = Date.UTC(2026, 0, 1)) {
        this.current = start;
    }
    now() {
        return this.current;
    }
    /** Number of sleepers waiting. */
    get pending() {
        return this.timers.length;
    }
    sleep(ms, signal) {
        return this.timers.wait(this.current + Math.max(0, ms), signal);
    }
    async advance(ms) {
        const target = this.current + ms;
        for (;;) {
            await flush();
            const at = this.timers.nextAt;
            if (at === undefined || at > target)
                break;
            this.current = at;
            this.timers.wakeOne(at);
        }
        this.current = target;
        await flush();
    }
}
exports.ManualClock = ManualClock;
async function flush() {
    for (let i = 0; i < 10; i++)
        await new Promise((r) => setImmediate(r));
}


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
