export const id = 6434;
export const ids = [6434,2296];
export const modules = {

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

/***/ 70682:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.parseRepositoryName = parseRepositoryName;
exports.parseTag = parseTag;
exports.isDigest = isDigest;
exports.parseDigest = parseDigest;
exports.parseEcrHost = parseEcrHost;
exports.parseImageRef = parseImageRef;
exports.formatImage = formatImage;
/**
 * Names ECR and the registry API accept: repository names, tags, digests, image references and ECR registry
 * hosts. Each parser throws an InputError naming the input, the value and what was expected.
 */
const errors_js_1 = __webpack_require__(97268);
const regions_js_1 = __webpack_require__(42296);
/** ECR's repository name constraint (CreateRepository: 2–256 characters). */
const REPOSITORY = /^(?:[a-z0-9]+(?:[._-][a-z0-9]+)*\/)*[a-z0-9]+(?:[._-][a-z0-9]+)*$/;
const TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
const DIGEST = /^sha256:[a-f0-9]{64}$/;
/** `<account>.dkr.ecr[-fips].<region>.amazonaws.com[.cn]` and the dual-stack `<account>.dkr-ecr.<region>.on.aws`. */
const ECR_HOST = /^(?<account>\d{12})\.dkr[.-]ecr(?:-fips)?\.(?<region>[a-z0-9-]+)\.(?:amazonaws\.com(?:\.cn)?|on\.aws|amazonaws\.eu|c2s\.ic\.gov|sc2s\.sgov\.gov|cloud\.adc-e\.uk|csp\.hci\.ic\.gov)$/;
function parseRepositoryName(input, raw) {
    const name = raw.trim();
    if (name.length >= 2 && name.length <= 256 && REPOSITORY.test(name))
        return name;
    throw errors_js_1.InputError.invalid(input, raw, 'an ECR repository name: 2–256 lowercase letters, digits and . _ - between them, optionally in /-separated ' +
        'namespaces (such as team/web-api)');
}
function parseTag(input, raw) {
    if (TAG.test(raw))
        return raw;
    throw errors_js_1.InputError.invalid(input, raw, 'image tags of up to 128 letters, digits, _ . - (not starting with . or -)');
}
function isDigest(s) {
    return DIGEST.test(s);
}
function parseDigest(input, raw) {
    if (DIGEST.test(raw.trim()))
        return raw.trim();
    throw errors_js_1.InputError.invalid(input, raw, 'a digest sha256:<64 hex characters>');
}
/** The account and region of an ECR registry host, or undefined for any other host. */
function parseEcrHost(host) {
    const m = ECR_HOST.exec(host);
    if (!m?.groups)
        return undefined;
    return { accountId: m.groups.account, region: m.groups.region };
}
/**
 * `<host>/<repository>[:tag]@sha256:…` — a digest is required: promotion moves exactly one image, never
 * whatever a tag happens to point at.
 */
function parseImageRef(input, raw) {
    const value = raw.trim();
    const expected = 'an image reference pinned by digest: <registry>/<repository>@sha256:<64 hex> ' +
        '(such as 111122223333.dkr.ecr.eu-west-1.amazonaws.com/web@sha256:…; the ecr-push output `image`)';
    const at = value.lastIndexOf('@');
    if (at < 0)
        throw errors_js_1.InputError.invalid(input, raw, expected);
    const digest = value.slice(at + 1);
    if (!DIGEST.test(digest))
        throw errors_js_1.InputError.invalid(input, raw, expected);
    let name = value.slice(0, at);
    const slash = name.indexOf('/');
    if (slash < 0)
        throw errors_js_1.InputError.invalid(input, raw, expected);
    const host = name.slice(0, slash);
    if (!/^[A-Za-z0-9.-]+(:\d+)?$/.test(host) || !(host.includes('.') || host.includes(':'))) {
        throw errors_js_1.InputError.invalid(input, raw, expected);
    }
    name = name.slice(slash + 1);
    let tag;
    const colon = name.lastIndexOf(':');
    if (colon >= 0) {
        tag = name.slice(colon + 1);
        name = name.slice(0, colon);
        if (!TAG.test(tag))
            throw errors_js_1.InputError.invalid(input, raw, expected);
    }
    if (!(name.length >= 2 && name.length <= 256 && REPOSITORY.test(name))) {
        throw errors_js_1.InputError.invalid(input, raw, expected);
    }
    const ecr = parseEcrHost(host);
    if (ecr)
        (0, regions_js_1.parseRegion)(input, ecr.region);
    return { host, repository: name, tag, digest, ecr };
}
function formatImage(host, repository, digest) {
    return `${host}/${repository}@${digest}`;
}


/***/ }),

/***/ 18409:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.readRegion = readRegion;
exports.readPushSettings = readPushSettings;
exports.readPromoteSettings = readPromoteSettings;
/**
 * The inputs of ecr-push and ecr-promote, parsed once into typed settings. Every bad value is one InputError
 * naming the input and what was expected, before anything is called.
 */
const node_fs_1 = __webpack_require__(73024);
const node_path_1 = __webpack_require__(76760);
const errors_js_1 = __webpack_require__(97268);
const regions_js_1 = __webpack_require__(42296);
const refs_js_1 = __webpack_require__(70682);
const tags_js_1 = __webpack_require__(34481);
/** Build-arg names are environment variable names here (values travel in the builder's environment). */
const BUILD_ARG_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
function readRegion(inputs, env, input = 'aws-region') {
    const raw = inputs.string(input) || env.AWS_REGION || env.AWS_DEFAULT_REGION || '';
    if (!raw) {
        throw errors_js_1.InputError.required(input, 'the AWS region of the registry, such as eu-west-1 (or set AWS_REGION)');
    }
    return (0, regions_js_1.parseRegion)(input, raw);
}
function readAccount(inputs, input) {
    const raw = inputs.string(input);
    if (!raw)
        return undefined;
    if (!/^\d{12}$/.test(raw))
        throw errors_js_1.InputError.invalid(input, raw, 'a 12-digit AWS account ID');
    return raw;
}
/** `KEY=VALUE` lines (values may contain `=` and be empty); keys checked by `key`. */
function readPairs(inputs, input, key, expected) {
    const out = {};
    const raw = inputs.raw(input);
    if (!raw)
        return out;
    for (const line of raw.split(/\r?\n/)) {
        if (line.trim() === '' || line.trim().startsWith('#'))
            continue;
        const eq = line.indexOf('=');
        const k = (eq < 0 ? line : line.slice(0, eq)).trim();
        if (eq < 0 || !key.test(k))
            throw errors_js_1.InputError.invalid(input, eq < 0 ? line : k, expected);
        out[k] = line.slice(eq + 1);
    }
    return out;
}
function inside(workspace, p) {
    return (0, node_path_1.isAbsolute)(p) ? p : (0, node_path_1.resolve)(workspace, p);
}
function readPushSettings(inputs, ctx, env) {
    const region = readRegion(inputs, env);
    const name = (0, refs_js_1.parseRepositoryName)('repository', inputs.string('repository', { required: true, expected: 'an ECR repository name such as team/web' }));
    const registryId = readAccount(inputs, 'registry-id');
    const builder = inputs.enum('builder', ['docker', 'buildah'], 'docker');
    const context = inside(ctx.workspace, inputs.string('context', { default: '.' }));
    if (!(0, node_fs_1.existsSync)(context) || !(0, node_fs_1.statSync)(context).isDirectory()) {
        throw errors_js_1.InputError.invalid('context', inputs.string('context', { default: '.' }), 'a directory (the build context) in the workspace');
    }
    const dockerfileRaw = inputs.string('dockerfile');
    const dockerfile = dockerfileRaw ? inside(ctx.workspace, dockerfileRaw) : (0, node_path_1.join)(context, 'Dockerfile');
    if (!(0, node_fs_1.existsSync)(dockerfile)) {
        throw errors_js_1.InputError.invalid('dockerfile', dockerfileRaw || (0, node_path_1.join)(inputs.string('context', { default: '.' }), 'Dockerfile'), 'an existing Dockerfile (default: <context>/Dockerfile)');
    }
    const platforms = inputs.list('platforms');
    for (const p of platforms) {
        if (!/^[a-z0-9]+\/[a-z0-9_]+(\/[a-z0-9]+)?$/.test(p)) {
            throw errors_js_1.InputError.invalid('platforms', p, 'platforms such as linux/amd64, linux/arm64 (comma or newline separated)');
        }
    }
    const buildArgs = readPairs(inputs, 'build-args', BUILD_ARG_NAME, 'KEY=VALUE lines, KEY a name of letters, digits and _');
    const secrets = readPairs(inputs, 'secrets', /^[A-Za-z0-9_.-]+$/, 'id=value lines, id of letters, digits, _ . -');
    const secretFiles = readPairs(inputs, 'secret-files', /^[A-Za-z0-9_.-]+$/, 'id=path lines, id of letters, digits, _ . -');
    for (const [id, p] of Object.entries(secretFiles)) {
        const full = inside(ctx.workspace, p.trim());
        if (!(0, node_fs_1.existsSync)(full))
            throw errors_js_1.InputError.invalid('secret-files', `${id}=${p}`, 'id=path lines naming existing files');
        secretFiles[id] = full;
    }
    const labels = readPairs(inputs, 'labels', /^[A-Za-z0-9_.\-/]+$/, 'KEY=VALUE lines');
    if (ctx.repo) {
        labels['org.opencontainers.image.source'] ??= `${ctx.serverUrl}/${ctx.repo.owner}/${ctx.repo.repo}`;
    }
    if (ctx.sha)
        labels['org.opencontainers.image.revision'] ??= ctx.sha;
    const suffix = inputs.string('tag-suffix');
    if (suffix && !/^[A-Za-z0-9_.-]{1,40}$/.test(suffix)) {
        throw errors_js_1.InputError.invalid('tag-suffix', suffix, 'up to 40 letters, digits, _ . - appended to every tag (such as -worker)');
    }
    const templates = (0, tags_js_1.parseTagTemplates)('tags', inputs.lines('tags', ['{{version}}']).flatMap((l) => l
        .split(',')
        .map((t) => t.trim())
        .filter(Boolean)));
    const tags = (0, tags_js_1.computeTags)(templates, { sha: ctx.sha, ref: ctx.ref, headRef: env.GITHUB_HEAD_REF || undefined, prNumber: ctx.prNumber }, { latest: inputs.boolean('latest', false), suffix });
    const mutabilityRaw = inputs.string('image-tag-mutability');
    const tagMutability = mutabilityRaw
        ? inputs.enum('image-tag-mutability', tags_js_1.TAG_MUTABILITIES, 'IMMUTABLE')
        : undefined;
    const exclusions = inputs.has('image-tag-mutability-exclusions')
        ? inputs.list('image-tag-mutability-exclusions')
        : undefined;
    for (const f of exclusions ?? []) {
        if (!/^[0-9a-zA-Z._*-]{1,128}$/.test(f)) {
            throw errors_js_1.InputError.invalid('image-tag-mutability-exclusions', f, 'wildcard filters of letters, digits, . _ - and *, such as main, pr-*, latest');
        }
    }
    if (exclusions?.length && !tagMutability?.endsWith('_WITH_EXCLUSION')) {
        throw new errors_js_1.InputError('image-tag-mutability-exclusions', "Input 'image-tag-mutability-exclusions' needs image-tag-mutability IMMUTABLE_WITH_EXCLUSION or MUTABLE_WITH_EXCLUSION.");
    }
    if (tagMutability?.endsWith('_WITH_EXCLUSION') && !exclusions?.length) {
        throw errors_js_1.InputError.required('image-tag-mutability-exclusions', `wildcard filters for ${tagMutability}`);
    }
    const kmsKey = inputs.string('kms-key') || undefined;
    let lifecyclePolicy;
    const policyFile = inputs.string('lifecycle-policy');
    if (policyFile) {
        const full = inside(ctx.workspace, policyFile);
        let text;
        try {
            text = (0, node_fs_1.readFileSync)(full, 'utf8');
        }
        catch {
            throw errors_js_1.InputError.invalid('lifecycle-policy', policyFile, 'a JSON file with an ECR lifecycle policy ({"rules": [...]})');
        }
        try {
            JSON.parse(text);
        }
        catch (e) {
            throw errors_js_1.InputError.invalid('lifecycle-policy', policyFile, `a JSON file (${e.message})`);
        }
        lifecyclePolicy = { text, file: policyFile };
    }
    const cacheRepository = inputs.string('cache-repository');
    if (cacheRepository && builder !== 'docker') {
        throw new errors_js_1.InputError('cache-repository', "Input 'cache-repository' is for builder 'docker' (buildx registry cache).");
    }
    const provenance = inputs.boolean('provenance', false);
    const sbom = inputs.boolean('sbom', false);
    if ((provenance || sbom) && builder !== 'docker') {
        throw new errors_js_1.InputError(provenance ? 'provenance' : 'sbom', `Input '${provenance ? 'provenance' : 'sbom'}' is for builder 'docker' (BuildKit attestations).`);
    }
    const storageRoot = inputs.string('buildah-storage-root');
    return {
        region,
        repository: {
            name,
            registryId,
            tagMutability,
            tagMutabilityExclusions: exclusions,
            scanOnPush: inputs.has('scan-on-push') ? inputs.boolean('scan-on-push', true) : undefined,
            kmsKey,
            lifecyclePolicy,
        },
        tags,
        skipExisting: inputs.boolean('skip-existing', true),
        build: {
            builder,
            context,
            dockerfile,
            target: inputs.string('target') || undefined,
            platforms,
            buildArgs,
            secrets,
            secretFiles,
            labels,
            provenance,
            sbom,
            cacheRepository: cacheRepository ? (0, refs_js_1.parseRepositoryName)('cache-repository', cacheRepository) : undefined,
            buildah: {
                storageDriver: inputs.enum('buildah-storage-driver', ['vfs', 'overlay'], 'vfs'),
                isolation: inputs.enum('buildah-isolation', ['chroot', 'oci', 'rootless'], 'chroot'),
                root: storageRoot ? inside(ctx.workspace, storageRoot) : undefined,
            },
        },
    };
}
function readPromoteSettings(inputs, env) {
    const source = (0, refs_js_1.parseImageRef)('image', inputs.string('image', {
        required: true,
        expected: 'the image to promote, pinned by digest: <registry>/<repository>@sha256:…',
    }));
    const sourceRegion = source.ecr?.region ?? readRegion(inputs, env);
    const sourceRegistryId = source.ecr?.accountId ?? readAccount(inputs, 'registry-id');
    const targetRegion = inputs.has('target-region')
        ? (0, regions_js_1.parseRegion)('target-region', inputs.string('target-region'))
        : sourceRegion;
    const targetRegistryId = readAccount(inputs, 'target-registry-id');
    const repository = inputs.has('repository')
        ? (0, refs_js_1.parseRepositoryName)('repository', inputs.string('repository'))
        : source.repository;
    const tags = inputs.list('tags');
    for (const t of tags) {
        if (!/^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/.test(t)) {
            throw errors_js_1.InputError.invalid('tags', t, 'image tags of up to 128 letters, digits, _ . - (not starting with . or -)');
        }
    }
    const sameRepository = repository === source.repository &&
        targetRegion === sourceRegion &&
        (targetRegistryId === undefined || targetRegistryId === sourceRegistryId);
    if (tags.length === 0 && sameRepository) {
        throw errors_js_1.InputError.required('tags', 'the tags to put on the image (such as staging), or a repository to copy it to');
    }
    return {
        source,
        sourceRegion,
        sourceRegistryId,
        target: { repository, region: targetRegion, registryId: targetRegistryId, tags: [...new Set(tags)] },
    };
}


/***/ }),

/***/ 34481:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.TAG_MUTABILITIES = void 0;
exports.parseTagTemplates = parseTagTemplates;
exports.computeTags = computeTags;
exports.tagIsImmutable = tagIsImmutable;
/**
 * Image tags from one metadata step (the docker/metadata-action idea, for ECR): the commit tag always, then
 * templates with `{{branch}}`, `{{pr}}`, `{{version}}`, `{{major}}`, `{{minor}}`, `{{patch}}`, `{{sha}}`,
 * `{{short-sha}}`; a template whose value does not exist for this event (a version on a branch push) is
 * left out and reported. `latest` only on request. And ECR's tag immutability rules for a given tag.
 */
const errors_js_1 = __webpack_require__(97268);
const refs_js_1 = __webpack_require__(70682);
exports.TAG_MUTABILITIES = [
    'IMMUTABLE',
    'MUTABLE',
    'IMMUTABLE_WITH_EXCLUSION',
    'MUTABLE_WITH_EXCLUSION',
];
const PLACEHOLDERS = ['sha', 'short-sha', 'branch', 'pr', 'version', 'major', 'minor', 'patch'];
const SEMVER = /^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-([0-9A-Za-z.-]+))?(?:\+([0-9A-Za-z.-]+))?$/;
/** Checks templates once (unknown placeholders, characters a tag cannot have) so errors come before any work. */
function parseTagTemplates(input, templates) {
    for (const t of templates) {
        for (const m of t.matchAll(/\{\{\s*([^}]*?)\s*\}\}/g)) {
            if (!PLACEHOLDERS.includes(m[1])) {
                throw errors_js_1.InputError.invalid(input, t, `tags or templates using ${PLACEHOLDERS.map((p) => `{{${p}}}`).join(', ')}`);
            }
        }
        const literal = t.replace(/\{\{[^}]*\}\}/g, 'x');
        if (!/^[A-Za-z0-9_.-]+$/.test(literal) || literal.length > 128) {
            (0, refs_js_1.parseTag)(input, t);
        }
    }
    return templates;
}
function sanitize(value) {
    return value
        .replace(/[^A-Za-z0-9_.-]+/g, '-')
        .replace(/^[.-]+/, '')
        .slice(0, 128);
}
function computeTags(templates, ctx, opts) {
    const input = opts.input ?? 'tags';
    if (!/^[0-9a-f]{40}$/.test(ctx.sha)) {
        throw new errors_js_1.InputError('GITHUB_SHA', `The commit SHA '${ctx.sha}' is not a 40-character hex SHA; ecr-push tags every image with its commit.`);
    }
    const semver = /^refs\/tags\/(.+)$/.exec(ctx.ref)?.[1];
    const sv = semver ? SEMVER.exec(semver) : null;
    const branch = ctx.headRef || /^refs\/heads\/(.+)$/.exec(ctx.ref)?.[1];
    const pr = ctx.prNumber ?? Number(/^refs\/pull\/(\d+)\//.exec(ctx.ref)?.[1] ?? Number.NaN);
    const values = {
        sha: ctx.sha,
        'short-sha': ctx.sha.slice(0, 7),
        branch: branch ? sanitize(branch) : undefined,
        pr: Number.isFinite(pr) ? String(pr) : undefined,
        version: sv
            ? `${sv[1]}.${sv[2]}.${sv[3]}${sv[4] ? `-${sv[4]}` : ''}${sv[5] ? `-${sv[5]}` : ''}`
            : undefined,
        major: sv && !sv[4] ? sv[1] : undefined,
        minor: sv && !sv[4] ? sv[2] : undefined,
        patch: sv ? sv[3] : undefined,
    };
    const why = {
        sha: '',
        'short-sha': '',
        branch: 'not a branch build',
        pr: 'not a pull request',
        version: 'the ref is not a semver tag (refs/tags/v1.2.3)',
        major: sv ? 'a pre-release gets only its full version' : 'the ref is not a semver tag (refs/tags/v1.2.3)',
        minor: sv ? 'a pre-release gets only its full version' : 'the ref is not a semver tag (refs/tags/v1.2.3)',
        patch: 'the ref is not a semver tag (refs/tags/v1.2.3)',
    };
    const commitTag = (0, refs_js_1.parseTag)('tag-suffix', `sha-${ctx.sha}${opts.suffix}`);
    const tags = [commitTag];
    const omitted = [];
    for (const template of templates) {
        let missing;
        const tag = template.replace(/\{\{\s*([^}]*?)\s*\}\}/g, (_, name) => {
            const v = values[name];
            if (v === undefined)
                missing ??= why[name];
            return v ?? '';
        });
        if (missing) {
            omitted.push({ template, reason: missing });
            continue;
        }
        const full = (0, refs_js_1.parseTag)(input, `${tag}${opts.suffix}`);
        if (!tags.includes(full))
            tags.push(full);
    }
    if (opts.latest && !tags.includes(`latest${opts.suffix}`))
        tags.push((0, refs_js_1.parseTag)(input, `latest${opts.suffix}`));
    return { commitTag, tags, omitted };
}
/** ECR's wildcard filter: `*` matches any run of characters. */
function wildcard(filter, tag) {
    const re = filter
        .split('*')
        .map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
        .join('.*');
    return new RegExp(`^${re}$`).test(tag);
}
/** Whether ECR refuses to move `tag` once it exists in `repo` (imageTagMutability and its exclusion filters). */
function tagIsImmutable(repo, tag) {
    const excluded = repo.imageTagMutabilityExclusionFilters.some((f) => wildcard(f, tag));
    switch (repo.imageTagMutability) {
        case 'IMMUTABLE':
            return true;
        case 'IMMUTABLE_WITH_EXCLUSION':
            return !excluded;
        case 'MUTABLE_WITH_EXCLUSION':
            return excluded;
        default:
            return false;
    }
}


/***/ }),

/***/ 64892:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.parseRepo = parseRepo;
exports.readContext = readContext;
/** The run's GitHub context, read once from the runner's environment (never from module-level constants). */
const node_fs_1 = __webpack_require__(73024);
const errors_js_1 = __webpack_require__(97268);
function parseRepo(name, raw) {
    const m = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/.exec(raw);
    if (!m)
        throw errors_js_1.InputError.invalid(name, raw, 'the form {owner}/{repo}');
    return { owner: m[1], repo: m[2] };
}
function obj(v) {
    return v && typeof v === 'object' && !Array.isArray(v) ? v : undefined;
}
function readContext(env = process.env) {
    let payload = {};
    const eventPath = env.GITHUB_EVENT_PATH;
    if (eventPath) {
        try {
            payload = obj(JSON.parse((0, node_fs_1.readFileSync)(eventPath, 'utf8'))) ?? {};
        }
        catch {
            payload = {};
        }
    }
    const repo = env.GITHUB_REPOSITORY ? parseRepo('GITHUB_REPOSITORY', env.GITHUB_REPOSITORY) : undefined;
    const pr = obj(payload.pull_request);
    const prNumber = typeof pr?.number === 'number' ? pr.number : undefined;
    const headRepo = obj(obj(pr?.head)?.repo);
    const baseRepo = obj(obj(pr?.base)?.repo);
    const fromFork = headRepo !== undefined && baseRepo !== undefined && headRepo.full_name !== baseRepo.full_name;
    const serverUrl = env.GITHUB_SERVER_URL ?? 'https://github.com';
    const runId = env.GITHUB_RUN_ID ?? '';
    return {
        eventName: env.GITHUB_EVENT_NAME ?? '',
        repo,
        sha: env.GITHUB_SHA ?? '',
        ref: env.GITHUB_REF ?? '',
        runId,
        runAttempt: env.GITHUB_RUN_ATTEMPT ?? '1',
        serverUrl,
        apiUrl: env.GITHUB_API_URL ?? 'https://api.github.com',
        workspace: env.GITHUB_WORKSPACE ?? process.cwd(),
        runnerTemp: env.RUNNER_TEMP ?? '',
        prNumber,
        headSha: typeof obj(pr?.head)?.sha === 'string' ? obj(pr?.head)?.sha : undefined,
        fromFork,
        payload,
        runUrl: repo && runId ? `${serverUrl}/${repo.owner}/${repo.repo}/actions/runs/${runId}` : undefined,
    };
}


/***/ }),

/***/ 22081:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.runAction = runAction;
const errors_js_1 = __webpack_require__(97268);
/**
 * The one top-level catch of every action. Whatever is thrown — an Error or not — ends the step red with one
 * line; a stack trace only under RUNNER_DEBUG and only for bugs.
 */
async function runAction(ctx, fn) {
    try {
        await fn();
    }
    catch (error) {
        try {
            const { message } = (0, errors_js_1.describeError)(error, ctx.isDebug());
            if (error instanceof errors_js_1.PolicyError && error.details)
                ctx.info(error.details);
            ctx.setFailed(message);
        }
        catch {
            // Reporting itself failed: fail with a line that holds nothing from the error (it could hold a secret).
            ctx.setFailed('Keelson failed and could not report why; run with RUNNER_DEBUG=1 for details.');
        }
    }
}


/***/ })

};
