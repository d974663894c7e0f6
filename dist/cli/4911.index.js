export const id = 4911;
export const ids = [4911];
export const modules = {

/***/ 55797:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.coerce = coerce;
exports.routeTable = routeTable;
/**
 * How the GitHub emulator knows GitHub's API: which operation a request is, and (optionally) whether the request
 * and the emulator's answer match GitHub's published description.
 *
 * Two implementations:
 * - `routeTable()` (what ships: `keelson workflow run`, the demo): the emulated operations only, from
 *   `routes-table.ts`, generated from GitHub's OpenAPI description (`node scripts/gen-github-routes.mjs`; a test
 *   keeps it equal). Paths, methods, parameter types and required parameters; no body or response schemas. It
 *   costs nothing at start-up.
 * - `openApiDescription()` in `openapi.ts` (the tests, through `validated.ts`): the whole of `@octokit/openapi`
 *   (13 MB of JSON, ~120 ms and ~50 MB to load): every request and 2xx response validated. It is never imported by
 *   product code, so the description is not bundled into dist/cli.
 */
const routes_table_js_1 = __webpack_require__(71088);
/** Turns a path/query string into the value the parameter's type describes (as GitHub's router does). */
function coerce(raw, type) {
    if (type === 'integer')
        return /^-?\d+$/.test(raw) ? Number(raw) : raw;
    if (type === 'number')
        return raw.trim() !== '' && Number.isFinite(Number(raw)) ? Number(raw) : raw;
    if (type === 'boolean')
        return raw === 'true' ? true : raw === 'false' ? false : raw;
    if (type === 'array')
        return raw === '' ? [] : raw.split(',');
    return raw;
}
function escapeRegex(s) {
    return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
let compiled;
function compile() {
    if (compiled)
        return compiled;
    compiled = routes_table_js_1.ROUTES.map((r) => {
        const names = [];
        let literals = 0;
        const source = r.template
            .split('/')
            .slice(1)
            .map((segment) => {
            if (!segment.includes('{')) {
                literals++;
                return escapeRegex(segment);
            }
            return segment
                .split(/(\{[^}]+\})/)
                .map((part) => {
                const inner = /^\{([^}]+)\}$/.exec(part);
                if (!inner)
                    return escapeRegex(part);
                names.push(inner[1]);
                return '([^/]+)';
            })
                .join('');
        })
            .join('/');
        return { ...r, regex: new RegExp(`^/${source}/?$`), names, literals };
    });
    return compiled;
}
/** The emulated operations, from the generated table: routing and parameter checks, no schemas. */
function routeTable() {
    return {
        kind: 'routes',
        find(method, rawPath) {
            const candidates = compile()
                .filter((r) => r.regex.test(rawPath))
                .sort((a, b) => b.literals - a.literals);
            if (candidates.length === 0)
                return { kind: 'no-path' };
            const m = method.toUpperCase();
            const hit = candidates.find((r) => r.method === m);
            if (!hit) {
                const best = candidates[0];
                const allowed = compile()
                    .filter((r) => r.template === best.template)
                    .map((r) => r.method);
                return { kind: 'no-method', template: best.template, allowed };
            }
            const values = hit.regex.exec(rawPath);
            const params = {};
            hit.names.forEach((name, i) => {
                const raw = values[i + 1] ?? '';
                try {
                    params[name] = decodeURIComponent(raw);
                }
                catch {
                    params[name] = raw;
                }
            });
            return {
                kind: 'found',
                match: {
                    template: hit.template,
                    method: hit.method,
                    operationId: hit.operationId,
                    params,
                    parameters: hit.parameters,
                    docsUrl: hit.docsUrl,
                },
            };
        },
        validateRequest(match, query) {
            const problems = [];
            for (const p of match.parameters) {
                if (p.in !== 'path' && p.in !== 'query')
                    continue;
                const raw = p.in === 'path' ? match.params[p.name] : query[p.name];
                if (raw === undefined) {
                    if (p.required)
                        problems.push({ where: p.in, message: `"${p.name}" wasn't supplied.` });
                    continue;
                }
                if (p.type === 'integer' && typeof coerce(raw, 'integer') !== 'number')
                    problems.push({ where: p.in, message: `"${p.name}" is not an integer.` });
            }
            const unknownQuery = Object.keys(query).filter((name) => !match.parameters.some((p) => p.in === 'query' && p.name === name));
            return { problems, unknownQuery };
        },
        validateResponse() {
            return [];
        },
    };
}


/***/ }),

/***/ 38702:
/***/ ((__unused_webpack_module, exports) => {


/**
 * Fault injection: make the next n matching requests fail the way GitHub fails — an error status with
 * GitHub's error body, rate-limit headers, or (for GraphQL) HTTP 200 with an `errors` array.
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.FaultList = exports.DEFAULT_MESSAGES = void 0;
exports.forkPrToken = forkPrToken;
exports.rateLimit = rateLimit;
exports.DEFAULT_MESSAGES = {
    401: 'Bad credentials',
    403: 'Forbidden',
    404: 'Not Found',
    409: 'Conflict',
    410: 'Gone',
    422: 'Validation Failed',
    429: 'Too Many Requests',
    500: 'Server Error',
    502: 'Server Error',
    503: 'Service Unavailable',
    504: 'We couldn\u2019t respond to your request in time. Sorry about that. Please try resubmitting your request.',
};
class FaultList {
    faults = [];
    add(spec) {
        const record = new FaultRecord(spec, (r) => {
            const i = this.faults.indexOf(r);
            if (i >= 0)
                this.faults.splice(i, 1);
        });
        this.faults.push(record);
        return record;
    }
    clear() {
        this.faults.length = 0;
    }
    /** The first live fault matching the request; counts the hit. */
    take(request) {
        for (const f of this.faults) {
            if (f.remaining > 0 && f.matches(request)) {
                f.hit();
                return f.spec;
            }
        }
        return undefined;
    }
}
exports.FaultList = FaultList;
class FaultRecord {
    spec;
    onRemove;
    hits = 0;
    constructor(spec, onRemove) {
        this.spec = spec;
        this.onRemove = onRemove;
    }
    get remaining() {
        return Math.max(0, (this.spec.times ?? 1) - this.hits);
    }
    hit() {
        this.hits++;
    }
    remove() {
        this.onRemove(this);
    }
    matches(r) {
        const { method, path, when } = this.spec;
        if (method !== undefined) {
            const methods = (Array.isArray(method) ? method : [method]).map((m) => m.toUpperCase());
            if (!methods.includes(r.method.toUpperCase()))
                return false;
        }
        if (path instanceof RegExp) {
            path.lastIndex = 0;
            if (!path.test(r.path))
                return false;
        }
        else if (path !== undefined && path !== r.template && path !== r.path) {
            return false;
        }
        return when ? when(r) : true;
    }
}
// ---------------------------------------------------------------------------------------------------------
// Presets
const ISSUE_COMMENT_TEMPLATES = new Set([
    '/repos/{owner}/{repo}/issues/{issue_number}/comments',
    '/repos/{owner}/{repo}/issues/comments/{comment_id}',
]);
/**
 * The GITHUB_TOKEN of a `pull_request` run from a fork: read-only. Every write (REST POST/PATCH/PUT/DELETE,
 * GraphQL mutation) answers 403 `Resource not accessible by integration` (GraphQL: HTTP 200 + FORBIDDEN).
 * `only: 'comments'` limits it to issue-comment writes.
 */
function forkPrToken(opts = {}) {
    return {
        status: 403,
        times: opts.times ?? Infinity,
        message: 'Resource not accessible by integration',
        when: (r) => r.write &&
            (opts.only !== 'comments' || ISSUE_COMMENT_TEMPLATES.has(r.template) || (r.graphql && r.write)),
    };
}
function rateLimit(opts = {}) {
    const kind = opts.kind ?? 'primary';
    const now = opts.now ?? (() => new Date());
    const epoch = Math.floor(now().getTime() / 1000);
    const base = { method: opts.method, path: opts.path, times: opts.times ?? 1 };
    if (kind === 'primary') {
        return {
            ...base,
            status: opts.status ?? 403,
            message: 'API rate limit exceeded for installation ID 1. If you reach out to GitHub Support for help, ' +
                'please include the request ID 0000:0000:0000000:0000000:00000000.',
            headers: {
                'x-ratelimit-limit': '5000',
                'x-ratelimit-remaining': '0',
                'x-ratelimit-used': '5000',
                'x-ratelimit-reset': String(epoch + (opts.resetInSeconds ?? 60)),
                'x-ratelimit-resource': 'core',
            },
        };
    }
    return {
        ...base,
        status: opts.status ?? 429,
        message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you ' +
            'reach out to GitHub Support for help, please include the request ID 0000:0000:0000000:0000000:00000000.',
        headers: { 'retry-after': String(opts.retryAfterSeconds ?? 60) },
    };
}


/***/ }),

/***/ 72574:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.GraphQLSyntaxError = void 0;
exports.parse = parse;
exports.pickOperation = pickOperation;
exports.executeGraphQL = executeGraphQL;
/**
 * A small GraphQL endpoint: a real parser (operations, variables, aliases, fragments, @include/@skip) over a
 * tiny slice of GitHub's schema — `minimizeComment` / `unminimizeComment` mutations and `node` / `nodes`
 * queries on IssueComment. Errors have GitHub's shape: HTTP 200, `{ errors: [{ type?, message, path?,
 * locations }] }`; a document that does not validate (unknown field, bad argument, undeclared variable) is
 * refused as a whole, as GitHub does, and reported to the emulator as a violation.
 */
const errors_js_1 = __webpack_require__(97268);
class GraphQLSyntaxError extends Error {
}
exports.GraphQLSyntaxError = GraphQLSyntaxError;
function lex(source) {
    const tokens = [];
    let i = 0;
    let line = 1;
    let lineStart = 0;
    const at = () => ({ line, column: i - lineStart + 1 });
    while (i < source.length) {
        const ch = source[i];
        if (ch === '\n') {
            i++;
            line++;
            lineStart = i;
            continue;
        }
        if (ch === ' ' || ch === '\t' || ch === '\r' || ch === ',' || ch === '\ufeff') {
            i++;
            continue;
        }
        if (ch === '#') {
            while (i < source.length && source[i] !== '\n')
                i++;
            continue;
        }
        const pos = at();
        if (source.startsWith('...', i)) {
            tokens.push({ kind: 'punct', value: '...', ...pos });
            i += 3;
            continue;
        }
        if ('!$()&:=@[]{}|'.includes(ch)) {
            tokens.push({ kind: 'punct', value: ch, ...pos });
            i++;
            continue;
        }
        if (/[A-Za-z_]/.test(ch)) {
            const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(source.slice(i));
            tokens.push({ kind: 'name', value: m[0], ...pos });
            i += m[0].length;
            continue;
        }
        if (/[-0-9]/.test(ch)) {
            const m = /^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/.exec(source.slice(i));
            if (!m)
                throw new GraphQLSyntaxError(`Syntax Error: Invalid number at ${pos.line}:${pos.column}.`);
            tokens.push({ kind: m[2] || m[3] ? 'float' : 'int', value: m[0], ...pos });
            i += m[0].length;
            continue;
        }
        if (source.startsWith('"""', i)) {
            const end = source.indexOf('"""', i + 3);
            if (end < 0)
                throw new GraphQLSyntaxError(`Syntax Error: Unterminated string at ${pos.line}:${pos.column}.`);
            const raw = source.slice(i + 3, end);
            tokens.push({ kind: 'string', value: raw.replace(/\\"""/g, '"""'), ...pos });
            for (const c of raw)
                if (c === '\n')
                    line++;
            i = end + 3;
            continue;
        }
        if (ch === '"') {
            let j = i + 1;
            let out = '';
            while (j < source.length && source[j] !== '"') {
                if (source[j] === '\n')
                    throw new GraphQLSyntaxError(`Syntax Error: Unterminated string at ${pos.line}.`);
                if (source[j] === '\\') {
                    const e = source[j + 1];
                    if (e === 'u') {
                        out += String.fromCharCode(parseInt(source.slice(j + 2, j + 6), 16));
                        j += 6;
                        continue;
                    }
                    const map = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f' };
                    out += map[e ?? ''] ?? e ?? '';
                    j += 2;
                    continue;
                }
                out += source[j];
                j++;
            }
            if (j >= source.length)
                throw new GraphQLSyntaxError(`Syntax Error: Unterminated string at ${pos.line}.`);
            tokens.push({ kind: 'string', value: out, ...pos });
            i = j + 1;
            continue;
        }
        throw new GraphQLSyntaxError(`Syntax Error: Unexpected character "${ch}" at ${pos.line}:${pos.column}.`);
    }
    tokens.push({ kind: 'eof', value: '', line, column: i - lineStart + 1 });
    return tokens;
}
class Parser {
    tokens;
    pos = 0;
    constructor(tokens) {
        this.tokens = tokens;
    }
    peek() {
        return this.tokens[this.pos];
    }
    next() {
        return this.tokens[this.pos++];
    }
    is(value) {
        const t = this.peek();
        return t.kind === 'punct' && t.value === value;
    }
    fail(t, expected) {
        const found = t.kind === 'eof' ? '<EOF>' : `"${t.value}"`;
        throw new GraphQLSyntaxError(`Syntax Error: Expected ${expected}, found ${found} at ${t.line}:${t.column}.`);
    }
    expect(value) {
        const t = this.next();
        if (t.kind !== 'punct' || t.value !== value)
            this.fail(t, `"${value}"`);
    }
    name() {
        const t = this.next();
        if (t.kind !== 'name')
            this.fail(t, 'Name');
        return t.value;
    }
    document() {
        const operations = [];
        const fragments = new Map();
        while (this.peek().kind !== 'eof') {
            const t = this.peek();
            if (t.kind === 'punct' && t.value === '{') {
                operations.push({ operation: 'query', variables: [], selections: this.selectionSet() });
            }
            else if (t.kind === 'name' &&
                (t.value === 'query' || t.value === 'mutation' || t.value === 'subscription')) {
                this.next();
                const name = this.peek().kind === 'name' ? this.name() : undefined;
                const variables = this.is('(') ? this.variableDefinitions() : [];
                this.directives();
                operations.push({ operation: t.value, name, variables, selections: this.selectionSet() });
            }
            else if (t.kind === 'name' && t.value === 'fragment') {
                this.next();
                const name = this.name();
                const on = this.name();
                if (on !== 'on')
                    this.fail(this.tokens[this.pos - 1], '"on"');
                const typeCondition = this.name();
                this.directives();
                fragments.set(name, { name, typeCondition, selections: this.selectionSet() });
            }
            else {
                this.fail(t, 'a definition');
            }
        }
        return { operations, fragments };
    }
    variableDefinitions() {
        this.expect('(');
        const defs = [];
        while (!this.is(')')) {
            this.expect('$');
            const name = this.name();
            this.expect(':');
            const type = this.typeRef();
            const defaultValue = this.is('=') ? (this.next(), this.value(true)) : undefined;
            this.directives();
            defs.push({ name, type, defaultValue });
        }
        this.expect(')');
        return defs;
    }
    typeRef() {
        let t;
        if (this.is('[')) {
            this.next();
            t = `[${this.typeRef()}]`;
            this.expect(']');
        }
        else {
            t = this.name();
        }
        if (this.is('!')) {
            this.next();
            t += '!';
        }
        return t;
    }
    directives() {
        const out = [];
        while (this.is('@')) {
            this.next();
            const name = this.name();
            out.push({ name, args: this.is('(') ? this.arguments() : {} });
        }
        return out;
    }
    arguments() {
        this.expect('(');
        const args = {};
        while (!this.is(')')) {
            const name = this.name();
            this.expect(':');
            args[name] = this.value(false);
        }
        this.expect(')');
        return args;
    }
    value(isConst) {
        const t = this.next();
        if (t.kind === 'punct') {
            if (t.value === '$' && !isConst)
                return { kind: 'Variable', name: this.name() };
            if (t.value === '[') {
                const values = [];
                while (!this.is(']'))
                    values.push(this.value(isConst));
                this.next();
                return { kind: 'List', values };
            }
            if (t.value === '{') {
                const fields = {};
                while (!this.is('}')) {
                    const name = this.name();
                    this.expect(':');
                    fields[name] = this.value(isConst);
                }
                this.next();
                return { kind: 'Object', fields };
            }
            this.fail(t, 'a value');
        }
        if (t.kind === 'int')
            return { kind: 'Int', value: t.value };
        if (t.kind === 'float')
            return { kind: 'Float', value: t.value };
        if (t.kind === 'string')
            return { kind: 'String', value: t.value };
        if (t.kind === 'name') {
            if (t.value === 'true' || t.value === 'false')
                return { kind: 'Boolean', value: t.value === 'true' };
            if (t.value === 'null')
                return { kind: 'Null' };
            return { kind: 'Enum', value: t.value };
        }
        return this.fail(t, 'a value');
    }
    selectionSet() {
        this.expect('{');
        const selections = [];
        while (!this.is('}')) {
            if (this.is('...')) {
                this.next();
                if (this.peek().kind === 'name' && this.peek().value === 'on') {
                    this.next();
                    const typeCondition = this.name();
                    const directives = this.directives();
                    selections.push({
                        kind: 'InlineFragment',
                        typeCondition,
                        directives,
                        selections: this.selectionSet(),
                    });
                }
                else if (this.is('{') || this.is('@')) {
                    const directives = this.directives();
                    selections.push({ kind: 'InlineFragment', directives, selections: this.selectionSet() });
                }
                else {
                    selections.push({ kind: 'FragmentSpread', name: this.name(), directives: this.directives() });
                }
                continue;
            }
            const first = this.peek();
            let name = this.name();
            let alias;
            if (this.is(':')) {
                this.next();
                alias = name;
                name = this.name();
            }
            const args = this.is('(') ? this.arguments() : {};
            const directives = this.directives();
            const selections2 = this.is('{') ? this.selectionSet() : undefined;
            selections.push({
                kind: 'Field',
                alias,
                name,
                args,
                directives,
                selections: selections2,
                loc: { line: first.line, column: first.column },
            });
        }
        this.expect('}');
        if (selections.length === 0)
            this.fail(this.tokens[this.pos - 1], 'a selection');
        return selections;
    }
}
function parse(source) {
    return new Parser(lex(source)).document();
}
const CLASSIFIERS = ['SPAM', 'ABUSE', 'OFF_TOPIC', 'OUTDATED', 'DUPLICATE', 'RESOLVED'];
const REASONS = {
    SPAM: 'spam',
    ABUSE: 'abuse',
    OFF_TOPIC: 'off-topic',
    OUTDATED: 'outdated',
    DUPLICATE: 'duplicate',
    RESOLVED: 'resolved',
};
class RequestInvalid extends Error {
    loc;
    extensions;
    constructor(message, loc, extensions) {
        super(message);
        this.loc = loc;
        this.extensions = extensions;
    }
}
class FieldError extends Error {
    type;
    constructor(message, type) {
        super(message);
        this.type = type;
    }
}
function commentOf(value) {
    return value;
}
function lookupComment(ctx, id) {
    const ref = typeof id === 'string' ? ctx.state.nodes.get(id) : undefined;
    return ref?.kind === 'IssueComment' ? ctx.state.commentsById.get(ref.id) : undefined;
}
const TYPES = {
    Query: {
        implements: [],
        fields: {
            node: {
                type: 'Node',
                args: { id: 'ID!' },
                resolve: (_p, args, ctx) => {
                    const c = lookupComment(ctx, args.id);
                    if (!c)
                        throw new FieldError(`Could not resolve to a node with the global id of '${String(args.id)}'`, 'NOT_FOUND');
                    return c;
                },
            },
            nodes: {
                type: 'Node',
                list: true,
                args: { ids: '[ID!]!' },
                resolve: (_p, args, ctx) => (Array.isArray(args.ids) ? args.ids : []).map((id) => lookupComment(ctx, id) ?? null),
            },
        },
    },
    Mutation: {
        implements: [],
        fields: {
            minimizeComment: {
                type: 'MinimizeCommentPayload',
                args: { input: 'MinimizeCommentInput!' },
                resolve: (_p, args, ctx) => {
                    const input = args.input;
                    const c = lookupComment(ctx, input.subjectId);
                    if (!c) {
                        throw new FieldError(`Could not resolve to a node with the global id of '${input.subjectId}'.`, 'NOT_FOUND');
                    }
                    c.minimized = { classifier: input.classifier, reason: REASONS[input.classifier] };
                    return { clientMutationId: input.clientMutationId ?? null, minimizedComment: c };
                },
            },
            unminimizeComment: {
                type: 'UnminimizeCommentPayload',
                args: { input: 'UnminimizeCommentInput!' },
                resolve: (_p, args, ctx) => {
                    const input = args.input;
                    const c = lookupComment(ctx, input.subjectId);
                    if (!c) {
                        throw new FieldError(`Could not resolve to a node with the global id of '${input.subjectId}'.`, 'NOT_FOUND');
                    }
                    c.minimized = null;
                    return { clientMutationId: input.clientMutationId ?? null, unminimizedComment: c };
                },
            },
        },
    },
    MinimizeCommentPayload: {
        implements: [],
        fields: {
            clientMutationId: {
                type: 'String',
                resolve: (p) => p.clientMutationId,
            },
            minimizedComment: {
                type: 'Minimizable',
                resolve: (p) => p.minimizedComment,
            },
        },
    },
    UnminimizeCommentPayload: {
        implements: [],
        fields: {
            clientMutationId: {
                type: 'String',
                resolve: (p) => p.clientMutationId,
            },
            unminimizedComment: {
                type: 'Minimizable',
                resolve: (p) => p.unminimizedComment,
            },
        },
    },
    IssueComment: {
        implements: ['Node', 'Minimizable', 'Comment'],
        fields: {
            id: { type: 'ID', resolve: (p) => commentOf(p).nodeId },
            databaseId: { type: 'Int', resolve: (p) => commentOf(p).id },
            fullDatabaseId: { type: 'String', resolve: (p) => String(commentOf(p).id) },
            body: { type: 'String', resolve: (p) => commentOf(p).body },
            isMinimized: { type: 'Boolean', resolve: (p) => commentOf(p).minimized !== null },
            minimizedReason: { type: 'String', resolve: (p) => commentOf(p).minimized?.reason ?? null },
            viewerCanMinimize: { type: 'Boolean', resolve: () => true },
            createdAt: { type: 'DateTime', resolve: (p) => commentOf(p).createdAt },
            updatedAt: { type: 'DateTime', resolve: (p) => commentOf(p).updatedAt },
            url: {
                type: 'URI',
                resolve: (p, _a, ctx) => {
                    const c = commentOf(p);
                    const isPull = ctx.state.findRepo(c.owner, c.repo)?.issues.get(c.issueNumber)?.isPull ?? false;
                    return `${ctx.webUrl}/${c.owner}/${c.repo}/${isPull ? 'pull' : 'issues'}/${c.issueNumber}#issuecomment-${c.id}`;
                },
            },
            author: { type: 'Actor', resolve: (p) => commentOf(p).user },
            editor: { type: 'Actor', resolve: (p) => commentOf(p).edits.at(-1)?.editor ?? null },
            lastEditedAt: { type: 'DateTime', resolve: (p) => commentOf(p).edits.at(-1)?.editedAt ?? null },
            userContentEdits: {
                type: 'UserContentEditConnection',
                args: { first: 'Int', last: 'Int' },
                resolve: (p, args) => {
                    // GitHub lists the newest edit first; once edited, the original version is the oldest entry.
                    const c = commentOf(p);
                    const all = c.edits.length === 0
                        ? []
                        : [...c.edits].reverse().concat([{ editor: c.user, editedAt: c.createdAt }]);
                    const first = typeof args.first === 'number' ? args.first : undefined;
                    const last = typeof args.last === 'number' ? args.last : undefined;
                    const nodes = first !== undefined ? all.slice(0, first) : last !== undefined ? all.slice(-last) : all;
                    return { totalCount: all.length, nodes };
                },
            },
        },
    },
    UserContentEditConnection: {
        implements: [],
        fields: {
            totalCount: { type: 'Int', resolve: (p) => p.totalCount },
            nodes: { type: 'UserContentEdit', list: true, resolve: (p) => p.nodes },
        },
    },
    UserContentEdit: {
        implements: [],
        fields: {
            editedAt: { type: 'DateTime', resolve: (p) => p.editedAt },
            deletedAt: { type: 'DateTime', resolve: () => null },
            editor: { type: 'Actor', resolve: (p) => p.editor },
        },
    },
    Actor: {
        implements: [],
        resolveType: (v) => (v.type === 'Bot' ? 'Bot' : 'User'),
        fields: {
            login: { type: 'String', resolve: (p) => p.login.replace(/\[bot\]$/, '') },
        },
    },
    Node: {
        implements: [],
        resolveType: () => 'IssueComment',
        fields: { id: { type: 'ID', resolve: (p) => commentOf(p).nodeId } },
    },
    Minimizable: {
        implements: [],
        resolveType: () => 'IssueComment',
        fields: {
            isMinimized: { type: 'Boolean', resolve: (p) => commentOf(p).minimized !== null },
            minimizedReason: { type: 'String', resolve: (p) => commentOf(p).minimized?.reason ?? null },
            viewerCanMinimize: { type: 'Boolean', resolve: () => true },
        },
    },
};
// Concrete actor types share Actor's fields.
TYPES.User = { implements: ['Actor', 'Node'], fields: TYPES.Actor.fields };
TYPES.Bot = { implements: ['Actor', 'Node'], fields: TYPES.Actor.fields };
const INPUTS = {
    MinimizeCommentInput: {
        subjectId: 'ID!',
        classifier: 'ReportedContentClassifiers!',
        clientMutationId: 'String',
    },
    UnminimizeCommentInput: { subjectId: 'ID!', clientMutationId: 'String' },
};
const ENUMS = { ReportedContentClassifiers: CLASSIFIERS };
const SCALARS = new Set(['String', 'ID', 'Int', 'Float', 'Boolean', 'DateTime', 'URI']);
function show(v) {
    return JSON.stringify(v) ?? 'null';
}
/** Coerces a JSON variable value to `type`, or returns an error message. */
function coerceJson(value, type, where) {
    if (type.endsWith('!')) {
        if (value === null || value === undefined)
            throw new RequestInvalid(`${where} has an invalid value (null). Expected type '${type}'.`);
        return coerceJson(value, type.slice(0, -1), where);
    }
    if (value === null || value === undefined)
        return null;
    if (type.startsWith('[')) {
        const inner = type.slice(1, -1);
        return (Array.isArray(value) ? value : [value]).map((v) => coerceJson(v, inner, where));
    }
    const bad = () => {
        throw new RequestInvalid(`${where} has an invalid value (${show(value)}). Expected type '${type}'.`);
    };
    if (type === 'ID')
        return typeof value === 'string' || typeof value === 'number' ? String(value) : bad();
    if (type === 'String' || type === 'DateTime' || type === 'URI')
        return typeof value === 'string' ? value : bad();
    if (type === 'Int')
        return Number.isInteger(value) ? value : bad();
    if (type === 'Float')
        return typeof value === 'number' ? value : bad();
    if (type === 'Boolean')
        return typeof value === 'boolean' ? value : bad();
    const enumValues = ENUMS[type];
    if (enumValues)
        return typeof value === 'string' && enumValues.includes(value) ? value : bad();
    const input = INPUTS[type];
    if (input) {
        if (typeof value !== 'object' || Array.isArray(value))
            bad();
        const obj = value;
        for (const k of Object.keys(obj))
            if (!(k in input))
                throw new RequestInvalid(`${where} contains a field not in '${type}': '${k}'.`);
        const out = {};
        for (const [k, t] of Object.entries(input)) {
            const v = coerceJson(obj[k], t, `${where}.${k}`);
            if (v !== null)
                out[k] = v;
        }
        return out;
    }
    throw new RequestInvalid(`Unknown type '${type}'.`);
}
/** Coerces a literal (with variables substituted) to `type`. */
function coerceLiteral(node, type, vars, where) {
    if (node.kind === 'Variable') {
        if (!(node.name in vars))
            throw new RequestInvalid(`Variable $${node.name} is used but not declared.`);
        return coerceJson(vars[node.name], type, where);
    }
    const literal = () => {
        switch (node.kind) {
            case 'Int':
                return Number(node.value);
            case 'Float':
                return Number(node.value);
            case 'String':
                return node.value;
            case 'Boolean':
                return node.value;
            case 'Null':
                return null;
            case 'Enum':
                return { enum: node.value };
            default:
                return undefined;
        }
    };
    const base = type.replace(/!$/, '');
    if (node.kind === 'Null' && type.endsWith('!'))
        throw new RequestInvalid(`${where} has an invalid value (null). Expected type '${type}'.`);
    if (node.kind === 'List') {
        if (!base.startsWith('['))
            throw new RequestInvalid(`${where} has an invalid value (list). Expected type '${type}'.`);
        return node.values.map((v) => coerceLiteral(v, base.slice(1, -1), vars, where));
    }
    if (node.kind === 'Object') {
        const input = INPUTS[base];
        if (!input)
            throw new RequestInvalid(`${where} has an invalid value (object). Expected type '${type}'.`);
        for (const k of Object.keys(node.fields)) {
            if (!(k in input))
                throw new RequestInvalid(`InputObject '${base}' doesn't accept argument '${k}'.`);
        }
        const out = {};
        for (const [k, t] of Object.entries(input)) {
            const f = node.fields[k];
            if (!f) {
                if (t.endsWith('!'))
                    throw new RequestInvalid(`Argument '${k}' on InputObject '${base}' is required. Expected type ${t}.`);
                continue;
            }
            const v = coerceLiteral(f, t, vars, `Argument '${k}' on InputObject '${base}'`);
            if (v !== null)
                out[k] = v;
        }
        return out;
    }
    const enumValues = ENUMS[base];
    if (enumValues) {
        if (node.kind !== 'Enum' || !enumValues.includes(node.value)) {
            const shown = node.kind === 'String' ? show(node.value) : node.kind === 'Enum' ? node.value : node.kind;
            throw new RequestInvalid(`${where} has an invalid value (${shown}). Expected type '${type}'.`);
        }
        return node.value;
    }
    if (node.kind === 'Enum')
        throw new RequestInvalid(`${where} has an invalid value (${node.value}). Expected type '${type}'.`);
    return coerceJson(literal(), type, where);
}
function isTypeApplicable(typeCondition, concrete) {
    if (!typeCondition)
        return true;
    if (typeCondition === concrete)
        return true;
    return TYPES[concrete]?.implements.includes(typeCondition) ?? false;
}
function included(directives, vars) {
    for (const d of directives) {
        const cond = d.args.if;
        if (!cond || (d.name !== 'include' && d.name !== 'skip'))
            continue;
        const v = coerceLiteral(cond, 'Boolean!', vars, `Directive '${d.name}'`);
        if (d.name === 'include' && v === false)
            return false;
        if (d.name === 'skip' && v === true)
            return false;
    }
    return true;
}
/** Validates selections against `typeName` (recursively) without executing them. */
function validateSelections(selections, typeName, doc, seen = new Set()) {
    const def = TYPES[typeName];
    if (!def)
        throw new RequestInvalid(`Unknown type '${typeName}'.`);
    for (const s of selections) {
        if (s.kind === 'FragmentSpread') {
            const f = doc.fragments.get(s.name);
            if (!f)
                throw new RequestInvalid(`Fragment ${s.name} was used, but not defined.`);
            if (seen.has(s.name))
                throw new RequestInvalid(`Fragment ${s.name} contains an infinite loop.`);
            validateSelections(f.selections, TYPES[f.typeCondition] ? f.typeCondition : typeName, doc, new Set([...seen, s.name]));
            continue;
        }
        if (s.kind === 'InlineFragment') {
            const t = s.typeCondition ?? typeName;
            if (!TYPES[t])
                throw new RequestInvalid(`No such type ${t}, so it can't be a fragment condition.`);
            validateSelections(s.selections, t, doc, seen);
            continue;
        }
        if (s.name === '__typename')
            continue;
        const field = def.fields[s.name];
        if (!field) {
            throw new RequestInvalid(`Field '${s.name}' doesn't exist on type '${typeName}'.`, s.loc, {
                code: 'undefinedField',
                typeName,
                fieldName: s.name,
            });
        }
        for (const a of Object.keys(s.args)) {
            if (!field.args || !(a in field.args)) {
                throw new RequestInvalid(`Field '${s.name}' doesn't accept argument '${a}'.`, s.loc, {
                    code: 'argumentNotAccepted',
                });
            }
        }
        for (const [a, t] of Object.entries(field.args ?? {})) {
            if (t.endsWith('!') && !(a in s.args)) {
                throw new RequestInvalid(`Field '${s.name}' is missing required arguments: ${a}.`, s.loc, {
                    code: 'missingRequiredArguments',
                });
            }
        }
        const isLeaf = SCALARS.has(field.type);
        if (isLeaf && s.selections)
            throw new RequestInvalid(`Selections can't be made on scalars (field '${s.name}' returns ${field.type}).`, s.loc);
        if (!isLeaf && !s.selections)
            throw new RequestInvalid(`Field must have selections (field '${s.name}' returns ${field.type} but has no selections).`, s.loc);
        if (!isLeaf && s.selections)
            validateSelections(s.selections, field.type, doc, seen);
    }
}
function executeSelections(selections, typeName, value, path, st) {
    const def = TYPES[typeName];
    const concrete = def.resolveType ? def.resolveType(value) : typeName;
    const out = {};
    const visit = (list) => {
        for (const s of list) {
            if (!included(s.directives, st.vars))
                continue;
            if (s.kind === 'FragmentSpread') {
                const f = st.doc.fragments.get(s.name);
                if (isTypeApplicable(f.typeCondition, concrete))
                    visit(f.selections);
                continue;
            }
            if (s.kind === 'InlineFragment') {
                if (isTypeApplicable(s.typeCondition, concrete))
                    visit(s.selections);
                continue;
            }
            const key = s.alias ?? s.name;
            if (s.name === '__typename') {
                out[key] = concrete;
                continue;
            }
            const field = (TYPES[concrete]?.fields[s.name] ?? def.fields[s.name]);
            const args = {};
            for (const [a, t] of Object.entries(field.args ?? {})) {
                const node = s.args[a];
                if (node)
                    args[a] = coerceLiteral(node, t, st.vars, `Argument '${a}' on Field '${s.name}'`);
            }
            try {
                const result = field.resolve(value, args, st.ctx);
                const complete = (v, p) => v === null || v === undefined
                    ? null
                    : SCALARS.has(field.type)
                        ? v
                        : executeSelections(s.selections ?? [], field.type, v, p, st);
                out[key] =
                    field.list && Array.isArray(result)
                        ? result.map((v, i) => complete(v, [...path, key, i]))
                        : complete(result, [...path, key]);
            }
            catch (e) {
                if (!(e instanceof FieldError))
                    throw e;
                out[key] = null;
                st.errors.push({ type: e.type, path: [...path, key], locations: [s.loc], message: e.message });
            }
        }
    };
    visit(selections);
    return out;
}
/** Parses the document and picks the operation, without executing (used to classify reads/writes). */
function pickOperation(request) {
    try {
        if (typeof request.query !== 'string')
            return undefined;
        const doc = parse(request.query);
        const name = typeof request.operationName === 'string' ? request.operationName : undefined;
        return name
            ? doc.operations.find((o) => o.name === name)
            : doc.operations.length === 1
                ? doc.operations[0]
                : undefined;
    }
    catch {
        return undefined;
    }
}
function executeGraphQL(request, ctx) {
    const refuse = (message, loc, extensions) => ({
        body: {
            errors: [{ message, ...(loc ? { locations: [loc] } : {}), ...(extensions ? { extensions } : {}) }],
        },
        invalid: [message],
    });
    if (typeof request.query !== 'string' || request.query.trim() === '') {
        return refuse('A query attribute must be specified and must be a string.');
    }
    if (request.variables !== undefined &&
        request.variables !== null &&
        (typeof request.variables !== 'object' || Array.isArray(request.variables))) {
        return refuse('Variables are invalid JSON.');
    }
    let doc;
    try {
        doc = parse(request.query);
    }
    catch (e) {
        return refuse((0, errors_js_1.errorMessage)(e));
    }
    const name = typeof request.operationName === 'string' ? request.operationName : undefined;
    const operation = name
        ? doc.operations.find((o) => o.name === name)
        : doc.operations.length === 1
            ? doc.operations[0]
            : undefined;
    if (!operation) {
        return refuse(name
            ? `No operation named "${name}"`
            : 'An operation name is required when a document holds several operations.');
    }
    const rootType = operation.operation === 'mutation' ? 'Mutation' : operation.operation === 'query' ? 'Query' : undefined;
    if (!rootType)
        return refuse('Subscriptions are not supported over HTTP.');
    const given = (request.variables ?? {});
    const vars = {};
    try {
        for (const v of operation.variables) {
            const value = v.name in given
                ? given[v.name]
                : v.defaultValue
                    ? coerceLiteral(v.defaultValue, v.type, {}, `Variable $${v.name}`)
                    : undefined;
            const coerced = coerceJson(value, v.type, `Variable $${v.name} of type ${v.type}`);
            vars[v.name] = coerced;
        }
        validateSelections(operation.selections, rootType, doc);
        const errors = [];
        const data = executeSelections(operation.selections, rootType, {}, [], { ctx, doc, vars, errors });
        return { body: errors.length ? { data, errors } : { data }, invalid: [], operation };
    }
    catch (e) {
        if (e instanceof RequestInvalid)
            return { ...refuse(e.message, e.loc, e.extensions), operation };
        throw e;
    }
}


/***/ }),

/***/ 24911:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

var __webpack_unused_export__;

__webpack_unused_export__ = ({ value: true });
__webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = void 0;
exports.startGitHubEmulator = startGitHubEmulator;
/**
 * The GitHub REST emulator (pull requests, comments, reviews, Deployments, check runs, a slice of GraphQL) on
 * 127.0.0.1: `const gh = await startGitHubEmulator()`, then `getOctokit('token', { baseUrl: gh.url })` (or
 * GITHUB_API_URL=gh.url). `keelson workflow run` and the demo use it; the tests use `validated.ts`, the same server
 * checked against GitHub's OpenAPI description. See docs/emulators-github.md.
 */
const server_js_1 = __webpack_require__(23756);
/** Routes with the generated table unless `opts.description` says otherwise. */
async function startGitHubEmulator(opts = {}) {
    const server = new server_js_1.GitHubEmulatorServer(opts);
    await server.listen();
    return server;
}
var server_js_2 = __webpack_require__(23756);
__webpack_unused_export__ = ({ enumerable: true, get: function () { return server_js_2.formatViolations; } });
var faults_js_1 = __webpack_require__(38702);
__webpack_unused_export__ = ({ enumerable: true, get: function () { return faults_js_1.forkPrToken; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return faults_js_1.rateLimit; } });
var description_js_1 = __webpack_require__(55797);
__webpack_unused_export__ = ({ enumerable: true, get: function () { return description_js_1.routeTable; } });


/***/ }),

/***/ 71088:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ROUTES = void 0;
exports.ROUTES = [
    {
        operationId: 'checks/create',
        method: 'POST',
        template: '/repos/{owner}/{repo}/check-runs',
        docsUrl: 'https://docs.github.com/rest/reference/checks#create-a-check-run',
        parameters: [
            {
                name: 'owner',
                in: 'path',
                required: true,
                type: 'string',
            },
            {
                name: 'repo',
                in: 'path',
                required: true,
                type: 'string',
            },
        ],
    },
    {
        operationId: 'checks/get',
        method: 'GET',
        template: '/repos/{owner}/{repo}/check-runs/{check_run_id}',
        docsUrl: 'https://docs.github.com/rest/checks/runs#get-a-check-run',
        parameters: [
            {
                name: 'owner',
                in: 'path',
                required: true,
                type: 'string',
            },
            {
                name: 'repo',
                in: 'path',
                required: true,
                type: 'string',
            },
            {
                name: 'check_run_id',
                in: 'path',
                required: true,
                type: 'integer',
            },
        ],
    },
    {
        operationId: 'checks/list-for-ref',
        method: 'GET',
        template: '/repos/{owner}/{repo}/commits/{ref}/check-runs',
        docsUrl: 'https://docs.github.com/rest/checks/runs#list-check-runs-for-a-git-reference',
        parameters: [
            {
                name: 'owner',
                in: 'path',
                required: true,
                type: 'string',
            },
            {
                name: 'repo',
                in: 'path',
                required: true,
                type: 'string',
            },
            {
                name: 'ref',
                in: 'path',
                required: true,
                type: 'string',
            },
            {
                name: 'check_name',
                in: 'query',
                type: 'string',
            },
            {
                name: 'status',
                in: 'query',
                type: 'string',
            },
            {
                name: 'filter',
                in: 'query',
                type: 'string',
            },
            {
                name: 'per_page',
                in: 'query',
                type: 'integer',
            },
            {
                name: 'page',
                in: 'query',
                type: 'integer',
            },
            {
                name: 'app_id',
                in: 'query',
                type: 'integer',
            },
        ],
    },
    {
        operationId: 'checks/update',
        method: 'PATCH',
        template: '/repos/{owner}/{repo}/check-runs/{check_run_id}',
        docsUrl: 'https://docs.github.com/rest/checks/runs#update-a-check-run',
        parameters: [
            {
                name: 'owner',
                in: 'path',
                required: true,
                type: 'string',
            },
            {
                name: 'repo',
                in: 'path',
                required: true,
                type: 'string',
            },
            {
                name: 'check_run_id',
                in: 'path',
                required: true,
                type: 'integer',
            },
        ],
    },
    {
        operationId: 'issues/create-comment',
        method: 'POST',
        template: '/repos/{owner}/{repo}/issues/{issue_number}/comments',
        docsUrl: 'https://docs.github.com/rest/issues/comments#create-an-issue-comment',
        parameters: [
            {
                name: 'owner',
                in: 'path',
                required: true,
                type: 'string',
            },
            {
                name: 'repo',
                in: 'path',
                required: true,
                type: 'string',
            },
            {
                name: 'issue_number',
                in: 'path',
                required: true,
                type: 'integer',
            },
        ],
    },
    {
        operationId: 'issues/delete-comment',
        method: 'DELETE',
        template: '/repos/{owner}/{repo}/issues/comments/{comment_id}',
        docsUrl: 'https://docs.github.com/rest/issues/comments#delete-an-issue-comment',
        parameters: [
            {
                name: 'owner',
                in: 'path',
                required: true,
                type: 'string',
            },
            {
                name: 'repo',
                in: 'path',
                required: true,
                type: 'string',
            },
            {
                name: 'comment_id',
                in: 'path',
                required: true,
                type: 'integer',
            },
        ],
    },
    {
        operationId: 'issues/get-comment',
        method: 'GET',
        template: '/repos/{owner}/{repo}/issues/comments/{comment_id}',
        docsUrl: 'https://docs.github.com/rest/issues/comments#get-an-issue-comment',
        parameters: [
            {
                name: 'owner',
                in: 'path',
                required: true,
                type: 'string',
            },
            {
                name: 'repo',
                in: 'path',
                required: true,
                type: 'string',
            },
            {
                name: 'comment_id',
                in: 'path',
                required: true,
                type: 'integer',
            },
        ],
    },
    {
        operationId: 'issues/list-comments',
        method: 'GET',
        template: '/repos/{owner}/{repo}/issues/{issue_number}/comments',
        docsUrl: 'https://docs.github.com/rest/issues/comments#list-issue-comments',
        parameters: [
            {
                name: 'owner',
                in: 'path',
                required: true,
                type: 'string',
            },
            {
                name: 'repo',
                in: 'path',
                required: true,
                type: 'string',
            },
            {
                name: 'issue_number',
                in: 'path',
                required: true,
                type: 'integer',
            },
            {
                name: 'since',
                in: 'query',
                type: 'string',
            },
            {
                name: 'per_page',
                in: 'query',
                type: 'integer',
            },
            {
                name: 'page',
                in: 'query',
                type: 'integer',
            },
        ],
    },
    {
        operationId: 'issues/list-comments-for-repo',
        method: 'GET',
        template: '/repos/{owner}/{repo}/issues/comments',
        docsUrl: 'https://docs.github.com/rest/issues/comments#list-issue-comments-for-a-repository',
        parameters: [
            {
                name: 'owner',
                in: 'path',
                required: true,
                type: 'string',
            },
            {
                name: 'repo',
                in: 'path',
                required: true,
                type: 'string',
            },
            {
                name: 'sort',
                in: 'query',
                type: 'string',
            },
            {
                name: 'direction',
                in: 'query',
                type: 'string',
            },
            {
                name: 'since',
                in: 'query',
                type: 'string',
            },
            {
                name: 'per_page',
                in: 'query',
                type: 'integer',
            },
            {
                name: 'page',
                in: 'query',
                type: 'integer',
            },
        ],
    },
    {
        operationId: 'issues/update-comment',
        method: 'PATCH',
        template: '/repos/{owner}/{repo}/issues/comments/{comment_id}',
        docsUrl: 'https://docs.github.com/rest/issues/comments#update-an-issue-comment',
        parameters: [
            {
                name: 'owner',
                in: 'path',
                required: true,
                type: 'string',
            },
            {
                name: 'repo',
                in: 'path',
                required: true,
                type: 'string',
            },
            {
                name: 'comment_id',
                in: 'path',
                required: true,
                type: 'integer',
            },
        ],
    },
    {
        operationId: 'pulls/get',
        method: 'GET',
        template: '/repos/{owner}/{repo}/pulls/{pull_number}',
        docsUrl: 'https://docs.github.com/rest/pulls/pulls#get-a-pull-request',
        parameters: [
            {
                name: 'owner',
                in: 'path',
                required: true,
                type: 'string',
            },
            {
                name: 'repo',
                in: 'path',
                required: true,
                type: 'string',
            },
            {
                name: 'pull_number',
                in: 'path',
                required: true,
                type: 'integer',
            },
        ],
    },
    {
        operationId: 'pulls/list',
        method: 'GET',
        template: '/repos/{owner}/{repo}/pulls',
        docsUrl: 'https://docs.github.com/rest/pulls/pulls#list-pull-requests',
        parameters: [
            {
                name: 'owner',
                in: 'path',
                required: true,
                type: 'string',
            },
            {
                name: 'repo',
                in: 'path',
                required: true,
                type: 'string',
            },
            {
                name: 'state',
                in: 'query',
                type: 'string',
            },
            {
                name: 'head',
                in: 'query',
                type: 'string',
            },
            {
                name: 'base',
                in: 'query',
                type: 'string',
            },
            {
                name: 'sort',
                in: 'query',
                type: 'string',
            },
            {
                name: 'direction',
                in: 'query',
                type: 'string',
            },
            {
                name: 'per_page',
                in: 'query',
                type: 'integer',
            },
            {
                name: 'page',
                in: 'query',
                type: 'integer',
            },
        ],
    },
    {
        operationId: 'pulls/list-commits',
        method: 'GET',
        template: '/repos/{owner}/{repo}/pulls/{pull_number}/commits',
        docsUrl: 'https://docs.github.com/rest/pulls/pulls#list-commits-on-a-pull-request',
        parameters: [
            {
                name: 'owner',
                in: 'path',
                required: true,
                type: 'string',
            },
            {
                name: 'repo',
                in: 'path',
                required: true,
                type: 'string',
            },
            {
                name: 'pull_number',
                in: 'path',
                required: true,
                type: 'integer',
            },
            {
                name: 'per_page',
                in: 'query',
                type: 'integer',
            },
            {
                name: 'page',
                in: 'query',
                type: 'integer',
            },
        ],
    },
    {
        operationId: 'pulls/list-reviews',
        method: 'GET',
        template: '/repos/{owner}/{repo}/pulls/{pull_number}/reviews',
        docsUrl: 'https://docs.github.com/rest/pulls/reviews#list-reviews-for-a-pull-request',
        parameters: [
            {
                name: 'owner',
                in: 'path',
                required: true,
                type: 'string',
            },
            {
                name: 'repo',
                in: 'path',
                required: true,
                type: 'string',
            },
            {
                name: 'pull_number',
                in: 'path',
                required: true,
                type: 'integer',
            },
            {
                name: 'per_page',
                in: 'query',
                type: 'integer',
            },
            {
                name: 'page',
                in: 'query',
                type: 'integer',
            },
        ],
    },
    {
        operationId: 'repos/create-deployment',
        method: 'POST',
        template: '/repos/{owner}/{repo}/deployments',
        docsUrl: 'https://docs.github.com/rest/deployments/deployments#create-a-deployment',
        parameters: [
            {
                name: 'owner',
                in: 'path',
                required: true,
                type: 'string',
            },
            {
                name: 'repo',
                in: 'path',
                required: true,
                type: 'string',
            },
        ],
    },
    {
        operationId: 'repos/create-deployment-status',
        method: 'POST',
        template: '/repos/{owner}/{repo}/deployments/{deployment_id}/statuses',
        docsUrl: 'https://docs.github.com/rest/deployments/statuses#create-a-deployment-status',
        parameters: [
            {
                name: 'owner',
                in: 'path',
                required: true,
                type: 'string',
            },
            {
                name: 'repo',
                in: 'path',
                required: true,
                type: 'string',
            },
            {
                name: 'deployment_id',
                in: 'path',
                required: true,
                type: 'integer',
            },
        ],
    },
    {
        operationId: 'repos/delete-deployment',
        method: 'DELETE',
        template: '/repos/{owner}/{repo}/deployments/{deployment_id}',
        docsUrl: 'https://docs.github.com/rest/deployments/deployments#delete-a-deployment',
        parameters: [
            {
                name: 'owner',
                in: 'path',
                required: true,
                type: 'string',
            },
            {
                name: 'repo',
                in: 'path',
                required: true,
                type: 'string',
            },
            {
                name: 'deployment_id',
                in: 'path',
                required: true,
                type: 'integer',
            },
        ],
    },
    {
        operationId: 'repos/get',
        method: 'GET',
        template: '/repos/{owner}/{repo}',
        docsUrl: 'https://docs.github.com/rest/repos/repos#get-a-repository',
        parameters: [
            {
                name: 'owner',
                in: 'path',
                required: true,
                type: 'string',
            },
            {
                name: 'repo',
                in: 'path',
                required: true,
                type: 'string',
            },
        ],
    },
    {
        operationId: 'repos/get-collaborator-permission-level',
        method: 'GET',
        template: '/repos/{owner}/{repo}/collaborators/{username}/permission',
        docsUrl: 'https://docs.github.com/rest/collaborators/collaborators#get-repository-permissions-for-a-user',
        parameters: [
            {
                name: 'owner',
                in: 'path',
                required: true,
                type: 'string',
            },
            {
                name: 'repo',
                in: 'path',
                required: true,
                type: 'string',
            },
            {
                name: 'username',
                in: 'path',
                required: true,
                type: 'string',
            },
        ],
    },
    {
        operationId: 'repos/get-deployment',
        method: 'GET',
        template: '/repos/{owner}/{repo}/deployments/{deployment_id}',
        docsUrl: 'https://docs.github.com/rest/deployments/deployments#get-a-deployment',
        parameters: [
            {
                name: 'owner',
                in: 'path',
                required: true,
                type: 'string',
            },
            {
                name: 'repo',
                in: 'path',
                required: true,
                type: 'string',
            },
            {
                name: 'deployment_id',
                in: 'path',
                required: true,
                type: 'integer',
            },
        ],
    },
    {
        operationId: 'repos/get-deployment-status',
        method: 'GET',
        template: '/repos/{owner}/{repo}/deployments/{deployment_id}/statuses/{status_id}',
        docsUrl: 'https://docs.github.com/rest/deployments/statuses#get-a-deployment-status',
        parameters: [
            {
                name: 'owner',
                in: 'path',
                required: true,
                type: 'string',
            },
            {
                name: 'repo',
                in: 'path',
                required: true,
                type: 'string',
            },
            {
                name: 'deployment_id',
                in: 'path',
                required: true,
                type: 'integer',
            },
            {
                name: 'status_id',
                in: 'path',
                required: true,
                type: 'integer',
            },
        ],
    },
    {
        operationId: 'repos/list-deployment-statuses',
        method: 'GET',
        template: '/repos/{owner}/{repo}/deployments/{deployment_id}/statuses',
        docsUrl: 'https://docs.github.com/rest/deployments/statuses#list-deployment-statuses',
        parameters: [
            {
                name: 'owner',
                in: 'path',
                required: true,
                type: 'string',
            },
            {
                name: 'repo',
                in: 'path',
                required: true,
                type: 'string',
            },
            {
                name: 'deployment_id',
                in: 'path',
                required: true,
                type: 'integer',
            },
            {
                name: 'per_page',
                in: 'query',
                type: 'integer',
            },
            {
                name: 'page',
                in: 'query',
                type: 'integer',
            },
        ],
    },
    {
        operationId: 'repos/list-deployments',
        method: 'GET',
        template: '/repos/{owner}/{repo}/deployments',
        docsUrl: 'https://docs.github.com/rest/deployments/deployments#list-deployments',
        parameters: [
            {
                name: 'owner',
                in: 'path',
                required: true,
                type: 'string',
            },
            {
                name: 'repo',
                in: 'path',
                required: true,
                type: 'string',
            },
            {
                name: 'sha',
                in: 'query',
                type: 'string',
            },
            {
                name: 'ref',
                in: 'query',
                type: 'string',
            },
            {
                name: 'task',
                in: 'query',
                type: 'string',
            },
            {
                name: 'environment',
                in: 'query',
                type: 'string',
            },
            {
                name: 'per_page',
                in: 'query',
                type: 'integer',
            },
            {
                name: 'page',
                in: 'query',
                type: 'integer',
            },
        ],
    },
    {
        operationId: 'repos/list-pull-requests-associated-with-commit',
        method: 'GET',
        template: '/repos/{owner}/{repo}/commits/{commit_sha}/pulls',
        docsUrl: 'https://docs.github.com/rest/commits/commits#list-pull-requests-associated-with-a-commit',
        parameters: [
            {
                name: 'owner',
                in: 'path',
                required: true,
                type: 'string',
            },
            {
                name: 'repo',
                in: 'path',
                required: true,
                type: 'string',
            },
            {
                name: 'commit_sha',
                in: 'path',
                required: true,
                type: 'string',
            },
            {
                name: 'per_page',
                in: 'query',
                type: 'integer',
            },
            {
                name: 'page',
                in: 'query',
                type: 'integer',
            },
        ],
    },
];


/***/ }),

/***/ 67889:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.HANDLERS = exports.HttpError = void 0;
exports.paginate = paginate;
/**
 * Route handlers, keyed by the OpenAPI operationId. A request reaches a handler only after its path, query
 * and body matched the published description; handlers add GitHub's semantic rules (404 for a missing repo,
 * issue or comment, 422 for rules the schema cannot express) and shape the response.
 */
const shapes_js_1 = __webpack_require__(10917);
const state_js_1 = __webpack_require__(71262);
/** A GitHub error response. `semantic` marks a 422 for a rule our code broke (recorded as a violation). */
class HttpError extends Error {
    status;
    docsUrl;
    errors;
    semantic;
    constructor(status, message, docsUrl, errors, semantic = false) {
        super(message);
        this.status = status;
        this.docsUrl = docsUrl;
        this.errors = errors;
        this.semantic = semantic;
    }
    body() {
        return (0, shapes_js_1.errorBody)(this.status, this.message, this.docsUrl, this.errors);
    }
}
exports.HttpError = HttpError;
function notFound(ctx) {
    return new HttpError(404, 'Not Found', ctx.docsUrl);
}
function invalid(ctx, message, errors) {
    return new HttpError(422, message, ctx.docsUrl, errors, true);
}
function str(v) {
    return typeof v === 'string' ? v : String(v);
}
function num(v) {
    return typeof v === 'number' ? v : Number(v);
}
function repoOf(ctx) {
    const owner = str(ctx.params.owner);
    const name = str(ctx.params.repo);
    const found = ctx.state.findRepo(owner, name);
    if (found)
        return found;
    if (!ctx.autoCreate)
        throw notFound(ctx);
    return ctx.state.ensureRepo(`${owner}/${name}`);
}
function issueOf(ctx, repo, number) {
    if (repo.issues.has(number))
        return;
    if (!ctx.autoCreate)
        throw notFound(ctx);
    ctx.state.ensureIssue(repo, number);
}
function commentOf(ctx, repo) {
    const c = ctx.state.commentsById.get(num(ctx.params.comment_id));
    if (!c || `${c.owner}/${c.repo}`.toLowerCase() !== repo.fullName.toLowerCase())
        throw notFound(ctx);
    return c;
}
// ---------------------------------------------------------------------------------------------------------
// Pagination
/** Slices `items` by `per_page` (default 30, at most 100) and `page`, with GitHub's RFC 5988 Link header. */
function paginate(items, ctx) {
    const rawPer = ctx.query.per_page;
    const rawPage = ctx.query.page;
    const perPage = typeof rawPer === 'number' && rawPer >= 1 ? Math.min(100, Math.floor(rawPer)) : 30;
    const page = typeof rawPage === 'number' && rawPage >= 1 ? Math.floor(rawPage) : 1;
    const last = Math.max(1, Math.ceil(items.length / perPage));
    const slice = items.slice((page - 1) * perPage, page * perPage);
    const link = (n, rel) => {
        const u = new URL(ctx.url.toString());
        u.searchParams.set('page', String(n));
        if (rawPer !== undefined)
            u.searchParams.set('per_page', String(perPage));
        return `<${u.toString()}>; rel="${rel}"`;
    };
    const parts = [];
    if (page > 1)
        parts.push(link(Math.min(page - 1, last), 'prev'));
    if (page < last)
        parts.push(link(page + 1, 'next'), link(last, 'last'));
    if (page > 1)
        parts.push(link(1, 'first'));
    return { page: slice, headers: parts.length ? { link: parts.join(', ') } : {} };
}
// ---------------------------------------------------------------------------------------------------------
// Handlers
function listComments(ctx, filter) {
    const since = typeof ctx.query.since === 'string' ? Date.parse(ctx.query.since) : undefined;
    const all = [...ctx.state.commentsById.values()]
        .filter(filter)
        .filter((c) => since === undefined || Date.parse(c.updatedAt) >= since)
        .sort((a, b) => a.id - b.id);
    const { page, headers } = paginate(all, ctx);
    return { status: 200, body: page.map((c) => (0, shapes_js_1.issueComment)(c, ctx.shape)), headers };
}
function sameRepo(repo, owner, name) {
    return `${owner}/${name}`.toLowerCase() === repo.fullName.toLowerCase();
}
function checkRunOf(ctx, repo) {
    const c = ctx.state.checkRunsById.get(num(ctx.params.check_run_id));
    if (!c || !sameRepo(repo, c.owner, c.repo))
        throw notFound(ctx);
    return c;
}
function deploymentOf(ctx, repo) {
    const d = ctx.state.deploymentsById.get(num(ctx.params.deployment_id));
    if (!d || !sameRepo(repo, d.owner, d.repo))
        throw notFound(ctx);
    return d;
}
function applyCheckRunFields(c, body, ctx) {
    if (typeof body.name === 'string')
        c.name = body.name;
    if (typeof body.details_url === 'string')
        c.detailsUrl = body.details_url;
    if (typeof body.external_id === 'string')
        c.externalId = body.external_id;
    if (typeof body.started_at === 'string')
        c.startedAt = body.started_at;
    if (typeof body.status === 'string')
        c.status = body.status;
    if (typeof body.conclusion === 'string') {
        // "Providing conclusion will automatically set the status parameter to completed."
        c.conclusion = body.conclusion;
        c.status = 'completed';
    }
    if (typeof body.completed_at === 'string')
        c.completedAt = body.completed_at;
    if (c.status === 'completed') {
        if (c.conclusion === null) {
            throw invalid(ctx, 'Invalid request.\n\n"conclusion" wasn\'t supplied.');
        }
        c.completedAt ??= ctx.state.timestamp();
    }
    const output = body.output;
    if (output) {
        if (typeof output.title === 'string')
            c.output.title = output.title;
        if (typeof output.summary === 'string')
            c.output.summary = output.summary;
        if (typeof output.text === 'string')
            c.output.text = output.text;
        // Annotations accumulate across updates (GitHub appends them, 50 per request).
        if (Array.isArray(output.annotations))
            c.output.annotations.push(...output.annotations);
    }
    if (Array.isArray(body.actions))
        c.actions = body.actions;
}
function resolveRef(ctx, repo, ref) {
    if (/^[0-9a-f]{40}$/i.test(ref))
        return ref.toLowerCase();
    const short = ref.replace(/^refs\/(heads|tags)\//, '');
    const known = repo.refs.get(ref) ?? repo.refs.get(short);
    if (known)
        return known;
    const pull = [...ctx.state.pullsByKey.values()].find((p) => sameRepo(repo, p.owner, p.repo) && p.head.ref === short && p.head.repo === repo.fullName);
    if (pull)
        return pull.head.sha;
    if (!ctx.autoCreate) {
        throw invalid(ctx, `No ref found for: ${ref}`, [
            { resource: 'Deployment', field: 'ref', code: 'invalid' },
        ]);
    }
    const sha = (0, state_js_1.fakeSha)(repo.fullName, short);
    repo.refs.set(short, sha);
    return sha;
}
function latestState(d) {
    return d.statuses[d.statuses.length - 1]?.state;
}
exports.HANDLERS = {
    'repos/get': (ctx) => ({ status: 200, body: (0, shapes_js_1.fullRepository)(repoOf(ctx), ctx.shape) }),
    // ----- issue comments -----
    'issues/list-comments': (ctx) => {
        const repo = repoOf(ctx);
        const number = num(ctx.params.issue_number);
        issueOf(ctx, repo, number);
        return listComments(ctx, (c) => sameRepo(repo, c.owner, c.repo) && c.issueNumber === number);
    },
    'issues/list-comments-for-repo': (ctx) => {
        const repo = repoOf(ctx);
        return listComments(ctx, (c) => sameRepo(repo, c.owner, c.repo));
    },
    'issues/create-comment': (ctx) => {
        const repo = repoOf(ctx);
        const number = num(ctx.params.issue_number);
        issueOf(ctx, repo, number);
        const body = str(ctx.body.body);
        if (body.length > 65536) {
            throw invalid(ctx, 'Validation Failed', [
                {
                    resource: 'IssueComment',
                    code: 'custom',
                    field: 'body',
                    message: 'body is too long (maximum is 65536 characters)',
                },
            ]);
        }
        const id = ctx.state.nextId('comment');
        const now = ctx.state.timestamp();
        const c = {
            id,
            nodeId: (0, state_js_1.makeNodeId)('IC', repo.id, id),
            owner: repo.owner.login,
            repo: repo.name,
            issueNumber: number,
            body,
            user: ctx.actor,
            authorAssociation: 'NONE',
            createdAt: now,
            updatedAt: now,
            minimized: null,
            edits: [],
        };
        ctx.state.commentsById.set(id, c);
        ctx.state.nodes.set(c.nodeId, { kind: 'IssueComment', id });
        const json = (0, shapes_js_1.issueComment)(c, ctx.shape);
        return { status: 201, body: json, headers: { location: String(json.url) } };
    },
    'issues/get-comment': (ctx) => ({
        status: 200,
        body: (0, shapes_js_1.issueComment)(commentOf(ctx, repoOf(ctx)), ctx.shape),
    }),
    'issues/update-comment': (ctx) => {
        const c = commentOf(ctx, repoOf(ctx));
        const body = str(ctx.body.body);
        if (body.length > 65536) {
            throw invalid(ctx, 'Validation Failed', [
                {
                    resource: 'IssueComment',
                    code: 'custom',
                    field: 'body',
                    message: 'body is too long (maximum is 65536 characters)',
                },
            ]);
        }
        c.body = body;
        c.updatedAt = ctx.state.timestamp();
        c.edits.push({ editor: ctx.actor, editedAt: c.updatedAt });
        return { status: 200, body: (0, shapes_js_1.issueComment)(c, ctx.shape) };
    },
    'issues/delete-comment': (ctx) => {
        const c = commentOf(ctx, repoOf(ctx));
        ctx.state.commentsById.delete(c.id);
        ctx.state.nodes.delete(c.nodeId);
        return { status: 204 };
    },
    // ----- pulls -----
    'repos/list-pull-requests-associated-with-commit': (ctx) => {
        const repo = repoOf(ctx);
        const sha = str(ctx.params.commit_sha);
        if (!ctx.autoCreate && !ctx.state.knowsCommit(repo.owner.login, repo.name, sha)) {
            throw invalid(ctx, `No commit found for SHA: ${sha}`);
        }
        const pulls = ctx.state.pullsForCommit(repo.owner.login, repo.name, sha);
        const { page, headers } = paginate(pulls, ctx);
        return { status: 200, body: page.map((p) => (0, shapes_js_1.pullRequestSimple)(p, ctx.shape)), headers };
    },
    'pulls/get': (ctx) => {
        const repo = repoOf(ctx);
        const p = ctx.state.pullsByKey.get(ctx.state.pullKey(repo.owner.login, repo.name, num(ctx.params.pull_number)));
        if (!p)
            throw notFound(ctx);
        return { status: 200, body: (0, shapes_js_1.pullRequest)(p, ctx.shape) };
    },
    'pulls/list-commits': (ctx) => {
        const repo = repoOf(ctx);
        const p = ctx.state.pullsByKey.get(ctx.state.pullKey(repo.owner.login, repo.name, num(ctx.params.pull_number)));
        if (!p)
            throw notFound(ctx);
        const { page, headers } = paginate(p.commits.map((sha, i) => ({ sha, i })), ctx);
        return { status: 200, body: page.map((c) => (0, shapes_js_1.pullCommit)(p, c.sha, c.i, ctx.shape)), headers };
    },
    'pulls/list-reviews': (ctx) => {
        const repo = repoOf(ctx);
        const number = num(ctx.params.pull_number);
        if (!ctx.state.pullsByKey.has(ctx.state.pullKey(repo.owner.login, repo.name, number)))
            throw notFound(ctx);
        const reviews = ctx.state.reviews(repo.owner.login, repo.name, number);
        const { page, headers } = paginate(reviews, ctx);
        return { status: 200, body: page.map((r) => (0, shapes_js_1.pullRequestReview)(r, ctx.shape)), headers };
    },
    'repos/get-collaborator-permission-level': (ctx) => {
        const repo = repoOf(ctx);
        const login = str(ctx.params.username);
        const user = ctx.state.users.get(login.toLowerCase());
        // GitHub answers 404 for a login that is no user at all; anyone else gets their role (none included).
        if (!user)
            throw notFound(ctx);
        return { status: 200, body: (0, shapes_js_1.collaboratorPermission)(user, ctx.state.role(repo, login), ctx.shape) };
    },
    'pulls/list': (ctx) => {
        const repo = repoOf(ctx);
        const state = typeof ctx.query.state === 'string' ? ctx.query.state : 'open';
        const head = typeof ctx.query.head === 'string' ? ctx.query.head : undefined;
        const base = typeof ctx.query.base === 'string' ? ctx.query.base : undefined;
        const sort = typeof ctx.query.sort === 'string' ? ctx.query.sort : 'created';
        const direction = typeof ctx.query.direction === 'string' ? ctx.query.direction : sort === 'created' ? 'desc' : 'asc';
        const key = (p) => sort === 'updated' ? Date.parse(p.updatedAt) : sort === 'popularity' ? 0 : Date.parse(p.createdAt);
        const pulls = [...ctx.state.pullsByKey.values()]
            .filter((p) => sameRepo(repo, p.owner, p.repo))
            .filter((p) => state === 'all' || p.state === state)
            // GitHub only honours `head` in the `user:ref-name` form; a bare branch name filters nothing.
            .filter((p) => !head || !head.includes(':') || `${p.head.repo.split('/')[0]}:${p.head.ref}` === head)
            .filter((p) => !base || p.base.ref === base)
            .sort((a, b) => (key(a) - key(b) || a.number - b.number) * (direction === 'desc' ? -1 : 1));
        const { page, headers } = paginate(pulls, ctx);
        return { status: 200, body: page.map((p) => (0, shapes_js_1.pullRequestSimple)(p, ctx.shape)), headers };
    },
    // ----- check runs -----
    'checks/create': (ctx) => {
        const repo = repoOf(ctx);
        const id = ctx.state.nextId('checkRun');
        const c = {
            id,
            nodeId: (0, state_js_1.makeNodeId)('CR', repo.id, id),
            owner: repo.owner.login,
            repo: repo.name,
            name: str(ctx.body.name),
            headSha: str(ctx.body.head_sha),
            status: 'queued',
            conclusion: null,
            detailsUrl: null,
            externalId: null,
            startedAt: ctx.state.timestamp(),
            completedAt: null,
            output: { title: null, summary: null, text: null, annotations: [] },
            actions: [],
            checkSuiteId: ctx.state.nextId('checkSuite'),
        };
        applyCheckRunFields(c, ctx.body, ctx);
        ctx.state.checkRunsById.set(id, c);
        return { status: 201, body: (0, shapes_js_1.checkRun)(c, ctx.shape) };
    },
    'checks/get': (ctx) => ({ status: 200, body: (0, shapes_js_1.checkRun)(checkRunOf(ctx, repoOf(ctx)), ctx.shape) }),
    'checks/update': (ctx) => {
        const c = checkRunOf(ctx, repoOf(ctx));
        const draft = structuredClone(c);
        applyCheckRunFields(draft, ctx.body, ctx);
        Object.assign(c, draft);
        return { status: 200, body: (0, shapes_js_1.checkRun)(c, ctx.shape) };
    },
    'checks/list-for-ref': (ctx) => {
        const repo = repoOf(ctx);
        const ref = str(ctx.params.ref);
        const sha = /^[0-9a-f]{40}$/i.test(ref) ? ref : (repo.refs.get(ref.replace(/^refs\/heads\//, '')) ?? ref);
        const runs = [...ctx.state.checkRunsById.values()]
            .filter((c) => sameRepo(repo, c.owner, c.repo) && c.headSha === sha)
            .filter((c) => typeof ctx.query.check_name !== 'string' || c.name === ctx.query.check_name)
            .filter((c) => typeof ctx.query.status !== 'string' || c.status === ctx.query.status)
            .sort((a, b) => b.id - a.id);
        const { page, headers } = paginate(runs, ctx);
        return {
            status: 200,
            body: { total_count: runs.length, check_runs: page.map((c) => (0, shapes_js_1.checkRun)(c, ctx.shape)) },
            headers,
        };
    },
    // ----- deployments -----
    'repos/create-deployment': (ctx) => {
        const repo = repoOf(ctx);
        const b = ctx.body;
        const ref = str(b.ref);
        const sha = resolveRef(ctx, repo, ref);
        const environment = typeof b.environment === 'string' ? b.environment : 'production';
        const id = ctx.state.nextId('deployment');
        const now = ctx.state.timestamp();
        let payload = b.payload ?? {};
        if (typeof payload === 'string' && payload !== '') {
            try {
                payload = JSON.parse(payload);
            }
            catch {
                throw invalid(ctx, 'Invalid request.\n\n"payload" is not valid JSON.');
            }
        }
        else if (payload === '') {
            payload = {};
        }
        const d = {
            id,
            nodeId: (0, state_js_1.makeNodeId)('DE', repo.id, id),
            owner: repo.owner.login,
            repo: repo.name,
            sha,
            ref,
            task: typeof b.task === 'string' ? b.task : 'deploy',
            payload,
            environment,
            originalEnvironment: environment,
            description: b.description === undefined ? '' : b.description,
            transientEnvironment: b.transient_environment === true,
            productionEnvironment: typeof b.production_environment === 'boolean'
                ? b.production_environment
                : environment === 'production',
            requiredContexts: Array.isArray(b.required_contexts) ? b.required_contexts : undefined,
            creator: ctx.actor,
            createdAt: now,
            updatedAt: now,
            statuses: [],
        };
        ctx.state.deploymentsById.set(id, d);
        return { status: 201, body: (0, shapes_js_1.deployment)(d, ctx.shape) };
    },
    'repos/list-deployments': (ctx) => {
        const repo = repoOf(ctx);
        const filter = (name) => {
            const v = ctx.query[name];
            return typeof v === 'string' && v !== 'none' ? v : undefined;
        };
        const [sha, ref, task, env] = [filter('sha'), filter('ref'), filter('task'), filter('environment')];
        const list = [...ctx.state.deploymentsById.values()]
            .filter((d) => sameRepo(repo, d.owner, d.repo))
            .filter((d) => (!sha || d.sha === sha) && (!ref || d.ref === ref) && (!task || d.task === task))
            .filter((d) => !env || d.environment === env)
            .sort((a, b) => b.id - a.id);
        const { page, headers } = paginate(list, ctx);
        return { status: 200, body: page.map((d) => (0, shapes_js_1.deployment)(d, ctx.shape)), headers };
    },
    'repos/get-deployment': (ctx) => ({
        status: 200,
        body: (0, shapes_js_1.deployment)(deploymentOf(ctx, repoOf(ctx)), ctx.shape),
    }),
    'repos/delete-deployment': (ctx) => {
        const d = deploymentOf(ctx, repoOf(ctx));
        // "If the repository only has one deployment, you can delete the deployment regardless of its status. If
        // the repository has more than one deployment, you can only delete inactive deployments."
        const inRepo = [...ctx.state.deploymentsById.values()].filter((o) => o.owner === d.owner && o.repo === d.repo);
        if (inRepo.length > 1 && latestState(d) !== 'inactive') {
            throw invalid(ctx, 'We cannot delete an active deployment unless it is the only deployment in a given environment.');
        }
        ctx.state.deploymentsById.delete(d.id);
        return { status: 204 };
    },
    'repos/create-deployment-status': (ctx) => {
        const d = deploymentOf(ctx, repoOf(ctx));
        const b = ctx.body;
        const description = typeof b.description === 'string' ? b.description : '';
        if (description.length > 140) {
            throw invalid(ctx, 'Validation Failed', [
                {
                    resource: 'DeploymentStatus',
                    code: 'custom',
                    field: 'description',
                    message: 'description is too long (maximum is 140 characters)',
                },
            ]);
        }
        const previous = d.statuses[d.statuses.length - 1];
        const environment = typeof b.environment === 'string' ? b.environment : (previous?.environment ?? d.environment);
        const logUrl = typeof b.log_url === 'string' ? b.log_url : '';
        const targetUrl = logUrl !== '' ? logUrl : typeof b.target_url === 'string' ? b.target_url : '';
        const status = addStatus(ctx, d, {
            state: str(b.state),
            description,
            environment,
            targetUrl,
            logUrl: logUrl !== '' ? logUrl : targetUrl,
            environmentUrl: typeof b.environment_url === 'string' ? b.environment_url : '',
        });
        if (environment !== d.environment)
            d.environment = environment;
        if (status.state === 'success' && b.auto_inactive !== false) {
            // "Adds a new inactive status to all prior non-transient, non-production environment deployments with
            // the same repository and environment name … only added to deployments that had a success state."
            for (const other of ctx.state.deploymentsById.values()) {
                if (other.id >= d.id || other.owner !== d.owner || other.repo !== d.repo)
                    continue;
                if (other.environment !== environment || other.transientEnvironment || other.productionEnvironment)
                    continue;
                if (latestState(other) !== 'success')
                    continue;
                addStatus(ctx, other, {
                    state: 'inactive',
                    description: '',
                    environment: other.environment,
                    targetUrl: '',
                    logUrl: '',
                    environmentUrl: '',
                });
            }
        }
        return { status: 201, body: (0, shapes_js_1.deploymentStatus)(status, d, ctx.shape) };
    },
    'repos/list-deployment-statuses': (ctx) => {
        const d = deploymentOf(ctx, repoOf(ctx));
        const { page, headers } = paginate([...d.statuses].reverse(), ctx);
        return { status: 200, body: page.map((s) => (0, shapes_js_1.deploymentStatus)(s, d, ctx.shape)), headers };
    },
    'repos/get-deployment-status': (ctx) => {
        const d = deploymentOf(ctx, repoOf(ctx));
        const s = d.statuses.find((x) => x.id === num(ctx.params.status_id));
        if (!s)
            throw notFound(ctx);
        return { status: 200, body: (0, shapes_js_1.deploymentStatus)(s, d, ctx.shape) };
    },
};
function addStatus(ctx, d, fields) {
    const id = ctx.state.nextId('deploymentStatus');
    const now = ctx.state.timestamp();
    const s = {
        id,
        nodeId: (0, state_js_1.makeNodeId)('DES', d.id, id),
        deploymentId: d.id,
        ...fields,
        creator: ctx.actor,
        createdAt: now,
        updatedAt: now,
    };
    d.statuses.push(s);
    d.updatedAt = now;
    return s;
}


/***/ }),

/***/ 23756:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.GitHubEmulatorServer = void 0;
exports.formatViolations = formatViolations;
/**
 * The GitHub REST (+ a slice of GraphQL) emulator: node:http on 127.0.0.1, every request matched to an operation
 * of GitHub's API before a handler sees it — through the generated route table (what ships), or through GitHub's
 * whole OpenAPI description with every request and response validated (the tests: `validated.ts`).
 */
const node_http_1 = __webpack_require__(37067);
const faults_js_1 = __webpack_require__(38702);
const graphql_js_1 = __webpack_require__(72574);
const description_js_1 = __webpack_require__(55797);
const routes_js_1 = __webpack_require__(67889);
const shapes_js_1 = __webpack_require__(10917);
const state_js_1 = __webpack_require__(71262);
const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
function isObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
function formatViolations(violations) {
    return violations
        .map((v) => {
        const head = `[${v.kind}] ${v.method} ${v.path}${v.operationId ? ` (${v.operationId})` : ''}: ${v.message}`;
        const more = v.details.filter((d) => d !== v.message).map((d) => `    ${d}`);
        return [head, ...more].join('\n');
    })
        .join('\n');
}
async function readBody(req) {
    const chunks = [];
    for await (const chunk of req)
        chunks.push(chunk);
    return Buffer.concat(chunks);
}
class GitHubEmulatorServer {
    opts;
    state;
    requests = [];
    violations = [];
    url = '';
    server;
    description;
    faults = new faults_js_1.FaultList();
    now;
    actor;
    strict;
    checkResponses;
    autoCreate;
    rate;
    closed = false;
    constructor(opts = {}) {
        this.opts = opts;
        this.now = opts.now ?? (() => new Date());
        this.state = new state_js_1.GitHubState(this.now);
        this.actor = opts.actor ? this.state.user(opts.actor) : state_js_1.GITHUB_ACTIONS_BOT;
        this.strict = opts.strict ?? true;
        this.checkResponses = opts.validateResponses ?? true;
        this.autoCreate = opts.autoCreate ?? true;
        this.description = opts.description ?? (0, description_js_1.routeTable)();
        this.rate = { remaining: 5000, reset: Math.floor(this.now().getTime() / 1000) + 3600 };
        for (const r of opts.repos ?? [])
            this.seedRepo(r);
        this.server = (0, node_http_1.createServer)((req, res) => {
            this.handle(req, res).catch((e) => {
                const message = e instanceof Error ? (e.stack ?? e.message) : String(e);
                this.violations.push({
                    kind: 'emulator-error',
                    method: req.method ?? '?',
                    path: req.url ?? '?',
                    message: 'the emulator threw',
                    details: [message],
                });
                if (!res.headersSent) {
                    res.writeHead(500, { 'content-type': 'application/json; charset=utf-8' });
                    res.end(JSON.stringify((0, shapes_js_1.errorBody)(500, `Emulator error: ${message}`, 'https://docs.github.com/rest')));
                }
            });
        });
    }
    async listen() {
        await new Promise((resolve, reject) => {
            this.server.once('error', reject);
            this.server.listen(0, '127.0.0.1', () => resolve());
        });
        const { port } = this.server.address();
        this.url = `http://127.0.0.1:${port}`;
    }
    get shape() {
        return { api: this.url, state: this.state };
    }
    // ----- test API -----
    calls(operationIdOrTemplate) {
        return this.requests.filter((r) => r.operationId === operationIdOrTemplate || r.template === operationIdOrTemplate);
    }
    inject(spec) {
        return this.faults.add(spec);
    }
    rateLimit(opts = {}) {
        return this.faults.add((0, faults_js_1.rateLimit)({ now: this.now, ...opts }));
    }
    forkPrToken(opts = {}) {
        return this.faults.add((0, faults_js_1.forkPrToken)(opts));
    }
    clearFaults() {
        this.faults.clear();
    }
    seedRepo(fullName, opts = {}) {
        if (!/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(fullName)) {
            throw new Error(`seedRepo: expected owner/repo, got ${fullName}`);
        }
        return this.state.ensureRepo(fullName, opts);
    }
    seedRef(owner, repo, ref, sha) {
        this.seedRepo(`${owner}/${repo}`).refs.set(ref.replace(/^refs\/(heads|tags)\//, ''), sha);
    }
    seedPull(input) {
        const repo = this.seedRepo(`${input.owner}/${input.repo}`);
        const number = input.number ?? repo.nextNumber;
        if (this.state.pullsByKey.has(this.state.pullKey(repo.owner.login, repo.name, number))) {
            throw new Error(`seedPull: ${repo.fullName}#${number} already exists`);
        }
        const headRepoName = input.head?.repo ?? repo.fullName;
        const headRepo = headRepoName.toLowerCase() === repo.fullName.toLowerCase()
            ? repo
            : this.state.ensureRepo(headRepoName, { fork: true });
        const headRef = input.head?.ref ?? `feature-${number}`;
        const headSha = input.head?.sha ?? (0, state_js_1.fakeSha)(headRepo.fullName, headRef);
        const baseRef = input.base?.ref ?? repo.defaultBranch;
        const baseSha = input.base?.sha ?? repo.refs.get(baseRef) ?? (0, state_js_1.fakeSha)(repo.fullName, baseRef);
        const merged = input.merged ?? false;
        const state = merged ? 'closed' : (input.state ?? 'open');
        const created = input.createdAt ?? this.state.timestamp();
        const id = this.state.nextId('pull');
        const pull = {
            id,
            nodeId: (0, state_js_1.makeNodeId)('PR', repo.id, id),
            owner: repo.owner.login,
            repo: repo.name,
            number,
            title: input.title ?? `Pull request #${number}`,
            body: input.body === undefined ? null : input.body,
            state,
            draft: input.draft ?? false,
            merged,
            mergedAt: merged ? created : null,
            closedAt: state === 'closed' ? created : null,
            mergeCommitSha: merged
                ? (input.mergeCommitSha ?? (0, state_js_1.fakeSha)(repo.fullName, 'merge', String(number)))
                : null,
            user: this.state.user(input.user ?? 'octocat'),
            head: { ref: headRef, sha: headSha, repo: headRepo.fullName },
            base: { ref: baseRef, sha: baseSha },
            labels: input.labels ?? [],
            commits: input.commits ?? [headSha],
            commitAuthors: Object.fromEntries((input.commits ?? [headSha]).map((sha) => [sha, input.commitAuthor ?? input.user ?? 'octocat'])),
            createdAt: created,
            updatedAt: created,
        };
        this.state.pullsByKey.set(this.state.pullKey(repo.owner.login, repo.name, number), pull);
        this.state.nodes.set(pull.nodeId, {
            kind: 'PullRequest',
            key: this.state.pullKey(repo.owner.login, repo.name, number),
        });
        this.state.ensureIssue(repo, number, true);
        if (headRepo === repo && !repo.refs.has(headRef))
            repo.refs.set(headRef, headSha);
        if (!repo.refs.has(baseRef))
            repo.refs.set(baseRef, baseSha);
        for (const sha of new Set([
            headSha,
            ...pull.commits,
            ...(pull.mergeCommitSha ? [pull.mergeCommitSha] : []),
        ])) {
            this.state.associate(repo.owner.login, repo.name, sha, number);
        }
        return structuredClone(pull);
    }
    seedComments(owner, repo, issueNumber, comments) {
        const r = this.seedRepo(`${owner}/${repo}`);
        this.state.ensureIssue(r, issueNumber);
        return comments.map((input) => {
            const c = typeof input === 'string' ? { body: input } : input;
            const id = this.state.nextId('comment');
            const created = c.createdAt ?? this.state.timestamp();
            const record = {
                id,
                nodeId: (0, state_js_1.makeNodeId)('IC', r.id, id),
                owner: r.owner.login,
                repo: r.name,
                issueNumber,
                body: c.body,
                user: c.user ? this.state.user(c.user) : this.actor,
                authorAssociation: c.authorAssociation ?? 'NONE',
                createdAt: created,
                updatedAt: c.updatedAt ?? created,
                minimized: null,
                edits: [],
            };
            this.state.commentsById.set(id, record);
            this.state.nodes.set(record.nodeId, { kind: 'IssueComment', id });
            return { ...record };
        });
    }
    associateCommit(owner, repo, sha, pullNumber) {
        const r = this.seedRepo(`${owner}/${repo}`);
        this.state.associate(r.owner.login, r.name, sha, pullNumber);
    }
    pull(owner, repo, number) {
        const p = this.state.pullsByKey.get(this.state.pullKey(owner, repo, number));
        if (!p)
            throw new Error(`no pull request ${owner}/${repo}#${number}`);
        return p;
    }
    seedReview(input) {
        const repo = this.seedRepo(`${input.owner}/${input.repo}`);
        const pull = this.pull(repo.owner.login, repo.name, input.pullNumber);
        const id = this.state.nextId('review');
        const review = {
            id,
            nodeId: (0, state_js_1.makeNodeId)('PRR', repo.id, id),
            owner: repo.owner.login,
            repo: repo.name,
            pullNumber: input.pullNumber,
            user: this.state.user(input.user),
            body: input.body ?? '',
            state: input.state ?? 'APPROVED',
            commitId: input.commitId ?? pull.head.sha,
            submittedAt: input.state === 'PENDING' ? undefined : (input.submittedAt ?? this.state.timestamp()),
        };
        this.state.reviewsById.set(id, review);
        return { ...review };
    }
    dismissReview(id) {
        const r = this.state.reviewsById.get(id);
        if (!r)
            throw new Error(`no review ${id}`);
        r.state = 'DISMISSED';
    }
    seedRole(owner, repo, login, role) {
        const r = this.seedRepo(`${owner}/${repo}`);
        this.state.user(login);
        const key = r.fullName.toLowerCase();
        if (!this.state.roles.has(key))
            this.state.roles.set(key, new Map());
        this.state.roles.get(key)?.set(login.toLowerCase(), role);
    }
    editCommentAs(id, body, login, at) {
        const c = this.state.commentsById.get(id);
        if (!c)
            throw new Error(`no comment ${id}`);
        c.body = body;
        c.updatedAt = at ?? this.state.timestamp();
        c.edits.push({ editor: this.state.user(login), editedAt: c.updatedAt });
    }
    pushToPull(owner, repo, number, sha, pusher) {
        const p = this.pull(owner, repo, number);
        p.head.sha = sha;
        p.commits.push(sha);
        p.commitAuthors[sha] = pusher ?? p.user.login;
        this.state.user(p.commitAuthors[sha]);
        this.state.associate(p.owner, p.repo, sha, number);
    }
    mergePull(owner, repo, number, mergeCommitSha) {
        const p = this.pull(owner, repo, number);
        p.merged = true;
        p.state = 'closed';
        p.mergedAt = this.state.timestamp();
        p.closedAt = p.mergedAt;
        p.mergeCommitSha = mergeCommitSha;
        this.state.associate(p.owner, p.repo, mergeCommitSha, number);
    }
    takeViolations() {
        return this.violations.splice(0, this.violations.length);
    }
    assertNoViolations() {
        if (this.violations.length > 0) {
            throw new Error(`GitHub emulator: ${this.violations.length} request(s) did not match GitHub's API:\n` +
                formatViolations(this.violations));
        }
    }
    async close() {
        if (!this.closed) {
            this.closed = true;
            await new Promise((resolve) => {
                this.server.close(() => resolve());
                this.server.closeAllConnections();
            });
        }
        if (this.strict)
            this.assertNoViolations();
    }
    // ----- request pipeline -----
    violation(v) {
        this.violations.push({ ...v, details: v.details ?? [v.message] });
    }
    send(res, record, result) {
        record.status = result.status;
        const headers = {
            'x-github-api-version-selected': '2022-11-28',
            'x-github-media-type': 'github.v3; format=json',
            'x-github-request-id': `0000:${String(this.requests.length).padStart(4, '0')}:EMULATOR`,
            ...result.headers,
        };
        if (record.template !== '/graphql' && !('x-ratelimit-remaining' in headers)) {
            this.rate.remaining = Math.max(0, this.rate.remaining - 1);
            Object.assign(headers, {
                'x-ratelimit-limit': '5000',
                'x-ratelimit-remaining': String(this.rate.remaining),
                'x-ratelimit-used': String(5000 - this.rate.remaining),
                'x-ratelimit-reset': String(this.rate.reset),
                'x-ratelimit-resource': 'core',
            });
        }
        if (result.status === 204 || result.body === undefined) {
            res.writeHead(result.status, headers);
            res.end();
            return;
        }
        const text = typeof result.body === 'string' ? result.body : JSON.stringify(result.body);
        headers['content-type'] ??=
            typeof result.body === 'string' ? 'text/plain; charset=utf-8' : 'application/json; charset=utf-8';
        res.writeHead(result.status, headers);
        res.end(text);
    }
    faultResponse(spec, docsUrl) {
        const body = spec.body !== undefined
            ? spec.body
            : (0, shapes_js_1.errorBody)(spec.status, spec.message ?? faults_js_1.DEFAULT_MESSAGES[spec.status], docsUrl);
        return { status: spec.status, body, headers: spec.headers };
    }
    async handle(req, res) {
        const method = (req.method ?? 'GET').toUpperCase();
        const url = new URL(req.url ?? '/', this.url);
        const rawBody = await readBody(req);
        const hasBody = rawBody.length > 0;
        const query = Object.fromEntries(url.searchParams);
        const headers = {};
        for (const [k, v] of Object.entries(req.headers)) {
            if (v !== undefined)
                headers[k] = Array.isArray(v) ? v.join(', ') : v;
        }
        const record = {
            method,
            path: url.pathname,
            query,
            body: undefined,
            headers,
            status: 0,
        };
        this.requests.push(record);
        const base = { method, path: url.pathname };
        let body;
        let jsonError = false;
        if (hasBody) {
            try {
                body = JSON.parse(rawBody.toString('utf8'));
            }
            catch {
                jsonError = true;
                body = rawBody.toString('utf8');
            }
        }
        record.body = body;
        if (this.opts.token !== undefined) {
            const auth = headers.authorization ?? '';
            if (auth !== `token ${this.opts.token}` && auth !== `Bearer ${this.opts.token}`) {
                this.violation({ ...base, kind: 'auth', message: 'missing or wrong token' });
                return this.send(res, record, {
                    status: 401,
                    body: (0, shapes_js_1.errorBody)(401, 'Bad credentials', 'https://docs.github.com/rest'),
                });
            }
        }
        if (url.pathname === '/graphql')
            return this.handleGraphQL(res, record, body, jsonError);
        const lookup = this.description.find(method, url.pathname);
        if (lookup.kind !== 'found') {
            const message = lookup.kind === 'no-path'
                ? `${method} ${url.pathname} matches no path ${this.description.kind === 'openapi' ? "in GitHub's REST description" : 'the emulator handles'}`
                : `${method} is not an operation of ${lookup.template} (it has ${lookup.allowed.join(', ')})`;
            this.violation({
                ...base,
                kind: 'unknown-route',
                template: lookup.kind === 'no-method' ? lookup.template : undefined,
                message,
            });
            return this.send(res, record, {
                status: 404,
                body: (0, shapes_js_1.errorBody)(404, 'Not Found', 'https://docs.github.com/rest'),
            });
        }
        const match = lookup.match;
        record.template = match.template;
        record.operationId = match.operationId;
        const where = { ...base, template: match.template, operationId: match.operationId };
        if (jsonError) {
            this.violation({ ...where, kind: 'body', message: 'request body is not JSON' });
            return this.send(res, record, {
                status: 400,
                body: (0, shapes_js_1.errorBody)(400, 'Problems parsing JSON', match.docsUrl),
            });
        }
        const checked = this.description.validateRequest(match, query, body, hasBody);
        for (const name of checked.unknownQuery) {
            this.violation({
                ...where,
                kind: 'query',
                message: `query parameter "${name}" is not defined for ${match.operationId} (GitHub ignores it)`,
            });
        }
        const pathProblems = checked.problems.filter((p) => p.where === 'path').map((p) => p.message);
        if (pathProblems.length) {
            this.violation({ ...where, kind: 'path', message: pathProblems.join(' '), details: pathProblems });
            return this.send(res, record, { status: 404, body: (0, shapes_js_1.errorBody)(404, 'Not Found', match.docsUrl) });
        }
        if (checked.problems.length) {
            const lines = checked.problems.map((p) => p.message);
            const kind = checked.problems.some((p) => p.where === 'body') ? 'body' : 'query';
            this.violation({ ...where, kind, message: lines.join(' '), details: lines });
            return this.send(res, record, {
                status: 422,
                body: (0, shapes_js_1.errorBody)(422, `Invalid request.\n\n${lines.join('\n')}`, match.docsUrl),
            });
        }
        const fault = this.faults.take({
            method,
            path: url.pathname,
            template: match.template,
            operationId: match.operationId,
            write: WRITE_METHODS.has(method),
            graphql: false,
        });
        if (fault)
            return this.send(res, record, this.faultResponse(fault, match.docsUrl));
        const handler = routes_js_1.HANDLERS[match.operationId];
        if (!handler) {
            this.violation({
                ...where,
                kind: 'not-emulated',
                message: `${match.method} ${match.template} (${match.operationId}) is GitHub API but not emulated yet`,
            });
            return this.send(res, record, {
                status: 501,
                body: (0, shapes_js_1.errorBody)(501, `Not emulated: ${match.operationId}`, match.docsUrl),
            });
        }
        const params = {};
        const coercedQuery = {};
        for (const p of match.parameters) {
            if (p.in === 'path' && match.params[p.name] !== undefined) {
                params[p.name] = (0, description_js_1.coerce)(match.params[p.name], p.type);
            }
            else if (p.in === 'query' && query[p.name] !== undefined) {
                coercedQuery[p.name] = (0, description_js_1.coerce)(query[p.name], p.type);
            }
        }
        let result;
        try {
            result = handler({
                params,
                query: coercedQuery,
                body: isObject(body) ? body : {},
                state: this.state,
                shape: this.shape,
                actor: this.actor,
                autoCreate: this.autoCreate,
                url: new URL(`${url.pathname}${url.search}`, this.url),
                docsUrl: match.docsUrl,
            });
        }
        catch (e) {
            if (!(e instanceof routes_js_1.HttpError))
                throw e;
            if (e.semantic) {
                const details = [e.message, ...(e.errors ?? []).map((x) => JSON.stringify(x))];
                this.violation({ ...where, kind: 'semantic', message: e.message, details });
            }
            result = { status: e.status, body: e.body() };
        }
        if (this.checkResponses && result.status < 300) {
            const problems = this.description.validateResponse(match, result.status, result.body);
            if (problems.length) {
                this.violation({
                    ...where,
                    kind: 'response',
                    message: `the emulator's ${result.status} response does not match GitHub's schema`,
                    details: problems,
                });
            }
        }
        return this.send(res, record, result);
    }
    handleGraphQL(res, record, body, jsonError) {
        record.template = '/graphql';
        record.operationId = 'graphql';
        const where = { method: record.method, path: record.path, template: '/graphql', operationId: 'graphql' };
        const docs = 'https://docs.github.com/graphql';
        if (record.method !== 'POST') {
            this.violation({
                ...where,
                kind: 'unknown-route',
                message: `${record.method} /graphql (only POST is supported)`,
            });
            return this.send(res, record, { status: 404, body: (0, shapes_js_1.errorBody)(404, 'Not Found', docs) });
        }
        if (jsonError || !isObject(body)) {
            this.violation({ ...where, kind: 'graphql', message: 'request body is not a JSON object' });
            return this.send(res, record, { status: 400, body: (0, shapes_js_1.errorBody)(400, 'Problems parsing JSON', docs) });
        }
        const request = body;
        const operation = (0, graphql_js_1.pickOperation)(request);
        const faultRequest = {
            ...where,
            write: operation?.operation === 'mutation',
            graphql: true,
        };
        const fault = this.faults.take(faultRequest);
        if (fault) {
            if (fault.status === 403 || fault.status === 404 || fault.status === 422) {
                // GraphQL reports permission and lookup failures in-band: HTTP 200 with `errors`.
                const first = operation?.selections.find((s) => s.kind === 'Field');
                const field = first?.kind === 'Field' ? (first.alias ?? first.name) : undefined;
                const type = fault.status === 403 ? 'FORBIDDEN' : fault.status === 404 ? 'NOT_FOUND' : 'UNPROCESSABLE';
                const message = fault.message ?? faults_js_1.DEFAULT_MESSAGES[fault.status];
                const errors = [{ type, path: field ? [field] : undefined, message }];
                return this.send(res, record, {
                    status: 200,
                    body: fault.body ?? { data: field ? { [field]: null } : null, errors },
                    headers: fault.headers,
                });
            }
            return this.send(res, record, this.faultResponse(fault, docs));
        }
        const result = (0, graphql_js_1.executeGraphQL)(request, { state: this.state, webUrl: shapes_js_1.WEB, actorLogin: this.actor.login });
        if (result.invalid.length) {
            this.violation({
                ...where,
                kind: 'graphql',
                message: result.invalid.join(' '),
                details: result.invalid,
            });
        }
        return this.send(res, record, { status: 200, body: result.body });
    }
}
exports.GitHubEmulatorServer = GitHubEmulatorServer;


/***/ }),

/***/ 10917:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.WEB = void 0;
exports.simpleUser = simpleUser;
exports.githubActionsApp = githubActionsApp;
exports.repository = repository;
exports.fullRepository = fullRepository;
exports.issueComment = issueComment;
exports.pullRequestSimple = pullRequestSimple;
exports.pullRequest = pullRequest;
exports.pullCommit = pullCommit;
exports.pullRequestReview = pullRequestReview;
exports.collaboratorPermission = collaboratorPermission;
exports.checkRun = checkRun;
exports.deployment = deployment;
exports.deploymentStatus = deploymentStatus;
exports.errorBody = errorBody;
const state_js_1 = __webpack_require__(71262);
exports.WEB = 'https://github.com';
function simpleUser(u, ctx) {
    const login = encodeURIComponent(u.login);
    const base = `${ctx.api}/users/${login}`;
    const prefix = u.type === 'Bot' ? 'BOT' : u.type === 'Organization' ? 'O' : 'U';
    return {
        login: u.login,
        id: u.id,
        node_id: u.login === 'github-actions[bot]' ? 'MDM6Qm90NDE4OTgyODI=' : (0, state_js_1.makeNodeId)(prefix, u.id),
        avatar_url: `https://avatars.githubusercontent.com/${u.type === 'Bot' ? 'in/15368' : `u/${u.id}`}?v=4`,
        gravatar_id: '',
        url: base,
        html_url: u.type === 'Bot' ? `${exports.WEB}/apps/${u.login.replace(/\[bot\]$/, '')}` : `${exports.WEB}/${u.login}`,
        followers_url: `${base}/followers`,
        following_url: `${base}/following{/other_user}`,
        gists_url: `${base}/gists{/gist_id}`,
        starred_url: `${base}/starred{/owner}{/repo}`,
        subscriptions_url: `${base}/subscriptions`,
        organizations_url: `${base}/orgs`,
        repos_url: `${base}/repos`,
        events_url: `${base}/events{/privacy}`,
        received_events_url: `${base}/received_events`,
        type: u.type,
        user_view_type: 'public',
        site_admin: false,
    };
}
const GITHUB_ORG = { login: 'github', id: 9919, type: 'Organization' };
/** The "GitHub Actions" app, as `performed_via_github_app` / check run `app`. */
function githubActionsApp(ctx) {
    return {
        id: 15368,
        slug: 'github-actions',
        client_id: 'Iv1.05c79e9ad1f6bdfa',
        node_id: 'MDM6QXBwMTUzNjg=',
        owner: simpleUser(GITHUB_ORG, ctx),
        name: 'GitHub Actions',
        description: 'Automate your workflow from idea to production',
        external_url: 'https://help.github.com/en/actions',
        html_url: `${exports.WEB}/apps/github-actions`,
        created_at: '2018-07-30T09:30:17Z',
        updated_at: '2019-12-10T19:04:12Z',
        permissions: {
            actions: 'write',
            checks: 'write',
            contents: 'write',
            deployments: 'write',
            issues: 'write',
        },
        events: ['check_run', 'check_suite', 'deployment', 'deployment_status', 'issue_comment', 'pull_request'],
    };
}
function repository(r, ctx) {
    const api = `${ctx.api}/repos/${r.fullName}`;
    const web = `${exports.WEB}/${r.fullName}`;
    return {
        id: r.id,
        node_id: r.nodeId,
        name: r.name,
        full_name: r.fullName,
        private: r.private,
        owner: simpleUser(r.owner, ctx),
        html_url: web,
        description: null,
        fork: r.fork,
        url: api,
        forks_url: `${api}/forks`,
        keys_url: `${api}/keys{/key_id}`,
        collaborators_url: `${api}/collaborators{/collaborator}`,
        teams_url: `${api}/teams`,
        hooks_url: `${api}/hooks`,
        issue_events_url: `${api}/issues/events{/number}`,
        events_url: `${api}/events`,
        assignees_url: `${api}/assignees{/user}`,
        branches_url: `${api}/branches{/branch}`,
        tags_url: `${api}/tags`,
        blobs_url: `${api}/git/blobs{/sha}`,
        git_tags_url: `${api}/git/tags{/sha}`,
        git_refs_url: `${api}/git/refs{/sha}`,
        trees_url: `${api}/git/trees{/sha}`,
        statuses_url: `${api}/statuses/{sha}`,
        languages_url: `${api}/languages`,
        stargazers_url: `${api}/stargazers`,
        contributors_url: `${api}/contributors`,
        subscribers_url: `${api}/subscribers`,
        subscription_url: `${api}/subscription`,
        commits_url: `${api}/commits{/sha}`,
        git_commits_url: `${api}/git/commits{/sha}`,
        comments_url: `${api}/comments{/number}`,
        issue_comment_url: `${api}/issues/comments{/number}`,
        contents_url: `${api}/contents/{+path}`,
        compare_url: `${api}/compare/{base}...{head}`,
        merges_url: `${api}/merges`,
        archive_url: `${api}/{archive_format}{/ref}`,
        downloads_url: `${api}/downloads`,
        issues_url: `${api}/issues{/number}`,
        pulls_url: `${api}/pulls{/number}`,
        milestones_url: `${api}/milestones{/number}`,
        notifications_url: `${api}/notifications{?since,all,participating}`,
        labels_url: `${api}/labels{/name}`,
        releases_url: `${api}/releases{/id}`,
        deployments_url: `${api}/deployments`,
        created_at: r.createdAt,
        updated_at: r.createdAt,
        pushed_at: r.createdAt,
        git_url: `git://github.com/${r.fullName}.git`,
        ssh_url: `git@github.com:${r.fullName}.git`,
        clone_url: `${web}.git`,
        svn_url: web,
        homepage: null,
        size: 0,
        stargazers_count: 0,
        watchers_count: 0,
        language: null,
        has_issues: true,
        has_projects: true,
        has_downloads: true,
        has_wiki: true,
        has_pages: false,
        has_discussions: false,
        forks_count: 0,
        mirror_url: null,
        archived: false,
        disabled: false,
        open_issues_count: 0,
        license: null,
        allow_forking: true,
        is_template: false,
        web_commit_signoff_required: false,
        topics: [],
        visibility: r.private ? 'private' : 'public',
        forks: 0,
        open_issues: 0,
        watchers: 0,
        default_branch: r.defaultBranch,
    };
}
function fullRepository(r, ctx) {
    return {
        ...repository(r, ctx),
        network_count: 0,
        subscribers_count: 0,
        permissions: { admin: false, maintain: false, push: true, triage: true, pull: true },
    };
}
function issueComment(c, ctx) {
    const repo = ctx.state.findRepo(c.owner, c.repo);
    const isPull = repo?.issues.get(c.issueNumber)?.isPull ?? false;
    const api = `${ctx.api}/repos/${c.owner}/${c.repo}`;
    return {
        url: `${api}/issues/comments/${c.id}`,
        html_url: `${exports.WEB}/${c.owner}/${c.repo}/${isPull ? 'pull' : 'issues'}/${c.issueNumber}#issuecomment-${c.id}`,
        issue_url: `${api}/issues/${c.issueNumber}`,
        id: c.id,
        node_id: c.nodeId,
        user: simpleUser(c.user, ctx),
        created_at: c.createdAt,
        updated_at: c.updatedAt,
        author_association: c.authorAssociation,
        body: c.body,
        reactions: {
            url: `${api}/issues/comments/${c.id}/reactions`,
            total_count: 0,
            '+1': 0,
            '-1': 0,
            laugh: 0,
            hooray: 0,
            confused: 0,
            heart: 0,
            rocket: 0,
            eyes: 0,
        },
        performed_via_github_app: c.user.login === 'github-actions[bot]' ? githubActionsApp(ctx) : null,
        minimized: c.minimized ? { reason: c.minimized.reason } : null,
    };
}
function pullBranch(side, repo, ctx) {
    return {
        label: `${repo.owner.login}:${side.ref}`,
        ref: side.ref,
        sha: side.sha,
        user: simpleUser(repo.owner, ctx),
        repo: repository(repo, ctx),
    };
}
function pullRequestSimple(p, ctx) {
    const api = `${ctx.api}/repos/${p.owner}/${p.repo}`;
    const web = `${exports.WEB}/${p.owner}/${p.repo}/pull/${p.number}`;
    const baseRepo = ctx.state.ensureRepo(`${p.owner}/${p.repo}`);
    const headRepo = ctx.state.ensureRepo(p.head.repo);
    return {
        url: `${api}/pulls/${p.number}`,
        id: p.id,
        node_id: p.nodeId,
        html_url: web,
        diff_url: `${web}.diff`,
        patch_url: `${web}.patch`,
        issue_url: `${api}/issues/${p.number}`,
        number: p.number,
        state: p.state,
        locked: false,
        title: p.title,
        user: simpleUser(p.user, ctx),
        body: p.body,
        created_at: p.createdAt,
        updated_at: p.updatedAt,
        closed_at: p.closedAt,
        merged_at: p.mergedAt,
        merge_commit_sha: p.mergeCommitSha,
        assignee: null,
        assignees: [],
        requested_reviewers: [],
        requested_teams: [],
        labels: p.labels.map((name, i) => ({
            id: 5000000000 + p.id * 10 + i,
            node_id: (0, state_js_1.makeNodeId)('LA', p.id, i),
            url: `${api}/labels/${encodeURIComponent(name)}`,
            name,
            color: 'ededed',
            default: false,
            description: '',
        })),
        milestone: null,
        draft: p.draft,
        commits_url: `${api}/pulls/${p.number}/commits`,
        review_comments_url: `${api}/pulls/${p.number}/comments`,
        review_comment_url: `${api}/pulls/comments{/number}`,
        comments_url: `${api}/issues/${p.number}/comments`,
        statuses_url: `${api}/statuses/${p.head.sha}`,
        head: pullBranch(p.head, headRepo, ctx),
        base: pullBranch(p.base, baseRepo, ctx),
        _links: {
            self: { href: `${api}/pulls/${p.number}` },
            html: { href: web },
            issue: { href: `${api}/issues/${p.number}` },
            comments: { href: `${api}/issues/${p.number}/comments` },
            review_comments: { href: `${api}/pulls/${p.number}/comments` },
            review_comment: { href: `${api}/pulls/comments{/number}` },
            commits: { href: `${api}/pulls/${p.number}/commits` },
            statuses: { href: `${api}/statuses/${p.head.sha}` },
        },
        author_association: 'MEMBER',
        auto_merge: null,
        active_lock_reason: null,
    };
}
function pullRequest(p, ctx) {
    const comments = [...ctx.state.commentsById.values()].filter((c) => c.owner === p.owner && c.repo === p.repo && c.issueNumber === p.number).length;
    return {
        ...pullRequestSimple(p, ctx),
        merged: p.merged,
        mergeable: p.state === 'open' ? true : null,
        rebaseable: p.state === 'open' ? true : null,
        mergeable_state: p.state === 'open' ? 'clean' : 'unknown',
        merged_by: p.merged ? simpleUser(p.user, ctx) : null,
        comments,
        review_comments: 0,
        maintainer_can_modify: false,
        commits: Math.max(1, p.commits.length),
        additions: 0,
        deletions: 0,
        changed_files: 0,
    };
}
/** `GET /repos/{owner}/{repo}/pulls/{pull_number}/commits` items: the commit with its GitHub author and committer. */
function pullCommit(p, sha, index, ctx) {
    const login = p.commitAuthors[sha] ?? p.user.login;
    const user = ctx.state.user(login);
    const person = { name: login, email: `${login}@users.noreply.github.com`, date: p.createdAt };
    const api = `${ctx.api}/repos/${p.owner}/${p.repo}`;
    const parent = index > 0 ? p.commits[index - 1] : p.base.sha;
    return {
        url: `${api}/commits/${sha}`,
        sha,
        node_id: (0, state_js_1.makeNodeId)('C', sha),
        html_url: `${exports.WEB}/${p.owner}/${p.repo}/commit/${sha}`,
        comments_url: `${api}/commits/${sha}/comments`,
        commit: {
            url: `${api}/git/commits/${sha}`,
            author: person,
            committer: person,
            message: `commit ${sha.slice(0, 7)}`,
            comment_count: 0,
            tree: { sha: sha.split('').reverse().join(''), url: `${api}/git/trees/${sha}` },
        },
        author: simpleUser(user, ctx),
        committer: simpleUser(user, ctx),
        parents: parent
            ? [
                {
                    sha: parent,
                    url: `${api}/commits/${parent}`,
                    html_url: `${exports.WEB}/${p.owner}/${p.repo}/commit/${parent}`,
                },
            ]
            : [],
    };
}
/** `GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews` items. */
function pullRequestReview(r, ctx) {
    const pullWeb = `${exports.WEB}/${r.owner}/${r.repo}/pull/${r.pullNumber}`;
    const out = {
        id: r.id,
        node_id: r.nodeId,
        user: simpleUser(r.user, ctx),
        body: r.body,
        state: r.state,
        html_url: `${pullWeb}#pullrequestreview-${r.id}`,
        pull_request_url: `${ctx.api}/repos/${r.owner}/${r.repo}/pulls/${r.pullNumber}`,
        _links: {
            html: { href: `${pullWeb}#pullrequestreview-${r.id}` },
            pull_request: { href: `${ctx.api}/repos/${r.owner}/${r.repo}/pulls/${r.pullNumber}` },
        },
        commit_id: r.commitId,
        author_association: 'COLLABORATOR',
    };
    if (r.submittedAt)
        out.submitted_at = r.submittedAt;
    return out;
}
/** `GET /repos/{owner}/{repo}/collaborators/{username}/permission`: the legacy `permission` and the role. */
function collaboratorPermission(u, role, ctx) {
    // The legacy field folds maintain into write and triage into read, as GitHub documents.
    const permission = role === 'maintain' ? 'write' : role === 'triage' ? 'read' : role;
    return {
        permission,
        role_name: role,
        user: {
            ...simpleUser(u, ctx),
            permissions: {
                admin: role === 'admin',
                maintain: role === 'admin' || role === 'maintain',
                push: ['admin', 'maintain', 'write'].includes(role),
                triage: role !== 'read' && role !== 'none',
                pull: role !== 'none',
            },
            role_name: role,
        },
    };
}
function checkRun(c, ctx) {
    const api = `${ctx.api}/repos/${c.owner}/${c.repo}`;
    const pulls = [...ctx.state.pullsByKey.values()].filter((p) => p.owner === c.owner && p.repo === c.repo && p.head.sha === c.headSha && p.state === 'open');
    const baseRepo = ctx.state.ensureRepo(`${c.owner}/${c.repo}`);
    return {
        id: c.id,
        name: c.name,
        node_id: c.nodeId,
        head_sha: c.headSha,
        external_id: c.externalId ?? '',
        url: `${api}/check-runs/${c.id}`,
        html_url: `${exports.WEB}/${c.owner}/${c.repo}/runs/${c.id}`,
        details_url: c.detailsUrl ?? `${exports.WEB}/${c.owner}/${c.repo}/runs/${c.id}`,
        status: c.status,
        conclusion: c.conclusion,
        started_at: c.startedAt,
        completed_at: c.completedAt,
        output: {
            title: c.output.title,
            summary: c.output.summary,
            text: c.output.text,
            annotations_count: c.output.annotations.length,
            annotations_url: `${api}/check-runs/${c.id}/annotations`,
        },
        check_suite: { id: c.checkSuiteId },
        app: githubActionsApp(ctx),
        pull_requests: pulls.map((p) => {
            const headRepo = ctx.state.ensureRepo(p.head.repo);
            const mini = (r) => ({ id: r.id, url: `${ctx.api}/repos/${r.fullName}`, name: r.name });
            return {
                url: `${api}/pulls/${p.number}`,
                id: p.id,
                number: p.number,
                head: { ref: p.head.ref, sha: p.head.sha, repo: mini(headRepo) },
                base: { ref: p.base.ref, sha: p.base.sha, repo: mini(baseRepo) },
            };
        }),
    };
}
function deployment(d, ctx) {
    const api = `${ctx.api}/repos/${d.owner}/${d.repo}`;
    return {
        url: `${api}/deployments/${d.id}`,
        id: d.id,
        node_id: d.nodeId,
        task: d.task,
        original_environment: d.originalEnvironment,
        environment: d.environment,
        description: d.description,
        created_at: d.createdAt,
        updated_at: d.updatedAt,
        statuses_url: `${api}/deployments/${d.id}/statuses`,
        repository_url: api,
        creator: simpleUser(d.creator, ctx),
        sha: d.sha,
        ref: d.ref,
        payload: d.payload,
        transient_environment: d.transientEnvironment,
        production_environment: d.productionEnvironment,
        performed_via_github_app: d.creator.login === 'github-actions[bot]' ? githubActionsApp(ctx) : null,
    };
}
function deploymentStatus(s, d, ctx) {
    const api = `${ctx.api}/repos/${d.owner}/${d.repo}`;
    return {
        url: `${api}/deployments/${d.id}/statuses/${s.id}`,
        id: s.id,
        node_id: s.nodeId,
        state: s.state,
        creator: simpleUser(s.creator, ctx),
        description: s.description,
        environment: s.environment,
        target_url: s.targetUrl,
        created_at: s.createdAt,
        updated_at: s.updatedAt,
        deployment_url: `${api}/deployments/${d.id}`,
        repository_url: api,
        environment_url: s.environmentUrl,
        log_url: s.logUrl,
        performed_via_github_app: s.creator.login === 'github-actions[bot]' ? githubActionsApp(ctx) : null,
    };
}
/** GitHub's error body: `{ message, documentation_url, status }` (+ `errors` for validation failures). */
function errorBody(status, message, docs, errors) {
    const body = { message, documentation_url: docs, status: String(status) };
    if (errors)
        body.errors = errors;
    return body;
}


/***/ }),

/***/ 71262:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.GitHubState = exports.GITHUB_ACTIONS_BOT = void 0;
exports.isoSeconds = isoSeconds;
exports.makeNodeId = makeNodeId;
exports.fakeSha = fakeSha;
/**
 * The emulator's in-memory GitHub: repositories, issues/pull requests, issue comments, commit → pull
 * associations, check runs, deployments and their statuses. Records are plain data; `shapes.ts` turns them
 * into GitHub's JSON. Tests seed through `GitHubEmulator.seed*` and read through `gh.state`.
 */
const node_crypto_1 = __webpack_require__(77598);
exports.GITHUB_ACTIONS_BOT = { login: 'github-actions[bot]', id: 41898282, type: 'Bot' };
/** GitHub's timestamps: ISO 8601, UTC, whole seconds. */
function isoSeconds(d) {
    return d.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
/** An opaque, prefix-correct global node id (`IC_kwDO…`), unique per (type, id). */
function makeNodeId(prefix, ...parts) {
    const payload = Buffer.from(parts.join(':')).toString('base64url');
    return `${prefix}_kwDO${payload}`;
}
function fakeSha(...parts) {
    return (0, node_crypto_1.createHash)('sha1').update(parts.join('\0')).digest('hex');
}
class GitHubState {
    now;
    repos = new Map();
    commentsById = new Map();
    pullsByKey = new Map();
    /** `owner/repo@sha` → pull numbers. */
    commitPulls = new Map();
    checkRunsById = new Map();
    deploymentsById = new Map();
    nodes = new Map();
    users = new Map();
    reviewsById = new Map();
    /** `owner/repo` (lower case) → login (lower case) → role. */
    roles = new Map();
    ids = {
        repo: 700000000,
        user: 190000000,
        comment: 2400000000,
        pull: 1900000000,
        review: 2500000000,
        checkRun: 31000000000,
        checkSuite: 29000000000,
        deployment: 2100000000,
        deploymentStatus: 2600000000,
    };
    constructor(now) {
        this.now = now;
    }
    timestamp() {
        return isoSeconds(this.now());
    }
    nextId(kind) {
        this.ids[kind] += 1;
        return this.ids[kind];
    }
    user(login, type) {
        if (login === exports.GITHUB_ACTIONS_BOT.login)
            return exports.GITHUB_ACTIONS_BOT;
        let u = this.users.get(login.toLowerCase());
        if (!u) {
            u = { login, id: this.nextId('user'), type: type ?? (login.endsWith('[bot]') ? 'Bot' : 'User') };
            this.users.set(login.toLowerCase(), u);
        }
        return u;
    }
    ensureRepo(fullName, opts = {}) {
        const key = fullName.toLowerCase();
        const existing = this.repos.get(key);
        if (existing)
            return existing;
        const [owner, name] = fullName.split('/');
        const id = this.nextId('repo');
        const repo = {
            id,
            nodeId: makeNodeId('R', id),
            owner: this.user(owner),
            name,
            fullName,
            private: opts.private ?? false,
            fork: opts.fork ?? false,
            defaultBranch: opts.defaultBranch ?? 'main',
            createdAt: this.timestamp(),
            nextNumber: 1,
            issues: new Map(),
            refs: new Map(),
        };
        this.repos.set(key, repo);
        this.nodes.set(repo.nodeId, { kind: 'Repository', fullName });
        return repo;
    }
    /** The reviews of a pull request, oldest first. */
    reviews(owner, repo, pullNumber) {
        return [...this.reviewsById.values()]
            .filter((r) => sameName(r.owner, owner) && sameName(r.repo, repo) && r.pullNumber === pullNumber)
            .sort((a, b) => a.id - b.id);
    }
    /** The role of `login` on the repository: the owner is admin, anyone else `none` unless seeded. */
    role(repo, login) {
        if (sameName(repo.owner.login, login))
            return 'admin';
        return this.roles.get(repo.fullName.toLowerCase())?.get(login.toLowerCase()) ?? 'none';
    }
    findRepo(owner, repo) {
        return this.repos.get(`${owner}/${repo}`.toLowerCase());
    }
    ensureIssue(repo, number, isPull = false) {
        const existing = repo.issues.get(number);
        if (existing) {
            if (isPull)
                existing.isPull = true;
        }
        else {
            repo.issues.set(number, { isPull });
        }
        repo.nextNumber = Math.max(repo.nextNumber, number + 1);
    }
    pullKey(owner, repo, number) {
        return `${owner}/${repo}#${number}`.toLowerCase();
    }
    associate(owner, repo, sha, pullNumber) {
        const key = `${owner}/${repo}@${sha}`.toLowerCase();
        const set = this.commitPulls.get(key) ?? new Set();
        set.add(pullNumber);
        this.commitPulls.set(key, set);
    }
    pullsForCommit(owner, repo, sha) {
        const numbers = this.commitPulls.get(`${owner}/${repo}@${sha}`.toLowerCase());
        if (!numbers)
            return [];
        return [...numbers]
            .sort((a, b) => a - b)
            .map((n) => this.pullsByKey.get(this.pullKey(owner, repo, n)))
            .filter((p) => p !== undefined);
    }
    /** True when `sha` is known to the repository (a pull head, a listed commit or a seeded ref). */
    knowsCommit(owner, repo, sha) {
        if (this.commitPulls.has(`${owner}/${repo}@${sha}`.toLowerCase()))
            return true;
        const r = this.findRepo(owner, repo);
        return r !== undefined && [...r.refs.values()].includes(sha);
    }
    // ----- reads for tests (copies, so a test cannot corrupt the emulator by accident) -----
    comments(owner, repo, issueNumber) {
        return [...this.commentsById.values()]
            .filter((c) => c.owner.toLowerCase() === owner.toLowerCase() &&
            c.repo.toLowerCase() === repo.toLowerCase() &&
            (issueNumber === undefined || c.issueNumber === issueNumber))
            .map((c) => ({ ...c, minimized: c.minimized ? { ...c.minimized } : null }));
    }
    comment(id) {
        const c = this.commentsById.get(id);
        return c ? { ...c, minimized: c.minimized ? { ...c.minimized } : null } : undefined;
    }
    pulls(owner, repo) {
        return [...this.pullsByKey.values()]
            .filter((p) => `${p.owner}/${p.repo}`.toLowerCase() === `${owner}/${repo}`.toLowerCase())
            .map((p) => ({ ...p, head: { ...p.head }, base: { ...p.base }, labels: [...p.labels] }));
    }
    checkRuns(owner, repo) {
        return [...this.checkRunsById.values()]
            .filter((c) => `${c.owner}/${c.repo}`.toLowerCase() === `${owner}/${repo}`.toLowerCase())
            .map((c) => structuredClone(c));
    }
    deployments(owner, repo) {
        return [...this.deploymentsById.values()]
            .filter((d) => `${d.owner}/${d.repo}`.toLowerCase() === `${owner}/${repo}`.toLowerCase())
            .map((d) => structuredClone(d));
    }
    deploymentStatuses(owner, repo, deploymentId) {
        const d = this.deploymentsById.get(deploymentId);
        if (!d || `${d.owner}/${d.repo}`.toLowerCase() !== `${owner}/${repo}`.toLowerCase())
            return [];
        return d.statuses.map((s) => ({ ...s }));
    }
}
exports.GitHubState = GitHubState;
function sameName(a, b) {
    return a.toLowerCase() === b.toLowerCase();
}


/***/ })

};
