#!/bin/sh
# Installs Quadrant from this unpacked bundle and adds it to the application menu.
#
#   ./install.sh                       for you alone, under ~/.local (no root needed)
#   sudo PREFIX=/usr/local ./install.sh   for everyone on this computer
#
# The program goes to $PREFIX/lib/quadrant, the command to $PREFIX/bin/quadrant,
# the menu entry, icons and AppStream data to $PREFIX/share. Every file written
# is listed in $PREFIX/lib/quadrant/installed-files.txt, which uninstall.sh reads.
# Your data is never here: it stays in your own data folder (see INSTALL.md).
set -eu

app_id=io.github.quadrant.Quadrant
here=$(cd "$(dirname "$0")" && pwd)
prefix=${PREFIX:-$HOME/.local}
target=$prefix/lib/quadrant
manifest=$target/installed-files.txt

if [ ! -x "$here/quadrant" ] || [ ! -d "$here/_internal" ]; then
  echo "install.sh: run me from the unpacked Quadrant bundle (quadrant and _internal beside me)" >&2
  exit 1
fi
case $target in
  *'"'*|*'`'*|*'$'*|*'\'*|*'%'*)
    echo "install.sh: cannot install into a folder whose name has \" \` \$ \\ or % in it: $target" >&2
    exit 1 ;;
esac

# An earlier installation is replaced, not mixed with this one.
if [ -f "$manifest" ]; then
  PREFIX=$prefix "$here/uninstall.sh" --quiet
fi

mkdir -p "$target" "$prefix/bin" "$prefix/share/applications" "$prefix/share/metainfo"
cp -R "$here/quadrant" "$here/_internal" "$here/uninstall.sh" "$target/"
: > "$manifest"
record() { printf '%s\n' "$1" >> "$manifest"; }

ln -sf "$target/quadrant" "$prefix/bin/quadrant"
record "$prefix/bin/quadrant"

# The menu entry starts this installation by its full path, so it works even
# when $PREFIX/bin is not on the desktop session's PATH.
desktop=$prefix/share/applications/$app_id.desktop
grep -v -e '^Exec=' -e '^TryExec=' "$here/share/applications/$app_id.desktop" > "$desktop"
printf 'Exec="%s"\nTryExec=%s\n' "$target/quadrant" "$target/quadrant" >> "$desktop"
record "$desktop"

cp "$here/share/metainfo/$app_id.metainfo.xml" "$prefix/share/metainfo/"
record "$prefix/share/metainfo/$app_id.metainfo.xml"

for icon in "$here"/share/icons/hicolor/*/apps/*; do
  size=$(basename "$(dirname "$(dirname "$icon")")")
  mkdir -p "$prefix/share/icons/hicolor/$size/apps"
  cp "$icon" "$prefix/share/icons/hicolor/$size/apps/"
  record "$prefix/share/icons/hicolor/$size/apps/$(basename "$icon")"
done

# Tell the desktop about the new entry and icons; harmless where these tools are missing.
if command -v update-desktop-database >/dev/null 2>&1; then
  update-desktop-database -q "$prefix/share/applications" 2>/dev/null || true
fi
touch "$prefix/share/icons/hicolor" 2>/dev/null || true
if [ -f "$prefix/share/icons/hicolor/icon-theme.cache" ] && command -v gtk-update-icon-cache >/dev/null 2>&1; then
  gtk-update-icon-cache -q "$prefix/share/icons/hicolor" 2>/dev/null || true
fi

echo "Quadrant is installed in $target."
echo "Start it from your application menu, or with: $prefix/bin/quadrant"
echo "To remove it: $target/uninstall.sh (your data is kept)."
