/**
 * The canary strategy's inputs (and `keelson rollout`'s flags of the same names), parsed once: `steps` with an
 * optional pause per step (`5:2m,25:5m,50:manual,100`), `step-duration`, `analysis-interval`, `failure-limit`,
 * and `action` (`run`, or `promote` / `abort` of a rollout paused at a manual gate).
 */
import { InputError } from '../errors.js';
import { formatDuration, parseDuration, type Inputs } from '../inputs.js';

export interface CanaryStep {
  /** The canary's share of users' requests, 1..100. */
  weight: number;
  /** How long the step is analysed before the weight rises; `manual`: hold until a run with `action: promote`. */
  pause: number | 'manual';
}

export type CanaryAction = 'run' | 'promote' | 'abort';

export interface CanarySettings {
  steps: CanaryStep[];
  /** Analysis cadence: every check probes once per interval. */
  analysisIntervalMs: number;
  /** Consecutive failed analyses of one check that abort the canary. */
  failureLimit: number;
  action: CanaryAction;
}

export const CANARY_DEFAULTS = {
  steps: '10,50,100',
  stepDuration: '2m',
  analysisInterval: '10s',
  failureLimit: 2,
} as const;

const STEPS_EXPECTED =
  'a comma-separated list of increasing percentages from 1 to 100, each optionally with its pause (a duration or manual), such as 5:2m,25:5m,50:manual,100';

/** `5,25:5m,50:manual,100` → steps; a step without its own pause takes `stepDurationMs`. */
export function parseCanarySteps(name: string, raw: string, stepDurationMs: number): CanaryStep[] {
  const out: CanaryStep[] = [];
  const items = raw.split(',').map((s) => s.trim());
  for (const item of items) {
    const m = /^(\d+)%?(?::(.+))?$/.exec(item);
    if (!m) throw InputError.invalid(name, raw, STEPS_EXPECTED);
    const weight = Number(m[1]);
    const prev = out[out.length - 1]?.weight ?? 0;
    // prev starts at 0: a weight of 0 is refused with the ones that do not increase.
    if (weight > 100 || weight <= prev) throw InputError.invalid(name, raw, STEPS_EXPECTED);
    let pause: CanaryStep['pause'] = stepDurationMs;
    if (m[2] !== undefined) {
      const p = m[2].trim();
      if (p === 'manual') pause = 'manual';
      else {
        try {
          pause = parseDuration(name, p, { min: 0, max: 24 * 3_600_000 });
        } catch {
          throw InputError.invalid(name, raw, STEPS_EXPECTED);
        }
      }
    }
    out.push({ weight, pause });
  }
  // split(',') gives at least one item and each one pushes a step or throws: `out` is never empty here.
  const last = out[out.length - 1] as CanaryStep;
  if (last.weight !== 100) {
    // The rollout ends with every user on the new version: a list that stops short gets its 100 % step.
    out.push({ weight: 100, pause: 0 });
  }
  return out;
}

export function readCanaryInputs(inputs: Inputs): CanarySettings {
  const stepDurationMs = inputs.duration('step-duration', CANARY_DEFAULTS.stepDuration, {
    min: 0,
    max: 24 * 3_600_000,
  });
  const analysisIntervalMs = inputs.duration('analysis-interval', CANARY_DEFAULTS.analysisInterval, {
    min: 1000,
    max: 3_600_000,
  });
  return {
    steps: parseCanarySteps(
      'steps',
      inputs.string('steps', { default: CANARY_DEFAULTS.steps }),
      stepDurationMs,
    ),
    analysisIntervalMs,
    failureLimit: inputs.integer('failure-limit', CANARY_DEFAULTS.failureLimit, { min: 1, max: 100 }),
    action: inputs.enum('action', ['run', 'promote', 'abort'] as const, 'run'),
  };
}

/** `10% for 2m, 50% until promoted, 100%` — for the timeline. */
export function describeSteps(steps: CanaryStep[]): string {
  return steps
    .map(
      (s) =>
        `${s.weight}%` +
        (s.weight === 100
          ? ''
          : s.pause === 'manual'
            ? ' until promoted'
            : ` for ${formatDuration(s.pause)}`),
    )
    .join(', ');
}
