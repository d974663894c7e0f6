import { ActionContext } from '../../lib/core.js';
import { runTerraformPost, runTerraformStep, type TerraformSeams } from '../../lib/terraform/entry.js';
import { readApplySettings } from '../../lib/terraform/settings.js';

export async function run(
  ctx: ActionContext = ActionContext.fromProcess(),
  seams: TerraformSeams = {},
): Promise<void> {
  await runTerraformStep(ctx, seams, readApplySettings, async () => {
    return (await import('../../lib/terraform/apply-run.js')).runTerraformApply;
  });
}

export async function runPost(ctx: ActionContext = ActionContext.fromProcess()): Promise<void> {
  await runTerraformPost(ctx);
}
