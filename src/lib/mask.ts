/**
 * Values that must never be printed. Everything Keelson writes (logs, summaries, comments, outputs, CLI output)
 * passes through `mask()`; on GitHub the runner is also told with `::add-mask::` before the first print.
 */
export class Masker {
  private readonly values = new Set<string>();
  private readonly patterns: RegExp[] = [];
  private combined: RegExp | undefined;

  add(value: string | undefined | null): void {
    if (value === undefined || value === null) return;
    const v = String(value);
    if (v.trim().length < 3) return; // masking "a" or "" would destroy every message; GitHub does the same
    if (this.values.has(v)) return;
    this.values.add(v);
    for (const line of v.split(/\r?\n/)) if (line.trim().length >= 3) this.values.add(line);
    this.combined = undefined;
  }

  addPattern(pattern: RegExp): void {
    this.patterns.push(
      new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : pattern.flags + 'g'),
    );
  }

  get size(): number {
    return this.values.size + this.patterns.length;
  }

  has(value: string): boolean {
    return this.values.has(value);
  }

  list(): string[] {
    return [...this.values];
  }

  mask(text: string): string {
    if (this.values.size === 0 && this.patterns.length === 0) return text;
    let out = text;
    if (this.values.size > 0) {
      if (!this.combined) {
        const sorted = [...this.values].sort((a, b) => b.length - a.length).map(escapeRegExp);
        this.combined = new RegExp(sorted.join('|'), 'g');
      }
      out = out.replace(this.combined, '***');
    }
    for (const p of this.patterns) out = out.replace(p, '***');
    return out;
  }
}

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The process-wide masker used by the runner protocol and the CLI. */
export const masker = new Masker();
