export const id = 3044;
export const ids = [3044];
export const modules = {

/***/ 53044:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.PG_BIN = void 0;
exports.startPostgres = startPostgres;
/**
 * A throwaway PostgreSQL 15 cluster (the tests' database, and the one `keelson workflow run` starts for a
 * workflow's migrations): initdb + pg_ctl into a temp dir, on a free loopback
 * port, password authentication over TCP (so URLs carry a real password the tests can look for in output).
 * PostgreSQL refuses to run as root: as root the server binaries run as an unprivileged user (`nobody`, or
 * KEELSON_PG_USER) that owns the temp dir. The server binaries come from Debian's postgresql-15, which
 * `npm test` installs where missing (scripts/ensure-tools.sh). Stopped by `stop()`, or at process exit.
 */
const node_child_process_1 = __webpack_require__(31421);
const node_crypto_1 = __webpack_require__(77598);
const node_fs_1 = __webpack_require__(73024);
const node_net_1 = __webpack_require__(77030);
const node_os_1 = __webpack_require__(48161);
const node_path_1 = __webpack_require__(76760);
const node_util_1 = __webpack_require__(57975);
const pg_1 = __importDefault(__webpack_require__(13273));
const errors_js_1 = __webpack_require__(97268);
const run = (0, node_util_1.promisify)(node_child_process_1.execFile);
exports.PG_BIN = process.env.KEELSON_PG_BIN ?? '/usr/lib/postgresql/15/bin';
function freePort() {
    return new Promise((resolve, reject) => {
        const s = (0, node_net_1.createServer)();
        s.once('error', reject);
        s.listen(0, '127.0.0.1', () => {
            const addr = s.address();
            const port = typeof addr === 'object' && addr ? addr.port : 0;
            s.close(() => resolve(port));
        });
    });
}
let seq = 0;
async function startPostgres(options = {}) {
    if (!(0, node_fs_1.existsSync)((0, node_path_1.join)(exports.PG_BIN, 'initdb'))) {
        throw new errors_js_1.ToolError(`PostgreSQL 15 server binaries not found in ${exports.PG_BIN}. 'npm test' installs Debian's postgresql-15 (scripts/ensure-tools.sh).`);
    }
    const asRoot = process.getuid?.() === 0;
    const osUser = process.env.KEELSON_PG_USER ?? 'nobody';
    const wrap = (argv) => (asRoot ? ['runuser', '-u', osUser, '--', ...argv] : argv);
    // as root, what the server reads belongs to the user it runs as
    const owner = asRoot
        ? {
            uid: Number((0, node_child_process_1.execFileSync)('id', ['-u', osUser], { encoding: 'utf8' }).trim()),
            gid: Number((0, node_child_process_1.execFileSync)('id', ['-g', osUser], { encoding: 'utf8' }).trim()),
        }
        : undefined;
    const giveToServer = (path) => {
        if (owner)
            (0, node_fs_1.chownSync)(path, owner.uid, owner.gid);
    };
    const dir = (0, node_fs_1.mkdtempSync)((0, node_path_1.join)((0, node_os_1.tmpdir)(), 'keelson-pg-'));
    giveToServer(dir);
    const password = `pw-${(0, node_crypto_1.randomBytes)(9).toString('base64url')}`;
    const pwfile = (0, node_path_1.join)(dir, 'pwfile');
    (0, node_fs_1.writeFileSync)(pwfile, password + '\n', { mode: 0o644 });
    const data = (0, node_path_1.join)(dir, 'data');
    const [cmd, ...args] = wrap([
        (0, node_path_1.join)(exports.PG_BIN, 'initdb'),
        '-D',
        data,
        '-U',
        'postgres',
        `--pwfile=${pwfile}`,
        '--auth-local=trust',
        '--auth-host=scram-sha-256',
        '-E',
        'UTF8',
        '--locale=C',
        '-N',
    ]);
    await run(cmd, args);
    (0, node_fs_1.rmSync)(pwfile);
    if (options.tls) {
        // the server reads its key only when the server's user owns it and nobody else can read it
        (0, node_fs_1.writeFileSync)((0, node_path_1.join)(data, 'server.crt'), options.tls.cert, { mode: 0o644 });
        (0, node_fs_1.writeFileSync)((0, node_path_1.join)(data, 'server.key'), options.tls.key, { mode: 0o600 });
        giveToServer((0, node_path_1.join)(data, 'server.crt'));
        giveToServer((0, node_path_1.join)(data, 'server.key'));
    }
    if (options.tlsOnly) {
        if (!options.tls)
            throw new errors_js_1.ToolError('startPostgres: tlsOnly needs tls (a certificate and key)');
        const hba = (0, node_path_1.join)(data, 'pg_hba.conf');
        (0, node_fs_1.writeFileSync)(hba, (0, node_fs_1.readFileSync)(hba, 'utf8').replace(/^host(\s)/gm, 'hostssl$1'));
    }
    const log = (0, node_path_1.join)(dir, 'server.log');
    let port = 0;
    for (let attempt = 1;; attempt++) {
        port = await freePort();
        const opts = [
            '-c listen_addresses=127.0.0.1',
            `-p ${port}`,
            `-c unix_socket_directories=${dir}`,
            '-c fsync=off',
            '-c synchronous_commit=off',
            '-c full_page_writes=off',
            '-c max_connections=60',
            '-c log_connections=on',
            ...(options.tls ? ['-c ssl=on'] : []),
        ].join(' ');
        const [c, ...a] = wrap([
            (0, node_path_1.join)(exports.PG_BIN, 'pg_ctl'),
            '-D',
            data,
            '-l',
            log,
            '-w',
            '-t',
            '60',
            '-o',
            opts,
            'start',
        ]);
        try {
            await run(c, a);
            break;
        }
        catch (e) {
            if (attempt >= 3) {
                const tail = (0, node_fs_1.existsSync)(log) ? (0, node_fs_1.readFileSync)(log, 'utf8').split('\n').slice(-15).join('\n') : '';
                throw new errors_js_1.ToolError(`pg_ctl start failed: ${e.message}\n${tail}`, { cause: e });
            }
        }
    }
    const stopSync = () => {
        try {
            const [c, ...a] = wrap([(0, node_path_1.join)(exports.PG_BIN, 'pg_ctl'), '-D', data, '-m', 'immediate', '-w', 'stop']);
            (0, node_child_process_1.execFileSync)(c, a, { stdio: 'ignore' });
        }
        catch {
            // already stopped
        }
        (0, node_fs_1.rmSync)(dir, { recursive: true, force: true });
    };
    process.once('exit', stopSync);
    const url = (database = 'postgres') => `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;
    const query = async (sql, database = 'postgres', values) => {
        const client = new pg_1.default.Client({
            connectionString: url(database),
            // the tests' own queries; what Keelson checks of the server's certificate is tested through Keelson
            ...(options.tls ? { ssl: { rejectUnauthorized: false } } : {}),
        });
        await client.connect();
        try {
            return (await client.query(sql, values)).rows;
        }
        finally {
            await client.end();
        }
    };
    let stopped = false;
    return {
        host: '127.0.0.1',
        port,
        user: 'postgres',
        password,
        url,
        query,
        logFile: log,
        async createDatabase(prefix = 'test') {
            const name = `${prefix.replace(/[^a-z0-9_]/gi, '_').toLowerCase()}_${process.pid}_${++seq}`;
            await query(`CREATE DATABASE ${name}`);
            return { name, url: url(name) };
        },
        async stop() {
            if (stopped)
                return;
            stopped = true;
            process.off('exit', stopSync);
            const [c, ...a] = wrap([(0, node_path_1.join)(exports.PG_BIN, 'pg_ctl'), '-D', data, '-m', 'fast', '-w', 'stop']);
            await run(c, a).catch(() => undefined);
            (0, node_fs_1.rmSync)(dir, { recursive: true, force: true });
        },
    };
}


/***/ })

};
