export const id = 5582;
export const ids = [5582];
export const modules = {

/***/ 85582:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.run = run;
const core_js_1 = __webpack_require__(75188);
const context_js_1 = __webpack_require__(64892);
const inputs_js_1 = __webpack_require__(51662);
const run_action_js_1 = __webpack_require__(22081);
const settings_js_1 = __webpack_require__(18409);
async function run(ctx = core_js_1.ActionContext.fromProcess()) {
    await (0, run_action_js_1.runAction)(ctx, async () => {
        const context = (0, context_js_1.readContext)(ctx.env);
        const request = (0, settings_js_1.readPromoteSettings)(new inputs_js_1.Inputs(ctx.getInput), ctx.env);
        const { createEcr } = await __webpack_require__.e(/* import() */ 3710).then(__webpack_require__.bind(__webpack_require__, 33710));
        const { promote } = await Promise.all(/* import() */[__webpack_require__.e(8663), __webpack_require__.e(1458)]).then(__webpack_require__.bind(__webpack_require__, 91458));
        const { renderPromoteSummary } = await __webpack_require__.e(/* import() */ 4090).then(__webpack_require__.bind(__webpack_require__, 94090));
        const clients = new Map();
        const ecr = (region) => {
            let c = clients.get(region);
            if (!c) {
                c = createEcr({
                    region,
                    clock: ctx.clock,
                    env: ctx.env,
                    regionInput: region === request.sourceRegion ? 'aws-region' : 'target-region',
                });
                clients.set(region, c);
            }
            return c;
        };
        const result = await promote(request, {
            ecr,
            addSecret: (v) => ctx.setSecret(v),
            log: (line) => ctx.info(line),
        });
        for (const t of result.tags) {
            const what = t.action === 'unchanged'
                ? 'already on'
                : t.action === 'moved'
                    ? `moved from ${t.previous} to`
                    : 'added to';
            ctx.info(`${t.tag}: ${what} ${result.digest}`);
        }
        ctx.setOutput('image', result.image, { raw: true });
        ctx.setOutput('digest', result.digest, { raw: true });
        ctx.setOutput('mode', result.mode, { raw: true });
        ctx.appendSummary(renderPromoteSummary(result, context, ctx.env, ctx.clock.now()));
    });
}


/***/ })

};
