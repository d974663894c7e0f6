export interface CliIO {
  stdout(text: string): void;
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
