export const id = 301;
export const ids = [301];
export const modules = {

/***/ 50301:
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
const node_http_1 = __importDefault(__webpack_require__(37067));
const node_https_1 = __importDefault(__webpack_require__(44708));
const node_url_1 = __webpack_require__(73136);
const errors_js_1 = __webpack_require__(97268);
const resources_js_1 = __webpack_require__(86157);
class KubeApiError extends Error {
    status;
    reason;
    verb;
    path;
    causes;
    name = 'KubeApiError';
    constructor(status, reason, message, verb, path, 
    /** `details.causes` of the API server's Status (apply conflicts name the field and its manager). */
    causes = []) {
        super(message);
        this.status = status;
        this.reason = reason;
        this.verb = verb;
        this.path = path;
        this.causes = causes;
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
    resources = new Map();
    fieldManager;
    constructor(access, opts) {
        this.access = access;
        this.opts = opts;
        this.server = new node_url_1.URL(access.server);
        this.fieldManager = opts.fieldManager ?? 'keelson';
        this.agent =
            this.server.protocol === 'https:'
                ? new node_https_1.default.Agent({
                    keepAlive: true,
                    ca: access.caData ? Buffer.from(access.caData, 'base64') : undefined,
                    rejectUnauthorized: !access.insecureSkipTlsVerify,
                    cert: access.clientCertData ? Buffer.from(access.clientCertData, 'base64') : undefined,
                    key: access.clientKeyData ? Buffer.from(access.clientKeyData, 'base64') : undefined,
                })
                : new node_http_1.default.Agent({ keepAlive: true });
    }
    close() {
        this.agent.destroy();
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
                        reject(toApiError({ status: res.statusCode ?? 0, body, text, headers: res.headers }, 'GET', path));
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
        const deadline = clock.now() + (this.opts.retryFor ?? 120_000);
        let attempt = 0;
        let refreshed = false;
        for (;;) {
            attempt++;
            let outcome;
            let failed = false;
            try {
                outcome = await this.once(method, path, opts, opts.signal);
            }
            catch (e) {
                failed = true;
                outcome = (0, errors_js_1.isErrorLike)(e) ? e : new Error(String(e));
            }
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
                    throw toApiError(outcome, method, path);
                const delay = backoff(attempt, outcome.headers['retry-after']);
                this.opts.onRetry?.({ verb: method, path, status, delayMs: delay, attempt });
                await clock.sleep(Math.min(delay, Math.max(0, deadline - clock.now())));
                continue;
            }
            outcome = outcome;
            const code = outcome.code ?? outcome.name;
            const transient = [
                'ECONNREFUSED',
                'ECONNRESET',
                'EPIPE',
                'ETIMEDOUT',
                'EAI_AGAIN',
                'UND_ERR_SOCKET',
                'TimeoutError',
                'EHOSTUNREACH',
            ];
            if (!transient.includes(code) || opts.once || clock.now() >= deadline) {
                throw new KubeApiError(0, code, `Kubernetes API ${method} ${path} failed: ${outcome.message}`, method, path);
            }
            const delay = backoff(attempt);
            this.opts.onRetry?.({ verb: method, path, status: code, delayMs: delay, attempt });
            await clock.sleep(Math.min(delay, Math.max(0, deadline - clock.now())));
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
function toApiError(res, verb, path) {
    const b = res.body;
    const message = typeof b === 'object' && b?.message ? b.message : res.text.slice(0, 300) || `HTTP ${res.status}`;
    return new KubeApiError(res.status, (typeof b === 'object' && b?.reason) || `HTTP${res.status}`, `Kubernetes API ${verb} ${path}: ${res.status} ${message}`, verb, path, typeof b === 'object' && Array.isArray(b?.details?.causes) ? b.details.causes : []);
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
