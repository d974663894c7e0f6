import * as core from '../../lib/core.js';
import { Inputs } from '../../lib/inputs.js';
import { readContext } from '../../lib/github/context.js';
import { runAction } from '../../lib/run-action.js';
import { readApplySettings } from '../../lib/terraform/settings.js';

export async function run(): Promise<void> {
  await runAction(async () => {
    const ctx = readContext(core.io.env);
    const settings = await readApplySettings(new Inputs(core.getInput), ctx.workspace);
    const { runTerraformApply } = await import('../../lib/terraform/apply-run.js');
    const { createGitHubApi } = await import('../../lib/github/client.js');
    await runTerraformApply(settings, { ctx, env: core.io.env, github: createGitHubApi });
  });
}
