export const id = 188;
export const ids = [188];
export const modules = {

/***/ 75188:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.notice = exports.warning = exports.error = exports.io = void 0;
exports.issueCommand = issueCommand;
exports.getInput = getInput;
exports.setSecret = setSecret;
exports.setOutput = setOutput;
exports.saveState = saveState;
exports.getState = getState;
exports.exportVariable = exportVariable;
exports.isDebug = isDebug;
exports.info = info;
exports.debug = debug;
exports.setFailed = setFailed;
exports.group = group;
exports.appendSummary = appendSummary;
exports.passThrough = passThrough;
/**
 * The GitHub Actions runner protocol (workflow commands and environment files), without @actions/core's
 * dependency tree: importing @actions/core costs ~70 ms of start-up (it pulls an HTTP client for OIDC), more
 * than a whole Keelson action needs to reach its first input error. Every write goes through the masker.
 */
const node_fs_1 = __webpack_require__(73024);
const node_os_1 = __webpack_require__(48161);
const mask_js_1 = __webpack_require__(46043);
/** Where this process writes; replaced in tests. */
exports.io = {
    env: process.env,
    write: (line) => writeLine(line + node_os_1.EOL),
};
/**
 * Writes straight to fd 1: creating process.stdout costs a few milliseconds of start-up that an action
 * failing on its first input should not pay. Falls back to the stream if the fd is non-blocking and full.
 */
function writeLine(text) {
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
function escapeData(s) {
    return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(s) {
    return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
function issueCommand(command, props, message) {
    const p = Object.entries(props)
        .filter(([, v]) => v !== undefined && v !== '')
        .map(([k, v]) => `${k}=${escapeProperty(mask_js_1.masker.mask(String(v)))}`)
        .join(',');
    exports.io.write(`::${command}${p ? ' ' + p : ''}::${escapeData(command === 'add-mask' ? message : mask_js_1.masker.mask(message))}`);
}
/** Raw input value (trimmed), '' when unset. Names are matched like the runner sets them: INPUT_<NAME>. */
function getInput(name, env = exports.io.env) {
    const key = `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
    return (env[key] ?? '').trim();
}
function setSecret(value) {
    if (!value)
        return;
    const before = mask_js_1.masker.size;
    mask_js_1.masker.add(value);
    if (mask_js_1.masker.size === before)
        return;
    for (const line of value.split(/\r?\n/))
        if (line.trim())
            issueCommand('add-mask', {}, line);
}
function fileCommand(envVar, key, value) {
    const file = exports.io.env[envVar];
    if (!file)
        return false;
    const delimiter = `ghadelimiter_${token()}`;
    (0, node_fs_1.appendFileSync)(file, `${key}<<${delimiter}${node_os_1.EOL}${value}${node_os_1.EOL}${delimiter}${node_os_1.EOL}`, 'utf8');
    return true;
}
function setOutput(name, value) {
    const v = mask_js_1.masker.mask(String(value));
    if (!fileCommand('GITHUB_OUTPUT', name, v))
        exports.io.write(`${name}=${v}`);
}
function saveState(name, value) {
    if (!fileCommand('GITHUB_STATE', name, value))
        exports.io.env[`STATE_${name}`] = value;
}
function getState(name) {
    return exports.io.env[`STATE_${name}`] ?? '';
}
function exportVariable(name, value) {
    exports.io.env[name] = value;
    fileCommand('GITHUB_ENV', name, value);
}
function isDebug() {
    return exports.io.env.RUNNER_DEBUG === '1';
}
function info(message) {
    exports.io.write(mask_js_1.masker.mask(message));
}
function debug(message) {
    issueCommand('debug', {}, message);
}
function annotate(kind, message, props = {}) {
    issueCommand(kind, {
        title: props.title,
        file: props.file,
        line: props.startLine,
        endLine: props.endLine,
        col: props.startColumn,
        endColumn: props.endColumn,
    }, message);
}
const error = (m, p) => annotate('error', m, p);
exports.error = error;
const warning = (m, p) => annotate('warning', m, p);
exports.warning = warning;
const notice = (m, p) => annotate('notice', m, p);
exports.notice = notice;
function setFailed(message) {
    process.exitCode = 1;
    (0, exports.error)(message);
}
/** Runs fn inside a collapsible log group; the group is closed however fn ends. */
async function group(name, fn) {
    exports.io.write(`::group::${escapeData(mask_js_1.masker.mask(name))}`);
    try {
        return await fn();
    }
    finally {
        exports.io.write('::endgroup::');
    }
}
/** Appends Markdown to the job summary (GITHUB_STEP_SUMMARY). Returns false when there is no summary file. */
function appendSummary(markdown) {
    const file = exports.io.env.GITHUB_STEP_SUMMARY;
    if (!file)
        return false;
    (0, node_fs_1.appendFileSync)(file, mask_js_1.masker.mask(markdown) + node_os_1.EOL, 'utf8');
    return true;
}
/**
 * Streams a child process's output into the log line by line, with workflow commands switched off
 * (`::stop-commands::`) so a test that prints `::error::` or `::add-mask::` cannot forge them.
 */
async function passThrough(fn) {
    const stop = token();
    let pending = '';
    exports.io.write(`::stop-commands::${stop}`);
    try {
        return await fn((chunk) => {
            const lines = (pending + chunk).split(/\r?\n/);
            pending = lines.pop() ?? '';
            for (const line of lines)
                exports.io.write(mask_js_1.masker.mask(line));
        });
    }
    finally {
        if (pending)
            exports.io.write(mask_js_1.masker.mask(pending));
        exports.io.write(`::${stop}::`);
    }
}


/***/ })

};
