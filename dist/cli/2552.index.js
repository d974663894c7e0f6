export const id = 2552;
export const ids = [2552];
export const modules = {

/***/ 82552:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.command = void 0;
const node_path_1 = __webpack_require__(76760);
const errors_js_1 = __webpack_require__(97268);
const diff_js_1 = __webpack_require__(28397);
const hash_js_1 = __webpack_require__(14174);
const plan_js_1 = __webpack_require__(45297);
const args_js_1 = __webpack_require__(77593);
const help = `Usage: keelson plan-diff OLD_JSON NEW_JSON

Shows what differs between two plans (each the output of 'terraform show -json <planfile>'), as terraform-apply
does when the plan to apply is not the reviewed one: resources whose actions appeared, disappeared or changed,
resources whose planned values changed, and the same for outputs. Sensitive values are never printed.

Exit status: 0 when the plans hash the same, 1 when they differ (or a file is not a plan).`;
exports.command = {
    name: 'plan-diff',
    summary: 'Show how two Terraform/OpenTofu plan JSON files differ (what apply prints on a changed plan)',
    help,
    async run(argv, io) {
        const args = (0, args_js_1.parseCommandArgs)('plan-diff', argv, {});
        if (args.positionals.length !== 2) {
            throw new errors_js_1.InputError('argv', `Expected OLD_JSON and NEW_JSON, got ${args.positionals.length} file(s).`);
        }
        const [a, b] = args.positionals.map((f) => (0, hash_js_1.hashPlan)((0, plan_js_1.readPlanFile)((0, node_path_1.resolve)(io.cwd, f))));
        const d = (0, diff_js_1.diffManifests)(a, b);
        io.stdout((0, diff_js_1.formatDiff)(d, a.hash, b.hash) + '\n');
        return d.same ? 0 : 1;
    },
};


/***/ })

};
