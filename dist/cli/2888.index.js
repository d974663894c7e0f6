export const id = 2888;
export const ids = [2888];
export const modules = {

/***/ 55434:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.runStepOutputs = runStepOutputs;
exports.githubParserErrors = githubParserErrors;
exports.checkWorkflow = checkWorkflow;
exports.callTree = callTree;
exports.repoRootOf = repoRootOf;
/**
 * The contract every Keelson workflow and starter keeps, checked statically:
 *
 * - GitHub's own parser accepts it (schema, expressions, the called workflows' inputs and secrets);
 * - every `uses:` resolves — Keelson's actions and workflows for a caller in another repository, `./` paths in
 *   the workflow's repository, outside actions pinned by full commit SHA with the version in a comment;
 * - every `with:` key is an input of the callee, and every required input without a default is given;
 * - every `steps.*.outputs.*`, `needs.*.outputs.*` and `jobs.*.outputs.*` names an output that exists, of a step
 *   that ran before or a job listed in `needs`;
 * - every `inputs.*` is declared; in a reusable workflow every `secrets.*` is declared; no `secrets: inherit`;
 * - no `${{ }}` inside `run:` (values reach scripts through `env:`);
 * - each job states its permissions: at least what its steps require (or, for a call, what the called jobs
 *   ask for), and nothing that none of them documents it needs (actions/permissions.yml).
 *
 * Findings are data (file, where, message); callers decide how to show them.
 */
const node_path_1 = __webpack_require__(76760);
const load_js_1 = __webpack_require__(94912);
const permissions_js_1 = __webpack_require__(52106);
const EXPR = /\$\{\{([\s\S]*?)\}\}/g;
const SHA = /^[0-9a-f]{40}$/;
/** Expression text with string literals blanked, so `'steps.x'` in a literal is not a reference. */
function code(expr) {
    return expr.replace(/'(?:[^']|'')*'/g, "''");
}
/** Every expression in a value: `${{ }}` in strings, and the bare `if:` conditions. */
function expressions(value, isIf = false) {
    if (typeof value === 'string') {
        const found = [...value.matchAll(EXPR)].map((m) => code(m[1] ?? ''));
        if (isIf && found.length === 0)
            return [code(value)];
        return found;
    }
    if (typeof value === 'boolean' || typeof value === 'number' || value == null)
        return [];
    if (Array.isArray(value))
        return value.flatMap((v) => expressions(v));
    return Object.values(value).flatMap((v) => expressions(v));
}
function references(exprs) {
    const out = [];
    for (const e of exprs) {
        for (const m of e.matchAll(/(?<![\w.-])(steps|needs|jobs)\.([A-Za-z_][\w-]*)\.outputs\.([A-Za-z_][\w-]*)/g))
            out.push({ ctx: m[1], name: m[2], output: m[3] });
        for (const m of e.matchAll(/(?<![\w.-])(inputs|secrets)\.([A-Za-z_][\w-]*)/g))
            out.push({ ctx: m[1], name: m[2] });
    }
    return out;
}
/** Outputs a `run:` step writes (`name=` on lines that append to $GITHUB_OUTPUT, or inside a block that does). */
function runStepOutputs(script) {
    const names = new Set();
    const lines = script.split('\n');
    let block = [];
    for (const line of lines) {
        block.push(line);
        if (/GITHUB_OUTPUT/.test(line)) {
            for (const l of block)
                for (const m of l.matchAll(/(?:^|[\s"'])([A-Za-z_][\w-]*)=/g))
                    names.add(m[1]);
            block = [];
        }
        else if (!/^\s*[{(]?\s*$|\\$/.test(line) && !/^\s*(echo|printf)\b/.test(line)) {
            block = [];
        }
    }
    return names;
}
function needsOf(job) {
    return job.needs === undefined ? [] : Array.isArray(job.needs) ? job.needs : [job.needs];
}
function lineOf(text, needle) {
    return text.split('\n').find((l) => l.includes(needle));
}
/** GitHub's parser: schema errors, bad expressions, and the called workflows' inputs and secrets. */
async function githubParserErrors(meta, o) {
    return (await (0, load_js_1.parseWithGitHub)(meta.file, meta.text, o.repoRoot, o)).errors;
}
async function checkWorkflow(file, o) {
    /** Paths in messages: relative to Keelson or to the workflow's repository. */
    const rel = (base, f) => {
        const b = base.replace(/\/+$/, '') + '/';
        return f.startsWith(b) ? f.slice(b.length) : undefined;
    };
    const show = (f) => rel(o.keelsonRoot, f) ?? rel(o.repoRoot, f) ?? f;
    const findings = [];
    const meta = (0, load_js_1.readWorkflowMeta)(file);
    const add = (where, message, rule) => findings.push({ file, where, message, rule });
    for (const e of await githubParserErrors(meta, o))
        add('GitHub parser', e, 'parser');
    const wf = meta.raw;
    const jobs = wf.jobs ?? {};
    const events = (0, load_js_1.eventsOf)(wf.on);
    const reusableOnly = events.size === 1 && events.has('workflow_call');
    const declaredInputs = new Set([...(meta.call?.inputs.keys() ?? []), ...(meta.dispatch?.keys() ?? [])]);
    const declaredSecrets = new Set([...(meta.call?.secrets.keys() ?? [])].map((s) => s.toLowerCase()));
    const callees = new Map();
    const calleeOf = (uses, as, where) => {
        const r = (0, load_js_1.resolveUses)(uses, as, o.repoRoot, o);
        if ('error' in r) {
            add(where, r.error, 'uses');
            return undefined;
        }
        const t = r.target;
        if (t.kind === 'remote') {
            if (!SHA.test(t.ref))
                add(where, `'${uses}' is not pinned by a full commit SHA`, 'pin');
            const line = lineOf(meta.text, uses);
            if (!line || !/#\s*v\d+(\.\d+){0,2}\b/.test(line))
                add(where, `'${uses}' has no version comment (# vX.Y.Z) after the SHA`, 'pin');
        }
        if (t.kind === 'keelson' && o.keelsonRef !== undefined && t.ref !== o.keelsonRef)
            add(where, `'${uses}' uses Keelson at '${t.ref}'; every Keelson reference must be '@${o.keelsonRef}' (one release)`, 'keelson-ref');
        return r.callee;
    };
    const checkWith = (callee, given, where) => {
        const inputs = callee.kind === 'action'
            ? callee.inputs
            : new Map([...callee.call.inputs].map(([k, v]) => [k, { required: v.required, hasDefault: v.hasDefault }]));
        const keys = Object.keys(given ?? {});
        for (const k of keys)
            if (!inputs.has(k))
                add(where, `with: '${k}' is not an input of ${show(callee.file)} (inputs: ${[...inputs.keys()].join(', ')})`, 'with');
        for (const [k, v] of inputs)
            if (v.required && !v.hasDefault && !keys.includes(k))
                add(where, `required input '${k}' of ${show(callee.file)} is not given`, 'with');
    };
    const jobOutputs = (id) => {
        const job = jobs[id];
        if (!job)
            return undefined;
        if (job.uses) {
            const c = callees.get(id);
            return c?.kind === 'workflow' ? new Set(c.call.outputs.keys()) : undefined;
        }
        return new Set(Object.keys(job.outputs ?? {}));
    };
    const checkRefs = (refs, where, scope) => {
        for (const r of refs) {
            if (r.ctx === 'inputs') {
                if (!declaredInputs.has(r.name))
                    add(where, `inputs.${r.name} is not a declared input`, 'reference');
            }
            else if (r.ctx === 'secrets') {
                if (r.name.toUpperCase() === 'GITHUB_TOKEN')
                    continue;
                if ((reusableOnly || o.requireDeclaredSecrets) && !declaredSecrets.has(r.name.toLowerCase()))
                    add(where, `secrets.${r.name} is not declared in on.workflow_call.secrets`, 'reference');
            }
            else if (r.ctx === 'steps') {
                if (!scope.steps)
                    add(where, `steps.${r.name}.outputs.${r.output} is not available here`, 'reference');
                else if (!scope.steps.has(r.name))
                    add(where, `steps.${r.name} is not a step before this one in job '${scope.job}'`, 'reference');
                else {
                    const outs = scope.steps.get(r.name);
                    if (outs && !outs.has(r.output))
                        add(where, `steps.${r.name}.outputs.${r.output}: step '${r.name}' has no output '${r.output}' (it has: ${[...outs].join(', ') || 'none'})`, 'reference');
                }
            }
            else if (r.ctx === 'needs') {
                const job = scope.job ? jobs[scope.job] : undefined;
                if (!job || !needsOf(job).includes(r.name))
                    add(where, `needs.${r.name}: '${r.name}' is not in this job's needs`, 'reference');
                else {
                    const outs = jobOutputs(r.name);
                    if (outs && !outs.has(r.output))
                        add(where, `needs.${r.name}.outputs.${r.output}: job '${r.name}' has no output '${r.output}' (it has: ${[...outs].join(', ') || 'none'})`, 'reference');
                }
            }
            else if (r.ctx === 'jobs') {
                const outs = jobOutputs(r.name);
                if (!outs)
                    add(where, `jobs.${r.name}: no job '${r.name}' in this workflow`, 'reference');
                else if (!outs.has(r.output))
                    add(where, `jobs.${r.name}.outputs.${r.output}: job '${r.name}' has no output '${r.output}'`, 'reference');
            }
        }
    };
    // Resolve every job's callee first: needs.<job>.outputs of a call job are the called workflow's outputs.
    for (const [id, job] of Object.entries(jobs)) {
        if (job.uses) {
            const c = calleeOf(job.uses, 'job', `jobs.${id}`);
            if (c)
                callees.set(id, c);
        }
    }
    for (const [id, job] of Object.entries(jobs)) {
        const where = `jobs.${id}`;
        for (const n of needsOf(job))
            if (!jobs[n])
                add(where, `needs '${n}', which is not a job of this workflow`, 'needs');
        const jobLevel = { ...job, steps: undefined, outputs: undefined, with: undefined, secrets: undefined };
        checkRefs(references([...expressions(jobLevel), ...expressions(job.if, true)]), where, { job: id });
        // A job without its own permissions gets the workflow's; with neither, the repository's default (unknown).
        const granted = (0, permissions_js_1.grantOf)(job.permissions) ?? (0, permissions_js_1.grantOf)(wf.permissions);
        if (granted === undefined)
            add(where, 'states no permissions: (neither the job nor the workflow says what its token may do)', 'permissions');
        if (job.uses) {
            const callee = callees.get(id);
            if (job.secrets === 'inherit')
                add(where, "uses 'secrets: inherit'; map each secret explicitly", 'secrets-inherit');
            checkRefs(references([...expressions(job.with), ...expressions(job.secrets)]), `${where}.with`, {
                job: id,
            });
            if (callee?.kind === 'workflow') {
                checkWith(callee, job.with, `${where}.with`);
                const asked = (0, permissions_js_1.union)(...Object.values(callee.raw.jobs ?? {}).map((j) => (0, permissions_js_1.grantOf)(j.permissions) ?? {}));
                if (granted) {
                    const missing = (0, permissions_js_1.exceeding)(asked, granted);
                    if (missing.length)
                        add(where, `grants ${(0, permissions_js_1.format)(granted)} but ${show(callee.file)} asks for ${missing.join(', ')} (the called job would not start)`, 'called-permissions');
                    const extra = (0, permissions_js_1.exceeding)(granted, asked);
                    if (extra.length)
                        add(where, `grants ${extra.join(', ')}, which no job of ${show(callee.file)} asks for`, 'permissions');
                }
            }
            continue;
        }
        const steps = job.steps ?? [];
        const seen = new Map();
        const all = new Map();
        let required = {};
        let allowed = o.runStepPermissions?.[id] ?? {};
        const stepInfo = [];
        steps.forEach((step, i) => {
            const sw = `${where}.steps[${step.id ?? i}]`;
            let outputs;
            if (step.uses) {
                const callee = calleeOf(step.uses, 'step', sw);
                if (callee?.kind === 'action') {
                    checkWith(callee, step.with, sw);
                    outputs = callee.outputs;
                    const p = o.permissions.get(callee.key);
                    if (!p)
                        add(sw, `${callee.key} has no entry in actions/permissions.yml (what token permissions does it need?)`, 'catalog');
                    else {
                        required = (0, permissions_js_1.union)(required, p.required);
                        allowed = (0, permissions_js_1.union)(allowed, p.required, p.optional);
                    }
                }
            }
            else if (typeof step.run === 'string') {
                if (EXPR.test(step.run))
                    add(sw, 'has ${{ }} inside run: (pass values through env:)', 'run-expression');
                EXPR.lastIndex = 0;
                outputs = runStepOutputs(step.run);
            }
            stepInfo.push({ step, where: sw, outputs });
            if (step.id)
                all.set(step.id, outputs);
        });
        for (const { step, where: sw, outputs } of stepInfo) {
            const { if: cond, ...rest } = step;
            checkRefs(references([...expressions(rest), ...expressions(cond, true)]), sw, {
                job: id,
                steps: new Map(seen),
            });
            if (step.id)
                seen.set(step.id, outputs);
        }
        checkRefs(references(expressions(job.outputs)), `${where}.outputs`, { job: id, steps: all });
        if (granted) {
            const missing = (0, permissions_js_1.exceeding)(required, granted);
            if (missing.length)
                add(where, `its steps need ${missing.join(', ')} but the job grants ${(0, permissions_js_1.format)(granted)}`, 'permissions');
            const extra = (0, permissions_js_1.exceeding)(granted, allowed);
            if (extra.length)
                add(where, `grants ${extra.join(', ')}, which none of its steps documents it needs`, 'permissions');
        }
    }
    for (const [name, out] of meta.call?.outputs ?? [])
        checkRefs(references(expressions(out.value)), `on.workflow_call.outputs.${name}`, {});
    return findings;
}
/** The reusable workflows a workflow reaches (itself first), to check GitHub's nesting and count limits. */
function callTree(file, o) {
    const unique = new Set();
    const walk = (f, root, depth) => {
        const meta = (0, load_js_1.readWorkflowMeta)(f);
        let deepest = depth;
        for (const job of Object.values(meta.raw.jobs ?? {})) {
            if (!job.uses)
                continue;
            const r = (0, load_js_1.resolveUses)(job.uses, 'job', root, o);
            if ('error' in r || r.callee.kind !== 'workflow')
                continue;
            unique.add(r.callee.file);
            deepest = Math.max(deepest, walk(r.callee.file, r.target?.kind === 'local' ? root : o.keelsonRoot, depth + 1));
        }
        return deepest;
    };
    const depth = walk(file, o.repoRoot, 1);
    return { depth, unique };
}
function repoRootOf(workflowFile) {
    return (0, node_path_1.dirname)((0, node_path_1.dirname)((0, node_path_1.dirname)(workflowFile)));
}


/***/ }),

/***/ 94912:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.parseUses = parseUses;
exports.readActionMeta = readActionMeta;
exports.eventsOf = eventsOf;
exports.readWorkflowMeta = readWorkflowMeta;
exports.resolveUses = resolveUses;
exports.parseWithGitHub = parseWithGitHub;
/**
 * Workflows and the actions and reusable workflows they call, read the way GitHub reads them: each workflow is
 * parsed by GitHub's own parser (@actions/workflow-parser: schema, expressions, and the inputs and secrets of
 * the reusable workflows it calls) and by `yaml` for the plain structure Keelson's checks walk. `uses:`
 * references resolve through one `Resolver`, which knows where Keelson's own actions and workflows are for a
 * caller in another repository. The local workflow runner reuses this.
 */
const node_fs_1 = __webpack_require__(73024);
const node_path_1 = __webpack_require__(76760);
const yaml_1 = __webpack_require__(38815);
/** Splits a `uses:` value the way the runner does. */
function parseUses(uses, r) {
    if (uses.startsWith('docker://'))
        return { kind: 'docker', image: uses.slice(9) };
    if (uses.startsWith('./'))
        return { kind: 'local', path: (0, node_path_1.normalize)(uses.slice(2)).replace(/\/$/, '') };
    const at = uses.lastIndexOf('@');
    if (at <= 0)
        return undefined;
    const [owner, repo, ...rest] = uses.slice(0, at).split('/');
    const ref = uses.slice(at + 1);
    if (!owner || !repo || !ref)
        return undefined;
    if (`${owner}/${repo}`.toLowerCase() === r.keelsonRepository.toLowerCase())
        return { kind: 'keelson', path: rest.join('/'), ref };
    return { kind: 'remote', owner, repo, path: rest.join('/'), ref };
}
function readYaml(file) {
    return (0, yaml_1.parse)((0, node_fs_1.readFileSync)(file, 'utf8'));
}
function actionFile(dir) {
    for (const f of ['action.yml', 'action.yaml'])
        if ((0, node_fs_1.existsSync)((0, node_path_1.join)(dir, f)))
            return (0, node_path_1.join)(dir, f);
    return undefined;
}
function readActionMeta(file, key) {
    const doc = (readYaml(file) ?? {});
    const inputs = new Map();
    for (const [k, v] of Object.entries(doc.inputs ?? {}))
        inputs.set(k, {
            required: v?.required === true || v?.required === 'true',
            hasDefault: v?.default !== undefined,
            default: v?.default === undefined || v.default === null ? undefined : String(v.default),
        });
    const runs = doc.runs ?? {};
    const text = (v) => (typeof v === 'string' ? v : undefined);
    return {
        kind: 'action',
        file,
        key,
        inputs,
        outputs: new Set(Object.keys(doc.outputs ?? {})),
        runs: { using: text(runs.using), post: text(runs.post), postIf: text(runs['post-if']) },
    };
}
function workflowInputs(v) {
    const out = new Map();
    for (const [k, d] of Object.entries((v ?? {}))) {
        out.set(k, {
            type: typeof d?.type === 'string' ? d.type : 'string',
            required: d?.required === true,
            hasDefault: d?.default !== undefined,
            description: typeof d?.description === 'string' ? d.description : undefined,
            default: d?.default,
            options: Array.isArray(d?.options) ? d.options : undefined,
        });
    }
    return out;
}
/** The events a workflow's `on:` names, with their configuration (null when given without one). */
function eventsOf(on) {
    const events = new Map();
    if (typeof on === 'string')
        events.set(on, null);
    else if (Array.isArray(on))
        for (const e of on)
            events.set(String(e), null);
    else if (on && typeof on === 'object')
        for (const [k, v] of Object.entries(on))
            events.set(k, v && typeof v === 'object' ? v : null);
    return events;
}
function readWorkflowMeta(file, text = (0, node_fs_1.readFileSync)(file, 'utf8')) {
    const raw = ((0, yaml_1.parse)(text) ?? {});
    const events = eventsOf(raw.on);
    const meta = { kind: 'workflow', file, raw, text };
    if (events.has('workflow_call')) {
        const c = events.get('workflow_call') ?? {};
        const secrets = new Map();
        for (const [k, v] of Object.entries((c.secrets ?? {})))
            secrets.set(k, {
                required: v?.required === true,
                description: typeof v?.description === 'string' ? v.description : undefined,
            });
        const outputs = new Map();
        for (const [k, v] of Object.entries((c.outputs ?? {})))
            outputs.set(k, {
                description: typeof v?.description === 'string' ? v.description : undefined,
                value: typeof v?.value === 'string' ? v.value : undefined,
            });
        meta.call = { inputs: workflowInputs(c.inputs), secrets, outputs };
    }
    if (events.has('workflow_dispatch'))
        meta.dispatch = workflowInputs(events.get('workflow_dispatch')?.inputs);
    return meta;
}
/**
 * What a `uses:` leads to, seen from a workflow in `repoRoot`: an action (a step's `uses`) or a reusable
 * workflow (a job's `uses`), or a sentence saying why it does not resolve.
 */
function resolveUses(uses, as, repoRoot, r) {
    const target = parseUses(uses, r);
    if (!target)
        return { error: `'${uses}' is not a valid reference (owner/repo[/path]@ref, ./path or docker://)` };
    if (target.kind === 'docker') {
        return as === 'step'
            ? { error: `'${uses}': docker:// actions are not used by Keelson (no image digest review)`, target }
            : { error: `'${uses}' cannot be a reusable workflow`, target };
    }
    const base = target.kind === 'local'
        ? repoRoot
        : target.kind === 'keelson'
            ? r.keelsonRoot
            : r.thirdPartyCatalog
                ? (0, node_path_1.join)(r.thirdPartyCatalog, target.owner, target.repo, target.path, target.ref)
                : undefined;
    const path = target.kind === 'remote' ? '' : target.path;
    if (as === 'job') {
        if (!/^\.github\/workflows\/[^/]+\.ya?ml$/.test(path) || target.kind === 'remote' || !base) {
            return {
                error: target.kind === 'remote'
                    ? `'${uses}' is a reusable workflow outside Keelson; only Keelson's own are checked and allowed`
                    : `'${uses}' is not a workflow in .github/workflows/`,
                target,
            };
        }
        const file = (0, node_path_1.join)(base, path);
        if (!(0, node_fs_1.existsSync)(file))
            return { error: `'${uses}': ${path} does not exist`, target };
        const meta = readWorkflowMeta(file);
        if (!meta.call)
            return { error: `'${uses}': ${path} is not callable (no on.workflow_call)`, target };
        return { callee: meta, target };
    }
    if (target.kind === 'remote' && r.outsideAction) {
        const key = [target.owner, target.repo, target.path].filter(Boolean).join('/').toLowerCase();
        const known = r.outsideAction(key, target.ref);
        if (known)
            return { callee: known, target };
    }
    if (!base)
        return {
            error: `'${uses}': no stored action.yml for outside actions (thirdPartyCatalog not set)`,
            target,
        };
    const dir = target.kind === 'remote' ? base : (0, node_path_1.join)(base, path);
    let file = actionFile(dir);
    if (!file && target.kind === 'keelson' && r.pendingActions && path.startsWith('actions/'))
        file = actionFile((0, node_path_1.join)(r.pendingActions, path.slice('actions/'.length)));
    if (!file) {
        return {
            error: target.kind === 'remote'
                ? `'${uses}': no stored action.yml for ${target.owner}/${target.repo}${target.path ? '/' + target.path : ''} at ${target.ref}`
                : `'${uses}': ${path || '.'}/action.yml does not exist${target.kind === 'keelson' ? ' in Keelson' : ''}`,
            target,
        };
    }
    const key = target.kind === 'remote'
        ? [target.owner, target.repo, target.path].filter(Boolean).join('/')
        : path.replace(/^actions\//, '');
    return { callee: readActionMeta(file, key), target };
}
/**
 * Parses a workflow with GitHub's own parser (@actions/workflow-parser), the reusable workflows it calls fetched
 * through the resolver (so their inputs and secrets are checked against the call). `shown` is the name used in
 * messages (`.github/workflows/x.yml (Line: 3, Col: 5): …`).
 */
async function parseWithGitHub(shown, text, repoRoot, r) {
    const { parseWorkflow, convertWorkflowTemplate, NoOperationTraceWriter } = await Promise.all(/* import() */[__webpack_require__.e(4082), __webpack_require__.e(9470)]).then(__webpack_require__.bind(__webpack_require__, 29470));
    const parsed = parseWorkflow({ name: shown, content: text }, new NoOperationTraceWriter());
    if (!parsed.value)
        return { errors: parsed.context.errors.getErrors().map((e) => e.message) };
    const provider = {
        getFileContent: async (ref) => {
            const root = ref.owner === undefined
                ? repoRoot
                : `${ref.owner}/${ref.repository}`.toLowerCase() === r.keelsonRepository.toLowerCase()
                    ? r.keelsonRoot
                    : undefined;
            if (!root)
                throw new Error(`not Keelson: ${ref.owner}/${ref.repository}`);
            const name = (0, node_path_1.join)(root, ref.path);
            return { name, content: (0, node_fs_1.readFileSync)(name, 'utf8') };
        },
    };
    const template = await convertWorkflowTemplate(parsed.context, parsed.value, provider, {
        fetchReusableWorkflowDepth: 1,
        maxReusableWorkflowDepth: 4,
    });
    return { template, root: parsed.value, errors: (template.errors ?? []).map((e) => e.Message) };
}


/***/ }),

/***/ 52106:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.SCOPES = void 0;
exports.parsePermissionsCatalog = parsePermissionsCatalog;
exports.grantOf = grantOf;
exports.union = union;
exports.exceeding = exceeding;
exports.format = format;
/**
 * GITHUB_TOKEN permissions as data: parse a `permissions:` value, compare grants, and read what each action
 * documents it needs (actions/permissions.yml). Used by the workflow contract checks and the generated docs.
 */
const yaml_1 = __webpack_require__(38815);
/** Every scope `permissions:` accepts (the permissions-mapping of @actions/workflow-parser's schema; a test keeps them equal). */
exports.SCOPES = [
    'actions',
    'artifact-metadata',
    'attestations',
    'checks',
    'code-quality',
    'contents',
    'copilot-requests',
    'deployments',
    'discussions',
    'drives',
    'id-token',
    'issues',
    'models',
    'packages',
    'pages',
    'pull-requests',
    'repository-projects',
    'security-events',
    'statuses',
    'vulnerability-alerts',
];
const RANK = { none: 0, read: 1, write: 2 };
function levels(v, where) {
    if (v === undefined || v === null)
        return {};
    if (typeof v !== 'object' || Array.isArray(v))
        throw new Error(`${where}: expected a mapping of scope: level`);
    const out = {};
    for (const [scope, level] of Object.entries(v)) {
        if (!exports.SCOPES.includes(scope))
            throw new Error(`${where}: unknown scope '${scope}'`);
        if (level !== 'read' && level !== 'write' && level !== 'none')
            throw new Error(`${where}: '${scope}' must be read, write or none`);
        out[scope] = level;
    }
    return out;
}
function parsePermissionsCatalog(text) {
    const doc = (0, yaml_1.parse)(text);
    const catalog = new Map();
    for (const [key, v] of Object.entries(doc ?? {})) {
        catalog.set(key, {
            required: levels(v?.required, `${key}.required`),
            optional: levels(v?.optional, `${key}.optional`),
        });
    }
    return catalog;
}
/**
 * A job's `permissions:` as a map. `read-all`/`write-all` expand to every scope; `{}` is nothing; an absent
 * value is `undefined` (the repository's default token permissions — which Keelson's workflows never rely on).
 */
function grantOf(value) {
    if (value === undefined || value === null)
        return undefined;
    if (value === 'read-all' || value === 'write-all') {
        const level = value === 'read-all' ? 'read' : 'write';
        return Object.fromEntries(exports.SCOPES.map((s) => [s, level]));
    }
    const out = {};
    for (const [scope, level] of Object.entries(levels(value, 'permissions')))
        if (level !== 'none')
            out[scope] = level;
    return out;
}
/** The larger of two grants, scope by scope. */
function union(...grants) {
    const out = {};
    for (const g of grants)
        for (const [scope, level] of Object.entries(g))
            if (level !== 'none' && RANK[level] > RANK[out[scope] ?? 'none'])
                out[scope] = level;
    return out;
}
/** The scopes where `a` grants more than `b` allows, as `scope: level` strings. */
function exceeding(a, b) {
    return Object.entries(a)
        .filter(([scope, level]) => RANK[level] > RANK[b[scope] ?? 'none'])
        .map(([scope, level]) => `${scope}: ${level}`)
        .sort();
}
function format(p) {
    const entries = Object.entries(p).sort(([x], [y]) => x.localeCompare(y));
    return entries.length ? entries.map(([s, l]) => `${s}: ${l}`).join(', ') : '{}';
}


/***/ }),

/***/ 62888:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

var __webpack_unused_export__;

__webpack_unused_export__ = ({ value: true });
__webpack_unused_export__ = void 0;
__webpack_unused_export__ = interpolate;
exports.runWorkflow = runWorkflow;
/**
 * The local workflow runner: a workflow file parsed by GitHub's own parser, every expression evaluated by GitHub's
 * own evaluator, jobs run one at a time in `needs` order with matrices expanded, `if:` honoured with the status
 * functions, job and step outputs wired, reusable workflows called into (`uses: ./.github/workflows/x.yml` and
 * Keelson's own). Steps: Keelson's actions in this process through the local runner (one ActionContext each),
 * `run:` with bash in a scratch workspace, a few outside actions through local stand-ins, anything else refused
 * with one line. What the machine provides (the actions, stand-ins, emulators, clocks) comes in `RunOptions.host`.
 *
 * Before a workflow runs, the contract checks of src/lib/workflows (the same ones Keelson's own workflows pass)
 * look at it: a `with:` key the callee does not have, a required input not given, a reference to an output or a
 * job that does not exist stop the run with the workflow's file and line, as GitHub would stop it at start-up
 * (or, for outputs, as GitHub would silently read an empty string).
 */
const errors_js_1 = __webpack_require__(97268);
const node_child_process_1 = __webpack_require__(31421);
const node_crypto_1 = __webpack_require__(77598);
const node_fs_1 = __webpack_require__(73024);
const node_path_1 = __webpack_require__(76760);
const local_runner_js_1 = __webpack_require__(49623);
const contract_js_1 = __webpack_require__(55434);
const load_js_1 = __webpack_require__(94912);
const expressions_js_1 = __webpack_require__(58447);
const matrix_js_1 = __webpack_require__(17707);
const step_log_js_1 = __webpack_require__(27819);
/** GitHub's limit on nested reusable workflows (GitHub.com: 10 levels, the caller included). */
const MAX_DEPTH = 10;
/** Variables of this machine a step may see; everything else (tokens, AWS keys of the person running it) stays out. */
const PASSED = /^(PATH|HOME|USER|LOGNAME|SHELL|LANG|LANGUAGE|LC_\w+|TZ|TERM|TMPDIR|COLORTERM|NO_COLOR|FORCE_COLOR|SSL_CERT_FILE|SSL_CERT_DIR)$/;
class Run {
    o;
    loaded = new Map();
    checked = new Set();
    annotations = [];
    artifacts = [];
    jobSeq = 0;
    eventPath;
    constructor(o) {
        this.o = o;
        (0, node_fs_1.mkdirSync)(o.workDir, { recursive: true });
        this.eventPath = (0, node_path_1.join)(o.workDir, 'event.json');
        (0, node_fs_1.writeFileSync)(this.eventPath, JSON.stringify(o.github.event, null, 2));
        o.masker.add(o.github.token);
        for (const v of Object.values(o.secrets))
            o.masker.add(v);
        for (const env of Object.values(o.environments))
            for (const v of Object.values(env.secrets ?? {}))
                o.masker.add(v);
    }
    get cancelled() {
        return this.o.signal?.aborted === true;
    }
    emit(e) {
        this.o.onEvent?.(e);
    }
    /** Parses a workflow once (GitHub's parser) and checks it once (Keelson's contract checks, the runnable rules). */
    /** Runs a step's work inside the host's aroundStep (the local platform starts the cluster's clock there). */
    around(info, fn) {
        return this.o.host.aroundStep ? this.o.host.aroundStep(info, fn) : fn();
    }
    async load(file, repoRoot) {
        const cached = this.loaded.get(file);
        if (cached)
            return cached;
        const text = (0, node_fs_1.readFileSync)(file, 'utf8');
        const shown = (0, node_path_1.relative)(repoRoot, file).startsWith('..') ? file : (0, node_path_1.relative)(repoRoot, file);
        const parsed = await (0, load_js_1.parseWithGitHub)(shown, text, repoRoot, this.o.resolver);
        if (parsed.errors.length || !parsed.template || !parsed.root) {
            throw new RunRefused(parsed.errors.length ? parsed.errors : [`${shown}: GitHub's parser could not read it`]);
        }
        const meta = (0, load_js_1.readWorkflowMeta)(file, text);
        const wf = {
            file,
            shown,
            repoRoot,
            meta,
            jobs: parsed.template.jobs,
            root: parsed.root,
            envToken: (0, expressions_js_1.child)(parsed.root, 'env'),
            name: typeof meta.raw.name === 'string' ? meta.raw.name : shown,
        };
        this.loaded.set(file, wf);
        await this.preflight(wf);
        return wf;
    }
    async preflight(wf) {
        if (this.checked.has(wf.file))
            return;
        this.checked.add(wf.file);
        const findings = await (0, contract_js_1.checkWorkflow)(wf.file, {
            ...this.o.resolver,
            repoRoot: wf.repoRoot,
            permissions: new Map(),
        });
        const stopping = ['with', 'reference', 'needs', 'called-permissions'];
        const fatal = findings.filter((f) => stopping.includes(f.rule) || (f.rule === 'uses' && !/no stored action\.yml/.test(f.message)));
        for (const f of findings.filter((x) => x.rule === 'run-expression'))
            this.emit({
                type: 'note',
                message: `${wf.shown}:${findingLine(wf.root, f.where) ?? ''} ${f.where} ${f.message}`,
            });
        if (fatal.length) {
            throw new RunRefused(fatal.map((f) => {
                const line = findingLine(wf.root, f.where);
                return `${wf.shown}${line ? `:${line}` : ''}: ${f.where}: ${f.message}`;
            }));
        }
    }
    nextJobDir() {
        const n = ++this.jobSeq;
        const repo = this.o.github.repository.split('/')[1] ?? 'repo';
        const workspace = (0, node_path_1.join)(this.o.workDir, 'jobs', String(n), repo);
        const temp = (0, node_path_1.join)(this.o.workDir, 'jobs', String(n), '_temp');
        (0, node_fs_1.mkdirSync)(workspace, { recursive: true });
        (0, node_fs_1.mkdirSync)(temp, { recursive: true });
        return { workspace, temp };
    }
    // ---------------------------------------------------------------------------------------------------------
    // Workflows
    async workflow(call) {
        const { wf } = call;
        const states = new Map();
        const results = [];
        const order = topological(wf.jobs, wf.shown);
        for (const job of order) {
            const needs = (job.needs ?? []).map((n) => n.value);
            const jobResults = await this.job(job, call, needs, states);
            results.push(...jobResults.results);
            states.set(job.id.value, jobResults.state);
        }
        // on.workflow_call.outputs, from the jobs context.
        const outputs = {};
        const jobsCtx = {};
        for (const [id, s] of states)
            jobsCtx[id] = { result: s.result, outputs: s.outputs };
        const outToken = (0, expressions_js_1.child)((0, expressions_js_1.child)((0, expressions_js_1.child)(wf.root, 'on'), 'workflow_call'), 'outputs');
        for (const { key, value } of (0, expressions_js_1.entries)(outToken)) {
            const v = (0, expressions_js_1.child)(value, 'value');
            if (!v)
                continue;
            outputs[key] = (0, expressions_js_1.evaluateString)(v, this.scope(call, { jobs: jobsCtx }), wf.shown);
        }
        const all = [...states.values()].map((s) => s.result);
        const result = all.includes('failure')
            ? 'failure'
            : all.includes('cancelled') || this.cancelled
                ? 'cancelled'
                : 'success';
        return { jobs: results, outputs, result };
    }
    /** Contexts every expression of this workflow sees (github, inputs, vars, secrets) plus `extra`. */
    scope(call, extra = {}, env) {
        return {
            contexts: {
                github: this.githubContext(),
                inputs: call.inputs,
                vars: { ...this.o.vars, ...(env?.vars ?? {}) },
                secrets: { ...call.secrets, ...(env?.secrets ?? {}) },
                runner: this.runnerContext(),
                ...extra,
            },
        };
    }
    githubContext(job, workspace, action) {
        const g = this.o.github;
        const [owner] = g.repository.split('/');
        const refName = g.ref
            .replace(/^refs\/(heads|tags)\//, '')
            .replace(/^refs\/pull\/(\d+)\/merge$/, '$1/merge');
        return {
            event_name: this.o.event === 'workflow_call' ? 'workflow_call' : this.o.event,
            event: g.event,
            event_path: this.eventPath,
            repository: g.repository,
            repository_owner: owner ?? '',
            sha: g.sha,
            ref: g.ref,
            ref_name: refName,
            ref_type: g.ref.startsWith('refs/tags/') ? 'tag' : 'branch',
            head_ref: g.headRef ?? '',
            base_ref: g.baseRef ?? '',
            actor: g.actor,
            triggering_actor: g.triggeringActor ?? g.actor,
            run_id: g.runId,
            run_number: g.runNumber,
            run_attempt: '1',
            server_url: g.serverUrl,
            api_url: g.apiUrl,
            graphql_url: `${g.apiUrl}/graphql`,
            token: g.token,
            workspace: workspace ?? '',
            job: job ?? '',
            action: action ?? '',
            workflow: this.topName,
            retention_days: '90',
        };
    }
    topName = '';
    runnerContext(temp) {
        return {
            os: 'Linux',
            arch: process.arch === 'arm64' ? 'ARM64' : 'X64',
            name: 'keelson-local',
            environment: 'self-hosted',
            temp: temp ?? '',
            tool_cache: (0, node_path_1.join)(this.o.workDir, 'tool-cache'),
            debug: '',
        };
    }
    // ---------------------------------------------------------------------------------------------------------
    // Jobs
    async job(job, call, needs, states) {
        const { wf } = call;
        const id = job.id.value;
        const needsCtx = {};
        for (const n of needs) {
            const s = states.get(n) ?? { result: 'skipped', outputs: {} };
            needsCtx[n] = { result: s.result, outputs: s.outputs };
        }
        const ancestors = ancestorResults(id, wf.jobs, states);
        const status = {
            failed: ancestors.includes('failure'),
            incomplete: needs.some((n) => states.get(n)?.result !== 'success'),
            cancelled: this.cancelled,
        };
        const baseScope = (extra = {}) => ({
            ...this.scope(call, { needs: needsCtx, ...extra }),
            status,
        });
        // GitHub's model names a job after its id when it has no name: look at the document itself.
        const named = (0, expressions_js_1.child)(rawJob(wf.root, id), 'name') !== undefined;
        const defaultName = (combo) => (combo ? `${id} (${(0, matrix_js_1.matrixLabel)(combo)})` : id);
        const view = (name, combo, environment) => ({
            id,
            path: [...call.path, name],
            environment,
            matrix: combo,
        });
        const skipped = (name, why) => {
            const r = {
                id,
                path: [...call.path, name],
                name,
                file: wf.shown,
                result: 'skipped',
                durationMs: 0,
                outputs: {},
                steps: [],
                summary: '',
                error: why,
            };
            this.emit({ type: 'job-end', job: r });
            return { results: [r], state: { result: 'skipped', outputs: {} } };
        };
        const failed = (name, message) => {
            const r = {
                id,
                path: [...call.path, name],
                name,
                file: wf.shown,
                result: 'failure',
                durationMs: 0,
                outputs: {},
                steps: [],
                summary: '',
                error: message,
            };
            this.emit({ type: 'job-start', job: view(name) });
            this.emit({ type: 'job-end', job: r });
            return { results: [r], state: { result: 'failure', outputs: {} } };
        };
        const plainName = () => {
            try {
                return named && job.name
                    ? (0, expressions_js_1.evaluateString)(job.name, baseScope({ matrix: {}, strategy: {} }), wf.shown)
                    : id;
            }
            catch {
                return id;
            }
        };
        // if: (already `success() && (…)` when it names no status function)
        let run;
        try {
            run =
                this.cancelled && !/always\(\)|cancelled\(\)/.test(job.if.expression)
                    ? false
                    : (0, expressions_js_1.condition)(job.if.expression, baseScope(), { file: wf.shown, line: (0, expressions_js_1.lineOf)(job.if) });
        }
        catch (e) {
            return failed(plainName(), errorLine(e));
        }
        if (!run)
            return skipped(plainName());
        // strategy
        let combos = [undefined];
        let failFast = true;
        let maxParallel;
        if (job.strategy) {
            let strategy;
            try {
                strategy = (0, expressions_js_1.evaluateToken)(job.strategy, baseScope(), wf.shown);
            }
            catch (e) {
                return failed(plainName(), errorLine(e));
            }
            const s = (strategy ?? {});
            failFast = s['fail-fast'] === undefined ? true : s['fail-fast'] === true || s['fail-fast'] === 'true';
            maxParallel = typeof s['max-parallel'] === 'number' ? s['max-parallel'] : undefined;
            if (s.matrix !== undefined) {
                try {
                    combos = (0, matrix_js_1.expandMatrix)(s.matrix, { file: wf.shown, line: (0, expressions_js_1.lineOf)(job.strategy) });
                }
                catch (e) {
                    return failed(plainName(), errorLine(e));
                }
            }
        }
        const results = [];
        const outputs = {};
        const conclusions = [];
        let stop = false;
        for (let i = 0; i < combos.length; i++) {
            const combo = combos[i];
            const strategyCtx = {
                'fail-fast': failFast,
                'job-index': i,
                'job-total': combos.length,
                'max-parallel': maxParallel ?? combos.length,
            };
            const scope = baseScope({ matrix: combo ?? {}, strategy: strategyCtx });
            let name;
            try {
                name = named && job.name ? (0, expressions_js_1.evaluateString)(job.name, scope, wf.shown) : defaultName(combo);
            }
            catch (e) {
                const r = failed(defaultName(combo) || id, errorLine(e));
                results.push(...r.results);
                conclusions.push('failure');
                continue;
            }
            if (stop) {
                const r = {
                    id,
                    path: [...call.path, name],
                    name,
                    file: wf.shown,
                    result: 'cancelled',
                    durationMs: 0,
                    outputs: {},
                    steps: [],
                    summary: '',
                    matrix: combo,
                    error: 'cancelled by fail-fast: an earlier job of this matrix failed',
                };
                this.emit({ type: 'job-end', job: r });
                results.push(r);
                conclusions.push('cancelled');
                continue;
            }
            const r = job.type === 'reusableWorkflowJob'
                ? await this.callJob(job, call, scope, name, combo, view)
                : await this.normalJob(job, call, scope, name, combo, view, needsCtx, strategyCtx);
            results.push(r);
            conclusions.push(r.result);
            for (const [k, v] of Object.entries(r.outputs))
                if (v !== '' || !(k in outputs))
                    outputs[k] = v;
            if (r.result === 'failure' && failFast && combos.length > 1)
                stop = true;
        }
        const result = conclusions.includes('failure')
            ? 'failure'
            : conclusions.includes('cancelled')
                ? 'cancelled'
                : conclusions.every((c) => c === 'skipped')
                    ? 'skipped'
                    : 'success';
        return { results, state: { result, outputs } };
    }
    async callJob(job, call, scope, name, combo, view) {
        const started = Date.now();
        const v = view(name, combo);
        this.emit({ type: 'job-start', job: v });
        const base = {
            id: job.id.value,
            path: v.path,
            name,
            file: call.wf.shown,
            result: 'failure',
            durationMs: 0,
            outputs: {},
            steps: [],
            summary: '',
            matrix: combo,
            children: [],
        };
        const finish = (r) => {
            r.durationMs = Date.now() - started;
            this.emit({ type: 'job-end', job: r });
            return r;
        };
        try {
            if (call.depth + 1 > MAX_DEPTH)
                throw new expressions_js_1.WorkflowError(`more than ${MAX_DEPTH} levels of reusable workflows`, call.wf.shown, (0, expressions_js_1.lineOf)(job.ref));
            const uses = job.ref.value;
            const resolved = (0, load_js_1.resolveUses)(uses, 'job', call.wf.repoRoot, this.o.resolver);
            if ('error' in resolved || resolved.callee.kind !== 'workflow')
                throw new expressions_js_1.WorkflowError('error' in resolved ? resolved.error : `'${uses}' is not a workflow`, call.wf.shown, (0, expressions_js_1.lineOf)(job.ref));
            const calleeRoot = resolved.target?.kind === 'keelson' ? this.o.resolver.keelsonRoot : call.wf.repoRoot;
            const callee = await this.load(resolved.callee.file, calleeRoot);
            const withValues = (0, expressions_js_1.child)(rawJob(call.wf.root, job.id.value), 'with');
            const given = {};
            for (const { key, value } of (0, expressions_js_1.entries)(withValues))
                given[key] = (0, expressions_js_1.evaluateToken)(value, scope, call.wf.shown);
            const inputs = workflowCallInputs(callee, given, this.scope(call), call.wf.shown, (0, expressions_js_1.lineOf)(job.ref));
            const secrets = { GITHUB_TOKEN: this.o.github.token };
            if (job['inherit-secrets'])
                Object.assign(secrets, call.secrets);
            const secretsToken = (0, expressions_js_1.child)(rawJob(call.wf.root, job.id.value), 'secrets');
            if (secretsToken && secretsToken.templateTokenType !== 0) {
                for (const [k, val] of Object.entries((0, expressions_js_1.evaluateStringMap)(secretsToken, scope, call.wf.shown)))
                    if (val !== '')
                        secrets[k] = val;
            }
            const inner = await this.workflow({
                wf: callee,
                inputs,
                secrets,
                path: v.path,
                depth: call.depth + 1,
            });
            base.children = inner.jobs;
            base.outputs = inner.outputs;
            base.result = inner.result;
            return finish(base);
        }
        catch (e) {
            if (e instanceof RunRefused) {
                base.error = e.lines.join('\n');
                return finish(base);
            }
            base.error = errorLine(e);
            return finish(base);
        }
    }
    async normalJob(job, call, scope0, name, combo, view, needsCtx, strategyCtx) {
        const { wf } = call;
        const started = Date.now();
        const raw = rawJob(wf.root, job.id.value);
        const dirs = this.nextJobDir();
        const result = {
            id: job.id.value,
            path: [...call.path, name],
            name,
            file: wf.shown,
            result: 'success',
            durationMs: 0,
            outputs: {},
            steps: [],
            summary: '',
            matrix: combo,
        };
        let environment;
        let envConfig;
        let v = view(name, combo);
        const fail = (message) => {
            result.result = 'failure';
            result.error = message;
            result.durationMs = Date.now() - started;
            this.emit({ type: 'job-end', job: result });
            return result;
        };
        // environment, runs-on, env
        let jobEnv = {};
        let workflowEnv = {};
        try {
            if (job.environment) {
                const envScope = scope0;
                const e = job.environment;
                const nameToken = e.templateTokenType === 3 || e.templateTokenType === 0 ? e : (0, expressions_js_1.child)(e, 'name');
                const envName = (0, expressions_js_1.evaluateString)(nameToken, envScope, wf.shown);
                if (envName) {
                    environment = { name: envName };
                    envConfig = this.o.environments[envName] ?? this.o.environments['*'] ?? {};
                }
            }
            v = view(name, combo, environment?.name);
            this.emit({ type: 'job-start', job: v });
            if (environment) {
                const reviewers = (this.o.environments[environment.name] ?? this.o.environments['*'])?.reviewers ?? [];
                this.emit({
                    type: 'note',
                    job: v,
                    message: `environment ${environment.name}: its variables and secrets apply` +
                        (reviewers.length
                            ? `; required reviewers (${reviewers.join(', ')}) are not waited for in a local run`
                            : ''),
                });
            }
            for (const key of ['container', 'services'])
                if ((0, expressions_js_1.child)(raw, key))
                    throw new expressions_js_1.WorkflowError(`not runnable locally: a job with ${key}: (no container engine here)`, wf.shown, (0, expressions_js_1.lineOf)((0, expressions_js_1.child)(raw, key)));
            const runsOn = (0, expressions_js_1.child)(raw, 'runs-on');
            if (runsOn)
                result.runsOn = JSON.stringify((0, expressions_js_1.evaluateToken)(runsOn, scope0, wf.shown)).replace(/^"|"$/g, '');
            const full = this.scope(call, { needs: needsCtx, matrix: combo ?? {}, strategy: strategyCtx }, envConfig);
            workflowEnv = wf.envToken ? (0, expressions_js_1.evaluateStringMap)(wf.envToken, full, wf.shown) : {};
            jobEnv = job.env
                ? (0, expressions_js_1.evaluateStringMap)(job.env, { ...full, contexts: { ...full.contexts, env: workflowEnv } }, wf.shown)
                : {};
        }
        catch (e) {
            if (!environment)
                this.emit({ type: 'job-start', job: v });
            return fail(errorLine(e));
        }
        result.environment = environment;
        const jobState = {
            failed: false,
            exported: {},
            path: [],
            steps: {},
            posts: [],
        };
        const contexts = () => ({
            github: this.githubContext(job.id.value, dirs.workspace),
            inputs: call.inputs,
            vars: { ...this.o.vars, ...(envConfig?.vars ?? {}) },
            secrets: { ...call.secrets, ...(envConfig?.secrets ?? {}) },
            needs: needsCtx,
            matrix: combo ?? {},
            strategy: strategyCtx,
            runner: this.runnerContext(dirs.temp),
            job: { status: jobState.failed ? 'failure' : 'success' },
            steps: jobState.steps,
            env: { ...workflowEnv, ...jobEnv, ...jobState.exported },
        });
        const defaults = {
            shell: evaluateMaybe((0, expressions_js_1.child)((0, expressions_js_1.child)((0, expressions_js_1.child)(raw, 'defaults'), 'run'), 'shell')) ??
                evaluateMaybe((0, expressions_js_1.child)((0, expressions_js_1.child)((0, expressions_js_1.child)(wf.root, 'defaults'), 'run'), 'shell')),
            workingDirectory: evaluateMaybe((0, expressions_js_1.child)((0, expressions_js_1.child)((0, expressions_js_1.child)(raw, 'defaults'), 'run'), 'working-directory')) ??
                evaluateMaybe((0, expressions_js_1.child)((0, expressions_js_1.child)((0, expressions_js_1.child)(wf.root, 'defaults'), 'run'), 'working-directory')),
        };
        const timeoutToken = (0, expressions_js_1.child)(raw, 'timeout-minutes');
        let timeoutMs = 360 * 60_000;
        if (timeoutToken) {
            const t = Number((0, expressions_js_1.evaluateString)(timeoutToken, { contexts: contexts() }, wf.shown));
            if (Number.isFinite(t) && t > 0)
                timeoutMs = t * 60_000;
        }
        const deadline = Date.now() + timeoutMs;
        const rawSteps = (0, expressions_js_1.items)((0, expressions_js_1.child)(raw, 'steps'));
        for (let i = 0; i < job.steps.length; i++) {
            const step = job.steps[i];
            const rawStep = rawSteps[i];
            const r = await this.step(step, rawStep, {
                call,
                view: v,
                dirs,
                jobState,
                contexts,
                workflowEnv,
                jobEnv,
                defaults,
                environment: environment?.name,
                deadline,
            });
            result.steps.push(r.result);
            if (r.summary)
                result.summary += r.summary;
            if (step.id && !step.id.startsWith('__'))
                jobState.steps[step.id] = {
                    outputs: r.result.outputs,
                    outcome: r.result.outcome,
                    conclusion: r.result.conclusion,
                };
            if (r.result.conclusion === 'failure')
                jobState.failed = true;
        }
        // Post steps, in reverse order.
        for (const post of [...jobState.posts].reverse()) {
            const r = await post.run();
            result.steps.push(r);
            if (r.conclusion === 'failure')
                jobState.failed = true;
        }
        // outputs
        try {
            const outScope = { contexts: contexts() };
            const secretValues = new Set(Object.values({ ...call.secrets, ...(envConfig?.secrets ?? {}) }).filter((s) => s.length >= 3));
            for (const { key, value } of (0, expressions_js_1.entries)(job.outputs)) {
                const val = (0, expressions_js_1.evaluateString)(value, outScope, wf.shown);
                if ([...secretValues].some((s) => val.includes(s))) {
                    this.emit({ type: 'note', job: v, message: `Skip output '${key}' since it may contain secret.` });
                    continue;
                }
                result.outputs[key] = val;
            }
            if (environment && job.environment && job.environment.templateTokenType === 2) {
                const url = (0, expressions_js_1.child)(job.environment, 'url');
                if (url)
                    environment.url = (0, expressions_js_1.evaluateString)(url, outScope, wf.shown) || undefined;
            }
        }
        catch (e) {
            jobState.failed = true;
            result.error = errorLine(e);
        }
        result.result = this.cancelled ? 'cancelled' : jobState.failed ? 'failure' : 'success';
        result.durationMs = Date.now() - started;
        this.emit({ type: 'job-end', job: result });
        return result;
    }
    // ---------------------------------------------------------------------------------------------------------
    // Steps
    async step(step, raw, j) {
        const { wf } = j.call;
        const file = wf.shown;
        const uses = 'uses' in step ? step.uses.value : undefined;
        const script = 'run' in step ? step.run : undefined;
        const status = { failed: j.jobState.failed, cancelled: this.cancelled };
        const displayName = () => {
            try {
                if (step.name)
                    return (0, expressions_js_1.evaluateString)(step.name, { contexts: j.contexts(), status }, file);
            }
            catch {
                // fall through to the default name
            }
            if (uses)
                return `Run ${uses}`;
            const text = script
                ? 'value' in script
                    ? String(script.value)
                    : String(script.source ?? '')
                : '';
            const first = (text.split('\n').find((l) => l.trim()) ?? '').trim();
            return `Run ${first ?? ''}`.trim();
        };
        const name = displayName();
        const started = Date.now();
        const log = new step_log_js_1.StepLog(this.o.masker, (line) => this.emit({ type: 'log', job: j.view, step: step.id, line }));
        const result = {
            id: step.id,
            name,
            outcome: 'success',
            conclusion: 'success',
            durationMs: 0,
            outputs: {},
            log: log.lines,
            kind: 'none',
        };
        const done = (outcome, summary = '') => {
            log.flush();
            result.outcome = outcome;
            let continueOnError = false;
            const coe = step['continue-on-error'];
            if (typeof coe === 'boolean')
                continueOnError = coe;
            else if (coe) {
                try {
                    continueOnError =
                        (0, expressions_js_1.asString)((0, expressions_js_1.evaluate)(String(coe.expression ?? coe.value), { contexts: j.contexts() })) === 'true';
                }
                catch {
                    continueOnError = false;
                }
            }
            result.conclusion = outcome === 'failure' && continueOnError ? 'success' : outcome;
            result.durationMs = Date.now() - started;
            for (const c of (0, local_runner_js_1.commandsOf)(log.lines))
                if (['error', 'warning', 'notice'].includes(c.command))
                    this.annotations.push({
                        job: j.view.path.join(' / '),
                        step: name,
                        command: c.command,
                        message: c.message,
                        props: c.props,
                    });
            this.emit({ type: 'step-end', job: j.view, step: result });
            return { result, summary };
        };
        // if:
        let runIt;
        try {
            const expr = step.if?.expression ?? 'success()';
            runIt = (0, expressions_js_1.condition)(expr, { contexts: j.contexts(), status, workspace: j.dirs.workspace }, { file, line: (0, expressions_js_1.lineOf)(step.if) });
        }
        catch (e) {
            this.emit({ type: 'step-start', job: j.view, step: { id: step.id, name } });
            log.annotate('error', errorLine(e));
            return done('failure');
        }
        if (!runIt) {
            result.outcome = 'skipped';
            result.conclusion = 'skipped';
            this.emit({ type: 'step-end', job: j.view, step: result });
            return { result, summary: '' };
        }
        this.emit({ type: 'step-start', job: j.view, step: { id: step.id, name } });
        if (Date.now() > j.deadline) {
            log.annotate('error', 'The job has exceeded its timeout-minutes.');
            return done('failure');
        }
        // env
        let env;
        let stepEnv;
        try {
            const ctx = j.contexts();
            stepEnv = 'env' in step && step.env ? (0, expressions_js_1.evaluateStringMap)(step.env, { contexts: ctx, status }, file) : {};
            env = { ...j.workflowEnv, ...j.jobEnv, ...j.jobState.exported, ...stepEnv };
        }
        catch (e) {
            log.annotate('error', errorLine(e));
            return done('failure');
        }
        const baseEnv = this.stepEnv(j, step.id, env);
        if (script) {
            result.kind = 'run';
            return this.runScript(script, raw, j, baseEnv, log, done, file);
        }
        if (!uses) {
            log.annotate('error', `${file}:${(0, expressions_js_1.lineOf)(raw) ?? ''}: this kind of step is not supported by the local runner`);
            return done('failure');
        }
        // with:
        let given;
        try {
            given = (0, expressions_js_1.evaluateStringMap)((0, expressions_js_1.child)(raw, 'with'), { contexts: j.contexts(), status }, file);
        }
        catch (e) {
            log.annotate('error', errorLine(e));
            return done('failure');
        }
        const target = (0, load_js_1.parseUses)(uses, this.o.resolver);
        const line = (0, expressions_js_1.lineOf)(raw);
        const where = `${file}${line ? `:${line}` : ''}`;
        let keelsonAction;
        if (target?.kind === 'keelson' && /^actions\/[^/]+$/.test(target.path))
            keelsonAction = target.path.slice(8);
        if (target?.kind === 'local' &&
            /^actions\/[^/]+$/.test(target.path) &&
            (0, node_path_1.resolve)(j.call.wf.repoRoot) === (0, node_path_1.resolve)(this.o.resolver.keelsonRoot))
            keelsonAction = target.path.slice(8);
        if (keelsonAction) {
            const resolved = (0, load_js_1.resolveUses)(uses, 'step', j.call.wf.repoRoot, this.o.resolver);
            if ('error' in resolved || resolved.callee.kind !== 'action') {
                log.annotate('error', `${where}: ${'error' in resolved ? resolved.error : uses}`);
                return done('failure');
            }
            const inputs = this.actionInputs(resolved.callee, given, j, log, where);
            if (!inputs)
                return done('failure');
            const substitute = this.o.host.substitute?.(keelsonAction);
            if (substitute) {
                result.kind = 'stand-in';
                return this.runStandIn(substitute, inputs, j, baseEnv, log, done, step.id, name);
            }
            const impl = this.o.host.actions[keelsonAction];
            if (!impl) {
                log.annotate('error', `not runnable locally: ${uses} (no in-process entry for Keelson's '${keelsonAction}')`);
                return done('failure');
            }
            result.kind = 'keelson';
            return this.runKeelson(keelsonAction, resolved.callee, impl, inputs, j, baseEnv, log, done, step.id, name, result);
        }
        if (target?.kind === 'remote') {
            const key = [target.owner, target.repo, target.path].filter(Boolean).join('/').toLowerCase();
            const standIn = this.o.host.standIns.find((s) => s.key === key);
            if (standIn) {
                const known = new Set(standIn.meta.inputs.keys());
                const unknown = Object.keys(given).filter((k) => !known.has(k));
                if (unknown.length) {
                    log.annotate('error', `${where}: with: ${unknown.map((k) => `'${k}'`).join(', ')} is not an input of ${key} (inputs: ${[...known].join(', ')})`);
                    return done('failure');
                }
                const inputs = {};
                for (const [k, m] of standIn.meta.inputs) {
                    if (k in given)
                        inputs[k] = given[k];
                    else if (m.default !== undefined)
                        inputs[k] = interpolate(m.default, { contexts: j.contexts() });
                    else
                        inputs[k] = '';
                }
                result.kind = 'stand-in';
                return this.runStandIn(standIn, inputs, j, baseEnv, log, done, step.id, name);
            }
        }
        log.annotate('error', `not runnable locally: ${uses}`);
        return done('failure');
    }
    /** The environment of a step: this machine's basics, the runner's variables, the host's, then the workflow's. */
    stepEnv(j, stepId, env) {
        const g = this.o.github;
        const base = {};
        for (const [k, val] of Object.entries(process.env))
            if (PASSED.test(k) && val !== undefined)
                base[k] = val;
        const ghc = this.githubContext();
        const runner = {
            CI: 'true',
            GITHUB_ACTIONS: 'true',
            GITHUB_ACTION: stepId,
            GITHUB_ACTOR: g.actor,
            GITHUB_API_URL: g.apiUrl,
            GITHUB_BASE_REF: g.baseRef ?? '',
            GITHUB_EVENT_NAME: ghc.event_name,
            GITHUB_EVENT_PATH: this.eventPath,
            GITHUB_GRAPHQL_URL: `${g.apiUrl}/graphql`,
            GITHUB_HEAD_REF: g.headRef ?? '',
            GITHUB_JOB: j.view.id,
            GITHUB_REF: g.ref,
            GITHUB_REF_NAME: ghc.ref_name,
            GITHUB_REF_TYPE: ghc.ref_type,
            GITHUB_REPOSITORY: g.repository,
            GITHUB_REPOSITORY_OWNER: ghc.repository_owner,
            GITHUB_RUN_ATTEMPT: '1',
            GITHUB_RUN_ID: g.runId,
            GITHUB_RUN_NUMBER: g.runNumber,
            GITHUB_SERVER_URL: g.serverUrl,
            GITHUB_SHA: g.sha,
            GITHUB_TRIGGERING_ACTOR: g.triggeringActor ?? g.actor,
            GITHUB_WORKFLOW: this.topName,
            GITHUB_WORKSPACE: j.dirs.workspace,
            RUNNER_ARCH: process.arch === 'arm64' ? 'ARM64' : 'X64',
            RUNNER_NAME: 'keelson-local',
            RUNNER_OS: 'Linux',
            RUNNER_TEMP: j.dirs.temp,
            RUNNER_TOOL_CACHE: (0, node_path_1.join)(this.o.workDir, 'tool-cache'),
        };
        const out = { ...base, ...this.o.host.env, ...runner, ...env };
        if (j.jobState.path.length)
            out.PATH = [...j.jobState.path, out.PATH ?? ''].join(':');
        return out;
    }
    /** An action's inputs: `with:` plus its action.yml defaults (expressions in them evaluated). */
    actionInputs(meta, given, j, log, where) {
        const unknown = Object.keys(given).filter((k) => !meta.inputs.has(k));
        if (unknown.length) {
            log.annotate('error', `${where}: with: ${unknown.map((k) => `'${k}'`).join(', ')} is not an input of ${meta.key} (inputs: ${[...meta.inputs.keys()].join(', ')})`);
            return undefined;
        }
        const inputs = {};
        for (const [k, m] of meta.inputs) {
            if (k in given)
                inputs[k] = given[k];
            else if (m.default !== undefined)
                inputs[k] = interpolate(m.default, { contexts: j.contexts() });
        }
        return inputs;
    }
    async runKeelson(action, meta, impl, inputs, j, env, log, done, stepId, name, result) {
        const clock = this.o.host.clockFor?.(action, inputs);
        const fn = await impl.main();
        const r = await this.around({ action, environment: j.environment, inputs }, () => (0, local_runner_js_1.runLocally)(fn, {
            inputs,
            env: { ...env },
            baseEnv: {},
            masker: this.o.masker,
            clock,
            hostUrl: this.o.host.hostUrl?.bind(this.o.host),
            echo: (line) => log.line(line),
        }));
        result.outputs = r.outputs;
        Object.assign(j.jobState.exported, r.exported);
        j.jobState.path.unshift(...r.path);
        if (meta.runs?.post && impl.post) {
            const postIf = meta.runs.postIf ?? 'always()';
            const state = r.state;
            const mainFailed = r.failed;
            j.jobState.posts.push({
                name: `Post ${name}`,
                id: stepId,
                run: async () => {
                    const plog = new step_log_js_1.StepLog(this.o.masker, (line) => this.emit({ type: 'log', job: j.view, step: `post-${stepId}`, line }));
                    const pres = {
                        id: stepId,
                        name: `Post ${name}`,
                        outcome: 'success',
                        conclusion: 'success',
                        durationMs: 0,
                        outputs: {},
                        log: plog.lines,
                        kind: 'keelson',
                        post: true,
                    };
                    const started = Date.now();
                    const status = { failed: j.jobState.failed || mainFailed, cancelled: this.cancelled };
                    const cond = postIf.replace(/^\$\{\{\s*|\s*\}\}$/g, '');
                    if (!(0, expressions_js_1.condition)(cond, { contexts: j.contexts(), status })) {
                        pres.outcome = pres.conclusion = 'skipped';
                        return pres;
                    }
                    this.emit({ type: 'step-start', job: j.view, step: { id: stepId, name: pres.name, post: true } });
                    const postFn = await impl.post();
                    const pr = await this.around({ action, environment: j.environment, inputs }, () => (0, local_runner_js_1.runLocally)(postFn, {
                        inputs,
                        env: { ...env },
                        baseEnv: {},
                        state,
                        masker: this.o.masker,
                        clock,
                        hostUrl: this.o.host.hostUrl?.bind(this.o.host),
                        echo: (line) => plog.line(line),
                    }));
                    plog.flush();
                    pres.outcome = pres.conclusion = pr.failed ? 'failure' : 'success';
                    pres.durationMs = Date.now() - started;
                    this.emit({ type: 'step-end', job: j.view, step: pres });
                    return pres;
                },
            });
        }
        return done(r.failed ? 'failure' : 'success', r.summary);
    }
    async runStandIn(standIn, inputs, j, env, log, done, stepId, name) {
        log.note(`Local stand-in for ${standIn.key}: ${standIn.description}`);
        const run = {
            inputs,
            workspace: j.dirs.workspace,
            temp: j.dirs.temp,
            runDir: this.o.workDir,
            repoRoot: this.o.repoRoot,
            env,
            log: (l) => log.line(l),
            masker: this.o.masker,
            host: this.o.host,
            state: {},
            artifacts: this.artifacts,
        };
        let r;
        try {
            r = await this.around({ action: standIn.key, environment: j.environment, inputs }, () => standIn.run(run));
        }
        catch (e) {
            r = { error: errorLine(e) };
        }
        const applied = applyStandIn(r, j.jobState);
        if (r.error)
            log.annotate('error', r.error);
        if (r.post) {
            const post = r.post;
            j.jobState.posts.push({
                name: `Post ${name}`,
                id: stepId,
                run: async () => {
                    const plog = new step_log_js_1.StepLog(this.o.masker, (line) => this.emit({ type: 'log', job: j.view, step: `post-${stepId}`, line }));
                    this.emit({
                        type: 'step-start',
                        job: j.view,
                        step: { id: stepId, name: `Post ${name}`, post: true },
                    });
                    const started = Date.now();
                    let pr;
                    try {
                        pr = await post({ ...run, log: (l) => plog.line(l) });
                    }
                    catch (e) {
                        pr = { error: errorLine(e) };
                    }
                    if (pr.error)
                        plog.annotate('error', pr.error);
                    plog.flush();
                    const res = {
                        id: stepId,
                        name: `Post ${name}`,
                        outcome: pr.error ? 'failure' : 'success',
                        conclusion: pr.error ? 'failure' : 'success',
                        durationMs: Date.now() - started,
                        outputs: {},
                        log: plog.lines,
                        kind: 'stand-in',
                        post: true,
                    };
                    this.emit({ type: 'step-end', job: j.view, step: res });
                    return res;
                },
            });
        }
        const d = done(r.error ? 'failure' : 'success', r.summary ?? '');
        d.result.outputs = applied;
        return d;
    }
    async runScript(script, raw, j, env, log, done, file) {
        let text;
        let shell;
        let cwd;
        try {
            const ctx = {
                contexts: j.contexts(),
                status: { failed: j.jobState.failed, cancelled: this.cancelled },
            };
            text = (0, expressions_js_1.evaluateString)(script, ctx, file);
            shell = evaluateMaybe((0, expressions_js_1.child)(raw, 'shell')) ?? j.defaults.shell ?? '';
            const wd = (0, expressions_js_1.evaluateString)((0, expressions_js_1.child)(raw, 'working-directory'), ctx, file) || j.defaults.workingDirectory || '';
            cwd = wd ? ((0, node_path_1.isAbsolute)(wd) ? wd : (0, node_path_1.join)(j.dirs.workspace, wd)) : j.dirs.workspace;
        }
        catch (e) {
            log.annotate('error', errorLine(e));
            return done('failure');
        }
        let argv;
        const scriptFile = (0, node_path_1.join)(j.dirs.temp, `${(0, node_crypto_1.randomUUID)()}.sh`);
        if (shell === '')
            argv = ['bash', '-e', scriptFile];
        else if (shell === 'bash')
            argv = ['bash', '--noprofile', '--norc', '-eo', 'pipefail', scriptFile];
        else if (shell === 'sh')
            argv = ['sh', '-e', scriptFile];
        else {
            log.annotate('error', `not runnable locally: shell '${shell}' (the local runner has bash and sh)`);
            return done('failure');
        }
        if (!(0, node_fs_1.existsSync)(cwd)) {
            log.annotate('error', `An error occurred trying to start process 'bash' with working directory '${cwd}'. No such file or directory`);
            return done('failure');
        }
        (0, node_fs_1.writeFileSync)(scriptFile, text);
        const files = stepFiles(j.dirs.temp);
        const childEnv = { ...env, ...files.env };
        const code = await this.around({ environment: j.environment }, () => new Promise((resolve) => {
            const p = (0, node_child_process_1.spawn)(argv[0], argv.slice(1), {
                cwd,
                env: childEnv,
                stdio: ['ignore', 'pipe', 'pipe'],
                detached: true,
            });
            const remaining = Math.max(1000, j.deadline - Date.now());
            const timer = setTimeout(() => {
                log.annotate('error', 'The job has exceeded its timeout-minutes: the step was stopped.');
                try {
                    process.kill(-p.pid, 'SIGKILL');
                }
                catch {
                    // already gone
                }
            }, remaining);
            const onAbort = () => {
                try {
                    process.kill(-p.pid, 'SIGINT');
                }
                catch {
                    // already gone
                }
            };
            this.o.signal?.addEventListener('abort', onAbort, { once: true });
            p.stdout.setEncoding('utf8').on('data', (c) => log.chunk(c));
            p.stderr.setEncoding('utf8').on('data', (c) => log.chunk(c));
            p.on('error', (e) => {
                log.annotate('error', `could not start ${argv[0]}: ${e.message}`);
                clearTimeout(timer);
                resolve(127);
            });
            p.on('close', (c, signal) => {
                clearTimeout(timer);
                this.o.signal?.removeEventListener('abort', onAbort);
                resolve(c ?? (signal ? 128 : 1));
            });
        }));
        log.flush();
        const outputs = (0, local_runner_js_1.parseEnvFile)((0, node_fs_1.readFileSync)(files.output, 'utf8'));
        Object.assign(j.jobState.exported, (0, local_runner_js_1.parseEnvFile)((0, node_fs_1.readFileSync)(files.envFile, 'utf8')));
        j.jobState.path.unshift(...(0, node_fs_1.readFileSync)(files.path, 'utf8')
            .split(/\r?\n/)
            .filter((l) => l.trim()));
        const summary = (0, node_fs_1.readFileSync)(files.summary, 'utf8');
        if (code !== 0)
            log.annotate('error', `Process completed with exit code ${code}.`);
        const d = done(code === 0 ? 'success' : 'failure', summary ? this.o.masker.mask(summary) : '');
        d.result.outputs = outputs;
        return d;
    }
}
/** The file commands of one step. */
function stepFiles(temp) {
    const dir = (0, node_path_1.join)(temp, '_runner_file_commands', (0, node_crypto_1.randomUUID)());
    (0, node_fs_1.mkdirSync)(dir, { recursive: true });
    const f = {
        output: (0, node_path_1.join)(dir, 'output'),
        envFile: (0, node_path_1.join)(dir, 'env'),
        path: (0, node_path_1.join)(dir, 'path'),
        summary: (0, node_path_1.join)(dir, 'summary'),
        state: (0, node_path_1.join)(dir, 'state'),
    };
    for (const x of Object.values(f))
        (0, node_fs_1.writeFileSync)(x, '');
    return {
        ...f,
        env: {
            GITHUB_OUTPUT: f.output,
            GITHUB_ENV: f.envFile,
            GITHUB_PATH: f.path,
            GITHUB_STEP_SUMMARY: f.summary,
            GITHUB_STATE: f.state,
        },
    };
}
function applyStandIn(r, jobState) {
    Object.assign(jobState.exported, r.exported ?? {});
    jobState.path.unshift(...(r.path ?? []));
    return r.outputs ?? {};
}
/** A literal (non-expression) value of a token, or undefined. */
function evaluateMaybe(token) {
    if (!token)
        return undefined;
    const v = token.value;
    return v === undefined || v === null ? undefined : String(v);
}
/** `${{ }}` in a plain string (action.yml defaults): each replaced by its value's string form. */
function interpolate(text, scope) {
    const whole = /^\s*\$\{\{([\s\S]*?)\}\}\s*$/.exec(text);
    if (whole)
        return (0, expressions_js_1.asString)((0, expressions_js_1.evaluate)(whole[1].trim(), scope));
    return text.replace(/\$\{\{([\s\S]*?)\}\}/g, (_m, e) => (0, expressions_js_1.asString)((0, expressions_js_1.evaluate)(e.trim(), scope)));
}
/** The job's mapping in the document (for keys GitHub's model does not carry: with, shell, defaults…). */
function rawJob(root, id) {
    return (0, expressions_js_1.child)((0, expressions_js_1.child)(root, 'jobs'), id);
}
/** Jobs in an order that respects `needs`, file order otherwise. */
function topological(jobs, shown) {
    const byId = new Map(jobs.map((j) => [j.id.value, j]));
    const out = [];
    const state = new Map();
    const visit = (j) => {
        const id = j.id.value;
        if (state.get(id) === 'done')
            return;
        if (state.get(id) === 'visiting')
            throw new RunRefused([`${shown}: the needs of job '${id}' form a cycle`]);
        state.set(id, 'visiting');
        for (const n of j.needs ?? []) {
            const dep = byId.get(n.value);
            if (dep)
                visit(dep);
        }
        state.set(id, 'done');
        out.push(j);
    };
    for (const j of jobs)
        visit(j);
    return out;
}
/** The results of every job `id` needs, directly or not. */
function ancestorResults(id, jobs, states) {
    const byId = new Map(jobs.map((j) => [j.id.value, j]));
    const seen = new Set();
    const out = [];
    const walk = (jid) => {
        for (const n of byId.get(jid)?.needs ?? []) {
            if (seen.has(n.value))
                continue;
            seen.add(n.value);
            out.push(states.get(n.value)?.result ?? 'skipped');
            walk(n.value);
        }
    };
    walk(id);
    return out;
}
/** The callee's inputs context: given values typed by their definitions, defaults, required ones checked. */
function workflowCallInputs(callee, given, scope, callerFile, line) {
    const defs = callee.meta.call?.inputs ?? new Map();
    const out = {};
    const where = `${callerFile}${line ? `:${line}` : ''}`;
    for (const k of Object.keys(given))
        if (!defs.has(k))
            throw new expressions_js_1.WorkflowError(`with: '${k}' is not an input of ${callee.shown}`, callerFile, line);
    for (const [k, d] of defs) {
        let v = given[k];
        if (v === undefined || v === null) {
            if (d.default !== undefined) {
                v =
                    typeof d.default === 'string' && d.default.includes('${{')
                        ? interpolate(d.default, scope)
                        : d.default;
            }
            else if (d.required) {
                throw new expressions_js_1.WorkflowError(`${where}: input '${k}' of ${callee.shown} is required and not given`);
            }
            else
                v = d.type === 'boolean' ? false : d.type === 'number' ? 0 : '';
        }
        if (d.type === 'boolean') {
            if (typeof v === 'string') {
                if (v !== 'true' && v !== 'false')
                    throw new expressions_js_1.WorkflowError(`input '${k}' of ${callee.shown} is a boolean; got '${v}'`, callerFile, line);
                v = v === 'true';
            }
        }
        else if (d.type === 'number') {
            if (typeof v === 'string') {
                const n = Number(v);
                if (!Number.isFinite(n))
                    throw new expressions_js_1.WorkflowError(`input '${k}' of ${callee.shown} is a number; got '${v}'`, callerFile, line);
                v = n;
            }
        }
        else if (typeof v !== 'string')
            v = typeof v === 'object' ? JSON.stringify(v) : String(v);
        out[k] = v;
    }
    return out;
}
/** Inputs of a workflow started by workflow_dispatch (or workflow_call from the command line). */
function topInputs(wf, event, raw, scope) {
    const defs = event === 'workflow_call' ? wf.meta.call?.inputs : wf.meta.dispatch;
    const out = {};
    if (!defs) {
        const names = Object.keys(raw);
        if (names.length)
            throw new RunRefused([
                `--input ${names[0]}: ${wf.shown} takes no inputs on ${event} (only workflow_dispatch and workflow_call have inputs)`,
            ]);
        return out;
    }
    for (const k of Object.keys(raw))
        if (!defs.has(k))
            throw new RunRefused([
                `--input ${k}: not an input of ${wf.shown} on ${event} (inputs: ${[...defs.keys()].join(', ') || 'none'})`,
            ]);
    for (const [k, d] of defs) {
        let v;
        if (k in raw)
            v = raw[k];
        else if (d.default !== undefined)
            v =
                typeof d.default === 'string' && d.default.includes('${{')
                    ? interpolate(d.default, scope)
                    : d.default;
        else if (d.required)
            throw new RunRefused([`--input ${k}: required by ${wf.shown} and not given`]);
        else
            v = '';
        if (d.type === 'boolean') {
            const s = String(v);
            if (s !== 'true' && s !== 'false')
                throw new RunRefused([`--input ${k}: expected true or false, got '${s}'`]);
            v = event === 'workflow_dispatch' ? s : s === 'true';
            if (event === 'workflow_call')
                v = s === 'true';
        }
        else if (d.type === 'number') {
            const n = Number(v);
            if (!Number.isFinite(n))
                throw new RunRefused([`--input ${k}: expected a number, got '${String(v)}'`]);
            v = n;
        }
        else if (d.type === 'choice') {
            if (d.options && !d.options.includes(String(v)))
                throw new RunRefused([`--input ${k}: '${String(v)}' is not one of ${d.options.join(', ')}`]);
            v = String(v);
        }
        else
            v = typeof v === 'string' ? v : String(v);
        out[k] = v;
    }
    return out;
}
/** A run that cannot start: each line names the file and line (GitHub's parser, the contract checks, inputs). */
class RunRefused extends Error {
    lines;
    name = 'RunRefused';
    constructor(lines) {
        super(lines.join('\n'));
        this.lines = lines;
    }
}
__webpack_unused_export__ = RunRefused;
function errorLine(e) {
    if (e instanceof RunRefused)
        return e.lines.join('\n');
    return (0, errors_js_1.errorMessage)(e);
}
/** The line of a contract finding's `where` (`jobs.x`, `jobs.x.with`, `jobs.x.steps[id]`, `jobs.x.outputs`). */
function findingLine(root, where) {
    const m = /^jobs\.([^.[]+)(?:\.(with|outputs)|\.steps\[([^\]]+)\])?$/.exec(where);
    if (m) {
        const job = rawJob(root, m[1]);
        if (!job)
            return undefined;
        if (m[2])
            return (0, expressions_js_1.lineOf)((0, expressions_js_1.child)(job, m[2])) ?? (0, expressions_js_1.lineOf)(job);
        if (m[3] !== undefined) {
            const steps = (0, expressions_js_1.items)((0, expressions_js_1.child)(job, 'steps'));
            const byId = steps.find((s) => evaluateMaybe((0, expressions_js_1.child)(s, 'id')) === m[3]);
            const step = byId ?? (/^\d+$/.test(m[3]) ? steps[Number(m[3])] : undefined);
            return (0, expressions_js_1.lineOf)(step) ?? (0, expressions_js_1.lineOf)(job);
        }
        const key = (0, expressions_js_1.entries)((0, expressions_js_1.child)(root, 'jobs')).find((e) => e.key === m[1]);
        return (0, expressions_js_1.lineOf)(key?.keyToken) ?? (0, expressions_js_1.lineOf)(job);
    }
    const o = /^on\.workflow_call\.outputs\.(.+)$/.exec(where);
    if (o)
        return (0, expressions_js_1.lineOf)((0, expressions_js_1.child)((0, expressions_js_1.child)((0, expressions_js_1.child)((0, expressions_js_1.child)(root, 'on'), 'workflow_call'), 'outputs'), o[1]));
    return undefined;
}
/** Runs a workflow file locally. Never throws for the workflow's own problems: they are in the result. */
async function runWorkflow(o) {
    const started = Date.now();
    await (0, expressions_js_1.loadExpressions)();
    const run = new Run(o);
    const shown = (0, node_path_1.relative)(o.repoRoot, o.file).startsWith('..') ? o.file : (0, node_path_1.relative)(o.repoRoot, o.file);
    const base = {
        file: shown,
        name: (0, node_path_1.basename)(o.file),
        event: o.event,
        conclusion: 'failure',
        durationMs: 0,
        jobs: [],
        outputs: {},
        errors: [],
        annotations: run.annotations,
        artifacts: run.artifacts,
    };
    try {
        const wf = await run.load(o.file, o.repoRoot);
        base.name = wf.name;
        run.topName = wf.name;
        const events = wf.meta.raw.on;
        const names = eventNames(events);
        if (!names.includes(o.event))
            throw new RunRefused([
                `${shown} does not run on ${o.event} (its on: has ${names.join(', ') || 'nothing'})`,
            ]);
        const secrets = { ...o.secrets, GITHUB_TOKEN: o.github.token };
        const inputs = topInputs(wf, o.event, o.inputs, run.scope({ wf, inputs: {}, secrets, path: [], depth: 1 }));
        const r = await run.workflow({ wf, inputs, secrets, path: [], depth: 1 });
        base.jobs = r.jobs;
        base.outputs = r.outputs;
        base.conclusion = r.result;
    }
    catch (e) {
        base.errors = e instanceof RunRefused ? e.lines : [errorLine(e)];
        base.conclusion = 'failure';
    }
    base.durationMs = Date.now() - started;
    return base;
}
function eventNames(on) {
    if (typeof on === 'string')
        return [on];
    if (Array.isArray(on))
        return on.map(String);
    if (on && typeof on === 'object')
        return Object.keys(on);
    return [];
}


/***/ }),

/***/ 58447:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.WorkflowError = exports.TokenType = void 0;
exports.loadExpressions = loadExpressions;
exports.toJson = toJson;
exports.evaluate = evaluate;
exports.isTruthy = isTruthy;
exports.condition = condition;
exports.asString = asString;
exports.evaluateToken = evaluateToken;
exports.evaluateString = evaluateString;
exports.evaluateStringMap = evaluateStringMap;
exports.child = child;
exports.entries = entries;
exports.items = items;
exports.lineOf = lineOf;
/**
 * Expressions evaluated the way GitHub evaluates them: GitHub's own lexer, parser and evaluator
 * (@actions/expressions) over the contexts of the moment (github, inputs, vars, secrets, env, needs, steps,
 * matrix, strategy, jobs, runner, job), with the status functions (`success()`, `failure()`, `always()`,
 * `cancelled()`) and `hashFiles()` supplied by the runner. Template tokens from GitHub's workflow parser
 * (@actions/workflow-parser) are evaluated here too: a `${{ }}` inside a string arrives as one expression
 * (`format('a {0}', x)`), a mapping or sequence is evaluated leaf by leaf.
 */
const errors_js_1 = __webpack_require__(97268);
const node_crypto_1 = __webpack_require__(77598);
const node_fs_1 = __webpack_require__(73024);
const node_path_1 = __webpack_require__(76760);
/**
 * GitHub's evaluator, loaded by `loadExpressions()` before a run: a dynamic import, which the CLI bundle resolves
 * through the package's `import` condition (the only one @actions/expressions declares).
 */
let lib;
async function loadExpressions() {
    lib ??= await __webpack_require__.e(/* import() */ 4082).then(__webpack_require__.bind(__webpack_require__, 34082));
}
function ex() {
    if (!lib)
        throw new Error('loadExpressions() was not awaited before evaluating an expression');
    return lib;
}
/**
 * @actions/workflow-parser's TokenType values (its templates/tokens/types): the package exports the enum only
 * from a subpath, which the CLI bundle cannot load, so the values are mirrored here (checked by a test).
 */
exports.TokenType = {
    String: 0,
    Sequence: 1,
    Mapping: 2,
    BasicExpression: 3,
    InsertExpression: 4,
    Boolean: 5,
    Number: 6,
    Null: 7,
};
/** A problem with an expression or a value in the workflow, with the file and line it comes from. */
class WorkflowError extends Error {
    file;
    line;
    name = 'WorkflowError';
    constructor(message, file, line) {
        super(file ? `${file}${line ? `:${line}` : ''}: ${message}` : message);
        this.file = file;
        this.line = line;
    }
}
exports.WorkflowError = WorkflowError;
const CONTEXT_NAMES = [
    'github',
    'inputs',
    'vars',
    'secrets',
    'env',
    'needs',
    'steps',
    'matrix',
    'strategy',
    'jobs',
    'runner',
    'job',
];
function statusFunctions(scope) {
    const s = scope.status ?? { failed: false, cancelled: false };
    const fn = (name, value) => [
        name.toLowerCase(),
        { name, minArgs: 0, maxArgs: 0, call: () => new (ex().data.BooleanData)(value()) },
    ];
    return new Map([
        fn('success', () => !s.failed && !s.incomplete && !s.cancelled),
        fn('failure', () => s.failed && !s.cancelled),
        fn('always', () => true),
        fn('cancelled', () => s.cancelled),
        [
            'hashfiles',
            {
                name: 'hashFiles',
                minArgs: 1,
                maxArgs: 255,
                call: (...args) => new (ex().data.StringData)(hashFiles(scope.workspace, args.map((a) => a.coerceString()))),
            },
        ],
    ]);
}
/**
 * GitHub's hashFiles(): the SHA-256 of the SHA-256 of every matching file (sorted by path) in the workspace;
 * empty when nothing matches. Patterns are globs relative to the workspace; `!` excludes.
 */
function hashFiles(workspace, patterns) {
    if (!workspace)
        return '';
    const include = [];
    const exclude = [];
    for (const p of patterns) {
        if (p.startsWith('!'))
            exclude.push(globToRegExp(p.slice(1)));
        else
            include.push(globToRegExp(p));
    }
    const files = [];
    const walk = (dir) => {
        let names;
        try {
            names = (0, node_fs_1.readdirSync)(dir);
        }
        catch {
            return;
        }
        for (const n of names) {
            if (n === '.git')
                continue;
            const full = (0, node_path_1.join)(dir, n);
            const st = (0, node_fs_1.statSync)(full, { throwIfNoEntry: false });
            if (!st)
                continue;
            if (st.isDirectory())
                walk(full);
            else if (st.isFile()) {
                const rel = (0, node_path_1.relative)(workspace, full);
                if (include.some((r) => r.test(rel)) && !exclude.some((r) => r.test(rel)))
                    files.push(full);
            }
        }
    };
    walk((0, node_path_1.resolve)(workspace));
    if (files.length === 0)
        return '';
    const all = (0, node_crypto_1.createHash)('sha256');
    for (const f of files.sort())
        all.update((0, node_crypto_1.createHash)('sha256').update((0, node_fs_1.readFileSync)(f)).digest());
    return all.digest('hex');
}
function globToRegExp(glob) {
    let re = '';
    for (let i = 0; i < glob.length; i++) {
        const c = glob[i];
        if (c === '*') {
            if (glob[i + 1] === '*') {
                i++;
                if (glob[i + 1] === '/')
                    i++;
                re += '(?:.*/)?' + (glob[i + 1] === undefined ? '.*' : '');
            }
            else
                re += '[^/]*';
        }
        else if (c === '?')
            re += '[^/]';
        else
            re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
    }
    return new RegExp(`^${re.replace(/^\.\//, '')}$`);
}
function toData(v) {
    if (v === undefined)
        return new (ex().data.Null)();
    return JSON.parse(JSON.stringify(v), ex().data.reviver);
}
/** An evaluated value as plain JSON (dictionaries as objects). */
function toJson(d) {
    return JSON.parse(JSON.stringify(d, ex().data.replacer) ?? 'null');
}
/** Evaluates one expression (without `${{ }}`). Throws WorkflowError with the expression on a bad one. */
function evaluate(expression, scope, where) {
    const names = CONTEXT_NAMES.filter((n) => n in scope.contexts);
    const functions = statusFunctions(scope);
    try {
        const lexed = new (ex().Lexer)(expression).lex();
        const tree = new (ex().Parser)(lexed.tokens, names, [...functions.values()].map(({ name, minArgs, maxArgs }) => ({ name, minArgs, maxArgs }))).parse();
        const ctx = new (ex().data.Dictionary)();
        for (const n of names)
            ctx.add(n, toData(scope.contexts[n]));
        return new (ex().Evaluator)(tree, ctx, functions).evaluate();
    }
    catch (e) {
        throw new WorkflowError(`the expression \${{ ${expression} }} failed: ${(0, errors_js_1.errorMessage)(e)}`, where?.file, where?.line);
    }
}
/** GitHub's truthiness (@actions/expressions `falsy`): null, false, 0, NaN and '' are false. */
function truthy(d) {
    switch (d.kind) {
        case ex().data.Kind.Null:
            return false;
        case ex().data.Kind.Boolean:
            return d.value;
        case ex().data.Kind.Number: {
            const v = d.value;
            return !(v === 0 || Number.isNaN(v));
        }
        case ex().data.Kind.String:
            return d.value.length > 0;
        default:
            return true;
    }
}
function isTruthy(d) {
    return truthy(d);
}
/** A condition (`if:`), already wrapped by GitHub's parser with `success() && (…)` when it has no status function. */
function condition(expression, scope, where) {
    return truthy(evaluate(expression, scope, where));
}
/** GitHub's string form of a value (true → 'true', 1.0 → '1', null → '', objects → 'Object'). */
function asString(d) {
    return d.coerceString();
}
/** Evaluates a template token to plain JSON (mappings → objects, sequences → arrays, expressions → values). */
function evaluateToken(token, scope, file) {
    const where = { file, line: token.range?.start.line };
    switch (token.templateTokenType) {
        case exports.TokenType.String:
        case exports.TokenType.Boolean:
        case exports.TokenType.Number:
            return token.value;
        case exports.TokenType.Null:
            return null;
        case exports.TokenType.BasicExpression:
            return toJson(evaluate(token.expression, scope, where));
        case exports.TokenType.Sequence: {
            const out = [];
            for (const item of token)
                out.push(evaluateToken(item, scope, file));
            return out;
        }
        case exports.TokenType.Mapping: {
            const out = {};
            for (const pair of token) {
                const key = evaluateToken(pair.key, scope, file);
                out[typeof key === 'string' ? key : String(key)] = evaluateToken(pair.value, scope, file);
            }
            return out;
        }
        default:
            throw new WorkflowError('${{ insert }} is not supported by the local runner', file, where.line);
    }
}
/** Evaluates a scalar token to GitHub's string form (what `with:`, `env:` and `run:` receive). */
function evaluateString(token, scope, file) {
    if (!token)
        return '';
    if (token.templateTokenType === exports.TokenType.BasicExpression)
        return asString(evaluate(token.expression, scope, { file, line: token.range?.start.line }));
    const v = evaluateToken(token, scope, file);
    if (v === null)
        return '';
    if (typeof v === 'object')
        throw new WorkflowError('a mapping or a list was given where a string was expected', file, token.range?.start.line);
    return String(v);
}
/** Evaluates a mapping of strings (`env:`, `with:`), keeping the order. */
function evaluateStringMap(token, scope, file) {
    const out = {};
    if (!token)
        return out;
    if (token.templateTokenType === exports.TokenType.BasicExpression) {
        const v = evaluateToken(token, scope, file);
        if (!v || typeof v !== 'object' || Array.isArray(v))
            throw new WorkflowError('expected a mapping', file, token.range?.start.line);
        for (const [k, x] of Object.entries(v))
            out[k] = x === null ? '' : typeof x === 'object' ? JSON.stringify(x) : String(x);
        return out;
    }
    if (token.templateTokenType !== exports.TokenType.Mapping)
        throw new WorkflowError('expected a mapping', file, token.range?.start.line);
    for (const pair of token) {
        out[evaluateString(pair.key, scope, file)] = evaluateString(pair.value, scope, file);
    }
    return out;
}
/** The mapping token's value at `key` (undefined when absent). */
function child(token, key) {
    if (!token || token.templateTokenType !== exports.TokenType.Mapping)
        return undefined;
    for (const pair of token) {
        if (pair.key.templateTokenType === exports.TokenType.String &&
            pair.key.value === key)
            return pair.value;
    }
    return undefined;
}
/** The keys of a mapping token with their tokens (for line numbers). */
function entries(token) {
    const out = [];
    if (!token || token.templateTokenType !== exports.TokenType.Mapping)
        return out;
    for (const pair of token)
        out.push({
            key: String(pair.key.value),
            keyToken: pair.key,
            value: pair.value,
        });
    return out;
}
function items(token) {
    if (!token || token.templateTokenType !== exports.TokenType.Sequence)
        return [];
    return [...token];
}
function lineOf(token) {
    return token?.range?.start.line;
}


/***/ }),

/***/ 17707:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.expandMatrix = expandMatrix;
exports.matrixLabel = matrixLabel;
/**
 * A job's `strategy.matrix`, expanded as GitHub expands it: the cartesian product of the vectors (in key order),
 * minus every combination an `exclude` entry matches, then each `include` entry added to every combination whose
 * original values it does not change (or appended as a combination of its own when it fits none). At most 256.
 */
const expressions_js_1 = __webpack_require__(58447);
const MAX_JOBS = 256;
function equal(a, b) {
    return JSON.stringify(a) === JSON.stringify(b);
}
function isObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
/** Partial match: every key of `entry` that the combination has, with an equal value (objects: recursively). */
function matches(combo, entry) {
    return Object.entries(entry).every(([k, v]) => {
        const c = combo[k];
        if (isObject(v) && isObject(c))
            return matches(c, v);
        return equal(c, v);
    });
}
function expandMatrix(matrix, where = {}) {
    const fail = (m) => {
        throw new expressions_js_1.WorkflowError(m, where.file, where.line);
    };
    if (!isObject(matrix))
        return fail(`strategy.matrix must be a mapping (got ${JSON.stringify(matrix)})`);
    const vectors = [];
    let include = [];
    let exclude = [];
    for (const [k, v] of Object.entries(matrix)) {
        if (k === 'include' || k === 'exclude') {
            if (!Array.isArray(v))
                fail(`strategy.matrix.${k} must be a list of mappings`);
            if (k === 'include')
                include = v;
            else
                exclude = v;
            continue;
        }
        if (!Array.isArray(v))
            fail(`strategy.matrix.${k} must be a list (got ${JSON.stringify(v)})`);
        if (v.length === 0)
            fail(`Matrix vector '${k}' does not contain any values`);
        vectors.push([k, v]);
    }
    let combos = vectors.length ? [{}] : [];
    for (const [k, values] of vectors) {
        const next = [];
        for (const c of combos)
            for (const v of values)
                next.push({ ...c, [k]: v });
        combos = next;
        if (combos.length > MAX_JOBS * 16)
            fail(`the matrix generates more than ${MAX_JOBS} jobs`);
    }
    for (const e of exclude) {
        if (!isObject(e))
            fail('strategy.matrix.exclude entries must be mappings');
        combos = combos.filter((c) => !matches(c, e));
    }
    const original = combos.map((c) => ({ ...c }));
    const vectorKeys = new Set(vectors.map(([k]) => k));
    for (const inc of include) {
        if (!isObject(inc))
            fail('strategy.matrix.include entries must be mappings');
        const entry = inc;
        let added = false;
        combos.forEach((c, i) => {
            const base = original[i];
            // An include may add keys and overwrite keys added by earlier includes, never an original value.
            const fits = Object.entries(entry).every(([k, v]) => !vectorKeys.has(k) || equal(base[k], v));
            if (fits && vectors.length > 0) {
                Object.assign(c, entry);
                added = true;
            }
        });
        if (!added) {
            combos.push({ ...entry });
            original.push({ ...entry });
        }
    }
    if (combos.length === 0)
        fail('the matrix has no combinations left (every one was excluded)');
    if (combos.length > MAX_JOBS)
        fail(`the matrix generates ${combos.length} jobs; GitHub runs at most ${MAX_JOBS}`);
    return combos;
}
/** GitHub's display of a matrix job: `job (a, b)` with the combination's values. */
function matrixLabel(combo) {
    const show = (v) => (isObject(v) || Array.isArray(v) ? JSON.stringify(v) : String(v));
    return Object.values(combo).map(show).join(', ');
}


/***/ }),

/***/ 27819:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.StepLog = void 0;
/**
 * A step's log as the runner keeps it: every line masked with the run's masker, `::add-mask::` registered (and
 * never kept), `::stop-commands::<token>` honoured (lines until `::<token>::` are text, whatever they hold).
 */
const core_js_1 = __webpack_require__(75188);
const local_runner_js_1 = __webpack_require__(49623);
class StepLog {
    masker;
    emit;
    lines = [];
    stop;
    pending = '';
    constructor(masker, emit = () => undefined) {
        this.masker = masker;
        this.emit = emit;
    }
    /** One line as a process or an action printed it (no line ending). */
    line(raw) {
        if (this.stop !== undefined) {
            if (raw === `::${this.stop}::`) {
                this.stop = undefined;
                this.keep(raw);
            }
            else
                this.keep((0, core_js_1.neutraliseLine)(this.masker.mask(raw)));
            return;
        }
        const cmd = (0, local_runner_js_1.parseWorkflowCommand)(raw.trimStart());
        if (cmd?.command === 'add-mask') {
            this.masker.add(cmd.message);
            return;
        }
        if (cmd?.command === 'stop-commands')
            this.stop = cmd.message;
        this.keep(this.masker.mask(raw));
    }
    /** A chunk of a child's output: split into lines the way the runner does (a bare \r ends a line too). */
    chunk(text) {
        const lines = (0, core_js_1.splitLines)(this.pending + text);
        this.pending = lines.pop() ?? '';
        for (const l of lines)
            this.line(l);
    }
    flush() {
        if (this.pending)
            this.line(this.pending);
        this.pending = '';
    }
    /** A line the runner itself writes (not from the step): masked, neutralised unless it is a command we made. */
    note(text) {
        for (const l of (0, core_js_1.splitLines)(text))
            this.keep((0, core_js_1.neutraliseLine)(this.masker.mask(l)));
    }
    /** An annotation the runner writes (`Process completed with exit code 1.`). */
    annotate(kind, message) {
        const data = this.masker.mask(message).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
        this.keep(`::${kind}::${data}`);
    }
    keep(line) {
        this.lines.push(line);
        this.emit(line);
    }
}
exports.StepLog = StepLog;


/***/ })

};
