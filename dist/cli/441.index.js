export const id = 441;
export const ids = [441,6157];
export const modules = {

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


/***/ })

};
