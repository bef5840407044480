#!/usr/bin/env bash
# System packages the offline backends use: Tesseract (kor+eng), ffmpeg, Korean fonts.
# Installs them when running as root with apt; otherwise says how.
set -euo pipefail
PACKAGES="tesseract-ocr tesseract-ocr-kor tesseract-ocr-eng ffmpeg fonts-nanum ${EXTRA_APT_PACKAGES:-}"
missing=""
for pkg in $PACKAGES; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing="$missing $pkg"
done
[ -z "$missing" ] && exit 0
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
  echo "Installing system packages:$missing"
  apt-get update -qq || true
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing
else
  echo "Missing system packages:$missing" >&2
  echo "Install them with:  sudo apt-get install -y$missing" >&2
  echo "(Without Tesseract the OCR step is skipped with a warning; jobs still run.)" >&2
fi
