/**
 * Secrets Manager (AWS JSON 1.1) and RDS (Query protocol, XML) on 127.0.0.1, as far as the migrate action
 * uses them: GetSecretValue; CreateDBSnapshot / CreateDBClusterSnapshot and their Describe calls, with
 * snapshots that move from `creating` to `available` on the injected clock. Every request's SigV4 signature
 * is verified independently of the SDK signer (the kube emulator's verifier). The shapes are checked by
 * parsing the answers with `@aws-sdk/client-secrets-manager` and `@aws-sdk/client-rds` (aws.test.ts).
 */
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import type { Clock } from '../../../src/lib/clock.js';
import { realClock } from '../../../src/lib/clock.js';
import { SigV4Error, verifySigV4, type SimCredential } from '../../../src/sim/aws/sigv4.js';

export const ACCOUNT = '111122223333';
/** The AWS test credentials the emulators know unless told otherwise (never valid anywhere real). */
export const TEST_CREDENTIALS: SimCredential[] = [
  {
    accessKeyId: 'AKIAKEELSONMIGRATE01',
    secretAccessKey: 'keelsonMigrateTestSecretKey/00000000000001',
    accountId: ACCOUNT,
  },
];

export interface AwsRequestRecord {
  service: 'secretsmanager' | 'rds';
  operation: string;
  status: number;
  errorCode?: string;
  params: Record<string, string>;
}

export interface SecretEntry {
  name: string;
  arn: string;
  secretString?: string;
  secretBinary?: Buffer;
  /** Answer AccessDeniedException instead of the value. */
  denied?: boolean;
}

export interface RdsInstance {
  id: string;
  engine?: string;
  state?: 'available' | 'stopped' | 'modifying';
}

export interface SnapshotEntry {
  id: string;
  kind: 'instance' | 'cluster';
  source: string;
  createdAt: number;
  tags: Record<string, string>;
  /** Overrides the status the clock would give (fault injection: 'failed'). */
  forced?: string;
}

export interface AwsEmulatorOptions {
  clock?: Clock;
  region?: string;
  credentials?: SimCredential[];
  /** Emulator milliseconds a snapshot stays `creating`. Default 60 s. */
  snapshotCreatingMs?: number;
}

export interface AwsEmulator {
  region: string;
  secretsManagerEndpoint: string;
  rdsEndpoint: string;
  /** AWS_* variables that point the SDK (and Keelson) at the emulators with the test credentials. */
  env: Record<string, string>;
  putSecret(name: string, value: string | Buffer, opts?: { denied?: boolean }): SecretEntry;
  addInstance(id: string, opts?: Partial<RdsInstance>): void;
  addCluster(id: string, opts?: Partial<RdsInstance>): void;
  snapshots: Map<string, SnapshotEntry>;
  readonly requests: AwsRequestRecord[];
  close(): Promise<void>;
}

function xmlEscape(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function el(name: string, value: string | number | boolean | undefined): string {
  return value === undefined ? '' : `<${name}>${xmlEscape(String(value))}</${name}>`;
}

const iso = (ms: number): string => new Date(ms).toISOString();

/** RDS identifier rules for snapshots: 1–255 letters, digits, hyphens; a letter first; no `--`, no trailing `-`. */
function validSnapshotId(id: string): boolean {
  return /^[A-Za-z][A-Za-z0-9-]{0,254}$/.test(id) && !id.includes('--') && !id.endsWith('-');
}

async function listen(server: http.Server, sockets: Set<Socket>): Promise<string> {
  server.on('connection', (s: Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  const port = await new Promise<number>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port));
  });
  return `http://127.0.0.1:${port}`;
}

function readBody(req: http.IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

export async function startAwsEmulator(opts: AwsEmulatorOptions = {}): Promise<AwsEmulator> {
  const clock = opts.clock ?? realClock;
  const region = opts.region ?? 'eu-west-1';
  const credentials = opts.credentials ?? TEST_CREDENTIALS;
  const creatingMs = opts.snapshotCreatingMs ?? 60_000;
  const secrets = new Map<string, SecretEntry>();
  const instances = new Map<string, RdsInstance>();
  const clusters = new Map<string, RdsInstance>();
  const snapshots = new Map<string, SnapshotEntry>();
  const requests: AwsRequestRecord[] = [];
  const sockets = new Set<Socket>();

  /** The SigV4 check (the simulator's verifier, independent of the SDK signer); undefined when it passes. */
  const verify = (req: http.IncomingMessage, body: Buffer, service: string): SigV4Error | undefined => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    try {
      const caller = verifySigV4(
        {
          method: req.method ?? 'POST',
          path: url.pathname,
          rawQuery: url.search.replace(/^\?/, ''),
          headers: req.headers,
          body,
        },
        { credentials, service, now: Date.now() },
      );
      if (caller.region !== region) {
        return new SigV4Error(
          'InvalidSignatureException',
          `Credential should be scoped to a valid region, not '${caller.region}'.`,
        );
      }
      return undefined;
    } catch (e) {
      if (e instanceof SigV4Error) return e;
      throw e;
    }
  };

  // ── Secrets Manager ──────────────────────────────────────────────────────────────────────────────────
  const sm = http.createServer((req, res) => {
    void readBody(req).then((body) => {
      const target = String(req.headers['x-amz-target'] ?? '');
      const operation = target.replace(/^secretsmanager\./, '');
      const record: AwsRequestRecord = { service: 'secretsmanager', operation, status: 200, params: {} };
      requests.push(record);
      const fail = (status: number, type: string, message: string): void => {
        record.status = status;
        record.errorCode = type;
        res.writeHead(status, {
          'content-type': 'application/x-amz-json-1.1',
          'x-amzn-requestid': randomUUID(),
        });
        res.end(JSON.stringify({ __type: type, message, Message: message }));
      };
      const sig = verify(req, body, 'secretsmanager');
      if (sig) return fail(400, sig.code, sig.message);
      if (
        req.method !== 'POST' ||
        !String(req.headers['content-type'] ?? '').startsWith('application/x-amz-json-1.1')
      ) {
        return fail(400, 'SerializationException', 'Expected POST with application/x-amz-json-1.1');
      }
      let input: Record<string, unknown>;
      try {
        input = JSON.parse(body.toString('utf8') || '{}') as Record<string, unknown>;
      } catch {
        return fail(400, 'SerializationException', 'Start of structure or map found where not expected.');
      }
      if (operation !== 'GetSecretValue')
        return fail(400, 'UnknownOperationException', `Unknown operation ${target}`);
      const id = String(input.SecretId ?? '');
      record.params.SecretId = id;
      if (!id)
        return fail(
          400,
          'InvalidParameterException',
          'Invalid name. Must be a valid name containing alphanumeric characters, or any of the following: -/_+=.@!',
        );
      const entry = [...secrets.values()].find(
        (s) => s.name === id || s.arn === id || s.arn.startsWith(`${id}-`),
      );
      if (!entry)
        return fail(400, 'ResourceNotFoundException', "Secrets Manager can't find the specified secret.");
      if (entry.denied) {
        return fail(
          400,
          'AccessDeniedException',
          `User: arn:aws:iam::${ACCOUNT}:user/keelson-test is not authorized to perform: secretsmanager:GetSecretValue on resource: ${id} because no identity-based policy allows the secretsmanager:GetSecretValue action`,
        );
      }
      res.writeHead(200, { 'content-type': 'application/x-amz-json-1.1', 'x-amzn-requestid': randomUUID() });
      res.end(
        JSON.stringify({
          ARN: entry.arn,
          Name: entry.name,
          VersionId: '9f1c5a1e-4a3e-4b8f-9d2a-6c2f8a7e1b00',
          ...(entry.secretString !== undefined ? { SecretString: entry.secretString } : {}),
          ...(entry.secretBinary !== undefined
            ? { SecretBinary: entry.secretBinary.toString('base64') }
            : {}),
          VersionStages: ['AWSCURRENT'],
          CreatedDate: Math.floor(clock.now() / 1000) + 0.123,
        }),
      );
    });
  });

  // ── RDS ──────────────────────────────────────────────────────────────────────────────────────────────
  const statusOf = (s: SnapshotEntry): string =>
    s.forced ?? (clock.now() - s.createdAt >= creatingMs ? 'available' : 'creating');
  const tagsXml = (tags: Record<string, string>): string =>
    `<TagList>${Object.entries(tags)
      .map(([k, v]) => `<Tag>${el('Key', k)}${el('Value', v)}</Tag>`)
      .join('')}</TagList>`;
  const snapshotXml = (s: SnapshotEntry): string => {
    const status = statusOf(s);
    const progress =
      status === 'available'
        ? 100
        : Math.min(99, Math.floor(((clock.now() - s.createdAt) / creatingMs) * 100));
    if (s.kind === 'instance') {
      return (
        '<DBSnapshot>' +
        el('DBSnapshotIdentifier', s.id) +
        el('DBInstanceIdentifier', s.source) +
        el('SnapshotCreateTime', iso(s.createdAt)) +
        el('Engine', 'postgres') +
        el('AllocatedStorage', 20) +
        el('Status', status) +
        el('Port', 5432) +
        el('AvailabilityZone', `${region}a`) +
        el('VpcId', 'vpc-0a1b2c3d4e5f60004') +
        el('InstanceCreateTime', iso(s.createdAt - 86_400_000)) +
        el('MasterUsername', 'app') +
        el('EngineVersion', '15.8') +
        el('LicenseModel', 'postgresql-license') +
        el('SnapshotType', 'manual') +
        el('PercentProgress', progress) +
        el('StorageType', 'gp3') +
        el('Encrypted', true) +
        el('DBSnapshotArn', `arn:aws:rds:${region}:${ACCOUNT}:snapshot:${s.id}`) +
        el('IAMDatabaseAuthenticationEnabled', false) +
        tagsXml(s.tags) +
        el('DbiResourceId', 'db-ABCDEFGHIJKLMNOPQRSTUVWXY0') +
        el('SnapshotTarget', 'region') +
        '</DBSnapshot>'
      );
    }
    return (
      '<DBClusterSnapshot>' +
      `<AvailabilityZones><AvailabilityZone>${region}a</AvailabilityZone><AvailabilityZone>${region}b</AvailabilityZone></AvailabilityZones>` +
      el('DBClusterSnapshotIdentifier', s.id) +
      el('DBClusterIdentifier', s.source) +
      el('SnapshotCreateTime', iso(s.createdAt)) +
      el('Engine', 'aurora-postgresql') +
      el('AllocatedStorage', 1) +
      el('Status', status) +
      el('Port', 0) +
      el('VpcId', 'vpc-0a1b2c3d4e5f60004') +
      el('ClusterCreateTime', iso(s.createdAt - 86_400_000)) +
      el('MasterUsername', 'app') +
      el('EngineVersion', '15.8') +
      el('LicenseModel', 'postgresql-license') +
      el('SnapshotType', 'manual') +
      el('PercentProgress', progress) +
      el('StorageEncrypted', true) +
      el('DBClusterSnapshotArn', `arn:aws:rds:${region}:${ACCOUNT}:cluster-snapshot:${s.id}`) +
      el('IAMDatabaseAuthenticationEnabled', false) +
      tagsXml(s.tags) +
      '</DBClusterSnapshot>'
    );
  };

  const rds = http.createServer((req, res) => {
    void readBody(req).then((body) => {
      const params = Object.fromEntries(new URLSearchParams(body.toString('utf8')));
      const action = params.Action ?? '';
      const record: AwsRequestRecord = { service: 'rds', operation: action, status: 200, params };
      requests.push(record);
      const requestId = randomUUID();
      const fail = (status: number, code: string, message: string): void => {
        record.status = status;
        record.errorCode = code;
        res.writeHead(status, { 'content-type': 'text/xml', 'x-amzn-requestid': requestId });
        res.end(
          `<ErrorResponse xmlns="http://rds.amazonaws.com/doc/2014-10-31/"><Error><Type>Sender</Type>${el('Code', code)}${el('Message', message)}</Error>${el('RequestId', requestId)}</ErrorResponse>`,
        );
      };
      const ok = (result: string): void => {
        res.writeHead(200, { 'content-type': 'text/xml', 'x-amzn-requestid': requestId });
        res.end(
          `<?xml version="1.0" encoding="UTF-8"?>\n<${action}Response xmlns="http://rds.amazonaws.com/doc/2014-10-31/"><${action}Result>${result}</${action}Result><ResponseMetadata>${el('RequestId', requestId)}</ResponseMetadata></${action}Response>`,
        );
      };
      const sig = verify(req, body, 'rds');
      if (sig)
        return fail(
          403,
          sig.code === 'InvalidSignatureException' ? 'SignatureDoesNotMatch' : 'InvalidClientTokenId',
          sig.message,
        );
      if (params.Version !== '2014-10-31')
        return fail(400, 'InvalidParameterValue', 'Version must be 2014-10-31');
      const tags: Record<string, string> = {};
      for (let i = 1; params[`Tags.Tag.${i}.Key`] !== undefined; i++) {
        tags[params[`Tags.Tag.${i}.Key`] as string] = params[`Tags.Tag.${i}.Value`] ?? '';
      }
      switch (action) {
        case 'CreateDBSnapshot':
        case 'CreateDBClusterSnapshot': {
          const kind = action === 'CreateDBSnapshot' ? 'instance' : 'cluster';
          const source = kind === 'instance' ? params.DBInstanceIdentifier : params.DBClusterIdentifier;
          const id = kind === 'instance' ? params.DBSnapshotIdentifier : params.DBClusterSnapshotIdentifier;
          if (!source || !id)
            return fail(400, 'MissingParameter', 'The request must contain the parameter identifiers');
          if (!validSnapshotId(id)) {
            return fail(
              400,
              'InvalidParameterValue',
              `The parameter ${kind === 'instance' ? 'DBSnapshotIdentifier' : 'DBClusterSnapshotIdentifier'} is not a valid identifier. Identifiers must begin with a letter; must contain only ASCII letters, digits, and hyphens; and must not end with a hyphen or contain two consecutive hyphens.`,
            );
          }
          const owner = (kind === 'instance' ? instances : clusters).get(source.toLowerCase());
          if (!owner) {
            return kind === 'instance'
              ? fail(404, 'DBInstanceNotFound', `DBInstance ${source} not found.`)
              : fail(404, 'DBClusterNotFoundFault', `DBCluster ${source} not found.`);
          }
          if ((owner.state ?? 'available') !== 'available') {
            return kind === 'instance'
              ? fail(400, 'InvalidDBInstanceState', `DB Instance ${source} is not in available state.`)
              : fail(400, 'InvalidDBClusterStateFault', `DB Cluster ${source} is not in available state.`);
          }
          if (snapshots.has(id.toLowerCase())) {
            return kind === 'instance'
              ? fail(
                  400,
                  'DBSnapshotAlreadyExists',
                  `Cannot create the snapshot because a snapshot with the identifier ${id} already exists.`,
                )
              : fail(
                  400,
                  'DBClusterSnapshotAlreadyExistsFault',
                  `Cannot create the cluster snapshot because one with the identifier ${id} already exists.`,
                );
          }
          const entry: SnapshotEntry = {
            id: id.toLowerCase(),
            kind,
            source: source.toLowerCase(),
            createdAt: clock.now(),
            tags,
          };
          snapshots.set(entry.id, entry);
          return ok(snapshotXml(entry));
        }
        case 'DescribeDBSnapshots':
        case 'DescribeDBClusterSnapshots': {
          const kind = action === 'DescribeDBSnapshots' ? 'instance' : 'cluster';
          const id = (
            kind === 'instance' ? params.DBSnapshotIdentifier : params.DBClusterSnapshotIdentifier
          )?.toLowerCase();
          const list = [...snapshots.values()].filter((s) => s.kind === kind && (!id || s.id === id));
          if (id && list.length === 0) {
            return kind === 'instance'
              ? fail(404, 'DBSnapshotNotFound', `DBSnapshot ${id} not found.`)
              : fail(404, 'DBClusterSnapshotNotFoundFault', `DBClusterSnapshot ${id} not found.`);
          }
          const wrap = kind === 'instance' ? 'DBSnapshots' : 'DBClusterSnapshots';
          return ok(`<${wrap}>${list.map(snapshotXml).join('')}</${wrap}>`);
        }
        default:
          return fail(400, 'InvalidAction', `The action ${action} is not valid for this web service.`);
      }
    });
  });

  const secretsManagerEndpoint = await listen(sm, sockets);
  const rdsEndpoint = await listen(rds, sockets);
  const cred = credentials[0] as SimCredential;
  return {
    region,
    secretsManagerEndpoint,
    rdsEndpoint,
    env: {
      AWS_ACCESS_KEY_ID: cred.accessKeyId,
      AWS_SECRET_ACCESS_KEY: cred.secretAccessKey,
      AWS_REGION: region,
      AWS_ENDPOINT_URL_SECRETS_MANAGER: secretsManagerEndpoint,
      AWS_ENDPOINT_URL_RDS: rdsEndpoint,
      AWS_EC2_METADATA_DISABLED: 'true',
    },
    putSecret(name, value, o = {}) {
      const entry: SecretEntry = {
        name,
        arn: `arn:aws:secretsmanager:${region}:${ACCOUNT}:secret:${name}-${randomUUID().slice(0, 6)}`,
        ...(typeof value === 'string' ? { secretString: value } : { secretBinary: value }),
        denied: o.denied,
      };
      secrets.set(name, entry);
      return entry;
    },
    addInstance(id, o = {}) {
      instances.set(id.toLowerCase(), { id, ...o });
    },
    addCluster(id, o = {}) {
      clusters.set(id.toLowerCase(), { id, ...o });
    },
    snapshots,
    requests,
    async close() {
      for (const s of sockets) s.destroy();
      await Promise.all([new Promise((r) => sm.close(r)), new Promise((r) => rds.close(r))]);
    },
  };
}
