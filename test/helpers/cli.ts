import { fileURLToPath } from 'node:url';
import type { CliIO } from '../../src/cli/command.js';
import { main } from '../../src/cli/main.js';
import { Masker, maskExcept } from '../../src/lib/mask.js';

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

/** Runs `keelson <argv>` in-process and collects what it printed. */
export async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  return cliIn(repoRoot, ...argv);
}

export async function cliIn(
  cwd: string,
  ...argv: string[]
): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const masker = new Masker();
  const io: CliIO = {
    masker,
    stdout: (t, keep = []) => void (out += maskExcept(masker, t, keep)),
    stderr: (t) => void (err += masker.mask(t)),
    env: {},
    cwd,
    isTTY: false,
  };
  const code = await main(argv, io);
  return { code, out, err };
}
