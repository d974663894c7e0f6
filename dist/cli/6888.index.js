export const id = 6888;
export const ids = [6888];
export const modules = {

/***/ 76888:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.keelsonRoot = keelsonRoot;
const node_fs_1 = __webpack_require__(73024);
const node_path_1 = __webpack_require__(76760);
const node_url_1 = __webpack_require__(73136);
/** The Keelson checkout this code runs from (source, test or bundle), found by walking up to package.json. */
function keelsonRoot(from = import.meta.url) {
    let dir = (0, node_path_1.dirname)((0, node_url_1.fileURLToPath)(from));
    for (;;) {
        const pkg = (0, node_path_1.join)(dir, 'package.json');
        if ((0, node_fs_1.existsSync)(pkg)) {
            try {
                if (JSON.parse((0, node_fs_1.readFileSync)(pkg, 'utf8')).name === 'keelson')
                    return dir;
            }
            catch {
                // keep walking
            }
        }
        const up = (0, node_path_1.dirname)(dir);
        if (up === dir)
            throw new Error('Cannot find the Keelson package root above ' + (0, node_url_1.fileURLToPath)(from));
        dir = up;
    }
}


/***/ })

};
