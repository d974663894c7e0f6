export const id = 1300;
export const ids = [1300];
export const modules = {

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


/***/ })

};
