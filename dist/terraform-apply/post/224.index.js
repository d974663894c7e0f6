export const id = 224;
export const ids = [224,80];
export const modules = {

/***/ 240:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.judgeApproval = judgeApproval;
exports.judgeBinding = judgeBinding;
exports.judgeMerge = judgeMerge;
exports.readApprovalFacts = readApprovalFacts;
const WRITE = new Set(['admin', 'maintain', 'write']);
function short(sha) {
    return sha ? sha.slice(0, 12) : '(unknown)';
}
/** The latest review of each reviewer that carries a verdict (COMMENTED and PENDING do not change one). */
function latestVerdicts(reviews) {
    const latest = new Map();
    const sorted = [...reviews].sort((a, b) => (a.submittedAt ?? '').localeCompare(b.submittedAt ?? ''));
    for (const r of sorted) {
        if (r.state === 'APPROVED' || r.state === 'CHANGES_REQUESTED' || r.state === 'DISMISSED') {
            latest.set(r.user.toLowerCase(), r);
        }
    }
    return latest;
}
/**
 * Undefined when the plan is approved; otherwise the one line saying which rule failed and what to do. When
 * several approvals fail, the newest one's reason is given (it is the one closest to counting).
 */
function judgeApproval(plan, f) {
    const pr = `#${f.pull.number}`;
    if (plan.sha && f.pull.headSha !== plan.sha) {
        return (`Pull request ${pr} has commits after the planned one (planned ${short(plan.sha)}, head ${short(f.pull.headSha)}); ` +
            'run terraform-plan again and have the new plan approved.');
    }
    const verdicts = latestVerdicts(f.reviews);
    const changes = [...verdicts.values()].filter((r) => r.state === 'CHANGES_REQUESTED' && WRITE.has(f.permissions.get(r.user.toLowerCase()) ?? ''));
    if (changes.length > 0) {
        return `${changes.map((r) => r.user).join(', ')} requested changes on pull request ${pr}; the plan is not approved.`;
    }
    const approvals = f.reviews
        .filter((r) => r.state === 'APPROVED' || r.state === 'DISMISSED')
        .sort((a, b) => (b.submittedAt ?? '').localeCompare(a.submittedAt ?? ''));
    if (approvals.length === 0) {
        return (`Pull request ${pr} has no approving review. A reviewer with write access must approve it after the plan ` +
            'comment was written.');
    }
    const reasons = [];
    for (const r of approvals) {
        const why = rejectApproval(plan, f, r, verdicts);
        if (!why)
            return undefined;
        reasons.push(why);
    }
    return reasons[0];
}
function rejectApproval(plan, f, r, verdicts) {
    const pr = `#${f.pull.number}`;
    if (r.state === 'DISMISSED')
        return `The approval by ${r.user} on ${pr} was dismissed; re-approve.`;
    if (verdicts.get(r.user.toLowerCase()) !== r && verdicts.get(r.user.toLowerCase())?.state === 'DISMISSED') {
        return `The approval by ${r.user} on ${pr} was dismissed; re-approve.`;
    }
    if (r.user.toLowerCase() === f.pull.author.toLowerCase()) {
        return `Pull request ${pr} is approved only by its author, ${r.user}; another reviewer with write access must approve it.`;
    }
    if (f.committers.has(r.user.toLowerCase())) {
        return (`The approval by ${r.user} on ${pr} does not count: ${r.user} wrote commits in it; another reviewer with ` +
            'write access must approve it.');
    }
    const permission = f.permissions.get(r.user.toLowerCase()) ?? 'none';
    if (!WRITE.has(permission)) {
        return (`${r.user} approved ${pr} but has '${permission}' permission on ${plan.repo}; an approval counts only from ` +
            'someone with write, maintain or admin permission.');
    }
    if (plan.sha && r.commitId !== plan.sha) {
        return (`The approval by ${r.user} on ${pr} is for commit ${short(r.commitId)}, but the plan is of commit ` +
            `${short(plan.sha)}; re-approve.`);
    }
    if (!plan.writtenAt || !r.submittedAt || Date.parse(r.submittedAt) <= Date.parse(plan.writtenAt)) {
        return (`Plan comment on ${pr} was written after the approval by ${r.user} (plan ${plan.writtenAt ?? 'time unknown'}, ` +
            `approval ${r.submittedAt ?? 'time unknown'}); review the plan and re-approve.`);
    }
    return undefined;
}
/**
 * The run is applying this pull request's code: on `push` its merge commit; on a pull request event its head;
 * on any other event (`workflow_dispatch`) its head while it is open, its merge commit once merged, nothing
 * once it was closed without merging.
 */
function judgeBinding(pull, run) {
    if (run.eventName === 'push')
        return judgeMerge(pull, run.sha);
    if (run.eventName === 'pull_request' || run.eventName === 'pull_request_target') {
        return run.headSha === pull.headSha
            ? undefined
            : `This run is for commit ${short(run.headSha)}, but pull request #${pull.number}'s head is ${short(pull.headSha)}.`;
    }
    if (pull.merged)
        return judgeMerge(pull, run.sha);
    if (pull.state !== 'open') {
        return `Pull request #${pull.number} was closed without being merged; its plan is not applied.`;
    }
    return run.sha === pull.headSha
        ? undefined
        : `This run checked out ${short(run.sha)}, but pull request #${pull.number}'s head is ${short(pull.headSha)}; ` +
            "dispatch the workflow on the pull request's branch.";
}
/** On `push`: undefined when the pull request was merged as `sha`; otherwise why not. */
function judgeMerge(pull, sha) {
    if (!pull.merged) {
        return `Pull request #${pull.number} is not merged (state: ${pull.state}); a push applies only the plan of a merged pull request.`;
    }
    if (pull.mergeCommitSha !== sha) {
        return (`Commit ${short(sha)} is not the merge commit of pull request #${pull.number} (merged as ` +
            `${short(pull.mergeCommitSha)}); nothing from another commit is applied.`);
    }
    return undefined;
}
/** Reads the pull request, every review, and the permission of each reviewer who approved. */
async function readApprovalFacts(api, repo, number) {
    const p = (await api.rest.pulls.get({ ...repo, pull_number: number })).data;
    const reviews = [];
    const pages = api.paginate.iterator(api.rest.pulls.listReviews, {
        ...repo,
        pull_number: number,
        per_page: 100,
    });
    for await (const page of pages) {
        for (const r of page.data) {
            if (!r.user?.login)
                continue;
            reviews.push({
                user: r.user.login,
                state: r.state,
                commitId: r.commit_id ?? undefined,
                submittedAt: r.submitted_at,
            });
        }
    }
    const committers = new Set();
    const commits = api.paginate.iterator(api.rest.pulls.listCommits, {
        ...repo,
        pull_number: number,
        per_page: 100,
    });
    for await (const page of commits) {
        for (const c of page.data) {
            for (const who of [c.author?.login, c.committer?.login])
                if (who)
                    committers.add(who.toLowerCase());
        }
    }
    // GitHub's own identity commits merges and web edits; it is nobody's second pair of eyes to exclude.
    committers.delete('web-flow');
    const permissions = new Map();
    const who = new Set(reviews
        .filter((r) => r.state === 'APPROVED' || r.state === 'CHANGES_REQUESTED')
        .map((r) => r.user.toLowerCase()));
    for (const login of who) {
        const r = await api.rest.repos.getCollaboratorPermissionLevel({ ...repo, username: login });
        const d = r.data;
        // role_name tells maintain from write and triage from read; permission is the coarse legacy value.
        permissions.set(login, d.role_name || d.permission || 'none');
    }
    return {
        pull: {
            number: p.number,
            author: p.user?.login ?? '',
            headSha: p.head.sha,
            state: p.state,
            merged: p.merged ?? Boolean(p.merged_at),
            mergeCommitSha: p.merge_commit_sha ?? undefined,
        },
        reviews,
        permissions,
        committers,
    };
}


/***/ }),

/***/ 2080:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.GitHubUnreachable = void 0;
exports.retryDelay = retryDelay;
exports.createGitHubApi = createGitHubApi;
exports.networkReason = networkReason;
exports.isRateLimit = isRateLimit;
exports.httpStatus = httpStatus;
const clock_js_1 = __webpack_require__(4517);
const errors_js_1 = __webpack_require__(7268);
/** GitHub could not be reached at all (every attempt failed before an HTTP answer). */
class GitHubUnreachable extends errors_js_1.ToolError {
    baseUrl;
    reason;
    attempts;
    constructor(baseUrl, reason, attempts) {
        super(`GitHub at ${baseUrl} could not be reached (${reason}) after ${attempts} attempts.`);
        this.baseUrl = baseUrl;
        this.reason = reason;
        this.attempts = attempts;
    }
}
exports.GitHubUnreachable = GitHubUnreachable;
const BACKOFF_MS = [1_000, 2_000, 4_000, 8_000];
const MAX_RATE_LIMIT_WAIT_MS = 60_000;
const IDEMPOTENT = new Set(['GET', 'HEAD', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);
/** The wait before the next attempt, or undefined to give up. */
function retryDelay(error, attempt, now, attempts) {
    if (attempt >= attempts)
        return undefined;
    const e = (error ?? {});
    const method = (e.request?.method ?? 'GET').toUpperCase();
    const graphql = /\/graphql$/.test(e.request?.url ?? '');
    const headers = e.response?.headers ?? {};
    if (!e.response)
        return BACKOFF_MS[attempt - 1] ?? 8_000; // never reached GitHub: safe for any method
    const status = e.status ?? 0;
    if (isRateLimit(e)) {
        const after = Number(headers['retry-after']);
        const reset = Number(headers['x-ratelimit-reset']);
        const wait = Number.isFinite(after) && after > 0 ? after * 1000 : Number.isFinite(reset) ? reset * 1000 - now : NaN;
        if (!Number.isFinite(wait) || wait > MAX_RATE_LIMIT_WAIT_MS)
            return undefined;
        return Math.max(wait, 1_000);
    }
    if (status >= 500 && (IDEMPOTENT.has(method) || graphql))
        return BACKOFF_MS[attempt - 1] ?? 8_000;
    return undefined;
}
async function createGitHubApi(token, baseUrl, opts = {}) {
    const { getOctokit: make } = await __webpack_require__.e(/* import() */ 157).then(__webpack_require__.bind(__webpack_require__, 157));
    const api = make(token, { baseUrl, request: { retries: 0 } });
    const sleep = opts.sleep ?? clock_js_1.realClock.sleep;
    const now = opts.now ?? Date.now;
    const attempts = opts.attempts ?? 4;
    api.hook.wrap('request', async (request, options) => {
        const signal = options.request?.signal;
        for (let attempt = 1;; attempt++) {
            try {
                return await request(options);
            }
            catch (e) {
                const delay = signal?.aborted ? undefined : retryDelay(e, attempt, now(), attempts);
                if (delay === undefined) {
                    if (!e.response && httpStatus(e) !== undefined) {
                        throw new GitHubUnreachable(baseUrl, networkReason(e), attempt);
                    }
                    throw e;
                }
                await sleep(delay, signal);
            }
        }
    });
    return api;
}
/**
 * Why a request never got an answer: the innermost cause (`connect ECONNREFUSED 127.0.0.1:1`, `getaddrinfo
 * ENOTFOUND api.example`), not fetch's "fetch failed" or Octokit's wrapper message.
 */
function networkReason(error) {
    let e = error;
    for (let depth = 0; depth < 5; depth++) {
        const next = e?.cause;
        const inner = Array.isArray(e?.errors)
            ? e.errors[0]
            : undefined;
        if (inner !== undefined && next === undefined)
            e = inner;
        else if (next !== undefined && next !== null)
            e = next;
        else
            break;
    }
    return (0, errors_js_1.errorMessage)(e) || (0, errors_js_1.errorMessage)(error);
}
/** True for GitHub's "rate limit exhausted" answers (primary: remaining 0; secondary: retry-after). */
function isRateLimit(error) {
    const e = (error ?? {});
    const h = e.response?.headers ?? {};
    return (e.status === 429 ||
        (e.status === 403 && (h['x-ratelimit-remaining'] === '0' || Boolean(h['retry-after']))));
}
/** The HTTP status of an Octokit RequestError, or undefined. */
function httpStatus(error) {
    if (error && typeof error === 'object' && 'status' in error) {
        const s = error.status;
        return typeof s === 'number' ? s : undefined;
    }
    return undefined;
}


/***/ }),

/***/ 7949:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.GITHUB_ACTIONS_LOGIN = void 0;
exports.authoredBy = authoredBy;
exports.hasMarker = hasMarker;
exports.partKey = partKey;
exports.listComments = listComments;
exports.findComment = findComment;
exports.minimizeComment = minimizeComment;
exports.upsertComment = upsertComment;
exports.commentEditors = commentEditors;
exports.editComment = editComment;
/**
 * Whose markers to believe: only comments written by one of `logins` — Keelson's own identity, the token that
 * posts the plans (`github-actions[bot]` for GITHUB_TOKEN, `<app-slug>[bot]` for a GitHub App token). Never a
 * human, whatever their association: an org member or a read-only collaborator can comment, not vouch.
 */
function authoredBy(logins) {
    const allowed = new Set(logins.map((l) => l.toLowerCase()));
    return (c) => {
        const login = c.user?.login?.toLowerCase();
        if (!login || !allowed.has(login))
            return false;
        // A login ending in [bot] exists only for GitHub Apps; a human account cannot take one.
        return !login.endsWith('[bot]') || c.user?.type === 'Bot';
    };
}
/** The default `trusted-plan-authors`: the identity of the workflow's GITHUB_TOKEN. */
exports.GITHUB_ACTIONS_LOGIN = 'github-actions[bot]';
/** True when the body starts with the marker of `key` (only the first line counts: text below is content). */
function hasMarker(body, key) {
    if (!body)
        return false;
    const open = `<!-- ${key}`;
    if (!body.startsWith(open))
        return false;
    const next = body.charAt(open.length);
    return next === ' ' || next === '\n';
}
/** The key of continuation parts: the first word gets `-part` (`keelson:terraform-plan-part label=prod`). */
function partKey(key) {
    return key.replace(/^(\S+)/, '$1-part');
}
function partMarker(key, part, of) {
    return `<!-- ${partKey(key)} part=${part} of=${of} -->`;
}
function readPart(body, key) {
    if (!hasMarker(body, partKey(key)))
        return undefined;
    const m = new RegExp(`<!-- ${escape(partKey(key))} part=(\\d+) of=(\\d+) -->`).exec(body ?? '');
    return m ? { part: Number(m[1]), of: Number(m[2]) } : undefined;
}
function escape(s) {
    return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
/** Every comment of the issue, oldest first, following the Link header through every page. */
async function listComments(api, issue) {
    const all = [];
    const pages = api.paginate.iterator(api.rest.issues.listComments, {
        owner: issue.owner,
        repo: issue.repo,
        issue_number: issue.number,
        per_page: 100,
    });
    for await (const page of pages)
        all.push(...page.data);
    return all;
}
/** The newest trusted comment carrying the marker `key`, or undefined. */
async function findComment(api, issue, key, trust) {
    const all = await listComments(api, issue);
    return findIn(all, key, trust);
}
function findIn(all, key, trust) {
    for (let i = all.length - 1; i >= 0; i--) {
        const c = all[i];
        if (hasMarker(c.body, key) && trust(c))
            return c;
    }
    return undefined;
}
const MINIMIZE = `mutation($id: ID!, $classifier: ReportedContentClassifiers!) {
  minimizeComment(input: { subjectId: $id, classifier: $classifier }) { minimizedComment { isMinimized } }
}`;
async function minimizeComment(api, nodeId, classifier = 'OUTDATED') {
    await api.graphql(MINIMIZE, { id: nodeId, classifier });
}
/**
 * Creates or updates the comment for `key`. With `recreate`, the previous main comment and its parts are
 * minimized as OUTDATED before the new ones are posted.
 */
async function upsertComment(api, issue, o) {
    const trust = o.trust;
    const all = await listComments(api, issue);
    const existing = findIn(all, o.key, trust);
    const base = { owner: issue.owner, repo: issue.repo };
    const adjusted = o.adjust?.(existing);
    if (adjusted)
        o = { ...o, body: adjusted.body, parts: adjusted.parts };
    const wanted = o.parts ?? [];
    const oldParts = existing
        ? all
            .filter((c) => trust(c) && readPart(c.body, o.key)?.of === existing.id)
            .sort((a, b) => (readPart(a.body, o.key)?.part ?? 0) - (readPart(b.body, o.key)?.part ?? 0))
        : [];
    let main;
    let action;
    if (existing && o.mode === 'update') {
        if (existing.body === o.body) {
            main = existing;
            action = 'unchanged';
        }
        else {
            main = (await api.rest.issues.updateComment({ ...base, comment_id: existing.id, body: o.body }))
                .data;
            action = 'updated';
        }
    }
    else {
        if (existing) {
            for (const c of [existing, ...oldParts])
                await minimizeComment(api, c.node_id, 'OUTDATED');
        }
        main = (await api.rest.issues.createComment({ ...base, issue_number: issue.number, body: o.body }))
            .data;
        action = existing ? 'recreated' : 'created';
    }
    const partUrls = [];
    const reuse = action === 'recreated' ? [] : oldParts;
    for (let i = 0; i < wanted.length; i++) {
        const body = `${partMarker(o.key, i + 2, main.id)}\n${wanted[i]}`;
        const old = reuse[i];
        if (old && old.body === body) {
            partUrls.push(old.html_url);
        }
        else if (old) {
            const r = await api.rest.issues.updateComment({ ...base, comment_id: old.id, body });
            partUrls.push(r.data.html_url);
        }
        else {
            const r = await api.rest.issues.createComment({ ...base, issue_number: issue.number, body });
            partUrls.push(r.data.html_url);
        }
    }
    for (const stale of reuse.slice(wanted.length)) {
        await api.rest.issues.deleteComment({ ...base, comment_id: stale.id });
    }
    return { id: main.id, url: main.html_url, action, partUrls };
}
const EDITS = `query($id: ID!) {
  node(id: $id) {
    ... on IssueComment {
      userContentEdits(first: 100) { totalCount nodes { editedAt editor { __typename login } } }
    }
  }
}`;
/**
 * Who has written each version of a comment (GraphQL \`userContentEdits\`), as REST logins: a GitHub App's
 * GraphQL login has no \`[bot]\` suffix, so it is added back for Bots. A deleted account is \`ghost\`.
 */
async function commentEditors(api, nodeId) {
    const r = await api.graphql(EDITS, { id: nodeId });
    const edits = r.node?.userContentEdits;
    if (!edits)
        return [];
    if (edits.totalCount > edits.nodes.length) {
        // More edits than one page holds: not ours (Keelson edits a comment once per plan and once per apply).
        return [{ login: `(${edits.totalCount} edits)`, editedAt: '' }];
    }
    return edits.nodes
        .filter((n) => n !== null)
        .map((n) => ({
        login: !n.editor ? 'ghost' : n.editor.__typename === 'Bot' ? `${n.editor.login}[bot]` : n.editor.login,
        editedAt: n.editedAt,
    }));
}
/** Replaces the body of one comment (keeps its parts). */
async function editComment(api, issue, id, body) {
    const r = await api.rest.issues.updateComment({
        owner: issue.owner,
        repo: issue.repo,
        comment_id: id,
        body,
    });
    return r.data;
}


/***/ }),

/***/ 1119:
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

/***/ 4224:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.findMergedPull = findMergedPull;
exports.runTerraformApply = runTerraformApply;
const errors_js_1 = __webpack_require__(7268);
const mask_js_1 = __webpack_require__(6043);
const summary_js_1 = __webpack_require__(1119);
const clock_js_1 = __webpack_require__(4517);
const approval_js_1 = __webpack_require__(240);
const comments_js_1 = __webpack_require__(7949);
const counts_js_1 = __webpack_require__(5758);
const hash_js_1 = __webpack_require__(4174);
const diff_js_1 = __webpack_require__(8397);
const plan_file_js_1 = __webpack_require__(832);
const plan_run_js_1 = __webpack_require__(609);
const report_js_1 = __webpack_require__(7312);
const render_js_1 = __webpack_require__(6546);
const secrets_js_1 = __webpack_require__(7733);
const node_fs_1 = __webpack_require__(3024);
const node_path_1 = __webpack_require__(6760);
const settings_js_1 = __webpack_require__(2947);
/**
 * The pull request merged as `sha` (GET /repos/{owner}/{repo}/commits/{sha}/pulls): only one whose merge
 * commit is `sha` counts; any other association (an open pull request containing the commit) does not.
 */
async function findMergedPull(api, owner, repo, sha) {
    const r = await api.rest.repos.listPullRequestsAssociatedWithCommit({
        owner,
        repo,
        commit_sha: sha,
        per_page: 100,
    });
    const pulls = r.data;
    return pulls.find((p) => p.merged_at && p.merge_commit_sha === sha)?.number;
}
async function findReview(s, deps, api) {
    const { ctx, log } = deps;
    const unreviewed = (why) => {
        if (!s.allowUnreviewed) {
            throw new errors_js_1.PolicyError(`${why} Nothing was applied. Run terraform-plan on the pull request first, or set allow-unreviewed.`);
        }
        log.warning(`${why} Applying anyway: allow-unreviewed is true.`);
        return undefined;
    };
    if (!api || !ctx.repo)
        return unreviewed("No reviewed plan can be looked up: no 'github-token' or repository.");
    let number = s.prNumber;
    if (number === undefined && ctx.prNumber !== undefined)
        number = ctx.prNumber;
    if (number === undefined) {
        if (!ctx.sha)
            return unreviewed('No pull request to look up: no pr-number and no GITHUB_SHA.');
        const repo = ctx.repo;
        try {
            number = await findMergedPull(api, repo.owner, repo.repo, ctx.sha);
        }
        catch (e) {
            throw (0, plan_run_js_1.githubError)(`find the pull request of commit ${ctx.sha}`, e);
        }
        if (number === undefined) {
            return unreviewed(`Commit ${ctx.sha.slice(0, 12)} is not the merge commit of a merged pull request; set pr-number for this run.`);
        }
        log.info(`Commit ${ctx.sha.slice(0, 12)} is the merge of pull request #${number}.`);
    }
    const issue = { ...ctx.repo, number };
    const trusted = (0, comments_js_1.authoredBy)(s.trustedPlanAuthors);
    let comment;
    try {
        comment = await (0, comments_js_1.findComment)(api, issue, (0, render_js_1.markerKey)(s.label), trusted);
    }
    catch (e) {
        throw (0, plan_run_js_1.githubError)(`read the comments of pull request #${number}`, e);
    }
    const marker = comment?.body ? (0, render_js_1.readMarker)(comment.body, s.label) : undefined;
    if (!comment || !marker) {
        return unreviewed(`No plan comment for label '${s.label}' by ${s.trustedPlanAuthors.join(' or ')} on pull request #${number}.`);
    }
    if (!/^[0-9a-f]{64}$/.test(marker.hash)) {
        throw new errors_js_1.PolicyError(`The last plan for label '${s.label}' on pull request #${number} failed, so there is no reviewed plan to apply. ` +
            'Nothing was applied.');
    }
    let editors;
    try {
        editors = await (0, comments_js_1.commentEditors)(api, comment.node_id);
    }
    catch (e) {
        throw (0, plan_run_js_1.githubError)(`read the edit history of the plan comment on #${number}`, e);
    }
    const stranger = editors.find((e) => !s.trustedPlanAuthors.includes(e.login.toLowerCase()));
    if (stranger) {
        throw new errors_js_1.PolicyError(stranger.login.startsWith('(')
            ? `The plan comment on #${number} has more edits than Keelson can check ${stranger.login}; run terraform-plan with comment: recreate. Nothing was applied.`
            : `The plan comment on #${number} was edited by ${stranger.login}, who is not a trusted plan author; ` +
                'run terraform-plan again so the comment is Keelson’s own. Nothing was applied.');
    }
    log.info(`Reviewed plan for '${s.label}': pull request #${number}, plan hash ${marker.hash} (${comment.html_url}).`);
    const times = [comment.created_at, comment.updated_at, ...editors.map((e) => e.editedAt)].filter((t) => Boolean(t) && Number.isFinite(Date.parse(t)));
    const writtenAt = times.sort((a, b) => Date.parse(a) - Date.parse(b)).at(-1);
    return { issue, comment, marker, writtenAt };
}
/** The approval and merge rules; throws a PolicyError naming the rule that failed. */
async function checkApproval(s, deps, api, review) {
    const { ctx, log } = deps;
    const repo = ctx.repo;
    let facts;
    try {
        facts = await (0, approval_js_1.readApprovalFacts)(api, repo, review.issue.number);
    }
    catch (e) {
        throw (0, plan_run_js_1.githubError)(`read the reviews of pull request #${review.issue.number}`, e);
    }
    const refuse = (why) => {
        throw new errors_js_1.PolicyError(`${why} Nothing was applied.`);
    };
    const bound = (0, approval_js_1.judgeBinding)(facts.pull, {
        eventName: ctx.eventName,
        sha: ctx.sha,
        headSha: ctx.headSha,
    });
    if (bound)
        refuse(bound);
    if (!s.requireApproval) {
        log.warning('require-approval is false: the pull request’s reviews were not checked.');
        return;
    }
    const why = (0, approval_js_1.judgeApproval)({ repo: `${repo.owner}/${repo.repo}`, sha: review.marker.sha, writtenAt: review.writtenAt }, facts);
    if (why)
        refuse(why);
    log.info(`Pull request #${review.issue.number} is approved for commit ${review.marker.sha?.slice(0, 12)}.`);
}
/** The plan file to apply: decrypted when encrypted, checked against the digest the comment records. */
function planFileToApply(s, review, tempDir) {
    const given = s.planFile;
    let file = given;
    const encrypted = (0, plan_file_js_1.isEncrypted)((0, node_fs_1.readFileSync)(given).subarray(0, 32));
    if (encrypted && !s.planEncryptionKey) {
        throw new errors_js_1.PolicyError(`The plan file '${given}' is encrypted; set 'plan-encryption-key' to the key the plan job used. Nothing was applied.`);
    }
    if (s.planEncryptionKey) {
        file = (0, node_path_1.join)(tempDir, `${(0, settings_js_1.labelFileName)(s.label)}.apply.tfplan`);
        (0, plan_file_js_1.decryptPlanFile)(given, s.planEncryptionKey, file);
    }
    else {
        (0, plan_file_js_1.protect)(given);
    }
    if (review) {
        const expected = review.marker.planSha256;
        if (!expected) {
            throw new errors_js_1.PolicyError(`The plan comment on #${review.issue.number} records no plan file digest, so '${given}' cannot be checked; ` +
                'run terraform-plan again. Nothing was applied.');
        }
        const actual = (0, plan_file_js_1.sha256File)(file);
        if (actual !== expected) {
            throw new errors_js_1.PolicyError(`The plan file '${given}' is not the one reviewed on #${review.issue.number}: its SHA-256 is ${actual}, the ` +
                `comment records ${expected}. Nothing was applied.`);
        }
    }
    return file;
}
async function runTerraformApply(s, deps) {
    const { log } = deps;
    const clock = deps.clock ?? clock_js_1.realClock;
    log.setSecret(s.githubToken);
    log.setSecret(s.planEncryptionKey);
    const api = s.githubToken && deps.ctx.repo ? await deps.github(s.githubToken, deps.ctx.apiUrl) : undefined;
    const review = await findReview(s, deps, api);
    if (review && api)
        await checkApproval(s, deps, api, review);
    const p = await (0, plan_run_js_1.prepare)(s, deps);
    const cleanup = [];
    let planFile;
    if (s.planFile) {
        planFile = planFileToApply(s, review, p.tempDir);
        if (planFile !== s.planFile)
            cleanup.push(planFile);
    }
    else {
        const fresh = await (0, plan_run_js_1.planToFile)(s, p, log);
        p.log.add(`${p.tf.tool} plan`, fresh.output);
        planFile = fresh.planFile;
        cleanup.push(planFile);
    }
    const planned = await (0, plan_run_js_1.readSavedPlan)(planFile, p, log, false);
    cleanup.push(planned.jsonFile);
    const { manifest, counts } = planned;
    const tool = p.tf.tool;
    const base = { tool, runUrl: deps.ctx.runUrl };
    const report = { plan: planned.plan, counts, manifest, label: s.label, tool, runUrl: deps.ctx.runUrl };
    const keep = [manifest.hash, manifest.hash.slice(0, 12)];
    const summary = [];
    const outputs = (applied, commentUrl) => ({
        applied,
        ...(0, plan_run_js_1.countOutputs)(counts),
        'plan-hash': manifest.hash,
        'pr-number': review ? String(review.issue.number) : '',
        'comment-url': commentUrl,
    });
    const record = async (result) => {
        const status = (0, report_js_1.renderApplyStatus)(result);
        summary.push({ markdown: (0, report_js_1.renderSummary)({ ...report, status }), keep });
        if (!review || !api || s.comment === 'off')
            return review?.comment.html_url ?? '';
        // A comment of its own, never an edit of the plan comment: GitHub's time of the plan comment's last write
        // is what an approval must follow, so apply leaves that comment exactly as it was reviewed.
        const prose = `## ${(0, render_js_1.toolTitle)(tool)} apply: \`${s.label}\`\n\n${status}\n\n` +
            `The reviewed plan: [plan comment](${review.comment.html_url}).\n`;
        const posted = await (0, plan_run_js_1.commentSafely)(log, 'write the apply result', review.issue, () => (0, comments_js_1.upsertComment)(api, review.issue, {
            key: (0, render_js_1.applyMarkerKey)(s.label),
            body: `${(0, render_js_1.applyMarker)(s.label, manifest.hash)}\n${(0, mask_js_1.maskExcept)(log, prose, keep)}`,
            parts: [],
            mode: 'update',
            trust: (0, comments_js_1.authoredBy)(s.trustedPlanAuthors),
        }));
        return posted?.url ?? review.comment.html_url;
    };
    if (review && review.marker.hash !== manifest.hash) {
        const reviewed = (0, diff_js_1.decodeManifest)((0, render_js_1.readManifestText)(review.comment.body ?? '') ?? '');
        const details = reviewed && reviewed.hash === review.marker.hash
            ? (0, diff_js_1.formatDiff)((0, diff_js_1.diffManifests)(reviewed, manifest.detailed ? manifest : (0, hash_js_1.hashPlan)(planned.plan)), review.marker.hash, manifest.hash)
            : `Reviewed plan hash: ${review.marker.hash}\nCurrent plan hash:  ${manifest.hash}\n\n` +
                'The reviewed comment keeps no list of its resources (the plan was too large), so only the current plan ' +
                `can be described: ${(0, counts_js_1.planLine)(counts)}`;
        const message = `The plan for '${s.label}' differs from the one reviewed on pull request #${review.issue.number}; nothing was applied. ` +
            'Run terraform-plan again and review the new plan.';
        summary.push({ markdown: `### Plan changed since review\n\n${(0, summary_js_1.codeBlock)(details)}\n`, keep: [] });
        const url = await record({
            ...base,
            state: 'refused',
            message: 'The differences are in the job summary.',
        });
        return {
            planned,
            review,
            outputs: outputs(false, url),
            summary,
            cleanup,
            failure: new errors_js_1.PolicyError(message, details),
        };
    }
    log.info(review
        ? `Plan matches the reviewed plan (${manifest.hash}); applying.`
        : `Applying unreviewed plan ${manifest.hash}.`);
    const started = clock.now();
    let out;
    try {
        out = await p.tf.apply(planFile, { parallelism: s.parallelism, lockTimeout: s.lockTimeout });
    }
    catch (e) {
        const message = e instanceof errors_js_1.ToolError ? e.message.split('\n').slice(-10).join('\n') : undefined;
        const url = await record({ ...base, state: 'failed', durationMs: clock.now() - started, message });
        return { planned, review, outputs: outputs(false, url), summary, cleanup, failure: e };
    }
    const durationMs = clock.now() - started;
    // Outputs first: a sensitive output known only after apply is registered before the apply log is printed.
    const values = await readOutputs(p.tf, log);
    await log.group(`${tool} apply`, async () => {
        log.info((out.stdout + out.stderr).replace(/\s+$/, ''));
    });
    const result = { ...base, state: 'applied', durationMs, outputs: values };
    const url = await record(result);
    return { planned, review, result, outputs: outputs(true, url), summary, cleanup };
}
/** Output values after apply; sensitive ones are registered as secrets and shown as (sensitive). */
async function readOutputs(tf, log) {
    let values;
    try {
        values = await tf.outputs();
    }
    catch (e) {
        log.warning(`Could not read the outputs after apply: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
        return [];
    }
    const out = [];
    for (const [name, o] of Object.entries(values).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
        if (o.sensitive) {
            (0, secrets_js_1.registerValues)(log, leafStrings(o.value));
            out.push({ name, value: undefined });
        }
        else {
            out.push({ name, value: typeof o.value === 'string' ? o.value : JSON.stringify(o.value) });
        }
    }
    return out;
}
function leafStrings(v, out = []) {
    if (typeof v === 'string')
        out.push(v);
    else if (typeof v === 'number')
        out.push(String(v));
    else if (Array.isArray(v))
        for (const x of v)
            leafStrings(x, out);
    else if (v && typeof v === 'object')
        for (const x of Object.values(v))
            leafStrings(x, out);
    return out;
}


/***/ }),

/***/ 5758:
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

/***/ 8397:
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
const node_zlib_1 = __webpack_require__(8522);
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

/***/ 4174:
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
const node_crypto_1 = __webpack_require__(7598);
const counts_js_1 = __webpack_require__(5758);
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

/***/ 832:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.sha256File = sha256File;
exports.protect = protect;
exports.isEncrypted = isEncrypted;
exports.encryptPlanFile = encryptPlanFile;
exports.decryptPlanFile = decryptPlanFile;
/**
 * The saved plan file between the plan job and the apply job. A `.tfplan` holds every value of the plan in
 * clear, sensitive ones included, so it is written 0600, removed by the post step, and — for an artifact that
 * anyone who can read the repository can download — encrypted with a key from the repository's secrets.
 *
 * The PR comment records the SHA-256 of the plain plan file; apply refuses a file whose digest differs.
 *
 * Encrypted format (`.tfplan.enc`): the ASCII magic `KEELSON-TFPLAN-1\n`, a 16-byte scrypt salt, a 12-byte
 * AES-256-GCM nonce, the 16-byte GCM tag, then the ciphertext. The key is scrypt(secret, salt) — N=2^15, r=8,
 * p=1 — so a short passphrase is still costly to guess, and GCM refuses a file changed by a single bit.
 */
const node_crypto_1 = __webpack_require__(7598);
const node_fs_1 = __webpack_require__(3024);
const errors_js_1 = __webpack_require__(7268);
const MAGIC = Buffer.from('KEELSON-TFPLAN-1\n', 'ascii');
const SCRYPT = { N: 1 << 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 };
/** Magic, salt, nonce and tag: a file shorter than this was cut (a partial artifact download). */
const HEADER_BYTES = MAGIC.length + 16 + 12 + 16;
function sha256File(path) {
    return (0, node_crypto_1.createHash)('sha256').update((0, node_fs_1.readFileSync)(path)).digest('hex');
}
/** Makes the plan file readable by its owner only. */
function protect(path) {
    (0, node_fs_1.chmodSync)(path, 0o600);
}
function key(secret, salt) {
    return (0, node_crypto_1.scryptSync)(secret, salt, 32, SCRYPT);
}
function isEncrypted(data) {
    return data.subarray(0, MAGIC.length).equals(MAGIC);
}
/** Writes `<plan>.enc` (0600) and returns its path. */
function encryptPlanFile(path, secret) {
    const salt = (0, node_crypto_1.randomBytes)(16);
    const iv = (0, node_crypto_1.randomBytes)(12);
    const cipher = (0, node_crypto_1.createCipheriv)('aes-256-gcm', key(secret, salt), iv);
    const body = Buffer.concat([cipher.update((0, node_fs_1.readFileSync)(path)), cipher.final()]);
    const out = `${path}.enc`;
    (0, node_fs_1.writeFileSync)(out, Buffer.concat([MAGIC, salt, iv, cipher.getAuthTag(), body]), { mode: 0o600 });
    protect(out);
    return out;
}
/**
 * Decrypts an encrypted plan file into `target` (0600). A wrong key and a modified file are the same
 * refusal: GCM cannot tell them apart, and neither may be applied.
 */
function decryptPlanFile(path, secret, target) {
    const data = (0, node_fs_1.readFileSync)(path);
    if (!isEncrypted(data)) {
        throw new errors_js_1.PolicyError(`The plan file '${path}' is not encrypted, but 'plan-encryption-key' is set; nothing was applied. ` +
            'Pass the .tfplan.enc file the plan job wrote.');
    }
    let plain;
    try {
        if (data.length < HEADER_BYTES)
            throw new Error('shorter than its header');
        let at = MAGIC.length;
        const salt = data.subarray(at, (at += 16));
        const iv = data.subarray(at, (at += 12));
        const tag = data.subarray(at, (at += 16));
        // authTagLength pins the tag to 16 bytes: GCM would otherwise accept a 4-byte tag from a crafted file.
        const decipher = (0, node_crypto_1.createDecipheriv)('aes-256-gcm', key(secret, salt), iv, { authTagLength: 16 });
        decipher.setAuthTag(tag);
        plain = Buffer.concat([decipher.update(data.subarray(at)), decipher.final()]);
    }
    catch {
        throw new errors_js_1.PolicyError(`The encrypted plan file '${path}' could not be decrypted: the key differs from the plan job's, or the ` +
            'file was modified. Nothing was applied.');
    }
    (0, node_fs_1.writeFileSync)(target, plain, { mode: 0o600 });
    protect(target);
}


/***/ }),

/***/ 609:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.PlanFailed = void 0;
exports.prepare = prepare;
exports.varFiles = varFiles;
exports.planToFile = planToFile;
exports.readSavedPlan = readSavedPlan;
exports.isPullRequestEvent = isPullRequestEvent;
exports.githubError = githubError;
exports.commentSafely = commentSafely;
exports.countOutputs = countOutputs;
exports.runTerraformPlan = runTerraformPlan;
/**
 * terraform-plan: init, optional fmt/validate, plan to a saved file, read it back as JSON, register its secrets,
 * then report: the job summary (always) and, on pull requests, one comment per label whose hidden marker
 * records the plan hash, the planned commit, the plan file's SHA-256 and when it was written. Returns data;
 * the action's entry writes outputs and the summary.
 */
const node_fs_1 = __webpack_require__(3024);
const node_os_1 = __webpack_require__(8161);
const node_path_1 = __webpack_require__(6760);
const errors_js_1 = __webpack_require__(7268);
const mask_js_1 = __webpack_require__(6043);
const summary_js_1 = __webpack_require__(1119);
const client_js_1 = __webpack_require__(2080);
const comments_js_1 = __webpack_require__(7949);
const counts_js_1 = __webpack_require__(5758);
const plan_file_js_1 = __webpack_require__(832);
const plan_js_1 = __webpack_require__(5297);
const report_js_1 = __webpack_require__(7312);
const render_js_1 = __webpack_require__(6546);
const secrets_js_1 = __webpack_require__(7733);
const sensitive_js_1 = __webpack_require__(8108);
const settings_js_1 = __webpack_require__(2947);
const tool_js_1 = __webpack_require__(7064);
/** Registers the mask, finds the tool, runs init (+ workspace, fmt, validate). Output is held back. */
async function prepare(s, deps) {
    (0, secrets_js_1.registerMask)(deps.log, s.mask);
    deps.log.setSecret(s.githubToken);
    const tool = (0, tool_js_1.resolveTool)(s.tool, deps.env);
    const tf = (deps.terraform ?? tool_js_1.createTerraform)(tool, { cwd: s.path, env: deps.env, passEnv: s.passEnv });
    const held = new secrets_js_1.HeldLog(deps.log);
    const tempDir = deps.ctx.runnerTemp || (0, node_os_1.tmpdir)();
    (0, node_fs_1.mkdirSync)(tempDir, { recursive: true });
    const step = async (title, fn) => {
        deps.log.info(`${tool} ${title} (${s.label})…`);
        try {
            return await fn();
        }
        catch (e) {
            await held.flush();
            throw e;
        }
    };
    const init = await step('init', () => tf.init(s.backendConfig, s.lockTimeout));
    held.add(`${tool} init`, init.stdout + init.stderr);
    if (s.workspace !== 'default') {
        const ws = await step(`workspace select ${s.workspace}`, () => tf.selectWorkspace(s.workspace));
        held.add(`${tool} workspace select ${s.workspace}`, ws.stdout + ws.stderr);
    }
    if (s.fmtCheck) {
        const files = await step('fmt -check', () => tf.fmtCheck());
        if (files.length > 0) {
            await held.flush();
            throw new errors_js_1.PolicyError(`fmt-check: ${files.length} file${files.length === 1 ? ' is' : 's are'} not formatted: ${files.slice(0, 20).join(', ')}` +
                `${files.length > 20 ? ', …' : ''}. Run '${tool} fmt -recursive' and commit the result.`);
        }
    }
    if (s.validate) {
        const v = await step('validate', () => tf.validate());
        held.add(`${tool} validate`, v.stdout + v.stderr);
    }
    return { tf, log: held, tempDir };
}
/** `-var-file` for the `vars` input: written as JSON (never on the command line), readable only by us. */
function varFiles(s, tempDir) {
    if (Object.keys(s.vars).length === 0)
        return s.varFiles;
    const file = (0, node_path_1.join)(tempDir, `${(0, settings_js_1.labelFileName)(s.label)}.keelson.tfvars.json`);
    (0, node_fs_1.writeFileSync)(file, JSON.stringify(s.vars, null, 2), { mode: 0o600 });
    return [...s.varFiles, file];
}
/** Plans into `<temp>/<label>.tfplan` (0600); a failed plan is reported (summary, comment) by the caller. */
async function planToFile(s, p, log) {
    const planFile = (0, node_path_1.join)(p.tempDir, `${(0, settings_js_1.labelFileName)(s.label)}.tfplan`);
    log.info(`${p.tf.tool} plan (${s.label})…`);
    const r = await p.tf.plan({
        out: planFile,
        destroy: s.destroy,
        targets: s.targets,
        replace: s.replace,
        varFiles: varFiles(s, p.tempDir),
        parallelism: s.parallelism,
        lockTimeout: s.lockTimeout,
    });
    if (r.exitCode !== 0 && r.exitCode !== 2) {
        p.log.add(`${p.tf.tool} plan`, r.stdout + r.stderr);
        await p.log.flush();
        const tail = (r.stderr.trim() || r.stdout.trim()).split('\n').slice(-20).join('\n');
        throw new PlanFailed(`${p.tf.tool} plan failed with exit code ${r.exitCode}${tail ? `:\n${tail}` : ''}`, tail);
    }
    (0, plan_file_js_1.protect)(planFile);
    return { planFile, output: r.stdout + r.stderr };
}
class PlanFailed extends errors_js_1.ToolError {
    tail;
    constructor(message, tail) {
        super(message);
        this.tail = tail;
    }
}
exports.PlanFailed = PlanFailed;
/** Reads the saved plan as JSON, registers every sensitive value, then releases the held log. */
async function readSavedPlan(planFile, p, log, withText) {
    const json = await p.tf.showJson(planFile);
    const plan = (0, plan_js_1.parsePlan)(json, `${p.tf.tool} show -json ${planFile}`);
    (0, secrets_js_1.registerValues)(log, (0, sensitive_js_1.collectSensitive)(plan));
    await p.log.flush();
    const jsonFile = `${planFile}.json`;
    (0, node_fs_1.writeFileSync)(jsonFile, json, { mode: 0o600 });
    (0, plan_file_js_1.protect)(jsonFile);
    const planText = withText ? await p.tf.showText(planFile) : '';
    return { plan, json, jsonFile, planFile, counts: (0, counts_js_1.countPlan)(plan), manifest: (0, report_js_1.manifestFor)(plan), planText };
}
function isPullRequestEvent(ctx) {
    return ((ctx.eventName === 'pull_request' || ctx.eventName === 'pull_request_target') &&
        ctx.prNumber !== undefined);
}
/** The HTTP status of a REST error, or 403 for a GraphQL FORBIDDEN (GitHub answers those with HTTP 200). */
function statusOf(e) {
    const status = (0, client_js_1.httpStatus)(e);
    if (status !== undefined)
        return status;
    const errors = e && typeof e === 'object' && 'errors' in e ? e.errors : undefined;
    if (Array.isArray(errors) && errors.some((x) => x?.type === 'FORBIDDEN'))
        return 403;
    return undefined;
}
/** A GitHub API failure as one line naming what was being done (never "a bug in Keelson"). */
function githubError(what, e) {
    if (e instanceof client_js_1.GitHubUnreachable)
        return new errors_js_1.ToolError(`Could not ${what}: ${e.message}`);
    const status = statusOf(e);
    if (status === undefined)
        return e;
    const why = (0, errors_js_1.errorMessage)(e).split('\n')[0];
    return new errors_js_1.ToolError(`Could not ${what}: GitHub answered HTTP ${status} (${why}).`);
}
/**
 * Runs a comment operation; a token that may not write (fork PRs: 403) gives one warning, never a failure.
 * Any other API failure is one error line.
 */
async function commentSafely(log, what, issue, fn) {
    try {
        return await fn();
    }
    catch (e) {
        const status = statusOf(e);
        if ((status === 403 || status === 404 || status === 401) && !(0, client_js_1.isRateLimit)(e)) {
            log.warning(`Could not ${what} on pull request #${issue.number} (HTTP ${status}): the token cannot write comments here ` +
                '(a pull request from a fork gets a read-only token). The plan is in the job summary.');
            return undefined;
        }
        throw githubError(`${what} on pull request #${issue.number}`, e);
    }
}
/** The plan's counts as step outputs (shared by plan and apply). */
function countOutputs(counts) {
    const out = { changes: counts.changes };
    for (const k of counts_js_1.COUNT_FIELDS)
        out[k] = counts[k];
    return out;
}
async function runTerraformPlan(s, deps) {
    const { log } = deps;
    const p = await prepare(s, deps);
    const cleanup = [];
    let planFile;
    let output;
    try {
        ({ planFile, output } = await planToFile(s, p, log));
    }
    catch (e) {
        if (!(e instanceof PlanFailed))
            throw e;
        const summary = await reportFailure(s, deps, p.tf.tool, e.tail);
        return { outputs: {}, summary: [{ markdown: summary, keep: [] }], cleanup, failure: e };
    }
    cleanup.push(planFile);
    p.log.add(`${p.tf.tool} plan`, output);
    const planned = await readSavedPlan(planFile, p, log, true);
    cleanup.push(planned.jsonFile);
    const { counts, manifest } = planned;
    const planSha256 = (0, plan_file_js_1.sha256File)(planFile);
    let uploadFile = planFile;
    if (s.planEncryptionKey) {
        uploadFile = (0, plan_file_js_1.encryptPlanFile)(planFile, s.planEncryptionKey);
        cleanup.push(uploadFile);
    }
    log.info(`${s.label}: ${counts.changes ? 'changes' : 'no changes'}; plan hash ${manifest.hash}`);
    // No time of our own in the marker: apply judges approvals against GitHub's times of the comment.
    const provenance = { sha: deps.ctx.headSha ?? (deps.ctx.sha || undefined), planSha256 };
    const report = {
        plan: planned.plan,
        counts,
        manifest,
        label: s.label,
        tool: p.tf.tool,
        planText: planned.planText,
        runUrl: deps.ctx.runUrl,
        targets: s.targets,
        provenance,
    };
    const keep = [manifest.hash, manifest.hash.slice(0, 12)];
    const summary = [{ markdown: (0, report_js_1.renderSummary)(report), keep }];
    let comment;
    let failure;
    if (s.comment !== 'off' && isPullRequestEvent(deps.ctx) && deps.ctx.repo) {
        const issue = { ...deps.ctx.repo, number: deps.ctx.prNumber };
        if (!s.githubToken) {
            log.warning("No 'github-token': the plan is in the job summary only.");
        }
        else {
            const { body, parts } = (0, report_js_1.assembleComment)((0, report_js_1.renderComment)(report), (t, k) => (0, mask_js_1.maskExcept)(log, t, k), keep);
            try {
                const api = await deps.github(s.githubToken, deps.ctx.apiUrl);
                comment = await commentSafely(log, 'comment', issue, () => (0, comments_js_1.upsertComment)(api, issue, {
                    key: (0, render_js_1.markerKey)(s.label),
                    body,
                    parts,
                    mode: s.comment === 'recreate' ? 'recreate' : 'update',
                    trust: (0, comments_js_1.authoredBy)(s.trustedPlanAuthors),
                    // The same plan of the same commit and file as the comment holds: leave the comment as it is (a write
                    // would move GitHub's time of it, and an approval given since would no longer count).
                    adjust: (existing) => {
                        const old = existing?.body ? (0, render_js_1.readMarker)(existing.body, s.label) : undefined;
                        if (!old || old.hash !== manifest.hash || old.sha !== provenance.sha)
                            return undefined;
                        if (old.planSha256 !== provenance.planSha256)
                            return undefined;
                        return { body: existing?.body ?? body, parts };
                    },
                }));
                if (comment)
                    log.info(`Plan comment ${comment.action}: ${comment.url}`);
            }
            catch (e) {
                failure = e instanceof Error ? e : new Error(String(e));
            }
        }
    }
    return {
        planned,
        comment,
        failure,
        outputs: {
            ...countOutputs(counts),
            'plan-file': uploadFile,
            'plan-json-file': planned.jsonFile,
            'plan-hash': manifest.hash,
            'plan-sha256': planSha256,
            'comment-url': comment?.url ?? '',
        },
        summary,
        cleanup,
    };
}
/** A failed plan still says so where people look: the summary and the PR comment (hash=failed, never applied). */
async function reportFailure(s, deps, tool, tail) {
    const prose = `## ${(0, render_js_1.toolTitle)(tool)} plan: \`${s.label}\`\n\n**Planning failed.**\n\n${(0, summary_js_1.codeBlock)(tail)}\n` +
        (deps.ctx.runUrl ? `\n<sub>[workflow run](${deps.ctx.runUrl})</sub>\n` : '');
    if (s.comment !== 'off' && isPullRequestEvent(deps.ctx) && deps.ctx.repo && s.githubToken) {
        const issue = { ...deps.ctx.repo, number: deps.ctx.prNumber };
        const api = await deps.github(s.githubToken, deps.ctx.apiUrl);
        await commentSafely(deps.log, 'comment', issue, () => (0, comments_js_1.upsertComment)(api, issue, {
            key: (0, render_js_1.markerKey)(s.label),
            body: `${(0, render_js_1.marker)({ label: s.label, hash: 'failed' })}\n${deps.log.mask(prose)}`,
            parts: [],
            mode: s.comment === 'recreate' ? 'recreate' : 'update',
            trust: (0, comments_js_1.authoredBy)(s.trustedPlanAuthors),
        }));
    }
    return prose;
}


/***/ }),

/***/ 5297:
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
const node_fs_1 = __webpack_require__(3024);
const errors_js_1 = __webpack_require__(7268);
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
const summary_js_1 = __webpack_require__(1119);
const counts_js_1 = __webpack_require__(5758);
const plan_js_1 = __webpack_require__(5297);
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

/***/ 7312:
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
const summary_js_1 = __webpack_require__(1119);
const counts_js_1 = __webpack_require__(5758);
const diff_js_1 = __webpack_require__(8397);
const hash_js_1 = __webpack_require__(4174);
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

/***/ 7733:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.HeldLog = void 0;
exports.registerMask = registerMask;
exports.registerValues = registerValues;
function registerMask(log, rules) {
    for (const v of rules.values)
        log.setSecret(v);
    for (const p of rules.patterns)
        log.addMaskPattern(p);
}
function registerValues(log, values) {
    for (const v of values)
        log.setSecret(v);
}
/**
 * Output from terraform steps, held back until the plan's sensitive values are known and registered, then
 * printed (masked) in one collapsible group per step.
 */
class HeldLog {
    log;
    entries = [];
    constructor(log) {
        this.log = log;
    }
    add(title, text) {
        this.entries.push({ title, text });
    }
    async flush() {
        const entries = this.entries.splice(0);
        for (const e of entries) {
            const text = e.text.replace(/\s+$/, '');
            await this.log.group(e.title, async () => {
                if (text)
                    this.log.info(text);
            });
        }
    }
}
exports.HeldLog = HeldLog;


/***/ })

};
