export const id = 7790;
export const ids = [7790,4655];
export const modules = {

/***/ 57790:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.run = run;
const node_fs_1 = __webpack_require__(73024);
const node_path_1 = __webpack_require__(76760);
const core_js_1 = __webpack_require__(75188);
const settings_js_1 = __webpack_require__(84655);
const errors_js_1 = __webpack_require__(97268);
const inputs_js_1 = __webpack_require__(51662);
const repo_root_js_1 = __webpack_require__(76888);
const run_action_js_1 = __webpack_require__(22081);
async function run(ctx = core_js_1.ActionContext.fromProcess()) {
    await (0, run_action_js_1.runAction)(ctx, async () => {
        const inputs = new inputs_js_1.Inputs(ctx.getInput);
        if (inputs.has('kubeconfig'))
            throw new errors_js_1.InputError('kubeconfig', "eks-kubeconfig writes a kubeconfig for 'cluster-name'; it takes no 'kubeconfig'.");
        if (!inputs.has('cluster-name'))
            throw errors_js_1.InputError.required('cluster-name', 'the EKS cluster to write a kubeconfig for');
        const access = (0, settings_js_1.readAccess)(inputs, ctx.env);
        if (access.kind !== 'eks')
            throw new errors_js_1.InputError('cluster-name', "Input 'cluster-name' is required.");
        const exportVar = inputs.boolean('export', true);
        const temp = ctx.env.RUNNER_TEMP || process.cwd();
        const gh = { workspace: ctx.env.GITHUB_WORKSPACE || process.cwd(), temp };
        const path = (0, inputs_js_1.confinedPath)('path', inputs.string('path', { default: (0, node_path_1.join)(temp, `kubeconfig-${access.clusterName}`) }), gh);
        // Where the file goes is checked before any network call: a directory or an unwritable place is one line.
        writableFile('path', inputs.string('path') || path, path);
        const { eksAccess, renderEksKubeconfig } = await __webpack_require__.e(/* import() */ 6440).then(__webpack_require__.bind(__webpack_require__, 6440));
        const a = await eksAccess({ clusterName: access.clusterName, region: access.region }, ctx.clock, (v) => ctx.setSecret(v), ctx.env);
        // Prove the credentials work now (and mask the token) rather than at the first kubectl call.
        await a.token?.();
        const cli = (0, node_path_1.join)((0, repo_root_js_1.keelsonRoot)(), 'dist', 'cli', 'index.js');
        (0, node_fs_1.writeFileSync)(path, renderEksKubeconfig({ clusterName: access.clusterName, region: access.region }, a, cli), { mode: 0o600 });
        (0, node_fs_1.chmodSync)(path, 0o600);
        ctx.setOutput('kubeconfig', path);
        ctx.setOutput('endpoint', a.server);
        if (exportVar)
            ctx.exportVariable('KUBECONFIG', path);
        ctx.info(`Wrote ${path} for ${access.clusterName} (${a.server}); tokens come from 'keelson eks-token', no aws CLI needed.`);
    });
}
/** `path` can be written as a file: not a directory, and its directory exists (or is made) and is writable. */
function writableFile(input, raw, path) {
    const expected = 'Expected the path of the kubeconfig file to write.';
    const code = (e) => e.code ?? (0, errors_js_1.errorMessage)(e);
    let stat;
    try {
        stat = (0, node_fs_1.statSync)(path);
    }
    catch {
        stat = undefined;
    }
    if (stat?.isDirectory())
        throw new errors_js_1.InputError(input, `Invalid input '${input}': '${raw}' is a directory. ${expected}`);
    try {
        makeDirs((0, node_path_1.dirname)(path));
        (0, node_fs_1.accessSync)(stat ? path : (0, node_path_1.dirname)(path), node_fs_1.constants.W_OK);
    }
    catch (e) {
        throw new errors_js_1.InputError(input, `Invalid input '${input}': '${raw}' cannot be written (${code(e)}). ${expected}`);
    }
}
/**
 * mkdir -p, one level at a time: Node's `recursive: true` loops forever where a parent exists but refuses new
 * entries with ENOENT (procfs: `/proc/nope/x` hung the action).
 */
function makeDirs(dir) {
    const missing = [];
    let head = dir;
    while (!(0, node_fs_1.existsSync)(head)) {
        missing.unshift(head);
        const parent = (0, node_path_1.dirname)(head);
        if (parent === head)
            break;
        head = parent;
    }
    for (const d of missing)
        (0, node_fs_1.mkdirSync)(d);
}


/***/ }),

/***/ 84655:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.REGION = void 0;
exports.dnsLabel = dnsLabel;
exports.readAccess = readAccess;
/**
 * Cluster access and Kubernetes names as inputs: shared by every action that reaches a cluster (deploy,
 * health-check, migrate's job mode, eks-kubeconfig), so none of them imports another's settings.
 */
const errors_js_1 = __webpack_require__(97268);
const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
exports.REGION = /^[a-z]{2}(-[a-z]+)+-\d+$/;
function dnsLabel(inputs, name, fallback) {
    const v = inputs.string(name, {
        required: fallback === undefined,
        default: fallback,
        expected: 'a Kubernetes name',
    });
    if (!DNS_LABEL.test(v) || v.length > 63)
        throw errors_js_1.InputError.invalid(name, v, 'a lowercase DNS label (a-z, 0-9, -; at most 63 characters)');
    return v;
}
function readAccess(inputs, env = process.env) {
    const clusterName = inputs.string('cluster-name');
    const kubeconfig = inputs.string('kubeconfig');
    if (clusterName && kubeconfig)
        throw new errors_js_1.InputError('kubeconfig', "Give either 'cluster-name' (EKS) or 'kubeconfig', not both.");
    if (kubeconfig)
        return { kind: 'kubeconfig', kubeconfig, context: inputs.string('context') || undefined };
    if (!clusterName)
        throw errors_js_1.InputError.required('cluster-name', "the EKS cluster to deploy to (or give 'kubeconfig' for another cluster)");
    if (!/^[0-9A-Za-z][A-Za-z0-9\-_]{0,99}$/.test(clusterName)) {
        throw errors_js_1.InputError.invalid('cluster-name', clusterName, 'an EKS cluster name (letters, digits, - and _; at most 100 characters)');
    }
    const region = inputs.string('aws-region', {
        default: env.AWS_REGION ?? env.AWS_DEFAULT_REGION ?? '',
    });
    if (!region)
        throw errors_js_1.InputError.required('aws-region', 'the AWS region of the cluster (or set AWS_REGION)');
    if (!exports.REGION.test(region))
        throw errors_js_1.InputError.invalid('aws-region', region, 'an AWS region such as eu-west-1');
    return { kind: 'eks', clusterName, region };
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
