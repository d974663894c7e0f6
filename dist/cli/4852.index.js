export const id = 4852;
export const ids = [4852,9531];
export const modules = {

/***/ 74852:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.command = void 0;
exports.liveTimeline = liveTimeline;
const clock_js_1 = __webpack_require__(84517);
const errors_js_1 = __webpack_require__(97268);
const context_js_1 = __webpack_require__(64892);
const types_js_1 = __webpack_require__(9531);
const inputs_js_1 = __webpack_require__(51662);
const args_js_1 = __webpack_require__(77593);
const render_log_js_1 = __webpack_require__(21295);
const help = `Usage: keelson rollout --service NAME --manifests FILE... [options]

Runs the deploy action's rollout from a terminal: the same manifests, strategies, health checks, Lease and
automatic rollback, with a live timeline.

  --simulate                run against Keelson's Kubernetes simulator instead of a cluster; pods behave by
                            image tag: v2 (healthy), v2-errors-30, v2-slow-1500, v2-crashloop, v2-never-ready, v2-hang
  --speed N                 run the simulator N times faster than the wall clock (default: virtual time,
                            as fast as this machine computes it, same outcome on a busy machine)
  --previous-image IMAGE    with --simulate: first put the same manifests live with this image
  --set-image IMAGE         use this image for every container of the Deployments (e.g. app:v2-errors-30)
  --fail-after-switch R     with --simulate: the new version starts failing a share R (0..1) of requests once
                            it takes live traffic (a regression only production load shows)
  --traffic RPS             with --simulate: users' requests per simulated second during the rollout; reports
                            what they saw (versions, errors)
  --format text|json        json: one object with the outputs, the timeline and the traffic (default text)
  --strategy rolling|blue-green|canary     (default rolling, as the deploy action)
  --router auto|service|alb|gateway-api|replicas   how users move: the ALB's weights when an ALB Ingress
                            fronts the service (auto), or the Service's selector (service); a canary without
                            an ALB uses an HTTPRoute's backendRefs weights (gateway-api: auto when the manifests
                            hold one route to the service, else --http-route NAME), or ready pods (replicas)
  --steps 10,50,100         canary: the canary's share at each step (a step may carry a pause: 5:2m, 50:manual)
  --step-duration 2m  --analysis-interval 10s  --failure-limit 2  --action run|promote|abort     canary
  --alarm NAME=METRIC>N     with --simulate and --previous-image: a CloudWatch alarm on the service's ALB, in
                            ALARM when METRIC over a minute (Sum; TargetResponseTime: Average) is above N, e.g.
                            web-5xx=HTTPCode_Target_5XX_Count>5 (repeatable); a cloudwatch check names it in alarms
  --analysis default|cloudwatch     canary: the checks without --health-checks; cloudwatch: the canary's pods, and
                            the ALB's 5xx ratio and response time of its target group against stable's, from
                            CloudWatch (with --simulate, the simulator's, computed from the ALB's request log)
  --namespace NS            (default default)
  --manifests FILE          files, directories or globs (repeatable); or --kustomize DIR, or --helm-chart DIR
                            with --helm-values FILE
  --images name=repo@sha256:...     pin images by digest (repeatable)
  --version V               version label (default the first image digest, or the image tag when simulating)
  --health-checks FILE|YAML checks as in the deploy action (default: pods Ready, not crash-looping)
  --ready-timeout 10m  --verify-window 5m  --scale-down-delay 2m  --switch-timeout 2m  --wait-for-lock 0
  --prune                   after a verified rollout, delete the release's objects no longer in the manifests
  --api-timeout 60s         how long one Kubernetes API call retries (connection failures, 429, 5xx) before
                            the rollout stops with one line naming the API server and the cause
  --cluster-name NAME --aws-region REGION | --kubeconfig FILE [--context C]     a real cluster

Exit status: 0 promoted (or paused at a manual canary step), 1 rolled back or failed.`;
const FLAGS = {
    simulate: { type: 'boolean' },
    speed: { type: 'string' },
    'previous-image': { type: 'string' },
    'set-image': { type: 'string' },
    'fail-after-switch': { type: 'string' },
    traffic: { type: 'string' },
    format: { type: 'string' },
    strategy: { type: 'string' },
    namespace: { type: 'string' },
    service: { type: 'string' },
    manifests: { type: 'string', multiple: true },
    kustomize: { type: 'string' },
    'helm-chart': { type: 'string' },
    'helm-values': { type: 'string', multiple: true },
    images: { type: 'string', multiple: true },
    version: { type: 'string' },
    'health-checks': { type: 'string' },
    'ready-timeout': { type: 'string' },
    'verify-window': { type: 'string' },
    'scale-down-delay': { type: 'string' },
    'switch-timeout': { type: 'string' },
    router: { type: 'string' },
    'http-route': { type: 'string' },
    steps: { type: 'string' },
    'step-duration': { type: 'string' },
    'analysis-interval': { type: 'string' },
    'failure-limit': { type: 'string' },
    analysis: { type: 'string' },
    alarm: { type: 'string', multiple: true },
    action: { type: 'string' },
    'wait-for-lock': { type: 'string' },
    prune: { type: 'boolean' },
    'api-timeout': { type: 'string' },
    'cluster-name': { type: 'string' },
    'aws-region': { type: 'string' },
    kubeconfig: { type: 'string' },
    context: { type: 'string' },
};
/** Prints timeline events as they happen. */
function liveTimeline(io, s) {
    return (e, t) => {
        const paint = e.level === 'error'
            ? s.red
            : e.level === 'ok'
                ? s.green
                : e.level === 'warn'
                    ? s.yellow
                    : (x) => x;
        io.stdout(`  ${s.dim(`[${t.offset(e).padStart(6)}]`)} ${e.phase.padEnd(10)} ${paint(e.message)}\n`);
    };
}
exports.command = {
    name: 'rollout',
    summary: "Roll out manifests with the deploy action's strategies, against a cluster or the built-in simulator",
    help,
    async run(argv, io) {
        const args = (0, args_js_1.parseCommandArgs)('rollout', argv, FLAGS);
        const simulate = args.flags.simulate === true;
        const speed = args.inputs.has('speed')
            ? args.inputs.integer('speed', 60, { min: 1, max: 10_000 })
            : undefined;
        const format = args.inputs.enum('format', ['text', 'json'], 'text');
        const rps = args.inputs.integer('traffic', 0, { min: 0, max: 200 });
        const failAfter = args.inputs.has('fail-after-switch')
            ? (0, inputs_js_1.parseRatio)('fail-after-switch', args.inputs.raw('fail-after-switch'))
            : undefined;
        if (!simulate && (rps > 0 || failAfter !== undefined)) {
            throw new errors_js_1.InputError('simulate', '--traffic and --fail-after-switch need --simulate.');
        }
        const alarms = parseAlarms(args.flags.alarm);
        if (alarms.length > 0 && (!simulate || !args.inputs.raw('previous-image')))
            throw new errors_js_1.InputError('alarm', '--alarm needs --simulate and --previous-image (the alarm watches the ALB of the version live before).');
        if (simulate && (args.inputs.has('cluster-name') || args.inputs.has('kubeconfig'))) {
            throw new errors_js_1.InputError('simulate', '--simulate runs against the built-in simulator: drop --cluster-name and --kubeconfig.');
        }
        const inputs = new inputs_js_1.Inputs((name) => {
            if (name === 'health-checks')
                return (0, args_js_1.fileOrText)(io.cwd, args.inputs.raw(name));
            if (name === 'kubeconfig' && simulate)
                return 'simulator';
            return args.inputs.raw(name);
        });
        const { readDeployInputs, checkServiceDeployment } = await Promise.all(/* import() */[__webpack_require__.e(8606), __webpack_require__.e(1981)]).then(__webpack_require__.bind(__webpack_require__, 98606));
        const settings = readDeployInputs(inputs);
        // A --service that names no Deployment of the manifests is a usage error now, before a cluster is touched.
        const { loadManifests } = await __webpack_require__.e(/* import() */ 6158).then(__webpack_require__.bind(__webpack_require__, 46158));
        checkServiceDeployment(await loadManifests({
            manifests: settings.manifests,
            kustomize: settings.kustomize,
            helmChart: settings.helmChart,
            helmValues: settings.helmValues,
            helmRelease: settings.helmRelease ?? settings.service,
            namespace: settings.namespace,
            cwd: io.cwd,
        }), settings.service);
        const { runDeploy, withImage } = await Promise.all(/* import() */[__webpack_require__.e(301), __webpack_require__.e(7566), __webpack_require__.e(8606), __webpack_require__.e(8369), __webpack_require__.e(4362)]).then(__webpack_require__.bind(__webpack_require__, 18369));
        const s = io.isTTY && !io.env.NO_COLOR ? render_log_js_1.colour : render_log_js_1.plain;
        const out = format === 'json' ? { ...io, stdout: () => undefined } : io;
        const deps = {
            clock: clock_js_1.realClock,
            signal: new AbortController().signal,
            context: (0, context_js_1.readContext)(io.env),
            cwd: io.cwd,
            holder: `cli-${process.pid}`,
            setSecret: (v) => io.masker.add(v),
            onEvent: liveTimeline(out, s),
            onWarning: (m) => io.stderr(m + '\n'),
            transform: args.inputs.has('set-image') ? withImage(args.inputs.raw('set-image')) : undefined,
        };
        if (!simulate) {
            const run = await runDeploy(settings, deps);
            if (format === 'json')
                io.stdout(JSON.stringify(toJson(run)) + '\n');
            else
                io.stdout('\n' + run.markdown + '\n');
            return run.result.result === 'promoted' || run.result.result === 'paused' ? 0 : 1;
        }
        const { startSimulation, describeTraffic, finalState, liveTargetsHealthyAfter } = await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(1860), __webpack_require__.e(1893), __webpack_require__.e(301), __webpack_require__.e(6693), __webpack_require__.e(4060)]).then(__webpack_require__.t.bind(__webpack_require__, 58808, 23));
        const { startLoad, summarizeLoad } = await __webpack_require__.e(/* import() */ 1699).then(__webpack_require__.t.bind(__webpack_require__, 21699, 23));
        const sim = await startSimulation(speed, settings.namespace);
        try {
            const simDeps = {
                ...deps,
                clock: sim.clock,
                kube: sim.kube,
                elbv2: sim.elbv2,
                cloudwatch: sim.cloudwatch,
                loadBalancerUrl: (dns) => sim.loadBalancerUrl(dns),
            };
            const previous = args.inputs.raw('previous-image');
            if (previous) {
                out.stdout(s.bold(`Simulated cluster: putting ${previous} live first\n`));
                const tag = previous.split(':').pop() ?? 'previous';
                const first = await runDeploy({ ...settings, version: tag, images: [], verifyWindowMs: 0, healthChecks: '' }, { ...simDeps, transform: withImage(previous), onEvent: undefined });
                if (first.result.result !== 'promoted')
                    throw new errors_js_1.InputError('previous-image', `The previous image did not come up: ${first.result.rollbackReason}`);
            }
            for (const a of alarms) {
                const lb = sim.loadBalancerArn(settings.namespace, settings.service);
                if (!lb)
                    throw new errors_js_1.InputError('alarm', `--alarm ${a.name}: no ALB Ingress routes to ${settings.service} in the manifests, so there is no ALB to watch.`);
                sim.cloudwatchApi.defineAlarm({
                    name: a.name,
                    metricName: a.metric,
                    loadBalancer: lb,
                    stat: a.metric === 'TargetResponseTime' ? 'Average' : 'Sum',
                    periodSeconds: 60,
                    evaluationPeriods: 1,
                    comparison: 'GreaterThanThreshold',
                    threshold: a.threshold,
                    treatMissingData: 'notBreaching',
                });
            }
            out.stdout(s.bold(`Rolling out ${settings.service} (${settings.strategy}, simulated${speed ? ` at ${speed}× speed` : ''})\n`));
            const before = previous ? await sim.userUrl(settings.namespace, settings.service) : undefined;
            let load;
            if (before && rps > 0) {
                // Users arrive once the previous version is live for them.
                await sim.clock.sleep(5_000);
                out.stdout(`${rps} users' requests per second through ${before.via}\n`);
                load = startLoad(sim.clock, () => before.url, { rps });
            }
            const tracked = sim.emulator.trackReplicas(settings.namespace);
            const image = args.inputs.raw('set-image');
            const onEvent = simDeps.onEvent;
            let run;
            try {
                run = await runDeploy(settings, {
                    ...simDeps,
                    onEvent: (e, t) => {
                        onEvent?.(e, t);
                        // The new version meets users at the switch (blue-green) or at the canary's first step.
                        const meets = (e.phase === 'switch' && e.level === 'ok') ||
                            (e.phase === 'step' && t.events.filter((x) => x.phase === 'step').length === 1);
                        if (meets && failAfter !== undefined) {
                            sim.emulator.sim.behaviour(image || 'healthy', { errorRate: failAfter });
                        }
                    },
                });
            }
            finally {
                tracked.stop();
            }
            const samples = load ? await load.stop() : [];
            const where = await sim.userUrl(settings.namespace, settings.service);
            const after = await sim.traffic(where.url, 50);
            const during = summarizeLoad(samples);
            const switchAt = run.timeline.events.find((e) => e.phase === 'switch' || e.phase === 'step')?.at;
            // Canary: the share of users' requests during the rollout that the canary version answered.
            const canary = run.result.canary
                ? {
                    maxWeight: run.result.canary.maxWeight,
                    exposure: load ? canaryShare(during, run.result.previousVersion) : run.result.canary.exposure,
                    ...(run.result.canary.pausedAt !== undefined ? { pausedAt: run.result.canary.pausedAt } : {}),
                }
                : undefined;
            const alb = where.via.startsWith('the ALB');
            const healthyAfter = alb && switchAt !== undefined
                ? liveTargetsHealthyAfter(sim.emulator, settings.namespace, settings.service, switchAt)
                : undefined;
            if (format === 'json') {
                io.stdout(JSON.stringify({
                    ...toJson(run),
                    ...(canary ? { canary } : {}),
                    trafficAfter: after,
                    trafficDuring: during,
                    final: finalState(sim.emulator, settings.namespace, (n) => tracked.low(n), {
                        deployments: run.deployments,
                        liveColor: run.result.liveColor,
                    }),
                    ...(alb ? { loadBalancer: { liveTargetsHealthyAfterSwitchSeconds: healthyAfter ?? null } } : {}),
                }) + '\n');
            }
            else {
                io.stdout('\n' + run.markdown + '\n');
                if (load)
                    io.stdout(`Traffic during the rollout: ${describeLoad(during)}\n`);
                io.stdout(`Live traffic after the rollout (through ${where.via}): ${describeTraffic(after)}\n`);
            }
            return run.result.result === 'promoted' || run.result.result === 'paused' ? 0 : 1;
        }
        finally {
            await sim.close();
        }
    },
};
/** What an alarm can watch: the ALB metrics CloudWatch publishes (the 5xx ratio is a check's, not a metric). */
const ALARM_METRICS = types_js_1.CLOUDWATCH_METRICS.filter((m) => m !== '5xx-ratio');
/** `--alarm web-5xx=HTTPCode_Target_5XX_Count>5` (repeatable). */
function parseAlarms(raw) {
    const items = Array.isArray(raw) ? raw : typeof raw === 'string' ? [raw] : [];
    return items.map((item) => {
        const text = String(item);
        const m = /^([\w.#:/-]{1,255})=(\w+)>(\d+(?:\.\d+)?)$/.exec(text.trim());
        if (!m || !ALARM_METRICS.includes(m[2]))
            throw errors_js_1.InputError.invalid('alarm', text, `NAME=METRIC>THRESHOLD such as web-5xx=HTTPCode_Target_5XX_Count>5, METRIC one of ${ALARM_METRICS.join(', ')}`);
        return { name: m[1], metric: m[2], threshold: Number(m[3]) };
    });
}
/** Users' requests a version other than the previous one answered, as a share of all requests (0..1). */
function canaryShare(during, previous) {
    const answered = Object.entries(during.byVersion)
        .filter(([v]) => v !== previous && v !== 'no answer')
        .reduce((n, [, c]) => n + c, 0);
    return Math.round((answered / Math.max(1, during.requests)) * 10_000) / 10_000;
}
function toJson(run) {
    return {
        ...run.result,
        timeline: run.timeline.events.map((e) => ({
            t: (e.at - run.timeline.startedAt) / 1000,
            phase: e.phase,
            level: e.level,
            message: e.message,
        })),
    };
}
function describeLoad(l) {
    const pct = (n) => `${Math.round((n / Math.max(1, l.requests)) * 1000) / 10}%`;
    const versions = Object.entries(l.byVersion)
        .map(([v, n]) => `${pct(n)} ${v}`)
        .join(', ');
    const causes = Object.entries(l.errorsByCause)
        .map(([c, n]) => `${n} ${c}`)
        .join(', ');
    return `${l.requests} requests: ${versions}; ${l.errors} errors (${pct(l.errors)}${causes ? `: ${causes}` : ''})`;
}


/***/ }),

/***/ 64892:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.parseRepo = parseRepo;
exports.readContext = readContext;
/** The run's GitHub context, read once from the runner's environment (never from module-level constants). */
const node_fs_1 = __webpack_require__(73024);
const errors_js_1 = __webpack_require__(97268);
function parseRepo(name, raw) {
    const m = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/.exec(raw);
    if (!m)
        throw errors_js_1.InputError.invalid(name, raw, 'the form {owner}/{repo}');
    return { owner: m[1], repo: m[2] };
}
function obj(v) {
    return v && typeof v === 'object' && !Array.isArray(v) ? v : undefined;
}
function readContext(env = process.env) {
    let payload = {};
    const eventPath = env.GITHUB_EVENT_PATH;
    if (eventPath) {
        try {
            payload = obj(JSON.parse((0, node_fs_1.readFileSync)(eventPath, 'utf8'))) ?? {};
        }
        catch {
            payload = {};
        }
    }
    const repo = env.GITHUB_REPOSITORY ? parseRepo('GITHUB_REPOSITORY', env.GITHUB_REPOSITORY) : undefined;
    const pr = obj(payload.pull_request);
    const prNumber = typeof pr?.number === 'number' ? pr.number : undefined;
    const headRepo = obj(obj(pr?.head)?.repo);
    const baseRepo = obj(obj(pr?.base)?.repo);
    const fromFork = headRepo !== undefined && baseRepo !== undefined && headRepo.full_name !== baseRepo.full_name;
    const serverUrl = env.GITHUB_SERVER_URL ?? 'https://github.com';
    const runId = env.GITHUB_RUN_ID ?? '';
    return {
        eventName: env.GITHUB_EVENT_NAME ?? '',
        repo,
        sha: env.GITHUB_SHA ?? '',
        ref: env.GITHUB_REF ?? '',
        runId,
        runAttempt: env.GITHUB_RUN_ATTEMPT ?? '1',
        serverUrl,
        apiUrl: env.GITHUB_API_URL ?? 'https://api.github.com',
        workspace: env.GITHUB_WORKSPACE ?? process.cwd(),
        runnerTemp: env.RUNNER_TEMP ?? '',
        prNumber,
        headSha: typeof obj(pr?.head)?.sha === 'string' ? obj(pr?.head)?.sha : undefined,
        fromFork,
        payload,
        runUrl: repo && runId ? `${serverUrl}/${repo.owner}/${repo.repo}/actions/runs/${runId}` : undefined,
    };
}


/***/ }),

/***/ 9531:
/***/ ((__unused_webpack_module, exports) => {


/**
 * Typed health-check specs (parsed from YAML by `parse.ts`), the outside-system interfaces a check needs
 * (`PodSource`, `DnsResolver`) and the results the runner returns.
 *
 * Times: `interval`, `timeout`, `max-latency` and every timestamp are in milliseconds of the Clock passed to
 * the runner (the wall clock in production, a scaled or manual clock in tests).
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Inconclusive = exports.CLOUDWATCH_METRICS = void 0;
exports.isInconclusive = isInconclusive;
/** The ALB's per-target-group metrics a cloudwatch check reads (`5xx-ratio`: 5XX count / RequestCount). */
exports.CLOUDWATCH_METRICS = [
    '5xx-ratio',
    'RequestCount',
    'HTTPCode_Target_2XX_Count',
    'HTTPCode_Target_4XX_Count',
    'HTTPCode_Target_5XX_Count',
    'HTTPCode_ELB_5XX_Count',
    'TargetResponseTime',
];
/** Thrown by a probe's transport when the observer, not the target, failed (e.g. the API server is down). */
class Inconclusive extends Error {
    name = 'Inconclusive';
}
exports.Inconclusive = Inconclusive;
function isInconclusive(e) {
    return typeof e === 'object' && e !== null && e.name === 'Inconclusive';
}


/***/ })

};
