/**
 * PostgreSQL SQL lexing and statement splitting, as psql splits a file for `psql -f`: semicolons end a
 * statement except inside quotes ('…', E'…', "…", $tag$…$tag$), comments (-- and nested block comments), parentheses,
 * and the BEGIN … END body of a SQL-standard CREATE FUNCTION/PROCEDURE. Every token keeps its offset so an
 * error PostgreSQL reports at a position inside a statement maps back to the file's line.
 */

export type TokenKind = 'word' | 'quoted-ident' | 'string' | 'number' | 'punct' | 'comment' | 'param';

export interface Token {
  kind: TokenKind;
  /** The source text of the token. */
  text: string;
  /** For words: upper-cased; for quoted identifiers: the identifier; otherwise the text. */
  value: string;
  start: number;
  end: number;
  line: number;
}

export interface Statement {
  /** The statement's source, from its first token to its last (no terminating semicolon). */
  text: string;
  /** Offset of `text` in the file. */
  start: number;
  end: number;
  /** 1-based line of the statement's first token. */
  line: number;
  /** Tokens without comments. */
  tokens: Token[];
  /** Comments that belong to this statement: the ones before it, inside it, and trailing on its last line. */
  comments: Token[];
}

export class SqlSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message);
  }
}

function isIdentStart(c: string): boolean {
  const k = c.charCodeAt(0);
  return (k >= 97 && k <= 122) || (k >= 65 && k <= 90) || k === 95 || k >= 128;
}
function isIdentChar(c: string): boolean {
  const k = c.charCodeAt(0);
  return (
    (k >= 97 && k <= 122) || (k >= 65 && k <= 90) || (k >= 48 && k <= 57) || k === 95 || k === 36 || k >= 128
  );
}

/** Tokens of a SQL text. Throws SqlSyntaxError for an unterminated quote or comment. */
export function lex(sql: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const n = sql.length;
  // tokens are produced in order: lines are counted forward from the last token's start
  let cursor = { at: 0, line: 1 };
  const lineAt = (offset: number): number => {
    let { at, line } = cursor;
    for (; at < offset; at++) if (sql.charCodeAt(at) === 10) line++;
    cursor = { at, line };
    return line;
  };
  const push = (kind: TokenKind, start: number, value?: string): void => {
    const text = sql.slice(start, i);
    tokens.push({ kind, text, value: value ?? text, start, end: i, line: lineAt(start) });
  };
  while (i < n) {
    const c = sql[i] as string;
    const start = i;
    if (c === ' ' || c === '\t' || c === '\r' || c === '\n' || c === '\f') {
      i++;
      continue;
    }
    if (c === '-' && sql[i + 1] === '-') {
      while (i < n && sql[i] !== '\n') i++;
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
        } else if (sql[i] === '*' && sql[i + 1] === '/') {
          depth--;
          i += 2;
        } else i++;
      }
      if (depth > 0) throw new SqlSyntaxError('unterminated /* comment', lineAt(start));
      push('comment', start);
      continue;
    }
    // E'…' (backslash escapes), U&'…', B'…', X'…', N'…' string prefixes
    if (/[EeUuBbXxNn]/.test(c)) {
      const escape = c === 'E' || c === 'e';
      let q = i + 1;
      if ((c === 'U' || c === 'u') && sql[i + 1] === '&') q = i + 2;
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
        if (close < 0) throw new SqlSyntaxError(`unterminated dollar-quoted string ${tag}`, lineAt(start));
        i = close + tag.length;
        push('string', start);
        continue;
      }
      if (/\d/.test(sql[i + 1] ?? '')) {
        i++;
        while (i < n && /\d/.test(sql[i] as string)) i++;
        push('param', start);
        continue;
      }
    }
    if (isIdentStart(c)) {
      while (i < n && isIdentChar(sql[i] as string)) i++;
      push('word', start, sql.slice(start, i).toUpperCase());
      continue;
    }
    if (/\d/.test(c) || (c === '.' && /\d/.test(sql[i + 1] ?? ''))) {
      while (i < n && /[0-9._eE]/.test(sql[i] as string)) {
        if ((sql[i] === 'e' || sql[i] === 'E') && (sql[i + 1] === '-' || sql[i + 1] === '+')) i++;
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

  function readString(backslashEscapes: boolean): void {
    const start = i;
    i++; // opening quote
    for (;;) {
      if (i >= n) throw new SqlSyntaxError('unterminated quoted string', lineAt(start));
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

  function readQuotedIdent(): string {
    const start = i;
    i++;
    let out = '';
    for (;;) {
      if (i >= n) throw new SqlSyntaxError('unterminated quoted identifier', lineAt(start));
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
function routineFrom(words: string[]): boolean | undefined {
  if (words[0] !== 'CREATE') return words.length > 0 ? false : undefined;
  if (words.length < 2) return undefined;
  if (words[1] !== 'OR') return ROUTINE.has(words[1] as string);
  if (words.length < 4) return undefined;
  return words[2] === 'REPLACE' && ROUTINE.has(words[3] as string);
}

/**
 * Splits SQL into statements the way psql does. Empty statements (`;;`) are dropped. Comments between two
 * statements belong to the next one, except a comment that starts on the line where the previous statement
 * ended (`DROP …; -- keelson:allow …`), which belongs to the previous one.
 */
export function splitStatements(sql: string): Statement[] {
  const tokens = lex(sql);
  const out: Statement[] = [];
  let current: Token[] = [];
  let comments: Token[] = [];
  let depth = 0;
  let blockDepth = 0;
  let firstWords: string[] = [];
  let routine: boolean | undefined;
  let lastEnd: { line: number; statement: Statement } | undefined;
  const finish = (): void => {
    if (current.length > 0) {
      const first = current[0] as Token;
      const last = current[current.length - 1] as Token;
      const st: Statement = {
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
      if (current.length === 0 && lastEnd && t.line === lastEnd.line) lastEnd.statement.comments.push(t);
      else comments.push(t);
      continue;
    }
    if (t.kind === 'punct' && t.text === ';' && depth === 0 && blockDepth === 0) {
      finish();
      continue;
    }
    if (current.length === 0) lastEnd = undefined;
    current.push(t);
    if (t.kind === 'punct') {
      if (t.text === '(') depth++;
      else if (t.text === ')') depth = Math.max(0, depth - 1);
    } else if (t.kind === 'word') {
      if (routine === undefined) {
        firstWords.push(t.value);
        routine = routineFrom(firstWords);
      }
      if (!routine) continue;
      // SQL-standard routine bodies: BEGIN ATOMIC … END may hold semicolons (CASE … END nests inside)
      if (t.value === 'BEGIN' || (t.value === 'CASE' && blockDepth > 0)) blockDepth++;
      else if (t.value === 'END' && blockDepth > 0) blockDepth--;
    }
  }
  if (current.length > 0) finish();
  else if (comments.length > 0 && out.length > 0) {
    // trailing comments after the last statement: keep them with it
    (out[out.length - 1] as Statement).comments.push(...comments);
  }
  return out;
}

function countNewlines(s: string): number {
  let k = 0;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) === 10) k++;
  return k;
}

/** 1-based line of an offset in `text`. */
export function lineOf(text: string, offset: number): number {
  let line = 1;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** The statement's words, for messages: `ALTER TABLE users DROP COLUMN email` (first line, clipped). */
export function headline(st: Statement, max = 100): string {
  const flat = st.text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
