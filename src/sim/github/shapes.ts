/**
 * Records → GitHub's JSON. Field names, nullability and URL forms follow api.github.com (checked against the
 * OpenAPI response schemas by the emulator's `validateResponses` self-test). API URLs point at the emulator
 * (as a GHES server's do at itself); web URLs point at https://github.com.
 */
import type {
  CheckRunRecord,
  CommentRecord,
  DeploymentRecord,
  DeploymentStatusRecord,
  GitHubState,
  PullRecord,
  RepoRecord,
  RepoRole,
  ReviewRecord,
  UserRecord,
} from './state.js';
import { makeNodeId } from './state.js';

export const WEB = 'https://github.com';

export interface ShapeContext {
  /** The emulator's base URL, no trailing slash. */
  api: string;
  state: GitHubState;
}

export function simpleUser(u: UserRecord, ctx: ShapeContext): Record<string, unknown> {
  const login = encodeURIComponent(u.login);
  const base = `${ctx.api}/users/${login}`;
  const prefix = u.type === 'Bot' ? 'BOT' : u.type === 'Organization' ? 'O' : 'U';
  return {
    login: u.login,
    id: u.id,
    node_id: u.login === 'github-actions[bot]' ? 'MDM6Qm90NDE4OTgyODI=' : makeNodeId(prefix, u.id),
    avatar_url: `https://avatars.githubusercontent.com/${u.type === 'Bot' ? 'in/15368' : `u/${u.id}`}?v=4`,
    gravatar_id: '',
    url: base,
    html_url: u.type === 'Bot' ? `${WEB}/apps/${u.login.replace(/\[bot\]$/, '')}` : `${WEB}/${u.login}`,
    followers_url: `${base}/followers`,
    following_url: `${base}/following{/other_user}`,
    gists_url: `${base}/gists{/gist_id}`,
    starred_url: `${base}/starred{/owner}{/repo}`,
    subscriptions_url: `${base}/subscriptions`,
    organizations_url: `${base}/orgs`,
    repos_url: `${base}/repos`,
    events_url: `${base}/events{/privacy}`,
    received_events_url: `${base}/received_events`,
    type: u.type,
    user_view_type: 'public',
    site_admin: false,
  };
}

const GITHUB_ORG: UserRecord = { login: 'github', id: 9919, type: 'Organization' };

/** The "GitHub Actions" app, as `performed_via_github_app` / check run `app`. */
export function githubActionsApp(ctx: ShapeContext): Record<string, unknown> {
  return {
    id: 15368,
    slug: 'github-actions',
    client_id: 'Iv1.05c79e9ad1f6bdfa',
    node_id: 'MDM6QXBwMTUzNjg=',
    owner: simpleUser(GITHUB_ORG, ctx),
    name: 'GitHub Actions',
    description: 'Automate your workflow from idea to production',
    external_url: 'https://help.github.com/en/actions',
    html_url: `${WEB}/apps/github-actions`,
    created_at: '2018-07-30T09:30:17Z',
    updated_at: '2019-12-10T19:04:12Z',
    permissions: {
      actions: 'write',
      checks: 'write',
      contents: 'write',
      deployments: 'write',
      issues: 'write',
    },
    events: ['check_run', 'check_suite', 'deployment', 'deployment_status', 'issue_comment', 'pull_request'],
  };
}

export function repository(r: RepoRecord, ctx: ShapeContext): Record<string, unknown> {
  const api = `${ctx.api}/repos/${r.fullName}`;
  const web = `${WEB}/${r.fullName}`;
  return {
    id: r.id,
    node_id: r.nodeId,
    name: r.name,
    full_name: r.fullName,
    private: r.private,
    owner: simpleUser(r.owner, ctx),
    html_url: web,
    description: null,
    fork: r.fork,
    url: api,
    forks_url: `${api}/forks`,
    keys_url: `${api}/keys{/key_id}`,
    collaborators_url: `${api}/collaborators{/collaborator}`,
    teams_url: `${api}/teams`,
    hooks_url: `${api}/hooks`,
    issue_events_url: `${api}/issues/events{/number}`,
    events_url: `${api}/events`,
    assignees_url: `${api}/assignees{/user}`,
    branches_url: `${api}/branches{/branch}`,
    tags_url: `${api}/tags`,
    blobs_url: `${api}/git/blobs{/sha}`,
    git_tags_url: `${api}/git/tags{/sha}`,
    git_refs_url: `${api}/git/refs{/sha}`,
    trees_url: `${api}/git/trees{/sha}`,
    statuses_url: `${api}/statuses/{sha}`,
    languages_url: `${api}/languages`,
    stargazers_url: `${api}/stargazers`,
    contributors_url: `${api}/contributors`,
    subscribers_url: `${api}/subscribers`,
    subscription_url: `${api}/subscription`,
    commits_url: `${api}/commits{/sha}`,
    git_commits_url: `${api}/git/commits{/sha}`,
    comments_url: `${api}/comments{/number}`,
    issue_comment_url: `${api}/issues/comments{/number}`,
    contents_url: `${api}/contents/{+path}`,
    compare_url: `${api}/compare/{base}...{head}`,
    merges_url: `${api}/merges`,
    archive_url: `${api}/{archive_format}{/ref}`,
    downloads_url: `${api}/downloads`,
    issues_url: `${api}/issues{/number}`,
    pulls_url: `${api}/pulls{/number}`,
    milestones_url: `${api}/milestones{/number}`,
    notifications_url: `${api}/notifications{?since,all,participating}`,
    labels_url: `${api}/labels{/name}`,
    releases_url: `${api}/releases{/id}`,
    deployments_url: `${api}/deployments`,
    created_at: r.createdAt,
    updated_at: r.createdAt,
    pushed_at: r.createdAt,
    git_url: `git://github.com/${r.fullName}.git`,
    ssh_url: `git@github.com:${r.fullName}.git`,
    clone_url: `${web}.git`,
    svn_url: web,
    homepage: null,
    size: 0,
    stargazers_count: 0,
    watchers_count: 0,
    language: null,
    has_issues: true,
    has_projects: true,
    has_downloads: true,
    has_wiki: true,
    has_pages: false,
    has_discussions: false,
    forks_count: 0,
    mirror_url: null,
    archived: false,
    disabled: false,
    open_issues_count: 0,
    license: null,
    allow_forking: true,
    is_template: false,
    web_commit_signoff_required: false,
    topics: [],
    visibility: r.private ? 'private' : 'public',
    forks: 0,
    open_issues: 0,
    watchers: 0,
    default_branch: r.defaultBranch,
  };
}

export function fullRepository(r: RepoRecord, ctx: ShapeContext): Record<string, unknown> {
  return {
    ...repository(r, ctx),
    network_count: 0,
    subscribers_count: 0,
    permissions: { admin: false, maintain: false, push: true, triage: true, pull: true },
  };
}

export function issueComment(c: CommentRecord, ctx: ShapeContext): Record<string, unknown> {
  const repo = ctx.state.findRepo(c.owner, c.repo);
  const isPull = repo?.issues.get(c.issueNumber)?.isPull ?? false;
  const api = `${ctx.api}/repos/${c.owner}/${c.repo}`;
  return {
    url: `${api}/issues/comments/${c.id}`,
    html_url: `${WEB}/${c.owner}/${c.repo}/${isPull ? 'pull' : 'issues'}/${c.issueNumber}#issuecomment-${c.id}`,
    issue_url: `${api}/issues/${c.issueNumber}`,
    id: c.id,
    node_id: c.nodeId,
    user: simpleUser(c.user, ctx),
    created_at: c.createdAt,
    updated_at: c.updatedAt,
    author_association: c.authorAssociation,
    body: c.body,
    reactions: {
      url: `${api}/issues/comments/${c.id}/reactions`,
      total_count: 0,
      '+1': 0,
      '-1': 0,
      laugh: 0,
      hooray: 0,
      confused: 0,
      heart: 0,
      rocket: 0,
      eyes: 0,
    },
    performed_via_github_app: c.user.login === 'github-actions[bot]' ? githubActionsApp(ctx) : null,
    minimized: c.minimized ? { reason: c.minimized.reason } : null,
  };
}

function pullBranch(
  side: { ref: string; sha: string },
  repo: RepoRecord,
  ctx: ShapeContext,
): Record<string, unknown> {
  return {
    label: `${repo.owner.login}:${side.ref}`,
    ref: side.ref,
    sha: side.sha,
    user: simpleUser(repo.owner, ctx),
    repo: repository(repo, ctx),
  };
}

export function pullRequestSimple(p: PullRecord, ctx: ShapeContext): Record<string, unknown> {
  const api = `${ctx.api}/repos/${p.owner}/${p.repo}`;
  const web = `${WEB}/${p.owner}/${p.repo}/pull/${p.number}`;
  const baseRepo = ctx.state.ensureRepo(`${p.owner}/${p.repo}`);
  const headRepo = ctx.state.ensureRepo(p.head.repo);
  return {
    url: `${api}/pulls/${p.number}`,
    id: p.id,
    node_id: p.nodeId,
    html_url: web,
    diff_url: `${web}.diff`,
    patch_url: `${web}.patch`,
    issue_url: `${api}/issues/${p.number}`,
    number: p.number,
    state: p.state,
    locked: false,
    title: p.title,
    user: simpleUser(p.user, ctx),
    body: p.body,
    created_at: p.createdAt,
    updated_at: p.updatedAt,
    closed_at: p.closedAt,
    merged_at: p.mergedAt,
    merge_commit_sha: p.mergeCommitSha,
    assignee: null,
    assignees: [],
    requested_reviewers: [],
    requested_teams: [],
    labels: p.labels.map((name, i) => ({
      id: 5000000000 + p.id * 10 + i,
      node_id: makeNodeId('LA', p.id, i),
      url: `${api}/labels/${encodeURIComponent(name)}`,
      name,
      color: 'ededed',
      default: false,
      description: '',
    })),
    milestone: null,
    draft: p.draft,
    commits_url: `${api}/pulls/${p.number}/commits`,
    review_comments_url: `${api}/pulls/${p.number}/comments`,
    review_comment_url: `${api}/pulls/comments{/number}`,
    comments_url: `${api}/issues/${p.number}/comments`,
    statuses_url: `${api}/statuses/${p.head.sha}`,
    head: pullBranch(p.head, headRepo, ctx),
    base: pullBranch(p.base, baseRepo, ctx),
    _links: {
      self: { href: `${api}/pulls/${p.number}` },
      html: { href: web },
      issue: { href: `${api}/issues/${p.number}` },
      comments: { href: `${api}/issues/${p.number}/comments` },
      review_comments: { href: `${api}/pulls/${p.number}/comments` },
      review_comment: { href: `${api}/pulls/comments{/number}` },
      commits: { href: `${api}/pulls/${p.number}/commits` },
      statuses: { href: `${api}/statuses/${p.head.sha}` },
    },
    author_association: 'MEMBER',
    auto_merge: null,
    active_lock_reason: null,
  };
}

export function pullRequest(p: PullRecord, ctx: ShapeContext): Record<string, unknown> {
  const comments = [...ctx.state.commentsById.values()].filter(
    (c) => c.owner === p.owner && c.repo === p.repo && c.issueNumber === p.number,
  ).length;
  return {
    ...pullRequestSimple(p, ctx),
    merged: p.merged,
    mergeable: p.state === 'open' ? true : null,
    rebaseable: p.state === 'open' ? true : null,
    mergeable_state: p.state === 'open' ? 'clean' : 'unknown',
    merged_by: p.merged ? simpleUser(p.user, ctx) : null,
    comments,
    review_comments: 0,
    maintainer_can_modify: false,
    commits: Math.max(1, p.commits.length),
    additions: 0,
    deletions: 0,
    changed_files: 0,
  };
}

/** `GET /repos/{owner}/{repo}/pulls/{pull_number}/commits` items: the commit with its GitHub author and committer. */
export function pullCommit(
  p: PullRecord,
  sha: string,
  index: number,
  ctx: ShapeContext,
): Record<string, unknown> {
  const login = p.commitAuthors[sha] ?? p.user.login;
  const user = ctx.state.user(login);
  const person = { name: login, email: `${login}@users.noreply.github.com`, date: p.createdAt };
  const api = `${ctx.api}/repos/${p.owner}/${p.repo}`;
  const parent = index > 0 ? p.commits[index - 1] : p.base.sha;
  return {
    url: `${api}/commits/${sha}`,
    sha,
    node_id: makeNodeId('C', sha),
    html_url: `${WEB}/${p.owner}/${p.repo}/commit/${sha}`,
    comments_url: `${api}/commits/${sha}/comments`,
    commit: {
      url: `${api}/git/commits/${sha}`,
      author: person,
      committer: person,
      message: `commit ${sha.slice(0, 7)}`,
      comment_count: 0,
      tree: { sha: sha.split('').reverse().join(''), url: `${api}/git/trees/${sha}` },
    },
    author: simpleUser(user, ctx),
    committer: simpleUser(user, ctx),
    parents: parent
      ? [
          {
            sha: parent,
            url: `${api}/commits/${parent}`,
            html_url: `${WEB}/${p.owner}/${p.repo}/commit/${parent}`,
          },
        ]
      : [],
  };
}

/** `GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews` items. */
export function pullRequestReview(r: ReviewRecord, ctx: ShapeContext): Record<string, unknown> {
  const pullWeb = `${WEB}/${r.owner}/${r.repo}/pull/${r.pullNumber}`;
  const out: Record<string, unknown> = {
    id: r.id,
    node_id: r.nodeId,
    user: simpleUser(r.user, ctx),
    body: r.body,
    state: r.state,
    html_url: `${pullWeb}#pullrequestreview-${r.id}`,
    pull_request_url: `${ctx.api}/repos/${r.owner}/${r.repo}/pulls/${r.pullNumber}`,
    _links: {
      html: { href: `${pullWeb}#pullrequestreview-${r.id}` },
      pull_request: { href: `${ctx.api}/repos/${r.owner}/${r.repo}/pulls/${r.pullNumber}` },
    },
    commit_id: r.commitId,
    author_association: 'COLLABORATOR',
  };
  if (r.submittedAt) out.submitted_at = r.submittedAt;
  return out;
}

/** `GET /repos/{owner}/{repo}/collaborators/{username}/permission`: the legacy `permission` and the role. */
export function collaboratorPermission(
  u: UserRecord,
  role: RepoRole,
  ctx: ShapeContext,
): Record<string, unknown> {
  // The legacy field folds maintain into write and triage into read, as GitHub documents.
  const permission = role === 'maintain' ? 'write' : role === 'triage' ? 'read' : role;
  return {
    permission,
    role_name: role,
    user: {
      ...simpleUser(u, ctx),
      permissions: {
        admin: role === 'admin',
        maintain: role === 'admin' || role === 'maintain',
        push: ['admin', 'maintain', 'write'].includes(role),
        triage: role !== 'read' && role !== 'none',
        pull: role !== 'none',
      },
      role_name: role,
    },
  };
}

export function checkRun(c: CheckRunRecord, ctx: ShapeContext): Record<string, unknown> {
  const api = `${ctx.api}/repos/${c.owner}/${c.repo}`;
  const pulls = [...ctx.state.pullsByKey.values()].filter(
    (p) => p.owner === c.owner && p.repo === c.repo && p.head.sha === c.headSha && p.state === 'open',
  );
  const baseRepo = ctx.state.ensureRepo(`${c.owner}/${c.repo}`);
  return {
    id: c.id,
    name: c.name,
    node_id: c.nodeId,
    head_sha: c.headSha,
    external_id: c.externalId ?? '',
    url: `${api}/check-runs/${c.id}`,
    html_url: `${WEB}/${c.owner}/${c.repo}/runs/${c.id}`,
    details_url: c.detailsUrl ?? `${WEB}/${c.owner}/${c.repo}/runs/${c.id}`,
    status: c.status,
    conclusion: c.conclusion,
    started_at: c.startedAt,
    completed_at: c.completedAt,
    output: {
      title: c.output.title,
      summary: c.output.summary,
      text: c.output.text,
      annotations_count: c.output.annotations.length,
      annotations_url: `${api}/check-runs/${c.id}/annotations`,
    },
    check_suite: { id: c.checkSuiteId },
    app: githubActionsApp(ctx),
    pull_requests: pulls.map((p) => {
      const headRepo = ctx.state.ensureRepo(p.head.repo);
      const mini = (r: RepoRecord) => ({ id: r.id, url: `${ctx.api}/repos/${r.fullName}`, name: r.name });
      return {
        url: `${api}/pulls/${p.number}`,
        id: p.id,
        number: p.number,
        head: { ref: p.head.ref, sha: p.head.sha, repo: mini(headRepo) },
        base: { ref: p.base.ref, sha: p.base.sha, repo: mini(baseRepo) },
      };
    }),
  };
}

export function deployment(d: DeploymentRecord, ctx: ShapeContext): Record<string, unknown> {
  const api = `${ctx.api}/repos/${d.owner}/${d.repo}`;
  return {
    url: `${api}/deployments/${d.id}`,
    id: d.id,
    node_id: d.nodeId,
    task: d.task,
    original_environment: d.originalEnvironment,
    environment: d.environment,
    description: d.description,
    created_at: d.createdAt,
    updated_at: d.updatedAt,
    statuses_url: `${api}/deployments/${d.id}/statuses`,
    repository_url: api,
    creator: simpleUser(d.creator, ctx),
    sha: d.sha,
    ref: d.ref,
    payload: d.payload,
    transient_environment: d.transientEnvironment,
    production_environment: d.productionEnvironment,
    performed_via_github_app: d.creator.login === 'github-actions[bot]' ? githubActionsApp(ctx) : null,
  };
}

export function deploymentStatus(
  s: DeploymentStatusRecord,
  d: DeploymentRecord,
  ctx: ShapeContext,
): Record<string, unknown> {
  const api = `${ctx.api}/repos/${d.owner}/${d.repo}`;
  return {
    url: `${api}/deployments/${d.id}/statuses/${s.id}`,
    id: s.id,
    node_id: s.nodeId,
    state: s.state,
    creator: simpleUser(s.creator, ctx),
    description: s.description,
    environment: s.environment,
    target_url: s.targetUrl,
    created_at: s.createdAt,
    updated_at: s.updatedAt,
    deployment_url: `${api}/deployments/${d.id}`,
    repository_url: api,
    environment_url: s.environmentUrl,
    log_url: s.logUrl,
    performed_via_github_app: s.creator.login === 'github-actions[bot]' ? githubActionsApp(ctx) : null,
  };
}

/** GitHub's error body: `{ message, documentation_url, status }` (+ `errors` for validation failures). */
export function errorBody(
  status: number,
  message: string,
  docs: string,
  errors?: unknown[],
): Record<string, unknown> {
  const body: Record<string, unknown> = { message, documentation_url: docs, status: String(status) };
  if (errors) body.errors = errors;
  return body;
}
