/**
 * The SQL splitter (what the built-in migrator executes statement by statement, like psql -f) and the
 * expand–contract lint: every rule fires on the statement that breaks a rollback or locks a table, stays
 * quiet on the safe form, and is accepted by its allow comment with a reason.
 */
import { describe, expect, it } from '@jest/globals';
import { lint, RULE_NAMES, type LintFile } from '../src/lib/migrate/lint.js';
import { splitStatements } from '../src/lib/migrate/sql.js';

describe('splitStatements', () => {
  it('splits on semicolons outside quotes, comments, dollar quotes and parentheses, keeping lines', () => {
    const sql = [
      '-- leading comment; not a statement',
      "INSERT INTO t VALUES ('a;b', E'it\\'s;', \"odd;name\");",
      '/* block /* nested; */ still comment; */',
      'CREATE FUNCTION f() RETURNS int LANGUAGE plpgsql AS $body$',
      'BEGIN',
      '  RETURN 1; -- inside the body',
      'END;',
      '$body$;',
      'CREATE FUNCTION g() RETURNS int LANGUAGE sql',
      'BEGIN ATOMIC',
      '  SELECT CASE WHEN true THEN 1 ELSE 2 END;',
      '  SELECT 2;',
      'END;',
      'SELECT 1;;',
      'SELECT $1 FROM x',
    ].join('\n');
    const st = splitStatements(sql);
    expect(st.map((s) => s.line)).toEqual([2, 4, 9, 14, 15]);
    expect(st[0]?.text).toBe("INSERT INTO t VALUES ('a;b', E'it\\'s;', \"odd;name\")");
    expect(st[1]?.text.endsWith('$body$')).toBe(true);
    expect(st[2]?.text.split('\n')).toHaveLength(5);
    expect(st[4]?.text).toBe('SELECT $1 FROM x');
    // the leading comment belongs to the first statement, the block comment to the function
    expect(st[0]?.comments.map((c) => c.line)).toEqual([1]);
    expect(st[1]?.comments.map((c) => c.line)).toEqual([3]);
  });

  it('gives a trailing comment on the same line to the statement before it', () => {
    const st = splitStatements(
      'ALTER TABLE a DROP COLUMN b; -- keelson:allow drop-column gone since v3\nSELECT 1;',
    );
    expect(st[0]?.comments.map((c) => c.text)).toEqual(['-- keelson:allow drop-column gone since v3']);
    expect(st[1]?.comments).toEqual([]);
  });

  it('reports an unterminated quote with its line', () => {
    expect(() => splitStatements("SELECT 1;\nSELECT 'oops;\n")).toThrow(/unterminated quoted string/);
  });
});

const BASE = `CREATE TABLE users (id bigint PRIMARY KEY, email varchar(200), name text NOT NULL DEFAULT '', age integer, amount numeric(10,2));
CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint);`;

/** Lints `sql` as a new (pending) migration after the applied BASE schema. */
function lintNew(sql: string, opts: { transactional?: boolean } = {}) {
  const files: LintFile[] = [
    {
      display: 'migrations/0001_base.sql',
      statements: splitStatements(BASE),
      transactional: true,
      report: false,
    },
    {
      display: 'migrations/0002_new.sql',
      statements: splitStatements(sql),
      transactional: opts.transactional ?? true,
      report: true,
    },
  ];
  return lint(files, { newTables: 'reported' });
}

const rules = (sql: string, opts?: { transactional?: boolean }): string[] =>
  lintNew(sql, opts).findings.map((f) => `${f.line}:${f.rule}`);

describe('expand–contract lint rules', () => {
  const cases: [string, string, string[], string][] = [
    // [rule, unsafe SQL, expected findings, safe alternative]
    ['drop-table', 'DROP TABLE orders;', ['1:drop-table'], 'CREATE TABLE tmp (x int);\nDROP TABLE tmp;'],
    [
      'drop-column',
      'ALTER TABLE users\n  DROP COLUMN age;',
      ['2:drop-column'],
      'ALTER TABLE users ADD COLUMN age2 integer;',
    ],
    [
      'drop-column (no COLUMN keyword)',
      'ALTER TABLE users DROP age;',
      ['1:drop-column'],
      'ALTER TABLE users DROP CONSTRAINT users_pkey;',
    ],
    [
      'rename column',
      'ALTER TABLE users RENAME COLUMN name TO full_name;',
      ['1:rename'],
      'ALTER TABLE users RENAME CONSTRAINT a TO b;',
    ],
    [
      'rename table',
      'ALTER TABLE orders RENAME TO purchases;',
      ['1:rename'],
      'CREATE TABLE x (id int);\nALTER TABLE x RENAME TO y;',
    ],
    [
      'rename view',
      'ALTER VIEW active_users RENAME TO live_users;',
      ['1:rename'],
      'CREATE VIEW v AS SELECT 1;',
    ],
    [
      'set-not-null',
      'ALTER TABLE users ALTER COLUMN age SET NOT NULL;',
      ['1:set-not-null'],
      'ALTER TABLE users ALTER COLUMN name SET NOT NULL;',
    ],
    [
      'set-not-null after SET DEFAULT',
      'ALTER TABLE users ADD COLUMN plan text NOT NULL;',
      ['1:set-not-null'],
      "ALTER TABLE users ALTER COLUMN age SET DEFAULT 0;\nALTER TABLE users ALTER COLUMN age SET NOT NULL;\nALTER TABLE users ADD COLUMN plan text NOT NULL DEFAULT 'free';",
    ],
    [
      'type-narrowing',
      'ALTER TABLE users ALTER COLUMN email TYPE varchar(100);',
      ['1:type-narrowing'],
      'ALTER TABLE users ALTER COLUMN email TYPE varchar(320);\nALTER TABLE users ALTER COLUMN name TYPE text;',
    ],
    [
      'type-narrowing (numeric, int)',
      'ALTER TABLE users ALTER COLUMN amount TYPE numeric(8,2), ALTER COLUMN id TYPE integer;',
      ['1:type-narrowing', '1:type-narrowing'],
      'ALTER TABLE users ALTER COLUMN amount SET DATA TYPE numeric(12,2), ALTER COLUMN age TYPE bigint;',
    ],
    [
      'foreign-key-not-valid',
      'ALTER TABLE orders ADD CONSTRAINT orders_user_fk FOREIGN KEY (user_id) REFERENCES users (id);',
      ['1:foreign-key-not-valid'],
      'ALTER TABLE orders ADD CONSTRAINT orders_user_fk FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID;\nALTER TABLE orders VALIDATE CONSTRAINT orders_user_fk;',
    ],
    [
      'foreign-key-not-valid (inline REFERENCES)',
      'ALTER TABLE orders ADD COLUMN buyer_id bigint REFERENCES users (id);',
      ['1:foreign-key-not-valid'],
      'CREATE TABLE refunds (id bigint, order_id bigint REFERENCES orders (id));',
    ],
    [
      'check-not-valid',
      'ALTER TABLE users ADD CONSTRAINT age_positive CHECK (age > 0);',
      ['1:check-not-valid'],
      'ALTER TABLE users ADD CONSTRAINT age_positive CHECK (age > 0) NOT VALID;',
    ],
    [
      'create-index-concurrently',
      'CREATE INDEX users_email_idx ON users (email);',
      ['1:create-index-concurrently'],
      'CREATE TABLE events (id bigint, at timestamptz);\nCREATE INDEX events_at_idx ON events (at);',
    ],
    [
      'create-index-concurrently (ADD UNIQUE)',
      'ALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE (email);',
      ['1:create-index-concurrently'],
      'ALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE USING INDEX users_email_idx;',
    ],
  ];
  it.each(cases)('%s', (_name, unsafe, expected, safe) => {
    expect(rules(unsafe)).toEqual(expected);
    expect(rules(safe)).toEqual([]);
  });

  it('concurrently-in-transaction: CONCURRENTLY needs a keelson:no-transaction file', () => {
    const sql = 'CREATE INDEX CONCURRENTLY users_email_idx ON users (email);';
    expect(rules(sql)).toEqual(['1:concurrently-in-transaction']);
  });

  it('no-transaction-idempotent: a re-run of a no-transaction file must not fail or keep an INVALID index', () => {
    expect(
      rules(
        '-- keelson:no-transaction\nCREATE INDEX CONCURRENTLY IF NOT EXISTS users_email_idx ON users (email);\nALTER TABLE users ADD COLUMN x int;',
        { transactional: false },
      ),
    ).toEqual(['2:no-transaction-idempotent', '3:no-transaction-idempotent']);
    expect(
      rules(
        '-- keelson:no-transaction\nDROP INDEX CONCURRENTLY IF EXISTS users_email_idx;\nCREATE INDEX CONCURRENTLY users_email_idx ON users (email);\nALTER TABLE users ADD COLUMN IF NOT EXISTS x int;',
        { transactional: false },
      ),
    ).toEqual([]);
  });

  it('every rule has a case above', () => {
    const covered = new Set([
      'concurrently-in-transaction',
      'no-transaction-idempotent',
      'invalid-allow',
      'rename',
    ]);
    for (const c of cases) covered.add(c[0].split(' ')[0] as string);
    expect(RULE_NAMES.filter((r) => !covered.has(r))).toEqual([]);
  });

  it('does not flag statements in applied (context) files, only in the reported ones', () => {
    const result = lint(
      [
        {
          display: 'a.sql',
          statements: splitStatements('CREATE TABLE t (a int);\nALTER TABLE t DROP COLUMN a;'),
          transactional: true,
          report: false,
        },
        { display: 'b.sql', statements: splitStatements('SELECT 1;'), transactional: true, report: true },
      ],
      { newTables: 'reported' },
    );
    expect(result.findings).toEqual([]);
  });

  it('a table created in an earlier pending file is new; with same-file it is not', () => {
    const files = (report: boolean): LintFile[] => [
      {
        display: '1.sql',
        statements: splitStatements('CREATE TABLE t (a int);'),
        transactional: true,
        report,
      },
      {
        display: '2.sql',
        statements: splitStatements('CREATE INDEX t_a ON t (a);'),
        transactional: true,
        report: true,
      },
    ];
    expect(lint(files(true), { newTables: 'reported' }).findings).toEqual([]);
    expect(lint(files(true), { newTables: 'same-file' }).findings.map((f) => f.rule)).toEqual([
      'create-index-concurrently',
    ]);
  });
});

describe('keelson:allow', () => {
  it('accepts a finding with its reason, before the statement or trailing it', () => {
    const r = lintNew(
      '-- keelson:allow drop-column nothing reads age since v41 (#812)\nALTER TABLE users DROP COLUMN age;\nDROP TABLE orders; -- keelson:allow drop-table replaced by purchases in v40',
    );
    expect(r.findings).toEqual([]);
    expect(r.allowed.map((f) => [f.line, f.rule, f.allowed])).toEqual([
      [2, 'drop-column', 'nothing reads age since v41 (#812)'],
      [3, 'drop-table', 'replaced by purchases in v40'],
    ]);
  });

  it('applies only to the rule it names and the statement it is attached to', () => {
    const r = lintNew(
      '-- keelson:allow rename not this one\nALTER TABLE users DROP COLUMN age;\nALTER TABLE users DROP COLUMN name;',
    );
    expect(r.findings.map((f) => `${f.line}:${f.rule}`)).toEqual(['2:drop-column', '3:drop-column']);
  });

  it('an allow without a reason or with an unknown rule does not count, and says so', () => {
    const r = lintNew(
      '-- keelson:allow drop-column\nALTER TABLE users DROP COLUMN age;\n-- keelson:allow drop-colum typo\nSELECT 1;',
    );
    expect(r.findings.map((f) => `${f.line}:${f.rule}`)).toEqual([
      '1:invalid-allow',
      '2:drop-column',
      '3:invalid-allow',
    ]);
    expect(r.findings[0]?.message).toMatch(/needs a reason/);
    expect(r.findings[2]?.message).toMatch(/unknown rule 'drop-colum'/);
  });
});
