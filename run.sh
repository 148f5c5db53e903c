#!/usr/bin/env bash
# Starts the whole system locally: Azurite (data kept in .data/azurite, or $AZURITE_DATA) and the local host at
# http://127.0.0.1:7071 (LocalHost__Port) with the local mail outbox and the local sign-in. Ctrl-C stops both,
# the host first (within 10 s, else it is killed), then Azurite if this script started it.
set -euo pipefail
cd "$(dirname "$0")"
source .ci/local-services.sh

need_command dotnet "Install the .NET 10 SDK."
ensure_node_packages

host_pid=""

# The host first, while Azurite is still there for its shutdown; then Azurite, if this script started it.
stop_all() {
  stop_process "$host_pid" 10 "The local host"
  host_pid=""
  stop_azurite
}

# A second Ctrl-C is ignored: cutting the shutdown short would leave the host or Azurite running.
on_signal() {
  trap '' INT TERM
  echo "Stopping the local host and Azurite..."
  stop_all
  exit 130
}

trap stop_all EXIT
trap on_signal INT TERM

start_azurite "${AZURITE_DATA:-$repo_root/.data/azurite}"

echo "Building the local host..."
dotnet build functions/LocalHost/LocalHost.csproj -c Release -nologo -v quiet -clp:ErrorsOnly
port="${LocalHost__Port:-7071}"
echo "Starting the local host at http://127.0.0.1:$port (health: /api/health, outbox: /dev/outbox, sign-in: /dev/sign-in)"
cd functions/LocalHost/bin/Release/net10.0
# In the background, so that this script takes the Ctrl-C and decides the order of the shutdown.
dotnet Transformation.LocalHost.dll "$@" &
host_pid=$!
status=0
wait "$host_pid" || status=$?
host_pid=""
exit "$status"
