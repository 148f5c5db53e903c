#!/usr/bin/env bash
# Runs every test: unit, integration (real Azurite, real durable engine), browser (headless Chromium)
# and the Azure template checks. Installs what they need first.
set -euo pipefail
cd "$(dirname "$0")"
source .ci/local-services.sh

need_command dotnet "Install the .NET 10 SDK."
ensure_debian_packages chromium fonts-noto-cjk
ensure_node_packages
start_azurite "$(mktemp -d -t azurite-tests.XXXXXX)"
trap stop_azurite EXIT INT TERM

dotnet build Functions.sln -c Release -nologo -v quiet -clp:ErrorsOnly

log="$(mktemp -t dotnet-test.XXXXXX)"
status=0
dotnet test Functions.sln -c Release --no-build --nologo "$@" 2>&1 | tee "$log" || status=$?

# One closing line for the whole run, summed over the test assemblies.
awk '/^(Passed|Failed)!/ {
       for (i = 1; i <= NF; i++) {
         if ($i == "Failed:")  failed  += $(i+1);
         if ($i == "Passed:")  passed  += $(i+1);
         if ($i == "Skipped:") skipped += $(i+1);
       }
     }
     END { printf "total: %d passed, %d failed, %d skipped\n", passed, failed, skipped }' "$log"
exit "$status"
