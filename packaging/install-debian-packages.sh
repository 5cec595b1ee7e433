#!/usr/bin/env bash
# Installs the Debian packages in debian-packages.txt that are missing.
# As root it runs apt-get; otherwise it prints the exact line to run, and the
# tests that need the missing tools skip, saying so. Always exits 0.
set -u
here=$(cd "$(dirname "$0")" && pwd)
missing=()
while read -r package; do
  case "$package" in ''|'#'*) continue ;; esac
  status=$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null)
  [ "$status" = "install ok installed" ] || missing+=("$package")
done < "$here/debian-packages.txt"
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "Installing Debian packages: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null && apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null \
    || echo "apt-get could not install: ${missing[*]} (the tests that need them will skip)"
else
  echo "Missing Debian packages; the tests that need them will skip. To install them:"
  echo "  sudo apt-get install ${missing[*]}"
fi
exit 0
