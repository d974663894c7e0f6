export const id = 4517;
export const ids = [4517];
export const modules = {

/***/ 84517:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ManualClock = exports.TimerQueue = exports.ScaledClock = exports.realClock = void 0;
exports.abortError = abortError;
function abortError(signal) {
    const reason = signal.reason;
    return reason instanceof Error ? reason : new Error('aborted');
}
function realSleep(ms, signal) {
    return new Promise((resolve, reject) => {
        if (signal?.aborted)
            return reject(abortError(signal));
        const timer = setTimeout(() => {
            signal?.removeEventListener('abort', onAbort);
            resolve();
        }, Math.max(0, ms));
        const onAbort = () => {
            clearTimeout(timer);
            reject(abortError(signal));
        };
        signal?.addEventListener('abort', onAbort, { once: true });
    });
}
/** The wall clock. */
exports.realClock = {
    now: () => Date.now(),
    sleep: realSleep,
};
/**
 * A clock that runs `factor` times faster than the wall clock: `sleep(60_000)` with factor 600 takes 100 ms of
 * real time and `now()` advances by 60 s. Works with real I/O (emulators on loopback), unlike a manual clock.
 */
class ScaledClock {
    factor;
    start;
    realStart = performance.now();
    constructor(factor, start = Date.UTC(2026, 0, 1)) {
        this.factor = factor;
        this.start = start;
        if (!(factor > 0))
            throw new Error(`ScaledClock factor must be > 0, got ${factor}`);
    }
    now() {
        // performance.now() is sub-millisecond: at 100x, Date.now()'s 1 ms steps would be 100 ms jumps.
        return this.start + Math.floor((performance.now() - this.realStart) * this.factor);
    }
    /** Never wakes early in this clock's time (timers may fire a fraction of a millisecond early). */
    async sleep(ms, signal) {
        const until = this.now() + Math.max(0, ms);
        await realSleep(ms / this.factor, signal);
        while (this.now() < until)
            await realSleep(Math.max(0.1, (until - this.now()) / this.factor), signal);
    }
}
exports.ScaledClock = ScaledClock;
/**
 * Sleepers of a clock that moves by itself only when told to (ManualClock, the simulator's VirtualClock):
 * ordered by wake time, then by when they went to sleep; an aborted sleeper leaves the queue at once.
 */
class TimerQueue {
    seq = 0;
    timers = [];
    get length() {
        return this.timers.length;
    }
    /** The earliest wake time, if anyone sleeps. */
    get nextAt() {
        return this.timers[0]?.at;
    }
    /** Resolves when woken at or after `at`; rejects when `signal` aborts first. */
    wait(at, signal) {
        return new Promise((resolve, reject) => {
            if (signal?.aborted)
                return reject(abortError(signal));
            const timer = { at, seq: this.seq++, resolve: () => undefined };
            const onAbort = () => {
                this.timers = this.timers.filter((t) => t !== timer);
                reject(abortError(signal));
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
    wakeOne(now) {
        const next = this.timers[0];
        if (!next || next.at > now)
            return false;
        this.timers.shift();
        next.resolve();
        return true;
    }
    /** Forgets every sleeper (they never wake). */
    clear() {
        this.timers = [];
    }
    insert(t) {
        let lo = 0;
        let hi = this.timers.length;
        while (lo < hi) {
            const mid = (lo + hi) >> 1;
            const m = this.timers[mid];
            if (m.at < t.at || (m.at === t.at && m.seq < t.seq))
                lo = mid + 1;
            else
                hi = mid;
        }
        this.timers.splice(lo, 0, t);
    }
}
exports.TimerQueue = TimerQueue;
/**
 * A clock that only moves when told to. `advance(ms)` fires every sleeper due by then, in order, letting
 * promise callbacks run between them. For unit tests of pure waiting logic.
 */
class ManualClock {
    current;
    timers = new TimerQueue();
    constructor(start = Date.UTC(2026, 0, 1)) {
        this.current = start;
    }
    now() {
        return this.current;
    }
    /** Number of sleepers waiting. */
    get pending() {
        return this.timers.length;
    }
    sleep(ms, signal) {
        return this.timers.wait(this.current + Math.max(0, ms), signal);
    }
    async advance(ms) {
        const target = this.current + ms;
        for (;;) {
            await flush();
            const at = this.timers.nextAt;
            if (at === undefined || at > target)
                break;
            this.current = at;
            this.timers.wakeOne(at);
        }
        this.current = target;
        await flush();
    }
}
exports.ManualClock = ManualClock;
async function flush() {
    for (let i = 0; i < 10; i++)
        await new Promise((r) => setImmediate(r));
}


/***/ })

};
