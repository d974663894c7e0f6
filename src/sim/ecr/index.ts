/**
 * The ECR emulator: one AWS JSON 1.1 control-plane endpoint (what `AWS_ENDPOINT_URL_ECR` points at) for any
 * number of emulated registries (an account in a region), each a real OCI registry process behind an ECR-style
 * registry endpoint on its own loopback port. Used by the tests, the bench and (later) the demo.
 *
 *   const ecr = await startEcrSim({ registries: [{ accountId: '111122223333', region: 'eu-west-1' }] });
 *   process.env = { ...process.env, ...ecr.env('eu-west-1') };   // the AWS SDK or Keelson's client now talk to it
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import { LoopbackServer, withBody } from '../loopback.js';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { realClock, type Clock } from '../../lib/clock.js';
import { errorMessage } from '../../lib/errors.js';
import { SigV4Error, signedRequest, verifySigV4, type SimCredential } from '../aws/sigv4.js';
import { EcrApiError, OPERATIONS, operationOf } from './api.js';
import { Backend } from './backend.js';
import { RegistryEndpoint, type RegistryRequest } from './endpoint.js';
import { startRegistryProcess, type RegistryProcess } from './registry-process.js';
import { SimRegistry } from './state.js';

export { RegistryNotInstalledError } from './registry-process.js';
export type { RegistryRequest } from './endpoint.js';
export type { SimCredential } from '../aws/sigv4.js';

export interface EcrSimOptions {
  /** Emulated registries; default one: account 111122223333 in us-east-1. blobMounting: ECR's BLOB_MOUNTING setting, default off as in ECR. */
  registries?: { accountId: string; region: string; blobMounting?: boolean }[];
  /** Keys that may call the API; default one random key per account. */
  credentials?: SimCredential[];
  clock?: Clock;
  /** Registry password lifetime (ECR: 12 hours). */
  tokenTtlMs?: number;
  /** Where the registries store blobs; default a temp directory removed by close(). */
  dir?: string;
}

export interface ApiRequestRecord {
  operation: string;
  status: number;
  errorCode?: string;
  region: string;
}

export interface EcrSimRegistry {
  accountId: string;
  region: string;
  /** `127.0.0.1:<port>`: the host in repository URIs and image references. */
  host: string;
  /** The real registry behind the endpoint (no authentication), for test assertions. */
  backendUrl: string;
  requests: RegistryRequest[];
  /** Blob upload requests (POSTs that were not mounts, PATCHes, PUTs) since index `since` of `requests`. */
  blobWrites(since?: number): RegistryRequest[];
  /** ECR's BLOB_MOUNTING account setting for this registry. */
  setBlobMounting(enabled: boolean): void;
  state: SimRegistry;
}

export interface EcrSim {
  /** The control-plane endpoint (AWS_ENDPOINT_URL_ECR). */
  endpoint: string;
  credentials: SimCredential[];
  registries: EcrSimRegistry[];
  registry(accountId: string, region: string): EcrSimRegistry;
  api: ApiRequestRecord[];
  /** Environment for an AWS client of the first credential (or of `accountId`) in `region`. */
  env(region: string, accountId?: string): Record<string, string>;
  close(): Promise<void>;
}

function randomKey(accountId: string): SimCredential {
  return {
    accessKeyId: `AKIA${randomBytes(8).toString('hex').toUpperCase()}`,
    secretAccessKey: randomBytes(30).toString('base64'),
    accountId,
  };
}

export async function startEcrSim(opts: EcrSimOptions = {}): Promise<EcrSim> {
  const clock = opts.clock ?? realClock;
  const specs = opts.registries ?? [{ accountId: '111122223333', region: 'us-east-1' }];
  const accounts = [...new Set(specs.map((s) => s.accountId))];
  const credentials = opts.credentials ?? accounts.map(randomKey);
  const ownDir = opts.dir === undefined;
  const dir = opts.dir ?? mkdtempSync(join(tmpdir(), 'keelson-ecr-'));
  const processes: RegistryProcess[] = [];
  const endpoints: RegistryEndpoint[] = [];
  const registries: EcrSimRegistry[] = [];
  const api: ApiRequestRecord[] = [];
  let server: LoopbackServer | undefined;

  const close = async (): Promise<void> => {
    await server?.close();
    await Promise.all(endpoints.map((e) => e.close()));
    await Promise.all(processes.map((p) => p.close()));
    if (ownDir) rmSync(dir, { recursive: true, force: true });
  };

  try {
    for (const [i, spec] of specs.entries()) {
      const proc = await startRegistryProcess(join(dir, `registry-${i}-${spec.accountId}-${spec.region}`));
      processes.push(proc);
      const state = new SimRegistry(spec.accountId, spec.region, new Backend(proc.url), {
        blobMounting: spec.blobMounting,
      });
      const endpoint = new RegistryEndpoint(state, clock);
      endpoints.push(endpoint);
      await endpoint.start();
      registries.push({
        accountId: spec.accountId,
        region: spec.region,
        get host() {
          return state.host;
        },
        backendUrl: proc.url,
        requests: endpoint.requests,
        blobWrites: (since) => endpoint.blobWrites(since),
        setBlobMounting: (enabled) => (state.blobMounting = enabled),
        state,
      });
    }
    const states = registries.map((r) => r.state);
    const tokenTtlMs = opts.tokenTtlMs ?? 12 * 3_600_000;

    const http1 = http.createServer(withBody((req, body, res) => void handle(req, body, res)));
    const handle = async (
      req: http.IncomingMessage,
      body: Buffer,
      res: http.ServerResponse,
    ): Promise<void> => {
      const requestId = randomUUID();
      const record: ApiRequestRecord = { operation: '', status: 200, region: '' };
      const send = (status: number, payload: unknown, errorCode?: string): void => {
        record.status = status;
        record.errorCode = errorCode;
        const text = JSON.stringify(payload);
        res.writeHead(status, {
          'content-type': 'application/x-amz-json-1.1',
          'content-length': Buffer.byteLength(text),
          'x-amzn-requestid': requestId,
          ...(errorCode ? { 'x-amzn-errortype': errorCode } : {}),
        });
        res.end(text);
      };
      const fail = (status: number, code: string, message: string): void =>
        send(status, { __type: code, message }, code);
      if (req.method === 'GET' && req.url === '/_keelson/requests') {
        // Introspection for tools outside this process (the bench): what each endpoint received.
        const text = JSON.stringify({
          api: api.map((a) => ({ operation: a.operation, status: a.status, errorCode: a.errorCode })),
          registries: registries.map((r) => ({
            accountId: r.accountId,
            region: r.region,
            host: r.host,
            requests: r.requests,
          })),
        });
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
        res.end(text);
        return;
      }
      const target = req.headers['x-amz-target'];
      const operation = operationOf(Array.isArray(target) ? target[0] : target) ?? '';
      record.operation = operation;
      api.push(record);
      try {
        const caller = verifySigV4(signedRequest(req, body), {
          credentials,
          service: 'ecr',
          now: Date.now(),
        });
        record.region = caller.region;
        if (!states.some((s) => s.region === caller.region)) {
          return fail(
            400,
            'UnrecognizedClientException',
            'The security token included in the request is invalid.',
          );
        }
        const op = OPERATIONS[operation];
        if (req.method !== 'POST' || !op) {
          return fail(
            400,
            'UnknownOperationException',
            `Operation ${operation || '(none)'} is not supported by this emulator.`,
          );
        }
        let input: Record<string, unknown>;
        try {
          input = body.length === 0 ? {} : (JSON.parse(body.toString('utf8')) as Record<string, unknown>);
        } catch {
          return fail(400, 'SerializationException', 'Start of structure or map found where not expected.');
        }
        const out = await op(
          {
            accountId: caller.credential.accountId,
            region: caller.region,
            registries: states,
            clock,
            tokenTtlMs,
          },
          input ?? {},
        );
        send(200, out);
      } catch (e) {
        if (e instanceof SigV4Error || e instanceof EcrApiError) return fail(e.status, e.code, e.message);
        fail(500, 'ServerException', errorMessage(e));
      }
    };
    server = new LoopbackServer(http1);
    const port = await server.listen();
    const endpoint = `http://127.0.0.1:${port}`;
    const registry = (accountId: string, region: string): EcrSimRegistry => {
      const r = registries.find((x) => x.accountId === accountId && x.region === region);
      if (!r) throw new Error(`no emulated registry for ${accountId} in ${region}`);
      return r;
    };
    return {
      endpoint,
      credentials,
      registries,
      registry,
      api,
      env: (region, accountId) => {
        const c = credentials.find((x) => !accountId || x.accountId === accountId) ?? credentials[0]!;
        return {
          AWS_ACCESS_KEY_ID: c.accessKeyId,
          AWS_SECRET_ACCESS_KEY: c.secretAccessKey,
          ...(c.sessionToken ? { AWS_SESSION_TOKEN: c.sessionToken } : {}),
          AWS_REGION: region,
          AWS_ENDPOINT_URL_ECR: endpoint,
          AWS_EC2_METADATA_DISABLED: 'true',
        };
      },
      close,
    };
  } catch (e) {
    await close();
    throw e;
  }
}
