import type { ResourceType } from './resources.js';
import { qualifiedKind, qualifiedResource } from './resources.js';

export interface StatusCause {
  reason?: string;
  message: string;
  field?: string;
  type?: string;
}

export interface StatusDetails {
  name?: string;
  group?: string;
  kind?: string;
  uid?: string;
  causes?: StatusCause[];
  retryAfterSeconds?: number;
}

/** A failure the API server reports as a `Status` object (kind: Status, status: Failure). */
export class StatusError extends Error {
  constructor(
    readonly code: number,
    readonly reason: string,
    message: string,
    readonly details?: StatusDetails,
  ) {
    super(message);
  }

  toStatus(): Record<string, unknown> {
    return {
      kind: 'Status',
      apiVersion: 'v1',
      metadata: {},
      status: 'Failure',
      message: this.message,
      ...(this.reason ? { reason: this.reason } : {}),
      ...(this.details ? { details: this.details } : {}),
      code: this.code,
    };
  }
}

export function notFound(rt: ResourceType, name: string): StatusError {
  return new StatusError(404, 'NotFound', `${qualifiedResource(rt)} "${name}" not found`, {
    name,
    ...(rt.group ? { group: rt.group } : {}),
    kind: rt.plural,
  });
}

export function alreadyExists(rt: ResourceType, name: string): StatusError {
  return new StatusError(409, 'AlreadyExists', `${qualifiedResource(rt)} "${name}" already exists`, {
    name,
    ...(rt.group ? { group: rt.group } : {}),
    kind: rt.plural,
  });
}

export function conflict(rt: ResourceType, name: string, why: string): StatusError {
  return new StatusError(
    409,
    'Conflict',
    `Operation cannot be fulfilled on ${qualifiedResource(rt)} "${name}": ${why}`,
    {
      name,
      ...(rt.group ? { group: rt.group } : {}),
      kind: rt.plural,
    },
  );
}

export const STALE =
  'the object has been modified; please apply your changes to the latest version and try again';

export function invalid(rt: ResourceType, name: string, causes: StatusCause[]): StatusError {
  const list = causes.map((c) => (c.field ? `${c.field}: ${c.message}` : c.message));
  const summary = list.length === 1 ? list[0] : `[${list.join(', ')}]`;
  return new StatusError(422, 'Invalid', `${qualifiedKind(rt)} "${name}" is invalid: ${summary}`, {
    name,
    ...(rt.group ? { group: rt.group } : {}),
    kind: rt.kind,
    causes: causes.map((c) => ({
      reason: c.reason ?? 'FieldValueInvalid',
      message: c.message,
      field: c.field,
    })),
  });
}

export function badRequest(message: string): StatusError {
  return new StatusError(400, 'BadRequest', message);
}

export function unauthorized(): StatusError {
  return new StatusError(401, 'Unauthorized', 'Unauthorized');
}

export function forbidden(message: string, details?: StatusDetails): StatusError {
  return new StatusError(403, 'Forbidden', message, details);
}

export function methodNotSupported(rt: ResourceType | undefined, verb: string): StatusError {
  return new StatusError(
    405,
    'MethodNotAllowed',
    `${verb} is not supported on resources of kind "${rt ? qualifiedResource(rt) : 'unknown'}"`,
    rt ? { ...(rt.group ? { group: rt.group } : {}), kind: rt.plural } : undefined,
  );
}

export function pageNotFound(): StatusError {
  return new StatusError(404, 'NotFound', 'the server could not find the requested resource', {});
}

export function isStatusError(e: unknown): e is StatusError {
  return e instanceof StatusError;
}
