export const id = 440;
export const ids = [440,188];
export const modules = {

/***/ 75188:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.notice = exports.warning = exports.error = exports.io = void 0;
exports.issueCommand = issueCommand;
exports.getInput = getInput;
exports.setSecret = setSecret;
exports.setOutput = setOutput;
exports.saveState = saveState;
exports.getState = getState;
exports.exportVariable = exportVariable;
exports.isDebug = isDebug;
exports.info = info;
exports.debug = debug;
exports.setFailed = setFailed;
exports.group = group;
exports.appendSummary = appendSummary;
exports.passThrough = passThrough;
/**
 * The GitHub Actions runner protocol (workflow commands and environment files), without @actions/core's
 * dependency tree: importing @actions/core costs ~70 ms of start-up (it pulls an HTTP client for OIDC), more
 * than a whole Keelson action needs to reach its first input error. Every write goes through the masker.
 */
const node_fs_1 = __webpack_require__(73024);
const node_os_1 = __webpack_require__(48161);
const mask_js_1 = __webpack_require__(46043);
/** Where this process writes; replaced in tests. */
exports.io = {
    env: process.env,
    write: (line) => writeLine(line + node_os_1.EOL),
};
/**
 * Writes straight to fd 1: creating process.stdout costs a few milliseconds of start-up that an action
 * failing on its first input should not pay. Falls back to the stream if the fd is non-blocking and full.
 */
function writeLine(text) {
    const buf = Buffer.from(text, 'utf8');
    let off = 0;
    try {
        while (off < buf.length)
            off += (0, node_fs_1.writeSync)(1, buf, off);
    }
    catch (e) {
        if (e.code !== 'EAGAIN')
            throw e;
        process.stdout.write(buf.subarray(off));
    }
}
/** A random token (Web Crypto, loaded on first use rather than at start-up). */
function token() {
    return globalThis.crypto.randomUUID();
}
function escapeData(s) {
    return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(s) {
    return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
function issueCommand(command, props, message) {
    const p = Object.entries(props)
        .filter(([, v]) => v !== undefined && v !== '')
        .map(([k, v]) => `${k}=${escapeProperty(mask_js_1.masker.mask(String(v)))}`)
        .join(',');
    exports.io.write(`::${command}${p ? ' ' + p : ''}::${escapeData(command === 'add-mask' ? message : mask_js_1.masker.mask(message))}`);
}
/** Raw input value (trimmed), '' when unset. Names are matched like the runner sets them: INPUT_<NAME>. */
function getInput(name, env = exports.io.env) {
    const key = `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
    return (env[key] ?? '').trim();
}
function setSecret(value) {
    if (!value)
        return;
    const before = mask_js_1.masker.size;
    mask_js_1.masker.add(value);
    if (mask_js_1.masker.size === before)
        return;
    for (const line of value.split(/\r?\n/))
        if (line.trim())
            issueCommand('add-mask', {}, line);
}
function fileCommand(envVar, key, value) {
    const file = exports.io.env[envVar];
    if (!file)
        return false;
    const delimiter = `ghadelimiter_${token()}`;
    (0, node_fs_1.appendFileSync)(file, `${key}<<${delimiter}${node_os_1.EOL}${value}${node_os_1.EOL}${delimiter}${node_os_1.EOL}`, 'utf8');
    return true;
}
function setOutput(name, value) {
    const v = mask_js_1.masker.mask(String(value));
    if (!fileCommand('GITHUB_OUTPUT', name, v))
        exports.io.write(`${name}=${v}`);
}
function saveState(name, value) {
    if (!fileCommand('GITHUB_STATE', name, value))
        exports.io.env[`STATE_${name}`] = value;
}
function getState(name) {
    return exports.io.env[`STATE_${name}`] ?? '';
}
function exportVariable(name, value) {
    exports.io.env[name] = value;
    fileCommand('GITHUB_ENV', name, value);
}
function isDebug() {
    return exports.io.env.RUNNER_DEBUG === '1';
}
function info(message) {
    exports.io.write(mask_js_1.masker.mask(message));
}
function debug(message) {
    issueCommand('debug', {}, message);
}
function annotate(kind, message, props = {}) {
    issueCommand(kind, {
        title: props.title,
        file: props.file,
        line: props.startLine,
        endLine: props.endLine,
        col: props.startColumn,
        endColumn: props.endColumn,
    }, message);
}
const error = (m, p) => annotate('error', m, p);
exports.error = error;
const warning = (m, p) => annotate('warning', m, p);
exports.warning = warning;
const notice = (m, p) => annotate('notice', m, p);
exports.notice = notice;
function setFailed(message) {
    process.exitCode = 1;
    (0, exports.error)(message);
}
/** Runs fn inside a collapsible log group; the group is closed however fn ends. */
async function group(name, fn) {
    exports.io.write(`::group::${escapeData(mask_js_1.masker.mask(name))}`);
    try {
        return await fn();
    }
    finally {
        exports.io.write('::endgroup::');
    }
}
/** Appends Markdown to the job summary (GITHUB_STEP_SUMMARY). Returns false when there is no summary file. */
function appendSummary(markdown) {
    const file = exports.io.env.GITHUB_STEP_SUMMARY;
    if (!file)
        return false;
    (0, node_fs_1.appendFileSync)(file, mask_js_1.masker.mask(markdown) + node_os_1.EOL, 'utf8');
    return true;
}
/**
 * Streams a child process's output into the log line by line, with workflow commands switched off
 * (`::stop-commands::`) so a test that prints `::error::` or `::add-mask::` cannot forge them.
 */
async function passThrough(fn) {
    const stop = token();
    let pending = '';
    exports.io.write(`::stop-commands::${stop}`);
    try {
        return await fn((chunk) => {
            const lines = (pending + chunk).split(/\r?\n/);
            pending = lines.pop() ?? '';
            for (const line of lines)
                exports.io.write(mask_js_1.masker.mask(line));
        });
    }
    finally {
        if (pending)
            exports.io.write(mask_js_1.masker.mask(pending));
        exports.io.write(`::${stop}::`);
    }
}


/***/ }),

/***/ 6440:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.eksTokenSource = eksTokenSource;
exports.ambientCredentials = ambientCredentials;
exports.eksAccess = eksAccess;
exports.kubeconfigAccess = kubeconfigAccess;
exports.eksFromExec = eksFromExec;
exports.renderEksKubeconfig = renderEksKubeconfig;
/**
 * How Keelson reaches a cluster: EKS (DescribeCluster for endpoint + CA, a bearer token minted in-process and
 * refreshed before it expires — no aws CLI) or any kubeconfig (file or content). A kubeconfig whose user runs
 * `aws eks get-token` is served by the in-process minter too.
 */
const node_fs_1 = __webpack_require__(73024);
const errors_js_1 = __webpack_require__(97268);
const mask_js_1 = __webpack_require__(46043);
const core_js_1 = __webpack_require__(75188);
/** A token source that mints EKS tokens and refreshes them a minute before their 14-minute validity ends. */
function eksTokenSource(target, clock, credentials) {
    let current;
    return async (refresh = false) => {
        if (!current || refresh || clock.now() >= current.expiresAt - 60_000) {
            const { mintEksToken } = await Promise.all(/* import() */[__webpack_require__.e(118), __webpack_require__.e(860), __webpack_require__.e(656)]).then(__webpack_require__.bind(__webpack_require__, 69656));
            const creds = await (credentials ?? ambientCredentials)();
            current = await mintEksToken({
                clusterName: target.clusterName,
                region: target.region,
                credentials: creds,
                clock,
            });
            (0, core_js_1.setSecret)(current.token);
        }
        return current.token;
    };
}
/** The default AWS credential chain (env, web identity from configure-aws-credentials OIDC, profiles, IMDS). */
async function ambientCredentials() {
    const { defaultProvider } = await Promise.all(/* import() */[__webpack_require__.e(118), __webpack_require__.e(861)]).then(__webpack_require__.t.bind(__webpack_require__, 5861, 19));
    try {
        const c = await defaultProvider()();
        return { accessKeyId: c.accessKeyId, secretAccessKey: c.secretAccessKey, sessionToken: c.sessionToken };
    }
    catch (e) {
        throw new errors_js_1.InputError('aws-region', `No AWS credentials found (${e instanceof Error ? e.message.split('\n')[0] : String(e)}). ` +
            'Run aws-actions/configure-aws-credentials before this step, or pass a kubeconfig.');
    }
}
/** EKS DescribeCluster → endpoint and CA. Honours AWS_ENDPOINT_URL_EKS (used by the tests' emulator). */
async function eksAccess(target, clock) {
    const { EKSClient, DescribeClusterCommand } = await Promise.all(/* import() */[__webpack_require__.e(118), __webpack_require__.e(861), __webpack_require__.e(524)]).then(__webpack_require__.t.bind(__webpack_require__, 24524, 19));
    const client = new EKSClient({ region: target.region });
    let cluster;
    try {
        cluster = (await client.send(new DescribeClusterCommand({ name: target.clusterName }))).cluster;
    }
    catch (e) {
        const name = e.name ?? 'Error';
        const why = e instanceof Error ? e.message : String(e);
        if (name === 'ResourceNotFoundException') {
            throw new errors_js_1.InputError('cluster-name', `EKS cluster '${target.clusterName}' was not found in ${target.region}.`);
        }
        throw new errors_js_1.InputError('cluster-name', `DescribeCluster for '${target.clusterName}' in ${target.region} failed: ${name}: ${why}`);
    }
    finally {
        client.destroy();
    }
    if (!cluster?.endpoint) {
        throw new errors_js_1.InputError('cluster-name', `EKS cluster '${target.clusterName}' has no endpoint yet (status ${cluster?.status ?? 'unknown'}).`);
    }
    return {
        server: cluster.endpoint,
        caData: cluster.certificateAuthority?.data,
        token: eksTokenSource(target, clock),
    };
}
/** The kubeconfig input: a path to a file, or the YAML itself. */
async function kubeconfigAccess(raw, clock, opts = {}) {
    const input = opts.input ?? 'kubeconfig';
    const text = /\n/.test(raw) || /^\s*(apiVersion|clusters|kind):/.test(raw) ? raw : readKubeconfigFile(raw, input);
    const { parse } = await __webpack_require__.e(/* import() */ 815).then(__webpack_require__.t.bind(__webpack_require__, 38815, 19));
    let doc;
    try {
        doc = parse(text);
    }
    catch (e) {
        throw new errors_js_1.InputError(input, `Invalid input '${input}': not valid YAML (${e instanceof Error ? e.message.split('\n')[0] : String(e)}).`);
    }
    if (!doc || typeof doc !== 'object' || !Array.isArray(doc.clusters)) {
        throw new errors_js_1.InputError(input, `Invalid input '${input}': expected a kubeconfig with clusters, users and contexts.`);
    }
    const ctxName = opts.context || doc['current-context'];
    const ctx = doc.contexts?.find((c) => c.name === ctxName)?.context ??
        (doc.contexts?.length === 1 ? doc.contexts[0]?.context : undefined);
    if (!ctx)
        throw new errors_js_1.InputError(input, `Invalid input '${input}': context '${ctxName ?? ''}' not found in the kubeconfig.`);
    const cluster = doc.clusters.find((c) => c.name === ctx.cluster)?.cluster;
    if (!cluster?.server)
        throw new errors_js_1.InputError(input, `Invalid input '${input}': cluster '${ctx.cluster}' has no server.`);
    const user = doc.users?.find((u) => u.name === ctx.user)?.user ?? {};
    const caData = cluster['certificate-authority-data'] ??
        (cluster['certificate-authority']
            ? (0, node_fs_1.readFileSync)(cluster['certificate-authority']).toString('base64')
            : undefined);
    const access = {
        server: cluster.server,
        caData,
        insecureSkipTlsVerify: cluster['insecure-skip-tls-verify'] === true,
        clientCertData: user['client-certificate-data'],
        clientKeyData: user['client-key-data'],
    };
    if (user.token) {
        mask_js_1.masker.add(user.token);
        const token = user.token;
        access.token = async () => token;
    }
    else if (user['token-file']) {
        const file = user['token-file'];
        access.token = async () => (0, node_fs_1.readFileSync)(file, 'utf8').trim();
    }
    else if (user.exec) {
        const eks = eksFromExec(user.exec);
        if (!eks) {
            throw new errors_js_1.InputError(input, `Invalid input '${input}': user '${ctx.user}' runs '${user.exec.command}' for credentials; Keelson serves only ` +
                "'aws eks get-token' (and its own 'keelson eks-token') in-process. Use a token or client certificate.");
        }
        access.token = eksTokenSource(eks, clock);
    }
    return { access, namespace: ctx.namespace };
}
function readKubeconfigFile(path, input) {
    if (!(0, node_fs_1.existsSync)(path))
        throw new errors_js_1.InputError(input, `Invalid input '${input}': '${path}' is neither a file nor kubeconfig YAML.`);
    return (0, node_fs_1.readFileSync)(path, 'utf8');
}
/** Recognises `aws eks get-token --cluster-name X --region R` and `keelson eks-token --cluster-name X --region R`. */
function eksFromExec(exec) {
    const args = exec.args ?? [];
    const eksAt = args.indexOf('eks');
    const isAws = /(^|\/)aws$/.test(exec.command) && eksAt >= 0 && args[eksAt + 1] === 'get-token';
    const isKeelson = args.includes('eks-token');
    if ((!isAws && !isKeelson) || args.includes('--role-arn'))
        return undefined;
    const flag = (name) => {
        const i = args.indexOf(name);
        return i >= 0 ? args[i + 1] : args.find((a) => a.startsWith(`${name}=`))?.slice(name.length + 1);
    };
    const clusterName = flag('--cluster-name') ?? flag('--cluster-id');
    const region = flag('--region') ??
        exec.env?.find((e) => e.name === 'AWS_REGION' || e.name === 'AWS_DEFAULT_REGION')?.value;
    return clusterName && region ? { clusterName, region } : undefined;
}
/** A kubeconfig for later kubectl/helm steps: the token comes from `keelson eks-token` (no aws CLI needed). */
function renderEksKubeconfig(target, access, cliPath, nodePath = process.execPath) {
    const name = `eks_${target.region}_${target.clusterName}`;
    const lines = [
        'apiVersion: v1',
        'kind: Config',
        'preferences: {}',
        `current-context: ${name}`,
        'clusters:',
        `  - name: ${name}`,
        '    cluster:',
        `      server: ${access.server}`,
        ...(access.caData ? [`      certificate-authority-data: ${access.caData}`] : []),
        'contexts:',
        `  - name: ${name}`,
        '    context:',
        `      cluster: ${name}`,
        `      user: ${name}`,
        'users:',
        `  - name: ${name}`,
        '    user:',
        '      exec:',
        '        apiVersion: client.authentication.k8s.io/v1beta1',
        `        command: ${JSON.stringify(nodePath)}`,
        '        args:',
        `          - ${JSON.stringify(cliPath)}`,
        '          - eks-token',
        '          - --cluster-name',
        `          - ${JSON.stringify(target.clusterName)}`,
        '          - --region',
        `          - ${JSON.stringify(target.region)}`,
        '        interactiveMode: Never',
        '',
    ];
    return lines.join('\n');
}


/***/ })

};
