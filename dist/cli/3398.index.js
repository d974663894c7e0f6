export const id = 3398;
export const ids = [3398];
export const modules = {

/***/ 23398:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

var __webpack_unused_export__;

__webpack_unused_export__ = ({ value: true });
exports.KEELSON_ACTIONS = void 0;
function action(load, post = false) {
    return {
        main: async () => {
            const m = await load();
            return (ctx) => m.run(ctx);
        },
        ...(post
            ? {
                post: async () => {
                    const m = await load();
                    const p = m.runPost;
                    if (!p)
                        throw new Error('the action module has no runPost');
                    return (ctx) => p(ctx);
                },
            }
            : {}),
    };
}
exports.KEELSON_ACTIONS = {
    deploy: action(() => Promise.all(/* import() */[__webpack_require__.e(8606), __webpack_require__.e(9856)]).then(__webpack_require__.bind(__webpack_require__, 72282)), true),
    'deployed-image': action(() => __webpack_require__.e(/* import() */ 6101).then(__webpack_require__.bind(__webpack_require__, 46101))),
    'ecr-promote': action(() => Promise.all(/* import() */[__webpack_require__.e(6434), __webpack_require__.e(5582)]).then(__webpack_require__.bind(__webpack_require__, 85582))),
    'ecr-push': action(() => Promise.all(/* import() */[__webpack_require__.e(6434), __webpack_require__.e(9048)]).then(__webpack_require__.bind(__webpack_require__, 99048))),
    'eks-kubeconfig': action(() => __webpack_require__.e(/* import() */ 7790).then(__webpack_require__.bind(__webpack_require__, 57790))),
    'health-check': action(() => __webpack_require__.e(/* import() */ 4122).then(__webpack_require__.bind(__webpack_require__, 4122))),
    migrate: action(() => __webpack_require__.e(/* import() */ 9192).then(__webpack_require__.bind(__webpack_require__, 99192)), true),
    'terraform-apply': action(() => Promise.all(/* import() */[__webpack_require__.e(2947), __webpack_require__.e(1584)]).then(__webpack_require__.bind(__webpack_require__, 31584)), true),
    'terraform-plan': action(() => Promise.all(/* import() */[__webpack_require__.e(2947), __webpack_require__.e(2239)]).then(__webpack_require__.bind(__webpack_require__, 22239)), true),
    test: action(() => __webpack_require__.e(/* import() */ 3999).then(__webpack_require__.bind(__webpack_require__, 53999))),
    'trivy-scan': action(() => Promise.all(/* import() */[__webpack_require__.e(3603), __webpack_require__.e(6409)]).then(__webpack_require__.bind(__webpack_require__, 56409))),
};


/***/ })

};
