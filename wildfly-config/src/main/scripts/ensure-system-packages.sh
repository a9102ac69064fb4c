#!/bin/sh
# Makes sure the machine has what the build and the hub need beyond a JDK and Maven:
# Tesseract 5 with English and Korean models (document OCR, at run time and in tests) and the
# OCR-B and Nanum fonts (the synthetic document generator of the tests). Run by the root pom at
# the start of every build; skip with -Dkyc.skipSystemPackages.
#  - Debian/Ubuntu: installs what is missing with apt-get when run as root (or with sudo -n);
#  - otherwise: says exactly what to install and stops the build.
set -eu
pkgs="tesseract-ocr tesseract-ocr-eng tesseract-ocr-kor fonts-ocr-b fonts-nanum"

if command -v dpkg >/dev/null 2>&1; then
  missing=""
  for p in $pkgs; do
    dpkg -s "$p" >/dev/null 2>&1 || missing="$missing $p"
  done
  [ -z "$missing" ] && exit 0
  echo "ensure-system-packages: installing$missing"
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing >/dev/null
  elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    sudo -n apt-get update -qq && sudo -n env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing >/dev/null
  else
    echo "ensure-system-packages: please run: sudo apt-get install$missing" >&2
    exit 1
  fi
  exit 0
fi

if command -v tesseract >/dev/null 2>&1; then
  exit 0
fi
echo "ensure-system-packages: Tesseract 5 with the eng and kor models is needed (macOS: brew install tesseract tesseract-lang)" >&2
exit 1
