export const id = 6470;
export const ids = [6470,6440,2296];
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

/***/ 6440:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.eksTokenSource = eksTokenSource;
exports.ambientCredentials = ambientCredentials;
exports.eksAccess = eksAccess;
exports.kubeconfigAccess = kubeconfigAccess;
exports.eksFromExec = eksFromExec;
exports.renderEksKubeconfig = renderEksKubeconfig;
/**
 * How Keelson reaches a cluster: EKS (DescribeCluster for endpoint + CA, a bearer token minted in-process and
 * refreshed before it expires — no aws CLI) or any kubeconfig (file or content). A kubeconfig whose user runs
 * `aws eks get-token` is served by the in-process minter too.
 */
const node_fs_1 = __webpack_require__(73024);
const node_path_1 = __webpack_require__(76760);
const errors_js_1 = __webpack_require__(97268);
const json_client_js_1 = __webpack_require__(15603);
function eksTokenSource(target, clock, setSecret, credentials) {
    let current;
    let keyId;
    const source = async (refresh = false) => {
        if (!current || refresh || clock.now() >= current.expiresAt - 60_000) {
            const { mintEksToken } = await Promise.all(/* import() */[__webpack_require__.e(5118), __webpack_require__.e(1860), __webpack_require__.e(9656)]).then(__webpack_require__.bind(__webpack_require__, 69656));
            const creds = await (credentials ?? ambientCredentials)();
            keyId = creds.accessKeyId;
            current = await mintEksToken({
                clusterName: target.clusterName,
                region: target.region,
                credentials: creds,
                clock,
            });
            setSecret(current.token);
        }
        return current.token;
    };
    // The access key ID names the IAM identity (it is not a secret); the cluster must map that identity.
    const identity = () => `an EKS token for cluster '${target.clusterName}' signed by AWS access key ${keyId ?? '(none yet)'}`;
    return Object.assign(source, { identity });
}
/**
 * The run's AWS credentials: keys in the step's environment (what configure-aws-credentials exports), else the
 * default chain (web identity from OIDC, profiles, IMDS).
 */
async function ambientCredentials(env = process.env) {
    return (0, json_client_js_1.defaultCredentials)('aws-region', env, ', or pass a kubeconfig');
}
/**
 * EKS DescribeCluster → endpoint and CA, with the credentials and AWS_ENDPOINT_URL_EKS of `env` (the step's
 * environment: an action run in-process by the local runner has one of its own).
 */
async function eksAccess(target, clock, setSecret, env = process.env) {
    const { EKSClient, DescribeClusterCommand } = await Promise.all(/* import() */[__webpack_require__.e(5118), __webpack_require__.e(5861), __webpack_require__.e(4524)]).then(__webpack_require__.t.bind(__webpack_require__, 24524, 19));
    const endpoint = env.AWS_ENDPOINT_URL_EKS || env.AWS_ENDPOINT_URL;
    const client = new EKSClient({
        region: target.region,
        ...(endpoint ? { endpoint } : {}),
        ...(env.AWS_ACCESS_KEY_ID ? { credentials: () => ambientCredentials(env) } : {}),
    });
    let cluster;
    try {
        cluster = (await client.send(new DescribeClusterCommand({ name: target.clusterName }))).cluster;
    }
    catch (e) {
        const name = e.name ?? 'Error';
        const why = (0, errors_js_1.errorMessage)(e);
        if (name === 'ResourceNotFoundException') {
            throw new errors_js_1.InputError('cluster-name', `EKS cluster '${target.clusterName}' was not found in ${target.region}.`);
        }
        throw new errors_js_1.InputError('cluster-name', `DescribeCluster for '${target.clusterName}' in ${target.region} failed: ${name}: ${why}`);
    }
    finally {
        client.destroy();
    }
    if (!cluster?.endpoint) {
        throw new errors_js_1.InputError('cluster-name', `EKS cluster '${target.clusterName}' has no endpoint yet (status ${cluster?.status ?? 'unknown'}).`);
    }
    const token = eksTokenSource(target, clock, setSecret, () => ambientCredentials(env));
    return {
        server: cluster.endpoint,
        caData: cluster.certificateAuthority?.data,
        token,
        identity: token.identity,
    };
}
const kindOf = (v) => v === null ? 'null' : Array.isArray(v) ? 'a list' : typeof v === 'object' ? 'a mapping' : `a ${typeof v}`;
/** The kubeconfig input: a path to a file, or the YAML itself. Every path it names is checked here, before any network call. */
async function kubeconfigAccess(raw, clock, opts) {
    const input = opts.input ?? 'kubeconfig';
    const bad = (message) => new errors_js_1.InputError(input, `Invalid input '${input}': ${message}`);
    // Content (YAML, or JSON — which is YAML — on one line) or a path to a file.
    const isContent = /\n/.test(raw) || /^\s*(\{|(apiVersion|clusters|kind)\s*:)/.test(raw);
    const text = isContent ? raw : readKubeconfigFile(raw, input);
    // kubectl resolves relative paths in a kubeconfig file against the file's directory.
    const base = isContent ? process.cwd() : (0, node_path_1.dirname)((0, node_path_1.resolve)(raw));
    const { parse } = await __webpack_require__.e(/* import() */ 8815).then(__webpack_require__.t.bind(__webpack_require__, 38815, 19));
    let doc;
    try {
        doc = parse(text);
    }
    catch (e) {
        throw bad(`not valid YAML (${(0, errors_js_1.errorMessage)(e).split('\n')[0]}).`);
    }
    if (!doc || typeof doc !== 'object' || !Array.isArray(doc.clusters)) {
        throw bad('expected a kubeconfig with clusters, users and contexts.');
    }
    /** A top-level list of `{ name, <key>: { … } }` entries. */
    const list = (field, key) => {
        const v = doc[field];
        if (v === undefined || v === null)
            return [];
        if (!Array.isArray(v))
            throw bad(`field '${field}' is ${kindOf(v)}. Expected a list of entries with 'name' and '${key}'.`);
        v.forEach((e, i) => {
            const entry = e;
            if (!entry || typeof entry !== 'object' || Array.isArray(entry) || typeof entry.name !== 'string')
                throw bad(`field '${field}' entry ${i + 1} has no 'name'. Expected entries with 'name' and '${key}'.`);
            const body = entry[key];
            if (body !== undefined && (body === null || typeof body !== 'object' || Array.isArray(body)))
                throw bad(`${field.replace(/s$/, '')} '${entry.name}' field '${key}' is ${kindOf(body)}. Expected a mapping.`);
        });
        return v;
    };
    const clusters = list('clusters', 'cluster');
    const users = list('users', 'user');
    const contexts = list('contexts', 'context');
    const current = doc['current-context'];
    const ctxName = opts.context || (typeof current === 'string' ? current : '');
    const ctx = contexts.find((c) => c.name === ctxName)?.context ??
        (contexts.length === 1 ? contexts[0]?.context : undefined);
    if (!ctx) {
        const names = contexts.map((c) => c.name).filter(Boolean);
        throw bad(ctxName
            ? `context '${ctxName}' not found in the kubeconfig (it has: ${names.join(', ') || 'no contexts'}).`
            : `the kubeconfig has no current-context and ${names.length} contexts; set 'context' to one of: ${names.join(', ') || '(none)'}.`);
    }
    const cluster = clusters.find((c) => c.name === ctx.cluster)?.cluster;
    if (!cluster)
        throw bad(`context '${ctxName || contexts[0]?.name}' names cluster '${ctx.cluster}', which is not in 'clusters'.`);
    if (!cluster.server)
        throw bad(`cluster '${ctx.cluster}' has no server.`);
    const server = String(cluster.server);
    if (!isHttpUrl(server))
        throw bad(`cluster '${ctx.cluster}' field 'server': '${server.slice(0, 80)}' is not a URL. Expected the API server's URL, such as https://host:6443.`);
    const user = users.find((u) => u.name === ctx.user)?.user ?? {};
    for (const field of [
        'token',
        'token-file',
        'client-certificate-data',
        'client-key-data',
        'client-certificate',
        'client-key',
    ]) {
        const v = user[field];
        if (v !== undefined && v !== null && typeof v !== 'string') {
            // Not repeated: these fields hold credentials.
            throw bad(`user '${ctx.user}' field '${field}' is ${kindOf(v)}. Expected text.`);
        }
    }
    /** A file the kubeconfig names: it must exist and be a readable file, now, before anything is sent. */
    const file = (owner, field, path) => {
        const abs = (0, node_path_1.resolve)(base, path);
        let why;
        try {
            if (!(0, node_fs_1.statSync)(abs).isFile())
                why = 'is not a file';
            else
                (0, node_fs_1.accessSync)(abs, node_fs_1.constants.R_OK);
        }
        catch (e) {
            const code = e.code;
            why =
                code === 'ENOENT' || code === 'ENOTDIR'
                    ? 'does not exist'
                    : `cannot be read (${code ?? (0, errors_js_1.errorMessage)(e)})`;
        }
        if (why)
            throw bad(`${owner} field '${field}': '${path}' ${why}.`);
        return abs;
    };
    const clusterOwner = `cluster '${ctx.cluster}'`;
    const userOwner = `user '${ctx.user}'`;
    const caData = cluster['certificate-authority-data'] ??
        (cluster['certificate-authority']
            ? (0, node_fs_1.readFileSync)(file(clusterOwner, 'certificate-authority', cluster['certificate-authority'])).toString('base64')
            : undefined);
    const clientCertData = user['client-certificate-data'] ??
        (user['client-certificate']
            ? (0, node_fs_1.readFileSync)(file(userOwner, 'client-certificate', user['client-certificate'])).toString('base64')
            : undefined);
    const clientKeyData = user['client-key-data'] ??
        (user['client-key']
            ? (0, node_fs_1.readFileSync)(file(userOwner, 'client-key', user['client-key'])).toString('base64')
            : undefined);
    const access = {
        server,
        caData,
        insecureSkipTlsVerify: cluster['insecure-skip-tls-verify'] === true,
        clientCertData,
        clientKeyData,
        identity: () => clientCertData
            ? `the client certificate of kubeconfig ${userOwner}`
            : `kubeconfig ${userOwner} (no credentials)`,
    };
    if (clientKeyData)
        opts.setSecret(clientKeyData);
    if (user.token) {
        opts.setSecret(user.token);
        const token = user.token;
        access.token = async () => token;
        access.identity = () => `the bearer token of kubeconfig ${userOwner}`;
    }
    else if (user['token-file']) {
        const path = file(userOwner, 'token-file', user['token-file']);
        access.token = async () => {
            let token;
            try {
                token = (0, node_fs_1.readFileSync)(path, 'utf8').trim();
            }
            catch (e) {
                throw bad(`${userOwner} field 'token-file': '${user['token-file']}' cannot be read (${e.code ?? (0, errors_js_1.errorMessage)(e)}).`);
            }
            opts.setSecret(token);
            return token;
        };
        access.identity = () => `the token in '${user['token-file']}' (kubeconfig ${userOwner})`;
    }
    else if (user.exec) {
        const eks = eksFromExec(user.exec);
        if (!eks) {
            throw bad(`user '${ctx.user}' runs '${user.exec.command}' for credentials; Keelson serves only ` +
                "'aws eks get-token' (and its own 'keelson eks-token') in-process. Use a token or client certificate.");
        }
        const source = eksTokenSource(eks, clock, opts.setSecret, () => ambientCredentials(opts.env));
        access.token = source;
        access.identity = source.identity;
    }
    return { access, namespace: ctx.namespace };
}
function isHttpUrl(v) {
    try {
        const u = new URL(v);
        return (u.protocol === 'https:' || u.protocol === 'http:') && u.hostname !== '';
    }
    catch {
        return false;
    }
}
/** Never repeats the value: a kubeconfig input that is neither a path nor a kubeconfig may still be a credential. */
function readKubeconfigFile(path, input) {
    const expected = 'the path of a kubeconfig file, or the kubeconfig itself (YAML or JSON)';
    if (!(0, node_fs_1.existsSync)(path) || !(0, node_fs_1.statSync)(path).isFile())
        throw new errors_js_1.InputError(input, `Invalid input '${input}': no such file, and not kubeconfig content. Expected ${expected}.`);
    return (0, node_fs_1.readFileSync)(path, 'utf8');
}
/**
 * Recognises `aws eks get-token --cluster-name X --region R` and `keelson eks-token --cluster-name X
 * --aws-region R` (or `--region R`, as kubeconfigs written by earlier releases say).
 */
function eksFromExec(exec) {
    const args = exec.args ?? [];
    const eksAt = args.indexOf('eks');
    const isAws = /(^|\/)aws$/.test(exec.command) && eksAt >= 0 && args[eksAt + 1] === 'get-token';
    const isKeelson = args.includes('eks-token');
    if ((!isAws && !isKeelson) || args.includes('--role-arn'))
        return undefined;
    const flag = (name) => {
        const i = args.indexOf(name);
        return i >= 0 ? args[i + 1] : args.find((a) => a.startsWith(`${name}=`))?.slice(name.length + 1);
    };
    const clusterName = flag('--cluster-name') ?? flag('--cluster-id');
    const region = flag('--aws-region') ??
        flag('--region') ??
        exec.env?.find((e) => e.name === 'AWS_REGION' || e.name === 'AWS_DEFAULT_REGION')?.value;
    return clusterName && region ? { clusterName, region } : undefined;
}
/** A kubeconfig for later kubectl/helm steps: the token comes from `keelson eks-token` (no aws CLI needed). */
function renderEksKubeconfig(target, access, cliPath, nodePath = process.execPath) {
    const name = `eks_${target.region}_${target.clusterName}`;
    const lines = [
        'apiVersion: v1',
        'kind: Config',
        'preferences: {}',
        `current-context: ${name}`,
        'clusters:',
        `  - name: ${name}`,
        '    cluster:',
        `      server: ${access.server}`,
        ...(access.caData ? [`      certificate-authority-data: ${access.caData}`] : []),
        'contexts:',
        `  - name: ${name}`,
        '    context:',
        `      cluster: ${name}`,
        `      user: ${name}`,
        'users:',
        `  - name: ${name}`,
        '    user:',
        '      exec:',
        '        apiVersion: client.authentication.k8s.io/v1beta1',
        `        command: ${JSON.stringify(nodePath)}`,
        '        args:',
        `          - ${JSON.stringify(cliPath)}`,
        '          - eks-token',
        '          - --cluster-name',
        `          - ${JSON.stringify(target.clusterName)}`,
        '          - --aws-region',
        `          - ${JSON.stringify(target.region)}`,
        '        interactiveMode: Never',
        '',
    ];
    return lines.join('\n');
}


/***/ }),

/***/ 86470:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.connect = connect;
const access_js_1 = __webpack_require__(6440);
const client_js_1 = __webpack_require__(50301);
/** A client for the cluster the inputs name (EKS or kubeconfig). */
async function connect(access, clock, opts) {
    const { env, ...kubeOpts } = opts;
    if (access.kind === 'eks') {
        return {
            kube: new client_js_1.KubeClient(await (0, access_js_1.eksAccess)({ clusterName: access.clusterName, region: access.region }, clock, opts.setSecret, env), { ...kubeOpts, clock }),
        };
    }
    const { access: a, namespace } = await (0, access_js_1.kubeconfigAccess)(access.kubeconfig, clock, {
        context: access.context,
        setSecret: opts.setSecret,
        env,
    });
    return { kube: new client_js_1.KubeClient(a, { ...kubeOpts, clock }), namespace };
}


/***/ })

};
