#!/bin/sh
# Installs what the rendered-slides test (TAVLA_RENDER_SLIDES=1, tests/server/export/slidesRendered.test.ts)
# needs when it is missing: LibreOffice Impress to turn a .pptx into a PDF (soffice --convert-to pdf),
# poppler's pdftotext to read where each word landed, and Carlito, the font with Calibri's metrics,
# so the slides wrap as PowerPoint wraps them in Calibri (PPT2). Idempotent; about 160 MB from the
# Debian mirror the first time. Off in CI: `npm test` does not call it.
set -e
here="$(dirname "$0")"
sh "$here/ensure-debian-package.sh" soffice libreoffice-impress
sh "$here/ensure-debian-package.sh" pdftotext poppler-utils
if ! fc-match Calibri | grep -q Carlito; then
  if [ "$(id -u)" != "0" ]; then
    echo "ensure-slide-renderer: no font with Calibri's metrics; run this script as root to install fonts-crosextra-carlito" >&2
    exit 1
  fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  apt-get install -y -qq --no-install-recommends fonts-crosextra-carlito >/dev/null
  fc-match Calibri | grep -q Carlito
fi
