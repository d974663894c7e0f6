// The service's logic: a greeting API with a health endpoint, kept free of I/O so it is easy to test.
export const VERSION = process.env.APP_VERSION ?? 'v1';

export function route(method, path) {
  if (method !== 'GET') return { status: 405, body: { error: 'method not allowed' } };
  if (path === '/healthz') return { status: 200, body: { ok: true, version: VERSION } };
  const m = /^\/hello\/([\w-]{1,40})$/.exec(path);
  if (m) return { status: 200, body: { greeting: `Hello, ${m[1]}!`, version: VERSION } };
  if (path === '/') return { status: 200, body: { service: 'sample-service', version: VERSION } };
  return { status: 404, body: { error: 'not found' } };
}
