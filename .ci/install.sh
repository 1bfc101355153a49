#!/usr/bin/env bash
# Installs what the build and tests need on a fresh machine. Idempotent: skips what is already there.
set -euo pipefail
if ! command -v dotnet >/dev/null 2>&1; then
  echo "dotnet SDK not found: this project needs the .NET 10 SDK on PATH" >&2
  exit 1
fi
