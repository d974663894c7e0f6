export const id = 7566;
export const ids = [7566,2296];
export const modules = {

/***/ 53409:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.albDimension = albDimension;
exports.cloudWatchClient = cloudWatchClient;
const json_client_js_1 = __webpack_require__(15603);
/** `arn:…:loadbalancer/app/web/abc` → `app/web/abc`; `arn:…:targetgroup/k8s-…/def` → `targetgroup/k8s-…/def`. */
function albDimension(arnOrValue) {
    const m = /:(?:loadbalancer\/)?((?:app|targetgroup)\/[^/]+\/[^/]+)$/.exec(arnOrValue);
    return m?.[1] ?? arnOrValue;
}
function cloudWatchClient(access) {
    const client = new json_client_js_1.AwsJsonClient({
        service: 'monitoring',
        endpointPrefix: 'monitoring',
        targetPrefix: 'GraniteServiceVersion20100801',
        endpointEnv: 'CLOUDWATCH',
        jsonVersion: '1.0',
        region: access.region,
        clock: access.clock,
        env: access.env,
        credentials: access.credentials,
        // The analysis runs on the deploy's clock (simulated time under the simulator); AWS checks signatures on the wall's.
        signingTime: Date.now,
        // A probe has a few seconds: one retry, then the analysis decides (inconclusive).
        maxAttempts: 2,
    });
    return {
        region: access.region,
        async getMetricData(queries, range, signal) {
            const out = new Map();
            let next;
            for (let page = 0; page < 20; page++) {
                const r = await client.call('GetMetricData', {
                    StartTime: Math.floor(range.start / 1000),
                    EndTime: Math.ceil(range.end / 1000),
                    ScanBy: 'TimestampDescending',
                    MetricDataQueries: queries.map((q) => ({
                        Id: q.id,
                        ReturnData: true,
                        MetricStat: {
                            Metric: {
                                Namespace: q.namespace,
                                MetricName: q.metricName,
                                Dimensions: Object.entries(q.dimensions).map(([Name, Value]) => ({ Name, Value })),
                            },
                            Period: q.periodSeconds,
                            Stat: q.stat,
                        },
                    })),
                    ...(next ? { NextToken: next } : {}),
                }, { signal });
                for (const m of r.MetricDataResults ?? []) {
                    const id = m.Id ?? '';
                    const s = out.get(id) ?? { id, timestamps: [], values: [], status: m.StatusCode ?? 'Complete' };
                    s.timestamps.push(...(m.Timestamps ?? []).map((t) => Number(t) * 1000));
                    s.values.push(...(m.Values ?? []).map(Number));
                    s.status = m.StatusCode ?? s.status;
                    out.set(id, s);
                }
                next = r.NextToken;
                if (!next)
                    break;
            }
            return queries.map((q) => out.get(q.id) ?? { id: q.id, timestamps: [], values: [], status: 'Complete' });
        },
        async describeAlarms(names, signal) {
            const r = await client.call('DescribeAlarms', { AlarmNames: names, AlarmTypes: ['MetricAlarm', 'CompositeAlarm'], MaxRecords: 100 }, { signal });
            const of = (a, composite) => ({
                name: a.AlarmName ?? '',
                state: (a.StateValue ?? 'INSUFFICIENT_DATA'),
                reason: a.StateReason ?? '',
                composite,
            });
            return [
                ...(r.MetricAlarms ?? []).map((a) => of(a, false)),
                ...(r.CompositeAlarms ?? []).map((a) => of(a, true)),
            ];
        },
    };
}


/***/ }),

/***/ 15603:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.AwsJsonClient = exports.AwsServiceError = void 0;
exports.defaultCredentials = defaultCredentials;
const errors_js_1 = __webpack_require__(97268);
const regions_js_1 = __webpack_require__(42296);
/** An error answered by the service: `code` is the modelled exception name (e.g. RepositoryNotFoundException). */
class AwsServiceError extends Error {
    code;
    status;
    operation;
    name = 'AwsServiceError';
    constructor(code, message, status, operation) {
        super(message);
        this.code = code;
        this.status = status;
        this.operation = operation;
    }
}
exports.AwsServiceError = AwsServiceError;
const RETRYABLE_CODES = new Set([
    'ThrottlingException',
    'Throttling',
    'TooManyRequestsException',
    'RequestLimitExceeded',
    'ServerException',
    'ServiceUnavailable',
    'InternalFailure',
]);
/**
 * The SDK's default credential chain (env, web identity from configure-aws-credentials OIDC, profiles, IMDS).
 * Keys in the environment — what configure-aws-credentials exports — are read directly, as the chain's first
 * link would, without loading the chain (≈ 400 KiB of code).
 */
async function defaultCredentials(input = 'aws-region', env = process.env, 
/** What else the user could do, appended to the error (", or pass a kubeconfig"). */
alternative = '') {
    if (env.AWS_ACCESS_KEY_ID && env.AWS_SECRET_ACCESS_KEY) {
        return {
            accessKeyId: env.AWS_ACCESS_KEY_ID,
            secretAccessKey: env.AWS_SECRET_ACCESS_KEY,
            ...(env.AWS_SESSION_TOKEN ? { sessionToken: env.AWS_SESSION_TOKEN } : {}),
        };
    }
    const { defaultProvider } = await Promise.all(/* import() */[__webpack_require__.e(5118), __webpack_require__.e(5861)]).then(__webpack_require__.t.bind(__webpack_require__, 5861, 19));
    try {
        const c = await defaultProvider()();
        return { accessKeyId: c.accessKeyId, secretAccessKey: c.secretAccessKey, sessionToken: c.sessionToken };
    }
    catch (e) {
        throw new errors_js_1.InputError(input, `No AWS credentials found (${e instanceof Error ? e.message.split('\n')[0] : String(e)}). ` +
            `Run aws-actions/configure-aws-credentials before this step${alternative}.`);
    }
}
class AwsJsonClient {
    opts;
    endpoint;
    credentials;
    /** Operations called, in order (for summaries and the bench's API-call counts). */
    calls = [];
    constructor(opts) {
        this.opts = opts;
        const env = opts.env ?? process.env;
        const key = `AWS_ENDPOINT_URL_${opts.endpointEnv ?? opts.service.toUpperCase().replace(/[^A-Z0-9]/g, '_')}`;
        const override = env[key] || env.AWS_ENDPOINT_URL;
        const suffix = (0, regions_js_1.partitionOf)(opts.region)?.dnsSuffix ?? 'amazonaws.com';
        const raw = override || `https://${opts.endpointPrefix}.${opts.region}.${suffix}`;
        try {
            this.endpoint = new URL(raw);
        }
        catch {
            throw new errors_js_1.InputError(key, `Invalid ${override ? key : 'endpoint'} '${raw}'. Expected a URL such as https://host.`);
        }
    }
    async call(operation, input, o = {}) {
        const max = this.opts.maxAttempts ?? 4;
        for (let attempt = 1;; attempt++) {
            try {
                return (await this.once(operation, input, o.signal));
            }
            catch (e) {
                if (o.signal?.aborted)
                    throw e;
                const retryable = (e instanceof AwsServiceError &&
                    (RETRYABLE_CODES.has(e.code) || e.status >= 500 || e.status === 429)) ||
                    (!(e instanceof AwsServiceError) && isConnectionError(e));
                if (!retryable || attempt >= max)
                    throw this.explain(e, operation);
                // Full jitter on 200 ms · 2^n, as the SDK's standard retry strategy.
                await this.opts.clock.sleep(Math.random() * 200 * 2 ** attempt, o.signal);
            }
        }
    }
    explain(e, operation) {
        if (e instanceof AwsServiceError)
            return e;
        const code = e.code;
        if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') {
            return new errors_js_1.InputError(this.opts.regionInput ?? 'aws-region', `${operation}: the endpoint ${this.endpoint.host} does not resolve (${code}); check the region ` +
                `'${this.opts.region}' and AWS_ENDPOINT_URL_${this.opts.service.toUpperCase()}.`);
        }
        return e;
    }
    async once(operation, input, signal) {
        this.credentials ??= await (this.opts.credentials ?? (() => defaultCredentials(this.opts.regionInput, this.opts.env ?? process.env)))();
        const body = JSON.stringify(input);
        const url = this.endpoint;
        // Loaded on first call, so reading inputs (and failing on a bad one) costs no signer start-up.
        const [{ SignatureV4 }, { createHash, createHmac }] = await Promise.all([
            __webpack_require__.e(/* import() */ 5118).then(__webpack_require__.t.bind(__webpack_require__, 75118, 19)),
            Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 77598, 23)),
        ]);
        // SHA-256 and HMAC from node:crypto (OpenSSL) rather than a JavaScript implementation.
        class NodeSha256 {
            h;
            constructor(secret) {
                this.h = secret === undefined ? createHash('sha256') : createHmac('sha256', toBuffer(secret));
            }
            update(data) {
                this.h.update(toBuffer(data));
            }
            async digest() {
                return new Uint8Array(this.h.digest());
            }
            reset() {
                throw new Error('reset is not supported');
            }
        }
        const signer = new SignatureV4({
            service: this.opts.service,
            region: this.opts.region,
            sha256: NodeSha256,
            credentials: this.credentials,
        });
        const path = url.pathname || '/';
        const signed = await signer.sign({
            method: 'POST',
            protocol: url.protocol,
            hostname: url.hostname,
            port: url.port ? Number(url.port) : undefined,
            path,
            query: {},
            headers: {
                host: url.host,
                'content-type': `application/x-amz-json-${this.opts.jsonVersion ?? '1.1'}`,
                'x-amz-target': `${this.opts.targetPrefix}.${operation}`,
                'content-length': String(Buffer.byteLength(body)),
            },
            body,
        }, { signingDate: new Date((this.opts.signingTime ?? (() => this.opts.clock.now()))()) });
        this.calls.push(operation);
        const { status, text } = await post(url, path, signed.headers, body, signal);
        if (status >= 200 && status < 300)
            return text ? JSON.parse(text) : {};
        let code = `HTTP${status}`;
        let message = text.slice(0, 500);
        try {
            const doc = JSON.parse(text);
            if (doc.__type)
                code = doc.__type.split('#').pop();
            message = doc.message ?? doc.Message ?? message;
        }
        catch {
            // not JSON: keep the status and the text
        }
        throw new AwsServiceError(code, message, status, operation);
    }
}
exports.AwsJsonClient = AwsJsonClient;
function toBuffer(data) {
    if (typeof data === 'string')
        return Buffer.from(data, 'utf8');
    if (ArrayBuffer.isView(data))
        return Buffer.from(data.buffer, data.byteOffset, data.byteLength);
    return Buffer.from(data);
}
function isConnectionError(e) {
    const code = e?.code ?? '';
    return ['ECONNRESET', 'ECONNREFUSED', 'ETIMEDOUT', 'EPIPE', 'EAI_AGAIN', 'ESOCKETTIMEDOUT'].includes(code);
}
async function post(url, path, headers, body, signal) {
    const mod = url.protocol === 'http:' ? await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 37067, 23)) : await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 44708, 23));
    return new Promise((resolve, reject) => {
        const req = mod.request({
            method: 'POST',
            hostname: url.hostname,
            port: url.port || undefined,
            path,
            headers,
            timeout: 60_000,
            ...(signal ? { signal } : {}),
        }, (res) => {
            const chunks = [];
            res.on('data', (c) => chunks.push(c));
            res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
            res.on('error', reject);
        });
        req.on('timeout', () => req.destroy(Object.assign(new Error('request timed out'), { code: 'ETIMEDOUT' })));
        req.on('error', reject);
        req.end(body);
    });
}


/***/ }),

/***/ 42296:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.PARTITIONS = void 0;
exports.partitionOf = partitionOf;
exports.parseRegion = parseRegion;
/**
 * AWS regions and their partitions' DNS suffixes, copied from the partition table that ships with the AWS SDK
 * Keelson pins (@aws-sdk/core, util-endpoints partitions). test/aws-regions.test.ts fails when the SDK learns
 * a region this list lacks, so an SDK upgrade brings new regions here too. A region outside the list is an
 * input error at once, instead of a DNS failure (or a silent call to the wrong place) later.
 */
const errors_js_1 = __webpack_require__(97268);
exports.PARTITIONS = [
    {
        id: 'aws',
        dnsSuffix: 'amazonaws.com',
        regions: [
            'af-south-1',
            'ap-east-1',
            'ap-east-2',
            'ap-northeast-1',
            'ap-northeast-2',
            'ap-northeast-3',
            'ap-south-1',
            'ap-south-2',
            'ap-southeast-1',
            'ap-southeast-2',
            'ap-southeast-3',
            'ap-southeast-4',
            'ap-southeast-5',
            'ap-southeast-6',
            'ap-southeast-7',
            'ca-central-1',
            'ca-west-1',
            'eu-central-1',
            'eu-central-2',
            'eu-north-1',
            'eu-south-1',
            'eu-south-2',
            'eu-west-1',
            'eu-west-2',
            'eu-west-3',
            'il-central-1',
            'me-central-1',
            'me-south-1',
            'me-west-1',
            'mx-central-1',
            'sa-east-1',
            'sa-west-1',
            'us-east-1',
            'us-east-2',
            'us-west-1',
            'us-west-2',
        ],
    },
    { id: 'aws-cn', dnsSuffix: 'amazonaws.com.cn', regions: ['cn-north-1', 'cn-northwest-1'] },
    { id: 'aws-eusc', dnsSuffix: 'amazonaws.eu', regions: ['eusc-de-east-1'] },
    { id: 'aws-iso', dnsSuffix: 'c2s.ic.gov', regions: ['us-iso-east-1', 'us-iso-west-1'] },
    { id: 'aws-iso-b', dnsSuffix: 'sc2s.sgov.gov', regions: ['us-isob-east-1', 'us-isob-west-1'] },
    { id: 'aws-iso-e', dnsSuffix: 'cloud.adc-e.uk', regions: ['eu-isoe-west-1'] },
    { id: 'aws-iso-f', dnsSuffix: 'csp.hci.ic.gov', regions: ['us-isof-east-1', 'us-isof-south-1'] },
    { id: 'aws-us-gov', dnsSuffix: 'amazonaws.com', regions: ['us-gov-east-1', 'us-gov-west-1'] },
];
function partitionOf(region) {
    return exports.PARTITIONS.find((p) => p.regions.includes(region));
}
/** A region AWS has, or an InputError naming the input with the nearest known regions. */
function parseRegion(input, raw) {
    const region = raw.trim();
    if (partitionOf(region))
        return region;
    const prefix = region.split('-').slice(0, 2).join('-');
    const near = exports.PARTITIONS.flatMap((p) => p.regions).filter((r) => prefix && r.startsWith(prefix));
    const example = near.length > 0 ? near.slice(0, 6).join(', ') : 'us-east-1, eu-west-1, ap-southeast-2';
    throw errors_js_1.InputError.invalid(input, raw, `an AWS region that exists, such as ${example}`);
}


/***/ }),

/***/ 23075:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.formatMs = formatMs;
exports.clip = clip;
exports.errorText = errorText;
const inputs_js_1 = __webpack_require__(51662);
/** `12ms`, `1.5s`, `2m30s`. */
function formatMs(ms) {
    const r = Math.round(ms);
    if (r < 1000)
        return `${r}ms`;
    if (r < 60_000)
        return `${Number((r / 1000).toFixed(1))}s`;
    return (0, inputs_js_1.formatDuration)(Math.round(r / 1000) * 1000);
}
function clip(text, max = 160) {
    const one = text.replace(/\s+/g, ' ').trim();
    return one.length > max ? `${one.slice(0, max - 1)}…` : one;
}
/**
 * The first line of an error's message. Duck-typed: errors thrown by Node's core may come from another realm
 * (jest's VM contexts), where `instanceof Error` is false. Adds the `code` when the message lacks it.
 */
function errorText(e) {
    if (typeof e === 'object' && e !== null && typeof e.message === 'string') {
        const { message, code, name } = e;
        const first = message.split('\n')[0] ?? '';
        const text = first !== '' ? first : typeof name === 'string' ? name : 'error';
        return typeof code === 'string' && !text.includes(code) ? `${text} (${code})` : text;
    }
    return String(e);
}


/***/ }),

/***/ 50570:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __exportStar = (this && this.__exportStar) || function(m, exports) {
    for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports, p)) __createBinding(exports, m, p);
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.SERVICE_SCHEME = exports.parseServiceUrl = exports.parseJsonPath = exports.getJsonPath = exports.nodeResolver = exports.BAD_WAITING_REASONS = exports.renderChecksTable = exports.renderChecksSummary = exports.runChecks = exports.describeTarget = exports.assertHealthy = exports.sensitiveValues = exports.resolveChecks = exports.placeholders = exports.parseHostPort = exports.parseHealthChecks = exports.describeStatuses = exports.checksFromValue = exports.DEFAULT_TIMING = exports.DEFAULT_MIN_DAYS = exports.DEFAULT_EXPECT_STATUS = void 0;
__exportStar(__webpack_require__(9531), exports);
var parse_js_1 = __webpack_require__(79074);
Object.defineProperty(exports, "DEFAULT_EXPECT_STATUS", ({ enumerable: true, get: function () { return parse_js_1.DEFAULT_EXPECT_STATUS; } }));
Object.defineProperty(exports, "DEFAULT_MIN_DAYS", ({ enumerable: true, get: function () { return parse_js_1.DEFAULT_MIN_DAYS; } }));
Object.defineProperty(exports, "DEFAULT_TIMING", ({ enumerable: true, get: function () { return parse_js_1.DEFAULT_TIMING; } }));
Object.defineProperty(exports, "checksFromValue", ({ enumerable: true, get: function () { return parse_js_1.checksFromValue; } }));
Object.defineProperty(exports, "describeStatuses", ({ enumerable: true, get: function () { return parse_js_1.describeStatuses; } }));
Object.defineProperty(exports, "parseHealthChecks", ({ enumerable: true, get: function () { return parse_js_1.parseHealthChecks; } }));
var variables_js_1 = __webpack_require__(29059);
Object.defineProperty(exports, "parseHostPort", ({ enumerable: true, get: function () { return variables_js_1.parseHostPort; } }));
Object.defineProperty(exports, "placeholders", ({ enumerable: true, get: function () { return variables_js_1.placeholders; } }));
Object.defineProperty(exports, "resolveChecks", ({ enumerable: true, get: function () { return variables_js_1.resolveChecks; } }));
Object.defineProperty(exports, "sensitiveValues", ({ enumerable: true, get: function () { return variables_js_1.sensitiveValues; } }));
var runner_js_1 = __webpack_require__(37082);
Object.defineProperty(exports, "assertHealthy", ({ enumerable: true, get: function () { return runner_js_1.assertHealthy; } }));
Object.defineProperty(exports, "describeTarget", ({ enumerable: true, get: function () { return runner_js_1.describeTarget; } }));
Object.defineProperty(exports, "runChecks", ({ enumerable: true, get: function () { return runner_js_1.runChecks; } }));
var render_js_1 = __webpack_require__(72908);
Object.defineProperty(exports, "renderChecksSummary", ({ enumerable: true, get: function () { return render_js_1.renderChecksSummary; } }));
Object.defineProperty(exports, "renderChecksTable", ({ enumerable: true, get: function () { return render_js_1.renderChecksTable; } }));
var kubernetes_js_1 = __webpack_require__(34974);
Object.defineProperty(exports, "BAD_WAITING_REASONS", ({ enumerable: true, get: function () { return kubernetes_js_1.BAD_WAITING_REASONS; } }));
var dns_js_1 = __webpack_require__(39023);
Object.defineProperty(exports, "nodeResolver", ({ enumerable: true, get: function () { return dns_js_1.nodeResolver; } }));
var json_path_js_1 = __webpack_require__(85464);
Object.defineProperty(exports, "getJsonPath", ({ enumerable: true, get: function () { return json_path_js_1.getJsonPath; } }));
Object.defineProperty(exports, "parseJsonPath", ({ enumerable: true, get: function () { return json_path_js_1.parseJsonPath; } }));
var http_request_js_1 = __webpack_require__(91614);
Object.defineProperty(exports, "parseServiceUrl", ({ enumerable: true, get: function () { return http_request_js_1.parseServiceUrl; } }));
Object.defineProperty(exports, "SERVICE_SCHEME", ({ enumerable: true, get: function () { return http_request_js_1.SERVICE_SCHEME; } }));


/***/ }),

/***/ 85464:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.parseJsonPath = parseJsonPath;
exports.getJsonPath = getJsonPath;
exports.jsonEqual = jsonEqual;
/** Segments of `path`, or undefined when it is not a simple path. */
function parseJsonPath(path) {
    let rest = path.trim();
    if (rest === '' || rest === '$')
        return rest === '$' ? [] : undefined;
    const out = [];
    if (rest.startsWith('$'))
        rest = rest.slice(1);
    else {
        const first = /^[A-Za-z_][\w-]*/.exec(rest);
        if (!first)
            return undefined;
        out.push(first[0]);
        rest = rest.slice(first[0].length);
    }
    while (rest !== '') {
        let m;
        if ((m = /^\.([A-Za-z_][\w-]*)/.exec(rest)))
            out.push(m[1]);
        else if ((m = /^\[(-?\d+)\]/.exec(rest)))
            out.push(Number(m[1]));
        else if ((m = /^\['((?:[^'\\]|\\.)*)'\]/.exec(rest)) || (m = /^\["((?:[^"\\]|\\.)*)"\]/.exec(rest))) {
            out.push(m[1].replace(/\\(.)/g, '$1'));
        }
        else
            return undefined;
        rest = rest.slice(m[0].length);
    }
    return out;
}
/** The value at `segments`, or `{ found: false }`. */
function getJsonPath(value, segments) {
    let current = value;
    for (const seg of segments) {
        if (typeof seg === 'number') {
            if (!Array.isArray(current))
                return { found: false };
            const i = seg < 0 ? current.length + seg : seg;
            if (i < 0 || i >= current.length)
                return { found: false };
            current = current[i];
        }
        else {
            if (current === null || typeof current !== 'object' || Array.isArray(current))
                return { found: false };
            if (!Object.prototype.hasOwnProperty.call(current, seg))
                return { found: false };
            current = current[seg];
        }
    }
    return { found: true, value: current };
}
/** Deep equality of JSON values (object key order ignored; no type coercion: 1 is not "1"). */
function jsonEqual(a, b) {
    if (a === b)
        return true;
    if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object')
        return false;
    if (Array.isArray(a) !== Array.isArray(b))
        return false;
    if (Array.isArray(a) && Array.isArray(b)) {
        return a.length === b.length && a.every((v, i) => jsonEqual(v, b[i]));
    }
    const ao = a;
    const bo = b;
    const ak = Object.keys(ao);
    const bk = Object.keys(bo);
    return (ak.length === bk.length &&
        bk.every((k) => Object.prototype.hasOwnProperty.call(ao, k) && jsonEqual(ao[k], bo[k])));
}


/***/ }),

/***/ 27909:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.kubePodSource = kubePodSource;
exports.serviceProxyTransport = serviceProxyTransport;
const http_request_js_1 = __webpack_require__(91614);
const types_js_1 = __webpack_require__(9531);
/**
 * Pods for `kubernetes` checks, shared by deploy and the health-check action: one attempt within the probe's
 * abort signal (no retries outliving the probe), and an API server that cannot be asked (unreachable, 429, 5xx)
 * makes the probe inconclusive rather than failed.
 */
function kubePodSource(kube) {
    return {
        listPods: async (namespace, labelSelector, signal) => {
            try {
                return (await kube.list('v1', 'Pod', namespace, {
                    labelSelector,
                    once: true,
                    signal,
                }));
            }
            catch (e) {
                // By name, not instanceof: the health-check bundle does not load the client unless it connects.
                const api = e?.name === 'KubeApiError' ? e : undefined;
                if (api && (api.status === 0 || api.status === 429 || api.status >= 500)) {
                    throw new types_js_1.Inconclusive(`the Kubernetes API could not be asked: ${api.message}`);
                }
                throw e;
            }
        },
    };
}
/** Sends a check's `k8s-service://` request through the Kubernetes API server's service proxy. */
function serviceProxyTransport(kube) {
    return async (url, o) => {
        const t = (0, http_request_js_1.parseServiceUrl)(url);
        if (!t)
            throw new Error(`not a k8s-service URL: ${url}`);
        const res = await kube.proxyGet(t.namespace, t.service, t.port ?? '', t.path, { signal: o.signal });
        return { status: res.status, headers: res.headers, body: Buffer.from(res.text), truncated: false };
    };
}


/***/ }),

/***/ 79074:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.MAX_CHECKS = exports.DEFAULT_MIN_DAYS = exports.DEFAULT_EXPECT_STATUS = exports.DEFAULT_TIMING = void 0;
exports.parseHealthChecks = parseHealthChecks;
exports.checksFromValue = checksFromValue;
exports.describeStatuses = describeStatuses;
exports.normalizeIp = normalizeIp;
/**
 * Health checks from YAML: a list of mappings, one per check. Every bad field is one InputError naming the
 * input, the check (1-based index and name) and the field:
 *
 *   Invalid input 'health-checks': check 2 ('api') field 'expect-status': 'abc'. Expected a status code or
 *   range like 200-299.
 *
 * The grammar and defaults are documented in docs/health-checks.md.
 */
const node_fs_1 = __webpack_require__(73024);
const cloudwatch_js_1 = __webpack_require__(53409);
const errors_js_1 = __webpack_require__(97268);
const inputs_js_1 = __webpack_require__(51662);
const format_js_1 = __webpack_require__(23075);
const json_path_js_1 = __webpack_require__(85464);
const types_js_1 = __webpack_require__(9531);
const variables_js_1 = __webpack_require__(29059);
/** Defaults for every check; a check's own fields override them. */
exports.DEFAULT_TIMING = {
    interval: 10_000,
    timeout: 5_000,
    successThreshold: 1,
    failureThreshold: 3,
};
exports.DEFAULT_EXPECT_STATUS = [{ min: 200, max: 399 }];
exports.DEFAULT_MIN_DAYS = 14;
const KINDS = ['http', 'https', 'dns', 'tls', 'tcp', 'prometheus', 'cloudwatch', 'kubernetes'];
const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];
const OPS = ['<=', '>=', '==', '<', '>'];
const COMMON = ['name', 'kind', 'interval', 'timeout', 'success-threshold', 'failure-threshold'];
const FIELDS = {
    http: [
        'url',
        'method',
        'headers',
        'expect-status',
        'max-latency',
        'body-contains',
        'json-path',
        'json-equals',
        'insecure',
        'samples',
        'max-error-ratio',
    ],
    dns: ['hostname', 'record-type', 'expect-address', 'server', 'resolver'],
    tls: ['host', 'servername', 'min-days', 'insecure', 'ca-file'],
    tcp: ['host'],
    prometheus: ['url', 'query', 'threshold', 'on-empty', 'headers', 'insecure'],
    cloudwatch: ['metric', 'stat', 'window', 'threshold', 'target-group', 'load-balancer', 'alarms'],
    kubernetes: ['namespace', 'selector', 'max-restarts', 'restart-baseline', 'min-pods', 'not-ready-grace'],
};
/**
 * Parses the YAML text of a checks input. Text that holds no check at all — empty, `[]`, `null`, `~`, `---` or
 * only comments — is an input error: a gate with nothing to check must fail, not pass.
 */
async function parseHealthChecks(raw, options = {}) {
    const input = options.input ?? 'health-checks';
    if (raw.trim() === '')
        throw noChecks(input, options.emptyHint);
    const { parse: parseYaml } = await __webpack_require__.e(/* import() */ 8815).then(__webpack_require__.t.bind(__webpack_require__, 38815, 19));
    let value;
    try {
        value = parseYaml(raw);
    }
    catch (e) {
        const why = (0, format_js_1.errorText)(e);
        throw new errors_js_1.InputError(input, `Invalid input '${input}': not valid YAML (${why}). Expected ${LIST_EXPECTED}.`);
    }
    return checksFromValue(value, options);
}
/** More checks than this in one gate is a mistake (a generated list gone wrong), not a health gate. */
exports.MAX_CHECKS = 100;
const LIST_EXPECTED = 'a YAML list of checks such as `- kind: http` with `url: https://…/healthz`';
/** Builds specs from already-parsed YAML/JSON (for example a section of a config file). */
function noChecks(input, hint) {
    return new errors_js_1.InputError(input, `Invalid input '${input}': no checks. Expected ${LIST_EXPECTED}; a gate with nothing to check would pass anything.` +
        (hint ? ` ${hint}` : ''));
}
function checksFromValue(value, options = {}) {
    const input = options.input ?? 'health-checks';
    if (value === null || value === undefined || (Array.isArray(value) && value.length === 0)) {
        throw noChecks(input, options.emptyHint);
    }
    if (Array.isArray(value) && value.length > exports.MAX_CHECKS) {
        throw new errors_js_1.InputError(input, `Invalid input '${input}': ${value.length} checks. Expected at most ${exports.MAX_CHECKS} (each one probes on its own interval).`);
    }
    if (!Array.isArray(value)) {
        // Not repeated: a mapping given where a list belongs can hold headers with credentials.
        const kind = typeof value === 'object' ? 'a mapping' : `a ${typeof value}`;
        throw new errors_js_1.InputError(input, `Invalid input '${input}': ${kind}, not a list. Expected ${LIST_EXPECTED}.`);
    }
    const specs = [];
    const names = new Map();
    value.forEach((item, i) => {
        const spec = parseCheck(item, i + 1, input);
        const clash = names.get(spec.name);
        if (clash !== undefined) {
            throw (0, variables_js_1.fieldError)(input, spec, 'name', spec.name, `a name not used by another check (check ${clash} has it)`);
        }
        names.set(spec.name, spec.index);
        if (options.variables)
            checkKnownVariables(spec, options.variables, input);
        specs.push(spec);
    });
    return specs;
}
function checkKnownVariables(spec, known, input) {
    const fields = variables_js_1.TEMPLATED[spec.kind].map((f) => [
        f,
        spec[f],
    ]);
    if (spec.kind === 'http' || spec.kind === 'prometheus') {
        for (const [k, v] of Object.entries(spec.headers))
            fields.push([`headers.${k}`, v]);
    }
    for (const [field, text] of fields) {
        const unknown = (0, variables_js_1.placeholders)(text).find((p) => !known.includes(p));
        if (unknown !== undefined) {
            const list = known.length > 0 ? known.map((k) => `\${${k}}`).join(', ') : 'none';
            throw (0, variables_js_1.fieldError)(input, spec, field, text, `only the variables this step provides (${list}), not \${${unknown}}`);
        }
    }
}
class Fields {
    input;
    index;
    _name;
    obj;
    named;
    constructor(input, index, _name, obj, named) {
        this.input = input;
        this.index = index;
        this._name = _name;
        this.obj = obj;
        this.named = named;
    }
    get name() {
        return this._name;
    }
    /** Names the check once its kind gives the default name. */
    rename(name) {
        this._name = name;
        this.named = true;
    }
    where() {
        const name = this.name.replace(/\r\n|\r|\n/g, '\\n');
        return this.named ? `check ${this.index} ('${name}')` : `check ${this.index}`;
    }
    error(field, value, expected) {
        return new errors_js_1.InputError(this.input, `Invalid input '${this.input}': ${this.where()} field '${field}'${(0, variables_js_1.excerpt)(field, value)}. Expected ${expected}.`);
    }
    required(field, expected) {
        return new errors_js_1.InputError(this.input, `Invalid input '${this.input}': ${this.where()} field '${field}' is required. Expected ${expected}.`);
    }
    has(field) {
        return this.obj[field] !== undefined && this.obj[field] !== null;
    }
    string(field, expected, required = false) {
        const v = this.obj[field];
        if (v === undefined || v === null) {
            if (required)
                throw this.required(field, expected);
            return undefined;
        }
        if (typeof v !== 'string' && typeof v !== 'number' && typeof v !== 'boolean')
            throw this.error(field, v, expected);
        const s = String(v).trim();
        if (s === '')
            throw this.error(field, v, expected);
        return s;
    }
    duration(field, fallback, range = {}) {
        const v = this.obj[field];
        if (v === undefined || v === null)
            return fallback;
        const raw = typeof v === 'string' ? v.trim() : show(v);
        try {
            return (0, inputs_js_1.parseDuration)(field, raw, range);
        }
        catch (e) {
            throw this.error(field, v, expectedOf(e) ?? 'a duration such as 5s, 500ms or 1m30s');
        }
    }
    integer(field, fallback, range) {
        const v = this.obj[field];
        if (v === undefined || v === null)
            return fallback;
        const expected = `a whole number from ${range.min} to ${range.max}`;
        if (typeof v !== 'number' && typeof v !== 'string')
            throw this.error(field, v, expected);
        try {
            return (0, inputs_js_1.parseInteger)(field, String(v).trim(), range);
        }
        catch {
            throw this.error(field, v, expected);
        }
    }
    ratio(field, fallback) {
        const v = this.obj[field];
        if (v === undefined || v === null)
            return fallback;
        try {
            if (typeof v !== 'number' && typeof v !== 'string')
                throw new Error('not a ratio');
            return (0, inputs_js_1.parseRatio)(field, String(v));
        }
        catch {
            throw this.error(field, v, 'a ratio from 0 to 1 such as 0.05 (or a percentage such as 5%)');
        }
    }
    boolean(field, fallback) {
        const v = this.obj[field];
        if (v === undefined || v === null)
            return fallback;
        if (typeof v === 'boolean')
            return v;
        throw this.error(field, v, 'true or false');
    }
    enumOf(field, allowed, fallback, transform = (s) => s) {
        const v = this.obj[field];
        if (v === undefined || v === null)
            return fallback;
        const s = typeof v === 'string' ? transform(v.trim()) : undefined;
        if (s !== undefined && allowed.includes(s))
            return s;
        throw this.error(field, v, `one of: ${allowed.join(' | ')}`);
    }
    headers(field) {
        const v = this.obj[field];
        if (v === undefined || v === null)
            return {};
        const expected = 'a mapping of header names to values, such as `Authorization: Bearer ${TOKEN}`';
        if (typeof v !== 'object' || Array.isArray(v))
            throw this.error(field, v, expected);
        const out = {};
        for (const [k, val] of Object.entries(v)) {
            if (!/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(k))
                throw this.error(`${field}.${k}`, k, 'a valid HTTP header name');
            if (typeof val !== 'string' && typeof val !== 'number' && typeof val !== 'boolean') {
                throw this.error(`${field}.${k}`, val, 'a text value');
            }
            const s = String(val);
            if (/[\r\n\0]/.test(s))
                throw this.error(`${field}.${k}`, s, 'a single-line value');
            out[k] = s;
        }
        return out;
    }
    /** A templated target field: validated now unless it holds `${...}` placeholders (then at resolve time). */
    target(spec, field, expected) {
        const s = this.string(field, expected, true);
        if (!(0, variables_js_1.hasPlaceholders)(s)) {
            const wrong = (0, variables_js_1.checkTarget)(spec, field, s);
            if (wrong)
                throw this.error(field, s, wrong);
        }
        return s;
    }
}
function show(v) {
    if (typeof v === 'string')
        return v;
    try {
        return JSON.stringify(v) ?? String(v);
    }
    catch {
        return String(v);
    }
}
/** The "Expected …" part of an InputError from a shared parser, so it can be re-worded for a field. */
function expectedOf(e) {
    if (!(e instanceof errors_js_1.InputError))
        return undefined;
    const m = /\. Expected (.*)\.$/s.exec(e.message);
    return m?.[1];
}
function parseCheck(item, index, input) {
    if (item === null || typeof item !== 'object' || Array.isArray(item)) {
        throw new errors_js_1.InputError(input, 
        // Not repeated: a list item that is not a mapping is often a header line that lost its indentation.
        `Invalid input '${input}': check ${index} is ${item === null ? 'empty' : Array.isArray(item) ? 'a list' : `a ${typeof item}`}, not a mapping. ` +
            `Expected a mapping with at least \`kind\` (${KINDS.join(' | ')}).`);
    }
    const obj = item;
    const rawName = obj.name;
    const named = typeof rawName === 'string' || typeof rawName === 'number';
    const f = new Fields(input, index, named ? String(rawName) : '', obj, named);
    if (rawName !== undefined && rawName !== null) {
        if (!named ||
            String(rawName).trim() === '' ||
            String(rawName).length > 100 ||
            /[\r\n]/.test(String(rawName))) {
            throw f.error('name', rawName, 'a single-line name of at most 100 characters');
        }
    }
    const rawKind = f.string('kind', `one of: ${KINDS.join(' | ')}`, true);
    if (!KINDS.includes(rawKind))
        throw f.error('kind', rawKind, `one of: ${KINDS.join(' | ')}`);
    const kind = rawKind === 'https' ? 'http' : rawKind;
    if (!named)
        f.rename(`${kind}-${index}`);
    const allowed = [...COMMON, ...FIELDS[kind]];
    for (const key of Object.keys(obj)) {
        if (!allowed.includes(key)) {
            throw new errors_js_1.InputError(input, `Invalid input '${input}': check ${index} ('${f.name}') has unknown field '${key}'. ` +
                `Expected one of: ${allowed.join(', ')}.`);
        }
    }
    const interval = f.duration('interval', exports.DEFAULT_TIMING.interval, { min: 1 });
    const timeoutDefault = Math.min(exports.DEFAULT_TIMING.timeout, interval);
    const timeout = f.duration('timeout', timeoutDefault, { min: 1 });
    if (timeout > interval) {
        throw f.error('timeout', obj.timeout, `a duration no longer than the interval (${(0, inputs_js_1.formatDuration)(interval)})`);
    }
    const base = {
        index,
        name: f.name,
        interval,
        timeout,
        successThreshold: f.integer('success-threshold', exports.DEFAULT_TIMING.successThreshold, { min: 1, max: 100 }),
        failureThreshold: f.integer('failure-threshold', exports.DEFAULT_TIMING.failureThreshold, { min: 1, max: 100 }),
    };
    switch (kind) {
        case 'http': {
            const url = f.target({ kind }, 'url', variables_js_1.EXPECTED.url);
            const method = f.enumOf('method', METHODS, 'GET', (s) => s.toUpperCase());
            const jsonPath = f.string('json-path', 'a path such as $.status or $.checks[0].ok');
            let json;
            if (jsonPath !== undefined) {
                const segments = (0, json_path_js_1.parseJsonPath)(jsonPath);
                if (!segments)
                    throw f.error('json-path', jsonPath, "a simple path such as $.status, $.checks[0].ok or $['a.b']");
                if (!f.has('json-equals'))
                    throw f.required('json-equals', 'the value expected at json-path, such as ok or true');
                json = { path: jsonPath, segments, equals: obj['json-equals'] };
            }
            else if (f.has('json-equals')) {
                throw f.required('json-path', 'a path such as $.status when json-equals is given');
            }
            const maxLatency = f.has('max-latency') ? f.duration('max-latency', 0, { min: 1 }) : undefined;
            const bodyContains = f.has('body-contains')
                ? f.string('body-contains', 'a text to find in the body')
                : undefined;
            return {
                ...base,
                kind,
                url,
                method,
                headers: f.headers('headers'),
                expectStatus: parseStatuses(f, obj['expect-status']),
                ...(maxLatency !== undefined ? { maxLatency } : {}),
                ...(bodyContains !== undefined ? { bodyContains } : {}),
                ...(json ? { json } : {}),
                insecure: f.boolean('insecure', false),
                samples: f.integer('samples', 1, { min: 1, max: 200 }),
                maxErrorRatio: f.ratio('max-error-ratio', 0),
            };
        }
        case 'dns': {
            const hostname = f.target({ kind }, 'hostname', variables_js_1.EXPECTED.hostname);
            const recordType = f.enumOf('record-type', ['A', 'AAAA'], 'A', (s) => s.toUpperCase());
            const expectAddress = parseAddresses(f, obj['expect-address'], recordType);
            const server = f.string('server', 'a DNS server address such as 10.0.0.2 or 10.0.0.2:53');
            if (server !== undefined && !isServer(server)) {
                throw f.error('server', server, 'a DNS server address such as 10.0.0.2, 10.0.0.2:53 or [fd00::2]:53');
            }
            const resolver = f.enumOf('resolver', ['system', 'dns'], server !== undefined ? 'dns' : 'system');
            if (resolver === 'system' && server !== undefined) {
                throw f.error('resolver', 'system', "'dns' when a server is given (the system resolver asks its own)");
            }
            return {
                ...base,
                kind,
                hostname,
                recordType,
                ...(expectAddress ? { expectAddress } : {}),
                ...(server !== undefined ? { server } : {}),
                resolver,
            };
        }
        case 'tls': {
            const host = f.target({ kind }, 'host', variables_js_1.EXPECTED.tlsHost);
            const servername = f.string('servername', 'the server name to send (SNI), such as api.example.com');
            const caFile = f.string('ca-file', 'a path to a PEM file of trusted certificates');
            if (caFile !== undefined && !((0, node_fs_1.existsSync)(caFile) && (0, node_fs_1.statSync)(caFile).isFile())) {
                throw f.error('ca-file', caFile, `an existing PEM file of trusted certificates (not found from ${process.cwd()})`);
            }
            return {
                ...base,
                kind,
                host,
                ...(servername !== undefined ? { servername } : {}),
                minDays: f.integer('min-days', exports.DEFAULT_MIN_DAYS, { min: 0, max: 3650 }),
                insecure: f.boolean('insecure', false),
                ...(caFile !== undefined ? { caFile } : {}),
            };
        }
        case 'tcp':
            return { ...base, kind, host: f.target({ kind }, 'host', variables_js_1.EXPECTED.tcpHost) };
        case 'prometheus': {
            const url = f.target({ kind }, 'url', variables_js_1.EXPECTED.prometheusUrl);
            const query = f.string('query', 'a PromQL instant query such as sum(rate(http_requests_total[1m]))', true);
            const threshold = parseThreshold(f, obj.threshold);
            const onEmpty = f.enumOf('on-empty', ['pass', 'fail'], 'fail');
            return {
                ...base,
                kind,
                url,
                query,
                threshold,
                onEmpty,
                headers: f.headers('headers'),
                insecure: f.boolean('insecure', false),
            };
        }
        case 'cloudwatch':
            return { ...base, ...parseCloudWatch(f) };
        case 'kubernetes': {
            const namespace = f.string('namespace', 'a namespace such as prod', true);
            if (!(0, variables_js_1.hasPlaceholders)(namespace) && !/^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/.test(namespace)) {
                throw f.error('namespace', namespace, 'a Kubernetes namespace name such as prod');
            }
            const selector = parseSelector(f, obj.selector);
            return {
                ...base,
                kind,
                namespace,
                selector,
                maxRestarts: f.integer('max-restarts', 0, { min: 0, max: 10_000 }),
                restartBaseline: f.enumOf('restart-baseline', ['first-probe', 'zero'], 'first-probe'),
                minPods: f.integer('min-pods', 1, { min: 0, max: 10_000 }),
                notReadyGrace: f.duration('not-ready-grace', 30_000, { min: 0 }),
            };
        }
    }
}
const CW_TARGET_GROUP = 'canary, stable, a target group ARN or targetgroup/<name>/<id> (canary and stable: the versions of a canary on the ALB)';
const CW_LOAD_BALANCER = 'a load balancer ARN or app/<name>/<id>';
const CW_STAT = 'Sum, Average, Maximum, Minimum, SampleCount or a percentile such as p99';
function parseCloudWatch(f) {
    const hasMetric = f.has('metric');
    const hasAlarms = f.has('alarms');
    if (hasMetric === hasAlarms) {
        if (hasMetric)
            throw f.error('alarms', f.obj.alarms, 'no alarms in a check that has a metric (one check each)');
        throw f.required('metric', `one of: ${types_js_1.CLOUDWATCH_METRICS.join(' | ')} (or alarms: a list of alarm names)`);
    }
    if (hasAlarms) {
        for (const field of ['stat', 'window', 'threshold', 'target-group', 'load-balancer'])
            if (f.has(field))
                throw f.error(field, f.obj[field], 'no such field with alarms (it belongs to a metric check)');
        return { kind: 'cloudwatch', window: 300_000, targetGroup: 'canary', alarms: parseAlarmNames(f) };
    }
    const metric = f.enumOf('metric', types_js_1.CLOUDWATCH_METRICS, '5xx-ratio');
    const stat = f.string('stat', CW_STAT);
    if (stat !== undefined && metric === '5xx-ratio')
        throw f.error('stat', stat, 'no stat for 5xx-ratio (the 5XX count over RequestCount, both Sum)');
    if (stat !== undefined && !/^(Sum|Average|Maximum|Minimum|SampleCount|p(100|\d{1,2}(\.\d+)?))$/.test(stat))
        throw f.error('stat', stat, CW_STAT);
    // The ALB publishes its metrics per minute (standard resolution): a shorter period has nothing to show.
    // Longer than the metrics' publication delay (a minute or so): a 1-minute window sees nothing published yet.
    const window = f.duration('window', 300_000, { min: 1_000, max: 3 * 3_600_000 });
    if (window % 60_000 !== 0)
        throw f.error('window', f.obj.window, "whole minutes from 1m to 3h (the ALB's metrics are published per minute)");
    const targetGroup = f.string('target-group', CW_TARGET_GROUP) ?? 'canary';
    if (!['canary', 'stable'].includes(targetGroup) &&
        !/^(arn:aws[\w-]*:elasticloadbalancing:[^:]*:\d*:)?targetgroup\/[^/]+\/[^/]+$/.test(targetGroup))
        throw f.error('target-group', targetGroup, CW_TARGET_GROUP);
    const loadBalancer = f.string('load-balancer', CW_LOAD_BALANCER);
    if (loadBalancer !== undefined &&
        !/^(arn:aws[\w-]*:elasticloadbalancing:[^:]*:\d*:loadbalancer\/)?app\/[^/]+\/[^/]+$/.test(loadBalancer))
        throw f.error('load-balancer', loadBalancer, CW_LOAD_BALANCER);
    const explicit = !['canary', 'stable'].includes(targetGroup);
    if (explicit && loadBalancer === undefined)
        throw f.required('load-balancer', `${CW_LOAD_BALANCER} (CloudWatch keys the ALB's target group metrics by both)`);
    const threshold = parseCloudWatchThreshold(f, f.obj.threshold);
    if (threshold.factor !== undefined && targetGroup !== 'canary')
        throw f.error('threshold', f.obj.threshold, "an absolute comparison such as '<= 0.05' (relative to stable needs target-group: canary)");
    return {
        kind: 'cloudwatch',
        metric,
        ...(stat !== undefined ? { stat } : {}),
        window,
        targetGroup,
        ...(loadBalancer !== undefined ? { loadBalancer } : {}),
        threshold,
        alarms: [],
        ...(explicit
            ? {
                dimensions: {
                    loadBalancer: (0, cloudwatch_js_1.albDimension)(loadBalancer),
                    targetGroup: (0, cloudwatch_js_1.albDimension)(targetGroup),
                },
            }
            : {}),
    };
}
function parseAlarmNames(f) {
    const v = f.obj.alarms;
    const expected = 'a list of CloudWatch alarm names (at most 100), such as [web-5xx, web-latency]';
    const items = Array.isArray(v) ? v : typeof v === 'string' ? v.split(',') : undefined;
    if (!items || items.length === 0 || items.length > 100)
        throw f.error('alarms', v, expected);
    return items.map((item) => {
        const s = typeof item === 'string' ? item.trim() : '';
        if (s === '' || s.length > 255 || /[\r\n\0]/.test(s))
            throw f.error('alarms', item, expected);
        return s;
    });
}
const CW_THRESHOLD_EXPECTED = "a comparison such as '<= 0.05', or relative to stable such as '<= 1.5 * stable + 0.01' (operators <, <=, >, >=, ==; quote it in YAML)";
function parseCloudWatchThreshold(f, v) {
    if (v === undefined || v === null)
        throw f.required('threshold', CW_THRESHOLD_EXPECTED);
    if (typeof v !== 'string')
        throw f.error('threshold', v, CW_THRESHOLD_EXPECTED);
    const num = '([0-9]*\\.?[0-9]+(?:e[-+]?\\d+)?)';
    const abs = new RegExp(`^\\s*(<=|>=|==|<|>)\\s*(-?${num.slice(1, -1)})\\s*$`, 'i').exec(v);
    if (abs) {
        const offset = Number(abs[2]);
        if (Number.isFinite(offset))
            return { op: abs[1], offset };
    }
    const rel = new RegExp(`^\\s*(<=|>=|==|<|>)\\s*(?:${num}\\s*[*×x]\\s*)?stable\\s*(?:([-+])\\s*${num})?\\s*$`, 'i').exec(v);
    if (rel) {
        const factor = rel[2] !== undefined ? Number(rel[2]) : 1;
        const offset = rel[4] !== undefined ? Number(rel[4]) * (rel[3] === '-' ? -1 : 1) : 0;
        if (Number.isFinite(factor) && Number.isFinite(offset))
            return { op: rel[1], offset, factor };
    }
    throw f.error('threshold', v, CW_THRESHOLD_EXPECTED);
}
const STATUS_EXPECTED = 'a status code or range like 200-299';
function parseStatuses(f, v) {
    if (v === undefined || v === null)
        return exports.DEFAULT_EXPECT_STATUS.map((r) => ({ ...r }));
    const items = Array.isArray(v) ? v : typeof v === 'string' ? v.split(',') : [v];
    if (items.length === 0)
        throw f.error('expect-status', v, STATUS_EXPECTED);
    const out = [];
    for (const item of items) {
        const s = typeof item === 'number' ? String(item) : typeof item === 'string' ? item.trim() : undefined;
        const m = s !== undefined ? /^([1-5]\d\d)(?:\s*-\s*([1-5]\d\d))?$/.exec(s) : null;
        const xx = s !== undefined ? /^([1-5])xx$/i.exec(s) : null;
        if (xx) {
            out.push({ min: Number(xx[1]) * 100, max: Number(xx[1]) * 100 + 99 });
            continue;
        }
        if (!m)
            throw f.error('expect-status', Array.isArray(v) ? item : v, STATUS_EXPECTED);
        const min = Number(m[1]);
        const max = m[2] !== undefined ? Number(m[2]) : min;
        if (max < min)
            throw f.error('expect-status', Array.isArray(v) ? item : v, STATUS_EXPECTED);
        out.push({ min, max });
    }
    return out;
}
function describeStatuses(ranges) {
    return ranges.map((r) => (r.min === r.max ? String(r.min) : `${r.min}-${r.max}`)).join(', ');
}
function parseThreshold(f, v) {
    const expected = "a comparison such as '< 0.01' (operators <, <=, >, >=, ==; quote it in YAML)";
    if (v === undefined || v === null)
        throw f.required('threshold', expected);
    if (typeof v !== 'string')
        throw f.error('threshold', v, expected);
    const m = /^\s*(<=|>=|==|<|>)\s*(\S+)\s*$/.exec(v);
    const value = m ? Number(m[2]) : NaN;
    if (!m || !Number.isFinite(value))
        throw f.error('threshold', v, expected);
    const op = OPS.find((o) => o === m[1]);
    return { op, value };
}
function parseAddresses(f, v, type) {
    if (v === undefined || v === null)
        return undefined;
    const expected = `an ${type === 'A' ? 'IPv4' : 'IPv6'} address or a list of them`;
    const items = Array.isArray(v) ? v : [v];
    if (items.length === 0)
        throw f.error('expect-address', v, expected);
    return items.map((item) => {
        if (typeof item !== 'string' || !isIp(item.trim(), type === 'A' ? 4 : 6))
            throw f.error('expect-address', item, expected);
        return normalizeIp(item.trim());
    });
}
function isIp(s, family) {
    if (family === 4)
        return /^(25[0-5]|2[0-4]\d|1?\d?\d)(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}$/.test(s);
    try {
        return s.includes(':') && new URL(`http://[${s}]/`).hostname !== '';
    }
    catch {
        return false;
    }
}
/** IPv6 in the compressed lower-case form the resolver returns (`::1`, not `0:0:0:0:0:0:0:1`). */
function normalizeIp(s) {
    return s.includes(':') ? new URL(`http://[${s}]/`).hostname.replace(/^\[|\]$/g, '') : s;
}
function isServer(s) {
    const v6 = /^\[([0-9A-Fa-f:.]+)\](?::(\d{1,5}))?$/.exec(s);
    if (v6)
        return isIp(v6[1], 6) && (v6[2] === undefined || Number(v6[2]) <= 65535);
    const v4 = /^([\d.]+)(?::(\d{1,5}))?$/.exec(s);
    if (v4)
        return (isIp(v4[1], 4) && (v4[2] === undefined || (Number(v4[2]) >= 1 && Number(v4[2]) <= 65535)));
    return isIp(s, 6);
}
function parseSelector(f, v) {
    const expected = 'a label selector such as app=api,color=green (or a mapping of labels)';
    if (v === undefined || v === null)
        throw f.required('selector', expected);
    if (typeof v === 'object' && !Array.isArray(v)) {
        const pairs = Object.entries(v);
        if (pairs.length === 0)
            throw f.error('selector', v, expected);
        return pairs
            .map(([k, val]) => {
            if (typeof val !== 'string' && typeof val !== 'number' && typeof val !== 'boolean')
                throw f.error('selector', v, expected);
            return `${k}=${String(val)}`;
        })
            .join(',');
    }
    if (typeof v !== 'string' || v.trim() === '')
        throw f.error('selector', v, expected);
    const s = v.trim();
    if (!(0, variables_js_1.hasPlaceholders)(s)) {
        const term = /^\s*!?[A-Za-z0-9./_-]+\s*(?:(?:==?|!=)\s*[A-Za-z0-9._-]*|\s+(?:in|notin)\s+\([^)]*\))?\s*$/;
        if (!splitTerms(s).every((t) => term.test(t)))
            throw f.error('selector', s, expected);
    }
    return s;
}
/** Splits a selector at commas outside `in (a,b)` sets. */
function splitTerms(s) {
    const out = [];
    let depth = 0;
    let cur = '';
    for (const ch of s) {
        if (ch === '(')
            depth++;
        if (ch === ')')
            depth--;
        if (ch === ',' && depth === 0) {
            out.push(cur);
            cur = '';
        }
        else
            cur += ch;
    }
    out.push(cur);
    return out;
}


/***/ }),

/***/ 84026:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.THROTTLED = void 0;
exports.probeCloudWatch = probeCloudWatch;
const json_client_js_1 = __webpack_require__(15603);
const types_js_1 = __webpack_require__(9531);
const prometheus_js_1 = __webpack_require__(29250);
/** AWS's throttling error codes: CloudWatch asked too often, not a verdict on anything. */
exports.THROTTLED = new Set([
    'Throttling',
    'ThrottlingException',
    'TooManyRequestsException',
    'RequestLimitExceeded',
    'LimitExceeded',
    'LimitExceededException',
]);
/** Service errors that say nothing about the version: the observer could not look. */
const INCONCLUSIVE = new Set([
    'AccessDenied',
    'AccessDeniedException',
    ...exports.THROTTLED,
    'InternalFailure',
    'InternalServiceFault',
    'ServiceUnavailable',
    'UnrecognizedClientException',
    'InvalidClientTokenId',
    'ExpiredToken',
    'ExpiredTokenException',
    'SignatureDoesNotMatch',
]);
const NAMESPACE = 'AWS/ApplicationELB';
async function probeCloudWatch(spec, cw, clock, signal) {
    return spec.metric === undefined ? probeAlarms(spec, cw, signal) : probeMetric(spec, cw, clock, signal);
}
/** Runs one CloudWatch call: what the observer could not do is Inconclusive; a refused request is the message. */
async function ask(cw, operation, signal, call) {
    try {
        return await call();
    }
    catch (e) {
        if (signal.aborted)
            throw e;
        if (e instanceof json_client_js_1.AwsServiceError) {
            if (INCONCLUSIVE.has(e.code) || e.status >= 500 || e.status === 429)
                throw new types_js_1.Inconclusive(`CloudWatch ${operation} in ${cw.region}: ${e.code}: ${oneLine(e.message)}`);
            throw new Refused(`CloudWatch refused ${operation}: ${e.code}: ${oneLine(e.message)}`);
        }
        const code = e?.code;
        if (typeof code === 'string' && /^E[A-Z]+$/.test(code))
            throw new types_js_1.Inconclusive(`CloudWatch in ${cw.region} could not be reached (${code})`);
        throw e;
    }
}
class Refused extends Error {
}
function oneLine(s) {
    const flat = s.replace(/\s+/g, ' ').trim();
    return flat.length > 200 ? `${flat.slice(0, 200)}…` : flat;
}
function fmt(v) {
    return Number.isFinite(v) ? String(Number(v.toPrecision(4))) : String(v);
}
function windowText(ms) {
    return ms % 60_000 === 0 ? `${ms / 60_000}m` : `${ms / 1000}s`;
}
async function probeMetric(spec, cw, clock, signal) {
    const dims = spec.dimensions;
    if (!dims)
        return {
            ok: false,
            message: `target-group '${spec.targetGroup}' is only known during a canary on the ALB router (elsewhere give the target group's ARN and load-balancer)`,
        };
    const threshold = spec.threshold;
    const relative = threshold.factor !== undefined;
    if (relative && !dims.stableTargetGroup)
        return { ok: false, message: "a threshold relative to stable needs the stable version's target group" };
    const groups = relative ? [dims.targetGroup, dims.stableTargetGroup] : [dims.targetGroup];
    const metric = spec.metric;
    const period = spec.window / 1000;
    const query = (id, tg, metricName, stat) => ({
        id,
        namespace: NAMESPACE,
        metricName,
        dimensions: { LoadBalancer: dims.loadBalancer, TargetGroup: tg },
        stat,
        periodSeconds: period,
    });
    const counted = metric === '5xx-ratio' || (metric.startsWith('HTTPCode_') && (spec.stat ?? 'Sum') === 'Sum');
    const queries = groups.flatMap((tg, i) => [
        ...(metric === '5xx-ratio'
            ? [query(`e${i}`, tg, 'HTTPCode_Target_5XX_Count', 'Sum')]
            : [query(`m${i}`, tg, metric, spec.stat ?? defaultStat(metric))]),
        // ALB publishes a count only when it is not zero: RequestCount tells "none" from "no data".
        ...(counted ? [query(`r${i}`, tg, 'RequestCount', 'Sum')] : []),
    ]);
    const end = clock.now();
    let series;
    try {
        series = await ask(cw, 'GetMetricData', signal, () => 
        // Never before `since`, and at least a second (CloudWatch refuses an empty range).
        cw.getMetricData(queries, { start: Math.min(Math.max(end - spec.window, spec.since ?? -Infinity), end - 1000), end }, signal));
    }
    catch (e) {
        if (e instanceof Refused)
            return { ok: false, message: e.message };
        throw e;
    }
    const byId = new Map(series.map((s) => [s.id, s]));
    const sum = (id) => {
        const s = byId.get(id);
        return s && s.values.length > 0 ? s.values.reduce((a, b) => a + b, 0) : undefined;
    };
    const name = metric === '5xx-ratio'
        ? 'HTTPCode_Target_5XX_Count/RequestCount'
        : `${metric} ${spec.stat ?? defaultStat(metric)}`;
    const read = (i) => {
        if (metric === '5xx-ratio') {
            const requests = sum(`r${i}`);
            if (!requests)
                return undefined;
            const errors = sum(`e${i}`) ?? 0;
            return { value: errors / requests, detail: ` (${fmt(errors)} of ${fmt(requests)} requests)` };
        }
        const s = byId.get(`m${i}`);
        if ((spec.stat ?? defaultStat(metric)) === 'Sum') {
            const v = sum(`m${i}`);
            if (v !== undefined)
                return { value: v, detail: '' };
            return counted && sum(`r${i}`) ? { value: 0, detail: '' } : undefined;
        }
        const latest = s?.values[0];
        return latest === undefined ? undefined : { value: latest, detail: '' };
    };
    const canary = read(0);
    const who = (i) => `${i === 0 ? (spec.targetGroup === 'stable' ? 'stable ' : spec.targetGroup === 'canary' ? 'canary ' : '') : 'stable '}${groups[i]}`;
    if (!canary)
        throw new types_js_1.Inconclusive(`CloudWatch has no datapoints of ${name} for ${who(0)} in the last ${windowText(spec.window)}`);
    let limit = threshold.offset;
    let want = `${threshold.op} ${fmt(threshold.offset)}`;
    if (relative) {
        const stable = read(1);
        if (!stable)
            throw new types_js_1.Inconclusive(`CloudWatch has no datapoints of ${name} for ${who(1)} in the last ${windowText(spec.window)}`);
        limit = threshold.factor * stable.value + threshold.offset;
        want = `${threshold.op} ${fmt(threshold.factor)} × stable ${fmt(stable.value)}${stable.detail} + ${fmt(threshold.offset)} = ${fmt(limit)}`;
    }
    const shown = `${name} of ${who(0)} over ${windowText(spec.window)}: ${fmt(canary.value)}${canary.detail}`;
    return (0, prometheus_js_1.compare)(canary.value, threshold.op, limit)
        ? { ok: true, message: `${shown} ${want}` }
        : { ok: false, message: `${shown} is not ${want}` };
}
function defaultStat(metric) {
    return metric === 'TargetResponseTime' ? 'Average' : 'Sum';
}
async function probeAlarms(spec, cw, signal) {
    let alarms;
    try {
        alarms = await ask(cw, 'DescribeAlarms', signal, () => cw.describeAlarms(spec.alarms, signal));
    }
    catch (e) {
        if (e instanceof Refused)
            return { ok: false, message: e.message };
        throw e;
    }
    const firing = alarms.filter((a) => a.state === 'ALARM');
    if (firing.length > 0)
        return {
            ok: false,
            message: firing.map((a) => `alarm '${a.name}' is in ALARM: ${oneLine(a.reason)}`).join('; '),
        };
    const found = new Set(alarms.map((a) => a.name));
    const missing = spec.alarms.filter((n) => !found.has(n));
    if (missing.length > 0)
        return {
            ok: false,
            message: `no CloudWatch alarm named ${missing.map((n) => `'${n}'`).join(', ')} in ${cw.region}: an alarm that does not exist checks nothing`,
        };
    const ok = alarms.filter((a) => a.state === 'OK');
    if (ok.length === 0)
        throw new types_js_1.Inconclusive(`every alarm is INSUFFICIENT_DATA (${alarms.map((a) => `'${a.name}'`).join(', ')}): no data to judge by`);
    const waiting = alarms.length - ok.length;
    return {
        ok: true,
        message: `${ok.length} alarm${ok.length === 1 ? '' : 's'} OK${waiting ? `, ${waiting} INSUFFICIENT_DATA` : ''}`,
    };
}


/***/ }),

/***/ 39023:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.nodeResolver = void 0;
exports.probeDns = probeDns;
const promises_1 = __webpack_require__(71553);
const format_js_1 = __webpack_require__(23075);
const parse_js_1 = __webpack_require__(79074);
/**
 * `dns`: node:dns/promises Resolver asking `server` (or the system's nameservers) once, with the probe's timeout.
 * `system`: getaddrinfo, as the service's clients resolve (/etc/hosts, search domains); it cannot be cancelled,
 * so the probe's timeout ends the wait.
 */
const nodeResolver = (server, timeout, mode) => {
    if (mode === 'dns' || server !== undefined) {
        const r = new promises_1.Resolver({ timeout: Math.max(1, Math.round(timeout)), tries: 1 });
        if (server !== undefined)
            r.setServers([server]);
        return r;
    }
    const system = async (hostname, family) => {
        const found = await (0, promises_1.lookup)(hostname, { family, all: true });
        return [...new Set(found.map((a) => a.address))];
    };
    return { resolve4: (h) => system(h, 4), resolve6: (h) => system(h, 6) };
};
exports.nodeResolver = nodeResolver;
async function probeDns(spec, resolver, signal) {
    const onAbort = () => resolver.cancel?.();
    signal.addEventListener('abort', onAbort, { once: true });
    let addresses;
    try {
        addresses =
            spec.recordType === 'A'
                ? await resolver.resolve4(spec.hostname)
                : await resolver.resolve6(spec.hostname);
    }
    catch (e) {
        if (signal.aborted)
            throw e;
        const code = e.code;
        if (code === 'ENOTFOUND' && spec.resolver === 'system')
            return { ok: false, message: `${spec.hostname} does not resolve (system resolver)` };
        if (code === 'ENOTFOUND')
            return { ok: false, message: `${spec.hostname} does not exist (NXDOMAIN)` };
        if (code === 'ENODATA')
            return { ok: false, message: `${spec.hostname} has no ${spec.recordType} records` };
        return { ok: false, message: `${spec.hostname}: ${(0, format_js_1.errorText)(e)}` };
    }
    finally {
        signal.removeEventListener('abort', onAbort);
    }
    if (addresses.length === 0)
        return { ok: false, message: `${spec.hostname} has no ${spec.recordType} records` };
    const got = addresses.map(parse_js_1.normalizeIp);
    if (spec.expectAddress) {
        const missing = spec.expectAddress.filter((a) => !got.includes(a));
        if (missing.length > 0) {
            return {
                ok: false,
                message: `${spec.hostname} resolves to ${got.join(', ')}, not ${missing.join(', ')}`,
            };
        }
    }
    return { ok: true, message: `${spec.hostname} → ${got.join(', ')}` };
}


/***/ }),

/***/ 91614:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ALB_PREVIEW_SCHEME = exports.SERVICE_SCHEME = exports.MAX_BODY = void 0;
exports.parseServiceUrl = parseServiceUrl;
exports.httpRequest = httpRequest;
/**
 * One HTTP(S) request with node:http(s): a fresh connection per probe (no keep-alive, so a probe measures what
 * a new client would see), no redirects followed (a 3xx is the answer), the body read up to a cap, and the
 * whole exchange bound to an AbortSignal.
 */
const node_http_1 = __importDefault(__webpack_require__(37067));
const node_https_1 = __importDefault(__webpack_require__(44708));
exports.MAX_BODY = 1024 * 1024;
/** `k8s-service://<namespace>/<service>[:<port>]/<path>`: a Service reached through the Kubernetes API server. */
exports.SERVICE_SCHEME = 'k8s-service:';
/**
 * `alb-preview://<load balancer>/<path>`: the version under test through an ALB, on the rule the deploy engine
 * adds for it (requests carry its preview header); only the deploy engine's checks reach it.
 */
exports.ALB_PREVIEW_SCHEME = 'alb-preview:';
function parseServiceUrl(url) {
    const m = /^k8s-service:\/\/([a-z0-9-]+)\/([a-z0-9-]+)(?::([a-z0-9-]+))?(\/[^?#]*)?(\?[^#]*)?$/.exec(url);
    if (!m)
        return undefined;
    return {
        namespace: m[1],
        service: m[2],
        port: m[3],
        path: (m[4] ?? '/') + (m[5] ?? ''),
    };
}
function httpRequest(url, options) {
    const max = options.maxBody ?? exports.MAX_BODY;
    return new Promise((resolve, reject) => {
        if (options.signal.aborted)
            return reject(reasonOf(options.signal));
        const u = new URL(url);
        const mod = u.protocol === 'https:' ? node_https_1.default : node_http_1.default;
        const req = mod.request(u, {
            method: options.method,
            headers: { 'user-agent': 'keelson-health-check', accept: '*/*', ...options.headers },
            agent: false,
            rejectUnauthorized: !options.insecure,
            signal: options.signal,
        }, (res) => {
            const chunks = [];
            let size = 0;
            let settled = false;
            const done = (truncated) => {
                if (settled)
                    return;
                settled = true;
                resolve({
                    status: res.statusCode ?? 0,
                    headers: res.headers,
                    body: Buffer.concat(chunks),
                    truncated,
                });
            };
            res.on('data', (chunk) => {
                if (settled)
                    return;
                if (size + chunk.length > max) {
                    chunks.push(chunk.subarray(0, max - size));
                    size = max;
                    done(true);
                    res.destroy();
                    return;
                }
                chunks.push(chunk);
                size += chunk.length;
            });
            res.on('end', () => done(false));
            res.on('error', (e) => {
                if (!settled)
                    reject(options.signal.aborted ? reasonOf(options.signal) : e);
            });
            res.on('close', () => {
                if (!settled)
                    reject(options.signal.aborted
                        ? reasonOf(options.signal)
                        : new Error('connection closed before the response ended'));
            });
        });
        req.on('error', (e) => reject(options.signal.aborted ? reasonOf(options.signal) : e));
        req.end();
    });
}
function reasonOf(signal) {
    return signal.reason ?? new Error('aborted');
}


/***/ }),

/***/ 73994:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.probeHttp = probeHttp;
const node_events_1 = __webpack_require__(78474);
const format_js_1 = __webpack_require__(23075);
const json_path_js_1 = __webpack_require__(85464);
const parse_js_1 = __webpack_require__(79074);
const types_js_1 = __webpack_require__(9531);
const http_request_js_1 = __webpack_require__(91614);
const format_js_2 = __webpack_require__(23075);
/**
 * One probe: a single request, or `samples` requests at once judged by their error ratio, which catches a
 * version failing a share of requests that consecutive single probes would mostly miss.
 */
async function probeHttp(spec, clock, signal, request = http_request_js_1.httpRequest) {
    const samples = spec.samples ?? 1;
    if (samples <= 1)
        return sampleHttp(spec, clock, signal, request);
    (0, node_events_1.setMaxListeners)(samples + 10, signal); // every sample's request listens to the probe's signal
    const outcomes = await Promise.all(Array.from({ length: samples }, () => sampleHttp(spec, clock, signal, request)));
    const failed = outcomes.filter((o) => !o.ok);
    const ratio = failed.length / samples;
    const max = spec.maxErrorRatio ?? 0;
    const pct = (r) => `${Math.round(r * 1000) / 10}%`;
    if (ratio > max) {
        return {
            ok: false,
            message: `${failed.length} of ${samples} requests failed (${pct(ratio)}, max ${pct(max)}): ${failed[0]?.message}`,
        };
    }
    return {
        ok: true,
        message: `${samples - failed.length} of ${samples} requests ok${failed.length ? ` (${pct(ratio)} failed)` : ''}`,
    };
}
async function sampleHttp(spec, clock, signal, request) {
    const started = clock.now();
    let answer;
    try {
        answer = await request(spec.url, {
            method: spec.method,
            headers: spec.headers,
            insecure: spec.insecure,
            signal,
        });
    }
    catch (e) {
        if (signal.aborted || (0, types_js_1.isInconclusive)(e))
            throw e;
        return { ok: false, message: (0, format_js_2.errorText)(e) };
    }
    const latency = clock.now() - started;
    const { status } = answer;
    if (!spec.expectStatus.some((r) => status >= r.min && status <= r.max)) {
        return { ok: false, message: `HTTP ${status}, expected ${(0, parse_js_1.describeStatuses)(spec.expectStatus)}` };
    }
    if (spec.maxLatency !== undefined && latency > spec.maxLatency) {
        return {
            ok: false,
            message: `HTTP ${status} in ${(0, format_js_1.formatMs)(latency)}, over max-latency ${(0, format_js_1.formatMs)(spec.maxLatency)}`,
        };
    }
    const text = answer.body.toString('utf8');
    if (spec.bodyContains !== undefined && !text.includes(spec.bodyContains)) {
        return { ok: false, message: `HTTP ${status}: body does not contain '${(0, format_js_1.clip)(spec.bodyContains, 60)}'` };
    }
    if (spec.json) {
        let doc;
        try {
            doc = JSON.parse(text);
        }
        catch {
            return {
                ok: false,
                message: `HTTP ${status}: body is not JSON${answer.truncated ? ' (cut at 1 MiB)' : ''}: '${(0, format_js_1.clip)(text, 60)}'`,
            };
        }
        const got = (0, json_path_js_1.getJsonPath)(doc, spec.json.segments);
        if (!got.found)
            return { ok: false, message: `HTTP ${status}: ${spec.json.path} not found in the body` };
        if (!(0, json_path_js_1.jsonEqual)(got.value, spec.json.equals)) {
            return {
                ok: false,
                message: `HTTP ${status}: ${spec.json.path} is ${(0, format_js_1.clip)(JSON.stringify(got.value) ?? 'undefined', 60)}, expected ${(0, format_js_1.clip)(JSON.stringify(spec.json.equals), 60)}`,
            };
        }
    }
    return { ok: true, message: `HTTP ${status} in ${(0, format_js_1.formatMs)(latency)}` };
}


/***/ }),

/***/ 34974:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.BAD_WAITING_REASONS = void 0;
exports.kubernetesProber = kubernetesProber;
/** Waiting reasons that mean the pod will not become healthy on its own. */
exports.BAD_WAITING_REASONS = [
    'CrashLoopBackOff',
    'ImagePullBackOff',
    'ErrImagePull',
    'InvalidImageName',
    'CreateContainerConfigError',
    'CreateContainerError',
    'RunContainerError',
];
/**
 * A prober for one kubernetes check. It remembers restart counts from its first probe (the baseline) and
 * fails a probe when: fewer than min-pods pods match; a container waits with a reason in BAD_WAITING_REASONS;
 * restarts rose by more than max-restarts since the baseline; a pod is not Ready for longer than not-ready-grace.
 * A pod not Ready for less (just created, rescheduled, added by an autoscaler) makes the probe inconclusive.
 * Terminating pods are ignored.
 */
function kubernetesProber(spec, pods, clock) {
    let baseline;
    return async (signal) => {
        const listed = await pods.listPods(spec.namespace, spec.selector, signal);
        const live = listed.filter((p) => !p.metadata?.deletionTimestamp);
        const counts = restartCounts(live);
        if (!baseline)
            baseline = spec.restartBaseline === 'zero' ? new Map() : counts;
        const where = `${spec.namespace}/${spec.selector}`;
        if (live.length < spec.minPods) {
            return {
                ok: false,
                message: `${live.length} pod${live.length === 1 ? '' : 's'} match ${where}, expected at least ${spec.minPods}`,
            };
        }
        for (const pod of live) {
            for (const c of containers(pod)) {
                const reason = c.state?.waiting?.reason;
                if (reason && exports.BAD_WAITING_REASONS.includes(reason)) {
                    const msg = c.state?.waiting?.message ? `: ${c.state.waiting.message.split('\n')[0]}` : '';
                    return {
                        ok: false,
                        message: `pod ${podName(pod)} container ${c.name} is waiting: ${reason}${msg}`.slice(0, 300),
                    };
                }
            }
        }
        let rose = 0;
        const risers = [];
        for (const [key, n] of counts) {
            const before = baseline.get(key) ?? 0;
            if (n > before) {
                rose += n - before;
                risers.push(`${key} ${before}→${n}`);
            }
        }
        if (rose > spec.maxRestarts) {
            const shown = risers.slice(0, 3).join(', ') + (risers.length > 3 ? `, +${risers.length - 3} more` : '');
            return { ok: false, message: `restarts rose by ${rose} since the baseline (${shown})` };
        }
        const now = clock.now();
        const waiting = live.filter((p) => !isReady(p));
        const starting = waiting.filter((p) => now - notReadySince(p) < spec.notReadyGrace);
        const notReady = waiting.filter((p) => !starting.includes(p)).map(podName);
        const list = (names) => names.slice(0, 3).join(', ') + (names.length > 3 ? `, +${names.length - 3} more` : '');
        if (notReady.length > 0) {
            return { ok: false, message: `${notReady.length} of ${live.length} pods not Ready: ${list(notReady)}` };
        }
        if (starting.length > 0) {
            return {
                ok: false,
                inconclusive: true,
                message: `${live.length - starting.length}/${live.length} pods Ready, ${starting.length} starting: ${list(starting.map(podName))}`,
            };
        }
        return {
            ok: true,
            message: `${live.length}/${live.length} pods Ready, ${rose} restart${rose === 1 ? '' : 's'} since the baseline`,
        };
    };
}
function podName(p) {
    return p.metadata?.name ?? p.metadata?.uid ?? '(unnamed)';
}
function containers(p) {
    return [...(p.status?.initContainerStatuses ?? []), ...(p.status?.containerStatuses ?? [])];
}
function restartCounts(pods) {
    const out = new Map();
    for (const p of pods) {
        const id = podName(p);
        for (const c of containers(p))
            out.set(`${id}/${c.name}`, (out.get(`${id}/${c.name}`) ?? 0) + (c.restartCount ?? 0));
    }
    return out;
}
/** When a pod last became not Ready (its Ready condition's transition, else its creation); -∞ when unknown. */
function notReadySince(p) {
    const ready = p.status?.conditions?.find((c) => c.type === 'Ready');
    const at = ready?.lastTransitionTime ?? p.metadata?.creationTimestamp;
    const ms = at ? new Date(at).getTime() : NaN;
    return Number.isNaN(ms) ? -Infinity : ms;
}
function isReady(p) {
    return p.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True') ?? false;
}


/***/ }),

/***/ 29250:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.probePrometheus = probePrometheus;
exports.compare = compare;
const format_js_1 = __webpack_require__(23075);
const types_js_1 = __webpack_require__(9531);
const http_request_js_1 = __webpack_require__(91614);
const format_js_2 = __webpack_require__(23075);
/** `GET {url}/api/v1/query?query=…`; every returned series must satisfy the threshold; NaN never does. */
async function probePrometheus(spec, signal, request = http_request_js_1.httpRequest) {
    const url = `${spec.url.replace(/\/+$/, '')}/api/v1/query?query=${encodeURIComponent(spec.query)}`;
    let answer;
    try {
        answer = await request(url, {
            method: 'GET',
            headers: { accept: 'application/json', ...spec.headers },
            insecure: spec.insecure,
            signal,
        });
    }
    catch (e) {
        if (signal.aborted || (0, types_js_1.isInconclusive)(e))
            throw e;
        return { ok: false, message: (0, format_js_2.errorText)(e) };
    }
    const text = answer.body.toString('utf8');
    let doc;
    try {
        doc = JSON.parse(text);
    }
    catch {
        return {
            ok: false,
            message: `Prometheus answered HTTP ${answer.status} with a body that is not JSON: '${(0, format_js_1.clip)(text, 80)}'`,
        };
    }
    const body = (doc ?? {});
    if (body.status !== 'success') {
        const why = typeof body.error === 'string'
            ? `${String(body.errorType ?? 'error')}: ${body.error}`
            : `status ${String(body.status)}`;
        return { ok: false, message: `Prometheus query failed (HTTP ${answer.status}): ${(0, format_js_1.clip)(why, 200)}` };
    }
    const data = (body.data ?? {});
    let samples;
    if (data.resultType === 'vector' && Array.isArray(data.result)) {
        samples = data.result.map((s) => ({
            labels: labelsOf(s.metric),
            raw: Array.isArray(s.value) ? s.value[1] : undefined,
        }));
    }
    else if (data.resultType === 'scalar' && Array.isArray(data.result)) {
        samples = [{ labels: '', raw: data.result[1] }];
    }
    else {
        return {
            ok: false,
            message: `Prometheus returned a ${String(data.resultType)} result; expected a vector or scalar`,
        };
    }
    const want = `${spec.threshold.op} ${spec.threshold.value}`;
    if (samples.length === 0) {
        return spec.onEmpty === 'pass'
            ? { ok: true, message: 'empty result (on-empty: pass)' }
            : { ok: false, message: 'empty result (on-empty: fail)' };
    }
    for (const s of samples) {
        const value = sampleValue(s.raw);
        if (value === undefined)
            return { ok: false, message: `${s.labels}unreadable sample value ${JSON.stringify(s.raw)}` };
        if (Number.isNaN(value))
            return { ok: false, message: `${s.labels}value is NaN, expected ${want}` };
        if (!compare(value, spec.threshold.op, spec.threshold.value)) {
            return { ok: false, message: `${s.labels}value ${formatValue(value)} is not ${want}` };
        }
    }
    const shown = samples.length === 1
        ? `value ${formatValue(sampleValue(samples[0]?.raw))}`
        : `${samples.length} series`;
    return { ok: true, message: `${shown} ${want}` };
}
function labelsOf(metric) {
    const entries = Object.entries(metric ?? {});
    return entries.length === 0 ? '' : `{${entries.map(([k, v]) => `${k}="${v}"`).join(',')}} `;
}
/** Prometheus encodes sample values as strings: "0.02", "NaN", "+Inf", "-Inf". */
function sampleValue(raw) {
    if (typeof raw === 'number')
        return raw;
    if (typeof raw !== 'string')
        return undefined;
    if (raw === '+Inf' || raw === 'Inf')
        return Infinity;
    if (raw === '-Inf')
        return -Infinity;
    if (raw === 'NaN')
        return NaN;
    const n = Number(raw);
    return raw.trim() === '' || Number.isNaN(n) ? undefined : n;
}
function formatValue(v) {
    return Number.isFinite(v) ? String(Number(v.toPrecision(6))) : v > 0 ? '+Inf' : '-Inf';
}
function compare(value, op, threshold) {
    switch (op) {
        case '<':
            return value < threshold;
        case '<=':
            return value <= threshold;
        case '>':
            return value > threshold;
        case '>=':
            return value >= threshold;
        case '==':
            return value === threshold;
    }
}


/***/ }),

/***/ 90687:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.probeTcp = probeTcp;
const node_net_1 = __importDefault(__webpack_require__(77030));
const variables_js_1 = __webpack_require__(29059);
const format_js_1 = __webpack_require__(23075);
function probeTcp(spec, signal) {
    const addr = (0, variables_js_1.parseHostPort)(spec.host);
    if (!addr)
        return Promise.resolve({ ok: false, message: `not a host:port: '${spec.host}'` });
    return new Promise((resolve, reject) => {
        const socket = node_net_1.default.connect({ host: addr.hostname, port: addr.port });
        const onAbort = () => {
            socket.destroy();
            reject(signal.reason ?? new Error('aborted'));
        };
        signal.addEventListener('abort', onAbort, { once: true });
        const finish = (outcome) => {
            signal.removeEventListener('abort', onAbort);
            socket.destroy();
            resolve(outcome);
        };
        socket.once('connect', () => finish({ ok: true, message: `connected to ${addr.hostname}:${addr.port}` }));
        socket.once('error', (e) => finish({ ok: false, message: (0, format_js_1.errorText)(e) }));
        socket.on('error', () => undefined); // a late second error must not become an uncaught exception
    });
}


/***/ }),

/***/ 94041:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.probeTls = probeTls;
const promises_1 = __webpack_require__(51455);
const node_net_1 = __importDefault(__webpack_require__(77030));
const node_tls_1 = __importDefault(__webpack_require__(41692));
const variables_js_1 = __webpack_require__(29059);
const format_js_1 = __webpack_require__(23075);
const DAY = 86_400_000;
/**
 * Handshakes with host:port and reads the leaf certificate. The chain (and the name) is verified unless
 * `insecure`; expiry is measured against the clock, so a certificate that expires within `min-days` fails.
 */
async function probeTls(spec, clock, signal) {
    const addr = (0, variables_js_1.parseHostPort)(spec.host, 443);
    if (!addr)
        return { ok: false, message: `not a host or host:port: '${spec.host}'` };
    let ca;
    if (spec.caFile !== undefined) {
        try {
            ca = await (0, promises_1.readFile)(spec.caFile);
        }
        catch (e) {
            return { ok: false, message: `cannot read ca-file: ${(0, format_js_1.errorText)(e)}` };
        }
    }
    const servername = spec.servername ?? (node_net_1.default.isIP(addr.hostname) ? undefined : addr.hostname);
    const seen = await new Promise((resolve, reject) => {
        const socket = node_tls_1.default.connect({
            host: addr.hostname,
            port: addr.port,
            ...(servername !== undefined ? { servername } : {}),
            ...(ca ? { ca } : {}),
            rejectUnauthorized: false,
            ALPNProtocols: ['http/1.1'],
        });
        const onAbort = () => {
            socket.destroy();
            reject(signal.reason ?? new Error('aborted'));
        };
        if (signal.aborted)
            return onAbort();
        signal.addEventListener('abort', onAbort, { once: true });
        socket.once('secureConnect', () => {
            signal.removeEventListener('abort', onAbort);
            const cert = socket.getPeerCertificate();
            const authError = socket.authorizationError ? String(socket.authorizationError) : undefined;
            resolve({ cert, authorized: socket.authorized, ...(authError ? { authError } : {}) });
            socket.end();
            socket.destroy();
        });
        socket.on('error', () => undefined); // a late second error must not become an uncaught exception
        socket.once('error', (e) => {
            signal.removeEventListener('abort', onAbort);
            socket.destroy();
            reject(e);
        });
    }).catch((e) => {
        if (signal.aborted)
            throw e;
        return (0, format_js_1.errorText)(e);
    });
    if (typeof seen === 'string')
        return { ok: false, message: seen };
    const { cert } = seen;
    if (!cert || !cert.valid_to)
        return { ok: false, message: 'the server presented no certificate' };
    if (!spec.insecure) {
        const name = spec.servername ?? addr.hostname;
        const mismatch = node_tls_1.default.checkServerIdentity(name, cert);
        if (mismatch)
            return { ok: false, message: `certificate does not match ${name}: ${mismatch.message}` };
        if (!seen.authorized)
            return { ok: false, message: `certificate not trusted: ${seen.authError ?? 'unknown reason'}` };
    }
    const notAfter = Date.parse(cert.valid_to);
    const days = (notAfter - clock.now()) / DAY;
    const until = new Date(notAfter).toISOString().slice(0, 10);
    const subject = cert.subject?.CN ? `CN=${String(cert.subject.CN)}` : 'certificate';
    if (days < 0)
        return { ok: false, message: `${subject} expired on ${until}` };
    if (days < spec.minDays) {
        return {
            ok: false,
            message: `${subject} expires on ${until}, in ${days.toFixed(1)} days (min-days ${spec.minDays})`,
        };
    }
    return { ok: true, message: `${subject} valid until ${until} (${Math.floor(days)} days)` };
}


/***/ }),

/***/ 72908:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.renderChecksTable = renderChecksTable;
exports.renderChecksSummary = renderChecksSummary;
const NO_MASK = { mask: (t) => t };
const summary_js_1 = __webpack_require__(11119);
const format_js_1 = __webpack_require__(23075);
const ICON = { passed: '✅ passed', failed: '❌ failed', pending: '⏳ pending' };
/**
 * The checks as a Markdown table for the job summary: one row per check with its status, probe and failure
 * counts, latency p50 / max and the last result (the last error when the check is not passing). Every cell goes
 * through the masker.
 */
function renderChecksTable(results, masker = NO_MASK) {
    const checks = Array.isArray(results) ? results : results.checks;
    const m = (s) => (0, summary_js_1.cell)(masker.mask(String(s)));
    const rows = checks.map((c) => {
        const last = c.status === 'passed' || c.lastError === undefined ? (c.lastMessage ?? '') : c.lastError;
        const latency = c.latency.p50 !== undefined && c.latency.max !== undefined
            ? `${(0, format_js_1.formatMs)(c.latency.p50)} / ${(0, format_js_1.formatMs)(c.latency.max)}`
            : '–';
        return [
            m(c.name),
            c.kind,
            m((0, format_js_1.clip)(c.target, 100)),
            ICON[c.status],
            c.probes,
            c.failures,
            latency,
            last === '' ? '–' : m((0, format_js_1.clip)(last, 200)),
        ];
    });
    return (0, summary_js_1.table)(['Check', 'Kind', 'Target', 'Status', 'Probes', 'Failures', 'Latency p50 / max', 'Last result'], rows);
}
/** A heading line with the verdict, then the table. */
function renderChecksSummary(result, masker = NO_MASK) {
    const icon = result.status === 'passed' ? '✅' : result.status === 'failed' ? '❌' : '⚪';
    const detect = result.detectMs !== undefined ? ` Detected in ${(0, format_js_1.formatMs)(result.detectMs)}.` : '';
    const head = `${icon} **Health checks ${result.status}**: ${(0, summary_js_1.cell)(masker.mask(result.reason))}${detect}`;
    return `${head}\n\n${renderChecksTable(result, masker)}\n`;
}


/***/ }),

/***/ 37082:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.describeTarget = describeTarget;
exports.runChecks = runChecks;
exports.assertHealthy = assertHealthy;
const errors_js_1 = __webpack_require__(97268);
const format_js_1 = __webpack_require__(23075);
const dns_js_1 = __webpack_require__(39023);
const http_js_1 = __webpack_require__(73994);
const http_request_js_1 = __webpack_require__(91614);
const kubernetes_js_1 = __webpack_require__(34974);
const prometheus_js_1 = __webpack_require__(29250);
const cloudwatch_js_1 = __webpack_require__(84026);
const tcp_js_1 = __webpack_require__(90687);
const tls_js_1 = __webpack_require__(94041);
const render_js_1 = __webpack_require__(72908);
const types_js_1 = __webpack_require__(9531);
const variables_js_1 = __webpack_require__(29059);
class ProbeTimeout extends Error {
    name = 'ProbeTimeout';
}
const MAX_LATENCIES = 10_000;
class CheckState {
    spec;
    probe;
    status = 'pending';
    probes = 0;
    failures = 0;
    inconclusive = 0;
    successes = 0;
    consecutiveSuccesses = 0;
    consecutiveFailures = 0;
    lastError;
    lastMessage;
    firstFailureAt;
    failingSince;
    verdictAt;
    latencies = [];
    constructor(spec, probe) {
        this.spec = spec;
        this.probe = probe;
    }
    record(outcome, at, latency, now) {
        if (outcome.inconclusive) {
            this.inconclusive++;
            this.lastMessage = outcome.message;
            return;
        }
        this.probes++;
        this.lastMessage = outcome.message;
        if (this.latencies.length < MAX_LATENCIES)
            this.latencies.push(latency);
        if (outcome.ok) {
            this.successes++;
            this.consecutiveSuccesses++;
            this.consecutiveFailures = 0;
            this.failingSince = undefined;
            if (this.status === 'pending' && this.consecutiveSuccesses >= this.spec.successThreshold) {
                this.status = 'passed';
                this.verdictAt = now;
            }
        }
        else {
            this.failures++;
            this.consecutiveFailures++;
            this.consecutiveSuccesses = 0;
            this.lastError = outcome.message;
            this.firstFailureAt ??= at;
            this.failingSince ??= at;
            if (this.status !== 'failed' && this.consecutiveFailures >= this.spec.failureThreshold) {
                this.status = 'failed';
                this.verdictAt = now;
            }
        }
    }
    result() {
        const sorted = [...this.latencies].sort((a, b) => a - b);
        const p50 = sorted.length > 0 ? sorted[Math.ceil(sorted.length * 0.5) - 1] : undefined;
        const max = sorted.length > 0 ? sorted[sorted.length - 1] : undefined;
        return {
            index: this.spec.index,
            name: this.spec.name,
            kind: this.spec.kind,
            target: describeTarget(this.spec),
            status: this.status,
            probes: this.probes,
            failures: this.failures,
            ...(this.inconclusive > 0 ? { inconclusive: this.inconclusive } : {}),
            consecutiveSuccesses: this.consecutiveSuccesses,
            consecutiveFailures: this.consecutiveFailures,
            ...(this.lastError !== undefined ? { lastError: this.lastError } : {}),
            ...(this.lastMessage !== undefined ? { lastMessage: this.lastMessage } : {}),
            latency: { ...(p50 !== undefined ? { p50 } : {}), ...(max !== undefined ? { max } : {}) },
            ...(this.firstFailureAt !== undefined ? { firstFailureAt: this.firstFailureAt } : {}),
            ...(this.failingSince !== undefined ? { failingSince: this.failingSince } : {}),
            ...(this.verdictAt !== undefined ? { verdictAt: this.verdictAt } : {}),
        };
    }
}
/** What a check probes, for people. Never includes header values. */
function describeTarget(spec) {
    switch (spec.kind) {
        case 'http':
            return `${spec.method} ${redactUrl(spec.url)}`;
        case 'dns':
            return `${spec.hostname} ${spec.recordType}${spec.server !== undefined ? ` @${spec.server}` : ''}`;
        case 'tls':
        case 'tcp':
            return spec.host;
        case 'prometheus':
            return `${(0, format_js_1.clip)(spec.query, 100)} ${spec.threshold.op} ${spec.threshold.value}`;
        case 'cloudwatch':
            if (spec.metric === undefined)
                return `alarms ${(0, format_js_1.clip)(spec.alarms.join(', '), 100)}`;
            return `${spec.metric}${spec.stat ? ` ${spec.stat}` : ''} of ${spec.dimensions?.targetGroup ?? spec.targetGroup} over ${(0, format_js_1.formatMs)(spec.window)} ${spec.threshold?.op ?? ''} ${spec.threshold?.factor !== undefined ? `${spec.threshold.factor} × stable + ` : ''}${spec.threshold?.offset ?? ''}`;
        case 'kubernetes':
            return `pods ${spec.selector} in ${spec.namespace}`;
    }
}
function redactUrl(url) {
    return url.replace(/^([a-z]+:\/\/)[^/@]*@/i, '$1***@');
}
function proberFor(spec, options) {
    const { clock } = options;
    const request = (url, o) => {
        const scheme = /^[a-z][a-z0-9+.-]*:/i.exec(url)?.[0].toLowerCase() ?? '';
        const transport = options.transports?.[scheme];
        if (transport)
            return transport(url, o);
        if (scheme === http_request_js_1.ALB_PREVIEW_SCHEME)
            return Promise.reject(new Error(`${url} is only reachable while the deploy action checks a preview`));
        if (!url.startsWith(http_request_js_1.SERVICE_SCHEME))
            return (0, http_request_js_1.httpRequest)(url, o);
        if (!options.serviceProxy)
            return Promise.reject(new Error(`${url} needs cluster access (a k8s-service URL)`));
        return options.serviceProxy(url, o);
    };
    switch (spec.kind) {
        case 'http':
            return (signal) => (0, http_js_1.probeHttp)(spec, clock, signal, request);
        case 'dns': {
            const factory = options.dns ?? dns_js_1.nodeResolver;
            return (signal) => (0, dns_js_1.probeDns)(spec, factory(spec.server, spec.timeout, spec.resolver), signal);
        }
        case 'tls':
            return (signal) => (0, tls_js_1.probeTls)(spec, clock, signal);
        case 'tcp':
            return (signal) => (0, tcp_js_1.probeTcp)(spec, signal);
        case 'prometheus':
            return (signal) => (0, prometheus_js_1.probePrometheus)(spec, signal, request);
        case 'cloudwatch': {
            const cw = options.cloudwatch;
            if (!cw) {
                const input = options.input ?? 'health-checks';
                throw new errors_js_1.InputError(input, `Invalid input '${input}': check ${spec.index} ('${spec.name}') field 'kind': 'cloudwatch'. ` +
                    "Expected AWS access for cloudwatch checks: the deploy action with 'aws-region' (or AWS_REGION) and credentials allowed cloudwatch:GetMetricData and cloudwatch:DescribeAlarms.");
            }
            return (signal) => (0, cloudwatch_js_1.probeCloudWatch)(spec, cw, clock, signal);
        }
        case 'kubernetes': {
            const pods = options.pods;
            if (!pods) {
                const input = options.input ?? 'health-checks';
                throw new errors_js_1.InputError(input, `Invalid input '${input}': check ${spec.index} ('${spec.name}') field 'kind': 'kubernetes'. ` +
                    'Expected cluster access (cluster-name or kubeconfig) for kubernetes checks.');
            }
            return (0, kubernetes_js_1.kubernetesProber)(spec, pods, clock);
        }
    }
}
async function runChecks(specs, options) {
    const { clock, mode } = options;
    if (mode === 'watch' && options.deadline === undefined)
        throw new Error('runChecks: watch mode needs a deadline');
    const resolved = (0, variables_js_1.resolveChecks)(specs, options.variables ?? {}, options.input);
    const states = resolved.map((spec) => new CheckState(spec, proberFor(spec, options)));
    const startedAt = clock.now();
    const finish = (v) => {
        const verdictAt = v.at ?? clock.now();
        const firstFailureAt = v.failed?.failingSince ?? v.failed?.firstFailureAt;
        return {
            status: v.status,
            mode,
            reason: v.reason,
            startedAt,
            verdictAt,
            ...(firstFailureAt !== undefined ? { firstFailureAt, detectMs: verdictAt - firstFailureAt } : {}),
            ...(v.failed ? { failedCheck: v.failed.spec.name } : {}),
            checks: states.map((s) => s.result()),
        };
    };
    if (states.length === 0)
        return finish({ status: 'passed', reason: 'no health checks to run' });
    if (options.signal?.aborted)
        return finish({ status: 'cancelled', reason: `cancelled: ${reasonText(options.signal)}` });
    const run = new AbortController();
    let settled;
    let settle;
    const verdict = new Promise((resolve) => {
        settle = (v) => {
            if (settled)
                return;
            settled = { ...v, at: clock.now() };
            resolve(settled);
        };
    });
    const onCancel = () => settle({ status: 'cancelled', reason: `cancelled: ${reasonText(options.signal)}` });
    options.signal?.addEventListener('abort', onCancel, { once: true });
    const evaluate = (state) => {
        if (state.status === 'failed') {
            const n = state.consecutiveFailures;
            settle({
                status: 'failed',
                failed: state,
                reason: `check ${state.spec.index} ('${state.spec.name}') failed ${n} consecutive ` +
                    `probe${n === 1 ? '' : 's'}: ${state.lastError ?? ''}`,
            });
        }
        else if (mode === 'until-healthy' && states.every((s) => s.status === 'passed')) {
            const n = states.length;
            settle({
                status: 'passed',
                reason: `${n === 1 ? 'the check is' : `all ${n} checks are`} healthy after ${(0, format_js_1.formatMs)(clock.now() - startedAt)}`,
            });
        }
    };
    const loop = async (state) => {
        const { interval } = state.spec;
        const first = clock.now();
        let k = 0;
        while (!settled) {
            const at = clock.now();
            const outcome = await probeOnce(state, clock, run.signal);
            if (settled)
                return;
            const now = clock.now();
            state.record(outcome, at, now - at, now);
            if (options.onProbe)
                notify(options.onProbe, state, outcome, at, now - at);
            evaluate(state);
            if (settled)
                return;
            k++;
            const wait = first + k * interval - clock.now();
            if (wait > 0) {
                try {
                    await clock.sleep(wait, run.signal);
                }
                catch {
                    return;
                }
            }
            else {
                // The probe overran its slot (a late timer); probe now and stay on the grid afterwards.
                k = Math.floor((clock.now() - first) / interval);
            }
        }
    };
    if (options.deadline !== undefined) {
        // The window's length as given, not the time measured: a loaded machine waking late must not change it.
        const window = options.deadline - startedAt;
        clock.sleep(Math.max(0, options.deadline - clock.now()), run.signal).then(() => settle(atDeadline(mode, states, window)), () => undefined);
    }
    const loops = states.map((s) => loop(s));
    const v = await verdict;
    run.abort(new Error('health checks finished'));
    options.signal?.removeEventListener('abort', onCancel);
    await Promise.allSettled(loops);
    if (mode === 'watch' && v.status === 'passed') {
        for (const s of states) {
            if (s.status === 'pending' && s.probes > 0) {
                s.status = 'passed';
                s.verdictAt = v.at;
            }
        }
    }
    return finish(v);
}
function atDeadline(mode, states, window) {
    if (mode === 'watch') {
        const silent = states.find((s) => s.probes === 0);
        if (silent) {
            return {
                status: 'failed',
                reason: `the window (${(0, format_js_1.formatMs)(window)}) ended before check ${silent.spec.index} ('${silent.spec.name}') completed a probe`,
            };
        }
        const probes = states.reduce((n, s) => n + s.probes, 0);
        const n = states.length;
        return {
            status: 'passed',
            reason: `${n === 1 ? 'the check' : `all ${n} checks`} stayed healthy for ${(0, format_js_1.formatMs)(window)} (${probes} probes)`,
        };
    }
    const waiting = states.filter((s) => s.status !== 'passed');
    const shown = waiting
        .slice(0, 3)
        .map((s) => {
        const last = s.probes === 0 ? 'no probe completed' : `last: ${s.lastMessage ?? ''}`;
        return `check ${s.spec.index} ('${s.spec.name}') ${s.consecutiveSuccesses}/${s.spec.successThreshold} successes, ${last}`;
    })
        .join('; ');
    return {
        status: 'failed',
        reason: `not healthy within ${(0, format_js_1.formatMs)(window)}: ${shown}${waiting.length > 3 ? '; …' : ''}`,
    };
}
async function probeOnce(state, clock, runSignal) {
    const { timeout } = state.spec;
    const probe = new AbortController();
    const onRunAbort = () => probe.abort(runSignal.reason);
    runSignal.addEventListener('abort', onRunAbort, { once: true });
    clock.sleep(timeout, probe.signal).then(() => probe.abort(new ProbeTimeout(`no answer within ${(0, format_js_1.formatMs)(timeout)} (timeout)`)), () => undefined);
    // Even a probe that ignores its signal cannot hold the runner: the race ends when the signal fires.
    const aborted = new Promise((_, reject) => {
        probe.signal.addEventListener('abort', () => reject(probe.signal.reason), { once: true });
    });
    try {
        return await Promise.race([state.probe(probe.signal), aborted]);
    }
    catch (e) {
        const reason = probe.signal.aborted ? probe.signal.reason : e;
        // CloudWatch not answering in time says nothing about the version.
        if (reason instanceof ProbeTimeout)
            return state.spec.kind === 'cloudwatch'
                ? { ok: false, inconclusive: true, message: `CloudWatch: ${reason.message}` }
                : { ok: false, message: reason.message };
        if ((0, types_js_1.isInconclusive)(reason))
            return { ok: false, inconclusive: true, message: (0, format_js_1.errorText)(reason) };
        return { ok: false, message: (0, format_js_1.errorText)(reason) };
    }
    finally {
        runSignal.removeEventListener('abort', onRunAbort);
        if (!probe.signal.aborted)
            probe.abort(new Error('probe finished'));
    }
}
function notify(onProbe, s, o, at, latency) {
    try {
        onProbe({
            check: s.spec.name,
            index: s.spec.index,
            ok: o.ok,
            message: o.message,
            ...(o.inconclusive ? { inconclusive: true } : {}),
            at,
            latency,
            status: s.status,
            consecutiveSuccesses: s.consecutiveSuccesses,
            consecutiveFailures: s.consecutiveFailures,
        });
    }
    catch {
        // A progress callback must not stop the checks.
    }
}
function reasonText(signal) {
    const r = signal.reason;
    return r === undefined ? 'aborted' : (0, format_js_1.errorText)(r);
}
/** Throws a PolicyError (reason + the checks table as details) unless the run passed. */
function assertHealthy(result) {
    if (result.status === 'passed')
        return;
    throw new errors_js_1.PolicyError(`Health checks ${result.status === 'cancelled' ? 'cancelled' : 'failed'}: ${result.reason}`, (0, render_js_1.renderChecksTable)(result));
}


/***/ }),

/***/ 29059:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.TEMPLATED = exports.EXPECTED = void 0;
exports.placeholders = placeholders;
exports.hasPlaceholders = hasPlaceholders;
exports.parseHostPort = parseHostPort;
exports.parseHttpUrl = parseHttpUrl;
exports.excerpt = excerpt;
exports.redactUserinfo = redactUserinfo;
exports.fieldError = fieldError;
exports.isDnsName = isDnsName;
exports.checkTarget = checkTarget;
exports.resolveChecks = resolveChecks;
exports.sensitiveValues = sensitiveValues;
/**
 * `${NAME}` placeholders in a check's target fields (url, host, hostname, headers, query, namespace, selector),
 * filled from a map at run time: the deploy action points the same checks at the preview Service and then at
 * the live one. Also the address helpers that validate a field once its placeholders are filled.
 */
const errors_js_1 = __webpack_require__(97268);
const http_request_js_1 = __webpack_require__(91614);
const PLACEHOLDER = /\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g;
function placeholders(text) {
    return [...text.matchAll(PLACEHOLDER)].map((m) => m[1]);
}
function hasPlaceholders(text) {
    return placeholders(text).length > 0;
}
function fill(text, vars) {
    const missing = [];
    const out = text.replace(PLACEHOLDER, (whole, name) => {
        const v = vars[name];
        if (v === undefined) {
            missing.push(name);
            return whole;
        }
        return v;
    });
    return { text: out, missing };
}
/** `host`, `host:port`, `[v6]:port` or a URL; `defaultPort` when none is given (undefined: port required). */
function parseHostPort(raw, defaultPort) {
    const text = raw.trim();
    if (text === '' || /\s/.test(text))
        return undefined;
    let url;
    try {
        url = new URL(text.includes('://') ? text : `tcp://${text}`);
    }
    catch {
        return undefined;
    }
    const isUrl = text.includes('://');
    if (!isUrl && url.pathname !== '' && url.pathname !== '/')
        return undefined;
    if (url.username || url.password)
        return undefined;
    const hostname = url.hostname.replace(/^\[(.*)\]$/, '$1');
    if (hostname === '')
        return undefined;
    const schemePort = url.protocol === 'https:' ? 443 : url.protocol === 'http:' ? 80 : undefined;
    const port = url.port !== '' ? Number(url.port) : isUrl ? (schemePort ?? defaultPort) : defaultPort;
    if (port === undefined || !Number.isInteger(port) || port < 1 || port > 65535)
        return undefined;
    return { hostname, port };
}
/**
 * An absolute http(s) URL (or a k8s-service:// URL, reached through the API server, or an alb-preview:// URL,
 * the deploy engine's preview rule on an ALB), or undefined.
 */
function parseHttpUrl(raw) {
    try {
        const url = new URL(raw);
        if (url.protocol === 'k8s-service:')
            return (0, http_request_js_1.parseServiceUrl)(raw) ? url : undefined;
        if (url.protocol === http_request_js_1.ALB_PREVIEW_SCHEME)
            return url.host ? url : undefined;
        return url.protocol === 'http:' || url.protocol === 'https:' ? url : undefined;
    }
    catch {
        return undefined;
    }
}
exports.EXPECTED = {
    url: 'an http or https URL such as https://api.example.com/healthz',
    prometheusUrl: 'the Prometheus base URL such as http://prometheus.monitoring:9090',
    tlsHost: 'host, host:port or an https URL such as api.example.com:443',
    tcpHost: 'host:port such as db.internal:5432',
    hostname: 'a DNS name such as api.example.com',
};
/**
 * How a bad field value is quoted in an error line: never for headers (they carry credentials), URL passwords
 * replaced by ***, one line, at most 80 characters.
 */
function excerpt(field, value) {
    if (field.startsWith('headers') || SENSITIVE_HEADER.test(field))
        return ' (value not shown: it may hold a credential)';
    let text;
    if (typeof value === 'string')
        text = value;
    else {
        try {
            text = JSON.stringify(value) ?? String(value);
        }
        catch {
            text = String(value);
        }
    }
    const flat = redactUserinfo(text.slice(0, 240)).replace(/\r\n|\r|\n/g, '\\n');
    return `: '${flat.length > 80 || text.length > 240 ? `${flat.slice(0, 80)}…` : flat}'`;
}
/**
 * Hides the password of anything shaped like `user:password@host` — with any scheme, a typo'd one, or none —
 * up to the last `@` before the path (passwords hold `@` too); a `user:` whose `@` lies beyond the text (cut
 * short) hides everything after the colon. Works on a bounded prefix, so it stays linear.
 */
function redactUserinfo(text) {
    return text
        .replace(/(^|\/\/|\s)([^\s/@:]*):([^\s/]*)@/g, '$1$2:***@')
        .replace(/(\/\/[^\s/@:]*):(?![^\s/]*@)[^\s/]*$/, '$1:***');
}
function fieldError(input, spec, field, value, expected) {
    return new errors_js_1.InputError(input, `Invalid input '${input}': check ${spec.index} ('${spec.name}') field '${field}'${excerpt(field, value)}. Expected ${expected}.`);
}
/**
 * A DNS name as resolvers accept it: labels of 1–63 letters, digits, `-` and `_` (not starting or ending with
 * `-`), at most 253 characters, an optional final dot. `api..example.com` or a 64-character label would only
 * fail at probe time, over and over until the deadline.
 */
function isDnsName(value) {
    const name = value.endsWith('.') ? value.slice(0, -1) : value;
    if (name === '' || name.length > 253)
        return false;
    return name.split('.').every((l) => /^[A-Za-z0-9_](?:[A-Za-z0-9_-]{0,61}[A-Za-z0-9_])?$/.test(l));
}
/** Validates a filled target field; returns the expected text when it is wrong. */
function checkTarget(spec, field, value) {
    switch (`${spec.kind}:${field}`) {
        case 'http:url':
            return parseHttpUrl(value) ? undefined : exports.EXPECTED.url;
        case 'prometheus:url':
            return parseHttpUrl(value) ? undefined : exports.EXPECTED.prometheusUrl;
        case 'tls:host':
            return parseHostPort(value, 443) ? undefined : exports.EXPECTED.tlsHost;
        case 'tcp:host':
            return parseHostPort(value) ? undefined : exports.EXPECTED.tcpHost;
        case 'dns:hostname':
            return isDnsName(value) ? undefined : exports.EXPECTED.hostname;
        default:
            return value.trim() === '' ? 'a non-empty value' : undefined;
    }
}
/** The string fields of each kind that may hold `${NAME}` placeholders. */
exports.TEMPLATED = {
    http: ['url'],
    dns: ['hostname'],
    tls: ['host'],
    tcp: ['host'],
    prometheus: ['url', 'query'],
    cloudwatch: [],
    kubernetes: ['namespace', 'selector'],
};
/**
 * Fills every `${NAME}` in the checks' target fields and header values from `vars` and validates the result.
 * A placeholder with no value is an InputError naming the check and the field. Returns new specs; the
 * parsed ones can be resolved again with other values.
 */
function resolveChecks(specs, vars, input = 'health-checks') {
    return specs.map((spec) => {
        const out = { ...spec };
        for (const field of exports.TEMPLATED[spec.kind]) {
            const raw = out[field];
            const { text, missing } = fill(raw, vars);
            if (missing.length > 0)
                throw missingError(input, spec, field, raw, missing, vars);
            const wrong = checkTarget(spec, field, text);
            if (wrong)
                throw fieldError(input, spec, field, text, wrong);
            out[field] = text;
        }
        if (spec.kind === 'http' || spec.kind === 'prometheus') {
            const headers = {};
            for (const [k, v] of Object.entries(spec.headers)) {
                const { text, missing } = fill(v, vars);
                if (missing.length > 0)
                    throw missingError(input, spec, `headers.${k}`, v, missing, vars);
                headers[k] = text;
            }
            out.headers = headers;
        }
        return out;
    });
}
function missingError(input, spec, field, raw, missing, vars) {
    const known = Object.keys(vars);
    const given = known.length > 0 ? `variables given: ${known.join(', ')}` : 'no variables were given';
    return fieldError(input, spec, field, raw, `a value for \${${missing[0]}} (${given})`);
}
const SENSITIVE_HEADER = /authorization|cookie|token|secret|password|api-?key|auth/i;
/**
 * Values that must be masked before anything is printed: sensitive header values (Authorization, Cookie,
 * *token*, *secret*, *key*) and passwords in URLs. Call on resolved specs and pass each to `setSecret`.
 */
function sensitiveValues(specs) {
    const out = new Set();
    for (const spec of specs) {
        if (spec.kind === 'http' || spec.kind === 'prometheus') {
            for (const [k, v] of Object.entries(spec.headers)) {
                if (!SENSITIVE_HEADER.test(k))
                    continue;
                out.add(v);
                const token = /^\S+\s+(\S.*)$/.exec(v)?.[1];
                if (token)
                    out.add(token);
            }
            const url = parseHttpUrl(spec.url);
            if (url?.password)
                out.add(decodeURIComponent(url.password));
        }
    }
    return [...out];
}


/***/ }),

/***/ 11119:
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


/***/ })

};
