/**
 * Installing a verified Trivy from a fake release on a local HTTP server (archives built with the real `tar`),
 * and the vulnerability DB mirror chain against a local registry, with the Trivy test double as the binary.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ManualClock } from '../src/lib/clock.js';
import { extractFromTarGz, extractFromZip } from '../src/lib/trivy/archive.js';
import { downloadDb } from '../src/lib/trivy/db.js';
import { installTrivy, runnerPlatform, sha256, type InstallOptions } from '../src/lib/trivy/install.js';
import {
  DEFAULT_TRIVY_VERSION,
  KNOWN_RELEASES,
  MALICIOUS_RELEASES,
  type KnownReleases,
} from '../src/lib/trivy/known-releases.js';
import { createTrivy } from '../src/lib/trivy/tool.js';
import { tempDir } from './helpers/tmp.js';
import {
  calls,
  checksumsFile,
  releaseArchive,
  serveRelease,
  startFakeServer,
  writeTrivyDouble,
  type FakeServer,
} from './helpers/trivy.js';

let ws: { dir: string; cleanup: () => void };
let server: FakeServer;
beforeEach(async () => {
  ws = tempDir('keelson-trivy-install-');
  server = await startFakeServer();
});
afterEach(async () => {
  await server.close();
  ws.cleanup();
});

const LINUX = runnerPlatform('linux', 'x64');

function options(o: Partial<InstallOptions> & { version: string }): InstallOptions {
  return {
    releaseUrl: server.url,
    toolCache: join(ws.dir, 'tool-cache'),
    platform: LINUX,
    clock: new ManualClock(),
    ...o,
  };
}

/** A release of `version` on the server and a known-good table that knows its Linux-64bit archive. */
function goodRelease(version: string): { known: KnownReleases; digest: string; archive: Buffer } {
  const { binary } = writeTrivyDouble(join(ws.dir, 'double'), { version });
  const { digest, archive } = serveRelease(server, ws.dir, version, binary);
  return { known: { [version]: { source: 'test', archives: { 'Linux-64bit': digest } } }, digest, archive };
}

describe('installing Trivy', () => {
  it('downloads, verifies against the table and the checksums file, unpacks only the binary, and caches it', async () => {
    const { known, digest } = goodRelease('9.9.9');
    const installed = await installTrivy(options({ version: '9.9.9', known }));
    expect(installed).toMatchObject({
      version: '9.9.9',
      cached: false,
      archiveSha256: digest,
      verifiedBy: 'keelson',
    });
    expect(installed.binary).toBe(join(ws.dir, 'tool-cache', 'trivy', '9.9.9', 'x64', 'trivy'));
    expect(execFileSync(installed.binary, ['--version'], { encoding: 'utf8' })).toMatch(
      /^Version: 9\.9\.9\n/,
    );
    expect(existsSync(join(ws.dir, 'tool-cache', 'trivy', '9.9.9', 'x64', 'LICENSE'))).toBe(false);
    const before = server.requests.length;
    const again = await installTrivy(options({ version: '9.9.9', known }));
    expect(again).toMatchObject({ binary: installed.binary, cached: true });
    expect(server.requests.length).toBe(before); // no download for a cached, verified binary
  });

  it('a cached binary that changed on disk is downloaded and verified again', async () => {
    const { known } = goodRelease('9.9.9');
    const first = await installTrivy(options({ version: '9.9.9', known }));
    writeFileSync(first.binary, '#!/bin/sh\necho tampered\n');
    const second = await installTrivy(options({ version: '9.9.9', known }));
    expect(second.cached).toBe(false);
    expect(execFileSync(second.binary, ['--version'], { encoding: 'utf8' })).toMatch(/^Version: 9\.9\.9/);
  });

  it('refuses an archive whose digest differs from the checksums file, and installs nothing', async () => {
    const { known } = goodRelease('9.9.9');
    const name = 'trivy_9.9.9_Linux-64bit.tar.gz';
    const tampered = releaseArchive(
      ws.dir,
      writeTrivyDouble(join(ws.dir, 'evil'), { version: '9.9.9' }).binary,
    );
    server.files.set(`v9.9.9/${name}`, tampered);
    await expect(installTrivy(options({ version: '9.9.9', known }))).rejects.toThrow(
      `Refusing Trivy 9.9.9: the SHA-256 of ${name} is ${sha256(tampered)} but the release's trivy_9.9.9_checksums.txt lists ${known['9.9.9']!.archives['Linux-64bit']}.`,
    );
    expect(existsSync(join(ws.dir, 'tool-cache', 'trivy'))).toBe(false);
  });

  it('refuses a release whose archive and checksums file were replaced together', async () => {
    const { known, digest } = goodRelease('9.9.9');
    const name = 'trivy_9.9.9_Linux-64bit.tar.gz';
    const evil = releaseArchive(ws.dir, writeTrivyDouble(join(ws.dir, 'evil'), { version: '9.9.9' }).binary);
    server.files.set(`v9.9.9/${name}`, evil);
    server.files.set('v9.9.9/trivy_9.9.9_checksums.txt', checksumsFile({ [name]: evil }));
    await expect(installTrivy(options({ version: '9.9.9', known }))).rejects.toThrow(
      `Refusing Trivy 9.9.9: the release's trivy_9.9.9_checksums.txt does not match Keelson's known-good digests (${name}: the file lists ${sha256(evil)}, the known-good digest is ${digest}). The release was replaced.`,
    );
  });

  it("refuses a swapped release of a real version against Keelson's shipped table", async () => {
    // What the March 2026 incident looked like from a runner: a consistent archive + checksums file for 0.74.0
    // that is not the one Aqua published.
    const { binary } = writeTrivyDouble(join(ws.dir, 'double'), { version: '0.74.0' });
    const { digest } = serveRelease(server, ws.dir, '0.74.0', binary);
    await expect(installTrivy(options({ version: '0.74.0' }))).rejects.toThrow(
      `Refusing Trivy 0.74.0: the release's trivy_0.74.0_checksums.txt does not match Keelson's known-good digests (trivy_0.74.0_Linux-64bit.tar.gz: the file lists ${digest}, the known-good digest is ${KNOWN_RELEASES['0.74.0']!.archives['Linux-64bit']}). The release was replaced.`,
    );
  });

  it('an unknown version needs trivy-sha256', async () => {
    goodRelease('9.9.9');
    await expect(installTrivy(options({ version: '9.9.9' }))).rejects.toThrow(
      "Input 'trivy-sha256' is required: Trivy 9.9.9 is not in Keelson's table of verified releases (0.69.3, 0.70.0, 0.71.0, 0.71.1, 0.71.2, 0.72.0, 0.73.0, 0.74.0); give the SHA-256 of trivy_9.9.9_Linux-64bit.tar.gz from a source you trust, or use one of those versions.",
    );
  });

  it('installs an unknown version with the right trivy-sha256 and refuses a wrong one', async () => {
    const { digest } = goodRelease('9.9.9');
    const ok = await installTrivy(options({ version: '9.9.9', sha256: digest }));
    expect(ok.verifiedBy).toBe('trivy-sha256');
    const wrong = 'f'.repeat(64);
    await expect(
      installTrivy(options({ version: '9.9.9', sha256: wrong, toolCache: join(ws.dir, 'other-cache') })),
    ).rejects.toThrow(
      `Refusing Trivy 9.9.9: the SHA-256 of trivy_9.9.9_Linux-64bit.tar.gz is ${digest}, expected ${wrong} (trivy-sha256).`,
    );
  });

  it('a platform the table does not know needs trivy-sha256', async () => {
    const { binary } = writeTrivyDouble(join(ws.dir, 'double'), { version: '0.70.0' });
    serveRelease(server, ws.dir, '0.70.0', binary, 'windows-64bit');
    await expect(
      installTrivy(options({ version: '0.70.0', platform: runnerPlatform('win32', 'x64') })),
    ).rejects.toThrow(
      "Input 'trivy-sha256' is required: Keelson has no known-good digest of trivy_0.70.0_windows-64bit.zip (it knows Linux-64bit, Linux-ARM64, macOS-64bit, macOS-ARM64 for 0.70.0); give the archive's SHA-256 from a source you trust.",
    );
  });

  it('trivy-sha256 that disagrees with the table is refused before any download', async () => {
    await expect(installTrivy(options({ version: '0.74.0', sha256: 'a'.repeat(64) }))).rejects.toThrow(
      `Invalid input 'trivy-sha256': '${'a'.repeat(64)}' is not the digest of trivy_0.74.0_Linux-64bit.tar.gz; Keelson's known-good digest is ${KNOWN_RELEASES['0.74.0']!.archives['Linux-64bit']}. Remove 'trivy-sha256' or correct it.`,
    );
    expect(server.requests).toEqual([]);
  });

  it('never installs a malicious release, whatever digest is given', async () => {
    await expect(installTrivy(options({ version: '0.69.4', sha256: 'b'.repeat(64) }))).rejects.toThrow(
      'Refusing Trivy 0.69.4: it was a malicious release (GHSA-69fq-xp46-6x23 / CVE-2026-33634).',
    );
    expect(server.requests).toEqual([]);
  });

  it('a missing release is one line; a 503 is retried on the clock', async () => {
    await expect(installTrivy(options({ version: '9.9.8', sha256: 'c'.repeat(64) }))).rejects.toThrow(
      `Cannot download trivy_9.9.8_Linux-64bit.tar.gz: ${server.url}/v9.9.8/trivy_9.9.8_Linux-64bit.tar.gz answered HTTP 404. Check 'trivy-version' and 'trivy-release-url'.`,
    );
    const { known } = goodRelease('9.9.9');
    server.failFirst.set('v9.9.9/trivy_9.9.9_Linux-64bit.tar.gz', [503]);
    const clock = new ManualClock();
    const start = clock.now();
    const pending = installTrivy(options({ version: '9.9.9', known, clock }));
    await clock.advance(2_000);
    await expect(pending).resolves.toMatchObject({ version: '9.9.9' });
    expect(clock.now() - start).toBe(2_000);
  });

  it('Windows: the zip archive holds trivy.exe', async () => {
    const { binary } = writeTrivyDouble(join(ws.dir, 'double'), { version: '9.9.9' });
    const zip = releaseArchive(ws.dir, binary, 'zip');
    expect(extractFromZip(zip, 'trivy.exe').equals(readFileSync(binary))).toBe(true);
    const tar = releaseArchive(ws.dir, binary, 'tar.gz');
    expect(extractFromTarGz(tar, 'trivy').equals(readFileSync(binary))).toBe(true);
    expect(() => extractFromTarGz(tar, 'kubectl')).toThrow(
      "the archive has no file 'kubectl' at its top level",
    );
  });

  it('refuses platforms it has no release archive for, in one line', () => {
    expect(() => runnerPlatform('freebsd', 'x64')).toThrow(
      "Keelson cannot install Trivy on freebsd/x64 (release archives it installs: Linux and macOS on x64 and arm64, Windows on x64). Install Trivy in an earlier step and set 'trivy-version: path'.",
    );
    expect(runnerPlatform('darwin', 'arm64').key).toBe('macOS-ARM64');
  });
});

describe('the Trivy seam', () => {
  it('a run past its timeout is stopped and said so in one line', async () => {
    const { binary } = writeTrivyDouble(join(ws.dir, 'double'), { version: '0.74.0', hangMs: 20_000 });
    const trivy = createTrivy(binary, { cwd: ws.dir, env: { PATH: process.env.PATH } });
    await expect(
      trivy.run(['image', '--output', join(ws.dir, 'r.json'), 'app:1'], { timeoutMs: 300 }),
    ).rejects.toThrow(
      "'trivy image' did not finish within 300ms and was stopped; raise 'timeout' if the scan needs longer.",
    );
  });
});

describe("Keelson's known-good table", () => {
  it('every row is a real release version with cited sources and well-formed digests; the default is in it', () => {
    expect(KNOWN_RELEASES[DEFAULT_TRIVY_VERSION]?.archives['Linux-64bit']).toMatch(/^[0-9a-f]{64}$/);
    for (const [version, row] of Object.entries(KNOWN_RELEASES)) {
      expect(version).toMatch(/^\d+\.\d+\.\d+$/);
      expect(MALICIOUS_RELEASES[version]).toBeUndefined();
      expect(row.source).toMatch(/\[H\]|\[A\]/);
      const digests = Object.values(row.archives);
      expect(digests.length).toBeGreaterThanOrEqual(4);
      for (const d of digests) expect(d).toMatch(/^[0-9a-f]{64}$/);
      expect(new Set(digests).size).toBe(digests.length);
    }
    // No digest is listed under two versions (a copy-paste slip would look like this).
    const all = Object.values(KNOWN_RELEASES).flatMap((r) => Object.values(r.archives));
    expect(new Set(all).size).toBe(all.length);
  });
});

describe('the vulnerability DB mirror chain', () => {
  function setup() {
    const log = join(ws.dir, 'calls.jsonl');
    const { binary } = writeTrivyDouble(join(ws.dir, 'double'), { version: '0.74.0', log });
    return {
      log,
      trivy: createTrivy(binary, { cwd: ws.dir, env: { PATH: process.env.PATH, HOME: ws.dir } }),
    };
  }

  it('a 429 is retried on the same mirror after a backoff on the clock, then succeeds', async () => {
    const { trivy, log } = setup();
    server.registry.set('aquasec/trivy-db', [429, 200]);
    const clock = new ManualClock();
    const start = clock.now();
    const cacheDir = join(ws.dir, 'cache');
    const lines: string[] = [];
    const pending = downloadDb(trivy, {
      repositories: [`${server.host}/aquasec/trivy-db:2`, `${server.host}/aquasecurity/trivy-db:2`],
      cacheDir,
      clock,
      log: (l) => lines.push(l),
    });
    for (let i = 0; i < 20 && clock.pending === 0; i++) await new Promise((r) => setTimeout(r, 50));
    await clock.advance(10_000);
    const done = await pending;
    expect(done.repository).toBe(`${server.host}/aquasec/trivy-db:2`);
    expect(done.attempts.map((a) => a.outcome)).toEqual(['rate-limited', 'ok']);
    expect(clock.now() - start).toBe(10_000);
    expect(readFileSync(join(cacheDir, 'db', 'trivy.db'), 'utf8')).toContain('aquasec/trivy-db:2');
    expect(lines).toContain(
      `${server.host}/aquasec/trivy-db:2 answered 429 Too Many Requests; waiting 10s before trying it again.`,
    );
    expect(calls(log).map((c) => c.argv.slice(0, 4))).toEqual([
      ['image', '--download-db-only', '--db-repository', `${server.host}/aquasec/trivy-db:2`],
      ['image', '--download-db-only', '--db-repository', `${server.host}/aquasec/trivy-db:2`],
    ]);
  });

  it('moves to the next mirror on any other failure', async () => {
    const { trivy } = setup();
    server.registry.set('aquasec/trivy-db', [404]);
    server.registry.set('aquasecurity/trivy-db', [200]);
    const done = await downloadDb(trivy, {
      repositories: [`${server.host}/aquasec/trivy-db:2`, `${server.host}/aquasecurity/trivy-db:2`],
      cacheDir: join(ws.dir, 'cache'),
      clock: new ManualClock(),
    });
    expect(done.attempts.map((a) => [a.repository.split('/')[1], a.outcome])).toEqual([
      ['aquasec', 'failed'],
      ['aquasecurity', 'ok'],
    ]);
  });

  it('every mirror failing is one line naming each', async () => {
    const { trivy } = setup();
    server.registry.set('aquasec/trivy-db', [429]);
    server.registry.set('aquasecurity/trivy-db', [404]);
    const clock = new ManualClock();
    const pending = downloadDb(trivy, {
      repositories: [
        `${server.host}/aquasec/trivy-db:2`,
        `${server.host}/aquasecurity/trivy-db:2`,
        'public.ecr.aws/aquasecurity/trivy-db:2',
      ],
      cacheDir: join(ws.dir, 'cache'),
      clock,
    });
    let settled: string | undefined;
    void pending.then(
      () => (settled = 'resolved'),
      (e: Error) => (settled = e.message),
    );
    const start = clock.now();
    while (settled === undefined) {
      await new Promise((r) => setTimeout(r, 10));
      if (clock.pending > 0) await clock.advance(1_000);
    }
    // Two backoffs on the rate-limited mirror (10s, 30s), none on the others.
    expect(clock.now() - start).toBe(40_000);
    expect(settled).toBe(
      `Could not download the Trivy vulnerability DB from any mirror (${server.host}/aquasec/trivy-db:2: 429 Too Many Requests ×3; ` +
        `${server.host}/aquasecurity/trivy-db:2: init error: DB error: failed to download vulnerability DB: OCI artifact error: OCI repository error: GET http://${server.host}/v2/aquasecurity/trivy-db/manifests/2: unexpected status code 404; ` +
        'public.ecr.aws/aquasecurity/trivy-db:2: run error: init error: DB error: failed to download vulnerability DB: OCI artifact error: failed to download vulnerability DB: failed to download artifact from public.ecr.aws/aquasecurity/trivy-db:2: Get "https://public.ecr.aws/v2/": dial tcp: lookup public.ecr.aws: no such host). ' +
        "Set 'db-repositories' to a mirror you can reach, or restore a cached DB into 'cache-dir' and set 'skip-db-update: true'.",
    );
  });
});
