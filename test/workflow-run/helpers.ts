/**
 * Runs workflows written by a test through the local workflow runner: a repository in a temp directory with its
 * `.github/workflows/`, the runner's defaults for everything the test does not set.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Masker } from '../../src/lib/mask.js';
import { runWorkflow } from '../../src/lib/workflows/run/engine.js';
import type {
  EventName,
  JobResult,
  RunEvent,
  RunnerHost,
  RunOptions,
  WorkflowRunResult,
} from '../../src/lib/workflows/run/types.js';

export const keelsonRoot = fileURLToPath(new URL('../..', import.meta.url));

export interface Repo {
  dir: string;
  write(path: string, text: string): string;
  cleanup(): void;
}

export function tempRepo(files: Record<string, string> = {}): Repo {
  const dir = mkdtempSync(join(tmpdir(), 'keelson-wfrun-'));
  const write = (path: string, text: string): string => {
    const full = join(dir, path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, text);
    return full;
  };
  for (const [p, t] of Object.entries(files)) write(p, t);
  return { dir, write, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export const emptyHost = (over: Partial<RunnerHost> = {}): RunnerHost => ({
  actions: {},
  standIns: [],
  env: {},
  ...over,
});

export async function run(
  repo: Repo,
  file: string,
  o: Partial<Omit<RunOptions, 'file'>> & { event?: EventName } = {},
): Promise<WorkflowRunResult & { events: RunEvent[]; masker: Masker }> {
  const events: RunEvent[] = [];
  const masker = o.masker ?? new Masker();
  const event = o.event ?? 'push';
  const r = await runWorkflow({
    file: join(repo.dir, file),
    repoRoot: repo.dir,
    event,
    inputs: {},
    github: {
      repository: 'acme/web',
      defaultBranch: 'main',
      sha: 'a'.repeat(40),
      ref: 'refs/heads/main',
      actor: 'octocat',
      serverUrl: 'https://github.com',
      apiUrl: 'http://127.0.0.1:9',
      token: 'ghs_localtesttoken0000000000000000',
      runId: '1',
      runNumber: '1',
      event: { repository: { full_name: 'acme/web', default_branch: 'main' } },
    },
    vars: {},
    secrets: {},
    environments: {},
    resolver: { keelsonRepository: 'keelson-dev/keelson', keelsonRoot },
    host: emptyHost(),
    masker,
    workDir: join(repo.dir, '.run'),
    onEvent: (e) => events.push(e),
    ...o,
  });
  return { ...r, events, masker };
}

/** Every job (nested ones too), depth first. */
export function allJobs(jobs: JobResult[]): JobResult[] {
  return jobs.flatMap((j) => [j, ...allJobs(j.children ?? [])]);
}

export function job(r: { jobs: JobResult[] }, path: string): JobResult {
  const found = allJobs(r.jobs).find((j) => j.path.join(' / ') === path);
  if (!found)
    throw new Error(
      `no job '${path}'; jobs: ${allJobs(r.jobs)
        .map((j) => j.path.join(' / '))
        .join(', ')}`,
    );
  return found;
}

/** A step's log as text, workflow commands dropped except annotations. */
export function stepText(j: JobResult, name: string): string {
  const s = j.steps.find((x) => x.name === name || x.id === name);
  if (!s)
    throw new Error(`no step '${name}' in ${j.path.join(' / ')}: ${j.steps.map((x) => x.name).join(', ')}`);
  return s.log.join('\n');
}
