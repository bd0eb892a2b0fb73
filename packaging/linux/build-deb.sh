#!/usr/bin/env bash
# Build dist/fieldkit_<version>_amd64.deb (SPEC §17): the PyInstaller one-folder build in
# /opt/fieldkit/, /usr/bin/fieldkit linking to /opt/fieldkit/fieldkit, a desktop entry, an icon
# set, AppStream metadata, and Depends computed by dpkg-shlibdeps from the libraries the build
# links against (X11/xcb, fontconfig, D-Bus, ...: the system's, not private copies).
#
# Run from the repository root on Debian or Ubuntu (amd64):  packaging/linux/build-deb.sh
# It installs the Debian tools it needs (apt-get; as root, or with sudo), builds in a fresh venv
# under build/ from the hashed lock packaging/requirements/build.txt (`--require-hashes`), and is
# reproducible: SOURCE_DATE_EPOCH comes from the last commit, so building twice from the same
# commit on the same system gives byte-identical packages.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$(pwd)

need=()
command -v dpkg-shlibdeps >/dev/null 2>&1 || need+=(dpkg-dev)
command -v objdump >/dev/null 2>&1 || need+=(binutils)
python3 -c "import ensurepip, venv" 2>/dev/null || need+=(python3-venv)
if [ ${#need[@]} -gt 0 ]; then
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}"
fi

VERSION=$(python3 -c 'import re,pathlib; print(re.search(r"__version__ = \"([^\"]+)\"", pathlib.Path("fieldkit/__init__.py").read_text()).group(1))')
ARCH=$(dpkg --print-architecture)
if [ -z "${SOURCE_DATE_EPOCH:-}" ]; then
  SOURCE_DATE_EPOCH=$(git log -1 --format=%ct)
fi
export SOURCE_DATE_EPOCH
export PYTHONHASHSEED=0 TZ=UTC LC_ALL=C.UTF-8
umask 022
DEB="dist/fieldkit_${VERSION}_${ARCH}.deb"
BUILD="$ROOT/build/deb"
VENV="$BUILD/venv"
STAGE="$BUILD/root"
echo "== FieldKit ${VERSION} for ${ARCH}, SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH}"

echo "== build environment from the hashed lock"
rm -rf "$BUILD" build/pyinstaller dist/fieldkit "$DEB"
python3 -m venv "$VENV"
"$VENV/bin/python" -m pip install -q --disable-pip-version-check --require-hashes --no-deps \
  -r packaging/requirements/build.txt
# FieldKit itself, built with the locked setuptools and wheel (no other download).
"$VENV/bin/python" -m pip install -q --disable-pip-version-check --no-deps --no-build-isolation .
"$VENV/bin/python" -m pip check

echo "== PyInstaller one-folder build"
FIELDKIT_SYSTEM_LIBS=1 "$VENV/bin/pyinstaller" --noconfirm --clean --log-level WARN \
  --workpath build/pyinstaller --distpath dist packaging/pyinstaller/fieldkit.spec
"$VENV/bin/python" packaging/third_party_notices.py -o dist/fieldkit/THIRD-PARTY-NOTICES
cp LICENSE dist/fieldkit/LICENSE

echo "== staging the package"
mkdir -p "$STAGE/opt" "$STAGE/usr/bin" "$STAGE/DEBIAN"
cp -a dist/fieldkit "$STAGE/opt/fieldkit"
ln -s /opt/fieldkit/fieldkit "$STAGE/usr/bin/fieldkit"
install -Dm644 packaging/linux/org.fieldkit.FieldKit.desktop \
  "$STAGE/usr/share/applications/org.fieldkit.FieldKit.desktop"
RELEASE_DATE=$(date -u -d "@$SOURCE_DATE_EPOCH" +%Y-%m-%d)
install -d "$STAGE/usr/share/metainfo"
sed -e "s/@VERSION@/$VERSION/" -e "s/@DATE@/$RELEASE_DATE/" \
  packaging/linux/org.fieldkit.FieldKit.metainfo.xml \
  >"$STAGE/usr/share/metainfo/org.fieldkit.FieldKit.metainfo.xml"
for size in 16 24 32 48 64 128 256 512; do
  install -Dm644 "packaging/icons/fieldkit-$size.png" \
    "$STAGE/usr/share/icons/hicolor/${size}x${size}/apps/org.fieldkit.FieldKit.png"
done
install -Dm644 packaging/icons/fieldkit.svg \
  "$STAGE/usr/share/icons/hicolor/scalable/apps/org.fieldkit.FieldKit.svg"
DOC="$STAGE/usr/share/doc/fieldkit"
install -d "$DOC"
sed -e "s/@YEAR@/$(date -u -d "@$SOURCE_DATE_EPOCH" +%Y)/" packaging/linux/copyright >"$DOC/copyright"
{
  echo "fieldkit (${VERSION}) unstable; urgency=medium"
  echo
  echo "  * FieldKit ${VERSION}, built from the upstream sources."
  echo
  echo " -- FieldKit developers <fieldkit@example.org>  $(date -u -R -d "@$SOURCE_DATE_EPOCH")"
} | gzip -9n >"$DOC/changelog.gz"
touch -d "@$SOURCE_DATE_EPOCH" "$DOC/changelog.gz"
install -Dm644 packaging/linux/lintian-overrides "$STAGE/usr/share/lintian/overrides/fieldkit"

# Debug symbols out of every shared object (not the program: PyInstaller appends its archive to
# it, and strip would cut it off).
find "$STAGE/opt/fieldkit/_internal" -type f -name '*.so*' -print0 | sort -z |
  xargs -0 strip --strip-unneeded --remove-section=.comment --remove-section=.note

# Modes as Debian expects them: directories and programs 755, everything else (libraries,
# Python extensions, data) 644.
find "$STAGE" -type d -exec chmod 755 {} +
find "$STAGE" -type f -exec chmod 644 {} +
chmod 755 "$STAGE/opt/fieldkit/fieldkit"

echo "== dependencies (dpkg-shlibdeps)"
SHLIBS="$BUILD/shlibs"
mkdir -p "$SHLIBS/debian"
printf 'Source: fieldkit\n\nPackage: fieldkit\nArchitecture: any\n' >"$SHLIBS/debian/control"
mapfile -t elves < <(find "$STAGE/opt/fieldkit" -type f \( -name '*.so*' -o -path '*/opt/fieldkit/fieldkit' \) | sort)
mapfile -t private < <(find "$STAGE/opt/fieldkit" -type f -name '*.so*' -printf '%h\n' | sort -u)
libdirs=()
for d in "${private[@]}"; do libdirs+=("-l$d"); done
depends=$(cd "$SHLIBS" && dpkg-shlibdeps -O --ignore-missing-info --warnings=0 "${libdirs[@]}" \
  "${elves[@]}" 2>/dev/null | sed -n 's/^shlibs:Depends=//p')
# Qt's xcb platform plugin loads these at run time (SPEC §14): never leave them to chance.
XCB="libxcb-cursor0, libxcb-icccm4, libxcb-keysyms1, libxcb-image0, libxcb-render-util0, libxcb-xkb1, libxkbcommon-x11-0, libxcb-shape0"
depends="${depends}, ${XCB}, fontconfig"
INSTALLED_SIZE=$(du -sk --apparent-size "$STAGE/opt" "$STAGE/usr" | awk '{s+=$1} END {print s}')
cat >"$STAGE/DEBIAN/control" <<EOF
Package: fieldkit
Version: ${VERSION}
Architecture: ${ARCH}
Maintainer: FieldKit developers <fieldkit@example.org>
Installed-Size: ${INSTALLED_SIZE}
Depends: ${depends}
Section: misc
Priority: optional
Description: document museum collections and damage offline
 FieldKit helps conservators document museum collections and the damage
 they suffer in crisis zones, without a network: object records, damage
 reports and photos live in an encrypted vault, and travel between teams as
 signed, encrypted bundles through USB sticks or shared folders.
 .
 This package installs the desktop app and the fieldkit command. Vaults live
 in each user's home folder: removing or upgrading the package never touches
 them.
EOF
chmod 644 "$STAGE/DEBIAN/control"

# Same content, same bytes: every timestamp is the commit's (links included), names sorted by
# dpkg-deb, owner root; gzip (xz would be 25 % smaller but three times slower to build).
find "$STAGE" -exec touch -h -d "@$SOURCE_DATE_EPOCH" {} +
dpkg-deb --root-owner-group -Zgzip -z9 --build "$STAGE" "$DEB" >/dev/null
echo "== wrote $DEB"
sha256sum "$DEB"
du -h "$DEB" | cut -f1 | sed 's/^/size of the .deb: /'
du -sh dist/fieldkit | cut -f1 | sed 's/^/size of the one-folder build: /'
