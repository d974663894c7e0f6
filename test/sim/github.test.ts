import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { getOctokit } from '@actions/github';
import { specStats, startGitHubEmulator, type GitHubEmulator } from '../../src/sim/github/validated.js';
import { execFileSync, spawnSync } from 'node:child_process';
import { routeTable } from '../../src/sim/github/description.js';
import { findOperation, validateResponse } from '../../src/sim/github/openapi.js';
import { ROUTES } from '../../src/sim/github/routes-table.js';

type Octokit = ReturnType<typeof getOctokit>;

const owner = 'acme';
const repo = 'app';
const SHA = 'a'.repeat(40);

let gh: GitHubEmulator;
let octokit: Octokit;

beforeEach(async () => {
  gh = await startGitHubEmulator({ repos: ['acme/app'], now: () => new Date('2024-05-01T12:00:00.123Z') });
  octokit = getOctokit('test-token', { baseUrl: gh.url });
});

afterEach(async () => {
  // strict (default): throws if any request did not match GitHub's description.
  await gh.close();
});

/**
 * Sends a request Octokit's types would refuse (what a cast or plain JS does), to prove the emulator refuses it
 * too.
 */
function untyped(client: Octokit, route: string, params: Record<string, unknown>): Promise<unknown> {
  const request = client.request as unknown as (r: string, p: Record<string, unknown>) => Promise<unknown>;
  return request(route, params);
}

/** The status of a rejected Octokit call. */
async function statusOf(p: Promise<unknown>): Promise<number | undefined> {
  try {
    await p;
    return undefined;
  } catch (e) {
    return (e as { status?: number }).status;
  }
}

describe('issue comments', () => {
  it('creates, lists, reads, updates and deletes, shaped like GitHub', async () => {
    gh.seedPull({ owner, repo, number: 7 });
    const created = await octokit.rest.issues.createComment({
      owner,
      repo,
      issue_number: 7,
      body: 'plan: 3 to add',
    });
    expect(created.status).toBe(201);
    const c = created.data;
    expect(c.body).toBe('plan: 3 to add');
    expect(c.user?.login).toBe('github-actions[bot]');
    expect(c.node_id).toMatch(/^IC_/);
    expect(c.html_url).toBe(`https://github.com/acme/app/pull/7#issuecomment-${c.id}`);
    expect(c.url).toBe(`${gh.url}/repos/acme/app/issues/comments/${c.id}`);
    expect(c.issue_url).toBe(`${gh.url}/repos/acme/app/issues/7`);
    expect(c.created_at).toBe('2024-05-01T12:00:00Z');
    expect(created.headers.location).toBe(c.url);

    const listed = await octokit.rest.issues.listComments({ owner, repo, issue_number: 7 });
    expect(listed.data.map((x) => x.id)).toEqual([c.id]);

    const updated = await octokit.rest.issues.updateComment({
      owner,
      repo,
      comment_id: c.id,
      body: 'plan: no changes',
    });
    expect(updated.data.body).toBe('plan: no changes');
    const got = await octokit.rest.issues.getComment({ owner, repo, comment_id: c.id });
    expect(got.data.body).toBe('plan: no changes');
    expect(gh.state.comments(owner, repo, 7).map((x) => x.body)).toEqual(['plan: no changes']);

    const deleted = await octokit.rest.issues.deleteComment({ owner, repo, comment_id: c.id });
    expect(deleted.status).toBe(204);
    expect(gh.state.comments(owner, repo, 7)).toEqual([]);
    expect(await statusOf(octokit.rest.issues.getComment({ owner, repo, comment_id: c.id }))).toBe(404);
  });

  it('uses /issues/ in html_url for a plain issue and keeps other authors from seeding', async () => {
    const [seeded] = gh.seedComments(owner, repo, 3, [
      { body: 'hello', user: 'octocat', authorAssociation: 'MEMBER' },
    ]);
    const { data } = await octokit.rest.issues.getComment({ owner, repo, comment_id: seeded!.id });
    expect(data.html_url).toBe(`https://github.com/acme/app/issues/3#issuecomment-${seeded!.id}`);
    expect(data.user?.login).toBe('octocat');
    expect(data.author_association).toBe('MEMBER');
  });

  it('paginates 250 comments with an RFC 5988 Link header that octokit.paginate walks', async () => {
    gh.seedComments(
      owner,
      repo,
      1,
      Array.from({ length: 250 }, (_, i) => `comment ${i + 1}`),
    );
    const all = await octokit.paginate(octokit.rest.issues.listComments, {
      owner,
      repo,
      issue_number: 1,
      per_page: 100,
    });
    expect(all).toHaveLength(250);
    expect(all[0]?.body).toBe('comment 1');
    expect(all[249]?.body).toBe('comment 250');
    const pages = gh.calls('issues/list-comments');
    expect(pages.map((r) => r.query.page ?? '1')).toEqual(['1', '2', '3']);

    const middle = await octokit.rest.issues.listComments({
      owner,
      repo,
      issue_number: 1,
      per_page: 100,
      page: 2,
    });
    const url = `${gh.url}/repos/acme/app/issues/1/comments`;
    expect(middle.headers.link).toBe(
      `<${url}?per_page=100&page=1>; rel="prev", <${url}?per_page=100&page=3>; rel="next", ` +
        `<${url}?per_page=100&page=3>; rel="last", <${url}?per_page=100&page=1>; rel="first"`,
    );
    const last = await octokit.rest.issues.listComments({
      owner,
      repo,
      issue_number: 1,
      per_page: 100,
      page: 3,
    });
    expect(last.data).toHaveLength(50);
    expect(last.headers.link).not.toContain('rel="next"');
  });

  it('defaults to 30 per page and caps per_page at 100', async () => {
    gh.seedComments(
      owner,
      repo,
      1,
      Array.from({ length: 150 }, (_, i) => `c${i}`),
    );
    expect((await octokit.rest.issues.listComments({ owner, repo, issue_number: 1 })).data).toHaveLength(30);
    const capped = await octokit.rest.issues.listComments({ owner, repo, issue_number: 1, per_page: 500 });
    expect(capped.data).toHaveLength(100);
  });

  it('filters by since', async () => {
    gh.seedComments(owner, repo, 1, [
      { body: 'old', createdAt: '2024-01-01T00:00:00Z' },
      { body: 'new', createdAt: '2024-04-01T00:00:00Z' },
    ]);
    const { data } = await octokit.rest.issues.listComments({
      owner,
      repo,
      issue_number: 1,
      since: '2024-03-01T00:00:00Z',
    });
    expect(data.map((c) => c.body)).toEqual(['new']);
  });
});

describe('pull requests', () => {
  it('finds the pull requests of a commit, gets one, and lists by state', async () => {
    gh.seedPull({ owner, repo, number: 12, head: { ref: 'feat', sha: SHA }, commits: ['b'.repeat(40), SHA] });
    gh.seedPull({ owner, repo, number: 13, state: 'closed' });
    gh.seedPull({ owner, repo, number: 14, merged: true, mergeCommitSha: 'c'.repeat(40) });

    const assoc = await octokit.rest.repos.listPullRequestsAssociatedWithCommit({
      owner,
      repo,
      commit_sha: 'b'.repeat(40),
    });
    expect(assoc.data.map((p) => p.number)).toEqual([12]);
    expect(assoc.data[0]?.head.ref).toBe('feat');
    const merged = await octokit.rest.repos.listPullRequestsAssociatedWithCommit({
      owner,
      repo,
      commit_sha: 'c'.repeat(40),
    });
    expect(merged.data.map((p) => [p.number, p.merged_at !== null])).toEqual([[14, true]]);
    expect(
      (
        await octokit.rest.repos.listPullRequestsAssociatedWithCommit({
          owner,
          repo,
          commit_sha: 'd'.repeat(40),
        })
      ).data,
    ).toEqual([]);

    const pull = await octokit.rest.pulls.get({ owner, repo, pull_number: 12 });
    expect(pull.data).toMatchObject({
      number: 12,
      state: 'open',
      merged: false,
      head: { sha: SHA, ref: 'feat' },
    });
    expect(pull.data.base.repo.full_name).toBe('acme/app');
    expect(await statusOf(octokit.rest.pulls.get({ owner, repo, pull_number: 99 }))).toBe(404);

    const open = await octokit.rest.pulls.list({ owner, repo });
    expect(open.data.map((p) => p.number)).toEqual([12]);
    const closed = await octokit.rest.pulls.list({ owner, repo, state: 'closed' });
    expect(closed.data.map((p) => p.number).sort()).toEqual([13, 14]);
    const all = await octokit.rest.pulls.list({ owner, repo, state: 'all', direction: 'asc' });
    expect(all.data.map((p) => p.number)).toEqual([12, 13, 14]);
    const byHead = await octokit.rest.pulls.list({ owner, repo, state: 'all', head: 'acme:feat' });
    expect(byHead.data.map((p) => p.number)).toEqual([12]);
  });

  it('models a pull request from a fork', async () => {
    gh.seedPull({ owner, repo, number: 5, head: { repo: 'mallory/app', ref: 'patch-1' } });
    const { data } = await octokit.rest.pulls.get({ owner, repo, pull_number: 5 });
    expect(data.head.repo?.full_name).toBe('mallory/app');
    expect(data.head.repo?.fork).toBe(true);
    expect(data.head.label).toBe('mallory:patch-1');
  });
});

describe('check runs', () => {
  it('creates and completes a check run', async () => {
    const created = await octokit.rest.checks.create({
      owner,
      repo,
      name: 'keelson / plan',
      head_sha: SHA,
      status: 'in_progress',
      output: { title: 'Planning', summary: 'running' },
    });
    expect(created.status).toBe(201);
    expect(created.data).toMatchObject({ name: 'keelson / plan', status: 'in_progress', conclusion: null });
    const done = await octokit.rest.checks.update({
      owner,
      repo,
      check_run_id: created.data.id,
      conclusion: 'success',
      output: {
        title: 'Plan',
        summary: '3 to add',
        annotations: [
          { path: 'main.tf', start_line: 1, end_line: 1, annotation_level: 'notice', message: 'ok' },
        ],
      },
    });
    expect(done.data).toMatchObject({ status: 'completed', conclusion: 'success' });
    expect(done.data.completed_at).toBe('2024-05-01T12:00:00Z');
    expect(done.data.output.annotations_count).toBe(1);
    expect(gh.state.checkRuns(owner, repo)[0]?.output.summary).toBe('3 to add');
    const forRef = await octokit.rest.checks.listForRef({
      owner,
      repo,
      ref: SHA,
      check_name: 'keelson / plan',
    });
    expect(forRef.data.check_runs.map((c) => c.id)).toEqual([created.data.id]);
  });

  it('refuses status completed without a conclusion (422, recorded)', async () => {
    const status = await statusOf(
      octokit.rest.checks.create({ owner, repo, name: 'x', head_sha: SHA, status: 'completed' }),
    );
    expect(status).toBe(422);
    expect(gh.takeViolations().map((v) => v.kind)).toEqual(['semantic']);
  });
});

describe('deployments', () => {
  it('creates a deployment, posts statuses and lists them newest first', async () => {
    const dep = await octokit.rest.repos.createDeployment({
      owner,
      repo,
      ref: 'main',
      environment: 'staging',
      auto_merge: false,
      required_contexts: [],
      payload: { image: 'app:1.2.3' },
    });
    expect(dep.status).toBe(201);
    if (!('id' in dep.data)) throw new Error('expected a deployment');
    const id = dep.data.id;
    expect(dep.data).toMatchObject({
      ref: 'main',
      environment: 'staging',
      task: 'deploy',
      production_environment: false,
    });
    expect(dep.data.sha).toMatch(/^[0-9a-f]{40}$/);
    expect(dep.data.payload).toEqual({ image: 'app:1.2.3' });

    await octokit.rest.repos.createDeploymentStatus({ owner, repo, deployment_id: id, state: 'in_progress' });
    const ok = await octokit.rest.repos.createDeploymentStatus({
      owner,
      repo,
      deployment_id: id,
      state: 'success',
      log_url: 'https://github.com/acme/app/actions/runs/1',
      environment_url: 'https://staging.example.com',
    });
    expect(ok.data).toMatchObject({
      state: 'success',
      target_url: 'https://github.com/acme/app/actions/runs/1',
    });

    const statuses = await octokit.rest.repos.listDeploymentStatuses({ owner, repo, deployment_id: id });
    expect(statuses.data.map((s) => s.state)).toEqual(['success', 'in_progress']);
    const list = await octokit.rest.repos.listDeployments({ owner, repo, environment: 'staging' });
    expect(list.data.map((d) => d.id)).toEqual([id]);
    expect(
      (await octokit.rest.repos.listDeployments({ owner, repo, environment: 'production' })).data,
    ).toEqual([]);
    expect(gh.state.deploymentStatuses(owner, repo, id).map((s) => s.state)).toEqual([
      'in_progress',
      'success',
    ]);
  });

  it('marks the previous successful deployment of a non-production environment inactive', async () => {
    const make = async (): Promise<number> => {
      const d = await octokit.rest.repos.createDeployment({
        owner,
        repo,
        ref: 'main',
        environment: 'preview',
        auto_merge: false,
      });
      if (!('id' in d.data)) throw new Error('expected a deployment');
      await octokit.rest.repos.createDeploymentStatus({
        owner,
        repo,
        deployment_id: d.data.id,
        state: 'success',
      });
      return d.data.id;
    };
    const first = await make();
    await make();
    expect(gh.state.deploymentStatuses(owner, repo, first).map((s) => s.state)).toEqual([
      'success',
      'inactive',
    ]);
  });

  it('rejects a description over 140 characters like GitHub (422)', async () => {
    const d = await octokit.rest.repos.createDeployment({ owner, repo, ref: 'main', auto_merge: false });
    if (!('id' in d.data)) throw new Error('expected a deployment');
    const status = await statusOf(
      octokit.rest.repos.createDeploymentStatus({
        owner,
        repo,
        deployment_id: d.data.id,
        state: 'success',
        description: 'x'.repeat(141),
      }),
    );
    expect(status).toBe(422);
    expect(gh.takeViolations()).toMatchObject([
      { kind: 'semantic', operationId: 'repos/create-deployment-status' },
    ]);
  });
});

describe('GraphQL minimizeComment', () => {
  const MINIMIZE = `
    mutation($id: ID!) {
      minimizeComment(input: { subjectId: $id, classifier: OUTDATED }) {
        minimizedComment { isMinimized minimizedReason ... on IssueComment { databaseId } }
      }
    }`;

  it('hides an old comment as outdated', async () => {
    const [old] = gh.seedComments(owner, repo, 7, ['old plan']);
    const result = await octokit.graphql<{ minimizeComment: { minimizedComment: Record<string, unknown> } }>(
      MINIMIZE,
      {
        id: old!.nodeId,
      },
    );
    expect(result.minimizeComment.minimizedComment).toEqual({
      isMinimized: true,
      minimizedReason: 'outdated',
      databaseId: old!.id,
    });
    expect(gh.state.comment(old!.id)?.minimized).toEqual({ classifier: 'OUTDATED', reason: 'outdated' });
    const rest = await octokit.rest.issues.getComment({ owner, repo, comment_id: old!.id });
    expect((rest.data as { minimized?: unknown }).minimized).toEqual({ reason: 'outdated' });

    const node = await octokit.graphql<{ node: { isMinimized: boolean } }>(
      'query($id: ID!) { node(id: $id) { ... on IssueComment { isMinimized } } }',
      { id: old!.nodeId },
    );
    expect(node.node.isMinimized).toBe(true);
  });

  it('takes the classifier as an enum variable', async () => {
    const [c] = gh.seedComments(owner, repo, 7, ['old']);
    const query = `mutation($id: ID!, $classifier: ReportedContentClassifiers!) {
      minimizeComment(input: { subjectId: $id, classifier: $classifier }) { minimizedComment { isMinimized } }
    }`;
    await octokit.graphql(query, { id: c!.nodeId, classifier: 'RESOLVED' });
    expect(gh.state.comment(c!.id)?.minimized).toEqual({ classifier: 'RESOLVED', reason: 'resolved' });
    await expect(octokit.graphql(query, { id: c!.nodeId, classifier: 'outdated' })).rejects.toThrow(
      /Variable \$classifier .*invalid value \("outdated"\)/,
    );
    expect(gh.takeViolations().map((v) => v.kind)).toEqual(['graphql']);
  });

  it('reports an unknown node id as a GraphQL NOT_FOUND error', async () => {
    await expect(octokit.graphql(MINIMIZE, { id: 'IC_nope' })).rejects.toMatchObject({
      errors: [{ type: 'NOT_FOUND', path: ['minimizeComment'] }],
    });
  });

  it('refuses documents GitHub would refuse, and records them', async () => {
    const [c] = gh.seedComments(owner, repo, 7, ['x']);
    await expect(
      octokit.graphql(
        `mutation { minimizeComment(input: { subjectId: "${c!.nodeId}", classifier: "OUTDATED" }) { clientMutationId } }`,
      ),
    ).rejects.toThrow(/Expected type 'ReportedContentClassifiers!'/);
    await expect(
      octokit.graphql(
        `mutation { minimizeComment(input: { subjectId: "${c!.nodeId}", classifier: BOGUS }) { clientMutationId } }`,
      ),
    ).rejects.toThrow(/invalid value/);
    await expect(octokit.graphql('query { viewer { login } }')).rejects.toThrow(
      /Field 'viewer' doesn't exist on type 'Query'/,
    );
    await expect(
      octokit.graphql(
        'mutation($id: ID!) { minimizeComment(input: {subjectId: $id, classifier: SPAM}) { clientMutationId } }',
      ),
    ).rejects.toThrow(/Variable \$id of type ID! .*invalid value \(null\)/);
    expect(gh.takeViolations().map((v) => v.kind)).toEqual(['graphql', 'graphql', 'graphql', 'graphql']);
    expect(gh.state.comment(c!.id)?.minimized).toBeNull();
  });
});

describe('validation against the OpenAPI description', () => {
  it('rejects a comment without body (422) and records the violation', async () => {
    const p = untyped(octokit, 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
      owner,
      repo,
      issue_number: 1,
    });
    await expect(p).rejects.toMatchObject({ status: 422 });
    const [v] = gh.takeViolations();
    expect(v).toMatchObject({
      kind: 'body',
      method: 'POST',
      path: '/repos/acme/app/issues/1/comments',
      template: '/repos/{owner}/{repo}/issues/{issue_number}/comments',
      operationId: 'issues/create-comment',
      message: '"body" wasn\'t supplied.',
    });
    expect(gh.state.comments(owner, repo, 1)).toEqual([]);
  });

  it('rejects a wrongly typed body field', async () => {
    const p = untyped(octokit, 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
      owner,
      repo,
      issue_number: 1,
      body: 42,
    });
    await expect(p).rejects.toMatchObject({
      status: 422,
      message: expect.stringContaining('"body" must be string'),
    });
    expect(gh.takeViolations()).toHaveLength(1);
  });

  it("rejects a deployment status with state 'bogus'", async () => {
    const d = await octokit.rest.repos.createDeployment({ owner, repo, ref: 'main', auto_merge: false });
    if (!('id' in d.data)) throw new Error('expected a deployment');
    const p = untyped(octokit, 'POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses', {
      owner,
      repo,
      deployment_id: d.data.id,
      state: 'bogus',
    });
    await expect(p).rejects.toMatchObject({ status: 422 });
    const [v] = gh.takeViolations();
    expect(v?.kind).toBe('body');
    expect(v?.message).toMatch(/"state" is not a member of \["error", "failure", "inactive"/);
    expect(gh.state.deploymentStatuses(owner, repo, d.data.id)).toEqual([]);
  });

  it('rejects an unknown route with 404', async () => {
    await expect(
      octokit.request('GET /repos/{owner}/{repo}/frobnicate', { owner, repo }),
    ).rejects.toMatchObject({ status: 404 });
    await expect(
      octokit.request('PUT /repos/{owner}/{repo}/issues/comments/{id}', { owner, repo, id: 1 }),
    ).rejects.toMatchObject({
      status: 404,
    });
    expect(gh.takeViolations()).toMatchObject([
      { kind: 'unknown-route', path: '/repos/acme/app/frobnicate' },
      { kind: 'unknown-route', template: '/repos/{owner}/{repo}/issues/comments/{comment_id}' },
    ]);
  });

  it('checks query parameters (enum, integer) and path parameters', async () => {
    await expect(
      untyped(octokit, 'GET /repos/{owner}/{repo}/pulls', { owner, repo, state: 'merged' }),
    ).rejects.toMatchObject({
      status: 422,
    });
    await expect(
      untyped(octokit, 'GET /repos/{owner}/{repo}/issues/{issue_number}/comments', {
        owner,
        repo,
        issue_number: 1,
        per_page: 'ten',
      }),
    ).rejects.toMatchObject({ status: 422 });
    await expect(
      untyped(octokit, 'GET /repos/{owner}/{repo}/issues/comments/{comment_id}', {
        owner,
        repo,
        comment_id: 'abc',
      }),
    ).rejects.toMatchObject({ status: 404 });
    expect(gh.takeViolations().map((v) => [v.kind, v.message])).toEqual([
      ['query', '"state" is not a member of ["open", "closed", "all"].'],
      ['query', '"per_page" must be integer.'],
      ['path', '"comment_id" must be integer.'],
    ]);
  });

  it('records (but serves) a query parameter GitHub does not define', async () => {
    const res = await octokit.request('GET /repos/{owner}/{repo}/pulls', { owner, repo, colour: 'blue' });
    expect(res.status).toBe(200);
    expect(gh.takeViolations()).toMatchObject([
      { kind: 'query', message: expect.stringContaining('"colour"') },
    ]);
  });

  it('answers 501 for a documented route the emulator does not implement', async () => {
    await expect(octokit.rest.repos.listBranches({ owner, repo })).rejects.toMatchObject({ status: 501 });
    expect(gh.takeViolations()).toMatchObject([{ kind: 'not-emulated', operationId: 'repos/list-branches' }]);
  });

  it('makes close() and assertNoViolations() throw in strict mode', async () => {
    const strict = await startGitHubEmulator();
    const client = getOctokit('t', { baseUrl: strict.url });
    await expect(
      untyped(client, 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
        owner,
        repo,
        issue_number: 1,
      }),
    ).rejects.toThrow();
    expect(() => strict.assertNoViolations()).toThrow(/"body" wasn't supplied/);
    await expect(strict.close()).rejects.toThrow(/did not match GitHub's API/);

    const lenient = await startGitHubEmulator({ strict: false });
    await expect(getOctokit('t', { baseUrl: lenient.url }).request('GET /nope')).rejects.toMatchObject({
      status: 404,
    });
    expect(lenient.violations).toHaveLength(1);
    await expect(lenient.close()).resolves.toBeUndefined();
  });

  it("checks the emulator's own responses against GitHub's response schemas", () => {
    // Every 2xx the emulator sends goes through this (validateResponses, default true); a broken shape shows.
    const lookup = findOperation('POST', '/repos/acme/app/issues/1/comments');
    if (lookup.kind !== 'found') throw new Error('create-comment not found in the description');
    expect(validateResponse(lookup.match, 201, { id: '1', url: 'not a url' })).toEqual(
      expect.arrayContaining([`"node_id" wasn't supplied.`, '"id" must be integer.']),
    );
    expect(validateResponse(lookup.match, 299, {})).toEqual([
      'status 299 is not documented for POST /repos/{owner}/{repo}/issues/{issue_number}/comments',
    ]);
  });

  it('compiles only what it uses', () => {
    expect(specStats.loadMs).toBeGreaterThan(0);
    expect(specStats.compiledValidators).toBeLessThan(200);
  });
});

describe('fault injection', () => {
  it.each([403, 404, 422, 500, 502, 503] as const)('answers %i once, then recovers', async (status) => {
    const fault = gh.inject({
      method: 'POST',
      path: '/repos/{owner}/{repo}/issues/{issue_number}/comments',
      status,
    });
    const first = octokit.rest.issues.createComment({ owner, repo, issue_number: 1, body: 'x' });
    await expect(first).rejects.toMatchObject({ status });
    const second = await octokit.rest.issues.createComment({ owner, repo, issue_number: 1, body: 'x' });
    expect(second.status).toBe(201);
    expect(fault.hits).toBe(1);
    expect(fault.remaining).toBe(0);
    expect(gh.state.comments(owner, repo, 1)).toHaveLength(1);
  });

  it('matches by regex and method, counts times, and can be removed', async () => {
    const fault = gh.inject({ path: /\/pulls$/, status: 503, times: 2, body: { message: 'maintenance' } });
    await expect(octokit.rest.pulls.list({ owner, repo })).rejects.toMatchObject({
      status: 503,
      message: 'maintenance',
    });
    expect((await octokit.rest.issues.listComments({ owner, repo, issue_number: 1 })).status).toBe(200);
    await expect(octokit.rest.pulls.list({ owner, repo })).rejects.toMatchObject({ status: 503 });
    expect((await octokit.rest.pulls.list({ owner, repo })).status).toBe(200);
    expect(fault.hits).toBe(2);

    const forever = gh.inject({ method: 'GET', status: 500, times: Infinity });
    await expect(octokit.rest.pulls.list({ owner, repo })).rejects.toMatchObject({ status: 500 });
    await expect(octokit.rest.pulls.list({ owner, repo })).rejects.toMatchObject({ status: 500 });
    forever.remove();
    expect((await octokit.rest.pulls.list({ owner, repo })).status).toBe(200);
  });

  it('simulates the primary rate limit (403, x-ratelimit-remaining: 0)', async () => {
    gh.rateLimit({ resetInSeconds: 120 });
    const error = await octokit.rest.pulls.list({ owner, repo }).catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 403, message: expect.stringContaining('API rate limit exceeded') });
    const headers = (error as { response: { headers: Record<string, string> } }).response.headers;
    expect(headers['x-ratelimit-remaining']).toBe('0');
    expect(headers['x-ratelimit-reset']).toBe(String(Date.parse('2024-05-01T12:00:00Z') / 1000 + 120));
    const ok = await octokit.rest.pulls.list({ owner, repo });
    expect(Number(ok.headers['x-ratelimit-remaining'])).toBeLessThan(5000);
  });

  it('simulates the secondary rate limit (429, retry-after)', async () => {
    gh.rateLimit({ kind: 'secondary', retryAfterSeconds: 7 });
    const error = await octokit.rest.issues
      .createComment({ owner, repo, issue_number: 1, body: 'x' })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 429, message: expect.stringContaining('secondary rate limit') });
    expect((error as { response: { headers: Record<string, string> } }).response.headers['retry-after']).toBe(
      '7',
    );
  });

  it("simulates a fork PR's read-only token", async () => {
    gh.seedComments(owner, repo, 4, ['existing']);
    gh.forkPrToken();
    await expect(
      octokit.rest.issues.createComment({ owner, repo, issue_number: 4, body: 'x' }),
    ).rejects.toMatchObject({
      status: 403,
      message: expect.stringContaining('Resource not accessible by integration'),
    });
    const [c] = gh.state.comments(owner, repo, 4);
    await expect(
      octokit.rest.issues.updateComment({ owner, repo, comment_id: c!.id, body: 'y' }),
    ).rejects.toMatchObject({ status: 403 });
    expect((await octokit.rest.issues.listComments({ owner, repo, issue_number: 4 })).data).toHaveLength(1);
    await expect(
      octokit.graphql(
        'mutation($id: ID!) { minimizeComment(input: {subjectId: $id, classifier: OUTDATED}) { clientMutationId } }',
        {
          id: c!.nodeId,
        },
      ),
    ).rejects.toMatchObject({
      errors: [{ type: 'FORBIDDEN', message: 'Resource not accessible by integration' }],
    });
    expect(gh.state.comment(c!.id)?.minimized).toBeNull();
  });
});

describe('request log and options', () => {
  it('records method, path, query and body', async () => {
    await octokit.rest.issues.createComment({ owner, repo, issue_number: 2, body: 'hi' });
    await octokit.rest.issues.listComments({ owner, repo, issue_number: 2, per_page: 5 });
    expect(
      gh.requests.map(({ method, path, query, body, status }) => ({ method, path, query, body, status })),
    ).toEqual([
      {
        method: 'POST',
        path: '/repos/acme/app/issues/2/comments',
        query: {},
        body: { body: 'hi' },
        status: 201,
      },
      {
        method: 'GET',
        path: '/repos/acme/app/issues/2/comments',
        query: { per_page: '5' },
        body: undefined,
        status: 200,
      },
    ]);
    expect(gh.calls('issues/create-comment')).toHaveLength(1);
  });

  it('with autoCreate: false, unknown repositories and issues are 404', async () => {
    const closed = await startGitHubEmulator({ autoCreate: false, repos: ['acme/app'] });
    const client = getOctokit('t', { baseUrl: closed.url });
    expect(
      await statusOf(client.rest.issues.listComments({ owner: 'acme', repo: 'other', issue_number: 1 })),
    ).toBe(404);
    expect(
      await statusOf(client.rest.issues.createComment({ owner, repo, issue_number: 1, body: 'x' })),
    ).toBe(404);
    closed.seedComments(owner, repo, 1, []);
    expect((await client.rest.issues.createComment({ owner, repo, issue_number: 1, body: 'x' })).status).toBe(
      201,
    );
    await closed.close();
  });

  it('with token set, refuses other credentials (401)', async () => {
    const locked = await startGitHubEmulator({ token: 'right', strict: false });
    expect(
      await statusOf(getOctokit('wrong', { baseUrl: locked.url }).rest.pulls.list({ owner, repo })),
    ).toBe(401);
    expect((await getOctokit('right', { baseUrl: locked.url }).rest.pulls.list({ owner, repo })).status).toBe(
      200,
    );
    expect(locked.takeViolations().map((v) => v.kind)).toEqual(['auth']);
    await locked.close();
  });
});

describe('the shipped route table (what keelson workflow run and the demo route with)', () => {
  it('is what scripts/gen-github-routes.mjs makes from GitHub description today', () => {
    const r = spawnSync(process.execPath, ['scripts/gen-github-routes.mjs', '--check'], {
      cwd: new URL('../..', import.meta.url).pathname,
      encoding: 'utf8',
    });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it('routes every emulated operation as GitHub describes it, and nothing else', () => {
    const table = routeTable();
    for (const route of ROUTES) {
      const path = route.template.replace(/\{[^}]+\}/g, (m) => (/_id|number/.test(m) ? '7' : 'x'));
      const mine = table.find(route.method, path);
      const github = findOperation(route.method, path);
      expect({ route: route.operationId, mine: mine.kind === 'found' && mine.match.operationId }).toEqual({
        route: route.operationId,
        mine: github.kind === 'found' && github.match.operationId,
      });
    }
    expect(table.find('GET', '/repos/acme/app/actions/runs').kind).toBe('no-path');
    expect(table.find('PUT', '/repos/acme/app/issues/comments/3')).toEqual({
      kind: 'no-method',
      template: '/repos/{owner}/{repo}/issues/comments/{comment_id}',
      allowed: ['DELETE', 'GET', 'PATCH'],
    });
  });

  it('serves the same answers without loading the OpenAPI description', async () => {
    const { startGitHubEmulator: startShipped } = await import('../../src/sim/github/index.js');
    const shipped = await startShipped({ strict: false });
    try {
      const client = getOctokit('t', { baseUrl: shipped.url });
      const created = await client.rest.issues.createComment({ owner, repo, issue_number: 4, body: 'hi' });
      expect(created.status).toBe(201);
      expect(created.data.body).toBe('hi');
      const d = await client.rest.repos.createDeployment({
        owner,
        repo,
        ref: 'main',
        environment: 'staging',
        auto_merge: false,
        required_contexts: [],
      });
      expect(d.status).toBe(201);
      expect(await statusOf(client.request('GET /repos/{owner}/{repo}/actions/runs', { owner, repo }))).toBe(
        404,
      );
      expect(shipped.takeViolations().map((v) => [v.kind, v.message])).toEqual([
        ['unknown-route', 'GET /repos/acme/app/actions/runs matches no path the emulator handles'],
      ]);
    } finally {
      await shipped.close();
    }
  });

  it('is the only way product code reaches GitHub API: no src file but validated.ts imports the description', () => {
    const root = new URL('../../src', import.meta.url).pathname;
    const importers = execFileSync('grep', ['-rl', "from './openapi.js'", root], { encoding: 'utf8' })
      .trim()
      .split('\n')
      .map((f) => f.slice(root.length + 1));
    expect(importers).toEqual(['sim/github/validated.ts']);
  });
});
