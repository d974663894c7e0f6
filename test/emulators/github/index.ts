/**
 * GitHub REST emulator for tests: `const gh = await startGitHubEmulator()`, then
 * `getOctokit('token', { baseUrl: gh.url })` (or GITHUB_API_URL=gh.url). See docs/emulators-github.md.
 */
import { GitHubEmulatorServer, type GitHubEmulator, type GitHubEmulatorOptions } from './server.js';

export async function startGitHubEmulator(opts: GitHubEmulatorOptions = {}): Promise<GitHubEmulator> {
  const server = new GitHubEmulatorServer(opts);
  await server.listen();
  return server;
}

export type {
  GitHubEmulator,
  GitHubEmulatorOptions,
  RecordedRequest,
  SeedCommentInput,
  SeedPullInput,
  Violation,
  ViolationKind,
} from './server.js';
export { formatViolations } from './server.js';
export type { FaultRequest, FaultSpec, FaultStatus, InjectedFault, RateLimitOptions } from './faults.js';
export { forkPrToken, rateLimit } from './faults.js';
export { specStats } from './openapi.js';
export type {
  CheckRunRecord,
  CommentRecord,
  DeploymentRecord,
  DeploymentStatusRecord,
  GitHubState,
  PullRecord,
  RepoRecord,
} from './state.js';
