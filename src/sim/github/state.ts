/**
 * The emulator's in-memory GitHub: repositories, issues/pull requests, issue comments, commit → pull
 * associations, check runs, deployments and their statuses. Records are plain data; `shapes.ts` turns them
 * into GitHub's JSON. Tests seed through `GitHubEmulator.seed*` and read through `gh.state`.
 */
import { createHash } from 'node:crypto';

export interface UserRecord {
  login: string;
  id: number;
  type: 'User' | 'Bot' | 'Organization';
}

export const GITHUB_ACTIONS_BOT: UserRecord = { login: 'github-actions[bot]', id: 41898282, type: 'Bot' };

export interface RepoRecord {
  id: number;
  nodeId: string;
  owner: UserRecord;
  name: string;
  fullName: string;
  private: boolean;
  fork: boolean;
  defaultBranch: string;
  createdAt: string;
  /** Next issue/pull number (issues and pulls share one sequence, as on GitHub). */
  nextNumber: number;
  /** Issue numbers that exist, and whether each is a pull request. */
  issues: Map<number, { isPull: boolean }>;
  /** Known refs (branch/tag names) → commit SHA. */
  refs: Map<string, string>;
}

export type AuthorAssociation =
  | 'COLLABORATOR'
  | 'CONTRIBUTOR'
  | 'FIRST_TIMER'
  | 'FIRST_TIME_CONTRIBUTOR'
  | 'MANNEQUIN'
  | 'MEMBER'
  | 'NONE'
  | 'OWNER';

export type MinimizeClassifier = 'SPAM' | 'ABUSE' | 'OFF_TOPIC' | 'OUTDATED' | 'DUPLICATE' | 'RESOLVED';

export interface CommentRecord {
  id: number;
  nodeId: string;
  owner: string;
  repo: string;
  issueNumber: number;
  body: string;
  user: UserRecord;
  authorAssociation: AuthorAssociation;
  createdAt: string;
  updatedAt: string;
  /** Set by the GraphQL `minimizeComment` mutation; `reason` is GitHub's lower-case form ("outdated"). */
  minimized: { classifier: MinimizeClassifier; reason: string } | null;
  /** Every edit after creation, oldest first (GraphQL `userContentEdits`, `editor`, `lastEditedAt`). */
  edits: { editor: UserRecord; editedAt: string }[];
}

export type ReviewState = 'APPROVED' | 'CHANGES_REQUESTED' | 'COMMENTED' | 'DISMISSED' | 'PENDING';

export interface ReviewRecord {
  id: number;
  nodeId: string;
  owner: string;
  repo: string;
  pullNumber: number;
  user: UserRecord;
  body: string;
  state: ReviewState;
  commitId: string;
  submittedAt: string | undefined;
}

/** A user's role on a repository, as `GET …/collaborators/{username}/permission` reports it. */
export type RepoRole = 'admin' | 'maintain' | 'write' | 'triage' | 'read' | 'none';

export interface PullRecord {
  id: number;
  nodeId: string;
  owner: string;
  repo: string;
  number: number;
  title: string;
  body: string | null;
  state: 'open' | 'closed';
  draft: boolean;
  merged: boolean;
  mergedAt: string | null;
  closedAt: string | null;
  mergeCommitSha: string | null;
  user: UserRecord;
  head: { ref: string; sha: string; repo: string };
  base: { ref: string; sha: string };
  labels: string[];
  commits: string[];
  /** Who authored (and committed) each commit; the pull request's author unless seeded otherwise. */
  commitAuthors: Record<string, string>;
  createdAt: string;
  updatedAt: string;
}

export type CheckStatus = 'queued' | 'in_progress' | 'completed' | 'waiting' | 'requested' | 'pending';

export interface CheckRunRecord {
  id: number;
  nodeId: string;
  owner: string;
  repo: string;
  name: string;
  headSha: string;
  status: CheckStatus;
  conclusion: string | null;
  detailsUrl: string | null;
  externalId: string | null;
  startedAt: string | null;
  completedAt: string | null;
  output: { title: string | null; summary: string | null; text: string | null; annotations: unknown[] };
  actions: unknown[];
  checkSuiteId: number;
}

export type DeploymentState =
  'error' | 'failure' | 'inactive' | 'in_progress' | 'queued' | 'pending' | 'success';

export interface DeploymentStatusRecord {
  id: number;
  nodeId: string;
  deploymentId: number;
  state: DeploymentState;
  description: string;
  environment: string;
  targetUrl: string;
  logUrl: string;
  environmentUrl: string;
  creator: UserRecord;
  createdAt: string;
  updatedAt: string;
}

export interface DeploymentRecord {
  id: number;
  nodeId: string;
  owner: string;
  repo: string;
  sha: string;
  ref: string;
  task: string;
  payload: unknown;
  environment: string;
  originalEnvironment: string;
  description: string | null;
  transientEnvironment: boolean;
  productionEnvironment: boolean;
  requiredContexts: string[] | undefined;
  creator: UserRecord;
  createdAt: string;
  updatedAt: string;
  /** Oldest first (the API lists them newest first). */
  statuses: DeploymentStatusRecord[];
}

export type NodeRef =
  | { kind: 'IssueComment'; id: number }
  | { kind: 'PullRequest'; key: string }
  | { kind: 'Repository'; fullName: string };

/** GitHub's timestamps: ISO 8601, UTC, whole seconds. */
export function isoSeconds(d: Date): string {
  return d.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** An opaque, prefix-correct global node id (`IC_kwDO…`), unique per (type, id). */
export function makeNodeId(prefix: string, ...parts: (string | number)[]): string {
  const payload = Buffer.from(parts.join(':')).toString('base64url');
  return `${prefix}_kwDO${payload}`;
}

export function fakeSha(...parts: string[]): string {
  return createHash('sha1').update(parts.join('\0')).digest('hex');
}

export type IdKind =
  | 'repo'
  | 'user'
  | 'comment'
  | 'pull'
  | 'review'
  | 'checkRun'
  | 'checkSuite'
  | 'deployment'
  | 'deploymentStatus';

export class GitHubState {
  readonly repos = new Map<string, RepoRecord>();
  readonly commentsById = new Map<number, CommentRecord>();
  readonly pullsByKey = new Map<string, PullRecord>();
  /** `owner/repo@sha` → pull numbers. */
  readonly commitPulls = new Map<string, Set<number>>();
  readonly checkRunsById = new Map<number, CheckRunRecord>();
  readonly deploymentsById = new Map<number, DeploymentRecord>();
  readonly nodes = new Map<string, NodeRef>();
  readonly users = new Map<string, UserRecord>();
  readonly reviewsById = new Map<number, ReviewRecord>();
  /** `owner/repo` (lower case) → login (lower case) → role. */
  readonly roles = new Map<string, Map<string, RepoRole>>();

  private readonly ids: Record<IdKind, number> = {
    repo: 700000000,
    user: 190000000,
    comment: 2400000000,
    pull: 1900000000,
    review: 2500000000,
    checkRun: 31000000000,
    checkSuite: 29000000000,
    deployment: 2100000000,
    deploymentStatus: 2600000000,
  };

  constructor(private readonly now: () => Date) {}

  timestamp(): string {
    return isoSeconds(this.now());
  }

  nextId(kind: IdKind): number {
    this.ids[kind] += 1;
    return this.ids[kind];
  }

  user(login: string, type?: UserRecord['type']): UserRecord {
    if (login === GITHUB_ACTIONS_BOT.login) return GITHUB_ACTIONS_BOT;
    let u = this.users.get(login.toLowerCase());
    if (!u) {
      u = { login, id: this.nextId('user'), type: type ?? (login.endsWith('[bot]') ? 'Bot' : 'User') };
      this.users.set(login.toLowerCase(), u);
    }
    return u;
  }

  ensureRepo(
    fullName: string,
    opts: { private?: boolean; defaultBranch?: string; fork?: boolean } = {},
  ): RepoRecord {
    const key = fullName.toLowerCase();
    const existing = this.repos.get(key);
    if (existing) return existing;
    const [owner, name] = fullName.split('/') as [string, string];
    const id = this.nextId('repo');
    const repo: RepoRecord = {
      id,
      nodeId: makeNodeId('R', id),
      owner: this.user(owner),
      name,
      fullName,
      private: opts.private ?? false,
      fork: opts.fork ?? false,
      defaultBranch: opts.defaultBranch ?? 'main',
      createdAt: this.timestamp(),
      nextNumber: 1,
      issues: new Map(),
      refs: new Map(),
    };
    this.repos.set(key, repo);
    this.nodes.set(repo.nodeId, { kind: 'Repository', fullName });
    return repo;
  }

  /** The reviews of a pull request, oldest first. */
  reviews(owner: string, repo: string, pullNumber: number): ReviewRecord[] {
    return [...this.reviewsById.values()]
      .filter((r) => sameName(r.owner, owner) && sameName(r.repo, repo) && r.pullNumber === pullNumber)
      .sort((a, b) => a.id - b.id);
  }

  /** The role of `login` on the repository: the owner is admin, anyone else `none` unless seeded. */
  role(repo: RepoRecord, login: string): RepoRole {
    if (sameName(repo.owner.login, login)) return 'admin';
    return this.roles.get(repo.fullName.toLowerCase())?.get(login.toLowerCase()) ?? 'none';
  }

  findRepo(owner: string, repo: string): RepoRecord | undefined {
    return this.repos.get(`${owner}/${repo}`.toLowerCase());
  }

  ensureIssue(repo: RepoRecord, number: number, isPull = false): void {
    const existing = repo.issues.get(number);
    if (existing) {
      if (isPull) existing.isPull = true;
    } else {
      repo.issues.set(number, { isPull });
    }
    repo.nextNumber = Math.max(repo.nextNumber, number + 1);
  }

  pullKey(owner: string, repo: string, number: number): string {
    return `${owner}/${repo}#${number}`.toLowerCase();
  }

  associate(owner: string, repo: string, sha: string, pullNumber: number): void {
    const key = `${owner}/${repo}@${sha}`.toLowerCase();
    const set = this.commitPulls.get(key) ?? new Set<number>();
    set.add(pullNumber);
    this.commitPulls.set(key, set);
  }

  pullsForCommit(owner: string, repo: string, sha: string): PullRecord[] {
    const numbers = this.commitPulls.get(`${owner}/${repo}@${sha}`.toLowerCase());
    if (!numbers) return [];
    return [...numbers]
      .sort((a, b) => a - b)
      .map((n) => this.pullsByKey.get(this.pullKey(owner, repo, n)))
      .filter((p): p is PullRecord => p !== undefined);
  }

  /** True when `sha` is known to the repository (a pull head, a listed commit or a seeded ref). */
  knowsCommit(owner: string, repo: string, sha: string): boolean {
    if (this.commitPulls.has(`${owner}/${repo}@${sha}`.toLowerCase())) return true;
    const r = this.findRepo(owner, repo);
    return r !== undefined && [...r.refs.values()].includes(sha);
  }

  // ----- reads for tests (copies, so a test cannot corrupt the emulator by accident) -----

  comments(owner: string, repo: string, issueNumber?: number): CommentRecord[] {
    return [...this.commentsById.values()]
      .filter(
        (c) =>
          c.owner.toLowerCase() === owner.toLowerCase() &&
          c.repo.toLowerCase() === repo.toLowerCase() &&
          (issueNumber === undefined || c.issueNumber === issueNumber),
      )
      .map((c) => ({ ...c, minimized: c.minimized ? { ...c.minimized } : null }));
  }

  comment(id: number): CommentRecord | undefined {
    const c = this.commentsById.get(id);
    return c ? { ...c, minimized: c.minimized ? { ...c.minimized } : null } : undefined;
  }

  pulls(owner: string, repo: string): PullRecord[] {
    return [...this.pullsByKey.values()]
      .filter((p) => `${p.owner}/${p.repo}`.toLowerCase() === `${owner}/${repo}`.toLowerCase())
      .map((p) => ({ ...p, head: { ...p.head }, base: { ...p.base }, labels: [...p.labels] }));
  }

  checkRuns(owner: string, repo: string): CheckRunRecord[] {
    return [...this.checkRunsById.values()]
      .filter((c) => `${c.owner}/${c.repo}`.toLowerCase() === `${owner}/${repo}`.toLowerCase())
      .map((c) => structuredClone(c));
  }

  deployments(owner: string, repo: string): DeploymentRecord[] {
    return [...this.deploymentsById.values()]
      .filter((d) => `${d.owner}/${d.repo}`.toLowerCase() === `${owner}/${repo}`.toLowerCase())
      .map((d) => structuredClone(d));
  }

  deploymentStatuses(owner: string, repo: string, deploymentId: number): DeploymentStatusRecord[] {
    const d = this.deploymentsById.get(deploymentId);
    if (!d || `${d.owner}/${d.repo}`.toLowerCase() !== `${owner}/${repo}`.toLowerCase()) return [];
    return d.statuses.map((s) => ({ ...s }));
  }
}

function sameName(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}
