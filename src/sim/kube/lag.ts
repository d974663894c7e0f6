/** A controller's view of one object: the fingerprint it last acted on, and when the change it saw is due. */
export interface Pending {
  applied?: string;
  dueAt?: number;
}

/**
 * True when `fp` differs from what was applied and the controller's lag has passed; otherwise asks `wake` to run
 * the controller again when the change falls due. A paused controller keeps waiting without a wake-up: its
 * `resume()` wakes it (asking for one every millisecond of simulated time kept the virtual clock stepping 1 ms at
 * a time for as long as the pause lasted).
 */
export function lagDue(
  st: Pending,
  fp: string,
  now: number,
  o: { lagMs: number; paused: boolean; wake: (at: number) => void },
): boolean {
  if (st.applied === fp) {
    st.dueAt = undefined;
    return false;
  }
  if (st.dueAt === undefined) st.dueAt = now + o.lagMs;
  if (o.paused) return false;
  if (now < st.dueAt) {
    o.wake(st.dueAt);
    return false;
  }
  st.dueAt = undefined;
  return true;
}
