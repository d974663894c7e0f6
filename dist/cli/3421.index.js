export const id = 3421;
export const ids = [3421,9531];
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


/***/ })

};
