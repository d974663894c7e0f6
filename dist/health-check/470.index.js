export const id = 470;
export const ids = [470];
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
const node_fs_1 = __webpack_require__(3024);
const node_path_1 = __webpack_require__(6760);
const errors_js_1 = __webpack_require__(7268);
const json_client_js_1 = __webpack_require__(5603);
function eksTokenSource(target, clock, setSecret, credentials) {
    let current;
    let keyId;
    const source = async (refresh = false) => {
        if (!current || refresh || clock.now() >= current.expiresAt - 60_000) {
            const { mintEksToken } = await Promise.all(/* import() */[__webpack_require__.e(118), __webpack_require__.e(656)]).then(__webpack_require__.bind(__webpack_require__, 9656));
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
    const { EKSClient, DescribeClusterCommand } = await Promise.all(/* import() */[__webpack_require__.e(118), __webpack_require__.e(861), __webpack_require__.e(524)]).then(__webpack_require__.t.bind(__webpack_require__, 4524, 19));
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
    const { parse } = await __webpack_require__.e(/* import() */ 815).then(__webpack_require__.t.bind(__webpack_require__, 8815, 19));
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

/***/ 301:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.KubeClient = exports.KubeApiError = void 0;
/**
 * A small typed Kubernetes REST client (node:http/https, no dependencies): get, list, server-side apply,
 * patch, create, delete and the service proxy — what Keelson needs, and nothing that costs start-up time.
 * Every call retries with backoff through the injected clock on 429, 5xx and connection failures (and on 409
 * for idempotent writes), for up to `retryFor` of clock time, so a short API outage does not fail a rollout.
 */
const node_http_1 = __importDefault(__webpack_require__(7067));
const node_https_1 = __importDefault(__webpack_require__(4708));
const node_url_1 = __webpack_require__(3136);
const errors_js_1 = __webpack_require__(7268);
const resources_js_1 = __webpack_require__(6157);
/** The API server answered with an error, or could not be reached (status 0). Its message is one line. */
class KubeApiError extends errors_js_1.ServiceError {
    status;
    reason;
    verb;
    path;
    causes;
    serverMessage;
    name = 'KubeApiError';
    constructor(status, reason, message, verb, path, 
    /** `details.causes` of the API server's Status (apply conflicts name the field and its manager). */
    causes = [], 
    /** The Status message as the API server worded it, when it answered. */
    serverMessage) {
        super(message);
        this.status = status;
        this.reason = reason;
        this.verb = verb;
        this.path = path;
        this.causes = causes;
        this.serverMessage = serverMessage;
    }
}
exports.KubeApiError = KubeApiError;
const RETRY_STATUS = new Set([429, 500, 502, 503, 504]);
const PATCH_TYPES = {
    merge: 'application/merge-patch+json',
    json: 'application/json-patch+json',
    strategic: 'application/strategic-merge-patch+json',
};
class KubeClient {
    access;
    opts;
    server;
    agent;
    resources;
    fieldManager;
    constructor(access, opts, shared) {
        this.access = access;
        this.opts = opts;
        this.server = new node_url_1.URL(access.server);
        this.fieldManager = opts.fieldManager ?? 'keelson';
        this.resources = shared?.resources ?? new Map();
        this.agent =
            shared?.agent ??
                (this.server.protocol === 'https:'
                    ? new node_https_1.default.Agent({
                        keepAlive: true,
                        ca: access.caData ? Buffer.from(access.caData, 'base64') : undefined,
                        rejectUnauthorized: !access.insecureSkipTlsVerify,
                        cert: access.clientCertData ? Buffer.from(access.clientCertData, 'base64') : undefined,
                        key: access.clientKeyData ? Buffer.from(access.clientKeyData, 'base64') : undefined,
                    })
                    : new node_http_1.default.Agent({ keepAlive: true }));
    }
    close() {
        this.agent.destroy();
    }
    /** The same cluster and connections, with `guard` before every attempt of every write (see `writeGuard`). */
    withWriteGuard(guard) {
        return new KubeClient(this.access, { ...this.opts, writeGuard: guard }, { agent: this.agent, resources: this.resources });
    }
    /**
     * GET an endpoint that streams (a pod's log with follow=true): `onChunk` gets the text as it arrives, and the
     * promise resolves when the server ends the response. One attempt: the caller decides how to resume.
     */
    async stream(path, query, onChunk, signal) {
        const url = new node_url_1.URL(path.replace(/^\//, ''), this.server.href.endsWith('/') ? this.server.href : this.server.href + '/');
        for (const [k, v] of Object.entries(query))
            if (v !== undefined)
                url.searchParams.set(k, v);
        const headers = { accept: '*/*' };
        const token = this.access.token ? await this.access.token() : undefined;
        if (token)
            headers.authorization = `Bearer ${token}`;
        const lib = url.protocol === 'https:' ? node_https_1.default : node_http_1.default;
        await new Promise((resolve, reject) => {
            const req = lib.request(url, { method: 'GET', headers, agent: this.agent, signal }, (res) => {
                if ((res.statusCode ?? 0) >= 300) {
                    const chunks = [];
                    res.on('data', (c) => chunks.push(c));
                    res.on('end', () => {
                        const text = Buffer.concat(chunks).toString('utf8');
                        let body = text;
                        try {
                            body = JSON.parse(text);
                        }
                        catch {
                            // plain text
                        }
                        reject(toApiError({ status: res.statusCode ?? 0, body, text, headers: res.headers }, 'GET', path, this.server, this.access.identity));
                    });
                    return;
                }
                res.setEncoding('utf8');
                res.on('data', (t) => onChunk(t));
                res.on('error', reject);
                res.on('end', () => resolve());
                res.on('aborted', () => reject(Object.assign(new Error('stream aborted'), { code: 'ECONNRESET' })));
            });
            req.on('error', reject);
            req.end();
        });
    }
    // ── resources ────────────────────────────────────────────────────────────
    async resource(apiVersion, kind) {
        const key = `${apiVersion}/${kind}`;
        const cached = this.resources.get(key) ?? (0, resources_js_1.builtinResource)(apiVersion, kind);
        if (cached)
            return cached;
        const { group, version } = (0, resources_js_1.splitApiVersion)(apiVersion);
        const path = group ? `/apis/${group}/${version}` : `/api/${version}`;
        const res = await this.request('GET', path, { accept404: true });
        const list = res.body?.resources;
        const found = res.status === 200 ? list?.find((r) => r.kind === kind && !r.name.includes('/')) : undefined;
        if (!found) {
            throw new KubeApiError(404, 'NotFound', `The cluster does not serve ${kind} in ${apiVersion}.`, 'discover', path);
        }
        const info = { group, version, plural: found.name, namespaced: found.namespaced };
        this.resources.set(key, info);
        return info;
    }
    // ── verbs ────────────────────────────────────────────────────────────────
    async get(apiVersion, kind, name, namespace) {
        const info = await this.resource(apiVersion, kind);
        const res = await this.request('GET', (0, resources_js_1.objectPath)(info, name, namespace), { accept404: true });
        return res.status === 404 ? undefined : res.body;
    }
    async list(apiVersion, kind, namespace, opts = {}) {
        const info = await this.resource(apiVersion, kind);
        const items = [];
        let cont;
        do {
            const res = await this.request('GET', (0, resources_js_1.collectionPath)(info, namespace), {
                query: {
                    labelSelector: opts.labelSelector,
                    fieldSelector: opts.fieldSelector,
                    limit: '500',
                    continue: cont,
                },
                once: opts.once,
                signal: opts.signal,
            });
            const list = res.body;
            items.push(...(list.items ?? []));
            cont = list.metadata?.continue || undefined;
        } while (cont);
        return items;
    }
    /**
     * Server-side apply as field manager `keelson` (or `fieldManager`). Forced unless `force: false`: then a field
     * another manager owns with another value is a 409 whose `causes` name the fields and their managers.
     */
    async apply(obj, opts = {}) {
        const info = await this.resource(obj.apiVersion, obj.kind);
        const name = obj.metadata.name;
        if (!name)
            throw new KubeApiError(422, 'Invalid', `${obj.kind} without metadata.name`, 'apply', '');
        const res = await this.request('PATCH', (0, resources_js_1.objectPath)(info, name, obj.metadata.namespace), {
            query: {
                fieldManager: opts.fieldManager ?? this.fieldManager,
                force: opts.force === false ? undefined : 'true',
                dryRun: opts.dryRun ? 'All' : undefined,
            },
            body: obj,
            contentType: 'application/apply-patch+yaml',
            // A forced apply's 409 can only be an optimistic-concurrency race: retry it. An unforced one is a conflict.
            retryConflict: opts.force !== false,
        });
        return res.body;
    }
    async patch(ref, patch, type = 'merge') {
        const info = await this.resource(ref.apiVersion, ref.kind);
        const res = await this.request('PATCH', (0, resources_js_1.objectPath)(info, ref.name, ref.namespace), {
            query: { fieldManager: this.fieldManager },
            body: patch,
            contentType: PATCH_TYPES[type],
            retryConflict: type !== 'json',
        });
        return res.body;
    }
    async create(obj) {
        const info = await this.resource(obj.apiVersion, obj.kind);
        const res = await this.request('POST', (0, resources_js_1.collectionPath)(info, obj.metadata.namespace), {
            query: { fieldManager: this.fieldManager },
            body: obj,
        });
        return res.body;
    }
    /** PUT with the object's resourceVersion: a 409 means someone else wrote it first (not retried). */
    async replace(obj) {
        const info = await this.resource(obj.apiVersion, obj.kind);
        const res = await this.request('PUT', (0, resources_js_1.objectPath)(info, obj.metadata.name ?? '', obj.metadata.namespace), {
            query: { fieldManager: this.fieldManager },
            body: obj,
        });
        return res.body;
    }
    /** Deletes; false when it was already gone. */
    async delete(ref, opts = {}) {
        const info = await this.resource(ref.apiVersion, ref.kind);
        const res = await this.request('DELETE', (0, resources_js_1.objectPath)(info, ref.name, ref.namespace), {
            body: { kind: 'DeleteOptions', apiVersion: 'v1', propagationPolicy: opts.propagation ?? 'Background' },
            accept404: true,
            retryConflict: true,
        });
        return res.status !== 404;
    }
    /** GET through the API server's service proxy: reaches a ClusterIP Service from outside the cluster. */
    async proxyGet(namespace, service, port, path, opts = {}) {
        const target = port === '' ? encodeURIComponent(service) : `${encodeURIComponent(service)}:${port}`;
        const p = `/api/v1/namespaces/${encodeURIComponent(namespace)}/services/${target}/proxy${path.startsWith('/') ? path : `/${path}`}`;
        return this.once('GET', p, {}, opts.signal, opts.timeoutMs);
    }
    // ── transport ────────────────────────────────────────────────────────────
    async request(method, path, opts = {}) {
        const { clock } = this.opts;
        const started = clock.now();
        const deadline = started + (this.opts.retryFor ?? 120_000);
        let attempt = 0;
        let refreshed = false;
        for (;;) {
            attempt++;
            let outcome;
            let failed = false;
            // A guard that says no throws here, before anything is sent; a write still in flight when its time is up
            // is abandoned and tried again, through the guard.
            const allowed = method !== 'GET' && this.opts.writeGuard ? await this.opts.writeGuard() : undefined;
            const fence = allowed === undefined ? undefined : new AbortController();
            const timer = new AbortController();
            if (fence) {
                clock.sleep(allowed ?? 0, timer.signal).then(() => fence.abort(new Error('the write guard ran out')), () => undefined);
            }
            const signal = fence
                ? opts.signal
                    ? AbortSignal.any([opts.signal, fence.signal])
                    : fence.signal
                : opts.signal;
            try {
                outcome = await this.once(method, path, opts, signal);
            }
            catch (e) {
                failed = true;
                outcome = (0, errors_js_1.isErrorLike)(e) ? e : new Error(String(e));
            }
            finally {
                timer.abort();
            }
            if (failed && fence?.signal.aborted && !opts.signal?.aborted && clock.now() < deadline)
                continue;
            if (!failed) {
                outcome = outcome;
                const status = outcome.status;
                if (status === 401 && !refreshed && this.access.token) {
                    refreshed = true;
                    await this.access.token(true);
                    continue;
                }
                if (status < 300 || (status === 404 && opts.accept404))
                    return outcome;
                const retryable = RETRY_STATUS.has(status) || (status === 409 && opts.retryConflict);
                if (!retryable || opts.once || clock.now() >= deadline)
                    throw toApiError(outcome, method, path, this.server, this.access.identity);
                const delay = backoff(attempt, outcome.headers['retry-after']);
                this.opts.onRetry?.({ verb: method, path, status, delayMs: delay, attempt });
                await clock.sleep(Math.min(delay, Math.max(0, deadline - clock.now())), opts.signal);
                continue;
            }
            outcome = outcome;
            const code = outcome.code ?? outcome.name;
            if (!TRANSIENT.has(code) || opts.once || clock.now() >= deadline) {
                const retried = !opts.once && TRANSIENT.has(code) ? clock.now() - started : 0;
                throw new KubeApiError(0, code, `Cannot reach the Kubernetes API server at ${this.server.origin}: ${transportCause(this.server, code, outcome.message)}` +
                    (retried > 0 ? `, retried for ${Math.round(retried / 1000)}s (api-timeout)` : '') +
                    '.', method, path);
            }
            const delay = backoff(attempt);
            this.opts.onRetry?.({ verb: method, path, status: code, delayMs: delay, attempt });
            await clock.sleep(Math.min(delay, Math.max(0, deadline - clock.now())), opts.signal);
        }
    }
    async once(method, path, opts, signal, timeoutMs) {
        const url = new node_url_1.URL(path.replace(/^\//, ''), this.server.href.endsWith('/') ? this.server.href : this.server.href + '/');
        for (const [k, v] of Object.entries(opts.query ?? {}))
            if (v !== undefined)
                url.searchParams.set(k, v);
        const headers = { accept: 'application/json' };
        const token = this.access.token ? await this.access.token() : undefined;
        if (token)
            headers.authorization = `Bearer ${token}`;
        let payload;
        if (opts.body !== undefined) {
            payload = Buffer.from(JSON.stringify(opts.body));
            headers['content-type'] = opts.contentType ?? 'application/json';
            headers['content-length'] = String(payload.length);
        }
        const lib = url.protocol === 'https:' ? node_https_1.default : node_http_1.default;
        return new Promise((resolve, reject) => {
            const req = lib.request(url, {
                method,
                headers,
                agent: this.agent,
                timeout: timeoutMs ?? this.opts.requestTimeoutMs ?? 30_000,
                signal,
            }, (res) => {
                const chunks = [];
                res.on('data', (c) => chunks.push(c));
                res.on('error', reject);
                res.on('end', () => {
                    const text = Buffer.concat(chunks).toString('utf8');
                    let body = text;
                    if ((res.headers['content-type'] ?? '').includes('json') && text) {
                        try {
                            body = JSON.parse(text);
                        }
                        catch {
                            body = text;
                        }
                    }
                    resolve({ status: res.statusCode ?? 0, body, text, headers: res.headers });
                });
            });
            req.on('timeout', () => req.destroy(Object.assign(new Error('request timed out'), { code: 'ETIMEDOUT' })));
            req.on('error', reject);
            req.end(payload);
        });
    }
}
exports.KubeClient = KubeClient;
function backoff(attempt, retryAfter) {
    const ra = Array.isArray(retryAfter) ? retryAfter[0] : retryAfter;
    if (ra && /^\d+$/.test(ra))
        return Math.min(Number(ra) * 1000, 30_000);
    return Math.min(200 * 2 ** (attempt - 1), 5_000);
}
/** Connection failures worth retrying within the budget (DNS that does not resolve and TLS are not). */
const TRANSIENT = new Set([
    'ECONNREFUSED',
    'ECONNRESET',
    'EPIPE',
    'ETIMEDOUT',
    'EAI_AGAIN',
    'UND_ERR_SOCKET',
    'TimeoutError',
    'EHOSTUNREACH',
    'ENETUNREACH',
]);
/** What went wrong on the way to the server, in words (connection refused, DNS, TLS, …), with Node's code. */
function transportCause(server, code, message) {
    const host = server.hostname;
    switch (code) {
        case 'ECONNREFUSED':
            return 'connection refused (ECONNREFUSED)';
        case 'ECONNRESET':
        case 'EPIPE':
        case 'UND_ERR_SOCKET':
            return `the connection was reset (${code})`;
        case 'ETIMEDOUT':
        case 'TimeoutError':
            return `no answer, timed out (${code})`;
        case 'EHOSTUNREACH':
        case 'ENETUNREACH':
            return `no route to ${host} (${code})`;
        case 'ENOTFOUND':
            return `DNS: the host name '${host}' does not resolve (ENOTFOUND)`;
        case 'EAI_AGAIN':
            return `DNS: looking up '${host}' failed (EAI_AGAIN)`;
    }
    if (/CERT|SSL|TLS|EPROTO|SELF_SIGNED|UNABLE_TO_VERIFY|UNABLE_TO_GET_ISSUER/.test(code)) {
        return (`TLS: ${message.split('\n')[0]} (${code}); check the cluster's certificate authority ` +
            '(certificate-authority-data in the kubeconfig, or the EKS cluster)');
    }
    return `${message.split('\n')[0]} (${code})`;
}
/** The RBAC verb and resource of a request, as the authorizer names them (`patch deployments.apps "web"`). */
function rbacTarget(method, path) {
    const parts = path.split('?')[0].split('/').filter(Boolean).map(decodeURIComponent);
    // /api/v1/... or /apis/<group>/<version>/...
    const group = parts[0] === 'apis' ? parts[1] : '';
    let rest = parts.slice(parts[0] === 'apis' ? 3 : 2);
    let ns;
    if (rest[0] === 'namespaces' && rest.length > 2) {
        ns = rest[1];
        rest = rest.slice(2);
    }
    const [plural = '', name, sub] = rest;
    const verb = method === 'GET'
        ? name
            ? 'get'
            : 'list'
        : ({ POST: 'create', PUT: 'update', PATCH: 'patch', DELETE: 'delete' }[method] ?? method.toLowerCase());
    const resource = `${plural}${sub ? `/${sub}` : ''}${group ? `.${group}` : ''}`;
    return `${verb} ${resource}${name ? ` "${name}"` : ''}${ns ? ` in namespace '${ns}'` : ''}`;
}
function toApiError(res, verb, path, server, identity) {
    const b = res.body;
    const message = (typeof b === 'object' && b?.message ? b.message : res.text.slice(0, 300) || `HTTP ${res.status}`).replace(/\s*\n\s*/g, ' ');
    const at = server ? ` at ${server.origin}` : '';
    const line = res.status === 401
        ? `The Kubernetes API server${at} rejected the credentials (401 Unauthorized) of ${identity?.() ?? 'this client'}: they are not valid for this cluster.`
        : res.status === 403
            ? `The Kubernetes API server${at} does not allow ${rbacTarget(verb, path)} (403 Forbidden): ${message}`
            : res.status === 404 && typeof b === 'object' && b?.details?.kind === 'namespaces'
                ? `Namespace '${b.details.name ?? ''}' does not exist on the Kubernetes API server${at}: create it first (Keelson does not create namespaces) or name another in the namespace input.`
                : `Kubernetes API ${verb} ${path}: ${res.status} ${message}`;
    return new KubeApiError(res.status, (typeof b === 'object' && b?.reason) || `HTTP${res.status}`, line, verb, path, typeof b === 'object' && Array.isArray(b?.details?.causes) ? b.details.causes : [], message);
}


/***/ }),

/***/ 6470:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

var __webpack_unused_export__;

__webpack_unused_export__ = ({ value: true });
exports.connect = connect;
const access_js_1 = __webpack_require__(6440);
const client_js_1 = __webpack_require__(301);
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

/***/ 6157:
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
