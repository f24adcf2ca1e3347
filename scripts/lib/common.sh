# Shared by scripts/run, scripts/test and scripts/bench: find the repository, install what
# a fresh Debian machine lacks, and build.

repo_root() {
  cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd
}

# Runs apt-get as root, through sudo when we are not root.
apt_install() {
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
      echo "mplan: please install these Debian packages as root: $*" >&2
      return 1
    fi
  fi
  echo "mplan: installing $* (apt-get)…" >&2
  $sudo apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "$@" >/dev/null
}

# libedit-dev: the header (histedit.h) CEditLine compiles against; the REPL loads libedit itself
# when the prompt starts. pkg-config is how we ask whether it is there.
ensure_build_dependencies() {
  local missing=()
  command -v pkg-config >/dev/null 2>&1 || missing+=(pkg-config)
  if ! command -v pkg-config >/dev/null 2>&1 || ! pkg-config --exists libedit; then
    missing+=(libedit-dev)
  fi
  if [ ${#missing[@]} -gt 0 ]; then apt_install "${missing[@]}"; fi
  if ! command -v swift >/dev/null 2>&1; then
    echo "mplan: Swift 6 is needed (https://swift.org/install); 'swift' is not on PATH" >&2
    return 1
  fi
}

# The shipped binary: release, with the Swift runtime linked in for a fast start (design §7).
build_release() {
  local root log
  root=$(repo_root)
  log=$(mktemp)
  if ! swift build -c release --static-swift-stdlib --package-path "$root" >"$log" 2>&1; then
    cat "$log" >&2
    rm -f "$log"
    echo "mplan: the release build failed (output above)" >&2
    return 1
  fi
  rm -f "$log"
  echo "$root/.build/release/mplan"
}
