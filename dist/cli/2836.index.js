export const id = 2836;
export const ids = [2836,1300,4517];
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

/***/ 92836:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.command = void 0;
const node_os_1 = __webpack_require__(48161);
const clock_js_1 = __webpack_require__(84517);
const errors_js_1 = __webpack_require__(97268);
const inputs_js_1 = __webpack_require__(51662);
const settings_js_1 = __webpack_require__(54552);
const args_js_1 = __webpack_require__(77593);
const help = `Usage: keelson migrate [--database-url URL] [--dir migrations] [--dry-run | --status]
                       [--lock-timeout 30s] [--lock-name NAME] [--timeout 30m] [--out-of-order]
                       [--allow-destructive] [--skip-lint] [--format text|json]

Keelson's built-in migrator from a terminal, with the migrate action's code: applies the pending
<version>_<name>.sql files of --dir in order, each in one transaction with its row in the
keelson_schema_migrations ledger (-- keelson:no-transaction files statement by statement), under the
PostgreSQL advisory lock, after the expand–contract lint.

  --database-url URL  postgres://user:password@host:5432/dbname (default: $DATABASE_URL)
  --dir DIR           the migrations folder (default: migrations)
  --dry-run           print what would be applied; change nothing
  --status            print every migration's state (applied, pending, edited, missing)
  --lock-timeout D    how long to wait for another run holding the lock (default 10m)
  --format json       {status, target, applied, pending, pendingBefore, lockWaitMs, lockAcquireMs,
                      durationMs, findings: [{file, line, rule}], error} on stdout

Progress goes to stderr, the result to stdout. Exit status 0, or 1 when a migration fails, the lint
refuses, an applied migration was edited or removed, or the lock is not free in time.`;
exports.command = {
    name: 'migrate',
    summary: "Apply migrations with Keelson's built-in migrator under the advisory lock (--dry-run, --status)",
    help,
    async run(argv, io) {
        const args = (0, args_js_1.parseCommandArgs)('migrate', argv, {
            'database-url': { type: 'string' },
            dir: { type: 'string' },
            'dry-run': { type: 'boolean' },
            status: { type: 'boolean' },
            'lock-timeout': { type: 'string' },
            'lock-name': { type: 'string' },
            timeout: { type: 'string' },
            'out-of-order': { type: 'boolean' },
            'allow-destructive': { type: 'boolean' },
            'skip-lint': { type: 'boolean' },
            format: { type: 'string' },
        });
        const format = args.inputs.enum('format', ['text', 'json'], 'text');
        if (args.positionals.length > 0) {
            throw new errors_js_1.InputError('argv', `Unexpected argument '${args.positionals[0]}'. See 'keelson migrate --help'.`);
        }
        if (args.flags['dry-run'] && args.flags.status) {
            throw new errors_js_1.InputError('status', "Give either '--dry-run' or '--status', not both.");
        }
        const url = args.inputs.raw('database-url') || io.env.DATABASE_URL || '';
        io.masker.add(url);
        const inputs = new inputs_js_1.Inputs((name) => {
            if (name === 'database-url')
                return url;
            if (name === 'lint')
                return args.flags['skip-lint'] ? 'false' : '';
            if (name === 'migrator')
                return 'keelson';
            return [
                'dir',
                'dry-run',
                'lock-timeout',
                'lock-name',
                'timeout',
                'out-of-order',
                'allow-destructive',
            ].includes(name)
                ? args.inputs.raw(name)
                : '';
        });
        const settings = await (0, settings_js_1.readMigrateSettings)(inputs, { workspace: io.cwd, env: io.env });
        const holder = `cli ${(0, node_os_1.userInfo)().username}@${(0, node_os_1.hostname)()} pid ${process.pid}`;
        const base = {
            clock: clock_js_1.realClock,
            workspace: io.cwd,
            holder,
            env: io.env,
            setSecret: (v) => io.masker.add(v),
        };
        const { migrationStatus, runMigrate } = await Promise.all(/* import() */[__webpack_require__.e(8), __webpack_require__.e(1744)]).then(__webpack_require__.bind(__webpack_require__, 91744));
        if (args.flags.status) {
            const { target, rows } = await migrationStatus(settings, base);
            const width = Math.max(4, ...rows.map((r) => r.name.length));
            io.stdout(`${target}\n`);
            for (const r of rows) {
                const at = r.appliedAt ? `  ${r.appliedAt.toISOString().replace(/\.\d{3}Z$/, 'Z')}` : '';
                io.stdout(`${r.name.padEnd(width)}  ${r.state}${at}\n`);
            }
            const count = (state) => rows.filter((r) => r.state === state).length;
            io.stdout(`${count('applied')} applied, ${count('pending')} pending, ${count('edited')} edited, ${count('missing')} missing\n`);
            return count('edited') + count('missing') > 0 ? 1 : 0;
        }
        const { result, error } = await runMigrate(settings, {
            ...base,
            masker: io.masker,
            log: (line) => io.stderr(`${line}\n`),
            warn: (line) => io.stderr(`warning: ${line}\n`),
        });
        const lint = [...result.lint.findings, ...result.lint.allowed];
        for (const f of lint) {
            io.stderr(`${f.file}:${f.line}: ${f.rule}: ${f.allowed !== undefined ? `allowed (${f.allowed})` : f.message}\n`);
        }
        if (format === 'json') {
            io.stdout(JSON.stringify({
                status: result.status,
                target: result.target,
                applied: result.applied.map((a) => a.name),
                pending: result.pending.map((p) => p.name),
                pendingBefore: result.pendingBefore ?? null,
                lockWaitMs: result.lockWaitMs ?? null,
                lockAcquireMs: result.lockAcquireMs === undefined ? null : Math.round(result.lockAcquireMs * 1000) / 1000,
                durationMs: result.durationMs,
                findings: result.lint.findings.map((f) => ({ file: f.file, line: f.line, rule: f.rule })),
                error: result.failure ?? null,
            }) + '\n');
        }
        else if (result.status === 'dry-run') {
            io.stdout(result.pending.length === 0
                ? 'Nothing to apply.\n'
                : result.pending
                    .map((p) => `would apply ${p.display} (${p.transactional ? 'one transaction' : 'no transaction'}, ${p.statements} statement${p.statements === 1 ? '' : 's'})\n`)
                    .join(''));
        }
        else {
            for (const a of result.applied)
                io.stdout(`applied ${a.display} (${(0, inputs_js_1.formatDuration)(Math.round(a.durationMs)) || '0s'})\n`);
            if (result.status === 'up-to-date')
                io.stdout('Up to date: nothing to apply.\n');
        }
        if (error)
            throw error;
        return 0;
    },
};


/***/ }),

/***/ 49253:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.splitCommand = splitCommand;
exports.commandArgv = commandArgv;
const errors_js_1 = __webpack_require__(97268);
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


/***/ }),

/***/ 91300:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.SSL_MODES = void 0;
exports.parseDatabaseUrl = parseDatabaseUrl;
exports.formatDatabaseUrl = formatDatabaseUrl;
exports.describeTarget = describeTarget;
exports.secretsOf = secretsOf;
exports.targetFromSecret = targetFromSecret;
exports.rdsFromHost = rdsFromHost;
/**
 * Where the database is: a `postgres://` URL (the `database-url` input, `--database-url`, DATABASE_URL) or the
 * JSON secret RDS and Secrets Manager rotation write (`username`, `password`, `host`, `port`, `dbname`, …),
 * optionally combined: a URL without credentials plus a secret that holds only `username`/`password` (what
 * RDS-managed master user secrets contain). Nothing here ever puts the password into a message.
 */
const errors_js_1 = __webpack_require__(97268);
exports.SSL_MODES = [
    'disable',
    'allow',
    'prefer',
    'require',
    'verify-ca',
    'verify-full',
];
const EXPECTED_URL = 'a PostgreSQL URL such as postgres://user:password@host:5432/dbname (the value is not shown)';
function bad(input, why) {
    return new errors_js_1.InputError(input, `Invalid input '${input}': ${why}. Expected ${EXPECTED_URL}.`);
}
/** Parses a postgres:// or postgresql:// URL. Errors never repeat the value (it may hold a password). */
function parseDatabaseUrl(input, raw, opts = {}) {
    const value = raw.trim();
    if (!/^postgres(ql)?:\/\//i.test(value)) {
        throw bad(input, /^[a-z][a-z0-9+.-]*:/i.test(value) ? `the scheme is '${value.split(':')[0]}'` : 'not a URL');
    }
    let url;
    try {
        url = new URL(value);
    }
    catch {
        throw bad(input, 'the URL cannot be parsed (percent-encode special characters in the password)');
    }
    const params = url.searchParams;
    let host = decodeURIComponent(url.hostname).replace(/^\[(.*)\]$/, '$1');
    if (!host && params.get('host'))
        host = params.get('host');
    if (!host)
        throw bad(input, 'it names no host');
    const portText = url.port || params.get('port') || '5432';
    if (!/^\d+$/.test(portText) || Number(portText) < 1 || Number(portText) > 65535) {
        throw bad(input, `the port '${portText}' is not a number from 1 to 65535`);
    }
    let database;
    try {
        database = decodeURIComponent(url.pathname.replace(/^\//, '')) || params.get('dbname') || '';
    }
    catch {
        throw bad(input, 'the database name is not valid percent-encoding');
    }
    let user;
    let password;
    try {
        user = decodeURIComponent(url.username) || params.get('user') || '';
        password = url.password ? decodeURIComponent(url.password) : (params.get('password') ?? undefined);
    }
    catch {
        throw bad(input, 'the user or password is not valid percent-encoding');
    }
    if (!database)
        throw bad(input, 'it names no database (the path after the host)');
    if (!user && opts.credentials !== 'optional')
        throw bad(input, 'it names no user');
    const sslmodeRaw = params.get('sslmode') ?? 'prefer';
    if (!exports.SSL_MODES.includes(sslmodeRaw)) {
        throw new errors_js_1.InputError(input, `Invalid input '${input}': sslmode '${sslmodeRaw}' is not one of ${exports.SSL_MODES.join(', ')}.`);
    }
    const timeoutText = params.get('connect_timeout');
    let connectTimeoutMs;
    if (timeoutText !== null) {
        if (!/^\d+$/.test(timeoutText)) {
            throw new errors_js_1.InputError(input, `Invalid input '${input}': connect_timeout '${timeoutText}' is not a whole number of seconds (0 waits indefinitely).`);
        }
        // libpq: 0 waits indefinitely, and 1 second is taken as 2
        connectTimeoutMs = Number(timeoutText) === 0 ? 0 : Math.max(2, Number(timeoutText)) * 1000;
    }
    return {
        host,
        port: Number(portText),
        database,
        user,
        password,
        sslmode: sslmodeRaw,
        sslrootcert: params.get('sslrootcert') ?? undefined,
        ...(connectTimeoutMs !== undefined ? { connectTimeoutMs } : {}),
    };
}
/** `postgres://user:password@host:port/db?sslmode=…` with every part percent-encoded. */
function formatDatabaseUrl(t) {
    const auth = t.user
        ? `${encodeURIComponent(t.user)}${t.password !== undefined ? `:${encodeURIComponent(t.password)}` : ''}@`
        : '';
    const host = t.host.includes(':') ? `[${t.host}]` : t.host;
    const q = new URLSearchParams();
    if (t.sslmode !== 'prefer')
        q.set('sslmode', t.sslmode);
    if (t.sslrootcert)
        q.set('sslrootcert', t.sslrootcert);
    if (t.connectTimeoutMs !== undefined)
        q.set('connect_timeout', String(t.connectTimeoutMs / 1000));
    const query = q.toString();
    return `postgres://${auth}${host}:${t.port}/${encodeURIComponent(t.database)}${query ? `?${query}` : ''}`;
}
/** For logs: `user@host:port/db` — never the password. */
function describeTarget(t) {
    return `${t.user ? `${t.user}@` : ''}${t.host}:${t.port}/${t.database}`;
}
/** Every form the password could be printed in: raw, percent-encoded, and the whole URL. */
function secretsOf(t) {
    if (!t.password)
        return [];
    return [t.password, encodeURIComponent(t.password), formatDatabaseUrl(t)];
}
/**
 * A Secrets Manager SecretString: the RDS JSON form, or a plain postgres:// URL. `base` (a URL without
 * credentials, from `database-url`) supplies what the secret leaves out. Errors name the keys, never values.
 */
function targetFromSecret(input, secretId, secretString, base) {
    const text = secretString.trim();
    if (/^postgres(ql)?:\/\//i.test(text)) {
        const t = parseDatabaseUrl(input, text);
        return base ? { ...t, ...howToConnect(base) } : t;
    }
    let json;
    try {
        json = JSON.parse(text);
    }
    catch {
        throw new errors_js_1.InputError(input, `Secret '${secretId}' is neither JSON nor a postgres:// URL. Expected the JSON RDS writes ` +
            '({"username", "password", "host", "port", "dbname"}) or a URL such as postgres://user:password@host:5432/dbname.');
    }
    if (!json || typeof json !== 'object' || Array.isArray(json)) {
        throw new errors_js_1.InputError(input, `Secret '${secretId}' holds JSON that is not an object. Expected {"username", "password", "host", "port", "dbname"}.`);
    }
    const s = json;
    const str = (v) => typeof v === 'string' && v !== '' ? v : typeof v === 'number' ? String(v) : undefined;
    if (s.engine !== undefined && typeof s.engine === 'string' && !/postgres/i.test(s.engine)) {
        throw new errors_js_1.InputError(input, `Secret '${secretId}' is for engine '${s.engine}'; Keelson migrates PostgreSQL.`);
    }
    const host = str(s.host) ?? base?.host;
    const dbname = str(s.dbname) ?? base?.database;
    const missing = [
        str(s.username) ? '' : 'username',
        str(s.password) ? '' : 'password',
        host ? '' : 'host',
        dbname ? '' : 'dbname',
    ].filter(Boolean);
    if (missing.length > 0) {
        const keys = Object.keys(s).sort();
        throw new errors_js_1.InputError(input, `Secret '${secretId}' has no ${missing.join(', ')} (its keys: ${keys.join(', ') || 'none'}). Expected the JSON RDS ` +
            'writes: {"username", "password", "host", "port", "dbname"}' +
            (missing.every((k) => k === 'host' || k === 'dbname')
                ? "; for a secret with only username and password, give the host and database as 'database-url' " +
                    '(postgres://host:5432/dbname, without credentials).'
                : '.'));
    }
    const portText = str(s.port) ?? (base ? String(base.port) : '5432');
    if (!/^\d+$/.test(portText) || Number(portText) < 1 || Number(portText) > 65535) {
        throw new errors_js_1.InputError(input, `Secret '${secretId}' has a port that is not a number from 1 to 65535.`);
    }
    return {
        host: host,
        port: Number(portText),
        database: dbname,
        user: str(s.username),
        password: str(s.password),
        ...howToConnect(base),
        dbInstanceIdentifier: str(s.dbInstanceIdentifier),
        dbClusterIdentifier: str(s.dbClusterIdentifier),
    };
}
/**
 * What the `database-url` input says about how to connect (TLS, the connect timeout), kept over what the secret
 * names; a timeout only where the input gives one.
 */
function howToConnect(base) {
    return {
        sslmode: base?.sslmode ?? 'prefer',
        sslrootcert: base?.sslrootcert,
        ...(base?.connectTimeoutMs !== undefined ? { connectTimeoutMs: base.connectTimeoutMs } : {}),
    };
}
/**
 * RDS identifiers from an RDS endpoint host name: `mydb.c1x2y3.eu-west-1.rds.amazonaws.com` is instance
 * `mydb`; `app.cluster-c1x2y3.eu-west-1.rds.amazonaws.com` (and `cluster-ro-`) is cluster `app`.
 */
function rdsFromHost(host) {
    const m = /^([a-z][a-z0-9-]*)\.(cluster-(?:ro-)?)?[a-z0-9]+\.([a-z]{2}(?:-[a-z]+)+-\d+)\.rds\.amazonaws\.com(?:\.cn)?$/i.exec(host);
    if (!m)
        return {};
    return m[2] ? { cluster: m[1], region: m[3] } : { instance: m[1], region: m[3] };
}


/***/ }),

/***/ 54552:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.readDatabaseSettings = readDatabaseSettings;
exports.readMigrateSettings = readMigrateSettings;
/**
 * The migrate action's inputs (and `keelson migrate`'s flags), parsed once into typed settings. Kept apart
 * from the flow so a bad input is reported before node-postgres or the AWS signer is loaded.
 */
const node_path_1 = __webpack_require__(76760);
const argv_js_1 = __webpack_require__(49253);
const errors_js_1 = __webpack_require__(97268);
const database_url_js_1 = __webpack_require__(91300);
const HOUR = 3_600_000;
const SECRET_ID = /^(arn:aws[\w-]*:secretsmanager:[a-z0-9-]+:\d{12}:secret:[\w/+=.@-]+|[\w/+=.@-]{1,512})$/;
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const RDS_ID = /^[a-zA-Z][a-zA-Z0-9-]{0,62}$/;
/**
 * The migrator's argv. In job mode `$(VAR)` is Kubernetes' own expansion of the container's environment
 * (`-database $(DATABASE_URL)`), not a shell's command substitution: it is kept as it is.
 */
function migratorArgv(raw, shell, mode) {
    if (mode !== 'job' || shell === 'bash')
        return (0, argv_js_1.commandArgv)('command', raw, shell);
    const refs = [];
    const mark = `keelson-k8s-ref-${Math.random().toString(36).slice(2)}-`;
    const marked = raw.replace(/\$\(([A-Za-z_][A-Za-z0-9_]*)\)/g, (m) => `${mark}${refs.push(m) - 1}.`);
    const back = new RegExp(`${mark}(\\d+)\\.`, 'g');
    return (0, argv_js_1.commandArgv)('command', marked, shell).map((a) => a.replace(back, (_, i) => refs[Number(i)]));
}
async function readDatabaseSettings(inputs, env) {
    const url = inputs.string('database-url') || undefined;
    const secretId = inputs.string('database-secret-id') || undefined;
    if (!url && !secretId) {
        throw errors_js_1.InputError.required('database-url', "the database to migrate, as postgres://user:password@host:5432/dbname (or give 'database-secret-id', a Secrets Manager secret)");
    }
    if (url)
        (0, database_url_js_1.parseDatabaseUrl)('database-url', url, { credentials: secretId ? 'optional' : 'required' });
    if (secretId && !SECRET_ID.test(secretId)) {
        throw errors_js_1.InputError.invalid('database-secret-id', secretId, 'a Secrets Manager secret name or ARN');
    }
    const region = inputs.string('aws-region') || env.AWS_REGION || env.AWS_DEFAULT_REGION || undefined;
    if (region)
        (await __webpack_require__.e(/* import() */ 2296).then(__webpack_require__.bind(__webpack_require__, 42296))).parseRegion('aws-region', region);
    return { url, secretId, region, source: secretId ? 'database-secret-id' : 'database-url' };
}
async function readEnvMap(inputs) {
    const map = await inputs.map('env');
    const out = {};
    for (const [k, v] of Object.entries(map)) {
        if (!ENV_NAME.test(k))
            throw errors_js_1.InputError.invalid('env', k, 'environment variable names (letters, digits and _)');
        if (v !== null && typeof v === 'object')
            throw errors_js_1.InputError.invalid('env', `${k}: …`, 'string values');
        out[k] = v === null || v === undefined ? '' : String(v);
    }
    return out;
}
async function readMigrateSettings(inputs, opts) {
    const mode = inputs.enum('mode', ['command', 'job'], 'command');
    const rawCommand = inputs.string('command');
    const migrator = inputs.enum('migrator', ['keelson', 'external'], rawCommand ? 'external' : 'keelson');
    if (migrator === 'keelson' && rawCommand) {
        throw new errors_js_1.InputError('command', "Input 'command' runs an external migrator, but 'migrator' is 'keelson' (the built-in one). Remove 'command', or set 'migrator: external'.");
    }
    if (migrator === 'external' && !rawCommand) {
        throw errors_js_1.InputError.required('command', mode === 'job'
            ? 'the migrate command to run in the release image, such as `./migrate -path /migrations -database ${DATABASE_URL} up`'
            : 'the migrator to run, such as `migrate -path db/migrations -database ${DATABASE_URL} up`');
    }
    if (mode === 'job' && migrator === 'keelson') {
        throw errors_js_1.InputError.required('command', "job mode runs the migrator inside the release image: give the image's migrate command (the built-in migrator runs in command mode)");
    }
    const shell = inputs.enum('shell', ['none', 'bash'], 'none');
    const command = rawCommand ? migratorArgv(rawCommand, shell, mode) : undefined;
    const dirRaw = inputs.string('dir', { default: 'migrations' });
    const dir = (0, node_path_1.resolve)(opts.workspace, dirRaw);
    const database = await readDatabaseSettings(inputs, opts.env);
    const lockName = inputs.string('lock-name', { default: 'keelson-migrate' });
    if (!/^[\w.:/@-]{1,100}$/.test(lockName)) {
        throw errors_js_1.InputError.invalid('lock-name', lockName, 'a name of letters, digits and . _ : / @ - (at most 100)');
    }
    const snapshot = inputs.boolean('snapshot', false);
    const instance = inputs.string('db-instance-identifier') || undefined;
    const cluster = inputs.string('db-cluster-identifier') || undefined;
    if (instance && cluster) {
        throw new errors_js_1.InputError('db-cluster-identifier', "Give either 'db-instance-identifier' or 'db-cluster-identifier', not both.");
    }
    for (const [name, v] of [
        ['db-instance-identifier', instance],
        ['db-cluster-identifier', cluster],
    ]) {
        if (v && !RDS_ID.test(v))
            throw errors_js_1.InputError.invalid(name, v, 'an RDS identifier (a letter, then letters, digits and -; at most 63)');
    }
    const lint = inputs.boolean('lint', true);
    const settings = {
        mode,
        migrator,
        command,
        workingDirectory: (0, node_path_1.resolve)(opts.workspace, inputs.string('working-directory', { default: '.' })),
        env: await readEnvMap(inputs),
        dir,
        database,
        lockName,
        lockTimeoutMs: inputs.duration('lock-timeout', '10m', { min: 0, max: 6 * HOUR }),
        timeoutMs: inputs.duration('timeout', '30m', { min: 1000, max: 24 * HOUR }),
        dryRun: inputs.boolean('dry-run', false),
        outOfOrder: inputs.boolean('out-of-order', false),
        lint,
        lintPaths: inputs.globs('lint-paths', [`${dirRaw.replace(/\/+$/, '')}/**/*.sql`, '!**/*.down.sql']),
        allowDestructive: inputs.boolean('allow-destructive', false),
        snapshot: snapshot
            ? {
                instance,
                cluster,
                timeoutMs: inputs.duration('snapshot-timeout', '1h', { min: 1000, max: 24 * HOUR }),
            }
            : undefined,
    };
    if (mode === 'job') {
        // the Kubernetes inputs' parsers, loaded only for job mode
        const { readAccess, dnsLabel } = await __webpack_require__.e(/* import() */ 4655).then(__webpack_require__.bind(__webpack_require__, 84655));
        const { parseImagePins } = await __webpack_require__.e(/* import() */ 6158).then(__webpack_require__.bind(__webpack_require__, 46158));
        settings.job = {
            access: readAccess(inputs, opts.env),
            namespace: dnsLabel(inputs, 'namespace', 'default'),
            service: dnsLabel(inputs, 'service'),
            container: inputs.string('container') || undefined,
            manifests: inputs.globs('manifests', []),
            images: parseImagePins(inputs.lines('images')),
            ttlSeconds: Math.round(inputs.duration('job-ttl', '24h', { min: 0, max: 30 * 24 * HOUR }) / 1000),
        };
    }
    return settings;
}


/***/ })

};
