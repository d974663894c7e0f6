/**
 * One HTTP(S) request with node:http(s): a fresh connection per probe (no keep-alive, so a probe measures what
 * a new client would see), no redirects followed (a 3xx is the answer), the body read up to a cap, and the
 * whole exchange bound to an AbortSignal.
 */
import http from 'node:http';
import https from 'node:https';

export const MAX_BODY = 1024 * 1024;

export interface HttpAnswer {
  status: number;
  headers: http.IncomingHttpHeaders;
  /** At most `maxBody` bytes. */
  body: Buffer;
  truncated: boolean;
}

export interface HttpRequestOptions {
  method: string;
  headers: Record<string, string>;
  insecure: boolean;
  signal: AbortSignal;
  maxBody?: number;
}

/** Sends a request some other way (the deploy engine's API-server service proxy for k8s-service:// URLs). */
export type HttpTransport = (url: string, options: HttpRequestOptions) => Promise<HttpAnswer>;

/** `k8s-service://<namespace>/<service>[:<port>]/<path>`: a Service reached through the Kubernetes API server. */
export const SERVICE_SCHEME = 'k8s-service:';

/**
 * `alb-preview://<load balancer>/<path>`: the version under test through an ALB, on the rule the deploy engine
 * adds for it (requests carry its preview header); only the deploy engine's checks reach it.
 */
export const ALB_PREVIEW_SCHEME = 'alb-preview:';

export function parseServiceUrl(
  url: string,
): { namespace: string; service: string; port?: string; path: string } | undefined {
  const m = /^k8s-service:\/\/([a-z0-9-]+)\/([a-z0-9-]+)(?::([a-z0-9-]+))?(\/[^?#]*)?(\?[^#]*)?$/.exec(url);
  if (!m) return undefined;
  return {
    namespace: m[1] as string,
    service: m[2] as string,
    port: m[3],
    path: (m[4] ?? '/') + (m[5] ?? ''),
  };
}

export function httpRequest(url: string, options: HttpRequestOptions): Promise<HttpAnswer> {
  const max = options.maxBody ?? MAX_BODY;
  return new Promise<HttpAnswer>((resolve, reject) => {
    if (options.signal.aborted) return reject(reasonOf(options.signal));
    const u = new URL(url);
    const mod = u.protocol === 'https:' ? https : http;
    const req = mod.request(
      u,
      {
        method: options.method,
        headers: { 'user-agent': 'keelson-health-check', accept: '*/*', ...options.headers },
        agent: false,
        rejectUnauthorized: !options.insecure,
        signal: options.signal,
      },
      (res) => {
        const chunks: Buffer[] = [];
        let size = 0;
        let settled = false;
        const done = (truncated: boolean): void => {
          if (settled) return;
          settled = true;
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks),
            truncated,
          });
        };
        res.on('data', (chunk: Buffer) => {
          if (settled) return;
          if (size + chunk.length > max) {
            chunks.push(chunk.subarray(0, max - size));
            size = max;
            done(true);
            res.destroy();
            return;
          }
          chunks.push(chunk);
          size += chunk.length;
        });
        res.on('end', () => done(false));
        res.on('error', (e) => {
          if (!settled) reject(options.signal.aborted ? reasonOf(options.signal) : e);
        });
        res.on('close', () => {
          if (!settled)
            reject(
              options.signal.aborted
                ? reasonOf(options.signal)
                : new Error('connection closed before the response ended'),
            );
        });
      },
    );
    req.on('error', (e) => reject(options.signal.aborted ? reasonOf(options.signal) : e));
    req.end();
  });
}

function reasonOf(signal: AbortSignal): unknown {
  return signal.reason ?? new Error('aborted');
}
