/**
 * Virtual time for the simulator: a clock that jumps to the next sleeper's wake-up time as soon as the process
 * has nothing else to do. A ten-minute rollout with 50 requests per simulated second through a load balancer
 * then runs as fast as the machine can compute it, and gives the same verdicts on a loaded 2-core machine as on
 * an idle one: however slow the real work, no simulated time passes while it happens.
 *
 * "Nothing else to do" means: several consecutive turns of the event loop in which nobody slept, nobody touched
 * the clock (the simulator's HTTP servers call `touch()` on every connection, request and response) and no
 * file-system or DNS request was pending in Node's thread pool. Every party of a simulation lives in this one
 * process and talks over loopback, where a write is readable by the peer at the next poll, so a request in
 * flight always shows up as activity within a turn or two.
 */
import type { Server as NetServer, Socket } from 'node:net';
import { abortError, TimerQueue, type Clock } from '../lib/clock.js';

const turn = (): Promise<void> => new Promise<void>((r) => setImmediate(r));
const pause = (): Promise<void> => new Promise<void>((r) => setTimeout(r, 1));

/** True while Node's thread pool works for us (file reads, DNS lookups): their callbacks are still to come. */
function threadPoolBusy(): boolean {
  return process
    .getActiveResourcesInfo()
    .some((r) => r.startsWith('FSReq') || r === 'GetAddrInfoReqWrap' || r === 'FileHandleCloseReq');
}

export class VirtualClock implements Clock {
  private current: number;
  private readonly timers = new TimerQueue();
  private activity = 0;
  private driving = false;
  private stopped = false;

  /**
   * @param start   the epoch milliseconds `now()` starts at
   * @param quietTurns  event-loop turns without activity before time moves (default 12)
   */
  constructor(
    start = Date.UTC(2026, 0, 1),
    private readonly quietTurns = 12,
  ) {
    this.current = start;
  }

  now(): number {
    return this.current;
  }

  /** Record activity the clock cannot see for itself (an HTTP request arrived, a response was sent). */
  touch(): void {
    this.activity++;
  }

  /** Sleepers waiting. */
  get pending(): number {
    return this.timers.length;
  }

  sleep(ms: number, signal?: AbortSignal): Promise<void> {
    if (signal?.aborted) return Promise.reject(abortError(signal));
    if (this.stopped) return Promise.reject(new Error('the virtual clock was stopped'));
    this.activity++;
    const woken = this.timers.wait(this.current + Math.max(0, ms), signal);
    this.drive();
    return woken;
  }

  /** Stop moving time: pending and future sleeps never resolve (used when a simulation is torn down). */
  stop(): void {
    this.stopped = true;
    this.timers.clear();
  }

  private drive(): void {
    if (this.driving) return;
    this.driving = true;
    void this.loop();
  }

  private async loop(): Promise<void> {
    try {
      while (this.timers.length > 0 && !this.stopped) {
        await this.quiet();
        const at = this.timers.nextAt;
        if (at === undefined) break;
        if (at > this.current) this.current = at;
        // Everyone due at this instant wakes together (in sleep order): simultaneous is simultaneous.
        while (this.timers.wakeOne(this.current));
      }
    } finally {
      this.driving = false;
    }
  }

  /** Resolves once the process has been idle for `quietTurns` consecutive event-loop turns. */
  private async quiet(): Promise<void> {
    let calm = 0;
    let mark = this.activity;
    while (calm < this.quietTurns) {
      await turn();
      if (this.activity !== mark) {
        mark = this.activity;
        calm = 0;
        continue;
      }
      calm++;
      if (calm === this.quietTurns && threadPoolBusy()) {
        calm = 0;
        await pause();
        mark = this.activity;
      }
    }
  }
}

/** `touch()` the clock when it is a virtual one (servers of the simulator call this on every exchange). */
export function touchClock(clock: Clock): void {
  if (clock instanceof VirtualClock) clock.touch();
}

/**
 * Makes a simulator server's traffic count as activity for a virtual clock: every connection, request and
 * finished response touches it. No-op for other clocks.
 */
export function watchServer(server: NetServer, clock: Clock): void {
  if (!(clock instanceof VirtualClock)) return;
  const touch = (): void => clock.touch();
  server.on('connection', (socket: Socket) => {
    touch();
    socket.once('close', touch);
  });
  server.on('request', (_req: unknown, res: { once(e: string, f: () => void): void }) => {
    touch();
    res.once('finish', touch);
    res.once('close', touch);
  });
}
