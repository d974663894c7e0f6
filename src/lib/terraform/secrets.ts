/** Registers secrets with the runner and the run's masker before anything that could hold them is printed. */
import type { Log } from '../core.js';
import type { MaskRules } from './sensitive.js';

export function registerMask(log: Log, rules: MaskRules): void {
  for (const v of rules.values) log.setSecret(v);
  for (const p of rules.patterns) log.addMaskPattern(p);
}

export function registerValues(log: Log, values: Iterable<string>): void {
  for (const v of values) log.setSecret(v);
}

/**
 * Output from terraform steps, held back until the plan's sensitive values are known and registered, then
 * printed (masked) in one collapsible group per step.
 */
export class HeldLog {
  private readonly entries: { title: string; text: string }[] = [];
  constructor(private readonly log: Log) {}
  add(title: string, text: string): void {
    this.entries.push({ title, text });
  }
  async flush(): Promise<void> {
    const entries = this.entries.splice(0);
    for (const e of entries) {
      const text = e.text.replace(/\s+$/, '');
      await this.log.group(e.title, async () => {
        if (text) this.log.info(text);
      });
    }
  }
}
