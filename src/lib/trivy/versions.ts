/**
 * Trivy versions and digests as inputs: kept apart from the installer so that parsing inputs loads nothing else.
 */
import { InputError } from '../errors.js';
import { MALICIOUS_RELEASES } from './known-releases.js';

export const DEFAULT_RELEASE_URL = 'https://github.com/aquasecurity/trivy/releases/download';

const VERSION = /^\d+\.\d+\.\d+$/;
const SHA256 = /^[0-9a-f]{64}$/;

/** `0.69.3` (a leading v is accepted and dropped). */
export function parseTrivyVersion(name: string, raw: string): string {
  const v = raw.replace(/^v/, '');
  if (!VERSION.test(v))
    throw InputError.invalid(name, raw, "a Trivy release version such as 0.74.0, or 'path'");
  const bad = MALICIOUS_RELEASES[v];
  if (bad) {
    throw new InputError(
      name,
      `Invalid input '${name}': '${raw}'. Trivy ${v} was a malicious release (${bad}); Keelson never installs or runs it. Expected another version, such as 0.74.0.`,
    );
  }
  return v;
}

export function parseSha256(name: string, raw: string): string {
  const v = raw
    .trim()
    .toLowerCase()
    .replace(/^sha256:/, '');
  if (!SHA256.test(v)) throw InputError.invalid(name, raw, 'a SHA-256 digest: 64 hexadecimal characters');
  return v;
}

export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < 3; i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}
