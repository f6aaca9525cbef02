# Sourced by scripts/run-app and scripts/run-tests: make sure the machine and the virtual
# environment have what Civic Tracker needs, installing only what is missing.
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="${CIVIC_TRACKER_VENV:-$REPO/.venv}"

# Debian packages Qt needs on a bare machine, and fonts for Korean and Chinese text and the attachment mark (📎).
SYSTEM_PACKAGES=(libgl1 libegl1 libxkbcommon0 libxkbcommon-x11-0 libglib2.0-0 libfontconfig1 libdbus-1-3
  libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 fonts-noto-cjk fonts-noto-color-emoji)

# The packages of "$@" that are not installed (all of them on a machine without dpkg-query: none).
missing_system_packages() {
  command -v dpkg-query >/dev/null 2>&1 || return 0 # not Debian: trust the user's system
  local pkg
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || echo "$pkg"
  done
}

# Install those of "$@" that are missing, and only those: an installed package is never reinstalled or
# upgraded by the bootstrap.
install_system_packages() {
  local missing
  mapfile -t missing < <(missing_system_packages "$@")
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing missing system packages: ${missing[*]}" >&2
    if [ -z "${CIVIC_APT_UPDATED:-}" ]; then
      apt-get update -qq >&2
      export CIVIC_APT_UPDATED=1
    fi
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends --no-upgrade "${missing[@]}" >&2
  else
    echo "Some system packages are missing; if Qt fails to start, run:" >&2
    echo "  sudo apt-get install ${missing[*]}" >&2
  fi
}

find_python() {
  local candidate
  for candidate in python3.13 python3.12 python3.11 python3; do
    if command -v "$candidate" >/dev/null 2>&1 &&
      "$candidate" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)' 2>/dev/null; then
      echo "$candidate"
      return 0
    fi
  done
  echo "Civic Tracker needs Python 3.11 or newer; install python3 (and python3-venv) first." >&2
  return 1
}

# PYTHON's pip with ARGS, its output on stderr, without the line per package that a machine-wide pip.conf
# naming a missing local index adds (hundreds of them on CI, hiding what matters in its log).
quiet_pip() {
  local python="$1"
  shift
  "$python" -m pip "$@" 2>&1 |
    { grep --line-buffered -v "is ignored: it is neither a file nor a directory" || true; } >&2
}

ensure_venv() {
  local extras="$1" stamp
  if [ ! -x "$VENV/bin/python" ]; then
    if ! "$(find_python)" -m venv "$VENV" 2>/dev/null; then
      install_system_packages python3-venv
      "$(find_python)" -m venv "$VENV"
    fi
    quiet_pip "$VENV/bin/python" install -q --upgrade pip
  fi
  stamp="$VENV/.civic-tracker-installed-$extras"
  if [ ! -f "$stamp" ] || [ "$REPO/pyproject.toml" -nt "$stamp" ]; then
    echo "Installing Civic Tracker and its Python dependencies into $VENV" >&2
    if [ "$extras" = "test" ]; then
      quiet_pip "$VENV/bin/python" install -q -e "$REPO[test]"
    else
      quiet_pip "$VENV/bin/python" install -q -e "$REPO"
    fi
    touch "$stamp"
  fi
}
