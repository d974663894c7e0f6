export const id = 924;
export const ids = [924,710];
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

/***/ 7776:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.builderEnv = builderEnv;
exports.dockerBuildArgv = dockerBuildArgv;
exports.buildahArgv = buildahArgv;
exports.build = build;
/**
 * The two builders behind ecr-push, as argv arrays run through exec (never a shell):
 *
 * - `docker`: `docker buildx build --push` with provenance and SBOM attestations explicit (off by default),
 *   an optional registry cache (`image-manifest=true,oci-mediatypes=true`, which ECR accepts), and the digest
 *   read from `--metadata-file`.
 * - `buildah`: daemonless, for runners inside Kubernetes without Docker: `buildah build` (vfs storage, chroot
 *   isolation by default), then `buildah push --digestfile` (or `manifest push --all` for several platforms).
 *
 * Both log in with `login --password-stdin` into a configuration private to this step (DOCKER_CONFIG /
 * --authfile in a temp directory, removed afterwards): the password never appears in argv, and children get
 * an environment without AWS or GitHub credentials. Build-arg values travel in that environment (argv names
 * only the argument: `--build-arg NAME`); secrets are files (`--secret id=…,src=<0600 file>`).
 */
const node_crypto_1 = __webpack_require__(7598);
const node_fs_1 = __webpack_require__(3024);
const node_os_1 = __webpack_require__(8161);
const node_path_1 = __webpack_require__(6760);
const errors_js_1 = __webpack_require__(7268);
const exec_js_1 = __webpack_require__(766);
/** Variables a container build may need; everything else (AWS_*, GITHUB_TOKEN, ACTIONS_*, INPUT_*) stays out. */
const PASSED_ENV = /^(PATH|HOME|USER|LOGNAME|TMPDIR|TMP|TEMP|LANG|LC_\w+|TZ|TERM|XDG_\w+|SSL_CERT_FILE|SSL_CERT_DIR|(HTTPS?|NO|ALL)_PROXY|(https?|no|all)_proxy|DOCKER_(HOST|CERT_PATH|TLS_VERIFY|CONTEXT|BUILDKIT)|BUILDX_\w+|BUILDKIT_\w+|BUILDAH_\w+|CONTAINERS_\w+|STORAGE_\w+|REGISTRIES_CONFIG_PATH|_CONTAINERS_\w+)$/;
function builderEnv(base, extra = {}) {
    const env = {};
    for (const [k, v] of Object.entries(base))
        if (v !== undefined && PASSED_ENV.test(k))
            env[k] = v;
    return { ...env, ...extra };
}
function secretFilesOf(spec, dir) {
    const out = [];
    for (const [id, value] of Object.entries(spec.secrets)) {
        const src = (0, node_path_1.join)(dir, `secret-${(0, node_crypto_1.randomBytes)(6).toString('hex')}`);
        (0, node_fs_1.writeFileSync)(src, value, { mode: 0o600 });
        (0, node_fs_1.chmodSync)(src, 0o600);
        out.push({ id, src });
    }
    for (const [id, src] of Object.entries(spec.secretFiles))
        out.push({ id, src });
    return out;
}
/** The `docker buildx build` argv (exported for tests of its shape). */
function dockerBuildArgv(spec, metadataFile, secrets) {
    const argv = ['docker', 'buildx', 'build', '--file', spec.dockerfile, '--tag', spec.pushRef, '--push'];
    argv.push('--metadata-file', metadataFile);
    argv.push(`--provenance=${spec.provenance ? 'mode=max' : 'false'}`, `--sbom=${spec.sbom ? 'true' : 'false'}`);
    if (spec.platforms.length > 0)
        argv.push('--platform', spec.platforms.join(','));
    if (spec.target)
        argv.push('--target', spec.target);
    for (const name of Object.keys(spec.buildArgs))
        argv.push('--build-arg', name);
    for (const [k, v] of Object.entries(spec.labels))
        argv.push('--label', `${k}=${v}`);
    for (const s of secrets)
        argv.push('--secret', `id=${s.id},src=${s.src}`);
    if (spec.cacheRef) {
        argv.push('--cache-from', `type=registry,ref=${spec.cacheRef}`);
        argv.push('--cache-to', `type=registry,ref=${spec.cacheRef},mode=max,image-manifest=true,oci-mediatypes=true`);
    }
    argv.push(spec.context);
    return argv;
}
function buildahGlobal(spec) {
    const g = ['buildah', '--storage-driver', spec.buildah.storageDriver];
    if (spec.buildah.root)
        g.push('--root', (0, node_path_1.join)(spec.buildah.root, 'storage'), '--runroot', (0, node_path_1.join)(spec.buildah.root, 'run'));
    return g;
}
/** The buildah argv list: build, then push (exported for tests of its shape). */
function buildahArgv(spec, local, authFile, digestFile, secrets, insecure) {
    const g = buildahGlobal(spec);
    const multi = spec.platforms.length > 1;
    const build = [...g, 'build', '--isolation', spec.buildah.isolation, '--file', spec.dockerfile];
    build.push(multi ? '--manifest' : '--tag', local);
    if (spec.platforms.length > 0)
        build.push('--platform', spec.platforms.join(','));
    if (spec.target)
        build.push('--target', spec.target);
    for (const name of Object.keys(spec.buildArgs))
        build.push('--build-arg', name);
    for (const [k, v] of Object.entries(spec.labels))
        build.push('--label', `${k}=${v}`);
    for (const s of secrets)
        build.push('--secret', `id=${s.id},src=${s.src}`);
    build.push(spec.context);
    const tls = `--tls-verify=${insecure ? 'false' : 'true'}`;
    const push = multi
        ? [
            ...g,
            'manifest',
            'push',
            '--all',
            '--authfile',
            authFile,
            tls,
            '--digestfile',
            digestFile,
            local,
            `docker://${spec.pushRef}`,
        ]
        : [
            ...g,
            'push',
            '--authfile',
            authFile,
            tls,
            '--digestfile',
            digestFile,
            local,
            `docker://${spec.pushRef}`,
        ];
    const cleanup = multi ? [...g, 'manifest', 'rm', local] : [...g, 'rmi', '--force', local];
    return { build, push, cleanup };
}
/** A DOCKER_CONFIG for this step: the user's settings and buildx builders, our login only in it. */
function privateDockerConfig(dir, host, env) {
    const home = env.DOCKER_CONFIG || (0, node_path_1.join)(env.HOME || (0, node_os_1.homedir)(), '.docker');
    const cfgDir = (0, node_path_1.join)(dir, 'docker-config');
    (0, node_fs_1.mkdirSync)(cfgDir, { recursive: true, mode: 0o700 });
    let config;
    try {
        config = JSON.parse((0, node_fs_1.readFileSync)((0, node_path_1.join)(home, 'config.json'), 'utf8'));
    }
    catch {
        config = {};
    }
    // Our credentials must be the ones used for this registry: no store or helper answers for it instead.
    delete config.credsStore;
    const helpers = config.credHelpers;
    if (helpers)
        delete helpers[host];
    (0, node_fs_1.writeFileSync)((0, node_path_1.join)(cfgDir, 'config.json'), JSON.stringify(config, null, 2), { mode: 0o600 });
    for (const sub of ['buildx', 'cli-plugins', 'contexts']) {
        const from = (0, node_path_1.join)(home, sub);
        if ((0, node_fs_1.existsSync)(from)) {
            try {
                (0, node_fs_1.symlinkSync)(from, (0, node_path_1.join)(cfgDir, sub));
            }
            catch {
                (0, node_fs_1.cpSync)(from, (0, node_path_1.join)(cfgDir, sub), { recursive: true });
            }
        }
    }
    return cfgDir;
}
async function checked(argv, opts, commands) {
    commands.push(argv);
    return (0, exec_js_1.runChecked)(argv, opts);
}
async function build(spec, login, deps = {}) {
    const baseEnv = deps.env ?? process.env;
    const dir = (0, node_fs_1.mkdtempSync)((0, node_path_1.join)(deps.tempDir || (0, node_os_1.tmpdir)(), 'keelson-build-'));
    (0, node_fs_1.chmodSync)(dir, 0o700);
    const commands = [];
    const stream = deps.onOutput ? { onOutput: (c) => deps.onOutput?.(c) } : {};
    try {
        const secrets = secretFilesOf(spec, dir);
        if (spec.builder === 'docker') {
            const env = builderEnv(baseEnv, { DOCKER_CONFIG: privateDockerConfig(dir, login.host, baseEnv) });
            await checked(['docker', 'login', '--username', login.username, '--password-stdin', login.host], { env, input: login.password, signal: deps.signal, ...stream }, commands);
            const metadataFile = (0, node_path_1.join)(dir, 'metadata.json');
            await checked(dockerBuildArgv(spec, metadataFile, secrets), { env: { ...env, ...spec.buildArgs }, signal: deps.signal, ...stream }, commands);
            let meta;
            try {
                meta = JSON.parse((0, node_fs_1.readFileSync)(metadataFile, 'utf8'));
            }
            catch {
                throw new errors_js_1.ToolError('docker buildx build wrote no metadata file; is buildx older than 0.6?');
            }
            const digest = meta['containerimage.digest'];
            if (typeof digest !== 'string' || !/^sha256:[a-f0-9]{64}$/.test(digest)) {
                throw new errors_js_1.ToolError(`docker buildx build reported no pushed digest (metadata: ${JSON.stringify(meta).slice(0, 300)})`);
            }
            return { digest, commands };
        }
        const env = builderEnv(baseEnv);
        const authFile = (0, node_path_1.join)(dir, 'auth.json');
        const digestFile = (0, node_path_1.join)(dir, 'digest');
        const local = `localhost/keelson-build-${(0, node_crypto_1.randomBytes)(6).toString('hex')}`;
        const tls = `--tls-verify=${login.insecure ? 'false' : 'true'}`;
        await checked([
            ...buildahGlobal(spec),
            'login',
            '--authfile',
            authFile,
            tls,
            '--username',
            login.username,
            '--password-stdin',
            login.host,
        ], { env, input: login.password, signal: deps.signal, ...stream }, commands);
        const argv = buildahArgv(spec, local, authFile, digestFile, secrets, login.insecure);
        try {
            await checked(argv.build, { env: { ...env, ...spec.buildArgs }, signal: deps.signal, ...stream }, commands);
            await checked(argv.push, { env, signal: deps.signal, ...stream }, commands);
        }
        finally {
            commands.push(argv.cleanup);
            await (0, exec_js_1.run)(argv.cleanup, { env });
        }
        const digest = (0, node_fs_1.readFileSync)(digestFile, 'utf8').trim();
        if (!/^sha256:[a-f0-9]{64}$/.test(digest))
            throw new errors_js_1.ToolError(`buildah push wrote no digest (got '${digest.slice(0, 80)}')`);
        return { digest, commands };
    }
    finally {
        (0, node_fs_1.rmSync)(dir, { recursive: true, force: true });
    }
}


/***/ }),

/***/ 7924:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

var __webpack_unused_export__;

__webpack_unused_export__ = ({ value: true });
exports.pushImage = pushImage;
/**
 * ecr-push: ensure the repository, skip the build when this commit's image is already there (a re-run,
 * also against an immutable repository, is a success that reports the existing digest), otherwise log in,
 * build and push under the commit tag, then put every other tag on that digest with PutImage (no second
 * upload). Tags that would have to move in an immutable repository fail before anything is built.
 */
const errors_js_1 = __webpack_require__(7268);
const builders_js_1 = __webpack_require__(7776);
const refs_js_1 = __webpack_require__(682);
const registry_login_js_1 = __webpack_require__(6215);
const repository_js_1 = __webpack_require__(9532);
const tagging_js_1 = __webpack_require__(2957);
const tags_js_1 = __webpack_require__(4481);
async function conflictsBeforeBuild(ecr, repo, tags) {
    const held = [];
    for (const tag of tags) {
        if (!(0, tags_js_1.tagIsImmutable)(repo, tag))
            continue;
        const current = await ecr.describeImage(repo.repositoryName, { tag }, repo.registryId);
        if (current)
            held.push(`'${tag}' (on sha256:${(0, tagging_js_1.short)(current.digest)}…)`);
    }
    if (held.length > 0) {
        throw new errors_js_1.PolicyError(`Tag${held.length > 1 ? 's' : ''} ${held.join(', ')} already exist${held.length > 1 ? '' : 's'} in repository ` +
            `'${repo.repositoryName}', whose tags are immutable (${repo.imageTagMutability}), so this commit's image ` +
            'could not take them. Nothing was built or pushed. Use tags that never move (the commit tag, {{version}}), ' +
            'or exclude moving tags from immutability with image-tag-mutability-exclusions.');
    }
}
async function pushImage(s, deps) {
    const { ecr, log } = deps;
    const ensured = await (0, repository_js_1.ensureRepository)(ecr, s.repository);
    const repo = ensured.repository;
    const host = repo.repositoryUri.split('/')[0];
    log(ensured.created
        ? `Created repository ${repo.repositoryUri} (${repo.imageTagMutability}, scan on push ${repo.scanOnPush}, ${repo.encryptionType}).`
        : `Repository ${repo.repositoryUri} exists (${repo.imageTagMutability}).`);
    const existing = s.skipExisting
        ? await ecr.describeImage(repo.repositoryName, { tag: s.tags.commitTag }, repo.registryId)
        : undefined;
    let digest;
    let commands = [];
    if (existing) {
        digest = existing.digest;
        log(`${s.tags.commitTag} is already in ${repo.repositoryName} as ${digest}: build skipped.`);
    }
    else {
        await conflictsBeforeBuild(ecr, repo, s.tags.tags);
        const login = await (0, registry_login_js_1.registryLogin)(ecr, repo.registryId, deps.addSecret);
        const pushRef = `${host}/${repo.repositoryName}:${s.tags.commitTag}`;
        const cacheRef = s.build.cacheRepository ? `${host}/${s.build.cacheRepository}:buildcache` : undefined;
        log(`Building with ${s.build.builder} and pushing ${pushRef}.`);
        const stream = deps.streamBuild ?? ((fn) => fn(() => undefined));
        const built = await stream((write) => (0, builders_js_1.build)({ ...s.build, pushRef, cacheRef }, login, {
            onOutput: write,
            env: deps.env,
            tempDir: deps.tempDir,
            signal: deps.signal,
        }));
        digest = built.digest;
        commands = built.commands;
    }
    const manifest = await ecr.getManifest(repo.repositoryName, { digest }, repo.registryId);
    if (!manifest)
        throw new Error(`${digest} was pushed but ECR does not return its manifest`);
    const plan = await (0, tagging_js_1.planTags)(ecr, repo, digest, s.tags.tags);
    const tags = await (0, tagging_js_1.applyTags)(ecr, repo, manifest, plan);
    const detail = await ecr.describeImage(repo.repositoryName, { digest }, repo.registryId);
    const missing = s.tags.tags.filter((t) => !detail?.tags.includes(t));
    if (!detail || missing.length > 0) {
        throw new Error(`After the push, ${repo.repositoryName}@${digest} lacks tags: ${missing.join(', ')}`);
    }
    return {
        image: (0, refs_js_1.formatImage)(host, repo.repositoryName, digest),
        digest,
        repositoryUri: repo.repositoryUri,
        tags,
        skipped: existing !== undefined,
        sizeInBytes: detail.sizeInBytes,
        mediaType: manifest.mediaType,
        ensured,
        builder: s.build.builder,
        commands,
    };
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

/***/ 9532:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.DEFAULT_TAG_MUTABILITY = void 0;
exports.ensureRepository = ensureRepository;
/**
 * Ensure the repository ecr-push pushes to: create it with the requested settings when it is missing; an
 * existing repository is never changed — each setting the inputs asked for that differs is reported instead
 * (the platform team's Terraform, not a build step, owns a repository once it exists).
 */
const errors_js_1 = __webpack_require__(7268);
exports.DEFAULT_TAG_MUTABILITY = 'IMMUTABLE';
function canonicalJson(text) {
    const sort = (v) => Array.isArray(v)
        ? v.map(sort)
        : v && typeof v === 'object'
            ? Object.fromEntries(Object.keys(v)
                .sort()
                .map((k) => [k, sort(v[k])]))
            : v;
    try {
        return JSON.stringify(sort(JSON.parse(text)));
    }
    catch {
        return text;
    }
}
function fromApi(e, s) {
    const code = e.code;
    const message = e.message;
    if (code === 'InvalidParameterException' && /LifecyclePolicyText|Lifecycle policy/i.test(message)) {
        throw new errors_js_1.InputError('lifecycle-policy', `Invalid input 'lifecycle-policy': ECR refused ${s.lifecyclePolicy?.file}: ${message}`);
    }
    if (code === 'InvalidParameterException' && /repositoryName/.test(message)) {
        throw new errors_js_1.InputError('repository', `Invalid input 'repository': '${s.name}'. ${message}`);
    }
    if (code === 'KmsException')
        throw new errors_js_1.InputError('kms-key', `Invalid input 'kms-key': '${s.kmsKey}'. ${message}`);
    if (code === 'InvalidParameterException' && /exclusion/i.test(message)) {
        throw new errors_js_1.InputError('image-tag-mutability-exclusions', `Invalid input 'image-tag-mutability-exclusions': ${message}`);
    }
    throw e;
}
async function ensureRepository(ecr, s) {
    const existing = await ecr.describeRepository(s.name, s.registryId);
    if (!existing) {
        let repository;
        try {
            repository = await ecr.createRepository({
                repositoryName: s.name,
                registryId: s.registryId,
                imageTagMutability: s.tagMutability ?? exports.DEFAULT_TAG_MUTABILITY,
                imageTagMutabilityExclusionFilters: s.tagMutabilityExclusions ?? [],
                scanOnPush: s.scanOnPush ?? true,
                encryptionType: s.kmsKey ? 'KMS' : 'AES256',
                kmsKey: s.kmsKey,
            });
        }
        catch (e) {
            if (e.code === 'RepositoryAlreadyExistsException') {
                // Created by a concurrent run between our describe and create: treat as existing.
                return ensureRepository(ecr, s);
            }
            fromApi(e, s);
        }
        if (s.lifecyclePolicy) {
            try {
                await ecr.putLifecyclePolicy(s.name, s.lifecyclePolicy.text, repository.registryId);
            }
            catch (e) {
                // Leave things as they were: the repository this step just made (still empty) goes again.
                await ecr.deleteRepository(s.name, repository.registryId).catch(() => undefined);
                fromApi(e, s);
            }
        }
        return { repository, created: true, lifecyclePolicyApplied: Boolean(s.lifecyclePolicy), differences: [] };
    }
    const differences = [];
    const diff = (setting, input, wanted, actual) => {
        if (wanted !== actual)
            differences.push({ setting, input, wanted, actual });
    };
    if (s.tagMutability)
        diff('imageTagMutability', 'image-tag-mutability', s.tagMutability, existing.imageTagMutability);
    if (s.tagMutabilityExclusions) {
        diff('imageTagMutabilityExclusionFilters', 'image-tag-mutability-exclusions', [...s.tagMutabilityExclusions].sort().join(', ') || '(none)', [...existing.imageTagMutabilityExclusionFilters].sort().join(', ') || '(none)');
    }
    if (s.scanOnPush !== undefined)
        diff('scanOnPush', 'scan-on-push', String(s.scanOnPush), String(existing.scanOnPush));
    if (s.kmsKey) {
        diff('encryption', 'kms-key', `KMS ${s.kmsKey}`, existing.encryptionType === 'AES256'
            ? 'AES256'
            : `${existing.encryptionType} ${existing.kmsKey ?? ''}`.trim());
    }
    if (s.lifecyclePolicy) {
        const actual = await ecr.getLifecyclePolicy(s.name, existing.registryId);
        if (actual === undefined) {
            differences.push({
                setting: 'lifecyclePolicy',
                input: 'lifecycle-policy',
                wanted: s.lifecyclePolicy.file,
                actual: '(none)',
            });
        }
        else if (canonicalJson(actual) !== canonicalJson(s.lifecyclePolicy.text)) {
            differences.push({
                setting: 'lifecyclePolicy',
                input: 'lifecycle-policy',
                wanted: s.lifecyclePolicy.file,
                actual: 'a different policy',
            });
        }
    }
    return { repository: existing, created: false, lifecyclePolicyApplied: false, differences };
}


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


/***/ }),

/***/ 766:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.childEnv = childEnv;
exports.run = run;
exports.runChecked = runChecked;
exports.displayArgv = displayArgv;
/**
 * Runs commands as argv arrays (never a shell string built from inputs), captures output, and leaves the exit
 * code to the caller: `run` never throws on a non-zero exit, `runChecked` throws a ToolError naming the command.
 * Everything streamed or kept passes through the masker.
 */
const errors_js_1 = __webpack_require__(7268);
/**
 * Runner variables that carry credentials a child process was not given: every action input (the
 * `github-token` default among them), post-step state, GITHUB_TOKEN, and the runner's own tokens for the
 * cache, artifact and OIDC services.
 */
const WITHHELD = /^(INPUT_.*|STATE_.*|GITHUB_TOKEN|ACTIONS_RUNTIME_TOKEN|ACTIONS_RUNTIME_URL|ACTIONS_RESULTS_URL|ACTIONS_CACHE_URL|ACTIONS_ID_TOKEN_REQUEST_TOKEN|ACTIONS_ID_TOKEN_REQUEST_URL)$/i;
/**
 * The environment for a child process (terraform and its providers, the test command): `env` without the
 * withheld variables, except those named in `pass` (the `pass-env` input).
 */
function childEnv(env, pass = []) {
    const keep = new Set(pass.map((n) => n.toUpperCase()));
    const out = {};
    for (const [k, v] of Object.entries(env)) {
        if (v === undefined)
            continue;
        if (WITHHELD.test(k) && !keep.has(k.toUpperCase()))
            continue;
        out[k] = v;
    }
    return out;
}
async function run(argv, opts = {}) {
    if (argv.length === 0 || !argv[0])
        throw new errors_js_1.ToolError('exec: empty command');
    const { spawn } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 1421, 23));
    const m = opts.masker ?? { mask: (t) => t };
    const max = opts.maxBuffer ?? 64 * 1024 * 1024;
    return new Promise((resolve, reject) => {
        const child = spawn(argv[0], argv.slice(1), {
            cwd: opts.cwd,
            env: childEnv(opts.env ?? process.env, opts.passEnv),
            shell: false,
            stdio: ['pipe', 'pipe', 'pipe'],
            signal: opts.signal,
        });
        const out = { stdout: '', stderr: '', truncated: false };
        const collect = (stream) => (buf) => {
            const text = buf.toString('utf8');
            opts.onOutput?.(m.mask(text), stream);
            let next = out[stream] + text;
            if (next.length > max) {
                next = next.slice(next.length - max);
                out.truncated = true;
            }
            out[stream] = next;
        };
        child.stdout.on('data', collect('stdout'));
        child.stderr.on('data', collect('stderr'));
        child.on('error', (err) => {
            if (err.code === 'ENOENT') {
                reject(new errors_js_1.ToolError(`Command not found: '${argv[0]}'. Install it or put it on PATH.`));
            }
            else if (err.name === 'AbortError') {
                reject(new errors_js_1.ToolError(`Command '${argv[0]}' was cancelled.`));
            }
            else {
                reject(err);
            }
        });
        child.on('close', (code, signal) => {
            resolve({
                argv: [...argv],
                exitCode: code ?? 128,
                signal: signal ?? undefined,
                stdout: m.mask(out.stdout),
                stderr: m.mask(out.stderr),
                truncated: out.truncated,
            });
        });
        child.stdin.on('error', () => undefined);
        child.stdin.end(opts.input ?? '');
    });
}
/** Like run, but a non-zero exit (outside `okCodes`) is a ToolError with the command and its last stderr lines. */
async function runChecked(argv, opts = {}) {
    const result = await run(argv, opts);
    const ok = opts.okCodes ?? [0];
    if (!ok.includes(result.exitCode)) {
        const tail = (result.stderr.trim() || result.stdout.trim()).split('\n').slice(-10).join('\n');
        throw new errors_js_1.ToolError(`'${displayArgv(argv)}' failed with exit code ${result.exitCode}${result.signal ? ` (${result.signal})` : ''}` +
            (tail ? `:\n${tail}` : ''));
    }
    return result;
}
/** For logs only: quotes arguments with spaces (printing masks secrets). */
function displayArgv(argv) {
    return argv.map((a) => (/^[\w@%+=:,./-]+$/.test(a) ? a : JSON.stringify(a))).join(' ');
}


/***/ })

};
