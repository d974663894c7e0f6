export const id = 655;
export const ids = [655];
export const modules = {

/***/ 4655:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

var __webpack_unused_export__;

__webpack_unused_export__ = ({ value: true });
exports.Z = void 0;
exports.dnsLabel = dnsLabel;
exports.readAccess = readAccess;
/**
 * Cluster access and Kubernetes names as inputs: shared by every action that reaches a cluster (deploy,
 * health-check, migrate's job mode, eks-kubeconfig), so none of them imports another's settings.
 */
const errors_js_1 = __webpack_require__(7268);
const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
exports.Z = /^[a-z]{2}(-[a-z]+)+-\d+$/;
function dnsLabel(inputs, name, fallback) {
    const v = inputs.string(name, {
        required: fallback === undefined,
        default: fallback,
        expected: 'a Kubernetes name',
    });
    if (!DNS_LABEL.test(v) || v.length > 63)
        throw errors_js_1.InputError.invalid(name, v, 'a lowercase DNS label (a-z, 0-9, -; at most 63 characters)');
    return v;
}
function readAccess(inputs, env = process.env) {
    const clusterName = inputs.string('cluster-name');
    const kubeconfig = inputs.string('kubeconfig');
    if (clusterName && kubeconfig)
        throw new errors_js_1.InputError('kubeconfig', "Give either 'cluster-name' (EKS) or 'kubeconfig', not both.");
    if (kubeconfig)
        return { kind: 'kubeconfig', kubeconfig, context: inputs.string('context') || undefined };
    if (!clusterName)
        throw errors_js_1.InputError.required('cluster-name', "the EKS cluster to deploy to (or give 'kubeconfig' for another cluster)");
    if (!/^[0-9A-Za-z][A-Za-z0-9\-_]{0,99}$/.test(clusterName)) {
        throw errors_js_1.InputError.invalid('cluster-name', clusterName, 'an EKS cluster name (letters, digits, - and _; at most 100 characters)');
    }
    const region = inputs.string('aws-region', {
        default: env.AWS_REGION ?? env.AWS_DEFAULT_REGION ?? '',
    });
    if (!region)
        throw errors_js_1.InputError.required('aws-region', 'the AWS region of the cluster (or set AWS_REGION)');
    if (!exports.Z.test(region))
        throw errors_js_1.InputError.invalid('aws-region', region, 'an AWS region such as eu-west-1');
    return { kind: 'eks', clusterName, region };
}


/***/ })

};
