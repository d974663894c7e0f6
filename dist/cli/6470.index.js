export const id = 6470;
export const ids = [6470,6440];
export const modules = {

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
function eksTokenSource(target, clock, setSecret, credentials) {
    let current;
    return async (refresh = false) => {
        if (!current || refresh || clock.now() >= current.expiresAt - 60_000) {
            const { mintEksToken } = await Promise.all(/* import() */[__webpack_require__.e(5118), __webpack_require__.e(1860), __webpack_require__.e(9656)]).then(__webpack_require__.bind(__webpack_require__, 69656));
            const creds = await (credentials ?? ambientCredentials)();
            current = await mintEksToken({
                clusterName: target.clusterName,
                region: target.region,
                credentials: creds,
                clock,
            });
            setSecret(current.token);
        }
        return current.token;
    };
}
/** The default AWS credential chain (env, web identity from configure-aws-credentials OIDC, profiles, IMDS). */
async function ambientCredentials() {
    const { defaultProvider } = await Promise.all(/* import() */[__webpack_require__.e(5118), __webpack_require__.e(5861)]).then(__webpack_require__.t.bind(__webpack_require__, 5861, 19));
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
async function eksAccess(target, clock, setSecret) {
    const { EKSClient, DescribeClusterCommand } = await Promise.all(/* import() */[__webpack_require__.e(5118), __webpack_require__.e(5861), __webpack_require__.e(4524)]).then(__webpack_require__.t.bind(__webpack_require__, 24524, 19));
    const client = new EKSClient({ region: target.region });
    let cluster;
    try {
        cluster = (await client.send(new DescribeClusterCommand({ name: target.clusterName }))).cluster;
    }
    catch (e) {
        const name = e.name ?? 'Error';
        const why = (0, errors_js_1.errorMessage)(e);
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
        token: eksTokenSource(target, clock, setSecret),
    };
}
/** The kubeconfig input: a path to a file, or the YAML itself. */
async function kubeconfigAccess(raw, clock, opts) {
    const input = opts.input ?? 'kubeconfig';
    // Content (YAML, or JSON — which is YAML — on one line) or a path to a file.
    const isContent = /\n/.test(raw) || /^\s*(\{|(apiVersion|clusters|kind)\s*:)/.test(raw);
    const text = isContent ? raw : readKubeconfigFile(raw, input);
    const { parse } = await __webpack_require__.e(/* import() */ 8815).then(__webpack_require__.t.bind(__webpack_require__, 38815, 19));
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
    if (!ctx) {
        const names = (doc.contexts ?? []).map((c) => c.name).filter(Boolean);
        throw new errors_js_1.InputError(input, ctxName
            ? `Invalid input '${input}': context '${ctxName}' not found in the kubeconfig (it has: ${names.join(', ') || 'no contexts'}).`
            : `Invalid input '${input}': the kubeconfig has no current-context and ${names.length} contexts; set 'context' to one of: ${names.join(', ') || '(none)'}.`);
    }
    const cluster = doc.clusters.find((c) => c.name === ctx.cluster)?.cluster;
    if (!cluster?.server)
        throw new errors_js_1.InputError(input, `Invalid input '${input}': cluster '${ctx.cluster}' has no server.`);
    const user = doc.users?.find((u) => u.name === ctx.user)?.user ?? {};
    for (const field of ['token', 'token-file', 'client-certificate-data', 'client-key-data']) {
        const v = user[field];
        if (v !== undefined && v !== null && typeof v !== 'string') {
            // Not repeated: these fields hold credentials.
            throw new errors_js_1.InputError(input, `Invalid input '${input}': user '${ctx.user}' field '${field}' is ${Array.isArray(v) ? 'a list' : `a ${typeof v}`}. Expected text.`);
        }
    }
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
    if (user['client-key-data'])
        opts.setSecret(user['client-key-data']);
    if (user.token) {
        opts.setSecret(user.token);
        const token = user.token;
        access.token = async () => token;
    }
    else if (user['token-file']) {
        const file = user['token-file'];
        access.token = async () => {
            const token = (0, node_fs_1.readFileSync)(file, 'utf8').trim();
            opts.setSecret(token);
            return token;
        };
    }
    else if (user.exec) {
        const eks = eksFromExec(user.exec);
        if (!eks) {
            throw new errors_js_1.InputError(input, `Invalid input '${input}': user '${ctx.user}' runs '${user.exec.command}' for credentials; Keelson serves only ` +
                "'aws eks get-token' (and its own 'keelson eks-token') in-process. Use a token or client certificate.");
        }
        access.token = eksTokenSource(eks, clock, opts.setSecret);
    }
    return { access, namespace: ctx.namespace };
}
/** Never repeats the value: a kubeconfig input that is neither a path nor a kubeconfig may still be a credential. */
function readKubeconfigFile(path, input) {
    const expected = 'the path of a kubeconfig file, or the kubeconfig itself (YAML or JSON)';
    if (!(0, node_fs_1.existsSync)(path) || !(0, node_fs_1.statSync)(path).isFile())
        throw new errors_js_1.InputError(input, `Invalid input '${input}': no such file, and not kubeconfig content. Expected ${expected}.`);
    return (0, node_fs_1.readFileSync)(path, 'utf8');
}
/**
 * Recognises `aws eks get-token --cluster-name X --region R` and `keelson eks-token --cluster-name X
 * --aws-region R` (or `--region R`, as kubeconfigs written by earlier releases say).
 */
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
    const region = flag('--aws-region') ??
        flag('--region') ??
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
        '          - --aws-region',
        `          - ${JSON.stringify(target.region)}`,
        '        interactiveMode: Never',
        '',
    ];
    return lines.join('\n');
}


/***/ }),

/***/ 86470:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.connect = connect;
const access_js_1 = __webpack_require__(6440);
const client_js_1 = __webpack_require__(50301);
/** A client for the cluster the inputs name (EKS or kubeconfig). */
async function connect(access, clock, opts) {
    if (access.kind === 'eks') {
        return {
            kube: new client_js_1.KubeClient(await (0, access_js_1.eksAccess)({ clusterName: access.clusterName, region: access.region }, clock, opts.setSecret), { ...opts, clock }),
        };
    }
    const { access: a, namespace } = await (0, access_js_1.kubeconfigAccess)(access.kubeconfig, clock, {
        context: access.context,
        setSecret: opts.setSecret,
    });
    return { kube: new client_js_1.KubeClient(a, { ...opts, clock }), namespace };
}


/***/ })

};
