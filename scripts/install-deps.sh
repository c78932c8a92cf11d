#!/usr/bin/env bash
# Installs what building and testing TripDesk needs on Debian 12 / Ubuntu 24.04, skipping what
# is already there. Safe to run repeatedly.
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config python3
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-translations-l10n libqt6sql6-sqlite libgl1-mesa-dev libxkbcommon-dev
  libgtest-dev libbenchmark-dev
  libqt6svg6 fonts-dejavu-core fonts-noto-core
  qt6-httpserver-dev qt6-websockets-dev qtkeychain-qt6-dev libsecret-1-0 gnome-keyring dbus-daemon libsecret-tools
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then
  sudo="sudo"
fi
echo "Installing: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -q
$sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
