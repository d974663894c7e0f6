/**
 * "Reviewed and approved": the rules terraform-apply checks before it applies a plan, over data read from
 * GitHub. Pure functions decide (`judgeApproval`, `judgeMerge`); `readApprovalFacts` fetches what they need.
 *
 * A plan counts as approved when the pull request has an APPROVED review that is
 *  - by someone with write, maintain or admin permission on the repository (an org member or a read-only
 *    collaborator cannot approve their way to production),
 *  - not by the pull request's author, nor by anyone who authored or committed one of its commits (a second pair
 *    of eyes: pushing to someone else's pull request and approving it yourself does not count),
 *  - on the commit that was planned, and the pull request's head is still that commit,
 *  - submitted after GitHub last wrote the plan comment (its creation, its last update, its last edit — GitHub's
 *    own times, never a time the plan job wrote),
 *  - still standing: that reviewer's latest review is not a dismissal or a change request.
 * The run must also be bound to the pull request (`judgeBinding`): on `push` it is its merge commit; on a
 * pull request event its head; on `workflow_dispatch` its head while open, its merge commit once merged.
 */
import type { GitHubApi } from './client.js';

export interface Review {
  user: string;
  state: string;
  commitId: string | undefined;
  submittedAt: string | undefined;
}

export interface PullFacts {
  number: number;
  author: string;
  headSha: string;
  state: string;
  merged: boolean;
  mergeCommitSha: string | undefined;
}

export interface ApprovalFacts {
  pull: PullFacts;
  /** Logins (lower case) of the authors and committers of the pull request's commits. */
  committers: Set<string>;
  reviews: Review[];
  /** Repository permission (admin, maintain, write, triage, read, none) of each reviewer who approved. */
  permissions: Map<string, string>;
}

export interface PlanFacts {
  repo: string;
  /** The commit the plan was made of (the pull request's head when it was planned). */
  sha: string | undefined;
  /** When GitHub last wrote the plan comment (ISO time: creation, update or edit, whichever is latest). */
  writtenAt: string | undefined;
}

const WRITE = new Set(['admin', 'maintain', 'write']);

function short(sha: string | undefined): string {
  return sha ? sha.slice(0, 12) : '(unknown)';
}

/** The latest review of each reviewer that carries a verdict (COMMENTED and PENDING do not change one). */
function latestVerdicts(reviews: readonly Review[]): Map<string, Review> {
  const latest = new Map<string, Review>();
  const sorted = [...reviews].sort((a, b) => (a.submittedAt ?? '').localeCompare(b.submittedAt ?? ''));
  for (const r of sorted) {
    if (r.state === 'APPROVED' || r.state === 'CHANGES_REQUESTED' || r.state === 'DISMISSED') {
      latest.set(r.user.toLowerCase(), r);
    }
  }
  return latest;
}

/**
 * Undefined when the plan is approved; otherwise the one line saying which rule failed and what to do. When
 * several approvals fail, the newest one's reason is given (it is the one closest to counting).
 */
export function judgeApproval(plan: PlanFacts, f: ApprovalFacts): string | undefined {
  const pr = `#${f.pull.number}`;
  if (plan.sha && f.pull.headSha !== plan.sha) {
    return (
      `Pull request ${pr} has commits after the planned one (planned ${short(plan.sha)}, head ${short(f.pull.headSha)}); ` +
      'run terraform-plan again and have the new plan approved.'
    );
  }
  const verdicts = latestVerdicts(f.reviews);
  const changes = [...verdicts.values()].filter(
    (r) => r.state === 'CHANGES_REQUESTED' && WRITE.has(f.permissions.get(r.user.toLowerCase()) ?? ''),
  );
  if (changes.length > 0) {
    return `${changes.map((r) => r.user).join(', ')} requested changes on pull request ${pr}; the plan is not approved.`;
  }
  const approvals = f.reviews
    .filter((r) => r.state === 'APPROVED' || r.state === 'DISMISSED')
    .sort((a, b) => (b.submittedAt ?? '').localeCompare(a.submittedAt ?? ''));
  if (approvals.length === 0) {
    return (
      `Pull request ${pr} has no approving review. A reviewer with write access must approve it after the plan ` +
      'comment was written.'
    );
  }
  const reasons: string[] = [];
  for (const r of approvals) {
    const why = rejectApproval(plan, f, r, verdicts);
    if (!why) return undefined;
    reasons.push(why);
  }
  return reasons[0];
}

function rejectApproval(
  plan: PlanFacts,
  f: ApprovalFacts,
  r: Review,
  verdicts: Map<string, Review>,
): string | undefined {
  const pr = `#${f.pull.number}`;
  if (r.state === 'DISMISSED') return `The approval by ${r.user} on ${pr} was dismissed; re-approve.`;
  if (verdicts.get(r.user.toLowerCase()) !== r && verdicts.get(r.user.toLowerCase())?.state === 'DISMISSED') {
    return `The approval by ${r.user} on ${pr} was dismissed; re-approve.`;
  }
  if (r.user.toLowerCase() === f.pull.author.toLowerCase()) {
    return `Pull request ${pr} is approved only by its author, ${r.user}; another reviewer with write access must approve it.`;
  }
  if (f.committers.has(r.user.toLowerCase())) {
    return (
      `The approval by ${r.user} on ${pr} does not count: ${r.user} wrote commits in it; another reviewer with ` +
      'write access must approve it.'
    );
  }
  const permission = f.permissions.get(r.user.toLowerCase()) ?? 'none';
  if (!WRITE.has(permission)) {
    return (
      `${r.user} approved ${pr} but has '${permission}' permission on ${plan.repo}; an approval counts only from ` +
      'someone with write, maintain or admin permission.'
    );
  }
  if (plan.sha && r.commitId !== plan.sha) {
    return (
      `The approval by ${r.user} on ${pr} is for commit ${short(r.commitId)}, but the plan is of commit ` +
      `${short(plan.sha)}; re-approve.`
    );
  }
  if (!plan.writtenAt || !r.submittedAt || Date.parse(r.submittedAt) <= Date.parse(plan.writtenAt)) {
    return (
      `Plan comment on ${pr} was written after the approval by ${r.user} (plan ${plan.writtenAt ?? 'time unknown'}, ` +
      `approval ${r.submittedAt ?? 'time unknown'}); review the plan and re-approve.`
    );
  }
  return undefined;
}

/**
 * The run is applying this pull request's code: on `push` its merge commit; on a pull request event its head;
 * on any other event (`workflow_dispatch`) its head while it is open, its merge commit once merged, nothing
 * once it was closed without merging.
 */
export function judgeBinding(
  pull: PullFacts,
  run: { eventName: string; sha: string; headSha: string | undefined },
): string | undefined {
  if (run.eventName === 'push') return judgeMerge(pull, run.sha);
  if (run.eventName === 'pull_request' || run.eventName === 'pull_request_target') {
    return run.headSha === pull.headSha
      ? undefined
      : `This run is for commit ${short(run.headSha)}, but pull request #${pull.number}'s head is ${short(pull.headSha)}.`;
  }
  if (pull.merged) return judgeMerge(pull, run.sha);
  if (pull.state !== 'open') {
    return `Pull request #${pull.number} was closed without being merged; its plan is not applied.`;
  }
  return run.sha === pull.headSha
    ? undefined
    : `This run checked out ${short(run.sha)}, but pull request #${pull.number}'s head is ${short(pull.headSha)}; ` +
        "dispatch the workflow on the pull request's branch.";
}

/** On `push`: undefined when the pull request was merged as `sha`; otherwise why not. */
export function judgeMerge(pull: PullFacts, sha: string): string | undefined {
  if (!pull.merged) {
    return `Pull request #${pull.number} is not merged (state: ${pull.state}); a push applies only the plan of a merged pull request.`;
  }
  if (pull.mergeCommitSha !== sha) {
    return (
      `Commit ${short(sha)} is not the merge commit of pull request #${pull.number} (merged as ` +
      `${short(pull.mergeCommitSha)}); nothing from another commit is applied.`
    );
  }
  return undefined;
}

interface RawPull {
  number: number;
  user?: { login?: string } | null;
  head: { sha: string };
  state: string;
  merged?: boolean;
  merged_at?: string | null;
  merge_commit_sha?: string | null;
}

interface RawReview {
  user?: { login?: string } | null;
  state: string;
  commit_id?: string | null;
  submitted_at?: string;
}

/** Reads the pull request, every review, and the permission of each reviewer who approved. */
export async function readApprovalFacts(
  api: GitHubApi,
  repo: { owner: string; repo: string },
  number: number,
): Promise<ApprovalFacts> {
  const p = (await api.rest.pulls.get({ ...repo, pull_number: number })).data as RawPull;
  const reviews: Review[] = [];
  const pages = api.paginate.iterator(api.rest.pulls.listReviews, {
    ...repo,
    pull_number: number,
    per_page: 100,
  });
  for await (const page of pages) {
    for (const r of page.data as RawReview[]) {
      if (!r.user?.login) continue;
      reviews.push({
        user: r.user.login,
        state: r.state,
        commitId: r.commit_id ?? undefined,
        submittedAt: r.submitted_at,
      });
    }
  }
  const committers = new Set<string>();
  const commits = api.paginate.iterator(api.rest.pulls.listCommits, {
    ...repo,
    pull_number: number,
    per_page: 100,
  });
  for await (const page of commits) {
    for (const c of page.data as {
      author?: { login?: string } | null;
      committer?: { login?: string } | null;
    }[]) {
      for (const who of [c.author?.login, c.committer?.login]) if (who) committers.add(who.toLowerCase());
    }
  }
  // GitHub's own identity commits merges and web edits; it is nobody's second pair of eyes to exclude.
  committers.delete('web-flow');
  const permissions = new Map<string, string>();
  const who = new Set(
    reviews
      .filter((r) => r.state === 'APPROVED' || r.state === 'CHANGES_REQUESTED')
      .map((r) => r.user.toLowerCase()),
  );
  for (const login of who) {
    const r = await api.rest.repos.getCollaboratorPermissionLevel({ ...repo, username: login });
    const d = r.data as { permission?: string; role_name?: string };
    // role_name tells maintain from write and triage from read; permission is the coarse legacy value.
    permissions.set(login, d.role_name || d.permission || 'none');
  }
  return {
    pull: {
      number: p.number,
      author: p.user?.login ?? '',
      headSha: p.head.sha,
      state: p.state,
      merged: p.merged ?? Boolean(p.merged_at),
      mergeCommitSha: p.merge_commit_sha ?? undefined,
    },
    reviews,
    permissions,
    committers,
  };
}
