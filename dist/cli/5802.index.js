export const id = 5802;
export const ids = [5802,4655,9531,3421];
export const modules = {

/***/ 80574:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

var __webpack_unused_export__;

__webpack_unused_export__ = ({ value: true });
exports.readHealthCheckSettings = void 0;
exports.runHealthChecks = runHealthChecks;
const errors_js_1 = __webpack_require__(97268);
const index_js_1 = __webpack_require__(50570);
const variables_js_1 = __webpack_require__(29059);
const inputs_js_1 = __webpack_require__(51662);
const kube_transport_js_1 = __webpack_require__(27909);
var settings_js_1 = __webpack_require__(70241);
Object.defineProperty(exports, "readHealthCheckSettings", ({ enumerable: true, get: function () { return settings_js_1.readHealthCheckSettings; } }));
/** The `vars` input: a YAML mapping of names to text (numbers and booleans are written as text). */
async function readVariables(raw) {
    if (raw.trim() === '')
        return {};
    const map = await (0, inputs_js_1.parseMap)('vars', raw);
    const out = {};
    for (const [k, v] of Object.entries(map)) {
        if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(k))
            throw errors_js_1.InputError.invalid('vars', k, 'variable names of letters, digits and _, such as API_TOKEN');
        if (typeof v !== 'string' && typeof v !== 'number' && typeof v !== 'boolean') {
            throw new errors_js_1.InputError('vars', `Invalid input 'vars': '${k}' is not text. Expected a text value for each name.`);
        }
        out[k] = String(v);
    }
    return out;
}
async function runHealthChecks(s, deps) {
    const specs = await (0, index_js_1.parseHealthChecks)(s.checks, { input: 'checks' });
    const variables = await readVariables(s.vars);
    // Registered as they will be sent: a header like `Bearer ${TOKEN}` is masked with its value filled in.
    for (const v of (0, index_js_1.sensitiveValues)((0, variables_js_1.resolveChecks)(specs, variables, 'checks')))
        deps.setSecret?.(v);
    const needsKube = specs.some((c) => c.kind === 'kubernetes' || ('url' in c && c.url.startsWith('k8s-service:')));
    let kube = deps.kube;
    let owned = false;
    if (needsKube && !kube) {
        if (!s.access)
            throw new errors_js_1.InputError('checks', "Kubernetes checks and k8s-service:// URLs need 'cluster-name' (EKS) or 'kubeconfig'.");
        const { connect } = await Promise.all(/* import() */[__webpack_require__.e(301), __webpack_require__.e(441)]).then(__webpack_require__.bind(__webpack_require__, 86470));
        kube = (await connect(s.access, deps.clock, { setSecret: (v) => deps.setSecret?.(v), env: deps.env }))
            .kube;
        owned = true;
    }
    try {
        const result = await (0, index_js_1.runChecks)(specs, {
            clock: deps.clock,
            mode: s.mode,
            signal: deps.signal,
            deadline: deps.clock.now() + s.durationMs,
            input: 'checks',
            variables,
            pods: kube ? (0, kube_transport_js_1.kubePodSource)(kube) : undefined,
            serviceProxy: kube ? (0, kube_transport_js_1.serviceProxyTransport)(kube) : undefined,
            onProbe: (p) => deps.onProbe?.(`${p.check}: ${p.ok ? 'ok' : 'FAIL'} ${p.message}`),
        });
        return { result, markdown: (0, index_js_1.renderChecksSummary)(result), specs };
    }
    finally {
        if (owned)
            kube?.close();
    }
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

/***/ 9531:
/***/ ((__unused_webpack_module, exports) => {


/**
 * Typed health-check specs (parsed from YAML by `parse.ts`), the outside-system interfaces a check needs
 * (`PodSource`, `DnsResolver`) and the results the runner returns.
 *
 * Times: `interval`, `timeout`, `max-latency` and every timestamp are in milliseconds of the Clock passed to
 * the runner (the wall clock in production, a scaled or manual clock in tests).
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Inconclusive = exports.CLOUDWATCH_METRICS = void 0;
exports.isInconclusive = isInconclusive;
/** The ALB's per-target-group metrics a cloudwatch check reads (`5xx-ratio`: 5XX count / RequestCount). */
exports.CLOUDWATCH_METRICS = [
    '5xx-ratio',
    'RequestCount',
    'HTTPCode_Target_2XX_Count',
    'HTTPCode_Target_4XX_Count',
    'HTTPCode_Target_5XX_Count',
    'HTTPCode_ELB_5XX_Count',
    'TargetResponseTime',
];
/** Thrown by a probe's transport when the observer, not the target, failed (e.g. the API server is down). */
class Inconclusive extends Error {
    name = 'Inconclusive';
}
exports.Inconclusive = Inconclusive;
function isInconclusive(e) {
    return typeof e === 'object' && e !== null && e.name === 'Inconclusive';
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


/***/ })

};
