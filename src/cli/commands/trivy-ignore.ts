import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { InputError } from '../../lib/errors.js';
import type { IgnoreRules } from '../../lib/trivy/ignore.js';

/** The `--ignore-file` option of the trivy-* commands: read relative to the working directory and parsed. */
export async function readIgnoreOption(cwd: string, file: string): Promise<IgnoreRules | undefined> {
  if (!file) return undefined;
  const { parseIgnoreFile } = await import('../../lib/trivy/ignore.js');
  let text: string;
  try {
    text = readFileSync(resolve(cwd, file), 'utf8');
  } catch {
    throw InputError.invalid('ignore-file', file, 'a readable .trivyignore or YAML ignore file');
  }
  return parseIgnoreFile(text, file, 'ignore-file');
}
