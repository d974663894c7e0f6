/**
 * Manifests in, Kubernetes objects out: plain YAML (files, directories, globs), `kubectl kustomize`, or
 * `helm template`; images pinned by digest; namespaces defaulted; Keelson's labels and annotations added.
 */
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { confinedPath } from '../inputs.js';
import { errorMessage, InputError, ToolError } from '../errors.js';
import { runChecked } from '../exec.js';
import { applyRank } from './resources.js';
import type { Container, KubeObject, PodTemplate } from './types.js';

export const ANNOTATION = {
  version: 'keelson.dev/version',
  commit: 'keelson.dev/commit',
  runUrl: 'keelson.dev/run-url',
  previous: 'keelson.dev/previous-spec',
  previousVersion: 'keelson.dev/previous-version',
} as const;
export const LABEL = {
  managedBy: 'app.kubernetes.io/managed-by',
  version: 'app.kubernetes.io/version',
  color: 'keelson.dev/color',
  track: 'keelson.dev/track',
} as const;

export interface ManifestSource {
  manifests: string[];
  kustomize?: string;
  helmChart?: string;
  helmValues?: string[];
  helmRelease?: string;
  namespace: string;
  cwd: string;
  kubectl?: string;
  helm?: string;
}

/** Multi-document YAML → objects (`List` kinds flattened, empty documents dropped), each one checked. */
export async function parseManifests(text: string, source: string): Promise<KubeObject[]> {
  const { parseAllDocuments } = await import('yaml');
  const out: KubeObject[] = [];
  for (const doc of parseAllDocuments(text)) {
    if (doc.errors.length > 0) {
      throw new InputError('manifests', `${source}: invalid YAML: ${doc.errors[0]?.message.split('\n')[0]}`);
    }
    const value: unknown = doc.toJS();
    if (value === null || value === undefined) continue;
    const push = (v: unknown): void => {
      if (!v || typeof v !== 'object' || Array.isArray(v)) {
        throw new InputError(
          'manifests',
          `${source}: expected Kubernetes objects (mappings), got ${Array.isArray(v) ? 'a list' : typeof v}.`,
        );
      }
      const o = v as Partial<KubeObject> & { items?: unknown[] };
      if (typeof o.kind === 'string' && o.kind.endsWith('List') && Array.isArray(o.items)) {
        o.items.forEach(push);
        return;
      }
      if (
        typeof o.apiVersion !== 'string' ||
        typeof o.kind !== 'string' ||
        !o.metadata ||
        typeof o.metadata.name !== 'string'
      ) {
        throw new InputError(
          'manifests',
          `${source}: every object needs apiVersion, kind and metadata.name (got ${JSON.stringify(v).slice(0, 120)}).`,
        );
      }
      out.push(o as KubeObject);
    };
    push(value);
  }
  return out;
}

async function readManifestPaths(patterns: string[], cwd: string): Promise<{ path: string; text: string }[]> {
  const { glob } = await import('tinyglobby');
  const files: string[] = [];
  for (const p of patterns) {
    const abs = join(cwd, p);
    const st = await stat(abs).catch(() => undefined);
    if (st?.isDirectory()) {
      files.push(
        ...(await glob(['**/*.yaml', '**/*.yml', '**/*.json'], { cwd: abs, absolute: true })).sort(),
      );
    } else if (st?.isFile()) {
      files.push(abs);
    } else {
      const matched = (await glob([p], { cwd, absolute: true })).sort();
      if (matched.length === 0)
        throw new InputError('manifests', `Invalid input 'manifests': '${p}' matched no file.`);
      files.push(...matched);
    }
  }
  return Promise.all([...new Set(files)].map(async (path) => ({ path, text: await readFile(path, 'utf8') })));
}

export async function loadManifests(src: ManifestSource): Promise<KubeObject[]> {
  const chosen = [src.manifests.length > 0, !!src.kustomize, !!src.helmChart].filter(Boolean).length;
  if (chosen !== 1) {
    throw new InputError('manifests', 'Give exactly one of manifests, kustomize or helm-chart.');
  }
  let objects: KubeObject[] = [];
  if (src.manifests.length > 0) {
    for (const f of await readManifestPaths(src.manifests, src.cwd))
      objects.push(...(await parseManifests(f.text, f.path)));
  } else if (src.kustomize) {
    const dir = confinedPath('kustomize', src.kustomize, { workspace: src.cwd });
    const out = await runChecked([src.kubectl ?? 'kubectl', 'kustomize', dir]).catch((e: unknown) => {
      throw new ToolError(`kubectl kustomize ${src.kustomize} failed: ${errorMessage(e)}`);
    });
    objects = await parseManifests(out.stdout, `kustomize ${src.kustomize}`);
  } else if (src.helmChart) {
    const argv = [
      src.helm ?? 'helm',
      'template',
      src.helmRelease ?? 'release',
      confinedPath('helm-chart', src.helmChart, { workspace: src.cwd }),
      '--namespace',
      src.namespace,
    ];
    for (const v of src.helmValues ?? [])
      argv.push('--values', confinedPath('helm-values', v, { workspace: src.cwd }));
    const out = await runChecked(argv).catch((e: unknown) => {
      throw new ToolError(`helm template ${src.helmChart} failed: ${errorMessage(e)}`);
    });
    objects = await parseManifests(out.stdout, `helm template ${src.helmChart}`);
  }
  if (objects.length === 0) throw new InputError('manifests', 'The manifests contain no Kubernetes object.');
  const clusterScoped = new Set([
    'Namespace',
    'ClusterRole',
    'ClusterRoleBinding',
    'CustomResourceDefinition',
    'StorageClass',
    'PriorityClass',
  ]);
  for (const o of objects) if (!clusterScoped.has(o.kind)) o.metadata.namespace ??= src.namespace;
  return sortForApply(objects);
}

export function sortForApply(objects: KubeObject[]): KubeObject[] {
  return objects
    .map((o, i) => ({ o, i }))
    .sort((a, b) => applyRank(a.o.kind) - applyRank(b.o.kind) || a.i - b.i)
    .map((x) => x.o);
}

export interface ImagePin {
  /** Container name or image repository (without tag/digest) to match. */
  name: string;
  /** repo@sha256:<64 hex> */
  ref: string;
}

const DIGEST_REF =
  /^[a-z0-9]+(?:[._-][a-z0-9]+)*(?::\d+)?(?:\/[a-z0-9]+(?:[._-][a-z0-9]+)*)*(?::[\w][\w.-]{0,127})?@sha256:[a-f0-9]{64}$/;

/** `images` input lines: `name=repo@sha256:…`. */
export function parseImagePins(lines: string[]): ImagePin[] {
  return lines.map((line) => {
    const eq = line.indexOf('=');
    const name = eq > 0 ? line.slice(0, eq).trim() : '';
    const ref = eq > 0 ? line.slice(eq + 1).trim() : '';
    if (!name || !DIGEST_REF.test(ref)) {
      throw InputError.invalid(
        'images',
        line,
        'lines of name=repository@sha256:<64 hex digits> (pinned by digest)',
      );
    }
    return { name, ref };
  });
}

export function repository(image: string): string {
  const at = image.indexOf('@');
  const noDigest = at >= 0 ? image.slice(0, at) : image;
  const slash = noDigest.lastIndexOf('/');
  const colon = noDigest.lastIndexOf(':');
  return colon > slash ? noDigest.slice(0, colon) : noDigest;
}

function templatesOf(o: KubeObject): PodTemplate[] {
  const spec = o.spec as
    { template?: PodTemplate; jobTemplate?: { spec?: { template?: PodTemplate } } } | undefined;
  if (!spec) return [];
  if (spec.template) return [spec.template];
  if (spec.jobTemplate?.spec?.template) return [spec.jobTemplate.spec.template];
  return [];
}

export function containersOf(o: KubeObject): Container[] {
  return templatesOf(o).flatMap((t) => [...(t.spec?.initContainers ?? []), ...(t.spec?.containers ?? [])]);
}

/** Replaces matching container images with the pinned digests; every pin must match at least one container. */
export function pinImages(objects: KubeObject[], pins: ImagePin[]): void {
  const used = new Set<string>();
  for (const o of objects) {
    for (const c of containersOf(o)) {
      const pin = pins.find((p) => p.name === c.name || (c.image && repository(c.image) === p.name));
      if (pin) {
        c.image = pin.ref;
        used.add(pin.name);
      }
    }
  }
  const unused = pins.filter((p) => !used.has(p.name)).map((p) => p.name);
  if (unused.length > 0) {
    throw new InputError(
      'images',
      `Invalid input 'images': no container is named or uses the image '${unused.join("', '")}'.`,
    );
  }
}

/** Labels/annotations that say who applied what: version, commit, run URL. */
export function stamp(
  objects: KubeObject[],
  meta: { version: string; commit?: string; runUrl?: string },
): void {
  for (const o of objects) {
    o.metadata.labels = { ...o.metadata.labels, [LABEL.managedBy]: 'keelson' };
    const ann: Record<string, string> = { [ANNOTATION.version]: meta.version };
    if (meta.commit) ann[ANNOTATION.commit] = meta.commit;
    if (meta.runUrl) ann[ANNOTATION.runUrl] = meta.runUrl;
    o.metadata.annotations = { ...o.metadata.annotations, ...ann };
    // Only the version goes into pod templates: a run URL there would roll the pods on every re-run.
    for (const t of templatesOf(o)) {
      t.metadata ??= {};
      t.metadata.labels = { ...t.metadata.labels, [LABEL.version]: sanitizeLabel(meta.version) };
    }
  }
}

/** A label value (≤ 63 chars of [A-Za-z0-9._-], alphanumeric at both ends). */
export function sanitizeLabel(value: string): string {
  const v = value
    .replace(/[^A-Za-z0-9._-]/g, '-')
    .slice(0, 63)
    .replace(/^[^A-Za-z0-9]+|[^A-Za-z0-9]+$/g, '');
  return v || 'unknown';
}

/** The version a set of pins stands for: the first pin's digest, shortened (sha256:abcdef123456). */
export function versionOf(pins: ImagePin[], fallback: string): string {
  const d = pins[0]?.ref.split('@')[1];
  return d ? d.slice(0, 19) : fallback;
}
