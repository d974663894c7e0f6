export const id = 301;
export const ids = [301];
export const modules = {

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


/***/ })

};
