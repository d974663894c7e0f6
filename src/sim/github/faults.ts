/**
 * Fault injection: make the next n matching requests fail the way GitHub fails — an error status with
 * GitHub's error body, rate-limit headers, or (for GraphQL) HTTP 200 with an `errors` array.
 */

export type FaultStatus = 401 | 403 | 404 | 409 | 410 | 422 | 429 | 500 | 502 | 503 | 504;

/** What a fault's `when` predicate sees about a request. */
export interface FaultRequest {
  method: string;
  /** The concrete path, e.g. `/repos/acme/app/issues/7/comments`. */
  path: string;
  /** The OpenAPI path template, e.g. `/repos/{owner}/{repo}/issues/{issue_number}/comments`; `/graphql`. */
  template: string;
  operationId: string;
  /** REST: any method but GET/HEAD. GraphQL: a mutation. */
  write: boolean;
  graphql: boolean;
}

export interface FaultSpec {
  /** One method or several (case-insensitive); default any. */
  method?: string | string[];
  /**
   * A path template (`/repos/{owner}/{repo}/issues/{issue_number}/comments`, compared with the matched
   * template), a concrete path (`/repos/acme/app/issues/7/comments`), or a RegExp tested on the concrete path.
   */
  path?: string | RegExp;
  /** Extra condition. */
  when?: (request: FaultRequest) => boolean;
  status: FaultStatus;
  /** How many matching requests fail (default 1; `Infinity` until removed). */
  times?: number;
  /** Replaces GitHub's default `{ message, documentation_url, status }` body. A string is sent as text. */
  body?: unknown;
  /** Shortcut for the default body's `message`. */
  message?: string;
  headers?: Record<string, string>;
}

export interface InjectedFault {
  readonly spec: Readonly<FaultSpec>;
  /** Requests this fault has answered. */
  readonly hits: number;
  /** Requests it will still answer. */
  readonly remaining: number;
  remove(): void;
}

export const DEFAULT_MESSAGES: Record<FaultStatus, string> = {
  401: 'Bad credentials',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  410: 'Gone',
  422: 'Validation Failed',
  429: 'Too Many Requests',
  500: 'Server Error',
  502: 'Server Error',
  503: 'Service Unavailable',
  504: 'We couldn\u2019t respond to your request in time. Sorry about that. Please try resubmitting your request.',
};

export class FaultList {
  private readonly faults: FaultRecord[] = [];

  add(spec: FaultSpec): InjectedFault {
    const record = new FaultRecord(spec, (r) => {
      const i = this.faults.indexOf(r);
      if (i >= 0) this.faults.splice(i, 1);
    });
    this.faults.push(record);
    return record;
  }

  clear(): void {
    this.faults.length = 0;
  }

  /** The first live fault matching the request; counts the hit. */
  take(request: FaultRequest): FaultSpec | undefined {
    for (const f of this.faults) {
      if (f.remaining > 0 && f.matches(request)) {
        f.hit();
        return f.spec;
      }
    }
    return undefined;
  }
}

class FaultRecord implements InjectedFault {
  hits = 0;
  constructor(
    readonly spec: FaultSpec,
    private readonly onRemove: (r: FaultRecord) => void,
  ) {}

  get remaining(): number {
    return Math.max(0, (this.spec.times ?? 1) - this.hits);
  }

  hit(): void {
    this.hits++;
  }

  remove(): void {
    this.onRemove(this);
  }

  matches(r: FaultRequest): boolean {
    const { method, path, when } = this.spec;
    if (method !== undefined) {
      const methods = (Array.isArray(method) ? method : [method]).map((m) => m.toUpperCase());
      if (!methods.includes(r.method.toUpperCase())) return false;
    }
    if (path instanceof RegExp) {
      path.lastIndex = 0;
      if (!path.test(r.path)) return false;
    } else if (path !== undefined && path !== r.template && path !== r.path) {
      return false;
    }
    return when ? when(r) : true;
  }
}

// ---------------------------------------------------------------------------------------------------------
// Presets

const ISSUE_COMMENT_TEMPLATES = new Set([
  '/repos/{owner}/{repo}/issues/{issue_number}/comments',
  '/repos/{owner}/{repo}/issues/comments/{comment_id}',
]);

/**
 * The GITHUB_TOKEN of a `pull_request` run from a fork: read-only. Every write (REST POST/PATCH/PUT/DELETE,
 * GraphQL mutation) answers 403 `Resource not accessible by integration` (GraphQL: HTTP 200 + FORBIDDEN).
 * `only: 'comments'` limits it to issue-comment writes.
 */
export function forkPrToken(opts: { only?: 'comments'; times?: number } = {}): FaultSpec {
  return {
    status: 403,
    times: opts.times ?? Infinity,
    message: 'Resource not accessible by integration',
    when: (r) =>
      r.write &&
      (opts.only !== 'comments' || ISSUE_COMMENT_TEMPLATES.has(r.template) || (r.graphql && r.write)),
  };
}

export interface RateLimitOptions {
  /**
   * `primary`: 403 (or 429) with `x-ratelimit-remaining: 0` and `x-ratelimit-reset`.
   * `secondary`: 429 (or 403) with `retry-after`.
   */
  kind?: 'primary' | 'secondary';
  status?: 403 | 429;
  times?: number;
  /** Seconds until `x-ratelimit-reset` (primary); default 60. */
  resetInSeconds?: number;
  /** `retry-after` seconds (secondary); default 60. */
  retryAfterSeconds?: number;
  method?: string | string[];
  path?: string | RegExp;
  /** The clock used for `x-ratelimit-reset` (epoch seconds). */
  now?: () => Date;
}

export function rateLimit(opts: RateLimitOptions = {}): FaultSpec {
  const kind = opts.kind ?? 'primary';
  const now = opts.now ?? (() => new Date());
  const epoch = Math.floor(now().getTime() / 1000);
  const base = { method: opts.method, path: opts.path, times: opts.times ?? 1 };
  if (kind === 'primary') {
    return {
      ...base,
      status: opts.status ?? 403,
      message:
        'API rate limit exceeded for installation ID 1. If you reach out to GitHub Support for help, ' +
        'please include the request ID 0000:0000:0000000:0000000:00000000.',
      headers: {
        'x-ratelimit-limit': '5000',
        'x-ratelimit-remaining': '0',
        'x-ratelimit-used': '5000',
        'x-ratelimit-reset': String(epoch + (opts.resetInSeconds ?? 60)),
        'x-ratelimit-resource': 'core',
      },
    };
  }
  return {
    ...base,
    status: opts.status ?? 429,
    message:
      'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you ' +
      'reach out to GitHub Support for help, please include the request ID 0000:0000:0000000:0000000:00000000.',
    headers: { 'retry-after': String(opts.retryAfterSeconds ?? 60) },
  };
}
