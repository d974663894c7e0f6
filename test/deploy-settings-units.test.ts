/**
 * The deploy action's inputs (and `keelson rollout`'s flags) as the user gives them: the typed settings they
 * become, their defaults, and the one error line each bad value gets. Pure parsing: no cluster, no clock.
 */
import { describe, expect, it } from '@jest/globals';
import { InputError } from '../src/lib/errors.js';
import { Inputs } from '../src/lib/inputs.js';
import {
  CANARY_DEFAULTS,
  describeSteps,
  parseCanarySteps,
  readCanaryInputs,
} from '../src/lib/deploy/canary-settings.js';
import { checkServiceDeployment, readDeployInputs } from '../src/lib/deploy/settings.js';
import type { KubeObject } from '../src/lib/k8s/types.js';

const inputsOf = (values: Record<string, string>) => new Inputs((n) => values[n] ?? '');
const BASE = { kubeconfig: '/tmp/kubeconfig', service: 'web' };
const read = (values: Record<string, string>, env: Record<string, string | undefined> = {}) =>
  readDeployInputs(inputsOf({ ...BASE, ...values }), env);

function errorLine(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    if (e instanceof InputError) return e.message;
    throw e;
  }
  throw new Error('expected an InputError');
}

/** The input an InputError names (what the CLI maps back to its flag). */
function inputNamed(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    if (e instanceof InputError) return e.input;
    throw e;
  }
  throw new Error('expected an InputError');
}

const STEPS_EXPECTED =
  'Expected a comma-separated list of increasing percentages from 1 to 100, each optionally with its pause (a duration or manual), such as 5:2m,25:5m,50:manual,100.';

describe('readDeployInputs: defaults', () => {
  it('a kubeconfig and a service give the documented defaults', () => {
    expect(read({})).toEqual({
      access: { kind: 'kubeconfig', kubeconfig: '/tmp/kubeconfig', context: undefined },
      namespace: 'default',
      service: 'web',
      strategy: 'rolling',
      manifests: [],
      kustomize: undefined,
      helmChart: undefined,
      helmValues: [],
      helmRelease: undefined,
      images: [],
      version: undefined,
      healthChecks: '',
      analysis: 'default',
      readyTimeoutMs: 600_000,
      verifyWindowMs: 300_000,
      scaleDownDelayMs: 120_000,
      switchTimeoutMs: 120_000,
      router: 'auto',
      httpRoute: undefined,
      prune: false,
      waitForLockMs: 0,
      apiTimeoutMs: 60_000,
      previewUrl: undefined,
      liveUrl: undefined,
      environment: 'default',
      environmentUrl: undefined,
      githubToken: '',
      awsRegion: undefined,
      canary: undefined,
    });
  });

  it('every input given is read into its setting', () => {
    const digest = `sha256:${'a'.repeat(64)}`;
    const s = read({
      namespace: 'shop',
      strategy: 'blue-green',
      kustomize: 'deploy/overlays/prod',
      manifests: 'deploy/*.yaml\n!deploy/test-*.yaml',
      'helm-chart': 'charts/web',
      'helm-values': 'values.yaml\nprod.yaml',
      'helm-release': 'web-prod',
      images: `web=registry.example/web@${digest}`,
      version: 'v1.4.2+build.7@sha256:abc_-',
      'health-checks': '- kind: http\n  url: https://x.example/healthz',
      'ready-timeout': '6h',
      'verify-window': '0',
      'scale-down-delay': '24h',
      'switch-timeout': '1h',
      router: 'replicas',
      prune: 'true',
      'wait-for-lock': '6h',
      'api-timeout': '1s',
      'preview-url': 'https://preview.example/',
      'live-url': 'http://live.example/app/',
      environment: 'production',
      'environment-url': 'https://web.example',
      'github-token': 'ghs_x',
    });
    expect(s).toMatchObject({
      namespace: 'shop',
      strategy: 'blue-green',
      manifests: ['deploy/*.yaml', '!deploy/test-*.yaml'],
      kustomize: 'deploy/overlays/prod',
      helmChart: 'charts/web',
      helmValues: ['values.yaml', 'prod.yaml'],
      helmRelease: 'web-prod',
      images: [{ name: 'web', ref: `registry.example/web@${digest}` }],
      version: 'v1.4.2+build.7@sha256:abc_-',
      healthChecks: '- kind: http\n  url: https://x.example/healthz',
      readyTimeoutMs: 6 * 3_600_000,
      verifyWindowMs: 0,
      scaleDownDelayMs: 24 * 3_600_000,
      switchTimeoutMs: 3_600_000,
      router: 'replicas',
      prune: true,
      waitForLockMs: 6 * 3_600_000,
      apiTimeoutMs: 1000,
      previewUrl: 'https://preview.example',
      liveUrl: 'http://live.example/app',
      environment: 'production',
      environmentUrl: 'https://web.example',
      githubToken: 'ghs_x',
      canary: undefined,
    });
  });

  it('the environment defaults to the namespace', () => {
    expect(read({ namespace: 'staging' }).environment).toBe('staging');
  });

  it('a blank version is no version', () => {
    expect(read({ version: '  ' }).version).toBeUndefined();
  });
  it('a version of 128 characters is accepted', () => {
    expect(read({ version: 'a'.repeat(128) }).version).toBe('a'.repeat(128));
  });

  it('strategy canary reads the canary inputs; other strategies have none', () => {
    expect(read({ strategy: 'canary' }).canary).toEqual({
      steps: [
        { weight: 10, pause: 120_000 },
        { weight: 50, pause: 120_000 },
        { weight: 100, pause: 120_000 },
      ],
      analysisIntervalMs: 10_000,
      failureLimit: 2,
      action: 'run',
    });
    expect(read({ strategy: 'rolling', steps: 'nope' }).canary).toBeUndefined();
  });
});

describe('readDeployInputs: the ELBv2 region', () => {
  it('an EKS cluster: the cluster region, not AWS_REGION', () => {
    const s = readDeployInputs(
      inputsOf({ 'cluster-name': 'prod', 'aws-region': 'eu-west-1', service: 'web' }),
      { AWS_REGION: 'us-east-1' },
    );
    expect(s.access).toEqual({ kind: 'eks', clusterName: 'prod', region: 'eu-west-1' });
    expect(s.awsRegion).toBe('eu-west-1');
  });
  it('a kubeconfig: aws-region first, then AWS_REGION, then AWS_DEFAULT_REGION', () => {
    const env = { AWS_REGION: 'us-east-1', AWS_DEFAULT_REGION: 'us-west-2' };
    expect(read({ 'aws-region': 'eu-central-1' }, env).awsRegion).toBe('eu-central-1');
    expect(read({}, env).awsRegion).toBe('us-east-1');
    expect(read({}, { AWS_DEFAULT_REGION: 'us-west-2' }).awsRegion).toBe('us-west-2');
    expect(read({}, {}).awsRegion).toBeUndefined();
  });
  it('a kubeconfig with a malformed region: one line naming aws-region', () => {
    expect(errorLine(() => read({ 'aws-region': 'Europe' }))).toBe(
      "Invalid input 'aws-region': 'Europe'. Expected an AWS region such as eu-west-1.",
    );
    expect(errorLine(() => read({}, { AWS_REGION: 'mars' }))).toBe(
      "Invalid input 'aws-region': 'mars'. Expected an AWS region such as eu-west-1.",
    );
  });
  it('reads process.env when no environment is passed', () => {
    const saved = { r: process.env.AWS_REGION, d: process.env.AWS_DEFAULT_REGION };
    process.env.AWS_REGION = 'ap-south-1';
    try {
      expect(readDeployInputs(inputsOf(BASE)).awsRegion).toBe('ap-south-1');
    } finally {
      if (saved.r === undefined) delete process.env.AWS_REGION;
      else process.env.AWS_REGION = saved.r;
    }
  });
});

describe('readDeployInputs: one line per bad input', () => {
  const dur = (range: string) =>
    `Expected a duration such as 90s, 5m or 1h30m (units h, m, s, ms; from ${range}).`;
  it.each([
    [
      { version: 'has space' },
      "Invalid input 'version': 'has space'. Expected a version such as v1.4.2, a commit SHA or sha256:… (letters, digits, . _ - : @ +).",
    ],
    [
      { strategy: 'recreate' },
      "Invalid input 'strategy': 'recreate'. Expected one of: rolling | blue-green | canary.",
    ],
    [
      { router: 'nginx' },
      "Invalid input 'router': 'nginx'. Expected one of: auto | service | alb | gateway-api | replicas.",
    ],
    [
      { prune: 'yes' },
      "Invalid input 'prune': 'yes'. Expected a boolean: true | True | TRUE | false | False | FALSE.",
    ],
    [{ 'ready-timeout': '999ms' }, `Invalid input 'ready-timeout': '999ms'. ${dur('1s to 6h')}`],
    [{ 'ready-timeout': '6h1s' }, `Invalid input 'ready-timeout': '6h1s'. ${dur('1s to 6h')}`],
    [{ 'verify-window': '6h1s' }, `Invalid input 'verify-window': '6h1s'. ${dur('0s to 6h')}`],
    [{ 'scale-down-delay': '24h1s' }, `Invalid input 'scale-down-delay': '24h1s'. ${dur('0s to 24h')}`],
    [{ 'switch-timeout': '999ms' }, `Invalid input 'switch-timeout': '999ms'. ${dur('1s to 1h')}`],
    [{ 'switch-timeout': '1h1s' }, `Invalid input 'switch-timeout': '1h1s'. ${dur('1s to 1h')}`],
    [{ 'wait-for-lock': '6h1s' }, `Invalid input 'wait-for-lock': '6h1s'. ${dur('0s to 6h')}`],
    [{ 'api-timeout': '999ms' }, `Invalid input 'api-timeout': '999ms'. ${dur('1s to 1h')}`],
    [{ 'api-timeout': '1h1s' }, `Invalid input 'api-timeout': '1h1s'. ${dur('1s to 1h')}`],
    [
      { 'preview-url': 'ftp://x.example' },
      "Invalid input 'preview-url': 'ftp://x.example'. Expected an http(s) URL.",
    ],
    [{ 'live-url': 'not a url' }, "Invalid input 'live-url': 'not a url'. Expected an http(s) URL."],
    [
      { 'environment-url': 'file:///etc/passwd' },
      "Invalid input 'environment-url': 'file:///etc/passwd'. Expected an http(s) URL.",
    ],
    [
      { images: 'web=registry.example/web:latest' },
      "Invalid input 'images': 'web=registry.example/web:latest'. Expected lines of name=repository@sha256:<64 hex digits> (pinned by digest).",
    ],
  ])('%j', (values, line) => {
    expect(errorLine(() => read(values))).toBe(line);
  });
  it('a version of 129 characters is refused (the value is clipped in the line)', () => {
    expect(errorLine(() => read({ version: 'a'.repeat(129) }))).toMatch(
      /^Invalid input 'version': 'a+.*'\. Expected a version such as v1\.4\.2, a commit SHA or sha256:… \(letters, digits, \. _ - : @ \+\)\.$/,
    );
  });
  it('the bounds themselves are accepted', () => {
    const s = read({
      'ready-timeout': '1s',
      'scale-down-delay': '0',
      'switch-timeout': '1s',
      'api-timeout': '1h',
      'wait-for-lock': '0',
    });
    expect([
      s.readyTimeoutMs,
      s.scaleDownDelayMs,
      s.switchTimeoutMs,
      s.apiTimeoutMs,
      s.waitForLockMs,
    ]).toEqual([1000, 0, 1000, 3_600_000, 0]);
  });
});

describe('checkServiceDeployment: service names the Deployment to roll out', () => {
  const deployment = (
    name: string,
    labels: Record<string, string> = {},
    apiVersion = 'apps/v1',
  ): KubeObject => ({
    apiVersion,
    kind: 'Deployment',
    metadata: { name },
    spec: { template: { metadata: { labels } } },
  });
  const service: KubeObject = { apiVersion: 'v1', kind: 'Service', metadata: { name: 'web' } };
  it('a Deployment named like the service, among others', () => {
    expect(() =>
      checkServiceDeployment([deployment('worker'), service, deployment('web')], 'web'),
    ).not.toThrow();
  });
  it.each(['app', 'app.kubernetes.io/name', 'app.kubernetes.io/instance'])(
    'the only Deployment, its pods labelled %s=service (a Helm release)',
    (label) => {
      expect(() =>
        checkServiceDeployment([deployment('web-chart', { [label]: 'web' })], 'web'),
      ).not.toThrow();
    },
  );
  it('two Deployments, one labelled app=service but not named like it: refused with both names', () => {
    expect(
      errorLine(() =>
        checkServiceDeployment(
          [deployment('web-a', { app: 'web' }), deployment('web-b', { app: 'web' })],
          'web',
        ),
      ),
    ).toBe(
      "Invalid input 'service': 'web' matches no Deployment in the manifests (found: web-a, web-b). Expected the name of the Deployment to roll out.",
    );
  });
  it('the only Deployment labelled for another service is refused', () => {
    expect(
      errorLine(() => checkServiceDeployment([deployment('api', { app: 'api', tier: 'web' })], 'web')),
    ).toBe(
      "Invalid input 'service': 'web' matches no Deployment in the manifests (found: api). Expected the name of the Deployment to roll out.",
    );
  });
  it('no apps/v1 Deployment at all (an extensions/v1beta1 one does not count)', () => {
    const e = (() => {
      try {
        checkServiceDeployment([service, deployment('web', {}, 'extensions/v1beta1')], 'web');
      } catch (err) {
        return err as InputError;
      }
      throw new Error('expected an InputError');
    })();
    expect(e).toBeInstanceOf(InputError);
    expect(e.input).toBe('service');
    expect(e.message).toBe(
      "Invalid input 'service': 'web' matches no Deployment in the manifests (found: no apps/v1 Deployment). Expected the name of the Deployment to roll out.",
    );
  });
  it('an apps/v1 object named like the service that is not a Deployment does not count', () => {
    const sts: KubeObject = { apiVersion: 'apps/v1', kind: 'StatefulSet', metadata: { name: 'web' } };
    expect(errorLine(() => checkServiceDeployment([sts, deployment('api')], 'web'))).toBe(
      "Invalid input 'service': 'web' matches no Deployment in the manifests (found: api). Expected the name of the Deployment to roll out.",
    );
  });
  it.each([
    ['no template', {}],
    ['a template without metadata', { template: {} }],
  ])('the only Deployment with %s is refused', (_, spec) => {
    const d: KubeObject = { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'api' }, spec };
    expect(errorLine(() => checkServiceDeployment([d], 'web'))).toBe(
      "Invalid input 'service': 'web' matches no Deployment in the manifests (found: api). Expected the name of the Deployment to roll out.",
    );
  });
  it('a Deployment without a pod template or a name', () => {
    const bare: KubeObject = { apiVersion: 'apps/v1', kind: 'Deployment', metadata: {} };
    expect(errorLine(() => checkServiceDeployment([bare], 'web'))).toBe(
      "Invalid input 'service': 'web' matches no Deployment in the manifests (found: ?). Expected the name of the Deployment to roll out.",
    );
  });
});

describe('canary steps', () => {
  it('weights with their own pause or the step duration; 100 % appended when missing', () => {
    expect(parseCanarySteps('steps', '5:2m, 25% ,50:manual, 75:0', 30_000)).toEqual([
      { weight: 5, pause: 120_000 },
      { weight: 25, pause: 30_000 },
      { weight: 50, pause: 'manual' },
      { weight: 75, pause: 0 },
      { weight: 100, pause: 0 },
    ]);
  });
  it('a list that ends at 100 keeps its own last step', () => {
    expect(parseCanarySteps('steps', '1,100:1m', 5000)).toEqual([
      { weight: 1, pause: 5000 },
      { weight: 100, pause: 60_000 },
    ]);
    expect(parseCanarySteps('steps', '100', 5000)).toEqual([{ weight: 100, pause: 5000 }]);
  });
  it('spaces around a pause are allowed', () => {
    expect(parseCanarySteps('steps', '10: 5m,20: manual', 0)).toEqual([
      { weight: 10, pause: 300_000 },
      { weight: 20, pause: 'manual' },
      { weight: 100, pause: 0 },
    ]);
  });
  it('a pause of 24 h is the longest', () => {
    expect(parseCanarySteps('steps', '50:24h', 0)[0]).toEqual({ weight: 50, pause: 24 * 3_600_000 });
  });
  it.each([
    '',
    '0,50',
    '101',
    '50,50',
    '50,10',
    '10,abc',
    '10:5 minutes',
    '10:24h1s',
    '10:',
    'manual',
    '10;20',
    ':5m',
  ])('refused: %j', (raw) => {
    expect(errorLine(() => parseCanarySteps('steps', raw, 0))).toBe(
      `Invalid input 'steps': '${raw}'. ${STEPS_EXPECTED}`,
    );
  });
  it('the input named in the error is the one given', () => {
    expect(errorLine(() => parseCanarySteps('canary-steps', '0', 0))).toBe(
      `Invalid input 'canary-steps': '0'. ${STEPS_EXPECTED}`,
    );
  });
});

describe('readCanaryInputs', () => {
  it('defaults: 10,50,100 every 2m, analysed every 10 s, 2 failures, run', () => {
    expect(CANARY_DEFAULTS).toEqual({
      steps: '10,50,100',
      stepDuration: '2m',
      analysisInterval: '10s',
      failureLimit: 2,
    });
    expect(readCanaryInputs(inputsOf({}))).toEqual({
      steps: [
        { weight: 10, pause: 120_000 },
        { weight: 50, pause: 120_000 },
        { weight: 100, pause: 120_000 },
      ],
      analysisIntervalMs: 10_000,
      failureLimit: 2,
      action: 'run',
    });
  });
  it('every input read', () => {
    expect(
      readCanaryInputs(
        inputsOf({
          steps: '20,60:manual',
          'step-duration': '24h',
          'analysis-interval': '1h',
          'failure-limit': '100',
          action: 'promote',
        }),
      ),
    ).toEqual({
      steps: [
        { weight: 20, pause: 24 * 3_600_000 },
        { weight: 60, pause: 'manual' },
        { weight: 100, pause: 0 },
      ],
      analysisIntervalMs: 3_600_000,
      failureLimit: 100,
      action: 'promote',
    });
    expect(
      readCanaryInputs(inputsOf({ 'step-duration': '0', 'analysis-interval': '1s', action: 'abort' })),
    ).toMatchObject({
      steps: [
        { weight: 10, pause: 0 },
        { weight: 50, pause: 0 },
        { weight: 100, pause: 0 },
      ],
      analysisIntervalMs: 1000,
      action: 'abort',
    });
  });
  it.each([
    [
      { 'step-duration': '24h1s' },
      "Invalid input 'step-duration': '24h1s'. Expected a duration such as 90s, 5m or 1h30m (units h, m, s, ms; from 0s to 24h).",
    ],
    [
      { 'analysis-interval': '999ms' },
      "Invalid input 'analysis-interval': '999ms'. Expected a duration such as 90s, 5m or 1h30m (units h, m, s, ms; from 1s to 1h).",
    ],
    [
      { 'analysis-interval': '1h1s' },
      "Invalid input 'analysis-interval': '1h1s'. Expected a duration such as 90s, 5m or 1h30m (units h, m, s, ms; from 1s to 1h).",
    ],
    [{ 'failure-limit': '0' }, "Invalid input 'failure-limit': '0'. Expected a whole number from 1 to 100."],
    [
      { 'failure-limit': '101' },
      "Invalid input 'failure-limit': '101'. Expected a whole number from 1 to 100.",
    ],
    [{ action: 'resume' }, "Invalid input 'action': 'resume'. Expected one of: run | promote | abort."],
    [{ steps: '50,10' }, `Invalid input 'steps': '50,10'. ${STEPS_EXPECTED}`],
  ])('%j', (values, line) => {
    expect(errorLine(() => readCanaryInputs(inputsOf(values)))).toBe(line);
  });
});

describe('describeSteps: the plan as the timeline prints it', () => {
  it('each step with its pause; the last (100 %) without', () => {
    expect(
      describeSteps([
        { weight: 10, pause: 120_000 },
        { weight: 25, pause: 90_500 },
        { weight: 50, pause: 'manual' },
        { weight: 100, pause: 60_000 },
      ]),
    ).toBe('10% for 2m, 25% for 1m30s500ms, 50% until promoted, 100%');
  });
});

describe('readDeployInputs: router gateway-api and http-route', () => {
  it('http-route with strategy canary: router auto becomes gateway-api; the name is kept', () => {
    expect(read({ strategy: 'canary', 'http-route': 'shop-web.v2' })).toMatchObject({
      router: 'gateway-api',
      httpRoute: 'shop-web.v2',
    });
    expect(read({ strategy: 'canary', router: 'gateway-api', 'http-route': 'a' })).toMatchObject({
      router: 'gateway-api',
      httpRoute: 'a',
    });
    // Without http-route, router gateway-api finds the route in the manifests; auto stays auto.
    expect(read({ strategy: 'canary', router: 'gateway-api' })).toMatchObject({
      router: 'gateway-api',
      httpRoute: undefined,
    });
    expect(read({ strategy: 'canary' })).toMatchObject({ router: 'auto', httpRoute: undefined });
    // A DNS subdomain of 253 characters is the longest name.
    const longest = `a${'b'.repeat(251)}c`;
    expect(read({ strategy: 'canary', 'http-route': longest }).httpRoute).toBe(longest);
  });

  it('router gateway-api runs canaries only', () => {
    expect(errorLine(() => read({ strategy: 'blue-green', router: 'gateway-api' }))).toBe(
      "Invalid input 'router': 'gateway-api'. Expected auto, service or alb with strategy blue-green (the gateway-api router runs canaries: strategy canary).",
    );
    expect(errorLine(() => read({ router: 'gateway-api' }))).toBe(
      "Invalid input 'router': 'gateway-api'. Expected auto, service or alb with strategy rolling (the gateway-api router runs canaries: strategy canary).",
    );
    expect(inputNamed(() => read({ router: 'gateway-api' }))).toBe('router');
  });

  it('http-route only with strategy canary and router gateway-api (or auto)', () => {
    expect(errorLine(() => read({ strategy: 'blue-green', 'http-route': 'web' }))).toBe(
      "Invalid input 'http-route': 'web'. Expected it only with strategy canary and router gateway-api (strategy is blue-green).",
    );
    expect(
      errorLine(() => read({ strategy: 'blue-green', router: 'gateway-api', 'http-route': 'web' })),
    ).toBe(
      "Invalid input 'http-route': 'web'. Expected it only with strategy canary and router gateway-api (strategy is blue-green).",
    );
    expect(inputNamed(() => read({ strategy: 'blue-green', 'http-route': 'web' }))).toBe('http-route');
    expect(inputNamed(() => read({ strategy: 'canary', router: 'alb', 'http-route': 'web' }))).toBe(
      'http-route',
    );
    for (const router of ['alb', 'replicas', 'service'])
      expect(errorLine(() => read({ strategy: 'canary', router, 'http-route': 'web' }))).toBe(
        `Invalid input 'http-route': 'web'. Expected it only with router gateway-api (router is ${router}).`,
      );
  });

  it.each(['Web', 'web route', '-web', 'web-', 'web.', 'web_1'])(
    'http-route %j is not an HTTPRoute name',
    (name) => {
      expect(errorLine(() => read({ strategy: 'canary', 'http-route': name }))).toBe(
        `Invalid input 'http-route': '${name}'. Expected the name of an HTTPRoute (a DNS subdomain such as web).`,
      );
    },
  );
  it('an http-route of 254 characters is not an HTTPRoute name', () => {
    expect(errorLine(() => read({ strategy: 'canary', 'http-route': `a${'b'.repeat(252)}c` }))).toMatch(
      /^Invalid input 'http-route': 'ab+.*'\. Expected the name of an HTTPRoute \(a DNS subdomain such as web\)\.$/,
    );
  });
});

describe('readDeployInputs: analysis', () => {
  it('analysis cloudwatch with strategy canary and no health-checks', () => {
    expect(read({ strategy: 'canary', analysis: 'cloudwatch' }).analysis).toBe('cloudwatch');
    // Blank health-checks are no health-checks.
    expect(read({ strategy: 'canary', analysis: 'cloudwatch', 'health-checks': ' \n ' }).analysis).toBe(
      'cloudwatch',
    );
    expect(read({ strategy: 'canary', analysis: 'default' }).analysis).toBe('default');
  });

  it('analysis cloudwatch needs strategy canary', () => {
    for (const strategy of ['rolling', 'blue-green'])
      expect(errorLine(() => read({ strategy, analysis: 'cloudwatch' }))).toBe(
        `Invalid input 'analysis': 'cloudwatch'. Expected default with strategy ${strategy} (cloudwatch compares the canary's target group with stable's: strategy canary).`,
      );
  });

  it('analysis cloudwatch replaces the default checks, not given ones', () => {
    expect(
      errorLine(() =>
        read({ strategy: 'canary', analysis: 'cloudwatch', 'health-checks': '- {kind: kubernetes}' }),
      ),
    ).toBe(
      "Invalid input 'analysis': 'cloudwatch'. Expected default when health-checks is given (add kind: cloudwatch checks to health-checks instead).",
    );
  });

  it('an unknown analysis', () => {
    expect(errorLine(() => read({ strategy: 'canary', analysis: 'datadog' }))).toBe(
      "Invalid input 'analysis': 'datadog'. Expected one of: default | cloudwatch.",
    );
  });
});
