import { ActionContext } from '../../lib/core.js';
import { PolicyError } from '../../lib/errors.js';
import { readContext } from '../../lib/github/context.js';
import { Inputs } from '../../lib/inputs.js';
import { runAction } from '../../lib/run-action.js';
import { readTrivyScanSettings } from '../../lib/trivy/settings.js';

export async function run(ctx: ActionContext = ActionContext.fromProcess()): Promise<void> {
  await runAction(ctx, async () => {
    const gh = readContext(ctx.env);
    const settings = readTrivyScanSettings(new Inputs(ctx.getInput), gh.workspace, ctx.env);
    ctx.setSecret(settings.registryPassword);
    const { runTrivyScan } = await import('../../lib/trivy/scan.js');
    const { renderGate } = await import('../../lib/trivy/render.js');
    // Trivy's output and everything derived from the report name packages and paths from the scanned image or
    // repository: printed with workflow commands off, so none of it can forge one.
    const outcome = await ctx.group(`Trivy ${settings.scanType} scan`, () =>
      ctx.passThrough((write) =>
        runTrivyScan(settings, {
          env: ctx.env,
          workspace: gh.workspace,
          clock: ctx.clock,
          log: (line) => write(line + '\n'),
          output: write,
        }),
      ),
    );
    const { analysis } = outcome;
    for (const [name, value] of Object.entries(outcome.outputs)) ctx.setOutput(name, value);
    await ctx.passThrough(async (write) => {
      write(analysis.headline + '\n');
      write(renderGate(analysis.gate, 50));
      if (analysis.sarif?.note) write(analysis.sarif.note + '\n');
    });
    for (const e of analysis.gate.expired) {
      ctx.warning(
        `Ignore entry ${e.id} (${e.where}) expired on ${e.expires?.text}: it no longer ignores anything.`,
        { title: 'Expired ignore entry' },
      );
    }
    if (settings.summary) ctx.appendSummary(analysis.markdown);
    if (analysis.gate.verdict === 'fail') throw new PolicyError(analysis.gate.reason);
  });
}
