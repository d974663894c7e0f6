export const id = 4362;
export const ids = [4362,1981];
export const modules = {

/***/ 41981:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.CANARY_DEFAULTS = void 0;
exports.parseCanarySteps = parseCanarySteps;
exports.readCanaryInputs = readCanaryInputs;
exports.describeSteps = describeSteps;
/**
 * The canary strategy's inputs (and `keelson rollout`'s flags of the same names), parsed once: `steps` with an
 * optional pause per step (`5:2m,25:5m,50:manual,100`), `step-duration`, `analysis-interval`, `failure-limit`,
 * and `action` (`run`, or `promote` / `abort` of a rollout paused at a manual gate).
 */
const errors_js_1 = __webpack_require__(97268);
const inputs_js_1 = __webpack_require__(51662);
exports.CANARY_DEFAULTS = {
    steps: '10,50,100',
    stepDuration: '2m',
    analysisInterval: '10s',
    failureLimit: 2,
};
const STEPS_EXPECTED = 'a comma-separated list of increasing percentages from 1 to 100, each optionally with its pause (a duration or manual), such as 5:2m,25:5m,50:manual,100';
/** `5,25:5m,50:manual,100` → steps; a step without its own pause takes `stepDurationMs`. */
function parseCanarySteps(name, raw, stepDurationMs) {
    const out = [];
    const items = raw.split(',').map((s) => s.trim());
    for (const item of items) {
        const m = /^(\d+)%?(?::(.+))?$/.exec(item);
        if (!m)
            throw errors_js_1.InputError.invalid(name, raw, STEPS_EXPECTED);
        const weight = Number(m[1]);
        const prev = out[out.length - 1]?.weight ?? 0;
        // prev starts at 0: a weight of 0 is refused with the ones that do not increase.
        if (weight > 100 || weight <= prev)
            throw errors_js_1.InputError.invalid(name, raw, STEPS_EXPECTED);
        let pause = stepDurationMs;
        if (m[2] !== undefined) {
            const p = m[2].trim();
            if (p === 'manual')
                pause = 'manual';
            else {
                try {
                    pause = (0, inputs_js_1.parseDuration)(name, p, { min: 0, max: 24 * 3_600_000 });
                }
                catch {
                    throw errors_js_1.InputError.invalid(name, raw, STEPS_EXPECTED);
                }
            }
        }
        out.push({ weight, pause });
    }
    // split(',') gives at least one item and each one pushes a step or throws: `out` is never empty here.
    const last = out[out.length - 1];
    if (last.weight !== 100) {
        // The rollout ends with every user on the new version: a list that stops short gets its 100 % step.
        out.push({ weight: 100, pause: 0 });
    }
    return out;
}
function readCanaryInputs(inputs) {
    const stepDurationMs = inputs.duration('step-duration', exports.CANARY_DEFAULTS.stepDuration, {
        min: 0,
        max: 24 * 3_600_000,
    });
    const analysisIntervalMs = inputs.duration('analysis-interval', exports.CANARY_DEFAULTS.analysisInterval, {
        min: 1000,
        max: 3_600_000,
    });
    return {
        steps: parseCanarySteps('steps', inputs.string('steps', { default: exports.CANARY_DEFAULTS.steps }), stepDurationMs),
        analysisIntervalMs,
        failureLimit: inputs.integer('failure-limit', exports.CANARY_DEFAULTS.failureLimit, { min: 1, max: 100 }),
        action: inputs.enum('action', ['run', 'promote', 'abort'], 'run'),
    };
}
/** `10% for 2m, 50% until promoted, 100%` — for the timeline. */
function describeSteps(steps) {
    return steps
        .map((s) => `${s.weight}%` +
        (s.weight === 100
            ? ''
            : s.pause === 'manual'
                ? ' until promoted'
                : ` for ${(0, inputs_js_1.formatDuration)(s.pause)}`))
        .join(', ');
}


/***/ })

};
