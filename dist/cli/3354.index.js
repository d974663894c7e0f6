export const id = 3354;
export const ids = [3354];
export const modules = {

/***/ 56874:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.SigV4Error = void 0;
exports.signedRequest = signedRequest;
exports.sha256Hex = sha256Hex;
exports.hmac = hmac;
exports.signingKey = signingKey;
exports.sameHex = sameHex;
exports.rfc3986 = rfc3986;
exports.canonicalQuery = canonicalQuery;
exports.parseAmzDate = parseAmzDate;
exports.verifySigV4 = verifySigV4;
/**
 * Server-side AWS Signature Version 4 verification for the emulated AWS control planes (ECR, ELBv2, EKS) and the
 * primitives the EKS token check shares with it: the
 * canonical request is rebuilt from the bytes that arrived, independently of any SDK signer, and the
 * signature recomputed with the emulator's own credentials. Error codes and messages are AWS's.
 */
const node_crypto_1 = __webpack_require__(77598);
class SigV4Error extends Error {
    code;
    status;
    constructor(code, message, status = 400) {
        super(message);
        this.code = code;
        this.status = status;
    }
}
exports.SigV4Error = SigV4Error;
/** The request as it arrived: method, escaped path, raw query, headers and the body's bytes. */
function signedRequest(req, body) {
    const url = new URL(req.url ?? '/', 'http://localhost');
    return {
        method: req.method ?? 'GET',
        path: url.pathname,
        rawQuery: url.search.replace(/^\?/, ''),
        headers: req.headers,
        body,
    };
}
function sha256Hex(data) {
    return (0, node_crypto_1.createHash)('sha256').update(data).digest('hex');
}
function hmac(key, data) {
    return (0, node_crypto_1.createHmac)('sha256', key).update(data, 'utf8').digest();
}
function signingKey(secret, date, region, service) {
    return hmac(hmac(hmac(hmac(`AWS4${secret}`, date), region), service), 'aws4_request');
}
/** Constant-time comparison of two hex signatures. */
function sameHex(a, b) {
    const ba = Buffer.from(a, 'utf8');
    const bb = Buffer.from(b, 'utf8');
    return ba.length === bb.length && (0, node_crypto_1.timingSafeEqual)(ba, bb);
}
function rfc3986(value) {
    return encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
/** The canonical URI the AWS SDK signs: each segment of the (already escaped) path escaped once more. */
function canonicalUri(path) {
    const segments = [];
    for (const s of path.split('/')) {
        if (s === '' || s === '.')
            continue;
        if (s === '..')
            segments.pop();
        else
            segments.push(s);
    }
    const normalised = `${path.startsWith('/') ? '/' : ''}${segments.join('/')}${segments.length && path.endsWith('/') ? '/' : ''}`;
    return rfc3986(normalised).replace(/%2F/g, '/');
}
/** Decoded query pairs → the canonical query string (each side escaped, sorted by key then value). */
function canonicalQuery(pairs) {
    return pairs
        .map(([k, v]) => [rfc3986(k), rfc3986(v)])
        .sort(([a, av], [b, bv]) => (a < b ? -1 : a > b ? 1 : av < bv ? -1 : av > bv ? 1 : 0))
        .map(([k, v]) => `${k}=${v}`)
        .join('&');
}
function queryPairs(raw) {
    return raw
        .split('&')
        .filter(Boolean)
        .map((p) => {
        const eq = p.indexOf('=');
        return [
            decodeURIComponent(eq >= 0 ? p.slice(0, eq) : p),
            decodeURIComponent(eq >= 0 ? p.slice(eq + 1) : ''),
        ];
    });
}
/** Parse `20060102T150405Z` (the X-Amz-Date layout); NaN when malformed. */
function parseAmzDate(s) {
    const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(s);
    if (!m)
        return Number.NaN;
    return Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +m[6]);
}
function header(headers, name) {
    const v = headers[name];
    return Array.isArray(v) ? v[0] : v;
}
/**
 * Verifies an `Authorization: AWS4-HMAC-SHA256 …` header-signed request; returns who signed it. With `region`,
 * a signature scoped to another region is refused the way AWS refuses it.
 */
function verifySigV4(req, opts) {
    const auth = header(req.headers, 'authorization') ?? '';
    const m = /^AWS4-HMAC-SHA256 Credential=([^,\s]+),\s*SignedHeaders=([^,\s]+),\s*Signature=([0-9a-f]+)$/.exec(auth);
    if (!m)
        throw new SigV4Error('MissingAuthenticationTokenException', 'Missing Authentication Token');
    const [accessKeyId = '', date = '', region = '', service = '', terminator = ''] = m[1].split('/');
    if (terminator !== 'aws4_request' || service !== opts.service) {
        throw new SigV4Error('InvalidSignatureException', `Credential should be scoped to correct service: '${opts.service}'.`);
    }
    if (opts.region !== undefined && region !== opts.region) {
        throw new SigV4Error('InvalidSignatureException', `Credential should be scoped to a valid region, not '${region}'.`);
    }
    const cred = opts.credentials.find((c) => c.accessKeyId === accessKeyId);
    const token = header(req.headers, 'x-amz-security-token');
    if (!cred || (cred.sessionToken ?? undefined) !== token) {
        throw new SigV4Error('UnrecognizedClientException', 'The security token included in the request is invalid.');
    }
    const amzDate = header(req.headers, 'x-amz-date') ?? '';
    const signedAt = parseAmzDate(amzDate);
    if (Number.isNaN(signedAt) || date !== amzDate.slice(0, 8)) {
        throw new SigV4Error('InvalidSignatureException', 'Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP');
    }
    if (Math.abs(opts.now - signedAt) > 5 * 60_000) {
        throw new SigV4Error('InvalidSignatureException', `Signature expired: ${amzDate} is now earlier or later than the server time (5 min.)`);
    }
    let canonicalHeaders = '';
    for (const h of m[2].split(';')) {
        const v = req.headers[h];
        if (v === undefined) {
            throw new SigV4Error('InvalidSignatureException', 'The request signature we calculated does not match the signature you provided.');
        }
        const value = Array.isArray(v) ? v.join(',') : v;
        canonicalHeaders += `${h}:${value.trim().replace(/\s+/g, ' ')}\n`;
    }
    const canonicalRequest = [
        req.method,
        canonicalUri(req.path),
        canonicalQuery(queryPairs(req.rawQuery)),
        canonicalHeaders,
        m[2],
        sha256Hex(req.body),
    ].join('\n');
    const scope = `${date}/${region}/${service}/aws4_request`;
    const stringToSign = ['AWS4-HMAC-SHA256', amzDate, scope, sha256Hex(canonicalRequest)].join('\n');
    const expected = hmac(signingKey(cred.secretAccessKey, date, region, service), stringToSign).toString('hex');
    if (!sameHex(expected, m[3])) {
        throw new SigV4Error('InvalidSignatureException', 'The request signature we calculated does not match the signature you provided. Check your AWS Secret ' +
            'Access Key and signing method. Consult the service documentation for details.');
    }
    return { credential: cred, region };
}


/***/ }),

/***/ 78774:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.OPERATIONS = exports.EcrApiError = void 0;
exports.operationOf = operationOf;
exports.validateLifecyclePolicy = validateLifecyclePolicy;
/**
 * The ECR control plane (AWS JSON 1.1, `X-Amz-Target: AmazonEC2ContainerRegistry_V20150921.<Operation>`) as
 * far as Keelson uses it, with SigV4 verified and the error codes and messages of the ECR API reference. Image
 * operations read and write the real registry behind each emulated registry.
 */
const node_crypto_1 = __webpack_require__(77598);
const backend_js_1 = __webpack_require__(53054);
const state_js_1 = __webpack_require__(55319);
class EcrApiError extends Error {
    code;
    status;
    constructor(code, message, status = 400) {
        super(message);
        this.code = code;
        this.status = status;
    }
}
exports.EcrApiError = EcrApiError;
const TARGET_PREFIX = 'AmazonEC2ContainerRegistry_V20150921.';
exports.OPERATIONS = {
    CreateRepository: createRepository,
    DescribeRepositories: describeRepositories,
    GetAuthorizationToken: getAuthorizationToken,
    DescribeImages: describeImages,
    BatchGetImage: batchGetImage,
    PutImage: putImage,
    BatchCheckLayerAvailability: batchCheckLayerAvailability,
    PutLifecyclePolicy: putLifecyclePolicy,
    GetLifecyclePolicy: getLifecyclePolicy,
    DeleteRepository: deleteRepository,
};
function operationOf(target) {
    if (!target?.startsWith(TARGET_PREFIX))
        return undefined;
    return target.slice(TARGET_PREFIX.length);
}
// ---------------------------------------------------------------------------------------------------------
// Validation helpers: messages as AWS's shape validation words them.
function constraint(field, rule) {
    return new EcrApiError('InvalidParameterException', `Invalid parameter at '${field}' failed to satisfy constraint: '${rule}'`);
}
function str(input, field, opts = {}) {
    const v = input[field];
    if (v === undefined || v === null) {
        if (opts.required)
            throw constraint(field, 'Member must not be null');
        return undefined;
    }
    if (typeof v !== 'string')
        throw new EcrApiError('SerializationException', `Expected a string for ${field}`);
    return v;
}
function repositoryName(input) {
    const name = str(input, 'repositoryName', { required: true });
    if (name.length < 2 || name.length > 256) {
        throw constraint('repositoryName', 'Member must have length between 2 and 256');
    }
    if (!state_js_1.REPOSITORY_NAME.test(name)) {
        throw constraint('repositoryName', `must satisfy regular expression '${state_js_1.REPOSITORY_NAME.source.slice(1, -1)}'`);
    }
    return name;
}
function registryFor(ctx, input) {
    const id = str(input, 'registryId') ?? ctx.accountId;
    if (!/^[0-9]{12}$/.test(id))
        throw constraint('registryId', "must satisfy regular expression '[0-9]{12}'");
    const reg = ctx.registries.find((r) => r.accountId === id && r.region === ctx.region);
    if (!reg) {
        throw new EcrApiError('RegistryNotFoundException', `The registry with id '${id}' does not exist in ${ctx.region}.`);
    }
    return reg;
}
function repositoryIn(reg, name) {
    const repo = reg.repositories.get(name);
    if (!repo) {
        throw new EcrApiError('RepositoryNotFoundException', `The repository with name '${name}' does not exist in the registry with id '${reg.accountId}'`);
    }
    return repo;
}
function epochSeconds(ms) {
    return ms / 1000;
}
function repositoryJson(r) {
    return {
        repositoryArn: r.repositoryArn,
        registryId: r.registryId,
        repositoryName: r.repositoryName,
        repositoryUri: r.repositoryUri,
        createdAt: epochSeconds(r.createdAt),
        imageTagMutability: r.imageTagMutability,
        ...(r.imageTagMutabilityExclusionFilters.length > 0
            ? { imageTagMutabilityExclusionFilters: r.imageTagMutabilityExclusionFilters }
            : {}),
        imageScanningConfiguration: r.imageScanningConfiguration,
        encryptionConfiguration: r.encryptionConfiguration,
    };
}
const MUTABILITIES = [
    'MUTABLE',
    'IMMUTABLE',
    'MUTABLE_WITH_EXCLUSION',
    'IMMUTABLE_WITH_EXCLUSION',
];
// ---------------------------------------------------------------------------------------------------------
// Operations
async function createRepository(ctx, input) {
    const reg = registryFor(ctx, input);
    const name = repositoryName(input);
    const mutability = (str(input, 'imageTagMutability') ?? 'MUTABLE');
    if (!MUTABILITIES.includes(mutability)) {
        throw constraint('imageTagMutability', `Member must satisfy enum value set: [${MUTABILITIES.join(', ')}]`);
    }
    const filtersRaw = input.imageTagMutabilityExclusionFilters;
    const filters = [];
    if (filtersRaw !== undefined) {
        if (!Array.isArray(filtersRaw))
            throw new EcrApiError('SerializationException', 'Expected a list');
        for (const f of filtersRaw) {
            const filter = str(f, 'filter', { required: true });
            if (f.filterType !== 'WILDCARD')
                throw constraint('filterType', 'Member must satisfy enum value set: [WILDCARD]');
            if (!/^[0-9a-zA-Z._*-]{1,128}$/.test(filter)) {
                throw constraint('filter', "must satisfy regular expression '^[0-9a-zA-Z._*-]{1,128}'");
            }
            filters.push({ filterType: 'WILDCARD', filter });
        }
    }
    const withExclusion = mutability.endsWith('_WITH_EXCLUSION');
    if (withExclusion !== filters.length > 0) {
        throw new EcrApiError('InvalidParameterException', withExclusion
            ? `imageTagMutabilityExclusionFilters must be specified when imageTagMutability is ${mutability}.`
            : `imageTagMutabilityExclusionFilters can only be specified with IMMUTABLE_WITH_EXCLUSION or MUTABLE_WITH_EXCLUSION.`);
    }
    const scan = input.imageScanningConfiguration?.scanOnPush;
    const enc = input.encryptionConfiguration ?? {};
    const encryptionType = enc.encryptionType ?? 'AES256';
    if (!['AES256', 'KMS', 'KMS_DSSE'].includes(encryptionType)) {
        throw constraint('encryptionType', 'Member must satisfy enum value set: [AES256, KMS, KMS_DSSE]');
    }
    let kmsKey = enc.kmsKey;
    if (encryptionType === 'AES256' && kmsKey) {
        throw new EcrApiError('InvalidParameterException', 'A KMS key cannot be specified when the encryption type is AES256.');
    }
    if (encryptionType !== 'AES256') {
        if (kmsKey !== undefined &&
            !/^(arn:aws[a-z-]*:kms:[a-z0-9-]+:\d{12}:(key|alias)\/.+|alias\/.+|[0-9a-f-]{36})$/.test(kmsKey)) {
            throw new EcrApiError('KmsException', `Invalid KMS key '${kmsKey}'.`);
        }
        kmsKey ??= `arn:aws:kms:${reg.region}:${reg.accountId}:key/aws/ecr`;
    }
    if (reg.repositories.has(name)) {
        throw new EcrApiError('RepositoryAlreadyExistsException', `The repository with name '${name}' already exists in the registry with id '${reg.accountId}'`);
    }
    const repo = {
        repositoryName: name,
        repositoryArn: `arn:aws:ecr:${reg.region}:${reg.accountId}:repository/${name}`,
        registryId: reg.accountId,
        repositoryUri: `${reg.host}/${name}`,
        createdAt: ctx.clock.now(),
        imageTagMutability: mutability,
        imageTagMutabilityExclusionFilters: filters,
        imageScanningConfiguration: { scanOnPush: scan === true },
        encryptionConfiguration: { encryptionType: encryptionType, ...(kmsKey ? { kmsKey } : {}) },
        pushedAt: new Map(),
    };
    reg.repositories.set(name, repo);
    return { repository: repositoryJson(repo) };
}
async function describeRepositories(ctx, input) {
    const reg = registryFor(ctx, input);
    const names = input.repositoryNames;
    if (names !== undefined) {
        if (!Array.isArray(names) || names.length < 1 || names.length > 100) {
            throw constraint('repositoryNames', 'Member must have length between 1 and 100');
        }
        return { repositories: names.map((n) => repositoryJson(repositoryIn(reg, n))) };
    }
    return { repositories: [...reg.repositories.values()].map(repositoryJson) };
}
async function getAuthorizationToken(ctx, input) {
    const ids = input.registryIds ?? [ctx.accountId];
    const expiresAt = ctx.clock.now() + ctx.tokenTtlMs;
    const authorizationData = ids.map((id) => {
        const reg = registryFor(ctx, { registryId: id });
        const password = (0, node_crypto_1.randomBytes)(48).toString('base64url');
        reg.passwords.set(password, expiresAt);
        return {
            authorizationToken: Buffer.from(`AWS:${password}`).toString('base64'),
            expiresAt: epochSeconds(expiresAt),
            proxyEndpoint: reg.endpoint,
        };
    });
    return { authorizationData };
}
function imageIds(input, max) {
    const ids = input.imageIds;
    if (ids === undefined)
        return undefined;
    if (!Array.isArray(ids) || ids.length < 1 || ids.length > max) {
        throw constraint('imageIds', `Member must have length between 1 and ${max}`);
    }
    return ids;
}
async function describeImages(ctx, input) {
    const reg = registryFor(ctx, input);
    const repo = repositoryIn(reg, repositoryName(input));
    const all = await reg.images(repo);
    const ids = imageIds(input, 100);
    let selected = all;
    if (ids) {
        selected = [];
        for (const id of ids) {
            if (!id.imageDigest && !id.imageTag) {
                throw new EcrApiError('InvalidParameterException', 'Invalid parameter: imageId must have a digest or a tag');
            }
            const hit = all.find((i) => (!id.imageDigest || i.digest === id.imageDigest) && (!id.imageTag || i.tags.includes(id.imageTag)));
            if (!hit) {
                const what = id.imageTag && id.imageDigest
                    ? `imageDigest=${id.imageDigest}, imageTag=${id.imageTag}`
                    : id.imageTag
                        ? `imageTag=${id.imageTag}`
                        : `imageDigest=${id.imageDigest}`;
                throw new EcrApiError('ImageNotFoundException', `The image with imageId {${what}} does not exist within the repository with name '${repo.repositoryName}' in the registry with id '${reg.accountId}'`);
            }
            if (!selected.includes(hit))
                selected.push(hit);
        }
    }
    const tagStatus = input.filter?.tagStatus;
    if (tagStatus === 'TAGGED')
        selected = selected.filter((i) => i.tags.length > 0);
    if (tagStatus === 'UNTAGGED')
        selected = selected.filter((i) => i.tags.length === 0);
    return {
        imageDetails: selected.map((i) => ({
            registryId: reg.accountId,
            repositoryName: repo.repositoryName,
            imageDigest: i.digest,
            ...(i.tags.length > 0 ? { imageTags: i.tags } : {}),
            imageSizeInBytes: i.sizeInBytes,
            imagePushedAt: epochSeconds(i.pushedAt),
            imageManifestMediaType: i.mediaType,
            ...(i.artifactMediaType ? { artifactMediaType: i.artifactMediaType } : {}),
        })),
    };
}
async function batchGetImage(ctx, input) {
    const reg = registryFor(ctx, input);
    const repo = repositoryIn(reg, repositoryName(input));
    const ids = imageIds(input, 100);
    if (!ids)
        throw constraint('imageIds', 'Member must not be null');
    const accepted = input.acceptedMediaTypes ?? [
        'application/vnd.docker.distribution.manifest.v1+json',
    ];
    const images = [];
    const failures = [];
    for (const id of ids) {
        const fail = (failureCode, failureReason) => {
            failures.push({ imageId: id, failureCode, failureReason });
        };
        if (!id.imageDigest && !id.imageTag) {
            fail('MissingDigestAndTag', 'Missing image digest and tag');
            continue;
        }
        if (id.imageDigest && !state_js_1.DIGEST.test(id.imageDigest)) {
            fail('InvalidImageDigest', 'Invalid image digest');
            continue;
        }
        if (id.imageTag && !state_js_1.TAG.test(id.imageTag)) {
            fail('InvalidImageTag', 'Invalid image tag');
            continue;
        }
        let digest = id.imageDigest;
        if (id.imageTag) {
            const tagged = await reg.backend.resolve(repo.repositoryName, id.imageTag);
            if (!tagged) {
                fail('ImageNotFound', 'Requested image not found');
                continue;
            }
            if (digest && tagged !== digest) {
                fail('ImageTagDoesNotMatchDigest', 'Provided tag does not match the given digest');
                continue;
            }
            digest = tagged;
        }
        const m = await reg.backend.manifest(repo.repositoryName, digest);
        if (!m) {
            fail('ImageNotFound', 'Requested image not found');
            continue;
        }
        if (!accepted.includes(m.mediaType)) {
            // ECR converts nothing but Docker v2 schema 2 → schema 1, which this emulator does not model.
            fail('ImageNotFound', `Requested image not found in an accepted media type (${accepted.join(', ')})`);
            continue;
        }
        images.push({
            registryId: reg.accountId,
            repositoryName: repo.repositoryName,
            imageId: { imageDigest: m.digest, ...(id.imageTag ? { imageTag: id.imageTag } : {}) },
            imageManifest: m.bytes.toString('utf8'),
            imageManifestMediaType: m.mediaType,
        });
    }
    return { images, failures };
}
async function putImage(ctx, input) {
    const reg = registryFor(ctx, input);
    const repo = repositoryIn(reg, repositoryName(input));
    const manifestText = str(input, 'imageManifest', { required: true });
    if (manifestText.length < 1 || manifestText.length > 4_194_304) {
        throw constraint('imageManifest', 'Member must have length between 1 and 4194304');
    }
    const bytes = Buffer.from(manifestText, 'utf8');
    const doc = (0, backend_js_1.parseManifest)(bytes);
    if (!doc)
        throw new EcrApiError('InvalidParameterException', "Invalid parameter at 'imageManifest': not valid JSON");
    const mediaType = str(input, 'imageManifestMediaType') ?? doc.mediaType;
    if (!mediaType || !backend_js_1.MANIFEST_TYPES.includes(mediaType)) {
        throw new EcrApiError('InvalidParameterException', `Invalid parameter at 'imageManifestMediaType': unsupported media type '${mediaType ?? ''}'`);
    }
    if (doc.mediaType && doc.mediaType !== mediaType) {
        throw new EcrApiError('InvalidParameterException', `Invalid parameter at 'ImageManifest' failed to satisfy constraint: 'mediaType ${doc.mediaType} does not match imageManifestMediaType ${mediaType}'`);
    }
    const digest = (0, backend_js_1.sha256Digest)(bytes);
    const givenDigest = str(input, 'imageDigest');
    if (givenDigest && givenDigest !== digest) {
        throw new EcrApiError('ImageDigestDoesNotMatchException', `The imageDigest '${givenDigest}' does not match the digest of the manifest, '${digest}'.`);
    }
    const tag = str(input, 'imageTag');
    if (tag !== undefined && !state_js_1.TAG.test(tag)) {
        throw constraint('imageTag', 'Member must have length between 1 and 300 and match the tag format');
    }
    const reference = tag ?? digest;
    const existing = tag ? await reg.backend.resolve(repo.repositoryName, tag) : undefined;
    if (tag && existing === digest) {
        throw new EcrApiError('ImageAlreadyExistsException', `Image with digest '${digest}' and tag '${tag}' already exists in the repository with name '${repo.repositoryName}' in registry with id '${reg.accountId}'`);
    }
    if (!tag && (await reg.backend.manifest(repo.repositoryName, digest))) {
        throw new EcrApiError('ImageAlreadyExistsException', `Image with digest '${digest}' already exists in the repository with name '${repo.repositoryName}' in registry with id '${reg.accountId}'`);
    }
    if (tag && existing && (0, state_js_1.tagIsImmutable)(repo, tag)) {
        throw new EcrApiError('ImageTagAlreadyExistsException', `The image tag '${tag}' already exists in the '${repo.repositoryName}' repository and cannot be overwritten because the tag is immutable.`);
    }
    // Check references the way ECR does before storing: an index needs its manifests, an image its blobs.
    if (backend_js_1.INDEX_TYPES.has(mediaType)) {
        const missing = [];
        for (const child of doc.manifests ?? []) {
            if (!(await reg.backend.manifest(repo.repositoryName, child.digest)))
                missing.push(child.digest);
        }
        if (missing.length > 0) {
            throw new EcrApiError('ReferencedImagesNotFoundException', `The following referenced images were not found: ${missing.join(', ')}`);
        }
    }
    else {
        const blobs = [doc.config, ...(doc.layers ?? []).filter((l) => !l.urls?.length)].filter((b) => b !== undefined);
        const missing = [];
        for (const b of blobs) {
            if ((await reg.backend.blobSize(repo.repositoryName, b.digest)) === undefined)
                missing.push(b.digest);
        }
        if (missing.length > 0) {
            throw new EcrApiError('LayersNotFoundException', `Layers with digests '[${missing.join(', ')}]' required for pushing image into repository with name '${repo.repositoryName}' in the registry with id '${reg.accountId}' do not exist`);
        }
    }
    const r = await reg.backend.putManifest(repo.repositoryName, reference, mediaType, bytes);
    if (r.status !== 201) {
        throw new EcrApiError('InvalidParameterException', `Invalid parameter at 'imageManifest': the registry refused the manifest (${r.body.toString('utf8').slice(0, 300)})`);
    }
    reg.markPushed(repo, digest, ctx.clock.now());
    return {
        image: {
            registryId: reg.accountId,
            repositoryName: repo.repositoryName,
            imageId: { imageDigest: digest, ...(tag ? { imageTag: tag } : {}) },
            imageManifest: manifestText,
            imageManifestMediaType: mediaType,
        },
    };
}
async function batchCheckLayerAvailability(ctx, input) {
    const reg = registryFor(ctx, input);
    const repo = repositoryIn(reg, repositoryName(input));
    const digests = input.layerDigests;
    if (!Array.isArray(digests) || digests.length < 1 || digests.length > 100) {
        throw constraint('layerDigests', 'Member must have length between 1 and 100');
    }
    const layers = [];
    const failures = [];
    for (const d of digests) {
        if (!state_js_1.DIGEST.test(d)) {
            failures.push({
                layerDigest: d,
                failureCode: 'InvalidLayerDigest',
                failureReason: 'Invalid layer digest',
            });
            continue;
        }
        const size = await reg.backend.blobSize(repo.repositoryName, d);
        layers.push(size === undefined
            ? { layerDigest: d, layerAvailability: 'UNAVAILABLE' }
            : { layerDigest: d, layerAvailability: 'AVAILABLE', layerSize: size });
    }
    return { layers, failures };
}
function lifecycleError(why) {
    return new EcrApiError('InvalidParameterException', `Invalid parameter at 'LifecyclePolicyText' failed to satisfy constraint: 'Lifecycle policy validation failure: ${why}'`);
}
/** The rules ECR checks on a lifecycle policy document (ECR User Guide, lifecycle policy properties). */
function validateLifecyclePolicy(text) {
    let doc;
    try {
        doc = JSON.parse(text);
    }
    catch {
        throw lifecycleError('the policy is not valid JSON');
    }
    const rules = doc?.rules;
    if (!Array.isArray(rules) || rules.length === 0)
        throw lifecycleError('object has missing required properties (["rules"])');
    const priorities = new Set();
    for (const rule of rules) {
        const p = rule.rulePriority;
        if (typeof p !== 'number' || !Number.isInteger(p) || p < 1)
            throw lifecycleError('rulePriority must be an integer >= 1');
        if (priorities.has(p))
            throw lifecycleError(`rulePriority ${p} is used by more than one rule`);
        priorities.add(p);
        const sel = rule.selection;
        if (!sel)
            throw lifecycleError('object has missing required properties (["selection"])');
        if (!['tagged', 'untagged', 'any'].includes(sel.tagStatus)) {
            throw lifecycleError(`tagStatus must be one of tagged, untagged, any`);
        }
        if (sel.tagStatus === 'tagged' && !sel.tagPrefixList && !sel.tagPatternList) {
            throw lifecycleError('tagPrefixList or tagPatternList is required when tagStatus is tagged');
        }
        if (sel.countType === 'imageCountMoreThan') {
            if (sel.countUnit !== undefined)
                throw lifecycleError('countUnit is not allowed with imageCountMoreThan');
        }
        else if (sel.countType === 'sinceImagePushed') {
            if (sel.countUnit !== 'days')
                throw lifecycleError('countUnit must be days with sinceImagePushed');
        }
        else {
            throw lifecycleError('countType must be imageCountMoreThan or sinceImagePushed');
        }
        if (typeof sel.countNumber !== 'number' || !Number.isInteger(sel.countNumber) || sel.countNumber < 1) {
            throw lifecycleError('countNumber must be an integer >= 1');
        }
        if (rule.action?.type !== 'expire')
            throw lifecycleError('action.type must be expire');
    }
}
async function putLifecyclePolicy(ctx, input) {
    const reg = registryFor(ctx, input);
    const repo = repositoryIn(reg, repositoryName(input));
    const text = str(input, 'lifecyclePolicyText', { required: true });
    if (text.length < 100 || text.length > 30_720) {
        throw constraint('lifecyclePolicyText', 'Member must have length between 100 and 30720');
    }
    validateLifecyclePolicy(text);
    repo.lifecyclePolicyText = text;
    repo.lifecyclePolicyUpdatedAt = ctx.clock.now();
    return { registryId: reg.accountId, repositoryName: repo.repositoryName, lifecyclePolicyText: text };
}
async function getLifecyclePolicy(ctx, input) {
    const reg = registryFor(ctx, input);
    const repo = repositoryIn(reg, repositoryName(input));
    if (!repo.lifecyclePolicyText) {
        throw new EcrApiError('LifecyclePolicyNotFoundException', `Lifecycle policy does not exist for the repository with name '${repo.repositoryName}' in the registry with id '${reg.accountId}'`);
    }
    return {
        registryId: reg.accountId,
        repositoryName: repo.repositoryName,
        lifecyclePolicyText: repo.lifecyclePolicyText,
        lastEvaluatedAt: epochSeconds(repo.lifecyclePolicyUpdatedAt ?? repo.createdAt),
    };
}
async function deleteRepository(ctx, input) {
    const reg = registryFor(ctx, input);
    const repo = repositoryIn(reg, repositoryName(input));
    const images = await reg.images(repo);
    if (images.length > 0 && input.force !== true) {
        throw new EcrApiError('RepositoryNotEmptyException', `The repository with name '${repo.repositoryName}' in registry with id '${reg.accountId}' cannot be deleted because it still contains images`);
    }
    for (const i of images)
        await reg.backend.deleteManifest(repo.repositoryName, i.digest);
    reg.repositories.delete(repo.repositoryName);
    return { repository: repositoryJson(repo) };
}


/***/ }),

/***/ 53054:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Backend = exports.INDEX_TYPES = exports.MANIFEST_TYPES = void 0;
exports.sha256Digest = sha256Digest;
exports.parseManifest = parseManifest;
/**
 * The emulator's view of the real registry behind it: tags, manifests and blobs read through the OCI
 * distribution API on loopback. Nothing about images is stored by the emulator itself.
 */
const node_crypto_1 = __webpack_require__(77598);
const node_http_1 = __importDefault(__webpack_require__(37067));
exports.MANIFEST_TYPES = [
    'application/vnd.oci.image.index.v1+json',
    'application/vnd.docker.distribution.manifest.list.v2+json',
    'application/vnd.oci.image.manifest.v1+json',
    'application/vnd.docker.distribution.manifest.v2+json',
];
exports.INDEX_TYPES = new Set([exports.MANIFEST_TYPES[0], exports.MANIFEST_TYPES[1]]);
function sha256Digest(bytes) {
    return `sha256:${(0, node_crypto_1.createHash)('sha256').update(bytes).digest('hex')}`;
}
class Backend {
    url;
    constructor(url) {
        this.url = url;
    }
    request(method, path, opts = {}) {
        return new Promise((resolve, reject) => {
            const req = node_http_1.default.request(`${this.url}${path}`, { method, headers: opts.headers }, (res) => {
                const chunks = [];
                res.on('data', (c) => chunks.push(c));
                res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
                res.on('error', reject);
            });
            req.on('error', reject);
            req.end(opts.body);
        });
    }
    async tags(repo) {
        const r = await this.request('GET', `/v2/${repo}/tags/list?n=10000`);
        if (r.status === 404)
            return [];
        if (r.status !== 200)
            throw new Error(`registry tags/list ${repo}: HTTP ${r.status}`);
        const doc = JSON.parse(r.body.toString('utf8'));
        return (doc.tags ?? []).sort();
    }
    async manifest(repo, reference) {
        const r = await this.request('GET', `/v2/${repo}/manifests/${reference}`, {
            headers: { accept: exports.MANIFEST_TYPES.join(', ') },
        });
        if (r.status === 404)
            return undefined;
        if (r.status !== 200)
            throw new Error(`registry GET manifest ${repo}:${reference}: HTTP ${r.status}`);
        const digest = sha256Digest(r.body);
        const mediaType = String(r.headers['content-type'] ?? '').split(';')[0] ||
            (JSON.parse(r.body.toString('utf8')).mediaType ?? '');
        return { digest, mediaType, bytes: r.body };
    }
    /** The digest a tag points at, or undefined. */
    async resolve(repo, tag) {
        const r = await this.request('HEAD', `/v2/${repo}/manifests/${tag}`, {
            headers: { accept: exports.MANIFEST_TYPES.join(', ') },
        });
        if (r.status === 404)
            return undefined;
        if (r.status !== 200)
            throw new Error(`registry HEAD manifest ${repo}:${tag}: HTTP ${r.status}`);
        return String(r.headers['docker-content-digest'] ?? '');
    }
    async blobSize(repo, digest) {
        const r = await this.request('HEAD', `/v2/${repo}/blobs/${digest}`);
        if (r.status === 404)
            return undefined;
        if (r.status !== 200)
            throw new Error(`registry HEAD blob ${repo}@${digest}: HTTP ${r.status}`);
        return Number(r.headers['content-length'] ?? 0);
    }
    async putManifest(repo, reference, mediaType, bytes) {
        return this.request('PUT', `/v2/${repo}/manifests/${reference}`, {
            headers: { 'content-type': mediaType, 'content-length': String(bytes.length) },
            body: bytes,
        });
    }
    async deleteManifest(repo, digest) {
        return (await this.request('DELETE', `/v2/${repo}/manifests/${digest}`)).status;
    }
}
exports.Backend = Backend;
function parseManifest(bytes) {
    try {
        const doc = JSON.parse(bytes.toString('utf8'));
        return doc && typeof doc === 'object' && !Array.isArray(doc) ? doc : undefined;
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 92613:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.RegistryEndpoint = void 0;
/**
 * The emulated ECR registry endpoint (`<account>.dkr.ecr.<region>.amazonaws.com` in AWS; a loopback port
 * here) in front of a real registry. It does what ECR adds to the distribution API: Basic authentication with
 * the password from GetAuthorizationToken, repositories that must be created first, tag immutability on
 * manifest pushes, and blob mounting only when the registry's BLOB_MOUNTING setting allows it (same registry,
 * same encryption). Every request is recorded, so tests and the bench count blob uploads and bytes moved.
 */
const node_crypto_1 = __webpack_require__(77598);
const node_http_1 = __importDefault(__webpack_require__(37067));
const loopback_js_1 = __webpack_require__(5250);
const state_js_1 = __webpack_require__(55319);
const errors_js_1 = __webpack_require__(97268);
const ROUTE = /^\/v2\/((?:[a-z0-9]+(?:[._-][a-z0-9]+)*\/)*[a-z0-9]+(?:[._-][a-z0-9]+)*)\/(manifests|blobs|tags)\/(.*)$/;
function registryError(res, status, code, message) {
    const body = JSON.stringify({ errors: [{ code, message, detail: null }] });
    res.writeHead(status, {
        'content-type': 'application/json; charset=utf-8',
        'content-length': Buffer.byteLength(body),
    });
    res.end(body);
}
class RegistryEndpoint {
    registry;
    clock;
    requests = [];
    server;
    constructor(registry, clock) {
        this.registry = registry;
        this.clock = clock;
    }
    async start() {
        const server = node_http_1.default.createServer((req, res) => {
            this.handle(req, res).catch((e) => {
                if (!res.headersSent)
                    registryError(res, 500, 'UNKNOWN', (0, errors_js_1.errorMessage)(e));
                else
                    res.destroy();
            });
        });
        this.server = new loopback_js_1.LoopbackServer(server);
        const port = await this.server.listen();
        this.registry.host = `127.0.0.1:${port}`;
        return this.registry.host;
    }
    async close() {
        await this.server?.close();
    }
    /** Blob uploads: upload POSTs that did not end in a mount, PATCHes and PUTs. */
    blobWrites(since = 0) {
        return this.requests
            .slice(since)
            .filter((r) => r.kind === 'upload' && !(r.method === 'POST' && r.mounted));
    }
    authorized(req) {
        const m = /^Basic\s+(\S+)$/i.exec(req.headers.authorization ?? '');
        if (!m)
            return false;
        const decoded = Buffer.from(m[1], 'base64').toString('utf8');
        const colon = decoded.indexOf(':');
        if (colon < 0 || decoded.slice(0, colon) !== 'AWS')
            return false;
        const expires = this.registry.passwords.get(decoded.slice(colon + 1));
        return expires !== undefined && expires > this.clock.now();
    }
    async handle(req, res) {
        const url = new URL(req.url ?? '/', 'http://registry');
        const record = {
            method: req.method ?? 'GET',
            path: url.pathname,
            query: url.search,
            kind: 'other',
            status: 0,
            bytesIn: 0,
            bytesOut: 0,
        };
        this.requests.push(record);
        res.on('finish', () => (record.status = res.statusCode));
        if (!this.authorized(req)) {
            res.writeHead(401, {
                'content-type': 'text/plain; charset=utf-8',
                'www-authenticate': `Basic realm="https://${this.registry.host}/",service="ecr.amazonaws.com"`,
            });
            res.end('Not Authorized\n');
            return;
        }
        if (url.pathname === '/v2/' || url.pathname === '/v2') {
            record.kind = 'base';
            res.writeHead(200, {
                'content-type': 'application/json',
                'docker-distribution-api-version': 'registry/2.0',
            });
            res.end('{}');
            return;
        }
        const m = ROUTE.exec(url.pathname);
        if (!m) {
            registryError(res, 404, 'UNSUPPORTED', 'The operation is unsupported.');
            return;
        }
        const [, name, area, rest] = m;
        record.repository = name;
        record.kind =
            area === 'manifests'
                ? 'manifest'
                : area === 'tags'
                    ? 'tags'
                    : rest.startsWith('uploads')
                        ? 'upload'
                        : 'blob';
        const repo = this.registry.repositories.get(name);
        if (!repo) {
            registryError(res, 404, 'NAME_UNKNOWN', `The repository with name '${name}' does not exist in the registry with id '${this.registry.accountId}'`);
            return;
        }
        let forwardPath = url.pathname + url.search;
        if (record.kind === 'upload' && req.method === 'POST' && url.searchParams.has('mount')) {
            const from = this.registry.repositories.get(url.searchParams.get('from') ?? '');
            const sameKeys = from !== undefined &&
                from.encryptionConfiguration.encryptionType === repo.encryptionConfiguration.encryptionType &&
                from.encryptionConfiguration.kmsKey === repo.encryptionConfiguration.kmsKey;
            if (!this.registry.blobMounting || !sameKeys) {
                // As ECR without blob mounting: the mount parameters are ignored and an upload session starts (202).
                url.searchParams.delete('mount');
                url.searchParams.delete('from');
                forwardPath = url.pathname + url.search;
            }
        }
        if (record.kind === 'manifest' && req.method === 'PUT') {
            const body = await readBody(req);
            record.bytesIn = body.length;
            const digest = `sha256:${(0, node_crypto_1.createHash)('sha256').update(body).digest('hex')}`;
            const reference = rest;
            if (state_js_1.TAG.test(reference) && (0, state_js_1.tagIsImmutable)(repo, reference)) {
                const existing = await this.registry.backend.resolve(name, reference);
                if (existing !== undefined) {
                    registryError(res, 400, 'TAG_INVALID', `The image tag '${reference}' already exists in the '${name}' repository and cannot be overwritten because the tag is immutable.`);
                    return;
                }
            }
            const headers = { 'content-length': String(body.length) };
            if (req.headers['content-type'])
                headers['content-type'] = req.headers['content-type'];
            const r = await this.registry.backend.request('PUT', forwardPath, { headers, body });
            if (r.status === 201)
                this.registry.markPushed(repo, digest, this.clock.now());
            const out = {};
            for (const [k, v] of Object.entries(r.headers))
                if (typeof v === 'string' && k !== 'connection')
                    out[k] = v;
            res.writeHead(r.status, out);
            res.end(r.body);
            return;
        }
        await this.forward(req, res, forwardPath, record);
    }
    forward(req, res, path, record) {
        const headers = { ...req.headers };
        delete headers.authorization;
        delete headers.host;
        return new Promise((resolve, reject) => {
            const up = node_http_1.default.request(`${this.registry.backend.url}${path}`, { method: req.method, headers }, (ur) => {
                if (record.kind === 'upload' && req.method === 'POST' && /[?&]mount=/.test(path)) {
                    record.mounted = ur.statusCode === 201;
                }
                const out = { ...ur.headers };
                delete out.connection;
                res.writeHead(ur.statusCode ?? 502, out);
                ur.on('data', (c) => (record.bytesOut += c.length));
                ur.pipe(res);
                ur.on('end', resolve);
                ur.on('error', reject);
            });
            up.on('error', reject);
            req.on('data', (c) => (record.bytesIn += c.length));
            req.pipe(up);
        });
    }
}
exports.RegistryEndpoint = RegistryEndpoint;
function readBody(req) {
    return new Promise((resolve, reject) => {
        const chunks = [];
        req.on('data', (c) => chunks.push(c));
        req.on('end', () => resolve(Buffer.concat(chunks)));
        req.on('error', reject);
    });
}


/***/ }),

/***/ 3354:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.RegistryNotInstalledError = void 0;
exports.startEcrSim = startEcrSim;
/**
 * The ECR emulator: one AWS JSON 1.1 control-plane endpoint (what `AWS_ENDPOINT_URL_ECR` points at) for any
 * number of emulated registries (an account in a region), each a real OCI registry process behind an ECR-style
 * registry endpoint on its own loopback port. Used by the tests, the bench and (later) the demo.
 *
 *   const ecr = await startEcrSim({ registries: [{ accountId: '111122223333', region: 'eu-west-1' }] });
 *   process.env = { ...process.env, ...ecr.env('eu-west-1') };   // the AWS SDK or Keelson's client now talk to it
 */
const node_crypto_1 = __webpack_require__(77598);
const node_fs_1 = __webpack_require__(73024);
const node_http_1 = __importDefault(__webpack_require__(37067));
const loopback_js_1 = __webpack_require__(5250);
const node_os_1 = __webpack_require__(48161);
const node_path_1 = __webpack_require__(76760);
const clock_js_1 = __webpack_require__(84517);
const errors_js_1 = __webpack_require__(97268);
const sigv4_js_1 = __webpack_require__(56874);
const api_js_1 = __webpack_require__(78774);
const backend_js_1 = __webpack_require__(53054);
const endpoint_js_1 = __webpack_require__(92613);
const registry_process_js_1 = __webpack_require__(69015);
const state_js_1 = __webpack_require__(55319);
var registry_process_js_2 = __webpack_require__(69015);
Object.defineProperty(exports, "RegistryNotInstalledError", ({ enumerable: true, get: function () { return registry_process_js_2.RegistryNotInstalledError; } }));
function randomKey(accountId) {
    return {
        accessKeyId: `AKIA${(0, node_crypto_1.randomBytes)(8).toString('hex').toUpperCase()}`,
        secretAccessKey: (0, node_crypto_1.randomBytes)(30).toString('base64'),
        accountId,
    };
}
async function startEcrSim(opts = {}) {
    const clock = opts.clock ?? clock_js_1.realClock;
    const specs = opts.registries ?? [{ accountId: '111122223333', region: 'us-east-1' }];
    const accounts = [...new Set(specs.map((s) => s.accountId))];
    const credentials = opts.credentials ?? accounts.map(randomKey);
    const ownDir = opts.dir === undefined;
    const dir = opts.dir ?? (0, node_fs_1.mkdtempSync)((0, node_path_1.join)((0, node_os_1.tmpdir)(), 'keelson-ecr-'));
    const processes = [];
    const endpoints = [];
    const registries = [];
    const api = [];
    let server;
    const close = async () => {
        await server?.close();
        await Promise.all(endpoints.map((e) => e.close()));
        await Promise.all(processes.map((p) => p.close()));
        if (ownDir)
            (0, node_fs_1.rmSync)(dir, { recursive: true, force: true });
    };
    try {
        for (const [i, spec] of specs.entries()) {
            const proc = await (0, registry_process_js_1.startRegistryProcess)((0, node_path_1.join)(dir, `registry-${i}-${spec.accountId}-${spec.region}`));
            processes.push(proc);
            const state = new state_js_1.SimRegistry(spec.accountId, spec.region, new backend_js_1.Backend(proc.url), {
                blobMounting: spec.blobMounting,
            });
            const endpoint = new endpoint_js_1.RegistryEndpoint(state, clock);
            endpoints.push(endpoint);
            await endpoint.start();
            registries.push({
                accountId: spec.accountId,
                region: spec.region,
                get host() {
                    return state.host;
                },
                backendUrl: proc.url,
                requests: endpoint.requests,
                blobWrites: (since) => endpoint.blobWrites(since),
                setBlobMounting: (enabled) => (state.blobMounting = enabled),
                state,
            });
        }
        const states = registries.map((r) => r.state);
        const tokenTtlMs = opts.tokenTtlMs ?? 12 * 3_600_000;
        const http1 = node_http_1.default.createServer((0, loopback_js_1.withBody)((req, body, res) => void handle(req, body, res)));
        const handle = async (req, body, res) => {
            const requestId = (0, node_crypto_1.randomUUID)();
            const record = { operation: '', status: 200, region: '' };
            const send = (status, payload, errorCode) => {
                record.status = status;
                record.errorCode = errorCode;
                const text = JSON.stringify(payload);
                res.writeHead(status, {
                    'content-type': 'application/x-amz-json-1.1',
                    'content-length': Buffer.byteLength(text),
                    'x-amzn-requestid': requestId,
                    ...(errorCode ? { 'x-amzn-errortype': errorCode } : {}),
                });
                res.end(text);
            };
            const fail = (status, code, message) => send(status, { __type: code, message }, code);
            if (req.method === 'GET' && req.url === '/_keelson/requests') {
                // Introspection for tools outside this process (the bench): what each endpoint received.
                const text = JSON.stringify({
                    api: api.map((a) => ({ operation: a.operation, status: a.status, errorCode: a.errorCode })),
                    registries: registries.map((r) => ({
                        accountId: r.accountId,
                        region: r.region,
                        host: r.host,
                        requests: r.requests,
                    })),
                });
                res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
                res.end(text);
                return;
            }
            const target = req.headers['x-amz-target'];
            const operation = (0, api_js_1.operationOf)(Array.isArray(target) ? target[0] : target) ?? '';
            record.operation = operation;
            api.push(record);
            try {
                const caller = (0, sigv4_js_1.verifySigV4)((0, sigv4_js_1.signedRequest)(req, body), {
                    credentials,
                    service: 'ecr',
                    now: Date.now(),
                });
                record.region = caller.region;
                if (!states.some((s) => s.region === caller.region)) {
                    return fail(400, 'UnrecognizedClientException', 'The security token included in the request is invalid.');
                }
                const op = api_js_1.OPERATIONS[operation];
                if (req.method !== 'POST' || !op) {
                    return fail(400, 'UnknownOperationException', `Operation ${operation || '(none)'} is not supported by this emulator.`);
                }
                let input;
                try {
                    input = body.length === 0 ? {} : JSON.parse(body.toString('utf8'));
                }
                catch {
                    return fail(400, 'SerializationException', 'Start of structure or map found where not expected.');
                }
                const out = await op({
                    accountId: caller.credential.accountId,
                    region: caller.region,
                    registries: states,
                    clock,
                    tokenTtlMs,
                }, input ?? {});
                send(200, out);
            }
            catch (e) {
                if (e instanceof sigv4_js_1.SigV4Error || e instanceof api_js_1.EcrApiError)
                    return fail(e.status, e.code, e.message);
                fail(500, 'ServerException', (0, errors_js_1.errorMessage)(e));
            }
        };
        server = new loopback_js_1.LoopbackServer(http1);
        const port = await server.listen();
        const endpoint = `http://127.0.0.1:${port}`;
        const registry = (accountId, region) => {
            const r = registries.find((x) => x.accountId === accountId && x.region === region);
            if (!r)
                throw new Error(`no emulated registry for ${accountId} in ${region}`);
            return r;
        };
        return {
            endpoint,
            credentials,
            registries,
            registry,
            api,
            env: (region, accountId) => {
                const c = credentials.find((x) => !accountId || x.accountId === accountId) ?? credentials[0];
                return {
                    AWS_ACCESS_KEY_ID: c.accessKeyId,
                    AWS_SECRET_ACCESS_KEY: c.secretAccessKey,
                    ...(c.sessionToken ? { AWS_SESSION_TOKEN: c.sessionToken } : {}),
                    AWS_REGION: region,
                    AWS_ENDPOINT_URL_ECR: endpoint,
                    AWS_EC2_METADATA_DISABLED: 'true',
                };
            },
            close,
        };
    }
    catch (e) {
        await close();
        throw e;
    }
}


/***/ }),

/***/ 69015:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.RegistryNotInstalledError = void 0;
exports.startRegistryProcess = startRegistryProcess;
/**
 * A real OCI registry (the CNCF distribution registry, Debian's `docker-registry`) started on a free loopback
 * port with its storage in a directory of its own. The ECR emulator puts its registry endpoint in front of one
 * of these per emulated registry (account + region); everything about blobs, manifests, digests, mounts and
 * uploads is the real registry's behaviour.
 */
const node_child_process_1 = __webpack_require__(31421);
const node_fs_1 = __webpack_require__(73024);
const node_http_1 = __importDefault(__webpack_require__(37067));
const node_net_1 = __importDefault(__webpack_require__(77030));
const node_path_1 = __webpack_require__(76760);
/** The binary names distribution is packaged under (Debian: docker-registry; upstream: registry). */
const BINARIES = ['docker-registry', 'registry'];
class RegistryNotInstalledError extends Error {
}
exports.RegistryNotInstalledError = RegistryNotInstalledError;
async function freePort() {
    return new Promise((resolve, reject) => {
        const s = node_net_1.default.createServer();
        s.once('error', reject);
        s.listen(0, '127.0.0.1', () => {
            const port = s.address().port;
            s.close(() => resolve(port));
        });
    });
}
function config(root, port) {
    // YAML written by hand: the few keys we need, no auth (the emulator's endpoint in front does that).
    return [
        'version: 0.1',
        'log:',
        '  level: warn',
        '  accesslog:',
        '    disabled: true',
        'storage:',
        '  filesystem:',
        `    rootdirectory: ${JSON.stringify(root)}`,
        '  delete:',
        '    enabled: true',
        '  maintenance:',
        '    uploadpurging:',
        '      enabled: false',
        'http:',
        `  addr: 127.0.0.1:${port}`,
        '  relativeurls: true',
        '  headers:',
        '    X-Content-Type-Options: [nosniff]',
        '',
    ].join('\n');
}
function ping(url) {
    return new Promise((resolve) => {
        const req = node_http_1.default.get(`${url}/v2/`, (res) => {
            res.resume();
            resolve(res.statusCode === 200);
        });
        req.on('error', () => resolve(false));
        req.setTimeout(1000, () => req.destroy());
    });
}
/** Starts a registry storing under `dir`; rejects with RegistryNotInstalledError when no binary is found. */
async function startRegistryProcess(dir) {
    (0, node_fs_1.mkdirSync)((0, node_path_1.join)(dir, 'storage'), { recursive: true });
    let lastError = '';
    for (let attempt = 0; attempt < 5; attempt++) {
        const port = await freePort();
        const configFile = (0, node_path_1.join)(dir, 'config.yml');
        (0, node_fs_1.writeFileSync)(configFile, config((0, node_path_1.join)(dir, 'storage'), port));
        const started = await tryStart(configFile, port);
        if ('process' in started)
            return started.process;
        lastError = started.error;
        if (started.notInstalled)
            throw new RegistryNotInstalledError(started.error);
    }
    throw new Error(`The OCI registry did not start: ${lastError}`);
}
async function tryStart(configFile, port) {
    for (const bin of BINARIES) {
        let child;
        let stderr = '';
        let spawnError;
        try {
            child = (0, node_child_process_1.spawn)(bin, ['serve', configFile], {
                stdio: ['ignore', 'ignore', 'pipe'],
                // The registry needs nothing from our environment: no AWS or GitHub credentials go to it.
                env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: process.env.HOME ?? '/' },
            });
        }
        catch (e) {
            spawnError = e;
            continue;
        }
        child.stderr?.on('data', (c) => {
            stderr = (stderr + c.toString('utf8')).slice(-20_000);
        });
        const exited = new Promise((resolve) => {
            child.once('exit', (code) => resolve(code));
            child.once('error', (e) => {
                spawnError = e;
                resolve(null);
            });
        });
        const url = `http://127.0.0.1:${port}`;
        let done = false;
        void exited.then(() => (done = true));
        for (let i = 0; i < 100 && !done; i++) {
            if (await ping(url)) {
                return {
                    process: {
                        url,
                        port,
                        log: () => stderr,
                        close: async () => {
                            if (child.exitCode !== null || child.signalCode !== null)
                                return;
                            child.kill('SIGTERM');
                            const timer = setTimeout(() => child.kill('SIGKILL'), 3000);
                            await exited;
                            clearTimeout(timer);
                        },
                    },
                };
            }
            await new Promise((r) => setTimeout(r, 50));
        }
        if (!done) {
            child.kill('SIGKILL');
            await exited;
        }
        if (spawnError?.code === 'ENOENT')
            continue;
        return { error: stderr.trim().split('\n').slice(-3).join('\n') || 'no answer on /v2/' };
    }
    return {
        error: `none of ${BINARIES.join(', ')} is installed (Debian: apt-get install docker-registry)`,
        notInstalled: true,
    };
}


/***/ }),

/***/ 55319:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.SimRegistry = exports.DIGEST = exports.TAG = exports.REPOSITORY_NAME = void 0;
exports.wildcardMatch = wildcardMatch;
exports.tagIsImmutable = tagIsImmutable;
/**
 * What the ECR emulator keeps per emulated registry (one AWS account in one region): repository settings,
 * lifecycle policies, issued registry passwords and when each image was pushed. Images themselves live in
 * the real registry behind it (see backend.ts).
 */
const backend_js_1 = __webpack_require__(53054);
/** ECR's repository name constraint (API reference, CreateRepository). */
exports.REPOSITORY_NAME = /^(?:[a-z0-9]+(?:[._-][a-z0-9]+)*\/)*[a-z0-9]+(?:[._-][a-z0-9]+)*$/;
/** A tag as the registry API accepts it. */
exports.TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
exports.DIGEST = /^sha256:[a-f0-9]{64}$/;
/** ECR's wildcard filters: `*` matches any run of characters, nothing else is special. */
function wildcardMatch(filter, tag) {
    const re = new RegExp(`^${filter
        .split('*')
        .map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
        .join('.*')}$`);
    return re.test(tag);
}
function tagIsImmutable(repo, tag) {
    const excluded = repo.imageTagMutabilityExclusionFilters.some((f) => wildcardMatch(f.filter, tag));
    switch (repo.imageTagMutability) {
        case 'IMMUTABLE':
            return true;
        case 'MUTABLE':
            return false;
        case 'IMMUTABLE_WITH_EXCLUSION':
            return !excluded;
        case 'MUTABLE_WITH_EXCLUSION':
            return excluded;
    }
}
class SimRegistry {
    accountId;
    region;
    backend;
    repositories = new Map();
    /** Registry passwords issued by GetAuthorizationToken → expiry (epoch ms). */
    passwords = new Map();
    /** ECR's BLOB_MOUNTING account setting (default off, as in ECR). */
    blobMounting;
    /** `127.0.0.1:<port>` of the registry endpoint, set when it listens. */
    host = '';
    constructor(accountId, region, backend, opts = {}) {
        this.accountId = accountId;
        this.region = region;
        this.backend = backend;
        // Off unless asked for, as in ECR (the BLOB_MOUNTING account setting defaults to DISABLED).
        this.blobMounting = opts.blobMounting ?? false;
    }
    get endpoint() {
        return `http://${this.host}`;
    }
    async images(repo) {
        const byDigest = new Map();
        for (const tag of await this.backend.tags(repo.repositoryName)) {
            const digest = await this.backend.resolve(repo.repositoryName, tag);
            if (digest)
                byDigest.set(digest, [...(byDigest.get(digest) ?? []), tag]);
        }
        for (const digest of repo.pushedAt.keys())
            if (!byDigest.has(digest))
                byDigest.set(digest, []);
        const out = [];
        for (const [digest, tags] of byDigest) {
            const m = await this.backend.manifest(repo.repositoryName, digest);
            if (!m) {
                repo.pushedAt.delete(digest);
                continue;
            }
            out.push(await this.describe(repo, m, tags));
        }
        return out.sort((a, b) => a.pushedAt - b.pushedAt || a.digest.localeCompare(b.digest));
    }
    async describe(repo, m, tags) {
        const doc = (0, backend_js_1.parseManifest)(m.bytes);
        return {
            digest: m.digest,
            tags,
            mediaType: m.mediaType,
            artifactMediaType: doc?.config?.mediaType,
            sizeInBytes: await this.sizeOf(repo, m),
            pushedAt: repo.pushedAt.get(m.digest) ?? repo.createdAt,
        };
    }
    /** ECR reports the compressed size of the layers; for an index, the sum over its platforms. */
    async sizeOf(repo, m) {
        const doc = (0, backend_js_1.parseManifest)(m.bytes);
        if (!doc)
            return 0;
        if (backend_js_1.INDEX_TYPES.has(m.mediaType)) {
            let total = 0;
            for (const child of doc.manifests ?? []) {
                const cm = await this.backend.manifest(repo.repositoryName, child.digest);
                if (cm)
                    total += await this.sizeOf(repo, cm);
            }
            return total;
        }
        return (doc.layers ?? []).reduce((n, l) => n + (l.size ?? 0), 0);
    }
    markPushed(repo, digest, at) {
        if (!repo.pushedAt.has(digest))
            repo.pushedAt.set(digest, at);
    }
}
exports.SimRegistry = SimRegistry;


/***/ }),

/***/ 5250:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.LoopbackServer = void 0;
exports.withBody = withBody;
exports.forwardedHeaders = forwardedHeaders;
class LoopbackServer {
    server;
    sockets = new Set();
    /** `refuse`, when it answers true for a new connection, resets it (an outage). */
    constructor(server, refuse) {
        this.server = server;
        server.on('connection', (s) => {
            if (refuse?.()) {
                s.destroy();
                return;
            }
            this.sockets.add(s);
            s.on('close', () => this.sockets.delete(s));
        });
    }
    /** Listens on 127.0.0.1:0; resolves the port. */
    listen() {
        const server = this.server;
        return new Promise((resolve, reject) => {
            server.once('error', reject);
            server.listen(0, '127.0.0.1', () => resolve(server.address().port));
        });
    }
    /** Resets every open connection (the server keeps listening). */
    resetConnections() {
        for (const s of this.sockets)
            s.destroy();
    }
    /** Stops listening and resets every connection; resolves when the server has closed. */
    close() {
        const server = this.server;
        return new Promise((resolve) => {
            server.close(() => resolve());
            server.closeAllConnections?.();
            this.resetConnections();
        });
    }
}
exports.LoopbackServer = LoopbackServer;
/** A request listener that hands over the whole request body once it has arrived. */
function withBody(handle) {
    return (req, res) => {
        const chunks = [];
        req.on('data', (c) => chunks.push(c));
        req.on('end', () => handle(req, Buffer.concat(chunks), res));
    };
}
/** Hop-by-hop headers a proxy does not pass on (Node sets its own framing for the reply). */
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'transfer-encoding', 'content-length']);
/** An upstream's response headers as a proxy (the ALB, a Gateway) writes them back to its client. */
function forwardedHeaders(headers) {
    const out = {};
    for (const [k, v] of Object.entries(headers))
        if (v !== undefined && !HOP_BY_HOP.has(k))
            out[k] = v;
    return out;
}


/***/ })

};
