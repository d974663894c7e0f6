/**
 * Where a checks input comes from: the YAML itself, or the path of a file holding it (one line ending in .yaml,
 * .yml or .json, or naming a file that exists). Paths stay inside the workspace; a missing file says so;
 * the text is bounded before anything parses it (a 10 MB file must not take the process down).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { InputError } from '../errors.js';
import { confinedPath, type PathRoots } from '../inputs.js';

/** At most this many bytes of checks YAML (far more than any real list of checks). */
export const MAX_CHECKS_BYTES = 256 * 1024;

function bounded(name: string, text: string, where: string): string {
  const bytes = Buffer.byteLength(text);
  if (bytes > MAX_CHECKS_BYTES) {
    throw new InputError(
      name,
      `Invalid input '${name}': ${where} is ${Math.round(bytes / 1024)} KiB. Expected checks YAML of at most ${MAX_CHECKS_BYTES / 1024} KiB.`,
    );
  }
  return text;
}

export function readChecksSource(name: string, raw: string, roots: PathRoots): string {
  const value = raw.trim();
  const oneLine = value !== '' && !/[\r\n]/.test(value);
  const looksLikeFile = oneLine && (/\.(ya?ml|json)$/i.test(value) || !/[:{[]/.test(value));
  if (!looksLikeFile) return bounded(name, raw, 'the YAML');
  const path = confinedPath(name, value, roots);
  if (!existsSync(path)) {
    if (!/\.(ya?ml|json)$/i.test(value)) return bounded(name, raw, 'the YAML');
    throw new InputError(
      name,
      `Invalid input '${name}': file '${value}' not found (relative to ${roots.workspace}). Expected checks YAML or the path of a file holding it.`,
    );
  }
  if (!statSync(path).isFile())
    throw InputError.invalid(name, value, 'a file of checks YAML, not a directory');
  if (statSync(path).size > MAX_CHECKS_BYTES) {
    throw new InputError(
      name,
      `Invalid input '${name}': file '${value}' is ${Math.round(statSync(path).size / 1024)} KiB. Expected checks YAML of at most ${MAX_CHECKS_BYTES / 1024} KiB.`,
    );
  }
  return readFileSync(path, 'utf8');
}
