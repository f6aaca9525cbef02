#!/bin/sh
# Write FOLDER/Packages, the index that makes a folder of .deb files a Debian repository apt reads
# (deb [trusted=yes] file:FOLDER ./), as the offline bundle's install.sh does.
#   packaging/linux/index-debs.sh FOLDER
set -eu
folder="$1"
for deb in "$folder"/*.deb; do
  [ -e "$deb" ] || continue
  dpkg-deb -f "$deb"
  echo "Filename: ./$(basename "$deb")"
  echo "Size: $(stat -c %s "$deb")"
  echo "SHA256: $(sha256sum "$deb" | cut -d' ' -f1)"
  echo
done >"$folder/Packages"
