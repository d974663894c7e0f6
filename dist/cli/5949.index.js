export const id = 5949;
export const ids = [5949];
export const modules = {

/***/ 65949:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.GITHUB_LIMITS = exports.SARIF_SCHEMA = void 0;
exports.writeSarif = writeSarif;
exports.securitySeverity = securitySeverity;
exports.imageRepositoryPath = imageRepositoryPath;
exports.clearUri = clearUri;
exports.artifactUri = artifactUri;
exports.fingerprint = fingerprint;
exports.buildSarif = buildSarif;
/**
 * SARIF 2.1.0 from Trivy's JSON, with every finding: vulnerabilities, failed misconfigurations and secrets. Rule
 * ids, rule names, levels and artifact URIs follow Trivy's own SARIF writer (pkg/report/sarif.go) so alerts keep
 * their identity when a repository moves from `trivy -f sarif` to Keelson; what differs:
 *  - nothing is cut by the gate's severity filter (the gate is separate);
 *  - `security-severity` always agrees with Trivy's severity (a CVSS score outside the severity's band is not
 *    used), so code scanning and the gate never disagree about how bad a finding is;
 *  - a rule's help describes the rule, not the first package it was seen in;
 *  - ignored findings carry a SARIF suppression with the ignore file's reason;
 *  - fs/config locations are repository-relative (`%SRCROOT%`), prefixed with the scanned path;
 *  - every result has a stable `partialFingerprints` entry of its own (rule, target, package, path, resource);
 *  - GitHub's upload limits are kept (20 runs, 25,000 results and rules per run, 1,000 locations per result,
 *    10 MB gzipped): beyond them the least severe results are left out and the caller is told how many.
 */
const node_fs_1 = __webpack_require__(73024);
const node_zlib_1 = __webpack_require__(38522);
const report_js_1 = __webpack_require__(4352);
exports.SARIF_SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
/** GitHub code scanning's hard limits on one uploaded file. */
exports.GITHUB_LIMITS = {
    runs: 20,
    resultsPerRun: 25_000,
    rulesPerRun: 25_000,
    locationsPerResult: 1_000,
    gzipBytes: 10 * 1024 * 1024,
};
/** Writes the log to `file` chunk by chunk (no second copy of a large log in memory). */
function writeSarif(file, out) {
    const fd = (0, node_fs_1.openSync)(file, 'w');
    try {
        for (const c of out.chunks)
            (0, node_fs_1.writeSync)(fd, c);
    }
    finally {
        (0, node_fs_1.closeSync)(fd);
    }
}
const LEVEL = {
    CRITICAL: 'error',
    HIGH: 'error',
    MEDIUM: 'warning',
    LOW: 'note',
    UNKNOWN: 'note',
};
/** Trivy's severity → score mapping, and the band of CVSS scores GitHub reads as the same severity. */
const SCORE = {
    CRITICAL: { score: '9.5', min: 9.0, max: 10 },
    HIGH: { score: '8.0', min: 7.0, max: 8.9 },
    MEDIUM: { score: '5.5', min: 4.0, max: 6.9 },
    LOW: { score: '2.0', min: 0.1, max: 3.9 },
    UNKNOWN: { score: '0.0', min: 0, max: 0 },
};
const RULE_NAME = {
    'os-pkgs': 'OsPackageVulnerability',
    'lang-pkgs': 'LanguageSpecificPackageVulnerability',
    config: 'Misconfiguration',
    secret: 'Secret',
};
/** `security-severity` for a finding: its CVSS v3 score when inside its severity's band, else Trivy's score. */
function securitySeverity(f) {
    const band = SCORE[f.severity];
    const s = f.cvss;
    if (typeof s === 'number' && s >= band.min && s <= band.max)
        return s.toFixed(1);
    return band.score;
}
const COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
/**
 * What Trivy's SARIF uses as the URI of an OS-package finding: the target without its `(distro version)` suffix,
 * as an image repository path when it parses as an image reference (`alpine:3.10` → `library/alpine`).
 */
function imageRepositoryPath(target) {
    let input = target.replace(/\s*\([^)]*\).*$/, '');
    const at = input.indexOf('@');
    if (at >= 0)
        input = input.slice(0, at);
    const parts = input.split('/');
    let registry = 'index.docker.io';
    const first = parts[0] ?? '';
    if (parts.length > 1 && (first.includes('.') || first.includes(':') || first === 'localhost')) {
        registry = first;
        parts.shift();
    }
    const last = parts.length - 1;
    const colon = (parts[last] ?? '').lastIndexOf(':');
    if (colon > 0)
        parts[last] = parts[last].slice(0, colon);
    if (parts.length === 0 || !parts.every((p) => COMPONENT.test(p)))
        return clearUri(target);
    if (registry === 'index.docker.io' && parts.length === 1)
        parts.unshift('library');
    return parts.join('/');
}
/** Trivy's clearURI: forward slashes, and Terraform module sources turned into browsable paths. */
function clearUri(s) {
    let out = s.replace(/\\/g, '/');
    if (out.startsWith('git@github.com:')) {
        out = out.replace('git@github.com:', 'github.com/').replace(/\.git/g, '').replace('?ref=', '/tree/');
    }
    else if (out.startsWith('git::https:/') && !out.startsWith('git::https://')) {
        out = out.slice('git::https:/'.length).replace(/\.git/g, '');
    }
    else if (out.startsWith('git::ssh://')) {
        const at = out.indexOf('@');
        if (at >= 0)
            out = out.slice(at + 1);
        out = out.replace(/\.git/g, '');
    }
    else if (out.startsWith('git::')) {
        out = out.slice(5).replace(/\.git/g, '');
    }
    else if (out.startsWith('hg::')) {
        out = out.slice(4).replace(/\.hg/g, '');
    }
    else if (out.startsWith('s3::')) {
        out = out.slice(4);
    }
    else if (out.startsWith('gcs::')) {
        out = out.slice(5);
    }
    return out;
}
function isRemote(uri) {
    return /^[a-z][a-z0-9+.-]*:\/\//i.test(uri) || uri.startsWith('github.com/');
}
/** The artifact URI of a finding, as Trivy writes it; `repoFile` says whether it is a file in the repository. */
function artifactUri(f, meta, pathPrefix) {
    const image = meta.artifactType === 'container_image' || meta.artifactType === 'vm';
    let uri;
    if (f.kind === 'vulnerabilities') {
        const path = f.pkgPath || f.target;
        uri = !f.pkgPath && f.resultClass === 'os-pkgs' ? imageRepositoryPath(f.target) : clearUri(path);
    }
    else {
        uri = clearUri(f.target);
    }
    if (uri === '')
        uri = clearUri(meta.artifactName) || '.';
    const repoFile = !image && !isRemote(uri) && !uri.startsWith('/');
    if (repoFile && pathPrefix)
        uri = `${pathPrefix.replace(/\/+$/, '')}/${uri.replace(/^\.\//, '')}`;
    return { uri, repoFile };
}
function ruleText(f) {
    const url = f.url ?? '';
    const link = url ? `[${f.id}](${url})` : f.id;
    const description = f.description || f.title;
    if (f.kind === 'vulnerabilities') {
        return {
            short: f.title,
            full: description,
            helpText: `Vulnerability ${f.id}\nSeverity: ${f.severity}\nLink: ${link}`,
            // The description is the rule's fullDescription, shown at the top of the alert: not repeated here.
            helpMarkdown: `**Vulnerability ${f.id}**\n| Severity | Link |\n| --- | --- |\n|${f.severity}|${link}|`,
        };
    }
    if (f.kind === 'misconfigurations') {
        const resolution = f.resolution ? `\nResolution: ${f.resolution}` : '';
        return {
            short: f.title,
            full: description,
            helpText: `Misconfiguration ${f.id}\nType: ${f.checkType ?? ''}\nSeverity: ${f.severity}\nCheck: ${f.title}` +
                `${resolution}\nLink: ${link}`,
            helpMarkdown: `**Misconfiguration ${f.id}**\n| Type | Severity | Check | Link |\n| --- | --- | --- | --- |\n` +
                `|${f.checkType ?? ''}|${f.severity}|${f.title}|${link}|` +
                (f.resolution ? `\n\n**Resolution:** ${f.resolution}` : ''),
        };
    }
    return {
        short: f.title,
        full: `${f.title}${f.category ? ` (${f.category})` : ''}`,
        helpText: `Secret ${f.title}\nSeverity: ${f.severity}\nRule: ${f.id}`,
        helpMarkdown: `**Secret ${f.title}**\n| Severity | Rule |\n| --- | --- |\n|${f.severity}|${f.id}|`,
    };
}
/** The result's message as a JSON string literal, built from escaped fields (no second pass over the text). */
function resultMessageJson(f, uri) {
    const id = E(f.id);
    const link = f.url ? `[${id}](${E(f.url)})` : id;
    if (f.kind === 'vulnerabilities') {
        return (`"Package: ${E(f.pkgName)}\\nInstalled Version: ${E(f.installedVersion)}\\nVulnerability ${id}\\n` +
            `Severity: ${f.severity}\\nFixed Version: ${E(f.fixedVersion)}\\nLink: ${link}"`);
    }
    if (f.kind === 'misconfigurations') {
        return (`"Artifact: ${E(uri)}\\nType: ${E(f.resultType)}\\nVulnerability ${id}\\nSeverity: ${f.severity}\\n` +
            `Message: ${E(f.message)}\\nLink: ${link}"`);
    }
    return (`"Artifact: ${E(uri)}\\nType: ${E(f.resultType)}\\nSecret ${E(f.title)}\\nSeverity: ${f.severity}\\n` +
        `Match: ${E(f.message)}"`);
}
/**
 * FNV-1a over the given strings (a separator between them), 64 bits as two 32-bit halves: a cheap, stable
 * identity hash (not a security boundary). Hashes the parts where they are, without building a key string.
 */
function fnv64(parts) {
    let h1 = 0x811c9dc5;
    let h2 = 0xcbf29ce4;
    for (let p = 0; p < parts.length; p++) {
        const text = parts[p] ?? '';
        for (let i = 0; i < text.length; i++) {
            const c = text.charCodeAt(i);
            h1 = Math.imul(h1 ^ c, 0x01000193);
            h2 = Math.imul(h2 ^ c, 0x01000193) ^ (h1 >>> 15);
        }
        h1 = Math.imul(h1 ^ 0x1f, 0x01000193);
        h2 = Math.imul(h2 ^ 0x1f, 0x01000193) ^ (h1 >>> 15);
    }
    return hex32(h1) + hex32(h2);
}
const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));
/** Eight lower-case hex digits of a 32-bit value (Number#toString(16) and padStart cost more per call). */
function hex32(h) {
    return (HEX[(h >>> 24) & 0xff] +
        HEX[(h >>> 16) & 0xff] +
        HEX[(h >>> 8) & 0xff] +
        HEX[h & 0xff]);
}
/** A stable identity for a finding, independent of line numbers (those move when unrelated lines change). */
function fingerprint(f) {
    return f.kind === 'vulnerabilities'
        ? fnv64([f.kind, f.id, f.target, f.pkgPath, f.pkgName, f.installedVersion])
        : f.kind === 'misconfigurations'
            ? fnv64([f.kind, f.id, f.target, f.resource, f.message])
            : fnv64([f.kind, f.id, f.target, f.message]);
}
/** Characters a JSON string must escape, and lone surrogates (JSON.stringify escapes those too). */
// eslint-disable-next-line no-control-regex -- the control characters JSON must escape
const NEEDS_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/;
/** A JSON string literal: quoted as it is when nothing needs escaping (most values), else JSON.stringify. */
function Q(text) {
    return NEEDS_ESCAPE.test(text) ? JSON.stringify(text) : `"${text}"`;
}
/** The inside of a JSON string literal for `text` ('' for undefined). */
function E(text) {
    if (!text)
        return '';
    return NEEDS_ESCAPE.test(text) ? JSON.stringify(text).slice(1, -1) : text;
}
const J = JSON.stringify;
const CHUNK_BYTES = 1 << 20;
const LEGACY_COMMAND = Buffer.from('##[');
/**
 * Collects JSON text as UTF-8 in buffers of about a megabyte: encoded once, then deflated (to bound the gzipped
 * size) and written as they are. `##[` (the legacy workflow-command prefix, read anywhere in a printed line) is
 * written `##\u005b`, the same string to any JSON parser, since `keelson trivy-sarif` prints the log; it can
 * only occur inside a JSON string, and no string is split across buffers.
 */
class Chunks {
    measureAbove;
    chunks = [];
    buf = Buffer.allocUnsafe(CHUNK_BYTES);
    off = 0;
    bytes = 0;
    /** Deflated sizes of the chunks, measured on libuv's thread pool while the next chunks are written. */
    deflated;
    /** Past this many bytes the file might not fit GitHub's gzipped limit: chunks are measured from then on. */
    constructor(measureAbove) {
        this.measureAbove = measureAbove;
    }
    push(part) {
        if (this.off + part.length * 3 > this.buf.length) {
            this.flush();
            if (part.length * 3 > this.buf.length)
                this.buf = Buffer.allocUnsafe(part.length * 3);
        }
        this.off += this.buf.write(part, this.off, 'utf8');
    }
    flush() {
        if (this.off === 0)
            return;
        let chunk = this.buf.subarray(0, this.off);
        if (chunk.indexOf(LEGACY_COMMAND) >= 0) {
            chunk = Buffer.from(chunk.toString('utf8').replace(/##\[/g, '##\\u005b'), 'utf8');
        }
        this.chunks.push(chunk);
        this.bytes += chunk.length;
        this.buf = Buffer.allocUnsafe(CHUNK_BYTES);
        this.off = 0;
        if (this.deflated)
            this.deflated.push(deflatedSize(chunk));
        else if (this.bytes > this.measureAbove)
            this.deflated = this.chunks.map(deflatedSize);
    }
    /**
     * A conservative estimate of the gzipped size, or undefined when the raw size already fits: each chunk deflated
     * on its own (without a window shared across chunks, which in practice only makes it larger than deflating
     * the whole), at the fastest level (in practice larger than the default level codeql-action uses), plus
     * gzip's 18 bytes of header and trailer.
     */
    async gzipEstimate() {
        if (!this.deflated)
            return undefined;
        const sizes = await Promise.all(this.deflated);
        return sizes.reduce((a, b) => a + b, 18);
    }
}
function deflatedSize(chunk) {
    return new Promise((resolve, reject) => {
        (0, node_zlib_1.deflateRaw)(chunk, { level: 1 }, (e, out) => (e ? reject(e) : resolve(out.length)));
    });
}
function location(artifact, start, end, messageJson) {
    return (`{"physicalLocation":{"artifactLocation":${artifact},"region":{"startLine":${start},` +
        `"endLine":${end >= start ? end : start}}},"message":{"text":${messageJson}}}`);
}
/** The findings of a run in the order they go into the SARIF: the most severe first, report order within. */
function severityOrder(findings) {
    const buckets = [[], [], [], [], []];
    for (const f of findings)
        buckets[report_js_1.SEVERITY_RANK[f.severity]].push(f);
    // Array#flat is generic (and slow on 50,000 elements): concatenate by hand.
    const out = new Array(findings.length);
    let k = 0;
    for (const b of buckets)
        for (let i = 0; i < b.length; i++)
            out[k++] = b[i];
    return out;
}
function resultProperties(f) {
    let p = `{"severity":"${f.severity}"`;
    if (f.kind === 'vulnerabilities') {
        // Package, installed and fixed version are in the message; the package URL identifies the package exactly.
        if (f.pkgPath)
            p += `,"packagePath":${Q(f.pkgPath)}`;
        if (f.purl)
            p += `,"purl":${Q(f.purl)}`;
    }
    else if (f.resource) {
        p += `,"resource":${Q(f.resource)}`;
    }
    return p + '}';
}
/**
 * Writes one run with the first `n` findings of `ordered` into `out`: rules first (each rule once, described by
 * its most severe finding), then results. Result text is written as it is made, so a large run never holds its
 * results twice.
 */
function writeRun(input, ordered, n, out) {
    const { meta } = input;
    const prefix = (input.pathPrefix ?? '').replace(/^\.\/?$/, '');
    const ruleIndex = new Map();
    const ruleFindings = [];
    /** Each result's rule index, looked up once. */
    const ruleOf = new Int32Array(n);
    for (let i = 0; i < n; i++) {
        const f = ordered[i];
        let r = ruleIndex.get(f.id);
        if (r === undefined) {
            r = ruleFindings.length;
            ruleIndex.set(f.id, r);
            ruleFindings.push(f);
        }
        ruleOf[i] = r;
    }
    const driver = {
        name: 'Trivy',
        fullName: 'Trivy Vulnerability Scanner',
        informationUri: 'https://github.com/aquasecurity/trivy',
        version: meta.trivyVersion || 'unknown',
    };
    out.push(`{"tool":{"driver":${J(driver).slice(0, -1)},"rules":[`);
    ruleFindings.forEach((f, i) => {
        const t = ruleText(f);
        const tag = f.kind === 'vulnerabilities' ? 'vulnerability' : f.kind === 'secrets' ? 'secret' : 'misconfiguration';
        const name = RULE_NAME[f.resultClass] ?? (f.kind === 'secrets' ? 'Secret' : 'UnknownIssue');
        out.push(`${i > 0 ? ',' : ''}{"id":${Q(f.id)},"name":"${name}","shortDescription":{"text":${Q(t.short)}},` +
            `"fullDescription":{"text":${Q(t.full)}},"defaultConfiguration":{"level":"${LEVEL[f.severity]}"},` +
            `${f.url ? `"helpUri":${Q(f.url)},` : ''}"help":{"text":${Q(t.helpText)},"markdown":${Q(t.helpMarkdown)}},` +
            `"properties":{"tags":["${tag}","security","${f.severity}"],"precision":"very-high",` +
            `"security-severity":"${securitySeverity(f)}"}}`);
    });
    out.push(']}},"results":[');
    const osUris = new Map();
    const fileUris = new Map();
    let suppressed = 0;
    for (let i = 0; i < n; i++) {
        const f = ordered[i];
        // Keyed by the report's own strings (their hashes are cached): no key string is built per result.
        const byTarget = f.kind === 'vulnerabilities' && f.resultClass === 'os-pkgs' && !f.pkgPath ? osUris : fileUris;
        let perTarget = byTarget.get(f.target);
        if (!perTarget) {
            perTarget = new Map();
            byTarget.set(f.target, perTarget);
        }
        const path = f.kind === 'vulnerabilities' ? (f.pkgPath ?? '') : '';
        let loc = perTarget.get(path);
        if (!loc) {
            const a = artifactUri(f, meta, prefix);
            loc = {
                uri: a.uri,
                uriText: E(a.uri),
                json: `{"uri":${Q(a.uri)}${a.repoFile ? ',"uriBaseId":"%SRCROOT%"' : ''}}`,
                packages: undefined,
            };
            perTarget.set(path, loc);
        }
        const { uri, json: artifact } = loc;
        let locations;
        if (f.kind === 'vulnerabilities' && f.locations && f.locations.length > 0) {
            // A package's lines in a lock file: written once per package and reused for its other vulnerabilities.
            // Keyed by package, then version (the report's strings): no key string is built per result.
            const name = f.pkgName ?? '';
            const version = f.installedVersion ?? '';
            loc.packages ??= new Map();
            let versions = loc.packages.get(name);
            if (!versions) {
                versions = new Map();
                loc.packages.set(name, versions);
            }
            let cached = versions.get(version);
            if (cached === undefined) {
                const whereJson = `"${loc.uriText}: ${E(name)}@${E(version)}"`;
                cached = '';
                const m = Math.min(f.locations.length, exports.GITHUB_LIMITS.locationsPerResult);
                for (let j = 0; j < m; j++) {
                    const sp = f.locations[j];
                    cached += (j ? ',' : '') + location(artifact, sp.startLine, sp.endLine, whereJson);
                }
                versions.set(version, cached);
            }
            locations = cached;
        }
        else if (f.kind === 'vulnerabilities') {
            // Escaped part by part: the same JSON as escaping the joined text, without building it first.
            locations = location(artifact, 1, 1, `"${loc.uriText}: ${E(f.pkgName)}@${E(f.installedVersion)}"`);
        }
        else {
            locations = location(artifact, f.startLine ?? 1, f.endLine ?? f.startLine ?? 1, `"${loc.uriText}"`);
        }
        let json = `${i ? ',' : ''}{"ruleId":${Q(f.id)},"ruleIndex":${ruleOf[i]},"level":"${LEVEL[f.severity]}",` +
            `"message":{"text":${resultMessageJson(f, uri)}},"locations":[${locations}],` +
            `"partialFingerprints":{"keelsonFinding/v1":"${fingerprint(f)}"},"properties":${resultProperties(f)}`;
        const ignored = input.ignoredBy?.(f);
        if (ignored) {
            suppressed++;
            const justification = `${ignored.reason ?? 'Ignored'} (${ignored.where}` +
                `${ignored.expires ? `, until ${ignored.expires.text}` : ''})`;
            json += `,"suppressions":[{"kind":"external","status":"accepted","justification":${Q(justification)}}]`;
        }
        out.push(json + '}');
    }
    const run = {
        automationDetails: { id: `${input.category}/` },
        columnKind: 'utf16CodeUnits',
    };
    if (meta.artifactType === 'container_image') {
        run.properties = {
            imageName: meta.artifactName,
            repoTags: meta.repoTags,
            repoDigests: meta.repoDigests,
            imageID: meta.imageId,
        };
    }
    out.push(`],${J(run).slice(1)}`);
    return {
        category: input.category,
        findings: ordered.length,
        results: n,
        rules: ruleFindings.length,
        omitted: ordered.length - n,
        suppressed,
    };
}
async function render(inputs, ordered, keep, maxGzip) {
    // Gzip never makes text much larger than its UTF-8 size: measure only when the raw size does not settle it.
    const out = new Chunks(maxGzip - 64);
    out.push(`{"version":"2.1.0","$schema":${J(exports.SARIF_SCHEMA)},"runs":[`);
    const runs = inputs.map((input, i) => {
        if (i > 0)
            out.push(',');
        return writeRun(input, ordered[i], keep[i], out);
    });
    out.push(']}');
    out.flush();
    return { chunks: out.chunks, bytes: out.bytes, runs, gz: await out.gzipEstimate() };
}
/**
 * Builds the SARIF log for one or more scans (one run each). The rules of a run list only rules that have a
 * result in the file.
 */
async function buildSarif(inputs, limits = {}) {
    if (inputs.length > exports.GITHUB_LIMITS.runs) {
        throw new RangeError(`SARIF: ${inputs.length} runs; GitHub accepts at most ${exports.GITHUB_LIMITS.runs} per file`);
    }
    const maxResults = Math.min(limits.resultsPerRun ?? exports.GITHUB_LIMITS.resultsPerRun, exports.GITHUB_LIMITS.resultsPerRun);
    const maxGzip = limits.gzipBytes ?? exports.GITHUB_LIMITS.gzipBytes;
    const ordered = inputs.map((i) => severityOrder(i.findings));
    const counted = ordered.map((o) => Math.min(o.length, maxResults));
    let log = await render(inputs, ordered, counted, maxGzip);
    let gzipBytes = log.gz;
    let cutForSize = false;
    if (gzipBytes !== undefined && gzipBytes > maxGzip) {
        // Keep the same share of every run, the most severe first: binary search on the share, in 1/4096 steps.
        cutForSize = true;
        const keepAt = (q) => counted.map((c) => Math.floor((c * q) / 4096));
        let lo = 0;
        let hi = 4095;
        let best = await render(inputs, ordered, keepAt(0), maxGzip);
        while (lo < hi) {
            const mid = Math.ceil((lo + hi) / 2);
            const l = await render(inputs, ordered, keepAt(mid), maxGzip);
            if ((l.gz ?? 0) <= maxGzip) {
                best = l;
                lo = mid;
            }
            else {
                hi = mid - 1;
            }
        }
        log = best;
        gzipBytes = best.gz;
    }
    const stats = log.runs;
    const omitted = stats.reduce((n, s) => n + s.omitted, 0);
    const total = stats.reduce((n, s) => n + s.findings, 0);
    let note;
    if (omitted > 0) {
        const byResults = counted.some((c, i) => c < ordered[i].length);
        const why = [
            byResults ? `${exports.GITHUB_LIMITS.resultsPerRun.toLocaleString('en-US')} results per run` : '',
            cutForSize ? `${Math.round(maxGzip / 1024 / 1024)} MB gzipped per file` : '',
        ]
            .filter(Boolean)
            .join(' and ');
        note =
            `The SARIF file holds the ${(total - omitted).toLocaleString('en-US')} most severe of ` +
                `${total.toLocaleString('en-US')} findings (GitHub accepts at most ${why}); the JSON report has all of them.`;
    }
    const chunks = log.chunks;
    return {
        chunks,
        bytes: log.bytes,
        get text() {
            return Buffer.concat(chunks).toString('utf8');
        },
        runs: stats,
        gzipBytes,
        note,
    };
}


/***/ })

};
