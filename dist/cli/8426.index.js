export const id = 8426;
export const ids = [8426,2296];
export const modules = {

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

/***/ 12889:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.endpointFor = endpointFor;
exports.signedRequest = signedRequest;
/**
 * One SigV4-signed POST to an AWS Query-protocol API (the RDS snapshot calls): the counterpart of
 * json-client.ts for AWS JSON 1.1, without `@aws-sdk/client-rds`, which would add its deserialisers and
 * middleware stack to the bundle for two calls. Endpoints honour the SDK's settings (AWS_ENDPOINT_URL_RDS,
 * AWS_ENDPOINT_URL); credentials come from the JSON client's default chain. Throttling, 5xx and connection
 * errors are retried with backoff on the injected clock.
 */
const node_http_1 = __importDefault(__webpack_require__(37067));
const node_https_1 = __importDefault(__webpack_require__(44708));
const errors_js_1 = __webpack_require__(97268);
const regions_js_1 = __webpack_require__(42296);
const SERVICE_ENV = { rds: 'RDS' };
/** The endpoint the SDK would use: AWS_ENDPOINT_URL_<SERVICE_ID>, AWS_ENDPOINT_URL, else the regional one. */
function endpointFor(service, region, env) {
    const specific = env[`AWS_ENDPOINT_URL_${SERVICE_ENV[service] ?? service.toUpperCase()}`];
    const general = env.AWS_ENDPOINT_URL;
    if (specific)
        return specific.replace(/\/$/, '');
    if (general)
        return general.replace(/\/$/, '');
    return `https://${service}.${region}.${(0, regions_js_1.partitionOf)(region)?.dnsSuffix ?? 'amazonaws.com'}`;
}
const RETRY_CODES = ['ECONNRESET', 'ECONNREFUSED', 'ETIMEDOUT', 'EPIPE', 'EAI_AGAIN', 'EHOSTUNREACH'];
async function signedRequest(opts) {
    // sequential: two concurrent dynamic imports sharing a dependency race in some loaders (jest's VM modules)
    const { SignatureV4 } = await __webpack_require__.e(/* import() */ 5118).then(__webpack_require__.t.bind(__webpack_require__, 75118, 19));
    const { Sha256 } = await Promise.all(/* import() */[__webpack_require__.e(1860), __webpack_require__.e(3156)]).then(__webpack_require__.t.bind(__webpack_require__, 23156, 23));
    const url = new URL(opts.endpoint);
    const signer = new SignatureV4({
        service: opts.service,
        region: opts.region,
        sha256: Sha256,
        credentials: opts.credentials,
    });
    const retries = opts.retries ?? 4;
    for (let attempt = 0;; attempt++) {
        const signed = await signer.sign({
            method: 'POST',
            protocol: url.protocol,
            hostname: url.hostname,
            port: url.port ? Number(url.port) : undefined,
            path: url.pathname || '/',
            query: {},
            headers: {
                host: url.host,
                'content-length': String(Buffer.byteLength(opts.body)),
                ...opts.headers,
            },
            body: opts.body,
        });
        let res;
        let failure;
        try {
            res = await send(url, signed.headers, opts.body, opts.signal);
        }
        catch (e) {
            failure = e;
        }
        const throttled = res !== undefined &&
            (res.status === 429 ||
                res.status >= 500 ||
                /Throttl|RequestLimitExceeded|TooManyRequests/.test(res.body.slice(0, 500)));
        const retryable = res ? throttled : RETRY_CODES.includes(failure?.code ?? '');
        if (!retryable || attempt >= retries || opts.signal?.aborted) {
            if (res)
                return res;
            const code = failure?.code;
            throw Object.assign(new Error(`${opts.service} at ${url.host} is unreachable: ${code ?? (0, errors_js_1.errorMessage)(failure)}`), {
                code,
            });
        }
        await opts.clock.sleep(Math.min(200 * 2 ** attempt, 5000), opts.signal);
    }
}
function send(url, headers, body, signal) {
    const lib = url.protocol === 'https:' ? node_https_1.default : node_http_1.default;
    return new Promise((resolve, reject) => {
        const req = lib.request(url, { method: 'POST', headers, timeout: 30_000, signal }, (res) => {
            const chunks = [];
            res.on('data', (c) => chunks.push(c));
            res.on('error', reject);
            res.on('end', () => resolve({
                status: res.statusCode ?? 0,
                headers: res.headers,
                body: Buffer.concat(chunks).toString('utf8'),
            }));
        });
        req.on('timeout', () => req.destroy(Object.assign(new Error('request timed out'), { code: 'ETIMEDOUT' })));
        req.on('error', reject);
        req.end(body);
    });
}


/***/ }),

/***/ 88426:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

var __webpack_unused_export__;

__webpack_unused_export__ = ({ value: true });
exports.snapshotId = snapshotId;
exports.createSnapshot = createSnapshot;
__webpack_unused_export__ = describeSnapshot;
exports.waitForSnapshot = waitForSnapshot;
const errors_js_1 = __webpack_require__(97268);
const inputs_js_1 = __webpack_require__(51662);
const json_client_js_1 = __webpack_require__(15603);
const query_client_js_1 = __webpack_require__(12889);
class RdsError extends errors_js_1.ToolError {
    code;
    constructor(code, message) {
        super(message);
        this.code = code;
    }
}
async function call(action, params, opts) {
    const credentials = await (0, json_client_js_1.defaultCredentials)(opts.input, opts.env);
    const body = new URLSearchParams({ Action: action, Version: '2014-10-31', ...params }).toString();
    const res = await (0, query_client_js_1.signedRequest)({
        service: 'rds',
        region: opts.region,
        endpoint: (0, query_client_js_1.endpointFor)('rds', opts.region, opts.env),
        credentials,
        headers: { 'content-type': 'application/x-www-form-urlencoded; charset=utf-8' },
        body,
        clock: opts.clock,
        signal: opts.signal,
    });
    const { XMLParser } = await __webpack_require__.e(/* import() */ 9131).then(__webpack_require__.bind(__webpack_require__, 99131));
    const xml = new XMLParser({ ignoreAttributes: true, parseTagValue: false }).parse(res.body || '<x/>');
    if (res.status !== 200) {
        const err = xml.ErrorResponse?.Error;
        throw new RdsError(err?.Code ?? `HTTP${res.status}`, `${action} failed: ${err?.Code ?? `HTTP ${res.status}`}: ${err?.Message ?? res.body.slice(0, 200)}`);
    }
    return (xml[`${action}Response`]?.[`${action}Result`] ??
        {});
}
/** A snapshot id RDS accepts: letters, digits and single hyphens, starting with a letter, at most 255. */
function snapshotId(parts) {
    const id = parts
        .join('-')
        .toLowerCase()
        .replace(/[^a-z0-9-]+/g, '-')
        .replace(/-{2,}/g, '-')
        .replace(/^[^a-z]+/, '')
        .slice(0, 255)
        .replace(/-+$/, '');
    return id || 'keelson-snapshot';
}
function snapshotOf(result, source) {
    const key = source.kind === 'instance' ? 'DBSnapshot' : 'DBClusterSnapshot';
    const s = result[key];
    if (!s)
        return undefined;
    return {
        id: source.kind === 'instance' ? (s.DBSnapshotIdentifier ?? '') : (s.DBClusterSnapshotIdentifier ?? ''),
        status: s.Status ?? 'unknown',
        arn: source.kind === 'instance' ? s.DBSnapshotArn : s.DBClusterSnapshotArn,
    };
}
async function createSnapshot(source, id, tags, opts) {
    const params = source.kind === 'instance'
        ? { DBInstanceIdentifier: source.id, DBSnapshotIdentifier: id }
        : { DBClusterIdentifier: source.id, DBClusterSnapshotIdentifier: id };
    Object.entries(tags).forEach(([k, v], i) => {
        params[`Tags.Tag.${i + 1}.Key`] = k;
        params[`Tags.Tag.${i + 1}.Value`] = v.slice(0, 256);
    });
    try {
        const result = await call(source.kind === 'instance' ? 'CreateDBSnapshot' : 'CreateDBClusterSnapshot', params, opts);
        return snapshotOf(result, source) ?? { id, status: 'creating' };
    }
    catch (e) {
        if (e instanceof RdsError && /^DB(Instance|Cluster)NotFound/.test(e.code)) {
            throw new errors_js_1.PolicyError(`RDS ${source.kind === 'instance' ? 'DB instance' : 'DB cluster'} '${source.id}' was not found in ${opts.region}, so no snapshot was taken and nothing was migrated. ` +
                `Check '${source.kind === 'instance' ? 'db-instance-identifier' : 'db-cluster-identifier'}' and 'aws-region'.`);
        }
        if (e instanceof RdsError && /InvalidDB(Instance|Cluster)State/.test(e.code)) {
            throw new errors_js_1.PolicyError(`Cannot snapshot ${source.kind} '${source.id}' now (${e.message}); nothing was migrated.`);
        }
        throw e;
    }
}
async function describeSnapshot(source, id, opts) {
    const result = source.kind === 'instance'
        ? await call('DescribeDBSnapshots', { DBSnapshotIdentifier: id }, opts)
        : await call('DescribeDBClusterSnapshots', { DBClusterSnapshotIdentifier: id }, opts);
    const list = result[source.kind === 'instance' ? 'DBSnapshots' : 'DBClusterSnapshots'];
    const item = list?.[source.kind === 'instance' ? 'DBSnapshot' : 'DBClusterSnapshot'];
    const first = Array.isArray(item) ? item[0] : item;
    if (!first)
        return undefined;
    return snapshotOf({ [source.kind === 'instance' ? 'DBSnapshot' : 'DBClusterSnapshot']: first }, source);
}
/** Polls until the snapshot is `available`; throws when it fails or `timeoutMs` passes. */
async function waitForSnapshot(source, id, opts) {
    const started = opts.clock.now();
    let delay = 5000;
    for (;;) {
        const s = await describeSnapshot(source, id, opts);
        const waited = opts.clock.now() - started;
        if (s?.status === 'available')
            return s;
        if (s && ['failed', 'deleted', 'deleting', 'incompatible-restore'].includes(s.status)) {
            throw new errors_js_1.PolicyError(`RDS snapshot '${id}' is '${s.status}', not available; nothing was migrated.`);
        }
        if (waited >= opts.timeoutMs) {
            throw new errors_js_1.PolicyError(`RDS snapshot '${id}' was still '${s?.status ?? 'not visible'}' after ${(0, inputs_js_1.formatDuration)(opts.timeoutMs)} (snapshot-timeout); nothing was migrated. ` +
                'It keeps being created in the background.');
        }
        opts.onProgress?.(s ?? { id, status: 'pending' }, waited);
        await opts.clock.sleep(Math.min(delay, Math.max(1, opts.timeoutMs - waited)), opts.signal);
        delay = Math.min(delay * 2, 30_000);
    }
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


/***/ })

};
