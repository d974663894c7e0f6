/** The migrate step's job summary: what ran, what the lint said, the lock and the snapshot. */
import { formatDuration } from '../inputs.js';
import { cutMarkdown, SUMMARY_LIMIT, table } from '../summary.js';
import type { Finding } from './lint.js';
import type { MigrateResult } from './run.js';

const HEADLINE: Record<MigrateResult['status'], string> = {
  migrated: '✅ Migrated',
  'up-to-date': '✅ Up to date',
  'dry-run': '📝 Dry run',
  failed: '❌ Migration failed',
  refused: '⛔ Migration refused by the expand–contract lint',
};

function cell(v: string | number): string {
  return String(v).replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

function code(v: string): string {
  return `\`${v.replace(/`/g, "'")}\``;
}

function ms(v: number): string {
  return v < 1000 ? `${Math.round(v)}ms` : formatDuration(Math.round(v / 100) * 100);
}

function findingRows(list: Finding[], allowed: boolean): (string | number)[][] {
  return list.map((f) => [
    cell(`${f.file}:${f.line}`),
    code(f.rule),
    cell(allowed ? `allowed: ${f.allowed ?? ''}` : f.message),
  ]);
}

export function renderMigrateSummary(r: MigrateResult): string {
  const builtIn = r.migrator === 'keelson';
  const what =
    r.status === 'migrated' && builtIn
      ? `${r.applied.length} migration${r.applied.length === 1 ? '' : 's'} applied`
      : r.status === 'dry-run' && builtIn
        ? `${r.pending.length} migration${r.pending.length === 1 ? '' : 's'} would be applied`
        : '';
  const lines = [
    `### ${HEADLINE[r.status]}${what ? `: ${what}` : ''}${r.target ? ` (${cell(r.target)})` : ''}`,
    '',
  ];
  if (r.failure) lines.push(`> ${cell(r.failure)}`, '');
  const rows: (string | number)[][] = [
    [
      'migrator',
      builtIn ? 'keelson (built-in)' : `external, ${r.mode === 'job' ? 'Kubernetes Job' : 'on the runner'}`,
    ],
  ];
  if (r.ran) rows.push([r.mode === 'job' ? 'job' : 'command', code(r.ran)]);
  if (r.exitCode !== undefined) rows.push(['exit code', r.exitCode]);
  if (r.pendingBefore !== undefined) rows.push(['pending before', r.pendingBefore]);
  if (r.lockWaitMs !== undefined) rows.push(['lock', `${code(r.lockName)}, waited ${ms(r.lockWaitMs)}`]);
  if (r.snapshotId) rows.push(['RDS snapshot', code(r.snapshotId)]);
  rows.push(['duration', ms(r.durationMs)]);
  lines.push(table(['', ''], rows), '');

  if (builtIn && (r.applied.length > 0 || (r.status === 'dry-run' && r.pending.length > 0))) {
    lines.push(r.status === 'dry-run' ? '#### Would apply' : '#### Applied', '');
    const list =
      r.status === 'dry-run'
        ? r.pending.map((p) => [
            code(p.name),
            p.transactional ? 'one transaction' : 'no transaction',
            p.statements,
            '—',
          ])
        : r.applied.map((a) => [
            code(a.name),
            a.transactional ? 'one transaction' : 'no transaction',
            a.statements,
            ms(a.durationMs),
          ]);
    lines.push(table(['migration', 'mode', 'statements', 'took'], list), '');
  }
  if (r.lint.enabled) {
    const { findings, allowed } = r.lint;
    lines.push('#### Expand–contract lint', '');
    if (findings.length === 0 && allowed.length === 0) {
      lines.push(`No findings in ${r.lint.files} file${r.lint.files === 1 ? '' : 's'}.`, '');
    } else {
      lines.push(
        table(['where', 'rule', 'finding'], [...findingRows(findings, false), ...findingRows(allowed, true)]),
        '',
      );
    }
  }
  return cutMarkdown(lines.join('\n'), SUMMARY_LIMIT, { measure: 'bytes' }).text;
}
