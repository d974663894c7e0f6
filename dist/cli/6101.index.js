export const id = 6101;
export const ids = [6101];
export const modules = {

/***/ 46101:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.run = run;
const core_js_1 = __webpack_require__(75188);
const errors_js_1 = __webpack_require__(97268);
const context_js_1 = __webpack_require__(64892);
const inputs_js_1 = __webpack_require__(51662);
const run_action_js_1 = __webpack_require__(22081);
async function run(ctx = core_js_1.ActionContext.fromProcess()) {
    await (0, run_action_js_1.runAction)(ctx, async () => {
        const inputs = new inputs_js_1.Inputs(ctx.getInput);
        const context = (0, context_js_1.readContext)(ctx.env);
        const environment = inputs.string('environment', {
            required: true,
            expected: 'a GitHub environment name',
        });
        if (environment.length > 255 ||
            [...environment].some((c) => c.charCodeAt(0) < 32 || c.charCodeAt(0) === 127))
            throw errors_js_1.InputError.invalid('environment', environment, 'a GitHub environment name (at most 255 characters)');
        const repoInput = inputs.string('repository');
        const repo = repoInput ? (0, context_js_1.parseRepo)('repository', repoInput) : context.repo;
        if (!repo)
            throw errors_js_1.InputError.required('repository', 'owner/name (GITHUB_REPOSITORY is not set)');
        const required = inputs.boolean('required', true);
        const token = inputs.string('github-token');
        if (!token)
            throw errors_js_1.InputError.required('github-token', 'a token that can read deployments');
        ctx.setSecret(token);
        const { createGitHubApi } = await __webpack_require__.e(/* import() */ 2080).then(__webpack_require__.bind(__webpack_require__, 12080));
        const { findDeployedImage } = await __webpack_require__.e(/* import() */ 5695).then(__webpack_require__.bind(__webpack_require__, 55695));
        const found = await findDeployedImage(await createGitHubApi(token, context.apiUrl), repo, environment);
        if (!found) {
            const message = `No successful deployment by Keelson's deploy action in environment '${environment}' of ${repo.owner}/${repo.repo} records an image digest.`;
            if (required)
                throw new errors_js_1.PolicyError(`${message} Deploy there first, or give the digest.`);
            ctx.warning(message);
        }
        ctx.setOutput('image', found?.image ?? '', { raw: true });
        ctx.setOutput('digest', found?.digest ?? '', { raw: true });
        ctx.setOutput('version', found?.version ?? '');
        ctx.setOutput('sha', found?.sha ?? '', { raw: true });
        ctx.setOutput('deployment-id', found ? String(found.deploymentId) : '', { raw: true });
        ctx.setOutput('deployed-at', found?.createdAt ?? '', { raw: true });
        ctx.setOutput('url', found?.url ?? '');
        if (found) {
            ctx.info(`${environment} runs ${found.image} (deployment ${found.deploymentId} of ${found.sha}, ${found.createdAt})`);
            ctx.appendSummary(`### ${environment} runs \`${found.digest}\`\n\n| | |\n| --- | --- |\n| image | \`${found.image}\` |\n| version | \`${found.version ?? '—'}\` |\n| commit | \`${found.sha}\` |\n| deployment | ${found.deploymentId} (${found.createdAt}) |\n`);
        }
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
