export const id = 1458;
export const ids = [1458];
export const modules = {

/***/ 91458:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

var __webpack_unused_export__;

__webpack_unused_export__ = ({ value: true });
exports.promote = promote;
/**
 * Promotion of one image, by digest, to tags in the same or another repository, account or region:
 *
 * - same repository: BatchGetImage (all four manifest media types) → PutImage with the same bytes and media
 *   type under each target tag. No blob is read or written.
 * - another repository: the registry API. Blobs already in the target are skipped; on the same registry they
 *   are mounted from the source repository (when ECR declines — BLOB_MOUNTING off, other KMS keys — the upload
 *   session it opens instead is fed by streaming); across registries they stream from source to target. Child
 *   manifests of an index go by digest, then PutImage tags the top manifest. The target is read back and must
 *   hold the same digest under every tag.
 *
 * Tag conflicts are decided before anything is written, so a refused promotion leaves both repositories as
 * they were.
 */
const errors_js_1 = __webpack_require__(97268);
const api_js_1 = __webpack_require__(33710);
const refs_js_1 = __webpack_require__(70682);
const registry_js_1 = __webpack_require__(54471);
const registry_login_js_1 = __webpack_require__(36215);
const tagging_js_1 = __webpack_require__(35338);
const INDEX = new Set([
    'application/vnd.oci.image.index.v1+json',
    'application/vnd.docker.distribution.manifest.list.v2+json',
]);
function parse(bytes, what) {
    try {
        return JSON.parse(bytes.toString());
    }
    catch {
        throw new Error(`${what} is not JSON`);
    }
}
function platformsOf(doc) {
    return (doc.manifests ?? []).map((m) => [m.platform?.os ?? 'unknown', m.platform?.architecture ?? 'unknown', m.platform?.variant]
        .filter(Boolean)
        .join('/'));
}
async function repositoryOrFail(ecr, name, registryId, input) {
    const repo = await ecr.describeRepository(name, registryId);
    if (!repo) {
        throw new errors_js_1.InputError(input, `Repository '${name}' does not exist in ${registryId ? `registry ${registryId}` : 'the registry'} in ${ecr.region}. ` +
            'Create it first (ecr-push creates repositories; targets of a promotion are expected to exist).');
    }
    return repo;
}
async function promote(req, deps) {
    const log = deps.log ?? (() => undefined);
    const src = req.source;
    const srcEcr = deps.ecr(req.sourceRegion);
    const tgtEcr = req.target.region === req.sourceRegion ? srcEcr : deps.ecr(req.target.region);
    const srcRepo = await repositoryOrFail(srcEcr, src.repository, req.sourceRegistryId, 'image');
    const sourceRegistryId = srcRepo.registryId;
    const targetRegistryId = req.target.registryId ?? sourceRegistryId;
    const sameRegistry = req.target.region === req.sourceRegion && targetRegistryId === sourceRegistryId;
    const sameRepository = sameRegistry && req.target.repository === src.repository;
    const uriHost = srcRepo.repositoryUri.split('/')[0];
    const hostMatches = src.host === uriHost ||
        (src.ecr !== undefined && src.ecr.accountId === sourceRegistryId && src.ecr.region === req.sourceRegion);
    if (!hostMatches) {
        throw new errors_js_1.InputError('image', `Invalid input 'image': registry '${src.host}' is not where repository '${src.repository}' of ` +
            `${sourceRegistryId} in ${req.sourceRegion} lives (${srcRepo.repositoryUri}).`);
    }
    let image;
    try {
        image = await srcEcr.getManifest(src.repository, { digest: src.digest }, sourceRegistryId);
    }
    catch (e) {
        throw new errors_js_1.InputError('image', `Could not read image ${src.digest} from '${src.repository}': ${e.message}`);
    }
    if (!image) {
        throw new errors_js_1.InputError('image', `Image ${src.digest} was not found in repository '${src.repository}' (${sourceRegistryId}, ${req.sourceRegion}).`);
    }
    if ((0, registry_js_1.sha256)(image.manifest) !== src.digest || !api_js_1.ACCEPTED_MANIFEST_TYPES.includes(image.mediaType)) {
        throw new Error(`BatchGetImage returned a manifest that does not hash to ${src.digest} (media type ${image.mediaType})`);
    }
    if (src.tag) {
        const tagged = await srcEcr.describeImage(src.repository, { tag: src.tag }, sourceRegistryId);
        if (tagged?.digest !== src.digest) {
            throw new errors_js_1.InputError('image', `Invalid input 'image': tag '${src.tag}' in '${src.repository}' points at ${tagged?.digest ?? 'nothing'}, ` +
                `not ${src.digest}. Give the digest alone, or the tag that holds it.`);
        }
    }
    const doc = parse(image.manifest, 'the source manifest');
    const platforms = INDEX.has(image.mediaType) ? platformsOf(doc) : [];
    const tgtRepo = sameRepository
        ? srcRepo
        : await repositoryOrFail(tgtEcr, req.target.repository, targetRegistryId, 'repository');
    // Decide every tag before writing anything: a conflict leaves both repositories untouched.
    const plan = await (0, tagging_js_1.planTags)(tgtEcr, tgtRepo, src.digest, req.target.tags);
    const blobs = { total: 0, present: 0, mounted: 0, streamed: 0 };
    let mode = 'same-repository';
    let target;
    let source;
    try {
        if (!sameRepository) {
            const srcLogin = await (0, registry_login_js_1.registryLogin)(srcEcr, sourceRegistryId, deps.addSecret);
            source = (0, registry_login_js_1.registryClient)(srcLogin);
            if (sameRegistry) {
                target = source;
                mode = 'mount';
            }
            else {
                const tgtLogin = await (0, registry_login_js_1.registryLogin)(tgtEcr, targetRegistryId, deps.addSecret);
                target = (0, registry_login_js_1.registryClient)(tgtLogin);
                mode = 'stream';
            }
            const copier = new Copier(source, target, src.repository, tgtRepo.repositoryName, sameRegistry, blobs, log);
            await copier.copyManifestTree({ digest: src.digest, mediaType: image.mediaType, bytes: Buffer.from(image.manifest) }, true);
            if (plan.length === 0) {
                // No tags: the image is promoted by digest alone.
                try {
                    await tgtEcr.putImage({
                        repository: tgtRepo.repositoryName,
                        registryId: tgtRepo.registryId,
                        manifest: image.manifest,
                        mediaType: image.mediaType,
                        digest: image.digest,
                    });
                }
                catch (e) {
                    if (e.code !== 'ImageAlreadyExistsException')
                        throw e;
                }
            }
        }
        const tags = await (0, tagging_js_1.applyTags)(tgtEcr, tgtRepo, image, plan);
        // Read the target back: the digest, and every tag on it.
        const after = await tgtEcr.describeImage(tgtRepo.repositoryName, { digest: src.digest }, tgtRepo.registryId);
        const missing = req.target.tags.filter((t) => !after?.tags.includes(t));
        if (!after || after.digest !== src.digest || missing.length > 0) {
            throw new Error(`Verification failed: ${tgtRepo.repositoryName} ${after ? `holds ${after.digest} with tags ${after.tags.join(', ')}` : `has no ${src.digest}`}` +
                (missing.length ? `; missing tags ${missing.join(', ')}` : ''));
        }
        if (target) {
            const served = await target.getManifest(tgtRepo.repositoryName, src.digest);
            if (!served || served.digest !== src.digest)
                throw new Error(`Verification failed: the target registry does not serve ${src.digest}`);
        }
        return {
            source: (0, refs_js_1.formatImage)(src.host, src.repository, src.digest),
            image: (0, refs_js_1.formatImage)(tgtRepo.repositoryUri.split('/')[0], tgtRepo.repositoryName, src.digest),
            digest: src.digest,
            mediaType: image.mediaType,
            mode,
            tags,
            platforms,
            blobs,
            bytesUploaded: target?.stats.bytesUploaded ?? 0,
            blobUploadRequests: target?.stats.blobUploads ?? 0,
            apiCalls: [...srcEcr.calls, ...(tgtEcr === srcEcr ? [] : tgtEcr.calls)],
        };
    }
    finally {
        source?.close();
        if (target !== source)
            target?.close();
    }
}
/** Copies a manifest and everything it references from one repository to another, children first. */
class Copier {
    source;
    target;
    from;
    to;
    sameRegistry;
    blobs;
    log;
    done = new Set();
    constructor(source, target, from, to, sameRegistry, blobs, log) {
        this.source = source;
        this.target = target;
        this.from = from;
        this.to = to;
        this.sameRegistry = sameRegistry;
        this.blobs = blobs;
        this.log = log;
    }
    async copyManifestTree(m, top) {
        const doc = parse(m.bytes, `manifest ${m.digest}`);
        if (INDEX.has(m.mediaType)) {
            for (const child of doc.manifests ?? []) {
                if (this.done.has(child.digest))
                    continue;
                this.done.add(child.digest);
                if (await this.target.getManifest(this.to, child.digest))
                    continue;
                const cm = await this.source.getManifest(this.from, child.digest);
                if (!cm)
                    throw new Error(`manifest ${child.digest} listed by ${m.digest} is missing from '${this.from}'`);
                await this.copyManifestTree(cm, false);
            }
        }
        else {
            const refs = [doc.config, ...(doc.layers ?? [])].filter((b) => b !== undefined);
            for (const b of refs) {
                // Foreign (non-distributable) layers live at their URLs, not in the registry.
                if (b.urls?.length)
                    continue;
                if (this.done.has(b.digest))
                    continue;
                this.done.add(b.digest);
                await this.copyBlob(b.digest, b.size);
            }
        }
        // The top manifest is tagged by PutImage afterwards; children go in by digest now.
        if (!top)
            await this.target.putManifest(this.to, m.digest, m);
    }
    async copyBlob(digest, size) {
        this.blobs.total++;
        if (await this.target.blobExists(this.to, digest)) {
            this.blobs.present++;
            return;
        }
        let location;
        if (this.sameRegistry) {
            const r = await this.target.mountBlob(this.to, digest, this.from);
            if (r.mounted) {
                this.blobs.mounted++;
                return;
            }
            this.log(`The registry did not mount ${digest} (blob mounting off, or other encryption keys); streaming it.`);
            location = r.location;
        }
        else {
            location = await this.target.startUpload(this.to);
        }
        const blob = await this.source.openBlob(this.from, digest);
        if (blob.size >= 0 && blob.size !== size) {
            blob.stream.destroy();
            throw new registry_js_1.RegistryError(`blob ${digest}: the source serves ${blob.size} bytes, the manifest says ${size}`, 200);
        }
        await this.target.upload(location, blob, digest);
        this.blobs.streamed++;
    }
}


/***/ })

};
