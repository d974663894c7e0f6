import { ActionContext } from '../../lib/core.js';
import { readContext } from '../../lib/github/context.js';
import { Inputs } from '../../lib/inputs.js';
import { runAction } from '../../lib/run-action.js';
import { readPromoteSettings } from '../../lib/ecr/settings.js';

export async function run(ctx: ActionContext = ActionContext.fromProcess()): Promise<void> {
  await runAction(ctx, async () => {
    const context = readContext(ctx.env);
    const request = readPromoteSettings(new Inputs(ctx.getInput), ctx.env);
    const { createEcr } = await import('../../lib/ecr/api.js');
    const { promote } = await import('../../lib/ecr/promote.js');
    const { renderPromoteSummary } = await import('../../lib/ecr/summary.js');
    const clients = new Map<string, ReturnType<typeof createEcr>>();
    const ecr = (region: string): ReturnType<typeof createEcr> => {
      let c = clients.get(region);
      if (!c) {
        c = createEcr({
          region,
          clock: ctx.clock,
          env: ctx.env,
          regionInput: region === request.sourceRegion ? 'aws-region' : 'target-region',
        });
        clients.set(region, c);
      }
      return c;
    };
    const result = await promote(request, {
      ecr,
      addSecret: (v) => ctx.setSecret(v),
      log: (line) => ctx.info(line),
    });
    for (const t of result.tags) {
      const what =
        t.action === 'unchanged'
          ? 'already on'
          : t.action === 'moved'
            ? `moved from ${t.previous} to`
            : 'added to';
      ctx.info(`${t.tag}: ${what} ${result.digest}`);
    }
    ctx.setOutput('image', result.image, { raw: true });
    ctx.setOutput('digest', result.digest, { raw: true });
    ctx.setOutput('mode', result.mode, { raw: true });
    ctx.appendSummary(renderPromoteSummary(result, context, ctx.env, ctx.clock.now()));
  });
}
