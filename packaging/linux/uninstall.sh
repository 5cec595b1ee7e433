#!/bin/sh
# Removes an installation made by install.sh. Your data is kept: tasks,
# replies, reflections, settings and backups live in your own data folder,
# never in the installation. INSTALL.md says how to remove them as well.
#
#   ~/.local/lib/quadrant/uninstall.sh                 (installed for you alone)
#   sudo /usr/local/lib/quadrant/uninstall.sh          (installed for everyone)
#
# Run from an unpacked bundle instead, it removes the installation under
# ${PREFIX:-~/.local}.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
quiet=no
[ "${1:-}" = "--quiet" ] && quiet=yes

if [ -f "$here/installed-files.txt" ]; then
  target=$here
else
  target=${PREFIX:-$HOME/.local}/lib/quadrant
fi
manifest=$target/installed-files.txt
if [ ! -f "$manifest" ]; then
  echo "uninstall.sh: no Quadrant installation found in $target" >&2
  exit 1
fi

# Only the files install.sh listed are removed, then the program folder itself;
# folders such as ~/.local/bin stay, even when empty.
while IFS= read -r file; do
  [ -n "$file" ] || continue
  rm -f "$file"
done < "$manifest"
rm -rf "$target/_internal" "$target/quadrant" "$target/uninstall.sh" "$manifest"
rmdir "$target" 2>/dev/null || true
prefix=$(dirname "$(dirname "$target")")
if command -v update-desktop-database >/dev/null 2>&1; then
  update-desktop-database -q "$prefix/share/applications" 2>/dev/null || true
fi

if [ "$quiet" = no ]; then
  echo "Quadrant is removed from $target."
  echo "Your data is kept, in:"
  echo "  ${XDG_DATA_HOME:-$HOME/.local/share}/Quadrant     (tasks, replies, reflections, backups)"
  echo "  ${XDG_CONFIG_HOME:-$HOME/.config}/Quadrant        (settings of this computer)"
  echo "  ${XDG_STATE_HOME:-$HOME/.local/state}/Quadrant    (logs)"
  echo "Delete those folders too if you want nothing left behind."
fi
