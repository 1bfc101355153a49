#!/usr/bin/env bash
# Installs what the build and tests need on a fresh machine. Idempotent: skips what is already there.
set -euo pipefail
if ! command -v dotnet >/dev/null 2>&1; then
  echo "dotnet SDK not found: this project needs the .NET 10 SDK on PATH" >&2
  exit 1
fi

# LibreOffice Calc, headless: the reporting tests open the Excel workbook with it and convert it to CSV.
# Debian's libreoffice-calc-nogui is the smallest package that brings soffice. Runs unattended (no stdin, no prompts).
if ! command -v soffice >/dev/null 2>&1; then
  if command -v apt-get >/dev/null 2>&1; then
    sudo_cmd=""
    if [ "$(id -u)" -ne 0 ]; then
      if command -v sudo >/dev/null 2>&1; then sudo_cmd="sudo -n"; fi
    fi
    export DEBIAN_FRONTEND=noninteractive
    if $sudo_cmd apt-get update </dev/null \
      && $sudo_cmd apt-get install -y --no-install-recommends libreoffice-calc-nogui </dev/null; then
      echo "installed LibreOffice: $(command -v soffice || echo 'soffice not on PATH')"
    else
      # Not fatal: the LibreOffice test skips, saying why, when soffice is absent.
      echo "could not install libreoffice-calc-nogui; the LibreOffice round-trip test will be skipped" >&2
    fi
  else
    echo "apt-get not found; install LibreOffice (soffice) yourself to run the LibreOffice round-trip test" >&2
  fi
fi
