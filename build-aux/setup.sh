# build-aux/setup.sh — shared by build-aux/run and build-aux/test.
# Installs the Debian 12 packages Mobilize needs when they are missing, then
# configures and builds with meson. Source it; do not run it.

top="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

# To build and run.
build_packages=(
  gcc libc6-dev pkg-config meson ninja-build gettext
  libglib2.0-dev libglib2.0-dev-bin libgtk-4-dev libadwaita-1-dev
  libsqlite3-dev libxlsxwriter-dev libisal-dev zlib1g-dev iso-codes
  desktop-file-utils appstream
  adwaita-icon-theme fonts-noto-core fonts-noto-cjk
)

# To run the tests as well: a virtual display, a session bus, the
# independent .xlsx reader, and LibreOffice to open the report pack as a
# user would (tests/test-report-soffice.sh; 52 packages, 263 MB, 1.5 min
# to download and install on Debian 12, 13 s of test).
test_packages=(
  xvfb xauth dbus dbus-x11 python3 python3-openpyxl sqlite3
  libreoffice-calc-nogui
)

log () { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

missing_packages () {
  local pkg status
  for pkg in "$@"; do
    status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
    [[ "$status" == "install ok installed" ]] || printf '%s\n' "$pkg"
  done
}

ensure_packages () {
  local missing
  mapfile -t missing < <(missing_packages "$@")
  [[ ${#missing[@]} -eq 0 ]] && return 0

  log "Installing missing Debian packages: ${missing[*]}"
  local sudo=()
  if [[ $(id -u) -ne 0 ]]; then
    if command -v sudo >/dev/null; then
      sudo=(sudo)
    else
      echo "Mobilize needs these packages: ${missing[*]}" >&2
      echo "Install them as root: apt-get install ${missing[*]}" >&2
      exit 1
    fi
  fi
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
}

# meson_build DIR [meson options...]
meson_build () {
  local dir="$1"; shift
  if [[ ! -f "$dir/build.ninja" ]]; then
    log "Configuring $dir"
    meson setup "$dir" "$top" "$@"
  else
    meson configure "$dir" "$@" >/dev/null
  fi
  log "Building $dir"
  ninja -C "$dir"
}
