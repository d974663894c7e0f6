/**
 * Values that must never be printed. Everything Keelson writes for people (logs, summaries, comments, CLI output)
 * passes through `mask()`; on GitHub the runner is also told with `::add-mask::` before the first print.
 * Protocol values (markers, hashes, digests, machine outputs) are never passed through it: a registered value
 * that happens to occur inside a hash would corrupt the hash.
 *
 * Each action run (and each CLI invocation) has its own Masker, carried by its context: there is no process-wide
 * one.
 */
import { errorMessage } from './errors.js';

/** Values longer than this are replaced as text, not through a regular expression. */
const LITERAL_FROM = 1_000;
/** The most source text one of the masker's regular expressions holds (V8 refuses very large ones). */
const REGEX_SOURCE_LIMIT = 16_000;

export class Masker {
  private readonly values = new Set<string>();
  /** Values of one or two characters: masked only where they stand alone (not inside a word, a hash, a number). */
  private readonly short = new Set<string>();
  private readonly patterns: MaskPattern[] = [];
  /** The values as a few bounded regular expressions, longest first; very long values are replaced as text. */
  private combined: { regexes: RegExp[]; literal: string[] } | undefined;

  /** True when `add` registers the value as a whole-text secret (the runner is told these; see `isShort`). */
  static isShort(value: string): boolean {
    return value.trim().length < 3;
  }

  add(value: string | undefined | null): void {
    if (value === undefined || value === null) return;
    const v = String(value);
    if (v.trim() === '') return;
    if (Masker.isShort(v)) {
      // Masking "ab" everywhere would destroy every message (GitHub does not mask such values at all); a short
      // secret standing alone in prose is still hidden.
      if (!this.short.has(v.trim())) {
        this.short.add(v.trim());
        this.combined = undefined;
      }
      return;
    }
    if (this.values.has(v)) return;
    this.values.add(v);
    for (const line of v.split(/\r\n|\r|\n/)) if (line.trim().length >= 3) this.values.add(line);
    this.combined = undefined;
  }

  addPattern(pattern: MaskPattern): void {
    this.patterns.push(pattern);
  }

  get size(): number {
    return this.values.size + this.short.size + this.patterns.length;
  }

  has(value: string): boolean {
    return this.values.has(value);
  }

  list(): string[] {
    return [...this.values];
  }

  /**
   * Never throws: a secret of any size (a CA bundle, a JSON document) or any number of them is masked. Values
   * up to LITERAL_FROM characters go into regular expressions of bounded size; longer ones are replaced as
   * plain text; should a regular expression still fail, every value is replaced as plain text.
   */
  mask(text: string): string {
    if (this.size === 0) return text;
    let out = text;
    if (this.values.size > 0 || this.short.size > 0) {
      try {
        this.combined ??= this.compile();
        for (const v of this.combined.literal) if (out.includes(v)) out = out.split(v).join('***');
        for (const re of this.combined.regexes) out = out.replace(re, '***');
      } catch {
        for (const v of [...this.values].sort((a, b) => b.length - a.length)) out = out.split(v).join('***');
      }
    }
    for (const p of this.patterns) out = p.hide(out);
    return out;
  }

  private compile(): { regexes: RegExp[]; literal: string[] } {
    const sorted = [...this.values].sort((a, b) => b.length - a.length);
    const literal = sorted.filter((v) => v.length > LITERAL_FROM);
    const sources = [
      ...sorted.filter((v) => v.length <= LITERAL_FROM).map(escapeRegExp),
      ...[...this.short].map((s) => `(?<![\\p{L}\\p{N}_])${escapeRegExp(s)}(?![\\p{L}\\p{N}_])`),
    ];
    const regexes: RegExp[] = [];
    let chunk: string[] = [];
    let size = 0;
    for (const s of sources) {
      if (chunk.length > 0 && size + s.length > REGEX_SOURCE_LIMIT) {
        regexes.push(new RegExp(chunk.join('|'), 'gu'));
        chunk = [];
        size = 0;
      }
      chunk.push(s);
      size += s.length + 1;
    }
    if (chunk.length > 0) regexes.push(new RegExp(chunk.join('|'), 'gu'));
    return { regexes, literal };
  }
}

/** A user's regular expression, run on a linear-time engine (RE2): `/(a+)+b/` cannot hang an action. */
export interface MaskPattern {
  readonly source: string;
  readonly flags: string;
  test(text: string): boolean;
  /** Every match replaced by `***`. */
  hide(text: string): string;
}

/**
 * Compiles `source` with flags from i, m, s (u is accepted: RE2 is Unicode-aware) on re2js, a pure-JS port of
 * RE2 that matches in linear time. Throws a SyntaxError with RE2's reason for what it does not support
 * (backreferences, lookarounds).
 */
export async function compilePattern(source: string, flags: string): Promise<MaskPattern> {
  const { RE2JS } = await import('re2js');
  let f = 0;
  if (flags.includes('i')) f |= RE2JS.CASE_INSENSITIVE;
  if (flags.includes('m')) f |= RE2JS.MULTILINE;
  if (flags.includes('s')) f |= RE2JS.DOTALL;
  let re: ReturnType<typeof RE2JS.compile>;
  try {
    re = RE2JS.compile(source, f);
  } catch (e) {
    throw new SyntaxError(errorMessage(e), { cause: e });
  }
  return {
    source,
    flags,
    test: (text) => re.matcher(text).find(),
    hide: (text) => re.matcher(text).replaceAll('***'),
  };
}

/**
 * Masks `text` except where one of `keep` occurs: protocol values shown to people (a plan hash, a commit SHA, a
 * digest) stay intact even when a registered secret happens to occur inside them; everything around them is
 * masked as usual.
 */
export function maskExcept(m: Pick<Masker, 'mask'>, text: string, keep: readonly string[]): string {
  const tokens = keep.filter((k) => k.length > 0);
  if (tokens.length === 0) return m.mask(text);
  const re = new RegExp(
    [...tokens]
      .sort((a, b) => b.length - a.length)
      .map(escapeRegExp)
      .join('|'),
    'g',
  );
  let out = '';
  let last = 0;
  for (const hit of text.matchAll(re)) {
    out += m.mask(text.slice(last, hit.index)) + hit[0];
    last = hit.index + hit[0].length;
  }
  return out + m.mask(text.slice(last));
}

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
