export const id = 988;
export const ids = [988];
export const modules = {

/***/ 988:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

var __webpack_unused_export__;

__webpack_unused_export__ = ({ value: true });
exports.report = report;
exports.cleanup = cleanup;
const node_fs_1 = __webpack_require__(3024);
const CLEANUP_STATE = 'terraform-cleanup';
/**
 * Writes what a terraform step returned: outputs (protocol values, never masked: a hash with a registered
 * value inside it must stay intact), the job summary (masked, hashes kept), the files for the post step to
 * remove; then throws the step's failure, if any.
 */
function report(ctx, r) {
    for (const [name, value] of Object.entries(r.outputs))
        ctx.setOutput(name, value, { raw: true });
    for (const part of r.summary)
        ctx.appendSummary(part.markdown, { keep: part.keep });
    if (r.cleanup.length > 0)
        ctx.saveState(CLEANUP_STATE, JSON.stringify(r.cleanup));
    if (r.failure)
        throw r.failure;
}
/** The post step: removes the saved plan and its JSON (they hold every value of the plan in clear). */
function cleanup(ctx) {
    const raw = ctx.getState(CLEANUP_STATE);
    if (!raw)
        return;
    let files;
    try {
        files = JSON.parse(raw);
    }
    catch {
        return;
    }
    if (!Array.isArray(files))
        return;
    let removed = 0;
    for (const f of files) {
        if (typeof f !== 'string')
            continue;
        (0, node_fs_1.rmSync)(f, { force: true });
        removed++;
    }
    ctx.info(`Removed ${removed} plan file${removed === 1 ? '' : 's'} (they hold the plan's values in clear).`);
}


/***/ })

};
