export const id = 6693;
export const ids = [6693];
export const modules = {

/***/ 96823:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Elbv2Api = void 0;
/**
 * The Elastic Load Balancing v2 API (Query protocol, version 2015-12-01) over the simulator's load balancers:
 * DescribeLoadBalancers, DescribeListeners, DescribeRules, DescribeTargetGroups, DescribeTargetGroupAttributes,
 * DescribeTargetHealth and DescribeTags, reached through the SDK's endpoint setting. Requests are form-encoded
 * POSTs signed with SigV4 (service `elasticloadbalancing`); answers are the XML documents the SDK parses.
 */
const node_crypto_1 = __webpack_require__(77598);
const node_http_1 = __importDefault(__webpack_require__(37067));
const clock_js_1 = __webpack_require__(75037);
const loopback_js_1 = __webpack_require__(5250);
const sigv4_js_1 = __webpack_require__(56874);
const model_js_1 = __webpack_require__(85694);
const errors_js_1 = __webpack_require__(97268);
function esc(s) {
    return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
function xml(name, v) {
    if (v === undefined)
        return '';
    if (Array.isArray(v))
        return `<${name}>${v.map((m) => xml('member', m)).join('')}</${name}>`;
    if (typeof v === 'object')
        return `<${name}>${Object.entries(v)
            .map(([k, x]) => xml(k, x))
            .join('')}</${name}>`;
    return `<${name}>${esc(String(v))}</${name}>`;
}
class ApiError extends Error {
    status;
    code;
    constructor(status, code, message) {
        super(message);
        this.status = status;
        this.code = code;
    }
}
/** `Names.member.1=a&Names.member.2=b` → ['a', 'b']. */
function members(p, name) {
    const out = [];
    for (const [k, v] of Object.entries(p)) {
        const m = new RegExp(`^${name}\\.member\\.(\\d+)$`).exec(k);
        if (m)
            out.push([Number(m[1]), v]);
    }
    return out.sort((a, b) => a[0] - b[0]).map(([, v]) => v);
}
function actionXml(a, order) {
    if (a.Type === 'fixed-response')
        return {
            Type: 'fixed-response',
            Order: order,
            FixedResponseConfig: {
                StatusCode: a.StatusCode,
                ContentType: a.ContentType,
                MessageBody: a.MessageBody,
            },
        };
    return {
        Type: 'forward',
        Order: order,
        ...(a.TargetGroups.length === 1 ? { TargetGroupArn: a.TargetGroups[0].TargetGroupArn } : {}),
        ForwardConfig: {
            TargetGroups: a.TargetGroups.map((t) => ({ TargetGroupArn: t.TargetGroupArn, Weight: t.Weight })),
            TargetGroupStickinessConfig: { Enabled: false },
        },
    };
}
function conditionXml(c) {
    if (c.Field === 'path-pattern')
        return { Field: c.Field, Values: c.Values, PathPatternConfig: { Values: c.Values } };
    if (c.Field === 'host-header')
        return { Field: c.Field, Values: c.Values, HostHeaderConfig: { Values: c.Values } };
    return { Field: c.Field, HttpHeaderConfig: { HttpHeaderName: c.HttpHeaderName, Values: c.Values } };
}
class Elbv2Api {
    clock;
    elbv2;
    credentials;
    server;
    requests = [];
    url = '';
    constructor(clock, elbv2, credentials) {
        this.clock = clock;
        this.elbv2 = elbv2;
        this.credentials = credentials;
    }
    async start() {
        const server = node_http_1.default.createServer((0, loopback_js_1.withBody)((req, body, res) => this.handle(req, body, res)));
        (0, clock_js_1.watchServer)(server, this.clock);
        this.server = new loopback_js_1.LoopbackServer(server);
        const port = await this.server.listen();
        this.url = `http://127.0.0.1:${port}`;
        return this.url;
    }
    async close() {
        await this.server?.close();
    }
    handle(req, body, res) {
        const url = new URL(req.url ?? '/', 'http://localhost');
        const params = Object.fromEntries(new URLSearchParams(req.method === 'POST' ? body.toString('utf8') : url.search));
        const record = {
            at: this.clock.now(),
            action: params.Action ?? '',
            status: 0,
            params,
        };
        this.requests.push(record);
        const send = (status, text) => {
            record.status = status;
            res.writeHead(status, { 'content-type': 'text/xml', 'x-amzn-requestid': (0, node_crypto_1.randomUUID)() });
            res.end(text);
        };
        try {
            try {
                (0, sigv4_js_1.verifySigV4)((0, sigv4_js_1.signedRequest)(req, body), {
                    credentials: this.credentials,
                    service: 'elasticloadbalancing',
                    region: this.elbv2.region,
                    now: Date.now(),
                });
            }
            catch (e) {
                if (e instanceof sigv4_js_1.SigV4Error)
                    throw new ApiError(403, e.code, e.message);
                throw e;
            }
            if (params.Version !== '2015-12-01')
                throw new ApiError(400, 'InvalidAction', `Unsupported version: ${params.Version}`);
            const result = this.dispatch(params.Action ?? '', params);
            const action = params.Action ?? '';
            send(200, `<${action}Response xmlns="http://elasticloadbalancing.amazonaws.com/doc/2015-12-01/">` +
                xml(`${action}Result`, result) +
                xml('ResponseMetadata', { RequestId: (0, node_crypto_1.randomUUID)() }) +
                `</${action}Response>`);
        }
        catch (e) {
            const err = e instanceof ApiError ? e : new ApiError(500, 'InternalFailure', (0, errors_js_1.errorMessage)(e));
            send(err.status, `<ErrorResponse xmlns="http://elasticloadbalancing.amazonaws.com/doc/2015-12-01/">` +
                xml('Error', {
                    Type: err.status >= 500 ? 'Receiver' : 'Sender',
                    Code: err.code,
                    Message: err.message,
                }) +
                xml('RequestId', (0, node_crypto_1.randomUUID)()) +
                `</ErrorResponse>`);
        }
    }
    dispatch(action, p) {
        switch (action) {
            case 'DescribeLoadBalancers': {
                const arns = members(p, 'LoadBalancerArns');
                const names = members(p, 'Names');
                let lbs = [...this.elbv2.loadBalancers.values()];
                if (arns.length)
                    lbs = arns.map((a) => this.lb(a));
                if (names.length) {
                    lbs = names.map((n) => {
                        const lb = lbs.find((x) => x.name === n);
                        if (!lb)
                            throw new ApiError(400, 'LoadBalancerNotFound', `Load balancers '[${n}]' not found`);
                        return lb;
                    });
                }
                return { LoadBalancers: lbs.map((lb) => this.lbXml(lb)) };
            }
            case 'DescribeListeners': {
                const arns = members(p, 'ListenerArns');
                const listeners = p.LoadBalancerArn
                    ? this.lb(p.LoadBalancerArn).listeners
                    : [...this.elbv2.loadBalancers.values()]
                        .flatMap((lb) => lb.listeners)
                        .filter((l) => arns.includes(l.arn));
                if (!p.LoadBalancerArn && arns.length === 0)
                    throw new ApiError(400, 'ValidationError', 'You must specify either listener ARNs or a load balancer ARN');
                if (arns.length && listeners.length !== arns.length)
                    throw new ApiError(400, 'ListenerNotFound', 'One or more listeners not found');
                return {
                    Listeners: listeners.map((l) => {
                        const def = l.rules.find((r) => r.priority === 'default');
                        return {
                            ListenerArn: l.arn,
                            LoadBalancerArn: l.loadBalancerArn,
                            Port: l.port,
                            Protocol: l.protocol,
                            DefaultActions: (def?.actions ?? []).map((a, i) => actionXml(a, i + 1)),
                        };
                    }),
                };
            }
            case 'DescribeRules': {
                const arns = members(p, 'RuleArns');
                const all = [...this.elbv2.loadBalancers.values()].flatMap((lb) => lb.listeners);
                let rules;
                if (p.ListenerArn) {
                    const l = all.find((x) => x.arn === p.ListenerArn);
                    if (!l)
                        throw new ApiError(400, 'ListenerNotFound', 'One or more listeners not found');
                    rules = l.rules;
                }
                else if (arns.length) {
                    rules = all.flatMap((l) => l.rules).filter((r) => arns.includes(r.arn));
                    if (rules.length !== arns.length)
                        throw new ApiError(400, 'RuleNotFound', 'One or more rules not found');
                }
                else
                    throw new ApiError(400, 'ValidationError', 'You must specify either listener ARN or rule ARNs');
                return {
                    Rules: rules.map((r) => ({
                        RuleArn: r.arn,
                        Priority: String(r.priority),
                        Conditions: r.conditions.map(conditionXml),
                        Actions: r.actions.map((a, i) => actionXml(a, i + 1)),
                        IsDefault: r.priority === 'default',
                    })),
                };
            }
            case 'DescribeTargetGroups': {
                const arns = members(p, 'TargetGroupArns');
                const names = members(p, 'Names');
                let tgs = [...this.elbv2.targetGroups.values()];
                if (p.LoadBalancerArn)
                    tgs = tgs.filter((t) => t.loadBalancerArns.has(p.LoadBalancerArn));
                if (arns.length)
                    tgs = arns.map((a) => this.tg(a));
                if (names.length)
                    tgs = names.map((n) => {
                        const tg = tgs.find((t) => t.name === n);
                        if (!tg)
                            throw new ApiError(400, 'TargetGroupNotFound', `Target groups '[${n}]' not found`);
                        return tg;
                    });
                return { TargetGroups: tgs.map((tg) => this.tgXml(tg)) };
            }
            case 'DescribeTargetGroupAttributes': {
                const tg = this.tg(this.required(p, 'TargetGroupArn'));
                return { Attributes: Object.entries(tg.attributes).map(([Key, Value]) => ({ Key, Value })) };
            }
            case 'DescribeTargetHealth': {
                const tg = this.tg(this.required(p, 'TargetGroupArn'));
                const asked = [];
                for (let i = 1; p[`Targets.member.${i}.Id`] !== undefined; i++) {
                    const port = p[`Targets.member.${i}.Port`];
                    asked.push({ id: p[`Targets.member.${i}.Id`], port: port ? Number(port) : undefined });
                }
                const registered = [...tg.targets.values()];
                const describe = (t) => ({
                    Target: { Id: t.id, Port: t.port, AvailabilityZone: t.az },
                    HealthCheckPort: String(t.port),
                    TargetHealth: { State: t.health.State, Reason: t.health.Reason, Description: t.health.Description },
                });
                if (asked.length === 0)
                    return { TargetHealthDescriptions: registered.map(describe) };
                return {
                    TargetHealthDescriptions: asked.map((a) => {
                        const t = registered.find((x) => x.id === a.id && (a.port === undefined || x.port === a.port));
                        if (t)
                            return describe(t);
                        return {
                            Target: { Id: a.id, Port: a.port ?? tg.port },
                            HealthCheckPort: String(a.port ?? tg.port),
                            TargetHealth: {
                                State: 'unused',
                                Reason: 'Target.NotRegistered',
                                Description: 'Target is not registered to the target group',
                            },
                        };
                    }),
                };
            }
            case 'DescribeTags': {
                const arns = members(p, 'ResourceArns');
                if (arns.length === 0)
                    throw new ApiError(400, 'ValidationError', "1 validation error detected: Value null at 'resourceArns' failed to satisfy constraint: Member must not be null");
                return {
                    TagDescriptions: arns.map((arn) => {
                        const tags = this.elbv2.loadBalancers.get(arn)?.tags ?? this.elbv2.targetGroups.get(arn)?.tags;
                        if (!tags)
                            throw new ApiError(400, arn.includes(':targetgroup/') ? 'TargetGroupNotFound' : 'LoadBalancerNotFound', `'${arn}' not found`);
                        return { ResourceArn: arn, Tags: Object.entries(tags).map(([Key, Value]) => ({ Key, Value })) };
                    }),
                };
            }
            default:
                throw new ApiError(400, 'InvalidAction', `The action ${action || '(none)'} is not valid for this web service.`);
        }
    }
    required(p, name) {
        const v = p[name];
        if (!v)
            throw new ApiError(400, 'ValidationError', `1 validation error detected: Value null at '${name[0].toLowerCase()}${name.slice(1)}' failed to satisfy constraint: Member must not be null`);
        return v;
    }
    lb(arn) {
        const lb = this.elbv2.loadBalancers.get(arn);
        if (!lb)
            throw new ApiError(400, 'LoadBalancerNotFound', `One or more load balancers not found`);
        return lb;
    }
    tg(arn) {
        const tg = this.elbv2.targetGroups.get(arn);
        if (!tg)
            throw new ApiError(400, 'TargetGroupNotFound', `One or more target groups not found`);
        return tg;
    }
    lbXml(lb) {
        return {
            LoadBalancerArn: lb.arn,
            DNSName: lb.dnsName,
            CanonicalHostedZoneId: 'Z35SXDOTRQ7X7K',
            CreatedTime: new Date(lb.createdAt).toISOString(),
            LoadBalancerName: lb.name,
            Scheme: lb.scheme,
            VpcId: model_js_1.VPC,
            State: { Code: this.clock.now() >= lb.activeAt ? 'active' : 'provisioning' },
            Type: 'application',
            AvailabilityZones: ['a', 'b', 'c'].map((z, i) => ({
                ZoneName: `${this.elbv2.region}${z}`,
                SubnetId: `subnet-0a1b2c3d4e5f6000${i + 1}`,
            })),
            SecurityGroups: ['sg-0a1b2c3d4e5f60010'],
            IpAddressType: 'ipv4',
        };
    }
    tgXml(tg) {
        return {
            TargetGroupArn: tg.arn,
            TargetGroupName: tg.name,
            Protocol: tg.protocol,
            Port: tg.port,
            VpcId: model_js_1.VPC,
            HealthCheckProtocol: tg.health.protocol,
            HealthCheckPort: tg.health.port,
            HealthCheckEnabled: true,
            HealthCheckIntervalSeconds: tg.health.intervalSeconds,
            HealthCheckTimeoutSeconds: tg.health.timeoutSeconds,
            HealthyThresholdCount: tg.health.healthyThreshold,
            UnhealthyThresholdCount: tg.health.unhealthyThreshold,
            HealthCheckPath: tg.health.path,
            Matcher: { HttpCode: tg.health.matcher },
            LoadBalancerArns: [...tg.loadBalancerArns],
            TargetType: tg.targetType,
            ProtocolVersion: 'HTTP1',
            IpAddressType: 'ipv4',
        };
    }
}
exports.Elbv2Api = Elbv2Api;


/***/ }),

/***/ 37663:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.AlbDataPlane = void 0;
/**
 * The ALB's data plane: a real HTTP listener on loopback per load balancer listener. Each request is matched
 * against the listener's rules in priority order (host-header, path-pattern, http-header conditions), and a
 * forward action picks a target group by weight (smooth weighted round robin, so shares are exact), then a
 * target among the group's healthy ones (round robin), or — when none is healthy — among the unhealthy ones
 * (ALB fails open). With nothing to route to it answers 503 itself; a target that refuses or resets the
 * connection gives 502, one that does not answer within the idle timeout 504 — the load balancer's own HTML
 * pages with `Server: awselb/2.0`, as users see them.
 */
const node_http_1 = __importDefault(__webpack_require__(37067));
const clock_js_1 = __webpack_require__(75037);
const model_js_1 = __webpack_require__(85694);
const loopback_js_1 = __webpack_require__(5250);
const PAGES = {
    502: '502 Bad Gateway',
    503: '503 Service Temporarily Unavailable',
    504: '504 Gateway Time-out',
    404: '404 Not Found',
};
function page(code) {
    const title = PAGES[code] ?? String(code);
    return `<html>\r\n<head><title>${title}</title></head>\r\n<body>\r\n<center><h1>${title}</h1></center>\r\n</body>\r\n</html>\r\n`;
}
function priority(r) {
    return r.priority === 'default' ? Number.MAX_SAFE_INTEGER : r.priority;
}
function ruleMatches(r, host, path, headers) {
    return r.conditions.every((c) => {
        if (c.Field === 'path-pattern')
            return c.Values.some((v) => (0, model_js_1.pathMatches)(v, path));
        if (c.Field === 'host-header')
            return c.Values.some((v) => (0, model_js_1.pathMatches)(v.toLowerCase(), host.toLowerCase()));
        const value = headers[c.HttpHeaderName.toLowerCase()];
        const values = Array.isArray(value) ? value : value === undefined ? [] : [value];
        return c.Values.some((v) => values.some((x) => (0, model_js_1.pathMatches)(v, x)));
    });
}
class AlbDataPlane {
    clock;
    elbv2;
    hooks;
    servers = new Map();
    sockets = new Set();
    rr = new Map();
    starting = new Set();
    samples = new Map();
    constructor(clock, elbv2, hooks) {
        this.clock = clock;
        this.elbv2 = elbv2;
        this.hooks = hooks;
    }
    /** The loopback URL of a listener that is already listening. */
    urlNow(listener) {
        const s = this.servers.get(listener.arn);
        return s ? `http://127.0.0.1:${s.port}` : undefined;
    }
    /** Start a listener now, so its URL is known before anyone asks. */
    ensure(listener) {
        if (!this.servers.has(listener.arn) && !this.starting.has(listener.arn)) {
            this.starting.add(listener.arn);
            void this.url(listener).finally(() => this.starting.delete(listener.arn));
        }
    }
    /** The loopback URL of a listener (started on first use). */
    async url(listener) {
        let s = this.servers.get(listener.arn);
        if (!s) {
            const server = node_http_1.default.createServer((req, res) => void this.handle(listener.arn, req, res));
            server.on('connection', (sock) => {
                this.sockets.add(sock);
                sock.on('close', () => this.sockets.delete(sock));
            });
            (0, clock_js_1.watchServer)(server, this.clock);
            const port = await new Promise((resolve, reject) => {
                server.once('error', reject);
                server.listen(0, '127.0.0.1', () => resolve(server.address().port));
            });
            s = { server, port };
            this.servers.set(listener.arn, s);
        }
        return `http://127.0.0.1:${s.port}`;
    }
    /** What users of a load balancer got, in order. */
    log(lb) {
        let l = this.samples.get(lb.arn);
        if (!l) {
            l = [];
            this.samples.set(lb.arn, l);
        }
        return l;
    }
    find(listenerArn) {
        for (const lb of this.elbv2.loadBalancers.values()) {
            const listener = lb.listeners.find((l) => l.arn === listenerArn);
            if (listener)
                return { lb, listener };
        }
        return undefined;
    }
    async handle(listenerArn, req, res) {
        const chunks = [];
        for await (const c of req)
            chunks.push(c);
        const body = Buffer.concat(chunks);
        const found = this.find(listenerArn);
        const at = this.clock.now();
        const reply = (status, lb, extra = {}) => {
            if (lb)
                this.log(lb).push({ at, status, elb: true, ...extra });
            res.writeHead(status, { server: 'awselb/2.0', 'content-type': 'text/html', connection: 'keep-alive' });
            res.end(page(status));
        };
        if (!found)
            return reply(503);
        const { lb, listener } = found;
        const url = new URL(req.url ?? '/', 'http://alb');
        const host = String(req.headers.host ?? '').replace(/:\d+$/, '');
        const rule = [...listener.rules]
            .sort((a, b) => priority(a) - priority(b))
            .find((r) => ruleMatches(r, host, url.pathname, req.headers));
        const action = rule?.actions[0];
        if (!rule || !action)
            return reply(503, lb);
        if (action.Type === 'fixed-response') {
            const status = Number(action.StatusCode);
            this.log(lb).push({ at, status, elb: true });
            res.writeHead(status, { server: 'awselb/2.0', 'content-type': action.ContentType ?? 'text/plain' });
            res.end(action.MessageBody ?? '');
            return;
        }
        const tg = this.pickGroup(rule, action.TargetGroups);
        if (!tg)
            return reply(503, lb);
        const target = this.pickTarget(tg);
        if (!target)
            return reply(503, lb, { targetGroup: tg.name });
        const idle = Number(lb.attributes['idle_timeout.timeout_seconds'] ?? '60') * 1000;
        try {
            const r = await this.hooks.forward(target, { method: req.method ?? 'GET', path: `${url.pathname}${url.search}`, headers: req.headers, body }, idle);
            const version = typeof r.headers['x-version'] === 'string' ? r.headers['x-version'] : undefined;
            this.log(lb).push({
                at,
                status: r.status,
                version,
                target: target.id,
                targetGroup: tg.name,
                elb: false,
                ms: this.clock.now() - at,
            });
            res.writeHead(r.status, (0, loopback_js_1.forwardedHeaders)(r.headers));
            res.end(r.body);
        }
        catch (e) {
            const timeout = e instanceof Error && e.name === 'TimeoutError';
            reply(timeout ? 504 : 502, lb, { target: target.id, targetGroup: tg.name });
        }
    }
    /** Smooth weighted round robin over the forward's target groups (weight 0 never chosen). */
    pickGroup(rule, groups) {
        const live = groups.map((g) => ({
            tg: this.elbv2.targetGroups.get(g.TargetGroupArn),
            w: Math.max(0, g.Weight),
        }));
        const total = live.reduce((n, g) => n + (g.tg ? g.w : 0), 0);
        if (total === 0)
            return live.length === 1 ? live[0].tg : undefined;
        if (!rule.current || rule.current.length !== live.length)
            rule.current = live.map(() => 0);
        let best = -1;
        for (let i = 0; i < live.length; i++) {
            if (!live[i].tg || live[i].w === 0)
                continue;
            rule.current[i] += live[i].w;
            if (best < 0 || rule.current[i] > rule.current[best])
                best = i;
        }
        rule.current[best] -= total;
        return live[best].tg;
    }
    pickTarget(tg) {
        const targets = this.elbv2.routable(tg).sort((a, b) => a.id.localeCompare(b.id) || a.port - b.port);
        if (targets.length === 0)
            return undefined;
        const n = this.rr.get(tg.arn) ?? 0;
        this.rr.set(tg.arn, n + 1);
        return targets[n % targets.length];
    }
    async close() {
        for (const s of this.sockets)
            s.destroy();
        await Promise.all([...this.servers.values()].map(({ server }) => new Promise((resolve) => {
            server.close(() => resolve());
            server.closeAllConnections();
        })));
    }
}
exports.AlbDataPlane = AlbDataPlane;


/***/ }),

/***/ 85694:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Elbv2 = exports.VPC = exports.ACCOUNT = void 0;
exports.matches = matches;
exports.pathMatches = pathMatches;
/**
 * Elastic Load Balancing v2 as the simulator's AWS Load Balancer Controller drives it and Keelson reads it:
 * Application Load Balancers with listeners, rules (host, path and header conditions; fixed-response and
 * weighted forward actions), target groups with IP targets, and target health as ELB reports it.
 *
 * Target health follows the documented life cycle: a registered target is `initial` (Elb.RegistrationInProgress,
 * then Elb.InitialHealthChecking) until it passes one real HTTP health check (`healthy`) or fails the unhealthy
 * threshold (`unhealthy`); a healthy target turns unhealthy after UnhealthyThresholdCount consecutive failures and
 * back after HealthyThresholdCount successes; a deregistered target is `draining` for the deregistration delay
 * (deregistration_delay.timeout_seconds, default 300), gets no new requests, then is gone. Health checks and
 * every delay run on the simulation clock.
 */
const node_crypto_1 = __webpack_require__(77598);
exports.ACCOUNT = '123456789012';
exports.VPC = 'vpc-0a1b2c3d4e5f60004';
const ZONES = ['a', 'b', 'c'];
function hex(seed, n) {
    return (0, node_crypto_1.createHash)('sha256').update(seed).digest('hex').slice(0, n);
}
/** Does `code` satisfy a matcher like `200`, `200,202` or `200-299`? */
function matches(matcher, code) {
    return matcher.split(',').some((part) => {
        const [lo, hi] = part.trim().split('-').map(Number);
        return hi === undefined ? code === lo : code >= lo && code <= hi;
    });
}
/** ALB path-pattern: case-sensitive, `*` any characters, `?` one character. */
function pathMatches(pattern, path) {
    const re = new RegExp(`^${pattern
        .replace(/[.+^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '.*')
        .replace(/\?/g, '.')}$`);
    return re.test(path);
}
class Elbv2 {
    clock;
    region;
    hooks;
    registrationMs;
    loadBalancers = new Map();
    targetGroups = new Map();
    /** Every target state change, in order (for reports: when did the new targets become healthy?). */
    history = [];
    seq = 0;
    sleeper;
    sleepingUntil = Infinity;
    stopped = false;
    loop;
    constructor(clock, region, hooks, 
    /** Elb.RegistrationInProgress before health checks start (simulated ms). */
    registrationMs = 3_000) {
        this.clock = clock;
        this.region = region;
        this.hooks = hooks;
        this.registrationMs = registrationMs;
    }
    start() {
        this.loop = this.run();
    }
    async stop() {
        this.stopped = true;
        this.sleeper?.abort();
        await this.loop;
    }
    record(tg, id, state) {
        this.history.push({ at: this.clock.now(), targetGroupArn: tg.arn, id, state });
        if (this.history.length > 100_000)
            this.history.splice(0, this.history.length - 100_000);
    }
    id() {
        return hex(`${this.region}/${++this.seq}`, 16);
    }
    // ---- load balancers, listeners, rules ------------------------------------------------------------
    createLoadBalancer(name, scheme, tags) {
        const id = this.id();
        const now = this.clock.now();
        const lb = {
            arn: `arn:aws:elasticloadbalancing:${this.region}:${exports.ACCOUNT}:loadbalancer/app/${name}/${id}`,
            name,
            dnsName: `${name}-${parseInt(id.slice(0, 8), 16) % 1_000_000_000}.${this.region}.elb.amazonaws.com`,
            scheme,
            createdAt: now,
            activeAt: now + 30_000,
            tags,
            attributes: { 'idle_timeout.timeout_seconds': '60' },
            listeners: [],
        };
        this.loadBalancers.set(lb.arn, lb);
        return lb;
    }
    deleteLoadBalancer(arn) {
        const lb = this.loadBalancers.get(arn);
        if (!lb)
            return;
        for (const tg of this.targetGroups.values())
            tg.loadBalancerArns.delete(arn);
        this.loadBalancers.delete(arn);
    }
    /** Creates the listener on `port` or returns the existing one. */
    listener(lb, port, protocol) {
        let l = lb.listeners.find((x) => x.port === port);
        if (!l) {
            const [, name, lbId] = /loadbalancer\/app\/([^/]+)\/([^/]+)$/.exec(lb.arn) ?? [];
            const id = this.id();
            l = {
                arn: `arn:aws:elasticloadbalancing:${this.region}:${exports.ACCOUNT}:listener/app/${name}/${lbId}/${id}`,
                loadBalancerArn: lb.arn,
                port,
                protocol,
                rules: [],
            };
            lb.listeners.push(l);
        }
        l.protocol = protocol;
        return l;
    }
    /** Replaces a listener's rules (the default one included); a rule that did not change keeps its ARN and state. */
    setRules(l, rules) {
        const [, name, lbId, listenerId] = /listener\/app\/([^/]+)\/([^/]+)\/([^/]+)$/.exec(l.arn) ?? [];
        const key = (r) => JSON.stringify([r.priority, r.conditions]);
        const previous = new Map(l.rules.map((r) => [key(r), r]));
        l.rules = rules.map((r) => {
            const old = previous.get(key(r));
            const same = old && JSON.stringify(old.actions) === JSON.stringify(r.actions);
            return {
                ...r,
                arn: old?.arn ??
                    `arn:aws:elasticloadbalancing:${this.region}:${exports.ACCOUNT}:listener-rule/app/${name}/${lbId}/${listenerId}/${this.id()}`,
                current: same ? old.current : undefined,
            };
        });
        for (const r of l.rules)
            for (const a of r.actions)
                if (a.Type === 'forward')
                    for (const t of a.TargetGroups)
                        this.targetGroups.get(t.TargetGroupArn)?.loadBalancerArns.add(l.loadBalancerArn);
    }
    // ---- target groups and targets ------------------------------------------------------------------
    createTargetGroup(name, spec, tags) {
        const tg = {
            arn: `arn:aws:elasticloadbalancing:${this.region}:${exports.ACCOUNT}:targetgroup/${name}/${this.id()}`,
            name,
            port: spec.port,
            protocol: spec.protocol,
            targetType: spec.targetType,
            health: spec.health,
            attributes: {
                'deregistration_delay.timeout_seconds': '300',
                'load_balancing.algorithm.type': 'round_robin',
            },
            tags,
            targets: new Map(),
            loadBalancerArns: new Set(),
        };
        this.targetGroups.set(tg.arn, tg);
        return tg;
    }
    /** Deleting a target group drops its targets at once: no draining (what LBC docs warn about). */
    deleteTargetGroup(arn) {
        this.targetGroups.delete(arn);
        for (const lb of this.loadBalancers.values())
            for (const l of lb.listeners)
                for (const r of l.rules)
                    for (const a of r.actions)
                        if (a.Type === 'forward')
                            a.TargetGroups = a.TargetGroups.filter((t) => t.TargetGroupArn !== arn);
        this.hooks.changed();
    }
    registerTargets(tg, targets) {
        const now = this.clock.now();
        for (const t of targets) {
            const key = `${t.id}:${t.port}`;
            const existing = tg.targets.get(key);
            if (existing && existing.health.State !== 'draining')
                continue;
            const az = `${this.region}${ZONES[Number(t.id.split('.').pop() ?? 0) % ZONES.length]}`;
            tg.targets.set(key, {
                id: t.id,
                port: t.port,
                az,
                health: {
                    State: 'initial',
                    Reason: 'Elb.RegistrationInProgress',
                    Description: 'Target registration is in progress',
                },
                checksFrom: now + this.registrationMs,
                nextCheckAt: now + this.registrationMs,
                okStreak: 0,
                failStreak: 0,
            });
            this.record(tg, t.id, 'initial');
        }
        this.wake(now + this.registrationMs);
        this.hooks.changed();
    }
    deregisterTargets(tg, targets) {
        const now = this.clock.now();
        const delay = Number(tg.attributes['deregistration_delay.timeout_seconds'] ?? '300') * 1000;
        for (const t of targets) {
            const target = tg.targets.get(`${t.id}:${t.port}`);
            if (!target || target.health.State === 'draining')
                continue;
            target.health = {
                State: 'draining',
                Reason: 'Target.DeregistrationInProgress',
                Description: 'Target deregistration is in progress',
            };
            target.drainUntil = now + delay;
            this.record(tg, t.id, 'draining');
            this.wake(target.drainUntil);
        }
        this.hooks.changed();
    }
    /** Targets a request may go to: the healthy ones, else (fail open) the unhealthy ones; none → 503. */
    routable(tg) {
        const all = [...tg.targets.values()];
        const healthy = all.filter((t) => t.health.State === 'healthy');
        if (healthy.length > 0)
            return healthy;
        return all.filter((t) => t.health.State === 'unhealthy');
    }
    // ---- health checking ----------------------------------------------------------------------------
    wake(t) {
        if (t < this.sleepingUntil)
            this.sleeper?.abort();
    }
    async run() {
        while (!this.stopped) {
            const now = this.clock.now();
            let next = now + 60_000;
            for (const tg of this.targetGroups.values()) {
                for (const [key, t] of tg.targets) {
                    if (t.health.State === 'draining') {
                        if (now >= (t.drainUntil ?? now)) {
                            tg.targets.delete(key);
                            this.record(tg, t.id, 'gone');
                            this.hooks.changed();
                        }
                        else
                            next = Math.min(next, t.drainUntil ?? now);
                        continue;
                    }
                    if (now >= t.nextCheckAt && !t.checking)
                        void this.check(tg, t);
                    next = Math.min(next, t.nextCheckAt);
                }
            }
            this.sleeper = new AbortController();
            this.sleepingUntil = Math.max(next, now + 1);
            try {
                await this.clock.sleep(this.sleepingUntil - now, this.sleeper.signal);
            }
            catch {
                // woken early
            }
            this.sleepingUntil = Infinity;
        }
    }
    async check(tg, t) {
        t.checking = true;
        const h = tg.health;
        t.nextCheckAt = this.clock.now() + h.intervalSeconds * 1000;
        if (t.health.Reason === 'Elb.RegistrationInProgress')
            t.health = {
                State: 'initial',
                Reason: 'Elb.InitialHealthChecking',
                Description: 'Initial health checks in progress',
            };
        let outcome;
        try {
            outcome = await this.hooks.probe(t, h.path, h.timeoutSeconds * 1000);
        }
        catch {
            outcome = 'refused';
        }
        finally {
            t.checking = false;
        }
        if (t.health.State === 'draining' || !tg.targets.has(`${t.id}:${t.port}`))
            return;
        const before = JSON.stringify(t.health);
        const ok = typeof outcome === 'number' && matches(h.matcher, outcome);
        if (ok) {
            t.okStreak++;
            t.failStreak = 0;
            // A new target is healthy after one passing check; an unhealthy one after the healthy threshold.
            if (t.health.State === 'initial' ||
                (t.health.State === 'unhealthy' && t.okStreak >= h.healthyThreshold))
                t.health = { State: 'healthy' };
        }
        else {
            t.failStreak++;
            t.okStreak = 0;
            if (t.failStreak >= h.unhealthyThreshold && t.health.State !== 'unhealthy') {
                t.health =
                    outcome === 'timeout'
                        ? { State: 'unhealthy', Reason: 'Target.Timeout', Description: 'Request timed out' }
                        : outcome === 'refused'
                            ? {
                                State: 'unhealthy',
                                Reason: 'Target.FailedHealthChecks',
                                Description: 'Health checks failed',
                            }
                            : {
                                State: 'unhealthy',
                                Reason: 'Target.ResponseCodeMismatch',
                                Description: `Health checks failed with these codes: [${outcome}]`,
                            };
            }
        }
        if (JSON.stringify(t.health) !== before) {
            this.record(tg, t.id, t.health.State);
            this.hooks.changed();
        }
    }
}
exports.Elbv2 = Elbv2;


/***/ }),

/***/ 56874:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.SigV4Error = void 0;
exports.signedRequest = signedRequest;
exports.sha256Hex = sha256Hex;
exports.hmac = hmac;
exports.signingKey = signingKey;
exports.sameHex = sameHex;
exports.rfc3986 = rfc3986;
exports.canonicalQuery = canonicalQuery;
exports.parseAmzDate = parseAmzDate;
exports.verifySigV4 = verifySigV4;
/**
 * Server-side AWS Signature Version 4 verification for the emulated AWS control planes (ECR, ELBv2, EKS) and the
 * primitives the EKS token check shares with it: the
 * canonical request is rebuilt from the bytes that arrived, independently of any SDK signer, and the
 * signature recomputed with the emulator's own credentials. Error codes and messages are AWS's.
 */
const node_crypto_1 = __webpack_require__(77598);
class SigV4Error extends Error {
    code;
    status;
    constructor(code, message, status = 400) {
        super(message);
        this.code = code;
        this.status = status;
    }
}
exports.SigV4Error = SigV4Error;
/** The request as it arrived: method, escaped path, raw query, headers and the body's bytes. */
function signedRequest(req, body) {
    const url = new URL(req.url ?? '/', 'http://localhost');
    return {
        method: req.method ?? 'GET',
        path: url.pathname,
        rawQuery: url.search.replace(/^\?/, ''),
        headers: req.headers,
        body,
    };
}
function sha256Hex(data) {
    return (0, node_crypto_1.createHash)('sha256').update(data).digest('hex');
}
function hmac(key, data) {
    return (0, node_crypto_1.createHmac)('sha256', key).update(data, 'utf8').digest();
}
function signingKey(secret, date, region, service) {
    return hmac(hmac(hmac(hmac(`AWS4${secret}`, date), region), service), 'aws4_request');
}
/** Constant-time comparison of two hex signatures. */
function sameHex(a, b) {
    const ba = Buffer.from(a, 'utf8');
    const bb = Buffer.from(b, 'utf8');
    return ba.length === bb.length && (0, node_crypto_1.timingSafeEqual)(ba, bb);
}
function rfc3986(value) {
    return encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
/** The canonical URI the AWS SDK signs: each segment of the (already escaped) path escaped once more. */
function canonicalUri(path) {
    const segments = [];
    for (const s of path.split('/')) {
        if (s === '' || s === '.')
            continue;
        if (s === '..')
            segments.pop();
        else
            segments.push(s);
    }
    const normalised = `${path.startsWith('/') ? '/' : ''}${segments.join('/')}${segments.length && path.endsWith('/') ? '/' : ''}`;
    return rfc3986(normalised).replace(/%2F/g, '/');
}
/** Decoded query pairs → the canonical query string (each side escaped, sorted by key then value). */
function canonicalQuery(pairs) {
    return pairs
        .map(([k, v]) => [rfc3986(k), rfc3986(v)])
        .sort(([a, av], [b, bv]) => (a < b ? -1 : a > b ? 1 : av < bv ? -1 : av > bv ? 1 : 0))
        .map(([k, v]) => `${k}=${v}`)
        .join('&');
}
function queryPairs(raw) {
    return raw
        .split('&')
        .filter(Boolean)
        .map((p) => {
        const eq = p.indexOf('=');
        return [
            decodeURIComponent(eq >= 0 ? p.slice(0, eq) : p),
            decodeURIComponent(eq >= 0 ? p.slice(eq + 1) : ''),
        ];
    });
}
/** Parse `20060102T150405Z` (the X-Amz-Date layout); NaN when malformed. */
function parseAmzDate(s) {
    const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(s);
    if (!m)
        return Number.NaN;
    return Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +m[6]);
}
function header(headers, name) {
    const v = headers[name];
    return Array.isArray(v) ? v[0] : v;
}
/**
 * Verifies an `Authorization: AWS4-HMAC-SHA256 …` header-signed request; returns who signed it. With `region`,
 * a signature scoped to another region is refused the way AWS refuses it.
 */
function verifySigV4(req, opts) {
    const auth = header(req.headers, 'authorization') ?? '';
    const m = /^AWS4-HMAC-SHA256 Credential=([^,\s]+),\s*SignedHeaders=([^,\s]+),\s*Signature=([0-9a-f]+)$/.exec(auth);
    if (!m)
        throw new SigV4Error('MissingAuthenticationTokenException', 'Missing Authentication Token');
    const [accessKeyId = '', date = '', region = '', service = '', terminator = ''] = m[1].split('/');
    if (terminator !== 'aws4_request' || service !== opts.service) {
        throw new SigV4Error('InvalidSignatureException', `Credential should be scoped to correct service: '${opts.service}'.`);
    }
    if (opts.region !== undefined && region !== opts.region) {
        throw new SigV4Error('InvalidSignatureException', `Credential should be scoped to a valid region, not '${region}'.`);
    }
    const cred = opts.credentials.find((c) => c.accessKeyId === accessKeyId);
    const token = header(req.headers, 'x-amz-security-token');
    if (!cred || (cred.sessionToken ?? undefined) !== token) {
        throw new SigV4Error('UnrecognizedClientException', 'The security token included in the request is invalid.');
    }
    const amzDate = header(req.headers, 'x-amz-date') ?? '';
    const signedAt = parseAmzDate(amzDate);
    if (Number.isNaN(signedAt) || date !== amzDate.slice(0, 8)) {
        throw new SigV4Error('InvalidSignatureException', 'Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP');
    }
    if (Math.abs(opts.now - signedAt) > 5 * 60_000) {
        throw new SigV4Error('InvalidSignatureException', `Signature expired: ${amzDate} is now earlier or later than the server time (5 min.)`);
    }
    let canonicalHeaders = '';
    for (const h of m[2].split(';')) {
        const v = req.headers[h];
        if (v === undefined) {
            throw new SigV4Error('InvalidSignatureException', 'The request signature we calculated does not match the signature you provided.');
        }
        const value = Array.isArray(v) ? v.join(',') : v;
        canonicalHeaders += `${h}:${value.trim().replace(/\s+/g, ' ')}\n`;
    }
    const canonicalRequest = [
        req.method,
        canonicalUri(req.path),
        canonicalQuery(queryPairs(req.rawQuery)),
        canonicalHeaders,
        m[2],
        sha256Hex(req.body),
    ].join('\n');
    const scope = `${date}/${region}/${service}/aws4_request`;
    const stringToSign = ['AWS4-HMAC-SHA256', amzDate, scope, sha256Hex(canonicalRequest)].join('\n');
    const expected = hmac(signingKey(cred.secretAccessKey, date, region, service), stringToSign).toString('hex');
    if (!sameHex(expected, m[3])) {
        throw new SigV4Error('InvalidSignatureException', 'The request signature we calculated does not match the signature you provided. Check your AWS Secret ' +
            'Access Key and signing method. Consult the service documentation for details.');
    }
    return { credential: cred, region };
}


/***/ }),

/***/ 81818:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ApiServer = void 0;
const node_crypto_1 = __webpack_require__(77598);
const node_http_1 = __importDefault(__webpack_require__(37067));
const node_https_1 = __importDefault(__webpack_require__(44708));
const yaml_1 = __webpack_require__(38815);
const clock_js_1 = __webpack_require__(75037);
const loopback_js_1 = __webpack_require__(5250);
const auth_js_1 = __webpack_require__(11023);
const backend_js_1 = __webpack_require__(63089);
const errors_js_1 = __webpack_require__(93550);
const resources_js_1 = __webpack_require__(64068);
const selectors_js_1 = __webpack_require__(4595);
const table_js_1 = __webpack_require__(13357);
const types_js_1 = __webpack_require__(3120);
const errors_js_2 = __webpack_require__(97268);
const PATCH_TYPES = {
    'application/merge-patch+json': 'merge',
    'application/json-patch+json': 'json',
    'application/strategic-merge-patch+json': 'strategic',
    'application/apply-patch+yaml': 'apply',
    'application/apply-patch+cbor': 'apply',
};
const MAX_BODY = 3 * 1024 * 1024;
function withTypeMeta(rt, o) {
    const { apiVersion: _a, kind: _k, ...rest } = o;
    return { apiVersion: (0, resources_js_1.groupVersion)(rt), kind: rt.kind, ...rest };
}
function withoutTypeMeta(o) {
    const { apiVersion: _a, kind: _k, ...rest } = o;
    return rest;
}
function mediaType(header) {
    return (header ?? '').split(';')[0].trim().toLowerCase();
}
/** The kube-apiserver HTTP surface: discovery, REST verbs, watch, subresources, proxy, auth, faults. */
class ApiServer {
    opts;
    server;
    watches = new Set();
    faults = [];
    forbidden = [];
    /**
     * Pod ports the control plane cannot reach (EKS: the cluster security group does not allow them): the service
     * proxy's dial times out after `proxyDialTimeoutMs` and it answers 503, as kube-apiserver does.
     */
    unreachablePorts = new Set();
    proxyDialTimeoutMs = 30_000;
    denials = [];
    outageUntil = -Infinity;
    /** Bearer tokens accepted as cluster-admin under their own user name (to tell clients apart in the log). */
    namedTokens = new Map();
    /** Bearer token → emulator time until which that client is cut off (its requests are reset, never seen). */
    partitions = new Map();
    requests = [];
    url = '';
    constructor(opts) {
        this.opts = opts;
    }
    /** Built-in resources always; a custom resource while its CustomResourceDefinition is Established. */
    served = (rt) => {
        if (!rt.crd)
            return true;
        const crd = this.opts.registry.find((0, resources_js_1.byKind)('CustomResourceDefinition'), undefined, rt.crd);
        const conditions = (0, types_js_1.isRecord)(crd?.status) && Array.isArray(crd.status.conditions) ? crd.status.conditions : [];
        return conditions.some((c) => (0, types_js_1.isRecord)(c) && c.type === 'Established' && c.status === 'True');
    };
    async start() {
        const handler = (req, res) => {
            this.handle(req, res).catch((e) => {
                if (!res.headersSent)
                    this.sendError(res, new errors_js_1.StatusError(500, 'InternalError', `Internal error occurred: ${(0, errors_js_2.errorMessage)(e)}`));
                else
                    res.destroy();
            });
        };
        const server = this.opts.tls
            ? node_https_1.default.createServer({ key: this.opts.tls.key, cert: this.opts.tls.cert }, handler)
            : node_http_1.default.createServer(handler);
        (0, clock_js_1.watchServer)(server, this.opts.clock);
        this.server = new loopback_js_1.LoopbackServer(server, () => this.inOutage());
        const port = await this.server.listen();
        this.url = `${this.opts.tls ? 'https' : 'http'}://127.0.0.1:${port}`;
        return this.url;
    }
    async close() {
        for (const stop of [...this.watches])
            stop();
        await this.server?.close();
    }
    /** Client connections open right now (keep-alive ones included): a client that hung up has none left. */
    get openConnections() {
        return this.server?.sockets.size ?? 0;
    }
    inject(f) {
        this.faults.push({ ...f, left: f.times ?? 1 });
    }
    /** Refuse and reset every connection for `ms` of emulator time. */
    outage(ms) {
        this.outageUntil = this.opts.clock.now() + ms;
        for (const stop of [...this.watches])
            stop();
        this.server?.resetConnections();
    }
    inOutage() {
        return this.opts.clock.now() < this.outageUntil;
    }
    /**
     * Cut one client (by its bearer token) off for `ms` of emulator time, as a network partition between one
     * runner and the API server: its connections are reset and its requests never arrive (nor reach the log).
     */
    partition(token, ms) {
        this.partitions.set(token, this.opts.clock.now() + ms);
    }
    partitioned(req) {
        const token = /^Bearer\s+(\S+)\s*$/i.exec(req.headers.authorization ?? '')?.[1];
        return token !== undefined && this.opts.clock.now() < (this.partitions.get(token) ?? -Infinity);
    }
    // ---- plumbing ---------------------------------------------------------------------------------------
    send(res, code, body, headers = {}) {
        const text = JSON.stringify(body);
        res.writeHead(code, {
            'content-type': 'application/json',
            'cache-control': 'no-cache, private',
            'audit-id': (0, node_crypto_1.randomUUID)(),
            ...headers,
        });
        res.end(text);
    }
    sendError(res, e) {
        const headers = {};
        if (e.details?.retryAfterSeconds !== undefined)
            headers['retry-after'] = String(e.details.retryAfterSeconds);
        this.send(res, e.code, e.toStatus(), headers);
    }
    readBody(req) {
        return new Promise((resolve, reject) => {
            const chunks = [];
            let size = 0;
            req.on('data', (c) => {
                size += c.length;
                if (size > MAX_BODY) {
                    reject(new errors_js_1.StatusError(413, 'RequestEntityTooLarge', 'Request entity too large: limit is 3145728'));
                    req.destroy();
                    return;
                }
                chunks.push(c);
            });
            req.on('end', () => resolve(Buffer.concat(chunks)));
            req.on('error', reject);
        });
    }
    parseBody(buf, type) {
        const text = buf.toString('utf8');
        if (text.trim() === '')
            return undefined;
        try {
            if (type.includes('yaml'))
                return (0, yaml_1.parse)(text);
            return JSON.parse(text);
        }
        catch (e) {
            throw (0, errors_js_1.badRequest)(`error decoding request body: ${(0, errors_js_2.errorMessage)(e)}`);
        }
    }
    authenticate(req, record) {
        const header = req.headers.authorization ?? '';
        const m = /^Bearer\s+(\S+)\s*$/i.exec(header);
        if (!m) {
            record.authError = header ? 'unsupported Authorization scheme' : 'no bearer token';
            return false;
        }
        const token = m[1];
        const named = this.namedTokens.get(token);
        if (named) {
            record.user = named;
            return true;
        }
        if (this.opts.staticTokens.includes(token)) {
            record.user = 'kubernetes-admin';
            return true;
        }
        if (token.startsWith('k8s-aws-v1.')) {
            try {
                const id = (0, auth_js_1.verifyEksToken)(token, {
                    clusterName: this.opts.clusterName,
                    credentials: this.opts.credentials,
                    now: this.opts.clock.now(),
                });
                record.user = id.arn;
                return true;
            }
            catch (e) {
                record.authError = e instanceof auth_js_1.AuthError ? e.message : String(e);
                return false;
            }
        }
        record.authError = 'unknown bearer token';
        return false;
    }
    takeFault(method, pathAndQuery) {
        for (const f of this.faults) {
            if (f.left <= 0)
                continue;
            if (f.method && f.method.toUpperCase() !== method)
                continue;
            if (f.path !== undefined) {
                const ok = typeof f.path === 'string' ? pathAndQuery.includes(f.path) : f.path.test(pathAndQuery);
                if (!ok)
                    continue;
            }
            f.left--;
            return f;
        }
        return undefined;
    }
    faultError(f) {
        switch (f.status) {
            case 409:
                return new errors_js_1.StatusError(409, 'Conflict', 'Operation cannot be fulfilled: the object has been modified; please apply your changes to the latest version and try again (injected)');
            case 429:
                return new errors_js_1.StatusError(429, 'TooManyRequests', 'Too many requests, please try again later.', {
                    retryAfterSeconds: f.retryAfterSeconds ?? 1,
                });
            case 503:
                return new errors_js_1.StatusError(503, 'ServiceUnavailable', 'The server is currently unable to handle the request (injected)');
            default:
                return new errors_js_1.StatusError(500, 'InternalError', 'Internal error occurred: injected fault');
        }
    }
    // ---- request entry --------------------------------------------------------------------------------
    async handle(req, res) {
        if (this.inOutage() || this.partitioned(req)) {
            req.socket.destroy();
            return;
        }
        const url = new URL(req.url ?? '/', 'http://localhost');
        const method = (req.method ?? 'GET').toUpperCase();
        const record = {
            at: this.opts.clock.now(),
            method,
            path: url.pathname,
            query: url.search.replace(/^\?/, ''),
            contentType: req.headers['content-type'],
            status: 0,
        };
        this.requests.push(record);
        res.on('finish', () => {
            record.status = res.statusCode;
        });
        res.on('close', () => {
            if (!res.writableFinished)
                record.hungUpAt = this.opts.clock.now();
        });
        const path = url.pathname.replace(/\/+$/, '') || '/';
        if (method === 'GET' && ['/healthz', '/livez', '/readyz'].includes(path)) {
            res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' });
            res.end('ok');
            return;
        }
        if (method === 'GET' && path === '/version') {
            this.send(res, 200, this.version());
            return;
        }
        if (!this.authenticate(req, record)) {
            this.sendError(res, (0, errors_js_1.unauthorized)());
            return;
        }
        const fault = this.takeFault(method, url.pathname + url.search);
        if (fault) {
            record.fault = true;
            req.resume();
            this.sendError(res, this.faultError(fault));
            return;
        }
        try {
            await this.route(req, res, url, method, record);
        }
        catch (e) {
            if (res.headersSent) {
                res.destroy();
                return;
            }
            if ((0, errors_js_1.isStatusError)(e))
                this.sendError(res, e);
            else if (e instanceof selectors_js_1.SelectorError)
                this.sendError(res, (0, errors_js_1.badRequest)(e.message));
            else
                throw e;
        }
    }
    version() {
        const m = /^v(\d+)\.(\d+)/.exec(this.opts.gitVersion);
        return {
            major: m?.[1] ?? '1',
            minor: `${m?.[2] ?? '31'}+`,
            gitVersion: this.opts.gitVersion,
            gitCommit: '0000000000000000000000000000000000000000',
            gitTreeState: 'clean',
            buildDate: '2026-01-01T00:00:00Z',
            goVersion: 'go1.23.0',
            compiler: 'gc',
            platform: 'linux/amd64',
        };
    }
    discovery(path) {
        if (path === '/api') {
            return {
                kind: 'APIVersions',
                versions: ['v1'],
                serverAddressByClientCIDRs: [
                    { clientCIDR: '0.0.0.0/0', serverAddress: this.url.replace(/^https?:\/\//, '') },
                ],
            };
        }
        if (path === '/api/v1')
            return (0, resources_js_1.resourceList)('', 'v1', this.served);
        const groupJson = (g) => ({
            name: g.name,
            versions: g.versions.map((v) => ({ groupVersion: `${g.name}/${v}`, version: v })),
            preferredVersion: { groupVersion: `${g.name}/${g.versions[0]}`, version: g.versions[0] },
        });
        if (path === '/apis')
            return { kind: 'APIGroupList', apiVersion: 'v1', groups: (0, resources_js_1.groups)(this.served).map(groupJson) };
        const m = /^\/apis\/([^/]+)(?:\/([^/]+))?$/.exec(path);
        if (m) {
            const g = (0, resources_js_1.groups)(this.served).find((x) => x.name === m[1]);
            if (!g)
                return undefined;
            if (!m[2])
                return { kind: 'APIGroup', apiVersion: 'v1', ...groupJson(g) };
            if (!g.versions.includes(m[2]))
                return undefined;
            return (0, resources_js_1.resourceList)(m[1], m[2], this.served);
        }
        return undefined;
    }
    /**
     * A skeletal OpenAPI v3: the root index and, per group-version, the item paths with their operations,
     * `x-kubernetes-group-version-kind` and query parameters. Enough for kubectl to see that the server does
     * field validation; no schemas (clients fall back to their compiled-in types).
     */
    openapi(path) {
        const gvs = new Map();
        for (const rt of resources_js_1.RESOURCES.filter(this.served)) {
            const key = rt.group ? `apis/${rt.group}/${rt.version}` : `api/${rt.version}`;
            gvs.set(key, [...(gvs.get(key) ?? []), rt]);
        }
        if (path === '/openapi/v3') {
            const paths = {};
            for (const key of gvs.keys())
                paths[key] = {
                    serverRelativeURL: `/openapi/v3/${key}?hash=${this.opts.gitVersion.replace(/\W/g, '')}`,
                };
            return { paths };
        }
        const rts = gvs.get(path.slice('/openapi/v3/'.length));
        if (!rts)
            return undefined;
        const param = (name) => ({
            name,
            in: 'query',
            schema: { type: 'string', uniqueItems: true },
        });
        const paths = {};
        for (const rt of rts) {
            const gvk = { group: rt.group, version: rt.version, kind: rt.kind };
            const base = `/${rt.group ? `apis/${rt.group}` : 'api'}/${rt.version}${rt.namespaced ? '/namespaces/{namespace}' : ''}/${rt.plural}`;
            const op = (action, params) => ({
                operationId: `${action}${rt.kind}`,
                'x-kubernetes-action': action,
                'x-kubernetes-group-version-kind': gvk,
                parameters: params.map(param),
                responses: { '200': { description: 'OK' } },
            });
            paths[base] = {
                get: op('list', ['labelSelector', 'fieldSelector', 'limit', 'continue', 'watch']),
                post: op('post', ['dryRun', 'fieldManager', 'fieldValidation']),
            };
            paths[`${base}/{name}`] = {
                get: op('get', []),
                put: op('put', ['dryRun', 'fieldManager', 'fieldValidation']),
                patch: op('patch', ['dryRun', 'fieldManager', 'fieldValidation', 'force']),
                delete: op('delete', ['dryRun', 'gracePeriodSeconds', 'propagationPolicy']),
            };
        }
        return {
            openapi: '3.0.0',
            info: { title: 'Kubernetes', version: this.opts.gitVersion },
            paths,
            components: { schemas: {} },
        };
    }
    parseRoute(pathname) {
        const segs = pathname.split('/').slice(1);
        let group = '';
        let version;
        let rest;
        if (segs[0] === 'api') {
            version = segs[1];
            rest = segs.slice(2);
        }
        else if (segs[0] === 'apis') {
            group = segs[1];
            version = segs[2];
            rest = segs.slice(3);
        }
        else
            return undefined;
        if (!version || rest.length === 0)
            return undefined;
        if (rest[0] === 'watch')
            rest = rest.slice(1);
        let ns;
        if (rest[0] === 'namespaces' &&
            rest.length >= 3 &&
            !(rest.length === 3 && ['status', 'finalize'].includes(rest[2]))) {
            ns = decodeURIComponent(rest[1]);
            rest = rest.slice(2);
        }
        const rt = (0, resources_js_1.byPlural)(group, version, rest[0], this.served);
        if (!rt)
            return undefined;
        if (ns !== undefined && !rt.namespaced)
            return undefined;
        const route = { rt, ns };
        if (rest[1] !== undefined && rest[1] !== '')
            route.name = decodeURIComponent(rest[1]);
        if (rest[2] !== undefined) {
            route.sub = rest[2];
            if (route.sub === 'proxy') {
                const marker = `/${rest[0]}/${rest[1]}/proxy`;
                const idx = pathname.indexOf(marker);
                route.proxyPath = idx >= 0 ? pathname.slice(idx + marker.length) || '/' : '/';
            }
            else if (rest.length > 3)
                return undefined;
        }
        return route;
    }
    async route(req, res, url, method, record) {
        const path = url.pathname.replace(/\/+$/, '') || '/';
        if (method === 'GET') {
            const d = this.discovery(path);
            if (d !== undefined) {
                this.send(res, 200, d);
                return;
            }
        }
        if (method === 'GET' && path.startsWith('/openapi/v3')) {
            const doc = this.openapi(path);
            if (doc !== undefined) {
                this.send(res, 200, doc);
                return;
            }
        }
        const route = this.parseRoute(url.pathname);
        if (!route)
            throw (0, errors_js_1.pageNotFound)();
        const { rt, name, sub } = route;
        if (sub && !route.rt.subresources.includes(sub))
            throw (0, errors_js_1.pageNotFound)();
        this.authorize(route, method, url, record);
        if (sub === 'proxy') {
            await this.proxy(route, req, res, url);
            return;
        }
        const q = url.searchParams;
        const dryRunValues = q.getAll('dryRun');
        for (const v of dryRunValues)
            if (v !== 'All')
                throw (0, errors_js_1.badRequest)(`Invalid dry run value: ${v}`);
        const dryRun = dryRunValues.length > 0;
        const userAgent = (req.headers['user-agent'] ?? '').split('/')[0].slice(0, 128);
        const manager = q.get('fieldManager') ?? userAgent;
        const type = mediaType(req.headers['content-type']);
        const hasBody = method === 'POST' || method === 'PUT' || method === 'PATCH' || method === 'DELETE';
        const raw = hasBody ? await this.readBody(req) : Buffer.alloc(0);
        let body;
        if (method === 'PATCH') {
            if (!PATCH_TYPES[type]) {
                throw new errors_js_1.StatusError(415, 'UnsupportedMediaType', `the body of the request was in an unknown format - accepted media types include: application/json-patch+json, application/merge-patch+json, application/apply-patch+yaml, application/strategic-merge-patch+json`);
            }
            body = this.parseBody(raw, PATCH_TYPES[type] === 'apply' ? 'yaml' : 'json');
        }
        else if (hasBody) {
            if (type && type !== 'application/json' && !type.includes('yaml') && raw.length) {
                throw new errors_js_1.StatusError(415, 'UnsupportedMediaType', `the body of the request was in an unknown format - accepted media types include: application/json, application/yaml, application/vnd.kubernetes.protobuf`);
            }
            body = this.parseBody(raw, type);
        }
        record.body = body;
        const ns = route.ns;
        if (rt.namespaced && name !== undefined && ns === undefined)
            throw (0, errors_js_1.pageNotFound)();
        switch (method) {
            case 'GET': {
                if (name === undefined) {
                    const labels = (0, selectors_js_1.parseLabelSelector)(q.get('labelSelector') ?? '');
                    const fields = (0, selectors_js_1.parseFieldSelector)(q.get('fieldSelector') ?? '', rt.kind);
                    if (q.get('watch') === 'true' || q.get('watch') === '1' || url.pathname.includes(`/watch/`)) {
                        this.watch(rt, ns, labels, fields, q, res);
                        return;
                    }
                    this.list(rt, ns, labels, fields, q, req, res);
                    return;
                }
                if (sub === 'scale') {
                    this.send(res, 200, this.scaleOf(this.opts.registry.get(rt, ns, name)));
                    return;
                }
                if (sub === 'log') {
                    this.log(ns ?? '', name, q, res);
                    return;
                }
                const fields = (0, selectors_js_1.parseFieldSelector)(q.get('fieldSelector') ?? '', rt.kind);
                if (q.get('watch') === 'true' || q.get('watch') === '1') {
                    this.watch(rt, ns, [], [...fields, { field: 'metadata.name', negate: false, value: name }], q, res);
                    return;
                }
                const obj = this.opts.registry.get(rt, ns, name);
                if ((0, table_js_1.wantsTable)(req.headers.accept) && !sub) {
                    const meta = { resourceVersion: obj.metadata.resourceVersion };
                    this.send(res, 200, (0, table_js_1.toTable)(rt, [obj], this.opts.clock.now(), q.get('includeObject') ?? 'Metadata', meta));
                    return;
                }
                this.send(res, 200, withTypeMeta(rt, obj));
                return;
            }
            case 'POST': {
                if (sub === 'eviction' && name !== undefined) {
                    this.eviction(ns ?? '', name, body, dryRun, res);
                    return;
                }
                if (name !== undefined)
                    throw (0, errors_js_1.methodNotSupported)(rt, 'create');
                const created = this.opts.registry.create(rt, ns, body, { manager, dryRun });
                this.send(res, 201, withTypeMeta(rt, created));
                return;
            }
            case 'PUT': {
                if (name === undefined)
                    throw (0, errors_js_1.methodNotSupported)(rt, 'update');
                if (sub === 'scale') {
                    this.send(res, 200, this.updateScale(rt, ns, name, body, manager, dryRun));
                    return;
                }
                const updated = this.opts.registry.update(rt, ns, name, body, {
                    manager,
                    dryRun,
                    subresource: sub === 'status' ? 'status' : undefined,
                });
                this.send(res, 200, withTypeMeta(rt, updated));
                return;
            }
            case 'PATCH': {
                if (name === undefined)
                    throw (0, errors_js_1.methodNotSupported)(rt, 'patch');
                const ptype = PATCH_TYPES[type];
                const force = q.get('force') === 'true';
                if (q.has('force') && ptype !== 'apply')
                    throw (0, errors_js_1.badRequest)('force may not be specified for non-apply patch');
                if (sub === 'scale') {
                    const scaleManager = ptype === 'apply' ? (q.get('fieldManager') ?? '') : manager;
                    if (ptype === 'apply' && !scaleManager)
                        throw (0, errors_js_1.badRequest)('PATCH apply requires a field manager: fieldManager is required for apply requests');
                    this.send(res, 200, this.patchScale(rt, ns, name, ptype, body, scaleManager, dryRun, force));
                    return;
                }
                const applyManager = ptype === 'apply' ? (q.get('fieldManager') ?? '') : manager;
                const { object, created } = this.opts.registry.patch(rt, ns, name, ptype, body, {
                    manager: applyManager,
                    dryRun,
                    force,
                    subresource: sub === 'status' ? 'status' : undefined,
                });
                this.send(res, created ? 201 : 200, withTypeMeta(rt, object));
                return;
            }
            case 'DELETE': {
                const opts = this.deleteOptions(q, body);
                opts.dryRun = opts.dryRun || dryRun;
                if (name === undefined) {
                    const labels = (0, selectors_js_1.parseLabelSelector)(q.get('labelSelector') ?? '');
                    const fields = (0, selectors_js_1.parseFieldSelector)(q.get('fieldSelector') ?? '', rt.kind);
                    const items = [];
                    for (const o of this.opts.registry.list(rt, ns, { labels, fields })) {
                        try {
                            items.push(withoutTypeMeta(this.opts.registry.delete(rt, o.metadata.namespace, o.metadata.name ?? '', opts).object));
                        }
                        catch (e) {
                            if (!(0, errors_js_1.isStatusError)(e) || e.code !== 404)
                                throw e;
                        }
                    }
                    this.send(res, 200, {
                        kind: `${rt.kind}List`,
                        apiVersion: (0, resources_js_1.groupVersion)(rt),
                        metadata: { resourceVersion: String(this.opts.registry.store.resourceVersion) },
                        items,
                    });
                    return;
                }
                const { object, lingering } = this.opts.registry.delete(rt, ns, name, opts);
                if (lingering || rt.kind === 'Pod') {
                    this.send(res, 200, withTypeMeta(rt, object));
                    return;
                }
                this.send(res, 200, {
                    kind: 'Status',
                    apiVersion: 'v1',
                    metadata: {},
                    status: 'Success',
                    details: {
                        name,
                        ...(rt.group ? { group: rt.group } : {}),
                        kind: rt.plural,
                        uid: object.metadata.uid,
                    },
                });
                return;
            }
            default:
                throw new errors_js_1.StatusError(405, 'MethodNotAllowed', `the server does not allow this method on the requested resource`);
        }
    }
    deleteOptions(q, body) {
        const opts = {};
        const b = (0, types_js_1.isRecord)(body) ? body : {};
        const policy = q.get('propagationPolicy') ??
            (typeof b.propagationPolicy === 'string' ? b.propagationPolicy : undefined);
        if (policy !== undefined) {
            if (policy !== 'Background' && policy !== 'Foreground' && policy !== 'Orphan') {
                throw (0, errors_js_1.badRequest)(`propagationPolicy: Unsupported value: "${policy}": supported values: "Foreground", "Background", "Orphan"`);
            }
            opts.propagationPolicy = policy;
        }
        if (q.get('orphanDependents') === 'true' || b.orphanDependents === true)
            opts.propagationPolicy = 'Orphan';
        const grace = q.get('gracePeriodSeconds') ??
            (typeof b.gracePeriodSeconds === 'number' ? String(b.gracePeriodSeconds) : undefined);
        if (grace !== undefined) {
            if (!/^-?\d+$/.test(grace))
                throw (0, errors_js_1.badRequest)(`invalid gracePeriodSeconds: ${grace}`);
            opts.gracePeriodSeconds = Math.max(0, Number(grace));
        }
        if ((0, types_js_1.isRecord)(b.preconditions)) {
            opts.preconditions = {
                uid: typeof b.preconditions.uid === 'string' ? b.preconditions.uid : undefined,
                resourceVersion: typeof b.preconditions.resourceVersion === 'string' ? b.preconditions.resourceVersion : undefined,
            };
        }
        if (Array.isArray(b.dryRun) && b.dryRun.includes('All'))
            opts.dryRun = true;
        return opts;
    }
    // ---- list / watch ---------------------------------------------------------------------------------
    list(rt, ns, labels, fields, q, req, res) {
        let items = this.opts.registry.list(rt, ns, { labels, fields });
        const rv = String(this.opts.registry.store.resourceVersion);
        const limitText = q.get('limit');
        const cont = q.get('continue');
        const metadata = { resourceVersion: rv };
        if (cont) {
            let start;
            try {
                const parsed = JSON.parse(Buffer.from(cont, 'base64url').toString('utf8'));
                if (!(0, types_js_1.isRecord)(parsed) || typeof parsed.start !== 'string')
                    throw new Error('bad');
                start = parsed.start;
            }
            catch {
                throw (0, errors_js_1.badRequest)('continue key is not valid: incorrect encoded start resourceVersion (version meta.k8s.io/v1)');
            }
            items = items.filter((o) => `${o.metadata.namespace ?? ''}/${o.metadata.name}` > start);
        }
        if (limitText && /^\d+$/.test(limitText) && Number(limitText) > 0 && items.length > Number(limitText)) {
            const limit = Number(limitText);
            const last = items[limit - 1];
            metadata.continue = Buffer.from(JSON.stringify({
                v: 'meta.k8s.io/v1',
                rv: Number(rv),
                start: `${last.metadata.namespace ?? ''}/${last.metadata.name}`,
            })).toString('base64url');
            metadata.remainingItemCount = items.length - limit;
            items = items.slice(0, limit);
        }
        if ((0, table_js_1.wantsTable)(req.headers.accept)) {
            this.send(res, 200, (0, table_js_1.toTable)(rt, items, this.opts.clock.now(), q.get('includeObject') ?? 'Metadata', metadata));
            return;
        }
        this.send(res, 200, {
            kind: `${rt.kind}List`,
            apiVersion: (0, resources_js_1.groupVersion)(rt),
            metadata,
            items: items.map(withoutTypeMeta),
        });
    }
    watch(rt, ns, labels, fields, q, res) {
        const store = this.opts.registry.store;
        const matches = (o) => (ns === undefined || o.metadata.namespace === ns) &&
            (0, selectors_js_1.matchRequirements)(labels, o.metadata.labels) &&
            (0, selectors_js_1.matchFields)(fields, o);
        const key = (o) => `${o.metadata.namespace ?? ''}/${o.metadata.name}`;
        res.writeHead(200, {
            'content-type': 'application/json',
            'cache-control': 'no-cache, private',
            'transfer-encoding': 'chunked',
        });
        res.flushHeaders();
        const send = (type, o) => {
            res.write(`${JSON.stringify({ type, object: o })}\n`);
        };
        const visible = new Set();
        const onEvent = (e) => {
            if (e.rt !== rt)
                return;
            const k = key(e.object);
            if (e.type === 'DELETED') {
                if (visible.has(k) || matches(e.object))
                    send('DELETED', withTypeMeta(rt, e.object));
                visible.delete(k);
            }
            else if (matches(e.object)) {
                send(e.type === 'ADDED' || !visible.has(k) ? 'ADDED' : 'MODIFIED', withTypeMeta(rt, e.object));
                visible.add(k);
            }
            else if (visible.has(k)) {
                visible.delete(k);
                send('DELETED', withTypeMeta(rt, e.object));
            }
        };
        const rvParam = q.get('resourceVersion');
        let stopped = false;
        const abort = new AbortController();
        const stop = () => {
            if (stopped)
                return;
            stopped = true;
            unsubscribe();
            abort.abort();
            this.watches.delete(stop);
            res.end();
        };
        const current = store.list(rt, ns).filter(matches);
        if (q.get('sendInitialEvents') === 'true') {
            // Streaming list (client-go's WatchList, used by kubectl rollout status): the current objects as ADDED,
            // then a BOOKMARK annotated k8s.io/initial-events-end that tells the client the initial list is complete.
            for (const o of current) {
                send('ADDED', withTypeMeta(rt, o));
                visible.add(key(o));
            }
            send('BOOKMARK', {
                apiVersion: rt.group ? `${rt.group}/${rt.version}` : rt.version,
                kind: rt.kind,
                metadata: {
                    resourceVersion: String(store.resourceVersion),
                    annotations: { 'k8s.io/initial-events-end': 'true' },
                },
            });
        }
        else if (!rvParam || rvParam === '0') {
            for (const o of current) {
                send('ADDED', withTypeMeta(rt, o));
                visible.add(key(o));
            }
        }
        else {
            const events = /^\d+$/.test(rvParam) ? store.eventsSince(Number(rvParam)) : 'expired';
            if (events === 'expired') {
                send('ERROR', new errors_js_1.StatusError(410, 'Expired', `too old resource version: ${rvParam} (${store.resourceVersion})`).toStatus());
                res.end();
                return;
            }
            const changed = new Set(events.map((e) => key(e.object)));
            for (const o of current)
                if (!changed.has(key(o)))
                    visible.add(key(o));
            for (const e of events) {
                if (e.type !== 'ADDED' && !visible.has(key(e.object)) && matches(e.object))
                    visible.add(key(e.object));
                onEvent(e);
            }
        }
        const unsubscribe = store.subscribe(onEvent);
        this.watches.add(stop);
        res.on('close', stop);
        const timeout = Number(q.get('timeoutSeconds') ?? '1800');
        this.opts.clock.sleep(Math.max(1, timeout) * 1000, abort.signal).then(stop, () => undefined);
    }
    // ---- subresources ---------------------------------------------------------------------------------
    /** RBAC (the rules a test removed) and validating admission (the webhooks a test installed). */
    authorize(route, method, url, record) {
        const { rt, name, ns } = route;
        const watching = url.searchParams.get('watch') === 'true' || url.searchParams.get('watch') === '1';
        const verb = method === 'GET'
            ? name === undefined
                ? watching
                    ? 'watch'
                    : 'list'
                : 'get'
            : method === 'POST'
                ? 'create'
                : method === 'PUT'
                    ? 'update'
                    : method === 'PATCH'
                        ? 'patch'
                        : method === 'DELETE'
                            ? name === undefined
                                ? 'deletecollection'
                                : 'delete'
                            : method.toLowerCase();
        const kindMatches = (k) => k === rt.kind || k === rt.plural;
        const writes = ['create', 'update', 'patch', 'delete', 'deletecollection'];
        const resource = route.sub && route.sub !== 'proxy' ? `${rt.plural}/${route.sub}` : rt.plural;
        for (const f of this.forbidden) {
            if (!kindMatches(f.kind) || !(f.verbs ?? writes).includes(verb))
                continue;
            if (f.namespace && f.namespace !== ns)
                continue;
            const who = `User "${record.user ?? 'system:anonymous'}"`;
            const where = ns ? ` in the namespace "${ns}"` : ' at the cluster scope';
            const what = `${rt.group ? `${rt.plural}.${rt.group}` : rt.plural}${name ? ` "${name}"` : ''}`;
            throw new errors_js_1.StatusError(403, 'Forbidden', `${what} is forbidden: ${who} cannot ${verb} resource "${resource}" in API group "${rt.group}"${where}`, { ...(name ? { name } : {}), group: rt.group, kind: rt.plural });
        }
        if (!writes.includes(verb) || route.sub === 'status')
            return;
        for (const d of this.denials) {
            if (!kindMatches(d.kind) || !(d.verbs ?? writes).includes(verb))
                continue;
            const webhook = d.webhook ?? 'validate.policy.example.com';
            throw new errors_js_1.StatusError(Math.max(400, d.code ?? 400), d.reason ?? '', `admission webhook "${webhook}" denied the request: ${d.message}`);
        }
    }
    /** `ip:port` the proxy would dial when that port is unreachable from the control plane. */
    unreachableTarget(kind, ns, name, port) {
        if (this.unreachablePorts.size === 0)
            return undefined;
        const pods = this.opts.registry.list((0, resources_js_1.byKind)('Pod'), ns);
        let candidates = pods.filter((p) => p.metadata.name === name);
        let targetPort = port && /^\d+$/.test(port) ? Number(port) : port;
        if (kind === 'Service') {
            const svc = this.opts.registry.find((0, resources_js_1.byKind)('Service'), ns, name);
            const sp = (svc?.spec?.ports ?? []).find((p) => port === undefined || p.name === port || String(p.port) === port);
            targetPort = sp?.targetPort ?? sp?.port;
            const sel = svc?.spec?.selector ?? {};
            candidates = pods.filter((p) => Object.entries(sel).every(([k, v]) => p.metadata.labels?.[k] === v));
        }
        for (const p of candidates) {
            const ports = (p.spec?.containers ?? []).flatMap((c) => c.ports ?? []);
            const number = typeof targetPort === 'number'
                ? targetPort
                : (ports.find((x) => x.name === targetPort)?.containerPort ?? ports[0]?.containerPort);
            if (number !== undefined && this.unreachablePorts.has(number) && p.status?.podIP)
                return `${p.status.podIP}:${number}`;
        }
        return undefined;
    }
    scaleOf(o) {
        const spec = (0, types_js_1.isRecord)(o.spec) ? o.spec : {};
        const status = (0, types_js_1.isRecord)(o.status) ? o.status : {};
        return {
            kind: 'Scale',
            apiVersion: 'autoscaling/v1',
            metadata: {
                name: o.metadata.name,
                namespace: o.metadata.namespace,
                uid: o.metadata.uid,
                resourceVersion: o.metadata.resourceVersion,
                creationTimestamp: o.metadata.creationTimestamp,
            },
            spec: { replicas: typeof spec.replicas === 'number' ? spec.replicas : 0 },
            status: {
                replicas: typeof status.replicas === 'number' ? status.replicas : 0,
                selector: (0, selectors_js_1.selectorToString)(spec.selector),
            },
        };
    }
    updateScale(rt, ns, name, body, manager, dryRun) {
        const live = this.opts.registry.get(rt, ns, name);
        if (!(0, types_js_1.isRecord)(body) || !(0, types_js_1.isRecord)(body.spec) || typeof body.spec.replicas !== 'number') {
            throw new errors_js_1.StatusError(422, 'Invalid', `Scale.autoscaling "${name}" is invalid: spec.replicas: Invalid value: must be an integer`, {
                name,
                group: 'autoscaling',
                kind: 'Scale',
                causes: [
                    {
                        reason: 'FieldValueInvalid',
                        message: 'Invalid value: must be an integer',
                        field: 'spec.replicas',
                    },
                ],
            });
        }
        const meta = (0, types_js_1.isRecord)(body.metadata) ? body.metadata : {};
        if (typeof meta.resourceVersion === 'string' &&
            meta.resourceVersion &&
            meta.resourceVersion !== live.metadata.resourceVersion) {
            throw new errors_js_1.StatusError(409, 'Conflict', `Operation cannot be fulfilled on ${rt.plural}.${rt.group} "${name}": the object has been modified; please apply your changes to the latest version and try again`, {
                name,
                group: rt.group,
                kind: rt.plural,
            });
        }
        const next = {
            ...live,
            spec: { ...((0, types_js_1.isRecord)(live.spec) ? live.spec : {}), replicas: body.spec.replicas },
        };
        // Recorded as the parent's .spec.replicas, owned by `manager` with subresource "scale" (as the HPA's
        // kube-controller-manager appears in a Deployment's managedFields).
        const updated = this.opts.registry.update(rt, ns, name, next, { manager, dryRun, subresource: 'scale' });
        return this.scaleOf(updated);
    }
    patchScale(rt, ns, name, type, body, manager, dryRun, force) {
        const live = this.opts.registry.get(rt, ns, name);
        const scale = this.scaleOf(live);
        if (type === 'apply') {
            // Server-side apply of a Scale: the parent's .spec.replicas, with conflicts like any apply.
            if (!(0, types_js_1.isRecord)(body) || !(0, types_js_1.isRecord)(body.spec) || typeof body.spec.replicas !== 'number')
                throw (0, errors_js_1.badRequest)('the apply configuration of a Scale needs spec.replicas');
            const config = {
                apiVersion: (0, resources_js_1.groupVersion)(rt),
                kind: rt.kind,
                metadata: { name },
                spec: { replicas: body.spec.replicas },
            };
            const { object } = this.opts.registry.apply(rt, ns, name, config, {
                manager,
                dryRun,
                force,
                subresource: 'scale',
            });
            return this.scaleOf(object);
        }
        let patched;
        if (type === 'json') {
            patched = this.jsonPatchScale(scale, body);
        }
        else if ((0, types_js_1.isRecord)(body)) {
            const spec = (0, types_js_1.isRecord)(body.spec) ? body.spec : {};
            patched = { ...scale, spec: { ...scale.spec, ...spec } };
        }
        else
            throw (0, errors_js_1.badRequest)('invalid patch');
        return this.updateScale(rt, ns, name, patched, manager, dryRun);
    }
    jsonPatchScale(scale, body) {
        if (!Array.isArray(body))
            throw (0, errors_js_1.badRequest)('json patch must be an array');
        const out = structuredClone(scale);
        for (const op of body) {
            if ((0, types_js_1.isRecord)(op) && (op.op === 'replace' || op.op === 'add') && op.path === '/spec/replicas') {
                out.spec.replicas = op.value;
            }
        }
        return out;
    }
    /** policy/v1 Eviction: 201 when the pod may go, 429 when a PodDisruptionBudget forbids it. */
    eviction(ns, name, body, dryRun, res) {
        const b = (0, types_js_1.isRecord)(body) ? body : {};
        const meta = (0, types_js_1.isRecord)(b.metadata) ? b.metadata : {};
        if (meta.name !== undefined && meta.name !== name)
            throw (0, errors_js_1.badRequest)(`name in URL does not match name in Eviction object`);
        const opts = (0, types_js_1.isRecord)(b.deleteOptions) ? b.deleteOptions : {};
        const grace = typeof opts.gracePeriodSeconds === 'number' ? opts.gracePeriodSeconds : undefined;
        if (dryRun) {
            this.opts.registry.get((0, resources_js_1.byKind)('Pod'), ns, name);
            this.send(res, 201, { kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Success', code: 201 });
            return;
        }
        const r = this.opts.sim.evict(ns, name, grace);
        if (!r.ok) {
            throw new errors_js_1.StatusError(429, 'TooManyRequests', "Cannot evict pod as it would violate the pod's disruption budget.", {
                causes: [{ reason: 'DisruptionBudget', message: r.message }],
            });
        }
        this.send(res, 201, { kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Success', code: 201 });
    }
    log(ns, name, q, res) {
        this.opts.registry.get((0, resources_js_1.byKind)('Pod'), ns, name);
        const out = this.opts.sim.logs(ns, name, q.get('container') ?? undefined, q.get('previous') === 'true');
        if ('error' in out)
            throw (0, errors_js_1.badRequest)(out.error);
        let lines = out.lines;
        const tail = q.get('tailLines');
        if (tail && /^\d+$/.test(tail))
            lines = lines.slice(Math.max(0, lines.length - Number(tail)));
        res.writeHead(200, { 'content-type': 'text/plain', 'cache-control': 'no-cache, private' });
        if (q.get('follow') !== 'true') {
            res.end(lines.map((l) => `${l}\n`).join(''));
            return;
        }
        // follow: what is there, then each new line as the container writes it, until it ends (or the pod goes)
        const container = q.get('container') ?? undefined;
        let source = out.lines;
        let sent = source.length;
        res.write(lines.map((l) => `${l}\n`).join(''));
        const timer = setInterval(() => {
            const now = this.opts.sim.logs(ns, name, container, false);
            if ('lines' in now) {
                if (now.lines !== source) {
                    source = now.lines;
                    sent = 0;
                }
                if (source.length > sent)
                    res.write(source
                        .slice(sent)
                        .map((l) => `${l}\n`)
                        .join(''));
                sent = source.length;
            }
            if ('error' in now || this.opts.sim.containerFinished(ns, name, container)) {
                clearInterval(timer);
                res.end();
            }
        }, 25);
        res.on('close', () => clearInterval(timer));
    }
    async proxy(route, req, res, url) {
        const ns = route.ns ?? '';
        const parts = (route.name ?? '').split(':');
        let port;
        let name = parts[0];
        if (parts.length === 3) {
            name = parts[1];
            port = parts[2];
        }
        else if (parts.length === 2) {
            if (parts[0] === 'http' || parts[0] === 'https')
                name = parts[1];
            else
                port = parts[1];
        }
        const path = (route.proxyPath ?? '/') + url.search;
        const blocked = this.unreachableTarget(route.rt.kind, ns, name, port);
        if (blocked) {
            await this.opts.clock.sleep(this.proxyDialTimeoutMs).catch(() => undefined);
            throw new errors_js_1.StatusError(503, 'ServiceUnavailable', `error trying to reach service: dial tcp ${blocked}: i/o timeout`);
        }
        try {
            if (route.rt.kind === 'Service') {
                await this.opts.sim.dataPlane.forwardService(ns, name, port || undefined, path, req, res, 'proxy');
            }
            else {
                if (!this.opts.registry.find(route.rt, ns, name))
                    throw (0, errors_js_1.notFound)(route.rt, name);
                if (!this.opts.sim.podExists(ns, name)) {
                    throw new errors_js_1.StatusError(503, 'ServiceUnavailable', `error trying to reach service: pod ${name} has no IP yet`);
                }
                await this.opts.sim.dataPlane.forwardPod(ns, name, path, req, res, 'proxy');
            }
        }
        catch (e) {
            if (e instanceof backend_js_1.ProxyError) {
                if (res.headersSent) {
                    res.destroy();
                    return;
                }
                if (e.code === 404)
                    throw (0, errors_js_1.notFound)((0, resources_js_1.byKind)('Service'), name);
                throw new errors_js_1.StatusError(503, 'ServiceUnavailable', e.message);
            }
            throw e;
        }
    }
}
exports.ApiServer = ApiServer;


/***/ }),

/***/ 11023:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.AuthError = void 0;
exports.identityOf = identityOf;
exports.verifyEksToken = verifyEksToken;
const sigv4_js_1 = __webpack_require__(56874);
class AuthError extends Error {
}
exports.AuthError = AuthError;
const V1_PREFIX = 'k8s-aws-v1.';
const MAX_TOKEN_LEN = 4096;
const PRESIGNED_URL_EXPIRATION_MS = 15 * 60_000;
const CLUSTER_ID_HEADER = 'x-k8s-aws-id';
const EMPTY_SHA256 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';
const PARAMETER_ALLOWLIST = new Set([
    'action',
    'version',
    'x-amz-algorithm',
    'x-amz-credential',
    'x-amz-date',
    'x-amz-expires',
    'x-amz-security-token',
    'x-amz-signature',
    'x-amz-signedheaders',
]);
/** Hostnames STS answers on in the aws, aws-cn and aws-us-gov partitions (regional and global, with FIPS). */
const STS_HOST = /^sts(-fips)?(\.(?<region>[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-\d+))?\.amazonaws\.com(?<cn>\.cn)?$/;
function findCredential(credentials, accessKeyId) {
    return credentials.find((c) => c.accessKeyId === accessKeyId);
}
function identityOf(c) {
    return { arn: c.arn ?? `arn:aws:iam::111122223333:user/${c.accessKeyId}`, accessKeyId: c.accessKeyId };
}
/** Verify an EKS bearer token; throws AuthError naming the first rule it breaks. */
function verifyEksToken(token, check) {
    // ---- aws-iam-authenticator tokenVerifier.Verify ----
    if (token.length > MAX_TOKEN_LEN)
        throw new AuthError('input token was not properly formatted: token is too large');
    if (!token.startsWith(V1_PREFIX)) {
        throw new AuthError(`input token was not properly formatted: token is missing expected "${V1_PREFIX}" prefix`);
    }
    const encoded = token.slice(V1_PREFIX.length);
    if (!/^[A-Za-z0-9_-]*$/.test(encoded) || encoded.length % 4 === 1) {
        throw new AuthError('input token was not properly formatted: illegal base64 data');
    }
    const raw = Buffer.from(encoded, 'base64url').toString('utf8');
    let url;
    try {
        url = new URL(raw);
    }
    catch {
        throw new AuthError('input token was not properly formatted: malformed URL');
    }
    if (url.protocol !== 'https:') {
        throw new AuthError(`input token was not properly formatted: unexpected scheme "${url.protocol.slice(0, -1)}" in pre-signed URL`);
    }
    const hostMatch = STS_HOST.exec(url.host);
    if (!hostMatch)
        throw new AuthError(`input token was not properly formatted: unexpected hostname "${url.host}" in pre-signed URL`);
    if (url.pathname !== '/')
        throw new AuthError('input token was not properly formatted: unexpected path in pre-signed URL');
    const lower = new Map();
    const pairs = [];
    const seen = new Set();
    const rawQuery = url.search.startsWith('?') ? url.search.slice(1) : url.search;
    for (const part of rawQuery.split('&').filter(Boolean)) {
        const eq = part.indexOf('=');
        let key;
        let value;
        try {
            key = decodeURIComponent((eq >= 0 ? part.slice(0, eq) : part).replace(/\+/g, ' '));
            value = decodeURIComponent((eq >= 0 ? part.slice(eq + 1) : '').replace(/\+/g, ' '));
        }
        catch {
            throw new AuthError('input token was not properly formatted: malformed query parameter');
        }
        if (!PARAMETER_ALLOWLIST.has(key.toLowerCase())) {
            throw new AuthError(`input token was not properly formatted: non-whitelisted query parameter "${key}"`);
        }
        if (seen.has(key))
            throw new AuthError('input token was not properly formatted: query parameter with multiple values not supported');
        seen.add(key);
        lower.set(key.toLowerCase(), value);
        pairs.push([key, value]);
    }
    if (lower.get('action') !== 'GetCallerIdentity') {
        throw new AuthError('input token was not properly formatted: unexpected action parameter in pre-signed URL');
    }
    const signedHeaders = (lower.get('x-amz-signedheaders') ?? '').split(';');
    if (!signedHeaders.some((h) => h.toLowerCase() === CLUSTER_ID_HEADER)) {
        throw new AuthError(`input token was not properly formatted: client did not sign the ${CLUSTER_ID_HEADER} header in the pre-signed URL`);
    }
    const expiresText = lower.get('x-amz-expires') ?? '';
    const expires = /^-?\d+$/.test(expiresText) ? Number(expiresText) : NaN;
    if (!(expires >= 0 && expires <= 900)) {
        throw new AuthError(`input token was not properly formatted: invalid X-Amz-Expires parameter in pre-signed URL: ${expiresText}`);
    }
    const amzDate = lower.get('x-amz-date') ?? '';
    if (!amzDate)
        throw new AuthError('input token was not properly formatted: X-Amz-Date parameter must be present in pre-signed URL');
    const signedAt = (0, sigv4_js_1.parseAmzDate)(amzDate);
    if (Number.isNaN(signedAt)) {
        throw new AuthError(`input token was not properly formatted: error parsing X-Amz-Date parameter ${amzDate} into format 20060102T150405Z`);
    }
    if (check.now > signedAt + PRESIGNED_URL_EXPIRATION_MS) {
        throw new AuthError(`input token was not properly formatted: X-Amz-Date parameter is expired (15 minute expiration) ${new Date(signedAt).toISOString()}`);
    }
    // ---- what STS does with the replayed GET (the authenticator adds x-k8s-aws-id: <its cluster>) ----
    if (lower.get('version') !== '2011-06-15')
        throw new AuthError('sts getCallerIdentity failed: InvalidAction: Could not find operation GetCallerIdentity for version');
    if (lower.get('x-amz-algorithm') !== 'AWS4-HMAC-SHA256')
        throw new AuthError('sts getCallerIdentity failed: IncompleteSignature: unsupported X-Amz-Algorithm');
    if (signedAt > check.now + PRESIGNED_URL_EXPIRATION_MS)
        throw new AuthError('sts getCallerIdentity failed: SignatureDoesNotMatch: Signature not yet current');
    const scopeParts = (lower.get('x-amz-credential') ?? '').split('/');
    if (scopeParts.length !== 5 || scopeParts[3] !== 'sts' || scopeParts[4] !== 'aws4_request') {
        throw new AuthError('sts getCallerIdentity failed: IncompleteSignature: malformed X-Amz-Credential');
    }
    const [accessKeyId, scopeDate, scopeRegion] = scopeParts;
    if (scopeDate !== amzDate.slice(0, 8))
        throw new AuthError('sts getCallerIdentity failed: SignatureDoesNotMatch: credential date does not match X-Amz-Date');
    const hostRegion = hostMatch.groups?.region ?? 'us-east-1';
    if (hostMatch.groups?.region && scopeRegion !== hostRegion) {
        throw new AuthError(`sts getCallerIdentity failed: SignatureDoesNotMatch: Credential should be scoped to a valid region, not '${scopeRegion}'`);
    }
    const cred = findCredential(check.credentials, accessKeyId);
    if (!cred)
        throw new AuthError('sts getCallerIdentity failed: InvalidClientTokenId: The security token included in the request is invalid.');
    const sessionToken = lower.get('x-amz-security-token');
    if ((cred.sessionToken ?? undefined) !== sessionToken) {
        throw new AuthError('sts getCallerIdentity failed: InvalidClientTokenId: The security token included in the request is invalid.');
    }
    const headerValues = { host: url.host, [CLUSTER_ID_HEADER]: check.clusterName };
    const headerNames = [...signedHeaders].map((h) => h.toLowerCase()).sort();
    let canonicalHeaders = '';
    for (const h of headerNames) {
        const v = headerValues[h];
        if (v === undefined)
            throw new AuthError(`sts getCallerIdentity failed: SignatureDoesNotMatch: signed header ${h} is not in the request`);
        canonicalHeaders += `${h}:${v.trim().replace(/\s+/g, ' ')}\n`;
    }
    const canonicalRequest = [
        'GET',
        '/',
        (0, sigv4_js_1.canonicalQuery)(pairs.filter(([k]) => k !== 'X-Amz-Signature')),
        canonicalHeaders,
        headerNames.join(';'),
        EMPTY_SHA256,
    ].join('\n');
    const scope = `${scopeDate}/${scopeRegion}/sts/aws4_request`;
    const stringToSign = ['AWS4-HMAC-SHA256', amzDate, scope, (0, sigv4_js_1.sha256Hex)(canonicalRequest)].join('\n');
    const expected = (0, sigv4_js_1.hmac)((0, sigv4_js_1.signingKey)(cred.secretAccessKey, scopeDate, scopeRegion, 'sts'), stringToSign).toString('hex');
    if (!(0, sigv4_js_1.sameHex)(expected, lower.get('x-amz-signature') ?? '')) {
        throw new AuthError('sts getCallerIdentity failed: SignatureDoesNotMatch: The request signature we calculated does not match the signature you provided.');
    }
    return identityOf(cred);
}


/***/ }),

/***/ 63089:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.DataPlane = exports.PodRefused = exports.ProxyError = exports.Traffic = void 0;
const node_http_1 = __importDefault(__webpack_require__(37067));
const clock_js_1 = __webpack_require__(75037);
class Traffic {
    samples = [];
    byVersion(since = -Infinity) {
        const out = {};
        for (const s of this.samples) {
            if (s.at < since)
                continue;
            const v = (out[s.version] ??= { requests: 0, errors: 0 });
            v.requests++;
            if (s.status >= 500)
                v.errors++;
        }
        return out;
    }
    clear() {
        this.samples = [];
    }
}
exports.Traffic = Traffic;
function listen(server) {
    return new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(0, '127.0.0.1', () => resolve(server.address().port));
    });
}
function closeServer(server) {
    return new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
    });
}
const ACCEPT_HEADER = 'x-kube-emulator-accepted';
class ProxyError extends Error {
    code;
    constructor(code, message) {
        super(message);
        this.code = code;
    }
}
exports.ProxyError = ProxyError;
/** A pod refused the connection (not running, or shutting down): what a client sees as a reset. */
class PodRefused extends Error {
    name = 'PodRefused';
}
exports.PodRefused = PodRefused;
/** Requests served per pod, in one-second buckets, for the autoscaler's CPU model. */
class Served {
    buckets = new Map();
    record(at) {
        const s = Math.floor(at / 1000);
        this.buckets.set(s, (this.buckets.get(s) ?? 0) + 1);
        if (this.buckets.size > 400) {
            const cut = s - 300;
            for (const k of this.buckets.keys())
                if (k < cut)
                    this.buckets.delete(k);
        }
    }
    /** Requests in [from, to) (ms). */
    count(from, to) {
        let n = 0;
        for (const [s, c] of this.buckets)
            if (s * 1000 >= from && s * 1000 < to)
                n += c;
        return n;
    }
}
class DataPlane {
    clock;
    hooks;
    podServer;
    podPort = 0;
    gateways = new Map();
    rr = new Map();
    logs = new Map();
    hung = new Set();
    agent = new node_http_1.default.Agent({ keepAlive: true });
    abort = new AbortController();
    sockets = new Set();
    accepted = new Map();
    pinned = new WeakMap();
    /** Client connections pinned to each pod, and which of them have a request in flight. */
    podSockets = new Map();
    busy = new WeakMap();
    served = new Map();
    inflight = new Map();
    /** Requests each pod answered, by status code: what its /metrics exposes. */
    codes = new Map();
    nextAccept = 1;
    constructor(clock, hooks) {
        this.clock = clock;
        this.hooks = hooks;
    }
    async start() {
        this.podServer = node_http_1.default.createServer((req, res) => void this.servePod(req, res));
        this.podServer.on('connection', (s) => this.track(s));
        (0, clock_js_1.watchServer)(this.podServer, this.clock);
        this.podPort = await listen(this.podServer);
    }
    track(s) {
        this.sockets.add(s);
        s.on('close', () => this.sockets.delete(s));
    }
    podUrl(ns, pod) {
        return `http://127.0.0.1:${this.podPort}/${encodeURIComponent(ns)}/${encodeURIComponent(pod)}`;
    }
    traffic(ns, service) {
        return this.log(`${ns}/${service}`);
    }
    /** The log of one named stream of traffic (a Service, or a load balancer's `alb:<ns>/<ingress>`). */
    log(key) {
        let t = this.logs.get(key);
        if (!t) {
            t = new Traffic();
            this.logs.set(key, t);
        }
        return t;
    }
    /** Requests the pod served in the last `windowMs` (emulator time). */
    servedCount(ns, pod, windowMs) {
        const now = this.clock.now();
        return this.served.get(`${ns}/${pod}`)?.count(now - windowMs, now + 1) ?? 0;
    }
    /** Requests the pod accepted that have not finished yet. */
    inFlight(ns, pod) {
        return this.inflight.get(`${ns}/${pod}`) ?? 0;
    }
    /** A loopback URL that behaves like the Service's ClusterIP:port. */
    async serviceUrl(ns, service, port) {
        const key = `${ns}/${service}/${port ?? ''}`;
        let g = this.gateways.get(key);
        if (!g) {
            const server = node_http_1.default.createServer((req, res) => {
                this.forwardService(ns, service, port, req.url ?? '/', req, res, 'service').catch(() => {
                    req.socket.destroy();
                });
            });
            server.on('connection', (s) => this.track(s));
            (0, clock_js_1.watchServer)(server, this.clock);
            g = listen(server).then((p) => ({ server, port: p }));
            this.gateways.set(key, g);
        }
        return `http://127.0.0.1:${(await g).port}`;
    }
    /**
     * Forward to a ready endpoint. Through the ClusterIP (`service`) the choice is per connection, from
     * kube-proxy's view; through the API server (`proxy`) per request, from the stored EndpointSlices. Throws
     * ProxyError when the API server has nothing to forward to.
     */
    async forwardService(ns, service, port, path, req, res, via) {
        const log = this.log(`${ns}/${service}`);
        if (via === 'service') {
            const pinned = this.pinned.get(req.socket);
            if (pinned !== undefined) {
                await this.forwardPod(ns, pinned, path, req, res, via, log);
                return;
            }
        }
        const eps = via === 'service'
            ? this.hooks.endpoints(ns, service, port)
            : this.hooks.serverEndpoints(ns, service, port);
        if (!eps) {
            if (via === 'service') {
                req.socket.destroy();
                return;
            }
            throw new ProxyError(404, `services "${service}" not found`);
        }
        if (eps.pods.length === 0) {
            if (via === 'service') {
                // kube-proxy rejects connections to a Service without ready endpoints.
                req.socket.destroy();
                return;
            }
            throw new ProxyError(503, `no endpoints available for service "${service}${port ? `:${port}` : ''}"`);
        }
        const key = `${ns}/${service}`;
        const n = this.rr.get(key) ?? 0;
        this.rr.set(key, n + 1);
        const pod = eps.pods[n % eps.pods.length];
        if (via === 'service')
            this.pin(req.socket, ns, pod);
        await this.forwardPod(ns, pod, path, req, res, via, log);
    }
    pin(socket, ns, pod) {
        this.pinned.set(socket, pod);
        const key = `${ns}/${pod}`;
        let set = this.podSockets.get(key);
        if (!set) {
            set = new Set();
            this.podSockets.set(key, set);
        }
        set.add(socket);
        socket.once('close', () => {
            const s = this.podSockets.get(key);
            s?.delete(socket);
            if (s?.size === 0)
                this.podSockets.delete(key);
        });
    }
    /**
     * The pod got SIGTERM: like a server's graceful shutdown, it closes its idle keep-alive connections (a client
     * then opens a new one to another endpoint) and finishes the requests it is answering.
     */
    podStopping(ns, pod) {
        for (const socket of this.podSockets.get(`${ns}/${pod}`) ?? []) {
            if ((this.busy.get(socket) ?? 0) === 0)
                socket.end();
        }
    }
    /** Stream one request to a pod and its answer back; a pod that refuses resets the client's connection. */
    async forwardPod(ns, pod, path, req, res, via, log) {
        const started = this.clock.now();
        const headers = { ...req.headers };
        delete headers.host;
        delete headers.authorization;
        delete headers.connection;
        const id = this.accept(ns, pod);
        if (id === undefined) {
            if (via === 'service') {
                req.socket.destroy();
                return;
            }
            throw new ProxyError(503, `error trying to reach service: dial tcp ${pod}: connect: connection refused`);
        }
        headers[ACCEPT_HEADER] = id;
        const client = req.socket;
        this.busy.set(client, (this.busy.get(client) ?? 0) + 1);
        res.once('close', () => {
            const left = (this.busy.get(client) ?? 1) - 1;
            this.busy.set(client, left);
            // A connection to a pod that stopped meanwhile closes once its last answer is out.
            if (left === 0 && via === 'service' && !this.hooks.pod(ns, pod)?.accepting)
                client.end();
        });
        await new Promise((resolve, reject) => {
            const upstream = node_http_1.default.request({
                host: '127.0.0.1',
                port: this.podPort,
                method: req.method,
                path: `/${encodeURIComponent(ns)}/${encodeURIComponent(pod)}${path.startsWith('/') ? path : `/${path}`}`,
                headers,
                agent: this.agent,
            }, (up) => {
                const out = {};
                for (const [k, v] of Object.entries(up.headers)) {
                    if (v !== undefined && k !== 'connection' && k !== 'keep-alive' && k !== 'transfer-encoding')
                        out[k] = v;
                }
                res.writeHead(up.statusCode ?? 502, out);
                up.pipe(res);
                up.on('end', () => {
                    if (log) {
                        const version = up.headers['x-version'];
                        log.samples.push({
                            at: this.clock.now(),
                            version: typeof version === 'string' ? version : 'unknown',
                            pod,
                            status: up.statusCode ?? 0,
                            latencyMs: this.clock.now() - started,
                            via,
                        });
                    }
                    resolve();
                });
                up.on('error', reject);
            });
            upstream.on('error', (e) => {
                this.accepted.delete(id);
                if (via === 'service')
                    req.socket.destroy();
                reject(new ProxyError(503, `error trying to reach service: ${e.message}`));
            });
            res.on('close', () => {
                if (!res.writableFinished)
                    upstream.destroy();
            });
            req.pipe(upstream);
        });
    }
    /**
     * One request to a pod, answer buffered (the load balancer's forwarding and health checks). Rejects with
     * PodRefused when the pod does not take the connection; `timeoutMs` (emulator time) aborts a pod that does
     * not answer, rejecting with a TimeoutError.
     */
    async requestPod(ns, pod, r, timeoutMs) {
        const id = this.accept(ns, pod);
        if (id === undefined)
            throw new PodRefused(`pod ${ns}/${pod} refused the connection`);
        const headers = { ...r.headers, [ACCEPT_HEADER]: id };
        delete headers.host;
        delete headers.connection;
        const timer = new AbortController();
        return new Promise((resolve, reject) => {
            let settled = false;
            const done = (f) => {
                if (settled)
                    return;
                settled = true;
                timer.abort();
                f();
            };
            const upstream = node_http_1.default.request({
                host: '127.0.0.1',
                port: this.podPort,
                method: r.method ?? 'GET',
                path: `/${encodeURIComponent(ns)}/${encodeURIComponent(pod)}${r.path.startsWith('/') ? r.path : `/${r.path}`}`,
                headers,
                agent: this.agent,
            }, (up) => {
                const chunks = [];
                up.on('data', (c) => chunks.push(c));
                up.on('end', () => done(() => resolve({ status: up.statusCode ?? 0, headers: up.headers, body: Buffer.concat(chunks) })));
                up.on('error', (e) => done(() => reject(new PodRefused(e.message))));
            });
            upstream.on('error', (e) => {
                this.accepted.delete(id);
                done(() => reject(new PodRefused(e.message)));
            });
            this.clock.sleep(timeoutMs, timer.signal).then(() => done(() => {
                upstream.destroy();
                reject(Object.assign(new Error(`no answer within ${timeoutMs} ms`), { name: 'TimeoutError' }));
            }), () => undefined);
            upstream.end(r.body);
        });
    }
    /** The pod takes the connection now (or not: undefined); the pod server honours the id even if it stops meanwhile. */
    accept(ns, pod) {
        const target = this.hooks.pod(ns, pod);
        if (!target?.accepting)
            return undefined;
        const id = String(this.nextAccept++);
        this.accepted.set(id, target);
        return id;
    }
    async servePod(req, res) {
        const m = /^\/([^/]+)\/([^/?]+)(.*)$/.exec(req.url ?? '');
        const ns = m ? decodeURIComponent(m[1]) : '';
        const name = m ? decodeURIComponent(m[2]) : '';
        const acceptId = req.headers[ACCEPT_HEADER];
        const accepted = typeof acceptId === 'string' ? this.accepted.get(acceptId) : undefined;
        if (typeof acceptId === 'string')
            this.accepted.delete(acceptId);
        const current = m ? this.hooks.pod(ns, name) : undefined;
        const target = accepted ?? (current?.accepting ? current : undefined);
        if (!target) {
            req.socket.destroy();
            return;
        }
        const key = `${ns}/${name}`;
        this.inflight.set(key, (this.inflight.get(key) ?? 0) + 1);
        let finished = false;
        const finish = () => {
            if (finished)
                return;
            finished = true;
            const left = (this.inflight.get(key) ?? 1) - 1;
            if (left > 0)
                this.inflight.set(key, left);
            else {
                this.inflight.delete(key);
                this.hooks.idle(ns, name);
            }
        };
        res.once('close', finish);
        res.once('finish', finish);
        req.resume();
        const path = (m?.[3] || '/').split('?')[0] || '/';
        if (target.hang) {
            this.hung.add(res);
            res.on('close', () => this.hung.delete(res));
            return;
        }
        if (target.latencyMs > 0) {
            try {
                await this.clock.sleep(target.latencyMs, this.abort.signal);
            }
            catch {
                res.destroy();
                return;
            }
        }
        if (path === '/metrics' && req.method === 'GET') {
            // Prometheus's scrape: the pod's own request counters in the text exposition format.
            res.writeHead(200, { 'content-type': 'text/plain; version=0.0.4' });
            res.end(this.exposition(key, target.version));
            return;
        }
        let served = this.served.get(key);
        if (!served) {
            served = new Served();
            this.served.set(key, served);
        }
        served.record(this.clock.now());
        const failed = target.errorRate > 0 && this.hooks.random() < target.errorRate;
        const codes = this.codes.get(key) ?? new Map();
        this.codes.set(key, codes);
        codes.set(failed ? 500 : 200, (codes.get(failed ? 500 : 200) ?? 0) + 1);
        // GET /config: the app echoes its configuration (environment and mounted ConfigMap/Secret files).
        const config = !failed && path === '/config' ? target.config?.() : undefined;
        const body = failed
            ? { error: 'simulated failure', version: target.version, pod: name, image: target.image, path }
            : { version: target.version, pod: name, image: target.image, path, method: req.method, ...config };
        res.writeHead(failed ? 500 : 200, {
            'content-type': 'application/json',
            'x-version': target.version,
            'x-pod': name,
        });
        res.end(JSON.stringify(body));
    }
    /** `http_requests_total{code,version}` of one pod, as a Prometheus client library exposes a counter. */
    exposition(key, version) {
        const lines = [
            '# HELP http_requests_total HTTP requests the pod answered, by status code.',
            '# TYPE http_requests_total counter',
        ];
        const codes = this.codes.get(key) ?? new Map([[200, 0]]);
        if (!codes.has(500))
            codes.set(500, 0);
        const v = version.replace(/["\\\n]/g, '_');
        for (const [code, n] of [...codes].sort((a, b) => a[0] - b[0]))
            lines.push(`http_requests_total{code="${code}",version="${v}"} ${n}`);
        return `${lines.join('\n')}\n`;
    }
    async close() {
        this.abort.abort(new Error('kube emulator closed'));
        for (const res of this.hung)
            res.destroy();
        this.hung.clear();
        const servers = [];
        if (this.podServer)
            servers.push(this.podServer);
        for (const g of this.gateways.values()) {
            try {
                servers.push((await g).server);
            }
            catch {
                // never listened
            }
        }
        for (const s of this.sockets)
            s.destroy();
        await Promise.all(servers.map(closeServer));
        this.agent.destroy();
    }
}
exports.DataPlane = DataPlane;


/***/ }),

/***/ 41914:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.BehaviourRegistry = exports.DEFAULT_BEHAVIOUR = void 0;
exports.imageTag = imageTag;
exports.parseBehaviourTag = parseBehaviourTag;
exports.versionFromTag = versionFromTag;
exports.DEFAULT_BEHAVIOUR = {
    errorRate: 0,
    latencyMs: 0,
    hang: false,
    crashLoop: false,
    neverReady: false,
    unpullable: false,
    readyAfterMs: 2000,
    startMs: 500,
    crashAfterMs: 3000,
    exitCode: 0,
    runMs: 3000,
    capacityRps: 10,
};
function imageTag(image) {
    const at = image.indexOf('@');
    const ref = at >= 0 ? image.slice(0, at) : image;
    const m = /:([^/:]+)$/.exec(ref);
    if (m)
        return m[1];
    if (at >= 0)
        return image
            .slice(at + 1)
            .replace(/^sha256:/, '')
            .slice(0, 12);
    return 'latest';
}
/** `registry.example.com/team/app:v2` → `app:v2`. */
function shortImage(image) {
    const slash = image.lastIndexOf('/');
    return slash >= 0 ? image.slice(slash + 1) : image;
}
function parseBehaviourTag(tag) {
    return scanTag(tag).behaviour;
}
/** The version an image reports: its tag without the behaviour tokens (`v2-errors-30` → `v2`). */
function versionFromTag(tag) {
    return scanTag(tag).rest || tag;
}
function scanTag(tag) {
    const out = {};
    const original = tag.split('-');
    const tokens = tag.toLowerCase().split('-');
    const used = new Set();
    const mark = (...idx) => idx.forEach((i) => used.add(i));
    const num = (i) => /^\d+$/.test(tokens[i] ?? '') ? Number(tokens[i]) : undefined;
    for (let i = 0; i < tokens.length; i++) {
        const t = tokens[i];
        const n = num(i + 1);
        if (t === 'errors' && n !== undefined) {
            out.errorRate = Math.min(100, n) / 100;
            mark(i, ++i);
        }
        else if (t === 'slow' && n !== undefined) {
            out.latencyMs = n;
            mark(i, ++i);
        }
        else if (t === 'hang') {
            out.hang = true;
            mark(i);
        }
        else if (t === 'crashloop') {
            out.crashLoop = true;
            mark(i);
        }
        else if (t === 'never' && tokens[i + 1] === 'ready') {
            out.neverReady = true;
            mark(i, ++i);
        }
        else if (t === 'ready' && n !== undefined) {
            out.readyAfterMs = n;
            mark(i, ++i);
        }
        else if (t === 'unpullable') {
            out.unpullable = true;
            mark(i);
        }
        else if (t === 'exit' && n !== undefined) {
            out.exitCode = n;
            mark(i, ++i);
        }
        else if (t === 'run' && n !== undefined) {
            out.runMs = n;
            mark(i, ++i);
        }
        else if (t === 'capacity' && n !== undefined && n > 0) {
            out.capacityRps = n;
            mark(i, ++i);
        }
        else if (t === 'healthy')
            mark(i);
    }
    return { behaviour: out, rest: original.filter((_, i) => !used.has(i)).join('-') };
}
/** Behaviours registered by image reference, short image (`app:v2`) or tag (`v2`). */
class BehaviourRegistry {
    entries = new Map();
    set(key, behaviour) {
        this.entries.set(key, { ...this.entries.get(key), ...behaviour });
    }
    resolve(image) {
        const tag = imageTag(image);
        // most specific wins: full reference over `app:tag` over bare tag
        return {
            ...exports.DEFAULT_BEHAVIOUR,
            ...parseBehaviourTag(tag),
            ...this.entries.get(tag),
            ...this.entries.get(`:${tag}`),
            ...this.entries.get(shortImage(image)),
            ...this.entries.get(image),
        };
    }
}
exports.BehaviourRegistry = BehaviourRegistry;


/***/ }),

/***/ 89228:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.EksControlPlane = void 0;
const node_crypto_1 = __webpack_require__(77598);
const node_http_1 = __importDefault(__webpack_require__(37067));
const loopback_js_1 = __webpack_require__(5250);
const sigv4_js_1 = __webpack_require__(56874);
class EksControlPlane {
    cluster;
    credentials;
    server;
    requests = [];
    url = '';
    constructor(cluster, credentials) {
        this.cluster = cluster;
        this.credentials = credentials;
    }
    async start() {
        this.server = new loopback_js_1.LoopbackServer(node_http_1.default.createServer((0, loopback_js_1.withBody)((req, body, res) => this.handle(req, body, res))));
        const port = await this.server.listen();
        this.url = `http://127.0.0.1:${port}`;
        return this.url;
    }
    async close() {
        await this.server?.close();
    }
    error(res, record, code, type, message, extra = {}) {
        record.status = code;
        record.errorType = type;
        res.writeHead(code, {
            'content-type': 'application/json',
            'x-amzn-errortype': type,
            'x-amzn-requestid': (0, node_crypto_1.randomUUID)(),
        });
        res.end(JSON.stringify({ message, ...extra }));
    }
    describe() {
        const c = this.cluster;
        const account = '111122223333';
        const id = Buffer.from(c.name).toString('hex').toUpperCase().padEnd(32, '0').slice(0, 32);
        return {
            name: c.name,
            arn: `arn:aws:eks:${c.region}:${account}:cluster/${c.name}`,
            createdAt: c.createdAt / 1000,
            version: c.version,
            endpoint: c.endpoint(),
            roleArn: `arn:aws:iam::${account}:role/${c.name}-cluster-role`,
            resourcesVpcConfig: {
                subnetIds: ['subnet-0a1b2c3d4e5f60001', 'subnet-0a1b2c3d4e5f60002'],
                securityGroupIds: [],
                clusterSecurityGroupId: 'sg-0a1b2c3d4e5f60003',
                vpcId: 'vpc-0a1b2c3d4e5f60004',
                endpointPublicAccess: true,
                endpointPrivateAccess: true,
                publicAccessCidrs: ['0.0.0.0/0'],
            },
            kubernetesNetworkConfig: { serviceIpv4Cidr: '172.20.0.0/16', ipFamily: 'ipv4' },
            logging: {
                clusterLogging: [
                    { types: ['api', 'audit', 'authenticator', 'controllerManager', 'scheduler'], enabled: false },
                ],
            },
            identity: { oidc: { issuer: `https://oidc.eks.${c.region}.amazonaws.com/id/${id}` } },
            status: 'ACTIVE',
            certificateAuthority: { data: c.caData },
            platformVersion: 'eks.12',
            tags: {},
            accessConfig: { authenticationMode: 'API_AND_CONFIG_MAP' },
            upgradePolicy: { supportType: 'STANDARD' },
        };
    }
    handle(req, body, res) {
        const url = new URL(req.url ?? '/', 'http://localhost');
        const record = { method: req.method ?? 'GET', path: url.pathname, status: 0 };
        this.requests.push(record);
        try {
            (0, sigv4_js_1.verifySigV4)((0, sigv4_js_1.signedRequest)(req, body), {
                credentials: this.credentials,
                service: 'eks',
                region: this.cluster.region,
                now: Date.now(),
            });
        }
        catch (e) {
            if (e instanceof sigv4_js_1.SigV4Error) {
                this.error(res, record, 403, e.code, e.message);
                return;
            }
            throw e;
        }
        const m = /^\/clusters(?:\/([^/]+))?$/.exec(url.pathname);
        if (!m || req.method !== 'GET') {
            this.error(res, record, 404, 'UnknownOperationException', 'Unknown operation');
            return;
        }
        if (!m[1]) {
            record.status = 200;
            res.writeHead(200, { 'content-type': 'application/json' });
            res.end(JSON.stringify({ clusters: [this.cluster.name] }));
            return;
        }
        const name = decodeURIComponent(m[1]);
        if (name !== this.cluster.name) {
            this.error(res, record, 404, 'ResourceNotFoundException', `No cluster found for name: ${name}.`, {
                clusterName: name,
            });
            return;
        }
        record.status = 200;
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ cluster: this.describe() }));
    }
}
exports.EksControlPlane = EksControlPlane;


/***/ }),

/***/ 93550:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.STALE = exports.StatusError = void 0;
exports.notFound = notFound;
exports.alreadyExists = alreadyExists;
exports.conflict = conflict;
exports.invalid = invalid;
exports.badRequest = badRequest;
exports.unauthorized = unauthorized;
exports.forbidden = forbidden;
exports.methodNotSupported = methodNotSupported;
exports.pageNotFound = pageNotFound;
exports.isStatusError = isStatusError;
const resources_js_1 = __webpack_require__(64068);
/** A failure the API server reports as a `Status` object (kind: Status, status: Failure). */
class StatusError extends Error {
    code;
    reason;
    details;
    constructor(code, reason, message, details) {
        super(message);
        this.code = code;
        this.reason = reason;
        this.details = details;
    }
    toStatus() {
        return {
            kind: 'Status',
            apiVersion: 'v1',
            metadata: {},
            status: 'Failure',
            message: this.message,
            ...(this.reason ? { reason: this.reason } : {}),
            ...(this.details ? { details: this.details } : {}),
            code: this.code,
        };
    }
}
exports.StatusError = StatusError;
function notFound(rt, name) {
    return new StatusError(404, 'NotFound', `${(0, resources_js_1.qualifiedResource)(rt)} "${name}" not found`, {
        name,
        ...(rt.group ? { group: rt.group } : {}),
        kind: rt.plural,
    });
}
function alreadyExists(rt, name) {
    return new StatusError(409, 'AlreadyExists', `${(0, resources_js_1.qualifiedResource)(rt)} "${name}" already exists`, {
        name,
        ...(rt.group ? { group: rt.group } : {}),
        kind: rt.plural,
    });
}
function conflict(rt, name, why) {
    return new StatusError(409, 'Conflict', `Operation cannot be fulfilled on ${(0, resources_js_1.qualifiedResource)(rt)} "${name}": ${why}`, {
        name,
        ...(rt.group ? { group: rt.group } : {}),
        kind: rt.plural,
    });
}
exports.STALE = 'the object has been modified; please apply your changes to the latest version and try again';
function invalid(rt, name, causes) {
    const list = causes.map((c) => (c.field ? `${c.field}: ${c.message}` : c.message));
    const summary = list.length === 1 ? list[0] : `[${list.join(', ')}]`;
    return new StatusError(422, 'Invalid', `${(0, resources_js_1.qualifiedKind)(rt)} "${name}" is invalid: ${summary}`, {
        name,
        ...(rt.group ? { group: rt.group } : {}),
        kind: rt.kind,
        causes: causes.map((c) => ({
            reason: c.reason ?? 'FieldValueInvalid',
            message: c.message,
            field: c.field,
        })),
    });
}
function badRequest(message) {
    return new StatusError(400, 'BadRequest', message);
}
function unauthorized() {
    return new StatusError(401, 'Unauthorized', 'Unauthorized');
}
function forbidden(message, details) {
    return new StatusError(403, 'Forbidden', message, details);
}
function methodNotSupported(rt, verb) {
    return new StatusError(405, 'MethodNotAllowed', `${verb} is not supported on resources of kind "${rt ? (0, resources_js_1.qualifiedResource)(rt) : 'unknown'}"`, rt ? { ...(rt.group ? { group: rt.group } : {}), kind: rt.plural } : undefined);
}
function pageNotFound() {
    return new StatusError(404, 'NotFound', 'the server could not find the requested resource', {});
}
function isStatusError(e) {
    return e instanceof StatusError;
}


/***/ }),

/***/ 41116:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.fieldSet = fieldSet;
exports.toFieldsV1 = toFieldsV1;
exports.fromFieldsV1 = fromFieldsV1;
exports.recordUpdate = recordUpdate;
exports.printManager = printManager;
exports.describePath = describePath;
exports.applyConfig = applyConfig;
const patch_js_1 = __webpack_require__(56015);
const types_js_1 = __webpack_require__(3120);
const META_FIELDS = ['labels', 'annotations', 'finalizers', 'ownerReferences'];
function enc(segs) {
    return JSON.stringify(segs);
}
function dec(key) {
    return JSON.parse(key);
}
function walk(value, names, segs, out) {
    if ((0, types_js_1.isRecord)(value)) {
        const keys = Object.keys(value).filter((k) => value[k] !== undefined && value[k] !== null);
        if (keys.length === 0) {
            if (segs.length)
                out.add(enc(segs));
            return;
        }
        for (const k of keys)
            walk(value[k], [...names, k], [...segs, `f:${k}`], out);
        return;
    }
    if (Array.isArray(value)) {
        const lt = (0, patch_js_1.listTypeFor)(names);
        if (lt === 'atomic' || value.length === 0) {
            out.add(enc(segs));
        }
        else if (lt === 'set') {
            for (const v of value)
                out.add(enc([...segs, `v:${JSON.stringify(v)}`]));
        }
        else {
            for (const item of value) {
                const itemSegs = [...segs, `k:${(0, patch_js_1.itemKey)(item, lt.keys)}`];
                out.add(enc(itemSegs));
                walk(item, names, itemSegs, out);
            }
        }
        return;
    }
    out.add(enc(segs));
}
/**
 * The fields of `obj` a write through the main resource or a subresource can own: `status` owns the status,
 * `scale` only `.spec.replicas` (the Scale object's one writable field, recorded on the parent's path).
 */
function fieldSet(obj, subresource) {
    const out = new Set();
    if (subresource === 'status') {
        if (obj.status !== undefined)
            walk(obj.status, ['status'], ['f:status'], out);
        return out;
    }
    if (subresource === 'scale') {
        const spec = obj.spec;
        if ((0, types_js_1.isRecord)(spec) && spec.replicas !== undefined && spec.replicas !== null)
            out.add(enc(['f:spec', 'f:replicas']));
        return out;
    }
    for (const [k, v] of Object.entries(obj)) {
        if (k === 'apiVersion' || k === 'kind' || k === 'status' || v === undefined)
            continue;
        if (k === 'metadata') {
            for (const m of META_FIELDS) {
                const mv = obj.metadata[m];
                if (mv !== undefined)
                    walk(mv, ['metadata', m], ['f:metadata', `f:${m}`], out);
            }
            continue;
        }
        walk(v, [k], [`f:${k}`], out);
    }
    return out;
}
function step(cur, seg) {
    if (seg.startsWith('f:'))
        return (0, types_js_1.isRecord)(cur) ? cur[seg.slice(2)] : undefined;
    if (!Array.isArray(cur))
        return undefined;
    if (seg.startsWith('v:')) {
        const want = JSON.parse(seg.slice(2));
        return cur.find((x) => (0, types_js_1.jsonEqual)(x, want));
    }
    const want = seg.slice(2);
    const keys = Object.keys(JSON.parse(want));
    return cur.find((x) => (0, patch_js_1.itemKey)(x, keys) === want);
}
function valueAt(obj, segs) {
    let cur = obj;
    for (const s of segs)
        cur = step(cur, s);
    return cur;
}
function removePath(obj, segs) {
    const parent = valueAt(obj, segs.slice(0, -1));
    const last = segs[segs.length - 1];
    if (last.startsWith('f:')) {
        if ((0, types_js_1.isRecord)(parent))
            delete parent[last.slice(2)];
        return;
    }
    if (!Array.isArray(parent))
        return;
    const target = step(parent, last);
    const i = parent.indexOf(target);
    if (i >= 0)
        parent.splice(i, 1);
}
// ---- FieldsV1 <-> sets ---------------------------------------------------------------------------------
function toFieldsV1(set) {
    const root = {};
    for (const key of [...set].sort()) {
        const segs = dec(key);
        let node = root;
        for (const s of segs) {
            const next = node[s];
            if ((0, types_js_1.isRecord)(next))
                node = next;
            else {
                const created = {};
                node[s] = created;
                node = created;
            }
        }
        if (segs[segs.length - 1]?.startsWith('k:'))
            node['.'] = {};
    }
    return root;
}
function fromFieldsV1(tree, prefix = [], out = new Set()) {
    if (!(0, types_js_1.isRecord)(tree))
        return out;
    const keys = Object.keys(tree);
    if (keys.length === 0 && prefix.length)
        out.add(enc(prefix));
    for (const k of keys) {
        if (k === '.')
            out.add(enc(prefix));
        else
            fromFieldsV1(tree[k], [...prefix, k], out);
    }
    return out;
}
function readEntries(obj) {
    return (obj?.metadata.managedFields ?? []).map((m) => ({
        manager: m.manager,
        operation: m.operation,
        subresource: m.subresource,
        apiVersion: m.apiVersion,
        time: m.time,
        set: fromFieldsV1(m.fieldsV1),
    }));
}
function writeEntries(obj, entries) {
    const kept = entries.filter((e) => e.set.size > 0);
    const managed = kept.map((e) => ({
        manager: e.manager,
        operation: e.operation,
        apiVersion: e.apiVersion,
        time: e.time,
        fieldsType: 'FieldsV1',
        fieldsV1: toFieldsV1(e.set),
        ...(e.subresource ? { subresource: e.subresource } : {}),
    }));
    if (managed.length)
        obj.metadata.managedFields = managed;
    else
        delete obj.metadata.managedFields;
}
function entryFor(entries, manager, op, sub, apiVersion, time) {
    let e = entries.find((x) => x.manager === manager && x.operation === op && x.subresource === sub);
    if (!e) {
        e = { manager, operation: op, subresource: sub, apiVersion, time, set: new Set() };
        entries.push(e);
    }
    e.time = time;
    e.apiVersion = apiVersion;
    return e;
}
function isItemNode(key) {
    const segs = dec(key);
    return segs[segs.length - 1].startsWith('k:');
}
/** Record an Update-operation write of `next` (replacing `old`) by `manager` in next.metadata.managedFields. */
function recordUpdate(old, next, manager, apiVersion, time, subresource) {
    const entries = readEntries(old);
    const before = old ? fieldSet(old, subresource) : new Set();
    const after = fieldSet(next, subresource);
    const changed = new Set();
    for (const p of after) {
        if (!before.has(p))
            changed.add(p);
        else if (!isItemNode(p) && !(0, types_js_1.jsonEqual)(valueAt(old, dec(p)), valueAt(next, dec(p))))
            changed.add(p);
    }
    const removed = [...before].filter((p) => !after.has(p));
    for (const e of entries) {
        for (const p of changed)
            e.set.delete(p);
        for (const p of removed)
            e.set.delete(p);
    }
    if (changed.size) {
        const mine = entryFor(entries, manager, 'Update', subresource, apiVersion, time);
        for (const p of changed)
            mine.set.add(p);
    }
    writeEntries(next, entries);
}
/**
 * How kube-apiserver names a manager in conflicts (apimachinery's printManager over the manager identifier,
 * which never carries the time): `"kubectl"`, `"kube-controller-manager" with subresource "scale" using apps/v1`.
 */
function printManager(c) {
    let out = JSON.stringify(c.manager);
    if (c.subresource)
        out += ` with subresource ${JSON.stringify(c.subresource)}`;
    if (c.operation === 'Update')
        out += ` using ${c.apiVersion}`;
    return out;
}
/** `.spec.template.spec.containers[name="app"].image`, the way apply conflicts name a field. */
function describePath(key) {
    let out = '';
    for (const s of dec(key)) {
        if (s.startsWith('f:'))
            out += `.${s.slice(2)}`;
        else if (s.startsWith('k:')) {
            const keys = JSON.parse(s.slice(2));
            out += `[${Object.entries(keys)
                .map(([k, v]) => `${k}=${JSON.stringify(v)}`)
                .join(',')}]`;
        }
        else
            out += `[=${s.slice(2)}]`;
    }
    return out;
}
function dropNulls(value) {
    if (Array.isArray(value))
        return value.map(dropNulls);
    if (!(0, types_js_1.isRecord)(value))
        return value;
    const out = {};
    for (const [k, v] of Object.entries(value))
        if (v !== null && v !== undefined)
            out[k] = dropNulls(v);
    return out;
}
function mergeApplied(live, applied, names) {
    if ((0, types_js_1.isRecord)(applied)) {
        const out = (0, types_js_1.isRecord)(live) ? (0, types_js_1.clone)(live) : {};
        for (const [k, v] of Object.entries(applied))
            out[k] = mergeApplied(out[k], v, [...names, k]);
        return out;
    }
    if (Array.isArray(applied)) {
        const lt = (0, patch_js_1.listTypeFor)(names);
        if (lt === 'atomic' || !Array.isArray(live))
            return (0, types_js_1.clone)(applied);
        if (lt === 'set') {
            const out = (0, types_js_1.clone)(live);
            for (const v of applied)
                if (!out.some((x) => (0, types_js_1.jsonEqual)(x, v)))
                    out.push((0, types_js_1.clone)(v));
            return out;
        }
        const out = (0, types_js_1.clone)(live);
        for (const item of applied) {
            const key = (0, patch_js_1.itemKey)(item, lt.keys);
            const i = out.findIndex((x) => (0, patch_js_1.itemKey)(x, lt.keys) === key);
            if (i >= 0)
                out[i] = mergeApplied(out[i], item, names);
            else
                out.push((0, types_js_1.clone)(item));
        }
        return out;
    }
    return applied;
}
/**
 * Server-side apply of `config` by `manager` onto `live` (absent: the object is created from the config).
 * Returns the merged object (before defaulting) with managedFields updated, or the conflicts when another
 * manager owns a field the config would change and `force` is off.
 */
function applyConfig(live, config, manager, force, apiVersion, time, subresource) {
    const applied = dropNulls(config);
    const entries = readEntries(live);
    const appliedSet = fieldSet(applied, subresource);
    const conflicts = [];
    // A manager is (name, operation, subresource): every other one can conflict, whatever subresource it wrote
    // through (the HPA owns .spec.replicas through /scale; the same name's Update is another manager too).
    const isMine = (e) => e.manager === manager && e.operation === 'Apply' && e.subresource === subresource;
    const others = entries.filter((e) => !isMine(e));
    if (live) {
        for (const p of appliedSet) {
            if (isItemNode(p))
                continue;
            const same = (0, types_js_1.jsonEqual)(valueAt(live, dec(p)), valueAt(applied, dec(p)));
            if (same)
                continue;
            for (const e of others) {
                if (!e.set.has(p))
                    continue;
                if (force)
                    e.set.delete(p);
                else
                    conflicts.push({
                        manager: e.manager,
                        operation: e.operation,
                        subresource: e.subresource,
                        apiVersion: e.apiVersion,
                        field: describePath(p),
                    });
            }
        }
    }
    if (conflicts.length)
        return { merged: live, conflicts };
    let merged;
    if (!live)
        merged = (0, types_js_1.clone)(applied);
    else if (subresource === 'status')
        merged = { ...(0, types_js_1.clone)(live), status: mergeApplied(live.status, applied.status, ['status']) };
    else {
        const body = { ...applied };
        delete body.status;
        merged = mergeApplied(live, body, []);
    }
    const mine = entryFor(entries, manager, 'Apply', subresource, apiVersion, time);
    const previous = mine.set;
    const removed = [...previous]
        .filter((p) => !appliedSet.has(p))
        .sort((a, b) => dec(b).length - dec(a).length);
    for (const p of removed) {
        const ownedElsewhere = entries.some((e) => e !== mine && [...e.set].some((q) => q === p || q.startsWith(p.slice(0, -1) + ',')));
        if (!ownedElsewhere)
            removePath(merged, dec(p));
    }
    mine.set = appliedSet;
    writeEntries(merged, entries);
    return { merged, conflicts };
}


/***/ }),

/***/ 30802:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.GatewayApiController = exports.GATEWAY_GROUP = exports.GATEWAY_CLASS = exports.GATEWAY_CONTROLLER = void 0;
/**
 * A Gateway API implementation (gateway.networking.k8s.io/v1), as far as Keelson's canaries meet one — the
 * behaviour the Gateway API specification requires of every conformant controller:
 *
 * - GatewayClasses whose `spec.controllerName` is this controller's get `Accepted`; their Gateways get an
 *   address, `Accepted` and `Programmed`, per-listener `attachedRoutes`, and a real HTTP listener on loopback.
 * - HTTPRoutes get one `status.parents[]` entry per parentRef with `parentRef`, `controllerName` and the
 *   conditions `Accepted` (False / `NoMatchingParent` when the Gateway does not exist, `NotAllowedByListeners`
 *   when its listeners do not admit routes from the route's namespace) and `ResolvedRefs` (False / `BackendNotFound`
 *   when a backendRef's Service does not exist, `InvalidKind` for a kind other than Service), each with the
 *   route's `observedGeneration`.
 * - Traffic: a request to a Gateway's listener is matched against its accepted routes' rules (hostnames, path
 *   `PathPrefix` / `Exact`, exact header matches), then a backendRef is picked by `weight` (smooth weighted round
 *   robin, weight 0 never), then one of the Service's ready endpoints (as kube-proxy sees them). A backendRef that
 *   cannot be resolved answers its share with 500, as the specification requires; a Service with no ready
 *   endpoint 503 `no healthy upstream`.
 * - Everything happens `reconcileLagMs` after the change it reacts to — status and the data plane together: the
 *   listener routes by the old weights until the status shows the new generation — and not at all while the
 *   controller is paused (down, or its leader election lost).
 */
const node_http_1 = __importDefault(__webpack_require__(37067));
const clock_js_1 = __webpack_require__(75037);
const resources_js_1 = __webpack_require__(64068);
const types_js_1 = __webpack_require__(3120);
const lag_js_1 = __webpack_require__(47233);
const loopback_js_1 = __webpack_require__(5250);
/** The controllerName of the simulator's Gateway API implementation, and the GatewayClass it serves. */
exports.GATEWAY_CONTROLLER = 'gateway.keelson.dev/simulator';
exports.GATEWAY_CLASS = 'keelson-sim';
exports.GATEWAY_GROUP = 'gateway.networking.k8s.io';
const refKey = (p, routeNs) => `${p.namespace ?? routeNs}/${p.name}/${p.sectionName ?? ''}/${p.port ?? ''}`;
class GatewayApiController {
    host;
    hooks;
    opts;
    paused = false;
    /**
     * A fault for simulations: when it returns a message for a route, the controller refuses the route's new
     * generation (Accepted False, reason UnsupportedValue) and its listeners keep routing by what they had.
     */
    rejectRoute;
    /** What users got through each Gateway, in order (`ns/name` → samples). */
    samples = new Map();
    routeState = new Map();
    gatewayState = new Map();
    /** The programmed routes, per route (`ns/name`), with the Gateways (`ns/name`) they are attached to. */
    programmed = new Map();
    servers = new Map();
    sockets = new Set();
    rr = new Map();
    ports = new Map();
    constructor(host, hooks, opts) {
        this.host = host;
        this.hooks = hooks;
        this.opts = opts;
    }
    /** Stop reconciling (the controller is down); `resume()` catches up with everything that changed. */
    pause() {
        this.paused = true;
    }
    resume() {
        this.paused = false;
        this.host.wake(this.host.clock.now());
    }
    ours(gw) {
        if (!gw || gw.metadata.deletionTimestamp)
            return false;
        const cls = gw.spec?.gatewayClassName;
        const gc = cls ? this.host.registry.find((0, resources_js_1.byKind)('GatewayClass'), undefined, cls) : undefined;
        return gc?.spec?.controllerName === exports.GATEWAY_CONTROLLER;
    }
    /** The DNS name of a Gateway's address (what status.addresses says and `url()` serves on loopback). */
    hostname(gw) {
        return `${gw.metadata.name}.${gw.metadata.namespace}.gateway.${this.opts.region}.keelson.sim`;
    }
    reconcile() {
        const now = this.host.clock.now();
        for (const gc of this.host.list('GatewayClass')) {
            if (gc.spec?.controllerName !== exports.GATEWAY_CONTROLLER)
                continue;
            if (this.paused)
                continue;
            const accepted = condition(gc, 'Accepted', 'True', 'Accepted', 'Handled by the Keelson simulator', now);
            this.host.writeStatus('GatewayClass', gc, { conditions: [accepted] }, exports.GATEWAY_CONTROLLER);
        }
        const routes = this.host.list('HTTPRoute');
        for (const gw of this.host.list('Gateway')) {
            if (!this.ours(gw))
                continue;
            const key = `${gw.metadata.namespace}/${gw.metadata.name}`;
            let st = this.gatewayState.get(key);
            if (!st)
                this.gatewayState.set(key, (st = {}));
            const attached = routes.filter((r) => (r.status?.parents ?? []).some((p) => p.controllerName === exports.GATEWAY_CONTROLLER &&
                (p.parentRef.namespace ?? r.metadata.namespace) === gw.metadata.namespace &&
                p.parentRef.name === gw.metadata.name &&
                p.conditions.some((c) => c.type === 'Accepted' && c.status === 'True'))).length;
            if (!this.due(st, JSON.stringify([gw.metadata.generation, attached]), now))
                continue;
            st.applied = JSON.stringify([gw.metadata.generation, attached]);
            void this.url(gw);
            const gen = gw.metadata.generation;
            const listeners = gw.spec?.listeners ?? [];
            this.host.writeStatus('Gateway', gw, {
                addresses: [{ type: 'Hostname', value: this.hostname(gw) }],
                conditions: [
                    condition(gw, 'Accepted', 'True', 'Accepted', 'The Gateway is accepted', now, gen),
                    condition(gw, 'Programmed', 'True', 'Programmed', 'The Gateway is programmed', now, gen),
                ],
                listeners: listeners.map((l) => ({
                    name: l.name,
                    supportedKinds: [{ group: exports.GATEWAY_GROUP, kind: 'HTTPRoute' }],
                    attachedRoutes: attached,
                    conditions: [
                        condition(gw, 'Accepted', 'True', 'Accepted', 'The listener is accepted', now, gen),
                        condition(gw, 'Programmed', 'True', 'Programmed', 'The listener is programmed', now, gen),
                        condition(gw, 'ResolvedRefs', 'True', 'ResolvedRefs', 'References resolved', now, gen),
                    ],
                })),
            }, exports.GATEWAY_CONTROLLER);
        }
        const seen = new Set();
        for (const route of routes) {
            if (route.metadata.deletionTimestamp)
                continue;
            const key = `${route.metadata.namespace}/${route.metadata.name}`;
            seen.add(key);
            let st = this.routeState.get(key);
            if (!st)
                this.routeState.set(key, (st = {}));
            const fp = this.fingerprint(route);
            if (!this.due(st, fp, now))
                continue;
            st.applied = fp;
            this.reconcileRoute(route, now);
        }
        for (const key of [...this.routeState.keys()]) {
            if (seen.has(key))
                continue;
            const st = this.routeState.get(key);
            if (!this.due(st, 'deleted', now))
                continue;
            this.routeState.delete(key);
            this.programmed.delete(key);
        }
    }
    /** True when `fp` differs from what was applied and the controller's lag has passed (waking it then). */
    due(st, fp, now) {
        return (0, lag_js_1.lagDue)(st, fp, now, {
            lagMs: this.opts.reconcileLagMs,
            paused: this.paused,
            wake: (at) => this.host.wake(at),
        });
    }
    /** What a route's status and programming depend on: its spec, its parents and whether its backends exist. */
    fingerprint(route) {
        const ns = route.metadata.namespace ?? '';
        const spec = (route.spec ?? {});
        const parents = (spec.parentRefs ?? []).map((p) => {
            const gw = this.host.registry.find((0, resources_js_1.byKind)('Gateway'), p.namespace ?? ns, p.name);
            return [this.ours(gw), gw?.metadata.generation];
        });
        const backends = (spec.rules ?? []).flatMap((r) => (r.backendRefs ?? []).map((b) => !!this.host.registry.find((0, resources_js_1.byKind)('Service'), b.namespace ?? ns, b.name)));
        return JSON.stringify([route.metadata.generation, spec, parents, backends, this.rejectRoute?.(route)]);
    }
    reconcileRoute(route, now) {
        const ns = route.metadata.namespace ?? '';
        const name = route.metadata.name ?? '';
        const gen = route.metadata.generation;
        const spec = (route.spec ?? {});
        const old = route.status?.parents ?? [];
        // Entries of other controllers are theirs to keep.
        const parents = old.filter((p) => p.controllerName !== exports.GATEWAY_CONTROLLER);
        const unresolved = this.unresolved(ns, spec);
        const rejected = this.rejectRoute?.(route);
        const gateways = new Set();
        for (const ref of spec.parentRefs ?? []) {
            if ((ref.group ?? exports.GATEWAY_GROUP) !== exports.GATEWAY_GROUP || (ref.kind ?? 'Gateway') !== 'Gateway')
                continue;
            const gwNs = ref.namespace ?? ns;
            const gw = this.host.registry.find((0, resources_js_1.byKind)('Gateway'), gwNs, ref.name);
            const prev = old.find((p) => p.controllerName === exports.GATEWAY_CONTROLLER && refKey(p.parentRef, ns) === refKey(ref, ns));
            const cond = (type, ok, reason, message) => {
                const status = ok ? 'True' : 'False';
                const before = prev?.conditions.find((c) => c.type === type);
                return {
                    type,
                    status,
                    reason,
                    message,
                    observedGeneration: gen,
                    lastTransitionTime: before?.status === status && before.lastTransitionTime
                        ? before.lastTransitionTime
                        : (0, types_js_1.isoSeconds)(now),
                };
            };
            let accepted;
            if (!gw) {
                // A parent that is not there: this controller cannot tell whose it would be, and says so.
                accepted = cond('Accepted', false, 'NoMatchingParent', `Gateway ${gwNs}/${ref.name} not found`);
            }
            else if (!this.ours(gw)) {
                continue;
            }
            else if (!this.admits(gw, ns)) {
                accepted = cond('Accepted', false, 'NotAllowedByListeners', `No listener of Gateway ${gwNs}/${ref.name} admits routes from namespace ${ns}`);
            }
            else if (rejected) {
                accepted = cond('Accepted', false, 'UnsupportedValue', rejected);
            }
            else {
                accepted = cond('Accepted', true, 'Accepted', 'Route is accepted');
                gateways.add(`${gwNs}/${ref.name}`);
            }
            const resolved = unresolved
                ? cond('ResolvedRefs', false, unresolved.reason, unresolved.message)
                : cond('ResolvedRefs', true, 'ResolvedRefs', 'Resolved all the Object references for the Route');
            parents.push({
                parentRef: { group: exports.GATEWAY_GROUP, kind: 'Gateway', ...ref },
                controllerName: exports.GATEWAY_CONTROLLER,
                conditions: [accepted, resolved],
            });
        }
        this.host.writeStatus('HTTPRoute', route, { ...((0, types_js_1.isRecord)(route.status) ? route.status : {}), parents }, exports.GATEWAY_CONTROLLER);
        const key = `${ns}/${name}`;
        // A refused generation is not programmed: the listeners keep routing by the last accepted one.
        if (rejected && this.programmed.has(key))
            return;
        if (gateways.size === 0) {
            this.programmed.delete(key);
            return;
        }
        this.programmed.set(key, {
            gateways,
            route: {
                ns,
                name,
                hostnames: spec.hostnames ?? [],
                rules: (spec.rules ?? []).map((r) => {
                    const backends = (r.backendRefs ?? []).map((b) => ({
                        ref: b,
                        resolved: (b.kind ?? 'Service') === 'Service' &&
                            !!this.host.registry.find((0, resources_js_1.byKind)('Service'), b.namespace ?? ns, b.name),
                    }));
                    return {
                        matches: r.matches?.length ? r.matches : [{ path: { type: 'PathPrefix', value: '/' } }],
                        backends,
                        current: backends.map(() => 0),
                    };
                }),
            },
        });
    }
    /** The first backendRef that cannot be resolved, as ResolvedRefs says it. */
    unresolved(ns, spec) {
        for (const r of spec.rules ?? []) {
            for (const b of r.backendRefs ?? []) {
                if ((b.group ?? '') !== '' || (b.kind ?? 'Service') !== 'Service')
                    return { reason: 'InvalidKind', message: `Unsupported backendRef kind ${b.group ?? ''}/${b.kind}` };
                if ((b.namespace ?? ns) !== ns)
                    return {
                        reason: 'RefNotPermitted',
                        message: `Backend ${b.namespace}/${b.name} is in another namespace and no ReferenceGrant allows it`,
                    };
                if (!this.host.registry.find((0, resources_js_1.byKind)('Service'), ns, b.name))
                    return { reason: 'BackendNotFound', message: `Service ${ns}/${b.name} not found` };
            }
        }
        return undefined;
    }
    /** Listeners admit routes from their own namespace (the default) or, with `from: All`, any. */
    admits(gw, ns) {
        const listeners = gw.spec?.listeners ?? [];
        return listeners.some((l) => {
            const from = l.allowedRoutes?.namespaces?.from ?? 'Same';
            return from === 'All' || (from === 'Same' && gw.metadata.namespace === ns);
        });
    }
    // ---- the data plane --------------------------------------------------------------------------------
    /** The loopback URL of a Gateway's listener that is already listening. */
    urlNow(gw) {
        const port = this.ports.get(`${gw.metadata.namespace}/${gw.metadata.name}`);
        return port ? `http://127.0.0.1:${port}` : undefined;
    }
    /** The loopback URL of a Gateway's listener (started on first use). */
    async url(gw) {
        const key = `${gw.metadata.namespace}/${gw.metadata.name}`;
        let s = this.servers.get(key);
        if (!s) {
            s = new Promise((resolve, reject) => {
                const server = node_http_1.default.createServer((req, res) => void this.handle(key, req, res));
                server.on('connection', (sock) => {
                    this.sockets.add(sock);
                    sock.on('close', () => this.sockets.delete(sock));
                });
                (0, clock_js_1.watchServer)(server, this.host.clock);
                server.once('error', reject);
                server.listen(0, '127.0.0.1', () => {
                    const port = server.address().port;
                    this.ports.set(key, port);
                    resolve({ server, port });
                });
            });
            this.servers.set(key, s);
        }
        return `http://127.0.0.1:${(await s).port}`;
    }
    /** The Gateway a DNS name of `status.addresses` belongs to, if the simulator serves it. */
    gatewayByHostname(hostname) {
        return this.host.list('Gateway').find((g) => this.ours(g) && this.hostname(g) === hostname);
    }
    /** What users of a Gateway got, in order. */
    log(gateway) {
        let l = this.samples.get(gateway);
        if (!l)
            this.samples.set(gateway, (l = []));
        return l;
    }
    async handle(gateway, req, res) {
        const chunks = [];
        for await (const c of req)
            chunks.push(c);
        const at = this.host.clock.now();
        const url = new URL(req.url ?? '/', 'http://gateway');
        const host = String(req.headers.host ?? '').replace(/:\d+$/, '');
        const reply = (status, text, extra = {}) => {
            this.log(gateway).push({ at, status, ...extra });
            res.writeHead(status, { 'content-type': 'text/plain', server: 'keelson-gateway' });
            res.end(text);
        };
        const found = this.match(gateway, host, url.pathname, req.headers);
        if (!found)
            return reply(404, 'no route matched\n');
        const { route, rule } = found;
        const picked = pickBackend(rule);
        if (!picked)
            return reply(500, 'no backend with a weight\n', { route: route.name });
        if (!picked.resolved)
            return reply(500, `backend ${picked.ref.name} cannot be resolved\n`, {
                route: route.name,
                backend: picked.ref.name,
            });
        const svc = this.host.registry.find((0, resources_js_1.byKind)('Service'), route.ns, picked.ref.name);
        const port = (svc?.spec?.ports ?? []).find((p) => p.port === picked.ref.port);
        const pods = this.hooks.endpoints(route.ns, picked.ref.name, port?.name ?? String(picked.ref.port ?? ''))?.pods;
        if (!pods?.length)
            return reply(503, 'no healthy upstream\n', { route: route.name, backend: picked.ref.name });
        const rrKey = `${route.ns}/${picked.ref.name}`;
        const n = this.rr.get(rrKey) ?? 0;
        this.rr.set(rrKey, n + 1);
        const pod = pods[n % pods.length];
        try {
            const r = await this.hooks.requestPod(route.ns, pod, {
                method: req.method ?? 'GET',
                path: `${url.pathname}${url.search}`,
                headers: req.headers,
                body: Buffer.concat(chunks),
            }, 15_000);
            const version = typeof r.headers['x-version'] === 'string' ? r.headers['x-version'] : undefined;
            this.log(gateway).push({ at, status: r.status, version, backend: picked.ref.name, route: route.name });
            res.writeHead(r.status, (0, loopback_js_1.forwardedHeaders)(r.headers));
            res.end(r.body);
        }
        catch (e) {
            const timeout = e instanceof Error && e.name === 'TimeoutError';
            reply(timeout ? 504 : 503, timeout
                ? 'upstream request timeout\n'
                : 'upstream connect error or disconnect/reset before headers\n', { route: route.name, backend: picked.ref.name });
        }
    }
    /** The most specific match among the routes attached to `gateway` (exact path, then the longest prefix). */
    match(gateway, host, path, headers) {
        let best;
        for (const { gateways, route } of this.programmed.values()) {
            if (!gateways.has(gateway))
                continue;
            if (route.hostnames.length && !route.hostnames.some((h) => hostMatches(h, host)))
                continue;
            for (const rule of route.rules) {
                for (const m of rule.matches) {
                    const score = matchScore(m, path, headers);
                    if (score !== undefined && (!best || score > best.score))
                        best = { route, rule, score };
                }
            }
        }
        return best;
    }
    async close() {
        for (const s of this.sockets)
            s.destroy();
        await Promise.all([...this.servers.values()].map(async (p) => {
            const { server } = await p;
            await new Promise((resolve) => {
                server.close(() => resolve());
                server.closeAllConnections();
            });
        }));
    }
}
exports.GatewayApiController = GatewayApiController;
function condition(obj, type, status, reason, message, now, observedGeneration) {
    const before = (obj.status?.conditions ?? []).find((c) => c.type === type);
    return {
        type,
        status,
        reason,
        message,
        ...(observedGeneration !== undefined ? { observedGeneration } : {}),
        lastTransitionTime: before?.status === status && before.lastTransitionTime ? before.lastTransitionTime : (0, types_js_1.isoSeconds)(now),
    };
}
function hostMatches(pattern, host) {
    const p = pattern.toLowerCase();
    const h = host.toLowerCase();
    return p.startsWith('*.') ? h.endsWith(p.slice(1)) && h !== p.slice(2) : p === h;
}
/** How specific a match is (higher wins), or undefined when it does not match. */
function matchScore(m, path, headers) {
    const type = m.path?.type ?? 'PathPrefix';
    const value = m.path?.value ?? '/';
    let score;
    if (type === 'Exact') {
        if (path !== value)
            return undefined;
        score = 1_000_000;
    }
    else {
        const prefix = value.replace(/\/+$/, '');
        if (prefix && path !== prefix && !path.startsWith(`${prefix}/`))
            return undefined;
        score = prefix.length * 100;
    }
    for (const h of m.headers ?? []) {
        if (String(headers[h.name.toLowerCase()] ?? '') !== h.value)
            return undefined;
        score += 1;
    }
    return score;
}
/** Smooth weighted round robin over a rule's backendRefs (weight defaults to 1; 0 is never picked). */
function pickBackend(rule) {
    const weights = rule.backends.map((b) => Math.max(0, b.ref.weight ?? 1));
    const total = weights.reduce((a, b) => a + b, 0);
    if (total === 0)
        return undefined;
    let best = -1;
    for (let i = 0; i < weights.length; i++) {
        if ((weights[i] ?? 0) === 0)
            continue;
        rule.current[i] = (rule.current[i] ?? 0) + (weights[i] ?? 0);
        if (best < 0 || (rule.current[i] ?? 0) > (rule.current[best] ?? 0))
            best = i;
    }
    rule.current[best] = (rule.current[best] ?? 0) - total;
    return rule.backends[best];
}


/***/ }),

/***/ 7834:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.HpaController = exports.HPA_MANAGER = void 0;
exports.milliCpu = milliCpu;
const resources_js_1 = __webpack_require__(64068);
const selectors_js_1 = __webpack_require__(4595);
const types_js_1 = __webpack_require__(3120);
exports.HPA_MANAGER = 'kube-controller-manager';
const SYNC_MS = 15_000;
const TOLERANCE = 0.1;
/** metrics-server's window: usage is the mean over the last 30 s (less for a younger pod). */
const USAGE_WINDOW_MS = 30_000;
const SCALE_UP = {
    stabilizationWindowSeconds: 0,
    selectPolicy: 'Max',
    policies: [
        { type: 'Pods', value: 4, periodSeconds: 15 },
        { type: 'Percent', value: 100, periodSeconds: 15 },
    ],
};
const SCALE_DOWN = {
    stabilizationWindowSeconds: 300,
    selectPolicy: 'Max',
    policies: [{ type: 'Percent', value: 100, periodSeconds: 15 }],
};
function rules(given, defaults) {
    return {
        stabilizationWindowSeconds: given?.stabilizationWindowSeconds ?? defaults.stabilizationWindowSeconds,
        selectPolicy: given?.selectPolicy ?? defaults.selectPolicy,
        policies: given?.policies?.length ? given.policies : defaults.policies,
    };
}
/** CPU quantities: `250m`, `0.5`, `1` → millicores. */
function milliCpu(q) {
    if (typeof q === 'number')
        return q * 1000;
    if (typeof q !== 'string')
        return undefined;
    const m = /^(\d+(?:\.\d+)?)(m?)$/.exec(q.trim());
    if (!m)
        return undefined;
    return m[2] ? Number(m[1]) : Number(m[1]) * 1000;
}
class HpaController {
    host;
    state = new Map();
    constructor(host) {
        this.host = host;
    }
    reconcile() {
        const now = this.host.clock.now();
        const seen = new Set();
        for (const hpa of this.host.list('HorizontalPodAutoscaler')) {
            if (hpa.metadata.deletionTimestamp)
                continue;
            const key = hpa.metadata.uid ?? '';
            seen.add(key);
            let st = this.state.get(key);
            if (!st) {
                // maybeInitScaleDownStabilizationWindow: a new HPA remembers the target's current count, so it does not
                // scale down before a whole window has passed.
                const t = hpa.spec.scaleTargetRef;
                const kind = t.kind === 'Deployment' || t.kind === 'ReplicaSet' ? t.kind : undefined;
                const target = kind
                    ? this.host.registry.find((0, resources_js_1.byKind)(kind), hpa.metadata.namespace, t.name)
                    : undefined;
                st = {
                    nextSync: now,
                    recommendations: target ? [{ at: now, replicas: target.spec.replicas ?? 1 }] : [],
                    events: [],
                };
                this.state.set(key, st);
            }
            if (now < st.nextSync) {
                this.host.wake(st.nextSync);
                continue;
            }
            st.nextSync = now + SYNC_MS;
            this.host.wake(st.nextSync);
            try {
                this.sync((0, types_js_1.clone)(hpa), st, now);
            }
            catch (e) {
                if (process.env.KUBE_EMULATOR_DEBUG)
                    console.error('kube emulator hpa:', e);
            }
        }
        for (const key of this.state.keys())
            if (!seen.has(key))
                this.state.delete(key);
    }
    sync(hpa, st, now) {
        const ns = hpa.metadata.namespace ?? '';
        const ref = hpa.spec.scaleTargetRef;
        const min = hpa.spec.minReplicas ?? 1;
        const max = hpa.spec.maxReplicas;
        const prev = (0, types_js_1.isRecord)(hpa.status) ? hpa.status : {};
        const conditions = [];
        const at = (0, types_js_1.isoSeconds)(now);
        const keep = (c) => {
            const old = (Array.isArray(prev.conditions) ? prev.conditions : []).find((x) => x.type === c.type);
            return { ...c, lastTransitionTime: old && old.status === c.status ? old.lastTransitionTime : at };
        };
        const writeStatus = (extra) => {
            const status = {
                ...(prev.lastScaleTime ? { lastScaleTime: prev.lastScaleTime } : {}),
                currentReplicas: prev.currentReplicas ?? 0,
                desiredReplicas: prev.desiredReplicas ?? 0,
                ...extra,
                conditions: conditions.map(keep),
            };
            this.host.writeStatus('HorizontalPodAutoscaler', hpa, status, exports.HPA_MANAGER);
        };
        const kinds = { Deployment: 'Deployment', ReplicaSet: 'ReplicaSet' };
        const kind = kinds[ref.kind];
        const target = kind
            ? this.host.registry.find((0, resources_js_1.byKind)(kind), ns, ref.name)
            : undefined;
        if (!target) {
            const plural = kind ? (0, resources_js_1.byKind)(kind).plural : `${ref.kind.toLowerCase()}s`;
            const message = `the HPA controller was unable to get the target's current scale: ${plural}/scale.apps "${ref.name}" not found`;
            conditions.push({ type: 'AbleToScale', status: 'False', reason: 'FailedGetScale', message });
            this.host.event(hpa, 'Warning', 'FailedGetScale', `${plural}/scale.apps "${ref.name}" not found`, 'horizontal-pod-autoscaler');
            writeStatus({});
            return;
        }
        const current = target.spec.replicas ?? 1;
        const statusReplicas = target.status?.replicas ?? 0;
        conditions.push({
            type: 'AbleToScale',
            status: 'True',
            reason: 'SucceededGetScale',
            message: "the HPA controller was able to get the target's current scale",
        });
        if (current === 0 && min !== 0) {
            conditions.push({
                type: 'ScalingActive',
                status: 'False',
                reason: 'ScalingDisabled',
                message: 'scaling is disabled since the replica count of the target is zero',
            });
            writeStatus({ currentReplicas: statusReplicas, desiredReplicas: 0 });
            return;
        }
        const metric = this.cpuRecommendation(hpa, target, current);
        if ('error' in metric) {
            conditions.push({
                type: 'ScalingActive',
                status: 'False',
                reason: metric.reason,
                message: metric.error,
            });
            this.host.event(hpa, 'Warning', metric.reason, metric.error, 'horizontal-pod-autoscaler');
            writeStatus({ currentReplicas: statusReplicas, desiredReplicas: current });
            return;
        }
        conditions.push({
            type: 'ScalingActive',
            status: 'True',
            reason: 'ValidMetricFound',
            message: 'the HPA was able to successfully calculate a replica count from cpu resource utilization (percentage of request)',
        });
        // normalizeDesiredReplicasWithBehaviors
        const up = rules(hpa.spec.behavior?.scaleUp, SCALE_UP);
        const down = rules(hpa.spec.behavior?.scaleDown, SCALE_DOWN);
        st.recommendations.push({ at: now, replicas: metric.replicas });
        let upRec = metric.replicas;
        let downRec = metric.replicas;
        for (const r of st.recommendations) {
            if (r.at > now - up.stabilizationWindowSeconds * 1000)
                upRec = Math.min(upRec, r.replicas);
            if (r.at > now - down.stabilizationWindowSeconds * 1000)
                downRec = Math.max(downRec, r.replicas);
        }
        const keepFor = Math.max(up.stabilizationWindowSeconds, down.stabilizationWindowSeconds) * 1000;
        st.recommendations = st.recommendations.filter((r) => r.at > now - keepFor);
        let stabilized = current;
        if (stabilized < upRec)
            stabilized = upRec;
        if (stabilized > downRec)
            stabilized = downRec;
        let desired = stabilized;
        let limited;
        if (stabilized > current) {
            const limit = this.scaleUpLimit(current, st, up, now);
            if (limit < desired) {
                desired = Math.max(current, limit);
                limited = {
                    type: 'ScalingLimited',
                    status: 'True',
                    reason: 'ScaleUpLimit',
                    message: 'the desired replica count is increasing faster than the maximum scale rate',
                };
            }
        }
        else if (stabilized < current) {
            const limit = this.scaleDownLimit(current, st, down, now);
            if (limit > desired) {
                desired = Math.min(current, limit);
                limited = {
                    type: 'ScalingLimited',
                    status: 'True',
                    reason: 'ScaleDownLimit',
                    message: 'the desired replica count is decreasing faster than the maximum scale rate',
                };
            }
        }
        if (desired > max) {
            desired = max;
            limited = {
                type: 'ScalingLimited',
                status: 'True',
                reason: 'TooManyReplicas',
                message: 'the desired replica count is more than the maximum replica count',
            };
        }
        else if (desired < min) {
            desired = min;
            limited = {
                type: 'ScalingLimited',
                status: 'True',
                reason: 'TooFewReplicas',
                message: 'the desired replica count is less than the minimum replica count',
            };
        }
        conditions.push(limited ?? {
            type: 'ScalingLimited',
            status: 'False',
            reason: 'DesiredWithinRange',
            message: 'the desired count is within the acceptable range',
        });
        if (stabilized !== metric.replicas && desired === stabilized && !limited) {
            conditions[0] = {
                type: 'AbleToScale',
                status: 'True',
                reason: 'ScaleDownStabilized',
                message: 'recent recommendations were higher than current one, applying the highest recent recommendation',
            };
        }
        const extra = {
            currentReplicas: statusReplicas,
            desiredReplicas: desired,
            currentMetrics: [
                {
                    type: 'Resource',
                    resource: {
                        name: 'cpu',
                        current: { averageUtilization: metric.utilization, averageValue: `${metric.averageMilli}m` },
                    },
                },
            ],
        };
        if (desired !== current) {
            const scaled = (0, types_js_1.clone)(target);
            scaled.spec.replicas = desired;
            this.host.registry.update((0, resources_js_1.byKind)(kind), ns, ref.name, scaled, {
                manager: exports.HPA_MANAGER,
                subresource: 'scale',
            });
            st.events.push({ at: now, delta: desired - current });
            const direction = desired > current ? 'above' : 'below';
            this.host.event(hpa, 'Normal', 'SuccessfulRescale', `New size: ${desired}; reason: cpu resource utilization (percentage of request) ${direction} target`, 'horizontal-pod-autoscaler');
            extra.lastScaleTime = at;
        }
        writeStatus(extra);
    }
    scaleUpLimit(current, st, r, now) {
        if (r.selectPolicy === 'Disabled')
            return current;
        let result = r.selectPolicy === 'Min' ? Infinity : -Infinity;
        for (const p of r.policies) {
            const added = st.events
                .filter((e) => e.delta > 0 && e.at > now - p.periodSeconds * 1000)
                .reduce((n, e) => n + e.delta, 0);
            const start = current - added;
            const proposed = p.type === 'Pods' ? start + p.value : Math.ceil(start * (1 + p.value / 100));
            result = r.selectPolicy === 'Min' ? Math.min(result, proposed) : Math.max(result, proposed);
        }
        return result;
    }
    scaleDownLimit(current, st, r, now) {
        if (r.selectPolicy === 'Disabled')
            return current;
        let result = r.selectPolicy === 'Min' ? -Infinity : Infinity;
        for (const p of r.policies) {
            const removed = st.events
                .filter((e) => e.delta < 0 && e.at > now - p.periodSeconds * 1000)
                .reduce((n, e) => n - e.delta, 0);
            const start = current + removed;
            const proposed = p.type === 'Pods' ? start - p.value : Math.floor(start * (1 - p.value / 100));
            result = r.selectPolicy === 'Min' ? Math.max(result, proposed) : Math.min(result, proposed);
        }
        return result;
    }
    /** replica_calculator.go GetResourceReplicas for a CPU Utilization target. */
    cpuRecommendation(hpa, target, current) {
        const metrics = hpa.spec.metrics?.length
            ? hpa.spec.metrics
            : [
                {
                    type: 'Resource',
                    resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 80 } },
                },
            ];
        const cpu = metrics.find((m) => m.type === 'Resource' && m.resource?.name === 'cpu');
        const targetUtil = cpu?.resource?.target.averageUtilization;
        if (!cpu || cpu.resource?.target.type !== 'Utilization' || typeof targetUtil !== 'number') {
            return {
                reason: 'FailedGetResourceMetric',
                error: 'the simulator scales on cpu Utilization targets only (metrics: [{type: Resource, resource: {name: cpu, target: {type: Utilization}}}])',
            };
        }
        const ns = target.metadata.namespace ?? '';
        const selector = target.spec.selector;
        const pods = this.host
            .list('Pod', ns)
            .filter((p) => (0, selectors_js_1.matchesSelector)(selector, p.metadata.labels))
            .filter((p) => !p.metadata.deletionTimestamp && p.status?.phase !== 'Failed' && p.status?.phase !== 'Succeeded');
        if (pods.length === 0)
            return {
                reason: 'FailedGetResourceMetric',
                error: 'failed to get cpu utilization: no pods returned by selector',
            };
        const requests = new Map();
        for (const p of pods) {
            let total = 0;
            for (const c of p.spec.containers ?? []) {
                const req = milliCpu(c.resources?.requests?.cpu);
                if (req === undefined)
                    return {
                        reason: 'FailedGetResourceMetric',
                        error: `failed to get cpu utilization: missing request for cpu in container ${c.name} of Pod ${p.metadata.name}`,
                    };
                total += req;
            }
            requests.set(p.metadata.name ?? '', total);
        }
        const usage = new Map();
        const unready = new Set();
        const missing = new Set();
        for (const p of pods) {
            const name = p.metadata.name ?? '';
            if (p.status?.phase === 'Pending' || !this.host.isReady(p)) {
                unready.add(name);
                continue;
            }
            const load = this.host.podLoad(ns, name, USAGE_WINDOW_MS);
            if (!load) {
                missing.add(name);
                continue;
            }
            const share = Math.min(3, load.rps / Math.max(0.001, load.capacityRps));
            usage.set(name, (requests.get(name) ?? 0) * (0.05 + share));
        }
        const ratio = (m) => {
            let u = 0;
            let r = 0;
            for (const [name, v] of m) {
                u += v;
                r += requests.get(name) ?? 0;
            }
            const util = r > 0 ? Math.round((u * 100) / r) : 0;
            return { ratio: util / targetUtil, util, avg: m.size ? Math.round(u / m.size) : 0 };
        };
        if (usage.size === 0 && missing.size === 0)
            return {
                reason: 'FailedGetResourceMetric',
                error: 'failed to get cpu utilization: did not receive metrics for targeted pods (pods might be unready)',
            };
        const first = ratio(usage);
        const readyCount = usage.size;
        const scaleUpWithUnready = unready.size > 0 && first.ratio > 1;
        if (!scaleUpWithUnready && missing.size === 0) {
            if (Math.abs(1 - first.ratio) <= TOLERANCE)
                return { replicas: current, utilization: first.util, averageMilli: first.avg };
            return {
                replicas: Math.ceil(first.ratio * readyCount),
                utilization: first.util,
                averageMilli: first.avg,
            };
        }
        const adjusted = new Map(usage);
        if (missing.size > 0) {
            for (const name of missing) {
                const fallback = first.ratio < 1 ? ((requests.get(name) ?? 0) * Math.max(targetUtil, 100)) / 100 : 0;
                adjusted.set(name, fallback);
            }
        }
        if (scaleUpWithUnready)
            for (const name of unready)
                adjusted.set(name, 0);
        const second = ratio(adjusted);
        if (Math.abs(1 - second.ratio) <= TOLERANCE ||
            (first.ratio < 1 && second.ratio > 1) ||
            (first.ratio > 1 && second.ratio < 1))
            return { replicas: current, utilization: first.util, averageMilli: first.avg };
        const next = Math.ceil(second.ratio * adjusted.size);
        if ((second.ratio < 1 && next > current) || (second.ratio > 1 && next < current))
            return { replicas: current, utilization: first.util, averageMilli: first.avg };
        return { replicas: next, utilization: first.util, averageMilli: first.avg };
    }
}
exports.HpaController = HpaController;


/***/ }),

/***/ 56693:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.TEST_TOKEN = exports.TEST_CREDENTIALS = exports.GATEWAY_CONTROLLER = exports.GATEWAY_CLASS = exports.AuthError = exports.verifyEksToken = exports.versionFromTag = exports.parseBehaviourTag = void 0;
exports.startKubeEmulator = startKubeEmulator;
const promises_1 = __webpack_require__(51455);
const yaml_1 = __webpack_require__(38815);
const clock_js_1 = __webpack_require__(84517);
const apiserver_js_1 = __webpack_require__(81818);
const eks_js_1 = __webpack_require__(89228);
const registry_js_1 = __webpack_require__(75718);
const api_js_1 = __webpack_require__(96823);
const resources_js_1 = __webpack_require__(64068);
const selectors_js_1 = __webpack_require__(4595);
const simulator_js_1 = __webpack_require__(36379);
const gateway_api_js_1 = __webpack_require__(30802);
const store_js_1 = __webpack_require__(41264);
const tls_js_1 = __webpack_require__(78370);
const random_js_1 = __webpack_require__(37220);
var behaviour_js_1 = __webpack_require__(41914);
Object.defineProperty(exports, "parseBehaviourTag", ({ enumerable: true, get: function () { return behaviour_js_1.parseBehaviourTag; } }));
Object.defineProperty(exports, "versionFromTag", ({ enumerable: true, get: function () { return behaviour_js_1.versionFromTag; } }));
var auth_js_1 = __webpack_require__(11023);
Object.defineProperty(exports, "verifyEksToken", ({ enumerable: true, get: function () { return auth_js_1.verifyEksToken; } }));
Object.defineProperty(exports, "AuthError", ({ enumerable: true, get: function () { return auth_js_1.AuthError; } }));
var gateway_api_js_2 = __webpack_require__(30802);
Object.defineProperty(exports, "GATEWAY_CLASS", ({ enumerable: true, get: function () { return gateway_api_js_2.GATEWAY_CLASS; } }));
Object.defineProperty(exports, "GATEWAY_CONTROLLER", ({ enumerable: true, get: function () { return gateway_api_js_2.GATEWAY_CONTROLLER; } }));
/** The AWS test credentials the emulator knows unless told otherwise (never valid anywhere real). */
exports.TEST_CREDENTIALS = [
    { accessKeyId: 'AKIAKEELSONTEST00001', secretAccessKey: 'keelsonTestSecretKey/0000000000000000000001' },
];
/** The static bearer token accepted unless `staticTokens` says otherwise. */
exports.TEST_TOKEN = 'keelson-emulator-admin-token';
async function startKubeEmulator(opts = {}) {
    const clock = opts.clock ?? clock_js_1.realClock;
    const clusterName = opts.clusterName ?? 'keelson-test';
    const region = opts.region ?? 'us-east-1';
    const credentials = opts.credentials ?? exports.TEST_CREDENTIALS;
    const staticTokens = opts.staticTokens ?? [exports.TEST_TOKEN];
    const gitVersion = opts.gitVersion ?? 'v1.31.4-eks-keelson';
    // A CA and server certificate made for this emulator alone; the CA's key is discarded at once.
    const made = opts.tls ? (0, tls_js_1.makeSimTls)() : undefined;
    const tls = made ? { key: made.key, cert: made.cert } : undefined;
    const caPem = made?.caPem;
    const caData = caPem ? Buffer.from(caPem, 'utf8').toString('base64') : undefined;
    const store = new store_js_1.Store();
    const names = (0, random_js_1.seededRandom)((opts.seed ?? 1) ^ 0x9e3779b9);
    const registry = new registry_js_1.Registry(store, clock, names);
    const lbcOpts = opts.awsLoadBalancerController;
    const sim = new simulator_js_1.Simulator({
        clock,
        registry,
        region,
        tickMs: opts.tickMs ?? 1000,
        seed: opts.seed ?? 1,
        endpointPropagationMs: opts.endpointPropagationMs,
        lbc: lbcOpts ? { clusterName, ...(typeof lbcOpts === 'object' ? lbcOpts : {}) } : undefined,
        gatewayApi: opts.gatewayApi ? (typeof opts.gatewayApi === 'object' ? opts.gatewayApi : {}) : undefined,
    });
    const nsRt = (0, resources_js_1.byKind)('Namespace');
    for (const ns of ['default', 'kube-system', 'kube-public', 'kube-node-lease', ...(opts.namespaces ?? [])]) {
        registry.create(nsRt, undefined, { apiVersion: 'v1', kind: 'Namespace', metadata: { name: ns } }, { manager: 'kube-apiserver' });
    }
    registry.create((0, resources_js_1.byKind)('Service'), 'default', {
        apiVersion: 'v1',
        kind: 'Service',
        metadata: { name: 'kubernetes', labels: { component: 'apiserver', provider: 'kubernetes' } },
        spec: { ports: [{ name: 'https', port: 443, targetPort: 443, protocol: 'TCP' }] },
    }, { manager: 'kube-apiserver' });
    const api = new apiserver_js_1.ApiServer({
        clock,
        registry,
        sim,
        clusterName,
        credentials,
        staticTokens,
        tls,
        gitVersion,
    });
    const url = await api.start();
    const eks = new eks_js_1.EksControlPlane({
        name: clusterName,
        region,
        endpoint: () => url,
        caData: caData ??
            Buffer.from('-----BEGIN CERTIFICATE-----\nnot-used-over-http\n-----END CERTIFICATE-----\n').toString('base64'),
        version: /^v(\d+\.\d+)/.exec(gitVersion)?.[1] ?? '1.31',
        createdAt: clock.now(),
    }, credentials);
    const eksEndpoint = await eks.start();
    let elbv2Api;
    if (sim.elbv2) {
        // What installing the controller leaves in the cluster: its CRD and IngressClass.
        registry.create((0, resources_js_1.byKind)('CustomResourceDefinition'), undefined, (0, resources_js_1.crdObject)((0, resources_js_1.byKind)('TargetGroupBinding')), {
            manager: 'helm',
        });
        registry.create((0, resources_js_1.byKind)('IngressClass'), undefined, {
            apiVersion: 'networking.k8s.io/v1',
            kind: 'IngressClass',
            metadata: { name: 'alb', labels: { 'app.kubernetes.io/name': 'aws-load-balancer-controller' } },
            spec: { controller: 'ingress.k8s.aws/alb' },
        }, { manager: 'helm' });
        elbv2Api = new api_js_1.Elbv2Api(clock, sim.elbv2, credentials);
        await elbv2Api.start();
    }
    if (sim.gateways) {
        // What installing the Gateway API's standard channel and an implementation leaves in the cluster.
        for (const kind of ['GatewayClass', 'Gateway', 'HTTPRoute'])
            registry.create((0, resources_js_1.byKind)('CustomResourceDefinition'), undefined, (0, resources_js_1.crdObject)((0, resources_js_1.byKind)(kind)), {
                manager: 'kubectl',
            });
        registry.create((0, resources_js_1.byKind)('GatewayClass'), undefined, {
            apiVersion: 'gateway.networking.k8s.io/v1',
            kind: 'GatewayClass',
            metadata: { name: gateway_api_js_1.GATEWAY_CLASS },
            spec: { controllerName: gateway_api_js_1.GATEWAY_CONTROLLER },
        }, { manager: 'helm' });
    }
    await sim.start();
    const objects = {
        get: (kind, namespace, name) => registry.find((0, resources_js_1.byKind)(kind), namespace, name),
        list: (kind, namespace, selector) => registry.list((0, resources_js_1.byKind)(kind), namespace, { labels: (0, selectors_js_1.parseLabelSelector)(selector ?? '') }),
        create: (obj) => {
            const rt = (0, resources_js_1.byKind)(obj.kind ?? '');
            return registry.create(rt, obj.metadata.namespace ?? (rt.namespaced ? 'default' : undefined), obj, {
                manager: 'test',
            });
        },
    };
    let closed = false;
    return {
        url,
        caData,
        caPem,
        token: staticTokens[0] ?? '',
        clusterName,
        region,
        eksEndpoint,
        elbv2Endpoint: elbv2Api?.url,
        get elbv2Requests() {
            return elbv2Api?.requests ?? [];
        },
        credentials,
        sim,
        inject: (f) => api.inject(f),
        forbid: (r) => api.forbidden.push(r),
        denyAdmission: (d) => api.denials.push(d),
        blockControlPlaneTo: (port, o = {}) => {
            api.unreachablePorts.add(port);
            if (o.dialTimeoutMs !== undefined)
                api.proxyDialTimeoutMs = o.dialTimeoutMs;
        },
        trackReplicas: (namespace) => {
            const lows = new Map();
            const seen = (o) => {
                const n = o.spec?.replicas;
                const name = o.metadata.name ?? '';
                if (typeof n === 'number')
                    lows.set(name, Math.min(n, lows.get(name) ?? Infinity));
            };
            const rt = (0, resources_js_1.byKind)('Deployment');
            for (const d of registry.list(rt, namespace))
                seen(d);
            const stop = store.subscribe((e) => {
                if (e.rt === rt && e.type !== 'DELETED' && e.object.metadata.namespace === namespace)
                    seen(e.object);
            });
            return { low: (name) => lows.get(name), stop };
        },
        allowAll: () => {
            api.forbidden.length = 0;
            api.denials.length = 0;
        },
        outage: (ms) => api.outage(ms),
        addToken: (token, user) => api.namedTokens.set(token, user),
        partition: (token, ms) => api.partition(token, ms),
        get openConnections() {
            return api.openConnections;
        },
        get requests() {
            return api.requests;
        },
        get eksRequests() {
            return eks.requests;
        },
        clearRequests: () => {
            api.requests.length = 0;
            eks.requests.length = 0;
        },
        objects,
        writeKubeconfig: async (path, o = {}) => {
            const cluster = { server: url };
            if (caData)
                cluster['certificate-authority-data'] = caData;
            const config = {
                apiVersion: 'v1',
                kind: 'Config',
                clusters: [{ name: clusterName, cluster }],
                users: [{ name: `${clusterName}-admin`, user: { token: o.token ?? staticTokens[0] ?? '' } }],
                contexts: [
                    {
                        name: clusterName,
                        context: {
                            cluster: clusterName,
                            user: `${clusterName}-admin`,
                            ...(o.namespace ? { namespace: o.namespace } : {}),
                        },
                    },
                ],
                'current-context': clusterName,
                preferences: {},
            };
            await (0, promises_1.writeFile)(path, (0, yaml_1.stringify)(config), { mode: 0o600 });
        },
        close: async () => {
            if (closed)
                return;
            closed = true;
            await sim.stop();
            await api.close();
            await eks.close();
            await elbv2Api?.close();
        },
    };
}


/***/ }),

/***/ 47233:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.lagDue = lagDue;
/**
 * True when `fp` differs from what was applied and the controller's lag has passed; otherwise asks `wake` to run
 * the controller again when the change falls due. A paused controller keeps waiting without a wake-up: its
 * `resume()` wakes it (asking for one every millisecond of simulated time kept the virtual clock stepping 1 ms at
 * a time for as long as the pause lasted).
 */
function lagDue(st, fp, now, o) {
    if (st.applied === fp) {
        st.dueAt = undefined;
        return false;
    }
    if (st.dueAt === undefined)
        st.dueAt = now + o.lagMs;
    if (o.paused)
        return false;
    if (now < st.dueAt) {
        o.wake(st.dueAt);
        return false;
    }
    st.dueAt = undefined;
    return true;
}


/***/ }),

/***/ 74354:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.LoadBalancerController = exports.GATE_INJECT_LABEL = exports.LBC_MANAGER = void 0;
/**
 * The AWS Load Balancer Controller, as far as Keelson's rollouts meet it (kubernetes-sigs/aws-load-balancer-
 * controller v2, its documented annotations and behaviour):
 *
 * - Ingresses of class `alb` (`spec.ingressClassName: alb`, an IngressClass of controller `ingress.k8s.aws/alb`,
 *   or the `kubernetes.io/ingress.class: alb` annotation) become an Application Load Balancer: a listener per
 *   `listen-ports` entry, a rule per Ingress path (host-header and path-pattern conditions, plus
 *   `conditions.<name>`), forward actions to a target group per Service port, or the `actions.<name>` annotation
 *   (forward with weighted `forwardConfig.targetGroups`, `targetGroupARN`, fixed-response) when the backend port
 *   is `use-annotation`. Target groups take the health-check annotations (`healthcheck-path`,
 *   `healthcheck-interval-seconds`, `healthcheck-timeout-seconds`, `healthy-threshold-count`,
 *   `unhealthy-threshold-count`, `success-codes`) and `target-group-attributes`, from the Ingress or (first)
 *   the Service. Only `target-type: ip` is simulated.
 * - Each target group gets a TargetGroupBinding; the controller registers the Service's endpoints as IP targets
 *   (ready endpoints, and not-ready ones whose containers are ready when the pod waits on a readiness gate) and
 *   deregisters the rest (they drain).
 * - In namespaces labelled `elbv2.k8s.aws/pod-readiness-gate-inject: enabled`, pods created while a
 *   TargetGroupBinding's Service selects them get the readiness gate `target-health.elbv2.k8s.aws/<binding>`,
 *   whose condition mirrors their target's health.
 * - Everything the controller does happens `reconcileLagMs` after the change it reacts to, and not at all while
 *   it is paused (an LBC that is down or throttled).
 */
const node_crypto_1 = __webpack_require__(77598);
const resources_js_1 = __webpack_require__(64068);
const selectors_js_1 = __webpack_require__(4595);
const types_js_1 = __webpack_require__(3120);
const lag_js_1 = __webpack_require__(47233);
exports.LBC_MANAGER = 'aws-load-balancer-controller';
const PREFIX = 'alb.ingress.kubernetes.io/';
const GATE_PREFIX = 'target-health.elbv2.k8s.aws/';
exports.GATE_INJECT_LABEL = 'elbv2.k8s.aws/pod-readiness-gate-inject';
function ann(o, name) {
    return o?.metadata.annotations?.[PREFIX + name];
}
function hash(text, n) {
    return (0, node_crypto_1.createHash)('sha256').update(text).digest('hex').slice(0, n);
}
function shortName(ns, name, seed) {
    const clean = (s) => s.replace(/[^a-zA-Z0-9-]/g, '').slice(0, 8);
    return `k8s-${clean(ns)}-${clean(name)}-${hash(seed, 10)}`;
}
/** `k1=v1,k2=v2` (stringMap annotations). */
function stringMap(text) {
    const out = {};
    for (const part of (text ?? '').split(',')) {
        const i = part.indexOf('=');
        if (i > 0)
            out[part.slice(0, i).trim()] = part.slice(i + 1).trim();
    }
    return out;
}
class ModelError extends Error {
}
/** ELBv2's rule validation of weighted forwards: weights are whole numbers from 0 to 999. */
function refusedWeights(model) {
    for (const r of model.rules) {
        if (r.action.type !== 'forward')
            continue;
        for (const g of r.action.groups) {
            if (!Number.isInteger(g.weight) || g.weight < 0 || g.weight > 999)
                return `ValidationError: Target group weight '${g.weight}' must be an integer from 0 to 999`;
        }
    }
    return undefined;
}
class LoadBalancerController {
    host;
    elbv2;
    opts;
    paused = false;
    /**
     * A fault for simulations: when it returns a message for an Ingress, ELBv2 refuses that Ingress's rules with it
     * (the controller emits FailedDeployModel and the ALB keeps what it had).
     */
    rejectDeploy;
    stacks = new Map();
    bindings = new Map();
    constructor(host, elbv2, opts) {
        this.host = host;
        this.elbv2 = elbv2;
        this.opts = opts;
    }
    /** Stop reconciling (the controller is down); `resume()` catches up with everything that changed. */
    pause() {
        this.paused = true;
    }
    resume() {
        this.paused = false;
        this.host.wake(this.host.clock.now());
    }
    isAlb(ing) {
        const spec = (0, types_js_1.isRecord)(ing.spec) ? ing.spec : {};
        const cls = typeof spec.ingressClassName === 'string' ? spec.ingressClassName : undefined;
        if (cls) {
            const ic = this.host.registry.find((0, resources_js_1.byKind)('IngressClass'), undefined, cls);
            return ((0, types_js_1.isRecord)(ic?.spec) && ic.spec.controller === 'ingress.k8s.aws/alb') || (!ic && cls === 'alb');
        }
        return ing.metadata.annotations?.['kubernetes.io/ingress.class'] === 'alb';
    }
    /** The load balancer of an Ingress, once the controller made it. */
    loadBalancerOf(ns, name) {
        const arn = this.stacks.get(`${ns}/${name}`)?.lb;
        return arn ? this.elbv2.loadBalancers.get(arn) : undefined;
    }
    reconcile() {
        const now = this.host.clock.now();
        const seen = new Set();
        for (const ing of this.host.list('Ingress')) {
            if (ing.metadata.deletionTimestamp || !this.isAlb(ing))
                continue;
            const key = `${ing.metadata.namespace}/${ing.metadata.name}`;
            seen.add(key);
            let st = this.stacks.get(key);
            if (!st) {
                st = { tgs: new Map() };
                this.stacks.set(key, st);
            }
            let model;
            let error;
            try {
                model = this.buildModel(ing);
            }
            catch (e) {
                if (!(e instanceof ModelError))
                    throw e;
                error = e.message;
            }
            const fp = error ?? JSON.stringify(model);
            if (!this.due(st, fp, now))
                continue;
            if (error || !model) {
                this.host.event(ing, 'Warning', 'FailedBuildModel', `Failed build model due to ${error}`, 'ingress');
            }
            else {
                // ELBv2 refuses the rules (ModifyRule's ValidationError, or a fault the simulation injects): the controller
                // reports it and retries, as the real one requeues the Ingress with backoff.
                const refused = refusedWeights(model) ?? this.rejectDeploy?.(ing);
                if (refused) {
                    this.host.event(ing, 'Warning', 'FailedDeployModel', `Failed deploy model due to ${refused}`, 'ingress');
                    st.dueAt = now + this.opts.reconcileLagMs;
                    this.host.wake(st.dueAt);
                    continue;
                }
                this.applyStack(ing, st, model);
            }
            st.applied = fp;
        }
        for (const [key, st] of this.stacks) {
            if (seen.has(key))
                continue;
            if (!this.due(st, 'deleted', now))
                continue;
            if (st.lb)
                this.elbv2.deleteLoadBalancer(st.lb);
            for (const arn of st.tgs.values())
                this.dropTargetGroup(key.split('/')[0], arn);
            this.stacks.delete(key);
        }
        this.reconcileBindings(now);
    }
    /** True when `fp` differs from what was applied and the controller's lag has passed (waking it then). */
    due(st, fp, now) {
        return (0, lag_js_1.lagDue)(st, fp, now, {
            lagMs: this.opts.reconcileLagMs,
            paused: this.paused,
            wake: (at) => this.host.wake(at),
        });
    }
    // ---- Ingress → model ------------------------------------------------------------------------------
    buildModel(ing) {
        const ns = ing.metadata.namespace ?? '';
        const spec = ((0, types_js_1.isRecord)(ing.spec) ? ing.spec : {});
        const tgs = new Map();
        const tgFor = (service, port) => {
            const svc = this.host.registry.find((0, resources_js_1.byKind)('Service'), ns, service);
            if (!svc)
                throw new ModelError(`ingress: ${ns}/${ing.metadata.name}: Service "${service}" not found`);
            const targetType = ann(svc, 'target-type') ?? ann(ing, 'target-type') ?? 'instance';
            if (targetType !== 'ip')
                throw new ModelError(`target-type ${targetType} for Service ${service}: the simulator models alb.ingress.kubernetes.io/target-type: ip`);
            const pick = (name) => ann(svc, name) ?? ann(ing, name);
            const num = (name, def) => {
                const v = pick(name);
                if (v === undefined)
                    return def;
                if (!/^\d+$/.test(v))
                    throw new ModelError(`failed to parse annotation ${PREFIX}${name}: ${v}`);
                return Number(v);
            };
            const key = `${service}:${port}`;
            tgs.set(key, {
                key,
                service,
                port,
                health: {
                    path: pick('healthcheck-path') ?? '/',
                    port: pick('healthcheck-port') ?? 'traffic-port',
                    protocol: pick('healthcheck-protocol') ?? 'HTTP',
                    intervalSeconds: num('healthcheck-interval-seconds', 15),
                    timeoutSeconds: num('healthcheck-timeout-seconds', 5),
                    healthyThreshold: num('healthy-threshold-count', 2),
                    unhealthyThreshold: num('unhealthy-threshold-count', 2),
                    matcher: pick('success-codes') ?? '200',
                },
                attributes: {
                    ...stringMap(ann(ing, 'target-group-attributes')),
                    ...stringMap(ann(svc, 'target-group-attributes')),
                },
            });
            return key;
        };
        const action = (backend) => {
            const svc = backend?.service;
            if (!svc)
                throw new ModelError('a backend without a service is not supported');
            if (svc.port?.name === 'use-annotation') {
                const raw = ann(ing, `actions.${svc.name}`);
                if (!raw)
                    throw new ModelError(`ingress: ${ns}/${ing.metadata.name}: missing actions for ${svc.name}`);
                let a;
                try {
                    a = JSON.parse(raw);
                }
                catch {
                    throw new ModelError(`failed to load json for action ${svc.name}`);
                }
                if (a.type === 'fixed-response') {
                    const c = (a.fixedResponseConfig ?? {});
                    return {
                        type: 'fixed-response',
                        statusCode: String(c.statusCode ?? '200'),
                        contentType: c.contentType,
                        messageBody: c.messageBody,
                    };
                }
                if (a.type !== 'forward')
                    throw new ModelError(`unsupported action type ${String(a.type)} for ${svc.name}`);
                if (typeof a.targetGroupARN === 'string')
                    return { type: 'forward', groups: [{ arn: a.targetGroupARN, weight: 1 }] };
                const groups = (a.forwardConfig?.targetGroups ?? []).map((g) => {
                    const weight = typeof g.weight === 'number' ? g.weight : 1;
                    if (typeof g.targetGroupARN === 'string')
                        return { arn: g.targetGroupARN, weight };
                    if (typeof g.serviceName !== 'string' || g.servicePort === undefined)
                        throw new ModelError(`forward config of ${svc.name}: each target group needs serviceName and servicePort, or targetGroupARN`);
                    const port = typeof g.servicePort === 'number' || /^\d+$/.test(String(g.servicePort))
                        ? Number(g.servicePort)
                        : String(g.servicePort);
                    return { tg: tgFor(g.serviceName, port), weight };
                });
                if (groups.length === 0)
                    throw new ModelError(`forward config of ${svc.name} has no target groups`);
                return { type: 'forward', groups };
            }
            const port = svc.port?.number ?? svc.port?.name;
            if (port === undefined)
                throw new ModelError(`backend service ${svc.name} needs a port`);
            return { type: 'forward', groups: [{ tg: tgFor(svc.name, port), weight: 1 }] };
        };
        const rules = [];
        let priority = 1;
        for (const r of spec.rules ?? []) {
            for (const p of r.http?.paths ?? []) {
                const path = p.path ?? '/';
                const patterns = p.pathType === 'Exact'
                    ? [path]
                    : p.pathType === 'Prefix'
                        ? path === '/'
                            ? ['/*']
                            : [path.replace(/\/$/, ''), `${path.replace(/\/$/, '')}/*`]
                        : [path];
                const conditions = [];
                if (r.host)
                    conditions.push({ Field: 'host-header', Values: [r.host] });
                conditions.push({ Field: 'path-pattern', Values: patterns });
                const extra = p.backend?.service ? ann(ing, `conditions.${p.backend.service.name}`) : undefined;
                if (extra) {
                    try {
                        for (const c of JSON.parse(extra)) {
                            const h = c.httpHeaderConfig;
                            if (c.field === 'http-header' && h?.httpHeaderName)
                                conditions.push({
                                    Field: 'http-header',
                                    HttpHeaderName: h.httpHeaderName,
                                    Values: h.values ?? [],
                                });
                        }
                    }
                    catch {
                        throw new ModelError(`failed to load json for conditions ${p.backend?.service?.name}`);
                    }
                }
                rules.push({ priority: priority++, conditions, action: action(p.backend) });
            }
        }
        rules.push(spec.defaultBackend
            ? { priority: 'default', conditions: [], action: action(spec.defaultBackend) }
            : {
                priority: 'default',
                conditions: [],
                action: { type: 'fixed-response', statusCode: '404', contentType: 'text/plain' },
            });
        let listeners = [{ port: 80, protocol: 'HTTP' }];
        const lp = ann(ing, 'listen-ports');
        if (lp) {
            try {
                listeners = JSON.parse(lp).flatMap((o) => Object.entries(o).map(([protocol, port]) => ({ port, protocol })));
            }
            catch {
                throw new ModelError(`failed to parse annotation ${PREFIX}listen-ports: ${lp}`);
            }
        }
        const scheme = ann(ing, 'scheme') ?? 'internal';
        if (scheme !== 'internal' && scheme !== 'internet-facing')
            throw new ModelError(`unknown scheme: ${scheme}`);
        return {
            scheme,
            listeners,
            rules,
            tgs: [...tgs.values()],
            idleTimeout: stringMap(ann(ing, 'load-balancer-attributes'))['idle_timeout.timeout_seconds'] ?? '60',
        };
    }
    // ---- model → ELBv2 and TargetGroupBindings -------------------------------------------------------------
    applyStack(ing, st, model) {
        const ns = ing.metadata.namespace ?? '';
        const name = ing.metadata.name ?? '';
        const stack = `${ns}/${name}`;
        let lb = st.lb ? this.elbv2.loadBalancers.get(st.lb) : undefined;
        const tags = {
            'elbv2.k8s.aws/cluster': this.opts.clusterName,
            'ingress.k8s.aws/stack': stack,
            'ingress.k8s.aws/resource': 'LoadBalancer',
        };
        if (lb && lb.scheme !== model.scheme) {
            // The scheme cannot change in place: a new load balancer replaces the old one.
            this.elbv2.deleteLoadBalancer(lb.arn);
            lb = undefined;
        }
        const lbName = ann(ing, 'load-balancer-name') ?? shortName(ns, name, `${this.opts.clusterName}/${stack}`);
        lb ??= this.elbv2.createLoadBalancer(lbName, model.scheme, tags);
        lb.attributes['idle_timeout.timeout_seconds'] = model.idleTimeout;
        st.lb = lb.arn;
        const arns = new Map();
        for (const spec of model.tgs) {
            let tg = st.tgs.get(spec.key) ? this.elbv2.targetGroups.get(st.tgs.get(spec.key) ?? '') : undefined;
            const svc = this.host.registry.find((0, resources_js_1.byKind)('Service'), ns, spec.service);
            const sp = (svc?.spec?.ports ?? []).find((p) => p.port === spec.port || p.name === spec.port);
            // A named targetPort: the port is not on the data path, the controller writes 1 (targets carry their own).
            const tgPort = typeof sp?.targetPort === 'number' ? sp.targetPort : 1;
            if (!tg) {
                const tgName = shortName(ns, spec.service, `${this.opts.clusterName}/${stack}/${spec.key}/ip`);
                tg = this.elbv2.createTargetGroup(tgName, { port: tgPort, protocol: 'HTTP', targetType: 'ip', health: spec.health }, {
                    'elbv2.k8s.aws/cluster': this.opts.clusterName,
                    'ingress.k8s.aws/stack': stack,
                    'ingress.k8s.aws/resource': `${stack}-${spec.service}:${spec.port}`,
                    'ingress.k8s.aws/tgb': `${ns}/${tgName}`,
                });
            }
            tg.health = spec.health;
            tg.attributes = { ...tg.attributes, ...spec.attributes };
            arns.set(spec.key, tg.arn);
            this.ensureBinding(ing, tg, spec);
        }
        for (const [key, arn] of st.tgs)
            if (!arns.has(key))
                this.dropTargetGroup(ns, arn);
        st.tgs = arns;
        const want = new Set(model.listeners.map((l) => l.port));
        lb.listeners = lb.listeners.filter((l) => want.has(l.port));
        for (const ls of model.listeners) {
            const listener = this.elbv2.listener(lb, ls.port, ls.protocol);
            this.elbv2.setRules(listener, model.rules.map((r) => ({
                priority: r.priority,
                conditions: r.conditions,
                actions: [this.toAction(r.action, arns)],
            })));
        }
        this.host.writeStatus('Ingress', ing, { loadBalancer: { ingress: [{ hostname: lb.dnsName }] } }, exports.LBC_MANAGER);
        this.host.event(ing, 'Normal', 'SuccessfullyReconciled', 'Successfully reconciled', 'ingress');
    }
    toAction(a, arns) {
        if (a.type === 'fixed-response')
            return {
                Type: 'fixed-response',
                StatusCode: a.statusCode,
                ContentType: a.contentType,
                MessageBody: a.messageBody,
            };
        return {
            Type: 'forward',
            TargetGroups: a.groups
                .map((g) => ({ TargetGroupArn: g.arn ?? arns.get(g.tg ?? '') ?? '', Weight: g.weight }))
                .filter((g) => g.TargetGroupArn),
        };
    }
    ensureBinding(ing, tg, spec) {
        const ns = ing.metadata.namespace ?? '';
        const rt = (0, resources_js_1.byKind)('TargetGroupBinding');
        const body = {
            apiVersion: 'elbv2.k8s.aws/v1beta1',
            kind: 'TargetGroupBinding',
            metadata: {
                name: tg.name,
                namespace: ns,
                labels: {
                    'ingress.k8s.aws/stack-name': ing.metadata.name ?? '',
                    'ingress.k8s.aws/stack-namespace': ns,
                },
            },
            spec: {
                serviceRef: { name: spec.service, port: spec.port },
                targetGroupARN: tg.arn,
                targetType: 'ip',
                ipAddressType: 'ipv4',
            },
        };
        this.host.tryWrite(() => {
            this.host.registry.apply(rt, ns, tg.name, body, { manager: exports.LBC_MANAGER, force: true });
        });
    }
    dropTargetGroup(ns, arn) {
        const tg = this.elbv2.targetGroups.get(arn);
        if (!tg)
            return;
        this.elbv2.deleteTargetGroup(arn);
        this.host.tryWrite(() => this.host.registry.delete((0, resources_js_1.byKind)('TargetGroupBinding'), ns, tg.name, {}));
    }
    // ---- TargetGroupBindings → targets and readiness gates -----------------------------------------------
    reconcileBindings(now) {
        const seen = new Set();
        for (const tgb of this.host.list('TargetGroupBinding')) {
            const ns = tgb.metadata.namespace ?? '';
            const key = `${ns}/${tgb.metadata.name}`;
            seen.add(key);
            const spec = (tgb.spec ?? {});
            const tg = spec.targetGroupARN ? this.elbv2.targetGroups.get(spec.targetGroupARN) : undefined;
            let st = this.bindings.get(key);
            if (!st) {
                st = {};
                this.bindings.set(key, st);
            }
            const desired = tg && spec.serviceRef ? this.endpoints(ns, spec.serviceRef.name, spec.serviceRef.port) : [];
            const gate = GATE_PREFIX + (tgb.metadata.name ?? '');
            const gated = this.host
                .list('Pod', ns)
                .filter((p) => (p.spec.readinessGates ?? []).some((g) => g.conditionType === gate));
            const health = (ip, port) => tg?.targets.get(`${ip}:${port}`)?.health.State ??
                (desired.some((d) => d.ip === ip) ? 'pending' : 'none');
            const fp = JSON.stringify({
                tg: tg?.arn,
                desired: desired.map((d) => `${d.ip}:${d.port}`),
                gates: gated.map((p) => [
                    p.metadata.name,
                    p.status?.podIP,
                    health(p.status?.podIP ?? '', desired.find((d) => d.pod === p.metadata.name)?.port ?? 0),
                ]),
            });
            if (!this.due(st, fp, now))
                continue;
            st.applied = fp;
            if (!tg) {
                if (spec.targetGroupARN)
                    this.host.event(tgb, 'Warning', 'FailedReconcile', `TargetGroupNotFound: target group ${spec.targetGroupARN} not found`, 'targetGroupBinding');
                continue;
            }
            const want = new Set(desired.map((d) => `${d.ip}:${d.port}`));
            const stale = [...tg.targets.values()].filter((t) => t.health.State !== 'draining' && !want.has(`${t.id}:${t.port}`));
            if (stale.length)
                this.elbv2.deregisterTargets(tg, stale);
            const fresh = desired.filter((d) => {
                const t = tg.targets.get(`${d.ip}:${d.port}`);
                return !t || t.health.State === 'draining';
            });
            if (fresh.length)
                this.elbv2.registerTargets(tg, fresh.map((d) => ({ id: d.ip, port: d.port })));
            for (const pod of gated)
                this.mirrorGate(pod, gate, tg, desired.find((d) => d.pod === pod.metadata.name));
            if (tgb.status?.observedGeneration !==
                tgb.metadata.generation)
                this.host.writeStatus('TargetGroupBinding', tgb, { observedGeneration: tgb.metadata.generation }, exports.LBC_MANAGER);
        }
        for (const key of this.bindings.keys())
            if (!seen.has(key))
                this.bindings.delete(key);
    }
    /** The pod condition of a readiness gate mirrors its target: True only when healthy. */
    mirrorGate(pod, gate, tg, endpoint) {
        const target = endpoint ? tg.targets.get(`${endpoint.ip}:${endpoint.port}`) : undefined;
        if (!endpoint)
            return;
        const health = target?.health ?? {
            State: 'initial',
            Reason: 'Elb.RegistrationInProgress',
            Description: 'Target registration is in progress',
        };
        const status = health.State === 'healthy' ? 'True' : 'False';
        const conditions = pod.status?.conditions ?? [];
        const old = conditions.find((c) => c.type === gate);
        if (old && old.status === status && (old.reason ?? '') === (health.Reason ?? ''))
            return;
        const next = {
            type: gate,
            status,
            ...(health.Reason ? { reason: health.Reason } : {}),
            ...(health.Description ? { message: health.Description } : {}),
            lastProbeTime: null,
            lastTransitionTime: old && old.status === status ? old.lastTransitionTime : (0, types_js_1.isoSeconds)(this.host.clock.now()),
        };
        const fresh = (0, types_js_1.clone)(pod);
        fresh.status = { ...fresh.status, conditions: [...conditions.filter((c) => c.type !== gate), next] };
        this.host.writeStatus('Pod', pod, fresh.status, exports.LBC_MANAGER);
    }
    /** The LBC's endpoint resolver for IP targets. */
    endpoints(ns, service, port) {
        const svc = this.host.registry.find((0, resources_js_1.byKind)('Service'), ns, service);
        const sp = (svc?.spec?.ports ?? []).find((p) => p.port === port || p.name === port);
        if (!svc || !sp)
            return [];
        const out = [];
        for (const slice of this.host.list('EndpointSlice', ns)) {
            if (slice.metadata.labels?.['kubernetes.io/service-name'] !== service)
                continue;
            const epPort = (slice.ports ?? []).find((p) => (sp.name ? p.name === sp.name : true))?.port;
            if (epPort === undefined)
                continue;
            for (const e of slice.endpoints ?? []) {
                const podName = e.targetRef?.name;
                const ip = e.addresses[0];
                if (!podName || !ip)
                    continue;
                if (e.conditions?.ready === false) {
                    if (e.conditions.terminating)
                        continue;
                    const pod = this.host.registry.find((0, resources_js_1.byKind)('Pod'), ns, podName);
                    const containersReady = pod?.status?.conditions?.some((c) => c.type === 'ContainersReady' && c.status === 'True');
                    if (!containersReady)
                        continue;
                }
                out.push({ ip, port: epPort, pod: podName });
            }
        }
        return out.sort((a, b) => a.ip.localeCompare(b.ip));
    }
    // ---- the pod mutating webhook ---------------------------------------------------------------------
    /** mpod.elbv2.k8s.aws: readiness gates for pods created in labelled namespaces, per selecting binding. */
    mutatePod(pod) {
        const ns = pod.metadata.namespace ?? '';
        const namespace = this.host.registry.find((0, resources_js_1.byKind)('Namespace'), undefined, ns);
        if (namespace?.metadata.labels?.[exports.GATE_INJECT_LABEL] !== 'enabled')
            return;
        const spec = ((0, types_js_1.isRecord)(pod.spec) ? pod.spec : {});
        for (const tgb of this.host.list('TargetGroupBinding', ns)) {
            const s = (tgb.spec ?? {});
            if (s.targetType !== 'ip' || !s.serviceRef)
                continue;
            const svc = this.host.registry.find((0, resources_js_1.byKind)('Service'), ns, s.serviceRef.name);
            const selector = svc?.spec?.selector;
            if (!selector || Object.keys(selector).length === 0)
                continue;
            if (!(0, selectors_js_1.matchesSelector)({ matchLabels: selector }, pod.metadata.labels))
                continue;
            const type = GATE_PREFIX + (tgb.metadata.name ?? '');
            spec.readinessGates ??= [];
            if (!spec.readinessGates.some((g) => g.conditionType === type))
                spec.readinessGates.push({ conditionType: type });
        }
        pod.spec = spec;
    }
}
exports.LoadBalancerController = LoadBalancerController;


/***/ }),

/***/ 56015:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.PatchError = void 0;
exports.listTypeFor = listTypeFor;
exports.itemKey = itemKey;
exports.mergePatch = mergePatch;
exports.strategicMergePatch = strategicMergePatch;
exports.jsonPatch = jsonPatch;
const types_js_1 = __webpack_require__(3120);
class PatchError extends Error {
    testFailed;
    constructor(message, 
    /** A JSON patch `test` operation failed: the apiserver answers 422 rather than 400. */
    testFailed = false) {
        super(message);
        this.testFailed = testFailed;
    }
}
exports.PatchError = PatchError;
/**
 * How a list is merged by strategic merge patch and server-side apply, from the `patchMergeKey` /
 * `x-kubernetes-list-map-keys` markers of the types Keelson writes. `names` is the path of field names.
 * Lists not named here are atomic (replaced whole).
 */
function listTypeFor(names) {
    const last = names[names.length - 1];
    const parent = names[names.length - 2];
    switch (last) {
        case 'containers':
        case 'initContainers':
        case 'ephemeralContainers':
        case 'volumes':
        case 'imagePullSecrets':
        case 'resourceClaims':
            return { keys: ['name'] };
        case 'env':
            return { keys: ['name'] };
        case 'volumeMounts':
            return { keys: ['mountPath'] };
        case 'volumeDevices':
            return { keys: ['devicePath'] };
        case 'hostAliases':
            return { keys: ['ip'] };
        case 'conditions':
            return { keys: ['type'] };
        case 'ownerReferences':
            return parent === 'metadata' ? { keys: ['uid'] } : 'atomic';
        case 'finalizers':
            return parent === 'metadata' ? 'set' : 'atomic';
        case 'topologySpreadConstraints':
            return { keys: ['topologyKey', 'whenUnsatisfiable'] };
        case 'ports':
            if (names.includes('containers') || names.includes('initContainers'))
                return { keys: ['containerPort', 'protocol'] };
            if (parent === 'spec' && names.length === 2)
                return { keys: ['port', 'protocol'] };
            return 'atomic';
        default:
            return 'atomic';
    }
}
/** The identity of a list item under its merge keys (missing `protocol` means TCP, as the schema defaults). */
function itemKey(item, keys) {
    const picked = {};
    for (const k of keys) {
        let v = (0, types_js_1.isRecord)(item) ? item[k] : undefined;
        if (v === undefined && k === 'protocol')
            v = 'TCP';
        if (v !== undefined)
            picked[k] = v;
    }
    return JSON.stringify(picked);
}
/** RFC 7386 JSON merge patch. */
function mergePatch(target, patch) {
    if (!(0, types_js_1.isRecord)(patch))
        return (0, types_js_1.clone)(patch);
    const out = (0, types_js_1.isRecord)(target) ? (0, types_js_1.clone)(target) : {};
    for (const [k, v] of Object.entries(patch)) {
        if (v === null)
            delete out[k];
        else
            out[k] = mergePatch(out[k], v);
    }
    return out;
}
/** Kubernetes strategic merge patch: merge patch, but associative lists merge item by item by their key. */
function strategicMergePatch(target, patch, names = []) {
    if (!(0, types_js_1.isRecord)(patch))
        return (0, types_js_1.clone)(patch);
    if (patch.$patch === 'replace') {
        const rest = { ...patch };
        delete rest.$patch;
        return stripDirectives(rest);
    }
    if (patch.$patch === 'delete')
        return undefined;
    const out = (0, types_js_1.isRecord)(target) ? (0, types_js_1.clone)(target) : {};
    const retain = Array.isArray(patch.$retainKeys) ? patch.$retainKeys.map(String) : undefined;
    for (const [k, v] of Object.entries(patch)) {
        if (k.startsWith('$'))
            continue;
        if (k.startsWith('$setElementOrder/') || k.startsWith('$deleteFromPrimitiveList/'))
            continue;
        if (v === null) {
            delete out[k];
            continue;
        }
        const path = [...names, k];
        const deleteList = patch[`$deleteFromPrimitiveList/${k}`];
        if (Array.isArray(v)) {
            const lt = listTypeFor(path);
            if (lt === 'atomic')
                out[k] = stripDirectives(v);
            else if (lt === 'set') {
                const current = Array.isArray(out[k]) ? out[k] : [];
                const merged = [...current];
                for (const item of v)
                    if (!merged.some((m) => (0, types_js_1.jsonEqual)(m, item)))
                        merged.push(item);
                out[k] = merged;
            }
            else
                out[k] = mergeKeyedList(Array.isArray(out[k]) ? out[k] : [], v, lt.keys, path);
        }
        else {
            const merged = strategicMergePatch(out[k], v, path);
            if (merged === undefined)
                delete out[k];
            else
                out[k] = merged;
        }
        if (Array.isArray(deleteList) && Array.isArray(out[k])) {
            out[k] = out[k].filter((x) => !deleteList.some((d) => (0, types_js_1.jsonEqual)(d, x)));
        }
    }
    for (const [k, v] of Object.entries(patch)) {
        if (!k.startsWith('$deleteFromPrimitiveList/'))
            continue;
        const field = k.slice('$deleteFromPrimitiveList/'.length);
        if (Array.isArray(v) && Array.isArray(out[field]) && !(field in patch)) {
            out[field] = out[field].filter((x) => !v.some((d) => (0, types_js_1.jsonEqual)(d, x)));
        }
    }
    if (retain)
        for (const k of Object.keys(out))
            if (!retain.includes(k))
                delete out[k];
    return out;
}
function mergeKeyedList(current, patch, keys, path) {
    const out = (0, types_js_1.clone)(current);
    for (const item of patch) {
        if ((0, types_js_1.isRecord)(item) && item.$patch === 'replace')
            return patch.filter((p) => !((0, types_js_1.isRecord)(p) && p.$patch)).map(stripDirectives);
        const key = itemKey(item, keys);
        const idx = out.findIndex((c) => itemKey(c, keys) === key);
        if ((0, types_js_1.isRecord)(item) && item.$patch === 'delete') {
            if (idx >= 0)
                out.splice(idx, 1);
            continue;
        }
        if (idx >= 0)
            out[idx] = strategicMergePatch(out[idx], item, path);
        else
            out.push(stripDirectives(item));
    }
    return out;
}
function stripDirectives(value) {
    if (Array.isArray(value))
        return value.map(stripDirectives);
    if (!(0, types_js_1.isRecord)(value))
        return value;
    const out = {};
    for (const [k, v] of Object.entries(value))
        if (!k.startsWith('$'))
            out[k] = stripDirectives(v);
    return out;
}
// ---- RFC 6902 JSON patch --------------------------------------------------------------------------------
function parsePointer(pointer) {
    if (pointer === '')
        return [];
    if (!pointer.startsWith('/'))
        throw new PatchError(`invalid JSON pointer "${pointer}"`);
    return pointer
        .slice(1)
        .split('/')
        .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}
function getAt(doc, path) {
    let cur = doc;
    for (const seg of path) {
        if (Array.isArray(cur)) {
            const i = Number(seg);
            if (!/^\d+$/.test(seg) || i >= cur.length)
                throw new PatchError(`jsonpatch operation does not apply: doc is missing path: "/${path.join('/')}"`);
            cur = cur[i];
        }
        else if ((0, types_js_1.isRecord)(cur) && seg in cur)
            cur = cur[seg];
        else
            throw new PatchError(`jsonpatch operation does not apply: doc is missing path: "/${path.join('/')}": missing value`);
    }
    return cur;
}
function parentOf(doc, path, op) {
    if (path.length === 0)
        throw new PatchError(`${op} operation on the document root is not supported`);
    const parent = getAt(doc, path.slice(0, -1));
    return { parent, last: path[path.length - 1] };
}
function addAt(doc, path, value, op) {
    if (path.length === 0)
        return (0, types_js_1.clone)(value);
    const { parent, last } = parentOf(doc, path, op);
    if (Array.isArray(parent)) {
        const i = last === '-' ? parent.length : Number(last);
        if (!/^\d+$/.test(last) && last !== '-')
            throw new PatchError(`${op} operation: invalid array index "${last}"`);
        if (i > parent.length)
            throw new PatchError(`${op} operation: index out of bounds: ${i}`);
        parent.splice(i, 0, (0, types_js_1.clone)(value));
    }
    else if ((0, types_js_1.isRecord)(parent))
        parent[last] = (0, types_js_1.clone)(value);
    else
        throw new PatchError(`jsonpatch ${op} operation does not apply: doc is missing path: "/${path.join('/')}"`);
    return doc;
}
function removeAt(doc, path, op) {
    const { parent, last } = parentOf(doc, path, op);
    if (Array.isArray(parent)) {
        const i = Number(last);
        if (!/^\d+$/.test(last) || i >= parent.length)
            throw new PatchError(`jsonpatch ${op} operation does not apply: doc is missing path: "/${path.join('/')}"`);
        parent.splice(i, 1);
    }
    else if ((0, types_js_1.isRecord)(parent) && last in parent)
        delete parent[last];
    else
        throw new PatchError(`jsonpatch ${op} operation does not apply: doc is missing path: "/${path.join('/')}": missing value`);
    return doc;
}
function jsonPatch(target, ops) {
    if (!Array.isArray(ops))
        throw new PatchError('json patch must be an array of operations');
    let doc = (0, types_js_1.clone)(target);
    for (const raw of ops) {
        if (!(0, types_js_1.isRecord)(raw) || typeof raw.op !== 'string' || typeof raw.path !== 'string') {
            throw new PatchError('json patch operation must have "op" and "path"');
        }
        const path = parsePointer(raw.path);
        switch (raw.op) {
            case 'add':
                if (!('value' in raw))
                    throw new PatchError('add operation missing "value"');
                doc = addAt(doc, path, raw.value, 'add');
                break;
            case 'remove':
                doc = removeAt(doc, path, 'remove');
                break;
            case 'replace':
                if (!('value' in raw))
                    throw new PatchError('replace operation missing "value"');
                getAt(doc, path);
                if (path.length === 0)
                    doc = (0, types_js_1.clone)(raw.value);
                else {
                    doc = removeAt(doc, path, 'replace');
                    doc = addAt(doc, path, raw.value, 'replace');
                }
                break;
            case 'move':
            case 'copy': {
                if (typeof raw.from !== 'string')
                    throw new PatchError(`${raw.op} operation missing "from"`);
                const from = parsePointer(raw.from);
                const value = (0, types_js_1.clone)(getAt(doc, from));
                if (raw.op === 'move')
                    doc = removeAt(doc, from, 'move');
                doc = addAt(doc, path, value, raw.op);
                break;
            }
            case 'test': {
                const actual = getAt(doc, path);
                if (!(0, types_js_1.jsonEqual)(actual, raw.value))
                    throw new PatchError(`testing value ${raw.path} failed: test failed`, true);
                break;
            }
            default:
                throw new PatchError(`Unexpected kind: ${String(raw.op)}`);
        }
    }
    return doc;
}


/***/ }),

/***/ 92688:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ProcessImages = void 0;
exports.startProcess = startProcess;
/**
 * Containers that run a real process. An image registered with `sim.process(image, map)` starts, in a
 * run-to-completion pod (a Job's), the local command `map` returns for the container's command, args and
 * environment (literal values, and those the kubelet resolves from Secrets and ConfigMaps); the process's
 * output is the container's log, its exit code the container's, and deleting the pod sends it SIGTERM. So a
 * migration Job in the simulator really connects to a database, holds locks, prints and fails.
 */
const node_child_process_1 = __webpack_require__(31421);
/** `registry/team/app:tag@sha256:…` → `registry/team/app`. */
function repositoryOf(image) {
    const noDigest = image.split('@')[0] ?? image;
    const slash = noDigest.lastIndexOf('/');
    const colon = noDigest.lastIndexOf(':');
    return colon > slash ? noDigest.slice(0, colon) : noDigest;
}
class ProcessImages {
    entries = [];
    /** `image` is a full reference or a repository (any tag or digest of it). */
    register(image, map) {
        this.entries.unshift({ image, map });
    }
    find(image) {
        return (this.entries.find((e) => e.image === image)?.map ??
            this.entries.find((e) => e.image === repositoryOf(image))?.map);
    }
}
exports.ProcessImages = ProcessImages;
const SIGNAL_CODES = { SIGTERM: 143, SIGKILL: 137, SIGINT: 130 };
/** Starts the process; each output line goes to `onLine`, the exit code (128+n for a signal) to `onExit`. */
function startProcess(spec, onLine, onExit) {
    let exited = false;
    const child = (0, node_child_process_1.spawn)(spec.argv[0], spec.argv.slice(1), {
        env: spec.env,
        cwd: spec.cwd,
        stdio: ['ignore', 'pipe', 'pipe'],
    });
    const pending = { stdout: '', stderr: '' };
    const reader = (stream) => (buf) => {
        const lines = (pending[stream] + buf.toString('utf8')).split(/\r?\n/);
        pending[stream] = lines.pop() ?? '';
        for (const l of lines)
            onLine(l);
    };
    child.stdout?.on('data', reader('stdout'));
    child.stderr?.on('data', reader('stderr'));
    const finish = (code) => {
        if (exited)
            return;
        exited = true;
        for (const rest of [pending.stdout, pending.stderr])
            if (rest)
                onLine(rest);
        onExit(code);
    };
    child.on('error', (e) => {
        onLine(`exec ${spec.argv[0]}: ${e.code === 'ENOENT' ? 'executable file not found' : e.message}`);
        finish(127);
    });
    child.on('close', (code, signal) => finish(code ?? (signal ? (SIGNAL_CODES[signal] ?? 128) : 128)));
    return {
        kill: (signal) => {
            if (!exited)
                child.kill(signal);
        },
        get exited() {
            return exited;
        },
    };
}


/***/ }),

/***/ 75718:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Registry = void 0;
exports.randomSuffix = randomSuffix;
exports.applyConflict = applyConflict;
const node_crypto_1 = __webpack_require__(77598);
const errors_js_1 = __webpack_require__(93550);
const fields_js_1 = __webpack_require__(41116);
const patch_js_1 = __webpack_require__(56015);
const resources_js_1 = __webpack_require__(64068);
const selectors_js_1 = __webpack_require__(4595);
const strategy_js_1 = __webpack_require__(74100);
const types_js_1 = __webpack_require__(3120);
const SERVER_META = [
    'uid',
    'creationTimestamp',
    'generation',
    'deletionTimestamp',
    'deletionGracePeriodSeconds',
    'managedFields',
    'resourceVersion',
];
const NAME_CHARS = 'bcdfghjklmnpqrstvwxz2456789';
function randomSuffix(n = 5, random = Math.random) {
    let out = '';
    for (let i = 0; i < n; i++)
        out += NAME_CHARS[Math.floor(random() * NAME_CHARS.length)];
    return out;
}
function withoutVolatile(o) {
    const c = (0, types_js_1.clone)(o);
    delete c.metadata.resourceVersion;
    for (const m of c.metadata.managedFields ?? [])
        m.time = '';
    return c;
}
/**
 * The API server's generic registry: create / update / patch / apply / delete with the strategies, field
 * management, optimistic concurrency and deletion semantics, over the Store. The HTTP layer and the
 * simulated controllers both write through it.
 */
class Registry {
    store;
    clock;
    random;
    nextServiceIP = 0;
    /** Called after every stored write (the simulator reconciles). */
    onWrite = () => undefined;
    /** Mutating admission for creates (the load balancer controller's pod webhook injects readiness gates). */
    mutators = [];
    constructor(store, clock, 
    /** Generated names come from this (seeded) source, so a simulation replays the same way. */
    random = Math.random) {
        this.store = store;
        this.clock = clock;
        this.random = random;
    }
    now() {
        return (0, types_js_1.isoSeconds)(this.clock.now());
    }
    ctx() {
        return {
            allocateClusterIP: () => {
                const n = this.nextServiceIP++;
                return `172.20.${Math.floor(n / 250)}.${(n % 250) + 1}`;
            },
        };
    }
    find(rt, ns, name) {
        return this.store.get(rt, ns, name);
    }
    get(rt, ns, name) {
        const o = this.store.get(rt, ns, name);
        if (!o)
            throw (0, errors_js_1.notFound)(rt, name);
        return o;
    }
    list(rt, ns, opts = {}) {
        return this.store
            .list(rt, ns)
            .filter((o) => (0, selectors_js_1.matchRequirements)(opts.labels ?? [], o.metadata.labels) && (0, selectors_js_1.matchFields)(opts.fields ?? [], o));
    }
    /** Like list, but the stored objects themselves (read-only; see Store.listShared). */
    listShared(rt, ns, opts = {}) {
        return this.store
            .listShared(rt, ns)
            .filter((o) => (0, selectors_js_1.matchRequirements)(opts.labels ?? [], o.metadata.labels) && (0, selectors_js_1.matchFields)(opts.fields ?? [], o));
    }
    checkNamespace(rt, ns, name) {
        if (!rt.namespaced)
            return;
        const nsRt = (0, resources_js_1.byKind)('Namespace');
        const n = this.store.get(nsRt, undefined, ns ?? '');
        if (!n)
            throw (0, errors_js_1.notFound)(nsRt, ns ?? '');
        const status = n.status;
        if (n.metadata.deletionTimestamp || ((0, types_js_1.isRecord)(status) && status.phase === 'Terminating')) {
            throw (0, errors_js_1.forbidden)(`${rt.plural}${rt.group ? `.${rt.group}` : ''} "${name}" is forbidden: unable to create new content in namespace ${ns} because it is being terminated`, { kind: rt.plural, ...(rt.group ? { group: rt.group } : {}) });
        }
    }
    checkTypeMeta(rt, body) {
        const gv = (0, resources_js_1.groupVersion)(rt);
        if (body.apiVersion !== undefined && body.apiVersion !== gv) {
            throw (0, errors_js_1.badRequest)(`the API version in the data (${String(body.apiVersion)}) does not match the expected API version (${gv})`);
        }
        if (body.kind !== undefined && body.kind !== rt.kind) {
            throw (0, errors_js_1.badRequest)(`the kind in the data (${String(body.kind)}) does not match the expected kind (${rt.kind})`);
        }
    }
    normaliseBody(rt, ns, body) {
        if (!(0, types_js_1.isRecord)(body))
            throw (0, errors_js_1.badRequest)('the body of the request was in an unknown format - accepted media types include: application/json, application/yaml');
        const obj = (0, types_js_1.clone)(body);
        if (!(0, types_js_1.isRecord)(obj.metadata))
            obj.metadata = {};
        this.checkTypeMeta(rt, obj);
        obj.apiVersion = (0, resources_js_1.groupVersion)(rt);
        obj.kind = rt.kind;
        if (rt.namespaced) {
            if (obj.metadata.namespace !== undefined && obj.metadata.namespace !== ns) {
                throw (0, errors_js_1.badRequest)('the namespace of the provided object does not match the namespace sent on the request');
            }
            obj.metadata.namespace = ns;
        }
        else
            delete obj.metadata.namespace;
        if (rt.kind === 'Secret' && (0, types_js_1.isRecord)(obj.data)) {
            for (const [k, v] of Object.entries(obj.data)) {
                if (typeof v !== 'string' || !/^[A-Za-z0-9+/]*={0,2}$/.test(v) || v.length % 4 !== 0) {
                    throw (0, errors_js_1.badRequest)(`Secret in version "v1" cannot be handled as a Secret: illegal base64 data in data[${JSON.stringify(k)}]`);
                }
            }
        }
        return obj;
    }
    create(rt, ns, body, opts) {
        const obj = this.normaliseBody(rt, ns, body);
        if (obj.metadata.resourceVersion) {
            throw new errors_js_1.StatusError(500, 'InternalError', 'resourceVersion should not be set on objects to be created', {});
        }
        return this.createObject(rt, obj, opts, true);
    }
    createObject(rt, obj, opts, recordFields) {
        if (!obj.metadata.name && obj.metadata.generateName)
            obj.metadata.name = obj.metadata.generateName + randomSuffix(5, this.random);
        const managed = obj.metadata.managedFields;
        for (const k of SERVER_META)
            delete obj.metadata[k];
        const now = this.now();
        obj.metadata.uid = (0, node_crypto_1.randomUUID)();
        obj.metadata.creationTimestamp = now;
        (0, strategy_js_1.prepareForCreate)(rt, obj);
        for (const mutate of this.mutators)
            mutate(rt, obj);
        (0, strategy_js_1.applyDefaults)(rt, obj, undefined, this.ctx());
        const causes = (0, strategy_js_1.validateObject)(rt, obj);
        if (causes.length)
            throw (0, errors_js_1.invalid)(rt, obj.metadata.name ?? '', causes);
        this.checkNamespace(rt, obj.metadata.namespace, obj.metadata.name ?? '');
        if (this.store.get(rt, obj.metadata.namespace, obj.metadata.name ?? ''))
            throw (0, errors_js_1.alreadyExists)(rt, obj.metadata.name ?? '');
        if (recordFields)
            (0, fields_js_1.recordUpdate)(undefined, obj, opts.manager, (0, resources_js_1.groupVersion)(rt), now);
        else if (managed)
            obj.metadata.managedFields = managed;
        if (opts.dryRun)
            return obj;
        const stored = this.store.put(rt, obj, 'ADDED');
        this.onWrite();
        return stored;
    }
    update(rt, ns, name, body, opts) {
        const next = this.normaliseBody(rt, ns, body);
        if (next.metadata.name !== undefined && next.metadata.name !== name) {
            throw (0, errors_js_1.badRequest)(`the name of the object (${next.metadata.name}) does not match the name on the URL (${name})`);
        }
        next.metadata.name = name;
        const live = this.get(rt, ns, name);
        const rv = next.metadata.resourceVersion;
        if (rv && rv !== live.metadata.resourceVersion)
            throw (0, errors_js_1.conflict)(rt, name, errors_js_1.STALE);
        return this.commitUpdate(rt, live, next, opts, true);
    }
    /** The shared tail of update, patch and apply: PrepareForUpdate, defaults, validation, generation, store. */
    commitUpdate(rt, live, incoming, opts, recordFields) {
        let next;
        if (opts.subresource === 'status') {
            next = (0, types_js_1.clone)(live);
            next.status = (0, types_js_1.clone)(incoming.status);
            if (!recordFields)
                next.metadata.managedFields = incoming.metadata.managedFields;
        }
        else if (opts.subresource === 'scale') {
            next = (0, types_js_1.clone)(live);
            const replicas = (0, types_js_1.isRecord)(incoming.spec) ? incoming.spec.replicas : undefined;
            next.spec = { ...((0, types_js_1.isRecord)(live.spec) ? live.spec : {}), replicas };
            if (!recordFields)
                next.metadata.managedFields = incoming.metadata.managedFields;
        }
        else {
            next = (0, types_js_1.clone)(incoming);
            if (rt.subresources.includes('status')) {
                if (live.status === undefined)
                    delete next.status;
                else
                    next.status = (0, types_js_1.clone)(live.status);
            }
            for (const k of [
                'uid',
                'creationTimestamp',
                'generation',
                'deletionTimestamp',
                'deletionGracePeriodSeconds',
            ]) {
                if (live.metadata[k] === undefined)
                    delete next.metadata[k];
                else
                    next.metadata[k] = live.metadata[k];
            }
            if (recordFields)
                next.metadata.managedFields = live.metadata.managedFields;
            next.metadata.name = live.metadata.name;
            if (rt.namespaced)
                next.metadata.namespace = live.metadata.namespace;
            (0, strategy_js_1.applyDefaults)(rt, next, live, this.ctx());
        }
        next.metadata.resourceVersion = live.metadata.resourceVersion;
        const causes = (0, strategy_js_1.validateObject)(rt, next, opts.subresource ? undefined : live);
        if (causes.length)
            throw (0, errors_js_1.invalid)(rt, live.metadata.name ?? '', causes);
        if (strategy_js_1.WITH_GENERATION.has(rt.kind) && opts.subresource !== 'status' && (0, strategy_js_1.specChanged)(live, next)) {
            next.metadata.generation = (live.metadata.generation ?? 0) + 1;
        }
        if (recordFields)
            (0, fields_js_1.recordUpdate)(live, next, opts.manager, (0, resources_js_1.groupVersion)(rt), this.now(), opts.subresource);
        if ((0, types_js_1.jsonEqual)(withoutVolatile(live), withoutVolatile(next)))
            return live;
        if (opts.dryRun)
            return next;
        if (next.metadata.deletionTimestamp && !(next.metadata.finalizers ?? []).length && rt.kind !== 'Pod') {
            const gone = this.store.remove(rt, next.metadata.namespace, live.metadata.name ?? '') ?? next;
            this.onWrite();
            return gone;
        }
        const stored = this.store.put(rt, next, 'MODIFIED');
        this.onWrite();
        return stored;
    }
    patch(rt, ns, name, type, patchBody, opts) {
        if (type === 'apply')
            return this.apply(rt, ns, name, patchBody, opts);
        const live = this.get(rt, ns, name);
        let patched;
        try {
            if (type === 'json')
                patched = (0, patch_js_1.jsonPatch)(live, patchBody);
            else {
                if (!(0, types_js_1.isRecord)(patchBody))
                    throw (0, errors_js_1.badRequest)(`json: cannot unmarshal ${Array.isArray(patchBody) ? 'array' : typeof patchBody} into Go value of type map[string]interface {}`);
                patched = type === 'merge' ? (0, patch_js_1.mergePatch)(live, patchBody) : (0, patch_js_1.strategicMergePatch)(live, patchBody);
            }
        }
        catch (e) {
            if (e instanceof patch_js_1.PatchError) {
                if (e.testFailed)
                    throw new errors_js_1.StatusError(422, 'Invalid', 'the server rejected our request due to an error in our request', { causes: [] });
                throw (0, errors_js_1.badRequest)(e.message);
            }
            throw e;
        }
        if (!(0, types_js_1.isRecord)(patched))
            throw (0, errors_js_1.badRequest)('the patch produced a document that is not an object');
        const next = this.normaliseBody(rt, ns, patched);
        const rv = next.metadata.resourceVersion;
        if (rv && rv !== live.metadata.resourceVersion)
            throw (0, errors_js_1.conflict)(rt, name, errors_js_1.STALE);
        if (next.metadata.name !== name)
            throw (0, errors_js_1.badRequest)(`the name of the object (${String(next.metadata.name)}) does not match the name on the URL (${name})`);
        return { object: this.commitUpdate(rt, live, next, opts, true), created: false };
    }
    apply(rt, ns, name, config, opts) {
        if (!opts.manager)
            throw (0, errors_js_1.badRequest)('PATCH apply requires a field manager: fieldManager is required for apply requests');
        if (!(0, types_js_1.isRecord)(config))
            throw (0, errors_js_1.badRequest)('error decoding YAML: the apply configuration is not an object');
        if (typeof config.apiVersion !== 'string' || !config.apiVersion)
            throw (0, errors_js_1.badRequest)(`Object 'apiVersion' is missing in '${JSON.stringify(config)}'`);
        if (typeof config.kind !== 'string' || !config.kind)
            throw (0, errors_js_1.badRequest)(`Object 'Kind' is missing in '${JSON.stringify(config)}'`);
        const body = this.normaliseBody(rt, ns, config);
        if (body.metadata.name !== undefined && body.metadata.name !== name) {
            throw (0, errors_js_1.badRequest)(`the name of the object (${body.metadata.name}) does not match the name on the URL (${name})`);
        }
        body.metadata.name = name;
        if (body.metadata.managedFields !== undefined)
            throw (0, errors_js_1.badRequest)('metadata.managedFields must be nil');
        const live = this.find(rt, ns, name);
        if (!live && opts.subresource)
            throw (0, errors_js_1.notFound)(rt, name);
        const rv = body.metadata.resourceVersion;
        if (live && rv && rv !== live.metadata.resourceVersion)
            throw (0, errors_js_1.conflict)(rt, name, errors_js_1.STALE);
        if (!live && rv)
            throw (0, errors_js_1.conflict)(rt, name, errors_js_1.STALE);
        delete body.metadata.resourceVersion;
        const { merged, conflicts } = (0, fields_js_1.applyConfig)(live, body, opts.manager, opts.force === true, (0, resources_js_1.groupVersion)(rt), this.now(), opts.subresource);
        if (conflicts.length)
            throw applyConflict(conflicts);
        if (!live)
            return { object: this.createObject(rt, merged, opts, false), created: true };
        return { object: this.commitUpdate(rt, live, merged, opts, false), created: false };
    }
    /** Deletes per DeleteOptions; returns the object when it lingers (finalizers, graceful pods, namespaces). */
    delete(rt, ns, name, opts = {}) {
        const live = this.get(rt, ns, name);
        const pre = opts.preconditions;
        if (pre?.uid && pre.uid !== live.metadata.uid) {
            throw (0, errors_js_1.conflict)(rt, name, `Precondition failed: UID in precondition: ${pre.uid}, UID in object meta: ${live.metadata.uid}`);
        }
        if (pre?.resourceVersion && pre.resourceVersion !== live.metadata.resourceVersion) {
            throw (0, errors_js_1.conflict)(rt, name, `Precondition failed: ResourceVersion in precondition: ${pre.resourceVersion}, ResourceVersion in object meta: ${live.metadata.resourceVersion}`);
        }
        if (opts.dryRun)
            return { object: live, lingering: false };
        const policy = opts.propagationPolicy ?? 'Background';
        if (policy === 'Orphan')
            this.orphanDependents(live.metadata.uid ?? '');
        if (policy === 'Foreground')
            this.deleteDependents(live.metadata.uid ?? '');
        if (live.metadata.deletionTimestamp)
            return { object: live, lingering: true };
        const now = this.now();
        if ((live.metadata.finalizers ?? []).length) {
            live.metadata.deletionTimestamp = now;
            live.metadata.deletionGracePeriodSeconds = 0;
            return { object: this.putAndNotify(rt, live), lingering: true };
        }
        if (rt.kind === 'Namespace') {
            live.metadata.deletionTimestamp = now;
            live.metadata.deletionGracePeriodSeconds = 0;
            live.status = { phase: 'Terminating' };
            return { object: this.putAndNotify(rt, live), lingering: true };
        }
        if (rt.kind === 'Pod') {
            const spec = (0, types_js_1.isRecord)(live.spec) ? live.spec : {};
            const grace = opts.gracePeriodSeconds ??
                (typeof spec.terminationGracePeriodSeconds === 'number' ? spec.terminationGracePeriodSeconds : 30);
            const status = (0, types_js_1.isRecord)(live.status) ? live.status : {};
            const running = typeof spec.nodeName === 'string' && status.phase !== 'Succeeded' && status.phase !== 'Failed';
            if (grace > 0 && running) {
                live.metadata.deletionTimestamp = (0, types_js_1.isoSeconds)(this.clock.now() + grace * 1000);
                live.metadata.deletionGracePeriodSeconds = grace;
                return { object: this.putAndNotify(rt, live), lingering: true };
            }
        }
        const gone = this.store.remove(rt, ns, name) ?? live;
        this.onWrite();
        return { object: gone, lingering: false };
    }
    /** Remove a terminating object for good (the kubelet after a pod's grace period, the namespace controller). */
    finalize(rt, ns, name) {
        if (this.store.remove(rt, ns, name))
            this.onWrite();
    }
    putAndNotify(rt, obj) {
        const stored = this.store.put(rt, obj, 'MODIFIED');
        this.onWrite();
        return stored;
    }
    dependents(uid) {
        const out = [];
        for (const kind of ['ReplicaSet', 'Pod', 'EndpointSlice', 'Job']) {
            const rt = (0, resources_js_1.byKind)(kind);
            for (const o of this.store.list(rt))
                if ((o.metadata.ownerReferences ?? []).some((r) => r.uid === uid))
                    out.push({ rt, obj: o });
        }
        return out;
    }
    orphanDependents(uid) {
        for (const { rt, obj } of this.dependents(uid)) {
            obj.metadata.ownerReferences = (obj.metadata.ownerReferences ?? []).filter((r) => r.uid !== uid);
            if (!obj.metadata.ownerReferences.length)
                delete obj.metadata.ownerReferences;
            this.store.put(rt, obj, 'MODIFIED');
        }
    }
    deleteDependents(uid) {
        for (const { rt, obj } of this.dependents(uid)) {
            try {
                this.delete(rt, obj.metadata.namespace, obj.metadata.name ?? '', { propagationPolicy: 'Foreground' });
            }
            catch {
                // already gone
            }
        }
    }
    /** Record a core/v1 Event about `involved`, folding repeats into `count` the way the event recorder does. */
    recordEvent(involved, type, reason, message, component) {
        const rt = (0, resources_js_1.byKind)('Event');
        const ns = involved.metadata.namespace ?? 'default';
        if (!this.store.get((0, resources_js_1.byKind)('Namespace'), undefined, ns))
            return;
        const now = this.now();
        const existing = this.store
            .list(rt, ns)
            .find((e) => (0, types_js_1.isRecord)(e.involvedObject) &&
            e.involvedObject.uid === involved.metadata.uid &&
            e.reason === reason &&
            e.message === message);
        if (existing) {
            existing.count = (typeof existing.count === 'number' ? existing.count : 1) + 1;
            existing.lastTimestamp = now;
            this.store.put(rt, existing, 'MODIFIED');
            return;
        }
        const ev = {
            apiVersion: 'v1',
            kind: 'Event',
            metadata: {
                name: `${involved.metadata.name}.${this.clock.now().toString(16)}${randomSuffix(3, this.random)}`,
                namespace: ns,
                uid: (0, node_crypto_1.randomUUID)(),
                creationTimestamp: now,
            },
            involvedObject: {
                kind: involved.kind,
                namespace: ns,
                name: involved.metadata.name,
                uid: involved.metadata.uid,
                apiVersion: involved.apiVersion,
                resourceVersion: involved.metadata.resourceVersion,
            },
            reason,
            message,
            source: { component },
            firstTimestamp: now,
            lastTimestamp: now,
            count: 1,
            type,
            eventTime: null,
            reportingComponent: component,
            reportingInstance: '',
        };
        this.store.put(rt, ev, 'ADDED');
    }
}
exports.Registry = Registry;
/** The 409 kube-apiserver answers for apply conflicts (apimachinery's NewConflictError and its message). */
function applyConflict(conflicts) {
    let message;
    if (conflicts.length === 1) {
        const c = conflicts[0];
        message = `Apply failed with 1 conflict: conflict with ${(0, fields_js_1.printManager)(c)}: ${c.field}`;
    }
    else {
        const byManager = new Map();
        for (const c of conflicts) {
            const key = JSON.stringify([c.manager, c.operation, c.subresource ?? '', c.apiVersion]);
            const entry = byManager.get(key) ?? { who: (0, fields_js_1.printManager)(c), fields: [] };
            entry.fields.push(c.field);
            byManager.set(key, entry);
        }
        const lines = [];
        for (const key of [...byManager.keys()].sort()) {
            const entry = byManager.get(key);
            lines.push(`conflicts with ${entry.who}:`, ...entry.fields.map((f) => `- ${f}`));
        }
        message = `Apply failed with ${conflicts.length} conflicts: ${lines.join('\n')}`;
    }
    const details = {
        causes: conflicts.map((c) => ({
            type: 'FieldManagerConflict',
            message: `conflict with ${(0, fields_js_1.printManager)(c)}`,
            field: c.field,
        })),
    };
    return new errors_js_1.StatusError(409, 'Conflict', message, details);
}


/***/ }),

/***/ 64068:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.RESOURCES = void 0;
exports.groupVersion = groupVersion;
exports.qualifiedResource = qualifiedResource;
exports.qualifiedKind = qualifiedKind;
exports.byPlural = byPlural;
exports.byKind = byKind;
exports.groups = groups;
exports.resourceList = resourceList;
exports.crdObject = crdObject;
const Gateway_1 = __webpack_require__(11742);
const GatewayClass_1 = __webpack_require__(65700);
const HTTPRoute_1 = __webpack_require__(19701);
const CustomResourceDefinition_1 = __webpack_require__(42944);
const Deployment_1 = __webpack_require__(32723);
const ReplicaSet_1 = __webpack_require__(79004);
const Job_1 = __webpack_require__(35301);
const Lease_1 = __webpack_require__(59751);
const EndpointSlice_1 = __webpack_require__(84005);
const HorizontalPodAutoscaler_1 = __webpack_require__(87631);
const Ingress_1 = __webpack_require__(36063);
const IngressClass_1 = __webpack_require__(43431);
const NetworkPolicy_1 = __webpack_require__(46836);
const PodDisruptionBudget_1 = __webpack_require__(73119);
const ConfigMap_1 = __webpack_require__(27171);
const Event_1 = __webpack_require__(38339);
const Namespace_1 = __webpack_require__(88984);
const Pod_1 = __webpack_require__(55756);
const Secret_1 = __webpack_require__(3839);
const Service_1 = __webpack_require__(69012);
/** Validation of a custom resource against the few rules of its CRD's schema that matter here. */
function requireFields(kind, paths) {
    return (obj) => {
        const errors = [];
        for (const path of paths) {
            let cur = obj;
            for (const k of path)
                cur = cur && typeof cur === 'object' ? cur[k] : undefined;
            if (cur === undefined || cur === null || cur === '')
                errors.push({
                    instancePath: `/${path.join('/')}`,
                    message: `must have required property '${path[path.length - 1]}'`,
                });
        }
        if (errors.length)
            throw Object.assign(new Error(`${kind} is invalid`), { errors });
    };
}
function model(Cls) {
    return (obj) => new Cls(obj).validate();
}
const VERBS = ['create', 'delete', 'deletecollection', 'get', 'list', 'patch', 'update', 'watch'];
exports.RESOURCES = [
    {
        group: '',
        version: 'v1',
        kind: 'Namespace',
        plural: 'namespaces',
        singular: 'namespace',
        namespaced: false,
        shortNames: ['ns'],
        categories: [],
        subresources: ['status'],
        validate: model(Namespace_1.Namespace),
    },
    {
        group: '',
        version: 'v1',
        kind: 'Pod',
        plural: 'pods',
        singular: 'pod',
        namespaced: true,
        shortNames: ['po'],
        categories: ['all'],
        subresources: ['status', 'log', 'proxy', 'eviction'],
        validate: model(Pod_1.Pod),
    },
    {
        group: '',
        version: 'v1',
        kind: 'Service',
        plural: 'services',
        singular: 'service',
        namespaced: true,
        shortNames: ['svc'],
        categories: ['all'],
        subresources: ['status', 'proxy'],
        validate: model(Service_1.Service),
    },
    {
        group: '',
        version: 'v1',
        kind: 'ConfigMap',
        plural: 'configmaps',
        singular: 'configmap',
        namespaced: true,
        shortNames: ['cm'],
        categories: [],
        subresources: [],
        validate: model(ConfigMap_1.ConfigMap),
    },
    {
        group: '',
        version: 'v1',
        kind: 'Secret',
        plural: 'secrets',
        singular: 'secret',
        namespaced: true,
        shortNames: [],
        categories: [],
        subresources: [],
        validate: model(Secret_1.Secret),
    },
    {
        group: '',
        version: 'v1',
        kind: 'Event',
        plural: 'events',
        singular: 'event',
        namespaced: true,
        shortNames: ['ev'],
        categories: [],
        subresources: [],
        validate: model(Event_1.Event),
    },
    {
        group: 'apps',
        version: 'v1',
        kind: 'Deployment',
        plural: 'deployments',
        singular: 'deployment',
        namespaced: true,
        shortNames: ['deploy'],
        categories: ['all'],
        subresources: ['status', 'scale'],
        validate: model(Deployment_1.Deployment),
    },
    {
        group: 'apps',
        version: 'v1',
        kind: 'ReplicaSet',
        plural: 'replicasets',
        singular: 'replicaset',
        namespaced: true,
        shortNames: ['rs'],
        categories: ['all'],
        subresources: ['status', 'scale'],
        validate: model(ReplicaSet_1.ReplicaSet),
    },
    {
        group: 'batch',
        version: 'v1',
        kind: 'Job',
        plural: 'jobs',
        singular: 'job',
        namespaced: true,
        shortNames: [],
        categories: ['all'],
        subresources: ['status'],
        validate: model(Job_1.Job),
    },
    {
        group: 'coordination.k8s.io',
        version: 'v1',
        kind: 'Lease',
        plural: 'leases',
        singular: 'lease',
        namespaced: true,
        shortNames: [],
        categories: [],
        subresources: [],
        validate: model(Lease_1.Lease),
    },
    {
        group: 'discovery.k8s.io',
        version: 'v1',
        kind: 'EndpointSlice',
        plural: 'endpointslices',
        singular: 'endpointslice',
        namespaced: true,
        shortNames: [],
        categories: [],
        subresources: [],
        validate: model(EndpointSlice_1.EndpointSlice),
    },
    {
        group: 'networking.k8s.io',
        version: 'v1',
        kind: 'Ingress',
        plural: 'ingresses',
        singular: 'ingress',
        namespaced: true,
        shortNames: ['ing'],
        categories: [],
        subresources: ['status'],
        validate: model(Ingress_1.Ingress),
    },
    {
        group: 'autoscaling',
        version: 'v2',
        kind: 'HorizontalPodAutoscaler',
        plural: 'horizontalpodautoscalers',
        singular: 'horizontalpodautoscaler',
        namespaced: true,
        shortNames: ['hpa'],
        categories: ['all'],
        subresources: ['status'],
        validate: model(HorizontalPodAutoscaler_1.HorizontalPodAutoscaler),
    },
    {
        group: 'networking.k8s.io',
        version: 'v1',
        kind: 'NetworkPolicy',
        plural: 'networkpolicies',
        singular: 'networkpolicy',
        namespaced: true,
        shortNames: ['netpol'],
        categories: [],
        subresources: [],
        validate: model(NetworkPolicy_1.NetworkPolicy),
    },
    {
        group: 'policy',
        version: 'v1',
        kind: 'PodDisruptionBudget',
        plural: 'poddisruptionbudgets',
        singular: 'poddisruptionbudget',
        namespaced: true,
        shortNames: ['pdb'],
        categories: [],
        subresources: ['status'],
        validate: model(PodDisruptionBudget_1.PodDisruptionBudget),
    },
    {
        group: 'networking.k8s.io',
        version: 'v1',
        kind: 'IngressClass',
        plural: 'ingressclasses',
        singular: 'ingressclass',
        namespaced: false,
        shortNames: [],
        categories: [],
        subresources: [],
        validate: model(IngressClass_1.IngressClass),
    },
    {
        group: 'apiextensions.k8s.io',
        version: 'v1',
        kind: 'CustomResourceDefinition',
        plural: 'customresourcedefinitions',
        singular: 'customresourcedefinition',
        namespaced: false,
        shortNames: ['crd', 'crds'],
        categories: ['api-extensions'],
        subresources: ['status'],
        validate: model(CustomResourceDefinition_1.CustomResourceDefinition),
    },
    {
        group: 'elbv2.k8s.aws',
        version: 'v1beta1',
        kind: 'TargetGroupBinding',
        plural: 'targetgroupbindings',
        singular: 'targetgroupbinding',
        namespaced: true,
        shortNames: [],
        categories: [],
        subresources: ['status'],
        validate: requireFields('TargetGroupBinding', [
            ['spec', 'serviceRef', 'name'],
            ['spec', 'serviceRef', 'port'],
        ]),
        crd: 'targetgroupbindings.elbv2.k8s.aws',
    },
    {
        group: 'gateway.networking.k8s.io',
        version: 'v1',
        kind: 'GatewayClass',
        plural: 'gatewayclasses',
        singular: 'gatewayclass',
        namespaced: false,
        shortNames: ['gc'],
        categories: ['gateway-api'],
        subresources: ['status'],
        validate: model(GatewayClass_1.GatewayClass),
        crd: 'gatewayclasses.gateway.networking.k8s.io',
    },
    {
        group: 'gateway.networking.k8s.io',
        version: 'v1',
        kind: 'Gateway',
        plural: 'gateways',
        singular: 'gateway',
        namespaced: true,
        shortNames: ['gtw'],
        categories: ['gateway-api'],
        subresources: ['status'],
        validate: model(Gateway_1.Gateway),
        crd: 'gateways.gateway.networking.k8s.io',
    },
    {
        group: 'gateway.networking.k8s.io',
        version: 'v1',
        kind: 'HTTPRoute',
        plural: 'httproutes',
        singular: 'httproute',
        namespaced: true,
        shortNames: [],
        categories: ['gateway-api'],
        subresources: ['status'],
        validate: model(HTTPRoute_1.HTTPRoute),
        crd: 'httproutes.gateway.networking.k8s.io',
    },
];
function groupVersion(rt) {
    return rt.group ? `${rt.group}/${rt.version}` : rt.version;
}
/** `deployments.apps`, `pods`: how error messages name a resource. */
function qualifiedResource(rt) {
    return rt.group ? `${rt.plural}.${rt.group}` : rt.plural;
}
/** `Deployment.apps`: how Invalid messages name a kind. */
function qualifiedKind(rt) {
    return rt.group ? `${rt.kind}.${rt.group}` : rt.kind;
}
const ALL = () => true;
function byPlural(group, version, plural, served = ALL) {
    return exports.RESOURCES.find((r) => r.group === group && r.version === version && r.plural === plural && served(r));
}
function byKind(kind) {
    const rt = exports.RESOURCES.find((r) => r.kind === kind || r.plural === kind.toLowerCase());
    if (!rt)
        throw new Error(`kube emulator: unknown kind '${kind}'`);
    return rt;
}
function groups(served = ALL) {
    const out = [];
    for (const r of exports.RESOURCES) {
        if (!r.group || !served(r))
            continue;
        const g = out.find((x) => x.name === r.group);
        if (!g)
            out.push({ name: r.group, versions: [r.version] });
        else if (!g.versions.includes(r.version))
            g.versions.push(r.version);
    }
    return out;
}
function subresourceVerbs(sub) {
    if (sub === 'log')
        return ['get'];
    if (sub === 'eviction')
        return ['create'];
    if (sub === 'proxy')
        return ['create', 'delete', 'get', 'patch', 'update'];
    return ['get', 'patch', 'update'];
}
/** The APIResourceList served at `/api/v1` and `/apis/{group}/{version}`. */
function resourceList(group, version, served = ALL) {
    const resources = [];
    for (const r of exports.RESOURCES.filter((x) => x.group === group && x.version === version && served(x))) {
        resources.push({
            name: r.plural,
            singularName: r.singular,
            namespaced: r.namespaced,
            kind: r.kind,
            verbs: r.kind === 'Namespace' ? VERBS.filter((v) => v !== 'deletecollection') : VERBS,
            ...(r.shortNames.length ? { shortNames: r.shortNames } : {}),
            ...(r.categories.length ? { categories: r.categories } : {}),
        });
        for (const sub of r.subresources) {
            const scale = sub === 'scale';
            resources.push({
                name: `${r.plural}/${sub}`,
                singularName: '',
                namespaced: r.namespaced,
                ...(scale ? { group: 'autoscaling', version: 'v1' } : {}),
                ...(sub === 'eviction' ? { group: 'policy', version: 'v1' } : {}),
                kind: scale
                    ? 'Scale'
                    : sub === 'proxy'
                        ? `${r.kind}ProxyOptions`
                        : sub === 'eviction'
                            ? 'Eviction'
                            : r.kind,
                verbs: subresourceVerbs(sub),
            });
        }
    }
    return {
        kind: 'APIResourceList',
        apiVersion: 'v1',
        groupVersion: group ? `${group}/${version}` : version,
        resources,
    };
}
/** The CustomResourceDefinition object for a CRD-backed resource type (as its installer would apply it). */
function crdObject(rt) {
    return {
        apiVersion: 'apiextensions.k8s.io/v1',
        kind: 'CustomResourceDefinition',
        metadata: { name: rt.crd },
        spec: {
            group: rt.group,
            names: {
                kind: rt.kind,
                listKind: `${rt.kind}List`,
                plural: rt.plural,
                singular: rt.singular,
                ...(rt.shortNames.length ? { shortNames: rt.shortNames } : {}),
            },
            scope: rt.namespaced ? 'Namespaced' : 'Cluster',
            versions: [
                {
                    name: rt.version,
                    served: true,
                    storage: true,
                    schema: { openAPIV3Schema: { type: 'object', 'x-kubernetes-preserve-unknown-fields': true } },
                    ...(rt.subresources.includes('status') ? { subresources: { status: {} } } : {}),
                },
            ],
        },
    };
}


/***/ }),

/***/ 4595:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.SelectorError = void 0;
exports.parseLabelSelector = parseLabelSelector;
exports.matchRequirements = matchRequirements;
exports.selectorToRequirements = selectorToRequirements;
exports.matchesSelector = matchesSelector;
exports.selectorToString = selectorToString;
exports.parseFieldSelector = parseFieldSelector;
exports.matchFields = matchFields;
const types_js_1 = __webpack_require__(3120);
class SelectorError extends Error {
}
exports.SelectorError = SelectorError;
const KEY = /^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\/)?[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$/;
const VALUE = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;
function checkKey(key) {
    if (!KEY.test(key) || key.length > 316)
        throw new SelectorError(`invalid label key "${key}"`);
    return key;
}
function checkValue(value) {
    if (!VALUE.test(value) || value.length > 63)
        throw new SelectorError(`invalid label value: "${value}"`);
    return value;
}
/** Split on commas that are not inside parentheses. */
function splitTop(input) {
    const parts = [];
    let depth = 0;
    let current = '';
    for (const ch of input) {
        if (ch === '(')
            depth++;
        if (ch === ')')
            depth--;
        if (ch === ',' && depth === 0) {
            parts.push(current);
            current = '';
        }
        else
            current += ch;
    }
    if (depth !== 0)
        throw new SelectorError(`unable to parse requirement: unbalanced parentheses in "${input}"`);
    parts.push(current);
    return parts;
}
/** Parse the string form (`a=b,c!=d,e in (f,g),!h,i`) used by the `labelSelector` query parameter. */
function parseLabelSelector(input) {
    const text = input.trim();
    if (text === '')
        return [];
    return splitTop(text).map((raw) => {
        const part = raw.trim();
        if (part === '')
            throw new SelectorError(`unable to parse requirement: empty requirement in "${input}"`);
        let m = /^!\s*(\S+)$/.exec(part);
        if (m)
            return { key: checkKey(m[1]), op: '!', values: [] };
        m = /^(\S+?)\s+(in|notin)\s*\(([^)]*)\)$/.exec(part);
        if (m) {
            const values = m[3]
                .split(',')
                .map((v) => v.trim())
                .map(checkValue);
            return { key: checkKey(m[1]), op: m[2], values };
        }
        m = /^([^=!<>\s]+)\s*(==|=|!=|<|>)\s*(\S*)$/.exec(part);
        if (m) {
            const op = m[2] === '==' || m[2] === '=' ? '=' : m[2] === '!=' ? '!=' : m[2] === '>' ? 'gt' : 'lt';
            if (op === 'gt' || op === 'lt') {
                if (!/^-?\d+$/.test(m[3]))
                    throw new SelectorError(`unable to parse requirement: for 'Gt', 'Lt' operators, the value must be an integer`);
                return { key: checkKey(m[1]), op, values: [m[3]] };
            }
            return { key: checkKey(m[1]), op, values: [checkValue(m[3])] };
        }
        m = /^(\S+)$/.exec(part);
        if (m)
            return { key: checkKey(m[1]), op: 'exists', values: [] };
        throw new SelectorError(`unable to parse requirement: found '${part}', expected: '=', '!=', '==', 'in', notin'`);
    });
}
function matchRequirements(reqs, labels) {
    const l = labels ?? {};
    return reqs.every((r) => {
        const has = Object.prototype.hasOwnProperty.call(l, r.key);
        const v = l[r.key];
        switch (r.op) {
            case 'exists':
                return has;
            case '!':
                return !has;
            case '=':
                return has && v === r.values[0];
            case '!=':
                return !has || v !== r.values[0];
            case 'in':
                return has && r.values.includes(v);
            case 'notin':
                return !has || !r.values.includes(v);
            case 'gt':
                return has && /^-?\d+$/.test(v) && Number(v) > Number(r.values[0]);
            case 'lt':
                return has && /^-?\d+$/.test(v) && Number(v) < Number(r.values[0]);
        }
        return false;
    });
}
/** The structured form (`matchLabels` + `matchExpressions`) used inside objects. Empty selects everything. */
function selectorToRequirements(selector) {
    const reqs = [];
    for (const [key, value] of Object.entries(selector?.matchLabels ?? {}))
        reqs.push({ key, op: '=', values: [value] });
    for (const e of selector?.matchExpressions ?? []) {
        const op = e.operator === 'In'
            ? 'in'
            : e.operator === 'NotIn'
                ? 'notin'
                : e.operator === 'Exists'
                    ? 'exists'
                    : '!';
        reqs.push({ key: e.key, op, values: e.values ?? [] });
    }
    return reqs;
}
function matchesSelector(selector, labels) {
    return matchRequirements(selectorToRequirements(selector), labels);
}
/** The string form of a structured selector, as Scale.status.selector and kubectl show it. */
function selectorToString(selector) {
    const parts = [];
    for (const [k, v] of Object.entries(selector?.matchLabels ?? {}).sort())
        parts.push(`${k}=${v}`);
    for (const e of selector?.matchExpressions ?? []) {
        const values = [...(e.values ?? [])].sort().join(',');
        if (e.operator === 'In')
            parts.push(`${e.key} in (${values})`);
        else if (e.operator === 'NotIn')
            parts.push(`${e.key} notin (${values})`);
        else if (e.operator === 'Exists')
            parts.push(e.key);
        else
            parts.push(`!${e.key}`);
    }
    return parts.join(',');
}
/** Field labels each kind supports, beyond metadata.name and metadata.namespace (from the registries). */
const FIELD_LABELS = {
    Pod: [
        'spec.nodeName',
        'spec.restartPolicy',
        'spec.schedulerName',
        'spec.serviceAccountName',
        'status.phase',
        'status.podIP',
        'status.nominatedNodeName',
    ],
    Event: [
        'involvedObject.kind',
        'involvedObject.namespace',
        'involvedObject.name',
        'involvedObject.uid',
        'involvedObject.apiVersion',
        'involvedObject.resourceVersion',
        'involvedObject.fieldPath',
        'reason',
        'reportingComponent',
        'source',
        'type',
    ],
    Secret: ['type'],
    Namespace: ['status.phase'],
    ReplicaSet: ['status.replicas'],
    Job: ['status.successful'],
    Service: ['spec.clusterIP', 'spec.type'],
};
function parseFieldSelector(input, kind) {
    const text = input.trim();
    if (text === '')
        return [];
    return text.split(',').map((raw) => {
        const m = /^\s*([^=!\s]+)\s*(==|=|!=)\s*(.*?)\s*$/.exec(raw);
        if (!m)
            throw new SelectorError(`invalid selector: '${input}'; can't understand '${raw}'`);
        const field = m[1];
        const allowed = ['metadata.name', 'metadata.namespace', ...(FIELD_LABELS[kind] ?? [])];
        if (!allowed.includes(field))
            throw new SelectorError(`field label not supported: ${field}`);
        return { field, negate: m[2] === '!=', value: m[3] };
    });
}
function fieldValue(obj, field) {
    if (field === 'source') {
        const source = obj.source;
        return (0, types_js_1.isRecord)(source) && typeof source.component === 'string' ? source.component : '';
    }
    if (field === 'status.successful') {
        const status = obj.status;
        return (0, types_js_1.isRecord)(status) && typeof status.succeeded === 'number' ? String(status.succeeded) : '0';
    }
    let cur = obj;
    for (const part of field.split('.'))
        cur = (0, types_js_1.isRecord)(cur) ? cur[part] : undefined;
    if (cur === undefined || cur === null)
        return '';
    return String(cur);
}
function matchFields(reqs, obj) {
    return reqs.every((r) => (fieldValue(obj, r.field) === r.value) !== r.negate);
}


/***/ }),

/***/ 36379:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Simulator = void 0;
exports.preStopSeconds = preStopSeconds;
exports.podTemplateHash = podTemplateHash;
const node_crypto_1 = __webpack_require__(77598);
const behaviour_js_1 = __webpack_require__(41914);
const backend_js_1 = __webpack_require__(63089);
const resources_js_1 = __webpack_require__(64068);
const listener_js_1 = __webpack_require__(37663);
const model_js_1 = __webpack_require__(85694);
const hpa_js_1 = __webpack_require__(7834);
const lbc_js_1 = __webpack_require__(74354);
const gateway_api_js_1 = __webpack_require__(30802);
const selectors_js_1 = __webpack_require__(4595);
const errors_js_1 = __webpack_require__(93550);
const processes_js_1 = __webpack_require__(92688);
const types_js_1 = __webpack_require__(3120);
const random_js_1 = __webpack_require__(37220);
const CONTROLLER = 'kube-controller-manager';
const REVISION = 'deployment.kubernetes.io/revision';
const HASH_LABEL = 'pod-template-hash';
const SAFE = 'bcdfghjklmnpqrstvwxz2456789';
const NODES = ['ip-10-0-1-17.ec2.internal', 'ip-10-0-2-34.ec2.internal', 'ip-10-0-3-51.ec2.internal'];
/** Pod condition types the kubelet owns; any other condition (a readiness gate's) is kept as written. */
const KUBELET_CONDITIONS = new Set([
    'PodReadyToStartContainers',
    'Initialized',
    'Ready',
    'ContainersReady',
    'PodScheduled',
]);
/** The seconds a container's preStop hook holds the pod before SIGTERM (`sleep N` exec hooks, the sleep action). */
function preStopSeconds(c) {
    const preStop = c.lifecycle?.preStop;
    if (!preStop)
        return 0;
    const sleep = preStop.sleep;
    if (typeof sleep?.seconds === 'number')
        return sleep.seconds;
    const command = preStop.exec?.command;
    if (Array.isArray(command)) {
        const text = command.map(String).join(' ');
        const m = /(?:^|[\s;&|/])sleep\s+(\d+(?:\.\d+)?)/.exec(text);
        if (m)
            return Number(m[1]);
    }
    return 0;
}
/** fnv-32a, as the deployment controller hashes pod templates. */
function fnv32a(text) {
    let h = 0x811c9dc5;
    for (const b of Buffer.from(text, 'utf8')) {
        h ^= b;
        h = Math.imul(h, 0x01000193) >>> 0;
    }
    return h >>> 0;
}
function podTemplateHash(template, collisionCount = 0) {
    const digits = String(fnv32a((0, types_js_1.stableStringify)(template ?? {}) + (collisionCount ? String(collisionCount) : '')));
    return [...digits].map((c) => SAFE[c.charCodeAt(0) % SAFE.length]).join('');
}
function intOrPercent(v, total, roundUp) {
    if (typeof v === 'number')
        return v;
    if (typeof v === 'string' && v.endsWith('%')) {
        const x = (Number(v.slice(0, -1)) * total) / 100;
        return roundUp ? Math.ceil(x) : Math.floor(x);
    }
    return 0;
}
function controllerOf(o) {
    return (o.metadata.ownerReferences ?? []).find((r) => r.controller);
}
function ownerRef(owner) {
    return {
        apiVersion: owner.apiVersion ?? '',
        kind: owner.kind ?? '',
        name: owner.metadata.name ?? '',
        uid: owner.metadata.uid ?? '',
        controller: true,
        blockOwnerDeletion: true,
    };
}
function setCondition(conditions, next, now) {
    const out = conditions.filter((c) => c.type !== next.type);
    const prev = conditions.find((c) => c.type === next.type);
    const merged = {
        ...next,
        lastTransitionTime: prev && prev.status === next.status ? prev.lastTransitionTime : now,
    };
    if ('lastUpdateTime' in next)
        merged.lastUpdateTime = next.lastUpdateTime ?? now;
    const idx = conditions.findIndex((c) => c.type === next.type);
    if (idx >= 0)
        out.splice(idx, 0, merged);
    else
        out.push(merged);
    return out;
}
function hex(n) {
    return (0, node_crypto_1.createHash)('sha256').update(String(n)).digest('hex');
}
/**
 * The controllers and kubelet: Deployments → ReplicaSets → Pods with readiness, restarts and per-image
 * behaviour, Jobs, EndpointSlices, Service/Ingress load-balancer status, namespace deletion and garbage
 * collection. State changes are written through the Registry like a real controller would (status
 * subresource, managedFields, events). Runs on the injected Clock.
 */
class Simulator {
    opts;
    behaviours = new behaviour_js_1.BehaviourRegistry();
    /** Images whose run-to-completion containers run a real local process (see processes.ts). */
    processes = new processes_js_1.ProcessImages();
    dataPlane;
    clock;
    registry;
    nodes = NODES.map((name, i) => ({
        name,
        ip: `10.0.${i + 1}.${17 * (i + 1)}`,
        unschedulable: false,
    }));
    random;
    hpa;
    propagationMs;
    /** Ready endpoints per Service over time: kube-proxy programs each change `propagationMs` after it. */
    endpointHistory = new Map();
    sleeper;
    forceNext = false;
    /** The AWS Load Balancer Controller, the ELBv2 state it drives and the ALBs' listeners (when enabled). */
    lbc;
    elbv2;
    alb;
    /** The Gateway API controller and its Gateways' data plane (when enabled). */
    gateways;
    sleepingUntil = Infinity;
    runs = new Map();
    nextPodIP = 10;
    nextEventSweep = 0;
    wakeAt = 0;
    lastRv = -1;
    lastPass = -Infinity;
    nodeIndex = 0;
    containerSeq = 1;
    stopped = false;
    reconciling = false;
    immediate;
    abort = new AbortController();
    loop;
    waiters = new Set();
    constructor(opts) {
        this.opts = opts;
        this.clock = opts.clock;
        this.registry = opts.registry;
        this.random = (0, random_js_1.seededRandom)(opts.seed);
        this.propagationMs = opts.endpointPropagationMs ?? 1000;
        this.dataPlane = new backend_js_1.DataPlane(this.clock, {
            pod: (ns, name) => this.podTarget(ns, name),
            endpoints: (ns, svc, port) => this.kubeProxyEndpoints(ns, svc, port),
            serverEndpoints: (ns, svc, port) => this.readyEndpoints(ns, svc, port),
            random: () => this.random(),
            idle: () => this.kick(true),
        });
        this.hpa = new hpa_js_1.HpaController(this);
        this.registry.onWrite = () => this.kick();
        if (opts.lbc) {
            const elbv2 = new model_js_1.Elbv2(this.clock, opts.region, {
                probe: (t, path, timeoutMs) => this.probeTarget(t, path, timeoutMs),
                changed: () => this.kick(true),
            }, opts.lbc.registrationMs ?? 3_000);
            this.elbv2 = elbv2;
            const lbc = new lbc_js_1.LoadBalancerController(this, elbv2, {
                clusterName: opts.lbc.clusterName,
                reconcileLagMs: opts.lbc.reconcileLagMs ?? 2_000,
            });
            this.lbc = lbc;
            this.alb = new listener_js_1.AlbDataPlane(this.clock, elbv2, {
                forward: (t, r, timeoutMs) => {
                    const pod = this.podByIP(t.id);
                    if (!pod)
                        return Promise.reject(new backend_js_1.PodRefused(`no pod has IP ${t.id}`));
                    return this.dataPlane.requestPod(pod.ns, pod.name, r, timeoutMs);
                },
            });
            this.registry.mutators.push((rt, obj) => {
                if (rt.kind === 'Pod')
                    lbc.mutatePod(obj);
            });
        }
        if (opts.gatewayApi)
            this.gateways = new gateway_api_js_1.GatewayApiController(this, {
                endpoints: (ns, svc, port) => this.kubeProxyEndpoints(ns, svc, port),
                requestPod: (ns, pod, r, timeoutMs) => this.dataPlane.requestPod(ns, pod, r, timeoutMs),
            }, { reconcileLagMs: opts.gatewayApi.reconcileLagMs ?? 2_000, region: opts.region });
    }
    /** The loopback URL of a Gateway's listener, once the Gateway API controller serves it. */
    async gatewayUrl(ns, gateway) {
        const gw = this.registry.find((0, resources_js_1.byKind)('Gateway'), ns, gateway);
        return gw && this.gateways ? this.gateways.url(gw) : undefined;
    }
    /** A pod by its IP (what a load balancer target is). */
    podByIP(ip) {
        for (const r of this.runs.values())
            if (r.podIP === ip)
                return { ns: r.ns, name: r.name };
        return undefined;
    }
    async probeTarget(t, path, timeoutMs) {
        const pod = this.podByIP(t.id);
        if (!pod)
            return 'timeout';
        try {
            const r = await this.dataPlane.requestPod(pod.ns, pod.name, { path, headers: { 'user-agent': 'ELB-HealthChecker/2.0' } }, timeoutMs);
            return r.status;
        }
        catch (e) {
            return e instanceof Error && e.name === 'TimeoutError' ? 'timeout' : 'refused';
        }
    }
    /**
     * Where a load balancer's DNS name is reached from this machine: its first listener on loopback (what a client
     * outside the cluster would resolve and connect to), or `http://<dns>` for a name the simulator does not serve.
     */
    loadBalancerUrl(dnsName) {
        const lb = [...(this.elbv2?.loadBalancers.values() ?? [])].find((x) => x.dnsName === dnsName);
        const listener = lb?.listeners[0];
        const alb = listener && this.alb?.urlNow(listener);
        if (alb)
            return alb;
        const gw = this.gateways?.gatewayByHostname(dnsName);
        return gw ? (this.gateways?.urlNow(gw) ?? `http://${dnsName}`) : `http://${dnsName}`;
    }
    /** The loopback URL of an ALB Ingress's first listener, once the load balancer controller made it. */
    async albUrl(ns, ingress) {
        const lb = this.lbc?.loadBalancerOf(ns, ingress);
        const listener = lb?.listeners[0];
        return listener && this.alb ? this.alb.url(listener) : undefined;
    }
    async start() {
        await this.dataPlane.start();
        this.elbv2?.start();
        this.loop = this.run();
    }
    /**
     * The control loop: sleeps until the next timed transition is due (at most `tickMs` late, at most 10 s), or
     * until a write kicks it; a wake-up earlier than the current sleep cuts the sleep short.
     */
    async run() {
        while (!this.stopped) {
            const now = this.clock.now();
            const until = Math.min(this.wakeAt, now + 10_000);
            const ms = Math.max(Math.min(this.opts.tickMs, 50), until - now);
            this.sleeper = new AbortController();
            this.sleepingUntil = now + ms;
            try {
                await this.clock.sleep(ms, this.sleeper.signal);
            }
            catch {
                if (this.stopped)
                    return;
            }
            this.sleepingUntil = Infinity;
            this.reconcile();
        }
    }
    /** Schedule a controller pass soon (after the current request finishes); `force` even if nothing was written. */
    kick(force = false) {
        if (force)
            this.forceNext = true;
        if (this.stopped || this.immediate)
            return;
        this.immediate = setImmediate(() => {
            this.immediate = undefined;
            const forced = this.forceNext;
            this.forceNext = false;
            if (this.reconciling) {
                this.kick(forced);
                return;
            }
            this.reconcile(forced);
        });
    }
    async stop() {
        this.stopped = true;
        this.abort.abort(new Error('kube emulator closed'));
        this.sleeper?.abort();
        for (const run of this.runs.values())
            for (const c of run.containers)
                c.proc?.kill('SIGKILL');
        if (this.immediate)
            clearImmediate(this.immediate);
        this.immediate = undefined;
        await this.loop;
        await this.elbv2?.stop();
        await this.alb?.close();
        await this.gateways?.close();
        await this.dataPlane.close();
        for (const w of this.waiters)
            w();
    }
    // ---- public helpers --------------------------------------------------------------------------------
    /**
     * Run-to-completion containers (Jobs) of `image` (a reference or a repository) run the local process `map`
     * returns for their command, args and resolved env: real output, real exit code, SIGTERM on deletion.
     */
    process(image, map) {
        this.processes.register(image, map);
    }
    /** True when the container has ended for good, or its pod is gone (a log follower stops then). */
    containerFinished(ns, pod, container) {
        const run = [...this.runs.values()].find((r) => r.ns === ns && r.name === pod);
        const c = container ? run?.containers.find((x) => x.name === container) : run?.containers[0];
        return !run || !c || c.state === 'terminated';
    }
    /** Register how an image (full reference, `app:tag`, or bare tag) behaves. */
    behaviour(imageOrTag, behaviour) {
        this.behaviours.set(imageOrTag, behaviour);
        // How requests are served (errors, latency, hanging) changes at once in running pods too: a regression
        // that starts under load, after the pods were already Ready.
        const serving = {};
        if (behaviour.errorRate !== undefined)
            serving.errorRate = behaviour.errorRate;
        if (behaviour.latencyMs !== undefined)
            serving.latencyMs = behaviour.latencyMs;
        if (behaviour.hang !== undefined)
            serving.hang = behaviour.hang;
        for (const run of this.runs.values()) {
            for (const c of run.containers) {
                if (c.image === imageOrTag || (0, behaviour_js_1.imageTag)(c.image) === imageOrTag)
                    c.behaviour = { ...c.behaviour, ...serving };
            }
        }
    }
    serviceUrl(ns, service, port) {
        return this.dataPlane.serviceUrl(ns, service, port);
    }
    /**
     * How many pods kube-proxy sends a Service's new connections to now: its ready endpoints as they were
     * `endpointPropagationMs` ago (a rollout can be complete a moment before its Service serves it).
     */
    serving(ns, service) {
        return this.kubeProxyEndpoints(ns, service)?.pods.length ?? 0;
    }
    podUrl(ns, pod) {
        return this.dataPlane.podUrl(ns, pod);
    }
    traffic(ns, service) {
        return this.dataPlane.traffic(ns, service);
    }
    /** Logs of a container (for the pods/log subresource). */
    logs(ns, pod, container, previous) {
        const run = [...this.runs.values()].find((r) => r.ns === ns && r.name === pod);
        if (!run)
            return { error: `pods "${pod}" not found` };
        let c;
        if (container)
            c = run.containers.find((x) => x.name === container);
        else if (run.containers.length === 1)
            c = run.containers[0];
        else
            return {
                error: `a container name must be specified for pod ${pod}, choose one of: [${run.containers.map((x) => x.name).join(' ')}]`,
            };
        if (!c)
            return { error: `container ${container} is not valid for pod ${pod}` };
        if (previous) {
            if (!c.last)
                return { error: `previous terminated container "${c.name}" in pod "${pod}" not found` };
            return { lines: c.previousLogs };
        }
        if (c.state === 'creating' || c.state === 'pullerror') {
            return { error: `container "${c.name}" in pod "${pod}" is waiting to start: ${c.waitingReason}` };
        }
        return { lines: c.logs };
    }
    /** Run controller passes now (useful with a ManualClock after advance()). */
    tick() {
        this.reconcile(true);
    }
    /** Resolve when `predicate` holds after a controller pass, or reject after `timeoutMs` of emulator time. */
    async until(predicate, timeoutMs = 600_000) {
        const deadline = this.clock.now() + timeoutMs;
        while (!predicate()) {
            if (this.stopped)
                throw new Error('kube emulator closed');
            if (this.clock.now() > deadline)
                throw new Error(`condition not met within ${timeoutMs} ms of emulator time`);
            await new Promise((resolve) => {
                this.waiters.add(resolve);
                void this.clock.sleep(this.opts.tickMs, this.abort.signal).then(resolve, resolve);
            });
        }
    }
    // ---- reconcile ------------------------------------------------------------------------------------
    /** Schedule the next pass no later than `t` (emulator ms): a timed transition is due then. */
    wake(t) {
        if (t < this.wakeAt)
            this.wakeAt = t;
        if (t < this.sleepingUntil)
            this.sleeper?.abort();
    }
    /**
     * One controller pass, repeated until nothing changes. Skipped when nothing was written since the last
     * pass and no timed transition (readiness, crash, back-off, deadline…) is due; a full pass still runs at
     * least every 10 s of emulator time as a safety net.
     */
    reconcile(force = false) {
        if (this.stopped || this.reconciling)
            return;
        const now = this.clock.now();
        const idle = this.registry.store.resourceVersion === this.lastRv &&
            now < this.wakeAt &&
            now - this.lastPass < 10_000;
        if (!force && idle) {
            this.notifyWaiters();
            return;
        }
        this.reconciling = true;
        this.wakeAt = Infinity;
        this.lastPass = now;
        try {
            for (let i = 0; i < 12; i++) {
                const before = this.registry.store.resourceVersion;
                this.namespaces();
                this.garbageCollect();
                this.deployments();
                this.replicaSets();
                this.jobs();
                this.kubelet();
                this.endpointSlices();
                this.recordEndpoints();
                this.disruptionBudgets();
                this.customResourceDefinitions();
                this.hpa.reconcile();
                this.lbc?.reconcile();
                this.gateways?.reconcile();
                if (this.alb && this.elbv2)
                    for (const lb of this.elbv2.loadBalancers.values())
                        for (const l of lb.listeners)
                            this.alb.ensure(l);
                this.loadBalancers();
                if (this.registry.store.resourceVersion === before)
                    break;
            }
        }
        finally {
            this.reconciling = false;
            this.lastRv = this.registry.store.resourceVersion;
        }
        this.notifyWaiters();
    }
    notifyWaiters() {
        const waiters = [...this.waiters];
        this.waiters.clear();
        for (const w of waiters)
            w();
    }
    /** The stored objects, not copies: clone before changing one (see Store.listShared). */
    list(kind, ns) {
        return [...this.registry.listShared((0, resources_js_1.byKind)(kind), ns)];
    }
    now() {
        return (0, types_js_1.isoSeconds)(this.clock.now());
    }
    tryWrite(fn) {
        try {
            fn();
        }
        catch (e) {
            // a concurrent write won (409) or the object went away (404): the next pass retries, like a controller
            if (process.env.KUBE_EMULATOR_DEBUG)
                console.error('kube emulator controller:', e);
        }
    }
    writeStatus(kind, obj, status, manager = CONTROLLER) {
        if ((0, types_js_1.jsonEqual)(obj.status, status))
            return;
        this.tryWrite(() => {
            this.registry.update((0, resources_js_1.byKind)(kind), obj.metadata.namespace, obj.metadata.name ?? '', { ...obj, status }, { manager, subresource: 'status' });
        });
    }
    event(obj, type, reason, message, component) {
        this.registry.recordEvent(obj, type, reason, message, component);
    }
    // ---- namespace controller and garbage collector ---------------------------------------------------
    namespaces() {
        for (const ns of this.list('Namespace')) {
            if (!ns.metadata.deletionTimestamp)
                continue;
            const name = ns.metadata.name ?? '';
            for (const rt of resources_js_1.RESOURCES) {
                if (!rt.namespaced)
                    continue;
                for (const o of this.registry.list(rt, name))
                    this.registry.finalize(rt, name, o.metadata.name ?? '');
            }
            for (const [uid, run] of this.runs)
                if (run.ns === name)
                    this.runs.delete(uid);
            this.registry.finalize((0, resources_js_1.byKind)('Namespace'), undefined, name);
        }
    }
    garbageCollect() {
        // events live for an hour (kube-apiserver --event-ttl)
        this.wake(Math.max(this.nextEventSweep, this.clock.now() + 60_000));
        if (this.clock.now() >= this.nextEventSweep) {
            this.nextEventSweep = this.clock.now() + 60_000;
            const evRt = (0, resources_js_1.byKind)('Event');
            for (const e of this.list('Event')) {
                const last = typeof e.lastTimestamp === 'string' ? Date.parse(e.lastTimestamp) : NaN;
                if (!Number.isNaN(last) && last + 3_600_000 < this.clock.now()) {
                    this.registry.finalize(evRt, e.metadata.namespace, e.metadata.name ?? '');
                }
            }
        }
        const uids = new Set();
        for (const kind of ['Deployment', 'ReplicaSet', 'Job', 'Service', 'Pod']) {
            for (const o of this.list(kind))
                uids.add(o.metadata.uid ?? '');
        }
        const known = new Set(['Deployment', 'ReplicaSet', 'Job', 'Service', 'Pod']);
        for (const kind of ['ReplicaSet', 'Pod', 'EndpointSlice', 'Job']) {
            const rt = (0, resources_js_1.byKind)(kind);
            for (const o of this.list(kind)) {
                const refs = (o.metadata.ownerReferences ?? []).filter((r) => known.has(r.kind));
                if (refs.length === 0 || o.metadata.deletionTimestamp)
                    continue;
                if (refs.every((r) => !uids.has(r.uid))) {
                    this.tryWrite(() => this.registry.delete(rt, o.metadata.namespace, o.metadata.name ?? '', {
                        propagationPolicy: 'Background',
                    }));
                }
            }
        }
    }
    // ---- deployment controller ------------------------------------------------------------------------
    deployments() {
        for (const d of this.list('Deployment')) {
            if (d.metadata.deletionTimestamp)
                continue;
            this.tryWrite(() => this.syncDeployment((0, types_js_1.clone)(d)));
        }
    }
    ownedBy(kind, owner) {
        return this.list(kind, owner.metadata.namespace).filter((o) => controllerOf(o)?.uid === owner.metadata.uid);
    }
    syncDeployment(d) {
        const ns = d.metadata.namespace ?? '';
        const rsRt = (0, resources_js_1.byKind)('ReplicaSet');
        const rss = this.ownedBy('ReplicaSet', d).map((rs) => (0, types_js_1.clone)(rs));
        const template = (0, types_js_1.clone)(d.spec.template);
        const hash = podTemplateHash(template, d.status?.collisionCount);
        let newRS = rss.find((rs) => rs.metadata.labels?.[HASH_LABEL] === hash);
        const olds = rss.filter((rs) => rs !== newRS);
        const maxRevision = Math.max(0, ...olds.map((rs) => Number(rs.metadata.annotations?.[REVISION] ?? '0')));
        const replicas = d.spec.replicas ?? 1;
        const strategy = d.spec.strategy?.type ?? 'RollingUpdate';
        const maxSurge = strategy === 'RollingUpdate'
            ? intOrPercent(d.spec.strategy?.rollingUpdate?.maxSurge, replicas, true)
            : 0;
        let maxUnavailable = strategy === 'RollingUpdate'
            ? intOrPercent(d.spec.strategy?.rollingUpdate?.maxUnavailable, replicas, false)
            : 0;
        if (strategy === 'RollingUpdate' && maxSurge === 0 && maxUnavailable === 0)
            maxUnavailable = 1;
        if (maxUnavailable > replicas)
            maxUnavailable = replicas;
        const annotations = {
            [REVISION]: String(maxRevision + 1),
            'deployment.kubernetes.io/desired-replicas': String(replicas),
            'deployment.kubernetes.io/max-replicas': String(replicas + maxSurge),
        };
        let created = false;
        if (!d.spec.paused && !newRS) {
            const labels = { ...(template.metadata?.labels ?? {}), [HASH_LABEL]: hash };
            let initial = 0;
            if (strategy === 'RollingUpdate') {
                const total = olds.reduce((n, rs) => n + (rs.spec.replicas ?? 0), 0);
                initial = Math.max(0, Math.min(replicas, replicas + maxSurge - total));
            }
            else if (olds.every((rs) => (rs.spec.replicas ?? 0) === 0 && (rs.status?.replicas ?? 0) === 0))
                initial = replicas;
            const rs = {
                apiVersion: 'apps/v1',
                kind: 'ReplicaSet',
                metadata: {
                    name: `${d.metadata.name}-${hash}`,
                    namespace: ns,
                    labels,
                    annotations: { ...annotations },
                    ownerReferences: [ownerRef(d)],
                },
                spec: {
                    replicas: initial,
                    minReadySeconds: d.spec.minReadySeconds ?? 0,
                    selector: {
                        ...d.spec.selector,
                        matchLabels: { ...(d.spec.selector.matchLabels ?? {}), [HASH_LABEL]: hash },
                    },
                    template: { ...template, metadata: { ...template.metadata, labels } },
                },
            };
            newRS = this.registry.create(rsRt, ns, rs, { manager: CONTROLLER });
            created = true;
            if (initial > 0)
                this.event(d, 'Normal', 'ScalingReplicaSet', `Scaled up replica set ${rs.metadata.name} from 0 to ${initial}`, 'deployment-controller');
        }
        else if (newRS && !d.spec.paused) {
            const rev = Number(newRS.metadata.annotations?.[REVISION] ?? '0');
            const want = {
                ...newRS.metadata.annotations,
                ...annotations,
                [REVISION]: rev > maxRevision ? String(rev) : String(maxRevision + 1),
            };
            if (!(0, types_js_1.jsonEqual)(want, newRS.metadata.annotations) ||
                (newRS.spec.minReadySeconds ?? 0) !== (d.spec.minReadySeconds ?? 0)) {
                newRS.metadata.annotations = want;
                newRS.spec.minReadySeconds = d.spec.minReadySeconds ?? 0;
                newRS = this.registry.update(rsRt, ns, newRS.metadata.name ?? '', newRS, {
                    manager: CONTROLLER,
                });
            }
        }
        // the Deployment carries the revision of its newest ReplicaSet (kubectl rollout undo/history rely on it)
        const revision = newRS?.metadata.annotations?.[REVISION];
        if (revision && d.metadata.annotations?.[REVISION] !== revision) {
            d.metadata.annotations = { ...d.metadata.annotations, [REVISION]: revision };
            Object.assign(d, this.registry.update((0, resources_js_1.byKind)('Deployment'), ns, d.metadata.name ?? '', d, { manager: CONTROLLER }));
        }
        const scale = (rs, to) => {
            const from = rs.spec.replicas ?? 0;
            if (from === to)
                return;
            rs.spec.replicas = to;
            rs.metadata.annotations = {
                ...rs.metadata.annotations,
                'deployment.kubernetes.io/desired-replicas': String(replicas),
                'deployment.kubernetes.io/max-replicas': String(replicas + maxSurge),
            };
            const updated = this.registry.update(rsRt, ns, rs.metadata.name ?? '', rs, {
                manager: CONTROLLER,
            });
            Object.assign(rs, updated);
            this.event(d, 'Normal', 'ScalingReplicaSet', `Scaled ${to > from ? 'up' : 'down'} replica set ${rs.metadata.name} from ${from} to ${to}`, 'deployment-controller');
        };
        if (!d.spec.paused && newRS) {
            const all = [newRS, ...olds];
            if (strategy === 'Recreate') {
                for (const rs of olds)
                    scale(rs, 0);
                const oldPods = olds.reduce((n, rs) => n + this.ownedBy('Pod', rs).length, 0);
                if (oldPods === 0)
                    scale(newRS, replicas);
            }
            else {
                // reconcileNewReplicaSet
                const cur = newRS.spec.replicas ?? 0;
                if (cur > replicas)
                    scale(newRS, replicas);
                else if (cur < replicas) {
                    const total = all.reduce((n, rs) => n + (rs.spec.replicas ?? 0), 0);
                    const up = Math.min(replicas + maxSurge - total, replicas - cur);
                    if (up > 0)
                        scale(newRS, cur + up);
                }
                // reconcileOldReplicaSets
                const allPods = all.reduce((n, rs) => n + (rs.status?.replicas ?? 0), 0);
                const minAvailable = replicas - maxUnavailable;
                const newUnavailable = (newRS.spec.replicas ?? 0) - (newRS.status?.availableReplicas ?? 0);
                let maxScaledDown = allPods - minAvailable - newUnavailable;
                const oldest = [...olds].sort((a, b) => (a.metadata.creationTimestamp ?? '').localeCompare(b.metadata.creationTimestamp ?? ''));
                if (maxScaledDown > 0) {
                    // cleanupUnhealthyReplicas
                    for (const rs of oldest) {
                        if (maxScaledDown <= 0)
                            break;
                        const target = rs.spec.replicas ?? 0;
                        const unhealthy = target - (rs.status?.availableReplicas ?? 0);
                        if (target === 0 || unhealthy <= 0)
                            continue;
                        const down = Math.min(maxScaledDown, unhealthy);
                        scale(rs, target - down);
                        maxScaledDown -= down;
                    }
                    // scaleDownOldReplicaSetsForRollingUpdate
                    const available = all.reduce((n, rs) => n + (rs.status?.availableReplicas ?? 0), 0);
                    let budget = available - minAvailable;
                    for (const rs of oldest) {
                        if (budget <= 0)
                            break;
                        const target = rs.spec.replicas ?? 0;
                        if (target === 0)
                            continue;
                        const down = Math.min(target, budget);
                        scale(rs, target - down);
                        budget -= down;
                    }
                }
            }
            // cleanupDeployment: old ReplicaSets beyond revisionHistoryLimit
            const limit = d.spec.revisionHistoryLimit ?? 10;
            const idle = olds
                .filter((rs) => (rs.spec.replicas ?? 0) === 0 &&
                (rs.status?.replicas ?? 0) === 0 &&
                !rs.metadata.deletionTimestamp)
                .sort((a, b) => Number(a.metadata.annotations?.[REVISION] ?? 0) - Number(b.metadata.annotations?.[REVISION] ?? 0));
            for (const rs of idle.slice(0, Math.max(0, idle.length - limit))) {
                this.registry.delete(rsRt, ns, rs.metadata.name ?? '', {});
            }
        }
        this.syncDeploymentStatus(d, newRS, olds, maxUnavailable, created);
    }
    syncDeploymentStatus(d, newRS, olds, maxUnavailable, created) {
        const all = [...(newRS ? [newRS] : []), ...olds];
        const replicas = d.spec.replicas ?? 1;
        const sum = (f) => all.reduce((n, rs) => n + f(rs), 0);
        const prev = d.status ?? {};
        const specTotal = sum((rs) => rs.spec.replicas ?? 0);
        const available = sum((rs) => rs.status?.availableReplicas ?? 0);
        const status = {
            observedGeneration: d.metadata.generation,
            replicas: sum((rs) => rs.status?.replicas ?? 0),
            updatedReplicas: newRS?.status?.replicas ?? 0,
            readyReplicas: sum((rs) => rs.status?.readyReplicas ?? 0),
            availableReplicas: available,
            unavailableReplicas: Math.max(0, specTotal - available),
            ...(prev.collisionCount ? { collisionCount: prev.collisionCount } : {}),
        };
        const now = this.now();
        let conditions = [...(prev.conditions ?? [])];
        conditions = setCondition(conditions, available >= replicas - maxUnavailable
            ? {
                type: 'Available',
                status: 'True',
                reason: 'MinimumReplicasAvailable',
                message: 'Deployment has minimum availability.',
                lastUpdateTime: now,
            }
            : {
                type: 'Available',
                status: 'False',
                reason: 'MinimumReplicasUnavailable',
                message: 'Deployment does not have minimum availability.',
                lastUpdateTime: now,
            }, now);
        const prevAvail = (prev.conditions ?? []).find((c) => c.type === 'Available');
        const nextAvail = conditions.find((c) => c.type === 'Available');
        if (prevAvail &&
            nextAvail &&
            prevAvail.status === nextAvail.status &&
            prevAvail.reason === nextAvail.reason) {
            nextAvail.lastUpdateTime = prevAvail.lastUpdateTime;
        }
        const rsName = newRS?.metadata.name ?? '';
        const progressing = (prev.conditions ?? []).find((c) => c.type === 'Progressing');
        const setProgressing = (c) => {
            conditions = setCondition(conditions, c, now);
        };
        if (d.spec.paused) {
            setProgressing({
                type: 'Progressing',
                status: 'Unknown',
                reason: 'DeploymentPaused',
                message: 'Deployment is paused',
                lastUpdateTime: now,
            });
        }
        else if (created) {
            setProgressing({
                type: 'Progressing',
                status: 'True',
                reason: 'NewReplicaSetCreated',
                message: `Created new replica set "${rsName}"`,
                lastUpdateTime: now,
            });
        }
        else {
            const complete = status.updatedReplicas === replicas &&
                status.replicas === replicas &&
                status.availableReplicas === replicas &&
                (status.observedGeneration ?? 0) >= (d.metadata.generation ?? 0);
            const progressed = (status.updatedReplicas ?? 0) > (prev.updatedReplicas ?? 0) ||
                (status.readyReplicas ?? 0) > (prev.readyReplicas ?? 0) ||
                (status.availableReplicas ?? 0) > (prev.availableReplicas ?? 0) ||
                (status.replicas ?? 0) - (status.updatedReplicas ?? 0) <
                    (prev.replicas ?? 0) - (prev.updatedReplicas ?? 0) ||
                (prev.observedGeneration ?? 0) < (status.observedGeneration ?? 0);
            const deadline = d.spec.progressDeadlineSeconds;
            const last = progressing?.lastUpdateTime ? Date.parse(progressing.lastUpdateTime) : NaN;
            if (!complete && typeof deadline === 'number' && !Number.isNaN(last))
                this.wake(last + deadline * 1000 + 1000);
            if (complete) {
                if (progressing?.reason !== 'NewReplicaSetAvailable' ||
                    progressing.message !== `ReplicaSet "${rsName}" has successfully progressed.`) {
                    setProgressing({
                        type: 'Progressing',
                        status: 'True',
                        reason: 'NewReplicaSetAvailable',
                        message: `ReplicaSet "${rsName}" has successfully progressed.`,
                        lastUpdateTime: now,
                    });
                }
            }
            else if (progressed || !progressing) {
                setProgressing({
                    type: 'Progressing',
                    status: 'True',
                    reason: 'ReplicaSetUpdated',
                    message: `ReplicaSet "${rsName}" is progressing.`,
                    lastUpdateTime: now,
                });
            }
            else if (typeof deadline === 'number' &&
                progressing.reason !== 'ProgressDeadlineExceeded' &&
                !Number.isNaN(last) &&
                this.clock.now() > last + deadline * 1000) {
                setProgressing({
                    type: 'Progressing',
                    status: 'False',
                    reason: 'ProgressDeadlineExceeded',
                    message: `ReplicaSet "${rsName}" has timed out progressing.`,
                    lastUpdateTime: now,
                });
            }
        }
        status.conditions = conditions;
        this.writeStatus('Deployment', d, status);
    }
    // ---- replicaset controller ------------------------------------------------------------------------
    replicaSets() {
        for (const rs of this.list('ReplicaSet')) {
            if (rs.metadata.deletionTimestamp)
                continue;
            this.tryWrite(() => this.syncReplicaSet(rs));
        }
    }
    isReady(p) {
        return (p.status?.conditions ?? []).some((c) => c.type === 'Ready' && c.status === 'True');
    }
    isAvailable(p, minReadySeconds) {
        const ready = (p.status?.conditions ?? []).find((c) => c.type === 'Ready' && c.status === 'True');
        if (!ready)
            return false;
        if (minReadySeconds <= 0)
            return true;
        const at = Date.parse(ready.lastTransitionTime ?? '') + minReadySeconds * 1000;
        if (at > this.clock.now())
            this.wake(at);
        return at <= this.clock.now();
    }
    active(p) {
        return !p.metadata.deletionTimestamp && p.status?.phase !== 'Succeeded' && p.status?.phase !== 'Failed';
    }
    createPod(owner, template, prefix, component) {
        const pod = {
            apiVersion: 'v1',
            kind: 'Pod',
            metadata: {
                generateName: `${prefix}-`,
                namespace: owner.metadata.namespace,
                labels: { ...(template?.metadata?.labels ?? {}) },
                ...(template?.metadata?.annotations ? { annotations: { ...template.metadata.annotations } } : {}),
                ownerReferences: [ownerRef(owner)],
            },
            spec: (0, types_js_1.clone)(template?.spec),
        };
        const created = this.registry.create((0, resources_js_1.byKind)('Pod'), owner.metadata.namespace, pod, {
            manager: CONTROLLER,
        });
        this.event(owner, 'Normal', 'SuccessfulCreate', `Created pod: ${created.metadata.name}`, component);
    }
    syncReplicaSet(rs) {
        const podRt = (0, resources_js_1.byKind)('Pod');
        const pods = this.ownedBy('Pod', rs);
        const active = pods.filter((p) => this.active(p));
        const want = rs.spec.replicas ?? 0;
        const ns = rs.metadata.namespace ?? '';
        if (active.length < want) {
            for (let i = active.length; i < want; i++) {
                this.createPod(rs, rs.spec.template, rs.metadata.name ?? '', 'replicaset-controller');
            }
        }
        else if (active.length > want) {
            const rank = (p) => [
                p.spec.nodeName ? 1 : 0,
                p.status?.phase === 'Pending' ? 0 : 1,
                this.isReady(p) ? 1 : 0,
                -(p.status?.containerStatuses ?? []).reduce((n, c) => n + c.restartCount, 0),
                -Date.parse(p.metadata.creationTimestamp ?? '') || 0,
            ];
            const victims = [...active]
                .sort((a, b) => {
                const ra = rank(a);
                const rb = rank(b);
                for (let i = 0; i < ra.length; i++)
                    if (ra[i] !== rb[i])
                        return ra[i] - rb[i];
                return (b.metadata.name ?? '').localeCompare(a.metadata.name ?? '');
            })
                .slice(0, active.length - want);
            for (const p of victims) {
                this.tryWrite(() => this.registry.delete(podRt, ns, p.metadata.name ?? '', {}));
                this.event(rs, 'Normal', 'SuccessfulDelete', `Deleted pod: ${p.metadata.name}`, 'replicaset-controller');
            }
        }
        const now = this.ownedBy('Pod', rs).filter((p) => this.active(p));
        const minReady = rs.spec.minReadySeconds ?? 0;
        const status = {
            replicas: now.length,
            fullyLabeledReplicas: now.length,
            readyReplicas: now.filter((p) => this.isReady(p)).length,
            availableReplicas: now.filter((p) => this.isAvailable(p, minReady)).length,
            observedGeneration: rs.metadata.generation,
        };
        const fresh = this.registry.find((0, resources_js_1.byKind)('ReplicaSet'), ns, rs.metadata.name ?? '');
        if (fresh)
            this.writeStatus('ReplicaSet', fresh, status);
    }
    // ---- job controller -------------------------------------------------------------------------------
    jobs() {
        for (const j of this.list('Job')) {
            if (j.metadata.deletionTimestamp)
                continue;
            this.tryWrite(() => this.syncJob(j));
        }
    }
    syncJob(j) {
        const ns = j.metadata.namespace ?? '';
        const status = (0, types_js_1.clone)(j.status ?? {});
        const conditions = status.conditions ?? [];
        const finished = conditions.some((c) => (c.type === 'Complete' || c.type === 'Failed') && c.status === 'True');
        const now = this.now();
        if (finished) {
            const done = conditions.find((c) => c.type === 'Complete' || c.type === 'Failed');
            const ttl = j.spec.ttlSecondsAfterFinished;
            if (typeof ttl === 'number' && done?.lastTransitionTime)
                this.wake(Date.parse(done.lastTransitionTime) + ttl * 1000);
            if (typeof ttl === 'number' &&
                done?.lastTransitionTime &&
                Date.parse(done.lastTransitionTime) + ttl * 1000 <= this.clock.now()) {
                this.registry.delete((0, resources_js_1.byKind)('Job'), ns, j.metadata.name ?? '', { propagationPolicy: 'Background' });
            }
            return;
        }
        if (j.spec.suspend)
            return;
        status.startTime ??= now;
        if (typeof j.spec.activeDeadlineSeconds === 'number') {
            this.wake(Date.parse(status.startTime) + j.spec.activeDeadlineSeconds * 1000);
        }
        const pods = this.ownedBy('Pod', j);
        const succeeded = pods.filter((p) => p.status?.phase === 'Succeeded').length;
        // with restartPolicy OnFailure the container restarts in place; each restart counts as a failure
        const restarts = pods
            .filter((p) => this.active(p) && p.spec.restartPolicy === 'OnFailure')
            .reduce((n, p) => n + (p.status?.containerStatuses ?? []).reduce((m, c) => m + c.restartCount, 0), 0);
        const failed = pods.filter((p) => p.status?.phase === 'Failed').length + restarts;
        const active = pods.filter((p) => this.active(p));
        const completions = j.spec.completions ?? 1;
        const parallelism = j.spec.parallelism ?? 1;
        const backoffLimit = j.spec.backoffLimit ?? 6;
        const deadline = j.spec.activeDeadlineSeconds;
        let outcome;
        if (failed > backoffLimit) {
            outcome = {
                type: 'Failed',
                status: 'True',
                reason: 'BackoffLimitExceeded',
                message: 'Job has reached the specified backoff limit',
                lastProbeTime: now,
            };
        }
        else if (typeof deadline === 'number' &&
            Date.parse(status.startTime) + deadline * 1000 <= this.clock.now()) {
            outcome = {
                type: 'Failed',
                status: 'True',
                reason: 'DeadlineExceeded',
                message: 'Job was active longer than specified deadline',
                lastProbeTime: now,
            };
        }
        else if (succeeded >= completions) {
            outcome = { type: 'Complete', status: 'True', lastProbeTime: now };
        }
        if (outcome) {
            for (const p of active)
                this.tryWrite(() => this.registry.delete((0, resources_js_1.byKind)('Pod'), ns, p.metadata.name ?? '', { gracePeriodSeconds: 0 }));
            const interim = outcome.type === 'Complete'
                ? {
                    type: 'SuccessCriteriaMet',
                    status: 'True',
                    reason: 'CompletionsReached',
                    message: 'Reached expected number of succeeded pods',
                    lastProbeTime: now,
                }
                : {
                    type: 'FailureTarget',
                    status: 'True',
                    reason: outcome.reason,
                    message: outcome.message,
                    lastProbeTime: now,
                };
            status.conditions = setCondition(setCondition(conditions, interim, now), outcome, now);
            if (outcome.type === 'Complete')
                status.completionTime = now;
            this.event(j, outcome.type === 'Complete' ? 'Normal' : 'Warning', outcome.type === 'Complete' ? 'Completed' : (outcome.reason ?? 'Failed'), outcome.type === 'Complete' ? 'Job completed' : (outcome.message ?? ''), 'job-controller');
            status.active = 0;
        }
        else {
            const lastFailure = pods
                .filter((p) => p.status?.phase === 'Failed')
                .map((p) => Date.parse(p.metadata.creationTimestamp ?? '') || 0)
                .reduce((a, b) => Math.max(a, b), 0);
            const backoff = failed > 0 ? Math.min(10_000 * 2 ** (failed - 1), 360_000) : 0;
            const want = Math.min(parallelism, completions - succeeded);
            if (active.length < want && failed > 0)
                this.wake(lastFailure + backoff);
            if (active.length < want && (failed === 0 || this.clock.now() >= lastFailure + backoff)) {
                for (let i = active.length; i < want; i++)
                    this.createPod(j, j.spec.template, j.metadata.name ?? '', 'job-controller');
            }
            status.active = this.ownedBy('Pod', j).filter((p) => this.active(p)).length;
        }
        status.ready = active.filter((p) => this.isReady(p)).length;
        status.succeeded = succeeded;
        status.failed = failed;
        status.terminating = 0;
        status.uncountedTerminatedPods = {};
        if (!status.succeeded)
            delete status.succeeded;
        if (!status.failed)
            delete status.failed;
        this.writeStatus('Job', j, status);
    }
    // ---- scheduler + kubelet --------------------------------------------------------------------------
    containerRun(c, now) {
        const behaviour = this.behaviours.resolve(c.image ?? '');
        const env = {};
        for (const e of c.env ?? [])
            if (typeof e.value === 'string')
                env[e.name] = e.value;
        const probe = c.readinessProbe;
        return {
            name: c.name,
            image: c.image ?? '',
            behaviour,
            hasProbe: !!probe,
            probeDelayMs: (probe?.initialDelaySeconds ?? 0) * 1000,
            env,
            state: 'creating',
            waitingReason: 'ContainerCreating',
            readyAt: Infinity,
            exitAt: Infinity,
            nextAt: now + behaviour.startMs,
            ready: false,
            restarts: 0,
            containerId: '',
            logs: [],
            previousLogs: [],
            spec: c,
        };
    }
    /** The env the kubelet gives a container: values, Secret/ConfigMap keys (valueFrom) and envFrom. */
    resolveEnv(spec, ns) {
        const env = {};
        const source = (kind, name) => {
            const o = this.registry.find((0, resources_js_1.byKind)(kind), ns, name);
            if (!o)
                return undefined;
            const data = o.data ?? {};
            return kind === 'Secret'
                ? Object.fromEntries(Object.entries(data).map(([k, v]) => [k, Buffer.from(v, 'base64').toString('utf8')]))
                : { ...data };
        };
        const envFrom = (spec.envFrom ?? []);
        for (const f of envFrom) {
            const kind = f.secretRef ? 'Secret' : 'ConfigMap';
            const ref = (f.secretRef ?? f.configMapRef);
            const data = source(kind, ref.name ?? '');
            if (!data) {
                if (ref.optional)
                    continue;
                return { error: `${kind === 'Secret' ? 'secret' : 'configmap'} "${ref.name}" not found` };
            }
            for (const [k, v] of Object.entries(data))
                env[`${f.prefix ?? ''}${k}`] = v;
        }
        const vars = (spec.env ?? []);
        for (const e of vars) {
            // $(VAR) in a value refers to a variable defined before it ($$(VAR) stays literal), as the kubelet expands it
            if (typeof e.value === 'string') {
                env[e.name] = e.value.replace(/\$\$\(|\$\(([A-Za-z_][A-Za-z0-9_]*)\)/g, (m, v) => v === undefined ? '$(' : (env[v] ?? m));
            }
            const ref = e.valueFrom?.secretKeyRef ?? e.valueFrom?.configMapKeyRef;
            if (!ref)
                continue;
            const kind = e.valueFrom?.secretKeyRef ? 'Secret' : 'ConfigMap';
            const value = source(kind, ref.name ?? '')?.[ref.key ?? ''];
            if (value === undefined) {
                if (ref.optional)
                    continue;
                return {
                    error: source(kind, ref.name ?? '')
                        ? `couldn't find key ${ref.key} in ${kind} ${ns}/${ref.name}`
                        : `${kind === 'Secret' ? 'secret' : 'configmap'} "${ref.name}" not found`,
                };
            }
            env[e.name] = value;
        }
        return { env };
    }
    /** A run-to-completion container of a registered image: start its real process. */
    startProcessContainer(c, map) {
        const logs = [];
        c.logs = logs;
        c.exitAt = Infinity;
        c.nextAt = c.readyAt;
        // the kubelet expands $(VAR) from the container's environment ($$(VAR) stays literal)
        const expand = (a) => a.replace(/\$\$\(|\$\(([A-Za-z_][A-Za-z0-9_]*)\)/g, (m, v) => v === undefined ? '$(' : (c.env[v] ?? m));
        const command = (c.spec.command ?? []).map(expand);
        const args = (c.spec.args ?? []).map(expand);
        const spec = map({ name: c.name, image: c.image, command, args, env: c.env });
        c.proc = (0, processes_js_1.startProcess)(spec, (line) => logs.push(line), (code) => {
            c.procExit = code;
            c.exitAt = this.clock.now();
            c.nextAt = Math.min(c.nextAt, c.exitAt);
            this.wake(c.exitAt);
            this.kick();
        });
    }
    startContainer(run, c, t) {
        c.behaviour = this.behaviours.resolve(c.image);
        const b = c.behaviour;
        c.state = 'running';
        c.waitingReason = '';
        c.waitingMessage = undefined;
        c.startedAt = t;
        c.ready = false;
        c.containerId = `containerd://${hex(this.containerSeq++)}`;
        c.previousLogs = c.logs;
        c.logs = [`${new Date(t).toISOString()} starting ${c.image} (version ${this.versionOf(c)})`];
        const runToCompletion = run.restartPolicy !== 'Always';
        const canBeReady = !b.neverReady && !b.crashLoop && !(b.hang && c.hasProbe) && !(b.errorRate >= 1 && c.hasProbe);
        const readyDelay = c.hasProbe ? Math.max(b.readyAfterMs, c.probeDelayMs) : 0;
        c.readyAt = canBeReady ? t + readyDelay : Infinity;
        c.exitAt = b.crashLoop ? t + b.crashAfterMs : runToCompletion ? t + b.runMs : Infinity;
        if (!canBeReady && c.hasProbe && !b.crashLoop) {
            c.logs.push(`${new Date(t).toISOString()} readiness probe failing`);
        }
        if (c.readyAt <= t) {
            c.ready = true;
            c.readyAt = Infinity;
            c.logs.push(`${new Date(t).toISOString()} listening on :8080`);
        }
        c.nextAt = Math.min(c.readyAt, c.exitAt);
        const map = runToCompletion ? this.processes.find(c.image) : undefined;
        if (map)
            this.startProcessContainer(c, map);
    }
    exitContainer(run, c, t, code) {
        const term = {
            exitCode: code,
            reason: code === 0 ? 'Completed' : 'Error',
            startedAt: c.startedAt ?? t,
            finishedAt: t,
            containerId: c.containerId,
        };
        if (c.proc)
            c.proc = undefined;
        else
            c.logs.push(code === 0
                ? `${new Date(t).toISOString()} done`
                : `${new Date(t).toISOString()} fatal: ${c.behaviour.crashLoop ? 'simulated crash' : 'simulated failure'} (exit ${code})`);
        c.ready = false;
        c.readyAt = Infinity;
        c.exitAt = Infinity;
        const restart = run.restartPolicy === 'Always' || (run.restartPolicy === 'OnFailure' && code !== 0);
        if (!restart) {
            c.state = 'terminated';
            c.done = term;
            c.nextAt = Infinity;
            return;
        }
        c.last = term;
        const delay = c.restarts === 0 ? 0 : Math.min(10_000 * 2 ** (c.restarts - 1), 300_000);
        c.state = 'backoff';
        c.waitingReason = 'CrashLoopBackOff';
        c.waitingMessage = `back-off ${Math.round(delay / 1000)}s restarting failed container=${c.name} pod=${run.name}_${run.ns}(${run.uid})`;
        c.nextAt = t + delay;
        if (delay > 0) {
            const pod = this.registry.find((0, resources_js_1.byKind)('Pod'), run.ns, run.name);
            if (pod)
                this.event(pod, 'Warning', 'BackOff', `Back-off restarting failed container ${c.name} in pod ${run.name}_${run.ns}(${run.uid})`, 'kubelet');
        }
    }
    advance(run, c, now) {
        for (let guard = 0; guard < 1000 && c.nextAt <= now; guard++) {
            const t = c.nextAt;
            switch (c.state) {
                case 'creating':
                    // The kubelet resolves the environment (ConfigMap and Secret references) when it creates a container.
                    if (!c.behaviour.unpullable) {
                        const resolved = this.resolveEnv(c.spec, run.ns);
                        if ('error' in resolved) {
                            c.waitingReason = 'CreateContainerConfigError';
                            c.waitingMessage = resolved.error;
                            c.nextAt = t + 10_000;
                            break;
                        }
                        c.env = resolved.env;
                    }
                    if (c.behaviour.unpullable) {
                        c.state = 'pullerror';
                        c.waitingReason = 'ErrImagePull';
                        c.waitingMessage = `failed to pull and unpack image "${c.image}": not found`;
                        c.nextAt = t + 5000;
                    }
                    else
                        this.startContainer(run, c, t);
                    break;
                case 'pullerror':
                    c.waitingReason = 'ImagePullBackOff';
                    c.waitingMessage = `Back-off pulling image "${c.image}"`;
                    c.nextAt = Infinity;
                    break;
                case 'backoff':
                    c.restarts++;
                    this.startContainer(run, c, t);
                    break;
                case 'running':
                    if (c.readyAt <= t && c.readyAt <= c.exitAt) {
                        c.ready = true;
                        c.readyAt = Infinity;
                        c.logs.push(`${new Date(t).toISOString()} listening on :8080`);
                    }
                    else if (c.exitAt <= t) {
                        this.exitContainer(run, c, t, c.procExit ?? (c.behaviour.crashLoop ? c.behaviour.exitCode || 1 : c.behaviour.exitCode));
                    }
                    c.nextAt = c.state === 'running' ? Math.min(c.readyAt, c.exitAt) : c.nextAt;
                    break;
                default:
                    c.nextAt = Infinity;
            }
        }
    }
    versionOf(c, b = c.behaviour) {
        return b.version ?? c.env.VERSION ?? (0, behaviour_js_1.versionFromTag)((0, behaviour_js_1.imageTag)(c.image));
    }
    kubelet() {
        const podRt = (0, resources_js_1.byKind)('Pod');
        const now = this.clock.now();
        const seen = new Set();
        for (const shared of this.list('Pod')) {
            let pod = shared;
            const uid = pod.metadata.uid ?? '';
            seen.add(uid);
            const ns = pod.metadata.namespace ?? '';
            const name = pod.metadata.name ?? '';
            let run = this.runs.get(uid);
            if (!run) {
                if (pod.metadata.deletionTimestamp) {
                    this.registry.finalize(podRt, ns, name);
                    continue;
                }
                // scheduler: bind to a schedulable node, round-robin
                const nodeName = pod.spec.nodeName ?? this.schedule();
                if (!nodeName) {
                    this.wake(now + 1000);
                    continue;
                }
                const n = this.nextPodIP++;
                run = {
                    uid,
                    ns,
                    name,
                    nodeName,
                    podIP: `10.0.${1 + (n >> 8)}.${n & 255}`,
                    scheduledAt: now,
                    restartPolicy: pod.spec.restartPolicy ?? 'Always',
                    containers: (pod.spec.containers ?? []).map((c) => this.containerRun(c, now)),
                    readyChangedAt: now,
                };
                this.runs.set(uid, run);
                if (!pod.spec.nodeName) {
                    const bound = (0, types_js_1.clone)(pod);
                    bound.spec.nodeName = nodeName;
                    pod = this.registry.store.put(podRt, bound, 'MODIFIED');
                }
                this.event(pod, 'Normal', 'Scheduled', `Successfully assigned ${ns}/${name} to ${nodeName}`, 'default-scheduler');
            }
            // image changes on a live pod restart the container with the new image
            for (const spec of pod.spec.containers ?? []) {
                const c = run.containers.find((x) => x.name === spec.name);
                if (c && spec.image && spec.image !== c.image) {
                    const fresh = this.containerRun(spec, now);
                    Object.assign(c, { ...fresh, restarts: c.restarts + 1, last: c.last, nextAt: now });
                }
            }
            if (pod.metadata.deletionTimestamp) {
                // Graceful termination: the preStop hook runs (the app still serves), then SIGTERM: the app stops taking
                // new requests and exits once its accepted requests are done; SIGKILL at the end of the grace period.
                if (run.terminatingSeen === undefined) {
                    run.terminatingSeen = now;
                    // The kubelet times the grace period from when it starts the kill.
                    const grace = pod.metadata.deletionGracePeriodSeconds ?? pod.spec.terminationGracePeriodSeconds ?? 30;
                    const graceEnd = now + grace * 1000;
                    run.graceEnd = graceEnd;
                    const running = run.containers.some((c) => c.state === 'running');
                    const hook = running ? Math.max(0, ...(pod.spec.containers ?? []).map(preStopSeconds)) * 1000 : 0;
                    run.preStopEnd = Math.min(graceEnd, now + hook);
                    for (const c of run.containers)
                        c.ready = false;
                    this.event(pod, 'Normal', 'Killing', `Stopping container ${run.containers.map((c) => c.name).join(', ')}`, 'kubelet');
                }
                const graceEnd = run.graceEnd ?? now;
                const preStopEnd = run.preStopEnd ?? now;
                if (now >= preStopEnd && !run.sigterm) {
                    run.sigterm = true;
                    this.dataPlane.podStopping(ns, name);
                    for (const c of run.containers)
                        c.proc?.kill('SIGTERM');
                }
                if (run.removeAt === undefined && now >= preStopEnd) {
                    const hangs = run.containers.some((c) => c.behaviour.hang && c.state === 'running');
                    // a real process (a Job's) ends on SIGTERM in its own time; the kubelet waits for it up to the grace end
                    const processes = run.containers.some((c) => c.proc && !c.proc.exited);
                    if (!hangs && !processes && this.dataPlane.inFlight(ns, name) === 0)
                        run.removeAt = now;
                }
                this.wake(Math.min(preStopEnd > now ? preStopEnd : graceEnd, run.removeAt ?? Infinity));
                if (now >= Math.min(graceEnd, run.removeAt ?? Infinity)) {
                    for (const c of run.containers)
                        c.proc?.kill('SIGKILL');
                    this.runs.delete(uid);
                    this.registry.finalize(podRt, ns, name);
                    continue;
                }
            }
            else {
                for (const c of run.containers) {
                    this.advance(run, c, now);
                    this.wake(c.nextAt);
                }
            }
            this.writePodStatus(pod, run, now);
        }
        for (const uid of this.runs.keys())
            if (!seen.has(uid))
                this.runs.delete(uid);
    }
    containerStatus(c) {
        const iso = (ms) => (0, types_js_1.isoSeconds)(ms);
        let state;
        if (c.state === 'running')
            state = { running: { startedAt: iso(c.startedAt ?? 0) } };
        else if (c.state === 'terminated' && c.done) {
            state = {
                terminated: {
                    exitCode: c.done.exitCode,
                    reason: c.done.reason,
                    startedAt: iso(c.done.startedAt),
                    finishedAt: iso(c.done.finishedAt),
                    containerID: c.done.containerId,
                },
            };
        }
        else
            state = {
                waiting: { reason: c.waitingReason, ...(c.waitingMessage ? { message: c.waitingMessage } : {}) },
            };
        const last = c.last
            ? {
                terminated: {
                    exitCode: c.last.exitCode,
                    reason: c.last.reason,
                    startedAt: iso(c.last.startedAt),
                    finishedAt: iso(c.last.finishedAt),
                    containerID: c.last.containerId,
                },
            }
            : {};
        const digest = (0, node_crypto_1.createHash)('sha256').update(c.image).digest('hex');
        const repo = c.image.replace(/[:@].*$/, '');
        return {
            name: c.name,
            state,
            lastState: last,
            ready: c.ready,
            restartCount: c.restarts,
            image: c.image,
            imageID: c.state === 'creating' || c.state === 'pullerror' ? '' : `${repo}@sha256:${digest}`,
            ...(c.containerId && c.state !== 'creating' && c.state !== 'pullerror'
                ? { containerID: c.containerId }
                : {}),
            started: c.state === 'running',
        };
    }
    writePodStatus(pod, run, now) {
        const terminating = !!pod.metadata.deletionTimestamp;
        const containersReady = !terminating && run.containers.every((c) => c.ready);
        // Pod readiness gates: Ready also needs every gate's condition True (set by whoever owns it, e.g. the load
        // balancer controller once the pod's target is healthy).
        const gates = (pod.spec.readinessGates ?? []).map((g) => g.conditionType);
        const foreign = (pod.status?.conditions ?? []).filter((c) => !KUBELET_CONDITIONS.has(c.type));
        const gatesOpen = gates.every((g) => foreign.some((c) => c.type === g && c.status === 'True'));
        const ready = containersReady && gatesOpen;
        const wasReady = run.readySince !== undefined;
        if (containersReady !== wasReady) {
            run.readyChangedAt = now;
            run.readySince = containersReady ? now : undefined;
        }
        const started = run.containers.some((c) => c.startedAt !== undefined);
        const allDone = run.containers.every((c) => c.state === 'terminated');
        let phase = 'Pending';
        if (allDone)
            phase = run.containers.every((c) => c.done?.exitCode === 0) ? 'Succeeded' : 'Failed';
        else if (started)
            phase = 'Running';
        const prev = pod.status ?? {};
        const at = (ms) => (0, types_js_1.isoSeconds)(ms);
        const keep = (type, status, fallback) => {
            const p = (prev.conditions ?? []).find((c) => c.type === type);
            return p && p.status === status && p.lastTransitionTime ? p.lastTransitionTime : at(fallback);
        };
        const unready = run.containers.filter((c) => !c.ready).map((c) => c.name);
        const notReady = allDone ? 'PodCompleted' : 'ContainersNotReady';
        const closedGates = gates.filter((g) => !foreign.some((c) => c.type === g && c.status === 'True'));
        const notReadyWhy = containersReady && closedGates.length > 0
            ? {
                reason: 'ReadinessGatesNotReady',
                message: `corresponding condition of pod readiness gate "${closedGates[0]}" does not exist.`,
            }
            : {
                reason: notReady,
                ...(allDone ? {} : { message: `containers with unready status: [${unready.join(' ')}]` }),
            };
        const containersReadyAt = containersReady ? (run.readySince ?? run.readyChangedAt) : run.readyChangedAt;
        const conditions = [
            {
                type: 'PodReadyToStartContainers',
                status: 'True',
                lastProbeTime: null,
                lastTransitionTime: keep('PodReadyToStartContainers', 'True', run.scheduledAt),
            },
            {
                type: 'Initialized',
                status: 'True',
                lastProbeTime: null,
                lastTransitionTime: keep('Initialized', 'True', run.scheduledAt),
            },
            ready
                ? {
                    type: 'Ready',
                    status: 'True',
                    lastProbeTime: null,
                    lastTransitionTime: keep('Ready', 'True', now),
                }
                : {
                    type: 'Ready',
                    status: 'False',
                    lastProbeTime: null,
                    lastTransitionTime: keep('Ready', 'False', now),
                    ...notReadyWhy,
                },
            containersReady
                ? {
                    type: 'ContainersReady',
                    status: 'True',
                    lastProbeTime: null,
                    lastTransitionTime: keep('ContainersReady', 'True', containersReadyAt),
                }
                : {
                    type: 'ContainersReady',
                    status: 'False',
                    lastProbeTime: null,
                    lastTransitionTime: keep('ContainersReady', 'False', run.readyChangedAt),
                    reason: notReady,
                    ...(allDone ? {} : { message: `containers with unready status: [${unready.join(' ')}]` }),
                },
            {
                type: 'PodScheduled',
                status: 'True',
                lastProbeTime: null,
                lastTransitionTime: keep('PodScheduled', 'True', run.scheduledAt),
            },
            ...foreign,
        ];
        const status = {
            phase,
            conditions,
            hostIP: this.nodeIP(run.nodeName),
            hostIPs: [{ ip: this.nodeIP(run.nodeName) }],
            podIP: run.podIP,
            podIPs: [{ ip: run.podIP }],
            startTime: at(run.scheduledAt),
            containerStatuses: run.containers.map((c) => this.containerStatus(c)),
            qosClass: prev.qosClass ?? 'BestEffort',
        };
        for (const c of run.containers) {
            const before = (prev.containerStatuses ?? []).find((x) => x.name === c.name);
            const pod_ = pod;
            if (c.state === 'running' && !before?.state.running)
                this.event(pod_, 'Normal', 'Started', `Started container ${c.name}`, 'kubelet');
            if (c.state === 'pullerror' && !before?.state.waiting?.reason?.includes('Image')) {
                this.event(pod_, 'Warning', 'Failed', `Failed to pull image "${c.image}": not found`, 'kubelet');
            }
        }
        this.writeStatus('Pod', pod, status, 'kubelet');
    }
    /**
     * The files a container's ConfigMap and Secret volumes show it (`<mountPath>/<key>` → content), read now: the
     * kubelet keeps such volumes in sync with the objects (subPath mounts aside), so a ConfigMap changed in place
     * reaches pods that are already running.
     */
    mountedFiles(ns, podName, c) {
        const pod = this.registry.find((0, resources_js_1.byKind)('Pod'), ns, podName);
        const files = {};
        const mounts = (c.spec.volumeMounts ?? []);
        for (const m of mounts) {
            const v = pod?.spec?.volumes?.find((x) => x.name === m.name);
            const src = v?.configMap ?? v?.secret;
            if (!v || !src || m.subPath)
                continue;
            const kind = v.configMap ? 'ConfigMap' : 'Secret';
            const o = this.registry.find((0, resources_js_1.byKind)(kind), ns, (v.configMap ? src.name : src.secretName) ?? '');
            const data = Object.fromEntries(Object.entries(o?.data ?? {}).map(([k, x]) => [
                k,
                kind === 'Secret' ? Buffer.from(x, 'base64').toString('utf8') : x,
            ]));
            const items = src.items ?? Object.keys(data).map((key) => ({ key, path: key }));
            for (const it of items)
                if (data[it.key] !== undefined)
                    files[`${m.mountPath.replace(/\/$/, '')}/${it.path}`] = data[it.key];
        }
        return files;
    }
    podTarget(ns, name) {
        const run = [...this.runs.values()].find((r) => r.ns === ns && r.name === name);
        if (!run)
            return undefined;
        const c = run.containers[0];
        const b = this.behaviours.resolve(c.image);
        const now = this.clock.now();
        return {
            config: () => ({ env: { ...c.env }, files: this.mountedFiles(ns, name, c) }),
            // a terminating pod takes new requests through its preStop hook; after SIGTERM only what it accepted finishes
            accepting: c.state === 'running' && (run.preStopEnd === undefined || now < run.preStopEnd),
            version: this.versionOf(c, b),
            image: c.image,
            errorRate: b.errorRate,
            latencyMs: b.latencyMs,
            hang: b.hang,
        };
    }
    // ---- endpointslice controller ---------------------------------------------------------------------
    endpointSlices() {
        const rt = (0, resources_js_1.byKind)('EndpointSlice');
        for (const svc of this.list('Service')) {
            const selector = svc.spec?.selector;
            if (!selector || svc.metadata.deletionTimestamp)
                continue;
            const ns = svc.metadata.namespace ?? '';
            const name = svc.metadata.name ?? '';
            const pods = this.list('Pod', ns).filter((p) => (0, selectors_js_1.matchesSelector)({ matchLabels: selector }, p.metadata.labels) && p.status?.podIP);
            const endpoints = pods.map((p) => {
                const terminating = !!p.metadata.deletionTimestamp;
                const ready = this.isReady(p);
                return {
                    addresses: [p.status?.podIP ?? ''],
                    conditions: { ready: ready && !terminating, serving: ready, terminating },
                    targetRef: { kind: 'Pod', namespace: ns, name: p.metadata.name ?? '', uid: p.metadata.uid ?? '' },
                    nodeName: p.spec.nodeName,
                };
            });
            const firstPod = pods[0];
            const ports = (svc.spec?.ports ?? []).map((sp) => {
                let port = typeof sp.targetPort === 'number' ? sp.targetPort : sp.port;
                if (typeof sp.targetPort === 'string') {
                    const named = (firstPod?.spec.containers ?? [])
                        .flatMap((c) => c.ports ?? [])
                        .find((p) => p.name === sp.targetPort);
                    port = named?.containerPort ?? sp.port;
                }
                return { name: sp.name ?? '', port, protocol: sp.protocol ?? 'TCP' };
            });
            const found = this.list('EndpointSlice', ns).find((s) => s.metadata.labels?.['kubernetes.io/service-name'] === name &&
                controllerOf(s)?.uid === svc.metadata.uid);
            const labels = {
                'endpointslice.kubernetes.io/managed-by': 'endpointslice-controller.k8s.io',
                'kubernetes.io/service-name': name,
                ...(svc.metadata.labels ?? {}),
            };
            const existing = found ? (0, types_js_1.clone)(found) : undefined;
            if (!existing) {
                const slice = {
                    apiVersion: 'discovery.k8s.io/v1',
                    kind: 'EndpointSlice',
                    metadata: {
                        generateName: `${name}-`,
                        namespace: ns,
                        labels,
                        annotations: { 'endpoints.kubernetes.io/last-change-trigger-time': this.now() },
                        ownerReferences: [ownerRef(svc)],
                    },
                    addressType: 'IPv4',
                    endpoints,
                    ports,
                };
                this.tryWrite(() => this.registry.create(rt, ns, slice, { manager: 'endpointslice-controller' }));
            }
            else if (!(0, types_js_1.jsonEqual)(existing.endpoints ?? [], endpoints) || !(0, types_js_1.jsonEqual)(existing.ports ?? [], ports)) {
                existing.endpoints = endpoints;
                existing.ports = ports;
                existing.metadata.annotations = {
                    ...existing.metadata.annotations,
                    'endpoints.kubernetes.io/last-change-trigger-time': this.now(),
                };
                this.tryWrite(() => this.registry.update(rt, ns, existing.metadata.name ?? '', existing, {
                    manager: 'endpointslice-controller',
                }));
            }
        }
    }
    /** Records each Service's ready endpoints when they change, for kube-proxy's delayed view. */
    recordEndpoints() {
        const now = this.clock.now();
        const seen = new Set();
        for (const svc of this.list('Service')) {
            const key = `${svc.metadata.namespace ?? ''}/${svc.metadata.name ?? ''}`;
            seen.add(key);
            const pods = this.readyEndpoints(svc.metadata.namespace ?? '', svc.metadata.name ?? '')?.pods ?? [];
            const history = this.endpointHistory.get(key) ?? [];
            const last = history[history.length - 1];
            if (last && (0, types_js_1.jsonEqual)(last.pods, pods))
                continue;
            history.push({ at: now, pods });
            // Keep what kube-proxy may still be using: entries newer than the propagation delay and the one before.
            const cut = history.findIndex((h) => h.at > now - this.propagationMs);
            if (cut > 1)
                history.splice(0, cut - 1);
            this.endpointHistory.set(key, history);
        }
        for (const key of this.endpointHistory.keys())
            if (!seen.has(key))
                this.endpointHistory.delete(key);
    }
    /** kube-proxy's view of a Service's ready endpoints: the EndpointSlices as they were `propagationMs` ago. */
    kubeProxyEndpoints(ns, service, port) {
        const current = this.readyEndpoints(ns, service, port);
        if (!current || (current.pods.length === 0 && port))
            return current;
        const history = this.endpointHistory.get(`${ns}/${service}`) ?? [];
        const visible = this.clock.now() - this.propagationMs;
        let view = [];
        for (const h of history)
            if (h.at <= visible)
                view = h.pods;
        return { pods: view };
    }
    /** Requests per second a pod served recently (for the autoscaler), over `windowMs` or its life if shorter. */
    podLoad(ns, pod, windowMs) {
        const run = [...this.runs.values()].find((r) => r.ns === ns && r.name === pod);
        const c = run?.containers[0];
        if (!run || !c || c.state !== 'running' || c.startedAt === undefined)
            return undefined;
        const span = Math.min(windowMs, this.clock.now() - c.startedAt);
        if (span < 1000)
            return undefined;
        const served = this.dataPlane.servedCount(ns, pod, span);
        return { rps: served / (span / 1000), capacityRps: this.behaviours.resolve(c.image).capacityRps };
    }
    // ---- nodes, disruption budgets, eviction ----------------------------------------------------------
    schedule() {
        const ready = this.nodes.filter((n) => !n.unschedulable);
        if (ready.length === 0)
            return undefined;
        return ready[this.nodeIndex++ % ready.length]?.name;
    }
    nodeIP(name) {
        return this.nodes.find((n) => n.name === name)?.ip ?? '10.0.0.1';
    }
    /** A new node joins (Karpenter or a spot replacement) and takes pods from now on. */
    addNode(name) {
        const i = this.nodes.length + 1;
        const node = {
            name: name ?? `ip-10-0-${i}-${(17 * i) % 250}.ec2.internal`,
            ip: `10.0.${i}.${(17 * i) % 250}`,
            unschedulable: false,
        };
        this.nodes.push(node);
        this.kick();
        return node;
    }
    /**
     * `kubectl drain`: cordon the node, then evict its pods through the Eviction API, retrying evictions a
     * PodDisruptionBudget refuses every 5 s until `timeoutMs`. Resolves with the pods evicted.
     */
    async drainNode(name, timeoutMs = 300_000) {
        const node = this.nodes.find((n) => n.name === name);
        if (!node)
            throw new Error(`no node ${name}`);
        node.unschedulable = true;
        const deadline = this.clock.now() + timeoutMs;
        const evicted = [];
        for (;;) {
            const left = this.list('Pod').filter((p) => p.spec.nodeName === name && !p.metadata.deletionTimestamp);
            if (left.length === 0)
                return evicted;
            for (const p of left) {
                const r = this.evict(p.metadata.namespace ?? '', p.metadata.name ?? '');
                if (r.ok)
                    evicted.push(p.metadata.name ?? '');
            }
            if (this.clock.now() >= deadline)
                return evicted;
            await this.clock.sleep(5_000, this.abort.signal);
        }
    }
    /**
     * The Eviction API (POST pods/{name}/eviction): refused when a PodDisruptionBudget selecting the pod allows
     * no disruption (a pod that is not Ready may always go); otherwise the pod is deleted gracefully.
     */
    evict(ns, name, gracePeriodSeconds) {
        const pod = this.registry.find((0, resources_js_1.byKind)('Pod'), ns, name);
        if (!pod)
            throw (0, errors_js_1.notFound)((0, resources_js_1.byKind)('Pod'), name);
        if (pod.metadata.deletionTimestamp)
            return { ok: true };
        if (this.isReady(pod)) {
            for (const pdb of this.list('PodDisruptionBudget', ns)) {
                const sel = pdb.spec?.selector;
                if (!sel || !(0, selectors_js_1.matchesSelector)(sel, pod.metadata.labels))
                    continue;
                const st = (pdb.status ?? {});
                if ((st.disruptionsAllowed ?? 0) <= 0) {
                    return {
                        ok: false,
                        budget: pdb.metadata.name ?? '',
                        message: `The disruption budget ${pdb.metadata.name} needs ${st.desiredHealthy ?? 0} healthy pods and has ${st.currentHealthy ?? 0} currently`,
                    };
                }
                this.writeStatus('PodDisruptionBudget', pdb, {
                    ...st,
                    disruptionsAllowed: (st.disruptionsAllowed ?? 1) - 1,
                });
            }
        }
        this.registry.delete((0, resources_js_1.byKind)('Pod'), ns, name, gracePeriodSeconds === undefined ? {} : { gracePeriodSeconds });
        this.event(pod, 'Normal', 'Evicted', 'Evicted by the Eviction API', 'kube-apiserver');
        return { ok: true };
    }
    /** The disruption controller: each PodDisruptionBudget's healthy count and the disruptions it allows. */
    disruptionBudgets() {
        for (const pdb of this.list('PodDisruptionBudget')) {
            const spec = (pdb.spec ?? {});
            const pods = spec.selector
                ? this.list('Pod', pdb.metadata.namespace).filter((p) => !p.metadata.deletionTimestamp &&
                    (0, selectors_js_1.matchesSelector)(spec.selector, p.metadata.labels))
                : [];
            const expected = pods.length;
            const healthy = pods.filter((p) => this.isReady(p)).length;
            let desired = 0;
            if (spec.minAvailable !== undefined)
                desired = intOrPercent(spec.minAvailable, expected, true);
            else if (spec.maxUnavailable !== undefined)
                desired = Math.max(0, expected - intOrPercent(spec.maxUnavailable, expected, true));
            const allowed = Math.max(0, healthy - desired);
            const status = {
                observedGeneration: pdb.metadata.generation,
                disruptionsAllowed: allowed,
                currentHealthy: healthy,
                desiredHealthy: desired,
                expectedPods: expected,
                conditions: [
                    {
                        type: 'DisruptionAllowed',
                        status: allowed > 0 ? 'True' : 'False',
                        reason: allowed > 0 ? 'SufficientPods' : 'InsufficientPods',
                        message: '',
                        observedGeneration: pdb.metadata.generation,
                        lastTransitionTime: this.now(),
                    },
                ],
            };
            const prev = (pdb.status ?? {});
            const same = prev.disruptionsAllowed === allowed &&
                prev.currentHealthy === healthy &&
                prev.desiredHealthy === desired &&
                prev.expectedPods === expected &&
                prev.observedGeneration === pdb.metadata.generation;
            if (!same)
                this.writeStatus('PodDisruptionBudget', pdb, status, 'kube-controller-manager');
        }
    }
    /** The apiextensions controller: a CustomResourceDefinition becomes NamesAccepted and Established. */
    customResourceDefinitions() {
        for (const crd of this.list('CustomResourceDefinition')) {
            const conditions = crd.status?.conditions ?? [];
            if (conditions.some((c) => c.type === 'Established' && c.status === 'True'))
                continue;
            const now = this.now();
            const names = crd.spec?.names ?? {};
            this.writeStatus('CustomResourceDefinition', crd, {
                acceptedNames: names,
                storedVersions: (crd.spec.versions ?? [])
                    .filter((v) => v.storage)
                    .map((v) => v.name),
                conditions: [
                    {
                        type: 'NamesAccepted',
                        status: 'True',
                        reason: 'NoConflicts',
                        message: 'no conflicts found',
                        lastTransitionTime: now,
                    },
                    {
                        type: 'Established',
                        status: 'True',
                        reason: 'InitialNamesAccepted',
                        message: 'the initial names have been accepted',
                        lastTransitionTime: now,
                    },
                ],
            }, 'kube-apiserver');
        }
    }
    readyEndpoints(ns, service, port) {
        const svc = this.registry.find((0, resources_js_1.byKind)('Service'), ns, service);
        if (!svc)
            return undefined;
        if (port !== undefined && port !== '') {
            const match = (svc.spec?.ports ?? []).some((p) => p.name === port || String(p.port) === port);
            if (!match)
                return { pods: [] };
        }
        const slices = this.list('EndpointSlice', ns).filter((s) => s.metadata.labels?.['kubernetes.io/service-name'] === service);
        const pods = [];
        for (const s of slices) {
            for (const e of s.endpoints ?? [])
                if (e.conditions?.ready && e.targetRef?.name)
                    pods.push(e.targetRef.name);
        }
        return { pods: pods.sort() };
    }
    // ---- AWS load balancer status ---------------------------------------------------------------------
    loadBalancers() {
        const host = (o, kind) => {
            const h = (0, node_crypto_1.createHash)('sha256')
                .update(o.metadata.uid ?? '')
                .digest('hex');
            const base = `k8s-${(o.metadata.namespace ?? '').slice(0, 8)}-${(o.metadata.name ?? '').slice(0, 8)}-${h.slice(0, 10)}`;
            return kind === 'Ingress'
                ? `${base}-${h.slice(10, 20)}.${this.opts.region}.elb.amazonaws.com`
                : `${base}.elb.${this.opts.region}.amazonaws.com`;
        };
        for (const svc of this.list('Service')) {
            if (svc.spec?.type !== 'LoadBalancer')
                continue;
            const status = { loadBalancer: { ingress: [{ hostname: host(svc, 'Service') }] } };
            this.writeStatus('Service', svc, status, 'aws-load-balancer-controller');
        }
        for (const ing of this.list('Ingress')) {
            // With the load balancer controller installed, only it gives its Ingresses an address.
            if (this.lbc)
                continue;
            const status = { loadBalancer: { ingress: [{ hostname: host(ing, 'Ingress') }] } };
            this.writeStatus('Ingress', ing, status, 'aws-load-balancer-controller');
        }
    }
    /** Used by the API layer for `pods/{name}/proxy`. */
    podExists(ns, name) {
        return [...this.runs.values()].some((r) => r.ns === ns && r.name === name);
    }
}
exports.Simulator = Simulator;


/***/ }),

/***/ 41264:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Store = void 0;
const types_js_1 = __webpack_require__(3120);
const HISTORY = 2000;
function resourceKey(rt) {
    return `${rt.plural}.${rt.group}`;
}
/**
 * etcd, in memory: objects per resource keyed by namespace/name, one global resourceVersion counter bumped on
 * every write, and a bounded event history so watches can resume from a resourceVersion.
 */
class Store {
    rv = 1000;
    data = new Map();
    history = [];
    listeners = new Set();
    get resourceVersion() {
        return this.rv;
    }
    bucket(rt) {
        const key = resourceKey(rt);
        let b = this.data.get(key);
        if (!b) {
            b = new Map();
            this.data.set(key, b);
        }
        return b;
    }
    /** A copy of the stored object, or undefined. */
    get(rt, namespace, name) {
        const o = this.bucket(rt).get(`${rt.namespaced ? (namespace ?? '') : ''}/${name}`);
        return o ? (0, types_js_1.clone)(o) : undefined;
    }
    /** Copies of the stored objects, sorted by namespace then name, optionally in one namespace. */
    list(rt, namespace) {
        return this.listShared(rt, namespace).map((o) => (0, types_js_1.clone)(o));
    }
    /**
     * The stored objects themselves, sorted, without copying: for the in-process controllers, which must clone
     * before they change anything (a write replaces the stored object, it never mutates it).
     */
    listShared(rt, namespace) {
        const out = [];
        for (const [key, o] of this.bucket(rt)) {
            if (namespace !== undefined && rt.namespaced && !key.startsWith(`${namespace}/`))
                continue;
            out.push(o);
        }
        return out.sort((a, b) => (a.metadata.namespace ?? '').localeCompare(b.metadata.namespace ?? '') ||
            (a.metadata.name ?? '').localeCompare(b.metadata.name ?? ''));
    }
    /** Store `obj` (a new object or a replacement), stamping the next resourceVersion; returns a copy. */
    put(rt, obj, type) {
        const stored = (0, types_js_1.clone)(obj);
        this.rv++;
        stored.metadata.resourceVersion = String(this.rv);
        this.bucket(rt).set(`${rt.namespaced ? (stored.metadata.namespace ?? '') : ''}/${stored.metadata.name}`, stored);
        this.emit({ type, rt, object: (0, types_js_1.clone)(stored), rv: this.rv });
        return (0, types_js_1.clone)(stored);
    }
    remove(rt, namespace, name) {
        const key = `${rt.namespaced ? (namespace ?? '') : ''}/${name}`;
        const existing = this.bucket(rt).get(key);
        if (!existing)
            return undefined;
        this.bucket(rt).delete(key);
        this.rv++;
        const gone = (0, types_js_1.clone)(existing);
        gone.metadata.resourceVersion = String(this.rv);
        this.emit({ type: 'DELETED', rt, object: (0, types_js_1.clone)(gone), rv: this.rv });
        return gone;
    }
    emit(e) {
        this.history.push(e);
        if (this.history.length > HISTORY)
            this.history.splice(0, this.history.length - HISTORY);
        for (const l of this.listeners)
            l(e);
    }
    /** Events after `rv`, or 'expired' when the history no longer reaches back that far. */
    eventsSince(rv) {
        if (rv >= this.rv)
            return [];
        const first = this.history[0];
        if (!first || first.rv > rv + 1)
            return 'expired';
        return this.history.filter((e) => e.rv > rv);
    }
    subscribe(listener) {
        this.listeners.add(listener);
        return () => this.listeners.delete(listener);
    }
}
exports.Store = Store;


/***/ }),

/***/ 74100:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.WITH_GENERATION = void 0;
exports.applyDefaults = applyDefaults;
exports.prepareForCreate = prepareForCreate;
exports.specChanged = specChanged;
exports.validateObject = validateObject;
const selectors_js_1 = __webpack_require__(4595);
const types_js_1 = __webpack_require__(3120);
const errors_js_1 = __webpack_require__(97268);
exports.WITH_GENERATION = new Set([
    'Deployment',
    'ReplicaSet',
    'Job',
    'Ingress',
    'EndpointSlice',
    'HorizontalPodAutoscaler',
    'PodDisruptionBudget',
    'TargetGroupBinding',
    'GatewayClass',
    'Gateway',
    'HTTPRoute',
]);
const DNS1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const DNS1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const DNS1035_LABEL = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;
const LABEL_KEY_NAME = /^[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$/;
const LABEL_VALUE = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;
const CONFIG_KEY = /^[-._a-zA-Z0-9]+$/;
// ---- defaulting ------------------------------------------------------------------------------------------
function defaultProbe(p) {
    if (!(0, types_js_1.isRecord)(p))
        return;
    p.timeoutSeconds ??= 1;
    p.periodSeconds ??= 10;
    p.successThreshold ??= 1;
    p.failureThreshold ??= 3;
    if ((0, types_js_1.isRecord)(p.httpGet))
        p.httpGet.scheme ??= 'HTTP';
}
function defaultContainer(c) {
    c.terminationMessagePath ??= '/dev/termination-log';
    c.terminationMessagePolicy ??= 'File';
    if (c.imagePullPolicy === undefined && typeof c.image === 'string') {
        const tag = /:([^/:@]+)$/.exec(c.image)?.[1];
        c.imagePullPolicy = c.image.includes('@')
            ? 'IfNotPresent'
            : !tag || tag === 'latest'
                ? 'Always'
                : 'IfNotPresent';
    }
    c.resources ??= {};
    for (const p of c.ports ?? [])
        p.protocol ??= 'TCP';
    defaultProbe(c.readinessProbe);
    defaultProbe(c.livenessProbe);
    defaultProbe(c.startupProbe);
}
function defaultPodSpec(spec) {
    if (!spec)
        return;
    spec.restartPolicy ??= 'Always';
    spec.terminationGracePeriodSeconds ??= 30;
    spec.dnsPolicy ??= 'ClusterFirst';
    spec.securityContext ??= {};
    spec.schedulerName ??= 'default-scheduler';
    for (const c of spec.containers ?? [])
        defaultContainer(c);
    for (const c of spec.initContainers ?? [])
        defaultContainer(c);
}
function defaultTemplate(t) {
    if (!t)
        return;
    t.metadata ??= {};
    defaultPodSpec(t.spec);
}
function dropNulls(value) {
    if (Array.isArray(value))
        return value.map(dropNulls);
    if (!(0, types_js_1.isRecord)(value))
        return value;
    const out = {};
    for (const [k, v] of Object.entries(value))
        if (v !== null && v !== undefined)
            out[k] = dropNulls(v);
    return out;
}
/** Pod templates as the Go types serialise them: a zero metav1.Time comes out as `creationTimestamp: null`. */
function templateTimestamps(rt, obj) {
    if (!['Deployment', 'ReplicaSet', 'Job'].includes(rt.kind) || !(0, types_js_1.isRecord)(obj.spec))
        return;
    const t = obj.spec.template;
    if (!(0, types_js_1.isRecord)(t))
        return;
    const meta = (0, types_js_1.isRecord)(t.metadata) ? t.metadata : {};
    meta.creationTimestamp = null;
    t.metadata = meta;
}
function applyDefaults(rt, obj, old, ctx) {
    // Decoding into Go structs drops explicit nulls (a merge patch's null has already removed its field).
    for (const k of Object.keys(obj))
        if (k !== 'status' && k !== 'metadata')
            obj[k] = dropNulls(obj[k]);
    obj.metadata = dropNulls(obj.metadata);
    try {
        defaultKind(rt, obj, old, ctx);
    }
    finally {
        templateTimestamps(rt, obj);
    }
}
function defaultKind(rt, obj, old, ctx) {
    const name = obj.metadata.name ?? '';
    switch (rt.kind) {
        case 'Namespace': {
            obj.metadata.labels = { ...obj.metadata.labels, 'kubernetes.io/metadata.name': name };
            const spec = (0, types_js_1.isRecord)(obj.spec) ? obj.spec : {};
            spec.finalizers ??= ['kubernetes'];
            obj.spec = spec;
            break;
        }
        case 'Pod': {
            const spec = obj.spec;
            defaultPodSpec(spec);
            if (spec) {
                spec.serviceAccountName ??= 'default';
                spec.serviceAccount ??= spec.serviceAccountName;
                spec.enableServiceLinks ??= true;
                spec.priority ??= 0;
                spec.preemptionPolicy ??= 'PreemptLowerPriority';
                spec.tolerations ??= [
                    {
                        key: 'node.kubernetes.io/not-ready',
                        operator: 'Exists',
                        effect: 'NoExecute',
                        tolerationSeconds: 300,
                    },
                    {
                        key: 'node.kubernetes.io/unreachable',
                        operator: 'Exists',
                        effect: 'NoExecute',
                        tolerationSeconds: 300,
                    },
                ];
            }
            break;
        }
        case 'Deployment': {
            const d = obj;
            if (!(0, types_js_1.isRecord)(d.spec))
                break;
            d.spec.replicas ??= 1;
            d.spec.strategy ??= {};
            d.spec.strategy.type ??= 'RollingUpdate';
            if (d.spec.strategy.type === 'RollingUpdate') {
                d.spec.strategy.rollingUpdate ??= {};
                d.spec.strategy.rollingUpdate.maxSurge ??= '25%';
                d.spec.strategy.rollingUpdate.maxUnavailable ??= '25%';
            }
            d.spec.revisionHistoryLimit ??= 10;
            d.spec.progressDeadlineSeconds ??= 600;
            defaultTemplate(d.spec.template);
            break;
        }
        case 'ReplicaSet': {
            const spec = obj.spec;
            if (!(0, types_js_1.isRecord)(spec))
                break;
            spec.replicas ??= 1;
            defaultTemplate(spec.template);
            break;
        }
        case 'Job': {
            const j = obj;
            if (!(0, types_js_1.isRecord)(j.spec))
                break;
            j.spec.completions ??= 1;
            j.spec.parallelism ??= 1;
            j.spec.backoffLimit ??= 6;
            j.spec.completionMode ??= 'NonIndexed';
            j.spec.suspend ??= false;
            j.spec.podReplacementPolicy ??= 'TerminatingOrFailed';
            const uid = obj.metadata.uid ?? '';
            if (!j.spec.manualSelector && !old) {
                j.spec.selector = { matchLabels: { 'batch.kubernetes.io/controller-uid': uid } };
                j.spec.template ??= {};
                j.spec.template.metadata ??= {};
                j.spec.template.metadata.labels = {
                    ...j.spec.template.metadata.labels,
                    'batch.kubernetes.io/controller-uid': uid,
                    'batch.kubernetes.io/job-name': name,
                    'controller-uid': uid,
                    'job-name': name,
                };
            }
            defaultTemplate(j.spec.template);
            break;
        }
        case 'Service': {
            const s = obj;
            s.spec ??= {};
            const spec = s.spec;
            spec.type ??= 'ClusterIP';
            spec.sessionAffinity ??= 'None';
            for (const p of spec.ports ?? []) {
                p.protocol ??= 'TCP';
                p.targetPort ??= p.port;
            }
            const previous = old?.spec;
            if (spec.type !== 'ExternalName') {
                if (!spec.clusterIP)
                    spec.clusterIP = previous?.clusterIP ?? ctx.allocateClusterIP();
                spec.clusterIPs ??= previous?.clusterIPs ?? [spec.clusterIP];
                spec.ipFamilies ??= ['IPv4'];
                spec.ipFamilyPolicy ??= 'SingleStack';
                spec.internalTrafficPolicy ??= 'Cluster';
            }
            if (spec.type === 'LoadBalancer' || spec.type === 'NodePort') {
                spec.externalTrafficPolicy ??= 'Cluster';
                let next = 30000 + ((Number(/\d+$/.exec(spec.clusterIP ?? '')?.[0] ?? '0') * 7) % 2000);
                for (const p of spec.ports ?? []) {
                    const before = previous?.ports?.find((x) => x.port === p.port)?.nodePort;
                    p.nodePort ??= before ?? next++;
                }
                if (spec.type === 'LoadBalancer')
                    spec.allocateLoadBalancerNodePorts ??= true;
            }
            break;
        }
        case 'Secret': {
            obj.type ??= 'Opaque';
            if ((0, types_js_1.isRecord)(obj.stringData)) {
                const data = (0, types_js_1.isRecord)(obj.data) ? obj.data : {};
                for (const [k, v] of Object.entries(obj.stringData))
                    data[k] = Buffer.from(String(v), 'utf8').toString('base64');
                obj.data = data;
                delete obj.stringData;
            }
            break;
        }
        case 'Ingress':
            break;
        case 'HTTPRoute': {
            // The CRD's schema defaults (gateway-api v1 standard channel).
            const spec = (0, types_js_1.isRecord)(obj.spec) ? obj.spec : undefined;
            if (!spec)
                break;
            for (const p of Array.isArray(spec.parentRefs) ? spec.parentRefs : []) {
                if (!(0, types_js_1.isRecord)(p))
                    continue;
                p.group ??= 'gateway.networking.k8s.io';
                p.kind ??= 'Gateway';
            }
            if (!Array.isArray(spec.rules))
                spec.rules = [{ matches: [{ path: { type: 'PathPrefix', value: '/' } }] }];
            for (const r of spec.rules) {
                if (!(0, types_js_1.isRecord)(r))
                    continue;
                if (!Array.isArray(r.matches))
                    r.matches = [{ path: { type: 'PathPrefix', value: '/' } }];
                for (const b of Array.isArray(r.backendRefs) ? r.backendRefs : []) {
                    if (!(0, types_js_1.isRecord)(b))
                        continue;
                    b.group ??= '';
                    b.kind ??= 'Service';
                    b.weight ??= 1;
                }
            }
            break;
        }
        case 'HorizontalPodAutoscaler': {
            // SetDefaults_HorizontalPodAutoscaler (autoscaling/v2)
            const spec = (0, types_js_1.isRecord)(obj.spec) ? obj.spec : undefined;
            if (!spec)
                break;
            spec.minReplicas ??= 1;
            if (!Array.isArray(spec.metrics) || spec.metrics.length === 0)
                spec.metrics = [
                    {
                        type: 'Resource',
                        resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 80 } },
                    },
                ];
            if ((0, types_js_1.isRecord)(spec.behavior)) {
                const fill = (r, window, policies) => {
                    const rules = (0, types_js_1.isRecord)(r) ? r : {};
                    rules.stabilizationWindowSeconds ??= window;
                    rules.selectPolicy ??= 'Max';
                    if (!Array.isArray(rules.policies) || rules.policies.length === 0)
                        rules.policies = policies;
                    return rules;
                };
                spec.behavior.scaleUp = fill(spec.behavior.scaleUp, 0, [
                    { type: 'Pods', value: 4, periodSeconds: 15 },
                    { type: 'Percent', value: 100, periodSeconds: 15 },
                ]);
                spec.behavior.scaleDown = fill(spec.behavior.scaleDown, 300, [
                    { type: 'Percent', value: 100, periodSeconds: 15 },
                ]);
            }
            break;
        }
        default:
            break;
    }
}
/** PrepareForCreate: what the server owns on a new object. */
function prepareForCreate(rt, obj) {
    if (exports.WITH_GENERATION.has(rt.kind))
        obj.metadata.generation = 1;
    else
        delete obj.metadata.generation;
    switch (rt.kind) {
        case 'Deployment':
        case 'Job':
            obj.status = {};
            break;
        case 'ReplicaSet':
            obj.status = { replicas: 0 };
            break;
        case 'Service':
            obj.status = { loadBalancer: {} };
            break;
        case 'Ingress':
            obj.status = { loadBalancer: {} };
            break;
        case 'HorizontalPodAutoscaler':
            obj.status = { currentReplicas: 0, desiredReplicas: 0 };
            break;
        case 'PodDisruptionBudget':
            obj.status = { disruptionsAllowed: 0, currentHealthy: 0, desiredHealthy: 0, expectedPods: 0 };
            break;
        case 'Namespace':
            obj.status = { phase: 'Active' };
            break;
        case 'Pod':
            obj.status = { phase: 'Pending', qosClass: 'BestEffort' };
            break;
        default:
            break;
    }
}
/** The part of an object whose change bumps metadata.generation (everything but metadata and status). */
function specChanged(old, next) {
    const strip = (o) => {
        const out = { ...o };
        delete out.metadata;
        delete out.status;
        delete out.apiVersion;
        delete out.kind;
        return out;
    };
    return !(0, types_js_1.jsonEqual)(strip(old), strip(next));
}
// ---- validation ------------------------------------------------------------------------------------------
function show(v) {
    if (typeof v === 'string')
        return JSON.stringify(v);
    if (v === undefined)
        return 'null';
    return JSON.stringify(v);
}
function schemaCauses(rt, obj) {
    try {
        rt.validate(obj);
        return [];
    }
    catch (e) {
        const errs = (0, types_js_1.isRecord)(e) && Array.isArray(e.errors) ? e.errors : [];
        if (errs.length === 0)
            return [{ message: (0, errors_js_1.errorMessage)(e) }];
        return errs.map((raw) => {
            const err = (0, types_js_1.isRecord)(raw) ? raw : {};
            const pointer = typeof err.instancePath === 'string' ? err.instancePath : '';
            const field = pointer
                .split('/')
                .filter(Boolean)
                .map((s, i) => (/^\d+$/.test(s) ? `[${s}]` : i === 0 ? s : `.${s}`))
                .join('');
            let value = obj;
            for (const seg of pointer.split('/').filter(Boolean))
                value = (0, types_js_1.isRecord)(value) || Array.isArray(value) ? value[seg] : undefined;
            const msg = typeof err.message === 'string' ? err.message : 'is invalid';
            return {
                field: field || undefined,
                message: `Invalid value: ${show(value)}: ${field ? `${field} in body ` : ''}${msg}`,
            };
        });
    }
}
function checkName(rt, obj, causes) {
    const name = obj.metadata.name;
    if (!name) {
        causes.push({
            field: 'metadata.name',
            reason: 'FieldValueRequired',
            message: 'Required value: name or generateName is required',
        });
        return;
    }
    if (rt.kind === 'Service') {
        if (!DNS1035_LABEL.test(name) || name.length > 63) {
            causes.push({
                field: 'metadata.name',
                message: `Invalid value: "${name}": a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')`,
            });
        }
    }
    else if (rt.kind === 'Namespace') {
        if (!DNS1123_LABEL.test(name) || name.length > 63) {
            causes.push({
                field: 'metadata.name',
                message: `Invalid value: "${name}": a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')`,
            });
        }
    }
    else if (!DNS1123_SUBDOMAIN.test(name) || name.length > 253) {
        causes.push({
            field: 'metadata.name',
            message: `Invalid value: "${name}": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')`,
        });
    }
}
function checkLabels(labels, field, causes) {
    if (!(0, types_js_1.isRecord)(labels))
        return;
    for (const [k, v] of Object.entries(labels)) {
        const slash = k.lastIndexOf('/');
        const prefix = slash >= 0 ? k.slice(0, slash) : '';
        const nm = slash >= 0 ? k.slice(slash + 1) : k;
        if ((prefix && !DNS1123_SUBDOMAIN.test(prefix)) || !LABEL_KEY_NAME.test(nm) || nm.length > 63) {
            causes.push({
                field,
                message: `Invalid value: "${k}": name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character`,
            });
        }
        if (typeof v !== 'string' || !LABEL_VALUE.test(v) || v.length > 63) {
            causes.push({
                field,
                message: `Invalid value: ${show(v)}: a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character`,
            });
        }
    }
}
function checkPodSpec(spec, field, causes, restartPolicies) {
    if (!(0, types_js_1.isRecord)(spec)) {
        causes.push({ field, reason: 'FieldValueRequired', message: 'Required value' });
        return;
    }
    const containers = Array.isArray(spec.containers) ? spec.containers : [];
    if (containers.length === 0)
        causes.push({ field: `${field}.containers`, reason: 'FieldValueRequired', message: 'Required value' });
    const seen = new Set();
    const all = [
        ['initContainers', Array.isArray(spec.initContainers) ? spec.initContainers : []],
        ['containers', containers],
    ];
    for (const [list, items] of all) {
        items.forEach((c, i) => {
            const f = `${field}.${list}[${i}]`;
            if (!c.name)
                causes.push({ field: `${f}.name`, reason: 'FieldValueRequired', message: 'Required value' });
            else if (!DNS1123_LABEL.test(c.name))
                causes.push({
                    field: `${f}.name`,
                    message: `Invalid value: "${c.name}": a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character`,
                });
            else if (seen.has(c.name))
                causes.push({
                    field: `${f}.name`,
                    reason: 'FieldValueDuplicate',
                    message: `Duplicate value: "${c.name}"`,
                });
            else
                seen.add(c.name);
            if (!c.image)
                causes.push({ field: `${f}.image`, reason: 'FieldValueRequired', message: 'Required value' });
            for (const [j, p] of (c.ports ?? []).entries()) {
                if (!(p.containerPort >= 1 && p.containerPort <= 65535)) {
                    causes.push({
                        field: `${f}.ports[${j}].containerPort`,
                        message: `Invalid value: ${show(p.containerPort)}: must be between 1 and 65535, inclusive`,
                    });
                }
            }
        });
    }
    const rp = spec.restartPolicy;
    const allowed = restartPolicies ?? ['Always', 'OnFailure', 'Never'];
    if (rp !== undefined && !allowed.includes(rp)) {
        causes.push({
            field: `${field}.restartPolicy`,
            reason: 'FieldValueNotSupported',
            message: `Unsupported value: "${rp}": supported values: ${allowed.map((x) => `"${x}"`).join(', ')}`,
        });
    }
}
function selectorText(s) {
    return JSON.stringify(s ?? null);
}
function checkSelectorTemplate(selector, template, kind, causes) {
    const empty = !selector ||
        (!Object.keys(selector.matchLabels ?? {}).length && !(selector.matchExpressions ?? []).length);
    if (empty) {
        causes.push({ field: 'spec.selector', reason: 'FieldValueRequired', message: `Required value` });
        causes.push({
            field: 'spec.selector',
            message: `Invalid value: ${selectorText(selector)}: empty selector is invalid for ${kind}`,
        });
        return;
    }
    if (!(0, selectors_js_1.matchesSelector)(selector, template?.metadata?.labels)) {
        causes.push({
            field: 'spec.template.metadata.labels',
            message: `Invalid value: ${selectorText(template?.metadata?.labels ?? {})}: \`selector\` does not match template \`labels\``,
        });
    }
}
function intOrPercent(v) {
    if (typeof v === 'number')
        return v;
    if (typeof v === 'string' && /^\d+%$/.test(v))
        return Number(v.slice(0, -1));
    return undefined;
}
/** All causes why `obj` (replacing `old` when given) may not be stored. */
function validateObject(rt, obj, old) {
    const causes = schemaCauses(rt, obj);
    checkName(rt, obj, causes);
    checkLabels(obj.metadata.labels, 'metadata.labels', causes);
    switch (rt.kind) {
        case 'Pod': {
            checkPodSpec(obj.spec, 'spec', causes);
            if (old) {
                const blank = (o) => {
                    const spec = structuredClone(o.spec);
                    for (const c of spec?.containers ?? [])
                        delete c.image;
                    for (const c of spec?.initContainers ?? [])
                        delete c.image;
                    if ((0, types_js_1.isRecord)(spec))
                        delete spec.activeDeadlineSeconds;
                    return spec;
                };
                if (!(0, types_js_1.jsonEqual)(blank(old), blank(obj))) {
                    causes.push({
                        field: 'spec',
                        reason: 'FieldValueForbidden',
                        message: 'Forbidden: pod updates may not change fields other than `spec.containers[*].image`,`spec.initContainers[*].image`,`spec.activeDeadlineSeconds`,`spec.tolerations` (only additions to existing tolerations),`spec.terminationGracePeriodSeconds` (allow it to be set to 1 if it was previously negative)',
                    });
                }
            }
            break;
        }
        case 'Deployment': {
            const d = obj;
            if (!(0, types_js_1.isRecord)(d.spec)) {
                causes.push({ field: 'spec', reason: 'FieldValueRequired', message: 'Required value' });
                break;
            }
            checkSelectorTemplate(d.spec.selector, d.spec.template, 'deployment', causes);
            checkLabels(d.spec.template?.metadata?.labels, 'spec.template.metadata.labels', causes);
            checkPodSpec(d.spec.template?.spec, 'spec.template.spec', causes, ['Always']);
            if (typeof d.spec.replicas === 'number' && d.spec.replicas < 0) {
                causes.push({
                    field: 'spec.replicas',
                    message: `Invalid value: ${d.spec.replicas}: must be greater than or equal to 0`,
                });
            }
            const strategy = d.spec.strategy;
            if (strategy?.type && !['RollingUpdate', 'Recreate'].includes(strategy.type)) {
                causes.push({
                    field: 'spec.strategy.type',
                    reason: 'FieldValueNotSupported',
                    message: `Unsupported value: "${strategy.type}": supported values: "Recreate", "RollingUpdate"`,
                });
            }
            if (strategy?.type === 'Recreate' && strategy.rollingUpdate) {
                causes.push({
                    field: 'spec.strategy.rollingUpdate',
                    reason: 'FieldValueForbidden',
                    message: "Forbidden: may not be specified when strategy `type` is 'Recreate'",
                });
            }
            const ru = strategy?.rollingUpdate;
            if (ru) {
                const surge = intOrPercent(ru.maxSurge);
                const unavailable = intOrPercent(ru.maxUnavailable);
                if (ru.maxSurge !== undefined && surge === undefined)
                    causes.push({
                        field: 'spec.strategy.rollingUpdate.maxSurge',
                        message: `Invalid value: ${show(ru.maxSurge)}: a valid percent string must be a numeric string followed by an ending '%' (e.g. '1%',  or '93%', regex used for validation is '[0-9]+%')`,
                    });
                if (ru.maxUnavailable !== undefined && unavailable === undefined)
                    causes.push({
                        field: 'spec.strategy.rollingUpdate.maxUnavailable',
                        message: `Invalid value: ${show(ru.maxUnavailable)}: a valid percent string must be a numeric string followed by an ending '%' (e.g. '1%',  or '93%', regex used for validation is '[0-9]+%')`,
                    });
                if (surge === 0 && unavailable === 0)
                    causes.push({
                        field: 'spec.strategy.rollingUpdate.maxUnavailable',
                        message: 'Invalid value: 0: may not be 0 when `maxSurge` is 0',
                    });
                if (typeof ru.maxUnavailable === 'string' && (unavailable ?? 0) > 100)
                    causes.push({
                        field: 'spec.strategy.rollingUpdate.maxUnavailable',
                        message: `Invalid value: ${show(ru.maxUnavailable)}: must not be greater than 100%`,
                    });
            }
            const old_ = old;
            if (old_ && !(0, types_js_1.jsonEqual)(old_.spec?.selector, d.spec.selector)) {
                causes.push({
                    field: 'spec.selector',
                    message: `Invalid value: ${selectorText(d.spec.selector)}: field is immutable`,
                });
            }
            const pds = d.spec.progressDeadlineSeconds;
            if (typeof pds === 'number' && pds <= (d.spec.minReadySeconds ?? 0)) {
                causes.push({
                    field: 'spec.progressDeadlineSeconds',
                    message: `Invalid value: ${pds}: must be greater than minReadySeconds`,
                });
            }
            break;
        }
        case 'ReplicaSet': {
            const spec = (0, types_js_1.isRecord)(obj.spec) ? obj.spec : {};
            checkSelectorTemplate(spec.selector, spec.template, 'replicaset', causes);
            break;
        }
        case 'Job': {
            const j = obj;
            if (!(0, types_js_1.isRecord)(j.spec)) {
                causes.push({ field: 'spec', reason: 'FieldValueRequired', message: 'Required value' });
                break;
            }
            const rp = j.spec.template?.spec?.restartPolicy;
            if (rp !== 'Never' && rp !== 'OnFailure') {
                causes.push({
                    field: 'spec.template.spec.restartPolicy',
                    reason: 'FieldValueRequired',
                    message: 'Required value: valid values: "OnFailure", "Never"',
                });
            }
            checkPodSpec(j.spec.template?.spec, 'spec.template.spec', causes, ['OnFailure', 'Never']);
            if (j.spec.selector && !(0, selectors_js_1.matchesSelector)(j.spec.selector, j.spec.template?.metadata?.labels)) {
                causes.push({
                    field: 'spec.template.metadata.labels',
                    message: `Invalid value: ${selectorText(j.spec.template?.metadata?.labels)}: \`selector\` does not match template \`labels\``,
                });
            }
            const old_ = old;
            if (old_ && !(0, types_js_1.jsonEqual)(old_.spec?.template, j.spec.template)) {
                causes.push({
                    field: 'spec.template',
                    message: `Invalid value: ${selectorText(j.spec.template)}: field is immutable`,
                });
            }
            if (old_ && !(0, types_js_1.jsonEqual)(old_.spec?.selector, j.spec.selector)) {
                causes.push({
                    field: 'spec.selector',
                    message: `Invalid value: ${selectorText(j.spec.selector)}: field is immutable`,
                });
            }
            break;
        }
        case 'Service': {
            const s = obj;
            const spec = s.spec ?? {};
            const type = spec.type ?? 'ClusterIP';
            if (!['ClusterIP', 'NodePort', 'LoadBalancer', 'ExternalName'].includes(type)) {
                causes.push({
                    field: 'spec.type',
                    reason: 'FieldValueNotSupported',
                    message: `Unsupported value: "${type}": supported values: "ClusterIP", "ExternalName", "LoadBalancer", "NodePort"`,
                });
            }
            const ports = spec.ports ?? [];
            if (type !== 'ExternalName' && spec.clusterIP !== 'None' && ports.length === 0) {
                causes.push({ field: 'spec.ports', reason: 'FieldValueRequired', message: 'Required value' });
            }
            ports.forEach((p, i) => {
                if (ports.length > 1 && !p.name)
                    causes.push({
                        field: `spec.ports[${i}].name`,
                        reason: 'FieldValueRequired',
                        message: 'Required value',
                    });
                if (!(p.port >= 1 && p.port <= 65535))
                    causes.push({
                        field: `spec.ports[${i}].port`,
                        message: `Invalid value: ${show(p.port)}: must be between 1 and 65535, inclusive`,
                    });
            });
            const before = old?.spec?.clusterIP;
            if (before && spec.clusterIP && before !== spec.clusterIP) {
                causes.push({
                    field: 'spec.clusterIPs[0]',
                    message: `Invalid value: []string{"${spec.clusterIP}"}: may not change once set`,
                });
            }
            break;
        }
        case 'ConfigMap':
        case 'Secret': {
            for (const field of ['data', 'binaryData']) {
                const data = obj[field];
                if (!(0, types_js_1.isRecord)(data))
                    continue;
                for (const k of Object.keys(data)) {
                    if (!CONFIG_KEY.test(k))
                        causes.push({
                            field: `${field}[${k}]`,
                            message: `Invalid value: "${k}": a valid config key must consist of alphanumeric characters, '-', '_' or '.' (e.g. 'key.name',  or 'KEY_NAME',  or 'key-name', regex used for validation is '[-._a-zA-Z0-9]+')`,
                        });
                }
            }
            if (obj.immutable === true &&
                old?.immutable === true &&
                (!(0, types_js_1.jsonEqual)(old.data, obj.data) || !(0, types_js_1.jsonEqual)(old.binaryData, obj.binaryData))) {
                causes.push({
                    field: 'data',
                    reason: 'FieldValueForbidden',
                    message: 'Forbidden: field is immutable when `immutable` is set',
                });
            }
            break;
        }
        case 'HorizontalPodAutoscaler': {
            const spec = (0, types_js_1.isRecord)(obj.spec) ? obj.spec : {};
            const min = typeof spec.minReplicas === 'number' ? spec.minReplicas : 1;
            if (typeof spec.maxReplicas === 'number' && spec.maxReplicas < min)
                causes.push({
                    field: 'spec.maxReplicas',
                    reason: 'FieldValueInvalid',
                    message: `Invalid value: ${spec.maxReplicas}: must be greater than or equal to \`minReplicas\``,
                });
            if (min < 1)
                causes.push({
                    field: 'spec.minReplicas',
                    reason: 'FieldValueInvalid',
                    message: `Invalid value: ${min}: must be greater than or equal to 1`,
                });
            break;
        }
        case 'Ingress': {
            const spec = (0, types_js_1.isRecord)(obj.spec) ? obj.spec : {};
            const rules = Array.isArray(spec.rules) ? spec.rules : [];
            rules.forEach((r, i) => {
                const paths = (0, types_js_1.isRecord)(r) && (0, types_js_1.isRecord)(r.http) && Array.isArray(r.http.paths) ? r.http.paths : [];
                paths.forEach((p, j) => {
                    if ((0, types_js_1.isRecord)(p) && !p.pathType)
                        causes.push({
                            field: `spec.rules[${i}].http.paths[${j}].pathType`,
                            reason: 'FieldValueRequired',
                            message: 'Required value: pathType must be specified',
                        });
                });
            });
            break;
        }
        default:
            break;
    }
    return causes;
}


/***/ }),

/***/ 13357:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.humanDuration = humanDuration;
exports.wantsTable = wantsTable;
exports.toTable = toTable;
const types_js_1 = __webpack_require__(3120);
/** k8s.io/apimachinery/pkg/util/duration.HumanDuration. */
function humanDuration(ms) {
    const seconds = Math.floor(ms / 1000);
    if (seconds < -1)
        return '<invalid>';
    if (seconds < 0)
        return '0s';
    if (seconds < 120)
        return `${seconds}s`;
    const minutes = Math.floor(seconds / 60);
    if (minutes < 10)
        return seconds % 60 === 0 ? `${minutes}m` : `${minutes}m${seconds % 60}s`;
    if (minutes < 180)
        return `${minutes}m`;
    const hours = Math.floor(minutes / 60);
    if (hours < 8)
        return minutes % 60 === 0 ? `${hours}h` : `${hours}h${minutes % 60}m`;
    if (hours < 48)
        return `${hours}h`;
    if (hours < 192)
        return hours % 24 === 0 ? `${Math.floor(hours / 24)}d` : `${Math.floor(hours / 24)}d${hours % 24}h`;
    const days = Math.floor(hours / 24);
    if (days < 730)
        return `${days}d`;
    const years = Math.floor(days / 365);
    return days % 365 === 0 ? `${years}y` : `${years}y${days % 365}d`;
}
function age(o, now) {
    const t = Date.parse(o.metadata.creationTimestamp ?? '');
    return Number.isNaN(t) ? '<unknown>' : humanDuration(now - t);
}
function podStatusReason(p) {
    if (p.metadata.deletionTimestamp)
        return 'Terminating';
    let reason = p.status?.reason ?? p.status?.phase ?? 'Unknown';
    for (const c of p.status?.containerStatuses ?? []) {
        if (c.state.waiting?.reason)
            reason = c.state.waiting.reason;
        else if (c.state.terminated?.reason && reason !== 'Running')
            reason = c.state.terminated.reason;
    }
    return reason;
}
function columnsFor(rt) {
    const name = { name: 'Name', type: 'string', format: 'name' };
    const ageCol = { name: 'Age', type: 'string' };
    switch (rt.kind) {
        case 'Pod':
            return [
                name,
                { name: 'Ready', type: 'string' },
                { name: 'Status', type: 'string' },
                { name: 'Restarts', type: 'string' },
                ageCol,
                { name: 'IP', type: 'string', priority: 1 },
                { name: 'Node', type: 'string', priority: 1 },
            ];
        case 'Deployment':
            return [
                name,
                { name: 'Ready', type: 'string' },
                { name: 'Up-to-date', type: 'integer' },
                { name: 'Available', type: 'integer' },
                ageCol,
                { name: 'Containers', type: 'string', priority: 1 },
                { name: 'Images', type: 'string', priority: 1 },
                { name: 'Selector', type: 'string', priority: 1 },
            ];
        case 'ReplicaSet':
            return [
                name,
                { name: 'Desired', type: 'integer' },
                { name: 'Current', type: 'integer' },
                { name: 'Ready', type: 'integer' },
                ageCol,
            ];
        case 'Service':
            return [
                name,
                { name: 'Type', type: 'string' },
                { name: 'Cluster-IP', type: 'string' },
                { name: 'External-IP', type: 'string' },
                { name: 'Port(s)', type: 'string' },
                ageCol,
            ];
        case 'Job':
            return [
                name,
                { name: 'Status', type: 'string' },
                { name: 'Completions', type: 'string' },
                { name: 'Duration', type: 'string' },
                ageCol,
            ];
        case 'Namespace':
            return [name, { name: 'Status', type: 'string' }, ageCol];
        case 'ConfigMap':
            return [name, { name: 'Data', type: 'integer' }, ageCol];
        case 'Secret':
            return [name, { name: 'Type', type: 'string' }, { name: 'Data', type: 'integer' }, ageCol];
        case 'Lease':
            return [name, { name: 'Holder', type: 'string' }, ageCol];
        case 'EndpointSlice':
            return [
                name,
                { name: 'AddressType', type: 'string' },
                { name: 'Ports', type: 'string' },
                { name: 'Endpoints', type: 'string' },
                ageCol,
            ];
        case 'Event':
            return [
                { name: 'Last Seen', type: 'string' },
                { name: 'Type', type: 'string' },
                { name: 'Reason', type: 'string' },
                { name: 'Object', type: 'string' },
                { name: 'Message', type: 'string' },
            ];
        default:
            return [name, ageCol];
    }
}
function cells(rt, o, now) {
    const nm = o.metadata.name ?? '';
    const a = age(o, now);
    switch (rt.kind) {
        case 'Pod': {
            const p = o;
            const cs = p.status?.containerStatuses ?? [];
            const restarts = cs.reduce((n, c) => n + c.restartCount, 0);
            return [
                nm,
                `${cs.filter((c) => c.ready).length}/${p.spec.containers?.length ?? 0}`,
                podStatusReason(p),
                String(restarts),
                a,
                p.status?.podIP ?? '<none>',
                p.spec.nodeName ?? '<none>',
            ];
        }
        case 'Deployment': {
            const d = o;
            const cs = d.spec.template?.spec?.containers ?? [];
            const sel = Object.entries(d.spec.selector?.matchLabels ?? {})
                .map(([k, v]) => `${k}=${v}`)
                .join(',');
            return [
                nm,
                `${d.status?.readyReplicas ?? 0}/${d.spec.replicas ?? 0}`,
                d.status?.updatedReplicas ?? 0,
                d.status?.availableReplicas ?? 0,
                a,
                cs.map((c) => c.name).join(','),
                cs.map((c) => c.image).join(','),
                sel,
            ];
        }
        case 'ReplicaSet': {
            const rs = o;
            return [nm, rs.spec.replicas ?? 0, rs.status?.replicas ?? 0, rs.status?.readyReplicas ?? 0, a];
        }
        case 'Service': {
            const s = o;
            const ingress = s.status?.loadBalancer?.ingress ?? [];
            const external = ingress.map((i) => i.hostname ?? i.ip).join(',') ||
                (s.spec?.type === 'LoadBalancer' ? '<pending>' : '<none>');
            const ports = (s.spec?.ports ?? [])
                .map((p) => `${p.port}${p.nodePort ? `:${p.nodePort}` : ''}/${p.protocol ?? 'TCP'}`)
                .join(',') || '<none>';
            return [nm, s.spec?.type ?? 'ClusterIP', s.spec?.clusterIP ?? '<none>', external, ports, a];
        }
        case 'Job': {
            const j = o;
            const conds = j.status?.conditions ?? [];
            const status = conds.some((c) => c.type === 'Complete' && c.status === 'True')
                ? 'Complete'
                : conds.some((c) => c.type === 'Failed' && c.status === 'True')
                    ? 'Failed'
                    : j.spec.suspend
                        ? 'Suspended'
                        : 'Running';
            const start = Date.parse(j.status?.startTime ?? '');
            const end = Date.parse(j.status?.completionTime ?? '');
            const duration = Number.isNaN(start) ? '' : humanDuration((Number.isNaN(end) ? now : end) - start);
            return [nm, status, `${j.status?.succeeded ?? 0}/${j.spec.completions ?? 1}`, duration, a];
        }
        case 'Namespace':
            return [nm, (0, types_js_1.isRecord)(o.status) && typeof o.status.phase === 'string' ? o.status.phase : 'Active', a];
        case 'ConfigMap':
            return [
                nm,
                Object.keys((0, types_js_1.isRecord)(o.data) ? o.data : {}).length +
                    Object.keys((0, types_js_1.isRecord)(o.binaryData) ? o.binaryData : {}).length,
                a,
            ];
        case 'Secret':
            return [
                nm,
                typeof o.type === 'string' ? o.type : 'Opaque',
                Object.keys((0, types_js_1.isRecord)(o.data) ? o.data : {}).length,
                a,
            ];
        case 'Lease':
            return [
                nm,
                (0, types_js_1.isRecord)(o.spec) && typeof o.spec.holderIdentity === 'string' ? o.spec.holderIdentity : '',
                a,
            ];
        case 'EndpointSlice': {
            const ports = Array.isArray(o.ports)
                ? o.ports.map((p) => ((0, types_js_1.isRecord)(p) ? String(p.port) : '')).join(',')
                : '<unset>';
            const eps = Array.isArray(o.endpoints)
                ? o.endpoints.flatMap((e) => (0, types_js_1.isRecord)(e) && Array.isArray(e.addresses) ? e.addresses.map(String) : [])
                : [];
            return [
                nm,
                typeof o.addressType === 'string' ? o.addressType : '',
                ports || '<unset>',
                eps.join(',') || '<unset>',
                a,
            ];
        }
        case 'Event': {
            const inv = (0, types_js_1.isRecord)(o.involvedObject) ? o.involvedObject : {};
            const last = typeof o.lastTimestamp === 'string' ? Date.parse(o.lastTimestamp) : NaN;
            return [
                Number.isNaN(last) ? '<unknown>' : humanDuration(now - last),
                o.type,
                o.reason,
                `${String(inv.kind ?? '').toLowerCase()}/${String(inv.name ?? '')}`,
                o.message,
            ];
        }
        default:
            return [nm, a];
    }
}
function wantsTable(accept) {
    return /as=Table/.test(accept ?? '');
}
function toTable(rt, items, now, includeObject, listMeta) {
    return {
        kind: 'Table',
        apiVersion: 'meta.k8s.io/v1',
        metadata: listMeta,
        columnDefinitions: columnsFor(rt).map((c) => ({
            name: c.name,
            type: c.type,
            format: c.format ?? '',
            description: '',
            priority: c.priority ?? 0,
        })),
        rows: items.map((o) => ({
            cells: cells(rt, o, now),
            object: includeObject === 'Object'
                ? { ...o, apiVersion: rt.group ? `${rt.group}/${rt.version}` : rt.version, kind: rt.kind }
                : includeObject === 'None'
                    ? undefined
                    : { kind: 'PartialObjectMetadata', apiVersion: 'meta.k8s.io/v1', metadata: o.metadata },
        })),
    };
}


/***/ }),

/***/ 3120:
/***/ ((__unused_webpack_module, exports) => {


/** Small local shapes for the Kubernetes objects the emulator touches. Every field is optional on purpose. */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.isRecord = isRecord;
exports.clone = clone;
exports.jsonEqual = jsonEqual;
exports.stableStringify = stableStringify;
exports.isoSeconds = isoSeconds;
exports.isoMicros = isoMicros;
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function clone(value) {
    return structuredClone(value);
}
/** Deep equality for JSON values (key order ignored). */
function jsonEqual(a, b) {
    if (a === b)
        return true;
    if (Array.isArray(a)) {
        return Array.isArray(b) && a.length === b.length && a.every((v, i) => jsonEqual(v, b[i]));
    }
    if (isRecord(a) && isRecord(b)) {
        const ka = Object.keys(a).filter((k) => a[k] !== undefined);
        const kb = Object.keys(b).filter((k) => b[k] !== undefined);
        return ka.length === kb.length && ka.every((k) => jsonEqual(a[k], b[k]));
    }
    return false;
}
/** JSON with sorted keys: a stable input for hashes. */
function stableStringify(value) {
    if (Array.isArray(value))
        return `[${value.map(stableStringify).join(',')}]`;
    if (isRecord(value)) {
        const keys = Object.keys(value)
            .filter((k) => value[k] !== undefined)
            .sort();
        return `{${keys.map((k) => `${JSON.stringify(k)}:${stableStringify(value[k])}`).join(',')}}`;
    }
    return JSON.stringify(value) ?? 'null';
}
/** RFC 3339 with second precision, as metav1.Time serialises. */
function isoSeconds(ms) {
    return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}
/** metav1.MicroTime. */
function isoMicros(ms) {
    return new Date(ms).toISOString().replace(/\.(\d{3})Z$/, '.$1000Z');
}


/***/ }),

/***/ 5250:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.LoopbackServer = void 0;
exports.withBody = withBody;
exports.forwardedHeaders = forwardedHeaders;
class LoopbackServer {
    server;
    sockets = new Set();
    /** `refuse`, when it answers true for a new connection, resets it (an outage). */
    constructor(server, refuse) {
        this.server = server;
        server.on('connection', (s) => {
            if (refuse?.()) {
                s.destroy();
                return;
            }
            this.sockets.add(s);
            s.on('close', () => this.sockets.delete(s));
        });
    }
    /** Listens on 127.0.0.1:0; resolves the port. */
    listen() {
        const server = this.server;
        return new Promise((resolve, reject) => {
            server.once('error', reject);
            server.listen(0, '127.0.0.1', () => resolve(server.address().port));
        });
    }
    /** Resets every open connection (the server keeps listening). */
    resetConnections() {
        for (const s of this.sockets)
            s.destroy();
    }
    /** Stops listening and resets every connection; resolves when the server has closed. */
    close() {
        const server = this.server;
        return new Promise((resolve) => {
            server.close(() => resolve());
            server.closeAllConnections?.();
            this.resetConnections();
        });
    }
}
exports.LoopbackServer = LoopbackServer;
/** A request listener that hands over the whole request body once it has arrived. */
function withBody(handle) {
    return (req, res) => {
        const chunks = [];
        req.on('data', (c) => chunks.push(c));
        req.on('end', () => handle(req, Buffer.concat(chunks), res));
    };
}
/** Hop-by-hop headers a proxy does not pass on (Node sets its own framing for the reply). */
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'transfer-encoding', 'content-length']);
/** An upstream's response headers as a proxy (the ALB, a Gateway) writes them back to its client. */
function forwardedHeaders(headers) {
    const out = {};
    for (const [k, v] of Object.entries(headers))
        if (v !== undefined && !HOP_BY_HOP.has(k))
            out[k] = v;
    return out;
}


/***/ }),

/***/ 37220:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.seededRandom = seededRandom;
/**
 * mulberry32: a small seeded PRNG, so that everything random in a simulation (generated names, injected errors,
 * churn) is the same on every run with the same seed. Returns floats in [0, 1).
 */
function seededRandom(seed) {
    let a = seed >>> 0;
    return () => {
        a = (a + 0x6d2b79f5) >>> 0;
        let t = a;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}


/***/ }),

/***/ 78370:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.makeSimTls = makeSimTls;
/**
 * A throw-away certificate authority for the simulator's HTTPS listeners, made at start-up with node:crypto:
 * an ECDSA P-256 CA and a server certificate it signs (SAN localhost and 127.0.0.1). Node can make keys but not
 * certificates, so the X.509 structures are written here in DER (RFC 5280), the few types they need and
 * nothing more. The CA's private key is dropped once the server certificate is signed; no key is ever written
 * to disk or shipped in a bundle.
 */
const node_crypto_1 = __webpack_require__(77598);
// ---- DER -------------------------------------------------------------------------------------------------
function length(n) {
    if (n < 0x80)
        return Buffer.from([n]);
    const bytes = [];
    for (let v = n; v > 0; v = Math.floor(v / 256))
        bytes.unshift(v & 0xff);
    return Buffer.from([0x80 | bytes.length, ...bytes]);
}
function tlv(tag, body) {
    return Buffer.concat([Buffer.from([tag]), length(body.length), body]);
}
const seq = (...items) => tlv(0x30, Buffer.concat(items));
const set = (...items) => tlv(0x31, Buffer.concat(items));
const octets = (b) => tlv(0x04, b);
const bits = (b) => tlv(0x03, Buffer.concat([Buffer.from([0]), b]));
const utf8 = (s) => tlv(0x0c, Buffer.from(s, 'utf8'));
const bool = (v) => tlv(0x01, Buffer.from([v ? 0xff : 0]));
const explicit = (n, body) => tlv(0xa0 + n, body);
function integer(b) {
    let i = 0;
    while (i < b.length - 1 && b[i] === 0)
        i++;
    const trimmed = b.subarray(i);
    return tlv(0x02, trimmed[0] & 0x80 ? Buffer.concat([Buffer.from([0]), trimmed]) : trimmed);
}
function oid(dotted) {
    const parts = dotted.split('.').map(Number);
    const out = [parts[0] * 40 + parts[1]];
    for (const p of parts.slice(2)) {
        const chunk = [p & 0x7f];
        for (let v = Math.floor(p / 128); v > 0; v = Math.floor(v / 128))
            chunk.unshift((v & 0x7f) | 0x80);
        out.push(...chunk);
    }
    return tlv(0x06, Buffer.from(out));
}
/** UTCTime for years before 2050, GeneralizedTime after (RFC 5280 4.1.2.5). */
function time(ms) {
    const iso = new Date(ms).toISOString(); // 2026-01-01T00:00:00.000Z
    const digits = iso.slice(0, 19).replace(/[-:T]/g, '');
    const year = Number(iso.slice(0, 4));
    return year < 2050
        ? tlv(0x17, Buffer.from(`${digits.slice(2)}Z`, 'ascii'))
        : tlv(0x18, Buffer.from(`${digits}Z`, 'ascii'));
}
const OID = {
    ecdsaWithSha256: '1.2.840.10045.4.3.2',
    commonName: '2.5.4.3',
    organization: '2.5.4.10',
    basicConstraints: '2.5.29.19',
    keyUsage: '2.5.29.15',
    extKeyUsage: '2.5.29.37',
    serverAuth: '1.3.6.1.5.5.7.3.1',
    subjectAltName: '2.5.29.17',
    subjectKeyId: '2.5.29.14',
    authorityKeyId: '2.5.29.35',
};
function name(cn) {
    return seq(set(seq(oid(OID.organization), utf8('Keelson simulator'))), set(seq(oid(OID.commonName), utf8(cn))));
}
function extension(id, critical, value) {
    return seq(oid(id), ...(critical ? [bool(true)] : []), octets(value));
}
/** keyUsage bits, most significant first: digitalSignature(0) … keyCertSign(5), cRLSign(6). */
function keyUsage(...bitsSet) {
    let byte = 0;
    for (const b of bitsSet)
        byte |= 0x80 >> b;
    const unused = byte === 0 ? 7 : Math.min(...bitsSet.map((b) => 7 - b));
    return tlv(0x03, Buffer.from([unused, byte]));
}
function keyId(spki) {
    return (0, node_crypto_1.createHash)('sha1').update(spki).digest();
}
function certificate(c) {
    const algorithm = seq(oid(OID.ecdsaWithSha256));
    const exts = [
        extension(OID.basicConstraints, true, c.ca ? seq(bool(true)) : seq()),
        extension(OID.keyUsage, true, c.ca ? keyUsage(0, 5, 6) : keyUsage(0)),
        extension(OID.subjectKeyId, false, octets(keyId(c.spki))),
        extension(OID.authorityKeyId, false, seq(tlv(0x80, keyId(c.issuerSpki)))),
    ];
    if (!c.ca)
        exts.push(extension(OID.extKeyUsage, false, seq(oid(OID.serverAuth))));
    if (c.sans) {
        const general = [
            ...c.sans.dns.map((d) => tlv(0x82, Buffer.from(d, 'ascii'))),
            ...c.sans.ips.map((ip) => tlv(0x87, Buffer.from(ip.split('.').map(Number)))),
        ];
        exts.push(extension(OID.subjectAltName, false, seq(...general)));
    }
    const tbs = seq(explicit(0, integer(Buffer.from([2]))), // v3
    integer(Buffer.concat([Buffer.from([0x01]), (0, node_crypto_1.randomBytes)(15)])), algorithm, name(c.issuer), seq(time(c.notBefore), time(c.notAfter)), name(c.subject), c.spki, explicit(3, seq(...exts)));
    const signature = (0, node_crypto_1.sign)('sha256', tbs, c.signer); // DER ECDSA-Sig-Value, as X.509 wants
    return seq(tbs, algorithm, bits(signature));
}
function pem(label, der) {
    const b64 = der.toString('base64').replace(/(.{64})/g, '$1\n');
    return `-----BEGIN ${label}-----\n${b64.replace(/\n$/, '')}\n-----END ${label}-----\n`;
}
/**
 * A fresh CA and server certificate. Validity is taken from the wall clock (TLS clients check it against theirs):
 * from an hour ago for `days` days.
 */
function makeSimTls(opts = {}) {
    const hosts = opts.hosts ?? ['localhost', '127.0.0.1'];
    const notBefore = Date.now() - 3_600_000;
    const notAfter = notBefore + (opts.days ?? 30) * 86_400_000;
    const ca = (0, node_crypto_1.generateKeyPairSync)('ec', { namedCurve: 'P-256' });
    const server = (0, node_crypto_1.generateKeyPairSync)('ec', { namedCurve: 'P-256' });
    const caSpki = ca.publicKey.export({ type: 'spki', format: 'der' });
    const serverSpki = server.publicKey.export({ type: 'spki', format: 'der' });
    const caDer = certificate({
        subject: 'keelson-simulator-ca',
        issuer: 'keelson-simulator-ca',
        spki: caSpki,
        issuerSpki: caSpki,
        signer: ca.privateKey,
        ca: true,
        notBefore,
        notAfter,
    });
    const serverDer = certificate({
        subject: hosts[0] ?? 'localhost',
        issuer: 'keelson-simulator-ca',
        spki: serverSpki,
        issuerSpki: caSpki,
        signer: ca.privateKey,
        ca: false,
        notBefore,
        notAfter,
        sans: {
            dns: hosts.filter((h) => !/^\d+\.\d+\.\d+\.\d+$/.test(h)),
            ips: hosts.filter((h) => /^\d+\.\d+\.\d+\.\d+$/.test(h)),
        },
    });
    return {
        caPem: pem('CERTIFICATE', caDer),
        cert: pem('CERTIFICATE', serverDer),
        key: server.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    };
}


/***/ })

};
