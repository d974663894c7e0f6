export const id = 7924;
export const ids = [7924];
export const modules = {

/***/ 17776:
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
const node_crypto_1 = __webpack_require__(77598);
const node_fs_1 = __webpack_require__(73024);
const node_os_1 = __webpack_require__(48161);
const node_path_1 = __webpack_require__(76760);
const errors_js_1 = __webpack_require__(97268);
const exec_js_1 = __webpack_require__(10766);
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

/***/ 67924:
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
const errors_js_1 = __webpack_require__(97268);
const builders_js_1 = __webpack_require__(17776);
const refs_js_1 = __webpack_require__(70682);
const registry_login_js_1 = __webpack_require__(36215);
const repository_js_1 = __webpack_require__(29532);
const tagging_js_1 = __webpack_require__(35338);
const tags_js_1 = __webpack_require__(34481);
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

/***/ 29532:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.DEFAULT_TAG_MUTABILITY = void 0;
exports.ensureRepository = ensureRepository;
/**
 * Ensure the repository ecr-push pushes to: create it with the requested settings when it is missing; an
 * existing repository is never changed — each setting the inputs asked for that differs is reported instead
 * (the platform team's Terraform, not a build step, owns a repository once it exists).
 */
const errors_js_1 = __webpack_require__(97268);
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

/***/ 10766:
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
const errors_js_1 = __webpack_require__(97268);
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
    const { spawn } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 31421, 23));
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
