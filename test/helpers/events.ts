/** GitHub webhook payloads for tests, made from GitHub's own example payloads in the shared fixtures. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** GitHub's example `pull_request` (action opened) payload. */
export const PR_EVENT = fileURLToPath(
  new URL('../fixtures/github-webhooks/pull_request.opened.json', import.meta.url),
);

/** Writes `dir/event-<number>.json`: the example pull_request payload for pull request `number` at `head`. */
export function pullRequestEventFile(dir: string, number: number, head: string): string {
  const event = JSON.parse(readFileSync(PR_EVENT, 'utf8')) as {
    number: number;
    pull_request: { number: number; head: { sha: string } };
  };
  event.number = number;
  event.pull_request.number = number;
  event.pull_request.head.sha = head;
  const file = join(dir, `event-${number}.json`);
  writeFileSync(file, JSON.stringify(event));
  return file;
}
