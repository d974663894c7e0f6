import { ActionContext } from '../../lib/core.js';
import { InputError, PolicyError } from '../../lib/errors.js';
import { parseRepo, readContext } from '../../lib/github/context.js';
import { Inputs } from '../../lib/inputs.js';
import { runAction } from '../../lib/run-action.js';

export async function run(ctx: ActionContext = ActionContext.fromProcess()): Promise<void> {
  await runAction(ctx, async () => {
    const inputs = new Inputs(ctx.getInput);
    const context = readContext(ctx.env);
    const environment = inputs.string('environment', {
      required: true,
      expected: 'a GitHub environment name',
    });
    if (
      environment.length > 255 ||
      [...environment].some((c) => c.charCodeAt(0) < 32 || c.charCodeAt(0) === 127)
    )
      throw InputError.invalid(
        'environment',
        environment,
        'a GitHub environment name (at most 255 characters)',
      );
    const repoInput = inputs.string('repository');
    const repo = repoInput ? parseRepo('repository', repoInput) : context.repo;
    if (!repo) throw InputError.required('repository', 'owner/name (GITHUB_REPOSITORY is not set)');
    const required = inputs.boolean('required', true);
    const token = inputs.string('github-token');
    if (!token) throw InputError.required('github-token', 'a token that can read deployments');
    ctx.setSecret(token);
    const { createGitHubApi } = await import('../../lib/github/client.js');
    const { findDeployedImage } = await import('../../lib/github/deployments.js');
    const found = await findDeployedImage(await createGitHubApi(token, context.apiUrl), repo, environment);
    if (!found) {
      const message = `No successful deployment by Keelson's deploy action in environment '${environment}' of ${repo.owner}/${repo.repo} records an image digest.`;
      if (required) throw new PolicyError(`${message} Deploy there first, or give the digest.`);
      ctx.warning(message);
    }
    ctx.setOutput('image', found?.image ?? '', { raw: true });
    ctx.setOutput('digest', found?.digest ?? '', { raw: true });
    ctx.setOutput('version', found?.version ?? '');
    ctx.setOutput('sha', found?.sha ?? '', { raw: true });
    ctx.setOutput('deployment-id', found ? String(found.deploymentId) : '', { raw: true });
    ctx.setOutput('deployed-at', found?.createdAt ?? '', { raw: true });
    ctx.setOutput('url', found?.url ?? '');
    if (found) {
      ctx.info(
        `${environment} runs ${found.image} (deployment ${found.deploymentId} of ${found.sha}, ${found.createdAt})`,
      );
      ctx.appendSummary(
        `### ${environment} runs \`${found.digest}\`\n\n| | |\n| --- | --- |\n| image | \`${found.image}\` |\n| version | \`${found.version ?? '—'}\` |\n| commit | \`${found.sha}\` |\n| deployment | ${found.deploymentId} (${found.createdAt}) |\n`,
      );
    }
  });
}
