export const id = 4060;
export const ids = [4060,6157];
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
const elbv2_js_1 = __webpack_require__(8288);
const clock_js_1 = __webpack_require__(84517);
const client_js_1 = __webpack_require__(50301);
const clock_js_2 = __webpack_require__(75037);
const index_js_1 = __webpack_require__(56693);
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
    });
    const kube = new client_js_1.KubeClient({ server: emulator.url, token: async () => emulator.token }, { clock, retryFor: 60_000 });
    await kube.patch({ apiVersion: 'v1', kind: 'Namespace', name: namespace }, { metadata: { labels: { 'elbv2.k8s.aws/pod-readiness-gate-inject': 'enabled' } } });
    const elbv2 = (0, elbv2_js_1.sdkElbv2)({
        region: emulator.region,
        endpoint: emulator.elbv2Endpoint,
        credentials: index_js_1.TEST_CREDENTIALS[0],
    });
    return {
        clock,
        emulator,
        kube,
        elbv2,
        loadBalancerUrl: (dns) => emulator.sim.loadBalancerUrl(dns),
        userUrl: async (ns, service) => {
            const ingress = emulator.objects.list('Ingress', ns).find((ing) => {
                if (!emulator.sim.lbc?.isAlb(ing))
                    return false;
                const rules = ing.spec
                    .rules ?? [];
                return rules.some((r) => (r.http?.paths ?? []).some((p) => p.backend?.service?.name === service));
            });
            if (ingress) {
                const url = await emulator.sim.albUrl(ns, ingress.metadata.name ?? '');
                const dns = emulator.sim.lbc?.loadBalancerOf(ns, ingress.metadata.name ?? '')?.dnsName;
                if (url)
                    return { url, via: `the ALB of Ingress ${ingress.metadata.name} (${dns})` };
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
