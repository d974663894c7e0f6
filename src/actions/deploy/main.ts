import { realClock } from '../../lib/clock.js';
import { ActionContext } from '../../lib/core.js';
import { readDeployInputs } from '../../lib/deploy/settings.js';
import { readContext } from '../../lib/github/context.js';
import { Inputs } from '../../lib/inputs.js';
import { runAction } from '../../lib/run-action.js';

export async function run(ctx: ActionContext = ActionContext.fromProcess()): Promise<void> {
  await runAction(ctx, async () => {
    const context = readContext(ctx.env);
    const settings = readDeployInputs(new Inputs(ctx.getInput));
    ctx.setSecret(settings.githubToken);
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
        onEvent: (e, t) => ctx.info(`[${t.offset(e)}] ${e.phase}: ${e.message}`),
        onWarning: (m) => ctx.warning(m),
        saveState: (k, v) => ctx.saveState(k, v),
        setSecret: (v) => ctx.setSecret(v),
      });
      ctx.setOutput('result', result.result);
      ctx.setOutput('rollback-reason', result.rollbackReason ?? '');
      ctx.setOutput('version', result.version);
      ctx.setOutput('previous-version', result.previousVersion ?? '');
      ctx.setOutput('detect-seconds', result.detectSeconds ?? '');
      ctx.setOutput('rollback-seconds', result.rollbackSeconds ?? '');
      ctx.setOutput('live-color', result.liveColor ?? '');
      ctx.appendSummary(markdown);
      const failure = failureOf(result);
      if (failure) throw failure;
    } finally {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
    }
  });
}

export async function runPost(ctx: ActionContext = ActionContext.fromProcess()): Promise<void> {
  await runAction(ctx, async () => {
    if (!ctx.getState('namespace') || ctx.getState('phase') === 'done') return;
    const settings = readDeployInputs(new Inputs(ctx.getInput));
    const { connect } = await import('../../lib/k8s/connect.js');
    const { reconcile } = await import('../../lib/deploy/post.js');
    const { kube } = await connect(settings.access, realClock, {
      setSecret: (v) => ctx.setSecret(v),
      retryFor: settings.apiTimeoutMs,
    });
    try {
      await reconcile(
        kube,
        (k) => ctx.getState(k),
        (m) => ctx.info(m),
      );
    } finally {
      kube.close();
    }
  });
}
