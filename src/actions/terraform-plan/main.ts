import { ActionContext } from '../../lib/core.js';
import { runTerraformPost, runTerraformStep, type TerraformSeams } from '../../lib/terraform/entry.js';
import { readPlanSettings } from '../../lib/terraform/settings.js';

export async function run(
  ctx: ActionContext = ActionContext.fromProcess(),
  seams: TerraformSeams = {},
): Promise<void> {
  await runTerraformStep(ctx, seams, readPlanSettings, async () => {
    return (await import('../../lib/terraform/plan-run.js')).runTerraformPlan;
  });
}

export async function runPost(ctx: ActionContext = ActionContext.fromProcess()): Promise<void> {
  await runTerraformPost(ctx);
}
