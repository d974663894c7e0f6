import { hostname, userInfo } from 'node:os';
import { realClock } from '../../lib/clock.js';
import { InputError } from '../../lib/errors.js';
import { formatDuration, Inputs } from '../../lib/inputs.js';
import { readMigrateSettings } from '../../lib/migrate/settings.js';
import { parseCommandArgs } from '../args.js';
import type { Command } from '../command.js';

const help = `Usage: keelson migrate [--database-url URL] [--dir migrations] [--dry-run | --status]
                       [--lock-timeout 30s] [--lock-name NAME] [--timeout 30m] [--out-of-order]
                       [--allow-destructive] [--skip-lint] [--format text|json]

Keelson's built-in migrator from a terminal, with the migrate action's code: applies the pending
<version>_<name>.sql files of --dir in order, each in one transaction with its row in the
keelson_schema_migrations ledger (-- keelson:no-transaction files statement by statement), under the
PostgreSQL advisory lock, after the expand–contract lint.

  --database-url URL  postgres://user:password@host:5432/dbname (default: $DATABASE_URL)
  --dir DIR           the migrations folder (default: migrations)
  --dry-run           print what would be applied; change nothing
  --status            print every migration's state (applied, pending, edited, missing)
  --lock-timeout D    how long to wait for another run holding the lock (default 10m)
  --format json       {status, target, applied, pending, pendingBefore, lockWaitMs, lockAcquireMs,
                      durationMs, findings: [{file, line, rule}], error} on stdout

Progress goes to stderr, the result to stdout. Exit status 0, or 1 when a migration fails, the lint
refuses, an applied migration was edited or removed, or the lock is not free in time.`;

export const command: Command = {
  name: 'migrate',
  summary: "Apply migrations with Keelson's built-in migrator under the advisory lock (--dry-run, --status)",
  help,
  async run(argv, io) {
    const args = parseCommandArgs('migrate', argv, {
      'database-url': { type: 'string' },
      dir: { type: 'string' },
      'dry-run': { type: 'boolean' },
      status: { type: 'boolean' },
      'lock-timeout': { type: 'string' },
      'lock-name': { type: 'string' },
      timeout: { type: 'string' },
      'out-of-order': { type: 'boolean' },
      'allow-destructive': { type: 'boolean' },
      'skip-lint': { type: 'boolean' },
      format: { type: 'string' },
    });
    const format = args.inputs.enum('format', ['text', 'json'] as const, 'text');
    if (args.positionals.length > 0) {
      throw new InputError(
        'argv',
        `Unexpected argument '${args.positionals[0]}'. See 'keelson migrate --help'.`,
      );
    }
    if (args.flags['dry-run'] && args.flags.status) {
      throw new InputError('status', "Give either '--dry-run' or '--status', not both.");
    }
    const url = args.inputs.raw('database-url') || io.env.DATABASE_URL || '';
    io.masker.add(url);
    const inputs = new Inputs((name) => {
      if (name === 'database-url') return url;
      if (name === 'lint') return args.flags['skip-lint'] ? 'false' : '';
      if (name === 'migrator') return 'keelson';
      return [
        'dir',
        'dry-run',
        'lock-timeout',
        'lock-name',
        'timeout',
        'out-of-order',
        'allow-destructive',
      ].includes(name)
        ? args.inputs.raw(name)
        : '';
    });
    const settings = await readMigrateSettings(inputs, { workspace: io.cwd, env: io.env });
    const holder = `cli ${userInfo().username}@${hostname()} pid ${process.pid}`;
    const base = {
      clock: realClock,
      workspace: io.cwd,
      holder,
      env: io.env,
      setSecret: (v: string) => io.masker.add(v),
    };
    const { migrationStatus, runMigrate } = await import('../../lib/migrate/run.js');
    if (args.flags.status) {
      const { target, rows } = await migrationStatus(settings, base);
      const width = Math.max(4, ...rows.map((r) => r.name.length));
      io.stdout(`${target}\n`);
      for (const r of rows) {
        const at = r.appliedAt ? `  ${r.appliedAt.toISOString().replace(/\.\d{3}Z$/, 'Z')}` : '';
        io.stdout(`${r.name.padEnd(width)}  ${r.state}${at}\n`);
      }
      const count = (state: string): number => rows.filter((r) => r.state === state).length;
      io.stdout(
        `${count('applied')} applied, ${count('pending')} pending, ${count('edited')} edited, ${count('missing')} missing\n`,
      );
      return count('edited') + count('missing') > 0 ? 1 : 0;
    }
    const { result, error } = await runMigrate(settings, {
      ...base,
      masker: io.masker,
      log: (line) => io.stderr(`${line}\n`),
      warn: (line) => io.stderr(`warning: ${line}\n`),
    });
    const lint = [...result.lint.findings, ...result.lint.allowed];
    for (const f of lint) {
      io.stderr(
        `${f.file}:${f.line}: ${f.rule}: ${f.allowed !== undefined ? `allowed (${f.allowed})` : f.message}\n`,
      );
    }
    if (format === 'json') {
      io.stdout(
        JSON.stringify({
          status: result.status,
          target: result.target,
          applied: result.applied.map((a) => a.name),
          pending: result.pending.map((p) => p.name),
          pendingBefore: result.pendingBefore ?? null,
          lockWaitMs: result.lockWaitMs ?? null,
          lockAcquireMs:
            result.lockAcquireMs === undefined ? null : Math.round(result.lockAcquireMs * 1000) / 1000,
          durationMs: result.durationMs,
          findings: result.lint.findings.map((f) => ({ file: f.file, line: f.line, rule: f.rule })),
          error: result.failure ?? null,
        }) + '\n',
      );
    } else if (result.status === 'dry-run') {
      io.stdout(
        result.pending.length === 0
          ? 'Nothing to apply.\n'
          : result.pending
              .map(
                (p) =>
                  `would apply ${p.display} (${p.transactional ? 'one transaction' : 'no transaction'}, ${p.statements} statement${p.statements === 1 ? '' : 's'})\n`,
              )
              .join(''),
      );
    } else {
      for (const a of result.applied)
        io.stdout(`applied ${a.display} (${formatDuration(Math.round(a.durationMs)) || '0s'})\n`);
      if (result.status === 'up-to-date') io.stdout('Up to date: nothing to apply.\n');
    }
    if (error) throw error;
    return 0;
  },
};
