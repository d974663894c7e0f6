export const id = 80;
export const ids = [80];
export const modules = {

/***/ 2080:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.createGitHubApi = createGitHubApi;
exports.httpStatus = httpStatus;
async function createGitHubApi(token, baseUrl) {
    const { getOctokit: make } = await __webpack_require__.e(/* import() */ 157).then(__webpack_require__.bind(__webpack_require__, 157));
    return make(token, { baseUrl, request: { retries: 0 } });
}
/** The HTTP status of an Octokit RequestError, or undefined. */
function httpStatus(error) {
    if (error && typeof error === 'object' && 'status' in error) {
        const s = error.status;
        return typeof s === 'number' ? s : undefined;
    }
    return undefined;
}


/***/ })

};
