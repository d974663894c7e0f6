/**
 * `keelson demo` as a user runs it: the sample service's pipeline through the local workflow runner, every part
 * ending as the story says (CI green on the pull request; staging and production promoted on merge; the second
 * change rolled back in production; production's good digest promoted to the DR region).
 */
import { describe, expect, it } from '@jest/globals';
import type { CliIO } from '../../src/cli/command.js';
import { runPipelineDemo } from '../../src/cli/demo-pipeline.js';
import { plain } from '../../src/cli/render-log.js';
import { Masker, maskExcept } from '../../src/lib/mask.js';

async function demo(only?: 'ci' | 'cd' | 'promote'): Promise<{ ok: boolean; out: string }> {
  let out = '';
  const masker = new Masker();
  const io: CliIO = {
    masker,
    stdout: (t, keep = []) => void (out += maskExcept(masker, t, keep)),
    stderr: (t) => void (out += masker.mask(t)),
    env: {},
    cwd: process.cwd(),
    isTTY: false,
  };
  const ok = await runPipelineDemo(io, { only, style: plain, expand: false });
  return { ok, out };
}

describe('keelson demo (the pipeline through the runner)', () => {
  it('runs the whole story', async () => {
    const r = await demo();
    if (!r.ok) console.log(r.out.slice(r.out.indexOf('② Approved'), r.out.indexOf('② Approved') + 9000));
    expect(r.out).toContain('  ✓ pull request #1: CI passed');
    expect(r.out).toContain('  ✓ pull request #1: one plan comment per Terraform root');
    expect(r.out).toContain('  ✓ merge: the reviewed plans applied');
    expect(r.out).toContain('  ✓ merge: staging and production promoted');
    // Staging's integration tests and smoke checks reach the environment's URL (its ALB on loopback).
    expect(r.out).toMatch(/✓ Integration tests {2}\d[\s\S]*✔ the environment answers \/healthz/);
    expect(r.out).toMatch(/✓ Smoke checks {2}\d/);
    expect(r.out).toContain('  ✓ second change: rolled back in production');
    expect(r.out).toContain('  ✓ promotion: production-dr runs the good digest');
    expect(r.ok).toBe(true);
  }, 600_000);

  it('--only promote deploys the first release quietly, then shows only the promotion', async () => {
    const r = await demo('promote');
    expect(r.out).not.toContain('① Pull request #1');
    expect(r.out).not.toContain('● pipeline / CI / test');
    expect(r.out).toContain('④ Promote to the DR region');
    expect(r.out).toContain('  ✓ merge: staging and production promoted');
    expect(r.out).toContain('  ✓ promotion: production-dr runs the good digest');
    expect(r.ok).toBe(true);
  }, 600_000);
});
