export const id = 4060;
export const ids = [4060,2296,6157];
export const modules = {

/***/ 58808:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.startSimulation = startSimulation;
exports.finalState = finalState;
exports.describeTraffic = describeTraffic;
exports.liveTargetsHealthyAfter = liveTargetsHealthyAfter;
/**
 * The in-process platform behind `keelson rollout --simulate` and `keelson demo`: the Kubernetes emulator with its
 * controllers (HPA, the AWS Load Balancer Controller and ALBs, the ELBv2 API), real HTTP on 127.0.0.1, on
 * virtual time by default. It also answers what users saw and what the cluster looks like afterwards.
 */
const node_http_1 = __importDefault(__webpack_require__(37067));
const cloudwatch_js_1 = __webpack_require__(53409);
const cloudwatch_js_2 = __webpack_require__(6617);
const elbv2_js_1 = __webpack_require__(8288);
const clock_js_1 = __webpack_require__(84517);
const client_js_1 = __webpack_require__(50301);
const clock_js_2 = __webpack_require__(75037);
const index_js_1 = __webpack_require__(56693);
/** The ALB Ingress whose rules route to `service`, if one does. */
function albIngressOf(emulator, ns, service) {
    return emulator.objects.list('Ingress', ns).find((ing) => {
        if (!emulator.sim.lbc?.isAlb(ing))
            return false;
        const rules = ing.spec
            .rules ?? [];
        return rules.some((r) => (r.http?.paths ?? []).some((p) => p.backend?.service?.name === service));
    });
}
/**
 * `speed` undefined: virtual time (the default: as fast as the machine computes it, and the same outcome on a
 * busy machine as on an idle one); a number: that many times the wall clock, to watch it happen. The namespace
 * exists and is labelled for the load balancer controller's pod readiness gates, as platform teams set it up.
 */
async function startSimulation(speed, namespace = 'default') {
    const clock = speed === undefined ? new clock_js_2.VirtualClock() : new clock_js_1.ScaledClock(speed);
    const emulator = await (0, index_js_1.startKubeEmulator)({
        clock,
        tickMs: 500,
        namespaces: namespace === 'default' ? [] : [namespace],
        awsLoadBalancerController: true,
        gatewayApi: true,
    });
    const kube = new client_js_1.KubeClient({ server: emulator.url, token: async () => emulator.token }, { clock, retryFor: 60_000 });
    await kube.patch({ apiVersion: 'v1', kind: 'Namespace', name: namespace }, { metadata: { labels: { 'elbv2.k8s.aws/pod-readiness-gate-inject': 'enabled' } } });
    const elbv2 = (0, elbv2_js_1.sdkElbv2)({
        region: emulator.region,
        endpoint: emulator.elbv2Endpoint,
        credentials: index_js_1.TEST_CREDENTIALS[0],
    });
    if (!emulator.sim.elbv2 || !emulator.sim.alb)
        throw new Error('the simulation has no ALBs');
    // ALB metrics as AWS publishes them: per minute, about a minute after the minute ends.
    const cloudwatchApi = new cloudwatch_js_2.CloudWatchApi(clock, emulator.sim.elbv2, emulator.sim.alb, index_js_1.TEST_CREDENTIALS, {
        publishDelayMs: 60_000,
    });
    const key = index_js_1.TEST_CREDENTIALS[0];
    const cloudwatch = (0, cloudwatch_js_1.cloudWatchClient)({
        region: emulator.region,
        clock,
        env: { AWS_ENDPOINT_URL_CLOUDWATCH: await cloudwatchApi.start() },
        credentials: async () => key,
    });
    return {
        clock,
        emulator,
        kube,
        elbv2,
        cloudwatch,
        cloudwatchApi,
        loadBalancerUrl: (dns) => emulator.sim.loadBalancerUrl(dns),
        loadBalancerArn: (ns, service) => {
            const ingress = albIngressOf(emulator, ns, service);
            return ingress ? emulator.sim.lbc?.loadBalancerOf(ns, ingress.metadata.name ?? '')?.arn : undefined;
        },
        userUrl: async (ns, service) => {
            const ingress = albIngressOf(emulator, ns, service);
            if (ingress) {
                const url = await emulator.sim.albUrl(ns, ingress.metadata.name ?? '');
                const dns = emulator.sim.lbc?.loadBalancerOf(ns, ingress.metadata.name ?? '')?.dnsName;
                if (url)
                    return { url, via: `the ALB of Ingress ${ingress.metadata.name} (${dns})` };
            }
            // An HTTPRoute to the service: users come in through its Gateway's listener.
            const route = emulator.objects.list('HTTPRoute', ns).find((r) => {
                const rules = r.spec.rules ?? [];
                return rules.some((x) => (x.backendRefs ?? []).some((b) => b.name === service));
            });
            const parent = route?.spec
                ?.parentRefs?.[0];
            if (route && parent) {
                const url = await emulator.sim.gatewayUrl(parent.namespace ?? ns, parent.name);
                if (url)
                    return {
                        url,
                        via: `Gateway ${parent.name} (HTTPRoute ${route.metadata.name})`,
                    };
            }
            return { url: await emulator.sim.serviceUrl(ns, service), via: `Service ${service}` };
        },
        traffic: async (url, n = 100) => {
            const counts = {};
            for (let i = 0; i < n; i++) {
                const v = await new Promise((resolve) => {
                    node_http_1.default
                        .get(`${url}/`, { agent: false }, (res) => {
                        res.resume();
                        res.on('end', () => {
                            const status = res.statusCode ?? 0;
                            const version = res.headers['x-version'];
                            resolve(status >= 500 || typeof version !== 'string' ? `HTTP ${status}` : version);
                        });
                    })
                        .on('error', () => resolve('connection refused'));
                });
                counts[v] = (counts[v] ?? 0) + 1;
            }
            return counts;
        },
        close: async () => {
            kube.close();
            await cloudwatchApi.close();
            await emulator.close();
            if (clock instanceof clock_js_2.VirtualClock)
                clock.stop();
        },
    };
}
/** The cluster as a rollout left it: Deployments (with the lowest replicas seen), HPAs and Services. */
function finalState(emulator, namespace, low, release = { deployments: [] }) {
    const out = { deployments: {}, hpas: {}, services: {}, release: {} };
    for (const d of emulator.objects.list('Deployment', namespace)) {
        const spec = d.spec;
        const replicas = spec.replicas ?? 0;
        out.deployments[d.metadata.name ?? ''] = {
            replicas,
            readyReplicas: d.status?.readyReplicas ?? 0,
            replicasLow: Math.min(replicas, low(d.metadata.name ?? '') ?? replicas),
            images: (spec.template?.spec?.containers ?? []).map((c) => c.image ?? ''),
        };
    }
    for (const name of release.deployments) {
        const live = release.liveColor ? `${name}-${release.liveColor}` : name;
        const d = out.deployments[live];
        out.release[name] = d
            ? { deployment: live, images: d.images, replicas: d.replicas, readyReplicas: d.readyReplicas }
            : { deployment: null, images: [], replicas: 0, readyReplicas: 0 };
    }
    for (const h of emulator.objects.list('HorizontalPodAutoscaler', namespace)) {
        const st = (h.status ?? {});
        out.hpas[h.metadata.name ?? ''] = {
            target: h.spec.scaleTargetRef?.name ?? '',
            currentReplicas: st.currentReplicas ?? 0,
            desiredReplicas: st.desiredReplicas ?? 0,
        };
    }
    for (const s of emulator.objects.list('Service', namespace)) {
        if (namespace === 'default' && s.metadata.name === 'kubernetes')
            continue;
        out.services[s.metadata.name ?? ''] = {
            selector: s.spec.selector ?? {},
        };
    }
    return out;
}
function describeTraffic(counts) {
    const total = Object.values(counts).reduce((a, b) => a + b, 0);
    return Object.entries(counts)
        .sort((a, b) => b[1] - a[1])
        .map(([v, n]) => `${Math.round((n / total) * 100)}% ${v}`)
        .join(', ');
}
/**
 * Seconds from `switchAt` until every pod that took users at the switch (the live Service's pods at the end that
 * existed then) was a healthy target of the target group the ALB sends users to (0 when they already were);
 * undefined when no ALB fronts the service or they never all were.
 */
function liveTargetsHealthyAfter(emulator, namespace, service, switchAt) {
    const elbv2 = emulator.sim.elbv2;
    if (!elbv2)
        return undefined;
    const svc = emulator.objects.get('Service', namespace, service);
    const selector = svc?.spec?.selector;
    if (!selector)
        return undefined;
    const ingress = emulator.objects
        .list('Ingress', namespace)
        .find((i) => i.metadata.annotations?.[`alb.ingress.kubernetes.io/actions.${service}`] !== undefined);
    let backend = service;
    const action = ingress?.metadata.annotations?.[`alb.ingress.kubernetes.io/actions.${service}`];
    if (action) {
        const groups = JSON.parse(action)
            .forwardConfig?.targetGroups ?? [];
        backend = groups.find((g) => g.weight > 0)?.serviceName ?? service;
    }
    const tgb = emulator.objects
        .list('TargetGroupBinding', namespace)
        .find((t) => t.spec.serviceRef?.name === backend);
    const arn = tgb?.spec?.targetGroupARN;
    if (!arn)
        return undefined;
    // The pods that took users at the switch: selected by the live Service at the end and created before it (an
    // HPA may have added some since, which have their own way to becoming healthy).
    const ips = emulator.objects
        .list('Pod', namespace)
        .filter((p) => !p.metadata.deletionTimestamp &&
        Object.entries(selector).every(([k, v]) => p.metadata.labels?.[k] === v) &&
        Date.parse(p.metadata.creationTimestamp ?? '') <= switchAt)
        .map((p) => p.status?.podIP)
        .filter((ip) => !!ip);
    if (ips.length === 0)
        return undefined;
    const state = new Map();
    const allHealthy = () => ips.every((ip) => state.get(ip) === 'healthy');
    const events = elbv2.history.filter((e) => e.targetGroupArn === arn);
    let i = 0;
    for (; i < events.length && events[i].at <= switchAt; i++)
        state.set(events[i].id, events[i].state);
    if (allHealthy())
        return 0;
    for (; i < events.length; i++) {
        state.set(events[i].id, events[i].state);
        if (allHealthy())
            return (events[i].at - switchAt) / 1000;
    }
    return undefined;
}


/***/ }),

/***/ 53409:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.albDimension = albDimension;
exports.cloudWatchClient = cloudWatchClient;
const json_client_js_1 = __webpack_require__(15603);
/** `arn:…:loadbalancer/app/web/abc` → `app/web/abc`; `arn:…:targetgroup/k8s-…/def` → `targetgroup/k8s-…/def`. */
function albDimension(arnOrValue) {
    const m = /:(?:loadbalancer\/)?((?:app|targetgroup)\/[^/]+\/[^/]+)$/.exec(arnOrValue);
    return m?.[1] ?? arnOrValue;
}
function cloudWatchClient(access) {
    const client = new json_client_js_1.AwsJsonClient({
        service: 'monitoring',
        endpointPrefix: 'monitoring',
        targetPrefix: 'GraniteServiceVersion20100801',
        endpointEnv: 'CLOUDWATCH',
        jsonVersion: '1.0',
        region: access.region,
        clock: access.clock,
        env: access.env,
        credentials: access.credentials,
        // The analysis runs on the deploy's clock (simulated time under the simulator); AWS checks signatures on the wall's.
        signingTime: Date.now,
        // A probe has a few seconds: one retry, then the analysis decides (inconclusive).
        maxAttempts: 2,
    });
    return {
        region: access.region,
        async getMetricData(queries, range, signal) {
            const out = new Map();
            let next;
            for (let page = 0; page < 20; page++) {
                const r = await client.call('GetMetricData', {
                    StartTime: Math.floor(range.start / 1000),
                    EndTime: Math.ceil(range.end / 1000),
                    ScanBy: 'TimestampDescending',
                    MetricDataQueries: queries.map((q) => ({
                        Id: q.id,
                        ReturnData: true,
                        MetricStat: {
                            Metric: {
                                Namespace: q.namespace,
                                MetricName: q.metricName,
                                Dimensions: Object.entries(q.dimensions).map(([Name, Value]) => ({ Name, Value })),
                            },
                            Period: q.periodSeconds,
                            Stat: q.stat,
                        },
                    })),
                    ...(next ? { NextToken: next } : {}),
                }, { signal });
                for (const m of r.MetricDataResults ?? []) {
                    const id = m.Id ?? '';
                    const s = out.get(id) ?? { id, timestamps: [], values: [], status: m.StatusCode ?? 'Complete' };
                    s.timestamps.push(...(m.Timestamps ?? []).map((t) => Number(t) * 1000));
                    s.values.push(...(m.Values ?? []).map(Number));
                    s.status = m.StatusCode ?? s.status;
                    out.set(id, s);
                }
                next = r.NextToken;
                if (!next)
                    break;
            }
            return queries.map((q) => out.get(q.id) ?? { id: q.id, timestamps: [], values: [], status: 'Complete' });
        },
        async describeAlarms(names, signal) {
            const r = await client.call('DescribeAlarms', { AlarmNames: names, AlarmTypes: ['MetricAlarm', 'CompositeAlarm'], MaxRecords: 100 }, { signal });
            const of = (a, composite) => ({
                name: a.AlarmName ?? '',
                state: (a.StateValue ?? 'INSUFFICIENT_DATA'),
                reason: a.StateReason ?? '',
                composite,
            });
            return [
                ...(r.MetricAlarms ?? []).map((a) => of(a, false)),
                ...(r.CompositeAlarms ?? []).map((a) => of(a, true)),
            ];
        },
    };
}


/***/ }),

/***/ 8288:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.sdkElbv2 = sdkElbv2;
function sdkElbv2(access) {
    let loaded;
    const client = () => (loaded ??= Promise.all(/* import() */[__webpack_require__.e(5118), __webpack_require__.e(5861), __webpack_require__.e(586)]).then(__webpack_require__.t.bind(__webpack_require__, 50586, 19)).then((sdk) => ({
        sdk,
        client: new sdk.ElasticLoadBalancingV2Client({
            region: access.region,
            ...(access.endpoint ? { endpoint: access.endpoint } : {}),
            ...(access.credentials ? { credentials: access.credentials } : {}),
            maxAttempts: 5,
        }),
    })));
    return {
        targetHealth: async (arn) => {
            const { sdk, client: c } = await client();
            const r = await c.send(new sdk.DescribeTargetHealthCommand({ TargetGroupArn: arn }));
            return (r.TargetHealthDescriptions ?? []).map((d) => ({
                id: d.Target?.Id ?? '',
                port: d.Target?.Port ?? 0,
                state: d.TargetHealth?.State ?? 'unavailable',
                reason: d.TargetHealth?.Reason,
                description: d.TargetHealth?.Description,
            }));
        },
        targetGroupAttributes: async (arn) => {
            const { sdk, client: c } = await client();
            const r = await c.send(new sdk.DescribeTargetGroupAttributesCommand({ TargetGroupArn: arn }));
            return Object.fromEntries((r.Attributes ?? []).map((a) => [a.Key ?? '', a.Value ?? '']));
        },
        loadBalancerByDns: async (dnsName) => {
            const { sdk, client: c } = await client();
            let marker;
            do {
                const page = await c.send(new sdk.DescribeLoadBalancersCommand({ Marker: marker }));
                const lb = (page.LoadBalancers ?? []).find((x) => x.DNSName?.toLowerCase() === dnsName.toLowerCase());
                if (lb?.LoadBalancerArn) {
                    const ls = await c.send(new sdk.DescribeListenersCommand({ LoadBalancerArn: lb.LoadBalancerArn }));
                    return {
                        arn: lb.LoadBalancerArn,
                        dnsName: lb.DNSName ?? dnsName,
                        scheme: lb.Scheme ?? 'internal',
                        listeners: (ls.Listeners ?? []).map((l) => ({
                            arn: l.ListenerArn ?? '',
                            port: l.Port ?? 0,
                            protocol: l.Protocol ?? 'HTTP',
                        })),
                    };
                }
                marker = page.NextMarker;
            } while (marker);
            return undefined;
        },
        rules: async (listenerArn) => {
            const { sdk, client: c } = await client();
            const out = [];
            let marker;
            do {
                const page = await c.send(new sdk.DescribeRulesCommand({ ListenerArn: listenerArn, Marker: marker }));
                for (const r of page.Rules ?? []) {
                    const forward = (r.Actions ?? []).find((a) => a.Type === 'forward');
                    out.push({
                        arn: r.RuleArn ?? '',
                        priority: r.Priority ?? '',
                        conditions: (r.Conditions ?? []).flatMap((c2) => c2.Field === 'http-header'
                            ? [`${c2.HttpHeaderConfig?.HttpHeaderName}=${(c2.HttpHeaderConfig?.Values ?? []).join('|')}`]
                            : (c2.Values ?? c2.PathPatternConfig?.Values ?? c2.HostHeaderConfig?.Values ?? [])),
                        forward: forward
                            ? (forward.ForwardConfig?.TargetGroups ?? []).map((t) => ({
                                targetGroupArn: t.TargetGroupArn ?? '',
                                weight: t.Weight ?? 1,
                            }))
                            : [],
                    });
                }
                marker = page.NextMarker;
            } while (marker);
            return out;
        },
    };
}


/***/ }),

/***/ 15603:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.AwsJsonClient = exports.AwsServiceError = void 0;
exports.defaultCredentials = defaultCredentials;
const errors_js_1 = __webpack_require__(97268);
const regions_js_1 = __webpack_require__(42296);
/** An error answered by the service: `code` is the modelled exception name (e.g. RepositoryNotFoundException). */
class AwsServiceError extends Error {
    code;
    status;
    operation;
    name = 'AwsServiceError';
    constructor(code, message, status, operation) {
        super(message);
        this.code = code;
        this.status = status;
        this.operation = operation;
    }
}
exports.AwsServiceError = AwsServiceError;
const RETRYABLE_CODES = new Set([
    'ThrottlingException',
    'Throttling',
    'TooManyRequestsException',
    'RequestLimitExceeded',
    'ServerException',
    'ServiceUnavailable',
    'InternalFailure',
]);
/**
 * The SDK's default credential chain (env, web identity from configure-aws-credentials OIDC, profiles, IMDS).
 * Keys in the environment — what configure-aws-credentials exports — are read directly, as the chain's first
 * link would, without loading the chain (≈ 400 KiB of code).
 */
async function defaultCredentials(input = 'aws-region', env = process.env, 
/** What else the user could do, appended to the error (", or pass a kubeconfig"). */
alternative = '') {
    if (env.AWS_ACCESS_KEY_ID && env.AWS_SECRET_ACCESS_KEY) {
        return {
            accessKeyId: env.AWS_ACCESS_KEY_ID,
            secretAccessKey: env.AWS_SECRET_ACCESS_KEY,
            ...(env.AWS_SESSION_TOKEN ? { sessionToken: env.AWS_SESSION_TOKEN } : {}),
        };
    }
    const { defaultProvider } = await Promise.all(/* import() */[__webpack_require__.e(5118), __webpack_require__.e(5861)]).then(__webpack_require__.t.bind(__webpack_require__, 5861, 19));
    try {
        const c = await defaultProvider()();
        return { accessKeyId: c.accessKeyId, secretAccessKey: c.secretAccessKey, sessionToken: c.sessionToken };
    }
    catch (e) {
        throw new errors_js_1.InputError(input, `No AWS credentials found (${e instanceof Error ? e.message.split('\n')[0] : String(e)}). ` +
            `Run aws-actions/configure-aws-credentials before this step${alternative}.`);
    }
}
class AwsJsonClient {
    opts;
    endpoint;
    credentials;
    /** Operations called, in order (for summaries and the bench's API-call counts). */
    calls = [];
    constructor(opts) {
        this.opts = opts;
        const env = opts.env ?? process.env;
        const key = `AWS_ENDPOINT_URL_${opts.endpointEnv ?? opts.service.toUpperCase().replace(/[^A-Z0-9]/g, '_')}`;
        const override = env[key] || env.AWS_ENDPOINT_URL;
        const suffix = (0, regions_js_1.partitionOf)(opts.region)?.dnsSuffix ?? 'amazonaws.com';
        const raw = override || `https://${opts.endpointPrefix}.${opts.region}.${suffix}`;
        try {
            this.endpoint = new URL(raw);
        }
        catch {
            throw new errors_js_1.InputError(key, `Invalid ${override ? key : 'endpoint'} '${raw}'. Expected a URL such as https://host.`);
        }
    }
    async call(operation, input, o = {}) {
        const max = this.opts.maxAttempts ?? 4;
        for (let attempt = 1;; attempt++) {
            try {
                return (await this.once(operation, input, o.signal));
            }
            catch (e) {
                if (o.signal?.aborted)
                    throw e;
                const retryable = (e instanceof AwsServiceError &&
                    (RETRYABLE_CODES.has(e.code) || e.status >= 500 || e.status === 429)) ||
                    (!(e instanceof AwsServiceError) && isConnectionError(e));
                if (!retryable || attempt >= max)
                    throw this.explain(e, operation);
                // Full jitter on 200 ms · 2^n, as the SDK's standard retry strategy.
                await this.opts.clock.sleep(Math.random() * 200 * 2 ** attempt, o.signal);
            }
        }
    }
    explain(e, operation) {
        if (e instanceof AwsServiceError)
            return e;
        const code = e.code;
        if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') {
            return new errors_js_1.InputError(this.opts.regionInput ?? 'aws-region', `${operation}: the endpoint ${this.endpoint.host} does not resolve (${code}); check the region ` +
                `'${this.opts.region}' and AWS_ENDPOINT_URL_${this.opts.service.toUpperCase()}.`);
        }
        return e;
    }
    async once(operation, input, signal) {
        this.credentials ??= await (this.opts.credentials ?? (() => defaultCredentials(this.opts.regionInput, this.opts.env ?? process.env)))();
        const body = JSON.stringify(input);
        const url = this.endpoint;
        // Loaded on first call, so reading inputs (and failing on a bad one) costs no signer start-up.
        const [{ SignatureV4 }, { createHash, createHmac }] = await Promise.all([
            __webpack_require__.e(/* import() */ 5118).then(__webpack_require__.t.bind(__webpack_require__, 75118, 19)),
            Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 77598, 23)),
        ]);
        // SHA-256 and HMAC from node:crypto (OpenSSL) rather than a JavaScript implementation.
        class NodeSha256 {
            h;
            constructor(secret) {
                this.h = secret === undefined ? createHash('sha256') : createHmac('sha256', toBuffer(secret));
            }
            update(data) {
                this.h.update(toBuffer(data));
            }
            async digest() {
                return new Uint8Array(this.h.digest());
            }
            reset() {
                throw new Error('reset is not supported');
            }
        }
        const signer = new SignatureV4({
            service: this.opts.service,
            region: this.opts.region,
            sha256: NodeSha256,
            credentials: this.credentials,
        });
        const path = url.pathname || '/';
        const signed = await signer.sign({
            method: 'POST',
            protocol: url.protocol,
            hostname: url.hostname,
            port: url.port ? Number(url.port) : undefined,
            path,
            query: {},
            headers: {
                host: url.host,
                'content-type': `application/x-amz-json-${this.opts.jsonVersion ?? '1.1'}`,
                'x-amz-target': `${this.opts.targetPrefix}.${operation}`,
                'content-length': String(Buffer.byteLength(body)),
            },
            body,
        }, { signingDate: new Date((this.opts.signingTime ?? (() => this.opts.clock.now()))()) });
        this.calls.push(operation);
        const { status, text } = await post(url, path, signed.headers, body, signal);
        if (status >= 200 && status < 300)
            return text ? JSON.parse(text) : {};
        let code = `HTTP${status}`;
        let message = text.slice(0, 500);
        try {
            const doc = JSON.parse(text);
            if (doc.__type)
                code = doc.__type.split('#').pop();
            message = doc.message ?? doc.Message ?? message;
        }
        catch {
            // not JSON: keep the status and the text
        }
        throw new AwsServiceError(code, message, status, operation);
    }
}
exports.AwsJsonClient = AwsJsonClient;
function toBuffer(data) {
    if (typeof data === 'string')
        return Buffer.from(data, 'utf8');
    if (ArrayBuffer.isView(data))
        return Buffer.from(data.buffer, data.byteOffset, data.byteLength);
    return Buffer.from(data);
}
function isConnectionError(e) {
    const code = e?.code ?? '';
    return ['ECONNRESET', 'ECONNREFUSED', 'ETIMEDOUT', 'EPIPE', 'EAI_AGAIN', 'ESOCKETTIMEDOUT'].includes(code);
}
async function post(url, path, headers, body, signal) {
    const mod = url.protocol === 'http:' ? await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 37067, 23)) : await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 44708, 23));
    return new Promise((resolve, reject) => {
        const req = mod.request({
            method: 'POST',
            hostname: url.hostname,
            port: url.port || undefined,
            path,
            headers,
            timeout: 60_000,
            ...(signal ? { signal } : {}),
        }, (res) => {
            const chunks = [];
            res.on('data', (c) => chunks.push(c));
            res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
            res.on('error', reject);
        });
        req.on('timeout', () => req.destroy(Object.assign(new Error('request timed out'), { code: 'ETIMEDOUT' })));
        req.on('error', reject);
        req.end(body);
    });
}


/***/ }),

/***/ 42296:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.PARTITIONS = void 0;
exports.partitionOf = partitionOf;
exports.parseRegion = parseRegion;
/**
 * AWS regions and their partitions' DNS suffixes, copied from the partition table that ships with the AWS SDK
 * Keelson pins (@aws-sdk/core, util-endpoints partitions). test/aws-regions.test.ts fails when the SDK learns
 * a region this list lacks, so an SDK upgrade brings new regions here too. A region outside the list is an
 * input error at once, instead of a DNS failure (or a silent call to the wrong place) later.
 */
const errors_js_1 = __webpack_require__(97268);
exports.PARTITIONS = [
    {
        id: 'aws',
        dnsSuffix: 'amazonaws.com',
        regions: [
            'af-south-1',
            'ap-east-1',
            'ap-east-2',
            'ap-northeast-1',
            'ap-northeast-2',
            'ap-northeast-3',
            'ap-south-1',
            'ap-south-2',
            'ap-southeast-1',
            'ap-southeast-2',
            'ap-southeast-3',
            'ap-southeast-4',
            'ap-southeast-5',
            'ap-southeast-6',
            'ap-southeast-7',
            'ca-central-1',
            'ca-west-1',
            'eu-central-1',
            'eu-central-2',
            'eu-north-1',
            'eu-south-1',
            'eu-south-2',
            'eu-west-1',
            'eu-west-2',
            'eu-west-3',
            'il-central-1',
            'me-central-1',
            'me-south-1',
            'me-west-1',
            'mx-central-1',
            'sa-east-1',
            'sa-west-1',
            'us-east-1',
            'us-east-2',
            'us-west-1',
            'us-west-2',
        ],
    },
    { id: 'aws-cn', dnsSuffix: 'amazonaws.com.cn', regions: ['cn-north-1', 'cn-northwest-1'] },
    { id: 'aws-eusc', dnsSuffix: 'amazonaws.eu', regions: ['eusc-de-east-1'] },
    { id: 'aws-iso', dnsSuffix: 'c2s.ic.gov', regions: ['us-iso-east-1', 'us-iso-west-1'] },
    { id: 'aws-iso-b', dnsSuffix: 'sc2s.sgov.gov', regions: ['us-isob-east-1', 'us-isob-west-1'] },
    { id: 'aws-iso-e', dnsSuffix: 'cloud.adc-e.uk', regions: ['eu-isoe-west-1'] },
    { id: 'aws-iso-f', dnsSuffix: 'csp.hci.ic.gov', regions: ['us-isof-east-1', 'us-isof-south-1'] },
    { id: 'aws-us-gov', dnsSuffix: 'amazonaws.com', regions: ['us-gov-east-1', 'us-gov-west-1'] },
];
function partitionOf(region) {
    return exports.PARTITIONS.find((p) => p.regions.includes(region));
}
/** A region AWS has, or an InputError naming the input with the nearest known regions. */
function parseRegion(input, raw) {
    const region = raw.trim();
    if (partitionOf(region))
        return region;
    const prefix = region.split('-').slice(0, 2).join('-');
    const near = exports.PARTITIONS.flatMap((p) => p.regions).filter((r) => prefix && r.startsWith(prefix));
    const example = near.length > 0 ? near.slice(0, 6).join(', ') : 'us-east-1, eu-west-1, ap-southeast-2';
    throw errors_js_1.InputError.invalid(input, raw, `an AWS region that exists, such as ${example}`);
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

/***/ 6617:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.CloudWatchApi = void 0;
exports.dimensionOf = dimensionOf;
/**
 * The CloudWatch API as far as a canary's analysis meets it (AWS JSON 1.0, `X-Amz-Target:
 * GraniteServiceVersion20100801.<Operation>`, SigV4 for service `monitoring`, what @aws-sdk/client-cloudwatch
 * speaks), computed from the simulated ALBs' real request log:
 *
 * - GetMetricData with MetricStat queries on `AWS/ApplicationELB`: `RequestCount`, `HTTPCode_Target_2XX_Count`,
 *   `HTTPCode_Target_4XX_Count`, `HTTPCode_Target_5XX_Count`, `HTTPCode_ELB_5XX_Count` and `TargetResponseTime`
 *   (seconds), with the statistics Sum, Average, Minimum, Maximum, SampleCount and percentiles (`p99`, nearest
 *   rank), by `LoadBalancer` (`app/<name>/<id>`) and optionally `TargetGroup` (`targetgroup/<name>/<id>`), in
 *   buckets of `Period` seconds from StartTime; a bucket with no request has no datapoint, as in CloudWatch.
 *   Metric math (`Expression`) is refused with InvalidParameterValue naming the query.
 * - DescribeAlarms: alarms a simulation sets to a state (`setAlarm`, as SetAlarmState would), or defines as
 *   CloudWatch would (`defineAlarm`: a threshold on one of those metrics over the last evaluation periods of the
 *   same request log, evaluated when asked).
 * - `publishDelayMs` (the simulator sets it): as the ALB's metrics really are, per minute (standard resolution) and
 *   published that long after their minute ends; a period that is not whole minutes has no datapoint, and a range
 *   starts at its minute (CloudWatch rounds StartTime down). Without it, any period from the log as it is now.
 * - `outage`: answers every call with a throttling or access-denied error, as an over-used or misconfigured
 *   account would.
 */
const node_crypto_1 = __webpack_require__(77598);
const node_http_1 = __importDefault(__webpack_require__(37067));
const errors_js_1 = __webpack_require__(97268);
const clock_js_1 = __webpack_require__(75037);
const loopback_js_1 = __webpack_require__(5250);
const sigv4_js_1 = __webpack_require__(56874);
const TARGET_PREFIX = 'GraniteServiceVersion20100801.';
/** The Smithy error shapes behind CloudWatch's Query error codes (the JSON protocol's `__type`). */
const SHAPES = {
    InvalidParameterValue: 'InvalidParameterValueException',
    InvalidParameterCombination: 'InvalidParameterCombinationException',
    MissingParameter: 'MissingRequiredParameterException',
};
class ApiError extends Error {
    status;
    code;
    constructor(status, code, message) {
        super(message);
        this.status = status;
        this.code = code;
    }
}
/** `arn:…:loadbalancer/app/web/abc` → `app/web/abc`; `arn:…:targetgroup/k8s-…/def` → `targetgroup/k8s-…/def`. */
function dimensionOf(arn) {
    const m = /:(?:loadbalancer\/)?((?:app|targetgroup)\/[^/]+\/[^/]+)$/.exec(arn);
    return m?.[1] ?? arn;
}
const METRICS = {
    RequestCount: { stat: 'Sum', pick: (s) => (s.elb && !s.targetGroup ? undefined : 1) },
    HTTPCode_Target_5XX_Count: { stat: 'Sum', pick: (s) => (!s.elb && s.status >= 500 ? 1 : undefined) },
    HTTPCode_Target_2XX_Count: {
        stat: 'Sum',
        pick: (s) => (!s.elb && s.status >= 200 && s.status < 300 ? 1 : undefined),
    },
    HTTPCode_Target_4XX_Count: {
        stat: 'Sum',
        pick: (s) => (!s.elb && s.status >= 400 && s.status < 500 ? 1 : undefined),
    },
    HTTPCode_ELB_5XX_Count: { stat: 'Sum', pick: (s) => (s.elb && s.status >= 500 ? 1 : undefined) },
    TargetResponseTime: {
        stat: 'Average',
        pick: (s) => (s.elb || s.ms === undefined ? undefined : s.ms / 1000),
    },
};
class CloudWatchApi {
    clock;
    elbv2;
    alb;
    credentials;
    opts;
    server;
    alarms = new Map();
    defined = new Map();
    /** Every call answers this error while set (ThrottlingException: 400, AccessDenied: 403). */
    outage;
    requests = [];
    url = '';
    constructor(clock, elbv2, alb, credentials, opts = {}) {
        this.clock = clock;
        this.elbv2 = elbv2;
        this.alb = alb;
        this.credentials = credentials;
        this.opts = opts;
    }
    async start() {
        const server = node_http_1.default.createServer((0, loopback_js_1.withBody)((req, body, res) => this.handle(req, body, res)));
        (0, clock_js_1.watchServer)(server, this.clock);
        this.server = new loopback_js_1.LoopbackServer(server);
        this.url = `http://127.0.0.1:${await this.server.listen()}`;
        return this.url;
    }
    async close() {
        await this.server?.close();
    }
    /** Sets an alarm's state (created when new), as CloudWatch's evaluation or SetAlarmState would. */
    setAlarm(a) {
        this.defined.delete(a.name);
        this.alarms.set(a.name, { ...a, at: this.clock.now() });
    }
    /** Defines a metric alarm whose state is computed from the request log whenever it is described. */
    defineAlarm(d) {
        this.alarms.delete(d.name);
        this.defined.set(d.name, d);
    }
    handle(req, body, res) {
        const target = String(req.headers['x-amz-target'] ?? '');
        const operation = target.startsWith(TARGET_PREFIX) ? target.slice(TARGET_PREFIX.length) : target;
        const record = { at: this.clock.now(), operation, status: 0 };
        this.requests.push(record);
        const send = (status, doc, headers = {}) => {
            record.status = status;
            res.writeHead(status, {
                'content-type': 'application/x-amz-json-1.0',
                'x-amzn-requestid': (0, node_crypto_1.randomUUID)(),
                ...headers,
            });
            res.end(JSON.stringify(doc));
        };
        try {
            try {
                (0, sigv4_js_1.verifySigV4)((0, sigv4_js_1.signedRequest)(req, body), {
                    credentials: this.credentials,
                    service: 'monitoring',
                    region: this.elbv2.region,
                    now: Date.now(),
                });
            }
            catch (e) {
                if (e instanceof sigv4_js_1.SigV4Error)
                    throw new ApiError(403, e.code, e.message);
                throw e;
            }
            if (this.outage === 'ThrottlingException')
                throw new ApiError(400, 'Throttling', 'Rate exceeded');
            if (this.outage === 'AccessDenied')
                throw new ApiError(403, 'AccessDenied', `User: arn:aws:iam::123456789012:user/keelson is not authorized to perform: cloudwatch:${operation}`);
            let input;
            try {
                input = JSON.parse(body.toString('utf8') || '{}');
            }
            catch {
                throw new ApiError(400, 'SerializationException', 'the body is not JSON');
            }
            if (operation === 'GetMetricData')
                return send(200, this.getMetricData(input));
            if (operation === 'DescribeAlarms')
                return send(200, this.describeAlarms(input));
            throw new ApiError(400, 'UnknownOperationException', `unsupported operation ${target}`);
        }
        catch (e) {
            const err = e instanceof ApiError ? e : new ApiError(500, 'InternalFailure', (0, errors_js_1.errorMessage)(e));
            send(err.status, { __type: `com.amazonaws.cloudwatch#${SHAPES[err.code] ?? err.code}`, message: err.message }, { 'x-amzn-query-error': `${err.code};${err.status >= 500 ? 'Receiver' : 'Sender'}` });
        }
    }
    getMetricData(input) {
        const queries = (input.MetricDataQueries ?? []);
        const start = Number(input.StartTime) * 1000;
        const end = Number(input.EndTime) * 1000;
        if (!Number.isFinite(start) || !Number.isFinite(end) || end <= start)
            throw new ApiError(400, 'InvalidParameterValue', 'The parameter EndTime must be greater than StartTime.');
        if (queries.length === 0 || queries.length > 500)
            throw new ApiError(400, 'InvalidParameterValue', 'MetricDataQueries must hold 1 to 500 queries.');
        const descending = input.ScanBy !== 'TimestampAscending';
        const results = queries.map((q) => {
            if (q.Expression !== undefined || !q.MetricStat)
                throw new ApiError(400, 'InvalidParameterValue', `The simulation answers MetricStat queries only (query ${q.Id}).`);
            const { Metric, Period, Stat } = q.MetricStat;
            const metric = METRICS[Metric?.MetricName ?? ''];
            const period = Number(Period);
            if (!Number.isInteger(period) || period < 1 || (![1, 5, 10, 30].includes(period) && period % 60 !== 0))
                throw new ApiError(400, 'InvalidParameterValue', `The parameter Period of query ${q.Id} must be 1, 5, 10, 30 or a multiple of 60.`);
            // An unknown statistic is refused whether or not the window has data.
            aggregate([0], Stat ?? metric?.stat ?? 'Sum');
            const dims = Object.fromEntries((Metric?.Dimensions ?? []).map((d) => [d.Name, d.Value]));
            const points = this.series(Metric?.Namespace === 'AWS/ApplicationELB' ? (Metric.MetricName ?? '') : '', dims, Stat ?? metric?.stat ?? 'Sum', { start, end, period }).sort((a, b) => (descending ? b[0] - a[0] : a[0] - b[0]));
            return {
                Id: q.Id,
                Label: q.Label ?? Metric?.MetricName,
                Timestamps: points.map(([t]) => t / 1000),
                Values: points.map(([, v]) => v),
                StatusCode: 'Complete',
            };
        });
        return { MetricDataResults: results.filter((_, i) => queries[i]?.ReturnData !== false), Messages: [] };
    }
    /** `[bucket start ms, value]` of a metric in buckets of `period` seconds from `start`; empty buckets left out. */
    series(metricName, dims, stat, range) {
        const metric = METRICS[metricName];
        if (!metric)
            return [];
        const width = range.period * 1000;
        const delay = this.opts.publishDelayMs;
        let start = range.start;
        if (delay !== undefined) {
            // Standard resolution: minutes only, each visible once published.
            if (width % 60_000 !== 0)
                return [];
            start = Math.floor(start / 60_000) * 60_000;
        }
        const now = this.clock.now();
        const buckets = new Map();
        for (const s of this.samples(dims)) {
            if (s.at < start || s.at >= range.end)
                continue;
            if (delay !== undefined && Math.floor(s.at / 60_000) * 60_000 + 60_000 + delay > now)
                continue;
            const v = metric.pick(s);
            if (v === undefined)
                continue;
            const b = start + Math.floor((s.at - start) / width) * width;
            const list = buckets.get(b) ?? [];
            list.push(v);
            buckets.set(b, list);
        }
        return [...buckets].map(([t, vs]) => [t, aggregate(vs, stat)]);
    }
    /** A defined alarm's state now: ALARM when every one of its last evaluation periods breaches. */
    evaluate(d) {
        const width = d.periodSeconds * 1000;
        // The last periods published (as CloudWatch evaluates an alarm on the data it has).
        const end = Math.floor((this.clock.now() - (this.opts.publishDelayMs ?? 0)) / width) * width;
        const start = end - d.evaluationPeriods * width;
        const points = this.series(d.metricName, { LoadBalancer: dimensionOf(d.loadBalancer), TargetGroup: d.targetGroup && dimensionOf(d.targetGroup) }, d.stat, { start, end, period: d.periodSeconds }).sort((a, b) => a[0] - b[0]);
        const base = { name: d.name, metricName: d.metricName, namespace: 'AWS/ApplicationELB' };
        if (points.length < d.evaluationPeriods && d.treatMissingData !== 'notBreaching')
            return {
                ...base,
                state: 'INSUFFICIENT_DATA',
                reason: `Insufficient Data: ${points.length} datapoint(s) in the last ${d.evaluationPeriods} period(s).`,
            };
        const breach = (v) => d.comparison === 'GreaterThanThreshold'
            ? v > d.threshold
            : d.comparison === 'GreaterThanOrEqualToThreshold'
                ? v >= d.threshold
                : d.comparison === 'LessThanThreshold'
                    ? v < d.threshold
                    : v <= d.threshold;
        const words = d.comparison
            .replace('Threshold', '')
            .replace(/([A-Z])/g, ' $1')
            .trim()
            .toLowerCase();
        const shown = points.map(([t, v]) => `${v} (${new Date(t).toISOString()})`).join(', ');
        return points.length === d.evaluationPeriods && points.every(([, v]) => breach(v))
            ? {
                ...base,
                state: 'ALARM',
                reason: `Threshold Crossed: ${points.length} datapoint(s) [${shown}] ${words} the threshold (${d.threshold}).`,
            }
            : {
                ...base,
                state: 'OK',
                reason: `Threshold Crossed: ${points.length} datapoint(s) [${shown}] not ${words} the threshold (${d.threshold}).`,
            };
    }
    /** The request log of the load balancer (and target group) the dimensions name. */
    samples(dims) {
        const lb = [...this.elbv2.loadBalancers.values()].find((l) => dimensionOf(l.arn) === dims.LoadBalancer);
        if (!lb)
            return [];
        const all = this.alb.log(lb);
        if (!dims.TargetGroup)
            return all;
        const tg = [...this.elbv2.targetGroups.values()].find((t) => dimensionOf(t.arn) === dims.TargetGroup);
        return tg ? all.filter((s) => s.targetGroup === tg.name) : [];
    }
    describeAlarms(input) {
        const names = (input.AlarmNames ?? []);
        const now = this.clock.now();
        const all = [
            ...this.alarms.values(),
            ...[...this.defined.values()].map((d) => ({ ...this.evaluate(d), at: now })),
        ];
        const alarms = all.filter((a) => names.length === 0 || names.includes(a.name));
        return {
            MetricAlarms: alarms.map((a) => ({
                AlarmName: a.name,
                AlarmArn: `arn:aws:cloudwatch:${this.elbv2.region}:123456789012:alarm:${a.name}`,
                StateValue: a.state,
                StateReason: a.reason,
                StateUpdatedTimestamp: a.at / 1000,
                ...(a.metricName ? { MetricName: a.metricName } : {}),
                ...(a.namespace ? { Namespace: a.namespace } : {}),
            })),
            CompositeAlarms: [],
        };
    }
}
exports.CloudWatchApi = CloudWatchApi;
function aggregate(values, stat) {
    const p = /^p(\d{1,2}(?:\.\d+)?|100)$/.exec(stat);
    if (p) {
        // Nearest rank.
        const sorted = [...values].sort((a, b) => a - b);
        const rank = Math.ceil((Number(p[1]) / 100) * sorted.length);
        return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
    }
    if (stat === 'Sum')
        return values.reduce((a, b) => a + b, 0);
    if (stat === 'Average')
        return values.reduce((a, b) => a + b, 0) / values.length;
    if (stat === 'Maximum')
        return Math.max(...values);
    if (stat === 'Minimum')
        return Math.min(...values);
    if (stat === 'SampleCount')
        return values.length;
    throw new ApiError(400, 'InvalidParameterValue', `The statistic ${stat} is not supported by the simulation.`);
}


/***/ }),

/***/ 75037:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.VirtualClock = void 0;
exports.touchClock = touchClock;
exports.watchServer = watchServer;
const clock_js_1 = __webpack_require__(84517);
const turn = () => new Promise((r) => setImmediate(r));
const pause = () => new Promise((r) => setTimeout(r, 1));
/** True while Node's thread pool works for us (file reads, DNS lookups): their callbacks are still to come. */
function threadPoolBusy() {
    return process
        .getActiveResourcesInfo()
        .some((r) => r.startsWith('FSReq') || r === 'GetAddrInfoReqWrap' || r === 'FileHandleCloseReq');
}
class VirtualClock {
    quietTurns;
    current;
    timers = new clock_js_1.TimerQueue();
    activity = 0;
    driving = false;
    stopped = false;
    /**
     * @param start   the epoch milliseconds `now()` starts at
     * @param quietTurns  event-loop turns without activity before time moves (default 12)
     */
    constructor(start = Date.UTC(2026, 0, 1), quietTurns = 12) {
        this.quietTurns = quietTurns;
        this.current = start;
    }
    now() {
        return this.current;
    }
    /** Record activity the clock cannot see for itself (an HTTP request arrived, a response was sent). */
    touch() {
        this.activity++;
    }
    /** Sleepers waiting. */
    get pending() {
        return this.timers.length;
    }
    sleep(ms, signal) {
        if (signal?.aborted)
            return Promise.reject((0, clock_js_1.abortError)(signal));
        if (this.stopped)
            return Promise.reject(new Error('the virtual clock was stopped'));
        this.activity++;
        const woken = this.timers.wait(this.current + Math.max(0, ms), signal);
        this.drive();
        return woken;
    }
    holds = 0;
    onRelease;
    /**
     * Time stands still until `release()` (holds nest): the local workflow runner holds the cluster's clock while
     * steps that do not use the cluster run, so its controllers do not race ahead of the workflow.
     */
    hold() {
        this.holds++;
    }
    release() {
        if (this.holds === 0)
            return;
        this.holds--;
        if (this.holds === 0) {
            const wake = this.onRelease;
            this.onRelease = undefined;
            wake?.();
        }
    }
    /** Stop moving time: pending and future sleeps never resolve (used when a simulation is torn down). */
    stop() {
        this.stopped = true;
        this.timers.clear();
        this.holds = 0;
        this.onRelease?.();
    }
    drive() {
        if (this.driving)
            return;
        this.driving = true;
        void this.loop();
    }
    async loop() {
        try {
            while (this.timers.length > 0 && !this.stopped) {
                await this.quiet();
                if (this.holds > 0) {
                    await new Promise((r) => (this.onRelease = r));
                    continue;
                }
                const at = this.timers.nextAt;
                if (at === undefined)
                    break;
                if (at > this.current)
                    this.current = at;
                // Everyone due at this instant wakes together (in sleep order): simultaneous is simultaneous.
                while (this.timers.wakeOne(this.current))
                    ;
            }
        }
        finally {
            this.driving = false;
        }
    }
    /** Resolves once the process has been idle for `quietTurns` consecutive event-loop turns. */
    async quiet() {
        let calm = 0;
        let mark = this.activity;
        while (calm < this.quietTurns) {
            await turn();
            if (this.activity !== mark) {
                mark = this.activity;
                calm = 0;
                continue;
            }
            calm++;
            if (calm === this.quietTurns && threadPoolBusy()) {
                calm = 0;
                await pause();
                mark = this.activity;
            }
        }
    }
}
exports.VirtualClock = VirtualClock;
/** `touch()` the clock when it is a virtual one (servers of the simulator call this on every exchange). */
function touchClock(clock) {
    if (clock instanceof VirtualClock)
        clock.touch();
}
/**
 * Makes a simulator server's traffic count as activity for a virtual clock: every connection, request and
 * finished response touches it. No-op for other clocks.
 */
function watchServer(server, clock) {
    if (!(clock instanceof VirtualClock))
        return;
    const touch = () => clock.touch();
    server.on('connection', (socket) => {
        touch();
        socket.once('close', touch);
    });
    server.on('request', (_req, res) => {
        touch();
        res.once('finish', touch);
        res.once('close', touch);
    });
}


/***/ })

};
