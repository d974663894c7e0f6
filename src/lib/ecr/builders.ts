/**
 * The two builders behind ecr-push, as argv arrays run through exec (never a shell):
 *
 * - `docker`: `docker buildx build --push` with provenance and SBOM attestations explicit (off by default),
 *   an optional registry cache (`image-manifest=true,oci-mediatypes=true`, which ECR accepts), and the digest
 *   read from `--metadata-file`.
 * - `buildah`: daemonless, for runners inside Kubernetes without Docker: `buildah build` (vfs storage, chroot
 *   isolation by default), then `buildah push --digestfile` (or `manifest push --all` for several platforms).
 *
 * Both log in with `login --password-stdin` into a configuration private to this step (DOCKER_CONFIG /
 * --authfile in a temp directory, removed afterwards): the password never appears in argv, and children get
 * an environment without AWS or GitHub credentials. Build-arg values travel in that environment (argv names
 * only the argument: `--build-arg NAME`); secrets are files (`--secret id=…,src=<0600 file>`).
 */
import { randomBytes } from 'node:crypto';
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { ToolError } from '../errors.js';
import { run, runChecked, type ExecOptions, type ExecResult } from '../exec.js';
import type { RegistryLogin } from './registry-login.js';

export type BuilderName = 'docker' | 'buildah';

export interface BuildSpec {
  builder: BuilderName;
  context: string;
  dockerfile: string;
  target?: string;
  platforms: string[];
  /** Build arguments: names go in argv, values in the child's environment. */
  buildArgs: Record<string, string>;
  /** id → secret value (written to a 0600 file). */
  secrets: Record<string, string>;
  /** id → path of an existing secret file. */
  secretFiles: Record<string, string>;
  labels: Record<string, string>;
  /** Full reference pushed: <host>/<repository>:<commit tag>. */
  pushRef: string;
  provenance: boolean;
  sbom: boolean;
  /** docker: registry cache image (<host>/<repository>:<tag>), or none. */
  cacheRef?: string;
  buildah: { storageDriver: string; isolation: string; root?: string };
}

export interface BuildResult {
  digest: string;
  /** Every command run, for the log (no secrets: they are never in argv). */
  commands: string[][];
}

export interface BuilderDeps {
  /** Streams a child's output (masked) into the log. */
  onOutput?: (chunk: string) => void;
  /** The environment children start from; AWS, GitHub and runner credentials are removed from it. */
  env?: Record<string, string | undefined>;
  tempDir?: string;
  signal?: AbortSignal;
}

/** Variables a container build may need; everything else (AWS_*, GITHUB_TOKEN, ACTIONS_*, INPUT_*) stays out. */
const PASSED_ENV =
  /^(PATH|HOME|USER|LOGNAME|TMPDIR|TMP|TEMP|LANG|LC_\w+|TZ|TERM|XDG_\w+|SSL_CERT_FILE|SSL_CERT_DIR|(HTTPS?|NO|ALL)_PROXY|(https?|no|all)_proxy|DOCKER_(HOST|CERT_PATH|TLS_VERIFY|CONTEXT|BUILDKIT)|BUILDX_\w+|BUILDKIT_\w+|BUILDAH_\w+|CONTAINERS_\w+|STORAGE_\w+|REGISTRIES_CONFIG_PATH|_CONTAINERS_\w+)$/;

export function builderEnv(
  base: Record<string, string | undefined>,
  extra: Record<string, string> = {},
): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(base)) if (v !== undefined && PASSED_ENV.test(k)) env[k] = v;
  return { ...env, ...extra };
}

function secretFilesOf(spec: BuildSpec, dir: string): { id: string; src: string }[] {
  const out: { id: string; src: string }[] = [];
  for (const [id, value] of Object.entries(spec.secrets)) {
    const src = join(dir, `secret-${randomBytes(6).toString('hex')}`);
    writeFileSync(src, value, { mode: 0o600 });
    chmodSync(src, 0o600);
    out.push({ id, src });
  }
  for (const [id, src] of Object.entries(spec.secretFiles)) out.push({ id, src });
  return out;
}

/** The `docker buildx build` argv (exported for tests of its shape). */
export function dockerBuildArgv(
  spec: BuildSpec,
  metadataFile: string,
  secrets: { id: string; src: string }[],
): string[] {
  const argv = ['docker', 'buildx', 'build', '--file', spec.dockerfile, '--tag', spec.pushRef, '--push'];
  argv.push('--metadata-file', metadataFile);
  argv.push(
    `--provenance=${spec.provenance ? 'mode=max' : 'false'}`,
    `--sbom=${spec.sbom ? 'true' : 'false'}`,
  );
  if (spec.platforms.length > 0) argv.push('--platform', spec.platforms.join(','));
  if (spec.target) argv.push('--target', spec.target);
  for (const name of Object.keys(spec.buildArgs)) argv.push('--build-arg', name);
  for (const [k, v] of Object.entries(spec.labels)) argv.push('--label', `${k}=${v}`);
  for (const s of secrets) argv.push('--secret', `id=${s.id},src=${s.src}`);
  if (spec.cacheRef) {
    argv.push('--cache-from', `type=registry,ref=${spec.cacheRef}`);
    argv.push(
      '--cache-to',
      `type=registry,ref=${spec.cacheRef},mode=max,image-manifest=true,oci-mediatypes=true`,
    );
  }
  argv.push(spec.context);
  return argv;
}

function buildahGlobal(spec: BuildSpec): string[] {
  const g = ['buildah', '--storage-driver', spec.buildah.storageDriver];
  if (spec.buildah.root)
    g.push('--root', join(spec.buildah.root, 'storage'), '--runroot', join(spec.buildah.root, 'run'));
  return g;
}

/** The buildah argv list: build, then push (exported for tests of its shape). */
export function buildahArgv(
  spec: BuildSpec,
  local: string,
  authFile: string,
  digestFile: string,
  secrets: { id: string; src: string }[],
  insecure: boolean,
): { build: string[]; push: string[]; cleanup: string[] } {
  const g = buildahGlobal(spec);
  const multi = spec.platforms.length > 1;
  const build = [...g, 'build', '--isolation', spec.buildah.isolation, '--file', spec.dockerfile];
  build.push(multi ? '--manifest' : '--tag', local);
  if (spec.platforms.length > 0) build.push('--platform', spec.platforms.join(','));
  if (spec.target) build.push('--target', spec.target);
  for (const name of Object.keys(spec.buildArgs)) build.push('--build-arg', name);
  for (const [k, v] of Object.entries(spec.labels)) build.push('--label', `${k}=${v}`);
  for (const s of secrets) build.push('--secret', `id=${s.id},src=${s.src}`);
  build.push(spec.context);
  const tls = `--tls-verify=${insecure ? 'false' : 'true'}`;
  const push = multi
    ? [
        ...g,
        'manifest',
        'push',
        '--all',
        '--authfile',
        authFile,
        tls,
        '--digestfile',
        digestFile,
        local,
        `docker://${spec.pushRef}`,
      ]
    : [
        ...g,
        'push',
        '--authfile',
        authFile,
        tls,
        '--digestfile',
        digestFile,
        local,
        `docker://${spec.pushRef}`,
      ];
  const cleanup = multi ? [...g, 'manifest', 'rm', local] : [...g, 'rmi', '--force', local];
  return { build, push, cleanup };
}

/** A DOCKER_CONFIG for this step: the user's settings and buildx builders, our login only in it. */
function privateDockerConfig(dir: string, host: string, env: Record<string, string | undefined>): string {
  const home = env.DOCKER_CONFIG || join(env.HOME || homedir(), '.docker');
  const cfgDir = join(dir, 'docker-config');
  mkdirSync(cfgDir, { recursive: true, mode: 0o700 });
  let config: Record<string, unknown>;
  try {
    config = JSON.parse(readFileSync(join(home, 'config.json'), 'utf8')) as Record<string, unknown>;
  } catch {
    config = {};
  }
  // Our credentials must be the ones used for this registry: no store or helper answers for it instead.
  delete config.credsStore;
  const helpers = config.credHelpers as Record<string, string> | undefined;
  if (helpers) delete helpers[host];
  writeFileSync(join(cfgDir, 'config.json'), JSON.stringify(config, null, 2), { mode: 0o600 });
  for (const sub of ['buildx', 'cli-plugins', 'contexts']) {
    const from = join(home, sub);
    if (existsSync(from)) {
      try {
        symlinkSync(from, join(cfgDir, sub));
      } catch {
        cpSync(from, join(cfgDir, sub), { recursive: true });
      }
    }
  }
  return cfgDir;
}

async function checked(argv: string[], opts: ExecOptions, commands: string[][]): Promise<ExecResult> {
  commands.push(argv);
  return runChecked(argv, opts);
}

export async function build(
  spec: BuildSpec,
  login: RegistryLogin,
  deps: BuilderDeps = {},
): Promise<BuildResult> {
  const baseEnv = deps.env ?? process.env;
  const dir = mkdtempSync(join(deps.tempDir || tmpdir(), 'keelson-build-'));
  chmodSync(dir, 0o700);
  const commands: string[][] = [];
  const stream = deps.onOutput ? { onOutput: (c: string) => deps.onOutput?.(c) } : {};
  try {
    const secrets = secretFilesOf(spec, dir);
    if (spec.builder === 'docker') {
      const env = builderEnv(baseEnv, { DOCKER_CONFIG: privateDockerConfig(dir, login.host, baseEnv) });
      await checked(
        ['docker', 'login', '--username', login.username, '--password-stdin', login.host],
        { env, input: login.password, signal: deps.signal, ...stream },
        commands,
      );
      const metadataFile = join(dir, 'metadata.json');
      await checked(
        dockerBuildArgv(spec, metadataFile, secrets),
        { env: { ...env, ...spec.buildArgs }, signal: deps.signal, ...stream },
        commands,
      );
      let meta: Record<string, unknown>;
      try {
        meta = JSON.parse(readFileSync(metadataFile, 'utf8')) as Record<string, unknown>;
      } catch {
        throw new ToolError('docker buildx build wrote no metadata file; is buildx older than 0.6?');
      }
      const digest = meta['containerimage.digest'];
      if (typeof digest !== 'string' || !/^sha256:[a-f0-9]{64}$/.test(digest)) {
        throw new ToolError(
          `docker buildx build reported no pushed digest (metadata: ${JSON.stringify(meta).slice(0, 300)})`,
        );
      }
      return { digest, commands };
    }
    const env = builderEnv(baseEnv);
    const authFile = join(dir, 'auth.json');
    const digestFile = join(dir, 'digest');
    const local = `localhost/keelson-build-${randomBytes(6).toString('hex')}`;
    const tls = `--tls-verify=${login.insecure ? 'false' : 'true'}`;
    await checked(
      [
        ...buildahGlobal(spec),
        'login',
        '--authfile',
        authFile,
        tls,
        '--username',
        login.username,
        '--password-stdin',
        login.host,
      ],
      { env, input: login.password, signal: deps.signal, ...stream },
      commands,
    );
    const argv = buildahArgv(spec, local, authFile, digestFile, secrets, login.insecure);
    try {
      await checked(
        argv.build,
        { env: { ...env, ...spec.buildArgs }, signal: deps.signal, ...stream },
        commands,
      );
      await checked(argv.push, { env, signal: deps.signal, ...stream }, commands);
    } finally {
      commands.push(argv.cleanup);
      await run(argv.cleanup, { env });
    }
    const digest = readFileSync(digestFile, 'utf8').trim();
    if (!/^sha256:[a-f0-9]{64}$/.test(digest))
      throw new ToolError(`buildah push wrote no digest (got '${digest.slice(0, 80)}')`);
    return { digest, commands };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
