import { describe, expect, it } from '@jest/globals';
import { InputError } from '../src/lib/errors.js';
import {
  Inputs,
  formatDuration,
  parseBoolean,
  parseDuration,
  parseEnum,
  parseGlobs,
  parseInteger,
  parseList,
  parseMap,
  parsePercentList,
  parseRatio,
} from '../src/lib/inputs.js';

function errorOf(fn: () => unknown): InputError {
  try {
    fn();
  } catch (e) {
    if (e instanceof InputError) return e;
    throw e;
  }
  throw new Error('expected an InputError');
}

describe('parseBoolean', () => {
  it.each(['true', 'True', 'TRUE'])('%s is true', (v) => expect(parseBoolean('x', v)).toBe(true));
  it.each(['false', 'False', 'FALSE'])('%s is false', (v) => expect(parseBoolean('x', v)).toBe(false));
  it.each(['yes', '1', 'tRue', 'on', ''])('%s is refused with a message naming the input', (v) => {
    const e = errorOf(() => parseBoolean('fail-on-failure', v));
    expect(e.input).toBe('fail-on-failure');
    expect(e.message).toBe(
      `Invalid input 'fail-on-failure': '${v}'. Expected a boolean: true | True | TRUE | false | False | FALSE.`,
    );
  });
});

describe('parseInteger', () => {
  it('accepts whole numbers in range', () => {
    expect(parseInteger('n', '42', { min: 0, max: 100 })).toBe(42);
    expect(parseInteger('n', '-3')).toBe(-3);
  });
  it.each(['12abc', '1.5', '', ' ', '1e3', '0x10', '101', '-1'])('refuses %p', (v) => {
    expect(errorOf(() => parseInteger('max-annotations', v, { min: 0, max: 100 })).message).toBe(
      `Invalid input 'max-annotations': '${v}'. Expected a whole number from 0 to 100.`,
    );
  });
});

describe('parseDuration', () => {
  it.each([
    ['90s', 90_000],
    ['5m', 300_000],
    ['1h30m', 5_400_000],
    ['250ms', 250],
    ['1m30s', 90_000],
    ['0', 0],
    ['1.5s', 1500],
    ['2h', 7_200_000],
  ])('%s = %d ms', (raw, ms) => expect(parseDuration('d', raw)).toBe(ms));
  it.each(['5', 'm5', '5x', '30s5m', '5m5m', '', '1 h', '-5s', 's'])('refuses %p', (v) => {
    const e = errorOf(() => parseDuration('verify-window', v));
    expect(e.message).toMatch(
      /^Invalid input 'verify-window': '.*'\. Expected a duration such as 90s, 5m or 1h30m/,
    );
  });
  it('checks the range and says it', () => {
    expect(errorOf(() => parseDuration('interval', '2h', { min: 1000, max: 3_600_000 })).message).toBe(
      "Invalid input 'interval': '2h'. Expected a duration such as 90s, 5m or 1h30m (units h, m, s, ms; from 1s to 1h).",
    );
  });
  it('formats durations back', () => {
    expect(formatDuration(5_400_000)).toBe('1h30m');
    expect(formatDuration(1500)).toBe('1s500ms');
    expect(formatDuration(0)).toBe('0s');
  });
});

describe('parsePercentList', () => {
  it('accepts increasing percentages', () => {
    expect(parsePercentList('steps', '5,25,50,100')).toEqual([5, 25, 50, 100]);
    expect(parsePercentList('steps', '10%, 100%')).toEqual([10, 100]);
  });
  it.each(['5,5,100', '50,25', '0,100', '5,101', 'a,b', '', '5,,10'])('refuses %p', (v) => {
    expect(errorOf(() => parsePercentList('canary-steps', v)).message).toBe(
      `Invalid input 'canary-steps': '${v}'. Expected a comma-separated list of increasing percentages from 1 to 100, such as 5,25,50,100.`,
    );
  });
});

describe('parseEnum, parseList, parseGlobs', () => {
  it('enum lists the allowed values', () => {
    expect(parseEnum('strategy', 'rolling', ['rolling', 'blue-green'] as const)).toBe('rolling');
    expect(errorOf(() => parseEnum('strategy', 'Rolling', ['rolling', 'blue-green'] as const)).message).toBe(
      "Invalid input 'strategy': 'Rolling'. Expected one of: rolling | blue-green.",
    );
  });
  it('lists split on newlines and commas, drop blanks and comments', () => {
    expect(parseList('a, b\n\n# note\nc,')).toEqual(['a', 'b', 'c']);
    expect(parseList('a,b\nc', 'newline')).toEqual(['a,b', 'c']);
  });
  it('globs keep exclusions and refuse a bare "!"', () => {
    expect(parseGlobs('reports', '**/*.xml\n!**/tmp/**')).toEqual(['**/*.xml', '!**/tmp/**']);
    expect(errorOf(() => parseGlobs('reports', '!')).message).toMatch(/^Invalid input 'reports': '!'/);
  });
});

describe('parseMap', () => {
  it('reads YAML and JSON mappings', async () => {
    await expect(parseMap('vars', 'region: eu-west-1\ncount: 3')).resolves.toEqual({
      region: 'eu-west-1',
      count: 3,
    });
    await expect(parseMap('vars', '{"a": [1, 2]}')).resolves.toEqual({ a: [1, 2] });
  });
  it('refuses lists, scalars and broken YAML with one line that never repeats the value', async () => {
    await expect(parseMap('vars', '- a\n- b')).rejects.toThrow(
      "Invalid input 'vars': a list, not a mapping. Expected a YAML or JSON mapping",
    );
    const scalar = await parseMap('vars', 'password-s3cret').catch((x: Error) => x.message);
    expect(scalar).toMatch(/^Invalid input 'vars': a string, not a mapping\. Expected/);
    expect(scalar).not.toContain('s3cret');
    const e = await parseMap('vars', 'a: [1, 2').catch((x: unknown) => x);
    expect(e).toBeInstanceOf(InputError);
    expect((e as Error).message).toMatch(
      /^Invalid input 'vars': not valid YAML \(.+\)\. Expected a YAML or JSON mapping/,
    );
    expect((e as Error).message.split('\n')).toHaveLength(1);
  });
});

describe('Inputs', () => {
  const src: Record<string, string> = { flag: ' TRUE ', n: '7', empty: '', list: 'a\nb' };
  const inputs = new Inputs((name) => src[name] ?? '');
  it('uses defaults only when a value is absent', () => {
    expect(inputs.boolean('flag', false)).toBe(true);
    expect(inputs.boolean('missing', true)).toBe(true);
    expect(inputs.integer('n', 1)).toBe(7);
    expect(inputs.integer('empty', 9)).toBe(9);
    expect(inputs.lines('list')).toEqual(['a', 'b']);
    expect(inputs.duration('missing', '5m')).toBe(300_000);
  });
  it('says which input is required', () => {
    expect(errorOf(() => inputs.string('cluster-name', { required: true })).message).toBe(
      "Input 'cluster-name' is required.",
    );
  });
});

describe('parseRatio (one parser for every ratio input and flag)', () => {
  it.each([
    ['0.05', 0.05],
    ['5%', 0.05],
    ['1', 1],
    ['.3', 0.3],
    ['30 %', 0.3],
  ])('%s → %d', (raw, n) => expect(parseRatio('max-error-ratio', raw)).toBeCloseTo(n));
  it.each(['1.5', '150%', '-0.1', 'half', ''])('%j is refused with one line', (raw) => {
    expect(() => parseRatio('max-error-ratio', raw)).toThrow(
      `Invalid input 'max-error-ratio': '${raw}'. Expected a ratio from 0 to 1 such as 0.05 (or a percentage such as 5%).`,
    );
  });
});
