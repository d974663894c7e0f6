export const id = 4122;
export const ids = [4122,4655];
export const modules = {

/***/ 4122:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.run = run;
const core_js_1 = __webpack_require__(75188);
const errors_js_1 = __webpack_require__(97268);
const inputs_js_1 = __webpack_require__(51662);
const run_action_js_1 = __webpack_require__(22081);
const settings_js_1 = __webpack_require__(70241);
async function run(ctx = core_js_1.ActionContext.fromProcess()) {
    await (0, run_action_js_1.runAction)(ctx, async () => {
        const settings = (0, settings_js_1.readHealthCheckSettings)(new inputs_js_1.Inputs(ctx.getInput), {
            workspace: ctx.env.GITHUB_WORKSPACE || process.cwd(),
            temp: ctx.env.RUNNER_TEMP || undefined,
        }, ctx.env);
        const { runHealthChecks } = await Promise.all(/* import() */[__webpack_require__.e(7566), __webpack_require__.e(3421)]).then(__webpack_require__.bind(__webpack_require__, 80574));
        const { result, markdown } = await runHealthChecks(settings, {
            clock: ctx.clock,
            setSecret: (v) => ctx.setSecret(v),
            onProbe: (m) => ctx.info(m),
            env: ctx.env,
        });
        ctx.setOutput('result', result.status);
        ctx.setOutput('reason', result.reason);
        ctx.setOutput('failed-check', result.failedCheck ?? '');
        ctx.setOutput('detect-seconds', result.detectMs === undefined ? '' : Math.round(result.detectMs / 100) / 10);
        ctx.appendSummary(markdown);
        if (result.status !== 'passed')
            throw new errors_js_1.PolicyError(`Health checks ${result.status}: ${result.reason}`);
    });
}


/***/ }),

/***/ 70241:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.readHealthCheckSettings = readHealthCheckSettings;
const settings_js_1 = __webpack_require__(84655);
const source_js_1 = __webpack_require__(67617);
function readHealthCheckSettings(inputs, roots, env = process.env) {
    const checks = (0, source_js_1.readChecksSource)('checks', inputs.string('checks', {
        required: true,
        expected: 'health checks as YAML, or the path of a file holding them (see docs/health-checks.md)',
    }), roots);
    const needsCluster = inputs.has('cluster-name') || inputs.has('kubeconfig');
    return {
        checks,
        vars: inputs.string('vars'),
        mode: inputs.enum('mode', ['until-healthy', 'watch'], 'until-healthy'),
        durationMs: inputs.duration('duration', '5m', { min: 1000, max: 6 * 3_600_000 }),
        access: needsCluster ? (0, settings_js_1.readAccess)(inputs, env) : undefined,
    };
}


/***/ }),

/***/ 67617:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.MAX_CHECKS_BYTES = void 0;
exports.readChecksSource = readChecksSource;
/**
 * Where a checks input comes from: the YAML itself, or the path of a file holding it (one line ending in .yaml,
 * .yml or .json, or naming a file that exists). Paths stay inside the workspace; a missing file says so;
 * the text is bounded before anything parses it (a 10 MB file must not take the process down).
 */
const node_fs_1 = __webpack_require__(73024);
const errors_js_1 = __webpack_require__(97268);
const inputs_js_1 = __webpack_require__(51662);
/** At most this many bytes of checks YAML (far more than any real list of checks). */
exports.MAX_CHECKS_BYTES = 256 * 1024;
function bounded(name, text, where) {
    const bytes = Buffer.byteLength(text);
    if (bytes > exports.MAX_CHECKS_BYTES) {
        throw new errors_js_1.InputError(name, `Invalid input '${name}': ${where} is ${Math.round(bytes / 1024)} KiB. Expected checks YAML of at most ${exports.MAX_CHECKS_BYTES / 1024} KiB.`);
    }
    return text;
}
function readChecksSource(name, raw, roots) {
    const value = raw.trim();
    const oneLine = value !== '' && !/[\r\n]/.test(value);
    const looksLikeFile = oneLine && (/\.(ya?ml|json)$/i.test(value) || !/[:{[]/.test(value));
    if (!looksLikeFile)
        return bounded(name, raw, 'the YAML');
    const path = (0, inputs_js_1.confinedPath)(name, value, roots);
    if (!(0, node_fs_1.existsSync)(path)) {
        if (!/\.(ya?ml|json)$/i.test(value))
            return bounded(name, raw, 'the YAML');
        throw new errors_js_1.InputError(name, `Invalid input '${name}': file '${value}' not found (relative to ${roots.workspace}). Expected checks YAML or the path of a file holding it.`);
    }
    if (!(0, node_fs_1.statSync)(path).isFile())
        throw errors_js_1.InputError.invalid(name, value, 'a file of checks YAML, not a directory');
    if ((0, node_fs_1.statSync)(path).size > exports.MAX_CHECKS_BYTES) {
        throw new errors_js_1.InputError(name, `Invalid input '${name}': file '${value}' is ${Math.round((0, node_fs_1.statSync)(path).size / 1024)} KiB. Expected checks YAML of at most ${exports.MAX_CHECKS_BYTES / 1024} KiB.`);
    }
    return (0, node_fs_1.readFileSync)(path, 'utf8');
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
