#!/usr/bin/env bash
# CI step for the packages (issue 17): build the .deb, check it with lintian,
# desktop-file-validate and appstreamcli, install it with apt, run the installed program
# (--self-test, --version, a demo vault), start the installed app under Xvfb + openbox and take a
# screenshot, remove the package (the demo vault must survive), and compile the Windows
# installer script with makensis against a stub payload.
#
# Run from the repository root on Debian/Ubuntu as root (CI) or with sudo. Screenshots and
# timings go to build/ci-check/. About 8 minutes on two CPUs, most of it PyInstaller and gzip.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$(pwd)
OUT="$ROOT/build/ci-check"
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"

need=()
command -v lintian >/dev/null 2>&1 || need+=(lintian)
command -v desktop-file-validate >/dev/null 2>&1 || need+=(desktop-file-utils)
command -v appstreamcli >/dev/null 2>&1 || need+=(appstream)
command -v makensis >/dev/null 2>&1 || need+=(nsis)
command -v Xvfb >/dev/null 2>&1 || need+=(xvfb)
command -v openbox >/dev/null 2>&1 || need+=(openbox)
command -v xwininfo >/dev/null 2>&1 || need+=(x11-utils)
if [ ${#need[@]} -gt 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get -o DPkg::Lock::Timeout=600 update -qq
  $SUDO apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends "${need[@]}"
fi

echo "== build the .deb"
packaging/linux/build-deb.sh
VERSION=$(dpkg-deb -f dist/fieldkit_*_amd64.deb Version)
DEB="dist/fieldkit_${VERSION}_amd64.deb"
mkdir -p "$OUT"

echo "== lintian (no errors), desktop-file-validate, appstreamcli validate"
lintian --fail-on error "$DEB"
desktop-file-validate build/deb/root/usr/share/applications/org.fieldkit.FieldKit.desktop
appstreamcli validate --no-net build/deb/root/usr/share/metainfo/org.fieldkit.FieldKit.metainfo.xml

echo "== install with apt (dependencies from the system's archive)"
export DEBIAN_FRONTEND=noninteractive
if ! $SUDO apt-get -o DPkg::Lock::Timeout=600 install -y -qq "./$DEB" >/dev/null; then
  $SUDO apt-get -o DPkg::Lock::Timeout=600 update -qq  # package lists missing or stale: the xcb libraries were not found
  $SUDO apt-get -o DPkg::Lock::Timeout=600 install -y -qq "./$DEB" >/dev/null
fi
test -L /usr/bin/fieldkit && test "$(readlink /usr/bin/fieldkit)" = /opt/fieldkit/fieldkit

# A user who never ran FieldKit: an empty home, no display.
HOME_DIR=$(mktemp -d)
cleanup() {
  for pid in ${WM_PID:-} ${XVFB_PID:-}; do kill "$pid" 2>/dev/null || true; done
  rm -rf "$HOME_DIR"
}
trap cleanup EXIT
as_user() {
  env -i HOME="$HOME_DIR" PATH=/usr/bin:/bin LANG=C.UTF-8 "$@"
}

echo "== the installed program"
as_user /usr/bin/fieldkit --self-test | tee "$OUT/self-test.json"
as_user /usr/bin/fieldkit --version
DEMO="$HOME_DIR/demo-vault"
as_user /usr/bin/fieldkit --vault "$DEMO" demo --no-gui
test -f "$DEMO/vault.json" || test -n "$(ls -A "$DEMO")"
# The packaged program is its own photo-hash worker for the duplicates search (it has no Python
# to start one with): one batch of one thumbnail that is no picture gives one 33-byte "no hash"
# answer, then a batch of none ends it.
answer=$(printf '\0\0\0\001\0\0\0\003abc\0\0\0\0' | as_user /usr/bin/fieldkit --hash-worker | wc -c)
test "$answer" -eq 33

echo "== the installed app under Xvfb: time to the unlock screen, screenshot"
DISPLAY_NUMBER=:97
Xvfb "$DISPLAY_NUMBER" -screen 0 1366x768x24 -nolisten tcp &
XVFB_PID=$!
for _ in $(seq 50); do xwininfo -display "$DISPLAY_NUMBER" -root >/dev/null 2>&1 && break; sleep 0.1; done
DISPLAY=$DISPLAY_NUMBER openbox >/dev/null 2>&1 &
WM_PID=$!
sleep 1
# The first start of a frozen build reads its libraries from disk; the later ones are what a
# user sees every day. The source install (CI's .venv) is timed the same way, for comparison.
for run in 1 2 3; do
  shot=-
  [ "$run" = 3 ] && shot="$OUT/installed-app.png"
  t=$(as_user DISPLAY="$DISPLAY_NUMBER" PYTHON="$ROOT/.venv/bin/python" \
    "$ROOT/packaging/linux/time-to-window.sh" \
    "$DISPLAY_NUMBER" "$shot" /usr/bin/fieldkit --vault "$DEMO")
  echo "installed .deb, start $run to the unlock screen: $t s" | tee -a "$OUT/timings.txt"
done
echo "screenshot of the installed app: $OUT/installed-app.png"
if [ -x "$ROOT/.venv/bin/fieldkit" ]; then
  for run in 1 2 3; do
    t=$(as_user DISPLAY="$DISPLAY_NUMBER" PYTHON="$ROOT/.venv/bin/python" \
    "$ROOT/packaging/linux/time-to-window.sh" \
      "$DISPLAY_NUMBER" - "$ROOT/.venv/bin/fieldkit" --vault "$DEMO")
    echo "source install, start $run to the unlock screen: $t s" | tee -a "$OUT/timings.txt"
  done
fi
kill "$WM_PID" "$XVFB_PID" 2>/dev/null || true
WM_PID="" XVFB_PID=""

echo "== remove the package: the vault stays"
$SUDO apt-get -o DPkg::Lock::Timeout=600 remove -y -qq fieldkit >/dev/null
test ! -e /opt/fieldkit && test ! -e /usr/bin/fieldkit
test -n "$(ls -A "$DEMO")"

echo "== makensis on the Windows installer script (stub payload)"
STUB="$ROOT/build/nsis-stub"
rm -rf "$STUB"
mkdir -p "$STUB/fieldkit/_internal"
printf 'stub\n' >"$STUB/fieldkit/fieldkit.exe"
printf 'stub\n' >"$STUB/fieldkit/FieldKitApp.exe"
printf 'stub\n' >"$STUB/fieldkit/_internal/base_library.zip"
cp LICENSE "$STUB/fieldkit/LICENSE"
makensis -V2 -WX -DVERSION="$VERSION" -DPAYLOAD="$STUB/fieldkit" \
  -DOUTFILE="$STUB/FieldKit-${VERSION}-setup.exe" "$ROOT/packaging/windows/fieldkit.nsi"
test -s "$STUB/FieldKit-${VERSION}-setup.exe"
echo "== packages: all checks passed"
