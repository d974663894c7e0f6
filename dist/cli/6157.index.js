export const id = 6157;
export const ids = [6157];
export const modules = {

/***/ 86157:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.splitApiVersion = splitApiVersion;
exports.builtinResource = builtinResource;
exports.basePath = basePath;
exports.collectionPath = collectionPath;
exports.objectPath = objectPath;
exports.applyRank = applyRank;
const BUILTIN = {
    Namespace: { gv: 'v1', plural: 'namespaces', namespaced: false },
    ConfigMap: { gv: 'v1', plural: 'configmaps', namespaced: true },
    Secret: { gv: 'v1', plural: 'secrets', namespaced: true },
    Service: { gv: 'v1', plural: 'services', namespaced: true },
    ServiceAccount: { gv: 'v1', plural: 'serviceaccounts', namespaced: true },
    Pod: { gv: 'v1', plural: 'pods', namespaced: true },
    PersistentVolumeClaim: { gv: 'v1', plural: 'persistentvolumeclaims', namespaced: true },
    Endpoints: { gv: 'v1', plural: 'endpoints', namespaced: true },
    Event: { gv: 'v1', plural: 'events', namespaced: true },
    Deployment: { gv: 'apps/v1', plural: 'deployments', namespaced: true },
    ReplicaSet: { gv: 'apps/v1', plural: 'replicasets', namespaced: true },
    StatefulSet: { gv: 'apps/v1', plural: 'statefulsets', namespaced: true },
    DaemonSet: { gv: 'apps/v1', plural: 'daemonsets', namespaced: true },
    Job: { gv: 'batch/v1', plural: 'jobs', namespaced: true },
    CronJob: { gv: 'batch/v1', plural: 'cronjobs', namespaced: true },
    Lease: { gv: 'coordination.k8s.io/v1', plural: 'leases', namespaced: true },
    EndpointSlice: { gv: 'discovery.k8s.io/v1', plural: 'endpointslices', namespaced: true },
    Ingress: { gv: 'networking.k8s.io/v1', plural: 'ingresses', namespaced: true },
    NetworkPolicy: { gv: 'networking.k8s.io/v1', plural: 'networkpolicies', namespaced: true },
    HorizontalPodAutoscaler: { gv: 'autoscaling/v2', plural: 'horizontalpodautoscalers', namespaced: true },
    PodDisruptionBudget: { gv: 'policy/v1', plural: 'poddisruptionbudgets', namespaced: true },
    Role: { gv: 'rbac.authorization.k8s.io/v1', plural: 'roles', namespaced: true },
    RoleBinding: { gv: 'rbac.authorization.k8s.io/v1', plural: 'rolebindings', namespaced: true },
    ClusterRole: { gv: 'rbac.authorization.k8s.io/v1', plural: 'clusterroles', namespaced: false },
    ClusterRoleBinding: {
        gv: 'rbac.authorization.k8s.io/v1',
        plural: 'clusterrolebindings',
        namespaced: false,
    },
    CustomResourceDefinition: {
        gv: 'apiextensions.k8s.io/v1',
        plural: 'customresourcedefinitions',
        namespaced: false,
    },
    StorageClass: { gv: 'storage.k8s.io/v1', plural: 'storageclasses', namespaced: false },
    PriorityClass: { gv: 'scheduling.k8s.io/v1', plural: 'priorityclasses', namespaced: false },
};
function splitApiVersion(apiVersion) {
    const i = apiVersion.indexOf('/');
    return i < 0
        ? { group: '', version: apiVersion }
        : { group: apiVersion.slice(0, i), version: apiVersion.slice(i + 1) };
}
/** The built-in mapping, when apiVersion matches it; undefined means "ask discovery". */
function builtinResource(apiVersion, kind) {
    const b = BUILTIN[kind];
    if (!b || b.gv !== apiVersion)
        return undefined;
    const { group, version } = splitApiVersion(apiVersion);
    return { group, version, plural: b.plural, namespaced: b.namespaced };
}
function basePath(info) {
    return info.group === '' ? `/api/${info.version}` : `/apis/${info.group}/${info.version}`;
}
function collectionPath(info, namespace) {
    const ns = info.namespaced && namespace ? `/namespaces/${encodeURIComponent(namespace)}` : '';
    return `${basePath(info)}${ns}/${info.plural}`;
}
function objectPath(info, name, namespace) {
    return `${collectionPath(info, namespace)}/${encodeURIComponent(name)}`;
}
/**
 * Order in which kinds are applied: what others depend on first (namespaces, CRDs, RBAC, config, storage),
 * then Services before the workloads they front, then workloads, then what points at workloads.
 */
const ORDER = [
    'Namespace',
    'CustomResourceDefinition',
    'PriorityClass',
    'StorageClass',
    'ServiceAccount',
    'ClusterRole',
    'ClusterRoleBinding',
    'Role',
    'RoleBinding',
    'NetworkPolicy',
    'ConfigMap',
    'Secret',
    'PersistentVolumeClaim',
    'Service',
    'Deployment',
    'StatefulSet',
    'DaemonSet',
    'Job',
    'CronJob',
    'HorizontalPodAutoscaler',
    'PodDisruptionBudget',
    'Ingress',
];
function applyRank(kind) {
    const i = ORDER.indexOf(kind);
    return i < 0 ? ORDER.length : i;
}


/***/ })

};
