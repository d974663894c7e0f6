export const id = 744;
export const ids = [744];
export const modules = {

/***/ 2140:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.migratorEnv = migratorEnv;
exports.databaseEnv = databaseEnv;
exports.expandArgs = expandArgs;
exports.runMigrator = runMigrator;
const errors_js_1 = __webpack_require__(7268);
const database_url_js_1 = __webpack_require__(1300);
const PASS_THROUGH = [
    'PATH',
    'HOME',
    'USER',
    'LOGNAME',
    'LANG',
    'LANGUAGE',
    'TZ',
    'TMPDIR',
    'TEMP',
    'TMP',
    'SSL_CERT_FILE',
    'SSL_CERT_DIR',
    'NODE_EXTRA_CA_CERTS',
    'JAVA_HOME',
    'SYSTEMROOT',
    'COMSPEC',
];
/** The migrator's environment: the pass-through list, the database, the lock it runs under, then `extra`. */
function migratorEnv(parent, target, lock, appName, extra) {
    const env = {};
    for (const [k, v] of Object.entries(parent)) {
        if (v !== undefined && (PASS_THROUGH.includes(k) || k.startsWith('LC_')))
            env[k] = v;
    }
    Object.assign(env, databaseEnv(target));
    env.PGAPPNAME = appName.slice(0, 63);
    if (lock) {
        env.KEELSON_MIGRATE_LOCK = lock.name;
        env.KEELSON_MIGRATE_LOCK_PID = String(lock.pid);
    }
    return { ...env, ...extra };
}
/** DATABASE_URL and libpq's variables for a target. */
function databaseEnv(t) {
    const env = {
        DATABASE_URL: (0, database_url_js_1.formatDatabaseUrl)(t),
        PGHOST: t.host,
        PGPORT: String(t.port),
        PGDATABASE: t.database,
        PGUSER: t.user,
    };
    // prefer is libpq's default; left unset, since some clients (node-postgres) read PGSSLMODE=prefer as require
    if (t.sslmode !== 'prefer')
        env.PGSSLMODE = t.sslmode;
    if (t.password !== undefined)
        env.PGPASSWORD = t.password;
    if (t.sslrootcert)
        env.PGSSLROOTCERT = t.sslrootcert;
    return env;
}
/** `${NAME}` → env[NAME] in each argument; an unknown name is an error (never an empty string). */
function expandArgs(input, argv, env) {
    return argv.map((arg) => arg.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g, (_, name) => {
        const v = env[name];
        if (v === undefined) {
            throw new errors_js_1.ToolError(`'${input}' uses \${${name}}, which is not set for the migrator. Known: ${Object.keys(env).sort().join(', ')}.`);
        }
        return v;
    }));
}
/** Runs argv; streams masked output; on `signal` abort sends SIGTERM, SIGKILL after `graceMs`, and waits. */
async function runMigrator(argv, opts) {
    const { spawn } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 1421, 23));
    const started = performance.now();
    return new Promise((resolve, reject) => {
        let child;
        try {
            child = spawn(argv[0], argv.slice(1), {
                cwd: opts.cwd,
                env: opts.env,
                stdio: ['ignore', 'pipe', 'pipe'],
            });
        }
        catch (e) {
            reject(e);
            return;
        }
        const tail = [];
        let pending = '';
        let stopped;
        let killTimer;
        const onData = (buf) => {
            const text = opts.masker.mask(buf.toString('utf8'));
            opts.onOutput?.(text);
            const lines = (pending + text).split(/\r?\n/);
            pending = lines.pop() ?? '';
            for (const l of lines)
                if (l.trim())
                    tail.push(l);
            if (tail.length > 20)
                tail.splice(0, tail.length - 20);
        };
        child.stdout?.on('data', onData);
        child.stderr?.on('data', onData);
        const onAbort = () => {
            const reason = opts.signal?.reason;
            stopped = reason instanceof Error ? reason.message : 'cancelled';
            child.kill('SIGTERM');
            killTimer = setTimeout(() => child.kill('SIGKILL'), opts.graceMs ?? 10_000);
        };
        if (opts.signal?.aborted)
            onAbort();
        else
            opts.signal?.addEventListener('abort', onAbort, { once: true });
        child.on('error', (err) => {
            opts.signal?.removeEventListener('abort', onAbort);
            if (killTimer)
                clearTimeout(killTimer);
            if (err.code === 'ENOENT') {
                reject(new errors_js_1.ToolError(`Migrator command not found: '${argv[0]}'. Install it on the runner or put it on PATH.`));
            }
            else if (err.code === 'EACCES') {
                reject(new errors_js_1.ToolError(`Migrator command '${argv[0]}' is not executable.`));
            }
            else
                reject(err);
        });
        child.on('close', (code, signal) => {
            opts.signal?.removeEventListener('abort', onAbort);
            if (killTimer)
                clearTimeout(killTimer);
            if (pending.trim())
                tail.push(pending);
            resolve({
                exitCode: code ?? 128,
                signal: signal ?? undefined,
                durationMs: performance.now() - started,
                tail: tail.slice(-10),
                stopped,
            });
        });
    });
}


/***/ }),

/***/ 1979:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.DatabaseError = void 0;
exports.loadPg = loadPg;
exports.openClient = openClient;
exports.pgCode = pgCode;
exports.connectionError = connectionError;
/**
 * PostgreSQL connections for the migrate flow (node-postgres, loaded on first use). TLS follows libpq's
 * sslmode semantics — including its default `prefer`, which RDS (rds.force_ssl) relies on — and every
 * connection failure becomes one line that says what to fix, with the target as user@host:port/db and never
 * the password.
 */
const node_fs_1 = __webpack_require__(3024);
const node_net_1 = __webpack_require__(7030);
const node_tls_1 = __webpack_require__(1692);
const errors_js_1 = __webpack_require__(7268);
const database_url_js_1 = __webpack_require__(1300);
/** A database the user pointed at could not be used: unreachable, wrong password, missing database. */
class DatabaseError extends errors_js_1.ToolError {
    name = 'DatabaseError';
}
exports.DatabaseError = DatabaseError;
let pgModule;
async function loadPg() {
    if (!pgModule) {
        // When it loads, node-postgres asks whether it runs on Cloudflare Workers: `navigator.userAgent`, or else
        // a fetch Response with a `cf` option. Node 20 has no `navigator`, so that builds a Response, which loads
        // Node's bundled undici (~15 ms, a tenth of a whole migrate run). Node 21+ defines `navigator` itself;
        // on Node 20 the same answer is given for the duration of the import.
        const g = globalThis;
        const shim = g.navigator === undefined;
        if (shim) {
            Object.defineProperty(globalThis, 'navigator', {
                value: { userAgent: `Node.js/${process.versions.node.split('.')[0]}` },
                configurable: true,
                writable: true,
            });
        }
        try {
            const m = (await __webpack_require__.e(/* import() */ 849).then(__webpack_require__.bind(__webpack_require__, 3849)));
            pgModule = m.default ?? m;
        }
        finally {
            if (shim)
                delete g.navigator;
        }
    }
    return pgModule;
}
function tlsOptions(t, source) {
    let ca;
    if (t.sslrootcert && t.sslrootcert !== 'system') {
        try {
            ca = (0, node_fs_1.readFileSync)(t.sslrootcert, 'utf8');
        }
        catch {
            throw new DatabaseError(`Cannot read sslrootcert '${t.sslrootcert}' (from '${source}'): expected a PEM CA bundle file.`);
        }
    }
    switch (t.sslmode) {
        case 'disable':
        case 'allow':
            return false;
        case 'prefer':
            return { rejectUnauthorized: false };
        case 'require':
            // libpq: require with a root certificate behaves like verify-ca
            return ca
                ? { ca, rejectUnauthorized: true, checkServerIdentity: () => undefined }
                : { rejectUnauthorized: false };
        case 'verify-ca':
            if (!ca) {
                throw new DatabaseError(`sslmode=verify-ca needs sslrootcert (from '${source}'): the CA bundle that signed the server's certificate.`);
            }
            return { ca, rejectUnauthorized: true, checkServerIdentity: () => undefined };
        case 'verify-full':
            // explicit: NODE_TLS_REJECT_UNAUTHORIZED=0 in the runner's environment must not turn verification off
            return ca ? { ca, rejectUnauthorized: true } : { rejectUnauthorized: true };
    }
}
/** The SSLRequest message: length 8, then the code 80877103 (1234 in the high 16 bits, 5679 in the low). */
const SSL_REQUEST = Buffer.from([0, 0, 0, 8, 0x04, 0xd2, 0x16, 0x2f]);
/** The server answered the SSLRequest with something other than 'S': it does not offer TLS (the socket is closed). */
class NoTls extends Error {
    refused;
    constructor(message, 
    /** The answer was 'N', the protocol's "no TLS here" (else it made no sense). */
    refused) {
        super(message);
        this.refused = refused;
    }
}
/**
 * TLS was agreed ('S') but failed: the handshake (a bad certificate, an alert, the server hanging up), or the
 * server refused the login over TLS (pg_hba's `hostnossl`, SQLSTATE 28000). Keeps the cause's message and code.
 */
class TlsFailed extends Error {
    code;
    constructor(cause) {
        super((0, errors_js_1.errorMessage)(cause), { cause });
        this.code = pgCode(cause);
    }
}
/** The connect timeout ran out (node-postgres' own words for it, which connectionError recognises). */
class TimedOut extends Error {
    constructor() {
        super('timeout expired');
    }
}
/**
 * libpq's TLS negotiation on one socket: connect, send an SSLRequest, and read the server's one-byte answer. 'S':
 * the TLS handshake runs on that socket. 'N' (the server offers no TLS): with `plainOk` (sslmode=prefer) the same
 * socket goes on in plain text — node-postgres would close it and fail, which costs a second connection (and a
 * second server backend) per connection on every server without TLS, such as a CI service container — else the
 * attempt fails. Resolves with the socket ready for the startup message; `timeoutMs` 0 waits indefinitely.
 */
function negotiateTls(t, tlsOpts, plainOk, timeoutMs) {
    return new Promise((resolve, reject) => {
        const raw = (0, node_net_1.connect)({ host: t.host, port: t.port });
        raw.setNoDelay(true);
        let current = raw;
        let agreed = false;
        let settled = false;
        const fail = (e) => {
            if (settled)
                return;
            settled = true;
            clearTimeout(timer);
            current.destroy();
            raw.destroy();
            // after 'S', a failure is TLS's (a timeout stays a timeout: the connection as a whole ran out of time)
            reject(agreed && !(e instanceof TimedOut) ? new TlsFailed(e) : e);
        };
        const done = (s) => {
            if (settled)
                return;
            settled = true;
            clearTimeout(timer);
            s.off('error', fail);
            s.off('close', closed);
            raw.off('error', fail);
            raw.off('close', closed);
            resolve(s);
        };
        const timer = timeoutMs > 0 ? setTimeout(() => fail(new TimedOut()), timeoutMs) : undefined;
        const closed = () => fail(new Error('Connection terminated unexpectedly'));
        raw.once('error', fail);
        raw.once('close', closed);
        raw.once('connect', () => raw.write(SSL_REQUEST));
        // the server sends nothing after its answer until it gets the next message: nothing is lost between here
        // and node-postgres (or TLS) taking over the socket
        raw.once('data', (answer) => {
            const code = String.fromCharCode(answer[0] ?? 0);
            if (code === 'N' && answer.length === 1) {
                if (plainOk) {
                    done(raw);
                }
                else {
                    fail(new NoTls('The server does not support SSL connections', true));
                }
                return;
            }
            if (code !== 'S' || answer.length !== 1) {
                fail(new NoTls('There was an error establishing an SSL connection', false));
                return;
            }
            agreed = true;
            const secure = (0, node_tls_1.connect)({
                ...tlsOpts,
                socket: raw,
                host: t.host,
                // SNI carries a host name, never an IP address (RFC 6066)
                ...((0, node_net_1.isIP)(t.host) === 0 ? { servername: t.host } : {}),
            });
            current = secure;
            secure.once('error', fail);
            secure.once('close', closed);
            secure.once('secureConnect', () => done(secure));
        });
    });
}
/**
 * A socket node-postgres takes as its stream when the connection is already open: its `connect()` only
 * announces it (node-postgres calls connect(), then waits for 'connect').
 */
function asOpenStream(s) {
    Object.defineProperty(s, 'connect', {
        configurable: true,
        value() {
            process.nextTick(() => s.emit('connect'));
            return s;
        },
    });
    return s;
}
/**
 * Opens a connection with libpq's sslmode semantics: `disable` plain; `allow` plain, then TLS when the server
 * refuses plain text; `prefer` TLS when the server offers it, else plain text on the same socket (and plain text
 * on a new one when TLS was agreed but failed); `require`/`verify-ca`/`verify-full` TLS or nothing. A Unix
 * socket (a host that is a directory) never uses TLS, as in libpq. The connect timeout (the URL's
 * connect_timeout, else `connectTimeoutMs`, else 30 s) covers every attempt together.
 */
async function openClient(t, opts) {
    const pg = await loadPg();
    const timeoutMs = t.connectTimeoutMs ?? opts.connectTimeoutMs ?? 30_000;
    const deadline = Date.now() + timeoutMs;
    // 0 is "wait indefinitely" for both node-postgres and negotiateTls
    const left = () => (timeoutMs === 0 ? 0 : Math.max(1, deadline - Date.now()));
    const base = {
        host: t.host,
        port: t.port,
        database: t.database,
        user: t.user,
        password: t.password ?? '',
        application_name: opts.applicationName.slice(0, 63),
        keepAlive: true,
        keepAliveInitialDelayMillis: 10_000,
        // every connection pipelines: concurrent queries (a heartbeat beside a cancel) are sent, not refused
        pipeline: opts.pipeline !== false,
        ssl: false,
    };
    const startup = async (stream) => {
        const client = new pg.Client({
            ...base,
            connectionTimeoutMillis: left(),
            ...(stream ? { stream: () => asOpenStream(stream) } : {}),
        });
        // a connection that dies while idle emits 'error'; the owner listens too, this keeps it from crashing
        client.on('error', () => undefined);
        try {
            await client.connect();
            return client;
        }
        catch (e) {
            // a TLS socket can report a fatal alert after its handshake without closing: end() would wait forever
            stream?.destroy();
            await client.end().catch(() => undefined);
            throw e;
        }
    };
    const overTls = async (tlsOpts, plainOk) => {
        const stream = await negotiateTls(t, tlsOpts, plainOk, left());
        try {
            return await startup(stream);
        }
        catch (e) {
            // over TLS: the session failed below the protocol (a fatal alert after the handshake, such as a client
            // certificate the server requires), or the server refused this login over TLS (pg_hba hostnossl)
            const refusedLogin = e instanceof pg.DatabaseError && pgCode(e) === '28000';
            if (stream instanceof node_tls_1.TLSSocket && (refusedLogin || !(e instanceof pg.DatabaseError)))
                throw new TlsFailed(e);
            throw e;
        }
    };
    const tls = tlsOptions(t, opts.source);
    try {
        if (t.host.startsWith('/'))
            return await startup();
        if (tls === false) {
            try {
                return await startup();
            }
            catch (e) {
                // allow: a server that refuses plain text (hostssl only, rds.force_ssl) gets TLS
                if (t.sslmode !== 'allow' || pgCode(e) !== '28000')
                    throw e;
                return await overTls({ rejectUnauthorized: false }, false);
            }
        }
        if (t.sslmode !== 'prefer')
            return await overTls(tls, false);
        try {
            return await overTls(tls, true);
        }
        catch (e) {
            // prefer, as libpq: TLS agreed but failed, or an answer that made no sense, is tried again without TLS
            if (!(e instanceof TlsFailed) && !(e instanceof NoTls))
                throw e;
            return await startup();
        }
    }
    catch (e) {
        throw connectionError(e, t, { ...opts, connectTimeoutMs: timeoutMs });
    }
}
function pgCode(e) {
    const code = e?.code;
    return typeof code === 'string' ? code : undefined;
}
/** One line for a failed connection attempt. */
function connectionError(e, t, opts) {
    const where = (0, database_url_js_1.describeTarget)(t);
    const from = `(from '${opts.source}')`;
    const code = pgCode(e);
    const msg = (0, errors_js_1.errorMessage)(e).split('\n')[0] ?? '';
    if (code === '28P01') {
        return new DatabaseError(`Password authentication failed for user '${t.user}' at ${where} ${from}.`);
    }
    if (code === '3D000')
        return new DatabaseError(`Database '${t.database}' does not exist at ${where} ${from}.`);
    if (code === '28000')
        return new DatabaseError(`The server refused ${where} ${from}: ${msg}.`);
    if (code === '57P03')
        return new DatabaseError(`The database at ${where} is starting up or shutting down ${from}; try again.`);
    if (code === '53300')
        return new DatabaseError(`The database at ${where} has no free connection slots ${from}: ${msg}.`);
    if ([
        'ECONNREFUSED',
        'ENOTFOUND',
        'EAI_AGAIN',
        'EHOSTUNREACH',
        'ENETUNREACH',
        'ECONNRESET',
        'ETIMEDOUT',
    ].includes(code ?? '')) {
        return new DatabaseError(`Cannot reach the database at ${t.host}:${t.port} ${from}: ${code}. Check the host and port, and that this runner can reach it (VPC, security group).`);
    }
    if (/timeout/i.test(msg)) {
        return new DatabaseError(`Timed out connecting to the database at ${t.host}:${t.port} ${from} after ${Math.round((opts.connectTimeoutMs ?? 30_000) / 1000)}s. Check that this runner can reach it (VPC, security group).`);
    }
    if (/does not support SSL/i.test(msg)) {
        return new DatabaseError(`The database at ${t.host}:${t.port} does not offer TLS, but sslmode=${t.sslmode} requires it ${from}.`);
    }
    if (/certificate|self[- ]signed|altnames|SSL|TLS/i.test(msg)) {
        // Node 24 appends advice about its own command-line flags, which is not what a Keelson user can act on
        const why = msg.replace(/;\s*if the root CA is installed locally.*$/, '');
        return new DatabaseError(`TLS to ${t.host}:${t.port} failed ${from}: ${why}. For RDS, pass the CA bundle as sslrootcert (or use sslmode=require).`);
    }
    return new DatabaseError(`Cannot connect to the database at ${where} ${from}: ${code ? `${code} ` : ''}${msg}`);
}


/***/ }),

/***/ 5186:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.DIRECTIVES = void 0;
exports.checksumOf = checksumOf;
exports.displayPath = displayPath;
exports.parseMigration = parseMigration;
exports.readMigrations = readMigrations;
exports.compareVersions = compareVersions;
/**
 * The built-in migrator's files: `<version>_<name>.sql` in one directory (golang-migrate's `.up.sql` too; its
 * `.down.sql` files are ignored — the built-in migrator only goes forward), ordered by version as a number.
 * Each file's checksum is the sha256 of its text with line endings normalised, so a checkout with CRLF line
 * endings is not an edit. `-- keelson:…` directives are read here; an unknown one is an error, not a no-op.
 */
const node_crypto_1 = __webpack_require__(7598);
const node_fs_1 = __webpack_require__(3024);
const node_path_1 = __webpack_require__(6760);
const errors_js_1 = __webpack_require__(7268);
const sql_js_1 = __webpack_require__(8601);
const NAME = /^(\d+)[_-](.+?)(\.up)?\.sql$/;
const DIRECTIVE = /^\s*--\s*keelson:([\w-]+)(.*)$/gm;
exports.DIRECTIVES = ['no-transaction', 'allow'];
function checksumOf(sql) {
    return (0, node_crypto_1.createHash)('sha256').update(sql.replace(/\r\n/g, '\n'), 'utf8').digest('hex');
}
/** Display path: relative to `root` with forward slashes, or absolute when outside it. */
function displayPath(path, root) {
    const rel = (0, node_path_1.relative)(root, path);
    return rel.startsWith('..') || rel === '' ? path : rel.split(node_path_1.sep).join('/');
}
/** Parses one migration's text (directives, statements). Throws InputError naming the file and line. */
function parseMigration(input, file) {
    let transactional = true;
    for (const m of file.sql.matchAll(DIRECTIVE)) {
        const directive = m[1];
        if (!exports.DIRECTIVES.includes(directive)) {
            const line = file.sql.slice(0, m.index).split('\n').length;
            throw new errors_js_1.InputError(input, `${file.display}:${line}: unknown directive 'keelson:${directive}'. Expected keelson:no-transaction or keelson:allow <rule> <reason>.`);
        }
        if (directive === 'no-transaction')
            transactional = false;
    }
    let statements;
    try {
        statements = (0, sql_js_1.splitStatements)(file.sql);
    }
    catch (e) {
        if (e instanceof sql_js_1.SqlSyntaxError)
            throw new errors_js_1.InputError(input, `${file.display}:${e.line}: ${e.message}.`);
        throw e;
    }
    for (const line of file.sql.split('\n').entries()) {
        if (/^\s*\\[a-zA-Z!?]/.test(line[1])) {
            throw new errors_js_1.InputError(input, `${file.display}:${line[0] + 1}: psql meta-commands (${line[1].trim().split(/\s/)[0]}) are not SQL; the built-in migrator runs plain SQL only.`);
        }
    }
    if (transactional) {
        for (const st of statements) {
            const w = st.tokens.filter((t) => t.kind === 'word').map((t) => t.value);
            const control = ['BEGIN', 'COMMIT', 'ROLLBACK', 'END', 'ABORT'].includes(w[0] ?? '') ||
                (w[0] === 'START' && w[1] === 'TRANSACTION');
            if (control) {
                throw new errors_js_1.InputError(input, `${file.display}:${st.line}: '${w.slice(0, 2).join(' ')}' controls the transaction, but Keelson runs each migration in its own transaction. Remove it, or put '-- keelson:no-transaction' in the file to run its statements one by one.`);
            }
        }
    }
    return { ...file, checksum: checksumOf(file.sql), transactional, statements };
}
/**
 * Reads every migration in `dir`, ordered by version. Files that are not `.sql` are ignored (a README is
 * fine); an `.sql` file without a version, or two files with one version, is an error naming them.
 */
function readMigrations(dir, opts) {
    if (!(0, node_fs_1.existsSync)(dir) || !(0, node_fs_1.statSync)(dir).isDirectory()) {
        throw new errors_js_1.InputError(opts.input, `Invalid input '${opts.input}': '${displayPath(dir, opts.root)}' is not a directory. Expected the folder of <version>_<name>.sql migrations.`);
    }
    const out = [];
    const seen = new Map();
    // File types from the listing (no stat per file) and display paths from the folder's (one path.relative):
    // both cost more than reading the files when there are hundreds.
    const entries = (0, node_fs_1.readdirSync)(dir, { withFileTypes: true }).sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
    const relDir = (0, node_path_1.relative)(opts.root, dir);
    const under = !relDir.startsWith('..') && !(0, node_path_1.isAbsolute)(relDir);
    const prefix = relDir === '' ? '' : `${relDir.split(node_path_1.sep).join('/')}/`;
    for (const entry of entries) {
        const name = entry.name;
        if (!name.endsWith('.sql'))
            continue;
        const path = (0, node_path_1.join)(dir, name);
        const isFile = entry.isFile() || (entry.isSymbolicLink() && (0, node_fs_1.statSync)(path, { throwIfNoEntry: false })?.isFile());
        if (!isFile)
            continue;
        if (name.endsWith('.down.sql'))
            continue;
        const m = NAME.exec(name);
        const display = under && !(relDir === '' && name.startsWith('..')) ? `${prefix}${name}` : displayPath(path, opts.root);
        if (!m) {
            throw new errors_js_1.InputError(opts.input, `${display}: a migration's name starts with its version number, such as 0001_create_users.sql or 20260101120000_add_email.sql.`);
        }
        const version = BigInt(m[1]).toString();
        const other = seen.get(version);
        if (other)
            throw new errors_js_1.InputError(opts.input, `${display} and ${other} have the same version ${version}.`);
        seen.set(version, display);
        out.push(parseMigration(opts.input, { name, path, display, sql: (0, node_fs_1.readFileSync)(path, 'utf8'), version }));
    }
    return out.sort((a, b) => compareVersions(a.version, b.version));
}
function compareVersions(a, b) {
    const x = BigInt(a);
    const y = BigInt(b);
    return x < y ? -1 : x > y ? 1 : 0;
}


/***/ }),

/***/ 8:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.RULE_NAMES = exports.RULES = void 0;
exports.lint = lint;
/**
 * The expand–contract lint: flags statements that would make an app rollback need a schema rollback
 * (dropping or renaming what the previous version uses, narrowing a type, NOT NULL without a default) or that
 * lock a busy table for as long as they scan or build (validating a constraint, a plain CREATE INDEX), unless
 * the statement carries `-- keelson:allow <rule> <reason>` (or `allow-destructive` turns findings into
 * warnings). It reads the SQL only — no database — and follows the schema through the files in order, so it
 * knows a column's type and default, and which tables are new in this release (nothing uses them yet).
 */
const sql_js_1 = __webpack_require__(8601);
exports.RULES = {
    'drop-table': 'DROP TABLE',
    'drop-column': 'ALTER TABLE … DROP COLUMN',
    rename: 'RENAME of a table, view or column',
    'set-not-null': 'NOT NULL without a default',
    'type-narrowing': 'ALTER COLUMN … TYPE that narrows the column',
    'foreign-key-not-valid': 'FOREIGN KEY on an existing table without NOT VALID',
    'check-not-valid': 'CHECK on an existing table without NOT VALID',
    'create-index-concurrently': 'CREATE INDEX on an existing table without CONCURRENTLY',
    'concurrently-in-transaction': '… CONCURRENTLY inside a transaction',
    'no-transaction-idempotent': 'a statement in a keelson:no-transaction migration that is not idempotent',
    'invalid-allow': 'a keelson:allow comment with an unknown rule or without a reason',
};
exports.RULE_NAMES = Object.keys(exports.RULES);
const INT_BITS = {
    SMALLINT: 16,
    INT2: 16,
    SMALLSERIAL: 16,
    SERIAL2: 16,
    INT: 32,
    INTEGER: 32,
    INT4: 32,
    SERIAL: 32,
    SERIAL4: 32,
    BIGINT: 64,
    INT8: 64,
    BIGSERIAL: 64,
    SERIAL8: 64,
};
/** Reads a type from its tokens (`varchar ( 20 )`, `double precision`, `numeric(10,2)[]`, `timestamptz`). */
function parseType(tokens) {
    const words = [];
    const nums = [];
    let array = false;
    let inParens = false;
    for (const t of tokens) {
        if (t.kind === 'punct' && t.text === '(')
            inParens = true;
        else if (t.kind === 'punct' && t.text === ')')
            inParens = false;
        else if (t.kind === 'punct' && (t.text === '[' || t.text === ']'))
            array = true;
        else if (t.kind === 'number' && inParens)
            nums.push(Number(t.text));
        else if (t.kind === 'word') {
            if (t.value === 'ARRAY')
                array = true;
            else
                words.push(t.value);
        }
        else if (t.kind === 'quoted-ident')
            words.push(t.value.toUpperCase());
    }
    const name = words
        .filter((w) => w !== 'PG_CATALOG')
        .join(' ')
        .replace(/^PG_CATALOG /, '');
    if (!name)
        return undefined;
    const base = name.split(' ')[0];
    const shown = `${name.toLowerCase()}${nums.length ? `(${nums.join(',')})` : ''}${array ? '[]' : ''}`;
    const mk = (family, size, scale) => ({
        family,
        size,
        scale,
        array,
        name: shown,
    });
    if (INT_BITS[base])
        return mk('int', INT_BITS[base]);
    if (base === 'REAL' || base === 'FLOAT4')
        return mk('float', 32);
    if (name.startsWith('DOUBLE PRECISION') || base === 'FLOAT8')
        return mk('float', 64);
    if (base === 'FLOAT')
        return mk('float', nums[0] !== undefined && nums[0] <= 24 ? 32 : 64);
    if (base === 'NUMERIC' || base === 'DECIMAL')
        return mk('numeric', nums[0], nums[0] !== undefined ? (nums[1] ?? 0) : undefined);
    if (base === 'VARCHAR' || name.startsWith('CHARACTER VARYING'))
        return mk('varchar', nums[0]);
    if (base === 'CHAR' || base === 'CHARACTER' || base === 'BPCHAR')
        return mk('char', nums[0] ?? 1);
    if (base === 'TEXT')
        return mk('text');
    if (base === 'TIMESTAMPTZ' ||
        (base === 'TIMESTAMP' && name.includes('WITH TIME ZONE') && !name.includes('WITHOUT')))
        return mk('timestamptz');
    if (base === 'TIMESTAMP')
        return mk('timestamp');
    if (base === 'DATE')
        return mk('date');
    return mk('other');
}
/** Why `to` narrows `from`, or undefined when it keeps every value `from` could hold. */
function narrowing(from, to) {
    if (from.array !== to.array)
        return `${from.name} and ${to.name} differ in being arrays`;
    const smaller = (a, b) => a !== undefined && (b === undefined || a < b);
    if (from.family === to.family) {
        switch (from.family) {
            case 'int':
            case 'float':
                return (to.size ?? 0) < (from.size ?? 0)
                    ? `${to.name} holds fewer values than ${from.name}`
                    : undefined;
            case 'numeric': {
                if (to.size === undefined)
                    return undefined;
                if (from.size === undefined)
                    return `${to.name} is bounded, ${from.name} is not`;
                const intDigits = (t) => (t.size ?? 0) - (t.scale ?? 0);
                if (intDigits(to) < intDigits(from) || (to.scale ?? 0) < (from.scale ?? 0))
                    return `${to.name} holds fewer digits than ${from.name}`;
                return undefined;
            }
            case 'varchar':
            case 'char':
                return smaller(to.size, from.size) ? `${to.name} is shorter than ${from.name}` : undefined;
            case 'other':
                return from.name === to.name ? undefined : `${from.name} becomes ${to.name}`;
            default:
                return undefined;
        }
    }
    const widening = [
        ['varchar', 'text'],
        ['char', 'text'],
        ['char', 'varchar'],
        ['timestamp', 'timestamptz'],
        ['date', 'timestamp'],
        ['date', 'timestamptz'],
    ];
    if (widening.some(([a, b]) => a === from.family && b === to.family)) {
        if (from.family === 'char' && to.family === 'varchar' && smaller(to.size, from.size))
            return `${to.name} is shorter than ${from.name}`;
        return undefined;
    }
    if (from.family === 'text' && to.family === 'varchar' && to.size === undefined)
        return undefined;
    if (from.family === 'int' && to.family === 'numeric') {
        const digits = { 16: 5, 32: 10, 64: 19 }[from.size ?? 64] ?? 19;
        return to.size === undefined || (to.size ?? 0) - (to.scale ?? 0) >= digits
            ? undefined
            : `${to.name} holds fewer digits than ${from.name}`;
    }
    if (from.family === 'int' && to.family === 'float' && (from.size ?? 64) <= 32 && (to.size ?? 64) === 64)
        return undefined;
    return `${from.name} becomes ${to.name}`;
}
function ident(t) {
    if (!t)
        return undefined;
    if (t.kind === 'word')
        return t.text.toLowerCase();
    if (t.kind === 'quoted-ident')
        return t.value;
    return undefined;
}
/** Reads a possibly qualified name at `i`; `public.` is dropped. Returns the name and the index after it. */
function qualifiedName(tokens, i) {
    const parts = [];
    let k = i;
    for (;;) {
        const part = ident(tokens[k]);
        if (part === undefined)
            break;
        parts.push(part);
        k++;
        if (tokens[k]?.kind === 'punct' && tokens[k]?.text === '.')
            k++;
        else
            break;
    }
    if (parts.length === 0)
        return { next: i };
    if (parts.length > 1 && parts[0] === 'public')
        parts.shift();
    return { name: parts.join('.'), next: k };
}
function isWord(t, ...values) {
    return t?.kind === 'word' && values.includes(t.value);
}
/** Splits tokens on commas at parenthesis depth 0. */
function splitTopLevel(tokens) {
    const out = [[]];
    let depth = 0;
    for (const t of tokens) {
        if (t.kind === 'punct' && t.text === '(')
            depth++;
        if (t.kind === 'punct' && t.text === ')')
            depth--;
        if (depth === 0 && t.kind === 'punct' && t.text === ',')
            out.push([]);
        else
            out[out.length - 1].push(t);
    }
    return out.filter((p) => p.length > 0);
}
const COLUMN_CONSTRAINT_START = new Set([
    'NOT',
    'NULL',
    'DEFAULT',
    'CONSTRAINT',
    'CHECK',
    'REFERENCES',
    'UNIQUE',
    'PRIMARY',
    'GENERATED',
    'COLLATE',
    'COMPRESSION',
    'STORAGE',
]);
/** `name type [constraints…]` (a CREATE TABLE element or what follows ADD [COLUMN] [IF NOT EXISTS]). */
function columnDef(tokens) {
    const name = ident(tokens[0]);
    if (!name)
        return undefined;
    let k = 1;
    let depth = 0;
    const typeTokens = [];
    for (; k < tokens.length; k++) {
        const t = tokens[k];
        if (t.kind === 'punct' && t.text === '(')
            depth++;
        if (t.kind === 'punct' && t.text === ')')
            depth--;
        if (depth === 0 && t.kind === 'word' && COLUMN_CONSTRAINT_START.has(t.value))
            break;
        typeTokens.push(t);
    }
    const rest = tokens.slice(k);
    const words = rest.filter((t) => t.kind === 'word').map((t) => t.value);
    let notNull = false;
    for (let i = 0; i < words.length - 1; i++)
        if (words[i] === 'NOT' && words[i + 1] === 'NULL')
            notNull = true;
    return {
        name,
        type: parseType(typeTokens),
        notNull: notNull || words.includes('PRIMARY'),
        hasDefault: words.includes('DEFAULT'),
        generated: words.includes('GENERATED'),
        references: words.includes('REFERENCES'),
        check: words.includes('CHECK'),
        unique: words.includes('UNIQUE') || words.includes('PRIMARY'),
    };
}
const ALLOW = /keelson:allow(?:\s+([\w-]+))?(?:\s+(.*?))?\s*(?:\*\/)?$/;
function allowsOf(st) {
    const out = [];
    for (const c of st.comments) {
        const body = c.text.replace(/^--\s*|^\/\*\s*/, '');
        if (!body.startsWith('keelson:allow'))
            continue;
        const m = ALLOW.exec(body);
        out.push({ rule: m?.[1] ?? '', reason: (m?.[2] ?? '').trim(), line: c.line });
    }
    return out;
}
function lint(files, opts) {
    const tables = new Map();
    const findings = [];
    const allowed = [];
    files.forEach((file, fileIndex) => {
        for (const st of file.statements) {
            const raw = [];
            const flag = (rule, at, message) => {
                raw.push({ rule, line: at?.line ?? st.line, message });
            };
            const isNew = (table) => {
                if (!table)
                    return false;
                const info = tables.get(table);
                if (!info)
                    return false;
                if (info.createdIn === fileIndex)
                    return true;
                return opts.newTables === 'reported' && info.createdReported && file.report;
            };
            analyse(st, file, fileIndex, tables, flag, isNew);
            if (!file.report)
                continue;
            const allows = allowsOf(st);
            for (const a of allows) {
                if (!exports.RULE_NAMES.includes(a.rule) || a.rule === 'invalid-allow') {
                    findings.push({
                        file: file.display,
                        line: a.line,
                        rule: 'invalid-allow',
                        message: `keelson:allow names ${a.rule ? `an unknown rule '${a.rule}'` : 'no rule'}. Expected one of: ${exports.RULE_NAMES.filter((r) => r !== 'invalid-allow').join(', ')}.`,
                        statement: (0, sql_js_1.headline)(st),
                    });
                }
                else if (!a.reason) {
                    findings.push({
                        file: file.display,
                        line: a.line,
                        rule: 'invalid-allow',
                        message: `keelson:allow ${a.rule} needs a reason after the rule (why this is safe to ship), e.g. -- keelson:allow ${a.rule} no deployed version reads it since v41.`,
                        statement: (0, sql_js_1.headline)(st),
                    });
                }
            }
            for (const f of raw) {
                const finding = { ...f, file: file.display, statement: (0, sql_js_1.headline)(st) };
                const allow = allows.find((a) => a.rule === f.rule && a.reason);
                if (allow)
                    allowed.push({ ...finding, allowed: allow.reason });
                else
                    findings.push(finding);
            }
        }
    });
    const order = (a, b) => files.findIndex((f) => f.display === a.file) - files.findIndex((f) => f.display === b.file) ||
        a.line - b.line;
    return { findings: findings.sort(order), allowed: allowed.sort(order) };
}
function analyse(st, file, fileIndex, tables, flag, isNew) {
    const t = st.tokens;
    const w = (i) => (t[i]?.kind === 'word' ? t[i].value : '');
    const noTx = file.transactional === false;
    // CREATE TABLE
    if (w(0) === 'CREATE') {
        let i = 1;
        if (w(i) === 'OR' && w(i + 1) === 'REPLACE')
            i += 2;
        while (['GLOBAL', 'LOCAL', 'TEMP', 'TEMPORARY', 'UNLOGGED'].includes(w(i)))
            i++;
        if (w(i) === 'TABLE') {
            i++;
            const ifNotExists = w(i) === 'IF' && w(i + 1) === 'NOT' && w(i + 2) === 'EXISTS';
            if (ifNotExists)
                i += 3;
            const { name, next } = qualifiedName(t, i);
            if (!name)
                return;
            const info = tables.get(name) ?? {
                columns: new Map(),
                createdIn: fileIndex,
                createdReported: file.report,
            };
            if (!tables.has(name) || !ifNotExists) {
                info.createdIn = fileIndex;
                info.createdReported = file.report;
            }
            tables.set(name, info);
            if (t[next]?.text === '(') {
                const close = matching(t, next);
                for (const part of splitTopLevel(t.slice(next + 1, close))) {
                    if (isWord(part[0], 'CONSTRAINT', 'CHECK', 'FOREIGN', 'UNIQUE', 'PRIMARY', 'EXCLUDE', 'LIKE'))
                        continue;
                    const col = columnDef(part);
                    if (col)
                        info.columns.set(col.name, { type: col.type, hasDefault: col.hasDefault || col.generated });
                }
            }
            if (noTx && !ifNotExists) {
                flag('no-transaction-idempotent', t[0], notIdempotent(`CREATE TABLE ${name}`, 'CREATE TABLE IF NOT EXISTS'));
            }
            return;
        }
        // CREATE [UNIQUE] INDEX [CONCURRENTLY] [[IF NOT EXISTS] name] ON [ONLY] table
        if (w(i) === 'UNIQUE')
            i++;
        if (w(i) === 'INDEX') {
            i++;
            const concurrently = w(i) === 'CONCURRENTLY';
            if (concurrently)
                i++;
            const ifNotExists = w(i) === 'IF' && w(i + 1) === 'NOT' && w(i + 2) === 'EXISTS';
            if (ifNotExists)
                i += 3;
            let indexName;
            if (w(i) !== 'ON') {
                const q = qualifiedName(t, i);
                indexName = q.name;
                i = q.next;
            }
            if (w(i) !== 'ON')
                return;
            i++;
            if (w(i) === 'ONLY')
                i++;
            const { name: table } = qualifiedName(t, i);
            if (!concurrently && !isNew(table)) {
                flag('create-index-concurrently', t[0], `CREATE INDEX on ${table ?? 'an existing table'} without CONCURRENTLY blocks every write to the table until the index is built. ` +
                    'Use CREATE INDEX CONCURRENTLY in a migration marked -- keelson:no-transaction.');
            }
            if (concurrently && file.transactional === true) {
                flag('concurrently-in-transaction', t[0], 'CREATE INDEX CONCURRENTLY cannot run inside a transaction block, and Keelson runs each migration in one. ' +
                    "Put '-- keelson:no-transaction' in this file (and nothing else that needs a transaction).");
            }
            if (noTx) {
                const dropped = indexName !== undefined && droppedFirst(file, st, indexName);
                if (!dropped) {
                    flag('no-transaction-idempotent', t[0], notIdempotent(`CREATE INDEX${indexName ? ` ${indexName}` : ''}`, indexName
                        ? `DROP INDEX CONCURRENTLY IF EXISTS ${indexName} before it (a failed CONCURRENTLY build leaves an INVALID index that IF NOT EXISTS would keep)`
                        : 'a named index, dropped with DROP INDEX CONCURRENTLY IF EXISTS before it'));
                }
            }
            return;
        }
        return;
    }
    // DROP TABLE / DROP INDEX
    if (w(0) === 'DROP') {
        if (w(1) === 'TABLE') {
            let i = 2;
            const ifExists = w(i) === 'IF' && w(i + 1) === 'EXISTS';
            if (ifExists)
                i += 2;
            const names = [];
            for (const part of splitTopLevel(t.slice(i))) {
                const { name } = qualifiedName(part, 0);
                if (name)
                    names.push(name);
            }
            const old = names.filter((n) => !isNew(n));
            if (old.length > 0) {
                flag('drop-table', t[0], `DROP TABLE ${old.join(', ')}: the app version running now (and the one a rollback returns to) may still use it, and the data is gone. ` +
                    'Stop using the table in one release; drop it in a later release with -- keelson:allow drop-table <reason>.');
            }
            for (const n of names)
                tables.delete(n);
            if (noTx && !ifExists)
                flag('no-transaction-idempotent', t[0], notIdempotent('DROP TABLE', 'DROP TABLE IF EXISTS'));
            return;
        }
        if (w(1) === 'INDEX') {
            const concurrently = w(2) === 'CONCURRENTLY';
            const ifExists = w(concurrently ? 3 : 2) === 'IF';
            if (concurrently && file.transactional === true) {
                flag('concurrently-in-transaction', t[0], "DROP INDEX CONCURRENTLY cannot run inside a transaction block. Put '-- keelson:no-transaction' in this file.");
            }
            if (noTx && !ifExists)
                flag('no-transaction-idempotent', t[0], notIdempotent('DROP INDEX', 'DROP INDEX CONCURRENTLY IF EXISTS'));
        }
        return;
    }
    if (w(0) === 'REINDEX' && file.transactional === true && t.some((x) => isWord(x, 'CONCURRENTLY'))) {
        flag('concurrently-in-transaction', t[0], "REINDEX CONCURRENTLY cannot run inside a transaction block. Put '-- keelson:no-transaction' in this file.");
        return;
    }
    if (w(0) !== 'ALTER')
        return;
    // ALTER VIEW / MATERIALIZED VIEW … RENAME
    if (w(1) === 'VIEW' || (w(1) === 'MATERIALIZED' && w(2) === 'VIEW')) {
        const at = t.findIndex((x) => isWord(x, 'RENAME'));
        if (at >= 0) {
            const { name } = qualifiedName(t, w(1) === 'VIEW' ? 2 + (w(2) === 'IF' ? 2 : 0) : 3 + (w(3) === 'IF' ? 2 : 0));
            flag('rename', t[at], renameMessage(`view ${name ?? ''}`.trim()));
        }
        return;
    }
    if (w(1) !== 'TABLE')
        return;
    let i = 2;
    if (w(i) === 'IF' && w(i + 1) === 'EXISTS')
        i += 2;
    if (w(i) === 'ONLY')
        i++;
    const { name: table, next } = qualifiedName(t, i);
    if (!table)
        return;
    i = next;
    if (t[i]?.text === '*')
        i++;
    const fresh = isNew(table);
    const info = tables.get(table);
    for (const action of splitTopLevel(t.slice(i))) {
        alterAction(action, { table, fresh, info, tables }, file, flag);
    }
}
function alterAction(a, target, file, flag) {
    const { table, fresh, info, tables } = target;
    const w = (i) => (a[i]?.kind === 'word' ? a[i].value : '');
    const noTx = file.transactional === false;
    if (w(0) === 'ADD') {
        let i = 1;
        const tableConstraint = isWord(a[i], 'CONSTRAINT', 'CHECK', 'FOREIGN', 'UNIQUE', 'PRIMARY', 'EXCLUDE');
        if (tableConstraint) {
            const words = a.filter((x) => x.kind === 'word').map((x) => x.value);
            const notValid = words.some((x, k) => x === 'NOT' && words[k + 1] === 'VALID');
            if (fresh)
                return;
            if (words.includes('FOREIGN') && !notValid) {
                flag('foreign-key-not-valid', a[0], `ADD FOREIGN KEY on ${table} without NOT VALID checks every row while holding a lock on ${table} and the table it references. ` +
                    'Add it with NOT VALID, then VALIDATE CONSTRAINT in a later migration (that takes only a SHARE UPDATE EXCLUSIVE lock).');
            }
            else if (words.includes('CHECK') && !notValid) {
                flag('check-not-valid', a[0], `ADD CHECK on ${table} without NOT VALID scans every row under an ACCESS EXCLUSIVE lock. ` +
                    'Add it with NOT VALID, then VALIDATE CONSTRAINT in a later migration.');
            }
            else if ((words.includes('UNIQUE') || words.includes('PRIMARY')) && !words.includes('USING')) {
                flag('create-index-concurrently', a[0], `ADD ${words.includes('UNIQUE') ? 'UNIQUE' : 'PRIMARY KEY'} on ${table} builds its index while blocking writes. ` +
                    'CREATE UNIQUE INDEX CONCURRENTLY first (in a keelson:no-transaction migration), then ADD CONSTRAINT … USING INDEX.');
            }
            return;
        }
        if (w(i) === 'COLUMN')
            i++;
        const ifNotExists = w(i) === 'IF' && w(i + 1) === 'NOT' && w(i + 2) === 'EXISTS';
        if (ifNotExists)
            i += 3;
        const col = columnDef(a.slice(i));
        if (!col)
            return;
        info?.columns.set(col.name, { type: col.type, hasDefault: col.hasDefault || col.generated });
        if (noTx && !ifNotExists) {
            flag('no-transaction-idempotent', a[0], notIdempotent(`ADD COLUMN ${col.name}`, 'ADD COLUMN IF NOT EXISTS'));
        }
        if (fresh)
            return;
        if (col.notNull && !col.hasDefault && !col.generated) {
            flag('set-not-null', a[0], `ADD COLUMN ${table}.${col.name} NOT NULL without a DEFAULT fails on a table with rows, and the app version running now does not write the column, so its inserts would fail. ` +
                'Add the column with a DEFAULT (or nullable, then backfill and enforce it in a later release).');
        }
        if (col.references) {
            flag('foreign-key-not-valid', a[0], `ADD COLUMN ${table}.${col.name} REFERENCES validates the new foreign key while locking ${table} and the table it references. ` +
                'Add the column without REFERENCES, then ADD CONSTRAINT … FOREIGN KEY … NOT VALID and VALIDATE CONSTRAINT later.');
        }
        if (col.check) {
            flag('check-not-valid', a[0], `ADD COLUMN ${table}.${col.name} with a CHECK checks every row under an ACCESS EXCLUSIVE lock. ` +
                'Add the column, then ADD CONSTRAINT … CHECK … NOT VALID and VALIDATE CONSTRAINT later.');
        }
        if (col.unique) {
            flag('create-index-concurrently', a[0], `ADD COLUMN ${table}.${col.name} UNIQUE builds an index while blocking writes. ` +
                'Add the column, then CREATE UNIQUE INDEX CONCURRENTLY in a keelson:no-transaction migration.');
        }
        return;
    }
    if (w(0) === 'DROP') {
        if (w(1) === 'CONSTRAINT')
            return;
        let i = 1;
        if (w(i) === 'COLUMN')
            i++;
        const ifExists = w(i) === 'IF' && w(i + 1) === 'EXISTS';
        if (ifExists)
            i += 2;
        const column = ident(a[i]);
        if (!column)
            return;
        info?.columns.delete(column);
        if (noTx && !ifExists)
            flag('no-transaction-idempotent', a[0], notIdempotent(`DROP COLUMN ${column}`, 'DROP COLUMN IF EXISTS'));
        if (fresh)
            return;
        flag('drop-column', a[0], `DROP COLUMN ${table}.${column}: the app version running now (and the one a rollback returns to) may still read or write it, and the data is gone. ` +
            'Stop using the column in one release; drop it in a later release with -- keelson:allow drop-column <reason>.');
        return;
    }
    if (w(0) === 'RENAME') {
        if (w(1) === 'CONSTRAINT')
            return;
        if (w(1) === 'TO') {
            const to = ident(a[2]);
            if (info && to) {
                // follow the table under its new name
                tables.delete(table);
                tables.set(to, info);
            }
            if (!fresh)
                flag('rename', a[0], renameMessage(`table ${table}`));
            return;
        }
        const column = ident(a[w(1) === 'COLUMN' ? 2 : 1]);
        const to = ident(a[w(1) === 'COLUMN' ? 4 : 3]);
        if (info && column && to) {
            const c = info.columns.get(column);
            info.columns.delete(column);
            if (c)
                info.columns.set(to, c);
        }
        if (!fresh)
            flag('rename', a[0], renameMessage(`column ${table}.${column ?? ''}`));
        return;
    }
    if (w(0) === 'ALTER') {
        let i = 1;
        if (w(i) === 'COLUMN')
            i++;
        const column = ident(a[i]);
        if (!column)
            return;
        i++;
        const col = info?.columns.get(column);
        if (w(i) === 'SET' && w(i + 1) === 'DEFAULT') {
            if (info)
                info.columns.set(column, { ...(col ?? {}), hasDefault: true });
            return;
        }
        if (w(i) === 'DROP' && w(i + 1) === 'DEFAULT') {
            if (info)
                info.columns.set(column, { ...(col ?? {}), hasDefault: false });
            return;
        }
        if (w(i) === 'SET' && w(i + 1) === 'NOT' && w(i + 2) === 'NULL') {
            if (fresh || col?.hasDefault)
                return;
            flag('set-not-null', a[0], `SET NOT NULL on ${table}.${column}, which has no default: inserts from the app version running now that leave it out fail, and the check scans ${table} under an ACCESS EXCLUSIVE lock. ` +
                `SET DEFAULT first, or ADD CONSTRAINT … CHECK (${column} IS NOT NULL) NOT VALID, VALIDATE it, then SET NOT NULL.`);
            return;
        }
        let k = i;
        if (w(k) === 'SET' && w(k + 1) === 'DATA')
            k += 2;
        if (w(k) === 'TYPE') {
            const typeTokens = [];
            for (k++; k < a.length; k++) {
                const x = a[k];
                if (isWord(x, 'USING', 'COLLATE'))
                    break;
                typeTokens.push(x);
            }
            const to = parseType(typeTokens);
            if (!to)
                return;
            const why = col?.type ? narrowing(col.type, to) : 'its current type is not known from these migrations';
            if (info)
                info.columns.set(column, { ...(col ?? { hasDefault: false }), type: to });
            if (fresh || !why)
                return;
            flag('type-narrowing', a[0], `ALTER COLUMN ${table}.${column} TYPE ${to.name}: ${why}. Values the app version running now writes may not fit, rolling the app back would need the old type, and the table is rewritten under an ACCESS EXCLUSIVE lock. ` +
                'Add a new column of the new type, write both, backfill, then switch.');
        }
    }
}
function renameMessage(what) {
    return (`RENAME of ${what}: the app version running now (and the one a rollback returns to) uses the old name and breaks the moment this commits. ` +
        'Expand and contract instead: add the new name (a column, or a view over the table), write both, move reads, drop the old one in a later release.');
}
function notIdempotent(what, instead) {
    return (`${what} in a keelson:no-transaction migration is not idempotent: if a later statement fails, the file runs again from its first statement and this one fails. ` +
        `Use ${instead}.`);
}
function matching(t, open) {
    let depth = 0;
    for (let k = open; k < t.length; k++) {
        if (t[k]?.text === '(')
            depth++;
        if (t[k]?.text === ')' && --depth === 0)
            return k;
    }
    return t.length;
}
/** True when the file drops index `name` with IF EXISTS before `st` (the idempotent CONCURRENTLY pattern). */
function droppedFirst(file, st, name) {
    for (const s of file.statements) {
        if (s === st)
            return false;
        const w = s.tokens.filter((x) => x.kind === 'word' || x.kind === 'quoted-ident');
        if (!isWord(w[0], 'DROP') || !isWord(w[1], 'INDEX'))
            continue;
        let i = 2;
        if (isWord(w[i], 'CONCURRENTLY'))
            i++;
        if (!isWord(w[i], 'IF') || !isWord(w[i + 1], 'EXISTS'))
            continue;
        const { name: dropped } = qualifiedName(s.tokens, s.tokens.indexOf(w[i + 2]));
        if (dropped === name)
            return true;
    }
    return false;
}


/***/ }),

/***/ 8106:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.LockTimeoutError = void 0;
exports.lockKey = lockKey;
exports.describeHolder = describeHolder;
exports.lockHolder = lockHolder;
exports.heldBy = heldBy;
exports.acquireLock = acquireLock;
/**
 * Exactly once across concurrent runs: a PostgreSQL session advisory lock held on Keelson's own connection
 * for as long as any migrator runs.
 *
 * The lock is taken with pg_try_advisory_lock in a polling loop on the injected clock rather than a blocking
 * pg_advisory_lock: a blocked lock call is a running statement with a snapshot, and CREATE INDEX CONCURRENTLY
 * in the holder's migration waits for every such snapshot — the deadlock golang-migrate users hit between two
 * runners. Polling also gives the lock-timeout and lets the waiter name the holder: pid, since when and its
 * application_name. The lock connection sends a heartbeat so a proxy or idle timeout cannot drop it unseen;
 * losing the connection (and so the lock) aborts `lost`.
 */
const node_crypto_1 = __webpack_require__(7598);
const errors_js_1 = __webpack_require__(7268);
const inputs_js_1 = __webpack_require__(1662);
/** The 64-bit advisory lock key for a lock name: the first 63 bits of sha256("keelson-migrate:" + name). */
function lockKey(name) {
    const digest = (0, node_crypto_1.createHash)('sha256').update(`keelson-migrate:${name}`).digest();
    return digest.readBigUInt64BE(0) & 0x7fffffffffffffffn;
}
/** pg_locks columns for a bigint advisory key: classid = high 32 bits, objid = low 32 bits, objsubid = 1. */
function lockTag(key) {
    return { classid: String(key >> 32n), objid: String(key & 0xffffffffn) };
}
const SINCE = / since=(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ)$/;
function describeHolder(h) {
    const app = h.applicationName.replace(SINCE, '');
    const parts = [`application_name ${app ? `'${app}'` : '(none)'}`];
    if (h.user)
        parts.push(`user ${h.user}`);
    if (h.clientAddr)
        parts.push(`client ${h.clientAddr}`);
    return `held by pid ${h.pid}${h.since ? ` since ${h.since.toISOString().replace(/\.\d{3}Z$/, 'Z')}` : ''} (${parts.join(', ')})`;
}
/** Who holds the lock now, if anyone (other than this session). */
async function lockHolder(client, key) {
    const { classid, objid } = lockTag(key);
    const res = await client.query(`SELECT l.pid, a.application_name, a.backend_start, a.usename, host(a.client_addr) AS client_addr
       FROM pg_locks l LEFT JOIN pg_stat_activity a ON a.pid = l.pid
      WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 1
        AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())
        AND l.classid = $1::oid AND l.objid = $2::oid AND l.pid <> pg_backend_pid()
      LIMIT 1`, [classid, objid]);
    const row = res.rows[0];
    if (!row)
        return undefined;
    const app = row.application_name ?? '';
    const recorded = SINCE.exec(app)?.[1];
    return {
        pid: row.pid,
        applicationName: app,
        since: recorded ? new Date(recorded) : (row.backend_start ?? undefined),
        user: row.usename ?? undefined,
        clientAddr: row.client_addr ?? undefined,
    };
}
/** True when `pid` holds the advisory lock for `key` in this database (a nested migrator checking its parent). */
async function heldBy(client, key, pid) {
    const { classid, objid } = lockTag(key);
    const res = await client.query(`SELECT 1 FROM pg_locks
      WHERE locktype = 'advisory' AND granted AND objsubid = 1 AND pid = $3
        AND database = (SELECT oid FROM pg_database WHERE datname = current_database())
        AND classid = $1::oid AND objid = $2::oid`, [classid, objid, pid]);
    return (res.rowCount ?? 0) > 0;
}
class LockTimeoutError extends errors_js_1.PolicyError {
    holder;
    name = 'LockTimeoutError';
    constructor(message, holder) {
        super(message);
        this.holder = holder;
    }
}
exports.LockTimeoutError = LockTimeoutError;
/**
 * Takes the advisory lock on `client` (Keelson's own connection, used for nothing else), waiting up to
 * `timeoutMs`. Throws LockTimeoutError naming the holder. The caller owns `client`; `release()` ends it.
 */
async function acquireLock(client, opts) {
    const { clock } = opts;
    const key = lockKey(opts.name);
    const started = clock.now();
    const startedReal = performance.now();
    let delay = 100;
    let reported = -Infinity;
    let pid;
    let acquiredAt;
    for (;;) {
        opts.signal?.throwIfAborted();
        // One round trip: try the lock and, only when it is ours, record since when in application_name.
        acquiredAt = clock.now();
        const since = new Date(acquiredAt).toISOString().replace(/\.\d{3}Z$/, 'Z');
        const app = `${opts.applicationName.slice(0, 63 - ' since='.length - since.length)} since=${since}`;
        const res = await client.query(`SELECT CASE WHEN pg_try_advisory_lock($1::bigint) THEN set_config('application_name', $2, false) END AS app,
              pg_backend_pid() AS pid`, [String(key), app]);
        pid = res.rows[0]?.pid ?? 0;
        if (res.rows[0]?.app)
            break;
        const waited = clock.now() - started;
        const holder = await lockHolder(client, key);
        if (waited >= opts.timeoutMs) {
            throw new LockTimeoutError(`The migration lock '${opts.name}' is ${holder ? describeHolder(holder) : 'held by another session'}; ` +
                `gave up after ${(0, inputs_js_1.formatDuration)(opts.timeoutMs)} (lock-timeout). ` +
                'Another run is migrating this database: re-run when it is done, or raise lock-timeout.', holder);
        }
        if (waited - reported >= (opts.reportEveryMs ?? 30_000)) {
            reported = waited;
            opts.onWait?.(holder, waited);
        }
        await clock.sleep(Math.min(delay, Math.max(1, opts.timeoutMs - waited)), opts.signal);
        delay = Math.min(Math.round(delay * 1.5), 2000);
    }
    const acquireMs = performance.now() - startedReal;
    const lostController = new AbortController();
    const onLost = (why) => {
        if (!lostController.signal.aborted) {
            lostController.abort(new Error(`lost the migration lock '${opts.name}': ${why}`));
        }
    };
    const onError = (e) => onLost((0, errors_js_1.errorMessage)(e));
    const onEnd = () => onLost('the connection closed');
    client.on('error', onError);
    client.on('end', onEnd);
    const stopHeartbeat = new AbortController();
    const heartbeat = (async () => {
        for (;;) {
            try {
                await clock.sleep(opts.heartbeatMs ?? 30_000, stopHeartbeat.signal);
            }
            catch {
                return;
            }
            try {
                await client.query('SELECT 1');
            }
            catch (e) {
                onLost((0, errors_js_1.errorMessage)(e));
                return;
            }
        }
    })();
    let released = false;
    return {
        name: opts.name,
        key,
        pid,
        acquiredAt,
        waitedMs: acquiredAt - started,
        acquireMs,
        lost: lostController.signal,
        async release() {
            if (released)
                return !lostController.signal.aborted;
            released = true;
            stopHeartbeat.abort();
            await heartbeat;
            client.off('end', onEnd);
            const wasLost = lostController.signal.aborted;
            let ok = !wasLost;
            if (!wasLost) {
                try {
                    const r = await client.query('SELECT pg_advisory_unlock($1::bigint) AS ok', [
                        String(key),
                    ]);
                    ok = r.rows[0]?.ok === true;
                }
                catch {
                    ok = false;
                }
            }
            client.off('error', onError);
            await client.end().catch(() => undefined);
            return ok;
        },
    };
}


/***/ }),

/***/ 682:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.LEDGER = void 0;
exports.readLedger = readLedger;
exports.ensureLedger = ensureLedger;
exports.planMigrations = planMigrations;
exports.applyMigrations = applyMigrations;
exports.describeFailure = describeFailure;
const errors_js_1 = __webpack_require__(7268);
const connect_js_1 = __webpack_require__(1979);
const files_js_1 = __webpack_require__(5186);
const sql_js_1 = __webpack_require__(8601);
exports.LEDGER = 'keelson_schema_migrations';
/** The ledger's rows, or undefined when the table does not exist yet (nothing was ever applied). */
async function readLedger(client) {
    let res;
    try {
        res = await client.query(`SELECT version, name, checksum, applied_at, execution_ms, transactional, applied_by FROM ${exports.LEDGER}`);
    }
    catch (e) {
        if ((0, connect_js_1.pgCode)(e) === '42P01')
            return undefined; // undefined_table: nothing was ever applied
        throw e;
    }
    return res.rows
        .map((r) => ({
        version: r.version,
        name: r.name,
        checksum: r.checksum,
        appliedAt: r.applied_at,
        executionMs: r.execution_ms,
        transactional: r.transactional,
        appliedBy: r.applied_by,
    }))
        .sort((a, b) => (0, files_js_1.compareVersions)(a.version, b.version));
}
async function ensureLedger(client) {
    await client.query(`CREATE TABLE IF NOT EXISTS ${exports.LEDGER} (
    version       text PRIMARY KEY,
    name          text NOT NULL,
    checksum      text NOT NULL,
    transactional boolean NOT NULL,
    statements    integer NOT NULL,
    applied_at    timestamptz NOT NULL DEFAULT now(),
    execution_ms  integer NOT NULL,
    applied_by    text NOT NULL
  )`);
}
function iso(d) {
    return d.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
/** Compares the files with the ledger. Throws PolicyError for an edited, missing or out-of-order migration. */
function planMigrations(files, ledger, opts) {
    const byVersion = new Map(files.map((f) => [f.version, f]));
    const problems = [];
    const applied = [];
    for (const row of ledger) {
        const file = byVersion.get(row.version);
        if (!file) {
            problems.push(`${row.name} (version ${row.version}) was applied on ${iso(row.appliedAt)} but is missing from ${opts.dir}. ` +
                'Restore it: applied migrations are history and stay in the folder.');
        }
        else if (file.checksum !== row.checksum) {
            problems.push(`${file.display} was edited after it was applied on ${iso(row.appliedAt)} (checksum ${row.checksum.slice(0, 12)}… then, ${file.checksum.slice(0, 12)}… now). ` +
                'Revert the edit and put the change in a new migration.');
        }
        else
            applied.push({ file, row });
    }
    const done = new Set(ledger.map((r) => r.version));
    const pending = files.filter((f) => !done.has(f.version));
    const newest = ledger[ledger.length - 1];
    if (newest && !opts.outOfOrder) {
        for (const f of pending) {
            if ((0, files_js_1.compareVersions)(f.version, newest.version) < 0) {
                problems.push(`${f.display} is older than ${newest.name}, which was already applied (${iso(newest.appliedAt)}): it would run out of order. ` +
                    "Give it a version after the newest applied one, or set 'out-of-order: true' if it does not depend on the migrations in between.");
            }
        }
    }
    if (problems.length > 0) {
        throw new errors_js_1.PolicyError(problems.length === 1
            ? `Refusing to migrate: ${problems[0]}`
            : `Refusing to migrate (${problems.length} problems): ${problems.join(' ')}`);
    }
    return { files, ledger, applied, pending };
}
/** The JS index of PostgreSQL's 1-based character `position` (code points, not UTF-16 units) in `text`. */
function indexOfPosition(text, position) {
    let i = 0;
    for (let cp = 1; cp < position && i < text.length; cp++) {
        const c = text.charCodeAt(i);
        i += c >= 0xd800 && c <= 0xdbff && i + 1 < text.length ? 2 : 1;
    }
    return i;
}
/** PostgreSQL's `position` of an error (1-based, in characters of the query text), if it has one. */
function positionOf(e) {
    const pos = Number(e?.position);
    return Number.isFinite(pos) && pos > 0 ? pos : undefined;
}
/**
 * The line a PostgreSQL error points at: where it points inside the statement (`at`, an index into the
 * statement's text, or the error's position when the statement was sent alone), else the statement's first line.
 */
function errorLine(file, statementIndex, e, at) {
    const st = file.statements[statementIndex];
    if (!st)
        return 1;
    if (at !== undefined)
        return (0, sql_js_1.lineOf)(file.sql, st.start + at);
    const pos = positionOf(e);
    if (pos !== undefined)
        return (0, sql_js_1.lineOf)(file.sql, st.start + indexOfPosition(st.text, pos));
    return st.line;
}
/** A SQL string literal (node-postgres' escaping: doubled quotes, E'' when there is a backslash). */
function literal(value) {
    const quoted = `'${value.replace(/'/g, "''")}'`;
    return value.includes('\\') ? ` E${quoted.replace(/\\/g, '\\\\')}` : quoted;
}
/**
 * The session setting that names the last migration whose ledger row this connection committed. Set by the
 * ledger INSERT itself, inside the migration's transaction: PostgreSQL undoes a setting made in a transaction
 * that does not commit, so it moves only when the migration and its row are both committed.
 */
const LAST_COMMITTED = 'keelson.last_committed';
function ledgerInsert(file, executionMs, appliedBy) {
    return (`INSERT INTO ${exports.LEDGER} (version, name, checksum, transactional, statements, execution_ms, applied_by) VALUES (` +
        `${literal(file.version)}, ${literal(file.name)}, ${literal(file.checksum)}, ${file.transactional}, ` +
        `${file.statements.length}, ${executionMs}, ${literal(appliedBy.slice(0, 200))}) ` +
        `RETURNING execution_ms, set_config('${LAST_COMMITTED}', version, false)`);
}
/**
 * Stops the rest of a pipeline (a division by zero) unless `version` is the last migration this connection
 * committed. It reads a session setting, not the ledger: a tenth of a millisecond less per file on the server.
 */
function guard(version) {
    return `SELECT 1 / (current_setting('${LAST_COMMITTED}', true) IS NOT DISTINCT FROM ${literal(version)})::integer AS guard`;
}
function script(parts) {
    const starts = [];
    let at = 0;
    for (const p of parts) {
        starts.push(at);
        at += p.length + 2;
    }
    return { text: parts.join(';\n'), starts };
}
const counting = new WeakMap();
/** node-postgres' Query, counting the statements of a multi-statement message as they complete. */
function countingQuery(pg) {
    let ctor = counting.get(pg);
    if (!ctor) {
        const Base = pg.Query;
        class CountingQuery extends Base {
            completed = 0;
            handleCommandComplete(msg, con) {
                this.completed++;
                super.handleCommandComplete(msg, con);
            }
        }
        ctor = CountingQuery;
        counting.set(pg, ctor);
    }
    return ctor;
}
/** Sends one message (pipelined behind what was sent before); resolves, never rejects. */
function send(client, Query, text) {
    return new Promise((resolve) => {
        const q = new Query({ text }, undefined, (err, res) => {
            if (err)
                resolve({ completed: q.completed, error: err, results: [] });
            else
                resolve({
                    completed: q.completed,
                    results: (Array.isArray(res) ? res : [res]),
                });
        });
        void client.query(q);
    });
}
/**
 * Consecutive transactional files in one round trip: each file is one simple-protocol message —
 * `BEGIN; (a guard;) its statements; its ledger row; COMMIT` — and the messages are sent together (pipelined).
 * PostgreSQL runs a message's statements in order and stops at the first error, leaving the transaction
 * aborted: nothing of the file stays, and every later message fails until the ROLLBACK sent after them. Every
 * later file first checks that the previous file was the last one committed (its ledger INSERT records that in
 * a session setting), so nothing after a failure commits (also when COMMIT itself fails). A no-transaction
 * file's ledger row (`carry`) goes first, as its own message. The failing statement is the one after the last
 * that completed (or the one an error's position points into).
 * Each file's time is measured by the server (clock_timestamp() − now(), the transaction's start) and returned
 * by its ledger INSERT.
 */
async function applyBatch(client, pg, files, deps, carry) {
    const Query = countingQuery(pg);
    const carried = carry
        ? send(client, Query, ledgerInsert(carry.file, String(Math.round(carry.durationMs)), deps.appliedBy))
        : undefined;
    const plan = files.map((file, i) => {
        const prev = i > 0 ? files[i - 1]?.version : carry?.file.version;
        const head = prev === undefined ? ['BEGIN'] : ['BEGIN', guard(prev)];
        const s = script([
            ...head,
            ...file.statements.map((st) => st.text),
            ledgerInsert(file, '(extract(epoch FROM clock_timestamp() - now()) * 1000)::integer', deps.appliedBy),
            'COMMIT',
        ]);
        return { file, first: head.length, script: s, outcome: send(client, Query, s.text) };
    });
    const settle = async () => {
        await Promise.all(plan.map((p) => p.outcome));
        // the failed file left its transaction aborted (or open, when a cancel landed between statements)
        await client.query('ROLLBACK').catch(() => undefined);
    };
    if (carried) {
        const c = await carried;
        if (c.error !== undefined) {
            await settle();
            return { carried: c.error, outcomes: [] };
        }
    }
    const out = [];
    for (const { file, first, script: s, outcome } of plan) {
        const o = await outcome;
        if (o.error !== undefined) {
            await settle();
            const pos = positionOf(o.error);
            if (pos === undefined) {
                out.push({ file, failedAt: o.completed - first, error: o.error });
                return { outcomes: out };
            }
            // The error points into the message (a syntax error fails it before anything runs): find the part.
            const at = indexOfPosition(s.text, pos);
            let part = 0;
            while (part + 1 < s.starts.length && s.starts[part + 1] <= at)
                part++;
            out.push({ file, failedAt: part - first, error: o.error, at: at - s.starts[part] });
            return { outcomes: out };
        }
        const commit = o.results[o.results.length - 1];
        if (commit?.command !== 'COMMIT') {
            await settle();
            out.push({
                file,
                failedAt: file.statements.length - 1,
                error: new Error(`COMMIT answered ${commit?.command ?? 'nothing'}`),
            });
            return { outcomes: out };
        }
        const insert = o.results[o.results.length - 2];
        out.push({ file, durationMs: Number(insert?.rows[0]?.execution_ms ?? 0) });
    }
    return { outcomes: out };
}
/** Applies `pending` in order on `client` (not the lock's connection). Stops at the first failure. */
async function applyMigrations(client, pending, deps) {
    const applied = [];
    let running = false;
    let cancelling;
    const onAbort = () => {
        // keep cancelling until the running file gives up: a cancel that lands between two pipelined
        // statements finds nothing to cancel
        const tick = () => {
            if (running)
                void deps.cancel?.().catch(() => undefined);
        };
        tick();
        cancelling = setInterval(tick, 200);
    };
    deps.signal?.addEventListener('abort', onAbort);
    const done = (m) => {
        applied.push(m);
        deps.onApplied?.(m);
    };
    const doneCarry = (c) => done({
        version: c.file.version,
        name: c.file.name,
        display: c.file.display,
        transactional: false,
        statements: c.file.statements.length,
        durationMs: c.durationMs,
    });
    const failure = (file, index, e, completed, at) => {
        const cancelled = deps.signal?.aborted === true;
        const reason = cancelled ? (0, errors_js_1.errorMessage)(deps.signal?.reason) : (0, errors_js_1.errorMessage)(e);
        const atStatement = Math.min(Math.max(0, index), Math.max(0, file.statements.length - 1));
        return {
            applied,
            failure: {
                file,
                line: index >= 0 && index < file.statements.length
                    ? errorLine(file, atStatement, e, at)
                    : (file.statements[atStatement]?.line ?? 1),
                message: (reason.split('\n')[0] ?? '').trim(),
                code: cancelled ? undefined : (0, connect_js_1.pgCode)(e),
                rolledBack: file.transactional,
                completedStatements: file.transactional ? 0 : completed,
                cancelled,
            },
        };
    };
    /** A no-transaction file's ledger row on its own (before another no-transaction file, or at the end). */
    const record = async (c) => {
        try {
            await client.query(ledgerInsert(c.file, String(Math.round(c.durationMs)), deps.appliedBy));
        }
        catch (e) {
            const n = c.file.statements.length;
            return failure(c.file, n, e, n);
        }
        doneCarry(c);
        return undefined;
    };
    try {
        if (pending.length === 0)
            return { applied };
        const pg = await (0, connect_js_1.loadPg)();
        if (!deps.ledgerExists)
            await ensureLedger(client);
        let carry;
        for (let i = 0; i < pending.length; i++) {
            const file = pending[i];
            if (deps.signal?.aborted) {
                if (carry)
                    return (await record(carry)) ?? failure(file, 0, deps.signal.reason, 0);
                return failure(file, 0, deps.signal.reason, 0);
            }
            if (file.transactional) {
                const batch = [file];
                for (let k = i + 1; k < pending.length && pending[k]?.transactional; k++)
                    batch.push(pending[k]);
                i += batch.length - 1;
                deps.onStart?.(batch);
                running = true;
                const sent = carry;
                carry = undefined;
                const { carried, outcomes } = await applyBatch(client, pg, batch, deps, sent).finally(() => (running = false));
                if (sent) {
                    const n = sent.file.statements.length;
                    if (carried !== undefined)
                        return failure(sent.file, n, carried, n);
                    doneCarry(sent);
                }
                for (const o of outcomes) {
                    if ('failedAt' in o)
                        return failure(o.file, o.failedAt, o.error, 0, o.at);
                    done({
                        version: o.file.version,
                        name: o.file.name,
                        display: o.file.display,
                        transactional: true,
                        statements: o.file.statements.length,
                        durationMs: o.durationMs,
                    });
                }
                continue;
            }
            if (carry) {
                const failed = await record(carry);
                carry = undefined;
                if (failed)
                    return failed;
            }
            // no-transaction: one statement at a time in autocommit; nothing after a failure runs
            deps.onStart?.([file]);
            const started = deps.clock.now();
            let index = 0;
            try {
                for (index = 0; index < file.statements.length; index++) {
                    deps.signal?.throwIfAborted();
                    running = true;
                    try {
                        await client.query(file.statements[index].text);
                    }
                    finally {
                        running = false;
                    }
                }
                deps.signal?.throwIfAborted();
            }
            catch (e) {
                return failure(file, index, e, index);
            }
            // recorded with the next batch's round trip (or on its own)
            carry = { file, durationMs: deps.clock.now() - started };
        }
        if (carry) {
            const failed = await record(carry);
            if (failed)
                return failed;
        }
        return { applied };
    }
    finally {
        if (cancelling)
            clearInterval(cancelling);
        deps.signal?.removeEventListener('abort', onAbort);
    }
}
/** The one line a failed migration ends the step with. */
function describeFailure(f) {
    const what = f.cancelled ? `stopped: ${f.message}` : `${f.message}${f.code ? ` (SQLSTATE ${f.code})` : ''}`;
    if (f.file.transactional) {
        return `${f.file.display}:${f.line}: ${what}. The migration was rolled back; the ledger is unchanged.`;
    }
    return (`${f.file.display}:${f.line}: ${what}. This is a keelson:no-transaction migration: ${f.completedStatements} statement(s) before line ${f.line} ` +
        'were applied and stay applied; the file runs again from its first statement next time, so each statement must be idempotent.');
}


/***/ }),

/***/ 1744:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

var __webpack_unused_export__;

__webpack_unused_export__ = ({ value: true });
__webpack_unused_export__ = resolveTarget;
__webpack_unused_export__ = readLintFiles;
exports.runMigrate = runMigrate;
__webpack_unused_export__ = migrationStatus;
const errors_js_1 = __webpack_require__(7268);
const inputs_js_1 = __webpack_require__(1662);
const command_js_1 = __webpack_require__(2140);
const connect_js_1 = __webpack_require__(1979);
const database_url_js_1 = __webpack_require__(1300);
const files_js_1 = __webpack_require__(5186);
const lint_js_1 = __webpack_require__(8);
const lock_js_1 = __webpack_require__(8106);
const migrator_js_1 = __webpack_require__(682);
const sql_js_1 = __webpack_require__(8601);
const summary_js_1 = __webpack_require__(8725);
/** The database target, every form of its password registered as a secret before anything can print it. */
async function resolveTarget(db, deps) {
    let base;
    if (db.url) {
        deps.setSecret(db.url);
        base = (0, database_url_js_1.parseDatabaseUrl)('database-url', db.url, { credentials: db.secretId ? 'optional' : 'required' });
        for (const s of (0, database_url_js_1.secretsOf)(base))
            deps.setSecret(s);
    }
    if (!db.secretId)
        return base;
    const { getSecretValue, regionOfSecretArn } = await __webpack_require__.e(/* import() */ 922).then(__webpack_require__.bind(__webpack_require__, 7922));
    const region = regionOfSecretArn(db.secretId) ?? db.region;
    if (!region) {
        throw errors_js_1.InputError.required('aws-region', "the AWS region of 'database-secret-id' (or set AWS_REGION, or give the secret's ARN)");
    }
    const secret = await getSecretValue(db.secretId, {
        input: 'database-secret-id',
        region,
        env: deps.env,
        clock: deps.clock,
    });
    deps.setSecret(secret.secretString);
    const target = (0, database_url_js_1.targetFromSecret)('database-secret-id', db.secretId, secret.secretString, base);
    for (const s of (0, database_url_js_1.secretsOf)(target))
        deps.setSecret(s);
    return target;
}
/** SQL files for the lint when an external migrator runs them (its tool decides about transactions). */
async function readLintFiles(globs, workspace) {
    const { glob } = await __webpack_require__.e(/* import() */ 382).then(__webpack_require__.bind(__webpack_require__, 3382));
    const { readFileSync } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 3024, 23));
    const files = (await glob(globs, { cwd: workspace, absolute: true, onlyFiles: true })).sort();
    return files.map((path) => {
        const display = (0, files_js_1.displayPath)(path, workspace);
        const sql = readFileSync(path, 'utf8');
        try {
            return {
                display,
                statements: (0, sql_js_1.splitStatements)(sql),
                transactional: /^\s*--\s*keelson:no-transaction\b/m.test(sql) ? false : undefined,
                report: true,
            };
        }
        catch (e) {
            if (e instanceof sql_js_1.SqlSyntaxError)
                throw new errors_js_1.InputError('lint-paths', `${display}:${e.line}: ${e.message}.`);
            throw e;
        }
    });
}
function pendingOf(f) {
    return {
        name: f.name,
        display: f.display,
        transactional: f.transactional,
        statements: f.statements.length,
    };
}
function lintBuiltIn(files, pending) {
    return (0, lint_js_1.lint)(files.map((f) => ({
        display: f.display,
        statements: f.statements,
        transactional: f.transactional,
        report: pending.has(f.version),
    })), { newTables: 'reported' });
}
/** Sessions a stopped migrator left running (its PGAPPNAME): terminated and waited for, up to 30 s. */
async function endLeftoverSessions(client, appName, clock) {
    const deadline = clock.now() + 30_000;
    let ended = 0;
    for (;;) {
        const rows = (await client.query(`SELECT pid FROM pg_stat_activity WHERE application_name = $1 AND pid <> pg_backend_pid()`, [appName.slice(0, 63)])).rows;
        if (rows.length === 0 || clock.now() >= deadline)
            return ended;
        for (const r of rows) {
            await client.query('SELECT pg_terminate_backend($1)', [r.pid]);
            ended++;
        }
        await clock.sleep(200);
    }
}
function snapshotSource(s, t) {
    const host = (0, database_url_js_1.rdsFromHost)(t.host);
    if (s.snapshot?.instance)
        return { kind: 'instance', id: s.snapshot.instance };
    if (s.snapshot?.cluster)
        return { kind: 'cluster', id: s.snapshot.cluster };
    if (t.dbInstanceIdentifier)
        return { kind: 'instance', id: t.dbInstanceIdentifier };
    if (t.dbClusterIdentifier)
        return { kind: 'cluster', id: t.dbClusterIdentifier };
    if (host.instance)
        return { kind: 'instance', id: host.instance };
    if (host.cluster)
        return { kind: 'cluster', id: host.cluster };
    throw errors_js_1.InputError.required('db-instance-identifier', "'snapshot: true' needs the RDS DB instance (or 'db-cluster-identifier' for Aurora) to snapshot; the database host is not an RDS endpoint and the secret names neither");
}
function stamp(ms) {
    return new Date(ms).toISOString().replace(/[-:T]/g, '').slice(0, 14);
}
async function runMigrate(s, deps) {
    const { clock } = deps;
    const started = clock.now();
    const result = {
        status: 'failed',
        mode: s.mode,
        migrator: s.migrator,
        target: '',
        pending: [],
        applied: [],
        lockName: s.lockName,
        durationMs: 0,
        lint: { findings: [], allowed: [], files: 0, enabled: s.lint },
    };
    let work;
    let lockClient;
    let workP;
    let lockP;
    let lock;
    let error;
    const appName = `keelson-migrate ${deps.holder}`;
    const childApp = `keelson-migrate-child ${deps.holder}`;
    try {
        const target = await resolveTarget(s.database, deps);
        result.target = (0, database_url_js_1.describeTarget)(target);
        const connect = (applicationName, pipeline = false) => (0, connect_js_1.openClient)(target, { applicationName, source: s.database.source, pipeline });
        /** Runs `fn` on Keelson's lock connection, or on a fresh one when that is gone (or nested: never had). */
        const control = async (fn) => {
            if (lockClient && !lock?.lost.aborted) {
                try {
                    return await fn(lockClient);
                }
                catch {
                    // fall through to a fresh connection
                }
            }
            const c = await connect(`${appName} control`);
            try {
                return await fn(c);
            }
            finally {
                await c.end().catch(() => undefined);
            }
        };
        // A nested run (keelson migrate inside a Job or a command Keelson started) under its parent's lock.
        const parentPid = Number(deps.env.KEELSON_MIGRATE_LOCK_PID ?? '');
        const parentLock = deps.env.KEELSON_MIGRATE_LOCK === s.lockName && parentPid > 0 ? parentPid : undefined;
        // The connections' handshakes overlap reading and linting the files; a bad input still wins (below).
        const needWork = s.migrator === 'keelson' || parentLock !== undefined;
        const needLock = !s.dryRun && parentLock === undefined;
        // node-postgres first, and one turn of the event loop after starting the connections: their sockets are
        // connecting (the server starting a backend for each) while the files are read, not after.
        if (needWork || needLock)
            await (0, connect_js_1.loadPg)();
        workP = needWork ? connect(`${appName} migrator`, true) : undefined;
        lockP = needLock ? connect(appName) : undefined;
        for (const p of [workP, lockP])
            p?.catch(() => undefined);
        if (needWork || needLock)
            await new Promise((resolve) => setImmediate(resolve));
        // Read everything the user gave before using the database.
        const files = s.migrator === 'keelson' ? (0, files_js_1.readMigrations)(s.dir, { input: 'dir', root: deps.workspace }) : undefined;
        let lintFiles;
        if (s.lint && s.migrator === 'external') {
            lintFiles = await readLintFiles(s.lintPaths, deps.workspace);
            if (lintFiles.length === 0) {
                throw new errors_js_1.InputError('lint-paths', `The lint found no SQL migrations matching ${s.lintPaths.join(', ')}. Point 'lint-paths' at your migrator's SQL files, or set 'lint: false' for a migrator whose migrations are not SQL.`);
            }
        }
        const source = s.snapshot ? snapshotSource(s, target) : undefined;
        const snapshotRegion = source ? (s.database.region ?? (0, database_url_js_1.rdsFromHost)(target.host).region) : undefined;
        if (source && !snapshotRegion) {
            throw errors_js_1.InputError.required('aws-region', 'the AWS region of the database to snapshot (or set AWS_REGION)');
        }
        let underParent = false;
        if (workP)
            work = await workP;
        if (work && parentLock !== undefined)
            underParent = await (0, lock_js_1.heldBy)(work, (0, lock_js_1.lockKey)(s.lockName), parentLock);
        if (files && work) {
            const plan = (0, migrator_js_1.planMigrations)(files, (await (0, migrator_js_1.readLedger)(work)) ?? [], {
                outOfOrder: s.outOfOrder,
                dir: (0, files_js_1.displayPath)(s.dir, deps.workspace),
            });
            result.pendingBefore = plan.pending.length;
            result.pending = plan.pending.map(pendingOf);
            // a nested run's parent linted the same files already
            if (s.lint && !underParent && plan.pending.length > 0) {
                result.lint = {
                    ...lintBuiltIn(files, new Set(plan.pending.map((f) => f.version))),
                    files: plan.pending.length,
                    enabled: true,
                };
            }
        }
        else if (lintFiles && !underParent) {
            result.lint = {
                ...(0, lint_js_1.lint)(lintFiles, { newTables: 'same-file' }),
                files: lintFiles.length,
                enabled: true,
            };
        }
        if (result.lint.findings.length > 0 && !s.allowDestructive) {
            result.status = 'refused';
            const n = result.lint.findings.length;
            throw new errors_js_1.PolicyError(`The expand–contract lint found ${n} statement${n === 1 ? '' : 's'} that would make a rollback of the app need a rollback of the schema, or lock a table in use ` +
                `(${[...new Set(result.lint.findings.map((f) => f.rule))].join(', ')}); nothing was migrated. ` +
                "Fix them, accept each with '-- keelson:allow <rule> <reason>', or set 'allow-destructive: true'.");
        }
        if (s.dryRun) {
            result.status = 'dry-run';
            if (s.command)
                result.ran = deps.masker.mask(s.command.join(' '));
            return finish();
        }
        // The lock: our own connection, or the parent's when this run is nested inside it.
        if (underParent) {
            deps.log(`Running under the lock '${s.lockName}' held by the parent run (pid ${parentLock}).`);
        }
        else {
            lockClient = await (lockP ?? connect(appName));
            deps.log(`Taking the migration lock '${s.lockName}' on ${result.target} (lock-timeout ${(0, inputs_js_1.formatDuration)(s.lockTimeoutMs)})…`);
            lock = await (0, lock_js_1.acquireLock)(lockClient, {
                name: s.lockName,
                timeoutMs: s.lockTimeoutMs,
                clock,
                applicationName: appName,
                signal: deps.signal,
                onWait: (holder, waited) => deps.log(`Waiting for the migration lock '${s.lockName}': ${holder ? (0, lock_js_1.describeHolder)(holder) : 'held by another session'} (waited ${(0, inputs_js_1.formatDuration)(waited)}).`),
            });
            result.lockWaitMs = lock.waitedMs;
            result.lockAcquireMs = lock.acquireMs;
            deps.log(`Holding the migration lock '${s.lockName}' (waited ${(0, inputs_js_1.formatDuration)(lock.waitedMs)}).`);
        }
        // Under the lock, the ledger is the truth: another run may have applied everything while we waited.
        let pending = [];
        let workPid;
        let ledgerExists = false;
        if (files && work) {
            const w = work;
            // one round trip on the pipelined connection: the ledger and the backend pid (for cancelling)
            const [ledger, pidRow] = await Promise.all([
                (0, migrator_js_1.readLedger)(w),
                w.query('SELECT pg_backend_pid() AS pid'),
            ]);
            workPid = pidRow.rows[0]?.pid;
            ledgerExists = ledger !== undefined;
            const plan = (0, migrator_js_1.planMigrations)(files, ledger ?? [], {
                outOfOrder: s.outOfOrder,
                dir: (0, files_js_1.displayPath)(s.dir, deps.workspace),
            });
            pending = plan.pending;
            result.pending = pending.map(pendingOf);
            if (pending.length === 0) {
                result.status = 'up-to-date';
                deps.log(`Nothing to migrate: all ${files.length} migrations are applied.`);
                return finish();
            }
        }
        if (source) {
            const { createSnapshot, waitForSnapshot, snapshotId } = await __webpack_require__.e(/* import() */ 426).then(__webpack_require__.bind(__webpack_require__, 8426));
            const id = snapshotId([
                'keelson',
                source.id,
                stamp(clock.now()),
                deps.holder.replace(/^github-run-/, 'run-'),
            ]);
            const opts = {
                region: snapshotRegion,
                env: deps.env,
                clock,
                signal: deps.signal,
                input: 'snapshot',
            };
            deps.log(`Creating RDS ${source.kind === 'instance' ? 'DB' : 'DB cluster'} snapshot ${id} of ${source.id}…`);
            await createSnapshot(source, id, { 'keelson:holder': deps.holder, ...(deps.runUrl ? { 'keelson:run-url': deps.runUrl } : {}) }, opts);
            result.snapshotId = id;
            await waitForSnapshot(source, id, {
                ...opts,
                timeoutMs: s.snapshot?.timeoutMs ?? 3_600_000,
                onProgress: (snap, waited) => deps.log(`Snapshot ${id} is ${snap.status} (${(0, inputs_js_1.formatDuration)(waited)}).`),
            });
            deps.log(`Snapshot ${id} is available.`);
        }
        // The migrator, stopped by a cancel, the timeout, or losing the lock.
        const stop = new AbortController();
        const stopTimer = new AbortController();
        const abortWith = (reason) => {
            if (!stop.signal.aborted)
                stop.abort(reason instanceof Error ? reason : new Error(String(reason)));
        };
        const onCancel = () => abortWith(deps.signal?.reason ?? new Error('cancelled'));
        const onLost = () => abortWith(lock?.lost.reason);
        deps.signal?.addEventListener('abort', onCancel, { once: true });
        lock?.lost.addEventListener('abort', onLost, { once: true });
        if (deps.signal?.aborted)
            onCancel();
        void clock.sleep(s.timeoutMs, stopTimer.signal).then(() => abortWith(new Error(`timed out after ${(0, inputs_js_1.formatDuration)(s.timeoutMs)} (timeout)`)), () => undefined);
        try {
            if (files && work) {
                const applied = await (0, migrator_js_1.applyMigrations)(work, pending, {
                    ledgerExists,
                    clock,
                    signal: stop.signal,
                    appliedBy: deps.holder,
                    cancel: async () => {
                        if (workPid)
                            await control((c) => c.query('SELECT pg_cancel_backend($1)', [workPid]));
                    },
                    onStart: (batch) => {
                        const f = batch[0];
                        const n = (x, what) => `${x} ${what}${x === 1 ? '' : 's'}`;
                        deps.log(batch.length === 1
                            ? `Applying ${f.display} (${f.transactional ? 'one transaction' : 'no transaction'}, ${n(f.statements.length, 'statement')})`
                            : `Applying ${f.display} … ${batch[batch.length - 1]?.display} (${n(batch.length, 'migration')}, one transaction each, sent together)`);
                    },
                    onApplied: (m) => deps.log(`Applied ${m.display} in ${(0, inputs_js_1.formatDuration)(Math.round(m.durationMs))}`),
                });
                result.applied = applied.applied;
                if (applied.failure) {
                    result.failureAt = { file: applied.failure.file.display, line: applied.failure.line };
                    throw new errors_js_1.PolicyError((0, migrator_js_1.describeFailure)(applied.failure));
                }
                result.status = 'migrated';
            }
            else if (s.mode === 'command' && s.command) {
                const env = (0, command_js_1.migratorEnv)(deps.env, target, lock ? { name: s.lockName, pid: lock.pid } : undefined, childApp, s.env);
                const argv = s.command[0] === 'bash' ? s.command : (0, command_js_1.expandArgs)('command', s.command, env);
                result.ran = deps.masker.mask(s.command.join(' '));
                deps.log(`Running ${result.ran}`);
                const wrap = deps.output ?? (async (fn) => fn(() => undefined));
                const child = await wrap((write) => (0, command_js_1.runMigrator)(argv, {
                    cwd: s.workingDirectory,
                    env,
                    masker: deps.masker,
                    onOutput: write,
                    signal: stop.signal,
                }));
                result.exitCode = child.exitCode;
                const ended = await control((c) => endLeftoverSessions(c, childApp, clock));
                if (ended > 0)
                    deps.log(`Ended ${ended} database session(s) the migrator left running.`);
                if (child.stopped) {
                    throw new errors_js_1.PolicyError(`The migrator was stopped: ${child.stopped}. Its database sessions were ended before the lock was released.`);
                }
                if (child.exitCode !== 0) {
                    throw new errors_js_1.PolicyError(`The migrator exited with code ${child.exitCode}${child.signal ? ` (${child.signal})` : ''}${child.tail.length ? `: ${child.tail[child.tail.length - 1]}` : ''}`);
                }
                result.status = 'migrated';
            }
            else if (s.mode === 'job') {
                const { runMigrationJob } = await __webpack_require__.e(/* import() */ 286).then(__webpack_require__.bind(__webpack_require__, 7286));
                const job = await runMigrationJob(s, {
                    clock,
                    signal: stop.signal,
                    kube: deps.kube,
                    masker: deps.masker,
                    setSecret: deps.setSecret,
                    log: deps.log,
                    output: deps.output,
                    workspace: deps.workspace,
                    holder: deps.holder,
                    lock: lock ? { name: s.lockName, pid: lock.pid } : undefined,
                    appName: childApp,
                    saveState: deps.saveState,
                    env: deps.env,
                });
                result.exitCode = job.exitCode;
                result.ran = job.name;
                const ended = await control((c) => endLeftoverSessions(c, childApp, clock));
                if (ended > 0)
                    deps.log(`Ended ${ended} database session(s) the migration Job left running.`);
                if (job.failure)
                    throw new errors_js_1.PolicyError(job.failure);
                result.status = 'migrated';
            }
        }
        finally {
            stopTimer.abort();
            deps.signal?.removeEventListener('abort', onCancel);
            lock?.lost.removeEventListener('abort', onLost);
        }
        return finish();
    }
    catch (e) {
        if (result.status !== 'refused')
            result.status = 'failed';
        error = e instanceof Error ? e : new Error((0, errors_js_1.errorMessage)(e));
        const described = (0, errors_js_1.describeError)(error);
        if (described.expected)
            result.failure = described.message;
        return finish();
    }
    finally {
        // the migrator's connection closes while the lock is released
        const closing = (async () => {
            work ??= await workP?.catch(() => undefined);
            if (work)
                await work.end().catch(() => undefined);
        })();
        if (lock) {
            const ok = await lock.release();
            if (!ok)
                deps.warn?.(`The migration lock '${s.lockName}' had already been lost when it was released.`);
            else
                deps.log(`Released the migration lock '${s.lockName}'.`);
        }
        else {
            lockClient ??= await lockP?.catch(() => undefined);
            if (lockClient)
                await lockClient.end().catch(() => undefined);
        }
        await closing;
    }
    function finish() {
        result.durationMs = clock.now() - started;
        return { result, markdown: (0, summary_js_1.renderMigrateSummary)(result), error };
    }
}
/** Every migration's state against the ledger (applied, pending, edited, missing); changes nothing. */
async function migrationStatus(s, deps) {
    const target = await resolveTarget(s.database, deps);
    const files = (0, files_js_1.readMigrations)(s.dir, { input: 'dir', root: deps.workspace });
    const client = await (0, connect_js_1.openClient)(target, {
        applicationName: `keelson-migrate ${deps.holder} status`,
        source: s.database.source,
    });
    try {
        const ledger = new Map(((await (0, migrator_js_1.readLedger)(client)) ?? []).map((r) => [r.version, r]));
        const rows = files.map((f) => {
            const row = ledger.get(f.version);
            ledger.delete(f.version);
            if (!row)
                return { version: f.version, name: f.name, state: 'pending' };
            return {
                version: f.version,
                name: f.name,
                state: row.checksum === f.checksum ? 'applied' : 'edited',
                appliedAt: row.appliedAt,
            };
        });
        for (const row of ledger.values()) {
            rows.push({ version: row.version, name: row.name, state: 'missing', appliedAt: row.appliedAt });
        }
        rows.sort((a, b) => BigInt(a.version) < BigInt(b.version) ? -1 : BigInt(a.version) > BigInt(b.version) ? 1 : 0);
        return { target: (0, database_url_js_1.describeTarget)(target), rows };
    }
    finally {
        await client.end().catch(() => undefined);
    }
}


/***/ }),

/***/ 8601:
/***/ ((__unused_webpack_module, exports) => {


/**
 * PostgreSQL SQL lexing and statement splitting, as psql splits a file for `psql -f`: semicolons end a
 * statement except inside quotes ('…', E'…', "…", $tag$…$tag$), comments (-- and nested block comments), parentheses,
 * and the BEGIN … END body of a SQL-standard CREATE FUNCTION/PROCEDURE. Every token keeps its offset so an
 * error PostgreSQL reports at a position inside a statement maps back to the file's line.
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.SqlSyntaxError = void 0;
exports.lex = lex;
exports.splitStatements = splitStatements;
exports.lineOf = lineOf;
exports.headline = headline;
class SqlSyntaxError extends Error {
    line;
    constructor(message, line) {
        super(message);
        this.line = line;
    }
}
exports.SqlSyntaxError = SqlSyntaxError;
function isIdentStart(c) {
    const k = c.charCodeAt(0);
    return (k >= 97 && k <= 122) || (k >= 65 && k <= 90) || k === 95 || k >= 128;
}
function isIdentChar(c) {
    const k = c.charCodeAt(0);
    return ((k >= 97 && k <= 122) || (k >= 65 && k <= 90) || (k >= 48 && k <= 57) || k === 95 || k === 36 || k >= 128);
}
/** Tokens of a SQL text. Throws SqlSyntaxError for an unterminated quote or comment. */
function lex(sql) {
    const tokens = [];
    let i = 0;
    const n = sql.length;
    // tokens are produced in order: lines are counted forward from the last token's start
    let cursor = { at: 0, line: 1 };
    const lineAt = (offset) => {
        let { at, line } = cursor;
        for (; at < offset; at++)
            if (sql.charCodeAt(at) === 10)
                line++;
        cursor = { at, line };
        return line;
    };
    const push = (kind, start, value) => {
        const text = sql.slice(start, i);
        tokens.push({ kind, text, value: value ?? text, start, end: i, line: lineAt(start) });
    };
    while (i < n) {
        const c = sql[i];
        const start = i;
        if (c === ' ' || c === '\t' || c === '\r' || c === '\n' || c === '\f') {
            i++;
            continue;
        }
        if (c === '-' && sql[i + 1] === '-') {
            while (i < n && sql[i] !== '\n')
                i++;
            push('comment', start);
            continue;
        }
        if (c === '/' && sql[i + 1] === '*') {
            let depth = 1;
            i += 2;
            while (i < n && depth > 0) {
                if (sql[i] === '/' && sql[i + 1] === '*') {
                    depth++;
                    i += 2;
                }
                else if (sql[i] === '*' && sql[i + 1] === '/') {
                    depth--;
                    i += 2;
                }
                else
                    i++;
            }
            if (depth > 0)
                throw new SqlSyntaxError('unterminated /* comment', lineAt(start));
            push('comment', start);
            continue;
        }
        // E'…' (backslash escapes), U&'…', B'…', X'…', N'…' string prefixes
        if (/[EeUuBbXxNn]/.test(c)) {
            const escape = c === 'E' || c === 'e';
            let q = i + 1;
            if ((c === 'U' || c === 'u') && sql[i + 1] === '&')
                q = i + 2;
            if (sql[q] === "'" && (q === i + 1 || c === 'U' || c === 'u')) {
                i = q;
                readString(escape);
                push('string', start);
                continue;
            }
            if ((c === 'U' || c === 'u') && sql[i + 1] === '&' && sql[i + 2] === '"') {
                i += 2;
                const ident = readQuotedIdent();
                push('quoted-ident', start, ident);
                continue;
            }
        }
        if (c === "'") {
            readString(false);
            push('string', start);
            continue;
        }
        if (c === '"') {
            const ident = readQuotedIdent();
            push('quoted-ident', start, ident);
            continue;
        }
        if (c === '$') {
            const m = /^\$([A-Za-z_\u0080-\uffff][A-Za-z0-9_\u0080-\uffff]*)?\$/.exec(sql.slice(i, i + 64));
            if (m) {
                const tag = m[0];
                const close = sql.indexOf(tag, i + tag.length);
                if (close < 0)
                    throw new SqlSyntaxError(`unterminated dollar-quoted string ${tag}`, lineAt(start));
                i = close + tag.length;
                push('string', start);
                continue;
            }
            if (/\d/.test(sql[i + 1] ?? '')) {
                i++;
                while (i < n && /\d/.test(sql[i]))
                    i++;
                push('param', start);
                continue;
            }
        }
        if (isIdentStart(c)) {
            while (i < n && isIdentChar(sql[i]))
                i++;
            push('word', start, sql.slice(start, i).toUpperCase());
            continue;
        }
        if (/\d/.test(c) || (c === '.' && /\d/.test(sql[i + 1] ?? ''))) {
            while (i < n && /[0-9._eE]/.test(sql[i])) {
                if ((sql[i] === 'e' || sql[i] === 'E') && (sql[i + 1] === '-' || sql[i + 1] === '+'))
                    i++;
                i++;
            }
            push('number', start);
            continue;
        }
        if (c === ':' && sql[i + 1] === ':') {
            i += 2;
            push('punct', start);
            continue;
        }
        i++;
        push('punct', start);
    }
    return tokens;
    function readString(backslashEscapes) {
        const start = i;
        i++; // opening quote
        for (;;) {
            if (i >= n)
                throw new SqlSyntaxError('unterminated quoted string', lineAt(start));
            const ch = sql[i];
            if (backslashEscapes && ch === '\\') {
                i += 2;
                continue;
            }
            if (ch === "'") {
                if (sql[i + 1] === "'") {
                    i += 2;
                    continue;
                }
                i++;
                // 'a' 'b' continuation across a newline is one literal in SQL; treating it as two tokens is harmless
                return;
            }
            i++;
        }
    }
    function readQuotedIdent() {
        const start = i;
        i++;
        let out = '';
        for (;;) {
            if (i >= n)
                throw new SqlSyntaxError('unterminated quoted identifier', lineAt(start));
            if (sql[i] === '"') {
                if (sql[i + 1] === '"') {
                    out += '"';
                    i += 2;
                    continue;
                }
                i++;
                return out;
            }
            out += sql[i];
            i++;
        }
    }
}
const ROUTINE = new Set(['FUNCTION', 'PROCEDURE']);
/** `CREATE [OR REPLACE] FUNCTION|PROCEDURE`, read from a statement's first words (undefined: not known yet). */
function routineFrom(words) {
    if (words[0] !== 'CREATE')
        return words.length > 0 ? false : undefined;
    if (words.length < 2)
        return undefined;
    if (words[1] !== 'OR')
        return ROUTINE.has(words[1]);
    if (words.length < 4)
        return undefined;
    return words[2] === 'REPLACE' && ROUTINE.has(words[3]);
}
/**
 * Splits SQL into statements the way psql does. Empty statements (`;;`) are dropped. Comments between two
 * statements belong to the next one, except a comment that starts on the line where the previous statement
 * ended (`DROP …; -- keelson:allow …`), which belongs to the previous one.
 */
function splitStatements(sql) {
    const tokens = lex(sql);
    const out = [];
    let current = [];
    let comments = [];
    let depth = 0;
    let blockDepth = 0;
    let firstWords = [];
    let routine;
    let lastEnd;
    const finish = () => {
        if (current.length > 0) {
            const first = current[0];
            const last = current[current.length - 1];
            const st = {
                text: sql.slice(first.start, last.end),
                start: first.start,
                end: last.end,
                line: first.line,
                tokens: current,
                comments,
            };
            out.push(st);
            lastEnd = { line: last.line + countNewlines(last.text), statement: st };
            comments = [];
        }
        current = [];
        depth = 0;
        blockDepth = 0;
        firstWords = [];
        routine = undefined;
    };
    for (const t of tokens) {
        if (t.kind === 'comment') {
            if (current.length === 0 && lastEnd && t.line === lastEnd.line)
                lastEnd.statement.comments.push(t);
            else
                comments.push(t);
            continue;
        }
        if (t.kind === 'punct' && t.text === ';' && depth === 0 && blockDepth === 0) {
            finish();
            continue;
        }
        if (current.length === 0)
            lastEnd = undefined;
        current.push(t);
        if (t.kind === 'punct') {
            if (t.text === '(')
                depth++;
            else if (t.text === ')')
                depth = Math.max(0, depth - 1);
        }
        else if (t.kind === 'word') {
            if (routine === undefined) {
                firstWords.push(t.value);
                routine = routineFrom(firstWords);
            }
            if (!routine)
                continue;
            // SQL-standard routine bodies: BEGIN ATOMIC … END may hold semicolons (CASE … END nests inside)
            if (t.value === 'BEGIN' || (t.value === 'CASE' && blockDepth > 0))
                blockDepth++;
            else if (t.value === 'END' && blockDepth > 0)
                blockDepth--;
        }
    }
    if (current.length > 0)
        finish();
    else if (comments.length > 0 && out.length > 0) {
        // trailing comments after the last statement: keep them with it
        out[out.length - 1].comments.push(...comments);
    }
    return out;
}
function countNewlines(s) {
    let k = 0;
    for (let i = 0; i < s.length; i++)
        if (s.charCodeAt(i) === 10)
            k++;
    return k;
}
/** 1-based line of an offset in `text`. */
function lineOf(text, offset) {
    let line = 1;
    const end = Math.min(offset, text.length);
    for (let i = 0; i < end; i++)
        if (text.charCodeAt(i) === 10)
            line++;
    return line;
}
/** The statement's words, for messages: `ALTER TABLE users DROP COLUMN email` (first line, clipped). */
function headline(st, max = 100) {
    const flat = st.text.replace(/\s+/g, ' ').trim();
    return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}


/***/ }),

/***/ 8725:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.renderMigrateSummary = renderMigrateSummary;
/** The migrate step's job summary: what ran, what the lint said, the lock and the snapshot. */
const inputs_js_1 = __webpack_require__(1662);
const summary_js_1 = __webpack_require__(1119);
const HEADLINE = {
    migrated: '✅ Migrated',
    'up-to-date': '✅ Up to date',
    'dry-run': '📝 Dry run',
    failed: '❌ Migration failed',
    refused: '⛔ Migration refused by the expand–contract lint',
};
function cell(v) {
    return String(v).replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}
function code(v) {
    return `\`${v.replace(/`/g, "'")}\``;
}
function ms(v) {
    return v < 1000 ? `${Math.round(v)}ms` : (0, inputs_js_1.formatDuration)(Math.round(v / 100) * 100);
}
function findingRows(list, allowed) {
    return list.map((f) => [
        cell(`${f.file}:${f.line}`),
        code(f.rule),
        cell(allowed ? `allowed: ${f.allowed ?? ''}` : f.message),
    ]);
}
function renderMigrateSummary(r) {
    const builtIn = r.migrator === 'keelson';
    const what = r.status === 'migrated' && builtIn
        ? `${r.applied.length} migration${r.applied.length === 1 ? '' : 's'} applied`
        : r.status === 'dry-run' && builtIn
            ? `${r.pending.length} migration${r.pending.length === 1 ? '' : 's'} would be applied`
            : '';
    const lines = [
        `### ${HEADLINE[r.status]}${what ? `: ${what}` : ''}${r.target ? ` (${cell(r.target)})` : ''}`,
        '',
    ];
    if (r.failure)
        lines.push(`> ${cell(r.failure)}`, '');
    const rows = [
        [
            'migrator',
            builtIn ? 'keelson (built-in)' : `external, ${r.mode === 'job' ? 'Kubernetes Job' : 'on the runner'}`,
        ],
    ];
    if (r.ran)
        rows.push([r.mode === 'job' ? 'job' : 'command', code(r.ran)]);
    if (r.exitCode !== undefined)
        rows.push(['exit code', r.exitCode]);
    if (r.pendingBefore !== undefined)
        rows.push(['pending before', r.pendingBefore]);
    if (r.lockWaitMs !== undefined)
        rows.push(['lock', `${code(r.lockName)}, waited ${ms(r.lockWaitMs)}`]);
    if (r.snapshotId)
        rows.push(['RDS snapshot', code(r.snapshotId)]);
    rows.push(['duration', ms(r.durationMs)]);
    lines.push((0, summary_js_1.table)(['', ''], rows), '');
    if (builtIn && (r.applied.length > 0 || (r.status === 'dry-run' && r.pending.length > 0))) {
        lines.push(r.status === 'dry-run' ? '#### Would apply' : '#### Applied', '');
        const list = r.status === 'dry-run'
            ? r.pending.map((p) => [
                code(p.name),
                p.transactional ? 'one transaction' : 'no transaction',
                p.statements,
                '—',
            ])
            : r.applied.map((a) => [
                code(a.name),
                a.transactional ? 'one transaction' : 'no transaction',
                a.statements,
                ms(a.durationMs),
            ]);
        lines.push((0, summary_js_1.table)(['migration', 'mode', 'statements', 'took'], list), '');
    }
    if (r.lint.enabled) {
        const { findings, allowed } = r.lint;
        lines.push('#### Expand–contract lint', '');
        if (findings.length === 0 && allowed.length === 0) {
            lines.push(`No findings in ${r.lint.files} file${r.lint.files === 1 ? '' : 's'}.`, '');
        }
        else {
            lines.push((0, summary_js_1.table)(['where', 'rule', 'finding'], [...findingRows(findings, false), ...findingRows(allowed, true)]), '');
        }
    }
    return (0, summary_js_1.cutMarkdown)(lines.join('\n'), summary_js_1.SUMMARY_LIMIT, { measure: 'bytes' }).text;
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


/***/ })

};
