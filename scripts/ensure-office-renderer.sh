#!/bin/sh
# Installs what the exports rendered by LibreOffice need when it is missing (TAVLA_RENDER_OFFICE=1:
# tests/server/export/slidesRendered.test.ts, xlsxRendered.test.ts): LibreOffice Impress to turn a
# .pptx into a PDF and Calc to draw an .xlsx's cells in their formats (soffice --convert-to), poppler's
# pdftotext to read where each word landed, and Carlito, the font with Calibri's metrics, so the
# slides wrap as PowerPoint wraps them in Calibri (PPT2). Idempotent; about 180 MB from the Debian
# mirror the first time. Off in CI: `npm test` does not call it.
set -e
here="$(dirname "$0")"
sh "$here/ensure-debian-package.sh" soffice libreoffice-impress
sh "$here/ensure-debian-package.sh" /usr/lib/libreoffice/program/libsclo.so libreoffice-calc
sh "$here/ensure-debian-package.sh" pdftotext poppler-utils
sh "$here/ensure-debian-package.sh" /usr/share/fonts/truetype/crosextra/Carlito-Regular.ttf fonts-crosextra-carlito
