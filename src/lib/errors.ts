/** The user's mistake: names the input, the value given and what is allowed. Never a stack trace. */
export class InputError extends Error {
  override readonly name: string = 'InputError';
  constructor(
    readonly input: string,
    message: string,
  ) {
    super(message);
  }
  /** `Invalid input 'x': 'y'. Expected z.` */
  static invalid(input: string, value: string, expected: string): InputError {
    return new InputError(input, `Invalid input '${input}': '${clip(value)}'. Expected ${expected}.`);
  }
  static required(input: string, expected?: string): InputError {
    return new InputError(input, `Input '${input}' is required${expected ? `: ${expected}` : ''}.`);
  }
}

/** A gate said no: plan changed, severity over threshold, health check failed. The system was left as it was. */
export class PolicyError extends Error {
  override readonly name: string = 'PolicyError';
  constructor(
    message: string,
    readonly details?: string,
  ) {
    super(message);
  }
}

/** A command or outside system failed in a way the user can act on (tool missing, non-zero exit). */
export class ToolError extends Error {
  override readonly name: string = 'ToolError';
}

/**
 * The cluster or cloud around the rollout is set up so that Keelson cannot do or observe what it must (the
 * control plane cannot reach the pods' port, no load balancer controller for an ALB Ingress): not the new
 * version's fault, and not an input the user typed. One line saying what to change.
 */
export class ConfigurationError extends Error {
  override readonly name: string = 'ConfigurationError';
}

/**
 * An outside system (the Kubernetes API server, a cloud API) could not be reached, or refused what Keelson asked:
 * not a bug in Keelson. One line naming the system and the cause (connection refused, DNS, TLS, 401, 403, …).
 */
export class ServiceError extends Error {
  override readonly name: string = 'ServiceError';
}

/** A short excerpt of a bad value for an error line: one line, at most 80 characters (printing masks it). */
function clip(value: string): string {
  const flat = value.replace(/\r\n|\r|\n/g, '\\n');
  return flat.length > 80 ? `${flat.slice(0, 80)}…` : flat;
}

/** One line for the user; stack only when `debug`. Any thrown value, Error or not, gives a message. */
export function describeError(error: unknown, debug = false): { message: string; expected: boolean } {
  if (
    error instanceof InputError ||
    error instanceof PolicyError ||
    error instanceof ToolError ||
    error instanceof ConfigurationError ||
    error instanceof ServiceError
  ) {
    return { message: error.message, expected: true };
  }
  if (isErrorLike(error)) {
    const text = debug && error.stack ? error.stack : `${error.name}: ${error.message}`;
    return { message: `Unexpected error (a bug in Keelson, please report it): ${text}`, expected: false };
  }
  let shown: string;
  try {
    shown = typeof error === 'string' ? error : (JSON.stringify(error) ?? String(error));
  } catch {
    shown = String(error);
  }
  return {
    message: `Unexpected error (a bug in Keelson, please report it): non-Error thrown: ${shown}`,
    expected: false,
  };
}

/** An Error from any realm (jest's VM contexts and worker threads create Errors that fail `instanceof Error`). */
export function isErrorLike(value: unknown): value is Error {
  return (
    value instanceof Error ||
    (typeof value === 'object' &&
      value !== null &&
      typeof (value as { message?: unknown }).message === 'string' &&
      typeof (value as { name?: unknown }).name === 'string')
  );
}

export function errorMessage(value: unknown): string {
  return isErrorLike(value) ? value.message : String(value);
}
