import { realClock } from '../../lib/clock.js';
import * as core from '../../lib/core.js';
import { readContext } from '../../lib/github/context.js';
import { Inputs } from '../../lib/inputs.js';
import { masker } from '../../lib/mask.js';
import { readMigrateSettings } from '../../lib/migrate/settings.js';
import { runAction } from '../../lib/run-action.js';

export async function run(): Promise<void> {
  await runAction(async () => {
    const context = readContext(core.io.env);
    // masked before anything is parsed or printed
    core.setSecret(core.getInput('database-url'));
    const settings = await readMigrateSettings(new Inputs(core.getInput), {
      workspace: context.workspace,
      env: core.io.env,
    });
    const { runMigrate } = await import('../../lib/migrate/run.js');
    const cancel = new AbortController();
    const onSignal = (): void => cancel.abort(new Error('cancelled'));
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
    try {
      const { result, markdown, error } = await runMigrate(settings, {
        clock: realClock,
        signal: cancel.signal,
        workspace: context.workspace,
        holder: `github-run-${context.runId || 'local'}-${context.runAttempt}`,
        env: core.io.env,
        masker,
        setSecret: core.setSecret,
        log: core.info,
        warn: (m) => core.warning(m),
        output: core.passThrough,
        runUrl: context.runUrl,
      });
      const annotate = settings.allowDestructive ? core.warning : core.error;
      for (const f of result.lint.findings) {
        annotate(f.message, { title: `keelson migrate lint: ${f.rule}`, file: f.file, startLine: f.line });
      }
      for (const f of result.lint.allowed) {
        core.notice(`${f.rule} allowed: ${f.allowed ?? ''}`, {
          title: 'keelson migrate lint',
          file: f.file,
          startLine: f.line,
        });
      }
      core.setOutput('status', result.status);
      core.setOutput('applied', JSON.stringify(result.applied.map((a) => a.name)));
      core.setOutput('pending-before', result.pendingBefore ?? '');
      core.setOutput('snapshot-id', result.snapshotId ?? '');
      core.setOutput('duration-seconds', Math.round(result.durationMs / 100) / 10);
      core.setOutput('lint-findings', result.lint.findings.length);
      core.appendSummary(markdown);
      if (error && result.failure && result.failureAt) {
        // the one error line, on the migration's line
        core.error(result.failure, {
          title: 'keelson migrate',
          file: result.failureAt.file,
          startLine: result.failureAt.line,
        });
        process.exitCode = 1;
        return;
      }
      if (error) throw error;
    } finally {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
    }
  });
}
