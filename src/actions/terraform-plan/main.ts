import * as core from '../../lib/core.js';
import { Inputs } from '../../lib/inputs.js';
import { readContext } from '../../lib/github/context.js';
import { runAction } from '../../lib/run-action.js';
import { readPlanSettings } from '../../lib/terraform/settings.js';

export async function run(): Promise<void> {
  await runAction(async () => {
    const ctx = readContext(core.io.env);
    const settings = await readPlanSettings(new Inputs(core.getInput), ctx.workspace, 'plan');
    const { runTerraformPlan } = await import('../../lib/terraform/plan-run.js');
    const { createGitHubApi } = await import('../../lib/github/client.js');
    await runTerraformPlan(settings, { ctx, env: core.io.env, github: createGitHubApi });
  });
}
