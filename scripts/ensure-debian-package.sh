#!/bin/sh
# Installs the Debian package a test needs when its command is missing:
#   ensure-debian-package.sh <command> <package>   e.g. chromium chromium, pdftotext poppler-utils
# Idempotent and quiet: does nothing when the command is already on PATH.
set -e
command_name="$1"
package="$2"
if command -v "$command_name" >/dev/null 2>&1; then
  exit 0
fi
if [ "$(id -u)" != "0" ]; then
  echo "ensure-debian-package: $command_name is missing; run this script as root to install $package" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >/dev/null
apt-get install -y -qq --no-install-recommends "$package" >/dev/null
command -v "$command_name" >/dev/null
