/**
 * A real OCI registry (the CNCF distribution registry, Debian's `docker-registry`) started on a free loopback
 * port with its storage in a directory of its own. The ECR emulator puts its registry endpoint in front of one
 * of these per emulated registry (account + region); everything about blobs, manifests, digests, mounts and
 * uploads is the real registry's behaviour.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import { join } from 'node:path';

export interface RegistryProcess {
  /** `http://127.0.0.1:<port>` */
  url: string;
  port: number;
  /** What the registry wrote to stderr (its log), for diagnosis. */
  log(): string;
  close(): Promise<void>;
}

/** The binary names distribution is packaged under (Debian: docker-registry; upstream: registry). */
const BINARIES = ['docker-registry', 'registry'];

export class RegistryNotInstalledError extends Error {}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
  });
}

function config(root: string, port: number): string {
  // YAML written by hand: the few keys we need, no auth (the emulator's endpoint in front does that).
  return [
    'version: 0.1',
    'log:',
    '  level: warn',
    '  accesslog:',
    '    disabled: true',
    'storage:',
    '  filesystem:',
    `    rootdirectory: ${JSON.stringify(root)}`,
    '  delete:',
    '    enabled: true',
    '  maintenance:',
    '    uploadpurging:',
    '      enabled: false',
    'http:',
    `  addr: 127.0.0.1:${port}`,
    '  relativeurls: true',
    '  headers:',
    '    X-Content-Type-Options: [nosniff]',
    '',
  ].join('\n');
}

function ping(url: string): Promise<boolean> {
  return new Promise((resolve) => {
    const req = http.get(`${url}/v2/`, (res) => {
      res.resume();
      resolve(res.statusCode === 200);
    });
    req.on('error', () => resolve(false));
    req.setTimeout(1000, () => req.destroy());
  });
}

/** Starts a registry storing under `dir`; rejects with RegistryNotInstalledError when no binary is found. */
export async function startRegistryProcess(dir: string): Promise<RegistryProcess> {
  mkdirSync(join(dir, 'storage'), { recursive: true });
  let lastError = '';
  for (let attempt = 0; attempt < 5; attempt++) {
    const port = await freePort();
    const configFile = join(dir, 'config.yml');
    writeFileSync(configFile, config(join(dir, 'storage'), port));
    const started = await tryStart(configFile, port);
    if ('process' in started) return started.process;
    lastError = started.error;
    if (started.notInstalled) throw new RegistryNotInstalledError(started.error);
  }
  throw new Error(`The OCI registry did not start: ${lastError}`);
}

async function tryStart(
  configFile: string,
  port: number,
): Promise<{ process: RegistryProcess } | { error: string; notInstalled?: boolean }> {
  for (const bin of BINARIES) {
    let child: ChildProcess;
    let stderr = '';
    let spawnError: NodeJS.ErrnoException | undefined;
    try {
      child = spawn(bin, ['serve', configFile], {
        stdio: ['ignore', 'ignore', 'pipe'],
        // The registry needs nothing from our environment: no AWS or GitHub credentials go to it.
        env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: process.env.HOME ?? '/' },
      });
    } catch (e) {
      spawnError = e as NodeJS.ErrnoException;
      continue;
    }
    child.stderr?.on('data', (c: Buffer) => {
      stderr = (stderr + c.toString('utf8')).slice(-20_000);
    });
    const exited = new Promise<number | null>((resolve) => {
      child.once('exit', (code) => resolve(code));
      child.once('error', (e: NodeJS.ErrnoException) => {
        spawnError = e;
        resolve(null);
      });
    });
    const url = `http://127.0.0.1:${port}`;
    let done = false;
    void exited.then(() => (done = true));
    for (let i = 0; i < 100 && !done; i++) {
      if (await ping(url)) {
        return {
          process: {
            url,
            port,
            log: () => stderr,
            close: async () => {
              if (child.exitCode !== null || child.signalCode !== null) return;
              child.kill('SIGTERM');
              const timer = setTimeout(() => child.kill('SIGKILL'), 3000);
              await exited;
              clearTimeout(timer);
            },
          },
        };
      }
      await new Promise((r) => setTimeout(r, 50));
    }
    if (!done) {
      child.kill('SIGKILL');
      await exited;
    }
    if (spawnError?.code === 'ENOENT') continue;
    return { error: stderr.trim().split('\n').slice(-3).join('\n') || 'no answer on /v2/' };
  }
  return {
    error: `none of ${BINARIES.join(', ')} is installed (Debian: apt-get install docker-registry)`,
    notInstalled: true,
  };
}
