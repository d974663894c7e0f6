export const id = 609;
export const ids = [609,2080];
export const modules = {

/***/ 12080:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.GitHubUnreachable = void 0;
exports.retryDelay = retryDelay;
exports.createGitHubApi = createGitHubApi;
exports.networkReason = networkReason;
exports.isRateLimit = isRateLimit;
exports.httpStatus = httpStatus;
const clock_js_1 = __webpack_require__(84517);
const errors_js_1 = __webpack_require__(97268);
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
    const { getOctokit: make } = await __webpack_require__.e(/* import() */ 157).then(__webpack_require__.bind(__webpack_require__, 50157));
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

/***/ 67949:
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

/***/ 30832:
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
const node_crypto_1 = __webpack_require__(77598);
const node_fs_1 = __webpack_require__(73024);
const errors_js_1 = __webpack_require__(97268);
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

/***/ 60609:
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
const node_fs_1 = __webpack_require__(73024);
const node_os_1 = __webpack_require__(48161);
const node_path_1 = __webpack_require__(76760);
const errors_js_1 = __webpack_require__(97268);
const mask_js_1 = __webpack_require__(46043);
const summary_js_1 = __webpack_require__(11119);
const client_js_1 = __webpack_require__(12080);
const comments_js_1 = __webpack_require__(67949);
const counts_js_1 = __webpack_require__(25758);
const plan_file_js_1 = __webpack_require__(30832);
const plan_js_1 = __webpack_require__(45297);
const report_js_1 = __webpack_require__(37312);
const render_js_1 = __webpack_require__(6546);
const secrets_js_1 = __webpack_require__(7733);
const sensitive_js_1 = __webpack_require__(8108);
const settings_js_1 = __webpack_require__(62947);
const tool_js_1 = __webpack_require__(17064);
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
