export const id = 439;
export const ids = [439,290];
export const modules = {

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

/***/ 7064:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.TOOLS = void 0;
exports.which = which;
exports.resolveTool = resolveTool;
exports.createTerraform = createTerraform;
/**
 * The Terraform seam: every call Keelson makes to `terraform` or `tofu`, as argv arrays through the exec wrapper.
 * Actions and tests receive a `Terraform`; nothing deeper reaches for a binary on its own.
 */
const node_fs_1 = __webpack_require__(3024);
const node_path_1 = __webpack_require__(6760);
const errors_js_1 = __webpack_require__(7268);
const exec_js_1 = __webpack_require__(766);
const mask_js_1 = __webpack_require__(6043);
exports.TOOLS = ['terraform', 'tofu'];
function isExecutable(file) {
    try {
        if (!(0, node_fs_1.statSync)(file).isFile())
            return false;
        (0, node_fs_1.accessSync)(file, node_fs_1.constants.X_OK);
        return true;
    }
    catch {
        return false;
    }
}
/** The full path of `name` on PATH, or undefined. */
function which(name, env) {
    const exts = process.platform === 'win32' ? (env.PATHEXT ?? '.EXE;.CMD').split(';') : [''];
    for (const dir of (env.PATH ?? '').split(node_path_1.delimiter)) {
        if (!dir)
            continue;
        for (const ext of exts) {
            const file = (0, node_path_1.join)(dir, name + ext);
            if (isExecutable(file))
                return file;
        }
    }
    return undefined;
}
/** The tool asked for, or whichever of terraform / tofu is on PATH (terraform first). None → one clear error. */
function resolveTool(wanted, env) {
    if (wanted) {
        if (!which(wanted, env)) {
            throw new errors_js_1.ToolError(`'${wanted}' is not on PATH. Install it first (${wanted === 'tofu' ? 'opentofu/setup-opentofu' : 'hashicorp/setup-terraform'}).`);
        }
        return wanted;
    }
    for (const t of exports.TOOLS)
        if (which(t, env))
            return t;
    throw new errors_js_1.ToolError("Neither 'terraform' nor 'tofu' is on PATH. Install one (hashicorp/setup-terraform or opentofu/setup-opentofu) " +
        "before this step, or set the 'tool' input.");
}
function createTerraform(tool, o) {
    const env = { ...o.env, TF_IN_AUTOMATION: '1', TF_INPUT: '0' };
    const opts = { cwd: o.cwd, env, passEnv: o.passEnv };
    // JSON is read, never printed: it must reach the parser unmasked (a masked value would corrupt it or its hash).
    const raw = { ...opts, masker: new mask_js_1.Masker() };
    const live = { ...opts, onOutput: o.onOutput };
    const lock = (s) => (s === undefined ? [] : [`-lock-timeout=${s}s`]);
    const par = (n) => (n === undefined ? [] : [`-parallelism=${n}`]);
    return {
        tool,
        init: (backendConfig, lockTimeout) => (0, exec_js_1.runChecked)([
            tool,
            'init',
            '-input=false',
            '-no-color',
            ...lock(lockTimeout),
            ...backendConfig.map((b) => `-backend-config=${b}`),
        ], live),
        selectWorkspace: (name) => (0, exec_js_1.runChecked)([tool, 'workspace', 'select', '-or-create=true', name], live),
        async fmtCheck() {
            const r = await (0, exec_js_1.runChecked)([tool, 'fmt', '-check', '-recursive', '-list=true', '-no-color'], {
                ...opts,
                okCodes: [0, 3],
            });
            return r.exitCode === 0
                ? []
                : r.stdout
                    .split('\n')
                    .map((l) => l.trim())
                    .filter(Boolean);
        },
        validate: () => (0, exec_js_1.runChecked)([tool, 'validate', '-no-color'], live),
        async plan(a) {
            const argv = [tool, 'plan', '-input=false', '-no-color', '-detailed-exitcode', `-out=${a.out}`];
            if (a.destroy)
                argv.push('-destroy');
            for (const t of a.targets ?? [])
                argv.push(`-target=${t}`);
            for (const r of a.replace ?? [])
                argv.push(`-replace=${r}`);
            for (const f of a.varFiles ?? [])
                argv.push(`-var-file=${f}`);
            argv.push(...par(a.parallelism), ...lock(a.lockTimeout));
            const r = await (0, exec_js_1.run)(argv, opts);
            return { exitCode: r.exitCode, changes: r.exitCode === 2, stdout: r.stdout, stderr: r.stderr };
        },
        async showJson(planFile) {
            return (await (0, exec_js_1.runChecked)([tool, 'show', '-json', planFile], raw)).stdout;
        },
        async showText(planFile) {
            return (await (0, exec_js_1.runChecked)([tool, 'show', '-no-color', planFile], opts)).stdout;
        },
        apply: (planFile, a) => (0, exec_js_1.runChecked)([tool, 'apply', '-input=false', '-no-color', ...lock(a.lockTimeout), ...par(a.parallelism), planFile], live),
        async outputs() {
            const r = await (0, exec_js_1.runChecked)([tool, 'output', '-json', '-no-color'], raw);
            const v = JSON.parse(r.stdout || '{}');
            return v && typeof v === 'object' && !Array.isArray(v) ? v : {};
        },
    };
}


/***/ }),

/***/ 3576:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.analyzeReport = analyzeReport;
exports.activeIgnore = activeIgnore;
/**
 * Everything Keelson derives from one Trivy JSON report, in one pass over its findings: counts, the gate, the
 * SARIF and the job summary. The action, the CLI (`trivy-summary`, `trivy-sarif`, `trivy-gate`) and anything
 * that wants the scan stage without running Trivy (the demo, on a fixture report) call this.
 */
const gate_js_1 = __webpack_require__(5761);
const ignore_js_1 = __webpack_require__(2292);
const render_js_1 = __webpack_require__(6290);
const report_js_1 = __webpack_require__(4352);
const sarif_js_1 = __webpack_require__(5949);
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

/***/ 4206:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ArchiveError = void 0;
exports.extractFromTarGz = extractFromTarGz;
exports.extractFromZip = extractFromZip;
/**
 * Reads one file out of a release archive in memory: `.tar.gz` (ustar, with pax and GNU long-name headers) or
 * `.zip` (stored or deflated). Only the named file at the archive's top level is returned, so nothing in an
 * archive can write outside the tool cache (no path traversal, no links followed), and no `tar` or `unzip`
 * binary is needed on the runner.
 */
const node_zlib_1 = __webpack_require__(8522);
const errors_js_1 = __webpack_require__(7268);
class ArchiveError extends Error {
    name = 'ArchiveError';
}
exports.ArchiveError = ArchiveError;
function cstring(buf, start, len) {
    const slice = buf.subarray(start, start + len);
    const nul = slice.indexOf(0);
    return slice.subarray(0, nul < 0 ? slice.length : nul).toString('utf8');
}
function octal(buf, start, len) {
    const s = cstring(buf, start, len).trim();
    if (s === '')
        return 0;
    if (!/^[0-7]+$/.test(s))
        throw new ArchiveError(`bad tar header number '${s}'`);
    return parseInt(s, 8);
}
function baseName(path) {
    return path.replace(/^\.\//, '');
}
/** The contents of the regular file `name` at the top level of a gzipped tar archive. */
function extractFromTarGz(archive, name) {
    let tar;
    try {
        tar = (0, node_zlib_1.gunzipSync)(archive);
    }
    catch (e) {
        throw new ArchiveError(`not a gzip file (${(0, errors_js_1.errorMessage)(e)})`);
    }
    let off = 0;
    let longName;
    while (off + 512 <= tar.length) {
        const header = tar.subarray(off, off + 512);
        if (header.every((b) => b === 0))
            break;
        const size = octal(header, 124, 12);
        const type = String.fromCharCode(header[156]);
        const magic = cstring(header, 257, 6);
        let path = cstring(header, 0, 100);
        if (magic.startsWith('ustar')) {
            const prefix = cstring(header, 345, 155);
            if (prefix)
                path = `${prefix}/${path}`;
        }
        const dataStart = off + 512;
        const next = dataStart + Math.ceil(size / 512) * 512;
        if (dataStart + size > tar.length)
            throw new ArchiveError('truncated tar archive');
        const data = tar.subarray(dataStart, dataStart + size);
        if (type === 'L') {
            longName = cstring(data, 0, data.length);
        }
        else if (type === 'x') {
            const m = /(?:^|\n)\d+ path=([^\n]*)\n/.exec(data.toString('utf8'));
            if (m)
                longName = m[1];
        }
        else if (type === 'g') {
            // global pax header: nothing Keelson needs
        }
        else {
            const entry = baseName(longName ?? path);
            longName = undefined;
            if ((type === '0' || type === '\0') && entry === name)
                return Buffer.from(data);
        }
        off = next;
    }
    throw new ArchiveError(`the archive has no file '${name}' at its top level`);
}
/** The contents of the file `name` at the top level of a zip archive. */
function extractFromZip(zip, name) {
    let eocd = -1;
    for (let i = zip.length - 22; i >= Math.max(0, zip.length - 65_557); i--) {
        if (zip.readUInt32LE(i) === 0x06054b50) {
            eocd = i;
            break;
        }
    }
    if (eocd < 0)
        throw new ArchiveError('not a zip file (no end of central directory)');
    const entries = zip.readUInt16LE(eocd + 10);
    let p = zip.readUInt32LE(eocd + 16);
    for (let n = 0; n < entries; n++) {
        if (p + 46 > zip.length || zip.readUInt32LE(p) !== 0x02014b50)
            throw new ArchiveError('corrupt zip directory');
        const method = zip.readUInt16LE(p + 10);
        const compressed = zip.readUInt32LE(p + 20);
        const nameLen = zip.readUInt16LE(p + 28);
        const extraLen = zip.readUInt16LE(p + 30);
        const commentLen = zip.readUInt16LE(p + 32);
        const local = zip.readUInt32LE(p + 42);
        const entry = zip.subarray(p + 46, p + 46 + nameLen).toString('utf8');
        p += 46 + nameLen + extraLen + commentLen;
        if (baseName(entry) !== name)
            continue;
        if (zip.readUInt32LE(local) !== 0x04034b50)
            throw new ArchiveError('corrupt zip entry');
        const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
        const data = zip.subarray(start, start + compressed);
        if (method === 0)
            return Buffer.from(data);
        if (method === 8)
            return (0, node_zlib_1.inflateRawSync)(data);
        throw new ArchiveError(`unsupported zip compression method ${method}`);
    }
    throw new ArchiveError(`the archive has no file '${name}' at its top level`);
}


/***/ }),

/***/ 6872:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.RATE_LIMIT_BACKOFF_MS = void 0;
exports.isRateLimited = isRateLimited;
exports.hasDb = hasDb;
exports.downloadDb = downloadDb;
/**
 * The vulnerability DB, downloaded before the scan through a chain of mirrors: each repository is tried in turn;
 * a 429 (rate limit) is retried on the same mirror after a backoff on the injected clock, any other failure moves
 * on to the next mirror. The scan then runs with `--skip-db-update`, so Trivy never downloads on its own. When
 * the cache already holds a fresh DB, Trivy's `--download-db-only` returns without touching the network.
 */
const node_fs_1 = __webpack_require__(3024);
const node_path_1 = __webpack_require__(6760);
const errors_js_1 = __webpack_require__(7268);
const tool_js_1 = __webpack_require__(3864);
/** Waits before the 2nd and 3rd attempt on a mirror that answered 429. */
exports.RATE_LIMIT_BACKOFF_MS = [10_000, 30_000];
function isRateLimited(output) {
    return /TOOMANYREQUESTS|429 Too Many Requests|status code 429|\b429\b.*rate/i.test(output);
}
/** True when `cacheDir` holds a vulnerability DB Trivy can scan with (`--skip-db-update`). */
function hasDb(cacheDir) {
    return (0, node_fs_1.existsSync)((0, node_path_1.join)(cacheDir, 'db', 'trivy.db')) && (0, node_fs_1.existsSync)((0, node_path_1.join)(cacheDir, 'db', 'metadata.json'));
}
async function downloadDb(trivy, o) {
    const backoff = o.backoffMs ?? exports.RATE_LIMIT_BACKOFF_MS;
    const attempts = [];
    for (const repository of o.repositories) {
        for (let i = 0;; i++) {
            o.log?.(`Vulnerability DB from ${repository}${i > 0 ? ` (attempt ${i + 1})` : ''}…`);
            const r = await trivy.run([
                'image',
                '--download-db-only',
                '--db-repository',
                repository,
                '--cache-dir',
                o.cacheDir,
                '--no-progress',
                '--skip-version-check',
                '--disable-telemetry',
            ], { onOutput: o.onOutput, timeoutMs: o.timeoutMs });
            const output = `${r.stdout}\n${r.stderr}`;
            if (r.exitCode === 0) {
                attempts.push({ repository, outcome: 'ok', message: '' });
                return { repository, attempts };
            }
            const limited = isRateLimited(output);
            attempts.push({ repository, outcome: limited ? 'rate-limited' : 'failed', message: (0, tool_js_1.lastError)(output) });
            if (!limited || i >= backoff.length)
                break;
            const wait = backoff[i];
            o.log?.(`${repository} answered 429 Too Many Requests; waiting ${wait / 1000}s before trying it again.`);
            await o.clock.sleep(wait);
        }
    }
    const per = o.repositories.map((repo) => {
        const mine = attempts.filter((a) => a.repository === repo);
        const last = mine[mine.length - 1];
        const limited = mine.filter((a) => a.outcome === 'rate-limited').length;
        return limited === mine.length && limited > 0
            ? `${repo}: 429 Too Many Requests ×${limited}`
            : `${repo}: ${last?.message || 'failed'}`;
    });
    throw new errors_js_1.ToolError(`Could not download the Trivy vulnerability DB from any mirror (${per.join('; ')}). ` +
        "Set 'db-repositories' to a mirror you can reach, or restore a cached DB into 'cache-dir' and set 'skip-db-update: true'.");
}


/***/ }),

/***/ 5761:
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
const ignore_js_1 = __webpack_require__(2292);
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

/***/ 2292:
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
const errors_js_1 = __webpack_require__(7268);
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
    const { parse } = await __webpack_require__.e(/* import() */ 815).then(__webpack_require__.t.bind(__webpack_require__, 8815, 19));
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

/***/ 1639:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.runnerPlatform = runnerPlatform;
exports.archiveName = archiveName;
exports.sha256 = sha256;
exports.parseChecksums = parseChecksums;
exports.installTrivy = installTrivy;
/**
 * A verified Trivy: download the release archive for this runner, check it, unpack only the binary into the tool
 * cache, and reuse it from there in later steps. Refuses with one line whenever something does not verify:
 *  1. the version must not be a known-malicious release;
 *  2. the expected digest comes from Keelson's known-good table (KNOWN_RELEASES) or, for a version or platform
 *     the table does not know, from `trivy-sha256` (when both exist they must agree);
 *  3. the release's checksums file must agree with the known-good table on every archive the table lists for that
 *     version (an archive and checksums file replaced together are caught here);
 *  4. the archive must match both the checksums file's entry and the expected digest.
 */
const node_crypto_1 = __webpack_require__(7598);
const node_fs_1 = __webpack_require__(3024);
const node_path_1 = __webpack_require__(6760);
const clock_js_1 = __webpack_require__(4517);
const errors_js_1 = __webpack_require__(7268);
const archive_js_1 = __webpack_require__(4206);
const known_releases_js_1 = __webpack_require__(6346);
const versions_js_1 = __webpack_require__(2295);
function runnerPlatform(platform = process.platform, arch = process.arch) {
    const keys = {
        'linux/x64': 'Linux-64bit',
        'linux/arm64': 'Linux-ARM64',
        'darwin/x64': 'macOS-64bit',
        'darwin/arm64': 'macOS-ARM64',
        'win32/x64': 'windows-64bit',
    };
    const key = keys[`${platform}/${arch}`];
    if (!key) {
        throw new errors_js_1.ToolError(`Keelson cannot install Trivy on ${platform}/${arch} (release archives it installs: Linux and macOS on x64 and ` +
            "arm64, Windows on x64). Install Trivy in an earlier step and set 'trivy-version: path'.");
    }
    const windows = key === 'windows-64bit';
    return { key, ext: windows ? 'zip' : 'tar.gz', binary: windows ? 'trivy.exe' : 'trivy', arch };
}
function archiveName(version, p) {
    return `trivy_${version}_${p.key}.${p.ext}`;
}
function sha256(data) {
    return (0, node_crypto_1.createHash)('sha256').update(data).digest('hex');
}
/** `<hex>  <file>` lines (sha256sum format; `*file` for binary mode accepted). */
function parseChecksums(text) {
    const out = new Map();
    for (const line of text.split(/\r?\n/)) {
        const m = /^([0-9a-fA-F]{64})\s+\*?(\S+)\s*$/.exec(line.trim());
        if (m)
            out.set(m[2], m[1].toLowerCase());
    }
    return out;
}
async function download(url, what, o) {
    const doFetch = o.fetch ?? fetch;
    const clock = o.clock ?? clock_js_1.realClock;
    const waits = [2_000, 6_000];
    let last = '';
    for (let attempt = 0; attempt <= waits.length; attempt++) {
        if (attempt > 0) {
            o.log?.(`Retrying the download of ${what} in ${waits[attempt - 1] / 1000}s (${last}).`);
            await clock.sleep(waits[attempt - 1]);
        }
        let res;
        try {
            res = await doFetch(url, { redirect: 'follow', signal: AbortSignal.timeout(300_000) });
        }
        catch (e) {
            const cause = e.cause;
            last = cause?.code ?? cause?.message ?? (0, errors_js_1.errorMessage)(e);
            continue;
        }
        if (res.ok)
            return Buffer.from(await res.arrayBuffer());
        await res.arrayBuffer().catch(() => undefined);
        last = `HTTP ${res.status}`;
        if (res.status === 404) {
            throw new errors_js_1.ToolError(`Cannot download ${what}: ${url} answered HTTP 404. Check 'trivy-version' and 'trivy-release-url'.`);
        }
        if (res.status !== 429 && res.status < 500)
            break;
    }
    throw new errors_js_1.ToolError(`Cannot download ${what} from ${url}: ${last}.`);
}
function readMarker(file) {
    try {
        const m = JSON.parse((0, node_fs_1.readFileSync)(file, 'utf8'));
        return typeof m.archiveSha256 === 'string' && typeof m.binarySha256 === 'string' ? m : undefined;
    }
    catch {
        return undefined;
    }
}
async function installTrivy(o) {
    const known = o.known ?? known_releases_js_1.KNOWN_RELEASES;
    const version = o.version;
    const bad = known_releases_js_1.MALICIOUS_RELEASES[version];
    if (bad)
        throw new errors_js_1.ToolError(`Refusing Trivy ${version}: it was a malicious release (${bad}).`);
    const p = o.platform;
    const archive = archiveName(version, p);
    const row = known[version];
    const tableDigest = row?.archives[p.key];
    if (tableDigest && o.sha256 && o.sha256 !== tableDigest) {
        throw new errors_js_1.InputError('trivy-sha256', `Invalid input 'trivy-sha256': '${o.sha256}' is not the digest of ${archive}; Keelson's known-good digest is ${tableDigest}. Remove 'trivy-sha256' or correct it.`);
    }
    const expected = tableDigest ?? o.sha256;
    if (!expected) {
        const versions = Object.keys(known).join(', ');
        throw errors_js_1.InputError.required('trivy-sha256', row
            ? `Keelson has no known-good digest of ${archive} (it knows ${Object.keys(row.archives).join(', ')} for ${version}); give the archive's SHA-256 from a source you trust`
            : `Trivy ${version} is not in Keelson's table of verified releases (${versions}); give the SHA-256 of ${archive} from a source you trust, or use one of those versions`);
    }
    const verifiedBy = tableDigest ? 'keelson' : 'trivy-sha256';
    const dir = (0, node_path_1.join)(o.toolCache, 'trivy', version, p.arch);
    const binary = (0, node_path_1.join)(dir, p.binary);
    const markerFile = (0, node_path_1.join)(dir, 'keelson-verified.json');
    const marker = (0, node_fs_1.existsSync)(binary) ? readMarker(markerFile) : undefined;
    if (marker && marker.archiveSha256 === expected && sha256((0, node_fs_1.readFileSync)(binary)) === marker.binarySha256) {
        o.log?.(`Trivy ${version} from the tool cache (${binary}), verified earlier against ${marker.verifiedBy === 'keelson' ? "Keelson's known-good digest" : 'trivy-sha256'}.`);
        return { binary, version, cached: true, archive, archiveSha256: expected, verifiedBy: marker.verifiedBy };
    }
    const base = (o.releaseUrl ?? versions_js_1.DEFAULT_RELEASE_URL).replace(/\/+$/, '');
    const checksumsName = `trivy_${version}_checksums.txt`;
    o.log?.(`Downloading ${base}/v${version}/${archive}`);
    const data = await download(`${base}/v${version}/${archive}`, archive, o);
    const checksumsText = (await download(`${base}/v${version}/${checksumsName}`, checksumsName, o)).toString('utf8');
    const checksums = parseChecksums(checksumsText);
    if (checksums.size === 0) {
        throw new errors_js_1.ToolError(`Refusing Trivy ${version}: ${checksumsName} lists no SHA-256 digests.`);
    }
    for (const [key, digest] of Object.entries(row?.archives ?? {})) {
        const name = `trivy_${version}_${key}.${key === 'windows-64bit' ? 'zip' : 'tar.gz'}`;
        const listed = checksums.get(name);
        if (listed !== undefined && listed !== digest) {
            throw new errors_js_1.ToolError(`Refusing Trivy ${version}: the release's ${checksumsName} does not match Keelson's known-good digests ` +
                `(${name}: the file lists ${listed}, the known-good digest is ${digest}). The release was replaced.`);
        }
    }
    const listed = checksums.get(archive);
    if (!listed)
        throw new errors_js_1.ToolError(`Refusing Trivy ${version}: ${checksumsName} has no entry for ${archive}.`);
    const actual = sha256(data);
    if (actual !== listed) {
        throw new errors_js_1.ToolError(`Refusing Trivy ${version}: the SHA-256 of ${archive} is ${actual} but the release's ${checksumsName} lists ${listed}.`);
    }
    if (actual !== expected) {
        throw new errors_js_1.ToolError(`Refusing Trivy ${version}: the SHA-256 of ${archive} is ${actual}, expected ${expected} (${verifiedBy === 'keelson' ? "Keelson's known-good digest" : 'trivy-sha256'}).`);
    }
    let bin;
    try {
        bin = p.ext === 'zip' ? (0, archive_js_1.extractFromZip)(data, p.binary) : (0, archive_js_1.extractFromTarGz)(data, p.binary);
    }
    catch (e) {
        if (e instanceof archive_js_1.ArchiveError)
            throw new errors_js_1.ToolError(`Cannot unpack ${archive}: ${e.message}.`);
        throw e;
    }
    (0, node_fs_1.mkdirSync)(dir, { recursive: true });
    const tmp = `${binary}.${process.pid}.tmp`;
    (0, node_fs_1.writeFileSync)(tmp, bin);
    (0, node_fs_1.chmodSync)(tmp, 0o755);
    (0, node_fs_1.renameSync)(tmp, binary);
    const m = { archive, archiveSha256: actual, binarySha256: sha256(bin), verifiedBy };
    (0, node_fs_1.writeFileSync)(markerFile, JSON.stringify(m, null, 2) + '\n');
    o.log?.(`Trivy ${version} verified (${archive} sha256 ${actual}, against ${verifiedBy === 'keelson' ? "Keelson's known-good digest and" : 'trivy-sha256 and'} ${checksumsName}) and cached in ${dir}.`);
    return { binary, version, cached: false, archive, archiveSha256: actual, verifiedBy };
}


/***/ }),

/***/ 6290:
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
const summary_js_1 = __webpack_require__(1119);
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

/***/ 5949:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.GITHUB_LIMITS = exports.SARIF_SCHEMA = void 0;
exports.writeSarif = writeSarif;
exports.securitySeverity = securitySeverity;
exports.imageRepositoryPath = imageRepositoryPath;
exports.clearUri = clearUri;
exports.artifactUri = artifactUri;
exports.fingerprint = fingerprint;
exports.buildSarif = buildSarif;
/**
 * SARIF 2.1.0 from Trivy's JSON, with every finding: vulnerabilities, failed misconfigurations and secrets. Rule
 * ids, rule names, levels and artifact URIs follow Trivy's own SARIF writer (pkg/report/sarif.go) so alerts keep
 * their identity when a repository moves from `trivy -f sarif` to Keelson; what differs:
 *  - nothing is cut by the gate's severity filter (the gate is separate);
 *  - `security-severity` always agrees with Trivy's severity (a CVSS score outside the severity's band is not
 *    used), so code scanning and the gate never disagree about how bad a finding is;
 *  - a rule's help describes the rule, not the first package it was seen in;
 *  - ignored findings carry a SARIF suppression with the ignore file's reason;
 *  - fs/config locations are repository-relative (`%SRCROOT%`), prefixed with the scanned path;
 *  - every result has a stable `partialFingerprints` entry of its own (rule, target, package, path, resource);
 *  - GitHub's upload limits are kept (20 runs, 25,000 results and rules per run, 1,000 locations per result,
 *    10 MB gzipped): beyond them the least severe results are left out and the caller is told how many.
 */
const node_fs_1 = __webpack_require__(3024);
const node_zlib_1 = __webpack_require__(8522);
const report_js_1 = __webpack_require__(4352);
exports.SARIF_SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
/** GitHub code scanning's hard limits on one uploaded file. */
exports.GITHUB_LIMITS = {
    runs: 20,
    resultsPerRun: 25_000,
    rulesPerRun: 25_000,
    locationsPerResult: 1_000,
    gzipBytes: 10 * 1024 * 1024,
};
/** Writes the log to `file` chunk by chunk (no second copy of a large log in memory). */
function writeSarif(file, out) {
    const fd = (0, node_fs_1.openSync)(file, 'w');
    try {
        for (const c of out.chunks)
            (0, node_fs_1.writeSync)(fd, c);
    }
    finally {
        (0, node_fs_1.closeSync)(fd);
    }
}
const LEVEL = {
    CRITICAL: 'error',
    HIGH: 'error',
    MEDIUM: 'warning',
    LOW: 'note',
    UNKNOWN: 'note',
};
/** Trivy's severity → score mapping, and the band of CVSS scores GitHub reads as the same severity. */
const SCORE = {
    CRITICAL: { score: '9.5', min: 9.0, max: 10 },
    HIGH: { score: '8.0', min: 7.0, max: 8.9 },
    MEDIUM: { score: '5.5', min: 4.0, max: 6.9 },
    LOW: { score: '2.0', min: 0.1, max: 3.9 },
    UNKNOWN: { score: '0.0', min: 0, max: 0 },
};
const RULE_NAME = {
    'os-pkgs': 'OsPackageVulnerability',
    'lang-pkgs': 'LanguageSpecificPackageVulnerability',
    config: 'Misconfiguration',
    secret: 'Secret',
};
/** `security-severity` for a finding: its CVSS v3 score when inside its severity's band, else Trivy's score. */
function securitySeverity(f) {
    const band = SCORE[f.severity];
    const s = f.cvss;
    if (typeof s === 'number' && s >= band.min && s <= band.max)
        return s.toFixed(1);
    return band.score;
}
const COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
/**
 * What Trivy's SARIF uses as the URI of an OS-package finding: the target without its `(distro version)` suffix,
 * as an image repository path when it parses as an image reference (`alpine:3.10` → `library/alpine`).
 */
function imageRepositoryPath(target) {
    let input = target.replace(/\s*\([^)]*\).*$/, '');
    const at = input.indexOf('@');
    if (at >= 0)
        input = input.slice(0, at);
    const parts = input.split('/');
    let registry = 'index.docker.io';
    const first = parts[0] ?? '';
    if (parts.length > 1 && (first.includes('.') || first.includes(':') || first === 'localhost')) {
        registry = first;
        parts.shift();
    }
    const last = parts.length - 1;
    const colon = (parts[last] ?? '').lastIndexOf(':');
    if (colon > 0)
        parts[last] = parts[last].slice(0, colon);
    if (parts.length === 0 || !parts.every((p) => COMPONENT.test(p)))
        return clearUri(target);
    if (registry === 'index.docker.io' && parts.length === 1)
        parts.unshift('library');
    return parts.join('/');
}
/** Trivy's clearURI: forward slashes, and Terraform module sources turned into browsable paths. */
function clearUri(s) {
    let out = s.replace(/\\/g, '/');
    if (out.startsWith('git@github.com:')) {
        out = out.replace('git@github.com:', 'github.com/').replace(/\.git/g, '').replace('?ref=', '/tree/');
    }
    else if (out.startsWith('git::https:/') && !out.startsWith('git::https://')) {
        out = out.slice('git::https:/'.length).replace(/\.git/g, '');
    }
    else if (out.startsWith('git::ssh://')) {
        const at = out.indexOf('@');
        if (at >= 0)
            out = out.slice(at + 1);
        out = out.replace(/\.git/g, '');
    }
    else if (out.startsWith('git::')) {
        out = out.slice(5).replace(/\.git/g, '');
    }
    else if (out.startsWith('hg::')) {
        out = out.slice(4).replace(/\.hg/g, '');
    }
    else if (out.startsWith('s3::')) {
        out = out.slice(4);
    }
    else if (out.startsWith('gcs::')) {
        out = out.slice(5);
    }
    return out;
}
function isRemote(uri) {
    return /^[a-z][a-z0-9+.-]*:\/\//i.test(uri) || uri.startsWith('github.com/');
}
/** The artifact URI of a finding, as Trivy writes it; `repoFile` says whether it is a file in the repository. */
function artifactUri(f, meta, pathPrefix) {
    const image = meta.artifactType === 'container_image' || meta.artifactType === 'vm';
    let uri;
    if (f.kind === 'vulnerabilities') {
        const path = f.pkgPath || f.target;
        uri = !f.pkgPath && f.resultClass === 'os-pkgs' ? imageRepositoryPath(f.target) : clearUri(path);
    }
    else {
        uri = clearUri(f.target);
    }
    if (uri === '')
        uri = clearUri(meta.artifactName) || '.';
    const repoFile = !image && !isRemote(uri) && !uri.startsWith('/');
    if (repoFile && pathPrefix)
        uri = `${pathPrefix.replace(/\/+$/, '')}/${uri.replace(/^\.\//, '')}`;
    return { uri, repoFile };
}
function ruleText(f) {
    const url = f.url ?? '';
    const link = url ? `[${f.id}](${url})` : f.id;
    const description = f.description || f.title;
    if (f.kind === 'vulnerabilities') {
        return {
            short: f.title,
            full: description,
            helpText: `Vulnerability ${f.id}\nSeverity: ${f.severity}\nLink: ${link}`,
            // The description is the rule's fullDescription, shown at the top of the alert: not repeated here.
            helpMarkdown: `**Vulnerability ${f.id}**\n| Severity | Link |\n| --- | --- |\n|${f.severity}|${link}|`,
        };
    }
    if (f.kind === 'misconfigurations') {
        const resolution = f.resolution ? `\nResolution: ${f.resolution}` : '';
        return {
            short: f.title,
            full: description,
            helpText: `Misconfiguration ${f.id}\nType: ${f.checkType ?? ''}\nSeverity: ${f.severity}\nCheck: ${f.title}` +
                `${resolution}\nLink: ${link}`,
            helpMarkdown: `**Misconfiguration ${f.id}**\n| Type | Severity | Check | Link |\n| --- | --- | --- | --- |\n` +
                `|${f.checkType ?? ''}|${f.severity}|${f.title}|${link}|` +
                (f.resolution ? `\n\n**Resolution:** ${f.resolution}` : ''),
        };
    }
    return {
        short: f.title,
        full: `${f.title}${f.category ? ` (${f.category})` : ''}`,
        helpText: `Secret ${f.title}\nSeverity: ${f.severity}\nRule: ${f.id}`,
        helpMarkdown: `**Secret ${f.title}**\n| Severity | Rule |\n| --- | --- |\n|${f.severity}|${f.id}|`,
    };
}
/** The result's message as a JSON string literal, built from escaped fields (no second pass over the text). */
function resultMessageJson(f, uri) {
    const id = E(f.id);
    const link = f.url ? `[${id}](${E(f.url)})` : id;
    if (f.kind === 'vulnerabilities') {
        return (`"Package: ${E(f.pkgName)}\\nInstalled Version: ${E(f.installedVersion)}\\nVulnerability ${id}\\n` +
            `Severity: ${f.severity}\\nFixed Version: ${E(f.fixedVersion)}\\nLink: ${link}"`);
    }
    if (f.kind === 'misconfigurations') {
        return (`"Artifact: ${E(uri)}\\nType: ${E(f.resultType)}\\nVulnerability ${id}\\nSeverity: ${f.severity}\\n` +
            `Message: ${E(f.message)}\\nLink: ${link}"`);
    }
    return (`"Artifact: ${E(uri)}\\nType: ${E(f.resultType)}\\nSecret ${E(f.title)}\\nSeverity: ${f.severity}\\n` +
        `Match: ${E(f.message)}"`);
}
/**
 * FNV-1a over the given strings (a separator between them), 64 bits as two 32-bit halves: a cheap, stable
 * identity hash (not a security boundary). Hashes the parts where they are, without building a key string.
 */
function fnv64(parts) {
    let h1 = 0x811c9dc5;
    let h2 = 0xcbf29ce4;
    for (let p = 0; p < parts.length; p++) {
        const text = parts[p] ?? '';
        for (let i = 0; i < text.length; i++) {
            const c = text.charCodeAt(i);
            h1 = Math.imul(h1 ^ c, 0x01000193);
            h2 = Math.imul(h2 ^ c, 0x01000193) ^ (h1 >>> 15);
        }
        h1 = Math.imul(h1 ^ 0x1f, 0x01000193);
        h2 = Math.imul(h2 ^ 0x1f, 0x01000193) ^ (h1 >>> 15);
    }
    return hex32(h1) + hex32(h2);
}
const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));
/** Eight lower-case hex digits of a 32-bit value (Number#toString(16) and padStart cost more per call). */
function hex32(h) {
    return (HEX[(h >>> 24) & 0xff] +
        HEX[(h >>> 16) & 0xff] +
        HEX[(h >>> 8) & 0xff] +
        HEX[h & 0xff]);
}
/** A stable identity for a finding, independent of line numbers (those move when unrelated lines change). */
function fingerprint(f) {
    return f.kind === 'vulnerabilities'
        ? fnv64([f.kind, f.id, f.target, f.pkgPath, f.pkgName, f.installedVersion])
        : f.kind === 'misconfigurations'
            ? fnv64([f.kind, f.id, f.target, f.resource, f.message])
            : fnv64([f.kind, f.id, f.target, f.message]);
}
/** Characters a JSON string must escape, and lone surrogates (JSON.stringify escapes those too). */
// eslint-disable-next-line no-control-regex -- the control characters JSON must escape
const NEEDS_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/;
/** A JSON string literal: quoted as it is when nothing needs escaping (most values), else JSON.stringify. */
function Q(text) {
    return NEEDS_ESCAPE.test(text) ? JSON.stringify(text) : `"${text}"`;
}
/** The inside of a JSON string literal for `text` ('' for undefined). */
function E(text) {
    if (!text)
        return '';
    return NEEDS_ESCAPE.test(text) ? JSON.stringify(text).slice(1, -1) : text;
}
const J = JSON.stringify;
const CHUNK_BYTES = 1 << 20;
const LEGACY_COMMAND = Buffer.from('##[');
/**
 * Collects JSON text as UTF-8 in buffers of about a megabyte: encoded once, then deflated (to bound the gzipped
 * size) and written as they are. `##[` (the legacy workflow-command prefix, read anywhere in a printed line) is
 * written `##\u005b`, the same string to any JSON parser, since `keelson trivy-sarif` prints the log; it can
 * only occur inside a JSON string, and no string is split across buffers.
 */
class Chunks {
    measureAbove;
    chunks = [];
    buf = Buffer.allocUnsafe(CHUNK_BYTES);
    off = 0;
    bytes = 0;
    /** Deflated sizes of the chunks, measured on libuv's thread pool while the next chunks are written. */
    deflated;
    /** Past this many bytes the file might not fit GitHub's gzipped limit: chunks are measured from then on. */
    constructor(measureAbove) {
        this.measureAbove = measureAbove;
    }
    push(part) {
        if (this.off + part.length * 3 > this.buf.length) {
            this.flush();
            if (part.length * 3 > this.buf.length)
                this.buf = Buffer.allocUnsafe(part.length * 3);
        }
        this.off += this.buf.write(part, this.off, 'utf8');
    }
    flush() {
        if (this.off === 0)
            return;
        let chunk = this.buf.subarray(0, this.off);
        if (chunk.indexOf(LEGACY_COMMAND) >= 0) {
            chunk = Buffer.from(chunk.toString('utf8').replace(/##\[/g, '##\\u005b'), 'utf8');
        }
        this.chunks.push(chunk);
        this.bytes += chunk.length;
        this.buf = Buffer.allocUnsafe(CHUNK_BYTES);
        this.off = 0;
        if (this.deflated)
            this.deflated.push(deflatedSize(chunk));
        else if (this.bytes > this.measureAbove)
            this.deflated = this.chunks.map(deflatedSize);
    }
    /**
     * A conservative estimate of the gzipped size, or undefined when the raw size already fits: each chunk deflated
     * on its own (without a window shared across chunks, which in practice only makes it larger than deflating
     * the whole), at the fastest level (in practice larger than the default level codeql-action uses), plus
     * gzip's 18 bytes of header and trailer.
     */
    async gzipEstimate() {
        if (!this.deflated)
            return undefined;
        const sizes = await Promise.all(this.deflated);
        return sizes.reduce((a, b) => a + b, 18);
    }
}
function deflatedSize(chunk) {
    return new Promise((resolve, reject) => {
        (0, node_zlib_1.deflateRaw)(chunk, { level: 1 }, (e, out) => (e ? reject(e) : resolve(out.length)));
    });
}
function location(artifact, start, end, messageJson) {
    return (`{"physicalLocation":{"artifactLocation":${artifact},"region":{"startLine":${start},` +
        `"endLine":${end >= start ? end : start}}},"message":{"text":${messageJson}}}`);
}
/** The findings of a run in the order they go into the SARIF: the most severe first, report order within. */
function severityOrder(findings) {
    const buckets = [[], [], [], [], []];
    for (const f of findings)
        buckets[report_js_1.SEVERITY_RANK[f.severity]].push(f);
    // Array#flat is generic (and slow on 50,000 elements): concatenate by hand.
    const out = new Array(findings.length);
    let k = 0;
    for (const b of buckets)
        for (let i = 0; i < b.length; i++)
            out[k++] = b[i];
    return out;
}
function resultProperties(f) {
    let p = `{"severity":"${f.severity}"`;
    if (f.kind === 'vulnerabilities') {
        // Package, installed and fixed version are in the message; the package URL identifies the package exactly.
        if (f.pkgPath)
            p += `,"packagePath":${Q(f.pkgPath)}`;
        if (f.purl)
            p += `,"purl":${Q(f.purl)}`;
    }
    else if (f.resource) {
        p += `,"resource":${Q(f.resource)}`;
    }
    return p + '}';
}
/**
 * Writes one run with the first `n` findings of `ordered` into `out`: rules first (each rule once, described by
 * its most severe finding), then results. Result text is written as it is made, so a large run never holds its
 * results twice.
 */
function writeRun(input, ordered, n, out) {
    const { meta } = input;
    const prefix = (input.pathPrefix ?? '').replace(/^\.\/?$/, '');
    const ruleIndex = new Map();
    const ruleFindings = [];
    /** Each result's rule index, looked up once. */
    const ruleOf = new Int32Array(n);
    for (let i = 0; i < n; i++) {
        const f = ordered[i];
        let r = ruleIndex.get(f.id);
        if (r === undefined) {
            r = ruleFindings.length;
            ruleIndex.set(f.id, r);
            ruleFindings.push(f);
        }
        ruleOf[i] = r;
    }
    const driver = {
        name: 'Trivy',
        fullName: 'Trivy Vulnerability Scanner',
        informationUri: 'https://github.com/aquasecurity/trivy',
        version: meta.trivyVersion || 'unknown',
    };
    out.push(`{"tool":{"driver":${J(driver).slice(0, -1)},"rules":[`);
    ruleFindings.forEach((f, i) => {
        const t = ruleText(f);
        const tag = f.kind === 'vulnerabilities' ? 'vulnerability' : f.kind === 'secrets' ? 'secret' : 'misconfiguration';
        const name = RULE_NAME[f.resultClass] ?? (f.kind === 'secrets' ? 'Secret' : 'UnknownIssue');
        out.push(`${i > 0 ? ',' : ''}{"id":${Q(f.id)},"name":"${name}","shortDescription":{"text":${Q(t.short)}},` +
            `"fullDescription":{"text":${Q(t.full)}},"defaultConfiguration":{"level":"${LEVEL[f.severity]}"},` +
            `${f.url ? `"helpUri":${Q(f.url)},` : ''}"help":{"text":${Q(t.helpText)},"markdown":${Q(t.helpMarkdown)}},` +
            `"properties":{"tags":["${tag}","security","${f.severity}"],"precision":"very-high",` +
            `"security-severity":"${securitySeverity(f)}"}}`);
    });
    out.push(']}},"results":[');
    const osUris = new Map();
    const fileUris = new Map();
    let suppressed = 0;
    for (let i = 0; i < n; i++) {
        const f = ordered[i];
        // Keyed by the report's own strings (their hashes are cached): no key string is built per result.
        const byTarget = f.kind === 'vulnerabilities' && f.resultClass === 'os-pkgs' && !f.pkgPath ? osUris : fileUris;
        let perTarget = byTarget.get(f.target);
        if (!perTarget) {
            perTarget = new Map();
            byTarget.set(f.target, perTarget);
        }
        const path = f.kind === 'vulnerabilities' ? (f.pkgPath ?? '') : '';
        let loc = perTarget.get(path);
        if (!loc) {
            const a = artifactUri(f, meta, prefix);
            loc = {
                uri: a.uri,
                uriText: E(a.uri),
                json: `{"uri":${Q(a.uri)}${a.repoFile ? ',"uriBaseId":"%SRCROOT%"' : ''}}`,
                packages: undefined,
            };
            perTarget.set(path, loc);
        }
        const { uri, json: artifact } = loc;
        let locations;
        if (f.kind === 'vulnerabilities' && f.locations && f.locations.length > 0) {
            // A package's lines in a lock file: written once per package and reused for its other vulnerabilities.
            // Keyed by package, then version (the report's strings): no key string is built per result.
            const name = f.pkgName ?? '';
            const version = f.installedVersion ?? '';
            loc.packages ??= new Map();
            let versions = loc.packages.get(name);
            if (!versions) {
                versions = new Map();
                loc.packages.set(name, versions);
            }
            let cached = versions.get(version);
            if (cached === undefined) {
                const whereJson = `"${loc.uriText}: ${E(name)}@${E(version)}"`;
                cached = '';
                const m = Math.min(f.locations.length, exports.GITHUB_LIMITS.locationsPerResult);
                for (let j = 0; j < m; j++) {
                    const sp = f.locations[j];
                    cached += (j ? ',' : '') + location(artifact, sp.startLine, sp.endLine, whereJson);
                }
                versions.set(version, cached);
            }
            locations = cached;
        }
        else if (f.kind === 'vulnerabilities') {
            // Escaped part by part: the same JSON as escaping the joined text, without building it first.
            locations = location(artifact, 1, 1, `"${loc.uriText}: ${E(f.pkgName)}@${E(f.installedVersion)}"`);
        }
        else {
            locations = location(artifact, f.startLine ?? 1, f.endLine ?? f.startLine ?? 1, `"${loc.uriText}"`);
        }
        let json = `${i ? ',' : ''}{"ruleId":${Q(f.id)},"ruleIndex":${ruleOf[i]},"level":"${LEVEL[f.severity]}",` +
            `"message":{"text":${resultMessageJson(f, uri)}},"locations":[${locations}],` +
            `"partialFingerprints":{"keelsonFinding/v1":"${fingerprint(f)}"},"properties":${resultProperties(f)}`;
        const ignored = input.ignoredBy?.(f);
        if (ignored) {
            suppressed++;
            const justification = `${ignored.reason ?? 'Ignored'} (${ignored.where}` +
                `${ignored.expires ? `, until ${ignored.expires.text}` : ''})`;
            json += `,"suppressions":[{"kind":"external","status":"accepted","justification":${Q(justification)}}]`;
        }
        out.push(json + '}');
    }
    const run = {
        automationDetails: { id: `${input.category}/` },
        columnKind: 'utf16CodeUnits',
    };
    if (meta.artifactType === 'container_image') {
        run.properties = {
            imageName: meta.artifactName,
            repoTags: meta.repoTags,
            repoDigests: meta.repoDigests,
            imageID: meta.imageId,
        };
    }
    out.push(`],${J(run).slice(1)}`);
    return {
        category: input.category,
        findings: ordered.length,
        results: n,
        rules: ruleFindings.length,
        omitted: ordered.length - n,
        suppressed,
    };
}
async function render(inputs, ordered, keep, maxGzip) {
    // Gzip never makes text much larger than its UTF-8 size: measure only when the raw size does not settle it.
    const out = new Chunks(maxGzip - 64);
    out.push(`{"version":"2.1.0","$schema":${J(exports.SARIF_SCHEMA)},"runs":[`);
    const runs = inputs.map((input, i) => {
        if (i > 0)
            out.push(',');
        return writeRun(input, ordered[i], keep[i], out);
    });
    out.push(']}');
    out.flush();
    return { chunks: out.chunks, bytes: out.bytes, runs, gz: await out.gzipEstimate() };
}
/**
 * Builds the SARIF log for one or more scans (one run each). The rules of a run list only rules that have a
 * result in the file.
 */
async function buildSarif(inputs, limits = {}) {
    if (inputs.length > exports.GITHUB_LIMITS.runs) {
        throw new RangeError(`SARIF: ${inputs.length} runs; GitHub accepts at most ${exports.GITHUB_LIMITS.runs} per file`);
    }
    const maxResults = Math.min(limits.resultsPerRun ?? exports.GITHUB_LIMITS.resultsPerRun, exports.GITHUB_LIMITS.resultsPerRun);
    const maxGzip = limits.gzipBytes ?? exports.GITHUB_LIMITS.gzipBytes;
    const ordered = inputs.map((i) => severityOrder(i.findings));
    const counted = ordered.map((o) => Math.min(o.length, maxResults));
    let log = await render(inputs, ordered, counted, maxGzip);
    let gzipBytes = log.gz;
    let cutForSize = false;
    if (gzipBytes !== undefined && gzipBytes > maxGzip) {
        // Keep the same share of every run, the most severe first: binary search on the share, in 1/4096 steps.
        cutForSize = true;
        const keepAt = (q) => counted.map((c) => Math.floor((c * q) / 4096));
        let lo = 0;
        let hi = 4095;
        let best = await render(inputs, ordered, keepAt(0), maxGzip);
        while (lo < hi) {
            const mid = Math.ceil((lo + hi) / 2);
            const l = await render(inputs, ordered, keepAt(mid), maxGzip);
            if ((l.gz ?? 0) <= maxGzip) {
                best = l;
                lo = mid;
            }
            else {
                hi = mid - 1;
            }
        }
        log = best;
        gzipBytes = best.gz;
    }
    const stats = log.runs;
    const omitted = stats.reduce((n, s) => n + s.omitted, 0);
    const total = stats.reduce((n, s) => n + s.findings, 0);
    let note;
    if (omitted > 0) {
        const byResults = counted.some((c, i) => c < ordered[i].length);
        const why = [
            byResults ? `${exports.GITHUB_LIMITS.resultsPerRun.toLocaleString('en-US')} results per run` : '',
            cutForSize ? `${Math.round(maxGzip / 1024 / 1024)} MB gzipped per file` : '',
        ]
            .filter(Boolean)
            .join(' and ');
        note =
            `The SARIF file holds the ${(total - omitted).toLocaleString('en-US')} most severe of ` +
                `${total.toLocaleString('en-US')} findings (GitHub accepts at most ${why}); the JSON report has all of them.`;
    }
    const chunks = log.chunks;
    return {
        chunks,
        bytes: log.bytes,
        get text() {
            return Buffer.concat(chunks).toString('utf8');
        },
        runs: stats,
        gzipBytes,
        note,
    };
}


/***/ }),

/***/ 4439:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

var __webpack_unused_export__;

__webpack_unused_export__ = ({ value: true });
__webpack_unused_export__ = scanArgs;
exports.runTrivyScan = runTrivyScan;
__webpack_unused_export__ = analyzeExistingReport;
/**
 * The trivy-scan flow: a verified Trivy, the vulnerability DB through the mirror chain, one Trivy run writing
 * JSON, then everything derived from that JSON (SARIF file, counts, gate, summary). Returns data; the caller
 * (the action's main.ts, or anything else that wants the scan stage) writes outputs and the summary and decides
 * what a failed gate does. Progress goes to `log` (Keelson's own words); Trivy's own output goes to `output`,
 * which the action prints with workflow commands switched off (it echoes names from the scanned image).
 */
const node_fs_1 = __webpack_require__(3024);
const node_path_1 = __webpack_require__(6760);
const errors_js_1 = __webpack_require__(7268);
const tool_js_1 = __webpack_require__(7064);
const analyze_js_1 = __webpack_require__(3576);
const sarif_js_1 = __webpack_require__(5949);
const db_js_1 = __webpack_require__(6872);
const ignore_js_1 = __webpack_require__(2292);
const install_js_1 = __webpack_require__(1639);
const known_releases_js_1 = __webpack_require__(6346);
const render_js_1 = __webpack_require__(6290);
const report_js_1 = __webpack_require__(4352);
const settings_js_1 = __webpack_require__(3603);
const tool_js_2 = __webpack_require__(3864);
const versions_js_1 = __webpack_require__(2295);
function logIgnore(s, ignore, log) {
    if (!ignore)
        return;
    log(`Ignore file: ${ignore.file}${s.ignoreFileSource === 'found' ? ' (found in the workspace)' : ''}, ${ignore.entries.length} entr${ignore.entries.length === 1 ? 'y' : 'ies'}.`);
}
async function readIgnore(s, workspace) {
    if (!s.ignoreFile)
        return undefined;
    const shown = s.ignoreFile.startsWith(workspace + '/')
        ? s.ignoreFile.slice(workspace.length + 1)
        : s.ignoreFile;
    return (0, ignore_js_1.parseIgnoreFile)((0, node_fs_1.readFileSync)(s.ignoreFile, 'utf8'), shown, 'ignore-file');
}
async function resolveTrivy(s, deps) {
    if (s.trivyVersion === 'path') {
        const found = (0, tool_js_1.which)('trivy', deps.env);
        if (!found)
            throw new errors_js_1.ToolError("'trivy-version: path' but no 'trivy' is on PATH. Install it first, or give a version.");
        return { binary: found, source: `from PATH (${found})` };
    }
    const installed = await (0, install_js_1.installTrivy)({
        version: s.trivyVersion,
        sha256: s.trivySha256,
        releaseUrl: s.releaseUrl,
        toolCache: s.toolCache,
        platform: deps.platform ?? (0, install_js_1.runnerPlatform)(),
        known: deps.known ?? known_releases_js_1.KNOWN_RELEASES,
        clock: deps.clock,
        fetch: deps.fetch,
        log: deps.log,
    });
    const how = installed.verifiedBy === 'keelson' ? "Keelson's known-good digest" : 'trivy-sha256';
    return {
        binary: installed.binary,
        expected: installed.version,
        source: `${installed.cached ? 'tool cache' : 'downloaded'}, verified against ${how}`,
    };
}
async function checkVersion(trivy, expected) {
    const r = await trivy.run(['--version']);
    const version = (0, tool_js_2.parseVersionOutput)(r.stdout);
    if (r.exitCode !== 0 || !version) {
        throw new errors_js_1.ToolError(`'${trivy.binary} --version' did not report a version (exit ${r.exitCode}): ${(0, tool_js_2.lastError)(r.stdout + r.stderr)}`);
    }
    const bad = known_releases_js_1.MALICIOUS_RELEASES[version];
    if (bad)
        throw new errors_js_1.ToolError(`Refusing to run Trivy ${version} (${trivy.binary}): it was a malicious release (${bad}).`);
    if (expected && version !== expected) {
        throw new errors_js_1.ToolError(`The Trivy binary installed as ${expected} reports version ${version}; refusing a mislabelled release.`);
    }
    if ((0, versions_js_1.compareVersions)(version, known_releases_js_1.MIN_TRIVY_VERSION) < 0) {
        throw new errors_js_1.ToolError(`Trivy ${version} on PATH is too old: Keelson needs ${known_releases_js_1.MIN_TRIVY_VERSION} or later.`);
    }
    return version;
}
function uniqueFile(dir, base, ext) {
    for (let i = 1;; i++) {
        const f = (0, node_path_1.join)(dir, `${base}${i === 1 ? '' : `-${i}`}${ext}`);
        if (!(0, node_fs_1.existsSync)(f))
            return f;
    }
}
/** Trivy's argv for the scan (after the binary). */
function scanArgs(s, files) {
    const args = [s.scanType];
    args.push('--format', 'json', '--output', files.json, '--cache-dir', s.cacheDir);
    args.push('--config', files.config, '--ignorefile', files.ignore);
    args.push('--no-progress', '--skip-version-check', '--disable-telemetry', '--timeout', `${Math.ceil(s.timeoutMs / 1000)}s`);
    if (s.scanType !== 'config') {
        args.push('--scanners', s.scanners.join(','));
        if (s.scanners.includes('vuln')) {
            args.push('--skip-db-update', '--java-db-repository', s.javaDbRepositories.join(','));
            if (s.skipDbUpdate)
                args.push('--skip-java-db-update');
        }
        if (s.scanType === 'fs')
            args.push('--list-all-pkgs');
    }
    if (s.scanType === 'image') {
        if (s.imageTarball)
            args.push('--input', s.imageTarball);
        else
            args.push(s.imageRef);
    }
    else {
        args.push(s.path);
    }
    return args;
}
async function runTrivyScan(s, deps) {
    // A bad ignore file stops here, before a long scan.
    const ignore = await readIgnore(s, deps.workspace);
    logIgnore(s, ignore, deps.log);
    const needsDb = s.scanType !== 'config' && s.scanners.includes('vuln');
    if (needsDb && s.skipDbUpdate && !(0, db_js_1.hasDb)(s.cacheDir)) {
        throw new errors_js_1.InputError('skip-db-update', `Input 'skip-db-update' is true but '${s.cacheDir}' holds no vulnerability DB (db/trivy.db). Restore the cached DB into 'cache-dir' first, or set 'skip-db-update: false'.`);
    }
    const resolved = await resolveTrivy(s, deps);
    const extra = {};
    if (s.scanType === 'image' && s.registryUsername)
        extra.TRIVY_USERNAME = s.registryUsername;
    if (s.scanType === 'image' && s.registryPassword)
        extra.TRIVY_PASSWORD = s.registryPassword;
    const trivy = (0, tool_js_2.createTrivy)(resolved.binary, {
        cwd: deps.workspace,
        env: (0, tool_js_2.trivyEnv)(deps.env, { image: s.scanType === 'image', extra }),
    });
    const version = await checkVersion(trivy, resolved.expected);
    deps.log(`Trivy ${version} (${resolved.source}).`);
    let db;
    if (needsDb && !s.skipDbUpdate) {
        (0, node_fs_1.mkdirSync)(s.cacheDir, { recursive: true });
        db = await (0, db_js_1.downloadDb)(trivy, {
            repositories: s.dbRepositories,
            cacheDir: s.cacheDir,
            clock: deps.clock,
            backoffMs: deps.dbBackoffMs,
            timeoutMs: s.timeoutMs,
            onOutput: deps.output,
            log: deps.log,
        });
    }
    (0, node_fs_1.mkdirSync)(s.outputDir, { recursive: true });
    const base = (0, settings_js_1.slug)(s.category);
    const jsonFile = uniqueFile(s.outputDir, base, '.json');
    const sarifFile = jsonFile.replace(/\.json$/, '.sarif');
    // Trivy would otherwise read trivy.yaml and .trivyignore from the working directory: this run reads neither.
    const scratch = (0, node_fs_1.mkdtempSync)((0, node_path_1.join)(s.outputDir, '.keelson-'));
    const files = { json: jsonFile, config: (0, node_path_1.join)(scratch, 'trivy.yaml'), ignore: (0, node_path_1.join)(scratch, 'trivyignore') };
    (0, node_fs_1.writeFileSync)(files.config, '# Keelson runs Trivy with its settings on the command line only.\n');
    (0, node_fs_1.writeFileSync)(files.ignore, '');
    let result;
    try {
        deps.log(`trivy ${s.scanType} → ${jsonFile}`);
        result = await trivy.run(scanArgs(s, files), { onOutput: deps.output, timeoutMs: s.timeoutMs + 60_000 });
    }
    finally {
        (0, node_fs_1.rmSync)(scratch, { recursive: true, force: true });
    }
    if (result.exitCode !== 0) {
        throw new errors_js_1.ToolError(`Trivy ${s.scanType} scan failed with exit code ${result.exitCode}: ${(0, tool_js_2.lastError)(result.stdout + result.stderr)}`);
    }
    let json;
    try {
        json = (0, node_fs_1.readFileSync)(jsonFile, 'utf8');
    }
    catch {
        throw new errors_js_1.ToolError(`Trivy exited 0 but wrote no report to ${jsonFile}.`);
    }
    const data = (0, report_js_1.parseReportData)(json, jsonFile);
    return finishScan(s, data, {
        clock: deps.clock,
        jsonFile,
        sarifFile,
        version,
        source: resolved.source,
        binary: resolved.binary,
        db,
        ignore,
    });
}
/** Everything derived from one Trivy report: analysis (counts, gate, summary), the SARIF file, the outputs. */
async function finishScan(s, data, o) {
    const { jsonFile, sarifFile, version, db, ignore } = o;
    const what = s.scanType === 'image' ? (s.imageRef ?? s.imageTarball ?? '') : s.pathInWorkspace || '.';
    const analysis = await (0, analyze_js_1.analyzeReport)(data, {
        gate: {
            failOn: s.failOn,
            ignoreUnfixed: s.ignoreUnfixed,
            kinds: s.gateKinds,
            ignore,
            now: o.clock.now(),
            allowEmpty: s.allowEmpty,
        },
        category: s.category,
        pathPrefix: s.scanType === 'image' ? '' : (s.pathInWorkspace ?? ''),
        title: `Trivy ${s.scanType} scan of ${(0, render_js_1.text)(what, 200)}`,
        footer: `Trivy ${version} (${o.source})${db ? ` · DB from ${db.repository}` : ''} · ` +
            `SARIF category <code>${s.category}</code> · fail-on ${s.failOn.join(',') || 'none'}` +
            `${s.ignoreUnfixed ? ' · ignore-unfixed' : ''}${ignore ? ` · ignore file ${ignore.file.replace(/[<>&]/g, '')}` : ''}`,
    });
    if (analysis.sarif)
        (0, sarif_js_1.writeSarif)(sarifFile, analysis.sarif);
    const outputs = {
        gate: analysis.gate.verdict,
        critical: String(analysis.totals.CRITICAL),
        high: String(analysis.totals.HIGH),
        medium: String(analysis.totals.MEDIUM),
        low: String(analysis.totals.LOW),
        unknown: String(analysis.totals.UNKNOWN),
        counts: JSON.stringify(analysis.summary),
        failing: String(analysis.gate.failing.length),
        ignored: String(analysis.gate.ignored.length),
        'json-file': jsonFile,
        'sarif-file': sarifFile,
        'sarif-category': s.category,
        'trivy-version': version,
        'trivy-path': o.binary,
    };
    return {
        analysis,
        jsonFile,
        sarifFile,
        trivy: { binary: o.binary, version, source: o.source },
        db,
        ignore,
        outputs,
    };
}
/**
 * The scan stage on a Trivy JSON report that already exists (a report from another runner, or the local workflow
 * runner's fixture where no Trivy is installed): the ignore file, then the same analysis, SARIF and outputs as a
 * scan. `source` says where the report came from, in the summary's footer.
 */
async function analyzeExistingReport(s, deps, report) {
    const ignore = await readIgnore(s, deps.workspace);
    logIgnore(s, ignore, deps.log);
    let json;
    try {
        json = (0, node_fs_1.readFileSync)(report.file, 'utf8');
    }
    catch {
        throw new errors_js_1.ToolError(`No Trivy report at ${report.file} (${report.source}).`);
    }
    const data = (0, report_js_1.parseReportData)(json, report.file);
    (0, node_fs_1.mkdirSync)(s.outputDir, { recursive: true });
    const jsonFile = uniqueFile(s.outputDir, (0, settings_js_1.slug)(s.category), '.json');
    (0, node_fs_1.writeFileSync)(jsonFile, json);
    deps.log(`Report: ${report.file} → ${jsonFile}`);
    const version = JSON.parse(json).Trivy?.Version ?? 'unknown';
    return finishScan(s, data, {
        clock: deps.clock,
        jsonFile,
        sarifFile: jsonFile.replace(/\.json$/, '.sarif'),
        version,
        source: report.source,
        binary: '',
        ignore,
    });
}


/***/ }),

/***/ 3864:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.trivyEnv = trivyEnv;
exports.createTrivy = createTrivy;
exports.parseVersionOutput = parseVersionOutput;
exports.lastError = lastError;
/**
 * The Trivy seam: every call Keelson makes to the `trivy` binary, as argv arrays, with an environment built from
 * an allowlist. Trivy reads TRIVY_* variables as flags, so a variable left by an earlier step (trivy-action
 * exported them through GITHUB_ENV) would silently change this scan; tokens the scan does not need (GITHUB_TOKEN,
 * anything else) are not handed to a binary that parses attacker-controlled images.
 */
const errors_js_1 = __webpack_require__(7268);
const exec_js_1 = __webpack_require__(766);
const inputs_js_1 = __webpack_require__(1662);
const ALWAYS = new Set([
    'PATH',
    'HOME',
    'USER',
    'LOGNAME',
    'TMPDIR',
    'TEMP',
    'TMP',
    'TZ',
    'LANG',
    'SSL_CERT_FILE',
    'SSL_CERT_DIR',
    'HTTP_PROXY',
    'HTTPS_PROXY',
    'NO_PROXY',
    'ALL_PROXY',
    'http_proxy',
    'https_proxy',
    'no_proxy',
    'all_proxy',
    // Windows runners
    'SystemRoot',
    'SYSTEMROOT',
    'windir',
    'ComSpec',
    'PATHEXT',
    'USERPROFILE',
    'APPDATA',
    'LOCALAPPDATA',
    'ProgramData',
]);
/** What an image scan may additionally need to pull from a private registry (ECR, GAR, ACR, a Docker daemon). */
const IMAGE_ONLY = /^(AWS_[A-Z0-9_]+|GOOGLE_APPLICATION_CREDENTIALS|AZURE_[A-Z0-9_]+|DOCKER_CONFIG|DOCKER_HOST|DOCKER_CERT_PATH|DOCKER_TLS_VERIFY|CONTAINER_HOST|XDG_RUNTIME_DIR)$/;
/** The environment Trivy runs with: the allowlist from `base`, then `extra` (registry credentials). */
function trivyEnv(base, opts) {
    const env = {};
    for (const [k, v] of Object.entries(base)) {
        if (v === undefined)
            continue;
        if (ALWAYS.has(k) || /^LC_[A-Z]+$/.test(k) || (opts.image && IMAGE_ONLY.test(k)))
            env[k] = v;
    }
    for (const [k, v] of Object.entries(opts.extra ?? {}))
        if (v)
            env[k] = v;
    return env;
}
function createTrivy(binary, o) {
    return {
        binary,
        async run(args, opts = {}) {
            const signal = opts.timeoutMs ? AbortSignal.timeout(opts.timeoutMs) : undefined;
            try {
                return await (0, exec_js_1.run)([binary, ...args], {
                    cwd: o.cwd,
                    env: o.env,
                    onOutput: opts.onOutput ? (chunk) => opts.onOutput?.(chunk) : undefined,
                    maxBuffer: 4 * 1024 * 1024,
                    signal,
                    masker: o.masker,
                });
            }
            catch (e) {
                if (signal?.aborted && opts.timeoutMs) {
                    throw new errors_js_1.ToolError(`'trivy ${args[0] ?? ''}' did not finish within ${(0, inputs_js_1.formatDuration)(opts.timeoutMs)} and was stopped; raise 'timeout' if the scan needs longer.`);
                }
                throw e;
            }
        },
    };
}
/** `Version: 0.69.3` from `trivy --version`. */
function parseVersionOutput(stdout) {
    const m = /^Version:\s*v?(\d+\.\d+\.\d+)/m.exec(stdout);
    return m?.[1];
}
/** The last FATAL/ERROR line of Trivy's log, without its timestamp and level, for one-line errors. */
function lastError(output) {
    const lines = output
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter(Boolean);
    const pick = [...lines].reverse().find((l) => /\b(FATAL|ERROR)\b/.test(l)) ?? lines[lines.length - 1] ?? '';
    const flat = pick
        .replace(/^\S*\d{4}-\d{2}-\d{2}T\S+\s+/, '')
        .replace(/^(FATAL|ERROR)\s+/, '')
        .replace(/^Fatal error\s+/, '')
        .replace(/\s+/g, ' ');
    return flat.length > 300 ? flat.slice(0, 299) + '…' : flat;
}


/***/ })

};
