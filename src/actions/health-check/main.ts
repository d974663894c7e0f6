import { realClock } from '../../lib/clock.js';
import * as core from '../../lib/core.js';
import { PolicyError } from '../../lib/errors.js';
import { Inputs } from '../../lib/inputs.js';
import { runAction } from '../../lib/run-action.js';
import { readHealthCheckSettings } from '../../lib/health/settings.js';

export async function run(): Promise<void> {
  await runAction(async () => {
    const settings = readHealthCheckSettings(new Inputs(core.getInput));
    const { runHealthChecks } = await import('../../lib/health/action.js');
    const { result, markdown } = await runHealthChecks(settings, {
      clock: realClock,
      setSecret: core.setSecret,
      onProbe: core.info,
    });
    core.setOutput('result', result.status);
    core.setOutput('reason', result.reason);
    core.setOutput('failed-check', result.failedCheck ?? '');
    core.setOutput(
      'detect-seconds',
      result.detectMs === undefined ? '' : Math.round(result.detectMs / 100) / 10,
    );
    core.appendSummary(markdown);
    if (result.status !== 'passed') throw new PolicyError(`Health checks ${result.status}: ${result.reason}`);
  });
}
