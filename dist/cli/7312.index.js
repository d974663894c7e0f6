export const id = 7312;
export const ids = [7312];
export const modules = {

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


/***/ })

};
