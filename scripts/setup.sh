#!/usr/bin/env bash
# Prepare a checkout for development, tests and notebooks. Idempotent; safe to re-run.
#
#   1. npm ci            when node_modules is missing or older than package-lock.json
#                        (npm ci runs "prepare", which builds dist/)
#   2. Jupyter           from Debian packages, only when something is missing
#                        (root, or sudo when not root; never prompts in CI)
#   3. tslab kernel      a generated, project-local kernelspec in .jupyter/ (not committed)
#
# Environment:
#   NOTEBOOKS=skip       Jupyter is optional: warn instead of failing when it cannot be installed.
#   SETUP_SKIP_APT=1     never call apt-get (only report what is missing).
#   SETUP_FORCE_NPM_CI=1 run npm ci even when node_modules looks current.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
cd "$ROOT"

log() { printf 'setup: %s\n' "$*"; }
warn() { printf 'setup: WARNING: %s\n' "$*" >&2; }
die() { printf 'setup: ERROR: %s\n' "$*" >&2; exit 1; }

# ---------------------------------------------------------------------------------------
# 0. Node
command -v node >/dev/null 2>&1 || die "node not found; install Node.js >= 20 (e.g. from nodesource or nvm)"
command -v npm >/dev/null 2>&1 || die "npm not found; install Node.js >= 20 with npm"
node_major="$(node -p 'process.versions.node.split(".")[0]')"
[ "$node_major" -ge 20 ] || die "Node.js >= 20 required; found $(node --version)"

# ---------------------------------------------------------------------------------------
# 1. npm dependencies
# npm writes node_modules/.package-lock.json on every install; if it is older than
# package-lock.json, the tree is stale. (package.json is not compared: editing "scripts"
# must not trigger a 30 s reinstall; npm ci itself rejects a lock out of sync with it.)
need_ci=0
if [ "${SETUP_FORCE_NPM_CI:-0}" = 1 ] || [ ! -f node_modules/.package-lock.json ]; then
  need_ci=1
elif [ package-lock.json -nt node_modules/.package-lock.json ]; then
  need_ci=1
elif [ ! -x node_modules/.bin/tslab ] || [ ! -f node_modules/typescript/bin/tsc ]; then
  need_ci=1
fi
if [ "$need_ci" = 1 ]; then
  log "npm ci (node $(node --version), npm $(npm --version))"
  start=$(date +%s)
  marker="$(mktemp)"
  npm_rc=0
  # The registry sometimes stalls mid-download (EIDLETIMEOUT, ECONNRESET): npm retries each
  # request itself (--fetch-retries), and a failed npm ci that left no installed tree is run
  # again, up to three times, before setup gives up.
  for attempt in 1 2 3; do
    npm_rc=0
    npm ci --no-audit --no-fund --fetch-retries=5 --fetch-retry-mintimeout=10000 \
      --fetch-retry-maxtimeout=120000 --fetch-timeout=600000 || npm_rc=$?
    if [ "$npm_rc" = 0 ] || [ node_modules/.package-lock.json -nt "$marker" ]; then break; fi
    if [ "$attempt" -lt 3 ]; then
      warn "npm ci failed (exit $npm_rc, attempt $attempt of 3); trying again in $((attempt * 20)) s"
      sleep $((attempt * 20))
    fi
  done
  if [ "$npm_rc" != 0 ]; then
    # The root "prepare" script (npm run build) runs after the packages are in place; a
    # compile error in src/ must not stop the Jupyter setup below (test.sh reports it).
    if [ node_modules/.package-lock.json -nt "$marker" ] && [ -f node_modules/typescript/bin/tsc ]; then
      warn "dependencies are installed, but npm exited $npm_rc (the prepare script \"npm run build\" failed?)"
    else
      rm -f "$marker"
      die "npm could not install the dependencies (exit $npm_rc)"
    fi
  fi
  rm -f "$marker"
  log "npm install took $(( $(date +%s) - start )) s"
else
  log "node_modules is up to date with package-lock.json (skipping npm ci)"
fi

# ---------------------------------------------------------------------------------------
# 2. Jupyter (Debian packages; JupyterLab is not packaged in Debian 12 and is never needed)
APT_PACKAGES="jupyter-nbconvert python3-nbclient jupyter-client jupyter-core python3-ipykernel jupyter-nbformat jupyter-notebook fonts-dejavu-core fontconfig"

# Functional checks, so a Jupyter installed some other way (pip, conda) also counts.
jupyter_missing() {
  local missing=""
  command -v jupyter >/dev/null 2>&1 || missing="$missing jupyter"
  command -v jupyter-nbconvert >/dev/null 2>&1 || missing="$missing jupyter-nbconvert"
  command -v jupyter-notebook >/dev/null 2>&1 || missing="$missing jupyter-notebook"
  # Ask the Python that runs `jupyter` (its shebang), not whatever python3 is first on
  # PATH (pyenv/conda shims would not see Debian's modules).
  local py=""
  if command -v jupyter >/dev/null 2>&1; then
    py="$(sed -n '1s/^#![[:space:]]*//p' "$(command -v jupyter)" 2>/dev/null || true)"
  fi
  if [ -z "$py" ]; then
    if [ -x /usr/bin/python3 ]; then py=/usr/bin/python3; else py=python3; fi
  fi
  # shellcheck disable=SC2086  # $py may be "/usr/bin/env python3"
  $py -c 'import nbclient, nbformat, jupyter_client, ipykernel' >/dev/null 2>&1 \
    || missing="$missing python-modules(nbclient,nbformat,jupyter_client,ipykernel)"
  if command -v fc-list >/dev/null 2>&1; then
    fc-list 2>/dev/null | grep -i 'DejaVu Sans' >/dev/null || missing="$missing fonts-dejavu-core"
  else
    missing="$missing fontconfig"
  fi
  printf '%s' "$missing"
}

missing="$(jupyter_missing)"
if [ -z "$missing" ]; then
  log "Jupyter is installed ($(PYDEVD_DISABLE_FILE_VALIDATION=1 jupyter-nbconvert --version 2>/dev/null | tail -n1) nbconvert)"
else
  log "missing:$missing"
  manual="apt-get update && apt-get install -y --no-install-recommends $APT_PACKAGES"
  SUDO=""
  can_apt=1
  if [ "${SETUP_SKIP_APT:-0}" = 1 ]; then
    can_apt=0
  elif ! command -v apt-get >/dev/null 2>&1; then
    warn "apt-get not found (not Debian/Ubuntu)"
    can_apt=0
  elif [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
      SUDO="sudo"
    elif command -v sudo >/dev/null 2>&1 && [ -t 0 ] && [ -z "${CI:-}" ]; then
      log "installing Debian packages needs root; sudo may ask for your password"
      SUDO="sudo"
    else
      warn "not root and no password-less sudo"
      can_apt=0
    fi
  fi
  if [ "$can_apt" = 1 ]; then
    log "installing Jupyter from Debian packages: $APT_PACKAGES"
    start=$(date +%s)
    $SUDO env DEBIAN_FRONTEND=noninteractive apt-get update -q
    # shellcheck disable=SC2086
    $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends $APT_PACKAGES
    log "apt-get took $(( $(date +%s) - start )) s"
    missing="$(jupyter_missing)"
  fi
  if [ -n "$missing" ]; then
    msg="Jupyter is not available (missing:$missing). Install it as root with:
    $manual
  (notebook tests need it; set NOTEBOOKS=skip to run without them)"
    if [ "${NOTEBOOKS:-}" = skip ]; then
      warn "$msg"
    else
      die "$msg"
    fi
  fi
fi

# ---------------------------------------------------------------------------------------
# 3. tslab kernel, project-local and generated (machine-specific absolute paths), written by
# the same command users run: `discourse-lab kernel install --prefix .jupyter` (see README).
# Its launcher starts the tslab of the notebook's project, found from the notebook's folder
# upward: here the checkout's node_modules/tslab. The kernel's working directory is the
# notebook's folder (Jupyter's default), so notebooks in notebooks/ import ../dist/index.js.
# --force: the folder is generated; an older setup wrote kernel.json without the launcher.
KERNEL_DIR="$ROOT/.jupyter/share/jupyter/kernels/tslab"
[ -f "$ROOT/dist/cli/main.js" ] || die "dist/ is not built (npm run build failed?); the kernel is registered by the built CLI"
node "$ROOT/bin/discourse-lab.js" kernel install --prefix "$ROOT/.jupyter" --force | sed 's/^/setup: /'
[ "${PIPESTATUS[0]}" = 0 ] || die "discourse-lab kernel install failed"
if command -v jupyter >/dev/null 2>&1; then
  JUPYTER_PATH="$ROOT/.jupyter/share/jupyter${JUPYTER_PATH:+:$JUPYTER_PATH}" \
    PYDEVD_DISABLE_FILE_VALIDATION=1 jupyter kernelspec list 2>/dev/null | grep -F "$KERNEL_DIR" >/dev/null \
    || die "jupyter kernelspec list does not see $KERNEL_DIR"
fi

cat <<EOF
setup: done. To use the tslab kernel from this checkout:
  source scripts/jupyter-env.sh      # exports JUPYTER_PATH=$ROOT/.jupyter/share/jupyter
  jupyter notebook notebooks/        # add --allow-root --no-browser when running as root
or in one line:
  JUPYTER_PATH=$ROOT/.jupyter/share/jupyter jupyter notebook notebooks/
EOF
