export const id = 286;
export const ids = [286];
export const modules = {

/***/ 7286:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

var __webpack_unused_export__;

__webpack_unused_export__ = ({ value: true });
exports.Rj = void 0;
__webpack_unused_export__ = buildJob;
exports.runMigrationJob = runMigrationJob;
exports.cleanUpJob = cleanUpJob;
/**
 * Job mode: the migrator runs where the app runs — a Kubernetes Job whose pod is the app's pod template (its
 * service account, env, envFrom, volumes, image pull secrets), from the release's manifests or the live
 * Deployment, with the container's image pinned by digest and the migrate command as its command. Through
 * the deploy engine's client and access (EKS or kubeconfig). The pod's logs stream into the step log; the
 * container's exit code decides. A successful Job is deleted; a failed one is kept (ttlSecondsAfterFinished)
 * for inspection; a stopped one (timeout, cancel, lost lock) is deleted and its pod waited for, so nothing
 * keeps migrating once the lock is released.
 */
const node_crypto_1 = __webpack_require__(7598);
const errors_js_1 = __webpack_require__(7268);
const inputs_js_1 = __webpack_require__(1662);
const DIGEST = /@sha256:[a-f0-9]{64}$/;
const WAITING_FATAL = new Set([
    'ImagePullBackOff',
    'ErrImagePull',
    'InvalidImageName',
    'CreateContainerConfigError',
    'CreateContainerError',
    'ErrImageNeverPull',
]);
exports.Rj = 'keelson.dev/migrate';
/** The Deployment whose pod template the Job uses: from the release's manifests, or the live one. */
async function appDeployment(s, kube, workspace) {
    const job = s.job;
    const { loadManifests, pinImages } = await __webpack_require__.e(/* import() */ 158).then(__webpack_require__.bind(__webpack_require__, 6158));
    let deployment;
    if (job.manifests.length > 0) {
        const objects = await loadManifests({
            manifests: job.manifests,
            namespace: job.namespace,
            cwd: workspace,
        });
        const deployments = objects.filter((o) => o.kind === 'Deployment');
        deployment =
            deployments.find((d) => d.metadata.name === job.service) ??
                (deployments.length === 1 ? deployments[0] : undefined);
        if (!deployment) {
            throw new errors_js_1.InputError('service', `The manifests hold no Deployment named '${job.service}' (found: ${deployments.map((d) => d.metadata.name).join(', ') || 'none'}).`);
        }
    }
    else {
        deployment = await kube.get('apps/v1', 'Deployment', job.service, job.namespace);
        if (!deployment) {
            throw new errors_js_1.InputError('service', `Deployment '${job.service}' was not found in namespace '${job.namespace}': the Job takes its pod template from it. ` +
                "Check 'service' and 'namespace', or give the release's 'manifests'.");
        }
    }
    pinImages([deployment], job.images);
    return deployment;
}
function chooseContainer(template, s) {
    const job = s.job;
    const containers = template.spec?.containers ?? [];
    if (job.container) {
        const c = containers.find((x) => x.name === job.container);
        if (!c) {
            throw errors_js_1.InputError.invalid('container', job.container, `one of the pod template's containers: ${containers.map((x) => x.name).join(', ')}`);
        }
        return c;
    }
    const c = containers.find((x) => x.name === job.service) ?? containers[0];
    if (!c)
        throw new errors_js_1.InputError('service', `Deployment '${job.service}' has no containers.`);
    return c;
}
/** The Job object: the app's pod, minus what serves traffic, running `command` once. */
function buildJob(s, template, container, opts) {
    const job = s.job;
    const labels = { 'app.kubernetes.io/managed-by': 'keelson', [exports.Rj]: job.service };
    const { ports: _ports, readinessProbe: _r, livenessProbe: _l, startupProbe: _s, lifecycle: _lc, args: _args, ...kept } = container;
    void [_ports, _r, _l, _s, _lc, _args];
    const ours = new Set(['PGAPPNAME', 'KEELSON_MIGRATE_LOCK', 'KEELSON_MIGRATE_LOCK_PID']);
    const env = (container.env ?? []).filter((e) => !ours.has(e.name));
    env.push({ name: 'PGAPPNAME', value: opts.appName.slice(0, 63) });
    if (opts.lock) {
        env.push({ name: 'KEELSON_MIGRATE_LOCK', value: opts.lock.name });
        env.push({ name: 'KEELSON_MIGRATE_LOCK_PID', value: String(opts.lock.pid) });
    }
    const { containers: _c, initContainers, restartPolicy: _rp, readinessGates: _rg, ...podSpec } = (template.spec ?? {});
    void [_c, _rp, _rg];
    // native sidecars (init containers with restartPolicy Always) would keep the Job's pod from completing
    const inits = (initContainers ?? []).filter((c) => c.restartPolicy !== 'Always');
    return {
        apiVersion: 'batch/v1',
        kind: 'Job',
        metadata: {
            name: opts.name,
            namespace: job.namespace,
            labels,
            annotations: { 'keelson.dev/holder': opts.holder, 'keelson.dev/image': container.image ?? '' },
        },
        spec: {
            backoffLimit: 0,
            // a backstop for a runner that disappears: Keelson's own timeout stops and deletes the Job first
            activeDeadlineSeconds: Math.ceil(s.timeoutMs / 1000) + 60,
            ttlSecondsAfterFinished: job.ttlSeconds,
            template: {
                // none of the app's labels: its Service must not send traffic to the migration
                metadata: {
                    labels,
                    ...(template.metadata?.annotations ? { annotations: template.metadata.annotations } : {}),
                },
                spec: {
                    ...podSpec,
                    ...(inits.length > 0 ? { initContainers: inits } : {}),
                    restartPolicy: 'Never',
                    containers: [{ ...kept, command: s.command, env }],
                },
            },
        },
    };
}
function jobName(service, clock) {
    const suffix = `${Math.floor(clock.now() / 1000).toString(36)}${(0, node_crypto_1.randomBytes)(2).toString('hex')}`;
    return `${service.slice(0, 63 - '-migrate-'.length - suffix.length)}-migrate-${suffix}`.replace(/-+(?=-migrate)/, '');
}
async function runMigrationJob(s, deps) {
    const job = s.job;
    const ns = job.namespace;
    let kube = deps.kube;
    if (!kube) {
        const { connect } = await __webpack_require__.e(/* import() */ 470).then(__webpack_require__.bind(__webpack_require__, 6470));
        kube = (await connect(job.access, deps.clock, { setSecret: deps.setSecret, env: deps.env })).kube;
    }
    const k = kube;
    try {
        const deployment = await appDeployment(s, k, deps.workspace);
        const template = deployment.spec?.template ?? {};
        const container = chooseContainer(template, s);
        if (!container.image || !DIGEST.test(container.image)) {
            throw new errors_js_1.InputError('images', `Job mode runs migrations from exactly the image that is deployed, pinned by digest; container '${container.name}' has '${container.image ?? ''}'. ` +
                `Give 'images: ${container.name}=<repository>@sha256:<digest>' (the digest the deploy step rolls out).`);
        }
        const name = jobName(job.service, deps.clock);
        const ref = { apiVersion: 'batch/v1', kind: 'Job', name, namespace: ns };
        const obj = buildJob(s, template, container, {
            name,
            holder: deps.holder,
            lock: deps.lock,
            appName: deps.appName,
        });
        await k.create(obj);
        deps.saveState?.('migrate-job', `${ns}/${name}`);
        deps.log(`Created Job ${ns}/${name}: ${deps.masker.mask((s.command ?? []).join(' '))} in ${container.image}`);
        const wrap = deps.output ?? (async (fn) => fn(() => undefined));
        const outcome = await wrap((write) => watch(k, ns, name, container.name, write, deps));
        const result = await settle(outcome, name, ref);
        deps.saveState?.('migrate-job', '');
        return result;
    }
    finally {
        if (!deps.kube)
            k.close();
    }
    async function settle(outcome, name, ref) {
        if (outcome.stopped !== undefined) {
            await deleteAndWait(k, ref, name, deps.clock);
            return {
                name: `${ns}/${name}`,
                failure: `The migration was stopped: ${outcome.stopped}. The Job ${ns}/${name} and its pod were deleted.`,
            };
        }
        if (outcome.stuck) {
            await deleteAndWait(k, ref, name, deps.clock);
            return {
                name: `${ns}/${name}`,
                failure: `The migration Job's container cannot start: ${outcome.stuck}. The Job ${ns}/${name} was deleted; nothing ran.`,
            };
        }
        if (outcome.complete) {
            await k.delete(ref, { propagation: 'Background' });
            deps.log(`The Job ${ns}/${name} succeeded and was deleted.`);
            return { name: `${ns}/${name}`, exitCode: outcome.exitCode ?? 0 };
        }
        const why = outcome.reason === 'DeadlineExceeded'
            ? `it ran longer than ${(0, inputs_js_1.formatDuration)(s.timeoutMs)} (timeout)`
            : `the container exited with code ${outcome.exitCode ?? 'unknown'}${outcome.lastLine ? `: ${outcome.lastLine}` : ''}`;
        return {
            name: `${ns}/${name}`,
            exitCode: outcome.exitCode,
            failure: `The migration Job ${ns}/${name} failed: ${why}. It is kept for ${(0, inputs_js_1.formatDuration)(job.ttlSeconds * 1000)} (job-ttl): ` +
                `kubectl logs -n ${ns} job/${name}`,
        };
    }
}
/** Follows the Job: its pod's logs (resumed after a dropped stream), its container's state, its conditions. */
async function watch(kube, namespace, name, container, write, deps) {
    let printed = 0;
    let lastLine = '';
    let following;
    let followDone = false;
    let podName;
    const stopFollow = new AbortController();
    const follow = async (pod) => {
        for (let attempt = 0; attempt < 20 && !stopFollow.signal.aborted; attempt++) {
            let seen = 0;
            let pending = '';
            try {
                await kube.stream(`/api/v1/namespaces/${encodeURIComponent(namespace)}/pods/${encodeURIComponent(pod)}/log`, { container, follow: 'true' }, (text) => {
                    const lines = (pending + text).split('\n');
                    pending = lines.pop() ?? '';
                    for (const line of lines) {
                        if (++seen <= printed)
                            continue; // already printed before the stream was resumed
                        printed++;
                        if (line.trim())
                            lastLine = deps.masker.mask(line);
                        write(`${line}\n`);
                    }
                }, stopFollow.signal);
                if (pending && ++seen > printed) {
                    printed++;
                    lastLine = deps.masker.mask(pending);
                    write(`${pending}\n`);
                }
                followDone = true;
                return;
            }
            catch (e) {
                if (stopFollow.signal.aborted)
                    return;
                deps.log(`The log stream of ${pod} broke (${(0, errors_js_1.errorMessage)(e).split('\n')[0]}); resuming.`);
                await deps.clock.sleep(1000).catch(() => undefined);
            }
        }
        followDone = true;
    };
    try {
        for (;;) {
            if (deps.signal.aborted) {
                return { stopped: (0, errors_js_1.errorMessage)(deps.signal.reason) };
            }
            const pods = await kube
                .list('v1', 'Pod', namespace, { labelSelector: `job-name=${name}`, signal: deps.signal })
                .catch((e) => {
                if (deps.signal.aborted)
                    return [];
                throw e;
            });
            const pod = pods.sort((a, b) => String(b.metadata.creationTimestamp).localeCompare(String(a.metadata.creationTimestamp)))[0];
            const status = pod?.status?.containerStatuses?.find((c) => c.name === container);
            const waiting = status?.state?.waiting;
            if (waiting?.reason && WAITING_FATAL.has(waiting.reason)) {
                return { stuck: `${waiting.reason}: ${waiting.message ?? ''}`.trim() };
            }
            if (pod && !following && (status?.state?.running || status?.state?.terminated)) {
                podName = pod.metadata.name;
                following = follow(podName);
            }
            const job = await kube.get('batch/v1', 'Job', name, namespace);
            const done = job?.status?.conditions?.find((c) => (c.type === 'Complete' || c.type === 'Failed') && c.status === 'True');
            if (!job)
                return { stopped: 'the Job was deleted by someone else' };
            if (done) {
                // the last lines: let the stream end by itself (the container has exited), briefly
                const until = deps.clock.now() + 5000;
                while (following && !followDone && deps.clock.now() < until)
                    await deps.clock.sleep(100);
                const code = status?.state?.terminated?.exitCode;
                return { complete: done.type === 'Complete', reason: done.reason, exitCode: code, lastLine };
            }
            await deps.clock.sleep(500, deps.signal).catch(() => undefined);
        }
    }
    finally {
        stopFollow.abort();
        await following;
    }
}
/** Deletes the Job (Foreground: its pod first) and waits until its pod is gone, up to a minute. */
async function deleteAndWait(kube, ref, name, clock) {
    await kube.delete(ref, { propagation: 'Foreground' });
    const until = clock.now() + 60_000;
    while (clock.now() < until) {
        const pods = await kube.list('v1', 'Pod', ref.namespace, { labelSelector: `job-name=${name}` });
        if (pods.length === 0)
            return;
        await clock.sleep(500);
    }
    throw new errors_js_1.PolicyError(`The migration Job ${ref.namespace}/${name} was deleted, but its pod is still running after a minute.`);
}
/**
 * The post step's part: a Job the main step recorded as running (it was killed or cancelled before it could
 * clean up) is deleted with its pod, so no migration keeps running after the step — and the lock — are gone.
 * A finished Job is left alone (a failed one is kept for inspection; a succeeded one is deleted).
 */
async function cleanUpJob(kube, recorded, deps) {
    const [namespace, name] = recorded.split('/');
    if (!namespace || !name)
        return;
    const ref = { apiVersion: 'batch/v1', kind: 'Job', name, namespace };
    const job = await kube.get('batch/v1', 'Job', name, namespace);
    if (!job)
        return;
    const done = job.status?.conditions?.find((c) => (c.type === 'Complete' || c.type === 'Failed') && c.status === 'True');
    if (done?.type === 'Failed')
        return;
    if (done?.type === 'Complete') {
        await kube.delete(ref, { propagation: 'Background' });
        deps.log(`The migration Job ${recorded} had succeeded; deleted it.`);
        return;
    }
    await deleteAndWait(kube, ref, name, deps.clock);
    deps.log(`The migration Job ${recorded} was still running when the step ended; deleted it and its pod.`);
}


/***/ })

};
