import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ActionContext } from '../../lib/core.js';
import { readAccess } from '../../lib/k8s/settings.js';
import { InputError } from '../../lib/errors.js';
import { confinedPath, Inputs } from '../../lib/inputs.js';
import { keelsonRoot } from '../../lib/repo-root.js';
import { runAction } from '../../lib/run-action.js';

export async function run(ctx: ActionContext = ActionContext.fromProcess()): Promise<void> {
  await runAction(ctx, async () => {
    const inputs = new Inputs(ctx.getInput);
    if (inputs.has('kubeconfig'))
      throw new InputError(
        'kubeconfig',
        "eks-kubeconfig writes a kubeconfig for 'cluster-name'; it takes no 'kubeconfig'.",
      );
    if (!inputs.has('cluster-name'))
      throw InputError.required('cluster-name', 'the EKS cluster to write a kubeconfig for');
    const access = readAccess(inputs, ctx.env);
    if (access.kind !== 'eks') throw new InputError('cluster-name', "Input 'cluster-name' is required.");
    const exportVar = inputs.boolean('export', true);
    const temp = ctx.env.RUNNER_TEMP || process.cwd();
    const gh = { workspace: ctx.env.GITHUB_WORKSPACE || process.cwd(), temp };
    const path = confinedPath(
      'path',
      inputs.string('path', { default: join(temp, `kubeconfig-${access.clusterName}`) }),
      gh,
    );
    const { eksAccess, renderEksKubeconfig } = await import('../../lib/k8s/access.js');
    const a = await eksAccess(
      { clusterName: access.clusterName, region: access.region },
      ctx.clock,
      (v) => ctx.setSecret(v),
      ctx.env,
    );
    // Prove the credentials work now (and mask the token) rather than at the first kubectl call.
    await a.token?.();
    const cli = join(keelsonRoot(), 'dist', 'cli', 'index.js');
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(
      path,
      renderEksKubeconfig({ clusterName: access.clusterName, region: access.region }, a, cli),
      { mode: 0o600 },
    );
    chmodSync(path, 0o600);
    ctx.setOutput('kubeconfig', path);
    ctx.setOutput('endpoint', a.server);
    if (exportVar) ctx.exportVariable('KUBECONFIG', path);
    ctx.info(
      `Wrote ${path} for ${access.clusterName} (${a.server}); tokens come from 'keelson eks-token', no aws CLI needed.`,
    );
  });
}
