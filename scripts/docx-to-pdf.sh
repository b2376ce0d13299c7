#!/usr/bin/env bash
# Convert a .docx to PDF with LibreOffice, to check that an exported document opens and prints.
# usage: scripts/docx-to-pdf.sh FILE.docx [OUTDIR]   -> prints the PDF path
set -euo pipefail

in=${1:-}
if [ -z "$in" ] || [ ! -f "$in" ]; then
  echo "usage: $0 FILE.docx [OUTDIR]  (file not found: '${in}')" >&2
  exit 64
fi
out=${2:-$(dirname "$in")}
mkdir -p "$out"

bin=$(command -v soffice || command -v libreoffice || true)
if [ -z "$bin" ]; then
  echo "LibreOffice is missing (no soffice/libreoffice on PATH): apt-get install -y libreoffice-writer-nogui" >&2
  exit 127
fi

# A private profile: a LibreOffice already open for the user would otherwise swallow the
# conversion request, and parallel test runs would lock each other's profile.
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
"$bin" -env:UserInstallation="file://$profile" --headless --convert-to pdf --outdir "$out" "$in" >/dev/null 2>&1 || true

pdf="$out/$(basename "${in%.*}").pdf"
if [ ! -s "$pdf" ]; then
  echo "LibreOffice could not convert $in" >&2
  exit 1
fi
echo "$pdf"
