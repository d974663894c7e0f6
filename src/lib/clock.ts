/**
 * Every wait, poll and interval in Keelson goes through a Clock so that a ten-minute rollout can be tested in
 * milliseconds while the same code runs for real.
 */
export interface Clock {
  /** Milliseconds since the epoch, as this clock sees it. */
  now(): number;
  /** Resolve after `ms` of this clock's time; reject with the signal's reason when it aborts. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

export function abortError(signal: AbortSignal): Error {
  const reason: unknown = signal.reason;
  return reason instanceof Error ? reason : new Error('aborted');
}

function realSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(abortError(signal));
    const timer = setTimeout(
      () => {
        signal?.removeEventListener('abort', onAbort);
        resolve();
      },
      Math.max(0, ms),
    );
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(abortError(signal as AbortSignal));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** The wall clock. */
export const realClock: Clock = {
  now: () => Date.now(),
  sleep: realSleep,
};

/**
 * A clock that runs `factor` times faster than the wall clock: `sleep(60_000)` with factor 600 takes 100 ms of
 * real time and `now()` advances by 60 s. Works with real I/O (emulators on loopback), unlike a manual clock.
 */
export class ScaledClock implements Clock {
  private readonly realStart = performance.now();
  constructor(
    readonly factor: number,
    private readonly start = Date.UTC(2026, 0, 1),
  ) {
    if (!(factor > 0)) throw new Error(`ScaledClock factor must be > 0, got ${factor}`);
  }
  now(): number {
    // performance.now() is sub-millisecond: at 100x, Date.now()'s 1 ms steps would be 100 ms jumps.
    return this.start + Math.floor((performance.now() - this.realStart) * this.factor);
  }
  /** Never wakes early in this clock's time (timers may fire a fraction of a millisecond early). */
  async sleep(ms: number, signal?: AbortSignal): Promise<void> {
    const until = this.now() + Math.max(0, ms);
    await realSleep(ms / this.factor, signal);
    while (this.now() < until) await realSleep(Math.max(0.1, (until - this.now()) / this.factor), signal);
  }
}

interface Timer {
  at: number;
  seq: number;
  resolve: () => void;
}

/**
 * Sleepers of a clock that moves by itself only when told to (ManualClock, the simulator's VirtualClock):
 * ordered by wake time, then by when they went to sleep; an aborted sleeper leaves the queue at once.
 */
export class TimerQueue {
  private seq = 0;
  private timers: Timer[] = [];

  get length(): number {
    return this.timers.length;
  }

  /** The earliest wake time, if anyone sleeps. */
  get nextAt(): number | undefined {
    return this.timers[0]?.at;
  }

  /** Resolves when woken at or after `at`; rejects when `signal` aborts first. */
  wait(at: number, signal?: AbortSignal): Promise<void> {
    return new Promise((resolve, reject) => {
      if (signal?.aborted) return reject(abortError(signal));
      const timer: Timer = { at, seq: this.seq++, resolve: () => undefined };
      const onAbort = (): void => {
        this.timers = this.timers.filter((t) => t !== timer);
        reject(abortError(signal as AbortSignal));
      };
      timer.resolve = () => {
        signal?.removeEventListener('abort', onAbort);
        resolve();
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      this.insert(timer);
    });
  }

  /** Wakes the earliest sleeper if it is due by `now`; false when none is. */
  wakeOne(now: number): boolean {
    const next = this.timers[0];
    if (!next || next.at > now) return false;
    this.timers.shift();
    next.resolve();
    return true;
  }

  /** Forgets every sleeper (they never wake). */
  clear(): void {
    this.timers = [];
  }

  private insert(t: Timer): void {
    let lo = 0;
    let hi = this.timers.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const m = this.timers[mid] as Timer;
      if (m.at < t.at || (m.at === t.at && m.seq < t.seq)) lo = mid + 1;
      else hi = mid;
    }
    this.timers.splice(lo, 0, t);
  }
}

/**
 * A clock that only moves when told to. `advance(ms)` fires every sleeper due by then, in order, letting
 * promise callbacks run between them. For unit tests of pure waiting logic.
 */
export class ManualClock implements Clock {
  private current: number;
  private readonly timers = new TimerQueue();
  constructor(start = Date.UTC(2026, 0, 1)) {
    this.current = start;
  }
  now(): number {
    return this.current;
  }
  /** Number of sleepers waiting. */
  get pending(): number {
    return this.timers.length;
  }
  sleep(ms: number, signal?: AbortSignal): Promise<void> {
    return this.timers.wait(this.current + Math.max(0, ms), signal);
  }
  async advance(ms: number): Promise<void> {
    const target = this.current + ms;
    for (;;) {
      await flush();
      const at = this.timers.nextAt;
      if (at === undefined || at > target) break;
      this.current = at;
      this.timers.wakeOne(at);
    }
    this.current = target;
    await flush();
  }
}

async function flush(): Promise<void> {
  for (let i = 0; i < 10; i++) await new Promise<void>((r) => setImmediate(r));
}
