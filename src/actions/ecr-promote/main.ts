import { realClock } from '../../lib/clock.js';
import * as core from '../../lib/core.js';
import { readContext } from '../../lib/github/context.js';
import { Inputs } from '../../lib/inputs.js';
import { runAction } from '../../lib/run-action.js';
import { readPromoteSettings } from '../../lib/ecr/settings.js';

export async function run(): Promise<void> {
  await runAction(async () => {
    const context = readContext(core.io.env);
    const request = readPromoteSettings(new Inputs(core.getInput), core.io.env);
    const { createEcr } = await import('../../lib/ecr/api.js');
    const { promote } = await import('../../lib/ecr/promote.js');
    const { renderPromoteSummary } = await import('../../lib/ecr/summary.js');
    const clients = new Map<string, ReturnType<typeof createEcr>>();
    const ecr = (region: string): ReturnType<typeof createEcr> => {
      let c = clients.get(region);
      if (!c) {
        c = createEcr({
          region,
          clock: realClock,
          env: core.io.env,
          regionInput: region === request.sourceRegion ? 'aws-region' : 'target-region',
        });
        clients.set(region, c);
      }
      return c;
    };
    const result = await promote(request, { ecr, addSecret: core.setSecret, log: core.info });
    for (const t of result.tags) {
      core.info(
        `${t.tag}: ${t.action === 'unchanged' ? 'already on' : t.action === 'moved' ? `moved from ${t.previous} to` : 'added to'} ${result.digest}`,
      );
    }
    core.setOutput('image', result.image);
    core.setOutput('digest', result.digest);
    core.setOutput('mode', result.mode);
    core.appendSummary(renderPromoteSummary(result, context, core.io.env, realClock.now()));
  });
}
