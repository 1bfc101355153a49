#!/usr/bin/env bash
# Packs DrcTool as a .NET tool into a folder that `dotnet tool install --add-source FOLDER` installs from, offline:
#   DrcTool.VERSION.nupkg          names the runtimes below; `dotnet tool install` fetches the one for the machine
#   DrcTool.RID.VERSION.nupkg      one per runtime: Native AOT for this machine's runtime, self-contained, trimmed
#                                  ReadyToRun for the others (Native AOT does not cross operating systems)
#   DrcTool.any.VERSION.nupkg      framework-dependent (needs the .NET 10 runtime), for every other platform
# Usage: .ci/pack-tool.sh [FOLDER] [RID...|all]
#   default: artifacts/packages, this machine's runtime and any (a few minutes: one Native AOT build)
#   all:     linux-x64 linux-arm64 osx-arm64 win-x64 any, the release set (each runtime's package takes minutes)
# Extra MSBuild arguments go in DRCTOOL_PACK_ARGS, e.g. DRCTOOL_PACK_ARGS=-p:Version=1.2.3 for a release tag v1.2.3.
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(mkdir -p "${1:-artifacts/packages}" && cd "${1:-artifacts/packages}" && pwd)
shift || true
machine=$(dotnet --info | awk '/^ *RID:/ { print $2; exit }')
rids=("$@")
if [ "${#rids[@]}" -eq 0 ]; then
  rids=("$machine" any)
elif [ "${rids[*]}" = all ]; then
  rids=(linux-x64 linux-arm64 osx-arm64 win-x64 any)
fi
project=src/DrcTool.Cli/DrcTool.Cli.csproj
# Native AOT links with the C toolchain (on Linux clang or gcc); without one, this machine's package is self-contained.
machine_args=()
if [ "$(uname -s)" = Linux ] && ! command -v clang >/dev/null 2>&1 && ! command -v gcc >/dev/null 2>&1; then
  echo "no C compiler (clang or gcc): packing $machine self-contained, not Native AOT" >&2
  machine_args=(-p:PublishAot=false)
fi
# The DrcTool package names exactly the runtimes packed here. The quotes keep the list one property value: an
# escaped %3B would stay inside one list item, and the package would name a single runtime "linux-x64;any".
rid_list=$(IFS=';'; echo "${rids[*]}")
read -r -a extra <<< "${DRCTOOL_PACK_ARGS:-}"
common=(-c Release -o "$out" "-p:ToolPackageRuntimeIdentifiers=\"$rid_list\"" "${extra[@]}")
# Each package is packed from everything in its publish folder: a fresh one per runtime, so no file left there by an
# earlier publish (a drctool.dbg, an old pdb) ends up in a package.
publish=$(mktemp -d)
trap 'rm -rf "$publish"' EXIT

# The runtimes' packs share the project's obj folder (each restores it for its runtime), so they run one at a time.
dotnet pack "$project" "${common[@]}" "-p:PublishDir=$publish/pointer/"
for rid in "${rids[@]}"; do
  echo "packing $rid"
  if [ "$rid" = "$machine" ]; then
    dotnet pack "$project" -r "$rid" "${common[@]}" "-p:PublishDir=$publish/$rid/" "${machine_args[@]}"
  else
    dotnet pack "$project" -r "$rid" "${common[@]}" "-p:PublishDir=$publish/$rid/"
  fi
done
ls -l "$out"/DrcTool.*nupkg
