export const id = 9674;
export const ids = [9674];
export const modules = {

/***/ 79674:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

var __webpack_unused_export__;

__webpack_unused_export__ = ({ value: true });
exports.runPipelineDemo = runPipelineDemo;
/**
 * `keelson demo`: the sample service's whole pipeline through `keelson workflow run` — its own workflow files
 * (examples/sample-service/.github/workflows/) calling Keelson's reusable workflows, Keelson's actions in this
 * process, on one local platform shared by every run (GitHub, EKS clusters with ALB and HPA, ECR over a real
 * registry, PostgreSQL):
 *
 *   ci       pull request #1: tests, image built and pushed, scanned, SARIF
 *   cd       approval and merge → push: CI, migrations, staging, production; then a second change that fails
 *            under production traffic and is rolled back
 *   promote  workflow_dispatch: production's running digest promoted to the DR region's environment
 */
const node_crypto_1 = __webpack_require__(77598);
const node_fs_1 = __webpack_require__(73024);
const node_os_1 = __webpack_require__(48161);
const node_path_1 = __webpack_require__(76760);
const repo_root_js_1 = __webpack_require__(76888);
const workflow_js_1 = __webpack_require__(13492);
const workflow_output_js_1 = __webpack_require__(82359);
/** The DR region's GitHub environment and where it runs. */
const DR = { environment: 'production-dr', region: 'us-west-2' };
/** How much of its traffic the second change fails once it is live in production. */
const BAD_ERROR_RATE = 0.3;
function sha(text) {
    return (0, node_crypto_1.createHash)('sha1').update(text).digest('hex');
}
function allJobs(jobs) {
    return jobs.flatMap((j) => [j, ...allJobs(j.children ?? [])]);
}
function find(r, suffix) {
    return allJobs(r.jobs).find((j) => j.path.join(' / ').endsWith(suffix));
}
async function runPipelineDemo(io, o) {
    const s = o.style;
    const work = (0, node_fs_1.mkdtempSync)((0, node_path_1.join)((0, node_os_1.tmpdir)(), 'keelson-demo-'));
    const repo = (0, node_path_1.join)(work, 'sample-service');
    (0, node_fs_1.cpSync)((0, node_path_1.join)((0, repo_root_js_1.keelsonRoot)(), 'examples', 'sample-service'), repo, {
        recursive: true,
        filter: (src) => !/node_modules|junit\.xml$/.test(src),
    });
    const started = Date.now();
    const banner = (n, title, what) => {
        io.stdout(`\n${s.bold(`${n} ${title}`)}\n${s.dim(what)}\n${s.dim('═'.repeat(78))}\n`);
    };
    const flags = (file, extra, more = {}) => ({
        ...(0, workflow_js_1.parseWorkflowRunArgs)([
            'run',
            `.github/workflows/${file}`,
            '--repository',
            'acme/sample-service',
            '--trivy-report',
            'local/trivy-report.json',
            ...extra,
        ], { ...io, cwd: repo }),
        color: s.bold('x') !== 'x',
        expand: o.expand,
        environmentVars: { [DR.environment]: { AWS_REGION: DR.region } },
        ...more,
    });
    let env;
    const checks = [];
    const check = (what, ok) => void checks.push([what, ok]);
    try {
        io.stdout(s.bold('Keelson demo') +
            ' — the sample service from pull request to production and a DR region, through `keelson workflow run`\n' +
            s.dim(`  (its workflows: examples/sample-service/.github/workflows; Keelson's reusable workflows and actions)\n`));
        env = await (0, workflow_js_1.startEnvironmentFor)(flags('pipeline.yml', ['--event', 'push']), io, {
            token: `ghs_demo${sha(String(Date.now())).slice(0, 32)}`,
            note: (line) => io.stdout(s.dim(`⚙ ${line}\n`)),
            extraFiles: [
                (0, node_path_1.join)(repo, '.github/workflows/promote.yml'),
                (0, node_path_1.join)(repo, '.github/workflows/terraform.yml'),
            ],
            extraRegions: [DR.region],
        });
        const run = (f) => (0, workflow_js_1.runWorkflowCommand)(f, io, undefined, env);
        const [owner, name] = ['acme', 'sample-service'];
        const first = sha('sample-service change 1');
        const only = o.only;
        const prPayload = {
            action: 'opened',
            number: 1,
            pull_request: {
                number: 1,
                title: 'Greet in the caller’s locale',
                head: { ref: 'locale', sha: first, repo: { full_name: `${owner}/${name}` } },
                base: { ref: 'main', sha: sha('main'), repo: { full_name: `${owner}/${name}` } },
                user: { login: 'dev' },
            },
            repository: { full_name: `${owner}/${name}`, default_branch: 'main' },
            sender: { login: 'dev' },
        };
        if (!only || only === 'ci') {
            banner('①', 'Pull request #1', 'pipeline.yml on pull_request: tests, image built and pushed by digest, Trivy gate, SARIF');
            const pr = await run(flags('pipeline.yml', ['--event', 'pull_request'], {
                sha: first,
                payload: prPayload,
            }));
            check('pull request #1: CI passed', pr.conclusion === 'success');
            const plan = await run(flags('terraform.yml', ['--event', 'pull_request'], { sha: first, payload: prPayload }));
            const comments = env.left().comments.filter((c) => c.body.includes('Terraform plan'));
            check('pull request #1: one plan comment per Terraform root', plan.conclusion === 'success' && comments.length === 2);
            if (only === 'ci')
                return report();
        }
        const merge1 = sha('merge 1');
        let goodImage = '';
        if (!only || only === 'cd' || only === 'promote') {
            const quiet = only === 'promote';
            if (!quiet) {
                banner('②', 'Approved and merged', 'pipeline.yml on push to main: CI, migrations, staging, production');
                env.github.seedRole(owner, name, 'reviewer', 'write');
                // --only cd starts at the merge: pull request #1 was opened, but no pull_request run saw it.
                if (only === 'cd') {
                    env.github.seedPull({
                        owner,
                        repo: name,
                        number: 1,
                        title: prPayload.pull_request.title,
                        user: 'dev',
                        head: { ref: 'locale', sha: first },
                    });
                }
                // The reviewer reads the plans first: the approval comes a minute after the last plan comment.
                const lastPlan = Math.max(0, ...env.github.state.comments(owner, name, 1).map((c) => Date.parse(c.updatedAt)));
                env.github.seedReview({
                    owner,
                    repo: name,
                    pullNumber: 1,
                    user: 'reviewer',
                    commitId: first,
                    submittedAt: new Date(Math.max(lastPlan, Date.now()) + 60_000)
                        .toISOString()
                        .replace(/\.\d{3}Z$/, 'Z'),
                });
                env.github.mergePull(owner, name, 1, merge1);
                io.stdout(s.dim(`  reviewer (write access) approved #1; merged as ${merge1.slice(0, 7)}\n`));
            }
            else
                io.stdout(s.dim('  (deploying the first release to staging and production quietly)\n'));
            if (!only) {
                // The plans reviewed on the pull request (--only cd has none: it starts at the merge).
                const apply = await run(flags('terraform.yml', ['--event', 'push'], { sha: merge1 }));
                check('merge: the reviewed plans applied', apply.conclusion === 'success');
            }
            const push = await run(flags('pipeline.yml', ['--event', 'push'], { sha: merge1, quiet }));
            goodImage = push.jobs[0]?.outputs.image ?? find(push, 'CI')?.outputs.image ?? '';
            check('merge: staging and production promoted', push.conclusion === 'success' && /@sha256:/.test(goodImage));
        }
        if (!only || only === 'cd') {
            banner('③', 'A second change', `the next merge passes its tests and staging, then fails ${BAD_ERROR_RATE * 100} % of production's requests`);
            (0, node_fs_1.appendFileSync)((0, node_path_1.join)(repo, 'src/app.js'), '\n// change 2: a new greeting cache (fails under production load)\n');
            let badImage = '';
            const observe = (e) => {
                if (e.type !== 'job-end')
                    return;
                const image = e.job.outputs.image;
                if (image && /@sha256:/.test(image) && image !== goodImage)
                    badImage = image;
                // Staging passed: from now on the new image fails under load, as it will in production.
                if (badImage && e.job.environment?.name === 'staging' && e.job.result === 'success') {
                    env?.behave(badImage, { errorRate: BAD_ERROR_RATE });
                    io.stdout(s.yellow(`  ⚠ ${badImage.split('@')[1]?.slice(0, 19)} now fails ${BAD_ERROR_RATE * 100} % of requests under production traffic\n`));
                }
            };
            const push2 = await run(flags('pipeline.yml', ['--event', 'push'], { sha: sha('merge 2'), observe }));
            const prod = allJobs(push2.jobs).find((j) => j.environment?.name === 'production');
            check('second change: rolled back in production', prod?.outputs.result === 'rolled-back');
            check('second change: the run failed (as it should)', push2.conclusion === 'failure');
        }
        if (!only || only === 'promote') {
            banner('④', 'Promote to the DR region', `promote.yml on workflow_dispatch: production's running image → ${DR.environment} (${DR.region})`);
            await env.provisionRepository(DR.region, 'sample-service');
            const promote = await run(flags('promote.yml', [
                '--input',
                'from=production',
                '--input',
                `to=${DR.environment}`,
                '--input',
                `target-region=${DR.region}`,
            ], { sha: sha('merge 2') }));
            const digest = goodImage.split('@')[1] ?? '?';
            check(`promotion: ${DR.environment} runs the good digest`, promote.conclusion === 'success' && promote.jobs[0]?.outputs.digest === digest);
        }
        return report();
    }
    finally {
        await env?.close();
        (0, node_fs_1.rmSync)(work, { recursive: true, force: true });
    }
    function report() {
        io.stdout(`\n${s.bold('Demo')} ${s.dim(`(${(0, workflow_output_js_1.formatDuration)(Date.now() - started)})`)}\n`);
        for (const [what, ok] of checks)
            io.stdout(`  ${ok ? s.green('✓') : s.red('✗')} ${what}\n`);
        return checks.every(([, ok]) => ok);
    }
}


/***/ })

};
