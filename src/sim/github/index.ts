/**
 * The GitHub REST emulator (pull requests, comments, reviews, Deployments, check runs, a slice of GraphQL) on
 * 127.0.0.1: `const gh = await startGitHubEmulator()`, then `getOctokit('token', { baseUrl: gh.url })` (or
 * GITHUB_API_URL=gh.url). `keelson workflow run` and the demo use it; the tests use `validated.ts`, the same server
 * checked against GitHub's OpenAPI description. See docs/emulators-github.md.
 */
import { GitHubEmulatorServer, type GitHubEmulator, type GitHubEmulatorOptions } from './server.js';

/** Routes with the generated table unless `opts.description` says otherwise. */
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
export { routeTable, type ApiDescription } from './description.js';
export type {
  CheckRunRecord,
  CommentRecord,
  DeploymentRecord,
  DeploymentStatusRecord,
  GitHubState,
  PullRecord,
  RepoRecord,
} from './state.js';
