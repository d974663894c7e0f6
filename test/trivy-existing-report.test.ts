/**
 * The scan stage on a Trivy report that already exists (what the local workflow runner uses where no Trivy is
 * installed): the same gate, outputs, SARIF and summary as a scan, the ignore file applied, the report's own Trivy
 * version and where it came from in the footer.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Inputs } from '../src/lib/inputs.js';
import { ManualClock } from '../src/lib/clock.js';
import { analyzeExistingReport } from '../src/lib/trivy/scan.js';
import { readTrivyScanSettings } from '../src/lib/trivy/settings.js';
import { sarifErrors } from './helpers/sarif.js';
import { tempDir } from './helpers/tmp.js';
import { TRIVY_FIXTURES } from './helpers/trivy.js';

let root: { dir: string; cleanup: () => void };
let ws: string;
beforeEach(() => {
  root = tempDir('keelson-trivy-existing-');
  ws = join(root.dir, 'workspace');
  mkdirSync(ws);
});
afterEach(() => root.cleanup());

function settings(inputs: Record<string, string>) {
  return readTrivyScanSettings(new Inputs((n) => inputs[n] ?? ''), ws, {
    RUNNER_TEMP: join(root.dir, 'runner-temp'),
    HOME: join(root.dir, 'home'),
  });
}

describe('analyzeExistingReport', () => {
  it('gates, writes SARIF and outputs from the report, and says where the report came from', async () => {
    const lines: string[] = [];
    const report = TRIVY_FIXTURES + 'image-alpine-39.json';
    const out = await analyzeExistingReport(
      settings({ 'image-ref': 'ghcr.io/acme/app:1.2.3' }),
      {
        workspace: ws,
        clock: new ManualClock(Date.parse('2026-01-01T00:00:00Z')),
        log: (l) => lines.push(l),
      },
      { file: report, source: 'fixture of the local workflow runner' },
    );
    const jsonFile = join(root.dir, 'runner-temp', 'keelson-trivy', 'trivy-image_ghcr.io_acme_app.json');
    expect(out.outputs).toMatchObject({
      gate: 'fail',
      critical: '2',
      medium: '4',
      failing: '2',
      'json-file': jsonFile,
      'sarif-file': jsonFile.replace(/\.json$/, '.sarif'),
      'trivy-path': '',
    });
    const version = (JSON.parse(readFileSync(report, 'utf8')) as { Trivy: { Version: string } }).Trivy
      .Version;
    expect(out.outputs['trivy-version']).toBe(version);
    expect(readFileSync(jsonFile, 'utf8')).toBe(readFileSync(report, 'utf8'));
    const sarif = JSON.parse(readFileSync(out.sarifFile, 'utf8')) as { runs: { results: unknown[] }[] };
    expect(sarifErrors(sarif)).toEqual([]);
    expect(sarif.runs[0]!.results).toHaveLength(6);
    expect(out.analysis.gate.reason).toBe(
      'Gate failed: 2 CRITICAL (2 vulnerabilities; fail-on CRITICAL,HIGH).',
    );
    expect(out.analysis.markdown).toContain(`Trivy ${version} (fixture of the local workflow runner)`);
    expect(lines).toEqual([`Report: ${report} → ${jsonFile}`]);
  });

  it('applies the ignore file of the workspace', async () => {
    writeFileSync(join(ws, '.trivyignore'), 'CVE-2019-14697  # musl: never called\n');
    const lines: string[] = [];
    const out = await analyzeExistingReport(
      settings({ 'image-ref': 'ghcr.io/acme/app:1.2.3' }),
      {
        workspace: ws,
        clock: new ManualClock(Date.parse('2026-01-01T00:00:00Z')),
        log: (l) => lines.push(l),
      },
      { file: TRIVY_FIXTURES + 'image-alpine-39.json', source: 'fixture' },
    );
    // Both CRITICAL findings are CVE-2019-14697 (musl and musl-utils).
    expect(out.outputs).toMatchObject({ ignored: '2', failing: '0', gate: 'pass', critical: '2' });
    expect(lines[0]).toBe('Ignore file: .trivyignore (found in the workspace), 1 entry.');
  });

  it('a missing report is one line naming the file and its source', async () => {
    await expect(
      analyzeExistingReport(
        settings({ 'image-ref': 'ghcr.io/acme/app:1.2.3' }),
        { workspace: ws, clock: new ManualClock(0), log: () => undefined },
        { file: join(root.dir, 'nope.json'), source: 'fixture' },
      ),
    ).rejects.toThrow(`No Trivy report at ${join(root.dir, 'nope.json')} (fixture).`);
  });
});
