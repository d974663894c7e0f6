/**
 * Containers that run a real process. An image registered with `sim.process(image, map)` starts, in a
 * run-to-completion pod (a Job's), the local command `map` returns for the container's command, args and
 * environment (literal values, and those the kubelet resolves from Secrets and ConfigMaps); the process's
 * output is the container's log, its exit code the container's, and deleting the pod sends it SIGTERM. So a
 * migration Job in the simulator really connects to a database, holds locks, prints and fails.
 */
import { spawn } from 'node:child_process';

export interface ContainerView {
  name: string;
  image: string;
  command: string[];
  args: string[];
  /** The container's environment as the kubelet resolved it. */
  env: Record<string, string>;
}

export interface LocalProcess {
  argv: string[];
  /** The process's whole environment (nothing is inherited). */
  env: Record<string, string>;
  cwd?: string;
}

export type ProcessMapper = (c: ContainerView) => LocalProcess;

export interface RunningProcess {
  /** Sends a signal (SIGTERM on pod deletion, SIGKILL when the grace period ends). */
  kill(signal: NodeJS.Signals): void;
  readonly exited: boolean;
}

/** `registry/team/app:tag@sha256:…` → `registry/team/app`. */
function repositoryOf(image: string): string {
  const noDigest = image.split('@')[0] ?? image;
  const slash = noDigest.lastIndexOf('/');
  const colon = noDigest.lastIndexOf(':');
  return colon > slash ? noDigest.slice(0, colon) : noDigest;
}

export class ProcessImages {
  private readonly entries: { image: string; map: ProcessMapper }[] = [];

  /** `image` is a full reference or a repository (any tag or digest of it). */
  register(image: string, map: ProcessMapper): void {
    this.entries.unshift({ image, map });
  }

  find(image: string): ProcessMapper | undefined {
    return (
      this.entries.find((e) => e.image === image)?.map ??
      this.entries.find((e) => e.image === repositoryOf(image))?.map
    );
  }
}

const SIGNAL_CODES: Partial<Record<NodeJS.Signals, number>> = { SIGTERM: 143, SIGKILL: 137, SIGINT: 130 };

/** Starts the process; each output line goes to `onLine`, the exit code (128+n for a signal) to `onExit`. */
export function startProcess(
  spec: LocalProcess,
  onLine: (line: string) => void,
  onExit: (code: number) => void,
): RunningProcess {
  let exited = false;
  const child = spawn(spec.argv[0] as string, spec.argv.slice(1), {
    env: spec.env,
    cwd: spec.cwd,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const pending = { stdout: '', stderr: '' };
  const reader = (stream: 'stdout' | 'stderr') => (buf: Buffer) => {
    const lines = (pending[stream] + buf.toString('utf8')).split(/\r?\n/);
    pending[stream] = lines.pop() ?? '';
    for (const l of lines) onLine(l);
  };
  child.stdout?.on('data', reader('stdout'));
  child.stderr?.on('data', reader('stderr'));
  const finish = (code: number): void => {
    if (exited) return;
    exited = true;
    for (const rest of [pending.stdout, pending.stderr]) if (rest) onLine(rest);
    onExit(code);
  };
  child.on('error', (e: NodeJS.ErrnoException) => {
    onLine(`exec ${spec.argv[0]}: ${e.code === 'ENOENT' ? 'executable file not found' : e.message}`);
    finish(127);
  });
  child.on('close', (code, signal) => finish(code ?? (signal ? (SIGNAL_CODES[signal] ?? 128) : 128)));
  return {
    kill: (signal) => {
      if (!exited) child.kill(signal);
    },
    get exited() {
      return exited;
    },
  };
}
