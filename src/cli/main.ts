import { describeError, InputError } from '../lib/errors.js';
import { Masker, maskExcept } from '../lib/mask.js';
import type { CliIO } from './command.js';
import { commands } from './commands/index.js';

const VERSION = '0.1.0';

function usage(): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    'Usage: keelson <command> [options]',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    "Run 'keelson <command> --help' for a command's options.",
  ].join('\n');
}

export async function main(argv: string[], io: CliIO): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(usage() + '\n');
    return name ? 0 : 2;
  }
  if (name === '--version' || name === '-V') {
    io.stdout(`keelson ${VERSION}\n`);
    return 0;
  }
  const entry = commands.find((c) => c.name === name);
  if (!entry) {
    io.stderr(
      `keelson: unknown command '${name}'. Expected one of: ${commands.map((c) => c.name).join(', ')}.\n`,
    );
    return 2;
  }
  try {
    const command = await entry.load();
    if (rest.includes('--help') || rest.includes('-h')) {
      io.stdout(command.help + '\n');
      return 0;
    }
    return await command.run(rest, io);
  } catch (error) {
    // Exit codes: 2 usage or input error (a bad flag, a missing file), 1 a gate said no or a tool failed, 70 a bug.
    const { message, expected } = describeError(error, io.env.KEELSON_DEBUG === '1');
    io.stderr(`keelson ${name}: ${message}\n`);
    if (error instanceof InputError) return 2;
    return expected ? 1 : 70;
  }
}

export function processIO(): CliIO {
  const masker = new Masker();
  return {
    masker,
    stdout: (t, keep = []) => void process.stdout.write(maskExcept(masker, t, keep)),
    stderr: (t) => void process.stderr.write(masker.mask(t)),
    env: process.env,
    cwd: process.cwd(),
    isTTY: process.stdout.isTTY === true,
  };
}
