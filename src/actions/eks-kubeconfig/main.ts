import { accessSync, chmodSync, constants, existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { realClock } from '../../lib/clock.js';
import { ActionContext } from '../../lib/core.js';
import { readAccess } from '../../lib/k8s/settings.js';
import { errorMessage, InputError } from '../../lib/errors.js';
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
    const access = readAccess(inputs);
    if (access.kind !== 'eks') throw new InputError('cluster-name', "Input 'cluster-name' is required.");
    const exportVar = inputs.boolean('export', true);
    const temp = ctx.env.RUNNER_TEMP || process.cwd();
    const gh = { workspace: ctx.env.GITHUB_WORKSPACE || process.cwd(), temp };
    const path = confinedPath(
      'path',
      inputs.string('path', { default: join(temp, `kubeconfig-${access.clusterName}`) }),
      gh,
    );
    // Where the file goes is checked before any network call: a directory or an unwritable place is one line.
    writableFile('path', inputs.string('path') || path, path);
    const { eksAccess, renderEksKubeconfig } = await import('../../lib/k8s/access.js');
    const a = await eksAccess({ clusterName: access.clusterName, region: access.region }, realClock, (v) =>
      ctx.setSecret(v),
    );
    // Prove the credentials work now (and mask the token) rather than at the first kubectl call.
    await a.token?.();
    const cli = join(keelsonRoot(), 'dist', 'cli', 'index.js');
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

/** `path` can be written as a file: not a directory, and its directory exists (or is made) and is writable. */
function writableFile(input: string, raw: string, path: string): void {
  const expected = 'Expected the path of the kubeconfig file to write.';
  const code = (e: unknown): string => (e as NodeJS.ErrnoException).code ?? errorMessage(e);
  let stat;
  try {
    stat = statSync(path);
  } catch {
    stat = undefined;
  }
  if (stat?.isDirectory())
    throw new InputError(input, `Invalid input '${input}': '${raw}' is a directory. ${expected}`);
  try {
    makeDirs(dirname(path));
    accessSync(stat ? path : dirname(path), constants.W_OK);
  } catch (e) {
    throw new InputError(
      input,
      `Invalid input '${input}': '${raw}' cannot be written (${code(e)}). ${expected}`,
    );
  }
}

/**
 * mkdir -p, one level at a time: Node's `recursive: true` loops forever where a parent exists but refuses new
 * entries with ENOENT (procfs: `/proc/nope/x` hung the action).
 */
function makeDirs(dir: string): void {
  const missing: string[] = [];
  let head = dir;
  while (!existsSync(head)) {
    missing.unshift(head);
    const parent = dirname(head);
    if (parent === head) break;
    head = parent;
  }
  for (const d of missing) mkdirSync(d);
}
