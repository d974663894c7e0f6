export const id = 206;
export const ids = [206,6888,1981,4362];
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

/***/ 20206:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.command = void 0;
const node_fs_1 = __webpack_require__(73024);
const node_os_1 = __webpack_require__(48161);
const node_path_1 = __webpack_require__(76760);
const main_js_1 = __webpack_require__(53999);
const canary_settings_js_1 = __webpack_require__(41981);
const local_runner_js_1 = __webpack_require__(49623);
const repo_root_js_1 = __webpack_require__(76888);
const args_js_1 = __webpack_require__(77593);
const render_log_js_1 = __webpack_require__(21295);
const rollout_js_1 = __webpack_require__(74852);
const help = `Usage: keelson demo [--only ci|cd|promote] [--expand] [--no-color]
       keelson demo --classic [--speed N] [--no-color]

Runs the sample service's whole pipeline on this machine through \`keelson workflow run\`: its own workflow files
(examples/sample-service/.github/workflows/) calling Keelson's reusable workflows, Keelson's actions in this
process, against a local platform (GitHub emulator, EKS clusters with an ALB and an HPA on virtual time, ECR over
a real registry, PostgreSQL), printed as GitHub shows runs:

  ① ci       pull request #1: tests, an image built with buildah and pushed by digest, the Trivy gate, SARIF,
             one Terraform plan comment per root
  ② cd       approval and merge: the reviewed plans applied, CI, migrations, staging (blue-green), production
             (a canary through the ALB's weights: 10 %, 50 %, 100 %)
  ③ cd       a second change that passes staging, then fails under production traffic: its canary is caught
             at the 10 % step and rolled back
  ④ promote  workflow_dispatch: the digest production runs is promoted to the DR region's environment

  --only P    run one part (cd starts at the merge, without Terraform; promote deploys the first release
              quietly first)
  --expand    open every log group
  --classic   the earlier in-process demo (the test action, blue-green rollouts with a rollback, then a canary
              through the ALB's weights caught at its 10 % step), which needs none of buildah, docker-registry or
              PostgreSQL; used when one of them is missing
  --speed N   --classic only: run the simulated cluster N times faster than the wall clock, to watch it`;
/** What the pipeline demo needs on this machine (installed by \`npm test\` through scripts/ensure-tools.sh). */
function missingTools(env) {
    const onPath = (name) => (env.PATH ?? '').split(':').some((d) => d && (0, node_fs_1.existsSync)((0, node_path_1.join)(d, name)));
    const missing = [];
    if (!onPath('buildah'))
        missing.push('buildah');
    if (!onPath('docker-registry') && !onPath('registry'))
        missing.push('docker-registry');
    if (!(0, node_fs_1.existsSync)((0, node_path_1.join)(process.env.KEELSON_PG_BIN ?? '/usr/lib/postgresql/15/bin', 'initdb')))
        missing.push('PostgreSQL 15 (postgresql-15)');
    return missing;
}
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
    const { startSimulation, describeTraffic } = await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(1860), __webpack_require__.e(1893), __webpack_require__.e(301), __webpack_require__.e(6693), __webpack_require__.e(4060)]).then(__webpack_require__.t.bind(__webpack_require__, 58808, 23));
    const { startLoad, summarizeLoad } = await __webpack_require__.e(/* import() */ 1699).then(__webpack_require__.t.bind(__webpack_require__, 21699, 23));
    const { runDeploy, withImage } = await Promise.all(/* import() */[__webpack_require__.e(301), __webpack_require__.e(7566), __webpack_require__.e(8606), __webpack_require__.e(8369)]).then(__webpack_require__.bind(__webpack_require__, 18369));
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
            prune: false,
            awsRegion: sim.emulator.region,
            waitForLockMs: 0,
            apiTimeoutMs: 60_000,
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
        const deploy = (image, onSwitch, over = {}) => runDeploy({ ...settings, ...over, version: image.split(':').pop() }, {
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
                // The new version meets users at the switch (blue-green) or at a canary's first step.
                if ((e.phase === 'switch' && e.level === 'ok') || e.phase === 'step')
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
        io.stdout(`  users during the rollout: ${seen(mark)}\n`);
        io.stdout(s.bold('\n▸ v4 as a canary (strategy: canary, steps 10,50,100): it fails 30 % of requests from its first step\n'));
        const canaryMark = sim.clock.now();
        const v4 = await deploy(image('v4'), () => sim.emulator.sim.behaviour(image('v4'), { errorRate: 0.3 }), {
            strategy: 'canary',
            canary: {
                steps: (0, canary_settings_js_1.parseCanarySteps)('steps', '10,50,100', 120_000),
                analysisIntervalMs: 10_000,
                failureLimit: 2,
                action: 'run',
            },
        });
        await load.stop();
        io.stdout(`  users during the canary: ${seen(canaryMark)}\n`);
        const after = await sim.traffic(users.url);
        io.stdout(`  live traffic after the rollback: ${describeTraffic(after)}\n`);
        const lbFailures = summarizeLoad(load.answers.filter((a) => a.at >= mark)).errorsByCause['load-balancer'] ?? 0;
        const v4Share = summarizeLoad(load.answers.filter((a) => a.at >= canaryMark)).byVersion.v4 ?? 0;
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
            v4.result.result === 'rolled-back' &&
            v4.result.canary?.maxWeight === 10 &&
            v4Share > 0 &&
            Object.keys(after).join() === 'v2' &&
            lbFailures === 0;
        io.stdout(ok
            ? s.green(`✔ v3 was caught and rolled back automatically, the v4 canary was caught at its 10 % step (${v4Share} requests answered by it), no request failed because of the switches, and every request is answered by v2 again.\n`)
            : s.red('✖ The demo did not end as expected (see the timeline above).\n'));
        return ok;
    }
    finally {
        await sim.close();
    }
}
exports.command = {
    name: 'demo',
    summary: "Run the sample service's whole pipeline (PR → staging → production → rollback → DR promotion) through keelson workflow run",
    help,
    async run(argv, io) {
        const args = (0, args_js_1.parseCommandArgs)('demo', argv, {
            'no-color': { type: 'boolean' },
            speed: { type: 'string' },
            only: { type: 'string' },
            expand: { type: 'boolean' },
            classic: { type: 'boolean' },
        });
        const s = io.isTTY && args.flags['no-color'] !== true && !io.env.NO_COLOR ? render_log_js_1.colour : render_log_js_1.plain;
        const only = args.inputs.has('only')
            ? args.inputs.enum('only', ['ci', 'cd', 'promote'], 'ci')
            : undefined;
        const missing = missingTools(io.env);
        if (args.flags.classic !== true && missing.length === 0) {
            const { runPipelineDemo } = await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(3492), __webpack_require__.e(9674)]).then(__webpack_require__.bind(__webpack_require__, 79674));
            return (await runPipelineDemo(io, { only, style: s, expand: args.flags.expand === true })) ? 0 : 1;
        }
        if (args.flags.classic !== true)
            io.stdout(s.yellow(`The pipeline demo needs ${missing.join(', ')} (installed by 'npm run demo', 'npm test' or 'bash scripts/ensure-tools.sh'): running the classic demo.\n`));
        const speed = args.inputs.has('speed')
            ? args.inputs.integer('speed', 20, { min: 1, max: 200 })
            : undefined;
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

/***/ 41981:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.CANARY_DEFAULTS = void 0;
exports.parseCanarySteps = parseCanarySteps;
exports.readCanaryInputs = readCanaryInputs;
exports.describeSteps = describeSteps;
/**
 * The canary strategy's inputs (and `keelson rollout`'s flags of the same names), parsed once: `steps` with an
 * optional pause per step (`5:2m,25:5m,50:manual,100`), `step-duration`, `analysis-interval`, `failure-limit`,
 * and `action` (`run`, or `promote` / `abort` of a rollout paused at a manual gate).
 */
const errors_js_1 = __webpack_require__(97268);
const inputs_js_1 = __webpack_require__(51662);
exports.CANARY_DEFAULTS = {
    steps: '10,50,100',
    stepDuration: '2m',
    analysisInterval: '10s',
    failureLimit: 2,
};
const STEPS_EXPECTED = 'a comma-separated list of increasing percentages from 1 to 100, each optionally with its pause (a duration or manual), such as 5:2m,25:5m,50:manual,100';
/** `5,25:5m,50:manual,100` → steps; a step without its own pause takes `stepDurationMs`. */
function parseCanarySteps(name, raw, stepDurationMs) {
    const out = [];
    const items = raw.split(',').map((s) => s.trim());
    for (const item of items) {
        const m = /^(\d+)%?(?::(.+))?$/.exec(item);
        if (!m)
            throw errors_js_1.InputError.invalid(name, raw, STEPS_EXPECTED);
        const weight = Number(m[1]);
        const prev = out[out.length - 1]?.weight ?? 0;
        // prev starts at 0: a weight of 0 is refused with the ones that do not increase.
        if (weight > 100 || weight <= prev)
            throw errors_js_1.InputError.invalid(name, raw, STEPS_EXPECTED);
        let pause = stepDurationMs;
        if (m[2] !== undefined) {
            const p = m[2].trim();
            if (p === 'manual')
                pause = 'manual';
            else {
                try {
                    pause = (0, inputs_js_1.parseDuration)(name, p, { min: 0, max: 24 * 3_600_000 });
                }
                catch {
                    throw errors_js_1.InputError.invalid(name, raw, STEPS_EXPECTED);
                }
            }
        }
        out.push({ weight, pause });
    }
    // split(',') gives at least one item and each one pushes a step or throws: `out` is never empty here.
    const last = out[out.length - 1];
    if (last.weight !== 100) {
        // The rollout ends with every user on the new version: a list that stops short gets its 100 % step.
        out.push({ weight: 100, pause: 0 });
    }
    return out;
}
function readCanaryInputs(inputs) {
    const stepDurationMs = inputs.duration('step-duration', exports.CANARY_DEFAULTS.stepDuration, {
        min: 0,
        max: 24 * 3_600_000,
    });
    const analysisIntervalMs = inputs.duration('analysis-interval', exports.CANARY_DEFAULTS.analysisInterval, {
        min: 1000,
        max: 3_600_000,
    });
    return {
        steps: parseCanarySteps('steps', inputs.string('steps', { default: exports.CANARY_DEFAULTS.steps }), stepDurationMs),
        analysisIntervalMs,
        failureLimit: inputs.integer('failure-limit', exports.CANARY_DEFAULTS.failureLimit, { min: 1, max: 100 }),
        action: inputs.enum('action', ['run', 'promote', 'abort'], 'run'),
    };
}
/** `10% for 2m, 50% until promoted, 100%` — for the timeline. */
function describeSteps(steps) {
    return steps
        .map((s) => `${s.weight}%` +
        (s.weight === 100
            ? ''
            : s.pause === 'manual'
                ? ' until promoted'
                : ` for ${(0, inputs_js_1.formatDuration)(s.pause)}`))
        .join(', ');
}


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
