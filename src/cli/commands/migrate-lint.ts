import { resolve } from 'node:path';
import { InputError } from '../../lib/errors.js';
import { parseCommandArgs } from '../args.js';
import type { Command } from '../command.js';

const help = `Usage: keelson migrate-lint [--dir migrations] [--format text|json] [--migrator keelson|external]

The migrate action's expand–contract lint over every .sql file under --dir (not *.down.sql), without a
database: DROP TABLE/COLUMN, RENAME, NOT NULL without a default, type narrowing, FOREIGN KEY or CHECK
without NOT VALID, CREATE INDEX without CONCURRENTLY on an existing table (a table counts as new only in the
file that creates it), and the keelson:no-transaction rules. A statement with
'-- keelson:allow <rule> <reason>' is accepted.

  --format json     {"findings": [{"file": "migrations/0003_x.sql", "line": 4, "rule": "drop-column"}]}
  --format text     one line per finding with what to do instead (default)
  --migrator        keelson (default: files run in one transaction unless -- keelson:no-transaction) or
                    external (the tool decides; the transaction rules are skipped)

Exit status 0 when nothing is found, 1 when something is.`;

export const command: Command = {
  name: 'migrate-lint',
  summary: 'Lint SQL migrations for expand–contract safety (json or text), no database needed',
  help,
  async run(argv, io) {
    const args = parseCommandArgs('migrate-lint', argv, {
      dir: { type: 'string' },
      format: { type: 'string' },
      migrator: { type: 'string' },
    });
    const format = args.inputs.enum('format', ['text', 'json'] as const, 'text');
    const migrator = args.inputs.enum('migrator', ['keelson', 'external'] as const, 'keelson');
    if (args.positionals.length > 0) {
      throw new InputError(
        'argv',
        `Unexpected argument '${args.positionals[0]}'. See 'keelson migrate-lint --help'.`,
      );
    }
    const dirRaw = args.inputs.string('dir', { default: 'migrations' });
    const { existsSync, statSync } = await import('node:fs');
    const dir = resolve(io.cwd, dirRaw);
    if (!existsSync(dir) || !statSync(dir).isDirectory()) {
      throw InputError.invalid('dir', dirRaw, 'a directory of SQL migrations');
    }
    const { readLintFiles } = await import('../../lib/migrate/run.js');
    const { lint } = await import('../../lib/migrate/lint.js');
    const base = dirRaw.replace(/\/+$/, '');
    const files = (await readLintFiles([`${base}/**/*.sql`, '!**/*.down.sql'], io.cwd)).sort((a, b) =>
      a.display.localeCompare(b.display, 'en', { numeric: true }),
    );
    for (const f of files)
      if (migrator === 'keelson' && f.transactional === undefined) f.transactional = true;
    const { findings, allowed } = lint(files, { newTables: 'same-file' });
    if (format === 'json') {
      io.stdout(
        JSON.stringify({ findings: findings.map((f) => ({ file: f.file, line: f.line, rule: f.rule })) }) +
          '\n',
      );
    } else {
      for (const f of findings) io.stdout(`${f.file}:${f.line}: ${f.rule}: ${f.message}\n`);
      for (const f of allowed) io.stdout(`${f.file}:${f.line}: ${f.rule}: allowed (${f.allowed ?? ''})\n`);
      io.stdout(
        `${findings.length} finding${findings.length === 1 ? '' : 's'}${allowed.length ? `, ${allowed.length} allowed` : ''} in ${files.length} file${files.length === 1 ? '' : 's'}.\n`,
      );
    }
    return findings.length > 0 ? 1 : 0;
  },
};
