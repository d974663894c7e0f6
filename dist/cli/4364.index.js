export const id = 4364;
export const ids = [4364];
export const modules = {

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


/***/ }),

/***/ 34364:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

var __webpack_unused_export__;

__webpack_unused_export__ = ({ value: true });
exports.startLocalEnvironment = startLocalEnvironment;
/**
 * What stands behind `keelson workflow run`: the GitHub emulator (pull requests, comments, reviews,
 * Deployments) from the start; per AWS region, on the first configure-aws-credentials for it, an EKS cluster
 * (the Kubernetes simulator with the AWS Load Balancer Controller, ALBs and the HPA) and an ECR registry (the ECR
 * emulator over a real OCI registry); a PostgreSQL cluster when the workflow passes DATABASE_URL; and, where no
 * Trivy can run, the scan stage of trivy-scan on a Trivy JSON report given with --trivy-report. All on
 * 127.0.0.1, torn down by close(). The cluster's virtual clock moves only while a step that uses the cluster runs.
 */
const node_fs_1 = __webpack_require__(73024);
const inputs_js_1 = __webpack_require__(51662);
const clock_js_1 = __webpack_require__(75037);
/** The one AWS key of the emulated accounts: EKS tokens signed with it are accepted, ECR answers it. */
const LOCAL_KEY = {
    accessKeyId: 'AKIAKEELSONLOCAL0001',
    secretAccessKey: 'keelsonLocalSecretKey/000000000000000000001',
};
/** Actions whose steps reach the cluster: the cluster's clock runs while they do. */
const CLUSTER_ACTIONS = new Set(['deploy', 'health-check', 'eks-kubeconfig', 'deployed-image']);
/**
 * Whether a step works on the cluster (its clock runs during the step) or only beside it: migrate reaches the
 * cluster only as a Kubernetes Job; run as a command it talks to PostgreSQL, outside virtual time, and its
 * timeouts are wall-clock ones (on the cluster's clock they fired at once while PostgreSQL answered).
 */
function usesCluster(action, inputs) {
    return CLUSTER_ACTIONS.has(action) || (action === 'migrate' && inputs?.mode === 'job');
}
async function startLocalEnvironment(o) {
    const { startGitHubEmulator } = await __webpack_require__.e(/* import() */ 4911).then(__webpack_require__.bind(__webpack_require__, 24911));
    const github = await startGitHubEmulator({
        repos: [o.repository],
        token: o.token,
        strict: false,
        validateResponses: false,
    });
    o.note(`GitHub emulator on ${github.url} (${o.repository})`);
    const clock = new clock_js_1.VirtualClock();
    clock.hold();
    const clusters = new Map();
    const behaviours = { ...(o.behaviours ?? {}) };
    const starting = new Map();
    let ecr;
    let ecrStarting;
    let pg;
    const secrets = {};
    const closers = [() => github.close()];
    try {
        if (o.postgres) {
            const { startPostgres } = await Promise.all(/* import() */[__webpack_require__.e(5110), __webpack_require__.e(3044)]).then(__webpack_require__.t.bind(__webpack_require__, 53044, 23));
            pg = await startPostgres();
            const db = await pg.createDatabase('app');
            secrets.DATABASE_URL = db.url;
            o.masker.add(pg.password);
            const p = pg;
            closers.push(() => p.stop());
            o.note(`PostgreSQL 15 on 127.0.0.1:${pg.port} (secrets.DATABASE_URL)`);
        }
    }
    catch (e) {
        await github.close();
        throw e;
    }
    const cluster = (region) => {
        const running = starting.get(region);
        if (running)
            return running;
        const p = (async () => {
            const { startKubeEmulator } = await Promise.all(/* import() */[__webpack_require__.e(1860), __webpack_require__.e(1893), __webpack_require__.e(6693)]).then(__webpack_require__.bind(__webpack_require__, 56693));
            const emulator = await startKubeEmulator({
                clock,
                region,
                clusterName: o.clusterName,
                credentials: [LOCAL_KEY],
                tickMs: 500,
                awsLoadBalancerController: true,
                // Gateways of class keelson-sim and their HTTPRoutes: a canary with router gateway-api
                gatewayApi: true,
                namespaces: o.namespaces.filter((n) => n !== 'default'),
            });
            const { KubeClient } = await Promise.all(/* import() */[__webpack_require__.e(301), __webpack_require__.e(6157)]).then(__webpack_require__.t.bind(__webpack_require__, 50301, 23));
            const kube = new KubeClient({ server: emulator.url, token: async () => emulator.token }, { clock });
            clock.release();
            try {
                for (const ns of new Set(['default', ...o.namespaces]))
                    await kube.patch({ apiVersion: 'v1', kind: 'Namespace', name: ns }, { metadata: { labels: { 'elbv2.k8s.aws/pod-readiness-gate-inject': 'enabled' } } });
            }
            finally {
                clock.hold();
                kube.close();
            }
            for (const [image, b] of Object.entries(behaviours))
                emulator.sim.behaviour(image, b);
            clusters.set(region, emulator);
            closers.push(() => emulator.close());
            o.note(`EKS cluster ${o.clusterName} in ${region}: Kubernetes simulator on ${emulator.url} (ALB, HPA)`);
            return emulator;
        })();
        starting.set(region, p);
        return p;
    };
    const registry = () => {
        if (!ecrStarting) {
            ecrStarting = (async () => {
                const { startEcrSim, RegistryNotInstalledError } = await __webpack_require__.e(/* import() */ 3354).then(__webpack_require__.t.bind(__webpack_require__, 3354, 23));
                try {
                    const sim = await startEcrSim({
                        registries: o.regions.map((region) => ({ accountId: o.accountId, region })),
                        credentials: [{ ...LOCAL_KEY, accountId: o.accountId }],
                    });
                    ecr = sim;
                    closers.push(() => sim.close());
                    o.note(`ECR emulator on ${sim.endpoint} (registries in ${o.regions.join(', ')})`);
                    return sim;
                }
                catch (e) {
                    if (e instanceof RegistryNotInstalledError)
                        return `no OCI registry here for the ECR emulator (${e.message})`;
                    throw e;
                }
            })();
        }
        return ecrStarting;
    };
    const trivy = {
        key: 'trivy-scan',
        description: o.trivyReport
            ? `no Trivy here: the scan stage (ignore file, gate, SARIF, outputs, summary) runs on ${o.trivyReport}`
            : 'no Trivy here',
        meta: { inputs: new Map(), outputs: new Set() },
        async run(r) {
            if (!o.trivyReport || !(0, node_fs_1.existsSync)(o.trivyReport))
                return {
                    error: 'not runnable locally: trivy-scan (no Trivy and no vulnerability DB here; give --trivy-report FILE, a Trivy JSON report, to run the scan stage on it)',
                };
            const { readTrivyScanSettings } = await __webpack_require__.e(/* import() */ 3603).then(__webpack_require__.bind(__webpack_require__, 53603));
            const { analyzeExistingReport } = await Promise.all(/* import() */[__webpack_require__.e(5949), __webpack_require__.e(3603), __webpack_require__.e(3576), __webpack_require__.e(4439)]).then(__webpack_require__.bind(__webpack_require__, 44439));
            const { realClock } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 84517));
            const settings = readTrivyScanSettings(new inputs_js_1.Inputs((n) => r.inputs[n] ?? ''), r.workspace, r.env);
            const out = await analyzeExistingReport(settings, { workspace: r.workspace, clock: realClock, log: r.log }, { file: o.trivyReport, source: 'report given to keelson workflow run' });
            r.log(out.analysis.headline);
            return {
                outputs: out.outputs,
                summary: settings.summary ? out.analysis.markdown : '',
                error: out.analysis.gate.verdict === 'fail' ? out.analysis.gate.reason : undefined,
            };
        },
    };
    // ecr-push's default builder is docker (GitHub's runners have an engine); here buildah builds the same
    // Dockerfile: the real action runs, with `builder: buildah` and its storage under the job's temp.
    const ecrPush = {
        key: 'ecr-push',
        description: 'the real action with builder buildah (vfs storage, chroot isolation): no Docker engine here',
        meta: { inputs: new Map(), outputs: new Set() },
        async run(r) {
            const { runLocally } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 49623));
            const { run } = await Promise.all(/* import() */[__webpack_require__.e(6434), __webpack_require__.e(9048)]).then(__webpack_require__.bind(__webpack_require__, 99048));
            const done = await runLocally(run, {
                inputs: {
                    ...r.inputs,
                    builder: 'buildah',
                    'buildah-storage-root': r.inputs['buildah-storage-root'] || `${r.temp}/buildah`,
                },
                env: { ...r.env },
                baseEnv: {},
                masker: r.masker,
                echo: r.log,
            });
            const error = done.failed
                ? (done.annotations.find((a) => a.command === 'error')?.message ?? 'ecr-push failed')
                : undefined;
            return {
                outputs: done.outputs,
                exported: done.exported,
                path: done.path,
                summary: done.summary,
                error,
            };
        },
    };
    const host = {
        async assumeRole(roleArn, region) {
            const account = /^arn:aws[\w-]*:iam::(\d{12}):role\//.exec(roleArn)?.[1];
            if (account !== o.accountId)
                return `not runnable locally: ${roleArn} is in account ${account ?? '?'}; the emulated account is ${o.accountId}`;
            const [k, r] = await Promise.all([
                cluster(region),
                o.regions.includes(region) ? registry() : undefined,
            ]);
            const env = {
                AWS_ACCESS_KEY_ID: LOCAL_KEY.accessKeyId,
                AWS_SECRET_ACCESS_KEY: LOCAL_KEY.secretAccessKey,
                AWS_EC2_METADATA_DISABLED: 'true',
                AWS_ENDPOINT_URL_EKS: k.eksEndpoint,
                ...(k.elbv2Endpoint ? { AWS_ENDPOINT_URL_ELASTIC_LOAD_BALANCING_V2: k.elbv2Endpoint } : {}),
            };
            if (typeof r === 'object')
                env.AWS_ENDPOINT_URL_ECR = r.endpoint;
            else if (typeof r === 'string')
                o.note(r);
            return { env, accountId: o.accountId };
        },
        /** A load balancer's DNS name → its listener on loopback (what the runner's resolver would give). */
        hostUrl(name) {
            for (const c of clusters.values()) {
                const url = c.sim.loadBalancerUrl(name);
                if (url !== `http://${name}`)
                    return url;
            }
            return undefined;
        },
        clockFor: (action, inputs) => (usesCluster(action, inputs) ? clock : undefined),
        async aroundStep(info, fn) {
            // Steps that reach the cluster, and tests a deployment job runs against its environment (through the ALB).
            const uses = info.action !== undefined &&
                (usesCluster(info.action, info.inputs) || (info.action === 'test' && info.environment !== undefined));
            if (uses)
                clock.release();
            try {
                return await fn();
            }
            finally {
                if (uses)
                    clock.hold();
            }
        },
        substitute: (action) => (action === 'trivy-scan' ? trivy : action === 'ecr-push' ? ecrPush : undefined),
    };
    return {
        github,
        token: o.token,
        host,
        secrets,
        clusters,
        ecr: () => ecr,
        postgres: () => pg,
        environments: (names) => Object.fromEntries(names.map((n) => [n, { vars: {}, secrets: { ...secrets } }])),
        left() {
            const [owner, repo] = o.repository.split('/');
            return {
                comments: github.state.comments(owner, repo).map((c) => ({
                    where: `#${c.issueNumber}`,
                    author: c.user.login,
                    body: c.body,
                })),
                deployments: github.state.deployments(owner, repo).map((d) => ({
                    id: d.id,
                    environment: d.environment,
                    ref: d.ref,
                    sha: d.sha,
                    state: d.statuses.at(-1)?.state ?? 'created',
                    payload: d.payload && typeof d.payload === 'object' ? JSON.stringify(d.payload) : undefined,
                })),
            };
        },
        environmentUrl(namespace) {
            for (const c of clusters.values()) {
                for (const ing of c.objects.list('Ingress', namespace)) {
                    if (!c.sim.lbc?.isAlb(ing))
                        continue;
                    const dns = c.sim.lbc.loadBalancerOf(namespace, ing.metadata.name ?? '')?.dnsName;
                    if (!dns)
                        continue;
                    const url = c.sim.loadBalancerUrl(dns);
                    if (url !== `http://${dns}`)
                        return url;
                }
            }
            return '';
        },
        async provisionRepository(region, name) {
            const sim = await registry();
            if (typeof sim === 'string')
                throw new Error(sim);
            const { createEcr } = await __webpack_require__.e(/* import() */ 1329).then(__webpack_require__.bind(__webpack_require__, 33710));
            const { realClock } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 84517));
            const ecr = createEcr({ region, clock: realClock, env: sim.env(region, o.accountId) });
            await ecr.createRepository({
                repositoryName: name,
                imageTagMutability: 'IMMUTABLE',
                imageTagMutabilityExclusionFilters: [],
                scanOnPush: false,
                encryptionType: 'AES256',
            });
            o.note(`ECR repository ${name} in ${region} (as the platform's Terraform creates it)`);
        },
        behave(image, b) {
            behaviours[image] = b;
            for (const c of clusters.values())
                c.sim.behaviour(image, b);
        },
        async close() {
            clock.stop();
            for (const c of closers.reverse())
                await c().catch(() => undefined);
        },
    };
}


/***/ })

};
