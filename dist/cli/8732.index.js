export const id = 8732;
export const ids = [8732];
export const modules = {

/***/ 25758:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.COUNT_KEYS = exports.COUNT_FIELDS = void 0;
exports.actionOf = actionOf;
exports.isReplace = isReplace;
exports.isMoved = isMoved;
exports.isImporting = isImporting;
exports.isReported = isReported;
exports.countPlan = countPlan;
exports.planLine = planLine;
exports.countOutputChanges = countOutputChanges;
exports.outputExtras = outputExtras;
exports.planExtras = planExtras;
exports.isRefreshOnly = isRefreshOnly;
exports.isTargeted = isTargeted;
/** The single action of a change's `actions` list, as jsonplan.UnmarshalActions reads it. */
function actionOf(actions) {
    const [a, b] = actions;
    if (actions.length === 1) {
        switch (a) {
            case 'no-op':
            case 'create':
            case 'read':
            case 'update':
            case 'delete':
            case 'forget':
                return a;
            default:
                return 'unknown';
        }
    }
    if (actions.length === 2) {
        if (a === 'delete' && b === 'create')
            return 'delete-then-create';
        if (a === 'create' && b === 'delete')
            return 'create-then-delete';
        if (a === 'create' && b === 'forget')
            return 'create-then-forget';
    }
    return 'unknown';
}
function isReplace(a) {
    return a === 'delete-then-create' || a === 'create-then-delete';
}
function isMoved(rc) {
    return (rc.previous_address !== undefined && rc.previous_address !== '' && rc.previous_address !== rc.address);
}
function isImporting(rc) {
    return rc.change.importing !== undefined;
}
/** True for the entries Terraform lists under "Terraform will perform the following actions". */
function isReported(rc) {
    const a = actionOf(rc.change.actions);
    if (a === 'no-op' && !isMoved(rc) && !isImporting(rc))
        return false;
    if (a === 'delete' && rc.mode !== 'managed')
        return false;
    return true;
}
/** The numeric counts, in the order of Terraform's "Plan:" line and of the comment's table. */
exports.COUNT_FIELDS = [
    'add',
    'change',
    'destroy',
    'replace',
    'import',
    'move',
    'forget',
    'read',
    'drift',
    'outputs',
];
/** The key order of `keelson plan-summary --format json`. */
exports.COUNT_KEYS = [...exports.COUNT_FIELDS, 'errored', 'changes'];
function countPlan(plan) {
    const c = {
        add: 0,
        change: 0,
        destroy: 0,
        replace: 0,
        import: 0,
        move: 0,
        forget: 0,
        read: 0,
        drift: plan.resource_drift.length,
        outputs: 0,
        errored: plan.errored,
        changes: false,
    };
    for (const rc of plan.resource_changes) {
        if (!isReported(rc))
            continue;
        if (isImporting(rc))
            c.import++;
        if (isMoved(rc))
            c.move++;
        switch (actionOf(rc.change.actions)) {
            case 'create':
                c.add++;
                break;
            case 'update':
                c.change++;
                break;
            case 'delete':
                c.destroy++;
                break;
            case 'delete-then-create':
            case 'create-then-delete':
                c.add++;
                c.destroy++;
                c.replace++;
                break;
            case 'create-then-forget':
                c.add++;
                c.forget++;
                break;
            case 'forget':
                c.forget++;
                break;
            case 'read':
                c.read++;
                break;
            default:
                break;
        }
    }
    for (const o of plan.output_changes)
        if (actionOf(o.actions) !== 'no-op')
            c.outputs++;
    c.changes = c.add + c.change + c.destroy + c.import + c.move + c.forget + c.outputs > 0;
    return c;
}
/** Terraform's own wording: `Plan: 1 to import, 2 to add, 0 to change, 1 to destroy.` */
function planLine(c) {
    let line = 'Plan: ';
    if (c.import > 0)
        line += `${c.import} to import, `;
    return line + `${c.add} to add, ${c.change} to change, ${c.destroy} to destroy.`;
}
function countOutputChanges(plan) {
    const o = { add: 0, change: 0, remove: 0 };
    for (const out of plan.output_changes) {
        const a = actionOf(out.actions);
        if (a === 'create')
            o.add++;
        else if (a === 'delete')
            o.remove++;
        else if (a !== 'no-op')
            o.change++;
    }
    return o;
}
/** `['1 output to add', '2 outputs to change']`; empty when no output changes. */
function outputExtras(o) {
    const n = (k, verb) => `${k} output${k === 1 ? '' : 's'} to ${verb}`;
    const out = [];
    if (o.add > 0)
        out.push(n(o.add, 'add'));
    if (o.change > 0)
        out.push(n(o.change, 'change'));
    if (o.remove > 0)
        out.push(n(o.remove, 'remove'));
    return out;
}
/** What the "Plan:" line leaves out: `1 to replace · 2 to read · 1 output to add`, or ''. */
function planExtras(c, outputs) {
    const extra = [];
    if (c.replace > 0)
        extra.push(`${c.replace} to replace`);
    if (c.move > 0)
        extra.push(`${c.move} to move`);
    if (c.forget > 0)
        extra.push(`${c.forget} to forget`);
    if (c.read > 0)
        extra.push(`${c.read} to read`);
    extra.push(...outputExtras(outputs));
    return extra.join(' · ');
}
function hasManagedResources(module) {
    if (typeof module !== 'object' || module === null)
        return false;
    const m = module;
    if (Array.isArray(m.resources) && m.resources.some((r) => r?.mode === 'managed'))
        return true;
    return Array.isArray(m.child_modules) && m.child_modules.some(hasManagedResources);
}
/**
 * Whether the plan was made with `-refresh-only`. The plan JSON does not record the mode, but a normal or
 * destroy plan lists every managed resource instance of the state in `resource_changes` (no-ops included),
 * while a refresh-only plan lists none and reports what changed (moves included) in `resource_drift`.
 */
function isRefreshOnly(plan) {
    if (plan.resource_changes.length > 0)
        return false;
    if (plan.resource_drift.length > 0)
        return true;
    const prior = plan.raw.prior_state;
    const values = typeof prior === 'object' && prior !== null && !Array.isArray(prior) ? prior.values : undefined;
    const root = typeof values === 'object' && values !== null && !Array.isArray(values) ? values.root_module : undefined;
    return plan.complete !== false && hasManagedResources(root);
}
/**
 * Whether the plan covers only part of the configuration because of `-target`: Terraform marks a plan that
 * succeeded without deferred changes as incomplete only when targets were given
 * (internal/terraform/context_plan.go, "Plan is incomplete").
 */
function isTargeted(plan) {
    return plan.complete === false && !plan.errored && plan.deferred === 0;
}


/***/ }),

/***/ 28397:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.diffManifests = diffManifests;
exports.formatDiff = formatDiff;
exports.encodeManifest = encodeManifest;
exports.decodeManifest = decodeManifest;
/**
 * The readable difference between the plan that was reviewed and the plan about to be applied: resources whose
 * actions appeared, disappeared or changed, resources whose planned values changed under the same actions, and
 * the same for outputs. Works on manifests, so the reviewed side can come from the PR comment.
 */
const node_zlib_1 = __webpack_require__(38522);
function diffMaps(subject, old, now, out) {
    const keys = [...new Set([...old.keys(), ...now.keys()])].sort();
    for (const key of keys) {
        const a = old.get(key);
        const b = now.get(key);
        if (!a && b)
            out.push({ kind: 'appeared', subject, key, after: b.actions });
        else if (a && !b)
            out.push({ kind: 'disappeared', subject, key, before: a.actions });
        else if (a && b && a.actions !== b.actions)
            out.push({ kind: 'actions', subject, key, before: a.actions, after: b.actions });
        else if (a && b && a.digest !== b.digest)
            out.push({ kind: 'values', subject, key, before: a.actions, after: b.actions });
    }
}
function diffManifests(reviewed, current) {
    const lines = [];
    diffMaps('resource', reviewed.resources, current.resources, lines);
    diffMaps('output', reviewed.outputs, current.outputs, lines);
    return { same: reviewed.hash === current.hash && lines.length === 0, lines };
}
function show(actions) {
    return (actions ?? '').split(',').join(', ');
}
/** Plain text for logs and the CLI; at most `max` lines, then a count of the rest. */
function formatDiff(d, reviewedHash, currentHash, max = 200) {
    if (d.same)
        return `The plans are the same (plan hash ${currentHash}).`;
    const out = [`Reviewed plan hash: ${reviewedHash}`, `Current plan hash:  ${currentHash}`, ''];
    if (d.lines.length === 0) {
        out.push('The resources and outputs match, but the plans differ in detail the reviewed manifest does not hold.');
        return out.join('\n');
    }
    let shown = 0;
    for (const subject of ['resource', 'output']) {
        const lines = d.lines.filter((l) => l.subject === subject);
        if (lines.length === 0 || shown >= max)
            continue;
        out.push(subject === 'resource' ? 'Resources:' : 'Outputs:');
        for (const l of lines) {
            if (shown >= max)
                break;
            shown++;
            const name = subject === 'output' ? `output.${l.key}` : l.key;
            if (l.kind === 'appeared')
                out.push(`  + ${name}: ${show(l.after)} (not in the reviewed plan)`);
            else if (l.kind === 'disappeared')
                out.push(`  - ${name}: ${show(l.before)} (reviewed, no longer planned)`);
            else if (l.kind === 'actions')
                out.push(`  ~ ${name}: ${show(l.before)} -> ${show(l.after)}`);
            else
                out.push(`  ~ ${name}: ${show(l.after)} (same actions, different planned values)`);
        }
    }
    if (shown < d.lines.length)
        out.push(`  … and ${d.lines.length - shown} more`);
    return out.join('\n');
}
/**
 * A manifest packed for a hidden HTML comment: deflate + base64 of tab-separated lines. Base64 cannot contain
 * `-->`, and addresses (which may hold any for_each key) never appear in clear.
 */
function encodeManifest(m) {
    const lines = [`H\t${m.hash}`];
    for (const [k, e] of m.resources)
        lines.push(`R\t${e.actions}\t${e.digest}\t${k}`);
    for (const [k, e] of m.outputs)
        lines.push(`O\t${e.actions}\t${e.digest}\t${k}`);
    return (0, node_zlib_1.deflateRawSync)(Buffer.from(lines.join('\n'), 'utf8'), { level: 9 }).toString('base64');
}
function decodeManifest(text) {
    let raw;
    try {
        raw = (0, node_zlib_1.inflateRawSync)(Buffer.from(text.replace(/\s+/g, ''), 'base64')).toString('utf8');
    }
    catch {
        return undefined;
    }
    const m = { hash: '', resources: new Map(), outputs: new Map(), detailed: true };
    for (const line of raw.split('\n')) {
        const [tag, a, b, ...rest] = line.split('\t');
        if (tag === 'H' && a)
            m.hash = a;
        else if ((tag === 'R' || tag === 'O') && a !== undefined && b !== undefined) {
            (tag === 'R' ? m.resources : m.outputs).set(rest.join('\t'), { actions: a, digest: b });
        }
    }
    return m.hash ? m : undefined;
}


/***/ }),

/***/ 14174:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.SENSITIVE = void 0;
exports.normalize = normalize;
exports.canonicalJson = canonicalJson;
exports.resourceEntry = resourceEntry;
exports.hashPlan = hashPlan;
exports.planHash = planHash;
/**
 * The plan hash: SHA-256 of a canonical form of what the plan will do. Per resource change (sorted by address,
 * entries Terraform does not report dropped — plain no-ops and deleted data sources): address, actions, before,
 * after, after_unknown, importing, previous_address (and the deposed key when there is one); plus every output
 * change that is not a no-op. Keys are sorted at every depth, so key order, whitespace, timestamps, versions and
 * prior state never change it. Values marked sensitive enter it as "(sensitive)": the hash is printed in the PR
 * comment, and a hash of a short secret could be guessed by trying candidates.
 *
 * The same pass yields a manifest (per address: actions and a short digest of its canonical entry) that the
 * apply side diffs against to say what changed.
 */
const node_crypto_1 = __webpack_require__(77598);
const counts_js_1 = __webpack_require__(25758);
exports.SENSITIVE = '(sensitive)';
/**
 * The value with every subtree marked sensitive replaced by SENSITIVE and object keys sorted at every depth.
 * Copies only what must change (unsorted keys, a redaction), so the common case costs one walk and no
 * allocation; `JSON.stringify` of the result is the canonical JSON.
 */
function normalize(value, marker) {
    if (value === undefined)
        return null;
    if (marker === true)
        return value === null ? null : exports.SENSITIVE;
    if (value === null || typeof value !== 'object')
        return value;
    const mk = marker !== null && typeof marker === 'object' ? marker : undefined;
    if (Array.isArray(value)) {
        const ms = Array.isArray(mk) ? mk : undefined;
        let out;
        for (let i = 0; i < value.length; i++) {
            const v = value[i];
            const n = normalize(v, ms?.[i]);
            if (!out && n !== v)
                out = value.slice(0, i);
            if (out)
                out.push(n);
        }
        return out ?? value;
    }
    const ms = mk && !Array.isArray(mk) ? mk : undefined;
    const keys = Object.keys(value);
    let sorted = true;
    for (let i = 1; i < keys.length; i++) {
        if (keys[i - 1] > keys[i]) {
            sorted = false;
            break;
        }
    }
    if (!sorted)
        keys.sort();
    let out = sorted ? undefined : {};
    for (let i = 0; i < keys.length; i++) {
        const k = keys[i];
        const v = value[k];
        const n = normalize(v, ms?.[k]);
        if (!out && n !== v) {
            out = {};
            for (let j = 0; j < i; j++)
                out[keys[j]] = value[keys[j]];
        }
        if (out)
            out[k] = n;
    }
    return out ?? value;
}
/** JSON with keys sorted at every depth and no whitespace. */
function canonicalJson(value) {
    return JSON.stringify(normalize(value));
}
function keyOf(rc) {
    return rc.deposed ? `${rc.address} (deposed ${rc.deposed})` : rc.address;
}
function compare(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/** The canonical JSON of one resource change (keys listed in sorted order, values normalized). */
function resourceEntry(rc) {
    const c = rc.change;
    return JSON.stringify({
        actions: c.actions,
        address: rc.address,
        after: normalize(c.after, c.after_sensitive),
        after_unknown: normalize(c.after_unknown),
        before: normalize(c.before, c.before_sensitive),
        ...(rc.deposed ? { deposed: rc.deposed } : {}),
        importing: normalize(c.importing ?? null),
        previous_address: rc.previous_address ?? null,
    });
}
/**
 * The plan hash in one linear pass; with `digests` (default true) also the per-address manifest. Memory stays
 * one entry at a time beyond the plan itself.
 */
function hashPlan(plan, opts = {}) {
    const withDigests = opts.digests ?? true;
    const h = (0, node_crypto_1.createHash)('sha256');
    const resources = new Map();
    const outputs = new Map();
    const changes = plan.resource_changes.filter(counts_js_1.isReported);
    const order = (a, b) => compare(a.address, b.address) || compare(a.deposed ?? '', b.deposed ?? '');
    // Terraform already writes resource_changes sorted by address: check in one pass before sorting.
    let sorted = true;
    for (let i = 1; i < changes.length && sorted; i++)
        sorted = order(changes[i - 1], changes[i]) <= 0;
    if (!sorted)
        changes.sort(order);
    h.update('{"resource_changes":[');
    changes.forEach((rc, i) => {
        const entry = resourceEntry(rc);
        h.update(i === 0 ? entry : ',' + entry);
        if (withDigests)
            resources.set(keyOf(rc), { actions: rc.change.actions.join(','), digest: digest(entry) });
    });
    h.update('],"output_changes":[');
    let first = true;
    for (const o of plan.output_changes) {
        if ((0, counts_js_1.actionOf)(o.actions) === 'no-op')
            continue;
        const entry = JSON.stringify({
            actions: o.actions,
            after: normalize(o.after, o.after_sensitive),
            after_unknown: normalize(o.after_unknown),
            before: normalize(o.before, o.before_sensitive),
            name: o.name,
        });
        h.update(first ? entry : ',' + entry);
        first = false;
        if (withDigests)
            outputs.set(o.name, { actions: o.actions.join(','), digest: digest(entry) });
    }
    h.update(']}');
    return { hash: h.digest('hex'), resources, outputs, detailed: withDigests };
}
function planHash(plan) {
    return hashPlan(plan, { digests: false }).hash;
}
function digest(text) {
    return (0, node_crypto_1.createHash)('sha256').update(text).digest('hex').slice(0, 16);
}


/***/ }),

/***/ 45297:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.PlanFormatError = void 0;
exports.planFromJson = planFromJson;
exports.parsePlan = parsePlan;
exports.readPlanFile = readPlanFile;
exports.moduleOf = moduleOf;
/**
 * The Terraform / OpenTofu plan JSON (`show -json <planfile>`), as far as Keelson reads it. Format 1.x is
 * accepted (1.0 to 1.2 exist today; minor versions only add keys), other majors are refused with the file's
 * name. Unknown keys are ignored: the model keeps only what Keelson reports on.
 */
const node_fs_1 = __webpack_require__(73024);
const errors_js_1 = __webpack_require__(97268);
class PlanFormatError extends errors_js_1.ToolError {
    name = 'PlanFormatError';
}
exports.PlanFormatError = PlanFormatError;
function isObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
function str(v) {
    return typeof v === 'string' ? v : undefined;
}
function readChange(v) {
    const c = isObject(v) ? v : {};
    fixChange(c);
    return c;
}
/** Brings a decoded `change` object to the Change shape in place (no copy: plans can hold 50k of them). */
function fixChange(c) {
    const a = c.actions;
    if (!Array.isArray(a) || a.length === 0 || a.some((x) => typeof x !== 'string')) {
        const kept = Array.isArray(a) ? a.filter((x) => typeof x === 'string') : [];
        c.actions = kept.length > 0 ? kept : ['no-op'];
    }
    c.before ??= null;
    c.after ??= null;
    c.after_unknown ??= false;
    c.before_sensitive ??= false;
    c.after_sensitive ??= false;
    if (c.replace_paths !== undefined && !Array.isArray(c.replace_paths))
        delete c.replace_paths;
    if (c.importing !== undefined && !isObject(c.importing))
        delete c.importing;
}
const OPTIONAL_STRINGS = [
    'previous_address',
    'module_address',
    'provider_name',
    'action_reason',
    'deposed',
];
function readResourceChanges(v, source, key) {
    if (v === undefined || v === null)
        return [];
    if (!Array.isArray(v))
        throw new PlanFormatError(`${source}: '${key}' is not a list; is this a plan JSON file?`);
    for (const item of v) {
        if (!isObject(item) || typeof item.address !== 'string') {
            throw new PlanFormatError(`${source}: an entry of '${key}' has no address; is this a plan JSON file?`);
        }
        if (typeof item.mode !== 'string')
            item.mode = 'managed';
        if (typeof item.type !== 'string')
            item.type = '';
        if (typeof item.name !== 'string')
            item.name = '';
        for (const k of OPTIONAL_STRINGS)
            if (item[k] !== undefined && typeof item[k] !== 'string')
                delete item[k];
        if (!isObject(item.change))
            item.change = {};
        fixChange(item.change);
    }
    return v;
}
/** Parses an already-decoded plan document. */
function planFromJson(doc, source) {
    if (!isObject(doc))
        throw new PlanFormatError(`${source}: not a Terraform plan (expected a JSON object).`);
    const fv = doc.format_version;
    if (typeof fv !== 'string' || !/^\d+\.\d+$/.test(fv)) {
        throw new PlanFormatError(`${source}: not a Terraform plan JSON (no "format_version"); produce it with 'terraform show -json <planfile>'.`);
    }
    const major = fv.split('.')[0];
    if (major !== '1') {
        throw new PlanFormatError(`${source}: plan format_version ${fv} is not supported (Keelson reads format 1.x); ` +
            'upgrade Keelson or produce the plan with a Terraform/OpenTofu release that writes format 1.x.');
    }
    if (!Array.isArray(doc.resource_changes) &&
        doc.resource_changes !== undefined &&
        doc.resource_changes !== null) {
        throw new PlanFormatError(`${source}: 'resource_changes' is not a list; is this a plan JSON file?`);
    }
    const outputs = [];
    if (isObject(doc.output_changes)) {
        for (const [name, change] of Object.entries(doc.output_changes))
            outputs.push({ name, ...readChange(change) });
    }
    outputs.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    return {
        source,
        format_version: fv,
        terraform_version: str(doc.terraform_version),
        errored: doc.errored === true,
        complete: typeof doc.complete === 'boolean' ? doc.complete : undefined,
        applyable: typeof doc.applyable === 'boolean' ? doc.applyable : undefined,
        deferred: Array.isArray(doc.deferred_changes) ? doc.deferred_changes.length : 0,
        resource_changes: readResourceChanges(doc.resource_changes, source, 'resource_changes'),
        resource_drift: readResourceChanges(doc.resource_drift, source, 'resource_drift'),
        output_changes: outputs,
        raw: doc,
    };
}
/** Parses plan JSON text; `source` names the file in every error. */
function parsePlan(text, source) {
    let doc;
    try {
        doc = JSON.parse(text);
    }
    catch (e) {
        const why = (0, errors_js_1.errorMessage)(e);
        throw new PlanFormatError(`${source}: not valid JSON (${why}); expected the output of 'terraform show -json'.`);
    }
    return planFromJson(doc, source);
}
function readPlanFile(file) {
    let text;
    try {
        text = (0, node_fs_1.readFileSync)(file, 'utf8');
    }
    catch (e) {
        const code = e.code;
        throw new PlanFormatError(`${file}: cannot read the plan JSON (${code ?? String(e)}).`);
    }
    return parsePlan(text, file);
}
/** `module.a.module.b` for `module.a.module.b.aws_x.y[0]`; '' for the root module. */
function moduleOf(rc) {
    if (rc.module_address !== undefined)
        return rc.module_address;
    const m = /^((?:module\.[^.[\]]+(?:\[[^\]]*\])?\.)*)/.exec(rc.address);
    return m && m[1] ? m[1].replace(/\.$/, '') : '';
}


/***/ })

};
