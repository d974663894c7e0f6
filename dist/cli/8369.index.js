export const id = 8369;
export const ids = [8369];
export const modules = {

/***/ 18369:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

var __webpack_unused_export__;

__webpack_unused_export__ = ({ value: true });
exports.UK = void 0;
exports.runDeploy = runDeploy;
__webpack_unused_export__ = renderDeploySummary;
__webpack_unused_export__ = failureOf;
exports.withImage = withImage;
/**
 * The deploy action's flow, shared by the action, `keelson rollout` and the demo: manifests → objects,
 * cluster connection, checks, the rollout, and the Markdown the job summary shows.
 */
const node_events_1 = __webpack_require__(78474);
const errors_js_1 = __webpack_require__(97268);
const client_js_1 = __webpack_require__(12080);
const index_js_1 = __webpack_require__(50570);
const connect_js_1 = __webpack_require__(86470);
const manifests_js_1 = __webpack_require__(46158);
const summary_js_1 = __webpack_require__(11119);
const run_js_1 = __webpack_require__(37146);
exports.UK = `
- name: pods
  kind: kubernetes
  namespace: \${NAMESPACE}
  selector: \${SELECTOR}
  interval: 5s
  failure-threshold: 2
`;
async function runDeploy(s, deps) {
    // Every probe and wait listens to the cancel signal at once; that is expected, not a leak.
    (0, node_events_1.setMaxListeners)(0, deps.signal);
    const objects = await (0, manifests_js_1.loadManifests)({
        manifests: s.manifests,
        kustomize: s.kustomize,
        helmChart: s.helmChart,
        helmValues: s.helmValues,
        helmRelease: s.helmRelease ?? s.service,
        namespace: s.namespace,
        cwd: deps.cwd,
        kubectl: deps.kubectl,
        helm: deps.helm,
    });
    deps.transform?.(objects);
    (0, manifests_js_1.pinImages)(objects, s.images);
    const version = s.version ??
        (0, manifests_js_1.versionOf)(s.images, imageTag(objects) ?? (deps.context.sha ? deps.context.sha.slice(0, 12) : 'unversioned'));
    (0, manifests_js_1.stamp)(objects, { version, commit: deps.context.sha || undefined, runUrl: deps.context.runUrl });
    const checks = await (0, index_js_1.parseHealthChecks)(s.healthChecks.trim() ? s.healthChecks : exports.UK, { input: 'health-checks', emptyHint: 'Leave it empty for the default checks.' });
    const kube = deps.kube ??
        (await (0, connect_js_1.connect)(s.access, deps.clock, {
            setSecret: deps.setSecret,
            onRetry: (r) => deps.onWarning?.(`Kubernetes API ${r.verb} answered ${r.status}; retrying in ${r.delayMs}ms`),
        })).kube;
    const github = s.githubToken && deps.context.repo && deps.context.sha
        ? {
            api: await (0, client_js_1.createGitHubApi)(s.githubToken, deps.context.apiUrl),
            repo: deps.context.repo,
            ref: deps.context.sha,
            environment: s.environment,
            environmentUrl: s.environmentUrl,
            logUrl: deps.context.runUrl,
        }
        : undefined;
    try {
        const { result, timeline } = await (0, run_js_1.deploy)({
            kube,
            clock: deps.clock,
            signal: deps.signal,
            settings: {
                strategy: s.strategy,
                namespace: s.namespace,
                service: s.service,
                version,
                readyTimeoutMs: s.readyTimeoutMs,
                verifyWindowMs: s.verifyWindowMs,
                scaleDownDelayMs: s.scaleDownDelayMs,
                checks,
                previewUrl: s.previewUrl,
                liveUrl: s.liveUrl,
            },
            objects,
            holder: deps.holder,
            waitForLockMs: s.waitForLockMs,
            github,
            saveState: deps.saveState,
            onEvent: deps.onEvent,
            onWarning: deps.onWarning,
        });
        return { result, timeline, markdown: renderDeploySummary(s, result, timeline) };
    }
    finally {
        if (!deps.kube)
            kube.close();
    }
}
const HEADLINE = {
    promoted: '✅ Promoted',
    'rolled-back': '↩️ Rolled back',
    failed: '❌ Failed',
};
function renderDeploySummary(s, r, timeline) {
    const lines = [
        `### ${HEADLINE[r.result]}: ${s.service} ${r.version} (${s.strategy}, ${s.namespace})${r.unchanged ? ' — already live, nothing changed' : ''}`,
        '',
    ];
    if (r.rollbackReason)
        lines.push(`> ${r.rollbackReason}`, '');
    const rows = [
        ['result', r.result],
        ['version', r.version],
        ['previous version', r.previousVersion ?? '—'],
    ];
    if (r.liveColor)
        rows.push(['live color', r.liveColor]);
    if (r.detectSeconds !== undefined)
        rows.push(['detected in', `${r.detectSeconds}s`]);
    if (r.rollbackSeconds !== undefined)
        rows.push(['traffic restored in', `${r.rollbackSeconds}s`]);
    lines.push((0, summary_js_1.table)(['', ''], rows), '', '#### Timeline', '', timeline.render(), '');
    for (const c of r.checks) {
        lines.push(`#### Checks ${c.mode === 'watch' ? 'through the verify window' : 'before the switch'}`, '', (0, index_js_1.renderChecksTable)(c), '');
    }
    return lines.join('\n');
}
function failureOf(r) {
    if (r.result === 'promoted')
        return undefined;
    return new errors_js_1.PolicyError(`${r.result === 'rolled-back' ? 'Rolled back' : 'Deploy failed'}: ${r.rollbackReason ?? 'see the timeline'}`);
}
/** A transform that sets every container of the Deployments to `image` (the simulator's version switch). */
function withImage(image) {
    return (objects) => {
        for (const o of objects)
            if (o.kind === 'Deployment')
                for (const c of (0, manifests_js_1.containersOf)(o))
                    c.image = image;
    };
}
/** The tag of the first Deployment's first image (`app:v1.4.2` → `v1.4.2`), when it has one. */
function imageTag(objects) {
    const image = objects.filter((o) => o.kind === 'Deployment').flatMap(manifests_js_1.containersOf)[0]?.image;
    const m = image ? /:([\w][\w.-]{0,127})$/.exec(image.split('@')[0] ?? '') : null;
    return m && m[1] !== 'latest' ? m[1] : undefined;
}


/***/ }),

/***/ 93237:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.blueGreen = blueGreen;
exports.switchBack = switchBack;
/**
 * Blue-green: the live Service selects a color. The new version runs as the other color beside the old one,
 * is checked through a preview Service, takes all traffic in one selector patch, and is watched for the verify
 * window; any failure (or a cancel) puts the selector back on the old color, which was kept running.
 */
const manifests_js_1 = __webpack_require__(46158);
const common_js_1 = __webpack_require__(92610);
const other = (c) => (c === 'blue' ? 'green' : 'blue');
function colored(d, color, previousVersion) {
    const copy = structuredClone(d);
    const base = d.metadata.name ?? 'app';
    copy.metadata.name = `${base}-${color}`;
    copy.metadata.labels = { ...copy.metadata.labels, [manifests_js_1.LABEL.color]: color };
    if (previousVersion)
        copy.metadata.annotations = {
            ...copy.metadata.annotations,
            [manifests_js_1.ANNOTATION.previousVersion]: previousVersion,
        };
    copy.spec ??= {};
    copy.spec.selector = { matchLabels: { ...copy.spec.selector?.matchLabels, [manifests_js_1.LABEL.color]: color } };
    copy.spec.template ??= {};
    copy.spec.template.metadata = { ...copy.spec.template.metadata };
    copy.spec.template.metadata.labels = { ...copy.spec.template.metadata.labels, [manifests_js_1.LABEL.color]: color };
    return copy;
}
function withColor(s, color, name) {
    const copy = structuredClone(s);
    if (name) {
        copy.metadata = {
            name,
            namespace: s.metadata.namespace,
            labels: { ...s.metadata.labels, [manifests_js_1.LABEL.track]: 'preview' },
            annotations: s.metadata.annotations,
        };
        const spec = copy.spec ?? {};
        copy.spec = {
            selector: spec.selector,
            ports: (spec.ports ?? []).map(({ name: n, port, targetPort }) => ({ name: n, port, targetPort })),
            type: 'ClusterIP',
        };
    }
    copy.spec = { ...copy.spec, selector: { ...copy.spec?.selector, [manifests_js_1.LABEL.color]: color } };
    return copy;
}
async function blueGreen(ctx) {
    const { kube, settings, timeline, clock } = ctx;
    const ns = settings.namespace;
    const dep = (0, common_js_1.mainDeployment)(ctx.objects, settings.service);
    const svc = (0, common_js_1.frontService)(ctx.objects, settings.service, dep);
    if (!svc)
        throw new common_js_1.ApplyError(`Blue-green needs the Service that fronts Deployment ${dep.metadata.name} in the manifests.`);
    const svcName = svc.metadata.name;
    const previewName = `${svcName}-preview`;
    const base = dep.metadata.name;
    const live = await kube.get('v1', 'Service', svcName, ns);
    const liveColor = live?.spec?.selector?.[manifests_js_1.LABEL.color];
    const oldDep = liveColor
        ? await kube.get('apps/v1', 'Deployment', `${base}-${liveColor}`, ns)
        : undefined;
    const previousVersion = (0, common_js_1.versionOfLive)(oldDep);
    const checkResults = [];
    // Re-running a finished deploy changes nothing.
    if (liveColor &&
        oldDep &&
        previousVersion === settings.version &&
        (0, common_js_1.sameImages)(oldDep, colored(dep, liveColor, undefined))) {
        timeline.add('plan', `${settings.version} is already live on ${liveColor}: nothing to change`, 'ok');
        return {
            result: 'promoted',
            version: settings.version,
            previousVersion,
            liveColor,
            unchanged: true,
            checks: [],
        };
    }
    const newColor = liveColor ? other(liveColor) : 'blue';
    const newName = `${base}-${newColor}`;
    timeline.add('plan', liveColor
        ? `${previousVersion ?? 'unknown'} is live on ${liveColor}; deploying ${settings.version} as ${newColor}`
        : `first deploy: ${settings.version} as ${newColor}`);
    ctx.saveState('bg-service', svcName);
    ctx.saveState('bg-old-color', liveColor ?? '');
    ctx.saveState('bg-new-color', newColor);
    ctx.saveState('bg-base', base);
    const rest = ctx.objects.filter((o) => o !== dep && o !== svc);
    const newDep = colored(dep, newColor, previousVersion);
    const previewSvc = withColor(svc, newColor, previewName);
    const toApply = [...rest.filter((o) => o.kind !== 'Deployment'), previewSvc];
    // The live Service keeps selecting the old color until the switch; on a first deploy it is created at the switch.
    if (liveColor)
        toApply.push(withColor(svc, liveColor));
    await (0, common_js_1.applyAll)(ctx, toApply);
    await (0, common_js_1.applyAll)(ctx, [newDep, ...rest.filter((o) => o.kind === 'Deployment')]);
    const variables = (target) => ({
        NAMESPACE: ns,
        SELECTOR: (0, common_js_1.selectorString)(newDep.spec?.selector?.matchLabels ?? {}),
        PREVIEW_URL: settings.previewUrl ?? ctx.serviceUrl(previewName, (0, common_js_1.firstPort)(svc)),
        LIVE_URL: settings.liveUrl ?? ctx.serviceUrl(svcName, (0, common_js_1.firstPort)(svc)),
        TARGET_URL: target,
        VERSION: settings.version,
    });
    const previewVars = variables(settings.previewUrl ?? ctx.serviceUrl(previewName, (0, common_js_1.firstPort)(svc)));
    const liveVars = variables(settings.liveUrl ?? ctx.serviceUrl(svcName, (0, common_js_1.firstPort)(svc)));
    /** Before the switch: drop the new color; traffic never moved. */
    const abandon = async (reason) => {
        timeline.add('rollback', `${reason}; ${newColor} is scaled to 0, traffic stays on ${liveColor ?? 'nothing'}`, 'error');
        await (0, common_js_1.scale)({ ...ctx, signal: (0, common_js_1.cleanupSignal)() }, newName, 0);
        return {
            result: liveColor ? 'rolled-back' : 'failed',
            rollbackReason: reason,
            version: settings.version,
            previousVersion,
            liveColor,
            checks: checkResults,
        };
    };
    const notReady = await (0, common_js_1.waitReady)(ctx, newName);
    if (notReady)
        return abandon(`${newColor} did not become ready: ${notReady}`);
    timeline.add('rollout', `${newColor} is ready`, 'ok');
    const pre = await (0, common_js_1.checks)(ctx, 'pre-switch', 'until-healthy', settings.readyTimeoutMs, previewVars);
    if (pre)
        checkResults.push(pre);
    if (ctx.signal.aborted)
        return abandon('cancelled before the switch');
    if (pre && pre.status !== 'passed')
        return abandon(`pre-switch checks failed: ${pre.reason}`);
    // The switch: one patch of the live selector (or the Service's creation on a first deploy).
    ctx.saveState('bg-phase', 'switched');
    if (liveColor) {
        await kube.patch({ apiVersion: 'v1', kind: 'Service', name: svcName, namespace: ns }, { spec: { selector: { [manifests_js_1.LABEL.color]: newColor } } });
    }
    else {
        await kube.apply(withColor(svc, newColor));
    }
    timeline.add('switch', `live Service ${svcName} now selects ${newColor} (${settings.version})`, 'ok');
    const verify = await (0, common_js_1.checks)(ctx, 'verify', 'watch', settings.verifyWindowMs, liveVars);
    if (verify)
        checkResults.push(verify);
    if (ctx.signal.aborted || (verify && verify.status !== 'passed')) {
        const reason = ctx.signal.aborted
            ? 'cancelled during the verify window'
            : `verify window failed: ${verify?.reason}`;
        const verdictAt = verify?.verdictAt ?? clock.now();
        if (!liveColor) {
            timeline.add('rollback', `${reason}; nothing to switch back to on a first deploy`, 'error');
            return {
                result: 'failed',
                rollbackReason: reason,
                version: settings.version,
                liveColor: newColor,
                checks: checkResults,
                detectSeconds: detect(verify),
            };
        }
        const restored = await switchBack(ctx, svcName, liveColor);
        timeline.add('rollback', `${reason}; traffic is back on ${liveColor} (${previousVersion ?? 'previous'})`, 'error');
        await (0, common_js_1.scale)({ ...ctx, signal: (0, common_js_1.cleanupSignal)() }, newName, 0);
        ctx.saveState('bg-phase', 'rolled-back');
        return {
            result: 'rolled-back',
            rollbackReason: reason,
            version: settings.version,
            previousVersion,
            liveColor,
            detectSeconds: detect(verify),
            rollbackSeconds: (0, common_js_1.seconds)(restored - verdictAt),
            checks: checkResults,
        };
    }
    ctx.saveState('bg-phase', 'verified');
    timeline.add('verify', `${settings.version} passed the verify window`, 'ok');
    if (liveColor) {
        if (settings.scaleDownDelayMs > 0) {
            timeline.add('scale-down', `${liveColor} keeps running for ${Math.round(settings.scaleDownDelayMs / 1000)}s before it scales down`);
            try {
                await clock.sleep(settings.scaleDownDelayMs, ctx.signal);
            }
            catch {
                // Cancelled while waiting: the new color is verified and live; scale the old one down now.
            }
        }
        await (0, common_js_1.scale)({ ...ctx, signal: (0, common_js_1.cleanupSignal)() }, `${base}-${liveColor}`, 0);
        timeline.add('scale-down', `${liveColor} scaled to 0`);
    }
    ctx.saveState('bg-phase', 'done');
    return {
        result: 'promoted',
        version: settings.version,
        previousVersion,
        liveColor: newColor,
        checks: checkResults,
    };
}
function detect(r) {
    if (!r || r.status !== 'failed' || r.firstFailureAt === undefined)
        return undefined;
    return (0, common_js_1.seconds)(r.verdictAt - r.firstFailureAt);
}
/** Puts the live selector back on `color`; returns the clock time it took effect. Retries through API faults. */
async function switchBack(ctx, svcName, color) {
    await ctx.kube.patch({ apiVersion: 'v1', kind: 'Service', name: svcName, namespace: ctx.settings.namespace }, { spec: { selector: { [manifests_js_1.LABEL.color]: color } } });
    return ctx.clock.now();
}


/***/ }),

/***/ 92610:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ApplyError = void 0;
exports.deploymentsOf = deploymentsOf;
exports.mainDeployment = mainDeployment;
exports.frontService = frontService;
exports.firstPort = firstPort;
exports.selectorString = selectorString;
exports.images = images;
exports.sameImages = sameImages;
exports.versionOfLive = versionOfLive;
exports.applyAll = applyAll;
exports.waitReady = waitReady;
exports.checks = checks;
exports.scale = scale;
exports.cleanupSignal = cleanupSignal;
exports.seconds = seconds;
/** Building blocks shared by every strategy (rolling, blue-green; canary builds on the same). */
const index_js_1 = __webpack_require__(50570);
const kube_transport_js_1 = __webpack_require__(27909);
const client_js_1 = __webpack_require__(50301);
const manifests_js_1 = __webpack_require__(46158);
const rollout_status_js_1 = __webpack_require__(56144);
const types_js_1 = __webpack_require__(36737);
function deploymentsOf(objects) {
    return objects.filter((o) => o.kind === 'Deployment' && o.apiVersion === 'apps/v1');
}
/** The workload Deployment: the one named like the service, or the only one. */
function mainDeployment(objects, service) {
    const all = deploymentsOf(objects);
    const found = all.find((d) => d.metadata.name === service) ?? (all.length === 1 ? all[0] : undefined);
    if (!found) {
        throw new Error(all.length === 0
            ? 'The manifests contain no apps/v1 Deployment to roll out.'
            : `The manifests contain ${all.length} Deployments and none is named '${service}': set 'service' to the one to roll out.`);
    }
    return found;
}
/** The Service fronting a Deployment: named like the service, else the one whose selector matches its pods. */
function frontService(objects, service, d) {
    const services = objects.filter((o) => o.kind === 'Service');
    const labels = d.spec?.template?.metadata?.labels ?? {};
    return (services.find((s) => s.metadata.name === service) ??
        services.find((s) => {
            const sel = Object.entries(s.spec?.selector ?? {}).filter(([k]) => k !== manifests_js_1.LABEL.color);
            return sel.length > 0 && sel.every(([k, v]) => labels[k] === v);
        }));
}
/** The first port of a Service, for k8s-service:// URLs. */
function firstPort(s) {
    return s?.spec?.ports?.[0]?.port;
}
function selectorString(labels) {
    return Object.entries(labels)
        .map(([k, v]) => `${k}=${v}`)
        .join(',');
}
function images(d) {
    return (d?.spec?.template?.spec?.containers ?? []).map((c) => `${c.name}=${c.image ?? ''}`);
}
function sameImages(a, b) {
    return !!a && !!b && JSON.stringify(images(a)) === JSON.stringify(images(b));
}
function versionOfLive(d) {
    return d?.metadata.annotations?.[manifests_js_1.ANNOTATION.version];
}
/** Applies objects in order; a failure names the object. */
async function applyAll(ctx, objects) {
    for (const o of objects) {
        try {
            await ctx.kube.apply(o);
        }
        catch (e) {
            const why = e instanceof Error ? e.message : String(e);
            throw new ApplyError(`Applying ${(0, types_js_1.describeRef)((0, types_js_1.refOf)(o))} failed: ${why}`);
        }
    }
    ctx.timeline.add('apply', `applied ${objects.length} object(s): ${summarize(objects)}`);
}
class ApplyError extends Error {
    name = 'ApplyError';
}
exports.ApplyError = ApplyError;
function summarize(objects) {
    const counts = new Map();
    for (const o of objects)
        counts.set(o.kind, (counts.get(o.kind) ?? 0) + 1);
    return [...counts].map(([k, n]) => (n > 1 ? `${n} ${k}s` : k)).join(', ');
}
async function waitReady(ctx, name, signal = ctx.signal) {
    const { settings, clock, timeline } = ctx;
    const r = await (0, rollout_status_js_1.waitForRollout)(ctx.kube, { name, namespace: settings.namespace }, {
        clock,
        timeoutMs: settings.readyTimeoutMs,
        pollMs: 1_000,
        signal,
        onProgress: (m) => timeline.add('rollout', `${name}: ${m}`),
    });
    return r.ok ? undefined : r.reason;
}
async function checks(ctx, phase, mode, durationMs, variables, specs = ctx.settings.checks) {
    if (specs.length === 0 || durationMs <= 0)
        return undefined;
    const { clock, timeline } = ctx;
    timeline.add(phase, `${mode === 'watch' ? 'watching' : 'checking'} ${specs.length} health check(s) for ${Math.round(durationMs / 1000)}s`);
    let lastFail = '';
    const proxy = (0, kube_transport_js_1.serviceProxyTransport)(ctx.kube);
    const result = await (0, index_js_1.runChecks)(specs, {
        clock,
        mode,
        signal: ctx.signal,
        deadline: clock.now() + durationMs,
        variables,
        pods: ctx.pods,
        serviceProxy: async (url, o) => {
            // The API server answers for the pod (its status, even a 5xx); a connection that fails is the API server
            // itself, which says nothing about the new version.
            try {
                return await proxy(url, o);
            }
            catch (e) {
                if (o.signal.aborted)
                    throw e;
                throw new index_js_1.Inconclusive(`the Kubernetes API server could not be reached: ${e instanceof Error ? e.message : String(e)}`);
            }
        },
        onProbe: (p) => {
            if (p.inconclusive) {
                if (p.message !== lastFail)
                    timeline.add(phase, `${p.check}: ${p.message} (not counted)`, 'warn');
                lastFail = p.message;
            }
            else if (!p.ok && p.message !== lastFail) {
                lastFail = p.message;
                timeline.add(phase, `${p.check}: ${p.message} (${p.consecutiveFailures} in a row)`, 'warn');
            }
        },
    });
    timeline.add(phase, result.reason, result.status === 'passed' ? 'ok' : 'error');
    return result;
}
/** Scales a Deployment (merge patch of spec.replicas); a missing one is fine. */
async function scale(ctx, name, replicas) {
    try {
        await ctx.kube.patch({ apiVersion: 'apps/v1', kind: 'Deployment', name, namespace: ctx.settings.namespace }, { spec: { replicas } });
    }
    catch (e) {
        if (e instanceof client_js_1.KubeApiError && e.status === 404)
            return;
        throw e;
    }
}
/** A signal for clean-up work that must run even after the job was cancelled. */
function cleanupSignal() {
    return new AbortController().signal;
}
function seconds(ms) {
    return ms === undefined ? undefined : Math.round(ms / 100) / 10;
}


/***/ }),

/***/ 53006:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.deployedImages = deployedImages;
/** What a rollout records about itself outside the cluster (the GitHub Deployment's payload). */
const manifests_js_1 = __webpack_require__(46158);
/** The images a rollout puts in place, the service's own Deployment's containers first (what promote.yml reads). */
function deployedImages(objects, service) {
    const workloads = objects.filter((x) => (0, manifests_js_1.containersOf)(x).length > 0);
    const own = workloads.filter((x) => x.kind === 'Deployment' && x.metadata?.name === service);
    // A pod's own containers before its init containers (a migration init container is not the service's image).
    const ordered = (x) => {
        const all = (0, manifests_js_1.containersOf)(x);
        const init = new Set(all.slice(0, initContainerCount(x)));
        return [...all.filter((c) => !init.has(c)), ...init];
    };
    return [...own, ...workloads.filter((x) => !own.includes(x))]
        .flatMap((x) => ordered(x).map((c) => c.image ?? ''))
        .filter(Boolean);
}
function initContainerCount(x) {
    const spec = x.spec;
    return (spec?.template?.spec?.initContainers ??
        spec?.jobTemplate?.spec?.template?.spec?.initContainers ??
        []).length;
}


/***/ }),

/***/ 45802:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.restorable = restorable;
exports.rolling = rolling;
const manifests_js_1 = __webpack_require__(46158);
const common_js_1 = __webpack_require__(92610);
/** The applyable part of a live object: what was there before, without server-owned fields. */
function restorable(live) {
    const { apiVersion, kind } = live;
    const m = live.metadata;
    return {
        apiVersion,
        kind,
        metadata: { name: m.name, namespace: m.namespace, labels: m.labels, annotations: m.annotations },
        spec: structuredClone(live.spec),
    };
}
async function rolling(ctx) {
    const { kube, settings, timeline, clock } = ctx;
    const ns = settings.namespace;
    const main = (0, common_js_1.mainDeployment)(ctx.objects, settings.service);
    const deps = (0, common_js_1.deploymentsOf)(ctx.objects);
    const before = new Map();
    for (const d of deps)
        before.set(d.metadata.name, await kube.get('apps/v1', 'Deployment', d.metadata.name, ns));
    const liveMain = before.get(main.metadata.name);
    const previousVersion = (0, common_js_1.versionOfLive)(liveMain);
    const checkResults = [];
    if (liveMain &&
        previousVersion === settings.version &&
        deps.every((d) => (0, common_js_1.sameImages)(d, before.get(d.metadata.name)))) {
        timeline.add('plan', `${settings.version} is already live: nothing to change`, 'ok');
        return { result: 'promoted', version: settings.version, previousVersion, unchanged: true, checks: [] };
    }
    timeline.add('plan', liveMain
        ? `rolling ${previousVersion ?? 'unknown'} → ${settings.version}`
        : `first deploy of ${settings.version}`);
    // Record the previous spec on the object itself (and in the post step's state) so it can be restored.
    const objects = ctx.objects.map((o) => {
        const prev = o.kind === 'Deployment' ? before.get(o.metadata.name) : undefined;
        if (!prev)
            return o;
        const copy = structuredClone(o);
        copy.metadata.annotations = {
            ...copy.metadata.annotations,
            [manifests_js_1.ANNOTATION.previous]: JSON.stringify(restorable(prev).spec?.template ?? {}),
            ...(previousVersion ? { [manifests_js_1.ANNOTATION.previousVersion]: previousVersion } : {}),
        };
        return copy;
    });
    ctx.saveState('rolling-deployments', JSON.stringify([...before.keys()]));
    await (0, common_js_1.applyAll)(ctx, objects);
    const restore = async (reason, verify) => {
        const verdictAt = verify?.verdictAt ?? clock.now();
        const prevs = [...before.values()].filter((d) => !!d);
        if (prevs.length === 0) {
            timeline.add('rollback', `${reason}; nothing to restore on a first deploy`, 'error');
            return { result: 'failed', rollbackReason: reason, version: settings.version, checks: checkResults };
        }
        timeline.add('rollback', `${reason}; restoring ${previousVersion ?? 'the previous spec'}`, 'error');
        const cleanup = { ...ctx, signal: (0, common_js_1.cleanupSignal)() };
        for (const prev of prevs)
            await kube.apply(restorable(prev));
        let healthy = true;
        for (const prev of prevs) {
            const notReady = await (0, common_js_1.waitReady)(cleanup, prev.metadata.name, cleanup.signal);
            if (notReady) {
                healthy = false;
                timeline.add('rollback', `${prev.metadata.name} did not recover: ${notReady}`, 'error');
            }
        }
        const done = clock.now();
        if (healthy)
            timeline.add('rollback', `${previousVersion ?? 'previous version'} is serving again`, 'ok');
        return {
            result: healthy ? 'rolled-back' : 'failed',
            rollbackReason: reason,
            version: settings.version,
            previousVersion,
            detectSeconds: verify && verify.firstFailureAt !== undefined
                ? (0, common_js_1.seconds)(verify.verdictAt - verify.firstFailureAt)
                : undefined,
            rollbackSeconds: (0, common_js_1.seconds)(done - verdictAt),
            checks: checkResults,
        };
    };
    for (const d of deps) {
        const notReady = await (0, common_js_1.waitReady)(ctx, d.metadata.name);
        if (notReady)
            return restore(`${d.metadata.name} did not finish rolling out: ${notReady}`);
    }
    timeline.add('rollout', `${settings.version} is rolled out`, 'ok');
    const svc = (0, common_js_1.frontService)(ctx.objects, settings.service, main);
    const liveUrl = settings.liveUrl ?? (svc ? ctx.serviceUrl(svc.metadata.name, (0, common_js_1.firstPort)(svc)) : '');
    const vars = {
        NAMESPACE: ns,
        SELECTOR: (0, common_js_1.selectorString)(main.spec?.selector?.matchLabels ?? {}),
        TARGET_URL: liveUrl,
        LIVE_URL: liveUrl,
        PREVIEW_URL: liveUrl,
        VERSION: settings.version,
    };
    const verify = await (0, common_js_1.checks)(ctx, 'verify', 'watch', settings.verifyWindowMs, vars);
    if (verify)
        checkResults.push(verify);
    if (ctx.signal.aborted)
        return restore('cancelled during the verify window', verify);
    if (verify && verify.status !== 'passed')
        return restore(`verify window failed: ${verify.reason}`, verify);
    return { result: 'promoted', version: settings.version, previousVersion, checks: checkResults };
}


/***/ }),

/***/ 37146:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.podSource = podSource;
exports.serviceUrl = serviceUrl;
exports.deploy = deploy;
const deployments_js_1 = __webpack_require__(55695);
const index_js_1 = __webpack_require__(50570);
const client_js_1 = __webpack_require__(50301);
const lease_js_1 = __webpack_require__(17830);
const blue_green_js_1 = __webpack_require__(93237);
const record_js_1 = __webpack_require__(53006);
const rolling_js_1 = __webpack_require__(45802);
const timeline_js_1 = __webpack_require__(87440);
/** Pods for `kubernetes` checks; an unreachable or failing API server makes the probe inconclusive. */
function podSource(kube) {
    return {
        listPods: async (namespace, labelSelector, signal) => {
            try {
                return (await kube.list('v1', 'Pod', namespace, {
                    labelSelector,
                    once: true,
                    signal,
                }));
            }
            catch (e) {
                if (e instanceof client_js_1.KubeApiError && (e.status === 0 || e.status === 429 || e.status >= 500)) {
                    throw new index_js_1.Inconclusive(`the Kubernetes API could not be asked: ${e.message}`);
                }
                throw e;
            }
        },
    };
}
/** `k8s-service://<namespace>/<service>`: health checks reach it through the API server's service proxy. */
function serviceUrl(namespace, service, port) {
    return `k8s-service://${namespace}/${service}${port ? `:${port}` : ''}`;
}
async function deploy(o) {
    const timeline = new timeline_js_1.Timeline(o.clock, o.onEvent);
    const save = o.saveState ?? (() => undefined);
    const { settings } = o;
    timeline.add('start', `${settings.strategy} rollout of ${settings.service} ${settings.version} in ${settings.namespace}`);
    const lease = await (0, lease_js_1.acquireLease)(o.kube, {
        namespace: settings.namespace,
        service: settings.service,
        holder: o.holder,
        clock: o.clock,
        waitMs: o.waitForLockMs,
    });
    save('lease-holder', o.holder);
    save('namespace', settings.namespace);
    save('service', settings.service);
    timeline.add('lock', `holding Lease ${lease.name}`);
    let gh;
    if (o.github) {
        try {
            gh = await (0, deployments_js_1.startDeployment)(o.github.api, o.github.repo, {
                ref: o.github.ref,
                environment: o.github.environment,
                description: `${settings.strategy} ${settings.version}`,
                logUrl: o.github.logUrl,
                payload: (0, deployments_js_1.deploymentPayload)({
                    version: settings.version,
                    strategy: settings.strategy,
                    service: settings.service,
                    images: (0, record_js_1.deployedImages)(o.objects, settings.service),
                }),
            });
            save('github-deployment-id', String(gh.id));
        }
        catch (e) {
            o.onWarning?.(`Could not create a GitHub Deployment (${e instanceof Error ? e.message : String(e)}); the rollout goes on.`);
        }
    }
    const ctx = {
        kube: o.kube,
        clock: o.clock,
        signal: o.signal,
        settings,
        objects: o.objects,
        timeline,
        pods: podSource(o.kube),
        saveState: save,
        serviceUrl: (name, port) => serviceUrl(settings.namespace, name, port),
    };
    let result;
    try {
        result = settings.strategy === 'blue-green' ? await (0, blue_green_js_1.blueGreen)(ctx) : await (0, rolling_js_1.rolling)(ctx);
        return { result, timeline };
    }
    finally {
        save('phase', 'done');
        await lease
            .release()
            .catch((e) => o.onWarning?.(`Could not release Lease ${lease.name}: ${e instanceof Error ? e.message : String(e)}`));
        timeline.add('lock', `released Lease ${lease.name}`);
        if (gh) {
            const state = result?.result === 'promoted' ? 'success' : 'failure';
            const description = result
                ? (result.rollbackReason ?? `${result.result}: ${result.version}`)
                : 'the rollout stopped with an error';
            await gh
                .setStatus(state, {
                description,
                environmentUrl: result?.result === 'promoted' ? o.github?.environmentUrl : undefined,
            })
                .catch((e) => o.onWarning?.(`Could not update the GitHub Deployment: ${e instanceof Error ? e.message : String(e)}`));
        }
    }
}


/***/ }),

/***/ 87440:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Timeline = void 0;
exports.formatOffset = formatOffset;
const summary_js_1 = __webpack_require__(11119);
/** What happened during a rollout, in clock time: printed live and rendered into the job summary. */
class Timeline {
    clock;
    onEvent;
    events = [];
    startedAt;
    constructor(clock, onEvent) {
        this.clock = clock;
        this.onEvent = onEvent;
        this.startedAt = clock.now();
    }
    add(phase, message, level = 'info') {
        const e = { at: this.clock.now(), level, phase, message };
        this.events.push(e);
        this.onEvent?.(e, this);
        return e;
    }
    offset(e) {
        return formatOffset(e.at - this.startedAt);
    }
    render() {
        const icon = { info: '•', ok: '✅', warn: '⚠️', error: '❌' };
        return (0, summary_js_1.table)(['T+', '', 'Phase', 'Event'], this.events.map((e) => [this.offset(e), icon[e.level], (0, summary_js_1.cell)(e.phase), (0, summary_js_1.cell)(e.message)]));
    }
}
exports.Timeline = Timeline;
function formatOffset(ms) {
    const s = Math.max(0, ms) / 1000;
    if (s < 60)
        return `${s.toFixed(1)}s`;
    const m = Math.floor(s / 60);
    return `${m}m${String(Math.floor(s - m * 60)).padStart(2, '0')}s`;
}


/***/ }),

/***/ 12080:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.GitHubUnreachable = void 0;
exports.retryDelay = retryDelay;
exports.createGitHubApi = createGitHubApi;
exports.networkReason = networkReason;
exports.isRateLimit = isRateLimit;
exports.httpStatus = httpStatus;
const errors_js_1 = __webpack_require__(97268);
/** GitHub could not be reached at all (every attempt failed before an HTTP answer). */
class GitHubUnreachable extends errors_js_1.ToolError {
    baseUrl;
    reason;
    attempts;
    constructor(baseUrl, reason, attempts) {
        super(`GitHub at ${baseUrl} could not be reached (${reason}) after ${attempts} attempts.`);
        this.baseUrl = baseUrl;
        this.reason = reason;
        this.attempts = attempts;
    }
}
exports.GitHubUnreachable = GitHubUnreachable;
const BACKOFF_MS = [1_000, 2_000, 4_000, 8_000];
const MAX_RATE_LIMIT_WAIT_MS = 60_000;
const IDEMPOTENT = new Set(['GET', 'HEAD', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);
/** The wait before the next attempt, or undefined to give up. */
function retryDelay(error, attempt, now, attempts) {
    if (attempt >= attempts)
        return undefined;
    const e = (error ?? {});
    const method = (e.request?.method ?? 'GET').toUpperCase();
    const graphql = /\/graphql$/.test(e.request?.url ?? '');
    const headers = e.response?.headers ?? {};
    if (!e.response)
        return BACKOFF_MS[attempt - 1] ?? 8_000; // never reached GitHub: safe for any method
    const status = e.status ?? 0;
    if (isRateLimit(e)) {
        const after = Number(headers['retry-after']);
        const reset = Number(headers['x-ratelimit-reset']);
        const wait = Number.isFinite(after) && after > 0 ? after * 1000 : Number.isFinite(reset) ? reset * 1000 - now : NaN;
        if (!Number.isFinite(wait) || wait > MAX_RATE_LIMIT_WAIT_MS)
            return undefined;
        return Math.max(wait, 1_000);
    }
    if (status >= 500 && (IDEMPOTENT.has(method) || graphql))
        return BACKOFF_MS[attempt - 1] ?? 8_000;
    return undefined;
}
async function createGitHubApi(token, baseUrl, opts = {}) {
    const { getOctokit: make } = await __webpack_require__.e(/* import() */ 157).then(__webpack_require__.bind(__webpack_require__, 50157));
    const api = make(token, { baseUrl, request: { retries: 0 } });
    const sleep = opts.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
    const now = opts.now ?? Date.now;
    const attempts = opts.attempts ?? 4;
    api.hook.wrap('request', async (request, options) => {
        for (let attempt = 1;; attempt++) {
            try {
                return await request(options);
            }
            catch (e) {
                const delay = retryDelay(e, attempt, now(), attempts);
                if (delay === undefined) {
                    if (!e.response && httpStatus(e) !== undefined) {
                        throw new GitHubUnreachable(baseUrl, networkReason(e), attempt);
                    }
                    throw e;
                }
                await sleep(delay);
            }
        }
    });
    return api;
}
/**
 * Why a request never got an answer: the innermost cause (`connect ECONNREFUSED 127.0.0.1:1`, `getaddrinfo
 * ENOTFOUND api.example`), not fetch's "fetch failed" or Octokit's wrapper message.
 */
function networkReason(error) {
    let e = error;
    for (let depth = 0; depth < 5; depth++) {
        const next = e?.cause;
        const inner = Array.isArray(e?.errors)
            ? e.errors[0]
            : undefined;
        if (inner !== undefined && next === undefined)
            e = inner;
        else if (next !== undefined && next !== null)
            e = next;
        else
            break;
    }
    return (0, errors_js_1.errorMessage)(e) || (0, errors_js_1.errorMessage)(error);
}
/** True for GitHub's "rate limit exhausted" answers (primary: remaining 0; secondary: retry-after). */
function isRateLimit(error) {
    const e = (error ?? {});
    const h = e.response?.headers ?? {};
    return (e.status === 429 ||
        (e.status === 403 && (h['x-ratelimit-remaining'] === '0' || Boolean(h['retry-after']))));
}
/** The HTTP status of an Octokit RequestError, or undefined. */
function httpStatus(error) {
    if (error && typeof error === 'object' && 'status' in error) {
        const s = error.status;
        return typeof s === 'number' ? s : undefined;
    }
    return undefined;
}


/***/ }),

/***/ 55695:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.startDeployment = startDeployment;
exports.deploymentPayload = deploymentPayload;
exports.payloadImage = payloadImage;
exports.findDeployedImage = findDeployedImage;
async function startDeployment(api, repo, o) {
    const res = await api.rest.repos.createDeployment({
        ...repo,
        ref: o.ref,
        environment: o.environment,
        description: o.description.slice(0, 140),
        auto_merge: false,
        required_contexts: [],
        payload: o.payload ?? {},
        production_environment: /^prod/i.test(o.environment),
    });
    const id = res.data.id;
    if (typeof id !== 'number')
        throw new Error(`GitHub did not create a deployment for ${o.ref}: ${JSON.stringify(res.data).slice(0, 200)}`);
    const deployment = {
        id,
        setStatus: async (state, s = {}) => {
            await api.rest.repos.createDeploymentStatus({
                ...repo,
                deployment_id: id,
                state,
                description: s.description?.slice(0, 140),
                environment_url: s.environmentUrl,
                log_url: s.logUrl ?? o.logUrl,
                auto_inactive: state === 'success',
            });
        },
    };
    await deployment.setStatus('in_progress', { description: o.description });
    return deployment;
}
const PINNED = /^[^\s@]+@(sha256:[a-f0-9]{64})$/;
function deploymentPayload(o) {
    const images = [...new Set(o.images.filter((i) => PINNED.test(i)))];
    const image = images[0];
    return {
        keelson: 1,
        version: o.version,
        strategy: o.strategy,
        service: o.service,
        ...(image ? { image, digest: PINNED.exec(image)?.[1] } : {}),
        images,
    };
}
/** The image a Deployment's payload records, when it is one of Keelson's with a digest-pinned image. */
function payloadImage(payload) {
    let p = payload;
    if (typeof p === 'string') {
        try {
            p = JSON.parse(p);
        }
        catch {
            return undefined;
        }
    }
    if (!p || typeof p !== 'object')
        return undefined;
    const { image, version } = p;
    if (typeof image !== 'string')
        return undefined;
    const m = PINNED.exec(image);
    if (!m)
        return undefined;
    return { image, digest: m[1], ...(typeof version === 'string' ? { version } : {}) };
}
/**
 * What runs in an environment: the newest Deployment of `environment` whose latest status is `success` and whose
 * payload records a digest-pinned image. Deployments that failed, were rolled back, are still in progress, or
 * were made by another tool are skipped; `inactive` (a newer success replaced it) is skipped too, so the answer
 * is the deployment GitHub shows as active. Looks at the newest `limit` deployments.
 */
async function findDeployedImage(api, repo, environment, o = {}) {
    const limit = o.limit ?? 100;
    let seen = 0;
    for (let page = 1; seen < limit; page++) {
        const res = await api.rest.repos.listDeployments({ ...repo, environment, per_page: 30, page });
        const list = res.data;
        for (const d of list) {
            if (++seen > limit)
                break;
            const recorded = payloadImage(d.payload);
            if (!recorded)
                continue;
            const statuses = await api.rest.repos.listDeploymentStatuses({
                ...repo,
                deployment_id: d.id,
                per_page: 1,
            });
            const latest = statuses.data[0];
            if (latest?.state !== 'success')
                continue;
            return {
                ...recorded,
                deploymentId: d.id,
                sha: d.sha,
                createdAt: d.created_at,
                ...(latest.environment_url ? { url: latest.environment_url } : {}),
            };
        }
        if (list.length < 30)
            break;
    }
    return undefined;
}


/***/ }),

/***/ 17830:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.leaseName = leaseName;
exports.acquireLease = acquireLease;
exports.releaseLease = releaseLease;
const errors_js_1 = __webpack_require__(97268);
const client_js_1 = __webpack_require__(50301);
const micro = (ms) => new Date(ms).toISOString().replace(/\.(\d{3})Z$/, '.$1000Z');
function leaseName(service) {
    return `keelson-${service}`.slice(0, 253);
}
function expired(lease, now) {
    const renew = lease.spec?.renewTime ? Date.parse(lease.spec.renewTime) : 0;
    return !lease.spec?.holderIdentity || renew + (lease.spec.leaseDurationSeconds ?? 60) * 1000 < now;
}
async function acquireLease(kube, o) {
    const name = leaseName(o.service);
    const duration = o.durationSeconds ?? 60;
    const until = o.clock.now() + (o.waitMs ?? 0);
    for (;;) {
        const now = o.clock.now();
        const current = await kube.get('coordination.k8s.io/v1', 'Lease', name, o.namespace);
        const spec = {
            holderIdentity: o.holder,
            leaseDurationSeconds: duration,
            acquireTime: micro(now),
            renewTime: micro(now),
        };
        try {
            if (!current) {
                await kube.create({
                    apiVersion: 'coordination.k8s.io/v1',
                    kind: 'Lease',
                    metadata: { name, namespace: o.namespace },
                    spec,
                });
                break;
            }
            if (current.spec?.holderIdentity === o.holder || expired(current, now)) {
                await kube.replace({
                    ...current,
                    spec: {
                        ...spec,
                        leaseTransitions: (current.spec?.leaseTransitions ?? 0) + (current.spec?.holderIdentity === o.holder ? 0 : 1),
                    },
                });
                break;
            }
        }
        catch (e) {
            // Someone else created or renewed it between our read and write: look again.
            if (e instanceof client_js_1.KubeApiError && (e.status === 409 || e.status === 422))
                continue;
            throw e;
        }
        if (now >= until) {
            const since = current.spec?.acquireTime ? ` since ${current.spec.acquireTime}` : '';
            throw new errors_js_1.PolicyError(`Another rollout of '${o.service}' in '${o.namespace}' is in progress: Lease ${name} is held by '${current.spec?.holderIdentity}'${since}. ` +
                'Set wait-for-lock to wait for it.');
        }
        await o.clock.sleep(Math.min(o.pollMs ?? 2_000, Math.max(1, until - now)));
    }
    let stopped = false;
    const ac = new AbortController();
    const renew = async () => {
        while (!stopped) {
            try {
                await o.clock.sleep((duration * 1000) / 3, ac.signal);
            }
            catch {
                return;
            }
            if (stopped)
                return;
            try {
                await kube.patch({ apiVersion: 'coordination.k8s.io/v1', kind: 'Lease', name, namespace: o.namespace }, { spec: { renewTime: micro(o.clock.now()) } });
            }
            catch {
                // A missed renewal is survivable (the lease lasts 3 renewal periods); the next one tries again.
            }
        }
    };
    void renew();
    const stop = () => {
        stopped = true;
        ac.abort();
    };
    return {
        name,
        holder: o.holder,
        stop,
        release: async () => {
            stop();
            await releaseLease(kube, o.namespace, o.service, o.holder);
        },
    };
}
/** Deletes the Lease if `holder` still holds it (the post step calls this too). */
async function releaseLease(kube, namespace, service, holder) {
    const name = leaseName(service);
    const current = await kube.get('coordination.k8s.io/v1', 'Lease', name, namespace);
    if (!current || current.spec?.holderIdentity !== holder)
        return false;
    return kube.delete({ apiVersion: 'coordination.k8s.io/v1', kind: 'Lease', name, namespace });
}


/***/ }),

/***/ 56144:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.rolloutState = rolloutState;
exports.waitForRollout = waitForRollout;
function rolloutState(d) {
    const generation = d.metadata.generation ?? 0;
    const st = d.status ?? {};
    const want = d.spec?.replicas ?? 1;
    if ((st.observedGeneration ?? 0) < generation)
        return { done: false, failed: false, message: 'waiting for the controller to observe the new spec' };
    const progressing = st.conditions?.find((c) => c.type === 'Progressing');
    if (progressing?.reason === 'ProgressDeadlineExceeded') {
        return {
            done: false,
            failed: true,
            message: `progress deadline exceeded: ${progressing.message ?? ''}`.trim(),
        };
    }
    const updated = st.updatedReplicas ?? 0;
    const available = st.availableReplicas ?? 0;
    const total = st.replicas ?? 0;
    if (updated < want)
        return { done: false, failed: false, message: `${updated} of ${want} updated replicas` };
    if (total > updated)
        return { done: false, failed: false, message: `${total - updated} old replicas pending termination` };
    if (available < updated)
        return { done: false, failed: false, message: `${available} of ${updated} updated replicas available` };
    return { done: true, message: `${available} of ${want} replicas available` };
}
async function waitForRollout(kube, ref, o) {
    const until = o.clock.now() + o.timeoutMs;
    let last = '';
    for (;;) {
        if (o.signal?.aborted)
            return { ok: false, reason: 'cancelled' };
        const d = await kube.get('apps/v1', 'Deployment', ref.name, ref.namespace);
        if (!d)
            return { ok: false, reason: `Deployment ${ref.name} disappeared` };
        const s = rolloutState(d);
        if (s.message !== last) {
            last = s.message;
            o.onProgress?.(s.message);
        }
        if (s.done)
            return { ok: true };
        if (s.failed)
            return { ok: false, reason: s.message };
        if (o.clock.now() >= until)
            return { ok: false, reason: `not ready after ${Math.round(o.timeoutMs / 1000)}s: ${s.message}` };
        try {
            await o.clock.sleep(o.pollMs ?? 2_000, o.signal);
        }
        catch {
            return { ok: false, reason: 'cancelled' };
        }
    }
}


/***/ }),

/***/ 36737:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.refOf = refOf;
exports.describeRef = describeRef;
function refOf(o) {
    return {
        apiVersion: o.apiVersion,
        kind: o.kind,
        name: o.metadata.name ?? '',
        namespace: o.metadata.namespace,
    };
}
function describeRef(r) {
    return `${r.kind}/${r.name}${r.namespace ? ` in ${r.namespace}` : ''}`;
}


/***/ })

};
