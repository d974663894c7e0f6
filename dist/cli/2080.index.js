export const id = 2080;
export const ids = [2080];
export const modules = {

/***/ 12080:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.GitHubUnreachable = void 0;
exports.retryDelay = retryDelay;
exports.createGitHubApi = createGitHubApi;
exports.networkReason = networkReason;
exports.isRateLimit = isRateLimit;
exports.httpStatus = httpStatus;
const clock_js_1 = __webpack_require__(84517);
const errors_js_1 = __webpack_require__(97268);
/** GitHub could not be reached at all (every attempt failed before an HTTP answer). */
class GitHubUnreachable extends errors_js_1.ToolError {
    baseUrl;
    reason;
    attempts;
    constructor(baseUrl, reason, attempts) {
        super(`GitHub at ${baseUrl} could not be reached (${reason}) after ${attempts} attempts.`);
        this.baseUrl = baseUrl;
        this.reason = reason;
        this.attempts = attempts;
    }
}
exports.GitHubUnreachable = GitHubUnreachable;
const BACKOFF_MS = [1_000, 2_000, 4_000, 8_000];
const MAX_RATE_LIMIT_WAIT_MS = 60_000;
const IDEMPOTENT = new Set(['GET', 'HEAD', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);
/** The wait before the next attempt, or undefined to give up. */
function retryDelay(error, attempt, now, attempts) {
    if (attempt >= attempts)
        return undefined;
    const e = (error ?? {});
    const method = (e.request?.method ?? 'GET').toUpperCase();
    const graphql = /\/graphql$/.test(e.request?.url ?? '');
    const headers = e.response?.headers ?? {};
    if (!e.response)
        return BACKOFF_MS[attempt - 1] ?? 8_000; // never reached GitHub: safe for any method
    const status = e.status ?? 0;
    if (isRateLimit(e)) {
        const after = Number(headers['retry-after']);
        const reset = Number(headers['x-ratelimit-reset']);
        const wait = Number.isFinite(after) && after > 0 ? after * 1000 : Number.isFinite(reset) ? reset * 1000 - now : NaN;
        if (!Number.isFinite(wait) || wait > MAX_RATE_LIMIT_WAIT_MS)
            return undefined;
        return Math.max(wait, 1_000);
    }
    if (status >= 500 && (IDEMPOTENT.has(method) || graphql))
        return BACKOFF_MS[attempt - 1] ?? 8_000;
    return undefined;
}
async function createGitHubApi(token, baseUrl, opts = {}) {
    const { getOctokit: make } = await __webpack_require__.e(/* import() */ 157).then(__webpack_require__.bind(__webpack_require__, 50157));
    const api = make(token, { baseUrl, request: { retries: 0 } });
    const sleep = opts.sleep ?? clock_js_1.realClock.sleep;
    const now = opts.now ?? Date.now;
    const attempts = opts.attempts ?? 4;
    api.hook.wrap('request', async (request, options) => {
        const signal = options.request?.signal;
        for (let attempt = 1;; attempt++) {
            try {
                return await request(options);
            }
            catch (e) {
                const delay = signal?.aborted ? undefined : retryDelay(e, attempt, now(), attempts);
                if (delay === undefined) {
                    if (!e.response && httpStatus(e) !== undefined) {
                        throw new GitHubUnreachable(baseUrl, networkReason(e), attempt);
                    }
                    throw e;
                }
                await sleep(delay, signal);
            }
        }
    });
    return api;
}
/**
 * Why a request never got an answer: the innermost cause (`connect ECONNREFUSED 127.0.0.1:1`, `getaddrinfo
 * ENOTFOUND api.example`), not fetch's "fetch failed" or Octokit's wrapper message.
 */
function networkReason(error) {
    let e = error;
    for (let depth = 0; depth < 5; depth++) {
        const next = e?.cause;
        const inner = Array.isArray(e?.errors)
            ? e.errors[0]
            : undefined;
        if (inner !== undefined && next === undefined)
            e = inner;
        else if (next !== undefined && next !== null)
            e = next;
        else
            break;
    }
    return (0, errors_js_1.errorMessage)(e) || (0, errors_js_1.errorMessage)(error);
}
/** True for GitHub's "rate limit exhausted" answers (primary: remaining 0; secondary: retry-after). */
function isRateLimit(error) {
    const e = (error ?? {});
    const h = e.response?.headers ?? {};
    return (e.status === 429 ||
        (e.status === 403 && (h['x-ratelimit-remaining'] === '0' || Boolean(h['retry-after']))));
}
/** The HTTP status of an Octokit RequestError, or undefined. */
function httpStatus(error) {
    if (error && typeof error === 'object' && 'status' in error) {
        const s = error.status;
        return typeof s === 'number' ? s : undefined;
    }
    return undefined;
}


/***/ })

};
