export const id = 8606;
export const ids = [8606,6158,4655,6157];
export const modules = {

/***/ 98606:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.readAccess = exports.dnsLabel = void 0;
exports.readDeployInputs = readDeployInputs;
exports.checkServiceDeployment = checkServiceDeployment;
/** The deploy action's inputs (and `keelson rollout`'s flags), parsed once into typed settings. */
const errors_js_1 = __webpack_require__(97268);
const manifests_js_1 = __webpack_require__(46158);
const settings_js_1 = __webpack_require__(84655);
var settings_js_2 = __webpack_require__(84655);
Object.defineProperty(exports, "dnsLabel", ({ enumerable: true, get: function () { return settings_js_2.dnsLabel; } }));
Object.defineProperty(exports, "readAccess", ({ enumerable: true, get: function () { return settings_js_2.readAccess; } }));
const canary_settings_js_1 = __webpack_require__(41981);
function optionalUrl(inputs, name) {
    const v = inputs.string(name);
    if (!v)
        return undefined;
    try {
        const u = new URL(v);
        if (u.protocol === 'http:' || u.protocol === 'https:')
            return v.replace(/\/$/, '');
    }
    catch {
        // fall through
    }
    throw errors_js_1.InputError.invalid(name, v, 'an http(s) URL');
}
/** The region Keelson reads ELBv2 in: the EKS cluster's, or `aws-region` / AWS_REGION with a kubeconfig. */
function elbv2Region(inputs, access, env) {
    if (access.kind === 'eks')
        return access.region;
    const region = inputs.string('aws-region') || env.AWS_REGION || env.AWS_DEFAULT_REGION || '';
    if (region && !settings_js_1.REGION.test(region))
        throw errors_js_1.InputError.invalid('aws-region', region, 'an AWS region such as eu-west-1');
    return region || undefined;
}
/** `env`: the step's environment, for the AWS_REGION default (an in-process run has one of its own). */
function readDeployInputs(inputs, env = process.env) {
    const access = (0, settings_js_1.readAccess)(inputs, env);
    const namespace = (0, settings_js_1.dnsLabel)(inputs, 'namespace', 'default');
    const service = (0, settings_js_1.dnsLabel)(inputs, 'service');
    const version = inputs.string('version');
    if (version && !/^[\w.@:+-]{1,128}$/.test(version)) {
        throw errors_js_1.InputError.invalid('version', version, 'a version such as v1.4.2, a commit SHA or sha256:… (letters, digits, . _ - : @ +)');
    }
    const strategy = inputs.enum('strategy', ['rolling', 'blue-green', 'canary'], 'rolling');
    const httpRoute = inputs.string('http-route') || undefined;
    const asked = inputs.enum('router', ['auto', 'service', 'alb', 'gateway-api', 'replicas'], 'auto');
    if (httpRoute !== undefined && strategy !== 'canary')
        throw new errors_js_1.InputError('http-route', `Invalid input 'http-route': '${httpRoute}'. Expected it only with strategy canary and router gateway-api (strategy is ${strategy}).`);
    // Naming an HTTPRoute with router auto picks the Gateway API router.
    const router = asked === 'auto' && httpRoute !== undefined ? 'gateway-api' : asked;
    if (router === 'gateway-api' && strategy !== 'canary')
        throw new errors_js_1.InputError('router', `Invalid input 'router': 'gateway-api'. Expected auto, service or alb with strategy ${strategy} (the gateway-api router runs canaries: strategy canary).`);
    if (httpRoute !== undefined && router !== 'gateway-api')
        throw new errors_js_1.InputError('http-route', `Invalid input 'http-route': '${httpRoute}'. Expected it only with router gateway-api (router is ${router}).`);
    if (httpRoute !== undefined && !/^[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?$/.test(httpRoute))
        throw errors_js_1.InputError.invalid('http-route', httpRoute, 'the name of an HTTPRoute (a DNS subdomain such as web)');
    const healthChecks = inputs.string('health-checks');
    const analysis = inputs.enum('analysis', ['default', 'cloudwatch'], 'default');
    if (analysis === 'cloudwatch' && strategy !== 'canary')
        throw errors_js_1.InputError.invalid('analysis', analysis, `default with strategy ${strategy} (cloudwatch compares the canary's target group with stable's: strategy canary)`);
    if (analysis === 'cloudwatch' && healthChecks !== '')
        throw errors_js_1.InputError.invalid('analysis', analysis, 'default when health-checks is given (add kind: cloudwatch checks to health-checks instead)');
    return {
        access,
        namespace,
        service,
        strategy,
        manifests: inputs.globs('manifests', []),
        kustomize: inputs.string('kustomize') || undefined,
        helmChart: inputs.string('helm-chart') || undefined,
        helmValues: inputs.lines('helm-values'),
        helmRelease: inputs.string('helm-release') || undefined,
        images: (0, manifests_js_1.parseImagePins)(inputs.lines('images')),
        version: version || undefined,
        healthChecks,
        analysis,
        readyTimeoutMs: inputs.duration('ready-timeout', '10m', { min: 1000, max: 6 * 3_600_000 }),
        verifyWindowMs: inputs.duration('verify-window', '5m', { min: 0, max: 6 * 3_600_000 }),
        scaleDownDelayMs: inputs.duration('scale-down-delay', '2m', { min: 0, max: 24 * 3_600_000 }),
        switchTimeoutMs: inputs.duration('switch-timeout', '2m', { min: 1000, max: 3_600_000 }),
        router,
        httpRoute,
        prune: inputs.boolean('prune', false),
        waitForLockMs: inputs.duration('wait-for-lock', '0', { min: 0, max: 6 * 3_600_000 }),
        apiTimeoutMs: inputs.duration('api-timeout', '60s', { min: 1000, max: 3_600_000 }),
        previewUrl: optionalUrl(inputs, 'preview-url'),
        liveUrl: optionalUrl(inputs, 'live-url'),
        environment: inputs.string('environment', { default: namespace }),
        environmentUrl: optionalUrl(inputs, 'environment-url'),
        githubToken: inputs.string('github-token'),
        awsRegion: elbv2Region(inputs, access, env),
        canary: strategy === 'canary' ? (0, canary_settings_js_1.readCanaryInputs)(inputs) : undefined,
    };
}
const SERVICE_LABELS = ['app', 'app.kubernetes.io/name', 'app.kubernetes.io/instance'];
/**
 * `service` must name the Deployment to roll out: one named like it, or the manifests' only Deployment when its
 * pods carry `app`, `app.kubernetes.io/name` or `app.kubernetes.io/instance` = service (a Helm release named after
 * the service). Checked once the manifests are read, before anything reaches the cluster.
 */
function checkServiceDeployment(objects, service) {
    const all = objects.filter((o) => o.kind === 'Deployment' && o.apiVersion === 'apps/v1');
    if (all.some((d) => d.metadata.name === service))
        return;
    const only = all.length === 1 ? all[0] : undefined;
    const labels = only?.spec?.template?.metadata?.labels ?? {};
    if (only && SERVICE_LABELS.some((l) => labels[l] === service))
        return;
    const found = all.map((d) => d.metadata.name ?? '?');
    throw new errors_js_1.InputError('service', `Invalid input 'service': '${service}' matches no Deployment in the manifests (found: ${found.join(', ') || 'no apps/v1 Deployment'}). ` +
        'Expected the name of the Deployment to roll out.');
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


/***/ }),

/***/ 46158:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.LABEL = exports.ANNOTATION = void 0;
exports.parseManifests = parseManifests;
exports.loadManifests = loadManifests;
exports.sortForApply = sortForApply;
exports.parseImagePins = parseImagePins;
exports.repository = repository;
exports.containersOf = containersOf;
exports.pinImages = pinImages;
exports.stamp = stamp;
exports.sanitizeLabel = sanitizeLabel;
exports.versionOf = versionOf;
/**
 * Manifests in, Kubernetes objects out: plain YAML (files, directories, globs), `kubectl kustomize`, or
 * `helm template`; images pinned by digest; namespaces defaulted; Keelson's labels and annotations added.
 */
const promises_1 = __webpack_require__(51455);
const node_path_1 = __webpack_require__(76760);
const inputs_js_1 = __webpack_require__(51662);
const errors_js_1 = __webpack_require__(97268);
const exec_js_1 = __webpack_require__(10766);
const resources_js_1 = __webpack_require__(86157);
exports.ANNOTATION = {
    version: 'keelson.dev/version',
    commit: 'keelson.dev/commit',
    runUrl: 'keelson.dev/run-url',
    previous: 'keelson.dev/previous-spec',
    previousVersion: 'keelson.dev/previous-version',
};
exports.LABEL = {
    managedBy: 'app.kubernetes.io/managed-by',
    version: 'app.kubernetes.io/version',
    color: 'keelson.dev/color',
    track: 'keelson.dev/track',
};
/** Multi-document YAML → objects (`List` kinds flattened, empty documents dropped), each one checked. */
async function parseManifests(text, source) {
    const { parseAllDocuments } = await __webpack_require__.e(/* import() */ 8815).then(__webpack_require__.t.bind(__webpack_require__, 38815, 19));
    const out = [];
    for (const doc of parseAllDocuments(text)) {
        if (doc.errors.length > 0) {
            throw new errors_js_1.InputError('manifests', `${source}: invalid YAML: ${doc.errors[0]?.message.split('\n')[0]}`);
        }
        const value = doc.toJS();
        if (value === null || value === undefined)
            continue;
        const push = (v) => {
            if (!v || typeof v !== 'object' || Array.isArray(v)) {
                throw new errors_js_1.InputError('manifests', `${source}: expected Kubernetes objects (mappings), got ${Array.isArray(v) ? 'a list' : typeof v}.`);
            }
            const o = v;
            if (typeof o.kind === 'string' && o.kind.endsWith('List') && Array.isArray(o.items)) {
                o.items.forEach(push);
                return;
            }
            if (typeof o.apiVersion !== 'string' ||
                typeof o.kind !== 'string' ||
                !o.metadata ||
                typeof o.metadata.name !== 'string') {
                throw new errors_js_1.InputError('manifests', `${source}: every object needs apiVersion, kind and metadata.name (got ${JSON.stringify(v).slice(0, 120)}).`);
            }
            out.push(o);
        };
        push(value);
    }
    return out;
}
async function readManifestPaths(patterns, cwd) {
    const { glob } = await __webpack_require__.e(/* import() */ 3382).then(__webpack_require__.bind(__webpack_require__, 73382));
    const files = [];
    for (const p of patterns) {
        const abs = (0, node_path_1.join)(cwd, p);
        const st = await (0, promises_1.stat)(abs).catch(() => undefined);
        if (st?.isDirectory()) {
            files.push(...(await glob(['**/*.yaml', '**/*.yml', '**/*.json'], { cwd: abs, absolute: true })).sort());
        }
        else if (st?.isFile()) {
            files.push(abs);
        }
        else {
            const matched = (await glob([p], { cwd, absolute: true })).sort();
            if (matched.length === 0)
                throw new errors_js_1.InputError('manifests', `Invalid input 'manifests': '${p}' matched no file.`);
            files.push(...matched);
        }
    }
    return Promise.all([...new Set(files)].map(async (path) => ({ path, text: await (0, promises_1.readFile)(path, 'utf8') })));
}
async function loadManifests(src) {
    const chosen = [src.manifests.length > 0, !!src.kustomize, !!src.helmChart].filter(Boolean).length;
    if (chosen !== 1) {
        throw new errors_js_1.InputError('manifests', 'Give exactly one of manifests, kustomize or helm-chart.');
    }
    let objects = [];
    if (src.manifests.length > 0) {
        for (const f of await readManifestPaths(src.manifests, src.cwd))
            objects.push(...(await parseManifests(f.text, f.path)));
    }
    else if (src.kustomize) {
        const dir = (0, inputs_js_1.confinedPath)('kustomize', src.kustomize, { workspace: src.cwd });
        const out = await (0, exec_js_1.runChecked)([src.kubectl ?? 'kubectl', 'kustomize', dir]).catch((e) => {
            throw new errors_js_1.ToolError(`kubectl kustomize ${src.kustomize} failed: ${(0, errors_js_1.errorMessage)(e)}`);
        });
        objects = await parseManifests(out.stdout, `kustomize ${src.kustomize}`);
    }
    else if (src.helmChart) {
        const argv = [
            src.helm ?? 'helm',
            'template',
            src.helmRelease ?? 'release',
            (0, inputs_js_1.confinedPath)('helm-chart', src.helmChart, { workspace: src.cwd }),
            '--namespace',
            src.namespace,
        ];
        for (const v of src.helmValues ?? [])
            argv.push('--values', (0, inputs_js_1.confinedPath)('helm-values', v, { workspace: src.cwd }));
        const out = await (0, exec_js_1.runChecked)(argv).catch((e) => {
            throw new errors_js_1.ToolError(`helm template ${src.helmChart} failed: ${(0, errors_js_1.errorMessage)(e)}`);
        });
        objects = await parseManifests(out.stdout, `helm template ${src.helmChart}`);
    }
    if (objects.length === 0)
        throw new errors_js_1.InputError('manifests', 'The manifests contain no Kubernetes object.');
    const clusterScoped = new Set([
        'Namespace',
        'ClusterRole',
        'ClusterRoleBinding',
        'CustomResourceDefinition',
        'StorageClass',
        'PriorityClass',
    ]);
    for (const o of objects)
        if (!clusterScoped.has(o.kind))
            o.metadata.namespace ??= src.namespace;
    return sortForApply(objects);
}
function sortForApply(objects) {
    return objects
        .map((o, i) => ({ o, i }))
        .sort((a, b) => (0, resources_js_1.applyRank)(a.o.kind) - (0, resources_js_1.applyRank)(b.o.kind) || a.i - b.i)
        .map((x) => x.o);
}
const DIGEST_REF = /^[a-z0-9]+(?:[._-][a-z0-9]+)*(?::\d+)?(?:\/[a-z0-9]+(?:[._-][a-z0-9]+)*)*(?::[\w][\w.-]{0,127})?@sha256:[a-f0-9]{64}$/;
/** `images` input lines: `name=repo@sha256:…`. */
function parseImagePins(lines) {
    return lines.map((line) => {
        const eq = line.indexOf('=');
        const name = eq > 0 ? line.slice(0, eq).trim() : '';
        const ref = eq > 0 ? line.slice(eq + 1).trim() : '';
        if (!name || !DIGEST_REF.test(ref)) {
            throw errors_js_1.InputError.invalid('images', line, 'lines of name=repository@sha256:<64 hex digits> (pinned by digest)');
        }
        return { name, ref };
    });
}
function repository(image) {
    const at = image.indexOf('@');
    const noDigest = at >= 0 ? image.slice(0, at) : image;
    const slash = noDigest.lastIndexOf('/');
    const colon = noDigest.lastIndexOf(':');
    return colon > slash ? noDigest.slice(0, colon) : noDigest;
}
function templatesOf(o) {
    const spec = o.spec;
    if (!spec)
        return [];
    if (spec.template)
        return [spec.template];
    if (spec.jobTemplate?.spec?.template)
        return [spec.jobTemplate.spec.template];
    return [];
}
function containersOf(o) {
    return templatesOf(o).flatMap((t) => [...(t.spec?.initContainers ?? []), ...(t.spec?.containers ?? [])]);
}
/** Replaces matching container images with the pinned digests; every pin must match at least one container. */
function pinImages(objects, pins) {
    const used = new Set();
    for (const o of objects) {
        for (const c of containersOf(o)) {
            const pin = pins.find((p) => p.name === c.name || (c.image && repository(c.image) === p.name));
            if (pin) {
                c.image = pin.ref;
                used.add(pin.name);
            }
        }
    }
    const unused = pins.filter((p) => !used.has(p.name)).map((p) => p.name);
    if (unused.length > 0) {
        throw new errors_js_1.InputError('images', `Invalid input 'images': no container is named or uses the image '${unused.join("', '")}'.`);
    }
}
/** Labels/annotations that say who applied what: version, commit, run URL. */
function stamp(objects, meta) {
    for (const o of objects) {
        o.metadata.labels = { ...o.metadata.labels, [exports.LABEL.managedBy]: 'keelson' };
        const ann = { [exports.ANNOTATION.version]: meta.version };
        if (meta.commit)
            ann[exports.ANNOTATION.commit] = meta.commit;
        if (meta.runUrl)
            ann[exports.ANNOTATION.runUrl] = meta.runUrl;
        o.metadata.annotations = { ...o.metadata.annotations, ...ann };
        // Only the version goes into pod templates: a run URL there would roll the pods on every re-run.
        for (const t of templatesOf(o)) {
            t.metadata ??= {};
            t.metadata.labels = { ...t.metadata.labels, [exports.LABEL.version]: sanitizeLabel(meta.version) };
        }
    }
}
/** A label value (≤ 63 chars of [A-Za-z0-9._-], alphanumeric at both ends). */
function sanitizeLabel(value) {
    const v = value
        .replace(/[^A-Za-z0-9._-]/g, '-')
        .slice(0, 63)
        .replace(/^[^A-Za-z0-9]+|[^A-Za-z0-9]+$/g, '');
    return v || 'unknown';
}
/** The version a set of pins stands for: the first pin's digest, shortened (sha256:abcdef123456). */
function versionOf(pins, fallback) {
    const d = pins[0]?.ref.split('@')[1];
    return d ? d.slice(0, 19) : fallback;
}


/***/ }),

/***/ 86157:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.splitApiVersion = splitApiVersion;
exports.builtinResource = builtinResource;
exports.basePath = basePath;
exports.collectionPath = collectionPath;
exports.objectPath = objectPath;
exports.applyRank = applyRank;
const BUILTIN = {
    Namespace: { gv: 'v1', plural: 'namespaces', namespaced: false },
    ConfigMap: { gv: 'v1', plural: 'configmaps', namespaced: true },
    Secret: { gv: 'v1', plural: 'secrets', namespaced: true },
    Service: { gv: 'v1', plural: 'services', namespaced: true },
    ServiceAccount: { gv: 'v1', plural: 'serviceaccounts', namespaced: true },
    Pod: { gv: 'v1', plural: 'pods', namespaced: true },
    PersistentVolumeClaim: { gv: 'v1', plural: 'persistentvolumeclaims', namespaced: true },
    Endpoints: { gv: 'v1', plural: 'endpoints', namespaced: true },
    Event: { gv: 'v1', plural: 'events', namespaced: true },
    Deployment: { gv: 'apps/v1', plural: 'deployments', namespaced: true },
    ReplicaSet: { gv: 'apps/v1', plural: 'replicasets', namespaced: true },
    StatefulSet: { gv: 'apps/v1', plural: 'statefulsets', namespaced: true },
    DaemonSet: { gv: 'apps/v1', plural: 'daemonsets', namespaced: true },
    Job: { gv: 'batch/v1', plural: 'jobs', namespaced: true },
    CronJob: { gv: 'batch/v1', plural: 'cronjobs', namespaced: true },
    Lease: { gv: 'coordination.k8s.io/v1', plural: 'leases', namespaced: true },
    EndpointSlice: { gv: 'discovery.k8s.io/v1', plural: 'endpointslices', namespaced: true },
    Ingress: { gv: 'networking.k8s.io/v1', plural: 'ingresses', namespaced: true },
    NetworkPolicy: { gv: 'networking.k8s.io/v1', plural: 'networkpolicies', namespaced: true },
    HorizontalPodAutoscaler: { gv: 'autoscaling/v2', plural: 'horizontalpodautoscalers', namespaced: true },
    PodDisruptionBudget: { gv: 'policy/v1', plural: 'poddisruptionbudgets', namespaced: true },
    Role: { gv: 'rbac.authorization.k8s.io/v1', plural: 'roles', namespaced: true },
    RoleBinding: { gv: 'rbac.authorization.k8s.io/v1', plural: 'rolebindings', namespaced: true },
    ClusterRole: { gv: 'rbac.authorization.k8s.io/v1', plural: 'clusterroles', namespaced: false },
    ClusterRoleBinding: {
        gv: 'rbac.authorization.k8s.io/v1',
        plural: 'clusterrolebindings',
        namespaced: false,
    },
    CustomResourceDefinition: {
        gv: 'apiextensions.k8s.io/v1',
        plural: 'customresourcedefinitions',
        namespaced: false,
    },
    StorageClass: { gv: 'storage.k8s.io/v1', plural: 'storageclasses', namespaced: false },
    PriorityClass: { gv: 'scheduling.k8s.io/v1', plural: 'priorityclasses', namespaced: false },
};
function splitApiVersion(apiVersion) {
    const i = apiVersion.indexOf('/');
    return i < 0
        ? { group: '', version: apiVersion }
        : { group: apiVersion.slice(0, i), version: apiVersion.slice(i + 1) };
}
/** The built-in mapping, when apiVersion matches it; undefined means "ask discovery". */
function builtinResource(apiVersion, kind) {
    const b = BUILTIN[kind];
    if (!b || b.gv !== apiVersion)
        return undefined;
    const { group, version } = splitApiVersion(apiVersion);
    return { group, version, plural: b.plural, namespaced: b.namespaced };
}
function basePath(info) {
    return info.group === '' ? `/api/${info.version}` : `/apis/${info.group}/${info.version}`;
}
function collectionPath(info, namespace) {
    const ns = info.namespaced && namespace ? `/namespaces/${encodeURIComponent(namespace)}` : '';
    return `${basePath(info)}${ns}/${info.plural}`;
}
function objectPath(info, name, namespace) {
    return `${collectionPath(info, namespace)}/${encodeURIComponent(name)}`;
}
/**
 * Order in which kinds are applied: what others depend on first (namespaces, CRDs, RBAC, config, storage),
 * then Services before the workloads they front, then workloads, then what points at workloads.
 */
const ORDER = [
    'Namespace',
    'CustomResourceDefinition',
    'PriorityClass',
    'StorageClass',
    'ServiceAccount',
    'ClusterRole',
    'ClusterRoleBinding',
    'Role',
    'RoleBinding',
    'NetworkPolicy',
    'ConfigMap',
    'Secret',
    'PersistentVolumeClaim',
    'Service',
    'Deployment',
    'StatefulSet',
    'DaemonSet',
    'Job',
    'CronJob',
    'HorizontalPodAutoscaler',
    'PodDisruptionBudget',
    'Ingress',
];
function applyRank(kind) {
    const i = ORDER.indexOf(kind);
    return i < 0 ? ORDER.length : i;
}


/***/ }),

/***/ 84655:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.REGION = void 0;
exports.dnsLabel = dnsLabel;
exports.readAccess = readAccess;
/**
 * Cluster access and Kubernetes names as inputs: shared by every action that reaches a cluster (deploy,
 * health-check, migrate's job mode, eks-kubeconfig), so none of them imports another's settings.
 */
const errors_js_1 = __webpack_require__(97268);
const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
exports.REGION = /^[a-z]{2}(-[a-z]+)+-\d+$/;
function dnsLabel(inputs, name, fallback) {
    const v = inputs.string(name, {
        required: fallback === undefined,
        default: fallback,
        expected: 'a Kubernetes name',
    });
    if (!DNS_LABEL.test(v) || v.length > 63)
        throw errors_js_1.InputError.invalid(name, v, 'a lowercase DNS label (a-z, 0-9, -; at most 63 characters)');
    return v;
}
function readAccess(inputs, env = process.env) {
    const clusterName = inputs.string('cluster-name');
    const kubeconfig = inputs.string('kubeconfig');
    if (clusterName && kubeconfig)
        throw new errors_js_1.InputError('kubeconfig', "Give either 'cluster-name' (EKS) or 'kubeconfig', not both.");
    if (kubeconfig)
        return { kind: 'kubeconfig', kubeconfig, context: inputs.string('context') || undefined };
    if (!clusterName)
        throw errors_js_1.InputError.required('cluster-name', "the EKS cluster to deploy to (or give 'kubeconfig' for another cluster)");
    if (!/^[0-9A-Za-z][A-Za-z0-9\-_]{0,99}$/.test(clusterName)) {
        throw errors_js_1.InputError.invalid('cluster-name', clusterName, 'an EKS cluster name (letters, digits, - and _; at most 100 characters)');
    }
    const region = inputs.string('aws-region', {
        default: env.AWS_REGION ?? env.AWS_DEFAULT_REGION ?? '',
    });
    if (!region)
        throw errors_js_1.InputError.required('aws-region', 'the AWS region of the cluster (or set AWS_REGION)');
    if (!exports.REGION.test(region))
        throw errors_js_1.InputError.invalid('aws-region', region, 'an AWS region such as eu-west-1');
    return { kind: 'eks', clusterName, region };
}


/***/ })

};
