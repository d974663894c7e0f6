import type { Masker } from '../lib/mask.js';

export interface CliIO {
  /** Everything written through stdout/stderr is masked with it; commands register secrets here. */
  masker: Masker;
  /** Writes masked text; occurrences of `keep` (protocol values: hashes, digests) are left as they are. */
  stdout(text: string, keep?: readonly string[]): void;
  stderr(text: string): void;
  env: Record<string, string | undefined>;
  cwd: string;
  /** True when stdout is a terminal (colours, live progress). */
  isTTY: boolean;
}

export interface Command {
  name: string;
  /** One line for `keelson --help`. */
  summary: string;
  /** Full text for `keelson <name> --help`. */
  help: string;
  /** Returns the process exit code. Throws InputError/PolicyError for the one-line error path. */
  run(argv: string[], io: CliIO): Promise<number>;
}
