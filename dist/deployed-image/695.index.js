export const id = 695;
export const ids = [695];
export const modules = {

/***/ 5695:
/***/ ((__unused_webpack_module, exports) => {

var __webpack_unused_export__;

__webpack_unused_export__ = ({ value: true });
__webpack_unused_export__ = startDeployment;
__webpack_unused_export__ = deploymentPayload;
__webpack_unused_export__ = payloadImage;
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


/***/ })

};
