/**
 * Known-good SHA-256 digests of Trivy release archives, shipped inside Keelson. An install checks the downloaded
 * archive against this table AND checks that the release's checksums file agrees with this table on every
 * archive the table knows, so a release whose archive and checksums file were both replaced is refused.
 *
 * What the table holds, and why: no public source we could reach records the digest of a release's checksums
 * file itself (`trivy_<v>_checksums.txt`), so the table is built from per-archive digests, which several
 * independent sources do record. A platform missing from a version's row is not trusted through the checksums
 * file alone (an attacker could keep the known lines and change only that one); installing it needs
 * `trivy-sha256`. docs/trivy.md explains the model.
 *
 * Sources (each digest below was read from the first source; the second column of witnesses agrees with it):
 *  [H] cashapp/hermit-packages, trivy.hcl, commit f0517fd7532fc6adfd910cfba3ef2b4c59f662db (2026-08-22):
 *      `sha256sums` — Hermit computes them by downloading each archive from github.com/aquasecurity/trivy.
 *  [A] awslabs/automated-security-helper, automated_security_helper/utils/tool_downloads.py, commit
 *      7e11615eafde3b0afc7dee6a5f09f920be74da95: `_DIGESTS`, "transcribed verbatim from the checksums file"
 *      of v0.69.3 (all five archives, Windows included); agrees with [H] on the four Hermit lists.
 *  Further witnesses seen through code search (installer scripts pinning the Linux-64bit archive, not cited by
 *  path): 0.70.0 Linux-64bit/ARM64, 0.72.0 all four, 0.74.0 Linux-64bit/ARM64 — all equal to [H].
 *
 * Releases v0.69.4, v0.69.5 and v0.69.6 were malicious (GHSA-69fq-xp46-6x23, CVE-2026-33634, March 2026) and are
 * refused whatever digest is given. Older releases were withdrawn from GitHub after that incident.
 */

export type PlatformKey = 'Linux-64bit' | 'Linux-ARM64' | 'macOS-64bit' | 'macOS-ARM64' | 'windows-64bit';

export interface KnownRelease {
  /** SHA-256 of `trivy_<version>_<platform>.<tar.gz|zip>`. */
  archives: Partial<Record<PlatformKey, string>>;
  /** Where the digests came from (see the sources above). */
  source: string;
}

export type KnownReleases = Readonly<Record<string, KnownRelease>>;

export const KNOWN_RELEASES: KnownReleases = {
  '0.69.3': {
    source: '[H] trivy.hcl lines 177-180; [A] _DIGESTS (windows-64bit from [A] only)',
    archives: {
      'Linux-64bit': '1816b632dfe529869c740c0913e36bd1629cb7688bd5634f4a858c1d57c88b75',
      'Linux-ARM64': '7e3924a974e912e57b4a99f65ece7931f8079584dae12eb7845024f97087bdfd',
      'macOS-64bit': 'fec4a9f7569b624dd9d044fca019e5da69e032700edbb1d7318972c448ec2f4e',
      'macOS-ARM64': 'a2f2179afd4f8bb265ca3c7aefb56a666bc4a9a411663bc0f22c3549fbc643a5',
      'windows-64bit': '74362dc711383255308230ecbeb587eb1e4e83a8d332be5b0259afac6e0c2224',
    },
  },
  '0.70.0': {
    source: '[H] trivy.hcl lines 181-184',
    archives: {
      'Linux-64bit': '8b4376d5d6befe5c24d503f10ff136d9e0c49f9127a4279fd110b727929a5aa9',
      'Linux-ARM64': '2f6bb988b553a1bbac6bdd1ce890f5e412439564e17522b88a4541b4f364fc8d',
      'macOS-64bit': '52d531452b19e7593da29366007d02a810e1e0080d02f9cf6a1afb46c35aaa93',
      'macOS-ARM64': '68e543c51dcc96e1c344053a4fde9660cf602c25565d9f09dc17dd41e13b838a',
    },
  },
  '0.71.0': {
    source: '[H] trivy.hcl lines 185-188',
    archives: {
      'Linux-64bit': '30a3d22b23f88c233f1658f562fb477cae3b3e8b4761109d515b7698daf85814',
      'Linux-ARM64': '2561be394a3199c911f82fced606cbc05e1cb23eb6ce1da6935540adb76f4252',
      'macOS-64bit': '4558afb13d017615ca85011901caab78b4f09196e320b05a56c9fdc5615a1428',
      'macOS-ARM64': '95d4e896b120816edd0995a2df8adca26a8621b7bf62036a89b1d54a7b718a74',
    },
  },
  '0.71.1': {
    source: '[H] trivy.hcl lines 189-192',
    archives: {
      'Linux-64bit': '3cbae37cd440cd8676e5ce9207fe460b5641c7579a17e9d00f8894928c41a88d',
      'Linux-ARM64': 'a7daaee66817d67a4963e8f9ddf15f5238ee021b55d3cd8695b1b7801afd34a7',
      'macOS-64bit': 'de123352f519c6310d5471b5271b029c02b04f3cce33597b87f60064e1760a3f',
      'macOS-ARM64': '5eb3576d4a41c9fa274dc8a62b2e6baebb2bf423eda908ed36d81d574e293c48',
    },
  },
  '0.71.2': {
    source: '[H] trivy.hcl lines 193-196',
    archives: {
      'Linux-64bit': '0510e71e2fd39bf863856d499c8dc19feb4e7336546394c502a8f5cc7ab27460',
      'Linux-ARM64': 'fe1c7106e15a5365d485b098a8c338f91e3b7ba71cb0e4963b98a3a098763cfc',
      'macOS-64bit': 'c27bcf4ddd281aecb7267eb5df804ec49ac0f8fa23fe018d33932e17f30a38bf',
      'macOS-ARM64': 'a9f585cad53542a54ef286b5fa4199d081e5a061f8894635bdf3ce2608ece7a9',
    },
  },
  '0.72.0': {
    source: '[H] trivy.hcl lines 197-200',
    archives: {
      'Linux-64bit': 'bbb64b9695866ce4a7a8f5c9592002c5961cab378577fa3f8a040df362b9b2ea',
      'Linux-ARM64': '2ca2c023109c2db6b2b77366b6717291452d4531167377d95c79547f0c8e3467',
      'macOS-64bit': 'ee5e60df8a98e5b89fd74a6d86f9e5c7e9a266a35002cb1e43291698b3bfee08',
      'macOS-ARM64': '88f208680dc05da2b459e19b4f5aa2b4dc7c2117892ba4aab2ae63baba330016',
    },
  },
  '0.73.0': {
    source: '[H] trivy.hcl lines 201-204',
    archives: {
      'Linux-64bit': '2edd39da482bb4e9831962487b68f68e3928ec3137794757f54d00383d79547b',
      'Linux-ARM64': '13833d97e8a1a5367471c372a173180157f593bece570e20d5d925fef552f5dd',
      'macOS-64bit': 'd39d1374dd3e35d48621b82df9b6625fe69f9920cc67d2739ed81bb679f16f51',
      'macOS-ARM64': '80cc25faaf6378e37701202d0b4f9f43d9e413d198d594ba60fdf559fe44a683',
    },
  },
  '0.74.0': {
    source: '[H] trivy.hcl lines 205-208',
    archives: {
      'Linux-64bit': '2ae6fe3ee734b7fdf11335663e18c75ea12dccc76062f09f164a3b0f8be4371a',
      'Linux-ARM64': 'b94ce1976bbf3c15b514b605ee88be7c6d94a29be2302847ff01cb794d47aad5',
      'macOS-64bit': '472816f6888dda689d075c30254d4210b4d1035acf365aa72332f584c2f60485',
      'macOS-ARM64': '1caada5e0e2091909357c7525d3aa76f4b660b13821bc143b190c7483e31cc11',
    },
  },
};

/** The version installed when `trivy-version` is not given: the newest release in the table. */
export const DEFAULT_TRIVY_VERSION = '0.74.0';

/** Releases that were malicious: never installed, never run (also refused when found on PATH). */
export const MALICIOUS_RELEASES: Readonly<Record<string, string>> = {
  '0.69.4': 'GHSA-69fq-xp46-6x23 / CVE-2026-33634',
  '0.69.5': 'GHSA-69fq-xp46-6x23 / CVE-2026-33634',
  '0.69.6': 'GHSA-69fq-xp46-6x23 / CVE-2026-33634',
};

/** The oldest Trivy Keelson drives (`--skip-version-check` and `--disable-telemetry` exist from 0.63.0). */
export const MIN_TRIVY_VERSION = '0.63.0';
