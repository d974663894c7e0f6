/**
 * For trivy tests: the test double wrapped as a `trivy` executable, release archives built with the system's
 * `tar` (and Python's zipfile for Windows), and one local HTTP server that serves a fake GitHub release
 * (`/v<version>/<file>`) and a fake OCI registry for the vulnerability DB (`/v2/<repo>/manifests/<tag>`).
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sha256 } from '../../src/lib/trivy/install.js';

export const DOUBLE = fileURLToPath(new URL('../doubles/trivy', import.meta.url));
export const TRIVY_FIXTURES = fileURLToPath(new URL('../fixtures/trivy/', import.meta.url));
export const TRIVY_DATA = fileURLToPath(new URL('../data/trivy/', import.meta.url));

export interface DoubleConfig {
  version: string;
  log?: string;
  reports?: Record<string, string>;
  scanExit?: number;
  scanError?: string;
  hangMs?: number;
}

/**
 * Writes `<dir>/trivy`: a shell script that sets TRIVY_DOUBLE_CONFIG and execs the double with this Node. Returns
 * the script's path and the config file (rewrite it to change what the double answers).
 */
export function writeTrivyDouble(dir: string, config: DoubleConfig): { binary: string; configFile: string } {
  mkdirSync(dir, { recursive: true });
  const configFile = join(dir, 'trivy-double.json');
  writeFileSync(configFile, JSON.stringify(config));
  const binary = join(dir, 'trivy');
  writeFileSync(
    binary,
    `#!/bin/sh\nTRIVY_DOUBLE_CONFIG='${configFile}' exec '${process.execPath}' '${DOUBLE}' "$@"\n`,
  );
  chmodSync(binary, 0o755);
  return { binary, configFile };
}

export interface Call {
  argv: string[];
  env: Record<string, string>;
  cwd: string;
}

export function calls(log: string): Call[] {
  try {
    return readFileSync(log, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as Call);
  } catch {
    return [];
  }
}

/** A release archive as Trivy publishes it: `trivy` plus LICENSE and README.md at the top level. */
export function releaseArchive(dir: string, binary: string, kind: 'tar.gz' | 'zip' = 'tar.gz'): Buffer {
  const stage = join(dir, `stage-${Math.random().toString(36).slice(2)}`);
  mkdirSync(stage, { recursive: true });
  const name = kind === 'zip' ? 'trivy.exe' : 'trivy';
  writeFileSync(join(stage, name), readFileSync(binary), { mode: 0o755 });
  writeFileSync(join(stage, 'LICENSE'), 'Apache License 2.0 (test archive)\n');
  writeFileSync(join(stage, 'README.md'), '# trivy (test archive)\n');
  const out = join(dir, `archive-${Math.random().toString(36).slice(2)}.${kind}`);
  if (kind === 'tar.gz') {
    execFileSync('tar', ['-czf', out, '-C', stage, 'LICENSE', 'README.md', name]);
  } else {
    execFileSync('python3', [
      '-c',
      'import sys, zipfile\nwith zipfile.ZipFile(sys.argv[1], "w", zipfile.ZIP_DEFLATED) as z:\n  for n in sys.argv[3:]: z.write(sys.argv[2] + "/" + n, n)',
      out,
      stage,
      'LICENSE',
      'README.md',
      name,
    ]);
  }
  return readFileSync(out);
}

/** A checksums file in goreleaser's format for the given files. */
export function checksumsFile(files: Record<string, Buffer>): string {
  return Object.entries(files)
    .map(([name, data]) => `${sha256(data)}  ${name}\n`)
    .join('');
}

export interface FakeServer {
  url: string;
  /** `host:port`, for OCI repository names such as `${host}/aquasec/trivy-db:2`. */
  host: string;
  /** Release files, by path under the server root (`v9.9.9/trivy_9.9.9_Linux-64bit.tar.gz`). */
  files: Map<string, Buffer | string>;
  /** Statuses a release file answers before its content (e.g. [503] for one failure). */
  failFirst: Map<string, number[]>;
  /** Statuses the registry answers for a repository name (`aquasec/trivy-db`), in order; the last repeats. */
  registry: Map<string, number[]>;
  requests: string[];
  close(): Promise<void>;
}

export async function startFakeServer(): Promise<FakeServer> {
  const files = new Map<string, Buffer | string>();
  const failFirst = new Map<string, number[]>();
  const registry = new Map<string, number[]>();
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent((req.url ?? '/').split('?')[0] as string).replace(/^\//, '');
    requests.push(path);
    const reg = /^v2\/(.+)\/manifests\/([^/]+)$/.exec(path);
    if (reg) {
      const seq = registry.get(reg[1] as string) ?? [404];
      const status = seq.length > 1 ? (seq.shift() as number) : (seq[0] as number);
      res.writeHead(status, { 'content-type': 'application/vnd.oci.image.manifest.v1+json' });
      res.end(status === 200 ? '{"schemaVersion":2}' : '{"errors":[]}');
      return;
    }
    const fail = failFirst.get(path);
    if (fail && fail.length > 0) {
      res.writeHead(fail.shift() as number);
      res.end();
      return;
    }
    const body = files.get(path);
    if (body === undefined) {
      res.writeHead(404);
      res.end('Not Found');
      return;
    }
    res.writeHead(200, { 'content-type': 'application/octet-stream' });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    host: `127.0.0.1:${port}`,
    files,
    failFirst,
    registry,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Serves a release of `version` whose archive for `key` wraps `binary`; returns the archive and its digest. */
export function serveRelease(
  server: FakeServer,
  dir: string,
  version: string,
  binary: string,
  key = 'Linux-64bit',
): { archive: Buffer; digest: string; name: string } {
  const kind = key.startsWith('windows') ? 'zip' : 'tar.gz';
  const archive = releaseArchive(dir, binary, kind);
  const name = `trivy_${version}_${key}.${kind}`;
  server.files.set(`v${version}/${name}`, archive);
  server.files.set(`v${version}/trivy_${version}_checksums.txt`, checksumsFile({ [name]: archive }));
  return { archive, digest: sha256(archive), name };
}
