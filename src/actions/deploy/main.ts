import { realClock } from '../../lib/clock.js';
import * as core from '../../lib/core.js';
import { readDeployInputs } from '../../lib/deploy/settings.js';
import { readContext } from '../../lib/github/context.js';
import { Inputs } from '../../lib/inputs.js';
import { runAction } from '../../lib/run-action.js';

export async function run(): Promise<void> {
  await runAction(async () => {
    const context = readContext(core.io.env);
    const settings = readDeployInputs(new Inputs(core.getInput));
    core.setSecret(settings.githubToken);
    const { runDeploy, failureOf } = await import('../../lib/deploy/action.js');
    const cancel = new AbortController();
    const onSignal = (): void => cancel.abort(new Error('cancelled'));
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
    try {
      const { result, markdown } = await runDeploy(settings, {
        clock: realClock,
        signal: cancel.signal,
        context,
        cwd: context.workspace,
        holder: `github-run-${context.runId || 'local'}-${context.runAttempt}`,
        onEvent: (e, t) => core.info(`[${t.offset(e)}] ${e.phase}: ${e.message}`),
        onWarning: (m) => core.warning(m),
        saveState: core.saveState,
      });
      core.setOutput('result', result.result);
      core.setOutput('rollback-reason', result.rollbackReason ?? '');
      core.setOutput('version', result.version);
      core.setOutput('previous-version', result.previousVersion ?? '');
      core.setOutput('detect-seconds', result.detectSeconds ?? '');
      core.setOutput('rollback-seconds', result.rollbackSeconds ?? '');
      core.setOutput('live-color', result.liveColor ?? '');
      core.appendSummary(markdown);
      const failure = failureOf(result);
      if (failure) throw failure;
    } finally {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
    }
  });
}

export async function runPost(): Promise<void> {
  await runAction(async () => {
    if (!core.getState('namespace') || core.getState('phase') === 'done') return;
    const settings = readDeployInputs(new Inputs(core.getInput));
    const { connect } = await import('../../lib/k8s/connect.js');
    const { reconcile } = await import('../../lib/deploy/post.js');
    const { kube } = await connect(settings.access, realClock);
    try {
      await reconcile(kube, core.getState, core.info);
    } finally {
      kube.close();
    }
  });
}
