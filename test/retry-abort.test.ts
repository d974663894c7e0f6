/**
 * Retry sleeps honour the abort signal (issue 16): a cancelled or timed-out request does not sleep out its
 * backoff in the Kubernetes client or the GitHub client. Both clients talk to a closed port on 127.0.0.1, so every
 * attempt fails with connection refused and the next one waits.
 */
import { beforeAll, describe, expect, it } from '@jest/globals';
import { createServer } from 'node:net';
import { ManualClock } from '../src/lib/clock.js';
import { createGitHubApi } from '../src/lib/github/client.js';
import { KubeClient } from '../src/lib/k8s/client.js';

let port: number;
beforeAll(async () => {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', () => r()));
  port = (s.address() as { port: number }).port;
  await new Promise<void>((r) => s.close(() => r()));
});

async function until(cond: () => boolean): Promise<void> {
  for (let i = 0; i < 500 && !cond(); i++) await new Promise((r) => setTimeout(r, 2));
  expect(cond()).toBe(true);
}

describe('retry sleeps end when the request is aborted', () => {
  it('the Kubernetes client: an abort during the backoff rejects at once, with no further attempt', async () => {
    const clock = new ManualClock();
    const kube = new KubeClient({ server: `http://127.0.0.1:${port}` }, { clock, retryFor: 120_000 });
    try {
      const ac = new AbortController();
      const done = kube.request('GET', '/api/v1/namespaces/default/pods', { signal: ac.signal }).then(
        () => 'resolved',
        (e: unknown) => (e as Error).message,
      );
      await until(() => clock.pending === 1); // the first attempt was refused; the client sleeps on the clock
      ac.abort(new Error('the probe timed out'));
      expect(await done).toBe('the probe timed out');
      expect(clock.pending).toBe(0);
    } finally {
      kube.close();
    }
  });

  it('the GitHub client: an abort during the backoff rejects at once', async () => {
    const sleeps: number[] = [];
    const api = await createGitHubApi('t', `http://127.0.0.1:${port}`, {
      // Backoff that only an abort ends (the default sleep is the wall clock's, with the same contract).
      sleep: (ms, signal) =>
        new Promise<void>((_, reject) => {
          sleeps.push(ms);
          signal?.addEventListener('abort', () => reject(signal.reason as Error), { once: true });
        }),
    });
    const ac = new AbortController();
    const done = api
      .request('GET /repos/{owner}/{repo}', { owner: 'o', repo: 'r', request: { signal: ac.signal } })
      .then(
        () => 'resolved',
        (e: unknown) => (e as Error).message,
      );
    await until(() => sleeps.length === 1);
    ac.abort(new Error('cancelled'));
    expect(await done).toBe('cancelled');
    expect(sleeps).toEqual([1_000]);
  });
});
