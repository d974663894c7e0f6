export const id = 458;
export const ids = [458,710];
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

/***/ 3710:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ACCEPTED_MANIFEST_TYPES = void 0;
exports.createEcr = createEcr;
const json_client_js_1 = __webpack_require__(5603);
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


/***/ }),

/***/ 1458:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

var __webpack_unused_export__;

__webpack_unused_export__ = ({ value: true });
exports.promote = promote;
/**
 * Promotion of one image, by digest, to tags in the same or another repository, account or region:
 *
 * - same repository: BatchGetImage (all four manifest media types) → PutImage with the same bytes and media
 *   type under each target tag. No blob is read or written.
 * - another repository: the registry API. Blobs already in the target are skipped; on the same registry they
 *   are mounted from the source repository (when ECR declines — BLOB_MOUNTING off, other KMS keys — the upload
 *   session it opens instead is fed by streaming); across registries they stream from source to target. Child
 *   manifests of an index go by digest, then PutImage tags the top manifest. The target is read back and must
 *   hold the same digest under every tag.
 *
 * Tag conflicts are decided before anything is written, so a refused promotion leaves both repositories as
 * they were.
 */
const errors_js_1 = __webpack_require__(7268);
const api_js_1 = __webpack_require__(3710);
const refs_js_1 = __webpack_require__(682);
const registry_js_1 = __webpack_require__(4471);
const registry_login_js_1 = __webpack_require__(6215);
const tagging_js_1 = __webpack_require__(2957);
const INDEX = new Set([
    'application/vnd.oci.image.index.v1+json',
    'application/vnd.docker.distribution.manifest.list.v2+json',
]);
function parse(bytes, what) {
    try {
        return JSON.parse(bytes.toString());
    }
    catch {
        throw new Error(`${what} is not JSON`);
    }
}
function platformsOf(doc) {
    return (doc.manifests ?? []).map((m) => [m.platform?.os ?? 'unknown', m.platform?.architecture ?? 'unknown', m.platform?.variant]
        .filter(Boolean)
        .join('/'));
}
async function repositoryOrFail(ecr, name, registryId, input) {
    const repo = await ecr.describeRepository(name, registryId);
    if (!repo) {
        throw new errors_js_1.InputError(input, `Repository '${name}' does not exist in ${registryId ? `registry ${registryId}` : 'the registry'} in ${ecr.region}. ` +
            'Create it first (ecr-push creates repositories; targets of a promotion are expected to exist).');
    }
    return repo;
}
async function promote(req, deps) {
    const log = deps.log ?? (() => undefined);
    const src = req.source;
    const srcEcr = deps.ecr(req.sourceRegion);
    const tgtEcr = req.target.region === req.sourceRegion ? srcEcr : deps.ecr(req.target.region);
    const srcRepo = await repositoryOrFail(srcEcr, src.repository, req.sourceRegistryId, 'image');
    const sourceRegistryId = srcRepo.registryId;
    const targetRegistryId = req.target.registryId ?? sourceRegistryId;
    const sameRegistry = req.target.region === req.sourceRegion && targetRegistryId === sourceRegistryId;
    const sameRepository = sameRegistry && req.target.repository === src.repository;
    const uriHost = srcRepo.repositoryUri.split('/')[0];
    const hostMatches = src.host === uriHost ||
        (src.ecr !== undefined && src.ecr.accountId === sourceRegistryId && src.ecr.region === req.sourceRegion);
    if (!hostMatches) {
        throw new errors_js_1.InputError('image', `Invalid input 'image': registry '${src.host}' is not where repository '${src.repository}' of ` +
            `${sourceRegistryId} in ${req.sourceRegion} lives (${srcRepo.repositoryUri}).`);
    }
    let image;
    try {
        image = await srcEcr.getManifest(src.repository, { digest: src.digest }, sourceRegistryId);
    }
    catch (e) {
        throw new errors_js_1.InputError('image', `Could not read image ${src.digest} from '${src.repository}': ${e.message}`);
    }
    if (!image) {
        throw new errors_js_1.InputError('image', `Image ${src.digest} was not found in repository '${src.repository}' (${sourceRegistryId}, ${req.sourceRegion}).`);
    }
    if ((0, registry_js_1.sha256)(image.manifest) !== src.digest || !api_js_1.ACCEPTED_MANIFEST_TYPES.includes(image.mediaType)) {
        throw new Error(`BatchGetImage returned a manifest that does not hash to ${src.digest} (media type ${image.mediaType})`);
    }
    if (src.tag) {
        const tagged = await srcEcr.describeImage(src.repository, { tag: src.tag }, sourceRegistryId);
        if (tagged?.digest !== src.digest) {
            throw new errors_js_1.InputError('image', `Invalid input 'image': tag '${src.tag}' in '${src.repository}' points at ${tagged?.digest ?? 'nothing'}, ` +
                `not ${src.digest}. Give the digest alone, or the tag that holds it.`);
        }
    }
    const doc = parse(image.manifest, 'the source manifest');
    const platforms = INDEX.has(image.mediaType) ? platformsOf(doc) : [];
    const tgtRepo = sameRepository
        ? srcRepo
        : await repositoryOrFail(tgtEcr, req.target.repository, targetRegistryId, 'repository');
    // Decide every tag before writing anything: a conflict leaves both repositories untouched.
    const plan = await (0, tagging_js_1.planTags)(tgtEcr, tgtRepo, src.digest, req.target.tags);
    const blobs = { total: 0, present: 0, mounted: 0, streamed: 0 };
    let mode = 'same-repository';
    let target;
    let source;
    try {
        if (!sameRepository) {
            const srcLogin = await (0, registry_login_js_1.registryLogin)(srcEcr, sourceRegistryId, deps.addSecret);
            source = (0, registry_login_js_1.registryClient)(srcLogin);
            if (sameRegistry) {
                target = source;
                mode = 'mount';
            }
            else {
                const tgtLogin = await (0, registry_login_js_1.registryLogin)(tgtEcr, targetRegistryId, deps.addSecret);
                target = (0, registry_login_js_1.registryClient)(tgtLogin);
                mode = 'stream';
            }
            const copier = new Copier(source, target, src.repository, tgtRepo.repositoryName, sameRegistry, blobs, log);
            await copier.copyManifestTree({ digest: src.digest, mediaType: image.mediaType, bytes: Buffer.from(image.manifest) }, true);
            if (plan.length === 0) {
                // No tags: the image is promoted by digest alone.
                try {
                    await tgtEcr.putImage({
                        repository: tgtRepo.repositoryName,
                        registryId: tgtRepo.registryId,
                        manifest: image.manifest,
                        mediaType: image.mediaType,
                        digest: image.digest,
                    });
                }
                catch (e) {
                    if (e.code !== 'ImageAlreadyExistsException')
                        throw e;
                }
            }
        }
        const tags = await (0, tagging_js_1.applyTags)(tgtEcr, tgtRepo, image, plan);
        // Read the target back: the digest, and every tag on it.
        const after = await tgtEcr.describeImage(tgtRepo.repositoryName, { digest: src.digest }, tgtRepo.registryId);
        const missing = req.target.tags.filter((t) => !after?.tags.includes(t));
        if (!after || after.digest !== src.digest || missing.length > 0) {
            throw new Error(`Verification failed: ${tgtRepo.repositoryName} ${after ? `holds ${after.digest} with tags ${after.tags.join(', ')}` : `has no ${src.digest}`}` +
                (missing.length ? `; missing tags ${missing.join(', ')}` : ''));
        }
        if (target) {
            const served = await target.getManifest(tgtRepo.repositoryName, src.digest);
            if (!served || served.digest !== src.digest)
                throw new Error(`Verification failed: the target registry does not serve ${src.digest}`);
        }
        return {
            source: (0, refs_js_1.formatImage)(src.host, src.repository, src.digest),
            image: (0, refs_js_1.formatImage)(tgtRepo.repositoryUri.split('/')[0], tgtRepo.repositoryName, src.digest),
            digest: src.digest,
            mediaType: image.mediaType,
            mode,
            tags,
            platforms,
            blobs,
            bytesUploaded: target?.stats.bytesUploaded ?? 0,
            blobUploadRequests: target?.stats.blobUploads ?? 0,
            apiCalls: [...srcEcr.calls, ...(tgtEcr === srcEcr ? [] : tgtEcr.calls)],
        };
    }
    finally {
        source?.close();
        if (target !== source)
            target?.close();
    }
}
/** Copies a manifest and everything it references from one repository to another, children first. */
class Copier {
    source;
    target;
    from;
    to;
    sameRegistry;
    blobs;
    log;
    done = new Set();
    constructor(source, target, from, to, sameRegistry, blobs, log) {
        this.source = source;
        this.target = target;
        this.from = from;
        this.to = to;
        this.sameRegistry = sameRegistry;
        this.blobs = blobs;
        this.log = log;
    }
    async copyManifestTree(m, top) {
        const doc = parse(m.bytes, `manifest ${m.digest}`);
        if (INDEX.has(m.mediaType)) {
            for (const child of doc.manifests ?? []) {
                if (this.done.has(child.digest))
                    continue;
                this.done.add(child.digest);
                if (await this.target.getManifest(this.to, child.digest))
                    continue;
                const cm = await this.source.getManifest(this.from, child.digest);
                if (!cm)
                    throw new Error(`manifest ${child.digest} listed by ${m.digest} is missing from '${this.from}'`);
                await this.copyManifestTree(cm, false);
            }
        }
        else {
            const refs = [doc.config, ...(doc.layers ?? [])].filter((b) => b !== undefined);
            for (const b of refs) {
                // Foreign (non-distributable) layers live at their URLs, not in the registry.
                if (b.urls?.length)
                    continue;
                if (this.done.has(b.digest))
                    continue;
                this.done.add(b.digest);
                await this.copyBlob(b.digest, b.size);
            }
        }
        // The top manifest is tagged by PutImage afterwards; children go in by digest now.
        if (!top)
            await this.target.putManifest(this.to, m.digest, m);
    }
    async copyBlob(digest, size) {
        this.blobs.total++;
        if (await this.target.blobExists(this.to, digest)) {
            this.blobs.present++;
            return;
        }
        let location;
        if (this.sameRegistry) {
            const r = await this.target.mountBlob(this.to, digest, this.from);
            if (r.mounted) {
                this.blobs.mounted++;
                return;
            }
            this.log(`The registry did not mount ${digest} (blob mounting off, or other encryption keys); streaming it.`);
            location = r.location;
        }
        else {
            location = await this.target.startUpload(this.to);
        }
        const blob = await this.source.openBlob(this.from, digest);
        if (blob.size >= 0 && blob.size !== size) {
            blob.stream.destroy();
            throw new registry_js_1.RegistryError(`blob ${digest}: the source serves ${blob.size} bytes, the manifest says ${size}`, 200);
        }
        await this.target.upload(location, blob, digest);
        this.blobs.streamed++;
    }
}


/***/ }),

/***/ 6215:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.registryLogin = registryLogin;
exports.registryClient = registryClient;
const registry_js_1 = __webpack_require__(4471);
async function registryLogin(ecr, registryId, addSecret) {
    const auth = await ecr.getAuthorizationToken(registryId);
    // Masked before it can reach a log line, an error message or a child process's output.
    addSecret(auth.password);
    addSecret(Buffer.from(`${auth.username}:${auth.password}`).toString('base64'));
    const url = new URL(auth.proxyEndpoint.includes('://') ? auth.proxyEndpoint : `https://${auth.proxyEndpoint}`);
    return {
        username: auth.username,
        password: auth.password,
        endpoint: url.origin,
        host: url.host,
        insecure: url.protocol === 'http:',
        expiresAt: auth.expiresAt,
    };
}
function registryClient(login) {
    return new registry_js_1.RegistryClient(login.endpoint, login);
}


/***/ }),

/***/ 4471:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.RegistryClient = exports.RegistryError = void 0;
exports.sha256 = sha256;
/**
 * A small OCI distribution-spec client for ECR registry endpoints: manifests by digest or tag in all four
 * manifest media types, blob existence, cross-repository mount, and streamed blob copies (GET from one
 * registry, POST/PATCH/PUT into another, the sha256 checked on the way). Basic auth with the password from
 * GetAuthorizationToken; redirects to other hosts (ECR serves layers from S3) are followed without it.
 * Counts requests and bytes so promotions can report what they moved.
 */
const node_crypto_1 = __webpack_require__(7598);
const node_http_1 = __importDefault(__webpack_require__(7067));
const node_https_1 = __importDefault(__webpack_require__(4708));
const node_stream_1 = __webpack_require__(7075);
const promises_1 = __webpack_require__(6466);
const api_js_1 = __webpack_require__(3710);
class RegistryError extends Error {
    status;
    code;
    name = 'RegistryError';
    constructor(message, status, code) {
        super(message);
        this.status = status;
        this.code = code;
    }
}
exports.RegistryError = RegistryError;
function sha256(bytes) {
    return `sha256:${(0, node_crypto_1.createHash)('sha256').update(bytes).digest('hex')}`;
}
class RegistryClient {
    stats = {
        requests: 0,
        blobUploads: 0,
        mounts: 0,
        bytesUploaded: 0,
        bytesDownloaded: 0,
    };
    base;
    auth;
    agent;
    constructor(endpoint, credentials) {
        this.base = new URL(endpoint.includes('://') ? endpoint : `https://${endpoint}`);
        this.auth = `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64')}`;
        this.agent =
            this.base.protocol === 'http:'
                ? new node_http_1.default.Agent({ keepAlive: true })
                : new node_https_1.default.Agent({ keepAlive: true });
    }
    get host() {
        return this.base.host;
    }
    close() {
        this.agent.destroy();
    }
    request(method, target, opts = {}) {
        const url = typeof target === 'string' ? new URL(target, this.base) : target;
        const sameHost = url.host === this.base.host;
        const mod = url.protocol === 'http:' ? node_http_1.default : node_https_1.default;
        const headers = { ...opts.headers };
        if (sameHost)
            headers.authorization = this.auth;
        this.stats.requests++;
        return new Promise((resolve, reject) => {
            const req = mod.request(url, { method, headers, agent: sameHost ? this.agent : undefined, timeout: 120_000 }, (res) => {
                const status = res.statusCode ?? 0;
                const location = res.headers.location;
                if ([301, 302, 303, 307, 308].includes(status) &&
                    location &&
                    (method === 'GET' || method === 'HEAD')) {
                    res.resume();
                    if ((opts.redirects ?? 0) >= 5)
                        return reject(new RegistryError(`too many redirects for ${url.pathname}`, status));
                    this.request(method, new URL(location, url), {
                        headers: opts.headers,
                        redirects: (opts.redirects ?? 0) + 1,
                    }).then(resolve, reject);
                    return;
                }
                resolve({ status, headers: res.headers, stream: res });
            });
            req.on('timeout', () => req.destroy(new Error(`${method} ${url.pathname}: no answer in 120 s`)));
            req.on('error', reject);
            const body = opts.body;
            if (body === undefined)
                req.end();
            else if (Buffer.isBuffer(body))
                req.end(body);
            else
                body.pipe(req);
        });
    }
    async text(res) {
        const chunks = [];
        for await (const c of res.stream)
            chunks.push(c);
        return Buffer.concat(chunks).toString('utf8');
    }
    async failure(res, what) {
        const text = await this.text(res);
        let code;
        let message = text.trim().slice(0, 300);
        try {
            const doc = JSON.parse(text);
            code = doc.errors?.[0]?.code;
            message = doc.errors?.map((e) => `${e.code}: ${e.message}`).join('; ') ?? message;
        }
        catch {
            // plain text body
        }
        return new RegistryError(`${what}: HTTP ${res.status}${message ? ` ${message}` : ''}`, res.status, code);
    }
    async getManifest(repository, reference) {
        const res = await this.request('GET', `/v2/${repository}/manifests/${reference}`, {
            headers: { accept: api_js_1.ACCEPTED_MANIFEST_TYPES.join(', ') },
        });
        if (res.status === 404) {
            res.stream.resume();
            return undefined;
        }
        if (res.status !== 200)
            throw await this.failure(res, `GET manifest ${repository}:${reference}`);
        const chunks = [];
        for await (const c of res.stream)
            chunks.push(c);
        const bytes = Buffer.concat(chunks);
        this.stats.bytesDownloaded += bytes.length;
        const digest = sha256(bytes);
        if (reference.startsWith('sha256:') && digest !== reference) {
            throw new RegistryError(`GET manifest ${repository}@${reference}: the bytes served hash to ${digest}`, 200);
        }
        const mediaType = String(res.headers['content-type'] ?? '')
            .split(';')[0]
            ?.trim() ||
            (JSON.parse(bytes.toString('utf8')).mediaType ?? '');
        return { digest, mediaType, bytes };
    }
    /** PUTs a manifest; returns the digest the registry reports (checked against the bytes' own). */
    async putManifest(repository, reference, m) {
        const res = await this.request('PUT', `/v2/${repository}/manifests/${reference}`, {
            headers: { 'content-type': m.mediaType, 'content-length': String(m.bytes.length) },
            body: m.bytes,
        });
        if (res.status !== 201)
            throw await this.failure(res, `PUT manifest ${repository}:${reference}`);
        res.stream.resume();
        this.stats.bytesUploaded += m.bytes.length;
        const digest = String(res.headers['docker-content-digest'] ?? sha256(m.bytes));
        if (digest !== sha256(m.bytes)) {
            throw new RegistryError(`PUT manifest ${repository}:${reference}: the registry stored ${digest}`, 201);
        }
        return digest;
    }
    async blobExists(repository, digest) {
        const res = await this.request('HEAD', `/v2/${repository}/blobs/${digest}`);
        res.stream.resume();
        if (res.status === 200)
            return true;
        if (res.status === 404)
            return false;
        throw new RegistryError(`HEAD blob ${repository}@${digest}: HTTP ${res.status}`, res.status);
    }
    /**
     * Asks the registry to mount `digest` from `from` (same registry). Returns true when mounted; otherwise the
     * upload session the registry started instead (OCI distribution spec: 202 means "upload, please").
     */
    async mountBlob(repository, digest, from) {
        const q = new URLSearchParams({ mount: digest, from });
        const res = await this.request('POST', `/v2/${repository}/blobs/uploads/?${q.toString()}`, {
            headers: { 'content-length': '0' },
        });
        if (res.status === 201) {
            res.stream.resume();
            this.stats.mounts++;
            return { mounted: true };
        }
        if (res.status === 202) {
            res.stream.resume();
            this.stats.blobUploads++;
            return { mounted: false, location: String(res.headers.location ?? '') };
        }
        throw await this.failure(res, `mount ${digest} from ${from} into ${repository}`);
    }
    async startUpload(repository) {
        const res = await this.request('POST', `/v2/${repository}/blobs/uploads/`, {
            headers: { 'content-length': '0' },
        });
        if (res.status !== 202)
            throw await this.failure(res, `start upload into ${repository}`);
        res.stream.resume();
        this.stats.blobUploads++;
        return String(res.headers.location ?? '');
    }
    /** Opens a blob for reading (following ECR's redirect to its layer store). */
    async openBlob(repository, digest) {
        const res = await this.request('GET', `/v2/${repository}/blobs/${digest}`);
        if (res.status !== 200)
            throw await this.failure(res, `GET blob ${repository}@${digest}`);
        res.stream.on('data', (c) => (this.stats.bytesDownloaded += c.length));
        return { stream: res.stream, size: Number(res.headers['content-length'] ?? -1) };
    }
    /**
     * Streams `source` into the upload session at `location` (one PATCH), checks the sha256 of what went
     * through, then commits it under `digest` (PUT). A mismatch cancels the upload and throws.
     */
    async upload(location, source, digest) {
        const hash = (0, node_crypto_1.createHash)('sha256');
        let sent = 0;
        const tap = new node_stream_1.Transform({
            transform(chunk, _enc, cb) {
                hash.update(chunk);
                sent += chunk.length;
                cb(null, chunk);
            },
        });
        const feed = (0, promises_1.pipeline)(source.stream, tap).catch((e) => tap.destroy(e));
        // One streamed PATCH (no Content-Range), as docker and containers/image push to ECR.
        const headers = { 'content-type': 'application/octet-stream' };
        if (source.size >= 0)
            headers['content-length'] = String(source.size);
        const patch = await this.request('PATCH', location, { headers, body: tap });
        await feed;
        if (patch.status !== 202)
            throw await this.failure(patch, `PATCH upload of ${digest}`);
        patch.stream.resume();
        this.stats.blobUploads++;
        this.stats.bytesUploaded += sent;
        const next = String(patch.headers.location ?? location);
        const got = `sha256:${hash.digest('hex')}`;
        if (got !== digest) {
            const del = await this.request('DELETE', next);
            del.stream.resume();
            throw new RegistryError(`blob ${digest}: the source served ${sent} bytes hashing to ${got}; upload cancelled`, 0);
        }
        const url = new URL(next, this.base);
        url.searchParams.set('digest', digest);
        const put = await this.request('PUT', url, { headers: { 'content-length': '0' } });
        if (put.status !== 201)
            throw await this.failure(put, `commit upload of ${digest}`);
        put.stream.resume();
        this.stats.blobUploads++;
    }
}
exports.RegistryClient = RegistryClient;


/***/ }),

/***/ 2957:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.short = short;
exports.planTags = planTags;
exports.applyTags = applyTags;
/**
 * Putting tags on an image that is already in a repository: PutImage with the image's exact manifest bytes
 * and media type (no layer moves). Tags already on the image are left alone (idempotent re-runs, also in
 * immutable repositories where ECR refuses even the same image again); a tag on another image moves in a
 * mutable repository and is one PolicyError, before anything changed, where ECR keeps it immutable.
 */
const errors_js_1 = __webpack_require__(7268);
const tags_js_1 = __webpack_require__(4481);
function short(digest) {
    return digest.replace(/^sha256:/, '').slice(0, 12);
}
async function planTags(ecr, repo, digest, tags) {
    const changes = [];
    const conflicts = [];
    for (const tag of tags) {
        const current = await ecr.describeImage(repo.repositoryName, { tag }, repo.registryId);
        if (!current)
            changes.push({ tag, action: 'created' });
        else if (current.digest === digest)
            changes.push({ tag, action: 'unchanged' });
        else if ((0, tags_js_1.tagIsImmutable)(repo, tag))
            conflicts.push({ tag, holds: current.digest });
        else
            changes.push({ tag, action: 'moved', previous: current.digest });
    }
    if (conflicts.length > 0) {
        const list = conflicts.map((c) => `'${c.tag}' (on sha256:${short(c.holds)}…)`).join(', ');
        throw new errors_js_1.PolicyError(`Tag${conflicts.length > 1 ? 's' : ''} ${list} already exist${conflicts.length > 1 ? '' : 's'} in ` +
            `repository '${repo.repositoryName}', whose tags are immutable (${repo.imageTagMutability}); ` +
            `${conflicts.length > 1 ? 'they' : 'it'} cannot be moved to sha256:${short(digest)}…. Nothing was changed. ` +
            'Promote under a new tag, or exclude moving tags from immutability (IMMUTABLE_WITH_EXCLUSION).');
    }
    return changes;
}
/** Applies planned changes with PutImage; a race lost to the same image counts as unchanged. */
async function applyTags(ecr, repo, image, changes) {
    const out = [];
    for (const c of changes) {
        if (c.action === 'unchanged') {
            out.push(c);
            continue;
        }
        try {
            await ecr.putImage({
                repository: repo.repositoryName,
                registryId: repo.registryId,
                manifest: image.manifest,
                mediaType: image.mediaType,
                digest: image.digest,
                tag: c.tag,
            });
            out.push(c);
        }
        catch (e) {
            const code = e.code;
            if (code === 'ImageAlreadyExistsException')
                out.push({ tag: c.tag, action: 'unchanged' });
            else if (code === 'ImageTagAlreadyExistsException') {
                throw new errors_js_1.PolicyError(`Tag '${c.tag}' was created on another image in '${repo.repositoryName}' while this step ran, and ` +
                    `the repository's tags are immutable: ${e.message}`);
            }
            else
                throw e;
        }
    }
    return out;
}


/***/ })

};
