import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { splitCommand } from '../src/lib/argv.js';
import { ManualClock, ScaledClock } from '../src/lib/clock.js';
import { InputError, PolicyError } from '../src/lib/errors.js';
import { run as exec, runChecked } from '../src/lib/exec.js';
import { runLocally } from '../src/lib/local-runner.js';
import { compilePattern, Masker } from '../src/lib/mask.js';
import { runAction } from '../src/lib/run-action.js';
import { codeBlock, cutMarkdown } from '../src/lib/summary.js';

const SRC = fileURLToPath(new URL('../src/', import.meta.url));

describe('runAction: one catch, never green on a throw', () => {
  const cases: [string, () => never, string][] = [
    [
      'InputError',
      () => {
        throw InputError.invalid('x', 'y', 'z');
      },
      "Invalid input 'x': 'y'. Expected z.",
    ],
    [
      'PolicyError',
      () => {
        throw new PolicyError('gate said no');
      },
      'gate said no',
    ],
    [
      'a bug',
      () => {
        throw new TypeError('boom');
      },
      'Unexpected error (a bug in Keelson, please report it): TypeError: boom',
    ],
    [
      'a string',
      () => {
        throw 'plain string';
      },
      'Unexpected error (a bug in Keelson, please report it): non-Error thrown: plain string',
    ],
    [
      'undefined',
      () => {
        throw undefined;
      },
      'Unexpected error (a bug in Keelson, please report it): non-Error thrown: undefined',
    ],
    [
      'an object',
      () => {
        throw { code: 42 };
      },
      'Unexpected error (a bug in Keelson, please report it): non-Error thrown: {"code":42}',
    ],
  ];
  it.each(cases)('%s', async (_name, thrower, line) => {
    const r = await runLocally((ctx) => runAction(ctx, async () => thrower()));
    expect(r.failed).toBe(true);
    expect(r.annotations.map((a) => a.message)).toEqual([line]);
  });
  it('prints a stack for bugs only under RUNNER_DEBUG', async () => {
    const r = await runLocally(
      (ctx) =>
        runAction(ctx, async () => {
          throw new Error('kaboom');
        }),
      { env: { RUNNER_DEBUG: '1' } },
    );
    expect(r.annotations[0]?.message).toMatch(/kaboom\n\s+at /);
  });
  it('prints PolicyError details before the failure line', async () => {
    const r = await runLocally((ctx) =>
      runAction(ctx, async () => {
        throw new PolicyError('plan changed', '+ aws_s3_bucket.logs');
      }),
    );
    expect(r.log).toEqual(['+ aws_s3_bucket.logs', '::error::plan changed']);
  });
});

describe('runner protocol', () => {
  it('escapes workflow command data and properties', async () => {
    const r = await runLocally(async (ctx) =>
      ctx.error('50% done\nnext', { file: 'a,b:c.ts', startLine: 3, title: 'T' }),
    );
    expect(r.log).toEqual(['::error title=T,file=a%2Cb%3Ac.ts,line=3::50%25 done%0Anext']);
    expect(r.annotations[0]).toEqual({
      command: 'error',
      props: { title: 'T', file: 'a,b:c.ts', line: '3' },
      message: '50% done\nnext',
    });
  });
  it('an output value holding the delimiter cannot end its block and write another output', async () => {
    const value = 'x\nghadelimiter_keelson\nforged<<E\ninjected\nE\nghadelimiter_keelson_1';
    const r = await runLocally(async (ctx) => ctx.setOutput('a', value));
    expect(r.outputs).toEqual({ a: value });
  });

  it('writes multi-line outputs with a heredoc delimiter and masks them', async () => {
    const r = await runLocally(async (ctx) => {
      ctx.setSecret('top-secret-token');
      ctx.setOutput('text', 'line 1\nline 2 top-secret-token');
    });
    expect(r.outputs.text).toBe('line 1\nline 2 ***');
    expect(r.log[0]).toBe('::add-mask::top-secret-token');
  });
  it('closes a group when the body throws', async () => {
    const r = await runLocally(async (ctx) => {
      await ctx
        .group('g', async () => {
          throw new Error('x');
        })
        .catch(() => undefined);
    });
    expect(r.log).toEqual(['::group::g', '::endgroup::']);
  });
  it('saves state for the post step', async () => {
    const r = await runLocally(async (ctx) => ctx.saveState('lease', 'held'));
    expect(r.state).toEqual({ lease: 'held' });
    const again = await runLocally(async (ctx) => ctx.info(ctx.getState('lease')), { state: r.state });
    expect(again.log).toEqual(['held']);
  });
});

describe('masker', () => {
  it('masks values, each line of multi-line values, and patterns; tiny values only where they stand alone', async () => {
    const m = new Masker();
    m.add('abc-123-secret');
    m.add('first-line\nsecond-line');
    m.add('ab');
    m.addPattern(await compilePattern('AKIA[0-9A-Z]{16}', ''));
    expect(m.mask('x abc-123-secret y second-line AKIAABCDEFGHIJKLMNOP ab')).toBe('x *** y *** *** ***');
    // A short secret inside a word, a hash or a longer number is left alone; standing alone, it is hidden.
    expect(m.mask('pin=ab, cab abc 12ab34 "ab".')).toBe('pin=***, cab abc 12ab34 "***".');
  });

  it('never tells the runner to mask a value shorter than 3 characters (it would mask every occurrence)', async () => {
    const r = await runLocally(async (ctx) => {
      ctx.setSecret('ab');
      ctx.setSecret('abc');
      ctx.info('code ab, cabbage, abc');
    });
    expect(r.log).toEqual(['::add-mask::abc', 'code ***, cabbage, ***']);
  });
});

describe('exec', () => {
  it('returns the exit code without throwing and captures both streams', async () => {
    const r = await exec([
      process.execPath,
      '-e',
      'console.log("out"); console.error("err"); process.exit(3)',
    ]);
    expect(r).toMatchObject({ exitCode: 3, stdout: 'out\n', stderr: 'err\n' });
  });
  it('passes arguments verbatim (no shell)', async () => {
    const r = await exec([process.execPath, '-e', 'console.log(process.argv[1])', '$(rm -rf /); `x` | y']);
    expect(r.stdout).toBe('$(rm -rf /); `x` | y\n');
  });
  it('runChecked names the command and shows the last stderr lines', async () => {
    await expect(
      runChecked([process.execPath, '-e', 'console.error("bad thing"); process.exit(4)']),
    ).rejects.toThrow(/failed with exit code 4:\nbad thing$/);
  });
});

describe('splitCommand', () => {
  it.each([
    ['go test ./...', ['go', 'test', './...']],
    [
      `pytest -k "not slow" --junitxml='out dir/r.xml'`,
      ['pytest', '-k', 'not slow', '--junitxml=out dir/r.xml'],
    ],
    ['a\\ b "c\\"d" \'\'', ['a b', 'c"d', '']],
    [
      'npx jest --ci --reporters=default --reporters=jest-junit',
      ['npx', 'jest', '--ci', '--reporters=default', '--reporters=jest-junit'],
    ],
    ['echo "a | b" \'&&\'', ['echo', 'a | b', '&&']],
  ])('%s', (raw, argv) => expect(splitCommand('command', raw)).toEqual(argv));
  it.each(['make test && echo ok', 'a > b', 'echo $(whoami)', 'x; y', ''])('refuses %p', (raw) => {
    expect(() => splitCommand('command', raw)).toThrow(InputError);
  });
});

describe('summary budgets', () => {
  const big = [
    '# Title',
    '',
    'intro',
    '',
    codeBlock(Array.from({ length: 500 }, (_, i) => `line ${i}`).join('\n')),
    '',
    'after',
  ].join('\n');
  it('cuts outside a code block, closes the fence and says what was cut', () => {
    const { text, cut } = cutMarkdown(big, 1000);
    expect(text.length).toBeLessThanOrEqual(1000);
    expect(cut).toBeGreaterThan(0);
    expect((text.match(/^```/gm) ?? []).length % 2).toBe(0);
    expect(text).toContain(`Output cut to fit: ${cut} characters left out.`);
  });
  it('leaves text that fits alone', () => {
    expect(cutMarkdown('short', 100)).toEqual({ text: 'short', cut: 0 });
  });
  it('measures bytes when asked (multi-byte characters)', () => {
    const { text } = cutMarkdown('é'.repeat(400) + '\n' + 'é'.repeat(400), 1000, { measure: 'bytes' });
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(1000);
  });
  it('picks a fence longer than any backticks inside', () => {
    expect(codeBlock('a ``` b')).toBe('````\na ``` b\n````');
  });
});

describe('clocks', () => {
  it('ManualClock fires sleepers in order as time advances', async () => {
    const clock = new ManualClock(0);
    const fired: number[] = [];
    void clock.sleep(300).then(() => fired.push(300));
    void clock.sleep(100).then(() => fired.push(100));
    await clock.advance(200);
    expect(fired).toEqual([100]);
    await clock.advance(100);
    expect(fired).toEqual([100, 300]);
    expect(clock.now()).toBe(300);
  });
  it('sleep rejects when aborted', async () => {
    const clock = new ManualClock(0);
    const ac = new AbortController();
    const p = clock.sleep(1000, ac.signal);
    ac.abort(new Error('cancelled'));
    await expect(p).rejects.toThrow('cancelled');
  });
  it('ScaledClock runs time faster', async () => {
    const clock = new ScaledClock(1000);
    const t0 = clock.now();
    await clock.sleep(10_000);
    expect(clock.now() - t0).toBeGreaterThanOrEqual(9_000);
  });
});

describe('one way to read an error message', () => {
  it('no product file spells out errorMessage() inline (it also reads errors from other realms)', () => {
    const inline = /instanceof Error \? \w+\.message : String\(/;
    const offenders = readdirSync(SRC, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.ts') && f !== join('lib', 'errors.ts'))
      .filter((f) => inline.test(readFileSync(join(SRC, f), 'utf8')));
    expect(offenders).toEqual([]);
  });
});
