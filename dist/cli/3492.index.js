export const id = 3492;
export const ids = [3492];
export const modules = {

/***/ 13492:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.command = exports.LOCAL_ACCOUNT = exports.help = void 0;
exports.keyValues = keyValues;
exports.eventsOf = eventsOf;
exports.defaultPayload = defaultPayload;
exports.parseWorkflowRunArgs = parseWorkflowRunArgs;
exports.localSeed = localSeed;
exports.localVars = localVars;
exports.workflowTree = workflowTree;
exports.environmentNames = environmentNames;
exports.startEnvironmentFor = startEnvironmentFor;
exports.runWorkflowCommand = runWorkflowCommand;
const node_child_process_1 = __webpack_require__(31421);
const node_crypto_1 = __webpack_require__(77598);
const node_fs_1 = __webpack_require__(73024);
const node_os_1 = __webpack_require__(48161);
const node_path_1 = __webpack_require__(76760);
const yaml_1 = __webpack_require__(38815);
const errors_js_1 = __webpack_require__(97268);
const repo_root_js_1 = __webpack_require__(76888);
const args_js_1 = __webpack_require__(77593);
const render_log_js_1 = __webpack_require__(21295);
const workflow_output_js_1 = __webpack_require__(82359);
exports.help = `Usage: keelson workflow run FILE [--event NAME] [--input k=v]... [--env NAME[=VALUE]]... [options]

Runs a workflow file on this machine: the same YAML, GitHub's own parser (@actions/workflow-parser) and
expression evaluator (@actions/expressions), the same action code, against local emulators. Prints each job and
step as GitHub shows them (status, duration, the log with its groups folded), then the job summaries, the
annotations, the outputs, the artifacts, and the pull request comments and Deployments the run left.
Exit status: 0 when the run succeeded, 1 when it failed, 2 for a bad flag.

  --event NAME          pull_request, push, workflow_dispatch or workflow_call (default: push when the workflow
                        has it, else its first event)
  --input k=v           an input of workflow_dispatch or workflow_call (repeat); checked against the workflow's
                        inputs (type, options, required) as GitHub checks them
  --env NAME[=VALUE]    a variable every step gets: NAME=VALUE, or NAME alone to pass NAME from this shell.
                        Nothing else of this shell's environment reaches a step but PATH, HOME, locale and
                        terminal settings: no tokens, no AWS keys.
  --var NAME=VALUE      a configuration variable (vars.NAME); repeat
  --secret NAME=VALUE   a secret (secrets.NAME), masked in every line printed; secrets not given are empty, as on
                        GitHub. GITHUB_TOKEN is a fake token, masked.
  --repo DIR            the repository the workflow belongs to: \`uses: ./…\` resolves there, actions/checkout
                        copies it (default: the git work tree holding FILE)
  --repository O/N      github.repository (default: origin's owner/name, else local/<folder>)
  --payload FILE        the event payload, as a webhook delivers it (default: a minimal one for the event)
  --work-dir DIR        keep the workspaces, artifacts, caches and SARIF there (default: a temporary folder,
                        removed afterwards)
  --trivy-report FILE   a Trivy JSON report: where no Trivy can run (no binary, no vulnerability DB offline),
                        trivy-scan runs its scan stage — ignore file, gate, SARIF, outputs, summary — on it
  --no-emulators        start nothing behind the run (no GitHub, EKS, ECR or PostgreSQL emulators)
  --expand              open every log group (default: groups open only in failed steps)
  --json                print the run's result as JSON (jobs, steps, logs, outputs, annotations)
  --no-color

Run for real here:
  jobs in needs order, matrices (include, exclude, fail-fast, max-parallel shown), if: with success(),
  failure(), always() and cancelled(), job and step outputs, reusable workflows (uses: ./.github/workflows/x.yml
  and Keelson's own, nested up to GitHub's 10 levels), the github, inputs, vars, secrets, env, needs, steps,
  jobs, matrix, strategy and runner contexts, continue-on-error, timeout-minutes, defaults.run,
  GITHUB_OUTPUT / GITHUB_ENV / GITHUB_PATH / GITHUB_STEP_SUMMARY, ::add-mask:: and ::stop-commands::.
  Before anything runs, Keelson's workflow contract checks stop the run on a with: key the callee does not
  have, a required input not given, a reference to an output or job that does not exist — with the line.
  Keelson's actions (uses: keelson-dev/keelson/actions/<x>@<ref>, ./actions/<x> inside Keelson) run in this
  process with their own code, one action context each.
  run: steps run with bash in a scratch workspace per job (shell: bash is bash --noprofile --norc -eo pipefail;
  no shell is bash -e, as on GitHub's Linux runners; shell: sh is sh -e).
  Stand-ins, each saying so in its step log: actions/checkout (copies the repository),
  aws-actions/configure-aws-credentials (the emulated account's keys and endpoints for the role),
  actions/cache, actions/upload-artifact and actions/download-artifact (a local folder),
  github/codeql-action/upload-sarif (validates the SARIF and stores it), actions/setup-node and
  hashicorp/setup-terraform (this machine's node and terraform, nothing downloaded).

Behind the run, on 127.0.0.1, started on demand and torn down after:
  the GitHub REST emulator (GITHUB_API_URL: pull requests, comments, reviews, Deployments; a pull_request run
  has its pull request); per AWS region, on the first configure-aws-credentials for it, an EKS cluster (the
  Kubernetes simulator with the AWS Load Balancer Controller, ALBs and the HPA, on a virtual clock that moves
  only while a step using the cluster runs) and an ECR registry (the ECR emulator over a real OCI registry,
  Debian's docker-registry); PostgreSQL 15 when a workflow uses the migrate action (secrets.DATABASE_URL).
  Each GitHub environment deploys to its own namespace; its ENVIRONMENT_URL is its ALB on 127.0.0.1.
  The emulated account is 111122223333; vars default to AWS_REGION=us-east-1, EKS_CLUSTER=keelson-local,
  ECR_ROLE_ARN and AWS_ROLE_ARN roles in that account (--var overrides each).

Not emulated:
  any other action — the step fails with one line, "not runnable locally: <action>", and the job stops;
  container: and services: jobs, docker (a run: step that needs it fails as on a runner without docker);
  shells other than bash and sh; OIDC tokens (configure-aws-credentials hands out emulated keys instead);
  environment protection rules — required reviewers and wait timers are reported, never waited for;
  concurrency groups and runs-on labels (shown, not matched); jobs run one at a time, never in parallel;
  caches and artifacts never leave this machine.`;
const EVENTS = ['pull_request', 'push', 'workflow_dispatch', 'workflow_call'];
/** `k=v` flags into a map; `--flag` names the flag in the error. */
function keyValues(flag, values, allowBare = false, env = {}) {
    const out = {};
    for (const v of values) {
        const eq = v.indexOf('=');
        if (eq <= 0) {
            if (allowBare && /^[A-Za-z_][A-Za-z0-9_]*$/.test(v)) {
                const got = env[v];
                if (got === undefined)
                    throw new errors_js_1.InputError(flag, `--${flag} ${v}: ${v} is not set in this shell (give --${flag} ${v}=VALUE).`);
                out[v] = got;
                continue;
            }
            throw errors_js_1.InputError.invalid(flag, v, allowBare ? 'NAME=VALUE or NAME' : 'NAME=VALUE');
        }
        out[v.slice(0, eq)] = v.slice(eq + 1);
    }
    return out;
}
function git(cwd, args) {
    const r = (0, node_child_process_1.spawnSync)('git', args, { cwd, encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } });
    return r.status === 0 ? r.stdout.trim() : undefined;
}
/** The workflow's events, from its on: (names only; GitHub's parser checks the rest when the run starts). */
function eventsOf(file) {
    let doc;
    try {
        doc = (0, yaml_1.parse)((0, node_fs_1.readFileSync)(file, 'utf8'));
    }
    catch {
        return [];
    }
    const on = doc?.on;
    if (typeof on === 'string')
        return [on];
    if (Array.isArray(on))
        return on.map(String);
    return on && typeof on === 'object' ? Object.keys(on) : [];
}
/** A minimal webhook payload for the event, with what Keelson's workflows read. */
function defaultPayload(event, g, inputs) {
    const repo = {
        full_name: g.repository,
        name: g.repository.split('/')[1] ?? '',
        default_branch: g.defaultBranch,
        owner: { login: g.repository.split('/')[0] ?? '' },
    };
    const sender = { login: g.actor, type: 'User' };
    if (event === 'pull_request')
        return {
            action: 'opened',
            number: 1,
            pull_request: {
                number: 1,
                state: 'open',
                title: `Local change on ${g.branch}`,
                head: { ref: g.branch, sha: g.sha, repo: { full_name: g.repository } },
                base: { ref: g.defaultBranch, sha: g.sha, repo: { full_name: g.repository } },
                user: sender,
            },
            repository: repo,
            sender,
        };
    if (event === 'workflow_dispatch')
        return { inputs, ref: `refs/heads/${g.branch}`, repository: repo, sender };
    return {
        ref: `refs/heads/${g.branch}`,
        after: g.sha,
        head_commit: { id: g.sha },
        repository: repo,
        sender,
    };
}
function parseWorkflowRunArgs(argv, io) {
    const [sub, ...rest] = argv;
    if (sub !== 'run')
        throw new errors_js_1.InputError('argv', `Expected 'keelson workflow run FILE …', got '${sub ?? ''}'. See 'keelson workflow --help'.`);
    const { flags, positionals } = (0, args_js_1.parseCommandArgs)('workflow run', rest, {
        event: { type: 'string' },
        input: { type: 'string', multiple: true },
        env: { type: 'string', multiple: true },
        var: { type: 'string', multiple: true },
        secret: { type: 'string', multiple: true },
        repo: { type: 'string' },
        repository: { type: 'string' },
        payload: { type: 'string' },
        'work-dir': { type: 'string' },
        'trivy-report': { type: 'string' },
        'no-emulators': { type: 'boolean' },
        expand: { type: 'boolean' },
        json: { type: 'boolean' },
        'no-color': { type: 'boolean' },
    });
    if (positionals.length !== 1)
        throw new errors_js_1.InputError('FILE', `Give one workflow file (got ${positionals.length}). See 'keelson workflow --help'.`);
    const file = (0, node_path_1.resolve)(io.cwd, positionals[0]);
    if (!(0, node_fs_1.existsSync)(file) || !(0, node_fs_1.statSync)(file).isFile())
        throw new errors_js_1.InputError('FILE', `No workflow file at ${file}.`);
    const repo = flags.repo
        ? (0, node_path_1.resolve)(io.cwd, flags.repo)
        : (git((0, node_path_1.dirname)(file), ['rev-parse', '--show-toplevel']) ??
            (/\/\.github\/workflows$/.test((0, node_path_1.dirname)(file)) ? (0, node_path_1.dirname)((0, node_path_1.dirname)((0, node_path_1.dirname)(file))) : (0, node_path_1.dirname)(file)));
    if (!(0, node_fs_1.existsSync)(repo))
        throw new errors_js_1.InputError('repo', `--repo ${repo}: no such folder.`);
    if (flags['trivy-report'] && !(0, node_fs_1.existsSync)((0, node_path_1.resolve)(io.cwd, flags['trivy-report'])))
        throw new errors_js_1.InputError('trivy-report', `--trivy-report ${String(flags['trivy-report'])}: no such file.`);
    let event = flags.event;
    if (event !== undefined && !EVENTS.includes(event))
        throw errors_js_1.InputError.invalid('event', event, EVENTS.join(', '));
    if (!event) {
        const on = eventsOf(file);
        event = on.includes('push') ? 'push' : (on.find((e) => EVENTS.includes(e)) ?? 'push');
    }
    const origin = git(repo, ['remote', 'get-url', 'origin']);
    const fromOrigin = origin ? /[/:]([^/:]+\/[^/]+?)(?:\.git)?$/.exec(origin)?.[1] : undefined;
    const repository = flags.repository ?? fromOrigin ?? `local/${(0, node_path_1.basename)(repo)}`;
    if (!/^[\w.-]+\/[\w.-]+$/.test(repository))
        throw errors_js_1.InputError.invalid('repository', repository, 'owner/name');
    let payload;
    if (flags.payload) {
        const p = (0, node_path_1.resolve)(io.cwd, flags.payload);
        try {
            payload = JSON.parse((0, node_fs_1.readFileSync)(p, 'utf8'));
        }
        catch (e) {
            throw new errors_js_1.InputError('payload', `--payload ${p}: not a JSON file (${(0, errors_js_1.errorMessage)(e)}).`);
        }
    }
    const list = (k) => flags[k] ?? [];
    return {
        file,
        event: event,
        inputs: keyValues('input', list('input')),
        env: keyValues('env', list('env'), true, io.env),
        vars: keyValues('var', list('var')),
        secrets: keyValues('secret', list('secret')),
        repo,
        repository,
        payload,
        workDir: flags['work-dir'] ? (0, node_path_1.resolve)(io.cwd, flags['work-dir']) : undefined,
        trivyReport: flags['trivy-report'] ? (0, node_path_1.resolve)(io.cwd, flags['trivy-report']) : undefined,
        emulators: flags['no-emulators'] !== true,
        expand: flags.expand === true,
        json: flags.json === true,
        color: io.isTTY && flags['no-color'] !== true && io.env.NO_COLOR === undefined,
    };
}
/** The GitHub context of a local run: this repository's HEAD and branch, a fake token (masked). */
function localSeed(f, apiUrl) {
    const sha = f.sha ?? git(f.repo, ['rev-parse', 'HEAD']) ?? '0'.repeat(40);
    const branch = git(f.repo, ['rev-parse', '--abbrev-ref', 'HEAD']) ?? 'main';
    const actor = 'local-user';
    const g = {
        repository: f.repository,
        defaultBranch: 'main',
        sha,
        branch: branch === 'HEAD' ? 'main' : branch,
        actor,
    };
    const payload = f.payload ?? defaultPayload(f.event, g, f.inputs);
    const pr = f.event === 'pull_request' ? (payload.pull_request ?? {}) : undefined;
    const prNumber = pr ? Number(pr.number ?? payload.number ?? 1) : undefined;
    return {
        repository: f.repository,
        defaultBranch: 'main',
        sha,
        ref: pr ? `refs/pull/${prNumber}/merge` : `refs/heads/${g.branch}`,
        actor,
        serverUrl: 'https://github.com',
        apiUrl,
        token: `ghs_${(0, node_crypto_1.randomBytes)(18).toString('hex')}`,
        runId: String(Date.now()),
        runNumber: '1',
        event: payload,
        headRef: pr ? String(pr.head?.ref ?? g.branch) : undefined,
        baseRef: pr ? String(pr.base?.ref ?? 'main') : undefined,
    };
}
/** The emulated AWS account and the variables Keelson's workflows read, unless --var says otherwise. */
exports.LOCAL_ACCOUNT = '111122223333';
function localVars(given) {
    return {
        AWS_REGION: 'us-east-1',
        EKS_CLUSTER: 'keelson-local',
        ECR_ROLE_ARN: `arn:aws:iam::${exports.LOCAL_ACCOUNT}:role/keelson-ecr-push`,
        AWS_ROLE_ARN: `arn:aws:iam::${exports.LOCAL_ACCOUNT}:role/keelson-deploy`,
        ...given,
    };
}
/** The workflow file and every workflow it calls (local and Keelson's), as text: what the run may need. */
function workflowTree(file, repo, keelson) {
    const seen = new Set();
    const texts = [];
    const visit = (f, base) => {
        if (seen.has(f) || !(0, node_fs_1.existsSync)(f))
            return;
        seen.add(f);
        const text = (0, node_fs_1.readFileSync)(f, 'utf8');
        texts.push(text);
        for (const m of text.matchAll(/uses:\s*['"]?(\S+?\.ya?ml)(@[\w./-]+)?['"]?\s/g)) {
            const u = m[1];
            // `./` inside one of Keelson's workflows is Keelson's own repository, as on GitHub.
            if (u.startsWith('./'))
                visit((0, node_path_1.join)(base, u), base);
            else if (/^[\w-]+\/keelson\//.test(u))
                visit((0, node_path_1.join)(keelson, u.split('/').slice(2).join('/')), keelson);
        }
    };
    visit(file, repo);
    return texts;
}
/**
 * The GitHub environments a run may deploy to: `environment:` and `*-environment:` literals of its workflows,
 * their defaults, and input values such as `to=production`. Each gets its own namespace in the clusters (the
 * environment variable K8S_NAMESPACE), as platform teams separate staging from production.
 */
function environmentNames(tree, inputs) {
    const names = new Set(['staging', 'production']);
    for (const m of tree.matchAll(/^\s+(?:[\w-]*environment|to|from):\s*([a-z][a-z0-9-]*)\s*$/gm))
        names.add(m[1]);
    for (const m of tree.matchAll(/^\s+[\w-]*environment:\s*\n(?:\s+[a-z]+:.*\n)*?\s+default:\s*([a-z][a-z0-9-]*)\s*$/gm))
        names.add(m[1]);
    for (const [k, v] of Object.entries(inputs))
        if (/environment$|^to$|^from$/.test(k) && /^[a-z][a-z0-9-]*$/.test(v))
            names.add(v);
    return [...names];
}
/** The environment a run of `f` needs: the namespaces, regions and databases its workflows name. */
async function startEnvironmentFor(f, io, opts) {
    const { startLocalEnvironment } = await __webpack_require__.e(/* import() */ 4364).then(__webpack_require__.bind(__webpack_require__, 34364));
    const root = (0, repo_root_js_1.keelsonRoot)();
    const vars = localVars(f.vars);
    const tree = [f.file, ...(opts.extraFiles ?? [])].flatMap((x) => workflowTree(x, f.repo, root)).join('\n');
    const region = /^[a-z]{2}(-[a-z]+)+-\d+$/;
    return startLocalEnvironment({
        repository: f.repository,
        token: opts.token,
        masker: io.masker,
        clusterName: vars.EKS_CLUSTER,
        accountId: exports.LOCAL_ACCOUNT,
        namespaces: [
            ...new Set([
                vars.K8S_NAMESPACE ?? '',
                f.inputs.service ?? '',
                f.inputs.namespace ?? '',
                ...environmentNames(tree, f.inputs),
                ...Object.keys(f.environmentVars ?? {}),
            ].concat([...tree.matchAll(/^\s+(?:service|namespace):\s*([a-z0-9]([-a-z0-9]*[a-z0-9])?)\s*$/gm)].map((m) => m[1]))),
        ].filter(Boolean),
        regions: [
            ...new Set([...Object.values(vars), ...Object.values(f.inputs), ...(opts.extraRegions ?? [])].filter((v) => region.test(v))),
        ],
        postgres: /actions\/migrate@/.test(tree) && f.secrets.DATABASE_URL === undefined,
        trivyReport: f.trivyReport,
        behaviours: f.behaviours,
        note: opts.note,
    });
}
async function runWorkflowCommand(f, io, 
/** Called with the environment before it is torn down (the demo and the tests look at the cluster). */
inspect, 
/** An environment started by the caller (several runs on one platform, as the demo does): not closed here. */
shared) {
    const { runWorkflow } = await __webpack_require__.e(/* import() */ 2888).then(__webpack_require__.bind(__webpack_require__, 62888));
    const { STAND_INS, standInMeta } = await __webpack_require__.e(/* import() */ 5345).then(__webpack_require__.bind(__webpack_require__, 75345));
    const { KEELSON_ACTIONS } = await __webpack_require__.e(/* import() */ 3398).then(__webpack_require__.bind(__webpack_require__, 23398));
    const style = f.color ? render_log_js_1.colour : render_log_js_1.plain;
    const workDir = f.workDir ?? (0, node_fs_1.mkdtempSync)((0, node_path_1.join)((0, node_os_1.tmpdir)(), 'keelson-workflow-'));
    const note = (line) => {
        if (!f.json && !f.quiet)
            io.stdout(style.dim(`⚙ ${line}\n`));
    };
    const root = (0, repo_root_js_1.keelsonRoot)();
    const live = f.json || f.quiet ? undefined : (0, workflow_output_js_1.liveRenderer)({ style, write: (t) => io.stdout(t), expand: f.expand });
    const vars = f.emulators || shared ? localVars(f.vars) : f.vars;
    let github = localSeed(f, 'http://127.0.0.1:9');
    let env = shared;
    try {
        const host = { actions: KEELSON_ACTIONS, standIns: STAND_INS, env: { ...f.env } };
        if (!env && f.emulators)
            env = await startEnvironmentFor(f, io, { token: github.token, note });
        if (env) {
            github = { ...github, apiUrl: env.github.url, token: env.token };
            Object.assign(host, env.host);
            if (f.event === 'pull_request') {
                const pr = (github.event.pull_request ?? {});
                const [owner, repo] = f.repository.split('/');
                const head = (pr.head ?? {});
                const base = (pr.base ?? {});
                const number = Number(pr.number ?? 1);
                if (!env.github.state.pullsByKey.has(env.github.state.pullKey(owner, repo, number)))
                    env.github.seedPull({
                        owner,
                        repo,
                        number,
                        title: String(pr.title ?? 'Local change'),
                        head: { ref: head.ref, sha: github.sha },
                        base: { ref: base.ref ?? 'main' },
                        commits: [github.sha],
                    });
            }
        }
        const secrets = { ...(env?.secrets ?? {}), ...f.secrets };
        const environments = {
            '*': { secrets },
        };
        if (env) {
            const tree = workflowTree(f.file, f.repo, root).join('\n');
            for (const n of environmentNames(tree, f.inputs))
                environments[n] = { secrets, vars: f.vars.K8S_NAMESPACE ? {} : { K8S_NAMESPACE: n } };
            for (const [n, v] of Object.entries(f.environmentVars ?? {}))
                environments[n] = { secrets, vars: { ...(environments[n]?.vars ?? { K8S_NAMESPACE: n }), ...v } };
            // ENVIRONMENT_URL: the environment's ALB on loopback, read when an expression reads it (after the rollout).
            const local = env;
            for (const [n, c] of Object.entries(environments)) {
                if (n === '*' || f.vars.ENVIRONMENT_URL !== undefined)
                    continue;
                const namespace = c.vars?.K8S_NAMESPACE ?? n;
                Object.defineProperty((c.vars ??= {}), 'ENVIRONMENT_URL', {
                    enumerable: true,
                    get: () => local.environmentUrl(namespace),
                });
            }
        }
        const result = await runWorkflow({
            file: f.file,
            repoRoot: f.repo,
            event: f.event,
            inputs: f.inputs,
            github,
            vars,
            secrets,
            environments,
            resolver: {
                keelsonRepository: 'keelson-dev/keelson',
                keelsonRoot: root,
                outsideAction: standInMeta(STAND_INS),
            },
            host,
            masker: io.masker,
            workDir,
            onEvent: (e) => {
                live?.(e);
                f.observe?.(e);
            },
        });
        if (f.quiet) {
            // nothing printed
        }
        else if (f.json)
            io.stdout(JSON.stringify({ ...result, left: env?.left() }, null, 2) + '\n');
        else
            io.stdout((0, workflow_output_js_1.renderReport)(result, style, env?.left()));
        await inspect?.(env, result);
        return result;
    }
    finally {
        if (env && env !== shared)
            await env.close();
        if (!f.workDir)
            (0, node_fs_1.rmSync)(workDir, { recursive: true, force: true });
    }
}
exports.command = {
    name: 'workflow',
    summary: "Run a workflow file locally (workflow run FILE): GitHub's parser and evaluator, Keelson's actions, emulators",
    help: exports.help,
    async run(argv, io) {
        const f = parseWorkflowRunArgs(argv, io);
        const r = await runWorkflowCommand(f, io);
        return r.conclusion === 'success' ? 0 : 1;
    },
};


/***/ }),

/***/ 82359:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.formatDuration = formatDuration;
exports.icon = icon;
exports.renderStepLog = renderStepLog;
exports.liveRenderer = liveRenderer;
exports.renderMarkdown = renderMarkdown;
exports.renderReport = renderReport;
const local_runner_js_1 = __webpack_require__(49623);
const render_log_js_1 = __webpack_require__(21295);
function formatDuration(ms) {
    if (ms < 10_000)
        return `${(ms / 1000).toFixed(1)}s`;
    const s = Math.round(ms / 1000);
    if (s < 60)
        return `${s}s`;
    const m = Math.floor(s / 60);
    return m < 60 ? `${m}m ${s % 60}s` : `${Math.floor(m / 60)}h ${m % 60}m`;
}
function icon(c, s) {
    switch (c) {
        case 'success':
            return s.green('✓');
        case 'failure':
            return s.red('✗');
        case 'cancelled':
            return s.yellow('⊘');
        case 'skipped':
            return s.dim('-');
        default:
            return s.blue('●');
    }
}
/**
 * A step's log as the Actions UI shows it: `::group::` blocks folded to their title and line count (open with
 * `expand`), annotations as labelled lines, everything else as printed.
 */
function renderStepLog(lines, s, expand) {
    const out = [];
    const depth = { groups: 0 };
    let folded;
    for (const line of lines) {
        if (folded && !depth.stopToken) {
            const cmd = (0, local_runner_js_1.parseWorkflowCommand)(line);
            if (cmd?.command === 'endgroup') {
                out.push(s.blue(`▸ ${folded.title}`) + s.dim(` (${folded.count} line${folded.count === 1 ? '' : 's'})`));
                out.push(...folded.kept);
                folded = undefined;
                depth.groups = 0;
                continue;
            }
            if (cmd && ['error', 'warning', 'notice'].includes(cmd.command)) {
                const shown = (0, render_log_js_1.renderLogLine)(line, s, depth);
                if (shown !== undefined)
                    folded.kept.push(shown);
                continue;
            }
            if (cmd?.command === 'stop-commands') {
                (0, render_log_js_1.renderLogLine)(line, s, depth);
                continue;
            }
            folded.count++;
            continue;
        }
        if (!expand && !depth.stopToken) {
            const cmd = (0, local_runner_js_1.parseWorkflowCommand)(line);
            if (cmd?.command === 'group') {
                folded = { title: cmd.message, count: 0, kept: [] };
                continue;
            }
        }
        const shown = (0, render_log_js_1.renderLogLine)(line, s, depth);
        if (shown !== undefined)
            out.push(shown);
    }
    if (folded) {
        out.push(s.blue(`▸ ${folded.title}`) + s.dim(` (${folded.count} lines)`));
        out.push(...folded.kept);
    }
    return out;
}
/** Prints the run as it happens: job headers, each step's folded log when it ends, the job's result. */
function liveRenderer(o) {
    const s = o.style;
    const pending = new Map();
    const key = (path, step) => `${path.join('\u0000')}\u0000${step}`;
    const stepLine = (st) => `  ${icon(st.conclusion, s)} ${st.name}` +
        (st.conclusion === 'skipped' ? s.dim('  skipped') : s.dim(`  ${formatDuration(st.durationMs)}`)) +
        (st.outcome === 'failure' && st.conclusion === 'success' ? s.yellow('  (continue-on-error)') : '');
    return (e) => {
        switch (e.type) {
            case 'job-start':
                o.write(`\n${s.bold(`● ${e.job.path.join(' / ')}`)}${e.job.environment ? s.dim(`  environment: ${e.job.environment}`) : ''}\n`);
                break;
            case 'note':
                o.write(s.dim(`  ${e.job ? '' : '⚑ '}${e.message}\n`));
                break;
            case 'step-start':
                pending.set(key(e.job.path, e.step.id + (e.step.post ? '#post' : '')), []);
                break;
            case 'log': {
                const k = key(e.job.path, e.step.startsWith('post-') ? e.step.slice(5) + '#post' : e.step);
                const buf = pending.get(k);
                if (buf)
                    buf.push(e.line);
                break;
            }
            case 'step-end': {
                const k = key(e.job.path, e.step.id + (e.step.post ? '#post' : ''));
                pending.delete(k);
                o.write(stepLine(e.step) + '\n');
                if (e.step.conclusion === 'skipped')
                    break;
                const open = o.expand === true || e.step.outcome === 'failure';
                for (const l of renderStepLog(e.step.log, s, open))
                    o.write(`      ${l}\n`);
                break;
            }
            case 'job-end': {
                const j = e.job;
                if (j.result === 'skipped') {
                    o.write(`\n${icon('skipped', s)} ${s.dim(`${j.path.join(' / ')}  skipped`)}\n`);
                    break;
                }
                if (j.error)
                    for (const l of j.error.split('\n'))
                        o.write(`  ${s.red('Error')}: ${l}\n`);
                o.write(`${icon(j.result, s)} ${s.bold(j.path.join(' / '))}  ${j.result}  ${s.dim(formatDuration(j.durationMs))}\n`);
                break;
            }
        }
    };
}
/** A job summary's Markdown for a terminal: HTML tags GitHub renders turned into text, the rest as written. */
function renderMarkdown(md, s) {
    return md
        .replace(/<details[^>]*>\s*<summary>([\s\S]*?)<\/summary>/g, (_m, t) => `▸ ${t.trim()}\n`)
        .replace(/<\/details>/g, '')
        .replace(/<br\s*\/?>/g, '\n')
        .replace(/<\/?(code|sub|sup|b|strong|i|em|p|div|span)[^>]*>/g, '')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&#39;/g, "'")
        .replace(/&amp;/g, '&')
        .split('\n')
        .map((l) => {
        const h = /^(#{1,6})\s+(.*)$/.exec(l);
        return h ? s.bold(h[2]) : l;
    })
        .join('\n')
        .replace(/\n{3,}/g, '\n\n');
}
function jobTree(jobs, s, depth = 0) {
    const out = [];
    for (const j of jobs) {
        const pad = '  '.repeat(depth + 1);
        const env = j.environment
            ? s.dim(`  → ${j.environment.name}${j.environment.url ? ` ${j.environment.url}` : ''}`)
            : '';
        const time = j.result === 'skipped' ? '' : s.dim(`  ${formatDuration(j.durationMs)}`);
        out.push(`${pad}${icon(j.result, s)} ${j.name}${time}${env}`);
        if (j.children?.length)
            out.push(...jobTree(j.children, s, depth + 1));
    }
    return out;
}
function allJobs(jobs) {
    return jobs.flatMap((j) => [j, ...allJobs(j.children ?? [])]);
}
/** The run's report, printed after the live log. */
function renderReport(r, s, left) {
    const out = [];
    const section = (title) => {
        out.push('', s.bold(title), s.dim('─'.repeat(Math.min(78, title.length + 8))));
    };
    section(`${r.name} · ${r.event} · ${r.conclusion} in ${formatDuration(r.durationMs)}`);
    if (r.errors.length)
        for (const e of r.errors)
            out.push(`  ${s.red('Error')}: ${e}`);
    out.push(...jobTree(r.jobs, s));
    const summaries = allJobs(r.jobs).filter((j) => j.summary.trim());
    for (const j of summaries) {
        section(`Summary · ${j.path.join(' / ')}`);
        out.push(renderMarkdown(j.summary.trimEnd(), s));
    }
    if (r.annotations.length) {
        section('Annotations');
        for (const a of r.annotations) {
            const tag = a.command === 'error'
                ? s.red('Error')
                : a.command === 'warning'
                    ? s.yellow('Warning')
                    : s.blue('Notice');
            const where = a.props.file ? ` ${a.props.file}${a.props.line ? `:${a.props.line}` : ''}` : '';
            out.push(`  ${tag} ${s.dim(`${a.job} › ${a.step}`)}${where}: ${a.message.split('\n')[0]}`);
        }
    }
    if (Object.keys(r.outputs).length) {
        section('Outputs');
        const w = Math.max(...Object.keys(r.outputs).map((k) => k.length));
        for (const [k, v] of Object.entries(r.outputs))
            out.push(`  ${k.padEnd(w)}  ${v}`);
    }
    if (r.artifacts.length) {
        section('Artifacts, SARIF and caches');
        for (const a of r.artifacts)
            out.push(`  ${a.kind.padEnd(8)} ${a.name}  ${s.dim(a.path)}`);
    }
    if (left && (left.comments.length || left.deployments.length)) {
        section('Left on GitHub (emulator)');
        for (const c of left.comments) {
            out.push(`  ${s.bold(`Comment on ${c.where}`)} by ${c.author}:`);
            for (const l of renderMarkdown(c.body.trimEnd(), s).split('\n'))
                out.push(`    ${l}`);
        }
        for (const d of left.deployments)
            out.push(`  Deployment #${d.id} → ${d.environment}  ${d.state}  ref ${d.ref}  ${s.dim(d.sha.slice(0, 12))}${d.payload ? s.dim(`  ${d.payload}`) : ''}`);
    }
    return out.join('\n') + '\n';
}


/***/ })

};
