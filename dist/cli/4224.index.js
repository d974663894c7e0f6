export const id = 4224;
export const ids = [4224];
export const modules = {

/***/ 80240:
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

/***/ 54224:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.findMergedPull = findMergedPull;
exports.runTerraformApply = runTerraformApply;
const errors_js_1 = __webpack_require__(97268);
const mask_js_1 = __webpack_require__(46043);
const summary_js_1 = __webpack_require__(11119);
const clock_js_1 = __webpack_require__(84517);
const approval_js_1 = __webpack_require__(80240);
const comments_js_1 = __webpack_require__(67949);
const counts_js_1 = __webpack_require__(25758);
const hash_js_1 = __webpack_require__(14174);
const diff_js_1 = __webpack_require__(28397);
const plan_file_js_1 = __webpack_require__(30832);
const plan_run_js_1 = __webpack_require__(60609);
const report_js_1 = __webpack_require__(37312);
const render_js_1 = __webpack_require__(6546);
const secrets_js_1 = __webpack_require__(7733);
const node_fs_1 = __webpack_require__(73024);
const node_path_1 = __webpack_require__(76760);
const settings_js_1 = __webpack_require__(62947);
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


/***/ })

};
