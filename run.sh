#!/usr/bin/env bash
# Starts the whole system locally: Azurite (data kept in .data/azurite) and the local host at
# http://127.0.0.1:7071 with the local mail outbox and the local sign-in. Ctrl-C stops both.
set -euo pipefail
cd "$(dirname "$0")"
source .ci/local-services.sh

need_command dotnet "Install the .NET 10 SDK."
ensure_node_packages
start_azurite "$repo_root/.data/azurite"
trap stop_azurite EXIT INT TERM

echo "Building the local host..."
dotnet build functions/LocalHost/LocalHost.csproj -c Release -nologo -v quiet -clp:ErrorsOnly
echo "Starting the local host at http://127.0.0.1:7071 (health: /api/health, outbox: /dev/outbox, sign-in: /dev/sign-in)"
cd functions/LocalHost/bin/Release/net10.0
dotnet Transformation.LocalHost.dll "$@"
