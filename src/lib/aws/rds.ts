/**
 * RDS manual snapshots through the Query API (CreateDBSnapshot / CreateDBClusterSnapshot, then
 * DescribeDBSnapshots / DescribeDBClusterSnapshots until `available`), one signed request each.
 */
import type { Clock } from '../clock.js';
import { PolicyError, ToolError } from '../errors.js';
import { formatDuration } from '../inputs.js';
import { defaultCredentials } from './json-client.js';
import { endpointFor, signedRequest, type Env } from './query-client.js';

export type SnapshotSource = { kind: 'instance'; id: string } | { kind: 'cluster'; id: string };

export interface SnapshotOptions {
  region: string;
  env: Env;
  clock: Clock;
  signal?: AbortSignal;
  /** The input named in errors (missing credentials, unknown instance). */
  input: string;
}

export interface Snapshot {
  id: string;
  status: string;
  arn?: string;
}

class RdsError extends ToolError {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

async function call(
  action: string,
  params: Record<string, string>,
  opts: SnapshotOptions,
): Promise<Record<string, unknown>> {
  const credentials = await defaultCredentials(opts.input, opts.env);
  const body = new URLSearchParams({ Action: action, Version: '2014-10-31', ...params }).toString();
  const res = await signedRequest({
    service: 'rds',
    region: opts.region,
    endpoint: endpointFor('rds', opts.region, opts.env),
    credentials,
    headers: { 'content-type': 'application/x-www-form-urlencoded; charset=utf-8' },
    body,
    clock: opts.clock,
    signal: opts.signal,
  });
  const { XMLParser } = await import('fast-xml-parser');
  const xml = new XMLParser({ ignoreAttributes: true, parseTagValue: false }).parse(
    res.body || '<x/>',
  ) as Record<string, unknown>;
  if (res.status !== 200) {
    const err = (xml.ErrorResponse as { Error?: { Code?: string; Message?: string } } | undefined)?.Error;
    throw new RdsError(
      err?.Code ?? `HTTP${res.status}`,
      `${action} failed: ${err?.Code ?? `HTTP ${res.status}`}: ${err?.Message ?? res.body.slice(0, 200)}`,
    );
  }
  return ((xml[`${action}Response`] as Record<string, unknown> | undefined)?.[`${action}Result`] ??
    {}) as Record<string, unknown>;
}

/** A snapshot id RDS accepts: letters, digits and single hyphens, starting with a letter, at most 255. */
export function snapshotId(parts: string[]): string {
  const id = parts
    .join('-')
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[^a-z]+/, '')
    .slice(0, 255)
    .replace(/-+$/, '');
  return id || 'keelson-snapshot';
}

function snapshotOf(result: Record<string, unknown>, source: SnapshotSource): Snapshot | undefined {
  const key = source.kind === 'instance' ? 'DBSnapshot' : 'DBClusterSnapshot';
  const s = result[key] as Record<string, string> | undefined;
  if (!s) return undefined;
  return {
    id: source.kind === 'instance' ? (s.DBSnapshotIdentifier ?? '') : (s.DBClusterSnapshotIdentifier ?? ''),
    status: s.Status ?? 'unknown',
    arn: source.kind === 'instance' ? s.DBSnapshotArn : s.DBClusterSnapshotArn,
  };
}

export async function createSnapshot(
  source: SnapshotSource,
  id: string,
  tags: Record<string, string>,
  opts: SnapshotOptions,
): Promise<Snapshot> {
  const params: Record<string, string> =
    source.kind === 'instance'
      ? { DBInstanceIdentifier: source.id, DBSnapshotIdentifier: id }
      : { DBClusterIdentifier: source.id, DBClusterSnapshotIdentifier: id };
  Object.entries(tags).forEach(([k, v], i) => {
    params[`Tags.Tag.${i + 1}.Key`] = k;
    params[`Tags.Tag.${i + 1}.Value`] = v.slice(0, 256);
  });
  try {
    const result = await call(
      source.kind === 'instance' ? 'CreateDBSnapshot' : 'CreateDBClusterSnapshot',
      params,
      opts,
    );
    return snapshotOf(result, source) ?? { id, status: 'creating' };
  } catch (e) {
    if (e instanceof RdsError && /^DB(Instance|Cluster)NotFound/.test(e.code)) {
      throw new PolicyError(
        `RDS ${source.kind === 'instance' ? 'DB instance' : 'DB cluster'} '${source.id}' was not found in ${opts.region}, so no snapshot was taken and nothing was migrated. ` +
          `Check '${source.kind === 'instance' ? 'db-instance-identifier' : 'db-cluster-identifier'}' and 'aws-region'.`,
      );
    }
    if (e instanceof RdsError && /InvalidDB(Instance|Cluster)State/.test(e.code)) {
      throw new PolicyError(
        `Cannot snapshot ${source.kind} '${source.id}' now (${e.message}); nothing was migrated.`,
      );
    }
    throw e;
  }
}

export async function describeSnapshot(
  source: SnapshotSource,
  id: string,
  opts: SnapshotOptions,
): Promise<Snapshot | undefined> {
  const result =
    source.kind === 'instance'
      ? await call('DescribeDBSnapshots', { DBSnapshotIdentifier: id }, opts)
      : await call('DescribeDBClusterSnapshots', { DBClusterSnapshotIdentifier: id }, opts);
  const list = result[source.kind === 'instance' ? 'DBSnapshots' : 'DBClusterSnapshots'] as
    Record<string, unknown> | undefined;
  const item = list?.[source.kind === 'instance' ? 'DBSnapshot' : 'DBClusterSnapshot'];
  const first = Array.isArray(item) ? item[0] : item;
  if (!first) return undefined;
  return snapshotOf({ [source.kind === 'instance' ? 'DBSnapshot' : 'DBClusterSnapshot']: first }, source);
}

/** Polls until the snapshot is `available`; throws when it fails or `timeoutMs` passes. */
export async function waitForSnapshot(
  source: SnapshotSource,
  id: string,
  opts: SnapshotOptions & { timeoutMs: number; onProgress?: (s: Snapshot, waitedMs: number) => void },
): Promise<Snapshot> {
  const started = opts.clock.now();
  let delay = 5000;
  for (;;) {
    const s = await describeSnapshot(source, id, opts);
    const waited = opts.clock.now() - started;
    if (s?.status === 'available') return s;
    if (s && ['failed', 'deleted', 'deleting', 'incompatible-restore'].includes(s.status)) {
      throw new PolicyError(`RDS snapshot '${id}' is '${s.status}', not available; nothing was migrated.`);
    }
    if (waited >= opts.timeoutMs) {
      throw new PolicyError(
        `RDS snapshot '${id}' was still '${s?.status ?? 'not visible'}' after ${formatDuration(opts.timeoutMs)} (snapshot-timeout); nothing was migrated. ` +
          'It keeps being created in the background.',
      );
    }
    opts.onProgress?.(s ?? { id, status: 'pending' }, waited);
    await opts.clock.sleep(Math.min(delay, Math.max(1, opts.timeoutMs - waited)), opts.signal);
    delay = Math.min(delay * 2, 30_000);
  }
}
