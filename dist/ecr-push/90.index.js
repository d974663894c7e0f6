export const id = 90;
export const ids = [90];
export const modules = {

/***/ 4090:
/***/ ((__unused_webpack_module, exports) => {

var __webpack_unused_export__;

__webpack_unused_export__ = ({ value: true });
__webpack_unused_export__ = formatBytes;
exports.renderPushSummary = renderPushSummary;
__webpack_unused_export__ = renderPromoteSummary;
function cell(s) {
    return s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}
function formatBytes(n) {
    if (n === undefined)
        return 'unknown';
    if (n < 1024)
        return `${n} B`;
    const units = ['KiB', 'MiB', 'GiB'];
    let v = n / 1024;
    let i = 0;
    while (v >= 1024 && i < units.length - 1) {
        v /= 1024;
        i++;
    }
    return `${v.toFixed(v >= 100 ? 0 : 1)} ${units[i]}`;
}
function tagLine(t) {
    const what = t.action === 'created'
        ? 'added'
        : t.action === 'moved'
            ? `moved from \`${t.previous?.slice(0, 19)}…\``
            : 'already there';
    return `| \`${cell(t.tag)}\` | ${what} |`;
}
function renderPushSummary(r) {
    const lines = [
        `### ${r.skipped ? '⏭️ Already built' : '✅ Pushed'}: \`${cell(r.image)}\``,
        '',
        r.skipped
            ? `This commit's image was already in the repository; the build was skipped and its digest reused.`
            : `Built with \`${r.builder}\` and pushed once; every other tag was added to the same digest.`,
        '',
        '| | |',
        '| --- | --- |',
        `| Image | \`${cell(r.image)}\` |`,
        `| Digest | \`${r.digest}\` |`,
        `| Size (compressed layers) | ${formatBytes(r.sizeInBytes)} |`,
        `| Media type | \`${r.mediaType ?? ''}\` |`,
        `| Repository | \`${cell(r.repositoryUri)}\` (${r.ensured.created ? 'created by this step' : 'existing'}, ${r.ensured.repository.imageTagMutability}) |`,
        '',
        '| Tag | |',
        '| --- | --- |',
        ...r.tags.map(tagLine),
    ];
    if (r.ensured.differences.length > 0) {
        lines.push('', '#### ⚠️ The repository differs from the inputs (left unchanged)', '', '| Setting | Input | Asked for | Repository has |', '| --- | --- | --- | --- |', ...r.ensured.differences.map((d) => `| ${d.setting} | \`${d.input}\` | ${cell(d.wanted)} | ${cell(d.actual)} |`));
    }
    return lines.join('\n') + '\n';
}
function renderPromoteSummary(r, ctx, env, at) {
    const actor = env.GITHUB_TRIGGERING_ACTOR || env.GITHUB_ACTOR || 'unknown';
    const changed = r.tags.filter((t) => t.action !== 'unchanged').length;
    const how = r.mode === 'same-repository'
        ? 'same repository: manifest re-put under the new tags, no layer moved'
        : r.mode === 'mount'
            ? `same registry: ${r.blobs.mounted} blob(s) mounted, ${r.blobs.present} already there, ${r.blobs.streamed} streamed`
            : `across registries: ${r.blobs.streamed} blob(s) streamed (${formatBytes(r.bytesUploaded)}), ${r.blobs.present} already there`;
    const lines = [
        `### ${changed > 0 || r.mode !== 'same-repository' ? '✅ Promoted' : '✅ Already promoted'}: \`${r.digest.slice(0, 19)}…\``,
        '',
        '| | |',
        '| --- | --- |',
        `| From | \`${cell(r.source)}\` |`,
        `| To | \`${cell(r.image)}\` |`,
        `| Digest | \`${r.digest}\` (verified in the target) |`,
        `| Media type | \`${r.mediaType}\`${r.platforms.length ? ` — ${r.platforms.length} manifests: ${r.platforms.map((p) => `\`${p}\``).join(', ')}` : ''} |`,
        `| How | ${how} |`,
        `| Triggered by | @${cell(actor)} (${cell(ctx.eventName || 'unknown event')}) |`,
        `| Run | ${ctx.runUrl ? `[${ctx.runId}/${ctx.runAttempt}](${ctx.runUrl})` : 'local'} |`,
        `| When | ${new Date(at).toISOString()} |`,
        '',
    ];
    if (r.tags.length > 0)
        lines.push('| Tag | |', '| --- | --- |', ...r.tags.map(tagLine), '');
    return lines.join('\n');
}


/***/ })

};
