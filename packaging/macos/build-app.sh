#!/usr/bin/env bash
# Build dist/FieldKit.app and dist/FieldKit-<version>.dmg on macOS (SPEC §17), then optionally
# sign them with the hardened runtime and notarize the disk image.
#
#   packaging/macos/build-app.sh                 # unsigned (for testing on this Mac)
#   CODESIGN_IDENTITY="Developer ID Application: Museum (TEAMID)" \
#   NOTARY_PROFILE=fieldkit-notary packaging/macos/build-app.sh
#
# NOTARY_PROFILE names credentials stored once with
#   xcrun notarytool store-credentials fieldkit-notary --apple-id … --team-id … --password …
# (an app-specific password), so no secret appears on a command line or in CI logs.
# Needs Python 3.11 as python3.11 and the Xcode command-line tools (codesign, hdiutil, xcrun).
# Like Vorta's package/macos-package-app.sh, every binary inside is signed before the bundle
# (no --deep); PyInstaller ≥ 6 already lays Qt's frameworks out the way codesign expects, which
# Vorta's fix_app_qt_folder_names_for_codesign.py did by hand for older versions.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$(pwd)
[ "$(uname -s)" = Darwin ] || { echo "build-app.sh runs on macOS only" >&2; exit 2; }

VERSION=$(python3 -c 'import re,pathlib; print(re.search(r"__version__ = \"([^\"]+)\"", pathlib.Path("fieldkit/__init__.py").read_text()).group(1))')
export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct)}
export PYTHONHASHSEED=0
APP="dist/FieldKit.app"
DMG="dist/FieldKit-${VERSION}.dmg"
VENV="build/mac-venv"

echo "== build environment from the hashed lock"
rm -rf build/pyinstaller "$VENV" dist/fieldkit "$APP" "$DMG"
python3.11 -m venv "$VENV"
"$VENV/bin/python" -m pip install -q --disable-pip-version-check --require-hashes --no-deps \
  -r packaging/requirements/build.txt
"$VENV/bin/python" -m pip install -q --disable-pip-version-check --no-deps --no-build-isolation .

echo "== PyInstaller (one folder inside FieldKit.app)"
"$VENV/bin/pyinstaller" --noconfirm --clean --log-level WARN \
  --workpath build/pyinstaller --distpath dist packaging/pyinstaller/fieldkit.spec
"$VENV/bin/python" packaging/third_party_notices.py -o "$APP/Contents/Resources/THIRD-PARTY-NOTICES"
cp LICENSE "$APP/Contents/Resources/LICENSE"

echo "== self-test of the frozen app"
"$APP/Contents/MacOS/fieldkit" --self-test

if [ -n "${CODESIGN_IDENTITY:-}" ]; then
  echo "== codesign (hardened runtime)"
  ENTITLEMENTS="$ROOT/packaging/macos/entitlements.plist"
  sign() {
    codesign --force --timestamp --options runtime --entitlements "$ENTITLEMENTS" \
      --sign "$CODESIGN_IDENTITY" "$@"
  }
  # Inside out: libraries and extension modules, then the executables, then the bundle.
  find "$APP/Contents" -type f \( -name '*.so' -o -name '*.dylib' \) -print0 |
    while IFS= read -r -d '' lib; do sign "$lib"; done
  find "$APP/Contents/Frameworks" -type d -name '*.framework' -prune -print0 2>/dev/null |
    while IFS= read -r -d '' framework; do sign "$framework"; done
  sign "$APP/Contents/MacOS/fieldkit" "$APP/Contents/MacOS/FieldKitApp"
  sign "$APP"
  codesign --verify --strict --verbose=2 "$APP"
fi

echo "== disk image"
STAGE=build/dmg
rm -rf "$STAGE"
mkdir -p "$STAGE"
cp -R "$APP" "$STAGE/"
ln -s /Applications "$STAGE/Applications"
cp LICENSE "$STAGE/LICENSE.txt"
hdiutil create -volname "FieldKit ${VERSION}" -srcfolder "$STAGE" -fs HFS+ -format UDZO \
  -ov "$DMG" >/dev/null
if [ -n "${CODESIGN_IDENTITY:-}" ]; then
  codesign --force --timestamp --sign "$CODESIGN_IDENTITY" "$DMG"
fi

if [ -n "${NOTARY_PROFILE:-}" ]; then
  [ -n "${CODESIGN_IDENTITY:-}" ] || { echo "notarization needs a signed app" >&2; exit 1; }
  echo "== notarization"
  xcrun notarytool submit "$DMG" --keychain-profile "$NOTARY_PROFILE" --wait --timeout 30m
  xcrun stapler staple "$DMG"
  xcrun stapler validate "$DMG"
  spctl --assess --type open --context context:primary-signature --verbose "$DMG"
fi

echo "== wrote $DMG"
shasum -a 256 "$DMG"
