#!/bin/sh
# Installs Debian's Chromium for the browser tests when it is missing (see ensure-debian-package.sh).
exec sh "$(dirname "$0")/ensure-debian-package.sh" chromium chromium
