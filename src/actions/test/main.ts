import { ActionContext } from '../../lib/core.js';
import { Inputs } from '../../lib/inputs.js';
import { readContext } from '../../lib/github/context.js';
import { runAction } from '../../lib/run-action.js';
import { readTestSettings } from '../../lib/testing/settings.js';

export async function run(ctx: ActionContext = ActionContext.fromProcess()): Promise<void> {
  await runAction(ctx, async () => {
    const gh = readContext(ctx.env);
    const settings = readTestSettings(new Inputs(ctx.getInput), gh.workspace, gh.runnerTemp || undefined);
    const { runTests } = await import('../../lib/testing/run-tests.js');
    // Only a command's output needs ::stop-commands:: around it (reading reports alone prints nothing).
    const outcome = settings.command
      ? await ctx.passThrough((write) =>
          runTests(settings, { workspace: gh.workspace, env: ctx.env, onOutput: write }),
        )
      : await runTests(settings, { workspace: gh.workspace, env: ctx.env });
    for (const a of outcome.annotations) ctx.error(a.message, a.props);
    if (outcome.annotationsOmitted > 0) {
      ctx.notice(`${outcome.annotationsOmitted} more failed tests are listed in the job summary only.`);
    }
    for (const w of outcome.warnings) ctx.warning(w);
    const t = outcome.totals;
    ctx.setOutput('total', t.total);
    ctx.setOutput('passed', t.passed);
    ctx.setOutput('failed', t.failed);
    ctx.setOutput('errors', t.errors);
    ctx.setOutput('skipped', t.skipped);
    ctx.setOutput('flaky', t.flaky);
    ctx.setOutput('duration-seconds', t.durationSeconds);
    if (settings.summary) ctx.appendSummary(outcome.markdown);
    ctx.info(outcome.headline);
    if (outcome.failure) throw outcome.failure;
  });
}
