# Shared by ./run.sh, ./test.sh and CI: installs what the repo needs and starts Azurite.
# Sourced, not run. Safe to call again: what is installed or running is left as it is.

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

need_command() {
  if ! command -v "$1" >/dev/null 2>&1; then
    echo "error: '$1' is not installed. $2" >&2
    exit 1
  fi
}

# Debian packages, installed only when missing (the machines run as root; elsewhere sudo is used).
ensure_debian_packages() {
  local missing=()
  for package in "$@"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "Installing Debian packages: ${missing[*]}"
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

ensure_node_packages() {
  need_command node "Install Node.js 20 or later."
  need_command npm "Install npm."
  local stamp="$repo_root/node_modules/.package-lock.json"
  if [ ! -x "$repo_root/node_modules/.bin/azurite" ] || [ "$repo_root/package-lock.json" -nt "$stamp" ]; then
    echo "Installing npm packages (Azurite)..."
    (cd "$repo_root" && npm ci --no-audit --no-fund --loglevel=error)
  fi
}

port_open() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null && exec 3>&- 3<&-
}

azurite_pid=""

# Starts Azurite on its default ports with its data in $1, unless one already listens there.
start_azurite() {
  local data="$1"
  if port_open 10000 && port_open 10001 && port_open 10002; then
    echo "Azurite is already running on 127.0.0.1:10000-10002; using it."
    return 0
  fi
  mkdir -p "$data"
  "$repo_root/node_modules/.bin/azurite" --silent --location "$data" --debug "$data/debug.log" \
    --blobHost 127.0.0.1 --queueHost 127.0.0.1 --tableHost 127.0.0.1 --skipApiVersionCheck --loose \
    >"$data/azurite.out" 2>&1 &
  azurite_pid=$!
  for _ in $(seq 1 100); do
    if port_open 10000 && port_open 10001 && port_open 10002; then
      echo "Azurite started (data in ${data#"$repo_root"/})."
      return 0
    fi
    sleep 0.2
  done
  echo "error: Azurite did not start; see $data/azurite.out" >&2
  exit 1
}

stop_azurite() {
  if [ -n "$azurite_pid" ] && kill -0 "$azurite_pid" 2>/dev/null; then
    kill "$azurite_pid" 2>/dev/null || true
    wait "$azurite_pid" 2>/dev/null || true
  fi
}
