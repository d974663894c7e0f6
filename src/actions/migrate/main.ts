import { ActionContext } from '../../lib/core.js';
import { readContext } from '../../lib/github/context.js';
import { Inputs } from '../../lib/inputs.js';
import { readMigrateSettings } from '../../lib/migrate/settings.js';
import { runAction } from '../../lib/run-action.js';

export async function run(ctx: ActionContext = ActionContext.fromProcess()): Promise<void> {
  await runAction(ctx, async () => {
    const context = readContext(ctx.env);
    // masked before anything is parsed or printed
    ctx.setSecret(ctx.getInput('database-url'));
    const settings = await readMigrateSettings(new Inputs(ctx.getInput), {
      workspace: context.workspace,
      env: ctx.env,
    });
    const { runMigrate } = await import('../../lib/migrate/run.js');
    const cancel = new AbortController();
    const onSignal = (): void => cancel.abort(new Error('cancelled'));
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
    try {
      const { result, markdown, error } = await runMigrate(settings, {
        clock: ctx.clock,
        signal: cancel.signal,
        workspace: context.workspace,
        holder: `github-run-${context.runId || 'local'}-${context.runAttempt}`,
        env: ctx.env,
        masker: ctx.masker,
        setSecret: (v) => ctx.setSecret(v),
        log: (m) => ctx.info(m),
        warn: (m) => ctx.warning(m),
        output: (fn) => ctx.passThrough(fn),
        runUrl: context.runUrl,
        saveState: (k, v) => ctx.saveState(k, v),
      });
      for (const f of result.lint.findings) {
        const props = { title: `keelson migrate lint: ${f.rule}`, file: f.file, startLine: f.line };
        if (settings.allowDestructive) ctx.warning(f.message, props);
        else ctx.error(f.message, props);
      }
      for (const f of result.lint.allowed) {
        ctx.notice(`${f.rule} allowed: ${f.allowed ?? ''}`, {
          title: 'keelson migrate lint',
          file: f.file,
          startLine: f.line,
        });
      }
      ctx.setOutput('status', result.status, { raw: true });
      ctx.setOutput('applied', JSON.stringify(result.applied.map((a) => a.name)));
      ctx.setOutput('pending-before', result.pendingBefore ?? '', { raw: true });
      ctx.setOutput('snapshot-id', result.snapshotId ?? '', { raw: true });
      ctx.setOutput('duration-seconds', Math.round(result.durationMs / 100) / 10);
      ctx.setOutput('lint-findings', result.lint.findings.length);
      ctx.appendSummary(markdown, { keep: result.snapshotId ? [result.snapshotId] : [] });
      if (error && result.failure && result.failureAt) {
        // the one error line, on the migration's line
        ctx.setFailed(result.failure, {
          title: 'keelson migrate',
          file: result.failureAt.file,
          startLine: result.failureAt.line,
        });
        return;
      }
      if (error) throw error;
    } finally {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
    }
  });
}

/** The post step: deletes a migration Job the main step left running (it was killed before it could). */
export async function runPost(ctx: ActionContext = ActionContext.fromProcess()): Promise<void> {
  await runAction(ctx, async () => {
    const recorded = ctx.getState('migrate-job');
    if (!recorded) return;
    ctx.setSecret(ctx.getInput('database-url'));
    const context = readContext(ctx.env);
    const settings = await readMigrateSettings(new Inputs(ctx.getInput), {
      workspace: context.workspace,
      env: ctx.env,
    });
    if (!settings.job) return;
    const { connect } = await import('../../lib/k8s/connect.js');
    const { cleanUpJob } = await import('../../lib/migrate/job.js');
    const { kube } = await connect(settings.job.access, ctx.clock, {
      setSecret: (v) => ctx.setSecret(v),
      env: ctx.env,
    });
    try {
      await cleanUpJob(kube, recorded, { clock: ctx.clock, log: (m) => ctx.info(m) });
    } finally {
      kube.close();
    }
  });
}
