export const id = 1699;
export const ids = [1699];
export const modules = {

/***/ 21699:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.startLoad = startLoad;
exports.summarizeLoad = summarizeLoad;
/**
 * Users' traffic for a simulation: `rps` requests per simulated second from `users` clients, each on its own
 * keep-alive connection (as browsers and service clients do: a connection stays on the pod or load-balancer
 * node it reached), paced by the simulation clock. Every answer is classified the way an operator reads it:
 * the version answered (its own errors count against it), or the switch mechanics failed the request (a reset
 * or refused connection, or a 502/503/504 the load balancer produced itself) — "load-balancer".
 */
const node_events_1 = __webpack_require__(78474);
const node_http_1 = __importDefault(__webpack_require__(37067));
function classify(status, headers) {
    const v = headers['x-version'];
    const version = typeof v === 'string' ? v : undefined;
    if (status === 0)
        return { cause: 'load-balancer' };
    if (status < 500)
        return { version, cause: 'ok' };
    if (version)
        return { version, cause: `version:${version}` };
    return { cause: 'load-balancer' };
}
/**
 * One request. Like browsers and HTTP client libraries, a request that fails on a reused keep-alive connection
 * before any answer (the server closed it as the request went out) is sent once more on a new connection.
 */
async function once(clock, url, agent, o) {
    const first = await attempt(clock, url, agent, o);
    return first.reusedSocket && first.status === 0 ? attempt(clock, url, agent, o) : first;
}
function attempt(clock, url, agent, o) {
    return new Promise((resolve) => {
        let done = false;
        const timer = new AbortController();
        const finish = (status, headers = {}) => {
            if (done)
                return;
            done = true;
            timer.abort();
            resolve({ status, headers, reusedSocket: req.reusedSocket && status === 0 && !answered });
        };
        let answered = false;
        const req = node_http_1.default.get(`${url}${o.path ?? '/'}`, { agent, headers: o.headers }, (res) => {
            answered = true;
            res.resume();
            res.on('end', () => finish(res.statusCode ?? 0, res.headers));
            res.on('error', () => finish(0));
        });
        req.on('error', () => finish(0));
        clock.sleep(o.timeoutMs ?? 60_000, timer.signal).then(() => {
            req.destroy();
            finish(0);
        }, () => undefined);
    });
}
function startLoad(clock, url, o) {
    const answers = [];
    const users = Math.max(1, Math.min(o.users ?? Math.min(20, Math.ceil(o.rps)), Math.ceil(o.rps * 10)));
    const period = (1000 * users) / o.rps;
    const stopping = new AbortController();
    // Every user waits on it: that many listeners is expected.
    (0, node_events_1.setMaxListeners)(0, stopping.signal);
    const agents = [];
    const perConnection = o.requestsPerConnection ?? 10;
    const start = clock.now();
    const loops = Array.from({ length: users }, async () => {
        let agent = new node_http_1.default.Agent({ keepAlive: true, maxSockets: 1 });
        agents.push(agent);
        let sent = 0;
        try {
            // Users send on a shared beat (every `period`, all together): `users` concurrent requests at a time.
            while (!stopping.signal.aborted) {
                if (sent > 0 && sent % perConnection === 0) {
                    agent.destroy();
                    agent = new node_http_1.default.Agent({ keepAlive: true, maxSockets: 1 });
                    agents.push(agent);
                }
                sent++;
                const at = clock.now();
                const r = await once(clock, url(), agent, o);
                answers.push({ at, status: r.status, ...classify(r.status, r.headers) });
                // The next beat strictly after now (a period that is not a whole number of ms must not round onto now).
                const beat = (Math.floor((clock.now() - start) / period + 1e-6) + 1) * period + start;
                await clock.sleep(Math.max(0, beat - clock.now()), stopping.signal);
            }
        }
        catch {
            // stopped
        }
    });
    return {
        answers,
        stop: async () => {
            stopping.abort(new Error('load stopped'));
            await Promise.all(loops);
            for (const a of agents)
                a.destroy();
            return [...answers].sort((a, b) => a.at - b.at);
        },
    };
}
function summarizeLoad(answers) {
    const sum = {
        requests: answers.length,
        errors: 0,
        byVersion: {},
        errorsByVersion: {},
        errorsByCause: {},
    };
    for (const a of answers) {
        const v = a.version ?? 'no answer';
        sum.byVersion[v] = (sum.byVersion[v] ?? 0) + 1;
        if (a.cause !== 'ok') {
            sum.errors++;
            sum.errorsByVersion[v] = (sum.errorsByVersion[v] ?? 0) + 1;
            sum.errorsByCause[a.cause] = (sum.errorsByCause[a.cause] ?? 0) + 1;
        }
    }
    return sum;
}


/***/ })

};
