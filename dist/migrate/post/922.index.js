export const id = 922;
export const ids = [922,296];
export const modules = {

/***/ 5603:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.AwsJsonClient = exports.AwsServiceError = void 0;
exports.defaultCredentials = defaultCredentials;
const errors_js_1 = __webpack_require__(7268);
const regions_js_1 = __webpack_require__(2296);
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
    const { defaultProvider } = await Promise.all(/* import() */[__webpack_require__.e(118), __webpack_require__.e(861)]).then(__webpack_require__.t.bind(__webpack_require__, 5861, 19));
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
            __webpack_require__.e(/* import() */ 118).then(__webpack_require__.t.bind(__webpack_require__, 5118, 19)),
            Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 7598, 23)),
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
    const mod = url.protocol === 'http:' ? await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 7067, 23)) : await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 4708, 23));
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

/***/ 2296:
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
const errors_js_1 = __webpack_require__(7268);
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

/***/ 7922:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

var __webpack_unused_export__;

__webpack_unused_export__ = ({ value: true });
exports.regionOfSecretArn = regionOfSecretArn;
exports.getSecretValue = getSecretValue;
const errors_js_1 = __webpack_require__(7268);
const json_client_js_1 = __webpack_require__(5603);
/** The region in a Secrets Manager ARN (`arn:aws:secretsmanager:eu-west-1:…:secret:name`), if it is one. */
function regionOfSecretArn(id) {
    return /^arn:aws[\w-]*:secretsmanager:([a-z]{2}(?:-[a-z]+)+-\d+):/.exec(id)?.[1];
}
async function getSecretValue(secretId, opts) {
    const client = new json_client_js_1.AwsJsonClient({
        service: 'secretsmanager',
        endpointPrefix: 'secretsmanager',
        targetPrefix: 'secretsmanager',
        endpointEnv: 'SECRETS_MANAGER',
        region: opts.region,
        clock: opts.clock,
        env: opts.env,
        regionInput: 'aws-region',
    });
    let body;
    try {
        body = await client.call('GetSecretValue', { SecretId: secretId });
    }
    catch (e) {
        if (!(e instanceof json_client_js_1.AwsServiceError)) {
            if (e instanceof errors_js_1.InputError)
                throw e;
            const code = e.code;
            throw new errors_js_1.InputError(opts.input, `Cannot read secret '${secretId}': Secrets Manager at ${client.endpoint.host} is unreachable (${code ?? e.message}).`);
        }
        const where = `in ${opts.region}`;
        const hint = {
            ResourceNotFoundException: `Secret '${secretId}' was not found ${where}. Check 'database-secret-id' and 'aws-region'.`,
            AccessDeniedException: `Not allowed to read secret '${secretId}' ${where} (secretsmanager:GetSecretValue, and kms:Decrypt for its key): ${e.message}`,
            DecryptionFailure: `Secrets Manager could not decrypt '${secretId}' with its KMS key: ${e.message}`,
            InvalidRequestException: `Secret '${secretId}' cannot be read now: ${e.message}`,
            UnrecognizedClientException: `The AWS credentials were rejected reading '${secretId}': ${e.message}`,
            InvalidSignatureException: `The AWS credentials were rejected reading '${secretId}': ${e.message}`,
        };
        throw new errors_js_1.InputError(opts.input, hint[e.code] ?? `GetSecretValue for '${secretId}' failed: ${e.code}: ${e.message}`);
    }
    if (typeof body.SecretString !== 'string') {
        throw new errors_js_1.InputError(opts.input, `Secret '${secretId}' holds binary data (SecretBinary). Expected a SecretString: the JSON RDS writes or a postgres:// URL.`);
    }
    return {
        arn: String(body.ARN ?? ''),
        name: String(body.Name ?? secretId),
        secretString: body.SecretString,
    };
}


/***/ })

};
