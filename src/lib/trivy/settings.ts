/**
 * The trivy-scan action's inputs, parsed once into one settings object, plus the parsers the CLI shares
 * (severities, kinds). Kept apart from the scan so an input error loads nothing else. Every invocation reads
 * only its own inputs: nothing here looks at TRIVY_* or any other variable a previous step may have left.
 */
import { existsSync, statSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { basename, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { InputError } from '../errors.js';
import { parseList, type Inputs } from '../inputs.js';
import { DEFAULT_RELEASE_URL, parseSha256, parseTrivyVersion } from './versions.js';
import { DEFAULT_TRIVY_VERSION } from './known-releases.js';
import { KINDS, SEVERITIES, type Kind, type Severity } from './report.js';

export type ScanType = 'image' | 'fs' | 'config';
export const SCAN_TYPES: readonly ScanType[] = ['image', 'fs', 'config'];
export const SCANNERS = ['vuln', 'secret', 'misconfig'] as const;
export type Scanner = (typeof SCANNERS)[number];

export interface TrivyScanSettings {
  scanType: ScanType;
  imageRef?: string;
  /** Absolute path of an image tarball (`docker save`, OCI layout archive). */
  imageTarball?: string;
  /** Absolute path scanned by fs/config. */
  path: string;
  /** `path` relative to the workspace ('' for the workspace itself), or undefined when outside it. */
  pathInWorkspace: string | undefined;
  scanners: Scanner[];
  failOn: Severity[];
  ignoreUnfixed: boolean;
  /** Absolute path of the ignore file, when there is one. */
  ignoreFile?: string;
  /** How the ignore file was chosen. */
  ignoreFileSource: 'input' | 'found' | 'none';
  gateKinds: Kind[];
  allowEmpty: boolean;
  trivyVersion: string | 'path';
  trivySha256?: string;
  releaseUrl: string;
  cacheDir: string;
  toolCache: string;
  dbRepositories: string[];
  javaDbRepositories: string[];
  skipDbUpdate: boolean;
  timeoutMs: number;
  category: string;
  outputDir: string;
  summary: boolean;
  registryUsername: string;
  registryPassword: string;
}

export const DEFAULT_DB_REPOSITORIES = [
  'mirror.gcr.io/aquasec/trivy-db:2',
  'ghcr.io/aquasecurity/trivy-db:2',
  'public.ecr.aws/aquasecurity/trivy-db:2',
];
export const DEFAULT_JAVA_DB_REPOSITORIES = [
  'mirror.gcr.io/aquasec/trivy-java-db:1',
  'ghcr.io/aquasecurity/trivy-java-db:1',
  'public.ecr.aws/aquasecurity/trivy-java-db:1',
];
const REPOSITORY = /^[a-z0-9.-]+(?::\d+)?(?:\/[a-z0-9._-]+)+(?::[A-Za-z0-9._-]+|@sha256:[0-9a-f]{64})?$/;

export function parseRepositories(name: string, list: string[]): string[] {
  if (list.length === 0)
    throw InputError.invalid(name, '', 'at least one OCI repository such as ghcr.io/aquasecurity/trivy-db:2');
  for (const r of list) {
    if (!REPOSITORY.test(r)) {
      throw InputError.invalid(
        name,
        r,
        'OCI repositories such as mirror.gcr.io/aquasec/trivy-db:2, one per line or comma-separated',
      );
    }
  }
  return list;
}

const SEVERITY_EXPECTED = `severities from ${SEVERITIES.join(', ')}, comma-separated (or none)`;

/** `CRITICAL,HIGH` (any case); `none` alone: nothing fails (report only). */
export function parseSeverities(name: string, raw: string): Severity[] {
  const items = parseList(raw).map((s) => s.toUpperCase());
  if (items.length === 1 && items[0] === 'NONE') return [];
  if (items.length === 0) throw InputError.invalid(name, raw, SEVERITY_EXPECTED);
  for (const i of items) {
    if (!(SEVERITIES as readonly string[]).includes(i))
      throw InputError.invalid(name, raw, SEVERITY_EXPECTED);
  }
  const chosen = SEVERITIES.filter((s) => items.includes(s));
  // A gate that fails on HIGH but lets CRITICAL through is never what is meant: every severity above the lowest
  // one listed must be listed too (UNKNOWN stands apart).
  const ranked = chosen.filter((s) => s !== 'UNKNOWN');
  const lowest = ranked[ranked.length - 1];
  if (lowest) {
    const needed = SEVERITIES.slice(0, SEVERITIES.indexOf(lowest) + 1);
    const missing = needed.filter((s) => !chosen.includes(s));
    if (missing.length > 0) {
      throw new InputError(
        name,
        `Invalid input '${name}': '${raw}' would let ${missing.join(' and ')} through. Expected every severity from CRITICAL down to the lowest that fails: ${needed.join(',')}.`,
      );
    }
  }
  return chosen;
}

export function parseKinds(name: string, raw: string): Kind[] {
  const expected = `kinds from ${KINDS.join(', ')}, comma-separated`;
  const items = parseList(raw).map((s) => s.toLowerCase());
  if (items.length === 0) throw InputError.invalid(name, raw, expected);
  for (const i of items)
    if (!(KINDS as readonly string[]).includes(i)) throw InputError.invalid(name, raw, expected);
  return KINDS.filter((k) => items.includes(k));
}

function parseScanners(name: string, raw: string): Scanner[] {
  const expected = `scanners from ${SCANNERS.join(', ')}, comma-separated`;
  const items = parseList(raw).map((s) => s.toLowerCase());
  if (items.length === 0) throw InputError.invalid(name, raw, expected);
  for (const i of items)
    if (!(SCANNERS as readonly string[]).includes(i)) throw InputError.invalid(name, raw, expected);
  return SCANNERS.filter((s) => items.includes(s));
}

const IMAGE_REF = /^[A-Za-z0-9][A-Za-z0-9._\-/:@+]{0,511}$/;
const CATEGORY = /^[A-Za-z0-9][A-Za-z0-9._\-/:@+]{0,199}$/;

function existing(name: string, raw: string, base: string, want: 'file' | 'any'): string {
  const abs = resolve(base, raw);
  const ok = existsSync(abs) && (want === 'any' || statSync(abs).isFile());
  if (!ok)
    throw InputError.invalid(
      name,
      raw,
      `an existing ${want === 'file' ? 'file' : 'file or directory'} (relative to ${base})`,
    );
  return abs;
}

/** The repository path of an image reference, without tag or digest: a category that stays put across builds. */
export function stableImageName(ref: string): string {
  let r = ref;
  const at = r.indexOf('@');
  if (at >= 0) r = r.slice(0, at);
  const slash = r.lastIndexOf('/');
  const colon = r.lastIndexOf(':');
  if (colon > slash) r = r.slice(0, colon);
  return r;
}

export function slug(text: string): string {
  return (
    text
      .replace(/[^A-Za-z0-9._-]+/g, '_')
      .replace(/^_+|_+$/g, '')
      .slice(0, 120) || 'scan'
  );
}

const DEFAULT_IGNORE_FILES = ['.trivyignore.yaml', '.trivyignore.yml', '.trivyignore'];

export function readTrivyScanSettings(
  inputs: Inputs,
  workspace: string,
  env: Record<string, string | undefined>,
): TrivyScanSettings {
  const scanType = inputs.enum('scan-type', SCAN_TYPES, 'image');
  let imageRef: string | undefined;
  let imageTarball: string | undefined;
  if (scanType === 'image') {
    const ref = inputs.string('image-ref');
    const tar = inputs.string('image-tarball');
    if (ref && tar) {
      throw new InputError(
        'image-ref',
        "Inputs 'image-ref' and 'image-tarball' exclude each other: give one.",
      );
    }
    if (!ref && !tar) {
      throw InputError.required(
        'image-ref',
        "scan-type image needs 'image-ref' (such as ghcr.io/acme/app:1.2.3) or 'image-tarball' (a docker save archive)",
      );
    }
    if (ref) {
      if (!IMAGE_REF.test(ref)) {
        throw InputError.invalid(
          'image-ref',
          ref,
          'an image reference such as ghcr.io/acme/app:1.2.3 or app@sha256:…',
        );
      }
      imageRef = ref;
    } else {
      imageTarball = existing('image-tarball', tar, workspace, 'file');
    }
  } else {
    for (const n of ['image-ref', 'image-tarball']) {
      if (inputs.has(n))
        throw new InputError(n, `Input '${n}' applies to scan-type image only; scan-type is ${scanType}.`);
    }
  }
  const path = existing('path', inputs.string('path', { default: '.' }), workspace, 'any');
  const rel = relative(workspace, path);
  const pathInWorkspace = rel.startsWith('..') || isAbsolute(rel) ? undefined : rel.split(sep).join('/');

  let scanners: Scanner[];
  if (scanType === 'config') {
    if (inputs.has('scanners')) {
      throw new InputError(
        'scanners',
        "Input 'scanners' does not apply to scan-type config (it checks misconfigurations only).",
      );
    }
    scanners = ['misconfig'];
  } else {
    scanners = inputs.has('scanners')
      ? parseScanners('scanners', inputs.raw('scanners'))
      : ['vuln', 'secret'];
  }

  let ignoreFile: string | undefined;
  let ignoreFileSource: TrivyScanSettings['ignoreFileSource'] = 'none';
  if (inputs.has('ignore-file')) {
    ignoreFile = existing('ignore-file', inputs.raw('ignore-file'), workspace, 'file');
    ignoreFileSource = 'input';
  } else {
    const found = DEFAULT_IGNORE_FILES.map((f) => join(workspace, f)).find((f) => existsSync(f));
    if (found) {
      ignoreFile = found;
      ignoreFileSource = 'found';
    }
  }

  const versionRaw = inputs.string('trivy-version', { default: DEFAULT_TRIVY_VERSION });
  const trivyVersion = versionRaw === 'path' ? 'path' : parseTrivyVersion('trivy-version', versionRaw);
  const trivySha256 = inputs.has('trivy-sha256')
    ? parseSha256('trivy-sha256', inputs.raw('trivy-sha256'))
    : undefined;
  if (trivyVersion === 'path' && trivySha256) {
    throw new InputError(
      'trivy-sha256',
      "Input 'trivy-sha256' verifies a downloaded release; it does not apply to 'trivy-version: path'.",
    );
  }
  const releaseUrl = inputs.string('trivy-release-url', { default: DEFAULT_RELEASE_URL });
  if (!/^https?:\/\/[^\s/]+(\/[^\s]*)?$/.test(releaseUrl)) {
    throw InputError.invalid(
      'trivy-release-url',
      releaseUrl,
      'an http(s) URL under which v<version>/<archive> is served',
    );
  }

  const home = env.HOME || env.USERPROFILE || homedir();
  const cacheDir = resolve(workspace, inputs.string('cache-dir', { default: join(home, '.cache', 'trivy') }));
  const toolCache = env.RUNNER_TOOL_CACHE || join(home, '.cache', 'keelson', 'tool-cache');
  const runnerTemp = env.RUNNER_TEMP || tmpdir();

  const dbRepositories = parseRepositories(
    'db-repositories',
    inputs.list('db-repositories', DEFAULT_DB_REPOSITORIES),
  );
  const javaDbRepositories = parseRepositories(
    'java-db-repositories',
    inputs.list('java-db-repositories', DEFAULT_JAVA_DB_REPOSITORIES),
  );

  const target =
    scanType === 'image'
      ? imageRef
        ? stableImageName(imageRef)
        : basename(imageTarball as string).replace(/\.(tar|tar\.gz|tgz)$/, '')
      : (pathInWorkspace ?? path) || '.';
  const category = inputs.string('sarif-category', { default: `trivy-${scanType}:${target}` });
  if (!CATEGORY.test(category)) {
    throw InputError.invalid(
      'sarif-category',
      category,
      'up to 200 characters from A-Z a-z 0-9 . _ - / : @ +',
    );
  }

  return {
    scanType,
    imageRef,
    imageTarball,
    path,
    pathInWorkspace,
    scanners,
    failOn: parseSeverities('fail-on', inputs.string('fail-on', { default: 'CRITICAL,HIGH' })),
    ignoreUnfixed: inputs.boolean('ignore-unfixed', false),
    ignoreFile,
    ignoreFileSource,
    gateKinds: inputs.has('gate-kinds') ? parseKinds('gate-kinds', inputs.raw('gate-kinds')) : [...KINDS],
    allowEmpty: inputs.boolean('allow-empty', false),
    trivyVersion,
    trivySha256,
    releaseUrl,
    cacheDir,
    toolCache,
    dbRepositories,
    javaDbRepositories,
    skipDbUpdate: inputs.boolean('skip-db-update', false),
    timeoutMs: inputs.duration('timeout', '10m', { min: 10_000, max: 6 * 3_600_000 }),
    category,
    outputDir: resolve(
      workspace,
      inputs.string('output-dir', { default: join(runnerTemp, 'keelson-trivy') }),
    ),
    summary: inputs.boolean('summary', true),
    registryUsername: inputs.string('registry-username'),
    registryPassword: inputs.string('registry-password'),
  };
}
