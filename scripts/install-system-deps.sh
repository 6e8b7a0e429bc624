#!/usr/bin/env bash
# Debian packages the tests need: Chromium for the browser tests, poppler-utils to read PDFs back as text and images,
# LibreOffice's Writer and Calc to convert the exported Word documents and workbooks to PDF.
set -euo pipefail
need=()
# Without recommends: Writer, Calc and the headless converter only.
need_bare=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
# openssl: the sign-off tests make a throwaway signing certificate with it.
command -v openssl >/dev/null 2>&1 || need+=(openssl)
command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)
# A CJK font so the browser screenshots show Chinese, not empty boxes.
fc-list 2>/dev/null | grep -qi "Noto Sans CJK" || need+=(fonts-noto-cjk)
# Checked per package: Writer alone gives a soffice that cannot convert a workbook.
for pkg in libreoffice-writer-nogui libreoffice-calc-nogui; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || need_bare+=("$pkg")
done
if [ ${#need[@]} -gt 0 ] || [ ${#need_bare[@]} -gt 0 ]; then
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  [ ${#need[@]} -eq 0 ] || DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}"
  [ ${#need_bare[@]} -eq 0 ] || DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need_bare[@]}"
fi
echo "系统依赖已就绪：$(chromium --version 2>/dev/null | head -1)；$(pdftotext -v 2>&1 | head -1)；$(soffice --version 2>/dev/null | head -1)"
