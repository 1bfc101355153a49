#!/usr/bin/env bash
# Installs what the build and tests need on a fresh machine. Idempotent: skips what is already there.
# Nothing here is needed by DrcTool itself: these are the oracles and viewers the tests compare against, and the C
# toolchain the Native AOT build links with.
#   kicad-cli (KiCad 9, bookworm-backports): KiCad's own netlist and pcbnew, for the differential tests
#   soffice (LibreOffice Calc): opens the workbook and prints it to PDF
#   chromium: renders the HTML report headless for a screenshot
#   pdftoppm (poppler-utils): turns the workbook's PDF into page images
# A package that cannot be installed is not fatal: the tests that need it skip, saying why.
set -euo pipefail
if ! command -v dotnet >/dev/null 2>&1; then
  echo "dotnet SDK not found: this project needs the .NET 10 SDK on PATH" >&2
  exit 1
fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "apt-get not found; install kicad-cli 9, LibreOffice, Chromium and poppler-utils yourself to run every test" >&2
  exit 0
fi

sudo_cmd=""
if [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null 2>&1; then sudo_cmd="sudo -n"; fi
export DEBIAN_FRONTEND=noninteractive

missing=()
command -v soffice >/dev/null 2>&1 || missing+=(libreoffice-calc-nogui)
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v pdftoppm >/dev/null 2>&1 || missing+=(poppler-utils)
# Native AOT (.ci/build-aot.sh) links with the platform's C toolchain.
command -v clang >/dev/null 2>&1 || command -v gcc >/dev/null 2>&1 || missing+=(clang)
need_kicad=0
if ! command -v kicad-cli >/dev/null 2>&1 || ! kicad-cli --version 2>/dev/null | grep -q '^9\.'; then need_kicad=1; fi
[ -d /usr/share/kicad/demos/video ] || need_kicad=1

if [ "$need_kicad" -eq 1 ] && [ -f /etc/apt/sources.list.d/debian.sources ]; then
  # KiCad 9 is served by bookworm-backports only.
  $sudo_cmd sed -i 's/^Suites: bookworm bookworm-updates$/& bookworm-backports/' /etc/apt/sources.list.d/debian.sources || true
fi

if [ "${#missing[@]}" -gt 0 ] || [ "$need_kicad" -eq 1 ]; then
  $sudo_cmd apt-get update </dev/null || echo "apt-get update failed" >&2
fi
if [ "${#missing[@]}" -gt 0 ]; then
  $sudo_cmd apt-get install -y --no-install-recommends "${missing[@]}" </dev/null \
    || echo "could not install ${missing[*]}; the tests that need them will be skipped" >&2
fi
if [ "$need_kicad" -eq 1 ]; then
  $sudo_cmd apt-get install -y -t bookworm-backports --no-install-recommends kicad kicad-demos </dev/null \
    || echo "could not install KiCad 9 from bookworm-backports; the kicad-cli comparisons will be skipped" >&2
fi
for tool in kicad-cli soffice chromium pdftoppm; do
  echo "$tool: $(command -v "$tool" || echo 'absent')"
done
