export const id = 527;
export const ids = [527];
export const modules = {

/***/ 6527:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

var __webpack_unused_export__;

__webpack_unused_export__ = ({ value: true });
__webpack_unused_export__ = void 0;
exports.parseJUnit = parseJUnit;
/**
 * JUnit XML from any runner (jest-junit, pytest, go-junit-report, Surefire, TestNG, nextest, PHPUnit, mocha,
 * Catch2). Counting contract: one <testcase> is one result; failed if it has <failure> or <error>; else skipped
 * if it has <skipped>; else passed. Only <flakyFailure>/<rerunFailure> (and no failure) = passed on retry,
 * counted in `flaky`. Suite-level count attributes are ignored: real files lie.
 */
const fast_xml_parser_1 = __webpack_require__(591);
const errors_js_1 = __webpack_require__(7268);
var totals_js_1 = __webpack_require__(7617);
__webpack_unused_export__ = ({ enumerable: true, get: function () { return totals_js_1.totals; } });
const ARRAYS = new Set([
    'testsuite',
    'testcase',
    'failure',
    'error',
    'skipped',
    'flakyFailure',
    'flakyError',
    'rerunFailure',
    'rerunError',
]);
let parser;
function xmlParser() {
    parser ??= new fast_xml_parser_1.XMLParser({
        ignoreAttributes: false,
        attributeNamePrefix: '',
        textNodeName: '#text',
        parseTagValue: false,
        parseAttributeValue: false,
        processEntities: true,
        // Numeric character references (`&#10;` in every multi-line pytest and Surefire message) are decoded too.
        htmlEntities: true,
        ignoreDeclaration: true,
        ignorePiTags: true,
        trimValues: false,
        isArray: (name) => ARRAYS.has(name),
    });
    return parser;
}
function asNode(v) {
    return v !== null && typeof v === 'object' && !Array.isArray(v) ? v : undefined;
}
function nodes(v) {
    if (Array.isArray(v))
        return v.map((x) => asNode(x) ?? { '#text': String(x ?? '') });
    if (v === undefined)
        return [];
    return [asNode(v) ?? { '#text': String(v) }];
}
function attr(n, key) {
    const v = n[key];
    return typeof v === 'string' ? v : undefined;
}
function text(n) {
    const t = n['#text'];
    return typeof t === 'string' ? t : '';
}
function seconds(raw) {
    if (!raw)
        return 0;
    const n = Number(raw.replace(/,/g, ''));
    return Number.isFinite(n) && n >= 0 ? n : 0;
}
function toCase(tc, suite, report, suiteFile) {
    const failures = nodes(tc.failure);
    const errors = nodes(tc.error);
    const skipped = nodes(tc.skipped);
    const retries = [
        ...nodes(tc.flakyFailure),
        ...nodes(tc.flakyError),
        ...nodes(tc.rerunFailure),
        ...nodes(tc.rerunError),
    ];
    let status = 'passed';
    let problem;
    if (failures.length > 0 || errors.length > 0) {
        status = 'failed';
        problem = failures[0] ?? errors[0];
    }
    else if (skipped.length > 0) {
        status = 'skipped';
        problem = skipped[0];
    }
    const lineRaw = attr(tc, 'line');
    const line = lineRaw && /^\d+$/.test(lineRaw) ? Number(lineRaw) : undefined;
    const c = {
        suite,
        classname: attr(tc, 'classname') ?? attr(tc, 'class') ?? '',
        name: attr(tc, 'name') ?? '(unnamed)',
        status,
        error: errors.length > 0,
        flaky: status === 'passed' && retries.length > 0,
        seconds: seconds(attr(tc, 'time')),
        report,
    };
    const file = attr(tc, 'file') ?? attr(tc, 'filepath') ?? suiteFile;
    if (file)
        c.file = file;
    if (line !== undefined)
        c.line = line;
    if (problem) {
        const message = attr(problem, 'message');
        const details = text(problem).trim();
        if (message)
            c.message = message;
        if (details)
            c.details = details;
        if (!message && details)
            c.message = details.split('\n')[0];
    }
    return c;
}
function walkSuite(s, report, out, parentName, parentFile) {
    const name = attr(s, 'name') ?? parentName;
    const file = attr(s, 'file') ?? parentFile;
    for (const tc of nodes(s.testcase))
        out.push(toCase(tc, name, report, file));
    for (const child of nodes(s.testsuite))
        walkSuite(child, report, out, name, file);
}
/** Parses one report's text. Throws InputError when the document is not JUnit XML. */
function parseJUnit(xml, path) {
    let doc;
    try {
        doc = asNode(xmlParser().parse(xml)) ?? {};
    }
    catch (e) {
        const why = e instanceof Error ? e.message.split('\n')[0] : String(e);
        throw new errors_js_1.InputError('reports', `Report '${path}' is not valid XML: ${why}`);
    }
    const cases = [];
    const rootNames = Object.keys(doc).filter((k) => !k.startsWith('?') && k !== '#text' && k !== '#comment');
    if (doc.testsuites !== undefined) {
        for (const root of nodes(doc.testsuites))
            walkSuite(root, path, cases, '');
    }
    else if (doc.testsuite !== undefined) {
        for (const s of nodes(doc.testsuite))
            walkSuite(s, path, cases, '');
    }
    else if (xml.trim() === '') {
        throw new errors_js_1.InputError('reports', `Report '${path}' is empty: expected JUnit XML with a <testsuites> or <testsuite> root.`);
    }
    else {
        throw new errors_js_1.InputError('reports', `Report '${path}' is not JUnit XML: root element is <${rootNames[0] ?? '?'}>, expected <testsuites> or <testsuite>.`);
    }
    return { path, cases };
}


/***/ }),

/***/ 7617:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.totals = totals;
function totals(cases) {
    const t = { total: 0, passed: 0, failed: 0, errors: 0, skipped: 0, flaky: 0, durationSeconds: 0 };
    let ms = 0;
    for (const c of cases) {
        t.total++;
        t[c.status]++;
        if (c.error)
            t.errors++;
        if (c.flaky)
            t.flaky++;
        ms += c.seconds * 1000;
    }
    t.durationSeconds = Math.round(ms) / 1000;
    return t;
}


/***/ })

};
