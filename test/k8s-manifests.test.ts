import { describe, expect, it } from '@jest/globals';
import { fileURLToPath } from 'node:url';
import { InputError } from '../src/lib/errors.js';
import { eksFromExec, kubeconfigAccess, renderEksKubeconfig } from '../src/lib/k8s/access.js';
import {
  ANNOTATION,
  LABEL,
  loadManifests,
  parseImagePins,
  parseManifests,
  pinImages,
  repository,
  stamp,
} from '../src/lib/k8s/manifests.js';
import { ManualClock } from '../src/lib/clock.js';
import type { Deployment } from '../src/lib/k8s/types.js';

const data = fileURLToPath(new URL('./data/k8s/', import.meta.url));
const DIGEST = 'sha256:' + 'a'.repeat(64);
const tools = {
  kubectl: fileURLToPath(new URL('../.cache/bin/kubectl', import.meta.url)),
  helm: fileURLToPath(new URL('../.cache/bin/helm', import.meta.url)),
};

describe('manifests', () => {
  it('parses multi-document YAML, flattens Lists and drops empty documents', async () => {
    const objs = await parseManifests(
      `---\n# only a comment\n---\napiVersion: v1\nkind: List\nitems:\n  - {apiVersion: v1, kind: ConfigMap, metadata: {name: a}}\n  - {apiVersion: v1, kind: Secret, metadata: {name: b}}\n---\napiVersion: v1\nkind: Service\nmetadata: {name: s}\n`,
      'x.yaml',
    );
    expect(objs.map((o) => `${o.kind}/${o.metadata.name}`)).toEqual(['ConfigMap/a', 'Secret/b', 'Service/s']);
  });
  it('names the file when an object lacks apiVersion/kind/name, or the YAML is broken', async () => {
    await expect(parseManifests('kind: Service\nmetadata: {name: s}\n', 'svc.yaml')).rejects.toThrow(
      /^svc\.yaml: every object needs apiVersion, kind and metadata\.name/,
    );
    await expect(parseManifests('a: [1,\n', 'bad.yaml')).rejects.toThrow(/^bad\.yaml: invalid YAML: /);
  });
  it('renders kustomize with the real kubectl, defaults namespaces and sorts for apply', async () => {
    const objs = await loadManifests({
      manifests: [],
      kustomize: 'kustomize/overlays/prod',
      namespace: 'prod',
      cwd: data,
      ...tools,
    });
    expect(objs.map((o) => o.kind)).toEqual(['ConfigMap', 'Service', 'Deployment']);
    expect(objs.every((o) => o.metadata.namespace === 'prod')).toBe(true);
    expect((objs[2] as Deployment).spec?.replicas).toBe(3);
  });
  it('renders a helm chart with the real helm and values files', async () => {
    const objs = await loadManifests({
      manifests: [],
      helmChart: 'chart',
      helmValues: ['chart/values-prod.yaml'],
      helmRelease: 'api',
      namespace: 'prod',
      cwd: data,
      ...tools,
    });
    expect(objs.map((o) => `${o.kind}/${o.metadata.name}`)).toEqual(['Service/api', 'Deployment/api']);
    expect((objs[1] as Deployment).spec?.replicas).toBe(4);
  });
  it('a broken kustomization is one error naming it', async () => {
    await expect(
      loadManifests({ manifests: [], kustomize: 'nope', namespace: 'p', cwd: data, ...tools }),
    ).rejects.toThrow(/^kubectl kustomize nope failed: /);
  });
  it('wants exactly one source, and globs that match', async () => {
    await expect(loadManifests({ manifests: [], namespace: 'p', cwd: data })).rejects.toThrow(
      'Give exactly one of manifests, kustomize or helm-chart.',
    );
    await expect(loadManifests({ manifests: ['nothing/*.yaml'], namespace: 'p', cwd: data })).rejects.toThrow(
      "Invalid input 'manifests': 'nothing/*.yaml' matched no file.",
    );
  });
});

describe('image pins and stamps', () => {
  it('pins by container name or repository, and refuses pins that match nothing', async () => {
    const objs = await loadManifests({
      manifests: [],
      kustomize: 'kustomize/base',
      namespace: 'p',
      cwd: data,
      ...tools,
    });
    pinImages(
      objs,
      parseImagePins([
        `123456789012.dkr.ecr.eu-west-1.amazonaws.com/api=123456789012.dkr.ecr.eu-west-1.amazonaws.com/api@${DIGEST}`,
      ]),
    );
    expect(
      (objs.find((o) => o.kind === 'Deployment') as Deployment).spec?.template?.spec?.containers?.[0]?.image,
    ).toBe(`123456789012.dkr.ecr.eu-west-1.amazonaws.com/api@${DIGEST}`);
    expect(() => pinImages(objs, parseImagePins([`worker=r/w@${DIGEST}`]))).toThrow(
      "Invalid input 'images': no container is named or uses the image 'worker'.",
    );
  });
  it.each(['api=repo:latest', `api=repo@sha256:${'a'.repeat(63)}`, 'api', `=repo@${DIGEST}`])(
    'refuses pin %p',
    (line) => {
      expect(() => parseImagePins([line])).toThrow(
        new InputError(
          'images',
          `Invalid input 'images': '${line}'. Expected lines of name=repository@sha256:<64 hex digits> (pinned by digest).`,
        ),
      );
    },
  );
  it('reads repositories with registry ports, tags and digests', () => {
    expect(repository('localhost:5000/team/app:v1@' + DIGEST)).toBe('localhost:5000/team/app');
    expect(repository('app')).toBe('app');
  });
  it('keeps run-specific annotations out of pod templates so re-runs do not roll pods', async () => {
    const objs = await parseManifests(
      'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: d}\nspec: {template: {metadata: {labels: {a: b}}, spec: {containers: [{name: c, image: i}]}}}\n',
      'd.yaml',
    );
    stamp(objs, { version: 'v1.2/3', commit: 'abc', runUrl: 'https://github.com/o/r/actions/runs/1' });
    const d = objs[0] as Deployment;
    expect(d.metadata.annotations).toMatchObject({
      [ANNOTATION.version]: 'v1.2/3',
      [ANNOTATION.runUrl]: 'https://github.com/o/r/actions/runs/1',
    });
    expect(d.spec?.template?.metadata?.labels).toEqual({ a: 'b', [LABEL.version]: 'v1.2-3' });
    expect(d.spec?.template?.metadata?.annotations).toBeUndefined();
  });
});

describe('cluster access', () => {
  const clock = new ManualClock();
  it('reads a kubeconfig with a token and CA, from content', async () => {
    const { access, namespace } = await kubeconfigAccess(
      `apiVersion: v1\nkind: Config\ncurrent-context: c\ncontexts: [{name: c, context: {cluster: k, user: u, namespace: team}}]\nclusters: [{name: k, cluster: {server: 'https://k.example:6443', certificate-authority-data: Q0E=}}]\nusers: [{name: u, user: {token: sekret-token-value}}]\n`,
      clock,
      { setSecret: () => undefined },
    );
    expect(access.server).toBe('https://k.example:6443');
    expect(access.caData).toBe('Q0E=');
    expect(namespace).toBe('team');
    await expect(access.token?.()).resolves.toBe('sekret-token-value');
  });
  it.each([
    [
      '/no/such/file',
      "Invalid input 'kubeconfig': no such file, and not kubeconfig content. Expected the path of a kubeconfig file, or the kubeconfig itself (YAML or JSON).",
    ],
    [
      'sha256~rawTokenPastedByMistake',
      "Invalid input 'kubeconfig': no such file, and not kubeconfig content. Expected the path of a kubeconfig file, or the kubeconfig itself (YAML or JSON).",
    ],
    [
      'apiVersion: v1\nkind: Config\n',
      "Invalid input 'kubeconfig': expected a kubeconfig with clusters, users and contexts.",
    ],
    [
      'apiVersion: v1\nclusters: []\ncontexts: []\ncurrent-context: x\n',
      "Invalid input 'kubeconfig': context 'x' not found in the kubeconfig (it has: no contexts).",
    ],
    [
      'apiVersion: v1\ncontexts: [{name: a, context: {cluster: k, user: u}}, {name: b, context: {cluster: k, user: u}}]\nclusters: [{name: k, cluster: {server: https://x}}]\nusers: [{name: u, user: {token: t0k3n-value}}]\n',
      "Invalid input 'kubeconfig': the kubeconfig has no current-context and 2 contexts; set 'context' to one of: a, b.",
    ],
    [
      'apiVersion: v1\ncurrent-context: c\ncontexts: [{name: c, context: {cluster: k, user: u}}]\nclusters: [{name: k, cluster: {server: https://x}}]\nusers: [{name: u, user: {exec: {command: gke-gcloud-auth-plugin}}}]\n',
      /^Invalid input 'kubeconfig': user 'u' runs 'gke-gcloud-auth-plugin' for credentials/,
    ],
  ])('refuses %p', async (raw, message) => {
    await expect(kubeconfigAccess(raw, clock, { setSecret: () => undefined })).rejects.toThrow(message);
  });
  it('takes a one-line JSON kubeconfig as content, registers its token and client key, and never echoes it', async () => {
    const json = JSON.stringify({
      apiVersion: 'v1',
      kind: 'Config',
      'current-context': 'c',
      contexts: [{ name: 'c', context: { cluster: 'k', user: 'u' } }],
      clusters: [{ name: 'k', cluster: { server: 'https://k.example:6443' } }],
      users: [{ name: 'u', user: { token: 'json-token-value', 'client-key-data': 'S0VZLWRhdGE=' } }],
    });
    const secrets: string[] = [];
    const { access } = await kubeconfigAccess(json, clock, { setSecret: (v) => secrets.push(v) });
    expect(access.server).toBe('https://k.example:6443');
    expect(secrets.sort()).toEqual(['S0VZLWRhdGE=', 'json-token-value']);
    const broken = json.replace('"clusters"', '"clusterz"');
    const e = await kubeconfigAccess(broken, clock, { setSecret: () => undefined }).catch((x: Error) => x);
    expect((e as Error).message).toBe(
      "Invalid input 'kubeconfig': expected a kubeconfig with clusters, users and contexts.",
    );
  });
  it('serves `aws eks get-token` exec users in-process', () => {
    expect(
      eksFromExec({
        command: 'aws',
        args: ['eks', 'get-token', '--cluster-name', 'prod', '--region', 'eu-west-1'],
      }),
    ).toEqual({ clusterName: 'prod', region: 'eu-west-1' });
    // what `aws eks update-kubeconfig` writes
    expect(
      eksFromExec({
        command: 'aws',
        args: ['--region', 'us-east-1', 'eks', 'get-token', '--cluster-name', 'x', '--output', 'json'],
      }),
    ).toEqual({ clusterName: 'x', region: 'us-east-1' });
    expect(eksFromExec({ command: 'aws', args: ['sts', 'get-caller-identity'] })).toBeUndefined();
    expect(
      eksFromExec({
        command: 'aws',
        args: ['eks', 'get-token', '--cluster-name', 'x'],
        env: [{ name: 'AWS_REGION', value: 'ap-south-1' }],
      }),
    ).toEqual({ clusterName: 'x', region: 'ap-south-1' });
  });
  it('writes an EKS kubeconfig whose exec plugin is keelson eks-token', async () => {
    const yaml = renderEksKubeconfig(
      { clusterName: 'prod', region: 'eu-west-1' },
      { server: 'https://ABC.gr7.eu-west-1.eks.amazonaws.com', caData: 'Q0E=' },
      '/a/dist/cli/index.js',
      '/usr/bin/node',
    );
    const back = await kubeconfigAccess(yaml, clock, { setSecret: () => undefined });
    expect(back.access.server).toBe('https://ABC.gr7.eu-west-1.eks.amazonaws.com');
    expect(yaml).toContain('- eks-token');
    expect(
      eksFromExec({
        command: '/usr/bin/node',
        args: ['/a/dist/cli/index.js', 'eks-token', '--cluster-name', 'prod', '--region', 'eu-west-1'],
      }),
    ).toEqual({ clusterName: 'prod', region: 'eu-west-1' });
    expect(yaml).toContain('          - --aws-region\n          - "eu-west-1"');
    expect(
      eksFromExec({
        command: '/usr/bin/node',
        args: ['/a/dist/cli/index.js', 'eks-token', '--cluster-name', 'prod', '--aws-region', 'eu-west-1'],
      }),
    ).toEqual({ clusterName: 'prod', region: 'eu-west-1' });
  });
});
