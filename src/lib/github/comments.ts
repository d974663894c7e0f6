/**
 * One bot comment per key on an issue or pull request, found by a hidden marker across every page of comments.
 * `update` edits it in place; `recreate` hides the old one as OUTDATED (GraphQL minimizeComment) and posts a new
 * one. A body too long for one comment can bring continuation parts: each carries its own marker naming its
 * part number and the main comment's id, is edited in place on update, and stale parts are deleted.
 *
 * Markers are the first line of the body, `<!-- <key> <anything> -->`, key e.g. `keelson:terraform-plan label=prod`;
 * a key matches only when followed by a space, so `label=prod` never matches `label=prod2`, and a marker quoted
 * further down (say, inside plan text) is never taken for the real one.
 */
import type { GitHubApi } from './client.js';

export interface IssueRef {
  owner: string;
  repo: string;
  number: number;
}

export interface IssueComment {
  id: number;
  node_id: string;
  body?: string;
  html_url: string;
  user?: { login: string; type?: string } | null;
  author_association?: string;
  created_at?: string;
  updated_at?: string;
}

export type CommentMode = 'update' | 'recreate';

/**
 * Whose markers to believe: only comments written by one of `logins` — Keelson's own identity, the token that
 * posts the plans (`github-actions[bot]` for GITHUB_TOKEN, `<app-slug>[bot]` for a GitHub App token). Never a
 * human, whatever their association: an org member or a read-only collaborator can comment, not vouch.
 */
export function authoredBy(logins: readonly string[]): (c: IssueComment) => boolean {
  const allowed = new Set(logins.map((l) => l.toLowerCase()));
  return (c) => {
    const login = c.user?.login?.toLowerCase();
    if (!login || !allowed.has(login)) return false;
    // A login ending in [bot] exists only for GitHub Apps; a human account cannot take one.
    return !login.endsWith('[bot]') || c.user?.type === 'Bot';
  };
}

/** The default `trusted-plan-authors`: the identity of the workflow's GITHUB_TOKEN. */
export const GITHUB_ACTIONS_LOGIN = 'github-actions[bot]';

/** True when the body starts with the marker of `key` (only the first line counts: text below is content). */
export function hasMarker(body: string | undefined, key: string): boolean {
  if (!body) return false;
  const open = `<!-- ${key}`;
  if (!body.startsWith(open)) return false;
  const next = body.charAt(open.length);
  return next === ' ' || next === '\n';
}

/** The key of continuation parts: the first word gets `-part` (`keelson:terraform-plan-part label=prod`). */
export function partKey(key: string): string {
  return key.replace(/^(\S+)/, '$1-part');
}

function partMarker(key: string, part: number, of: number): string {
  return `<!-- ${partKey(key)} part=${part} of=${of} -->`;
}

function readPart(body: string | undefined, key: string): { part: number; of: number } | undefined {
  if (!hasMarker(body, partKey(key))) return undefined;
  const m = new RegExp(`<!-- ${escape(partKey(key))} part=(\\d+) of=(\\d+) -->`).exec(body ?? '');
  return m ? { part: Number(m[1]), of: Number(m[2]) } : undefined;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Every comment of the issue, oldest first, following the Link header through every page. */
export async function listComments(api: GitHubApi, issue: IssueRef): Promise<IssueComment[]> {
  const all: IssueComment[] = [];
  const pages = api.paginate.iterator(api.rest.issues.listComments, {
    owner: issue.owner,
    repo: issue.repo,
    issue_number: issue.number,
    per_page: 100,
  });
  for await (const page of pages) all.push(...(page.data as IssueComment[]));
  return all;
}

/** The newest trusted comment carrying the marker `key`, or undefined. */
export async function findComment(
  api: GitHubApi,
  issue: IssueRef,
  key: string,
  trust: (c: IssueComment) => boolean,
): Promise<IssueComment | undefined> {
  const all = await listComments(api, issue);
  return findIn(all, key, trust);
}

function findIn(
  all: IssueComment[],
  key: string,
  trust: (c: IssueComment) => boolean,
): IssueComment | undefined {
  for (let i = all.length - 1; i >= 0; i--) {
    const c = all[i] as IssueComment;
    if (hasMarker(c.body, key) && trust(c)) return c;
  }
  return undefined;
}

const MINIMIZE = `mutation($id: ID!, $classifier: ReportedContentClassifiers!) {
  minimizeComment(input: { subjectId: $id, classifier: $classifier }) { minimizedComment { isMinimized } }
}`;

export async function minimizeComment(
  api: GitHubApi,
  nodeId: string,
  classifier = 'OUTDATED',
): Promise<void> {
  await api.graphql(MINIMIZE, { id: nodeId, classifier });
}

export interface UpsertOptions {
  /** Marker key; `body` must contain `<!-- key ... -->` itself. */
  key: string;
  body: string;
  /** Continuation comments after the main one (markers are added here). */
  parts?: string[];
  mode: CommentMode;
  /** Whose comments are ours: only those are found, edited, minimized or deleted. */
  trust: (c: IssueComment) => boolean;
  /** Called with the comment found (if any) before writing: may return the body and parts to write instead. */
  adjust?: (existing: IssueComment | undefined) => { body: string; parts: string[] } | undefined;
}

export interface UpsertResult {
  id: number;
  url: string;
  action: 'created' | 'updated' | 'unchanged' | 'recreated';
  partUrls: string[];
}

/**
 * Creates or updates the comment for `key`. With `recreate`, the previous main comment and its parts are
 * minimized as OUTDATED before the new ones are posted.
 */
export async function upsertComment(
  api: GitHubApi,
  issue: IssueRef,
  o: UpsertOptions,
): Promise<UpsertResult> {
  const trust = o.trust;
  const all = await listComments(api, issue);
  const existing = findIn(all, o.key, trust);
  const base = { owner: issue.owner, repo: issue.repo };
  const adjusted = o.adjust?.(existing);
  if (adjusted) o = { ...o, body: adjusted.body, parts: adjusted.parts };
  const wanted = o.parts ?? [];
  const oldParts = existing
    ? all
        .filter((c) => trust(c) && readPart(c.body, o.key)?.of === existing.id)
        .sort((a, b) => (readPart(a.body, o.key)?.part ?? 0) - (readPart(b.body, o.key)?.part ?? 0))
    : [];

  let main: IssueComment;
  let action: UpsertResult['action'];
  if (existing && o.mode === 'update') {
    if (existing.body === o.body) {
      main = existing;
      action = 'unchanged';
    } else {
      main = (await api.rest.issues.updateComment({ ...base, comment_id: existing.id, body: o.body }))
        .data as IssueComment;
      action = 'updated';
    }
  } else {
    if (existing) {
      for (const c of [existing, ...oldParts]) await minimizeComment(api, c.node_id, 'OUTDATED');
    }
    main = (await api.rest.issues.createComment({ ...base, issue_number: issue.number, body: o.body }))
      .data as IssueComment;
    action = existing ? 'recreated' : 'created';
  }

  const partUrls: string[] = [];
  const reuse = action === 'recreated' ? [] : oldParts;
  for (let i = 0; i < wanted.length; i++) {
    const body = `${partMarker(o.key, i + 2, main.id)}\n${wanted[i] as string}`;
    const old = reuse[i];
    if (old && old.body === body) {
      partUrls.push(old.html_url);
    } else if (old) {
      const r = await api.rest.issues.updateComment({ ...base, comment_id: old.id, body });
      partUrls.push((r.data as IssueComment).html_url);
    } else {
      const r = await api.rest.issues.createComment({ ...base, issue_number: issue.number, body });
      partUrls.push((r.data as IssueComment).html_url);
    }
  }
  for (const stale of reuse.slice(wanted.length)) {
    await api.rest.issues.deleteComment({ ...base, comment_id: stale.id });
  }
  return { id: main.id, url: main.html_url, action, partUrls };
}

const EDITS = `query($id: ID!) {
  node(id: $id) {
    ... on IssueComment {
      userContentEdits(first: 100) { totalCount nodes { editedAt editor { __typename login } } }
    }
  }
}`;

interface EditsAnswer {
  node?: {
    userContentEdits?: {
      totalCount: number;
      nodes: ({ editedAt: string; editor: { __typename: string; login: string } | null } | null)[];
    };
  } | null;
}

/**
 * Who has written each version of a comment (GraphQL \`userContentEdits\`), as REST logins: a GitHub App's
 * GraphQL login has no \`[bot]\` suffix, so it is added back for Bots. A deleted account is \`ghost\`.
 */
export async function commentEditors(
  api: GitHubApi,
  nodeId: string,
): Promise<{ login: string; editedAt: string }[]> {
  const r = await api.graphql<EditsAnswer>(EDITS, { id: nodeId });
  const edits = r.node?.userContentEdits;
  if (!edits) return [];
  if (edits.totalCount > edits.nodes.length) {
    // More edits than one page holds: not ours (Keelson edits a comment once per plan and once per apply).
    return [{ login: `(${edits.totalCount} edits)`, editedAt: '' }];
  }
  return edits.nodes
    .filter((n): n is NonNullable<typeof n> => n !== null)
    .map((n) => ({
      login: !n.editor ? 'ghost' : n.editor.__typename === 'Bot' ? `${n.editor.login}[bot]` : n.editor.login,
      editedAt: n.editedAt,
    }));
}

/** Replaces the body of one comment (keeps its parts). */
export async function editComment(
  api: GitHubApi,
  issue: IssueRef,
  id: number,
  body: string,
): Promise<IssueComment> {
  const r = await api.rest.issues.updateComment({
    owner: issue.owner,
    repo: issue.repo,
    comment_id: id,
    body,
  });
  return r.data as IssueComment;
}
