#!/bin/sh
# Installs every Debian 12 package Parcours needs to build, test and run (see TOOLCHAIN notes
# in docs/ARCHITECTURE.md). Runs as root or through sudo.
set -e
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO=sudo
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y --no-install-recommends \
    build-essential cmake ninja-build ccache \
    qt6-base-dev libqt6opengl6-dev qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools \
    qt6-l10n-tools libqt6sql6-sqlite libqt6sql6-psql qt6-translations-l10n \
    zlib1g-dev libsqlite3-dev libpng-dev xvfb xauth file poppler-utils sqlite3 fonts-dejavu-core fonts-wqy-microhei \
    lld clang-format clang-tidy desktop-file-utils appstream shared-mime-info dpkg-dev \
    qtkeychain-qt6-dev postgresql-15
# Node.js runs Mermaid's own parser in tst_mermaidformat, which is skipped, saying why, without
# it. A Node.js from elsewhere (NodeSource) conflicts with Debian's npm package: keep it.
if ! command -v npm >/dev/null 2>&1; then
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y --no-install-recommends nodejs npm \
        || echo "install-deps: Node.js not installed; the Mermaid parser check will be skipped" >&2
fi
if command -v npm >/dev/null 2>&1; then
    (cd "$(dirname "$0")/../tests/mermaid-check" && npm ci --no-audit --no-fund --loglevel=error) \
        || echo "install-deps: npm ci failed; the Mermaid parser check will be skipped" >&2
fi
