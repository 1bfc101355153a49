#!/usr/bin/env bash
# Packs DrcTool as a .NET tool into a folder that `dotnet tool install --add-source FOLDER` installs from, offline:
#   DrcTool.VERSION.nupkg          names the runtimes below; `dotnet tool install` fetches the one for the machine
#   DrcTool.RID.VERSION.nupkg      one per runtime: Native AOT for this machine's runtime, self-contained elsewhere
#   DrcTool.any.VERSION.nupkg      framework-dependent (needs the .NET 10 runtime), for every other platform
# Usage: .ci/pack-tool.sh [FOLDER] [RID...]   (default: artifacts/packages; linux-x64 linux-arm64 osx-arm64 win-x64 any)
# Extra MSBuild arguments go in DRCTOOL_PACK_ARGS, e.g. DRCTOOL_PACK_ARGS=-p:Version=1.2.3 for a release tag v1.2.3.
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(mkdir -p "${1:-artifacts/packages}" && cd "${1:-artifacts/packages}" && pwd)
shift || true
rids=("$@")
[ "${#rids[@]}" -gt 0 ] || rids=(linux-x64 linux-arm64 osx-arm64 win-x64 any)
project=src/DrcTool.Cli/DrcTool.Cli.csproj
# MSBuild reads %3B as the list separator inside one -p value.
rid_list=$(IFS=';'; echo "${rids[*]}" | sed 's/;/%3B/g')
read -r -a extra <<< "${DRCTOOL_PACK_ARGS:-}"
common=(-c Release -o "$out" "-p:ToolPackageRuntimeIdentifiers=$rid_list" "${extra[@]}")

# The runtimes' packs share the project's obj folder (each restores it for its runtime), so they run one at a time.
dotnet pack "$project" "${common[@]}"
for rid in "${rids[@]}"; do
  echo "packing $rid"
  dotnet pack "$project" -r "$rid" "${common[@]}"
done
ls -l "$out"/DrcTool.*nupkg
