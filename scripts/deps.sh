#!/usr/bin/env bash
# Installs the Debian packages AuditBench needs, and only those that are missing (fast when all are there).
set -euo pipefail

PACKAGES=(
  cmake ninja-build g++ pkg-config ccache
  qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-svg-dev qt6-charts-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libgl-dev libqt6opengl6-dev
  libsimdjson-dev libssl-dev zlib1g-dev liblz4-dev libgraphviz-dev libxlsxwriter-dev
  xvfb xauth poppler-utils fonts-dejavu-core python3
  desktop-file-utils appstream groff-base shared-mime-info dpkg-dev qt6-translations-l10n
  desktop-file-utils appstream groff-base shared-mime-info dpkg-dev
  python3-jsonschema python3-regex
)

missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

echo "Installing missing packages: ${missing[*]}"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  SUDO="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
