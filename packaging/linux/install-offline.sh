#!/bin/sh
# Install Civic Tracker on a Debian machine with no network: run as root from this folder,
#   sudo ./install.sh
# It installs those Debian packages in debs/ that the machine lacks (or has older), then
# civic-tracker_*.deb. Nothing is downloaded: a dependency that is neither here nor installed is named,
# and nothing is changed.
set -eu
cd "$(dirname "$0")"
if [ "$(id -u)" -ne 0 ]; then
  echo "Run as root: sudo $0" >&2
  exit 1
fi
app=$(ls ./civic-tracker_*.deb 2>/dev/null | head -n 1)
if [ -z "$app" ]; then
  echo "No civic-tracker_*.deb next to install.sh" >&2
  exit 1
fi
# The bundled packages this machine needs: not installed, or installed at an older version.
needed=""
auto=""
for deb in ./debs/*.deb; do
  [ -e "$deb" ] || continue
  pkg=$(dpkg-deb -f "$deb" Package)
  arch=$(dpkg-deb -f "$deb" Architecture)
  [ "$arch" = all ] && qualified="$pkg" || qualified="$pkg:$arch"
  have=$(dpkg-query -W -f '${Status} ${Version}' "$qualified" 2>/dev/null || true)
  case "$have" in
    "install ok installed "*)
      dpkg --compare-versions "${have##* }" ge "$(dpkg-deb -f "$deb" Version)" && continue ;;
    *) auto="$auto $qualified" ;;
  esac
  needed="$needed $deb"
done
if command -v apt-get >/dev/null 2>&1; then
  # Only the files named here and what is installed count: no package list, no network.
  # shellcheck disable=SC2086
  DEBIAN_FRONTEND=noninteractive apt-get install -y --no-download --no-install-recommends \
    -o Dir::Etc::SourceList=/dev/null -o Dir::Etc::SourceParts=/dev/null $needed "$app"
  # Dependencies installed for Civic Tracker go again with it (apt autoremove).
  # shellcheck disable=SC2086
  [ -z "$auto" ] || apt-mark auto $auto >/dev/null
else
  # shellcheck disable=SC2086
  dpkg -i $needed "$app"
fi
echo "Civic Tracker is installed: start it from the desktop menu, or run: civic-tracker --help"
