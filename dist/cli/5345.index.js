export const id = 5345;
export const ids = [5345];
export const modules = {

/***/ 75345:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

var __webpack_unused_export__;

__webpack_unused_export__ = ({ value: true });
exports.STAND_INS = exports.Sv = exports.AA = exports.N8 = exports.bk = exports.mz = exports.PP = exports.oI = exports.Pt = void 0;
__webpack_unused_export__ = sarifProblems;
exports.standInMeta = standInMeta;
/**
 * Local stand-ins for the outside actions Keelson's workflows use: each does the equivalent on this machine and
 * says so in the step log. Their inputs and outputs are those of the real action at the version Keelson's
 * workflows pin (checked against the stored action.yml files by test/workflow-run/stand-ins.test.ts), so a
 * `with:` key the real action does not have fails here as it would on GitHub.
 *
 * What is not emulated is refused with one line rather than silently ignored: checking out another repository,
 * OIDC for a role the run has no emulated account for, a Node.js version this machine does not have.
 */
const errors_js_1 = __webpack_require__(97268);
const node_child_process_1 = __webpack_require__(31421);
const node_crypto_1 = __webpack_require__(77598);
const node_fs_1 = __webpack_require__(73024);
const node_path_1 = __webpack_require__(76760);
const repo_root_js_1 = __webpack_require__(76888);
/** `name=default` (a default), `name!` (required), `name` (optional, no default). */
function meta(inputs, outputs) {
    const map = new Map();
    for (const spec of inputs) {
        const eq = spec.indexOf('=');
        if (eq > 0)
            map.set(spec.slice(0, eq), { required: false, hasDefault: true, default: spec.slice(eq + 1) });
        else if (spec.endsWith('!'))
            map.set(spec.slice(0, -1), { required: true, hasDefault: false });
        else
            map.set(spec, { required: false, hasDefault: false });
    }
    return { inputs: map, outputs: new Set(outputs) };
}
const truthy = (v) => (v ?? '').trim().toLowerCase() === 'true';
const lines = (v) => (v ?? '')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
/** A path input relative to the workspace, refused when it leaves it. */
function inWorkspace(r, input, value) {
    const full = (0, node_path_1.resolve)(r.workspace, value || '.');
    const rel = (0, node_path_1.relative)(r.workspace, full);
    if (rel.startsWith('..') || (0, node_path_1.isAbsolute)(rel))
        throw new Error(`Input '${input}': '${value}' is outside the workspace (${r.workspace}).`);
    return full;
}
/** Files a repository holds: git's list (tracked and untracked, not ignored) when it is a git work tree. */
function repositoryFiles(root) {
    const git = (0, node_child_process_1.spawnSync)('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
        cwd: root,
        encoding: 'utf8',
        env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '' },
    });
    if (git.status !== 0)
        return undefined;
    return git.stdout.split('\0').filter((f) => f && (0, node_fs_1.existsSync)((0, node_path_1.join)(root, f)));
}
exports.Pt = {
    key: 'actions/checkout',
    description: 'copies the repository the run stands for into the workspace (no git fetch, no credentials)',
    meta: meta([
        'repository=${{ github.repository }}',
        'ref',
        'token=${{ github.token }}',
        'ssh-key',
        'ssh-known-hosts',
        'ssh-strict=true',
        'ssh-user=git',
        'persist-credentials=true',
        'path',
        'clean=true',
        'filter=null',
        'sparse-checkout=null',
        'sparse-checkout-cone-mode=true',
        'fetch-depth=1',
        'fetch-tags=false',
        'show-progress=true',
        'lfs=false',
        'submodules=false',
        'set-safe-directory=true',
        'github-server-url',
        'allow-unsafe-pr-checkout=false',
    ], ['ref', 'commit']),
    async run(r) {
        const repository = String(r.env.GITHUB_REPOSITORY ?? '');
        if (r.inputs.repository && r.inputs.repository.toLowerCase() !== repository.toLowerCase())
            return {
                error: `not runnable locally: actions/checkout of another repository ('${r.inputs.repository}'); the local runner has only ${repository}`,
            };
        const dest = inWorkspace(r, 'path', r.inputs.path ?? '');
        if (truthy(r.inputs.clean) && dest === r.workspace) {
            for (const f of (0, node_fs_1.readdirSync)(dest))
                (0, node_fs_1.rmSync)((0, node_path_1.join)(dest, f), { recursive: true, force: true });
        }
        (0, node_fs_1.mkdirSync)(dest, { recursive: true });
        // The run's own folder may sit inside the repository (--work-dir .run): never copied into itself.
        const inRun = (full) => full === r.runDir || full.startsWith(r.runDir + '/');
        const files = repositoryFiles(r.repoRoot)?.filter((f) => !inRun((0, node_path_1.join)(r.repoRoot, f)));
        if (files) {
            for (const f of files) {
                (0, node_fs_1.mkdirSync)((0, node_path_1.dirname)((0, node_path_1.join)(dest, f)), { recursive: true });
                (0, node_fs_1.cpSync)((0, node_path_1.join)(r.repoRoot, f), (0, node_path_1.join)(dest, f), { dereference: false });
            }
            r.log(`Copied ${files.length} files of ${r.repoRoot} (git's list: tracked and untracked, not ignored).`);
        }
        else {
            for (const entry of (0, node_fs_1.readdirSync)(r.repoRoot)) {
                const src = (0, node_path_1.join)(r.repoRoot, entry);
                if (entry === 'node_modules' || entry === '.git' || inRun(src) || dest.startsWith(src + '/'))
                    continue;
                (0, node_fs_1.cpSync)(src, (0, node_path_1.join)(dest, entry), {
                    recursive: true,
                    filter: (f) => !/(^|\/)(node_modules|\.git)$/.test(f) && !inRun(f),
                });
            }
            r.log(`Copied ${r.repoRoot} (not a git work tree: everything but node_modules and .git).`);
        }
        if (truthy(r.inputs['persist-credentials']))
            r.log('persist-credentials: nothing to persist (the copy has no git remote).');
        const sha = String(r.env.GITHUB_SHA ?? '');
        return { outputs: { ref: r.inputs.ref || String(r.env.GITHUB_REF ?? ''), commit: sha } };
    },
};
exports.oI = {
    key: 'aws-actions/configure-aws-credentials',
    description: "points the AWS SDK at the emulators with the emulated account's keys for the role",
    meta: meta([
        'aws-region!',
        'aws-profile',
        'overwrite-aws-profile',
        'role-to-assume',
        'aws-access-key-id',
        'aws-secret-access-key',
        'aws-session-token',
        'web-identity-token-file',
        'role-chaining',
        'audience=sts.amazonaws.com',
        'http-proxy',
        'no-proxy',
        'mask-aws-account-id',
        'role-duration-seconds',
        'role-external-id',
        'role-session-name',
        'role-skip-session-tagging',
        'transitive-tag-keys',
        'inline-session-policy',
        'managed-session-policies',
        'output-credentials',
        'output-env-credentials',
        'unset-current-credentials',
        'disable-retry',
        'retry-max-attempts',
        'special-characters-workaround',
        'use-existing-credentials',
        'allowed-account-ids',
        'force-skip-oidc',
        'action-timeout-s',
        'custom-tags',
        'sts-endpoint',
    ], ['aws-account-id', 'aws-access-key-id', 'aws-secret-access-key', 'aws-session-token', 'aws-expiration']),
    async run(r) {
        const region = (r.inputs['aws-region'] ?? '').trim();
        if (!/^[a-z]{2}(-[a-z]+)+-\d+$/.test(region))
            return { error: `Input 'aws-region': '${region}' is not an AWS region such as eu-west-1.` };
        const role = (r.inputs['role-to-assume'] ?? '').trim();
        if (!role) {
            return {
                error: "not runnable locally: configure-aws-credentials without 'role-to-assume' (the local runner emulates OIDC role assumption only)",
            };
        }
        if (!/^arn:aws[\w-]*:iam::\d{12}:role\/[\w+=,.@/-]+$/.test(role))
            return {
                error: `Input 'role-to-assume': '${role}' is not an IAM role ARN (arn:aws:iam::123456789012:role/name).`,
            };
        if (!r.host.assumeRole)
            return { error: `not runnable locally: no emulated AWS account to assume ${role} in` };
        const got = await r.host.assumeRole(role, region);
        if (typeof got === 'string')
            return { error: got };
        for (const k of ['AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN', 'AWS_ACCESS_KEY_ID'])
            if (got.env[k])
                r.masker.add(got.env[k]);
        if (truthy(r.inputs['mask-aws-account-id']))
            r.masker.add(got.accountId);
        r.log(`Assumed ${role} in ${region} (emulated account ${got.accountId}; endpoints on 127.0.0.1).`);
        const exported = { AWS_REGION: region, AWS_DEFAULT_REGION: region, ...got.env };
        const outputs = { 'aws-account-id': got.accountId };
        if (truthy(r.inputs['output-credentials'])) {
            outputs['aws-access-key-id'] = got.env.AWS_ACCESS_KEY_ID ?? '';
            outputs['aws-secret-access-key'] = got.env.AWS_SECRET_ACCESS_KEY ?? '';
            outputs['aws-session-token'] = got.env.AWS_SESSION_TOKEN ?? '';
        }
        return { outputs, exported };
    },
};
function cacheDir(r, key) {
    return (0, node_path_1.join)(r.runDir, 'cache', (0, node_crypto_1.createHash)('sha256').update(key).digest('hex').slice(0, 32));
}
exports.PP = {
    key: 'actions/cache',
    description: "restores and saves in the run's local cache folder (nothing leaves this machine)",
    meta: meta([
        'path!',
        'key!',
        'restore-keys',
        'upload-chunk-size',
        'enableCrossOsArchive=false',
        'fail-on-cache-miss=false',
        'lookup-only=false',
        'save-always=false',
    ], ['cache-hit']),
    async run(r) {
        const key = (r.inputs.key ?? '').trim();
        if (!key)
            return { error: 'Input required and not supplied: key' };
        const paths = lines(r.inputs.path);
        if (!paths.length)
            return { error: 'Input required and not supplied: path' };
        const index = (0, node_path_1.join)(r.runDir, 'cache', 'index.json');
        const keys = (0, node_fs_1.existsSync)(index) ? JSON.parse((0, node_fs_1.readFileSync)(index, 'utf8')) : [];
        let matched = keys.includes(key) ? key : undefined;
        if (!matched) {
            for (const prefix of lines(r.inputs['restore-keys'])) {
                matched = [...keys].reverse().find((k) => k.startsWith(prefix));
                if (matched)
                    break;
            }
        }
        const save = async (p) => {
            if (matched === key) {
                p.log(`Cache hit occurred on the primary key ${key}, not saving cache.`);
                return {};
            }
            const dir = cacheDir(p, key);
            (0, node_fs_1.rmSync)(dir, { recursive: true, force: true });
            let saved = 0;
            for (const [i, path] of paths.entries()) {
                const src = inWorkspace(p, 'path', path);
                if (!(0, node_fs_1.existsSync)(src))
                    continue;
                (0, node_fs_1.cpSync)(src, (0, node_path_1.join)(dir, String(i)), { recursive: true });
                saved++;
            }
            if (!saved) {
                p.log(`Path Validation Error: Path(s) specified in the action for caching do(es) not exist, hence no cache is being saved.`);
                return {};
            }
            const now = (0, node_fs_1.existsSync)(index) ? JSON.parse((0, node_fs_1.readFileSync)(index, 'utf8')) : [];
            (0, node_fs_1.writeFileSync)(index, JSON.stringify([...now.filter((k) => k !== key), key]));
            p.artifacts.push({ kind: 'cache', name: key, path: dir });
            p.log(`Cache saved with key: ${key} (${dir})`);
            return {};
        };
        if (!matched) {
            if (truthy(r.inputs['fail-on-cache-miss']))
                return {
                    error: `Failed to restore cache entry. Exiting as fail-on-cache-miss is set. Input key: ${key}`,
                };
            r.log(`Cache not found for input keys: ${[key, ...lines(r.inputs['restore-keys'])].join(', ')}`);
            return { outputs: { 'cache-hit': 'false' }, post: save };
        }
        if (!truthy(r.inputs['lookup-only'])) {
            const dir = cacheDir(r, matched);
            for (const [i, path] of paths.entries()) {
                const from = (0, node_path_1.join)(dir, String(i));
                if ((0, node_fs_1.existsSync)(from))
                    (0, node_fs_1.cpSync)(from, inWorkspace(r, 'path', path), { recursive: true });
            }
        }
        r.log(`Cache restored from key: ${matched}`);
        return { outputs: { 'cache-hit': String(matched === key) }, post: save };
    },
};
function artifactsDir(r) {
    return (0, node_path_1.join)(r.runDir, 'artifacts');
}
/** sha256 over a folder's relative paths and contents, in name order. */
function treeDigest(root) {
    const h = (0, node_crypto_1.createHash)('sha256');
    const walk = (dir) => {
        for (const e of (0, node_fs_1.readdirSync)(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
            const full = (0, node_path_1.join)(dir, e.name);
            h.update((0, node_path_1.relative)(root, full) + '\0');
            if (e.isDirectory())
                walk(full);
            else if (e.isFile())
                h.update((0, node_fs_1.readFileSync)(full));
        }
    };
    if ((0, node_fs_1.statSync)(root).isDirectory())
        walk(root);
    else
        h.update((0, node_fs_1.readFileSync)(root));
    return h.digest('hex');
}
exports.mz = {
    key: 'actions/upload-artifact',
    description: "copies the files into the run's artifacts folder",
    meta: meta([
        'name=artifact',
        'path!',
        'if-no-files-found=warn',
        'retention-days',
        'compression-level=6',
        'overwrite=false',
        'include-hidden-files=false',
        'archive=true',
    ], ['artifact-id', 'artifact-url', 'artifact-digest']),
    async run(r) {
        const name = (r.inputs.name || 'artifact').trim();
        if (!/^[^"<>|*?\r\n\\/:]+$/.test(name))
            return {
                error: `Input 'name': '${name}' holds a character artifacts may not have (" : < > | * ? \\ / CR LF).`,
            };
        const dest = (0, node_path_1.join)(artifactsDir(r), name);
        if ((0, node_fs_1.existsSync)(dest) && !truthy(r.inputs.overwrite))
            return {
                error: `Failed to CreateArtifact: an artifact with this name already exists on the workflow run: ${name}`,
            };
        (0, node_fs_1.rmSync)(dest, { recursive: true, force: true });
        const hidden = truthy(r.inputs['include-hidden-files']);
        let count = 0;
        for (const p of lines(r.inputs.path)) {
            const src = inWorkspace(r, 'path', p);
            if (!(0, node_fs_1.existsSync)(src))
                continue;
            const target = (0, node_fs_1.statSync)(src).isDirectory() ? dest : (0, node_path_1.join)(dest, (0, node_path_1.relative)((0, node_path_1.dirname)(src), src));
            (0, node_fs_1.cpSync)(src, target, {
                recursive: true,
                filter: (f) => hidden ||
                    !(0, node_path_1.relative)(src, f)
                        .split('/')
                        .some((seg) => seg.startsWith('.')),
            });
            count++;
        }
        if (!count) {
            const mode = r.inputs['if-no-files-found'] || 'warn';
            const msg = `No files were found with the provided path: ${lines(r.inputs.path).join(', ')}. No artifacts will be uploaded.`;
            if (mode === 'error')
                return { error: msg };
            if (mode === 'warn')
                r.log(`::warning::${msg}`);
            else
                r.log(msg);
            return {};
        }
        const digest = treeDigest(dest);
        r.artifacts.push({ kind: 'artifact', name, path: dest });
        r.log(`Artifact ${name} stored in ${dest}`);
        return {
            outputs: { 'artifact-id': String(r.artifacts.length), 'artifact-url': dest, 'artifact-digest': digest },
        };
    },
};
exports.bk = {
    key: 'actions/download-artifact',
    description: 'copies artifacts of this run from its artifacts folder',
    meta: meta([
        'name',
        'artifact-ids',
        'path',
        'pattern',
        'merge-multiple=false',
        'github-token',
        'repository=${{ github.repository }}',
        'run-id=${{ github.run_id }}',
        'skip-decompress=false',
        'digest-mismatch=error',
    ], ['download-path']),
    async run(r) {
        if (r.inputs['github-token'])
            return { error: 'not runnable locally: download-artifact from another workflow run (github-token)' };
        const dest = inWorkspace(r, 'path', r.inputs.path ?? '');
        const dir = artifactsDir(r);
        const all = (0, node_fs_1.existsSync)(dir) ? (0, node_fs_1.readdirSync)(dir) : [];
        if (r.inputs.name) {
            if (!all.includes(r.inputs.name))
                return { error: `Unable to download artifact(s): Artifact not found for name: ${r.inputs.name}` };
            (0, node_fs_1.cpSync)((0, node_path_1.join)(dir, r.inputs.name), dest, { recursive: true });
            r.log(`Artifact ${r.inputs.name} → ${dest}`);
            return { outputs: { 'download-path': dest } };
        }
        const pattern = r.inputs.pattern
            ? new RegExp('^' +
                r.inputs.pattern
                    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
                    .replace(/\*/g, '.*')
                    .replace(/\?/g, '.') +
                '$')
            : undefined;
        const chosen = all.filter((n) => !pattern || pattern.test(n));
        const merge = truthy(r.inputs['merge-multiple']);
        for (const n of chosen)
            (0, node_fs_1.cpSync)((0, node_path_1.join)(dir, n), merge ? dest : (0, node_path_1.join)(dest, n), { recursive: true });
        r.log(`${chosen.length} artifact(s) → ${dest}`);
        return { outputs: { 'download-path': dest } };
    },
};
/** The checks code scanning makes on an upload, with its messages: one list of problems, empty when valid. */
function sarifProblems(text) {
    let doc;
    try {
        doc = JSON.parse(text);
    }
    catch (e) {
        return [`Invalid SARIF. JSON syntax error: ${(0, errors_js_1.errorMessage)(e)}`];
    }
    const out = [];
    const d = doc;
    if (!doc || typeof doc !== 'object' || Array.isArray(doc))
        return ['Invalid SARIF. The document is not an object.'];
    if (d.version !== '2.1.0')
        out.push(`Invalid SARIF. Expected version 2.1.0, got ${JSON.stringify(d.version)}.`);
    if (!Array.isArray(d.runs))
        return [...out, 'Invalid SARIF. Missing "runs" array.'];
    if (d.runs.length > 20)
        out.push(`SARIF upload rejected: ${d.runs.length} runs; at most 20 per file.`);
    d.runs.forEach((run, i) => {
        const r = run;
        if (typeof r?.tool?.driver?.name !== 'string' || !r.tool.driver.name)
            out.push(`Invalid SARIF. runs[${i}].tool.driver.name is required.`);
        if (r?.results !== undefined && !Array.isArray(r.results))
            out.push(`Invalid SARIF. runs[${i}].results must be an array.`);
        const results = Array.isArray(r?.results) ? r.results : [];
        if (results.length > 25_000)
            out.push(`SARIF upload rejected: runs[${i}] has ${results.length} results; at most 25000.`);
        results.forEach((res, k) => {
            const x = res;
            if (typeof x?.message?.text !== 'string' && typeof x?.message?.id !== 'string')
                out.push(`Invalid SARIF. runs[${i}].results[${k}].message needs text or id.`);
        });
    });
    return out;
}
exports.N8 = {
    key: 'github/codeql-action/upload-sarif',
    description: "validates the SARIF as code scanning would and stores it in the run's sarif folder",
    meta: meta([
        'sarif_file=../results',
        'checkout_path=${{ github.workspace }}',
        'ref',
        'sha',
        'token=${{ github.token }}',
        'matrix=${{ toJson(matrix) }}',
        'category',
        'wait-for-processing=true',
    ], ['sarif-id', 'sarif-ids']),
    async run(r) {
        const given = r.inputs.sarif_file || '../results';
        const file = (0, node_path_1.isAbsolute)(given) ? given : (0, node_path_1.resolve)(r.workspace, given);
        if (!(0, node_fs_1.existsSync)(file))
            return { error: `Path does not exist: ${given}` };
        const files = (0, node_fs_1.statSync)(file).isDirectory()
            ? (0, node_fs_1.readdirSync)(file)
                .filter((f) => f.endsWith('.sarif'))
                .map((f) => (0, node_path_1.join)(file, f))
            : [file];
        if (!files.length)
            return { error: `No SARIF files found to upload in "${given}".` };
        const stored = (0, node_path_1.join)(r.runDir, 'sarif');
        (0, node_fs_1.mkdirSync)(stored, { recursive: true });
        const ids = [];
        for (const f of files) {
            const text = (0, node_fs_1.readFileSync)(f, 'utf8');
            const problems = sarifProblems(text);
            if (problems.length)
                return {
                    error: `${files.length > 1 ? (0, node_path_1.relative)(r.workspace, f) : given}: ${problems.slice(0, 5).join(' ')}`,
                };
            const id = (0, node_crypto_1.createHash)('sha256').update(text).digest('hex').slice(0, 36);
            const category = (r.inputs.category || '').replace(/[^\w.:/-]/g, '_');
            const name = `${category ? category.replace(/[/:]/g, '_') + '-' : ''}${id}.sarif`;
            (0, node_fs_1.writeFileSync)((0, node_path_1.join)(stored, name), text);
            r.artifacts.push({ kind: 'sarif', name: r.inputs.category || name, path: (0, node_path_1.join)(stored, name) });
            const runs = JSON.parse(text).runs;
            r.log(`Valid SARIF: ${runs.length} run(s), ${runs.reduce((n, x) => n + (x.results?.length ?? 0), 0)} result(s), category ${r.inputs.category || '(none)'} → ${(0, node_path_1.join)(stored, name)}`);
            ids.push(id);
        }
        return { outputs: { 'sarif-id': ids[0] ?? '', 'sarif-ids': JSON.stringify(ids) } };
    },
};
exports.AA = {
    key: 'actions/setup-node',
    description: "uses this machine's Node.js when it satisfies node-version (nothing is downloaded)",
    meta: meta([
        'node-version',
        'node-version-file',
        'architecture',
        'check-latest=false',
        'registry-url',
        'scope',
        "token=${{ github.server_url == 'https://github.com' && github.token || '' }}",
        'cache',
        'package-manager-cache=true',
        'cache-dependency-path',
        'mirror',
        'mirror-token',
    ], ['cache-hit', 'cache-primary-key', 'cache-matched-key', 'node-version']),
    async run(r) {
        let wanted = (r.inputs['node-version'] ?? '').trim();
        if (!wanted && r.inputs['node-version-file'])
            wanted = (0, node_fs_1.readFileSync)(inWorkspace(r, 'node-version-file', r.inputs['node-version-file']), 'utf8').trim();
        const have = process.version.slice(1);
        const [major, minor] = have.split('.');
        const w = wanted
            .replace(/^v/, '')
            .replace(/\.x$/, '')
            .replace(/^(lts\/\*|node|latest|current)$/, '');
        const ok = !w || w === major || w === `${major}.${minor}` || w === have;
        if (!ok) {
            // Keelson's own tool cache (scripts/ensure-tools.sh installs Node 24 there for the tests).
            const wantedMajor = /^\d+/.exec(w)?.[0];
            const cached = wantedMajor
                ? (0, node_path_1.join)((0, repo_root_js_1.keelsonRoot)(), '.cache', `node${wantedMajor}`, 'node_modules', 'node', 'bin', 'node')
                : '';
            if (cached && (0, node_fs_1.existsSync)(cached) && (w === wantedMajor || w.split('.').length === 1)) {
                r.log(`Using Node.js ${wantedMajor} from Keelson's tool cache (${cached}).`);
                return {
                    outputs: { 'node-version': `v${wantedMajor}`, 'cache-hit': 'false' },
                    path: [(0, node_path_1.dirname)(cached)],
                };
            }
            return {
                error: `not runnable locally: actions/setup-node node-version ${wanted} (this machine has Node.js ${process.version}; nothing is downloaded)`,
            };
        }
        r.log(`Using this machine's Node.js ${process.version} (${process.execPath}).`);
        return {
            outputs: { 'node-version': process.version, 'cache-hit': 'false' },
            path: [(0, node_path_1.dirname)(process.execPath)],
        };
    },
};
exports.Sv = {
    key: 'hashicorp/setup-terraform',
    description: "uses the terraform on this machine's PATH (nothing is downloaded; no wrapper script)",
    meta: meta([
        'cli_config_credentials_hostname=app.terraform.io',
        'cli_config_credentials_token',
        'terraform_version=latest',
        'terraform_wrapper=true',
    ], []),
    async run(r) {
        const PATH = String(r.env.PATH ?? '');
        let version;
        try {
            const out = (0, node_child_process_1.execFileSync)('terraform', ['version', '-json'], { env: { PATH }, encoding: 'utf8' });
            version = JSON.parse(out).terraform_version;
        }
        catch {
            return {
                error: "not runnable locally: hashicorp/setup-terraform (no terraform on this machine's PATH)",
            };
        }
        const wanted = (r.inputs.terraform_version || 'latest').trim();
        const bare = wanted.replace(/^[~^<>=\s]+/, '');
        if (wanted !== 'latest' && !version.startsWith(bare.replace(/\.x$|\.\*$/, '')))
            r.log(`::warning::setup-terraform asked for ${wanted}; this machine has terraform ${version}, used as it is.`);
        if (truthy(r.inputs.terraform_wrapper))
            r.log('terraform_wrapper: no wrapper here, so no stdout/stderr/exitcode step outputs.');
        r.log(`Using terraform ${version} from PATH.`);
        return {};
    },
};
/** Every stand-in, by the key `uses:` resolves to. */
exports.STAND_INS = [
    exports.Pt,
    exports.oI,
    exports.PP,
    exports.mz,
    exports.bk,
    exports.N8,
    exports.AA,
    exports.Sv,
];
/** The stand-ins' metadata for the contract checks (Resolver.outsideAction), so a bad `with:` stops the run early. */
function standInMeta(standIns) {
    return (key) => {
        const s = standIns.find((x) => x.key === key);
        return s ? { kind: 'action', file: `${s.key} (local stand-in)`, key: s.key, ...s.meta } : undefined;
    };
}


/***/ })

};
