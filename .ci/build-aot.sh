#!/usr/bin/env bash
# Builds drctool as one Native AOT executable for this machine's runtime into FOLDER (default artifacts/aot): no .NET
# runtime is needed to run it, only the C library. The Dockerfile's build stage runs this script, and so does .ci/run,
# whose CLI and report tests then run against the executable (DRCTOOL_CLI). Needs the .NET 10 SDK and a C toolchain
# (clang or gcc) for the native link.
# Usage: .ci/build-aot.sh [FOLDER]   Extra MSBuild arguments go in DRCTOOL_PUBLISH_ARGS (e.g. -p:Version=1.2.3).
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-artifacts/aot}
read -r -a extra <<< "${DRCTOOL_PUBLISH_ARGS:-}"
dotnet publish src/DrcTool.Cli/DrcTool.Cli.csproj -c Release --use-current-runtime -o "$out" "${extra[@]}"
# The native debug symbols (drctool.dbg, ~80 MB) and the libraries' pdbs are not part of the tool.
rm -f "$out"/*.dbg "$out"/*.pdb
"$out/drctool" --version
