#!/bin/sh
# Install Civic Tracker on a Debian machine with no network: run as root from this folder,
#   sudo ./install.sh
# debs/ is a small Debian repository (the Debian packages Civic Tracker needs that a base Debian lacks, with
# their index, Packages). apt resolves the package against that repository and what is installed, and
# nothing else: no other package source and no network is used. apt installs what is missing, upgrades an
# installed package only where a dependency asks for a newer version, and never removes a package
# (--no-remove: it stops instead, saying why). CIVIC_TRACKER_SIMULATE=1 shows what it would do.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
app=$(ls "$here"/civic-tracker_*.deb 2>/dev/null | head -n 1)
if [ -z "$app" ]; then
  echo "No civic-tracker_*.deb next to install.sh" >&2
  exit 1
fi
simulate=""
if [ "${CIVIC_TRACKER_SIMULATE:-}" = 1 ]; then
  simulate="--simulate"
elif [ "$(id -u)" -ne 0 ]; then
  echo "Run as root: sudo $0" >&2
  exit 1
fi
if ! command -v apt-get >/dev/null 2>&1; then
  # shellcheck disable=SC2086
  exec dpkg -i $simulate "$here"/debs/*.deb "$app"
fi
state=$(mktemp -d)
trap 'rm -rf "$state"' EXIT
mkdir -p "$state/lists/partial" "$state/cache/archives/partial"
echo "deb [trusted=yes] file:$here/debs ./" >"$state/sources.list"
set -- -o Dir::Etc::SourceList="$state/sources.list" -o Dir::Etc::SourceParts=/dev/null \
  -o Dir::State::Lists="$state/lists" -o Dir::Cache="$state/cache" -o APT::Get::List-Cleanup=false
apt-get "$@" update -qq
# shellcheck disable=SC2086
DEBIAN_FRONTEND=noninteractive apt-get "$@" install -y $simulate --no-remove --no-install-recommends "$app"
[ -n "$simulate" ] || echo "Civic Tracker is installed: start it from the desktop menu, or run: civic-tracker --help"
