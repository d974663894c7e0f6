export const id = 9856;
export const ids = [9856,1981,4362];
export const modules = {

/***/ 72282:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.run = run;
exports.runPost = runPost;
const core_js_1 = __webpack_require__(75188);
const settings_js_1 = __webpack_require__(98606);
const context_js_1 = __webpack_require__(64892);
const inputs_js_1 = __webpack_require__(51662);
const run_action_js_1 = __webpack_require__(22081);
async function run(ctx = core_js_1.ActionContext.fromProcess()) {
    await (0, run_action_js_1.runAction)(ctx, async () => {
        const context = (0, context_js_1.readContext)(ctx.env);
        const settings = (0, settings_js_1.readDeployInputs)(new inputs_js_1.Inputs(ctx.getInput), ctx.env);
        ctx.setSecret(settings.githubToken);
        const { runDeploy, failureOf } = await Promise.all(/* import() */[__webpack_require__.e(301), __webpack_require__.e(7566), __webpack_require__.e(8369), __webpack_require__.e(9531)]).then(__webpack_require__.bind(__webpack_require__, 18369));
        const cancel = new AbortController();
        const onSignal = () => cancel.abort(new Error('cancelled'));
        process.once('SIGINT', onSignal);
        process.once('SIGTERM', onSignal);
        try {
            const { result, markdown } = await runDeploy(settings, {
                clock: ctx.clock,
                signal: cancel.signal,
                context,
                cwd: context.workspace,
                holder: `github-run-${context.runId || 'local'}-${context.runAttempt}`,
                onEvent: (e, t) => ctx.info(`[${t.offset(e)}] ${e.phase}: ${e.message}`),
                onWarning: (m) => ctx.warning(m),
                saveState: (k, v) => ctx.saveState(k, v),
                setSecret: (v) => ctx.setSecret(v),
                env: ctx.env,
                loadBalancerUrl: (dns) => ctx.hostUrl(dns) ?? `http://${dns}`,
            });
            ctx.setOutput('result', result.result);
            ctx.setOutput('rollback-reason', result.rollbackReason ?? '');
            ctx.setOutput('version', result.version);
            ctx.setOutput('previous-version', result.previousVersion ?? '');
            ctx.setOutput('detect-seconds', result.detectSeconds ?? '');
            ctx.setOutput('rollback-seconds', result.rollbackSeconds ?? '');
            ctx.setOutput('live-color', result.liveColor ?? '');
            ctx.setOutput('max-weight', result.canary?.maxWeight ?? '');
            ctx.setOutput('exposure', result.canary?.exposure ?? '');
            ctx.setOutput('paused-at', result.canary?.pausedAt ?? '');
            ctx.appendSummary(markdown);
            const failure = failureOf(result);
            if (failure)
                throw failure;
        }
        finally {
            process.off('SIGINT', onSignal);
            process.off('SIGTERM', onSignal);
        }
    });
}
async function runPost(ctx = core_js_1.ActionContext.fromProcess()) {
    await (0, run_action_js_1.runAction)(ctx, async () => {
        if (!ctx.getState('namespace') || ctx.getState('phase') === 'done')
            return;
        const settings = (0, settings_js_1.readDeployInputs)(new inputs_js_1.Inputs(ctx.getInput), ctx.env);
        const { connect } = await Promise.all(/* import() */[__webpack_require__.e(301), __webpack_require__.e(6470)]).then(__webpack_require__.bind(__webpack_require__, 86470));
        const { reconcile } = await Promise.all(/* import() */[__webpack_require__.e(301), __webpack_require__.e(5045)]).then(__webpack_require__.bind(__webpack_require__, 65045));
        const { kube } = await connect(settings.access, ctx.clock, {
            setSecret: (v) => ctx.setSecret(v),
            env: ctx.env,
            retryFor: settings.apiTimeoutMs,
        });
        try {
            await reconcile(kube, (k) => ctx.getState(k), (m) => ctx.info(m));
        }
        finally {
            kube.close();
        }
    });
}


/***/ }),

/***/ 41981:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.CANARY_DEFAULTS = void 0;
exports.parseCanarySteps = parseCanarySteps;
exports.readCanaryInputs = readCanaryInputs;
exports.describeSteps = describeSteps;
/**
 * The canary strategy's inputs (and `keelson rollout`'s flags of the same names), parsed once: `steps` with an
 * optional pause per step (`5:2m,25:5m,50:manual,100`), `step-duration`, `analysis-interval`, `failure-limit`,
 * and `action` (`run`, or `promote` / `abort` of a rollout paused at a manual gate).
 */
const errors_js_1 = __webpack_require__(97268);
const inputs_js_1 = __webpack_require__(51662);
exports.CANARY_DEFAULTS = {
    steps: '10,50,100',
    stepDuration: '2m',
    analysisInterval: '10s',
    failureLimit: 2,
};
const STEPS_EXPECTED = 'a comma-separated list of increasing percentages from 1 to 100, each optionally with its pause (a duration or manual), such as 5:2m,25:5m,50:manual,100';
/** `5,25:5m,50:manual,100` → steps; a step without its own pause takes `stepDurationMs`. */
function parseCanarySteps(name, raw, stepDurationMs) {
    const out = [];
    const items = raw.split(',').map((s) => s.trim());
    for (const item of items) {
        const m = /^(\d+)%?(?::(.+))?$/.exec(item);
        if (!m)
            throw errors_js_1.InputError.invalid(name, raw, STEPS_EXPECTED);
        const weight = Number(m[1]);
        const prev = out[out.length - 1]?.weight ?? 0;
        // prev starts at 0: a weight of 0 is refused with the ones that do not increase.
        if (weight > 100 || weight <= prev)
            throw errors_js_1.InputError.invalid(name, raw, STEPS_EXPECTED);
        let pause = stepDurationMs;
        if (m[2] !== undefined) {
            const p = m[2].trim();
            if (p === 'manual')
                pause = 'manual';
            else {
                try {
                    pause = (0, inputs_js_1.parseDuration)(name, p, { min: 0, max: 24 * 3_600_000 });
                }
                catch {
                    throw errors_js_1.InputError.invalid(name, raw, STEPS_EXPECTED);
                }
            }
        }
        out.push({ weight, pause });
    }
    // split(',') gives at least one item and each one pushes a step or throws: `out` is never empty here.
    const last = out[out.length - 1];
    if (last.weight !== 100) {
        // The rollout ends with every user on the new version: a list that stops short gets its 100 % step.
        out.push({ weight: 100, pause: 0 });
    }
    return out;
}
function readCanaryInputs(inputs) {
    const stepDurationMs = inputs.duration('step-duration', exports.CANARY_DEFAULTS.stepDuration, {
        min: 0,
        max: 24 * 3_600_000,
    });
    const analysisIntervalMs = inputs.duration('analysis-interval', exports.CANARY_DEFAULTS.analysisInterval, {
        min: 1000,
        max: 3_600_000,
    });
    return {
        steps: parseCanarySteps('steps', inputs.string('steps', { default: exports.CANARY_DEFAULTS.steps }), stepDurationMs),
        analysisIntervalMs,
        failureLimit: inputs.integer('failure-limit', exports.CANARY_DEFAULTS.failureLimit, { min: 1, max: 100 }),
        action: inputs.enum('action', ['run', 'promote', 'abort'], 'run'),
    };
}
/** `10% for 2m, 50% until promoted, 100%` — for the timeline. */
function describeSteps(steps) {
    return steps
        .map((s) => `${s.weight}%` +
        (s.weight === 100
            ? ''
            : s.pause === 'manual'
                ? ' until promoted'
                : ` for ${(0, inputs_js_1.formatDuration)(s.pause)}`))
        .join(', ');
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
