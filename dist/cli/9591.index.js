export const id = 9591;
export const ids = [9591,4517];
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

/***/ 21295:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.plain = exports.colour = void 0;
exports.renderLogLine = renderLogLine;
const local_runner_js_1 = __webpack_require__(49623);
const wrap = (code) => (s) => `\u001b[${code}m${s}\u001b[0m`;
exports.colour = {
    bold: wrap(1),
    dim: wrap(2),
    red: wrap(31),
    yellow: wrap(33),
    green: wrap(32),
    blue: wrap(34),
};
const id = (s) => s;
exports.plain = { bold: id, dim: id, red: id, yellow: id, green: id, blue: id };
/** Renders one runner log line as GitHub shows it: groups as headers, annotations as labelled lines. */
function renderLogLine(line, style, depth = { groups: 0 }) {
    const indent = depth.groups > 0 ? '  ' : '';
    if (depth.stopToken) {
        if (line === `::${depth.stopToken}::`) {
            depth.stopToken = undefined;
            return undefined;
        }
        return indent + line;
    }
    const cmd = (0, local_runner_js_1.parseWorkflowCommand)(line);
    if (!cmd)
        return indent + line;
    if (cmd.command === 'stop-commands') {
        depth.stopToken = cmd.message;
        return undefined;
    }
    const where = cmd.props.file ? `${cmd.props.file}${cmd.props.line ? `:${cmd.props.line}` : ''}` : '';
    const head = [where, cmd.props.title].filter(Boolean).join(' ');
    const body = cmd.message.split('\n');
    const label = (tag) => `${tag}${head ? ' ' + style.bold(head) : ''}: ${body[0]}${body.length > 1
        ? '\n' +
            body
                .slice(1)
                .map((l) => '    ' + l)
                .join('\n')
        : ''}`;
    switch (cmd.command) {
        case 'group':
            depth.groups++;
            return style.blue(`▾ ${cmd.message}`);
        case 'endgroup':
            depth.groups = Math.max(0, depth.groups - 1);
            return undefined;
        case 'error':
            return label(style.red('Error'));
        case 'warning':
            return label(style.yellow('Warning'));
        case 'notice':
            return label(style.blue('Notice'));
        case 'add-mask':
        case 'debug':
            return undefined;
        default:
            return line;
    }
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

/***/ 75188:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ActionContext = void 0;
exports.neutraliseLine = neutraliseLine;
exports.splitLines = splitLines;
exports.inputFrom = inputFrom;
/**
 * The GitHub Actions runner protocol (workflow commands and environment files), without @actions/core's
 * dependency tree: importing @actions/core costs ~70 ms of start-up (it pulls an HTTP client for OIDC), more
 * than a whole Keelson action needs to reach its first input error.
 *
 * Everything an action run owns — its environment, where its lines go, its masker — lives in one
 * `ActionContext`, passed down. There are no module globals: two actions can run in one process at once (the
 * local workflow runner does), and a secret registered by one run is never masked, or leaked, by another.
 *
 * Every line written is masked, and text that could be read as a workflow command (a line starting with `::`,
 * the legacy `##[` anywhere in a line, a bare `\r` that the runner takes for a line break) is neutralised, so a
 * value that ends up printed — a Prometheus label, an HTTP body, a Terraform output — cannot forge `::error`,
 * `::add-mask::` or `##[stop-commands]`.
 */
const node_fs_1 = __webpack_require__(73024);
const node_os_1 = __webpack_require__(48161);
const clock_js_1 = __webpack_require__(84517);
const mask_js_1 = __webpack_require__(46043);
/**
 * Writes straight to fd 1: creating process.stdout costs a few milliseconds of start-up that an action
 * failing on its first input should not pay. Falls back to the stream if the fd is non-blocking and full.
 */
function writeStdout(text) {
    const buf = Buffer.from(text, 'utf8');
    let off = 0;
    try {
        while (off < buf.length)
            off += (0, node_fs_1.writeSync)(1, buf, off);
    }
    catch (e) {
        if (e.code !== 'EAGAIN')
            throw e;
        process.stdout.write(buf.subarray(off));
    }
}
/** A random token (Web Crypto, loaded on first use rather than at start-up). */
function token() {
    return globalThis.crypto.randomUUID();
}
/** A zero-width space: invisible in the log, but the runner no longer sees a command. */
const ZWSP = '\u200b';
/**
 * Makes one line of text inert for the runner's command parser: a line whose first non-blank characters are
 * `::` (the runner trims leading blanks before it looks) and every `##[` (the legacy form, matched anywhere).
 */
function neutraliseLine(line) {
    let out = line.includes('##[') ? line.split('##[').join(`#${ZWSP}#[`) : line;
    const start = LEADING_BLANKS.exec(out)?.[0].length ?? 0;
    if (out.startsWith('::', start))
        out = `${out.slice(0, start)}:${ZWSP}${out.slice(start + 1)}`;
    return out;
}
/**
 * What the runner's `TrimStart()` (.NET `char.IsWhiteSpace`) removes before it looks for `::`: JavaScript's
 * white space plus U+0085 (NEL), which `String.prototype.trimStart` keeps.
 */
const LEADING_BLANKS = /^[\s\u0085]*/;
/** Splits text into lines the way the runner does (`\r\n`, `\n` and a bare `\r` each end a line). */
function splitLines(text) {
    return text.split(/\r\n|\r|\n/);
}
function escapeData(s) {
    return escapeCommandData(neutraliseLine(s));
}
/** The runner's escaping of command data, and nothing else (an add-mask value must reach it as it is). */
function escapeCommandData(s) {
    return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(s) {
    return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
/** Raw input value (trimmed), '' when unset. Names are matched like the runner sets them: INPUT_<NAME>. */
function inputFrom(env, name) {
    const key = `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
    return (env[key] ?? '').trim();
}
/** One action run: its environment, its output and its secrets. */
class ActionContext {
    env;
    masker;
    clock;
    hostUrl;
    out;
    onFailed;
    failedFlag = false;
    constructor(o) {
        this.env = o.env;
        this.out = o.write;
        this.masker = o.masker ?? new mask_js_1.Masker();
        this.onFailed = o.onFailed;
        this.clock = o.clock ?? clock_js_1.realClock;
        this.hostUrl = o.hostUrl ?? (() => undefined);
    }
    /** The context of an action started by the runner: process.env, stdout, the process exit code. */
    static fromProcess() {
        return new ActionContext({
            env: process.env,
            write: (line) => writeStdout(line + node_os_1.EOL),
            onFailed: () => {
                process.exitCode = 1;
            },
        });
    }
    /** True once setFailed was called. */
    get failed() {
        return this.failedFlag;
    }
    /** Raw input value (trimmed), '' when unset. */
    getInput = (name) => inputFrom(this.env, name);
    mask(text) {
        return this.masker.mask(text);
    }
    /** Prints text (masked, each line neutralised). */
    info(message) {
        for (const line of splitLines(this.masker.mask(message)))
            this.out(neutraliseLine(line));
    }
    /** Writes one workflow command; props and message are masked (the message of add-mask excepted) and escaped. */
    command(name, props, message) {
        const p = Object.entries(props)
            .filter(([, v]) => v !== undefined && v !== '')
            .map(([k, v]) => `${k}=${escapeProperty(this.masker.mask(String(v)))}`)
            .join(',');
        // The value of add-mask is escaped as the runner unescapes it, never neutralised: the runner must learn the
        // secret exactly as it is (the line starts with ::add-mask::, so nothing inside it can start a command).
        const data = name === 'add-mask' ? escapeCommandData(message) : escapeData(this.masker.mask(message));
        this.out(`::${name}${p ? ' ' + p : ''}::${data}`);
    }
    setSecret(value) {
        if (!value)
            return;
        const before = this.masker.size;
        this.masker.add(value);
        if (this.masker.size === before || mask_js_1.Masker.isShort(value))
            return;
        for (const line of splitLines(value))
            if (line.trim().length >= 3)
                this.command('add-mask', {}, line);
    }
    /**
     * Hides every match of a pattern in what this run prints. The runner has no pattern masks, so whatever the
     * pattern finds in text Keelson prints is masked here; values known in full should go to setSecret.
     */
    addMaskPattern(pattern) {
        this.masker.addPattern(pattern);
    }
    fileCommand(envVar, key, value) {
        const file = this.env[envVar];
        if (!file)
            return false;
        // A delimiter the value does not contain, so no value can end its block early and write another key.
        // Checked rather than random: Web Crypto costs start-up an action reaching its first error should not pay.
        let n = 0;
        let delimiter = 'ghadelimiter_keelson';
        while (value.includes(delimiter) || key.includes(delimiter))
            delimiter = `ghadelimiter_keelson_${++n}`;
        (0, node_fs_1.appendFileSync)(file, `${key}<<${delimiter}${node_os_1.EOL}${value}${node_os_1.EOL}${delimiter}${node_os_1.EOL}`, 'utf8');
        return true;
    }
    /**
     * Sets a step output. Text meant for people is masked; protocol values (hashes, digests, ids, numbers,
     * booleans) are passed as they are with `raw`, since masking a registered value that happens to occur inside
     * a hash would corrupt it.
     */
    setOutput(name, value, o = {}) {
        const v = o.raw || typeof value !== 'string' ? String(value) : this.masker.mask(value);
        if (!this.fileCommand('GITHUB_OUTPUT', name, v))
            this.info(`${name}=${v}`);
    }
    saveState(name, value) {
        if (!this.fileCommand('GITHUB_STATE', name, value))
            this.env[`STATE_${name}`] = value;
    }
    getState(name) {
        return this.env[`STATE_${name}`] ?? '';
    }
    exportVariable(name, value) {
        this.env[name] = value;
        this.fileCommand('GITHUB_ENV', name, value);
    }
    isDebug() {
        return this.env.RUNNER_DEBUG === '1';
    }
    debug(message) {
        this.command('debug', {}, message);
    }
    annotate(kind, message, props = {}) {
        this.command(kind, {
            title: props.title,
            file: props.file,
            line: props.startLine,
            endLine: props.endLine,
            col: props.startColumn,
            endColumn: props.endColumn,
        }, message);
    }
    error(message, props) {
        this.annotate('error', message, props);
    }
    warning(message, props) {
        this.annotate('warning', message, props);
    }
    notice(message, props) {
        this.annotate('notice', message, props);
    }
    /** Marks the run failed with its one error line (on a file's line when `props` says where). */
    setFailed(message, props) {
        if (!this.failedFlag) {
            this.failedFlag = true;
            this.onFailed?.();
        }
        this.error(message, props);
    }
    /** Runs fn inside a collapsible log group; the group is closed however fn ends. */
    async group(name, fn) {
        this.out(`::group::${escapeData(this.masker.mask(name))}`);
        try {
            return await fn();
        }
        finally {
            this.out('::endgroup::');
        }
    }
    /** Appends Markdown to the job summary (GITHUB_STEP_SUMMARY). Returns false when there is no summary file. */
    appendSummary(markdown, o = {}) {
        const file = this.env.GITHUB_STEP_SUMMARY;
        if (!file)
            return false;
        (0, node_fs_1.appendFileSync)(file, (0, mask_js_1.maskExcept)(this.masker, markdown, o.keep ?? []) + node_os_1.EOL, 'utf8');
        return true;
    }
    /**
     * Streams a child process's output into the log line by line, with workflow commands switched off
     * (`::stop-commands::`) so a test that prints `::error::` or `::add-mask::` cannot forge them. A bare `\r`
     * ends a line here as it does for the runner, and each line is neutralised too, so nothing inside can end
     * the stop early.
     */
    async passThrough(fn) {
        const stop = token();
        let pending = '';
        this.out(`::stop-commands::${stop}`);
        try {
            return await fn((chunk) => {
                let text = pending + chunk;
                // A chunk may end between \r and \n: hold a trailing \r until the next chunk says which it was.
                const carry = text.endsWith('\r') ? '\r' : '';
                if (carry)
                    text = text.slice(0, -1);
                const lines = splitLines(text);
                pending = (lines.pop() ?? '') + carry;
                for (const line of lines)
                    this.out(neutraliseLine(this.masker.mask(line)));
            });
        }
        finally {
            const rest = pending.replace(/\r$/, '');
            if (rest)
                this.out(neutraliseLine(this.masker.mask(rest)));
            this.out(`::${stop}::`);
        }
    }
}
exports.ActionContext = ActionContext;


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

/***/ 49623:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.parseWorkflowCommand = parseWorkflowCommand;
exports.parseEnvFile = parseEnvFile;
exports.commandsOf = commandsOf;
exports.inputEnv = inputEnv;
exports.runLocally = runLocally;
/**
 * Runs an action's `run()` in this process the way the GitHub runner would: INPUT_* variables, GITHUB_OUTPUT,
 * GITHUB_STEP_SUMMARY and GITHUB_STATE files, workflow commands on stdout. Used by the CLI (dry runs, the
 * demo) and by tests, so both exercise the real protocol rather than reaching into an action's internals.
 */
const node_fs_1 = __webpack_require__(73024);
const node_os_1 = __webpack_require__(48161);
const node_path_1 = __webpack_require__(76760);
const core_js_1 = __webpack_require__(75188);
function unescape(s) {
    return s
        .replace(/%0A/g, '\n')
        .replace(/%0D/g, '\r')
        .replace(/%3A/g, ':')
        .replace(/%2C/g, ',')
        .replace(/%25/g, '%');
}
/** Parses a `::command k=v,k=v::message` line; undefined for plain log lines. */
function parseWorkflowCommand(line) {
    const m = /^::([\w-]+)(?: ([^:]*))?::(.*)$/s.exec(line);
    if (!m)
        return undefined;
    const props = {};
    for (const pair of (m[2] ?? '').split(',').filter(Boolean)) {
        const eq = pair.indexOf('=');
        if (eq > 0)
            props[pair.slice(0, eq)] = unescape(pair.slice(eq + 1));
    }
    return { command: m[1], props, message: unescape(m[3]) };
}
/** Reads a GITHUB_OUTPUT / GITHUB_STATE file (`name<<delimiter` blocks or `name=value` lines). */
function parseEnvFile(text) {
    const out = {};
    const lines = text.split(/\r?\n/);
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i];
        const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
        if (heredoc) {
            const [, key, delim] = heredoc;
            const body = [];
            for (i++; i < lines.length && lines[i] !== delim; i++)
                body.push(lines[i]);
            out[key] = body.join('\n');
        }
        else if (line.includes('=')) {
            const eq = line.indexOf('=');
            out[line.slice(0, eq)] = line.slice(eq + 1);
        }
    }
    return out;
}
/** The workflow commands in a log, honouring `::stop-commands::` (lines inside are plain text). */
function commandsOf(log) {
    const out = [];
    let stop;
    for (const line of log) {
        if (stop) {
            if (line === `::${stop}::`)
                stop = undefined;
            continue;
        }
        const c = parseWorkflowCommand(line);
        if (!c)
            continue;
        if (c.command === 'stop-commands')
            stop = c.message;
        else
            out.push(c);
    }
    return out;
}
function inputEnv(inputs) {
    const env = {};
    for (const [k, v] of Object.entries(inputs))
        env[`INPUT_${k.replace(/ /g, '_').toUpperCase()}`] = v;
    return env;
}
/**
 * Runs `fn` with a context of its own: its own environment (this process's, minus INPUT_* and STATE_*, plus the
 * runner's files, `env`, `state` and `inputs`), its own log and its own masker. Runs may overlap.
 */
async function runLocally(fn, opts = {}) {
    const dir = (0, node_fs_1.mkdtempSync)((0, node_path_1.join)((0, node_os_1.tmpdir)(), 'keelson-run-'));
    const files = {
        output: (0, node_path_1.join)(dir, 'output'),
        summary: (0, node_path_1.join)(dir, 'summary'),
        state: (0, node_path_1.join)(dir, 'state'),
        env: (0, node_path_1.join)(dir, 'env'),
        path: (0, node_path_1.join)(dir, 'path'),
    };
    for (const f of Object.values(files))
        (0, node_fs_1.writeFileSync)(f, '');
    const base = {};
    for (const [k, v] of Object.entries(opts.baseEnv ?? process.env))
        if (!k.startsWith('INPUT_') && !k.startsWith('STATE_'))
            base[k] = v;
    const stateEnv = {};
    for (const [k, v] of Object.entries(opts.state ?? {}))
        stateEnv[`STATE_${k}`] = v;
    const env = {
        ...base,
        GITHUB_OUTPUT: files.output,
        GITHUB_STEP_SUMMARY: files.summary,
        GITHUB_STATE: files.state,
        GITHUB_ENV: files.env,
        GITHUB_PATH: files.path,
        RUNNER_TEMP: dir,
        ...opts.env,
        ...stateEnv,
        ...inputEnv(opts.inputs ?? {}),
    };
    const log = [];
    const ctx = new core_js_1.ActionContext({
        env,
        masker: opts.masker,
        clock: opts.clock,
        hostUrl: opts.hostUrl,
        write: (line) => {
            log.push(line);
            opts.echo?.(line);
        },
    });
    try {
        await fn(ctx);
        return {
            log,
            outputs: parseEnvFile((0, node_fs_1.readFileSync)(files.output, 'utf8')),
            summary: (0, node_fs_1.readFileSync)(files.summary, 'utf8'),
            state: parseEnvFile((0, node_fs_1.readFileSync)(files.state, 'utf8')),
            failed: ctx.failed,
            annotations: commandsOf(log).filter((c) => ['error', 'warning', 'notice'].includes(c.command)),
            exported: parseEnvFile((0, node_fs_1.readFileSync)(files.env, 'utf8')),
            path: (0, node_fs_1.readFileSync)(files.path, 'utf8')
                .split(/\r?\n/)
                .filter((l) => l.trim() !== ''),
        };
    }
    finally {
        (0, node_fs_1.rmSync)(dir, { recursive: true, force: true });
    }
}


/***/ })

};
