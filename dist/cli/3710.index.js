export const id = 3710;
export const ids = [3710];
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

/***/ 33710:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ACCEPTED_MANIFEST_TYPES = void 0;
exports.createEcr = createEcr;
const json_client_js_1 = __webpack_require__(15603);
/** Every manifest media type ECR stores (BatchGetImage acceptedMediaTypes). */
exports.ACCEPTED_MANIFEST_TYPES = [
    'application/vnd.docker.distribution.manifest.v2+json',
    'application/vnd.docker.distribution.manifest.list.v2+json',
    'application/vnd.oci.image.manifest.v1+json',
    'application/vnd.oci.image.index.v1+json',
];
function toRepository(r) {
    return {
        repositoryName: r.repositoryName,
        repositoryArn: r.repositoryArn,
        registryId: r.registryId,
        repositoryUri: r.repositoryUri,
        imageTagMutability: r.imageTagMutability ?? 'MUTABLE',
        imageTagMutabilityExclusionFilters: (r.imageTagMutabilityExclusionFilters ?? []).map((f) => f.filter),
        scanOnPush: r.imageScanningConfiguration?.scanOnPush === true,
        encryptionType: r.encryptionConfiguration?.encryptionType ?? 'AES256',
        kmsKey: r.encryptionConfiguration?.kmsKey,
    };
}
function isCode(e, ...codes) {
    return codes.includes(e?.code ?? '');
}
const reg = (registryId) => (registryId ? { registryId } : {});
function createEcr(opts) {
    const client = new json_client_js_1.AwsJsonClient({
        service: 'ecr',
        endpointPrefix: 'api.ecr',
        targetPrefix: 'AmazonEC2ContainerRegistry_V20150921',
        region: opts.region,
        clock: opts.clock,
        env: opts.env,
        credentials: opts.credentials,
        regionInput: opts.regionInput,
    });
    return {
        region: opts.region,
        calls: client.calls,
        async describeRepository(name, registryId) {
            try {
                const out = await client.call('DescribeRepositories', {
                    ...reg(registryId),
                    repositoryNames: [name],
                });
                const r = out.repositories?.[0];
                return r ? toRepository(r) : undefined;
            }
            catch (e) {
                if (isCode(e, 'RepositoryNotFoundException'))
                    return undefined;
                throw e;
            }
        },
        async createRepository(input) {
            const out = await client.call('CreateRepository', {
                ...reg(input.registryId),
                repositoryName: input.repositoryName,
                imageTagMutability: input.imageTagMutability,
                ...(input.imageTagMutabilityExclusionFilters.length > 0
                    ? {
                        imageTagMutabilityExclusionFilters: input.imageTagMutabilityExclusionFilters.map((filter) => ({
                            filterType: 'WILDCARD',
                            filter,
                        })),
                    }
                    : {}),
                imageScanningConfiguration: { scanOnPush: input.scanOnPush },
                encryptionConfiguration: {
                    encryptionType: input.encryptionType,
                    ...(input.kmsKey ? { kmsKey: input.kmsKey } : {}),
                },
                ...(input.tags?.length ? { tags: input.tags } : {}),
            });
            return toRepository(out.repository);
        },
        async getLifecyclePolicy(name, registryId) {
            try {
                const out = await client.call('GetLifecyclePolicy', {
                    ...reg(registryId),
                    repositoryName: name,
                });
                return out.lifecyclePolicyText;
            }
            catch (e) {
                if (isCode(e, 'LifecyclePolicyNotFoundException'))
                    return undefined;
                throw e;
            }
        },
        async putLifecyclePolicy(name, text, registryId) {
            await client.call('PutLifecyclePolicy', {
                ...reg(registryId),
                repositoryName: name,
                lifecyclePolicyText: text,
            });
        },
        async deleteRepository(name, registryId) {
            await client.call('DeleteRepository', { ...reg(registryId), repositoryName: name });
        },
        async getAuthorizationToken(registryId) {
            const out = await client.call('GetAuthorizationToken', registryId ? { registryIds: [registryId] } : {});
            const d = out.authorizationData?.[0];
            const decoded = Buffer.from(d?.authorizationToken ?? '', 'base64').toString('utf8');
            const colon = decoded.indexOf(':');
            if (!d?.proxyEndpoint || colon < 0) {
                throw new Error('GetAuthorizationToken returned no usable authorization data');
            }
            return {
                username: decoded.slice(0, colon),
                password: decoded.slice(colon + 1),
                proxyEndpoint: d.proxyEndpoint,
                expiresAt: Math.round((d.expiresAt ?? 0) * 1000),
            };
        },
        async describeImage(repository, id, registryId) {
            try {
                const out = await client.call('DescribeImages', {
                    ...reg(registryId),
                    repositoryName: repository,
                    imageIds: [
                        { ...(id.digest ? { imageDigest: id.digest } : {}), ...(id.tag ? { imageTag: id.tag } : {}) },
                    ],
                });
                const d = out.imageDetails?.[0];
                if (!d)
                    return undefined;
                return {
                    registryId: d.registryId,
                    repositoryName: d.repositoryName,
                    digest: d.imageDigest,
                    tags: d.imageTags ?? [],
                    sizeInBytes: d.imageSizeInBytes,
                    pushedAt: d.imagePushedAt !== undefined ? Math.round(d.imagePushedAt * 1000) : undefined,
                    mediaType: d.imageManifestMediaType,
                };
            }
            catch (e) {
                if (isCode(e, 'ImageNotFoundException'))
                    return undefined;
                throw e;
            }
        },
        async getManifest(repository, id, registryId) {
            const out = await client.call('BatchGetImage', {
                ...reg(registryId),
                repositoryName: repository,
                imageIds: [
                    { ...(id.digest ? { imageDigest: id.digest } : {}), ...(id.tag ? { imageTag: id.tag } : {}) },
                ],
                acceptedMediaTypes: exports.ACCEPTED_MANIFEST_TYPES,
            });
            const img = out.images?.[0];
            if (!img?.imageManifest) {
                const f = out.failures?.[0];
                if (!f || f.failureCode === 'ImageNotFound')
                    return undefined;
                throw new Error(`BatchGetImage: ${f.failureCode}: ${f.failureReason}`);
            }
            return {
                digest: img.imageId?.imageDigest ?? '',
                manifest: img.imageManifest,
                mediaType: img.imageManifestMediaType ?? '',
            };
        },
        async putImage(input) {
            await client.call('PutImage', {
                ...reg(input.registryId),
                repositoryName: input.repository,
                imageManifest: input.manifest,
                imageManifestMediaType: input.mediaType,
                imageDigest: input.digest,
                ...(input.tag ? { imageTag: input.tag } : {}),
            });
        },
    };
}


/***/ })

};
