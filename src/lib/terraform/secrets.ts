/** Registers secrets with the runner and the process masker before anything that could hold them is printed. */
import * as core from '../core.js';
import { masker } from '../mask.js';
import type { MaskRules } from './sensitive.js';

const registered = new WeakSet<MaskRules>();

export function registerMask(rules: MaskRules): void {
  if (registered.has(rules)) return;
  registered.add(rules);
  for (const v of rules.values) core.setSecret(v);
  for (const p of rules.patterns) masker.addPattern(p);
}

export function registerValues(values: Iterable<string>): void {
  for (const v of values) core.setSecret(v);
}

/**
 * Output from terraform steps, held back until the plan's sensitive values are known and registered, then
 * printed (masked) in one collapsible group per step.
 */
export class HeldLog {
  private readonly entries: { title: string; text: string }[] = [];
  add(title: string, text: string): void {
    this.entries.push({ title, text });
  }
  async flush(): Promise<void> {
    const entries = this.entries.splice(0);
    for (const e of entries) {
      const text = e.text.replace(/\s+$/, '');
      await core.group(e.title, async () => {
        if (text) core.info(text);
      });
    }
  }
}
