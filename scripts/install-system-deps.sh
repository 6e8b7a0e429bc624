#!/usr/bin/env bash
# Debian packages the tests need: Chromium for the browser tests, poppler-utils to read PDFs back as text and images.
set -euo pipefail
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
# openssl: the sign-off tests make a throwaway signing certificate with it.
command -v openssl >/dev/null 2>&1 || need+=(openssl)
command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)
# A CJK font so the browser screenshots show Chinese, not empty boxes.
fc-list 2>/dev/null | grep -qi "Noto Sans CJK" || need+=(fonts-noto-cjk)
if [ ${#need[@]} -gt 0 ]; then
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}"
fi
echo "系统依赖已就绪：$(chromium --version 2>/dev/null | head -1)；$(pdftotext -v 2>&1 | head -1)"
