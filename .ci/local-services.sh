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
  local bin="$repo_root/node_modules/.bin"
  if [ ! -x "$bin/azurite" ] || [ ! -x "$bin/redocly" ] || [ "$repo_root/package-lock.json" -nt "$stamp" ]; then
    echo "Installing npm packages (Azurite, Redocly CLI)..."
    (cd "$repo_root" && npm ci --no-audit --no-fund --loglevel=error)
  fi
}

port_open() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null && exec 3>&- 3<&-
}

azurite_pid=""
# Azurite's default ports, which UseDevelopmentStorage=true points at. Other ones run a separate instance (the
# caller then sets Storage__ConnectionString to match, and AZURITE_ACCOUNTS for its account and key).
azurite_ports=("${AZURITE_BLOB_PORT:-10000}" "${AZURITE_QUEUE_PORT:-10001}" "${AZURITE_TABLE_PORT:-10002}")

azurite_listening() {
  port_open "${azurite_ports[0]}" && port_open "${azurite_ports[1]}" && port_open "${azurite_ports[2]}"
}

# Starts Azurite with its data in $1, unless one already listens on its ports (then that one is used and left
# running). No --debug log: it grows by gigabytes a day under the tests and the local host, and costs Azurite's one
# core the time it spends writing it. Azurite gets a session of its own: a Ctrl-C in the terminal goes to the
# foreground process group only, so it cannot stop Azurite before the local host, which still needs it while it
# shuts down.
start_azurite() {
  local data="$1" where="127.0.0.1:${azurite_ports[0]}-${azurite_ports[2]}"
  if azurite_listening; then
    echo "Azurite is already running on $where; using it."
    return 0
  fi
  mkdir -p "$data"
  local detach=()
  command -v setsid >/dev/null 2>&1 && detach=(setsid)
  "${detach[@]}" "$repo_root/node_modules/.bin/azurite" --silent --location "$data" \
    --blobHost 127.0.0.1 --queueHost 127.0.0.1 --tableHost 127.0.0.1 --skipApiVersionCheck --loose \
    --blobPort "${azurite_ports[0]}" --queuePort "${azurite_ports[1]}" --tablePort "${azurite_ports[2]}" \
    >"$data/azurite.out" 2>&1 </dev/null &
  azurite_pid=$!
  for _ in $(seq 1 100); do
    if azurite_listening; then
      echo "Azurite started on $where (data in ${data#"$repo_root"/})."
      return 0
    fi
    sleep 0.2
  done
  echo "error: Azurite did not start; see $data/azurite.out" >&2
  exit 1
}

# Stops the Azurite this shell started (none when an existing one was used): SIGTERM, then SIGKILL after 5 s.
stop_azurite() {
  stop_process "$azurite_pid" 5 Azurite
  azurite_pid=""
}

# stop_process <pid> <seconds> <name>: SIGTERM, wait up to <seconds>, then SIGKILL; reaps the child.
stop_process() {
  local pid="$1" seconds="$2" name="$3"
  [ -n "$pid" ] || return 0
  if kill -0 "$pid" 2>/dev/null; then
    kill -TERM "$pid" 2>/dev/null || true
    local tries=$((seconds * 5))
    while [ "$tries" -gt 0 ] && kill -0 "$pid" 2>/dev/null && ! is_zombie "$pid"; do
      sleep 0.2
      tries=$((tries - 1))
    done
    if kill -0 "$pid" 2>/dev/null && ! is_zombie "$pid"; then
      echo "$name did not stop within $seconds s; killing it." >&2
      kill -KILL "$pid" 2>/dev/null || true
    fi
  fi
  wait "$pid" 2>/dev/null || true
}

# An exited child that was not reaped yet still answers kill -0.
is_zombie() {
  local state
  if [ -r "/proc/$1/stat" ]; then
    state="$(sed 's/.*) //' "/proc/$1/stat" 2>/dev/null | cut -c1)"
  else
    state="$(ps -o stat= -p "$1" 2>/dev/null | cut -c1)"
  fi
  [ "$state" = "Z" ]
}
