export const id = 9048;
export const ids = [9048];
export const modules = {

/***/ 99048:
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
        const settings = (0, settings_js_1.readPushSettings)(new inputs_js_1.Inputs(ctx.getInput), context, ctx.env);
        for (const value of Object.values(settings.build.secrets))
            ctx.setSecret(value);
        const { createEcr } = await __webpack_require__.e(/* import() */ 3710).then(__webpack_require__.bind(__webpack_require__, 33710));
        const { pushImage } = await Promise.all(/* import() */[__webpack_require__.e(8663), __webpack_require__.e(7924)]).then(__webpack_require__.bind(__webpack_require__, 67924));
        const { renderPushSummary } = await __webpack_require__.e(/* import() */ 4090).then(__webpack_require__.bind(__webpack_require__, 94090));
        const ecr = createEcr({ region: settings.region, clock: ctx.clock, env: ctx.env });
        for (const o of settings.tags.omitted)
            ctx.info(`Tag template '${o.template}' left out: ${o.reason}.`);
        const result = await pushImage(settings, {
            ecr,
            addSecret: (v) => ctx.setSecret(v),
            log: (line) => ctx.info(line),
            streamBuild: (fn) => ctx.group(`Build (${settings.build.builder})`, () => ctx.passThrough(fn)),
            env: ctx.env,
            tempDir: context.runnerTemp || undefined,
        });
        for (const d of result.ensured.differences) {
            ctx.warning(`Repository ${result.repositoryUri}: ${d.setting} is ${d.actual}, input '${d.input}' asks for ${d.wanted}. ` +
                'ecr-push never changes an existing repository; change it where it is managed.');
        }
        ctx.setOutput('image', result.image, { raw: true });
        ctx.setOutput('digest', result.digest, { raw: true });
        ctx.setOutput('tags', result.tags.map((t) => t.tag).join('\n'), { raw: true });
        ctx.setOutput('skipped', result.skipped);
        ctx.setOutput('repository-uri', result.repositoryUri, { raw: true });
        ctx.appendSummary(renderPushSummary(result));
    });
}


/***/ })

};
