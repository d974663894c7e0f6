export const id = 296;
export const ids = [296];
export const modules = {

/***/ 2296:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.PARTITIONS = void 0;
exports.partitionOf = partitionOf;
exports.parseRegion = parseRegion;
/**
 * AWS regions and their partitions' DNS suffixes, copied from the partition table that ships with the AWS SDK
 * Keelson pins (@aws-sdk/core, util-endpoints partitions). test/aws-regions.test.ts fails when the SDK learns
 * a region this list lacks, so an SDK upgrade brings new regions here too. A region outside the list is an
 * input error at once, instead of a DNS failure (or a silent call to the wrong place) later.
 */
const errors_js_1 = __webpack_require__(7268);
exports.PARTITIONS = [
    {
        id: 'aws',
        dnsSuffix: 'amazonaws.com',
        regions: [
            'af-south-1',
            'ap-east-1',
            'ap-east-2',
            'ap-northeast-1',
            'ap-northeast-2',
            'ap-northeast-3',
            'ap-south-1',
            'ap-south-2',
            'ap-southeast-1',
            'ap-southeast-2',
            'ap-southeast-3',
            'ap-southeast-4',
            'ap-southeast-5',
            'ap-southeast-6',
            'ap-southeast-7',
            'ca-central-1',
            'ca-west-1',
            'eu-central-1',
            'eu-central-2',
            'eu-north-1',
            'eu-south-1',
            'eu-south-2',
            'eu-west-1',
            'eu-west-2',
            'eu-west-3',
            'il-central-1',
            'me-central-1',
            'me-south-1',
            'me-west-1',
            'mx-central-1',
            'sa-east-1',
            'sa-west-1',
            'us-east-1',
            'us-east-2',
            'us-west-1',
            'us-west-2',
        ],
    },
    { id: 'aws-cn', dnsSuffix: 'amazonaws.com.cn', regions: ['cn-north-1', 'cn-northwest-1'] },
    { id: 'aws-eusc', dnsSuffix: 'amazonaws.eu', regions: ['eusc-de-east-1'] },
    { id: 'aws-iso', dnsSuffix: 'c2s.ic.gov', regions: ['us-iso-east-1', 'us-iso-west-1'] },
    { id: 'aws-iso-b', dnsSuffix: 'sc2s.sgov.gov', regions: ['us-isob-east-1', 'us-isob-west-1'] },
    { id: 'aws-iso-e', dnsSuffix: 'cloud.adc-e.uk', regions: ['eu-isoe-west-1'] },
    { id: 'aws-iso-f', dnsSuffix: 'csp.hci.ic.gov', regions: ['us-isof-east-1', 'us-isof-south-1'] },
    { id: 'aws-us-gov', dnsSuffix: 'amazonaws.com', regions: ['us-gov-east-1', 'us-gov-west-1'] },
];
function partitionOf(region) {
    return exports.PARTITIONS.find((p) => p.regions.includes(region));
}
/** A region AWS has, or an InputError naming the input with the nearest known regions. */
function parseRegion(input, raw) {
    const region = raw.trim();
    if (partitionOf(region))
        return region;
    const prefix = region.split('-').slice(0, 2).join('-');
    const near = exports.PARTITIONS.flatMap((p) => p.regions).filter((r) => prefix && r.startsWith(prefix));
    const example = near.length > 0 ? near.slice(0, 6).join(', ') : 'us-east-1, eu-west-1, ap-southeast-2';
    throw errors_js_1.InputError.invalid(input, raw, `an AWS region that exists, such as ${example}`);
}


/***/ })

};
