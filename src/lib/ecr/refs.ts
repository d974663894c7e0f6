/**
 * Names ECR and the registry API accept: repository names, tags, digests, image references and ECR registry
 * hosts. Each parser throws an InputError naming the input, the value and what was expected.
 */
import { InputError } from '../errors.js';
import { parseRegion } from '../aws/regions.js';

/** ECR's repository name constraint (CreateRepository: 2–256 characters). */
const REPOSITORY = /^(?:[a-z0-9]+(?:[._-][a-z0-9]+)*\/)*[a-z0-9]+(?:[._-][a-z0-9]+)*$/;
const TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
const DIGEST = /^sha256:[a-f0-9]{64}$/;
/** `<account>.dkr.ecr[-fips].<region>.amazonaws.com[.cn]` and the dual-stack `<account>.dkr-ecr.<region>.on.aws`. */
const ECR_HOST =
  /^(?<account>\d{12})\.dkr[.-]ecr(?:-fips)?\.(?<region>[a-z0-9-]+)\.(?:amazonaws\.com(?:\.cn)?|on\.aws|amazonaws\.eu|c2s\.ic\.gov|sc2s\.sgov\.gov|cloud\.adc-e\.uk|csp\.hci\.ic\.gov)$/;

export function parseRepositoryName(input: string, raw: string): string {
  const name = raw.trim();
  if (name.length >= 2 && name.length <= 256 && REPOSITORY.test(name)) return name;
  throw InputError.invalid(
    input,
    raw,
    'an ECR repository name: 2–256 lowercase letters, digits and . _ - between them, optionally in /-separated ' +
      'namespaces (such as team/web-api)',
  );
}

export function parseTag(input: string, raw: string): string {
  if (TAG.test(raw)) return raw;
  throw InputError.invalid(
    input,
    raw,
    'image tags of up to 128 letters, digits, _ . - (not starting with . or -)',
  );
}

export function isDigest(s: string): boolean {
  return DIGEST.test(s);
}

export function parseDigest(input: string, raw: string): string {
  if (DIGEST.test(raw.trim())) return raw.trim();
  throw InputError.invalid(input, raw, 'a digest sha256:<64 hex characters>');
}

export interface EcrHost {
  accountId: string;
  region: string;
}

/** The account and region of an ECR registry host, or undefined for any other host. */
export function parseEcrHost(host: string): EcrHost | undefined {
  const m = ECR_HOST.exec(host);
  if (!m?.groups) return undefined;
  return { accountId: m.groups.account as string, region: m.groups.region as string };
}

export interface ImageRef {
  /** Registry host (with port), e.g. 111122223333.dkr.ecr.eu-west-1.amazonaws.com */
  host: string;
  repository: string;
  tag?: string;
  digest: string;
  /** Set when host is an ECR host. */
  ecr?: EcrHost;
}

/**
 * `<host>/<repository>[:tag]@sha256:…` — a digest is required: promotion moves exactly one image, never
 * whatever a tag happens to point at.
 */
export function parseImageRef(input: string, raw: string): ImageRef {
  const value = raw.trim();
  const expected =
    'an image reference pinned by digest: <registry>/<repository>@sha256:<64 hex> ' +
    '(such as 111122223333.dkr.ecr.eu-west-1.amazonaws.com/web@sha256:…; the ecr-push output `image`)';
  const at = value.lastIndexOf('@');
  if (at < 0) throw InputError.invalid(input, raw, expected);
  const digest = value.slice(at + 1);
  if (!DIGEST.test(digest)) throw InputError.invalid(input, raw, expected);
  let name = value.slice(0, at);
  const slash = name.indexOf('/');
  if (slash < 0) throw InputError.invalid(input, raw, expected);
  const host = name.slice(0, slash);
  if (!/^[A-Za-z0-9.-]+(:\d+)?$/.test(host) || !(host.includes('.') || host.includes(':'))) {
    throw InputError.invalid(input, raw, expected);
  }
  name = name.slice(slash + 1);
  let tag: string | undefined;
  const colon = name.lastIndexOf(':');
  if (colon >= 0) {
    tag = name.slice(colon + 1);
    name = name.slice(0, colon);
    if (!TAG.test(tag)) throw InputError.invalid(input, raw, expected);
  }
  if (!(name.length >= 2 && name.length <= 256 && REPOSITORY.test(name))) {
    throw InputError.invalid(input, raw, expected);
  }
  const ecr = parseEcrHost(host);
  if (ecr) parseRegion(input, ecr.region);
  return { host, repository: name, tag, digest, ecr };
}

export function formatImage(host: string, repository: string, digest: string): string {
  return `${host}/${repository}@${digest}`;
}
