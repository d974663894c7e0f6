export const id = 2415;
export const ids = [2415];
export const modules = {

/***/ 2415:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.command = void 0;
const node_fs_1 = __webpack_require__(73024);
const node_path_1 = __webpack_require__(76760);
const errors_js_1 = __webpack_require__(97268);
const counts_js_1 = __webpack_require__(25758);
const plan_js_1 = __webpack_require__(45297);
const report_js_1 = __webpack_require__(37312);
const sensitive_js_1 = __webpack_require__(8108);
const settings_js_1 = __webpack_require__(62947);
const args_js_1 = __webpack_require__(77593);
const help = `Usage: keelson plan-summary [--format json|markdown] [--label LABEL] [--plan-text FILE] PLAN_JSON

Summarises a Terraform or OpenTofu plan (the output of 'terraform show -json <planfile>', format 1.x) with the
same code as the terraform-plan action. Counting follows Terraform's own "Plan:" line.

  --format json       {add, change, destroy, replace, import, move, forget, read, drift, outputs, errored, changes}
  --format markdown   exactly the PR comment body terraform-plan writes (default)
  --label LABEL       the comment's label (default: root)
  --plan-text FILE    human plan text ('terraform show -no-color <planfile>') to include, as the action does

Values the plan marks sensitive are never printed. Exit status: 0, or 1 when the file is not a plan.`;
exports.command = {
    name: 'plan-summary',
    summary: 'Summarise a Terraform/OpenTofu plan JSON (json counts, or the PR comment as markdown)',
    help,
    async run(argv, io) {
        const args = (0, args_js_1.parseCommandArgs)('plan-summary', argv, {
            format: { type: 'string' },
            label: { type: 'string' },
            'plan-text': { type: 'string' },
        });
        const format = args.inputs.enum('format', ['json', 'markdown'], 'markdown');
        const label = (0, settings_js_1.parseLabel)('label', args.inputs.string('label', { default: 'root' }));
        const textFile = args.inputs.string('plan-text');
        if (args.positionals.length !== 1) {
            throw new errors_js_1.InputError('PLAN_JSON', `Expected one PLAN_JSON file, got ${args.positionals.length}.`);
        }
        const plan = (0, plan_js_1.readPlanFile)((0, node_path_1.resolve)(io.cwd, args.positionals[0]));
        const counts = (0, counts_js_1.countPlan)(plan);
        if (format === 'json') {
            const out = {};
            for (const k of counts_js_1.COUNT_KEYS)
                out[k] = counts[k];
            io.stdout(JSON.stringify(out) + '\n');
            return 0;
        }
        for (const v of (0, sensitive_js_1.collectSensitive)(plan))
            io.masker.add(v);
        let planText;
        if (textFile) {
            try {
                planText = (0, node_fs_1.readFileSync)((0, node_path_1.resolve)(io.cwd, textFile), 'utf8');
            }
            catch {
                throw errors_js_1.InputError.invalid('plan-text', textFile, 'a readable file holding the plan text');
            }
        }
        const manifest = (0, report_js_1.manifestFor)(plan);
        const set = (0, report_js_1.renderComment)({ plan, counts, manifest, label, planText });
        const { body } = (0, report_js_1.assembleComment)(set, (t) => t, []);
        io.stdout(body, [set.marker, set.manifest, manifest.hash, manifest.hash.slice(0, 12)]);
        return 0;
    },
};


/***/ }),

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

/***/ 11119:
/***/ ((__unused_webpack_module, exports) => {


/**
 * Markdown builders with budgets. GitHub rejects a comment over 65,536 characters and a job summary over 1 MiB
 * per step; Keelson cuts at safe boundaries (between lines, closing any open code fence and <details> block)
 * and says what was cut, instead of letting the API call fail.
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.SUMMARY_LIMIT = exports.COMMENT_LIMIT = void 0;
exports.size = size;
exports.cutMarkdown = cutMarkdown;
exports.longestRun = longestRun;
exports.codeBlock = codeBlock;
exports.details = details;
exports.cell = cell;
exports.table = table;
exports.COMMENT_LIMIT = 65_536;
exports.SUMMARY_LIMIT = 1024 * 1024;
function size(text, measure) {
    return measure === 'chars' ? text.length : Buffer.byteLength(text, 'utf8');
}
const FENCE = /^ {0,3}(`{3,}|~{3,})(.*)$/;
function track(line, state) {
    const m = FENCE.exec(line);
    if (state.fence) {
        if (m && m[1][0] === state.fence[0] && m[1].length >= state.fence.length && m[2].trim() === '') {
            state.fence = undefined;
        }
        return;
    }
    if (m) {
        state.fence = m[1];
        return;
    }
    const opens = (line.match(/<details[\s>]/g) ?? []).length;
    const closes = (line.match(/<\/details>/g) ?? []).length;
    state.details = Math.max(0, state.details + opens - closes);
}
function closers(state) {
    let out = '';
    if (state.fence)
        out += state.fence + '\n';
    out += '\n</details>\n'.repeat(state.details);
    return out;
}
/**
 * Cuts `md` to fit `limit`, at a line boundary, closing open fences/<details>, and appends `note(cutUnits)`
 * (default: "… N characters cut"). Returns md unchanged when it fits.
 */
function cutMarkdown(md, limit, opts = {}) {
    const measure = opts.measure ?? 'chars';
    const total = size(md, measure);
    if (total <= limit)
        return { text: md, cut: 0 };
    const note = opts.note ??
        ((cut) => `\n> [!NOTE]\n> Output cut to fit: ${cut} ${measure === 'chars' ? 'characters' : 'bytes'} left out.\n`);
    const reserve = size(note(total), measure) + 64;
    const lines = md.split('\n');
    const state = { details: 0 };
    let used = 0;
    let kept = 0;
    for (const line of lines) {
        const s = size(line, measure) + 1;
        const after = { ...state };
        track(line, after);
        if (used + s + size(closers(after), measure) + reserve > limit)
            break;
        used += s;
        kept++;
        Object.assign(state, after);
        if (!after.fence)
            state.fence = undefined;
    }
    let text = lines.slice(0, kept).join('\n');
    if (kept > 0)
        text += '\n';
    text += closers(state);
    const cut = total - used;
    text += note(cut);
    // A single line longer than the whole budget: cut inside it as a last resort.
    if (size(text, measure) > limit)
        text = text.slice(0, Math.max(0, limit - 1)) + '…';
    return { text, cut };
}
/** The length of the longest run of `ch` in `text` (a loop: no spread over an input-sized array). */
function longestRun(text, ch) {
    let longest = 0;
    let run = 0;
    for (let i = 0; i < text.length; i++) {
        run = text[i] === ch ? run + 1 : 0;
        if (run > longest)
            longest = run;
    }
    return longest;
}
/** A fenced code block whose fence is longer than any backtick run inside `text`. */
function codeBlock(text, lang = '') {
    const fence = '`'.repeat(Math.max(2, longestRun(text, '`')) + 1);
    return `${fence}${lang}\n${text.replace(/\n$/, '')}\n${fence}`;
}
function details(summary, body, open = false) {
    return `<details${open ? ' open' : ''}><summary>${summary}</summary>\n\n${body}\n\n</details>`;
}
/** Escapes a value for a Markdown table cell (pipes, newlines, HTML). */
function cell(value) {
    return String(value)
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/\|/g, '\\|')
        .replace(/\r?\n/g, '<br>');
}
function table(headers, rows) {
    const head = `| ${headers.join(' | ')} |`;
    const sep = `| ${headers.map(() => '---').join(' | ')} |`;
    return [head, sep, ...rows.map((r) => `| ${r.map((c) => String(c)).join(' | ')} |`)].join('\n');
}


/***/ }),

/***/ 6546:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.IMPORT_REPLACE_WARNING = exports.DEPOSED_NOTE = exports.MARKER_PREFIX = void 0;
exports.marker = marker;
exports.applyMarker = applyMarker;
exports.applyMarkerKey = applyMarkerKey;
exports.markerKey = markerKey;
exports.readMarker = readMarker;
exports.readMarkerHash = readMarkerHash;
exports.manifestComment = manifestComment;
exports.readManifestText = readManifestText;
exports.toolTitle = toolTitle;
exports.code = code;
exports.formatPath = formatPath;
exports.outputSide = outputSide;
exports.renderHead = renderHead;
exports.planTextBlock = planTextBlock;
exports.footer = footer;
exports.splitText = splitText;
/**
 * The PR comment and job summary for a plan. Summary first (the plan line and the counts), then destroy and
 * replace warnings with their reasons, resources grouped by action and module, drift, output changes, and the
 * human plan text collapsed at the end. Values marked sensitive are never rendered; everything is masked again
 * by the caller before it leaves the process.
 */
const summary_js_1 = __webpack_require__(11119);
const counts_js_1 = __webpack_require__(25758);
const plan_js_1 = __webpack_require__(45297);
exports.MARKER_PREFIX = 'keelson:terraform-plan';
/** The hidden marker that identifies the comment of one label and carries what apply checks. */
function marker(m) {
    const bits = [`${exports.MARKER_PREFIX} label=${m.label}`, `hash=${m.hash}`];
    if (m.sha)
        bits.push(`sha=${m.sha}`);
    if (m.planSha256)
        bits.push(`plan-sha256=${m.planSha256}`);
    if (m.at)
        bits.push(`at=${m.at}`);
    return `<!-- ${bits.join(' ')} -->`;
}
/** The apply result's own comment (one per label, updated in place): never the plan comment. */
function applyMarker(label, hash) {
    return `<!-- keelson:terraform-apply label=${label} hash=${hash} -->`;
}
function applyMarkerKey(label) {
    return `keelson:terraform-apply label=${label}`;
}
/** The search key for `findComment`: matches the marker of `label` whatever its hash. */
function markerKey(label) {
    return `${exports.MARKER_PREFIX} label=${label}`;
}
/** Reads the marker back from the first line of a comment body holding the marker of `label`. */
function readMarker(body, label) {
    const first = body.split('\n', 1)[0];
    if (!first.startsWith(`<!-- ${markerKey(label)} `) || !first.endsWith(' -->'))
        return undefined;
    const fields = new Map();
    for (const word of first.slice(5, -4).split(' ').slice(1)) {
        const eq = word.indexOf('=');
        if (eq > 0)
            fields.set(word.slice(0, eq), word.slice(eq + 1));
    }
    const hash = fields.get('hash');
    if (!hash)
        return undefined;
    return {
        label,
        hash,
        sha: fields.get('sha'),
        planSha256: fields.get('plan-sha256'),
        at: fields.get('at'),
    };
}
/** Reads `hash=` back from the marker of `label`. */
function readMarkerHash(body, label) {
    return readMarker(body, label)?.hash;
}
const MANIFEST_OPEN = '<!-- keelson:terraform-plan-manifest v1 ';
function manifestComment(encoded) {
    return `${MANIFEST_OPEN}${encoded} -->`;
}
function readManifestText(body) {
    const start = body.lastIndexOf(MANIFEST_OPEN);
    if (start < 0)
        return undefined;
    const end = body.indexOf(' -->', start);
    return end < 0 ? undefined : body.slice(start + MANIFEST_OPEN.length, end);
}
function toolTitle(tool) {
    return tool === 'tofu' ? 'OpenTofu' : 'Terraform';
}
/** Inline code that survives backticks in the text. */
function code(text) {
    const fence = '`'.repeat((0, summary_js_1.longestRun)(text, '`') + 1);
    const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
    return `${fence}${pad}${text.replace(/\r?\n/g, ' ')}${pad}${fence}`;
}
const REASONS = {
    replace_because_cannot_update: 'an argument that cannot be updated in place changed',
    replace_because_tainted: 'the object is tainted',
    replace_by_request: 'replacement was requested (-replace)',
    replace_by_triggers: 'replace_triggered_by fired',
    delete_because_no_resource_config: 'its resource block is no longer in the configuration',
    delete_because_wrong_repetition: 'count/for_each changed how the resource repeats',
    delete_because_count_index: 'its count index is out of range',
    delete_because_each_key: 'its for_each key is no longer present',
    delete_because_no_module: 'its module is no longer in the configuration',
    delete_because_no_move_target: 'its moved block points nowhere',
};
/**
 * Why a data source is read during apply, in Terraform's own words (internal/command/jsonformat/plan.go,
 * resourceChangeComment, case plans.Read).
 */
const READ_REASONS = {
    read_because_config_unknown: 'config refers to values not yet known',
    read_because_dependency_pending: 'depends on a resource or a module with changes pending',
    read_because_check_nested: 'config will be reloaded to verify a check block',
};
/**
 * Notes Terraform adds under a resource's heading (internal/command/jsonformat/plan.go, resourceChangeComment).
 */
exports.DEPOSED_NOTE = 'left over from a partially-failed replacement of this instance';
exports.IMPORT_REPLACE_WARNING = 'Warning: this will destroy the imported resource';
/** `tags["Name"]`, `ingress[0].cidr` from a replace_paths entry. */
function formatPath(path) {
    if (!Array.isArray(path))
        return JSON.stringify(path);
    let out = '';
    for (const step of path) {
        if (typeof step === 'number')
            out += `[${step}]`;
        else if (typeof step === 'string' && /^[A-Za-z_][\w-]*$/.test(step))
            out += out === '' ? step : `.${step}`;
        else
            out += `[${JSON.stringify(step)}]`;
    }
    return out;
}
const GROUP_ORDER = [
    { key: 'replace', title: 'Replace' },
    { key: 'delete', title: 'Destroy' },
    { key: 'forget', title: 'Forget (removed from state, object kept)' },
    { key: 'create-then-forget', title: 'Replace, old object kept (create, then forget)' },
    { key: 'create', title: 'Create' },
    { key: 'update', title: 'Update in place' },
    { key: 'import', title: 'Import' },
    { key: 'move', title: 'Move' },
    { key: 'read', title: 'Read (data sources)' },
    { key: 'unknown', title: 'Other' },
];
function groupKey(rc) {
    const a = (0, counts_js_1.actionOf)(rc.change.actions);
    if ((0, counts_js_1.isReplace)(a))
        return 'replace';
    if (a === 'no-op')
        return (0, counts_js_1.isImporting)(rc) ? 'import' : 'move';
    return a;
}
function annotate(rc, a) {
    const notes = [];
    if ((0, counts_js_1.isReplace)(a))
        notes.push(a === 'delete-then-create' ? 'destroy, then create' : 'create, then destroy');
    if ((0, counts_js_1.isMoved)(rc))
        notes.push(`moved from ${code(rc.previous_address)}`);
    if ((0, counts_js_1.isImporting)(rc)) {
        const id = rc.change.importing?.id;
        notes.push(typeof id === 'string' ? `import id ${code(id)}` : 'imported');
    }
    if (rc.deposed)
        notes.push(`deposed object ${code(rc.deposed)}`);
    if (rc.deposed && (a === 'delete' || a === 'forget'))
        notes.push(exports.DEPOSED_NOTE);
    if ((0, counts_js_1.isImporting)(rc) && (0, counts_js_1.isReplace)(a))
        notes.push(`**${exports.IMPORT_REPLACE_WARNING}**`);
    const why = a === 'read' ? READ_REASONS[rc.action_reason ?? ''] : undefined;
    if (why)
        notes.push(why);
    return notes.length > 0 ? ` (${notes.join('; ')})` : '';
}
function reasonText(rc) {
    const parts = [];
    if (rc.action_reason) {
        const words = REASONS[rc.action_reason];
        parts.push(words ? `${words} (${code(rc.action_reason)})` : code(rc.action_reason));
    }
    const paths = rc.change.replace_paths ?? [];
    if (paths.length > 0)
        parts.push(`forced by ${paths.map((p) => code(formatPath(p))).join(', ')}`);
    return parts.length > 0 ? `: ${parts.join('; ')}` : '';
}
/** Adds lines while they fit `budget` characters; says how many were left out. */
class Budget {
    limit;
    used = 0;
    constructor(limit) {
        this.limit = limit;
    }
    fits(line) {
        return this.used + line.length + 1 <= this.limit;
    }
    take(line) {
        this.used += line.length + 1;
    }
}
function warnings(plan, budget) {
    const risky = plan.resource_changes.filter((rc) => {
        if (!(0, counts_js_1.isReported)(rc))
            return false;
        const a = (0, counts_js_1.actionOf)(rc.change.actions);
        return a === 'delete' || (0, counts_js_1.isReplace)(a) || a === 'create-then-forget';
    });
    if (risky.length === 0)
        return [];
    const destroys = risky.filter((rc) => (0, counts_js_1.actionOf)(rc.change.actions) === 'delete').length;
    const replaces = risky.length - destroys;
    const what = [destroys > 0 ? `destroys ${destroys}` : '', replaces > 0 ? `replaces ${replaces}` : '']
        .filter(Boolean)
        .join(' and ');
    const out = ['> [!CAUTION]', `> **This plan ${what} resource${risky.length === 1 ? '' : 's'}.**`];
    let shown = 0;
    for (const rc of risky) {
        const a = (0, counts_js_1.actionOf)(rc.change.actions);
        const verb = a === 'delete' ? 'destroyed' : a === 'create-then-forget' ? 'replaced, old object kept' : 'replaced';
        const line = `> - ${code(rc.address)} will be **${verb}**${annotate(rc, a)}${reasonText(rc)}`;
        if (!budget.fits(line))
            break;
        budget.take(line);
        out.push(line);
        shown++;
    }
    if (shown < risky.length)
        out.push(`> - … and ${risky.length - shown} more, listed below`);
    return out;
}
function resourceGroups(plan, budget, more) {
    const groups = new Map(GROUP_ORDER.map((g) => [g.key, { ...g, entries: [] }]));
    for (const rc of plan.resource_changes)
        if ((0, counts_js_1.isReported)(rc))
            groups.get(groupKey(rc))?.entries.push(rc);
    const out = [];
    for (const g of groups.values()) {
        if (g.entries.length === 0)
            continue;
        const byModule = new Map();
        for (const rc of g.entries) {
            const mod = (0, plan_js_1.moduleOf)(rc);
            const list = byModule.get(mod);
            if (list)
                list.push(rc);
            else
                byModule.set(mod, [rc]);
        }
        const modules = [...byModule.keys()].sort();
        out.push(`<details${g.entries.length <= 25 ? ' open' : ''}><summary><b>${g.title}: ${g.entries.length}</b></summary>`, '');
        let shown = 0;
        for (const mod of modules) {
            const list = byModule.get(mod);
            const heading = mod === '' ? '**Root module**' : `**${code(mod)}**`;
            if (!budget.fits(heading))
                break;
            budget.take(heading);
            out.push(heading);
            for (const rc of list) {
                const line = `- ${code(rc.address)}${annotate(rc, (0, counts_js_1.actionOf)(rc.change.actions))}`;
                if (!budget.fits(line))
                    break;
                budget.take(line);
                out.push(line);
                shown++;
            }
            out.push('');
        }
        if (shown < g.entries.length)
            out.push(`_… and ${g.entries.length - shown} more ${more}._`, '');
        out.push('</details>', '');
    }
    return out;
}
/**
 * One drifted object in Terraform's words (internal/command/jsonformat/plan.go, resourceChangeComment with
 * detectedDrift): "has changed", "has been deleted", "has moved to".
 */
function driftLine(rc) {
    const a = (0, counts_js_1.actionOf)(rc.change.actions);
    const prev = rc.previous_address;
    if (a === 'no-op' && (0, counts_js_1.isMoved)(rc))
        return `- ${code(prev)} has moved to ${code(rc.address)}`;
    const addr = code(rc.address) + (rc.deposed ? ` (deposed object ${code(rc.deposed)})` : '');
    const what = a === 'update'
        ? ' has changed'
        : a === 'delete'
            ? ' has been deleted'
            : `: ${rc.change.actions.join(', ')}`;
    return `- ${addr}${what}${(0, counts_js_1.isMoved)(rc) ? ` (moved from ${code(prev)})` : ''}`;
}
function drift(plan, budget, more, tool, context) {
    if (plan.resource_drift.length === 0)
        return [];
    const title = toolTitle(tool);
    // internal/command/jsonformat/plan.go, renderHumanDiffDrift and renderHuman ("No changes." with drift).
    const out = [
        `### Changed outside of ${title}: ${plan.resource_drift.length}`,
        '',
        `${title} detected the following changes made outside of ${title} since the last "${tool ?? 'terraform'} apply"` +
            (context === 'nothing-planned' ? ':' : ' which may have affected this plan:'),
        '',
    ];
    let shown = 0;
    for (const rc of plan.resource_drift) {
        const line = driftLine(rc);
        if (!budget.fits(line))
            break;
        budget.take(line);
        out.push(line);
        shown++;
    }
    if (shown < plan.resource_drift.length)
        out.push(`- _… and ${plan.resource_drift.length - shown} more ${more}._`);
    out.push('');
    if (context === 'refresh-only') {
        out.push('If you were expecting these changes then you can apply this plan to record the updated values in the ' +
            `${title} state without changing any remote objects.`);
    }
    else if (context === 'planned') {
        out.push('Unless you have made equivalent changes to your configuration, or ignored the relevant attributes using ' +
            'ignore_changes, the plan above may include actions to undo or respond to these changes.');
    }
    else {
        out.push("Your configuration already matches the changes detected above. If you'd like to update the " +
            `${title} state to match, create and apply a refresh-only plan.`);
    }
    out.push('');
    return out;
}
function hasMarker(marker) {
    if (marker === true)
        return true;
    if (Array.isArray(marker))
        return marker.some(hasMarker);
    if (marker && typeof marker === 'object')
        return Object.values(marker).some(hasMarker);
    return false;
}
function shortValue(v) {
    const text = typeof v === 'string' ? v : JSON.stringify(v);
    return text.length > 80 ? `${code(text.slice(0, 79))}…` : code(text);
}
/** One side of an output change: the value, `(sensitive)`, `(known after apply)`, or '' when it does not exist. */
function outputSide(o, side) {
    const a = (0, counts_js_1.actionOf)(o.actions);
    if (side === 'before' && a === 'create')
        return '';
    if (side === 'after' && a === 'delete')
        return '';
    // Either side sensitive hides both, as Terraform's output differ does: an output that just became sensitive
    // would otherwise show its old value.
    if (hasMarker(o.before_sensitive) || hasMarker(o.after_sensitive))
        return '(sensitive)';
    if (side === 'after' && o.after_unknown === true)
        return '(known after apply)';
    const text = shortValue(side === 'before' ? o.before : o.after);
    return side === 'after' && hasMarker(o.after_unknown) ? `${text} (partly known after apply)` : text;
}
const OUTPUT_VERB = { create: 'add', update: 'change', delete: 'remove' };
function outputs(plan, budget) {
    const changed = plan.output_changes.filter((o) => (0, counts_js_1.actionOf)(o.actions) !== 'no-op');
    if (changed.length === 0)
        return [];
    const out = [
        `### Output changes: ${changed.length}`,
        '',
        '| Output | Action | Before | After |',
        '| --- | --- | --- | --- |',
    ];
    const cell = (t) => t.replace(/\|/g, '\\|');
    let shown = 0;
    for (const o of changed) {
        const a = (0, counts_js_1.actionOf)(o.actions);
        const verb = OUTPUT_VERB[a] ?? o.actions.join(', ');
        const line = `| ${cell(code(o.name))} | ${verb} | ${cell(outputSide(o, 'before'))} | ${cell(outputSide(o, 'after'))} |`;
        if (!budget.fits(line))
            break;
        budget.take(line);
        out.push(line);
        shown++;
    }
    if (shown < changed.length)
        out.push(`| … | ${changed.length - shown} more | | |`);
    out.push('');
    return out;
}
/**
 * The headline, in Terraform's words (internal/command/jsonformat/plan.go, renderHuman): the "Plan:" line
 * whenever Terraform lists actions (data-source reads and move- or import-only plans included), "Planning
 * failed." for an errored plan, "No changes." only when there is nothing at all to do.
 */
function headline(plan, c, tool, refreshOnly) {
    const title = toolTitle(tool);
    const listed = plan.resource_changes.some(counts_js_1.isReported);
    const byKind = (0, counts_js_1.countOutputChanges)(plan);
    const outs = (0, counts_js_1.outputExtras)(byKind);
    const lines = [];
    if (c.errored) {
        lines.push(listed
            ? `**Planning failed.** ${title} planned the following actions, but then encountered a problem.`
            : `**Planning failed.** ${title} encountered an error while generating this plan.`);
    }
    if (listed) {
        const extras = (0, counts_js_1.planExtras)(c, byKind);
        lines.push(`**${(0, counts_js_1.planLine)(c)}**${extras ? ` ${extras}` : ''}`);
    }
    else if (outs.length > 0) {
        lines.push(`**Changes to Outputs:** ${outs.join(' · ')}.` +
            (c.errored
                ? ''
                : ` You can apply this plan to save these new output values to the ${title} state, without changing any ` +
                    'real infrastructure.'));
    }
    else if (c.errored) {
        // "Planning failed." says it all; Terraform prints no "Plan:" line here.
    }
    else if (plan.deferred > 0) {
        lines.push('**No current changes.** This plan requires another plan to be applied first.');
    }
    else if (refreshOnly && plan.resource_drift.length > 0) {
        lines.push(`**Note: Objects have changed outside of ${title}.** This is a refresh-only plan, so ${title} will not ` +
            'take any actions to undo these.');
    }
    else if (refreshOnly) {
        lines.push('**No changes.** Your infrastructure still matches the configuration.', '', `${title} has checked that the real remote objects still match the result of your most recent changes, ` +
            'and found no differences.');
    }
    else {
        lines.push('**No changes.** Your infrastructure matches the configuration.');
    }
    return lines.flatMap((l) => [l, '']);
}
/**
 * The notice that the plan is partial (internal/terraform/context_plan.go, "Resource targeting is in effect";
 * internal/command/jsonformat/plan.go, renderHumanDeferredChanges).
 */
function partialNotice(plan, targets) {
    const out = [];
    if (targets.length > 0 || (0, counts_js_1.isTargeted)(plan)) {
        out.push('> [!WARNING]', '> **Resource targeting is in effect.** This plan was created with the -target option, which means that ' +
            'the result of this plan may not represent all of the changes requested by the current configuration.');
        if (targets.length > 0)
            out.push(`> Targets: ${targets.map(code).join(', ')}`);
        out.push('');
    }
    if (plan.deferred > 0 && !plan.errored) {
        out.push('> [!NOTE]', `> **This is a partial plan, parts can only be known in the next plan / apply cycle.** ${plan.deferred} ` +
            `deferred change${plan.deferred === 1 ? '' : 's'}.`, '');
    }
    return out;
}
/** The title, plan line, counts, warnings, resource groups, drift and outputs (the marker is the caller's). */
function renderHead(plan, o) {
    const c = o.counts;
    const budget = new Budget(o.listBudget);
    const more = o.more ?? 'in the plan text';
    const refreshOnly = (0, counts_js_1.isRefreshOnly)(plan);
    const lines = [`## ${toolTitle(o.tool)} plan: ${code(o.label)}`, ''];
    if (o.status)
        lines.push(o.status, '');
    lines.push(...partialNotice(plan, o.targets ?? []));
    lines.push(...headline(plan, c, o.tool, refreshOnly));
    lines.push(`| ${counts_js_1.COUNT_FIELDS.join(' | ')} |`, `| ${counts_js_1.COUNT_FIELDS.map(() => '---:').join(' | ')} |`, `| ${counts_js_1.COUNT_FIELDS.map((k) => c[k]).join(' | ')} |`, '');
    const warn = warnings(plan, budget);
    if (warn.length > 0)
        lines.push(...warn, '');
    const groups = resourceGroups(plan, budget, more);
    if (groups.length > 0)
        lines.push('### Resource changes', '', ...groups);
    const planned = plan.resource_changes.some(counts_js_1.isReported) || c.outputs > 0;
    lines.push(...drift(plan, budget, more, o.tool, refreshOnly ? 'refresh-only' : planned ? 'planned' : 'nothing-planned'));
    lines.push(...outputs(plan, budget));
    return lines.join('\n').replace(/\n{3,}/g, '\n\n');
}
/** The human plan text, collapsed. */
function planTextBlock(text, title = 'Plan text') {
    return `<details><summary>${title}</summary>\n\n${(0, summary_js_1.codeBlock)(text.replace(/\s+$/, ''))}\n\n</details>\n`;
}
function footer(o) {
    const bits = [`Plan hash ${code(o.hash.slice(0, 12))}`];
    if (o.version)
        bits.push(`${o.tool ?? 'terraform'} ${o.version}`);
    if (o.runUrl)
        bits.push(`[workflow run](${o.runUrl})`);
    return `<sub>${bits.join(' · ')}</sub>\n`;
}
/**
 * Splits plan text into chunks of at most `limit` characters each, preferring blank lines (between resource
 * blocks), then line ends; a single line longer than `limit` is cut hard as a last resort.
 */
function splitText(text, limit) {
    const chunks = [];
    let rest = text;
    while ((0, summary_js_1.size)(rest, 'chars') > limit) {
        const window = rest.slice(0, limit);
        let at = window.lastIndexOf('\n\n');
        if (at < limit / 2)
            at = window.lastIndexOf('\n');
        if (at <= 0)
            at = limit;
        chunks.push(rest.slice(0, at));
        rest = rest.slice(at).replace(/^\n+/, '');
    }
    if (rest.length > 0 || chunks.length === 0)
        chunks.push(rest);
    return chunks;
}


/***/ }),

/***/ 37312:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.MANIFEST_MAX_RESOURCES = exports.MANIFEST_LIMIT = void 0;
exports.manifestFor = manifestFor;
exports.renderComment = renderComment;
exports.assembleComment = assembleComment;
exports.renderSummary = renderSummary;
exports.renderApplyStatus = renderApplyStatus;
/**
 * Puts a plan's parts together within GitHub's budgets: the PR comment (65,536 characters; plan text that does
 * not fit goes into continuation comments, cut with a pointer to the job summary past `maxParts`), the job
 * summary (1 MiB), and the apply result that terraform-apply writes into the reviewed comment.
 */
const summary_js_1 = __webpack_require__(11119);
const counts_js_1 = __webpack_require__(25758);
const diff_js_1 = __webpack_require__(28397);
const hash_js_1 = __webpack_require__(14174);
const render_js_1 = __webpack_require__(6546);
/** The manifest is kept in the comment when it fits this many characters (about 1,500 resources). */
exports.MANIFEST_LIMIT = 20_000;
/** Beyond this many reported resources the manifest cannot fit, so its digests are not even computed. */
exports.MANIFEST_MAX_RESOURCES = 2_500;
/** The plan hash, with the per-address manifest when it could fit in a comment. */
function manifestFor(plan) {
    const reported = plan.resource_changes.filter(counts_js_1.isReported).length;
    return (0, hash_js_1.hashPlan)(plan, { digests: reported <= exports.MANIFEST_MAX_RESOURCES });
}
const LIST_BUDGET_COMMENT = 24_000;
const LIST_BUDGET_SUMMARY = 400_000;
const PART_OVERHEAD = 600;
function manifestPart(m) {
    if (!m.detailed || m.resources.size > exports.MANIFEST_MAX_RESOURCES)
        return '';
    const encoded = (0, diff_js_1.encodeManifest)(m);
    return encoded.length <= exports.MANIFEST_LIMIT ? (0, render_js_1.manifestComment)(encoded) + '\n' : '';
}
function renderComment(r, opts = {}) {
    const limit = opts.limit ?? summary_js_1.COMMENT_LIMIT;
    const maxParts = opts.maxParts ?? 5;
    const mark = (0, render_js_1.marker)({ label: r.label, hash: r.manifest.hash, ...r.provenance });
    const head = (0, render_js_1.renderHead)(r.plan, {
        label: r.label,
        hash: r.manifest.hash,
        counts: r.counts,
        tool: r.tool,
        listBudget: Math.min(LIST_BUDGET_COMMENT, Math.floor(limit / 3)),
        more: 'in the job summary',
        status: r.status,
        targets: r.targets,
    });
    const tail = (0, render_js_1.footer)({
        hash: r.manifest.hash,
        tool: r.tool,
        version: r.plan.terraform_version,
        runUrl: r.runUrl,
    });
    let manifest = manifestPart(r.manifest);
    if ((0, summary_js_1.size)(mark + head + tail + manifest, 'chars') > limit - 300)
        manifest = '';
    const room = limit - (0, summary_js_1.size)(mark, 'chars') - 1;
    const text = r.planText?.replace(/\s+$/, '');
    if (!text)
        return { marker: mark, body: `${head}\n${tail}`, manifest, parts: [], cut: 0 };
    const whole = `${head}\n${(0, render_js_1.planTextBlock)(text)}\n${tail}`;
    if ((0, summary_js_1.size)(whole + manifest, 'chars') <= room)
        return { marker: mark, body: whole, manifest, parts: [], cut: 0 };
    const chunks = (0, render_js_1.splitText)(text, Math.max(1000, limit - PART_OVERHEAD - r.label.length * 2));
    const shown = chunks.slice(0, maxParts);
    const cut = chunks.slice(maxParts).reduce((n, c) => n + c.length, 0);
    const n = shown.length;
    const where = r.runUrl ? `the [job summary](${r.runUrl})` : 'the job summary';
    const note = `_The plan text is in the ${n === 1 ? 'comment' : `${n} comments`} below` +
        (cut > 0 ? `; ${cut.toLocaleString('en-US')} more characters are only in ${where}` : '') +
        '._\n';
    const parts = shown.map((chunk, i) => {
        let part = `**${(0, render_js_1.toolTitle)(r.tool)} plan text: ${(0, render_js_1.code)(r.label)} (part ${i + 1} of ${n})**\n\n`;
        part += (0, render_js_1.planTextBlock)(chunk, `Plan text, part ${i + 1} of ${n}`);
        if (i === n - 1 && cut > 0)
            part += `\n_Cut here: ${cut.toLocaleString('en-US')} more characters are in ${where}._\n`;
        return part;
    });
    return { marker: mark, body: `${head}\n${note}\n${tail}`, manifest, parts, cut };
}
/**
 * The comment's text as posted: the marker, the masked body, the manifest. Protocol values shown in the body
 * (the plan hash, the commit) are kept as they are: masking a registered value that happens to occur inside a
 * hash would corrupt it, and they are not secret.
 */
function assembleComment(set, mask, keep) {
    return {
        body: `${set.marker}\n${mask(set.body, keep)}${set.manifest}`,
        parts: set.parts.map((p) => mask(p, keep)),
    };
}
/** The job summary: the same head with longer lists, then the plan text (cut to fit 1 MiB, pointing at the log). */
function renderSummary(r) {
    const head = (0, render_js_1.renderHead)(r.plan, {
        label: r.label,
        hash: r.manifest.hash,
        counts: r.counts,
        tool: r.tool,
        listBudget: LIST_BUDGET_SUMMARY,
        more: 'in the plan text',
        status: r.status,
        targets: r.targets,
    });
    const tail = (0, render_js_1.footer)({
        hash: r.manifest.hash,
        tool: r.tool,
        version: r.plan.terraform_version,
        runUrl: r.runUrl,
    });
    const text = r.planText?.replace(/\s+$/, '');
    if (!text)
        return `${head}\n${tail}`;
    const room = summary_js_1.SUMMARY_LIMIT - (0, summary_js_1.size)(head + tail, 'bytes') - 1024;
    const block = (0, summary_js_1.cutMarkdown)((0, render_js_1.planTextBlock)(text), room, {
        measure: 'bytes',
        note: (n) => `\n_Plan text cut to fit the job summary: ${n.toLocaleString('en-US')} bytes left out; see the step log._\n`,
    }).text;
    return `${head}\n${block}\n${tail}`;
}
const STATUS_OPEN = '<!-- keelson:apply-result -->';
const STATUS_CLOSE = '<!-- /keelson:apply-result -->';
function seconds(ms) {
    return ms < 60_000
        ? `${(ms / 1000).toFixed(1)} s`
        : `${Math.floor(ms / 60_000)} min ${Math.round((ms % 60_000) / 1000)} s`;
}
function renderApplyStatus(a) {
    const title = (0, render_js_1.toolTitle)(a.tool);
    const head = a.state === 'applied'
        ? `> [!NOTE]\n> **Applied.** ${title} applied this plan`
        : a.state === 'failed'
            ? `> [!WARNING]\n> **Apply failed.** ${title} started applying this plan and failed`
            : `> [!WARNING]\n> **Apply refused.** The plan changed since this comment was written; nothing was applied`;
    const bits = [
        head +
            (a.durationMs !== undefined ? ` in ${seconds(a.durationMs)}` : '') +
            (a.runUrl ? ` ([run](${a.runUrl}))` : '') +
            '.',
    ];
    if (a.message)
        bits.push(`> ${a.message.replace(/\n/g, '\n> ')}`);
    const lines = [STATUS_OPEN, ...bits];
    const outs = a.outputs ?? [];
    if (outs.length > 0) {
        lines.push('', '| Output | Value |', '| --- | --- |');
        let used = 0;
        let shown = 0;
        for (const o of outs) {
            const v = o.value === undefined
                ? '(sensitive)'
                : (0, render_js_1.code)(o.value.length > 80 ? o.value.slice(0, 79) + '…' : o.value);
            const line = `| ${(0, render_js_1.code)(o.name)} | ${v.replace(/\|/g, '\\|')} |`;
            if (used + line.length > 4000) {
                lines.push(`| … | ${outs.length - shown} more |`);
                break;
            }
            used += line.length;
            shown++;
            lines.push(line);
        }
    }
    lines.push(STATUS_CLOSE);
    return lines.join('\n');
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
