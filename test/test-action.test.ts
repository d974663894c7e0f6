import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { run } from '../src/actions/test/main.js';
import { runLocally, type LocalRun } from '../src/lib/local-runner.js';
import { Masker } from '../src/lib/mask.js';
import { nodeCommand, tempDir } from './helpers/tmp.js';

let ws: { dir: string; cleanup: () => void };
beforeEach(() => {
  ws = tempDir();
});
afterEach(() => ws.cleanup());

const PASSING = `<testsuites><testsuite name="math"><testcase classname="math" name="adds" time="0.5"/><testcase classname="math" name="skips"><skipped/></testcase></testsuite></testsuites>`;

function failingReport(file: string): string {
  return `<testsuite name="cart"><testcase classname="cart" name="totals" time="0.25"><failure message="expected 11 to equal 12">AssertionError: expected 11 to equal 12
    at Context.&lt;anonymous&gt; (${file}:3:7)</failure></testcase><testcase classname="cart" name="adds" time="0.25"/><testcase classname="cart" name="crashes"><error message="TypeError: x is undefined"/></testcase></testsuite>`;
}

/** A command that writes `xml` to junit.xml in its cwd and exits with `code`. */
function writer(xml: string, code = 0, extra = ''): string {
  return nodeCommand(
    `require('fs').writeFileSync('junit.xml', ${JSON.stringify(xml)}); ${extra} process.exit(${code})`,
  );
}

function act(inputs: Record<string, string>, masker?: Masker): Promise<LocalRun> {
  return runLocally(run, { inputs, env: { GITHUB_WORKSPACE: ws.dir }, masker });
}

function errorLines(r: LocalRun): string[] {
  return r.annotations.filter((a) => a.command === 'error').map((a) => a.message);
}

describe('test action', () => {
  it('runs the command, counts the report, sets outputs and writes the summary', async () => {
    const r = await act({ command: writer(PASSING), name: 'Unit' });
    expect(r.failed).toBe(false);
    expect(r.outputs).toEqual({
      total: '2',
      passed: '1',
      failed: '0',
      errors: '0',
      skipped: '1',
      flaky: '0',
      'duration-seconds': '0.5',
    });
    expect(r.summary).toContain('### ✅ Unit: 1 passed, 0 failed, 1 skipped (2 total, 500ms)');
    expect(r.log).toContain('✅ Unit: 1 passed, 0 failed, 1 skipped (2 total, 500ms)');
  });

  it('fails on failed tests with one line, annotating the failing line in the workspace', async () => {
    mkdirSync(join(ws.dir, 'test'));
    writeFileSync(join(ws.dir, 'test/cart.test.js'), '\n\n  expect(total).toBe(12)\n');
    const r = await act({ command: writer(failingReport('test/cart.test.js'), 1) });
    expect(r.failed).toBe(true);
    expect(r.outputs.failed).toBe('2');
    expect(r.outputs.errors).toBe('1');
    const annotation = r.annotations.find((a) => a.props.title === 'cart › totals');
    expect(annotation?.props).toMatchObject({ file: 'test/cart.test.js', line: '3' });
    expect(annotation?.message).toContain('expected 11 to equal 12');
    expect(errorLines(r).at(-1)).toBe('2 of 3 tests failed (1 with errors).');
    expect(r.summary.indexOf('#### Failures (2)')).toBeGreaterThan(0);
  });

  it('fail-on-failure: false keeps the step green even though the runner exited 1', async () => {
    const r = await act({ command: writer(failingReport('x.js'), 1), 'fail-on-failure': 'false' });
    expect(r.failed).toBe(false);
    expect(r.outputs.failed).toBe('2');
  });

  it('a non-zero exit with no failed test fails the step (crash after reporting)', async () => {
    const r = await act({ command: writer(PASSING, 2) });
    expect(r.failed).toBe(true);
    expect(errorLines(r)).toEqual(['The command exited with code 2 although no test failed.']);
  });

  it('names the globs when no report matched', async () => {
    const r = await act({ command: nodeCommand('process.exit(0)'), reports: 'out/**/*.xml' });
    expect(r.failed).toBe(true);
    expect(errorLines(r)).toEqual([`No JUnit report matched out/**/*.xml under ${ws.dir}.`]);
  });

  it('fail-on-empty: false turns an empty run into a warning', async () => {
    const r = await act({ reports: 'none/*.xml', 'fail-on-empty': 'false' });
    expect(r.failed).toBe(false);
    expect(r.annotations.map((a) => a.command)).toEqual(['warning']);
  });

  it('an empty report fails unless fail-on-empty is false', async () => {
    const r = await act({ command: writer('<testsuites/>') });
    expect(errorLines(r)).toEqual([
      'The 1 report(s) matched by **/junit*.xml, **/*-junit.xml, **/*.junit.xml, **/TEST-*.xml, **/test-results/**/*.xml, **/test-reports/**/*.xml, **/surefire-reports/*.xml, **/nextest/**/junit.xml contain no test cases.',
    ]);
  });

  it('caps annotations and says how many more are in the summary', async () => {
    const many = `<testsuite>${Array.from({ length: 5 }, (_, i) => `<testcase name="t${i}"><failure/></testcase>`).join('')}</testsuite>`;
    const r = await act({ command: writer(many, 1), 'max-annotations': '2' });
    expect(r.annotations.filter((a) => a.command === 'error')).toHaveLength(3); // 2 tests + the failure line
    expect(r.annotations.find((a) => a.command === 'notice')?.message).toBe(
      '3 more failed tests are listed in the job summary only.',
    );
  });

  it('runs through bash with pipefail only when asked', async () => {
    const script = `printf '%s' '${PASSING}' > junit.xml && false | true`;
    const r = await act({ command: script, shell: 'bash' });
    expect(r.failed).toBe(true);
    expect(errorLines(r)).toEqual(['The command exited with code 1 although no test failed.']);
  });

  it('does not let test output forge workflow commands, and masks secrets in it', async () => {
    const masker = new Masker();
    masker.add('hunter2-secret-value');
    const r = await act(
      {
        command: writer(
          PASSING,
          0,
          `console.log('::error::forged'); console.log('::add-mask::x'); console.log('token=hunter2-secret-value');`,
        ),
      },
      masker,
    );
    expect(r.failed).toBe(false);
    expect(r.annotations).toEqual([]);
    expect(r.log).toContain(':\u200b:error::forged');
    expect(r.log).toContain('token=***');
    expect(r.log.join('\n')).not.toContain('hunter2-secret-value');
  });

  it('reads existing reports without a command', async () => {
    mkdirSync(join(ws.dir, 'build/test-results'), { recursive: true });
    writeFileSync(join(ws.dir, 'build/test-results/TEST-a.xml'), PASSING);
    const r = await act({});
    expect(r.outputs.total).toBe('2');
    expect(r.failed).toBe(false);
  });

  it('summary: false writes no job summary', async () => {
    const r = await act({ command: writer(PASSING), summary: 'false' });
    expect(r.summary).toBe('');
  });
});

describe('test action: every bad input gives one line', () => {
  it.each([
    [
      { 'fail-on-failure': 'maybe' },
      "Invalid input 'fail-on-failure': 'maybe'. Expected a boolean: true | True | TRUE | false | False | FALSE.",
    ],
    [
      { 'fail-on-empty': 'yes' },
      "Invalid input 'fail-on-empty': 'yes'. Expected a boolean: true | True | TRUE | false | False | FALSE.",
    ],
    [
      { summary: '1' },
      "Invalid input 'summary': '1'. Expected a boolean: true | True | TRUE | false | False | FALSE.",
    ],
    [
      { 'max-annotations': '-1' },
      "Invalid input 'max-annotations': '-1'. Expected a whole number from 0 to 1000.",
    ],
    [
      { 'max-annotations': 'lots' },
      "Invalid input 'max-annotations': 'lots'. Expected a whole number from 0 to 1000.",
    ],
    [{ shell: 'zsh' }, "Invalid input 'shell': 'zsh'. Expected one of: none | bash."],
    [
      { reports: '!' },
      "Invalid input 'reports': '!'. Expected glob patterns such as reports/**/*.xml, one per line.",
    ],
    [
      { command: 'npm test | tee log' },
      "Invalid input 'command': 'npm test | tee log' uses the shell operator '|'. Expected a plain command, or set 'shell: bash' to run it through bash.",
    ],
    [{ command: "echo 'oops" }, "Invalid input 'command': unterminated single quote in 'echo 'oops'."],
    [
      { command: 'no-such-command-keelson --x' },
      "Command not found: 'no-such-command-keelson'. Install it or put it on PATH.",
    ],
  ])('%j', async (inputs, message) => {
    const r = await act(inputs);
    expect(r.failed).toBe(true);
    expect(errorLines(r)).toEqual([message]);
    expect(r.log.join('\n')).not.toMatch(/\n\s+at /); // no stack trace
  });

  it('a working directory that does not exist', async () => {
    const r = await act({ 'working-directory': 'nope' });
    expect(errorLines(r)).toEqual([
      `Invalid input 'working-directory': '${join(ws.dir, 'nope')}' is not a directory.`,
    ]);
  });

  it('a report that is not JUnit names the file', async () => {
    writeFileSync(join(ws.dir, 'junit.xml'), '<html/>');
    const r = await act({});
    expect(errorLines(r)).toEqual([
      "Report 'junit.xml' is not JUnit XML: root element is <html>, expected <testsuites> or <testsuite>.",
    ]);
  });
});
