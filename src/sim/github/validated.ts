/**
 * The GitHub emulator checked against GitHub's whole published OpenAPI description (npm @octokit/openapi): every
 * request's path, query and body, and every 2xx answer of the emulator. What the tests use, so a test fails when
 * Keelson sends something GitHub would reject. Never imported by product code: the description (13 MB) and ajv
 * stay out of dist/cli, which routes with the generated table (description.ts).
 */
import { openApiDescription } from './openapi.js';
import { GitHubEmulatorServer, type GitHubEmulator, type GitHubEmulatorOptions } from './server.js';

export async function startGitHubEmulator(opts: GitHubEmulatorOptions = {}): Promise<GitHubEmulator> {
  const server = new GitHubEmulatorServer({ description: openApiDescription(), ...opts });
  await server.listen();
  return server;
}

export * from './index.js';
export { specStats } from './openapi.js';
