export const id = 3999;
export const ids = [3999];
export const modules = {

/***/ 53999:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.run = run;
const core_js_1 = __webpack_require__(75188);
const inputs_js_1 = __webpack_require__(51662);
const context_js_1 = __webpack_require__(64892);
const run_action_js_1 = __webpack_require__(22081);
const settings_js_1 = __webpack_require__(42943);
async function run(ctx = core_js_1.ActionContext.fromProcess()) {
    await (0, run_action_js_1.runAction)(ctx, async () => {
        const gh = (0, context_js_1.readContext)(ctx.env);
        const settings = (0, settings_js_1.readTestSettings)(new inputs_js_1.Inputs(ctx.getInput), gh.workspace, gh.runnerTemp || undefined);
        const { runTests } = await __webpack_require__.e(/* import() */ 4557).then(__webpack_require__.bind(__webpack_require__, 74557));
        // Only a command's output needs ::stop-commands:: around it (reading reports alone prints nothing).
        const outcome = settings.command
            ? await ctx.passThrough((write) => runTests(settings, { workspace: gh.workspace, env: ctx.env, onOutput: write }))
            : await runTests(settings, { workspace: gh.workspace, env: ctx.env });
        for (const a of outcome.annotations)
            ctx.error(a.message, a.props);
        if (outcome.annotationsOmitted > 0) {
            ctx.notice(`${outcome.annotationsOmitted} more failed tests are listed in the job summary only.`);
        }
        for (const w of outcome.warnings)
            ctx.warning(w);
        const t = outcome.totals;
        ctx.setOutput('total', t.total);
        ctx.setOutput('passed', t.passed);
        ctx.setOutput('failed', t.failed);
        ctx.setOutput('errors', t.errors);
        ctx.setOutput('skipped', t.skipped);
        ctx.setOutput('flaky', t.flaky);
        ctx.setOutput('duration-seconds', t.durationSeconds);
        if (settings.summary)
            ctx.appendSummary(outcome.markdown);
        ctx.info(outcome.headline);
        if (outcome.failure)
            throw outcome.failure;
    });
}


/***/ }),

/***/ 64892:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.parseRepo = parseRepo;
exports.readContext = readContext;
/** The run's GitHub context, read once from the runner's environment (never from module-level constants). */
const node_fs_1 = __webpack_require__(73024);
const errors_js_1 = __webpack_require__(97268);
function parseRepo(name, raw) {
    const m = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/.exec(raw);
    if (!m)
        throw errors_js_1.InputError.invalid(name, raw, 'the form {owner}/{repo}');
    return { owner: m[1], repo: m[2] };
}
function obj(v) {
    return v && typeof v === 'object' && !Array.isArray(v) ? v : undefined;
}
function readContext(env = process.env) {
    let payload = {};
    const eventPath = env.GITHUB_EVENT_PATH;
    if (eventPath) {
        try {
            payload = obj(JSON.parse((0, node_fs_1.readFileSync)(eventPath, 'utf8'))) ?? {};
        }
        catch {
            payload = {};
        }
    }
    const repo = env.GITHUB_REPOSITORY ? parseRepo('GITHUB_REPOSITORY', env.GITHUB_REPOSITORY) : undefined;
    const pr = obj(payload.pull_request);
    const prNumber = typeof pr?.number === 'number' ? pr.number : undefined;
    const headRepo = obj(obj(pr?.head)?.repo);
    const baseRepo = obj(obj(pr?.base)?.repo);
    const fromFork = headRepo !== undefined && baseRepo !== undefined && headRepo.full_name !== baseRepo.full_name;
    const serverUrl = env.GITHUB_SERVER_URL ?? 'https://github.com';
    const runId = env.GITHUB_RUN_ID ?? '';
    return {
        eventName: env.GITHUB_EVENT_NAME ?? '',
        repo,
        sha: env.GITHUB_SHA ?? '',
        ref: env.GITHUB_REF ?? '',
        runId,
        runAttempt: env.GITHUB_RUN_ATTEMPT ?? '1',
        serverUrl,
        apiUrl: env.GITHUB_API_URL ?? 'https://api.github.com',
        workspace: env.GITHUB_WORKSPACE ?? process.cwd(),
        runnerTemp: env.RUNNER_TEMP ?? '',
        prNumber,
        headSha: typeof obj(pr?.head)?.sha === 'string' ? obj(pr?.head)?.sha : undefined,
        fromFork,
        payload,
        runUrl: repo && runId ? `${serverUrl}/${repo.owner}/${repo.repo}/actions/runs/${runId}` : undefined,
    };
}


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

/***/ 22081:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.runAction = runAction;
const errors_js_1 = __webpack_require__(97268);
/**
 * The one top-level catch of every action. Whatever is thrown — an Error or not — ends the step red with one
 * line; a stack trace only under RUNNER_DEBUG and only for bugs.
 */
async function runAction(ctx, fn) {
    try {
        await fn();
    }
    catch (error) {
        try {
            const { message } = (0, errors_js_1.describeError)(error, ctx.isDebug());
            if (error instanceof errors_js_1.PolicyError && error.details)
                ctx.info(error.details);
            ctx.setFailed(message);
        }
        catch {
            // Reporting itself failed: fail with a line that holds nothing from the error (it could hold a secret).
            ctx.setFailed('Keelson failed and could not report why; run with RUNNER_DEBUG=1 for details.');
        }
    }
}


/***/ }),

/***/ 42943:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.DEFAULT_REPORT_GLOBS = void 0;
exports.readTestSettings = readTestSettings;
const inputs_js_1 = __webpack_require__(51662);
// collect.ts loads the XML parser and the glob engine only when used: an input error stays cheap.
const collect_js_1 = __webpack_require__(35478);
Object.defineProperty(exports, "DEFAULT_REPORT_GLOBS", ({ enumerable: true, get: function () { return collect_js_1.DEFAULT_REPORT_GLOBS; } }));
function readTestSettings(inputs, workspace, temp) {
    return {
        command: inputs.string('command'),
        shell: inputs.enum('shell', ['none', 'bash'], 'none'),
        workingDirectory: (0, inputs_js_1.confinedPath)('working-directory', inputs.string('working-directory', { default: '.' }), {
            workspace,
            temp,
        }),
        reports: inputs.globs('reports', collect_js_1.DEFAULT_REPORT_GLOBS),
        name: inputs.string('name', { default: 'Tests' }),
        failOnFailure: inputs.boolean('fail-on-failure', true),
        failOnEmpty: inputs.boolean('fail-on-empty', true),
        maxAnnotations: inputs.integer('max-annotations', 50, { min: 0, max: 1000 }),
        summary: inputs.boolean('summary', true),
        passEnv: inputs.envNames('pass-env'),
    };
}


/***/ })

};
