/**
 * Attacks on terraform-apply's "reviewed and approved" gate, driving the real actions (runLocally) against the
 * GitHub emulator and the terraform double.
 *
 * Each attack was tried against the real actions. Under "fixed": found in the security review and closed
 * since (each test failed before its fix). Under "blocked": tried, and the defences held.
 */
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { existsSync, symlinkSync, truncateSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  apply,
  applied,
  approve,
  AUTHOR,
  BENIGN,
  errors,
  EVIL,
  FIXTURES,
  HEAD_SHA,
  iso,
  MERGE_SHA,
  openBed,
  OWNER,
  plan,
  planFileFor,
  PR,
  pullEvent,
  REPO,
  type Bed,
} from './harness.js';

let bed: Bed;
afterEach(async () => {
  jest.restoreAllMocks();
  await bed.cleanup();
});

const comments = () => bed.gh.state.comments(OWNER, REPO, PR);
const markerOf = (o: { hash: string; digest: string; sha?: string; at: string; label?: string }) =>
  `<!-- keelson:terraform-plan label=${o.label ?? 'infra/prod'} hash=${o.hash} sha=${o.sha ?? HEAD_SHA} ` +
  `plan-sha256=${o.digest} at=${o.at} -->`;

describe('fixed (found in review): the approval is compared with a time the plan job writes itself', () => {
  beforeEach(async () => {
    bed = await openBed();
  });

  // WAS: "approved after the plan comment" is judged by the marker's own `at=` field, which whoever writes as
  // Keelson's identity chooses freely. The threat model admits that a modified workflow (any branch, any
  // workflow with `pull-requests: write`) posts as github-actions[bot], and says the approval *after* the comment
  // is then the last line of defence. It is not: a comment posted after alice's approval, claiming an `at` from
  // before it, makes her approval of the benign plan an approval of another plan. Severity: high.
  it('a github-actions[bot] comment posted after the approval, with a back-dated at=, reuses that approval', async () => {
    const p = await plan(bed);
    expect(errors(p)).toEqual([]);
    const t0 = Date.now();
    approve(bed, 'alice', { at: t0 + 2_000 }); // alice approves the benign plan she was shown
    const evil = planFileFor(bed, EVIL, 'evil.tfplan');
    // Later (GitHub's created_at says so), another workflow's GITHUB_TOKEN posts a plan comment for the same label.
    bed.gh.seedComments(OWNER, REPO, PR, [
      {
        body: `${markerOf({ hash: evil.hash, digest: evil.digest, at: iso(t0 - 3_600_000) })}\n## Terraform plan`,
        createdAt: iso(t0 + 60_000),
      },
    ]);
    const r = await apply(bed, { 'plan-file': evil.rel });
    // What should happen: refused, the approval predates the comment GitHub says was written. Today: applied.
    expect(applied(bed)).toBe(0);
    expect(r.failed).toBe(true);
  });

  // WAS: the same through an edit of Keelson's own comment with the API (no new comment, edit history shows
  // only github-actions[bot], so the edit-history rule does not fire either).
  it('a github-actions[bot] edit of the plan comment after the approval, keeping an old at=, reuses that approval', async () => {
    await plan(bed);
    const t0 = Date.now();
    approve(bed, 'alice', { at: t0 + 2_000 });
    const evil = planFileFor(bed, EVIL, 'evil.tfplan');
    const c = comments()[0] as { id: number; body: string };
    const oldAt = /at=(\S+) -->/.exec(c.body)?.[1] as string;
    const body = c.body.replace(/^[^\n]*/, markerOf({ hash: evil.hash, digest: evil.digest, at: oldAt }));
    // The bot's token edits the comment a minute after the approval (as GitHub's clock records it).
    bed.gh.editCommentAs(c.id, body, 'github-actions[bot]', iso(t0 + 60_000));
    const r = await apply(bed, { 'plan-file': evil.rel });
    expect(applied(bed)).toBe(0);
    expect(r.failed).toBe(true);
  });

  // WAS: with no forgery at all, `at` is the plan runner's clock taken before the comment is written, not
  // GitHub's. A runner whose clock is two minutes behind writes a new plan (same commit, the plan changed: drift,
  // a module or data source that answers differently) whose `at` is older than an approval alice gave while
  // the comment still showed the previous plan. Her approval then counts for a plan she never saw. Severity:
  // medium (needs skew or a slow comment write; same root cause and fix as above).
  it('runner clock skew: an approval submitted before the new plan comment existed counts for it', async () => {
    const real = Date.now.bind(Date);
    const t0 = real();
    // The first plan (benign), written a minute ago; alice approves it 20 s ago.
    jest.spyOn(Date, 'now').mockImplementation(() => real() - 60_000);
    await plan(bed);
    jest.restoreAllMocks();
    approve(bed, 'alice', { at: t0 - 20_000 });
    // Now a re-plan of the same commit, on a runner whose clock is 30 s behind; the plan is another one.
    jest.spyOn(Date, 'now').mockImplementation(() => real() - 30_000);
    const p = await plan(bed, {}, { fixture: EVIL });
    jest.restoreAllMocks();
    expect(errors(p)).toEqual([]);
    const c = comments()[0] as { body: string; updated_at?: string; updatedAt?: string };
    expect(c.body).toContain(`hash=${p.outputs['plan-hash']}`);
    // GitHub wrote the new plan comment now, after alice's approval...
    const r = await apply(bed, {}, { fixture: EVIL });
    // ...so what should happen is a refusal. Today: the evil plan is applied on alice's approval of the old one.
    expect(applied(bed)).toBe(0);
    expect(r.failed).toBe(true);
  });
});

describe('fixed (found in review): one person with write access approves their own change', () => {
  // WAS: the gate excludes only the pull request's *author*. Anyone else with write access can push a commit
  // to somebody else's pull request (a Dependabot/Renovate PR, a colleague's branch), let the plan job comment,
  // approve the PR themselves and merge it: the plan applied was reviewed by nobody but the person who wrote it.
  // GitHub's branch protection has "require approval of the most recent reviewable push" for exactly this.
  // Severity: high (one insider, no second pair of eyes). The fix needs who pushed the planned commit
  // (`GET /repos/{o}/{r}/pulls/{n}/commits` author/committer, or the timeline); the emulator would need to serve it.
  it('mallory pushes to a Dependabot pull request, approves it herself, and her plan is applied', async () => {
    bed = await openBed({ pullUser: 'dependabot[bot]', merged: false, head: 'a'.repeat(40) });
    bed.gh.pushToPull(OWNER, REPO, PR, HEAD_SHA, 'mallory'); // mallory's commit (changes the Terraform)
    const p = await plan(bed, {}, { fixture: EVIL });
    expect(errors(p)).toEqual([]);
    approve(bed, 'mallory'); // write access; not the PR's author
    bed.gh.mergePull(OWNER, REPO, PR, MERGE_SHA);
    const r = await apply(bed, { 'plan-file': 'runner-temp/infra_prod.tfplan' });
    expect(applied(bed)).toBe(0);
    expect(r.failed).toBe(true);
  });
});

describe('fixed (found in review): workflow_dispatch applies the plan of a pull request that was closed without merging', () => {
  // WAS: on workflow_dispatch the pull request's state is never checked (judgeMerge runs on `push` only).
  // A plan approved and then abandoned (closed unmerged: the team decided against it) is still applied by anyone
  // who can dispatch the workflow, with the PR's plan artifact. Severity: medium.
  it('pr-number of a closed, unmerged pull request with an approval: applied', async () => {
    bed = await openBed();
    const head = '7'.repeat(40);
    const event = pullEvent(bed, 7, head);
    const p = await plan(bed, {}, { env: { GITHUB_EVENT_PATH: event, GITHUB_SHA: head } });
    expect(errors(p)).toEqual([]);
    approve(bed, 'alice', { pull: 7 });
    const pull = bed.gh.state.pullsByKey.get(bed.gh.state.pullKey(OWNER, REPO, 7));
    if (!pull) throw new Error('no pull 7');
    pull.state = 'closed'; // closed without merging: rejected
    pull.closedAt = iso(Date.now());
    const r = await apply(
      bed,
      { 'plan-file': 'runner-temp/infra_prod.tfplan', 'pr-number': '7' },
      { event: 'workflow_dispatch', env: { GITHUB_SHA: 'b'.repeat(40) } },
    );
    expect(applied(bed)).toBe(0);
    expect(r.failed).toBe(true);
  });
});

describe('fixed (found in review): workflow_dispatch without a plan file applies code that was never planned on the PR', () => {
  // WAS: on workflow_dispatch, nothing ties GITHUB_SHA (the code checked out and planned again) to the pull
  // request named by pr-number: not its head, not its merge commit. Without plan-file, apply plans whatever
  // commit was dispatched and applies it when the *effects* hash the same. The hash covers resource changes and
  // outputs, not the configuration: provisioners (`local-exec` commands), provider blocks, and values marked
  // sensitive all run or change without changing it. So an approval of PR #6 lets a dispatch apply another
  // commit's provisioner. (With plan-file the digest pins the reviewed plan and its configuration snapshot.)
  // Severity: medium-low (needs dispatch rights; the e2e workflow limits dispatch to the default branch).
  it('dispatch on an unrelated commit with pr-number of an approved PR: applied', async () => {
    bed = await openBed();
    const head = '6'.repeat(40);
    const event = pullEvent(bed, 6, head);
    await plan(bed, {}, { env: { GITHUB_EVENT_PATH: event, GITHUB_SHA: head } });
    approve(bed, 'alice', { pull: 6 });
    const r = await apply(
      bed,
      { 'pr-number': '6' },
      { event: 'workflow_dispatch', env: { GITHUB_SHA: 'b'.repeat(40) } }, // neither #6's head nor a merge of it
    );
    expect(applied(bed)).toBe(0);
    expect(r.failed).toBe(true);
  });
});

describe('fixed (found in review): a truncated encrypted plan file crashes apply', () => {
  beforeEach(async () => {
    bed = await openBed();
  });

  // WAS: decryptPlanFile slices a 16-byte tag out of whatever is there and calls setAuthTag outside its try:
  // a file cut inside the header (a partial artifact download) ends the step with "Unexpected error (a bug in
  // Keelson, please report it): TypeError: Invalid authentication tag length: 5". Nothing is applied, but the
  // brief requires one clear line. Also: without `authTagLength: 16`, Node accepts 4- and 8-byte GCM tags, so a
  // file shorter than the header is verified against a 4-byte tag. Severity: low.
  it('a truncated encrypted plan file is one refusal line, not "a bug in Keelson"', async () => {
    const p = await plan(bed, { 'plan-encryption-key': 'correct horse battery staple' });
    expect(errors(p)).toEqual([]);
    approve(bed);
    const enc = p.outputs['plan-file'] as string;
    for (const size of [statSync(enc).size - 1, 17 + 16 + 12 + 5, 20]) {
      truncateSync(enc, size);
      const r = await apply(bed, {
        'plan-file': 'runner-temp/infra_prod.tfplan.enc',
        'plan-encryption-key': 'correct horse battery staple',
      });
      expect(r.failed).toBe(true);
      expect(errors(r)).toHaveLength(1);
      expect(errors(r)[0]).not.toMatch(/a bug in Keelson/);
    }
    expect(applied(bed)).toBe(0);
  });
});

describe('blocked: attacks on the gate that hold', () => {
  beforeEach(async () => {
    bed = await openBed();
  });

  it('newer marker comments by people (owner, member, collaborator) with the same label are never read', async () => {
    await plan(bed);
    approve(bed);
    const evil = planFileFor(bed, EVIL, 'evil.tfplan');
    bed.gh.seedRole(OWNER, REPO, 'mallory', 'admin');
    const forged = markerOf({ hash: evil.hash, digest: evil.digest, at: iso(Date.now() - 3_600_000) });
    bed.gh.seedComments(OWNER, REPO, PR, [
      { body: `${forged}\nlgtm`, user: 'mallory', authorAssociation: 'MEMBER' },
      { body: `${forged}\nlgtm`, user: OWNER, authorAssociation: 'OWNER' },
      { body: `${forged}\nlgtm`, user: 'github-actions', authorAssociation: 'COLLABORATOR' },
    ]);
    const r = await apply(bed, { 'plan-file': evil.rel });
    expect(r.failed).toBe(true);
    expect(errors(r)[0]).toMatch(/^The plan file '.*evil\.tfplan' is not the one reviewed on #2/);
    expect(applied(bed)).toBe(0);
  });

  it('a bot comment whose body carries a second marker line: only the first line counts', async () => {
    await plan(bed);
    approve(bed);
    const evil = planFileFor(bed, EVIL, 'evil.tfplan');
    const c = comments()[0] as { id: number; body: string };
    // e.g. a resource value that renders as a line of its own inside the comment
    const lines = c.body.split('\n');
    lines.splice(1, 0, markerOf({ hash: evil.hash, digest: evil.digest, at: iso(Date.now() - 3_600_000) }));
    bed.gh.state.commentsById.get(c.id)!.body = lines.join('\n'); // no edit history: as if Keelson wrote it
    const r = await apply(bed, { 'plan-file': evil.rel });
    expect(r.failed).toBe(true);
    expect(applied(bed)).toBe(0);
  });

  it.each(['infra/prod/x', 'infra/prod:x', 'infra/prod2', 'infra/pro', 'INFRA/PROD', 'infra/prod.'])(
    'label confusion: a bot comment for label %s is not the plan of infra/prod',
    async (label) => {
      const p = await plan(bed, { label }, { fixture: EVIL });
      expect(errors(p)).toEqual([]);
      approve(bed);
      const r = await apply(bed, {}, { fixture: EVIL });
      expect(errors(r)).toEqual([
        `No plan comment for label 'infra/prod' by github-actions[bot] on pull request #${PR}. Nothing was ` +
          'applied. Run terraform-plan on the pull request first, or set allow-unreviewed.',
      ]);
      expect(applied(bed)).toBe(0);
    },
  );

  it('labels with regex characters cannot be made to match another label', async () => {
    await expect(plan(bed, { label: 'infra/.*' })).resolves.toMatchObject({ failed: true });
    await expect(plan(bed, { label: 'a b' })).resolves.toMatchObject({ failed: true });
    await expect(plan(bed, { label: 'a=b' })).resolves.toMatchObject({ failed: true });
    expect(comments()).toHaveLength(0);
  });

  it("an approval by the author's login in other case does not count", async () => {
    await plan(bed);
    approve(bed, AUTHOR.toUpperCase(), { role: 'admin' });
    const r = await apply(bed, { 'plan-file': 'runner-temp/infra_prod.tfplan' });
    expect(r.failed).toBe(true);
    expect(applied(bed)).toBe(0);
  });

  it('the same reviewer approving then requesting changes is refused; COMMENTED after APPROVED keeps it', async () => {
    await plan(bed);
    approve(bed, 'alice', { at: Date.now() + 2_000 });
    approve(bed, 'alice', { at: Date.now() + 3_000, state: 'COMMENTED' });
    const ok = await apply(bed, { 'plan-file': 'runner-temp/infra_prod.tfplan' });
    expect(errors(ok)).toEqual([]);
    approve(bed, 'alice', { at: Date.now() + 4_000, state: 'CHANGES_REQUESTED' });
    const r = await apply(bed, { 'plan-file': 'runner-temp/infra_prod.tfplan' });
    expect(errors(r)).toEqual([
      `alice requested changes on pull request #${PR}; the plan is not approved. Nothing was applied.`,
    ]);
  });

  it('more than 100 reviews: a change request on the second page is honoured', async () => {
    await plan(bed);
    const t = Date.now() + 2_000;
    approve(bed, 'alice', { at: t });
    for (let i = 0; i < 110; i++) approve(bed, `drive-by-${i}`, { at: t + 10 + i, state: 'COMMENTED' });
    approve(bed, 'carol', { at: t + 1_000, state: 'CHANGES_REQUESTED' });
    const r = await apply(bed, { 'plan-file': 'runner-temp/infra_prod.tfplan' });
    expect(errors(r)).toEqual([
      `carol requested changes on pull request #${PR}; the plan is not approved. Nothing was applied.`,
    ]);
  });

  it('an edit history longer than one GraphQL page is refused', async () => {
    await plan(bed);
    approve(bed);
    const c = comments()[0] as { id: number; body: string };
    for (let i = 0; i < 101; i++) bed.gh.editCommentAs(c.id, c.body, 'github-actions[bot]');
    const r = await apply(bed, { 'plan-file': 'runner-temp/infra_prod.tfplan' });
    expect(r.failed).toBe(true);
    expect(errors(r)[0]).toMatch(/has more edits than Keelson can check/);
  });

  it('push: a merge commit of another pull request with the same label is not this pull request', async () => {
    await plan(bed);
    approve(bed);
    const other = '3'.repeat(40);
    const event = pullEvent(bed, 3, other);
    await plan(bed, {}, { fixture: EVIL, env: { GITHUB_EVENT_PATH: event, GITHUB_SHA: other } });
    approve(bed, 'alice', { pull: 3 });
    bed.gh.mergePull(OWNER, REPO, 3, 'c'.repeat(40));
    // pr-number names the approved #2 while the push is #3's merge commit
    const r = await apply(
      bed,
      { 'plan-file': 'runner-temp/infra_prod.tfplan', 'pr-number': String(PR) },
      { env: { GITHUB_SHA: 'c'.repeat(40) } },
    );
    expect(errors(r)[0]).toMatch(/^Commit cccccccccccc is not the merge commit of pull request #2/);
    expect(applied(bed)).toBe(0);
  });

  it('a plan-file that is a symlink out of the workspace is an input error', async () => {
    const outside = join(bed.temp, '..', '..', `outside-${process.pid}.tfplan`);
    writeFileSync(outside, '{}');
    try {
      symlinkSync(outside, join(bed.ws, 'link.tfplan'));
      mkdirSync(join(bed.ws, 'dir'));
      symlinkSync('/etc', join(bed.ws, 'dir', 'etc'));
      for (const planFile of ['link.tfplan', 'dir/etc/hostname', '../x.tfplan', '/etc/hostname']) {
        const r = await apply(bed, { 'plan-file': planFile });
        expect(errors(r)[0]).toMatch(/^Invalid input 'plan-file'/);
      }
      expect(applied(bed)).toBe(0);
    } finally {
      if (existsSync(outside)) truncateSync(outside, 0);
    }
  });

  it('sanity: the benign, approved plan still applies (the harness is not refusing everything)', async () => {
    await plan(bed, {}, { fixture: BENIGN });
    approve(bed);
    const r = await apply(bed, { 'plan-file': 'runner-temp/infra_prod.tfplan' });
    expect(errors(r)).toEqual([]);
    expect(applied(bed)).toBe(1);
    expect(FIXTURES).toBeTruthy();
  });
});
