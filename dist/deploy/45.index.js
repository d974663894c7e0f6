export const id = 45;
export const ids = [45];
export const modules = {

/***/ 5045:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

var __webpack_unused_export__;

__webpack_unused_export__ = ({ value: true });
exports.reconcile = reconcile;
/**
 * The deploy action's post step: runs even when the job was cancelled or the main step was killed. If the
 * rollout did not finish, traffic goes back to the healthy version and the Lease is released.
 */
const manifests_js_1 = __webpack_require__(6158);
const lease_js_1 = __webpack_require__(7830);
const manifests_js_2 = __webpack_require__(6158);
async function reconcile(kube, state, log) {
    const namespace = state('namespace');
    const service = state('service');
    const holder = state('lease-holder');
    if (!namespace || !service)
        return; // the main step never reached the cluster
    if (state('phase') !== 'done') {
        const old = state('bg-old-color');
        const fresh = state('bg-new-color');
        const base = state('bg-base');
        const svc = state('bg-service');
        if (fresh && base && svc) {
            // 'switching': the switch may have reached users; put it back as if it had.
            const switched = state('bg-phase') === 'switched' || state('bg-phase') === 'switching';
            // The other Deployments of the release move with the service's: each has its colors and maybe an HPA.
            const workloads = [
                { base, hpa: state('bg-hpa') },
                ...JSON.parse(state('bg-workloads') || '[]'),
            ];
            const legacyHash = state('bg-legacy-hash');
            if (switched && !old && legacyHash) {
                // Changing strategy: users go back to the uncolored Deployment's pods, which kept running.
                await kube.patch({ apiVersion: 'v1', kind: 'Service', name: svc, namespace }, { spec: { selector: { [manifests_js_1.LABEL.color]: null, 'pod-template-hash': legacyHash } } });
                log(`post: the rollout was interrupted after the switch; live Service ${svc} is back on ${base}.`);
                for (const w of workloads)
                    await retargetHpa(kube, namespace, w.hpa, w.base, log);
            }
            if (switched && old) {
                const action = state('bg-action');
                const ingress = state('bg-ingress');
                const restoreAction = state('bg-restore-action');
                if (action && ingress && restoreAction) {
                    await kube.patch({ apiVersion: 'networking.k8s.io/v1', kind: 'Ingress', name: ingress, namespace }, { metadata: { annotations: { [action]: restoreAction } } });
                    log(`post: the ALB of Ingress ${ingress} sends users back to ${old}.`);
                }
                const route = state('bg-route');
                const routeRules = state('bg-route-rules');
                if (route && routeRules) {
                    // The live Service first, then the users' own rules, which send its share through it.
                    await kube.patch({ apiVersion: 'v1', kind: 'Service', name: svc, namespace }, { spec: { selector: { [manifests_js_1.LABEL.color]: old } } });
                    await kube.patch({ apiVersion: 'gateway.networking.k8s.io/v1', kind: 'HTTPRoute', name: route, namespace }, { spec: { rules: JSON.parse(routeRules) } });
                    log(`post: HTTPRoute ${route} is back to its own rules, sending users to ${svc} on ${old}.`);
                }
                await kube.patch({ apiVersion: 'v1', kind: 'Service', name: svc, namespace }, { spec: { selector: { [manifests_js_1.LABEL.color]: old } } });
                log(`post: the rollout was interrupted after the switch; live Service ${svc} is back on ${old}.`);
                for (const w of workloads)
                    await retargetHpa(kube, namespace, w.hpa, `${w.base}-${old}`, log);
            }
            if ((old || legacyHash) && (switched || state('bg-phase') === '')) {
                for (const w of workloads) {
                    await kube
                        .patch({ apiVersion: 'apps/v1', kind: 'Deployment', name: `${w.base}-${fresh}`, namespace }, { spec: { replicas: 0 } })
                        .catch(() => undefined);
                    log(`post: ${w.base}-${fresh} scaled to 0.`);
                }
            }
        }
        const rollingRaw = state('rolling-deployments');
        if (rollingRaw) {
            for (const name of JSON.parse(rollingRaw)) {
                const live = await kube.get('apps/v1', 'Deployment', name, namespace);
                const prev = live?.metadata.annotations?.[manifests_js_2.ANNOTATION.previous];
                if (!live || !prev)
                    continue;
                await kube.patch({ apiVersion: 'apps/v1', kind: 'Deployment', name, namespace }, { spec: { template: JSON.parse(prev) } });
                log(`post: the rollout was interrupted; ${name} is back on its previous spec.`);
            }
        }
    }
    if (holder && (await (0, lease_js_1.releaseLease)(kube, namespace, service, holder)))
        log(`post: released the rollout Lease of ${service}.`);
}
async function retargetHpa(kube, namespace, hpa, deployment, log) {
    if (!hpa)
        return;
    await kube
        .patch({ apiVersion: 'autoscaling/v2', kind: 'HorizontalPodAutoscaler', name: hpa, namespace }, { spec: { scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: deployment } } })
        .catch(() => undefined);
    log(`post: HPA ${hpa} scales ${deployment} again.`);
}


/***/ }),

/***/ 7830:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.LeaseLostError = void 0;
exports.leaseName = leaseName;
exports.acquireLease = acquireLease;
exports.releaseLease = releaseLease;
const errors_js_1 = __webpack_require__(7268);
const client_js_1 = __webpack_require__(301);
const resources_js_1 = __webpack_require__(6157);
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


/***/ })

};
