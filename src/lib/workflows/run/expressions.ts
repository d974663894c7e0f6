/**
 * Expressions evaluated the way GitHub evaluates them: GitHub's own lexer, parser and evaluator
 * (@actions/expressions) over the contexts of the moment (github, inputs, vars, secrets, env, needs, steps,
 * matrix, strategy, jobs, runner, job), with the status functions (`success()`, `failure()`, `always()`,
 * `cancelled()`) and `hashFiles()` supplied by the runner. Template tokens from GitHub's workflow parser
 * (@actions/workflow-parser) are evaluated here too: a `${{ }}` inside a string arrives as one expression
 * (`format('a {0}', x)`), a mapping or sequence is evaluated leaf by leaf.
 */
import { errorMessage } from '../../errors.js';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { data } from '@actions/expressions';

/**
 * GitHub's evaluator, loaded by `loadExpressions()` before a run: a dynamic import, which the CLI bundle resolves
 * through the package's `import` condition (the only one @actions/expressions declares).
 */
let lib: typeof import('@actions/expressions') | undefined;

export async function loadExpressions(): Promise<void> {
  lib ??= await import('@actions/expressions');
}

function ex(): typeof import('@actions/expressions') {
  if (!lib) throw new Error('loadExpressions() was not awaited before evaluating an expression');
  return lib;
}
import type { FunctionDefinition } from '@actions/expressions/funcs/info';
import type { TemplateToken } from '@actions/workflow-parser/templates/tokens/template-token';
import type { MappingToken } from '@actions/workflow-parser/templates/tokens/mapping-token';
import type { SequenceToken } from '@actions/workflow-parser/templates/tokens/sequence-token';
import type { BasicExpressionToken } from '@actions/workflow-parser/templates/tokens/basic-expression-token';

/**
 * @actions/workflow-parser's TokenType values (its templates/tokens/types): the package exports the enum only
 * from a subpath, which the CLI bundle cannot load, so the values are mirrored here (checked by a test).
 */
export const TokenType = {
  String: 0,
  Sequence: 1,
  Mapping: 2,
  BasicExpression: 3,
  InsertExpression: 4,
  Boolean: 5,
  Number: 6,
  Null: 7,
} as const;
import type { LiteralToken } from '@actions/workflow-parser/templates/tokens/literal-token';

export type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** What status functions see: the job's (or the needed jobs') state so far. */
export interface Status {
  /** Something before this failed (a step of this job, or a job in `needs`). */
  failed: boolean;
  /** Something needed was skipped or cancelled (then `success()` is false but `failure()` is not true). */
  incomplete?: boolean;
  /** The run was cancelled. */
  cancelled: boolean;
}

export interface Scope {
  /** Context name → value (plain JSON). Only the names present can be used. */
  contexts: Record<string, Json | undefined>;
  status?: Status;
  /** Where hashFiles() looks (the job's workspace). */
  workspace?: string;
}

/** A problem with an expression or a value in the workflow, with the file and line it comes from. */
export class WorkflowError extends Error {
  override readonly name = 'WorkflowError';
  constructor(
    message: string,
    readonly file?: string,
    readonly line?: number,
  ) {
    super(file ? `${file}${line ? `:${line}` : ''}: ${message}` : message);
  }
}

const CONTEXT_NAMES = [
  'github',
  'inputs',
  'vars',
  'secrets',
  'env',
  'needs',
  'steps',
  'matrix',
  'strategy',
  'jobs',
  'runner',
  'job',
];

function statusFunctions(scope: Scope): Map<string, FunctionDefinition> {
  const s = scope.status ?? { failed: false, cancelled: false };
  const fn = (name: string, value: () => boolean): [string, FunctionDefinition] => [
    name.toLowerCase(),
    { name, minArgs: 0, maxArgs: 0, call: () => new (ex().data.BooleanData)(value()) },
  ];
  return new Map([
    fn('success', () => !s.failed && !s.incomplete && !s.cancelled),
    fn('failure', () => s.failed && !s.cancelled),
    fn('always', () => true),
    fn('cancelled', () => s.cancelled),
    [
      'hashfiles',
      {
        name: 'hashFiles',
        minArgs: 1,
        maxArgs: 255,
        call: (...args) =>
          new (ex().data.StringData)(
            hashFiles(
              scope.workspace,
              args.map((a) => a.coerceString()),
            ),
          ),
      },
    ],
  ]);
}

/**
 * GitHub's hashFiles(): the SHA-256 of the SHA-256 of every matching file (sorted by path) in the workspace;
 * empty when nothing matches. Patterns are globs relative to the workspace; `!` excludes.
 */
function hashFiles(workspace: string | undefined, patterns: string[]): string {
  if (!workspace) return '';
  const include: RegExp[] = [];
  const exclude: RegExp[] = [];
  for (const p of patterns) {
    if (p.startsWith('!')) exclude.push(globToRegExp(p.slice(1)));
    else include.push(globToRegExp(p));
  }
  const files: string[] = [];
  const walk = (dir: string): void => {
    let names: string[];
    try {
      names = readdirSync(dir);
    } catch {
      return;
    }
    for (const n of names) {
      if (n === '.git') continue;
      const full = join(dir, n);
      const st = statSync(full, { throwIfNoEntry: false });
      if (!st) continue;
      if (st.isDirectory()) walk(full);
      else if (st.isFile()) {
        const rel = relative(workspace, full);
        if (include.some((r) => r.test(rel)) && !exclude.some((r) => r.test(rel))) files.push(full);
      }
    }
  };
  walk(resolve(workspace));
  if (files.length === 0) return '';
  const all = createHash('sha256');
  for (const f of files.sort()) all.update(createHash('sha256').update(readFileSync(f)).digest());
  return all.digest('hex');
}

function globToRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i] as string;
    if (c === '*') {
      if (glob[i + 1] === '*') {
        i++;
        if (glob[i + 1] === '/') i++;
        re += '(?:.*/)?' + (glob[i + 1] === undefined ? '.*' : '');
      } else re += '[^/]*';
    } else if (c === '?') re += '[^/]';
    else re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re.replace(/^\.\//, '')}$`);
}

function toData(v: Json | undefined): data.ExpressionData {
  if (v === undefined) return new (ex().data.Null)();
  return JSON.parse(JSON.stringify(v), ex().data.reviver) as data.ExpressionData;
}

/** An evaluated value as plain JSON (dictionaries as objects). */
export function toJson(d: data.ExpressionData): Json {
  return JSON.parse(JSON.stringify(d, ex().data.replacer) ?? 'null') as Json;
}

/** Evaluates one expression (without `${{ }}`). Throws WorkflowError with the expression on a bad one. */
export function evaluate(
  expression: string,
  scope: Scope,
  where?: { file?: string; line?: number },
): data.ExpressionData {
  const names = CONTEXT_NAMES.filter((n) => n in scope.contexts);
  const functions = statusFunctions(scope);
  try {
    const lexed = new (ex().Lexer)(expression).lex();
    const tree = new (ex().Parser)(
      lexed.tokens,
      names,
      [...functions.values()].map(({ name, minArgs, maxArgs }) => ({ name, minArgs, maxArgs })),
    ).parse();
    const ctx = new (ex().data.Dictionary)();
    for (const n of names) ctx.add(n, toData(scope.contexts[n]));
    return new (ex().Evaluator)(tree, ctx, functions).evaluate();
  } catch (e) {
    throw new WorkflowError(
      `the expression \${{ ${expression} }} failed: ${errorMessage(e)}`,
      where?.file,
      where?.line,
    );
  }
}

/** GitHub's truthiness (@actions/expressions `falsy`): null, false, 0, NaN and '' are false. */
function truthy(d: data.ExpressionData): boolean {
  switch (d.kind) {
    case ex().data.Kind.Null:
      return false;
    case ex().data.Kind.Boolean:
      return (d as data.BooleanData).value;
    case ex().data.Kind.Number: {
      const v = (d as data.NumberData).value;
      return !(v === 0 || Number.isNaN(v));
    }
    case ex().data.Kind.String:
      return (d as data.StringData).value.length > 0;
    default:
      return true;
  }
}

export function isTruthy(d: data.ExpressionData): boolean {
  return truthy(d);
}

/** A condition (`if:`), already wrapped by GitHub's parser with `success() && (…)` when it has no status function. */
export function condition(
  expression: string,
  scope: Scope,
  where?: { file?: string; line?: number },
): boolean {
  return truthy(evaluate(expression, scope, where));
}

/** GitHub's string form of a value (true → 'true', 1.0 → '1', null → '', objects → 'Object'). */
export function asString(d: data.ExpressionData): string {
  return d.coerceString();
}

/** Evaluates a template token to plain JSON (mappings → objects, sequences → arrays, expressions → values). */
export function evaluateToken(token: TemplateToken, scope: Scope, file?: string): Json {
  const where = { file, line: token.range?.start.line };
  switch (token.templateTokenType) {
    case TokenType.String:
    case TokenType.Boolean:
    case TokenType.Number:
      return (token as LiteralToken & { value: string | number | boolean }).value;
    case TokenType.Null:
      return null;
    case TokenType.BasicExpression:
      return toJson(evaluate((token as BasicExpressionToken).expression, scope, where));
    case TokenType.Sequence: {
      const out: Json[] = [];
      for (const item of token as SequenceToken) out.push(evaluateToken(item, scope, file));
      return out;
    }
    case TokenType.Mapping: {
      const out: Record<string, Json> = {};
      for (const pair of token as MappingToken) {
        const key = evaluateToken(pair.key, scope, file);
        out[typeof key === 'string' ? key : String(key)] = evaluateToken(pair.value, scope, file);
      }
      return out;
    }
    default:
      throw new WorkflowError('${{ insert }} is not supported by the local runner', file, where.line);
  }
}

/** Evaluates a scalar token to GitHub's string form (what `with:`, `env:` and `run:` receive). */
export function evaluateString(token: TemplateToken | undefined, scope: Scope, file?: string): string {
  if (!token) return '';
  if (token.templateTokenType === TokenType.BasicExpression)
    return asString(
      evaluate((token as BasicExpressionToken).expression, scope, { file, line: token.range?.start.line }),
    );
  const v = evaluateToken(token, scope, file);
  if (v === null) return '';
  if (typeof v === 'object')
    throw new WorkflowError(
      'a mapping or a list was given where a string was expected',
      file,
      token.range?.start.line,
    );
  return String(v);
}

/** Evaluates a mapping of strings (`env:`, `with:`), keeping the order. */
export function evaluateStringMap(
  token: TemplateToken | undefined,
  scope: Scope,
  file?: string,
): Record<string, string> {
  const out: Record<string, string> = {};
  if (!token) return out;
  if (token.templateTokenType === TokenType.BasicExpression) {
    const v = evaluateToken(token, scope, file);
    if (!v || typeof v !== 'object' || Array.isArray(v))
      throw new WorkflowError('expected a mapping', file, token.range?.start.line);
    for (const [k, x] of Object.entries(v))
      out[k] = x === null ? '' : typeof x === 'object' ? JSON.stringify(x) : String(x);
    return out;
  }
  if (token.templateTokenType !== TokenType.Mapping)
    throw new WorkflowError('expected a mapping', file, token.range?.start.line);
  for (const pair of token as MappingToken) {
    out[evaluateString(pair.key, scope, file)] = evaluateString(pair.value, scope, file);
  }
  return out;
}

/** The mapping token's value at `key` (undefined when absent). */
export function child(token: TemplateToken | undefined, key: string): TemplateToken | undefined {
  if (!token || token.templateTokenType !== TokenType.Mapping) return undefined;
  for (const pair of token as MappingToken) {
    if (
      pair.key.templateTokenType === TokenType.String &&
      (pair.key as LiteralToken & { value: string }).value === key
    )
      return pair.value;
  }
  return undefined;
}

/** The keys of a mapping token with their tokens (for line numbers). */
export function entries(
  token: TemplateToken | undefined,
): { key: string; keyToken: TemplateToken; value: TemplateToken }[] {
  const out: { key: string; keyToken: TemplateToken; value: TemplateToken }[] = [];
  if (!token || token.templateTokenType !== TokenType.Mapping) return out;
  for (const pair of token as MappingToken)
    out.push({
      key: String((pair.key as LiteralToken & { value: unknown }).value),
      keyToken: pair.key,
      value: pair.value,
    });
  return out;
}

export function items(token: TemplateToken | undefined): TemplateToken[] {
  if (!token || token.templateTokenType !== TokenType.Sequence) return [];
  return [...(token as SequenceToken)];
}

export function lineOf(token: TemplateToken | undefined): number | undefined {
  return token?.range?.start.line;
}
