#!/usr/bin/env bash
# Accepts golden files: moves each x.received.ext over its x.approved.ext (docs/golden-files.md).
#   tests/accept-received.sh                 every received file in the repository
#   tests/accept-received.sh FILE...         only these received files
# Read each received file (diff it against its approved file) before you accept it: the approved file is the
# expected output, checked by hand.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ "$#" -gt 0 ]; then
  files=("$@")
else
  mapfile -t files < <(find . \( -name bin -o -name obj -o -name .git \) -prune -o -type f -name '*.received.*' -print | sort)
fi

if [ "${#files[@]}" -eq 0 ]; then
  echo "no received files: every golden matches"
  exit 0
fi

for received in "${files[@]}"; do
  received="${received#./}"
  case "$received" in
    *.received.*) ;;
    *) echo "not a received file: $received" >&2; exit 2 ;;
  esac
  [ -f "$received" ] || { echo "no such file: $received" >&2; exit 2; }
  name="$(basename "$received")"
  approved="$(dirname "$received")/${name%.received.*}.approved.${name##*.received.}"
  mv "$received" "$approved"
  echo "accepted $approved"
done
