/**
 * One SigV4-signed POST to an AWS Query-protocol API (the RDS snapshot calls): the counterpart of
 * json-client.ts for AWS JSON 1.1, without `@aws-sdk/client-rds`, which would add its deserialisers and
 * middleware stack to the bundle for two calls. Endpoints honour the SDK's settings (AWS_ENDPOINT_URL_RDS,
 * AWS_ENDPOINT_URL); credentials come from the JSON client's default chain. Throttling, 5xx and connection
 * errors are retried with backoff on the injected clock.
 */
import http from 'node:http';
import https from 'node:https';
import type { Clock } from '../clock.js';
import { errorMessage } from '../errors.js';
import type { AwsCredentials } from './json-client.js';
import { partitionOf } from './regions.js';

export type Env = Record<string, string | undefined>;

const SERVICE_ENV: Record<string, string> = { rds: 'RDS' };

/** The endpoint the SDK would use: AWS_ENDPOINT_URL_<SERVICE_ID>, AWS_ENDPOINT_URL, else the regional one. */
export function endpointFor(service: string, region: string, env: Env): string {
  const specific = env[`AWS_ENDPOINT_URL_${SERVICE_ENV[service] ?? service.toUpperCase()}`];
  const general = env.AWS_ENDPOINT_URL;
  if (specific) return specific.replace(/\/$/, '');
  if (general) return general.replace(/\/$/, '');
  return `https://${service}.${region}.${partitionOf(region)?.dnsSuffix ?? 'amazonaws.com'}`;
}

export interface AwsResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

export interface SignedRequestOptions {
  service: string;
  region: string;
  endpoint: string;
  credentials: AwsCredentials;
  headers: Record<string, string>;
  body: string;
  clock: Clock;
  signal?: AbortSignal;
  /** Retries for throttling, 5xx and connection errors. Default 4. */
  retries?: number;
}

const RETRY_CODES = ['ECONNRESET', 'ECONNREFUSED', 'ETIMEDOUT', 'EPIPE', 'EAI_AGAIN', 'EHOSTUNREACH'];

export async function signedRequest(opts: SignedRequestOptions): Promise<AwsResponse> {
  // sequential: two concurrent dynamic imports sharing a dependency race in some loaders (jest's VM modules)
  const { SignatureV4 } = await import('@smithy/signature-v4');
  const { Sha256 } = await import('@aws-crypto/sha256-js');
  const url = new URL(opts.endpoint);
  const signer = new SignatureV4({
    service: opts.service,
    region: opts.region,
    sha256: Sha256,
    credentials: opts.credentials,
  });
  const retries = opts.retries ?? 4;
  for (let attempt = 0; ; attempt++) {
    const signed = await signer.sign({
      method: 'POST',
      protocol: url.protocol,
      hostname: url.hostname,
      port: url.port ? Number(url.port) : undefined,
      path: url.pathname || '/',
      query: {},
      headers: {
        host: url.host,
        'content-length': String(Buffer.byteLength(opts.body)),
        ...opts.headers,
      },
      body: opts.body,
    });
    let res: AwsResponse | undefined;
    let failure: unknown;
    try {
      res = await send(url, signed.headers as Record<string, string>, opts.body, opts.signal);
    } catch (e) {
      failure = e;
    }
    const throttled =
      res !== undefined &&
      (res.status === 429 ||
        res.status >= 500 ||
        /Throttl|RequestLimitExceeded|TooManyRequests/.test(res.body.slice(0, 500)));
    const retryable = res ? throttled : RETRY_CODES.includes((failure as NodeJS.ErrnoException)?.code ?? '');
    if (!retryable || attempt >= retries || opts.signal?.aborted) {
      if (res) return res;
      const code = (failure as NodeJS.ErrnoException)?.code;
      throw Object.assign(
        new Error(`${opts.service} at ${url.host} is unreachable: ${code ?? errorMessage(failure)}`),
        {
          code,
        },
      );
    }
    await opts.clock.sleep(Math.min(200 * 2 ** attempt, 5000), opts.signal);
  }
}

function send(
  url: URL,
  headers: Record<string, string>,
  body: string,
  signal?: AbortSignal,
): Promise<AwsResponse> {
  const lib = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const req = lib.request(url, { method: 'POST', headers, timeout: 30_000, signal }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('error', reject);
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          headers: res.headers,
          body: Buffer.concat(chunks).toString('utf8'),
        }),
      );
    });
    req.on('timeout', () =>
      req.destroy(Object.assign(new Error('request timed out'), { code: 'ETIMEDOUT' })),
    );
    req.on('error', reject);
    req.end(body);
  });
}
