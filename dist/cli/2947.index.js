export const id = 2947;
export const ids = [2947];
export const modules = {

/***/ 10766:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.childEnv = childEnv;
exports.run = run;
exports.runChecked = runChecked;
exports.displayArgv = displayArgv;
/**
 * Runs commands as argv arrays (never a shell string built from inputs), captures output, and leaves the exit
 * code to the caller: `run` never throws on a non-zero exit, `runChecked` throws a ToolError naming the command.
 * Everything streamed or kept passes through the masker.
 */
const errors_js_1 = __webpack_require__(97268);
/**
 * Runner variables that carry credentials a child process was not given: every action input (the
 * `github-token` default among them), post-step state, GITHUB_TOKEN, and the runner's own tokens for the
 * cache, artifact and OIDC services.
 */
const WITHHELD = /^(INPUT_.*|STATE_.*|GITHUB_TOKEN|ACTIONS_RUNTIME_TOKEN|ACTIONS_RUNTIME_URL|ACTIONS_RESULTS_URL|ACTIONS_CACHE_URL|ACTIONS_ID_TOKEN_REQUEST_TOKEN|ACTIONS_ID_TOKEN_REQUEST_URL)$/i;
/**
 * The environment for a child process (terraform and its providers, the test command): `env` without the
 * withheld variables, except those named in `pass` (the `pass-env` input).
 */
function childEnv(env, pass = []) {
    const keep = new Set(pass.map((n) => n.toUpperCase()));
    const out = {};
    for (const [k, v] of Object.entries(env)) {
        if (v === undefined)
            continue;
        if (WITHHELD.test(k) && !keep.has(k.toUpperCase()))
            continue;
        out[k] = v;
    }
    return out;
}
async function run(argv, opts = {}) {
    if (argv.length === 0 || !argv[0])
        throw new errors_js_1.ToolError('exec: empty command');
    const { spawn } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 31421, 23));
    const m = opts.masker ?? { mask: (t) => t };
    const max = opts.maxBuffer ?? 64 * 1024 * 1024;
    return new Promise((resolve, reject) => {
        const child = spawn(argv[0], argv.slice(1), {
            cwd: opts.cwd,
            env: childEnv(opts.env ?? process.env, opts.passEnv),
            shell: false,
            stdio: ['pipe', 'pipe', 'pipe'],
            signal: opts.signal,
        });
        const out = { stdout: '', stderr: '', truncated: false };
        const collect = (stream) => (buf) => {
            const text = buf.toString('utf8');
            opts.onOutput?.(m.mask(text), stream);
            let next = out[stream] + text;
            if (next.length > max) {
                next = next.slice(next.length - max);
                out.truncated = true;
            }
            out[stream] = next;
        };
        child.stdout.on('data', collect('stdout'));
        child.stderr.on('data', collect('stderr'));
        child.on('error', (err) => {
            if (err.code === 'ENOENT') {
                reject(new errors_js_1.ToolError(`Command not found: '${argv[0]}'. Install it or put it on PATH.`));
            }
            else if (err.name === 'AbortError') {
                reject(new errors_js_1.ToolError(`Command '${argv[0]}' was cancelled.`));
            }
            else {
                reject(err);
            }
        });
        child.on('close', (code, signal) => {
            resolve({
                argv: [...argv],
                exitCode: code ?? 128,
                signal: signal ?? undefined,
                stdout: m.mask(out.stdout),
                stderr: m.mask(out.stderr),
                truncated: out.truncated,
            });
        });
        child.stdin.on('error', () => undefined);
        child.stdin.end(opts.input ?? '');
    });
}
/** Like run, but a non-zero exit (outside `okCodes`) is a ToolError with the command and its last stderr lines. */
async function runChecked(argv, opts = {}) {
    const result = await run(argv, opts);
    const ok = opts.okCodes ?? [0];
    if (!ok.includes(result.exitCode)) {
        const tail = (result.stderr.trim() || result.stdout.trim()).split('\n').slice(-10).join('\n');
        throw new errors_js_1.ToolError(`'${displayArgv(argv)}' failed with exit code ${result.exitCode}${result.signal ? ` (${result.signal})` : ''}` +
            (tail ? `:\n${tail}` : ''));
    }
    return result;
}
/** For logs only: quotes arguments with spaces (printing masks secrets). */
function displayArgv(argv) {
    return argv.map((a) => (/^[\w@%+=:,./-]+$/.test(a) ? a : JSON.stringify(a))).join(' ');
}


/***/ }),

/***/ 8108:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.collectSensitive = collectSensitive;
exports.parseMask = parseMask;
/**
 * Every value a plan marks sensitive, so it can be masked before anything is printed: `before_sensitive` /
 * `after_sensitive` markers at any depth (resource changes and drift), `sensitive_values` in planned values and
 * prior state, sensitive outputs, and root variables declared `sensitive` in the configuration. Plus the
 * action's `mask` input: literal values or `/regex/flags`.
 */
const errors_js_1 = __webpack_require__(97268);
const mask_js_1 = __webpack_require__(46043);
function isObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
/** Every scalar leaf of `value` (strings and numbers; booleans and null say nothing secret). */
function leaves(value, out) {
    if (value === null || value === undefined || typeof value === 'boolean')
        return;
    if (typeof value === 'string') {
        if (value !== '')
            out.add(value);
        return;
    }
    if (typeof value === 'number') {
        out.add(String(value));
        return;
    }
    if (Array.isArray(value)) {
        for (const v of value)
            leaves(v, out);
        return;
    }
    for (const v of Object.values(value))
        leaves(v, out);
}
/** Walks `value` alongside its sensitivity marker (`true` marks the whole subtree). */
function marked(value, marker, out) {
    if (marker === true) {
        leaves(value, out);
        return;
    }
    if (value === null || value === undefined || marker === null || marker === undefined)
        return;
    if (Array.isArray(marker) && Array.isArray(value)) {
        marker.forEach((m, i) => marked(value[i], m, out));
    }
    else if (isObject(marker) && isObject(value)) {
        for (const [k, m] of Object.entries(marker))
            marked(value[k], m, out);
    }
}
function moduleValues(mod, out) {
    if (!isObject(mod))
        return;
    if (Array.isArray(mod.resources)) {
        for (const r of mod.resources)
            if (isObject(r))
                marked(r.values, r.sensitive_values, out);
    }
    if (Array.isArray(mod.child_modules))
        for (const child of mod.child_modules)
            moduleValues(child, out);
}
function valuesBlock(values, out) {
    if (!isObject(values))
        return;
    if (isObject(values.outputs)) {
        for (const o of Object.values(values.outputs))
            if (isObject(o) && o.sensitive === true)
                leaves(o.value, out);
    }
    moduleValues(values.root_module, out);
}
/** All sensitive values in the plan, longest first (a short secret inside a long one must not split it). */
function collectSensitive(plan) {
    const out = new Set();
    for (const rc of [...plan.resource_changes, ...plan.resource_drift]) {
        marked(rc.change.before, rc.change.before_sensitive, out);
        marked(rc.change.after, rc.change.after_sensitive, out);
    }
    for (const o of plan.output_changes) {
        marked(o.before, o.before_sensitive, out);
        marked(o.after, o.after_sensitive, out);
    }
    const raw = plan.raw;
    valuesBlock(raw.planned_values, out);
    if (isObject(raw.prior_state))
        valuesBlock(raw.prior_state.values, out);
    const root = isObject(raw.configuration) && isObject(raw.configuration.root_module)
        ? raw.configuration.root_module
        : {};
    if (isObject(root.variables)) {
        const given = isObject(raw.variables) ? raw.variables : {};
        for (const [name, decl] of Object.entries(root.variables)) {
            if (!isObject(decl) || decl.sensitive !== true)
                continue;
            leaves(decl.default, out);
            const v = given[name];
            if (isObject(v))
                leaves(v.value, out);
        }
    }
    if (isObject(root.outputs) && isObject(raw.planned_values) && isObject(raw.planned_values.outputs)) {
        const planned = raw.planned_values.outputs;
        for (const [name, decl] of Object.entries(root.outputs)) {
            const p = planned[name];
            if (isObject(decl) && decl.sensitive === true && isObject(p))
                leaves(p.value, out);
        }
    }
    return [...out].sort((a, b) => b.length - a.length);
}
/**
 * The `mask` input: one entry per line; `/regex/flags` is a pattern (run on RE2, linear time: no pattern can
 * hang the action), anything else a literal value. Errors name the line, never its text: the input holds
 * secrets.
 */
async function parseMask(name, lines) {
    const rules = { values: [], patterns: [] };
    for (const [i, line] of lines.entries()) {
        const m = /^\/(.+)\/([a-z]*)$/s.exec(line);
        if (!m) {
            rules.values.push(line);
            continue;
        }
        const where = `Invalid input '${name}': line ${i + 1}`;
        const flags = m[2];
        if (!/^[imsu]*$/.test(flags)) {
            throw new errors_js_1.InputError(name, `${where} has regular expression flags '${flags}'. Expected flags from i, m, s, u.`);
        }
        let re;
        try {
            re = await (0, mask_js_1.compilePattern)(m[1], flags);
        }
        catch (e) {
            throw new errors_js_1.InputError(name, 
            // RE2 quotes the pattern after a colon (`…: \`pattern\``): left out, the input holds secrets.
            `${where} is not a regular expression Keelson can run (${(0, errors_js_1.errorMessage)(e).replace(/:\s*`[\s\S]*$/, '')}). ` +
                'Expected RE2 syntax: no backreferences or lookarounds.');
        }
        if (re.test('')) {
            throw new errors_js_1.InputError(name, `${where} matches the empty string. Expected a pattern that cannot.`);
        }
        rules.patterns.push(re);
    }
    return rules;
}


/***/ }),

/***/ 62947:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.parseLabel = parseLabel;
exports.deriveLabel = deriveLabel;
exports.labelFileName = labelFileName;
exports.readPlanSettings = readPlanSettings;
exports.readApplySettings = readApplySettings;
/**
 * The inputs of terraform-plan and terraform-apply, parsed once into one typed settings object. Every bad value
 * is an InputError naming the input, the value and what is allowed.
 */
const node_fs_1 = __webpack_require__(73024);
const node_path_1 = __webpack_require__(76760);
const errors_js_1 = __webpack_require__(97268);
const inputs_js_1 = __webpack_require__(51662);
const sensitive_js_1 = __webpack_require__(8108);
const tool_js_1 = __webpack_require__(17064);
const LABEL = /^[A-Za-z0-9][A-Za-z0-9._/:@+-]{0,99}$/;
const LABEL_EXPECTED = 'up to 100 characters from A-Z a-z 0-9 . _ / : @ + -, starting with a letter or digit';
const WORKSPACE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,89}$/;
function parseLabel(name, raw) {
    if (!LABEL.test(raw))
        throw errors_js_1.InputError.invalid(name, raw, LABEL_EXPECTED);
    return raw;
}
/** `environments/prod` for path environments/prod in workspace default; `environments/prod:blue` otherwise. */
function deriveLabel(workspaceDir, modulePath, workspace) {
    let rel = (0, node_path_1.relative)(workspaceDir, modulePath).split(node_path_1.sep).join('/');
    if (rel === '' || rel.startsWith('..') || (0, node_path_1.isAbsolute)(rel))
        rel = rel === '' ? 'root' : modulePath.split(node_path_1.sep).join('/');
    let label = rel.replace(/[^A-Za-z0-9._/@+-]/g, '-').replace(/^[^A-Za-z0-9]+/, '');
    if (label === '')
        label = 'root';
    if (workspace !== 'default')
        label += `:${workspace}`;
    return label.slice(0, 100);
}
/** File name for the label's plan file: `<RUNNER_TEMP>/<label>.tfplan`, with / and : made safe. */
function labelFileName(label) {
    return label.replace(/[^A-Za-z0-9._-]/g, '_');
}
function roots(dirs) {
    return { workspace: dirs.workspace, temp: dirs.runnerTemp || undefined };
}
function directory(name, raw, base, dirs) {
    const abs = (0, inputs_js_1.confinedPath)(name, raw, roots(dirs), base);
    if (!(0, node_fs_1.existsSync)(abs) || !(0, node_fs_1.statSync)(abs).isDirectory()) {
        throw errors_js_1.InputError.invalid(name, raw, `an existing directory (relative to ${base})`);
    }
    return abs;
}
function file(name, raw, base, expected, dirs) {
    const abs = (0, inputs_js_1.confinedPath)(name, raw, roots(dirs), base);
    if (!(0, node_fs_1.existsSync)(abs) || !(0, node_fs_1.statSync)(abs).isFile())
        throw errors_js_1.InputError.invalid(name, raw, expected);
    return abs;
}
const ADDRESS = /^[A-Za-z_][^\s]*$/;
function addresses(inputs, name) {
    const list = inputs.lines(name);
    for (const a of list) {
        if (!ADDRESS.test(a))
            throw errors_js_1.InputError.invalid(name, a, 'resource addresses such as aws_instance.web or module.app.aws_s3_bucket.this["logs"], one per line');
    }
    return list;
}
async function readPlanSettings(inputs, dirs, kind = 'plan') {
    const workspaceDir = dirs.workspace;
    const path = directory('path', inputs.string('path', {
        required: true,
        expected: 'the root module directory, relative to the workspace (. for the repository root)',
    }), workspaceDir, dirs);
    const workspace = inputs.string('workspace', { default: 'default' });
    if (!WORKSPACE.test(workspace)) {
        throw errors_js_1.InputError.invalid('workspace', workspace, 'a workspace name: letters, digits, . _ -, at most 90 characters');
    }
    const backendConfig = inputs
        .lines('backend-config')
        .map((b) => /^[A-Za-z_][A-Za-z0-9_-]*=/.test(b)
        ? b
        : file('backend-config', b, path, `key=value lines or existing backend config files (relative to ${path})`, dirs));
    const varFiles = inputs
        .lines('var-files')
        .map((f) => file('var-files', f, path, `existing .tfvars or .tfvars.json files (relative to ${path})`, dirs));
    const rawLabel = inputs.string('label');
    const toolRaw = inputs.string('tool');
    const tool = toolRaw === '' || toolRaw === 'auto' ? undefined : inputs.enum('tool', tool_js_1.TOOLS, 'terraform');
    return {
        path,
        workspace,
        backendConfig,
        varFiles,
        vars: await inputs.map('vars'),
        label: rawLabel ? parseLabel('label', rawLabel) : deriveLabel(workspaceDir, path, workspace),
        tool,
        fmtCheck: inputs.boolean('fmt-check', false),
        validate: inputs.boolean('validate', kind === 'plan'),
        destroy: inputs.boolean('destroy', false),
        targets: addresses(inputs, 'targets'),
        replace: addresses(inputs, 'replace'),
        parallelism: inputs.integer('parallelism', 10, { min: 1, max: 256 }),
        lockTimeout: Math.ceil(inputs.duration('lock-timeout', '5m', { max: 3_600_000 }) / 1000),
        comment: inputs.enum('comment', ['update', 'recreate', 'off'], 'update'),
        mask: await (0, sensitive_js_1.parseMask)('mask', inputs.lines('mask')),
        githubToken: inputs.string('github-token'),
        trustedPlanAuthors: trustedAuthors(inputs),
        planEncryptionKey: inputs.string('plan-encryption-key'),
        passEnv: inputs.envNames('pass-env'),
    };
}
const LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\[bot\])?$/;
function trustedAuthors(inputs) {
    const raw = inputs.list('trusted-plan-authors');
    const list = raw.length > 0 ? raw : ['github-actions[bot]'];
    for (const login of list) {
        if (!LOGIN.test(login)) {
            throw errors_js_1.InputError.invalid('trusted-plan-authors', login, 'GitHub logins such as github-actions[bot] or my-app[bot] (the identity that posts the plan comments)');
        }
    }
    return list.map((l) => l.toLowerCase());
}
async function readApplySettings(inputs, dirs) {
    const workspaceDir = dirs.workspace;
    const base = await readPlanSettings(inputs, dirs, 'apply');
    const rawPlan = inputs.string('plan-file');
    return {
        ...base,
        planFile: rawPlan
            ? file('plan-file', rawPlan, workspaceDir, `an existing saved plan file (relative to ${workspaceDir})`, dirs)
            : undefined,
        prNumber: inputs.has('pr-number') ? inputs.integer('pr-number', 0, { min: 1 }) : undefined,
        allowUnreviewed: inputs.boolean('allow-unreviewed', false),
        requireApproval: inputs.boolean('require-approval', true),
    };
}


/***/ }),

/***/ 17064:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.TOOLS = void 0;
exports.which = which;
exports.resolveTool = resolveTool;
exports.createTerraform = createTerraform;
/**
 * The Terraform seam: every call Keelson makes to `terraform` or `tofu`, as argv arrays through the exec wrapper.
 * Actions and tests receive a `Terraform`; nothing deeper reaches for a binary on its own.
 */
const node_fs_1 = __webpack_require__(73024);
const node_path_1 = __webpack_require__(76760);
const errors_js_1 = __webpack_require__(97268);
const exec_js_1 = __webpack_require__(10766);
const mask_js_1 = __webpack_require__(46043);
exports.TOOLS = ['terraform', 'tofu'];
function isExecutable(file) {
    try {
        if (!(0, node_fs_1.statSync)(file).isFile())
            return false;
        (0, node_fs_1.accessSync)(file, node_fs_1.constants.X_OK);
        return true;
    }
    catch {
        return false;
    }
}
/** The full path of `name` on PATH, or undefined. */
function which(name, env) {
    const exts = process.platform === 'win32' ? (env.PATHEXT ?? '.EXE;.CMD').split(';') : [''];
    for (const dir of (env.PATH ?? '').split(node_path_1.delimiter)) {
        if (!dir)
            continue;
        for (const ext of exts) {
            const file = (0, node_path_1.join)(dir, name + ext);
            if (isExecutable(file))
                return file;
        }
    }
    return undefined;
}
/** The tool asked for, or whichever of terraform / tofu is on PATH (terraform first). None → one clear error. */
function resolveTool(wanted, env) {
    if (wanted) {
        if (!which(wanted, env)) {
            throw new errors_js_1.ToolError(`'${wanted}' is not on PATH. Install it first (${wanted === 'tofu' ? 'opentofu/setup-opentofu' : 'hashicorp/setup-terraform'}).`);
        }
        return wanted;
    }
    for (const t of exports.TOOLS)
        if (which(t, env))
            return t;
    throw new errors_js_1.ToolError("Neither 'terraform' nor 'tofu' is on PATH. Install one (hashicorp/setup-terraform or opentofu/setup-opentofu) " +
        "before this step, or set the 'tool' input.");
}
function createTerraform(tool, o) {
    const env = { ...o.env, TF_IN_AUTOMATION: '1', TF_INPUT: '0' };
    const opts = { cwd: o.cwd, env, passEnv: o.passEnv };
    // JSON is read, never printed: it must reach the parser unmasked (a masked value would corrupt it or its hash).
    const raw = { ...opts, masker: new mask_js_1.Masker() };
    const live = { ...opts, onOutput: o.onOutput };
    const lock = (s) => (s === undefined ? [] : [`-lock-timeout=${s}s`]);
    const par = (n) => (n === undefined ? [] : [`-parallelism=${n}`]);
    return {
        tool,
        init: (backendConfig, lockTimeout) => (0, exec_js_1.runChecked)([
            tool,
            'init',
            '-input=false',
            '-no-color',
            ...lock(lockTimeout),
            ...backendConfig.map((b) => `-backend-config=${b}`),
        ], live),
        selectWorkspace: (name) => (0, exec_js_1.runChecked)([tool, 'workspace', 'select', '-or-create=true', name], live),
        async fmtCheck() {
            const r = await (0, exec_js_1.runChecked)([tool, 'fmt', '-check', '-recursive', '-list=true', '-no-color'], {
                ...opts,
                okCodes: [0, 3],
            });
            return r.exitCode === 0
                ? []
                : r.stdout
                    .split('\n')
                    .map((l) => l.trim())
                    .filter(Boolean);
        },
        validate: () => (0, exec_js_1.runChecked)([tool, 'validate', '-no-color'], live),
        async plan(a) {
            const argv = [tool, 'plan', '-input=false', '-no-color', '-detailed-exitcode', `-out=${a.out}`];
            if (a.destroy)
                argv.push('-destroy');
            for (const t of a.targets ?? [])
                argv.push(`-target=${t}`);
            for (const r of a.replace ?? [])
                argv.push(`-replace=${r}`);
            for (const f of a.varFiles ?? [])
                argv.push(`-var-file=${f}`);
            argv.push(...par(a.parallelism), ...lock(a.lockTimeout));
            const r = await (0, exec_js_1.run)(argv, opts);
            return { exitCode: r.exitCode, changes: r.exitCode === 2, stdout: r.stdout, stderr: r.stderr };
        },
        async showJson(planFile) {
            return (await (0, exec_js_1.runChecked)([tool, 'show', '-json', planFile], raw)).stdout;
        },
        async showText(planFile) {
            return (await (0, exec_js_1.runChecked)([tool, 'show', '-no-color', planFile], opts)).stdout;
        },
        apply: (planFile, a) => (0, exec_js_1.runChecked)([tool, 'apply', '-input=false', '-no-color', ...lock(a.lockTimeout), ...par(a.parallelism), planFile], live),
        async outputs() {
            const r = await (0, exec_js_1.runChecked)([tool, 'output', '-json', '-no-color'], raw);
            const v = JSON.parse(r.stdout || '{}');
            return v && typeof v === 'object' && !Array.isArray(v) ? v : {};
        },
    };
}


/***/ })

};
