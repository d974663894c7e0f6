export const id = 8;
export const ids = [8];
export const modules = {

/***/ 90008:
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
const sql_js_1 = __webpack_require__(88601);
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

/***/ 88601:
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


/***/ })

};
