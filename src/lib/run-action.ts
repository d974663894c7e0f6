import { describeError, PolicyError } from './errors.js';
import * as core from './core.js';

/**
 * The one top-level catch of every action. Whatever is thrown — an Error or not — ends the step red with one
 * line; a stack trace only under RUNNER_DEBUG and only for bugs.
 */
export async function runAction(fn: () => Promise<void>): Promise<void> {
  try {
    await fn();
  } catch (error) {
    const { message } = describeError(error, core.isDebug());
    if (error instanceof PolicyError && error.details) core.info(error.details);
    core.setFailed(message);
  }
}
