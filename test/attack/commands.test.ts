/**
 * Forging workflow commands through what Keelson prints, and registering secrets with the runner. The log of the
 * real terraform-apply run is read the way the GitHub runner reads it (harness.ts `runnerCommands`, a model of
 * actions/runner src/Runner.Common/ActionCommand.cs: `message.TrimStart()` then `StartsWith("::")`, and the legacy
 * `##[` anywhere in the line), not the way Keelson's own test parser does.
 *
 * Each attack was tried against the real actions. Under "fixed": found in the security review and closed
 * since (each test failed before its fix). Under "blocked": tried, and the defences held.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import {
  apply,
  applied,
  approve,
  doubleWithApplyOutput,
  errors,
  openBed,
  plan,
  runnerCommands,
  type Bed,
} from './harness.js';

let bed: Bed;
beforeEach(async () => {
  bed = await openBed();
  const p = await plan(bed);
  expect(errors(p)).toEqual([]);
  approve(bed);
});
afterEach(async () => {
  await bed.cleanup();
});

/** The commands the runner would run that Keelson did not mean to issue (their data carries `FORGED`). */
const forged = (log: string[]) => runnerCommands(log).filter((c) => /FORGED/.test(c.data));

describe('fixed (found in review): U+0085 (NEL) before :: forges a workflow command', () => {
  // WAS: neutraliseLine() looks for `::` after JavaScript's trimStart(), which keeps U+0085 NEXT LINE. The
  // runner's TryParseV2 calls .NET's string.TrimStart(), which removes it (char.IsWhiteSpace('\u0085') is true),
  // then sees `::`. A Terraform output with a multi-line value (Terraform prints it after "Apply complete!" as a
  // heredoc, one value line per log line) therefore reaches the runner as a real command: an `::error` annotation
  // that reads as Keelson's, `::add-mask::` of any text, or `::stop-commands::` that swallows Keelson's own
  // commands after it. The same line in a plan's text or any other printed value does the same. Severity: medium.
  it('a Terraform output value line starting with U+0085 :: is run by the runner', async () => {
    const outputs =
      '\nOutputs:\n\nbanner = <<EOT\n' +
      '\u0085::error title=Keelson::FORGED approval check passed\n' +
      '    \u0085::stop-commands::FORGED\n' +
      'EOT\n';
    const r = await apply(
      bed,
      { 'plan-file': 'runner-temp/infra_prod.tfplan' },
      { path: doubleWithApplyOutput(bed, outputs) },
    );
    expect(errors(r)).toEqual([]);
    expect(applied(bed)).toBe(1);
    expect(forged(r.log)).toEqual([]);
  });
});

describe('fixed (found in review): a secret that starts with :: or holds ##[ is registered with the runner as another value', () => {
  // WAS: setSecret() sends `::add-mask::<value>` through escapeData(), which runs neutraliseLine() on the
  // *data*: `##[` becomes `#\u200b#[` and a leading `::` becomes `:\u200b:`. The runner registers that altered
  // string, so it never masks the real secret: Keelson's own lines are masked by its masker, but every later step
  // of the job (a `terraform output`, a deploy step echoing the value, the runner's own echo of the
  // step outputs) prints it in clear. Data after `::add-mask::` cannot start a command; it needs only %, \r and
  // \n escaped. Severity: medium (secrets with these characters are rare but generated passwords do hit them).
  it('sensitive outputs known after apply are registered exactly as they are', async () => {
    const secrets = ['::db-admin-pass-7f3a9c', 'k9##[Zq-generated-pw', '  ::leading-blank-secret'];
    const outputs = JSON.stringify(
      Object.fromEntries(
        secrets.map((value, i) => [`secret_${i}`, { sensitive: true, type: 'string', value }]),
      ),
    );
    const r = await apply(
      bed,
      { 'plan-file': 'runner-temp/infra_prod.tfplan' },
      { env: { TF_DOUBLE_APPLY_OUTPUTS: outputs } },
    );
    expect(errors(r)).toEqual([]);
    const masks = runnerCommands(r.log)
      .filter((c) => c.command === 'add-mask')
      .map((c) => c.data);
    for (const s of secrets) expect(masks).toContain(s);
  });
});

describe('blocked: command injection that Keelson neutralises', () => {
  it.each([
    ['a line starting with ::', '::error::FORGED'],
    ['indented ::', '      ::add-mask::FORGED'],
    ['a tab before ::', '\t::warning::FORGED'],
    ['legacy ##[ mid-line', 'value = "x ##[error]FORGED"'],
    ['bare \\r then ::', 'ok\r::error::FORGED'],
    ['\\r\\n then ::', 'ok\r\n::error::FORGED'],
    ['U+2028 before :: (JS trims it too)', '\u2028::error::FORGED'],
    ['U+00A0 before ::', '\u00a0::error::FORGED'],
    ['U+3000 before ::', '\u3000::error::FORGED'],
    ['zero-width space before :: (neither trims it)', '\u200b::error::FORGED'],
  ])('%s in Terraform output is inert for the runner', async (_name, line) => {
    const r = await apply(
      bed,
      { 'plan-file': 'runner-temp/infra_prod.tfplan' },
      { path: doubleWithApplyOutput(bed, `\nOutputs:\n\nbanner = <<EOT\n${line}\nEOT\n`) },
    );
    expect(applied(bed)).toBe(1);
    expect(forged(r.log)).toEqual([]);
  });

  it('output names and values in the status comment and summary never reach the log as commands', async () => {
    const outputs = JSON.stringify({
      x: { sensitive: false, type: 'string', value: '::error::FORGED\r::add-mask::FORGED\n##[error]FORGED' },
    });
    const r = await apply(
      bed,
      { 'plan-file': 'runner-temp/infra_prod.tfplan' },
      { env: { TF_DOUBLE_APPLY_OUTPUTS: outputs, TF_DOUBLE_LEAK: '1' } },
    );
    expect(errors(r)).toEqual([]);
    expect(forged(r.log)).toEqual([]);
  });

  it('a secret with regex metacharacters is masked literally, and only where it occurs', async () => {
    const secret = 'p@ss.w*rd(1)[x]+$^|{2}';
    const outputs = JSON.stringify({
      pw: { sensitive: true, type: 'string', value: secret },
      note: { sensitive: false, type: 'string', value: 'pXss-wrd1-x-2' },
    });
    const r = await apply(
      bed,
      { 'plan-file': 'runner-temp/infra_prod.tfplan', mask: 'a.b*c(d)\n/[0-9]{4}-[0-9]{4}/' },
      { env: { TF_DOUBLE_APPLY_OUTPUTS: outputs, TF_DOUBLE_LEAK: '1' } },
    );
    expect(errors(r)).toEqual([]);
    const text = r.log.filter((l) => !l.startsWith('::add-mask::')).join('\n');
    expect(text).not.toContain(secret);
    expect(text).toContain('provider: created pw = "***"');
    expect(text).toContain('provider: created note = "pXss-wrd1-x-2"');
  });
});
