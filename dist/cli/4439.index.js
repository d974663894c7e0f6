export const id = 4439;
export const ids = [4439];
export const modules = {

/***/ 10766:
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
const errors_js_1 = __webpack_require__(97268);
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
    const { spawn } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 31421, 23));
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

/***/ 17064:
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
const node_fs_1 = __webpack_require__(73024);
const node_path_1 = __webpack_require__(76760);
const errors_js_1 = __webpack_require__(97268);
const exec_js_1 = __webpack_require__(10766);
const mask_js_1 = __webpack_require__(46043);
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

/***/ 24206:
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
const node_zlib_1 = __webpack_require__(38522);
const errors_js_1 = __webpack_require__(97268);
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

/***/ 46872:
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
const node_fs_1 = __webpack_require__(73024);
const node_path_1 = __webpack_require__(76760);
const errors_js_1 = __webpack_require__(97268);
const tool_js_1 = __webpack_require__(33864);
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

/***/ 51639:
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
const node_crypto_1 = __webpack_require__(77598);
const node_fs_1 = __webpack_require__(73024);
const node_path_1 = __webpack_require__(76760);
const clock_js_1 = __webpack_require__(84517);
const errors_js_1 = __webpack_require__(97268);
const archive_js_1 = __webpack_require__(24206);
const known_releases_js_1 = __webpack_require__(36346);
const versions_js_1 = __webpack_require__(52295);
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

/***/ 44439:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

var __webpack_unused_export__;

__webpack_unused_export__ = ({ value: true });
__webpack_unused_export__ = scanArgs;
exports.runTrivyScan = runTrivyScan;
exports.analyzeExistingReport = analyzeExistingReport;
/**
 * The trivy-scan flow: a verified Trivy, the vulnerability DB through the mirror chain, one Trivy run writing
 * JSON, then everything derived from that JSON (SARIF file, counts, gate, summary). Returns data; the caller
 * (the action's main.ts, or anything else that wants the scan stage) writes outputs and the summary and decides
 * what a failed gate does. Progress goes to `log` (Keelson's own words); Trivy's own output goes to `output`,
 * which the action prints with workflow commands switched off (it echoes names from the scanned image).
 */
const node_fs_1 = __webpack_require__(73024);
const node_path_1 = __webpack_require__(76760);
const errors_js_1 = __webpack_require__(97268);
const tool_js_1 = __webpack_require__(17064);
const analyze_js_1 = __webpack_require__(73576);
const sarif_js_1 = __webpack_require__(65949);
const db_js_1 = __webpack_require__(46872);
const ignore_js_1 = __webpack_require__(22292);
const install_js_1 = __webpack_require__(51639);
const known_releases_js_1 = __webpack_require__(36346);
const render_js_1 = __webpack_require__(66290);
const report_js_1 = __webpack_require__(4352);
const settings_js_1 = __webpack_require__(53603);
const tool_js_2 = __webpack_require__(33864);
const versions_js_1 = __webpack_require__(52295);
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

/***/ 33864:
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
const errors_js_1 = __webpack_require__(97268);
const exec_js_1 = __webpack_require__(10766);
const inputs_js_1 = __webpack_require__(51662);
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
