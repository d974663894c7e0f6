import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { InputError, errorMessage } from '../lib/errors.js';
import { Inputs } from '../lib/inputs.js';

export interface FlagSpec {
  [name: string]: { type: 'string' | 'boolean'; multiple?: boolean; short?: string };
}

export interface ParsedArgs {
  inputs: Inputs;
  flags: Record<string, string | boolean | string[] | undefined>;
  positionals: string[];
  help: boolean;
}

/**
 * Flags are parsed into the same `Inputs` the actions use, so `--fail-on-failure maybe` gets the same one-line
 * error as `fail-on-failure: maybe` in a workflow.
 */
export function parseCommandArgs(command: string, argv: string[], spec: FlagSpec): ParsedArgs {
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: argv,
      options: { ...spec, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
  } catch (e) {
    const msg = errorMessage(e)
      .split(/\. (?=[A-Z])/)[0]
      ?.replace(/\.?$/, '.');
    throw new InputError('argv', `${msg} See 'keelson ${command} --help'.`);
  }
  const flags = parsed.values as ParsedArgs['flags'];
  const inputs = new Inputs((name) => {
    const v = flags[name];
    if (v === undefined) return '';
    if (Array.isArray(v)) return v.join('\n');
    return String(v);
  });
  return { inputs, flags, positionals: parsed.positionals, help: flags.help === true };
}

/** A flag that takes a file or the text itself (checks YAML): a one-line value naming a file reads the file. */
export function fileOrText(cwd: string, value: string): string {
  const file = value && !value.includes('\n') ? resolve(cwd, value) : '';
  return file && existsSync(file) ? readFileSync(file, 'utf8') : value;
}
