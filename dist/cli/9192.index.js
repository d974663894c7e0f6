export const id = 9192;
export const ids = [9192,1300];
export const modules = {

/***/ 99192:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.run = run;
exports.runPost = runPost;
const core_js_1 = __webpack_require__(75188);
const context_js_1 = __webpack_require__(64892);
const inputs_js_1 = __webpack_require__(51662);
const settings_js_1 = __webpack_require__(54552);
const run_action_js_1 = __webpack_require__(22081);
async function run(ctx = core_js_1.ActionContext.fromProcess()) {
    await (0, run_action_js_1.runAction)(ctx, async () => {
        const context = (0, context_js_1.readContext)(ctx.env);
        // masked before anything is parsed or printed
        ctx.setSecret(ctx.getInput('database-url'));
        const settings = await (0, settings_js_1.readMigrateSettings)(new inputs_js_1.Inputs(ctx.getInput), {
            workspace: context.workspace,
            env: ctx.env,
        });
        const { runMigrate } = await Promise.all(/* import() */[__webpack_require__.e(8), __webpack_require__.e(1744)]).then(__webpack_require__.bind(__webpack_require__, 91744));
        const cancel = new AbortController();
        const onSignal = () => cancel.abort(new Error('cancelled'));
        process.once('SIGINT', onSignal);
        process.once('SIGTERM', onSignal);
        try {
            const { result, markdown, error } = await runMigrate(settings, {
                clock: ctx.clock,
                signal: cancel.signal,
                workspace: context.workspace,
                holder: `github-run-${context.runId || 'local'}-${context.runAttempt}`,
                env: ctx.env,
                masker: ctx.masker,
                setSecret: (v) => ctx.setSecret(v),
                log: (m) => ctx.info(m),
                warn: (m) => ctx.warning(m),
                output: (fn) => ctx.passThrough(fn),
                runUrl: context.runUrl,
                saveState: (k, v) => ctx.saveState(k, v),
            });
            for (const f of result.lint.findings) {
                const props = { title: `keelson migrate lint: ${f.rule}`, file: f.file, startLine: f.line };
                if (settings.allowDestructive)
                    ctx.warning(f.message, props);
                else
                    ctx.error(f.message, props);
            }
            for (const f of result.lint.allowed) {
                ctx.notice(`${f.rule} allowed: ${f.allowed ?? ''}`, {
                    title: 'keelson migrate lint',
                    file: f.file,
                    startLine: f.line,
                });
            }
            ctx.setOutput('status', result.status, { raw: true });
            ctx.setOutput('applied', JSON.stringify(result.applied.map((a) => a.name)));
            ctx.setOutput('pending-before', result.pendingBefore ?? '', { raw: true });
            ctx.setOutput('snapshot-id', result.snapshotId ?? '', { raw: true });
            ctx.setOutput('duration-seconds', Math.round(result.durationMs / 100) / 10);
            ctx.setOutput('lint-findings', result.lint.findings.length);
            ctx.appendSummary(markdown, { keep: result.snapshotId ? [result.snapshotId] : [] });
            if (error && result.failure && result.failureAt) {
                // the one error line, on the migration's line
                ctx.setFailed(result.failure, {
                    title: 'keelson migrate',
                    file: result.failureAt.file,
                    startLine: result.failureAt.line,
                });
                return;
            }
            if (error)
                throw error;
        }
        finally {
            process.off('SIGINT', onSignal);
            process.off('SIGTERM', onSignal);
        }
    });
}
/** The post step: deletes a migration Job the main step left running (it was killed before it could). */
async function runPost(ctx = core_js_1.ActionContext.fromProcess()) {
    await (0, run_action_js_1.runAction)(ctx, async () => {
        const recorded = ctx.getState('migrate-job');
        if (!recorded)
            return;
        ctx.setSecret(ctx.getInput('database-url'));
        const context = (0, context_js_1.readContext)(ctx.env);
        const settings = await (0, settings_js_1.readMigrateSettings)(new inputs_js_1.Inputs(ctx.getInput), {
            workspace: context.workspace,
            env: ctx.env,
        });
        if (!settings.job)
            return;
        const { connect } = await Promise.all(/* import() */[__webpack_require__.e(301), __webpack_require__.e(2822)]).then(__webpack_require__.bind(__webpack_require__, 86470));
        const { cleanUpJob } = await __webpack_require__.e(/* import() */ 7286).then(__webpack_require__.bind(__webpack_require__, 17286));
        const { kube } = await connect(settings.job.access, ctx.clock, {
            setSecret: (v) => ctx.setSecret(v),
            env: ctx.env,
        });
        try {
            await cleanUpJob(kube, recorded, { clock: ctx.clock, log: (m) => ctx.info(m) });
        }
        finally {
            kube.close();
        }
    });
}


/***/ }),

/***/ 49253:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.splitCommand = splitCommand;
exports.commandArgv = commandArgv;
const errors_js_1 = __webpack_require__(97268);
const OPERATORS = ['&&', '||', '|', ';', '>', '<', '$(', '`', '&'];
/**
 * Splits a command line into argv the way a POSIX shell tokenises words (quotes and backslashes), with no
 * expansion and no operators: a command that needs pipes or `&&` must say `shell: bash`.
 */
function splitCommand(name, raw) {
    const out = [];
    let cur = '';
    let inWord = false;
    let i = 0;
    const fail = (why) => {
        throw new errors_js_1.InputError(name, `Invalid input '${name}': ${why}.`);
    };
    while (i < raw.length) {
        const ch = raw[i];
        if (ch === "'") {
            const end = raw.indexOf("'", i + 1);
            if (end < 0)
                fail(`unterminated single quote in '${raw}'`);
            cur += raw.slice(i + 1, end);
            inWord = true;
            i = end + 1;
        }
        else if (ch === '"') {
            i++;
            let closed = false;
            while (i < raw.length) {
                const c = raw[i];
                if (c === '\\' && i + 1 < raw.length && '"\\$`'.includes(raw[i + 1])) {
                    cur += raw[i + 1];
                    i += 2;
                }
                else if (c === '"') {
                    closed = true;
                    i++;
                    break;
                }
                else {
                    cur += c;
                    i++;
                }
            }
            if (!closed)
                fail(`unterminated double quote in '${raw}'`);
            inWord = true;
        }
        else if (ch === '\\') {
            if (i + 1 < raw.length) {
                if (raw[i + 1] !== '\n')
                    cur += raw[i + 1];
                inWord = raw[i + 1] !== '\n' || inWord;
            }
            i += 2;
        }
        else if (/\s/.test(ch)) {
            if (inWord)
                out.push(cur);
            cur = '';
            inWord = false;
            i++;
        }
        else {
            const op = OPERATORS.find((o) => raw.startsWith(o, i));
            if (op)
                fail(`'${raw}' uses the shell operator '${op}'. Expected a plain command, or set 'shell: bash' to run it through bash`);
            cur += ch;
            inWord = true;
            i++;
        }
    }
    if (inWord)
        out.push(cur);
    if (out.length === 0)
        fail('the command is empty');
    return out;
}
/** argv for a command: split into words, or run by bash with -e -o pipefail when `shell` is 'bash'. */
function commandArgv(name, raw, shell) {
    if (shell === 'bash')
        return ['bash', '--noprofile', '--norc', '-e', '-o', 'pipefail', '-c', raw];
    return splitCommand(name, raw);
}


/***/ }),

/***/ 64892:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.parseRepo = parseRepo;
exports.readContext = readContext;
/** The run's GitHub context, read once from the runner's environment (never from module-level constants). */
const node_fs_1 = __webpack_require__(73024);
const errors_js_1 = __webpack_require__(97268);
function parseRepo(name, raw) {
    const m = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/.exec(raw);
    if (!m)
        throw errors_js_1.InputError.invalid(name, raw, 'the form {owner}/{repo}');
    return { owner: m[1], repo: m[2] };
}
function obj(v) {
    return v && typeof v === 'object' && !Array.isArray(v) ? v : undefined;
}
function readContext(env = process.env) {
    let payload = {};
    const eventPath = env.GITHUB_EVENT_PATH;
    if (eventPath) {
        try {
            payload = obj(JSON.parse((0, node_fs_1.readFileSync)(eventPath, 'utf8'))) ?? {};
        }
        catch {
            payload = {};
        }
    }
    const repo = env.GITHUB_REPOSITORY ? parseRepo('GITHUB_REPOSITORY', env.GITHUB_REPOSITORY) : undefined;
    const pr = obj(payload.pull_request);
    const prNumber = typeof pr?.number === 'number' ? pr.number : undefined;
    const headRepo = obj(obj(pr?.head)?.repo);
    const baseRepo = obj(obj(pr?.base)?.repo);
    const fromFork = headRepo !== undefined && baseRepo !== undefined && headRepo.full_name !== baseRepo.full_name;
    const serverUrl = env.GITHUB_SERVER_URL ?? 'https://github.com';
    const runId = env.GITHUB_RUN_ID ?? '';
    return {
        eventName: env.GITHUB_EVENT_NAME ?? '',
        repo,
        sha: env.GITHUB_SHA ?? '',
        ref: env.GITHUB_REF ?? '',
        runId,
        runAttempt: env.GITHUB_RUN_ATTEMPT ?? '1',
        serverUrl,
        apiUrl: env.GITHUB_API_URL ?? 'https://api.github.com',
        workspace: env.GITHUB_WORKSPACE ?? process.cwd(),
        runnerTemp: env.RUNNER_TEMP ?? '',
        prNumber,
        headSha: typeof obj(pr?.head)?.sha === 'string' ? obj(pr?.head)?.sha : undefined,
        fromFork,
        payload,
        runUrl: repo && runId ? `${serverUrl}/${repo.owner}/${repo.repo}/actions/runs/${runId}` : undefined,
    };
}


/***/ }),

/***/ 91300:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.SSL_MODES = void 0;
exports.parseDatabaseUrl = parseDatabaseUrl;
exports.formatDatabaseUrl = formatDatabaseUrl;
exports.describeTarget = describeTarget;
exports.secretsOf = secretsOf;
exports.targetFromSecret = targetFromSecret;
exports.rdsFromHost = rdsFromHost;
/**
 * Where the database is: a `postgres://` URL (the `database-url` input, `--database-url`, DATABASE_URL) or the
 * JSON secret RDS and Secrets Manager rotation write (`username`, `password`, `host`, `port`, `dbname`, …),
 * optionally combined: a URL without credentials plus a secret that holds only `username`/`password` (what
 * RDS-managed master user secrets contain). Nothing here ever puts the password into a message.
 */
const errors_js_1 = __webpack_require__(97268);
exports.SSL_MODES = [
    'disable',
    'allow',
    'prefer',
    'require',
    'verify-ca',
    'verify-full',
];
const EXPECTED_URL = 'a PostgreSQL URL such as postgres://user:password@host:5432/dbname (the value is not shown)';
function bad(input, why) {
    return new errors_js_1.InputError(input, `Invalid input '${input}': ${why}. Expected ${EXPECTED_URL}.`);
}
/** Parses a postgres:// or postgresql:// URL. Errors never repeat the value (it may hold a password). */
function parseDatabaseUrl(input, raw, opts = {}) {
    const value = raw.trim();
    if (!/^postgres(ql)?:\/\//i.test(value)) {
        throw bad(input, /^[a-z][a-z0-9+.-]*:/i.test(value) ? `the scheme is '${value.split(':')[0]}'` : 'not a URL');
    }
    let url;
    try {
        url = new URL(value);
    }
    catch {
        throw bad(input, 'the URL cannot be parsed (percent-encode special characters in the password)');
    }
    const params = url.searchParams;
    let host = decodeURIComponent(url.hostname).replace(/^\[(.*)\]$/, '$1');
    if (!host && params.get('host'))
        host = params.get('host');
    if (!host)
        throw bad(input, 'it names no host');
    const portText = url.port || params.get('port') || '5432';
    if (!/^\d+$/.test(portText) || Number(portText) < 1 || Number(portText) > 65535) {
        throw bad(input, `the port '${portText}' is not a number from 1 to 65535`);
    }
    let database;
    try {
        database = decodeURIComponent(url.pathname.replace(/^\//, '')) || params.get('dbname') || '';
    }
    catch {
        throw bad(input, 'the database name is not valid percent-encoding');
    }
    let user;
    let password;
    try {
        user = decodeURIComponent(url.username) || params.get('user') || '';
        password = url.password ? decodeURIComponent(url.password) : (params.get('password') ?? undefined);
    }
    catch {
        throw bad(input, 'the user or password is not valid percent-encoding');
    }
    if (!database)
        throw bad(input, 'it names no database (the path after the host)');
    if (!user && opts.credentials !== 'optional')
        throw bad(input, 'it names no user');
    const sslmodeRaw = params.get('sslmode') ?? 'prefer';
    if (!exports.SSL_MODES.includes(sslmodeRaw)) {
        throw new errors_js_1.InputError(input, `Invalid input '${input}': sslmode '${sslmodeRaw}' is not one of ${exports.SSL_MODES.join(', ')}.`);
    }
    const timeoutText = params.get('connect_timeout');
    let connectTimeoutMs;
    if (timeoutText !== null) {
        if (!/^\d+$/.test(timeoutText)) {
            throw new errors_js_1.InputError(input, `Invalid input '${input}': connect_timeout '${timeoutText}' is not a whole number of seconds (0 waits indefinitely).`);
        }
        // libpq: 0 waits indefinitely, and 1 second is taken as 2
        connectTimeoutMs = Number(timeoutText) === 0 ? 0 : Math.max(2, Number(timeoutText)) * 1000;
    }
    return {
        host,
        port: Number(portText),
        database,
        user,
        password,
        sslmode: sslmodeRaw,
        sslrootcert: params.get('sslrootcert') ?? undefined,
        ...(connectTimeoutMs !== undefined ? { connectTimeoutMs } : {}),
    };
}
/** `postgres://user:password@host:port/db?sslmode=…` with every part percent-encoded. */
function formatDatabaseUrl(t) {
    const auth = t.user
        ? `${encodeURIComponent(t.user)}${t.password !== undefined ? `:${encodeURIComponent(t.password)}` : ''}@`
        : '';
    const host = t.host.includes(':') ? `[${t.host}]` : t.host;
    const q = new URLSearchParams();
    if (t.sslmode !== 'prefer')
        q.set('sslmode', t.sslmode);
    if (t.sslrootcert)
        q.set('sslrootcert', t.sslrootcert);
    if (t.connectTimeoutMs !== undefined)
        q.set('connect_timeout', String(t.connectTimeoutMs / 1000));
    const query = q.toString();
    return `postgres://${auth}${host}:${t.port}/${encodeURIComponent(t.database)}${query ? `?${query}` : ''}`;
}
/** For logs: `user@host:port/db` — never the password. */
function describeTarget(t) {
    return `${t.user ? `${t.user}@` : ''}${t.host}:${t.port}/${t.database}`;
}
/** Every form the password could be printed in: raw, percent-encoded, and the whole URL. */
function secretsOf(t) {
    if (!t.password)
        return [];
    return [t.password, encodeURIComponent(t.password), formatDatabaseUrl(t)];
}
/**
 * A Secrets Manager SecretString: the RDS JSON form, or a plain postgres:// URL. `base` (a URL without
 * credentials, from `database-url`) supplies what the secret leaves out. Errors name the keys, never values.
 */
function targetFromSecret(input, secretId, secretString, base) {
    const text = secretString.trim();
    if (/^postgres(ql)?:\/\//i.test(text)) {
        const t = parseDatabaseUrl(input, text);
        return base ? { ...t, ...howToConnect(base) } : t;
    }
    let json;
    try {
        json = JSON.parse(text);
    }
    catch {
        throw new errors_js_1.InputError(input, `Secret '${secretId}' is neither JSON nor a postgres:// URL. Expected the JSON RDS writes ` +
            '({"username", "password", "host", "port", "dbname"}) or a URL such as postgres://user:password@host:5432/dbname.');
    }
    if (!json || typeof json !== 'object' || Array.isArray(json)) {
        throw new errors_js_1.InputError(input, `Secret '${secretId}' holds JSON that is not an object. Expected {"username", "password", "host", "port", "dbname"}.`);
    }
    const s = json;
    const str = (v) => typeof v === 'string' && v !== '' ? v : typeof v === 'number' ? String(v) : undefined;
    if (s.engine !== undefined && typeof s.engine === 'string' && !/postgres/i.test(s.engine)) {
        throw new errors_js_1.InputError(input, `Secret '${secretId}' is for engine '${s.engine}'; Keelson migrates PostgreSQL.`);
    }
    const host = str(s.host) ?? base?.host;
    const dbname = str(s.dbname) ?? base?.database;
    const missing = [
        str(s.username) ? '' : 'username',
        str(s.password) ? '' : 'password',
        host ? '' : 'host',
        dbname ? '' : 'dbname',
    ].filter(Boolean);
    if (missing.length > 0) {
        const keys = Object.keys(s).sort();
        throw new errors_js_1.InputError(input, `Secret '${secretId}' has no ${missing.join(', ')} (its keys: ${keys.join(', ') || 'none'}). Expected the JSON RDS ` +
            'writes: {"username", "password", "host", "port", "dbname"}' +
            (missing.every((k) => k === 'host' || k === 'dbname')
                ? "; for a secret with only username and password, give the host and database as 'database-url' " +
                    '(postgres://host:5432/dbname, without credentials).'
                : '.'));
    }
    const portText = str(s.port) ?? (base ? String(base.port) : '5432');
    if (!/^\d+$/.test(portText) || Number(portText) < 1 || Number(portText) > 65535) {
        throw new errors_js_1.InputError(input, `Secret '${secretId}' has a port that is not a number from 1 to 65535.`);
    }
    return {
        host: host,
        port: Number(portText),
        database: dbname,
        user: str(s.username),
        password: str(s.password),
        ...howToConnect(base),
        dbInstanceIdentifier: str(s.dbInstanceIdentifier),
        dbClusterIdentifier: str(s.dbClusterIdentifier),
    };
}
/**
 * What the `database-url` input says about how to connect (TLS, the connect timeout), kept over what the secret
 * names; a timeout only where the input gives one.
 */
function howToConnect(base) {
    return {
        sslmode: base?.sslmode ?? 'prefer',
        sslrootcert: base?.sslrootcert,
        ...(base?.connectTimeoutMs !== undefined ? { connectTimeoutMs: base.connectTimeoutMs } : {}),
    };
}
/**
 * RDS identifiers from an RDS endpoint host name: `mydb.c1x2y3.eu-west-1.rds.amazonaws.com` is instance
 * `mydb`; `app.cluster-c1x2y3.eu-west-1.rds.amazonaws.com` (and `cluster-ro-`) is cluster `app`.
 */
function rdsFromHost(host) {
    const m = /^([a-z][a-z0-9-]*)\.(cluster-(?:ro-)?)?[a-z0-9]+\.([a-z]{2}(?:-[a-z]+)+-\d+)\.rds\.amazonaws\.com(?:\.cn)?$/i.exec(host);
    if (!m)
        return {};
    return m[2] ? { cluster: m[1], region: m[3] } : { instance: m[1], region: m[3] };
}


/***/ }),

/***/ 54552:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.readDatabaseSettings = readDatabaseSettings;
exports.readMigrateSettings = readMigrateSettings;
/**
 * The migrate action's inputs (and `keelson migrate`'s flags), parsed once into typed settings. Kept apart
 * from the flow so a bad input is reported before node-postgres or the AWS signer is loaded.
 */
const node_path_1 = __webpack_require__(76760);
const argv_js_1 = __webpack_require__(49253);
const errors_js_1 = __webpack_require__(97268);
const database_url_js_1 = __webpack_require__(91300);
const HOUR = 3_600_000;
const SECRET_ID = /^(arn:aws[\w-]*:secretsmanager:[a-z0-9-]+:\d{12}:secret:[\w/+=.@-]+|[\w/+=.@-]{1,512})$/;
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const RDS_ID = /^[a-zA-Z][a-zA-Z0-9-]{0,62}$/;
/**
 * The migrator's argv. In job mode `$(VAR)` is Kubernetes' own expansion of the container's environment
 * (`-database $(DATABASE_URL)`), not a shell's command substitution: it is kept as it is.
 */
function migratorArgv(raw, shell, mode) {
    if (mode !== 'job' || shell === 'bash')
        return (0, argv_js_1.commandArgv)('command', raw, shell);
    const refs = [];
    const mark = `keelson-k8s-ref-${Math.random().toString(36).slice(2)}-`;
    const marked = raw.replace(/\$\(([A-Za-z_][A-Za-z0-9_]*)\)/g, (m) => `${mark}${refs.push(m) - 1}.`);
    const back = new RegExp(`${mark}(\\d+)\\.`, 'g');
    return (0, argv_js_1.commandArgv)('command', marked, shell).map((a) => a.replace(back, (_, i) => refs[Number(i)]));
}
async function readDatabaseSettings(inputs, env) {
    const url = inputs.string('database-url') || undefined;
    const secretId = inputs.string('database-secret-id') || undefined;
    if (!url && !secretId) {
        throw errors_js_1.InputError.required('database-url', "the database to migrate, as postgres://user:password@host:5432/dbname (or give 'database-secret-id', a Secrets Manager secret)");
    }
    if (url)
        (0, database_url_js_1.parseDatabaseUrl)('database-url', url, { credentials: secretId ? 'optional' : 'required' });
    if (secretId && !SECRET_ID.test(secretId)) {
        throw errors_js_1.InputError.invalid('database-secret-id', secretId, 'a Secrets Manager secret name or ARN');
    }
    const region = inputs.string('aws-region') || env.AWS_REGION || env.AWS_DEFAULT_REGION || undefined;
    if (region)
        (await __webpack_require__.e(/* import() */ 2296).then(__webpack_require__.bind(__webpack_require__, 42296))).parseRegion('aws-region', region);
    return { url, secretId, region, source: secretId ? 'database-secret-id' : 'database-url' };
}
async function readEnvMap(inputs) {
    const map = await inputs.map('env');
    const out = {};
    for (const [k, v] of Object.entries(map)) {
        if (!ENV_NAME.test(k))
            throw errors_js_1.InputError.invalid('env', k, 'environment variable names (letters, digits and _)');
        if (v !== null && typeof v === 'object')
            throw errors_js_1.InputError.invalid('env', `${k}: …`, 'string values');
        out[k] = v === null || v === undefined ? '' : String(v);
    }
    return out;
}
async function readMigrateSettings(inputs, opts) {
    const mode = inputs.enum('mode', ['command', 'job'], 'command');
    const rawCommand = inputs.string('command');
    const migrator = inputs.enum('migrator', ['keelson', 'external'], rawCommand ? 'external' : 'keelson');
    if (migrator === 'keelson' && rawCommand) {
        throw new errors_js_1.InputError('command', "Input 'command' runs an external migrator, but 'migrator' is 'keelson' (the built-in one). Remove 'command', or set 'migrator: external'.");
    }
    if (migrator === 'external' && !rawCommand) {
        throw errors_js_1.InputError.required('command', mode === 'job'
            ? 'the migrate command to run in the release image, such as `./migrate -path /migrations -database ${DATABASE_URL} up`'
            : 'the migrator to run, such as `migrate -path db/migrations -database ${DATABASE_URL} up`');
    }
    if (mode === 'job' && migrator === 'keelson') {
        throw errors_js_1.InputError.required('command', "job mode runs the migrator inside the release image: give the image's migrate command (the built-in migrator runs in command mode)");
    }
    const shell = inputs.enum('shell', ['none', 'bash'], 'none');
    const command = rawCommand ? migratorArgv(rawCommand, shell, mode) : undefined;
    const dirRaw = inputs.string('dir', { default: 'migrations' });
    const dir = (0, node_path_1.resolve)(opts.workspace, dirRaw);
    const database = await readDatabaseSettings(inputs, opts.env);
    const lockName = inputs.string('lock-name', { default: 'keelson-migrate' });
    if (!/^[\w.:/@-]{1,100}$/.test(lockName)) {
        throw errors_js_1.InputError.invalid('lock-name', lockName, 'a name of letters, digits and . _ : / @ - (at most 100)');
    }
    const snapshot = inputs.boolean('snapshot', false);
    const instance = inputs.string('db-instance-identifier') || undefined;
    const cluster = inputs.string('db-cluster-identifier') || undefined;
    if (instance && cluster) {
        throw new errors_js_1.InputError('db-cluster-identifier', "Give either 'db-instance-identifier' or 'db-cluster-identifier', not both.");
    }
    for (const [name, v] of [
        ['db-instance-identifier', instance],
        ['db-cluster-identifier', cluster],
    ]) {
        if (v && !RDS_ID.test(v))
            throw errors_js_1.InputError.invalid(name, v, 'an RDS identifier (a letter, then letters, digits and -; at most 63)');
    }
    const lint = inputs.boolean('lint', true);
    const settings = {
        mode,
        migrator,
        command,
        workingDirectory: (0, node_path_1.resolve)(opts.workspace, inputs.string('working-directory', { default: '.' })),
        env: await readEnvMap(inputs),
        dir,
        database,
        lockName,
        lockTimeoutMs: inputs.duration('lock-timeout', '10m', { min: 0, max: 6 * HOUR }),
        timeoutMs: inputs.duration('timeout', '30m', { min: 1000, max: 24 * HOUR }),
        dryRun: inputs.boolean('dry-run', false),
        outOfOrder: inputs.boolean('out-of-order', false),
        lint,
        lintPaths: inputs.globs('lint-paths', [`${dirRaw.replace(/\/+$/, '')}/**/*.sql`, '!**/*.down.sql']),
        allowDestructive: inputs.boolean('allow-destructive', false),
        snapshot: snapshot
            ? {
                instance,
                cluster,
                timeoutMs: inputs.duration('snapshot-timeout', '1h', { min: 1000, max: 24 * HOUR }),
            }
            : undefined,
    };
    if (mode === 'job') {
        // the Kubernetes inputs' parsers, loaded only for job mode
        const { readAccess, dnsLabel } = await __webpack_require__.e(/* import() */ 4655).then(__webpack_require__.bind(__webpack_require__, 84655));
        const { parseImagePins } = await __webpack_require__.e(/* import() */ 6158).then(__webpack_require__.bind(__webpack_require__, 46158));
        settings.job = {
            access: readAccess(inputs, opts.env),
            namespace: dnsLabel(inputs, 'namespace', 'default'),
            service: dnsLabel(inputs, 'service'),
            container: inputs.string('container') || undefined,
            manifests: inputs.globs('manifests', []),
            images: parseImagePins(inputs.lines('images')),
            ttlSeconds: Math.round(inputs.duration('job-ttl', '24h', { min: 0, max: 30 * 24 * HOUR }) / 1000),
        };
    }
    return settings;
}


/***/ }),

/***/ 22081:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.runAction = runAction;
const errors_js_1 = __webpack_require__(97268);
/**
 * The one top-level catch of every action. Whatever is thrown — an Error or not — ends the step red with one
 * line; a stack trace only under RUNNER_DEBUG and only for bugs.
 */
async function runAction(ctx, fn) {
    try {
        await fn();
    }
    catch (error) {
        try {
            const { message } = (0, errors_js_1.describeError)(error, ctx.isDebug());
            if (error instanceof errors_js_1.PolicyError && error.details)
                ctx.info(error.details);
            ctx.setFailed(message);
        }
        catch {
            // Reporting itself failed: fail with a line that holds nothing from the error (it could hold a secret).
            ctx.setFailed('Keelson failed and could not report why; run with RUNNER_DEBUG=1 for details.');
        }
    }
}


/***/ })

};
