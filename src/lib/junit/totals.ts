/** Result types and counting, apart from the XML parser so counting an empty set loads no parser. */
export type Status = 'passed' | 'failed' | 'skipped';

export interface TestCase {
  suite: string;
  classname: string;
  name: string;
  status: Status;
  /** Failed with <error> (an unexpected exception) rather than <failure>. */
  error: boolean;
  /** Passed after one or more failed attempts (<flakyFailure>/<rerunFailure>). */
  flaky: boolean;
  seconds: number;
  file?: string;
  line?: number;
  message?: string;
  details?: string;
  report: string;
}

export interface Totals {
  total: number;
  passed: number;
  failed: number;
  errors: number;
  skipped: number;
  flaky: number;
  durationSeconds: number;
}

export interface Report {
  path: string;
  cases: TestCase[];
}

export function totals(cases: Iterable<TestCase>): Totals {
  const t: Totals = { total: 0, passed: 0, failed: 0, errors: 0, skipped: 0, flaky: 0, durationSeconds: 0 };
  let ms = 0;
  for (const c of cases) {
    t.total++;
    t[c.status]++;
    if (c.error) t.errors++;
    if (c.flaky) t.flaky++;
    ms += c.seconds * 1000;
  }
  t.durationSeconds = Math.round(ms) / 1000;
  return t;
}
