export const id = 9531;
export const ids = [9531];
export const modules = {

/***/ 9531:
/***/ ((__unused_webpack_module, exports) => {


/**
 * Typed health-check specs (parsed from YAML by `parse.ts`), the outside-system interfaces a check needs
 * (`PodSource`, `DnsResolver`) and the results the runner returns.
 *
 * Times: `interval`, `timeout`, `max-latency` and every timestamp are in milliseconds of the Clock passed to
 * the runner (the wall clock in production, a scaled or manual clock in tests).
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Inconclusive = exports.CLOUDWATCH_METRICS = void 0;
exports.isInconclusive = isInconclusive;
/** The ALB's per-target-group metrics a cloudwatch check reads (`5xx-ratio`: 5XX count / RequestCount). */
exports.CLOUDWATCH_METRICS = [
    '5xx-ratio',
    'RequestCount',
    'HTTPCode_Target_2XX_Count',
    'HTTPCode_Target_4XX_Count',
    'HTTPCode_Target_5XX_Count',
    'HTTPCode_ELB_5XX_Count',
    'TargetResponseTime',
];
/** Thrown by a probe's transport when the observer, not the target, failed (e.g. the API server is down). */
class Inconclusive extends Error {
    name = 'Inconclusive';
}
exports.Inconclusive = Inconclusive;
function isInconclusive(e) {
    return typeof e === 'object' && e !== null && e.name === 'Inconclusive';
}


/***/ })

};
