import type { Clock } from '../clock.js';
import { cell, table } from '../summary.js';

export type EventLevel = 'info' | 'ok' | 'warn' | 'error';

export interface TimelineEvent {
  at: number;
  level: EventLevel;
  phase: string;
  message: string;
}

/** What happened during a rollout, in clock time: printed live and rendered into the job summary. */
export class Timeline {
  readonly events: TimelineEvent[] = [];
  readonly startedAt: number;
  constructor(
    private readonly clock: Clock,
    private readonly onEvent?: (e: TimelineEvent, t: Timeline) => void,
  ) {
    this.startedAt = clock.now();
  }
  add(phase: string, message: string, level: EventLevel = 'info'): TimelineEvent {
    const e = { at: this.clock.now(), level, phase, message };
    this.events.push(e);
    this.onEvent?.(e, this);
    return e;
  }
  offset(e: TimelineEvent): string {
    return formatOffset(e.at - this.startedAt);
  }
  render(): string {
    const icon: Record<EventLevel, string> = { info: '•', ok: '✅', warn: '⚠️', error: '❌' };
    return table(
      ['T+', '', 'Phase', 'Event'],
      this.events.map((e) => [this.offset(e), icon[e.level], cell(e.phase), cell(e.message)]),
    );
  }
}

export function formatOffset(ms: number): string {
  const s = Math.max(0, ms) / 1000;
  if (s < 60) return `${s.toFixed(1)}s`;
  const m = Math.floor(s / 60);
  return `${m}m${String(Math.floor(s - m * 60)).padStart(2, '0')}s`;
}
