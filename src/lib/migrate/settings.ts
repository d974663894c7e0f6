/**
 * The migrate action's inputs (and `keelson migrate`'s flags), parsed once into typed settings. Kept apart
 * from the flow so a bad input is reported before node-postgres or the AWS signer is loaded.
 */
import { resolve } from 'node:path';
import { commandArgv } from '../argv.js';
import type { ClusterAccess } from '../k8s/settings.js';
import { InputError } from '../errors.js';
import type { Inputs } from '../inputs.js';
import type { ImagePin } from '../k8s/manifests.js';
import { parseDatabaseUrl } from './database-url.js';

export interface DatabaseSettings {
  /** The raw URL (a secret: registered with the masker before anything prints). */
  url?: string;
  secretId?: string;
  region?: string;
  /** The input errors about the database name. */
  source: 'database-url' | 'database-secret-id';
}

export interface JobSettings {
  access: ClusterAccess;
  namespace: string;
  service: string;
  container?: string;
  manifests: string[];
  images: ImagePin[];
  ttlSeconds: number;
}

export interface MigrateSettings {
  mode: 'command' | 'job';
  migrator: 'keelson' | 'external';
  /** The external migrator's argv (command mode: on the runner; job mode: in the release image). */
  command?: string[];
  workingDirectory: string;
  env: Record<string, string>;
  /** The built-in migrator's folder (absolute), also the default place the lint reads. */
  dir: string;
  database: DatabaseSettings;
  lockName: string;
  lockTimeoutMs: number;
  timeoutMs: number;
  dryRun: boolean;
  outOfOrder: boolean;
  lint: boolean;
  lintPaths: string[];
  allowDestructive: boolean;
  snapshot?: { instance?: string; cluster?: string; timeoutMs: number };
  job?: JobSettings;
}

const HOUR = 3_600_000;
const SECRET_ID = /^(arn:aws[\w-]*:secretsmanager:[a-z0-9-]+:\d{12}:secret:[\w/+=.@-]+|[\w/+=.@-]{1,512})$/;
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const RDS_ID = /^[a-zA-Z][a-zA-Z0-9-]{0,62}$/;

/**
 * The migrator's argv. In job mode `$(VAR)` is Kubernetes' own expansion of the container's environment
 * (`-database $(DATABASE_URL)`), not a shell's command substitution: it is kept as it is.
 */
function migratorArgv(raw: string, shell: 'none' | 'bash', mode: 'command' | 'job'): string[] {
  if (mode !== 'job' || shell === 'bash') return commandArgv('command', raw, shell);
  const refs: string[] = [];
  const mark = `keelson-k8s-ref-${Math.random().toString(36).slice(2)}-`;
  const marked = raw.replace(/\$\(([A-Za-z_][A-Za-z0-9_]*)\)/g, (m) => `${mark}${refs.push(m) - 1}.`);
  const back = new RegExp(`${mark}(\\d+)\\.`, 'g');
  return commandArgv('command', marked, shell).map((a) =>
    a.replace(back, (_, i: string) => refs[Number(i)] as string),
  );
}

export async function readDatabaseSettings(
  inputs: Inputs,
  env: Record<string, string | undefined>,
): Promise<DatabaseSettings> {
  const url = inputs.string('database-url') || undefined;
  const secretId = inputs.string('database-secret-id') || undefined;
  if (!url && !secretId) {
    throw InputError.required(
      'database-url',
      "the database to migrate, as postgres://user:password@host:5432/dbname (or give 'database-secret-id', a Secrets Manager secret)",
    );
  }
  if (url) parseDatabaseUrl('database-url', url, { credentials: secretId ? 'optional' : 'required' });
  if (secretId && !SECRET_ID.test(secretId)) {
    throw InputError.invalid('database-secret-id', secretId, 'a Secrets Manager secret name or ARN');
  }
  const region = inputs.string('aws-region') || env.AWS_REGION || env.AWS_DEFAULT_REGION || undefined;
  if (region) (await import('../aws/regions.js')).parseRegion('aws-region', region);
  return { url, secretId, region, source: secretId ? 'database-secret-id' : 'database-url' };
}

async function readEnvMap(inputs: Inputs): Promise<Record<string, string>> {
  const map = await inputs.map('env');
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(map)) {
    if (!ENV_NAME.test(k))
      throw InputError.invalid('env', k, 'environment variable names (letters, digits and _)');
    if (v !== null && typeof v === 'object') throw InputError.invalid('env', `${k}: …`, 'string values');
    out[k] = v === null || v === undefined ? '' : String(v);
  }
  return out;
}

export async function readMigrateSettings(
  inputs: Inputs,
  opts: { workspace: string; env: Record<string, string | undefined> },
): Promise<MigrateSettings> {
  const mode = inputs.enum('mode', ['command', 'job'] as const, 'command');
  const rawCommand = inputs.string('command');
  const migrator = inputs.enum(
    'migrator',
    ['keelson', 'external'] as const,
    rawCommand ? 'external' : 'keelson',
  );
  if (migrator === 'keelson' && rawCommand) {
    throw new InputError(
      'command',
      "Input 'command' runs an external migrator, but 'migrator' is 'keelson' (the built-in one). Remove 'command', or set 'migrator: external'.",
    );
  }
  if (migrator === 'external' && !rawCommand) {
    throw InputError.required(
      'command',
      mode === 'job'
        ? 'the migrate command to run in the release image, such as `./migrate -path /migrations -database ${DATABASE_URL} up`'
        : 'the migrator to run, such as `migrate -path db/migrations -database ${DATABASE_URL} up`',
    );
  }
  if (mode === 'job' && migrator === 'keelson') {
    throw InputError.required(
      'command',
      "job mode runs the migrator inside the release image: give the image's migrate command (the built-in migrator runs in command mode)",
    );
  }
  const shell = inputs.enum('shell', ['none', 'bash'] as const, 'none');
  const command = rawCommand ? migratorArgv(rawCommand, shell, mode) : undefined;
  const dirRaw = inputs.string('dir', { default: 'migrations' });
  const dir = resolve(opts.workspace, dirRaw);
  const database = await readDatabaseSettings(inputs, opts.env);
  const lockName = inputs.string('lock-name', { default: 'keelson-migrate' });
  if (!/^[\w.:/@-]{1,100}$/.test(lockName)) {
    throw InputError.invalid(
      'lock-name',
      lockName,
      'a name of letters, digits and . _ : / @ - (at most 100)',
    );
  }
  const snapshot = inputs.boolean('snapshot', false);
  const instance = inputs.string('db-instance-identifier') || undefined;
  const cluster = inputs.string('db-cluster-identifier') || undefined;
  if (instance && cluster) {
    throw new InputError(
      'db-cluster-identifier',
      "Give either 'db-instance-identifier' or 'db-cluster-identifier', not both.",
    );
  }
  for (const [name, v] of [
    ['db-instance-identifier', instance],
    ['db-cluster-identifier', cluster],
  ] as const) {
    if (v && !RDS_ID.test(v))
      throw InputError.invalid(
        name,
        v,
        'an RDS identifier (a letter, then letters, digits and -; at most 63)',
      );
  }
  const lint = inputs.boolean('lint', true);
  const settings: MigrateSettings = {
    mode,
    migrator,
    command,
    workingDirectory: resolve(opts.workspace, inputs.string('working-directory', { default: '.' })),
    env: await readEnvMap(inputs),
    dir,
    database,
    lockName,
    lockTimeoutMs: inputs.duration('lock-timeout', '10m', { min: 0, max: 6 * HOUR }),
    timeoutMs: inputs.duration('timeout', '30m', { min: 1000, max: 24 * HOUR }),
    dryRun: inputs.boolean('dry-run', false),
    outOfOrder: inputs.boolean('out-of-order', false),
    lint,
    lintPaths: inputs.globs('lint-paths', [`${dirRaw.replace(/\/+$/, '')}/**/*.sql`, '!**/*.down.sql']),
    allowDestructive: inputs.boolean('allow-destructive', false),
    snapshot: snapshot
      ? {
          instance,
          cluster,
          timeoutMs: inputs.duration('snapshot-timeout', '1h', { min: 1000, max: 24 * HOUR }),
        }
      : undefined,
  };
  if (mode === 'job') {
    // the Kubernetes inputs' parsers, loaded only for job mode
    const { readAccess, dnsLabel } = await import('../k8s/settings.js');
    const { parseImagePins } = await import('../k8s/manifests.js');
    settings.job = {
      access: readAccess(inputs, opts.env),
      namespace: dnsLabel(inputs, 'namespace', 'default'),
      service: dnsLabel(inputs, 'service'),
      container: inputs.string('container') || undefined,
      manifests: inputs.globs('manifests', []),
      images: parseImagePins(inputs.lines('images')),
      ttlSeconds: Math.round(inputs.duration('job-ttl', '24h', { min: 0, max: 30 * 24 * HOUR }) / 1000),
    };
  }
  return settings;
}
