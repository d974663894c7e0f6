import { ActionContext } from '../../lib/core.js';
import { childEnv } from '../../lib/exec.js';
import type { GitHubApi } from '../../lib/github/client.js';
import { Inputs } from '../../lib/inputs.js';
import { readContext } from '../../lib/github/context.js';
import { runAction } from '../../lib/run-action.js';
import { readApplySettings } from '../../lib/terraform/settings.js';

/** `github` is the seam to GitHub (tests pass one whose retries do not wait). */
export async function run(
  ctx: ActionContext = ActionContext.fromProcess(),
  seams: { github?: (token: string, apiUrl: string) => Promise<GitHubApi> } = {},
): Promise<void> {
  await runAction(ctx, async () => {
    const gh = readContext(ctx.env);
    const settings = await readApplySettings(new Inputs(ctx.getInput), gh);
    const { runTerraformApply } = await import('../../lib/terraform/apply-run.js');
    const { createGitHubApi } = await import('../../lib/github/client.js');
    const { report } = await import('../../lib/terraform/step.js');
    const outcome = await runTerraformApply(settings, {
      ctx: gh,
      env: childEnv(ctx.env, settings.passEnv),
      log: ctx,
      github: seams.github ?? ((token, url) => createGitHubApi(token, url)),
    });
    report(ctx, outcome);
  });
}

export async function runPost(ctx: ActionContext = ActionContext.fromProcess()): Promise<void> {
  await runAction(ctx, async () => {
    const { cleanup } = await import('../../lib/terraform/step.js');
    cleanup(ctx);
  });
}
