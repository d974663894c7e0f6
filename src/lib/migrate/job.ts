/** Job mode (a Kubernetes Job from the release image): implemented after the simulator work. */
import type { Clock } from '../clock.js';
import type { KubeClient } from '../k8s/client.js';
import type { Masker } from '../mask.js';
import type { LockEnv } from './command.js';
import type { MigrateSettings } from './settings.js';

export interface JobDeps {
  clock: Clock;
  signal: AbortSignal;
  kube?: KubeClient;
  masker: Masker;
  log: (line: string) => void;
  output?: <T>(fn: (write: (chunk: string) => void) => Promise<T>) => Promise<T>;
  workspace: string;
  holder: string;
  lock?: LockEnv;
  appName: string;
}

export interface JobResult {
  name: string;
  exitCode?: number;
  failure?: string;
}

export async function runMigrationJob(_s: MigrateSettings, _deps: JobDeps): Promise<JobResult> {
  throw new Error('job mode is not implemented yet');
}
