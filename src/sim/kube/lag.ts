/** A controller's view of one object: the fingerprint it last acted on, and when the change it saw is due. */
export interface Pending {
  applied?: string;
  dueAt?: number;
}

/**
 * True when `fp` differs from what was applied and the controller's lag has passed; otherwise asks `wake` to run
 * the controller again when the change falls due (a paused controller keeps waiting).
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
  if (now < st.dueAt || o.paused) {
    o.wake(Math.max(st.dueAt, now + 1));
    return false;
  }
  st.dueAt = undefined;
  return true;
}
