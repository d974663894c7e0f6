import type { Command } from '../command.js';

/** Each command is loaded only when it runs. Add one line per command. */
export const commands: { name: string; summary: string; load: () => Promise<Command> }[] = [
  {
    name: 'junit-summary',
    summary: 'Count and summarise JUnit XML reports (json or markdown)',
    load: async () => (await import('./junit-summary.js')).command,
  },
  {
    name: 'demo',
    summary: "Run Keelson's main job on the bundled sample service and show what GitHub would show",
    load: async () => (await import('./demo.js')).command,
  },
];
