export const id = 5767;
export const ids = [5767];
export const modules = {

/***/ 5767:
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
    deploy: action(() => Promise.all(/* import() */[__webpack_require__.e(9829), __webpack_require__.e(5620)]).then(__webpack_require__.bind(__webpack_require__, 57321)), true),
    'deployed-image': action(() => __webpack_require__.e(/* import() */ 8242).then(__webpack_require__.bind(__webpack_require__, 18242))),
    'ecr-promote': action(() => Promise.all(/* import() */[__webpack_require__.e(7441), __webpack_require__.e(8539)]).then(__webpack_require__.bind(__webpack_require__, 8539))),
    'ecr-push': action(() => Promise.all(/* import() */[__webpack_require__.e(7441), __webpack_require__.e(7959)]).then(__webpack_require__.bind(__webpack_require__, 67959))),
    'eks-kubeconfig': action(() => __webpack_require__.e(/* import() */ 9525).then(__webpack_require__.bind(__webpack_require__, 9525))),
    'health-check': action(() => __webpack_require__.e(/* import() */ 8529).then(__webpack_require__.bind(__webpack_require__, 48529))),
    migrate: action(() => __webpack_require__.e(/* import() */ 9737).then(__webpack_require__.bind(__webpack_require__, 69737)), true),
    'terraform-apply': action(() => Promise.all(/* import() */[__webpack_require__.e(6118), __webpack_require__.e(2181)]).then(__webpack_require__.bind(__webpack_require__, 52181)), true),
    'terraform-plan': action(() => Promise.all(/* import() */[__webpack_require__.e(6118), __webpack_require__.e(8872)]).then(__webpack_require__.bind(__webpack_require__, 48872)), true),
    test: action(() => __webpack_require__.e(/* import() */ 252).then(__webpack_require__.bind(__webpack_require__, 10252))),
    'trivy-scan': action(() => Promise.all(/* import() */[__webpack_require__.e(9630), __webpack_require__.e(5538)]).then(__webpack_require__.bind(__webpack_require__, 45538))),
};


/***/ })

};
