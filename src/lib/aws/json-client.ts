/**
 * A small client for AWS JSON 1.1 services (ECR): SigV4-signed POSTs with `X-Amz-Target`, the endpoint from
 * `AWS_ENDPOINT_URL_<SERVICE>` / `AWS_ENDPOINT_URL` like the SDK, credentials from the SDK's default chain, and
 * retries of throttling, 5xx and connection errors through the injected clock. Chosen over the generated SDK
 * client for start-up and bundle size; docs/ecr.md has the measurement.
 */
import type { Clock } from '../clock.js';
import { InputError } from '../errors.js';
import { partitionOf } from './regions.js';

export interface AwsCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
}

/** An error answered by the service: `code` is the modelled exception name (e.g. RepositoryNotFoundException). */
export class AwsServiceError extends Error {
  override readonly name: string = 'AwsServiceError';
  constructor(
    readonly code: string,
    message: string,
    readonly status: number,
    readonly operation: string,
  ) {
    super(message);
  }
}

export interface AwsJsonClientOptions {
  /** Signing name and endpoint prefix, e.g. 'ecr' (endpoint api.ecr.<region>.amazonaws.com). */
  service: string;
  endpointPrefix: string;
  /** X-Amz-Target prefix, e.g. 'AmazonEC2ContainerRegistry_V20150921'. */
  targetPrefix: string;
  region: string;
  clock: Clock;
  env?: Record<string, string | undefined>;
  credentials?: () => Promise<AwsCredentials>;
  /** Attempts for retryable failures (default 4). */
  maxAttempts?: number;
  /** Input that names the region, for error lines (default aws-region). */
  regionInput?: string;
  /**
   * The SDK's service id in AWS_ENDPOINT_URL_<ID> when it differs from the signing name
   * (Secrets Manager: SECRETS_MANAGER). Default: the signing name, upper-cased.
   */
  endpointEnv?: string;
}

const RETRYABLE_CODES = new Set([
  'ThrottlingException',
  'Throttling',
  'TooManyRequestsException',
  'RequestLimitExceeded',
  'ServerException',
  'ServiceUnavailable',
  'InternalFailure',
]);

/**
 * The SDK's default credential chain (env, web identity from configure-aws-credentials OIDC, profiles, IMDS).
 * Keys in the environment — what configure-aws-credentials exports — are read directly, as the chain's first
 * link would, without loading the chain (≈ 400 KiB of code).
 */
export async function defaultCredentials(
  input = 'aws-region',
  env: Record<string, string | undefined> = process.env,
  /** What else the user could do, appended to the error (", or pass a kubeconfig"). */
  alternative = '',
): Promise<AwsCredentials> {
  if (env.AWS_ACCESS_KEY_ID && env.AWS_SECRET_ACCESS_KEY) {
    return {
      accessKeyId: env.AWS_ACCESS_KEY_ID,
      secretAccessKey: env.AWS_SECRET_ACCESS_KEY,
      ...(env.AWS_SESSION_TOKEN ? { sessionToken: env.AWS_SESSION_TOKEN } : {}),
    };
  }
  const { defaultProvider } = await import('@aws-sdk/credential-provider-node');
  try {
    const c = await defaultProvider()();
    return { accessKeyId: c.accessKeyId, secretAccessKey: c.secretAccessKey, sessionToken: c.sessionToken };
  } catch (e) {
    throw new InputError(
      input,
      `No AWS credentials found (${e instanceof Error ? e.message.split('\n')[0] : String(e)}). ` +
        `Run aws-actions/configure-aws-credentials before this step${alternative}.`,
    );
  }
}

export class AwsJsonClient {
  readonly endpoint: URL;
  private credentials?: AwsCredentials;
  /** Operations called, in order (for summaries and the bench's API-call counts). */
  readonly calls: string[] = [];

  constructor(private readonly opts: AwsJsonClientOptions) {
    const env = opts.env ?? process.env;
    const key = `AWS_ENDPOINT_URL_${opts.endpointEnv ?? opts.service.toUpperCase().replace(/[^A-Z0-9]/g, '_')}`;
    const override = env[key] || env.AWS_ENDPOINT_URL;
    const suffix = partitionOf(opts.region)?.dnsSuffix ?? 'amazonaws.com';
    const raw = override || `https://${opts.endpointPrefix}.${opts.region}.${suffix}`;
    try {
      this.endpoint = new URL(raw);
    } catch {
      throw new InputError(
        key,
        `Invalid ${override ? key : 'endpoint'} '${raw}'. Expected a URL such as https://host.`,
      );
    }
  }

  async call<T>(operation: string, input: Record<string, unknown>): Promise<T> {
    const max = this.opts.maxAttempts ?? 4;
    for (let attempt = 1; ; attempt++) {
      try {
        return (await this.once(operation, input)) as T;
      } catch (e) {
        const retryable =
          (e instanceof AwsServiceError &&
            (RETRYABLE_CODES.has(e.code) || e.status >= 500 || e.status === 429)) ||
          (!(e instanceof AwsServiceError) && isConnectionError(e));
        if (!retryable || attempt >= max) throw this.explain(e, operation);
        // Full jitter on 200 ms · 2^n, as the SDK's standard retry strategy.
        await this.opts.clock.sleep(Math.random() * 200 * 2 ** attempt);
      }
    }
  }

  private explain(e: unknown, operation: string): unknown {
    if (e instanceof AwsServiceError) return e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') {
      return new InputError(
        this.opts.regionInput ?? 'aws-region',
        `${operation}: the endpoint ${this.endpoint.host} does not resolve (${code}); check the region ` +
          `'${this.opts.region}' and AWS_ENDPOINT_URL_${this.opts.service.toUpperCase()}.`,
      );
    }
    return e;
  }

  private async once(operation: string, input: Record<string, unknown>): Promise<unknown> {
    this.credentials ??= await (
      this.opts.credentials ?? (() => defaultCredentials(this.opts.regionInput, this.opts.env ?? process.env))
    )();
    const body = JSON.stringify(input);
    const url = this.endpoint;
    // Loaded on first call, so reading inputs (and failing on a bad one) costs no signer start-up.
    const [{ SignatureV4 }, { createHash, createHmac }] = await Promise.all([
      import('@smithy/signature-v4'),
      import('node:crypto'),
    ]);
    // SHA-256 and HMAC from node:crypto (OpenSSL) rather than a JavaScript implementation.
    class NodeSha256 {
      private readonly h;
      constructor(secret?: string | ArrayBuffer | ArrayBufferView) {
        this.h = secret === undefined ? createHash('sha256') : createHmac('sha256', toBuffer(secret));
      }
      update(data: string | ArrayBuffer | ArrayBufferView): void {
        this.h.update(toBuffer(data));
      }
      async digest(): Promise<Uint8Array> {
        return new Uint8Array(this.h.digest());
      }
      reset(): void {
        throw new Error('reset is not supported');
      }
    }
    const signer = new SignatureV4({
      service: this.opts.service,
      region: this.opts.region,
      sha256: NodeSha256,
      credentials: this.credentials,
    });
    const path = url.pathname || '/';
    const signed = await signer.sign(
      {
        method: 'POST',
        protocol: url.protocol,
        hostname: url.hostname,
        port: url.port ? Number(url.port) : undefined,
        path,
        query: {},
        headers: {
          host: url.host,
          'content-type': 'application/x-amz-json-1.1',
          'x-amz-target': `${this.opts.targetPrefix}.${operation}`,
          'content-length': String(Buffer.byteLength(body)),
        },
        body,
      },
      { signingDate: new Date(this.opts.clock.now()) },
    );
    this.calls.push(operation);
    const { status, text } = await post(url, path, signed.headers, body);
    if (status >= 200 && status < 300) return text ? JSON.parse(text) : {};
    let code = `HTTP${status}`;
    let message = text.slice(0, 500);
    try {
      const doc = JSON.parse(text) as { __type?: string; message?: string; Message?: string };
      if (doc.__type) code = doc.__type.split('#').pop() as string;
      message = doc.message ?? doc.Message ?? message;
    } catch {
      // not JSON: keep the status and the text
    }
    throw new AwsServiceError(code, message, status, operation);
  }
}

function toBuffer(data: string | ArrayBuffer | ArrayBufferView): Buffer {
  if (typeof data === 'string') return Buffer.from(data, 'utf8');
  if (ArrayBuffer.isView(data)) return Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  return Buffer.from(data);
}

function isConnectionError(e: unknown): boolean {
  const code = (e as NodeJS.ErrnoException | undefined)?.code ?? '';
  return ['ECONNRESET', 'ECONNREFUSED', 'ETIMEDOUT', 'EPIPE', 'EAI_AGAIN', 'ESOCKETTIMEDOUT'].includes(code);
}

async function post(
  url: URL,
  path: string,
  headers: Record<string, string>,
  body: string,
): Promise<{ status: number; text: string }> {
  const mod = url.protocol === 'http:' ? await import('node:http') : await import('node:https');
  return new Promise((resolve, reject) => {
    const req = mod.request(
      { method: 'POST', hostname: url.hostname, port: url.port || undefined, path, headers, timeout: 60_000 },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }),
        );
        res.on('error', reject);
      },
    );
    req.on('timeout', () =>
      req.destroy(Object.assign(new Error('request timed out'), { code: 'ETIMEDOUT' })),
    );
    req.on('error', reject);
    req.end(body);
  });
}
