export const id = 206;
export const ids = [206,4852];
export const modules = {

/***/ 53999:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.run = run;
const core_js_1 = __webpack_require__(75188);
const inputs_js_1 = __webpack_require__(51662);
const context_js_1 = __webpack_require__(64892);
const run_action_js_1 = __webpack_require__(22081);
const settings_js_1 = __webpack_require__(42943);
async function run(ctx = core_js_1.ActionContext.fromProcess()) {
    await (0, run_action_js_1.runAction)(ctx, async () => {
        const gh = (0, context_js_1.readContext)(ctx.env);
        const settings = (0, settings_js_1.readTestSettings)(new inputs_js_1.Inputs(ctx.getInput), gh.workspace, gh.runnerTemp || undefined);
        const { runTests } = await __webpack_require__.e(/* import() */ 4557).then(__webpack_require__.bind(__webpack_require__, 74557));
        // Only a command's output needs ::stop-commands:: around it (reading reports alone prints nothing).
        const outcome = settings.command
            ? await ctx.passThrough((write) => runTests(settings, { workspace: gh.workspace, env: ctx.env, onOutput: write }))
            : await runTests(settings, { workspace: gh.workspace, env: ctx.env });
        for (const a of outcome.annotations)
            ctx.error(a.message, a.props);
        if (outcome.annotationsOmitted > 0) {
            ctx.notice(`${outcome.annotationsOmitted} more failed tests are listed in the job summary only.`);
        }
        for (const w of outcome.warnings)
            ctx.warning(w);
        const t = outcome.totals;
        ctx.setOutput('total', t.total);
        ctx.setOutput('passed', t.passed);
        ctx.setOutput('failed', t.failed);
        ctx.setOutput('errors', t.errors);
        ctx.setOutput('skipped', t.skipped);
        ctx.setOutput('flaky', t.flaky);
        ctx.setOutput('duration-seconds', t.durationSeconds);
        if (settings.summary)
            ctx.appendSummary(outcome.markdown);
        ctx.info(outcome.headline);
        if (outcome.failure)
            throw outcome.failure;
    });
}


/***/ }),

/***/ 77593:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.parseCommandArgs = parseCommandArgs;
exports.fileOrText = fileOrText;
const node_fs_1 = __webpack_require__(73024);
const node_path_1 = __webpack_require__(76760);
const node_util_1 = __webpack_require__(57975);
const errors_js_1 = __webpack_require__(97268);
const inputs_js_1 = __webpack_require__(51662);
/**
 * Flags are parsed into the same `Inputs` the actions use, so `--fail-on-failure maybe` gets the same one-line
 * error as `fail-on-failure: maybe` in a workflow.
 */
function parseCommandArgs(command, argv, spec) {
    let parsed;
    try {
        parsed = (0, node_util_1.parseArgs)({
            args: argv,
            options: { ...spec, help: { type: 'boolean', short: 'h' } },
            allowPositionals: true,
            strict: true,
        });
    }
    catch (e) {
        const msg = (0, errors_js_1.errorMessage)(e)
            .split(/\. (?=[A-Z])/)[0]
            ?.replace(/\.?$/, '.');
        throw new errors_js_1.InputError('argv', `${msg} See 'keelson ${command} --help'.`);
    }
    const flags = parsed.values;
    const inputs = new inputs_js_1.Inputs((name) => {
        const v = flags[name];
        if (v === undefined)
            return '';
        if (Array.isArray(v))
            return v.join('\n');
        return String(v);
    });
    return { inputs, flags, positionals: parsed.positionals, help: flags.help === true };
}
/** A flag that takes a file or the text itself (checks YAML): a one-line value naming a file reads the file. */
function fileOrText(cwd, value) {
    const file = value && !value.includes('\n') ? (0, node_path_1.resolve)(cwd, value) : '';
    return file && (0, node_fs_1.existsSync)(file) ? (0, node_fs_1.readFileSync)(file, 'utf8') : value;
}


/***/ }),

/***/ 20206:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.command = void 0;
const node_fs_1 = __webpack_require__(73024);
const node_os_1 = __webpack_require__(48161);
const node_path_1 = __webpack_require__(76760);
const main_js_1 = __webpack_require__(53999);
const local_runner_js_1 = __webpack_require__(49623);
const repo_root_js_1 = __webpack_require__(76888);
const args_js_1 = __webpack_require__(77593);
const render_log_js_1 = __webpack_require__(21295);
const rollout_js_1 = __webpack_require__(74852);
const help = `Usage: keelson demo [--no-color] [--speed N]

Runs Keelson's main job on the sample service in examples/sample-service, on this machine, with nothing to
configure, and prints what GitHub would show:

  1. CI: the test action runs the service's tests (node --test with its JUnit reporter): the step log with
     annotations, the step outputs and the job summary.
  2. CD: blue-green rollouts on Keelson's simulated EKS platform — an ALB made by the AWS Load Balancer
     Controller, an HPA, pods served over real HTTP, virtual time — with users sending 50 requests a second
     through the ALB: v1 goes live, v2 is promoted, then v3 — which starts failing 30 % of requests once it
     takes traffic — is caught in the verify window and users go back to v2 automatically.

  --speed N   run the simulated cluster N times faster than the wall clock, to watch it (default: virtual
              time, as fast as this machine computes it)`;
function section(io, s, title) {
    io.stdout(`\n${s.bold(title)}\n${s.dim('─'.repeat(Math.min(78, title.length + 8)))}\n`);
}
async function ciJob(io, s, work) {
    const service = (0, node_path_1.join)(work, 'sample-service');
    const command = `${JSON.stringify(process.execPath)} --test --test-reporter=spec --test-reporter-destination=stdout --test-reporter=junit --test-reporter-destination=junit.xml test/app.test.js`;
    section(io, s, 'CI job — step: uses: keelson/actions/test@v1');
    io.stdout(s.dim(`  with:\n    command: node --test --test-reporter=junit … test/app.test.js\n    name: sample-service unit tests\n`));
    const depth = { groups: 0 };
    const result = await (0, local_runner_js_1.runLocally)(main_js_1.run, {
        inputs: { command, name: 'sample-service unit tests' },
        env: { GITHUB_WORKSPACE: service, GITHUB_REPOSITORY: 'acme/sample-service', GITHUB_EVENT_NAME: 'push' },
        echo: (line) => {
            const shown = (0, render_log_js_1.renderLogLine)(line, s, depth);
            if (shown !== undefined)
                io.stdout(shown + '\n');
        },
    });
    section(io, s, 'Step outputs');
    for (const [k, v] of Object.entries(result.outputs))
        io.stdout(`  ${k.padEnd(17)} ${v}\n`);
    section(io, s, 'Job summary (Markdown)');
    io.stdout(result.summary);
    io.stdout(`\n${result.failed ? s.red('✖ The test step failed.') : s.green('✔ The test step passed.')}\n`);
    return !result.failed;
}
const RPS = 50;
async function cdJob(io, s, work, speed) {
    const service = (0, node_path_1.join)(work, 'sample-service');
    const { startSimulation, describeTraffic } = await Promise.all(/* import() */[__webpack_require__.e(1860), __webpack_require__.e(8815), __webpack_require__.e(1614), __webpack_require__.e(301), __webpack_require__.e(8808)]).then(__webpack_require__.t.bind(__webpack_require__, 58808, 23));
    const { startLoad, summarizeLoad } = await __webpack_require__.e(/* import() */ 1699).then(__webpack_require__.t.bind(__webpack_require__, 21699, 23));
    const { runDeploy, withImage } = await Promise.all(/* import() */[__webpack_require__.e(301), __webpack_require__.e(7566), __webpack_require__.e(8369)]).then(__webpack_require__.bind(__webpack_require__, 18369));
    const sim = await startSimulation(speed);
    try {
        const settings = {
            access: { kind: 'kubeconfig', kubeconfig: 'simulator' },
            namespace: 'default',
            service: 'sample-service',
            strategy: 'blue-green',
            manifests: ['k8s/deployment.yaml', 'k8s/service.yaml', 'k8s/hpa.yaml', 'k8s/ingress.yaml'],
            helmValues: [],
            images: [],
            healthChecks: (0, node_fs_1.readFileSync)((0, node_path_1.join)(service, 'k8s/health-checks.yaml'), 'utf8'),
            readyTimeoutMs: 300_000,
            verifyWindowMs: 120_000,
            scaleDownDelayMs: 30_000,
            switchTimeoutMs: 120_000,
            router: 'auto',
            awsRegion: sim.emulator.region,
            waitForLockMs: 0,
            environment: 'production',
            githubToken: '',
        };
        const context = {
            eventName: 'push',
            repo: { owner: 'acme', repo: 'sample-service' },
            sha: '',
            ref: 'refs/heads/main',
            runId: '',
            runAttempt: '1',
            serverUrl: 'https://github.com',
            apiUrl: '',
            workspace: service,
            runnerTemp: work,
            prNumber: undefined,
            headSha: undefined,
            fromFork: false,
            payload: {},
            runUrl: undefined,
        };
        const deploy = (image, onSwitch) => runDeploy({ ...settings, version: image.split(':').pop() }, {
            clock: sim.clock,
            signal: new AbortController().signal,
            context,
            cwd: service,
            kube: sim.kube,
            elbv2: sim.elbv2,
            loadBalancerUrl: (dns) => sim.loadBalancerUrl(dns),
            holder: 'github-run-demo-1',
            setSecret: (v) => io.masker.add(v),
            transform: withImage(image),
            onEvent: (e, t) => {
                (0, rollout_js_1.liveTimeline)(io, s)(e, t);
                if (e.phase === 'switch' && e.level === 'ok')
                    onSwitch?.();
            },
        });
        const image = (v) => `ghcr.io/acme/sample-service:${v}`;
        section(io, s, `CD job — step: uses: keelson/actions/deploy@v1 (strategy: blue-green), simulated cluster${speed ? ` at ${speed}× speed` : ''}`);
        io.stdout(s.bold('\n▸ v1: the first deploy (an ALB, an HPA at 3..10 pods)\n'));
        const v1 = await deploy(image('v1'));
        const users = await sim.userUrl('default', 'sample-service');
        io.stdout(`  users arrive through ${users.via}: ${RPS} requests per second from now on\n`);
        const load = startLoad(sim.clock, () => users.url, { rps: RPS });
        const seen = (from) => {
            const l = summarizeLoad(load.answers.filter((a) => a.at >= from));
            const causes = Object.entries(l.errorsByCause).map(([c, n]) => `${n} ${c}`);
            const versions = Object.entries(l.byVersion).map(([v, n]) => `${n} ${v}`);
            return `${l.requests} requests (${versions.join(', ')}), ${l.errors} failed${causes.length ? `: ${causes.join(', ')}` : ''}`;
        };
        let mark = sim.clock.now();
        io.stdout(s.bold('\n▸ v2: a healthy release, switched on the ALB with nobody noticing\n'));
        const v2 = await deploy(image('v2'));
        io.stdout(`  users during the rollout: ${seen(mark)}\n`);
        io.stdout(s.bold('\n▸ v3: passes its checks, then fails 30 % of requests once it takes live traffic\n'));
        mark = sim.clock.now();
        const v3 = await deploy(image('v3'), () => sim.emulator.sim.behaviour(image('v3'), { errorRate: 0.3 }));
        await load.stop();
        io.stdout(`  users during the rollout: ${seen(mark)}\n`);
        const after = await sim.traffic(users.url);
        io.stdout(`  live traffic after the rollback: ${describeTraffic(after)}\n`);
        const lbFailures = summarizeLoad(load.answers.filter((a) => a.at >= mark)).errorsByCause['load-balancer'] ?? 0;
        section(io, s, 'Step outputs (v3)');
        const r = v3.result;
        const outputs = [
            ['result', r.result],
            ['rollback-reason', r.rollbackReason],
            ['version', r.version],
            ['previous-version', r.previousVersion],
            ['detect-seconds', r.detectSeconds],
            ['rollback-seconds', r.rollbackSeconds],
            ['live-color', r.liveColor],
        ];
        for (const [k, v] of outputs)
            io.stdout(`  ${k.padEnd(17)} ${v ?? ''}\n`);
        section(io, s, 'Job summary (Markdown, v3)');
        io.stdout(v3.markdown + '\n');
        const ok = v1.result.result === 'promoted' &&
            v2.result.result === 'promoted' &&
            r.result === 'rolled-back' &&
            Object.keys(after).join() === 'v2' &&
            lbFailures === 0;
        io.stdout(ok
            ? s.green('✔ v3 was caught and rolled back automatically, no request failed because of the switches, and every request is answered by v2 again.\n')
            : s.red('✖ The demo did not end as expected (see the timeline above).\n'));
        return ok;
    }
    finally {
        await sim.close();
    }
}
exports.command = {
    name: 'demo',
    summary: "Run Keelson's main job (CI, then blue-green CD with an automatic rollback) on the sample service",
    help,
    async run(argv, io) {
        const args = (0, args_js_1.parseCommandArgs)('demo', argv, {
            'no-color': { type: 'boolean' },
            speed: { type: 'string' },
        });
        const speed = args.inputs.has('speed')
            ? args.inputs.integer('speed', 20, { min: 1, max: 200 })
            : undefined;
        const s = io.isTTY && args.flags['no-color'] !== true && !io.env.NO_COLOR ? render_log_js_1.colour : render_log_js_1.plain;
        const work = (0, node_fs_1.mkdtempSync)((0, node_path_1.join)((0, node_os_1.tmpdir)(), 'keelson-demo-'));
        try {
            (0, node_fs_1.cpSync)((0, node_path_1.join)((0, repo_root_js_1.keelsonRoot)(), 'examples', 'sample-service'), (0, node_path_1.join)(work, 'sample-service'), {
                recursive: true,
                filter: (src) => !/node_modules|junit\.xml$/.test(src),
            });
            io.stdout(s.bold('Keelson demo') +
                ' — the CI and CD jobs of examples/sample-service, as GitHub would show them\n');
            const ci = await ciJob(io, s, work);
            if (!ci)
                return 1;
            return (await cdJob(io, s, work, speed)) ? 0 : 1;
        }
        finally {
            (0, node_fs_1.rmSync)(work, { recursive: true, force: true });
        }
    },
};


/***/ }),

/***/ 74852:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.command = void 0;
exports.liveTimeline = liveTimeline;
const clock_js_1 = __webpack_require__(84517);
const errors_js_1 = __webpack_require__(97268);
const context_js_1 = __webpack_require__(64892);
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
  --strategy rolling|blue-green     (default blue-green)
  --router auto|service|alb          how users move: the ALB's weights when an ALB Ingress fronts the
                            service (auto), or the Service's selector (service)
  --namespace NS            (default default)
  --manifests FILE          files, directories or globs (repeatable); or --kustomize DIR, or --helm-chart DIR
                            with --helm-values FILE
  --images name=repo@sha256:...     pin images by digest (repeatable)
  --version V               version label (default the first image digest, or the image tag when simulating)
  --health-checks FILE|YAML checks as in the deploy action (default: pods Ready, not crash-looping)
  --ready-timeout 10m  --verify-window 5m  --scale-down-delay 2m  --switch-timeout 2m  --wait-for-lock 0
  --cluster-name NAME --aws-region REGION | --kubeconfig FILE [--context C]     a real cluster

Exit status: 0 promoted, 1 rolled back or failed.`;
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
    'wait-for-lock': { type: 'string' },
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
            ? parseRatio(args.inputs.raw('fail-after-switch'))
            : undefined;
        if (!simulate && (rps > 0 || failAfter !== undefined)) {
            throw new errors_js_1.InputError('simulate', '--traffic and --fail-after-switch need --simulate.');
        }
        if (simulate && (args.inputs.has('cluster-name') || args.inputs.has('kubeconfig'))) {
            throw new errors_js_1.InputError('simulate', '--simulate runs against the built-in simulator: drop --cluster-name and --kubeconfig.');
        }
        const inputs = new inputs_js_1.Inputs((name) => {
            if (name === 'health-checks')
                return (0, args_js_1.fileOrText)(io.cwd, args.inputs.raw(name));
            if (name === 'strategy')
                return args.inputs.raw(name) || 'blue-green';
            if (name === 'kubeconfig' && simulate)
                return 'simulator';
            return args.inputs.raw(name);
        });
        const { readDeployInputs } = await __webpack_require__.e(/* import() */ 8606).then(__webpack_require__.bind(__webpack_require__, 98606));
        const settings = readDeployInputs(inputs);
        const { runDeploy, withImage } = await Promise.all(/* import() */[__webpack_require__.e(301), __webpack_require__.e(7566), __webpack_require__.e(8369)]).then(__webpack_require__.bind(__webpack_require__, 18369));
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
            return run.result.result === 'promoted' ? 0 : 1;
        }
        const { startSimulation, describeTraffic, finalState, liveTargetsHealthyAfter } = await Promise.all(/* import() */[__webpack_require__.e(1860), __webpack_require__.e(8815), __webpack_require__.e(1614), __webpack_require__.e(301), __webpack_require__.e(8808)]).then(__webpack_require__.t.bind(__webpack_require__, 58808, 23));
        const { startLoad, summarizeLoad } = await __webpack_require__.e(/* import() */ 1699).then(__webpack_require__.t.bind(__webpack_require__, 21699, 23));
        const sim = await startSimulation(speed, settings.namespace);
        try {
            const simDeps = {
                ...deps,
                clock: sim.clock,
                kube: sim.kube,
                elbv2: sim.elbv2,
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
                        if (e.phase === 'switch' && e.level === 'ok' && failAfter !== undefined) {
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
            const switchAt = run.timeline.events.find((e) => e.phase === 'switch')?.at;
            const alb = where.via.startsWith('the ALB');
            const healthyAfter = alb && switchAt !== undefined
                ? liveTargetsHealthyAfter(sim.emulator, settings.namespace, settings.service, switchAt)
                : undefined;
            if (format === 'json') {
                io.stdout(JSON.stringify({
                    ...toJson(run),
                    trafficAfter: after,
                    trafficDuring: during,
                    final: finalState(sim.emulator, settings.namespace, (n) => tracked.low(n)),
                    ...(alb ? { loadBalancer: { liveTargetsHealthyAfterSwitchSeconds: healthyAfter ?? null } } : {}),
                }) + '\n');
            }
            else {
                io.stdout('\n' + run.markdown + '\n');
                if (load)
                    io.stdout(`Traffic during the rollout: ${describeLoad(during)}\n`);
                io.stdout(`Live traffic after the rollout (through ${where.via}): ${describeTraffic(after)}\n`);
            }
            return run.result.result === 'promoted' ? 0 : 1;
        }
        finally {
            await sim.close();
        }
    },
};
function parseRatio(raw) {
    const n = Number(raw);
    if (!/^\d*\.?\d+$/.test(raw) || n < 0 || n > 1)
        throw errors_js_1.InputError.invalid('fail-after-switch', raw, 'a share of requests from 0 to 1, such as 0.3');
    return n;
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

/***/ 21295:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.plain = exports.colour = void 0;
exports.renderLogLine = renderLogLine;
const local_runner_js_1 = __webpack_require__(49623);
const wrap = (code) => (s) => `\u001b[${code}m${s}\u001b[0m`;
exports.colour = {
    bold: wrap(1),
    dim: wrap(2),
    red: wrap(31),
    yellow: wrap(33),
    green: wrap(32),
    blue: wrap(34),
};
const id = (s) => s;
exports.plain = { bold: id, dim: id, red: id, yellow: id, green: id, blue: id };
/** Renders one runner log line as GitHub shows it: groups as headers, annotations as labelled lines. */
function renderLogLine(line, style, depth = { groups: 0 }) {
    const indent = depth.groups > 0 ? '  ' : '';
    if (depth.stopToken) {
        if (line === `::${depth.stopToken}::`) {
            depth.stopToken = undefined;
            return undefined;
        }
        return indent + line;
    }
    const cmd = (0, local_runner_js_1.parseWorkflowCommand)(line);
    if (!cmd)
        return indent + line;
    if (cmd.command === 'stop-commands') {
        depth.stopToken = cmd.message;
        return undefined;
    }
    const where = cmd.props.file ? `${cmd.props.file}${cmd.props.line ? `:${cmd.props.line}` : ''}` : '';
    const head = [where, cmd.props.title].filter(Boolean).join(' ');
    const body = cmd.message.split('\n');
    const label = (tag) => `${tag}${head ? ' ' + style.bold(head) : ''}: ${body[0]}${body.length > 1
        ? '\n' +
            body
                .slice(1)
                .map((l) => '    ' + l)
                .join('\n')
        : ''}`;
    switch (cmd.command) {
        case 'group':
            depth.groups++;
            return style.blue(`▾ ${cmd.message}`);
        case 'endgroup':
            depth.groups = Math.max(0, depth.groups - 1);
            return undefined;
        case 'error':
            return label(style.red('Error'));
        case 'warning':
            return label(style.yellow('Warning'));
        case 'notice':
            return label(style.blue('Notice'));
        case 'add-mask':
        case 'debug':
            return undefined;
        default:
            return line;
    }
}


/***/ }),

/***/ 84517:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ManualClock = exports.ScaledClock = exports.realClock = void 0;
function abortError(signal) {
    const reason = signal.reason;
    return reason instanceof Error ? reason : new Error('aborted');
}
function realSleep(ms, signal) {
    return new Promise((resolve, reject) => {
        if (signal?.aborted)
            return reject(abortError(signal));
        const timer = setTimeout(() => {
            signal?.removeEventListener('abort', onAbort);
            resolve();
        }, Math.max(0, ms));
        const onAbort = () => {
            clearTimeout(timer);
            reject(abortError(signal));
        };
        signal?.addEventListener('abort', onAbort, { once: true });
    });
}
/** The wall clock. */
exports.realClock = {
    now: () => Date.now(),
    sleep: realSleep,
};
/**
 * A clock that runs `factor` times faster than the wall clock: `sleep(60_000)` with factor 600 takes 100 ms of
 * real time and `now()` advances by 60 s. Works with real I/O (emulators on loopback), unlike a manual clock.
 */
class ScaledClock {
    factor;
    start;
    realStart = performance.now();
    constructor(factor, start = Date.UTC(2026, 0, 1)) {
        this.factor = factor;
        this.start = start;
        if (!(factor > 0))
            throw new Error(`ScaledClock factor must be > 0, got ${factor}`);
    }
    now() {
        // performance.now() is sub-millisecond: at 100x, Date.now()'s 1 ms steps would be 100 ms jumps.
        return this.start + Math.floor((performance.now() - this.realStart) * this.factor);
    }
    /** Never wakes early in this clock's time (timers may fire a fraction of a millisecond early). */
    async sleep(ms, signal) {
        const until = this.now() + Math.max(0, ms);
        await realSleep(ms / this.factor, signal);
        while (this.now() < until)
            await realSleep(Math.max(0.1, (until - this.now()) / this.factor), signal);
    }
}
exports.ScaledClock = ScaledClock;
/**
 * A clock that only moves when told to. `advance(ms)` fires every sleeper due by then, in order, letting
 * promise callbacks run between them. For unit tests of pure waiting logic.
 */
class ManualClock {
    current;
    seq = 0;
    timers = [];
    constructor(start = Date.UTC(2026, 0, 1)) {
        this.current = start;
    }
    now() {
        return this.current;
    }
    /** Number of sleepers waiting. */
    get pending() {
        return this.timers.length;
    }
    sleep(ms, signal) {
        return new Promise((resolve, reject) => {
            if (signal?.aborted)
                return reject(abortError(signal));
            const timer = { at: this.current + Math.max(0, ms), seq: this.seq++, resolve: () => undefined };
            const onAbort = () => {
                this.timers = this.timers.filter((t) => t !== timer);
                reject(abortError(signal));
            };
            timer.resolve = () => {
                signal?.removeEventListener('abort', onAbort);
                resolve();
            };
            signal?.addEventListener('abort', onAbort, { once: true });
            this.timers.push(timer);
        });
    }
    async advance(ms) {
        const target = this.current + ms;
        for (;;) {
            await flush();
            this.timers.sort((a, b) => a.at - b.at || a.seq - b.seq);
            const next = this.timers[0];
            if (!next || next.at > target)
                break;
            this.timers.shift();
            this.current = next.at;
            next.resolve();
        }
        this.current = target;
        await flush();
    }
}
exports.ManualClock = ManualClock;
async function flush() {
    for (let i = 0; i < 10; i++)
        await new Promise((r) => setImmediate(r));
}


/***/ }),

/***/ 75188:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ActionContext = void 0;
exports.neutraliseLine = neutraliseLine;
exports.splitLines = splitLines;
exports.inputFrom = inputFrom;
/**
 * The GitHub Actions runner protocol (workflow commands and environment files), without @actions/core's
 * dependency tree: importing @actions/core costs ~70 ms of start-up (it pulls an HTTP client for OIDC), more
 * than a whole Keelson action needs to reach its first input error.
 *
 * Everything an action run owns — its environment, where its lines go, its masker — lives in one
 * `ActionContext`, passed down. There are no module globals: two actions can run in one process at once (the
 * local workflow runner does), and a secret registered by one run is never masked, or leaked, by another.
 *
 * Every line written is masked, and text that could be read as a workflow command (a line starting with `::`,
 * the legacy `##[` anywhere in a line, a bare `\r` that the runner takes for a line break) is neutralised, so a
 * value that ends up printed — a Prometheus label, an HTTP body, a Terraform output — cannot forge `::error`,
 * `::add-mask::` or `##[stop-commands]`.
 */
const node_fs_1 = __webpack_require__(73024);
const node_os_1 = __webpack_require__(48161);
const mask_js_1 = __webpack_require__(46043);
/**
 * Writes straight to fd 1: creating process.stdout costs a few milliseconds of start-up that an action
 * failing on its first input should not pay. Falls back to the stream if the fd is non-blocking and full.
 */
function writeStdout(text) {
    const buf = Buffer.from(text, 'utf8');
    let off = 0;
    try {
        while (off < buf.length)
            off += (0, node_fs_1.writeSync)(1, buf, off);
    }
    catch (e) {
        if (e.code !== 'EAGAIN')
            throw e;
        process.stdout.write(buf.subarray(off));
    }
}
/** A random token (Web Crypto, loaded on first use rather than at start-up). */
function token() {
    return globalThis.crypto.randomUUID();
}
/** A zero-width space: invisible in the log, but the runner no longer sees a command. */
const ZWSP = '\u200b';
/**
 * Makes one line of text inert for the runner's command parser: a line whose first non-blank characters are
 * `::` (the runner trims leading blanks before it looks) and every `##[` (the legacy form, matched anywhere).
 */
function neutraliseLine(line) {
    let out = line.includes('##[') ? line.split('##[').join(`#${ZWSP}#[`) : line;
    const start = LEADING_BLANKS.exec(out)?.[0].length ?? 0;
    if (out.startsWith('::', start))
        out = `${out.slice(0, start)}:${ZWSP}${out.slice(start + 1)}`;
    return out;
}
/**
 * What the runner's `TrimStart()` (.NET `char.IsWhiteSpace`) removes before it looks for `::`: JavaScript's
 * white space plus U+0085 (NEL), which `String.prototype.trimStart` keeps.
 */
const LEADING_BLANKS = /^[\s\u0085]*/;
/** Splits text into lines the way the runner does (`\r\n`, `\n` and a bare `\r` each end a line). */
function splitLines(text) {
    return text.split(/\r\n|\r|\n/);
}
function escapeData(s) {
    return escapeCommandData(neutraliseLine(s));
}
/** The runner's escaping of command data, and nothing else (an add-mask value must reach it as it is). */
function escapeCommandData(s) {
    return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(s) {
    return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
/** Raw input value (trimmed), '' when unset. Names are matched like the runner sets them: INPUT_<NAME>. */
function inputFrom(env, name) {
    const key = `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
    return (env[key] ?? '').trim();
}
/** One action run: its environment, its output and its secrets. */
class ActionContext {
    env;
    masker;
    out;
    onFailed;
    failedFlag = false;
    constructor(o) {
        this.env = o.env;
        this.out = o.write;
        this.masker = o.masker ?? new mask_js_1.Masker();
        this.onFailed = o.onFailed;
    }
    /** The context of an action started by the runner: process.env, stdout, the process exit code. */
    static fromProcess() {
        return new ActionContext({
            env: process.env,
            write: (line) => writeStdout(line + node_os_1.EOL),
            onFailed: () => {
                process.exitCode = 1;
            },
        });
    }
    /** True once setFailed was called. */
    get failed() {
        return this.failedFlag;
    }
    /** Raw input value (trimmed), '' when unset. */
    getInput = (name) => inputFrom(this.env, name);
    mask(text) {
        return this.masker.mask(text);
    }
    /** Prints text (masked, each line neutralised). */
    info(message) {
        for (const line of splitLines(this.masker.mask(message)))
            this.out(neutraliseLine(line));
    }
    /** Writes one workflow command; props and message are masked (the message of add-mask excepted) and escaped. */
    command(name, props, message) {
        const p = Object.entries(props)
            .filter(([, v]) => v !== undefined && v !== '')
            .map(([k, v]) => `${k}=${escapeProperty(this.masker.mask(String(v)))}`)
            .join(',');
        // The value of add-mask is escaped as the runner unescapes it, never neutralised: the runner must learn the
        // secret exactly as it is (the line starts with ::add-mask::, so nothing inside it can start a command).
        const data = name === 'add-mask' ? escapeCommandData(message) : escapeData(this.masker.mask(message));
        this.out(`::${name}${p ? ' ' + p : ''}::${data}`);
    }
    setSecret(value) {
        if (!value)
            return;
        const before = this.masker.size;
        this.masker.add(value);
        if (this.masker.size === before || mask_js_1.Masker.isShort(value))
            return;
        for (const line of splitLines(value))
            if (line.trim().length >= 3)
                this.command('add-mask', {}, line);
    }
    /**
     * Hides every match of a pattern in what this run prints. The runner has no pattern masks, so whatever the
     * pattern finds in text Keelson prints is masked here; values known in full should go to setSecret.
     */
    addMaskPattern(pattern) {
        this.masker.addPattern(pattern);
    }
    fileCommand(envVar, key, value) {
        const file = this.env[envVar];
        if (!file)
            return false;
        // A delimiter the value does not contain, so no value can end its block early and write another key.
        // Checked rather than random: Web Crypto costs start-up an action reaching its first error should not pay.
        let n = 0;
        let delimiter = 'ghadelimiter_keelson';
        while (value.includes(delimiter) || key.includes(delimiter))
            delimiter = `ghadelimiter_keelson_${++n}`;
        (0, node_fs_1.appendFileSync)(file, `${key}<<${delimiter}${node_os_1.EOL}${value}${node_os_1.EOL}${delimiter}${node_os_1.EOL}`, 'utf8');
        return true;
    }
    /**
     * Sets a step output. Text meant for people is masked; protocol values (hashes, digests, ids, numbers,
     * booleans) are passed as they are with `raw`, since masking a registered value that happens to occur inside
     * a hash would corrupt it.
     */
    setOutput(name, value, o = {}) {
        const v = o.raw || typeof value !== 'string' ? String(value) : this.masker.mask(value);
        if (!this.fileCommand('GITHUB_OUTPUT', name, v))
            this.info(`${name}=${v}`);
    }
    saveState(name, value) {
        if (!this.fileCommand('GITHUB_STATE', name, value))
            this.env[`STATE_${name}`] = value;
    }
    getState(name) {
        return this.env[`STATE_${name}`] ?? '';
    }
    exportVariable(name, value) {
        this.env[name] = value;
        this.fileCommand('GITHUB_ENV', name, value);
    }
    isDebug() {
        return this.env.RUNNER_DEBUG === '1';
    }
    debug(message) {
        this.command('debug', {}, message);
    }
    annotate(kind, message, props = {}) {
        this.command(kind, {
            title: props.title,
            file: props.file,
            line: props.startLine,
            endLine: props.endLine,
            col: props.startColumn,
            endColumn: props.endColumn,
        }, message);
    }
    error(message, props) {
        this.annotate('error', message, props);
    }
    warning(message, props) {
        this.annotate('warning', message, props);
    }
    notice(message, props) {
        this.annotate('notice', message, props);
    }
    /** Marks the run failed with its one error line (on a file's line when `props` says where). */
    setFailed(message, props) {
        if (!this.failedFlag) {
            this.failedFlag = true;
            this.onFailed?.();
        }
        this.error(message, props);
    }
    /** Runs fn inside a collapsible log group; the group is closed however fn ends. */
    async group(name, fn) {
        this.out(`::group::${escapeData(this.masker.mask(name))}`);
        try {
            return await fn();
        }
        finally {
            this.out('::endgroup::');
        }
    }
    /** Appends Markdown to the job summary (GITHUB_STEP_SUMMARY). Returns false when there is no summary file. */
    appendSummary(markdown, o = {}) {
        const file = this.env.GITHUB_STEP_SUMMARY;
        if (!file)
            return false;
        (0, node_fs_1.appendFileSync)(file, (0, mask_js_1.maskExcept)(this.masker, markdown, o.keep ?? []) + node_os_1.EOL, 'utf8');
        return true;
    }
    /**
     * Streams a child process's output into the log line by line, with workflow commands switched off
     * (`::stop-commands::`) so a test that prints `::error::` or `::add-mask::` cannot forge them. A bare `\r`
     * ends a line here as it does for the runner, and each line is neutralised too, so nothing inside can end
     * the stop early.
     */
    async passThrough(fn) {
        const stop = token();
        let pending = '';
        this.out(`::stop-commands::${stop}`);
        try {
            return await fn((chunk) => {
                let text = pending + chunk;
                // A chunk may end between \r and \n: hold a trailing \r until the next chunk says which it was.
                const carry = text.endsWith('\r') ? '\r' : '';
                if (carry)
                    text = text.slice(0, -1);
                const lines = splitLines(text);
                pending = (lines.pop() ?? '') + carry;
                for (const line of lines)
                    this.out(neutraliseLine(this.masker.mask(line)));
            });
        }
        finally {
            const rest = pending.replace(/\r$/, '');
            if (rest)
                this.out(neutraliseLine(this.masker.mask(rest)));
            this.out(`::${stop}::`);
        }
    }
}
exports.ActionContext = ActionContext;


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

/***/ 51662:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Inputs = void 0;
exports.parseBoolean = parseBoolean;
exports.parseInteger = parseInteger;
exports.parseDuration = parseDuration;
exports.formatDuration = formatDuration;
exports.parsePercentList = parsePercentList;
exports.parseRatio = parseRatio;
exports.parseEnum = parseEnum;
exports.parseList = parseList;
exports.parseMap = parseMap;
exports.parseGlobs = parseGlobs;
exports.confinedPath = confinedPath;
/**
 * One parser per kind of input, shared by every action (INPUT_* env) and by the CLI (flags). A bad value is an
 * InputError that names the input, repeats the value and says what is allowed; nothing falls back silently.
 */
const node_fs_1 = __webpack_require__(73024);
const node_path_1 = __webpack_require__(76760);
const errors_js_1 = __webpack_require__(97268);
const TRUE = ['true', 'True', 'TRUE'];
const FALSE = ['false', 'False', 'FALSE'];
/** YAML 1.2 core schema booleans, as `core.getBooleanInput` accepts. */
function parseBoolean(name, raw) {
    if (TRUE.includes(raw))
        return true;
    if (FALSE.includes(raw))
        return false;
    throw errors_js_1.InputError.invalid(name, raw, 'a boolean: true | True | TRUE | false | False | FALSE');
}
function parseInteger(name, raw, range = {}) {
    const { min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER } = range;
    const expected = `a whole number from ${min} to ${max}`;
    if (!/^[+-]?\d+$/.test(raw))
        throw errors_js_1.InputError.invalid(name, raw, expected);
    const n = Number(raw);
    if (!Number.isSafeInteger(n) || n < min || n > max)
        throw errors_js_1.InputError.invalid(name, raw, expected);
    return n;
}
const UNIT_MS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };
/** `250ms`, `90s`, `5m`, `1h30m`, `0`; units in descending order, each at most once. Returns milliseconds. */
function parseDuration(name, raw, range = {}) {
    const expected = 'a duration such as 90s, 5m or 1h30m (units h, m, s, ms' +
        (range.min !== undefined || range.max !== undefined
            ? `; from ${formatDuration(range.min ?? 0)}${range.max !== undefined ? ` to ${formatDuration(range.max)}` : ''}`
            : '') +
        ')';
    if (raw === '0')
        return checkRange(0);
    const re = /(\d+(?:\.\d+)?)(ms|h|m|s)/gy;
    let total = 0;
    let pos = 0;
    let lastRank = -1;
    const rank = ['h', 'm', 's', 'ms'];
    for (let m = re.exec(raw); m; m = re.exec(raw)) {
        const r = rank.indexOf(m[2]);
        if (r <= lastRank)
            throw errors_js_1.InputError.invalid(name, raw, expected);
        lastRank = r;
        total += Number(m[1]) * UNIT_MS[m[2]];
        pos = re.lastIndex;
    }
    if (pos === 0 || pos !== raw.length)
        throw errors_js_1.InputError.invalid(name, raw, expected);
    return checkRange(Math.round(total));
    function checkRange(ms) {
        if ((range.min !== undefined && ms < range.min) || (range.max !== undefined && ms > range.max)) {
            throw errors_js_1.InputError.invalid(name, raw, expected);
        }
        return ms;
    }
}
function formatDuration(ms) {
    if (ms === 0)
        return '0s';
    const parts = [];
    let rest = ms;
    for (const [unit, size] of [
        ['h', 3_600_000],
        ['m', 60_000],
        ['s', 1000],
    ]) {
        if (rest >= size) {
            parts.push(`${Math.floor(rest / size)}${unit}`);
            rest %= size;
        }
    }
    if (rest > 0)
        parts.push(`${rest}ms`);
    return parts.join('');
}
/** `5,25,50,100`: strictly increasing percentages in 1..100. */
function parsePercentList(name, raw) {
    const expected = 'a comma-separated list of increasing percentages from 1 to 100, such as 5,25,50,100';
    const items = raw.split(',').map((s) => s.trim().replace(/%$/, ''));
    const out = [];
    for (const item of items) {
        if (!/^\d+$/.test(item))
            throw errors_js_1.InputError.invalid(name, raw, expected);
        const n = Number(item);
        if (n < 1 || n > 100 || (out.length > 0 && n <= out[out.length - 1])) {
            throw errors_js_1.InputError.invalid(name, raw, expected);
        }
        out.push(n);
    }
    return out;
}
/** A ratio from 0 to 1: `0.05`, or a percentage `5%`. */
function parseRatio(name, raw) {
    const text = raw.trim();
    const m = /^(\d*\.?\d+)\s*(%?)$/.exec(text);
    const n = m ? Number(m[1]) / (m[2] ? 100 : 1) : NaN;
    if (!Number.isFinite(n) || n < 0 || n > 1) {
        throw errors_js_1.InputError.invalid(name, raw, 'a ratio from 0 to 1 such as 0.05 (or a percentage such as 5%)');
    }
    return n;
}
function parseEnum(name, raw, allowed) {
    if (allowed.includes(raw))
        return raw;
    throw errors_js_1.InputError.invalid(name, raw, `one of: ${allowed.join(' | ')}`);
}
/** Newline- or comma-separated; blanks dropped. `# comments` on their own line are dropped too. */
function parseList(raw, separators = 'newline-or-comma') {
    const splitter = separators === 'newline' ? /\r?\n/ : /\r?\n|,/;
    return raw
        .split(splitter)
        .map((s) => s.trim())
        .filter((s) => s !== '' && !s.startsWith('#'));
}
/** A YAML or JSON mapping (JSON is YAML). Async: the YAML parser is loaded only when a map is given. */
async function parseMap(name, raw) {
    const { parse: parseYaml } = await __webpack_require__.e(/* import() */ 8815).then(__webpack_require__.t.bind(__webpack_require__, 38815, 19));
    const expected = 'a YAML or JSON mapping such as `key: value` lines or {"key": "value"}';
    let value;
    try {
        value = parseYaml(raw);
    }
    catch (e) {
        const why = e instanceof Error ? e.message.split('\n')[0] : String(e);
        throw new errors_js_1.InputError(name, `Invalid input '${name}': not valid YAML (${why}). Expected ${expected}.`);
    }
    if (value === null || value === undefined)
        return {};
    if (typeof value !== 'object' || Array.isArray(value)) {
        // The value is not repeated: a map input can hold secrets (variables, headers).
        const kind = Array.isArray(value) ? 'a list' : `a ${typeof value}`;
        throw new errors_js_1.InputError(name, `Invalid input '${name}': ${kind}, not a mapping. Expected ${expected}.`);
    }
    return value;
}
/** Glob patterns, one per line; `!pattern` excludes. Absolute paths and `..` are refused: globs stay inside. */
function parseGlobs(name, raw) {
    const globs = parseList(raw, 'newline');
    for (const g of globs) {
        const body = g.startsWith('!') ? g.slice(1) : g;
        if (body === '')
            throw errors_js_1.InputError.invalid(name, raw, 'glob patterns such as reports/**/*.xml, one per line');
        if ((0, node_path_1.isAbsolute)(body) || /^[A-Za-z]:/.test(body) || body.split(/[\\/]/).includes('..')) {
            throw errors_js_1.InputError.invalid(name, g, 'glob patterns relative to the working directory, without .. or an absolute path');
        }
    }
    return globs;
}
function inside(path, root) {
    const rel = (0, node_path_1.relative)(root, path);
    return rel === '' || (!rel.startsWith('..') && !(0, node_path_1.isAbsolute)(rel));
}
/** `path`, or the real path of its nearest existing ancestor joined with the rest (symlinks followed). */
function realish(path) {
    let head = path;
    const tail = [];
    while (!(0, node_fs_1.existsSync)(head)) {
        const parent = (0, node_path_1.resolve)(head, '..');
        if (parent === head)
            return path;
        tail.unshift(head.slice(parent.length + (parent.endsWith(node_path_1.sep) ? 0 : 1)));
        head = parent;
    }
    return (0, node_path_1.resolve)((0, node_fs_1.realpathSync)(head), ...tail);
}
/**
 * Resolves a path input against `base` (default: the workspace) and refuses one that leaves the workspace and
 * the runner's temp directory — by `..`, an absolute path, or a symlink — with one line naming the input.
 */
function confinedPath(name, raw, roots, base = roots.workspace) {
    const abs = (0, node_path_1.resolve)(base, raw);
    const allowed = [roots.workspace, ...(roots.temp ? [roots.temp] : [])];
    const real = realish(abs);
    const ok = allowed.some((r) => inside(abs, r) && inside(real, realish(r)));
    if (!ok) {
        throw errors_js_1.InputError.invalid(name, raw, `a path inside the workspace (${roots.workspace})${roots.temp ? ` or the runner's temp directory` : ''}`);
    }
    return abs;
}
/** Typed access to one action's inputs (or one CLI command's flags) with defaults. */
class Inputs {
    source;
    constructor(source) {
        this.source = source;
    }
    raw(name) {
        return this.source(name).trim();
    }
    has(name) {
        return this.raw(name) !== '';
    }
    string(name, opts = {}) {
        const v = this.raw(name);
        if (v !== '')
            return v;
        if (opts.required)
            throw errors_js_1.InputError.required(name, opts.expected);
        return opts.default ?? '';
    }
    boolean(name, fallback) {
        const v = this.raw(name);
        return v === '' ? fallback : parseBoolean(name, v);
    }
    integer(name, fallback, range) {
        const v = this.raw(name);
        return v === '' ? fallback : parseInteger(name, v, range);
    }
    duration(name, fallback, range) {
        const v = this.raw(name);
        return parseDuration(name, v === '' ? fallback : v, range);
    }
    percentList(name, fallback) {
        const v = this.raw(name);
        return parsePercentList(name, v === '' ? fallback : v);
    }
    enum(name, allowed, fallback) {
        const v = this.raw(name);
        return v === '' ? fallback : parseEnum(name, v, allowed);
    }
    list(name, fallback = []) {
        const v = this.raw(name);
        return v === '' ? fallback : parseList(v);
    }
    lines(name, fallback = []) {
        const v = this.raw(name);
        return v === '' ? fallback : parseList(v, 'newline');
    }
    async map(name) {
        const v = this.raw(name);
        return v === '' ? {} : parseMap(name, v);
    }
    /** Environment variable names, comma- or newline-separated. */
    envNames(name) {
        const list = this.list(name);
        for (const n of list) {
            if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(n))
                throw errors_js_1.InputError.invalid(name, n, 'environment variable names such as GITHUB_TOKEN');
        }
        return list;
    }
    globs(name, fallback) {
        const v = this.raw(name);
        return v === '' ? fallback : parseGlobs(name, v);
    }
}
exports.Inputs = Inputs;


/***/ }),

/***/ 35478:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.DEFAULT_REPORT_GLOBS = void 0;
exports.findReports = findReports;
exports.matchesDefault = matchesDefault;
exports.readReports = readReports;
const promises_1 = __webpack_require__(51455);
const node_path_1 = __webpack_require__(76760);
const errors_js_1 = __webpack_require__(97268);
/**
 * Files matching the globs under `cwd` (node_modules and .git excluded; directories starting with a dot are
 * searched only when a pattern names them), absolute and sorted. Node 24's built-in `fs.glob` where it exists
 * (the action's runtime: no glob library to load at start-up), tinyglobby elsewhere, with the same semantics.
 */
async function findReports(globs, cwd) {
    if (sameList(globs, exports.DEFAULT_REPORT_GLOBS))
        return walkDefault(cwd);
    const patterns = globs.filter((g) => !g.startsWith('!'));
    const ignore = [
        '**/node_modules/**',
        '**/.git/**',
        ...globs.filter((g) => g.startsWith('!')).map((g) => g.slice(1)),
    ];
    const nodeGlob = (await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 51455, 23))).glob;
    if (Number(process.versions.node.split('.')[0]) >= 24 && typeof nodeGlob === 'function') {
        const files = new Set();
        for await (const entry of nodeGlob(patterns, { cwd, exclude: ignore, withFileTypes: true })) {
            if (entry.isFile())
                files.add((0, node_path_1.join)(entry.parentPath, entry.name));
        }
        return [...files].sort();
    }
    const { glob } = await __webpack_require__.e(/* import() */ 3382).then(__webpack_require__.bind(__webpack_require__, 73382));
    const files = await glob(patterns, {
        cwd,
        ignore,
        absolute: true,
        onlyFiles: true,
        dot: false,
        followSymbolicLinks: false,
    });
    return files.sort();
}
/**
 * The default report patterns, as the test action declares them (testing/settings.ts keeps the same list for
 * its input parsing; a test holds them equal).
 */
exports.DEFAULT_REPORT_GLOBS = [
    '**/junit*.xml',
    '**/*-junit.xml',
    '**/*.junit.xml',
    '**/TEST-*.xml',
    '**/test-results/**/*.xml',
    '**/test-reports/**/*.xml',
    '**/surefire-reports/*.xml',
    '**/nextest/**/junit.xml',
];
function sameList(a, b) {
    return a.length === b.length && a.every((x, i) => x === b[i]);
}
/** Whether `name` in a directory with path segments `dirs` matches one of DEFAULT_REPORT_GLOBS. */
function matchesDefault(dirs, name) {
    if (!name.endsWith('.xml'))
        return false;
    if (name.startsWith('junit') || name.endsWith('-junit.xml') || name.endsWith('.junit.xml'))
        return true;
    if (name.startsWith('TEST-'))
        return true;
    if (dirs.includes('test-results') || dirs.includes('test-reports'))
        return true;
    if (dirs.at(-1) === 'surefire-reports')
        return true;
    return name === 'junit.xml' && dirs.includes('nextest');
}
/**
 * The default patterns without a glob engine (the common case, and the action's cold start): one walk that
 * never enters node_modules, .git or a directory whose name starts with a dot, and follows no symlink — the
 * same files the patterns find.
 */
async function walkDefault(cwd) {
    const out = [];
    const walk = async (dir, dirs) => {
        let entries;
        try {
            entries = await (0, promises_1.readdir)(dir, { withFileTypes: true });
        }
        catch {
            return;
        }
        for (const e of entries) {
            if (e.isDirectory()) {
                if (e.name === 'node_modules' || e.name.startsWith('.'))
                    continue;
                await walk((0, node_path_1.join)(dir, e.name), [...dirs, e.name]);
            }
            else if (e.isFile() && !e.name.startsWith('.') && matchesDefault(dirs, e.name)) {
                out.push((0, node_path_1.join)(dir, e.name));
            }
        }
    };
    await walk(cwd, []);
    return out.sort();
}
async function readReports(files, cwd) {
    if (files.length === 0)
        return [];
    const { parseJUnit } = await Promise.all(/* import() */[__webpack_require__.e(591), __webpack_require__.e(6527)]).then(__webpack_require__.bind(__webpack_require__, 86527));
    return Promise.all(files.map(async (f) => {
        const name = (0, node_path_1.relative)(cwd, f) || f;
        let xml;
        try {
            xml = await (0, promises_1.readFile)(f, 'utf8');
        }
        catch (e) {
            throw new errors_js_1.InputError('reports', `Cannot read report '${name}': ${e.code ?? String(e)}.`);
        }
        return parseJUnit(xml, name);
    }));
}


/***/ }),

/***/ 49623:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.parseWorkflowCommand = parseWorkflowCommand;
exports.parseEnvFile = parseEnvFile;
exports.commandsOf = commandsOf;
exports.inputEnv = inputEnv;
exports.runLocally = runLocally;
/**
 * Runs an action's `run()` in this process the way the GitHub runner would: INPUT_* variables, GITHUB_OUTPUT,
 * GITHUB_STEP_SUMMARY and GITHUB_STATE files, workflow commands on stdout. Used by the CLI (dry runs, the
 * demo) and by tests, so both exercise the real protocol rather than reaching into an action's internals.
 */
const node_fs_1 = __webpack_require__(73024);
const node_os_1 = __webpack_require__(48161);
const node_path_1 = __webpack_require__(76760);
const core_js_1 = __webpack_require__(75188);
function unescape(s) {
    return s
        .replace(/%0A/g, '\n')
        .replace(/%0D/g, '\r')
        .replace(/%3A/g, ':')
        .replace(/%2C/g, ',')
        .replace(/%25/g, '%');
}
/** Parses a `::command k=v,k=v::message` line; undefined for plain log lines. */
function parseWorkflowCommand(line) {
    const m = /^::([\w-]+)(?: ([^:]*))?::(.*)$/s.exec(line);
    if (!m)
        return undefined;
    const props = {};
    for (const pair of (m[2] ?? '').split(',').filter(Boolean)) {
        const eq = pair.indexOf('=');
        if (eq > 0)
            props[pair.slice(0, eq)] = unescape(pair.slice(eq + 1));
    }
    return { command: m[1], props, message: unescape(m[3]) };
}
/** Reads a GITHUB_OUTPUT / GITHUB_STATE file (`name<<delimiter` blocks or `name=value` lines). */
function parseEnvFile(text) {
    const out = {};
    const lines = text.split(/\r?\n/);
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i];
        const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
        if (heredoc) {
            const [, key, delim] = heredoc;
            const body = [];
            for (i++; i < lines.length && lines[i] !== delim; i++)
                body.push(lines[i]);
            out[key] = body.join('\n');
        }
        else if (line.includes('=')) {
            const eq = line.indexOf('=');
            out[line.slice(0, eq)] = line.slice(eq + 1);
        }
    }
    return out;
}
/** The workflow commands in a log, honouring `::stop-commands::` (lines inside are plain text). */
function commandsOf(log) {
    const out = [];
    let stop;
    for (const line of log) {
        if (stop) {
            if (line === `::${stop}::`)
                stop = undefined;
            continue;
        }
        const c = parseWorkflowCommand(line);
        if (!c)
            continue;
        if (c.command === 'stop-commands')
            stop = c.message;
        else
            out.push(c);
    }
    return out;
}
function inputEnv(inputs) {
    const env = {};
    for (const [k, v] of Object.entries(inputs))
        env[`INPUT_${k.replace(/ /g, '_').toUpperCase()}`] = v;
    return env;
}
/**
 * Runs `fn` with a context of its own: its own environment (this process's, minus INPUT_* and STATE_*, plus the
 * runner's files, `env`, `state` and `inputs`), its own log and its own masker. Runs may overlap.
 */
async function runLocally(fn, opts = {}) {
    const dir = (0, node_fs_1.mkdtempSync)((0, node_path_1.join)((0, node_os_1.tmpdir)(), 'keelson-run-'));
    const files = {
        output: (0, node_path_1.join)(dir, 'output'),
        summary: (0, node_path_1.join)(dir, 'summary'),
        state: (0, node_path_1.join)(dir, 'state'),
        env: (0, node_path_1.join)(dir, 'env'),
    };
    for (const f of Object.values(files))
        (0, node_fs_1.writeFileSync)(f, '');
    const base = {};
    for (const [k, v] of Object.entries(process.env))
        if (!k.startsWith('INPUT_') && !k.startsWith('STATE_'))
            base[k] = v;
    const stateEnv = {};
    for (const [k, v] of Object.entries(opts.state ?? {}))
        stateEnv[`STATE_${k}`] = v;
    const env = {
        ...base,
        GITHUB_OUTPUT: files.output,
        GITHUB_STEP_SUMMARY: files.summary,
        GITHUB_STATE: files.state,
        GITHUB_ENV: files.env,
        RUNNER_TEMP: dir,
        ...opts.env,
        ...stateEnv,
        ...inputEnv(opts.inputs ?? {}),
    };
    const log = [];
    const ctx = new core_js_1.ActionContext({
        env,
        masker: opts.masker,
        write: (line) => {
            log.push(line);
            opts.echo?.(line);
        },
    });
    try {
        await fn(ctx);
        return {
            log,
            outputs: parseEnvFile((0, node_fs_1.readFileSync)(files.output, 'utf8')),
            summary: (0, node_fs_1.readFileSync)(files.summary, 'utf8'),
            state: parseEnvFile((0, node_fs_1.readFileSync)(files.state, 'utf8')),
            failed: ctx.failed,
            annotations: commandsOf(log).filter((c) => ['error', 'warning', 'notice'].includes(c.command)),
        };
    }
    finally {
        (0, node_fs_1.rmSync)(dir, { recursive: true, force: true });
    }
}


/***/ }),

/***/ 76888:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.keelsonRoot = keelsonRoot;
const node_fs_1 = __webpack_require__(73024);
const node_path_1 = __webpack_require__(76760);
const node_url_1 = __webpack_require__(73136);
/** The Keelson checkout this code runs from (source, test or bundle), found by walking up to package.json. */
function keelsonRoot(from = import.meta.url) {
    let dir = (0, node_path_1.dirname)((0, node_url_1.fileURLToPath)(from));
    for (;;) {
        const pkg = (0, node_path_1.join)(dir, 'package.json');
        if ((0, node_fs_1.existsSync)(pkg)) {
            try {
                if (JSON.parse((0, node_fs_1.readFileSync)(pkg, 'utf8')).name === 'keelson')
                    return dir;
            }
            catch {
                // keep walking
            }
        }
        const up = (0, node_path_1.dirname)(dir);
        if (up === dir)
            throw new Error('Cannot find the Keelson package root above ' + (0, node_url_1.fileURLToPath)(from));
        dir = up;
    }
}


/***/ }),

/***/ 22081:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.runAction = runAction;
const errors_js_1 = __webpack_require__(97268);
/**
 * The one top-level catch of every action. Whatever is thrown — an Error or not — ends the step red with one
 * line; a stack trace only under RUNNER_DEBUG and only for bugs.
 */
async function runAction(ctx, fn) {
    try {
        await fn();
    }
    catch (error) {
        try {
            const { message } = (0, errors_js_1.describeError)(error, ctx.isDebug());
            if (error instanceof errors_js_1.PolicyError && error.details)
                ctx.info(error.details);
            ctx.setFailed(message);
        }
        catch {
            // Reporting itself failed: fail with a line that holds nothing from the error (it could hold a secret).
            ctx.setFailed('Keelson failed and could not report why; run with RUNNER_DEBUG=1 for details.');
        }
    }
}


/***/ }),

/***/ 42943:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.DEFAULT_REPORT_GLOBS = void 0;
exports.readTestSettings = readTestSettings;
const inputs_js_1 = __webpack_require__(51662);
// collect.ts loads the XML parser and the glob engine only when used: an input error stays cheap.
const collect_js_1 = __webpack_require__(35478);
Object.defineProperty(exports, "DEFAULT_REPORT_GLOBS", ({ enumerable: true, get: function () { return collect_js_1.DEFAULT_REPORT_GLOBS; } }));
function readTestSettings(inputs, workspace, temp) {
    return {
        command: inputs.string('command'),
        shell: inputs.enum('shell', ['none', 'bash'], 'none'),
        workingDirectory: (0, inputs_js_1.confinedPath)('working-directory', inputs.string('working-directory', { default: '.' }), {
            workspace,
            temp,
        }),
        reports: inputs.globs('reports', collect_js_1.DEFAULT_REPORT_GLOBS),
        name: inputs.string('name', { default: 'Tests' }),
        failOnFailure: inputs.boolean('fail-on-failure', true),
        failOnEmpty: inputs.boolean('fail-on-empty', true),
        maxAnnotations: inputs.integer('max-annotations', 50, { min: 0, max: 1000 }),
        summary: inputs.boolean('summary', true),
        passEnv: inputs.envNames('pass-env'),
    };
}


/***/ })

};
