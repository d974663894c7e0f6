/**
 * What terraform-plan and terraform-apply do around their lib call, in one place: read the context and the
 * settings (the first input error costs nothing heavy), run the step with GitHub and a token-free environment,
 * write what it returned; and the post step that removes the plan files.
 */
import type { ActionContext } from '../core.js';
import { childEnv } from '../exec.js';
import type { GitHubApi } from '../github/client.js';
import { readContext, type GitHubContext } from '../github/context.js';
import { Inputs } from '../inputs.js';
import { runAction } from '../run-action.js';
import type { RunDeps, StepReport } from './plan-run.js';

/** `github` is the seam to GitHub (tests pass one whose retries do not wait). */
export interface TerraformSeams {
  github?: (token: string, apiUrl: string) => Promise<GitHubApi>;
}

export async function runTerraformStep<S extends { passEnv: string[] }>(
  ctx: ActionContext,
  seams: TerraformSeams,
  read: (inputs: Inputs, gh: GitHubContext) => Promise<S>,
  load: () => Promise<(s: S, deps: RunDeps) => Promise<StepReport>>,
): Promise<void> {
  await runAction(ctx, async () => {
    const gh = readContext(ctx.env);
    const settings = await read(new Inputs(ctx.getInput), gh);
    const step = await load();
    const { createGitHubApi } = await import('../github/client.js');
    const { report } = await import('./step.js');
    const outcome = await step(settings, {
      ctx: gh,
      env: childEnv(ctx.env, settings.passEnv),
      log: ctx,
      github: seams.github ?? ((token, url) => createGitHubApi(token, url)),
    });
    report(ctx, outcome);
  });
}

export async function runTerraformPost(ctx: ActionContext): Promise<void> {
  await runAction(ctx, async () => {
    const { cleanup } = await import('./step.js');
    cleanup(ctx);
  });
}
