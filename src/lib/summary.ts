/**
 * Markdown builders with budgets. GitHub rejects a comment over 65,536 characters and a job summary over 1 MiB
 * per step; Keelson cuts at safe boundaries (between lines, closing any open code fence and <details> block)
 * and says what was cut, instead of letting the API call fail.
 */

export const COMMENT_LIMIT = 65_536;
export const SUMMARY_LIMIT = 1024 * 1024;

export type Measure = 'chars' | 'bytes';

export function size(text: string, measure: Measure): number {
  return measure === 'chars' ? text.length : Buffer.byteLength(text, 'utf8');
}

interface OpenState {
  fence?: string;
  details: number;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})(.*)$/;

function track(line: string, state: OpenState): void {
  const m = FENCE.exec(line);
  if (state.fence) {
    if (m && m[1]![0] === state.fence[0] && m[1]!.length >= state.fence.length && m[2]!.trim() === '') {
      state.fence = undefined;
    }
    return;
  }
  if (m) {
    state.fence = m[1];
    return;
  }
  const opens = (line.match(/<details[\s>]/g) ?? []).length;
  const closes = (line.match(/<\/details>/g) ?? []).length;
  state.details = Math.max(0, state.details + opens - closes);
}

function closers(state: OpenState): string {
  let out = '';
  if (state.fence) out += state.fence + '\n';
  out += '\n</details>\n'.repeat(state.details);
  return out;
}

/**
 * Cuts `md` to fit `limit`, at a line boundary, closing open fences/<details>, and appends `note(cutUnits)`
 * (default: "… N characters cut"). Returns md unchanged when it fits.
 */
export function cutMarkdown(
  md: string,
  limit: number,
  opts: { measure?: Measure; note?: (cut: number) => string } = {},
): { text: string; cut: number } {
  const measure = opts.measure ?? 'chars';
  const total = size(md, measure);
  if (total <= limit) return { text: md, cut: 0 };
  const note =
    opts.note ??
    ((cut: number) =>
      `\n> [!NOTE]\n> Output cut to fit: ${cut} ${measure === 'chars' ? 'characters' : 'bytes'} left out.\n`);
  const reserve = size(note(total), measure) + 64;
  const lines = md.split('\n');
  const state: OpenState = { details: 0 };
  let used = 0;
  let kept = 0;
  for (const line of lines) {
    const s = size(line, measure) + 1;
    const after: OpenState = { ...state };
    track(line, after);
    if (used + s + size(closers(after), measure) + reserve > limit) break;
    used += s;
    kept++;
    Object.assign(state, after);
    if (!after.fence) state.fence = undefined;
  }
  let text = lines.slice(0, kept).join('\n');
  if (kept > 0) text += '\n';
  text += closers(state);
  const cut = total - used;
  text += note(cut);
  // A single line longer than the whole budget: cut inside it as a last resort.
  if (size(text, measure) > limit) text = text.slice(0, Math.max(0, limit - 1)) + '…';
  return { text, cut };
}

/** The length of the longest run of `ch` in `text` (a loop: no spread over an input-sized array). */
export function longestRun(text: string, ch: string): number {
  let longest = 0;
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    run = text[i] === ch ? run + 1 : 0;
    if (run > longest) longest = run;
  }
  return longest;
}

/** A fenced code block whose fence is longer than any backtick run inside `text`. */
export function codeBlock(text: string, lang = ''): string {
  const fence = '`'.repeat(Math.max(2, longestRun(text, '`')) + 1);
  return `${fence}${lang}\n${text.replace(/\n$/, '')}\n${fence}`;
}

export function details(summary: string, body: string, open = false): string {
  return `<details${open ? ' open' : ''}><summary>${summary}</summary>\n\n${body}\n\n</details>`;
}

/** Escapes a value for a Markdown table cell (pipes, newlines, HTML). */
export function cell(value: string | number): string {
  return String(value)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\|/g, '\\|')
    .replace(/\r?\n/g, '<br>');
}

export function table(headers: string[], rows: (string | number)[][]): string {
  const head = `| ${headers.join(' | ')} |`;
  const sep = `| ${headers.map(() => '---').join(' | ')} |`;
  return [head, sep, ...rows.map((r) => `| ${r.map((c) => String(c)).join(' | ')} |`)].join('\n');
}
