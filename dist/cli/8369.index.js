export const id = 8369;
export const ids = [8369,2080,5695];
export const modules = {

/***/ 8288:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.sdkElbv2 = sdkElbv2;
function sdkElbv2(access) {
    let loaded;
    const client = () => (loaded ??= Promise.all(/* import() */[__webpack_require__.e(5118), __webpack_require__.e(5861), __webpack_require__.e(586)]).then(__webpack_require__.t.bind(__webpack_require__, 50586, 19)).then((sdk) => ({
        sdk,
        client: new sdk.ElasticLoadBalancingV2Client({
            region: access.region,
            ...(access.endpoint ? { endpoint: access.endpoint } : {}),
            ...(access.credentials ? { credentials: access.credentials } : {}),
            maxAttempts: 5,
        }),
    })));
    return {
        targetHealth: async (arn) => {
            const { sdk, client: c } = await client();
            const r = await c.send(new sdk.DescribeTargetHealthCommand({ TargetGroupArn: arn }));
            return (r.TargetHealthDescriptions ?? []).map((d) => ({
                id: d.Target?.Id ?? '',
                port: d.Target?.Port ?? 0,
                state: d.TargetHealth?.State ?? 'unavailable',
                reason: d.TargetHealth?.Reason,
                description: d.TargetHealth?.Description,
            }));
        },
        targetGroupAttributes: async (arn) => {
            const { sdk, client: c } = await client();
            const r = await c.send(new sdk.DescribeTargetGroupAttributesCommand({ TargetGroupArn: arn }));
            return Object.fromEntries((r.Attributes ?? []).map((a) => [a.Key ?? '', a.Value ?? '']));
        },
        loadBalancerByDns: async (dnsName) => {
            const { sdk, client: c } = await client();
            let marker;
            do {
                const page = await c.send(new sdk.DescribeLoadBalancersCommand({ Marker: marker }));
                const lb = (page.LoadBalancers ?? []).find((x) => x.DNSName?.toLowerCase() === dnsName.toLowerCase());
                if (lb?.LoadBalancerArn) {
                    const ls = await c.send(new sdk.DescribeListenersCommand({ LoadBalancerArn: lb.LoadBalancerArn }));
                    return {
                        arn: lb.LoadBalancerArn,
                        dnsName: lb.DNSName ?? dnsName,
                        scheme: lb.Scheme ?? 'internal',
                        listeners: (ls.Listeners ?? []).map((l) => ({
                            arn: l.ListenerArn ?? '',
                            port: l.Port ?? 0,
                            protocol: l.Protocol ?? 'HTTP',
                        })),
                    };
                }
                marker = page.NextMarker;
            } while (marker);
            return undefined;
        },
        rules: async (listenerArn) => {
            const { sdk, client: c } = await client();
            const out = [];
            let marker;
            do {
                const page = await c.send(new sdk.DescribeRulesCommand({ ListenerArn: listenerArn, Marker: marker }));
                for (const r of page.Rules ?? []) {
                    const forward = (r.Actions ?? []).find((a) => a.Type === 'forward');
                    out.push({
                        arn: r.RuleArn ?? '',
                        priority: r.Priority ?? '',
                        conditions: (r.Conditions ?? []).flatMap((c2) => c2.Field === 'http-header'
                            ? [`${c2.HttpHeaderConfig?.HttpHeaderName}=${(c2.HttpHeaderConfig?.Values ?? []).join('|')}`]
                            : (c2.Values ?? c2.PathPatternConfig?.Values ?? c2.HostHeaderConfig?.Values ?? [])),
                        forward: forward
                            ? (forward.ForwardConfig?.TargetGroups ?? []).map((t) => ({
                                targetGroupArn: t.TargetGroupArn ?? '',
                                weight: t.Weight ?? 1,
                            }))
                            : [],
                    });
                }
                marker = page.NextMarker;
            } while (marker);
            return out;
        },
    };
}


/***/ }),

/***/ 18369:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

var __webpack_unused_export__;

__webpack_unused_export__ = ({ value: true });
exports.Z3 = exports.UK = void 0;
exports.runDeploy = runDeploy;
__webpack_unused_export__ = renderDeploySummary;
exports.failureOf = failureOf;
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
const cloudwatch_js_1 = __webpack_require__(53409);
const elbv2_js_1 = __webpack_require__(8288);
const errors_js_2 = __webpack_require__(97268);
const run_js_1 = __webpack_require__(37146);
const settings_js_1 = __webpack_require__(98606);
const source_js_1 = __webpack_require__(67617);
/**
 * The checks a rollout runs when none are configured: the new pods (Ready, not crash-looping, restarts not
 * rising), and 20 requests per probe to the service the way users reach it — the ALB when one fronts it, else the
 * API server's service proxy — on the readinessProbe path: more than 1 failed request in 20 fails a probe, two
 * failed probes in a row fail the check. A version that fails 30 % of requests does not pass.
 */
exports.UK = `
- name: pods
  kind: kubernetes
  namespace: \${NAMESPACE}
  selector: \${SELECTOR}
  interval: 5s
  failure-threshold: 2
- name: requests
  kind: http
  url: \${TARGET_URL}\${PROBE_PATH}
  samples: 20
  max-error-ratio: 5%
  interval: 5s
  timeout: 4s
  failure-threshold: 2
`;
/**
 * `analysis: cloudwatch` (a canary behind an ALB): the canary's pods as by default, and from CloudWatch the ALB's
 * metrics of the canary's target group against stable's over the last five minutes (never before the canary took users) — the 5xx ratio at most 1.5 × stable's
 * + 1 point, the average TargetResponseTime at most 1.5 × stable's + 100 ms.
 */
exports.Z3 = `
- name: pods
  kind: kubernetes
  namespace: \${NAMESPACE}
  selector: \${SELECTOR}
  interval: 5s
  failure-threshold: 2
- name: alb-5xx-ratio
  kind: cloudwatch
  metric: 5xx-ratio
  window: 5m
  threshold: '<= 1.5 * stable + 0.01'
- name: alb-response-time
  kind: cloudwatch
  metric: TargetResponseTime
  window: 5m
  threshold: '<= 1.5 * stable + 0.1'
`;
async function runDeploy(s, deps) {
    // Every probe and wait listens to the cancel signal at once; that is expected, not a leak.
    (0, node_events_1.setMaxListeners)(0, deps.signal);
    // The checks' YAML, or a file in the workspace holding it (the reusable workflows pass k8s/health-checks.yaml).
    const checksYaml = (0, source_js_1.readChecksSource)('health-checks', s.healthChecks, { workspace: deps.cwd });
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
    (0, settings_js_1.checkServiceDeployment)(objects, s.service);
    deps.transform?.(objects);
    (0, manifests_js_1.pinImages)(objects, s.images);
    const version = s.version ??
        (0, manifests_js_1.versionOf)(s.images, imageTag(objects) ?? (deps.context.sha ? deps.context.sha.slice(0, 12) : 'unversioned'));
    (0, manifests_js_1.stamp)(objects, { version, commit: deps.context.sha || undefined, runUrl: deps.context.runUrl });
    const fallback = s.analysis === 'cloudwatch' ? exports.Z3 : exports.UK;
    const checks = await (0, index_js_1.parseHealthChecks)(checksYaml.trim() ? checksYaml : fallback, {
        input: 'health-checks',
        emptyHint: 'Leave it empty for the default checks.',
    });
    const cloudwatchCheck = checks.find((c) => c.kind === 'cloudwatch');
    const versioned = checks.find((c) => c.kind === 'cloudwatch' && c.metric !== undefined && !c.dimensions);
    if (versioned && s.strategy !== 'canary')
        throw new errors_js_2.InputError('health-checks', `Invalid input 'health-checks': check ${versioned.index} ('${versioned.name}') field 'target-group': '${versioned.targetGroup}'. Expected a target group ARN with load-balancer: canary and stable are the target groups of strategy canary (this deploy is ${s.strategy}).`);
    if (cloudwatchCheck && !deps.cloudwatch && !s.awsRegion)
        throw new errors_js_2.InputError('aws-region', `Invalid input 'aws-region': ''. Expected the AWS region CloudWatch is read in (check ${cloudwatchCheck.index} ('${cloudwatchCheck.name}') is of kind cloudwatch), or AWS_REGION.`);
    const kube = deps.kube ??
        (await (0, connect_js_1.connect)(s.access, deps.clock, {
            setSecret: deps.setSecret,
            env: deps.env,
            retryFor: s.apiTimeoutMs,
            // One warning per call that has to retry, not one per attempt.
            onRetry: (r) => {
                if (r.attempt === 1)
                    deps.onWarning?.(`Kubernetes API ${r.verb} ${r.path} answered ${r.status}; retrying for up to ${Math.round(s.apiTimeoutMs / 1000)}s (api-timeout)`);
            },
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
                switchTimeoutMs: s.switchTimeoutMs,
                router: s.router,
                httpRoute: s.httpRoute,
                prune: s.prune,
                checks,
                previewUrl: s.previewUrl,
                liveUrl: s.liveUrl,
                canary: s.canary,
                analysis: checksYaml.trim() ? 'default' : (s.analysis ?? 'default'),
            },
            objects,
            holder: deps.holder,
            waitForLockMs: s.waitForLockMs,
            github,
            saveState: deps.saveState,
            onEvent: deps.onEvent,
            onWarning: deps.onWarning,
            elbv2: deps.elbv2 ?? (s.awsRegion ? (0, elbv2_js_1.sdkElbv2)(elbv2Access(s.awsRegion, deps.env)) : undefined),
            loadBalancerUrl: deps.loadBalancerUrl,
            cloudwatch: deps.cloudwatch ??
                (cloudwatchCheck && s.awsRegion
                    ? (0, cloudwatch_js_1.cloudWatchClient)({ region: s.awsRegion, clock: deps.clock, env: deps.env })
                    : undefined),
        });
        return {
            result,
            timeline,
            markdown: renderDeploySummary(s, result, timeline),
            deployments: objects.filter((o) => o.kind === 'Deployment').map((o) => o.metadata.name ?? ''),
        };
    }
    finally {
        if (!deps.kube)
            kube.close();
    }
}
/** ELBv2 in `region` with the step's endpoint override and keys when it has them (else the SDK's chain). */
function elbv2Access(region, env = process.env) {
    const endpoint = env.AWS_ENDPOINT_URL_ELASTIC_LOAD_BALANCING_V2 || env.AWS_ENDPOINT_URL;
    return {
        region,
        ...(endpoint ? { endpoint } : {}),
        ...(env.AWS_ACCESS_KEY_ID && env.AWS_SECRET_ACCESS_KEY
            ? {
                credentials: {
                    accessKeyId: env.AWS_ACCESS_KEY_ID,
                    secretAccessKey: env.AWS_SECRET_ACCESS_KEY,
                    ...(env.AWS_SESSION_TOKEN ? { sessionToken: env.AWS_SESSION_TOKEN } : {}),
                },
            }
            : {}),
    };
}
const HEADLINE = {
    promoted: '✅ Promoted',
    'rolled-back': '↩️ Rolled back',
    failed: '❌ Failed',
    paused: '⏸️ Paused at a manual step',
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
    if (r.canary) {
        rows.push(['canary max weight', `${r.canary.maxWeight}%`]);
        rows.push(['canary exposure', `${Math.round(r.canary.exposure * 1000) / 10}% of users over the rollout`]);
        if (r.canary.pausedAt !== undefined)
            rows.push(['paused at', `${r.canary.pausedAt}%`]);
    }
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
    if (r.result === 'promoted' || r.result === 'paused')
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
exports.colored = colored;
exports.withColor = withColor;
exports.liveWorkload = liveWorkload;
exports.blueGreen = blueGreen;
exports.notRestored = notRestored;
exports.retire = retire;
/**
 * Blue-green: the new version runs as the other color beside the live one, at the live color's replica count
 * (what an HPA made of it), is checked through a preview Service (behind an ALB: a rule of the ALB that only
 * Keelson's requests match, so the checks take the path users will), then takes all users at once through the
 * traffic router — the live Service's selector, or the weights of the ALB's target groups when an ALB Ingress
 * fronts the service — and is watched for the verify window through the way users reach it. The HPA follows the
 * live color. Any failure (or a cancel) routes users back to the old color, which kept running, and the rejected
 * color goes away only once it no longer gets requests.
 */
const errors_js_1 = __webpack_require__(97268);
const manifests_js_1 = __webpack_require__(46158);
const common_js_1 = __webpack_require__(92610);
const hpa_js_1 = __webpack_require__(85736);
const routing_js_1 = __webpack_require__(90677);
const release_js_1 = __webpack_require__(24218);
const COLORS = ['blue', 'green'];
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
/** `d` of the manifests, with `oldName` (what serves of it now, if anything) and its HPA read from the cluster. */
async function liveWorkload(ctx, d, oldName) {
    const ns = ctx.settings.namespace;
    const base = d.metadata.name;
    const old = oldName ? await ctx.kube.get('apps/v1', 'Deployment', oldName, ns) : undefined;
    const hpa = (0, hpa_js_1.hpaFor)(ctx.objects, base);
    const liveHpa = hpa
        ? await ctx.kube.get('autoscaling/v2', 'HorizontalPodAutoscaler', hpa.metadata.name ?? '', ns)
        : undefined;
    return { base, manifest: d, hpa, old, replicas: (0, hpa_js_1.startingReplicas)(old, liveHpa, d, hpa) };
}
/** The pod-template-hash of a Deployment's newest ReplicaSet: a label only its current pods carry. */
async function currentTemplateHash(ctx, d) {
    const labels = d.spec?.selector?.matchLabels;
    if (!labels)
        return undefined;
    const rss = await ctx.kube.list('apps/v1', 'ReplicaSet', ctx.settings.namespace, {
        labelSelector: (0, common_js_1.selectorString)(labels),
    });
    const revision = d.metadata.annotations?.['deployment.kubernetes.io/revision'];
    return rss.find((rs) => rs.metadata.ownerReferences?.some((o) => o.uid === d.metadata.uid) &&
        rs.metadata.annotations?.['deployment.kubernetes.io/revision'] === revision)?.metadata.labels?.[TEMPLATE_HASH];
}
const TEMPLATE_HASH = 'pod-template-hash';
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
    // Changing strategy: the live Service has no color (a rolling deploy made it) and selects the uncolored
    // Deployment's pods. Until the switch it selects only that Deployment's current pods (their pod-template-hash),
    // so the new color's pods, which carry the Service's labels too, take no users before the switch.
    const legacy = !liveColor && live ? await kube.get('apps/v1', 'Deployment', base, ns) : undefined;
    const newColor = liveColor ? other(liveColor) : 'blue';
    const router = await (0, routing_js_1.routerFor)(ctx, svc, COLORS);
    if (legacy && router.kind === 'alb')
        throw new errors_js_1.ConfigurationError(`Service ${svcName} was deployed without colors (strategy rolling) behind ${router.describe()}: deploy once with strategy blue-green and router 'service', or keep strategy rolling.`);
    // A switch back that never took (the previous run failed saying so): the ALB's users are on the color the live
    // Service does not select, the one this run would replace.
    if (liveColor && (await router.sendsTo?.(newColor)))
        throw new errors_js_1.PolicyError(`The ALB still sends users to ${newColor}, which the live Service ${svcName} does not select (a switch back that did not take): deploying ${settings.version} there would replace what they use. Put the ALB's weights back on ${liveColor}, then deploy again.`);
    const workloads = [];
    for (const d of (0, common_js_1.deploymentsOf)(ctx.objects)) {
        const name = d.metadata.name;
        const oldName = liveColor ? `${name}-${liveColor}` : legacy ? name : undefined;
        const w = await liveWorkload(ctx, d, oldName);
        workloads.push({ ...w, oldName: w.old ? oldName : undefined, next: d, nextName: `${name}-${newColor}` });
    }
    const main = workloads.find((w) => w.manifest === dep);
    const oldDep = main.old;
    const previousVersion = (0, common_js_1.versionOfLive)(oldDep);
    const checkResults = [];
    // Re-running a finished deploy changes nothing: every Deployment already runs these images and this config.
    if (liveColor &&
        oldDep &&
        previousVersion === settings.version &&
        workloads.every((w) => {
            const want = colored(w.manifest, liveColor, undefined);
            return ((0, common_js_1.sameImages)(w.old, want) &&
                JSON.stringify([...(0, release_js_1.referencedConfig)(w.old ? [w.old] : [])].sort()) ===
                    JSON.stringify([...(0, release_js_1.referencedConfig)([want])].sort()));
        })) {
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
    const newName = main.nextName;
    const hpa = main.hpa;
    for (const w of workloads) {
        w.next = colored(w.manifest, newColor, previousVersion);
        w.next.spec ??= {};
        w.next.spec.replicas = w.replicas;
    }
    const replicas = main.replicas;
    const others = workloads.filter((w) => w !== main);
    timeline.add('plan', (liveColor
        ? `${previousVersion ?? 'unknown'} is live on ${liveColor}; deploying ${settings.version} as ${newColor}`
        : legacy
            ? `${previousVersion ?? 'unknown'} is live on Deployment ${base} (deployed without colors); deploying ${settings.version} as ${newColor}, ${base} keeps the users until the switch`
            : `first deploy: ${settings.version} as ${newColor}`) +
        ` with ${replicas} replica${replicas === 1 ? '' : 's'}` +
        (hpa && liveColor
            ? ` (what ${liveColor} runs now: HPA ${hpa.metadata.name} scales the live color)`
            : '') +
        (others.length
            ? `; ${others.map((w) => w.nextName).join(', ')} move${others.length === 1 ? 's' : ''} with it`
            : '') +
        `; users reach it through ${router.describe()}`);
    ctx.saveState('bg-service', svcName);
    ctx.saveState('bg-old-color', liveColor ?? '');
    ctx.saveState('bg-new-color', newColor);
    ctx.saveState('bg-base', base);
    if (hpa)
        ctx.saveState('bg-hpa', hpa.metadata.name ?? '');
    if (others.length)
        ctx.saveState('bg-workloads', JSON.stringify(others.map((w) => ({ base: w.base, hpa: w.hpa?.metadata.name ?? '' }))));
    const hpas = new Set(workloads.map((w) => w.hpa).filter((x) => !!x));
    const rest = ctx.objects.filter((o) => o.kind !== 'Deployment' &&
        o !== svc &&
        !hpas.has(o) &&
        !((0, routing_js_1.isAlbIngress)(o) && router.kind === 'alb'));
    const previewSvc = withColor(svc, newColor, previewName);
    const toApply = [
        ...rest.filter((o) => o.kind !== 'Ingress'),
        previewSvc,
        // With an ALB, a rule for Keelson's own requests reaches the new color before the switch (unless preview-url).
        ...router.objects(liveColor, COLORS, settings.previewUrl ? undefined : newColor),
        ...rest.filter((o) => o.kind === 'Ingress'),
    ];
    // The live Service keeps selecting the old color until the switch; on a first deploy it is created at the switch.
    if (liveColor)
        toApply.push(withColor(svc, liveColor));
    // Each HPA scales whichever color serves: the live one until the switch (the new color on a first deploy).
    const serving = (w) => w.oldName ?? w.nextName;
    const retargeted = (to) => workloads.filter((w) => w.hpa).map((w) => (0, hpa_js_1.retarget)(w.hpa, to(w)));
    toApply.push(...retargeted(serving));
    const newDeps = workloads.map((w) => w.next);
    // Nothing is written before the API server accepted every object; what was there is kept to put it back.
    const snapshot = await (0, release_js_1.beginRelease)(ctx, [...toApply, ...newDeps]);
    /**
     * Every object the rollout changed besides the colors and the router's backends goes back to its previous state
     * (the live Service after users are back on the old pods, so its selector is what it was).
     */
    const restoreRest = async () => {
        if (!liveColor && !legacy)
            return; // a first deploy: nothing to go back to
        await (0, release_js_1.restoreSnapshot)({ ...ctx, signal: (0, common_js_1.cleanupSignal)() }, snapshot, {
            skip: notRestored(ctx, router.kind),
        });
    };
    const pinned = legacy ? await currentTemplateHash(ctx, legacy) : undefined;
    /** Changing strategy: the live Service selects the uncolored Deployment's pods again, then only its labels. */
    const unpin = async () => {
        if (!legacy)
            return;
        const c = { ...ctx, signal: (0, common_js_1.cleanupSignal)() };
        for (const w of workloads)
            await (0, common_js_1.waitPodsGone)(c, (0, common_js_1.selectorString)({ [manifests_js_1.LABEL.color]: newColor, ...w.next.spec?.selector?.matchLabels }), c.signal);
        await kube.patch({ apiVersion: 'v1', kind: 'Service', name: svcName, namespace: ns }, { spec: { selector: { [manifests_js_1.LABEL.color]: null, [TEMPLATE_HASH]: null } } });
    };
    if (legacy && pinned) {
        ctx.saveState('bg-legacy-hash', pinned);
        await kube.patch({ apiVersion: 'v1', kind: 'Service', name: svcName, namespace: ns }, { spec: { selector: { [TEMPLATE_HASH]: pinned } } });
        await (0, common_js_1.waitEndpoints)(ctx, svcName, { ...live?.spec?.selector, [TEMPLATE_HASH]: pinned }, ctx.signal);
        timeline.add('apply', `live Service ${svcName} selects only ${base}'s current pods until the switch`);
    }
    const newNames = workloads.map((w) => w.nextName);
    /** Before the switch: drop the new color (and its preview rule); traffic never moved. */
    const abandon = async (reason) => {
        timeline.add('rollback', `${reason}; ${newColor} is scaled to 0, traffic stays on ${liveColor ?? (legacy ? base : 'nothing')}`, 'error');
        const cleanup = { ...ctx, signal: (0, common_js_1.cleanupSignal)() };
        for (const n of newNames)
            await (0, common_js_1.scale)(cleanup, n, 0);
        if (router.endPreview && !settings.previewUrl) {
            await router.endPreview(liveColor).catch((e) => {
                timeline.add('rollback', `the preview rule stays on the Ingress until the next deploy: ${(0, errors_js_1.errorMessage)(e)}`, 'warn');
            });
        }
        await unpin();
        await restoreRest();
        return {
            result: liveColor || legacy ? 'rolled-back' : 'failed',
            rollbackReason: reason,
            version: settings.version,
            previousVersion,
            liveColor,
            checks: checkResults,
        };
    };
    try {
        await (0, common_js_1.applyAll)(ctx, toApply);
        if (router instanceof routing_js_1.AlbRouter) {
            // Pods get their readiness gate only if the TargetGroupBinding exists when they are created.
            if (!(await router.waitBinding(newColor, ctx.signal)))
                timeline.add('apply', `no TargetGroupBinding for ${router.backendService(newColor)} yet: the AWS Load Balancer Controller is slow`, 'warn');
        }
        await (0, common_js_1.applyAll)(ctx, newDeps);
    }
    catch (e) {
        // A write the dry run accepted failed after all: what was written goes back.
        if (e instanceof common_js_1.ApplyError)
            return abandon(e.message);
        throw e;
    }
    // The preview Service through the API server; before the switch, the ALB's preview rule when there is one.
    const previewService = settings.previewUrl ?? ctx.serviceUrl(previewName, (0, common_js_1.firstPort)(svc));
    let preview = previewService;
    let liveUrl = settings.liveUrl ?? ctx.serviceUrl(svcName, (0, common_js_1.firstPort)(svc));
    let transports;
    const newDep = main.next;
    const variables = (target, live) => ({
        NAMESPACE: ns,
        SELECTOR: (0, common_js_1.selectorString)(newDep.spec?.selector?.matchLabels ?? {}),
        PREVIEW_URL: preview,
        LIVE_URL: live,
        TARGET_URL: target,
        PROBE_PATH: (0, common_js_1.probePath)(dep),
        VERSION: settings.version,
    });
    for (const w of workloads) {
        const notReady = await (0, common_js_1.waitReady)(ctx, w.nextName);
        if (notReady)
            return abandon(`${w === main ? newColor : w.nextName} did not become ready: ${notReady}`);
    }
    timeline.add('rollout', `${newColor} is ready (${replicas} pod${replicas === 1 ? '' : 's'}${others.length ? `, and ${others.map((w) => w.nextName).join(', ')}` : ''})`, 'ok');
    if (router.kind === 'alb') {
        const unhealthy = await router.healthy(newColor, ctx.signal, settings.readyTimeoutMs);
        if (unhealthy)
            return abandon(`${newColor} ${unhealthy}`);
        timeline.add('rollout', `every ${newColor} target is healthy in its target group`, 'ok');
    }
    // Where the checks reach both versions, now that the load balancer (if any) has the new color's targets.
    if (!settings.liveUrl)
        liveUrl = (await router.liveUrl()) ?? liveUrl;
    const route = !settings.previewUrl && router.preview ? await router.preview(newColor, ctx.signal) : undefined;
    if (route) {
        preview = route.url;
        transports = route.transports;
        timeline.add('pre-switch', `the checks reach ${newColor} through ${route.via}, as users will`);
    }
    let pre;
    try {
        pre = await (0, common_js_1.checks)(ctx, 'pre-switch', 'until-healthy', settings.readyTimeoutMs, variables(preview, liveUrl), transports);
    }
    catch (e) {
        // The checks cannot see the new version (the cluster is set up so): nothing moved, drop it and say why.
        if (e instanceof errors_js_1.ConfigurationError)
            await abandon('the checks cannot reach the new version');
        throw e;
    }
    if (pre)
        checkResults.push(pre);
    if (ctx.signal.aborted)
        return abandon('cancelled before the switch');
    if (pre && pre.status !== 'passed')
        return abandon(`pre-switch checks failed: ${pre.reason}`);
    // The switch: users move to the new color (ALB weights or the Service's selector), then the HPAs follow.
    ctx.saveState('bg-phase', 'switching');
    if (router instanceof routing_js_1.AlbRouter) {
        ctx.saveState('bg-action', router.actionKey);
        ctx.saveState('bg-ingress', ctx.objects.find(routing_js_1.isAlbIngress).metadata.name ?? '');
        ctx.saveState('bg-restore-action', router.actionFor({ [liveColor ?? newColor]: 100 }));
    }
    timeline.add('switch', `moving users to ${newColor} through ${router.describe()}`);
    try {
        // A first deploy creates the live Service now; changing strategy, the selector moves in one patch instead.
        if (!liveColor && !legacy)
            await kube.apply(withColor(svc, newColor));
        await router.shift(newColor, ctx.signal);
    }
    catch (e) {
        if (!(e instanceof routing_js_1.RouterError) && !ctx.signal.aborted)
            throw e;
        const reason = e instanceof routing_js_1.RouterError ? `the switch did not take: ${e.message}` : 'cancelled during the switch';
        // Users stay on (or go back to) the old color; it keeps running and nothing of it is scaled down.
        if (liveColor)
            await router.shift(liveColor, (0, common_js_1.cleanupSignal)()).catch(() => undefined);
        else if (legacy)
            await switchToLegacy(ctx, svc, pinned).catch(() => undefined);
        return abandon(reason);
    }
    ctx.saveState('bg-phase', 'switched');
    if (hpas.size)
        await (0, common_js_1.applyAll)(ctx, retargeted((w) => w.nextName));
    if (legacy)
        await kube.apply(withColor(svc, newColor)); // the manifests' Service, now Keelson's applied one
    timeline.add('switch', `${router.kind === 'alb' ? 'the ALB sends' : `live Service ${svcName} sends`} all users to ${newColor} (${settings.version})` +
        (hpa ? `; HPA ${hpa.metadata.name} now scales ${newName}` : ''), 'ok');
    /** After the switch: users back on the old color (or the uncolored Deployment), the new color retired. */
    /** Returns why users could not be confirmed back (the router's refusal), when they could not. */
    const rollBack = async () => {
        const cleanup = { ...ctx, signal: (0, common_js_1.cleanupSignal)() };
        if (liveColor)
            return switchBack(cleanup, router, svc, liveColor);
        await switchToLegacy(cleanup, svc, pinned);
        return undefined;
    };
    const retireNew = async () => {
        const cleanup = { ...ctx, signal: (0, common_js_1.cleanupSignal)() };
        if (hpas.size)
            await (0, common_js_1.applyAll)(cleanup, retargeted(serving));
        await retire(cleanup, router, newColor, newNames);
        await unpin();
        await restoreRest();
    };
    let verify;
    try {
        // The preview rule went with the switch: ${PREVIEW_URL} is the preview Service again.
        preview = previewService;
        verify = await (0, common_js_1.checks)(ctx, 'verify', 'watch', settings.verifyWindowMs, variables(liveUrl, liveUrl));
    }
    catch (e) {
        if (e instanceof errors_js_1.ConfigurationError && (liveColor || legacy)) {
            await rollBack();
            await retireNew();
        }
        throw e;
    }
    if (verify)
        checkResults.push(verify);
    if (ctx.signal.aborted || (verify && verify.status !== 'passed')) {
        const reason = ctx.signal.aborted
            ? 'cancelled during the verify window'
            : `verify window failed: ${verify?.reason}`;
        const verdictAt = verify?.verdictAt ?? clock.now();
        if (!liveColor && !legacy) {
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
        const stuck = await rollBack();
        const restored = clock.now();
        if (stuck) {
            // The router kept the users on the new color: it keeps running (retire leaves it), and the run fails saying so.
            timeline.add('rollback', `${reason}; users could not be confirmed back on ${liveColor}: ${stuck}. ${newColor} keeps running until they are`, 'error');
            await retireNew();
            return {
                result: 'failed',
                rollbackReason: `${reason}; the router did not confirm users back on ${liveColor}: ${stuck}`,
                version: settings.version,
                previousVersion,
                liveColor: newColor,
                detectSeconds: detect(verify),
                checks: checkResults,
            };
        }
        timeline.add('rollback', `${reason}; users are back on ${liveColor ?? base} (${previousVersion ?? 'previous'})` +
            (hpa ? `, HPA ${hpa.metadata.name} scales ${main.oldName} again` : ''), 'error');
        await retireNew();
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
    if (liveColor || legacy) {
        if (settings.scaleDownDelayMs > 0) {
            timeline.add('scale-down', `${liveColor ?? base} keeps running for ${Math.round(settings.scaleDownDelayMs / 1000)}s before it scales down`);
            try {
                await clock.sleep(settings.scaleDownDelayMs, ctx.signal);
            }
            catch {
                // Cancelled while waiting: the new color is verified and live; scale the old one down now.
            }
        }
        const cleanup = { ...ctx, signal: (0, common_js_1.cleanupSignal)() };
        if (liveColor)
            await retire(cleanup, router, liveColor, workloads.map((w) => `${w.base}-${liveColor}`));
        else {
            // Changing strategy: the uncolored Deployments are retired; the colors take over from now on.
            for (const w of workloads) {
                if (!w.old)
                    continue;
                await kube.delete({ apiVersion: 'apps/v1', kind: 'Deployment', name: w.base, namespace: ns });
                timeline.add('scale-down', `${w.base} (deployed without colors) is retired`);
            }
        }
    }
    // Verified: old config versions (beyond the previous release's) go, and with prune what left the manifests.
    await (0, release_js_1.finishRelease)(ctx, (0, release_js_1.configReadBy)(workloads.map((w) => w.old)));
    ctx.saveState('bg-phase', 'done');
    return {
        result: 'promoted',
        version: settings.version,
        previousVersion,
        liveColor: newColor,
        checks: checkResults,
    };
}
/**
 * What a rollback leaves out of the snapshot's restore (blue-green's and the canary's): the colors, which the strategy
 * scales and switches, and the ALB's backend Services, which are the router's. The ALB's Ingress goes back as it was
 * once users are back (v2's settings of it, shared by the old color's target group, go with it).
 */
function notRestored(ctx, routerKind) {
    return (o) => o.kind === 'Deployment' || (routerKind === 'alb' && o.kind === 'Service' && !ctx.objects.includes(o));
}
/** Changing strategy, back: the live Service selects the uncolored Deployment's current pods again. */
async function switchToLegacy(ctx, svc, hash) {
    const name = svc.metadata.name ?? '';
    await ctx.kube.patch({ apiVersion: 'v1', kind: 'Service', name, namespace: ctx.settings.namespace }, { spec: { selector: { [manifests_js_1.LABEL.color]: null, [TEMPLATE_HASH]: hash ?? null } } });
    const selector = {
        ...svc.spec?.selector,
        ...(hash ? { [TEMPLATE_HASH]: hash } : {}),
    };
    delete selector[manifests_js_1.LABEL.color];
    await (0, common_js_1.waitEndpoints)(ctx, name, selector, ctx.signal);
}
function detect(r) {
    if (!r || r.status !== 'failed' || r.firstFailureAt === undefined)
        return undefined;
    return (0, common_js_1.seconds)(r.verdictAt - r.firstFailureAt);
}
/**
 * Users back on `color`: through the router (ALB weights confirmed on the load balancer, or the selector with
 * kube-proxy caught up). Retries through API faults: this must happen.
 */
async function switchBack(ctx, router, svc, color) {
    for (let attempt = 1;; attempt++) {
        try {
            await router.shift(color, ctx.signal);
            return undefined;
        }
        catch (e) {
            if (!(e instanceof routing_js_1.RouterError) || attempt >= 3) {
                // The router could not confirm: at least the live Service selects the old color.
                await ctx.kube.patch({
                    apiVersion: 'v1',
                    kind: 'Service',
                    name: svc.metadata.name ?? '',
                    namespace: ctx.settings.namespace,
                }, { spec: { selector: { [manifests_js_1.LABEL.color]: color } } });
                if (e instanceof routing_js_1.RouterError) {
                    ctx.timeline.add('rollback', e.message, 'warn');
                    return e.message;
                }
                throw e;
            }
        }
    }
}
/**
 * A color that lost its users goes to 0 only once nothing reaches it any more (blue-green's and the canary's):
 * behind an ALB its target group's weight is 0 on the load balancer (requests in flight get a moment to finish);
 * behind a Service kube-proxy already sends new connections elsewhere (the switch waited for it), and its pods
 * drain by their preStop. An ALB that still sends it users (the controller did not apply the switch back) keeps
 * it running. Routers without a load balancer drain 0 s.
 */
async function retire(ctx, router, color, names) {
    if (await router.sendsTo?.(color)) {
        ctx.timeline.add('scale-down', `${color} keeps running (${names.join(', ')}): the ALB still sends it users`, 'warn');
        return;
    }
    const drain = Math.min(await router.drainSeconds(color), 10);
    if (drain > 0) {
        ctx.timeline.add('scale-down', `${color} has no ALB weight; ${drain}s for requests in flight`);
        await ctx.clock.sleep(drain * 1000, ctx.signal).catch(() => undefined);
    }
    for (const name of names)
        await (0, common_js_1.scale)(ctx, name, 0);
    ctx.timeline.add('scale-down', `${color} scaled to 0${names.length > 1 ? ` (${names.join(', ')})` : ''}`);
}


/***/ }),

/***/ 54544:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.versionedCloudWatch = versionedCloudWatch;
exports.cloudWatchPreflight = cloudWatchPreflight;
exports.firstDeployChecks = firstDeployChecks;
exports.withDimensions = withDimensions;
/**
 * The canary's CloudWatch analysis around its checks (`kind: cloudwatch`, `analysis: cloudwatch`): the ALB's
 * dimensions of the canary's and stable's target groups filled in from the router, CloudWatch asked once before
 * anything is written, and a first deploy (no stable target group yet) run without the checks that need one.
 */
const cloudwatch_js_1 = __webpack_require__(53409);
const json_client_js_1 = __webpack_require__(15603);
const errors_js_1 = __webpack_require__(97268);
const cloudwatch_js_2 = __webpack_require__(84026);
/** An AWS error message's first line without its closing period (the line goes on after it). */
const firstLine = (message) => (message.split('\n')[0] ?? '').replace(/\.$/, '');
/** The cloudwatch metric checks that name the canary's or stable's target group (known from the ALB router). */
function versionedCloudWatch(specs) {
    return specs.flatMap((s) => s.kind === 'cloudwatch' && s.metric !== undefined && !s.dimensions ? [s] : []);
}
/**
 * Before anything is written: can CloudWatch be read with the step's credentials, and do the alarms exist? A refusal
 * (access denied, bad credentials, an alarm that does not exist) stops the deploy here with one line; CloudWatch
 * unreachable or throttled now is a warning (the analysis counts such probes as inconclusive).
 */
async function cloudWatchPreflight(ctx, specs, router) {
    const cw = ctx.cloudwatch;
    const checks = specs.flatMap((s) => (s.kind === 'cloudwatch' ? [s] : []));
    if (!cw || checks.length === 0)
        return;
    const alarms = [...new Set(checks.flatMap((s) => s.alarms))];
    let operation = 'DescribeAlarms';
    try {
        if (alarms.length > 0) {
            const found = new Set((await cw.describeAlarms(alarms, ctx.signal)).map((a) => a.name));
            const missing = alarms.filter((a) => !found.has(a));
            if (missing.length > 0)
                throw new errors_js_1.InputError('health-checks', `Invalid input 'health-checks': no CloudWatch alarm named ${missing.map((a) => `'${a}'`).join(', ')} in ${cw.region}. Expected the names of existing alarms (an alarm that does not exist checks nothing).`);
        }
        const lb = checks.find((s) => s.dimensions)?.dimensions?.loadBalancer ??
            (checks.some((s) => s.metric !== undefined) ? (await router.albArns?.())?.loadBalancer : undefined);
        if (lb) {
            operation = 'GetMetricData';
            const now = ctx.clock.now();
            await cw.getMetricData([
                {
                    id: 'preflight',
                    namespace: 'AWS/ApplicationELB',
                    metricName: 'RequestCount',
                    dimensions: { LoadBalancer: (0, cloudwatch_js_1.albDimension)(lb) },
                    stat: 'Sum',
                    periodSeconds: 60,
                },
            ], { start: now - 300_000, end: now }, ctx.signal);
        }
    }
    catch (e) {
        if (e instanceof errors_js_1.InputError)
            throw e;
        if (e instanceof json_client_js_1.AwsServiceError && e.status >= 400 && e.status < 500 && !cloudwatch_js_2.THROTTLED.has(e.code))
            throw new errors_js_1.ConfigurationError(`CloudWatch refused ${operation} in ${cw.region}: ${e.code}: ${firstLine(e.message)}. The canary's analysis needs cloudwatch:GetMetricData and cloudwatch:DescribeAlarms; nothing was changed.`);
        ctx.timeline.add('plan', `CloudWatch could not be asked before the canary (${e instanceof json_client_js_1.AwsServiceError ? `${e.code}: ${e.message}` : (0, errors_js_1.errorMessage)(e)}): its probes count as inconclusive until it answers`, 'warn');
    }
}
/**
 * A first deploy has no canary and no stable target group: checks on `target-group: canary | stable` cannot run
 * (they start with the next canary). What is left runs; with nothing left, the new pods are checked.
 */
function firstDeployChecks(ctx) {
    const skipped = versionedCloudWatch(ctx.settings.checks);
    if (skipped.length === 0)
        return ctx.settings.checks;
    ctx.timeline.add('plan', `${skipped.map((s) => `'${s.name}'`).join(', ')} compare${skipped.length === 1 ? 's' : ''} a canary's target group with stable's: from the next canary on`);
    const rest = ctx.settings.checks.filter((s) => !skipped.includes(s));
    if (rest.length > 0)
        return rest;
    return [
        {
            index: 1,
            name: 'pods',
            kind: 'kubernetes',
            namespace: '${NAMESPACE}',
            selector: '${SELECTOR}',
            maxRestarts: 0,
            restartBaseline: 'first-probe',
            minPods: 1,
            notReadyGrace: 30_000,
            interval: 5_000,
            timeout: 5_000,
            successThreshold: 1,
            failureThreshold: 2,
        },
    ];
}
/**
 * CloudWatch's dimensions for checks on `target-group: canary | stable`: the ALB's and the two target groups'
 * (`app/<name>/<id>`, `targetgroup/<name>/<id>`), read from the router once the canary's targets are registered.
 */
async function withDimensions(specs, router, since) {
    if (versionedCloudWatch(specs).length === 0)
        return specs;
    const arns = (await router.albArns?.()) ?? {};
    if (!arns.loadBalancer || !arns.canary || !arns.stable)
        return `the ALB's target groups are not known yet (load balancer ${arns.loadBalancer ?? 'none'}, canary ${arns.canary ?? 'none'}, stable ${arns.stable ?? 'none'}): the cloudwatch checks cannot ask for their metrics`;
    const loadBalancer = (0, cloudwatch_js_1.albDimension)(arns.loadBalancer);
    const canary = (0, cloudwatch_js_1.albDimension)(arns.canary);
    const stable = (0, cloudwatch_js_1.albDimension)(arns.stable);
    return specs.map((s) => s.kind === 'cloudwatch' && s.metric !== undefined && !s.dimensions
        ? {
            ...s,
            since,
            dimensions: {
                loadBalancer,
                targetGroup: s.targetGroup === 'stable' ? stable : canary,
                ...(s.targetGroup === 'canary' ? { stableTargetGroup: stable } : {}),
            },
        }
        : s);
}


/***/ }),

/***/ 93024:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.colorService = colorService;
exports.canaryRouterFor = canaryRouterFor;
exports.isAlbCanary = isAlbCanary;
/**
 * How a canary's share of users is set and confirmed, on top of the traffic routers of blue-green (routing.ts):
 *
 * - `alb`: the weighted forward of the ALB Ingress (AlbRouter): stable's and canary's target groups with weights
 *   `100 - w` and `w`; a weight counts once the ALB's rules (ELBv2 DescribeRules) show it.
 * - `gateway-api`: the users' HTTPRoute with backendRefs weights (GatewayRouter); a weight counts once the route's
 *   status.parents accept that generation (Accepted and ResolvedRefs True).
 * - `replicas`: no router — the live Service selects both versions' pods and kube-proxy spreads connections over
 *   the ready ones, so the share is ready canary pods / all ready pods. That share is reported as it is
 *   ("requested 10 %, actual 25 % with 1 of 4 pods"), never as the step's number.
 *
 * Backends are the colors of blue-green: the stable color keeps running untouched (its pods never restart), the
 * canary is the other color, and promotion moves every user to it.
 */
const errors_js_1 = __webpack_require__(97268);
const client_js_1 = __webpack_require__(50301);
const manifests_js_1 = __webpack_require__(46158);
const common_js_1 = __webpack_require__(92610);
const routing_js_1 = __webpack_require__(90677);
const gateway_router_js_1 = __webpack_require__(687);
/** Service `<svc>-<color>`: the live Service's selector plus the color, its ports. */
function colorService(svc, color, namespace) {
    const spec = svc.spec ?? {};
    return {
        apiVersion: 'v1',
        kind: 'Service',
        metadata: {
            name: `${svc.metadata.name}-${color}`,
            namespace,
            labels: { ...svc.metadata.labels, [manifests_js_1.LABEL.color]: color, [manifests_js_1.LABEL.track]: 'backend' },
        },
        spec: {
            type: 'ClusterIP',
            selector: { ...spec.selector, [manifests_js_1.LABEL.color]: color },
            ports: (spec.ports ?? []).map(({ name, port, targetPort }) => ({ name, port, targetPort })),
        },
    };
}
class AlbCanaryRouter {
    alb;
    stable;
    canary;
    ingressName;
    kind = 'alb';
    constructor(alb, stable, canary, ingressName) {
        this.alb = alb;
        this.stable = stable;
        this.canary = canary;
        this.ingressName = ingressName;
    }
    describe() {
        return this.alb.describe();
    }
    objects() {
        return this.alb.objects(this.stable, [this.stable, this.canary]);
    }
    canaryReplicas(weight, stable) {
        // At 100 % this is stable's count (at least 1).
        return Math.max(1, Math.ceil((stable * weight) / 100));
    }
    async setWeight(weight, signal) {
        if (weight >= 100)
            await this.alb.shift(this.canary, signal);
        else if (weight <= 0)
            await this.alb.shift(this.stable, signal);
        else
            await this.alb.setWeights({ [this.stable]: 100 - weight, [this.canary]: weight }, signal);
        return {
            weight,
            detail: `the ALB's rules forward ${weight}% to ${this.alb.backendService(this.canary)}, ${100 - weight}% to ${this.alb.backendService(this.stable)}`,
        };
    }
    healthy(signal, timeoutMs) {
        return this.alb.healthy(this.canary, signal, timeoutMs);
    }
    drainSeconds(color) {
        return this.alb.drainSeconds(color);
    }
    serviceOf(color) {
        return this.alb.backendService(color);
    }
    restore() {
        return {
            'bg-action': this.alb.actionKey,
            'bg-ingress': this.ingressName,
            'bg-restore-action': this.alb.actionFor({ [this.stable]: 100, [this.canary]: 0 }),
        };
    }
    waitBinding(signal) {
        return this.alb.waitBinding(this.canary, signal);
    }
    async albArns() {
        const [loadBalancer, canary, stable] = await Promise.all([
            this.alb.loadBalancerArn(),
            this.alb.targetGroup(this.canary),
            this.alb.targetGroup(this.stable),
        ]);
        return { loadBalancer, canary, stable };
    }
}
class GatewayCanaryRouter {
    ctx;
    gw;
    svc;
    stable;
    canary;
    kind = 'gateway-api';
    constructor(ctx, gw, svc, stable, canary) {
        this.ctx = ctx;
        this.gw = gw;
        this.svc = svc;
        this.stable = stable;
        this.canary = canary;
    }
    describe() {
        return this.gw.describe();
    }
    objects() {
        const ns = this.ctx.settings.namespace;
        return [colorService(this.svc, this.stable, ns), colorService(this.svc, this.canary, ns)];
    }
    canaryReplicas(weight, stable) {
        if (weight >= 100)
            return Math.max(1, stable);
        return Math.max(1, Math.ceil((stable * weight) / 100));
    }
    async setWeight(weight, signal) {
        const w = Math.min(100, Math.max(0, weight));
        const status = await this.gw.setWeights({ [this.stable]: 100 - w, [this.canary]: w }, signal);
        const to = (c) => this.gw.backendService(c);
        return {
            weight: w,
            detail: w <= 0 || w >= 100
                ? `HTTPRoute ${this.gw.name} is back to its own rules, Service ${this.svc.metadata.name} on ${w <= 0 ? this.stable : this.canary}: ${status}`
                : `HTTPRoute ${this.gw.name} weighs ${w} for ${to(this.canary)}, ${100 - w} for ${to(this.stable)}: ${status}`,
        };
    }
    healthy(signal, timeoutMs) {
        return this.gw.healthy(this.canary, signal, timeoutMs);
    }
    prepare(signal) {
        return this.gw.prepared(signal);
    }
    async drainSeconds() {
        return 0;
    }
    serviceOf(color) {
        return this.gw.backendService(color);
    }
    restore() {
        return this.gw.restoreState();
    }
}
class ReplicasCanaryRouter {
    ctx;
    svc;
    stable;
    canary;
    kind = 'replicas';
    constructor(ctx, svc, stable, canary) {
        this.ctx = ctx;
        this.svc = svc;
        this.stable = stable;
        this.canary = canary;
    }
    get name() {
        return this.svc.metadata.name ?? '';
    }
    describe() {
        return `Service ${this.name} over both versions' pods (no router: the share is the share of ready pods)`;
    }
    objects() {
        const ns = this.ctx.settings.namespace;
        return [colorService(this.svc, this.stable, ns), colorService(this.svc, this.canary, ns)];
    }
    canaryReplicas(weight, stable) {
        if (weight >= 100)
            return Math.max(1, stable);
        return Math.max(1, Math.round((stable * weight) / (100 - weight)));
    }
    async select(color) {
        await this.ctx.kube.patch({ apiVersion: 'v1', kind: 'Service', name: this.name, namespace: this.ctx.settings.namespace }, { spec: { selector: { [manifests_js_1.LABEL.color]: color } } });
    }
    async setWeight(weight, signal) {
        const base = this.svc.spec?.selector ?? {};
        if (weight <= 0 || weight >= 100) {
            const color = weight <= 0 ? this.stable : this.canary;
            await this.select(color);
            if (!(await (0, common_js_1.waitEndpoints)(this.ctx, this.name, { ...base, [manifests_js_1.LABEL.color]: color }, signal)))
                throw new routing_js_1.RouterError(`Service ${this.name}'s endpoints did not settle on ${color}'s pods`);
            return { weight, detail: `Service ${this.name} selects only ${color}'s pods` };
        }
        await this.select(null);
        const until = this.ctx.clock.now() + this.ctx.settings.switchTimeoutMs;
        for (;;) {
            const share = await this.share();
            if (share && share.canary > 0) {
                const actual = Math.round((1000 * share.canary) / share.total) / 10;
                return {
                    weight: actual,
                    detail: `requested ${weight}%, actual ${actual}% with ${share.canary} of ${share.total} pods` +
                        (Math.abs(actual - weight) >= 1 ? ' (no router: the share moves in whole pods)' : ''),
                };
            }
            if (this.ctx.clock.now() >= until)
                throw new routing_js_1.RouterError(`Service ${this.name} did not list a ready canary pod within ${Math.round(this.ctx.settings.switchTimeoutMs / 1000)}s`);
            await this.ctx.clock.sleep(1_000, signal);
        }
    }
    /** Ready endpoints of the live Service, by version. */
    async share() {
        const ns = this.ctx.settings.namespace;
        const [slices, pods] = await Promise.all([
            this.ctx.kube.list('discovery.k8s.io/v1', 'EndpointSlice', ns, {
                labelSelector: `kubernetes.io/service-name=${this.name}`,
            }),
            this.ctx.kube.list('v1', 'Pod', ns, {
                labelSelector: (0, common_js_1.selectorString)({ ...this.svc.spec?.selector, [manifests_js_1.LABEL.color]: this.canary }),
            }),
        ]);
        const canaryPods = new Set(pods.map((p) => p.metadata.name));
        const ready = slices.flatMap((s) => (s.endpoints ?? []).filter((e) => e.conditions?.ready !== false));
        if (ready.length === 0)
            return undefined;
        return {
            canary: ready.filter((e) => canaryPods.has(e.targetRef?.name)).length,
            total: ready.length,
        };
    }
    async healthy() {
        return undefined;
    }
    async drainSeconds() {
        return 0;
    }
    serviceOf(color) {
        return `${this.name}-${color}`;
    }
}
/**
 * The canary's router: `alb` when an ALB Ingress of the manifests fronts the service (or `router: alb`), else
 * `gateway-api` when one HTTPRoute of the manifests routes to it (or `router: gateway-api`), otherwise `replicas`.
 * `router: service` moves every user at once and cannot run a canary.
 */
async function canaryRouterFor(ctx, svc, stable, canary, colors) {
    const wanted = ctx.settings.router;
    if (wanted === 'service')
        throw new errors_js_1.InputError('router', `Invalid input 'router': 'service'. Expected alb, gateway-api or replicas with strategy canary (a Service's selector moves every user at once).`);
    if (wanted === 'gateway-api')
        return new GatewayCanaryRouter(ctx, await gatewayRouterFor(ctx, svc), svc, stable, canary);
    if (wanted !== 'replicas') {
        const r = await (0, routing_js_1.routerFor)(ctx, svc, colors);
        if (r instanceof routing_js_1.AlbRouter)
            return new AlbCanaryRouter(r, stable, canary, (0, routing_js_1.albFront)(ctx.objects, svc.metadata.name ?? '')?.ingress.metadata.name ?? '');
        // No ALB: users who reach the service through one HTTPRoute of the manifests get the route's weights.
        if (wanted === 'auto' &&
            (0, gateway_router_js_1.routesTo)(ctx.objects, svc.metadata.name ?? '', ctx.settings.namespace).length === 1)
            return new GatewayCanaryRouter(ctx, await gatewayRouterFor(ctx, svc), svc, stable, canary);
    }
    return new ReplicasCanaryRouter(ctx, svc, stable, canary);
}
/**
 * The users' HTTPRoute for `router: gateway-api`: `http-route` names it (from the manifests, or already in the
 * cluster), or the manifests hold exactly one HTTPRoute routing to the Service. It must send traffic to the
 * Service through a backendRef, and the cluster must serve the Gateway API.
 */
async function gatewayRouterFor(ctx, svc) {
    const ns = ctx.settings.namespace;
    const service = svc.metadata.name ?? '';
    const name = ctx.settings.httpRoute;
    try {
        await ctx.kube.resource(gateway_router_js_1.GATEWAY_API, 'HTTPRoute');
    }
    catch (e) {
        if (e instanceof client_js_1.KubeApiError && e.status === 404)
            throw new errors_js_1.ConfigurationError(`router gateway-api: the cluster does not serve HTTPRoute (${gateway_router_js_1.GATEWAY_API}): install the Gateway API CRDs and a controller, or use router alb or replicas.`);
        throw e;
    }
    let route;
    if (name) {
        route =
            ctx.objects.find((o) => o.kind === 'HTTPRoute' && o.apiVersion === gateway_router_js_1.GATEWAY_API && o.metadata.name === name) ?? (await ctx.kube.get(gateway_router_js_1.GATEWAY_API, 'HTTPRoute', name, ns));
        if (!route)
            throw new errors_js_1.InputError('http-route', `Invalid input 'http-route': '${name}'. Expected an HTTPRoute in the manifests or in namespace ${ns}; none is named so.`);
        if ((0, gateway_router_js_1.routesTo)([route], service, ns).length === 0)
            throw new errors_js_1.InputError('http-route', `Invalid input 'http-route': '${name}'. Expected an HTTPRoute with a backendRef to Service ${service}; its rules send nothing there.`);
    }
    else {
        const found = (0, gateway_router_js_1.routesTo)(ctx.objects, service, ns);
        if (found.length !== 1)
            throw new errors_js_1.InputError('http-route', found.length === 0
                ? `Input 'http-route' is required with router gateway-api: name the HTTPRoute whose backendRefs send users to Service ${service} (none in the manifests does).`
                : `Input 'http-route' is required with router gateway-api: ${found.length} HTTPRoutes of the manifests send users to Service ${service} (${found.map((r) => r.metadata.name).join(', ')}); name one.`);
        route = found[0];
    }
    const router = new gateway_router_js_1.GatewayRouter(ctx, svc, structuredClone(route));
    // A route from the cluster that its Gateway does not serve cannot carry a canary (nor take users back), and
    // nothing in this release changes it. A route of the manifests is checked once applied (prepare).
    const refused = ctx.objects.includes(route) ? undefined : await router.refused();
    if (refused)
        throw new errors_js_1.ConfigurationError(`HTTPRoute ${router.name} is not served as it is in the cluster: ${refused}. Fix the route or its Gateway before a canary.`);
    return router;
}
function isAlbCanary(r) {
    return r instanceof AlbCanaryRouter;
}


/***/ }),

/***/ 63823:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.CANARY_ANNOTATION = void 0;
exports.canarySettings = canarySettings;
exports.analysisSpecs = analysisSpecs;
exports.metricsTransports = metricsTransports;
exports.canary = canary;
exports.refuseWhilePaused = refuseWhilePaused;
/**
 * Canary: the new version runs as the other color beside the stable one and takes a growing share of users in
 * steps (`steps: 5,25,50,100`) through the traffic router — the ALB's weighted forward, or no router at all
 * (`replicas`: the share of ready pods, reported as it really is). A step counts only once the router shows its
 * weight (the ALB's rules through ELBv2) and the canary's targets are healthy; then the canary is analysed every
 * `analysis-interval` for the step's pause. A failing probe holds the weight where it is; `failure-limit`
 * consecutive failures of a check abort: every user back on stable at once (confirmed on the router), the canary
 * scaled down only after its requests drained. The stable color is never touched during the canary — its pods do
 * not restart, and its HPA may scale it up but not below what it ran at the start (an HPA-shrunk stable is never
 * handed 100 % back). Promotion: the canary is scaled to stable's size, takes 100 %, the HPA moves to it, and the
 * old color goes once drained. The release's other Deployments (a worker) move as in blue-green: each runs in the
 * canary's color beside stable's from the start; stable's goes on promotion, the canary's on abort.
 */
const errors_js_1 = __webpack_require__(97268);
const index_js_1 = __webpack_require__(50570);
const http_request_js_1 = __webpack_require__(91614);
const manifests_js_1 = __webpack_require__(46158);
const blue_green_js_1 = __webpack_require__(93237);
const canary_settings_js_1 = __webpack_require__(41981);
const canary_routers_js_1 = __webpack_require__(93024);
const canary_cloudwatch_js_1 = __webpack_require__(54544);
const common_js_1 = __webpack_require__(92610);
const hpa_js_1 = __webpack_require__(85736);
const release_js_1 = __webpack_require__(24218);
const routing_js_1 = __webpack_require__(90677);
const COLORS = ['blue', 'green'];
const other = (c) => (c === 'blue' ? 'green' : 'blue');
/** The canary settings, or the defaults (`10,50,100`, 2 minutes a step, every 10 s, 2 failures). */
function canarySettings(ctx) {
    return (ctx.settings.canary ?? {
        steps: (0, canary_settings_js_1.parseCanarySteps)('steps', canary_settings_js_1.CANARY_DEFAULTS.steps, 120_000),
        analysisIntervalMs: 10_000,
        failureLimit: canary_settings_js_1.CANARY_DEFAULTS.failureLimit,
        action: 'run',
    });
}
/**
 * The checks as the canary runs them: every check probes once per `analysis-interval` (its timeout within it) and
 * fails the canary after `failure-limit` consecutive failures.
 */
function analysisSpecs(specs, c, versions) {
    return specs.map((s) => {
        const timing = {
            interval: c.analysisIntervalMs,
            timeout: Math.min(s.timeout, c.analysisIntervalMs),
            failureThreshold: c.failureLimit,
            successThreshold: 1,
        };
        const version = (text) => text
            .replaceAll('{{canary}}', versions.canary)
            .replaceAll('{{version}}', versions.canary)
            .replaceAll('{{stable}}', versions.stable);
        // Alarm names templated per version.
        if (s.kind === 'cloudwatch')
            return { ...s, ...timing, alarms: s.alarms.map(version) };
        if (s.kind !== 'prometheus')
            return { ...s, ...timing };
        // PromQL templated per version.
        return { ...s, ...timing, query: version(s.query) };
    });
}
/**
 * How the analysis reaches its metrics backends (the prometheus checks' URLs): a connection that fails, a timeout,
 * or a 5xx of the backend itself says nothing about the canary — inconclusive, never a pass and never a failure
 * of the canary. Every other URL is reached as usual.
 */
function metricsTransports(specs) {
    const backends = specs.flatMap((s) => (s.kind === 'prometheus' ? [s.url.replace(/\/+$/, '')] : []));
    const strictEmpty = new Set(specs.flatMap((s) => s.kind === 'prometheus' && s.onEmpty === 'fail' ? [s.url.replace(/\/+$/, '')] : []));
    const transport = async (url, o) => {
        const backend = backends.find((b) => url.startsWith(`${b}/`));
        if (!backend)
            return (0, http_request_js_1.httpRequest)(url, o);
        let answer;
        try {
            answer = await (0, http_request_js_1.httpRequest)(url, o);
        }
        catch (e) {
            if (o.signal.aborted)
                throw e;
            throw new index_js_1.Inconclusive(`the metrics backend ${backend} could not be reached: ${(0, errors_js_1.errorMessage)(e)}`);
        }
        if (answer.status >= 500)
            throw new index_js_1.Inconclusive(`the metrics backend ${backend} answered HTTP ${answer.status}`);
        // No series at all (the canary's pods not scraped yet) is not knowing, unless a check says empty passes.
        if (strictEmpty.has(backend) && emptyResult(answer.body))
            throw new index_js_1.Inconclusive(`the metrics backend ${backend} has no series for the query yet`);
        return answer;
    };
    return { 'http:': transport, 'https:': transport };
}
/** The HPA of stable during the canary: it may scale stable up, never below what stable ran at the start. */
function pinned(hpa, target, floor) {
    const copy = (0, hpa_js_1.retarget)(hpa, target);
    copy.spec ??= {};
    const max = copy.spec.maxReplicas ?? floor;
    copy.spec.minReplicas = Math.min(max, Math.max(copy.spec.minReplicas ?? 1, floor));
    return copy;
}
async function canary(ctx) {
    const { kube, settings, timeline, clock } = ctx;
    const c = canarySettings(ctx);
    const ns = settings.namespace;
    const dep = (0, common_js_1.mainDeployment)(ctx.objects, settings.service);
    const svc = (0, common_js_1.frontService)(ctx.objects, settings.service, dep);
    if (!svc)
        throw new common_js_1.ApplyError(`A canary needs the Service that fronts Deployment ${dep.metadata.name} in the manifests.`);
    const svcName = svc.metadata.name;
    const base = dep.metadata.name;
    const live = await kube.get('v1', 'Service', svcName, ns);
    // A canary paused at a manual step: its stable color is where the state is kept.
    const paused = await pausedCanary(ctx, base);
    const stableColor = (paused?.stable ?? live?.spec?.selector?.[manifests_js_1.LABEL.color]);
    const stableName = stableColor ? `${base}-${stableColor}` : undefined;
    const stableDep = stableName
        ? await kube.get('apps/v1', 'Deployment', stableName, ns)
        : undefined;
    const previousVersion = (0, common_js_1.versionOfLive)(stableDep);
    if (c.action !== 'run' && !paused)
        throw new errors_js_1.InputError('action', `Invalid input 'action': '${c.action}'. Expected run: no canary of ${settings.service} is paused at a manual step.`);
    if (paused && c.action === 'run')
        throw new errors_js_1.PolicyError(`A canary of ${settings.service} (${paused.state.version}) is paused at ${paused.state.weight}%: run the deploy with action promote or abort first.`);
    if (paused && paused.state.version !== settings.version)
        throw new errors_js_1.InputError('action', `Invalid input 'action': '${c.action}'. Expected the version of the paused canary (${paused.state.version}); this run deploys ${settings.version}.`);
    if (!paused && (!stableColor || !stableDep || (stableDep.spec?.replicas ?? 0) === 0)) {
        // Nothing serves users yet: there is no stable version to give a share to. The first version is checked before
        // it takes users and watched after, as blue-green does.
        timeline.add('plan', `first deploy of ${settings.service}: no stable version to split traffic with, so ${settings.version} is checked and then takes every user`);
        return (0, blue_green_js_1.blueGreen)({
            ...ctx,
            settings: {
                ...settings,
                router: settings.router === 'alb' ? 'alb' : 'auto',
                checks: (0, canary_cloudwatch_js_1.firstDeployChecks)(ctx),
            },
        });
    }
    if (!stableColor || !stableDep)
        throw new Error('unreachable: a paused canary without its stable Deployment');
    const canaryColor = other(stableColor);
    const others = await otherWorkloads(ctx, dep, stableColor, canaryColor, previousVersion);
    if (!paused &&
        previousVersion === settings.version &&
        (0, common_js_1.sameImages)(stableDep, (0, blue_green_js_1.colored)(dep, stableColor, undefined)) &&
        others.every((w) => (0, common_js_1.sameImages)(w.old, (0, blue_green_js_1.colored)(w.manifest, stableColor, undefined)))) {
        timeline.add('plan', `${settings.version} is already live on ${stableColor}: nothing to change`, 'ok');
        return {
            result: 'promoted',
            version: settings.version,
            previousVersion,
            liveColor: stableColor,
            unchanged: true,
            checks: [],
        };
    }
    const canaryName = `${base}-${canaryColor}`;
    const hpa = (0, hpa_js_1.hpaFor)(ctx.objects, base);
    const router = await (0, canary_routers_js_1.canaryRouterFor)(ctx, svc, stableColor, canaryColor, COLORS);
    const startStable = paused?.state.startStable ?? stableDep.spec?.replicas ?? 1;
    const onAlb = (0, canary_cloudwatch_js_1.versionedCloudWatch)(settings.checks)[0];
    if (onAlb && router.kind !== 'alb' && settings.analysis === 'cloudwatch')
        throw errors_js_1.InputError.invalid('analysis', 'cloudwatch', `default: the canary of ${settings.service} has no ALB (router ${router.kind}), so no target group of its own to read from CloudWatch`);
    if (onAlb && router.kind !== 'alb')
        throw new errors_js_1.InputError('health-checks', `Invalid input 'health-checks': check ${onAlb.index} ('${onAlb.name}') field 'target-group': '${onAlb.targetGroup}'. Expected a target group ARN with load-balancer: the canary of ${settings.service} has no ALB (router ${router.kind}), so it has no target group of its own.`);
    let specs = analysisSpecs(settings.checks, c, {
        canary: settings.version,
        stable: previousVersion ?? '',
    });
    await (0, canary_cloudwatch_js_1.cloudWatchPreflight)(ctx, specs, router);
    timeline.add('plan', `${previousVersion ?? 'unknown'} is live on ${stableColor} (${startStable} pod${startStable === 1 ? '' : 's'}); canary ${settings.version} as ${canaryColor}: ${(0, canary_settings_js_1.describeSteps)(c.steps)}; users reach it through ${router.describe()}; ${specs.length} check(s) every ${Math.round(c.analysisIntervalMs / 1000)}s, abort after ${c.failureLimit} failure(s) in a row` +
        (others.length
            ? `; ${others.map((w) => w.next.metadata.name).join(', ')} run${others.length === 1 ? 's' : ''} beside stable's until the canary ends`
            : ''));
    // The post step reads these to put users back on stable if this process dies (as for blue-green).
    ctx.saveState('bg-service', svcName);
    ctx.saveState('bg-old-color', stableColor);
    ctx.saveState('bg-new-color', canaryColor);
    ctx.saveState('bg-base', base);
    if (hpa)
        ctx.saveState('bg-hpa', hpa.metadata.name ?? '');
    if (others.length)
        ctx.saveState('bg-workloads', JSON.stringify(others.map((w) => ({ base: w.base, hpa: w.hpa?.metadata.name ?? '' }))));
    // The Deployments and their HPAs are the colors' (above); the manifests' ALB Ingress is the router's.
    const hpas = new Set([hpa, ...others.map((w) => w.hpa)]);
    const rest = ctx.objects.filter((o) => o.kind !== 'Deployment' && o !== svc && !hpas.has(o) && !((0, routing_js_1.isAlbIngress)(o) && router.kind === 'alb'));
    const first = c.steps[0]?.weight ?? 100;
    const canaryDep = (0, blue_green_js_1.colored)(dep, canaryColor, previousVersion);
    canaryDep.metadata.labels = { ...canaryDep.metadata.labels, [manifests_js_1.LABEL.track]: 'canary' };
    canaryDep.spec ??= {};
    canaryDep.spec.replicas = router.canaryReplicas(first, startStable);
    // A resumed canary keeps what it has in the cluster: re-applying would reset the router to stable.
    let snapshot;
    let unready;
    let weightsAsked = false;
    if (!paused) {
        const toApply = [
            ...rest.filter((o) => o.kind !== 'Ingress'),
            ...router.objects(),
            ...rest.filter((o) => o.kind === 'Ingress'),
            (0, blue_green_js_1.withColor)(svc, stableColor),
            ...(hpa ? [pinned(hpa, stableName, startStable)] : []),
        ];
        const deployments = [canaryDep, ...others.map((w) => w.next)];
        // Nothing is written before the API server accepted every object; what was there is kept to put it back.
        snapshot = await (0, release_js_1.beginRelease)(ctx, [...toApply, ...deployments]);
        await (0, common_js_1.applyAll)(ctx, toApply);
        if (hpa)
            timeline.add('plan', `HPA ${hpa.metadata.name} keeps scaling ${stableName}, not below ${startStable} until the canary ends: stable can take every user back at once`);
        if ((0, canary_routers_js_1.isAlbCanary)(router) && !(await router.waitBinding(ctx.signal)))
            timeline.add('apply', `no TargetGroupBinding for ${router.serviceOf(canaryColor)} yet: the AWS Load Balancer Controller is slow`, 'warn');
        // A router that cannot carry the canary: no canary pod starts, and the abort below restores the release.
        unready = await router.prepare?.(ctx.signal);
        if (!unready)
            await (0, common_js_1.applyAll)(ctx, deployments);
    }
    const checkResults = [];
    const exposure = paused
        ? {
            weighted: 0,
            weight: paused.state.weight,
            at: clock.now(),
            since: clock.now(),
            max: paused.state.weight,
        }
        : { weighted: 0, weight: 0, at: clock.now(), max: 0 };
    const setExposure = (w) => {
        const now = clock.now();
        if (exposure.since !== undefined)
            exposure.weighted += exposure.weight * (now - exposure.at);
        exposure.since ??= now;
        exposure.weight = w;
        exposure.at = now;
        exposure.max = Math.max(exposure.max, w);
    };
    const canaryOutputs = () => {
        setExposure(exposure.weight);
        const span = clock.now() - (exposure.since ?? clock.now());
        return {
            maxWeight: exposure.max,
            exposure: span > 0 ? Math.round((exposure.weighted / span / 100) * 10_000) / 10_000 : 0,
        };
    };
    const stableUrl = ctx.serviceUrl(router.serviceOf(stableColor), (0, common_js_1.firstPort)(svc));
    const canaryUrl = ctx.serviceUrl(router.serviceOf(canaryColor), (0, common_js_1.firstPort)(svc));
    const variables = {
        NAMESPACE: ns,
        SELECTOR: (0, common_js_1.selectorString)(canaryDep.spec.selector?.matchLabels ?? {}),
        TARGET_URL: canaryUrl,
        PREVIEW_URL: canaryUrl,
        STABLE_URL: stableUrl,
        LIVE_URL: settings.liveUrl ?? ctx.serviceUrl(svcName, (0, common_js_1.firstPort)(svc)),
        PROBE_PATH: (0, common_js_1.probePath)(dep),
        VERSION: settings.version,
        STABLE_VERSION: previousVersion ?? '',
    };
    /** Every user back on stable (confirmed), HPA as before, then the canary goes once its requests drained. */
    const abort = async (reason, verdictAt = clock.now(), detectSeconds) => {
        const cleanup = { ...ctx, signal: (0, common_js_1.cleanupSignal)() };
        let restored;
        // Weights were asked for (even if the router never confirmed them, they may have landed): 0, confirmed.
        if (exposure.max > 0 || exposure.since !== undefined || weightsAsked) {
            for (let attempt = 1;; attempt++) {
                try {
                    await router.setWeight(0, cleanup.signal);
                    restored = clock.now();
                    setExposure(0);
                    break;
                }
                catch (e) {
                    if (!(e instanceof routing_js_1.RouterError))
                        throw e;
                    if (attempt >= 3) {
                        // The canary keeps running: scaling it down while the router may still send it users would fail them.
                        timeline.add('rollback', `${reason}; users could not be confirmed back on ${stableColor}: ${e.message}. ${canaryName} keeps running until they are`, 'error');
                        return {
                            result: 'failed',
                            rollbackReason: `${reason}; the router did not confirm users back on ${stableColor}: ${e.message}`,
                            version: settings.version,
                            previousVersion,
                            liveColor: stableColor,
                            detectSeconds,
                            checks: checkResults,
                            canary: canaryOutputs(),
                        };
                    }
                }
            }
        }
        if (hpa)
            await (0, common_js_1.applyAll)(cleanup, [(0, hpa_js_1.retarget)(hpa, stableName)]);
        // Every other object of the release as it was (users are on stable already).
        if (snapshot)
            await (0, release_js_1.restoreSnapshot)(cleanup, snapshot, { skip: (0, blue_green_js_1.notRestored)(ctx, router.kind) });
        timeline.add('rollback', `${reason}; every user is back on ${stableColor} (${previousVersion ?? 'previous'})` +
            (hpa ? `, HPA ${hpa.metadata.name} scales ${stableName} as before` : ''), 'error');
        await (0, blue_green_js_1.retire)(cleanup, router, canaryColor, [
            canaryName,
            ...others.map((w) => w.next.metadata.name),
        ]);
        await clearStep(cleanup, stableName);
        ctx.saveState('bg-phase', 'rolled-back');
        return {
            result: 'rolled-back',
            rollbackReason: reason,
            version: settings.version,
            previousVersion,
            liveColor: stableColor,
            detectSeconds,
            rollbackSeconds: restored !== undefined ? (0, common_js_1.seconds)(restored - verdictAt) : undefined,
            checks: checkResults,
            canary: canaryOutputs(),
        };
    };
    const total = c.steps.length;
    if (unready)
        return abort(`${router.describe()} cannot carry the canary: ${unready}`);
    if (paused) {
        timeline.add('resume', `${settings.version} holds ${paused.state.weight}% at step ${paused.state.step + 1}/${total} (a manual step); action: ${c.action}`);
        if (c.action === 'abort')
            return abort(`aborted at the manual step ${paused.state.step + 1}/${total} (action: abort)`);
    }
    for (let i = paused ? paused.state.step : 0; i < total; i++) {
        const step = c.steps[i];
        const label = `step ${i + 1}/${total}`;
        // The step a paused canary resumes from: its weight is confirmed again, the promote was its approval.
        const resumed = paused !== undefined && i === paused.state.step;
        if (ctx.signal.aborted)
            return abort(`cancelled before ${label}`);
        // The canary's size follows stable's (which its HPA may have grown): enough pods for the share, all of stable's
        // count before it takes every user.
        const stableNow = (await kube.get('apps/v1', 'Deployment', stableName, ns))?.spec
            ?.replicas;
        const want = router.canaryReplicas(step.weight, Math.max(stableNow ?? startStable, 1));
        const current = (await kube.get('apps/v1', 'Deployment', canaryName, ns))?.spec?.replicas;
        if (current !== want) {
            await (0, common_js_1.scale)(ctx, canaryName, want);
            timeline.add('rollout', `${canaryName} scaled to ${want} pod${want === 1 ? '' : 's'} for ${step.weight}%`);
        }
        const notReady = await (0, common_js_1.waitReady)(ctx, canaryName);
        if (notReady)
            return abort(`${canaryColor} did not become ready at ${label}: ${notReady}`);
        const unhealthy = await router.healthy(ctx.signal, settings.readyTimeoutMs);
        if (unhealthy)
            return abort(`${canaryColor} ${unhealthy} at ${label}`);
        if (ctx.signal.aborted)
            return abort(`cancelled at ${label}`);
        ctx.saveState('bg-phase', 'switching');
        if (i === 0 || resumed)
            saveAlbRestore(ctx, router);
        timeline.add('weights', `${label}: asking ${router.describe()} for ${step.weight}% on ${canaryColor}`);
        let delivered;
        try {
            weightsAsked = true;
            delivered = await router.setWeight(step.weight, ctx.signal);
        }
        catch (e) {
            if (!(e instanceof routing_js_1.RouterError) && !ctx.signal.aborted)
                throw e;
            return abort(e instanceof routing_js_1.RouterError
                ? `${label} (${step.weight}%) did not take: ${e.message}`
                : `cancelled at ${label}`);
        }
        setExposure(delivered.weight);
        ctx.saveState('bg-phase', 'switched');
        await recordStep(ctx, stableName, {
            version: settings.version,
            canary: canaryColor,
            step: i,
            weight: delivered.weight,
            startStable,
        });
        timeline.add('step', `${label}: ${settings.version} takes ${delivered.weight}% of users (${delivered.detail})`, Math.abs(delivered.weight - step.weight) >= 1 ? 'warn' : 'ok');
        if (step.pause === 'manual' && !resumed && step.weight < 100) {
            await recordStep(ctx, stableName, {
                version: settings.version,
                canary: canaryColor,
                step: i,
                weight: delivered.weight,
                startStable,
                paused: true,
            });
            ctx.saveState('bg-phase', 'paused');
            timeline.add('pause', `${settings.version} holds ${delivered.weight}% of users at ${label} (a manual step). To go on, run the deploy again with action: promote; to put every user back on ${stableColor}, action: abort (service-deploy: input canary-action, e.g. from a workflow_dispatch).`, 'ok');
            return {
                result: 'paused',
                version: settings.version,
                previousVersion,
                liveColor: stableColor,
                checks: checkResults,
                canary: { ...canaryOutputs(), pausedAt: delivered.weight },
            };
        }
        const pause = step.pause === 'manual' || resumed ? 0 : step.pause;
        if (pause > 0 && specs.length === 0)
            return abort(`${label}: nothing to analyse (health-checks is empty), and a gate with nothing to check fails`);
        if (pause > 0) {
            const ready = await (0, canary_cloudwatch_js_1.withDimensions)(specs, router, exposure.since ?? clock.now());
            if (typeof ready === 'string')
                return abort(`${label} (${step.weight}%): ${ready}`);
            specs = ready;
            const verdict = await analyse(ctx, `analysis ${step.weight}%`, pause, specs, c, variables);
            if (verdict.result)
                checkResults.push(verdict.result);
            if (ctx.signal.aborted)
                return abort(`cancelled during ${label}`);
            if (verdict.failed)
                return abort(`${label} (${step.weight}%): ${verdict.failed}`, verdict.at, verdict.detectSeconds);
        }
    }
    // Every user is on the canary: the HPAs follow it (the other workloads' too), the old color goes once drained.
    const retargeted = [
        ...(hpa ? [(0, hpa_js_1.retarget)(hpa, canaryName)] : []),
        ...others.flatMap((w) => (w.hpa ? [(0, hpa_js_1.retarget)(w.hpa, w.next.metadata.name)] : [])),
    ];
    if (retargeted.length)
        await (0, common_js_1.applyAll)(ctx, retargeted);
    // Old config versions (beyond what stable reads) go, and with prune what left the manifests.
    await (0, release_js_1.finishRelease)(ctx, (0, release_js_1.configReadBy)([stableDep, ...others.map((w) => w.old)]));
    await clearStep(ctx, stableName);
    timeline.add('promote', `${settings.version} on ${canaryColor} serves every user` +
        (hpa ? `; HPA ${hpa.metadata.name} now scales ${canaryName}` : ''), 'ok');
    const outputs = canaryOutputs();
    if (settings.scaleDownDelayMs > 0) {
        timeline.add('scale-down', `${stableColor} keeps running for ${Math.round(settings.scaleDownDelayMs / 1000)}s before it scales down`);
        await clock.sleep(settings.scaleDownDelayMs, ctx.signal).catch(() => undefined);
    }
    await (0, blue_green_js_1.retire)({ ...ctx, signal: (0, common_js_1.cleanupSignal)() }, router, stableColor, [
        stableName,
        ...others.flatMap((w) => (w.old ? [`${w.base}-${stableColor}`] : [])),
    ]);
    ctx.saveState('bg-phase', 'done');
    return {
        result: 'promoted',
        version: settings.version,
        previousVersion,
        liveColor: canaryColor,
        checks: checkResults,
        canary: outputs,
    };
}
/** What the post step needs to put the router's weights back on stable if this process dies mid-canary. */
function saveAlbRestore(ctx, router) {
    for (const [k, v] of Object.entries(router.restore?.() ?? {}))
        ctx.saveState(k, v);
}
exports.CANARY_ANNOTATION = 'keelson.dev/canary';
/**
 * Any other rollout of a service whose canary is paused at a manual step is refused: it would take the canary's
 * color and the router from under it. Promote or abort the canary first.
 */
async function refuseWhilePaused(ctx) {
    // The colors are named after the Deployment the service rolls out (the only one, when it is named otherwise).
    const paused = await pausedCanary(ctx, (0, common_js_1.mainDeployment)(ctx.objects, ctx.settings.service).metadata.name);
    if (paused)
        throw new errors_js_1.PolicyError(`A canary of ${ctx.settings.service} (${paused.state.version}) is paused at ${paused.state.weight}%: run the deploy with strategy canary and action promote or abort first.`);
}
/** The canary paused at a manual step of this service, if one is: its stable color and its state. */
async function pausedCanary(ctx, base) {
    for (const color of COLORS) {
        const d = await ctx.kube.get('apps/v1', 'Deployment', `${base}-${color}`, ctx.settings.namespace);
        const raw = d?.metadata.annotations?.[exports.CANARY_ANNOTATION];
        if (!raw)
            continue;
        try {
            const state = JSON.parse(raw);
            if (state.paused)
                return { stable: color, state };
        }
        catch {
            // not ours to read: ignored
        }
    }
    return undefined;
}
/** The canary's progress, on the stable Deployment: what a later run (promote, abort) resumes from. */
async function recordStep(ctx, stableName, state) {
    await ctx.kube
        .patch({ apiVersion: 'apps/v1', kind: 'Deployment', name: stableName, namespace: ctx.settings.namespace }, { metadata: { annotations: { [exports.CANARY_ANNOTATION]: JSON.stringify(state) } } })
        .catch(() => undefined);
}
async function clearStep(ctx, name) {
    await ctx.kube
        .patch({ apiVersion: 'apps/v1', kind: 'Deployment', name, namespace: ctx.settings.namespace }, { metadata: { annotations: { [exports.CANARY_ANNOTATION]: null } } })
        .catch(() => undefined);
}
/**
 * Analyses the canary for `pauseMs`: fails at `failure-limit` consecutive failures of a check, or when a check
 * failed more than `failure-limit` times in the step at all (a flapping metric does not get promoted by never
 * failing twice in a row). The weight rises only after a clean last probe: while the latest probe of a check
 * failed, the step is held for more probes. A window in which a check concluded nothing (every probe
 * inconclusive: the metrics backend or the API server unreachable) fails in the health runner (a watch that ends
 * before a check completed a probe is a failure): it is not a pass.
 */
async function analyse(ctx, phase, pauseMs, specs, c, variables) {
    let window = pauseMs;
    let last;
    const failures = new Map();
    for (let round = 0;; round++) {
        let r;
        try {
            r = await (0, common_js_1.checks)(ctx, phase, 'watch', window, variables, metricsTransports(specs), specs);
        }
        catch (e) {
            if (e instanceof errors_js_1.ConfigurationError)
                return { failed: e.message.replace(/\.$/, ''), at: ctx.clock.now() };
            throw e;
        }
        if (!r)
            return { at: ctx.clock.now() };
        last = r;
        if (r.status === 'cancelled')
            return { result: r, at: ctx.clock.now() };
        if (r.status === 'failed')
            return {
                result: r,
                failed: `analysis failed: ${r.reason}`,
                at: r.verdictAt,
                detectSeconds: r.detectMs !== undefined ? (0, common_js_1.seconds)(r.detectMs) : undefined,
            };
        for (const k of r.checks)
            failures.set(k.name, (failures.get(k.name) ?? 0) + k.failures);
        const flapping = r.checks.find((k) => (failures.get(k.name) ?? 0) > c.failureLimit);
        if (flapping)
            return {
                result: r,
                failed: `analysis failed: check '${flapping.name}' failed ${failures.get(flapping.name)} times in this step, never ${c.failureLimit} in a row (flapping): ${flapping.lastError ?? ''}`,
                at: ctx.clock.now(),
            };
        const failing = r.checks.filter((k) => k.consecutiveFailures > 0);
        if (failing.length === 0)
            return { result: last, at: ctx.clock.now() };
        ctx.timeline.add(phase, `holding the weight: ${failing.map((k) => `'${k.name}' failed its last probe`).join(', ')}`, 'warn');
        // One more round of probes decides: pass, or reach the failure limit.
        window = c.analysisIntervalMs * c.failureLimit;
    }
}
async function otherWorkloads(ctx, main, stableColor, canaryColor, previousVersion) {
    const out = [];
    for (const d of (0, common_js_1.deploymentsOf)(ctx.objects)) {
        if (d === main)
            continue;
        const w = await (0, blue_green_js_1.liveWorkload)(ctx, d, `${d.metadata.name}-${stableColor}`);
        const next = (0, blue_green_js_1.colored)(d, canaryColor, previousVersion);
        next.spec ??= {};
        next.spec.replicas = w.replicas;
        out.push({ ...w, next });
    }
    return out;
}
function emptyResult(body) {
    try {
        const doc = JSON.parse(body.toString('utf8'));
        return doc.status === 'success' && Array.isArray(doc.data?.result) && doc.data.result.length === 0;
    }
    catch {
        return false;
    }
}


/***/ }),

/***/ 92610:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.PROPAGATION_MARGIN_MS = exports.MAX_ROLLOUT_RESTARTS = exports.ApplyError = void 0;
exports.deploymentsOf = deploymentsOf;
exports.mainDeployment = mainDeployment;
exports.frontService = frontService;
exports.firstPort = firstPort;
exports.selectorString = selectorString;
exports.images = images;
exports.sameImages = sameImages;
exports.versionOfLive = versionOfLive;
exports.applyAll = applyAll;
exports.applyObject = applyObject;
exports.probePath = probePath;
exports.waitReady = waitReady;
exports.checks = checks;
exports.scale = scale;
exports.waitEndpoints = waitEndpoints;
exports.waitPodsGone = waitPodsGone;
exports.cleanupSignal = cleanupSignal;
exports.seconds = seconds;
/** Building blocks shared by every strategy (rolling, blue-green; canary builds on the same). */
const index_js_1 = __webpack_require__(50570);
const errors_js_1 = __webpack_require__(97268);
const kube_transport_js_1 = __webpack_require__(27909);
const http_request_js_1 = __webpack_require__(91614);
const variables_js_1 = __webpack_require__(29059);
const client_js_1 = __webpack_require__(50301);
const manifests_js_1 = __webpack_require__(46158);
const rollout_status_js_1 = __webpack_require__(56144);
const kubernetes_js_1 = __webpack_require__(34974);
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
/** Applies objects in order (conflicts handled by applyObject); a failure names the object. */
async function applyAll(ctx, objects) {
    for (const o of objects) {
        try {
            await applyObject(ctx, o);
        }
        catch (e) {
            const why = (0, errors_js_1.errorMessage)(e);
            throw new ApplyError(`Applying ${(0, types_js_1.describeRef)((0, types_js_1.refOf)(o))} failed: ${why}`);
        }
    }
    ctx.timeline.add('apply', `applied ${objects.length} object(s): ${summarize(objects)}`);
}
const CONFLICT_MANAGER = /^conflict with "([^"]+)"(?: with subresource "([^"]+)")?/;
/**
 * Server-side apply without forcing; a conflict is handled field by field, the way the server-side-apply
 * documentation describes: `.spec.replicas` owned by another manager (an HPA through /scale, someone's
 * `kubectl scale`) is left to it — the field is dropped from Keelson's configuration — while a field Keelson's
 * own managers hold, or that someone changed by hand (drift from the manifests), is taken over and said so.
 */
async function applyObject(ctx, obj) {
    try {
        await ctx.kube.apply(obj, { force: false });
        return;
    }
    catch (e) {
        if (!(e instanceof client_js_1.KubeApiError) || e.status !== 409 || e.causes.length === 0)
            throw e;
        const what = (0, types_js_1.describeRef)((0, types_js_1.refOf)(obj));
        let next = obj;
        const taken = [];
        for (const c of e.causes) {
            const m = CONFLICT_MANAGER.exec(c.message ?? '');
            const manager = m?.[1] ?? 'another manager';
            const own = manager === ctx.kube.fieldManager || manager.startsWith(`${ctx.kube.fieldManager}-`);
            if (c.field === '.spec.replicas' && !own) {
                next = structuredClone(next);
                delete next.spec?.replicas;
                ctx.timeline.add('apply', `${what}: .spec.replicas belongs to ${manager}${m?.[2] ? ` (through /${m[2]})` : ''}; Keelson leaves it alone`, 'warn');
            }
            else if (!own)
                taken.push(`${c.field ?? '?'} (from ${manager})`);
        }
        if (taken.length)
            ctx.timeline.add('apply', `${what}: the manifests take back ${taken.join(', ')}`, 'warn');
        await ctx.kube.apply(next, { force: true });
    }
}
/** The readinessProbe path of the workload's first container (what users' health looks like), else `/`. */
function probePath(d) {
    const c = d.spec?.template?.spec?.containers?.[0];
    const path = c?.readinessProbe?.httpGet?.path;
    return path && path.startsWith('/') ? path : '/';
}
/** The API server refused an object (invalid, forbidden, denied by admission): one line naming it, not a bug. */
class ApplyError extends errors_js_1.ToolError {
    name = 'ApplyError';
}
exports.ApplyError = ApplyError;
function summarize(objects) {
    const counts = new Map();
    for (const o of objects)
        counts.set(o.kind, (counts.get(o.kind) ?? 0) + 1);
    return [...counts].map(([k, n]) => (n > 1 ? `${n} ${plural(k)}` : k)).join(', ');
}
/** A kind counted as people read it: Services, Ingresses, NetworkPolicies. */
const plural = (kind) => /(s|x|ch|sh)$/.test(kind) ? `${kind}es` : /[^aeiou]y$/.test(kind) ? `${kind.slice(0, -1)}ies` : `${kind}s`;
/** Restarts of a new pod's container that mean it will not come up healthy, even before CrashLoopBackOff shows. */
exports.MAX_ROLLOUT_RESTARTS = 3;
/**
 * Waits for a Deployment to be rolled out: fails when it makes no progress for `ready-timeout`, and at once when
 * a pod of its newest ReplicaSet crash-loops, cannot pull its image, or keeps restarting.
 */
async function waitReady(ctx, name, signal = ctx.signal) {
    const { settings, clock, timeline } = ctx;
    const r = await (0, rollout_status_js_1.waitForRollout)(ctx.kube, { name, namespace: settings.namespace }, {
        clock,
        timeoutMs: settings.readyTimeoutMs,
        pollMs: 1_000,
        signal,
        onProgress: (m) => timeline.add('rollout', `${name}: ${m}`),
        inspect: (d) => brokenPod(ctx, d),
    });
    return r.ok ? undefined : r.reason;
}
/** Why a pod of the Deployment's newest ReplicaSet will not become healthy, if one will not. */
async function brokenPod(ctx, d) {
    const labels = d.spec?.selector?.matchLabels;
    if (!labels)
        return undefined;
    const ns = ctx.settings.namespace;
    const rss = await ctx.kube.list('apps/v1', 'ReplicaSet', ns, {
        labelSelector: selectorString(labels),
    });
    const revision = d.metadata.annotations?.['deployment.kubernetes.io/revision'];
    const newest = rss.find((rs) => rs.metadata.ownerReferences?.some((o) => o.uid === d.metadata.uid) &&
        rs.metadata.annotations?.['deployment.kubernetes.io/revision'] === revision);
    const hash = newest?.metadata.labels?.['pod-template-hash'];
    if (!hash)
        return undefined;
    const pods = await ctx.kube.list('v1', 'Pod', ns, {
        labelSelector: selectorString({ ...labels, 'pod-template-hash': hash }),
    });
    for (const p of pods) {
        if (p.metadata.deletionTimestamp)
            continue;
        for (const c of p.status?.containerStatuses ?? []) {
            const waiting = c.state?.waiting;
            if (waiting?.reason && kubernetes_js_1.BAD_WAITING_REASONS.includes(waiting.reason))
                return `pod ${p.metadata.name} container ${c.name} is ${waiting.reason}${waiting.message ? `: ${waiting.message.split('\n')[0]}` : ''}`.slice(0, 300);
            if (c.restartCount >= exports.MAX_ROLLOUT_RESTARTS)
                return `pod ${p.metadata.name} container ${c.name} restarted ${c.restartCount} times`;
        }
    }
    return undefined;
}
async function checks(ctx, phase, mode, durationMs, variables, transports, specs = ctx.settings.checks) {
    if (specs.length === 0 || durationMs <= 0)
        return undefined;
    const { clock, timeline } = ctx;
    timeline.add(phase, `${mode === 'watch' ? 'watching' : 'checking'} ${specs.length} health check(s) for ${Math.round(durationMs / 1000)}s`);
    let lastFail = '';
    const proxy = (0, kube_transport_js_1.serviceProxyTransport)(ctx.kube);
    // Alongside the checks: can the API server reach the pods at all? Only consulted when the checks fail.
    const stopPreflight = new AbortController();
    const reachability = preflight(ctx, (0, variables_js_1.resolveChecks)(specs, variables), stopPreflight.signal);
    const result = await (0, index_js_1.runChecks)(specs, {
        clock,
        mode,
        signal: ctx.signal,
        deadline: clock.now() + durationMs,
        variables,
        pods: ctx.pods,
        cloudwatch: ctx.cloudwatch,
        transports,
        serviceProxy: async (url, o) => {
            // The API server answers for the pod (its status, even a 5xx); a connection that fails is the API server
            // itself, which says nothing about the new version.
            try {
                return await proxy(url, o);
            }
            catch (e) {
                if (o.signal.aborted)
                    throw e;
                throw new index_js_1.Inconclusive(`the Kubernetes API server could not be reached: ${(0, errors_js_1.errorMessage)(e)}`);
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
    if (result.status === 'failed') {
        const unreachable = await reachability;
        if (unreachable) {
            timeline.add(phase, unreachable.message, 'error');
            throw unreachable;
        }
    }
    stopPreflight.abort(new Error('checks finished'));
    timeline.add(phase, result.reason, result.status === 'passed' ? 'ok' : 'error');
    return result;
}
/** How long kube-apiserver's service proxy takes to give up dialling a pod it cannot reach (and then some). */
const PROXY_DIAL_WAIT_MS = 45_000;
/**
 * Beside checks that go through the API server's service proxy: one request per Service they target, waited for
 * as long as the API server takes to dial. A 503 `error trying to reach service: dial tcp <ip>:<port>: …` means the
 * control plane cannot reach the pods' port (on EKS, the cluster security group): a cluster configuration
 * error naming the port — the checks could not say anything about the new version.
 */
async function preflight(ctx, specs, stop) {
    const seen = new Set();
    const waited = new AbortController();
    const onStop = () => waited.abort(stop.reason);
    // Both listeners go in the finally below (a long canary runs checks many times on the same job signal).
    stop.addEventListener('abort', onStop);
    ctx.signal.addEventListener('abort', onStop);
    ctx.clock.sleep(PROXY_DIAL_WAIT_MS, waited.signal).then(() => waited.abort(new Error('preflight waited long enough')), () => undefined);
    try {
        for (const spec of specs) {
            if (spec.kind !== 'http')
                continue;
            const t = (0, http_request_js_1.parseServiceUrl)(spec.url);
            if (!t)
                continue;
            const key = `${t.namespace}/${t.service}:${t.port ?? ''}`;
            if (seen.has(key))
                continue;
            seen.add(key);
            let res;
            try {
                res = await ctx.kube.proxyGet(t.namespace, t.service, t.port ?? '', t.path, {
                    signal: waited.signal,
                    timeoutMs: 10 * PROXY_DIAL_WAIT_MS,
                });
            }
            catch {
                if (waited.signal.aborted)
                    return undefined;
                continue; // the API server itself is unreachable: the checks report that as inconclusive
            }
            if (res.status !== 503)
                continue;
            const message = res.body?.message;
            const m = typeof message === 'string'
                ? /error trying to reach service: dial tcp ([^:\s]+):(\d+): (.+)$/.exec(message)
                : null;
            if (!m)
                continue;
            return new errors_js_1.ConfigurationError(`The Kubernetes API server cannot reach port ${m[2]} of the pods behind Service ${t.service} (${m[3]} dialling ${m[1]}:${m[2]}), so health checks through its service proxy cannot see the new version: allow the control plane to reach port ${m[2]} (on EKS, an inbound rule from the cluster security group to the nodes on port ${m[2]}), or set preview-url and live-url to URLs this runner can reach.`);
        }
        return undefined;
    }
    finally {
        stop.removeEventListener('abort', onStop);
        ctx.signal.removeEventListener('abort', onStop);
        if (!waited.signal.aborted)
            waited.abort(new Error('preflight done'));
    }
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
/** How long kube-proxy may take to program an EndpointSlice change on every node, beyond what we can observe. */
exports.PROPAGATION_MARGIN_MS = 3_000;
/**
 * After a selector change: waits until the Service's EndpointSlices list only pods matching `labels` as ready
 * (and at least one), then the kube-proxy propagation margin, so that users' new connections reach those pods.
 * Gives up after `timeoutMs` (the caller goes on: the selector is right, only the observation is late).
 */
async function waitEndpoints(ctx, service, labels, signal, timeoutMs = 60_000) {
    const ns = ctx.settings.namespace;
    const until = ctx.clock.now() + timeoutMs;
    for (;;) {
        const [slices, pods] = await Promise.all([
            ctx.kube.list('discovery.k8s.io/v1', 'EndpointSlice', ns, {
                labelSelector: `kubernetes.io/service-name=${service}`,
            }),
            ctx.kube.list('v1', 'Pod', ns, { labelSelector: selectorString(labels) }),
        ]);
        const wanted = new Set(pods.map((p) => p.metadata.name));
        const ready = slices.flatMap((s) => (s.endpoints ?? []).filter((e) => e.conditions?.ready !== false));
        const settled = ready.length > 0 && ready.every((e) => wanted.has(e.targetRef?.name));
        if (settled || ctx.clock.now() >= until) {
            await ctx.clock.sleep(exports.PROPAGATION_MARGIN_MS, signal).catch(() => undefined);
            return settled;
        }
        try {
            await ctx.clock.sleep(1_000, signal);
        }
        catch {
            return false;
        }
    }
}
/** Waits until no pod matches `selector` any more (terminating ones included): they have drained and exited. */
async function waitPodsGone(ctx, selector, signal, accept = () => true, timeoutMs = 120_000) {
    const until = ctx.clock.now() + timeoutMs;
    for (;;) {
        const pods = await ctx.kube.list('v1', 'Pod', ctx.settings.namespace, {
            labelSelector: selector,
        });
        if (!pods.some(accept))
            return true;
        if (ctx.clock.now() >= until)
            return false;
        try {
            await ctx.clock.sleep(1_000, signal);
        }
        catch {
            return false;
        }
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

/***/ 687:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.GatewayRouter = exports.GATEWAY_API = void 0;
exports.refersTo = refersTo;
exports.routesTo = routesTo;
/**
 * The `gateway-api` canary router: the users' HTTPRoute (gateway.networking.k8s.io/v1) splits the service's
 * traffic with `backendRefs` weights between `<service>-<stable>` and `<service>-<canary>`.
 *
 * At rest the HTTPRoute is the users' own: its rules send the service's share to the live Service. For a step,
 * every backendRef to the live Service in every rule becomes two — stable's Service with `100 - w`, the canary's
 * with `w` (other backendRefs of the rule keep their proportion) — and the step counts only once the route's
 * `status.parents` show, for the written generation (`observedGeneration`), `Accepted` and `ResolvedRefs` True on
 * every parent. That status is what a router outside the cluster can see: conformant implementations write it once
 * they have translated the route; the share users really got is measured by `keelson rollout --simulate` on their
 * own requests. A False condition for that generation fails the step with the controller's reason.
 *
 * Weight 0 and 100 end where they started: the route back to the users' rules exactly, with the live Service
 * selecting the version that keeps every user (moved only while the route sends nobody through it).
 */
const manifests_js_1 = __webpack_require__(46158);
const common_js_1 = __webpack_require__(92610);
const routing_js_1 = __webpack_require__(90677);
exports.GATEWAY_API = 'gateway.networking.k8s.io/v1';
/** True when a backendRef points at Service `name` of the route's namespace. */
function refersTo(b, name, ns) {
    return (b.name === name &&
        (b.group ?? '') === '' &&
        (b.kind ?? 'Service') === 'Service' &&
        (b.namespace ?? ns) === ns);
}
/** The HTTPRoutes among `objects` whose rules send traffic to Service `service`. */
function routesTo(objects, service, ns) {
    return objects.filter((o) => o.kind === 'HTTPRoute' &&
        o.apiVersion === exports.GATEWAY_API &&
        (o.spec?.rules ?? []).some((r) => (r.backendRefs ?? []).some((b) => refersTo(b, service, o.metadata.namespace ?? ns))));
}
const sameParent = (a, b, ns) => a.name === b.name &&
    (a.namespace ?? ns) === (b.namespace ?? ns) &&
    (a.kind ?? 'Gateway') === (b.kind ?? 'Gateway') &&
    (a.sectionName ?? '') === (b.sectionName ?? '') &&
    (a.port ?? 0) === (b.port ?? 0);
class GatewayRouter {
    ctx;
    svc;
    original;
    constructor(ctx, svc, 
    /** The users' HTTPRoute as they wrote it (the manifests' copy, or the cluster's before the canary). */
    original) {
        this.ctx = ctx;
        this.svc = svc;
        this.original = original;
    }
    get name() {
        return this.original.metadata.name ?? '';
    }
    get service() {
        return this.svc.metadata.name ?? '';
    }
    get ns() {
        return this.ctx.settings.namespace;
    }
    backendService(color) {
        return `${this.service}-${color}`;
    }
    describe() {
        return `HTTPRoute ${this.name}`;
    }
    /** The users' rules, with each backendRef to the live Service split by `weights` (color → percent). */
    rules(weights) {
        const colors = Object.keys(weights).filter((c) => (weights[c] ?? 0) > 0);
        return (this.original.spec?.rules ?? []).map((rule) => {
            const refs = rule.backendRefs;
            if (!refs?.some((b) => refersTo(b, this.service, this.ns)))
                return structuredClone(rule);
            const out = [];
            for (const b of refs) {
                const w = b.weight ?? 1;
                if (!refersTo(b, this.service, this.ns)) {
                    // Others keep their proportion to the service's share: everything is scaled by 100.
                    out.push({ ...structuredClone(b), weight: w * 100 });
                    continue;
                }
                for (const c of colors)
                    out.push({ ...structuredClone(b), name: this.backendService(c), weight: w * (weights[c] ?? 0) });
            }
            return { ...structuredClone(rule), backendRefs: out };
        });
    }
    /** The route as Keelson writes it: the users' route with `rules`. */
    route(rules) {
        const { name, namespace, labels, annotations } = this.original.metadata;
        return {
            apiVersion: exports.GATEWAY_API,
            kind: 'HTTPRoute',
            metadata: {
                name,
                namespace: namespace ?? this.ns,
                ...(labels ? { labels } : {}),
                ...(annotations ? { annotations } : {}),
            },
            spec: { ...structuredClone(this.original.spec), rules },
        };
    }
    /** What the post step needs to put the users' route back if the runner dies mid-canary. */
    restoreState() {
        return {
            'bg-route': this.name,
            'bg-route-rules': JSON.stringify(this.original.spec?.rules ?? []),
        };
    }
    /**
     * `weights` (color → percent) on the route, confirmed by its status; weight 100 for one color ends with the
     * users' own route and the live Service on that color.
     */
    async setWeights(weights, signal) {
        const only = Object.keys(weights).find((c) => weights[c] === 100);
        if (!only)
            return this.write(this.rules(weights), signal);
        const live = await this.ctx.kube.get('v1', 'Service', this.service, this.ns);
        if (live?.spec?.selector?.[manifests_js_1.LABEL.color] !== only) {
            // The route first sends everyone to the color's own Service; only then does the live Service move to it.
            await this.write(this.rules({ [only]: 100 }), signal);
            await this.ctx.kube.patch({ apiVersion: 'v1', kind: 'Service', name: this.service, namespace: this.ns }, { spec: { selector: { [manifests_js_1.LABEL.color]: only } } });
            if (!(await (0, common_js_1.waitEndpoints)(this.ctx, this.service, { ...this.svc.spec?.selector, [manifests_js_1.LABEL.color]: only }, signal)))
                throw new routing_js_1.RouterError(`Service ${this.service}'s endpoints did not settle on ${only}'s pods`);
        }
        return this.write(structuredClone(this.original.spec?.rules ?? []), signal);
    }
    /** Writes the route and waits for its status to accept that generation. */
    async write(rules, signal) {
        const written = await this.ctx.kube.apply(this.route(rules));
        return this.confirm(written.metadata.generation ?? 0, signal);
    }
    /**
     * Before the canary's pods start: the route as the release applied it must be served (Accepted and ResolvedRefs
     * for its generation), or the canary could neither take users nor give them back. Why not, or undefined.
     */
    async prepared(signal) {
        const live = await this.ctx.kube.get(exports.GATEWAY_API, 'HTTPRoute', this.name, this.ns);
        if (!live)
            return `HTTPRoute ${this.name} is not in namespace ${this.ns}`;
        try {
            await this.confirm(live.metadata.generation ?? 0, signal);
            return undefined;
        }
        catch (e) {
            if (e instanceof routing_js_1.RouterError)
                return e.message;
            throw e;
        }
    }
    /** Waits for the route's status to accept `generation`; the controller that did, for the timeline. */
    async confirm(generation, signal) {
        const timeout = this.ctx.settings.switchTimeoutMs;
        const until = this.ctx.clock.now() + timeout;
        let last = 'no status.parents yet';
        for (;;) {
            const live = await this.ctx.kube.get(exports.GATEWAY_API, 'HTTPRoute', this.name, this.ns);
            const verdict = this.verdict(live, generation);
            if (verdict.ok)
                return verdict.ok;
            if (verdict.failed)
                throw new routing_js_1.RouterError(`HTTPRoute ${this.name} (generation ${generation}): ${verdict.failed}`);
            last = verdict.waiting ?? last;
            if (this.ctx.clock.now() >= until)
                throw new routing_js_1.RouterError(`the Gateway API controller did not accept generation ${generation} of HTTPRoute ${this.name} within ${Math.round(timeout / 1000)}s (${last}): is it running?`);
            await this.ctx.clock.sleep(1_000, signal);
        }
    }
    /**
     * Why the users' route as it is in the cluster now is not served (a condition False for its current generation),
     * or undefined: the route is served, not yet reported, or not in the cluster yet (the manifests bring it).
     */
    async refused() {
        const live = await this.ctx.kube.get(exports.GATEWAY_API, 'HTTPRoute', this.name, this.ns);
        if (!live)
            return undefined;
        return this.verdict(live, live.metadata.generation ?? 0).failed;
    }
    /** Accepted and ResolvedRefs True for `generation` on every parentRef, a False one, or what is still missing. */
    verdict(live, generation) {
        if (!live)
            return { failed: 'the route is gone' };
        const refs = live.spec?.parentRefs ?? [];
        if (refs.length === 0)
            return { failed: 'spec.parentRefs is empty: no Gateway serves the route' };
        const controllers = new Set();
        for (const ref of refs) {
            const parent = `${ref.kind ?? 'Gateway'} ${ref.namespace ?? this.ns}/${ref.name}`;
            const entries = (live.status?.parents ?? []).filter((p) => sameParent(p.parentRef, ref, this.ns));
            const fresh = entries.filter((p) => ['Accepted', 'ResolvedRefs'].every((t) => (p.conditions ?? []).some((c) => c.type === t && (c.observedGeneration ?? 0) >= generation)));
            if (fresh.length === 0) {
                const seen = Math.max(0, ...entries.flatMap((p) => (p.conditions ?? []).map((c) => c.observedGeneration ?? 0)));
                return { waiting: `status.parents for ${parent} at generation ${seen || 'none'}` };
            }
            for (const p of fresh) {
                for (const type of ['Accepted', 'ResolvedRefs']) {
                    const c = (p.conditions ?? []).find((x) => x.type === type);
                    if (c?.status !== 'True')
                        return {
                            failed: `${type} is ${c?.status ?? 'missing'} on ${parent} (${c?.reason ?? 'no reason'}: ${c?.message ?? ''})`,
                        };
                }
                controllers.add(p.controllerName);
            }
        }
        return { ok: `Accepted and ResolvedRefs at generation ${generation} (${[...controllers].join(', ')})` };
    }
    /** Every ready canary pod listed by its own Service (what the Gateway's data plane forwards to). */
    async healthy(color, signal, timeoutMs) {
        const ok = await (0, common_js_1.waitEndpoints)(this.ctx, this.backendService(color), { ...this.svc.spec?.selector, [manifests_js_1.LABEL.color]: color }, signal, timeoutMs);
        return ok ? undefined : `has no ready endpoint in Service ${this.backendService(color)}`;
    }
}
exports.GatewayRouter = GatewayRouter;


/***/ }),

/***/ 85736:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.HANDOVER_MANAGER = void 0;
exports.isHpa = isHpa;
exports.hpaFor = hpaFor;
exports.retarget = retarget;
exports.liveHpasFor = liveHpasFor;
exports.replicaOwners = replicaOwners;
exports.appliesReplicas = appliesReplicas;
exports.handOverReplicas = handOverReplicas;
exports.startingReplicas = startingReplicas;
exports.HANDOVER_MANAGER = 'keelson-handover-to-hpa';
function isHpa(o) {
    return o.kind === 'HorizontalPodAutoscaler' && o.apiVersion.startsWith('autoscaling/');
}
/** True when the HPA's scaleTargetRef is the Deployment `name` (a manifest's ref without a kind is one). */
function scales(h, name) {
    return ((h.spec?.scaleTargetRef?.kind ?? 'Deployment') === 'Deployment' && h.spec?.scaleTargetRef?.name === name);
}
/** The HPA among `objects` whose scaleTargetRef is the Deployment `name`. */
function hpaFor(objects, name) {
    return objects.filter(isHpa).find((h) => scales(h, name));
}
/** The same HPA pointed at another Deployment (blue-green: the color that serves). */
function retarget(hpa, deployment) {
    const copy = structuredClone(hpa);
    copy.spec ??= {};
    copy.spec.scaleTargetRef = {
        apiVersion: 'apps/v1',
        kind: 'Deployment',
        ...copy.spec.scaleTargetRef,
        name: deployment,
    };
    return copy;
}
/** The HPAs in the cluster that scale Deployment `name`. */
async function liveHpasFor(kube, namespace, name) {
    const all = await kube.list('autoscaling/v2', 'HorizontalPodAutoscaler', namespace).catch(() => []);
    return all.filter((h) => scales(h, name));
}
/** Managers that own `.spec.replicas` of a live object, as `name` or `name (subresource)`. */
function replicaOwners(live) {
    return (live?.metadata.managedFields ?? [])
        .filter((m) => m.fieldsV1?.['f:spec']?.['f:replicas'] !== undefined)
        .map((m) => ({ manager: m.manager ?? '', operation: m.operation ?? '', subresource: m.subresource }));
}
/** True when `manager`'s server-side apply owns `.spec.replicas`: dropping it from the next apply would reset it. */
function appliesReplicas(live, manager) {
    return replicaOwners(live).some((o) => o.manager === manager && o.operation === 'Apply' && !o.subresource);
}
/**
 * Before Keelson stops applying `replicas` (an HPA now scales the Deployment), a private manager first shares the
 * field at its current value, so the next apply without it leaves the count alone instead of resetting it to 1.
 * The private manager disappears by itself the next time the HPA writes the field.
 */
async function handOverReplicas(kube, live) {
    if (!appliesReplicas(live, kube.fieldManager) || live.spec?.replicas === undefined)
        return false;
    try {
        await kube.apply({
            apiVersion: 'apps/v1',
            kind: 'Deployment',
            metadata: { name: live.metadata.name, namespace: live.metadata.namespace },
            spec: { replicas: live.spec.replicas },
        }, { force: false, fieldManager: exports.HANDOVER_MANAGER });
    }
    catch {
        // A conflict: the autoscaler already owns the field. Nothing to hand over.
    }
    return true;
}
/** The count a new color starts at: what serves now, or what the HPA already asks for if that is more. */
function startingReplicas(live, liveHpa, manifest, hpa) {
    const fromManifest = manifest.spec?.replicas ?? 1;
    if (!live)
        return Math.max(fromManifest, hpa?.spec?.minReplicas ?? 1);
    const serving = live.spec?.replicas ?? 1;
    if (!hpa && !liveHpa)
        return manifest.spec?.replicas ?? serving;
    return Math.max(serving, liveHpa?.status?.desiredReplicas ?? 0, hpa?.spec?.minReplicas ?? 1);
}


/***/ }),

/***/ 72520:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.dryRunAll = dryRunAll;
/**
 * Nothing is written before everything is known to apply: a server-side dry run (`dryRun=All`) of every object a
 * strategy is about to write, before its first write. The API server runs the same validation, defaulting,
 * RBAC and admission webhooks as for the real write (nothing is stored), so a PodDisruptionBudget a policy
 * rejects, an Ingress the caller may not write or a custom resource whose CRD is not served stops the rollout
 * before any workload changed.
 */
const client_js_1 = __webpack_require__(50301);
const types_js_1 = __webpack_require__(36737);
const common_js_1 = __webpack_require__(92610);
/** Why the API server refuses an object, in its own words (the Status message, and a cause naming a field it leaves out). */
function serverReason(e) {
    // The client's message starts with the request (`Kubernetes API PATCH /apis/…: 403 `): the object is named already.
    const message = e.serverMessage ?? e.message.replace(/^Kubernetes API \S+ \S+: \d+ /, '');
    const fields = e.causes.filter((c) => c.field && c.message && !message.includes(c.message));
    const detail = fields.map((c) => `${c.field}: ${c.message}`).join(', ');
    return `${e.status} ${e.reason ? `${e.reason}: ` : ''}${message}${detail ? ` (${detail})` : ''}`;
}
/**
 * Dry-runs every object (server-side apply, `dryRun=All`). Objects the API server refuses are named in one
 * `ApplyError` line with the server's reason; nothing has been written then. An API server that cannot be
 * reached (or answers 5xx after the client's retries) is not a refusal: that error goes up unchanged.
 */
async function dryRunAll(ctx, objects) {
    // Objects in a namespace the manifests create cannot be dry-run before it exists: the server answers 404.
    const creates = new Set(objects.filter((o) => o.kind === 'Namespace').map((o) => o.metadata.name));
    const refused = [];
    for (const o of objects) {
        try {
            await ctx.kube.apply(o, { dryRun: true, force: true });
        }
        catch (e) {
            if (!(e instanceof client_js_1.KubeApiError) || e.status === 0 || e.status === 429 || e.status >= 500)
                throw e;
            if (e.status === 404 && creates.has(o.metadata.namespace) && e.verb !== 'discover')
                continue;
            refused.push(`${(0, types_js_1.describeRef)((0, types_js_1.refOf)(o))}: ${serverReason(e)}`);
        }
    }
    if (refused.length > 0) {
        throw new common_js_1.ApplyError(`The API server refuses ${refused.length === 1 ? '' : `${refused.length} objects: `}${refused.join('; ')} — dry run, nothing was written.`);
    }
    ctx.timeline.add('apply', `dry run: the API server accepts all ${objects.length} object(s)`);
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
    const own = objects.filter((x) => x.kind === 'Deployment' && x.metadata?.name === service);
    // A pod's own containers before its init containers (a migration init container is not the service's image).
    const ordered = (x) => {
        const all = (0, manifests_js_1.containersOf)(x);
        const init = new Set(all.slice(0, initContainerCount(x)));
        return [...all.filter((c) => !init.has(c)), ...init];
    };
    // An object without containers (a Service, a ConfigMap) adds none.
    return [...own, ...objects.filter((x) => !own.includes(x))]
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

/***/ 24218:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.SERVICE_LABEL = exports.CONFIG_OF_LABEL = exports.SOURCE_ANNOTATION = exports.APPLYSET = void 0;
exports.referencedConfig = referencedConfig;
exports.contentHash = contentHash;
exports.applySetId = applySetId;
exports.prepareRelease = prepareRelease;
exports.beginRelease = beginRelease;
exports.restorable = restorable;
exports.restoreSnapshot = restoreSnapshot;
exports.finishRelease = finishRelease;
exports.configReadBy = configReadBy;
/**
 * The release as a whole: what a rollout writes besides the workload, and how it is put back or cleaned up.
 *
 * - ConfigMaps and Secrets that a pod template reads (env, envFrom, volumes, projected volumes) are versioned
 *   per release: named `<name>-<hash of their content>`, the way kustomize's generators do it, with the
 *   references rewritten. The pods of the previous release keep reading their own config; after a successful
 *   verify, the versions neither this release nor the previous one reads are deleted.
 * - Every object carries the release's ApplySet labels (Kubernetes ApplySet, KEP-3659): the parent ConfigMap
 *   `keelson-release-<service>` holds `applyset.kubernetes.io/id`, the tooling and the group-kinds its members
 *   have; each member has `applyset.kubernetes.io/part-of`. With `prune`, members no longer in the manifests are
 *   deleted after a successful verify, never on failure.
 * - A snapshot of every object before the first write, so that a failure restores each changed object to its
 *   previous applied state and deletes what the rollout created.
 */
const node_crypto_1 = __webpack_require__(77598);
const errors_js_1 = __webpack_require__(97268);
const client_js_1 = __webpack_require__(50301);
const manifests_js_1 = __webpack_require__(46158);
const types_js_1 = __webpack_require__(36737);
const common_js_1 = __webpack_require__(92610);
const preflight_js_1 = __webpack_require__(72520);
exports.APPLYSET = {
    id: 'applyset.kubernetes.io/id',
    partOf: 'applyset.kubernetes.io/part-of',
    tooling: 'applyset.kubernetes.io/tooling',
    groupKinds: 'applyset.kubernetes.io/contains-group-kinds',
};
/** Which API versions the member group-kinds are listed at (the ApplySet annotation names group-kinds only). */
const RESOURCES_ANNOTATION = 'keelson.dev/applyset-resources';
/** The manifest object a written object was made from (`Kind/name`): a colored Deployment names its base. */
exports.SOURCE_ANNOTATION = 'keelson.dev/source';
/** On a versioned ConfigMap/Secret: the name the manifests give it. */
exports.CONFIG_OF_LABEL = 'keelson.dev/config-of';
/** On a versioned ConfigMap/Secret: the service whose release it belongs to. */
exports.SERVICE_LABEL = 'keelson.dev/service';
function templateOf(o) {
    const spec = o.spec;
    return spec?.template ?? spec?.jobTemplate?.spec?.template;
}
/** Calls `visit` with every ConfigMap/Secret name reference of a pod template; `visit` returns the new name. */
function eachReference(t, visit) {
    const spec = t?.spec;
    if (!spec)
        return;
    const ref = (kind, holder) => {
        if (holder?.name)
            holder.name = visit(kind, holder.name);
    };
    for (const c of [...(spec.initContainers ?? []), ...(spec.containers ?? [])]) {
        for (const e of c.env ?? []) {
            ref('ConfigMap', e.valueFrom?.configMapKeyRef);
            ref('Secret', e.valueFrom?.secretKeyRef);
        }
        for (const f of c.envFrom ?? []) {
            ref('ConfigMap', f.configMapRef);
            ref('Secret', f.secretRef);
        }
    }
    for (const v of spec.volumes ?? []) {
        ref('ConfigMap', v.configMap);
        if (v.secret?.secretName)
            v.secret.secretName = visit('Secret', v.secret.secretName);
        for (const s of v.projected?.sources ?? []) {
            ref('ConfigMap', s.configMap);
            ref('Secret', s.secret);
        }
    }
}
/** The ConfigMap/Secret names a set of workloads reads. */
function referencedConfig(objects) {
    const out = new Set();
    for (const o of objects)
        eachReference(templateOf(o), (kind, name) => {
            out.add(`${kind}/${name}`);
            return name;
        });
    return out;
}
/** The content hash of a ConfigMap/Secret: what the pods read (data, binaryData, stringData, type). */
function contentHash(o) {
    const x = o;
    const content = JSON.stringify([o.kind, x.type ?? null, x.data ?? {}, x.binaryData ?? {}, x.stringData ?? {}], (_k, v) => v && typeof v === 'object' && !Array.isArray(v)
        ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1)))
        : v);
    return (0, node_crypto_1.createHash)('sha256').update(content).digest('hex').slice(0, 10);
}
/** KEP-3659's ID of a parent: `applyset-<base64url(sha256(<name>.<namespace>.<kind>.<group>))>-v1`. */
function applySetId(name, namespace, kind = 'ConfigMap', group = '') {
    const digest = (0, node_crypto_1.createHash)('sha256').update(`${name}.${namespace}.${kind}.${group}`).digest('base64url');
    return `applyset-${digest}-v1`;
}
const groupKind = (o) => {
    const slash = o.apiVersion.indexOf('/');
    return slash > 0 ? `${o.kind}.${o.apiVersion.slice(0, slash)}` : o.kind;
};
const sourceOf = (o) => `${o.kind}/${o.metadata.name ?? ''}`;
/**
 * The manifests as a release of `service`: ConfigMaps/Secrets the pod templates read get their content-hash
 * name (references rewritten), every object its ApplySet membership and the manifest object it comes from.
 */
function prepareRelease(objects, service, namespace) {
    const parentName = `keelson-release-${service}`;
    const id = applySetId(parentName, namespace);
    const read = referencedConfig(objects);
    const renamed = new Map();
    const out = objects.map((o) => {
        const copy = structuredClone(o);
        copy.metadata.labels = { ...copy.metadata.labels, [exports.APPLYSET.partOf]: id };
        copy.metadata.annotations = { ...copy.metadata.annotations, [exports.SOURCE_ANNOTATION]: sourceOf(o) };
        if ((o.kind === 'ConfigMap' || o.kind === 'Secret') && o.apiVersion === 'v1' && read.has(sourceOf(o))) {
            const name = `${o.metadata.name}-${contentHash(o)}`;
            renamed.set(sourceOf(o), name);
            copy.metadata.name = name;
            copy.metadata.labels = {
                ...copy.metadata.labels,
                [exports.CONFIG_OF_LABEL]: o.metadata.name ?? '',
                [exports.SERVICE_LABEL]: service,
            };
        }
        return copy;
    });
    for (const o of out)
        eachReference(templateOf(o), (kind, name) => renamed.get(`${kind}/${name}`) ?? name);
    const parent = {
        apiVersion: 'v1',
        kind: 'ConfigMap',
        metadata: {
            name: parentName,
            namespace,
            labels: { [exports.APPLYSET.id]: id, [manifests_js_1.LABEL.managedBy]: 'keelson' },
            annotations: { [exports.APPLYSET.tooling]: 'keelson/v1' },
        },
    };
    return { objects: out, parent, id };
}
function resourcesOf(objects) {
    const m = new Map();
    for (const o of objects)
        m.set(groupKind(o), `${o.apiVersion} ${o.kind}`);
    return m;
}
function parentWith(parent, resources) {
    const copy = structuredClone(parent);
    const gks = [...resources.keys()].sort();
    copy.metadata.annotations = {
        ...copy.metadata.annotations,
        [exports.APPLYSET.groupKinds]: gks.join(','),
        [RESOURCES_ANNOTATION]: gks.map((gk) => resources.get(gk)).join(','),
    };
    return copy;
}
async function liveParentResources(kube, parent) {
    const live = await kube.get('v1', 'ConfigMap', parent.metadata.name ?? '', parent.metadata.namespace);
    const m = new Map();
    for (const r of (live?.metadata.annotations?.[RESOURCES_ANNOTATION] ?? '').split(',')) {
        const [apiVersion, kind] = r.split(' ');
        if (apiVersion && kind)
            m.set(groupKind({ apiVersion, kind, metadata: {} }), r);
    }
    return m;
}
const key = (o) => `${o.apiVersion} ${o.kind} ${o.metadata.namespace ?? ''}/${o.metadata.name}`;
/**
 * Before the first write: the dry run of everything (the ApplySet parent included), the snapshot of every object
 * that will be written, then the parent with the group-kinds of both the previous and this release (KEP-3659: the
 * parent lists a superset of its members' group-kinds before they are written).
 */
async function beginRelease(ctx, planned) {
    const parent = ctx.release?.parent;
    const previous = parent ? await liveParentResources(ctx.kube, parent) : new Map();
    const withParent = parent
        ? [parentWith(parent, new Map([...previous, ...resourcesOf(planned)])), ...planned]
        : planned;
    await (0, preflight_js_1.dryRunAll)(ctx, withParent);
    const snapshot = new Map();
    for (const o of planned) {
        if (snapshot.has(key(o)))
            continue;
        const live = await ctx.kube.get(o.apiVersion, o.kind, o.metadata.name ?? '', o.metadata.namespace);
        snapshot.set(key(o), { obj: o, live });
    }
    if (parent)
        await ctx.kube.apply(withParent[0]);
    return snapshot;
}
const SERVER_METADATA = ['name', 'namespace', 'labels'];
const CONTROLLER_ANNOTATIONS = [
    'deployment.kubernetes.io/revision',
    'kubectl.kubernetes.io/last-applied-configuration',
];
/** The applyable part of a live object: what was there before, without status and server-owned metadata. */
function restorable(live) {
    const { metadata, status: _status, ...rest } = structuredClone(live);
    const meta = {};
    for (const k of SERVER_METADATA)
        if (metadata[k] !== undefined)
            meta[k] = metadata[k];
    // Annotations controllers and kubectl write are theirs, not part of what was applied.
    if (metadata.annotations) {
        const annotations = { ...metadata.annotations };
        for (const a of CONTROLLER_ANNOTATIONS)
            delete annotations[a];
        meta.annotations = annotations;
    }
    return { ...rest, metadata: meta };
}
/**
 * Puts every object of the snapshot back: one that existed is applied as it was (fields this rollout added are
 * dropped, since Keelson's manager owned them), one the rollout created is deleted. `skip` leaves objects to the
 * strategy (a color, the router's Service). Returns the objects that could not be restored, named.
 */
async function restoreSnapshot(ctx, snapshot, opts = {}) {
    const failed = [];
    // Workloads first (they stop reading what is deleted next), in the reverse of the apply order.
    for (const { obj, live } of [...snapshot.values()].reverse()) {
        if (opts.skip?.(obj))
            continue;
        try {
            if (live) {
                const prev = restorable(live);
                await (0, common_js_1.applyObject)(ctx, obj.kind === 'Deployment' && opts.config ? opts.config(obj, prev) : prev);
            }
            else {
                await ctx.kube.delete((0, types_js_1.refOf)(obj));
            }
        }
        catch (e) {
            failed.push(`${(0, types_js_1.describeRef)((0, types_js_1.refOf)(obj))}: ${(0, errors_js_1.errorMessage)(e)}`);
        }
    }
    if (failed.length)
        ctx.timeline.add('rollback', `could not restore ${failed.join('; ')}`, 'warn');
    return failed;
}
/**
 * After a successful verify: delete the config versions neither this release nor the previous one reads (`keep`:
 * `Kind/name` the previous release's workloads read), and with `prune`, the ApplySet's members that are no
 * longer in the manifests; then the parent lists this release's group-kinds only.
 */
async function finishRelease(ctx, keep) {
    const release = ctx.release;
    if (!release)
        return;
    const ns = ctx.settings.namespace;
    const current = new Set(release.objects.map((o) => `${o.kind}/${o.metadata.name}`));
    const sources = new Set(release.objects.map((o) => o.metadata.annotations?.[exports.SOURCE_ANNOTATION]));
    const gone = [];
    const remove = async (o) => {
        try {
            if (await ctx.kube.delete((0, types_js_1.refOf)(o)))
                gone.push(`${o.kind}/${o.metadata.name}`);
        }
        catch (e) {
            ctx.timeline.add('clean-up', `could not delete ${(0, types_js_1.describeRef)((0, types_js_1.refOf)(o))}: ${(0, errors_js_1.errorMessage)(e)}`, 'warn');
        }
    };
    for (const kind of ['ConfigMap', 'Secret']) {
        const versions = await ctx.kube.list('v1', kind, ns, {
            labelSelector: `${exports.SERVICE_LABEL}=${ctx.settings.service},${exports.CONFIG_OF_LABEL}`,
        });
        for (const v of versions) {
            const name = `${kind}/${v.metadata.name}`;
            // List items need not carry their kind: name it for the delete.
            if (!current.has(name) && !keep.has(name))
                await remove({ ...v, apiVersion: 'v1', kind });
        }
    }
    if (gone.length)
        ctx.timeline.add('clean-up', `old config versions deleted: ${gone.join(', ')}`);
    const resources = await liveParentResources(ctx.kube, release.parent);
    if (ctx.settings.prune) {
        const pruned = [];
        for (const r of resources.values()) {
            const [apiVersion, kind] = r.split(' ');
            const members = await ctx.kube
                .list(apiVersion, kind, ns, { labelSelector: `${exports.APPLYSET.partOf}=${release.id}` })
                .catch((e) => {
                if (e instanceof client_js_1.KubeApiError && e.status === 404)
                    return [];
                throw e;
            });
            for (const m of members) {
                const source = m.metadata.annotations?.[exports.SOURCE_ANNOTATION];
                // Only what Keelson wrote for this release (it names its source) and whose source left the manifests;
                // config versions are the clean-up's above.
                if (!source || sources.has(source) || m.metadata.labels?.[exports.CONFIG_OF_LABEL])
                    continue;
                const before = gone.length;
                await remove({ ...m, apiVersion, kind });
                if (gone.length > before)
                    pruned.push(`${kind}/${m.metadata.name}`);
            }
        }
        ctx.timeline.add('prune', pruned.length ? `deleted what left the manifests: ${pruned.join(', ')}` : 'nothing left the manifests');
    }
    // Pruned, the parent lists this release's group-kinds only; otherwise members of other kinds may still exist,
    // and it keeps listing them (KEP-3659: a superset of its members' group-kinds).
    const now = resourcesOf(release.objects);
    await ctx.kube.apply(parentWith(release.parent, ctx.settings.prune ? now : new Map([...resources, ...now])));
}
/** The config versions the live workloads read now (the previous release's, kept by the clean-up). */
function configReadBy(live) {
    return referencedConfig(live.filter((d) => !!d));
}


/***/ }),

/***/ 45802:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.rolling = rolling;
/**
 * Rolling: apply, wait for every Deployment to finish (observedGeneration, updated/available replicas,
 * progress deadline), then watch the checks for the verify window. Failure restores each Deployment's previous
 * spec (read from the cluster before the apply) and waits until it is healthy again.
 */
const errors_js_1 = __webpack_require__(97268);
const client_js_1 = __webpack_require__(50301);
const manifests_js_1 = __webpack_require__(46158);
const common_js_1 = __webpack_require__(92610);
const hpa_js_1 = __webpack_require__(85736);
const routing_js_1 = __webpack_require__(90677);
const release_js_1 = __webpack_require__(24218);
/** Waits until only pods of the Deployment's newest ReplicaSet remain (the others terminated and exited). */
async function waitOldPodsGone(ctx, name) {
    const ns = ctx.settings.namespace;
    const d = await ctx.kube.get('apps/v1', 'Deployment', name, ns);
    const labels = d?.spec?.selector?.matchLabels;
    if (!d || !labels)
        return;
    const rss = await ctx.kube.list('apps/v1', 'ReplicaSet', ns, {
        labelSelector: (0, common_js_1.selectorString)(labels),
    });
    const revision = (rs) => Number(rs.metadata.annotations?.['deployment.kubernetes.io/revision'] ?? 0);
    const newest = rss
        .filter((rs) => rs.metadata.ownerReferences?.some((o) => o.uid === d.metadata.uid))
        .sort((a, b) => revision(b) - revision(a))[0];
    const hash = newest?.metadata.labels?.['pod-template-hash'];
    if (!hash)
        return;
    await (0, common_js_1.waitPodsGone)(ctx, (0, common_js_1.selectorString)(labels), ctx.signal, (p) => p.metadata.labels?.['pod-template-hash'] !== hash);
}
async function rolling(ctx) {
    const { kube, settings, timeline, clock } = ctx;
    const ns = settings.namespace;
    const main = (0, common_js_1.mainDeployment)(ctx.objects, settings.service);
    const deps = (0, common_js_1.deploymentsOf)(ctx.objects);
    const before = new Map();
    for (const d of deps)
        before.set(d.metadata.name, await kube.get('apps/v1', 'Deployment', d.metadata.name, ns));
    // Changing strategy: a blue-green deploy left colored Deployments, the live Service selecting one color. The
    // uncolored Deployments roll out beside them, then the Service drops the color and the colors are retired.
    const svc = (0, common_js_1.frontService)(ctx.objects, settings.service, main);
    const svcName = svc?.metadata.name ?? '';
    const liveSvc = svc ? await kube.get('v1', 'Service', svcName, ns) : undefined;
    const fromColor = liveSvc?.spec?.selector?.[manifests_js_1.LABEL.color];
    const colored = new Map();
    if (fromColor)
        for (const d of deps) {
            const c = await kube.get('apps/v1', 'Deployment', `${d.metadata.name}-${fromColor}`, ns);
            if (c)
                colored.set(d.metadata.name, c);
        }
    const liveMain = before.get(main.metadata.name) ?? colored.get(main.metadata.name);
    const previousVersion = (0, common_js_1.versionOfLive)(liveMain);
    const checkResults = [];
    if (liveMain &&
        !fromColor &&
        previousVersion === settings.version &&
        deps.every((d) => (0, common_js_1.sameImages)(d, before.get(d.metadata.name)))) {
        timeline.add('plan', `${settings.version} is already live: nothing to change`, 'ok');
        return { result: 'promoted', version: settings.version, previousVersion, unchanged: true, checks: [] };
    }
    // Deployments an HPA scales (in the manifests or already in the cluster): Keelson never writes their replicas.
    const scaledBy = new Map();
    for (const d of deps) {
        const name = d.metadata.name;
        const hpa = (0, hpa_js_1.hpaFor)(ctx.objects, name) ?? (await (0, hpa_js_1.liveHpasFor)(kube, ns, name))[0];
        if (hpa)
            scaledBy.set(name, hpa.metadata.name ?? '');
    }
    // Router 'service' moves users with the Service's selector alone, as for blue-green: the ALB in front then
    // follows the Service's endpoints and is neither waited for nor checked through.
    const front = svc && settings.router !== 'service' ? (0, routing_js_1.albFront)(ctx.objects, svc.metadata.name ?? '') : undefined;
    if (front && fromColor)
        throw new errors_js_1.ConfigurationError(`Service ${svcName} was deployed blue-green behind ALB Ingress ${front.ingress.metadata.name}: keep strategy blue-green there, or move it to rolling with router 'service' first.`);
    if (front) {
        // Checks and target health need the load balancer controller and ELBv2, as for blue-green.
        await (0, routing_js_1.routerFor)(ctx, svc, []);
        const nsObj = await kube.get('v1', 'Namespace', ns);
        if (nsObj?.metadata.labels?.['elbv2.k8s.aws/pod-readiness-gate-inject'] !== 'enabled')
            timeline.add('plan', `namespace ${ns} has no pod readiness gates (label elbv2.k8s.aws/pod-readiness-gate-inject=enabled): a rolling update behind the ALB can retire old pods before the new ones are healthy targets`, 'warn');
    }
    timeline.add('plan', (fromColor
        ? `${previousVersion ?? 'unknown'} is live on ${fromColor} (deployed blue-green); rolling ${settings.version} out beside it, then Service ${svcName} drops the color`
        : liveMain
            ? `rolling ${previousVersion ?? 'unknown'} → ${settings.version}`
            : `first deploy of ${settings.version}`) +
        [...scaledBy].map(([d, h]) => `; HPA ${h} scales ${d}, its replicas are left to it`).join(''));
    // Record the previous spec on the object itself (and in the post step's state) so it can be restored.
    const objects = ctx.objects.map((o) => {
        const name = o.metadata.name;
        const prev = o.kind === 'Deployment' ? before.get(name) : undefined;
        if (!prev)
            return o;
        const copy = structuredClone(o);
        copy.metadata.annotations = {
            ...copy.metadata.annotations,
            [manifests_js_1.ANNOTATION.previous]: JSON.stringify((0, release_js_1.restorable)(prev).spec?.template ?? {}),
            ...(previousVersion ? { [manifests_js_1.ANNOTATION.previousVersion]: previousVersion } : {}),
        };
        if (scaledBy.has(name))
            delete copy.spec.replicas;
        return copy;
    });
    // Nothing is written before the API server accepted every object; what was there is kept to put it back.
    const snapshot = await (0, release_js_1.beginRelease)(ctx, objects);
    for (const [name] of scaledBy) {
        const prev = before.get(name);
        if (prev && (await (0, hpa_js_1.handOverReplicas)(kube, prev)))
            timeline.add('apply', `${name}: replicas handed over to the HPA at ${prev.spec?.replicas}`);
    }
    ctx.saveState('rolling-deployments', JSON.stringify([...before.keys()]));
    const restore = async (reason, verify) => {
        const verdictAt = verify?.verdictAt ?? clock.now();
        const prevs = [...before.values(), ...colored.values()].filter((d) => !!d);
        if (prevs.length === 0) {
            timeline.add('rollback', `${reason}; nothing to restore on a first deploy`, 'error');
            return { result: 'failed', rollbackReason: reason, version: settings.version, checks: checkResults };
        }
        timeline.add('rollback', `${reason}; restoring ${previousVersion ?? 'the previous spec'} (every object the rollout changed)`, 'error');
        const cleanup = { ...ctx, signal: (0, common_js_1.cleanupSignal)() };
        if (fromColor && svc) {
            // Users back on the color that served: it gets its replicas back, then the Service selects it again.
            for (const c of colored.values())
                await (0, common_js_1.scale)(cleanup, c.metadata.name, c.spec?.replicas ?? 1);
            for (const c of colored.values())
                await (0, common_js_1.waitReady)(cleanup, c.metadata.name, cleanup.signal);
            await kube.patch({ apiVersion: 'v1', kind: 'Service', name: svcName, namespace: ns }, { spec: { selector: { [manifests_js_1.LABEL.color]: fromColor } } });
            await (0, common_js_1.waitEndpoints)(cleanup, svcName, { ...svc.spec?.selector, [manifests_js_1.LABEL.color]: fromColor }, cleanup.signal);
        }
        const unrestored = await (0, release_js_1.restoreSnapshot)(cleanup, snapshot, {
            config: (d, config) => {
                const prev = before.get(d.metadata.name);
                // The count is not part of what is restored when someone else owns it (an HPA): the restore must not
                // take it over, or the next deploy without replicas would reset it.
                if (scaledBy.has(d.metadata.name) || !(0, hpa_js_1.appliesReplicas)(prev, kube.fieldManager))
                    delete config.spec.replicas;
                return config;
            },
        });
        // A write of the restore that failed (the timeline names it; a lost Lease refuses them all) is no rollback.
        let healthy = unrestored.length === 0;
        for (const prev of prevs) {
            const notReady = await (0, common_js_1.waitReady)(cleanup, prev.metadata.name, cleanup.signal);
            if (notReady) {
                healthy = false;
                timeline.add('rollback', `${prev.metadata.name} did not recover: ${notReady}`, 'error');
                continue;
            }
            // The rejected version's pods drain (preStop, in-flight requests) before they are gone: until then some
            // users still reach it.
            await waitOldPodsGone(cleanup, prev.metadata.name);
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
    try {
        // Changing strategy, the live Service keeps selecting the color until the new Deployments are ready.
        await (0, common_js_1.applyAll)(ctx, fromColor ? objects.filter((o) => !(o.kind === 'Service' && o.metadata.name === svcName)) : objects);
    }
    catch (e) {
        // A write the dry run accepted failed after all (a quota, a webhook that changed its mind): put back what
        // was written.
        if (e instanceof common_js_1.ApplyError)
            return restore(e.message);
        throw e;
    }
    for (const d of deps) {
        const notReady = await (0, common_js_1.waitReady)(ctx, d.metadata.name);
        if (notReady)
            return restore(`${d.metadata.name} did not finish rolling out: ${notReady}`);
    }
    timeline.add('rollout', `${settings.version} is rolled out`, 'ok');
    if (fromColor && svc) {
        // The Service drops the color: users reach the new pods (and, for a moment, the color's), then the color goes.
        // Then the manifests' Service is applied as for any rollout (its ports, labels and annotations).
        try {
            await kube.patch({ apiVersion: 'v1', kind: 'Service', name: svcName, namespace: ns }, { spec: { selector: { [manifests_js_1.LABEL.color]: null } } });
            await (0, common_js_1.applyAll)(ctx, [svc]);
        }
        catch (e) {
            if (e instanceof common_js_1.ApplyError || e instanceof client_js_1.KubeApiError)
                return restore(e.message);
            throw e;
        }
        await (0, common_js_1.waitEndpoints)(ctx, svcName, svc.spec?.selector ?? {}, ctx.signal);
        for (const c of colored.values())
            await (0, common_js_1.scale)(ctx, c.metadata.name, 0);
        await (0, common_js_1.waitPodsGone)(ctx, (0, common_js_1.selectorString)({ ...svc.spec?.selector, [manifests_js_1.LABEL.color]: fromColor }), ctx.signal);
        timeline.add('switch', `Service ${svcName} sends users to ${main.metadata.name}; ${fromColor} is scaled to 0`, 'ok');
    }
    if (front && svc && ctx.elbv2) {
        const unhealthy = await (0, routing_js_1.waitTargetsHealthy)(ctx, ctx.elbv2, svc.metadata.name ?? '', svc.spec?.selector ?? {}, ctx.signal, settings.readyTimeoutMs);
        if (unhealthy)
            return restore(`${settings.version} is ${unhealthy}`);
        timeline.add('rollout', `every target of ${svc.metadata.name} is healthy on the ALB`, 'ok');
    }
    const albUrl = front ? await (0, routing_js_1.ingressUrl)(ctx, front.ingress.metadata.name ?? '') : undefined;
    const liveUrl = settings.liveUrl ?? albUrl ?? (svc ? ctx.serviceUrl(svc.metadata.name, (0, common_js_1.firstPort)(svc)) : '');
    const vars = {
        NAMESPACE: ns,
        SELECTOR: (0, common_js_1.selectorString)(main.spec?.selector?.matchLabels ?? {}),
        TARGET_URL: liveUrl,
        LIVE_URL: liveUrl,
        PREVIEW_URL: liveUrl,
        PROBE_PATH: (0, common_js_1.probePath)(main),
        VERSION: settings.version,
    };
    let verify;
    try {
        verify = await (0, common_js_1.checks)(ctx, 'verify', 'watch', settings.verifyWindowMs, vars);
    }
    catch (e) {
        // Unverifiable is not verified: put the previous version back, then report the configuration.
        if (e instanceof errors_js_1.ConfigurationError)
            await restore('the checks cannot reach the new version');
        throw e;
    }
    if (verify)
        checkResults.push(verify);
    if (ctx.signal.aborted)
        return restore('cancelled during the verify window', verify);
    if (verify && verify.status !== 'passed')
        return restore(`verify window failed: ${verify.reason}`, verify);
    if (fromColor) {
        // The colors and the preview Service of blue-green are retired: rolling owns the service from now on.
        for (const d of deps)
            for (const c of ['blue', 'green'])
                await kube.delete({
                    apiVersion: 'apps/v1',
                    kind: 'Deployment',
                    name: `${d.metadata.name}-${c}`,
                    namespace: ns,
                });
        await kube.delete({ apiVersion: 'v1', kind: 'Service', name: `${svcName}-preview`, namespace: ns });
        timeline.add('clean-up', `the blue-green colors of ${deps.map((d) => d.metadata.name).join(', ')} are retired`);
    }
    // Verified: old config versions (beyond the previous release's) go, and with prune what left the manifests.
    await (0, release_js_1.finishRelease)(ctx, (0, release_js_1.configReadBy)([...before.values(), ...colored.values()]));
    return { result: 'promoted', version: settings.version, previousVersion, checks: checkResults };
}


/***/ }),

/***/ 90677:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.AlbRouter = exports.ServiceRouter = exports.RouterError = exports.PREVIEW_HEADER = exports.ALB_PREFIX = void 0;
exports.isAlbIngress = isAlbIngress;
exports.albFront = albFront;
exports.ingressUrl = ingressUrl;
exports.targetGroupOf = targetGroupOf;
exports.waitTargetsHealthy = waitTargetsHealthy;
exports.routerFor = routerFor;
/**
 * How users' traffic is moved between two sets of pods (the blue and green colors; canary's stable and canary
 * later), behind one small interface so the strategies do not care what fronts the service:
 *
 * - `service`: the live Service's selector (kube-proxy). A move is one selector patch, live once the
 *   EndpointSlices list only the new pods and kube-proxy had time to program them.
 * - `alb`: an ALB Ingress (AWS Load Balancer Controller, IP targets). Each backend has its own Service and so its
 *   own target group, and the Ingress rules that pointed at the live Service forward to both target groups with
 *   weights (the controller's `actions.<service>` annotation). A move changes the weights; it is live once the
 *   ALB's rules (ELBv2 DescribeRules) show them — both target groups stay registered and healthy, so the switch
 *   and the switch back drop nothing.
 */
const errors_js_1 = __webpack_require__(97268);
const client_js_1 = __webpack_require__(50301);
const manifests_js_1 = __webpack_require__(46158);
const node_crypto_1 = __webpack_require__(77598);
const http_request_js_1 = __webpack_require__(91614);
const common_js_1 = __webpack_require__(92610);
exports.ALB_PREFIX = 'alb.ingress.kubernetes.io/';
const GATE_PREFIX = 'target-health.elbv2.k8s.aws/';
/** The header an ALB's preview rule matches (its value is a random token per deploy). */
exports.PREVIEW_HEADER = 'X-Keelson-Preview';
class RouterError extends Error {
    name = 'RouterError';
}
exports.RouterError = RouterError;
/** `service: { selector: …, keelson.dev/color: <backend> }`. */
class ServiceRouter {
    ctx;
    svc;
    kind = 'service';
    constructor(ctx, svc) {
        this.ctx = ctx;
        this.svc = svc;
    }
    get name() {
        return this.svc.metadata.name ?? '';
    }
    describe() {
        return `Service ${this.name}`;
    }
    objects() {
        return [];
    }
    async shift(backend, signal) {
        await this.ctx.kube.patch({ apiVersion: 'v1', kind: 'Service', name: this.name, namespace: this.ctx.settings.namespace }, 
        // One patch: the color, and no pin to an uncolored Deployment's pods (changing strategy) any more.
        { spec: { selector: { [manifests_js_1.LABEL.color]: backend, 'pod-template-hash': null } } });
        await (0, common_js_1.waitEndpoints)(this.ctx, this.name, { ...this.svc.spec?.selector, [manifests_js_1.LABEL.color]: backend }, signal);
    }
    async healthy() {
        return undefined;
    }
    async liveUrl() {
        return undefined;
    }
    async drainSeconds() {
        return 0;
    }
}
exports.ServiceRouter = ServiceRouter;
function paths(ing) {
    const spec = (ing.spec ?? {});
    return (spec.rules ?? []).flatMap((r) => r.http?.paths ?? []);
}
/** An Ingress the AWS Load Balancer Controller serves (class `alb`). */
function isAlbIngress(o) {
    if (o.kind !== 'Ingress')
        return false;
    const spec = (o.spec ?? {});
    return spec.ingressClassName === 'alb' || o.metadata.annotations?.['kubernetes.io/ingress.class'] === 'alb';
}
/** The ALB Ingress among the manifests whose rules send users to Service `service`. */
function albFront(objects, service) {
    for (const ing of objects.filter(isAlbIngress)) {
        const p = paths(ing).find((x) => x.backend?.service?.name === service);
        const port = p?.backend?.service?.port;
        if (port && port.name !== 'use-annotation')
            return { ingress: ing, port: port.number ?? port.name ?? 80 };
    }
    return undefined;
}
/**
 * The ALB router. Backend `c` is Service `<svc>-<c>` (the live Service's selector plus the color, its ports and
 * its `alb.ingress.kubernetes.io/*` annotations); the Ingress rules for `<svc>` forward to both with weights.
 */
class AlbRouter {
    ctx;
    svc;
    front;
    elbv2;
    backends;
    kind = 'alb';
    /** The value of the preview header this deploy's preview rule matches: nobody else sends it. */
    previewToken = (0, node_crypto_1.randomBytes)(12).toString('hex');
    /** The load balancer's URL once looked up (undefined inside: this runner cannot reach it). */
    base;
    constructor(ctx, svc, front, elbv2, backends) {
        this.ctx = ctx;
        this.svc = svc;
        this.front = front;
        this.elbv2 = elbv2;
        this.backends = backends;
    }
    get name() {
        return this.svc.metadata.name ?? '';
    }
    get ns() {
        return this.ctx.settings.namespace;
    }
    backendService(backend) {
        return `${this.name}-${backend}`;
    }
    describe() {
        return `ALB Ingress ${this.front.ingress.metadata.name}`;
    }
    /** The annotation key the controller reads the weighted forward from. */
    get actionKey() {
        return `${exports.ALB_PREFIX}actions.${this.name}`;
    }
    actionFor(weights) {
        return JSON.stringify({
            type: 'forward',
            forwardConfig: {
                targetGroups: this.backends.map((b) => ({
                    serviceName: this.backendService(b),
                    servicePort: String(this.front.port),
                    weight: weights[b] ?? 0,
                })),
            },
        });
    }
    /** The name of the preview rule's action (`actions.<svc>-preview`, `conditions.<svc>-preview`). */
    get previewAction() {
        return `${this.name}-preview`;
    }
    /**
     * The Ingress as applied: rules for the live Service go through the weighted action; with `preview`, each is
     * preceded by the same rule for requests carrying the preview header, forwarding to `preview`'s target group.
     */
    ingress(weights, preview) {
        const ing = structuredClone(this.front.ingress);
        for (const rule of ing.spec?.rules ?? []) {
            const list = rule.http?.paths;
            if (!list)
                continue;
            for (let i = 0; i < list.length; i++) {
                const p = list[i];
                if (p.backend?.service?.name !== this.name)
                    continue;
                p.backend.service.port = { name: 'use-annotation' };
                if (preview) {
                    list.splice(i, 0, {
                        ...structuredClone(p),
                        backend: { service: { name: this.previewAction, port: { name: 'use-annotation' } } },
                    });
                    i++;
                }
            }
        }
        ing.metadata.annotations = { ...ing.metadata.annotations, [this.actionKey]: this.actionFor(weights) };
        if (preview) {
            ing.metadata.annotations[`${exports.ALB_PREFIX}actions.${this.previewAction}`] = JSON.stringify({
                type: 'forward',
                forwardConfig: {
                    targetGroups: [{ serviceName: this.backendService(preview), servicePort: String(this.front.port) }],
                },
            });
            ing.metadata.annotations[`${exports.ALB_PREFIX}conditions.${this.previewAction}`] = JSON.stringify([
                {
                    field: 'http-header',
                    httpHeaderConfig: { httpHeaderName: exports.PREVIEW_HEADER, values: [this.previewToken] },
                },
            ]);
        }
        return ing;
    }
    weightsFor(live) {
        const weights = Object.fromEntries(this.backends.map((b) => [b, b === live ? 100 : 0]));
        // A first deploy sends the first backend its traffic from the start: there is nobody to protect yet.
        if (!live && this.backends[0])
            weights[this.backends[0]] = 100;
        return weights;
    }
    serviceFor(backend) {
        const spec = this.svc.spec ?? {};
        const albAnnotations = Object.fromEntries(Object.entries(this.svc.metadata.annotations ?? {}).filter(([k]) => k.startsWith(exports.ALB_PREFIX)));
        return {
            apiVersion: 'v1',
            kind: 'Service',
            metadata: {
                name: this.backendService(backend),
                namespace: this.ns,
                labels: { ...this.svc.metadata.labels, [manifests_js_1.LABEL.color]: backend, [manifests_js_1.LABEL.track]: 'backend' },
                ...(Object.keys(albAnnotations).length ? { annotations: albAnnotations } : {}),
            },
            spec: {
                type: 'ClusterIP',
                selector: { ...spec.selector, [manifests_js_1.LABEL.color]: backend },
                ports: (spec.ports ?? []).map(({ name, port, targetPort }) => ({ name, port, targetPort })),
            },
        };
    }
    objects(live, backends, preview) {
        return [...backends.map((b) => this.serviceFor(b)), this.ingress(this.weightsFor(live), preview)];
    }
    async preview(backend, signal) {
        const base = await this.url();
        if (!base)
            return undefined;
        const timeout = this.ctx.settings.switchTimeoutMs;
        const until = this.ctx.clock.now() + timeout;
        while (!(await this.previewOnAlb(backend))) {
            if (this.ctx.clock.now() >= until) {
                this.ctx.timeline.add('pre-switch', `the ALB did not take the preview rule for ${backend} within ${Math.round(timeout / 1000)}s: the checks reach it through the API server's service proxy instead`, 'warn');
                return undefined;
            }
            await this.ctx.clock.sleep(2_000, signal);
        }
        const host = new URL(base).host;
        const prefix = `${http_request_js_1.ALB_PREVIEW_SCHEME}//${host}`;
        const token = this.previewToken;
        return {
            url: prefix,
            via: `the ALB (requests with header ${exports.PREVIEW_HEADER})`,
            transports: {
                [http_request_js_1.ALB_PREVIEW_SCHEME]: (url, o) => {
                    if (!url.startsWith(prefix))
                        return Promise.reject(new Error(`not this deploy's preview: ${url}`));
                    return (0, http_request_js_1.httpRequest)(`${base}${url.slice(prefix.length)}`, {
                        ...o,
                        headers: { ...o.headers, [exports.PREVIEW_HEADER]: token },
                    });
                },
            },
        };
    }
    async endPreview(live) {
        await this.ctx.kube.apply(this.ingress(this.weightsFor(live)));
    }
    /** True when a listener has this deploy's preview rule, forwarding to `backend`'s target group only. */
    async previewOnAlb(backend) {
        const host = await this.hostname();
        const arn = await this.targetGroup(backend);
        const lb = host && arn ? await this.elbv2.loadBalancerByDns(host) : undefined;
        if (!lb || !arn)
            return false;
        const condition = `${exports.PREVIEW_HEADER}=${this.previewToken}`.toLowerCase();
        for (const l of lb.listeners) {
            for (const r of await this.elbv2.rules(l.arn)) {
                if (!r.conditions.some((c) => c.toLowerCase() === condition))
                    continue;
                if (r.forward.length > 0 && r.forward.every((f) => f.targetGroupArn === arn || f.weight === 0))
                    return true;
            }
        }
        return false;
    }
    /** The target group of a backend's Service (its TargetGroupBinding), once the controller made it. */
    async targetGroup(backend) {
        const tgbs = await this.ctx.kube.list('elbv2.k8s.aws/v1beta1', 'TargetGroupBinding', this.ns);
        const tgb = tgbs.find((t) => t.spec.serviceRef?.name === this.backendService(backend));
        return tgb?.spec?.targetGroupARN;
    }
    /** The ARN of the load balancer of the Ingress, once it has one (for CloudWatch's LoadBalancer dimension). */
    async loadBalancerArn() {
        const host = await this.hostname();
        return host ? (await this.elbv2.loadBalancerByDns(host))?.arn : undefined;
    }
    /** Waits for the controller to make the backend's TargetGroupBinding (pods created after it get its gate). */
    async waitBinding(backend, signal, timeoutMs = 120_000) {
        const until = this.ctx.clock.now() + timeoutMs;
        while (this.ctx.clock.now() < until) {
            if (await this.targetGroup(backend))
                return true;
            try {
                await this.ctx.clock.sleep(2_000, signal);
            }
            catch {
                return false;
            }
        }
        return false;
    }
    async hostname() {
        const live = await this.ctx.kube.get('networking.k8s.io/v1', 'Ingress', this.front.ingress.metadata.name ?? '', this.ns);
        const st = live?.status;
        return st?.loadBalancer?.ingress?.[0]?.hostname;
    }
    /**
     * True while a rule of the ALB for users (not a preview rule) forwards to `backend`'s target group with a weight:
     * the weights the Ingress asks for are not what the ALB does until the controller has applied them.
     */
    async sendsTo(backend) {
        const arn = await this.targetGroup(backend);
        if (!arn)
            return false;
        return (await this.usersRules()).some((r) => r.forward.some((f) => f.targetGroupArn === arn && f.weight > 0));
    }
    /** The rules of the Ingress's ALB that take users' requests: every listener's, without preview rules. */
    async usersRules() {
        const host = await this.hostname();
        const lb = host ? await this.elbv2.loadBalancerByDns(host) : undefined;
        const rules = [];
        for (const l of lb?.listeners ?? []) {
            for (const r of await this.elbv2.rules(l.arn)) {
                // A preview rule (this deploy's or a leftover) only takes requests with the preview header.
                if (!r.conditions.some((c) => c.toLowerCase().startsWith(`${exports.PREVIEW_HEADER.toLowerCase()}=`)))
                    rules.push(r);
            }
        }
        return rules;
    }
    /** True when every ALB rule that forwards to the backends' target groups has exactly `weights`. */
    async appliedOnAlb(weights) {
        const arns = {};
        for (const b of this.backends) {
            const arn = await this.targetGroup(b);
            if (!arn)
                return false;
            arns[arn] = b;
        }
        let seen = 0;
        for (const r of await this.usersRules()) {
            if (!r.forward.some((f) => arns[f.targetGroupArn]))
                continue;
            seen++;
            for (const b of this.backends) {
                const tg = Object.keys(arns).find((a) => arns[a] === b);
                const got = r.forward.find((f) => f.targetGroupArn === tg)?.weight ?? 0;
                if (got !== (weights[b] ?? 0))
                    return false;
            }
        }
        return seen > 0;
    }
    /**
     * Sets the backends' weights (canary steps); resolves once the ALB's rules show them, throws RouterError when
     * the controller reports it could not apply them or they do not show within switch-timeout.
     */
    async setWeights(weights, signal) {
        const before = await this.rejections();
        await this.ctx.kube.apply(this.ingress(weights));
        const timeout = this.ctx.settings.switchTimeoutMs;
        const until = this.ctx.clock.now() + timeout;
        for (;;) {
            if (await this.appliedOnAlb(weights))
                break;
            const rejected = await this.rejection(before);
            if (rejected)
                throw new RouterError(`the AWS Load Balancer Controller could not apply the weights of Ingress ${this.front.ingress.metadata.name}: ${rejected}`);
            if (this.ctx.clock.now() >= until)
                throw new RouterError(`the ALB of Ingress ${this.front.ingress.metadata.name} did not take the new weights within ${Math.round(timeout / 1000)}s (is the AWS Load Balancer Controller reconciling?)`);
            await this.ctx.clock.sleep(2_000, signal);
        }
    }
    /** The controller's Warning events on the Ingress (FailedBuildModel, FailedDeployModel): name → count. */
    async rejections() {
        const events = await this.ctx.kube
            .list('v1', 'Event', this.ns)
            .catch(() => []);
        const name = this.front.ingress.metadata.name;
        const out = new Map();
        for (const e of events) {
            const involved = e.involvedObject;
            if (e.type === 'Warning' &&
                (e.reason === 'FailedDeployModel' || e.reason === 'FailedBuildModel') &&
                involved?.kind === 'Ingress' &&
                involved.name === name)
                out.set(e.metadata.name ?? '', { count: e.count ?? 1, text: `${e.reason}: ${e.message ?? ''}` });
        }
        return out;
    }
    /** A rejection reported after `before` was taken (a new event, or one seen again), if any. */
    async rejection(before) {
        for (const [name, e] of await this.rejections()) {
            if (e.count > (before.get(name)?.count ?? 0))
                return e.text;
        }
        return undefined;
    }
    async shift(backend, signal) {
        const weights = Object.fromEntries(this.backends.map((b) => [b, b === backend ? 100 : 0]));
        await this.setWeights(weights, signal);
        // In-cluster clients use the live Service: it follows once the ALB has.
        await this.ctx.kube.patch({ apiVersion: 'v1', kind: 'Service', name: this.name, namespace: this.ns }, { spec: { selector: { [manifests_js_1.LABEL.color]: backend } } });
    }
    async healthy(backend, signal, timeoutMs) {
        return waitTargetsHealthy(this.ctx, this.elbv2, this.backendService(backend), { ...this.svc.spec?.selector, [manifests_js_1.LABEL.color]: backend }, signal, timeoutMs);
    }
    async liveUrl() {
        return this.url();
    }
    /** The load balancer's URL when this runner can reach it; looked up (and any warning given) once. */
    async url() {
        if (this.base)
            return this.base.url;
        const host = await this.hostname();
        if (!host)
            return undefined;
        this.base = { url: await reachableUrl(this.ctx, host) };
        return this.base.url;
    }
    async drainSeconds(backend) {
        const arn = await this.targetGroup(backend);
        if (!arn)
            return 0;
        const attrs = await this.elbv2.targetGroupAttributes(arn).catch(() => ({}));
        return Number(attrs['deregistration_delay.timeout_seconds'] ?? '300');
    }
    /** Pods of `backend` carry the readiness gate of its target group: Ready then means healthy on the ALB. */
    static gated(pod) {
        return (pod.spec?.readinessGates ?? []).some((g) => g.conditionType.startsWith(GATE_PREFIX));
    }
}
exports.AlbRouter = AlbRouter;
/**
 * The URL users reach an Ingress's load balancer at, once it has one and this runner can reach it: an internal
 * ALB, or one whose security groups do not admit the runner, cannot be checked from here — the checks then go
 * through the API server's service proxy, and the timeline says so.
 */
async function ingressUrl(ctx, name) {
    const live = await ctx.kube.get('networking.k8s.io/v1', 'Ingress', name, ctx.settings.namespace);
    const st = live?.status;
    const host = st?.loadBalancer?.ingress?.[0]?.hostname;
    return host ? reachableUrl(ctx, host) : undefined;
}
/** `http://<load balancer>` when it answers this runner; otherwise undefined, and the timeline says why. */
async function reachableUrl(ctx, host) {
    const url = ctx.loadBalancerUrl(host);
    if (await reachable(ctx, url))
        return url;
    ctx.timeline.add('plan', `the ALB ${host} does not answer this runner (internal, or its security groups): checks go through the API server's service proxy instead`, 'warn');
    return undefined;
}
/** One request within 10 s of the clock: any HTTP answer means the URL is reachable from here. */
async function reachable(ctx, url) {
    const ac = new AbortController();
    const timer = new AbortController();
    ctx.clock.sleep(10_000, timer.signal).then(() => ac.abort(new Error('timeout')), () => undefined);
    try {
        await (0, http_request_js_1.httpRequest)(`${url}/`, {
            method: 'GET',
            headers: {},
            insecure: false,
            signal: ac.signal,
            maxBody: 1024,
        });
        return true;
    }
    catch {
        return false;
    }
    finally {
        timer.abort();
    }
}
/** The target group of Service `service` (its TargetGroupBinding), once the load balancer controller made it. */
async function targetGroupOf(ctx, service) {
    const tgbs = await ctx.kube.list('elbv2.k8s.aws/v1beta1', 'TargetGroupBinding', ctx.settings.namespace);
    const tgb = tgbs.find((t) => t.spec.serviceRef?.name === service);
    return tgb?.spec?.targetGroupARN;
}
/**
 * Waits until every running pod matching `labels` is a healthy target of Service `service`'s target group
 * (ELBv2 DescribeTargetHealth); returns why not after `timeoutMs`.
 */
async function waitTargetsHealthy(ctx, elbv2, service, labels, signal, timeoutMs) {
    const until = ctx.clock.now() + timeoutMs;
    let last = 'no target group yet';
    for (;;) {
        const arn = await targetGroupOf(ctx, service);
        if (arn) {
            const pods = await ctx.kube.list('v1', 'Pod', ctx.settings.namespace, {
                labelSelector: (0, common_js_1.selectorString)(labels),
            });
            const ips = pods
                .filter((p) => !p.metadata.deletionTimestamp && p.status?.podIP)
                .map((p) => p.status.podIP);
            const targets = await elbv2.targetHealth(arn);
            const states = ips.map((ip) => targets.find((t) => t.id === ip)?.state ?? 'not registered');
            const healthy = states.filter((st) => st === 'healthy').length;
            if (ips.length > 0 && healthy === ips.length)
                return undefined;
            const others = [...new Set(states.filter((st) => st !== 'healthy'))].join(', ') || 'no pods';
            last = `${healthy} of ${ips.length} targets healthy (${others})`;
        }
        if (ctx.clock.now() >= until)
            return `not healthy on the ALB within ${Math.round(timeoutMs / 1000)}s: ${last}`;
        try {
            await ctx.clock.sleep(2_000, signal);
        }
        catch {
            return 'cancelled';
        }
    }
}
/**
 * The router for a Service: the ALB when an ALB Ingress of the manifests fronts it (the cluster must run the AWS
 * Load Balancer Controller, and Keelson must be able to read ELBv2), else the Service itself.
 */
async function routerFor(ctx, svc, backends) {
    const front = albFront(ctx.objects, svc.metadata.name ?? '');
    if (ctx.settings.router === 'alb' && !front)
        throw new errors_js_1.InputError('router', `Invalid input 'router': 'alb'. Expected an ALB Ingress (class alb) in the manifests routing to Service ${svc.metadata.name}.`);
    if (!front || ctx.settings.router === 'service')
        return new ServiceRouter(ctx, svc);
    const ingName = front.ingress.metadata.name;
    try {
        await ctx.kube.resource('elbv2.k8s.aws/v1beta1', 'TargetGroupBinding');
    }
    catch (e) {
        if (e instanceof client_js_1.KubeApiError && e.status === 404)
            throw new errors_js_1.ConfigurationError(`Ingress ${ingName} is of class alb, but the cluster does not serve TargetGroupBinding (elbv2.k8s.aws/v1beta1): install the AWS Load Balancer Controller, or remove the Ingress from the manifests.`);
        throw e;
    }
    if (!ctx.elbv2)
        throw new errors_js_1.ConfigurationError(`Ingress ${ingName} puts an ALB in front of ${svc.metadata.name}: Keelson reads the ALB's rules and target health to switch without dropping requests, and needs the AWS region ('aws-region' or AWS_REGION) and credentials allowed elasticloadbalancing:Describe*.`);
    return new AlbRouter(ctx, svc, front, ctx.elbv2, backends);
}


/***/ }),

/***/ 37146:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.podSource = podSource;
exports.serviceUrl = serviceUrl;
exports.deploy = deploy;
const errors_js_1 = __webpack_require__(97268);
const deployments_js_1 = __webpack_require__(55695);
const kube_transport_js_1 = __webpack_require__(27909);
const lease_js_1 = __webpack_require__(17830);
const blue_green_js_1 = __webpack_require__(93237);
const canary_js_1 = __webpack_require__(63823);
const record_js_1 = __webpack_require__(53006);
const release_js_1 = __webpack_require__(24218);
const rolling_js_1 = __webpack_require__(45802);
const timeline_js_1 = __webpack_require__(87440);
/** Pods for `kubernetes` checks: the same source the health-check action uses (see kubePodSource). */
function podSource(kube) {
    return (0, kube_transport_js_1.kubePodSource)(kube);
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
            o.onWarning?.(`Could not create a GitHub Deployment (${(0, errors_js_1.errorMessage)(e)}); the rollout goes on.`);
        }
    }
    const release = (0, release_js_1.prepareRelease)(o.objects, settings.service, settings.namespace);
    // Every write of the rollout first makes sure this run still holds the Lease (see acquireLease).
    const kube = o.kube.withWriteGuard(() => lease.fence());
    const ctx = {
        kube,
        clock: o.clock,
        signal: o.signal,
        settings,
        objects: release.objects,
        release,
        timeline,
        pods: podSource(kube),
        saveState: save,
        serviceUrl: (name, port) => serviceUrl(settings.namespace, name, port),
        elbv2: o.elbv2,
        cloudwatch: o.cloudwatch,
        loadBalancerUrl: o.loadBalancerUrl ?? ((dns) => `http://${dns}`),
    };
    let result;
    try {
        if (settings.strategy !== 'canary')
            await (0, canary_js_1.refuseWhilePaused)(ctx);
        result =
            settings.strategy === 'canary'
                ? await (0, canary_js_1.canary)(ctx)
                : settings.strategy === 'blue-green'
                    ? await (0, blue_green_js_1.blueGreen)(ctx)
                    : await (0, rolling_js_1.rolling)(ctx);
        return { result, timeline };
    }
    finally {
        save('phase', 'done');
        const released = await lease.release().then(() => true, (e) => {
            o.onWarning?.(`Could not release Lease ${lease.name}: ${(0, errors_js_1.errorMessage)(e)}`);
            return false;
        });
        if (lease.lost)
            timeline.add('lock', `lost Lease ${lease.name}: ${lease.lost}`, 'error');
        else if (released)
            timeline.add('lock', `released Lease ${lease.name}`);
        if (gh) {
            const state = result?.result === 'promoted' ? 'success' : result?.result === 'paused' ? 'in_progress' : 'failure';
            const description = result
                ? (result.rollbackReason ?? `${result.result}: ${result.version}`)
                : 'the rollout stopped with an error';
            await gh
                .setStatus(state, {
                description,
                environmentUrl: result?.result === 'promoted' ? o.github?.environmentUrl : undefined,
            })
                .catch((e) => o.onWarning?.(`Could not update the GitHub Deployment: ${(0, errors_js_1.errorMessage)(e)}`));
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
const clock_js_1 = __webpack_require__(84517);
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
    const sleep = opts.sleep ?? clock_js_1.realClock.sleep;
    const now = opts.now ?? Date.now;
    const attempts = opts.attempts ?? 4;
    api.hook.wrap('request', async (request, options) => {
        const signal = options.request?.signal;
        for (let attempt = 1;; attempt++) {
            try {
                return await request(options);
            }
            catch (e) {
                const delay = signal?.aborted ? undefined : retryDelay(e, attempt, now(), attempts);
                if (delay === undefined) {
                    if (!e.response && httpStatus(e) !== undefined) {
                        throw new GitHubUnreachable(baseUrl, networkReason(e), attempt);
                    }
                    throw e;
                }
                await sleep(delay, signal);
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

/***/ 67617:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.MAX_CHECKS_BYTES = void 0;
exports.readChecksSource = readChecksSource;
/**
 * Where a checks input comes from: the YAML itself, or the path of a file holding it (one line ending in .yaml,
 * .yml or .json, or naming a file that exists). Paths stay inside the workspace; a missing file says so;
 * the text is bounded before anything parses it (a 10 MB file must not take the process down).
 */
const node_fs_1 = __webpack_require__(73024);
const errors_js_1 = __webpack_require__(97268);
const inputs_js_1 = __webpack_require__(51662);
/** At most this many bytes of checks YAML (far more than any real list of checks). */
exports.MAX_CHECKS_BYTES = 256 * 1024;
function bounded(name, text, where) {
    const bytes = Buffer.byteLength(text);
    if (bytes > exports.MAX_CHECKS_BYTES) {
        throw new errors_js_1.InputError(name, `Invalid input '${name}': ${where} is ${Math.round(bytes / 1024)} KiB. Expected checks YAML of at most ${exports.MAX_CHECKS_BYTES / 1024} KiB.`);
    }
    return text;
}
function readChecksSource(name, raw, roots) {
    const value = raw.trim();
    const oneLine = value !== '' && !/[\r\n]/.test(value);
    const looksLikeFile = oneLine && (/\.(ya?ml|json)$/i.test(value) || !/[:{[]/.test(value));
    if (!looksLikeFile)
        return bounded(name, raw, 'the YAML');
    const path = (0, inputs_js_1.confinedPath)(name, value, roots);
    if (!(0, node_fs_1.existsSync)(path)) {
        if (!/\.(ya?ml|json)$/i.test(value))
            return bounded(name, raw, 'the YAML');
        throw new errors_js_1.InputError(name, `Invalid input '${name}': file '${value}' not found (relative to ${roots.workspace}). Expected checks YAML or the path of a file holding it.`);
    }
    if (!(0, node_fs_1.statSync)(path).isFile())
        throw errors_js_1.InputError.invalid(name, value, 'a file of checks YAML, not a directory');
    if ((0, node_fs_1.statSync)(path).size > exports.MAX_CHECKS_BYTES) {
        throw new errors_js_1.InputError(name, `Invalid input '${name}': file '${value}' is ${Math.round((0, node_fs_1.statSync)(path).size / 1024)} KiB. Expected checks YAML of at most ${exports.MAX_CHECKS_BYTES / 1024} KiB.`);
    }
    return (0, node_fs_1.readFileSync)(path, 'utf8');
}


/***/ }),

/***/ 6440:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.eksTokenSource = eksTokenSource;
exports.ambientCredentials = ambientCredentials;
exports.eksAccess = eksAccess;
exports.kubeconfigAccess = kubeconfigAccess;
exports.eksFromExec = eksFromExec;
exports.renderEksKubeconfig = renderEksKubeconfig;
/**
 * How Keelson reaches a cluster: EKS (DescribeCluster for endpoint + CA, a bearer token minted in-process and
 * refreshed before it expires — no aws CLI) or any kubeconfig (file or content). A kubeconfig whose user runs
 * `aws eks get-token` is served by the in-process minter too.
 */
const node_fs_1 = __webpack_require__(73024);
const node_path_1 = __webpack_require__(76760);
const errors_js_1 = __webpack_require__(97268);
const json_client_js_1 = __webpack_require__(15603);
function eksTokenSource(target, clock, setSecret, credentials) {
    let current;
    let keyId;
    const source = async (refresh = false) => {
        if (!current || refresh || clock.now() >= current.expiresAt - 60_000) {
            const { mintEksToken } = await Promise.all(/* import() */[__webpack_require__.e(5118), __webpack_require__.e(1860), __webpack_require__.e(9656)]).then(__webpack_require__.bind(__webpack_require__, 69656));
            const creds = await (credentials ?? ambientCredentials)();
            keyId = creds.accessKeyId;
            current = await mintEksToken({
                clusterName: target.clusterName,
                region: target.region,
                credentials: creds,
                clock,
            });
            setSecret(current.token);
        }
        return current.token;
    };
    // The access key ID names the IAM identity (it is not a secret); the cluster must map that identity.
    const identity = () => `an EKS token for cluster '${target.clusterName}' signed by AWS access key ${keyId ?? '(none yet)'}`;
    return Object.assign(source, { identity });
}
/**
 * The run's AWS credentials: keys in the step's environment (what configure-aws-credentials exports), else the
 * default chain (web identity from OIDC, profiles, IMDS).
 */
async function ambientCredentials(env = process.env) {
    return (0, json_client_js_1.defaultCredentials)('aws-region', env, ', or pass a kubeconfig');
}
/**
 * EKS DescribeCluster → endpoint and CA, with the credentials and AWS_ENDPOINT_URL_EKS of `env` (the step's
 * environment: an action run in-process by the local runner has one of its own).
 */
async function eksAccess(target, clock, setSecret, env = process.env) {
    const { EKSClient, DescribeClusterCommand } = await Promise.all(/* import() */[__webpack_require__.e(5118), __webpack_require__.e(5861), __webpack_require__.e(4524)]).then(__webpack_require__.t.bind(__webpack_require__, 24524, 19));
    const endpoint = env.AWS_ENDPOINT_URL_EKS || env.AWS_ENDPOINT_URL;
    const client = new EKSClient({
        region: target.region,
        ...(endpoint ? { endpoint } : {}),
        ...(env.AWS_ACCESS_KEY_ID ? { credentials: () => ambientCredentials(env) } : {}),
    });
    let cluster;
    try {
        cluster = (await client.send(new DescribeClusterCommand({ name: target.clusterName }))).cluster;
    }
    catch (e) {
        const name = e.name ?? 'Error';
        const why = (0, errors_js_1.errorMessage)(e);
        if (name === 'ResourceNotFoundException') {
            throw new errors_js_1.InputError('cluster-name', `EKS cluster '${target.clusterName}' was not found in ${target.region}.`);
        }
        throw new errors_js_1.InputError('cluster-name', `DescribeCluster for '${target.clusterName}' in ${target.region} failed: ${name}: ${why}`);
    }
    finally {
        client.destroy();
    }
    if (!cluster?.endpoint) {
        throw new errors_js_1.InputError('cluster-name', `EKS cluster '${target.clusterName}' has no endpoint yet (status ${cluster?.status ?? 'unknown'}).`);
    }
    const token = eksTokenSource(target, clock, setSecret, () => ambientCredentials(env));
    return {
        server: cluster.endpoint,
        caData: cluster.certificateAuthority?.data,
        token,
        identity: token.identity,
    };
}
const kindOf = (v) => v === null ? 'null' : Array.isArray(v) ? 'a list' : typeof v === 'object' ? 'a mapping' : `a ${typeof v}`;
/** The kubeconfig input: a path to a file, or the YAML itself. Every path it names is checked here, before any network call. */
async function kubeconfigAccess(raw, clock, opts) {
    const input = opts.input ?? 'kubeconfig';
    const bad = (message) => new errors_js_1.InputError(input, `Invalid input '${input}': ${message}`);
    // Content (YAML, or JSON — which is YAML — on one line) or a path to a file.
    const isContent = /\n/.test(raw) || /^\s*(\{|(apiVersion|clusters|kind)\s*:)/.test(raw);
    const text = isContent ? raw : readKubeconfigFile(raw, input);
    // kubectl resolves relative paths in a kubeconfig file against the file's directory.
    const base = isContent ? process.cwd() : (0, node_path_1.dirname)((0, node_path_1.resolve)(raw));
    const { parse } = await __webpack_require__.e(/* import() */ 8815).then(__webpack_require__.t.bind(__webpack_require__, 38815, 19));
    let doc;
    try {
        doc = parse(text);
    }
    catch (e) {
        throw bad(`not valid YAML (${(0, errors_js_1.errorMessage)(e).split('\n')[0]}).`);
    }
    if (!doc || typeof doc !== 'object' || !Array.isArray(doc.clusters)) {
        throw bad('expected a kubeconfig with clusters, users and contexts.');
    }
    /** A top-level list of `{ name, <key>: { … } }` entries. */
    const list = (field, key) => {
        const v = doc[field];
        if (v === undefined || v === null)
            return [];
        if (!Array.isArray(v))
            throw bad(`field '${field}' is ${kindOf(v)}. Expected a list of entries with 'name' and '${key}'.`);
        v.forEach((e, i) => {
            const entry = e;
            if (!entry || typeof entry !== 'object' || Array.isArray(entry) || typeof entry.name !== 'string')
                throw bad(`field '${field}' entry ${i + 1} has no 'name'. Expected entries with 'name' and '${key}'.`);
            const body = entry[key];
            if (body !== undefined && (body === null || typeof body !== 'object' || Array.isArray(body)))
                throw bad(`${field.replace(/s$/, '')} '${entry.name}' field '${key}' is ${kindOf(body)}. Expected a mapping.`);
        });
        return v;
    };
    const clusters = list('clusters', 'cluster');
    const users = list('users', 'user');
    const contexts = list('contexts', 'context');
    const current = doc['current-context'];
    const ctxName = opts.context || (typeof current === 'string' ? current : '');
    const ctx = contexts.find((c) => c.name === ctxName)?.context ??
        (contexts.length === 1 ? contexts[0]?.context : undefined);
    if (!ctx) {
        const names = contexts.map((c) => c.name).filter(Boolean);
        throw bad(ctxName
            ? `context '${ctxName}' not found in the kubeconfig (it has: ${names.join(', ') || 'no contexts'}).`
            : `the kubeconfig has no current-context and ${names.length} contexts; set 'context' to one of: ${names.join(', ') || '(none)'}.`);
    }
    const cluster = clusters.find((c) => c.name === ctx.cluster)?.cluster;
    if (!cluster)
        throw bad(`context '${ctxName || contexts[0]?.name}' names cluster '${ctx.cluster}', which is not in 'clusters'.`);
    if (!cluster.server)
        throw bad(`cluster '${ctx.cluster}' has no server.`);
    const server = String(cluster.server);
    if (!isHttpUrl(server))
        throw bad(`cluster '${ctx.cluster}' field 'server': '${server.slice(0, 80)}' is not a URL. Expected the API server's URL, such as https://host:6443.`);
    const user = users.find((u) => u.name === ctx.user)?.user ?? {};
    for (const field of [
        'token',
        'token-file',
        'client-certificate-data',
        'client-key-data',
        'client-certificate',
        'client-key',
    ]) {
        const v = user[field];
        if (v !== undefined && v !== null && typeof v !== 'string') {
            // Not repeated: these fields hold credentials.
            throw bad(`user '${ctx.user}' field '${field}' is ${kindOf(v)}. Expected text.`);
        }
    }
    /** A file the kubeconfig names: it must exist and be a readable file, now, before anything is sent. */
    const file = (owner, field, path) => {
        const abs = (0, node_path_1.resolve)(base, path);
        let why;
        try {
            if (!(0, node_fs_1.statSync)(abs).isFile())
                why = 'is not a file';
            else
                (0, node_fs_1.accessSync)(abs, node_fs_1.constants.R_OK);
        }
        catch (e) {
            const code = e.code;
            why =
                code === 'ENOENT' || code === 'ENOTDIR'
                    ? 'does not exist'
                    : `cannot be read (${code ?? (0, errors_js_1.errorMessage)(e)})`;
        }
        if (why)
            throw bad(`${owner} field '${field}': '${path}' ${why}.`);
        return abs;
    };
    const clusterOwner = `cluster '${ctx.cluster}'`;
    const userOwner = `user '${ctx.user}'`;
    const caData = cluster['certificate-authority-data'] ??
        (cluster['certificate-authority']
            ? (0, node_fs_1.readFileSync)(file(clusterOwner, 'certificate-authority', cluster['certificate-authority'])).toString('base64')
            : undefined);
    const clientCertData = user['client-certificate-data'] ??
        (user['client-certificate']
            ? (0, node_fs_1.readFileSync)(file(userOwner, 'client-certificate', user['client-certificate'])).toString('base64')
            : undefined);
    const clientKeyData = user['client-key-data'] ??
        (user['client-key']
            ? (0, node_fs_1.readFileSync)(file(userOwner, 'client-key', user['client-key'])).toString('base64')
            : undefined);
    const access = {
        server,
        caData,
        insecureSkipTlsVerify: cluster['insecure-skip-tls-verify'] === true,
        clientCertData,
        clientKeyData,
        identity: () => clientCertData
            ? `the client certificate of kubeconfig ${userOwner}`
            : `kubeconfig ${userOwner} (no credentials)`,
    };
    if (clientKeyData)
        opts.setSecret(clientKeyData);
    if (user.token) {
        opts.setSecret(user.token);
        const token = user.token;
        access.token = async () => token;
        access.identity = () => `the bearer token of kubeconfig ${userOwner}`;
    }
    else if (user['token-file']) {
        const path = file(userOwner, 'token-file', user['token-file']);
        access.token = async () => {
            let token;
            try {
                token = (0, node_fs_1.readFileSync)(path, 'utf8').trim();
            }
            catch (e) {
                throw bad(`${userOwner} field 'token-file': '${user['token-file']}' cannot be read (${e.code ?? (0, errors_js_1.errorMessage)(e)}).`);
            }
            opts.setSecret(token);
            return token;
        };
        access.identity = () => `the token in '${user['token-file']}' (kubeconfig ${userOwner})`;
    }
    else if (user.exec) {
        const eks = eksFromExec(user.exec);
        if (!eks) {
            throw bad(`user '${ctx.user}' runs '${user.exec.command}' for credentials; Keelson serves only ` +
                "'aws eks get-token' (and its own 'keelson eks-token') in-process. Use a token or client certificate.");
        }
        const source = eksTokenSource(eks, clock, opts.setSecret, () => ambientCredentials(opts.env));
        access.token = source;
        access.identity = source.identity;
    }
    return { access, namespace: ctx.namespace };
}
function isHttpUrl(v) {
    try {
        const u = new URL(v);
        return (u.protocol === 'https:' || u.protocol === 'http:') && u.hostname !== '';
    }
    catch {
        return false;
    }
}
/** Never repeats the value: a kubeconfig input that is neither a path nor a kubeconfig may still be a credential. */
function readKubeconfigFile(path, input) {
    const expected = 'the path of a kubeconfig file, or the kubeconfig itself (YAML or JSON)';
    if (!(0, node_fs_1.existsSync)(path) || !(0, node_fs_1.statSync)(path).isFile())
        throw new errors_js_1.InputError(input, `Invalid input '${input}': no such file, and not kubeconfig content. Expected ${expected}.`);
    return (0, node_fs_1.readFileSync)(path, 'utf8');
}
/**
 * Recognises `aws eks get-token --cluster-name X --region R` and `keelson eks-token --cluster-name X
 * --aws-region R` (or `--region R`, as kubeconfigs written by earlier releases say).
 */
function eksFromExec(exec) {
    const args = exec.args ?? [];
    const eksAt = args.indexOf('eks');
    const isAws = /(^|\/)aws$/.test(exec.command) && eksAt >= 0 && args[eksAt + 1] === 'get-token';
    const isKeelson = args.includes('eks-token');
    if ((!isAws && !isKeelson) || args.includes('--role-arn'))
        return undefined;
    const flag = (name) => {
        const i = args.indexOf(name);
        return i >= 0 ? args[i + 1] : args.find((a) => a.startsWith(`${name}=`))?.slice(name.length + 1);
    };
    const clusterName = flag('--cluster-name') ?? flag('--cluster-id');
    const region = flag('--aws-region') ??
        flag('--region') ??
        exec.env?.find((e) => e.name === 'AWS_REGION' || e.name === 'AWS_DEFAULT_REGION')?.value;
    return clusterName && region ? { clusterName, region } : undefined;
}
/** A kubeconfig for later kubectl/helm steps: the token comes from `keelson eks-token` (no aws CLI needed). */
function renderEksKubeconfig(target, access, cliPath, nodePath = process.execPath) {
    const name = `eks_${target.region}_${target.clusterName}`;
    const lines = [
        'apiVersion: v1',
        'kind: Config',
        'preferences: {}',
        `current-context: ${name}`,
        'clusters:',
        `  - name: ${name}`,
        '    cluster:',
        `      server: ${access.server}`,
        ...(access.caData ? [`      certificate-authority-data: ${access.caData}`] : []),
        'contexts:',
        `  - name: ${name}`,
        '    context:',
        `      cluster: ${name}`,
        `      user: ${name}`,
        'users:',
        `  - name: ${name}`,
        '    user:',
        '      exec:',
        '        apiVersion: client.authentication.k8s.io/v1beta1',
        `        command: ${JSON.stringify(nodePath)}`,
        '        args:',
        `          - ${JSON.stringify(cliPath)}`,
        '          - eks-token',
        '          - --cluster-name',
        `          - ${JSON.stringify(target.clusterName)}`,
        '          - --aws-region',
        `          - ${JSON.stringify(target.region)}`,
        '        interactiveMode: Never',
        '',
    ];
    return lines.join('\n');
}


/***/ }),

/***/ 86470:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.connect = connect;
const access_js_1 = __webpack_require__(6440);
const client_js_1 = __webpack_require__(50301);
/** A client for the cluster the inputs name (EKS or kubeconfig). */
async function connect(access, clock, opts) {
    const { env, ...kubeOpts } = opts;
    if (access.kind === 'eks') {
        return {
            kube: new client_js_1.KubeClient(await (0, access_js_1.eksAccess)({ clusterName: access.clusterName, region: access.region }, clock, opts.setSecret, env), { ...kubeOpts, clock }),
        };
    }
    const { access: a, namespace } = await (0, access_js_1.kubeconfigAccess)(access.kubeconfig, clock, {
        context: access.context,
        setSecret: opts.setSecret,
        env,
    });
    return { kube: new client_js_1.KubeClient(a, { ...kubeOpts, clock }), namespace };
}


/***/ }),

/***/ 17830:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.LeaseLostError = void 0;
exports.leaseName = leaseName;
exports.acquireLease = acquireLease;
exports.releaseLease = releaseLease;
const errors_js_1 = __webpack_require__(97268);
const client_js_1 = __webpack_require__(50301);
const resources_js_1 = __webpack_require__(86157);
/** This run no longer holds its Lease: another run may be rolling out, so it stops before writing anything. */
class LeaseLostError extends errors_js_1.PolicyError {
    name = 'LeaseLostError';
}
exports.LeaseLostError = LeaseLostError;
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
    let renewedAt;
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
                renewedAt = now;
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
                renewedAt = now;
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
    const durationMs = duration * 1000;
    // Another runner's clock may run ahead of ours: stop writing this long before the Lease could expire for it.
    const margin = Math.min(10_000, durationMs / 6);
    const path = (0, resources_js_1.objectPath)((0, resources_js_1.builtinResource)('coordination.k8s.io/v1', 'Lease'), name, o.namespace);
    let lost;
    let renewing;
    const lose = (why) => {
        lost ??= why;
        stop();
    };
    const lostError = () => new LeaseLostError(`Lost the rollout Lease ${name} in '${o.namespace}': ${lost}. ` +
        'This run stopped before its next write; another rollout of ' +
        `'${o.service}' may be in progress.`);
    /**
     * One renewal: read the Lease and check this run still holds it, then PUT it on the resourceVersion just read
     * (a precondition: a Lease written in between is a 409, and the next renewal looks again). Never throws.
     */
    const renewOnce = async () => {
        try {
            const res = await kube.request('GET', path, { once: true, accept404: true });
            if (res.status === 404)
                return lose(`it was deleted (this run last renewed it at ${micro(renewedAt)})`);
            const live = res.body;
            if (live.spec?.holderIdentity !== o.holder) {
                return lose(`it is now held by '${live.spec?.holderIdentity || '(nobody)'}'` +
                    (live.spec?.acquireTime ? ` since ${live.spec.acquireTime}` : ''));
            }
            const sentAt = o.clock.now();
            const body = { ...live, spec: { ...live.spec, renewTime: micro(sentAt) } };
            await kube.request('PUT', path, { body, once: true });
            renewedAt = sentAt;
        }
        catch {
            // Unreachable, or written in between (409): the next renewal tries again.
        }
    };
    const renew = () => {
        renewing ??= renewOnce().finally(() => (renewing = undefined));
        return renewing;
    };
    const ac = new AbortController();
    const loop = async () => {
        for (;;) {
            // Every third of the Lease; every 2 s once a renewal was missed. Stopped: no renewal after the sleep.
            const late = o.clock.now() - renewedAt > durationMs / 3;
            const woke = await o.clock
                .sleep(late ? Math.min(2_000, durationMs / 3) : durationMs / 3, ac.signal)
                .then(() => !ac.signal.aborted, () => false);
            if (!woke)
                return;
            await renew();
        }
    };
    void loop();
    const stop = () => ac.abort();
    const left = () => renewedAt + durationMs - margin - o.clock.now();
    return {
        name,
        holder: o.holder,
        stop,
        get lost() {
            return lost;
        },
        fence: async () => {
            if (lost)
                throw lostError();
            if (left() > 0)
                return left();
            await renew();
            // A renewal that found the Lease lost left renewedAt as it was: it is lost below, with the reason found.
            if (left() > 0)
                return left();
            lose(`it could not be renewed since ${micro(renewedAt)} (${Math.round((o.clock.now() - renewedAt) / 1000)}s; ` +
                `it lasts ${duration}s), so another run may have taken it`);
            throw lostError();
        },
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
/**
 * Waits like `kubectl rollout status`, with two differences that make verdicts fast and fair: `timeoutMs` is a
 * progress deadline (the rollout fails when nothing moved — generation observed, pods updated, ready or
 * available — for that long, however long it takes in all: an HPA may be adding pods), and `inspect` looks at
 * the new pods on every poll, so a crash loop fails the wait at once instead of at the deadline.
 */
async function waitForRollout(kube, ref, o) {
    let last = '';
    let progress = '';
    let progressAt = o.clock.now();
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
        const st = d.status ?? {};
        const key = [st.observedGeneration, st.updatedReplicas, st.readyReplicas, st.availableReplicas].join('/');
        if (key !== progress) {
            progress = key;
            progressAt = o.clock.now();
        }
        const broken = o.inspect ? await o.inspect(d) : undefined;
        if (broken)
            return { ok: false, reason: broken };
        if (o.clock.now() - progressAt >= o.timeoutMs)
            return { ok: false, reason: `no progress for ${Math.round(o.timeoutMs / 1000)}s: ${s.message}` };
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
