export const id = 6409;
export const ids = [6409];
export const modules = {

/***/ 56409:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.run = run;
const core_js_1 = __webpack_require__(75188);
const errors_js_1 = __webpack_require__(97268);
const context_js_1 = __webpack_require__(64892);
const inputs_js_1 = __webpack_require__(51662);
const run_action_js_1 = __webpack_require__(22081);
const settings_js_1 = __webpack_require__(53603);
async function run(ctx = core_js_1.ActionContext.fromProcess()) {
    await (0, run_action_js_1.runAction)(ctx, async () => {
        const gh = (0, context_js_1.readContext)(ctx.env);
        const settings = (0, settings_js_1.readTrivyScanSettings)(new inputs_js_1.Inputs(ctx.getInput), gh.workspace, ctx.env);
        ctx.setSecret(settings.registryPassword);
        const { runTrivyScan } = await Promise.all(/* import() */[__webpack_require__.e(5949), __webpack_require__.e(3576), __webpack_require__.e(4439)]).then(__webpack_require__.bind(__webpack_require__, 44439));
        const { renderGate } = await __webpack_require__.e(/* import() */ 3909).then(__webpack_require__.bind(__webpack_require__, 66290));
        // Trivy's output and everything derived from the report name packages and paths from the scanned image or
        // repository: printed with workflow commands off, so none of it can forge one.
        const outcome = await ctx.group(`Trivy ${settings.scanType} scan`, () => ctx.passThrough((write) => runTrivyScan(settings, {
            env: ctx.env,
            workspace: gh.workspace,
            clock: ctx.clock,
            log: (line) => write(line + '\n'),
            output: write,
        })));
        const { analysis } = outcome;
        for (const [name, value] of Object.entries(outcome.outputs))
            ctx.setOutput(name, value);
        await ctx.passThrough(async (write) => {
            write(analysis.headline + '\n');
            write(renderGate(analysis.gate, 50));
            if (analysis.sarif?.note)
                write(analysis.sarif.note + '\n');
        });
        for (const e of analysis.gate.expired) {
            ctx.warning(`Ignore entry ${e.id} (${e.where}) expired on ${e.expires?.text}: it no longer ignores anything.`, { title: 'Expired ignore entry' });
        }
        if (settings.summary)
            ctx.appendSummary(analysis.markdown);
        if (analysis.gate.verdict === 'fail')
            throw new errors_js_1.PolicyError(analysis.gate.reason);
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


/***/ })

};
