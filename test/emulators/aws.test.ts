/**
 * The Secrets Manager and RDS emulators answer what the real services answer: the AWS SDK's own clients
 * (their deserialisers and error classes) parse every response. Then Keelson's small signed-request client
 * talks to the same emulators: the emulators verify its SigV4 signatures independently, and the snapshot wait
 * runs on an accelerated clock.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  GetSecretValueCommand,
  ResourceNotFoundException,
  SecretsManagerClient,
} from '@aws-sdk/client-secrets-manager';
import {
  CreateDBClusterSnapshotCommand,
  CreateDBSnapshotCommand,
  DBInstanceNotFoundFault,
  DescribeDBClusterSnapshotsCommand,
  DescribeDBSnapshotsCommand,
  RDSClient,
} from '@aws-sdk/client-rds';
import { realClock, ScaledClock } from '../../src/lib/clock.js';
import { createSnapshot, snapshotId, waitForSnapshot } from '../../src/lib/aws/rds.js';
import { getSecretValue } from '../../src/lib/aws/secrets-manager.js';
import { startAwsEmulator, TEST_CREDENTIALS, type AwsEmulator } from './aws/index.js';
import { setProcessEnv } from '../helpers/env.js';

// snapshot waits run accelerated (the RDS emulator's snapshots take 60 s of this clock); signing uses the wall clock
const clock = new ScaledClock(50);
let aws: AwsEmulator;
let restoreEnv: () => void = () => undefined;

beforeAll(async () => {
  aws = await startAwsEmulator({ clock, snapshotCreatingMs: 60_000 });
  // Keelson's client reads credentials through the SDK's default chain, from the process environment
  restoreEnv = setProcessEnv(aws.env);
});
afterAll(async () => {
  restoreEnv();
  await aws.close();
});

const credentials = {
  accessKeyId: TEST_CREDENTIALS[0]!.accessKeyId,
  secretAccessKey: TEST_CREDENTIALS[0]!.secretAccessKey,
};

describe('Secrets Manager emulator', () => {
  it('answers GetSecretValue as the SDK expects, by name and by ARN', async () => {
    const entry = aws.putSecret('prod/app/db', '{"username":"app","password":"s3cr3t"}');
    const sdk = new SecretsManagerClient({
      region: aws.region,
      endpoint: aws.secretsManagerEndpoint,
      credentials,
    });
    const byName = await sdk.send(new GetSecretValueCommand({ SecretId: 'prod/app/db' }));
    expect(byName).toMatchObject({
      ARN: entry.arn,
      Name: 'prod/app/db',
      SecretString: '{"username":"app","password":"s3cr3t"}',
      VersionStages: ['AWSCURRENT'],
    });
    expect(byName.CreatedDate).toBeInstanceOf(Date);
    const byArn = await sdk.send(new GetSecretValueCommand({ SecretId: entry.arn }));
    expect(byArn.Name).toBe('prod/app/db');
    await expect(sdk.send(new GetSecretValueCommand({ SecretId: 'nope' }))).rejects.toBeInstanceOf(
      ResourceNotFoundException,
    );
    sdk.destroy();
  });

  it("serves Keelson's signed request, and its errors name the secret without its value", async () => {
    aws.putSecret('keelson/ok', 'postgres://u:p4ss@db:5432/app');
    aws.putSecret('keelson/denied', 'x', { denied: true });
    const opts = { input: 'database-secret-id', region: aws.region, env: aws.env, clock: realClock };
    expect((await getSecretValue('keelson/ok', opts)).secretString).toBe('postgres://u:p4ss@db:5432/app');
    await expect(getSecretValue('keelson/missing', opts)).rejects.toThrow(
      "Secret 'keelson/missing' was not found in eu-west-1. Check 'database-secret-id' and 'aws-region'.",
    );
    await expect(getSecretValue('keelson/denied', opts)).rejects.toThrow(
      /^Not allowed to read secret 'keelson\/denied' in eu-west-1 \(secretsmanager:GetSecretValue/,
    );
    expect(
      aws.requests
        .filter((r) => r.service === 'secretsmanager')
        .every((r) => r.errorCode !== 'InvalidSignatureException'),
    ).toBe(true);
  });
});

describe('RDS emulator', () => {
  it('creates and describes instance and cluster snapshots as the SDK expects', async () => {
    aws.addInstance('orders-db');
    aws.addCluster('orders-aurora');
    const sdk = new RDSClient({ region: aws.region, endpoint: aws.rdsEndpoint, credentials });
    const created = await sdk.send(
      new CreateDBSnapshotCommand({
        DBInstanceIdentifier: 'orders-db',
        DBSnapshotIdentifier: 'sdk-check-1',
        Tags: [{ Key: 'team', Value: 'payments' }],
      }),
    );
    expect(created.DBSnapshot).toMatchObject({
      DBSnapshotIdentifier: 'sdk-check-1',
      DBInstanceIdentifier: 'orders-db',
      Status: 'creating',
      Engine: 'postgres',
      Port: 5432,
      Encrypted: true,
      SnapshotType: 'manual',
      TagList: [{ Key: 'team', Value: 'payments' }],
    });
    expect(created.DBSnapshot?.SnapshotCreateTime).toBeInstanceOf(Date);
    const described = await sdk.send(new DescribeDBSnapshotsCommand({ DBSnapshotIdentifier: 'sdk-check-1' }));
    expect(described.DBSnapshots?.map((s) => s.DBSnapshotIdentifier)).toEqual(['sdk-check-1']);
    const cluster = await sdk.send(
      new CreateDBClusterSnapshotCommand({
        DBClusterIdentifier: 'orders-aurora',
        DBClusterSnapshotIdentifier: 'sdk-check-2',
      }),
    );
    expect(cluster.DBClusterSnapshot).toMatchObject({
      DBClusterIdentifier: 'orders-aurora',
      Status: 'creating',
      AvailabilityZones: [`${aws.region}a`, `${aws.region}b`],
    });
    const list = await sdk.send(
      new DescribeDBClusterSnapshotsCommand({ DBClusterSnapshotIdentifier: 'sdk-check-2' }),
    );
    expect(list.DBClusterSnapshots?.[0]?.DBClusterSnapshotIdentifier).toBe('sdk-check-2');
    const err = await sdk
      .send(new CreateDBSnapshotCommand({ DBInstanceIdentifier: 'nope', DBSnapshotIdentifier: 'x1' }))
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DBInstanceNotFoundFault);
    sdk.destroy();
  });

  it("Keelson's snapshot waits on the clock until the snapshot is available", async () => {
    aws.addInstance('billing-db');
    const opts = { region: aws.region, env: aws.env, clock, input: 'snapshot' };
    const id = snapshotId(['keelson', 'billing-db', '20260101120000', 'run-42-1']);
    expect(id).toBe('keelson-billing-db-20260101120000-run-42-1');
    const progress: string[] = [];
    const started = clock.now();
    const made = await createSnapshot(
      { kind: 'instance', id: 'billing-db' },
      id,
      { 'keelson:holder': 'run 42' },
      opts,
    );
    expect(made.status).toBe('creating');
    const done = await waitForSnapshot({ kind: 'instance', id: 'billing-db' }, id, {
      ...opts,
      timeoutMs: 600_000,
      onProgress: (s) => progress.push(s.status),
    });
    expect(done.status).toBe('available');
    expect(clock.now() - started).toBeGreaterThanOrEqual(60_000);
    expect(progress.length).toBeGreaterThanOrEqual(2);
    expect(progress.every((p) => p === 'creating')).toBe(true);
    expect(aws.snapshots.get(id)?.tags).toEqual({ 'keelson:holder': 'run 42' });
  });

  it('a snapshot that fails, or does not become available in time, stops the migration', async () => {
    aws.addInstance('flaky-db');
    const opts = { region: aws.region, env: aws.env, clock, input: 'snapshot' };
    await createSnapshot({ kind: 'instance', id: 'flaky-db' }, 'keelson-flaky-1', {}, opts);
    await expect(
      waitForSnapshot({ kind: 'instance', id: 'flaky-db' }, 'keelson-flaky-1', {
        ...opts,
        timeoutMs: 10_000,
      }),
    ).rejects.toThrow(
      /^RDS snapshot 'keelson-flaky-1' was still 'creating' after 10s \(snapshot-timeout\); nothing was migrated\./,
    );
    await createSnapshot({ kind: 'instance', id: 'flaky-db' }, 'keelson-flaky-2', {}, opts);
    (aws.snapshots.get('keelson-flaky-2') as { forced?: string }).forced = 'failed';
    await expect(
      waitForSnapshot({ kind: 'instance', id: 'flaky-db' }, 'keelson-flaky-2', {
        ...opts,
        timeoutMs: 600_000,
      }),
    ).rejects.toThrow("RDS snapshot 'keelson-flaky-2' is 'failed', not available; nothing was migrated.");
    await expect(
      createSnapshot({ kind: 'instance', id: 'gone-db' }, 'keelson-gone-1', {}, opts),
    ).rejects.toThrow(/^RDS DB instance 'gone-db' was not found in eu-west-1/);
  });
});
