#!/usr/bin/env bash
# Start a FieldKit command on an X display, print the seconds until its main window is mapped
# (the unlock screen, when given a vault), optionally save a screenshot, then stop it.
#   packaging/linux/time-to-window.sh DISPLAY [SCREENSHOT.png|-] COMMAND [ARGS...]
# The screenshot needs a Python with Pillow as $PYTHON (default: .venv/bin/python).
set -euo pipefail
display=$1 shot=$2
shift 2
start=$(date +%s.%N)
DISPLAY="$display" "$@" >/dev/null 2>&1 &
app=$!
trap 'kill "$app" 2>/dev/null || true' EXIT
shown=""
for _ in $(seq 600); do
  # The main window: '0x… "demo-vault — FieldKit": ("fieldkit" "FieldKit")', once mapped.
  id=$(xwininfo -display "$display" -root -tree 2>/dev/null |
    sed -n 's/^ *\(0x[0-9a-f]*\) ".*FieldKit": ("fieldkit".*/\1/p' | head -1)
  if [ -n "$id" ] && xwininfo -display "$display" -id "$id" 2>/dev/null | grep -q IsViewable; then
    shown=$(date +%s.%N)
    break
  fi
  kill -0 "$app" 2>/dev/null || { echo "the app exited at start" >&2; exit 1; }
  sleep 0.05
done
[ -n "$shown" ] || { echo "no FieldKit window within 30 s" >&2; exit 1; }
python3 -c "print(round($shown - $start, 2))"
if [ "$shot" != - ]; then
  sleep 2
  "${PYTHON:-.venv/bin/python}" -c \
    "import sys; from PIL import ImageGrab; ImageGrab.grab(xdisplay=sys.argv[1]).save(sys.argv[2])" \
    "$display" "$shot"
fi
