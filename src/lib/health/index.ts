export * from './types.js';
export {
  DEFAULT_EXPECT_STATUS,
  DEFAULT_MIN_DAYS,
  DEFAULT_TIMING,
  checksFromValue,
  describeStatuses,
  parseHealthChecks,
} from './parse.js';
export type { ParseOptions } from './parse.js';
export { parseHostPort, placeholders, resolveChecks, sensitiveValues } from './variables.js';
export { assertHealthy, describeTarget, runChecks } from './runner.js';
export type { RunOptions } from './runner.js';
export { renderChecksSummary, renderChecksTable } from './render.js';
export { BAD_WAITING_REASONS } from './probes/kubernetes.js';
export { nodeResolver } from './probes/dns.js';
export { getJsonPath, parseJsonPath } from './json-path.js';
export { parseServiceUrl, SERVICE_SCHEME } from './probes/http-request.js';
export type { HttpAnswer, HttpRequestOptions, HttpTransport } from './probes/http-request.js';
