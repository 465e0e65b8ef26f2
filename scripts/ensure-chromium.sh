#!/bin/sh
# Installs Debian's Chromium for the browser tests when it is missing.
# Idempotent and quiet: does nothing when chromium is already on PATH.
set -e
if command -v chromium >/dev/null 2>&1; then
  exit 0
fi
if [ "$(id -u)" != "0" ]; then
  echo "ensure-chromium: chromium is missing; run this script as root to install it" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >/dev/null
apt-get install -y -qq --no-install-recommends chromium >/dev/null
command -v chromium >/dev/null
