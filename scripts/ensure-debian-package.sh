#!/bin/sh
# Installs the Debian package a test needs when its command is missing:
#   ensure-debian-package.sh <command> <package>   e.g. chromium chromium, pdftotext poppler-utils
# or, for a package with no command of its own (a font, a part of LibreOffice), when its file is:
#   ensure-debian-package.sh /usr/share/fonts/truetype/crosextra/Carlito-Regular.ttf fonts-crosextra-carlito
# Idempotent and quiet: does nothing when the command is already on PATH or the file there.
set -e
command_name="$1"
package="$2"
present() {
  case "$command_name" in
    /*) [ -e "$command_name" ] ;;
    *) command -v "$command_name" >/dev/null 2>&1 ;;
  esac
}
if present; then
  exit 0
fi
if [ "$(id -u)" != "0" ]; then
  echo "ensure-debian-package: $command_name is missing; run this script as root to install $package" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >/dev/null
apt-get install -y -qq --no-install-recommends "$package" >/dev/null
present
