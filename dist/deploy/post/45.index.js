export const id = 45;
export const ids = [45];
export const modules = {

/***/ 5045:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

var __webpack_unused_export__;

__webpack_unused_export__ = ({ value: true });
exports.reconcile = reconcile;
/**
 * The deploy action's post step: runs even when the job was cancelled or the main step was killed. If the
 * rollout did not finish, traffic goes back to the healthy version and the Lease is released.
 */
const manifests_js_1 = __webpack_require__(6158);
const lease_js_1 = __webpack_require__(7830);
const manifests_js_2 = __webpack_require__(6158);
async function reconcile(kube, state, log) {
    const namespace = state('namespace');
    const service = state('service');
    const holder = state('lease-holder');
    if (!namespace || !service)
        return; // the main step never reached the cluster
    if (state('phase') !== 'done') {
        const old = state('bg-old-color');
        const fresh = state('bg-new-color');
        const base = state('bg-base');
        const svc = state('bg-service');
        if (fresh && base && svc) {
            // 'switching': the switch may have reached users; put it back as if it had.
            const switched = state('bg-phase') === 'switched' || state('bg-phase') === 'switching';
            if (switched && old) {
                const action = state('bg-action');
                const ingress = state('bg-ingress');
                const restoreAction = state('bg-restore-action');
                if (action && ingress && restoreAction) {
                    await kube.patch({ apiVersion: 'networking.k8s.io/v1', kind: 'Ingress', name: ingress, namespace }, { metadata: { annotations: { [action]: restoreAction } } });
                    log(`post: the ALB of Ingress ${ingress} sends users back to ${old}.`);
                }
                await kube.patch({ apiVersion: 'v1', kind: 'Service', name: svc, namespace }, { spec: { selector: { [manifests_js_1.LABEL.color]: old } } });
                log(`post: the rollout was interrupted after the switch; live Service ${svc} is back on ${old}.`);
                const hpa = state('bg-hpa');
                if (hpa) {
                    await kube
                        .patch({ apiVersion: 'autoscaling/v2', kind: 'HorizontalPodAutoscaler', name: hpa, namespace }, {
                        spec: {
                            scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: `${base}-${old}` },
                        },
                    })
                        .catch(() => undefined);
                    log(`post: HPA ${hpa} scales ${base}-${old} again.`);
                }
            }
            if (old && (switched || state('bg-phase') === '')) {
                await kube
                    .patch({ apiVersion: 'apps/v1', kind: 'Deployment', name: `${base}-${fresh}`, namespace }, { spec: { replicas: 0 } })
                    .catch(() => undefined);
                log(`post: ${base}-${fresh} scaled to 0.`);
            }
        }
        const rollingRaw = state('rolling-deployments');
        if (rollingRaw) {
            for (const name of JSON.parse(rollingRaw)) {
                const live = await kube.get('apps/v1', 'Deployment', name, namespace);
                const prev = live?.metadata.annotations?.[manifests_js_2.ANNOTATION.previous];
                if (!live || !prev)
                    continue;
                await kube.patch({ apiVersion: 'apps/v1', kind: 'Deployment', name, namespace }, { spec: { template: JSON.parse(prev) } });
                log(`post: the rollout was interrupted; ${name} is back on its previous spec.`);
            }
        }
    }
    if (holder && (await (0, lease_js_1.releaseLease)(kube, namespace, service, holder)))
        log(`post: released the rollout Lease of ${service}.`);
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

/***/ 7830:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.leaseName = leaseName;
exports.acquireLease = acquireLease;
exports.releaseLease = releaseLease;
const errors_js_1 = __webpack_require__(7268);
const client_js_1 = __webpack_require__(301);
const micro = (ms) => new Date(ms).toISOString().replace(/\.(\d{3})Z$/, '.$1000Z');
function leaseName(service) {
    return `keelson-${service}`.slice(0, 253);
}
function expired(lease, now) {
    const renew = lease.spec?.renewTime ? Date.parse(lease.spec.renewTime) : 0;
    return !lease.spec?.holderIdentity || renew + (lease.spec.leaseDurationSeconds ?? 60) * 1000 < now;
}
async function acquireLease(kube, o) {
    const name = leaseName(o.service);
    const duration = o.durationSeconds ?? 60;
    const until = o.clock.now() + (o.waitMs ?? 0);
    for (;;) {
        const now = o.clock.now();
        const current = await kube.get('coordination.k8s.io/v1', 'Lease', name, o.namespace);
        const spec = {
            holderIdentity: o.holder,
            leaseDurationSeconds: duration,
            acquireTime: micro(now),
            renewTime: micro(now),
        };
        try {
            if (!current) {
                await kube.create({
                    apiVersion: 'coordination.k8s.io/v1',
                    kind: 'Lease',
                    metadata: { name, namespace: o.namespace },
                    spec,
                });
                break;
            }
            if (current.spec?.holderIdentity === o.holder || expired(current, now)) {
                await kube.replace({
                    ...current,
                    spec: {
                        ...spec,
                        leaseTransitions: (current.spec?.leaseTransitions ?? 0) + (current.spec?.holderIdentity === o.holder ? 0 : 1),
                    },
                });
                break;
            }
        }
        catch (e) {
            // Someone else created or renewed it between our read and write: look again.
            if (e instanceof client_js_1.KubeApiError && (e.status === 409 || e.status === 422))
                continue;
            throw e;
        }
        if (now >= until) {
            const since = current.spec?.acquireTime ? ` since ${current.spec.acquireTime}` : '';
            throw new errors_js_1.PolicyError(`Another rollout of '${o.service}' in '${o.namespace}' is in progress: Lease ${name} is held by '${current.spec?.holderIdentity}'${since}. ` +
                'Set wait-for-lock to wait for it.');
        }
        await o.clock.sleep(Math.min(o.pollMs ?? 2_000, Math.max(1, until - now)));
    }
    let stopped = false;
    const ac = new AbortController();
    const renew = async () => {
        while (!stopped) {
            try {
                await o.clock.sleep((duration * 1000) / 3, ac.signal);
            }
            catch {
                return;
            }
            if (stopped)
                return;
            try {
                await kube.patch({ apiVersion: 'coordination.k8s.io/v1', kind: 'Lease', name, namespace: o.namespace }, { spec: { renewTime: micro(o.clock.now()) } });
            }
            catch {
                // A missed renewal is survivable (the lease lasts 3 renewal periods); the next one tries again.
            }
        }
    };
    void renew();
    const stop = () => {
        stopped = true;
        ac.abort();
    };
    return {
        name,
        holder: o.holder,
        stop,
        release: async () => {
            stop();
            await releaseLease(kube, o.namespace, o.service, o.holder);
        },
    };
}
/** Deletes the Lease if `holder` still holds it (the post step calls this too). */
async function releaseLease(kube, namespace, service, holder) {
    const name = leaseName(service);
    const current = await kube.get('coordination.k8s.io/v1', 'Lease', name, namespace);
    if (!current || current.spec?.holderIdentity !== holder)
        return false;
    return kube.delete({ apiVersion: 'coordination.k8s.io/v1', kind: 'Lease', name, namespace });
}


/***/ })

};
