/**
 * Route handlers, keyed by the OpenAPI operationId. A request reaches a handler only after its path, query
 * and body matched the published description; handlers add GitHub's semantic rules (404 for a missing repo,
 * issue or comment, 422 for rules the schema cannot express) and shape the response.
 */
import {
  checkRun,
  deployment,
  deploymentStatus,
  errorBody,
  fullRepository,
  issueComment,
  collaboratorPermission,
  pullRequest,
  pullCommit,
  pullRequestReview,
  pullRequestSimple,
  type ShapeContext,
} from './shapes.js';
import {
  fakeSha,
  makeNodeId,
  type CheckRunRecord,
  type CheckStatus,
  type CommentRecord,
  type DeploymentRecord,
  type DeploymentState,
  type DeploymentStatusRecord,
  type GitHubState,
  type PullRecord,
  type RepoRecord,
  type UserRecord,
} from './state.js';

export interface HandlerContext {
  params: Record<string, unknown>;
  query: Record<string, unknown>;
  body: Record<string, unknown>;
  state: GitHubState;
  shape: ShapeContext;
  actor: UserRecord;
  autoCreate: boolean;
  /** The request URL (absolute, on the emulator), for Link headers. */
  url: URL;
  docsUrl: string;
}

export interface HandlerResult {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export type Handler = (ctx: HandlerContext) => HandlerResult;

/** A GitHub error response. `semantic` marks a 422 for a rule our code broke (recorded as a violation). */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly docsUrl: string,
    readonly errors?: unknown[],
    readonly semantic = false,
  ) {
    super(message);
  }

  body(): Record<string, unknown> {
    return errorBody(this.status, this.message, this.docsUrl, this.errors);
  }
}

function notFound(ctx: HandlerContext): HttpError {
  return new HttpError(404, 'Not Found', ctx.docsUrl);
}

function invalid(ctx: HandlerContext, message: string, errors?: unknown[]): HttpError {
  return new HttpError(422, message, ctx.docsUrl, errors, true);
}

function str(v: unknown): string {
  return typeof v === 'string' ? v : String(v);
}

function num(v: unknown): number {
  return typeof v === 'number' ? v : Number(v);
}

function repoOf(ctx: HandlerContext): RepoRecord {
  const owner = str(ctx.params.owner);
  const name = str(ctx.params.repo);
  const found = ctx.state.findRepo(owner, name);
  if (found) return found;
  if (!ctx.autoCreate) throw notFound(ctx);
  return ctx.state.ensureRepo(`${owner}/${name}`);
}

function issueOf(ctx: HandlerContext, repo: RepoRecord, number: number): void {
  if (repo.issues.has(number)) return;
  if (!ctx.autoCreate) throw notFound(ctx);
  ctx.state.ensureIssue(repo, number);
}

function commentOf(ctx: HandlerContext, repo: RepoRecord): CommentRecord {
  const c = ctx.state.commentsById.get(num(ctx.params.comment_id));
  if (!c || `${c.owner}/${c.repo}`.toLowerCase() !== repo.fullName.toLowerCase()) throw notFound(ctx);
  return c;
}

// ---------------------------------------------------------------------------------------------------------
// Pagination

/** Slices `items` by `per_page` (default 30, at most 100) and `page`, with GitHub's RFC 5988 Link header. */
export function paginate<T>(items: T[], ctx: HandlerContext): { page: T[]; headers: Record<string, string> } {
  const rawPer = ctx.query.per_page;
  const rawPage = ctx.query.page;
  const perPage = typeof rawPer === 'number' && rawPer >= 1 ? Math.min(100, Math.floor(rawPer)) : 30;
  const page = typeof rawPage === 'number' && rawPage >= 1 ? Math.floor(rawPage) : 1;
  const last = Math.max(1, Math.ceil(items.length / perPage));
  const slice = items.slice((page - 1) * perPage, page * perPage);
  const link = (n: number, rel: string): string => {
    const u = new URL(ctx.url.toString());
    u.searchParams.set('page', String(n));
    if (rawPer !== undefined) u.searchParams.set('per_page', String(perPage));
    return `<${u.toString()}>; rel="${rel}"`;
  };
  const parts: string[] = [];
  if (page > 1) parts.push(link(Math.min(page - 1, last), 'prev'));
  if (page < last) parts.push(link(page + 1, 'next'), link(last, 'last'));
  if (page > 1) parts.push(link(1, 'first'));
  return { page: slice, headers: parts.length ? { link: parts.join(', ') } : {} };
}

// ---------------------------------------------------------------------------------------------------------
// Handlers

function listComments(ctx: HandlerContext, filter: (c: CommentRecord) => boolean): HandlerResult {
  const since = typeof ctx.query.since === 'string' ? Date.parse(ctx.query.since) : undefined;
  const all = [...ctx.state.commentsById.values()]
    .filter(filter)
    .filter((c) => since === undefined || Date.parse(c.updatedAt) >= since)
    .sort((a, b) => a.id - b.id);
  const { page, headers } = paginate(all, ctx);
  return { status: 200, body: page.map((c) => issueComment(c, ctx.shape)), headers };
}

function sameRepo(repo: RepoRecord, owner: string, name: string): boolean {
  return `${owner}/${name}`.toLowerCase() === repo.fullName.toLowerCase();
}

function checkRunOf(ctx: HandlerContext, repo: RepoRecord): CheckRunRecord {
  const c = ctx.state.checkRunsById.get(num(ctx.params.check_run_id));
  if (!c || !sameRepo(repo, c.owner, c.repo)) throw notFound(ctx);
  return c;
}

function deploymentOf(ctx: HandlerContext, repo: RepoRecord): DeploymentRecord {
  const d = ctx.state.deploymentsById.get(num(ctx.params.deployment_id));
  if (!d || !sameRepo(repo, d.owner, d.repo)) throw notFound(ctx);
  return d;
}

function applyCheckRunFields(c: CheckRunRecord, body: Record<string, unknown>, ctx: HandlerContext): void {
  if (typeof body.name === 'string') c.name = body.name;
  if (typeof body.details_url === 'string') c.detailsUrl = body.details_url;
  if (typeof body.external_id === 'string') c.externalId = body.external_id;
  if (typeof body.started_at === 'string') c.startedAt = body.started_at;
  if (typeof body.status === 'string') c.status = body.status as CheckStatus;
  if (typeof body.conclusion === 'string') {
    // "Providing conclusion will automatically set the status parameter to completed."
    c.conclusion = body.conclusion;
    c.status = 'completed';
  }
  if (typeof body.completed_at === 'string') c.completedAt = body.completed_at;
  if (c.status === 'completed') {
    if (c.conclusion === null) {
      throw invalid(ctx, 'Invalid request.\n\n"conclusion" wasn\'t supplied.');
    }
    c.completedAt ??= ctx.state.timestamp();
  }
  const output = body.output as Record<string, unknown> | undefined;
  if (output) {
    if (typeof output.title === 'string') c.output.title = output.title;
    if (typeof output.summary === 'string') c.output.summary = output.summary;
    if (typeof output.text === 'string') c.output.text = output.text;
    // Annotations accumulate across updates (GitHub appends them, 50 per request).
    if (Array.isArray(output.annotations)) c.output.annotations.push(...output.annotations);
  }
  if (Array.isArray(body.actions)) c.actions = body.actions;
}

function resolveRef(ctx: HandlerContext, repo: RepoRecord, ref: string): string {
  if (/^[0-9a-f]{40}$/i.test(ref)) return ref.toLowerCase();
  const short = ref.replace(/^refs\/(heads|tags)\//, '');
  const known = repo.refs.get(ref) ?? repo.refs.get(short);
  if (known) return known;
  const pull = [...ctx.state.pullsByKey.values()].find(
    (p) => sameRepo(repo, p.owner, p.repo) && p.head.ref === short && p.head.repo === repo.fullName,
  );
  if (pull) return pull.head.sha;
  if (!ctx.autoCreate) {
    throw invalid(ctx, `No ref found for: ${ref}`, [
      { resource: 'Deployment', field: 'ref', code: 'invalid' },
    ]);
  }
  const sha = fakeSha(repo.fullName, short);
  repo.refs.set(short, sha);
  return sha;
}

function latestState(d: DeploymentRecord): DeploymentState | undefined {
  return d.statuses[d.statuses.length - 1]?.state;
}

export const HANDLERS: Record<string, Handler> = {
  'repos/get': (ctx) => ({ status: 200, body: fullRepository(repoOf(ctx), ctx.shape) }),

  // ----- issue comments -----
  'issues/list-comments': (ctx) => {
    const repo = repoOf(ctx);
    const number = num(ctx.params.issue_number);
    issueOf(ctx, repo, number);
    return listComments(ctx, (c) => sameRepo(repo, c.owner, c.repo) && c.issueNumber === number);
  },
  'issues/list-comments-for-repo': (ctx) => {
    const repo = repoOf(ctx);
    return listComments(ctx, (c) => sameRepo(repo, c.owner, c.repo));
  },
  'issues/create-comment': (ctx) => {
    const repo = repoOf(ctx);
    const number = num(ctx.params.issue_number);
    issueOf(ctx, repo, number);
    const body = str(ctx.body.body);
    if (body.length > 65536) {
      throw invalid(ctx, 'Validation Failed', [
        {
          resource: 'IssueComment',
          code: 'custom',
          field: 'body',
          message: 'body is too long (maximum is 65536 characters)',
        },
      ]);
    }
    const id = ctx.state.nextId('comment');
    const now = ctx.state.timestamp();
    const c: CommentRecord = {
      id,
      nodeId: makeNodeId('IC', repo.id, id),
      owner: repo.owner.login,
      repo: repo.name,
      issueNumber: number,
      body,
      user: ctx.actor,
      authorAssociation: 'NONE',
      createdAt: now,
      updatedAt: now,
      minimized: null,
      edits: [],
    };
    ctx.state.commentsById.set(id, c);
    ctx.state.nodes.set(c.nodeId, { kind: 'IssueComment', id });
    const json = issueComment(c, ctx.shape);
    return { status: 201, body: json, headers: { location: String(json.url) } };
  },
  'issues/get-comment': (ctx) => ({
    status: 200,
    body: issueComment(commentOf(ctx, repoOf(ctx)), ctx.shape),
  }),
  'issues/update-comment': (ctx) => {
    const c = commentOf(ctx, repoOf(ctx));
    const body = str(ctx.body.body);
    if (body.length > 65536) {
      throw invalid(ctx, 'Validation Failed', [
        {
          resource: 'IssueComment',
          code: 'custom',
          field: 'body',
          message: 'body is too long (maximum is 65536 characters)',
        },
      ]);
    }
    c.body = body;
    c.updatedAt = ctx.state.timestamp();
    c.edits.push({ editor: ctx.actor, editedAt: c.updatedAt });
    return { status: 200, body: issueComment(c, ctx.shape) };
  },
  'issues/delete-comment': (ctx) => {
    const c = commentOf(ctx, repoOf(ctx));
    ctx.state.commentsById.delete(c.id);
    ctx.state.nodes.delete(c.nodeId);
    return { status: 204 };
  },

  // ----- pulls -----
  'repos/list-pull-requests-associated-with-commit': (ctx) => {
    const repo = repoOf(ctx);
    const sha = str(ctx.params.commit_sha);
    if (!ctx.autoCreate && !ctx.state.knowsCommit(repo.owner.login, repo.name, sha)) {
      throw invalid(ctx, `No commit found for SHA: ${sha}`);
    }
    const pulls = ctx.state.pullsForCommit(repo.owner.login, repo.name, sha);
    const { page, headers } = paginate(pulls, ctx);
    return { status: 200, body: page.map((p) => pullRequestSimple(p, ctx.shape)), headers };
  },
  'pulls/get': (ctx) => {
    const repo = repoOf(ctx);
    const p = ctx.state.pullsByKey.get(
      ctx.state.pullKey(repo.owner.login, repo.name, num(ctx.params.pull_number)),
    );
    if (!p) throw notFound(ctx);
    return { status: 200, body: pullRequest(p, ctx.shape) };
  },
  'pulls/list-commits': (ctx) => {
    const repo = repoOf(ctx);
    const p = ctx.state.pullsByKey.get(
      ctx.state.pullKey(repo.owner.login, repo.name, num(ctx.params.pull_number)),
    );
    if (!p) throw notFound(ctx);
    const { page, headers } = paginate(
      p.commits.map((sha, i) => ({ sha, i })),
      ctx,
    );
    return { status: 200, body: page.map((c) => pullCommit(p, c.sha, c.i, ctx.shape)), headers };
  },
  'pulls/list-reviews': (ctx) => {
    const repo = repoOf(ctx);
    const number = num(ctx.params.pull_number);
    if (!ctx.state.pullsByKey.has(ctx.state.pullKey(repo.owner.login, repo.name, number)))
      throw notFound(ctx);
    const reviews = ctx.state.reviews(repo.owner.login, repo.name, number);
    const { page, headers } = paginate(reviews, ctx);
    return { status: 200, body: page.map((r) => pullRequestReview(r, ctx.shape)), headers };
  },
  'repos/get-collaborator-permission-level': (ctx) => {
    const repo = repoOf(ctx);
    const login = str(ctx.params.username);
    const user = ctx.state.users.get(login.toLowerCase());
    // GitHub answers 404 for a login that is no user at all; anyone else gets their role (none included).
    if (!user) throw notFound(ctx);
    return { status: 200, body: collaboratorPermission(user, ctx.state.role(repo, login), ctx.shape) };
  },
  'pulls/list': (ctx) => {
    const repo = repoOf(ctx);
    const state = typeof ctx.query.state === 'string' ? ctx.query.state : 'open';
    const head = typeof ctx.query.head === 'string' ? ctx.query.head : undefined;
    const base = typeof ctx.query.base === 'string' ? ctx.query.base : undefined;
    const sort = typeof ctx.query.sort === 'string' ? ctx.query.sort : 'created';
    const direction =
      typeof ctx.query.direction === 'string' ? ctx.query.direction : sort === 'created' ? 'desc' : 'asc';
    const key = (p: PullRecord): number =>
      sort === 'updated' ? Date.parse(p.updatedAt) : sort === 'popularity' ? 0 : Date.parse(p.createdAt);
    const pulls = [...ctx.state.pullsByKey.values()]
      .filter((p) => sameRepo(repo, p.owner, p.repo))
      .filter((p) => state === 'all' || p.state === state)
      // GitHub only honours `head` in the `user:ref-name` form; a bare branch name filters nothing.
      .filter((p) => !head || !head.includes(':') || `${p.head.repo.split('/')[0]}:${p.head.ref}` === head)
      .filter((p) => !base || p.base.ref === base)
      .sort((a, b) => (key(a) - key(b) || a.number - b.number) * (direction === 'desc' ? -1 : 1));
    const { page, headers } = paginate(pulls, ctx);
    return { status: 200, body: page.map((p) => pullRequestSimple(p, ctx.shape)), headers };
  },

  // ----- check runs -----
  'checks/create': (ctx) => {
    const repo = repoOf(ctx);
    const id = ctx.state.nextId('checkRun');
    const c: CheckRunRecord = {
      id,
      nodeId: makeNodeId('CR', repo.id, id),
      owner: repo.owner.login,
      repo: repo.name,
      name: str(ctx.body.name),
      headSha: str(ctx.body.head_sha),
      status: 'queued',
      conclusion: null,
      detailsUrl: null,
      externalId: null,
      startedAt: ctx.state.timestamp(),
      completedAt: null,
      output: { title: null, summary: null, text: null, annotations: [] },
      actions: [],
      checkSuiteId: ctx.state.nextId('checkSuite'),
    };
    applyCheckRunFields(c, ctx.body, ctx);
    ctx.state.checkRunsById.set(id, c);
    return { status: 201, body: checkRun(c, ctx.shape) };
  },
  'checks/get': (ctx) => ({ status: 200, body: checkRun(checkRunOf(ctx, repoOf(ctx)), ctx.shape) }),
  'checks/update': (ctx) => {
    const c = checkRunOf(ctx, repoOf(ctx));
    const draft = structuredClone(c);
    applyCheckRunFields(draft, ctx.body, ctx);
    Object.assign(c, draft);
    return { status: 200, body: checkRun(c, ctx.shape) };
  },
  'checks/list-for-ref': (ctx) => {
    const repo = repoOf(ctx);
    const ref = str(ctx.params.ref);
    const sha = /^[0-9a-f]{40}$/i.test(ref) ? ref : (repo.refs.get(ref.replace(/^refs\/heads\//, '')) ?? ref);
    const runs = [...ctx.state.checkRunsById.values()]
      .filter((c) => sameRepo(repo, c.owner, c.repo) && c.headSha === sha)
      .filter((c) => typeof ctx.query.check_name !== 'string' || c.name === ctx.query.check_name)
      .filter((c) => typeof ctx.query.status !== 'string' || c.status === ctx.query.status)
      .sort((a, b) => b.id - a.id);
    const { page, headers } = paginate(runs, ctx);
    return {
      status: 200,
      body: { total_count: runs.length, check_runs: page.map((c) => checkRun(c, ctx.shape)) },
      headers,
    };
  },

  // ----- deployments -----
  'repos/create-deployment': (ctx) => {
    const repo = repoOf(ctx);
    const b = ctx.body;
    const ref = str(b.ref);
    const sha = resolveRef(ctx, repo, ref);
    const environment = typeof b.environment === 'string' ? b.environment : 'production';
    const id = ctx.state.nextId('deployment');
    const now = ctx.state.timestamp();
    let payload: unknown = b.payload ?? {};
    if (typeof payload === 'string' && payload !== '') {
      try {
        payload = JSON.parse(payload);
      } catch {
        throw invalid(ctx, 'Invalid request.\n\n"payload" is not valid JSON.');
      }
    } else if (payload === '') {
      payload = {};
    }
    const d: DeploymentRecord = {
      id,
      nodeId: makeNodeId('DE', repo.id, id),
      owner: repo.owner.login,
      repo: repo.name,
      sha,
      ref,
      task: typeof b.task === 'string' ? b.task : 'deploy',
      payload,
      environment,
      originalEnvironment: environment,
      description: b.description === undefined ? '' : (b.description as string | null),
      transientEnvironment: b.transient_environment === true,
      productionEnvironment:
        typeof b.production_environment === 'boolean'
          ? b.production_environment
          : environment === 'production',
      requiredContexts: Array.isArray(b.required_contexts) ? (b.required_contexts as string[]) : undefined,
      creator: ctx.actor,
      createdAt: now,
      updatedAt: now,
      statuses: [],
    };
    ctx.state.deploymentsById.set(id, d);
    return { status: 201, body: deployment(d, ctx.shape) };
  },
  'repos/list-deployments': (ctx) => {
    const repo = repoOf(ctx);
    const filter = (name: string): string | undefined => {
      const v = ctx.query[name];
      return typeof v === 'string' && v !== 'none' ? v : undefined;
    };
    const [sha, ref, task, env] = [filter('sha'), filter('ref'), filter('task'), filter('environment')];
    const list = [...ctx.state.deploymentsById.values()]
      .filter((d) => sameRepo(repo, d.owner, d.repo))
      .filter((d) => (!sha || d.sha === sha) && (!ref || d.ref === ref) && (!task || d.task === task))
      .filter((d) => !env || d.environment === env)
      .sort((a, b) => b.id - a.id);
    const { page, headers } = paginate(list, ctx);
    return { status: 200, body: page.map((d) => deployment(d, ctx.shape)), headers };
  },
  'repos/get-deployment': (ctx) => ({
    status: 200,
    body: deployment(deploymentOf(ctx, repoOf(ctx)), ctx.shape),
  }),
  'repos/delete-deployment': (ctx) => {
    const d = deploymentOf(ctx, repoOf(ctx));
    // "If the repository only has one deployment, you can delete the deployment regardless of its status. If
    // the repository has more than one deployment, you can only delete inactive deployments."
    const inRepo = [...ctx.state.deploymentsById.values()].filter(
      (o) => o.owner === d.owner && o.repo === d.repo,
    );
    if (inRepo.length > 1 && latestState(d) !== 'inactive') {
      throw invalid(
        ctx,
        'We cannot delete an active deployment unless it is the only deployment in a given environment.',
      );
    }
    ctx.state.deploymentsById.delete(d.id);
    return { status: 204 };
  },
  'repos/create-deployment-status': (ctx) => {
    const d = deploymentOf(ctx, repoOf(ctx));
    const b = ctx.body;
    const description = typeof b.description === 'string' ? b.description : '';
    if (description.length > 140) {
      throw invalid(ctx, 'Validation Failed', [
        {
          resource: 'DeploymentStatus',
          code: 'custom',
          field: 'description',
          message: 'description is too long (maximum is 140 characters)',
        },
      ]);
    }
    const previous = d.statuses[d.statuses.length - 1];
    const environment =
      typeof b.environment === 'string' ? b.environment : (previous?.environment ?? d.environment);
    const logUrl = typeof b.log_url === 'string' ? b.log_url : '';
    const targetUrl = logUrl !== '' ? logUrl : typeof b.target_url === 'string' ? b.target_url : '';
    const status = addStatus(ctx, d, {
      state: str(b.state) as DeploymentState,
      description,
      environment,
      targetUrl,
      logUrl: logUrl !== '' ? logUrl : targetUrl,
      environmentUrl: typeof b.environment_url === 'string' ? b.environment_url : '',
    });
    if (environment !== d.environment) d.environment = environment;
    if (status.state === 'success' && b.auto_inactive !== false) {
      // "Adds a new inactive status to all prior non-transient, non-production environment deployments with
      // the same repository and environment name … only added to deployments that had a success state."
      for (const other of ctx.state.deploymentsById.values()) {
        if (other.id >= d.id || other.owner !== d.owner || other.repo !== d.repo) continue;
        if (other.environment !== environment || other.transientEnvironment || other.productionEnvironment)
          continue;
        if (latestState(other) !== 'success') continue;
        addStatus(ctx, other, {
          state: 'inactive',
          description: '',
          environment: other.environment,
          targetUrl: '',
          logUrl: '',
          environmentUrl: '',
        });
      }
    }
    return { status: 201, body: deploymentStatus(status, d, ctx.shape) };
  },
  'repos/list-deployment-statuses': (ctx) => {
    const d = deploymentOf(ctx, repoOf(ctx));
    const { page, headers } = paginate([...d.statuses].reverse(), ctx);
    return { status: 200, body: page.map((s) => deploymentStatus(s, d, ctx.shape)), headers };
  },
  'repos/get-deployment-status': (ctx) => {
    const d = deploymentOf(ctx, repoOf(ctx));
    const s = d.statuses.find((x) => x.id === num(ctx.params.status_id));
    if (!s) throw notFound(ctx);
    return { status: 200, body: deploymentStatus(s, d, ctx.shape) };
  },
};

function addStatus(
  ctx: HandlerContext,
  d: DeploymentRecord,
  fields: Pick<
    DeploymentStatusRecord,
    'state' | 'description' | 'environment' | 'targetUrl' | 'logUrl' | 'environmentUrl'
  >,
): DeploymentStatusRecord {
  const id = ctx.state.nextId('deploymentStatus');
  const now = ctx.state.timestamp();
  const s: DeploymentStatusRecord = {
    id,
    nodeId: makeNodeId('DES', d.id, id),
    deploymentId: d.id,
    ...fields,
    creator: ctx.actor,
    createdAt: now,
    updatedAt: now,
  };
  d.statuses.push(s);
  d.updatedAt = now;
  return s;
}
