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
    const { message } = describeError(error, ctx.isDebug());
    if (error instanceof PolicyError && error.details) ctx.info(error.details);
    ctx.setFailed(message);
  }
}
