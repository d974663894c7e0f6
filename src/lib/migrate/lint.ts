/**
 * The expand–contract lint: flags statements that would make an app rollback need a schema rollback
 * (dropping or renaming what the previous version uses, narrowing a type, NOT NULL without a default) or that
 * lock a busy table for as long as they scan or build (validating a constraint, a plain CREATE INDEX), unless
 * the statement carries `-- keelson:allow <rule> <reason>` (or `allow-destructive` turns findings into
 * warnings). It reads the SQL only — no database — and follows the schema through the files in order, so it
 * knows a column's type and default, and which tables are new in this release (nothing uses them yet).
 */
import { headline, type Statement, type Token } from './sql.js';

export const RULES = {
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
} as const;

export type Rule = keyof typeof RULES;
export const RULE_NAMES = Object.keys(RULES) as Rule[];

export interface Finding {
  /** The file as shown (relative to the workspace). */
  file: string;
  line: number;
  rule: Rule;
  message: string;
  /** The statement, flattened and clipped. */
  statement: string;
  /** Set when a keelson:allow comment accepted the finding: its reason. */
  allowed?: string;
}

export interface LintFile {
  display: string;
  statements: Statement[];
  /** True/false for the built-in migrator; undefined for an external one (its tool decides). */
  transactional: boolean | undefined;
  /** Report findings in this file (false: read only to follow the schema, e.g. already applied files). */
  report: boolean;
}

export interface LintOptions {
  /**
   * Which tables count as new (created in this release, so nothing uses them yet):
   * `reported` — created in any reported file up to this one (the built-in migrator's pending files);
   * `same-file` — only in the same file (a folder linted without knowing what is applied).
   */
  newTables: 'reported' | 'same-file';
}

export interface LintResult {
  /** Findings not accepted by an allow comment. */
  findings: Finding[];
  /** Findings an allow comment accepted (shown in the summary, not failing). */
  allowed: Finding[];
}

// ── types ────────────────────────────────────────────────────────────────────────────────────────────────

type Family =
  'int' | 'float' | 'numeric' | 'varchar' | 'char' | 'text' | 'timestamp' | 'timestamptz' | 'date' | 'other';

interface SqlType {
  family: Family;
  /** int/float: bits; varchar/char: length; numeric: precision. Undefined = unbounded. */
  size?: number;
  scale?: number;
  array: boolean;
  name: string;
}

const INT_BITS: Record<string, number> = {
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
function parseType(tokens: Token[]): SqlType | undefined {
  const words: string[] = [];
  const nums: number[] = [];
  let array = false;
  let inParens = false;
  for (const t of tokens) {
    if (t.kind === 'punct' && t.text === '(') inParens = true;
    else if (t.kind === 'punct' && t.text === ')') inParens = false;
    else if (t.kind === 'punct' && (t.text === '[' || t.text === ']')) array = true;
    else if (t.kind === 'number' && inParens) nums.push(Number(t.text));
    else if (t.kind === 'word') {
      if (t.value === 'ARRAY') array = true;
      else words.push(t.value);
    } else if (t.kind === 'quoted-ident') words.push(t.value.toUpperCase());
  }
  const name = words
    .filter((w) => w !== 'PG_CATALOG')
    .join(' ')
    .replace(/^PG_CATALOG /, '');
  if (!name) return undefined;
  const base = name.split(' ')[0] as string;
  const shown = `${name.toLowerCase()}${nums.length ? `(${nums.join(',')})` : ''}${array ? '[]' : ''}`;
  const mk = (family: Family, size?: number, scale?: number): SqlType => ({
    family,
    size,
    scale,
    array,
    name: shown,
  });
  if (INT_BITS[base]) return mk('int', INT_BITS[base]);
  if (base === 'REAL' || base === 'FLOAT4') return mk('float', 32);
  if (name.startsWith('DOUBLE PRECISION') || base === 'FLOAT8') return mk('float', 64);
  if (base === 'FLOAT') return mk('float', nums[0] !== undefined && nums[0] <= 24 ? 32 : 64);
  if (base === 'NUMERIC' || base === 'DECIMAL')
    return mk('numeric', nums[0], nums[0] !== undefined ? (nums[1] ?? 0) : undefined);
  if (base === 'VARCHAR' || name.startsWith('CHARACTER VARYING')) return mk('varchar', nums[0]);
  if (base === 'CHAR' || base === 'CHARACTER' || base === 'BPCHAR') return mk('char', nums[0] ?? 1);
  if (base === 'TEXT') return mk('text');
  if (
    base === 'TIMESTAMPTZ' ||
    (base === 'TIMESTAMP' && name.includes('WITH TIME ZONE') && !name.includes('WITHOUT'))
  )
    return mk('timestamptz');
  if (base === 'TIMESTAMP') return mk('timestamp');
  if (base === 'DATE') return mk('date');
  return mk('other');
}

/** Why `to` narrows `from`, or undefined when it keeps every value `from` could hold. */
function narrowing(from: SqlType, to: SqlType): string | undefined {
  if (from.array !== to.array) return `${from.name} and ${to.name} differ in being arrays`;
  const smaller = (a?: number, b?: number): boolean => a !== undefined && (b === undefined || a < b);
  if (from.family === to.family) {
    switch (from.family) {
      case 'int':
      case 'float':
        return (to.size ?? 0) < (from.size ?? 0)
          ? `${to.name} holds fewer values than ${from.name}`
          : undefined;
      case 'numeric': {
        if (to.size === undefined) return undefined;
        if (from.size === undefined) return `${to.name} is bounded, ${from.name} is not`;
        const intDigits = (t: SqlType): number => (t.size ?? 0) - (t.scale ?? 0);
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
  const widening: [Family, Family][] = [
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
  if (from.family === 'text' && to.family === 'varchar' && to.size === undefined) return undefined;
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

// ── schema tracking ──────────────────────────────────────────────────────────────────────────────────────

interface ColumnInfo {
  type?: SqlType;
  hasDefault: boolean;
}
interface TableInfo {
  columns: Map<string, ColumnInfo>;
  /** Index of the file that created it, and whether that file is reported (new in this release). */
  createdIn: number;
  createdReported: boolean;
}

function ident(t: Token | undefined): string | undefined {
  if (!t) return undefined;
  if (t.kind === 'word') return t.text.toLowerCase();
  if (t.kind === 'quoted-ident') return t.value;
  return undefined;
}

/** Reads a possibly qualified name at `i`; `public.` is dropped. Returns the name and the index after it. */
function qualifiedName(tokens: Token[], i: number): { name?: string; next: number } {
  const parts: string[] = [];
  let k = i;
  for (;;) {
    const part = ident(tokens[k]);
    if (part === undefined) break;
    parts.push(part);
    k++;
    if (tokens[k]?.kind === 'punct' && tokens[k]?.text === '.') k++;
    else break;
  }
  if (parts.length === 0) return { next: i };
  if (parts.length > 1 && parts[0] === 'public') parts.shift();
  return { name: parts.join('.'), next: k };
}

function isWord(t: Token | undefined, ...values: string[]): boolean {
  return t?.kind === 'word' && values.includes(t.value);
}

/** Splits tokens on commas at parenthesis depth 0. */
function splitTopLevel(tokens: Token[]): Token[][] {
  const out: Token[][] = [[]];
  let depth = 0;
  for (const t of tokens) {
    if (t.kind === 'punct' && t.text === '(') depth++;
    if (t.kind === 'punct' && t.text === ')') depth--;
    if (depth === 0 && t.kind === 'punct' && t.text === ',') out.push([]);
    else (out[out.length - 1] as Token[]).push(t);
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

interface ColumnDef {
  name: string;
  type?: SqlType;
  notNull: boolean;
  hasDefault: boolean;
  generated: boolean;
  references: boolean;
  check: boolean;
  unique: boolean;
}

/** `name type [constraints…]` (a CREATE TABLE element or what follows ADD [COLUMN] [IF NOT EXISTS]). */
function columnDef(tokens: Token[]): ColumnDef | undefined {
  const name = ident(tokens[0]);
  if (!name) return undefined;
  let k = 1;
  let depth = 0;
  const typeTokens: Token[] = [];
  for (; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (t.kind === 'punct' && t.text === '(') depth++;
    if (t.kind === 'punct' && t.text === ')') depth--;
    if (depth === 0 && t.kind === 'word' && COLUMN_CONSTRAINT_START.has(t.value)) break;
    typeTokens.push(t);
  }
  const rest = tokens.slice(k);
  const words = rest.filter((t) => t.kind === 'word').map((t) => t.value);
  let notNull = false;
  for (let i = 0; i < words.length - 1; i++)
    if (words[i] === 'NOT' && words[i + 1] === 'NULL') notNull = true;
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

// ── the lint ─────────────────────────────────────────────────────────────────────────────────────────────

interface Allow {
  rule: string;
  reason: string;
  line: number;
}

const ALLOW = /keelson:allow(?:\s+([\w-]+))?(?:\s+(.*?))?\s*(?:\*\/)?$/;

function allowsOf(st: Statement): Allow[] {
  const out: Allow[] = [];
  for (const c of st.comments) {
    const body = c.text.replace(/^--\s*|^\/\*\s*/, '');
    if (!body.startsWith('keelson:allow')) continue;
    const m = ALLOW.exec(body);
    out.push({ rule: m?.[1] ?? '', reason: (m?.[2] ?? '').trim(), line: c.line });
  }
  return out;
}

export function lint(files: LintFile[], opts: LintOptions): LintResult {
  const tables = new Map<string, TableInfo>();
  const findings: Finding[] = [];
  const allowed: Finding[] = [];

  files.forEach((file, fileIndex) => {
    for (const st of file.statements) {
      const raw: Omit<Finding, 'file' | 'statement'>[] = [];
      const flag = (rule: Rule, at: Token | undefined, message: string): void => {
        raw.push({ rule, line: at?.line ?? st.line, message });
      };
      const isNew = (table: string | undefined): boolean => {
        if (!table) return false;
        const info = tables.get(table);
        if (!info) return false;
        if (info.createdIn === fileIndex) return true;
        return opts.newTables === 'reported' && info.createdReported && file.report;
      };
      analyse(st, file, fileIndex, tables, flag, isNew);
      if (!file.report) continue;
      const allows = allowsOf(st);
      for (const a of allows) {
        if (!(RULE_NAMES as string[]).includes(a.rule) || a.rule === 'invalid-allow') {
          findings.push({
            file: file.display,
            line: a.line,
            rule: 'invalid-allow',
            message: `keelson:allow names ${a.rule ? `an unknown rule '${a.rule}'` : 'no rule'}. Expected one of: ${RULE_NAMES.filter((r) => r !== 'invalid-allow').join(', ')}.`,
            statement: headline(st),
          });
        } else if (!a.reason) {
          findings.push({
            file: file.display,
            line: a.line,
            rule: 'invalid-allow',
            message: `keelson:allow ${a.rule} needs a reason after the rule (why this is safe to ship), e.g. -- keelson:allow ${a.rule} no deployed version reads it since v41.`,
            statement: headline(st),
          });
        }
      }
      for (const f of raw) {
        const finding: Finding = { ...f, file: file.display, statement: headline(st) };
        const allow = allows.find((a) => a.rule === f.rule && a.reason);
        if (allow) allowed.push({ ...finding, allowed: allow.reason });
        else findings.push(finding);
      }
    }
  });
  const order = (a: Finding, b: Finding): number =>
    files.findIndex((f) => f.display === a.file) - files.findIndex((f) => f.display === b.file) ||
    a.line - b.line;
  return { findings: findings.sort(order), allowed: allowed.sort(order) };
}

type Flag = (rule: Rule, at: Token | undefined, message: string) => void;

function analyse(
  st: Statement,
  file: LintFile,
  fileIndex: number,
  tables: Map<string, TableInfo>,
  flag: Flag,
  isNew: (table: string | undefined) => boolean,
): void {
  const t = st.tokens;
  const w = (i: number): string => (t[i]?.kind === 'word' ? (t[i] as Token).value : '');
  const noTx = file.transactional === false;

  // CREATE TABLE
  if (w(0) === 'CREATE') {
    let i = 1;
    if (w(i) === 'OR' && w(i + 1) === 'REPLACE') i += 2;
    while (['GLOBAL', 'LOCAL', 'TEMP', 'TEMPORARY', 'UNLOGGED'].includes(w(i))) i++;
    if (w(i) === 'TABLE') {
      i++;
      const ifNotExists = w(i) === 'IF' && w(i + 1) === 'NOT' && w(i + 2) === 'EXISTS';
      if (ifNotExists) i += 3;
      const { name, next } = qualifiedName(t, i);
      if (!name) return;
      const info: TableInfo = tables.get(name) ?? {
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
        flag(
          'no-transaction-idempotent',
          t[0],
          notIdempotent(`CREATE TABLE ${name}`, 'CREATE TABLE IF NOT EXISTS'),
        );
      }
      return;
    }
    // CREATE [UNIQUE] INDEX [CONCURRENTLY] [[IF NOT EXISTS] name] ON [ONLY] table
    if (w(i) === 'UNIQUE') i++;
    if (w(i) === 'INDEX') {
      i++;
      const concurrently = w(i) === 'CONCURRENTLY';
      if (concurrently) i++;
      const ifNotExists = w(i) === 'IF' && w(i + 1) === 'NOT' && w(i + 2) === 'EXISTS';
      if (ifNotExists) i += 3;
      let indexName: string | undefined;
      if (w(i) !== 'ON') {
        const q = qualifiedName(t, i);
        indexName = q.name;
        i = q.next;
      }
      if (w(i) !== 'ON') return;
      i++;
      if (w(i) === 'ONLY') i++;
      const { name: table } = qualifiedName(t, i);
      if (!concurrently && !isNew(table)) {
        flag(
          'create-index-concurrently',
          t[0],
          `CREATE INDEX on ${table ?? 'an existing table'} without CONCURRENTLY blocks every write to the table until the index is built. ` +
            'Use CREATE INDEX CONCURRENTLY in a migration marked -- keelson:no-transaction.',
        );
      }
      if (concurrently && file.transactional === true) {
        flag(
          'concurrently-in-transaction',
          t[0],
          'CREATE INDEX CONCURRENTLY cannot run inside a transaction block, and Keelson runs each migration in one. ' +
            "Put '-- keelson:no-transaction' in this file (and nothing else that needs a transaction).",
        );
      }
      if (noTx) {
        const dropped = indexName !== undefined && droppedFirst(file, st, indexName);
        if (!dropped) {
          flag(
            'no-transaction-idempotent',
            t[0],
            notIdempotent(
              `CREATE INDEX${indexName ? ` ${indexName}` : ''}`,
              indexName
                ? `DROP INDEX CONCURRENTLY IF EXISTS ${indexName} before it (a failed CONCURRENTLY build leaves an INVALID index that IF NOT EXISTS would keep)`
                : 'a named index, dropped with DROP INDEX CONCURRENTLY IF EXISTS before it',
            ),
          );
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
      if (ifExists) i += 2;
      const names: string[] = [];
      for (const part of splitTopLevel(t.slice(i))) {
        const { name } = qualifiedName(part, 0);
        if (name) names.push(name);
      }
      const old = names.filter((n) => !isNew(n));
      if (old.length > 0) {
        flag(
          'drop-table',
          t[0],
          `DROP TABLE ${old.join(', ')}: the app version running now (and the one a rollback returns to) may still use it, and the data is gone. ` +
            'Stop using the table in one release; drop it in a later release with -- keelson:allow drop-table <reason>.',
        );
      }
      for (const n of names) tables.delete(n);
      if (noTx && !ifExists)
        flag('no-transaction-idempotent', t[0], notIdempotent('DROP TABLE', 'DROP TABLE IF EXISTS'));
      return;
    }
    if (w(1) === 'INDEX') {
      const concurrently = w(2) === 'CONCURRENTLY';
      const ifExists = w(concurrently ? 3 : 2) === 'IF';
      if (concurrently && file.transactional === true) {
        flag(
          'concurrently-in-transaction',
          t[0],
          "DROP INDEX CONCURRENTLY cannot run inside a transaction block. Put '-- keelson:no-transaction' in this file.",
        );
      }
      if (noTx && !ifExists)
        flag(
          'no-transaction-idempotent',
          t[0],
          notIdempotent('DROP INDEX', 'DROP INDEX CONCURRENTLY IF EXISTS'),
        );
    }
    return;
  }

  if (w(0) === 'REINDEX' && file.transactional === true && t.some((x) => isWord(x, 'CONCURRENTLY'))) {
    flag(
      'concurrently-in-transaction',
      t[0],
      "REINDEX CONCURRENTLY cannot run inside a transaction block. Put '-- keelson:no-transaction' in this file.",
    );
    return;
  }

  if (w(0) !== 'ALTER') return;
  // ALTER VIEW / MATERIALIZED VIEW … RENAME
  if (w(1) === 'VIEW' || (w(1) === 'MATERIALIZED' && w(2) === 'VIEW')) {
    const at = t.findIndex((x) => isWord(x, 'RENAME'));
    if (at >= 0) {
      const { name } = qualifiedName(
        t,
        w(1) === 'VIEW' ? 2 + (w(2) === 'IF' ? 2 : 0) : 3 + (w(3) === 'IF' ? 2 : 0),
      );
      flag('rename', t[at], renameMessage(`view ${name ?? ''}`.trim()));
    }
    return;
  }
  if (w(1) !== 'TABLE') return;
  let i = 2;
  if (w(i) === 'IF' && w(i + 1) === 'EXISTS') i += 2;
  if (w(i) === 'ONLY') i++;
  const { name: table, next } = qualifiedName(t, i);
  if (!table) return;
  i = next;
  if (t[i]?.text === '*') i++;
  const fresh = isNew(table);
  const info = tables.get(table);
  for (const action of splitTopLevel(t.slice(i))) {
    alterAction(action, { table, fresh, info, tables }, file, flag);
  }
}

function alterAction(
  a: Token[],
  target: { table: string; fresh: boolean; info: TableInfo | undefined; tables: Map<string, TableInfo> },
  file: LintFile,
  flag: Flag,
): void {
  const { table, fresh, info, tables } = target;
  const w = (i: number): string => (a[i]?.kind === 'word' ? (a[i] as Token).value : '');
  const noTx = file.transactional === false;
  if (w(0) === 'ADD') {
    let i = 1;
    const tableConstraint = isWord(a[i], 'CONSTRAINT', 'CHECK', 'FOREIGN', 'UNIQUE', 'PRIMARY', 'EXCLUDE');
    if (tableConstraint) {
      const words = a.filter((x) => x.kind === 'word').map((x) => x.value);
      const notValid = words.some((x, k) => x === 'NOT' && words[k + 1] === 'VALID');
      if (fresh) return;
      if (words.includes('FOREIGN') && !notValid) {
        flag(
          'foreign-key-not-valid',
          a[0],
          `ADD FOREIGN KEY on ${table} without NOT VALID checks every row while holding a lock on ${table} and the table it references. ` +
            'Add it with NOT VALID, then VALIDATE CONSTRAINT in a later migration (that takes only a SHARE UPDATE EXCLUSIVE lock).',
        );
      } else if (words.includes('CHECK') && !notValid) {
        flag(
          'check-not-valid',
          a[0],
          `ADD CHECK on ${table} without NOT VALID scans every row under an ACCESS EXCLUSIVE lock. ` +
            'Add it with NOT VALID, then VALIDATE CONSTRAINT in a later migration.',
        );
      } else if ((words.includes('UNIQUE') || words.includes('PRIMARY')) && !words.includes('USING')) {
        flag(
          'create-index-concurrently',
          a[0],
          `ADD ${words.includes('UNIQUE') ? 'UNIQUE' : 'PRIMARY KEY'} on ${table} builds its index while blocking writes. ` +
            'CREATE UNIQUE INDEX CONCURRENTLY first (in a keelson:no-transaction migration), then ADD CONSTRAINT … USING INDEX.',
        );
      }
      return;
    }
    if (w(i) === 'COLUMN') i++;
    const ifNotExists = w(i) === 'IF' && w(i + 1) === 'NOT' && w(i + 2) === 'EXISTS';
    if (ifNotExists) i += 3;
    const col = columnDef(a.slice(i));
    if (!col) return;
    info?.columns.set(col.name, { type: col.type, hasDefault: col.hasDefault || col.generated });
    if (noTx && !ifNotExists) {
      flag(
        'no-transaction-idempotent',
        a[0],
        notIdempotent(`ADD COLUMN ${col.name}`, 'ADD COLUMN IF NOT EXISTS'),
      );
    }
    if (fresh) return;
    if (col.notNull && !col.hasDefault && !col.generated) {
      flag(
        'set-not-null',
        a[0],
        `ADD COLUMN ${table}.${col.name} NOT NULL without a DEFAULT fails on a table with rows, and the app version running now does not write the column, so its inserts would fail. ` +
          'Add the column with a DEFAULT (or nullable, then backfill and enforce it in a later release).',
      );
    }
    if (col.references) {
      flag(
        'foreign-key-not-valid',
        a[0],
        `ADD COLUMN ${table}.${col.name} REFERENCES validates the new foreign key while locking ${table} and the table it references. ` +
          'Add the column without REFERENCES, then ADD CONSTRAINT … FOREIGN KEY … NOT VALID and VALIDATE CONSTRAINT later.',
      );
    }
    if (col.check) {
      flag(
        'check-not-valid',
        a[0],
        `ADD COLUMN ${table}.${col.name} with a CHECK checks every row under an ACCESS EXCLUSIVE lock. ` +
          'Add the column, then ADD CONSTRAINT … CHECK … NOT VALID and VALIDATE CONSTRAINT later.',
      );
    }
    if (col.unique) {
      flag(
        'create-index-concurrently',
        a[0],
        `ADD COLUMN ${table}.${col.name} UNIQUE builds an index while blocking writes. ` +
          'Add the column, then CREATE UNIQUE INDEX CONCURRENTLY in a keelson:no-transaction migration.',
      );
    }
    return;
  }
  if (w(0) === 'DROP') {
    if (w(1) === 'CONSTRAINT') return;
    let i = 1;
    if (w(i) === 'COLUMN') i++;
    const ifExists = w(i) === 'IF' && w(i + 1) === 'EXISTS';
    if (ifExists) i += 2;
    const column = ident(a[i]);
    if (!column) return;
    info?.columns.delete(column);
    if (noTx && !ifExists)
      flag(
        'no-transaction-idempotent',
        a[0],
        notIdempotent(`DROP COLUMN ${column}`, 'DROP COLUMN IF EXISTS'),
      );
    if (fresh) return;
    flag(
      'drop-column',
      a[0],
      `DROP COLUMN ${table}.${column}: the app version running now (and the one a rollback returns to) may still read or write it, and the data is gone. ` +
        'Stop using the column in one release; drop it in a later release with -- keelson:allow drop-column <reason>.',
    );
    return;
  }
  if (w(0) === 'RENAME') {
    if (w(1) === 'CONSTRAINT') return;
    if (w(1) === 'TO') {
      const to = ident(a[2]);
      if (info && to) {
        // follow the table under its new name
        tables.delete(table);
        tables.set(to, info);
      }
      if (!fresh) flag('rename', a[0], renameMessage(`table ${table}`));
      return;
    }
    const column = ident(a[w(1) === 'COLUMN' ? 2 : 1]);
    const to = ident(a[w(1) === 'COLUMN' ? 4 : 3]);
    if (info && column && to) {
      const c = info.columns.get(column);
      info.columns.delete(column);
      if (c) info.columns.set(to, c);
    }
    if (!fresh) flag('rename', a[0], renameMessage(`column ${table}.${column ?? ''}`));
    return;
  }
  if (w(0) === 'ALTER') {
    let i = 1;
    if (w(i) === 'COLUMN') i++;
    const column = ident(a[i]);
    if (!column) return;
    i++;
    const col = info?.columns.get(column);
    if (w(i) === 'SET' && w(i + 1) === 'DEFAULT') {
      if (info) info.columns.set(column, { ...(col ?? {}), hasDefault: true });
      return;
    }
    if (w(i) === 'DROP' && w(i + 1) === 'DEFAULT') {
      if (info) info.columns.set(column, { ...(col ?? {}), hasDefault: false });
      return;
    }
    if (w(i) === 'SET' && w(i + 1) === 'NOT' && w(i + 2) === 'NULL') {
      if (fresh || col?.hasDefault) return;
      flag(
        'set-not-null',
        a[0],
        `SET NOT NULL on ${table}.${column}, which has no default: inserts from the app version running now that leave it out fail, and the check scans ${table} under an ACCESS EXCLUSIVE lock. ` +
          `SET DEFAULT first, or ADD CONSTRAINT … CHECK (${column} IS NOT NULL) NOT VALID, VALIDATE it, then SET NOT NULL.`,
      );
      return;
    }
    let k = i;
    if (w(k) === 'SET' && w(k + 1) === 'DATA') k += 2;
    if (w(k) === 'TYPE') {
      const typeTokens: Token[] = [];
      for (k++; k < a.length; k++) {
        const x = a[k] as Token;
        if (isWord(x, 'USING', 'COLLATE')) break;
        typeTokens.push(x);
      }
      const to = parseType(typeTokens);
      if (!to) return;
      const why = col?.type ? narrowing(col.type, to) : 'its current type is not known from these migrations';
      if (info) info.columns.set(column, { ...(col ?? { hasDefault: false }), type: to });
      if (fresh || !why) return;
      flag(
        'type-narrowing',
        a[0],
        `ALTER COLUMN ${table}.${column} TYPE ${to.name}: ${why}. Values the app version running now writes may not fit, rolling the app back would need the old type, and the table is rewritten under an ACCESS EXCLUSIVE lock. ` +
          'Add a new column of the new type, write both, backfill, then switch.',
      );
    }
  }
}

function renameMessage(what: string): string {
  return (
    `RENAME of ${what}: the app version running now (and the one a rollback returns to) uses the old name and breaks the moment this commits. ` +
    'Expand and contract instead: add the new name (a column, or a view over the table), write both, move reads, drop the old one in a later release.'
  );
}

function notIdempotent(what: string, instead: string): string {
  return (
    `${what} in a keelson:no-transaction migration is not idempotent: if a later statement fails, the file runs again from its first statement and this one fails. ` +
    `Use ${instead}.`
  );
}

function matching(t: Token[], open: number): number {
  let depth = 0;
  for (let k = open; k < t.length; k++) {
    if (t[k]?.text === '(') depth++;
    if (t[k]?.text === ')' && --depth === 0) return k;
  }
  return t.length;
}

/** True when the file drops index `name` with IF EXISTS before `st` (the idempotent CONCURRENTLY pattern). */
function droppedFirst(file: LintFile, st: Statement, name: string): boolean {
  for (const s of file.statements) {
    if (s === st) return false;
    const w = s.tokens.filter((x) => x.kind === 'word' || x.kind === 'quoted-ident');
    if (!isWord(w[0], 'DROP') || !isWord(w[1], 'INDEX')) continue;
    let i = 2;
    if (isWord(w[i], 'CONCURRENTLY')) i++;
    if (!isWord(w[i], 'IF') || !isWord(w[i + 1], 'EXISTS')) continue;
    const { name: dropped } = qualifiedName(s.tokens, s.tokens.indexOf(w[i + 2] as Token));
    if (dropped === name) return true;
  }
  return false;
}
