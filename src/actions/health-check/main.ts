import { ActionContext } from '../../lib/core.js';
import { PolicyError } from '../../lib/errors.js';
import { Inputs } from '../../lib/inputs.js';
import { runAction } from '../../lib/run-action.js';
import { readHealthCheckSettings } from '../../lib/health/settings.js';

export async function run(ctx: ActionContext = ActionContext.fromProcess()): Promise<void> {
  await runAction(ctx, async () => {
    const settings = readHealthCheckSettings(
      new Inputs(ctx.getInput),
      {
        workspace: ctx.env.GITHUB_WORKSPACE || process.cwd(),
        temp: ctx.env.RUNNER_TEMP || undefined,
      },
      ctx.env,
    );
    const { runHealthChecks } = await import('../../lib/health/action.js');
    const { result, markdown } = await runHealthChecks(settings, {
      clock: ctx.clock,
      setSecret: (v) => ctx.setSecret(v),
      onProbe: (m) => ctx.info(m),
      env: ctx.env,
    });
    ctx.setOutput('result', result.status);
    ctx.setOutput('reason', result.reason);
    ctx.setOutput('failed-check', result.failedCheck ?? '');
    ctx.setOutput(
      'detect-seconds',
      result.detectMs === undefined ? '' : Math.round(result.detectMs / 100) / 10,
    );
    ctx.appendSummary(markdown);
    if (result.status !== 'passed') throw new PolicyError(`Health checks ${result.status}: ${result.reason}`);
  });
}
