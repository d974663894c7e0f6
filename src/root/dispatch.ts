/**
 * The root action (`uses: org/keelson@v1` with `command: <action>`): finds the bundle of the named action next
 * to its own in dist/ and runs it in this process, so the named action sees the same INPUT_* environment.
 */
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ActionContext, type Env } from '../lib/core.js';
import { InputError } from '../lib/errors.js';
import { runAction } from '../lib/run-action.js';
import { ACTION_INPUTS, ROOT_DEFAULTS } from './inputs.js';

function distDir(): string {
  // dist/root/index.js or dist/root/post/index.js
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'root')) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
}

export function available(dist: string): string[] {
  return readdirSync(dist, { withFileTypes: true })
    .filter((d) => d.isDirectory() && d.name !== 'cli' && d.name !== 'root')
    .filter((d) => existsSync(join(dist, d.name, 'index.js')))
    .map((d) => d.name)
    .sort();
}

/**
 * An input the chosen action does not have is an error, not silently ignored. The runner sets every input the
 * root action declares (to its default when the workflow does not give it), so an input counts as given when it
 * differs from the root default; inputs whose default is an expression (`${{ github.token }}`) cannot be told
 * apart and are left alone. `run` is the action's own `command` input.
 */
export function refuseForeignInputs(env: Env, command: string): void {
  const own = new Set(ACTION_INPUTS[command] ?? []);
  for (const [key, value] of Object.entries(env)) {
    if (!key.startsWith('INPUT_') || value === undefined) continue;
    const name = key.slice('INPUT_'.length).toLowerCase();
    if (name === 'command') continue;
    const declared = name === 'run' ? own.has('command') : own.has(name);
    if (declared || (!(name in ROOT_DEFAULTS) && name !== 'run')) continue;
    const fallback = ROOT_DEFAULTS[name] ?? '';
    if (fallback.includes('${{')) continue;
    if (value.trim() === fallback.trim()) continue;
    throw new InputError(
      name,
      `Input '${name}' is not an input of command '${command}'. Its inputs: ${[...own].map((i) => (i === 'command' ? 'run' : i)).join(', ')}.`,
    );
  }
}

export async function dispatch(phase: 'main' | 'post'): Promise<void> {
  const dist = distDir();
  const ctx = ActionContext.fromProcess();
  if (phase === 'post') {
    const name = ctx.getState('keelson-command');
    const post = join(dist, name, 'post', 'index.js');
    if (name && existsSync(post)) await import(/* webpackIgnore: true */ pathToFileURL(post).href);
    return;
  }
  let target: string | undefined;
  await runAction(ctx, async () => {
    const names = available(dist);
    const name = ctx.getInput('command');
    if (!name) throw InputError.required('command', `one of ${names.join(' | ')}`);
    if (!names.includes(name)) throw InputError.invalid('command', name, `one of: ${names.join(' | ')}`);
    refuseForeignInputs(ctx.env, name);
    ctx.saveState('keelson-command', name);
    // `command` names the action here, so an action's own `command` input (the test command) is given as `run`.
    process.env.INPUT_COMMAND = ctx.getInput('run');
    target = join(dist, name, 'index.js');
  });
  if (target) await import(/* webpackIgnore: true */ pathToFileURL(target).href);
}
