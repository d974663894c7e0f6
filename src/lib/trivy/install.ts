/**
 * A verified Trivy: download the release archive for this runner, check it, unpack only the binary into the tool
 * cache, and reuse it from there in later steps. Refuses with one line whenever something does not verify:
 *  1. the version must not be a known-malicious release;
 *  2. the expected digest comes from Keelson's known-good table (KNOWN_RELEASES) or, for a version or platform
 *     the table does not know, from `trivy-sha256` (when both exist they must agree);
 *  3. the release's checksums file must agree with the known-good table on every archive the table lists for that
 *     version (an archive and checksums file replaced together are caught here);
 *  4. the archive must match both the checksums file's entry and the expected digest.
 */
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { realClock, type Clock } from '../clock.js';
import { errorMessage, InputError, ToolError } from '../errors.js';
import { ArchiveError, extractFromTarGz, extractFromZip } from './archive.js';
import {
  KNOWN_RELEASES,
  MALICIOUS_RELEASES,
  type KnownReleases,
  type PlatformKey,
} from './known-releases.js';
import { DEFAULT_RELEASE_URL } from './versions.js';

export interface Platform {
  key: PlatformKey;
  ext: 'tar.gz' | 'zip';
  binary: 'trivy' | 'trivy.exe';
  /** The tool cache's arch folder name. */
  arch: string;
}

export function runnerPlatform(platform: string = process.platform, arch: string = process.arch): Platform {
  const keys: Record<string, PlatformKey> = {
    'linux/x64': 'Linux-64bit',
    'linux/arm64': 'Linux-ARM64',
    'darwin/x64': 'macOS-64bit',
    'darwin/arm64': 'macOS-ARM64',
    'win32/x64': 'windows-64bit',
  };
  const key = keys[`${platform}/${arch}`];
  if (!key) {
    throw new ToolError(
      `Keelson cannot install Trivy on ${platform}/${arch} (release archives it installs: Linux and macOS on x64 and ` +
        "arm64, Windows on x64). Install Trivy in an earlier step and set 'trivy-version: path'.",
    );
  }
  const windows = key === 'windows-64bit';
  return { key, ext: windows ? 'zip' : 'tar.gz', binary: windows ? 'trivy.exe' : 'trivy', arch };
}

export function archiveName(version: string, p: Platform): string {
  return `trivy_${version}_${p.key}.${p.ext}`;
}

export interface InstallOptions {
  version: string;
  /** `trivy-sha256`: the archive's digest, for versions/platforms the table does not know. */
  sha256?: string;
  releaseUrl?: string;
  /** RUNNER_TOOL_CACHE (or another directory kept between steps). */
  toolCache: string;
  platform: Platform;
  known?: KnownReleases;
  clock?: Clock;
  fetch?: typeof fetch;
  log?: (message: string) => void;
}

export interface Installed {
  binary: string;
  version: string;
  cached: boolean;
  archive: string;
  archiveSha256: string;
  /** What the archive's digest was checked against. */
  verifiedBy: 'keelson' | 'trivy-sha256';
}

interface Marker {
  archive: string;
  archiveSha256: string;
  binarySha256: string;
  verifiedBy: Installed['verifiedBy'];
}

export function sha256(data: Buffer | string): string {
  return createHash('sha256').update(data).digest('hex');
}

/** `<hex>  <file>` lines (sha256sum format; `*file` for binary mode accepted). */
export function parseChecksums(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of text.split(/\r?\n/)) {
    const m = /^([0-9a-fA-F]{64})\s+\*?(\S+)\s*$/.exec(line.trim());
    if (m) out.set(m[2] as string, (m[1] as string).toLowerCase());
  }
  return out;
}

async function download(url: string, what: string, o: InstallOptions): Promise<Buffer> {
  const doFetch = o.fetch ?? fetch;
  const clock = o.clock ?? realClock;
  const waits = [2_000, 6_000];
  let last = '';
  for (let attempt = 0; attempt <= waits.length; attempt++) {
    if (attempt > 0) {
      o.log?.(`Retrying the download of ${what} in ${(waits[attempt - 1] as number) / 1000}s (${last}).`);
      await clock.sleep(waits[attempt - 1] as number);
    }
    let res: Response;
    try {
      res = await doFetch(url, { redirect: 'follow', signal: AbortSignal.timeout(300_000) });
    } catch (e) {
      const cause = (e as { cause?: { code?: string; message?: string } }).cause;
      last = cause?.code ?? cause?.message ?? errorMessage(e);
      continue;
    }
    if (res.ok) return Buffer.from(await res.arrayBuffer());
    await res.arrayBuffer().catch(() => undefined);
    last = `HTTP ${res.status}`;
    if (res.status === 404) {
      throw new ToolError(
        `Cannot download ${what}: ${url} answered HTTP 404. Check 'trivy-version' and 'trivy-release-url'.`,
      );
    }
    if (res.status !== 429 && res.status < 500) break;
  }
  throw new ToolError(`Cannot download ${what} from ${url}: ${last}.`);
}

function readMarker(file: string): Marker | undefined {
  try {
    const m = JSON.parse(readFileSync(file, 'utf8')) as Marker;
    return typeof m.archiveSha256 === 'string' && typeof m.binarySha256 === 'string' ? m : undefined;
  } catch {
    return undefined;
  }
}

export async function installTrivy(o: InstallOptions): Promise<Installed> {
  const known = o.known ?? KNOWN_RELEASES;
  const version = o.version;
  const bad = MALICIOUS_RELEASES[version];
  if (bad) throw new ToolError(`Refusing Trivy ${version}: it was a malicious release (${bad}).`);
  const p = o.platform;
  const archive = archiveName(version, p);
  const row = known[version];
  const tableDigest = row?.archives[p.key];
  if (tableDigest && o.sha256 && o.sha256 !== tableDigest) {
    throw new InputError(
      'trivy-sha256',
      `Invalid input 'trivy-sha256': '${o.sha256}' is not the digest of ${archive}; Keelson's known-good digest is ${tableDigest}. Remove 'trivy-sha256' or correct it.`,
    );
  }
  const expected = tableDigest ?? o.sha256;
  if (!expected) {
    const versions = Object.keys(known).join(', ');
    throw InputError.required(
      'trivy-sha256',
      row
        ? `Keelson has no known-good digest of ${archive} (it knows ${Object.keys(row.archives).join(', ')} for ${version}); give the archive's SHA-256 from a source you trust`
        : `Trivy ${version} is not in Keelson's table of verified releases (${versions}); give the SHA-256 of ${archive} from a source you trust, or use one of those versions`,
    );
  }
  const verifiedBy: Installed['verifiedBy'] = tableDigest ? 'keelson' : 'trivy-sha256';

  const dir = join(o.toolCache, 'trivy', version, p.arch);
  const binary = join(dir, p.binary);
  const markerFile = join(dir, 'keelson-verified.json');
  const marker = existsSync(binary) ? readMarker(markerFile) : undefined;
  if (marker && marker.archiveSha256 === expected && sha256(readFileSync(binary)) === marker.binarySha256) {
    o.log?.(
      `Trivy ${version} from the tool cache (${binary}), verified earlier against ${marker.verifiedBy === 'keelson' ? "Keelson's known-good digest" : 'trivy-sha256'}.`,
    );
    return { binary, version, cached: true, archive, archiveSha256: expected, verifiedBy: marker.verifiedBy };
  }

  const base = (o.releaseUrl ?? DEFAULT_RELEASE_URL).replace(/\/+$/, '');
  const checksumsName = `trivy_${version}_checksums.txt`;
  o.log?.(`Downloading ${base}/v${version}/${archive}`);
  const data = await download(`${base}/v${version}/${archive}`, archive, o);
  const checksumsText = (await download(`${base}/v${version}/${checksumsName}`, checksumsName, o)).toString(
    'utf8',
  );
  const checksums = parseChecksums(checksumsText);
  if (checksums.size === 0) {
    throw new ToolError(`Refusing Trivy ${version}: ${checksumsName} lists no SHA-256 digests.`);
  }
  for (const [key, digest] of Object.entries(row?.archives ?? {})) {
    const name = `trivy_${version}_${key}.${key === 'windows-64bit' ? 'zip' : 'tar.gz'}`;
    const listed = checksums.get(name);
    if (listed !== undefined && listed !== digest) {
      throw new ToolError(
        `Refusing Trivy ${version}: the release's ${checksumsName} does not match Keelson's known-good digests ` +
          `(${name}: the file lists ${listed}, the known-good digest is ${digest}). The release was replaced.`,
      );
    }
  }
  const listed = checksums.get(archive);
  if (!listed)
    throw new ToolError(`Refusing Trivy ${version}: ${checksumsName} has no entry for ${archive}.`);
  const actual = sha256(data);
  if (actual !== listed) {
    throw new ToolError(
      `Refusing Trivy ${version}: the SHA-256 of ${archive} is ${actual} but the release's ${checksumsName} lists ${listed}.`,
    );
  }
  if (actual !== expected) {
    throw new ToolError(
      `Refusing Trivy ${version}: the SHA-256 of ${archive} is ${actual}, expected ${expected} (${verifiedBy === 'keelson' ? "Keelson's known-good digest" : 'trivy-sha256'}).`,
    );
  }
  let bin: Buffer;
  try {
    bin = p.ext === 'zip' ? extractFromZip(data, p.binary) : extractFromTarGz(data, p.binary);
  } catch (e) {
    if (e instanceof ArchiveError) throw new ToolError(`Cannot unpack ${archive}: ${e.message}.`);
    throw e;
  }
  mkdirSync(dir, { recursive: true });
  const tmp = `${binary}.${process.pid}.tmp`;
  writeFileSync(tmp, bin);
  chmodSync(tmp, 0o755);
  renameSync(tmp, binary);
  const m: Marker = { archive, archiveSha256: actual, binarySha256: sha256(bin), verifiedBy };
  writeFileSync(markerFile, JSON.stringify(m, null, 2) + '\n');
  o.log?.(
    `Trivy ${version} verified (${archive} sha256 ${actual}, against ${verifiedBy === 'keelson' ? "Keelson's known-good digest and" : 'trivy-sha256 and'} ${checksumsName}) and cached in ${dir}.`,
  );
  return { binary, version, cached: false, archive, archiveSha256: actual, verifiedBy };
}
