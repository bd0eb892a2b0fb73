"""Draw FieldKit's icon: one geometry, written as SVG and drawn as PNG/ICO/ICNS with Pillow.

A museum pediment (roof, three columns, a step) in white on a deep teal rounded square: simple
enough to read at 16 px. Run from anywhere; writes next to this script:

    fieldkit.svg, fieldkit-{16,24,32,48,64,128,256,512}.png, fieldkit.ico, fieldkit.icns

Deterministic (no timestamps in the PNGs), so rerunning changes nothing in git.
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw

HERE = Path(__file__).resolve().parent
VIEW = 256  # the SVG's user units; PNGs scale from it
BACKGROUND = "#0f5257"
FOREGROUND = "#ffffff"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)

ROOF = [(40, 100), (128, 44), (216, 100)]
RECTS = [  # x, y, width, height in the 256 grid
    (48, 106, 160, 14),  # the architrave
    (62, 128, 26, 70),  # columns
    (115, 128, 26, 70),
    (168, 128, 26, 70),
    (40, 204, 176, 16),  # the step
]
RADIUS = 48


def svg() -> str:
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{VIEW}" height="{VIEW}" '
        f'viewBox="0 0 {VIEW} {VIEW}">',
        "<title>FieldKit</title>",
        f'<rect width="{VIEW}" height="{VIEW}" rx="{RADIUS}" fill="{BACKGROUND}"/>',
        '<polygon points="'
        + " ".join(f"{x},{y}" for x, y in ROOF)
        + f'" fill="{FOREGROUND}"/>',
    ]
    parts += [
        f'<rect x="{x}" y="{y}" width="{w}" height="{h}" fill="{FOREGROUND}"/>'
        for x, y, w, h in RECTS
    ]
    parts.append("</svg>")
    return "\n".join(parts) + "\n"


def png(size: int) -> Image.Image:
    # Drawn four times larger, then reduced: smooth edges without an SVG renderer.
    scale = size * 4 / VIEW
    big = Image.new("RGBA", (size * 4, size * 4), (0, 0, 0, 0))
    draw = ImageDraw.Draw(big)
    draw.rounded_rectangle(
        (0, 0, size * 4 - 1, size * 4 - 1), radius=RADIUS * scale, fill=BACKGROUND
    )
    draw.polygon([(x * scale, y * scale) for x, y in ROOF], fill=FOREGROUND)
    for x, y, w, h in RECTS:
        draw.rectangle(
            (x * scale, y * scale, (x + w) * scale - 1, (y + h) * scale - 1), fill=FOREGROUND
        )
    return big.resize((size, size), Image.Resampling.LANCZOS)


def write(folder: Path = HERE) -> None:
    (folder / "fieldkit.svg").write_text(svg(), encoding="utf-8", newline="\n")
    images = {size: png(size) for size in SIZES}
    for size, image in images.items():
        image.save(folder / f"fieldkit-{size}.png", optimize=True)
    images[256].save(folder / "fieldkit.ico", sizes=[(s, s) for s in SIZES if s <= 256])
    images[512].save(folder / "fieldkit.icns")


def main() -> int:
    write()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
