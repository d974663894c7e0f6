/**
 * The built-in migrator's files: `<version>_<name>.sql` in one directory (golang-migrate's `.up.sql` too; its
 * `.down.sql` files are ignored — the built-in migrator only goes forward), ordered by version as a number.
 * Each file's checksum is the sha256 of its text with line endings normalised, so a checkout with CRLF line
 * endings is not an edit. `-- keelson:…` directives are read here; an unknown one is an error, not a no-op.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, sep } from 'node:path';
import { InputError } from '../errors.js';
import { splitStatements, SqlSyntaxError, type Statement } from './sql.js';

export interface MigrationFile {
  /** The numeric version, without leading zeros (`0003` → `3`). */
  version: string;
  /** The file name, e.g. `0003_add_email.sql`. */
  name: string;
  /** Absolute path. */
  path: string;
  /** Path for messages and annotations (relative to the workspace, forward slashes). */
  display: string;
  sql: string;
  checksum: string;
  /** False for `-- keelson:no-transaction` files. */
  transactional: boolean;
  statements: Statement[];
}

const NAME = /^(\d+)[_-](.+?)(\.up)?\.sql$/;
const DIRECTIVE = /^\s*--\s*keelson:([\w-]+)(.*)$/gm;
export const DIRECTIVES = ['no-transaction', 'allow'] as const;

export function checksumOf(sql: string): string {
  return createHash('sha256').update(sql.replace(/\r\n/g, '\n'), 'utf8').digest('hex');
}

/** Display path: relative to `root` with forward slashes, or absolute when outside it. */
export function displayPath(path: string, root: string): string {
  const rel = relative(root, path);
  return rel.startsWith('..') || rel === '' ? path : rel.split(sep).join('/');
}

/** Parses one migration's text (directives, statements). Throws InputError naming the file and line. */
export function parseMigration(
  input: string,
  file: { name: string; path: string; display: string; sql: string; version: string },
): MigrationFile {
  let transactional = true;
  for (const m of file.sql.matchAll(DIRECTIVE)) {
    const directive = m[1] as string;
    if (!(DIRECTIVES as readonly string[]).includes(directive)) {
      const line = file.sql.slice(0, m.index).split('\n').length;
      throw new InputError(
        input,
        `${file.display}:${line}: unknown directive 'keelson:${directive}'. Expected keelson:no-transaction or keelson:allow <rule> <reason>.`,
      );
    }
    if (directive === 'no-transaction') transactional = false;
  }
  let statements: Statement[];
  try {
    statements = splitStatements(file.sql);
  } catch (e) {
    if (e instanceof SqlSyntaxError) throw new InputError(input, `${file.display}:${e.line}: ${e.message}.`);
    throw e;
  }
  for (const line of file.sql.split('\n').entries()) {
    if (/^\s*\\[a-zA-Z!?]/.test(line[1])) {
      throw new InputError(
        input,
        `${file.display}:${line[0] + 1}: psql meta-commands (${line[1].trim().split(/\s/)[0]}) are not SQL; the built-in migrator runs plain SQL only.`,
      );
    }
  }
  if (transactional) {
    for (const st of statements) {
      const w = st.tokens.filter((t) => t.kind === 'word').map((t) => t.value);
      const control =
        ['BEGIN', 'COMMIT', 'ROLLBACK', 'END', 'ABORT'].includes(w[0] ?? '') ||
        (w[0] === 'START' && w[1] === 'TRANSACTION');
      if (control) {
        throw new InputError(
          input,
          `${file.display}:${st.line}: '${w.slice(0, 2).join(' ')}' controls the transaction, but Keelson runs each migration in its own transaction. Remove it, or put '-- keelson:no-transaction' in the file to run its statements one by one.`,
        );
      }
    }
  }
  return { ...file, checksum: checksumOf(file.sql), transactional, statements };
}

/**
 * Reads every migration in `dir`, ordered by version. Files that are not `.sql` are ignored (a README is
 * fine); an `.sql` file without a version, or two files with one version, is an error naming them.
 */
export function readMigrations(dir: string, opts: { input: string; root: string }): MigrationFile[] {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new InputError(
      opts.input,
      `Invalid input '${opts.input}': '${displayPath(dir, opts.root)}' is not a directory. Expected the folder of <version>_<name>.sql migrations.`,
    );
  }
  const out: MigrationFile[] = [];
  const seen = new Map<string, string>();
  // File types from the listing (no stat per file) and display paths from the folder's (one path.relative):
  // both cost more than reading the files when there are hundreds.
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
    a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
  );
  const relDir = relative(opts.root, dir);
  const under = !relDir.startsWith('..') && !isAbsolute(relDir);
  const prefix = relDir === '' ? '' : `${relDir.split(sep).join('/')}/`;
  for (const entry of entries) {
    const name = entry.name;
    if (!name.endsWith('.sql')) continue;
    const path = join(dir, name);
    const isFile =
      entry.isFile() || (entry.isSymbolicLink() && statSync(path, { throwIfNoEntry: false })?.isFile());
    if (!isFile) continue;
    if (name.endsWith('.down.sql')) continue;
    const m = NAME.exec(name);
    const display =
      under && !(relDir === '' && name.startsWith('..')) ? `${prefix}${name}` : displayPath(path, opts.root);
    if (!m) {
      throw new InputError(
        opts.input,
        `${display}: a migration's name starts with its version number, such as 0001_create_users.sql or 20260101120000_add_email.sql.`,
      );
    }
    const version = BigInt(m[1] as string).toString();
    const other = seen.get(version);
    if (other) throw new InputError(opts.input, `${display} and ${other} have the same version ${version}.`);
    seen.set(version, display);
    out.push(parseMigration(opts.input, { name, path, display, sql: readFileSync(path, 'utf8'), version }));
  }
  return out.sort((a, b) => compareVersions(a.version, b.version));
}

export function compareVersions(a: string, b: string): number {
  const x = BigInt(a);
  const y = BigInt(b);
  return x < y ? -1 : x > y ? 1 : 0;
}
