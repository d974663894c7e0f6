import { InputError } from './errors.js';

const OPERATORS = ['&&', '||', '|', ';', '>', '<', '$(', '`', '&'];

/**
 * Splits a command line into argv the way a POSIX shell tokenises words (quotes and backslashes), with no
 * expansion and no operators: a command that needs pipes or `&&` must say `shell: bash`.
 */
export function splitCommand(name: string, raw: string): string[] {
  const out: string[] = [];
  let cur = '';
  let inWord = false;
  let i = 0;
  const fail = (why: string): never => {
    throw new InputError(name, `Invalid input '${name}': ${why}.`);
  };
  while (i < raw.length) {
    const ch = raw[i] as string;
    if (ch === "'") {
      const end = raw.indexOf("'", i + 1);
      if (end < 0) fail(`unterminated single quote in '${raw}'`);
      cur += raw.slice(i + 1, end);
      inWord = true;
      i = end + 1;
    } else if (ch === '"') {
      i++;
      let closed = false;
      while (i < raw.length) {
        const c = raw[i] as string;
        if (c === '\\' && i + 1 < raw.length && '"\\$`'.includes(raw[i + 1] as string)) {
          cur += raw[i + 1];
          i += 2;
        } else if (c === '"') {
          closed = true;
          i++;
          break;
        } else {
          cur += c;
          i++;
        }
      }
      if (!closed) fail(`unterminated double quote in '${raw}'`);
      inWord = true;
    } else if (ch === '\\') {
      if (i + 1 < raw.length) {
        if (raw[i + 1] !== '\n') cur += raw[i + 1];
        inWord = raw[i + 1] !== '\n' || inWord;
      }
      i += 2;
    } else if (/\s/.test(ch)) {
      if (inWord) out.push(cur);
      cur = '';
      inWord = false;
      i++;
    } else {
      const op = OPERATORS.find((o) => raw.startsWith(o, i));
      if (op)
        fail(
          `'${raw}' uses the shell operator '${op}'. Expected a plain command, or set 'shell: bash' to run it through bash`,
        );
      cur += ch;
      inWord = true;
      i++;
    }
  }
  if (inWord) out.push(cur);
  if (out.length === 0) fail('the command is empty');
  return out;
}

/** argv for a command: split into words, or run by bash with -e -o pipefail when `shell` is 'bash'. */
export function commandArgv(name: string, raw: string, shell: 'none' | 'bash'): string[] {
  if (shell === 'bash') return ['bash', '--noprofile', '--norc', '-e', '-o', 'pipefail', '-c', raw];
  return splitCommand(name, raw);
}
