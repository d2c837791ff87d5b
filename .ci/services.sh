#!/usr/bin/env bash
# Installs the services the tests start themselves and pip cannot provide: Virtuoso (Debian's
# virtuoso-opensource-7-bin: virtuoso-t and isql-vt). The tests start and stop it (tests/servers.py);
# the Oxigraph server comes with the `oxigraph` Python package.
#
# Idempotent: does nothing when Virtuoso is installed. Runs `apt-get update` only when the
# package lists do not know the package yet. Without apt-get it says so and exits 0: the
# Virtuoso tests are then skipped outside CI and fail under CI.
set -euo pipefail

PACKAGE=virtuoso-opensource-7-bin

if command -v virtuoso-t >/dev/null 2>&1 && command -v isql-vt >/dev/null 2>&1; then
    echo "services: Virtuoso already installed ($(command -v virtuoso-t))"
    exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
    echo "services: apt-get not available; install $PACKAGE by hand to run the Virtuoso tests" >&2
    exit 0
fi

SUDO=()
if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then
        SUDO=(sudo -n)
    else
        echo "services: not root and no sudo; cannot install $PACKAGE" >&2
        exit 1
    fi
fi

export DEBIAN_FRONTEND=noninteractive
# The metapackage virtuoso-opensource asks debconf questions; the -bin package does not.
if ! apt-cache policy "$PACKAGE" 2>/dev/null | grep -q 'Candidate: [0-9]'; then
    echo "services: apt-get update (the package lists do not know $PACKAGE yet)"
    "${SUDO[@]}" apt-get update -qq
fi
echo "services: installing $PACKAGE"
"${SUDO[@]}" apt-get install -y -qq --no-install-recommends "$PACKAGE" >/dev/null
command -v virtuoso-t >/dev/null && command -v isql-vt >/dev/null
echo "services: Virtuoso installed ($(command -v virtuoso-t))"
