import type { ActionContext } from './core.js';
import { describeError, PolicyError } from './errors.js';

/**
 * The one top-level catch of every action. Whatever is thrown — an Error or not — ends the step red with one
 * line; a stack trace only under RUNNER_DEBUG and only for bugs.
 */
export async function runAction(ctx: ActionContext, fn: () => Promise<void>): Promise<void> {
  try {
    await fn();
  } catch (error) {
    try {
      const { message } = describeError(error, ctx.isDebug());
      if (error instanceof PolicyError && error.details) ctx.info(error.details);
      ctx.setFailed(message);
    } catch {
      // Reporting itself failed: fail with a line that holds nothing from the error (it could hold a secret).
      ctx.setFailed('Keelson failed and could not report why; run with RUNNER_DEBUG=1 for details.');
    }
  }
}
