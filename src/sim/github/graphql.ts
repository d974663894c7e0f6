/**
 * A small GraphQL endpoint: a real parser (operations, variables, aliases, fragments, @include/@skip) over a
 * tiny slice of GitHub's schema — `minimizeComment` / `unminimizeComment` mutations and `node` / `nodes`
 * queries on IssueComment. Errors have GitHub's shape: HTTP 200, `{ errors: [{ type?, message, path?,
 * locations }] }`; a document that does not validate (unknown field, bad argument, undeclared variable) is
 * refused as a whole, as GitHub does, and reported to the emulator as a violation.
 */
import { errorMessage } from '../../lib/errors.js';
import type { CommentRecord, GitHubState, MinimizeClassifier } from './state.js';

// ---------------------------------------------------------------------------------------------------------
// Lexer

type TokenKind = 'punct' | 'name' | 'int' | 'float' | 'string' | 'eof';
interface Token {
  kind: TokenKind;
  value: string;
  line: number;
  column: number;
}

export class GraphQLSyntaxError extends Error {}

function lex(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  let line = 1;
  let lineStart = 0;
  const at = (): Pick<Token, 'line' | 'column'> => ({ line, column: i - lineStart + 1 });
  while (i < source.length) {
    const ch = source[i] as string;
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
      while (i < source.length && source[i] !== '\n') i++;
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
      const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(source.slice(i)) as RegExpExecArray;
      tokens.push({ kind: 'name', value: m[0], ...pos });
      i += m[0].length;
      continue;
    }
    if (/[-0-9]/.test(ch)) {
      const m = /^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/.exec(source.slice(i));
      if (!m) throw new GraphQLSyntaxError(`Syntax Error: Invalid number at ${pos.line}:${pos.column}.`);
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
      for (const c of raw) if (c === '\n') line++;
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
          const map: Record<string, string> = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f' };
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

// ---------------------------------------------------------------------------------------------------------
// Parser

export type ValueNode =
  | { kind: 'Variable'; name: string }
  | { kind: 'Int' | 'Float' | 'String' | 'Enum'; value: string }
  | { kind: 'Boolean'; value: boolean }
  | { kind: 'Null' }
  | { kind: 'List'; values: ValueNode[] }
  | { kind: 'Object'; fields: Record<string, ValueNode> };

interface Location {
  line: number;
  column: number;
}

interface Directive {
  name: string;
  args: Record<string, ValueNode>;
}

export type Selection =
  | {
      kind: 'Field';
      alias?: string;
      name: string;
      args: Record<string, ValueNode>;
      directives: Directive[];
      selections?: Selection[];
      loc: Location;
    }
  | { kind: 'InlineFragment'; typeCondition?: string; directives: Directive[]; selections: Selection[] }
  | { kind: 'FragmentSpread'; name: string; directives: Directive[] };

interface VariableDefinition {
  name: string;
  type: string;
  defaultValue?: ValueNode;
}

export interface Operation {
  operation: 'query' | 'mutation' | 'subscription';
  name?: string;
  variables: VariableDefinition[];
  selections: Selection[];
}

interface Fragment {
  name: string;
  typeCondition: string;
  selections: Selection[];
}

export interface Document {
  operations: Operation[];
  fragments: Map<string, Fragment>;
}

class Parser {
  private pos = 0;
  constructor(private readonly tokens: Token[]) {}

  private peek(): Token {
    return this.tokens[this.pos] as Token;
  }
  private next(): Token {
    return this.tokens[this.pos++] as Token;
  }
  private is(value: string): boolean {
    const t = this.peek();
    return t.kind === 'punct' && t.value === value;
  }
  private fail(t: Token, expected: string): never {
    const found = t.kind === 'eof' ? '<EOF>' : `"${t.value}"`;
    throw new GraphQLSyntaxError(
      `Syntax Error: Expected ${expected}, found ${found} at ${t.line}:${t.column}.`,
    );
  }
  private expect(value: string): void {
    const t = this.next();
    if (t.kind !== 'punct' || t.value !== value) this.fail(t, `"${value}"`);
  }
  private name(): string {
    const t = this.next();
    if (t.kind !== 'name') this.fail(t, 'Name');
    return t.value;
  }

  document(): Document {
    const operations: Operation[] = [];
    const fragments = new Map<string, Fragment>();
    while (this.peek().kind !== 'eof') {
      const t = this.peek();
      if (t.kind === 'punct' && t.value === '{') {
        operations.push({ operation: 'query', variables: [], selections: this.selectionSet() });
      } else if (
        t.kind === 'name' &&
        (t.value === 'query' || t.value === 'mutation' || t.value === 'subscription')
      ) {
        this.next();
        const name = this.peek().kind === 'name' ? this.name() : undefined;
        const variables = this.is('(') ? this.variableDefinitions() : [];
        this.directives();
        operations.push({ operation: t.value, name, variables, selections: this.selectionSet() });
      } else if (t.kind === 'name' && t.value === 'fragment') {
        this.next();
        const name = this.name();
        const on = this.name();
        if (on !== 'on') this.fail(this.tokens[this.pos - 1] as Token, '"on"');
        const typeCondition = this.name();
        this.directives();
        fragments.set(name, { name, typeCondition, selections: this.selectionSet() });
      } else {
        this.fail(t, 'a definition');
      }
    }
    return { operations, fragments };
  }

  private variableDefinitions(): VariableDefinition[] {
    this.expect('(');
    const defs: VariableDefinition[] = [];
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

  private typeRef(): string {
    let t: string;
    if (this.is('[')) {
      this.next();
      t = `[${this.typeRef()}]`;
      this.expect(']');
    } else {
      t = this.name();
    }
    if (this.is('!')) {
      this.next();
      t += '!';
    }
    return t;
  }

  private directives(): Directive[] {
    const out: Directive[] = [];
    while (this.is('@')) {
      this.next();
      const name = this.name();
      out.push({ name, args: this.is('(') ? this.arguments() : {} });
    }
    return out;
  }

  private arguments(): Record<string, ValueNode> {
    this.expect('(');
    const args: Record<string, ValueNode> = {};
    while (!this.is(')')) {
      const name = this.name();
      this.expect(':');
      args[name] = this.value(false);
    }
    this.expect(')');
    return args;
  }

  private value(isConst: boolean): ValueNode {
    const t = this.next();
    if (t.kind === 'punct') {
      if (t.value === '$' && !isConst) return { kind: 'Variable', name: this.name() };
      if (t.value === '[') {
        const values: ValueNode[] = [];
        while (!this.is(']')) values.push(this.value(isConst));
        this.next();
        return { kind: 'List', values };
      }
      if (t.value === '{') {
        const fields: Record<string, ValueNode> = {};
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
    if (t.kind === 'int') return { kind: 'Int', value: t.value };
    if (t.kind === 'float') return { kind: 'Float', value: t.value };
    if (t.kind === 'string') return { kind: 'String', value: t.value };
    if (t.kind === 'name') {
      if (t.value === 'true' || t.value === 'false') return { kind: 'Boolean', value: t.value === 'true' };
      if (t.value === 'null') return { kind: 'Null' };
      return { kind: 'Enum', value: t.value };
    }
    return this.fail(t, 'a value');
  }

  private selectionSet(): Selection[] {
    this.expect('{');
    const selections: Selection[] = [];
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
        } else if (this.is('{') || this.is('@')) {
          const directives = this.directives();
          selections.push({ kind: 'InlineFragment', directives, selections: this.selectionSet() });
        } else {
          selections.push({ kind: 'FragmentSpread', name: this.name(), directives: this.directives() });
        }
        continue;
      }
      const first = this.peek();
      let name = this.name();
      let alias: string | undefined;
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
    if (selections.length === 0) this.fail(this.tokens[this.pos - 1] as Token, 'a selection');
    return selections;
  }
}

export function parse(source: string): Document {
  return new Parser(lex(source)).document();
}

// ---------------------------------------------------------------------------------------------------------
// Schema slice + execution

export interface GraphQLError {
  message: string;
  type?: string;
  path?: (string | number)[];
  locations?: Location[];
  extensions?: Record<string, unknown>;
}

export interface GraphQLResult {
  body: { data?: Record<string, unknown> | null; errors?: GraphQLError[] };
  /** Validation errors (the request itself was wrong): the emulator records these as violations. */
  invalid: string[];
  operation?: Operation;
}

const CLASSIFIERS: MinimizeClassifier[] = ['SPAM', 'ABUSE', 'OFF_TOPIC', 'OUTDATED', 'DUPLICATE', 'RESOLVED'];
const REASONS: Record<MinimizeClassifier, string> = {
  SPAM: 'spam',
  ABUSE: 'abuse',
  OFF_TOPIC: 'off-topic',
  OUTDATED: 'outdated',
  DUPLICATE: 'duplicate',
  RESOLVED: 'resolved',
};

class RequestInvalid extends Error {
  constructor(
    message: string,
    readonly loc?: Location,
    readonly extensions?: Record<string, unknown>,
  ) {
    super(message);
  }
}

class FieldError extends Error {
  constructor(
    message: string,
    readonly type: string,
  ) {
    super(message);
  }
}

export interface GraphQLContext {
  state: GitHubState;
  webUrl: string;
  actorLogin: string;
}

type Scalar = 'String' | 'ID' | 'Int' | 'Boolean' | 'DateTime' | 'URI';
interface FieldDef {
  type: Scalar | string;
  list?: boolean;
  args?: Record<string, string>;
  resolve: (parent: unknown, args: Record<string, unknown>, ctx: GraphQLContext) => unknown;
}
interface ObjectDef {
  /** Interfaces / unions the type satisfies, for fragment type conditions. */
  implements: string[];
  fields: Record<string, FieldDef>;
  /** For abstract types: the concrete type name of a value. */
  resolveType?: (value: unknown) => string;
}

function commentOf(value: unknown): CommentRecord {
  return value as CommentRecord;
}

function lookupComment(ctx: GraphQLContext, id: unknown): CommentRecord | undefined {
  const ref = typeof id === 'string' ? ctx.state.nodes.get(id) : undefined;
  return ref?.kind === 'IssueComment' ? ctx.state.commentsById.get(ref.id) : undefined;
}

const TYPES: Record<string, ObjectDef> = {
  Query: {
    implements: [],
    fields: {
      node: {
        type: 'Node',
        args: { id: 'ID!' },
        resolve: (_p, args, ctx) => {
          const c = lookupComment(ctx, args.id);
          if (!c)
            throw new FieldError(
              `Could not resolve to a node with the global id of '${String(args.id)}'`,
              'NOT_FOUND',
            );
          return c;
        },
      },
      nodes: {
        type: 'Node',
        list: true,
        args: { ids: '[ID!]!' },
        resolve: (_p, args, ctx) =>
          (Array.isArray(args.ids) ? args.ids : []).map((id) => lookupComment(ctx, id) ?? null),
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
          const input = args.input as {
            subjectId: string;
            classifier: MinimizeClassifier;
            clientMutationId?: string;
          };
          const c = lookupComment(ctx, input.subjectId);
          if (!c) {
            throw new FieldError(
              `Could not resolve to a node with the global id of '${input.subjectId}'.`,
              'NOT_FOUND',
            );
          }
          c.minimized = { classifier: input.classifier, reason: REASONS[input.classifier] };
          return { clientMutationId: input.clientMutationId ?? null, minimizedComment: c };
        },
      },
      unminimizeComment: {
        type: 'UnminimizeCommentPayload',
        args: { input: 'UnminimizeCommentInput!' },
        resolve: (_p, args, ctx) => {
          const input = args.input as { subjectId: string; clientMutationId?: string };
          const c = lookupComment(ctx, input.subjectId);
          if (!c) {
            throw new FieldError(
              `Could not resolve to a node with the global id of '${input.subjectId}'.`,
              'NOT_FOUND',
            );
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
        resolve: (p) => (p as { clientMutationId: unknown }).clientMutationId,
      },
      minimizedComment: {
        type: 'Minimizable',
        resolve: (p) => (p as { minimizedComment: unknown }).minimizedComment,
      },
    },
  },
  UnminimizeCommentPayload: {
    implements: [],
    fields: {
      clientMutationId: {
        type: 'String',
        resolve: (p) => (p as { clientMutationId: unknown }).clientMutationId,
      },
      unminimizedComment: {
        type: 'Minimizable',
        resolve: (p) => (p as { unminimizedComment: unknown }).unminimizedComment,
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
          const all =
            c.edits.length === 0
              ? []
              : [...c.edits].reverse().concat([{ editor: c.user, editedAt: c.createdAt }]);
          const first = typeof args.first === 'number' ? args.first : undefined;
          const last = typeof args.last === 'number' ? args.last : undefined;
          const nodes =
            first !== undefined ? all.slice(0, first) : last !== undefined ? all.slice(-last) : all;
          return { totalCount: all.length, nodes };
        },
      },
    },
  },
  UserContentEditConnection: {
    implements: [],
    fields: {
      totalCount: { type: 'Int', resolve: (p) => (p as { totalCount: number }).totalCount },
      nodes: { type: 'UserContentEdit', list: true, resolve: (p) => (p as { nodes: unknown[] }).nodes },
    },
  },
  UserContentEdit: {
    implements: [],
    fields: {
      editedAt: { type: 'DateTime', resolve: (p) => (p as { editedAt: string }).editedAt },
      deletedAt: { type: 'DateTime', resolve: () => null },
      editor: { type: 'Actor', resolve: (p) => (p as { editor: unknown }).editor },
    },
  },
  Actor: {
    implements: [],
    resolveType: (v) => ((v as { type: string }).type === 'Bot' ? 'Bot' : 'User'),
    fields: {
      login: { type: 'String', resolve: (p) => (p as { login: string }).login.replace(/\[bot\]$/, '') },
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
TYPES.User = { implements: ['Actor', 'Node'], fields: TYPES.Actor!.fields };
TYPES.Bot = { implements: ['Actor', 'Node'], fields: TYPES.Actor!.fields };

const INPUTS: Record<string, Record<string, string>> = {
  MinimizeCommentInput: {
    subjectId: 'ID!',
    classifier: 'ReportedContentClassifiers!',
    clientMutationId: 'String',
  },
  UnminimizeCommentInput: { subjectId: 'ID!', clientMutationId: 'String' },
};
const ENUMS: Record<string, string[]> = { ReportedContentClassifiers: CLASSIFIERS };
const SCALARS = new Set(['String', 'ID', 'Int', 'Float', 'Boolean', 'DateTime', 'URI']);

function show(v: unknown): string {
  return JSON.stringify(v) ?? 'null';
}

/** Coerces a JSON variable value to `type`, or returns an error message. */
function coerceJson(value: unknown, type: string, where: string): unknown {
  if (type.endsWith('!')) {
    if (value === null || value === undefined)
      throw new RequestInvalid(`${where} has an invalid value (null). Expected type '${type}'.`);
    return coerceJson(value, type.slice(0, -1), where);
  }
  if (value === null || value === undefined) return null;
  if (type.startsWith('[')) {
    const inner = type.slice(1, -1);
    return (Array.isArray(value) ? value : [value]).map((v) => coerceJson(v, inner, where));
  }
  const bad = (): never => {
    throw new RequestInvalid(`${where} has an invalid value (${show(value)}). Expected type '${type}'.`);
  };
  if (type === 'ID') return typeof value === 'string' || typeof value === 'number' ? String(value) : bad();
  if (type === 'String' || type === 'DateTime' || type === 'URI')
    return typeof value === 'string' ? value : bad();
  if (type === 'Int') return Number.isInteger(value) ? value : bad();
  if (type === 'Float') return typeof value === 'number' ? value : bad();
  if (type === 'Boolean') return typeof value === 'boolean' ? value : bad();
  const enumValues = ENUMS[type];
  if (enumValues) return typeof value === 'string' && enumValues.includes(value) ? value : bad();
  const input = INPUTS[type];
  if (input) {
    if (typeof value !== 'object' || Array.isArray(value)) bad();
    const obj = value as Record<string, unknown>;
    for (const k of Object.keys(obj))
      if (!(k in input)) throw new RequestInvalid(`${where} contains a field not in '${type}': '${k}'.`);
    const out: Record<string, unknown> = {};
    for (const [k, t] of Object.entries(input)) {
      const v = coerceJson(obj[k], t, `${where}.${k}`);
      if (v !== null) out[k] = v;
    }
    return out;
  }
  throw new RequestInvalid(`Unknown type '${type}'.`);
}

/** Coerces a literal (with variables substituted) to `type`. */
function coerceLiteral(node: ValueNode, type: string, vars: Record<string, unknown>, where: string): unknown {
  if (node.kind === 'Variable') {
    if (!(node.name in vars)) throw new RequestInvalid(`Variable $${node.name} is used but not declared.`);
    return coerceJson(vars[node.name], type, where);
  }
  const literal = (): unknown => {
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
    if (!input) throw new RequestInvalid(`${where} has an invalid value (object). Expected type '${type}'.`);
    for (const k of Object.keys(node.fields)) {
      if (!(k in input)) throw new RequestInvalid(`InputObject '${base}' doesn't accept argument '${k}'.`);
    }
    const out: Record<string, unknown> = {};
    for (const [k, t] of Object.entries(input)) {
      const f = node.fields[k];
      if (!f) {
        if (t.endsWith('!'))
          throw new RequestInvalid(
            `Argument '${k}' on InputObject '${base}' is required. Expected type ${t}.`,
          );
        continue;
      }
      const v = coerceLiteral(f, t, vars, `Argument '${k}' on InputObject '${base}'`);
      if (v !== null) out[k] = v;
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

function isTypeApplicable(typeCondition: string | undefined, concrete: string): boolean {
  if (!typeCondition) return true;
  if (typeCondition === concrete) return true;
  return TYPES[concrete]?.implements.includes(typeCondition) ?? false;
}

function included(directives: Directive[], vars: Record<string, unknown>): boolean {
  for (const d of directives) {
    const cond = d.args.if;
    if (!cond || (d.name !== 'include' && d.name !== 'skip')) continue;
    const v = coerceLiteral(cond, 'Boolean!', vars, `Directive '${d.name}'`);
    if (d.name === 'include' && v === false) return false;
    if (d.name === 'skip' && v === true) return false;
  }
  return true;
}

interface ExecState {
  ctx: GraphQLContext;
  doc: Document;
  vars: Record<string, unknown>;
  errors: GraphQLError[];
}

/** Validates selections against `typeName` (recursively) without executing them. */
function validateSelections(
  selections: Selection[],
  typeName: string,
  doc: Document,
  seen = new Set<string>(),
): void {
  const def = TYPES[typeName];
  if (!def) throw new RequestInvalid(`Unknown type '${typeName}'.`);
  for (const s of selections) {
    if (s.kind === 'FragmentSpread') {
      const f = doc.fragments.get(s.name);
      if (!f) throw new RequestInvalid(`Fragment ${s.name} was used, but not defined.`);
      if (seen.has(s.name)) throw new RequestInvalid(`Fragment ${s.name} contains an infinite loop.`);
      validateSelections(
        f.selections,
        TYPES[f.typeCondition] ? f.typeCondition : typeName,
        doc,
        new Set([...seen, s.name]),
      );
      continue;
    }
    if (s.kind === 'InlineFragment') {
      const t = s.typeCondition ?? typeName;
      if (!TYPES[t]) throw new RequestInvalid(`No such type ${t}, so it can't be a fragment condition.`);
      validateSelections(s.selections, t, doc, seen);
      continue;
    }
    if (s.name === '__typename') continue;
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
      throw new RequestInvalid(
        `Selections can't be made on scalars (field '${s.name}' returns ${field.type}).`,
        s.loc,
      );
    if (!isLeaf && !s.selections)
      throw new RequestInvalid(
        `Field must have selections (field '${s.name}' returns ${field.type} but has no selections).`,
        s.loc,
      );
    if (!isLeaf && s.selections) validateSelections(s.selections, field.type, doc, seen);
  }
}

function executeSelections(
  selections: Selection[],
  typeName: string,
  value: unknown,
  path: (string | number)[],
  st: ExecState,
): Record<string, unknown> {
  const def = TYPES[typeName] as ObjectDef;
  const concrete = def.resolveType ? def.resolveType(value) : typeName;
  const out: Record<string, unknown> = {};
  const visit = (list: Selection[]): void => {
    for (const s of list) {
      if (!included(s.directives, st.vars)) continue;
      if (s.kind === 'FragmentSpread') {
        const f = st.doc.fragments.get(s.name) as Fragment;
        if (isTypeApplicable(f.typeCondition, concrete)) visit(f.selections);
        continue;
      }
      if (s.kind === 'InlineFragment') {
        if (isTypeApplicable(s.typeCondition, concrete)) visit(s.selections);
        continue;
      }
      const key = s.alias ?? s.name;
      if (s.name === '__typename') {
        out[key] = concrete;
        continue;
      }
      const field = (TYPES[concrete]?.fields[s.name] ?? def.fields[s.name]) as FieldDef;
      const args: Record<string, unknown> = {};
      for (const [a, t] of Object.entries(field.args ?? {})) {
        const node = s.args[a];
        if (node) args[a] = coerceLiteral(node, t, st.vars, `Argument '${a}' on Field '${s.name}'`);
      }
      try {
        const result = field.resolve(value, args, st.ctx);
        const complete = (v: unknown, p: (string | number)[]): unknown =>
          v === null || v === undefined
            ? null
            : SCALARS.has(field.type)
              ? v
              : executeSelections(s.selections ?? [], field.type, v, p, st);
        out[key] =
          field.list && Array.isArray(result)
            ? result.map((v, i) => complete(v, [...path, key, i]))
            : complete(result, [...path, key]);
      } catch (e) {
        if (!(e instanceof FieldError)) throw e;
        out[key] = null;
        st.errors.push({ type: e.type, path: [...path, key], locations: [s.loc], message: e.message });
      }
    }
  };
  visit(selections);
  return out;
}

export interface GraphQLRequest {
  query?: unknown;
  variables?: unknown;
  operationName?: unknown;
}

/** Parses the document and picks the operation, without executing (used to classify reads/writes). */
export function pickOperation(request: GraphQLRequest): Operation | undefined {
  try {
    if (typeof request.query !== 'string') return undefined;
    const doc = parse(request.query);
    const name = typeof request.operationName === 'string' ? request.operationName : undefined;
    return name
      ? doc.operations.find((o) => o.name === name)
      : doc.operations.length === 1
        ? doc.operations[0]
        : undefined;
  } catch {
    return undefined;
  }
}

export function executeGraphQL(request: GraphQLRequest, ctx: GraphQLContext): GraphQLResult {
  const refuse = (message: string, loc?: Location, extensions?: Record<string, unknown>): GraphQLResult => ({
    body: {
      errors: [{ message, ...(loc ? { locations: [loc] } : {}), ...(extensions ? { extensions } : {}) }],
    },
    invalid: [message],
  });
  if (typeof request.query !== 'string' || request.query.trim() === '') {
    return refuse('A query attribute must be specified and must be a string.');
  }
  if (
    request.variables !== undefined &&
    request.variables !== null &&
    (typeof request.variables !== 'object' || Array.isArray(request.variables))
  ) {
    return refuse('Variables are invalid JSON.');
  }
  let doc: Document;
  try {
    doc = parse(request.query);
  } catch (e) {
    return refuse(errorMessage(e));
  }
  const name = typeof request.operationName === 'string' ? request.operationName : undefined;
  const operation = name
    ? doc.operations.find((o) => o.name === name)
    : doc.operations.length === 1
      ? doc.operations[0]
      : undefined;
  if (!operation) {
    return refuse(
      name
        ? `No operation named "${name}"`
        : 'An operation name is required when a document holds several operations.',
    );
  }
  const rootType =
    operation.operation === 'mutation' ? 'Mutation' : operation.operation === 'query' ? 'Query' : undefined;
  if (!rootType) return refuse('Subscriptions are not supported over HTTP.');
  const given = (request.variables ?? {}) as Record<string, unknown>;
  const vars: Record<string, unknown> = {};
  try {
    for (const v of operation.variables) {
      const value =
        v.name in given
          ? given[v.name]
          : v.defaultValue
            ? coerceLiteral(v.defaultValue, v.type, {}, `Variable $${v.name}`)
            : undefined;
      const coerced = coerceJson(value, v.type, `Variable $${v.name} of type ${v.type}`);
      vars[v.name] = coerced;
    }
    validateSelections(operation.selections, rootType, doc);
    const errors: GraphQLError[] = [];
    const data = executeSelections(operation.selections, rootType, {}, [], { ctx, doc, vars, errors });
    return { body: errors.length ? { data, errors } : { data }, invalid: [], operation };
  } catch (e) {
    if (e instanceof RequestInvalid) return { ...refuse(e.message, e.loc, e.extensions), operation };
    throw e;
  }
}
