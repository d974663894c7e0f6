/**
 * The GitHub REST (+ a slice of GraphQL) emulator: node:http on 127.0.0.1, every request matched to an operation
 * of GitHub's API before a handler sees it — through the generated route table (what ships), or through GitHub's
 * whole OpenAPI description with every request and response validated (the tests: `validated.ts`).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  DEFAULT_MESSAGES,
  FaultList,
  forkPrToken,
  rateLimit,
  type FaultRequest,
  type FaultSpec,
  type InjectedFault,
  type RateLimitOptions,
} from './faults.js';
import { executeGraphQL, pickOperation, type GraphQLRequest } from './graphql.js';
import { coerce, routeTable, type ApiDescription } from './description.js';
import { HANDLERS, HttpError, type HandlerResult } from './routes.js';
import { errorBody, WEB, type ShapeContext } from './shapes.js';
import {
  fakeSha,
  GITHUB_ACTIONS_BOT,
  GitHubState,
  makeNodeId,
  type AuthorAssociation,
  type CommentRecord,
  type PullRecord,
  type RepoRecord,
  type RepoRole,
  type ReviewRecord,
  type ReviewState,
  type UserRecord,
} from './state.js';

export interface GitHubEmulatorOptions {
  /** `close()` throws when violations were recorded (default true). */
  strict?: boolean;
  /** Check every 2xx response the emulator sends against the documented response schema (default true). */
  validateResponses?: boolean;
  /**
   * Unknown repositories and issue numbers spring into existence on first use (default true). With false,
   * only seeded ones exist and anything else is 404, as on GitHub.
   */
  autoCreate?: boolean;
  /** When set, requests must authenticate with exactly this token (else 401 Bad credentials). */
  token?: string;
  /** Who the token belongs to (author of comments, deployments…); default `github-actions[bot]`. */
  actor?: string;
  /** Repositories (`owner/repo`) to create up front. */
  repos?: string[];
  /** Clock for created_at/updated_at and rate-limit resets. */
  now?: () => Date;
  /** How requests are matched and checked (default the generated route table; tests: GitHub's OpenAPI description). */
  description?: ApiDescription;
}

export type ViolationKind =
  | 'unknown-route'
  | 'not-emulated'
  | 'auth'
  | 'path'
  | 'query'
  | 'body'
  | 'semantic'
  | 'graphql'
  | 'response'
  | 'emulator-error';

export interface Violation {
  kind: ViolationKind;
  method: string;
  path: string;
  template?: string;
  operationId?: string;
  /** One line: what was wrong. */
  message: string;
  /** Every individual problem (ajv errors rendered GitHub-style). */
  details: string[];
}

export interface RecordedRequest {
  method: string;
  /** Concrete path, without the query string. */
  path: string;
  /** OpenAPI path template (or `/graphql`) when the route is known. */
  template?: string;
  operationId?: string;
  query: Record<string, string>;
  /** Parsed JSON body (undefined when none). */
  body: unknown;
  headers: Record<string, string>;
  /** The status the emulator answered with. */
  status: number;
}

export interface SeedPullInput {
  owner: string;
  repo: string;
  number?: number;
  title?: string;
  body?: string | null;
  state?: 'open' | 'closed';
  merged?: boolean;
  draft?: boolean;
  /** Author login (default `octocat`). */
  user?: string;
  /** `repo` is the head repository's full name (a fork: another owner); defaults to the base repository. */
  head?: { ref?: string; sha?: string; repo?: string };
  base?: { ref?: string; sha?: string };
  labels?: string[];
  /** Commit SHAs in the pull request (associated with it for `GET /commits/{sha}/pulls`). */
  commits?: string[];
  mergeCommitSha?: string;
  createdAt?: string;
  /** Who authored the seeded commits (default: the pull request's author). */
  commitAuthor?: string;
}

export interface SeedCommentInput {
  body: string;
  /** Author login (default: the emulator's actor). */
  user?: string;
  authorAssociation?: AuthorAssociation;
  createdAt?: string;
  updatedAt?: string;
}

export interface SeedReviewInput {
  owner: string;
  repo: string;
  pullNumber: number;
  user: string;
  state?: ReviewState;
  /** Default: the pull request's head commit. */
  commitId?: string;
  /** Default: now. */
  submittedAt?: string;
  body?: string;
}

export interface GitHubEmulator {
  /** Base URL for Octokit (`getOctokit(token, { baseUrl: gh.url })`, or GITHUB_API_URL). */
  readonly url: string;
  readonly state: GitHubState;
  readonly requests: RecordedRequest[];
  readonly violations: Violation[];
  /** Requests that reached a given operation (`issues/create-comment`) or template. */
  calls(operationIdOrTemplate: string): RecordedRequest[];
  inject(spec: FaultSpec): InjectedFault;
  /** A rate-limit response (primary: 403 + `x-ratelimit-remaining: 0`; secondary: 429 + `retry-after`). */
  rateLimit(opts?: RateLimitOptions): InjectedFault;
  /** The read-only GITHUB_TOKEN of a fork's pull_request run: writes answer 403. */
  forkPrToken(opts?: { only?: 'comments'; times?: number }): InjectedFault;
  clearFaults(): void;
  seedRepo(fullName: string, opts?: { private?: boolean; defaultBranch?: string }): RepoRecord;
  seedRef(owner: string, repo: string, ref: string, sha: string): void;
  seedPull(input: SeedPullInput): PullRecord;
  seedComments(
    owner: string,
    repo: string,
    issueNumber: number,
    comments: (string | SeedCommentInput)[],
  ): CommentRecord[];
  /** Associates a commit with a pull request (as `GET /repos/{owner}/{repo}/commits/{sha}/pulls` reports). */
  associateCommit(owner: string, repo: string, sha: string, pullNumber: number): void;
  /** A review on a pull request (default: APPROVED on the pull's head commit, submitted now). */
  seedReview(input: SeedReviewInput): ReviewRecord;
  /** Dismisses a review, as a maintainer does: its state becomes DISMISSED. */
  dismissReview(id: number): void;
  /** Gives `login` a role on the repository (the owner is admin; anyone else is `none` until given one). */
  seedRole(owner: string, repo: string, login: string, role: RepoRole): void;
  /** Edits a comment as `login` would in the web UI (recorded in its edit history). */
  editCommentAs(id: number, body: string, login: string, at?: string): void;
  /** Sets a pull request's head commit: `pusher` pushed a commit they authored (default the PR's author). */
  pushToPull(owner: string, repo: string, number: number, sha: string, pusher?: string): void;
  /** Merges a pull request as `mergeCommitSha`. */
  mergePull(owner: string, repo: string, number: number, mergeCommitSha: string): void;
  /** Returns the violations recorded so far and forgets them. */
  takeViolations(): Violation[];
  /** Throws (listing them) if any violation was recorded. */
  assertNoViolations(): void;
  /** Stops the server; with `strict` (default) then throws if violations were recorded. */
  close(): Promise<void>;
}

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function formatViolations(violations: Violation[]): string {
  return violations
    .map((v) => {
      const head = `[${v.kind}] ${v.method} ${v.path}${v.operationId ? ` (${v.operationId})` : ''}: ${v.message}`;
      const more = v.details.filter((d) => d !== v.message).map((d) => `    ${d}`);
      return [head, ...more].join('\n');
    })
    .join('\n');
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export class GitHubEmulatorServer implements GitHubEmulator {
  readonly state: GitHubState;
  readonly requests: RecordedRequest[] = [];
  readonly violations: Violation[] = [];
  url = '';

  private readonly server: Server;
  private readonly description: ApiDescription;
  private readonly faults = new FaultList();
  private readonly now: () => Date;
  private readonly actor: UserRecord;
  private readonly strict: boolean;
  private readonly checkResponses: boolean;
  private readonly autoCreate: boolean;
  private rate: { remaining: number; reset: number };
  private closed = false;

  constructor(private readonly opts: GitHubEmulatorOptions = {}) {
    this.now = opts.now ?? (() => new Date());
    this.state = new GitHubState(this.now);
    this.actor = opts.actor ? this.state.user(opts.actor) : GITHUB_ACTIONS_BOT;
    this.strict = opts.strict ?? true;
    this.checkResponses = opts.validateResponses ?? true;
    this.autoCreate = opts.autoCreate ?? true;
    this.description = opts.description ?? routeTable();
    this.rate = { remaining: 5000, reset: Math.floor(this.now().getTime() / 1000) + 3600 };
    for (const r of opts.repos ?? []) this.seedRepo(r);
    this.server = createServer((req, res) => {
      this.handle(req, res).catch((e: unknown) => {
        const message = e instanceof Error ? (e.stack ?? e.message) : String(e);
        this.violations.push({
          kind: 'emulator-error',
          method: req.method ?? '?',
          path: req.url ?? '?',
          message: 'the emulator threw',
          details: [message],
        });
        if (!res.headersSent) {
          res.writeHead(500, { 'content-type': 'application/json; charset=utf-8' });
          res.end(
            JSON.stringify(errorBody(500, `Emulator error: ${message}`, 'https://docs.github.com/rest')),
          );
        }
      });
    });
  }

  async listen(): Promise<void> {
    await new Promise<void>((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(0, '127.0.0.1', () => resolve());
    });
    const { port } = this.server.address() as AddressInfo;
    this.url = `http://127.0.0.1:${port}`;
  }

  private get shape(): ShapeContext {
    return { api: this.url, state: this.state };
  }

  // ----- test API -----

  calls(operationIdOrTemplate: string): RecordedRequest[] {
    return this.requests.filter(
      (r) => r.operationId === operationIdOrTemplate || r.template === operationIdOrTemplate,
    );
  }

  inject(spec: FaultSpec): InjectedFault {
    return this.faults.add(spec);
  }

  rateLimit(opts: RateLimitOptions = {}): InjectedFault {
    return this.faults.add(rateLimit({ now: this.now, ...opts }));
  }

  forkPrToken(opts: { only?: 'comments'; times?: number } = {}): InjectedFault {
    return this.faults.add(forkPrToken(opts));
  }

  clearFaults(): void {
    this.faults.clear();
  }

  seedRepo(fullName: string, opts: { private?: boolean; defaultBranch?: string } = {}): RepoRecord {
    if (!/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(fullName)) {
      throw new Error(`seedRepo: expected owner/repo, got ${fullName}`);
    }
    return this.state.ensureRepo(fullName, opts);
  }

  seedRef(owner: string, repo: string, ref: string, sha: string): void {
    this.seedRepo(`${owner}/${repo}`).refs.set(ref.replace(/^refs\/(heads|tags)\//, ''), sha);
  }

  seedPull(input: SeedPullInput): PullRecord {
    const repo = this.seedRepo(`${input.owner}/${input.repo}`);
    const number = input.number ?? repo.nextNumber;
    if (this.state.pullsByKey.has(this.state.pullKey(repo.owner.login, repo.name, number))) {
      throw new Error(`seedPull: ${repo.fullName}#${number} already exists`);
    }
    const headRepoName = input.head?.repo ?? repo.fullName;
    const headRepo =
      headRepoName.toLowerCase() === repo.fullName.toLowerCase()
        ? repo
        : this.state.ensureRepo(headRepoName, { fork: true });
    const headRef = input.head?.ref ?? `feature-${number}`;
    const headSha = input.head?.sha ?? fakeSha(headRepo.fullName, headRef);
    const baseRef = input.base?.ref ?? repo.defaultBranch;
    const baseSha = input.base?.sha ?? repo.refs.get(baseRef) ?? fakeSha(repo.fullName, baseRef);
    const merged = input.merged ?? false;
    const state = merged ? 'closed' : (input.state ?? 'open');
    const created = input.createdAt ?? this.state.timestamp();
    const id = this.state.nextId('pull');
    const pull: PullRecord = {
      id,
      nodeId: makeNodeId('PR', repo.id, id),
      owner: repo.owner.login,
      repo: repo.name,
      number,
      title: input.title ?? `Pull request #${number}`,
      body: input.body === undefined ? null : input.body,
      state,
      draft: input.draft ?? false,
      merged,
      mergedAt: merged ? created : null,
      closedAt: state === 'closed' ? created : null,
      mergeCommitSha: merged
        ? (input.mergeCommitSha ?? fakeSha(repo.fullName, 'merge', String(number)))
        : null,
      user: this.state.user(input.user ?? 'octocat'),
      head: { ref: headRef, sha: headSha, repo: headRepo.fullName },
      base: { ref: baseRef, sha: baseSha },
      labels: input.labels ?? [],
      commits: input.commits ?? [headSha],
      commitAuthors: Object.fromEntries(
        (input.commits ?? [headSha]).map((sha) => [sha, input.commitAuthor ?? input.user ?? 'octocat']),
      ),
      createdAt: created,
      updatedAt: created,
    };
    this.state.pullsByKey.set(this.state.pullKey(repo.owner.login, repo.name, number), pull);
    this.state.nodes.set(pull.nodeId, {
      kind: 'PullRequest',
      key: this.state.pullKey(repo.owner.login, repo.name, number),
    });
    this.state.ensureIssue(repo, number, true);
    if (headRepo === repo && !repo.refs.has(headRef)) repo.refs.set(headRef, headSha);
    if (!repo.refs.has(baseRef)) repo.refs.set(baseRef, baseSha);
    for (const sha of new Set([
      headSha,
      ...pull.commits,
      ...(pull.mergeCommitSha ? [pull.mergeCommitSha] : []),
    ])) {
      this.state.associate(repo.owner.login, repo.name, sha, number);
    }
    return structuredClone(pull);
  }

  seedComments(
    owner: string,
    repo: string,
    issueNumber: number,
    comments: (string | SeedCommentInput)[],
  ): CommentRecord[] {
    const r = this.seedRepo(`${owner}/${repo}`);
    this.state.ensureIssue(r, issueNumber);
    return comments.map((input) => {
      const c = typeof input === 'string' ? { body: input } : input;
      const id = this.state.nextId('comment');
      const created = c.createdAt ?? this.state.timestamp();
      const record: CommentRecord = {
        id,
        nodeId: makeNodeId('IC', r.id, id),
        owner: r.owner.login,
        repo: r.name,
        issueNumber,
        body: c.body,
        user: c.user ? this.state.user(c.user) : this.actor,
        authorAssociation: c.authorAssociation ?? 'NONE',
        createdAt: created,
        updatedAt: c.updatedAt ?? created,
        minimized: null,
        edits: [],
      };
      this.state.commentsById.set(id, record);
      this.state.nodes.set(record.nodeId, { kind: 'IssueComment', id });
      return { ...record };
    });
  }

  associateCommit(owner: string, repo: string, sha: string, pullNumber: number): void {
    const r = this.seedRepo(`${owner}/${repo}`);
    this.state.associate(r.owner.login, r.name, sha, pullNumber);
  }

  private pull(owner: string, repo: string, number: number): PullRecord {
    const p = this.state.pullsByKey.get(this.state.pullKey(owner, repo, number));
    if (!p) throw new Error(`no pull request ${owner}/${repo}#${number}`);
    return p;
  }

  seedReview(input: SeedReviewInput): ReviewRecord {
    const repo = this.seedRepo(`${input.owner}/${input.repo}`);
    const pull = this.pull(repo.owner.login, repo.name, input.pullNumber);
    const id = this.state.nextId('review');
    const review: ReviewRecord = {
      id,
      nodeId: makeNodeId('PRR', repo.id, id),
      owner: repo.owner.login,
      repo: repo.name,
      pullNumber: input.pullNumber,
      user: this.state.user(input.user),
      body: input.body ?? '',
      state: input.state ?? 'APPROVED',
      commitId: input.commitId ?? pull.head.sha,
      submittedAt: input.state === 'PENDING' ? undefined : (input.submittedAt ?? this.state.timestamp()),
    };
    this.state.reviewsById.set(id, review);
    return { ...review };
  }

  dismissReview(id: number): void {
    const r = this.state.reviewsById.get(id);
    if (!r) throw new Error(`no review ${id}`);
    r.state = 'DISMISSED';
  }

  seedRole(owner: string, repo: string, login: string, role: RepoRole): void {
    const r = this.seedRepo(`${owner}/${repo}`);
    this.state.user(login);
    const key = r.fullName.toLowerCase();
    if (!this.state.roles.has(key)) this.state.roles.set(key, new Map());
    this.state.roles.get(key)?.set(login.toLowerCase(), role);
  }

  editCommentAs(id: number, body: string, login: string, at?: string): void {
    const c = this.state.commentsById.get(id);
    if (!c) throw new Error(`no comment ${id}`);
    c.body = body;
    c.updatedAt = at ?? this.state.timestamp();
    c.edits.push({ editor: this.state.user(login), editedAt: c.updatedAt });
  }

  pushToPull(owner: string, repo: string, number: number, sha: string, pusher?: string): void {
    const p = this.pull(owner, repo, number);
    p.head.sha = sha;
    p.commits.push(sha);
    p.commitAuthors[sha] = pusher ?? p.user.login;
    this.state.user(p.commitAuthors[sha] as string);
    this.state.associate(p.owner, p.repo, sha, number);
  }

  mergePull(owner: string, repo: string, number: number, mergeCommitSha: string): void {
    const p = this.pull(owner, repo, number);
    p.merged = true;
    p.state = 'closed';
    p.mergedAt = this.state.timestamp();
    p.closedAt = p.mergedAt;
    p.mergeCommitSha = mergeCommitSha;
    this.state.associate(p.owner, p.repo, mergeCommitSha, number);
  }

  takeViolations(): Violation[] {
    return this.violations.splice(0, this.violations.length);
  }

  assertNoViolations(): void {
    if (this.violations.length > 0) {
      throw new Error(
        `GitHub emulator: ${this.violations.length} request(s) did not match GitHub's API:\n` +
          formatViolations(this.violations),
      );
    }
  }

  async close(): Promise<void> {
    if (!this.closed) {
      this.closed = true;
      await new Promise<void>((resolve) => {
        this.server.close(() => resolve());
        this.server.closeAllConnections();
      });
    }
    if (this.strict) this.assertNoViolations();
  }

  // ----- request pipeline -----

  private violation(v: Omit<Violation, 'details'> & { details?: string[] }): void {
    this.violations.push({ ...v, details: v.details ?? [v.message] });
  }

  private send(res: ServerResponse, record: RecordedRequest, result: HandlerResult): void {
    record.status = result.status;
    const headers: Record<string, string> = {
      'x-github-api-version-selected': '2022-11-28',
      'x-github-media-type': 'github.v3; format=json',
      'x-github-request-id': `0000:${String(this.requests.length).padStart(4, '0')}:EMULATOR`,
      ...result.headers,
    };
    if (record.template !== '/graphql' && !('x-ratelimit-remaining' in headers)) {
      this.rate.remaining = Math.max(0, this.rate.remaining - 1);
      Object.assign(headers, {
        'x-ratelimit-limit': '5000',
        'x-ratelimit-remaining': String(this.rate.remaining),
        'x-ratelimit-used': String(5000 - this.rate.remaining),
        'x-ratelimit-reset': String(this.rate.reset),
        'x-ratelimit-resource': 'core',
      });
    }
    if (result.status === 204 || result.body === undefined) {
      res.writeHead(result.status, headers);
      res.end();
      return;
    }
    const text = typeof result.body === 'string' ? result.body : JSON.stringify(result.body);
    headers['content-type'] ??=
      typeof result.body === 'string' ? 'text/plain; charset=utf-8' : 'application/json; charset=utf-8';
    res.writeHead(result.status, headers);
    res.end(text);
  }

  private faultResponse(spec: FaultSpec, docsUrl: string): HandlerResult {
    const body =
      spec.body !== undefined
        ? spec.body
        : errorBody(spec.status, spec.message ?? DEFAULT_MESSAGES[spec.status], docsUrl);
    return { status: spec.status, body, headers: spec.headers };
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const method = (req.method ?? 'GET').toUpperCase();
    const url = new URL(req.url ?? '/', this.url);
    const rawBody = await readBody(req);
    const hasBody = rawBody.length > 0;
    const query = Object.fromEntries(url.searchParams);
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries(req.headers)) {
      if (v !== undefined) headers[k] = Array.isArray(v) ? v.join(', ') : v;
    }
    const record: RecordedRequest = {
      method,
      path: url.pathname,
      query,
      body: undefined,
      headers,
      status: 0,
    };
    this.requests.push(record);
    const base = { method, path: url.pathname };

    let body: unknown;
    let jsonError = false;
    if (hasBody) {
      try {
        body = JSON.parse(rawBody.toString('utf8'));
      } catch {
        jsonError = true;
        body = rawBody.toString('utf8');
      }
    }
    record.body = body;

    if (this.opts.token !== undefined) {
      const auth = headers.authorization ?? '';
      if (auth !== `token ${this.opts.token}` && auth !== `Bearer ${this.opts.token}`) {
        this.violation({ ...base, kind: 'auth', message: 'missing or wrong token' });
        return this.send(res, record, {
          status: 401,
          body: errorBody(401, 'Bad credentials', 'https://docs.github.com/rest'),
        });
      }
    }

    if (url.pathname === '/graphql') return this.handleGraphQL(res, record, body, jsonError);

    const lookup = this.description.find(method, url.pathname);
    if (lookup.kind !== 'found') {
      const message =
        lookup.kind === 'no-path'
          ? `${method} ${url.pathname} matches no path ${this.description.kind === 'openapi' ? "in GitHub's REST description" : 'the emulator handles'}`
          : `${method} is not an operation of ${lookup.template} (it has ${lookup.allowed.join(', ')})`;
      this.violation({
        ...base,
        kind: 'unknown-route',
        template: lookup.kind === 'no-method' ? lookup.template : undefined,
        message,
      });
      return this.send(res, record, {
        status: 404,
        body: errorBody(404, 'Not Found', 'https://docs.github.com/rest'),
      });
    }
    const match = lookup.match;
    record.template = match.template;
    record.operationId = match.operationId;
    const where = { ...base, template: match.template, operationId: match.operationId };

    if (jsonError) {
      this.violation({ ...where, kind: 'body', message: 'request body is not JSON' });
      return this.send(res, record, {
        status: 400,
        body: errorBody(400, 'Problems parsing JSON', match.docsUrl),
      });
    }

    const checked = this.description.validateRequest(match, query, body, hasBody);
    for (const name of checked.unknownQuery) {
      this.violation({
        ...where,
        kind: 'query',
        message: `query parameter "${name}" is not defined for ${match.operationId} (GitHub ignores it)`,
      });
    }
    const pathProblems = checked.problems.filter((p) => p.where === 'path').map((p) => p.message);
    if (pathProblems.length) {
      this.violation({ ...where, kind: 'path', message: pathProblems.join(' '), details: pathProblems });
      return this.send(res, record, { status: 404, body: errorBody(404, 'Not Found', match.docsUrl) });
    }
    if (checked.problems.length) {
      const lines = checked.problems.map((p) => p.message);
      const kind = checked.problems.some((p) => p.where === 'body') ? 'body' : 'query';
      this.violation({ ...where, kind, message: lines.join(' '), details: lines });
      return this.send(res, record, {
        status: 422,
        body: errorBody(422, `Invalid request.\n\n${lines.join('\n')}`, match.docsUrl),
      });
    }

    const fault = this.faults.take({
      method,
      path: url.pathname,
      template: match.template,
      operationId: match.operationId,
      write: WRITE_METHODS.has(method),
      graphql: false,
    });
    if (fault) return this.send(res, record, this.faultResponse(fault, match.docsUrl));

    const handler = HANDLERS[match.operationId];
    if (!handler) {
      this.violation({
        ...where,
        kind: 'not-emulated',
        message: `${match.method} ${match.template} (${match.operationId}) is GitHub API but not emulated yet`,
      });
      return this.send(res, record, {
        status: 501,
        body: errorBody(501, `Not emulated: ${match.operationId}`, match.docsUrl),
      });
    }

    const params: Record<string, unknown> = {};
    const coercedQuery: Record<string, unknown> = {};
    for (const p of match.parameters) {
      if (p.in === 'path' && match.params[p.name] !== undefined) {
        params[p.name] = coerce(match.params[p.name] as string, p.type);
      } else if (p.in === 'query' && query[p.name] !== undefined) {
        coercedQuery[p.name] = coerce(query[p.name] as string, p.type);
      }
    }
    let result: HandlerResult;
    try {
      result = handler({
        params,
        query: coercedQuery,
        body: isObject(body) ? body : {},
        state: this.state,
        shape: this.shape,
        actor: this.actor,
        autoCreate: this.autoCreate,
        url: new URL(`${url.pathname}${url.search}`, this.url),
        docsUrl: match.docsUrl,
      });
    } catch (e) {
      if (!(e instanceof HttpError)) throw e;
      if (e.semantic) {
        const details = [e.message, ...(e.errors ?? []).map((x) => JSON.stringify(x))];
        this.violation({ ...where, kind: 'semantic', message: e.message, details });
      }
      result = { status: e.status, body: e.body() };
    }
    if (this.checkResponses && result.status < 300) {
      const problems = this.description.validateResponse(match, result.status, result.body);
      if (problems.length) {
        this.violation({
          ...where,
          kind: 'response',
          message: `the emulator's ${result.status} response does not match GitHub's schema`,
          details: problems,
        });
      }
    }
    return this.send(res, record, result);
  }

  private handleGraphQL(
    res: ServerResponse,
    record: RecordedRequest,
    body: unknown,
    jsonError: boolean,
  ): void {
    record.template = '/graphql';
    record.operationId = 'graphql';
    const where = { method: record.method, path: record.path, template: '/graphql', operationId: 'graphql' };
    const docs = 'https://docs.github.com/graphql';
    if (record.method !== 'POST') {
      this.violation({
        ...where,
        kind: 'unknown-route',
        message: `${record.method} /graphql (only POST is supported)`,
      });
      return this.send(res, record, { status: 404, body: errorBody(404, 'Not Found', docs) });
    }
    if (jsonError || !isObject(body)) {
      this.violation({ ...where, kind: 'graphql', message: 'request body is not a JSON object' });
      return this.send(res, record, { status: 400, body: errorBody(400, 'Problems parsing JSON', docs) });
    }
    const request = body as GraphQLRequest;
    const operation = pickOperation(request);
    const faultRequest: FaultRequest = {
      ...where,
      write: operation?.operation === 'mutation',
      graphql: true,
    };
    const fault = this.faults.take(faultRequest);
    if (fault) {
      if (fault.status === 403 || fault.status === 404 || fault.status === 422) {
        // GraphQL reports permission and lookup failures in-band: HTTP 200 with `errors`.
        const first = operation?.selections.find((s) => s.kind === 'Field');
        const field = first?.kind === 'Field' ? (first.alias ?? first.name) : undefined;
        const type =
          fault.status === 403 ? 'FORBIDDEN' : fault.status === 404 ? 'NOT_FOUND' : 'UNPROCESSABLE';
        const message = fault.message ?? DEFAULT_MESSAGES[fault.status];
        const errors = [{ type, path: field ? [field] : undefined, message }];
        return this.send(res, record, {
          status: 200,
          body: fault.body ?? { data: field ? { [field]: null } : null, errors },
          headers: fault.headers,
        });
      }
      return this.send(res, record, this.faultResponse(fault, docs));
    }
    const result = executeGraphQL(request, { state: this.state, webUrl: WEB, actorLogin: this.actor.login });
    if (result.invalid.length) {
      this.violation({
        ...where,
        kind: 'graphql',
        message: result.invalid.join(' '),
        details: result.invalid,
      });
    }
    return this.send(res, record, { status: 200, body: result.body });
  }
}
