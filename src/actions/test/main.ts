import * as core from '../../lib/core.js';
import { Inputs } from '../../lib/inputs.js';
import { readContext } from '../../lib/github/context.js';
import { runAction } from '../../lib/run-action.js';
import { readTestSettings } from '../../lib/testing/settings.js';

export async function run(): Promise<void> {
  await runAction(async () => {
    const ctx = readContext(core.io.env);
    const settings = readTestSettings(new Inputs(core.getInput), ctx.workspace);
    const { runTests } = await import('../../lib/testing/run-tests.js');
    const outcome = await core.passThrough((write) =>
      runTests(settings, { workspace: ctx.workspace, onOutput: write }),
    );
    for (const a of outcome.annotations) core.error(a.message, a.props);
    if (outcome.annotationsOmitted > 0) {
      core.notice(`${outcome.annotationsOmitted} more failed tests are listed in the job summary only.`);
    }
    for (const w of outcome.warnings) core.warning(w);
    const t = outcome.totals;
    core.setOutput('total', t.total);
    core.setOutput('passed', t.passed);
    core.setOutput('failed', t.failed);
    core.setOutput('errors', t.errors);
    core.setOutput('skipped', t.skipped);
    core.setOutput('flaky', t.flaky);
    core.setOutput('duration-seconds', t.durationSeconds);
    if (settings.summary) core.appendSummary(outcome.markdown);
    core.info(outcome.headline);
    if (outcome.failure) throw outcome.failure;
  });
}
